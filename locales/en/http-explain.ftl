### HTTP status code explainers (English, the source language).
### For every HTTP status code, the texts of the "explainer" part of its page: a one-line summary (TL;DR),
### a "What it means" paragraph, common causes, what a visitor can do, what a developer or administrator can do,
### and, for each related code, one sentence on when to use which.
### Message ids: http-CODE-tldr, http-CODE-meaning, http-CODE-cause-N, http-CODE-fix-visitor-N,
### http-CODE-fix-developer-N and http-CODE-vs-OTHER. Numbered messages are the items of one list, shown in order.
### Keep each translation on one line. Text between backticks is code (status codes, header names, methods,
### configuration directives, commands, paths): keep it unchanged. Keep reason phrases (Content Too Large),
### product names (nginx, Kubernetes) and log messages quoted in double quotes as they are; they are names or
### literal output of programs. Inline Markdown is allowed; do not add braces or HTML.

## HTTP 100 Continue

# HTTP 100 Continue: one-line summary at the top of the explainer (TL;DR).
http-100-tldr = The server has read the request headers and invites the client to go ahead and send the body.

# HTTP 100 Continue: the "What it means" paragraph of the explainer.
http-100-meaning = `100 Continue` answers a request that carries `Expect: 100-continue`: the client sends only the header section first and transmits the content once this interim response arrives (RFC 9110, section 10.1.1). If the server would refuse the request anyway, for example with `401`, `413` or `417`, it sends that final status instead of `100`, and the client is spared a useless upload. A client should not wait indefinitely: when no `100` arrives within a short time it may send the body regardless, because some servers and intermediaries never send one. A server must ignore the expectation in an HTTP/1.0 request, and it can skip the `100` when part of the body has already arrived. The final response to the same request always follows.

# HTTP 100 Continue: common cause 1 of 3, an item of the "Common causes" list.
http-100-cause-1 = curl adds `Expect: 100-continue` by itself to `POST` and `PUT` requests whose body is larger than about one megabyte, so the server answers `100` before the real status.

# HTTP 100 Continue: common cause 2 of 3, an item of the "Common causes" list.
http-100-cause-2 = An SDK for object storage, or .NET Framework's `HttpWebRequest`, sends `Expect: 100-continue` on uploads so that the service can reject bad credentials before any data is transferred.

# HTTP 100 Continue: common cause 3 of 3, an item of the "Common causes" list.
http-100-cause-3 = The server framework sends `100` on its own the first time the handler reads the request body, as Go's `net/http` and Node.js do when the client asked for it.

# HTTP 100 Continue: what a visitor can do, the only item of "How to fix it (for visitors)".
http-100-fix-visitor-1 = Nothing: this interim response is exchanged between programs before an upload and never appears as a page.

# HTTP 100 Continue: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-1 = Watch the exchange with `curl -v --data-binary @bigfile` against your endpoint: the log shows `Expect: 100-continue`, then `HTTP/1.1 100 Continue`, then the final status.

# HTTP 100 Continue: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-2 = If uploads stall for a second each, a server or proxy is not answering the expectation and the client waits for its timeout (`--expect100-timeout` in curl); remove the header with `curl -H 'Expect:'` or set `ExpectContinueTimeout` on Go's `http.Transport`.

# HTTP 100 Continue: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-3 = Check authentication, `Content-Length` and quotas before reading the body, so you can answer `401` or `413` instead of `100`; in Node.js, handle the `checkContinue` event to decide.

# HTTP 100 Continue: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-4 = Remember that a reverse proxy may answer the expectation itself: nginx sends `100` and reads the whole body before contacting the upstream, unless you set `proxy_request_buffering off`.

# HTTP 100 Continue compared with HTTP 101 Switching Protocols: when to use which, in the "Related codes" section.
http-100-vs-101 = `100` lets the same HTTP request continue, while `101` hands the connection over to the protocol named in `Upgrade`.

# HTTP 100 Continue compared with HTTP 102 Processing: when to use which, in the "Related codes" section.
http-100-vs-102 = `100` comes before the body to invite it, while `102` came after the whole request had arrived to say that work was still going on.

# HTTP 100 Continue compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-100-vs-103 = `100` concerns the request body that the client has not sent yet, while `103` concerns resources the client may fetch before the final response.

# HTTP 100 Continue compared with HTTP 417 Expectation Failed: when to use which, in the "Related codes" section.
http-100-vs-417 = The server sends `100` when it accepts the `Expect: 100-continue` expectation and `417` when it cannot meet the expectation at all.

## HTTP 101 Switching Protocols

# HTTP 101 Switching Protocols: one-line summary at the top of the explainer (TL;DR).
http-101-tldr = The server accepted the client's `Upgrade` request, and the connection now speaks another protocol, usually WebSocket.

# HTTP 101 Switching Protocols: the "What it means" paragraph of the explainer.
http-101-meaning = A `101` can only follow an HTTP/1.1 request that carried an `Upgrade` header, listed in `Connection: Upgrade`, and the server may only switch to a protocol the client offered. It names the chosen protocol in its own `Upgrade` header; for WebSocket (RFC 6455) it also returns `Sec-WebSocket-Accept`, computed from the client's `Sec-WebSocket-Key`, to prove that it understood the handshake. Every byte after the empty line that ends the `101` belongs to the new protocol, so HTTP timeouts, buffering and access logging no longer describe that connection. HTTP/2 and HTTP/3 do not allow this mechanism: WebSocket runs there over an extended `CONNECT` (RFC 8441 and RFC 9220), and RFC 9113 deprecated the `h2c` upgrade to cleartext HTTP/2.

# HTTP 101 Switching Protocols: common cause 1 of 3, an item of the "Common causes" list.
http-101-cause-1 = A page opened a WebSocket with `new WebSocket('wss://example.com/socket')`, and the server accepted the handshake.

# HTTP 101 Switching Protocols: common cause 2 of 3, an item of the "Common causes" list.
http-101-cause-2 = A live-reload dev server, a GraphQL subscription client or Socket.IO after its polling phase switched the connection to WebSocket.

# HTTP 101 Switching Protocols: common cause 3 of 3, an item of the "Common causes" list.
http-101-cause-3 = A client asked for cleartext HTTP/2 with `Upgrade: h2c`, and a server that still supports that upgrade switched protocols.

# HTTP 101 Switching Protocols: what a visitor can do, the only item of "How to fix it (for visitors)".
http-101-fix-visitor-1 = Nothing: this is how a live connection, such as a chat or a dashboard that updates itself, starts, and the browser handles it.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-1 = Behind nginx, forward the handshake explicitly with `proxy_http_version 1.1;`, `proxy_set_header Upgrade $http_upgrade;` and `proxy_set_header Connection "upgrade";`, or the upstream never sees the `Upgrade` header.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-2 = Raise idle timeouts for upgraded connections, such as `proxy_read_timeout` in nginx or the idle timeout of a cloud load balancer, or send WebSocket pings, because a quiet socket is otherwise cut after about 60 seconds.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-3 = Inspect the handshake in the browser's Network panel filtered by WS; a `200` or `400` instead of `101` means a proxy or CDN in between did not pass the upgrade.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-4 = When writing a server by hand, compute `Sec-WebSocket-Accept` as the Base64 SHA-1 of the client's key joined with the fixed GUID from RFC 6455; browsers drop the connection if it is wrong.

# HTTP 101 Switching Protocols compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-101-vs-100 = `101` replaces HTTP on the connection with another protocol, while `100` only lets the client go on sending the body of an ordinary request.

# HTTP 101 Switching Protocols compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-101-vs-426 = Send `101` when the client asked to upgrade and you agree; send `426` when it did not ask and you will not continue without an upgrade.

## HTTP 102 Processing

# HTTP 102 Processing: one-line summary at the top of the explainer (TL;DR).
http-102-tldr = An old WebDAV interim response meaning "still working, do not time out"; the current WebDAV specification no longer includes it.

# HTTP 102 Processing: the "What it means" paragraph of the explainer.
http-102-meaning = RFC 2518 let a server send `102` while a long WebDAV method, such as `COPY`, `MOVE` or a `PROPFIND` with `Depth: infinity`, was still running, so that the client would keep waiting instead of timing out. The interim response carries no content, and the final response follows later on the same connection. RFC 4918 dropped the code in 2007 because few implementations used it, but IANA still lists it, so some servers and libraries still know it. Clients must skip any `1xx` they do not recognise and keep reading, though intermediaries are not guaranteed to pass it on. For long work in new designs, `202 Accepted` with a status resource to poll is the dependable choice.

# HTTP 102 Processing: common cause 1 of 3, an item of the "Common causes" list.
http-102-cause-1 = A WebDAV client copied or moved a large collection, and a server following RFC 2518 reported progress with `102` while it worked.

# HTTP 102 Processing: common cause 2 of 3, an item of the "Common causes" list.
http-102-cause-2 = A deep `PROPFIND` over many files took long enough for an older WebDAV server or library to send `102` as a keep-alive.

# HTTP 102 Processing: common cause 3 of 3, an item of the "Common causes" list.
http-102-cause-3 = A custom API reuses `102` as a heartbeat for slow requests, which many HTTP client libraries and proxies handle poorly.

# HTTP 102 Processing: what a visitor can do, the only item of "How to fix it (for visitors)".
http-102-fix-visitor-1 = Nothing: your file manager or sync client receives this progress signal by itself; wait for the operation to finish.

# HTTP 102 Processing: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-1 = Do not build new features on `102`; answer `202 Accepted` with a `Location` for a status resource and let the client poll it.

# HTTP 102 Processing: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-2 = If a client times out during long WebDAV operations, raise its read timeout or move fewer resources per request.

# HTTP 102 Processing: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-3 = Make sure HTTP clients you write skip every `1xx` response and keep reading until a final status; some libraries wrongly treat anything other than `100` as final.

# HTTP 102 Processing compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-102-vs-100 = `102` says that a fully received request is still being processed, while `100` asks the client to send the rest of its request.

# HTTP 102 Processing compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-102-vs-103 = `102` only keeps a slow request alive, while `103` carries `Link` hints the client can act on before the final response.

# HTTP 102 Processing compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-102-vs-202 = `102` keeps the connection waiting for the final result, while `202` ends the exchange at once and leaves the result to be fetched later; prefer `202`.

## HTTP 103 Early Hints

# HTTP 103 Early Hints: one-line summary at the top of the explainer (TL;DR).
http-103-tldr = Before the real response is ready, the server tells the browser which resources it can already start loading.

# HTTP 103 Early Hints: the "What it means" paragraph of the explainer.
http-103-meaning = RFC 8297 lets a server send one or more `103` responses whose `Link` headers, such as `rel=preload` or `rel=preconnect`, announce resources the final page will need, so the browser can open connections and fetch stylesheets, scripts or fonts while the server is still working. The hints are advisory: the browser may ignore them, and the final response, whatever its status, must carry every header it actually relies on. Browsers act on `103` only for top-level page navigations, Chromium-based browsers only over HTTP/2 and HTTP/3, and support for `preload` hints varies between browsers. Some HTTP/1.1 clients mishandle unexpected interim responses, which is why many servers send `103` only over HTTP/2 or later. RFC 8297 is an Experimental RFC, but CDNs and major sites deploy the code widely.

# HTTP 103 Early Hints: common cause 1 of 3, an item of the "Common causes" list.
http-103-cause-1 = A CDN such as Cloudflare has Early Hints enabled and replays, as a `103`, the `Link` headers it saw in earlier responses for the page.

# HTTP 103 Early Hints: common cause 2 of 3, an item of the "Common causes" list.
http-103-cause-2 = The application calls `response.writeEarlyHints()` in Node.js, or writes status `103` with `Link` headers in Go, before running the slow database queries for the page.

# HTTP 103 Early Hints: common cause 3 of 3, an item of the "Common causes" list.
http-103-cause-3 = A framework with built-in support, such as Rails with `request.send_early_hints` under Puma, sends hints for the page's assets.

# HTTP 103 Early Hints: what a visitor can do, the only item of "How to fix it (for visitors)".
http-103-fix-visitor-1 = Nothing: your browser uses these hints on its own to load the page faster.

# HTTP 103 Early Hints: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-1 = Hint only resources the final page certainly uses, such as the main stylesheet or a web font, and use `rel=preconnect` for third-party origins; wrong hints waste bandwidth on every view.

# HTTP 103 Early Hints: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-2 = Check what is sent with `curl -v --http2` against the page: the `103` block and its `Link` headers appear before the final status line.

# HTTP 103 Early Hints: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-3 = Send `103` only over HTTP/2 or HTTP/3, or only to clients known to support it, because some HTTP/1.1 clients and proxies take the interim response for the final one.

# HTTP 103 Early Hints: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-4 = Keep the same `Link` headers, or the matching tags in the HTML, in the final `200` response; the hints in `103` do not replace them.

# HTTP 103 Early Hints compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-103-vs-100 = `103` speeds up the loading of other resources, while `100` only tells the client to send its request body.

# HTTP 103 Early Hints compared with HTTP 102 Processing: when to use which, in the "Related codes" section.
http-103-vs-102 = `103` carries hints the browser can act on, while `102` only says that processing is still under way.

# HTTP 103 Early Hints compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-103-vs-200 = `103` can precede a `200` to hint at subresources early, but only the `200` delivers the page and its authoritative headers.

## HTTP 104 Upload Resumption Supported

# HTTP 104 Upload Resumption Supported: one-line summary at the top of the explainer (TL;DR).
http-104-tldr = During an upload, the server announces that the transfer can be resumed, and where, if the connection breaks.

# HTTP 104 Upload Resumption Supported: the "What it means" paragraph of the explainer.
http-104-meaning = The code comes from the IETF draft on resumable uploads, which standardises ideas from the tus protocol, and has only a provisional IANA registration. When a client signals that it supports resumable uploads, the server can send `104` while the data is still arriving, with a `Location` for a temporary upload resource. After a network failure the client sends `HEAD` to that resource, reads `Upload-Offset` to learn how many bytes arrived, and sends the rest with `PATCH` from that offset. The final response, such as `201` or `200`, comes once the upload is complete. Header names and details such as `Upload-Draft-Interop-Version`, `Upload-Complete` and the media type of `PATCH` bodies have changed between draft versions, so client and server must implement the same one.

# HTTP 104 Upload Resumption Supported: common cause 1 of 3, an item of the "Common causes" list.
http-104-cause-1 = An app on iOS 17 or macOS 14 or later uploads with `URLSession`, which implements the resumable upload draft, to a server that supports it.

# HTTP 104 Upload Resumption Supported: common cause 2 of 3, an item of the "Common causes" list.
http-104-cause-2 = A server built on a resumable-upload implementation, such as tusd, receives an upload from a client that sent `Upload-Draft-Interop-Version`.

# HTTP 104 Upload Resumption Supported: common cause 3 of 3, an item of the "Common causes" list.
http-104-cause-3 = A mobile app that opted into resumable uploads sends a large video over an unreliable network, where switching from Wi-Fi to cellular would otherwise restart it.

# HTTP 104 Upload Resumption Supported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-104-fix-visitor-1 = Nothing: the app keeps this information and uses it by itself to resume the upload if the connection drops.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-1 = Compare the `Upload-Draft-Interop-Version` values on both sides; the number changes whenever the wire format of the draft changes.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-2 = Keep the upload resource named in `Location` valid long enough for clients to resume, and answer `HEAD` on it with an accurate `Upload-Offset` and `Cache-Control: no-store`.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-3 = Make sure proxies and load balancers pass interim responses through and route `HEAD` and `PATCH` for an upload to the server that holds the partial data, or use shared storage.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-4 = If you need a stable protocol today, use tus 1.0, which many clients and servers support, and plan a move to the IETF standard once it is published.

# HTTP 104 Upload Resumption Supported compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-104-vs-100 = `100` tells the client it may start sending the body, while `104` tells it that the body being sent can be resumed later at a given address.

# HTTP 104 Upload Resumption Supported compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-104-vs-103 = Both are interim responses sent before the final one, but `103` hints at resources to preload while `104` announces a resumable upload resource.

# HTTP 104 Upload Resumption Supported compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-104-vs-201 = `104` arrives while the upload is still in progress, and `201` is the final response once the complete upload has created the resource.

## HTTP 200 OK

# HTTP 200 OK: one-line summary at the top of the explainer (TL;DR).
http-200-tldr = The request worked, and the response carries its result.

# HTTP 200 OK: the "What it means" paragraph of the explainer.
http-200-meaning = `200` is the generic success status, and its content depends on the method: the target's current representation for `GET`, the same headers without a body for `HEAD`, the outcome of the processing for `POST`, and the request as the server received it for `TRACE`. A `200` to `CONNECT` means the tunnel is open and carries no content; any other `200` is expected to have content unless its framing, such as `Content-Length: 0`, says the length is zero. The code is heuristically cacheable: without `Cache-Control` or `Expires`, a cache may still reuse the response for a while, estimating its freshness from `Last-Modified`. A server that ignores a `Range` header, or a conditional `GET` whose validator no longer matches, also answers with a full `200`.

# HTTP 200 OK: common cause 1 of 4, an item of the "Common causes" list.
http-200-cause-1 = A page, image or API resource was requested, and the server found it and sent it.

# HTTP 200 OK: common cause 2 of 4, an item of the "Common causes" list.
http-200-cause-2 = A form or API call with `POST` was processed, and the server returned the outcome in the body rather than creating a new resource.

# HTTP 200 OK: common cause 3 of 4, an item of the "Common causes" list.
http-200-cause-3 = A range or conditional request fell back to a full response, because the server ignores `Range` or the cached `ETag` no longer matched.

# HTTP 200 OK: common cause 4 of 4, an item of the "Common causes" list.
http-200-cause-4 = An error is wrongly reported with `200`, such as a login page served for an expired session or a JSON body containing an error message; this soft error hides failures from clients, monitoring and search engines.

# HTTP 200 OK: what a visitor can do, the only item of "How to fix it (for visitors)".
http-200-fix-visitor-1 = Nothing: the page or file loaded as it should.

# HTTP 200 OK: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-1 = Return `200` only for real success; send a `4xx` or `5xx` for errors even when the body explains them, so that clients, caches and crawlers can tell the difference.

# HTTP 200 OK: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-2 = Set `Cache-Control` explicitly on every `200`, such as `no-store` for personal data or `no-cache` for pages that must be revalidated each time, instead of leaving caches to guess.

# HTTP 200 OK: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-3 = Add an `ETag` or `Last-Modified` to cacheable responses so that clients can revalidate with `If-None-Match` and receive a bodiless `304` next time.

# HTTP 200 OK: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-4 = Use a more specific success code when one fits: `201` for creation, `202` for queued work, `204` when there is nothing to return.

# HTTP 200 OK compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-200-vs-201 = Send `201` when the request created a new resource, with its `Location`; send `200` when it only returned or changed something that already existed.

# HTTP 200 OK compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-200-vs-202 = Send `200` when the work is done and the body contains its result; send `202` when the work has only been queued.

# HTTP 200 OK compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-200-vs-204 = Send `200` when the body carries something the client needs; send `204` when success needs no body at all.

## HTTP 201 Created

# HTTP 201 Created: one-line summary at the top of the explainer (TL;DR).
http-201-tldr = The request succeeded and created a new resource, whose address is in the `Location` header.

# HTTP 201 Created: the "What it means" paragraph of the explainer.
http-201-meaning = `201` confirms that one or more resources exist because of the request, most often a `POST` to a collection or a `PUT` to a URI that had nothing before. The primary new resource is identified by `Location`, or by the request URI itself when `Location` is absent, as is usual after a `PUT`. The content usually describes the new resource or links to it, and any `ETag` or `Last-Modified` in the response belongs to the created representation, so the client can make conditional requests on it at once. Creation must be complete when the response is sent; if it will happen later, `202` is the right code.

# HTTP 201 Created: common cause 1 of 3, an item of the "Common causes" list.
http-201-cause-1 = A client sent `POST /users`, or a similar request to a collection, and the server stored the new item under a new URI.

# HTTP 201 Created: common cause 2 of 3, an item of the "Common causes" list.
http-201-cause-2 = A client uploaded a file with `PUT` to a path that did not exist yet, for example on a WebDAV server.

# HTTP 201 Created: common cause 3 of 3, an item of the "Common causes" list.
http-201-cause-3 = A signup, order or comment was submitted to an API that answers creation with `201`.

# HTTP 201 Created: what a visitor can do, the only item of "How to fix it (for visitors)".
http-201-fix-visitor-1 = Nothing: what you submitted was saved, and the site should now show it.

# HTTP 201 Created: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-1 = Send a `Location` header with the URI of the new resource, and return its representation or a summary in the body so the client needs no second request.

# HTTP 201 Created: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-2 = Make creation with `POST` safe to retry, for example by accepting an `Idempotency-Key` header as many payment APIs do, so that a timeout followed by a retry does not create a duplicate.

# HTTP 201 Created: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-3 = Answer `PUT` with `201` when it created the resource and with `200` or `204` when it replaced an existing one, as RFC 9110 requires.

# HTTP 201 Created: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-4 = In browsers, `fetch` does not follow `Location` on a `201`; read the header yourself, and list it in `Access-Control-Expose-Headers` for cross-origin calls, because it is not exposed by default.

# HTTP 201 Created compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-201-vs-200 = Send `201` when a new resource exists because of the request; send `200` when the request read, changed or processed something that already existed.

# HTTP 201 Created compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-201-vs-202 = Send `201` when the resource has been created by the time you answer; send `202` when its creation is queued and may still fail.

# HTTP 201 Created compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-201-vs-303 = Answer an API `POST` with `201` and a `Location`; answer a browser form `POST` with `303` to send the user to a page showing the result.

## HTTP 202 Accepted

# HTTP 202 Accepted: one-line summary at the top of the explainer (TL;DR).
http-202-tldr = The server has queued the request for later processing; the outcome is not known yet.

# HTTP 202 Accepted: the "What it means" paragraph of the explainer.
http-202-meaning = `202` is deliberately non-committal: the server confirms that it received and perhaps validated the request, but the work happens after the response and may still fail. HTTP cannot send a second response for the same request, so the server should say where the outcome will appear, typically a status resource named in `Location` or in the body, which the client polls, optionally paced by `Retry-After`. When the job finishes, that status resource can report the result itself or send the client to it with `303`. A `202` is not cacheable by default, and clients should assume no side effect has happened yet.

# HTTP 202 Accepted: common cause 1 of 4, an item of the "Common causes" list.
http-202-cause-1 = A client started a long job, such as a video transcode, a report export or a bulk import, and the API queued it instead of holding the connection open.

# HTTP 202 Accepted: common cause 2 of 4, an item of the "Common causes" list.
http-202-cause-2 = A webhook receiver acknowledged an event at once and passed it to a background worker, because webhook senders such as GitHub and Stripe expect a quick answer.

# HTTP 202 Accepted: common cause 3 of 4, an item of the "Common causes" list.
http-202-cause-3 = A message was accepted for later delivery, as by an email or push notification API that sends asynchronously.

# HTTP 202 Accepted: common cause 4 of 4, an item of the "Common causes" list.
http-202-cause-4 = A cloud management API started a long-running operation, such as creating a virtual machine, and returned a URL for tracking its progress.

# HTTP 202 Accepted: what a visitor can do, the only item of "How to fix it (for visitors)".
http-202-fix-visitor-1 = Check back later: your request was accepted, and its result will appear on the site or arrive by email once the work is done.

# HTTP 202 Accepted: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-1 = Return a `Location` header and a body with a job ID and status URL, and make that URL report the job's state, progress and, when done, a link to the result.

# HTTP 202 Accepted: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-2 = Add `Retry-After` to tell clients how often to poll, or offer a webhook or server-sent events so that they need not poll at all.

# HTTP 202 Accepted: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-3 = Validate what you can before answering, so that malformed requests get `400` or `422` immediately instead of failing silently in the queue.

# HTTP 202 Accepted: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-4 = Make job submission idempotent, for example with a client-supplied key, so that a retried request does not queue the same job twice.

# HTTP 202 Accepted compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-202-vs-200 = Send `202` when the work has only been queued; send `200` when it is finished and the body holds its result.

# HTTP 202 Accepted compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-202-vs-201 = Send `202` when the resource will be created later; send `201` when it already exists at the time you answer.

# HTTP 202 Accepted compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-202-vs-204 = Send `202` when processing is still pending; send `204` when the request has been fully handled and there is nothing to return.

## HTTP 203 Non-Authoritative Information

# HTTP 203 Non-Authoritative Information: one-line summary at the top of the explainer (TL;DR).
http-203-tldr = The request succeeded, but a proxy changed the response it received from the origin server.

# HTTP 203 Non-Authoritative Information: the "What it means" paragraph of the explainer.
http-203-meaning = Only a transforming intermediary should send `203`: it replaces the origin's `200` after altering the content or headers, for example by recompressing images, translating text or stripping scripts. The code lets every recipient know that the payload is not exactly what the origin produced, which can matter for later decisions about that content. A proxy must not transform a response marked `Cache-Control: no-transform`. Earlier HTTP caching rules also offered the `Warning` header with code `214 Transformation Applied`, but RFC 9111 obsoleted `Warning`, which leaves `203` as the signal. Like `200`, a `203` is heuristically cacheable.

# HTTP 203 Non-Authoritative Information: common cause 1 of 4, an item of the "Common causes" list.
http-203-cause-1 = A mobile operator's or browser vendor's data-saving proxy recompressed images or minified a page on its way to the client.

# HTTP 203 Non-Authoritative Information: common cause 2 of 4, an item of the "Common causes" list.
http-203-cause-2 = A corporate security gateway rewrote a page, for example to remove active content or to insert a banner.

# HTTP 203 Non-Authoritative Information: common cause 3 of 4, an item of the "Common causes" list.
http-203-cause-3 = An API gateway rewrote fields of a backend's JSON response and marked the change with `203`.

# HTTP 203 Non-Authoritative Information: common cause 4 of 4, an item of the "Common causes" list.
http-203-cause-4 = An origin server sends `203` by mistake, for instance for data served from a mirror, which confuses clients that only expect `200`.

# HTTP 203 Non-Authoritative Information: what a visitor can do, the only item of "How to fix it (for visitors)".
http-203-fix-visitor-1 = Nothing needed, but if pages or images look degraded, the network you use may be altering them; try another connection.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-1 = Add `Cache-Control: no-transform` to responses that must arrive byte for byte, such as signed files, images used for analysis or content checked against a hash.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-2 = Serve the site over HTTPS, so that proxies cannot alter responses unless the client trusts their certificate, as with corporate TLS inspection.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-3 = Treat `203` like `200` in client code, unless the exact bytes matter, in which case verify a checksum or fetch over a trusted path.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-4 = Do not send `203` from an origin server; it describes a change made by an intermediary.

# HTTP 203 Non-Authoritative Information compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-203-vs-200 = The origin sends `200`; only an intermediary that altered the origin's `200` should turn it into `203`.

# HTTP 203 Non-Authoritative Information compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-203-vs-204 = `203` still carries a body, altered by a proxy, while `204` says there is no body at all.

## HTTP 204 No Content

# HTTP 204 No Content: one-line summary at the top of the explainer (TL;DR).
http-204-tldr = The request succeeded, and the server deliberately sends no body.

# HTTP 204 No Content: the "What it means" paragraph of the explainer.
http-204-meaning = A `204` ends with its header section: it cannot contain content, and a server must not send `Content-Length` with it (RFC 9110, section 8.6). Its headers still matter, such as an `ETag` or `Last-Modified` describing the resource after a successful `PUT`. A browser that gets `204` for a navigation or form submission stays on the current page and keeps its URL. The response is heuristically cacheable. HTTP/1.1 clients rely on the rule that a `204` has no body to find where the next response on the connection starts, so stray body bytes corrupt the responses that follow.

# HTTP 204 No Content: common cause 1 of 4, an item of the "Common causes" list.
http-204-cause-1 = A `DELETE`, `PUT` or `PATCH` succeeded, and the API has nothing to return.

# HTTP 204 No Content: common cause 2 of 4, an item of the "Common causes" list.
http-204-cause-2 = A CORS preflight `OPTIONS` request was answered with `204` and the `Access-Control-Allow-*` headers.

# HTTP 204 No Content: common cause 3 of 4, an item of the "Common causes" list.
http-204-cause-3 = An analytics beacon, such as one sent with `navigator.sendBeacon`, was accepted by an endpoint that returns nothing.

# HTTP 204 No Content: common cause 4 of 4, an item of the "Common causes" list.
http-204-cause-4 = An operating system probed a known URL, such as `connectivitycheck.gstatic.com/generate_204`, to confirm that the network has open internet access.

# HTTP 204 No Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-204-fix-visitor-1 = Nothing: the action worked, and the page stays as it is because the server had nothing new to show.

# HTTP 204 No Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-1 = Never write a body with `204`, and check that your framework strips one if your code adds it; some servers send the bytes anyway and break the next response on a keep-alive connection.

# HTTP 204 No Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-2 = On the client, check the status before parsing: `response.json()` on a `204` throws, because there is nothing to parse.

# HTTP 204 No Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-3 = Send an `ETag` with a `204` after an update, so that the client can make its next change conditional with `If-Match`.

# HTTP 204 No Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-4 = Do not use `204` for a search or list with no results; return `200` with an empty list, which clients handle the same way as a full one.

# HTTP 204 No Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-204-vs-200 = Send `204` when success needs no body; send `200` when the client expects data back, even an empty list.

# HTTP 204 No Content compared with HTTP 205 Reset Content: when to use which, in the "Related codes" section.
http-204-vs-205 = Send `204` when the client should keep its view as it is; send `205` when it should clear the form or view that made the request.

# HTTP 204 No Content compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-204-vs-304 = `204` ends a successful request that has nothing to return, while `304` answers a conditional `GET` by telling the client to use its cached copy.

## HTTP 205 Reset Content

# HTTP 205 Reset Content: one-line summary at the top of the explainer (TL;DR).
http-205-tldr = The request succeeded, and the client should clear the form or view that sent it.

# HTTP 205 Reset Content: the "What it means" paragraph of the explainer.
http-205-meaning = `205` asks the user agent to reset the document view that made the request, typically emptying a data-entry form so the next record can be typed, without loading a new page. The server must not send content with it, and over HTTP/1.1 it usually marks the empty body with `Content-Length: 0`. Browsers do not reliably reset anything on `205`; in practice they treat it like `204` and leave the page as it is. Applications that want the reset perform it in their own script after a successful request, so the code appears mainly in APIs that map user-interface actions to statuses.

# HTTP 205 Reset Content: common cause 1 of 3, an item of the "Common causes" list.
http-205-cause-1 = A data-entry API tells its client to clear the input form after each saved record.

# HTTP 205 Reset Content: common cause 2 of 3, an item of the "Common causes" list.
http-205-cause-2 = A kiosk or point-of-sale front end uses `205` to return to its start screen after a completed transaction.

# HTTP 205 Reset Content: common cause 3 of 3, an item of the "Common causes" list.
http-205-cause-3 = A developer chose `205` from a framework's status table to mean "saved, clear the form" in a single-page app.

# HTTP 205 Reset Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-205-fix-visitor-1 = Nothing: your entry was saved; clear the form yourself if the page did not do it.

# HTTP 205 Reset Content: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-1 = Send `205` without a body, with `Content-Length: 0` over HTTP/1.1, so the client knows the response is empty.

# HTTP 205 Reset Content: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-2 = Reset the form in client code after a successful response, for example with `form.reset()`, instead of relying on the browser to act on `205`.

# HTTP 205 Reset Content: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-3 = Prefer `204` unless your own client implements the reset, since generic clients and libraries treat both codes alike.

# HTTP 205 Reset Content compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-205-vs-204 = Send `205` when the client should reset the view that made the request; send `204` when it should leave the view unchanged.

# HTTP 205 Reset Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-205-vs-200 = Send `205` when there is nothing to return and the input should be cleared; send `200` when the response carries content to show.

## HTTP 206 Partial Content

# HTTP 206 Partial Content: one-line summary at the top of the explainer (TL;DR).
http-206-tldr = The server is sending only the byte range the client asked for, not the whole file.

# HTTP 206 Partial Content: the "What it means" paragraph of the explainer.
http-206-meaning = A client requests part of a representation with a `Range` header such as `Range: bytes=0-1023`, and the server answers `206` with a `Content-Range` header giving the range and the full length, like `bytes 0-1023/4096`. For several ranges the body is `multipart/byteranges`, and each part carries its own `Content-Range`. Servers advertise support with `Accept-Ranges: bytes`, and a client that resumes a download should send `If-Range` with the `ETag` or `Last-Modified` it holds, so that it receives the whole new file with `200` if the file has changed. A `206` is heuristically cacheable, and caches may combine stored ranges of the same representation.

# HTTP 206 Partial Content: common cause 1 of 4, an item of the "Common causes" list.
http-206-cause-1 = A video or audio player seeks to a position and requests only the bytes from that point on.

# HTTP 206 Partial Content: common cause 2 of 4, an item of the "Common causes" list.
http-206-cause-2 = A download manager, `curl -C -` or `wget -c` resumes an interrupted download from the last byte it received.

# HTTP 206 Partial Content: common cause 3 of 4, an item of the "Common causes" list.
http-206-cause-3 = The browser's PDF viewer loads only the parts of a large PDF needed for the pages on screen.

# HTTP 206 Partial Content: common cause 4 of 4, an item of the "Common causes" list.
http-206-cause-4 = A parallel downloader fetches several ranges of the same file at once over separate connections.

# HTTP 206 Partial Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-206-fix-visitor-1 = Nothing: your browser or player asked for part of the file on purpose, for example to start a video in the middle.

# HTTP 206 Partial Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-1 = Send `Accept-Ranges: bytes` and answer `Range` requests with an exact `Content-Range`; web servers do this for static files, but application code that serves files must implement it or use a helper such as Express's `res.sendFile`.

# HTTP 206 Partial Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-2 = Set `Content-Length` to the size of the returned range, not of the whole file, and check both headers with `curl -v -r 0-99` against the URL.

# HTTP 206 Partial Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-3 = Honour `If-Range`: if its validator does not match the current file, ignore `Range` and send the whole file with `200`, or clients will splice bytes from two versions together.

# HTTP 206 Partial Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-4 = For large media behind a CDN or caching proxy, make sure range requests reach the origin intact or are cached correctly, for example with nginx's `slice` module.

# HTTP 206 Partial Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-206-vs-200 = Send `206` when you return only the requested ranges; send `200` when you ignore `Range`, or `If-Range` no longer matches, and send the whole representation.

# HTTP 206 Partial Content compared with HTTP 416 Range Not Satisfiable: when to use which, in the "Related codes" section.
http-206-vs-416 = Send `206` when at least one requested range overlaps the file; send `416` when none does.

## HTTP 207 Multi-Status

# HTTP 207 Multi-Status: one-line summary at the top of the explainer (TL;DR).
http-207-tldr = A WebDAV response that bundles separate status codes for several resources into one XML body.

# HTTP 207 Multi-Status: the "What it means" paragraph of the explainer.
http-207-meaning = RFC 4918 uses `207` when a single request affects several resources, most often a `PROPFIND` that lists a collection or a `PROPPATCH` that sets several properties. The body is a `DAV:multistatus` XML document with one `response` element per resource, each holding an `href` and either a `status` or `propstat` groups with a status per property. A `207` does not say whether everything worked; the client has to read each entry. When a `DELETE`, `COPY` or `MOVE` on a collection fails only in part, the body lists the members that failed, and resources not mentioned succeeded.

# HTTP 207 Multi-Status: common cause 1 of 4, an item of the "Common causes" list.
http-207-cause-1 = A WebDAV client, such as a file manager, Nextcloud or a CalDAV calendar app, sent `PROPFIND` to list a folder or calendar.

# HTTP 207 Multi-Status: common cause 2 of 4, an item of the "Common causes" list.
http-207-cause-2 = A `DELETE`, `COPY` or `MOVE` of a collection failed for some members, and the server reported each failed member with its own status.

# HTTP 207 Multi-Status: common cause 3 of 4, an item of the "Common causes" list.
http-207-cause-3 = A `PROPPATCH` set several properties, and the server reported the outcome for each one.

# HTTP 207 Multi-Status: common cause 4 of 4, an item of the "Common causes" list.
http-207-cause-4 = A non-WebDAV API borrowed `207` for a batch endpoint that returns one status per item of a bulk request.

# HTTP 207 Multi-Status: what a visitor can do, the only item of "How to fix it (for visitors)".
http-207-fix-visitor-1 = Nothing: your file manager, calendar or sync app reads this combined answer itself.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-1 = Parse the XML and check every `status` element, treating the `207` itself as neither success nor failure; `curl -X PROPFIND -H 'Depth: 1'` against the URL shows the raw body.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-2 = Send `Depth: 0` or `Depth: 1` with `PROPFIND` rather than `infinity`; many servers refuse or limit infinite depth because the response can be huge.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-3 = For a batch API that borrows `207`, document the body format and give each item its status and error in the same shape as single-item responses.

# HTTP 207 Multi-Status compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-207-vs-200 = Send `207` when a request affects several resources with possibly different outcomes; send `200` when one status describes the whole result.

# HTTP 207 Multi-Status compared with HTTP 208 Already Reported: when to use which, in the "Related codes" section.
http-207-vs-208 = `207` is the status of the whole response that carries the multistatus body, while `208` appears inside that body for a collection already listed.

# HTTP 207 Multi-Status compared with HTTP 424 Failed Dependency: when to use which, in the "Related codes" section.
http-207-vs-424 = `207` is the envelope; `424` is a status inside it for an operation that failed only because another one in the same request failed.

## HTTP 208 Already Reported

# HTTP 208 Already Reported: one-line summary at the top of the explainer (TL;DR).
http-208-tldr = Inside a WebDAV multistatus body, marks a collection that was already listed earlier in the same response.

# HTTP 208 Already Reported: the "What it means" paragraph of the explainer.
http-208-meaning = RFC 5842 adds bindings to WebDAV, so one collection can appear under several paths, and a `PROPFIND` with `Depth: infinity` could then list the same members again and again, or forever. A server that supports bindings reports the first binding normally and marks every later binding to the same collection with `208` inside the `207` body, without listing its members again. A client that requests the `DAV:resource-id` property can match those entries with the one reported earlier and rebuild the real structure. The code only occurs in responses to `Depth: infinity` requests, and RFC 5842 is an Experimental RFC that few servers implement.

# HTTP 208 Already Reported: common cause 1 of 3, an item of the "Common causes" list.
http-208-cause-1 = A `PROPFIND` with `Depth: infinity` on a server that supports WebDAV bindings reached a collection it had already reported through another path.

# HTTP 208 Already Reported: common cause 2 of 3, an item of the "Common causes" list.
http-208-cause-2 = An administrator bound the same collection into several places, for example a shared project folder linked into each member's home collection.

# HTTP 208 Already Reported: common cause 3 of 3, an item of the "Common causes" list.
http-208-cause-3 = A binding makes a collection contain one of its own ancestors, and the server reports the repeat with `208` rather than failing the request.

# HTTP 208 Already Reported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-208-fix-visitor-1 = Nothing: this status only appears inside a file listing that your WebDAV client reads for you.

# HTTP 208 Already Reported: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-1 = Request `DAV:resource-id` in the `PROPFIND` body so that your client can match each `208` entry with the collection listed earlier.

# HTTP 208 Already Reported: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-2 = Treat `208` entries as successful and already described, and do not expect their members to be listed again.

# HTTP 208 Already Reported: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-3 = On the server side, emit `208` only inside a `207` body and only for `Depth: infinity` requests, never as the status of a whole response.

# HTTP 208 Already Reported compared with HTTP 207 Multi-Status: when to use which, in the "Related codes" section.
http-208-vs-207 = `208` is an entry within a `207` body for a repeated collection, while `207` is the status of the whole response.

# HTTP 208 Already Reported compared with HTTP 508 Loop Detected: when to use which, in the "Related codes" section.
http-208-vs-508 = Send `208` to report a repeated binding and keep the listing going; send `508` only when a loop makes the whole operation fail.

## HTTP 226 IM Used

# HTTP 226 IM Used: one-line summary at the top of the explainer (TL;DR).
http-226-tldr = The server answered with a delta or another transformation of the resource, as the client requested with `A-IM`.

# HTTP 226 IM Used: the "What it means" paragraph of the explainer.
http-226-meaning = RFC 3229 defines delta encoding for HTTP: a client that holds a cached version sends `A-IM` with the instance manipulations it accepts, such as `diffe`, `vcdiff` or `gzip`, and `If-None-Match` with the `ETag` of its copy. If the server can compute a delta against that version, it answers `226` with an `IM` header naming the manipulations applied and usually a `Delta-Base` header naming the base `ETag`. The body is not the resource but the instructions for rebuilding it, and the client applies them to its cached copy to obtain the current version identified by the response's `ETag`. A new status code was chosen so that caches unaware of RFC 3229 would not mistake a delta for the full resource; the mechanism nevertheless saw little use beyond some feed servers.

# HTTP 226 IM Used: common cause 1 of 3, an item of the "Common causes" list.
http-226-cause-1 = A feed reader sent `A-IM: feed`, and the server returned only the entries added since the version the reader already had.

# HTTP 226 IM Used: common cause 2 of 3, an item of the "Common causes" list.
http-226-cause-2 = A client or sync tool that implements RFC 3229 requested a `vcdiff` or `diffe` delta of a large document it had cached.

# HTTP 226 IM Used: common cause 3 of 3, an item of the "Common causes" list.
http-226-cause-3 = A pair of cooperating caching proxies uses delta encoding to save bandwidth on a slow or expensive link.

# HTTP 226 IM Used: what a visitor can do, the only item of "How to fix it (for visitors)".
http-226-fix-visitor-1 = Nothing: your feed reader or app rebuilt the current version from its stored copy by itself.

# HTTP 226 IM Used: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-1 = Return `226` only when the request carries `A-IM` with a manipulation you support and `If-None-Match` names a base version you still have; otherwise send a full `200`.

# HTTP 226 IM Used: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-2 = Include `IM`, the new `ETag` and `Delta-Base` so that the client can check it applies the delta to the right version.

# HTTP 226 IM Used: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-3 = For web assets, look at Compression Dictionary Transport (`Use-As-Dictionary` and `Available-Dictionary`), which Chromium-based browsers support and which achieves delta-like savings with ordinary `200` responses.

# HTTP 226 IM Used compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-226-vs-200 = Send `226` when the body is a delta or transformation the client asked for with `A-IM`; send `200` when it is the complete representation.

# HTTP 226 IM Used compared with HTTP 206 Partial Content: when to use which, in the "Related codes" section.
http-226-vs-206 = `206` returns a byte range of the current representation, while `226` returns instructions for turning an older cached version into the current one.

# HTTP 226 IM Used compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-226-vs-304 = Send `304` when the client's cached copy is still current; send `226` when it is outdated and you can send just the difference.

## HTTP 300 Multiple Choices

# HTTP 300 Multiple Choices: one-line summary at the top of the explainer (TL;DR).
http-300-tldr = The resource exists in several variants, and the client is asked to pick one.

# HTTP 300 Multiple Choices: the "What it means" paragraph of the explainer.
http-300-meaning = With `300` the server lists alternatives, such as formats or languages, instead of choosing one through proactive negotiation on `Accept` and `Accept-Language`. HTTP defines no standard format for the list, so the body is usually an HTML page or a JSON document with links, and a user agent can choose automatically only if it understands that format. A server with a preference should put that URI in `Location`, and some clients follow it automatically. A `300` is heuristically cacheable. Few sites send it, because choosing a variant on the server, or offering plain links, is simpler for clients.

# HTTP 300 Multiple Choices: common cause 1 of 3, an item of the "Common causes" list.
http-300-cause-1 = Apache's `mod_speling` with `CheckSpelling On` found several files close to a mistyped URL and listed them.

# HTTP 300 Multiple Choices: common cause 2 of 3, an item of the "Common causes" list.
http-300-cause-2 = Apache's `mod_negotiation` with `MultiViews` found several equally acceptable variants and had no `ForceLanguagePriority` setting to break the tie.

# HTTP 300 Multiple Choices: common cause 3 of 3, an item of the "Common causes" list.
http-300-cause-3 = An API exposes the same report as JSON, CSV and PDF at separate URIs and answers the generic URI with the list.

# HTTP 300 Multiple Choices: what a visitor can do, the only item of "How to fix it (for visitors)".
http-300-fix-visitor-1 = Choose one of the listed versions, such as the language or file format you want.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-1 = Put the preferred variant's URI in `Location` and list every variant with its media type or language in the body, so that both programs and people can proceed.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-2 = On Apache, set `ForceLanguagePriority Prefer Fallback` together with `LanguagePriority`, so that `MultiViews` picks a language instead of answering `300`.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-3 = Prefer proactive negotiation with `Vary: Accept`, or separate URIs per format, because few HTTP clients know what to do with a `300`.

# HTTP 300 Multiple Choices compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-300-vs-301 = Send `300` when several variants are equally valid and the client should choose; send `301` when there is exactly one new address.

# HTTP 300 Multiple Choices compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-300-vs-302 = Send `300` to offer a choice of representations; send `302` to send the client to a single temporary location.

# HTTP 300 Multiple Choices compared with HTTP 406 Not Acceptable: when to use which, in the "Related codes" section.
http-300-vs-406 = Send `300` when you offer the client a list of variants to choose from; send `406` when none of your variants matches what the client said it accepts.

## HTTP 301 Moved Permanently

# HTTP 301 Moved Permanently: one-line summary at the top of the explainer (TL;DR).
http-301-tldr = The page has moved for good to the address in the `Location` header.

# HTTP 301 Moved Permanently: the "What it means" paragraph of the explainer.
http-301-meaning = `301` tells clients that the target has a new permanent URI and that stored references to the old one should be updated. Browsers follow `Location` automatically and, since the response is heuristically cacheable, often remember the redirect for a long time, so a mistaken `301` keeps working in visitors' browsers after you remove it from the server. Search engines move the old URL's indexing and ranking signals to the new one. For historical reasons user agents may change a `POST` into a `GET` when following it, and browsers do; `308` is the permanent redirect that keeps the method and body.

# HTTP 301 Moved Permanently: common cause 1 of 4, an item of the "Common causes" list.
http-301-cause-1 = A site moved from HTTP to HTTPS, or from `example.com` to `www.example.com`, and the server redirects every old URL.

# HTTP 301 Moved Permanently: common cause 2 of 4, an item of the "Common causes" list.
http-301-cause-2 = A page or post was renamed, and the CMS or a rewrite rule sends the old slug to the new one.

# HTTP 301 Moved Permanently: common cause 3 of 4, an item of the "Common causes" list.
http-301-cause-3 = The server adds a missing trailing slash to a directory URL, as Apache's `mod_dir` does with `DirectorySlash On`.

# HTTP 301 Moved Permanently: common cause 4 of 4, an item of the "Common causes" list.
http-301-cause-4 = A brand moved to a new domain, and the old domain permanently redirects to it.

# HTTP 301 Moved Permanently: what a visitor can do, the only item of "How to fix it (for visitors)".
http-301-fix-visitor-1 = Nothing: your browser follows the redirect by itself; update your bookmark to the new address.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-1 = Redirect each old URL to its exact new counterpart rather than to the home page, and avoid chains by going from the old URL to the final one in a single hop.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-2 = Test with `curl -I` and a short `Cache-Control: max-age` first, because browsers cache a `301` hard and only clearing their cache undoes it.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-3 = Use `308` instead for API endpoints and any URL that receives `POST`, `PUT` or `DELETE`, so that the method and body survive the redirect.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-4 = Prefer simple rules, such as `return 301 https://$host$request_uri;` in nginx or `Redirect permanent /old /new` in Apache, over regular-expression rewrites where they suffice.

# HTTP 301 Moved Permanently compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-301-vs-302 = Use `301` when the old URL will never be valid again; use `302` when the move is temporary and clients should keep the original URL.

# HTTP 301 Moved Permanently compared with HTTP 308 Permanent Redirect: when to use which, in the "Related codes" section.
http-301-vs-308 = Use `301` for ordinary page moves reached with `GET`; use `308` when the method and body must be kept, as for API calls.

# HTTP 301 Moved Permanently compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-301-vs-410 = Use `301` when the content lives on at a new address; use `410` when it was removed and has no replacement.

## HTTP 302 Found

# HTTP 302 Found: one-line summary at the top of the explainer (TL;DR).
http-302-tldr = The resource is temporarily somewhere else; follow `Location` now, but keep using the original address.

# HTTP 302 Found: the "What it means" paragraph of the explainer.
http-302-meaning = `302` sends the client to the URI in `Location` for this request only; the original URI remains the one to bookmark and index. It is not cacheable unless `Cache-Control` or `Expires` explicitly allows it. HTTP/1.0 meant the method to be kept, but browsers changed `POST` to `GET` when following a `302`, and RFC 9110 now permits that; use `303` when you want the switch to `GET` and `307` when the method must be kept. `fetch` and `XMLHttpRequest` follow it transparently, so scripts see only the final response unless `fetch` is called with `redirect: 'manual'`.

# HTTP 302 Found: common cause 1 of 4, an item of the "Common causes" list.
http-302-cause-1 = A login wall redirects an anonymous visitor to the sign-in page with a `next` or `returnUrl` parameter.

# HTTP 302 Found: common cause 2 of 4, an item of the "Common causes" list.
http-302-cause-2 = A single sign-on flow, such as OAuth 2.0 or SAML, bounces the browser between the application and the identity provider.

# HTTP 302 Found: common cause 3 of 4, an item of the "Common causes" list.
http-302-cause-3 = A load balancer or A/B test sends some users to another host or page variant for a while.

# HTTP 302 Found: common cause 4 of 4, an item of the "Common causes" list.
http-302-cause-4 = A framework's redirect helper, such as Express's `res.redirect()`, Flask's `redirect()` or Django's `redirect()`, uses `302` unless told otherwise.

# HTTP 302 Found: what a visitor can do, the only item of "How to fix it (for visitors)".
http-302-fix-visitor-1 = Nothing: your browser follows the redirect; if you end up in a loop of sign-in pages, clear the site's cookies and sign in again.

# HTTP 302 Found: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-1 = Choose the redirect code deliberately instead of taking the framework default: `303` after a form `POST`, `307` for a temporary move of an API, `301` or `308` for permanent moves.

# HTTP 302 Found: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-2 = Validate redirect targets taken from parameters such as `next` against a list of allowed paths or hosts, or the endpoint becomes an open redirect used for phishing.

# HTTP 302 Found: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-3 = Debug redirect loops with `curl -sIL` or the browser's Network panel with "Preserve log" on, checking which response sets the cookie that the next request lacks.

# HTTP 302 Found: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-4 = Behind a TLS-terminating proxy, make the application trust `X-Forwarded-Proto` so that it builds `Location` with `https`, not `http`.

# HTTP 302 Found compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-302-vs-301 = Send `302` while the original URL remains the right one to use; send `301` once the move is permanent.

# HTTP 302 Found compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-302-vs-303 = Send `303` after a form submission to show a result page with `GET`; reserve `302` for general temporary redirects where the method does not matter.

# HTTP 302 Found compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-302-vs-307 = Send `307` when the redirected request must keep its method and body; `302` lets browsers turn a `POST` into a `GET`.

## HTTP 303 See Other

# HTTP 303 See Other: one-line summary at the top of the explainer (TL;DR).
http-303-tldr = The server points the client to another URI, to be fetched with `GET`, that shows the result of its request.

# HTTP 303 See Other: the "What it means" paragraph of the explainer.
http-303-meaning = `303` separates an action from its result: whatever the original method, the client follows `Location` with `GET` (or `HEAD`), so the `POST` is never repeated. This is the Post/Redirect/Get pattern: after a form submission the browser lands on a result page, and reloading it or going back does not submit the form again. In answer to a `GET`, `303` has another use in linked data: it says that the requested URI names something that cannot be transferred, such as a person, and that `Location` points to a document describing it. A `303` is not cacheable unless its headers explicitly allow it.

# HTTP 303 See Other: common cause 1 of 4, an item of the "Common causes" list.
http-303-cause-1 = A web form posted an order, comment or payment, and the server redirects the browser to a confirmation page.

# HTTP 303 See Other: common cause 2 of 4, an item of the "Common causes" list.
http-303-cause-2 = The status resource of a finished asynchronous job sends the client to the job's result.

# HTTP 303 See Other: common cause 3 of 4, an item of the "Common causes" list.
http-303-cause-3 = A linked-data server redirects from the URI of a real-world thing to a document about it.

# HTTP 303 See Other: common cause 4 of 4, an item of the "Common causes" list.
http-303-cause-4 = A logout or another state-changing `POST` finishes by sending the browser back to the home page.

# HTTP 303 See Other: what a visitor can do, the only item of "How to fix it (for visitors)".
http-303-fix-visitor-1 = Nothing: your browser opens the result page by itself, and reloading it will not submit the form again.

# HTTP 303 See Other: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-1 = After every successful form `POST`, answer `303` with the result page in `Location` instead of rendering HTML directly, so that reloads do not repeat the action.

# HTTP 303 See Other: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-2 = Pass the outcome to the result page through its URI or the session, for example as a flash message, since the follow-up `GET` carries no body.

# HTTP 303 See Other: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-3 = Ask for `303` explicitly where the framework defaults to something else, such as `redirect(url, code=303)` in Flask or `RedirectResponse(url, status_code=303)` in FastAPI, whose default is `307`.

# HTTP 303 See Other: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-4 = In Rails with Hotwire Turbo, redirect after non-`GET` form submissions with `redirect_to path, status: :see_other`, which Turbo expects.

# HTTP 303 See Other compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-303-vs-302 = `303` always makes the client switch to `GET`, whereas with `302` the change depends on client habits, so prefer `303` after form posts.

# HTTP 303 See Other compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-303-vs-307 = `303` turns the follow-up request into a `GET`; `307` repeats the same method and body at the new URI.

# HTTP 303 See Other compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-303-vs-201 = An API answering a `POST` sends `201` with `Location` and the new resource; a browser form gets `303` to a page it can display.

## HTTP 304 Not Modified

# HTTP 304 Not Modified: one-line summary at the top of the explainer (TL;DR).
http-304-tldr = Your cached copy is still current, so the server sends no body and the client reuses what it has.

# HTTP 304 Not Modified: the "What it means" paragraph of the explainer.
http-304-meaning = A `304` answers a conditional `GET` or `HEAD` whose `If-None-Match` or `If-Modified-Since` still matches the current representation; `If-None-Match` takes precedence when both are present. The response has no content, but the server must include the headers a `200` would have carried among `Cache-Control`, `Content-Location`, `Date`, `ETag`, `Expires` and `Vary`, and the client updates its stored response with them. Only the headers travel, which saves bandwidth but not the round trip; a long `max-age` or `immutable` avoids the request altogether. In browsers, a page's `fetch` normally sees the cached `200` rather than the `304`, because the HTTP cache handles the revalidation.

# HTTP 304 Not Modified: common cause 1 of 4, an item of the "Common causes" list.
http-304-cause-1 = The browser revalidates a cached stylesheet, image or page with `If-None-Match`, and the file has not changed.

# HTTP 304 Not Modified: common cause 2 of 4, an item of the "Common causes" list.
http-304-cause-2 = The user reloaded a page, which makes the browser revalidate its cached resources instead of using them silently.

# HTTP 304 Not Modified: common cause 3 of 4, an item of the "Common causes" list.
http-304-cause-3 = A CDN revalidates its stored copy with the origin, and the origin confirms that it is still current.

# HTTP 304 Not Modified: common cause 4 of 4, an item of the "Common causes" list.
http-304-cause-4 = A validator never changes because it is computed wrongly, so clients keep getting `304` and show stale content after a deployment.

# HTTP 304 Not Modified: what a visitor can do, the only item of "How to fix it (for visitors)".
http-304-fix-visitor-1 = Nothing: your browser reused its saved copy; if a page looks out of date, force a full reload with Ctrl+Shift+R, or Cmd+Shift+R on a Mac.

# HTTP 304 Not Modified: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-1 = Derive the `ETag` from the content or a version number so that it changes whenever the body does, and make it identical on every server behind the load balancer.

# HTTP 304 Not Modified: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-2 = Compare `If-None-Match` values with weak comparison, as RFC 9110 requires, since nginx, for example, turns a strong `ETag` into a weak `W/` one when it compresses a response.

# HTTP 304 Not Modified: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-3 = Fingerprint static asset names, such as `app.3f9c2.js`, and serve them with `Cache-Control: max-age=31536000, immutable`, so that browsers skip revalidation and the `304` entirely.

# HTTP 304 Not Modified: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-4 = Check conditional handling with `curl -I -H 'If-None-Match: "33a64df5"'` against the URL; a `200` with that same `ETag` means your server ignores the condition.

# HTTP 304 Not Modified compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-304-vs-200 = Send `304` when the client's validator matches the current version; send `200` with the full body when it does not or when the request was not conditional.

# HTTP 304 Not Modified compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-304-vs-412 = `304` answers a conditional `GET` or `HEAD` whose cached copy is current, while `412` rejects a conditional request, usually a write, whose precondition is false.

## HTTP 305 Use Proxy

# HTTP 305 Use Proxy: one-line summary at the top of the explainer (TL;DR).
http-305-tldr = Deprecated: it once told the client to repeat the request through a given proxy, and clients no longer obey it.

# HTTP 305 Use Proxy: the "What it means" paragraph of the explainer.
http-305-meaning = `305` named, in `Location`, a proxy through which the client should access the resource. Letting any server reroute a client's traffic through a proxy of its choosing is a security hazard, so RFC 7231 deprecated the code, RFC 9110 keeps it only as deprecated, and browsers do not honour it. Proxy selection belongs to the client's own configuration, such as system settings, a PAC file or the `HTTP_PROXY` environment variable. Servers should not send it, and clients should not act on it.

# HTTP 305 Use Proxy: common cause 1 of 3, an item of the "Common causes" list.
http-305-cause-1 = A legacy server or appliance configured in the HTTP/1.0 era still answers some requests with `305`.

# HTTP 305 Use Proxy: common cause 2 of 3, an item of the "Common causes" list.
http-305-cause-2 = A custom application misused `305` to mean "use the proxy" instead of configuring its clients.

# HTTP 305 Use Proxy: common cause 3 of 3, an item of the "Common causes" list.
http-305-cause-3 = A security scanner or test suite sends `305` on purpose to check that clients refuse to follow it.

# HTTP 305 Use Proxy: what a visitor can do, the only item of "How to fix it (for visitors)".
http-305-fix-visitor-1 = Nothing useful: your browser will not use the proxy named in the response; if you need a proxy, set it in your system or browser settings.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-1 = Remove `305` from server code and configuration; if clients must use a proxy, distribute the setting through a PAC file, WPAD or device management.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-2 = In HTTP clients, never switch proxies because a response said so; treat `305` as an unhandled `3xx` and do not follow it.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-3 = If an old appliance sends it, update or reconfigure the appliance, and use `307` or `308` where a real redirect is meant.

# HTTP 305 Use Proxy compared with HTTP 306 (Unused): when to use which, in the "Related codes" section.
http-305-vs-306 = `305` was defined and later deprecated, while `306` only ever existed in a draft and is now merely reserved.

# HTTP 305 Use Proxy compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-305-vs-407 = `305` tried to tell clients which proxy to use and is obsolete, while `407` comes from a proxy the client already uses and asks for credentials.

## HTTP 306 (Unused)

# HTTP 306 (Unused): one-line summary at the top of the explainer (TL;DR).
http-306-tldr = Unused: reserved because an early HTTP/1.1 draft used it, and no server should send it.

# HTTP 306 (Unused): the "What it means" paragraph of the explainer.
http-306-meaning = A draft of HTTP/1.1 defined this code as Switch Proxy, telling clients to send later requests through a named proxy, and the idea was dropped before publication. RFC 9110 lists the code as reserved, with no meaning, so that it is never assigned to something else. A client that receives it must handle it as an unrecognised `3xx`, which means treating it like `300`: no automatic redirect.

# HTTP 306 (Unused): common cause 1 of 3, an item of the "Common causes" list.
http-306-cause-1 = A misconfigured or hand-written server emits `306` because a developer found it in an old list of status codes.

# HTTP 306 (Unused): common cause 2 of 3, an item of the "Common causes" list.
http-306-cause-2 = A framework or library still lists `306` under the name Switch Proxy, and code picked it by mistake.

# HTTP 306 (Unused): common cause 3 of 3, an item of the "Common causes" list.
http-306-cause-3 = A testing or fuzzing tool sends unusual status codes to see how clients handle an unknown `3xx`.

# HTTP 306 (Unused): what a visitor can do, the only item of "How to fix it (for visitors)".
http-306-fix-visitor-1 = Nothing: this status has no meaning, so the page or app is misconfigured; tell the site's owner.

# HTTP 306 (Unused): what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-306-fix-developer-1 = Replace `306` with the code you meant, usually `307` for a temporary redirect that keeps the method.

# HTTP 306 (Unused): what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-306-fix-developer-2 = In clients, fall back to `300` behaviour for unknown `3xx` codes and do not follow their `Location` automatically.

# HTTP 306 (Unused) compared with HTTP 305 Use Proxy: when to use which, in the "Related codes" section.
http-306-vs-305 = Both concern proxies and neither should be sent: `305` is deprecated, and `306` never had a meaning in a published specification.

# HTTP 306 (Unused) compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-306-vs-307 = Use `307` for a temporary redirect; `306`, just before it in the registry, is only a reserved placeholder.

## HTTP 307 Temporary Redirect

# HTTP 307 Temporary Redirect: one-line summary at the top of the explainer (TL;DR).
http-307-tldr = A temporary redirect that must repeat the same method and body at the new address.

# HTTP 307 Temporary Redirect: the "What it means" paragraph of the explainer.
http-307-meaning = `307` sends the client to the URI in `Location` for this request, and unlike `302` it forbids changing the method: a `POST` is sent again as a `POST` with the same content, a `DELETE` as a `DELETE`. The original URI stays valid for later requests, and the response is not cacheable unless its headers say so. Browsers resend the body to the new location without asking the user, so the target receives everything the original would have. Chrome's developer tools also show a `307 Internal Redirect` when the browser itself upgrades a URL to HTTPS because of HSTS; that response never came from the server.

# HTTP 307 Temporary Redirect: common cause 1 of 4, an item of the "Common causes" list.
http-307-cause-1 = The site is on the HSTS list, so Chrome upgrades `http://` to `https://` by itself and DevTools shows a `307 Internal Redirect` that never reached the server.

# HTTP 307 Temporary Redirect: common cause 2 of 4, an item of the "Common causes" list.
http-307-cause-2 = An API endpoint moved for a while, for example during a migration, and `POST` and `PUT` calls must keep working through the redirect.

# HTTP 307 Temporary Redirect: common cause 3 of 4, an item of the "Common causes" list.
http-307-cause-3 = A load balancer or maintenance mode temporarily sends requests to another region or host.

# HTTP 307 Temporary Redirect: common cause 4 of 4, an item of the "Common causes" list.
http-307-cause-4 = FastAPI's `RedirectResponse`, and the automatic trailing-slash redirect of Starlette and FastAPI, use `307` by default.

# HTTP 307 Temporary Redirect: what a visitor can do, the only item of "How to fix it (for visitors)".
http-307-fix-visitor-1 = Nothing: your browser resends the request to the temporary address by itself.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-1 = Use `307` instead of `302` whenever the request may carry a body, such as API writes, uploads and form posts that the target must receive unchanged.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-2 = Call the canonical URL, with its exact scheme and trailing slash, from your own clients, because each `307` repeats the upload and costs a round trip.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-3 = Remember that browsers, curl and most libraries drop the `Authorization` header when a redirect leads to another host, so a cross-host `307` of an authenticated call often ends in `401`.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-4 = To understand a `307 Internal Redirect` in Chrome, look up the host at `chrome://net-internals/#hsts`; it comes from the browser's HSTS list, not from your server.

# HTTP 307 Temporary Redirect compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-307-vs-302 = Send `307` when the method and body must be kept; `302` allows clients to turn `POST` into `GET`.

# HTTP 307 Temporary Redirect compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-307-vs-303 = Send `307` to repeat the same request elsewhere; send `303` to make the client fetch a result page with `GET`.

# HTTP 307 Temporary Redirect compared with HTTP 308 Permanent Redirect: when to use which, in the "Related codes" section.
http-307-vs-308 = Send `307` when the move is temporary and clients should keep the old URI; send `308` when the new URI replaces it for good.

## HTTP 308 Permanent Redirect

# HTTP 308 Permanent Redirect: one-line summary at the top of the explainer (TL;DR).
http-308-tldr = A permanent redirect that, unlike `301`, requires the client to keep the method and body.

# HTTP 308 Permanent Redirect: the "What it means" paragraph of the explainer.
http-308-meaning = `308` says that the target has a new permanent URI in `Location`, that clients should update their links, and that the redirected request must use the same method and content. Like `301` it is heuristically cacheable, so browsers may remember it. First defined in RFC 7538 and now part of RFC 9110, it works in all current browsers and common HTTP libraries; only very old clients, such as Internet Explorer 11 on Windows 7, fail to follow it. Search engines treat it like `301` for indexing.

# HTTP 308 Permanent Redirect: common cause 1 of 3, an item of the "Common causes" list.
http-308-cause-1 = An API moved permanently to a new version or host, and its `POST`, `PUT` and `DELETE` calls must keep working.

# HTTP 308 Permanent Redirect: common cause 2 of 3, an item of the "Common causes" list.
http-308-cause-2 = Next.js and Vercel answer redirects configured with `permanent: true`, and their trailing-slash normalisation, with `308`.

# HTTP 308 Permanent Redirect: common cause 3 of 3, an item of the "Common causes" list.
http-308-cause-3 = A host or CDN forces HTTPS with a method-preserving redirect, so form posts to the old `http://` URL survive.

# HTTP 308 Permanent Redirect: what a visitor can do, the only item of "How to fix it (for visitors)".
http-308-fix-visitor-1 = Nothing: your browser goes to the new address; update any bookmark that points to the old one.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-1 = Use `308` for permanent moves of API endpoints and any URL that receives writes, and keep `301` for plain pages only if you must support very old clients.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-2 = Try the redirect with a short cache lifetime first, because once browsers cache a `308` you cannot easily take it back.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-3 = Update API clients, SDKs and webhook configurations to call the new URI directly, since every redirected request sends its body twice.

# HTTP 308 Permanent Redirect compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-308-vs-301 = Use `308` when clients must resend the same method and body; `301` lets browsers turn a `POST` into a `GET`.

# HTTP 308 Permanent Redirect compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-308-vs-307 = Use `308` when the new URI is permanent; use `307` when clients should come back to the original URI later.

## HTTP 400 Bad Request

# HTTP 400 Bad Request: one-line summary at the top of the explainer (TL;DR).
http-400-tldr = The server could not process the request because something in it is malformed or invalid.

# HTTP 400 Bad Request: the "What it means" paragraph of the explainer.
http-400-meaning = `400` is the generic client-error status: the request line, a header or the body breaks the syntax or framing rules, or the request is otherwise invalid in a way the server will not handle. The client should not send the same request again without changing it. Servers use it for problems that have no more specific code, such as an invalid `Host` header, a request carrying both `Content-Length` and `Transfer-Encoding`, or a body that does not parse as its declared `Content-Type`. A body in the problem details format of RFC 9457 (`application/problem+json`) that names the faulty part spares the client guesswork. When a specific code applies, such as `413`, `414`, `415`, `422` or `431`, it tells the client more.

# HTTP 400 Bad Request: common cause 1 of 5, an item of the "Common causes" list.
http-400-cause-1 = The JSON or XML body is malformed, for example because of a trailing comma or an unescaped quote, or it is in a different character encoding than declared.

# HTTP 400 Bad Request: common cause 2 of 5, an item of the "Common causes" list.
http-400-cause-2 = A plain HTTP request reached a port that nginx serves with HTTPS, which nginx reports as "The plain HTTP request was sent to HTTPS port".

# HTTP 400 Bad Request: common cause 3 of 5, an item of the "Common causes" list.
http-400-cause-3 = The cookies or other headers do not fit nginx's `large_client_header_buffers`, and nginx answers "400 Request Header Or Cookie Too Large" rather than `431`.

# HTTP 400 Bad Request: common cause 4 of 5, an item of the "Common causes" list.
http-400-cause-4 = A URL contains invalid characters or a broken percent-encoding, such as a raw space or a `%` not followed by two hexadecimal digits.

# HTTP 400 Bad Request: common cause 5 of 5, an item of the "Common causes" list.
http-400-cause-5 = An OAuth 2.0 token endpoint rejected the request with `invalid_request` or `invalid_grant`, errors that RFC 6749 reports with `400`.

# HTTP 400 Bad Request: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-1 = Check the address for typos or unusual characters, and type it again rather than pasting it.

# HTTP 400 Bad Request: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-2 = Clear this site's cookies and cached files, since an oversized or damaged cookie often triggers this error.

# HTTP 400 Bad Request: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-3 = If it happened after you submitted a form, go back, check what you entered and submit again.

# HTTP 400 Bad Request: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-1 = Read the server log at the time of the error: frameworks log the parsing exception, and nginx records the reason, such as "client sent invalid header line", once `error_log` is set to the `info` level.

# HTTP 400 Bad Request: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-2 = Return a problem details body that names the field or header at fault, so that client developers can fix requests without access to your logs.

# HTTP 400 Bad Request: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-3 = Reproduce with `curl -v --data-binary @body.json -H 'Content-Type: application/json'` to see exactly what is sent, and check the body with `jq . body.json` before suspecting the server.

# HTTP 400 Bad Request: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-4 = Use the specific codes where they apply: `415` for an unsupported `Content-Type`, `422` for a well-formed body that fails validation, `431` for oversized headers.

# HTTP 400 Bad Request compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-400-vs-401 = Send `400` when the request itself is malformed; send `401` when it is well-formed but lacks valid credentials.

# HTTP 400 Bad Request compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-400-vs-415 = Send `415` when the body's media type is one you do not accept at all; send `400` when it is in the right type but does not parse.

# HTTP 400 Bad Request compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-400-vs-422 = Send `400` for a body that cannot be parsed; send `422` for a body that parses but breaks your validation rules.

## HTTP 401 Unauthorized

# HTTP 401 Unauthorized: one-line summary at the top of the explainer (TL;DR).
http-401-tldr = You need to authenticate, or the credentials you sent were rejected; the `WWW-Authenticate` header says how to authenticate.

# HTTP 401 Unauthorized: the "What it means" paragraph of the explainer.
http-401-meaning = `401` means the request lacks valid authentication credentials for the target; the server must send at least one challenge in `WWW-Authenticate`, such as `Basic realm="api"` or `Bearer error="invalid_token"`, and the client may retry with an `Authorization` header. If the request already carried credentials, the `401` says they were refused, for example because a token expired or was revoked. With a `Basic` or `Digest` challenge, browsers show their built-in sign-in dialog; with `Bearer` tokens, the application handles the retry itself, usually by refreshing its access token first. Despite the reason phrase, the code is about authentication: a client whose identity is known but who lacks permission gets `403`.

# HTTP 401 Unauthorized: common cause 1 of 5, an item of the "Common causes" list.
http-401-cause-1 = The access token or session cookie expired, and the client sent it without refreshing it.

# HTTP 401 Unauthorized: common cause 2 of 5, an item of the "Common causes" list.
http-401-cause-2 = The `Authorization` header never reached the application, because Apache with `mod_wsgi` or a CGI or FastCGI setup drops it unless configured with `WSGIPassAuthorization On` or `CGIPassAuth On`.

# HTTP 401 Unauthorized: common cause 3 of 5, an item of the "Common causes" list.
http-401-cause-3 = The client's or server's clock is wrong, so a JWT looks expired or not yet valid according to its `exp` and `nbf` claims.

# HTTP 401 Unauthorized: common cause 4 of 5, an item of the "Common causes" list.
http-401-cause-4 = A redirect to another host dropped the `Authorization` header, which browsers, curl and most libraries do on purpose.

# HTTP 401 Unauthorized: common cause 5 of 5, an item of the "Common causes" list.
http-401-cause-5 = The token was issued for another audience or environment, such as a staging token sent to production.

# HTTP 401 Unauthorized: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-401-fix-visitor-1 = Sign in again; your session may have expired.

# HTTP 401 Unauthorized: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-401-fix-visitor-2 = If the sign-in dialog keeps coming back, check your username and password, and remove saved credentials for this site from the browser.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 1 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-1 = Send a `WWW-Authenticate` header on every `401`, as the specification requires; for OAuth bearer tokens, include `error="invalid_token"` and an `error_description`.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 2 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-2 = Decode the token and check `exp`, `nbf`, `aud` and `iss` against what the server expects, and keep server clocks synchronised with NTP.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 3 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-3 = Confirm that the header reaches your code by logging the request headers in the application, and check proxy and CGI settings that strip `Authorization`.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 4 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-4 = Answer CORS preflight `OPTIONS` requests without requiring credentials, because browsers never send `Authorization` on a preflight and a `401` there blocks the real request.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 5 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-5 = Return `403` with `error="insufficient_scope"` when the token is valid but lacks the required scope, as RFC 6750 specifies.

# HTTP 401 Unauthorized compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-401-vs-403 = Send `401` when the client has not proved who it is; send `403` when you know who it is and it is not allowed.

# HTTP 401 Unauthorized compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-401-vs-407 = `401` comes from the origin server and uses `WWW-Authenticate` and `Authorization`; `407` comes from a proxy and uses `Proxy-Authenticate` and `Proxy-Authorization`.

# HTTP 401 Unauthorized compared with HTTP 511 Network Authentication Required: when to use which, in the "Related codes" section.
http-401-vs-511 = `401` asks for credentials for the site the user requested; `511` comes from the local network, which wants the user to sign in before reaching any site.

## HTTP 402 Payment Required

# HTTP 402 Payment Required: one-line summary at the top of the explainer (TL;DR).
http-402-tldr = Reserved for future use by HTTP; some services use it to say that a payment or a paid plan is needed.

# HTTP 402 Payment Required: the "What it means" paragraph of the explainer.
http-402-meaning = RFC 9110 reserves `402` without defining its semantics, headers or client behaviour, so browsers handle it like any other `4xx`. APIs give it their own meaning: Stripe, for example, returns `402` when valid parameters lead to a failed request such as a declined card, and other services use it for lapsed subscriptions or exhausted paid quotas. Because nothing about it is standard, the body must carry the explanation, and client developers must rely on each API's documentation. Proposals for a machine-readable payment flow built on `402` exist, but none is part of HTTP.

# HTTP 402 Payment Required: common cause 1 of 4, an item of the "Common causes" list.
http-402-cause-1 = A payment API refused a charge, for example because the card was declined or expired.

# HTTP 402 Payment Required: common cause 2 of 4, an item of the "Common causes" list.
http-402-cause-2 = The account's subscription or trial ended, and the service blocks paid features until billing is fixed.

# HTTP 402 Payment Required: common cause 3 of 4, an item of the "Common causes" list.
http-402-cause-3 = The paid usage quota of an API plan ran out for the current billing period.

# HTTP 402 Payment Required: common cause 4 of 4, an item of the "Common causes" list.
http-402-cause-4 = A paywalled content service requires a purchase or subscription for this article or file.

# HTTP 402 Payment Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-402-fix-visitor-1 = Check your subscription and payment method in the account's billing settings, and replace an expired card.

# HTTP 402 Payment Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-402-fix-visitor-2 = If you believe you have already paid, contact the service's support with the message shown on the page.

# HTTP 402 Payment Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-1 = Document exactly when your API returns `402` and what the body contains, such as an error code, the plan limit and a billing URL.

# HTTP 402 Payment Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-2 = In clients, handle `402` per API by reading the error code in the body, such as Stripe's `decline_code`, rather than the status alone.

# HTTP 402 Payment Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-3 = Consider `403` with a clear error code for plan restrictions, since generic clients and proxies know how to treat it.

# HTTP 402 Payment Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-402-vs-401 = Send `401` when the caller is not authenticated; send `402` only for a documented, payment-related refusal to an authenticated caller.

# HTTP 402 Payment Required compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-402-vs-403 = `403` is the standard refusal for a known caller without access; `402` is a non-standard variant some APIs reserve for refusals that paying would lift.

## HTTP 403 Forbidden

# HTTP 403 Forbidden: one-line summary at the top of the explainer (TL;DR).
http-403-tldr = The server understood the request and refuses it; signing in again will not help.

# HTTP 403 Forbidden: the "What it means" paragraph of the explainer.
http-403-meaning = `403` is a refusal that authentication will not change: the credentials are valid but lack permission, or access is denied for another reason, such as the client's network address, a missing CSRF token or file-system permissions. Unlike `401`, it needs no `WWW-Authenticate` header, and repeating the request with the same credentials is pointless. The server may explain the reason in the body or keep it to itself; if even the existence of the resource is secret, `404` is the usual alternative. A `403` is not cacheable unless its headers say so.

# HTTP 403 Forbidden: common cause 1 of 5, an item of the "Common causes" list.
http-403-cause-1 = The web server cannot read the file because of Unix permissions or ownership, which nginx logs as `(13: Permission denied)`, or because SELinux blocks it.

# HTTP 403 Forbidden: common cause 2 of 5, an item of the "Common causes" list.
http-403-cause-2 = The URL points to a directory with no index file, and directory listing is disabled (`autoindex off` in nginx, `Options -Indexes` in Apache).

# HTTP 403 Forbidden: common cause 3 of 5, an item of the "Common causes" list.
http-403-cause-3 = A firewall, ModSecurity rule or CDN bot check blocked the request because of its IP address, country, user agent or content.

# HTTP 403 Forbidden: common cause 4 of 5, an item of the "Common causes" list.
http-403-cause-4 = A form was posted to Django or Rails without a valid CSRF token, for example after the session changed or from a page cached too long.

# HTTP 403 Forbidden: common cause 5 of 5, an item of the "Common causes" list.
http-403-cause-5 = A cloud storage bucket policy denies access, or S3 returns `403 AccessDenied` for a missing object because the caller lacks `s3:ListBucket`.

# HTTP 403 Forbidden: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-1 = Make sure you are signed in with the account that should have access, or ask the owner to grant it.

# HTTP 403 Forbidden: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-2 = If you followed a link, check that the address is complete; many sites refuse to list folders when the page name is missing.

# HTTP 403 Forbidden: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-3 = If a security check blocked you, turn off your VPN or proxy and reload, since shared addresses are often blocked.

# HTTP 403 Forbidden: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-1 = Check the error log for the denied path and reason, then fix permissions: the server's user needs execute permission on every parent directory and read permission on the file, which `namei -l /path/to/file` shows at once.

# HTTP 403 Forbidden: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-2 = Look for deny rules in `location` blocks, `.htaccess` files, `Require` directives and the WAF's audit log, such as ModSecurity's `modsec_audit.log` or the CDN's firewall events, to find the rule that matched.

# HTTP 403 Forbidden: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-3 = Explain in the body why access is denied and what would grant it, unless that reveals too much; API clients need the reason to act.

# HTTP 403 Forbidden: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-4 = For CSRF failures, check that the form carries the token and that the session cookie's `SameSite` and `Secure` attributes suit how the form is submitted.

# HTTP 403 Forbidden compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-403-vs-401 = Send `403` when the client is authenticated but not permitted; send `401` when it still has to authenticate or its credentials were rejected.

# HTTP 403 Forbidden compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-403-vs-404 = Send `404` instead of `403` when you do not want to reveal that the resource exists.

# HTTP 403 Forbidden compared with HTTP 451 Unavailable For Legal Reasons: when to use which, in the "Related codes" section.
http-403-vs-451 = Send `451` when a legal demand is the reason for refusing access; send `403` for every other refusal.

## HTTP 404 Not Found

# HTTP 404 Not Found: one-line summary at the top of the explainer (TL;DR).
http-404-tldr = There is nothing at this address, or the server will not say whether there is.

# HTTP 404 Not Found: the "What it means" paragraph of the explainer.
http-404-meaning = A `404` says that the origin server found no current representation for the target URI; it promises nothing about the future, so the same request may succeed later. It is heuristically cacheable, so browsers and CDNs may keep a `404` for a while unless `Cache-Control` says otherwise, which explains a page that still looks missing right after it was published. Servers also use it to conceal resources a client may not see, instead of `403`. For a resource removed for good, `410` is more informative, and a moved resource should get `301` or `308`, not `404`.

# HTTP 404 Not Found: common cause 1 of 5, an item of the "Common causes" list.
http-404-cause-1 = The URL has a typo, differs in letter case on a case-sensitive server, or has a missing or extra trailing slash.

# HTTP 404 Not Found: common cause 2 of 5, an item of the "Common causes" list.
http-404-cause-2 = A page was deleted or renamed without a redirect, so old links and search results point nowhere.

# HTTP 404 Not Found: common cause 3 of 5, an item of the "Common causes" list.
http-404-cause-3 = A single-page app was opened at a deep link, and the server has no fallback that serves `index.html` for client-side routes.

# HTTP 404 Not Found: common cause 4 of 5, an item of the "Common causes" list.
http-404-cause-4 = The site was deployed under a sub-path or a new base URL, and its links or asset paths still point to the old root.

# HTTP 404 Not Found: common cause 5 of 5, an item of the "Common causes" list.
http-404-cause-5 = An API route is not registered for this path, or the ID in the URL does not exist in the database.

# HTTP 404 Not Found: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-1 = Check the address for typos, and try removing the last part of the path to reach a parent page.

# HTTP 404 Not Found: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-2 = Use the site's search or navigation to find the page; it may have moved.

# HTTP 404 Not Found: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-3 = If a link on another site brought you here, tell that site's owner that the link is broken.

# HTTP 404 Not Found: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-1 = Find the requested path and its `Referer` in the access log, then add a `301` from old URLs to their new homes.

# HTTP 404 Not Found: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-2 = For single-page apps, add a fallback such as `try_files $uri $uri/ /index.html;` in nginx, and still return a real `404` for routes the app does not know.

# HTTP 404 Not Found: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-3 = Serve a helpful error page with a real `404` status, not `200`; search engines treat such soft 404 pages as errors anyway.

# HTTP 404 Not Found: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-4 = Give `404` responses a short `max-age` at the CDN, so that a newly published page is not hidden by a cached miss.

# HTTP 404 Not Found compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-404-vs-410 = Send `410` when you know the resource was removed for good; send `404` when you cannot or will not say.

# HTTP 404 Not Found compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-404-vs-403 = Send `403` when the resource exists and the client may know it but not access it; send `404` to hide it completely.

# HTTP 404 Not Found compared with HTTP 405 Method Not Allowed: when to use which, in the "Related codes" section.
http-404-vs-405 = Send `405` when the URI exists but not for this method; send `404` when nothing exists at the URI.

## HTTP 405 Method Not Allowed

# HTTP 405 Method Not Allowed: one-line summary at the top of the explainer (TL;DR).
http-405-tldr = The address exists but does not accept this HTTP method, such as a `POST` to a read-only page.

# HTTP 405 Method Not Allowed: the "What it means" paragraph of the explainer.
http-405-meaning = The server knows the method, but the target resource does not support it; the response must list the methods it does support in an `Allow` header, for example `Allow: GET, HEAD`. The client should retry with one of those, not repeat the same method. Frameworks produce `405` automatically when a route exists for some methods but not for the one requested, and an `OPTIONS` request to the same URI is the usual way to discover the methods in advance. A `405` is heuristically cacheable.

# HTTP 405 Method Not Allowed: common cause 1 of 5, an item of the "Common causes" list.
http-405-cause-1 = A form or `fetch` call sends `POST` to a URL whose route only handles `GET`, or the other way round.

# HTTP 405 Method Not Allowed: common cause 2 of 5, an item of the "Common causes" list.
http-405-cause-2 = nginx serves a static file and receives `POST`, `PUT` or `DELETE`, which it answers with `405`.

# HTTP 405 Method Not Allowed: common cause 3 of 5, an item of the "Common causes" list.
http-405-cause-3 = A redirect, for example to add a trailing slash or to switch to HTTPS, turned a `POST` into a `GET` that the target does not accept.

# HTTP 405 Method Not Allowed: common cause 4 of 5, an item of the "Common causes" list.
http-405-cause-4 = A CORS preflight `OPTIONS` request reached a route that does not handle `OPTIONS`.

# HTTP 405 Method Not Allowed: common cause 5 of 5, an item of the "Common causes" list.
http-405-cause-5 = IIS's WebDAV module intercepts `PUT` and `DELETE` before the application sees them.

# HTTP 405 Method Not Allowed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-405-fix-visitor-1 = Nothing useful from your side: open the page again from its start instead of resubmitting, and report the problem if a form keeps failing.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-1 = Read the `Allow` header in the response, for example with `curl -i -X OPTIONS` on the URL, and compare it with the method your client sends.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-2 = Make sure each route declares every method it handles, such as `methods=["GET", "POST"]` in Flask or `@PostMapping` in Spring.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-3 = Call the canonical URL directly, with its exact scheme and trailing slash, so that no redirect changes the method before the request reaches the route.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-4 = On IIS, remove `WebDAVModule` and its handler in `web.config` when your application handles `PUT` and `DELETE` itself.

# HTTP 405 Method Not Allowed compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-405-vs-501 = Send `405` when the method is known but not allowed on this resource; send `501` when the server does not implement the method at all.

# HTTP 405 Method Not Allowed compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-405-vs-404 = Send `404` when nothing exists at the URI; send `405` when something exists but not for this method.

# HTTP 405 Method Not Allowed compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-405-vs-403 = Send `403` when the method is supported but this client may not use it; send `405` when no client can use it on this resource.

## HTTP 406 Not Acceptable

# HTTP 406 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
http-406-tldr = The server has no version of the resource in a format, language or encoding the client says it accepts.

# HTTP 406 Not Acceptable: the "What it means" paragraph of the explainer.
http-406-meaning = A server may answer `406` when it takes the proactive negotiation headers, such as `Accept`, `Accept-Language` or `Accept-Encoding`, strictly and none of its representations matches them. RFC 9110 equally allows a server to disregard those headers and send a default representation, which most servers do, since a response the user agent can try to use is usually better than an error. A `406` should list the available representations, with their media types or languages, so that the user or client can pick one. If the problem is the format of the request's own body, the right code is `415`.

# HTTP 406 Not Acceptable: common cause 1 of 4, an item of the "Common causes" list.
http-406-cause-1 = An API client sends `Accept: application/xml` to an endpoint that only produces JSON.

# HTTP 406 Not Acceptable: common cause 2 of 4, an item of the "Common causes" list.
http-406-cause-2 = A Rails action with `respond_to` has no branch for the requested format and raises `ActionController::UnknownFormat`, or Spring finds no converter for the `Accept` type.

# HTTP 406 Not Acceptable: common cause 3 of 4, an item of the "Common causes" list.
http-406-cause-3 = ModSecurity on shared hosting is set to reject suspicious requests with `406`, a choice that has nothing to do with content negotiation.

# HTTP 406 Not Acceptable: common cause 4 of 4, an item of the "Common causes" list.
http-406-cause-4 = A browser extension or HTTP client sends an unusual `Accept` or `Accept-Language` header that a strict server cannot satisfy.

# HTTP 406 Not Acceptable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-406-fix-visitor-1 = Try another browser, or turn off extensions that change request headers, and reload.

# HTTP 406 Not Acceptable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-406-fix-visitor-2 = If a form submission on a small hosted site triggered it, a security filter probably disliked your input; contact the site owner.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-1 = Check the request's `Accept` headers with `curl -v` and compare them with the media types the endpoint produces; clients that do not care should send `Accept: */*` or the type they parse.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-2 = Prefer sending a default representation with `Vary: Accept` over returning `406`, unless clients depend on strict negotiation.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-3 = On shared hosting, find the rule ID that triggered the `406` in ModSecurity's audit log and ask the host to disable it for your path.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-4 = In Spring, make sure a message converter exists for the response type, such as Jackson for JSON, and that the `produces` attribute matches what clients request.

# HTTP 406 Not Acceptable compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-406-vs-415 = Send `406` when you cannot produce a response format the client accepts; send `415` when you cannot read the format of the client's request body.

# HTTP 406 Not Acceptable compared with HTTP 300 Multiple Choices: when to use which, in the "Related codes" section.
http-406-vs-300 = Send `300` when you offer alternatives for the client to pick; send `406` when nothing matches what the client said it accepts.

## HTTP 407 Proxy Authentication Required

# HTTP 407 Proxy Authentication Required: one-line summary at the top of the explainer (TL;DR).
http-407-tldr = A proxy between you and the site requires you to authenticate to it first.

# HTTP 407 Proxy Authentication Required: the "What it means" paragraph of the explainer.
http-407-meaning = `407` works like `401`, but one hop earlier: the proxy challenges the client in `Proxy-Authenticate`, and the client retries with `Proxy-Authorization`. These headers concern only the proxy that asked, which consumes them instead of forwarding them to the origin. Corporate proxies often use `Negotiate` (Kerberos) or `NTLM`, which browsers on domain-joined machines handle silently, while command-line tools need explicit configuration. For HTTPS through a proxy, the `407` answers the `CONNECT` request before the tunnel opens, so the target site never sees the exchange.

# HTTP 407 Proxy Authentication Required: common cause 1 of 4, an item of the "Common causes" list.
http-407-cause-1 = A developer tool such as `npm`, `pip`, `git` or Docker uses a corporate proxy from `HTTP_PROXY` or `HTTPS_PROXY` without credentials.

# HTTP 407 Proxy Authentication Required: common cause 2 of 4, an item of the "Common causes" list.
http-407-cause-2 = The proxy password changed, for example together with the user's domain password, and a tool still sends the old one.

# HTTP 407 Proxy Authentication Required: common cause 3 of 4, an item of the "Common causes" list.
http-407-cause-3 = Proxy credentials placed in a URL contain characters such as `@` or `:` that were not percent-encoded, so they are parsed wrongly.

# HTTP 407 Proxy Authentication Required: common cause 4 of 4, an item of the "Common causes" list.
http-407-cause-4 = The proxy only offers `NTLM` or `Negotiate`, which the client does not support, as is common in container images and CI runners.

# HTTP 407 Proxy Authentication Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-407-fix-visitor-1 = Sign in to your organisation's proxy when the browser asks, with your usual work credentials.

# HTTP 407 Proxy Authentication Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-407-fix-visitor-2 = If you are not on a managed network, check your system's proxy settings and turn off any proxy you do not recognise.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-1 = Configure the proxy with percent-encoded credentials, such as `HTTPS_PROXY=http://user:p%40ss@proxy.example.net:8080`, or per tool with `npm config set https-proxy` or `git config --global http.proxy`.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-2 = For `NTLM` or `Negotiate` proxies, use a client that supports them, such as `curl --proxy-ntlm` or `--proxy-negotiate`, or run a local helper like Cntlm or Px that authenticates for you.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-3 = See which schemes the proxy accepts with `curl -v -x proxy.example.net:8080` against any URL and read its `Proxy-Authenticate` header.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-4 = List internal hosts in `NO_PROXY`, so that requests that should bypass the proxy are not asked for its credentials.

# HTTP 407 Proxy Authentication Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-407-vs-401 = Send `407` from a proxy that needs the client to authenticate to it; `401` is for authentication to the origin server.

# HTTP 407 Proxy Authentication Required compared with HTTP 511 Network Authentication Required: when to use which, in the "Related codes" section.
http-407-vs-511 = `407` comes from a proxy the client knowingly uses and is answered with `Proxy-Authorization`; `511` comes from an intercepting network that wants the user to sign in through a web page.

## HTTP 408 Request Timeout

# HTTP 408 Request Timeout: one-line summary at the top of the explainer (TL;DR).
http-408-tldr = The server waited too long for the request to arrive and closed the connection.

# HTTP 408 Request Timeout: the "What it means" paragraph of the explainer.
http-408-meaning = A server sends `408` when a connection was open but the complete request, headers or body, did not arrive within its time limit; it then closes the connection and says so with `Connection: close`. The request was not processed, so the client may send it again on a new connection, and browsers do this automatically for idempotent requests. Servers also send `408` on idle connections that never carried a request, such as those a browser opened in advance, which is why isolated `408` entries in access logs are often harmless. The code concerns the client-to-server leg; when a gateway gives up waiting for its upstream, the code is `504`.

# HTTP 408 Request Timeout: common cause 1 of 4, an item of the "Common causes" list.
http-408-cause-1 = A slow or unstable network kept a large upload from finishing within nginx's `client_body_timeout` or Apache's `RequestReadTimeout`.

# HTTP 408 Request Timeout: common cause 2 of 4, an item of the "Common causes" list.
http-408-cause-2 = A browser opened a spare connection in advance and did not use it before the server's header timeout, such as nginx's `client_header_timeout`, ran out.

# HTTP 408 Request Timeout: common cause 3 of 4, an item of the "Common causes" list.
http-408-cause-3 = A client declared a `Content-Length` larger than the body it actually sent, so the server waited for bytes that never came.

# HTTP 408 Request Timeout: common cause 4 of 4, an item of the "Common causes" list.
http-408-cause-4 = A mobile app was suspended in the background in the middle of sending a request and resumed after the server had given up.

# HTTP 408 Request Timeout: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-408-fix-visitor-1 = Reload the page or send the form again; the request did not reach the server completely, so nothing was saved.

# HTTP 408 Request Timeout: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-408-fix-visitor-2 = If uploads keep failing, move to a steadier connection or upload smaller files.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-1 = Compare the server's read timeouts with real upload times, and raise `client_body_timeout` or `RequestReadTimeout` for upload endpoints, or switch to chunked or resumable uploads.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-2 = Check that clients send a correct `Content-Length`; a value larger than the body makes the server wait until it times out.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-3 = Count `408` responses on connections that carried no request separately from real request failures in monitoring, so that they do not raise false alarms.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-4 = In clients, retry after a `408` on a new connection, automatically for idempotent methods and only with care for `POST`.

# HTTP 408 Request Timeout compared with HTTP 504 Gateway Timeout: when to use which, in the "Related codes" section.
http-408-vs-504 = `408` means the server gave up waiting for the client's request; `504` means a gateway gave up waiting for its upstream server's response.

# HTTP 408 Request Timeout compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-408-vs-429 = `408` is about a request that arrived too slowly; `429` is about requests that arrive too often.

## HTTP 409 Conflict

# HTTP 409 Conflict: one-line summary at the top of the explainer (TL;DR).
http-409-tldr = The request clashes with the current state of the resource, for example a conflicting edit or a duplicate.

# HTTP 409 Conflict: the "What it means" paragraph of the explainer.
http-409-meaning = `409` is for conflicts the client can resolve: the request is valid on its own, but applying it to the resource as it is now would be inconsistent. Typical cases are concurrent edits detected through a version field in the body, attempts to create something whose unique key already exists, and forbidden state transitions, such as cancelling an order that has already shipped. The body should describe the conflict well enough for the client to fix it, for example by giving the current version or the field in conflict. The client should fetch the current state and build a new request instead of resending the same one. When the conflict was detected through `If-Match` or `If-Unmodified-Since`, `412` is the precise code.

# HTTP 409 Conflict: common cause 1 of 5, an item of the "Common causes" list.
http-409-cause-1 = Two users edited the same record, and the second save carries a version number the server has already replaced.

# HTTP 409 Conflict: common cause 2 of 5, an item of the "Common causes" list.
http-409-cause-2 = A signup or create request uses an email address, username or key that already exists.

# HTTP 409 Conflict: common cause 3 of 5, an item of the "Common causes" list.
http-409-cause-3 = The Kubernetes API rejects an update because the object's `resourceVersion` changed since it was read, or a create because the object already exists.

# HTTP 409 Conflict: common cause 4 of 5, an item of the "Common causes" list.
http-409-cause-4 = A WebDAV `PUT` or `MKCOL` targets a path whose parent collection does not exist.

# HTTP 409 Conflict: common cause 5 of 5, an item of the "Common causes" list.
http-409-cause-5 = A state machine forbids the transition, such as publishing a draft that someone deleted in the meantime.

# HTTP 409 Conflict: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-409-fix-visitor-1 = Reload the page to see the latest version, then make your change again.

# HTTP 409 Conflict: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-409-fix-visitor-2 = If you are creating an account or item, choose a different name; the one you entered is already taken.

# HTTP 409 Conflict: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-1 = Put the details of the conflict in the body, such as the current version, the conflicting field and a stable error code.

# HTTP 409 Conflict: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-2 = Implement optimistic concurrency with a version field or, better, with `ETag` and `If-Match`, and have clients refetch and merge before retrying.

# HTTP 409 Conflict: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-3 = Catch unique-constraint violations from the database, such as PostgreSQL's error `23505`, and map them to `409` instead of letting them become a `500`.

# HTTP 409 Conflict: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-4 = In Kubernetes clients, retry updates after a fresh read when a conflict occurs, as client-go's `retry.RetryOnConflict` does.

# HTTP 409 Conflict compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-409-vs-412 = Send `412` when an `If-Match` or similar precondition failed; send `409` for conflicts you detect from the request body or the resource's state.

# HTTP 409 Conflict compared with HTTP 423 Locked: when to use which, in the "Related codes" section.
http-409-vs-423 = Send `423` when a WebDAV lock blocks the change; send `409` for any other conflict with the resource's state.

# HTTP 409 Conflict compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-409-vs-422 = Send `422` when the content is invalid regardless of the resource's state; send `409` when it is valid but clashes with that state.

## HTTP 410 Gone

# HTTP 410 Gone: one-line summary at the top of the explainer (TL;DR).
http-410-tldr = The resource was deliberately removed and will not come back.

# HTTP 410 Gone: the "What it means" paragraph of the explainer.
http-410-meaning = `410` asserts permanence: the server knows that the resource existed, that it was removed on purpose and that there is no forwarding address. Clients holding links should delete them, and search engines drop the URL from their index, usually faster than after a `404`. The response is heuristically cacheable, so clients may remember it. Servers need not mark every removed resource as gone, nor keep answering `410` forever; switching to `404` after some time is acceptable.

# HTTP 410 Gone: common cause 1 of 4, an item of the "Common causes" list.
http-410-cause-1 = An API version was retired, and its endpoints now answer `410` with a pointer to the current version in the body.

# HTTP 410 Gone: common cause 2 of 4, an item of the "Common causes" list.
http-410-cause-2 = A user deleted their account, post or uploaded file, and the site marks the old URL as gone.

# HTTP 410 Gone: common cause 3 of 4, an item of the "Common causes" list.
http-410-cause-3 = A time-limited page, such as a promotion, a job listing or an expiring share link, has ended.

# HTTP 410 Gone: common cause 4 of 4, an item of the "Common causes" list.
http-410-cause-4 = A site owner removed spam or outdated pages and wants search engines to forget them quickly.

# HTTP 410 Gone: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-410-fix-visitor-1 = The content was removed on purpose; look for a newer version on the site, or ask its owner whether it exists elsewhere.

# HTTP 410 Gone: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-410-fix-visitor-2 = Delete your bookmark to this address, since reloading later will not bring the page back.

# HTTP 410 Gone: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-1 = Return `410` only when the removal is intentional and permanent; if the content moved, use `301` or `308` instead.

# HTTP 410 Gone: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-2 = Explain in the body when and why the resource was removed and what replaces it, especially for retired API versions.

# HTTP 410 Gone: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-3 = Keep an explicit list of removed paths, for example `return 410;` in a dedicated nginx `location` for each one, so that deleted pages do not fall back to a generic error.

# HTTP 410 Gone: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-4 = Announce API retirements ahead of time with `Deprecation` and `Sunset` headers, so that clients are not surprised by the `410`.

# HTTP 410 Gone compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-410-vs-404 = Send `410` when you know the removal is deliberate and permanent; send `404` when you do not know or do not want to say.

# HTTP 410 Gone compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-410-vs-301 = Send `301` when the content lives on at another URI; send `410` when nothing replaces it.

## HTTP 411 Length Required

# HTTP 411 Length Required: one-line summary at the top of the explainer (TL;DR).
http-411-tldr = The server requires a `Content-Length` header, and the request did not have one.

# HTTP 411 Length Required: the "What it means" paragraph of the explainer.
http-411-meaning = In HTTP/1.1, a request body's length is given either in `Content-Length` or through `Transfer-Encoding: chunked`, which leaves it open; a server that needs the size in advance can refuse the second form, or a body-carrying method without any length, with `411`. The client can retry with the same body and a valid `Content-Length`. HTTP/2 and HTTP/3 frame messages themselves, so the code mostly comes from HTTP/1.1 servers and from services that insist on knowing sizes before accepting uploads. Some front ends also require `Content-Length: 0` on a `POST` or `PUT` that has no body at all.

# HTTP 411 Length Required: common cause 1 of 4, an item of the "Common causes" list.
http-411-cause-1 = A client streamed an upload with chunked encoding to a server that needs the size in advance, such as nginx before version 1.3.9 or some object storage APIs.

# HTTP 411 Length Required: common cause 2 of 4, an item of the "Common causes" list.
http-411-cause-2 = `curl -X POST` without `-d`, or a library call with no body, sent no `Content-Length`, and a front end such as Google's rejected the `POST`.

# HTTP 411 Length Required: common cause 3 of 4, an item of the "Common causes" list.
http-411-cause-3 = A client library read the body from a pipe or generator, whose size it could not know, and fell back to chunked encoding.

# HTTP 411 Length Required: common cause 4 of 4, an item of the "Common causes" list.
http-411-cause-4 = A proxy between client and server removed `Content-Length` after changing the body, or re-sent it with chunked encoding.

# HTTP 411 Length Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-411-fix-visitor-1 = Nothing you can change: the app or site sent an incomplete request; try again, and report it if it keeps happening.

# HTTP 411 Length Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-1 = Send `Content-Length` with every upload by buffering the body or reading the file size first, for example by passing a file object rather than a generator to Python's `requests`.

# HTTP 411 Length Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-2 = For a `POST` without a body, send `Content-Length: 0` explicitly; `curl -d ''` does this.

# HTTP 411 Length Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-3 = Accept chunked request bodies on the server if you can; nginx supports them since 1.3.9 and, with `proxy_request_buffering on`, passes them upstream with a `Content-Length`.

# HTTP 411 Length Required compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-411-vs-400 = Send `411` when the only problem is a missing `Content-Length`; send `400` when the framing or syntax is broken in other ways.

# HTTP 411 Length Required compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-411-vs-413 = Send `411` when the body's size is not declared; send `413` when it is declared, or measured, and too large.

## HTTP 412 Precondition Failed

# HTTP 412 Precondition Failed: one-line summary at the top of the explainer (TL;DR).
http-412-tldr = A condition the client attached to the request, such as `If-Match`, was false, so nothing was changed.

# HTTP 412 Precondition Failed: the "What it means" paragraph of the explainer.
http-412-meaning = Preconditions let a client say "only do this if the resource is still as I last saw it": `If-Match` with an `ETag`, `If-Unmodified-Since` with a date, or `If-None-Match: *` for "only if nothing exists here yet". When such a condition evaluates to false, the server must not apply the method and answers `412`, which prevents lost updates and accidental overwrites. A failed `If-None-Match` on `GET` or `HEAD` gives `304` instead; every other failed precondition gives `412`. Including the current `ETag` in the response helps the client refetch and reconcile.

# HTTP 412 Precondition Failed: common cause 1 of 4, an item of the "Common causes" list.
http-412-cause-1 = Another client changed the resource after this one read it, so the `ETag` sent in `If-Match` no longer matches.

# HTTP 412 Precondition Failed: common cause 2 of 4, an item of the "Common causes" list.
http-412-cause-2 = A client wrote with `If-None-Match: *` to avoid overwriting, as with S3 conditional writes, and the object already existed.

# HTTP 412 Precondition Failed: common cause 3 of 4, an item of the "Common causes" list.
http-412-cause-3 = The server generates a new `ETag` on every response, for example because of a timestamp in the body, so no `If-Match` can ever match.

# HTTP 412 Precondition Failed: common cause 4 of 4, an item of the "Common causes" list.
http-412-cause-4 = A client sent a weak validator (`W/"v7"`) in `If-Match`, which uses strong comparison, so it never matches.

# HTTP 412 Precondition Failed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-412-fix-visitor-1 = Reload the page to get the latest version, then make your change again.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-1 = On `412`, refetch the resource, merge the changes or show the differences to the user, and retry with the new `ETag`; retrying blindly with the new value throws away the other change.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-2 = Keep `ETag` values stable for identical content across servers and compression, for example by deriving them from a version column or a content hash.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-3 = Check the behaviour with `curl -i -X PUT -H 'If-Match: "v7"'` and compare the result with the `ETag` returned by a fresh `GET`.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-4 = Evaluate preconditions in the order RFC 9110 gives in section 13.2.2, with `If-Match` before `If-Unmodified-Since`, and before the method runs.

# HTTP 412 Precondition Failed compared with HTTP 428 Precondition Required: when to use which, in the "Related codes" section.
http-412-vs-428 = Send `428` when the client sent no precondition and you require one; send `412` when it sent one and it failed.

# HTTP 412 Precondition Failed compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-412-vs-304 = A failed `If-None-Match` on `GET` or `HEAD` gives `304`; failed preconditions on writes, and a failed `If-Match` on any method, give `412`.

# HTTP 412 Precondition Failed compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-412-vs-409 = Send `412` when a conditional header revealed the conflict; send `409` when you detected it some other way.

## HTTP 413 Content Too Large

# HTTP 413 Content Too Large: one-line summary at the top of the explainer (TL;DR).
http-413-tldr = The request body is larger than the server accepts.

# HTTP 413 Content Too Large: the "What it means" paragraph of the explainer.
http-413-meaning = The server or an intermediary refuses content over its size limit, either as soon as it sees the `Content-Length` or while reading a body of unknown length. It may close the connection afterwards, so the client cannot count on reusing it; if the limit is temporary, a `Retry-After` header says when to try again. Clients that send `Expect: 100-continue` can get the `413` before transmitting any data. RFC 9110 renamed the code from Payload Too Large to Content Too Large without changing its number or behaviour, so both names appear in frameworks and logs.

# HTTP 413 Content Too Large: common cause 1 of 5, an item of the "Common causes" list.
http-413-cause-1 = An upload exceeds nginx's `client_max_body_size`, which is only 1 MB by default.

# HTTP 413 Content Too Large: common cause 2 of 5, an item of the "Common causes" list.
http-413-cause-2 = Express's JSON or URL-encoded body parser rejected a body over its default `limit` of 100 kB.

# HTTP 413 Content Too Large: common cause 3 of 5, an item of the "Common causes" list.
http-413-cause-3 = A managed gateway enforces a fixed maximum, such as 10 MB on AWS API Gateway or 100 MB on Cloudflare's Free and Pro plans.

# HTTP 413 Content Too Large: common cause 4 of 5, an item of the "Common causes" list.
http-413-cause-4 = Apache's `LimitRequestBody` is set lower than the files users upload.

# HTTP 413 Content Too Large: common cause 5 of 5, an item of the "Common causes" list.
http-413-cause-5 = A client embeds a large file as base64 inside JSON, which makes the body about a third larger than the file itself.

# HTTP 413 Content Too Large: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-413-fix-visitor-1 = Upload a smaller file: compress it, lower an image's resolution, or split the upload into parts.

# HTTP 413 Content Too Large: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-413-fix-visitor-2 = Check the upload limit stated by the site, and use its alternative method for large files if it offers one.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-1 = Find which layer refused the body, since each has its own limit: CDN, load balancer, reverse proxy, application server and framework; the error page's style and the `Server` header usually give it away.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-2 = Raise the limit only where needed, for example `client_max_body_size 100m;` inside the nginx `location` for uploads, and keep a low default elsewhere.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-3 = For very large files, let clients upload directly to object storage with presigned URLs, or use resumable chunked uploads, instead of one huge request.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-4 = Check the size on the client before sending and show the limit to users; with `Expect: 100-continue`, servers can refuse before the data is sent.

# HTTP 413 Content Too Large compared with HTTP 411 Length Required: when to use which, in the "Related codes" section.
http-413-vs-411 = Send `413` when the body is too large; send `411` when the server cannot tell its size because `Content-Length` is missing.

# HTTP 413 Content Too Large compared with HTTP 414 URI Too Long: when to use which, in the "Related codes" section.
http-413-vs-414 = Send `413` when the body is too large; send `414` when the URI is.

# HTTP 413 Content Too Large compared with HTTP 431 Request Header Fields Too Large: when to use which, in the "Related codes" section.
http-413-vs-431 = Send `413` for an oversized body; send `431` for oversized header fields such as `Cookie`.

## HTTP 414 URI Too Long

# HTTP 414 URI Too Long: one-line summary at the top of the explainer (TL;DR).
http-414-tldr = The URL is longer than the server is willing to process.

# HTTP 414 URI Too Long: the "What it means" paragraph of the explainer.
http-414-meaning = Servers cap the length of the request target to bound memory use and parsing work, and answer `414` when a URI exceeds that cap; nginx and Apache allow about 8 KB by default, far less than browsers accept. The client should move the data into the body of a `POST` or shorten the query. A `414` is heuristically cacheable, since the same URI will fail the same way. RFC 9110 recommends that all senders and recipients support URIs of at least 8,000 octets, so staying below that length is the portable choice.

# HTTP 414 URI Too Long: common cause 1 of 5, an item of the "Common causes" list.
http-414-cause-1 = A search or filter page encodes large selections in the query string, such as hundreds of IDs in one `GET`.

# HTTP 414 URI Too Long: common cause 2 of 5, an item of the "Common causes" list.
http-414-cause-2 = A redirect loop keeps appending a `returnUrl` or tracking parameter, encoding the previous URL again each time.

# HTTP 414 URI Too Long: common cause 3 of 5, an item of the "Common causes" list.
http-414-cause-3 = An application puts base64 data, such as an image or serialised state, into the URL.

# HTTP 414 URI Too Long: common cause 4 of 5, an item of the "Common causes" list.
http-414-cause-4 = A form uses `method="get"` for a large text field that should have been posted.

# HTTP 414 URI Too Long: common cause 5 of 5, an item of the "Common causes" list.
http-414-cause-5 = The request line exceeds nginx's `large_client_header_buffers` buffer size or Apache's `LimitRequestLine`, both 8 KB by default.

# HTTP 414 URI Too Long: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-414-fix-visitor-1 = Go back to the site's start page and repeat the search or action with fewer filters or shorter text.

# HTTP 414 URI Too Long: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-414-fix-visitor-2 = If the address grows with every click, clear the site's cookies and open it again from its home page.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-1 = Send large inputs in a `POST` body, or store the state on the server and put only its ID in the URI.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-2 = Look for redirect loops that grow the query, with `curl -sIL` on the URL, and check the code that builds parameters such as `returnUrl`.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-3 = Raise the limit only for legitimate URIs, for example `large_client_header_buffers 4 16k;` in nginx or `LimitRequestLine` in Apache, and the same on every proxy in front.

# HTTP 414 URI Too Long compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-414-vs-413 = Send `414` when the URI is too long; send `413` when the body is too large.

# HTTP 414 URI Too Long compared with HTTP 431 Request Header Fields Too Large: when to use which, in the "Related codes" section.
http-414-vs-431 = Send `414` when the request target is too long; send `431` when header fields are too large.

## HTTP 415 Unsupported Media Type

# HTTP 415 Unsupported Media Type: one-line summary at the top of the explainer (TL;DR).
http-415-tldr = The server does not accept the format of the request body, as declared in `Content-Type` or `Content-Encoding`.

# HTTP 415 Unsupported Media Type: the "What it means" paragraph of the explainer.
http-415-meaning = A server sends `415` when the request content uses a media type or content coding that the target resource does not accept for this method, whether it learns that from `Content-Type`, `Content-Encoding` or by inspecting the data. If the coding is the problem, the response should include `Accept-Encoding` with the codings the server takes; for media types it can send an `Accept` header listing those it would accept, and `Accept-Patch` (RFC 5789) does the same for `PATCH`. The client has to resend the content in a supported format, not just relabel it. It is the request-side counterpart of `406`, which concerns the response format.

# HTTP 415 Unsupported Media Type: common cause 1 of 5, an item of the "Common causes" list.
http-415-cause-1 = A `fetch` call sends `JSON.stringify(data)` without a `Content-Type` header, so the body goes out as `text/plain;charset=UTF-8`.

# HTTP 415 Unsupported Media Type: common cause 2 of 5, an item of the "Common causes" list.
http-415-cause-2 = A form posts `application/x-www-form-urlencoded` or `multipart/form-data` to an endpoint that only reads JSON.

# HTTP 415 Unsupported Media Type: common cause 3 of 5, an item of the "Common causes" list.
http-415-cause-3 = An ASP.NET Core `[FromBody]` action or a Spring `@RequestBody` endpoint with `consumes` received a request whose `Content-Type` is missing or different.

# HTTP 415 Unsupported Media Type: common cause 4 of 5, an item of the "Common causes" list.
http-415-cause-4 = A JSON Patch document is sent as `application/json` instead of `application/json-patch+json`, or a merge patch under the wrong type.

# HTTP 415 Unsupported Media Type: common cause 5 of 5, an item of the "Common causes" list.
http-415-cause-5 = The client compressed the request body with `Content-Encoding: gzip`, and the server does not decompress request bodies.

# HTTP 415 Unsupported Media Type: what a visitor can do, the only item of "How to fix it (for visitors)".
http-415-fix-visitor-1 = Nothing you can change: the site or app sent data in a format its server does not take; report the problem to its owner.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-1 = Set the request's `Content-Type` explicitly to what the server expects, for example `-H 'Content-Type: application/json'` with curl or the `headers` option of `fetch`.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-2 = List the accepted media types in the `415` response, with `Accept` or `Accept-Patch`, and in the API documentation.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-3 = Accept media types with parameters, such as `application/json; charset=utf-8`, by comparing only the type and subtype.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-4 = If clients compress uploads, decompress `gzip` request bodies in the server or proxy, or answer with `Accept-Encoding: identity` so that they stop.

# HTTP 415 Unsupported Media Type compared with HTTP 406 Not Acceptable: when to use which, in the "Related codes" section.
http-415-vs-406 = Send `415` when you cannot read the request body's format; send `406` when you cannot produce a response format the client accepts.

# HTTP 415 Unsupported Media Type compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-415-vs-400 = Send `415` when the declared format is one you do not support; send `400` when the format is supported but the body is malformed.

# HTTP 415 Unsupported Media Type compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-415-vs-422 = Send `415` when the format is wrong; send `422` when the format is right and the body parses, but its values are invalid.

## HTTP 416 Range Not Satisfiable

# HTTP 416 Range Not Satisfiable: one-line summary at the top of the explainer (TL;DR).
http-416-tldr = The requested byte range lies outside the file, so the server cannot send that part.

# HTTP 416 Range Not Satisfiable: the "What it means" paragraph of the explainer.
http-416-meaning = When a `Range` request asks only for ranges that do not overlap the current representation, for example bytes from 5000 onwards of a 4096-byte file, the server answers `416`. For byte ranges it should include `Content-Range: bytes */4096`, whose number gives the real length so the client can correct its request. Servers may also reject, with `416`, a range set that is valid but abusive, such as many small or overlapping ranges that suggest a denial-of-service attempt. For the client it usually means that its idea of the file is outdated, and sending `If-Range` avoids the problem on resumed downloads.

# HTTP 416 Range Not Satisfiable: common cause 1 of 4, an item of the "Common causes" list.
http-416-cause-1 = A download was resumed with `curl -C -` or `wget -c` after it had already completed, so the next byte lies past the end.

# HTTP 416 Range Not Satisfiable: common cause 2 of 4, an item of the "Common causes" list.
http-416-cause-2 = The file on the server was replaced by a shorter version after the client stored the first part.

# HTTP 416 Range Not Satisfiable: common cause 3 of 4, an item of the "Common causes" list.
http-416-cause-3 = A CDN or cache holds a different length for the file than the origin, and the player asks for bytes that exist only in the longer copy.

# HTTP 416 Range Not Satisfiable: common cause 4 of 4, an item of the "Common causes" list.
http-416-cause-4 = A client requested many tiny or overlapping ranges, and the server rejected the set as a possible attack.

# HTTP 416 Range Not Satisfiable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-416-fix-visitor-1 = Delete the partly downloaded file and start the download again from the beginning.

# HTTP 416 Range Not Satisfiable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-416-fix-visitor-2 = Reload the video or audio page, so the player requests the file afresh.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-1 = Read the total length from `Content-Range: bytes */N` and restart or adjust the range, and send `If-Range` with the stored `ETag` on resumed downloads, so a changed file comes back as a full `200`.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-2 = Purge CDN caches when you replace a file with one of a different size, or publish the new version under a new URL.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-3 = Test the edge case with `curl -i -r 9999999-` against a small file: the response should be `416` with a correct `Content-Range`.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-4 = Limit the number of ranges per request and merge overlapping ones on the server, rather than serving pathological range sets.

# HTTP 416 Range Not Satisfiable compared with HTTP 206 Partial Content: when to use which, in the "Related codes" section.
http-416-vs-206 = Send `206` when at least part of the requested range exists; send `416` when no requested range overlaps the representation.

# HTTP 416 Range Not Satisfiable compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-416-vs-412 = Send `416` when the range cannot be satisfied; send `412` when a precondition such as `If-Match` failed; a failed `If-Range` leads to neither, but to a full `200`.

## HTTP 417 Expectation Failed

# HTTP 417 Expectation Failed: one-line summary at the top of the explainer (TL;DR).
http-417-tldr = The server, or a proxy on the way, cannot honour the `Expect` header in the request.

# HTTP 417 Expectation Failed: the "What it means" paragraph of the explainer.
http-417-meaning = The only expectation HTTP defines is `100-continue`; a server may answer `417` to any other value, and an intermediary may send it when it knows the next server cannot meet the expectation. RFC 9110 lets servers simply ignore `Expect: 100-continue` and process the request, so a `417` in reply to it usually comes from old HTTP/1.0-era proxies or servers. The request was not processed, and the client can repeat it without the `Expect` header; curl has done so automatically since version 7.69.0.

# HTTP 417 Expectation Failed: common cause 1 of 3, an item of the "Common causes" list.
http-417-cause-1 = An old proxy, such as Squid 2.x with its HTTP/1.0 upstream connections, refused `Expect: 100-continue` sent by .NET or curl.

# HTTP 417 Expectation Failed: common cause 2 of 3, an item of the "Common causes" list.
http-417-cause-2 = An older lighttpd 1.4 release answered `417` to every request carrying `Expect: 100-continue`, its default behaviour unless told otherwise.

# HTTP 417 Expectation Failed: common cause 3 of 3, an item of the "Common causes" list.
http-417-cause-3 = A client or test sent an expectation other than `100-continue`, which servers are entitled to refuse.

# HTTP 417 Expectation Failed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-417-fix-visitor-1 = Nothing you can change: a server or proxy on the way refused the app's request; try another network, or report it to the app's maker.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-1 = Stop sending the header from clients: `curl -H 'Expect:'`, `ServicePointManager.Expect100Continue = false` in .NET Framework, or `ExpectContinue = false` on `HttpClient.DefaultRequestHeaders` in .NET.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-2 = On an old lighttpd, set `server.reject-expect-100-with-417 = "disable"` or upgrade, so that it stops refusing `100-continue`.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-3 = Find which intermediary answers by comparing the `Via` and `Server` headers of the `417` with those of a normal response, since the origin is often not the one refusing.

# HTTP 417 Expectation Failed compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-417-vs-100 = `100` says the expectation is met and the client should send the body; `417` says it cannot be met and the client should retry without it.

# HTTP 417 Expectation Failed compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-417-vs-400 = Send `417` when only the `Expect` header is the problem; send `400` when the request is malformed in other ways.

## HTTP 418 (Unused)

# HTTP 418 (Unused): one-line summary at the top of the explainer (TL;DR).
http-418-tldr = Unused: the "I'm a teapot" joke code, reserved so it is never assigned, and not a real error.

# HTTP 418 (Unused): the "What it means" paragraph of the explainer.
http-418-meaning = The code carries no HTTP semantics: RFC 9110 reserves it because the Hyper Text Coffee Pot Control Protocol joke is built into so many libraries, from Node.js to Go's `http.StatusTeapot`, that giving the number a new meaning would cause confusion. A client that receives it should handle it like a generic `400`, since it has no defined behaviour of its own. Some sites send it on purpose as an Easter egg or to turn away bots and scrapers, which makes their logs and monitoring hard to read. Real APIs should choose a registered code that says what actually happened.

# HTTP 418 (Unused): common cause 1 of 3, an item of the "Common causes" list.
http-418-cause-1 = A site or WAF deliberately answers automated clients or blocked requests with `418` as a joke, instead of `403` or `429`.

# HTTP 418 (Unused): common cause 2 of 3, an item of the "Common causes" list.
http-418-cause-2 = A developer left an Easter-egg route, like Google's teapot page, or a placeholder handler that returns `418`.

# HTTP 418 (Unused): common cause 3 of 3, an item of the "Common causes" list.
http-418-cause-3 = Test or demo code uses `418` because it is unlikely to clash with real statuses, and it leaked into production.

# HTTP 418 (Unused): what a visitor can do, the only item of "How to fix it (for visitors)".
http-418-fix-visitor-1 = Nothing useful: the server is joking or refusing automated access; if you are a person, reload, and contact the site if it persists.

# HTTP 418 (Unused): what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-418-fix-developer-1 = Replace `418` with the code you mean, such as `403` for a blocked client, `429` for rate limiting or `501` for a missing feature.

# HTTP 418 (Unused): what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-418-fix-developer-2 = If your tests need an unusual status, keep `418` out of production paths and monitoring alerts, where someone will misread it.

# HTTP 418 (Unused) compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-418-vs-403 = Send `403` to refuse a request for real; `418` carries no meaning that clients or monitoring can act on.

# HTTP 418 (Unused) compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-418-vs-501 = Send `501` when the server does not support what was asked; `418` is a joke code and should not stand in for it.

## HTTP 421 Misdirected Request

# HTTP 421 Misdirected Request: one-line summary at the top of the explainer (TL;DR).
http-421-tldr = The request reached a server that does not serve the requested host name, often over a reused HTTP/2 connection.

# HTTP 421 Misdirected Request: the "What it means" paragraph of the explainer.
http-421-meaning = HTTP/2 and HTTP/3 let a client reuse one connection for several host names when they resolve to the same address and the TLS certificate covers them all, a practice called connection coalescing. If the server at the other end is not configured for the host in the request, it answers `421`, and the client may retry on a new connection, which browsers do automatically. Servers also send it when the TLS SNI name and the `Host` header of a request disagree; Apache 2.4.64 made that check stricter, and many reverse-proxy setups that never sent SNI started receiving `421`. Proxies must not generate the code: it is for the server that received a request meant for another authority.

# HTTP 421 Misdirected Request: common cause 1 of 4, an item of the "Common causes" list.
http-421-cause-1 = A wildcard or multi-name certificate covers two sites on the same IP address, the browser coalesced their HTTP/2 connections, and the server hosting only one of them received requests for the other.

# HTTP 421 Misdirected Request: common cause 2 of 4, an item of the "Common causes" list.
http-421-cause-2 = A reverse proxy connects to an HTTPS upstream without SNI, such as nginx with its default `proxy_ssl_server_name off`, or with a name that differs from the `Host` header, and Apache rejects the mismatch.

# HTTP 421 Misdirected Request: common cause 3 of 4, an item of the "Common causes" list.
http-421-cause-3 = Apache was updated to 2.4.64 or later, and a proxy, CDN or control-panel setup in front of it that used to work without SNI now gets `421`.

# HTTP 421 Misdirected Request: common cause 4 of 4, an item of the "Common causes" list.
http-421-cause-4 = A CDN forwards requests to an origin for a host name that the origin's virtual host configuration does not list.

# HTTP 421 Misdirected Request: what a visitor can do, the only item of "How to fix it (for visitors)".
http-421-fix-visitor-1 = Reload the page; your browser opens a fresh connection and usually succeeds.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-1 = Make the TLS SNI name match the `Host` header on proxied HTTPS: in nginx, set `proxy_ssl_server_name on;` and `proxy_ssl_name $host;`, and in HAProxy use the `sni` server option.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-2 = Serve every name on a shared certificate from the same server, or use separate certificates or IP addresses, so that browsers do not coalesce connections onto a server that rejects some of those names.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-3 = Look in Apache's error log for the message about the SNI host name and the HTTP host name not matching; it names both values.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-4 = Confirm coalescing with `curl -v --http1.1` and `curl -v --http2` against the host: if only the HTTP/2 path fails in browsers, connection reuse is the cause.

# HTTP 421 Misdirected Request compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-421-vs-404 = Send `421` when the request was meant for a host you do not serve and a new connection should fix it; send `404` when the host is right but the path does not exist.

# HTTP 421 Misdirected Request compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-421-vs-400 = Send `421` when the request is valid but arrived at the wrong server; send `400` when the request itself is malformed.

# HTTP 421 Misdirected Request compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-421-vs-502 = A `421` comes from an origin that received a request for a host it does not serve; a `502` comes from a gateway whose upstream answered badly.

## HTTP 422 Unprocessable Content

# HTTP 422 Unprocessable Content: one-line summary at the top of the explainer (TL;DR).
http-422-tldr = The server understood the request's format, but the data in it is invalid.

# HTTP 422 Unprocessable Content: the "What it means" paragraph of the explainer.
http-422-meaning = `422` separates semantic errors from syntax errors: the content type is supported and the body parses, but its values or structure break the server's rules, such as a missing required field, a date in the past or an unknown enumeration value. WebDAV first defined it in RFC 4918 as Unprocessable Entity; RFC 9110 made it part of HTTP and renamed it Unprocessable Content, and some frameworks and libraries still use the old name. The client should not repeat the request without changing it. A body listing each invalid field with the reason lets clients show errors next to the right inputs.

# HTTP 422 Unprocessable Content: common cause 1 of 4, an item of the "Common causes" list.
http-422-cause-1 = A JSON body fails schema validation, for example a required field is missing or a value has the wrong type, which FastAPI reports automatically with `422`.

# HTTP 422 Unprocessable Content: common cause 2 of 4, an item of the "Common causes" list.
http-422-cause-2 = A form breaks a business rule, such as a password that is too short, and the application, built for example on Laravel or Rails, answers with `422`.

# HTTP 422 Unprocessable Content: common cause 3 of 4, an item of the "Common causes" list.
http-422-cause-3 = A value refers to something that does not exist, such as an unknown category ID in an otherwise valid body.

# HTTP 422 Unprocessable Content: common cause 4 of 4, an item of the "Common causes" list.
http-422-cause-4 = A client sends fields from a newer or older API version that the server does not recognise or no longer accepts.

# HTTP 422 Unprocessable Content: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-422-fix-visitor-1 = Read the error messages on the form, correct the fields they point to, and submit again.

# HTTP 422 Unprocessable Content: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-422-fix-visitor-2 = If no message is shown, check required fields and formats such as dates, phone numbers and email addresses.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-1 = Return field-level errors in the body, for example a problem details document (RFC 9457) with an `errors` array giving a pointer to each invalid field and a message.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-2 = In FastAPI, read the `detail` list of the `422` to see which field failed; it often means the client sent a parameter in the query instead of the body, or the reverse.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-3 = In Rails with Hotwire Turbo, render a failed form with `status: :unprocessable_content` (`:unprocessable_entity` in older Rack versions), or Turbo will not display the errors.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-4 = Define validation rules once, for example in a JSON Schema or OpenAPI document, so that client and server report the same errors.

# HTTP 422 Unprocessable Content compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-422-vs-400 = Send `422` when the body is well-formed but its content is invalid; send `400` when it cannot even be parsed.

# HTTP 422 Unprocessable Content compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-422-vs-409 = Send `422` when the data is invalid on its own; send `409` when it is valid but conflicts with the resource's current state.

# HTTP 422 Unprocessable Content compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-422-vs-415 = Send `422` for invalid values in a supported format; send `415` when the format itself is not supported.

## HTTP 423 Locked

# HTTP 423 Locked: one-line summary at the top of the explainer (TL;DR).
http-423-tldr = A WebDAV resource is locked, so it cannot be changed right now.

# HTTP 423 Locked: the "What it means" paragraph of the explainer.
http-423-meaning = WebDAV clients take locks with the `LOCK` method to keep others from editing a resource; the server returns a lock token in the `Lock-Token` header together with a timeout. A request that would modify a locked resource, such as `PUT`, `DELETE`, `MOVE` or `PROPPATCH`, fails with `423` unless it proves ownership by sending the lock token in an `If` header. A lock ends with `UNLOCK` or when its timeout expires. The body can contain a precondition element such as `lock-token-submitted` naming the locked URL.

# HTTP 423 Locked: common cause 1 of 4, an item of the "Common causes" list.
http-423-cause-1 = Another user has the document open in an office suite through WebDAV or SharePoint, which locks it while editing.

# HTTP 423 Locked: common cause 2 of 4, an item of the "Common causes" list.
http-423-cause-2 = A client crashed or lost its connection while holding a lock, and the lock has not timed out yet.

# HTTP 423 Locked: common cause 3 of 4, an item of the "Common causes" list.
http-423-cause-3 = Nextcloud or ownCloud reports a file as locked, sometimes because of stale entries in its file-locking cache.

# HTTP 423 Locked: common cause 4 of 4, an item of the "Common causes" list.
http-423-cause-4 = A sync client tries to overwrite a file that the server locked for a background task, such as a virus scan.

# HTTP 423 Locked: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-423-fix-visitor-1 = Wait until the other person closes the file, or ask them to, then try again.

# HTTP 423 Locked: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-423-fix-visitor-2 = If nobody is editing it, wait for the lock to expire, which can take from minutes to an hour depending on the server.

# HTTP 423 Locked: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-1 = Find the lock with a `PROPFIND` for the `lockdiscovery` property, which shows its owner, token and timeout.

# HTTP 423 Locked: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-2 = Release a stale lock with `UNLOCK` and the right `Lock-Token` header, or through the server's admin tools; in Nextcloud, check `memcache.locking` and the `oc_file_locks` table.

# HTTP 423 Locked: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-3 = Send the lock token in the `If` header of every modifying request while you hold the lock, and refresh long locks before their `Timeout` runs out.

# HTTP 423 Locked: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-4 = Use shorter lock timeouts, so that crashed clients do not block others for long.

# HTTP 423 Locked compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-423-vs-409 = Send `423` when a lock is what blocks the change; send `409` when the resource's state conflicts with it in another way.

# HTTP 423 Locked compared with HTTP 424 Failed Dependency: when to use which, in the "Related codes" section.
http-423-vs-424 = Send `423` for the resource that is locked; send `424` for other parts of the same request that failed because of it.

## HTTP 424 Failed Dependency

# HTTP 424 Failed Dependency: one-line summary at the top of the explainer (TL;DR).
http-424-tldr = This part of the request failed only because another part it depended on failed.

# HTTP 424 Failed Dependency: the "What it means" paragraph of the explainer.
http-424-meaning = RFC 4918 uses `424` mostly inside a `207 Multi-Status` body, to show which operations were not performed because a related operation in the same request failed. The standard case is `PROPPATCH`, which is atomic: if one property cannot be set, for example because it is protected, that property gets its real error and every other property in the request gets `424`. The client should fix the root failure, whose status appears elsewhere in the same body, and send the whole request again. Some APIs outside WebDAV use `424` in the same spirit, when a step of a request failed because a prerequisite step did.

# HTTP 424 Failed Dependency: common cause 1 of 3, an item of the "Common causes" list.
http-424-cause-1 = A `PROPPATCH` tried to set several properties and one was rejected, so none of the others was applied either.

# HTTP 424 Failed Dependency: common cause 2 of 3, an item of the "Common causes" list.
http-424-cause-2 = A `COPY` or `MOVE` of a collection could not handle one member, and operations that depended on it were reported as failed.

# HTTP 424 Failed Dependency: common cause 3 of 3, an item of the "Common causes" list.
http-424-cause-3 = A batch API processes items as a chain, and items after a failing one are reported with `424`.

# HTTP 424 Failed Dependency: what a visitor can do, the only item of "How to fix it (for visitors)".
http-424-fix-visitor-1 = Nothing to do about this part itself: fix or remove the item that caused the first error, then try again.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-1 = Look in the same `207` body for the entry whose status is not `424`; it is the real cause.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-2 = Send the request again without the failing property or item, since atomic methods applied nothing.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-3 = In batch APIs that borrow `424`, include a reference to the failed item that each dependent item was waiting for.

# HTTP 424 Failed Dependency compared with HTTP 207 Multi-Status: when to use which, in the "Related codes" section.
http-424-vs-207 = `424` describes one operation inside a `207` body; `207` is the overall status that carries all of them.

# HTTP 424 Failed Dependency compared with HTTP 423 Locked: when to use which, in the "Related codes" section.
http-424-vs-423 = Use `423` for the operation that hit a lock; use `424` for the operations that failed because of it.

# HTTP 424 Failed Dependency compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-424-vs-409 = Use `409` for the operation whose own state conflicts; use `424` for operations that failed only because of another failure.

## HTTP 425 Too Early

# HTTP 425 Too Early: one-line summary at the top of the explainer (TL;DR).
http-425-tldr = The server refuses to process a request sent in TLS early data, because it could be replayed; the client should resend it after the handshake.

# HTTP 425 Too Early: the "What it means" paragraph of the explainer.
http-425-meaning = TLS 1.3 lets a returning client send data with its first message, before the handshake completes (0-RTT), which saves a round trip but gives no protection against an attacker replaying those bytes. RFC 8470 defines how HTTP copes: a server or intermediary that accepts early data may process only requests that are safe to replay, and answers the others with `425`. A proxy that forwards a request received in early data adds `Early-Data: 1`, so that the origin can make the same decision. The client then repeats the request once the handshake is complete, and browsers do this without involving the user.

# HTTP 425 Too Early: common cause 1 of 3, an item of the "Common causes" list.
http-425-cause-1 = A browser resumed a TLS session and sent a `POST` in 0-RTT data to a server that accepts early data only for safe methods.

# HTTP 425 Too Early: common cause 2 of 3, an item of the "Common causes" list.
http-425-cause-2 = nginx with `ssl_early_data on` forwards the `Early-Data` header to the application, which refuses non-idempotent requests marked that way.

# HTTP 425 Too Early: common cause 3 of 3, an item of the "Common causes" list.
http-425-cause-3 = A CDN with 0-RTT enabled forwarded a request received in early data, and the origin did not want to risk a replay.

# HTTP 425 Too Early: what a visitor can do, the only item of "How to fix it (for visitors)".
http-425-fix-visitor-1 = Nothing: your browser repeats the request automatically once the secure connection is fully set up.

# HTTP 425 Too Early: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-1 = Enable 0-RTT only if your application can tell safe requests apart, and answer `425` to every non-idempotent request that carries `Early-Data: 1`.

# HTTP 425 Too Early: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-2 = In nginx, pass the flag upstream with `proxy_set_header Early-Data $ssl_early_data;` so that the application can decide, or leave `ssl_early_data off`.

# HTTP 425 Too Early: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-3 = Make sure custom clients retry after a `425` once the handshake has finished; a client that gives up turns a speed optimisation into an error.

# HTTP 425 Too Early compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-425-vs-400 = Send `425` when the only problem is that the request arrived in early data; send `400` when the request itself is wrong.

# HTTP 425 Too Early compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-425-vs-429 = `425` asks the client to repeat the request a moment later once the handshake is complete; `429` asks it to slow down because it sent too many.

## HTTP 426 Upgrade Required

# HTTP 426 Upgrade Required: one-line summary at the top of the explainer (TL;DR).
http-426-tldr = The server refuses the request over the current protocol and names, in `Upgrade`, the protocol the client must switch to.

# HTTP 426 Upgrade Required: the "What it means" paragraph of the explainer.
http-426-meaning = With `426` the server says it will process the request only after a protocol change, and it must send an `Upgrade` header listing the acceptable protocols, usually with `Connection: Upgrade`. The client then starts again with an upgrade request, which the server accepts with `101`. The mechanism exists only in HTTP/1.1. The code is seen most often when a WebSocket endpoint is reached with a plain HTTP request, and historically with the `Upgrade: TLS/1.0` scheme of RFC 2817, which browsers never implemented.

# HTTP 426 Upgrade Required: common cause 1 of 4, an item of the "Common causes" list.
http-426-cause-1 = A browser or `curl` requested a WebSocket URL as an ordinary page, without `Upgrade: websocket`; servers built on Node.js's `ws` library answer such requests with `426`.

# HTTP 426 Upgrade Required: common cause 2 of 4, an item of the "Common causes" list.
http-426-cause-2 = A reverse proxy removed the `Upgrade` and `Connection` headers, so a genuine WebSocket handshake reached the backend as a plain `GET`.

# HTTP 426 Upgrade Required: common cause 3 of 4, an item of the "Common causes" list.
http-426-cause-3 = A client used a protocol version that the endpoint no longer accepts without an upgrade, such as HTTP/1.0.

# HTTP 426 Upgrade Required: common cause 4 of 4, an item of the "Common causes" list.
http-426-cause-4 = An API misuses `426` to tell outdated mobile apps to update themselves, which is not what the code means.

# HTTP 426 Upgrade Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-426-fix-visitor-1 = Nothing: this address is meant for an app or a live connection, not for a page; open the site's normal page instead.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-1 = Forward upgrade headers through proxies: in nginx, `proxy_http_version 1.1;` with `proxy_set_header Upgrade $http_upgrade;` and `proxy_set_header Connection "upgrade";`, and check that the CDN allows WebSockets.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-2 = Test the handshake with a WebSocket client, such as `websocat` or the browser console, rather than with a plain `curl` request.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-3 = Always include the `Upgrade` header in a `426`, and ask users to update an app with another code, such as `400` with a clear error code.

# HTTP 426 Upgrade Required compared with HTTP 101 Switching Protocols: when to use which, in the "Related codes" section.
http-426-vs-101 = Send `101` when you accept an upgrade the client asked for; send `426` when the client has not asked and must.

# HTTP 426 Upgrade Required compared with HTTP 505 HTTP Version Not Supported: when to use which, in the "Related codes" section.
http-426-vs-505 = Send `426` when the client can continue after switching to a protocol you name; send `505` when you reject the HTTP version of the request itself.

## HTTP 428 Precondition Required

# HTTP 428 Precondition Required: one-line summary at the top of the explainer (TL;DR).
http-428-tldr = The server only accepts this change as a conditional request, for example with `If-Match`.

# HTTP 428 Precondition Required: the "What it means" paragraph of the explainer.
http-428-meaning = RFC 6585 defines `428` for servers that want to prevent lost updates: rather than accept an unconditional `PUT`, `PATCH` or `DELETE` that might overwrite someone else's change, they require the client to show which version it edited. The client fetches the resource, reads its `ETag` and repeats the change with `If-Match` carrying that value; the server then applies it, or answers `412` if the resource changed in between. The response should explain which precondition is required, and caches must not store it.

# HTTP 428 Precondition Required: common cause 1 of 3, an item of the "Common causes" list.
http-428-cause-1 = A client sent `PUT`, `PATCH` or `DELETE` without `If-Match` to an API that enforces optimistic locking.

# HTTP 428 Precondition Required: common cause 2 of 3, an item of the "Common causes" list.
http-428-cause-2 = A client library or SDK does not keep the `ETag` from its earlier `GET`, so it has nothing to send back.

# HTTP 428 Precondition Required: common cause 3 of 3, an item of the "Common causes" list.
http-428-cause-3 = A proxy or browser extension stripped `If-Match` or `If-Unmodified-Since` from the request.

# HTTP 428 Precondition Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-428-fix-visitor-1 = Nothing you can change: the app did not send the version information the server requires; reload the page and retry, or report it.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-1 = Read the `ETag` from the `GET` response and send it back unchanged in `If-Match` with the update; for cross-origin browser clients, expose `ETag` through `Access-Control-Expose-Headers`.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-2 = State the required header in the `428` body, for example in a problem details document that names `If-Match`.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-3 = Require preconditions only on methods that modify state, and document the rule so that client developers build it in from the start.

# HTTP 428 Precondition Required compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-428-vs-412 = Send `428` when the request carries no precondition; send `412` when it carries one that is false.

# HTTP 428 Precondition Required compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-428-vs-409 = Send `428` to make clients use `If-Match` so that conflicts are caught reliably; send `409` when you detect a conflict without preconditions.

## HTTP 429 Too Many Requests

# HTTP 429 Too Many Requests: one-line summary at the top of the explainer (TL;DR).
http-429-tldr = You sent too many requests in a given time and must slow down.

# HTTP 429 Too Many Requests: the "What it means" paragraph of the explainer.
http-429-meaning = `429` is the rate-limiting signal: the server or a gateway counted the client's requests, per API key, user, IP address or token, and the client went over the limit; RFC 6585 leaves it to the server how it identifies clients and counts. `Retry-After` gives the wait as a number of seconds or an HTTP date, and many APIs add headers describing the quota, such as `X-RateLimit-Remaining` or the `RateLimit` and `RateLimit-Policy` fields of an IETF draft. Clients should wait at least that long and then retry with exponential backoff and jitter; retrying at once only prolongs the block. Caches must not store a `429`.

# HTTP 429 Too Many Requests: common cause 1 of 5, an item of the "Common causes" list.
http-429-cause-1 = A script or integration loops over an API without delays, or retries every failure at once and multiplies its own traffic.

# HTTP 429 Too Many Requests: common cause 2 of 5, an item of the "Common causes" list.
http-429-cause-2 = Many users share one public IP address, such as an office NAT, a mobile carrier or a CI service, and together exceed a per-IP limit.

# HTTP 429 Too Many Requests: common cause 3 of 5, an item of the "Common causes" list.
http-429-cause-3 = An unauthenticated client hit a low anonymous quota, as with GitHub's 60 API requests per hour without a token.

# HTTP 429 Too Many Requests: common cause 4 of 5, an item of the "Common causes" list.
http-429-cause-4 = A cloud or AI API enforces requests-per-minute or tokens-per-minute quotas for the account's plan.

# HTTP 429 Too Many Requests: common cause 5 of 5, an item of the "Common causes" list.
http-429-cause-5 = nginx's `limit_req` rejected excess requests and was configured with `limit_req_status 429`; by default it would answer `503`.

# HTTP 429 Too Many Requests: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-429-fix-visitor-1 = Wait a minute, or the time the page gives, then try again; reloading repeatedly extends the block.

# HTTP 429 Too Many Requests: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-429-fix-visitor-2 = If you are on a shared network, such as an office or public Wi-Fi, try again later or from another connection.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-1 = Honour `Retry-After` and back off exponentially with random jitter; libraries such as `urllib3`'s `Retry` or Polly for .NET do this for you.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-2 = Send `Retry-After` and the remaining quota in your own `429` responses, so that clients can pace themselves instead of guessing.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-3 = Reduce request volume by caching responses, batching calls and using webhooks instead of polling.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-4 = In nginx, set `limit_req_status 429;` and a `burst` on `limit_req`, so that short peaks are queued rather than rejected.

# HTTP 429 Too Many Requests compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-429-vs-503 = Send `429` when one client exceeds its quota; send `503` when the whole service is overloaded or down for everyone.

# HTTP 429 Too Many Requests compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-429-vs-403 = Send `429` when the client may try again after waiting; send `403` when it is refused however slowly it asks.

## HTTP 431 Request Header Fields Too Large

# HTTP 431 Request Header Fields Too Large: one-line summary at the top of the explainer (TL;DR).
http-431-tldr = The request's headers, often its cookies, are too large for the server.

# HTTP 431 Request Header Fields Too Large: the "What it means" paragraph of the explainer.
http-431-meaning = Servers limit the size of each header field and of the header section as a whole; when a request exceeds either limit, they can answer `431`, ideally naming the field that was too large. The client may retry after shrinking its headers, which in a browser usually means deleting the site's cookies. Not every server uses the code: nginx and Apache report the same condition as `400`, while Node.js, for example, answers `431` when headers exceed its `--max-http-header-size` limit of 16 KB. RFC 6585 defines it.

# HTTP 431 Request Header Fields Too Large: common cause 1 of 4, an item of the "Common causes" list.
http-431-cause-1 = The site and its subdomains set many cookies, from analytics, A/B tests and sessions, and together they exceed the limit.

# HTTP 431 Request Header Fields Too Large: common cause 2 of 4, an item of the "Common causes" list.
http-431-cause-2 = During development on `localhost`, apps on different ports share the same cookies, because cookies do not depend on the port, so they pile up.

# HTTP 431 Request Header Fields Too Large: common cause 3 of 4, an item of the "Common causes" list.
http-431-cause-3 = A large JWT or session token travels in a cookie or the `Authorization` header and grows with every claim or role added.

# HTTP 431 Request Header Fields Too Large: common cause 4 of 4, an item of the "Common causes" list.
http-431-cause-4 = A proxy or gateway adds headers, such as a long `X-Forwarded-For` chain or tracing headers, that push a borderline request over the limit.

# HTTP 431 Request Header Fields Too Large: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-431-fix-visitor-1 = Delete this site's cookies in your browser settings, then reload and sign in again.

# HTTP 431 Request Header Fields Too Large: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-431-fix-visitor-2 = Try a private window; if the page works there, your stored cookies were the cause.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-1 = Find the oversized header with the browser's Network panel or `curl -v`, and check cookie sizes in the Application panel of DevTools.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-2 = Keep session data on the server and put only an ID in the cookie, and scope cookies with `Domain` and `Path` so that they are not sent everywhere.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-3 = Raise limits only as far as needed and consistently across layers: `large_client_header_buffers` in nginx, `LimitRequestFieldSize` in Apache, `--max-http-header-size` in Node.js, and the load balancer's own limit.

# HTTP 431 Request Header Fields Too Large compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-431-vs-413 = Send `431` when the headers are too large; send `413` when the body is.

# HTTP 431 Request Header Fields Too Large compared with HTTP 414 URI Too Long: when to use which, in the "Related codes" section.
http-431-vs-414 = Send `431` when header fields are too large; send `414` when the request target URI is.

# HTTP 431 Request Header Fields Too Large compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-431-vs-400 = Send `431` when you can tell that the headers are too large, so clients know what to fix; a generic `400` leaves them guessing.

## HTTP 451 Unavailable For Legal Reasons

# HTTP 451 Unavailable For Legal Reasons: one-line summary at the top of the explainer (TL;DR).
http-451-tldr = Access to the resource is blocked because of a legal demand, such as a court order or a government ban.

# HTTP 451 Unavailable For Legal Reasons: the "What it means" paragraph of the explainer.
http-451-meaning = RFC 7725 defines `451` so that legal censorship and legally required geographic restrictions are visible as such instead of being disguised as `403` or `404`. The body should explain the legal demand, who made it and under which law, and a `Link` header with `rel="blocked-by"` identifies the party that carries out the block, which may be the site, its host or a network operator rather than the authority that issued the demand. The code can come from the origin server or from an intermediary such as an ISP. A `451` is cacheable by default, since legal blocks usually last.

# HTTP 451 Unavailable For Legal Reasons: common cause 1 of 4, an item of the "Common causes" list.
http-451-cause-1 = A site blocks visitors from a region whose laws it does not comply with, as several US news sites did for visitors from the EU when the GDPR took effect.

# HTTP 451 Unavailable For Legal Reasons: common cause 2 of 4, an item of the "Common causes" list.
http-451-cause-2 = A court order or copyright takedown notice requires a host to disable access to specific content.

# HTTP 451 Unavailable For Legal Reasons: common cause 3 of 4, an item of the "Common causes" list.
http-451-cause-3 = An ISP or national filter blocks a site under a government order and shows a `451` page.

# HTTP 451 Unavailable For Legal Reasons: common cause 4 of 4, an item of the "Common causes" list.
http-451-cause-4 = A platform withholds a post or account in one country after a legal request from that country.

# HTTP 451 Unavailable For Legal Reasons: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-451-fix-visitor-1 = Read the explanation on the page: it should say who demanded the block, under which law, and whether an appeal is possible.

# HTTP 451 Unavailable For Legal Reasons: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-451-fix-visitor-2 = Look for the same information from another lawful source that is available where you are.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-1 = Give the legal basis, the authority behind the demand and a link to details in the body, and add a `Link` header with `rel="blocked-by"` naming the party that applies the block.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-2 = Use `451` rather than `403` or `404` for legally required blocks, so that users, researchers and transparency projects can recognise them.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-3 = Apply geographic blocks at the edge with the CDN's country rules, and return `451` with the explanation page instead of a generic error page.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-4 = Set `Cache-Control` to match how long the block will last, because a `451` without it may be cached.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-451-vs-403 = Send `451` when a legal demand forces the refusal; send `403` for refusals based on your own permissions or policies.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-451-vs-404 = Send `451` to disclose that content exists but is legally blocked; `404` would hide the block from the user.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-451-vs-410 = Send `410` when you removed content permanently by your own decision; send `451` when a legal demand makes it unavailable.

## HTTP 500 Internal Server Error

# HTTP 500 Internal Server Error: one-line summary at the top of the explainer (TL;DR).
http-500-tldr = Something went wrong on the server while it handled the request; the request itself is probably fine.

# HTTP 500 Internal Server Error: the "What it means" paragraph of the explainer.
http-500-meaning = `500` is the catch-all for server failures: the server met a condition it did not anticipate, most often an unhandled exception, and produced this status instead of a real response. It tells the client nothing about the cause, and servers should keep stack traces and internal details out of the body, since they help attackers more than users. Whether a retry helps depends on the cause: a transient failure may pass, while a bug fails the same way every time, so clients should retry only idempotent requests, with backoff. The useful information is on the server side, in its logs and error tracking, best linked to the response by a request ID.

# HTTP 500 Internal Server Error: common cause 1 of 5, an item of the "Common causes" list.
http-500-cause-1 = The application threw an exception it did not catch, such as a null reference, a failed type conversion or a missing template variable.

# HTTP 500 Internal Server Error: common cause 2 of 5, an item of the "Common causes" list.
http-500-cause-2 = The database or another dependency was unreachable, and the code let the error escape instead of reporting a clearer `503`.

# HTTP 500 Internal Server Error: common cause 3 of 5, an item of the "Common causes" list.
http-500-cause-3 = A configuration value or secret is missing in production, for example an environment variable that only exists on developers' machines.

# HTTP 500 Internal Server Error: common cause 4 of 5, an item of the "Common causes" list.
http-500-cause-4 = Apache found an invalid directive in an `.htaccess` file, which it reports as `500` for every request in that directory.

# HTTP 500 Internal Server Error: common cause 5 of 5, an item of the "Common causes" list.
http-500-cause-5 = PHP hit a fatal error or its `memory_limit` with `display_errors` off, so only a bare `500` reaches the browser.

# HTTP 500 Internal Server Error: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-500-fix-visitor-1 = Reload after a minute; if the error stays, the problem is on the site's side and only its operators can fix it.

# HTTP 500 Internal Server Error: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-500-fix-visitor-2 = If a form submission failed, check later whether it was saved before sending it again, to avoid duplicates.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-1 = Start with the logs at the failing request's timestamp: the application log, `journalctl -u` for the service, nginx's `error.log` or Apache's `error_log`, and an error tracker such as Sentry.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-2 = Return a request ID in a response header and in the error body, and log it with the exception, so that a user's report leads straight to the stack trace.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-3 = Reproduce locally with the same input and configuration, with the framework's debug mode turned on there and never in production.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-4 = Catch expected failures and map them to accurate codes: `4xx` for bad input, `503` for unavailable dependencies, `504` for timeouts.

# HTTP 500 Internal Server Error compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-500-vs-502 = A `500` comes from the server that ran the failing code; a `502` comes from a proxy whose upstream gave it an invalid response.

# HTTP 500 Internal Server Error compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-500-vs-503 = Send `503` for a known, temporary inability to serve, with `Retry-After`; `500` means an unexpected failure.

# HTTP 500 Internal Server Error compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-500-vs-501 = Send `501` when the server lacks a feature by design; `500` is for failures in features it does support.

## HTTP 501 Not Implemented

# HTTP 501 Not Implemented: one-line summary at the top of the explainer (TL;DR).
http-501-tldr = The server does not support what the request needs, usually its method.

# HTTP 501 Not Implemented: the "What it means" paragraph of the explainer.
http-501-meaning = A server answers `501` when it does not recognise the request method, or lacks the capability the request needs, for every resource it serves; a WebDAV method such as `PROPFIND` sent to a server without WebDAV support is a typical case. RFC 9112 also directs HTTP/1.1 servers to `501` when a request uses a transfer coding they do not understand. The response is heuristically cacheable, since the same request will fail again. Clients should not retry it unchanged; they need another method or another server.

# HTTP 501 Not Implemented: common cause 1 of 4, an item of the "Common causes" list.
http-501-cause-1 = A client sent a WebDAV method such as `PROPFIND` or `MKCOL` to a server without WebDAV support.

# HTTP 501 Not Implemented: common cause 2 of 4, an item of the "Common causes" list.
http-501-cause-2 = A request used a custom or misspelled method, such as `PURGE` sent to a server that is not a cache, or a typo in a hand-written client.

# HTTP 501 Not Implemented: common cause 3 of 4, an item of the "Common causes" list.
http-501-cause-3 = A `Transfer-Encoding` other than `chunked`, such as `gzip` on a request, reached a server that cannot decode it.

# HTTP 501 Not Implemented: common cause 4 of 4, an item of the "Common causes" list.
http-501-cause-4 = An API stub or placeholder route returns `501` for a feature that is planned but not built yet.

# HTTP 501 Not Implemented: what a visitor can do, the only item of "How to fix it (for visitors)".
http-501-fix-visitor-1 = Nothing: the site cannot perform this kind of request; use the feature another way, or contact the site.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-1 = Check the method your client sends, with `curl -v` or the access log, and whether the server and every proxy in front of it support it.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-2 = Enable the module that provides the method if you need it, such as `mod_dav` in Apache or the `dav_methods` directive in nginx.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-3 = Use `405` with an `Allow` header when the server knows the method but this resource does not support it, and keep `501` for what the server does not implement at all.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-4 = Document any `501` returned for unfinished API features, and remove the route before release if the feature will never be built.

# HTTP 501 Not Implemented compared with HTTP 405 Method Not Allowed: when to use which, in the "Related codes" section.
http-501-vs-405 = Send `501` when the server does not implement the method anywhere; send `405` when it implements it but not for this resource.

# HTTP 501 Not Implemented compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-501-vs-500 = Send `501` for a missing capability; send `500` for a failure while using a capability you have.

## HTTP 502 Bad Gateway

# HTTP 502 Bad Gateway: one-line summary at the top of the explainer (TL;DR).
http-502-tldr = A gateway or proxy got an invalid response, or none at all, from the server behind it.

# HTTP 502 Bad Gateway: the "What it means" paragraph of the explainer.
http-502-meaning = `502` comes from an intermediary, such as a reverse proxy, load balancer or CDN, that forwarded the request and got back something it could not use: a refused or reset connection, a connection closed early, malformed headers or a failed TLS handshake. The application behind it may not even log an error, so the useful logs are the proxy's, which usually name the upstream and the failure. Because the request may or may not have reached the upstream, clients should retry automatically only idempotent requests. Some CDNs add unofficial codes for more precise origin failures, such as Cloudflare's `520` to `526`.

# HTTP 502 Bad Gateway: common cause 1 of 5, an item of the "Common causes" list.
http-502-cause-1 = The upstream application crashed, was restarting during a deployment, or was killed for using too much memory, so nothing was listening.

# HTTP 502 Bad Gateway: common cause 2 of 5, an item of the "Common causes" list.
http-502-cause-2 = The proxy points at the wrong host, port or socket, for example `proxy_pass http://127.0.0.1:8000` while the app listens on port 3000.

# HTTP 502 Bad Gateway: common cause 3 of 5, an item of the "Common causes" list.
http-502-cause-3 = The proxy speaks TLS to an upstream that expects plain HTTP, or the reverse, or the upstream's certificate fails verification.

# HTTP 502 Bad Gateway: common cause 4 of 5, an item of the "Common causes" list.
http-502-cause-4 = The upstream closes idle keep-alive connections sooner than the proxy expects, so the proxy sends a request on a connection that is already closed.

# HTTP 502 Bad Gateway: common cause 5 of 5, an item of the "Common causes" list.
http-502-cause-5 = The upstream sent response headers larger than the proxy's buffers, which nginx logs as "upstream sent too big header".

# HTTP 502 Bad Gateway: what a visitor can do, the only item of "How to fix it (for visitors)".
http-502-fix-visitor-1 = Reload after a short wait; the server behind the site's gateway failed, and only the site's operators can fix it.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-1 = Read the proxy's error log for the exact reason, such as nginx's "connect() failed (111: Connection refused)" or "upstream prematurely closed connection", and the upstream address it names.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-2 = Test the upstream directly from the proxy host with `curl -v` on its address and port, and confirm with `ss -ltnp` that the process listens where the proxy expects.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-3 = Make the upstream's keep-alive timeout longer than the proxy's or load balancer's idle timeout, for example by raising `server.keepAliveTimeout` in Node.js above the load balancer's 60 seconds.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-4 = Raise `proxy_buffer_size` and `proxy_buffers` in nginx when upstream headers are large, and for PHP-FPM check its log for crashed or exhausted workers.

# HTTP 502 Bad Gateway compared with HTTP 504 Gateway Timeout: when to use which, in the "Related codes" section.
http-502-vs-504 = Send `502` when the upstream answered with something invalid or dropped the connection; send `504` when it did not answer in time.

# HTTP 502 Bad Gateway compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-502-vs-500 = A `502` means a proxy could not get a valid answer from its upstream; a `500` means the server that handled the request failed itself.

# HTTP 502 Bad Gateway compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-502-vs-503 = Send `503` when the service knows it is unavailable and says so; a `502` means the gateway tried a backend and got a broken answer or none.

## HTTP 503 Service Unavailable

# HTTP 503 Service Unavailable: one-line summary at the top of the explainer (TL;DR).
http-503-tldr = The server is temporarily unable to handle the request, because of overload or maintenance; try again later.

# HTTP 503 Service Unavailable: the "What it means" paragraph of the explainer.
http-503-meaning = `503` tells clients that the failure is temporary and known: the server or a load balancer chose not to process the request. A `Retry-After` header with a number of seconds or a date tells clients and crawlers when to come back, and search engines treat a short `503` as a pause and keep the page indexed, while weeks of `503` can get it dropped. Load balancers and ingress controllers also answer `503` when they have no healthy backend to send the request to. Clients should back off and retry, honouring `Retry-After`. A `503` is not cacheable unless its headers explicitly allow it.

# HTTP 503 Service Unavailable: common cause 1 of 5, an item of the "Common causes" list.
http-503-cause-1 = The site is in planned maintenance and serves its maintenance page with `503`.

# HTTP 503 Service Unavailable: common cause 2 of 5, an item of the "Common causes" list.
http-503-cause-2 = Every backend of the load balancer failed its health checks, or none is registered, as with an AWS target group that has no healthy targets.

# HTTP 503 Service Unavailable: common cause 3 of 5, an item of the "Common causes" list.
http-503-cause-3 = A Kubernetes Service has no ready pods, for example during a rollout whose readiness probe fails, so the ingress has no endpoint to use.

# HTTP 503 Service Unavailable: common cause 4 of 5, an item of the "Common causes" list.
http-503-cause-4 = The application is overloaded and sheds load, for example when its worker pool or connection limit is full.

# HTTP 503 Service Unavailable: common cause 5 of 5, an item of the "Common causes" list.
http-503-cause-5 = Varnish could not get a response from its backend and answered with its "503 Backend fetch failed" page.

# HTTP 503 Service Unavailable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-503-fix-visitor-1 = Wait a few minutes and reload; the site is temporarily down or overloaded.

# HTTP 503 Service Unavailable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-503-fix-visitor-2 = Check the service's status page or social media accounts for announced maintenance.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-1 = Send `Retry-After` with maintenance pages and load-shedding responses, and serve maintenance with `503` rather than `200`, so that crawlers do not index the maintenance page.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-2 = Check the load balancer's target health and its health-check path: a probe that hits a slow or authenticated URL marks healthy servers as down.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-3 = In Kubernetes, run `kubectl get endpoints` and `kubectl describe pod` to see whether readiness probes are failing.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-4 = Add capacity or request queueing before shedding load, and set `limit_req_status 429;` where rate limits, not overload, should answer.

# HTTP 503 Service Unavailable compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-503-vs-500 = Send `503` when the outage is temporary and expected to end; `500` signals an unexpected error.

# HTTP 503 Service Unavailable compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-503-vs-429 = Send `503` when the whole service is saturated or down; send `429` when a single client is over its quota.

# HTTP 503 Service Unavailable compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-503-vs-502 = A `503` means the service reports itself or its backends as unavailable; a `502` means a gateway reached a backend that failed to answer properly.

## HTTP 504 Gateway Timeout

# HTTP 504 Gateway Timeout: one-line summary at the top of the explainer (TL;DR).
http-504-tldr = A gateway or proxy waited too long for the server behind it and gave up.

# HTTP 504 Gateway Timeout: the "What it means" paragraph of the explainer.
http-504-meaning = `504` comes from an intermediary that forwarded the request but did not receive a complete response within its timeout; the upstream may still be working on the request and may complete it later. That matters for non-idempotent requests: a `POST` that timed out at the proxy may still create its resource, so clients should check before retrying. Each layer has its own timeout, and the shortest one wins: a CDN, a load balancer and a reverse proxy may each cut the request at a different point. The lasting fix is usually to make the work faster or asynchronous, not just to raise timeouts.

# HTTP 504 Gateway Timeout: common cause 1 of 5, an item of the "Common causes" list.
http-504-cause-1 = A slow database query, report or call to an external API keeps the application busy longer than nginx's `proxy_read_timeout` of 60 seconds.

# HTTP 504 Gateway Timeout: common cause 2 of 5, an item of the "Common causes" list.
http-504-cause-2 = A managed gateway's limit expired first, such as the 29-second integration timeout of AWS API Gateway or the 60-second default idle timeout of an Application Load Balancer.

# HTTP 504 Gateway Timeout: common cause 3 of 5, an item of the "Common causes" list.
http-504-cause-3 = A firewall or security group silently drops packets to the upstream, so the proxy waits until its connect timeout runs out.

# HTTP 504 Gateway Timeout: common cause 4 of 5, an item of the "Common causes" list.
http-504-cause-4 = The upstream is overloaded and requests wait in its queue, for example with every Gunicorn or PHP-FPM worker busy with slow requests.

# HTTP 504 Gateway Timeout: common cause 5 of 5, an item of the "Common causes" list.
http-504-cause-5 = The upstream's DNS name resolves to a stale or unreachable address.

# HTTP 504 Gateway Timeout: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-504-fix-visitor-1 = Wait a moment and reload; if you submitted something, first check whether it went through, since the server may have completed it.

# HTTP 504 Gateway Timeout: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-504-fix-visitor-2 = If only a large export or report fails, try a smaller date range or selection.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-1 = Find which layer timed out by comparing response times and the `Server` or `Via` headers, then read that layer's log, such as nginx's "upstream timed out (110: Connection timed out)".

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-2 = Profile the slow endpoint: read the database's slow query log, add indexes, and give calls to external services timeouts shorter than the proxy's.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-3 = Move long work to a background job and answer `202` with a status URL instead of holding the request open.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-4 = Raise timeouts only deliberately and consistently from the innermost layer outwards, such as `proxy_read_timeout` in nginx and the load balancer's idle timeout.

# HTTP 504 Gateway Timeout compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-504-vs-502 = Send `504` when the upstream did not answer in time; send `502` when it answered with something invalid.

# HTTP 504 Gateway Timeout compared with HTTP 408 Request Timeout: when to use which, in the "Related codes" section.
http-504-vs-408 = Send `504` when a gateway waited too long for its upstream; send `408` when a server waited too long for the client's request.

## HTTP 505 HTTP Version Not Supported

# HTTP 505 HTTP Version Not Supported: one-line summary at the top of the explainer (TL;DR).
http-505-tldr = The server does not support the HTTP version used in the request.

# HTTP 505 HTTP Version Not Supported: the "What it means" paragraph of the explainer.
http-505-meaning = `505` concerns the major version in the request line, such as `HTTP/2.0` written in HTTP/1.1 text form, or a version string the server cannot handle; the server refuses to process the request in that version. The body should say which versions the server does support. Nowadays the version is normally settled before any request is sent: ALPN in the TLS handshake chooses `h2` or `http/1.1`, and HTTP/3 is found through `Alt-Svc` or DNS `HTTPS` records, so a real `505` usually points to a hand-written client, a misconfigured proxy or a scanner. Servers are not obliged to send it, and many reply `400` or close the connection instead.

# HTTP 505 HTTP Version Not Supported: common cause 1 of 3, an item of the "Common causes" list.
http-505-cause-1 = A client sent HTTP/2 with prior knowledge, such as `curl --http2-prior-knowledge`, to a server that only speaks HTTP/1.1 and read the connection preface as a request for version 2.0.

# HTTP 505 HTTP Version Not Supported: common cause 2 of 3, an item of the "Common causes" list.
http-505-cause-2 = A hand-written client or script put an invalid version token, such as `HTTP/1.2` or `HTTP/2`, in its request line.

# HTTP 505 HTTP Version Not Supported: common cause 3 of 3, an item of the "Common causes" list.
http-505-cause-3 = A proxy or load balancer forwards requests with an HTTP version the backend does not speak, for example cleartext HTTP/2 to an HTTP/1.1-only application server.

# HTTP 505 HTTP Version Not Supported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-505-fix-visitor-1 = Nothing in a browser, which chooses the version automatically; if only an old app or device fails, update it.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-1 = Check the request line your client or proxy actually sends, with `curl -v` or a packet capture, and use `HTTP/1.1` or negotiate HTTP/2 through ALPN.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-2 = Configure the backend protocol explicitly on load balancers and proxies, such as the protocol version of an AWS target group or `grpc_pass` versus `proxy_pass` in nginx, to match what the backend speaks.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-3 = List the supported versions in the `505` body, and log the raw request line so that you can identify the sender.

# HTTP 505 HTTP Version Not Supported compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-505-vs-426 = Send `505` when you reject the request's HTTP version outright; send `426` when you would serve the request after a protocol upgrade you name.

# HTTP 505 HTTP Version Not Supported compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-505-vs-501 = Send `505` when the problem is the protocol version; send `501` when the version is fine but the method or feature is not implemented.

## HTTP 506 Variant Also Negotiates

# HTTP 506 Variant Also Negotiates: one-line summary at the top of the explainer (TL;DR).
http-506-tldr = A content negotiation configuration error on the server: the chosen variant negotiates again, creating a loop.

# HTTP 506 Variant Also Negotiates: the "What it means" paragraph of the explainer.
http-506-meaning = RFC 2295 defined transparent content negotiation, in which a negotiable resource offers a list of variants and each variant must be a concrete representation. `506` reports that this configuration is broken: the variant selected for the request is itself a negotiating resource, so negotiation would never end. It is a server error of a specific kind: the client cannot correct it, and a retry gives the same result until an administrator fixes the configuration. RFC 2295 is an Experimental RFC that was never widely implemented, so in practice the code comes almost only from Apache's `mod_negotiation`.

# HTTP 506 Variant Also Negotiates: common cause 1 of 3, an item of the "Common causes" list.
http-506-cause-1 = An Apache type map (`.var` file) lists a variant that is itself a type map or another negotiable resource.

# HTTP 506 Variant Also Negotiates: common cause 2 of 3, an item of the "Common causes" list.
http-506-cause-2 = `MultiViews` is enabled in a directory where a variant's file name also matches a negotiable resource, so one choice leads to another negotiation.

# HTTP 506 Variant Also Negotiates: common cause 3 of 3, an item of the "Common causes" list.
http-506-cause-3 = A rewrite rule sends the selected variant back to the URL that negotiates.

# HTTP 506 Variant Also Negotiates: what a visitor can do, the only item of "How to fix it (for visitors)".
http-506-fix-visitor-1 = Nothing: the site's server is misconfigured; wait for its owner to fix it, or let them know.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-1 = Check Apache's error log and the type maps and `MultiViews` settings for the URL, and make every variant point to a concrete file.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-2 = Disable `MultiViews` where you do not need negotiation (`Options -MultiViews`), and avoid file names that make variants ambiguous.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-3 = Replace transparent negotiation with explicit URLs per language or format plus a `Vary` header, which every client understands.

# HTTP 506 Variant Also Negotiates compared with HTTP 300 Multiple Choices: when to use which, in the "Related codes" section.
http-506-vs-300 = `300` is a legitimate offer of alternatives to the client; `506` is a server error because the alternatives were configured in a loop.

# HTTP 506 Variant Also Negotiates compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-506-vs-500 = Send `506` only for the negotiation loop described in RFC 2295; send `500` for every other configuration error.

## HTTP 507 Insufficient Storage

# HTTP 507 Insufficient Storage: one-line summary at the top of the explainer (TL;DR).
http-507-tldr = The server has no room to store what the request sends, because a disk or a quota is full.

# HTTP 507 Insufficient Storage: the "What it means" paragraph of the explainer.
http-507-meaning = RFC 4918 defines `507` for WebDAV methods such as `PUT`, `MKCOL`, `COPY` or `PROPPATCH` when the server cannot record the representation it needs to complete the request. The condition is considered temporary: the same request may succeed once space is freed or the quota raised, so clients can retry later rather than treat it as permanent. Inside a `207` body it can mark individual members of a copy that did not fit. File hosting and sync services commonly use it to report quota errors, and some non-WebDAV APIs use it for storage failures.

# HTTP 507 Insufficient Storage: common cause 1 of 4, an item of the "Common causes" list.
http-507-cause-1 = A Nextcloud or ownCloud user exceeded their storage quota while uploading or syncing.

# HTTP 507 Insufficient Storage: common cause 2 of 4, an item of the "Common causes" list.
http-507-cause-2 = The server's disk, or the partition holding its temporary upload directory, is full.

# HTTP 507 Insufficient Storage: common cause 3 of 4, an item of the "Common causes" list.
http-507-cause-3 = The filesystem ran out of inodes, or the server account hit a filesystem quota, even though space seems to be free.

# HTTP 507 Insufficient Storage: common cause 4 of 4, an item of the "Common causes" list.
http-507-cause-4 = A `COPY` of a large collection needed more space than was left at the destination.

# HTTP 507 Insufficient Storage: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-507-fix-visitor-1 = Free up space in your account by deleting or moving files, or upgrade your storage plan.

# HTTP 507 Insufficient Storage: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-507-fix-visitor-2 = If your account still has free space, tell the service's administrators that its storage is full.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-1 = Check free space and inodes with `df -h` and `df -i` on every volume the upload touches, including `/tmp` or the configured temporary upload directory.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-2 = Check user and group quotas in the application, for example with `occ user:info` in Nextcloud, and in the filesystem.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-3 = Alert on disk usage well before a volume is full, and clean up rotated logs, old backups and abandoned partial uploads.

# HTTP 507 Insufficient Storage compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-507-vs-413 = Send `413` when this one request body is over a size limit; send `507` when the server lacks the storage to keep it, whatever its size.

# HTTP 507 Insufficient Storage compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-507-vs-500 = Send `507` when the cause is a lack of storage that the client may wait out; `500` gives no hint of the cause.

## HTTP 508 Loop Detected

# HTTP 508 Loop Detected: one-line summary at the top of the explainer (TL;DR).
http-508-tldr = The server stopped a WebDAV operation because bindings made the collection tree loop back on itself.

# HTTP 508 Loop Detected: the "What it means" paragraph of the explainer.
http-508-meaning = With the bindings of RFC 5842, a collection can be bound inside one of its own descendants, so an operation with `Depth: infinity`, such as a `PROPFIND` or `COPY`, could walk the same collections forever. `508` says the server found such a cycle and gave up: the whole operation failed, unlike `208`, which lets a listing continue past a repeated collection. The client should not repeat the request unchanged; a finite depth or a change to the bindings avoids the loop. The code is Experimental and rare in its real meaning, but some shared hosting platforms misuse it as "Resource Limit Is Reached" when an account exceeds its CPU or process limits.

# HTTP 508 Loop Detected: common cause 1 of 3, an item of the "Common causes" list.
http-508-cause-1 = A `PROPFIND` or `COPY` with `Depth: infinity` reached a collection that is bound into its own subtree.

# HTTP 508 Loop Detected: common cause 2 of 3, an item of the "Common causes" list.
http-508-cause-2 = Two collections are bound into each other, so walking one leads back to the other.

# HTTP 508 Loop Detected: common cause 3 of 3, an item of the "Common causes" list.
http-508-cause-3 = On CloudLinux shared hosting, the site exceeded its LVE limits, such as entry processes or CPU, and the host answers with the non-standard "508 Resource Limit Is Reached".

# HTTP 508 Loop Detected: what a visitor can do, the only item of "How to fix it (for visitors)".
http-508-fix-visitor-1 = Wait a few minutes and reload; if the page says "Resource Limit Is Reached", the site's hosting plan is overloaded and only its owner can fix it.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-1 = Walk the tree with `Depth: 1`, level by level, and track `DAV:resource-id` so that your client stops at collections it has already seen.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-2 = Remove the binding that creates the cycle with `UNBIND`, or restructure collections so that none contains an ancestor.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-3 = On CloudLinux hosting, check the LVE usage on cPanel's Resource Usage page, and cut long-running PHP processes or ask the host for higher limits.

# HTTP 508 Loop Detected compared with HTTP 208 Already Reported: when to use which, in the "Related codes" section.
http-508-vs-208 = Send `208` to skip an already reported collection and keep going; send `508` when the loop makes the whole operation fail.

# HTTP 508 Loop Detected compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-508-vs-500 = Send `508` specifically for a binding loop during a deep operation; send `500` for other unexpected server failures.

## HTTP 510 Not Extended

# HTTP 510 Not Extended: one-line summary at the top of the explainer (TL;DR).
http-510-tldr = Obsoleted: it once meant that the request lacked an extension declaration the server required; do not send it.

# HTTP 510 Not Extended: the "What it means" paragraph of the explainer.
http-510-meaning = The HTTP Extension Framework of RFC 2774 let clients declare mandatory extensions with headers such as `Man` and `Opt`, and a server answered `510` when a required declaration was missing, explaining in the body how to retry. The framework was never adopted, RFC 2774 was moved to Historic status, and IANA now lists `510` as obsoleted. A client that still receives it can only treat it as a generic server error and show the body. Nothing replaces it directly: HTTP extensions today are negotiated with new header fields, ALPN or HTTP/2 settings.

# HTTP 510 Not Extended: common cause 1 of 3, an item of the "Common causes" list.
http-510-cause-1 = A legacy system built on the HTTP Extension Framework still requires an extension declaration.

# HTTP 510 Not Extended: common cause 2 of 3, an item of the "Common causes" list.
http-510-cause-2 = An application picked `510` from a status code list to mean "feature not enabled", a meaning it never had.

# HTTP 510 Not Extended: common cause 3 of 3, an item of the "Common causes" list.
http-510-cause-3 = A framework's status enumeration still includes `510`, and a handler uses it as a generic "not extended" error.

# HTTP 510 Not Extended: what a visitor can do, the only item of "How to fix it (for visitors)".
http-510-fix-visitor-1 = Nothing: the site uses an obsolete error code for a problem on its side; report it to the site owner.

# HTTP 510 Not Extended: what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-510-fix-developer-1 = Replace `510` with a current code: `400` or `422` when the request lacks something required, `501` when the server lacks a feature, `426` when a protocol upgrade is needed.

# HTTP 510 Not Extended: what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-510-fix-developer-2 = In clients, handle a received `510` like `500` and show its body, which may explain what the server wanted.

# HTTP 510 Not Extended compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-510-vs-426 = Send `426` when the client must switch protocols, naming them in `Upgrade`; `510` asked for an extension declaration and is obsolete.

# HTTP 510 Not Extended compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-510-vs-501 = Send `501` when the server lacks the needed feature; `510` put the missing piece on the client side and should not be used any more.

## HTTP 511 Network Authentication Required

# HTTP 511 Network Authentication Required: one-line summary at the top of the explainer (TL;DR).
http-511-tldr = The network you are on wants you to sign in, usually through a captive portal page, before it lets traffic through.

# HTTP 511 Network Authentication Required: the "What it means" paragraph of the explainer.
http-511-meaning = RFC 6585 gives captive portals an honest status for intercepted requests: instead of redirecting every request to a login page, or answering with the portal page as `200`, the network answers `511` with a body that links to its sign-in page. Because the interception is explicit, clients do not mistake the portal page for the site's content, and caches must not store the response. Origin servers should not send it; it belongs to the network between the user and the site. Since portals cannot intercept HTTPS without a certificate error, modern systems also find them through probe URLs and the Captive Portal API of RFC 8908, announced by DHCP or router advertisements (RFC 8910).

# HTTP 511 Network Authentication Required: common cause 1 of 3, an item of the "Common causes" list.
http-511-cause-1 = You joined a hotel, airport, train or café Wi-Fi network and have not accepted its terms or signed in yet.

# HTTP 511 Network Authentication Required: common cause 2 of 3, an item of the "Common causes" list.
http-511-cause-2 = Your portal session expired after its time limit, and the network asks you to sign in again.

# HTTP 511 Network Authentication Required: common cause 3 of 3, an item of the "Common causes" list.
http-511-cause-3 = A guest network at a company requires registration, and an app's background request hit the portal before the user did.

# HTTP 511 Network Authentication Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-511-fix-visitor-1 = Open any plain `http://` website, or your device's network sign-in prompt, to reach the login page and sign in.

# HTTP 511 Network Authentication Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-511-fix-visitor-2 = If the portal page does not appear, turn Wi-Fi off and on again, or ask the network's staff for the sign-in address.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-1 = In a portal, answer intercepted HTTP requests with `511`, a short HTML page and a link to the login page, plus `Cache-Control: no-store`.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-2 = Announce the portal with DHCP option 114 or IPv6 router advertisements (RFC 8910) and implement the Captive Portal API (RFC 8908), so that devices find it without traffic interception.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-3 = In apps, detect `511` and tell users to sign in to their network, instead of reporting an outage of your service.

# HTTP 511 Network Authentication Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-511-vs-401 = `511` comes from the network and asks the user to sign in to it; `401` comes from the site itself and asks for the site's credentials.

# HTTP 511 Network Authentication Required compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-511-vs-407 = `511` is for a captive portal that intercepts traffic; `407` is for a proxy the client is configured to use and can answer with `Proxy-Authorization`.
