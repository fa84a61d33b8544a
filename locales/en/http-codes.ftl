### HTTP status code descriptions (English, the source language).
### One message per HTTP status code: the one-paragraph description shown under the page title.
### Keep each translation on one line and keep the text between backticks (`Location`, `GET`, `Expect: 100-continue`) unchanged: they are header names, methods and tokens.
### Reason phrases such as Payload Too Large are historical names from the specifications; translate the surrounding text, not those names.

# HTTP 100 Continue: one-paragraph description under the page title.
http-100-description = An interim response telling the client that the server has received the request header and is willing to accept the content, so the client can go ahead and send it. Clients ask for it by sending `Expect: 100-continue` before a large upload, which lets the server reject the request early without the body being transferred. The final status code follows once the request has been processed.

# HTTP 101 Switching Protocols: one-paragraph description under the page title.
http-101-description = The server agrees to switch the connection to the protocol the client asked for in its `Upgrade` header, and names that protocol in its own `Upgrade` header. Right after the empty line that ends this response, both sides speak the new protocol on the same connection. The most common use is opening a WebSocket connection over HTTP/1.1; HTTP/2 and HTTP/3 do not use this mechanism.

# HTTP 102 Processing: one-paragraph description under the page title. The code is still registered although RFC 4918 dropped it; the text says so.
http-102-description = An interim WebDAV response telling the client that the server has accepted a long-running request and is still working on it, so the client should not time out. RFC 2518 defined it, but RFC 4918, which replaced that document, dropped it for lack of implementations; the code is still listed in the IANA registry. New servers rarely send it, and a `202 Accepted` response with a status resource to poll is the usual alternative for long operations.

# HTTP 103 Early Hints: one-paragraph description under the page title.
http-103-description = An interim response that lets the server send `Link` headers, typically with `rel=preload` or `rel=preconnect`, before the final response is ready. The browser can start fetching stylesheets, scripts or fonts while the server is still generating the page. The hints are only advisory, the final response must carry its own headers, and some browsers act on them only over HTTP/2 or later.

# HTTP 104 Upload Resumption Supported: one-paragraph description under the page title.
http-104-description = An interim response from the resumable uploads Internet-Draft: while an upload is arriving, the server announces that the transfer can be resumed and gives the address of a temporary upload resource in the `Location` header. If the connection drops, the client can ask that resource how many bytes arrived and send only the rest. The code has a temporary IANA registration tied to a draft that is still changing, so details such as the `Upload-Draft-Interop-Version` header differ between draft versions and implementations.

# HTTP 200 OK: one-paragraph description under the page title.
http-200-description = The request succeeded, and what the response contains depends on the method: the requested representation for `GET`, the result of the action for `POST`, or only headers for `HEAD`. It is the default answer when nothing more specific applies. A `200` response can be cached unless its headers say otherwise.

# HTTP 201 Created: one-paragraph description under the page title.
http-201-description = The request succeeded and created one or more new resources, usually through a `POST` or `PUT`. The `Location` header points to the new resource (without it, the new resource is the request target itself), and the body typically describes it. Use it instead of `200` when something new now exists on the server.

# HTTP 202 Accepted: one-paragraph description under the page title.
http-202-description = The server accepted the request for processing but has not finished it, and the work may still fail later. HTTP has no way to report the final outcome afterwards, so the response should describe the current state and tell the client where it can check progress. It suits batch jobs, queued tasks and other work that outlives the connection.

# HTTP 203 Non-Authoritative Information: one-paragraph description under the page title.
http-203-description = The request succeeded, but a transforming proxy changed the content or headers it received from the origin server, for example by recompressing images. It warns the client that the response is not exactly what the origin sent. It is meant for intermediaries, not origin servers, and is otherwise handled like `200 OK`.

# HTTP 204 No Content: one-paragraph description under the page title.
http-204-description = The request succeeded and there is nothing to send back: the response ends after its headers. It is common for `PUT`, `PATCH` and `DELETE` when the client does not need a copy of the result, and a browser that receives it stays on the current page. The headers can still carry metadata, such as an `ETag` for the updated resource.

# HTTP 205 Reset Content: one-paragraph description under the page title.
http-205-description = The request succeeded and the client should reset the view that sent it, typically clearing a form so the user can enter new data. The response must not carry any content. It is rare in practice, because scripts usually reset forms themselves.

# HTTP 206 Partial Content: one-paragraph description under the page title.
http-206-description = The server is sending only part of the representation, because the client asked for byte ranges with a `Range` header. A single range comes with a `Content-Range` header giving the position of these bytes and the total size; several ranges come as a `multipart/byteranges` body. It makes resumed downloads, video seeking and parallel fetching of large files possible.

# HTTP 207 Multi-Status: one-paragraph description under the page title.
http-207-description = A WebDAV response that reports separate results for several resources or operations at once, in an XML `multistatus` body. Each `response` element in the body carries its own status code, so some parts can succeed while others fail. Clients have to read the body, because the 207 itself does not say whether every part worked.

# HTTP 208 Already Reported: one-paragraph description under the page title.
http-208-description = Used by WebDAV servers that support bindings inside a `207 Multi-Status` body, to mark a collection that was already listed earlier in the same response through another binding. It stops a `Depth: infinity` listing from enumerating the same members again and again. It comes from RFC 5842, published as Experimental, and rarely appears as the status of a whole response.

# HTTP 226 IM Used: one-paragraph description under the page title.
http-226-description = The server answered a `GET` that asked for instance manipulations in an `A-IM` header, for example a delta against a version the client already has, and the body is the result of applying them. The `IM` header lists the manipulations used, so the client can rebuild the current version from its cached copy. This delta encoding from RFC 3229 saw little adoption on the web.

# HTTP 300 Multiple Choices: one-paragraph description under the page title.
http-300-description = The target resource has several representations, for example different formats or languages, and the server leaves the choice to the client. The body usually lists the options with links, and a `Location` header can name the server's preferred one. It is rare in practice, since most servers pick a representation through content negotiation instead.

# HTTP 301 Moved Permanently: one-paragraph description under the page title.
http-301-description = The resource has a new permanent URI, given in the `Location` header, and clients should use it from now on; search engines and bookmarks move to the new address. For historical reasons browsers may turn a `POST` into a `GET` when following it, so use `308 Permanent Redirect` when the method must be kept. The response can be cached by default.

# HTTP 302 Found: one-paragraph description under the page title.
http-302-description = The resource is temporarily at another URI, given in the `Location` header, and clients should keep using the original URI for later requests. As with `301`, browsers may turn a `POST` into a `GET` when following it; `307` keeps the method and `303` makes the switch to `GET` explicit. It is widely used for login flows and other short-term redirects.

# HTTP 303 See Other: one-paragraph description under the page title.
http-303-description = The server sends the client to a different resource, given in the `Location` header, which it should fetch with `GET` to see the result of its request. It is the standard way to follow a form submission or other `POST` with a page showing the outcome, so that reloading the page does not submit again. It does not mean that the original resource has moved.

# HTTP 304 Not Modified: one-paragraph description under the page title.
http-304-description = The client made a conditional `GET` or `HEAD` request, with `If-None-Match` or `If-Modified-Since`, and its cached copy is still valid, so the server sends no body. The client reuses its stored response, updated with headers from this one such as `ETag`, `Cache-Control` and `Expires`. It saves bandwidth for resources that change rarely.

# HTTP 305 Use Proxy: one-paragraph description under the page title.
http-305-description = Historically told the client to repeat the request through the proxy named in the `Location` header. It is deprecated because letting a server choose the client's proxy is a security risk, and clients do not follow it. Servers should not send it; proxies are configured on the client side instead.

# HTTP 306 (Unused): one-paragraph description under the page title. Switch Proxy is the name from an old draft; keep it as a name.
http-306-description = Unused: an early draft of HTTP/1.1 defined this code as Switch Proxy, to make clients use a different proxy for later requests, and the idea was dropped. The code stays reserved so that it is never assigned again. Servers should not send it.

# HTTP 307 Temporary Redirect: one-paragraph description under the page title.
http-307-description = The resource is temporarily at another URI, given in the `Location` header, and the client must repeat the request there with the same method and content. Unlike with `302`, a `POST` stays a `POST` on the new URI. Later requests should still go to the original URI.

# HTTP 308 Permanent Redirect: one-paragraph description under the page title.
http-308-description = The resource has a new permanent URI, given in the `Location` header, and the client must repeat the request there with the same method and content. It is the method-preserving counterpart of `301`, first defined in RFC 7538 and now part of RFC 9110. Clients that can should update their links and bookmarks to the new URI.

# HTTP 400 Bad Request: one-paragraph description under the page title.
http-400-description = The server will not process the request because it sees an error on the client's side, such as malformed syntax, an invalid request line or a body that cannot be parsed. The client should correct the request before sending it again. When a more specific code fits, such as `415` or `422`, that code helps the client more.

# HTTP 401 Unauthorized: one-paragraph description under the page title.
http-401-description = The request lacks valid credentials for the target resource, either because none were sent or because the ones sent were rejected. The response must include a `WWW-Authenticate` header naming at least one authentication scheme the client can use, such as `Basic` or `Bearer`. Despite its name it is about authentication; use `403` when the client is known but not allowed.

# HTTP 402 Payment Required: one-paragraph description under the page title.
http-402-description = The HTTP specification reserves this code for future use and gives it no defined meaning. Some APIs and payment services use it to say that a payment, subscription or quota purchase is needed, but clients cannot rely on any standard behaviour. If you use it, document what it means in your API.

# HTTP 403 Forbidden: one-paragraph description under the page title.
http-403-description = The server understood the request and refuses to carry it out. Sending credentials again does not help: the identity already known lacks permission, or access is blocked for another reason. A server that wants to hide whether the resource exists can answer `404` instead.

# HTTP 404 Not Found: one-paragraph description under the page title.
http-404-description = The server has no current representation for the target resource, or does not want to reveal that one exists. It says nothing about whether the absence is temporary or permanent; `410 Gone` states that a resource was removed for good. A `404` response can be cached by default.

# HTTP 405 Method Not Allowed: one-paragraph description under the page title.
http-405-description = The target resource exists but does not support the request method, for example a `DELETE` on a read-only resource. The server must send an `Allow` header listing the methods that the resource does support. Use `501` instead when the server does not recognise the method for any resource.

# HTTP 406 Not Acceptable: one-paragraph description under the page title.
http-406-description = The server cannot produce a representation that matches the client's negotiation headers, such as `Accept` or `Accept-Language`. The response should list the available representations so that the user or client can choose one. Many servers ignore these headers and send a default representation rather than fail.

# HTTP 407 Proxy Authentication Required: one-paragraph description under the page title.
http-407-description = Like `401`, but the credentials are required by a proxy between the client and the server. The proxy must send a `Proxy-Authenticate` header naming the scheme to use, and the client answers with a `Proxy-Authorization` header. It usually comes from a corporate or ISP proxy, not from the site being visited.

# HTTP 408 Request Timeout: one-paragraph description under the page title.
http-408-description = The server did not receive a complete request within the time it was prepared to wait, and it is closing the connection. The client may send the request again on a new connection. Some clients retry automatically, for example when the server closed an idle keep-alive connection.

# HTTP 409 Conflict: one-paragraph description under the page title.
http-409-description = The request conflicts with the current state of the target resource, for example an edit based on an outdated version or an attempt to create something that already exists. The body should explain the conflict so that the client can resolve it and try again. It is common with version control, concurrent edits and unique constraints.

# HTTP 410 Gone: one-paragraph description under the page title.
http-410-description = The resource used to exist at this URI and was removed on purpose, with no forwarding address, and the server expects this to be permanent. Clients should remove links and bookmarks to it, and search engines drop it from their index. When the server cannot tell whether the absence is permanent, `404` is the right code.

# HTTP 411 Length Required: one-paragraph description under the page title.
http-411-description = The server refuses the request because it has no `Content-Length` header and the server requires one before accepting the content. The client can retry with a valid `Content-Length`. It mostly concerns HTTP/1.1 uploads sent with chunked transfer coding to servers that do not accept them.

# HTTP 412 Precondition Failed: one-paragraph description under the page title.
http-412-description = One or more conditions in the request headers, such as `If-Match` or `If-Unmodified-Since`, evaluated to false on the server, so the request was not applied. This protects against lost updates when the resource changed after the client last fetched it. The client should fetch the current version, reconcile its changes and try again.

# HTTP 413 Content Too Large: one-paragraph description under the page title.
http-413-description = The request content is larger than the server is willing or able to process, such as an upload over a size limit. If the limit is temporary, the server can add a `Retry-After` header; it may also close the connection. RFC 9110 renamed the code Content Too Large; earlier specifications called it Payload Too Large and, before that, Request Entity Too Large.

# HTTP 414 URI Too Long: one-paragraph description under the page title.
http-414-description = The target URI is longer than the server is willing to interpret. It often happens when a form that should use `POST` puts a large amount of data in the query string of a `GET`, or when a redirect loop keeps making the URI longer. RFC 2616 called it Request-URI Too Long.

# HTTP 415 Unsupported Media Type: one-paragraph description under the page title.
http-415-description = The server refuses the request because its content is in a format that this method and resource do not support, as shown by `Content-Type` or `Content-Encoding`. Check which media type and encoding the endpoint expects. When the problem is the content coding, the response should include an `Accept-Encoding` header listing the codings it accepts.

# HTTP 416 Range Not Satisfiable: one-paragraph description under the page title.
http-416-description = None of the byte ranges in the request's `Range` header overlap the current representation, for example a start position beyond the end of the file. For byte ranges the server should send a `Content-Range` header with an asterisk and the full length, such as `bytes */4096`, so the client can correct its request. RFC 2616 called it Requested Range Not Satisfiable.

# HTTP 417 Expectation Failed: one-paragraph description under the page title.
http-417-description = The server cannot meet the expectation in the request's `Expect` header. The only expectation HTTP defines is `100-continue`, so this usually means that a server or intermediary does not support it, or that the header carries an unknown value. Sending the request again without the `Expect` header normally works.

# HTTP 418 (Unused): one-paragraph description under the page title. I'm a teapot is the joke name from RFC 2324; keep it as a name or translate it playfully.
http-418-description = Unused and reserved. RFC 2324, an April Fools' Day specification for controlling coffee pots, defined it as I'm a teapot, and RFC 7168 extended the joke to tea. The joke was deployed widely enough that RFC 9110 reserves the code instead of giving it a real meaning, unless the 4xx range ever runs out; many frameworks still expose it under its old name, but APIs should not rely on it.

# HTTP 421 Misdirected Request: one-paragraph description under the page title.
http-421-description = The request reached a server that cannot produce a response for the combination of scheme and host in the request URI. It typically happens when a client reuses an HTTP/2 or HTTP/3 connection for another host name that the certificate covers but that this server does not serve. The client may retry over a new connection, and proxies must not send this code.

# HTTP 422 Unprocessable Content: one-paragraph description under the page title.
http-422-description = The server understands the content type and the request content is well-formed, but it cannot process the instructions in it, for example a JSON body that breaks validation rules. APIs widely use it for validation errors, with a body listing the invalid fields. WebDAV defined it as Unprocessable Entity, and RFC 9110 moved it into HTTP itself under the name Unprocessable Content.

# HTTP 423 Locked: one-paragraph description under the page title.
http-423-description = A WebDAV response: the source or destination resource of the method is locked, so the method cannot be applied. The client has to submit the matching lock token in an `If` header or wait until the lock is released. The body can name the failed precondition, such as `lock-token-submitted`.

# HTTP 424 Failed Dependency: one-paragraph description under the page title.
http-424-description = A WebDAV response: the method could not be performed on this resource because it depended on another action that failed. For example, when one property in a `PROPPATCH` cannot be set, the other properties of the same request are reported with `424`. It usually appears inside a `207 Multi-Status` body.

# HTTP 425 Too Early: one-paragraph description under the page title.
http-425-description = The server refuses to process a request that arrived in TLS 1.3 early data, also called 0-RTT, because an attacker could replay it. The client should send the request again once the TLS handshake is complete, and user agents do this automatically. It is defined in RFC 8470 and comes from servers or intermediaries that accept early data only for some requests.

# HTTP 426 Upgrade Required: one-paragraph description under the page title.
http-426-description = The server refuses to handle the request with the current protocol but will do so after the client switches to the protocol named in the `Upgrade` header of the response. A common case is a plain HTTP request to an endpoint that only accepts WebSocket connections. The client has to send a new request with a matching `Upgrade` header.

# HTTP 428 Precondition Required: one-paragraph description under the page title.
http-428-description = The server requires the request to be conditional, usually with `If-Match`, to prevent lost updates when several clients edit the same resource. The client should fetch the resource, read its `ETag` and repeat the change with that value in `If-Match`. RFC 6585 defines it.

# HTTP 429 Too Many Requests: one-paragraph description under the page title.
http-429-description = The client sent too many requests in a given amount of time and is being rate limited. The response can include a `Retry-After` header saying how long to wait, and the body should explain the limit. Clients should back off instead of retrying at once.

# HTTP 431 Request Header Fields Too Large: one-paragraph description under the page title.
http-431-description = The server refuses the request because its header fields are too large, either a single header or all of them together. An oversized `Cookie` header is a frequent cause, and clearing the site's cookies often fixes it. When one header is at fault, the response should say which; RFC 6585 defines the code.

# HTTP 451 Unavailable For Legal Reasons: one-paragraph description under the page title. Fahrenheit 451 is the title of Ray Bradbury's novel; use its usual title in your language.
http-451-description = The server refuses access to the resource because of a legal demand, such as a court order or a government block. The body should explain the demand and who made it, and a `Link` header with `rel="blocked-by"` can identify the party that carries out the block. The number refers to the novel Fahrenheit 451.

# HTTP 500 Internal Server Error: one-paragraph description under the page title.
http-500-description = A generic server error: the server met an unexpected condition that stopped it from completing the request. It usually points to a bug or an unhandled exception, not to a problem with the request. Check the server logs; the client may retry later, but the same request often fails the same way.

# HTTP 501 Not Implemented: one-paragraph description under the page title.
http-501-description = The server does not support the functionality needed to fulfil the request, typically a request method it does not recognise for any resource. The response can be cached by default. Use `405` instead when the method is known but not allowed on this particular resource.

# HTTP 502 Bad Gateway: one-paragraph description under the page title.
http-502-description = A gateway or proxy received an invalid response from the upstream server it contacted while handling the request. Typical causes are an application server that crashed, closed the connection early or sent malformed headers. The fix is usually on the upstream server, not in the client's request.

# HTTP 503 Service Unavailable: one-paragraph description under the page title.
http-503-description = The server cannot handle the request right now, because it is overloaded or down for maintenance, and expects the condition to be temporary. A `Retry-After` header can tell the client how long to wait. Load balancers also send it when no healthy backend is available.

# HTTP 504 Gateway Timeout: one-paragraph description under the page title.
http-504-description = A gateway or proxy did not receive a timely response from the upstream server it needed to complete the request. The upstream may be slow, overloaded or unreachable, or the proxy's timeout may be shorter than the work takes. Compare with `502`, where an answer came back but was invalid.

# HTTP 505 HTTP Version Not Supported: one-paragraph description under the page title.
http-505-description = The server does not support, or refuses to support, the major version of HTTP used in the request. The response should explain which versions the server does support. It is rare, because clients normally agree on the version through TLS negotiation or fall back to HTTP/1.1.

# HTTP 506 Variant Also Negotiates: one-paragraph description under the page title.
http-506-description = The server has a content negotiation configuration error: the variant chosen through transparent negotiation is itself set up to negotiate, which would create a loop. It comes from RFC 2295, an Experimental specification for transparent content negotiation that saw little use. It points to a server misconfiguration, not to a client problem.

# HTTP 507 Insufficient Storage: one-paragraph description under the page title.
http-507-description = A WebDAV response: the server cannot store the representation needed to complete the request, for example because the disk or the user's quota is full. The condition is considered temporary. Freeing space or raising the quota resolves it.

# HTTP 508 Loop Detected: one-paragraph description under the page title.
http-508-description = The server stopped an operation because it found an infinite loop while processing a request with `Depth: infinity`, caused by WebDAV bindings that make a collection contain itself. The whole operation failed. It comes from RFC 5842, published as Experimental, and only servers that implement bindings send it.

# HTTP 510 Not Extended: one-paragraph description under the page title. Historic is the name of an RFC status category.
http-510-description = Obsoleted. RFC 2774, the HTTP Extension Framework, used it to say that the request did not declare an extension the server requires to access the resource. The framework was never widely deployed and its RFC was moved to Historic status, so IANA marks the code as obsoleted. New servers should not send it.

# HTTP 511 Network Authentication Required: one-paragraph description under the page title.
http-511-description = The client has to authenticate to gain network access, typically at a captive portal in a hotel, airport or cafe. It comes from the intercepting network, not from the site the user wanted, and the body should link to the page where the user can sign in. Origin servers should not send it, and caches must not store it.
