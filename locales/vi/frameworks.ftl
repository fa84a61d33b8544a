### Framework tabs of the code pages: why a framework or SIP server cannot send a status code.
### Each message replaces the snippet on that framework's tab. Plain prose on ONE line. Keep text in
### `backticks` (applications, functions, headers, methods, status lines) exactly as it is, backticks
### included. Never use curly braces, and do not start a message with [, * or a period.

## HTTP frameworks

# Django, codes 100, 102, 103 and 104: why there is no Django snippet for an interim (1xx) response.
fw-django-interim = Django không thể gửi phản hồi tạm thời 1xx: mỗi view trả về đúng một phản hồi cuối cùng, và cả WSGI lẫn ASGI handler của Django đều không thể gửi một mã trạng thái nào trước phản hồi đó. Mã trạng thái 1xx đặt trên một `HttpResponse` sẽ được gửi đi như phản hồi cuối cùng, làm hỏng quá trình trao đổi.

# Django, code 101: why there is no Django snippet for 101 Switching Protocols.
fw-django-switching = Django không thể gửi 101 Switching Protocols từ một view: việc chuyển giao thức đòi hỏi máy chủ bàn giao kết nối cho một giao thức khác, điều mà view không làm được. Trong Django, WebSocket đi qua Django Channels (ASGI), và chính Channels trả lời quá trình bắt tay (handshake).

# Django, codes 407, 408 and 426: why there is no Django snippet (their required header is a hop-by-hop header).
fw-django-hop-by-hop = Máy chủ phát triển của Django không thể gửi phản hồi này: mã này cần một header theo từng chặng (hop-by-hop), cụ thể là `Proxy-Authenticate` cho 407, `Connection` cho 408 và `Upgrade` cho 426, nhưng WSGI (PEP 3333) cấm ứng dụng tự đặt loại header này. `runserver`, vốn được xây dựng trên `wsgiref` của Python, sẽ trả về `500 Internal Server Error` thay vào đó, còn các máy chủ WSGI khác thì bỏ header này đi; cùng view đó vẫn hoạt động khi chạy trên ASGI, ví dụ với Uvicorn.

# Flask, codes 100, 102, 103 and 104: why there is no Flask snippet for an interim (1xx) response.
fw-flask-interim = Flask không thể gửi phản hồi tạm thời 1xx: mỗi view trả về một phản hồi cuối cùng, và `start_response` của WSGI chỉ gửi mã trạng thái cuối cùng đó. Mã trạng thái 1xx đặt trên một `Response` sẽ được gửi đi như phản hồi cuối cùng, làm hỏng quá trình trao đổi.

# Flask, code 101: why there is no Flask snippet for 101 Switching Protocols.
fw-flask-switching = Flask không thể gửi 101 Switching Protocols từ một view: WSGI không cho ứng dụng cách nào để tiếp quản kết nối và dùng nó cho một giao thức khác. Các tiện ích mở rộng (extension) WebSocket như Flask-Sock tự trả lời quá trình bắt tay (handshake).

# FastAPI, codes 100, 102, 103 and 104: why there is no FastAPI snippet for an interim (1xx) response.
fw-fastapi-interim = FastAPI không thể gửi phản hồi tạm thời 1xx: mỗi path operation trả về một phản hồi, và Starlette bắt đầu phản hồi đó với duy nhất một mã trạng thái, chính là mã cuối cùng. Mã trạng thái 1xx đặt ở đó sẽ được gửi đi như phản hồi cuối cùng, làm hỏng quá trình trao đổi.

# FastAPI, code 101: why there is no FastAPI snippet for 101 Switching Protocols.
fw-fastapi-switching = FastAPI chỉ gửi 101 Switching Protocols cho một endpoint WebSocket (`@app.websocket`), nơi máy chủ tự trả lời quá trình bắt tay (handshake); một path operation HTTP không thể chuyển giao thức.

# Express, code 104: why there is no Express snippet for this interim (1xx) response (100, 102 and 103 have one).
fw-express-interim = Express, thông qua module `http` của Node.js, chỉ có thể gửi ba loại phản hồi tạm thời: `res.writeContinue()`, `res.writeProcessing()` và `res.writeEarlyHints()`. Express không có hàm nào cho các mã 1xx khác, và mã trạng thái 1xx đặt bằng `res.status()` sẽ được gửi đi như một phản hồi cuối cùng, khiến máy khách cứ tiếp tục chờ.

# Express, code 101: why there is no Express snippet for 101 Switching Protocols.
fw-express-switching = Express không thể gửi 101 Switching Protocols từ một route: Node.js chuyển các yêu cầu nâng cấp (upgrade) tới sự kiện `upgrade` của máy chủ cùng với socket thô, và tại đó một thư viện WebSocket như `ws` sẽ ghi mã 101 rồi tiếp quản kết nối.

# Spring Boot, codes 100, 102, 103 and 104: why there is no Spring snippet for an interim (1xx) response.
fw-spring-interim = Spring MVC trả lời thông qua Servlet API, vốn chỉ gửi một phản hồi cuối cùng và không có hàm nào để gửi phản hồi tạm thời 1xx; mã trạng thái 1xx đặt trên một `ResponseEntity` sẽ được gửi đi như phản hồi cuối cùng. Hàm `sendEarlyHints()` riêng của Tomcat chỉ có ở container đó và không thuộc Spring.

# Spring Boot, code 101: why there is no Spring snippet for 101 Switching Protocols.
fw-spring-switching = Spring MVC không thể gửi 101 Switching Protocols từ một controller: chuyển giao thức là một thao tác nâng cấp (upgrade) do servlet container xử lý, và Spring cung cấp thao tác này thông qua phần hỗ trợ WebSocket của mình (`spring-websocket`), nơi quá trình bắt tay (handshake) tự gửi mã 101.

# Go net/http, code 101: why there is no Go snippet for 101 Switching Protocols (other 1xx codes have one).
fw-go-switching = Gói `net/http` của Go không chuyển giao thức khi gọi `w.WriteHeader(101)`: nó ghi dòng trạng thái rồi không ghi gì thêm, nên không còn cách nào để giao tiếp bằng giao thức mới. Handler phải tự tiếp quản kết nối bằng `http.Hijacker` hoặc `http.ResponseController` và tự ghi mã 101, như cách các thư viện WebSocket vẫn làm.

# Ruby on Rails, codes 100, 102, 103 and 104: why there is no Rails snippet for an interim (1xx) response.
fw-rails-interim = Rails gửi một phản hồi cuối cùng cho mỗi yêu cầu; mã trạng thái 1xx truyền cho `head` hoặc `render` không được gửi như một phản hồi tạm thời. Rails chỉ có thể gửi 103 Early Hints thông qua `request.send_early_hints`, và chỉ khi máy chủ đã bật early hints (ví dụ thiết lập `early_hints` của Puma), nên không thể minh họa điều này bằng một đoạn mã đơn giản.

# Ruby on Rails, code 101: why there is no Rails snippet for 101 Switching Protocols.
fw-rails-switching = Rails không thể gửi 101 Switching Protocols từ một action của controller: việc chuyển giao thức đòi hỏi máy chủ bàn giao kết nối, điều mà Rails chỉ làm bên trong Action Cable cho WebSocket, nơi quá trình bắt tay (handshake) tự gửi mã 101.

# ASP.NET Core, codes 100, 102, 103 and 104: why there is no ASP.NET Core snippet for an interim (1xx) response.
fw-aspnet-interim = ASP.NET Core gửi một phản hồi cuối cùng cho mỗi yêu cầu: Kestrel tự gửi `100 Continue` khi ứng dụng đọc phần thân của một yêu cầu đang chờ phản hồi này, và không có API nào cho bất kỳ phản hồi tạm thời 1xx nào khác.

# ASP.NET Core, code 101: why there is no ASP.NET Core snippet for 101 Switching Protocols.
fw-aspnet-switching = ASP.NET Core chỉ gửi 101 Switching Protocols trong một lần nâng cấp thực sự, qua `HttpContext.WebSockets.AcceptWebSocketAsync()` hoặc `IHttpUpgradeFeature.UpgradeAsync()`, và sau đó các hàm này nắm quyền kiểm soát kết nối; một endpoint không thể chỉ đơn giản trả về mã này.

# PHP, codes 100, 102, 103 and 104: why there is no PHP snippet for an interim (1xx) response.
fw-php-interim = PHP gửi một dòng trạng thái cho mỗi yêu cầu: `http_response_code()` đặt mã trạng thái cuối cùng, và PHP không có hàm nào để gửi phản hồi tạm thời 1xx trước đó.

# PHP, code 101: why there is no PHP snippet for 101 Switching Protocols.
fw-php-switching = Một script PHP không thể gửi 101 Switching Protocols: chính máy chủ web, chứ không phải script, nắm giữ kết nối, và máy chủ không cho script cách nào để chuyển kết nối đó sang một giao thức khác.

# Sinatra, codes 100, 102, 103 and 104: why there is no Sinatra snippet for an interim (1xx) response.
fw-sinatra-interim = Sinatra trả về một mã trạng thái cuối cùng, một tập header và một phần thân cho mỗi yêu cầu (một phản hồi Rack), và không có hàm hỗ trợ (helper) nào để gửi phản hồi tạm thời 1xx trước đó.

# Sinatra, code 101: why there is no Sinatra snippet for 101 Switching Protocols.
fw-sinatra-switching = Sinatra không thể gửi 101 Switching Protocols từ một route: việc chuyển giao thức đòi hỏi máy chủ bàn giao kết nối (Rack hijacking), điều mà các thư viện WebSocket như `faye-websocket` thực hiện, đồng thời tự ghi mã 101.

# Rust axum, codes 100, 102, 103 and 104: why there is no axum snippet for an interim (1xx) response.
fw-axum-interim = axum không thể gửi phản hồi 1xx: mỗi handler trả về một phản hồi, và hyper, máy chủ nằm bên dưới axum, sẽ thay phản hồi 1xx bằng `500 Internal Server Error` vì sau đó nó không thể gửi phản hồi cuối cùng.

# Rust axum, code 101: why there is no axum snippet for 101 Switching Protocols.
fw-axum-switching = axum chỉ gửi 101 Switching Protocols thông qua một lần nâng cấp thực sự, chẳng hạn extractor `WebSocketUpgrade` (feature `ws`) hoặc API upgrade của hyper, vốn tự trả lời quá trình bắt tay (handshake) và tiếp quản kết nối; một handler không thể chỉ đơn giản trả về mã này.

## SIP servers and stacks

# FreeSWITCH tab, SIP 100 Trying: why no dialplan snippet is shown.
fw-freeswitch-trying = Sofia-SIP, SIP stack của FreeSWITCH, tự gửi `100 Trying` ngay khi một `INVITE` đến, trước khi dialplan chạy; dialplan không thể gửi phản hồi này.

# FreeSWITCH tab, codes whose sample answers a request other than INVITE (REGISTER, SUBSCRIBE, MESSAGE...): why no snippet is shown.
fw-freeswitch-invite-only = Dialplan của FreeSWITCH chỉ chạy cho các cuộc gọi đến (`INVITE`): `mod_sofia` tự trả lời các yêu cầu `REGISTER`, `SUBSCRIBE`, `PUBLISH`, `MESSAGE`, `REFER`, `INFO` và các yêu cầu trong dialog, và dialplan không thể chọn mã trạng thái cho những phản hồi đó.

# FreeSWITCH tab, codes whose sample needs its own Contact header (180, 301, 485...): why no snippet is shown.
fw-freeswitch-contact = FreeSWITCH đặt header `Contact` của riêng nó vào mọi phản hồi do ứng dụng `respond` gửi, nên không thể đặt header `Contact` mà phản hồi này cần; chỉ có ứng dụng `redirect`, vốn gửi 300 hoặc 302, mới lấy `Contact` từ dialplan.

# Asterisk tab, SIP 100 Trying: why no dialplan snippet is shown.
fw-asterisk-trying = SIP stack PJSIP của Asterisk tự gửi `100 Trying` ngay khi một `INVITE` đến, trước khi dialplan chạy; dialplan không thể gửi phản hồi này.

# Asterisk tab, codes whose sample answers a request other than INVITE (REGISTER, SUBSCRIBE, MESSAGE...): why no snippet is shown.
fw-asterisk-invite-only = Dialplan của Asterisk chỉ chạy cho các cuộc gọi đến (`INVITE`): các module PJSIP của Asterisk tự trả lời các yêu cầu `REGISTER`, `SUBSCRIBE`, `PUBLISH`, `MESSAGE`, `REFER`, `INFO` và các yêu cầu trong dialog, và dialplan không thể chọn mã trạng thái cho những phản hồi đó.

# Asterisk tab, provisional codes 180-199: why no dialplan snippet is shown.
fw-asterisk-provisional = Dialplan của Asterisk chỉ gửi phản hồi tạm thời thông qua `Ringing()` (`180`) và `Progress()` (`183`, kèm một SDP answer), và luôn kèm `Contact` riêng của Asterisk: không thể tạo ra mã này, cũng không thể tạo ra các header của mẫu này.

# Asterisk tab, redirection codes 3xx: why no dialplan snippet is shown.
fw-asterisk-redirect = Asterisk chỉ chuyển hướng cuộc gọi thông qua `Transfer()` trước khi trả lời cuộc gọi, và lệnh này gửi `302 Moved Temporarily` với `Contact` chỉ gồm URI đích: không thể đặt các mã 3xx khác, cũng không thể đặt các tham số của `Contact` như `expires` hoặc `q`.

# Asterisk tab, error codes whose sample needs headers (Retry-After, Warning, Proxy-Authenticate...): why no dialplan snippet is shown.
fw-asterisk-headers = `PJSIPHangup()` chỉ gửi riêng mã trạng thái, và dialplan của Asterisk không thể thêm header vào một phản hồi SIP (`PJSIP_HEADER` chỉ thay đổi các yêu cầu do Asterisk gửi), nên phản hồi này sẽ thiếu các header mà nó cần.

# Asterisk tab, SIP 436 and 437: why no dialplan snippet is shown. Keep the quoted reason phrases in English.
fw-asterisk-phrase = `PJSIPHangup()` lấy cụm từ lý do (reason phrase) từ PJSIP, vốn vẫn dùng cụm từ cũ của RFC 4474 cho mã này (`Bad Identity-Info` cho 436, `Unsupported Certificate` cho 437) thay vì cụm từ đã được đăng ký.

# drachtio-srf tab, SIP 100 Trying: why no snippet is shown.
fw-drachtio-trying = drachtio-server tự gửi `100 Trying` trước khi chuyển một `INVITE` cho ứng dụng, nên ứng dụng chỉ gửi các phản hồi đến sau nó.

# drachtio-srf tab, codes 425, 440, 469, 555, 607 and 608: why no snippet is shown.
fw-drachtio-status-table = Trong drachtio-srf 5, `res.send()` ném ra ngoại lệ với mọi mã trạng thái không có trong bảng `sip-status` của nó, và mã này là một trong số đó, nên framework không thể gửi mã này.
