### Framework tabs of the code pages: why a framework or SIP server cannot send a status code.
### Each message replaces the snippet on that framework's tab. Plain prose on ONE line. Keep text in
### `backticks` (applications, functions, headers, methods, status lines) exactly as it is, backticks
### included. Never use curly braces, and do not start a message with [, * or a period.

## HTTP frameworks

# Django, codes 100, 102, 103 and 104: why there is no Django snippet for an interim (1xx) response.
fw-django-interim = Django не может отправить промежуточный ответ 1xx: представление возвращает ровно один окончательный ответ, а ни WSGI, ни ASGI-обработчик Django не позволяют отправить код состояния раньше него. Код 1xx, заданный в `HttpResponse`, ушёл бы как окончательный ответ и нарушил бы обмен сообщениями.

# Django, code 101: why there is no Django snippet for 101 Switching Protocols.
fw-django-switching = Django не может отправить 101 Switching Protocols из представления: для смены протокола сервер должен передать соединение обработчику другого протокола, а представление на это не способно. WebSocket в Django работает через Django Channels (ASGI), который сам отвечает на рукопожатие.

# Django, codes 407, 408 and 426: why there is no Django snippet (their required header is a hop-by-hop header).
fw-django-hop-by-hop = Сервер разработки Django не может отправить этот ответ: коду нужен заголовок уровня соединения (hop-by-hop) — `Proxy-Authenticate` для 407, `Connection` для 408 или `Upgrade` для 426, — а WSGI (PEP 3333) запрещает приложению задавать такие заголовки. `runserver`, построенный на `wsgiref` из стандартной библиотеки Python, вместо этого отвечает `500 Internal Server Error`, а другие WSGI-серверы отбрасывают заголовок; то же представление работает под ASGI, например с Uvicorn.

# Flask, codes 100, 102, 103 and 104: why there is no Flask snippet for an interim (1xx) response.
fw-flask-interim = Flask не может отправить промежуточный ответ 1xx: представление возвращает один окончательный ответ, а `start_response` в WSGI отправляет только его код состояния. Код 1xx, заданный в `Response`, ушёл бы как окончательный ответ и нарушил бы обмен сообщениями.

# Flask, code 101: why there is no Flask snippet for 101 Switching Protocols.
fw-flask-switching = Flask не может отправить 101 Switching Protocols из представления: WSGI не даёт приложению возможности забрать соединение для работы по другому протоколу. Расширения для WebSocket, например Flask-Sock, сами отвечают на рукопожатие.

# FastAPI, codes 100, 102, 103 and 104: why there is no FastAPI snippet for an interim (1xx) response.
fw-fastapi-interim = FastAPI не может отправить промежуточный ответ 1xx: операция пути (path operation) возвращает один ответ, а Starlette начинает его с единственного кода состояния — окончательного. Код 1xx ушёл бы здесь как окончательный ответ и нарушил бы обмен сообщениями.

# FastAPI, code 101: why there is no FastAPI snippet for 101 Switching Protocols.
fw-fastapi-switching = FastAPI отправляет 101 Switching Protocols только для конечной точки WebSocket (`@app.websocket`), где на рукопожатие отвечает сам сервер; HTTP-операция пути сменить протокол не может.

# Express, code 104: why there is no Express snippet for this interim (1xx) response (100, 102 and 103 have one).
fw-express-interim = Express, работающий через модуль `http` из Node.js, может отправить только три промежуточных ответа: `res.writeContinue()`, `res.writeProcessing()` и `res.writeEarlyHints()`. Для других кодов 1xx вызова нет, а код 1xx, заданный через `res.status()`, уходит как окончательный ответ, после которого клиент так и продолжает ждать.

# Express, code 101: why there is no Express snippet for 101 Switching Protocols.
fw-express-switching = Express не может отправить 101 Switching Protocols из маршрута: Node.js передаёт запросы на смену протокола через событие сервера `upgrade` вместе с низкоуровневым сокетом, и уже там библиотека WebSocket, например `ws`, записывает 101 и забирает соединение себе.

# Spring Boot, codes 100, 102, 103 and 104: why there is no Spring snippet for an interim (1xx) response.
fw-spring-interim = Spring MVC отвечает через Servlet API, который отправляет один окончательный ответ и не предусматривает вызова для промежуточного ответа 1xx; код 1xx, заданный в `ResponseEntity`, ушёл бы как окончательный ответ. Собственный метод Tomcat `sendEarlyHints()` есть только в этом контейнере и не входит в Spring.

# Spring Boot, code 101: why there is no Spring snippet for 101 Switching Protocols.
fw-spring-switching = Spring MVC не может отправить 101 Switching Protocols из контроллера: смена протокола — это переход (upgrade), который выполняет контейнер сервлетов, а Spring даёт к нему доступ через поддержку WebSocket (`spring-websocket`), где 101 отправляется автоматически в ходе рукопожатия.

# Go net/http, code 101: why there is no Go snippet for 101 Switching Protocols (other 1xx codes have one).
fw-go-switching = `net/http` в Go не переключает протокол при вызове `w.WriteHeader(101)`: он записывает строку состояния и больше ничего, не оставляя возможности перейти на новый протокол. Обработчик должен забрать соединение с помощью `http.Hijacker` или `http.ResponseController` и сам записать 101, как это делают библиотеки WebSocket.

# Ruby on Rails, codes 100, 102, 103 and 104: why there is no Rails snippet for an interim (1xx) response.
fw-rails-interim = Rails отправляет на каждый запрос один окончательный ответ; код 1xx, переданный в `head` или `render`, не отправляется как промежуточный ответ. Отправить 103 Early Hints Rails может только через `request.send_early_hints` и только если на сервере включены ранние подсказки (например, параметр `early_hints` в Puma), поэтому простым фрагментом кода это не показать.

# Ruby on Rails, code 101: why there is no Rails snippet for 101 Switching Protocols.
fw-rails-switching = Rails не может отправить 101 Switching Protocols из действия контроллера: для смены протокола сервер должен передать соединение дальше, а Rails делает это только внутри Action Cable для WebSocket, где 101 отправляется автоматически в ходе рукопожатия.

# ASP.NET Core, codes 100, 102, 103 and 104: why there is no ASP.NET Core snippet for an interim (1xx) response.
fw-aspnet-interim = ASP.NET Core отправляет на каждый запрос один окончательный ответ: Kestrel сам отправляет `100 Continue`, когда приложение читает тело запроса, ожидающего такого ответа, а API для других промежуточных ответов 1xx нет.

# ASP.NET Core, code 101: why there is no ASP.NET Core snippet for 101 Switching Protocols.
fw-aspnet-switching = ASP.NET Core отправляет 101 Switching Protocols только при настоящей смене протокола — через `HttpContext.WebSockets.AcceptWebSocketAsync()` или `IHttpUpgradeFeature.UpgradeAsync()`, которые затем забирают соединение себе; конечная точка не может просто вернуть этот код.

# PHP, codes 100, 102, 103 and 104: why there is no PHP snippet for an interim (1xx) response.
fw-php-interim = PHP отправляет на каждый запрос одну строку состояния: `http_response_code()` задаёт окончательный код состояния, а функции, которая отправила бы перед ним промежуточный ответ 1xx, в PHP нет.

# PHP, code 101: why there is no PHP snippet for 101 Switching Protocols.
fw-php-switching = PHP-скрипт не может отправить 101 Switching Protocols: соединением распоряжается веб-сервер, а не скрипт, и он не даёт скрипту возможности переключить соединение на другой протокол.

# Sinatra, codes 100, 102, 103 and 104: why there is no Sinatra snippet for an interim (1xx) response.
fw-sinatra-interim = Sinatra возвращает на каждый запрос один окончательный код состояния, заголовки и тело (ответ Rack), и вспомогательного метода, который отправил бы перед ним промежуточный ответ 1xx, в нём нет.

# Sinatra, code 101: why there is no Sinatra snippet for 101 Switching Protocols.
fw-sinatra-switching = Sinatra не может отправить 101 Switching Protocols из маршрута: для смены протокола сервер должен передать соединение дальше (Rack hijacking), что и делают библиотеки WebSocket, например `faye-websocket`, сами записывая 101.

# Rust axum, codes 100, 102, 103 and 104: why there is no axum snippet for an interim (1xx) response.
fw-axum-interim = axum не может отправить ответ 1xx: обработчик возвращает один ответ, а hyper — сервер, на котором работает axum, — заменяет ответ 1xx на `500 Internal Server Error`, поскольку после него уже не смог бы отправить окончательный ответ.

# Rust axum, code 101: why there is no axum snippet for 101 Switching Protocols.
fw-axum-switching = axum отправляет 101 Switching Protocols только при настоящей смене протокола, например через экстрактор `WebSocketUpgrade` (feature `ws`) или API смены протокола в hyper, которые отвечают на рукопожатие и забирают соединение себе; обработчик не может просто вернуть этот код.

## SIP servers and stacks

# FreeSWITCH tab, SIP 100 Trying: why no dialplan snippet is shown.
fw-freeswitch-trying = SIP-стек FreeSWITCH, Sofia-SIP, сам отправляет `100 Trying`, как только приходит `INVITE`, ещё до выполнения диалплана; диалплан отправить этот ответ не может.

# FreeSWITCH tab, codes whose sample answers a request other than INVITE (REGISTER, SUBSCRIBE, MESSAGE...): why no snippet is shown.
fw-freeswitch-invite-only = Диалплан FreeSWITCH выполняется только для входящих вызовов (`INVITE`): на `REGISTER`, `SUBSCRIBE`, `PUBLISH`, `MESSAGE`, `REFER`, `INFO` и запросы внутри диалога `mod_sofia` отвечает сам, и выбрать код состояния этих ответов диалплан не может.

# FreeSWITCH tab, codes whose sample needs its own Contact header (180, 301, 485...): why no snippet is shown.
fw-freeswitch-contact = FreeSWITCH добавляет собственный заголовок `Contact` в каждый ответ, отправляемый приложением `respond`, поэтому задать `Contact`, который нужен этому ответу, нельзя; `Contact` из диалплана берёт только приложение `redirect`, отправляющее 300 или 302.

# Asterisk tab, SIP 100 Trying: why no dialplan snippet is shown.
fw-asterisk-trying = SIP-стек Asterisk, PJSIP, сам отправляет `100 Trying`, как только приходит `INVITE`, ещё до выполнения диалплана; диалплан отправить этот ответ не может.

# Asterisk tab, codes whose sample answers a request other than INVITE (REGISTER, SUBSCRIBE, MESSAGE...): why no snippet is shown.
fw-asterisk-invite-only = Диалплан Asterisk выполняется только для входящих вызовов (`INVITE`): на `REGISTER`, `SUBSCRIBE`, `PUBLISH`, `MESSAGE`, `REFER`, `INFO` и запросы внутри диалога модули PJSIP отвечают сами, и выбрать код состояния этих ответов диалплан не может.

# Asterisk tab, provisional codes 180-199: why no dialplan snippet is shown.
fw-asterisk-provisional = Диалплан Asterisk отправляет предварительные ответы только через `Ringing()` (`180`) и `Progress()` (`183`, с SDP-ответом), причём всегда с собственным заголовком `Contact` Asterisk: ни этот код, ни заголовки из этого примера получить нельзя.

# Asterisk tab, redirection codes 3xx: why no dialplan snippet is shown.
fw-asterisk-redirect = Asterisk перенаправляет вызов только через `Transfer()`, до ответа на него, и при этом отправляет `302 Moved Temporarily`, указывая в `Contact` лишь URI назначения: другие коды 3xx и параметры `Contact`, такие как `expires` или `q`, задать нельзя.

# Asterisk tab, error codes whose sample needs headers (Retry-After, Warning, Proxy-Authenticate...): why no dialplan snippet is shown.
fw-asterisk-headers = `PJSIPHangup()` отправляет только код состояния, а диалплан Asterisk не может добавлять заголовки в SIP-ответ (`PJSIP_HEADER` изменяет лишь запросы, которые отправляет сам Asterisk), поэтому заголовков, необходимых этому ответу, в нём не будет.

# Asterisk tab, SIP 436 and 437: why no dialplan snippet is shown. Keep the quoted reason phrases in English.
fw-asterisk-phrase = `PJSIPHangup()` берёт поясняющую фразу из PJSIP, где для этого кода до сих пор используется старая фраза из RFC 4474 (`Bad Identity-Info` для 436, `Unsupported Certificate` для 437) вместо зарегистрированной.

# drachtio-srf tab, SIP 100 Trying: why no snippet is shown.
fw-drachtio-trying = drachtio-server сам отправляет `100 Trying`, прежде чем передать `INVITE` приложению, поэтому приложение отправляет только последующие ответы.

# drachtio-srf tab, codes 425, 440, 469, 555, 607 and 608: why no snippet is shown.
fw-drachtio-status-table = В drachtio-srf 5 `res.send()` выбрасывает исключение для любого кода состояния, которого нет в его таблице `sip-status`, а этот код как раз из их числа, поэтому фреймворк не может его отправить.
