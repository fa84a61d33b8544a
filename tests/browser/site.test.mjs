// The built site in Debian's chromium, driven by playwright-core: framework tabs by
// keyboard, the remembered framework, copy buttons, the index filter, the language
// switcher, pages without JavaScript, no console errors, zero axe-core violations, and
// screenshots at phone and desktop widths (saved as test artifacts).
//
// Needs SITE_DIR: a site built with --base-url http://127.0.0.1:<any port>/docs/ (the
// server below serves it under /docs/ on a free port; links are relative, so the port
// in the base URL does not matter). ARTIFACTS: where screenshots go.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile, stat, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const SITE = process.env.SITE_DIR;
const ARTIFACTS = process.env.ARTIFACTS ?? "artifacts";
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml", ".xml": "application/xml", ".txt": "text/plain" };

let server;
let browser;
let base;

async function serve(request, response) {
  const url = new URL(request.url, "http://localhost");
  if (!url.pathname.startsWith("/docs/")) {
    response.writeHead(404).end();
    return;
  }
  let file = path.join(SITE, decodeURIComponent(url.pathname.slice("/docs/".length)));
  if (!file.startsWith(path.resolve(SITE))) {
    response.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
    const body = await readFile(file);
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
  } catch {
    const page = await readFile(path.join(SITE, "404.html"));
    response.writeHead(404, { "content-type": TYPES[".html"] }).end(page);
  }
}

before(async () => {
  assert.ok(SITE, "SITE_DIR must name a built site");
  server = createServer((q, r) => serve(q, r).catch(() => (r.headersSent ? r.end() : r.writeHead(500).end())));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}/docs/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  await mkdir(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh page that records console errors and failed requests. */
async function open(url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("request", (r) => !r.url().startsWith(base) && problems.push(`external request: ${r.url()}`));
  await page.goto(base + url);
  return { context, page, problems };
}

async function axe(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

const PAGES = ["", "en/", "fr/http/", "ru/sip/", "vi/http/202/", "pt/sip/486/", "en/http/103/", "ru/404.html", "de/no-such-page/"];

for (const url of PAGES) {
  test(`axe finds no violation and the console stays clean: /${url}`, async () => {
    for (const colorScheme of ["light", "dark"]) {
      const { context, page, problems } = await open(url, { colorScheme });
      assert.deepEqual(await axe(page), [], `${colorScheme} scheme`);
      // A missing address is answered with the 404 page, and its status is reported.
      const expected = url.includes("no-such-page") ? [problems.find((p) => p.includes("status of 404"))].filter(Boolean) : [];
      assert.deepEqual(problems, expected);
      await context.close();
    }
  });
}

test("framework tabs follow the WAI-ARIA tabs pattern", async () => {
  const { context, page, problems } = await open("en/http/202/");
  const tabs = page.getByRole("tab");
  const count = await tabs.count();
  assert.ok(count >= 10, `${count} tabs`);
  await tabs.first().click();
  await tabs.first().press("ArrowRight");
  const second = tabs.nth(1);
  assert.equal(await second.getAttribute("aria-selected"), "true");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("role")), "tab");
  const panel = page.locator(`#${await second.getAttribute("aria-controls")}`);
  assert.ok(await panel.isVisible(), "the selected panel is shown");
  assert.equal(await page.locator('[role="tabpanel"]:visible').count(), 1, "one panel at a time");
  await second.press("End");
  assert.equal(await tabs.nth(count - 1).getAttribute("aria-selected"), "true");
  await tabs.nth(count - 1).press("Home");
  assert.equal(await tabs.first().getAttribute("aria-selected"), "true");
  await tabs.first().press("ArrowLeft");
  assert.equal(await tabs.nth(count - 1).getAttribute("aria-selected"), "true", "arrows wrap around");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the chosen framework is remembered on the next page", async () => {
  const { context, page } = await open("en/http/202/");
  await page.getByRole("tab", { name: "Go net/http" }).click();
  await page.goto(base + "en/http/404/");
  assert.equal(await page.getByRole("tab", { name: "Go net/http" }).getAttribute("aria-selected"), "true");
  await context.close();
});

test("the copy button copies exactly the snippet", async () => {
  const { context, page } = await open("en/http/201/");
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
  const panel = page.locator('[role="tabpanel"]:visible');
  const expected = await panel.locator("code").textContent();
  await panel.getByRole("button").click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, expected);
  assert.ok(copied.includes("status/201"), copied);
  await context.close();
});

test("the index filters codes as you type, and says when nothing matches", async () => {
  const { context, page } = await open("fr/");
  const visible = () => page.locator("li[data-search]:visible").count();
  const all = await visible();
  await page.getByRole("searchbox").fill("503");
  assert.equal(await visible(), 2, "HTTP 503 and SIP 503");
  await page.getByRole("searchbox").fill("zzzz-rien");
  assert.equal(await visible(), 0);
  assert.notEqual((await page.locator(".search-empty").textContent()).trim(), "");
  await page.getByRole("searchbox").fill("");
  assert.equal(await visible(), all);
  await context.close();
});

test("the language switcher goes to the same code", async () => {
  const { context, page } = await open("fr/http/202/");
  await page.locator("nav.languages").getByRole("link", { name: "Русский" }).click();
  assert.ok(page.url().endsWith("/docs/ru/http/202/"), page.url());
  assert.equal(await page.getAttribute("html", "lang"), "ru");
  await context.close();
});

test("without JavaScript every snippet is visible under its own heading", async () => {
  const { context, page } = await open("en/http/202/", { javaScriptEnabled: false });
  const panels = page.locator(".framework");
  const count = await panels.count();
  assert.ok(count >= 10);
  for (let i = 0; i < count; i += 1) {
    assert.ok(await panels.nth(i).locator("h3").isVisible());
    assert.ok(await panels.nth(i).isVisible());
  }
  await context.close();
});

test("screenshots at phone and desktop widths", async () => {
  for (const [url, width, name] of [["vi/http/202/", 360, "vi-202-phone"], ["ru/404.html", 1280, "ru-404-desktop"], ["fr/", 360, "fr-index-phone"], ["en/sip/486/", 1280, "en-sip-486-desktop"]]) {
    const { context, page } = await open(url, { viewport: { width, height: 800 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${url} scrolls sideways by ${overflow}px at ${width}px`);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
    await context.close();
  }
});
