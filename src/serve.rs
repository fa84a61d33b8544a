//! `statusdoc serve` and `statusdoc mock`: a local HTTP server (hyper on tokio). `serve`
//! builds the site in memory, serves it from there, rebuilds it when a source changes and
//! reloads the open pages; both answer `/status/<code>` with the code's exact sample.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::task::{Context, Poll};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt as _, Full};
use hyper::body::{Body, Bytes, Frame, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::mpsc;

use crate::diag::{Diagnostics, Severity};
use crate::export::{self, SampleRecord};
use crate::highlight::Highlighter;
use crate::mock::{self, Mocks};
use crate::render::OutputFile;
use crate::watch::Watcher;
use crate::{Failure, source};

/// What `serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// The port; `None` for the config's `[try] local_port`, 0 for any free port.
    pub port: Option<u16>,
    /// Open the site in the default browser once it is served.
    pub open: bool,
}

/// Where the server's own files live; no page of the site starts with it.
const OWN_PREFIX: &str = "/__statusdoc/";
const LIVE_SCRIPT: &str = include_str!("live_reload.js");

type ResponseBody = BoxBody<Bytes, Infallible>;

/// Builds and serves the project at `options.root` until Ctrl-C.
pub fn serve(options: &ServeOptions) -> Result<(), Failure> {
    runtime()?.block_on(run_serve(options))
}

/// Serves only the mock endpoints of the project at `root`, until Ctrl-C.
pub fn mock(root: &Path, bind: IpAddr, port: Option<u16>) -> Result<(), Failure> {
    runtime()?.block_on(async {
        let project = Project::load(root)?;
        project.check()?;
        let port = port.unwrap_or(project.loaded.site.config.local_port);
        let samples = export::samples(&project.loaded.site);
        let mocks = Mocks::from_samples(&samples).await.map_err(Failure::Internal)?;
        let listener = listen(bind, port).await?;
        let url = shown_url(&listener)?;
        println!("mocking {} HTTP codes at {url}status/<code>; press Ctrl-C to stop", mocks.len());
        let state = Arc::new(State::new(Snapshot { tag: String::new(), site: None, mocks: Arc::new(mocks) }));
        until_stopped(accept(listener, state)).await;
        Ok(())
    })
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Internal(anyhow::Error::new(e).context("cannot start the server")))
}

async fn run_serve(options: &ServeOptions) -> Result<(), Failure> {
    let started = Instant::now();
    let project = Project::load(&options.root)?;
    // Watching starts before rendering, so an edit made meanwhile is not missed.
    let watcher = Watcher::new(&options.root).map_err(Failure::Internal)?;
    let port = options.port.unwrap_or(project.loaded.site.config.local_port);
    let listener = listen(options.bind, port).await?;
    let addr = listener.local_addr().map_err(|e| Failure::Internal(e.into()))?;
    let url = shown_url(&listener)?;
    // One highlighter for the whole session: its grammars compile once, and programs an
    // edit does not change are not highlighted again.
    let highlighter = Arc::new(Highlighter::new());
    let built = project.render(addr, &highlighter)?;
    let mocks = Mocks::from_samples(&built.samples).await.map_err(Failure::Internal)?;
    let pages = built.pages;
    let tags = Tags { epoch: epoch(), count: 1 };
    let site = Some(Arc::new(site_files(built.files)));
    let snapshot = Snapshot { tag: tags.current(), site, mocks: Arc::new(mocks) };
    let state = Arc::new(State::new(snapshot));
    println!("built {pages} pages in {} ms", started.elapsed().as_millis());
    println!("serving {url} (the mock: {url}status/<code>); press Ctrl-C to stop");
    println!(
        "watching content/, templates/, locales/, static/ and config.toml; pages are served from memory"
    );
    let rebuilder = Rebuilder {
        highlighter,
        root: options.root.clone(),
        addr,
        samples: built.samples,
        tags,
        state: Arc::clone(&state),
    };
    let handle = tokio::runtime::Handle::current();
    std::thread::spawn(move || rebuilder.run(watcher, &handle));
    if options.open
        && let Err(err) = open::that_detached(&url)
    {
        eprintln!("warning: cannot open a browser: {err}");
    }
    until_stopped(accept(listener, state)).await;
    Ok(())
}

/// A failed build's report, as the terminal shows it.
struct Report {
    text: String,
    errors: usize,
}

impl From<Report> for Failure {
    fn from(report: Report) -> Failure {
        Failure::Input { report: report.text, errors: report.errors }
    }
}

impl Report {
    fn internal(err: anyhow::Error) -> Report {
        Report { text: format!("error: {err:#}\n"), errors: 1 }
    }
}

/// A project read and validated, not yet rendered.
struct Project {
    sources: source::Sources,
    loaded: crate::Loaded,
    diagnostics: Diagnostics,
}

impl Project {
    /// Reads and validates the project at `root`, as `build` does.
    fn load(root: &Path) -> Result<Project, Report> {
        let (sources, mut diagnostics) = source::read_project(root);
        match crate::load_project(&sources, None, &mut diagnostics) {
            Some(loaded) => Ok(Project { sources, loaded, diagnostics }),
            None => Err(Project::report(&sources, &diagnostics)),
        }
    }

    /// The errors found so far, if any.
    fn check(&self) -> Result<(), Report> {
        if self.diagnostics.has_errors() {
            return Err(Project::report(&self.sources, &self.diagnostics));
        }
        Ok(())
    }

    fn report(sources: &source::Sources, diagnostics: &Diagnostics) -> Report {
        let errors = diagnostics.only(Severity::Error);
        Report { text: errors.render(sources), errors: errors.len() }
    }

    /// Renders the site for the server at `addr`: links to it, and the pages' local curl
    /// line on its real port.
    fn render(mut self, addr: SocketAddr, highlighter: &Highlighter) -> Result<Built, Report> {
        self.loaded.site.config.base_url = format!("http://{}/", shown_addr(addr));
        self.loaded.site.config.local_port = addr.port();
        let samples = export::samples(&self.loaded.site);
        let compiled = crate::render_project(self.loaded, self.diagnostics, highlighter);
        if compiled.diagnostics.has_errors() {
            return Err(Project::report(&self.sources, &compiled.diagnostics));
        }
        let pages = compiled.files.iter().filter(|f| f.path.ends_with(".html")).count();
        Ok(Built { files: compiled.files, samples, pages })
    }
}

/// What one good build gives the server.
struct Built {
    files: Vec<OutputFile>,
    samples: Vec<SampleRecord>,
    pages: usize,
}

/// A build's files by path (`fr/http/202/index.html`), as served.
type SiteFiles = BTreeMap<String, Bytes>;

fn site_files(files: Vec<OutputFile>) -> SiteFiles {
    files.into_iter().map(|f| (f.path, Bytes::from(f.bytes))).collect()
}

/// How many files differ from `old` to `new` (changed, added or removed).
fn changed_files(old: &SiteFiles, new: &SiteFiles) -> usize {
    let changed = new.iter().filter(|(path, bytes)| old.get(*path) != Some(bytes)).count();
    changed + old.keys().filter(|path| !new.contains_key(*path)).count()
}

/// The build tags pages carry: a page whose tag is not the latest reloads.
struct Tags {
    /// Tells this run's builds from an earlier run's (pages stay open across a restart).
    epoch: u128,
    count: u64,
}

impl Tags {
    fn current(&self) -> String {
        format!("{}-{}", self.epoch, self.count)
    }
}

fn epoch() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or_default()
}

/// Rebuilds the site after each change, on its own thread.
struct Rebuilder {
    highlighter: Arc<Highlighter>,
    root: PathBuf,
    addr: SocketAddr,
    /// The samples the mocks served now were made from.
    samples: Vec<SampleRecord>,
    tags: Tags,
    state: Arc<State>,
}

impl Rebuilder {
    fn run(mut self, mut watcher: Watcher, handle: &tokio::runtime::Handle) {
        while let Some(changed) = watcher.next_change() {
            let started = Instant::now();
            match self.rebuild(handle) {
                Ok((pages, touched)) => println!(
                    "rebuilt {pages} pages ({touched} files changed) in {} ms after a change to {}",
                    started.elapsed().as_millis(),
                    changed.join(", ")
                ),
                Err(report) => {
                    eprint!("{}", report.text);
                    eprintln!(
                        "error: the rebuild failed with {} error(s); still serving the last good build",
                        report.errors
                    );
                    self.state.fail(report.text);
                }
            }
        }
    }

    /// One rebuild: on success the pages and the mocks are the new ones.
    fn rebuild(&mut self, handle: &tokio::runtime::Handle) -> Result<(usize, usize), Report> {
        let built = Project::load(&self.root)?.render(self.addr, &self.highlighter)?;
        let served = self.state.snapshot();
        // The mocks are made from the samples: most edits change none of them.
        let mocks = if built.samples == self.samples {
            Arc::clone(&served.mocks)
        } else {
            let mocks = handle.block_on(Mocks::from_samples(&built.samples)).map_err(Report::internal)?;
            self.samples = built.samples;
            Arc::new(mocks)
        };
        let site = site_files(built.files);
        let touched = served.site.as_deref().map_or(site.len(), |old| changed_files(old, &site));
        // Pages reload only when a file changed; an unchanged build just clears a failure.
        if touched > 0 {
            self.tags.count += 1;
        }
        let snapshot = Snapshot { tag: self.tags.current(), site: Some(Arc::new(site)), mocks };
        self.state.publish(snapshot);
        Ok((built.pages, touched))
    }
}

/// What the server serves at one moment: a build, its mocks and whether a later edit
/// failed.
struct Snapshot {
    tag: String,
    /// The build's files; `None` for `mock`, which serves no site.
    site: Option<Arc<SiteFiles>>,
    mocks: Arc<Mocks>,
}

/// The server's state, shared by the connections and the rebuild thread.
struct State {
    current: RwLock<Arc<Snapshot>>,
    failure: Mutex<Option<String>>,
    pages: Hub,
}

impl State {
    fn new(snapshot: Snapshot) -> State {
        State { current: RwLock::new(Arc::new(snapshot)), failure: Mutex::new(None), pages: Hub::default() }
    }

    fn snapshot(&self) -> Arc<Snapshot> {
        Arc::clone(&self.current.read().unwrap_or_else(PoisonError::into_inner))
    }

    fn failure(&self) -> Option<String> {
        self.failure.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Serves a new build from now on, and tells the open pages to reload.
    fn publish(&self, snapshot: Snapshot) {
        let tag = snapshot.tag.clone();
        *self.current.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(snapshot);
        *self.failure.lock().unwrap_or_else(PoisonError::into_inner) = None;
        self.pages.send(event("build", &tag));
    }

    /// Keeps the last good build and shows the report over the open pages.
    fn fail(&self, report: String) {
        let report = report.trim_end().to_string();
        self.pages.send(event("failure", &report));
        *self.failure.lock().unwrap_or_else(PoisonError::into_inner) = Some(report);
    }
}

/// The open pages' event streams.
#[derive(Default)]
struct Hub {
    clients: Mutex<Vec<mpsc::Sender<Bytes>>>,
}

impl Hub {
    fn add(&self, client: mpsc::Sender<Bytes>) {
        self.clients.lock().unwrap_or_else(PoisonError::into_inner).push(client);
    }

    fn send(&self, message: Bytes) {
        let mut clients = self.clients.lock().unwrap_or_else(PoisonError::into_inner);
        clients.retain(|c| !matches!(c.try_send(message.clone()), Err(mpsc::error::TrySendError::Closed(_))));
    }
}

/// A server-sent event; each line of `data` is a `data:` field.
fn event(name: &str, data: &str) -> Bytes {
    let mut text = format!("event: {name}\n");
    for line in data.split('\n') {
        text.push_str("data: ");
        text.push_str(line.strip_suffix('\r').unwrap_or(line));
        text.push('\n');
    }
    text.push('\n');
    Bytes::from(text)
}

/// The body of an event stream: whatever the hub sends, until the page goes away.
struct EventStream(mpsc::Receiver<Bytes>);

impl Body for EventStream {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.0.poll_recv(cx).map(|message| message.map(|bytes| Ok(Frame::data(bytes))))
    }
}

async fn listen(bind: IpAddr, port: u16) -> Result<TcpListener, Failure> {
    let addr = SocketAddr::new(bind, port);
    TcpListener::bind(addr).await.map_err(|err| {
        Failure::Refused(format!("cannot listen on {addr}: {err}; choose another port with --port"))
    })
}

/// The address to show and to link to: a wildcard bind is reached through loopback.
fn shown_addr(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => SocketAddr::from(([127, 0, 0, 1], addr.port())),
        IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, addr.port()))
        }
        _ => addr,
    }
}

fn shown_url(listener: &TcpListener) -> Result<String, Failure> {
    let addr = listener.local_addr().map_err(|e| Failure::Internal(e.into()))?;
    Ok(format!("http://{}/", shown_addr(addr)))
}

/// Runs `server` until Ctrl-C (or SIGTERM).
async fn until_stopped(server: impl std::future::Future<Output = ()>) {
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = server => {}
        _ = tokio::signal::ctrl_c() => {}
        () = terminate => {}
    }
}

/// Accepts connections for ever, each served by hyper's HTTP/1 connection on its own task.
async fn accept(listener: TcpListener, state: Arc<State>) {
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(err) => {
                // Out of file descriptors, most likely: wait for connections to close.
                eprintln!("warning: cannot accept a connection: {err}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let state = Arc::clone(&state);
        tokio::spawn(async move {
            let service = service_fn(move |request| answer(Arc::clone(&state), request));
            let connection =
                hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service);
            // A client that goes away mid-response is not the server's problem.
            let _ = connection.await;
        });
    }
}

async fn answer(state: Arc<State>, request: Request<Incoming>) -> Result<Response<ResponseBody>, Infallible> {
    let snapshot = state.snapshot();
    let path = request.uri().path();
    if let Some(code) = path.strip_prefix("/status/") {
        return Ok(answer_mock(&snapshot, code, request.uri().query()).await);
    }
    let Some(site) = &snapshot.site else {
        return Ok(text(StatusCode::NOT_FOUND, "statusdoc mock answers only /status/<code>\n"));
    };
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        let mut response = text(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD\n");
        response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return Ok(response);
    }
    Ok(match path.strip_prefix(OWN_PREFIX) {
        Some("live.js") => with_type(Full::new(Bytes::from_static(LIVE_SCRIPT.as_bytes())).boxed(), "js"),
        Some("events") => events(&state),
        _ => answer_file(&snapshot, site, path),
    })
}

async fn answer_mock(snapshot: &Snapshot, code: &str, query: Option<&str>) -> Response<ResponseBody> {
    let mock = code.trim_end_matches('/').parse::<u16>().ok().and_then(|c| snapshot.mocks.get(c));
    let Some(mock) = mock else {
        let codes: Vec<String> = snapshot.mocks.codes().map(|c| c.to_string()).collect();
        return text(
            StatusCode::NOT_FOUND,
            &format!("no HTTP sample for `{code}`; the codes are {}\n", codes.join(", ")),
        );
    };
    match mock::requested_sleep(query) {
        Ok(Some(ms)) => tokio::time::sleep(Duration::from_millis(ms)).await,
        Ok(None) => {}
        Err(message) => return text(StatusCode::BAD_REQUEST, &message),
    }
    mock.response().map(|body| body.boxed())
}

fn events(state: &State) -> Response<ResponseBody> {
    let (sender, receiver) = mpsc::channel(16);
    state.pages.add(sender.clone());
    // The current state first: a page built before the latest build reloads at once.
    let _ = sender.try_send(event("build", &state.snapshot().tag));
    if let Some(report) = state.failure() {
        let _ = sender.try_send(event("failure", &report));
    }
    let mut response = Response::new(EventStream(receiver).boxed());
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn answer_file(snapshot: &Snapshot, site: &SiteFiles, path: &str) -> Response<ResponseBody> {
    let segments = match request_segments(path) {
        Ok(segments) => segments,
        Err(refusal) => return text(StatusCode::FORBIDDEN, refusal),
    };
    let (status, file) = match locate(site, &segments, path.ends_with('/')) {
        Lookup::Found(file) => (StatusCode::OK, file),
        Lookup::Directory => {
            let mut response = text(StatusCode::MOVED_PERMANENTLY, "moved\n");
            if let Ok(location) = HeaderValue::from_str(&format!("{path}/")) {
                response.headers_mut().insert(header::LOCATION, location);
            }
            return response;
        }
        Lookup::Missing => match not_found_page(site, &segments) {
            Some(page) => (StatusCode::NOT_FOUND, page),
            None => return text(StatusCode::NOT_FOUND, "not found\n"),
        },
    };
    let ext = Path::new(file).extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    let bytes = &site[file];
    let body =
        if ext == "html" { Bytes::from(with_live_reload(bytes, &snapshot.tag)) } else { bytes.clone() };
    let mut response = with_type(Full::new(body).boxed(), &ext);
    *response.status_mut() = status;
    response
}

/// Why a request path is refused before the site is looked at.
type Refusal = &'static str;

/// The segments of a request path, decoded; refused when one could leave the site or
/// name a hidden file (`..`, `.`, `.x`, a backslash, a drive, an empty segment).
fn request_segments(path: &str) -> Result<Vec<String>, Refusal> {
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .map_err(|_| "forbidden: the path is not UTF-8\n")?;
    let rest = decoded.strip_prefix('/').ok_or("forbidden: the path is not absolute\n")?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.is_empty() {
        return Ok(Vec::new());
    }
    let mut segments = Vec::new();
    for segment in rest.split('/') {
        let bad = segment.is_empty() || segment.starts_with('.') || segment.contains(['\\', ':', '\0']);
        if bad {
            return Err("forbidden: the path leads out of the site or to a hidden file\n");
        }
        segments.push(segment.to_string());
    }
    Ok(segments)
}

/// What a request path names in a build.
#[derive(Debug, PartialEq, Eq)]
enum Lookup<'a> {
    /// The file's path in the build.
    Found(&'a str),
    /// A folder asked for without its final `/`: redirect, so relative links work.
    Directory,
    Missing,
}

/// Finds the file a request names, following pretty URLs (`/fr/http/202/` is
/// `fr/http/202/index.html`).
fn locate<'a>(site: &'a SiteFiles, segments: &[String], wants_dir: bool) -> Lookup<'a> {
    let path = segments.join("/");
    if let Some((file, _)) = site.get_key_value(&path) {
        return if wants_dir { Lookup::Missing } else { Lookup::Found(file) };
    }
    let folder = if path.is_empty() { String::new() } else { format!("{path}/") };
    if let Some((index, _)) = site.get_key_value(&format!("{folder}index.html")) {
        return if wants_dir || segments.is_empty() { Lookup::Found(index) } else { Lookup::Directory };
    }
    let is_folder = site.range(folder.clone()..).next().is_some_and(|(p, _)| p.starts_with(&folder));
    if is_folder && !wants_dir && !segments.is_empty() { Lookup::Directory } else { Lookup::Missing }
}

/// The 404 page of the language the path is in, else the site's.
fn not_found_page<'a>(site: &'a SiteFiles, segments: &[String]) -> Option<&'a str> {
    let language = segments.first().map(|lang| format!("{lang}/404.html"));
    language
        .into_iter()
        .chain(["404.html".to_string()])
        .find_map(|page| Some(site.get_key_value(&page)?.0.as_str()))
}

/// Adds the live-reload script to a served page; `build` output never has it.
fn with_live_reload(html: &[u8], tag: &str) -> Vec<u8> {
    let script = format!("<script src=\"{OWN_PREFIX}live.js\" data-build=\"{tag}\"></script>\n");
    let at = html.windows(7).rposition(|w| w == b"</body>").unwrap_or(html.len());
    [&html[..at], script.as_bytes(), &html[at..]].concat()
}

fn content_type(ext: &str) -> &'static str {
    match ext {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// A response with the content type of `ext`; nothing is cached, so a reload is fresh.
fn with_type(body: ResponseBody, ext: &str) -> Response<ResponseBody> {
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(ext)));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn text(status: StatusCode, message: &str) -> Response<ResponseBody> {
    let mut response = with_type(Full::new(Bytes::from(message.to_string())).boxed(), "txt");
    *response.status_mut() = status;
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(path: &str) -> Result<Vec<String>, Refusal> {
        request_segments(path)
    }

    #[test]
    fn pretty_paths_split_into_segments() {
        assert_eq!(segments("/"), Ok(vec![]));
        assert_eq!(segments("/fr/http/202/"), Ok(vec!["fr".into(), "http".into(), "202".into()]));
        assert_eq!(segments("/static/style.css"), Ok(vec!["static".into(), "style.css".into()]));
        assert_eq!(segments("/vi/caf%C3%A9"), Ok(vec!["vi".into(), "café".into()]));
    }

    #[test]
    fn traversal_is_refused() {
        for path in [
            "/../etc/passwd",
            "/fr/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/static/..%2f..%2fconfig.toml",
            "/..%5c..%5cconfig.toml",
            "//etc/passwd",
            "/%2fetc/passwd",
            "/C:/Windows/win.ini",
            "/.statusdoc-output",
            "/fr/./http",
            "/%ff",
            "etc/passwd",
        ] {
            assert!(segments(path).is_err(), "{path} is not refused");
        }
    }

    #[test]
    fn files_are_found_by_pretty_paths() {
        let site: SiteFiles = ["index.html", "fr/http/202/index.html", "fr/404.html", "assets/a.css"]
            .into_iter()
            .map(|p| (p.to_string(), Bytes::from_static(b"x")))
            .collect();
        let parts = |p: &str| request_segments(p).unwrap_or_else(|e| panic!("{e}"));
        let index = "fr/http/202/index.html";
        assert_eq!(locate(&site, &parts("/"), true), Lookup::Found("index.html"));
        assert_eq!(locate(&site, &parts("/fr/http/202/"), true), Lookup::Found(index));
        assert_eq!(locate(&site, &parts("/fr/http/202/index.html"), false), Lookup::Found(index));
        assert_eq!(locate(&site, &parts("/fr/http/202"), false), Lookup::Directory);
        assert_eq!(locate(&site, &parts("/fr/http"), false), Lookup::Directory);
        assert_eq!(locate(&site, &parts("/fr/http/"), true), Lookup::Missing);
        assert_eq!(locate(&site, &parts("/assets/a.css/"), true), Lookup::Missing);
        assert_eq!(locate(&site, &parts("/fr/http/999/"), true), Lookup::Missing);
        assert_eq!(not_found_page(&site, &parts("/fr/nope/")), Some("fr/404.html"));
        assert_eq!(not_found_page(&site, &parts("/vi/nope/")), None);
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let page = with_live_reload(b"<html><body><p>x</p></body></html>", "7-1");
        let page = String::from_utf8_lossy(&page);
        assert!(page.ends_with("data-build=\"7-1\"></script>\n</body></html>"), "{page}");
    }

    #[test]
    fn events_put_each_line_in_a_data_field() {
        assert_eq!(event("failure", "a\nb"), Bytes::from("event: failure\ndata: a\ndata: b\n\n"));
    }
}
