"""HTTP on the wire for the snippet tests: a sample as the bytes it stands for, a real HTTP/1.1
parser (h11) on those bytes and on live responses, and the comparison of a live response with
its sample, with every framework allowance written down in ALLOWANCES."""

import socket
from dataclasses import dataclass, field

import h11

# Headers the frameworks write themselves, compared apart from the others: the sample's Date
# is a fixed example date (a live server sends its clock), Content-Type and Content-Length
# have rules of their own below.
SPECIAL = {"date", "content-type", "content-length"}


def sample_wire(sample):
    """The bytes a sample's `text` stands for: CRLF line ends in the head, the blank line that
    ends it, then the body exactly as the sample has it (Content-Length counts those bytes)."""
    head, sep, body = sample["text"].partition("\n\n")
    assert not sep or body == sample["body"], f"{sample['code']}: the text's body is not the sample's body"
    return head.replace("\n", "\r\n").encode() + b"\r\n\r\n" + sample["body"].encode()


def request_for(code, host, close=False):
    """A GET for /status/<code>; a 101 answers an Upgrade request, so that one asks for it.
    `close` asks the server to close the connection after the response."""
    headers = [("Host", host), ("User-Agent", "statusdoc-tests"), ("Accept", "*/*")]
    if code == 101:
        headers += [("Connection", "Upgrade"), ("Upgrade", "websocket")]
    elif close:
        headers += [("Connection", "close")]
    return h11.Request(method="GET", target=f"/status/{code}", headers=headers)


@dataclass
class Message:
    """One parsed response: the interim (1xx) responses before it, the final one and its body."""

    interim: list = field(default_factory=list)
    final: object = None
    body: bytes = b""
    raw: bytes = b""
    framing: str = ""  # "content-length", "chunked" or "close"


def parse_response(chunks, request):
    """Parses the bytes of one response to `request` with h11, as a client does.

    `chunks` yields the received bytes (b"" at end of stream); raises h11's
    RemoteProtocolError on anything that is not well-formed HTTP/1.1."""
    conn = h11.Connection(h11.CLIENT)
    conn.send(request)
    conn.send(h11.EndOfMessage())
    msg = Message()
    while True:
        event = conn.next_event()
        if event is h11.NEED_DATA:
            data = next(chunks)
            msg.raw += data
            conn.receive_data(data)
            continue
        if event is h11.PAUSED:
            # After a 101 the connection speaks another protocol: the message is complete.
            return msg
        if isinstance(event, h11.InformationalResponse):
            if event.status_code == 101:
                msg.final = event
            else:
                msg.interim.append(event)
        elif isinstance(event, h11.Response):
            msg.final = event
            names = {n.lower() for n, _ in event.headers}
            msg.framing = (
                "chunked"
                if b"transfer-encoding" in names
                else "content-length"
                if b"content-length" in names
                else "close"
            )
        elif isinstance(event, h11.Data):
            msg.body += bytes(event.data)
        elif isinstance(event, (h11.EndOfMessage, h11.ConnectionClosed)):
            return msg


def parse_bytes(data, request):
    """Parses a whole response held in memory (a sample)."""
    return parse_response(iter([data, b""]), request)


def fetch(port, code, close=False, timeout=20.0):
    """Sends GET /status/<code> on a new connection and parses the response."""
    request = request_for(code, f"127.0.0.1:{port}", close)
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(h11.Connection(h11.CLIENT).send(request))

        def chunks():
            while True:
                yield sock.recv(65536)

        return parse_response(chunks(), request)


def header_values(event):
    """Header values by lower-case name, in the order received (h11 keeps the raw names)."""
    values = {}
    for name, value in event.headers.raw_items():
        values.setdefault(name.decode("latin-1").lower(), []).append(value.decode("latin-1"))
    return values


def sample_header_values(sample):
    values = {}
    for name, value in sample["headers"]:
        values.setdefault(name.lower(), []).append(value)
    return values


# What each framework adds to or changes in a response, read from the framework's own
# documentation and its definition's comments in content/frameworks/http/*.toml, and seen in
# the live runs. Everything not listed here must match the sample exactly: status code, body
# bytes, Content-Type, every header the sample shows (with its value) and the required ones
# above all, which no allowance touches. Allowed for every framework, and not listed:
#   - Date: its own clock instead of the sample's example date;
#   - the case of header names (HTTP names are case-insensitive: Go sends `Etag`, hyper and
#     uvicorn lower-case names);
#   - a field sent as several field lines or as one with the values joined by commas (the
#     same field, RFC 9110 5.3: Node's writeEarlyHints() joins 103's two Link values);
#   - the reason phrase (Tomcat sends none, frameworks have their own tables, e.g. 413
#     "Payload Too Large" for RFC 9110's "Content Too Large");
#   - Connection and Keep-Alive: per-connection (hop-by-hop) headers with which a server says
#     whether it keeps the connection open. A server may add them, and may add `close` or
#     `keep-alive` to the sample's own Connection options (Werkzeug sends a second
#     `Connection: close` after a 426's `Connection: Upgrade`); the sample's options must
#     all be there.
#
# extra:        header names the framework adds that the sample does not show.
# framing:      how a body may be delimited when not by the sample's Content-Length
#               ("chunked": Transfer-Encoding; "close": the end of the connection).
# empty_framing: the same, for empty bodies only.
# rewrites:     non-required headers whose value the framework changes: name -> function
#               (sample value, live value) -> whether that is the documented change.
# bodyless_type: a Content-Type the framework puts on responses that have no body.
# unframed:     codes the server sends with neither Content-Length nor chunking on a kept-alive
#               connection, so that no HTTP/1.1 client can tell where the response ends; the
#               test asks for them with `Connection: close`, whose close ends the response.
# zero_length:  codes without a body for which the framework sends `Content-Length: 0`
#               (RFC 9110 8.6 forbids it on a 204; on a 304 it misstates the 200's length).
# interim:      sends 1xx codes as interim responses followed by a final `200` with an
#               empty body; the interim response is compared with the sample.
ALLOWANCES = {
    # Werkzeug's development server.
    "flask": {"extra": {"server"}},
    # Uvicorn.
    "fastapi": {"extra": {"server"}},
    # Django's runserver (wsgiref's ServerHandler). CommonMiddleware, which the program
    # configures so that bodies get a Content-Length, sets it on every response, 0 on 204/304.
    "django": {"extra": {"server"}, "zero_length": {204, 304}},
    "express": {"interim": True},
    "go": {"interim": True},
    # PHP's built-in server echoes the request's Host into the response and sends script
    # output without Content-Length, ending the body by closing the connection.
    "php": {"extra": {"host"}, "framing": {"close"}},
    # Rack::Protection's X-Content-Type-Options on every response, and X-XSS-Protection and
    # X-Frame-Options on HTML and XML ones (207's application/xml). Puma 5.6 sends an empty body
    # chunked when the app gives no body part (Sinatra's body-less responses), and sends a 205
    # unframed: it counts 205 among the statuses without a body (STATUS_WITH_NO_ENTITY_BODY).
    "sinatra": {
        "extra": {"x-content-type-options", "x-xss-protection", "x-frame-options"},
        "empty_framing": {"chunked"},
        "unframed": {205},
    },
    # Rails' default_headers, Rack::ETag and the request id/runtime middleware; Rails 6.1 on
    # Puma 5.6 sends bodies chunked, and a 205 unframed (as for Sinatra). Rack::ETag adds
    # `private` to a Cache-Control that has no `public` (304's `max-age=3600`), and Rails gives
    # text/html to body-less responses other than 1xx/204/205/304 (a 301 with only Location).
    "rails": {
        "extra": {
            "x-frame-options",
            "x-xss-protection",
            "x-content-type-options",
            "x-download-options",
            "x-permitted-cross-domain-policies",
            "referrer-policy",
            "x-request-id",
            "x-runtime",
            "vary",
            "etag",
            "cache-control",
        },
        "framing": {"chunked"},
        "unframed": {205},
        "rewrites": {"cache-control": lambda want, got: got == want + ", private"},
        "bodyless_type": "text/html",
    },
    "spring": {},
    "axum": {},
}


def connection_options(values):
    return {token.strip().lower() for value in values for token in value.split(",") if token.strip()}


def same_connection_options(want, got):
    """The sample's Connection options, plus at most the server's own close/keep-alive."""
    want, got = connection_options(want), connection_options(got)
    return want <= got and got - want <= {"close", "keep-alive"}


def compare(framework, sample, msg):
    """The differences between a live response and its sample, as readable lines."""
    allow = ALLOWANCES[framework]
    code = sample["code"]
    if code < 200 and code != 101:
        if not allow.get("interim"):
            return [f"{framework} is not known to send {code} as an interim response"]
        if [m.status_code for m in msg.interim] != [code]:
            return [f"interim responses {[m.status_code for m in msg.interim]}, want [{code}]"]
        problems = compare_headers(framework, sample, header_values(msg.interim[0]), b"", "")
        if msg.final.status_code != 200 or msg.body:
            problems.append(
                f"final response {msg.final.status_code} with {len(msg.body)} body bytes, want 200 and none"
            )
        return problems
    if msg.interim:
        return [f"unexpected interim responses {[m.status_code for m in msg.interim]}"]
    if msg.final.status_code != code:
        return [f"status {msg.final.status_code}, want {code}"]
    return compare_headers(framework, sample, header_values(msg.final), msg.body, msg.framing)


def compare_headers(framework, sample, got, body, framing):
    allow = ALLOWANCES[framework]
    want = sample_header_values(sample)
    problems = []
    for name, values in want.items():
        if name in SPECIAL:
            continue
        live = got.get(name, [])
        if ", ".join(live) == ", ".join(values):
            continue
        if name == "connection" and same_connection_options(values, live):
            continue
        rewrite = allow.get("rewrites", {}).get(name)
        permitted = (
            name not in {r.lower() for r in sample["required"]}
            and rewrite is not None
            and len(live) == len(values)
            and all(rewrite(w, g) for w, g in zip(values, live, strict=True))
        )
        if not permitted:
            problems.append(f"header {name}: {live}, want {values}")

    expected_body = sample["body"].encode()
    if body != expected_body:
        problems.append(f"body {body[:200]!r}, want {expected_body[:200]!r}")

    want_type = want.get("content-type", [])
    live_type = got.get("content-type", [])
    if want_type and live_type != want_type:
        problems.append(f"content-type {live_type}, want {want_type}")
    if not want_type and live_type and live_type != [allow.get("bodyless_type")]:
        problems.append(f"content-type {live_type} on a response without one")

    want_length = want.get("content-length", [])
    live_length = got.get("content-length", [])
    if live_length and live_length != [str(len(expected_body))]:
        problems.append(f"content-length {live_length}, want {len(expected_body)}")
    code = sample["code"]
    framings = set(allow.get("framing", set()))
    if not expected_body:
        framings |= allow.get("empty_framing", set())
    if code in allow.get("unframed", set()):
        framings.add("close")
    if want_length and not live_length and framing not in framings:
        problems.append(f"no content-length (body framed by {framing or 'nothing'}), want {want_length}")
    if live_length and (code < 200 or code in (204, 304)):
        # RFC 9110 8.6: none in a 1xx or 204; a 304's would describe the 200 it stands for.
        if not (live_length == ["0"] and code in allow.get("zero_length", set())):
            problems.append(f"content-length {live_length} on a {code}")

    allowed = {"date", "connection", "keep-alive"} | allow.get("extra", set())
    if framing == "chunked" and framing in framings:
        allowed.add("transfer-encoding")
    for name in got:
        if name not in want and name not in allowed and name not in SPECIAL:
            problems.append(f"extra header {name}: {got[name]}")
    return problems
