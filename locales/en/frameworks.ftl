### Framework tabs of the code pages: why a framework or SIP server cannot send a status code.
### Each message replaces the snippet on that framework's tab. Plain prose on ONE line. Keep text in
### `backticks` (applications, functions, headers, methods, status lines) exactly as it is, backticks
### included. Never use curly braces, and do not start a message with [, * or a period.

## HTTP frameworks

# Django, codes 100, 102, 103 and 104: why there is no Django snippet for an interim (1xx) response.
fw-django-interim = Django cannot send an interim 1xx response: a view returns exactly one final response, and neither WSGI nor Django's ASGI handler can send a status before it. A 1xx status on an `HttpResponse` would go out as the final response, which breaks the exchange.

# Django, code 101: why there is no Django snippet for 101 Switching Protocols.
fw-django-switching = Django cannot send 101 Switching Protocols from a view: switching protocols needs the server to hand the connection over to another protocol, which a view cannot do. WebSockets in Django go through Django Channels (ASGI), which answers the handshake itself.

# Django, codes 407, 408 and 426: why there is no Django snippet (their required header is a hop-by-hop header).
fw-django-hop-by-hop = Django's development server cannot send this response: the code needs a hop-by-hop header (`Proxy-Authenticate` for 407, `Connection` for 408, `Upgrade` for 426), which WSGI (PEP 3333) forbids an application to set. `runserver`, built on Python's `wsgiref`, answers `500 Internal Server Error` instead, and other WSGI servers drop the header; the same view works under ASGI, for example with Uvicorn.

# Flask, codes 100, 102, 103 and 104: why there is no Flask snippet for an interim (1xx) response.
fw-flask-interim = Flask cannot send an interim 1xx response: a view returns one final response, and WSGI's `start_response` sends only that final status. A 1xx status on a `Response` would go out as the final response, which breaks the exchange.

# Flask, code 101: why there is no Flask snippet for 101 Switching Protocols.
fw-flask-switching = Flask cannot send 101 Switching Protocols from a view: WSGI gives the application no way to take over the connection for another protocol. WebSocket extensions such as Flask-Sock answer the handshake themselves.

# FastAPI, codes 100, 102, 103 and 104: why there is no FastAPI snippet for an interim (1xx) response.
fw-fastapi-interim = FastAPI cannot send an interim 1xx response: a path operation returns one response, and Starlette starts it with a single status, the final one. A 1xx status there would go out as the final response, which breaks the exchange.

# FastAPI, code 101: why there is no FastAPI snippet for 101 Switching Protocols.
fw-fastapi-switching = FastAPI sends 101 Switching Protocols only for a WebSocket endpoint (`@app.websocket`), where the server answers the handshake itself; an HTTP path operation cannot switch protocols.

# Express, code 104: why there is no Express snippet for this interim (1xx) response (100, 102 and 103 have one).
fw-express-interim = Express, through Node.js `http`, can send only three interim responses: `res.writeContinue()`, `res.writeProcessing()` and `res.writeEarlyHints()`. It has no call for any other 1xx code, and a 1xx status set with `res.status()` goes out as a final response that leaves the client waiting.

# Express, code 101: why there is no Express snippet for 101 Switching Protocols.
fw-express-switching = Express cannot send 101 Switching Protocols from a route: Node.js delivers upgrade requests through the server's `upgrade` event with the raw socket, where a WebSocket library such as `ws` writes the 101 and takes over the connection.

# Spring Boot, codes 100, 102, 103 and 104: why there is no Spring snippet for an interim (1xx) response.
fw-spring-interim = Spring MVC answers through the Servlet API, which sends one final response and has no call for an interim 1xx response; a 1xx status on a `ResponseEntity` would go out as the final response. Tomcat's own `sendEarlyHints()` is specific to that container and not part of Spring.

# Spring Boot, code 101: why there is no Spring snippet for 101 Switching Protocols.
fw-spring-switching = Spring MVC cannot send 101 Switching Protocols from a controller: switching protocols is an upgrade handled by the servlet container, which Spring exposes through its WebSocket support (`spring-websocket`), where the handshake sends the 101 itself.

# Go net/http, code 101: why there is no Go snippet for 101 Switching Protocols (other 1xx codes have one).
fw-go-switching = Go's `net/http` does not switch protocols on `w.WriteHeader(101)`: it writes the status line and nothing after it, leaving no way to speak the new protocol. A handler has to take over the connection with `http.Hijacker` or `http.ResponseController` and write the 101 itself, as WebSocket libraries do.

# Ruby on Rails, codes 100, 102, 103 and 104: why there is no Rails snippet for an interim (1xx) response.
fw-rails-interim = Rails sends one final response per request; a 1xx status given to `head` or `render` is not sent as an interim response. Rails can send 103 Early Hints only through `request.send_early_hints`, and only when the server has early hints turned on (for example Puma's `early_hints` setting), so no plain snippet can show it.

# Ruby on Rails, code 101: why there is no Rails snippet for 101 Switching Protocols.
fw-rails-switching = Rails cannot send 101 Switching Protocols from a controller action: switching protocols needs the server to hand the connection over, which Rails does only inside Action Cable for WebSockets, where the handshake sends the 101 itself.

# ASP.NET Core, codes 100, 102, 103 and 104: why there is no ASP.NET Core snippet for an interim (1xx) response.
fw-aspnet-interim = ASP.NET Core sends one final response per request: Kestrel sends `100 Continue` by itself when the app reads the body of a request that expects it, and there is no API for any other interim 1xx response.

# ASP.NET Core, code 101: why there is no ASP.NET Core snippet for 101 Switching Protocols.
fw-aspnet-switching = ASP.NET Core sends 101 Switching Protocols only as part of a real upgrade, `HttpContext.WebSockets.AcceptWebSocketAsync()` or `IHttpUpgradeFeature.UpgradeAsync()`, which then own the connection; an endpoint cannot simply return it.

# PHP, codes 100, 102, 103 and 104: why there is no PHP snippet for an interim (1xx) response.
fw-php-interim = PHP sends one status line per request: `http_response_code()` sets the final status, and PHP has no function to send an interim 1xx response before it.

# PHP, code 101: why there is no PHP snippet for 101 Switching Protocols.
fw-php-switching = A PHP script cannot send 101 Switching Protocols: the web server, not the script, owns the connection, and it gives the script no way to switch it to another protocol.

# Sinatra, codes 100, 102, 103 and 104: why there is no Sinatra snippet for an interim (1xx) response.
fw-sinatra-interim = Sinatra returns one final status, headers and body per request (a Rack response) and has no helper to send an interim 1xx response before it.

# Sinatra, code 101: why there is no Sinatra snippet for 101 Switching Protocols.
fw-sinatra-switching = Sinatra cannot send 101 Switching Protocols from a route: switching protocols needs the server to hand the connection over (Rack hijacking), which WebSocket libraries such as `faye-websocket` do, writing the 101 themselves.

# Rust axum, codes 100, 102, 103 and 104: why there is no axum snippet for an interim (1xx) response.
fw-axum-interim = axum cannot send a 1xx response: a handler returns one response, and hyper, the server under axum, replaces a 1xx response with `500 Internal Server Error` because it could not send the final response after it.

# Rust axum, code 101: why there is no axum snippet for 101 Switching Protocols.
fw-axum-switching = axum sends 101 Switching Protocols only through a real upgrade, such as the `WebSocketUpgrade` extractor (feature `ws`) or hyper's upgrade API, which answer the handshake and take over the connection; a handler cannot simply return it.

## SIP servers and stacks

# FreeSWITCH tab, SIP 100 Trying: why no dialplan snippet is shown.
fw-freeswitch-trying = FreeSWITCH's SIP stack, Sofia-SIP, sends `100 Trying` by itself as soon as an `INVITE` arrives, before the dialplan runs; the dialplan cannot send it.

# FreeSWITCH tab, codes whose sample answers a request other than INVITE (REGISTER, SUBSCRIBE, MESSAGE...): why no snippet is shown.
fw-freeswitch-invite-only = The FreeSWITCH dialplan runs only for incoming calls (`INVITE`): `mod_sofia` answers `REGISTER`, `SUBSCRIBE`, `PUBLISH`, `MESSAGE`, `REFER`, `INFO` and in-dialog requests itself, and the dialplan cannot choose the status code of those responses.

# FreeSWITCH tab, codes whose sample needs its own Contact header (180, 301, 485...): why no snippet is shown.
fw-freeswitch-contact = FreeSWITCH puts its own `Contact` header in every response that the `respond` application sends, so the `Contact` this response needs cannot be set; only the `redirect` application, which sends 300 or 302, takes the `Contact` from the dialplan.

# Asterisk tab, SIP 100 Trying: why no dialplan snippet is shown.
fw-asterisk-trying = Asterisk's PJSIP stack sends `100 Trying` by itself as soon as an `INVITE` arrives, before the dialplan runs; the dialplan cannot send it.

# Asterisk tab, codes whose sample answers a request other than INVITE (REGISTER, SUBSCRIBE, MESSAGE...): why no snippet is shown.
fw-asterisk-invite-only = The Asterisk dialplan runs only for incoming calls (`INVITE`): its PJSIP modules answer `REGISTER`, `SUBSCRIBE`, `PUBLISH`, `MESSAGE`, `REFER`, `INFO` and in-dialog requests themselves, and the dialplan cannot choose the status code of those responses.

# Asterisk tab, provisional codes 180-199: why no dialplan snippet is shown.
fw-asterisk-provisional = The Asterisk dialplan sends provisional responses only through `Ringing()` (`180`) and `Progress()` (`183`, with an SDP answer), always with Asterisk's own `Contact`: neither this code nor the headers of this sample can be produced.

# Asterisk tab, redirection codes 3xx: why no dialplan snippet is shown.
fw-asterisk-redirect = Asterisk redirects a call only through `Transfer()` before answering it, which sends `302 Moved Temporarily` with the bare target URI as `Contact`: other 3xx codes and `Contact` parameters such as `expires` or `q` cannot be set.

# Asterisk tab, error codes whose sample needs headers (Retry-After, Warning, Proxy-Authenticate...): why no dialplan snippet is shown.
fw-asterisk-headers = `PJSIPHangup()` sends the status code alone, and the Asterisk dialplan cannot add headers to a SIP response (`PJSIP_HEADER` only changes requests that Asterisk sends), so the headers this response needs would be missing.

# Asterisk tab, SIP 436 and 437: why no dialplan snippet is shown. Keep the quoted reason phrases in English.
fw-asterisk-phrase = `PJSIPHangup()` takes its reason phrase from PJSIP, which still uses the old RFC 4474 phrase for this code (`Bad Identity-Info` for 436, `Unsupported Certificate` for 437) instead of the registered one.

# drachtio-srf tab, SIP 100 Trying: why no snippet is shown.
fw-drachtio-trying = drachtio-server sends `100 Trying` by itself before it hands an `INVITE` to the application, so the application only sends the responses that follow it.

# drachtio-srf tab, codes 425, 440, 469, 555, 607 and 608: why no snippet is shown.
fw-drachtio-status-table = In drachtio-srf 5, `res.send()` throws for any status code missing from its `sip-status` table, and this code is one of them, so the framework cannot send it.
