### Framework tabs of the code pages: why a framework or SIP server cannot send a status code.
### Each message replaces the snippet on that framework's tab. Plain prose on ONE line. Keep text in
### `backticks` (applications, functions, headers, methods, status lines) exactly as it is, backticks
### included. Never use curly braces, and do not start a message with [, * or a period.

## HTTP frameworks

# Django, codes 100, 102, 103 and 104: why there is no Django snippet for an interim (1xx) response.
fw-django-interim = Django ne peut pas envoyer de réponse intermédiaire 1xx : une vue renvoie exactement une réponse finale, et ni WSGI ni le gestionnaire ASGI de Django ne permettent d'envoyer un statut avant celle-ci. Un statut 1xx défini sur une `HttpResponse` serait envoyé comme réponse finale, ce qui rompt l'échange.

# Django, code 101: why there is no Django snippet for 101 Switching Protocols.
fw-django-switching = Django ne peut pas envoyer de réponse 101 Switching Protocols depuis une vue : changer de protocole suppose que le serveur bascule la connexion vers un autre protocole, ce qu'une vue ne peut pas faire. Dans Django, les WebSockets passent par Django Channels (ASGI), qui répond lui-même à la poignée de main.

# Django, codes 407, 408 and 426: why there is no Django snippet (their required header is a hop-by-hop header).
fw-django-hop-by-hop = Le serveur de développement de Django ne peut pas envoyer cette réponse : ce code exige un en-tête de saut en saut, dit hop-by-hop (`Proxy-Authenticate` pour 407, `Connection` pour 408, `Upgrade` pour 426), que WSGI (PEP 3333) interdit à une application de définir. `runserver`, qui repose sur le module `wsgiref` de Python, renvoie alors `500 Internal Server Error`, et les autres serveurs WSGI suppriment l'en-tête ; la même vue fonctionne sous ASGI, par exemple avec Uvicorn.

# Flask, codes 100, 102, 103 and 104: why there is no Flask snippet for an interim (1xx) response.
fw-flask-interim = Flask ne peut pas envoyer de réponse intermédiaire 1xx : une vue renvoie une seule réponse finale, et la fonction `start_response` de WSGI n'envoie que ce statut final. Un statut 1xx défini sur une `Response` serait envoyé comme réponse finale, ce qui rompt l'échange.

# Flask, code 101: why there is no Flask snippet for 101 Switching Protocols.
fw-flask-switching = Flask ne peut pas envoyer de réponse 101 Switching Protocols depuis une vue : WSGI ne donne à l'application aucun moyen de prendre le contrôle de la connexion pour un autre protocole. Les extensions WebSocket comme Flask-Sock répondent elles-mêmes à la poignée de main.

# FastAPI, codes 100, 102, 103 and 104: why there is no FastAPI snippet for an interim (1xx) response.
fw-fastapi-interim = FastAPI ne peut pas envoyer de réponse intermédiaire 1xx : une opération de chemin renvoie une seule réponse, que Starlette démarre avec un statut unique, le statut final. Un statut 1xx à cet endroit serait envoyé comme réponse finale, ce qui rompt l'échange.

# FastAPI, code 101: why there is no FastAPI snippet for 101 Switching Protocols.
fw-fastapi-switching = FastAPI n'envoie de réponse 101 Switching Protocols que pour un point de terminaison WebSocket (`@app.websocket`), où le serveur répond lui-même à la poignée de main ; une opération de chemin HTTP ne peut pas changer de protocole.

# Express, code 104: why there is no Express snippet for this interim (1xx) response (100, 102 and 103 have one).
fw-express-interim = Express, qui s'appuie sur le module `http` de Node.js, ne peut envoyer que trois réponses intermédiaires : `res.writeContinue()`, `res.writeProcessing()` et `res.writeEarlyHints()`. Aucune méthode ne permet d'envoyer un autre code 1xx, et un statut 1xx défini avec `res.status()` part comme réponse finale et laisse le client en attente.

# Express, code 101: why there is no Express snippet for 101 Switching Protocols.
fw-express-switching = Express ne peut pas envoyer de réponse 101 Switching Protocols depuis une route : Node.js transmet les requêtes de changement de protocole par l'événement `upgrade` du serveur, avec le socket brut, et c'est là qu'une bibliothèque WebSocket comme `ws` écrit le 101 et prend le contrôle de la connexion.

# Spring Boot, codes 100, 102, 103 and 104: why there is no Spring snippet for an interim (1xx) response.
fw-spring-interim = Spring MVC répond via l'API Servlet, qui envoie une seule réponse finale et ne propose aucune méthode pour une réponse intermédiaire 1xx ; un statut 1xx défini sur une `ResponseEntity` serait envoyé comme réponse finale. La méthode `sendEarlyHints()` de Tomcat est propre à ce conteneur et ne fait pas partie de Spring.

# Spring Boot, code 101: why there is no Spring snippet for 101 Switching Protocols.
fw-spring-switching = Spring MVC ne peut pas envoyer de réponse 101 Switching Protocols depuis un contrôleur : le changement de protocole (upgrade) est pris en charge par le conteneur de servlets, et Spring l'expose par sa prise en charge de WebSocket (`spring-websocket`), où la poignée de main envoie elle-même le 101.

# Go net/http, code 101: why there is no Go snippet for 101 Switching Protocols (other 1xx codes have one).
fw-go-switching = Le paquet `net/http` de Go ne change pas de protocole sur `w.WriteHeader(101)` : il écrit la ligne de statut et rien après, sans laisser aucun moyen de parler le nouveau protocole. Un handler doit prendre le contrôle de la connexion avec `http.Hijacker` ou `http.ResponseController` et écrire lui-même le 101, comme le font les bibliothèques WebSocket.

# Ruby on Rails, codes 100, 102, 103 and 104: why there is no Rails snippet for an interim (1xx) response.
fw-rails-interim = Rails envoie une seule réponse finale par requête ; un statut 1xx passé à `head` ou à `render` n'est pas envoyé comme réponse intermédiaire. Rails ne peut envoyer 103 Early Hints que par `request.send_early_hints`, et seulement si le serveur a activé les Early Hints (par exemple avec le réglage `early_hints` de Puma) : aucun extrait de code simple ne peut donc l'illustrer.

# Ruby on Rails, code 101: why there is no Rails snippet for 101 Switching Protocols.
fw-rails-switching = Rails ne peut pas envoyer de réponse 101 Switching Protocols depuis une action de contrôleur : changer de protocole suppose que le serveur cède la connexion, ce que Rails ne fait que dans Action Cable, pour les WebSockets, où la poignée de main envoie elle-même le 101.

# ASP.NET Core, codes 100, 102, 103 and 104: why there is no ASP.NET Core snippet for an interim (1xx) response.
fw-aspnet-interim = ASP.NET Core envoie une seule réponse finale par requête : Kestrel envoie de lui-même `100 Continue` lorsque l'application lit le corps d'une requête qui l'attend, et aucune API ne permet d'envoyer une autre réponse intermédiaire 1xx.

# ASP.NET Core, code 101: why there is no ASP.NET Core snippet for 101 Switching Protocols.
fw-aspnet-switching = ASP.NET Core n'envoie de réponse 101 Switching Protocols que dans le cadre d'un véritable changement de protocole, `HttpContext.WebSockets.AcceptWebSocketAsync()` ou `IHttpUpgradeFeature.UpgradeAsync()`, qui prennent ensuite possession de la connexion ; un point de terminaison ne peut pas simplement la renvoyer.

# PHP, codes 100, 102, 103 and 104: why there is no PHP snippet for an interim (1xx) response.
fw-php-interim = PHP envoie une seule ligne de statut par requête : `http_response_code()` définit le statut final, et PHP n'a aucune fonction pour envoyer une réponse intermédiaire 1xx avant celui-ci.

# PHP, code 101: why there is no PHP snippet for 101 Switching Protocols.
fw-php-switching = Un script PHP ne peut pas envoyer de réponse 101 Switching Protocols : c'est le serveur web, et non le script, qui détient la connexion, et il ne donne au script aucun moyen de la faire passer à un autre protocole.

# Sinatra, codes 100, 102, 103 and 104: why there is no Sinatra snippet for an interim (1xx) response.
fw-sinatra-interim = Sinatra renvoie, pour chaque requête, un seul statut final avec ses en-têtes et son corps (une réponse Rack), et ne propose aucun helper pour envoyer une réponse intermédiaire 1xx avant celui-ci.

# Sinatra, code 101: why there is no Sinatra snippet for 101 Switching Protocols.
fw-sinatra-switching = Sinatra ne peut pas envoyer de réponse 101 Switching Protocols depuis une route : changer de protocole suppose que le serveur cède la connexion (le hijacking de Rack), ce que font les bibliothèques WebSocket comme `faye-websocket`, qui écrivent elles-mêmes le 101.

# Rust axum, codes 100, 102, 103 and 104: why there is no axum snippet for an interim (1xx) response.
fw-axum-interim = axum ne peut pas envoyer de réponse 1xx : un handler renvoie une seule réponse, et hyper, le serveur sur lequel repose axum, remplace une réponse 1xx par `500 Internal Server Error`, faute de pouvoir envoyer ensuite la réponse finale.

# Rust axum, code 101: why there is no axum snippet for 101 Switching Protocols.
fw-axum-switching = axum n'envoie de réponse 101 Switching Protocols que lors d'un véritable changement de protocole, par exemple avec l'extracteur `WebSocketUpgrade` (feature `ws`) ou l'API d'upgrade de hyper, qui répondent à la poignée de main et prennent le contrôle de la connexion ; un handler ne peut pas simplement la renvoyer.

## SIP servers and stacks

# FreeSWITCH tab, SIP 100 Trying: why no dialplan snippet is shown.
fw-freeswitch-trying = La pile SIP de FreeSWITCH, Sofia-SIP, envoie d'elle-même `100 Trying` dès qu'un `INVITE` arrive, avant l'exécution du plan de numérotation (dialplan) ; celui-ci ne peut pas l'envoyer.

# FreeSWITCH tab, codes whose sample answers a request other than INVITE (REGISTER, SUBSCRIBE, MESSAGE...): why no snippet is shown.
fw-freeswitch-invite-only = Le plan de numérotation (dialplan) de FreeSWITCH ne s'exécute que pour les appels entrants (`INVITE`) : `mod_sofia` répond lui-même aux requêtes `REGISTER`, `SUBSCRIBE`, `PUBLISH`, `MESSAGE`, `REFER`, `INFO` et aux requêtes au sein d'un dialogue, et le plan de numérotation ne peut pas choisir le code de statut de ces réponses.

# FreeSWITCH tab, codes whose sample needs its own Contact header (180, 301, 485...): why no snippet is shown.
fw-freeswitch-contact = FreeSWITCH place son propre en-tête `Contact` dans chaque réponse envoyée par l'application `respond` : le `Contact` requis par cette réponse ne peut donc pas être défini. Seule l'application `redirect`, qui envoie 300 ou 302, reprend le `Contact` indiqué dans le plan de numérotation (dialplan).

# Asterisk tab, SIP 100 Trying: why no dialplan snippet is shown.
fw-asterisk-trying = La pile PJSIP d'Asterisk envoie d'elle-même `100 Trying` dès qu'un `INVITE` arrive, avant l'exécution du plan de numérotation (dialplan) ; celui-ci ne peut pas l'envoyer.

# Asterisk tab, codes whose sample answers a request other than INVITE (REGISTER, SUBSCRIBE, MESSAGE...): why no snippet is shown.
fw-asterisk-invite-only = Le plan de numérotation (dialplan) d'Asterisk ne s'exécute que pour les appels entrants (`INVITE`) : ses modules PJSIP répondent eux-mêmes aux requêtes `REGISTER`, `SUBSCRIBE`, `PUBLISH`, `MESSAGE`, `REFER`, `INFO` et aux requêtes au sein d'un dialogue, et le plan de numérotation ne peut pas choisir le code de statut de ces réponses.

# Asterisk tab, provisional codes 180-199: why no dialplan snippet is shown.
fw-asterisk-provisional = Le plan de numérotation (dialplan) d'Asterisk n'envoie de réponses provisoires que par `Ringing()` (`180`) et `Progress()` (`183`, avec une réponse SDP), toujours avec le `Contact` propre à Asterisk : ni ce code ni les en-têtes de cet exemple ne peuvent être produits.

# Asterisk tab, redirection codes 3xx: why no dialplan snippet is shown.
fw-asterisk-redirect = Asterisk ne peut rediriger un appel qu'avec `Transfer()`, avant de décrocher, ce qui envoie `302 Moved Temporarily` avec pour `Contact` la seule URI cible : les autres codes 3xx et les paramètres de `Contact` comme `expires` ou `q` ne peuvent pas être définis.

# Asterisk tab, error codes whose sample needs headers (Retry-After, Warning, Proxy-Authenticate...): why no dialplan snippet is shown.
fw-asterisk-headers = `PJSIPHangup()` n'envoie que le code de statut, et le plan de numérotation (dialplan) d'Asterisk ne peut pas ajouter d'en-têtes à une réponse SIP (`PJSIP_HEADER` ne modifie que les requêtes envoyées par Asterisk) : les en-têtes requis par cette réponse seraient donc absents.

# Asterisk tab, SIP 436 and 437: why no dialplan snippet is shown. Keep the quoted reason phrases in English.
fw-asterisk-phrase = `PJSIPHangup()` tire son libellé de PJSIP, qui utilise encore pour ce code l'ancien libellé de la RFC 4474 (`Bad Identity-Info` pour 436, `Unsupported Certificate` pour 437) au lieu du libellé enregistré aujourd'hui.

# drachtio-srf tab, SIP 100 Trying: why no snippet is shown.
fw-drachtio-trying = drachtio-server envoie de lui-même `100 Trying` avant de transmettre un `INVITE` à l'application, qui n'envoie donc que les réponses suivantes.

# drachtio-srf tab, codes 425, 440, 469, 555, 607 and 608: why no snippet is shown.
fw-drachtio-status-table = Dans drachtio-srf 5, `res.send()` lève une exception pour tout code de statut absent de sa table `sip-status` ; ce code en fait partie, si bien que le framework ne peut pas l'envoyer.
