"""Every HTTP sample on the site is a well-formed HTTP/1.1 response: its text (with CRLF line
ends) goes through h11 as a client would read it, and it obeys the site's rules (status line,
Content-Length from the bytes shown, no body where the code forbids one, the required headers,
a real IMF-fixdate)."""

import email.utils

import h11

from httpcheck import request_for, sample_wire

NO_BODY = {204, 205, 304}  # and every 1xx
NO_CONTENT_LENGTH = {204}  # and every 1xx (RFC 9110 8.6)
SINGLETONS = {"date", "content-type", "content-length", "location", "retry-after", "etag", "content-range"}


def parse_sample(sample):
    """h11's reading of the sample's bytes: the events up to the end of the message and what is
    left over. A 1xx other than 101 is read up to itself (a final response would follow)."""
    request = request_for(sample["code"], "api.example.com")
    conn = h11.Connection(h11.CLIENT)
    conn.send(request)
    conn.send(h11.EndOfMessage())
    conn.receive_data(sample_wire(sample))
    conn.receive_data(b"")  # the end of the stream: a body may not run on
    events = []
    while True:
        try:
            event = conn.next_event()
        except h11.RemoteProtocolError:
            if events and isinstance(events[0], h11.InformationalResponse):
                break  # 1xx: the stream ended where the final response would start
            raise
        if event in (h11.NEED_DATA, h11.PAUSED):
            break
        events.append(event)
        if isinstance(event, (h11.EndOfMessage, h11.ConnectionClosed)):
            break
    return events, conn.trailing_data[0], conn.their_state


def is_imf_fixdate(value):
    """RFC 9110 5.6.7: `Wed, 25 Feb 2026 12:00:00 GMT`, weekday and all."""
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return False
    return email.utils.format_datetime(parsed, usegmt=True) == value


def problems_of(sample):
    code, body = sample["code"], sample["body"]
    problems = []
    if sample["status_line"] != f"HTTP/1.1 {code} {sample['reason']}":
        problems.append(f"status line {sample['status_line']!r}")
    if not sample["text"].startswith(sample["status_line"] + "\n"):
        problems.append("the text does not start with the status line")

    try:
        events, leftover, state = parse_sample(sample)
    except h11.RemoteProtocolError as error:
        return problems + [f"h11 cannot parse it: {error}"]
    head = events[0]
    if head.status_code != code or head.reason.decode() != sample["reason"]:
        problems.append(f"h11 read the status {head.status_code} {head.reason!r}")
    parsed_headers = [(n.decode(), v.decode()) for n, v in head.headers.raw_items()]
    if parsed_headers != [tuple(h) for h in sample["headers"]]:
        problems.append(f"h11 read the headers {parsed_headers}")
    parsed_body = b"".join(bytes(e.data) for e in events if isinstance(e, h11.Data))
    if parsed_body != body.encode():
        problems.append(f"h11 read the body {parsed_body[:100]!r}")
    if code == 101:
        if state is not h11.SWITCHED_PROTOCOL:
            problems.append(f"h11 did not switch protocols after the 101: {state}")
    elif code >= 200:
        if not isinstance(events[-1], h11.EndOfMessage):
            problems.append(f"h11 did not reach the end of the message: {events[-1]!r}")
    if leftover:
        problems.append(f"bytes after the end of the message: {leftover[:100]!r}")

    names = [n.lower() for n, _ in sample["headers"]]
    values = {n.lower(): v for n, v in sample["headers"]}
    for name in sorted(SINGLETONS):
        if names.count(name) > 1:
            problems.append(f"{name} appears {names.count(name)} times")
    for name in sample["required"]:
        if name.lower() not in names:
            problems.append(f"the required header {name} is missing")
    if "date" not in values or not is_imf_fixdate(values["date"]):
        problems.append(f"Date {values.get('date')!r} is not an IMF-fixdate")
    if (code < 200 or code in NO_BODY) and body:
        problems.append(f"a {code} carries a body")
    if (code < 200 or code in NO_CONTENT_LENGTH) and "content-length" in values:
        problems.append(f"a {code} carries Content-Length")
    if code >= 200 and code not in NO_CONTENT_LENGTH and code != 304:
        if values.get("content-length") != str(len(body.encode())):
            problems.append(
                f"Content-Length {values.get('content-length')}, the body has {len(body.encode())} bytes"
            )
    if body and "content-type" not in values:
        problems.append("a body without Content-Type")
    if not body and "content-type" in values:
        problems.append("Content-Type without a body")
    return problems


def test_every_http_sample_is_well_formed(http_samples):
    failures = {code: problems_of(sample) for code, sample in sorted(http_samples.items())}
    failures = {code: p for code, p in failures.items() if p}
    report = "\n".join(f"  {code}: " + "; ".join(p) for code, p in failures.items())
    assert not failures, f"{len(failures)} of {len(http_samples)} HTTP samples are not well-formed:\n{report}"
    print(f"{len(http_samples)} HTTP samples parsed by h11 {h11.__version__}")
