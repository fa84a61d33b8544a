### Interface texts of the statusdoc site: headings, labels, navigation and notes that
### appear on every kind of page. English is the source language; every other language
### folder has a file of the same name with the same message ids.
###
### Keep technical tokens as they are: status codes, reason phrases (`Accepted`), header
### names (`Retry-After`), commands and `code spans`. Text between backticks is shown as
### code. Variables such as { $code } are filled in by the generator: keep them.

## Site identity

# The product's name, used in several messages. A term: not translated, and never
# shown by itself.
-brand-name = statusdoc
# The product's name, shown in the header of every page.
site-name = { -brand-name }
# Subtitle under the site name on the language chooser and the index pages.
site-tagline = Все коды состояния HTTP и SIP: что они означают, корректный пример ответа и программный код для его отправки.
# This language's own name, as its speakers write it. Shown in the language switcher.
language-name = Русский

# Tooltip of a fragment shown in English because this language lacks its translation.
untranslated-marker = Ещё не переведено — показано на английском.

## Navigation

# Link that lets keyboard users jump over the header to the page's content.
nav-skip = Перейти к содержимому
# Accessible name of the language switcher navigation.
nav-languages =
    .aria-label = Языки
# Link back to the list of all codes in this language.
nav-home = Все коды
# Accessible name of the breadcrumb navigation at the top of a page.
nav-breadcrumb =
    .aria-label = Навигационная цепочка
# Footer line on every page.
footer-about = { -brand-name } — открытый справочник: все описания написаны нами и сверены с действующими RFC.

## The language chooser at the site's root

# Title of the root page.
root-title = Коды состояния HTTP и SIP
# Heading above the list of languages.
root-choose = Выберите язык

## Index pages (all codes of a language, all codes of a protocol)

# Title and heading of the page that lists every code in this language.
index-title = Коды состояния HTTP и SIP
# Introduction under that heading.
index-intro = Выберите код, чтобы узнать его значение, посмотреть пример ответа, попробовать его в действии и увидеть, как отправить его из вашего фреймворка.
# Number of codes in a list. $count is a number.
index-count = { $count ->
    [one] { $count } код
    [few] { $count } кода
    [many] { $count } кодов
   *[other] { $count } кода
}
# Label of the search box that filters the list of codes.
search-label = Фильтр кодов
# Placeholder text inside the search box.
search-placeholder = Номер, название или ключевое слово
# Shown when the search box matches no code.
search-empty = По вашему запросу не найдено ни одного кода.
# Title of a protocol's own list page. $protocol is HTTP or SIP.
protocol-title = Коды состояния { $protocol }
# Introduction of the HTTP list page.
protocol-intro-http = Коды состояния HTTP сообщают клиенту, как веб-сервер обработал его запрос. Они определены в RFC 9110 и в расширяющих его RFC.
# Introduction of the SIP list page.
protocol-intro-sip = Коды ответов SIP сообщают вызывающей стороне, как SIP-телефон, прокси или сервер обработал запрос, например `INVITE` или `REGISTER`. Они определены в RFC 3261 и в расширяющих его RFC.
# Link from an index page to a protocol's own list.
protocol-all = Все коды { $protocol }

## Classes of codes (the first digit)

# HTTP 1xx class name.
http-class-1 = Информационные ответы
# HTTP 2xx class name.
http-class-2 = Успешные ответы
# HTTP 3xx class name.
http-class-3 = Перенаправления
# HTTP 4xx class name.
http-class-4 = Ошибки клиента
# HTTP 5xx class name.
http-class-5 = Ошибки сервера
# SIP 1xx class name.
sip-class-1 = Предварительные ответы
# SIP 2xx class name.
sip-class-2 = Успешные ответы
# SIP 3xx class name.
sip-class-3 = Перенаправления
# SIP 4xx class name.
sip-class-4 = Ошибки запроса
# SIP 5xx class name.
sip-class-5 = Ошибки сервера
# SIP 6xx class name.
sip-class-6 = Глобальные ошибки

## A code's page: header

# Title of a code's page. $code is the number, $reason the reason phrase (keep it in English).
code-title = Имитация ответа { $code } { $reason }
# Title of the page of a code that is registered but must not be used (HTTP 306, 418).
code-title-unused = { $code } { $reason }: зарезервированный код
# Label before the class of the code ("2xx Success").
label-class = Класс
# Label before who is at fault.
label-fault = Источник ошибки
# Label before the registration status (deprecated, unused…).
label-status = Статус
# Label before the link to the specification.
label-spec = Спецификация
# Fault: the client sent something wrong.
fault-client = Клиент
# Fault: the server failed.
fault-server = Сервер
# Fault: nobody; the code reports normal operation or a decision.
fault-neither = Ошибки нет
# Status of a code in normal use.
status-current = Используется
# Status of a code that its specification deprecated.
status-deprecated = Устаревший
# Status of a code that is reserved and must not be sent.
status-unused = Не используется
# Status of a code whose specification is obsolete or historic.
status-obsoleted = Упразднённый
# Status of a code registered only temporarily, from an Internet-Draft.
status-temporary = Временная регистрация
# Status of a code from an Experimental RFC.
status-experimental = Экспериментальный
# Link text to a specification section. $document is "RFC 9110", $section "15.3.3".
spec-section = { $document }, раздел { $section }
# Link text to a whole specification (no section).
spec-document = { $document }

## A code's page: the response

# Heading of the example response.
section-response = Ответ
# Note under the example response.
response-note = Сообщение в том виде, в каком оно передаётся по сети; значение `Content-Length` рассчитано по показанному телу.
# Note under an example response that has no body.
response-note-empty = У этого ответа нет тела.

## A code's page: try it

# Heading of the section with commands to try the code.
section-try = Попробуйте сами
# Explains the command against the public test host. $host is its address.
try-public = `{ $host }` отвечает этим кодом состояния, но с пустым телом: приведённый выше пример он не возвращает.
# Explains the command against the local mock of statusdoc serve.
try-local = `statusdoc serve` запускает локальную заглушку (mock), которая отвечает в точности приведённым выше примером ответа.
# Explains the SIP test command. $method is the SIP method (INVITE…), $code the status code.
try-sip = `sipexer` отправляет запрос `{ $method }` к пользователю { $code } и выводит полученный ответ. Сначала запустите одну из приведённых ниже конфигураций: они отвечают на такой запрос этим кодом состояния и соответствующими заголовками.

## A code's page: frameworks

# Heading of the framework tabs. $code and $reason as in the page title.
section-frameworks = Как вернуть { $code } { $reason } в вашем фреймворке
# Heading of the SIP server tabs.
section-servers = Как отправить { $code } { $reason } с вашего SIP-сервера
# Accessible name of the list of framework tabs.
frameworks-tabs =
    .aria-label = Фреймворки
# Label of the button that copies a snippet.
copy = Копировать
# Shown briefly after a snippet was copied.
copied = Скопировано

## A code's page: the explainer

# Heading of the one-sentence summary of the code.
section-tldr = Коротко
# Heading of the paragraph that explains the code.
section-meaning = Что это означает
# Heading of the list of situations that lead to the code.
section-causes = Типичные причины
# Heading of what a website visitor can do (HTTP pages).
section-fix-visitor = Что делать посетителю сайта
# Heading of what the person making a call can do (SIP pages).
section-fix-caller = Что делать вызывающему абоненту
# Heading of what a developer or administrator can do.
section-fix-developer = Что делать разработчику или администратору

## A code's page: browser compatibility (only for codes with data)

# Heading of the browser support table.
section-compat = Совместимость с браузерами
# Caption of a table about one feature of the code. $name is a technical token such as preload.
compat-feature = Поддержка `rel={ $name }` в этом ответе
# Column heading: the browser.
compat-browser = Браузер
# Column heading: the first version that supports it.
compat-since = Поддерживается с версии
# Cell: the browser does not support it.
compat-no = Не поддерживается
# Cell note: only behind a setting the user must turn on.
compat-flag = только при включённом флаге
# Cell note: the support is incomplete.
compat-partial = частичная поддержка
# Cell note: MDN adds a note for this browser.
compat-notes = см. примечания на MDN
# Line under the tables: where the data comes from.
compat-source = Данные: browser-compat-data от MDN. Для браузеров, которых нет в таблице, данных нет.
# Link to the code's MDN page, under the tables.
compat-mdn = Этот код на MDN

## A code's page: related codes and navigation

# Heading of the section about related codes.
section-related = Связанные коды
# Line introducing the codes a reader may compare with this one, each with when to use which.
related-intro = Коды, которые часто сравнивают с этим, и когда какой из них выбрать:
# The code with the same meaning in the other protocol. $protocol is HTTP or SIP.
related-equivalent = То же значение в { $protocol }:
# Link to the previous code of the same protocol.
nav-previous = Предыдущий код
# Link to the next code of the same protocol.
nav-next = Следующий код
# Heading of the list of this page in other languages.
related-languages = Эта страница на других языках

## Page not found

# Title of the "page not found" page.
notfound-title = Страница не найдена
# Text of the "page not found" page.
notfound-text = По этому адресу страницы нет. Возможно, то, что вы искали, найдётся в списке всех кодов.
