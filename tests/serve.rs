//! `statusdoc serve` and `statusdoc mock` run as a user runs them: the real binary on a free
//! port, pages and mocks fetched over plain HTTP/1.1, sources edited while it runs.

mod common;

use std::fs;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use tempfile::TempDir;

/// How long anything may take before a test gives up: the debug binary builds the real site
/// in a few seconds, on a busy machine in more.
const PATIENCE: Duration = Duration::from_secs(60);

/// A running `statusdoc serve` or `mock`, stopped (Ctrl-C, then kill) when dropped.
struct Server {
    child: Child,
    /// `127.0.0.1:<port>`.
    addr: String,
    lines: Receiver<String>,
    stderr: Arc<Mutex<String>>,
    /// TMPDIR of the server, which it has no reason to write to.
    temp: TempDir,
}

impl Server {
    /// Starts `statusdoc <command> --port 0 --root <root>` and waits until it listens.
    fn start(command: &str, root: &Path) -> Server {
        let temp = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_statusdoc"))
            .args([command, "--port", "0", "--root"])
            .arg(root)
            .env("TMPDIR", temp.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run statusdoc: {e}"));
        let (sender, lines) = channel();
        let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = sender.send(line);
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut pipe = child.stderr.take().unwrap_or_else(|| panic!("no stderr"));
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n @ 1..) = pipe.read(&mut buf) {
                sink.lock().unwrap_or_else(|e| e.into_inner()).push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        let mut server = Server { child, addr: String::new(), lines, stderr, temp };
        while server.addr.is_empty() {
            let line = server
                .next_line(PATIENCE)
                .unwrap_or_else(|| panic!("statusdoc {command} did not start:\n{}", server.stderr()));
            if let Some(at) = line.find("http://") {
                let rest = &line[at + "http://".len()..];
                server.addr = rest[..rest.find('/').unwrap_or(rest.len())].to_string();
            }
        }
        server
    }

    fn next_line(&self, timeout: Duration) -> Option<String> {
        self.lines.recv_timeout(timeout).ok()
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn port(&self) -> &str {
        self.addr.rsplit(':').next().unwrap_or_default()
    }

    fn get(&self, target: &str) -> Reply {
        self.request("GET", target)
    }

    fn request(&self, method: &str, target: &str) -> Reply {
        let raw = format!("{method} {target} HTTP/1.1\r\nHost: {}\r\nUser-Agent: test\r\n\r\n", self.addr);
        exchange(&self.addr, raw.as_bytes(), method != "HEAD")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Ctrl-C first, so the server stops as a user stops it; then no more patience.
        #[cfg(unix)]
        {
            let _ = Command::new("kill").arg("-INT").arg(self.child.id().to_string()).status();
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP response: the bytes as received, and the head parsed.
struct Reply {
    raw: Vec<u8>,
    status: u16,
    head: String,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (n, v) = line.split_once(": ")?;
            n.eq_ignore_ascii_case(name).then_some(v)
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `request` on a new connection and reads one response: its head, then the body
/// that Content-Length announces (or everything until the server closes).
fn exchange(addr: &str, request: &[u8], with_body: bool) -> Reply {
    let mut stream = TcpStream::connect(addr).unwrap_or_else(|e| panic!("cannot connect to {addr}: {e}"));
    stream.set_read_timeout(Some(PATIENCE)).unwrap_or_else(|e| panic!("{e}"));
    stream.write_all(request).unwrap_or_else(|e| panic!("{e}"));
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    let head_end = loop {
        if let Some(at) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let n = stream.read(&mut buf).unwrap_or_else(|e| panic!("reading from {addr}: {e}"));
        assert!(n > 0, "the connection closed before a whole head: {}", String::from_utf8_lossy(&raw));
        raw.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..head_end - 4]).into_owned();
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or_default();
    let length = head.lines().find_map(|l| {
        let (n, v) = l.split_once(": ")?;
        n.eq_ignore_ascii_case("content-length").then(|| v.parse::<usize>().ok())?
    });
    let no_body = !with_body || status == 101 || status == 204 || status == 304;
    match (no_body, length) {
        (true, _) => {}
        (false, Some(length)) => {
            while raw.len() < head_end + length {
                let n = stream.read(&mut buf).unwrap_or_else(|e| panic!("{e}"));
                assert!(n > 0, "the connection closed in the middle of the body");
                raw.extend_from_slice(&buf[..n]);
            }
        }
        (false, None) => {
            let _ = stream.read_to_end(&mut raw);
        }
    }
    let body = raw[head_end..].to_vec();
    Reply { raw, status, head, body }
}

/// Calls `probe` until it gives a value or `timeout` passes.
fn eventually<T>(timeout: Duration, mut probe: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(value) = probe() {
            return Some(value);
        }
        if Instant::now() > deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
}

/// The event stream of the open pages, read until `needle` arrives.
struct Events(TcpStream, String);

impl Events {
    fn open(server: &Server) -> Events {
        let mut stream = TcpStream::connect(&server.addr).unwrap_or_else(|e| panic!("{e}"));
        let request = format!("GET /__statusdoc/events HTTP/1.1\r\nHost: {}\r\n\r\n", server.addr);
        stream.write_all(request.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        stream.set_read_timeout(Some(Duration::from_millis(200))).unwrap_or_else(|e| panic!("{e}"));
        Events(stream, String::new())
    }

    /// Waits for `needle`; returns everything received up to then.
    fn wait_for(&mut self, needle: &str) -> Option<String> {
        eventually(PATIENCE, || {
            let mut buf = [0u8; 4096];
            if let Ok(n @ 1..) = self.0.read(&mut buf) {
                self.1.push_str(&String::from_utf8_lossy(&buf[..n]));
            }
            let at = self.1.find(needle)?;
            let seen = self.1[..at + needle.len()].to_string();
            self.1.drain(..at + needle.len());
            Some(seen)
        })
    }
}

fn write(path: &Path, text: &str) {
    fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

#[test]
fn serve_shows_an_edited_translation_and_survives_a_broken_edit() {
    let project = fixture("mini");
    let server = Server::start("serve", project.path());
    assert!(!project.path().join("public").exists());
    let written = fs::read_dir(server.temp.path()).map(|d| d.count()).unwrap_or(0);
    assert_eq!(written, 0, "pages are served from memory: nothing is written to disk");

    let page = server.get("/fr/http/200/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("La requête a réussi."), "{}", page.text());
    assert!(page.text().contains("/__statusdoc/live.js"), "served pages reload themselves");
    let curl = format!("curl -i http://127.0.0.1:{}/status/200", server.port());
    assert!(page.text().contains(&curl), "the page's local curl line names the served port");

    // A translator saves a French message: the page shows it.
    let mut events = Events::open(&server);
    events.wait_for("event: build").unwrap_or_else(|| panic!("no first build event"));
    let messages = project.path().join("locales/fr/codes.ftl");
    let french = fs::read_to_string(&messages).unwrap_or_else(|e| panic!("{e}"));
    let saved = Instant::now();
    write(&messages, &french.replace("La requête a réussi.", "La requête a abouti."));
    events.wait_for("event: build").unwrap_or_else(|| panic!("no reload after the edit"));
    let reloaded = saved.elapsed();
    let page = server.get("/fr/http/200/");
    assert!(page.text().contains("La requête a abouti."), "the new message is served");
    eprintln!("a saved message reached the open page's reload in {} ms", reloaded.as_millis());

    // A broken edit: the error in the terminal and over the page; the last good build stays.
    let code_file = project.path().join("content/codes/http/200.toml");
    let good = fs::read_to_string(&code_file).unwrap_or_else(|e| panic!("{e}"));
    write(&code_file, &good.replace("code = 200", "code = \"200"));
    let failure = events.wait_for("\n\n").and_then(|_| events.wait_for("event: failure"));
    assert!(failure.is_some(), "the open pages hear of the failure");
    let report = events.wait_for("\n\n").unwrap_or_default();
    assert!(report.contains("data: content/codes/http/200.toml:1:"), "{report}");
    let stderr = eventually(PATIENCE, || {
        let text = server.stderr();
        text.contains("still serving the last good build").then_some(text)
    });
    let stderr = stderr.unwrap_or_else(|| panic!("no failure in the terminal:\n{}", server.stderr()));
    assert!(stderr.contains("content/codes/http/200.toml:1:"), "{stderr}");
    let page = server.get("/fr/http/200/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("La requête a abouti."), "the last good build is served");
    // A page opened now shows the failure at once.
    let mut late = Events::open(&server);
    assert!(late.wait_for("event: failure").is_some(), "a page opened later hears of the failure");

    // The next good save recovers.
    write(&code_file, &good);
    write(&messages, &french.replace("La requête a réussi.", "Tout va bien."));
    let page = eventually(PATIENCE, || {
        let page = server.get("/fr/http/200/");
        page.text().contains("Tout va bien.").then_some(page)
    });
    assert!(page.is_some(), "the site recovers after a good save:\n{}", server.stderr());

    // An edited sample: the mock answers with it.
    let before = server.get("/status/200").text();
    assert!(before.contains("\"ok\": true"), "{before}");
    write(&code_file, &good.replace("{\"ok\": true}", "{\"ok\": \"edited\"}"));
    let mock = eventually(PATIENCE, || {
        let reply = server.get("/status/200");
        reply.text().contains("\"ok\": \"edited\"").then_some(reply)
    });
    assert!(mock.is_some(), "the mock follows the edited sample:\n{}", server.stderr());
}

/// The samples that `statusdoc samples` prints for the project at `root`, HTTP only.
fn http_samples(root: &Path) -> Vec<serde_json::Value> {
    let output = statusdoc(root, &["samples"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let all: Vec<serde_json::Value> =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    all.into_iter().filter(|s| s["protocol"] == "http").collect()
}

/// A sample as it travels: CRLF line ends, a blank line, the body.
fn wire(sample: &serde_json::Value) -> Vec<u8> {
    let mut text = format!("{}\r\n", sample["status_line"].as_str().unwrap_or_default());
    for header in sample["headers"].as_array().into_iter().flatten() {
        let (name, value) = (header[0].as_str().unwrap_or_default(), header[1].as_str().unwrap_or_default());
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    text.push_str(sample["body"].as_str().unwrap_or_default());
    text.into_bytes()
}

/// Every HTTP code's mock answers with its sample, byte for byte, whatever the method.
fn assert_mocks_match_samples(server: &Server, root: &Path) {
    let samples = http_samples(root);
    assert!(!samples.is_empty());
    let mut problems = Vec::new();
    for sample in &samples {
        let code = sample["code"].as_u64().unwrap_or_default();
        let target = format!("/status/{code}");
        let reply = server.get(&target);
        if (100..200).contains(&code) && code != 101 {
            // Interim responses cannot be sent alone: a 501 that shows the sample.
            let text = sample["text"].as_str().unwrap_or_default();
            if reply.status != 501 || !reply.text().contains(text) {
                problems.push(format!("{code}: not explained:\n{}", String::from_utf8_lossy(&reply.raw)));
            }
            continue;
        }
        let expected = wire(sample);
        if reply.raw != expected {
            problems.push(format!(
                "{code}:\n--- expected\n{}\n--- received\n{}",
                String::from_utf8_lossy(&expected),
                String::from_utf8_lossy(&reply.raw)
            ));
        }
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
            if server.request(method, &target).raw != expected {
                problems.push(format!("{code}: {method} differs"));
            }
        }
        let head = server.request("HEAD", &target);
        let head_len = expected.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or_default() + 4;
        if head.raw != expected[..head_len] {
            problems.push(format!("{code}: HEAD differs:\n{}", String::from_utf8_lossy(&head.raw)));
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} mocks differ:\n{}",
        problems.len(),
        samples.len(),
        problems.join("\n")
    );
}

#[test]
fn serve_mocks_every_code_of_the_fixture_byte_for_byte() {
    let project = fixture("mini");
    let server = Server::start("serve", project.path());
    assert_mocks_match_samples(&server, project.path());
}

#[test]
fn mock_sends_every_sample_of_the_real_site_byte_for_byte() {
    let server = Server::start("mock", &repo());
    assert_mocks_match_samples(&server, &repo());
    let page = server.get("/en/");
    assert_eq!(page.status, 404, "mock serves no pages");
}

#[test]
fn a_mock_can_be_delayed_within_bounds() {
    let project = fixture("mini");
    let server = Server::start("mock", project.path());
    let started = Instant::now();
    let reply = server.get("/status/503?sleep=300");
    assert_eq!(reply.status, 503);
    assert!(started.elapsed() >= Duration::from_millis(300), "answered after {:?}", started.elapsed());
    for bad in ["/status/503?sleep=30001", "/status/503?sleep=-5", "/status/503?sleep=later"] {
        let reply = server.get(bad);
        assert_eq!(reply.status, 400, "{bad}: {}", reply.text());
    }
    let reply = server.get("/status/299");
    assert_eq!(reply.status, 404);
    assert!(reply.text().contains("200, 204, 503"), "{}", reply.text());
}

#[test]
fn a_port_in_use_is_reported() {
    let project = fixture("mini");
    let server = Server::start("mock", project.path());
    let output = statusdoc(project.path(), &["mock", "--port", server.port()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("cannot listen on"), "{}", stderr(&output));
}

#[test]
fn served_files_have_their_type_pretty_urls_and_a_404_page() {
    let project = fixture("mini");
    let server = Server::start("serve", project.path());
    let redirect = server.get("/fr/http/200");
    assert_eq!(redirect.status, 301);
    assert_eq!(redirect.header("location"), Some("/fr/http/200/"));
    let page = server.get("/fr/http/200/");
    assert_eq!(page.header("content-type"), Some("text/html; charset=utf-8"));
    let same = server.get("/fr/http/200/index.html");
    assert_eq!(same.status, 200);
    let css = attribute_values(&page.text(), "href")
        .into_iter()
        .find(|h| h.ends_with(".css"))
        .map(|h| format!("/{}", h.trim_start_matches("../").trim_start_matches('/')))
        .unwrap_or_else(|| panic!("no stylesheet"));
    let css = server.get(&css);
    assert_eq!((css.status, css.header("content-type")), (200, Some("text/css; charset=utf-8")));
    let sitemap = server.get("/sitemap.xml");
    assert_eq!(sitemap.header("content-type"), Some("application/xml; charset=utf-8"));
    let missing = server.get("/fr/http/299/");
    assert_eq!(missing.status, 404);
    assert_eq!(missing.header("content-type"), Some("text/html; charset=utf-8"));
    assert!(missing.text().contains("<html"), "the site's 404 page");
    let post = server.request("POST", "/fr/");
    assert_eq!(post.status, 405);

    // `build` output never carries the reload script.
    let out = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    build(project.path(), &out.path().join("site"), &[]);
    for (path, bytes) in read_tree(&out.path().join("site")) {
        assert!(!String::from_utf8_lossy(&bytes).contains("__statusdoc"), "{path} has the reload script");
    }
}

#[test]
fn requests_cannot_leave_the_site() {
    let project = fixture("mini");
    let server = Server::start("serve", project.path());
    // Secrets in the project folder and in the server's temporary folder.
    let secret = "SECRET-7f3a";
    write(&server.temp.path().join("secret.txt"), secret);
    write(&project.path().join("secret.txt"), secret);
    let mut attempts: Vec<String> = Vec::new();
    for up in ["..", "%2e%2e", "%2E%2E", ".%2e", "%2e.", "..%2f..", "%2e%2e%2f%2e%2e", "..%5c..", "..\\.."] {
        for depth in 1..=4 {
            let path = vec![up; depth].join("/");
            attempts.push(format!("/{path}/secret.txt"));
            attempts.push(format!("/fr/{path}/secret.txt"));
        }
    }
    attempts.extend(
        [
            "//etc/passwd",
            "/%2fetc%2fpasswd",
            "/etc/passwd",
            "/C:/Windows/win.ini",
            "/static/%2e%2e/%2e%2e/secret.txt",
            "/secret.txt",
            "/config.toml",
            "/locales/fr/site.ftl",
            "/etc/passwd",
            "/.statusdoc-output",
            "http://127.0.0.1/../secret.txt",
            "http://127.0.0.1/%2e%2e/%2e%2e/secret.txt",
        ]
        .map(String::from),
    );
    for target in &attempts {
        let reply = server.get(target);
        let text = reply.text();
        assert!(
            reply.status >= 400 && !text.contains(secret) && !text.contains("root:"),
            "{target} was answered with {}:\n{text}",
            reply.status
        );
    }
    // The raw request line, as a client that does not normalise paths sends it.
    let raw = format!("GET /../secret.txt HTTP/1.1\r\nHost: {}\r\n\r\n", server.addr);
    let reply = exchange(&server.addr, raw.as_bytes(), true);
    assert!(reply.status >= 400 && !reply.text().contains(secret));
}
