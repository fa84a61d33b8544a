### SIP response codes: the explainer on each SIP code page (/<lang>/sip/<code>/), below the sample response.
### For every code: a one-sentence summary (TL;DR), a paragraph on what the code means, common causes,
### what the caller can do (the caller is the person using a SIP phone or softphone, not a developer),
### what a developer or administrator can do, and one sentence per related code saying when to use which.
### English is the source language; every other language has a file of the same name with the same message ids.
###
### Each message is plain prose on ONE line. Text in `backticks` is protocol syntax or a command (header names
### such as `Retry-After`, methods such as `INVITE`, option tags such as `100rel`, configuration names such as
### `fr_inv_timer`, commands such as `sngrep`): keep it exactly as is, backticks included. Keep code numbers,
### RFC numbers, Q.850 cause numbers and product names (Kamailio, Asterisk, FreeSWITCH) unchanged. Reason phrases
### quoted as they appear on the wire, such as "Stale Date", stay in English. Never use curly braces, and do not
### start a message with [, * or a period. The number of causes and fixes differs from code to code: translate
### the messages that exist, and do not add or remove any.

## SIP 100 Trying

# SIP 100 Trying: one-line summary at the top of the explainer (TL;DR).
sip-100-tldr = Первый SIP-сервер на пути получил ваш запрос на вызов и обрабатывает его; больше пока ничего не известно.
# SIP 100 Trying: the paragraph under "What it means".
sip-100-meaning = 100 Trying — единственный предварительный ответ, который действует исключительно между соседними узлами (hop-by-hop): каждый прокси или пользовательский агент, получивший `INVITE`, может ответить на него сам, а ответы 100, приходящие от нижестоящих узлов, прокси поглощают, а не пересылают дальше. Его задача — служебная, транспортная: как только клиентская транзакция `INVITE` получает любой предварительный ответ, она переходит в состояние Proceeding, прекращает повторную передачу запроса по UDP (таймер A) и больше не отсчитывает 32-секундный таймер B, поэтому вызов, на который так и не ответили, позже завершает таймер C прокси или сам вызывающий абонент, устав ждать. RFC 3261 предписывает прокси с сохранением состояния (stateful) отправлять 100 всякий раз, когда он не может сформировать окончательный ответ в течение 200 мс. Ответ 100 обычно не содержит тега To, никогда не создаёт диалог и не имеет тела. Для запросов, отличных от `INVITE`, RFC 4320 ограничивает его использование: при работе по UDP элемент не должен отправлять 100, пока таймер E клиента не дорос до T2, поскольку ранний 100 лишь замедляет повторные передачи клиента.
# SIP 100 Trying: common cause 1 of 3, a list item under "Common causes".
sip-100-cause-1 = Прокси с сохранением состояния или B2BUA, например Kamailio с модулем `tm` или АТС, отвечает на каждый входящий `INVITE` кодом 100, прежде чем начать его маршрутизацию.
# SIP 100 Trying: common cause 2 of 3, a list item under "Common causes".
sip-100-cause-2 = Телефон вызываемого абонента сразу отправляет 100, потому что подготовка ответа 180 занимает больше 200 мс, например пока он ищет локальный контакт или пробуждает мобильное приложение.
# SIP 100 Trying: common cause 3 of 3, a list item under "Common causes".
sip-100-cause-3 = Вызов, в котором виден 100, а затем ничего: первый узел принял `INVITE`, но следующий узел недоступен или молчит, поэтому ни 180, ни окончательный ответ так и не приходят.
# SIP 100 Trying: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-100-fix-visitor-1 = Ничего: телефон сам обрабатывает 100 Trying; этот ответ лишь подтверждает, что первый сервер получил вызов.
# SIP 100 Trying: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-1 = Отправляйте 100 сразу на каждый `INVITE`, на который ваш элемент не даст окончательного ответа в течение 200 мс; `t_relay()` в Kamailio делает это автоматически, пока включён параметр `auto_inv_100` модуля `tm` (по умолчанию он включён).
# SIP 100 Trying: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-2 = Никогда не пересылайте 100, полученный от нижестоящего узла, и не используйте его, чтобы показать пользователю ход вызова: для этого отправляйте 180 или 183.
# SIP 100 Trying: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-3 = Если вызовы зависают после 100, проследите оба плеча вызова с помощью `sngrep` или `tcpdump -i any -s0 port 5060`, чтобы увидеть, что следующий узел сделал с пересланным `INVITE`; момент, когда вызывающая сторона получит 408, определяют параметры Kamailio `fr_timer` (нет ответа от следующего узла) и `fr_inv_timer` (слишком долгий звонок).
# SIP 100 Trying: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-4 = При работе по UDP отвечайте на запросы, отличные от `INVITE`, например `REGISTER` или `OPTIONS`, сразу окончательным ответом, а не ранним 100 (RFC 4320).
# SIP 100 Trying compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-180 = Любой элемент отправляет 100 как подтверждение получения для предыдущего узла, как только получает `INVITE`; 180 отправляет только устройство вызываемого абонента, когда оно действительно оповещает пользователя.
# SIP 100 Trying compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-183 = 100 лишь сообщает, что следующий узел обрабатывает запрос; 183 приходит из конца в конец (end-to-end) от удалённой стороны и обычно содержит SDP-ответ для ранних медиаданных.
# SIP 100 Trying compared with SIP 181 Call Is Being Forwarded: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-181 = Отправляйте 100 как простое подтверждение получения; отправляйте 181, когда ваш элемент переадресует вызов на другое направление и вызывающей стороне следует об этом знать.

## SIP 180 Ringing

# SIP 180 Ringing: one-line summary at the top of the explainer (TL;DR).
sip-180-tldr = Телефон, на который вы звоните, получил ваш вызов и звонит.
# SIP 180 Ringing: the paragraph under "What it means".
sip-180-meaning = Ответ 180 сообщает вызывающей стороне, что вызываемый пользовательский агент оповещает своего пользователя. Прокси пересылают его в обратном направлении, а поскольку он содержит тег To, он создаёт ранний диалог, удалённым адресатом (remote target) которого становится `Contact` ответа. Без SDP телефон вызывающей стороны воспроизводит собственный сигнал контроля посылки вызова; если же пришёл SDP-ответ, он должен вместо этого воспроизводить полученные медиаданные. Разветвляющий прокси может вернуть несколько ответов 180 с разными тегами To — по одному раннему диалогу на каждое звонящее устройство. Доставка ответа ненадёжна, если он не отправлен с `Require: 100rel` и не подтверждён запросом `PRACK` (RFC 3262), а UAS, у которого телефон звонит долго, должен каждую минуту повторять предварительный ответ, отличный от 100, чтобы прокси не отменили вызов по истечении своего трёхминутного таймера C.
# SIP 180 Ringing: common cause 1 of 4, a list item under "Common causes".
sip-180-cause-1 = Телефон или софтфон вызываемого абонента получил `INVITE` и начал звонить.
# SIP 180 Ringing: common cause 2 of 4, a list item under "Common causes".
sip-180-cause-2 = Разветвляющий прокси или группа вызова (ring group) предложили вызов сразу нескольким устройствам, и каждое из них ответило собственным 180.
# SIP 180 Ringing: common cause 3 of 4, a list item under "Common causes".
sip-180-cause-3 = Шлюз в ТфОП получил из телефонной сети сообщение ISUP Address Complete или Q.931 Alerting и преобразовал его в 180.
# SIP 180 Ringing: common cause 4 of 4, a list item under "Common causes".
sip-180-cause-4 = Во время долгого звонка АТС примерно раз в минуту отправляет новый 180, чтобы прокси на пути не закрывали транзакцию `INVITE`.
# SIP 180 Ringing: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-180-fix-visitor-1 = Ничего: у вызываемого абонента звонит телефон; дождитесь ответа или положите трубку.
# SIP 180 Ringing: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-1 = Получив 180 без SDP, воспроизводите локальный сигнал контроля посылки вызова, а если 180 или 183 приносит SDP-ответ, переключайтесь на полученные медиаданные; никогда не воспроизводите и то и другое одновременно.
# SIP 180 Ringing: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-2 = Храните отдельное состояние раннего диалога для каждого тега To, поскольку при разветвлении вызова ответы 180 могут прийти от нескольких устройств, прежде чем одно из них ответит.
# SIP 180 Ringing: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-3 = Если вызывающие абоненты слышат тишину вместо гудков, проверьте, не отправляет ли ваша сторона 180 с SDP, но без звука; в Asterisk параметр `inband_progress = yes` конечной точки PJSIP заставляет отправлять 183 и внутриполосный (in-band) сигнал вызова вместо одного лишь 180.
# SIP 180 Ringing: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-4 = Если телефон звонит долго, повторяйте 180 примерно раз в минуту или используйте надёжные предварительные ответы с `100rel`, чтобы ни один прокси не завершил транзакцию по тайм-ауту.
# SIP 180 Ringing compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-183 = Отправляйте 180, когда устройство оповещает пользователя и вызывающая сторона может сама сформировать сигнал контроля посылки вызова; отправляйте 183 с SDP, когда у сети или вызываемой стороны есть звук, который нужно воспроизвести до ответа, например голосовое объявление.
# SIP 180 Ringing compared with SIP 182 Queued: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-182 = 180 означает, что устройство звонит прямо сейчас; 182 — что ни одно устройство ещё не звонит, а вызов ожидает в очереди.
# SIP 180 Ringing compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-200 = После 180 вызов остаётся в раннем диалоге и телефон звонит; 200 означает, что кто-то ответил, и диалог подтверждается, как только вызывающая сторона отправит `ACK`.

## SIP 181 Call Is Being Forwarded

# SIP 181 Call Is Being Forwarded: one-line summary at the top of the explainer (TL;DR).
sip-181-tldr = Вызов переадресуется на другой номер или устройство, поэтому продолжайте ждать.
# SIP 181 Call Is Being Forwarded: the paragraph under "What it means".
sip-181-meaning = Ответ 181 сообщает вызывающей стороне, что элемент на пути переадресовал вызов на другое направление, например применив правило переадресации, и теперь сам пробует новый адрес. В отличие от 3xx, он ничего не требует от вызывающей стороны: продолжается та же транзакция `INVITE`, а окончательный ответ придёт оттуда, куда в итоге попадёт вызов. Отправлять его могут как прокси, так и изначально вызванный пользовательский агент. Кто и почему переадресовал вызов, указывается не в самом 181, а в заголовке `History-Info` (RFC 7044) или в историческом заголовке `Diversion` (RFC 5806), которые содержит переадресованный `INVITE`. Как и любой предварительный ответ с кодом выше 100, он доставляется ненадёжно, если не отправлен с `100rel`, поэтому вызывающая сторона не должна рассчитывать на его получение.
# SIP 181 Call Is Being Forwarded: common cause 1 of 4, a list item under "Common causes".
sip-181-cause-1 = У вызываемого абонента настроена безусловная переадресация, и АТС переадресует вызов на мобильный номер или другой внутренний номер.
# SIP 181 Call Is Being Forwarded: common cause 2 of 4, a list item under "Common causes".
sip-181-cause-2 = Никто не ответил за отведённое время звонка, и правило переадресации по неответу направляет вызов на голосовую почту или коллеге.
# SIP 181 Call Is Being Forwarded: common cause 3 of 4, a list item under "Common causes".
sip-181-cause-3 = Вызываемый абонент занят, и правило переадресации по занятости направляет вызов в другое место вместо того, чтобы вернуть 486.
# SIP 181 Call Is Being Forwarded: common cause 4 of 4, a list item under "Common causes".
sip-181-cause-4 = Служба «следуй за мной» (find-me/follow-me) по очереди пробует устройства пользователя и сообщает о каждом новом адресате ответом 181.
# SIP 181 Call Is Being Forwarded: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-181-fix-visitor-1 = Ничего: продолжайте ждать; ответить может не тот, кому вы звонили, а другой человек или голосовой ящик.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-1 = Отправляйте 181, когда ваш прокси или АТС переадресует вызов, чтобы телефоны вызывающих абонентов могли показать, что вызов переадресован, и записывайте исходного адресата и причину в `History-Info`.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-2 = В B2BUA проверьте, что 181 и данные `Diversion` или `History-Info` передаются из одного плеча вызова в другое: многим операторам связи они нужны для тарификации или фильтрации переадресованных вызовов.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-3 = Не стройте логику вызывающей стороны на ожидании 181: многие серверы переадресуют вызовы, никак об этом не сообщая.
# SIP 181 Call Is Being Forwarded compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-302 = Отправляйте 181, когда ваш собственный сервер переадресует вызов и продолжает его обрабатывать; возвращайте 302, когда вызывающая сторона должна сама заново отправить вызов на новый адрес.
# SIP 181 Call Is Being Forwarded compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-180 = 181 сообщает, что вызов уходит к другому адресату; 180 приходит от адресата, у которого действительно звонит телефон.
# SIP 181 Call Is Being Forwarded compared with SIP 182 Queued: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-182 = Используйте 181 для вызова, который направляется в другое место, и 182 — для вызова, который остаётся здесь и ждёт в очереди.

## SIP 182 Queued

# SIP 182 Queued: one-line summary at the top of the explainer (TL;DR).
sip-182-tldr = Сейчас никто не может принять ваш вызов, но он не отклонён, а ожидает в очереди.
# SIP 182 Queued: the paragraph under "What it means".
sip-182-meaning = Ответ 182 позволяет UAS, например системе автоматического распределения вызовов, удерживать входящий вызов, когда его пока некому принять, вместо того чтобы отклонять его с кодом 486. Вызов остаётся в той же транзакции `INVITE`, и по мере продвижения очереди сервер может отправлять новые ответы 182 с другими поясняющими фразами, например «2 calls ahead of you». Эти обновления предварительные и доставляются ненадёжно, поэтому могут теряться, и вызывающая сторона не должна рассчитывать, что увидит каждое из них. Прокси отменяют `INVITE`, не получивший ответа в течение трёх минут (таймер C), поэтому при долгом ожидании в очереди предварительные ответы нужно отправлять не реже раза в минуту. Многие колл-центры вместо этого отвечают 200 и воспроизводят объявления очереди: тарификация при этом начинается, зато звуковой тракт гарантированно есть; другие сочетают очередь с ранними медиаданными в 183.
# SIP 182 Queued: common cause 1 of 3, a list item under "Common causes".
sip-182-cause-1 = В очереди колл-центра (ACD) нет свободного оператора, и вызов удерживается в ожидании, а не получает ответ «занято».
# SIP 182 Queued: common cause 2 of 3, a list item under "Common causes".
sip-182-cause-2 = Группа поиска (hunt group) или пульт секретаря ставит вызовы в очередь, пока все участники группы заняты разговором.
# SIP 182 Queued: common cause 3 of 3, a list item under "Common causes".
sip-182-cause-3 = Приложение очереди периодически отправляет 182, указывая в поясняющей фразе позицию вызывающего абонента.
# SIP 182 Queued: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-182-fix-visitor-1 = Оставайтесь на линии: вызов ждёт, пока освободится сотрудник, и позже будет принят или завершён.
# SIP 182 Queued: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-1 = Отправляйте 182 из приложения очереди с позицией в поясняющей фразе и повторяйте его с интервалом меньше минуты, чтобы прокси на пути не завершили `INVITE` по тайм-ауту.
# SIP 182 Queued: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-2 = Если ожидающие в очереди должны слышать музыку или объявления, отправляйте 183 с SDP (ранние медиаданные) или отвечайте 200; один лишь 182 не даёт им ничего услышать.
# SIP 182 Queued: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-3 = На стороне вызывающего абонента обрабатывайте 182 как любой другой предварительный ответ: при желании покажите его текст и продолжайте ждать окончательного ответа.
# SIP 182 Queued compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-180 = Отправляйте 182, когда вызов ждёт, пока кто-нибудь освободится; отправляйте 180, когда устройство звонит прямо сейчас.
# SIP 182 Queued compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-486 = Ставьте вызов в очередь с 182, если доставите его, как только освободится оператор; отклоняйте его с 486, если вызываемый абонент занят и ждать вы не будете.
# SIP 182 Queued compared with SIP 181 Call Is Being Forwarded: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-181 = 182 удерживает вызов в очереди на этом сервере; 181 сообщает, что вызов направляется другому адресату.

## SIP 183 Session Progress

# SIP 183 Session Progress: one-line summary at the top of the explainer (TL;DR).
sip-183-tldr = Вызов устанавливается, и ещё до ответа вы можете услышать звук из сети, например гудки или голосовое объявление.
# SIP 183 Session Progress: the paragraph under "What it means".
sip-183-meaning = 183 передаёт сведения о ходе установления вызова, которые не выражаются другими предварительными кодами, а на практике почти всегда содержит SDP-ответ, открывающий ранние медиаданные, так что вызывающая сторона слышит сигналы или объявления, формируемые удалённой стороной. Ответ 183 с тегом To создаёт ранний диалог. В 183 с ненадёжной доставкой SDP — лишь предварительный вариант ответа, который затем повторит 200; при надёжной доставке, с `Require: 100rel` и `RSeq` и подтверждением через `PRACK` (RFC 3262), он сам завершает обмен предложением и ответом (offer/answer). RFC 3960 описывает, как вызывающей стороне выбирать между локальным сигналом контроля посылки вызова и полученными ранними медиаданными, а в сетях IMS заголовок `P-Early-Media` (RFC 5009) указывает, разрешены ли ранние медиаданные. Ответ 183 без тела допустим, но сообщает вызывающей стороне немногим больше, чем 180.
# SIP 183 Session Progress: common cause 1 of 4, a list item under "Common causes".
sip-183-cause-1 = Шлюз в ТфОП передаёт внутриполосные сигналы или объявления из телефонной сети, например «номер, который вы набрали, не обслуживается», в виде ранних медиаданных.
# SIP 183 Session Progress: common cause 2 of 4, a list item under "Common causes".
sip-183-cause-2 = Оператор связи или АТС воспроизводит собственный сигнал контроля посылки вызова или музыку вместо гудков, не позволяя телефону вызывающей стороны сформировать сигнал самостоятельно.
# SIP 183 Session Progress: common cause 3 of 4, a list item under "Common causes".
sip-183-cause-3 = IVR или платформа предоплаченной связи воспроизводит сообщение, например об остатке средств на счёте, до соединения вызова.
# SIP 183 Session Progress: common cause 4 of 4, a list item under "Common causes".
sip-183-cause-4 = Диалплан Asterisk вызывает `Progress()` или FreeSWITCH выполняет `pre_answer`, чтобы открыть звуковой тракт до ответа.
# SIP 183 Session Progress: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-183-fix-visitor-1 = Ничего: слушайте то, что воспроизводит сеть; если на линии долго стоит тишина, положите трубку и позвоните снова.
# SIP 183 Session Progress: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-1 = Открывайте RTP-поток, как только 183 приносит SDP, и воспроизводите поступающий звук вместо локального сигнала контроля посылки вызова; при нескольких ранних диалогах выбирайте один, как описано в RFC 3960, а не смешивайте их.
# SIP 183 Session Progress: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-2 = Если ранние медиаданные слышны только в одну сторону или не слышны вовсе, проверьте NAT и межсетевые экраны: удалённая сторона отправляет RTP до ответа, поэтому открытые порты в NAT (pinholes) и проксирование медиатрафика через SBC (rtpengine, RTPProxy) должны работать уже с момента получения 183.
# SIP 183 Session Progress: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-3 = Отправляйте 183 с надёжной доставкой, с `Require: 100rel`, когда вызывающая сторона указывает `100rel` в `Supported`, чтобы содержащийся в нём SDP-ответ был подтверждён запросом `PRACK`.
# SIP 183 Session Progress: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-4 = Шлюзы обычно преобразуют сообщение ISDN Progress с индикатором «in-band information available» в 183 с SDP; проверьте это преобразование, если объявления из ТфОП не доходят до ваших абонентов.
# SIP 183 Session Progress compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-180 = Отправляйте 183 с SDP, когда вызывающая сторона должна слышать звук, формируемый сетью; отправляйте 180, когда звонит устройство и телефон вызывающей стороны может сам сформировать сигнал контроля посылки вызова.
# SIP 183 Session Progress compared with SIP 199 Early Dialog Terminated: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-199 = 183 открывает или обновляет ранний диалог, часто с медиаданными; 199 сообщает вызывающей стороне, что один такой ранний диалог завершён.
# SIP 183 Session Progress compared with SIP 100 Trying: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-100 = 183 передаётся из конца в конец и обычно открывает ранние медиаданные; 100 — локальное подтверждение от следующего узла, и SDP в нём никогда не бывает.

## SIP 199 Early Dialog Terminated

# SIP 199 Early Dialog Terminated: one-line summary at the top of the explainer (TL;DR).
sip-199-tldr = Одно из устройств, на которые поступил ваш вызов, выбыло ещё до ответа; сам вызов продолжается.
# SIP 199 Early Dialog Terminated: the paragraph under "What it means".
sip-199-meaning = Когда прокси разветвляет `INVITE`, у вызывающей стороны может оказаться несколько ранних диалогов — по одному на каждое устройство, приславшее предварительный ответ с тегом To. Без RFC 6228 вызывающая сторона узнаёт о неудаче ветви только с приходом окончательного ответа, а до тех пор держит потоки ранних медиаданных и другие ресурсы для уже неактивных ветвей. Разветвляющий прокси, получивший в одной из ветвей окончательный ответ, отличный от 2xx, или UAS, завершающий один из собственных ранних диалогов, может отправить 199 с тегом To этого диалога, чтобы вызывающая сторона освободила относящиеся к нему ресурсы. Поддержка включается явно: никто не отправляет 199, если `INVITE` не содержал `Supported: 199`. Ответ 199 может включать заголовок `Reason` (RFC 3326) с окончательным ответом, завершившим ветвь, и не должен содержать ни SDP-предложения, ни SDP-ответа. Транзакция `INVITE` остаётся открытой: вызывающая сторона по-прежнему ждёт окончательного ответа от остальных ветвей.
# SIP 199 Early Dialog Terminated: common cause 1 of 3, a list item under "Common causes".
sip-199-cause-1 = Разветвлённый вызов поступил на три устройства, и одно из них отклонило его с 486 или 603, пока остальные ещё звонят.
# SIP 199 Early Dialog Terminated: common cause 2 of 3, a list item under "Common causes".
sip-199-cause-2 = Ветвь, отправившая 183 с ранними медиаданными, завершилась неудачей или была отменена разветвляющим прокси, например по истечении таймера ветви.
# SIP 199 Early Dialog Terminated: common cause 3 of 3, a list item under "Common causes".
sip-199-cause-3 = UAS, создавший несколько ранних диалогов для одного `INVITE`, завершает те из них, которые не будет использовать, прежде чем отправить окончательный ответ.
# SIP 199 Early Dialog Terminated: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-199-fix-visitor-1 = Ничего: вызов по-прежнему поступает на другие устройства, а телефон сам обрабатывает это уведомление.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-1 = Добавляйте `Supported: 199` в исходящие запросы `INVITE`, если ваш клиент умеет освобождать ресурсы отдельных диалогов, например порты медиашлюза или транскодеры; без этого никто не будет отправлять вам 199.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-2 = Получив 199, прекратите воспроизводить ранние медиаданные от указанного в нём тега To и освободите его RTP-порты, но сохраните транзакцию `INVITE` и остальные ранние диалоги.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-3 = В разветвляющем прокси формируйте 199 только для вызывающих сторон, заявивших о его поддержке, добавляйте заголовок `Reason` с окончательным кодом ветви и никогда не отправляйте 199 после окончательного ответа.
# SIP 199 Early Dialog Terminated compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-183 = Отправляйте 199, когда ранний диалог завершается до окончательного ответа; отправляйте 183, чтобы открыть или обновить ранний диалог, обычно с медиаданными.
# SIP 199 Early Dialog Terminated compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-487 = 199 завершает один ранний диалог, а вызов продолжается; 487 завершает весь `INVITE`, потому что он был отменён.
# SIP 199 Early Dialog Terminated compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-180 = 199 сообщает, что одна из ветвей перестала звонить; 180 — что ветвь начала звонить.

## SIP 200 OK

# SIP 200 OK: one-line summary at the top of the explainer (TL;DR).
sip-200-tldr = Запрос выполнен успешно: если это вызов, то другая сторона ответила, а если регистрация — сервер сохранил адрес вашего телефона.
# SIP 200 OK: the paragraph under "What it means".
sip-200-meaning = 200 — универсальный ответ об успехе, и что именно он подтверждает, зависит от метода. Для `INVITE` он содержит SDP-ответ (или предложение, если в `INVITE` его не было) и подтверждает диалог, а вызывающая сторона должна подтвердить получение из конца в конец запросом `ACK`; UAS повторно передаёт 200, начиная с интервала T1 и увеличивая его до T2, пока этот `ACK` не придёт, и завершает вызов запросом `BYE`, если его нет в течение 64*T1. Для `REGISTER` регистратор перечисляет в заголовках `Contact` все текущие привязки адреса записи (AoR), каждую с предоставленным значением `expires`, которое может оказаться меньше запрошенного. Для `OPTIONS` он сообщает о возможностях в `Allow`, `Accept` и `Supported`, а для `BYE`, `CANCEL`, `SUBSCRIBE` или `REFER` просто подтверждает запрос. Начиная с RFC 6665 и RFC 7647, 200 также заменяет устаревший 202 в качестве ответа на принятый `SUBSCRIBE` или `REFER`.
# SIP 200 OK: common cause 1 of 4, a list item under "Common causes".
sip-200-cause-1 = Вызываемый абонент снял трубку, и его устройство ответило на `INVITE` кодом 200 со своим SDP.
# SIP 200 OK: common cause 2 of 4, a list item under "Common causes".
sip-200-cause-2 = Регистратор принял `REGISTER` от телефона с действительными учётными данными после запроса Digest-аутентификации.
# SIP 200 OK: common cause 3 of 4, a list item under "Common causes".
sip-200-cause-3 = Система мониторинга, SBC или балансировщик нагрузки отправили `OPTIONS` для проверки доступности (keepalive), и сервер ответил, что работает.
# SIP 200 OK: common cause 4 of 4, a list item under "Common causes".
sip-200-cause-4 = Обработан `BYE` или `CANCEL`: ответ подтверждает, что вызов завершён или что ожидающий `INVITE` прерывается.
# SIP 200 OK: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-200-fix-visitor-1 = Ничего: вызов соединён или телефон зарегистрирован — именно этого вы и добивались.
# SIP 200 OK: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-1 = Отправляйте `ACK` на каждый ответ 200 на `INVITE`, включая лишние ответы 200 из других ветвей разветвлённого вызова, и завершайте каждый лишний диалог запросом `BYE`, если оставляете только один вызов.
# SIP 200 OK: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-2 = Получив 200 на `REGISTER`, прочитайте значение `expires` своего `Contact` и обновите регистрацию до его истечения; если вашего контакта нет или в нём указан другой адрес, его переписал NAT или SIP ALG.
# SIP 200 OK: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-3 = Стройте диалог по ответу 200: удалённый адресат — его `Contact`, набор маршрутов — его заголовки `Record-Route` в обратном порядке, а заголовок `Session-Expires` задаёт интервал обновления таймера сеанса.
# SIP 200 OK: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-4 = Отправляйте 200, а не 202, когда ваш уведомитель принимает `SUBSCRIBE` или ваш пользовательский агент принимает `REFER`.
# SIP 200 OK compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-202 = Отправляйте 200 на принятый `SUBSCRIBE` или `REFER`; 202 для обоих объявлен устаревшим, и получатели в любом случае обрабатывают его как 200.
# SIP 200 OK compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-204 = Отвечайте на `SUBSCRIBE` кодом 200, когда следом придёт `NOTIFY` с состоянием; отвечайте 204, только если тег в `Suppress-If-Match` совпал и этот `NOTIFY` пропускается.
# SIP 200 OK compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-180 = 200 — окончательный ответ, подтверждающий вызов; 180 лишь сообщает, что на устройстве вызываемого абонента звонит телефон.

## SIP 202 Accepted

# Deprecated code: keep the word Deprecated at the start of the summary; the page warns that new implementations no longer send it.
# SIP 202 Accepted: one-line summary at the top of the explainer (TL;DR).
sip-202-tldr = Устаревший код: запрос принят по-старому; современное SIP-ПО вместо него отвечает 200 OK.
# SIP 202 Accepted: the paragraph under "What it means".
sip-202-meaning = Когда-то 202 был ответом на `SUBSCRIBE`, авторизация которого ещё не завершена (RFC 3265), а RFC 3515 сделал его обычным ответом на `REFER`: запрос на перевод вызова принят, а о результате сообщат последующие запросы `NOTIFY`. RFC 6665 объявил его устаревшим для подписок, поскольку он не сообщал подписчику ничего такого, чего не сказал бы первый `NOTIFY` в заголовке `Subscription-State` (`pending` или `active`), а RFC 7647 сделал то же самое для `REFER`. Теперь уведомители и получатели REFER должны отправлять 200, а любой получатель обязан обрабатывать 202 точно так же, как 200. Код остаётся зарегистрированным, и старые телефоны и АТС всё ещё отправляют его — в основном в ответ на `REFER` при переводе вызовов.
# SIP 202 Accepted: common cause 1 of 3, a list item under "Common causes".
sip-202-cause-1 = Старый телефон или АТС, реализованные по RFC 3265 или RFC 3515, отвечают 202 на `REFER` при слепом или консультативном переводе вызова.
# SIP 202 Accepted: common cause 2 of 3, a list item under "Common causes".
sip-202-cause-2 = Устаревший сервер присутствия или уведомлений голосовой почты отвечает 202 на `SUBSCRIBE`, пока подписка ожидает авторизации пользователем.
# SIP 202 Accepted: common cause 3 of 3, a list item under "Common causes".
sip-202-cause-3 = SIP-библиотека или тестовый скрипт по-прежнему возвращает жёстко заданный 202 на `REFER` или `SUBSCRIBE`.
# SIP 202 Accepted: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-202-fix-visitor-1 = Ничего: телефон обрабатывает этот ответ как обычный успешный, и перевод вызова с ним по-прежнему работает.
# SIP 202 Accepted: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-1 = Отправляйте 200 вместо 202, когда принимаете `SUBSCRIBE` или `REFER`, а о том, что авторизация ещё не завершена, сообщайте заголовком `Subscription-State: pending` в первом `NOTIFY`.
# SIP 202 Accepted: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-2 = Принимайте 202 от старых узлов и обрабатывайте его точно так же, как 200: клиент, который ждёт именно 200, ломает перевод вызовов со старыми АТС.
# SIP 202 Accepted: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-3 = Следите за ходом перевода вызова по последующим запросам `NOTIFY` с телами `message/sipfrag`, а не по коду ответа на `REFER`.
# SIP 202 Accepted compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-200 = 202 объявлен устаревшим: отправляйте 200 на принятый `SUBSCRIBE` или `REFER`, а 202 лишь допускайте, когда он приходит от устаревших узлов.
# SIP 202 Accepted compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-204 = Один не заменяет другой: 204 отвечает на `SUBSCRIBE`, состояние которого у подписчика уже есть, а 202 — устаревший ответ о принятии, вместо которого теперь отправляют 200.
# SIP 202 Accepted compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-489 = 202, которому на смену пришёл 200, принимает подписку или перевод вызова; 489 отклоняет подписку, потому что её пакет событий неизвестен.

## SIP 204 No Notification

# SIP 204 No Notification: one-line summary at the top of the explainer (TL;DR).
sip-204-tldr = Подписка создана или обновлена, а уведомления не будет, потому что текущее состояние у вас уже есть.
# SIP 204 No Notification: the paragraph under "What it means".
sip-204-meaning = RFC 5839 позволяет подписчику не получать одно и то же состояние события дважды. Каждый `NOTIFY` может содержать тег сущности в `SIP-ETag`; когда подписчик затем отправляет `SUBSCRIBE`, чтобы создать или обновить подписку, он может указать последний увиденный тег в `Suppress-If-Match` или `*`, чтобы совпал любой тег. Если у текущего состояния уведомителя по-прежнему этот тег, он отвечает 204 и пропускает `NOTIFY`, который иначе отправил бы сразу; подписка со сроком действия из `Expires` действует так же, как после 200. О последующих изменениях состояния уведомления приходят как обычно. Уведомитель, не реализующий RFC 5839, игнорирует незнакомый заголовок и отвечает 200, за которым следует полный `NOTIFY`, поэтому подписчики должны обрабатывать оба варианта.
# SIP 204 No Notification: common cause 1 of 3, a list item under "Common causes".
sip-204-cause-1 = Подписчик на присутствие или BLF обновил подписку, указав в `Suppress-If-Match` значение `SIP-ETag` из последнего `NOTIFY`, и с тех пор состояние не изменилось.
# SIP 204 No Notification: common cause 2 of 3, a list item under "Common causes".
sip-204-cause-2 = Клиент после собственного перезапуска заново подписался, используя сохранённый тег сущности, а состояние отслеживаемого ресурса осталось прежним.
# SIP 204 No Notification: common cause 3 of 3, a list item under "Common causes".
sip-204-cause-3 = Подписчик отправил `Suppress-If-Match: *`, чтобы обновить подписку, не получая состояние заново.
# SIP 204 No Notification: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-204-fix-visitor-1 = Ничего: телефон уже показывает правильный статус присутствия или линии.
# SIP 204 No Notification: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-1 = Сохраняйте `SIP-ETag` каждого `NOTIFY` и передавайте его в `Suppress-If-Match` при обновлении подписки — так каждый раз экономятся `NOTIFY` и его тело.
# SIP 204 No Notification: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-2 = Если вы уведомитель, сравнивайте тег с тегом сущности текущего состояния и отправляйте 204 с заголовком `Expires` только при точном совпадении; в противном случае отвечайте 200 и отправляйте `NOTIFY`.
# SIP 204 No Notification: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-3 = Не сопоставляйте его с HTTP 204 No Content в шлюзах, журналах или панелях мониторинга: это условный успешный ответ, ближе всего к HTTP 304.
# SIP 204 No Notification compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-200 = Отвечайте 204, когда тег подписчика по-прежнему совпадает и `NOTIFY` не нужен; во всех остальных случаях успеха отвечайте 200.
# SIP 204 No Notification compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-202 = Отправляйте 204 на условный `SUBSCRIBE`, тег которого совпал; никогда не отправляйте 202: RFC 6665 объявил его устаревшим в пользу 200.
# SIP 204 No Notification compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-489 = 204 означает, что подписка создана без нового уведомления; 489 — что она отклонена, потому что пакет событий неизвестен.

## SIP 300 Multiple Choices

# SIP 300 Multiple Choices: one-line summary at the top of the explainer (TL;DR).
sip-300-tldr = С вызываемым абонентом можно связаться по нескольким адресам, и ваш телефон или вы сами должны выбрать один из них.
# SIP 300 Multiple Choices: the paragraph under "What it means".
sip-300-meaning = Сервер перенаправления возвращает 300, когда Request-URI соответствует нескольким местоположениям, и перечисляет их в заголовках `Contact`, желательно со значениями `q` от 0 до 1, задающими их порядок. Сам сервер их не пробует: вызывающая сторона или прокси, рекурсивно обрабатывающий перенаправления, отправляет новый запрос по одному или нескольким из них в новой клиентской транзакции. RFC 3261 оставляет выбор клиенту: он может пробовать адреса в порядке убывания `q`, разветвить вызов сразу на несколько или показать их пользователю; варианты можно описать в теле, но стандартного формата для этого нет. Контакты, которые уже пробовали или которые ведут обратно к исходному адресату, следует пропускать, чтобы перенаправления не зацикливались.
# SIP 300 Multiple Choices: common cause 1 of 3, a list item under "Common causes".
sip-300-cause-1 = У пользователя несколько зарегистрированных устройств или номеров (рабочий, домашний, мобильный), и сервер перенаправления возвращает их все, вместо того чтобы самому разветвить вызов.
# SIP 300 Multiple Choices: common cause 2 of 3, a list item under "Common causes".
sip-300-cause-2 = Справочная служба или служба перенаправления на основе ENUM нашла для набранного номера несколько URI.
# SIP 300 Multiple Choices: common cause 3 of 3, a list item under "Common causes".
sip-300-cause-3 = SIP-провайдер использует сервер перенаправления для маршрутизации по наименьшей стоимости (LCR) и перечисляет несколько шлюзов операторов связи, упорядоченных по `q`.
# SIP 300 Multiple Choices: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-300-fix-visitor-1 = Если телефон показывает список адресов, выберите один из них; в противном случае ничего делать не нужно: телефон или провайдер попробуют их сами.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-1 = Обрабатывайте 3xx в своём прокси, а не передавайте их телефонам, которые этого не умеют: в Kamailio или OpenSIPS загрузите `uac_redirect`, вызовите `get_redirects()` в `failure_route` и снова отправьте вызов.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-2 = Сортируйте контакты по `q`, пробуйте их по очереди или параллельно, пропускайте уже опробованные и ограничьте число перенаправлений, которые вы выполняете для одного вызова.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-3 = Отправляя 300, задайте каждому `Contact` значение `q` и не указывайте адреса, недоступные для вызывающей стороны, например частные IP-адреса.
# SIP 300 Multiple Choices compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-301 = Возвращайте 300, когда существует несколько текущих адресов и вызывающая сторона должна выбрать; возвращайте 301, когда один новый адрес навсегда заменяет старый.
# SIP 300 Multiple Choices compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-302 = Используйте 300 для выбора из нескольких местоположений и 302 — для одного временного местоположения, по которому нужно повторить попытку.
# SIP 300 Multiple Choices compared with SIP 485 Ambiguous: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-485 = 300 перечисляет несколько местоположений одного и того же пользователя; 485 сообщает, что адрес соответствует нескольким разным пользователям и вызывающая сторона должна выбрать нужного человека.

## SIP 301 Moved Permanently

# SIP 301 Moved Permanently: one-line summary at the top of the explainer (TL;DR).
sip-301-tldr = У вызываемого абонента новый постоянный адрес, и ваш телефон должен звонить по нему.
# SIP 301 Moved Permanently: the paragraph under "What it means".
sip-301-meaning = Ответ 301 сообщает, что по Request-URI пользователя больше не найти, а его заголовок `Contact` содержит адрес, который заменяет прежний. Вызывающая сторона или прокси, рекурсивно обрабатывающий перенаправления, отправляет новый запрос по этому адресу и, поскольку переезд постоянный, должна также обновить все сохранённые копии старого адреса: в адресных книгах, номерах быстрого набора, кешах маршрутизации. Он встречается гораздо реже, чем 302, поскольку переадресация в SIP чаще всего временная и зависит от текущих настроек пользователя. Если сервер знает, что пользователя больше нет, но нового адреса не знает, правильный ответ — 410, а не 301 без `Contact`.
# SIP 301 Moved Permanently: common cause 1 of 3, a list item under "Common causes".
sip-301-cause-1 = Пользователь перешёл в другой домен или к другому провайдеру, а старый домен по-прежнему отвечает, сообщая новый адрес.
# SIP 301 Moved Permanently: common cause 2 of 3, a list item under "Common causes".
sip-301-cause-2 = При переходе на новую АТС внутренний номер или имя пользователя SIP переименовали, и старый URI указывает на новый.
# SIP 301 Moved Permanently: common cause 3 of 3, a list item under "Common causes".
sip-301-cause-3 = Компания объединила два SIP-домена, и выведенный из эксплуатации домен навсегда перенаправляет всех пользователей.
# SIP 301 Moved Permanently: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-301-fix-visitor-1 = Если телефон показывает новый адрес, обновите им контакт в адресной книге и впредь звоните по нему.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-1 = Следуйте по `Contact` из 301 один раз за вызов и обновляйте сохранённые URI (адресную книгу, номера быстрого набора, базу маршрутизации), чтобы последующие вызовы сразу шли на новый адрес.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-2 = Прежде чем следовать перенаправлению, проверяйте новый URI на соответствие своей политике набора номера, поскольку поддельное перенаправление может отправить вызывающих абонентов на платные или вредоносные направления.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-3 = Продолжайте отвечать 301 на старые URI достаточно долго, чтобы вызывающие стороны успели обновить адрес, а затем переходите на 410 или 404.
# SIP 301 Moved Permanently compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-302 = Используйте 301, когда старый адрес выведен из употребления навсегда, и 302 — когда пользователь находится в другом месте лишь временно.
# SIP 301 Moved Permanently compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-410 = Отправляйте 301, когда знаете новый адрес пользователя; отправляйте 410, когда пользователь ушёл, а новый адрес неизвестен.
# SIP 301 Moved Permanently compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-300 = 301 сообщает один новый постоянный адрес; 300 предлагает на выбор несколько текущих.

## SIP 302 Moved Temporarily

# SIP 302 Moved Temporarily: one-line summary at the top of the explainer (TL;DR).
sip-302-tldr = С вызываемым абонентом сейчас можно связаться по другому адресу, и ваш телефон или провайдер попробует позвонить туда.
# SIP 302 Moved Temporarily: the paragraph under "What it means".
sip-302-meaning = Ответ 302 передаёт вызывающей стороне один или несколько временных адресов в `Contact`, а отправить туда новый `INVITE` предоставляет ей самой или прокси, рекурсивно обрабатывающему перенаправления. Исходный Request-URI остаётся действительным: перенаправление действует в течение времени, заданного параметром `expires` в `Contact` или заголовком `Expires`, а если нет ни того ни другого — только для этого вызова, поэтому его нельзя сохранять как постоянное изменение. Серверы перенаправления используют 302, чтобы выполнять переадресацию вызовов и отвечать на запросы маршрутизации, например при переносимости номеров или маршрутизации по наименьшей стоимости, не оставаясь на пути сигнализации. Сведения о переадресации часто добавляются в `Diversion` или `History-Info`, чтобы новый адресат знал, кто переадресовал вызов.
# SIP 302 Moved Temporarily: common cause 1 of 3, a list item under "Common causes".
sip-302-cause-1 = Вызываемый абонент настроил переадресацию на мобильный номер, а АТС или провайдер реализует её, перенаправляя вызывающую сторону, вместо того чтобы переадресовать вызов самостоятельно.
# SIP 302 Moved Temporarily: common cause 2 of 3, a list item under "Common causes".
sip-302-cause-2 = Сервер перенаправления, используемый для маршрутизации или переносимости номеров, отвечает на каждый запрос кодом 302 с указанием нужного оператора связи или шлюза.
# SIP 302 Moved Temporarily: common cause 3 of 3, a list item under "Common causes".
sip-302-cause-3 = Диалплан АТС перемещает неотвеченный вызов с помощью перенаправления, например через `Transfer()` в Asterisk на канале PJSIP, на который ещё не ответили.
# SIP 302 Moved Temporarily: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-302-fix-visitor-1 = Ничего: телефон или провайдер следуют перенаправлению; если вызов всё равно не проходит, узнайте у того, кому звоните, его текущий номер.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-1 = Убедитесь, что ваша сторона обрабатывает 302: в Asterisk выберите `redirect_method` для конечной точки PJSIP, а в Kamailio или OpenSIPS вызовите `get_redirects()` из `uac_redirect` в `failure_route`.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-2 = Соблюдайте `expires`: кешируйте перенаправление не дольше, чем оно допускает, и никогда не считайте 302 постоянной сменой адреса.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-3 = Ограничьте число ответов 302, которым вы следуете в одном вызове, и проверяйте каждого адресата на соответствие политике набора номера, чтобы поддельное или зациклившееся перенаправление не привело к телефонному мошенничеству (toll fraud).
# SIP 302 Moved Temporarily compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-301 = Отправляйте 302, пока исходный адрес в целом продолжает работать; отправляйте 301, только если он заменён навсегда.
# SIP 302 Moved Temporarily compared with SIP 305 Use Proxy: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-305 = Используйте 302, чтобы направить вызывающую сторону на другой адрес пользователя; используйте 305, только чтобы указать, через какой прокси идти к тому же адресу.
# SIP 302 Moved Temporarily compared with SIP 380 Alternative Service: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-380 = 302 указывает на другой адрес того же пользователя; 380 сообщает, что вызов не удался, но есть альтернативная служба, например голосовая почта или экстренный вызов.

## SIP 305 Use Proxy

# SIP 305 Use Proxy: one-line summary at the top of the explainer (TL;DR).
sip-305-tldr = Ваш вызов должен идти через определённый прокси, указанный в ответе, и его следует отправить заново этим путём.
# SIP 305 Use Proxy: the paragraph under "What it means".
sip-305-meaning = Ответ 305 сообщает вызывающей стороне, что запрашиваемый ресурс доступен только через прокси, указанный в заголовке `Contact`. Вызывающая сторона повторно отправляет запрос, сделав этот прокси следующим узлом, — обычно добавив его в `Route`, — и сохраняя прежний Request-URI. RFC 3261 разрешает формировать 305 только серверам пользовательских агентов, но не прокси, чтобы посредник не мог заставить вызывающие стороны маршрутизировать вызовы через прокси по своему выбору. Поддержка неполная: многие телефоны и АТС игнорируют 305 или обрабатывают его как обычную ошибку. Одноимённый код HTTP объявлен устаревшим, но ни одна спецификация SIP код SIP не отменила.
# SIP 305 Use Proxy: common cause 1 of 3, a list item under "Common causes".
sip-305-cause-1 = Устройство или шлюз принимает только вызовы, приходящие через собственный прокси организации, например для учёта или из соображений безопасности, а вызывающая сторона обратилась к нему напрямую.
# SIP 305 Use Proxy: common cause 2 of 3, a list item under "Common causes".
sip-305-cause-2 = Пользовательский агент в корпоративной сети требует, чтобы трафик шёл через пограничный прокси, где применяется политика.
# SIP 305 Use Proxy: common cause 3 of 3, a list item under "Common causes".
sip-305-cause-3 = Устаревший или тестовый сервер использует 305 там, где заголовок `Route` или настройка DNS должны были с самого начала направить вызывающую сторону на прокси.
# SIP 305 Use Proxy: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-305-fix-visitor-1 = Во время вызова вы ничего не можете изменить; если вызовы продолжают завершаться ошибкой, узнайте у провайдера, какой исходящий прокси (outbound proxy) должен использовать ваш телефон.
# SIP 305 Use Proxy: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-1 = Если вы отправляете 305, делайте это только из UAS и указывайте в `Contact` полный URI прокси, при необходимости с `;lr` и параметрами транспорта.
# SIP 305 Use Proxy: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-2 = Если ваш пользовательский агент получил 305, проверьте, что указанному прокси вы доверяете, и отправьте запрос повторно через него с помощью заголовка `Route`.
# SIP 305 Use Proxy: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-3 = Вместо этого настройте исходящий прокси, например `outbound_proxy` для конечной точки PJSIP в Asterisk или соответствующий параметр в телефоне, чтобы 305 вообще не требовался.
# SIP 305 Use Proxy compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-302 = Отправляйте 305, когда адресат остаётся прежним, но попасть к нему нужно через определённый прокси; отправляйте 302, когда меняется сам адрес назначения.
# SIP 305 Use Proxy compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-301 = 305 меняет путь к ресурсу; 301 меняет сам адрес ресурса, причём навсегда.
# SIP 305 Use Proxy compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-407 = 305 сообщает, что вызывающая сторона пришла не тем путём и должна использовать определённый прокси; 407 — что путь верный, но этот прокси требует её учётные данные.

## SIP 380 Alternative Service

# SIP 380 Alternative Service: one-line summary at the top of the explainer (TL;DR).
sip-380-tldr = Вызов в том виде, в каком его набрали, пройти не может, но вместо этого можно воспользоваться другой службой, например голосовой почтой или экстренной линией.
# SIP 380 Alternative Service: the paragraph under "What it means".
sip-380-meaning = 380 сообщает вызывающей стороне, что вызов не удался, но доступна альтернативная служба. RFC 3261 указывает, что альтернативы описываются в теле, но формат не определяет, поэтому практический смысл кода задаёт использующая его спецификация. Основное применение на практике — IMS (3GPP TS 24.229): когда сеть обнаруживает, что на номер экстренной службы сделан обычный вызов, она отвечает 380 с телом `application/3gpp-ims+xml`, элемент `alternative-service` которого предписывает телефону повторить попытку как экстренный вызов, при необходимости после экстренной регистрации. Вне таких профилей 380 может содержать лишь `Contact`, указывающий, например, на голосовую почту, и вызывающая сторона сама решает, следовать ли ему.
# SIP 380 Alternative Service: common cause 1 of 3, a list item under "Common causes".
sip-380-cause-1 = С мобильного телефона набрали номер экстренной службы как обычный вызов, и сеть IMS просит повторить его как экстренный.
# SIP 380 Alternative Service: common cause 2 of 3, a list item under "Common causes".
sip-380-cause-2 = Вызываемый абонент не может принять вызов, и сервер вместо этого направляет вызывающую сторону на голосовую почту или службу сообщений.
# SIP 380 Alternative Service: common cause 3 of 3, a list item under "Common causes".
sip-380-cause-3 = Сервер применяет профиль конкретного оператора, описывающий альтернативу в теле XML, которое обычные SIP-телефоны не понимают и показывают как ошибку.
# SIP 380 Alternative Service: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-380-fix-visitor-1 = Если вы звонили по номеру экстренной службы и вызов не прошёл, сразу наберите номер снова; обычно телефон сам повторяет попытку как экстренный вызов.
# SIP 380 Alternative Service: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-1 = В абонентском оборудовании IMS разбирайте тело `application/3gpp-ims+xml` и, если оно требует экстренной обработки, повторяйте попытку как экстренный вызов на соответствующий URI `urn:service:sos`.
# SIP 380 Alternative Service: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-2 = Отправляя 380 вне IMS, добавляйте `Contact` и тело в формате, который ваши клиенты умеют обрабатывать; иначе им остаётся лишь считать ответ ошибкой.
# SIP 380 Alternative Service: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-3 = Записывайте в журнал всё тело ответа 380 на стороне вызывающего абонента, поскольку альтернатива описана только там.
# SIP 380 Alternative Service compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-302 = Отправляйте 380, когда запрошенный вызов не удался и вы предлагаете службу другого рода; отправляйте 302, когда тот же пользователь просто находится по другому адресу.
# SIP 380 Alternative Service compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-300 = 380 предлагает альтернативную службу; 300 предлагает несколько местоположений одного и того же вызываемого абонента.
# SIP 380 Alternative Service compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-480 = Используйте 380, когда можете направить вызывающую сторону к альтернативной службе; используйте 480, когда вызываемый абонент просто сейчас недоступен и ничего другого не предлагается.

## SIP 400 Bad Request

# SIP 400 Bad Request: one-line summary at the top of the explainer (TL;DR).
sip-400-tldr = Сервер не смог разобрать ваш запрос, потому что в нём что-то некорректно или отсутствует.
# SIP 400 Bad Request: the paragraph under "What it means".
sip-400-meaning = 400 — общий код для запросов, которые нарушают синтаксис SIP или в которых нет чего-то обязательного: отсутствует `Via`, `From`, `To`, `Call-ID`, `CSeq` или `Max-Forwards`, метод в `CSeq` отличается от метода в стартовой строке, `Content-Length` не соответствует телу или URI невозможно разобрать. RFC 3261 рекомендует серверам указывать конкретную ошибку в поясняющей фразе, например «Missing Call-ID», а некоторые добавляют ещё и заголовок `Warning`, поэтому первым делом прочитайте и то и другое. Клиент должен исправить запрос: отправленный без изменений, он завершится той же ошибкой. Для некоторых ошибок существуют более конкретные коды, например 416 для неизвестной схемы URI и 420 для неподдерживаемого расширения, и когда они подходят, следует использовать их.
# SIP 400 Bad Request: common cause 1 of 4, a list item under "Common causes".
sip-400-cause-1 = SIP ALG маршрутизатора или межсетевой экран переписали адреса внутри сообщения и испортили заголовок или сделали значение `Content-Length` неверным.
# SIP 400 Bad Request: common cause 2 of 4, a list item under "Common causes".
sip-400-cause-2 = Самописный или незрелый SIP-стек пропускает обязательный заголовок, часто `Max-Forwards`, или указывает в `CSeq` метод, отличный от метода запроса.
# SIP 400 Bad Request: common cause 3 of 4, a list item under "Common causes".
sip-400-cause-3 = В сообщении, отправленном по TCP, отсутствовал или был неверен `Content-Length`, и сервер прочитал часть следующего сообщения как тело.
# SIP 400 Bad Request: common cause 4 of 4, a list item under "Common causes".
sip-400-cause-4 = Входные проверки прокси, например `sanity_check()` в Kamailio, отклонили запрос с недопустимым URI, неверным номером в `CSeq` или заголовком, который невозможно разобрать.
# SIP 400 Bad Request: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-400-fix-visitor-1 = Если вызовы не проходят только в вашей домашней или офисной сети, отключите в маршрутизаторе SIP ALG (часто он называется SIP helper) и перезапустите телефон.
# SIP 400 Bad Request: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-1 = Прочитайте поясняющую фразу и заголовок `Warning`, если он есть, затем перехватите запрос с помощью `sngrep` или `tcpdump -i any -s0 -w sip.pcap port 5060` и сверьте его со списком обязательных заголовков в разделе 8.1.1 RFC 3261.
# SIP 400 Bad Request: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-2 = Сравните сообщение в том виде, в каком оно было отправлено, с тем, каким оно пришло: расхождения в адресах в `Via`, `Contact` или SDP выдают ALG или другое промежуточное устройство, которое его переписывает.
# SIP 400 Bad Request: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-3 = Всегда отправляйте правильный `Content-Length` по TCP и TLS, где он разграничивает сообщения, и пересчитывайте его после любого изменения тела.
# SIP 400 Bad Request: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-4 = Когда ваш собственный сервер отклоняет запрос с кодом 400, указывайте конкретную ошибку в поясняющей фразе, чтобы она попала в журналы отправителя.
# SIP 400 Bad Request compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-415 = Используйте 400, когда некорректно само сообщение, и 415 — когда оно составлено правильно, но формат, кодировка или язык его тела не поддерживаются.
# SIP 400 Bad Request compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-420 = 400 отклоняет нарушенный синтаксис; 420 отклоняет правильно записанный `Require` или `Proxy-Require`, в котором указано расширение, отсутствующее у сервера.
# SIP 400 Bad Request compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-416 = Отправляйте 416, а не 400, когда единственная проблема — схема Request-URI, которую сервер не обрабатывает.

## SIP 401 Unauthorized

# SIP 401 Unauthorized: one-line summary at the top of the explainer (TL;DR).
sip-401-tldr = Прежде чем принять запрос, сервер хочет получить ваши имя пользователя и пароль SIP.
# SIP 401 Unauthorized: the paragraph under "What it means".
sip-401-meaning = Регистратор или UAS, которому нужно аутентифицировать пользователя, отвечает 401 с одним или несколькими запросами на аутентификацию в `WWW-Authenticate`, где указаны realm, nonce, `qop` и алгоритм Digest. Клиент повторно отправляет запрос с заголовком `Authorization`, вычисленным по его учётным данным, сохраняя `Call-ID` и увеличивая `CSeq`. Первый 401 на `REGISTER` — это нормально; второй 401 в ответ на учётные данные означает, что они отклонены, если только в новом запросе на аутентификацию не указано `stale=true`, что лишь просит повторить попытку с новым nonce. RFC 8760 добавил в SIP наряду с MD5 алгоритмы SHA-256 и SHA-512/256, поэтому сервер может предложить несколько запросов на аутентификацию, а клиент выбирает самый стойкий из поддерживаемых им. Прокси никогда не отправляют 401: они запрашивают аутентификацию кодом 407.
# SIP 401 Unauthorized: common cause 1 of 5, a list item under "Common causes".
sip-401-cause-1 = Первый `REGISTER` или `INVITE`, как обычно, был отправлен без учётных данных, и сервер запросил аутентификацию.
# SIP 401 Unauthorized: common cause 2 of 5, a list item under "Common causes".
sip-401-cause-2 = В телефоне указан неверный пароль или имя пользователя для аутентификации; многие провайдеры используют идентификатор аутентификации (auth ID), отличающийся от внутреннего номера.
# SIP 401 Unauthorized: common cause 3 of 5, a list item under "Common causes".
sip-401-cause-3 = Realm, настроенный в телефоне, не совпадает с realm в запросе на аутентификацию, поэтому телефон отвечает для другого realm или не отвечает вовсе.
# SIP 401 Unauthorized: common cause 4 of 5, a list item under "Common causes".
sip-401-cause-4 = Nonce истёк в промежутке между запросом на аутентификацию и повторной попыткой, и сервер снова ответил с `stale=true`.
# SIP 401 Unauthorized: common cause 5 of 5, a list item under "Common causes".
sip-401-cause-5 = Сервер предлагает только запрос на аутентификацию с SHA-256, и старый телефон, поддерживающий лишь MD5, не может на него ответить.
# SIP 401 Unauthorized: what the caller (a person using a SIP phone or softphone) can do, item 1 of 2 under "How to fix it (for callers)".
sip-401-fix-visitor-1 = Проверьте имя пользователя, идентификатор аутентификации и пароль в настройках телефона или софтфона, затем зарегистрируйтесь снова.
# SIP 401 Unauthorized: what the caller (a person using a SIP phone or softphone) can do, item 2 of 2 under "How to fix it (for callers)".
sip-401-fix-visitor-2 = Если настройки выглядят правильными, а ошибка повторяется, узнайте у провайдера, активна ли ваша учётная запись и какой идентификатор аутентификации нужно использовать.
# SIP 401 Unauthorized: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-1 = Найдите ошибку в журнале сервера: Asterisk выводит «Failed to authenticate» с конечной точкой и адресом источника, а `www_authorize()` в Kamailio возвращает отрицательный код (например, -2 при неверном пароле), который можно записать в журнал с помощью `xlog`.
# SIP 401 Unauthorized: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-2 = Добейтесь, чтобы клиент в точности копировал realm, nonce, `opaque` и `qop` из запроса на аутентификацию, сохранял `Call-ID` и увеличивал `CSeq`; ошибка в любом из них приводит к провалу проверки.
# SIP 401 Unauthorized: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-3 = Пока в сети остаются старые телефоны, предлагайте запросы на аутентификацию и с MD5, и с SHA-256, а повторяющиеся неудачные попытки с одного источника блокируйте с помощью fail2ban или модулей `pike` и `htable` в Kamailio.
# SIP 401 Unauthorized: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-4 = Если после перезапуска сервера телефоны зацикливаются на 401, проверьте, не изменился ли секрет для генерации nonce; правильно реализованный клиент восстанавливается после одной повторной попытки со `stale=true`.
# SIP 401 Unauthorized compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-401-vs-407 = Регистратор или вызываемый пользовательский агент запрашивает аутентификацию кодом 401 с `WWW-Authenticate`; прокси на пути запроса — кодом 407 с `Proxy-Authenticate`.
# SIP 401 Unauthorized compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-401-vs-403 = Отправляйте 401, когда действительные учётные данные позволят запросу пройти; отправляйте 403, когда учётные данные не помогут или когда действительные учётные данные отклонены политикой.

## SIP 402 Payment Required

# SIP 402 Payment Required: one-line summary at the top of the explainer (TL;DR).
sip-402-tldr = Провайдер отклоняет вызов по причине, связанной с оплатой, — как правило, из-за нулевого баланса предоплаченного счёта.
# SIP 402 Payment Required: the paragraph under "What it means".
sip-402-meaning = RFC 3261 резервирует 402 для использования в будущем и не определяет для него ни поведения, ни заголовков, ни тела, поэтому любой смысл этого кода задаёт сам провайдер, который его отправляет. На практике его отправляют платформы предоплаченной связи и оптовые (wholesale) платформы, когда на счёте не осталось средств или звонок на направление стоит больше, чем позволяет баланс. Клиентам следует обрабатывать его как окончательную ошибку, как и любой другой 4xx: повтор того же запроса не поможет, пока не изменится состояние счёта. Шлюзы в ТфОП преобразуют его в причину Q.850 номер 21 (call rejected), так что на телефонной стороне причина теряется, и вызывающие абоненты обычно узнают её лишь из голосового объявления или поясняющей фразы.
# SIP 402 Payment Required: common cause 1 of 3, a list item under "Common causes".
sip-402-cause-1 = На предоплаченном счёте вызывающего абонента закончились средства.
# SIP 402 Payment Required: common cause 2 of 3, a list item under "Common causes".
sip-402-cause-2 = Звонок на направление, например на платный или международный номер, стоит больше, чем остаток на счёте или кредитный лимит учётной записи.
# SIP 402 Payment Required: common cause 3 of 3, a list item under "Common causes".
sip-402-cause-3 = Биллинговая система оператора связи приостановила транк оптового клиента из-за неоплаченного счёта.
# SIP 402 Payment Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-402-fix-visitor-1 = Проверьте баланс счёта у своего провайдера, пополните его и позвоните снова.
# SIP 402 Payment Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-1 = Обрабатывайте 402 как окончательный ответ и сообщайте пользователю, что счёт нужно пополнить; не повторяйте попытку и не переключайтесь на другой транк, использующий ту же учётную запись.
# SIP 402 Payment Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-2 = Если вы управляете биллинговой платформой, отдавайте предпочтение стандартному коду, например 403 с понятной поясняющей фразой, или воспроизводите голосовое объявление через ранние медиаданные перед отклонением вызова, поскольку многие телефоны показывают 402 как необъяснимую ошибку.
# SIP 402 Payment Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-3 = Настройте оповещения о 402 в CDR исходящих транков: обычно этот код указывает на проблему с биллингом или предоплатой, а не на неисправность сети.
# SIP 402 Payment Required compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-402-vs-403 = 402 — неофициальный способ сообщить, что отказ связан с оплатой; 403 — стандартный отказ по любой причине, связанной с политикой, и его понимает любой клиент.
# SIP 402 Payment Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-402-vs-401 = Проблему 402 учётными данными не решить; 401 запрашивает учётные данные, и запрос проходит, как только они действительны.

## SIP 403 Forbidden

# SIP 403 Forbidden: one-line summary at the top of the explainer (TL;DR).
sip-403-tldr = Сервер понял ваш запрос, но отказывается его выполнять; повторный ввод пароля этого не изменит.
# SIP 403 Forbidden: the paragraph under "What it means".
sip-403-meaning = 403 — отказ по политике: сервер понимает, что у него просят, но не станет делать этого для данного клиента. Согласно RFC 3261, авторизация не поможет и запрос не следует повторять, поэтому клиент не должен отвечать на него новой попыткой Digest-аутентификации. Обычно его отправляют регистраторы, отказывающиеся создать привязку, которую аутентифицированный пользователь создавать не вправе, прокси, отказывающиеся соединять с направлением, на которое учётной записи звонить запрещено, и серверы, отклоняющие трафик с неизвестного IP-адреса. Поскольку код охватывает множество причин, серверы часто указывают конкретную причину в поясняющей фразе; например, RFC 8224 использует 403 с фразой «Stale Date», когда значение `Date` в подписанном запросе слишком старое.
# SIP 403 Forbidden: common cause 1 of 5, a list item under "Common causes".
sip-403-cause-1 = Учётной записи запрещены вызовы на это направление, например международные или платные номера заблокированы диалпланом или правилом защиты от мошенничества.
# SIP 403 Forbidden: common cause 2 of 5, a list item under "Common causes".
sip-403-cause-2 = Телефон попытался зарегистрировать адрес записи, отличный от того, которому принадлежат его учётные данные, поэтому пользователь в `To` не совпадает с пользователем аутентификации.
# SIP 403 Forbidden: common cause 3 of 5, a list item under "Common causes".
sip-403-cause-3 = IP-адрес источника не входит в список разрешённых адресов провайдера для транка с аутентификацией по IP, или его запрещает список доступа АТС.
# SIP 403 Forbidden: common cause 4 of 5, a list item under "Common causes".
sip-403-cause-4 = Учётная запись приостановлена, или сервер блокирует клиента после многократных неудачных попыток входа, например с помощью fail2ban.
# SIP 403 Forbidden: common cause 5 of 5, a list item under "Common causes".
sip-403-cause-5 = Указанная в `From` личность или номер вызывающего абонента (caller ID) не разрешены для этой учётной записи.
# SIP 403 Forbidden: what the caller (a person using a SIP phone or softphone) can do, item 1 of 2 under "How to fix it (for callers)".
sip-403-fix-visitor-1 = Проверьте, правильно ли набран номер, включая префикс выхода на внешнюю линию, если он нужен, и узнайте у провайдера, разрешены ли вашей учётной записи звонки на это направление.
# SIP 403 Forbidden: what the caller (a person using a SIP phone or softphone) can do, item 2 of 2 under "How to fix it (for callers)".
sip-403-fix-visitor-2 = Если телефон вообще не может зарегистрироваться, проверьте, что имя пользователя и домен в его настройках принадлежат вашей учётной записи.
# SIP 403 Forbidden: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-1 = Сначала прочитайте поясняющую фразу и журнал сервера: Asterisk записывает в журнал отклонённые регистрации и запреты ACL, а в скрипте Kamailio ветвь, отправившая 403, например после неудачного `check_to()`, `check_from()` или `allow_trusted()`, показывает, какое правило сработало.
# SIP 403 Forbidden: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-2 = Для транков с аутентификацией по IP сравните список разрешённых адресов провайдера со своим публичным IP-адресом в том виде, в каком провайдер его видит, с учётом NAT и резервных адресов.
# SIP 403 Forbidden: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-3 = Сравните пользователей в `To` и `From` с пользователем в заголовке `Authorization`; многие регистраторы требуют, чтобы они совпадали.
# SIP 403 Forbidden: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-4 = Отправляя 403, указывайте точную поясняющую фразу и не запрашивайте аутентификацию повторно: клиентам предписано не повторять запрос с учётными данными.
# SIP 403 Forbidden compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-401 = Отправляйте 403, когда действительные учётные данные не изменят решения; отправляйте 401, когда запрос может пройти после аутентификации пользователя.
# SIP 403 Forbidden compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-407 = 403 — отказ, какие бы учётные данные ни были предъявлены; 407 запрашивает учётные данные для прокси, и запрос проходит, как только они действительны.
# SIP 403 Forbidden compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-603 = 403 исходит из политики сервера в отношении этого запроса; 603 исходит от вызываемого абонента, который отклонил вызов.

## SIP 404 Not Found

# SIP 404 Not Found: one-line summary at the top of the explainer (TL;DR).
sip-404-tldr = Набранный вами номер или SIP-адрес не существует на сервере, который получил вызов.
# SIP 404 Not Found: the paragraph under "What it means".
sip-404-meaning = 404 сообщает, что пользователя из Request-URI в этом домене нет или что сервер не отвечает за этот домен. Ответ касается только этого сервера, поэтому RFC 3261 определяет ещё и 604 для более сильного утверждения, что пользователь не существует нигде; разветвляющий прокси считает 404 в одной из ветвей лишь одной неудачей среди прочих и продолжает ждать остальных. Сервер, который знает пользователя, но не может связаться ни с одним из его устройств, должен вместо этого отправить 480, а тот, чей пользователь ушёл навсегда, — 410. Шлюзы преобразуют причину Q.850 номер 1 (unallocated number) в 404, поэтому на транке 404 часто означает, что телефонный номер не выделен.
# SIP 404 Not Found: common cause 1 of 4, a list item under "Common causes".
sip-404-cause-1 = Номер набран с ошибкой или в формате, который сервер не распознаёт, например в национальном формате там, где ожидается E.164 с `+`.
# SIP 404 Not Found: common cause 2 of 4, a list item under "Common causes".
sip-404-cause-2 = В Request-URI указан IP-адрес или домен, который сервер не считает своим, поэтому он даже не ищет пользователя.
# SIP 404 Not Found: common cause 3 of 4, a list item under "Common causes".
sip-404-cause-3 = Конечная точка PJSIP в Asterisk направляет вызовы в контекст диалплана, в котором нет подходящего extension.
# SIP 404 Not Found: common cause 4 of 4, a list item under "Common causes".
sip-404-cause-4 = Номер не выделен в телефонной сети, и оконечный шлюз сообщает причину Q.850 номер 1.
# SIP 404 Not Found: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-404-fix-visitor-1 = Проверьте номер или адрес и наберите его снова — если сомневаетесь, в полном международном формате.
# SIP 404 Not Found: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-1 = Проверьте, в какой контекст и extension попал вызов: в Asterisk `pjsip show endpoint` показывает контекст, а `dialplan show` — его содержимое.
# SIP 404 Not Found: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-2 = Убедитесь, что сервер распознаёт все свои домены и IP-адреса: `alias` и `is_myself()` в Kamailio, домены в каталоге (directory) FreeSWITCH, объекты `domain_alias` в Asterisk.
# SIP 404 Not Found: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-3 = Приводите набранные номера к единому формату, например E.164, на границе сети, до поиска маршрута.
# SIP 404 Not Found: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-4 = Не используйте 404 для известных пользователей, которые не в сети: отвечайте 480, чтобы вызывающие стороны знали, что стоит попробовать позже.
# SIP 404 Not Found compared with SIP 604 Does Not Exist Anywhere: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-604 = Отправляйте 404, когда пользователь неизвестен вашему серверу; отправляйте 604, только если вы достоверно знаете, что пользователь не существует нигде.
# SIP 404 Not Found compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-410 = 404 ничего не говорит о прошлом; 410 сообщает, что пользователь когда-то был здесь, но ушёл навсегда.
# SIP 404 Not Found compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-484 = Возвращайте 404, когда полный адрес неизвестен; возвращайте 484, когда адрес — начало действительного адреса и нужны дополнительные цифры.

## SIP 405 Method Not Allowed

# SIP 405 Method Not Allowed: one-line summary at the top of the explainer (TL;DR).
sip-405-tldr = Сервер понимает тип отправленного вами запроса, но не принимает его для этого адреса.
# SIP 405 Method Not Allowed: the paragraph under "What it means".
sip-405-meaning = Ответ 405 сообщает клиенту, что метод понятен, но для Request-URI не разрешён, например `MESSAGE` для устройства, не принимающего мгновенные сообщения, или `SUBSCRIBE` для пользователя, присутствие которого не публикуется. Ответ должен содержать заголовок `Allow` со списком принимаемых методов, и клиенту следует по нему выбрать другой способ, а не повторять попытку. На метод, который серверу вообще неизвестен, отвечают 501. Клиенты могут избежать 405, проверяя перед использованием необязательных методов заголовок `Allow` в ответе 200 на `OPTIONS` или в сообщениях, которыми уже обменялись в диалоге.
# SIP 405 Method Not Allowed: common cause 1 of 4, a list item under "Common causes".
sip-405-cause-1 = Софтфон отправил `MESSAGE` или `SUBSCRIBE` на АТС или транк, где мгновенные сообщения или присутствие отключены.
# SIP 405 Method Not Allowed: common cause 2 of 4, a list item under "Common causes".
sip-405-cause-2 = `REFER` для перевода вызова пришёл на устройство или транк, где перевод вызовов отключён.
# SIP 405 Method Not Allowed: common cause 3 of 4, a list item under "Common causes".
sip-405-cause-3 = `PUBLISH` пришёл на сервер, который знает этот метод, но принимает его только для определённых пользователей или пакетов событий.
# SIP 405 Method Not Allowed: common cause 4 of 4, a list item under "Common causes".
sip-405-cause-4 = `INVITE` отправлен на URI, обозначающий ресурс присутствия или почтовый ящик, а не конечную точку, которой можно позвонить.
# SIP 405 Method Not Allowed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-405-fix-visitor-1 = Воспользуйтесь для этого контакта другой функцией, например позвоните вместо отправки сообщения в чат: другая сторона не принимает такие запросы.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-1 = Прочитайте заголовок `Allow` и переходите на запасной вариант: используйте re-`INVITE`, если нет `UPDATE`, или откажитесь от отслеживания состояния линии, если нет `SUBSCRIBE`.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-2 = Выясняйте возможности с помощью `OPTIONS`, например `sipsak -s sip:user@host`, и кешируйте список `Allow` для каждого узла.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-3 = Отправляя 405, перечисляйте в `Allow` все методы, которые этот URI принимает; без `Allow` клиенту не к чему приспособиться.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-4 = В Asterisk проверьте параметры конечной точки PJSIP, отключающие методы, например `allow_subscribe` и `allow_transfer`.
# SIP 405 Method Not Allowed compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-501 = Отправляйте 405, когда вы знаете метод, но здесь его не разрешаете; отправляйте 501, когда метод вообще не реализован.
# SIP 405 Method Not Allowed compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-415 = 405 отклоняет метод запроса; 415 принимает метод, но не формат его тела.
# SIP 405 Method Not Allowed compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-489 = 405 отклоняет сам `SUBSCRIBE` для этого адреса; 489 принимает `SUBSCRIBE`, но не указанный в нём пакет событий.

## SIP 406 Not Acceptable

# SIP 406 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
sip-406-tldr = Сервер не может сформировать ответ ни в одном из форматов, которые, согласно вашему запросу, вы принимаете.
# SIP 406 Not Acceptable: the paragraph under "What it means".
sip-406-meaning = Ответ 406 означает, что ресурс существует, но может формировать содержимое только в форматах, исключённых заголовком `Accept` запроса либо `Accept-Encoding` или `Accept-Language`. В SIP он встречается в основном с `SUBSCRIBE`: подписчик перечисляет типы тел, которые умеет читать, например `application/pidf+xml` для присутствия или `application/dialog-info+xml` для индикации занятости линий (BLF), а уведомитель, способный сформировать только другой формат, отказывает с кодом 406. Клиент может отправить запрос повторно с более широким списком `Accept`. Код касается того, что сервер отправил бы в ответ; формату того, что отправил клиент, посвящён 415, а неприемлемому описанию сеанса — 488 или 606.
# SIP 406 Not Acceptable: common cause 1 of 3, a list item under "Common causes".
sip-406-cause-1 = Подписчик на присутствие принимает только `application/pidf+xml`, а сервер может сформировать лишь более старый формат, например `application/xpidf+xml`.
# SIP 406 Not Acceptable: common cause 2 of 3, a list item under "Common causes".
sip-406-cause-2 = В `SUBSCRIBE` на событие `dialog` для индикации занятости (BLF) указан в `Accept` тип, который АТС не формирует.
# SIP 406 Not Acceptable: common cause 3 of 3, a list item under "Common causes".
sip-406-cause-3 = В подписке на список ресурсов в `Accept` не указаны `multipart/related` или `application/rlmi+xml`, поэтому сервер не может передать список.
# SIP 406 Not Acceptable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-406-fix-visitor-1 = Во время вызова вы ничего не можете изменить; если статус контакта так и не отображается, обновите ПО телефона или сообщите администратору.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-1 = Сравните заголовок `Accept` подписчика с форматами, которые поддерживает ваш уведомитель, и добавьте недостающий тип в профиль телефона или включите его на сервере.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-2 = Если в `SUBSCRIBE` нет заголовка `Accept`, используйте формат пакета событий по умолчанию (например, `application/pidf+xml` для присутствия), а не возвращайте 406.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-3 = Записывайте отклонённое значение `Accept` в журнал уведомителя, чтобы ошибки в настройке оборудования быстро обнаруживались.
# SIP 406 Not Acceptable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-415 = 406 касается формата ответа, который получил бы клиент; 415 касается формата тела, отправленного клиентом.
# SIP 406 Not Acceptable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-488 = Используйте 406 для форматов состояния событий или содержимого, указанных в `Accept`; используйте 488 для SDP-предложения, которое это устройство не может принять.
# SIP 406 Not Acceptable compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-606 = 406 касается форматов содержимого, перечисленных в `Accept`; 606 отклоняет описание сеанса, где бы ни находился пользователь.

## SIP 407 Proxy Authentication Required

# SIP 407 Proxy Authentication Required: one-line summary at the top of the explainer (TL;DR).
sip-407-tldr = Прокси на пути следования запроса требует ваши учётные данные SIP, прежде чем переслать вызов дальше.
# SIP 407 Proxy Authentication Required: the paragraph under "What it means".
sip-407-meaning = 407 — вариант 401 для прокси: прокси, которому нужно аутентифицировать вызывающую сторону, отвечает с одним или несколькими запросами на аутентификацию в `Proxy-Authenticate`, и клиент повторно отправляет запрос с заголовком `Proxy-Authorization`, вычисленным для этого realm, сохраняя `Call-ID` и увеличивая `CSeq`. Исходящие прокси провайдеров обычно запрашивают аутентификацию для каждого нового `INVITE`, а когда запрос проходит через несколько прокси или разветвляется, клиент может получить сразу несколько запросов на аутентификацию и должен ответить на все. Как и любой окончательный ответ на `INVITE`, отличный от 2xx, 407 подтверждается запросом `ACK` в той же транзакции до повторной попытки. Прокси, проверивший учётные данные для своего realm, может удалить их перед пересылкой, чтобы они не передавались дальше.
# SIP 407 Proxy Authentication Required: common cause 1 of 4, a list item under "Common causes".
sip-407-cause-1 = Исходящий прокси провайдера запрашивает аутентификацию для каждого нового `INVITE`, а первая попытка, как это обычно делают телефоны, была отправлена без учётных данных.
# SIP 407 Proxy Authentication Required: common cause 2 of 4, a list item under "Common causes".
sip-407-cause-2 = Учётные данные в повторной попытке неверны, поэтому прокси снова отвечает 407 вместо того, чтобы переслать вызов.
# SIP 407 Proxy Authentication Required: common cause 3 of 4, a list item under "Common causes".
sip-407-cause-3 = Вызов прошёл через два прокси с разными realm, а клиент ответил только на один из запросов на аутентификацию.
# SIP 407 Proxy Authentication Required: common cause 4 of 4, a list item under "Common causes".
sip-407-cause-4 = Телефон не проходит аутентификацию для запросов внутри диалога, таких как `BYE` или re-`INVITE`, для которых некоторые прокси тоже её запрашивают.
# SIP 407 Proxy Authentication Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-407-fix-visitor-1 = Если вызовы не проходят сразу после набора номера, заново введите пароль SIP в настройках телефона: прокси провайдера его не принял.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-1 = В Kamailio запрашивайте аутентификацию с помощью `proxy_challenge()`, проверяйте её с помощью `proxy_authorize()` и удаляйте проверенный заголовок с помощью `consume_credentials()` перед пересылкой.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-2 = Добейтесь, чтобы клиент отвечал на все realm из `Proxy-Authenticate` в одной повторной попытке и использовал nonce для последующих запросов лишь до тех пор, пока прокси его принимает.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-3 = Если телефоны зацикливаются на 407, сравните realm в запросе на аутентификацию с учётными данными, настроенными в телефоне, и найдите в журнале прокси причину их отклонения.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-4 = Никогда не запрашивайте аутентификацию для `ACK` или `CANCEL`: ни один из них нельзя отправить повторно с учётными данными.
# SIP 407 Proxy Authentication Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-401 = Прокси запрашивает аутентификацию кодом 407 с `Proxy-Authenticate`; регистратор или вызываемый пользовательский агент — кодом 401 с `WWW-Authenticate`.
# SIP 407 Proxy Authentication Required compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-403 = Отправляйте 407, когда прокси нужны учётные данные, которые он ещё не проверил; отправляйте 403, когда вызывающая сторона известна, но всё равно не имеет разрешения.
# SIP 407 Proxy Authentication Required compared with SIP 305 Use Proxy: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-305 = 407 просит вызывающую сторону пройти аутентификацию на прокси, через который она уже идёт; 305 предписывает ей идти через другой прокси.

## SIP 408 Request Timeout

# SIP 408 Request Timeout: one-line summary at the top of the explainer (TL;DR).
sip-408-tldr = Окончательный ответ вовремя не пришёл, поэтому от вызова или запроса отказались.
# SIP 408 Request Timeout: the paragraph under "What it means".
sip-408-meaning = В SIP код 408 касается серверной стороны обмена: окончательный ответ не удалось получить за разумное время, например потому что поиск пользователя занял слишком много времени или следующий узел так и не ответил. Этот код также формируется локально: когда таймер B клиентской транзакции `INVITE` или таймер F транзакции, отличной от `INVITE`, истекает (64*T1, то есть 32 секунды при значениях таймеров по умолчанию), а окончательного ответа нет, уровень транзакций сообщает своему пользователю о 408. Прокси также завершают кодом 408 вызовы, которые звонят слишком долго, предварительно отменив нижестоящие ветви по истечении своего таймера C или таймера неответа. RFC 4320 запрещает отправлять 408 в ответ на запрос, отличный от `INVITE`, поскольку он пришёл бы лишь тогда, когда клиент и так уже прекратил ожидание по тайм-ауту. В отличие от HTTP 408, он ничего не говорит о медленном клиенте, и тот же запрос можно повторить позже.
# SIP 408 Request Timeout: common cause 1 of 5, a list item under "Common causes".
sip-408-cause-1 = Зарегистрированный контакт вызываемого абонента недоступен — часто потому, что истекла привязка NAT между прокси и телефоном, — поэтому `INVITE` так и не доходит и срабатывает таймер прокси.
# SIP 408 Request Timeout: common cause 2 of 5, a list item under "Common causes".
sip-408-cause-2 = Межсетевой экран или SIP ALG пропускает SIP по UDP только в одном направлении, поэтому запросы уходят, а ответы так и не возвращаются.
# SIP 408 Request Timeout: common cause 3 of 5, a list item under "Common causes".
sip-408-cause-3 = Телефон звонил, пока не истёк таймер неответа прокси (`fr_inv_timer` в Kamailio, по умолчанию 120 секунд), и никто не снял трубку.
# SIP 408 Request Timeout: common cause 4 of 5, a list item under "Common causes".
sip-408-cause-4 = Следующий узел, например транк оператора связи или шлюз в ТфОП, не прислал даже 100, поэтому истёк `fr_timer` прокси.
# SIP 408 Request Timeout: common cause 5 of 5, a list item under "Common causes".
sip-408-cause-5 = Шлюз в ТфОП получил причину Q.850 номер 18 (no user responding) и преобразовал её в 408.
# SIP 408 Request Timeout: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-408-fix-visitor-1 = Позвоните позже; если ваши вызовы постоянно завершаются по тайм-ауту, перезапустите телефон или маршрутизатор, чтобы он заново подключился к провайдеру.
# SIP 408 Request Timeout: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-1 = Найдите узел, который промолчал: проследите обмен с помощью `sngrep` на прокси и найдите `INVITE`, пересланный дальше, в ответ на который не пришёл 100.
# SIP 408 Request Timeout: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-2 = Поддерживайте привязки NAT со стороны телефона с помощью keepalive-сообщений (CRLF или `OPTIONS` каждые 20–30 секунд либо SIP Outbound) или используйте TCP или TLS, чтобы прокси мог связаться с телефоном.
# SIP 408 Request Timeout: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-3 = Настраивайте таймеры осознанно: `fr_timer` и `fr_inv_timer` в Kamailio (или для отдельного вызова с помощью `t_set_fr()`), `qualify_frequency` в Asterisk, чтобы рано обнаруживать нерабочие контакты, и увеличенный T1 только на каналах с большой задержкой.
# SIP 408 Request Timeout: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-4 = Никогда не отправляйте 408 в ответ на запрос, отличный от `INVITE`; пусть вместо этого истечёт собственный таймер F клиента.
# SIP 408 Request Timeout compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-504 = Отправляйте 408, когда сам сервер не смог вовремя получить окончательный ответ — как правило, от вызываемого абонента; отправляйте 504, когда истекло время ожидания ответа от сервера, от которого он зависит, например от другой сети или службы определения местоположения.
# SIP 408 Request Timeout compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-480 = 408 означает, что никто не ответил вовремя или до адресата не удалось достучаться; 480 означает, что сервер знает о недоступности вызываемого абонента и сразу об этом сообщает.
# SIP 408 Request Timeout compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-487 = 408 завершает запрос, потому что истёк таймер; 487 — потому что кто-то его отменил.

## SIP 410 Gone

# SIP 410 Gone: one-line summary at the top of the explainer (TL;DR).
sip-410-tldr = С вызываемым абонентом раньше можно было связаться здесь, но он ушёл, а новый адрес неизвестен.
# SIP 410 Gone: the paragraph under "What it means".
sip-410-meaning = 410 сообщает, что Request-URI когда-то принадлежал пользователю этого сервера, который ушёл навсегда, не оставив адреса для переадресации. Он говорит вызывающим сторонам и прокси, кеширующим данные маршрутизации, что этим адресом следует перестать пользоваться, а не пробовать его позже. Если сервер знает, куда ушёл пользователь, ему следует вместо этого ответить 301 с новым `Contact`; если же неизвестно, постоянное ли это состояние, безопаснее ответить 404. Шлюзы преобразуют причину Q.850 номер 22 (number changed) в 410, поэтому на транках из ТфОП он часто означает, что номер изменился, а сеть новый номер не сообщает.
# SIP 410 Gone: common cause 1 of 3, a list item under "Common causes".
sip-410-cause-1 = Внутренний номер или учётная запись SIP сотрудника удалены после его ухода из организации.
# SIP 410 Gone: common cause 2 of 3, a list item under "Common causes".
sip-410-cause-2 = Телефонный номер изменён или отозван, и телефонная сеть возвращает причину Q.850 номер 22 без нового номера.
# SIP 410 Gone: common cause 3 of 3, a list item under "Common causes".
sip-410-cause-3 = Служебный адрес, например URI упразднённой группы поиска или конференц-моста, намеренно выведен из эксплуатации.
# SIP 410 Gone: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-410-fix-visitor-1 = Удалите или обновите этот контакт: адрес больше не заработает, поэтому узнайте новый номер человека другим способом.
# SIP 410 Gone: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-1 = Ведите список удалённых учётных записей и какое-то время отвечайте на них кодом 410, чтобы вызывающие стороны и синхронизация адресных книг узнали, что адрес больше не действует.
# SIP 410 Gone: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-2 = Если новый адрес существует, вместо этого ответьте 301 с ним или воспроизведите информационное объявление через ранние медиаданные перед отклонением вызова.
# SIP 410 Gone: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-3 = На вызывающей стороне помечайте контакт как недействительный после 410 и не повторяйте попытку автоматически.
# SIP 410 Gone compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-404 = Отправляйте 410, когда знаете, что пользователь существовал и ушёл навсегда; отправляйте 404, когда пользователь вам неизвестен или неясно, навсегда ли он пропал.
# SIP 410 Gone compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-301 = 410 сообщает, что пользователь ушёл и нового адреса нет; 301 сообщает новый адрес.
# SIP 410 Gone compared with SIP 604 Does Not Exist Anywhere: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-604 = 410 говорит от имени этого сервера, где пользователь когда-то был; 604 утверждает, что пользователь не существует вообще нигде.

## SIP 412 Conditional Request Failed

# SIP 412 Conditional Request Failed: one-line summary at the top of the explainer (TL;DR).
sip-412-tldr = На сервере присутствия больше нет статуса, который пыталось обновить ваше устройство, поэтому оно должно опубликовать его заново с нуля.
# SIP 412 Conditional Request Failed: the paragraph under "What it means".
sip-412-meaning = RFC 3903 позволяет публикующей стороне создать состояние события начальным `PUBLISH`, а затем обновлять, изменять или удалять его последующими запросами `PUBLISH`, указывая тег сущности, полученный в `SIP-ETag`, в заголовке `SIP-If-Match`. Если у компоновщика состояния событий, например сервера присутствия, нет публикации с этим тегом — потому что срок её действия истёк, она была удалена или потеряна при перезапуске, — он отвечает 412. Тогда публикующая сторона должна отправить новый начальный `PUBLISH` с полным состоянием в теле и без `SIP-If-Match` и сохранить тег, возвращённый в ответе 200. Каждый успешный `PUBLISH` возвращает новый тег сущности, поэтому более старый тег не подходит, даже если сама публикация ещё существует.
# SIP 412 Conditional Request Failed: common cause 1 of 4, a list item under "Common causes".
sip-412-cause-1 = Телефон отправил `PUBLISH` для обновления публикации уже после того, как истёк её срок `Expires`, например после того как устройство уснуло или потеряло сеть.
# SIP 412 Conditional Request Failed: common cause 2 of 4, a list item under "Common causes".
sip-412-cause-2 = Сервер присутствия перезапустился, а публикации хранил только в памяти, поэтому все выданные им теги сущностей были потеряны.
# SIP 412 Conditional Request Failed: common cause 3 of 4, a list item under "Common causes".
sip-412-cause-3 = Балансировщик нагрузки отправил обновление на другой сервер присутствия, который не разделяет состояние публикаций с первым.
# SIP 412 Conditional Request Failed: common cause 4 of 4, a list item under "Common causes".
sip-412-cause-4 = Клиент повторно использовал более старый тег сущности вместо того, который вернул последний ответ 200 на `PUBLISH`.
# SIP 412 Conditional Request Failed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-412-fix-visitor-1 = Ничего: телефон сам заново публикует ваш статус; если другие видят у вас неправильный статус, смените его один раз или перезапустите приложение.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-1 = Получив 412, удалите сохранённый тег сущности, отправьте начальный `PUBLISH` с полным состоянием и сохраните `SIP-ETag` из ответа 200 на него.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-2 = Обновляйте публикации заблаговременно, задолго до истечения их срока, и всегда заменяйте сохранённый тег тегом из последнего ответа 200.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-3 = Сделайте состояние публикаций общим для всех серверов, например направив модуль `presence` каждого экземпляра Kamailio на одну и ту же базу данных с помощью `db_url` и настроив `publ_cache`, либо закрепите каждую сущность присутствия (presentity) за одним сервером.
# SIP 412 Conditional Request Failed compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-204 = 412 означает, что условный `PUBLISH` не прошёл и нужно отправить полное состояние; 204 означает, что условный `SUBSCRIBE` совпал и ничего отправлять не нужно.
# SIP 412 Conditional Request Failed compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-423 = 412 отклоняет обновление с неизвестным тегом сущности; 423 отклоняет запрос со слишком коротким запрошенным сроком действия.
# SIP 412 Conditional Request Failed compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-481 = 412 касается публикации, которой у сервера больше нет; 481 касается диалога или транзакции, которых у него больше нет.

## SIP 413 Request Entity Too Large

# SIP 413 Request Entity Too Large: one-line summary at the top of the explainer (TL;DR).
sip-413-tldr = Содержимое вашего запроса, например текстовое сообщение или описание сеанса, больше, чем принимает сервер.
# SIP 413 Request Entity Too Large: the paragraph under "What it means".
sip-413-meaning = SIP не задаёт максимального размера тела, поэтому ограничение, из-за которого приходит 413, определяется собственной политикой сервера или размером его буфера. Если ограничение временное, сервер добавляет `Retry-After`; в противном случае клиенту придётся отправить меньше данных, а сервер может закрыть соединение TCP или TLS, не дочитывая остальное. Классический повод — мгновенные сообщения: RFC 3428 ограничивает `MESSAGE`, отправленный вне сеанса, 1300 байтами, если не известно, что на пути действует контроль перегрузки, а более объёмное содержимое следует передавать в сеансе MSRP (RFC 4975). 413 касается только тела; если слишком велико сообщение целиком, серверы отправляют 513.
# SIP 413 Request Entity Too Large: common cause 1 of 3, a list item under "Common causes".
sip-413-cause-1 = `MESSAGE` содержит длинный текст, изображение или файл прямо в теле, вместо того чтобы использовать MSRP или ссылку на содержимое.
# SIP 413 Request Entity Too Large: common cause 2 of 3, a list item under "Common causes".
sip-413-cause-2 = `INVITE` содержит очень большое тело, например SDP с множеством кодеков, видеопотоков и десятками кандидатов ICE, а также части ISUP и местоположения в составном (multipart) теле.
# SIP 413 Request Entity Too Large: common cause 3 of 3, a list item under "Common causes".
sip-413-cause-3 = `PUBLISH` с объёмным документом присутствия, полным кортежей (tuple) и встроенных изображений, превышает ограничение сервера присутствия на размер тела.
# SIP 413 Request Entity Too Large: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-413-fix-visitor-1 = Отправьте сообщение покороче или передайте крупное содержимое, например фотографии, другим способом: в таком виде сервер его не примет.
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-1 = Вынесите крупное содержимое из запроса: используйте MSRP для чата и передачи файлов или ссылайтесь на содержимое по URL с помощью косвенной передачи содержимого (content indirection, RFC 4483).
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-2 = Сократите SDP: предлагайте только нужные кодеки и ограничьте число кандидатов ICE на шлюзах WebRTC.
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-3 = Если ограничение сервера слишком мало для легитимного трафика, увеличьте его и добавляйте `Retry-After`, когда отказ лишь временный.
# SIP 413 Request Entity Too Large compared with SIP 513 Message Too Large: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-513 = Отправляйте 413, когда слишком велико тело; отправляйте 513, когда всё сообщение вместе с заголовками больше, чем вы можете обработать.
# SIP 413 Request Entity Too Large compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-414 = 413 касается размера тела; 414 — длины Request-URI.
# SIP 413 Request Entity Too Large compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-415 = 413 отклоняет тело из-за его размера; 415 — из-за его формата, кодировки или языка.

## SIP 414 Request-URI Too Long

# SIP 414 Request-URI Too Long: one-line summary at the top of the explainer (TL;DR).
sip-414-tldr = Набранный вами SIP-адрес слишком длинный, чтобы сервер его принял.
# SIP 414 Request-URI Too Long: the paragraph under "What it means".
sip-414-meaning = 414 отклоняет запрос, Request-URI которого длиннее, чем сервер готов разбирать. SIP URI могут становиться длинными из-за параметров, например `user=phone`, `transport` или `gr`, и из-за встроенных заголовков после `?`, которые некоторые приложения используют для передачи данных, например `Replaces` или собственных токенов. Исправлять нужно на стороне отправителя: сократить URI, убрав ненужные параметры или перенеся данные в настоящие заголовки, и отправить запрос снова. Серверы используют это ограничение и для защиты от слишком больших входных данных, и для того, чтобы останавливать неправильно построенные URI, например такие, к которым в цикле дописывается одно и то же значение.
# SIP 414 Request-URI Too Long: common cause 1 of 3, a list item under "Common causes".
sip-414-cause-1 = Интеграция click-to-call или с CRM строит Request-URI с длинными встроенными заголовками или параметрами отслеживания.
# SIP 414 Request-URI Too Long: common cause 2 of 3, a list item under "Common causes".
sip-414-cause-2 = Диалплан или B2BUA при каждом переводе вызова или повторной попытке снова дописывает тот же префикс или параметр, и URI продолжает расти.
# SIP 414 Request-URI Too Long: common cause 3 of 3, a list item under "Common causes".
sip-414-cause-3 = Сканер или фаззер отправляет слишком длинный URI, чтобы прощупать парсер сервера.
# SIP 414 Request-URI Too Long: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-414-fix-visitor-1 = Проверьте, нет ли лишних символов во введённом адресе или номере, или наберите его вручную, а не по ссылке.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-1 = Запишите в журнал полный Request-URI и выясните, что делает его длинным; перенесите данные в заголовки или тело и оставьте только те параметры URI, которые нужны для маршрутизации.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-2 = Проверьте B2BUA и диалпланы, переписывающие URI, на предмет префиксов или параметров, которые добавляются заново при каждом проходе.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-3 = Сохраните ограничение длины URI ради безопасности, но задайте его достаточно большим для легитимных GRUU и номеров `tel` с параметрами.
# SIP 414 Request-URI Too Long compared with SIP 413 Request Entity Too Large: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-413 = 414 касается только Request-URI; 413 — размера тела.
# SIP 414 Request-URI Too Long compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-416 = 414 отклоняет URI из-за его длины; 416 — из-за его схемы.
# SIP 414 Request-URI Too Long compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-400 = Отправляйте 414, когда URI составлен правильно, но слишком длинный; отправляйте 400, когда он некорректен.

## SIP 415 Unsupported Media Type

# SIP 415 Unsupported Media Type: one-line summary at the top of the explainer (TL;DR).
sip-415-tldr = Сервер не может обработать формат отправленного вами содержимого, например тип описания сеанса.
# SIP 415 Unsupported Media Type: the paragraph under "What it means".
sip-415-meaning = 415 касается того, что отправил клиент: тела, тип медиаданных, кодировку содержимого или язык которого сервер не может обработать. Ответ сообщает клиенту, что подойдёт: `Accept` перечисляет допустимые типы медиаданных, `Accept-Encoding` — допустимые кодировки, а `Accept-Language` — допустимые языки, в зависимости от того, что именно не подошло. Клиенту следует повторно отправить запрос с подходящим телом или без неподдерживаемой части. Для `INVITE` обычно ожидается тело `application/sdp`, поэтому 415 в ответ на него часто означает, что составное тело, например SDP вместе с ISUP или объектом местоположения, попало к пользовательскому агенту, который читает только простой SDP.
# SIP 415 Unsupported Media Type: common cause 1 of 4, a list item under "Common causes".
sip-415-cause-1 = Транк SIP-I или SIP-T отправляет тела `multipart/mixed` с вложенным ISUP, а принимающий телефон или АТС принимает только `application/sdp`.
# SIP 415 Unsupported Media Type: common cause 2 of 4, a list item under "Common causes".
sip-415-cause-2 = Клиент сжимает тело с `Content-Encoding: gzip`, чего получатель не поддерживает.
# SIP 415 Unsupported Media Type: common cause 3 of 4, a list item under "Common causes".
sip-415-cause-3 = `MESSAGE` приходит как `message/cpim` или `text/html`, а устройство принимает только `text/plain`.
# SIP 415 Unsupported Media Type: common cause 4 of 4, a list item under "Common causes".
sip-415-cause-4 = `INFO` или `NOTIFY` содержит XML-тип, который получатель никогда не указывал в `Accept`.
# SIP 415 Unsupported Media Type: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-415-fix-visitor-1 = Ничто в вашем телефоне этого не изменит; если проблема повторяется, сообщите о неудачном вызове провайдеру или администратору.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-1 = Прочитайте `Accept`, `Accept-Encoding` и `Accept-Language` в ответе 415 и повторно отправьте запрос с телом, которое им соответствует.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-2 = Удаляйте части, отличные от SDP, прежде чем вызовы дойдут до конечных точек, например с помощью `filter_body("application/sdp")` из модуля `textops` в Kamailio.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-3 = Отправляя 415, всегда добавляйте `Accept`, а где нужно — и другие заголовки `Accept-*`, чтобы клиент мог приспособиться.
# SIP 415 Unsupported Media Type compared with SIP 406 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-406 = 415 касается тела, которое отправил клиент; 406 — тела, которое сервер должен был бы отправить в ответ.
# SIP 415 Unsupported Media Type compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-488 = 415 отклоняет сам тип тела; 488 понимает SDP, но не может принять описанный в нём сеанс.
# SIP 415 Unsupported Media Type compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-400 = Отправляйте 415 для правильно составленного тела в неподдерживаемом формате; отправляйте 400, когда сообщение невозможно разобрать.

## SIP 416 Unsupported URI Scheme

# SIP 416 Unsupported URI Scheme: one-line summary at the top of the explainer (TL;DR).
sip-416-tldr = Сервер не обрабатывает адреса того типа, по которому вы звоните, например адреса `tel:` или `sips:`.
# SIP 416 Unsupported URI Scheme: the paragraph under "What it means".
sip-416-meaning = 416 отклоняет запрос, потому что сервер не понимает схему Request-URI. SIP-серверы обязаны обрабатывать `sip`, и большинство обрабатывает также `sips` и `tel`, но этот код могут вызвать такие URI, как `im:`, `pres:`, `mailto:` или `urn:service:sos`, а также `tel:`, отправленный на сервер, который маршрутизирует только `sip`. Клиенту следует повторить попытку с URI в схеме, которую сервер поддерживает, например превратив `tel:+15551234567` в `sip:+15551234567@provider.example;user=phone`. Сервер, который не может обеспечить TLS до адресата, тоже может использовать 416, чтобы отклонить URI `sips`, а не понижать защищённость вызова.
# SIP 416 Unsupported URI Scheme: common cause 1 of 4, a list item under "Common causes".
sip-416-cause-1 = Телефон отправил URI `tel:` на сервер, который маршрутизирует только URI `sip:`.
# SIP 416 Unsupported URI Scheme: common cause 2 of 4, a list item under "Common causes".
sip-416-cause-2 = Вызов `sips:` попал на сервер или транк без TLS, который не может сохранить защищённость вызова.
# SIP 416 Unsupported URI Scheme: common cause 3 of 4, a list item under "Common causes".
sip-416-cause-3 = Веб-интеграция или интеграция с CRM передала ссылку со схемой `callto:` или похожей прямо в Request-URI.
# SIP 416 Unsupported URI Scheme: common cause 4 of 4, a list item under "Common causes".
sip-416-cause-4 = Экстренный вызов, адресованный `urn:service:sos`, попал на сервер, не настроенный на URN экстренных служб.
# SIP 416 Unsupported URI Scheme: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-416-fix-visitor-1 = Наберите номер просто цифрами, а не по ссылке, и удалите любой введённый вами префикс, например `tel:`.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-1 = Нормализуйте Request-URI на границе сети: преобразуйте `tel:` в URI `sip:` с `user=phone` и отклоняйте неизвестные схемы как можно раньше с понятной поясняющей фразой.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-2 = Если вы принимаете `sips:`, сначала настройте TLS на каждом участке пути, например транспорт PJSIP в Asterisk с `protocol=tls` или Kamailio с `enable_tls`.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-3 = Проверьте URI, который строит код click-to-call: до SIP-сервера должны доходить только `sip`, `sips` и `tel`.
# SIP 416 Unsupported URI Scheme compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-400 = Отправляйте 416, когда не поддерживается только схема Request-URI; отправляйте 400 при других синтаксических ошибках.
# SIP 416 Unsupported URI Scheme compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-414 = 416 касается схемы URI; 414 — его длины.
# SIP 416 Unsupported URI Scheme compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-404 = 416 означает, что сервер вообще не может обработать адрес такого типа; 404 — что такие адреса он обрабатывает, но пользователь не существует.

## SIP 417 Unknown Resource-Priority

# SIP 417 Unknown Resource-Priority: one-line summary at the top of the explainer (TL;DR).
sip-417-tldr = Ваш вызов запросил приоритетное обслуживание со значением приоритета, которое сервер не распознаёт.
# SIP 417 Unknown Resource-Priority: the paragraph under "What it means".
sip-417-meaning = RFC 4412 позволяет запросу претендовать на приоритетное обслуживание с помощью заголовка `Resource-Priority`, значения которого — пары «пространство имён.приоритет», например `ets.0` или `wps.2` для государственных служб экстренного реагирования США или `dsn.flash` для военных сетей. Если запрос также содержит `Require: resource-priority`, а сервер не понимает ни одного из значений, он отвечает 417 и перечисляет принимаемые значения в `Accept-Resource-Priority`. Без этого `Require` сервер, не понимающий заголовок, просто игнорирует его и обслуживает вызов с обычным приоритетом. Клиент может повторить попытку с одним из принимаемых значений или не требуя расширения.
# SIP 417 Unknown Resource-Priority: common cause 1 of 3, a list item under "Common causes".
sip-417-cause-1 = Клиент использует пространство имён, которое в сети не включено, например значения `dsn` в сети, поддерживающей только `ets` и `wps`.
# SIP 417 Unknown Resource-Priority: common cause 2 of 3, a list item under "Common causes".
sip-417-cause-2 = Значение приоритета написано с ошибкой или выходит за допустимый для его пространства имён диапазон, например `ets.5` там, где существуют только значения от `ets.0` до `ets.4`.
# SIP 417 Unknown Resource-Priority: common cause 3 of 3, a list item under "Common causes".
sip-417-cause-3 = Шлюз между двумя сетями приоритетного обслуживания не преобразует их пространства имён.
# SIP 417 Unknown Resource-Priority: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-417-fix-visitor-1 = Если вы совершаете приоритетные вызовы через государственную или военную службу, сообщите о сбое в её службу поддержки; обычные абоненты этот код никогда не видят.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-1 = Сравните отправленный `Resource-Priority` со списком `Accept-Resource-Priority` и настройте клиент на поддерживаемые пространство имён и значение.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-2 = Настройте одинаковые пространства имён на всех прокси на пути следования запроса или преобразуйте их на границах сетей.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-3 = Добавляйте `Require: resource-priority` только тогда, когда без приоритетного обслуживания вызов должен завершиться ошибкой; в остальных случаях позвольте серверам игнорировать заголовок.
# SIP 417 Unknown Resource-Priority compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-420 = 417 означает, что сервер поддерживает приоритет ресурсов, но не отправленные значения; 420 — что расширение `resource-priority` он не поддерживает вовсе.
# SIP 417 Unknown Resource-Priority compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-421 = 417 отклоняет неизвестные серверу значения приоритета; 421 просит клиента добавить расширение, которое требует сервер.
# SIP 417 Unknown Resource-Priority compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-400 = Отправляйте 417 для корректного заголовка `Resource-Priority` с неизвестными значениями; отправляйте 400, если заголовок некорректен.

## SIP 420 Bad Extension

# SIP 420 Bad Extension: one-line summary at the top of the explainer (TL;DR).
sip-420-tldr = Ваш запрос потребовал расширение SIP, которое сервер не поддерживает.
# SIP 420 Bad Extension: the paragraph under "What it means".
sip-420-meaning = Клиент может сделать расширения SIP обязательными, перечислив их теги опций в `Require` для UAS или в `Proxy-Require` для прокси; сервер, который не поддерживает одно из них, не должен обрабатывать запрос и отвечает 420, перечисляя неподдерживаемые теги в заголовке `Unsupported`. Клиенту следует повторить попытку без этих тегов, если вызов может обойтись без расширения, или отказаться от неё. Теги, которые лишь перечислены в `Supported`, никогда не вызывают 420, поэтому в `Require` клиентам следует указывать только то, без чего вызов действительно не может обойтись. Прокси игнорируют `Require` и проверяют только `Proxy-Require`, поэтому неизвестный тег в `Require` отклоняет удалённый пользовательский агент, а неизвестный тег в `Proxy-Require` — прокси.
# SIP 420 Bad Extension: common cause 1 of 4, a list item under "Common causes".
sip-420-cause-1 = Вызывающая сторона отправила `Require: 100rel` на телефон или шлюз, в которых не реализованы надёжные предварительные ответы.
# SIP 420 Bad Extension: common cause 2 of 4, a list item under "Common causes".
sip-420-cause-2 = Вызывающая сторона отправила `Require: timer` пользовательскому агенту без поддержки таймеров сеанса.
# SIP 420 Bad Extension: common cause 3 of 4, a list item under "Common causes".
sip-420-cause-3 = Пользовательский агент добавил `Proxy-Require: sec-agree` в запрос, который прошёл через прокси за пределами сети IMS, ничего не знающие о согласовании механизмов безопасности.
# SIP 420 Bad Extension: common cause 4 of 4, a list item under "Common causes".
sip-420-cause-4 = Тег опции, специфичный для конкретного производителя, попал в `Require` и дошёл до узла другого производителя.
# SIP 420 Bad Extension: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-420-fix-visitor-1 = Ничего: ваш телефон и другая сторона не сходятся в одной технической функции; сообщите провайдеру номер, звонки на который не проходят.
# SIP 420 Bad Extension: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-1 = Прочитайте заголовок `Unsupported`, удалите эти теги из `Require` или `Proxy-Require` и повторите попытку, если вызов может без них обойтись.
# SIP 420 Bad Extension: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-2 = Предлагайте необязательные расширения в `Supported`, а не в `Require`: для конечной точки PJSIP в Asterisk используйте `100rel = yes`, а не `required`, и `timers = yes`, а не `required`.
# SIP 420 Bad Extension: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-3 = Определите, на каком узле произошёл сбой: 420 от прокси указывает на `Proxy-Require`, а 420 от удалённого пользовательского агента — на `Require`.
# SIP 420 Bad Extension compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-421 = 420 — сервер сообщает, что у него нет расширения, которое потребовал клиент; 421 — сервер сообщает, что сам требует расширение, которое клиент не предложил.
# SIP 420 Bad Extension compared with SIP 417 Unknown Resource-Priority: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-417 = 420 отклоняет неподдерживаемое расширение; 417 отклоняет неизвестные значения расширения resource-priority, которое сервер поддерживает.
# SIP 420 Bad Extension compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-494 = 420 — простая ошибка из-за отсутствующего расширения; 494 просит клиента сначала настроить механизм безопасности через `sec-agree`.

## SIP 421 Extension Required

# SIP 421 Extension Required: one-line summary at the top of the explainer (TL;DR).
sip-421-tldr = Серверу нужна функция SIP, о поддержке которой ваш телефон не сообщил.
# SIP 421 Extension Required: the paragraph under "What it means".
sip-421-meaning = Ответ 421 — зеркальное отражение 420: UAS обработает запрос, только если клиент использует расширение, которое он не указал в `Supported`, и называет нужный тег опции в заголовке `Require`. Типичные теги — `100rel` для надёжных предварительных ответов, `timer` для таймеров сеанса и `precondition` для предусловий качества обслуживания. Клиент может повторить попытку, добавив тег в `Supported`, если расширение у него реализовано; иначе вызов с этим сервером состояться не может. RFC 3261 не рекомендует использовать этот код: серверу следует по возможности работать без расширения, поскольку вызов без него лучше, чем никакого вызова.
# SIP 421 Extension Required: common cause 1 of 3, a list item under "Common causes".
sip-421-cause-1 = Шлюз или ядро IMS, которым нужны ранние медиаданные с надёжной доставкой, требуют `100rel`, а телефон вызывающего абонента не указал его в `Supported`.
# SIP 421 Extension Required: common cause 2 of 3, a list item under "Common causes".
sip-421-cause-2 = Транк оператора связи обязывает использовать таймеры сеанса и отклоняет запросы `INVITE` без `Supported: timer`.
# SIP 421 Extension Required: common cause 3 of 3, a list item under "Common causes".
sip-421-cause-3 = Ядро VoLTE требует `precondition`, а вызывающая сторона — обычный SIP-клиент.
# SIP 421 Extension Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-421-fix-visitor-1 = Ничего: в вашем телефоне нет функции, на которой настаивает другая сторона; проблему может решить обновление прошивки или другой софтфон.
# SIP 421 Extension Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-1 = Прочитайте заголовок `Require` в ответе 421 и включите это расширение в клиенте, например `100rel = yes` и `timers = yes` для конечной точки PJSIP в Asterisk, затем повторите попытку.
# SIP 421 Extension Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-2 = Если сервер ваш, сделайте расширение необязательным, если оно не обязательно по-настоящему, и по возможности обслуживайте вызовы без него.
# SIP 421 Extension Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-3 = Перечисляйте в `Supported` начальных запросов все реализованные вами расширения, чтобы серверам никогда не приходилось гадать.
# SIP 421 Extension Required compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-420 = 421 означает, что клиент должен добавить расширение; 420 — что клиент должен от него отказаться.
# SIP 421 Extension Required compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-494 = 421 называет требуемое расширение в общем случае; 494 — частный случай требуемого механизма безопасности `sec-agree`, варианты которого перечислены в `Security-Server`.
# SIP 421 Extension Required compared with SIP 580 Precondition Failure: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-580 = 421 касается расширения, которое клиент вообще не поддерживал; 580 приходит, когда обе стороны используют предусловия, но одно из них выполнить не удалось.

## SIP 422 Session Interval Too Small

# SIP 422 Session Interval Too Small: one-line summary at the top of the explainer (TL;DR).
sip-422-tldr = Интервал обновления вызова, запрошенный вашим телефоном, слишком мал для сервера, и он сообщает, какой минимум принимает.
# SIP 422 Session Interval Too Small: the paragraph under "What it means".
sip-422-meaning = Таймеры сеанса (RFC 4028) заставляют обе стороны вызова обновлять его запросом re-`INVITE` или `UPDATE` с интервалом, заданным в `Session-Expires`, чтобы вызовы, конечная точка которых исчезла, удалялись. Каждый прокси или UAS на пути может требовать минимальное значение; если `Session-Expires` меньше него, этот элемент отвечает 422, указывая свой минимум в `Min-SE`. Клиент должен повторить попытку со значением `Session-Expires` не меньше этого и указать это значение в собственном заголовке `Min-SE`, чтобы последующие узлы не могли снова его уменьшить. RFC 4028 устанавливает наименьшее допустимое значение `Min-SE` в 90 секунд и рекомендует обычный интервал в 1800 секунд.
# SIP 422 Session Interval Too Small: common cause 1 of 3, a list item under "Common causes".
sip-422-cause-1 = Телефон отправляет `Session-Expires: 90` или подобное значение, тогда как SBC оператора связи требует не менее 1800 секунд.
# SIP 422 Session Interval Too Small: common cause 2 of 3, a list item under "Common causes".
sip-422-cause-2 = Один прокси на пути увеличил минимум, а следующий узел требует ещё больший, поэтому за повторной попыткой следует второй 422.
# SIP 422 Session Interval Too Small: common cause 3 of 3, a list item under "Common causes".
sip-422-cause-3 = Таймер сеанса на конечной точке уменьшили, чтобы быстро обнаруживать оборванные вызовы, ниже значения, которое принимает АТС.
# SIP 422 Session Interval Too Small: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-422-fix-visitor-1 = Ничего: обычно телефон сам повторяет попытку с бо́льшим интервалом; если вызовы всё равно не проходят, сообщите об этом провайдеру.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-1 = Автоматически повторяйте попытку с `Session-Expires`, равным `Min-SE` из ответа 422, и добавляйте в новый `INVITE` заголовок `Min-SE` с этим значением.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-2 = Согласуйте настройки: `timers_min_se` и `timers_sess_expires` для конечных точек PJSIP в Asterisk, `session-timeout` и `minimum-session-expires` в профилях Sofia во FreeSWITCH.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-3 = Используйте значение по умолчанию из RFC 4028 — 1800 секунд, если только вам не нужно обнаруживать оборванные вызовы быстрее, и никогда не опускайтесь ниже 90.
# SIP 422 Session Interval Too Small compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-422-vs-423 = 422 касается интервала обновления таймера сеанса вызова; 423 — срока действия регистрации или подписки.
# SIP 422 Session Interval Too Small compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-422-vs-420 = 422 означает, что таймеры сеанса понятны, но интервал слишком мал; 420 с `Unsupported: timer` — что они вообще не поддерживаются.

## SIP 423 Interval Too Brief

# SIP 423 Interval Too Brief: one-line summary at the top of the explainer (TL;DR).
sip-423-tldr = Ваш телефон запросил регистрацию или подписку на слишком короткий срок, и сервер сообщает допустимый минимум.
# SIP 423 Interval Too Brief: the paragraph under "What it means".
sip-423-meaning = Регистратор или уведомитель, которому запрошенный срок действия кажется слишком коротким, отвечает 423, указывая наименьшее принимаемое значение в `Min-Expires`. Клиент повторяет попытку, задав заголовок `Expires` или параметр `expires` каждого `Contact` не меньше этого значения. RFC 3261 позволяет регистратору самостоятельно сократить запрошенный срок, но слишком короткий срок можно только отклонить, причём лишь если он меньше часа, — это и делает 423. Запросы со сроком 0, удаляющие привязки, это не затрагивает. Тот же код служит ответом на `SUBSCRIBE`, значение `Expires` которого меньше минимума уведомителя (RFC 6665).
# SIP 423 Interval Too Brief: common cause 1 of 3, a list item under "Common causes".
sip-423-cause-1 = Телефон перерегистрируется каждые 30 или 60 секунд, чтобы сохранить сопоставление в NAT, что меньше минимума регистратора.
# SIP 423 Interval Too Brief: common cause 2 of 3, a list item under "Common causes".
sip-423-cause-2 = Минимум регистратора увеличили, например до 3600 секунд, как в примере, чтобы снизить нагрузку, а старые профили телефонов по-прежнему запрашивают меньше.
# SIP 423 Interval Too Brief: common cause 3 of 3, a list item under "Common causes".
sip-423-cause-3 = Клиент индикации занятости (BLF) или присутствия подписывается с очень коротким `Expires`, чтобы опрашивать изменения.
# SIP 423 Interval Too Brief: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-423-fix-visitor-1 = Ничего: телефон должен сам повторить попытку с бо́льшим сроком; если регистрация по-прежнему не проходит, задайте в его настройках интервал регистрации не меньше минимума сервера.
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-1 = Повторяйте попытку со значением `Min-Expires` из ответа и запоминайте его, чтобы последующие регистрации начинались с него.
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-2 = Поддерживайте привязки NAT с помощью keepalive-сообщений, а не коротких регистраций: keepalive через CRLF или SIP Outbound (RFC 5626) со стороны телефона либо `OPTIONS` со стороны сервера (`qualify_frequency` в Asterisk).
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-3 = Проверьте минимум сервера, например `min_expires` модуля registrar в Kamailio или параметр AOR `minimum_expiration` в PJSIP Asterisk, и согласуйте его с профилями, которые вы раздаёте телефонам.
# SIP 423 Interval Too Brief compared with SIP 422 Session Interval Too Small: one sentence in the "Related codes" section saying when to use which.
sip-423-vs-422 = 423 касается срока действия регистрации или подписки; 422 — интервала таймера сеанса вызова.
# SIP 423 Interval Too Brief compared with SIP 412 Conditional Request Failed: one sentence in the "Related codes" section saying when to use which.
sip-423-vs-412 = 423 отклоняет слишком короткий срок действия; 412 отклоняет обновление `PUBLISH`, тег сущности которого больше неизвестен.

## SIP 424 Bad Location Information

# SIP 424 Bad Location Information: one-line summary at the top of the explainer (TL;DR).
sip-424-tldr = Сведения о местоположении, отправленные с вашим вызовом (обычно экстренным), не удалось использовать.
# SIP 424 Bad Location Information: the paragraph under "What it means".
sip-424-meaning = RFC 6442 позволяет запросу передавать местоположение вызывающего абонента: заголовок `Geolocation` указывает либо на часть тела с PIDF-LO через URI `cid:`, либо на сервер местоположения, с которого местоположение можно получить, а `Geolocation-Routing` сообщает, могут ли прокси маршрутизировать по нему. Получатель, который не может воспользоваться местоположением, отвечает 424 с заголовком `Geolocation-Error`, содержащим числовой код и текст: 100, если местоположение невозможно обработать, от 200 до 202, если нет разрешения, и 300, если ссылку на местоположение не удалось разыменовать. Отправителю следует исправить объект местоположения или ссылку либо передать местоположение по значению и повторить попытку. Поскольку код касается в основном экстренных вызовов, маршрутизируемых по местоположению, каждый 424 заслуживает незамедлительного расследования.
# SIP 424 Bad Location Information: common cause 1 of 4, a list item under "Common causes".
sip-424-cause-1 = Тело PIDF-LO некорректно или использует форму местоположения, которую получатель не может обработать.
# SIP 424 Bad Location Information: common cause 2 of 4, a list item under "Common causes".
sip-424-cause-2 = Заголовок `Geolocation` ссылается на URI сервера местоположения, к которому получатель не может обратиться или которому ему не разрешено отправлять запросы.
# SIP 424 Bad Location Information: common cause 3 of 4, a list item under "Common causes".
sip-424-cause-3 = Заголовок `Geolocation` указывает на часть тела `cid:`, которой нет в составном теле, например потому что её отбросил B2BUA.
# SIP 424 Bad Location Information: common cause 4 of 4, a list item under "Common causes".
sip-424-cause-4 = Местоположение слишком неточное или устаревшее, чтобы получатель мог маршрутизировать по нему вызов.
# SIP 424 Bad Location Information: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-424-fix-visitor-1 = Если экстренный вызов не прошёл, сразу позвоните снова; по возможности используйте мобильный телефон и назовите оператору свой адрес.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-1 = Прочитайте код в `Geolocation-Error`: 100 означает, что нужно исправить PIDF-LO, а 300 — что нужно проверить, доступен ли URI местоположения со стороны получателя и разрешают ли его сертификат TLS и правила доступа получить данные.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-2 = Проверяйте документы PIDF-LO на соответствие правилам RFC 4119 и RFC 5491 и убедитесь, что каждый B2BUA пропускает составные тела и заголовок `Geolocation` без изменений.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-3 = Протестируйте передачу местоположения вместе с поставщиком экстренных служб до запуска и настройте оповещение о каждом ответе 424 в рабочей среде.
# SIP 424 Bad Location Information compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-400 = 424 касается данных о местоположении, переданных в остальном корректным SIP-сообщением; 400 — нарушенного синтаксиса SIP.
# SIP 424 Bad Location Information compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-415 = 424 означает, что поддерживаемый формат местоположения не удалось использовать; 415 — что не поддерживается сам тип тела.
# SIP 424 Bad Location Information compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-488 = 424 отклоняет сведения о местоположении; 488 — описание сеанса.

## SIP 425 Bad Alert Message

# SIP 425 Bad Alert Message: one-line summary at the top of the explainer (TL;DR).
sip-425-tldr = Автоматическое оповещение, отправленное как экстренное сообщение, например от сигнализации или автомобиля, не удалось понять.
# SIP 425 Bad Alert Message: the paragraph under "What it means".
sip-425-meaning = RFC 8876 определяет неинтерактивные экстренные вызовы: устройство, например панель охранной сигнализации, датчик или бортовая система автомобиля, отправляет `MESSAGE` на URN экстренной службы, передавая документ Common Alerting Protocol (CAP) в части тела с типом `application/common-alerting-protocol+xml`. Если получатель не может определить по нему разумные меры реагирования, он отвечает 425 с заголовком `AlertMsg-Error`, содержащим код и текст: 100, если полезную нагрузку невозможно обработать, 101, если она отсутствует или её не удаётся найти, 102, если в ней нет сведений, необходимых для определения цели оповещения, и 103, если она повреждена. Мелкие дефекты не должны приводить к 425: ожидается, что получатель будет действовать на основе всего, что может использовать. Отправитель должен исправить документ CAP и отправить его снова.
# SIP 425 Bad Alert Message: common cause 1 of 4, a list item under "Common causes".
sip-425-cause-1 = Документ CAP не проходит проверку по схеме CAP 1.2, например потому что отсутствует обязательный элемент, такой как `identifier` или `sender`.
# SIP 425 Bad Alert Message: common cause 2 of 4, a list item under "Common causes".
sip-425-cause-2 = `MESSAGE` ссылается на часть тела с CAP, которая отсутствует или `Content-ID` которой не совпадает со ссылкой.
# SIP 425 Bad Alert Message: common cause 3 of 4, a list item under "Common causes".
sip-425-cause-3 = В оповещении слишком мало сведений для действий, например нет ни типа события, ни местоположения, поэтому экстренная служба не может решить, какую помощь направить.
# SIP 425 Bad Alert Message: common cause 4 of 4, a list item under "Common causes".
sip-425-cause-4 = Посредник изменил тело по пути, например сменив кодировку символов, и повредил XML.
# SIP 425 Bad Alert Message: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-425-fix-visitor-1 = Если ваша сигнализация, датчик или автомобильная система сообщает, что экстренное оповещение не прошло, сами позвоните по номеру экстренной службы.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-1 = Проверяйте документы CAP по схеме OASIS CAP 1.2 перед отправкой и включайте то, что нужно экстренным службам, например событие, срочность, серьёзность и местоположение.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-2 = Проверьте структуру составного тела: `Content-ID` части с CAP должен совпадать со ссылкой на неё, а посредники должны передавать тело без изменений.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-3 = Выбирайте исправление по коду в `AlertMsg-Error` (100 — обработка, 101 — отсутствует полезная нагрузка, 102 — недостаточно сведений, 103 — повреждение) и протестируйте работу вместе с поставщиком экстренных служб до развёртывания.
# SIP 425 Bad Alert Message compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-415 = 425 означает, что формат оповещения поддерживается, но этот документ CAP непригоден; 415 — что тип медиаданных тела не поддерживается вовсе.
# SIP 425 Bad Alert Message compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-400 = 425 касается содержимого полезной нагрузки оповещения; 400 — синтаксиса самого SIP-сообщения.
# SIP 425 Bad Alert Message compared with SIP 424 Bad Location Information: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-424 = 425 отклоняет полезную нагрузку оповещения CAP; 424 отклоняет сведения о местоположении, приложенные к запросу.

## SIP 428 Use Identity Header

# SIP 428 Use Identity Header: one-line summary at the top of the explainer (TL;DR).
sip-428-tldr = Сеть, принимающая ваш вызов, требует подписанного идентификатора вызывающего абонента, а вызов пришёл без него.
# SIP 428 Use Identity Header: the paragraph under "What it means".
sip-428-meaning = В STIR (RFC 8224) служба аутентификации исходящего провайдера подписывает номера вызывающего и вызываемого абонентов, помещая их в токен PASSporT (RFC 8225), который передаётся в заголовке `Identity`, а служба проверки на принимающей стороне проверяет его. Проверяющая сторона, политика которой требует подписанных вызовов, отвечает на неподписанный запрос кодом 428, требуя заголовок `Identity`. Телефон вызывающего абонента редко может добавить его сам: подпись ставит исходящий оператор связи, поэтому 428 обычно указывает на разрыв в цепочке, например на оператора, который не подписывает вызовы, или на транзитный узел, отбрасывающий заголовок. Код появился в исходном механизме идентификации RFC 4474 и сохранился после его замены на RFC 8224. Многие проверяющие стороны принимают неподписанные вызовы и лишь помечают их, поэтому 428 отражает осознанную политику на конкретном стыке между сетями.
# SIP 428 Use Identity Header: common cause 1 of 4, a list item under "Common causes".
sip-428-cause-1 = Исходящий оператор связи не развернул службу аутентификации STIR/SHAKEN, поэтому его вызовы уходят без заголовка `Identity`.
# SIP 428 Use Identity Header: common cause 2 of 4, a list item under "Common causes".
sip-428-cause-2 = Транзитный оператор или сегмент TDM на пути отбросил заголовок `Identity`, и вызов приходит неподписанным.
# SIP 428 Use Identity Header: common cause 3 of 4, a list item under "Common causes".
sip-428-cause-3 = Корпоративная АТС предъявила номер вызывающего абонента, который её провайдер транка не выделял, и провайдер такие вызовы не подписывает.
# SIP 428 Use Identity Header: common cause 4 of 4, a list item under "Common causes".
sip-428-cause-4 = SBC между оператором связи и проверяющей стороной удаляет неизвестные заголовки, а вместе с ними и `Identity`.
# SIP 428 Use Identity Header: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-428-fix-visitor-1 = Узнайте у своего провайдера телефонной связи, подписываются ли ваши вызовы по STIR/SHAKEN: решать проблему ему, а не вашему телефону.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-1 = Перехватите `INVITE` на каждом SBC на своей стороне, чтобы увидеть, где пропадает заголовок `Identity`; его часто удаляют правила обработки заголовков и сокрытие топологии.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-2 = Подписывайте исходящие вызовы с помощью службы аутентификации — собственной, с сертификатом STI, или службы своего оператора связи — и предъявляйте номера вызывающих абонентов, которые ваш провайдер может заверить.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-3 = Если вы проверяющая сторона, решайте для каждого стыка, отклонять ли неподписанные вызовы с кодом 428 или принимать и помечать их; отклоняя партнёров, которые пока не умеют подписывать, вы отсекаете и легитимный трафик.
# SIP 428 Use Identity Header compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-438 = Отправляйте 428, когда заголовка `Identity` нет; отправляйте 438, когда он есть, но не проходит проверку.
# SIP 428 Use Identity Header compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-436 = 428 касается отсутствующего заголовка `Identity`; 436 — присутствующего, ссылкой на учётные данные в котором невозможно воспользоваться.
# SIP 428 Use Identity Header compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-437 = 428 требует подписи как таковой; 437 отклоняет учётные данные, которыми она сделана.
# SIP 428 Use Identity Header compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-433 = 428 требует криптографически подписанного идентификатора; 433 отклоняет вызов, личность в котором вызывающая сторона решила скрыть.

## SIP 429 Provide Referrer Identity

# SIP 429 Provide Referrer Identity: one-line summary at the top of the explainer (TL;DR).
sip-429-tldr = Тот, к кому вас переводят, принимает перевод вызова, только если он подписан тем, кто его запросил.
# SIP 429 Provide Referrer Identity: the paragraph under "What it means".
sip-429-meaning = При переводе вызова инициатор (referrer) отправляет `REFER` получателю (referee), а тот отправляет адресату перевода `INVITE` с заголовком `Referred-By`, в котором указан инициатор. RFC 3892 позволяет инициатору подкрепить это утверждение токеном — частью тела `message/sipfrag`, подписанной с помощью S/MIME, на которую ссылается параметр `cid` в `Referred-By`. Адресат, который требует такой токен, но не получил его или получил токен, который не может проверить, отвечает на `INVITE` кодом 429. Сформировать токен может только инициатор, поэтому получатель передаёт 429 обратно в теле `message/sipfrag` запроса `NOTIFY`, а повторить перевод с подписанным токеном — уже дело инициатора. На практике код встречается редко, поскольку S/MIME в SIP мало где используется.
# SIP 429 Provide Referrer Identity: common cause 1 of 3, a list item under "Common causes".
sip-429-cause-1 = Адресат перевода, настроенный требовать токены RFC 3892, получил `INVITE` с обычным неподписанным заголовком `Referred-By`.
# SIP 429 Provide Referrer Identity: common cause 2 of 3, a list item under "Common causes".
sip-429-cause-2 = Инициатор предоставил токен, но получатель не скопировал его в свой `INVITE` адресату перевода.
# SIP 429 Provide Referrer Identity: common cause 3 of 3, a list item under "Common causes".
sip-429-cause-3 = Адресат не смог проверить подпись токена, например потому что не доверяет сертификату инициатора.
# SIP 429 Provide Referrer Identity: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-429-fix-visitor-1 = Во время вызова это не исправить; попросите того, кто вас переводил, сообщить номер и позвоните по нему напрямую.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-1 = Если адресат перевода — ваш, решите, действительно ли вам нужна подписанная личность инициатора; в большинстве систем вместо этого доверяют `Referred-By` только от аутентифицированных узлов.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-2 = На стороне получателя передавайте 429 инициатору в `NOTIFY` с телом `message/sipfrag`, чтобы инициатор мог повторить попытку с токеном.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-3 = На стороне инициатора прикладывайте подписанный S/MIME токен `message/sipfrag`, на который ссылается параметр `cid` в `Referred-By`, если известно, что адресат его требует.
# SIP 429 Provide Referrer Identity compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-403 = Отправляйте 429, когда перевод был бы принят, будь личность инициатора подписана; отправляйте 403, когда он был бы отклонён в любом случае.
# SIP 429 Provide Referrer Identity compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-428 = 429 требует подписанного токена `Referred-By` о том, кто запросил перевод; 428 требует подписанного заголовка `Identity` о том, кто звонит.
# SIP 429 Provide Referrer Identity compared with SIP 470 Consent Needed: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-470 = 429 касается подтверждения того, кто запросил перевод; 470 — получателей, не давших согласия на получение запросов через ретранслятор.

## SIP 430 Flow Failed

# SIP 430 Flow Failed: one-line summary at the top of the explainer (TL;DR).
sip-430-tldr = Соединение, через которое сервер связывался с телефоном, разорвано, поэтому вызов пробуют доставить другим путём.
# SIP 430 Flow Failed: the paragraph under "What it means".
sip-430-meaning = SIP Outbound (RFC 5626) позволяет пользовательскому агенту держать открытыми одно или несколько постоянных соединений с пограничными прокси, называемых потоками (flows), а полномочному прокси — отправлять по ним входящие запросы обратно. Когда пограничный прокси должен переслать запрос по потоку, который больше не работает, например по закрытому TCP-соединению, он отвечает 430, а не пытается связаться с пользовательским агентом иначе. Получив этот ответ, полномочный прокси удаляет регистрацию, привязанную к этому потоку, и переходит к оставшимся потокам или контактам пользователя, а вызывающая сторона узнаёт только окончательный результат. Пользовательский агент, со своей стороны, обнаруживает нерабочий поток по keepalive-сообщениям (CRLF для TCP, STUN для UDP) и регистрируется заново, чтобы создать новый.
# SIP 430 Flow Failed: common cause 1 of 3, a list item under "Common causes".
sip-430-cause-1 = TCP- или TLS-соединение мобильного софтфона с пограничным прокси закрылось, когда телефон сменил сеть или перешёл в спящий режим.
# SIP 430 Flow Failed: common cause 2 of 3, a list item under "Common causes".
sip-430-cause-2 = NAT или межсетевой экран закрыл неактивный поток, поскольку интервал keepalive был больше его тайм-аута.
# SIP 430 Flow Failed: common cause 3 of 3, a list item under "Common causes".
sip-430-cause-3 = Пограничный прокси перезапустился и потерял таблицу соединений, поэтому все проходившие через него потоки пропали, пока пользовательские агенты не зарегистрируются снова.
# SIP 430 Flow Failed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-430-fix-visitor-1 = Если до вас не могут дозвониться, откройте приложение софтфона или проверьте его подключение к сети, чтобы оно зарегистрировалось заново.
# SIP 430 Flow Failed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-1 = Научите полномочный прокси обрабатывать 430: удалять привязку для этого потока и пробовать другие контакты; в Kamailio токены потоков и привязки обрабатывают модули `outbound`, `path` и `registrar` вместе.
# SIP 430 Flow Failed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-2 = Отправляйте keepalive-сообщения чаще, чем самый короткий тайм-аут NAT на пути, и соблюдайте заголовок `Flow-Timer`, который возвращает регистратор.
# SIP 430 Flow Failed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-3 = Регистрируйте больше одного потока, с разными значениями `reg-id` через разные пограничные прокси, чтобы один разорванный поток не делал пользователя недоступным.
# SIP 430 Flow Failed compared with SIP 439 First Hop Lacks Outbound Support: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-439 = 430 сообщает, что работавший поток outbound разорвался; 439 — что outbound не удалось настроить при регистрации, поскольку первый узел его не поддерживает.
# SIP 430 Flow Failed compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-480 = 430 сообщает прокси, что один из путей к пользовательскому агенту не работает, хотя другие ещё могут работать; 480 сообщает вызывающей стороне, что с вызываемым абонентом сейчас вообще невозможно связаться.
# SIP 430 Flow Failed compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-408 = 430 — немедленный ответ пограничного прокси, который знает, что поток не работает; 408 приходит, когда никто не ответил до истечения таймера.

## SIP 433 Anonymity Disallowed

# SIP 433 Anonymity Disallowed: one-line summary at the top of the explainer (TL;DR).
sip-433-tldr = Вызываемый абонент не принимает вызовы со скрытых номеров.
# SIP 433 Anonymity Disallowed: the paragraph under "What it means".
sip-433-meaning = RFC 5079 даёт вызываемым абонентам особый способ отклонять анонимные вызовы. Вызов считается анонимным, если в его заголовке `From` указан анонимный URI, например `sip:anonymous@anonymous.invalid`, или если заголовок `Privacy` (RFC 3323), например `Privacy: id`, просит сеть скрыть личность вызывающего абонента. UAS или прокси, действующий от имени вызываемого абонента, отвечает на такой вызов кодом 433, а не общим 403 или 603, чтобы телефон вызывающего абонента мог объяснить, почему вызов не прошёл, и предложить позвонить снова, не скрывая номер. Код ничего не говорит о том, можно ли доверять вызывающему абоненту; он лишь отражает настройку отклонения анонимных вызовов у вызываемого абонента.
# SIP 433 Anonymity Disallowed: common cause 1 of 4, a list item under "Common causes".
sip-433-cause-1 = У вызываемого абонента у провайдера или на АТС включено отклонение анонимных вызовов.
# SIP 433 Anonymity Disallowed: common cause 2 of 4, a list item under "Common causes".
sip-433-cause-2 = Вызывающий абонент набрал префикс, например `*67` в Северной Америке или `#31#` во многих мобильных сетях, чтобы скрыть свой номер для этого вызова.
# SIP 433 Anonymity Disallowed: common cause 3 of 4, a list item under "Common causes".
sip-433-cause-3 = Телефон или учётная запись вызывающего абонента скрывает номер при каждом вызове, поэтому его запросы `INVITE` содержат `Privacy: id` или анонимный `From`.
# SIP 433 Anonymity Disallowed: common cause 4 of 4, a list item under "Common causes".
sip-433-cause-4 = АТС или транк по ошибке отправляет анонимный номер, например потому что номер для исходящих вызовов не настроен.
# SIP 433 Anonymity Disallowed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-433-fix-visitor-1 = Позвоните снова, не скрывая номер: не набирайте префиксы вроде `*67` или отключите скрытие номера в настройках телефона.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-1 = Проверьте исходящий `INVITE` на наличие анонимного `From` или заголовка `Privacy: id` и задайте действительный номер вызывающего абонента на транке АТС, если анонимность не предполагалась.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-2 = Отклоняя анонимные вызовы, используйте 433 вместо 403 или 603 и подумайте о голосовом объявлении, которое попросит вызывающих абонентов показать свой номер.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-3 = Сопоставьте 433 с понятным сообщением в интерфейсе своего софтфона, поскольку пользователи редко понимают, что их номер скрыт.
# SIP 433 Anonymity Disallowed compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-403 = Отправляйте 433, когда единственная причина отказа — анонимность вызывающего абонента; отправляйте 403 при любом другом отказе по политике.
# SIP 433 Anonymity Disallowed compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-428 = 433 отклоняет вызывающего абонента, который решил скрыть свою личность; 428 отклоняет вызов без криптографической подписи для указанного в нём идентификатора.
# SIP 433 Anonymity Disallowed compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-603 = 433 — автоматическое правило против скрытых номеров; 603 — вызываемый абонент отклонил один конкретный вызов.

## SIP 436 Bad Identity Info

# SIP 436 Bad Identity Info: one-line summary at the top of the explainer (TL;DR).
sip-436-tldr = Сервер не смог получить или использовать ссылку на сертификат, приложенную к подписанному идентификатору вызывающего абонента в вашем вызове.
# SIP 436 Bad Identity Info: the paragraph under "What it means".
sip-436-meaning = Согласно RFC 8224, заголовок `Identity` содержит подпись PASSporT и параметр `info` с URI учётных данных (обычно сертификата), которыми проверяющая сторона должна её проверить; в SHAKEN это тот же URL HTTPS, что и в поле `x5u` заголовка PASSporT. Если этот URI не удаётся разыменовать, в нём используется схема, которую проверяющая сторона не поддерживает, или он ведёт к чему-то, что не является пригодными учётными данными, проверяющая сторона отвечает 436. Подпись на этом этапе ещё не оценивалась: проблема только в получении учётных данных. Старое название Bad Identity-Info происходит от отдельного заголовка `Identity-Info` из RFC 4474, который RFC 8224 заменил параметром `info`.
# SIP 436 Bad Identity Info: common cause 1 of 4, a list item under "Common causes".
sip-436-cause-1 = Хранилище сертификатов по URL из `info` не работает, недоступно для проверяющей стороны или отвечает так медленно, что загрузка прерывается по тайм-ауту.
# SIP 436 Bad Identity Info: common cause 2 of 4, a list item under "Common causes".
sip-436-cause-2 = В URL из `info` используется обычный HTTP или другая схема, которую политика проверяющей стороны не принимает.
# SIP 436 Bad Identity Info: common cause 3 of 4, a list item under "Common causes".
sip-436-cause-3 = По URL возвращается HTML-страница с ошибкой или файл в неверном формате вместо цепочки сертификатов в формате PEM.
# SIP 436 Bad Identity Info: common cause 4 of 4, a list item under "Common causes".
sip-436-cause-4 = Параметр `info` и значение `x5u` в PASSporT различаются, поэтому проверяющая сторона отвергает ссылку.
# SIP 436 Bad Identity Info: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-436-fix-visitor-1 = На вашем телефоне ничего сделать нельзя; сообщите о неудачном вызове провайдеру: исправлять нужно подписание вызовов на его стороне.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-1 = Загрузите URL из `info` из сети проверяющей стороны, например с помощью `curl -v`, и проверьте сертификат TLS, код состояния и `Content-Type`, например `application/pem-certificate-chain`.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-2 = Размещайте сертификаты в высокодоступном HTTPS-хранилище по стабильному URL и отслеживайте доступность этого URL извне своей сети.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-3 = Настройте службу подписи так, чтобы она записывала один и тот же URL в параметр `info` и в поле `x5u` PASSporT.
# SIP 436 Bad Identity Info compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-437 = 436 означает, что учётные данные не удалось получить по ссылке или использовать; 437 — что их получили, но они не поддерживаются или им не доверяют.
# SIP 436 Bad Identity Info compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-438 = 436 останавливается до проверки подписи; 438 означает, что подпись проверили и она проверку не прошла.
# SIP 436 Bad Identity Info compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-428 = 436 касается заголовка `Identity`, который есть, но указывает на непригодные учётные данные; 428 — отсутствующего заголовка `Identity`.

## SIP 437 Unsupported Credential

# SIP 437 Unsupported Credential: one-line summary at the top of the explainer (TL;DR).
sip-437-tldr = Сертификат, которым подписан идентификатор вызывающего абонента в вашем вызове, не принимается принимающей сетью.
# SIP 437 Unsupported Credential: the paragraph under "What it means".
sip-437-meaning = Проверяющая сторона получила учётные данные, указанные в параметре `info` заголовка `Identity`, но не может с их помощью проверить вызов: цепочка сертификата может вести к удостоверяющему центру, которому проверяющая сторона не доверяет, сертификат может быть просрочен или отозван, использовать неподдерживаемый алгоритм или не охватывать номер вызывающего абонента. Проверяющая сторона отвечает 437, и исходящей службе аутентификации нужно подписывать вызовы приемлемыми учётными данными. В SHAKEN список доверенных удостоверяющих центров определяет администратор политики в каждой стране, например STI-PA в США, поэтому сертификат от неодобренного удостоверяющего центра отклоняется, даже если технически он действителен. Прежнее название из RFC 4474, Unsupported Certificate, в RFC 8224 расширили, поскольку учётные данные не обязательно являются сертификатом.
# SIP 437 Unsupported Credential: common cause 1 of 4, a list item under "Common causes".
sip-437-cause-1 = Сертификат подписи выдан удостоверяющим центром, которого нет в списке доверенных у проверяющей стороны, например тестовым или самоподписанным.
# SIP 437 Unsupported Credential: common cause 2 of 4, a list item under "Common causes".
sip-437-cause-2 = Срок действия сертификата истёк, или он отозван, например после отзыва токена кода поставщика услуг SHAKEN (SPC token) у провайдера.
# SIP 437 Unsupported Credential: common cause 3 of 4, a list item under "Common causes".
sip-437-cause-3 = Сертификат не охватывает номер вызывающего абонента, например делегированный сертификат, в TNAuthList которого этого номера нет.
# SIP 437 Unsupported Credential: common cause 4 of 4, a list item under "Common causes".
sip-437-cause-4 = В сертификате используется тип ключа или алгоритм, который проверяющая сторона не поддерживает; SHAKEN ожидает подписи ES256 с ключами P-256.
# SIP 437 Unsupported Credential: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-437-fix-visitor-1 = На своём телефоне вы ничего сделать не можете; сообщите провайдеру, поскольку сертификат, которым он подписывает вызовы, не принимается.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-1 = Изучите сертификат с помощью `openssl x509 -in cert.pem -noout -text`: проверьте издателя, срок действия, алгоритм ключа и расширение TNAuthList.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-2 = Обновляйте сертификаты до истечения срока их действия, автоматизируйте обновление и настройте оповещения задолго до даты истечения.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-3 = Убедитесь, что ваш STI-CA одобрен соответствующим администратором политики, и поддерживайте хранилище доверенных сертификатов проверяющей стороны в соответствии с актуальным списком удостоверяющих центров.
# SIP 437 Unsupported Credential compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-436 = 437 означает, что учётные данные получены, но неприемлемы; 436 — что их вообще не удалось получить или использовать.
# SIP 437 Unsupported Credential compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-438 = 437 отклоняет учётные данные для подписи; 438 — саму подпись или заголовок, созданный с их помощью.
# SIP 437 Unsupported Credential compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-428 = 437 отвечает на подписанный вызов, учётным данным которого не доверяют; 428 — на вызов, который вообще не подписан.

## SIP 438 Invalid Identity Header

# SIP 438 Invalid Identity Header: one-line summary at the top of the explainer (TL;DR).
sip-438-tldr = Подписанный идентификатор вызывающего абонента в вашем вызове не прошёл проверку, поэтому вызов отклонён.
# SIP 438 Invalid Identity Header: the paragraph under "What it means".
sip-438-meaning = Проверяющая сторона получила пригодные учётные данные, но заголовок `Identity` не выдерживает проверки: подпись PASSporT не сходится, её утверждения не соответствуют запросу — например, номера `orig` и `dest` после нормализации отличаются от `From` и Request-URI или `To`, — или заголовок некорректен. RFC 8224 использует для этих случаев 438, тогда как запрос, `Date` которого выходит за окно актуальности (обычно около минуты), получает вместо этого 403 с поясняющей фразой «Stale Date». Поскольку подпись охватывает номера вызывающего и вызываемого абонентов и время, любое их изменение после подписания делает её недействительной. Многие проверяющие стороны SHAKEN принимают такие вызовы и лишь фиксируют неудачную проверку, поэтому завершит ли 438 вызов, зависит от местной политики.
# SIP 438 Invalid Identity Header: common cause 1 of 4, a list item under "Common causes".
sip-438-cause-1 = Оператор связи или SBC изменил номер вызывающего или вызываемого абонента после подписания, например добавив или удалив код страны или префикс.
# SIP 438 Invalid Identity Header: common cause 2 of 4, a list item under "Common causes".
sip-438-cause-2 = B2BUA сформировал заголовок `Date` заново, и он больше не соответствует значению `iat` в PASSporT.
# SIP 438 Invalid Identity Header: common cause 3 of 4, a list item under "Common causes".
sip-438-cause-3 = Служба подписи использовала закрытый ключ, не соответствующий сертификату, указанному в `info`.
# SIP 438 Invalid Identity Header: common cause 4 of 4, a list item under "Common causes".
sip-438-cause-4 = Заголовок был обрезан или изменён при передаче, например устройством, ограничивающим длину заголовков.
# SIP 438 Invalid Identity Header: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-438-fix-visitor-1 = На вашем телефоне ничего сделать нельзя; сообщите провайдеру о неудачном вызове, указав время и номер: какой-то элемент сети изменил вызов после подписания.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-1 = Декодируйте PASSporT (часть заголовка `Identity` до первого `;`, три сегмента base64url, разделённые точками) и сравните `orig`, `dest` и `iat` с `From`, `To` или Request-URI и `Date` запроса в том виде, в каком он пришёл.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-2 = Подписывайте вызовы только после всей нормализации номеров и не позволяйте B2BUA изменять `From`, `To` или `Date` в подписанных вызовах.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-3 = Проверяйте тестовые подписи в лаборатории с помощью независимой библиотеки, чтобы отличать несоответствие ключей от изменений при передаче.
# SIP 438 Invalid Identity Header compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-436 = 438 означает, что подпись или заголовок не прошли проверку; 436 — что учётные данные, необходимые для проверки, не удалось получить.
# SIP 438 Invalid Identity Header compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-437 = 438 указывает на проблему в подписи и её утверждениях; 437 — в использованном сертификате.
# SIP 438 Invalid Identity Header compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-428 = 438 отвечает на заголовок `Identity`, который есть, но недействителен; 428 — на запрос без заголовка `Identity`.
# SIP 438 Invalid Identity Header compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-403 = Отправляйте 438, когда не проходят подпись или её утверждения; отправляйте 403 с «Stale Date», когда запрос просто слишком старый.

## SIP 439 First Hop Lacks Outbound Support

# SIP 439 First Hop Lacks Outbound Support: one-line summary at the top of the explainer (TL;DR).
sip-439-tldr = Ваш телефон запросил особый режим постоянного соединения, который первый сервер сети не поддерживает, поэтому регистрация не удалась.
# SIP 439 First Hop Lacks Outbound Support: the paragraph under "What it means".
sip-439-meaning = Пользовательский агент, которому нужен SIP Outbound (RFC 5626), регистрируется с параметрами `+sip.instance` и `reg-id` в `Contact` и с `Supported: outbound`. Outbound работает, только если пограничный прокси первого узла сохраняет поток и маршрутизирует запросы обратно по нему, о чём он сообщает, добавляя заголовок `Path`, URI которого содержит параметр `ob`, — если только регистратор сам не является первым узлом. Когда регистратор получает такой `REGISTER`, а первый узел не показал поддержку outbound, он отвечает 439, а не создаёт привязку, которая позже всё равно не сработает. Пользовательский агент может зарегистрироваться заново без `reg-id`, что даёт обычную регистрацию, или использовать другой пограничный прокси с поддержкой outbound.
# SIP 439 First Hop Lacks Outbound Support: common cause 1 of 3, a list item under "Common causes".
sip-439-cause-1 = В телефоне включён SIP Outbound, но SBC или пограничный прокси перед регистратором не добавляет `Path` с `;ob`.
# SIP 439 First Hop Lacks Outbound Support: common cause 2 of 3, a list item under "Common causes".
sip-439-cause-2 = Балансировщик нагрузки, стоящий первым узлом, пересылает регистрации, не добавляя заголовок `Path`.
# SIP 439 First Hop Lacks Outbound Support: common cause 3 of 3, a list item under "Common causes".
sip-439-cause-3 = Пограничный прокси поддерживает outbound, но добавление `Path` в его конфигурации отключено.
# SIP 439 First Hop Lacks Outbound Support: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-439-fix-visitor-1 = Если приложение не может зарегистрироваться, отключите в настройках учётной записи дополнительный параметр, например SIP Outbound, или узнайте у провайдера, какую настройку использовать.
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-1 = На пограничном прокси Kamailio загрузите модули `outbound` и `path`, добавляйте `Path` для регистраций с помощью `add_path()` и настройте регистратор на его использование (`use_path`, `path_mode`).
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-2 = Если граница сети не может поддерживать outbound, настраивайте телефоны без `reg-id` и полагайтесь на обычные keepalive-сообщения для NAT.
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-3 = Изучите неудачный `REGISTER` в том виде, в каком его видит регистратор: `Supported: outbound`, `reg-id` и `+sip.instance` в `Contact` и первая запись `Path` с `;ob` или без него покажут, какая сторона настроена неправильно.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 430 Flow Failed: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-430 = 439 отказывается настраивать outbound при регистрации; 430 сообщает, что работавший поток outbound разорвался.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-423 = 439 отклоняет регистрацию, потому что на пути нет поддержки outbound; 423 — потому что запрошенный срок действия слишком короткий.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-421 = 439 — регистратор сообщает, что сетевой путь не поддерживает outbound; 421 — сервер сообщает, что у самого клиента нет требуемого расширения.

## SIP 440 Max-Breadth Exceeded

# SIP 440 Max-Breadth Exceeded: one-line summary at the top of the explainer (TL;DR).
sip-440-tldr = Ваш вызов был бы предложен слишком многим устройствам одновременно, поэтому прокси отказался разветвлять его дальше.
# SIP 440 Max-Breadth Exceeded: the paragraph under "What it means".
sip-440-meaning = RFC 5393 закрыл в механизме разветвления SIP уязвимость, позволявшую усиление: когда несколько прокси подряд разветвляют запрос параллельно, один запрос может размножиться в огромное число ветвей. Заголовок `Max-Breadth` ограничивает число одновременных ветвей, которые могут быть у запроса и его потомков; прокси, разветвляющий запрос параллельно, делит это значение между своими ветвями, а запрос без этого заголовка считается имеющим значение 60. Если оставшейся ширины не хватает для всех ветвей, которые нужны прокси, он может разветвить одновременно меньше ветвей, а остальные пробовать последовательно, а если не может отправить даже одну ветвь — отвечает 440. Последовательное разветвление ширину не расходует, поскольку в каждый момент активна только одна ветвь.
# SIP 440 Max-Breadth Exceeded: common cause 1 of 4, a list item under "Common causes".
sip-440-cause-1 = Пользователю с множеством зарегистрированных устройств звонят через группу вызова, и прокси пришлось бы разветвить вызов на большее число контактов, чем позволяет оставшееся значение `Max-Breadth`.
# SIP 440 Max-Breadth Exceeded: common cause 2 of 4, a list item under "Common causes".
sip-440-cause-2 = Несколько прокси подряд разветвляют запрос параллельно, например корпоративная группа поиска за службой одновременного вызова провайдера, и делят ширину, пока от неё ничего не остаётся.
# SIP 440 Max-Breadth Exceeded: common cause 3 of 4, a list item under "Common causes".
sip-440-cause-3 = Вызывающая сторона или посредник намеренно задали низкое значение `Max-Breadth`, например 1 или 2.
# SIP 440 Max-Breadth Exceeded: common cause 4 of 4, a list item under "Common causes".
sip-440-cause-4 = Злоумышленник попытался усилить один запрос через несколько разветвляющих прокси, и ограничение остановило его, как и задумано.
# SIP 440 Max-Breadth Exceeded: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-440-fix-visitor-1 = Ничего: вызов был предложен слишком многим устройствам одновременно; если вы звоните группе, попробуйте вместо этого прямой номер одного человека.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-1 = Сократите параллельное разветвление: вызывайте одновременно меньше контактов или разветвляйте часть из них последовательно, например с помощью `t_load_contacts()` и `t_next_contacts()` в Kamailio.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-2 = Сравните в трассировке `Max-Breadth` во входящем запросе и в каждой ветви, чтобы найти прокси, который расходует ширину.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-3 = Не увеличивайте и не сбрасывайте `Max-Breadth` в своём прокси, чтобы скрыть проблему: это ограничение защищает сеть от усиления.
# SIP 440 Max-Breadth Exceeded compared with SIP 483 Too Many Hops: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-483 = 440 ограничивает, насколько широко запрос расходится при параллельном разветвлении; 483 — сколько узлов он проходит.
# SIP 440 Max-Breadth Exceeded compared with SIP 482 Loop Detected: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-482 = 440 сообщает о слишком сильном параллельном разветвлении; 482 — о запросе, который вернулся к прокси, уже пройденному ранее.
# SIP 440 Max-Breadth Exceeded compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-503 = 440 — фиксированное ограничение на разветвление для этого запроса; 503 означает, что сервер перегружен или не работает для всех запросов.

## SIP 469 Bad Info Package

# SIP 469 Bad Info Package: one-line summary at the top of the explainer (TL;DR).
sip-469-tldr = Другая сторона не принимает информационные сообщения того типа, который ваш телефон отправил во время вызова.
# SIP 469 Bad Info Package: the paragraph under "What it means".
sip-469-meaning = RFC 6086 превратил `INFO` из контейнера для чего угодно в согласуемый механизм: каждая сторона перечисляет пакеты Info Package, которые готова принимать, в заголовке `Recv-Info` — в `INVITE`, ответах на него и последующих re-`INVITE` или `UPDATE`, — а каждый `INFO` называет свой пакет в `Info-Package`. Пользовательский агент, получивший `INFO` с пакетом, который он не объявлял, отвечает 469 с заголовком `Recv-Info` (возможно, пустым), перечисляющим принимаемые пакеты, и отправителю следует прекратить использовать этот пакет в данном диалоге. Устаревшие запросы `INFO` без заголовка `Info-Package`, которые до сих пор часто применяются для DTMF, в этот механизм не входят и ответ 469 не получают. Сам вызов это не затрагивает.
# SIP 469 Bad Info Package: common cause 1 of 4, a list item under "Common causes".
sip-469-cause-1 = Отправитель проигнорировал список `Recv-Info` другой стороны и отправил `INFO` с пакетом, который та никогда не предлагала.
# SIP 469 Bad Info Package: common cause 2 of 4, a list item under "Common causes".
sip-469-cause-2 = Re-`INVITE` или `UPDATE` во время вызова изменил список `Recv-Info` другой стороны, удалив пакет, который раньше был разрешён.
# SIP 469 Bad Info Package: common cause 3 of 4, a list item under "Common causes".
sip-469-cause-3 = B2BUA не передавал `Recv-Info` между плечами вызова, поэтому каждая сторона объявляла пакеты, которых другая так и не увидела.
# SIP 469 Bad Info Package: common cause 4 of 4, a list item under "Common causes".
sip-469-cause-4 = Шлюз WebRTC отправил `INFO` с пакетом `trickle-ice` (RFC 8840) узлу, который не поддерживает trickle ICE.
# SIP 469 Bad Info Package: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-469-fix-visitor-1 = Ничего: вызов продолжается; не дойти могут лишь дополнительные сведения, передаваемые таким способом, например тональные сигналы клавиатуры.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-1 = Храните последний список `Recv-Info` другой стороны для каждого диалога и отправляйте `INFO` только с пакетами из него.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-2 = В B2BUA пропускайте `Recv-Info` насквозь или согласовывайте пакеты на каждом плече вызова отдельно, преобразуя их, когда данные нужны обеим сторонам.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-3 = Для DTMF отдавайте предпочтение событиям telephone-event по RFC 4733 в RTP, которые не требуют согласования `INFO`.
# SIP 469 Bad Info Package compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-489 = 469 отклоняет `INFO` с пакетом, который не был согласован; 489 отклоняет `SUBSCRIBE` или `NOTIFY` с неизвестным пакетом событий.
# SIP 469 Bad Info Package compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-415 = 469 касается пакета Info Package, указанного в `INFO`; 415 — типа медиаданных тела.
# SIP 469 Bad Info Package compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-405 = 469 в целом принимает `INFO`, но не этот пакет; 405 вообще отклоняет метод `INFO` для этого адресата.

## SIP 470 Consent Needed

# SIP 470 Consent Needed: one-line summary at the top of the explainer (TL;DR).
sip-470-tldr = Сервер, пересылающий запросы нескольким получателям, отказал, потому что часть из них не согласилась их получать.
# SIP 470 Consent Needed: the paragraph under "What it means".
sip-470-meaning = RFC 5360 определяет механизм согласия (consent framework) для ретрансляторов, которые превращают один запрос во множество, например для служб URI-списков, отправляющих `MESSAGE` или `INVITE` каждому адресу из списка (RFC 5365, RFC 5366). Прежде чем передать запрос получателю, ретранслятор должен иметь его разрешение; если разрешения нет хотя бы у одного из них, он отвечает 470 и перечисляет таких получателей в заголовке `Permission-Missing`. Тогда отправитель может попросить ретранслятор запросить у них разрешение, отправив запрос с заголовком `Trigger-Consent`, и каждый получатель даёт или не даёт его. Этот механизм не позволяет использовать ретрансляторы для заваливания пользователей трафиком, о котором они не просили.
# SIP 470 Consent Needed: common cause 1 of 3, a list item under "Common causes".
sip-470-cause-1 = Пользователь отправил `MESSAGE` нескольким получателям через сервер URI-списков, а некоторые получатели так и не дали этому ретранслятору согласия.
# SIP 470 Consent Needed: common cause 2 of 3, a list item under "Common causes".
sip-470-cause-2 = Конференц-серверу поручили пригласить участников, которые не разрешали ему отправлять им запросы `INVITE`.
# SIP 470 Consent Needed: common cause 3 of 3, a list item under "Common causes".
sip-470-cause-3 = Получатель отозвал данное ранее разрешение, поэтому ретранслятор больше не пересылает ему запросы.
# SIP 470 Consent Needed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-470-fix-visitor-1 = Попросите людей, указанных как не давшие согласия, разрешить приём ваших сообщений или свяжитесь с ними по отдельности, а не через группу.
# SIP 470 Consent Needed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-1 = Прочитайте `Permission-Missing` и инициируйте запросы согласия для этих URI, отправив ретранслятору запрос с `Trigger-Consent`.
# SIP 470 Consent Needed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-2 = Удалите из списка получателей, которые так и не дают разрешения, чтобы последующие запросы к группе проходили успешно.
# SIP 470 Consent Needed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-3 = Если ретранслятор ваш, сделайте процесс получения согласия видимым для пользователей; иначе они видят лишь, что групповые сообщения не доходят.
# SIP 470 Consent Needed compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-403 = Отправляйте 470, когда запрос будет передан, как только получатели дадут разрешение; отправляйте 403, когда отправителю вообще нельзя пользоваться ретранслятором.
# SIP 470 Consent Needed compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-433 = 470 касается согласия получателей на пересылаемый им трафик; 433 — вызываемого абонента, который отказывается от анонимных вызовов.
# SIP 470 Consent Needed compared with SIP 429 Provide Referrer Identity: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-429 = 470 касается того, согласились ли получатели принимать запросы; 429 — подтверждения того, кто запросил перевод вызова.

## SIP 480 Temporarily Unavailable

# SIP 480 Temporarily Unavailable: one-line summary at the top of the explainer (TL;DR).
sip-480-tldr = С вызываемым абонентом сейчас невозможно связаться, например потому что его телефон не в сети или включён режим «Не беспокоить».
# SIP 480 Temporarily Unavailable: the paragraph under "What it means".
sip-480-meaning = 480 — ответ о вызываемом абоненте, который существует, но сейчас недоступен, будь то из-за отсутствия регистрации, режима «Не беспокоить» или потому что никто не отвечает; регистратор или прокси может отправить его от имени пользователя, если в службе определения местоположения нет ни одной привязки. В отличие от 404, пользователь существует, а в отличие от 486, ни одно устройство не сообщило о занятости. Ответ может содержать `Retry-After` с более удобным временем для звонка, а RFC 3261 рекомендует более точную поясняющую фразу, например «User not registered». Шлюзы преобразуют в 480 причины Q.850 номер 19 (no answer from user) и 20 (subscriber absent), поэтому так телефонная сеть сообщает и о мобильном телефоне, который выключен или находится вне зоны действия сети.
# SIP 480 Temporarily Unavailable: common cause 1 of 4, a list item under "Common causes".
sip-480-cause-1 = Телефон или софтфон вызываемого абонента не зарегистрирован: выключен, не в сети или это мобильное приложение, остановленное операционной системой.
# SIP 480 Temporarily Unavailable: common cause 2 of 4, a list item under "Common causes".
sip-480-cause-2 = У вызываемого абонента включён режим «Не беспокоить», и телефон или АТС отклоняют вызовы с кодом 480, а не 486 или 603.
# SIP 480 Temporarily Unavailable: common cause 3 of 4, a list item under "Common causes".
sip-480-cause-3 = Мобильный телефон вызываемого абонента выключен или вне зоны действия сети, и сеть сообщает причину Q.850 номер 20 (subscriber absent) через шлюз.
# SIP 480 Temporarily Unavailable: common cause 4 of 4, a list item under "Common causes".
sip-480-cause-4 = Вызов звонил на всех устройствах без ответа, и АТС завершила его кодом 480 по истечении времени ожидания ответа.
# SIP 480 Temporarily Unavailable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-480-fix-visitor-1 = Попробуйте позже или отправьте сообщение: телефон абонента не в сети или сейчас настроен не принимать вызовы.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-1 = Проверьте, зарегистрирован ли вызываемый абонент: `kamctl ul show` в Kamailio, `pjsip show contacts` в Asterisk, `sofia status profile internal reg` во FreeSWITCH.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-2 = Пробуждайте спящие мобильные софтфоны push-уведомлениями (RFC 8599), а не отвечайте 480, пока приложение приостановлено.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-3 = Отправляйте `Retry-After` и точную поясняющую фразу, когда знаете, когда пользователь вернётся, и направляйте вызовы абонентам не в сети и неотвеченные вызовы на голосовую почту в прокси, а не передавайте 480 вызывающим сторонам.
# SIP 480 Temporarily Unavailable compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-486 = Отправляйте 480, когда вызываемый абонент вообще недоступен; отправляйте 486, когда его устройство доступно, но уже занято.
# SIP 480 Temporarily Unavailable compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-408 = 480 — немедленный обоснованный ответ о том, что вызываемый абонент недоступен; 408 означает, что сервер ждал, но ответ не пришёл вовремя.
# SIP 480 Temporarily Unavailable compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-404 = 480 означает, что пользователь существует, но сейчас недоступен; 404 — что такого пользователя здесь нет.
# SIP 480 Temporarily Unavailable compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-600 = 480 — временное состояние, оставляющее возможность попробовать другие местоположения; 600 сообщает, что вызываемый абонент занят везде, поэтому прокси прекращают поиск.

## SIP 481 Call/Transaction Does Not Exist

# SIP 481 Call/Transaction Does Not Exist: one-line summary at the top of the explainer (TL;DR).
sip-481-tldr = Другая сторона больше не знает о вызове или запросе, на который вы ссылаетесь, — обычно потому, что у неё он уже завершён.
# SIP 481 Call/Transaction Does Not Exist: the paragraph under "What it means".
sip-481-meaning = Ответ 481 означает, что пришёл запрос, который должен относиться к существующему диалогу или транзакции, но у UAS нет ничего подходящего. Диалоги сопоставляются по `Call-ID` с тегами `From` и `To`, а транзакции, например та, на которую направлен `CANCEL`, — по параметру branch в `Via`. Типичные случаи — `BYE` или re-`INVITE` для вызова, который другая сторона уже разорвала, `NOTIFY` для завершившейся подписки или `CANCEL`, пришедший после окончательного ответа. Когда 481 приходит в ответ на запрос внутри диалога, RFC 5057 считает его завершением диалога, поэтому отправителю следует очистить своё локальное состояние, а не повторять попытку.
# SIP 481 Call/Transaction Does Not Exist: common cause 1 of 4, a list item under "Common causes".
sip-481-cause-1 = Удалённая сторона уже завершила вызов, например по истечении таймера сеанса или после перезапуска, а затем получила `BYE` или re-`INVITE`.
# SIP 481 Call/Transaction Does Not Exist: common cause 2 of 4, a list item under "Common causes".
sip-481-cause-2 = NAT, SBC или B2BUA изменили `Call-ID` или тег, и запросы внутри диалога больше не соответствуют диалогу на удалённой стороне.
# SIP 481 Call/Transaction Does Not Exist: common cause 3 of 4, a list item under "Common causes".
sip-481-cause-3 = Балансировщик нагрузки отправил запрос внутри диалога не на тот сервер, где хранится диалог, поскольку прокси не добавляли `Record-Route`.
# SIP 481 Call/Transaction Does Not Exist: common cause 4 of 4, a list item under "Common causes".
sip-481-cause-4 = `CANCEL` пришёл после того, как вызываемый абонент ответил, и ожидающего `INVITE`, который можно было бы отменить, уже не осталось.
# SIP 481 Call/Transaction Does Not Exist: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-481-fix-visitor-1 = Ничего: на другой стороне вызов уже завершён; положите трубку и при необходимости позвоните снова.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-1 = Сравните в трассировке `Call-ID`, тег `From` и тег `To` неудачного запроса с исходным диалогом; расхождение укажет на элемент, который их переписал.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-2 = Направляйте запросы внутри диалога по тому же пути: добавляйте `Record-Route` в прокси и маршрутизируйте по нему, например с помощью `record_route()` и `loose_route()` в Kamailio.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-3 = Сохраняйте состояние диалогов при перезапусках и переключении на резерв, например с помощью модуля `dialog` в Kamailio и его параметра `db_mode`, и считайте 481 в ответ на запрос внутри диалога завершением этого диалога.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-487 = 481 отвечает на запрос, ссылающийся на диалог или транзакцию, неизвестные серверу; 487 отвечает на `INVITE`, который был отменён до завершения.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 491 Request Pending: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-491 = 481 сообщает, что диалога не существует; 491 — что он существует, но в нём ещё ожидает ответа запрос того же типа.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-408 = 481 — немедленный ответ о неизвестном состоянии; 408 выдаётся, когда ответ не пришёл до истечения таймера.

## SIP 482 Loop Detected

# SIP 482 Loop Detected: one-line summary at the top of the explainer (TL;DR).
sip-482-tldr = Ваш вызов пошёл по кругу между серверами и вернулся на сервер, который уже проходил, поэтому его остановили.
# SIP 482 Loop Detected: the paragraph under "What it means".
sip-482-meaning = Прокси обнаруживает цикл, когда приходит запрос с записью `Via`, которую этот прокси добавил сам, а значения, определяющие маршрутизацию, такие как Request-URI, `Route`, `Proxy-Require` и `Proxy-Authorization`, не изменились, — повторная пересылка лишь снова повторила бы круг. Запрос, который возвращается с другим Request-URI, например после переадресации вызова, — это спираль: она легитимна и отклонять её нельзя. RFC 3261 оставил обнаружение циклов необязательным; RFC 5393 сделал его обязательным для разветвляющих прокси и исправил алгоритм, чтобы несколько запросов не могли размножиться в лавину трафика. 482 указывает на ошибку маршрутизации между серверами, и запрос, отправленный повторно без изменений, снова зациклится.
# SIP 482 Loop Detected: common cause 1 of 4, a list item under "Common causes".
sip-482-cause-1 = Два прокси или две АТС маршрутизируют домен или диапазон номеров друг на друга, например после того как транк настроили в обоих направлениях.
# SIP 482 Loop Detected: common cause 2 of 4, a list item under "Common causes".
sip-482-cause-2 = Прокси не распознаёт один из собственных доменов или IP-адресов, например из-за отсутствующего `alias` в Kamailio, поэтому разрешает этот домен через DNS и отправляет запрос самому себе.
# SIP 482 Loop Detected: common cause 3 of 4, a list item under "Common causes".
sip-482-cause-3 = Запись DNS SRV или NAPTR для домена назначения указывает обратно на сервер, который пытается до него достучаться.
# SIP 482 Loop Detected: common cause 4 of 4, a list item under "Common causes".
sip-482-cause-4 = Резервный маршрут направляет вызов на вторичный сервер, который сразу же маршрутизирует его обратно на основной.
# SIP 482 Loop Detected: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-482-fix-visitor-1 = На своём телефоне вы ничего исправить не можете; сообщите провайдеру номер, на который звонили: его маршрутизация отправляет вызов по кругу.
# SIP 482 Loop Detected: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-1 = Прочитайте в трассировке заголовки `Via` зациклившегося запроса: повторяющиеся узлы покажут круг, а исправлять нужно их правила маршрутизации.
# SIP 482 Loop Detected: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-2 = Сделайте так, чтобы каждый прокси знал все свои имена и адреса, например строки `alias` и проверки `is_myself()` в Kamailio или объекты `domain_alias` в Asterisk, прежде чем разрешать Request-URI через DNS.
# SIP 482 Loop Detected: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-3 = Записывайте в журнал каждый 482 с его Request-URI и решением прокси о маршруте, чтобы повторяющиеся ошибки маршрутизации бросались в глаза.
# SIP 482 Loop Detected compared with SIP 483 Too Many Hops: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-483 = 482 означает, что прокси распознал собственную более раннюю запись `Via` и остановил цикл; 483 — что исчерпан `Max-Forwards`, часто потому что цикл не был обнаружен.
# SIP 482 Loop Detected compared with SIP 440 Max-Breadth Exceeded: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-440 = 482 останавливает запрос, идущий по кругу; 440 — запрос, разрастающийся в слишком большое число параллельных ветвей.
# SIP 482 Loop Detected compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-500 = Отправляйте 482, когда сбой вызван циклом маршрутизации; 500 предназначен для непредвиденных внутренних ошибок и скрыл бы настоящую причину.

## SIP 483 Too Many Hops

# SIP 483 Too Many Hops: one-line summary at the top of the explainer (TL;DR).
sip-483-tldr = Ваш вызов прошёл через слишком много серверов и был остановлен, так ни до кого и не дойдя.
# SIP 483 Too Many Hops: the paragraph under "What it means".
sip-483-meaning = Каждый запрос содержит `Max-Forwards`, обычно начинающийся со значения 70, и каждый прокси уменьшает его перед пересылкой. Элемент, получивший запрос с `Max-Forwards: 0`, не должен пересылать его и отвечает 483, хотя на `OPTIONS` он может ответить сам, что позволяет исследовать путь узел за узлом. Семьдесят узлов — гораздо больше, чем нужно любому разумному пути, поэтому 483 почти всегда означает цикл, который не выявил механизм обнаружения циклов, — как правило, спираль, в которой каждый проход меняет Request-URI, например когда два пользователя переадресуют свои вызовы друг на друга. B2BUA, который начинает исходящее плечо вызова с новым значением `Max-Forwards`, превращает такие циклы в бесконечные вызовы вместо 483, поэтому важно переносить значение между плечами вызова.
# SIP 483 Too Many Hops: common cause 1 of 3, a list item under "Common causes".
sip-483-cause-1 = Переадресация вызовов двух пользователей указывает друг на друга, поэтому при каждом проходе Request-URI новый и механизм обнаружения циклов его не останавливает.
# SIP 483 Too Many Hops: common cause 2 of 3, a list item under "Common causes".
sip-483-cause-2 = Два домена при каждом проходе преобразуют номер в сторону друг друга, например из-за противоречащих друг другу правил переносимости номеров или префиксов.
# SIP 483 Too Many Hops: common cause 3 of 3, a list item under "Common causes".
sip-483-cause-3 = Клиент или прокси задаёт необычно низкое значение `Max-Forwards` или ограничивает его, например малым `max_limit` в модуле `maxfwd` Kamailio, а вызов затем проходит больше узлов.
# SIP 483 Too Many Hops: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-483-fix-visitor-1 = Проверьте, не указывает ли ваша собственная переадресация на номер, который переадресует вызовы обратно вам, затем позвоните снова.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-1 = Посмотрите на заголовки `Via` отклонённого запроса: повторяющийся шаблон покажет цикл и участвующие в нём элементы.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-2 = Добейтесь, чтобы B2BUA копировали `Max-Forwards` из входящего плеча вызова и уменьшали его, а не сбрасывали до 70, чтобы циклы через них всё же завершались.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-3 = Обнаруживайте циклы переадресации, когда пользователи её настраивают, и ограничьте в АТС число переадресаций на один вызов, например подсчитывая записи `History-Info` или `Diversion`.
# SIP 483 Too Many Hops compared with SIP 482 Loop Detected: one sentence in the "Related codes" section saying when to use which.
sip-483-vs-482 = 483 означает, что счётчик узлов исчерпан, по какой бы причине это ни произошло; 482 — что прокси распознал цикл и остановил его раньше.
# SIP 483 Too Many Hops compared with SIP 440 Max-Breadth Exceeded: one sentence in the "Related codes" section saying when to use which.
sip-483-vs-440 = 483 ограничивает глубину пути запроса; 440 — число параллельных ветвей, на которые он может разойтись.

## SIP 484 Address Incomplete

# SIP 484 Address Incomplete: one-line summary at the top of the explainer (TL;DR).
sip-484-tldr = Набранный вами номер неполон, и серверу нужны дополнительные цифры.
# SIP 484 Address Incomplete: the paragraph under "What it means".
sip-484-meaning = Ответ 484 сообщает, что Request-URI — начало действительного адреса, но ещё не полный адрес, например телефонный номер со слишком малым числом цифр. Он служит для набора с перекрытием (overlap dialing, RFC 3578): шлюз или телефон, передающий цифры по мере набора, получает 484 после каждой неполной попытки и отправляет новый `INVITE` с бо́льшим числом цифр, пока номер не станет полным. Ответ может указывать ожидаемый адрес, но в произвольном формате, поэтому большинство клиентов просто ждут новых цифр. Шлюзы преобразуют в 484 причину Q.850 номер 28 (invalid number format, address incomplete), а телефоны, отправляющие номер целиком (en bloc), что бывает чаще всего, показывают его как ошибку «неверный номер».
# SIP 484 Address Incomplete: common cause 1 of 4, a list item under "Common causes".
sip-484-cause-1 = Вызывающий абонент не набрал код города или страны, поэтому номер короче любого действительного направления.
# SIP 484 Address Incomplete: common cause 2 of 4, a list item under "Common causes".
sip-484-cause-2 = План набора (digit map) телефона отправил вызов до окончания набора, например из-за слишком короткого тайм-аута между цифрами.
# SIP 484 Address Incomplete: common cause 3 of 4, a list item under "Common causes".
sip-484-cause-3 = АТС ожидает префикс выхода на внешнюю линию, например 9 или 0, за которым следует полный номер, а получила только его часть.
# SIP 484 Address Incomplete: common cause 4 of 4, a list item under "Common causes".
sip-484-cause-4 = Конечная точка PJSIP в Asterisk с включённым `allow_overlap` получила цифры, которые совпадают лишь с началом extension в диалплане.
# SIP 484 Address Incomplete: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-484-fix-visitor-1 = Наберите полный номер, включая код города или страны, и закончите набор, прежде чем нажимать кнопку вызова.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-1 = Проверьте план набора (digit map) или шаблон диалплана телефона и тайм-аут между цифрами, чтобы он отправлял только полные номера.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-2 = Используйте на SIP-транках набор номера целиком (en bloc); если шлюзу в ТфОП нужен набор с перекрытием, реализуйте RFC 3578 и отправляйте после каждого 484 новый `INVITE` с дополнительными цифрами.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-3 = В Asterisk решите, должны ли частичные совпадения возвращать 484 (`allow_overlap = yes`) или считаться полными номерами.
# SIP 484 Address Incomplete compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-404 = Отправляйте 484, когда набранные цифры ещё могут привести к действительному номеру; отправляйте 404, когда полного номера не существует.
# SIP 484 Address Incomplete compared with SIP 485 Ambiguous: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-485 = 484 означает, что адрес слишком короткий, чтобы кого-то определить; 485 — что он соответствует нескольким пользователям.
# SIP 484 Address Incomplete compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-416 = 484 касается неполного адреса в поддерживаемой схеме; 416 — схемы, которую сервер вообще не может обработать.

## SIP 485 Ambiguous

# SIP 485 Ambiguous: one-line summary at the top of the explainer (TL;DR).
sip-485-tldr = Имя или адрес, по которому вы звоните, соответствует нескольким людям, и сервер не может определить, кого вы имеете в виду.
# SIP 485 Ambiguous: the paragraph under "What it means".
sip-485-meaning = Ответ 485 сообщает, что Request-URI неоднозначен, — как правило, это адрес на основе имени, например `sip:carol@example.org`, которому соответствуют несколько пользователей в справочнике. Ответ может перечислять однозначные варианты в заголовках `Contact`, как в примере, чтобы телефон вызывающего абонента мог предложить выбор и повторно отправить запрос выбранному. Поскольку перечисление вариантов может раскрыть адреса пользователей, серверы из соображений конфиденциальности могут их не указывать, и тогда вызывающей стороне придётся уточнить адрес другим способом. Этим он отличается от 300, где все перечисленные адреса ведут к одному и тому же человеку.
# SIP 485 Ambiguous: common cause 1 of 3, a list item under "Common causes".
sip-485-cause-1 = Адрес на основе справочника, например имя или общий короткий псевдоним, соответствует нескольким сотрудникам.
# SIP 485 Ambiguous: common cause 2 of 3, a list item under "Common causes".
sip-485-cause-2 = При слиянии компаний или миграции двум учётным записям назначили один и тот же псевдоним.
# SIP 485 Ambiguous: common cause 3 of 3, a list item under "Common causes".
sip-485-cause-3 = Служба набора по имени или распознавания речи сопоставила запрошенное имя нескольким пользователям.
# SIP 485 Ambiguous: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-485-fix-visitor-1 = Позвоните по более точному адресу, например по полному имени или внутреннему номеру, или выберите нужного человека, если телефон показывает список.
# SIP 485 Ambiguous: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-1 = Покажите пользователю варианты из `Contact` с их отображаемыми именами и повторно отправьте запрос выбранному.
# SIP 485 Ambiguous: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-2 = Сделайте псевдонимы в справочнике уникальными или назначьте для каждого общего псевдонима пользователя по умолчанию.
# SIP 485 Ambiguous: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-3 = Отправляя 485, указывайте варианты, только если это допускает ваша политика конфиденциальности, и задавайте каждому отображаемое имя.
# SIP 485 Ambiguous compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-484 = 485 означает, что адрес соответствует нескольким пользователям; 484 — что он слишком короткий и не соответствует ни одному.
# SIP 485 Ambiguous compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-300 = 485 перечисляет разных людей с общим адресом; 300 — разные местоположения одного человека.
# SIP 485 Ambiguous compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-404 = Отправляйте 485, когда подходят несколько пользователей; отправляйте 404, когда не подходит ни один.

## SIP 486 Busy Here

# SIP 486 Busy Here: one-line summary at the top of the explainer (TL;DR).
sip-486-tldr = Вызываемый абонент разговаривает по другой линии или сейчас не может принять вызов на этом телефоне.
# SIP 486 Busy Here: the paragraph under "What it means".
sip-486-meaning = 486 — местная занятость: ответившее устройство не может принять ещё один вызов, обычно потому что его пользователь уже разговаривает, а ожидание вызова отключено или все линии заняты. Это код 4xx, относящийся только к этому устройству, поэтому прокси ещё может попробовать другие устройства пользователя или голосовую почту; для вызываемого абонента, занятого на всех устройствах, предназначен код 600. Ответ может содержать `Retry-After` с предложением, когда перезвонить. Шлюзы преобразуют его в причину Q.850 номер 17 (user busy) и обратно, поэтому вызывающие абоненты в телефонной сети слышат сигнал «занято».
# SIP 486 Busy Here: common cause 1 of 4, a list item under "Common causes".
sip-486-cause-1 = Вызываемый абонент уже разговаривает, а ожидание вызова отключено или у телефона нет свободной линии.
# SIP 486 Busy Here: common cause 2 of 4, a list item under "Common causes".
sip-486-cause-2 = Вызываемый абонент нажал кнопку отклонения, которую телефон реализует как 486, а не 603.
# SIP 486 Busy Here: common cause 3 of 4, a list item under "Common causes".
sip-486-cause-3 = Телефон или АТС отвечает 486 в режиме «Не беспокоить» или когда достигнут лимит одновременных вызовов для внутреннего номера.
# SIP 486 Busy Here: common cause 4 of 4, a list item under "Common causes".
sip-486-cause-4 = Шлюз в ТфОП получил из телефонной сети причину Q.850 номер 17 (user busy).
# SIP 486 Busy Here: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-486-fix-visitor-1 = Позвоните снова через несколько минут или оставьте голосовое сообщение, если это предлагается.
# SIP 486 Busy Here: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-1 = Направляйте вызовы при занятости на голосовую почту или другое направление в прокси, например в `failure_route` Kamailio с проверкой `t_check_status("486")`.
# SIP 486 Busy Here: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-2 = Если пользователи жалуются на сигнал «занято», когда их телефоны свободны, проверьте настройки ожидания вызова и линий на телефоне и лимиты вызовов на устройство в АТС.
# SIP 486 Busy Here: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-3 = Добавляйте `Retry-After`, когда знаете, когда вызываемый абонент освободится, и не повторяйте попытку автоматически раньше этого времени.
# SIP 486 Busy Here compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-600 = Отправляйте 486, когда занято это устройство, а пользователь может быть доступен в другом месте; отправляйте 600, когда пользователь занят на всех устройствах и больше ничего пробовать не следует.
# SIP 486 Busy Here compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-480 = 486 означает, что устройство доступно, но занято; 480 — что с пользователем сейчас вообще невозможно связаться.
# SIP 486 Busy Here compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-603 = 486 сообщает, что вызываемый абонент сейчас не может принять вызов; 603 — что он решил его не принимать.

## SIP 487 Request Terminated

# SIP 487 Request Terminated: one-line summary at the top of the explainer (TL;DR).
sip-487-tldr = Попытка вызова была прервана до ответа — обычно потому, что вызывающий абонент положил трубку.
# SIP 487 Request Terminated: the paragraph under "What it means".
sip-487-meaning = Ответ 487 — окончательный ответ на `INVITE` или, изредка, на другой запрос, который был прерван запросом `CANCEL` или `BYE` до завершения. `CANCEL` получает собственный ответ 200 в отдельной транзакции, после чего UAS отправляет 487 на исходный `INVITE`, а вызывающая сторона подтверждает его запросом `ACK`. Разветвляющие прокси используют ту же последовательность, чтобы остановить ветви, проигравшие гонку, когда ответило одно из устройств; заголовок `Reason` (RFC 3326) в `CANCEL`, например `Reason: SIP ;cause=200 ;text="Call completed elsewhere"`, сообщает этим устройствам, что записывать пропущенный вызов не нужно. Поскольку 487 и 200 на `CANCEL` — отдельные ответы, вызывающей стороне следует считать попытку завершённой только по приходе 487 либо ответа 200 на `INVITE`, на который ответили раньше, чем до него дошла отмена.
# SIP 487 Request Terminated: common cause 1 of 4, a list item under "Common causes".
sip-487-cause-1 = Вызывающий абонент положил трубку, пока у вызываемого абонента ещё звонил телефон, и телефон вызывающего абонента отправил `CANCEL`.
# SIP 487 Request Terminated: common cause 2 of 4, a list item under "Common causes".
sip-487-cause-2 = Группа вызова звонила на несколько устройств, одно из них ответило, и прокси отменил остальные ветви.
# SIP 487 Request Terminated: common cause 3 of 4, a list item under "Common causes".
sip-487-cause-3 = У прокси истёк таймер неответа, поэтому он отменил нижестоящие ветви, прежде чем сообщить о тайм-ауте в обратном направлении.
# SIP 487 Request Terminated: common cause 4 of 4, a list item under "Common causes".
sip-487-cause-4 = Автоматический обзвонщик (autodialer) или скрипт click-to-call отменил вызовы, на которые не ответили в пределах его собственного тайм-аута.
# SIP 487 Request Terminated: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-487-fix-visitor-1 = Ничего: вызов отменили — вы сами или система — до того, как кто-то ответил.
# SIP 487 Request Terminated: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-1 = Отправив `CANCEL`, дождитесь 487 на `INVITE` и подтвердите его запросом `ACK`; если вместо этого приходит 200, потому что вызываемый абонент ответил раньше, отправьте `ACK`, а затем `BYE`.
# SIP 487 Request Terminated: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-2 = Добавляйте `Reason: SIP ;cause=200 ;text="Call completed elsewhere"` в `CANCEL` для ветвей, проигравших другому устройству, чтобы телефоны не записывали пропущенный вызов.
# SIP 487 Request Terminated: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-3 = При расчёте доли успешных вызовов учитывайте 487 в CDR как отказ вызывающего абонента от вызова, а не как сбой сети.
# SIP 487 Request Terminated compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-481 = 487 отвечает на `INVITE`, который был своевременно отменён; 481 отвечает на запрос, например запоздавший `CANCEL` или `BYE`, для которого нет ни диалога, ни транзакции.
# SIP 487 Request Terminated compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-408 = 487 означает, что кто-то отменил запрос; 408 — что истекло отведённое ему время.
# SIP 487 Request Terminated compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-603 = 487 отражает отказ от вызова со стороны вызывающего абонента или системы; 603 — отклонение вызова вызываемым абонентом.

## SIP 488 Not Acceptable Here

# SIP 488 Not Acceptable Here: one-line summary at the top of the explainer (TL;DR).
sip-488-tldr = Другой телефон не может принять вызов с параметрами звука или видео, предложенными вашим телефоном, например с его кодеками.
# SIP 488 Not Acceptable Here: the paragraph under "What it means".
sip-488-meaning = Ответ 488 означает, что UAS понял описание сеанса, но не может принять описанный в нём сеанс: ни один из предложенных кодеков не подходит, нет нужного типа медиаданных, не совпадает транспортный профиль (например, `RTP/SAVP` вместо `RTP/AVP`) или неприемлемы адреса либо полоса пропускания. Он должен содержать заголовок `Warning`, код которого называет проблему, например 304 (media type not available), 305 (incompatible media format) или 370 (insufficient bandwidth), и может включать тело SDP с описанием того, что UAS умеет. Отказ касается только этого устройства, поэтому в другом местоположении пользователя то же предложение ещё может быть принято — в отличие от 606. Отправленный в ответ на re-`INVITE` или `UPDATE`, он отклоняет лишь предложенное изменение, и вызов продолжается с уже согласованными медиапараметрами.
# SIP 488 Not Acceptable Here: common cause 1 of 5, a list item under "Common causes".
sip-488-cause-1 = Вызывающая сторона предложила только кодеки, которых нет у вызываемой, например Opus или G.729 устройству, поддерживающему лишь G.711.
# SIP 488 Not Acceptable Here: common cause 2 of 5, a list item under "Common causes".
sip-488-cause-2 = Одна сторона требует SRTP через SDES или DTLS-SRTP, а другая предлагает или поддерживает только обычный RTP.
# SIP 488 Not Acceptable Here: common cause 3 of 5, a list item under "Common causes".
sip-488-cause-3 = WebRTC-клиент предложил `UDP/TLS/RTP/SAVPF` с ICE SIP-телефону или транку, который не поддерживает ни то ни другое.
# SIP 488 Not Acceptable Here: common cause 4 of 5, a list item under "Common causes".
sip-488-cause-4 = Факсимильный аппарат за шлюзом инициировал re-`INVITE` для перехода на T.38, а другая сторона T.38 не поддерживает.
# SIP 488 Not Acceptable Here: common cause 5 of 5, a list item under "Common causes".
sip-488-cause-5 = SBC или ALG маршрутизатора переписал SDP и удалил или испортил строки медиаданных.
# SIP 488 Not Acceptable Here: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-488-fix-visitor-1 = Если вы пользуетесь софтфоном, включите в его настройках звука распространённые кодеки G.711 (PCMU и PCMA) и попробуйте снова.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-1 = Сравните в трассировке предложенные строки `m=` и записи `a=rtpmap` с возможностями вызываемой стороны и прочитайте в заголовке `Warning` конкретную причину.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-2 = Включите общий кодек на обеих сторонах, например `allow = ulaw,alaw` для конечной точки PJSIP в Asterisk, или выполняйте транскодирование на медиасервере, если общего кодека нет.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-3 = Согласуйте защиту медиаданных: `media_encryption` в Asterisk, `rtp_secure_media` во FreeSWITCH или SBC с rtpengine, связывающий SRTP и RTP либо WebRTC и обычный SIP.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-4 = Для факса переходите на сквозную передачу по G.711, когда re-`INVITE` на T.38 получает 488, отключив эхоподавление и подавление пауз.
# SIP 488 Not Acceptable Here compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-606 = Отправляйте 488, когда сеанс отклоняет только это устройство; отправляйте 606, когда его не принял бы ни одно местоположение пользователя.
# SIP 488 Not Acceptable Here compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-415 = 488 означает, что SDP понятен, но его сеанс неприемлем; 415 — что не поддерживается сам тип тела.
# SIP 488 Not Acceptable Here compared with SIP 580 Precondition Failure: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-580 = 488 отклоняет сами предложенные медиапараметры; 580 принимает их, но вызов не удаётся, потому что не выполнено обязательное предусловие, например резервирование ресурсов QoS.

## SIP 489 Bad Event

# SIP 489 Bad Event: one-line summary at the top of the explainer (TL;DR).
sip-489-tldr = Сервер не поддерживает тот тип сведений о состоянии, на который пытался подписаться ваш телефон.
# SIP 489 Bad Event: the paragraph under "What it means".
sip-489-meaning = Подписки на события (RFC 6665) указывают свой пакет событий в заголовке `Event`, например `presence`, `dialog` для индикации занятости линий (BLF), `message-summary` для индикаторов голосовой почты или `refer` для хода перевода вызова. Уведомитель, в котором пакет не реализован, отвечает на `SUBSCRIBE` кодом 489 и должен перечислить поддерживаемые пакеты в `Allow-Events`. Тот же код идёт и в обратном направлении, когда подписчик получает `NOTIFY` для пакета событий, обработчика которого у него нет. Повторная подписка с тем же значением `Event` будет завершаться ошибкой, пока на одной из сторон не изменится конфигурация.
# SIP 489 Bad Event: common cause 1 of 4, a list item under "Common causes".
sip-489-cause-1 = Телефон подписывается на `dialog` для индикации занятости (BLF) на АТС или прокси, где поддержка событий диалога не загружена.
# SIP 489 Bad Event: common cause 2 of 4, a list item under "Common causes".
sip-489-cause-2 = `SUBSCRIBE` на `message-summary` для индикатора голосовой почты приходит на сервер без уведомлений голосовой почты.
# SIP 489 Bad Event: common cause 3 of 4, a list item under "Common causes".
sip-489-cause-3 = Клиент использует пакет событий конкретного производителя, например для функциональных клавиш или парковки вызовов, с сервером другого производителя.
# SIP 489 Bad Event: common cause 4 of 4, a list item under "Common causes".
sip-489-cause-4 = В заголовке `Event` имя пакета написано с ошибкой, например `presense`.
# SIP 489 Bad Event: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-489-fix-visitor-1 = Во время вызовов ничего; если индикаторы состояния или индикатор голосовой почты на телефоне никогда не работают, сообщите администратору.
# SIP 489 Bad Event: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-1 = Прочитайте `Allow-Events` в ответе 489 и настройте телефон так, чтобы он подписывался только на перечисленные там пакеты.
# SIP 489 Bad Event: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-2 = Включите пакет на сервере: в Kamailio загрузите соответствующий модуль, например `presence_dialog` или `presence_mwi`; в Asterisk определите в диалплане hints для BLF и почтовые ящики для MWI.
# SIP 489 Bad Event: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-3 = Реализуя уведомитель, добавляйте `Allow-Events` в ответы 489 и в ответы на `OPTIONS`, чтобы клиенты могли узнать, что вы поддерживаете.
# SIP 489 Bad Event compared with SIP 469 Bad Info Package: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-469 = 489 отклоняет пакет событий в `SUBSCRIBE` или `NOTIFY`; 469 отклоняет пакет Info Package в `INFO`.
# SIP 489 Bad Event compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-405 = 489 в целом принимает подписки, но не на этот пакет событий; 405 вообще отклоняет метод `SUBSCRIBE` для этого адреса.
# SIP 489 Bad Event compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-202 = 489 отклоняет подписку на неизвестный пакет событий; 202, объявленный устаревшим в пользу 200, подписку принимал.

## SIP 491 Request Pending

# SIP 491 Request Pending: one-line summary at the top of the explainer (TL;DR).
sip-491-tldr = Обе стороны попытались изменить вызов в один и тот же момент; одно изменение отклонено и вскоре будет повторено.
# SIP 491 Request Pending: the paragraph under "What it means".
sip-491-meaning = Ответ 491 разрешает встречную коллизию (glare) внутри диалога: пользовательский агент получает re-`INVITE` или `UPDATE` с предложением, пока его собственное предложение ещё ожидает ответа, поэтому применить оба изменения невозможно. Он отвечает 491, а сторона, получившая этот ответ, выжидает случайное время перед повторной попыткой: от 2,1 до 4 секунд, если `Call-ID` диалога сформировала она, и от 0 до 2 секунд, если нет, — так попытки перестают сталкиваться. Тем временем существующий сеанс продолжается без изменений. Второй `INVITE`, пришедший раньше, чем пользовательский агент ответил на предыдущий от того же узла, — другая ситуация, на которую отвечают 500 с `Retry-After`.
# SIP 491 Request Pending: common cause 1 of 3, a list item under "Common causes".
sip-491-cause-1 = Обе стороны почти одновременно поставили вызов на удержание или сняли с него, и каждая отправила re-`INVITE`.
# SIP 491 Request Pending: common cause 2 of 3, a list item under "Common causes".
sip-491-cause-2 = Обновление таймера сеанса от одной стороны столкнулось с re-`INVITE` другой стороны для удержания, перевода вызова или смены кодека.
# SIP 491 Request Pending: common cause 3 of 3, a list item under "Common causes".
sip-491-cause-3 = B2BUA отправил `UPDATE` с новым предложением, пока re-`INVITE` от удалённой стороны ещё ожидал ответа.
# SIP 491 Request Pending: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-491-fix-visitor-1 = Ничего: через несколько секунд телефон сам повторит изменение, например постановку на удержание или снятие с него.
# SIP 491 Request Pending: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-1 = Реализуйте выжидание по RFC 3261: учитывайте, ваш ли это `Call-ID`, выжидайте соответственно от 2,1 до 4 секунд или от 0 до 2 секунд и повторяйте попытку, только если изменение всё ещё нужно.
# SIP 491 Request Pending: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-2 = Избегайте лишних запросов re-`INVITE`: обновляйте таймеры сеанса запросом `UPDATE` без SDP и не отправляйте новый re-`INVITE`, пока не подтверждён предыдущий.
# SIP 491 Request Pending: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-3 = В B2BUA придерживайте предложения, приходящие по одному плечу вызова, пока на другом плече ожидает ответа предложение, а не пересылайте их, провоцируя 491 на обоих плечах.
# SIP 491 Request Pending compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-500 = Отправляйте 491, когда в диалоге встречаются два предложения; отправляйте 500 с `Retry-After`, когда `INVITE` приходит раньше, чем вы ответили на предыдущий от того же узла.
# SIP 491 Request Pending compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-481 = 491 означает, что диалог существует, но занят другим запросом; 481 — что такого диалога нет.
# SIP 491 Request Pending compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-487 = 491 отклоняет запрос, потому что ожидает ответа другой; 487 завершает запрос, который был отменён.

## SIP 493 Undecipherable

# SIP 493 Undecipherable: one-line summary at the top of the explainer (TL;DR).
sip-493-tldr = Принимающая сторона не смогла расшифровать зашифрованное содержимое вашего запроса.
# SIP 493 Undecipherable: the paragraph under "What it means".
sip-493-meaning = SIP позволяет защитить тело с помощью S/MIME, зашифровав его открытым ключом получателя. UAS, получивший такое тело, но не имеющий соответствующего закрытого ключа или не поддерживающий алгоритм шифрования, отвечает 493. Если отправитель использовал устаревший ключ, UAS может включить в ответ свой текущий сертификат, чтобы при следующей попытке отправитель зашифровал тело правильным ключом. S/MIME в SIP почти не получил распространения: сигнализацию защищают с помощью TLS, а медиаданные — с помощью SRTP, поэтому 493 встречается в основном в тестовых лабораториях или специализированных системах.
# SIP 493 Undecipherable: common cause 1 of 3, a list item under "Common causes".
sip-493-cause-1 = Отправитель зашифровал тело старым сертификатом получателя, закрытый ключ которого больше не используется.
# SIP 493 Undecipherable: common cause 2 of 3, a list item under "Common causes".
sip-493-cause-2 = Отправитель выбрал алгоритм шифрования, который получатель не поддерживает.
# SIP 493 Undecipherable: common cause 3 of 3, a list item under "Common causes".
sip-493-cause-3 = Закрытый ключ получателя не был загружен, например после сброса устройства.
# SIP 493 Undecipherable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-493-fix-visitor-1 = Во время вызова вы ничего не можете изменить; сообщите о сбое администратору: ключи шифрования на двух сторонах не совпадают.
# SIP 493 Undecipherable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-1 = Проверьте, каким сертификатом воспользовался отправитель, и замените его сертификатом из ответа 493, если он там есть.
# SIP 493 Undecipherable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-2 = Если S/MIME не является обязательным требованием, перестаньте шифровать тела SIP и защищайте сигнализацию с помощью TLS.
# SIP 493 Undecipherable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-3 = Согласуйте поддерживаемые алгоритмы и хранилища ключей на обеих сторонах и проводите тестирование после каждой смены ключей.
# SIP 493 Undecipherable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-415 = 493 означает, что тело зашифровано и не может быть расшифровано; 415 — что тип тела вообще не поддерживается.
# SIP 493 Undecipherable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-488 = 493 означает, что SDP не удалось прочитать из-за шифрования; 488 — что его прочитали и отклонили.
# SIP 493 Undecipherable compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-494 = 493 касается тела, зашифрованного из конца в конец; 494 — согласования защиты на участке до следующего сервера.

## SIP 494 Security Agreement Required

# SIP 494 Security Agreement Required: one-line summary at the top of the explainer (TL;DR).
sip-494-tldr = Сервер требует, чтобы ваш телефон согласовал механизм безопасности, например TLS или IPsec, прежде чем запрос будет принят.
# SIP 494 Security Agreement Required: the paragraph under "What it means".
sip-494-meaning = RFC 3329 позволяет клиенту и серверу первого узла договориться о том, как защищать сигнализацию между ними. Клиент, поддерживающий этот механизм, отправляет `Supported: sec-agree` с заголовком `Security-Client`, перечисляющим его механизмы; сервер, требующий согласования, отвечает 494, перечисляя собственные механизмы и предпочтения в `Security-Server`. Клиент выбирает лучший общий механизм, настраивает его — например, TLS-соединение или ассоциации безопасности IPsec — и снова отправляет запрос по защищённому каналу с `Security-Verify`, повторяющим список сервера, чтобы сервер мог обнаружить атаку на понижение защиты. Сети доступа IMS используют этот механизм с `ipsec-3gpp` между телефоном и P-CSCF, где список `Security-Server` обычно приходит не в ответе 494, а в запросе на аутентификацию 401 при первой регистрации.
# SIP 494 Security Agreement Required: common cause 1 of 3, a list item under "Common causes".
sip-494-cause-1 = Клиент указал `sec-agree` в `Supported`, но в его запросе не было заголовка `Security-Client` или в нём предлагались только механизмы, которые сервер не принимает.
# SIP 494 Security Agreement Required: common cause 2 of 3, a list item under "Common causes".
sip-494-cause-2 = Телефон IMS регистрируется на P-CSCF, который требует IPsec, а его запрос предлагает только TLS или ничего.
# SIP 494 Security Agreement Required: common cause 3 of 3, a list item under "Common causes".
sip-494-cause-3 = Клиент настроил механизм, но повторно отправил запрос без `Security-Verify`, и сервер снова его отклонил.
# SIP 494 Security Agreement Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-494-fix-visitor-1 = Во время вызова ничего; если телефон не может зарегистрироваться, перезапустите его, а если проблема не исчезнет, обратитесь к провайдеру.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-1 = Прочитайте `Security-Server`, выберите поддерживаемый вами механизм с наивысшим предпочтением, настройте его и повторно отправьте запрос с `Security-Verify`, в точности копирующим этот заголовок, а также с `Require: sec-agree` и `Proxy-Require: sec-agree`.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-2 = Всегда, когда указываете `sec-agree`, добавляйте в первый запрос `Security-Client` с поддерживаемыми механизмами и параметрами, например `ipsec-3gpp` с его алгоритмами и портами.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-3 = Проследите обмен на P-CSCF и проверьте, что ассоциации безопасности IPsec используют порты, объявленные в `Security-Client` и `Security-Server`.
# SIP 494 Security Agreement Required compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-421 = 494 требует согласования безопасности и перечисляет механизмы сервера; 421 требует какое-то другое расширение и называет его в `Require`.
# SIP 494 Security Agreement Required compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-420 = 494 сообщает, что клиент должен добавить согласование безопасности; 420 — что у сервера нет расширения, которое потребовал клиент.
# SIP 494 Security Agreement Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-401 = 494 касается того, какую защиту использовать на первом участке пути; 401 — подтверждения личности пользователя, и в IMS оба часто сочетаются в одной регистрации.

## SIP 500 Server Internal Error

# SIP 500 Server Internal Error: one-line summary at the top of the explainer (TL;DR).
sip-500-tldr = При обработке вашего запроса на сервере произошёл сбой из-за проблемы на его собственной стороне.
# SIP 500 Server Internal Error: the paragraph under "What it means".
sip-500-meaning = Ответ 500 сообщает о непредвиденной ситуации, которая помешала серверу выполнить запрос, например об ошибке в скрипте маршрутизации, сбое базы данных или внутреннем исключении. Если сервер знает, что ситуация временная, он добавляет `Retry-After`, и клиент может повторить попытку по истечении этого времени; без него клиенту следует считать сбой окончательным для этого запроса, и он может обратиться к другому серверу. RFC 3261 отводит коду 500 и особую роль: UAS, получивший в диалоге `INVITE` раньше, чем ответил на предыдущий `INVITE` с меньшим `CSeq`, отвечает 500 со случайным значением `Retry-After` от 0 до 10 секунд. Прокси также формируют 500, когда все нижестоящие ветви вернули 503, поскольку пересылка 503 ошибочно сообщила бы, что недоступен сам прокси.
# SIP 500 Server Internal Error: common cause 1 of 4, a list item under "Common causes".
sip-500-cause-1 = В скрипте маршрутизации или диалплане произошла ошибка, например скрипт Kamailio обратился к несуществующей переменной или аварийно завершился AGI-скрипт Asterisk.
# SIP 500 Server Internal Error: common cause 2 of 4, a list item under "Common causes".
sip-500-cause-2 = Регистратор или прокси не смог связаться со своей базой данных, поэтому не смог сохранить или найти привязку.
# SIP 500 Server Internal Error: common cause 3 of 4, a list item under "Common causes".
sip-500-cause-3 = Re-`INVITE` пришёл, пока UAS ещё обрабатывал предыдущий `INVITE` в том же диалоге.
# SIP 500 Server Internal Error: common cause 4 of 4, a list item under "Common causes".
sip-500-cause-4 = Прокси получил от нижестоящих серверов только ответы 503 и сообщил в обратном направлении 500.
# SIP 500 Server Internal Error: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-500-fix-visitor-1 = Подождите немного и позвоните снова: проблема на сервере провайдера.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-1 = Проверьте журнал сервера за время сбоя: Kamailio пишет ошибки скриптов и модулей в syslog, Asterisk — в `/var/log/asterisk/full`, FreeSWITCH — в `freeswitch.log`.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-2 = Проверьте серверные системы, используемые при маршрутизации, например базу данных, DNS и внешние HTTP API, и добавляйте `Retry-After`, когда известно, что сбой временный.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-3 = Обрабатывайте в пользовательских агентах случай встречных `INVITE`: отвечайте 500 со случайным `Retry-After` до 10 секунд, а получив такой ответ, повторно отправляйте re-`INVITE` после этой задержки.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-4 = Возвращайте более конкретные коды, где они существуют (503 при перегрузке, 488 при проблемах с медиаданными, 482 при циклах), чтобы 500 по-прежнему означал настоящую неисправность.
# SIP 500 Server Internal Error compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-503 = Отправляйте 500 при непредвиденной ошибке в обработке этого запроса; отправляйте 503, когда сервер в целом перегружен или на обслуживании и скоро восстановится.
# SIP 500 Server Internal Error compared with SIP 502 Bad Gateway: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-502 = 500 сообщает, что сбой произошёл на этом сервере; 502 — что он сработал, но получил недопустимый ответ от следующего.
# SIP 500 Server Internal Error compared with SIP 491 Request Pending: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-491 = Отправляйте 500 с `Retry-After`, когда `INVITE` приходит раньше, чем вы ответили на предыдущий; отправляйте 491, когда в диалоге встречаются два предложения.

## SIP 501 Not Implemented

# SIP 501 Not Implemented: one-line summary at the top of the explainer (TL;DR).
sip-501-tldr = Оборудование на другой стороне не поддерживает тип запроса, отправленного вашим телефоном.
# SIP 501 Not Implemented: the paragraph under "What it means".
sip-501-meaning = Ответ 501 сообщает, что у сервера нет функциональности, необходимой для выполнения запроса, — обычно потому, что UAS вообще не распознаёт метод, например `PUBLISH`, `UPDATE` или `MESSAGE`, отправленный старому устройству. Этим он отличается от 405, где метод известен, но не разрешён для этого URI. Поскольку прокси пересылают любой метод, не обязательно его понимая, 501 указывает на удалённый пользовательский агент или B2BUA, а не на промежуточные серверы. Клиенту не следует повторять тот же метод; он может проверить заголовок `Allow` в ответах адресата или в ответе на `OPTIONS` и выбрать другой способ, например re-`INVITE` вместо `UPDATE`. Шлюзы в ТфОП преобразуют его в причину Q.850 номер 79 (service or option not implemented).
# SIP 501 Not Implemented: common cause 1 of 4, a list item under "Common causes".
sip-501-cause-1 = Клиент присутствия отправил `PUBLISH` на АТС или устройство без поддержки публикации присутствия, как в примере.
# SIP 501 Not Implemented: common cause 2 of 4, a list item under "Common causes".
sip-501-cause-2 = Телефон отправил `UPDATE` старому шлюзу, в котором реализованы только базовые методы RFC 3261.
# SIP 501 Not Implemented: common cause 3 of 4, a list item under "Common causes".
sip-501-cause-3 = Софтфон отправил `MESSAGE` или `INFO` на устройство, которое ничего не знает о мгновенных сообщениях или передаче информации во время вызова.
# SIP 501 Not Implemented: common cause 4 of 4, a list item under "Common causes".
sip-501-cause-4 = Метод, специфичный для конкретного производителя, дошёл до стандартного пользовательского агента, который его не знает.
# SIP 501 Not Implemented: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-501-fix-visitor-1 = Воспользуйтесь для этого контакта другой функцией: оборудование на другой стороне не поддерживает ту, которую вы попробовали.
# SIP 501 Not Implemented: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-1 = Прежде чем использовать необязательные методы, проверяйте заголовок `Allow` адресата из предыдущего ответа или из ответа на проверочный `OPTIONS`.
# SIP 501 Not Implemented: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-2 = Корректно переходите на запасные варианты: используйте re-`INVITE`, когда `UPDATE` завершается с 501, и прекратите публиковать присутствие на сервере, в котором не реализован `PUBLISH`.
# SIP 501 Not Implemented: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-3 = Создавая пользовательский агент, отвечайте на неизвестные вам методы кодом 501 и подумайте о добавлении заголовка `Allow`, чтобы другие узлы могли приспособиться.
# SIP 501 Not Implemented compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-405 = Отправляйте 501, когда метод у вас вообще не реализован; отправляйте 405, когда он реализован, но для этого URI не разрешён.
# SIP 501 Not Implemented compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-500 = 501 — устойчивое отсутствие поддержки запрошенного; 500 — непредвиденный сбой того, что сервер обычно поддерживает.
# SIP 501 Not Implemented compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-420 = 501 касается неизвестного метода; 420 — неизвестного расширения, указанного в `Require` или `Proxy-Require`.

## SIP 502 Bad Gateway

# SIP 502 Bad Gateway: one-line summary at the top of the explainer (TL;DR).
sip-502-tldr = Сервер между вами и вызываемым абонентом получил недопустимый ответ от следующего сервера на пути.
# SIP 502 Bad Gateway: the paragraph under "What it means".
sip-502-meaning = Ответ 502 приходит от элемента, выступающего в роли шлюза или прокси: он переслал запрос, а то, что вернулось от нижестоящего сервера, оказалось недопустимым, например не поддающимся разбору, обрезанным или не соответствующим запросу. Поэтому неисправность находится дальше сервера, отправляющего 502, — он лишь сообщает о ней. При взаимодействии с ТфОП RFC 3398 сопоставляет причине Q.850 номер 27 (destination out of order) код 502, поэтому операторы связи часто отправляют его, когда недоступны удалённая линия или станция, а не когда некорректно SIP-сообщение. Клиент может повторить попытку позже или по другому маршруту; повторная отправка по тому же пути обычно даёт тот же результат.
# SIP 502 Bad Gateway: common cause 1 of 4, a list item under "Common causes".
sip-502-cause-1 = Шлюз в ТфОП получил причину Q.850 номер 27 (destination out of order), потому что вызываемая линия или удалённая станция не работает.
# SIP 502 Bad Gateway: common cause 2 of 4, a list item under "Common causes".
sip-502-cause-2 = Нижестоящий сервер, например SBC оператора связи, вернул некорректный ответ, который прокси не смог разобрать.
# SIP 502 Bad Gateway: common cause 3 of 4, a list item under "Common causes".
sip-502-cause-3 = B2BUA получил недопустимый ответ на исходящем плече вызова, например ответ, `CSeq` или `Via` которого не совпадали с запросом, и сообщил об этом в обратном направлении кодом 502.
# SIP 502 Bad Gateway: common cause 4 of 4, a list item under "Common causes".
sip-502-cause-4 = Служба маршрутизации за прокси, например HTTP API маршрутизации, вернула непригодные данные, и прокси преобразует этот сбой в 502.
# SIP 502 Bad Gateway: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-502-fix-visitor-1 = Попробуйте снова через несколько минут: неисправность находится в сети между вами и номером, на который вы звонили.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-1 = Перехватите трафик нижестоящего плеча, чтобы увидеть недопустимый ответ или, если 502 пришёл от шлюза в ТфОП, причину Q.850 в заголовке `Reason` (RFC 3326).
# SIP 502 Bad Gateway: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-2 = При получении 502 переключайтесь на другого оператора связи или другой шлюз в `failure_route` прокси, поскольку проблема относится к этому нижестоящему пути.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-3 = Если ваш собственный элемент отправляет 502 из-за недопустимых данных от нижестоящего сервера, записывайте проблемный ответ в журнал, чтобы другая сторона могла его исправить.
# SIP 502 Bad Gateway compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-504 = Отправляйте 502, когда нижестоящий сервер ответил чем-то недопустимым; отправляйте 504, когда он не ответил вовремя.
# SIP 502 Bad Gateway compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-500 = 502 возлагает вину на следующий сервер на пути; 500 — на сервер, который его отправляет.
# SIP 502 Bad Gateway compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-503 = 502 сообщает о плохом ответе от нижестоящего сервера; 503 — о том, что перегружен или недоступен сам отправляющий сервер.

## SIP 503 Service Unavailable

# SIP 503 Service Unavailable: one-line summary at the top of the explainer (TL;DR).
sip-503-tldr = Сервер перегружен или находится на техническом обслуживании и сейчас не может обработать ваш запрос.
# SIP 503 Service Unavailable: the paragraph under "What it means".
sip-503-meaning = Ответ 503 сообщает, что сервер временно не может обработать запрос. Он может содержать `Retry-After`, и получивший его клиент должен попробовать альтернативный сервер, найденный через записи DNS SRV домена (RFC 3263), и в течение указанного времени не обращаться к этому. Шлюзы преобразуют в 503 несколько причин Q.850, связанных с перегрузкой, в том числе 34 (no circuit available), 38 (network out of order) и 42 (switching equipment congestion), поэтому на транках он часто означает, что у оператора связи закончилась ёмкость. Сам по себе 503 — грубый инструмент борьбы с перегрузкой: RFC 7339 добавляет управление перегрузкой на основе обратной связи через параметры `oc` в заголовке `Via`, которые позволяют серверу попросить вышестоящих соседей снизить трафик, прежде чем ему придётся что-либо отклонять. Сервер может также отказывать в соединениях или молча отбрасывать запросы, не отвечая 503.
# SIP 503 Service Unavailable: common cause 1 of 5, a list item under "Common causes".
sip-503-cause-1 = У транка оператора связи или шлюза нет свободных каналов, о чём ТфОП сообщает причиной Q.850 номер 34 или 42.
# SIP 503 Service Unavailable: common cause 2 of 5, a list item under "Common causes".
sip-503-cause-2 = Сервер находится на обслуживании или ещё запускается и отклоняет запросы, пока не будет готов.
# SIP 503 Service Unavailable: common cause 3 of 5, a list item under "Common causes".
sip-503-cause-3 = В наборе `dispatcher` Kamailio нет активных направлений, поскольку все медиасерверы за ним не прошли проверки `OPTIONS`.
# SIP 503 Service Unavailable: common cause 4 of 5, a list item under "Common causes".
sip-503-cause-4 = АТС достигла лимита лицензии или одновременных вызовов, или её процессор перегружен лавиной регистраций или SIP-сканером.
# SIP 503 Service Unavailable: common cause 5 of 5, a list item under "Common causes".
sip-503-cause-5 = Провайдер ограничивает интенсивность запросов для учётной записи, например из-за слишком большого числа вызовов в секунду на одном транке.
# SIP 503 Service Unavailable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-503-fix-visitor-1 = Подождите минуту-другую и позвоните снова: система провайдера временно перегружена или находится на обслуживании.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-1 = Соблюдайте `Retry-After`, переключайтесь на следующую цель SRV или следующий транк и помечайте отказавший как неработающий на этот период.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-2 = Проверьте ёмкость и состояние: лимиты каналов и лицензий, загрузку процессора, состояние направлений `dispatcher` (`kamcmd dispatcher.list`) и не заваливает ли сервер запросами сканер.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-3 = Отправляя 503, добавляйте реалистичный `Retry-After`, чтобы клиенты распределяли повторные попытки во времени, а не заваливали сервер запросами.
# SIP 503 Service Unavailable compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-500 = Отправляйте 503, когда весь сервер временно перегружен или на обслуживании; отправляйте 500 при непредвиденной ошибке в обработке одного запроса.
# SIP 503 Service Unavailable compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-480 = 503 означает, что сервер сейчас никого не может обслужить; 480 — что сервер работает, но этот вызываемый абонент недоступен.
# SIP 503 Service Unavailable compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-504 = 503 сообщает, что недоступен сам сервер; 504 — что не ответил вовремя сервер, от которого он зависит.

## SIP 504 Server Time-out

# SIP 504 Server Time-out: one-line summary at the top of the explainer (TL;DR).
sip-504-tldr = Сервер, обрабатывающий ваш вызов, не дождался ответа от другого нужного ему сервера.
# SIP 504 Server Time-out: the paragraph under "What it means".
sip-504-meaning = Ответ 504 приходит от элемента, выступающего в роли шлюза или прокси, который не получил своевременного ответа от сервера, к которому должен был обратиться, например от следующего узла, сервера определения местоположения, при поиске в DNS или ENUM или от внешней службы маршрутизации. В отличие от 408, который сообщает, что на запрос в целом не удалось ответить вовремя, 504 указывает на зависимость, находящуюся за отправителем. RFC 3398 сопоставляет причине Q.850 номер 102 (recovery on timer expiry) код 504, поэтому шлюзы в ТфОП отправляют его, когда в телефонной сети истёк таймер. Клиент может повторить попытку позже или по другому маршруту.
# SIP 504 Server Time-out: common cause 1 of 4, a list item under "Common causes".
sip-504-cause-1 = Шлюз в ТфОП сообщил причину Q.850 номер 102 (recovery on timer expiry) после истечения таймера в телефонной сети.
# SIP 504 Server Time-out: common cause 2 of 4, a list item under "Common causes".
sip-504-cause-2 = Поиск направления в ENUM или DNS, выполняемый прокси, завершился по тайм-ауту, поэтому прокси не смог решить, куда маршрутизировать вызов.
# SIP 504 Server Time-out: common cause 3 of 4, a list item under "Common causes".
sip-504-cause-3 = Внешняя служба маршрутизации или переносимости номеров, которую использует прокси, например по HTTP, не ответила в пределах заданного тайм-аута.
# SIP 504 Server Time-out: common cause 4 of 4, a list item under "Common causes".
sip-504-cause-4 = Исходящее плечо вызова B2BUA не получило ответа от оператора связи до срабатывания собственного таймера B2BUA.
# SIP 504 Server Time-out: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-504-fix-visitor-1 = Попробуйте позвонить ещё раз чуть позже: сервер в сети провайдера не ответил вовремя.
# SIP 504 Server Time-out: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-1 = Найдите в журналах отправителя зависимость, время ожидания которой истекло, затем проверьте её задержку и доступность: DNS-резолверы, серверы ENUM, API маршрутизации, транки операторов связи.
# SIP 504 Server Time-out: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-2 = Задавайте тайм-ауты поиска короче таймеров транзакций SIP и предусматривайте запасной маршрут на случай неудачного поиска, например с помощью тайм-аута соединения в `http_client` Kamailio и маршрута по умолчанию.
# SIP 504 Server Time-out: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-3 = Кешируйте результаты DNS и маршрутизации так долго, как позволяет их срок жизни, чтобы медленная зависимость затрагивала меньше вызовов.
# SIP 504 Server Time-out compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-408 = Отправляйте 504, когда сервер, от которого вы зависите, не ответил вовремя; отправляйте 408, когда вы сами не смогли вовремя получить ответ на запрос.
# SIP 504 Server Time-out compared with SIP 502 Bad Gateway: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-502 = 504 означает, что нижестоящий сервер вообще не ответил; 502 — что он ответил чем-то недопустимым.
# SIP 504 Server Time-out compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-503 = 504 сообщает о медленной зависимости; 503 — о том, что недоступен сам отправляющий сервер.

## SIP 505 Version Not Supported

# SIP 505 Version Not Supported: one-line summary at the top of the explainer (TL;DR).
sip-505-tldr = В вашем запросе указана версия SIP, которую сервер не понимает.
# SIP 505 Version Not Supported: the paragraph under "What it means".
sip-505-meaning = Проверка касается только стартовой строки запроса: сервер нашёл там что-то отличное от `SIP/2.0` и отказывается интерпретировать остальную часть сообщения. Все используемые реализации SIP работают с SIP/2.0 — версией RFC 3261, а до него RFC 2543, — и с тех пор никакая другая версия не определялась, поэтому на практике 505 означает, что стартовая строка некорректна или трафик вообще не относится к SIP. Сервер может описать в ответе поддерживаемые версии. Клиент должен отправить запрос, указав в конце стартовой строки ровно `SIP/2.0`.
# SIP 505 Version Not Supported: common cause 1 of 3, a list item under "Common causes".
sip-505-cause-1 = Самописный инструмент или фаззер отправил стартовую строку с неверной строкой версии, например `SIP/2` или `SIP/3.0`.
# SIP 505 Version Not Supported: common cause 2 of 3, a list item under "Common causes".
sip-505-cause-2 = HTTP-клиент или сканер отправил HTTP-запрос на порт SIP, поэтому стартовая строка заканчивается на `HTTP/1.1`.
# SIP 505 Version Not Supported: common cause 3 of 3, a list item under "Common causes".
sip-505-cause-3 = Неисправное промежуточное устройство или ALG испортили первую строку сообщения.
# SIP 505 Version Not Supported: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-505-fix-visitor-1 = На своём телефоне вы это не исправите; если это происходит при каждом вызове, сообщите провайдеру или производителю телефона.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-1 = Перехватите проблемный запрос и побайтно проверьте его первую строку; обычные виновники — лишние символы или неверная строка версии.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-2 = Считайте повторяющиеся ответы 505 на запросы с одного адреса сканированием и ограничьте интенсивность запросов с этого источника или заблокируйте его, например с помощью fail2ban, читающего журнал SIP-сервера.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-3 = Если вы пишете SIP-стек, выводите в стартовых строках запросов и строках состояния ровно `SIP/2.0` — прописными буквами и без пробелов.
# SIP 505 Version Not Supported compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-505-vs-400 = Отправляйте 505, когда не поддерживается только версия в стартовой строке; отправляйте 400 при других синтаксических ошибках.
# SIP 505 Version Not Supported compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-505-vs-501 = 505 отклоняет версию протокола; 501 — метод, который сервер не реализует.

## SIP 513 Message Too Large

# SIP 513 Message Too Large: one-line summary at the top of the explainer (TL;DR).
sip-513-tldr = Ваш запрос целиком слишком велик, чтобы сервер мог его обработать.
# SIP 513 Message Too Large: the paragraph under "What it means".
sip-513-meaning = Ответ 513 сообщает, что сообщение целиком, заголовки вместе с телом, больше, чем сервер способен обработать. Обычно он появляется при работе по UDP: датаграмма больше MTU пути фрагментируется, фрагменты теряются или блокируются межсетевыми экранами, а получатели часто ограничивают размер датаграмм. Поэтому RFC 3261 требует, чтобы клиент использовал транспорт с контролем перегрузки, например TCP, когда размер запроса отличается от MTU пути менее чем на 200 байт или превышает 1300 байт, если MTU неизвестен. В отличие от 413, который оценивает только тело, 513 относится ко всему сообщению, поэтому его могут вызвать и длинные блоки заголовков с множеством записей `Via`, `Record-Route` или `History-Info`.
# SIP 513 Message Too Large: common cause 1 of 3, a list item under "Common causes".
sip-513-cause-1 = Большой `INVITE` с полным SDP-предложением — с аудио, видео, множеством кодеков и кандидатов ICE — был отправлен по UDP.
# SIP 513 Message Too Large: common cause 2 of 3, a list item under "Common causes".
sip-513-cause-2 = Запрос, пройдя через несколько прокси и переадресаций, накопил множество заголовков `Via`, `Record-Route` и `History-Info`.
# SIP 513 Message Too Large: common cause 3 of 3, a list item under "Common causes".
sip-513-cause-3 = `MESSAGE` или `NOTIFY` с большим телом превысил максимальный размер сообщения для сервера.
# SIP 513 Message Too Large: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-513-fix-visitor-1 = Во время вызова вы ничего не можете изменить; если проблема повторяется, узнайте у провайдера, не следует ли телефону использовать TCP или TLS.
# SIP 513 Message Too Large: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-1 = Отправляйте большие запросы по TCP или TLS, например указав `transport=tcp` в маршруте или регистрации либо в настройке транспорта телефона, как того требует RFC 3261 при превышении ограничения на размер.
# SIP 513 Message Too Large: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-2 = Уменьшайте сообщения: предлагайте меньше кодеков, убирайте ненужные заголовки и используйте сокрытие топологии, чтобы свернуть длинные цепочки `Via` и `Record-Route`.
# SIP 513 Message Too Large: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-3 = Проверьте максимальный размер сообщения и размер буфера приёма UDP на сервере и увеличьте их, если легитимные сообщения их превышают.
# SIP 513 Message Too Large compared with SIP 413 Request Entity Too Large: one sentence in the "Related codes" section saying when to use which.
sip-513-vs-413 = Отправляйте 513, когда слишком велико сообщение целиком; отправляйте 413, когда слишком велико одно лишь тело.
# SIP 513 Message Too Large compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-513-vs-414 = 513 касается размера всего сообщения; 414 — только длины Request-URI.

## SIP 555 Push Notification Service Not Supported

# SIP 555 Push Notification Service Not Supported: one-line summary at the top of the explainer (TL;DR).
sip-555-tldr = Сервер не может разбудить ваше приложение-телефон через службу push-уведомлений, которую запросило приложение.
# SIP 555 Push Notification Service Not Supported: the paragraph under "What it means".
sip-555-meaning = RFC 8599 позволяет засыпающему пользовательскому агенту, как правило мобильному приложению, регистрироваться с параметрами push-уведомлений в URI `Contact`: `pn-provider` называет службу push-уведомлений, например `apns` для Apple или `fcm` для Firebase, а `pn-prid` и `pn-param` идентифицируют устройство и приложение. После этого прокси, обрабатывающий push-уведомления, будит приложение всякий раз, когда для него приходит запрос. Если прокси не поддерживает указанную службу, он отвечает на `REGISTER` кодом 555 и может перечислить поддерживаемые службы с помощью индикатора возможностей `+sip.pns` в заголовке `Feature-Caps`. Пользовательский агент может зарегистрироваться заново с одной из них или без параметров push-уведомлений, смирившись с тем, что во сне он будет недоступен.
# SIP 555 Push Notification Service Not Supported: common cause 1 of 3, a list item under "Common causes".
sip-555-cause-1 = Приложение для iOS регистрируется с `pn-provider=apns` на прокси, настроенном только для Firebase (`fcm`).
# SIP 555 Push Notification Service Not Supported: common cause 2 of 3, a list item under "Common causes".
sip-555-cause-2 = Прокси в принципе поддерживает службу, но учётные данные для неё не настроены, например ключ APNs или сервисный аккаунт FCM.
# SIP 555 Push Notification Service Not Supported: common cause 3 of 3, a list item under "Common causes".
sip-555-cause-3 = Сборка приложения или SDK отправляет значение `pn-provider` с опечаткой или устаревшее.
# SIP 555 Push Notification Service Not Supported: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-555-fix-visitor-1 = Обновите приложение софтфона, а пока провайдер не исправит поддержку push-уведомлений, держите приложение открытым, когда ждёте звонков, иначе можете их пропустить.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-1 = Прочитайте `Feature-Caps` в ответе 555 и зарегистрируйтесь заново с одним из перечисленных значений `+sip.pns`.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-2 = Настройте push-шлюз прокси с учётными данными для каждой платформы, на которой выходит ваше приложение, например и для APNs, и для FCM.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-3 = Сверьте параметры `Contact`, которые отправляет приложение (`pn-provider`, `pn-prid`, `pn-param`), со значениями, определёнными в RFC 8599 для каждой службы.
# SIP 555 Push Notification Service Not Supported compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-501 = 555 означает, что сервер работает с push-уведомлениями, но не с указанной службой; 501 — что запрошенная функциональность у него вообще не реализована.
# SIP 555 Push Notification Service Not Supported compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-420 = 555 касается службы push-уведомлений, указанной в параметрах `Contact`; 420 — расширения, указанного в `Require`.
# SIP 555 Push Notification Service Not Supported compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-503 = 555 — устойчивое несоответствие служб push-уведомлений; 503 — временная неспособность что-либо обслуживать.

## SIP 580 Precondition Failure

# SIP 580 Precondition Failure: one-line summary at the top of the explainer (TL;DR).
sip-580-tldr = Вызов не удалось установить, потому что не выполнено обязательное условие — как правило, резервирование сетевых ресурсов нужного качества для вызова.
# SIP 580 Precondition Failure: the paragraph under "What it means".
sip-580-meaning = Предусловия (RFC 3312, дополненный RFC 4032) позволяют вызову дождаться выполнения условий, например резервирования сетевых ресурсов, прежде чем вызываемый абонент будет оповещён. SDP перечисляет для каждого медиапотока текущее (`a=curr`), желаемое (`a=des`) и подтверждённое (`a=conf`) состояние каждого предусловия с его силой, например `mandatory` или `optional`, а стороны обмениваются обновлениями в запросах `PRACK` и `UPDATE`. Если обязательное предусловие выполнить не удаётся, например потому что сеть отказалась зарезервировать однонаправленный канал (bearer) с нужным QoS, пользовательский агент отвечает 580, и ответ может содержать SDP, показывающий, какое предусловие не выполнено. Код типичен для VoLTE и IMS, где обе стороны резервируют выделенные однонаправленные каналы ещё до того, как телефон зазвонит.
# SIP 580 Precondition Failure: common cause 1 of 3, a list item under "Common causes".
sip-580-cause-1 = Сеть VoLTE не смогла установить выделенный однонаправленный канал с QoS, необходимым для вызова, например из-за перегрузки соты.
# SIP 580 Precondition Failure: common cause 2 of 3, a list item under "Common causes".
sip-580-cause-2 = Одна сторона пометила предусловие QoS как обязательное, а в сети другой стороны нет механизма резервирования ресурсов.
# SIP 580 Precondition Failure: common cause 3 of 3, a list item under "Common causes".
sip-580-cause-3 = `UPDATE` с состоянием предусловий был потерян или отклонён, поэтому до истечения таймера предусловия так и не были выполнены.
# SIP 580 Precondition Failure: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-580-fix-visitor-1 = Попробуйте позвонить ещё раз, возможно, перейдя в место с лучшим покрытием или отключив звонки по 4G (VoLTE).
# SIP 580 Precondition Failure: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-1 = Помечайте предусловия как `optional`, а не `mandatory`, если только вызов действительно не должен продолжаться без резервирования.
# SIP 580 Precondition Failure: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-2 = Проследите согласование предусловий в трассировке: строки `a=curr`, `a=des` и `a=conf` каждого предложения и ответа и передающие их `PRACK` или `UPDATE`.
# SIP 580 Precondition Failure: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-3 = В IMS сопоставьте 580 с журналами PCRF или PCF, чтобы выяснить, почему запрос на однонаправленный канал был отклонён.
# SIP 580 Precondition Failure compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-488 = 580 означает, что медиапараметры были приемлемы, но не выполнено предусловие; 488 — что неприемлемы сами медиапараметры.
# SIP 580 Precondition Failure compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-606 = 580 сообщает о невыполненном предусловии для этой попытки; 606 — что предложенный сеанс не принимает ни одно из устройств пользователя.
# SIP 580 Precondition Failure compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-421 = 580 приходит после того, как обе стороны согласились использовать предусловия, и одно из них не выполнено; 421 — когда клиент вообще не поддерживал расширение предусловий.

## SIP 600 Busy Everywhere

# SIP 600 Busy Everywhere: one-line summary at the top of the explainer (TL;DR).
sip-600-tldr = Вызываемый абонент занят и не хочет, чтобы вызов переводили на другой телефон или на голосовую почту.
# SIP 600 Busy Everywhere: the paragraph under "What it means".
sip-600-meaning = Ответ 600 сообщает, что до оконечной системы вызываемого абонента удалось дозвониться и абонент занят, а также, в отличие от 486, что ни в каком другом местоположении вызов тоже не примут, поэтому пробовать его где-то ещё не следует. Как глобальная ошибка 6xx, он заставляет разветвляющий прокси отменить остальные ветви и сразу переслать 600, не пробуя для этого запроса другие местоположения. Он может содержать `Retry-After` со временем, когда вызываемый абонент рассчитывает освободиться. Его следует использовать, только если вызываемый абонент знает, что ни одна другая оконечная система вызов не примет; в противном случае 486 позволяет подхватить вызов голосовой почте или другим устройствам.
# SIP 600 Busy Everywhere: common cause 1 of 3, a list item under "Common causes".
sip-600-cause-1 = Вызываемый абонент установил статус «занят» в клиенте с поддержкой присутствия, который отклоняет вызовы на все его устройства с кодом 600.
# SIP 600 Busy Everywhere: common cause 2 of 3, a list item under "Common causes".
sip-600-cause-2 = АТС, знающая все устройства пользователя, обнаруживает, что каждое из них занято, и отвечает за пользователя в целом.
# SIP 600 Busy Everywhere: common cause 3 of 3, a list item under "Common causes".
sip-600-cause-3 = Телефон вызываемого абонента настроен при занятости отклонять вызовы с кодом 600 именно для того, чтобы вызов не разветвлялся на голосовую почту или спаренный мобильный номер.
# SIP 600 Busy Everywhere: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-600-fix-visitor-1 = Позвоните позже: абонент занят и решил сейчас не быть доступным ни на каком другом телефоне.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-1 = Используйте 600, только если знаете, что пользователь занят на всех устройствах; в остальных случаях отвечайте 486, чтобы прокси могли попробовать голосовую почту или другие устройства.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-2 = В разветвляющем прокси при получении 600 отменяйте оставшиеся ветви и пересылайте его в обратном направлении, как того требует RFC 3261 для ответов 6xx.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-3 = Соблюдайте `Retry-After` в функциях автодозвона и обратного вызова.
# SIP 600 Busy Everywhere compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-486 = Отправляйте 600, когда пользователь занят везде и никакие альтернативы пробовать не следует; отправляйте 486, когда занято только это устройство.
# SIP 600 Busy Everywhere compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-603 = 600 сообщает, что вызываемый абонент занят; 603 — что он отклоняет вызов, не объясняя причин.
# SIP 600 Busy Everywhere compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-480 = 600 завершает поиск, потому что вызываемый абонент занят везде; 480 — временная недоступность, оставляющая другие варианты открытыми.

## SIP 603 Decline

# SIP 603 Decline: one-line summary at the top of the explainer (TL;DR).
sip-603-tldr = Вызываемый абонент отклонил ваш вызов.
# SIP 603 Decline: the paragraph under "What it means".
sip-603-meaning = Ответ 603 сообщает, что до устройства вызываемого абонента удалось дозвониться и пользователь явно не хочет принимать вызов, не объясняя почему. Как глобальная ошибка 6xx, он заставляет разветвляющий прокси отменить остальные ветви, поэтому вызов перестаёт звонить на других устройствах пользователя и прокси не переводит его на голосовую почту. Значение `Retry-After`, если оно есть, — подсказка для функций обратного вызова, а не обещание, что тогда вызов примут. Шлюзы в ТфОП преобразуют его в причину Q.850 номер 21 (call rejected). Два более поздних кода уточняют его: 607 (RFC 8197) для вызовов, которые пользователь помечает как нежелательные, и 608 (RFC 8688) для вызовов, отклонённых не пользователем, а посредником.
# SIP 603 Decline: common cause 1 of 3, a list item under "Common causes".
sip-603-cause-1 = Вызываемый абонент нажал на телефоне кнопку отклонения вызова.
# SIP 603 Decline: common cause 2 of 3, a list item under "Common causes".
sip-603-cause-2 = Телефон или АТС вызываемого абонента находится в режиме «Не беспокоить» и настроены отвечать 603.
# SIP 603 Decline: common cause 3 of 3, a list item under "Common causes".
sip-603-cause-3 = Вызов отклонило правило фильтрации на стороне вызываемого абонента, например личный чёрный список.
# SIP 603 Decline: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-603-fix-visitor-1 = Не перезванивайте сразу: абонент решил не принимать вызов, поэтому попробуйте позже или отправьте сообщение.
# SIP 603 Decline: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-1 = Решите, какой код отправляет кнопка отклонения на вашем телефоне: 603 прекращает звонок на всех устройствах пользователя, а 486 позволяет прокси попробовать голосовую почту или другие устройства.
# SIP 603 Decline: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-2 = В разветвляющем прокси при получении 603 отменяйте остальные ветви, если только ваша политика намеренно не переопределяет глобальные ошибки, и пересылайте 603 в обратном направлении.
# SIP 603 Decline: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-3 = Сопоставьте 603 с понятным сообщением «вызов отклонён» в своём клиенте или воспроизводите подходящее голосовое объявление на шлюзе.
# SIP 603 Decline compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-600 = 603 отклоняет вызов без объяснения причин; 600 сообщает, что вызываемый абонент занят везде.
# SIP 603 Decline compared with SIP 607 Unwanted: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-607 = Отправляйте 603 при простом отказе; отправляйте 607, когда вызываемый абонент помечает вызов как нежелательный, чтобы сеть могла это учесть.
# SIP 603 Decline compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-486 = 603 — отказ, завершающий поиск вызываемого абонента; 486 — местная занятость, которая ещё допускает другие устройства или голосовую почту.

## SIP 604 Does Not Exist Anywhere

# SIP 604 Does Not Exist Anywhere: one-line summary at the top of the explainer (TL;DR).
sip-604-tldr = По достоверным сведениям сервера, абонент или номер, на который вы звоните, не существует нигде.
# SIP 604 Does Not Exist Anywhere: the paragraph under "What it means".
sip-604-meaning = Ответ 604 сообщает, что сервер достоверно знает: пользователя из Request-URI нет нигде, поэтому пробовать другие серверы или местоположения бессмысленно. Это глобальный аналог 404: 404 говорит только за ответивший домен или сервер, а 604 завершает поиск везде и, как ответ 6xx, заставляет разветвляющие прокси отменить остальные ветви. Мало у каких серверов есть достоверные сведения обо всех местоположениях, поэтому 604 встречается гораздо реже, чем 404; он подходит таким системам, как база данных переносимости номеров или национальный справочник, которым известен каждый действительный номер. Шлюзы в ТфОП, как и для 404, преобразуют его в причину Q.850 номер 1 (unallocated number).
# SIP 604 Does Not Exist Anywhere: common cause 1 of 3, a list item under "Common causes".
sip-604-cause-1 = База данных переносимости номеров или нумерации подтверждает, что набранный номер не выделен во всём плане нумерации.
# SIP 604 Does Not Exist Anywhere: common cause 2 of 3, a list item under "Common causes".
sip-604-cause-2 = Справочник федерации, располагающий полными сведениями о пользователях домена, сообщает, что запрошенного пользователя среди них нет.
# SIP 604 Does Not Exist Anywhere: common cause 3 of 3, a list item under "Common causes".
sip-604-cause-3 = Вызывающий абонент набрал номер из диапазона, который никогда не выделялся, и оператор связи отвечает на основании достоверных сведений.
# SIP 604 Does Not Exist Anywhere: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-604-fix-visitor-1 = Проверьте номер или адрес: он вообще не существует, поэтому повторный набор не поможет.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-1 = Отправляйте 604, только если ваши сведения охватывают все возможные местоположения пользователя; в остальных случаях отправляйте 404, который оставляет другие местоположения открытыми.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-2 = Проверяйте набранные номера по данным плана нумерации до маршрутизации, чтобы вызовы на невыделенные диапазоны сразу завершались с понятным ответом.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-3 = На вызывающей стороне не повторяйте попытку и не переключайтесь на резервный маршрут после 604; сообщите пользователю, что адрес недействителен.
# SIP 604 Does Not Exist Anywhere compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-404 = Отправляйте 604, когда знаете, что пользователя нет нигде; отправляйте 404, когда знаете лишь, что его нет на вашем сервере.
# SIP 604 Does Not Exist Anywhere compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-410 = 604 сообщает, что пользователь нигде не существует; 410 — что пользователь был на этом сервере и ушёл навсегда.
# SIP 604 Does Not Exist Anywhere compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-484 = 604 отклоняет полный адрес, которого не существует; 484 просит дополнительные цифры, чтобы дополнить адрес.

## SIP 606 Not Acceptable

# SIP 606 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
sip-606-tldr = До вызываемого абонента удалось дозвониться, но ни одно из его устройств не может принять вызов того типа, который предложил ваш телефон.
# SIP 606 Not Acceptable: the paragraph under "What it means".
sip-606-meaning = 606 — глобальный аналог 488: сторона вызываемого абонента изучила предложение, сочла его медиапараметры, полосу пропускания или адресацию неприемлемыми и заявляет, что ни одно из устройств пользователя его не приняло бы. Ответ должен содержать заголовок `Warning` с объяснением причины, например код 370 при недостаточной полосе пропускания, и может включать SDP с описанием приемлемых возможностей, чтобы вызывающая сторона могла повторить попытку с другим предложением. Как ответ 6xx, он не даёт разветвляющим прокси пробовать другие устройства. Если проблема только у этого устройства, правильный ответ — 488.
# SIP 606 Not Acceptable: common cause 1 of 3, a list item under "Common causes".
sip-606-cause-1 = Видеовызов дошёл до пользователя, все устройства которого поддерживают только аудио, и политика пользователя отклоняет предложение везде.
# SIP 606 Not Acceptable: common cause 2 of 3, a list item under "Common causes".
sip-606-cause-2 = Политика учётной записи пользователя или сети запрещает на всех его устройствах какой-либо тип медиаданных, например видео или кодек с высокой полосой пропускания.
# SIP 606 Not Acceptable: common cause 3 of 3, a list item under "Common causes".
sip-606-cause-3 = Центральный B2BUA или сервер приложений, отвечающий за все устройства пользователя, не находит в предложении ни одного приемлемого кодека.
# SIP 606 Not Acceptable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-606-fix-visitor-1 = Попробуйте снова как аудиовызов без видео или с другого телефона или приложения.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-1 = Прочитайте заголовок `Warning` и SDP в ответе 606, если он есть, и повторите попытку с предложением, ограниченным перечисленным там, например аудио без видео.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-2 = Отправляйте 606, только если ограничение относится ко всем устройствам или к политике пользователя; используйте 488, когда предложение не может обработать одно устройство.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-3 = Предлагайте широко поддерживаемые кодеки, например G.711, наряду с более новыми, чтобы общий формат нашёлся.
# SIP 606 Not Acceptable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-488 = Отправляйте 606, когда сеанс не принял бы ни одно местоположение пользователя; отправляйте 488, когда его отклоняет только это устройство.
# SIP 606 Not Acceptable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-415 = 606 отклоняет сеанс, описанный в SDP; 415 отклоняет тип тела ещё до того, как сеанс вообще рассматривается.
# SIP 606 Not Acceptable compared with SIP 406 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-406 = 606 касается предложения сеанса; 406 — форматов, перечисленных в `Accept`.

## SIP 607 Unwanted

# SIP 607 Unwanted: one-line summary at the top of the explainer (TL;DR).
sip-607-tldr = Вызываемый абонент пометил ваш вызов как нежелательный, например как навязчивый или автоматический звонок.
# SIP 607 Unwanted: the paragraph under "What it means".
sip-607-meaning = RFC 8197 определил 607, чтобы вызываемый абонент мог сообщить не только то, что отклоняет вызов, но и то, что не хочет подобных вызовов от этого вызывающего абонента. Ответ проходит обратно через сеть, где операторы связи и службы анализа вызовов могут записать его и использовать вместе с другими сигналами, чтобы помечать или блокировать последующие вызовы из того же источника. Поскольку номера вызывающих абонентов можно подделать, а пользователи иногда отклоняют вызовы по ошибке, единичный 607 должен служить материалом для такого анализа, а не сам по себе приводить к блокировке. Как ответ 6xx, он также завершает поиск других местоположений вызываемого абонента.
# SIP 607 Unwanted: common cause 1 of 3, a list item under "Common causes".
sip-607-cause-1 = Вызываемый абонент нажал в телефоне или приложении кнопку «report spam» или «block and report».
# SIP 607 Unwanted: common cause 2 of 3, a list item under "Common causes".
sip-607-cause-2 = Телефон или приложение вызываемого абонента автоматически отклонили вызывающего абонента из своего списка нежелательных вызовов.
# SIP 607 Unwanted: common cause 3 of 3, a list item under "Common causes".
sip-607-cause-3 = Автоматический обзвонщик звонил на множество номеров, и достаточно много получателей пометили его вызовы как нежелательные.
# SIP 607 Unwanted: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-607-fix-visitor-1 = Больше не звоните этому человеку с этого номера; если ваш звонок был правомерным, свяжитесь с ним другим способом, например по электронной или обычной почте.
# SIP 607 Unwanted: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-1 = Сопоставьте действие «report as spam» в своём клиенте с кодом 607, а 603 оставьте для обычного отклонения вызова.
# SIP 607 Unwanted: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-2 = Если вы оператор сети, передавайте ответы 607 в системы анализа вызовов вместе с заверенным идентификатором вызывающего абонента, но не блокируйте по единичной жалобе.
# SIP 607 Unwanted: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-3 = Если ваши собственные вызовы постоянно получают 607, пересмотрите характер своих звонков и списки согласий, подписывайте вызовы по STIR/SHAKEN и зарегистрируйте свои номера у поставщиков услуг анализа вызовов.
# SIP 607 Unwanted compared with SIP 608 Rejected: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-608 = Отправляйте 607, когда вызываемый абонент счёл вызов нежелательным; 608 предназначен для посредника, отклонившего вызов до того, как его увидел вызываемый абонент.
# SIP 607 Unwanted compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-603 = 607 сообщает сети, что вызов был нежелательным; 603 просто отклоняет его без комментариев.
# SIP 607 Unwanted compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-433 = 607 отклоняет вызывающего абонента, признанного нежелательным; 433 — только потому, что его личность скрыта.

## SIP 608 Rejected

# SIP 608 Rejected: one-line summary at the top of the explainer (TL;DR).
sip-608-tldr = Служба в сети, например спам-фильтр, отклонила ваш вызов ещё до того, как его увидел вызываемый абонент.
# SIP 608 Rejected: the paragraph under "What it means".
sip-608-meaning = RFC 8688 определяет 608 для посредников, например служб анализа вызовов или защиты от мошенничества, которые отклоняют вызов от имени вызываемого абонента ещё до того, как он до него дойдёт; в отличие от 607, решение принимал не человек. Поскольку такие фильтры ошибаются, ответ может содержать заголовок `Call-Info` с `purpose=jwscard`, указывающий на jCard, подписанную посредником в виде JSON Web Signature, из которой вызывающий абонент узнаёт, к кому обратиться, чтобы оспорить блокировку. Как ответ 6xx, он завершает поиск в других местоположениях вызываемого абонента. Если вызывающий абонент находится в телефонной сети, jCard до него не дойдёт, поэтому те же сведения обычно сообщают голосовым объявлением.
# SIP 608 Rejected: common cause 1 of 3, a list item under "Common causes".
sip-608-cause-1 = Система анализа вызовов оператора связи оценила вызов как вероятное мошенничество или автоматический обзвон, например из-за очень короткой длительности вызовов или номера, похожего на подделанный.
# SIP 608 Rejected: common cause 2 of 3, a list item under "Common causes".
sip-608-cause-2 = Вызов пришёл с непройденной проверкой или низким уровнем заверения STIR/SHAKEN, а политика принимающего оператора блокирует такие вызовы.
# SIP 608 Rejected: common cause 3 of 3, a list item under "Common causes".
sip-608-cause-3 = Вызываемый абонент подключил сетевую службу блокировки, которая отклонила номер вызывающего абонента или его категорию.
# SIP 608 Rejected: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-608-fix-visitor-1 = Если вы считаете, что ваш вызов заблокирован по ошибке, воспользуйтесь контактными данными из сообщения об отклонении или голосового объявления, чтобы попросить снять блокировку.
# SIP 608 Rejected: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-1 = Прочитайте заголовок `Call-Info` с `purpose=jwscard`, загрузите и проверьте подписанную jCard и воспользуйтесь её контактными данными, чтобы добиться снятия блокировки.
# SIP 608 Rejected: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-2 = Если вы управляете службой анализа вызовов, всегда добавляйте `Call-Info` с `jwscard`, чтобы легитимные вызывающие абоненты могли обжаловать блокировку, и обеспечьте за этим процесс рассмотрения обращений.
# SIP 608 Rejected: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-3 = Если ваши вызовы получают 608, проверьте их уровень заверения, характер звонков и номер вызывающего абонента и зарегистрируйте свои номера у поставщиков услуг анализа вызовов крупных операторов связи.
# SIP 608 Rejected compared with SIP 607 Unwanted: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-607 = 608 сообщает об отклонении посредником от имени вызываемого абонента; 607 — о собственном решении вызываемого абонента, что вызов нежелателен.
# SIP 608 Rejected compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-603 = 608 означает, что вызываемый абонент вызов так и не увидел; 603 — что увидел и отклонил.
# SIP 608 Rejected compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-403 = Используйте 608, когда вызов блокирует служба анализа вызовов или защиты от мошенничества; используйте 403, когда провайдер отказывает в запросе вызывающего абонента по своей политике.
