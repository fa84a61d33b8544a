// Added to every page by `statusdoc serve` (never by `build`): reloads the page after each
// rebuild, and shows a failed rebuild's report over the page until the next good one.
(() => {
  const script = document.currentScript;
  const shown = script ? script.dataset.build : "";
  let overlay = null;

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(report) {
    hide();
    overlay = document.createElement("div");
    overlay.setAttribute("role", "alert");
    overlay.style.cssText =
      "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
      "background:#1b1b1b;color:#f5f5f5;font:14px/1.5 ui-monospace,monospace";
    const title = document.createElement("p");
    title.style.cssText = "margin:0 0 1rem;font-weight:bold;color:#ff8f8f";
    title.textContent =
      "statusdoc: the last change does not build; this page is the last good build.";
    const text = document.createElement("pre");
    text.style.cssText =
      "margin:0;padding:0;border:0;background:none;color:inherit;font:inherit;white-space:pre-wrap";
    text.textContent = report;
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Close";
    close.style.cssText = "margin-top:1rem;font:inherit";
    close.addEventListener("click", hide);
    overlay.append(title, text, close);
    document.body.append(overlay);
  }

  const events = new EventSource("/__statusdoc/events");
  events.addEventListener("build", (event) => {
    if (event.data !== shown) {
      location.reload();
    } else {
      hide();
    }
  });
  events.addEventListener("failure", (event) => show(event.data));
})();
