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
http-100-tldr = Сервер прочитал заголовки запроса и предлагает клиенту отправлять тело.

# HTTP 100 Continue: the "What it means" paragraph of the explainer.
http-100-meaning = `100 Continue` отвечает на запрос с заголовком `Expect: 100-continue`: клиент сначала отправляет только заголовки, а содержимое передаёт, когда придёт этот промежуточный ответ (RFC 9110, раздел 10.1.1). Если сервер всё равно отклонил бы запрос, например с `401`, `413` или `417`, он сразу отправляет этот окончательный код состояния вместо `100`, и клиенту не приходится впустую загружать данные. Клиенту не следует ждать бесконечно: если `100` не пришёл за короткое время, он может отправить тело и без него, поскольку некоторые серверы и посредники никогда его не отправляют. Сервер обязан игнорировать это ожидание в запросе HTTP/1.0 и может не отправлять `100`, если часть тела уже получена. Окончательный ответ на тот же запрос приходит в любом случае.

# HTTP 100 Continue: common cause 1 of 3, an item of the "Common causes" list.
http-100-cause-1 = curl сам добавляет `Expect: 100-continue` к запросам `POST` и `PUT` с телом больше примерно одного мегабайта, поэтому сервер отвечает `100` перед настоящим кодом состояния.

# HTTP 100 Continue: common cause 2 of 3, an item of the "Common causes" list.
http-100-cause-2 = SDK объектного хранилища или `HttpWebRequest` из .NET Framework отправляет `Expect: 100-continue` при загрузке, чтобы сервис мог отклонить неверные учётные данные ещё до передачи данных.

# HTTP 100 Continue: common cause 3 of 3, an item of the "Common causes" list.
http-100-cause-3 = Серверный фреймворк сам отправляет `100`, когда обработчик впервые читает тело запроса, — так делают `net/http` в Go и Node.js, если клиент об этом попросил.

# HTTP 100 Continue: what a visitor can do, the only item of "How to fix it (for visitors)".
http-100-fix-visitor-1 = Ничего: этим промежуточным ответом обмениваются программы перед загрузкой данных, и он никогда не отображается как страница.

# HTTP 100 Continue: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-1 = Понаблюдайте за обменом сообщениями, выполнив `curl -v --data-binary @bigfile` для своей конечной точки: в выводе будут `Expect: 100-continue`, затем `HTTP/1.1 100 Continue` и затем окончательный код состояния.

# HTTP 100 Continue: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-2 = Если каждая загрузка подвисает примерно на секунду, значит, сервер или прокси не отвечает на ожидание и клиент ждёт истечения своего тайм-аута (`--expect100-timeout` в curl); уберите заголовок с помощью `curl -H 'Expect:'` или задайте `ExpectContinueTimeout` в `http.Transport` в Go.

# HTTP 100 Continue: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-3 = Проверяйте аутентификацию, `Content-Length` и квоты до чтения тела, чтобы ответить `401` или `413` вместо `100`; в Node.js для этого обрабатывайте событие `checkContinue`.

# HTTP 100 Continue: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-4 = Учтите, что обратный прокси может сам ответить на ожидание: nginx отправляет `100` и читает всё тело, прежде чем обратиться к вышестоящему серверу, если не задать `proxy_request_buffering off`.

# HTTP 100 Continue compared with HTTP 101 Switching Protocols: when to use which, in the "Related codes" section.
http-100-vs-101 = `100` позволяет продолжить тот же HTTP-запрос, а `101` передаёт соединение протоколу, указанному в `Upgrade`.

# HTTP 100 Continue compared with HTTP 102 Processing: when to use which, in the "Related codes" section.
http-100-vs-102 = `100` приходит до тела и приглашает его отправить, а `102` приходил после получения всего запроса и сообщал, что работа ещё идёт.

# HTTP 100 Continue compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-100-vs-103 = `100` касается тела запроса, которое клиент ещё не отправил, а `103` — ресурсов, которые клиент может загрузить до окончательного ответа.

# HTTP 100 Continue compared with HTTP 417 Expectation Failed: when to use which, in the "Related codes" section.
http-100-vs-417 = Сервер отправляет `100`, когда принимает ожидание `Expect: 100-continue`, и `417`, когда вообще не может это ожидание выполнить.

## HTTP 101 Switching Protocols

# HTTP 101 Switching Protocols: one-line summary at the top of the explainer (TL;DR).
http-101-tldr = Сервер принял запрос клиента на смену протокола (`Upgrade`), и теперь соединение работает по другому протоколу, обычно WebSocket.

# HTTP 101 Switching Protocols: the "What it means" paragraph of the explainer.
http-101-meaning = Ответ `101` может следовать только за запросом HTTP/1.1 с заголовком `Upgrade`, который также указан в `Connection: Upgrade`, и сервер может переключиться только на протокол, предложенный клиентом. Выбранный протокол он называет в собственном заголовке `Upgrade`; для WebSocket (RFC 6455) он также возвращает `Sec-WebSocket-Accept`, вычисленный из `Sec-WebSocket-Key` клиента, чтобы подтвердить, что понял рукопожатие. Каждый байт после пустой строки, завершающей `101`, относится уже к новому протоколу, поэтому тайм-ауты HTTP, буферизация и журналирование доступа к этому соединению уже неприменимы. HTTP/2 и HTTP/3 этот механизм не допускают: WebSocket работает в них через расширенный `CONNECT` (RFC 8441 и RFC 9220), а RFC 9113 объявил устаревшим переход `h2c` на HTTP/2 без шифрования.

# HTTP 101 Switching Protocols: common cause 1 of 3, an item of the "Common causes" list.
http-101-cause-1 = Страница открыла WebSocket с помощью `new WebSocket('wss://example.com/socket')`, и сервер принял рукопожатие.

# HTTP 101 Switching Protocols: common cause 2 of 3, an item of the "Common causes" list.
http-101-cause-2 = Сервер разработки с автоматической перезагрузкой (live reload), клиент подписок GraphQL или Socket.IO после этапа опроса (polling) переключили соединение на WebSocket.

# HTTP 101 Switching Protocols: common cause 3 of 3, an item of the "Common causes" list.
http-101-cause-3 = Клиент запросил HTTP/2 без шифрования с помощью `Upgrade: h2c`, и сервер, всё ещё поддерживающий такой переход, сменил протокол.

# HTTP 101 Switching Protocols: what a visitor can do, the only item of "How to fix it (for visitors)".
http-101-fix-visitor-1 = Ничего: так устанавливается соединение, работающее в реальном времени, — например, для чата или самообновляющейся панели мониторинга, — и браузер справляется с этим сам.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-1 = Если приложение работает за nginx, явно передавайте рукопожатие с помощью `proxy_http_version 1.1;`, `proxy_set_header Upgrade $http_upgrade;` и `proxy_set_header Connection "upgrade";`, иначе вышестоящий сервер так и не увидит заголовок `Upgrade`.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-2 = Увеличьте тайм-ауты простоя для соединений, сменивших протокол, например `proxy_read_timeout` в nginx или тайм-аут простоя облачного балансировщика нагрузки, либо отправляйте пинги WebSocket: иначе неактивный сокет обрывается примерно через 60 секунд.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-3 = Изучите рукопожатие на вкладке Network в инструментах разработчика браузера с фильтром WS; `200` или `400` вместо `101` означает, что прокси или CDN на пути запроса не пропустил смену протокола.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-4 = Если вы пишете сервер самостоятельно, вычисляйте `Sec-WebSocket-Accept` как SHA-1 в кодировке Base64 от ключа клиента, объединённого с фиксированным GUID из RFC 6455; при неверном значении браузеры разрывают соединение.

# HTTP 101 Switching Protocols compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-101-vs-100 = `101` заменяет HTTP в соединении другим протоколом, а `100` лишь позволяет клиенту продолжить отправку тела обычного запроса.

# HTTP 101 Switching Protocols compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-101-vs-426 = Отправляйте `101`, когда клиент попросил сменить протокол и вы согласны; отправляйте `426`, когда он об этом не просил, а без смены протокола вы продолжать не станете.

## HTTP 102 Processing

# HTTP 102 Processing: one-line summary at the top of the explainer (TL;DR).
http-102-tldr = Устаревший промежуточный ответ WebDAV, означающий «работа ещё идёт, не прерывайте по тайм-ауту»; в актуальной спецификации WebDAV его больше нет.

# HTTP 102 Processing: the "What it means" paragraph of the explainer.
http-102-meaning = RFC 2518 позволял серверу отправлять `102`, пока выполнялся длительный метод WebDAV, например `COPY`, `MOVE` или `PROPFIND` с `Depth: infinity`, чтобы клиент продолжал ждать, а не прерывал запрос по тайм-ауту. У промежуточного ответа нет содержимого, а окончательный ответ приходит позже по тому же соединению. RFC 4918 исключил этот код в 2007 году, так как его почти никто не реализовал, но IANA по-прежнему его перечисляет, поэтому некоторые серверы и библиотеки всё ещё его знают. Клиенты обязаны пропускать любой нераспознанный `1xx` и продолжать чтение, однако нет гарантии, что посредники передадут его дальше. Для длительных операций в новых системах надёжнее использовать `202 Accepted` с ресурсом состояния, который клиент периодически опрашивает.

# HTTP 102 Processing: common cause 1 of 3, an item of the "Common causes" list.
http-102-cause-1 = Клиент WebDAV копировал или перемещал большую коллекцию, и сервер, следующий RFC 2518, сообщал о ходе работы с помощью `102`.

# HTTP 102 Processing: common cause 2 of 3, an item of the "Common causes" list.
http-102-cause-2 = Глубокий `PROPFIND` по множеству файлов выполнялся так долго, что старый сервер или библиотека WebDAV отправили `102`, чтобы поддержать соединение.

# HTTP 102 Processing: common cause 3 of 3, an item of the "Common causes" list.
http-102-cause-3 = Собственный API использует `102` как сигнал активности (heartbeat) для медленных запросов, а многие клиентские HTTP-библиотеки и прокси плохо с этим справляются.

# HTTP 102 Processing: what a visitor can do, the only item of "How to fix it (for visitors)".
http-102-fix-visitor-1 = Ничего: ваш файловый менеджер или клиент синхронизации сам получает этот сигнал о ходе работы; дождитесь завершения операции.

# HTTP 102 Processing: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-1 = Не стройте новую функциональность на `102`; отвечайте `202 Accepted` с `Location`, указывающим на ресурс состояния, и пусть клиент периодически его опрашивает.

# HTTP 102 Processing: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-2 = Если клиент прерывает длительные операции WebDAV по тайм-ауту, увеличьте его тайм-аут чтения или перемещайте меньше ресурсов за один запрос.

# HTTP 102 Processing: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-3 = Следите, чтобы ваши HTTP-клиенты пропускали каждый ответ `1xx` и продолжали чтение до окончательного кода состояния; некоторые библиотеки ошибочно считают окончательным любой ответ, кроме `100`.

# HTTP 102 Processing compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-102-vs-100 = `102` сообщает, что полностью полученный запрос всё ещё обрабатывается, а `100` просит клиента отправить оставшуюся часть запроса.

# HTTP 102 Processing compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-102-vs-103 = `102` лишь не даёт медленному запросу прерваться, а `103` передаёт подсказки `Link`, которыми клиент может воспользоваться до окончательного ответа.

# HTTP 102 Processing compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-102-vs-202 = `102` оставляет соединение в ожидании окончательного результата, а `202` сразу завершает обмен, и результат клиент получает позже; предпочтительнее `202`.

## HTTP 103 Early Hints

# HTTP 103 Early Hints: one-line summary at the top of the explainer (TL;DR).
http-103-tldr = Ещё до того, как настоящий ответ готов, сервер сообщает браузеру, какие ресурсы тот уже может начать загружать.

# HTTP 103 Early Hints: the "What it means" paragraph of the explainer.
http-103-meaning = RFC 8297 позволяет серверу отправить один или несколько ответов `103`, заголовки `Link` которых, например с `rel=preload` или `rel=preconnect`, заранее сообщают о ресурсах, нужных итоговой странице, чтобы браузер мог открывать соединения и загружать таблицы стилей, скрипты или шрифты, пока сервер ещё работает. Подсказки носят рекомендательный характер: браузер может их проигнорировать, а окончательный ответ, каким бы ни был его код состояния, должен содержать все заголовки, на которые он действительно опирается. Браузеры учитывают `103` только при навигации верхнего уровня, то есть при загрузке самой страницы, браузеры на основе Chromium — только по HTTP/2 и HTTP/3, а поддержка подсказок `preload` в разных браузерах различается. Некоторые клиенты HTTP/1.1 неправильно обрабатывают неожиданные промежуточные ответы, поэтому многие серверы отправляют `103` только по HTTP/2 и более новым версиям. RFC 8297 имеет статус Experimental, но CDN и крупные сайты широко используют этот код.

# HTTP 103 Early Hints: common cause 1 of 3, an item of the "Common causes" list.
http-103-cause-1 = В CDN, например в Cloudflare, включены Early Hints, и он воспроизводит в виде `103` заголовки `Link`, которые видел в предыдущих ответах для этой страницы.

# HTTP 103 Early Hints: common cause 2 of 3, an item of the "Common causes" list.
http-103-cause-2 = Приложение вызывает `response.writeEarlyHints()` в Node.js или записывает статус `103` с заголовками `Link` в Go, прежде чем выполнить медленные запросы к базе данных для страницы.

# HTTP 103 Early Hints: common cause 3 of 3, an item of the "Common causes" list.
http-103-cause-3 = Фреймворк со встроенной поддержкой, например Rails с `request.send_early_hints` под Puma, отправляет подсказки для ресурсов страницы.

# HTTP 103 Early Hints: what a visitor can do, the only item of "How to fix it (for visitors)".
http-103-fix-visitor-1 = Ничего: браузер сам использует эти подсказки, чтобы быстрее загрузить страницу.

# HTTP 103 Early Hints: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-1 = Указывайте в подсказках только ресурсы, которые итоговая страница точно использует, например основную таблицу стилей или веб-шрифт, а для сторонних источников используйте `rel=preconnect`; неверные подсказки тратят трафик при каждом просмотре.

# HTTP 103 Early Hints: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-2 = Проверьте, что отправляется, с помощью `curl -v --http2` для этой страницы: блок `103` и его заголовки `Link` появляются перед окончательной строкой состояния.

# HTTP 103 Early Hints: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-3 = Отправляйте `103` только по HTTP/2 или HTTP/3 либо только клиентам, которые заведомо его поддерживают, поскольку некоторые клиенты и прокси HTTP/1.1 принимают промежуточный ответ за окончательный.

# HTTP 103 Early Hints: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-4 = Сохраните те же заголовки `Link` или соответствующие теги в HTML в окончательном ответе `200`: подсказки в `103` их не заменяют.

# HTTP 103 Early Hints compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-103-vs-100 = `103` ускоряет загрузку других ресурсов, а `100` лишь говорит клиенту отправить тело запроса.

# HTTP 103 Early Hints compared with HTTP 102 Processing: when to use which, in the "Related codes" section.
http-103-vs-102 = `103` передаёт подсказки, которыми браузер может воспользоваться, а `102` лишь сообщает, что обработка ещё идёт.

# HTTP 103 Early Hints compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-103-vs-200 = `103` может предшествовать `200`, чтобы заранее подсказать подресурсы, но саму страницу и её окончательные заголовки передаёт только `200`.

## HTTP 104 Upload Resumption Supported

# HTTP 104 Upload Resumption Supported: one-line summary at the top of the explainer (TL;DR).
http-104-tldr = Во время загрузки сервер сообщает, что передачу можно будет возобновить, если соединение оборвётся, и где это сделать.

# HTTP 104 Upload Resumption Supported: the "What it means" paragraph of the explainer.
http-104-meaning = Код взят из черновика IETF о возобновляемой загрузке (resumable uploads), который стандартизирует идеи протокола tus, и зарегистрирован в IANA лишь временно. Когда клиент сообщает, что поддерживает возобновляемую загрузку, сервер может отправить `104`, пока данные ещё поступают, указав в `Location` временный ресурс загрузки. После сбоя сети клиент отправляет этому ресурсу `HEAD`, узнаёт из `Upload-Offset`, сколько байтов дошло, и отправляет оставшееся методом `PATCH` начиная с этого смещения. Окончательный ответ, например `201` или `200`, приходит после завершения загрузки. Имена заголовков и такие детали, как `Upload-Draft-Interop-Version`, `Upload-Complete` и MIME-тип тела `PATCH`, менялись от версии к версии черновика, поэтому клиент и сервер должны реализовывать одну и ту же версию.

# HTTP 104 Upload Resumption Supported: common cause 1 of 3, an item of the "Common causes" list.
http-104-cause-1 = Приложение на iOS 17 или macOS 14 и новее загружает данные через `URLSession`, который реализует черновик о возобновляемой загрузке, на сервер с его поддержкой.

# HTTP 104 Upload Resumption Supported: common cause 2 of 3, an item of the "Common causes" list.
http-104-cause-2 = Сервер на основе реализации возобновляемой загрузки, например tusd, принимает загрузку от клиента, отправившего `Upload-Draft-Interop-Version`.

# HTTP 104 Upload Resumption Supported: common cause 3 of 3, an item of the "Common causes" list.
http-104-cause-3 = Мобильное приложение, в котором включена возобновляемая загрузка, отправляет большое видео по ненадёжной сети, где без неё переключение с Wi-Fi на мобильную сеть начинало бы загрузку заново.

# HTTP 104 Upload Resumption Supported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-104-fix-visitor-1 = Ничего: приложение сохраняет эти сведения и само использует их, чтобы возобновить загрузку, если соединение прервётся.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-1 = Сравните значения `Upload-Draft-Interop-Version` на обеих сторонах: номер меняется при каждом изменении формата передачи данных в черновике.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-2 = Сохраняйте ресурс загрузки, указанный в `Location`, действительным достаточно долго, чтобы клиенты успели возобновить загрузку, и отвечайте на `HEAD` к нему с точным `Upload-Offset` и `Cache-Control: no-store`.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-3 = Убедитесь, что прокси и балансировщики нагрузки пропускают промежуточные ответы и направляют `HEAD` и `PATCH` для загрузки на тот сервер, где хранятся её частичные данные, либо используйте общее хранилище.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-4 = Если стабильный протокол нужен уже сейчас, используйте tus 1.0, который поддерживают многие клиенты и серверы, и запланируйте переход на стандарт IETF после его публикации.

# HTTP 104 Upload Resumption Supported compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-104-vs-100 = `100` сообщает клиенту, что он может начать отправку тела, а `104` — что отправляемое тело можно будет догрузить позже по указанному адресу.

# HTTP 104 Upload Resumption Supported compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-104-vs-103 = Оба кода — промежуточные ответы, которые приходят перед окончательным, но `103` подсказывает ресурсы для предварительной загрузки, а `104` сообщает о ресурсе возобновляемой загрузки.

# HTTP 104 Upload Resumption Supported compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-104-vs-201 = `104` приходит, пока загрузка ещё идёт, а `201` — окончательный ответ, когда завершённая загрузка создала ресурс.

## HTTP 200 OK

# HTTP 200 OK: one-line summary at the top of the explainer (TL;DR).
http-200-tldr = Запрос выполнен, и ответ содержит его результат.

# HTTP 200 OK: the "What it means" paragraph of the explainer.
http-200-meaning = `200` — общий код успешного выполнения, и его содержимое зависит от метода: текущее представление целевого ресурса для `GET`, те же заголовки без тела для `HEAD`, результат обработки для `POST` и запрос в том виде, в каком его получил сервер, для `TRACE`. Ответ `200` на `CONNECT` означает, что туннель открыт, и содержимого не имеет; у любого другого `200` ожидается содержимое, если только способ разграничения сообщения, например `Content-Length: 0`, не указывает нулевую длину. Код кешируется эвристически: даже без `Cache-Control` или `Expires` кеш может какое-то время повторно использовать ответ, оценивая его свежесть по `Last-Modified`. Полным ответом `200` сервер отвечает и тогда, когда игнорирует заголовок `Range`, и на условный `GET`, валидатор которого больше не совпадает.

# HTTP 200 OK: common cause 1 of 4, an item of the "Common causes" list.
http-200-cause-1 = Была запрошена страница, изображение или ресурс API, и сервер нашёл его и отправил.

# HTTP 200 OK: common cause 2 of 4, an item of the "Common causes" list.
http-200-cause-2 = Форма или вызов API методом `POST` обработаны, и сервер вернул результат в теле, а не создал новый ресурс.

# HTTP 200 OK: common cause 3 of 4, an item of the "Common causes" list.
http-200-cause-3 = Запрос диапазона или условный запрос завершился полным ответом, потому что сервер игнорирует `Range` или кешированный `ETag` больше не совпадает.

# HTTP 200 OK: common cause 4 of 4, an item of the "Common causes" list.
http-200-cause-4 = Ошибка неправомерно возвращается с кодом `200`: например, при истёкшей сессии отдаётся страница входа или JSON-тело с сообщением об ошибке; такая ложная ошибка (soft error) скрывает сбои от клиентов, систем мониторинга и поисковых систем.

# HTTP 200 OK: what a visitor can do, the only item of "How to fix it (for visitors)".
http-200-fix-visitor-1 = Ничего: страница или файл загрузились как положено.

# HTTP 200 OK: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-1 = Возвращайте `200` только при настоящем успехе; при ошибках отправляйте `4xx` или `5xx`, даже если тело их объясняет, чтобы клиенты, кеши и поисковые роботы могли отличить одно от другого.

# HTTP 200 OK: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-2 = Явно задавайте `Cache-Control` для каждого `200`, например `no-store` для персональных данных или `no-cache` для страниц, которые нужно каждый раз перепроверять, а не оставляйте кешам догадываться.

# HTTP 200 OK: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-3 = Добавляйте `ETag` или `Last-Modified` в кешируемые ответы, чтобы клиенты могли выполнить повторную проверку с `If-None-Match` и в следующий раз получить `304` без тела.

# HTTP 200 OK: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-4 = Используйте более конкретный код успеха, когда он подходит: `201` при создании ресурса, `202` для работы, поставленной в очередь, `204`, когда возвращать нечего.

# HTTP 200 OK compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-200-vs-201 = Отправляйте `201` вместе с `Location`, когда запрос создал новый ресурс; отправляйте `200`, когда запрос лишь вернул или изменил то, что уже существовало.

# HTTP 200 OK compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-200-vs-202 = Отправляйте `200`, когда работа выполнена и тело содержит её результат; отправляйте `202`, когда работа лишь поставлена в очередь.

# HTTP 200 OK compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-200-vs-204 = Отправляйте `200`, когда в теле есть то, что нужно клиенту; отправляйте `204`, когда для успешного ответа тело вообще не нужно.

## HTTP 201 Created

# HTTP 201 Created: one-line summary at the top of the explainer (TL;DR).
http-201-tldr = Запрос выполнен успешно и создал новый ресурс, адрес которого указан в заголовке `Location`.

# HTTP 201 Created: the "What it means" paragraph of the explainer.
http-201-meaning = `201` подтверждает, что в результате запроса появились один или несколько ресурсов; чаще всего это `POST` к коллекции или `PUT` на URI, по которому раньше ничего не было. Основной новый ресурс определяется заголовком `Location`, а если его нет — самим URI запроса, как обычно бывает после `PUT`. Содержимое, как правило, описывает новый ресурс или ссылается на него, а любые `ETag` или `Last-Modified` в ответе относятся к созданному представлению, так что клиент может сразу выполнять к нему условные запросы. К моменту отправки ответа создание должно быть завершено; если оно произойдёт позже, правильный код — `202`.

# HTTP 201 Created: common cause 1 of 3, an item of the "Common causes" list.
http-201-cause-1 = Клиент отправил `POST /users` или похожий запрос к коллекции, и сервер сохранил новый элемент под новым URI.

# HTTP 201 Created: common cause 2 of 3, an item of the "Common causes" list.
http-201-cause-2 = Клиент загрузил файл методом `PUT` по пути, которого ещё не существовало, например на сервер WebDAV.

# HTTP 201 Created: common cause 3 of 3, an item of the "Common causes" list.
http-201-cause-3 = Регистрация, заказ или комментарий отправлены в API, который отвечает на создание кодом `201`.

# HTTP 201 Created: what a visitor can do, the only item of "How to fix it (for visitors)".
http-201-fix-visitor-1 = Ничего: отправленные вами данные сохранены, и сайт теперь должен их показывать.

# HTTP 201 Created: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-1 = Отправляйте заголовок `Location` с URI нового ресурса и возвращайте в теле его представление или краткие сведения о нём, чтобы клиенту не понадобился второй запрос.

# HTTP 201 Created: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-2 = Сделайте создание через `POST` безопасным для повторов, например принимайте заголовок `Idempotency-Key`, как это делают многие платёжные API, чтобы тайм-аут и последующий повтор не создали дубликат.

# HTTP 201 Created: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-3 = Отвечайте на `PUT` кодом `201`, если ресурс создан, и `200` или `204`, если заменён существующий, как того требует RFC 9110.

# HTTP 201 Created: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-4 = В браузерах `fetch` не переходит по `Location` из ответа `201`; читайте заголовок сами, а для кросс-доменных запросов укажите его в `Access-Control-Expose-Headers`, так как по умолчанию он недоступен.

# HTTP 201 Created compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-201-vs-200 = Отправляйте `201`, когда в результате запроса появился новый ресурс; отправляйте `200`, когда запрос прочитал, изменил или обработал то, что уже существовало.

# HTTP 201 Created compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-201-vs-202 = Отправляйте `201`, когда к моменту ответа ресурс уже создан; отправляйте `202`, когда его создание поставлено в очередь и ещё может завершиться неудачей.

# HTTP 201 Created compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-201-vs-303 = На `POST` к API отвечайте `201` с `Location`; на `POST` формы в браузере отвечайте `303`, чтобы перевести пользователя на страницу с результатом.

## HTTP 202 Accepted

# HTTP 202 Accepted: one-line summary at the top of the explainer (TL;DR).
http-202-tldr = Сервер поставил запрос в очередь на последующую обработку; результат пока неизвестен.

# HTTP 202 Accepted: the "What it means" paragraph of the explainer.
http-202-meaning = `202` намеренно ни к чему не обязывает: сервер подтверждает, что получил и, возможно, проверил запрос, но работа выполняется после ответа и ещё может завершиться неудачей. HTTP не позволяет отправить второй ответ на тот же запрос, поэтому серверу следует сообщить, где появится результат, — обычно это ресурс состояния, указанный в `Location` или в теле, который клиент периодически опрашивает, при необходимости соблюдая интервал из `Retry-After`. Когда задание завершится, ресурс состояния может сам сообщить результат или направить к нему клиента с помощью `303`. По умолчанию `202` не кешируется, и клиентам следует исходить из того, что никаких побочных эффектов ещё не произошло.

# HTTP 202 Accepted: common cause 1 of 4, an item of the "Common causes" list.
http-202-cause-1 = Клиент запустил длительное задание, например перекодирование видео, выгрузку отчёта или массовый импорт, и API поставил его в очередь, а не стал держать соединение открытым.

# HTTP 202 Accepted: common cause 2 of 4, an item of the "Common causes" list.
http-202-cause-2 = Получатель вебхука сразу подтвердил событие и передал его фоновому обработчику, поскольку отправители вебхуков, такие как GitHub и Stripe, ожидают быстрого ответа.

# HTTP 202 Accepted: common cause 3 of 4, an item of the "Common causes" list.
http-202-cause-3 = Сообщение принято для последующей доставки — так поступает, например, API электронной почты или push-уведомлений, который отправляет их асинхронно.

# HTTP 202 Accepted: common cause 4 of 4, an item of the "Common causes" list.
http-202-cause-4 = API управления облаком запустил длительную операцию, например создание виртуальной машины, и вернул URL для отслеживания её хода.

# HTTP 202 Accepted: what a visitor can do, the only item of "How to fix it (for visitors)".
http-202-fix-visitor-1 = Загляните позже: ваш запрос принят, и его результат появится на сайте или придёт по электронной почте, когда работа будет завершена.

# HTTP 202 Accepted: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-1 = Возвращайте заголовок `Location` и тело с идентификатором задания и URL состояния, а по этому URL сообщайте состояние и ход выполнения задания, а после завершения — ссылку на результат.

# HTTP 202 Accepted: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-2 = Добавьте `Retry-After`, чтобы подсказать клиентам, как часто опрашивать сервер, или предложите вебхук либо server-sent events, чтобы опрашивать вообще не требовалось.

# HTTP 202 Accepted: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-3 = Проверяйте всё, что можно, до ответа, чтобы некорректные запросы сразу получали `400` или `422`, а не завершались молча ошибкой в очереди.

# HTTP 202 Accepted: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-4 = Сделайте постановку заданий идемпотентной, например с помощью ключа, передаваемого клиентом, чтобы повторный запрос не ставил одно и то же задание в очередь дважды.

# HTTP 202 Accepted compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-202-vs-200 = Отправляйте `202`, когда работа лишь поставлена в очередь; отправляйте `200`, когда она завершена и тело содержит её результат.

# HTTP 202 Accepted compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-202-vs-201 = Отправляйте `202`, когда ресурс будет создан позже; отправляйте `201`, когда к моменту ответа он уже существует.

# HTTP 202 Accepted compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-202-vs-204 = Отправляйте `202`, когда обработка ещё не завершена; отправляйте `204`, когда запрос полностью обработан и возвращать нечего.

## HTTP 203 Non-Authoritative Information

# HTTP 203 Non-Authoritative Information: one-line summary at the top of the explainer (TL;DR).
http-203-tldr = Запрос выполнен успешно, но прокси изменил ответ, полученный от исходного сервера.

# HTTP 203 Non-Authoritative Information: the "What it means" paragraph of the explainer.
http-203-meaning = Отправлять `203` должен только преобразующий посредник: он заменяет им `200` исходного сервера, изменив содержимое или заголовки, например пережав изображения, переведя текст или удалив скрипты. Код сообщает каждому получателю, что полезная нагрузка не в точности совпадает с тем, что сформировал исходный сервер, а это может быть важно для дальнейших решений об этом содержимом. Прокси не должен преобразовывать ответ с `Cache-Control: no-transform`. Прежние правила кеширования HTTP предлагали также заголовок `Warning` с кодом `214 Transformation Applied`, но RFC 9111 упразднил `Warning`, и таким сигналом остался только `203`. Как и `200`, ответ `203` кешируется эвристически.

# HTTP 203 Non-Authoritative Information: common cause 1 of 4, an item of the "Common causes" list.
http-203-cause-1 = Прокси для экономии трафика, принадлежащий мобильному оператору или производителю браузера, пережал изображения или минифицировал страницу по пути к клиенту.

# HTTP 203 Non-Authoritative Information: common cause 2 of 4, an item of the "Common causes" list.
http-203-cause-2 = Корпоративный шлюз безопасности переписал страницу, например чтобы удалить активное содержимое или вставить баннер.

# HTTP 203 Non-Authoritative Information: common cause 3 of 4, an item of the "Common causes" list.
http-203-cause-3 = API-шлюз переписал поля JSON-ответа бэкенда и отметил изменение кодом `203`.

# HTTP 203 Non-Authoritative Information: common cause 4 of 4, an item of the "Common causes" list.
http-203-cause-4 = Исходный сервер по ошибке отправляет `203`, например для данных, отдаваемых с зеркала, и это сбивает с толку клиентов, ожидающих только `200`.

# HTTP 203 Non-Authoritative Information: what a visitor can do, the only item of "How to fix it (for visitors)".
http-203-fix-visitor-1 = Ничего делать не нужно, но если страницы или изображения выглядят хуже обычного, их может изменять сеть, которой вы пользуетесь; попробуйте другое подключение.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-1 = Добавляйте `Cache-Control: no-transform` к ответам, которые должны дойти байт в байт, например к подписанным файлам, изображениям для анализа или содержимому, которое сверяется с хешем.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-2 = Обслуживайте сайт по HTTPS, чтобы прокси не могли изменять ответы, если только клиент не доверяет их сертификату, как при корпоративной TLS-инспекции.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-3 = В клиентском коде обрабатывайте `203` так же, как `200`, если только не важны точные байты; в этом случае проверяйте контрольную сумму или загружайте данные по доверенному пути.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-4 = Не отправляйте `203` с исходного сервера: этот код описывает изменение, внесённое посредником.

# HTTP 203 Non-Authoritative Information compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-203-vs-200 = Исходный сервер отправляет `200`; превращать `200` исходного сервера в `203` должен только посредник, который его изменил.

# HTTP 203 Non-Authoritative Information compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-203-vs-204 = `203` по-прежнему содержит тело, изменённое прокси, а `204` сообщает, что тела нет вовсе.

## HTTP 204 No Content

# HTTP 204 No Content: one-line summary at the top of the explainer (TL;DR).
http-204-tldr = Запрос выполнен успешно, и сервер намеренно не отправляет тело.

# HTTP 204 No Content: the "What it means" paragraph of the explainer.
http-204-meaning = Ответ `204` заканчивается разделом заголовков: содержимого у него быть не может, и сервер не должен отправлять с ним `Content-Length` (RFC 9110, раздел 8.6). Заголовки при этом по-прежнему важны — например, `ETag` или `Last-Modified`, описывающие ресурс после успешного `PUT`. Браузер, получивший `204` при переходе или отправке формы, остаётся на текущей странице и сохраняет её URL. Ответ кешируется эвристически. Клиенты HTTP/1.1 полагаются на правило, что у `204` нет тела, чтобы определить, где начинается следующий ответ в соединении, поэтому лишние байты тела портят все последующие ответы.

# HTTP 204 No Content: common cause 1 of 4, an item of the "Common causes" list.
http-204-cause-1 = `DELETE`, `PUT` или `PATCH` выполнен успешно, и API нечего вернуть.

# HTTP 204 No Content: common cause 2 of 4, an item of the "Common causes" list.
http-204-cause-2 = На предварительный запрос CORS (`OPTIONS`) пришёл ответ `204` с заголовками `Access-Control-Allow-*`.

# HTTP 204 No Content: common cause 3 of 4, an item of the "Common causes" list.
http-204-cause-3 = Аналитический маячок (beacon), например отправленный через `navigator.sendBeacon`, принят конечной точкой, которая ничего не возвращает.

# HTTP 204 No Content: common cause 4 of 4, an item of the "Common causes" list.
http-204-cause-4 = Операционная система обратилась к известному URL, например `connectivitycheck.gstatic.com/generate_204`, чтобы убедиться, что сеть даёт свободный доступ в интернет.

# HTTP 204 No Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-204-fix-visitor-1 = Ничего: действие выполнено, а страница осталась прежней, потому что серверу нечего было показать нового.

# HTTP 204 No Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-1 = Никогда не передавайте тело с `204` и проверьте, что фреймворк удаляет его, если ваш код его добавил; некоторые серверы всё равно отправляют эти байты и ломают следующий ответ в постоянном (keep-alive) соединении.

# HTTP 204 No Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-2 = На клиенте проверяйте код состояния до разбора тела: `response.json()` для `204` выбрасывает исключение, потому что разбирать нечего.

# HTTP 204 No Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-3 = Отправляйте `ETag` вместе с `204` после обновления, чтобы клиент мог сделать следующее изменение условным с помощью `If-Match`.

# HTTP 204 No Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-4 = Не используйте `204` для поиска или списка без результатов; возвращайте `200` с пустым списком, который клиенты обрабатывают так же, как и непустой.

# HTTP 204 No Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-204-vs-200 = Отправляйте `204`, когда для успеха тело не нужно; отправляйте `200`, когда клиент ожидает в ответ данные, пусть даже пустой список.

# HTTP 204 No Content compared with HTTP 205 Reset Content: when to use which, in the "Related codes" section.
http-204-vs-205 = Отправляйте `204`, когда клиент должен оставить интерфейс как есть; отправляйте `205`, когда ему следует очистить форму или интерфейс, из которого был отправлен запрос.

# HTTP 204 No Content compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-204-vs-304 = `204` завершает успешный запрос, которому нечего вернуть, а `304` отвечает на условный `GET`, сообщая клиенту, что нужно использовать кешированную копию.

## HTTP 205 Reset Content

# HTTP 205 Reset Content: one-line summary at the top of the explainer (TL;DR).
http-205-tldr = Запрос выполнен успешно, и клиенту следует очистить форму или интерфейс, из которого он был отправлен.

# HTTP 205 Reset Content: the "What it means" paragraph of the explainer.
http-205-meaning = `205` просит пользовательский агент сбросить состояние документа, из которого был отправлен запрос, — как правило, очистить форму ввода данных, чтобы можно было ввести следующую запись, — не загружая новую страницу. Сервер не должен отправлять с ним содержимое, а в HTTP/1.1 обычно обозначает пустое тело заголовком `Content-Length: 0`. Браузеры не сбрасывают надёжно ничего в ответ на `205`: на практике они обрабатывают его как `204` и оставляют страницу как есть. Приложения, которым нужен сброс, выполняют его собственным скриптом после успешного запроса, поэтому код встречается в основном в API, которые сопоставляют действия пользовательского интерфейса с кодами состояния.

# HTTP 205 Reset Content: common cause 1 of 3, an item of the "Common causes" list.
http-205-cause-1 = API для ввода данных сообщает своему клиенту, что после каждой сохранённой записи нужно очистить форму ввода.

# HTTP 205 Reset Content: common cause 2 of 3, an item of the "Common causes" list.
http-205-cause-2 = Интерфейс информационного киоска или кассового терминала использует `205`, чтобы вернуться на начальный экран после завершённой операции.

# HTTP 205 Reset Content: common cause 3 of 3, an item of the "Common causes" list.
http-205-cause-3 = Разработчик выбрал `205` из таблицы кодов состояния фреймворка, чтобы обозначить «сохранено, очистите форму» в одностраничном приложении.

# HTTP 205 Reset Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-205-fix-visitor-1 = Ничего: введённые данные сохранены; если страница не очистила форму, очистите её сами.

# HTTP 205 Reset Content: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-1 = Отправляйте `205` без тела, а в HTTP/1.1 — с `Content-Length: 0`, чтобы клиент знал, что ответ пуст.

# HTTP 205 Reset Content: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-2 = Сбрасывайте форму в клиентском коде после успешного ответа, например с помощью `form.reset()`, а не рассчитывайте, что браузер отреагирует на `205`.

# HTTP 205 Reset Content: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-3 = Предпочитайте `204`, если только сброс не реализован в вашем собственном клиенте, поскольку универсальные клиенты и библиотеки обрабатывают оба кода одинаково.

# HTTP 205 Reset Content compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-205-vs-204 = Отправляйте `205`, когда клиенту следует сбросить интерфейс, из которого был отправлен запрос; отправляйте `204`, когда интерфейс нужно оставить без изменений.

# HTTP 205 Reset Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-205-vs-200 = Отправляйте `205`, когда возвращать нечего, а введённые данные нужно очистить; отправляйте `200`, когда ответ содержит то, что нужно показать.

## HTTP 206 Partial Content

# HTTP 206 Partial Content: one-line summary at the top of the explainer (TL;DR).
http-206-tldr = Сервер отправляет не весь файл, а только запрошенный клиентом диапазон байтов.

# HTTP 206 Partial Content: the "What it means" paragraph of the explainer.
http-206-meaning = Клиент запрашивает часть представления с помощью заголовка `Range`, например `Range: bytes=0-1023`, а сервер отвечает `206` с заголовком `Content-Range`, где указаны диапазон и полная длина, например `bytes 0-1023/4096`. Если диапазонов несколько, тело имеет тип `multipart/byteranges`, и у каждой части свой `Content-Range`. Серверы сообщают о поддержке диапазонов заголовком `Accept-Ranges: bytes`, а клиенту, возобновляющему скачивание, следует отправлять `If-Range` с имеющимся у него `ETag` или `Last-Modified`, чтобы при изменении файла получить весь новый файл с кодом `200`. Ответ `206` кешируется эвристически, и кеши могут объединять сохранённые диапазоны одного и того же представления.

# HTTP 206 Partial Content: common cause 1 of 4, an item of the "Common causes" list.
http-206-cause-1 = Видео- или аудиоплеер перематывает запись и запрашивает только байты начиная с нужной позиции.

# HTTP 206 Partial Content: common cause 2 of 4, an item of the "Common causes" list.
http-206-cause-2 = Менеджер загрузок, `curl -C -` или `wget -c` возобновляет прерванное скачивание с последнего полученного байта.

# HTTP 206 Partial Content: common cause 3 of 4, an item of the "Common causes" list.
http-206-cause-3 = Встроенный в браузер просмотрщик PDF загружает только те части большого PDF-файла, которые нужны для страниц на экране.

# HTTP 206 Partial Content: common cause 4 of 4, an item of the "Common causes" list.
http-206-cause-4 = Программа параллельного скачивания загружает несколько диапазонов одного файла одновременно по отдельным соединениям.

# HTTP 206 Partial Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-206-fix-visitor-1 = Ничего: браузер или плеер намеренно запросил часть файла, например чтобы начать воспроизведение видео с середины.

# HTTP 206 Partial Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-1 = Отправляйте `Accept-Ranges: bytes` и отвечайте на запросы с `Range` точным `Content-Range`; веб-серверы делают это для статических файлов, а код приложения, который отдаёт файлы, должен реализовать это сам или использовать готовую функцию, например `res.sendFile` в Express.

# HTTP 206 Partial Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-2 = Задавайте в `Content-Length` размер возвращаемого диапазона, а не всего файла, и проверяйте оба заголовка с помощью `curl -v -r 0-99` для этого URL.

# HTTP 206 Partial Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-3 = Учитывайте `If-Range`: если его валидатор не совпадает с текущим файлом, игнорируйте `Range` и отправляйте весь файл с `200`, иначе клиенты склеят байты из двух разных версий.

# HTTP 206 Partial Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-4 = Для больших медиафайлов за CDN или кеширующим прокси убедитесь, что запросы диапазонов доходят до исходного сервера без изменений или правильно кешируются, например с помощью модуля `slice` в nginx.

# HTTP 206 Partial Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-206-vs-200 = Отправляйте `206`, когда возвращаете только запрошенные диапазоны; отправляйте `200`, когда игнорируете `Range` или `If-Range` больше не совпадает и вы отправляете представление целиком.

# HTTP 206 Partial Content compared with HTTP 416 Range Not Satisfiable: when to use which, in the "Related codes" section.
http-206-vs-416 = Отправляйте `206`, когда хотя бы один запрошенный диапазон пересекается с файлом; отправляйте `416`, когда не пересекается ни один.

## HTTP 207 Multi-Status

# HTTP 207 Multi-Status: one-line summary at the top of the explainer (TL;DR).
http-207-tldr = Ответ WebDAV, который объединяет в одном XML-теле отдельные коды состояния для нескольких ресурсов.

# HTTP 207 Multi-Status: the "What it means" paragraph of the explainer.
http-207-meaning = RFC 4918 использует `207`, когда один запрос затрагивает несколько ресурсов, — чаще всего это `PROPFIND`, перечисляющий содержимое коллекции, или `PROPPATCH`, устанавливающий несколько свойств. Тело представляет собой XML-документ `DAV:multistatus` с отдельным элементом `response` для каждого ресурса; в каждом из них есть `href` и либо `status`, либо группы `propstat` с кодом состояния для каждого свойства. Код `207` не говорит, всё ли прошло успешно: клиенту нужно прочитать каждую запись. Если `DELETE`, `COPY` или `MOVE` для коллекции завершился неудачей лишь частично, в теле перечисляются элементы, для которых операция не удалась, а для неупомянутых ресурсов она выполнена успешно.

# HTTP 207 Multi-Status: common cause 1 of 4, an item of the "Common causes" list.
http-207-cause-1 = Клиент WebDAV, например файловый менеджер, Nextcloud или календарное приложение CalDAV, отправил `PROPFIND`, чтобы получить содержимое папки или календаря.

# HTTP 207 Multi-Status: common cause 2 of 4, an item of the "Common causes" list.
http-207-cause-2 = `DELETE`, `COPY` или `MOVE` коллекции не удался для некоторых её элементов, и сервер сообщил о каждом из них с отдельным кодом состояния.

# HTTP 207 Multi-Status: common cause 3 of 4, an item of the "Common causes" list.
http-207-cause-3 = `PROPPATCH` устанавливал несколько свойств, и сервер сообщил результат для каждого из них.

# HTTP 207 Multi-Status: common cause 4 of 4, an item of the "Common causes" list.
http-207-cause-4 = API, не связанный с WebDAV, позаимствовал `207` для пакетной конечной точки, которая возвращает отдельный код состояния для каждого элемента массового запроса.

# HTTP 207 Multi-Status: what a visitor can do, the only item of "How to fix it (for visitors)".
http-207-fix-visitor-1 = Ничего: ваш файловый менеджер, календарь или приложение синхронизации сами разбирают этот составной ответ.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-1 = Разбирайте XML и проверяйте каждый элемент `status`, не считая сам `207` ни успехом, ни ошибкой; `curl -X PROPFIND -H 'Depth: 1'` для этого URL покажет тело в исходном виде.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-2 = Отправляйте с `PROPFIND` заголовок `Depth: 0` или `Depth: 1`, а не `infinity`; многие серверы отклоняют или ограничивают бесконечную глубину, так как ответ может оказаться огромным.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-3 = Если ваш пакетный API заимствует `207`, опишите формат тела в документации и указывайте для каждого элемента код состояния и ошибку в том же виде, что и в ответах на одиночные запросы.

# HTTP 207 Multi-Status compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-207-vs-200 = Отправляйте `207`, когда запрос затрагивает несколько ресурсов с возможно разными результатами; отправляйте `200`, когда весь результат описывается одним кодом состояния.

# HTTP 207 Multi-Status compared with HTTP 208 Already Reported: when to use which, in the "Related codes" section.
http-207-vs-208 = `207` — код состояния всего ответа, содержащего тело multistatus, а `208` встречается внутри этого тела для коллекции, которая уже была перечислена.

# HTTP 207 Multi-Status compared with HTTP 424 Failed Dependency: when to use which, in the "Related codes" section.
http-207-vs-424 = `207` — это конверт, а `424` — код состояния внутри него для операции, которая не удалась лишь потому, что не удалась другая операция того же запроса.

## HTTP 208 Already Reported

# HTTP 208 Already Reported: one-line summary at the top of the explainer (TL;DR).
http-208-tldr = Внутри тела multistatus WebDAV отмечает коллекцию, которая уже была перечислена ранее в том же ответе.

# HTTP 208 Already Reported: the "What it means" paragraph of the explainer.
http-208-meaning = RFC 5842 добавляет в WebDAV привязки (bindings), благодаря которым одна коллекция может находиться по нескольким путям, и тогда `PROPFIND` с `Depth: infinity` мог бы перечислять одни и те же элементы снова и снова или вообще бесконечно. Сервер, поддерживающий привязки, сообщает о первой привязке как обычно, а все последующие привязки к той же коллекции отмечает внутри тела `207` кодом `208`, не перечисляя её элементы заново. Клиент, запрашивающий свойство `DAV:resource-id`, может сопоставить такие записи с записью, полученной ранее, и восстановить реальную структуру. Код встречается только в ответах на запросы с `Depth: infinity`, а RFC 5842 имеет статус Experimental и реализован лишь в немногих серверах.

# HTTP 208 Already Reported: common cause 1 of 3, an item of the "Common causes" list.
http-208-cause-1 = `PROPFIND` с `Depth: infinity` на сервере с поддержкой привязок WebDAV дошёл до коллекции, о которой уже сообщал по другому пути.

# HTTP 208 Already Reported: common cause 2 of 3, an item of the "Common causes" list.
http-208-cause-2 = Администратор привязал одну и ту же коллекцию в нескольких местах, например общую папку проекта — в домашнюю коллекцию каждого участника.

# HTTP 208 Already Reported: common cause 3 of 3, an item of the "Common causes" list.
http-208-cause-3 = Из-за привязки коллекция содержит одного из своих предков, и сервер сообщает о повторе кодом `208`, а не завершает запрос ошибкой.

# HTTP 208 Already Reported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-208-fix-visitor-1 = Ничего: этот код встречается только внутри списка файлов, который ваш клиент WebDAV разбирает за вас.

# HTTP 208 Already Reported: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-1 = Запрашивайте `DAV:resource-id` в теле `PROPFIND`, чтобы клиент мог сопоставить каждую запись `208` с коллекцией, перечисленной ранее.

# HTTP 208 Already Reported: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-2 = Считайте записи `208` успешными и уже описанными и не ждите, что их элементы будут перечислены снова.

# HTTP 208 Already Reported: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-3 = На стороне сервера отправляйте `208` только внутри тела `207` и только для запросов с `Depth: infinity`, но никогда не как код состояния всего ответа.

# HTTP 208 Already Reported compared with HTTP 207 Multi-Status: when to use which, in the "Related codes" section.
http-208-vs-207 = `208` — запись внутри тела `207` для повторно встретившейся коллекции, а `207` — код состояния всего ответа.

# HTTP 208 Already Reported compared with HTTP 508 Loop Detected: when to use which, in the "Related codes" section.
http-208-vs-508 = Отправляйте `208`, чтобы сообщить о повторной привязке и продолжить перечисление; отправляйте `508`, только когда из-за цикла не удаётся вся операция.

## HTTP 226 IM Used

# HTTP 226 IM Used: one-line summary at the top of the explainer (TL;DR).
http-226-tldr = Сервер ответил дельтой или другим преобразованием ресурса, как клиент запросил в `A-IM`.

# HTTP 226 IM Used: the "What it means" paragraph of the explainer.
http-226-meaning = RFC 3229 определяет для HTTP дельта-кодирование: клиент, у которого есть кешированная версия, отправляет `A-IM` с манипуляциями над экземпляром, которые он принимает, например `diffe`, `vcdiff` или `gzip`, и `If-None-Match` с `ETag` своей копии. Если сервер может вычислить дельту относительно этой версии, он отвечает `226` с заголовком `IM`, перечисляющим применённые манипуляции, и обычно с заголовком `Delta-Base`, указывающим `ETag` базовой версии. Тело — это не сам ресурс, а инструкции по его восстановлению: клиент применяет их к своей кешированной копии и получает текущую версию, которую обозначает `ETag` ответа. Новый код состояния был выбран, чтобы кеши, не знающие о RFC 3229, не приняли дельту за полный ресурс; тем не менее механизм почти не применялся, если не считать некоторых серверов лент новостей.

# HTTP 226 IM Used: common cause 1 of 3, an item of the "Common causes" list.
http-226-cause-1 = Программа для чтения лент отправила `A-IM: feed`, и сервер вернул только записи, добавленные после версии, которая у неё уже была.

# HTTP 226 IM Used: common cause 2 of 3, an item of the "Common causes" list.
http-226-cause-2 = Клиент или инструмент синхронизации, реализующий RFC 3229, запросил дельту `vcdiff` или `diffe` для большого документа, который был у него в кеше.

# HTTP 226 IM Used: common cause 3 of 3, an item of the "Common causes" list.
http-226-cause-3 = Пара взаимодействующих кеширующих прокси использует дельта-кодирование, чтобы экономить трафик на медленном или дорогом канале.

# HTTP 226 IM Used: what a visitor can do, the only item of "How to fix it (for visitors)".
http-226-fix-visitor-1 = Ничего: программа для чтения лент или приложение само восстановило текущую версию из сохранённой копии.

# HTTP 226 IM Used: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-1 = Возвращайте `226`, только если запрос содержит `A-IM` с поддерживаемой вами манипуляцией, а `If-None-Match` указывает базовую версию, которая у вас ещё есть; в остальных случаях отправляйте полный `200`.

# HTTP 226 IM Used: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-2 = Включайте в ответ `IM`, новый `ETag` и `Delta-Base`, чтобы клиент мог убедиться, что применяет дельту к нужной версии.

# HTTP 226 IM Used: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-3 = Для веб-ресурсов присмотритесь к Compression Dictionary Transport (`Use-As-Dictionary` и `Available-Dictionary`): этот механизм поддерживают браузеры на основе Chromium, и он даёт экономию, сравнимую с дельтами, при обычных ответах `200`.

# HTTP 226 IM Used compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-226-vs-200 = Отправляйте `226`, когда тело — это дельта или преобразование, запрошенное клиентом через `A-IM`; отправляйте `200`, когда это полное представление.

# HTTP 226 IM Used compared with HTTP 206 Partial Content: when to use which, in the "Related codes" section.
http-226-vs-206 = `206` возвращает диапазон байтов текущего представления, а `226` — инструкции, как превратить старую кешированную версию в текущую.

# HTTP 226 IM Used compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-226-vs-304 = Отправляйте `304`, когда кешированная копия клиента всё ещё актуальна; отправляйте `226`, когда она устарела и вы можете отправить только разницу.

## HTTP 300 Multiple Choices

# HTTP 300 Multiple Choices: one-line summary at the top of the explainer (TL;DR).
http-300-tldr = У ресурса есть несколько вариантов, и клиенту предлагают выбрать один из них.

# HTTP 300 Multiple Choices: the "What it means" paragraph of the explainer.
http-300-meaning = Отвечая `300`, сервер перечисляет альтернативы, например форматы или языки, вместо того чтобы выбрать одну из них с помощью упреждающего согласования по `Accept` и `Accept-Language`. Стандартного формата для такого списка в HTTP нет, поэтому тело обычно представляет собой HTML-страницу или JSON-документ со ссылками, и пользовательский агент может сделать выбор автоматически, только если понимает этот формат. Если у сервера есть предпочтительный вариант, ему следует указать этот URI в `Location`, и некоторые клиенты автоматически по нему переходят. Ответ `300` кешируется эвристически. Этот код отправляют немногие сайты, поскольку для клиентов проще, когда вариант выбирает сервер или когда им предлагают обычные ссылки.

# HTTP 300 Multiple Choices: common cause 1 of 3, an item of the "Common causes" list.
http-300-cause-1 = `mod_speling` в Apache с `CheckSpelling On` нашёл несколько файлов, похожих на URL с опечаткой, и перечислил их.

# HTTP 300 Multiple Choices: common cause 2 of 3, an item of the "Common causes" list.
http-300-cause-2 = `mod_negotiation` в Apache с `MultiViews` нашёл несколько одинаково подходящих вариантов, а параметра `ForceLanguagePriority`, который позволил бы сделать выбор, не было.

# HTTP 300 Multiple Choices: common cause 3 of 3, an item of the "Common causes" list.
http-300-cause-3 = API предоставляет один и тот же отчёт в форматах JSON, CSV и PDF по отдельным URI и отвечает на общий URI их списком.

# HTTP 300 Multiple Choices: what a visitor can do, the only item of "How to fix it (for visitors)".
http-300-fix-visitor-1 = Выберите одну из перечисленных версий, например нужный язык или формат файла.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-1 = Укажите URI предпочтительного варианта в `Location` и перечислите в теле все варианты с их MIME-типом или языком, чтобы продолжить могли и программы, и люди.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-2 = В Apache задайте `ForceLanguagePriority Prefer Fallback` вместе с `LanguagePriority`, чтобы `MultiViews` выбирал язык, а не отвечал `300`.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-3 = Отдавайте предпочтение упреждающему согласованию с `Vary: Accept` или отдельным URI для каждого формата, поскольку немногие HTTP-клиенты знают, что делать с `300`.

# HTTP 300 Multiple Choices compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-300-vs-301 = Отправляйте `300`, когда несколько вариантов одинаково допустимы и выбирать должен клиент; отправляйте `301`, когда новый адрес ровно один.

# HTTP 300 Multiple Choices compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-300-vs-302 = Отправляйте `300`, чтобы предложить выбор из нескольких представлений; отправляйте `302`, чтобы направить клиента по одному временному адресу.

# HTTP 300 Multiple Choices compared with HTTP 406 Not Acceptable: when to use which, in the "Related codes" section.
http-300-vs-406 = Отправляйте `300`, когда предлагаете клиенту список вариантов на выбор; отправляйте `406`, когда ни один из ваших вариантов не соответствует тому, что клиент, по его словам, принимает.

## HTTP 301 Moved Permanently

# HTTP 301 Moved Permanently: one-line summary at the top of the explainer (TL;DR).
http-301-tldr = Страница навсегда переехала по адресу, указанному в заголовке `Location`.

# HTTP 301 Moved Permanently: the "What it means" paragraph of the explainer.
http-301-meaning = `301` сообщает клиентам, что у целевого ресурса появился новый постоянный URI и что сохранённые ссылки на старый следует обновить. Браузеры автоматически переходят по `Location` и, поскольку ответ кешируется эвристически, часто надолго запоминают перенаправление, так что ошибочный `301` продолжает действовать в браузерах посетителей и после того, как вы уберёте его с сервера. Поисковые системы переносят сигналы индексирования и ранжирования со старого URL на новый. По историческим причинам пользовательские агенты при переходе могут заменить `POST` на `GET`, и браузеры так и делают; `308` — это постоянное перенаправление, которое сохраняет метод и тело.

# HTTP 301 Moved Permanently: common cause 1 of 4, an item of the "Common causes" list.
http-301-cause-1 = Сайт переехал с HTTP на HTTPS или с `example.com` на `www.example.com`, и сервер перенаправляет каждый старый URL.

# HTTP 301 Moved Permanently: common cause 2 of 4, an item of the "Common causes" list.
http-301-cause-2 = Страница или запись была переименована, и CMS или правило перезаписи (rewrite) перенаправляет старый слаг на новый.

# HTTP 301 Moved Permanently: common cause 3 of 4, an item of the "Common causes" list.
http-301-cause-3 = Сервер добавляет недостающую косую черту в конце URL каталога, как это делает `mod_dir` в Apache с `DirectorySlash On`.

# HTTP 301 Moved Permanently: common cause 4 of 4, an item of the "Common causes" list.
http-301-cause-4 = Бренд переехал на новый домен, и старый домен постоянно перенаправляет на него.

# HTTP 301 Moved Permanently: what a visitor can do, the only item of "How to fix it (for visitors)".
http-301-fix-visitor-1 = Ничего: браузер сам переходит по перенаправлению; обновите закладку, указав новый адрес.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-1 = Перенаправляйте каждый старый URL на точно соответствующий ему новый, а не на главную страницу, и избегайте цепочек, переходя со старого URL на конечный за один шаг.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-2 = Сначала проверяйте перенаправление с помощью `curl -I` и короткого `Cache-Control: max-age`, потому что браузеры надолго кешируют `301` и отменить его можно только очисткой их кеша.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-3 = Для конечных точек API и любых URL, которые получают `POST`, `PUT` или `DELETE`, используйте вместо него `308`, чтобы метод и тело сохранились при перенаправлении.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-4 = Там, где этого достаточно, используйте простые правила, например `return 301 https://$host$request_uri;` в nginx или `Redirect permanent /old /new` в Apache, а не перезапись с регулярными выражениями.

# HTTP 301 Moved Permanently compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-301-vs-302 = Используйте `301`, когда старый URL больше никогда не будет действительным; используйте `302`, когда переезд временный и клиентам следует сохранить исходный URL.

# HTTP 301 Moved Permanently compared with HTTP 308 Permanent Redirect: when to use which, in the "Related codes" section.
http-301-vs-308 = Используйте `301` для обычных переездов страниц, открываемых через `GET`; используйте `308`, когда нужно сохранить метод и тело, как при вызовах API.

# HTTP 301 Moved Permanently compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-301-vs-410 = Используйте `301`, когда содержимое продолжает жить по новому адресу; используйте `410`, когда оно удалено и замены ему нет.

## HTTP 302 Found

# HTTP 302 Found: one-line summary at the top of the explainer (TL;DR).
http-302-tldr = Ресурс временно находится в другом месте: сейчас перейдите по `Location`, но продолжайте пользоваться исходным адресом.

# HTTP 302 Found: the "What it means" paragraph of the explainer.
http-302-meaning = `302` направляет клиента на URI из `Location` только для этого запроса; сохранять в закладках и индексировать по-прежнему следует исходный URI. Ответ не кешируется, если `Cache-Control` или `Expires` явно этого не разрешают. В HTTP/1.0 предполагалось, что метод сохраняется, но браузеры при переходе по `302` заменяли `POST` на `GET`, и теперь RFC 9110 это допускает; используйте `303`, если нужен переход на `GET`, и `307`, если метод должен сохраниться. `fetch` и `XMLHttpRequest` выполняют такой переход незаметно, поэтому скрипты видят только окончательный ответ, если `fetch` не вызван с `redirect: 'manual'`.

# HTTP 302 Found: common cause 1 of 4, an item of the "Common causes" list.
http-302-cause-1 = Страница, доступная только после входа, перенаправляет анонимного посетителя на страницу входа с параметром `next` или `returnUrl`.

# HTTP 302 Found: common cause 2 of 4, an item of the "Common causes" list.
http-302-cause-2 = Сценарий единого входа (SSO), например OAuth 2.0 или SAML, перебрасывает браузер между приложением и поставщиком удостоверений.

# HTTP 302 Found: common cause 3 of 4, an item of the "Common causes" list.
http-302-cause-3 = Балансировщик нагрузки или A/B-тест на время направляет часть пользователей на другой хост или другой вариант страницы.

# HTTP 302 Found: common cause 4 of 4, an item of the "Common causes" list.
http-302-cause-4 = Вспомогательная функция перенаправления во фреймворке, например `res.redirect()` в Express, `redirect()` во Flask или `redirect()` в Django, использует `302`, если не указано иное.

# HTTP 302 Found: what a visitor can do, the only item of "How to fix it (for visitors)".
http-302-fix-visitor-1 = Ничего: браузер сам переходит по перенаправлению; если вы попали в цикл страниц входа, удалите cookie сайта и войдите снова.

# HTTP 302 Found: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-1 = Выбирайте код перенаправления осознанно, а не полагайтесь на значение по умолчанию во фреймворке: `303` после `POST` формы, `307` при временном переносе API, `301` или `308` при постоянном переезде.

# HTTP 302 Found: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-2 = Проверяйте цели перенаправления, взятые из параметров вроде `next`, по списку разрешённых путей или хостов, иначе конечная точка превратится в открытый редирект (open redirect), которым пользуются фишеры.

# HTTP 302 Found: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-3 = Отлаживайте циклы перенаправлений с помощью `curl -sIL` или вкладки Network в браузере с включённым параметром «Preserve log» и смотрите, какой ответ устанавливает cookie, которого не хватает следующему запросу.

# HTTP 302 Found: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-4 = Если приложение работает за прокси, завершающим TLS, настройте приложение так, чтобы оно доверяло `X-Forwarded-Proto` и формировало `Location` со схемой `https`, а не `http`.

# HTTP 302 Found compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-302-vs-301 = Отправляйте `302`, пока правильным остаётся исходный URL; отправляйте `301`, когда переезд стал постоянным.

# HTTP 302 Found compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-302-vs-303 = Отправляйте `303` после отправки формы, чтобы показать страницу результата через `GET`; оставьте `302` для обычных временных перенаправлений, где метод не важен.

# HTTP 302 Found compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-302-vs-307 = Отправляйте `307`, когда перенаправленный запрос должен сохранить метод и тело; `302` позволяет браузерам превратить `POST` в `GET`.

## HTTP 303 See Other

# HTTP 303 See Other: one-line summary at the top of the explainer (TL;DR).
http-303-tldr = Сервер направляет клиента на другой URI, который нужно запросить методом `GET`, чтобы увидеть результат своего запроса.

# HTTP 303 See Other: the "What it means" paragraph of the explainer.
http-303-meaning = `303` отделяет действие от его результата: каким бы ни был исходный метод, клиент переходит по `Location` методом `GET` (или `HEAD`), так что `POST` никогда не повторяется. Это шаблон Post/Redirect/Get: после отправки формы браузер попадает на страницу результата, и ни её перезагрузка, ни возврат назад не отправляют форму повторно. В ответ на `GET` у `303` есть и другое применение — в связанных данных (linked data): он сообщает, что запрошенный URI обозначает нечто, что невозможно передать по сети, например человека, а `Location` указывает на документ с его описанием. Ответ `303` не кешируется, если его заголовки явно этого не разрешают.

# HTTP 303 See Other: common cause 1 of 4, an item of the "Common causes" list.
http-303-cause-1 = Веб-форма отправила заказ, комментарий или платёж, и сервер перенаправляет браузер на страницу подтверждения.

# HTTP 303 See Other: common cause 2 of 4, an item of the "Common causes" list.
http-303-cause-2 = Ресурс состояния завершённого асинхронного задания направляет клиента к результату этого задания.

# HTTP 303 See Other: common cause 3 of 4, an item of the "Common causes" list.
http-303-cause-3 = Сервер связанных данных перенаправляет с URI объекта реального мира на документ о нём.

# HTTP 303 See Other: common cause 4 of 4, an item of the "Common causes" list.
http-303-cause-4 = Выход из системы или другой `POST`, изменяющий состояние, завершается возвратом браузера на главную страницу.

# HTTP 303 See Other: what a visitor can do, the only item of "How to fix it (for visitors)".
http-303-fix-visitor-1 = Ничего: браузер сам открывает страницу результата, и её перезагрузка не отправит форму повторно.

# HTTP 303 See Other: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-1 = После каждого успешного `POST` формы отвечайте `303` со страницей результата в `Location`, а не отдавайте HTML сразу, чтобы перезагрузка не повторяла действие.

# HTTP 303 See Other: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-2 = Передавайте результат на страницу через её URI или через сессию, например в виде flash-сообщения, так как последующий `GET` не несёт тела.

# HTTP 303 See Other: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-3 = Явно запрашивайте `303` там, где фреймворк по умолчанию использует другой код, например `redirect(url, code=303)` во Flask или `RedirectResponse(url, status_code=303)` в FastAPI, где по умолчанию используется `307`.

# HTTP 303 See Other: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-4 = В Rails с Hotwire Turbo после отправки форм методами, отличными от `GET`, перенаправляйте с помощью `redirect_to path, status: :see_other`, как того ожидает Turbo.

# HTTP 303 See Other compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-303-vs-302 = `303` всегда заставляет клиента перейти на `GET`, тогда как при `302` смена метода зависит от привычек клиента, поэтому после отправки форм предпочитайте `303`.

# HTTP 303 See Other compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-303-vs-307 = `303` превращает последующий запрос в `GET`; `307` повторяет по новому URI тот же метод и тело.

# HTTP 303 See Other compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-303-vs-201 = API, отвечающий на `POST`, отправляет `201` с `Location` и новым ресурсом; браузерная форма получает `303` на страницу, которую можно показать.

## HTTP 304 Not Modified

# HTTP 304 Not Modified: one-line summary at the top of the explainer (TL;DR).
http-304-tldr = Ваша кешированная копия всё ещё актуальна, поэтому сервер не отправляет тело, а клиент повторно использует то, что у него есть.

# HTTP 304 Not Modified: the "What it means" paragraph of the explainer.
http-304-meaning = `304` отвечает на условный `GET` или `HEAD`, у которого `If-None-Match` или `If-Modified-Since` всё ещё соответствует текущему представлению; если присутствуют оба заголовка, приоритет у `If-None-Match`. У ответа нет содержимого, но сервер обязан включить те из заголовков `Cache-Control`, `Content-Location`, `Date`, `ETag`, `Expires` и `Vary`, которые были бы в ответе `200`, и клиент обновляет ими сохранённый ответ. Передаются только заголовки: это экономит трафик, но не время на обмен запросом и ответом; избежать запроса совсем позволяют длинный `max-age` или `immutable`. В браузерах `fetch` на странице обычно видит кешированный `200`, а не `304`, потому что повторной проверкой занимается HTTP-кеш.

# HTTP 304 Not Modified: common cause 1 of 4, an item of the "Common causes" list.
http-304-cause-1 = Браузер повторно проверяет кешированную таблицу стилей, изображение или страницу с помощью `If-None-Match`, а файл не изменился.

# HTTP 304 Not Modified: common cause 2 of 4, an item of the "Common causes" list.
http-304-cause-2 = Пользователь перезагрузил страницу, и браузер повторно проверяет кешированные ресурсы, а не использует их без проверки.

# HTTP 304 Not Modified: common cause 3 of 4, an item of the "Common causes" list.
http-304-cause-3 = CDN повторно проверяет у исходного сервера сохранённую копию, и тот подтверждает, что она всё ещё актуальна.

# HTTP 304 Not Modified: common cause 4 of 4, an item of the "Common causes" list.
http-304-cause-4 = Валидатор вычисляется неправильно и никогда не меняется, поэтому клиенты продолжают получать `304` и после развёртывания показывают устаревшее содержимое.

# HTTP 304 Not Modified: what a visitor can do, the only item of "How to fix it (for visitors)".
http-304-fix-visitor-1 = Ничего: браузер повторно использовал сохранённую копию; если страница выглядит устаревшей, выполните полную перезагрузку с помощью Ctrl+Shift+R, а на Mac — Cmd+Shift+R.

# HTTP 304 Not Modified: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-1 = Вычисляйте `ETag` по содержимому или номеру версии, чтобы он менялся при каждом изменении тела, и следите, чтобы он был одинаковым на всех серверах за балансировщиком нагрузки.

# HTTP 304 Not Modified: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-2 = Сравнивайте значения `If-None-Match` с помощью слабого сравнения, как требует RFC 9110: например, nginx при сжатии ответа превращает сильный `ETag` в слабый `W/`.

# HTTP 304 Not Modified: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-3 = Добавляйте отпечаток (хеш) в имена статических файлов, например `app.3f9c2.js`, и отдавайте их с `Cache-Control: max-age=31536000, immutable`, чтобы браузеры вовсе пропускали повторную проверку и `304`.

# HTTP 304 Not Modified: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-4 = Проверьте обработку условных запросов с помощью `curl -I -H 'If-None-Match: "33a64df5"'` для этого URL; ответ `200` с тем же `ETag` означает, что сервер игнорирует условие.

# HTTP 304 Not Modified compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-304-vs-200 = Отправляйте `304`, когда валидатор клиента совпадает с текущей версией; отправляйте `200` с полным телом, когда он не совпадает или запрос не был условным.

# HTTP 304 Not Modified compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-304-vs-412 = `304` отвечает на условный `GET` или `HEAD`, когда кешированная копия актуальна, а `412` отклоняет условный запрос (обычно на запись), предусловие которого ложно.

## HTTP 305 Use Proxy

# HTTP 305 Use Proxy: one-line summary at the top of the explainer (TL;DR).
http-305-tldr = Устаревший код: когда-то он предписывал клиенту повторить запрос через указанный прокси, но клиенты ему больше не подчиняются.

# HTTP 305 Use Proxy: the "What it means" paragraph of the explainer.
http-305-meaning = `305` указывал в `Location` прокси, через который клиенту следует обращаться к ресурсу. Позволять любому серверу направлять трафик клиента через прокси по своему выбору небезопасно, поэтому RFC 7231 объявил код устаревшим, RFC 9110 сохраняет его только в этом статусе, а браузеры ему не следуют. Выбор прокси — дело собственной конфигурации клиента, например системных настроек, PAC-файла или переменной окружения `HTTP_PROXY`. Серверам не следует отправлять этот код, а клиентам — выполнять его.

# HTTP 305 Use Proxy: common cause 1 of 3, an item of the "Common causes" list.
http-305-cause-1 = Устаревший сервер или сетевое устройство, настроенные ещё во времена HTTP/1.0, по-прежнему отвечают на некоторые запросы кодом `305`.

# HTTP 305 Use Proxy: common cause 2 of 3, an item of the "Common causes" list.
http-305-cause-2 = Собственное приложение использовало `305` не по назначению, в значении «используйте прокси», вместо того чтобы настроить своих клиентов.

# HTTP 305 Use Proxy: common cause 3 of 3, an item of the "Common causes" list.
http-305-cause-3 = Сканер безопасности или набор тестов намеренно отправляет `305`, чтобы проверить, что клиенты отказываются ему следовать.

# HTTP 305 Use Proxy: what a visitor can do, the only item of "How to fix it (for visitors)".
http-305-fix-visitor-1 = Ничего полезного сделать нельзя: браузер не станет использовать указанный в ответе прокси; если вам нужен прокси, задайте его в настройках системы или браузера.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-1 = Уберите `305` из серверного кода и конфигурации; если клиенты должны использовать прокси, распространяйте эту настройку через PAC-файл, WPAD или систему управления устройствами.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-2 = В HTTP-клиентах никогда не переключайте прокси только потому, что так сказано в ответе; обрабатывайте `305` как `3xx` без специальной обработки и не переходите по нему.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-3 = Если его отправляет старое устройство, обновите или перенастройте это устройство, а там, где подразумевается настоящее перенаправление, используйте `307` или `308`.

# HTTP 305 Use Proxy compared with HTTP 306 (Unused): when to use which, in the "Related codes" section.
http-305-vs-306 = `305` был определён, а потом объявлен устаревшим, тогда как `306` существовал только в черновике и теперь лишь зарезервирован.

# HTTP 305 Use Proxy compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-305-vs-407 = `305` пытался указывать клиентам, какой прокси использовать, и устарел, а `407` приходит от прокси, который клиент уже использует, и запрашивает учётные данные.

## HTTP 306 (Unused)

# HTTP 306 (Unused): one-line summary at the top of the explainer (TL;DR).
http-306-tldr = Не используется: код зарезервирован, потому что его использовал ранний черновик HTTP/1.1, и ни один сервер не должен его отправлять.

# HTTP 306 (Unused): the "What it means" paragraph of the explainer.
http-306-meaning = Один из черновиков HTTP/1.1 определял этот код как Switch Proxy — он предписывал клиентам отправлять последующие запросы через указанный прокси, — но от этой идеи отказались ещё до публикации. RFC 9110 перечисляет код как зарезервированный и не имеющий значения, чтобы его никогда не назначили чему-то другому. Клиент, получивший такой ответ, должен обработать его как нераспознанный `3xx`, то есть как `300`: без автоматического перенаправления.

# HTTP 306 (Unused): common cause 1 of 3, an item of the "Common causes" list.
http-306-cause-1 = Неправильно настроенный или самописный сервер отправляет `306`, потому что разработчик нашёл этот код в старом списке кодов состояния.

# HTTP 306 (Unused): common cause 2 of 3, an item of the "Common causes" list.
http-306-cause-2 = Фреймворк или библиотека всё ещё содержит `306` под названием Switch Proxy, и в коде его выбрали по ошибке.

# HTTP 306 (Unused): common cause 3 of 3, an item of the "Common causes" list.
http-306-cause-3 = Инструмент тестирования или фаззинга отправляет необычные коды состояния, чтобы проверить, как клиенты обрабатывают неизвестный `3xx`.

# HTTP 306 (Unused): what a visitor can do, the only item of "How to fix it (for visitors)".
http-306-fix-visitor-1 = Ничего: у этого кода нет значения, значит, страница или приложение неправильно настроены; сообщите об этом владельцу сайта.

# HTTP 306 (Unused): what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-306-fix-developer-1 = Замените `306` на тот код, который имелся в виду, — обычно `307` для временного перенаправления с сохранением метода.

# HTTP 306 (Unused): what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-306-fix-developer-2 = В клиентах обрабатывайте неизвестные коды `3xx` так же, как `300`, и не переходите автоматически по их `Location`.

# HTTP 306 (Unused) compared with HTTP 305 Use Proxy: when to use which, in the "Related codes" section.
http-306-vs-305 = Оба кода касаются прокси, и ни один из них не следует отправлять: `305` устарел, а у `306` никогда не было значения ни в одной опубликованной спецификации.

# HTTP 306 (Unused) compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-306-vs-307 = Для временного перенаправления используйте `307`; `306`, стоящий перед ним в реестре, — лишь зарезервированное место.

## HTTP 307 Temporary Redirect

# HTTP 307 Temporary Redirect: one-line summary at the top of the explainer (TL;DR).
http-307-tldr = Временное перенаправление, при котором по новому адресу нужно повторить тот же метод и тело.

# HTTP 307 Temporary Redirect: the "What it means" paragraph of the explainer.
http-307-meaning = `307` направляет клиента на URI из `Location` для этого запроса и, в отличие от `302`, запрещает менять метод: `POST` снова отправляется как `POST` с тем же содержимым, `DELETE` — как `DELETE`. Исходный URI остаётся действительным для последующих запросов, а ответ не кешируется, если заголовки не указывают иное. Браузеры повторно отправляют тело по новому адресу, не спрашивая пользователя, так что цель получает всё, что получил бы исходный адрес. Кроме того, инструменты разработчика Chrome показывают `307 Internal Redirect`, когда браузер сам переводит URL на HTTPS из-за HSTS; такой ответ сервер никогда не отправлял.

# HTTP 307 Temporary Redirect: common cause 1 of 4, an item of the "Common causes" list.
http-307-cause-1 = Сайт находится в списке HSTS, поэтому Chrome сам заменяет `http://` на `https://`, а DevTools показывают `307 Internal Redirect`, который так и не дошёл до сервера.

# HTTP 307 Temporary Redirect: common cause 2 of 4, an item of the "Common causes" list.
http-307-cause-2 = Конечная точка API временно переехала, например на время миграции, и вызовы `POST` и `PUT` должны продолжать работать через перенаправление.

# HTTP 307 Temporary Redirect: common cause 3 of 4, an item of the "Common causes" list.
http-307-cause-3 = Балансировщик нагрузки или режим технического обслуживания временно направляет запросы в другой регион или на другой хост.

# HTTP 307 Temporary Redirect: common cause 4 of 4, an item of the "Common causes" list.
http-307-cause-4 = `RedirectResponse` в FastAPI, а также автоматическое перенаправление для косой черты в конце пути в Starlette и FastAPI по умолчанию используют `307`.

# HTTP 307 Temporary Redirect: what a visitor can do, the only item of "How to fix it (for visitors)".
http-307-fix-visitor-1 = Ничего: браузер сам повторно отправляет запрос по временному адресу.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-1 = Используйте `307` вместо `302` всякий раз, когда у запроса может быть тело, например при записи через API, загрузке файлов и отправке форм, которые цель должна получить без изменений.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-2 = Обращайтесь из своих клиентов к каноническому URL — с точной схемой и косой чертой в конце, — потому что каждый `307` повторяет загрузку и стоит лишнего обмена запросом и ответом.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-3 = Учтите, что браузеры, curl и большинство библиотек отбрасывают заголовок `Authorization`, когда перенаправление ведёт на другой хост, поэтому `307` на другой хост для вызова с аутентификацией часто заканчивается ответом `401`.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-4 = Чтобы разобраться с `307 Internal Redirect` в Chrome, найдите хост на странице `chrome://net-internals/#hsts`: это перенаправление берётся из списка HSTS браузера, а не из вашего сервера.

# HTTP 307 Temporary Redirect compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-307-vs-302 = Отправляйте `307`, когда метод и тело нужно сохранить; `302` позволяет клиентам превращать `POST` в `GET`.

# HTTP 307 Temporary Redirect compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-307-vs-303 = Отправляйте `307`, чтобы повторить тот же запрос в другом месте; отправляйте `303`, чтобы клиент запросил страницу результата методом `GET`.

# HTTP 307 Temporary Redirect compared with HTTP 308 Permanent Redirect: when to use which, in the "Related codes" section.
http-307-vs-308 = Отправляйте `307`, когда переезд временный и клиентам следует сохранить старый URI; отправляйте `308`, когда новый URI заменяет его навсегда.

## HTTP 308 Permanent Redirect

# HTTP 308 Permanent Redirect: one-line summary at the top of the explainer (TL;DR).
http-308-tldr = Постоянное перенаправление, которое, в отличие от `301`, требует от клиента сохранить метод и тело.

# HTTP 308 Permanent Redirect: the "What it means" paragraph of the explainer.
http-308-meaning = `308` сообщает, что у целевого ресурса появился новый постоянный URI, указанный в `Location`, что клиентам следует обновить свои ссылки и что перенаправленный запрос должен использовать тот же метод и содержимое. Как и `301`, он кешируется эвристически, поэтому браузеры могут его запомнить. Код впервые определён в RFC 7538, а теперь входит в RFC 9110; он работает во всех современных браузерах и распространённых HTTP-библиотеках, и не следуют ему только очень старые клиенты, например Internet Explorer 11 в Windows 7. Поисковые системы при индексировании обрабатывают его так же, как `301`.

# HTTP 308 Permanent Redirect: common cause 1 of 3, an item of the "Common causes" list.
http-308-cause-1 = API навсегда переехал на новую версию или на новый хост, и его вызовы `POST`, `PUT` и `DELETE` должны продолжать работать.

# HTTP 308 Permanent Redirect: common cause 2 of 3, an item of the "Common causes" list.
http-308-cause-2 = Next.js и Vercel отвечают `308` на перенаправления, настроенные с `permanent: true`, а также при нормализации косой черты в конце пути.

# HTTP 308 Permanent Redirect: common cause 3 of 3, an item of the "Common causes" list.
http-308-cause-3 = Хостинг или CDN принудительно включает HTTPS с помощью перенаправления, сохраняющего метод, так что формы, отправленные на старый URL `http://`, не теряются.

# HTTP 308 Permanent Redirect: what a visitor can do, the only item of "How to fix it (for visitors)".
http-308-fix-visitor-1 = Ничего: браузер переходит по новому адресу; обновите закладки, указывающие на старый.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-1 = Используйте `308` при постоянном переезде конечных точек API и любых URL, принимающих запись, а `301` оставьте для обычных страниц, только если вам нужно поддерживать очень старые клиенты.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-2 = Сначала опробуйте перенаправление с коротким сроком хранения в кеше, потому что, когда браузеры закешируют `308`, отменить его будет непросто.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-3 = Обновите API-клиенты, SDK и настройки вебхуков, чтобы они сразу обращались к новому URI, поскольку каждый перенаправленный запрос отправляет своё тело дважды.

# HTTP 308 Permanent Redirect compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-308-vs-301 = Используйте `308`, когда клиенты должны повторно отправить тот же метод и тело; `301` позволяет браузерам превратить `POST` в `GET`.

# HTTP 308 Permanent Redirect compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-308-vs-307 = Используйте `308`, когда новый URI постоянный; используйте `307`, когда клиентам следует позже вернуться к исходному URI.

## HTTP 400 Bad Request

# HTTP 400 Bad Request: one-line summary at the top of the explainer (TL;DR).
http-400-tldr = Сервер не смог обработать запрос, потому что в нём что-то искажено или недопустимо.

# HTTP 400 Bad Request: the "What it means" paragraph of the explainer.
http-400-meaning = `400` — общий код ошибки клиента: стартовая строка запроса, заголовок или тело нарушают правила синтаксиса или разграничения сообщений либо запрос некорректен каким-то иным образом, с которым сервер не станет разбираться. Клиенту не следует повторять тот же запрос без изменений. Серверы используют этот код для проблем, у которых нет более конкретного кода, например для недопустимого заголовка `Host`, запроса, содержащего одновременно `Content-Length` и `Transfer-Encoding`, или тела, которое не разбирается как объявленный `Content-Type`. Тело в формате описания проблем (problem details) из RFC 9457 (`application/problem+json`), указывающее ошибочную часть, избавляет клиента от догадок. Если подходит конкретный код, например `413`, `414`, `415`, `422` или `431`, он сообщит клиенту больше.

# HTTP 400 Bad Request: common cause 1 of 5, an item of the "Common causes" list.
http-400-cause-1 = JSON- или XML-тело искажено, например из-за лишней запятой в конце или неэкранированной кавычки, либо записано не в той кодировке, которая объявлена.

# HTTP 400 Bad Request: common cause 2 of 5, an item of the "Common causes" list.
http-400-cause-2 = Обычный HTTP-запрос пришёл на порт, который nginx обслуживает по HTTPS, и nginx сообщает об этом как «The plain HTTP request was sent to HTTPS port».

# HTTP 400 Bad Request: common cause 3 of 5, an item of the "Common causes" list.
http-400-cause-3 = Cookie или другие заголовки не помещаются в `large_client_header_buffers` nginx, и nginx отвечает «400 Request Header Or Cookie Too Large», а не `431`.

# HTTP 400 Bad Request: common cause 4 of 5, an item of the "Common causes" list.
http-400-cause-4 = URL содержит недопустимые символы или испорченное процентное кодирование, например незакодированный пробел или `%`, за которым не следуют две шестнадцатеричные цифры.

# HTTP 400 Bad Request: common cause 5 of 5, an item of the "Common causes" list.
http-400-cause-5 = Конечная точка выдачи токенов OAuth 2.0 отклонила запрос с ошибкой `invalid_request` или `invalid_grant`, о которых по RFC 6749 сообщают кодом `400`.

# HTTP 400 Bad Request: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-1 = Проверьте адрес на опечатки и необычные символы и введите его заново, а не вставляйте из буфера обмена.

# HTTP 400 Bad Request: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-2 = Удалите cookie и кешированные файлы этого сайта, поскольку эту ошибку часто вызывает слишком большой или повреждённый cookie.

# HTTP 400 Bad Request: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-3 = Если ошибка появилась после отправки формы, вернитесь назад, проверьте введённые данные и отправьте форму снова.

# HTTP 400 Bad Request: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-1 = Посмотрите журнал сервера на момент ошибки: фреймворки записывают исключение разбора, а nginx записывает причину, например «client sent invalid header line», если для `error_log` задан уровень `info`.

# HTTP 400 Bad Request: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-2 = Возвращайте тело в формате problem details, в котором указано ошибочное поле или заголовок, чтобы разработчики клиентов могли исправить запросы, не имея доступа к вашим журналам.

# HTTP 400 Bad Request: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-3 = Воспроизведите запрос с помощью `curl -v --data-binary @body.json -H 'Content-Type: application/json'`, чтобы увидеть, что именно отправляется, и проверьте тело командой `jq . body.json`, прежде чем подозревать сервер.

# HTTP 400 Bad Request: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-4 = Используйте конкретные коды там, где они подходят: `415` для неподдерживаемого `Content-Type`, `422` для корректно сформированного тела, не прошедшего валидацию, `431` для слишком больших заголовков.

# HTTP 400 Bad Request compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-400-vs-401 = Отправляйте `400`, когда сам запрос сформирован неправильно; отправляйте `401`, когда он сформирован правильно, но в нём нет действительных учётных данных.

# HTTP 400 Bad Request compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-400-vs-415 = Отправляйте `415`, когда MIME-тип тела вы вообще не принимаете; отправляйте `400`, когда тип правильный, но тело не разбирается.

# HTTP 400 Bad Request compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-400-vs-422 = Отправляйте `400` для тела, которое невозможно разобрать; отправляйте `422` для тела, которое разбирается, но нарушает ваши правила валидации.

## HTTP 401 Unauthorized

# HTTP 401 Unauthorized: one-line summary at the top of the explainer (TL;DR).
http-401-tldr = Нужно пройти аутентификацию, или отправленные учётные данные были отклонены; как аутентифицироваться, указывает заголовок `WWW-Authenticate`.

# HTTP 401 Unauthorized: the "What it means" paragraph of the explainer.
http-401-meaning = `401` означает, что в запросе нет действительных учётных данных для целевого ресурса; сервер обязан отправить хотя бы один вызов (challenge) в `WWW-Authenticate`, например `Basic realm="api"` или `Bearer error="invalid_token"`, и клиент может повторить запрос с заголовком `Authorization`. Если учётные данные в запросе уже были, `401` сообщает, что их отклонили, например потому что срок действия токена истёк или токен отозван. При вызове `Basic` или `Digest` браузеры показывают встроенное окно входа; при токенах `Bearer` приложение само повторяет запрос, обычно предварительно обновив токен доступа. Несмотря на поясняющую фразу, код касается аутентификации: клиент, личность которого известна, но у которого нет прав, получает `403`.

# HTTP 401 Unauthorized: common cause 1 of 5, an item of the "Common causes" list.
http-401-cause-1 = Срок действия токена доступа или сессионного cookie истёк, а клиент отправил его, не обновив.

# HTTP 401 Unauthorized: common cause 2 of 5, an item of the "Common causes" list.
http-401-cause-2 = Заголовок `Authorization` так и не дошёл до приложения, потому что Apache с `mod_wsgi` или конфигурация CGI либо FastCGI отбрасывают его, если не задано `WSGIPassAuthorization On` или `CGIPassAuth On`.

# HTTP 401 Unauthorized: common cause 3 of 5, an item of the "Common causes" list.
http-401-cause-3 = Часы клиента или сервера идут неправильно, поэтому по утверждениям (claims) `exp` и `nbf` JWT выглядит просроченным или ещё не действительным.

# HTTP 401 Unauthorized: common cause 4 of 5, an item of the "Common causes" list.
http-401-cause-4 = При перенаправлении на другой хост был отброшен заголовок `Authorization` — браузеры, curl и большинство библиотек делают это намеренно.

# HTTP 401 Unauthorized: common cause 5 of 5, an item of the "Common causes" list.
http-401-cause-5 = Токен был выпущен для другой аудитории или другого окружения, например токен тестового окружения отправлен в продакшен.

# HTTP 401 Unauthorized: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-401-fix-visitor-1 = Войдите снова: возможно, срок действия вашей сессии истёк.

# HTTP 401 Unauthorized: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-401-fix-visitor-2 = Если окно входа появляется снова и снова, проверьте имя пользователя и пароль и удалите из браузера сохранённые для этого сайта учётные данные.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 1 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-1 = Отправляйте заголовок `WWW-Authenticate` с каждым `401`, как требует спецификация; для токенов OAuth типа bearer указывайте `error="invalid_token"` и `error_description`.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 2 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-2 = Декодируйте токен и сверьте `exp`, `nbf`, `aud` и `iss` с тем, что ожидает сервер, а часы серверов синхронизируйте по NTP.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 3 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-3 = Убедитесь, что заголовок доходит до вашего кода, записав заголовки запроса в журнал приложения, и проверьте настройки прокси и CGI, которые отбрасывают `Authorization`.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 4 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-4 = Отвечайте на предварительные запросы CORS (`OPTIONS`), не требуя учётных данных, потому что браузеры никогда не отправляют `Authorization` в предварительном запросе, и `401` на нём блокирует настоящий запрос.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 5 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-5 = Возвращайте `403` с `error="insufficient_scope"`, когда токен действителен, но не имеет нужной области действия (scope), как предписывает RFC 6750.

# HTTP 401 Unauthorized compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-401-vs-403 = Отправляйте `401`, когда клиент не подтвердил, кто он; отправляйте `403`, когда вы знаете, кто он, и ему это не разрешено.

# HTTP 401 Unauthorized compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-401-vs-407 = `401` приходит от исходного сервера и использует `WWW-Authenticate` и `Authorization`; `407` приходит от прокси и использует `Proxy-Authenticate` и `Proxy-Authorization`.

# HTTP 401 Unauthorized compared with HTTP 511 Network Authentication Required: when to use which, in the "Related codes" section.
http-401-vs-511 = `401` запрашивает учётные данные для сайта, который открыл пользователь; `511` приходит от локальной сети, которая требует, чтобы пользователь вошёл в неё, прежде чем попасть на любой сайт.

## HTTP 402 Payment Required

# HTTP 402 Payment Required: one-line summary at the top of the explainer (TL;DR).
http-402-tldr = Зарезервирован в HTTP для использования в будущем; некоторые сервисы сообщают с его помощью, что нужна оплата или платный тариф.

# HTTP 402 Payment Required: the "What it means" paragraph of the explainer.
http-402-meaning = RFC 9110 резервирует `402`, не определяя ни его семантику, ни заголовки, ни поведение клиента, поэтому браузеры обрабатывают его как любой другой `4xx`. API наделяют его собственным значением: например, Stripe возвращает `402`, когда запрос с корректными параметрами всё же не выполнен, скажем, из-за отклонённой карты, а другие сервисы используют его при истёкшей подписке или исчерпанной платной квоте. Поскольку в этом коде нет ничего стандартного, объяснение должно быть в теле, а разработчикам клиентов приходится опираться на документацию каждого API. Существуют предложения машиночитаемого процесса оплаты на основе `402`, но ни одно из них не входит в HTTP.

# HTTP 402 Payment Required: common cause 1 of 4, an item of the "Common causes" list.
http-402-cause-1 = Платёжный API отклонил списание, например потому что карта отклонена или её срок действия истёк.

# HTTP 402 Payment Required: common cause 2 of 4, an item of the "Common causes" list.
http-402-cause-2 = Подписка или пробный период аккаунта закончились, и сервис блокирует платные функции, пока не будет улажена оплата.

# HTTP 402 Payment Required: common cause 3 of 4, an item of the "Common causes" list.
http-402-cause-3 = Платная квота использования по тарифу API исчерпана на текущий расчётный период.

# HTTP 402 Payment Required: common cause 4 of 4, an item of the "Common causes" list.
http-402-cause-4 = Сервис с платным доступом к контенту требует покупки или подписки для этой статьи или файла.

# HTTP 402 Payment Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-402-fix-visitor-1 = Проверьте подписку и способ оплаты в платёжных настройках аккаунта и замените просроченную карту.

# HTTP 402 Payment Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-402-fix-visitor-2 = Если вы считаете, что уже заплатили, обратитесь в службу поддержки сервиса и приложите сообщение, показанное на странице.

# HTTP 402 Payment Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-1 = Точно опишите в документации, когда ваш API возвращает `402` и что содержит тело, например код ошибки, лимит тарифа и URL страницы оплаты.

# HTTP 402 Payment Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-2 = В клиентах обрабатывайте `402` отдельно для каждого API, читая код ошибки в теле, например `decline_code` у Stripe, а не полагаясь на один лишь код состояния.

# HTTP 402 Payment Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-3 = Для ограничений тарифа рассмотрите `403` с понятным кодом ошибки, поскольку универсальные клиенты и прокси знают, как его обрабатывать.

# HTTP 402 Payment Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-402-vs-401 = Отправляйте `401`, когда вызывающая сторона не прошла аутентификацию; отправляйте `402`, только когда отказываете уже аутентифицированной стороне по задокументированной причине, связанной с оплатой.

# HTTP 402 Payment Required compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-402-vs-403 = `403` — стандартный отказ известной вызывающей стороне без доступа; `402` — нестандартный вариант, который некоторые API оставляют для отказов, снимаемых оплатой.

## HTTP 403 Forbidden

# HTTP 403 Forbidden: one-line summary at the top of the explainer (TL;DR).
http-403-tldr = Сервер понял запрос, но отказывается его выполнять; повторный вход не поможет.

# HTTP 403 Forbidden: the "What it means" paragraph of the explainer.
http-403-meaning = `403` — отказ, который аутентификация не изменит: учётные данные действительны, но прав недостаточно, или доступ запрещён по другой причине, например из-за сетевого адреса клиента, отсутствующего CSRF-токена или прав доступа в файловой системе. В отличие от `401`, ему не нужен заголовок `WWW-Authenticate`, а повторять запрос с теми же учётными данными бессмысленно. Сервер может объяснить причину в теле или оставить её при себе; если в тайне должен оставаться даже сам факт существования ресурса, обычная альтернатива — `404`. Ответ `403` не кешируется, если его заголовки не указывают иное.

# HTTP 403 Forbidden: common cause 1 of 5, an item of the "Common causes" list.
http-403-cause-1 = Веб-сервер не может прочитать файл из-за прав доступа или владельца в Unix — nginx записывает это в журнал как `(13: Permission denied)`, — или потому, что его блокирует SELinux.

# HTTP 403 Forbidden: common cause 2 of 5, an item of the "Common causes" list.
http-403-cause-2 = URL указывает на каталог без индексного файла, а вывод списка файлов каталога отключён (`autoindex off` в nginx, `Options -Indexes` в Apache).

# HTTP 403 Forbidden: common cause 3 of 5, an item of the "Common causes" list.
http-403-cause-3 = Файрвол, правило ModSecurity или проверка на ботов в CDN заблокировали запрос из-за его IP-адреса, страны, user agent или содержимого.

# HTTP 403 Forbidden: common cause 4 of 5, an item of the "Common causes" list.
http-403-cause-4 = Форма была отправлена в Django или Rails без действительного CSRF-токена, например после смены сессии или со страницы, которая слишком долго хранилась в кеше.

# HTTP 403 Forbidden: common cause 5 of 5, an item of the "Common causes" list.
http-403-cause-5 = Политика бакета облачного хранилища запрещает доступ, или S3 возвращает `403 AccessDenied` для отсутствующего объекта, потому что у вызывающей стороны нет права `s3:ListBucket`.

# HTTP 403 Forbidden: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-1 = Убедитесь, что вы вошли под учётной записью, у которой должен быть доступ, или попросите владельца его предоставить.

# HTTP 403 Forbidden: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-2 = Если вы перешли по ссылке, проверьте, что адрес указан полностью: многие сайты отказываются показывать содержимое папок, если в адресе нет имени страницы.

# HTTP 403 Forbidden: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-3 = Если вас заблокировала проверка безопасности, отключите VPN или прокси и перезагрузите страницу, так как общие адреса часто блокируются.

# HTTP 403 Forbidden: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-1 = Найдите в журнале ошибок запрещённый путь и причину, затем исправьте права доступа: пользователю сервера нужно право на выполнение для каждого родительского каталога и право на чтение файла, что сразу показывает `namei -l /path/to/file`.

# HTTP 403 Forbidden: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-2 = Ищите запрещающие правила в блоках `location`, файлах `.htaccess`, директивах `Require` и журнале аудита WAF, например в `modsec_audit.log` ModSecurity или в событиях файрвола CDN, чтобы найти сработавшее правило.

# HTTP 403 Forbidden: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-3 = Объясняйте в теле, почему доступ запрещён и что позволило бы его получить, если только это не раскрывает слишком многое: клиентам API нужна причина, чтобы что-то предпринять.

# HTTP 403 Forbidden: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-4 = При ошибках CSRF проверьте, что форма передаёт токен и что атрибуты `SameSite` и `Secure` сессионного cookie подходят для того, как отправляется форма.

# HTTP 403 Forbidden compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-403-vs-401 = Отправляйте `403`, когда клиент аутентифицирован, но не имеет разрешения; отправляйте `401`, когда ему ещё нужно пройти аутентификацию или его учётные данные отклонены.

# HTTP 403 Forbidden compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-403-vs-404 = Отправляйте `404` вместо `403`, когда не хотите раскрывать, что ресурс существует.

# HTTP 403 Forbidden compared with HTTP 451 Unavailable For Legal Reasons: when to use which, in the "Related codes" section.
http-403-vs-451 = Отправляйте `451`, когда причина отказа в доступе — требование закона; отправляйте `403` во всех остальных случаях отказа.

## HTTP 404 Not Found

# HTTP 404 Not Found: one-line summary at the top of the explainer (TL;DR).
http-404-tldr = По этому адресу ничего нет, или сервер не хочет говорить, есть ли там что-нибудь.

# HTTP 404 Not Found: the "What it means" paragraph of the explainer.
http-404-meaning = `404` сообщает, что исходный сервер не нашёл текущего представления для целевого URI; он ничего не обещает насчёт будущего, так что тот же запрос позднее может выполниться успешно. Ответ кешируется эвристически, поэтому браузеры и CDN могут какое-то время хранить `404`, если `Cache-Control` не указывает иное, — этим объясняется, что страница кажется отсутствующей и сразу после публикации. Серверы также используют этот код вместо `403`, чтобы скрыть ресурсы, которые клиенту видеть нельзя. Для ресурса, удалённого навсегда, информативнее `410`, а для перемещённого ресурса нужен `301` или `308`, а не `404`.

# HTTP 404 Not Found: common cause 1 of 5, an item of the "Common causes" list.
http-404-cause-1 = В URL опечатка, отличается регистр букв на сервере, чувствительном к регистру, или в конце не хватает косой черты либо есть лишняя.

# HTTP 404 Not Found: common cause 2 of 5, an item of the "Common causes" list.
http-404-cause-2 = Страницу удалили или переименовали без перенаправления, поэтому старые ссылки и результаты поиска ведут в никуда.

# HTTP 404 Not Found: common cause 3 of 5, an item of the "Common causes" list.
http-404-cause-3 = Одностраничное приложение открыли по глубокой ссылке, а на сервере нет запасного варианта, который отдавал бы `index.html` для клиентских маршрутов.

# HTTP 404 Not Found: common cause 4 of 5, an item of the "Common causes" list.
http-404-cause-4 = Сайт развернули по вложенному пути или с новым базовым URL, а его ссылки или пути к ресурсам всё ещё указывают на старый корень.

# HTTP 404 Not Found: common cause 5 of 5, an item of the "Common causes" list.
http-404-cause-5 = Маршрут API для этого пути не зарегистрирован, или идентификатора из URL нет в базе данных.

# HTTP 404 Not Found: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-1 = Проверьте адрес на опечатки и попробуйте удалить последнюю часть пути, чтобы попасть на родительскую страницу.

# HTTP 404 Not Found: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-2 = Найдите страницу через поиск или навигацию сайта: возможно, она переехала.

# HTTP 404 Not Found: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-3 = Если вы пришли сюда по ссылке с другого сайта, сообщите его владельцу, что ссылка не работает.

# HTTP 404 Not Found: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-1 = Найдите в журнале доступа запрошенный путь и его `Referer`, затем добавьте `301` со старых URL на их новые адреса.

# HTTP 404 Not Found: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-2 = Для одностраничных приложений добавьте запасной вариант, например `try_files $uri $uri/ /index.html;` в nginx, но для маршрутов, которых приложение не знает, по-прежнему возвращайте настоящий `404`.

# HTTP 404 Not Found: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-3 = Отдавайте полезную страницу ошибки с настоящим кодом `404`, а не `200`: поисковые системы всё равно считают такие ложные страницы 404 (soft 404) ошибками.

# HTTP 404 Not Found: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-4 = Задайте для ответов `404` в CDN короткий `max-age`, чтобы закешированный промах не скрывал только что опубликованную страницу.

# HTTP 404 Not Found compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-404-vs-410 = Отправляйте `410`, когда знаете, что ресурс удалён навсегда; отправляйте `404`, когда не можете или не хотите этого сообщать.

# HTTP 404 Not Found compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-404-vs-403 = Отправляйте `403`, когда ресурс существует и клиенту можно об этом знать, но нельзя получить к нему доступ; отправляйте `404`, чтобы полностью его скрыть.

# HTTP 404 Not Found compared with HTTP 405 Method Not Allowed: when to use which, in the "Related codes" section.
http-404-vs-405 = Отправляйте `405`, когда URI существует, но не для этого метода; отправляйте `404`, когда по этому URI ничего нет.

## HTTP 405 Method Not Allowed

# HTTP 405 Method Not Allowed: one-line summary at the top of the explainer (TL;DR).
http-405-tldr = Адрес существует, но не принимает этот HTTP-метод, например `POST` на страницу, доступную только для чтения.

# HTTP 405 Method Not Allowed: the "What it means" paragraph of the explainer.
http-405-meaning = Сервер знает метод, но целевой ресурс его не поддерживает; в ответе необходимо перечислить поддерживаемые методы в заголовке `Allow`, например `Allow: GET, HEAD`. Клиенту следует повторить запрос одним из этих методов, а не тем же самым. Фреймворки автоматически возвращают `405`, когда маршрут существует для одних методов, но не для запрошенного, а узнать методы заранее обычно позволяет запрос `OPTIONS` к тому же URI. Ответ `405` кешируется эвристически.

# HTTP 405 Method Not Allowed: common cause 1 of 5, an item of the "Common causes" list.
http-405-cause-1 = Форма или вызов `fetch` отправляет `POST` на URL, маршрут которого обрабатывает только `GET`, или наоборот.

# HTTP 405 Method Not Allowed: common cause 2 of 5, an item of the "Common causes" list.
http-405-cause-2 = nginx отдаёт статический файл и получает `POST`, `PUT` или `DELETE`, на которые отвечает `405`.

# HTTP 405 Method Not Allowed: common cause 3 of 5, an item of the "Common causes" list.
http-405-cause-3 = Перенаправление, например для добавления косой черты в конце или перехода на HTTPS, превратило `POST` в `GET`, который цель не принимает.

# HTTP 405 Method Not Allowed: common cause 4 of 5, an item of the "Common causes" list.
http-405-cause-4 = Предварительный запрос CORS (`OPTIONS`) попал на маршрут, который не обрабатывает `OPTIONS`.

# HTTP 405 Method Not Allowed: common cause 5 of 5, an item of the "Common causes" list.
http-405-cause-5 = Модуль WebDAV в IIS перехватывает `PUT` и `DELETE` до того, как их увидит приложение.

# HTTP 405 Method Not Allowed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-405-fix-visitor-1 = С вашей стороны мало что можно сделать: откройте страницу заново с самого начала, а не отправляйте форму повторно, и сообщите о проблеме, если форма продолжает выдавать ошибку.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-1 = Прочитайте заголовок `Allow` в ответе, например с помощью `curl -i -X OPTIONS` для этого URL, и сравните его с методом, который отправляет ваш клиент.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-2 = Убедитесь, что каждый маршрут объявляет все методы, которые обрабатывает, например `methods=["GET", "POST"]` во Flask или `@PostMapping` в Spring.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-3 = Обращайтесь сразу к каноническому URL — с точной схемой и косой чертой в конце, — чтобы никакое перенаправление не изменило метод, прежде чем запрос дойдёт до маршрута.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-4 = В IIS удалите `WebDAVModule` и его обработчик в `web.config`, если ваше приложение само обрабатывает `PUT` и `DELETE`.

# HTTP 405 Method Not Allowed compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-405-vs-501 = Отправляйте `405`, когда метод известен, но не разрешён для этого ресурса; отправляйте `501`, когда сервер вообще не реализует этот метод.

# HTTP 405 Method Not Allowed compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-405-vs-404 = Отправляйте `404`, когда по этому URI ничего нет; отправляйте `405`, когда что-то есть, но не для этого метода.

# HTTP 405 Method Not Allowed compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-405-vs-403 = Отправляйте `403`, когда метод поддерживается, но этому клиенту его использовать нельзя; отправляйте `405`, когда его не может использовать для этого ресурса ни один клиент.

## HTTP 406 Not Acceptable

# HTTP 406 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
http-406-tldr = У сервера нет версии ресурса в формате, на языке или в кодировке, которые клиент, по его словам, принимает.

# HTTP 406 Not Acceptable: the "What it means" paragraph of the explainer.
http-406-meaning = Сервер может ответить `406`, если строго соблюдает заголовки упреждающего согласования, такие как `Accept`, `Accept-Language` или `Accept-Encoding`, и ни одно из его представлений им не соответствует. RFC 9110 в равной мере позволяет серверу не учитывать эти заголовки и отправить представление по умолчанию, что и делает большинство серверов, поскольку ответ, который пользовательский агент может попытаться использовать, обычно лучше ошибки. В ответе `406` следует перечислить доступные представления с их MIME-типами или языками, чтобы пользователь или клиент мог выбрать одно из них. Если проблема в формате тела самого запроса, правильный код — `415`.

# HTTP 406 Not Acceptable: common cause 1 of 4, an item of the "Common causes" list.
http-406-cause-1 = API-клиент отправляет `Accept: application/xml` конечной точке, которая выдаёт только JSON.

# HTTP 406 Not Acceptable: common cause 2 of 4, an item of the "Common causes" list.
http-406-cause-2 = В действии Rails с `respond_to` нет ветки для запрошенного формата, и оно выбрасывает `ActionController::UnknownFormat`, или Spring не находит конвертер для типа из `Accept`.

# HTTP 406 Not Acceptable: common cause 3 of 4, an item of the "Common causes" list.
http-406-cause-3 = ModSecurity на виртуальном хостинге настроен отклонять подозрительные запросы с кодом `406`, и этот выбор не имеет никакого отношения к согласованию контента.

# HTTP 406 Not Acceptable: common cause 4 of 4, an item of the "Common causes" list.
http-406-cause-4 = Расширение браузера или HTTP-клиент отправляет необычный заголовок `Accept` или `Accept-Language`, который строгий сервер не может удовлетворить.

# HTTP 406 Not Acceptable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-406-fix-visitor-1 = Попробуйте другой браузер или отключите расширения, которые изменяют заголовки запросов, и перезагрузите страницу.

# HTTP 406 Not Acceptable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-406-fix-visitor-2 = Если ошибка возникла после отправки формы на небольшом сайте на хостинге, скорее всего, ваши данные не понравились фильтру безопасности; свяжитесь с владельцем сайта.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-1 = Проверьте заголовки `Accept` запроса с помощью `curl -v` и сравните их с MIME-типами, которые выдаёт конечная точка; клиентам, которым это безразлично, следует отправлять `Accept: */*` или тот тип, который они разбирают.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-2 = Вместо `406` лучше отправлять представление по умолчанию с `Vary: Accept`, если только клиенты не зависят от строгого согласования.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-3 = На виртуальном хостинге найдите в журнале аудита ModSecurity идентификатор правила, вызвавшего `406`, и попросите хостера отключить его для вашего пути.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-4 = В Spring убедитесь, что для типа ответа есть конвертер сообщений, например Jackson для JSON, и что атрибут `produces` соответствует тому, что запрашивают клиенты.

# HTTP 406 Not Acceptable compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-406-vs-415 = Отправляйте `406`, когда не можете сформировать ответ в формате, который принимает клиент; отправляйте `415`, когда не можете прочитать формат тела запроса клиента.

# HTTP 406 Not Acceptable compared with HTTP 300 Multiple Choices: when to use which, in the "Related codes" section.
http-406-vs-300 = Отправляйте `300`, когда предлагаете клиенту альтернативы на выбор; отправляйте `406`, когда ничто не соответствует тому, что клиент, по его словам, принимает.

## HTTP 407 Proxy Authentication Required

# HTTP 407 Proxy Authentication Required: one-line summary at the top of the explainer (TL;DR).
http-407-tldr = Прокси между вами и сайтом требует, чтобы вы сначала прошли аутентификацию на нём.

# HTTP 407 Proxy Authentication Required: the "What it means" paragraph of the explainer.
http-407-meaning = `407` работает как `401`, но на одно звено раньше: прокси отправляет клиенту вызов в `Proxy-Authenticate`, а клиент повторяет запрос с `Proxy-Authorization`. Эти заголовки касаются только запросившего их прокси, который использует их сам и не передаёт исходному серверу. Корпоративные прокси часто используют `Negotiate` (Kerberos) или `NTLM`, которые браузеры на компьютерах, входящих в домен, обрабатывают незаметно, тогда как инструментам командной строки нужна явная настройка. При работе с HTTPS через прокси `407` приходит в ответ на запрос `CONNECT` ещё до открытия туннеля, поэтому целевой сайт этого обмена не видит.

# HTTP 407 Proxy Authentication Required: common cause 1 of 4, an item of the "Common causes" list.
http-407-cause-1 = Инструмент разработчика, например `npm`, `pip`, `git` или Docker, использует корпоративный прокси из `HTTP_PROXY` или `HTTPS_PROXY` без учётных данных.

# HTTP 407 Proxy Authentication Required: common cause 2 of 4, an item of the "Common causes" list.
http-407-cause-2 = Пароль прокси изменился, например вместе с доменным паролем пользователя, а инструмент всё ещё отправляет старый.

# HTTP 407 Proxy Authentication Required: common cause 3 of 4, an item of the "Common causes" list.
http-407-cause-3 = Учётные данные прокси, указанные в URL, содержат символы вроде `@` или `:` без процентного кодирования, поэтому разбираются неправильно.

# HTTP 407 Proxy Authentication Required: common cause 4 of 4, an item of the "Common causes" list.
http-407-cause-4 = Прокси предлагает только `NTLM` или `Negotiate`, которые клиент не поддерживает, что часто бывает в образах контейнеров и раннерах CI.

# HTTP 407 Proxy Authentication Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-407-fix-visitor-1 = Когда браузер попросит, войдите в прокси своей организации с обычными рабочими учётными данными.

# HTTP 407 Proxy Authentication Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-407-fix-visitor-2 = Если вы не в корпоративной сети, проверьте настройки прокси в системе и отключите любой незнакомый вам прокси.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-1 = Настройте прокси с учётными данными в процентном кодировании, например `HTTPS_PROXY=http://user:p%40ss@proxy.example.net:8080`, или отдельно для каждого инструмента через `npm config set https-proxy` или `git config --global http.proxy`.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-2 = Для прокси с `NTLM` или `Negotiate` используйте клиент, который их поддерживает, например `curl --proxy-ntlm` или `--proxy-negotiate`, или запустите локального помощника, такого как Cntlm или Px, который проходит аутентификацию за вас.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-3 = Узнайте, какие схемы принимает прокси, выполнив `curl -v -x proxy.example.net:8080` для любого URL и прочитав его заголовок `Proxy-Authenticate`.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-4 = Перечислите внутренние хосты в `NO_PROXY`, чтобы у запросов, которые должны идти в обход прокси, не запрашивались его учётные данные.

# HTTP 407 Proxy Authentication Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-407-vs-401 = Отправляйте `407` с прокси, которому нужно, чтобы клиент прошёл на нём аутентификацию; `401` — для аутентификации на исходном сервере.

# HTTP 407 Proxy Authentication Required compared with HTTP 511 Network Authentication Required: when to use which, in the "Related codes" section.
http-407-vs-511 = `407` приходит от прокси, который клиент использует сознательно, и на него отвечают заголовком `Proxy-Authorization`; `511` приходит от перехватывающей сети, которая хочет, чтобы пользователь вошёл через веб-страницу.

## HTTP 408 Request Timeout

# HTTP 408 Request Timeout: one-line summary at the top of the explainer (TL;DR).
http-408-tldr = Сервер слишком долго ждал поступления запроса и закрыл соединение.

# HTTP 408 Request Timeout: the "What it means" paragraph of the explainer.
http-408-meaning = Сервер отправляет `408`, когда соединение было открыто, но полный запрос — заголовки или тело — не поступил в отведённое время; после этого сервер закрывает соединение и сообщает об этом заголовком `Connection: close`. Запрос не был обработан, поэтому клиент может отправить его снова по новому соединению, и браузеры делают это автоматически для идемпотентных запросов. Серверы также отправляют `408` на простаивающих соединениях, по которым так и не пришло ни одного запроса, например открытых браузером заранее, поэтому единичные записи `408` в журналах доступа часто безобидны. Код относится к участку от клиента к серверу; когда шлюз перестаёт ждать свой вышестоящий сервер, используется код `504`.

# HTTP 408 Request Timeout: common cause 1 of 4, an item of the "Common causes" list.
http-408-cause-1 = Из-за медленной или нестабильной сети большая загрузка не успела завершиться за время `client_body_timeout` в nginx или `RequestReadTimeout` в Apache.

# HTTP 408 Request Timeout: common cause 2 of 4, an item of the "Common causes" list.
http-408-cause-2 = Браузер заранее открыл запасное соединение и не воспользовался им, пока не истёк тайм-аут сервера на получение заголовков, например `client_header_timeout` в nginx.

# HTTP 408 Request Timeout: common cause 3 of 4, an item of the "Common causes" list.
http-408-cause-3 = Клиент объявил `Content-Length` больше, чем тело, которое он на самом деле отправил, и сервер ждал байтов, которые так и не пришли.

# HTTP 408 Request Timeout: common cause 4 of 4, an item of the "Common causes" list.
http-408-cause-4 = Мобильное приложение было приостановлено в фоне посреди отправки запроса и возобновило работу, когда сервер уже перестал ждать.

# HTTP 408 Request Timeout: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-408-fix-visitor-1 = Перезагрузите страницу или отправьте форму снова: запрос не дошёл до сервера полностью, поэтому ничего не сохранилось.

# HTTP 408 Request Timeout: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-408-fix-visitor-2 = Если загрузки продолжают обрываться, подключитесь к более стабильной сети или загружайте файлы поменьше.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-1 = Сравните тайм-ауты чтения на сервере с реальным временем загрузки и увеличьте `client_body_timeout` или `RequestReadTimeout` для конечных точек загрузки либо перейдите на загрузку по частям или возобновляемую загрузку.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-2 = Проверьте, что клиенты отправляют правильный `Content-Length`: если значение больше тела, сервер ждёт до истечения тайм-аута.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-3 = В мониторинге учитывайте ответы `408` на соединениях без запросов отдельно от настоящих ошибок запросов, чтобы они не вызывали ложных тревог.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-4 = В клиентах после `408` повторяйте запрос по новому соединению: автоматически для идемпотентных методов и с осторожностью для `POST`.

# HTTP 408 Request Timeout compared with HTTP 504 Gateway Timeout: when to use which, in the "Related codes" section.
http-408-vs-504 = `408` означает, что сервер перестал ждать запрос клиента; `504` — что шлюз перестал ждать ответ своего вышестоящего сервера.

# HTTP 408 Request Timeout compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-408-vs-429 = `408` касается запроса, который поступал слишком медленно; `429` — запросов, которые поступают слишком часто.

## HTTP 409 Conflict

# HTTP 409 Conflict: one-line summary at the top of the explainer (TL;DR).
http-409-tldr = Запрос противоречит текущему состоянию ресурса: например, это конфликтующая правка или дубликат.

# HTTP 409 Conflict: the "What it means" paragraph of the explainer.
http-409-meaning = `409` предназначен для конфликтов, которые клиент может разрешить: сам по себе запрос корректен, но его применение к ресурсу в текущем состоянии привело бы к несогласованности. Типичные случаи — одновременные правки, обнаруженные по полю версии в теле, попытки создать объект, уникальный ключ которого уже существует, и запрещённые переходы между состояниями, например отмена уже отправленного заказа. В теле следует описать конфликт достаточно подробно, чтобы клиент мог его устранить, например указать текущую версию или поле, вызвавшее конфликт. Клиенту следует получить текущее состояние и сформировать новый запрос, а не отправлять тот же самый. Если конфликт обнаружен с помощью `If-Match` или `If-Unmodified-Since`, точный код — `412`.

# HTTP 409 Conflict: common cause 1 of 5, an item of the "Common causes" list.
http-409-cause-1 = Два пользователя редактировали одну и ту же запись, и второе сохранение передаёт номер версии, которую сервер уже заменил.

# HTTP 409 Conflict: common cause 2 of 5, an item of the "Common causes" list.
http-409-cause-2 = Запрос на регистрацию или создание использует адрес электронной почты, имя пользователя или ключ, который уже существует.

# HTTP 409 Conflict: common cause 3 of 5, an item of the "Common causes" list.
http-409-cause-3 = API Kubernetes отклоняет обновление, потому что `resourceVersion` объекта изменилась после чтения, или создание, потому что объект уже существует.

# HTTP 409 Conflict: common cause 4 of 5, an item of the "Common causes" list.
http-409-cause-4 = `PUT` или `MKCOL` в WebDAV направлен на путь, родительской коллекции которого не существует.

# HTTP 409 Conflict: common cause 5 of 5, an item of the "Common causes" list.
http-409-cause-5 = Конечный автомат запрещает переход, например публикацию черновика, который тем временем кто-то удалил.

# HTTP 409 Conflict: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-409-fix-visitor-1 = Перезагрузите страницу, чтобы увидеть последнюю версию, и внесите изменения заново.

# HTTP 409 Conflict: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-409-fix-visitor-2 = Если вы создаёте аккаунт или объект, выберите другое имя: введённое уже занято.

# HTTP 409 Conflict: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-1 = Указывайте в теле подробности конфликта, например текущую версию, конфликтующее поле и неизменный код ошибки.

# HTTP 409 Conflict: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-2 = Реализуйте оптимистичную блокировку с помощью поля версии или, лучше, `ETag` и `If-Match`, а клиенты пусть перед повтором заново получают данные и объединяют изменения.

# HTTP 409 Conflict: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-3 = Перехватывайте нарушения ограничений уникальности в базе данных, например ошибку `23505` в PostgreSQL, и преобразуйте их в `409`, а не позволяйте им превращаться в `500`.

# HTTP 409 Conflict: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-4 = В клиентах Kubernetes при конфликте повторяйте обновление после нового чтения, как это делает `retry.RetryOnConflict` в client-go.

# HTTP 409 Conflict compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-409-vs-412 = Отправляйте `412`, когда не выполнено предусловие `If-Match` или аналогичное; отправляйте `409` при конфликтах, обнаруженных по телу запроса или состоянию ресурса.

# HTTP 409 Conflict compared with HTTP 423 Locked: when to use which, in the "Related codes" section.
http-409-vs-423 = Отправляйте `423`, когда изменению мешает блокировка WebDAV; отправляйте `409` при любом другом конфликте с состоянием ресурса.

# HTTP 409 Conflict compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-409-vs-422 = Отправляйте `422`, когда содержимое некорректно независимо от состояния ресурса; отправляйте `409`, когда оно корректно, но противоречит этому состоянию.

## HTTP 410 Gone

# HTTP 410 Gone: one-line summary at the top of the explainer (TL;DR).
http-410-tldr = Ресурс был намеренно удалён и больше не вернётся.

# HTTP 410 Gone: the "What it means" paragraph of the explainer.
http-410-meaning = `410` утверждает, что это навсегда: серверу известно, что ресурс существовал, что его удалили намеренно и что адреса для перенаправления нет. Клиентам, у которых есть ссылки на него, следует их удалить, а поисковые системы исключают URL из индекса, обычно быстрее, чем после `404`. Ответ кешируется эвристически, поэтому клиенты могут его запомнить. Серверы не обязаны отмечать каждый удалённый ресурс как исчезнувший и вечно отвечать `410`: через какое-то время вполне допустимо перейти на `404`.

# HTTP 410 Gone: common cause 1 of 4, an item of the "Common causes" list.
http-410-cause-1 = Версия API выведена из эксплуатации, и её конечные точки теперь отвечают `410`, указывая в теле на текущую версию.

# HTTP 410 Gone: common cause 2 of 4, an item of the "Common causes" list.
http-410-cause-2 = Пользователь удалил свой аккаунт, публикацию или загруженный файл, и сайт помечает старый URL как удалённый.

# HTTP 410 Gone: common cause 3 of 4, an item of the "Common causes" list.
http-410-cause-3 = Срок действия страницы истёк — например, акции, вакансии или временной ссылки для общего доступа.

# HTTP 410 Gone: common cause 4 of 4, an item of the "Common causes" list.
http-410-cause-4 = Владелец сайта удалил спам или устаревшие страницы и хочет, чтобы поисковые системы быстрее их забыли.

# HTTP 410 Gone: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-410-fix-visitor-1 = Содержимое удалено намеренно; поищите более новую версию на сайте или спросите владельца, нет ли его где-то ещё.

# HTTP 410 Gone: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-410-fix-visitor-2 = Удалите закладку на этот адрес: если перезагрузить страницу позже, она не появится.

# HTTP 410 Gone: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-1 = Возвращайте `410`, только если удаление намеренное и окончательное; если содержимое переехало, используйте вместо него `301` или `308`.

# HTTP 410 Gone: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-2 = Объясняйте в теле, когда и почему ресурс был удалён и что его заменяет, особенно для выведенных из эксплуатации версий API.

# HTTP 410 Gone: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-3 = Ведите явный список удалённых путей, например с `return 410;` в отдельном блоке `location` nginx для каждого из них, чтобы удалённые страницы не попадали в общую обработку ошибок.

# HTTP 410 Gone: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-4 = Заранее объявляйте о выводе API из эксплуатации с помощью заголовков `Deprecation` и `Sunset`, чтобы `410` не стал для клиентов неожиданностью.

# HTTP 410 Gone compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-410-vs-404 = Отправляйте `410`, когда знаете, что удаление намеренное и окончательное; отправляйте `404`, когда вы этого не знаете или не хотите сообщать.

# HTTP 410 Gone compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-410-vs-301 = Отправляйте `301`, когда содержимое продолжает жить по другому URI; отправляйте `410`, когда замены ему нет.

## HTTP 411 Length Required

# HTTP 411 Length Required: one-line summary at the top of the explainer (TL;DR).
http-411-tldr = Серверу нужен заголовок `Content-Length`, а в запросе его не было.

# HTTP 411 Length Required: the "What it means" paragraph of the explainer.
http-411-meaning = В HTTP/1.1 длина тела запроса задаётся либо в `Content-Length`, либо через `Transfer-Encoding: chunked`, при котором она заранее не известна; сервер, которому размер нужен заранее, может отклонить вторую форму или метод с телом вообще без указания длины, ответив `411`. Клиент может повторить запрос с тем же телом и корректным `Content-Length`. HTTP/2 и HTTP/3 сами разграничивают сообщения, поэтому этот код в основном приходит от серверов HTTP/1.1 и от сервисов, которые непременно хотят знать размер, прежде чем принять загрузку. Некоторые фронтенд-серверы также требуют `Content-Length: 0` для `POST` или `PUT` вообще без тела.

# HTTP 411 Length Required: common cause 1 of 4, an item of the "Common causes" list.
http-411-cause-1 = Клиент передавал загрузку потоком в кодировании chunked на сервер, которому нужен размер заранее, например nginx до версии 1.3.9 или некоторые API объектных хранилищ.

# HTTP 411 Length Required: common cause 2 of 4, an item of the "Common causes" list.
http-411-cause-2 = `curl -X POST` без `-d` или вызов библиотеки без тела не отправил `Content-Length`, и фронтенд-сервер, например у Google, отклонил `POST`.

# HTTP 411 Length Required: common cause 3 of 4, an item of the "Common causes" list.
http-411-cause-3 = Клиентская библиотека читала тело из канала (pipe) или генератора, размер которых ей неизвестен, и перешла на кодирование chunked.

# HTTP 411 Length Required: common cause 4 of 4, an item of the "Common causes" list.
http-411-cause-4 = Прокси между клиентом и сервером удалил `Content-Length`, изменив тело, или переслал его в кодировании chunked.

# HTTP 411 Length Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-411-fix-visitor-1 = Вы ничего не можете изменить: приложение или сайт отправили неполный запрос; попробуйте ещё раз и сообщите о проблеме, если она повторяется.

# HTTP 411 Length Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-1 = Отправляйте `Content-Length` с каждой загрузкой, буферизуя тело или предварительно узнавая размер файла, например передавая в `requests` для Python файловый объект, а не генератор.

# HTTP 411 Length Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-2 = Для `POST` без тела явно отправляйте `Content-Length: 0`; так делает `curl -d ''`.

# HTTP 411 Length Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-3 = По возможности принимайте на сервере тела запросов в кодировании chunked; nginx поддерживает их начиная с версии 1.3.9 и при `proxy_request_buffering on` передаёт их вышестоящему серверу с `Content-Length`.

# HTTP 411 Length Required compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-411-vs-400 = Отправляйте `411`, когда единственная проблема — отсутствующий `Content-Length`; отправляйте `400`, когда разграничение сообщения или синтаксис нарушены иначе.

# HTTP 411 Length Required compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-411-vs-413 = Отправляйте `411`, когда размер тела не объявлен; отправляйте `413`, когда он объявлен или измерен и оказался слишком большим.

## HTTP 412 Precondition Failed

# HTTP 412 Precondition Failed: one-line summary at the top of the explainer (TL;DR).
http-412-tldr = Условие, которое клиент добавил к запросу, например `If-Match`, оказалось ложным, поэтому ничего не изменилось.

# HTTP 412 Precondition Failed: the "What it means" paragraph of the explainer.
http-412-meaning = Предусловия позволяют клиенту сказать: «делай это, только если ресурс всё ещё такой, каким я видел его в последний раз»: `If-Match` с `ETag`, `If-Unmodified-Since` с датой или `If-None-Match: *` в значении «только если здесь ещё ничего нет». Если такое условие оказывается ложным, сервер не должен применять метод и отвечает `412`, что предотвращает потерю обновлений и случайную перезапись. Невыполненный `If-None-Match` для `GET` или `HEAD` даёт вместо этого `304`; любое другое невыполненное предусловие даёт `412`. Текущий `ETag` в ответе помогает клиенту заново получить ресурс и согласовать изменения.

# HTTP 412 Precondition Failed: common cause 1 of 4, an item of the "Common causes" list.
http-412-cause-1 = Другой клиент изменил ресурс после того, как этот его прочитал, поэтому `ETag`, отправленный в `If-Match`, больше не совпадает.

# HTTP 412 Precondition Failed: common cause 2 of 4, an item of the "Common causes" list.
http-412-cause-2 = Клиент записывал данные с `If-None-Match: *`, чтобы ничего не перезаписать, как при условной записи в S3, а объект уже существовал.

# HTTP 412 Precondition Failed: common cause 3 of 4, an item of the "Common causes" list.
http-412-cause-3 = Сервер генерирует новый `ETag` для каждого ответа, например из-за метки времени в теле, поэтому ни один `If-Match` не может совпасть.

# HTTP 412 Precondition Failed: common cause 4 of 4, an item of the "Common causes" list.
http-412-cause-4 = Клиент отправил в `If-Match` слабый валидатор (`W/"v7"`), а `If-Match` использует сильное сравнение, поэтому совпадения никогда не будет.

# HTTP 412 Precondition Failed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-412-fix-visitor-1 = Перезагрузите страницу, чтобы получить последнюю версию, и внесите изменения заново.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-1 = Получив `412`, заново запросите ресурс, объедините изменения или покажите пользователю различия и повторите запрос с новым `ETag`; слепой повтор с новым значением уничтожит чужое изменение.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-2 = Делайте значения `ETag` стабильными для одинакового содержимого на всех серверах и независимо от сжатия, например вычисляя их по столбцу версии или хешу содержимого.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-3 = Проверьте поведение с помощью `curl -i -X PUT -H 'If-Match: "v7"'` и сравните результат с `ETag`, который возвращает свежий `GET`.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-4 = Проверяйте предусловия в порядке, приведённом в разделе 13.2.2 RFC 9110, — `If-Match` раньше `If-Unmodified-Since` — и до выполнения метода.

# HTTP 412 Precondition Failed compared with HTTP 428 Precondition Required: when to use which, in the "Related codes" section.
http-412-vs-428 = Отправляйте `428`, когда клиент не указал предусловие, а вы его требуете; отправляйте `412`, когда он его указал, но оно не выполнено.

# HTTP 412 Precondition Failed compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-412-vs-304 = Невыполненный `If-None-Match` для `GET` или `HEAD` даёт `304`; невыполненные предусловия при записи, а также невыполненный `If-Match` для любого метода дают `412`.

# HTTP 412 Precondition Failed compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-412-vs-409 = Отправляйте `412`, когда конфликт выявил условный заголовок; отправляйте `409`, когда вы обнаружили его иным способом.

## HTTP 413 Content Too Large

# HTTP 413 Content Too Large: one-line summary at the top of the explainer (TL;DR).
http-413-tldr = Тело запроса больше, чем готов принять сервер.

# HTTP 413 Content Too Large: the "What it means" paragraph of the explainer.
http-413-meaning = Сервер или посредник отклоняет содержимое, превышающее его ограничение на размер, — либо сразу, увидев `Content-Length`, либо в процессе чтения тела неизвестной длины. После этого он может закрыть соединение, так что клиент не может рассчитывать на его повторное использование; если ограничение временное, заголовок `Retry-After` сообщает, когда можно попробовать снова. Клиенты, отправляющие `Expect: 100-continue`, могут получить `413` ещё до передачи данных. RFC 9110 переименовал код из Payload Too Large в Content Too Large, не изменив ни его номер, ни поведение, поэтому во фреймворках и журналах встречаются оба названия.

# HTTP 413 Content Too Large: common cause 1 of 5, an item of the "Common causes" list.
http-413-cause-1 = Загрузка превышает `client_max_body_size` в nginx, который по умолчанию равен всего 1 МБ.

# HTTP 413 Content Too Large: common cause 2 of 5, an item of the "Common causes" list.
http-413-cause-2 = Парсер JSON- или URL-кодированного тела в Express отклонил тело, превышающее его `limit` по умолчанию в 100 КБ.

# HTTP 413 Content Too Large: common cause 3 of 5, an item of the "Common causes" list.
http-413-cause-3 = Управляемый шлюз накладывает фиксированный максимум, например 10 МБ в AWS API Gateway или 100 МБ на тарифах Free и Pro в Cloudflare.

# HTTP 413 Content Too Large: common cause 4 of 5, an item of the "Common causes" list.
http-413-cause-4 = `LimitRequestBody` в Apache задан меньше, чем файлы, которые загружают пользователи.

# HTTP 413 Content Too Large: common cause 5 of 5, an item of the "Common causes" list.
http-413-cause-5 = Клиент встраивает большой файл в JSON в виде base64, из-за чего тело примерно на треть больше самого файла.

# HTTP 413 Content Too Large: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-413-fix-visitor-1 = Загрузите файл поменьше: сожмите его, уменьшите разрешение изображения или разбейте загрузку на части.

# HTTP 413 Content Too Large: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-413-fix-visitor-2 = Уточните ограничение на размер загрузки, указанное на сайте, и, если сайт предлагает отдельный способ для больших файлов, воспользуйтесь им.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-1 = Выясните, какой уровень отклонил тело, поскольку у каждого своё ограничение: CDN, балансировщик нагрузки, обратный прокси, сервер приложений и фреймворк; обычно это выдают стиль страницы ошибки и заголовок `Server`.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-2 = Увеличивайте ограничение только там, где нужно, например `client_max_body_size 100m;` внутри блока `location` nginx для загрузок, а в остальных местах оставьте низкое значение по умолчанию.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-3 = Для очень больших файлов позвольте клиентам загружать данные прямо в объектное хранилище по предподписанным URL или используйте возобновляемую загрузку по частям вместо одного огромного запроса.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-4 = Проверяйте размер на клиенте до отправки и показывайте пользователям ограничение; с `Expect: 100-continue` серверы могут отказать ещё до отправки данных.

# HTTP 413 Content Too Large compared with HTTP 411 Length Required: when to use which, in the "Related codes" section.
http-413-vs-411 = Отправляйте `413`, когда тело слишком большое; отправляйте `411`, когда сервер не может узнать его размер из-за отсутствия `Content-Length`.

# HTTP 413 Content Too Large compared with HTTP 414 URI Too Long: when to use which, in the "Related codes" section.
http-413-vs-414 = Отправляйте `413`, когда слишком большое тело; отправляйте `414`, когда слишком длинный URI.

# HTTP 413 Content Too Large compared with HTTP 431 Request Header Fields Too Large: when to use which, in the "Related codes" section.
http-413-vs-431 = Отправляйте `413` при слишком большом теле; отправляйте `431` при слишком больших полях заголовка, например `Cookie`.

## HTTP 414 URI Too Long

# HTTP 414 URI Too Long: one-line summary at the top of the explainer (TL;DR).
http-414-tldr = URL длиннее, чем сервер готов обработать.

# HTTP 414 URI Too Long: the "What it means" paragraph of the explainer.
http-414-meaning = Серверы ограничивают длину цели запроса, чтобы ограничить расход памяти и объём работы по разбору, и отвечают `414`, когда URI превышает это ограничение; nginx и Apache по умолчанию допускают около 8 КБ, что намного меньше, чем принимают браузеры. Клиенту следует перенести данные в тело запроса `POST` или сократить строку запроса. Ответ `414` кешируется эвристически, поскольку тот же URI завершится той же ошибкой. RFC 9110 рекомендует всем отправителям и получателям поддерживать URI длиной не менее 8000 октетов, так что переносимый выбор — не выходить за эту длину.

# HTTP 414 URI Too Long: common cause 1 of 5, an item of the "Common causes" list.
http-414-cause-1 = Страница поиска или фильтрации кодирует большие наборы выбранных значений в строке запроса, например сотни идентификаторов в одном `GET`.

# HTTP 414 URI Too Long: common cause 2 of 5, an item of the "Common causes" list.
http-414-cause-2 = Цикл перенаправлений раз за разом добавляет параметр `returnUrl` или параметр отслеживания, каждый раз заново кодируя предыдущий URL.

# HTTP 414 URI Too Long: common cause 3 of 5, an item of the "Common causes" list.
http-414-cause-3 = Приложение помещает в URL данные в base64, например изображение или сериализованное состояние.

# HTTP 414 URI Too Long: common cause 4 of 5, an item of the "Common causes" list.
http-414-cause-4 = Форма использует `method="get"` для большого текстового поля, содержимое которого следовало бы передавать в теле запроса.

# HTTP 414 URI Too Long: common cause 5 of 5, an item of the "Common causes" list.
http-414-cause-5 = Стартовая строка запроса превышает размер буфера `large_client_header_buffers` в nginx или `LimitRequestLine` в Apache — по умолчанию оба равны 8 КБ.

# HTTP 414 URI Too Long: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-414-fix-visitor-1 = Вернитесь на стартовую страницу сайта и повторите поиск или действие с меньшим числом фильтров или более коротким текстом.

# HTTP 414 URI Too Long: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-414-fix-visitor-2 = Если адрес растёт с каждым щелчком, удалите cookie сайта и снова откройте его с главной страницы.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-1 = Передавайте большие объёмы входных данных в теле `POST` или храните состояние на сервере, помещая в URI только его идентификатор.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-2 = Ищите циклы перенаправлений, удлиняющие строку запроса, с помощью `curl -sIL` для этого URL и проверьте код, который формирует такие параметры, как `returnUrl`.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-3 = Увеличивайте ограничение только для легитимных URI, например `large_client_header_buffers 4 16k;` в nginx или `LimitRequestLine` в Apache, и так же на каждом прокси перед сервером.

# HTTP 414 URI Too Long compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-414-vs-413 = Отправляйте `414`, когда слишком длинный URI; отправляйте `413`, когда слишком большое тело.

# HTTP 414 URI Too Long compared with HTTP 431 Request Header Fields Too Large: when to use which, in the "Related codes" section.
http-414-vs-431 = Отправляйте `414`, когда слишком длинная цель запроса; отправляйте `431`, когда слишком большие поля заголовка.

## HTTP 415 Unsupported Media Type

# HTTP 415 Unsupported Media Type: one-line summary at the top of the explainer (TL;DR).
http-415-tldr = Сервер не принимает формат тела запроса, объявленный в `Content-Type` или `Content-Encoding`.

# HTTP 415 Unsupported Media Type: the "What it means" paragraph of the explainer.
http-415-meaning = Сервер отправляет `415`, когда содержимое запроса использует MIME-тип или кодирование содержимого, которые целевой ресурс не принимает для этого метода, — неважно, узнал ли он об этом из `Content-Type`, `Content-Encoding` или изучив сами данные. Если проблема в кодировании, в ответ следует включить `Accept-Encoding` с кодированиями, которые принимает сервер; для MIME-типов сервер может отправить заголовок `Accept` со списком допустимых типов, а `Accept-Patch` (RFC 5789) делает то же самое для `PATCH`. Клиенту нужно заново отправить содержимое в поддерживаемом формате, а не просто сменить его метку. Это аналог `406` со стороны запроса: `406` касается формата ответа.

# HTTP 415 Unsupported Media Type: common cause 1 of 5, an item of the "Common causes" list.
http-415-cause-1 = Вызов `fetch` отправляет `JSON.stringify(data)` без заголовка `Content-Type`, поэтому тело уходит как `text/plain;charset=UTF-8`.

# HTTP 415 Unsupported Media Type: common cause 2 of 5, an item of the "Common causes" list.
http-415-cause-2 = Форма отправляет `application/x-www-form-urlencoded` или `multipart/form-data` на конечную точку, которая читает только JSON.

# HTTP 415 Unsupported Media Type: common cause 3 of 5, an item of the "Common causes" list.
http-415-cause-3 = Действие ASP.NET Core с `[FromBody]` или конечная точка Spring с `@RequestBody` и `consumes` получили запрос, в котором `Content-Type` отсутствует или отличается от ожидаемого.

# HTTP 415 Unsupported Media Type: common cause 4 of 5, an item of the "Common causes" list.
http-415-cause-4 = Документ JSON Patch отправлен как `application/json`, а не `application/json-patch+json`, или merge patch отправлен с неправильным типом.

# HTTP 415 Unsupported Media Type: common cause 5 of 5, an item of the "Common causes" list.
http-415-cause-5 = Клиент сжал тело запроса с `Content-Encoding: gzip`, а сервер не распаковывает тела запросов.

# HTTP 415 Unsupported Media Type: what a visitor can do, the only item of "How to fix it (for visitors)".
http-415-fix-visitor-1 = Вы ничего не можете изменить: сайт или приложение отправили данные в формате, который их сервер не принимает; сообщите о проблеме владельцу.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-1 = Явно задайте в запросе `Content-Type`, который ожидает сервер, например `-H 'Content-Type: application/json'` в curl или через параметр `headers` в `fetch`.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-2 = Перечисляйте допустимые MIME-типы в ответе `415` — в `Accept` или `Accept-Patch` — и в документации API.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-3 = Принимайте MIME-типы с параметрами, например `application/json; charset=utf-8`, сравнивая только тип и подтип.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-4 = Если клиенты сжимают загружаемые данные, распаковывайте тела запросов в `gzip` на сервере или прокси либо отвечайте с `Accept-Encoding: identity`, чтобы клиенты перестали их сжимать.

# HTTP 415 Unsupported Media Type compared with HTTP 406 Not Acceptable: when to use which, in the "Related codes" section.
http-415-vs-406 = Отправляйте `415`, когда не можете прочитать формат тела запроса; отправляйте `406`, когда не можете сформировать ответ в формате, который принимает клиент.

# HTTP 415 Unsupported Media Type compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-415-vs-400 = Отправляйте `415`, когда объявленный формат вы не поддерживаете; отправляйте `400`, когда формат поддерживается, но тело сформировано неправильно.

# HTTP 415 Unsupported Media Type compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-415-vs-422 = Отправляйте `415`, когда формат неверный; отправляйте `422`, когда формат правильный и тело разбирается, но его значения некорректны.

## HTTP 416 Range Not Satisfiable

# HTTP 416 Range Not Satisfiable: one-line summary at the top of the explainer (TL;DR).
http-416-tldr = Запрошенный диапазон байтов лежит за пределами файла, поэтому сервер не может отправить эту часть.

# HTTP 416 Range Not Satisfiable: the "What it means" paragraph of the explainer.
http-416-meaning = Когда запрос с `Range` запрашивает только диапазоны, не пересекающиеся с текущим представлением, например байты начиная с 5000 в файле размером 4096 байтов, сервер отвечает `416`. Для диапазонов байтов ему следует включить `Content-Range: bytes */4096`, где число указывает реальную длину, чтобы клиент мог исправить запрос. Серверы могут также отклонить с `416` набор диапазонов, который корректен, но выглядит как злоупотребление, например множество мелких или перекрывающихся диапазонов, похожее на попытку атаки типа «отказ в обслуживании». Для клиента это обычно означает, что его представление о файле устарело, а отправка `If-Range` при возобновлении скачивания позволяет избежать проблемы.

# HTTP 416 Range Not Satisfiable: common cause 1 of 4, an item of the "Common causes" list.
http-416-cause-1 = Скачивание возобновили с помощью `curl -C -` или `wget -c` уже после его завершения, поэтому следующий байт лежит за концом файла.

# HTTP 416 Range Not Satisfiable: common cause 2 of 4, an item of the "Common causes" list.
http-416-cause-2 = Файл на сервере заменили более короткой версией после того, как клиент сохранил первую часть.

# HTTP 416 Range Not Satisfiable: common cause 3 of 4, an item of the "Common causes" list.
http-416-cause-3 = В CDN или кеше для файла указана другая длина, чем на исходном сервере, и плеер запрашивает байты, которые есть только в более длинной копии.

# HTTP 416 Range Not Satisfiable: common cause 4 of 4, an item of the "Common causes" list.
http-416-cause-4 = Клиент запросил множество крошечных или перекрывающихся диапазонов, и сервер отклонил этот набор как возможную атаку.

# HTTP 416 Range Not Satisfiable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-416-fix-visitor-1 = Удалите частично скачанный файл и начните скачивание заново с самого начала.

# HTTP 416 Range Not Satisfiable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-416-fix-visitor-2 = Перезагрузите страницу с видео или аудио, чтобы плеер запросил файл заново.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-1 = Прочитайте полную длину из `Content-Range: bytes */N` и начните заново или скорректируйте диапазон, а при возобновлении скачивания отправляйте `If-Range` с сохранённым `ETag`, чтобы изменившийся файл пришёл целиком с `200`.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-2 = Очищайте кеш CDN, когда заменяете файл файлом другого размера, или публикуйте новую версию по новому URL.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-3 = Проверьте граничный случай с помощью `curl -i -r 9999999-` для небольшого файла: ответ должен быть `416` с правильным `Content-Range`.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-4 = Ограничьте число диапазонов в одном запросе и объединяйте перекрывающиеся диапазоны на сервере, а не обслуживайте патологические наборы диапазонов.

# HTTP 416 Range Not Satisfiable compared with HTTP 206 Partial Content: when to use which, in the "Related codes" section.
http-416-vs-206 = Отправляйте `206`, когда существует хотя бы часть запрошенного диапазона; отправляйте `416`, когда ни один запрошенный диапазон не пересекается с представлением.

# HTTP 416 Range Not Satisfiable compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-416-vs-412 = Отправляйте `416`, когда диапазон невозможно удовлетворить; отправляйте `412`, когда не выполнено предусловие, например `If-Match`; невыполненный `If-Range` не приводит ни к тому, ни к другому — он даёт полный `200`.

## HTTP 417 Expectation Failed

# HTTP 417 Expectation Failed: one-line summary at the top of the explainer (TL;DR).
http-417-tldr = Сервер или прокси на пути запроса не может выполнить заголовок `Expect` из запроса.

# HTTP 417 Expectation Failed: the "What it means" paragraph of the explainer.
http-417-meaning = Единственное ожидание, определённое в HTTP, — `100-continue`; на любое другое значение сервер может ответить `417`, а посредник может отправить этот код, если знает, что следующий сервер не сможет выполнить ожидание. RFC 9110 позволяет серверам просто игнорировать `Expect: 100-continue` и обрабатывать запрос, поэтому `417` в ответ на него обычно приходит от старых прокси или серверов времён HTTP/1.0. Запрос не был обработан, и клиент может повторить его без заголовка `Expect`; curl делает это автоматически начиная с версии 7.69.0.

# HTTP 417 Expectation Failed: common cause 1 of 3, an item of the "Common causes" list.
http-417-cause-1 = Старый прокси, например Squid 2.x с его соединениями HTTP/1.0 к вышестоящим серверам, отклонил `Expect: 100-continue`, отправленный .NET или curl.

# HTTP 417 Expectation Failed: common cause 2 of 3, an item of the "Common causes" list.
http-417-cause-2 = Более старый выпуск lighttpd 1.4 отвечал `417` на каждый запрос с `Expect: 100-continue` — так он вёл себя по умолчанию, если не настроить иначе.

# HTTP 417 Expectation Failed: common cause 3 of 3, an item of the "Common causes" list.
http-417-cause-3 = Клиент или тест отправил ожидание, отличное от `100-continue`, и серверы вправе его отклонить.

# HTTP 417 Expectation Failed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-417-fix-visitor-1 = Вы ничего не можете изменить: сервер или прокси на пути запроса отклонил запрос приложения; попробуйте другую сеть или сообщите о проблеме разработчику приложения.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-1 = Перестаньте отправлять этот заголовок из клиентов: `curl -H 'Expect:'`, `ServicePointManager.Expect100Continue = false` в .NET Framework или `ExpectContinue = false` в `HttpClient.DefaultRequestHeaders` в .NET.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-2 = В старом lighttpd задайте `server.reject-expect-100-with-417 = "disable"` или обновите его, чтобы он перестал отклонять `100-continue`.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-3 = Выясните, какой посредник отвечает, сравнив заголовки `Via` и `Server` ответа `417` с заголовками обычного ответа: отказывает зачастую не исходный сервер.

# HTTP 417 Expectation Failed compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-417-vs-100 = `100` сообщает, что ожидание выполнено и клиенту следует отправить тело; `417` — что выполнить его невозможно и клиенту следует повторить запрос без него.

# HTTP 417 Expectation Failed compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-417-vs-400 = Отправляйте `417`, когда проблема только в заголовке `Expect`; отправляйте `400`, когда запрос сформирован неправильно и в других отношениях.

## HTTP 418 (Unused)

# HTTP 418 (Unused): one-line summary at the top of the explainer (TL;DR).
http-418-tldr = Не используется: шуточный код I'm a teapot («я — чайник»), зарезервированный, чтобы его никогда не назначили; настоящей ошибкой он не является.

# HTTP 418 (Unused): the "What it means" paragraph of the explainer.
http-418-meaning = У этого кода нет семантики HTTP: RFC 9110 резервирует его, потому что шутка из Hyper Text Coffee Pot Control Protocol встроена в столько библиотек — от Node.js до `http.StatusTeapot` в Go, — что новое значение этого номера привело бы к путанице. Клиенту, получившему его, следует обрабатывать его как обычный `400`, поскольку собственного определённого поведения у него нет. Некоторые сайты намеренно отправляют его как пасхалку или чтобы отваживать ботов и парсеры, из-за чего их журналы и мониторинг становится трудно читать. Настоящим API следует выбирать зарегистрированный код, который говорит, что произошло на самом деле.

# HTTP 418 (Unused): common cause 1 of 3, an item of the "Common causes" list.
http-418-cause-1 = Сайт или WAF в шутку отвечает `418` автоматизированным клиентам или заблокированным запросам вместо `403` или `429`.

# HTTP 418 (Unused): common cause 2 of 3, an item of the "Common causes" list.
http-418-cause-2 = Разработчик оставил маршрут-пасхалку, как страница-чайник у Google, или обработчик-заглушку, возвращающий `418`.

# HTTP 418 (Unused): common cause 3 of 3, an item of the "Common causes" list.
http-418-cause-3 = Тестовый или демонстрационный код использует `418`, поскольку этот код вряд ли пересечётся с настоящими, и он попал в продакшен.

# HTTP 418 (Unused): what a visitor can do, the only item of "How to fix it (for visitors)".
http-418-fix-visitor-1 = Ничего полезного: сервер шутит или отказывает в автоматизированном доступе; если вы человек, перезагрузите страницу, а если ошибка не исчезнет, свяжитесь с владельцами сайта.

# HTTP 418 (Unused): what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-418-fix-developer-1 = Замените `418` на код, который имеете в виду, например `403` для заблокированного клиента, `429` для ограничения частоты запросов или `501` для отсутствующей функциональности.

# HTTP 418 (Unused): what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-418-fix-developer-2 = Если в тестах нужен необычный код состояния, не допускайте `418` в рабочие пути и оповещения мониторинга, где его кто-нибудь неверно истолкует.

# HTTP 418 (Unused) compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-418-vs-403 = Отправляйте `403`, чтобы действительно отклонить запрос; `418` не несёт смысла, на основе которого клиенты или мониторинг могли бы что-то предпринять.

# HTTP 418 (Unused) compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-418-vs-501 = Отправляйте `501`, когда сервер не поддерживает то, что запрошено; `418` — шуточный код, и заменять им `501` не следует.

## HTTP 421 Misdirected Request

# HTTP 421 Misdirected Request: one-line summary at the top of the explainer (TL;DR).
http-421-tldr = Запрос попал на сервер, который не обслуживает запрошенное имя хоста, — часто по повторно использованному соединению HTTP/2.

# HTTP 421 Misdirected Request: the "What it means" paragraph of the explainer.
http-421-meaning = HTTP/2 и HTTP/3 позволяют клиенту использовать одно соединение для нескольких имён хостов, если они разрешаются в один и тот же адрес и TLS-сертификат покрывает их все; такая практика называется объединением соединений (connection coalescing). Если сервер на другом конце не настроен на хост из запроса, он отвечает `421`, и клиент может повторить запрос по новому соединению, что браузеры делают автоматически. Серверы также отправляют этот код, когда имя в TLS SNI и заголовок `Host` запроса не совпадают; в Apache 2.4.64 эта проверка стала строже, и многие конфигурации с обратным прокси, которые никогда не отправляли SNI, начали получать `421`. Прокси не должны генерировать этот код: он предназначен для сервера, получившего запрос, адресованный другому источнику (authority).

# HTTP 421 Misdirected Request: common cause 1 of 4, an item of the "Common causes" list.
http-421-cause-1 = Wildcard-сертификат или сертификат на несколько имён покрывает два сайта на одном IP-адресе, браузер объединил их соединения HTTP/2, и сервер, на котором размещён только один из них, получил запросы для другого.

# HTTP 421 Misdirected Request: common cause 2 of 4, an item of the "Common causes" list.
http-421-cause-2 = Обратный прокси подключается к вышестоящему серверу по HTTPS без SNI, как nginx с `proxy_ssl_server_name off` по умолчанию, или с именем, отличным от заголовка `Host`, и Apache отклоняет такое несоответствие.

# HTTP 421 Misdirected Request: common cause 3 of 4, an item of the "Common causes" list.
http-421-cause-3 = Apache обновили до версии 2.4.64 или новее, и прокси, CDN или конфигурация панели управления перед ним, которые раньше работали без SNI, теперь получают `421`.

# HTTP 421 Misdirected Request: common cause 4 of 4, an item of the "Common causes" list.
http-421-cause-4 = CDN пересылает исходному серверу запросы для имени хоста, которого нет в конфигурации виртуальных хостов этого сервера.

# HTTP 421 Misdirected Request: what a visitor can do, the only item of "How to fix it (for visitors)".
http-421-fix-visitor-1 = Перезагрузите страницу: браузер откроет новое соединение, и обычно всё получается.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-1 = При проксировании HTTPS добейтесь, чтобы имя в TLS SNI совпадало с заголовком `Host`: в nginx задайте `proxy_ssl_server_name on;` и `proxy_ssl_name $host;`, а в HAProxy используйте параметр сервера `sni`.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-2 = Обслуживайте все имена из общего сертификата на одном и том же сервере либо используйте отдельные сертификаты или IP-адреса, чтобы браузеры не объединяли соединения на сервере, который отклоняет некоторые из этих имён.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-3 = Найдите в журнале ошибок Apache сообщение о несовпадении имени хоста из SNI с именем хоста из HTTP: в нём указаны оба значения.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-4 = Подтвердите объединение соединений с помощью `curl -v --http1.1` и `curl -v --http2` для этого хоста: если в браузерах ошибка возникает только по HTTP/2, причина в повторном использовании соединения.

# HTTP 421 Misdirected Request compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-421-vs-404 = Отправляйте `421`, когда запрос предназначался для хоста, который вы не обслуживаете, и новое соединение должно решить проблему; отправляйте `404`, когда хост правильный, но такого пути нет.

# HTTP 421 Misdirected Request compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-421-vs-400 = Отправляйте `421`, когда запрос корректен, но пришёл не на тот сервер; отправляйте `400`, когда сам запрос сформирован неправильно.

# HTTP 421 Misdirected Request compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-421-vs-502 = `421` приходит от исходного сервера, получившего запрос для хоста, который он не обслуживает; `502` приходит от шлюза, вышестоящий сервер которого ответил некорректно.

## HTTP 422 Unprocessable Content

# HTTP 422 Unprocessable Content: one-line summary at the top of the explainer (TL;DR).
http-422-tldr = Сервер понял формат запроса, но данные в нём некорректны.

# HTTP 422 Unprocessable Content: the "What it means" paragraph of the explainer.
http-422-meaning = `422` отделяет семантические ошибки от синтаксических: тип содержимого поддерживается и тело разбирается, но его значения или структура нарушают правила сервера — например, отсутствует обязательное поле, указана дата в прошлом или неизвестное значение перечисления. Впервые код определён в WebDAV в RFC 4918 как Unprocessable Entity; RFC 9110 включил его в HTTP и переименовал в Unprocessable Content, но некоторые фреймворки и библиотеки до сих пор используют старое название. Клиенту не следует повторять запрос без изменений. Тело, в котором для каждого некорректного поля указана причина, позволяет клиентам показывать ошибки рядом с нужными полями ввода.

# HTTP 422 Unprocessable Content: common cause 1 of 4, an item of the "Common causes" list.
http-422-cause-1 = JSON-тело не проходит валидацию по схеме, например отсутствует обязательное поле или значение имеет неверный тип, о чём FastAPI автоматически сообщает кодом `422`.

# HTTP 422 Unprocessable Content: common cause 2 of 4, an item of the "Common causes" list.
http-422-cause-2 = Данные формы нарушают бизнес-правило, например пароль слишком короткий, и приложение, написанное, скажем, на Laravel или Rails, отвечает `422`.

# HTTP 422 Unprocessable Content: common cause 3 of 4, an item of the "Common causes" list.
http-422-cause-3 = Значение ссылается на то, чего не существует, например на неизвестный идентификатор категории в остальном корректном теле.

# HTTP 422 Unprocessable Content: common cause 4 of 4, an item of the "Common causes" list.
http-422-cause-4 = Клиент отправляет поля из более новой или более старой версии API, которые сервер не распознаёт или больше не принимает.

# HTTP 422 Unprocessable Content: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-422-fix-visitor-1 = Прочитайте сообщения об ошибках в форме, исправьте указанные поля и отправьте форму снова.

# HTTP 422 Unprocessable Content: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-422-fix-visitor-2 = Если сообщений нет, проверьте обязательные поля и форматы, например дат, телефонных номеров и адресов электронной почты.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-1 = Возвращайте ошибки на уровне полей в теле, например документ problem details (RFC 9457) с массивом `errors`, где для каждого некорректного поля указаны указатель на него и сообщение.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-2 = В FastAPI прочитайте список `detail` в ответе `422`, чтобы узнать, какое поле не прошло проверку; часто это означает, что клиент отправил параметр в строке запроса вместо тела или наоборот.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-3 = В Rails с Hotwire Turbo отдавайте форму с ошибками со `status: :unprocessable_content` (`:unprocessable_entity` в старых версиях Rack), иначе Turbo не покажет ошибки.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-4 = Определяйте правила валидации в одном месте, например в JSON Schema или документе OpenAPI, чтобы клиент и сервер сообщали об одних и тех же ошибках.

# HTTP 422 Unprocessable Content compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-422-vs-400 = Отправляйте `422`, когда тело сформировано правильно, но его содержимое некорректно; отправляйте `400`, когда его даже невозможно разобрать.

# HTTP 422 Unprocessable Content compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-422-vs-409 = Отправляйте `422`, когда данные некорректны сами по себе; отправляйте `409`, когда они корректны, но противоречат текущему состоянию ресурса.

# HTTP 422 Unprocessable Content compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-422-vs-415 = Отправляйте `422` при некорректных значениях в поддерживаемом формате; отправляйте `415`, когда не поддерживается сам формат.

## HTTP 423 Locked

# HTTP 423 Locked: one-line summary at the top of the explainer (TL;DR).
http-423-tldr = Ресурс WebDAV заблокирован, поэтому сейчас его нельзя изменить.

# HTTP 423 Locked: the "What it means" paragraph of the explainer.
http-423-meaning = Клиенты WebDAV устанавливают блокировки методом `LOCK`, чтобы другие не могли редактировать ресурс; сервер возвращает токен блокировки в заголовке `Lock-Token` вместе с тайм-аутом. Запрос, который изменил бы заблокированный ресурс, например `PUT`, `DELETE`, `MOVE` или `PROPPATCH`, завершается ответом `423`, если не подтверждает право владения блокировкой, передавая её токен в заголовке `If`. Блокировка снимается методом `UNLOCK` или по истечении тайм-аута. Тело может содержать элемент предусловия, например `lock-token-submitted`, с URL заблокированного ресурса.

# HTTP 423 Locked: common cause 1 of 4, an item of the "Common causes" list.
http-423-cause-1 = Другой пользователь открыл документ в офисном пакете через WebDAV или SharePoint, и на время редактирования документ заблокирован.

# HTTP 423 Locked: common cause 2 of 4, an item of the "Common causes" list.
http-423-cause-2 = Клиент аварийно завершил работу или потерял соединение, удерживая блокировку, а тайм-аут блокировки ещё не истёк.

# HTTP 423 Locked: common cause 3 of 4, an item of the "Common causes" list.
http-423-cause-3 = Nextcloud или ownCloud сообщает, что файл заблокирован, иногда из-за устаревших записей в своём кеше файловых блокировок.

# HTTP 423 Locked: common cause 4 of 4, an item of the "Common causes" list.
http-423-cause-4 = Клиент синхронизации пытается перезаписать файл, который сервер заблокировал для фоновой задачи, например антивирусной проверки.

# HTTP 423 Locked: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-423-fix-visitor-1 = Подождите, пока другой человек закроет файл, или попросите его об этом, затем попробуйте снова.

# HTTP 423 Locked: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-423-fix-visitor-2 = Если файл никто не редактирует, дождитесь истечения блокировки: в зависимости от сервера это может занять от нескольких минут до часа.

# HTTP 423 Locked: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-1 = Найдите блокировку с помощью `PROPFIND` со свойством `lockdiscovery`, которое показывает её владельца, токен и тайм-аут.

# HTTP 423 Locked: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-2 = Снимите устаревшую блокировку методом `UNLOCK` с правильным заголовком `Lock-Token` или через инструменты администрирования сервера; в Nextcloud проверьте `memcache.locking` и таблицу `oc_file_locks`.

# HTTP 423 Locked: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-3 = Пока вы удерживаете блокировку, передавайте её токен в заголовке `If` каждого изменяющего запроса и продлевайте длительные блокировки до истечения их `Timeout`.

# HTTP 423 Locked: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-4 = Используйте более короткие тайм-ауты блокировок, чтобы аварийно завершившиеся клиенты не блокировали остальных надолго.

# HTTP 423 Locked compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-423-vs-409 = Отправляйте `423`, когда изменению мешает именно блокировка; отправляйте `409`, когда состояние ресурса противоречит изменению иным образом.

# HTTP 423 Locked compared with HTTP 424 Failed Dependency: when to use which, in the "Related codes" section.
http-423-vs-424 = Отправляйте `423` для заблокированного ресурса; отправляйте `424` для других частей того же запроса, которые из-за этого не удались.

## HTTP 424 Failed Dependency

# HTTP 424 Failed Dependency: one-line summary at the top of the explainer (TL;DR).
http-424-tldr = Эта часть запроса не выполнена только потому, что не удалась другая часть, от которой она зависела.

# HTTP 424 Failed Dependency: the "What it means" paragraph of the explainer.
http-424-meaning = RFC 4918 использует `424` в основном внутри тела `207 Multi-Status`, чтобы показать, какие операции не были выполнены из-за того, что не удалась связанная операция в том же запросе. Стандартный случай — атомарный `PROPPATCH`: если одно свойство установить невозможно, например потому что оно защищено, для этого свойства указывается настоящая ошибка, а для всех остальных свойств запроса — `424`. Клиенту следует устранить исходную ошибку, код которой указан в другом месте того же тела, и отправить весь запрос заново. Некоторые API за пределами WebDAV используют `424` в том же духе, когда шаг запроса не удался из-за того, что не удался предшествующий шаг.

# HTTP 424 Failed Dependency: common cause 1 of 3, an item of the "Common causes" list.
http-424-cause-1 = `PROPPATCH` пытался установить несколько свойств, и одно из них было отклонено, поэтому не применилось и ни одно из остальных.

# HTTP 424 Failed Dependency: common cause 2 of 3, an item of the "Common causes" list.
http-424-cause-2 = `COPY` или `MOVE` коллекции не смог обработать один из элементов, и зависевшие от него операции были отмечены как неудавшиеся.

# HTTP 424 Failed Dependency: common cause 3 of 3, an item of the "Common causes" list.
http-424-cause-3 = Пакетный API обрабатывает элементы цепочкой, и элементы, идущие после неудавшегося, получают `424`.

# HTTP 424 Failed Dependency: what a visitor can do, the only item of "How to fix it (for visitors)".
http-424-fix-visitor-1 = С этой частью как таковой ничего делать не нужно: исправьте или удалите элемент, вызвавший первую ошибку, и попробуйте снова.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-1 = Найдите в том же теле `207` запись с кодом состояния, отличным от `424`: это и есть настоящая причина.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-2 = Отправьте запрос снова без вызвавшего ошибку свойства или элемента, поскольку атомарные методы ничего не применили.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-3 = В пакетных API, заимствующих `424`, для каждого зависимого элемента указывайте ссылку на неудавшийся элемент, которого он ждал.

# HTTP 424 Failed Dependency compared with HTTP 207 Multi-Status: when to use which, in the "Related codes" section.
http-424-vs-207 = `424` описывает одну операцию внутри тела `207`; `207` — общий код состояния, в котором передаются все они.

# HTTP 424 Failed Dependency compared with HTTP 423 Locked: when to use which, in the "Related codes" section.
http-424-vs-423 = Используйте `423` для операции, натолкнувшейся на блокировку; используйте `424` для операций, которые из-за этого не удались.

# HTTP 424 Failed Dependency compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-424-vs-409 = Используйте `409` для операции, собственное состояние которой вызывает конфликт; используйте `424` для операций, не удавшихся только из-за другой ошибки.

## HTTP 425 Too Early

# HTTP 425 Too Early: one-line summary at the top of the explainer (TL;DR).
http-425-tldr = Сервер отказывается обрабатывать запрос, отправленный в ранних данных TLS, поскольку его можно воспроизвести повторно; клиенту следует отправить его снова после рукопожатия.

# HTTP 425 Too Early: the "What it means" paragraph of the explainer.
http-425-meaning = TLS 1.3 позволяет клиенту, который подключается повторно, отправить данные уже в первом сообщении, до завершения рукопожатия (0-RTT); это экономит один обмен запросом и ответом, но не защищает от злоумышленника, который воспроизведёт эти байты повторно. RFC 8470 определяет, как HTTP справляется с этим: сервер или посредник, принимающий ранние данные, может обрабатывать только запросы, повторное воспроизведение которых безопасно, а на остальные отвечает `425`. Прокси, пересылающий запрос, полученный в ранних данных, добавляет `Early-Data: 1`, чтобы исходный сервер мог принять такое же решение. Затем клиент повторяет запрос после завершения рукопожатия, и браузеры делают это, не привлекая пользователя.

# HTTP 425 Too Early: common cause 1 of 3, an item of the "Common causes" list.
http-425-cause-1 = Браузер возобновил TLS-сессию и отправил `POST` в данных 0-RTT на сервер, который принимает ранние данные только для безопасных методов.

# HTTP 425 Too Early: common cause 2 of 3, an item of the "Common causes" list.
http-425-cause-2 = nginx с `ssl_early_data on` передаёт заголовок `Early-Data` приложению, которое отклоняет помеченные так неидемпотентные запросы.

# HTTP 425 Too Early: common cause 3 of 3, an item of the "Common causes" list.
http-425-cause-3 = CDN с включённым 0-RTT переслал запрос, полученный в ранних данных, и исходный сервер не захотел рисковать повторным воспроизведением.

# HTTP 425 Too Early: what a visitor can do, the only item of "How to fix it (for visitors)".
http-425-fix-visitor-1 = Ничего: браузер автоматически повторяет запрос, как только защищённое соединение полностью установлено.

# HTTP 425 Too Early: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-1 = Включайте 0-RTT, только если ваше приложение умеет отличать безопасные запросы, и отвечайте `425` на каждый неидемпотентный запрос с `Early-Data: 1`.

# HTTP 425 Too Early: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-2 = В nginx передавайте этот признак вышестоящему серверу с помощью `proxy_set_header Early-Data $ssl_early_data;`, чтобы решение могло принять приложение, или оставьте `ssl_early_data off`.

# HTTP 425 Too Early: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-3 = Убедитесь, что собственные клиенты после `425` повторяют запрос по завершении рукопожатия: клиент, который сдаётся, превращает оптимизацию скорости в ошибку.

# HTTP 425 Too Early compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-425-vs-400 = Отправляйте `425`, когда единственная проблема в том, что запрос пришёл в ранних данных; отправляйте `400`, когда неверен сам запрос.

# HTTP 425 Too Early compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-425-vs-429 = `425` просит клиента повторить запрос чуть позже, когда рукопожатие завершится; `429` просит его снизить темп, потому что он отправил слишком много запросов.

## HTTP 426 Upgrade Required

# HTTP 426 Upgrade Required: one-line summary at the top of the explainer (TL;DR).
http-426-tldr = Сервер отказывается обрабатывать запрос по текущему протоколу и указывает в `Upgrade` протокол, на который клиент должен перейти.

# HTTP 426 Upgrade Required: the "What it means" paragraph of the explainer.
http-426-meaning = Отвечая `426`, сервер сообщает, что обработает запрос только после смены протокола, и обязан отправить заголовок `Upgrade` со списком допустимых протоколов, обычно вместе с `Connection: Upgrade`. Затем клиент начинает заново с запроса на смену протокола, который сервер принимает ответом `101`. Этот механизм существует только в HTTP/1.1. Чаще всего код встречается, когда к конечной точке WebSocket обращаются обычным HTTP-запросом, а исторически — со схемой `Upgrade: TLS/1.0` из RFC 2817, которую браузеры так и не реализовали.

# HTTP 426 Upgrade Required: common cause 1 of 4, an item of the "Common causes" list.
http-426-cause-1 = Браузер или `curl` запросили URL WebSocket как обычную страницу, без `Upgrade: websocket`; серверы на основе библиотеки `ws` для Node.js отвечают на такие запросы `426`.

# HTTP 426 Upgrade Required: common cause 2 of 4, an item of the "Common causes" list.
http-426-cause-2 = Обратный прокси удалил заголовки `Upgrade` и `Connection`, поэтому настоящее рукопожатие WebSocket дошло до бэкенда как обычный `GET`.

# HTTP 426 Upgrade Required: common cause 3 of 4, an item of the "Common causes" list.
http-426-cause-3 = Клиент использовал версию протокола, которую конечная точка больше не принимает без смены протокола, например HTTP/1.0.

# HTTP 426 Upgrade Required: common cause 4 of 4, an item of the "Common causes" list.
http-426-cause-4 = API неправильно использует `426`, чтобы сообщить устаревшим мобильным приложениям о необходимости обновиться, хотя код означает не это.

# HTTP 426 Upgrade Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-426-fix-visitor-1 = Ничего: этот адрес предназначен для приложения или соединения в реальном времени, а не для страницы; откройте вместо него обычную страницу сайта.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-1 = Передавайте заголовки смены протокола через прокси: в nginx — `proxy_http_version 1.1;` с `proxy_set_header Upgrade $http_upgrade;` и `proxy_set_header Connection "upgrade";` — и проверьте, что CDN разрешает WebSocket.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-2 = Проверяйте рукопожатие клиентом WebSocket, например `websocat` или консолью браузера, а не обычным запросом `curl`.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-3 = Всегда включайте заголовок `Upgrade` в ответ `426`, а просить пользователей обновить приложение следует другим кодом, например `400` с понятным кодом ошибки.

# HTTP 426 Upgrade Required compared with HTTP 101 Switching Protocols: when to use which, in the "Related codes" section.
http-426-vs-101 = Отправляйте `101`, когда принимаете смену протокола, о которой попросил клиент; отправляйте `426`, когда клиент об этом не попросил, но должен.

# HTTP 426 Upgrade Required compared with HTTP 505 HTTP Version Not Supported: when to use which, in the "Related codes" section.
http-426-vs-505 = Отправляйте `426`, когда клиент сможет продолжить после перехода на указанный вами протокол; отправляйте `505`, когда вы отклоняете саму версию HTTP в запросе.

## HTTP 428 Precondition Required

# HTTP 428 Precondition Required: one-line summary at the top of the explainer (TL;DR).
http-428-tldr = Сервер принимает это изменение только в виде условного запроса, например с `If-Match`.

# HTTP 428 Precondition Required: the "What it means" paragraph of the explainer.
http-428-meaning = RFC 6585 определяет `428` для серверов, которые хотят предотвратить потерю обновлений: вместо того чтобы принимать безусловные `PUT`, `PATCH` или `DELETE`, способные перезаписать чужое изменение, они требуют, чтобы клиент указал, какую версию он редактировал. Клиент получает ресурс, читает его `ETag` и повторяет изменение с `If-Match`, содержащим это значение; тогда сервер применяет изменение или отвечает `412`, если ресурс за это время изменился. В ответе следует объяснить, какое предусловие требуется, а кеши не должны его сохранять.

# HTTP 428 Precondition Required: common cause 1 of 3, an item of the "Common causes" list.
http-428-cause-1 = Клиент отправил `PUT`, `PATCH` или `DELETE` без `If-Match` в API, который требует оптимистичной блокировки.

# HTTP 428 Precondition Required: common cause 2 of 3, an item of the "Common causes" list.
http-428-cause-2 = Клиентская библиотека или SDK не сохраняет `ETag` из предыдущего `GET`, поэтому ей нечего отправить обратно.

# HTTP 428 Precondition Required: common cause 3 of 3, an item of the "Common causes" list.
http-428-cause-3 = Прокси или расширение браузера удалили из запроса `If-Match` или `If-Unmodified-Since`.

# HTTP 428 Precondition Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-428-fix-visitor-1 = Вы ничего не можете изменить: приложение не отправило сведения о версии, которые требует сервер; перезагрузите страницу и повторите попытку или сообщите о проблеме.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-1 = Читайте `ETag` из ответа на `GET` и отправляйте его без изменений в `If-Match` вместе с обновлением; для кросс-доменных браузерных клиентов откройте доступ к `ETag` через `Access-Control-Expose-Headers`.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-2 = Указывайте требуемый заголовок в теле `428`, например в документе problem details, где назван `If-Match`.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-3 = Требуйте предусловия только для методов, изменяющих состояние, и опишите это правило в документации, чтобы разработчики клиентов заложили его с самого начала.

# HTTP 428 Precondition Required compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-428-vs-412 = Отправляйте `428`, когда в запросе нет предусловия; отправляйте `412`, когда оно есть, но ложно.

# HTTP 428 Precondition Required compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-428-vs-409 = Отправляйте `428`, чтобы клиенты использовали `If-Match` и конфликты надёжно выявлялись; отправляйте `409`, когда вы обнаруживаете конфликт без предусловий.

## HTTP 429 Too Many Requests

# HTTP 429 Too Many Requests: one-line summary at the top of the explainer (TL;DR).
http-429-tldr = Вы отправили слишком много запросов за определённое время и должны снизить темп.

# HTTP 429 Too Many Requests: the "What it means" paragraph of the explainer.
http-429-meaning = `429` — сигнал ограничения частоты запросов: сервер или шлюз подсчитывал запросы клиента — по ключу API, пользователю, IP-адресу или токену, — и клиент превысил лимит; RFC 6585 оставляет на усмотрение сервера, как опознавать клиентов и вести подсчёт. `Retry-After` указывает время ожидания в секундах или в виде HTTP-даты, а многие API добавляют заголовки с описанием квоты, например `X-RateLimit-Remaining` или поля `RateLimit` и `RateLimit-Policy` из черновика IETF. Клиентам следует подождать не меньше указанного времени, а затем повторять запрос с экспоненциальной задержкой и случайным разбросом (jitter); немедленный повтор только продлевает блокировку. Кеши не должны сохранять `429`.

# HTTP 429 Too Many Requests: common cause 1 of 5, an item of the "Common causes" list.
http-429-cause-1 = Скрипт или интеграция обращается к API в цикле без задержек или сразу повторяет каждый неудачный запрос, умножая собственный трафик.

# HTTP 429 Too Many Requests: common cause 2 of 5, an item of the "Common causes" list.
http-429-cause-2 = Многие пользователи используют один публичный IP-адрес, например за офисным NAT, у мобильного оператора или в сервисе CI, и вместе превышают лимит на один IP-адрес.

# HTTP 429 Too Many Requests: common cause 3 of 5, an item of the "Common causes" list.
http-429-cause-3 = Клиент без аутентификации упёрся в низкую анонимную квоту — например, у GitHub это 60 запросов к API в час без токена.

# HTTP 429 Too Many Requests: common cause 4 of 5, an item of the "Common causes" list.
http-429-cause-4 = Облачный API или API искусственного интеллекта применяет квоты на число запросов или токенов в минуту для тарифа аккаунта.

# HTTP 429 Too Many Requests: common cause 5 of 5, an item of the "Common causes" list.
http-429-cause-5 = `limit_req` в nginx отклонил лишние запросы и был настроен с `limit_req_status 429`; по умолчанию он ответил бы `503`.

# HTTP 429 Too Many Requests: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-429-fix-visitor-1 = Подождите минуту или столько, сколько указано на странице, и попробуйте снова; частые перезагрузки продлевают блокировку.

# HTTP 429 Too Many Requests: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-429-fix-visitor-2 = Если вы в общей сети, например в офисе или в публичной сети Wi-Fi, попробуйте позже или через другое подключение.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-1 = Соблюдайте `Retry-After` и увеличивайте интервалы экспоненциально со случайным разбросом; библиотеки вроде `Retry` из `urllib3` или Polly для .NET делают это за вас.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-2 = Отправляйте `Retry-After` и оставшуюся квоту в собственных ответах `429`, чтобы клиенты могли регулировать темп, а не гадать.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-3 = Сокращайте число запросов: кешируйте ответы, объединяйте вызовы в пакеты и используйте вебхуки вместо периодического опроса.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-4 = В nginx задайте `limit_req_status 429;` и `burst` для `limit_req`, чтобы кратковременные пики ставились в очередь, а не отклонялись.

# HTTP 429 Too Many Requests compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-429-vs-503 = Отправляйте `429`, когда квоту превысил один клиент; отправляйте `503`, когда весь сервис перегружен или недоступен для всех.

# HTTP 429 Too Many Requests compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-429-vs-403 = Отправляйте `429`, когда клиент может повторить попытку, подождав; отправляйте `403`, когда ему отказано, как бы медленно он ни отправлял запросы.

## HTTP 431 Request Header Fields Too Large

# HTTP 431 Request Header Fields Too Large: one-line summary at the top of the explainer (TL;DR).
http-431-tldr = Заголовки запроса, чаще всего cookie, слишком велики для сервера.

# HTTP 431 Request Header Fields Too Large: the "What it means" paragraph of the explainer.
http-431-meaning = Серверы ограничивают размер каждого поля заголовка и раздела заголовков в целом; когда запрос превышает любое из этих ограничений, они могут ответить `431`, в идеале указав, какое поле оказалось слишком большим. Клиент может повторить запрос, уменьшив заголовки, что в браузере обычно означает удаление cookie сайта. Этот код используют не все серверы: nginx и Apache сообщают о той же ситуации кодом `400`, а Node.js, например, отвечает `431`, когда заголовки превышают его лимит `--max-http-header-size` в 16 КБ. Код определён в RFC 6585.

# HTTP 431 Request Header Fields Too Large: common cause 1 of 4, an item of the "Common causes" list.
http-431-cause-1 = Сайт и его поддомены устанавливают множество cookie — для аналитики, A/B-тестов и сессий, — и вместе они превышают лимит.

# HTTP 431 Request Header Fields Too Large: common cause 2 of 4, an item of the "Common causes" list.
http-431-cause-2 = При разработке на `localhost` приложения на разных портах используют одни и те же cookie, поскольку cookie не зависят от порта, и те накапливаются.

# HTTP 431 Request Header Fields Too Large: common cause 3 of 4, an item of the "Common causes" list.
http-431-cause-3 = Большой JWT или сессионный токен передаётся в cookie или в заголовке `Authorization` и растёт с каждым добавленным утверждением или ролью.

# HTTP 431 Request Header Fields Too Large: common cause 4 of 4, an item of the "Common causes" list.
http-431-cause-4 = Прокси или шлюз добавляет заголовки, например длинную цепочку `X-Forwarded-For` или заголовки трассировки, и запрос, который был на грани, превышает лимит.

# HTTP 431 Request Header Fields Too Large: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-431-fix-visitor-1 = Удалите cookie этого сайта в настройках браузера, затем перезагрузите страницу и войдите снова.

# HTTP 431 Request Header Fields Too Large: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-431-fix-visitor-2 = Попробуйте открыть страницу в приватном окне: если там всё работает, причина была в сохранённых cookie.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-1 = Найдите слишком большой заголовок на вкладке Network в браузере или с помощью `curl -v`, а размеры cookie проверьте на вкладке Application в DevTools.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-2 = Храните данные сессии на сервере, помещая в cookie только идентификатор, и ограничивайте область действия cookie с помощью `Domain` и `Path`, чтобы они не отправлялись повсюду.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-3 = Увеличивайте лимиты только настолько, насколько нужно, и согласованно на всех уровнях: `large_client_header_buffers` в nginx, `LimitRequestFieldSize` в Apache, `--max-http-header-size` в Node.js и собственный лимит балансировщика нагрузки.

# HTTP 431 Request Header Fields Too Large compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-431-vs-413 = Отправляйте `431`, когда слишком велики заголовки; отправляйте `413`, когда слишком велико тело.

# HTTP 431 Request Header Fields Too Large compared with HTTP 414 URI Too Long: when to use which, in the "Related codes" section.
http-431-vs-414 = Отправляйте `431`, когда слишком велики поля заголовка; отправляйте `414`, когда слишком длинный URI цели запроса.

# HTTP 431 Request Header Fields Too Large compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-431-vs-400 = Отправляйте `431`, когда можете определить, что слишком велики именно заголовки: так клиенты узнают, что исправлять; общий `400` оставляет их в неведении.

## HTTP 451 Unavailable For Legal Reasons

# HTTP 451 Unavailable For Legal Reasons: one-line summary at the top of the explainer (TL;DR).
http-451-tldr = Доступ к ресурсу заблокирован по требованию закона, например по решению суда или запрету со стороны государства.

# HTTP 451 Unavailable For Legal Reasons: the "What it means" paragraph of the explainer.
http-451-meaning = RFC 7725 определяет `451`, чтобы цензура по закону и предписанные законом географические ограничения были видны как таковые, а не маскировались под `403` или `404`. В теле следует объяснить, в чём состоит требование закона, кто его предъявил и на основании какого закона, а заголовок `Link` с `rel="blocked-by"` указывает сторону, которая осуществляет блокировку, — это может быть сам сайт, его хостинг или оператор сети, а не орган, выдвинувший требование. Код может прийти от исходного сервера или от посредника, например интернет-провайдера. По умолчанию `451` кешируется, поскольку блокировки по закону обычно длятся долго.

# HTTP 451 Unavailable For Legal Reasons: common cause 1 of 4, an item of the "Common causes" list.
http-451-cause-1 = Сайт блокирует посетителей из региона, законы которого он не соблюдает, — так несколько американских новостных сайтов поступили с посетителями из ЕС, когда вступил в силу GDPR.

# HTTP 451 Unavailable For Legal Reasons: common cause 2 of 4, an item of the "Common causes" list.
http-451-cause-2 = Решение суда или уведомление о нарушении авторских прав требует от хостинга закрыть доступ к определённому содержимому.

# HTTP 451 Unavailable For Legal Reasons: common cause 3 of 4, an item of the "Common causes" list.
http-451-cause-3 = Интернет-провайдер или национальная система фильтрации блокирует сайт по распоряжению властей и показывает страницу с `451`.

# HTTP 451 Unavailable For Legal Reasons: common cause 4 of 4, an item of the "Common causes" list.
http-451-cause-4 = Платформа скрывает публикацию или аккаунт в одной стране после юридического запроса из этой страны.

# HTTP 451 Unavailable For Legal Reasons: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-451-fix-visitor-1 = Прочитайте объяснение на странице: в нём должно быть указано, кто потребовал блокировки, на основании какого закона и можно ли её обжаловать.

# HTTP 451 Unavailable For Legal Reasons: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-451-fix-visitor-2 = Поищите ту же информацию в другом законном источнике, доступном там, где вы находитесь.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-1 = Укажите в теле правовое основание, орган, стоящий за требованием, и ссылку на подробности, а также добавьте заголовок `Link` с `rel="blocked-by"`, указывающий сторону, которая применяет блокировку.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-2 = Для блокировок, предписанных законом, используйте `451`, а не `403` или `404`, чтобы пользователи, исследователи и проекты по обеспечению прозрачности могли их распознать.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-3 = Применяйте географические блокировки на периферии с помощью правил CDN по странам и возвращайте `451` со страницей объяснения вместо общей страницы ошибки.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-4 = Задайте `Cache-Control` в соответствии с тем, сколько продлится блокировка, потому что `451` без него может быть закеширован.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-451-vs-403 = Отправляйте `451`, когда отказ вынужден требованием закона; отправляйте `403` при отказах на основе ваших собственных прав доступа или правил.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-451-vs-404 = Отправляйте `451`, чтобы сообщить, что содержимое существует, но заблокировано по закону; `404` скрыл бы блокировку от пользователя.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-451-vs-410 = Отправляйте `410`, когда вы удалили содержимое навсегда по собственному решению; отправляйте `451`, когда оно недоступно по требованию закона.

## HTTP 500 Internal Server Error

# HTTP 500 Internal Server Error: one-line summary at the top of the explainer (TL;DR).
http-500-tldr = При обработке запроса на сервере что-то пошло не так; сам запрос, скорее всего, в порядке.

# HTTP 500 Internal Server Error: the "What it means" paragraph of the explainer.
http-500-meaning = `500` — общий код для сбоев сервера: сервер столкнулся с непредвиденной ситуацией, чаще всего с необработанным исключением, и вместо настоящего ответа выдал этот код. Он ничего не сообщает клиенту о причине, а трассировки стека и внутренние подробности серверам не следует помещать в тело, поскольку злоумышленникам они помогают больше, чем пользователям. Поможет ли повтор, зависит от причины: временный сбой может пройти, а ошибка в коде каждый раз приводит к тому же результату, поэтому клиентам следует повторять только идемпотентные запросы и с увеличивающимися интервалами. Полезная информация находится на стороне сервера — в его журналах и системе отслеживания ошибок, — и лучше всего связывать её с ответом через идентификатор запроса.

# HTTP 500 Internal Server Error: common cause 1 of 5, an item of the "Common causes" list.
http-500-cause-1 = Приложение выбросило исключение и не перехватило его — например, из-за обращения к null, неудачного преобразования типа или отсутствующей переменной шаблона.

# HTTP 500 Internal Server Error: common cause 2 of 5, an item of the "Common causes" list.
http-500-cause-2 = База данных или другая зависимость была недоступна, и код пропустил ошибку наружу, вместо того чтобы сообщить более понятный `503`.

# HTTP 500 Internal Server Error: common cause 3 of 5, an item of the "Common causes" list.
http-500-cause-3 = В продакшене отсутствует значение конфигурации или секрет, например переменная окружения, которая есть только на машинах разработчиков.

# HTTP 500 Internal Server Error: common cause 4 of 5, an item of the "Common causes" list.
http-500-cause-4 = Apache обнаружил недопустимую директиву в файле `.htaccess` и отвечает `500` на каждый запрос в этом каталоге.

# HTTP 500 Internal Server Error: common cause 5 of 5, an item of the "Common causes" list.
http-500-cause-5 = PHP столкнулся с фатальной ошибкой или превысил `memory_limit` при выключенном `display_errors`, поэтому до браузера доходит только голый `500`.

# HTTP 500 Internal Server Error: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-500-fix-visitor-1 = Перезагрузите страницу через минуту; если ошибка не исчезнет, проблема на стороне сайта и исправить её могут только его администраторы.

# HTTP 500 Internal Server Error: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-500-fix-visitor-2 = Если не удалась отправка формы, прежде чем отправлять её снова, проверьте позже, не сохранились ли данные, чтобы избежать дубликатов.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-1 = Начните с журналов на момент неудавшегося запроса: журнал приложения, `journalctl -u` для сервиса, `error.log` nginx или `error_log` Apache и система отслеживания ошибок, например Sentry.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-2 = Возвращайте идентификатор запроса в заголовке ответа и в теле ошибки и записывайте его в журнал вместе с исключением, чтобы сообщение пользователя вело прямо к трассировке стека.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-3 = Воспроизведите ошибку локально с теми же входными данными и конфигурацией, включив там режим отладки фреймворка, — но никогда не включайте его в продакшене.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-4 = Перехватывайте ожидаемые сбои и сопоставляйте им точные коды: `4xx` для неверных входных данных, `503` для недоступных зависимостей, `504` для тайм-аутов.

# HTTP 500 Internal Server Error compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-500-vs-502 = `500` приходит от сервера, на котором выполнялся давший сбой код; `502` приходит от прокси, вышестоящий сервер которого вернул ему некорректный ответ.

# HTTP 500 Internal Server Error compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-500-vs-503 = Отправляйте `503` с `Retry-After` при известной временной неспособности обслуживать запросы; `500` означает непредвиденный сбой.

# HTTP 500 Internal Server Error compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-500-vs-501 = Отправляйте `501`, когда у сервера изначально нет нужной функциональности; `500` — для сбоев в функциональности, которую он поддерживает.

## HTTP 501 Not Implemented

# HTTP 501 Not Implemented: one-line summary at the top of the explainer (TL;DR).
http-501-tldr = Сервер не поддерживает то, что нужно для выполнения запроса, — как правило, его метод.

# HTTP 501 Not Implemented: the "What it means" paragraph of the explainer.
http-501-meaning = Сервер отвечает `501`, когда не распознаёт метод запроса или не обладает нужной запросу возможностью ни для одного из обслуживаемых ресурсов; типичный случай — метод WebDAV, например `PROPFIND`, отправленный на сервер без поддержки WebDAV. RFC 9112 также предписывает серверам HTTP/1.1 отвечать `501`, когда запрос использует незнакомое им кодирование передачи. Ответ кешируется эвристически, поскольку тот же запрос снова завершится ошибкой. Клиентам не следует повторять его без изменений: им нужен другой метод или другой сервер.

# HTTP 501 Not Implemented: common cause 1 of 4, an item of the "Common causes" list.
http-501-cause-1 = Клиент отправил метод WebDAV, например `PROPFIND` или `MKCOL`, на сервер без поддержки WebDAV.

# HTTP 501 Not Implemented: common cause 2 of 4, an item of the "Common causes" list.
http-501-cause-2 = В запросе использован нестандартный метод или метод с опечаткой, например `PURGE`, отправленный серверу, который не является кешем, или опечатка в самописном клиенте.

# HTTP 501 Not Implemented: common cause 3 of 4, an item of the "Common causes" list.
http-501-cause-3 = На сервер, который не умеет его декодировать, пришёл `Transfer-Encoding`, отличный от `chunked`, например `gzip` в запросе.

# HTTP 501 Not Implemented: common cause 4 of 4, an item of the "Common causes" list.
http-501-cause-4 = Заглушка API или маршрут-заполнитель возвращает `501` для функциональности, которая запланирована, но ещё не реализована.

# HTTP 501 Not Implemented: what a visitor can do, the only item of "How to fix it (for visitors)".
http-501-fix-visitor-1 = Ничего: сайт не может выполнить такой запрос; воспользуйтесь нужной функцией другим способом или свяжитесь с владельцами сайта.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-1 = Проверьте, какой метод отправляет ваш клиент, с помощью `curl -v` или журнала доступа, и поддерживают ли его сервер и каждый прокси перед ним.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-2 = Если метод вам нужен, включите модуль, который его предоставляет, например `mod_dav` в Apache или директиву `dav_methods` в nginx.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-3 = Используйте `405` с заголовком `Allow`, когда сервер знает метод, но этот ресурс его не поддерживает, а `501` оставьте для того, что сервер не реализует вовсе.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-4 = Описывайте в документации каждый `501`, возвращаемый для незавершённой функциональности API, и удалите маршрут до выпуска, если эта функциональность так и не будет реализована.

# HTTP 501 Not Implemented compared with HTTP 405 Method Not Allowed: when to use which, in the "Related codes" section.
http-501-vs-405 = Отправляйте `501`, когда сервер нигде не реализует этот метод; отправляйте `405`, когда реализует, но не для этого ресурса.

# HTTP 501 Not Implemented compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-501-vs-500 = Отправляйте `501` при отсутствии возможности; отправляйте `500` при сбое в использовании возможности, которая у вас есть.

## HTTP 502 Bad Gateway

# HTTP 502 Bad Gateway: one-line summary at the top of the explainer (TL;DR).
http-502-tldr = Шлюз или прокси получил от сервера за ним некорректный ответ или не получил ответа вовсе.

# HTTP 502 Bad Gateway: the "What it means" paragraph of the explainer.
http-502-meaning = `502` приходит от посредника — обратного прокси, балансировщика нагрузки или CDN, — который переслал запрос и получил в ответ то, что не может использовать: отклонённое или сброшенное соединение, преждевременно закрытое соединение, некорректные заголовки или неудавшееся TLS-рукопожатие. Приложение за ним может даже не записать ошибку в журнал, поэтому полезны журналы прокси, в которых обычно указаны вышестоящий сервер и характер сбоя. Поскольку неизвестно, дошёл ли запрос до вышестоящего сервера, клиентам следует автоматически повторять только идемпотентные запросы. Некоторые CDN добавляют неофициальные коды для более точного описания сбоев исходного сервера, например `520`–`526` у Cloudflare.

# HTTP 502 Bad Gateway: common cause 1 of 5, an item of the "Common causes" list.
http-502-cause-1 = Вышестоящее приложение аварийно завершилось, перезапускалось во время развёртывания или было принудительно остановлено из-за превышения лимита памяти, так что на порту никто не слушал.

# HTTP 502 Bad Gateway: common cause 2 of 5, an item of the "Common causes" list.
http-502-cause-2 = Прокси указывает не на тот хост, порт или сокет, например `proxy_pass http://127.0.0.1:8000`, тогда как приложение слушает порт 3000.

# HTTP 502 Bad Gateway: common cause 3 of 5, an item of the "Common causes" list.
http-502-cause-3 = Прокси использует TLS при обращении к вышестоящему серверу, который ожидает обычный HTTP, или наоборот, либо сертификат вышестоящего сервера не проходит проверку.

# HTTP 502 Bad Gateway: common cause 4 of 5, an item of the "Common causes" list.
http-502-cause-4 = Вышестоящий сервер закрывает простаивающие постоянные соединения раньше, чем ожидает прокси, и прокси отправляет запрос по уже закрытому соединению.

# HTTP 502 Bad Gateway: common cause 5 of 5, an item of the "Common causes" list.
http-502-cause-5 = Вышестоящий сервер отправил заголовки ответа, превышающие буферы прокси, и nginx записывает в журнал «upstream sent too big header».

# HTTP 502 Bad Gateway: what a visitor can do, the only item of "How to fix it (for visitors)".
http-502-fix-visitor-1 = Подождите немного и перезагрузите страницу: сбой произошёл на сервере за шлюзом сайта, и исправить его могут только администраторы сайта.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-1 = Найдите точную причину в журнале ошибок прокси, например «connect() failed (111: Connection refused)» или «upstream prematurely closed connection» в nginx, а также указанный там адрес вышестоящего сервера.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-2 = Проверьте вышестоящий сервер напрямую с хоста прокси с помощью `curl -v` по его адресу и порту и убедитесь командой `ss -ltnp`, что процесс слушает там, где его ожидает прокси.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-3 = Сделайте тайм-аут постоянных соединений вышестоящего сервера длиннее тайм-аута простоя прокси или балансировщика нагрузки, например увеличьте `server.keepAliveTimeout` в Node.js сверх 60 секунд балансировщика.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-4 = Увеличьте `proxy_buffer_size` и `proxy_buffers` в nginx, если заголовки вышестоящего сервера велики, а для PHP-FPM проверьте в его журнале, не падают ли рабочие процессы и не исчерпан ли их пул.

# HTTP 502 Bad Gateway compared with HTTP 504 Gateway Timeout: when to use which, in the "Related codes" section.
http-502-vs-504 = Отправляйте `502`, когда вышестоящий сервер ответил чем-то некорректным или разорвал соединение; отправляйте `504`, когда он не ответил вовремя.

# HTTP 502 Bad Gateway compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-502-vs-500 = `502` означает, что прокси не смог получить корректный ответ от вышестоящего сервера; `500` — что сбой произошёл на самом сервере, обрабатывавшем запрос.

# HTTP 502 Bad Gateway compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-502-vs-503 = Отправляйте `503`, когда сервис знает, что недоступен, и сообщает об этом; `502` означает, что шлюз обратился к бэкенду и получил испорченный ответ или не получил никакого.

## HTTP 503 Service Unavailable

# HTTP 503 Service Unavailable: one-line summary at the top of the explainer (TL;DR).
http-503-tldr = Сервер временно не может обработать запрос из-за перегрузки или технического обслуживания; попробуйте позже.

# HTTP 503 Service Unavailable: the "What it means" paragraph of the explainer.
http-503-meaning = `503` сообщает клиентам, что сбой временный и известный: сервер или балансировщик нагрузки решил не обрабатывать запрос. Заголовок `Retry-After` с числом секунд или датой сообщает клиентам и поисковым роботам, когда вернуться, а поисковые системы считают кратковременный `503` паузой и оставляют страницу в индексе, тогда как после недель с `503` она может из него выпасть. Балансировщики нагрузки и ingress-контроллеры также отвечают `503`, когда им некуда отправить запрос, потому что нет ни одного работоспособного бэкенда. Клиентам следует выждать и повторить запрос, соблюдая `Retry-After`. Ответ `503` не кешируется, если его заголовки явно этого не разрешают.

# HTTP 503 Service Unavailable: common cause 1 of 5, an item of the "Common causes" list.
http-503-cause-1 = На сайте идут плановые технические работы, и он отдаёт страницу обслуживания с кодом `503`.

# HTTP 503 Service Unavailable: common cause 2 of 5, an item of the "Common causes" list.
http-503-cause-2 = Все бэкенды балансировщика нагрузки не прошли проверки работоспособности или ни один не зарегистрирован, как в целевой группе AWS без работоспособных целей.

# HTTP 503 Service Unavailable: common cause 3 of 5, an item of the "Common causes" list.
http-503-cause-3 = У сервиса Kubernetes нет готовых подов, например во время развёртывания, при котором не проходит проверка готовности (readiness probe), так что у ingress нет конечной точки, которую можно использовать.

# HTTP 503 Service Unavailable: common cause 4 of 5, an item of the "Common causes" list.
http-503-cause-4 = Приложение перегружено и сбрасывает нагрузку, например когда заполнен пул рабочих процессов или исчерпан лимит соединений.

# HTTP 503 Service Unavailable: common cause 5 of 5, an item of the "Common causes" list.
http-503-cause-5 = Varnish не смог получить ответ от своего бэкенда и ответил страницей «503 Backend fetch failed».

# HTTP 503 Service Unavailable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-503-fix-visitor-1 = Подождите несколько минут и перезагрузите страницу: сайт временно недоступен или перегружен.

# HTTP 503 Service Unavailable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-503-fix-visitor-2 = Проверьте страницу состояния сервиса или его аккаунты в соцсетях: возможно, там объявлено о технических работах.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-1 = Отправляйте `Retry-After` со страницами обслуживания и ответами при сбросе нагрузки и отдавайте страницу обслуживания с `503`, а не `200`, чтобы поисковые роботы её не проиндексировали.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-2 = Проверьте состояние целей балансировщика нагрузки и путь проверки работоспособности: проверка, которая обращается к медленному URL или URL с аутентификацией, помечает исправные серверы как недоступные.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-3 = В Kubernetes выполните `kubectl get endpoints` и `kubectl describe pod`, чтобы узнать, не проваливаются ли проверки готовности.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-4 = Прежде чем сбрасывать нагрузку, добавьте мощностей или очередь запросов и задайте `limit_req_status 429;` там, где отвечать должно ограничение частоты запросов, а не перегрузка.

# HTTP 503 Service Unavailable compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-503-vs-500 = Отправляйте `503`, когда недоступность временная и ожидается, что она закончится; `500` сигнализирует о непредвиденной ошибке.

# HTTP 503 Service Unavailable compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-503-vs-429 = Отправляйте `503`, когда весь сервис перегружен или недоступен; отправляйте `429`, когда квоту превысил отдельный клиент.

# HTTP 503 Service Unavailable compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-503-vs-502 = `503` означает, что сервис сам сообщает о недоступности — своей или своих бэкендов; `502` означает, что шлюз добрался до бэкенда, но тот не смог ответить как следует.

## HTTP 504 Gateway Timeout

# HTTP 504 Gateway Timeout: one-line summary at the top of the explainer (TL;DR).
http-504-tldr = Шлюз или прокси слишком долго ждал ответа от сервера за ним и прекратил ожидание.

# HTTP 504 Gateway Timeout: the "What it means" paragraph of the explainer.
http-504-meaning = `504` приходит от посредника, который переслал запрос, но не получил полный ответ за отведённое время; вышестоящий сервер может всё ещё обрабатывать запрос и позже завершить его. Это важно для неидемпотентных запросов: `POST`, прерванный по тайм-ауту на прокси, всё же может создать свой ресурс, поэтому клиентам следует проверить результат, прежде чем повторять запрос. У каждого уровня свой тайм-аут, и срабатывает самый короткий: CDN, балансировщик нагрузки и обратный прокси могут прервать запрос каждый в свой момент. Надёжное решение обычно состоит в том, чтобы ускорить работу или сделать её асинхронной, а не просто увеличить тайм-ауты.

# HTTP 504 Gateway Timeout: common cause 1 of 5, an item of the "Common causes" list.
http-504-cause-1 = Медленный запрос к базе данных, формирование отчёта или вызов внешнего API занимает приложение дольше, чем 60 секунд `proxy_read_timeout` в nginx.

# HTTP 504 Gateway Timeout: common cause 2 of 5, an item of the "Common causes" list.
http-504-cause-2 = Первым истёк лимит управляемого шлюза, например 29-секундный тайм-аут интеграции в AWS API Gateway или 60-секундный тайм-аут простоя Application Load Balancer по умолчанию.

# HTTP 504 Gateway Timeout: common cause 3 of 5, an item of the "Common causes" list.
http-504-cause-3 = Файрвол или группа безопасности молча отбрасывает пакеты к вышестоящему серверу, и прокси ждёт, пока не истечёт его тайм-аут подключения.

# HTTP 504 Gateway Timeout: common cause 4 of 5, an item of the "Common causes" list.
http-504-cause-4 = Вышестоящий сервер перегружен, и запросы ждут в его очереди, например когда все рабочие процессы Gunicorn или PHP-FPM заняты медленными запросами.

# HTTP 504 Gateway Timeout: common cause 5 of 5, an item of the "Common causes" list.
http-504-cause-5 = DNS-имя вышестоящего сервера разрешается в устаревший или недоступный адрес.

# HTTP 504 Gateway Timeout: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-504-fix-visitor-1 = Подождите немного и перезагрузите страницу; если вы что-то отправляли, сначала проверьте, прошла ли отправка, так как сервер мог завершить операцию.

# HTTP 504 Gateway Timeout: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-504-fix-visitor-2 = Если не удаётся только большая выгрузка или отчёт, попробуйте выбрать меньший диапазон дат или меньший объём данных.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-1 = Выясните, на каком уровне истёк тайм-аут, сравнив время ответа и заголовки `Server` или `Via`, затем прочитайте журнал этого уровня, например «upstream timed out (110: Connection timed out)» в nginx.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-2 = Профилируйте медленную конечную точку: изучите журнал медленных запросов базы данных, добавьте индексы и задайте для вызовов внешних сервисов тайм-ауты короче, чем у прокси.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-3 = Вынесите длительную работу в фоновое задание и отвечайте `202` с URL состояния, а не держите запрос открытым.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-4 = Увеличивайте тайм-ауты только осознанно и согласованно, от самого внутреннего уровня к внешним, например `proxy_read_timeout` в nginx и тайм-аут простоя балансировщика нагрузки.

# HTTP 504 Gateway Timeout compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-504-vs-502 = Отправляйте `504`, когда вышестоящий сервер не ответил вовремя; отправляйте `502`, когда он ответил чем-то некорректным.

# HTTP 504 Gateway Timeout compared with HTTP 408 Request Timeout: when to use which, in the "Related codes" section.
http-504-vs-408 = Отправляйте `504`, когда шлюз слишком долго ждал свой вышестоящий сервер; отправляйте `408`, когда сервер слишком долго ждал запрос клиента.

## HTTP 505 HTTP Version Not Supported

# HTTP 505 HTTP Version Not Supported: one-line summary at the top of the explainer (TL;DR).
http-505-tldr = Сервер не поддерживает версию HTTP, использованную в запросе.

# HTTP 505 HTTP Version Not Supported: the "What it means" paragraph of the explainer.
http-505-meaning = `505` касается основной версии в стартовой строке запроса, например `HTTP/2.0`, записанной в текстовой форме HTTP/1.1, или строки версии, которую сервер не может обработать; сервер отказывается обрабатывать запрос в этой версии. В теле следует указать, какие версии сервер поддерживает. Сегодня версия обычно определяется ещё до отправки какого-либо запроса: ALPN в TLS-рукопожатии выбирает `h2` или `http/1.1`, а HTTP/3 обнаруживается через `Alt-Svc` или DNS-записи `HTTPS`, поэтому настоящий `505` обычно указывает на самописный клиент, неправильно настроенный прокси или сканер. Серверы не обязаны его отправлять, и многие вместо этого отвечают `400` или закрывают соединение.

# HTTP 505 HTTP Version Not Supported: common cause 1 of 3, an item of the "Common causes" list.
http-505-cause-1 = Клиент отправил HTTP/2 с предварительным знанием (prior knowledge), например `curl --http2-prior-knowledge`, на сервер, который понимает только HTTP/1.1 и прочитал преамбулу соединения как запрос версии 2.0.

# HTTP 505 HTTP Version Not Supported: common cause 2 of 3, an item of the "Common causes" list.
http-505-cause-2 = Самописный клиент или скрипт указал в стартовой строке запроса недопустимый токен версии, например `HTTP/1.2` или `HTTP/2`.

# HTTP 505 HTTP Version Not Supported: common cause 3 of 3, an item of the "Common causes" list.
http-505-cause-3 = Прокси или балансировщик нагрузки пересылает запросы по версии HTTP, которую бэкенд не понимает, например HTTP/2 без шифрования на сервер приложений, поддерживающий только HTTP/1.1.

# HTTP 505 HTTP Version Not Supported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-505-fix-visitor-1 = В браузере — ничего: он выбирает версию автоматически; если ошибка возникает только в старом приложении или устройстве, обновите его.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-1 = Проверьте, какую стартовую строку запроса на самом деле отправляет ваш клиент или прокси, с помощью `curl -v` или захвата пакетов, и используйте `HTTP/1.1` либо согласуйте HTTP/2 через ALPN.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-2 = Явно задайте протокол бэкенда в балансировщиках нагрузки и прокси, например версию протокола целевой группы AWS или `grpc_pass` вместо `proxy_pass` в nginx, в соответствии с тем, какой протокол понимает бэкенд.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-3 = Перечисляйте поддерживаемые версии в теле `505` и записывайте в журнал исходную стартовую строку запроса, чтобы можно было установить отправителя.

# HTTP 505 HTTP Version Not Supported compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-505-vs-426 = Отправляйте `505`, когда отклоняете версию HTTP запроса безоговорочно; отправляйте `426`, когда обработали бы запрос после смены протокола на указанный вами.

# HTTP 505 HTTP Version Not Supported compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-505-vs-501 = Отправляйте `505`, когда проблема в версии протокола; отправляйте `501`, когда с версией всё в порядке, но метод или функциональность не реализованы.

## HTTP 506 Variant Also Negotiates

# HTTP 506 Variant Also Negotiates: one-line summary at the top of the explainer (TL;DR).
http-506-tldr = Ошибка конфигурации согласования контента на сервере: выбранный вариант снова запускает согласование, и возникает цикл.

# HTTP 506 Variant Also Negotiates: the "What it means" paragraph of the explainer.
http-506-meaning = RFC 2295 определил прозрачное согласование контента, при котором ресурс с согласованием предлагает список вариантов, и каждый вариант должен быть конкретным представлением. `506` сообщает, что эта конфигурация нарушена: выбранный для запроса вариант сам является ресурсом с согласованием, так что согласование никогда бы не закончилось. Это серверная ошибка особого рода: клиент не может её исправить, и повтор даёт тот же результат, пока администратор не исправит конфигурацию. RFC 2295 имеет статус Experimental и так и не получил широкого распространения, поэтому на практике код приходит почти исключительно от `mod_negotiation` в Apache.

# HTTP 506 Variant Also Negotiates: common cause 1 of 3, an item of the "Common causes" list.
http-506-cause-1 = Карта типов Apache (файл `.var`) перечисляет вариант, который сам является картой типов или другим ресурсом с согласованием.

# HTTP 506 Variant Also Negotiates: common cause 2 of 3, an item of the "Common causes" list.
http-506-cause-2 = `MultiViews` включён в каталоге, где имя файла варианта также соответствует ресурсу с согласованием, так что один выбор ведёт к новому согласованию.

# HTTP 506 Variant Also Negotiates: common cause 3 of 3, an item of the "Common causes" list.
http-506-cause-3 = Правило перезаписи отправляет выбранный вариант обратно на URL, который выполняет согласование.

# HTTP 506 Variant Also Negotiates: what a visitor can do, the only item of "How to fix it (for visitors)".
http-506-fix-visitor-1 = Ничего: сервер сайта неправильно настроен; дождитесь, пока владелец это исправит, или сообщите ему о проблеме.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-1 = Проверьте журнал ошибок Apache, а также карты типов и настройки `MultiViews` для этого URL и добейтесь, чтобы каждый вариант указывал на конкретный файл.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-2 = Отключите `MultiViews` там, где согласование не нужно (`Options -MultiViews`), и избегайте имён файлов, из-за которых варианты становятся неоднозначными.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-3 = Замените прозрачное согласование явными URL для каждого языка или формата вместе с заголовком `Vary`, который понимает любой клиент.

# HTTP 506 Variant Also Negotiates compared with HTTP 300 Multiple Choices: when to use which, in the "Related codes" section.
http-506-vs-300 = `300` — законное предложение альтернатив клиенту; `506` — ошибка сервера, возникающая из-за того, что альтернативы настроены по кругу.

# HTTP 506 Variant Also Negotiates compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-506-vs-500 = Отправляйте `506` только для цикла согласования, описанного в RFC 2295; отправляйте `500` при любых других ошибках конфигурации.

## HTTP 507 Insufficient Storage

# HTTP 507 Insufficient Storage: one-line summary at the top of the explainer (TL;DR).
http-507-tldr = У сервера нет места, чтобы сохранить отправленное в запросе, потому что заполнен диск или исчерпана квота.

# HTTP 507 Insufficient Storage: the "What it means" paragraph of the explainer.
http-507-meaning = RFC 4918 определяет `507` для методов WebDAV, таких как `PUT`, `MKCOL`, `COPY` или `PROPPATCH`, когда сервер не может сохранить представление, необходимое для выполнения запроса. Это состояние считается временным: тот же запрос может выполниться успешно, когда освободится место или увеличится квота, поэтому клиенты могут повторить его позже, а не считать ошибку постоянной. Внутри тела `207` этот код может отмечать отдельные элементы копии, которые не поместились. Сервисы хранения и синхронизации файлов часто используют его для сообщений о превышении квоты, а некоторые API, не связанные с WebDAV, — при сбоях хранилища.

# HTTP 507 Insufficient Storage: common cause 1 of 4, an item of the "Common causes" list.
http-507-cause-1 = Пользователь Nextcloud или ownCloud превысил свою квоту хранилища при загрузке или синхронизации.

# HTTP 507 Insufficient Storage: common cause 2 of 4, an item of the "Common causes" list.
http-507-cause-2 = Заполнен диск сервера или раздел, на котором находится его временный каталог для загрузок.

# HTTP 507 Insufficient Storage: common cause 3 of 4, an item of the "Common causes" list.
http-507-cause-3 = В файловой системе закончились иноды или учётная запись сервера исчерпала квоту файловой системы, хотя свободное место вроде бы есть.

# HTTP 507 Insufficient Storage: common cause 4 of 4, an item of the "Common causes" list.
http-507-cause-4 = `COPY` большой коллекции потребовал больше места, чем оставалось в месте назначения.

# HTTP 507 Insufficient Storage: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-507-fix-visitor-1 = Освободите место в своём аккаунте, удалив или переместив файлы, или перейдите на тариф с большим объёмом хранилища.

# HTTP 507 Insufficient Storage: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-507-fix-visitor-2 = Если в вашем аккаунте ещё есть свободное место, сообщите администраторам сервиса, что их хранилище заполнено.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-1 = Проверьте свободное место и иноды с помощью `df -h` и `df -i` на каждом томе, который затрагивает загрузка, включая `/tmp` или настроенный временный каталог для загрузок.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-2 = Проверьте квоты пользователей и групп в приложении, например с помощью `occ user:info` в Nextcloud, и в файловой системе.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-3 = Настройте оповещения о заполнении диска задолго до того, как том заполнится, и удаляйте ротированные журналы, старые резервные копии и брошенные частичные загрузки.

# HTTP 507 Insufficient Storage compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-507-vs-413 = Отправляйте `413`, когда тело именно этого запроса превышает ограничение на размер; отправляйте `507`, когда серверу не хватает места, чтобы его сохранить, каким бы ни был размер.

# HTTP 507 Insufficient Storage compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-507-vs-500 = Отправляйте `507`, когда причина — нехватка места, которую клиент может переждать; `500` ничего не говорит о причине.

## HTTP 508 Loop Detected

# HTTP 508 Loop Detected: one-line summary at the top of the explainer (TL;DR).
http-508-tldr = Сервер прервал операцию WebDAV, потому что из-за привязок дерево коллекций замкнулось само на себя.

# HTTP 508 Loop Detected: the "What it means" paragraph of the explainer.
http-508-meaning = С привязками из RFC 5842 коллекцию можно привязать внутри одного из её собственных потомков, и тогда операция с `Depth: infinity`, например `PROPFIND` или `COPY`, могла бы бесконечно обходить одни и те же коллекции. `508` сообщает, что сервер обнаружил такой цикл и сдался: вся операция завершилась неудачей — в отличие от `208`, который позволяет продолжить перечисление после повторно встретившейся коллекции. Клиенту не следует повторять запрос без изменений: избежать цикла позволяют конечная глубина или изменение привязок. Код имеет статус Experimental и в своём настоящем значении встречается редко, однако некоторые платформы виртуального хостинга используют его не по назначению — как «Resource Limit Is Reached», когда аккаунт превышает лимиты на процессор или число процессов.

# HTTP 508 Loop Detected: common cause 1 of 3, an item of the "Common causes" list.
http-508-cause-1 = `PROPFIND` или `COPY` с `Depth: infinity` дошёл до коллекции, привязанной внутри собственного поддерева.

# HTTP 508 Loop Detected: common cause 2 of 3, an item of the "Common causes" list.
http-508-cause-2 = Две коллекции привязаны друг в друга, поэтому обход одной приводит обратно к другой.

# HTTP 508 Loop Detected: common cause 3 of 3, an item of the "Common causes" list.
http-508-cause-3 = На виртуальном хостинге с CloudLinux сайт превысил свои лимиты LVE, например на число входящих процессов или процессор, и хостинг отвечает нестандартным «508 Resource Limit Is Reached».

# HTTP 508 Loop Detected: what a visitor can do, the only item of "How to fix it (for visitors)".
http-508-fix-visitor-1 = Подождите несколько минут и перезагрузите страницу; если на ней написано «Resource Limit Is Reached», тарифный план хостинга сайта перегружен и исправить это может только владелец сайта.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-1 = Обходите дерево с `Depth: 1`, уровень за уровнем, и отслеживайте `DAV:resource-id`, чтобы клиент останавливался на уже встречавшихся коллекциях.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-2 = Удалите привязку, создающую цикл, с помощью `UNBIND` или перестройте коллекции так, чтобы ни одна не содержала своего предка.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-3 = На хостинге с CloudLinux проверьте использование LVE на странице Resource Usage в cPanel и сократите длительные процессы PHP или попросите хостера повысить лимиты.

# HTTP 508 Loop Detected compared with HTTP 208 Already Reported: when to use which, in the "Related codes" section.
http-508-vs-208 = Отправляйте `208`, чтобы пропустить уже описанную коллекцию и продолжить; отправляйте `508`, когда из-за цикла не удаётся вся операция.

# HTTP 508 Loop Detected compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-508-vs-500 = Отправляйте `508` именно при цикле привязок во время глубокой операции; отправляйте `500` при других непредвиденных сбоях сервера.

## HTTP 510 Not Extended

# HTTP 510 Not Extended: one-line summary at the top of the explainer (TL;DR).
http-510-tldr = Упразднённый код: когда-то он означал, что в запросе нет объявления расширения, которое требовал сервер; не отправляйте его.

# HTTP 510 Not Extended: the "What it means" paragraph of the explainer.
http-510-meaning = HTTP Extension Framework из RFC 2774 позволял клиентам объявлять обязательные расширения с помощью заголовков вроде `Man` и `Opt`, а сервер отвечал `510`, если требуемого объявления не было, объясняя в теле, как повторить запрос. Этот фреймворк так и не был принят, RFC 2774 переведён в статус Historic, и теперь IANA помечает `510` как упразднённый. Клиенту, который всё же его получил, остаётся лишь обработать его как обычную ошибку сервера и показать тело. Прямой замены у него нет: сегодня расширения HTTP согласуются с помощью новых полей заголовка, ALPN или параметров HTTP/2.

# HTTP 510 Not Extended: common cause 1 of 3, an item of the "Common causes" list.
http-510-cause-1 = Устаревшая система, построенная на HTTP Extension Framework, по-прежнему требует объявления расширения.

# HTTP 510 Not Extended: common cause 2 of 3, an item of the "Common causes" list.
http-510-cause-2 = Приложение выбрало `510` из списка кодов состояния в значении «функция не включена», которого у него никогда не было.

# HTTP 510 Not Extended: common cause 3 of 3, an item of the "Common causes" list.
http-510-cause-3 = Перечисление кодов состояния во фреймворке всё ещё содержит `510`, и обработчик использует его как общую ошибку «не расширено» (not extended).

# HTTP 510 Not Extended: what a visitor can do, the only item of "How to fix it (for visitors)".
http-510-fix-visitor-1 = Ничего: сайт использует упразднённый код ошибки для проблемы на своей стороне; сообщите о ней владельцу сайта.

# HTTP 510 Not Extended: what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-510-fix-developer-1 = Замените `510` актуальным кодом: `400` или `422`, когда в запросе не хватает чего-то обязательного, `501`, когда у сервера нет функциональности, `426`, когда нужна смена протокола.

# HTTP 510 Not Extended: what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-510-fix-developer-2 = В клиентах обрабатывайте полученный `510` как `500` и показывайте его тело: в нём может быть объяснено, чего хотел сервер.

# HTTP 510 Not Extended compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-510-vs-426 = Отправляйте `426`, когда клиент должен сменить протокол, указывая протоколы в `Upgrade`; `510` запрашивал объявление расширения и упразднён.

# HTTP 510 Not Extended compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-510-vs-501 = Отправляйте `501`, когда у сервера нет нужной функциональности; `510` возлагал недостающее на клиента, и больше его использовать не следует.

## HTTP 511 Network Authentication Required

# HTTP 511 Network Authentication Required: one-line summary at the top of the explainer (TL;DR).
http-511-tldr = Сеть, к которой вы подключены, требует войти — обычно через страницу авторизации (captive portal), — прежде чем пропускать трафик.

# HTTP 511 Network Authentication Required: the "What it means" paragraph of the explainer.
http-511-meaning = RFC 6585 даёт страницам авторизации (captive portal) честный код состояния для перехваченных запросов: вместо того чтобы перенаправлять каждый запрос на страницу входа или отдавать страницу портала с кодом `200`, сеть отвечает `511` с телом, содержащим ссылку на свою страницу входа. Поскольку перехват явный, клиенты не принимают страницу портала за содержимое сайта, а кеши не должны сохранять такой ответ. Исходным серверам не следует его отправлять: он принадлежит сети между пользователем и сайтом. Поскольку порталы не могут перехватить HTTPS без ошибки сертификата, современные системы также обнаруживают их через проверочные URL и Captive Portal API из RFC 8908, о котором сообщают DHCP или объявления маршрутизатора (RFC 8910).

# HTTP 511 Network Authentication Required: common cause 1 of 3, an item of the "Common causes" list.
http-511-cause-1 = Вы подключились к сети Wi-Fi в гостинице, аэропорту, поезде или кафе и ещё не приняли её условия или не вошли.

# HTTP 511 Network Authentication Required: common cause 2 of 3, an item of the "Common causes" list.
http-511-cause-2 = Сессия на портале истекла по достижении лимита времени, и сеть просит войти снова.

# HTTP 511 Network Authentication Required: common cause 3 of 3, an item of the "Common causes" list.
http-511-cause-3 = Гостевая сеть в компании требует регистрации, и фоновый запрос приложения попал на портал раньше, чем пользователь.

# HTTP 511 Network Authentication Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-511-fix-visitor-1 = Откройте любой сайт по обычному `http://` или запрос на вход в сеть на своём устройстве, чтобы попасть на страницу входа, и войдите.

# HTTP 511 Network Authentication Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-511-fix-visitor-2 = Если страница портала не появляется, выключите и снова включите Wi-Fi или узнайте адрес страницы входа у сотрудников, обслуживающих сеть.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-1 = В портале отвечайте на перехваченные HTTP-запросы кодом `511` с короткой HTML-страницей и ссылкой на страницу входа, а также с `Cache-Control: no-store`.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-2 = Сообщайте о портале через параметр DHCP 114 или объявления маршрутизатора IPv6 (RFC 8910) и реализуйте Captive Portal API (RFC 8908), чтобы устройства находили портал без перехвата трафика.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-3 = В приложениях распознавайте `511` и предлагайте пользователям войти в свою сеть, а не сообщайте о сбое вашего сервиса.

# HTTP 511 Network Authentication Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-511-vs-401 = `511` приходит от сети и просит пользователя войти в неё; `401` приходит от самого сайта и запрашивает учётные данные для сайта.

# HTTP 511 Network Authentication Required compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-511-vs-407 = `511` — для страницы авторизации, перехватывающей трафик; `407` — для прокси, который настроен у клиента и на запрос которого можно ответить заголовком `Proxy-Authorization`.
