### Framework tabs of the code pages: why a framework or SIP server cannot send a status code.
### Each message replaces the snippet on that framework's tab. Plain prose on ONE line. Keep text in
### `backticks` (applications, functions, headers, methods, status lines) exactly as it is, backticks
### included. Never use curly braces, and do not start a message with [, * or a period.

## HTTP frameworks

# Django, codes 100, 102, 103 and 104: why there is no Django snippet for an interim (1xx) response.
fw-django-interim = O Django não consegue enviar uma resposta provisória 1xx: uma view retorna exatamente uma resposta final, e nem o WSGI nem o handler ASGI do Django conseguem enviar um status antes dela. Um status 1xx em um `HttpResponse` seria enviado como resposta final, o que quebra a troca de mensagens.

# Django, code 101: why there is no Django snippet for 101 Switching Protocols.
fw-django-switching = O Django não consegue enviar 101 Switching Protocols a partir de uma view: a troca de protocolo exige que o servidor entregue a conexão a outro protocolo, algo que uma view não pode fazer. No Django, os WebSockets passam pelo Django Channels (ASGI), que responde ele mesmo ao handshake.

# Django, codes 407, 408 and 426: why there is no Django snippet (their required header is a hop-by-hop header).
fw-django-hop-by-hop = O servidor de desenvolvimento do Django não consegue enviar esta resposta: o código exige um cabeçalho salto a salto (hop-by-hop), `Proxy-Authenticate` para o 407, `Connection` para o 408 ou `Upgrade` para o 426, e o WSGI (PEP 3333) proíbe a aplicação de definir esse tipo de cabeçalho. O `runserver`, baseado no `wsgiref` do Python, responde `500 Internal Server Error` em vez disso, e outros servidores WSGI descartam o cabeçalho; a mesma view funciona com ASGI, por exemplo com o Uvicorn.

# Flask, codes 100, 102, 103 and 104: why there is no Flask snippet for an interim (1xx) response.
fw-flask-interim = O Flask não consegue enviar uma resposta provisória 1xx: uma view retorna uma única resposta final, e o `start_response` do WSGI envia apenas esse status final. Um status 1xx em um `Response` seria enviado como resposta final, o que quebra a troca de mensagens.

# Flask, code 101: why there is no Flask snippet for 101 Switching Protocols.
fw-flask-switching = O Flask não consegue enviar 101 Switching Protocols a partir de uma view: o WSGI não dá à aplicação nenhuma forma de assumir a conexão para outro protocolo. Extensões de WebSocket como o Flask-Sock respondem elas mesmas ao handshake.

# FastAPI, codes 100, 102, 103 and 104: why there is no FastAPI snippet for an interim (1xx) response.
fw-fastapi-interim = O FastAPI não consegue enviar uma resposta provisória 1xx: uma operação de rota retorna uma única resposta, e o Starlette a inicia com um único status, o final. Um status 1xx nesse ponto seria enviado como resposta final, o que quebra a troca de mensagens.

# FastAPI, code 101: why there is no FastAPI snippet for 101 Switching Protocols.
fw-fastapi-switching = O FastAPI só envia 101 Switching Protocols para um endpoint WebSocket (`@app.websocket`), em que o próprio servidor responde ao handshake; uma operação de rota HTTP não pode trocar de protocolo.

# Express, code 104: why there is no Express snippet for this interim (1xx) response (100, 102 and 103 have one).
fw-express-interim = O Express, por meio do módulo `http` do Node.js, só consegue enviar três respostas provisórias: `res.writeContinue()`, `res.writeProcessing()` e `res.writeEarlyHints()`. Não há nenhuma chamada para outro código 1xx, e um status 1xx definido com `res.status()` é enviado como resposta final, o que deixa o cliente esperando.

# Express, code 101: why there is no Express snippet for 101 Switching Protocols.
fw-express-switching = O Express não consegue enviar 101 Switching Protocols a partir de uma rota: o Node.js entrega as requisições de upgrade pelo evento `upgrade` do servidor, junto com o socket bruto, e é ali que uma biblioteca de WebSocket como a `ws` escreve o 101 e assume a conexão.

# Spring Boot, codes 100, 102, 103 and 104: why there is no Spring snippet for an interim (1xx) response.
fw-spring-interim = O Spring MVC responde por meio da Servlet API, que envia uma única resposta final e não tem nenhuma chamada para uma resposta provisória 1xx; um status 1xx em um `ResponseEntity` seria enviado como resposta final. O `sendEarlyHints()` do Tomcat é específico desse contêiner e não faz parte do Spring.

# Spring Boot, code 101: why there is no Spring snippet for 101 Switching Protocols.
fw-spring-switching = O Spring MVC não consegue enviar 101 Switching Protocols a partir de um controller: a troca de protocolo é um upgrade tratado pelo contêiner de servlets, que o Spring expõe por meio do seu suporte a WebSocket (`spring-websocket`), no qual o próprio handshake envia o 101.

# Go net/http, code 101: why there is no Go snippet for 101 Switching Protocols (other 1xx codes have one).
fw-go-switching = O `net/http` do Go não troca de protocolo com `w.WriteHeader(101)`: ele escreve a linha de status e nada depois dela, sem deixar nenhuma forma de falar o novo protocolo. Um handler precisa assumir a conexão com `http.Hijacker` ou `http.ResponseController` e escrever ele mesmo o 101, como fazem as bibliotecas de WebSocket.

# Ruby on Rails, codes 100, 102, 103 and 104: why there is no Rails snippet for an interim (1xx) response.
fw-rails-interim = O Rails envia uma única resposta final por requisição; um status 1xx passado a `head` ou `render` não é enviado como resposta provisória. O Rails só consegue enviar 103 Early Hints por meio de `request.send_early_hints`, e apenas quando o servidor tem as early hints ativadas (por exemplo, com a opção `early_hints` do Puma), por isso nenhum trecho de código simples consegue demonstrá-lo.

# Ruby on Rails, code 101: why there is no Rails snippet for 101 Switching Protocols.
fw-rails-switching = O Rails não consegue enviar 101 Switching Protocols a partir de uma action de controller: a troca de protocolo exige que o servidor entregue a conexão, o que o Rails só faz dentro do Action Cable, para WebSockets, em que o próprio handshake envia o 101.

# ASP.NET Core, codes 100, 102, 103 and 104: why there is no ASP.NET Core snippet for an interim (1xx) response.
fw-aspnet-interim = O ASP.NET Core envia uma única resposta final por requisição: o Kestrel envia `100 Continue` por conta própria quando a aplicação lê o corpo de uma requisição que o espera, e não existe API para nenhuma outra resposta provisória 1xx.

# ASP.NET Core, code 101: why there is no ASP.NET Core snippet for 101 Switching Protocols.
fw-aspnet-switching = O ASP.NET Core só envia 101 Switching Protocols como parte de um upgrade real, `HttpContext.WebSockets.AcceptWebSocketAsync()` ou `IHttpUpgradeFeature.UpgradeAsync()`, que passam então a controlar a conexão; um endpoint não pode simplesmente retorná-lo.

# PHP, codes 100, 102, 103 and 104: why there is no PHP snippet for an interim (1xx) response.
fw-php-interim = O PHP envia uma única linha de status por requisição: `http_response_code()` define o status final, e o PHP não tem nenhuma função para enviar uma resposta provisória 1xx antes dele.

# PHP, code 101: why there is no PHP snippet for 101 Switching Protocols.
fw-php-switching = Um script PHP não consegue enviar 101 Switching Protocols: quem controla a conexão é o servidor web, não o script, e o servidor não dá ao script nenhuma forma de mudá-la para outro protocolo.

# Sinatra, codes 100, 102, 103 and 104: why there is no Sinatra snippet for an interim (1xx) response.
fw-sinatra-interim = O Sinatra retorna um único conjunto de status final, cabeçalhos e corpo por requisição (uma resposta Rack) e não tem nenhum método auxiliar para enviar uma resposta provisória 1xx antes dele.

# Sinatra, code 101: why there is no Sinatra snippet for 101 Switching Protocols.
fw-sinatra-switching = O Sinatra não consegue enviar 101 Switching Protocols a partir de uma rota: a troca de protocolo exige que o servidor entregue a conexão (Rack hijacking), o que fazem bibliotecas de WebSocket como a `faye-websocket`, que escrevem elas mesmas o 101.

# Rust axum, codes 100, 102, 103 and 104: why there is no axum snippet for an interim (1xx) response.
fw-axum-interim = O axum não consegue enviar uma resposta 1xx: um handler retorna uma única resposta, e o hyper, o servidor por baixo do axum, substitui uma resposta 1xx por `500 Internal Server Error`, porque não conseguiria enviar a resposta final depois dela.

# Rust axum, code 101: why there is no axum snippet for 101 Switching Protocols.
fw-axum-switching = O axum só envia 101 Switching Protocols por meio de um upgrade real, como o extrator `WebSocketUpgrade` (feature `ws`) ou a API de upgrade do hyper, que respondem ao handshake e assumem a conexão; um handler não pode simplesmente retorná-lo.

## SIP servers and stacks

# FreeSWITCH tab, SIP 100 Trying: why no dialplan snippet is shown.
fw-freeswitch-trying = A pilha SIP do FreeSWITCH, a Sofia-SIP, envia `100 Trying` por conta própria assim que chega um `INVITE`, antes de o dialplan ser executado; o dialplan não tem como enviá-lo.

# FreeSWITCH tab, codes whose sample answers a request other than INVITE (REGISTER, SUBSCRIBE, MESSAGE...): why no snippet is shown.
fw-freeswitch-invite-only = O dialplan do FreeSWITCH só é executado para chamadas recebidas (`INVITE`): o `mod_sofia` responde ele mesmo a `REGISTER`, `SUBSCRIBE`, `PUBLISH`, `MESSAGE`, `REFER`, `INFO` e às requisições dentro de diálogos, e o dialplan não pode escolher o código de status dessas respostas.

# FreeSWITCH tab, codes whose sample needs its own Contact header (180, 301, 485...): why no snippet is shown.
fw-freeswitch-contact = O FreeSWITCH coloca o próprio cabeçalho `Contact` em todas as respostas enviadas pela aplicação `respond`, por isso não é possível definir o `Contact` de que esta resposta precisa; só a aplicação `redirect`, que envia 300 ou 302, usa o `Contact` indicado no dialplan.

# Asterisk tab, SIP 100 Trying: why no dialplan snippet is shown.
fw-asterisk-trying = A pilha PJSIP do Asterisk envia `100 Trying` por conta própria assim que chega um `INVITE`, antes de o dialplan ser executado; o dialplan não tem como enviá-lo.

# Asterisk tab, codes whose sample answers a request other than INVITE (REGISTER, SUBSCRIBE, MESSAGE...): why no snippet is shown.
fw-asterisk-invite-only = O dialplan do Asterisk só é executado para chamadas recebidas (`INVITE`): os módulos PJSIP do Asterisk respondem eles mesmos a `REGISTER`, `SUBSCRIBE`, `PUBLISH`, `MESSAGE`, `REFER`, `INFO` e às requisições dentro de diálogos, e o dialplan não pode escolher o código de status dessas respostas.

# Asterisk tab, provisional codes 180-199: why no dialplan snippet is shown.
fw-asterisk-provisional = O dialplan do Asterisk só envia respostas provisórias por meio de `Ringing()` (`180`) e `Progress()` (`183`, com uma resposta SDP), sempre com o próprio `Contact` do Asterisk: não é possível produzir nem este código nem os cabeçalhos deste exemplo.

# Asterisk tab, redirection codes 3xx: why no dialplan snippet is shown.
fw-asterisk-redirect = O Asterisk só redireciona uma chamada por meio de `Transfer()`, antes de atendê-la, o que envia `302 Moved Temporarily` com o URI de destino sem parâmetros como `Contact`: não é possível definir outros códigos 3xx nem parâmetros de `Contact` como `expires` ou `q`.

# Asterisk tab, error codes whose sample needs headers (Retry-After, Warning, Proxy-Authenticate...): why no dialplan snippet is shown.
fw-asterisk-headers = `PJSIPHangup()` envia apenas o código de status, e o dialplan do Asterisk não consegue adicionar cabeçalhos a uma resposta SIP (`PJSIP_HEADER` só altera as requisições que o Asterisk envia), por isso faltariam os cabeçalhos de que esta resposta precisa.

# Asterisk tab, SIP 436 and 437: why no dialplan snippet is shown. Keep the quoted reason phrases in English.
fw-asterisk-phrase = `PJSIPHangup()` obtém a frase de motivo do PJSIP, que ainda usa a frase antiga da RFC 4474 para este código (`Bad Identity-Info` para 436, `Unsupported Certificate` para 437) em vez da frase registrada.

# drachtio-srf tab, SIP 100 Trying: why no snippet is shown.
fw-drachtio-trying = O drachtio-server envia `100 Trying` por conta própria antes de repassar um `INVITE` à aplicação, de modo que a aplicação só envia as respostas seguintes.

# drachtio-srf tab, codes 425, 440, 469, 555, 607 and 608: why no snippet is shown.
fw-drachtio-status-table = No drachtio-srf 5, `res.send()` lança uma exceção para qualquer código de status ausente da sua tabela `sip-status`, e este código é um deles, por isso o framework não consegue enviá-lo.
