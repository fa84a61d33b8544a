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
http-100-tldr = Le serveur a lu les en-têtes de la requête et invite le client à envoyer le corps.

# HTTP 100 Continue: the "What it means" paragraph of the explainer.
http-100-meaning = `100 Continue` répond à une requête qui porte `Expect: 100-continue` : le client n'envoie d'abord que la section d'en-têtes, puis transmet le contenu dès que cette réponse intermédiaire arrive (RFC 9110, section 10.1.1). Si le serveur doit de toute façon refuser la requête, par exemple avec `401`, `413` ou `417`, il envoie ce statut final au lieu de `100`, ce qui évite au client un téléversement inutile. Un client ne doit pas attendre indéfiniment : si aucun `100` n'arrive dans un court délai, il peut envoyer le corps malgré tout, car certains serveurs et intermédiaires n'en envoient jamais. Un serveur doit ignorer cette attente dans une requête HTTP/1.0, et il peut se dispenser du `100` lorsqu'une partie du corps est déjà arrivée. La réponse finale à la même requête suit toujours.

# HTTP 100 Continue: common cause 1 of 3, an item of the "Common causes" list.
http-100-cause-1 = curl ajoute de lui-même `Expect: 100-continue` aux requêtes `POST` et `PUT` dont le corps dépasse environ un mégaoctet : le serveur répond donc `100` avant le véritable statut.

# HTTP 100 Continue: common cause 2 of 3, an item of the "Common causes" list.
http-100-cause-2 = Un SDK de stockage objet, ou `HttpWebRequest` de .NET Framework, envoie `Expect: 100-continue` lors des téléversements, afin que le service puisse rejeter des informations d'authentification invalides avant tout transfert de données.

# HTTP 100 Continue: common cause 3 of 3, an item of the "Common causes" list.
http-100-cause-3 = Le framework côté serveur envoie `100` de lui-même la première fois que le handler lit le corps de la requête, comme le font `net/http` de Go et Node.js lorsque le client l'a demandé.

# HTTP 100 Continue: what a visitor can do, the only item of "How to fix it (for visitors)".
http-100-fix-visitor-1 = Rien à faire : cette réponse intermédiaire est échangée entre programmes avant un téléversement et ne s'affiche jamais comme une page.

# HTTP 100 Continue: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-1 = Observez l'échange avec `curl -v --data-binary @bigfile` sur votre point de terminaison : la sortie montre `Expect: 100-continue`, puis `HTTP/1.1 100 Continue`, puis le statut final.

# HTTP 100 Continue: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-2 = Si chaque téléversement reste bloqué une seconde, un serveur ou un proxy ne répond pas à l'attente et le client attend l'expiration de son délai (`--expect100-timeout` dans curl) ; supprimez l'en-tête avec `curl -H 'Expect:'` ou définissez `ExpectContinueTimeout` sur le `http.Transport` de Go.

# HTTP 100 Continue: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-3 = Vérifiez l'authentification, le `Content-Length` et les quotas avant de lire le corps, afin de pouvoir répondre `401` ou `413` au lieu de `100` ; dans Node.js, gérez l'événement `checkContinue` pour décider.

# HTTP 100 Continue: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-4 = N'oubliez pas qu'un proxy inverse peut répondre lui-même à l'attente : nginx envoie `100` et lit tout le corps avant de contacter le serveur en amont, sauf si vous définissez `proxy_request_buffering off`.

# HTTP 100 Continue compared with HTTP 101 Switching Protocols: when to use which, in the "Related codes" section.
http-100-vs-101 = `100` permet à la même requête HTTP de se poursuivre, tandis que `101` cède la connexion au protocole nommé dans `Upgrade`.

# HTTP 100 Continue compared with HTTP 102 Processing: when to use which, in the "Related codes" section.
http-100-vs-102 = `100` arrive avant le corps pour l'inviter, tandis que `102` arrivait une fois la requête entière reçue pour signaler que le traitement se poursuivait.

# HTTP 100 Continue compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-100-vs-103 = `100` concerne le corps de la requête que le client n'a pas encore envoyé, tandis que `103` concerne des ressources que le client peut récupérer avant la réponse finale.

# HTTP 100 Continue compared with HTTP 417 Expectation Failed: when to use which, in the "Related codes" section.
http-100-vs-417 = Le serveur envoie `100` lorsqu'il accepte l'attente `Expect: 100-continue`, et `417` lorsqu'il ne peut pas du tout y répondre.

## HTTP 101 Switching Protocols

# HTTP 101 Switching Protocols: one-line summary at the top of the explainer (TL;DR).
http-101-tldr = Le serveur a accepté la demande `Upgrade` du client, et la connexion parle désormais un autre protocole, généralement WebSocket.

# HTTP 101 Switching Protocols: the "What it means" paragraph of the explainer.
http-101-meaning = Un `101` ne peut suivre qu'une requête HTTP/1.1 qui portait un en-tête `Upgrade`, listé dans `Connection: Upgrade`, et le serveur ne peut basculer que vers un protocole proposé par le client. Il nomme le protocole choisi dans son propre en-tête `Upgrade` ; pour WebSocket (RFC 6455), il renvoie aussi `Sec-WebSocket-Accept`, calculé à partir du `Sec-WebSocket-Key` du client, pour prouver qu'il a compris la poignée de main. Chaque octet qui suit la ligne vide terminant le `101` appartient au nouveau protocole : les délais d'expiration HTTP, la mise en mémoire tampon et la journalisation des accès ne s'appliquent plus à cette connexion. HTTP/2 et HTTP/3 n'autorisent pas ce mécanisme : WebSocket y passe par un `CONNECT` étendu (RFC 8441 et RFC 9220), et la RFC 9113 a déprécié le changement de protocole `h2c` vers HTTP/2 en clair.

# HTTP 101 Switching Protocols: common cause 1 of 3, an item of the "Common causes" list.
http-101-cause-1 = Une page a ouvert un WebSocket avec `new WebSocket('wss://example.com/socket')`, et le serveur a accepté la poignée de main.

# HTTP 101 Switching Protocols: common cause 2 of 3, an item of the "Common causes" list.
http-101-cause-2 = Un serveur de développement à rechargement automatique, un client d'abonnements GraphQL ou Socket.IO, après sa phase de polling, a basculé la connexion vers WebSocket.

# HTTP 101 Switching Protocols: common cause 3 of 3, an item of the "Common causes" list.
http-101-cause-3 = Un client a demandé HTTP/2 en clair avec `Upgrade: h2c`, et un serveur qui prend encore en charge ce changement de protocole a basculé.

# HTTP 101 Switching Protocols: what a visitor can do, the only item of "How to fix it (for visitors)".
http-101-fix-visitor-1 = Rien à faire : c'est ainsi que démarre une connexion en direct, comme une messagerie instantanée ou un tableau de bord qui se met à jour tout seul, et le navigateur s'en charge.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-1 = Derrière nginx, transmettez explicitement la poignée de main avec `proxy_http_version 1.1;`, `proxy_set_header Upgrade $http_upgrade;` et `proxy_set_header Connection "upgrade";`, sans quoi le serveur en amont ne voit jamais l'en-tête `Upgrade`.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-2 = Augmentez les délais d'inactivité des connexions basculées, comme `proxy_read_timeout` dans nginx ou le délai d'inactivité d'un répartiteur de charge cloud, ou envoyez des pings WebSocket, car un socket silencieux est sinon coupé au bout d'environ 60 secondes.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-3 = Examinez la poignée de main dans le panneau Réseau du navigateur, filtré sur WS ; un `200` ou un `400` au lieu de `101` signifie qu'un proxy ou un CDN intermédiaire n'a pas transmis le changement de protocole.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-4 = Si vous écrivez un serveur à la main, calculez `Sec-WebSocket-Accept` comme le SHA-1, encodé en Base64, de la clé du client concaténée au GUID fixe de la RFC 6455 ; les navigateurs ferment la connexion si la valeur est fausse.

# HTTP 101 Switching Protocols compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-101-vs-100 = `101` remplace HTTP par un autre protocole sur la connexion, tandis que `100` permet seulement au client de continuer à envoyer le corps d'une requête ordinaire.

# HTTP 101 Switching Protocols compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-101-vs-426 = Envoyez `101` lorsque le client a demandé à changer de protocole et que vous acceptez ; envoyez `426` lorsqu'il ne l'a pas demandé et que vous ne poursuivrez pas sans ce changement.

## HTTP 102 Processing

# HTTP 102 Processing: one-line summary at the top of the explainer (TL;DR).
http-102-tldr = Une ancienne réponse intermédiaire WebDAV qui signifiait « toujours en cours, n'abandonnez pas » ; la spécification WebDAV actuelle ne la contient plus.

# HTTP 102 Processing: the "What it means" paragraph of the explainer.
http-102-meaning = La RFC 2518 permettait à un serveur d'envoyer `102` pendant l'exécution d'une longue méthode WebDAV, comme `COPY`, `MOVE` ou un `PROPFIND` avec `Depth: infinity`, afin que le client continue d'attendre au lieu d'abandonner pour dépassement de délai. Cette réponse intermédiaire n'a pas de contenu, et la réponse finale suit plus tard sur la même connexion. La RFC 4918 a retiré ce code en 2007, faute d'implémentations, mais l'IANA le liste toujours : certains serveurs et bibliothèques le connaissent donc encore. Les clients doivent ignorer tout `1xx` qu'ils ne reconnaissent pas et continuer la lecture, mais rien ne garantit que les intermédiaires le transmettent. Pour les traitements longs dans les nouvelles conceptions, `202 Accepted` accompagné d'une ressource d'état à interroger est le choix fiable.

# HTTP 102 Processing: common cause 1 of 3, an item of the "Common causes" list.
http-102-cause-1 = Un client WebDAV a copié ou déplacé une grande collection, et un serveur conforme à la RFC 2518 a signalé sa progression avec `102` pendant le traitement.

# HTTP 102 Processing: common cause 2 of 3, an item of the "Common causes" list.
http-102-cause-2 = Un `PROPFIND` en profondeur sur de nombreux fichiers a duré assez longtemps pour qu'un ancien serveur ou une ancienne bibliothèque WebDAV envoie `102` pour maintenir la connexion.

# HTTP 102 Processing: common cause 3 of 3, an item of the "Common causes" list.
http-102-cause-3 = Une API maison réutilise `102` comme signal de vie pour les requêtes lentes, ce que de nombreux proxys et bibliothèques clientes HTTP gèrent mal.

# HTTP 102 Processing: what a visitor can do, the only item of "How to fix it (for visitors)".
http-102-fix-visitor-1 = Rien à faire : votre gestionnaire de fichiers ou votre client de synchronisation reçoit ce signal de progression tout seul ; attendez la fin de l'opération.

# HTTP 102 Processing: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-1 = Ne construisez pas de nouvelles fonctionnalités sur `102` ; répondez `202 Accepted` avec un `Location` désignant une ressource d'état, et laissez le client l'interroger.

# HTTP 102 Processing: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-2 = Si un client abandonne pour dépassement de délai pendant de longues opérations WebDAV, augmentez son délai de lecture ou déplacez moins de ressources par requête.

# HTTP 102 Processing: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-3 = Assurez-vous que les clients HTTP que vous écrivez ignorent toute réponse `1xx` et poursuivent la lecture jusqu'à un statut final ; certaines bibliothèques traitent à tort comme finale toute réponse autre que `100`.

# HTTP 102 Processing compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-102-vs-100 = `102` indique qu'une requête entièrement reçue est toujours en cours de traitement, tandis que `100` demande au client d'envoyer la suite de sa requête.

# HTTP 102 Processing compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-102-vs-103 = `102` se contente de maintenir en vie une requête lente, tandis que `103` transporte des indications `Link` dont le client peut tenir compte avant la réponse finale.

# HTTP 102 Processing compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-102-vs-202 = `102` fait attendre la connexion jusqu'au résultat final, tandis que `202` termine l'échange aussitôt et laisse le résultat à récupérer plus tard ; préférez `202`.

## HTTP 103 Early Hints

# HTTP 103 Early Hints: one-line summary at the top of the explainer (TL;DR).
http-103-tldr = Avant que la véritable réponse soit prête, le serveur indique au navigateur les ressources qu'il peut déjà commencer à charger.

# HTTP 103 Early Hints: the "What it means" paragraph of the explainer.
http-103-meaning = La RFC 8297 permet à un serveur d'envoyer une ou plusieurs réponses `103` dont les en-têtes `Link`, comme `rel=preload` ou `rel=preconnect`, annoncent des ressources dont la page finale aura besoin : le navigateur peut ainsi ouvrir des connexions et récupérer feuilles de style, scripts ou polices pendant que le serveur travaille encore. Ces indications sont facultatives : le navigateur peut les ignorer, et la réponse finale, quel que soit son statut, doit porter tous les en-têtes sur lesquels elle s'appuie réellement. Les navigateurs ne tiennent compte de `103` que pour les navigations de premier niveau, les navigateurs basés sur Chromium seulement en HTTP/2 et HTTP/3, et la prise en charge des indications `preload` varie d'un navigateur à l'autre. Certains clients HTTP/1.1 gèrent mal les réponses intermédiaires inattendues, c'est pourquoi de nombreux serveurs n'envoient `103` qu'en HTTP/2 ou version ultérieure. La RFC 8297 est une RFC expérimentale (Experimental), mais les CDN et les grands sites déploient largement ce code.

# HTTP 103 Early Hints: common cause 1 of 3, an item of the "Common causes" list.
http-103-cause-1 = Un CDN comme Cloudflare a activé les Early Hints et rejoue, sous forme de `103`, les en-têtes `Link` qu'il a vus dans des réponses précédentes pour la page.

# HTTP 103 Early Hints: common cause 2 of 3, an item of the "Common causes" list.
http-103-cause-2 = L'application appelle `response.writeEarlyHints()` dans Node.js, ou écrit le statut `103` avec des en-têtes `Link` en Go, avant d'exécuter les requêtes lentes à la base de données pour la page.

# HTTP 103 Early Hints: common cause 3 of 3, an item of the "Common causes" list.
http-103-cause-3 = Un framework qui le prend en charge nativement, comme Rails avec `request.send_early_hints` sous Puma, envoie des indications pour les ressources de la page.

# HTTP 103 Early Hints: what a visitor can do, the only item of "How to fix it (for visitors)".
http-103-fix-visitor-1 = Rien à faire : votre navigateur utilise de lui-même ces indications pour charger la page plus vite.

# HTTP 103 Early Hints: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-1 = N'annoncez que des ressources que la page finale utilise à coup sûr, comme la feuille de style principale ou une police web, et utilisez `rel=preconnect` pour les origines tierces ; des indications erronées gaspillent de la bande passante à chaque affichage.

# HTTP 103 Early Hints: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-2 = Vérifiez ce qui est envoyé avec `curl -v --http2` sur la page : le bloc `103` et ses en-têtes `Link` apparaissent avant la ligne de statut finale.

# HTTP 103 Early Hints: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-3 = N'envoyez `103` qu'en HTTP/2 ou HTTP/3, ou seulement aux clients dont on sait qu'ils le prennent en charge, car certains clients et proxys HTTP/1.1 prennent la réponse intermédiaire pour la réponse finale.

# HTTP 103 Early Hints: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-4 = Conservez les mêmes en-têtes `Link`, ou les balises correspondantes dans le HTML, dans la réponse finale `200` ; les indications de la `103` ne les remplacent pas.

# HTTP 103 Early Hints compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-103-vs-100 = `103` accélère le chargement d'autres ressources, tandis que `100` indique seulement au client d'envoyer le corps de sa requête.

# HTTP 103 Early Hints compared with HTTP 102 Processing: when to use which, in the "Related codes" section.
http-103-vs-102 = `103` transporte des indications dont le navigateur peut tenir compte, tandis que `102` indique seulement que le traitement est toujours en cours.

# HTTP 103 Early Hints compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-103-vs-200 = `103` peut précéder un `200` pour annoncer tôt des sous-ressources, mais seul le `200` livre la page et ses en-têtes qui font foi.

## HTTP 104 Upload Resumption Supported

# HTTP 104 Upload Resumption Supported: one-line summary at the top of the explainer (TL;DR).
http-104-tldr = Pendant un téléversement, le serveur annonce que le transfert pourra être repris, et à quelle adresse, si la connexion est coupée.

# HTTP 104 Upload Resumption Supported: the "What it means" paragraph of the explainer.
http-104-meaning = Ce code provient du brouillon de l'IETF sur la reprise des téléversements, qui normalise des idées issues du protocole tus, et ne bénéficie que d'un enregistrement provisoire auprès de l'IANA. Lorsqu'un client signale qu'il prend en charge la reprise des téléversements, le serveur peut envoyer `104` pendant que les données arrivent encore, avec un `Location` désignant une ressource de téléversement temporaire. Après une panne réseau, le client envoie `HEAD` à cette ressource, lit `Upload-Offset` pour savoir combien d'octets sont arrivés, et envoie le reste avec `PATCH` à partir de cette position. La réponse finale, comme `201` ou `200`, arrive une fois le téléversement terminé. Les noms d'en-têtes et des détails comme `Upload-Draft-Interop-Version`, `Upload-Complete` et le type de média des corps `PATCH` ont changé d'une version du brouillon à l'autre : le client et le serveur doivent donc implémenter la même.

# HTTP 104 Upload Resumption Supported: common cause 1 of 3, an item of the "Common causes" list.
http-104-cause-1 = Une application sous iOS 17 ou macOS 14 ou version ultérieure téléverse avec `URLSession`, qui implémente le brouillon sur la reprise des téléversements, vers un serveur qui le prend en charge.

# HTTP 104 Upload Resumption Supported: common cause 2 of 3, an item of the "Common causes" list.
http-104-cause-2 = Un serveur fondé sur une implémentation de la reprise des téléversements, comme tusd, reçoit un téléversement d'un client qui a envoyé `Upload-Draft-Interop-Version`.

# HTTP 104 Upload Resumption Supported: common cause 3 of 3, an item of the "Common causes" list.
http-104-cause-3 = Une application mobile qui a opté pour les téléversements avec reprise envoie une grosse vidéo sur un réseau peu fiable, où le passage du Wi-Fi au réseau mobile ferait sinon tout recommencer.

# HTTP 104 Upload Resumption Supported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-104-fix-visitor-1 = Rien à faire : l'application conserve cette information et s'en sert d'elle-même pour reprendre le téléversement si la connexion est coupée.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-1 = Comparez les valeurs de `Upload-Draft-Interop-Version` des deux côtés ; ce numéro change chaque fois que le format de transmission du brouillon change.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-2 = Gardez la ressource de téléversement nommée dans `Location` valide assez longtemps pour que les clients puissent reprendre, et répondez à `HEAD` sur celle-ci avec un `Upload-Offset` exact et `Cache-Control: no-store`.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-3 = Assurez-vous que les proxys et les répartiteurs de charge laissent passer les réponses intermédiaires et acheminent les `HEAD` et `PATCH` d'un téléversement vers le serveur qui détient les données partielles, ou utilisez un stockage partagé.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-4 = S'il vous faut aujourd'hui un protocole stable, utilisez tus 1.0, que de nombreux clients et serveurs prennent en charge, et prévoyez de passer à la norme de l'IETF une fois celle-ci publiée.

# HTTP 104 Upload Resumption Supported compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-104-vs-100 = `100` indique au client qu'il peut commencer à envoyer le corps, tandis que `104` lui indique que le corps en cours d'envoi pourra être repris plus tard à une adresse donnée.

# HTTP 104 Upload Resumption Supported compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-104-vs-103 = Ce sont deux réponses intermédiaires envoyées avant la réponse finale, mais `103` annonce des ressources à précharger, tandis que `104` annonce une ressource de téléversement avec reprise.

# HTTP 104 Upload Resumption Supported compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-104-vs-201 = `104` arrive alors que le téléversement est encore en cours, et `201` est la réponse finale, une fois que le téléversement complet a créé la ressource.

## HTTP 200 OK

# HTTP 200 OK: one-line summary at the top of the explainer (TL;DR).
http-200-tldr = La requête a abouti, et la réponse en contient le résultat.

# HTTP 200 OK: the "What it means" paragraph of the explainer.
http-200-meaning = `200` est le statut de succès générique, et son contenu dépend de la méthode : la représentation actuelle de la cible pour `GET`, les mêmes en-têtes sans corps pour `HEAD`, le résultat du traitement pour `POST`, et la requête telle que le serveur l'a reçue pour `TRACE`. Un `200` en réponse à `CONNECT` signifie que le tunnel est ouvert et n'a pas de contenu ; tout autre `200` est censé avoir un contenu, sauf si son cadrage, comme `Content-Length: 0`, indique une longueur nulle. Ce code peut être mis en cache de façon heuristique : sans `Cache-Control` ni `Expires`, un cache peut tout de même réutiliser la réponse pendant un certain temps, en estimant sa fraîcheur d'après `Last-Modified`. Un serveur qui ignore un en-tête `Range`, ou un `GET` conditionnel dont le validateur ne correspond plus, répond également par un `200` complet.

# HTTP 200 OK: common cause 1 of 4, an item of the "Common causes" list.
http-200-cause-1 = Une page, une image ou une ressource d'API a été demandée, et le serveur l'a trouvée et envoyée.

# HTTP 200 OK: common cause 2 of 4, an item of the "Common causes" list.
http-200-cause-2 = Un formulaire ou un appel d'API en `POST` a été traité, et le serveur a renvoyé le résultat dans le corps au lieu de créer une nouvelle ressource.

# HTTP 200 OK: common cause 3 of 4, an item of the "Common causes" list.
http-200-cause-3 = Une requête de plage ou une requête conditionnelle s'est rabattue sur une réponse complète, parce que le serveur ignore `Range` ou que l'`ETag` en cache ne correspondait plus.

# HTTP 200 OK: common cause 4 of 4, an item of the "Common causes" list.
http-200-cause-4 = Une erreur est signalée à tort avec `200`, comme une page de connexion servie pour une session expirée ou un corps JSON contenant un message d'erreur ; cette fausse réussite (soft error) masque les échecs aux clients, à la supervision et aux moteurs de recherche.

# HTTP 200 OK: what a visitor can do, the only item of "How to fix it (for visitors)".
http-200-fix-visitor-1 = Rien à faire : la page ou le fichier s'est chargé normalement.

# HTTP 200 OK: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-1 = Ne renvoyez `200` qu'en cas de réel succès ; envoyez un `4xx` ou un `5xx` pour les erreurs, même lorsque le corps les explique, afin que clients, caches et robots d'indexation fassent la différence.

# HTTP 200 OK: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-2 = Définissez explicitement `Cache-Control` sur chaque `200`, par exemple `no-store` pour les données personnelles ou `no-cache` pour les pages à revalider à chaque fois, au lieu de laisser les caches deviner.

# HTTP 200 OK: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-3 = Ajoutez un `ETag` ou un `Last-Modified` aux réponses pouvant être mises en cache, afin que les clients puissent les revalider avec `If-None-Match` et recevoir la fois suivante un `304` sans corps.

# HTTP 200 OK: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-4 = Utilisez un code de succès plus précis lorsqu'il y en a un qui convient : `201` pour une création, `202` pour un travail mis en file d'attente, `204` lorsqu'il n'y a rien à renvoyer.

# HTTP 200 OK compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-200-vs-201 = Envoyez `201` lorsque la requête a créé une nouvelle ressource, avec son `Location` ; envoyez `200` lorsqu'elle n'a fait que renvoyer ou modifier quelque chose qui existait déjà.

# HTTP 200 OK compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-200-vs-202 = Envoyez `200` lorsque le travail est terminé et que le corps en contient le résultat ; envoyez `202` lorsque le travail a seulement été mis en file d'attente.

# HTTP 200 OK compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-200-vs-204 = Envoyez `200` lorsque le corps contient quelque chose dont le client a besoin ; envoyez `204` lorsque le succès ne nécessite aucun corps.

## HTTP 201 Created

# HTTP 201 Created: one-line summary at the top of the explainer (TL;DR).
http-201-tldr = La requête a réussi et a créé une nouvelle ressource, dont l'adresse figure dans l'en-tête `Location`.

# HTTP 201 Created: the "What it means" paragraph of the explainer.
http-201-meaning = `201` confirme qu'une ou plusieurs ressources existent du fait de la requête, le plus souvent un `POST` vers une collection ou un `PUT` vers une URI où rien n'existait auparavant. La principale nouvelle ressource est identifiée par `Location`, ou par l'URI de la requête elle-même en l'absence de `Location`, comme c'est l'usage après un `PUT`. Le contenu décrit généralement la nouvelle ressource ou y renvoie par un lien, et tout `ETag` ou `Last-Modified` de la réponse se rapporte à la représentation créée : le client peut donc faire aussitôt des requêtes conditionnelles sur celle-ci. La création doit être terminée au moment où la réponse est envoyée ; si elle doit avoir lieu plus tard, `202` est le bon code.

# HTTP 201 Created: common cause 1 of 3, an item of the "Common causes" list.
http-201-cause-1 = Un client a envoyé `POST /users`, ou une requête semblable vers une collection, et le serveur a enregistré le nouvel élément sous une nouvelle URI.

# HTTP 201 Created: common cause 2 of 3, an item of the "Common causes" list.
http-201-cause-2 = Un client a téléversé un fichier avec `PUT` vers un chemin qui n'existait pas encore, par exemple sur un serveur WebDAV.

# HTTP 201 Created: common cause 3 of 3, an item of the "Common causes" list.
http-201-cause-3 = Une inscription, une commande ou un commentaire a été soumis à une API qui répond `201` aux créations.

# HTTP 201 Created: what a visitor can do, the only item of "How to fix it (for visitors)".
http-201-fix-visitor-1 = Rien à faire : ce que vous avez envoyé a été enregistré, et le site devrait maintenant l'afficher.

# HTTP 201 Created: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-1 = Envoyez un en-tête `Location` avec l'URI de la nouvelle ressource, et renvoyez sa représentation ou un résumé dans le corps, afin que le client n'ait pas besoin d'une seconde requête.

# HTTP 201 Created: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-2 = Faites en sorte qu'une création par `POST` puisse être réessayée sans risque, par exemple en acceptant un en-tête `Idempotency-Key` comme le font de nombreuses API de paiement, afin qu'un dépassement de délai suivi d'une nouvelle tentative ne crée pas de doublon.

# HTTP 201 Created: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-3 = Répondez à `PUT` par `201` lorsqu'il a créé la ressource, et par `200` ou `204` lorsqu'il en a remplacé une existante, comme l'exige la RFC 9110.

# HTTP 201 Created: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-4 = Dans les navigateurs, `fetch` ne suit pas le `Location` d'un `201` ; lisez vous-même l'en-tête, et listez-le dans `Access-Control-Expose-Headers` pour les appels multi-origines, car il n'est pas exposé par défaut.

# HTTP 201 Created compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-201-vs-200 = Envoyez `201` lorsqu'une nouvelle ressource existe du fait de la requête ; envoyez `200` lorsque la requête a lu, modifié ou traité quelque chose qui existait déjà.

# HTTP 201 Created compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-201-vs-202 = Envoyez `201` lorsque la ressource est déjà créée au moment où vous répondez ; envoyez `202` lorsque sa création est en file d'attente et peut encore échouer.

# HTTP 201 Created compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-201-vs-303 = Répondez à un `POST` d'API par `201` avec un `Location` ; répondez à un `POST` de formulaire dans un navigateur par `303`, pour envoyer l'utilisateur vers une page qui affiche le résultat.

## HTTP 202 Accepted

# HTTP 202 Accepted: one-line summary at the top of the explainer (TL;DR).
http-202-tldr = Le serveur a mis la requête en file d'attente pour la traiter plus tard ; le résultat n'est pas encore connu.

# HTTP 202 Accepted: the "What it means" paragraph of the explainer.
http-202-meaning = `202` est volontairement évasif : le serveur confirme qu'il a reçu, et peut-être validé, la requête, mais le travail a lieu après la réponse et peut encore échouer. HTTP ne peut pas envoyer de seconde réponse pour la même requête : le serveur doit donc indiquer où le résultat apparaîtra, généralement une ressource d'état nommée dans `Location` ou dans le corps, que le client interroge à intervalles réguliers, éventuellement au rythme indiqué par `Retry-After`. Une fois la tâche terminée, cette ressource d'état peut présenter elle-même le résultat ou y renvoyer le client avec `303`. Un `202` ne peut pas être mis en cache par défaut, et les clients doivent considérer qu'aucun effet de bord n'a encore eu lieu.

# HTTP 202 Accepted: common cause 1 of 4, an item of the "Common causes" list.
http-202-cause-1 = Un client a lancé une tâche longue, comme un transcodage vidéo, l'export d'un rapport ou un import en masse, et l'API l'a mise en file d'attente au lieu de garder la connexion ouverte.

# HTTP 202 Accepted: common cause 2 of 4, an item of the "Common causes" list.
http-202-cause-2 = Un récepteur de webhooks a accusé réception d'un événement immédiatement et l'a confié à un worker en arrière-plan, car les émetteurs de webhooks comme GitHub et Stripe attendent une réponse rapide.

# HTTP 202 Accepted: common cause 3 of 4, an item of the "Common causes" list.
http-202-cause-3 = Un message a été accepté pour une remise ultérieure, comme le fait une API d'e-mail ou de notifications push qui envoie de manière asynchrone.

# HTTP 202 Accepted: common cause 4 of 4, an item of the "Common causes" list.
http-202-cause-4 = Une API de gestion cloud a lancé une opération de longue durée, comme la création d'une machine virtuelle, et a renvoyé une URL pour en suivre l'avancement.

# HTTP 202 Accepted: what a visitor can do, the only item of "How to fix it (for visitors)".
http-202-fix-visitor-1 = Revenez plus tard : votre demande a été acceptée, et son résultat apparaîtra sur le site ou vous parviendra par e-mail une fois le travail terminé.

# HTTP 202 Accepted: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-1 = Renvoyez un en-tête `Location` et un corps contenant l'identifiant de la tâche et une URL d'état, et faites en sorte que cette URL indique l'état de la tâche, son avancement et, une fois terminée, un lien vers le résultat.

# HTTP 202 Accepted: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-2 = Ajoutez `Retry-After` pour indiquer aux clients à quelle fréquence interroger, ou proposez un webhook ou des server-sent events pour qu'ils n'aient plus du tout à interroger.

# HTTP 202 Accepted: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-3 = Validez tout ce que vous pouvez avant de répondre, afin que les requêtes mal formées reçoivent immédiatement `400` ou `422` au lieu d'échouer silencieusement dans la file d'attente.

# HTTP 202 Accepted: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-4 = Rendez la soumission des tâches idempotente, par exemple avec une clé fournie par le client, afin qu'une requête réessayée ne mette pas deux fois la même tâche en file d'attente.

# HTTP 202 Accepted compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-202-vs-200 = Envoyez `202` lorsque le travail a seulement été mis en file d'attente ; envoyez `200` lorsqu'il est terminé et que le corps en contient le résultat.

# HTTP 202 Accepted compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-202-vs-201 = Envoyez `202` lorsque la ressource sera créée plus tard ; envoyez `201` lorsqu'elle existe déjà au moment où vous répondez.

# HTTP 202 Accepted compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-202-vs-204 = Envoyez `202` lorsque le traitement est encore en attente ; envoyez `204` lorsque la requête a été entièrement traitée et qu'il n'y a rien à renvoyer.

## HTTP 203 Non-Authoritative Information

# HTTP 203 Non-Authoritative Information: one-line summary at the top of the explainer (TL;DR).
http-203-tldr = La requête a réussi, mais un proxy a modifié la réponse qu'il a reçue du serveur d'origine.

# HTTP 203 Non-Authoritative Information: the "What it means" paragraph of the explainer.
http-203-meaning = Seul un intermédiaire de transformation devrait envoyer `203` : il remplace le `200` du serveur d'origine après en avoir modifié le contenu ou les en-têtes, par exemple en recompressant des images, en traduisant du texte ou en supprimant des scripts. Ce code indique à chaque destinataire que le contenu n'est pas exactement celui produit par le serveur d'origine, ce qui peut compter pour les décisions prises ensuite sur ce contenu. Un proxy ne doit pas transformer une réponse marquée `Cache-Control: no-transform`. Les anciennes règles de mise en cache HTTP proposaient aussi l'en-tête `Warning` avec le code `214 Transformation Applied`, mais la RFC 9111 a rendu `Warning` obsolète, si bien que `203` reste le seul signal. Comme `200`, un `203` peut être mis en cache de façon heuristique.

# HTTP 203 Non-Authoritative Information: common cause 1 of 4, an item of the "Common causes" list.
http-203-cause-1 = Le proxy d'économie de données d'un opérateur mobile ou d'un éditeur de navigateur a recompressé des images ou minifié une page en chemin vers le client.

# HTTP 203 Non-Authoritative Information: common cause 2 of 4, an item of the "Common causes" list.
http-203-cause-2 = Une passerelle de sécurité d'entreprise a réécrit une page, par exemple pour en retirer le contenu actif ou y insérer un bandeau.

# HTTP 203 Non-Authoritative Information: common cause 3 of 4, an item of the "Common causes" list.
http-203-cause-3 = Une passerelle d'API a réécrit des champs de la réponse JSON d'un backend et a signalé la modification avec `203`.

# HTTP 203 Non-Authoritative Information: common cause 4 of 4, an item of the "Common causes" list.
http-203-cause-4 = Un serveur d'origine envoie `203` par erreur, par exemple pour des données servies depuis un miroir, ce qui déroute les clients qui n'attendent que `200`.

# HTTP 203 Non-Authoritative Information: what a visitor can do, the only item of "How to fix it (for visitors)".
http-203-fix-visitor-1 = Rien à faire en principe, mais si les pages ou les images semblent dégradées, le réseau que vous utilisez les modifie peut-être ; essayez une autre connexion.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-1 = Ajoutez `Cache-Control: no-transform` aux réponses qui doivent arriver à l'octet près, comme les fichiers signés, les images destinées à une analyse ou les contenus vérifiés par une empreinte.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-2 = Servez le site en HTTPS, afin que les proxys ne puissent pas modifier les réponses, sauf si le client fait confiance à leur certificat, comme avec l'inspection TLS en entreprise.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-3 = Traitez `203` comme `200` dans le code client, sauf si les octets exacts comptent : vérifiez alors une somme de contrôle ou récupérez le contenu par un chemin de confiance.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-4 = N'envoyez pas `203` depuis un serveur d'origine ; ce code décrit une modification faite par un intermédiaire.

# HTTP 203 Non-Authoritative Information compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-203-vs-200 = Le serveur d'origine envoie `200` ; seul un intermédiaire qui a modifié le `200` du serveur d'origine doit le transformer en `203`.

# HTTP 203 Non-Authoritative Information compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-203-vs-204 = `203` porte toujours un corps, modifié par un proxy, tandis que `204` indique qu'il n'y a aucun corps.

## HTTP 204 No Content

# HTTP 204 No Content: one-line summary at the top of the explainer (TL;DR).
http-204-tldr = La requête a réussi, et le serveur n'envoie volontairement aucun corps.

# HTTP 204 No Content: the "What it means" paragraph of the explainer.
http-204-meaning = Un `204` se termine avec sa section d'en-têtes : il ne peut pas avoir de contenu, et un serveur ne doit pas l'envoyer avec `Content-Length` (RFC 9110, section 8.6). Ses en-têtes restent importants, comme un `ETag` ou un `Last-Modified` décrivant la ressource après un `PUT` réussi. Un navigateur qui reçoit `204` pour une navigation ou l'envoi d'un formulaire reste sur la page en cours et conserve son URL. La réponse peut être mise en cache de façon heuristique. Les clients HTTP/1.1 s'appuient sur la règle selon laquelle un `204` n'a pas de corps pour savoir où commence la réponse suivante sur la connexion : des octets de corps égarés corrompent donc les réponses qui suivent.

# HTTP 204 No Content: common cause 1 of 4, an item of the "Common causes" list.
http-204-cause-1 = Un `DELETE`, un `PUT` ou un `PATCH` a réussi, et l'API n'a rien à renvoyer.

# HTTP 204 No Content: common cause 2 of 4, an item of the "Common causes" list.
http-204-cause-2 = Une requête préliminaire CORS `OPTIONS` a reçu pour réponse `204` avec les en-têtes `Access-Control-Allow-*`.

# HTTP 204 No Content: common cause 3 of 4, an item of the "Common causes" list.
http-204-cause-3 = Une balise de mesure d'audience, comme celle envoyée avec `navigator.sendBeacon`, a été acceptée par un point de terminaison qui ne renvoie rien.

# HTTP 204 No Content: common cause 4 of 4, an item of the "Common causes" list.
http-204-cause-4 = Un système d'exploitation a sondé une URL connue, comme `connectivitycheck.gstatic.com/generate_204`, pour vérifier que le réseau donne librement accès à Internet.

# HTTP 204 No Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-204-fix-visitor-1 = Rien à faire : l'action a fonctionné, et la page reste telle quelle parce que le serveur n'avait rien de nouveau à afficher.

# HTTP 204 No Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-1 = N'écrivez jamais de corps avec `204`, et vérifiez que votre framework le supprime si votre code en ajoute un ; certains serveurs envoient quand même les octets et cassent la réponse suivante sur une connexion keep-alive.

# HTTP 204 No Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-2 = Côté client, vérifiez le statut avant d'analyser le corps : `response.json()` lève une exception sur un `204`, car il n'y a rien à analyser.

# HTTP 204 No Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-3 = Envoyez un `ETag` avec le `204` qui suit une mise à jour, afin que le client puisse rendre sa prochaine modification conditionnelle avec `If-Match`.

# HTTP 204 No Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-4 = N'utilisez pas `204` pour une recherche ou une liste sans résultat ; renvoyez `200` avec une liste vide, que les clients traitent comme une liste remplie.

# HTTP 204 No Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-204-vs-200 = Envoyez `204` lorsque le succès ne nécessite aucun corps ; envoyez `200` lorsque le client attend des données en retour, même une liste vide.

# HTTP 204 No Content compared with HTTP 205 Reset Content: when to use which, in the "Related codes" section.
http-204-vs-205 = Envoyez `204` lorsque le client doit garder sa vue telle quelle ; envoyez `205` lorsqu'il doit vider le formulaire ou la vue à l'origine de la requête.

# HTTP 204 No Content compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-204-vs-304 = `204` termine une requête réussie qui n'a rien à renvoyer, tandis que `304` répond à un `GET` conditionnel en indiquant au client d'utiliser sa copie en cache.

## HTTP 205 Reset Content

# HTTP 205 Reset Content: one-line summary at the top of the explainer (TL;DR).
http-205-tldr = La requête a réussi, et le client doit vider le formulaire ou la vue qui l'a envoyée.

# HTTP 205 Reset Content: the "What it means" paragraph of the explainer.
http-205-meaning = `205` demande à l'agent utilisateur de réinitialiser la vue du document à l'origine de la requête, généralement en vidant un formulaire de saisie pour que l'enregistrement suivant puisse être tapé, sans charger de nouvelle page. Le serveur ne doit pas l'envoyer avec un contenu, et en HTTP/1.1 il signale généralement le corps vide par `Content-Length: 0`. Les navigateurs ne réinitialisent rien de manière fiable sur `205` ; en pratique, ils le traitent comme `204` et laissent la page telle quelle. Les applications qui veulent cette réinitialisation l'effectuent dans leur propre script après une requête réussie : le code apparaît donc surtout dans des API qui associent des actions de l'interface utilisateur à des statuts.

# HTTP 205 Reset Content: common cause 1 of 3, an item of the "Common causes" list.
http-205-cause-1 = Une API de saisie de données demande à son client de vider le formulaire de saisie après chaque enregistrement sauvegardé.

# HTTP 205 Reset Content: common cause 2 of 3, an item of the "Common causes" list.
http-205-cause-2 = Une borne ou l'interface d'un terminal de point de vente utilise `205` pour revenir à son écran d'accueil après une transaction terminée.

# HTTP 205 Reset Content: common cause 3 of 3, an item of the "Common causes" list.
http-205-cause-3 = Un développeur a choisi `205` dans la table des statuts d'un framework pour signifier « enregistré, videz le formulaire » dans une application monopage.

# HTTP 205 Reset Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-205-fix-visitor-1 = Rien à faire : votre saisie a été enregistrée ; videz vous-même le formulaire si la page ne l'a pas fait.

# HTTP 205 Reset Content: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-1 = Envoyez `205` sans corps, avec `Content-Length: 0` en HTTP/1.1, pour que le client sache que la réponse est vide.

# HTTP 205 Reset Content: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-2 = Réinitialisez le formulaire dans le code client après une réponse réussie, par exemple avec `form.reset()`, au lieu de compter sur le navigateur pour réagir à `205`.

# HTTP 205 Reset Content: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-3 = Préférez `204`, sauf si votre propre client implémente la réinitialisation, car les clients et bibliothèques génériques traitent les deux codes de la même façon.

# HTTP 205 Reset Content compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-205-vs-204 = Envoyez `205` lorsque le client doit réinitialiser la vue à l'origine de la requête ; envoyez `204` lorsqu'il doit la laisser inchangée.

# HTTP 205 Reset Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-205-vs-200 = Envoyez `205` lorsqu'il n'y a rien à renvoyer et que la saisie doit être effacée ; envoyez `200` lorsque la réponse contient quelque chose à afficher.

## HTTP 206 Partial Content

# HTTP 206 Partial Content: one-line summary at the top of the explainer (TL;DR).
http-206-tldr = Le serveur n'envoie que la plage d'octets demandée par le client, et non le fichier entier.

# HTTP 206 Partial Content: the "What it means" paragraph of the explainer.
http-206-meaning = Un client demande une partie d'une représentation avec un en-tête `Range` comme `Range: bytes=0-1023`, et le serveur répond `206` avec un en-tête `Content-Range` indiquant la plage et la longueur totale, comme `bytes 0-1023/4096`. Pour plusieurs plages, le corps est au format `multipart/byteranges`, et chaque partie porte son propre `Content-Range`. Les serveurs annoncent cette prise en charge avec `Accept-Ranges: bytes`, et un client qui reprend un téléchargement doit envoyer `If-Range` avec l'`ETag` ou le `Last-Modified` dont il dispose, afin de recevoir tout le nouveau fichier avec `200` si celui-ci a changé. Un `206` peut être mis en cache de façon heuristique, et les caches peuvent combiner des plages stockées d'une même représentation.

# HTTP 206 Partial Content: common cause 1 of 4, an item of the "Common causes" list.
http-206-cause-1 = Un lecteur vidéo ou audio saute à une position donnée et ne demande que les octets à partir de ce point.

# HTTP 206 Partial Content: common cause 2 of 4, an item of the "Common causes" list.
http-206-cause-2 = Un gestionnaire de téléchargements, `curl -C -` ou `wget -c` reprend un téléchargement interrompu à partir du dernier octet reçu.

# HTTP 206 Partial Content: common cause 3 of 4, an item of the "Common causes" list.
http-206-cause-3 = La visionneuse PDF du navigateur ne charge que les parties d'un gros PDF nécessaires aux pages affichées à l'écran.

# HTTP 206 Partial Content: common cause 4 of 4, an item of the "Common causes" list.
http-206-cause-4 = Un outil de téléchargement parallèle récupère simultanément plusieurs plages du même fichier sur des connexions distinctes.

# HTTP 206 Partial Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-206-fix-visitor-1 = Rien à faire : votre navigateur ou votre lecteur a demandé volontairement une partie du fichier, par exemple pour démarrer une vidéo en son milieu.

# HTTP 206 Partial Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-1 = Envoyez `Accept-Ranges: bytes` et répondez aux requêtes `Range` avec un `Content-Range` exact ; les serveurs web le font pour les fichiers statiques, mais le code applicatif qui sert des fichiers doit l'implémenter ou utiliser un utilitaire comme `res.sendFile` d'Express.

# HTTP 206 Partial Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-2 = Donnez à `Content-Length` la taille de la plage renvoyée, et non celle du fichier entier, et vérifiez les deux en-têtes avec `curl -v -r 0-99` sur l'URL.

# HTTP 206 Partial Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-3 = Respectez `If-Range` : si son validateur ne correspond pas au fichier actuel, ignorez `Range` et envoyez tout le fichier avec `200`, sinon les clients assembleront des octets issus de deux versions différentes.

# HTTP 206 Partial Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-4 = Pour les médias volumineux derrière un CDN ou un proxy de cache, assurez-vous que les requêtes de plage parviennent intactes au serveur d'origine ou sont correctement mises en cache, par exemple avec le module `slice` de nginx.

# HTTP 206 Partial Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-206-vs-200 = Envoyez `206` lorsque vous ne renvoyez que les plages demandées ; envoyez `200` lorsque vous ignorez `Range`, ou que `If-Range` ne correspond plus, et que vous envoyez la représentation entière.

# HTTP 206 Partial Content compared with HTTP 416 Range Not Satisfiable: when to use which, in the "Related codes" section.
http-206-vs-416 = Envoyez `206` lorsqu'au moins une des plages demandées recouvre le fichier ; envoyez `416` lorsqu'aucune ne le recouvre.

## HTTP 207 Multi-Status

# HTTP 207 Multi-Status: one-line summary at the top of the explainer (TL;DR).
http-207-tldr = Une réponse WebDAV qui regroupe dans un seul corps XML des codes de statut distincts pour plusieurs ressources.

# HTTP 207 Multi-Status: the "What it means" paragraph of the explainer.
http-207-meaning = La RFC 4918 utilise `207` lorsqu'une seule requête concerne plusieurs ressources, le plus souvent un `PROPFIND` qui liste une collection ou un `PROPPATCH` qui définit plusieurs propriétés. Le corps est un document XML `DAV:multistatus` contenant un élément `response` par ressource, chacun avec un `href` et soit un `status`, soit des groupes `propstat` donnant un statut par propriété. Un `207` n'indique pas si tout a fonctionné : le client doit lire chaque entrée. Lorsqu'un `DELETE`, un `COPY` ou un `MOVE` sur une collection n'échoue qu'en partie, le corps liste les membres en échec, et les ressources non mentionnées ont réussi.

# HTTP 207 Multi-Status: common cause 1 of 4, an item of the "Common causes" list.
http-207-cause-1 = Un client WebDAV, comme un gestionnaire de fichiers, Nextcloud ou une application d'agenda CalDAV, a envoyé `PROPFIND` pour lister un dossier ou un agenda.

# HTTP 207 Multi-Status: common cause 2 of 4, an item of the "Common causes" list.
http-207-cause-2 = Un `DELETE`, un `COPY` ou un `MOVE` d'une collection a échoué pour certains membres, et le serveur a signalé chaque membre en échec avec son propre statut.

# HTTP 207 Multi-Status: common cause 3 of 4, an item of the "Common causes" list.
http-207-cause-3 = Un `PROPPATCH` a défini plusieurs propriétés, et le serveur a indiqué le résultat pour chacune.

# HTTP 207 Multi-Status: common cause 4 of 4, an item of the "Common causes" list.
http-207-cause-4 = Une API non WebDAV a emprunté `207` pour un point de terminaison de traitement par lots qui renvoie un statut par élément d'une requête groupée.

# HTTP 207 Multi-Status: what a visitor can do, the only item of "How to fix it (for visitors)".
http-207-fix-visitor-1 = Rien à faire : votre gestionnaire de fichiers, votre agenda ou votre application de synchronisation lit lui-même cette réponse combinée.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-1 = Analysez le XML et vérifiez chaque élément `status`, sans considérer le `207` lui-même comme un succès ni comme un échec ; `curl -X PROPFIND -H 'Depth: 1'` sur l'URL affiche le corps brut.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-2 = Envoyez `Depth: 0` ou `Depth: 1` avec `PROPFIND` plutôt que `infinity` ; de nombreux serveurs refusent ou limitent la profondeur infinie, car la réponse peut être énorme.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-3 = Pour une API de traitement par lots qui emprunte `207`, documentez le format du corps et donnez à chaque élément son statut et son erreur sous la même forme que les réponses portant sur un seul élément.

# HTTP 207 Multi-Status compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-207-vs-200 = Envoyez `207` lorsqu'une requête concerne plusieurs ressources dont les résultats peuvent différer ; envoyez `200` lorsqu'un seul statut décrit l'ensemble du résultat.

# HTTP 207 Multi-Status compared with HTTP 208 Already Reported: when to use which, in the "Related codes" section.
http-207-vs-208 = `207` est le statut de la réponse entière qui porte le corps multistatus, tandis que `208` apparaît dans ce corps pour une collection déjà listée.

# HTTP 207 Multi-Status compared with HTTP 424 Failed Dependency: when to use which, in the "Related codes" section.
http-207-vs-424 = `207` est l'enveloppe ; `424` est un statut qu'elle contient pour une opération qui n'a échoué que parce qu'une autre opération de la même requête a échoué.

## HTTP 208 Already Reported

# HTTP 208 Already Reported: one-line summary at the top of the explainer (TL;DR).
http-208-tldr = Dans un corps multistatus WebDAV, signale une collection déjà listée plus haut dans la même réponse.

# HTTP 208 Already Reported: the "What it means" paragraph of the explainer.
http-208-meaning = La RFC 5842 ajoute les liaisons (bindings) à WebDAV : une même collection peut alors apparaître sous plusieurs chemins, et un `PROPFIND` avec `Depth: infinity` risquerait de lister les mêmes membres encore et encore, voire indéfiniment. Un serveur qui prend en charge les liaisons signale normalement la première liaison et marque chaque liaison ultérieure vers la même collection avec `208` dans le corps de la `207`, sans lister de nouveau ses membres. Un client qui demande la propriété `DAV:resource-id` peut rapprocher ces entrées de celle signalée plus haut et reconstituer la structure réelle. Ce code n'apparaît que dans les réponses aux requêtes `Depth: infinity`, et la RFC 5842 est une RFC expérimentale (Experimental) que peu de serveurs implémentent.

# HTTP 208 Already Reported: common cause 1 of 3, an item of the "Common causes" list.
http-208-cause-1 = Un `PROPFIND` avec `Depth: infinity` sur un serveur qui prend en charge les liaisons WebDAV a atteint une collection déjà signalée par un autre chemin.

# HTTP 208 Already Reported: common cause 2 of 3, an item of the "Common causes" list.
http-208-cause-2 = Un administrateur a lié la même collection à plusieurs endroits, par exemple un dossier de projet partagé lié dans la collection personnelle de chaque membre.

# HTTP 208 Already Reported: common cause 3 of 3, an item of the "Common causes" list.
http-208-cause-3 = Une liaison fait qu'une collection contient l'un de ses propres ancêtres, et le serveur signale la répétition avec `208` au lieu de faire échouer la requête.

# HTTP 208 Already Reported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-208-fix-visitor-1 = Rien à faire : ce statut n'apparaît qu'à l'intérieur d'une liste de fichiers que votre client WebDAV lit pour vous.

# HTTP 208 Already Reported: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-1 = Demandez `DAV:resource-id` dans le corps du `PROPFIND`, afin que votre client puisse rapprocher chaque entrée `208` de la collection listée plus haut.

# HTTP 208 Already Reported: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-2 = Traitez les entrées `208` comme réussies et déjà décrites, et ne vous attendez pas à ce que leurs membres soient listés de nouveau.

# HTTP 208 Already Reported: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-3 = Côté serveur, n'émettez `208` qu'à l'intérieur d'un corps `207` et seulement pour les requêtes `Depth: infinity`, jamais comme statut d'une réponse entière.

# HTTP 208 Already Reported compared with HTTP 207 Multi-Status: when to use which, in the "Related codes" section.
http-208-vs-207 = `208` est une entrée d'un corps `207` pour une collection répétée, tandis que `207` est le statut de la réponse entière.

# HTTP 208 Already Reported compared with HTTP 508 Loop Detected: when to use which, in the "Related codes" section.
http-208-vs-508 = Envoyez `208` pour signaler une liaison répétée et poursuivre le listage ; n'envoyez `508` que lorsqu'une boucle fait échouer toute l'opération.

## HTTP 226 IM Used

# HTTP 226 IM Used: one-line summary at the top of the explainer (TL;DR).
http-226-tldr = Le serveur a répondu par un delta ou une autre transformation de la ressource, comme le client l'a demandé avec `A-IM`.

# HTTP 226 IM Used: the "What it means" paragraph of the explainer.
http-226-meaning = La RFC 3229 définit le codage delta pour HTTP : un client qui détient une version en cache envoie `A-IM` avec les manipulations d'instance qu'il accepte, comme `diffe`, `vcdiff` ou `gzip`, et `If-None-Match` avec l'`ETag` de sa copie. Si le serveur peut calculer un delta par rapport à cette version, il répond `226` avec un en-tête `IM` nommant les manipulations appliquées et généralement un en-tête `Delta-Base` nommant l'`ETag` de base. Le corps n'est pas la ressource, mais les instructions pour la reconstruire, et le client les applique à sa copie en cache pour obtenir la version actuelle identifiée par l'`ETag` de la réponse. Un nouveau code de statut a été choisi pour que les caches qui ignorent la RFC 3229 ne confondent pas un delta avec la ressource complète ; le mécanisme a néanmoins été peu utilisé, en dehors de quelques serveurs de flux.

# HTTP 226 IM Used: common cause 1 of 3, an item of the "Common causes" list.
http-226-cause-1 = Un lecteur de flux a envoyé `A-IM: feed`, et le serveur n'a renvoyé que les entrées ajoutées depuis la version dont le lecteur disposait déjà.

# HTTP 226 IM Used: common cause 2 of 3, an item of the "Common causes" list.
http-226-cause-2 = Un client ou un outil de synchronisation qui implémente la RFC 3229 a demandé un delta `vcdiff` ou `diffe` d'un gros document qu'il avait en cache.

# HTTP 226 IM Used: common cause 3 of 3, an item of the "Common causes" list.
http-226-cause-3 = Deux proxys de cache qui coopèrent utilisent le codage delta pour économiser de la bande passante sur une liaison lente ou coûteuse.

# HTTP 226 IM Used: what a visitor can do, the only item of "How to fix it (for visitors)".
http-226-fix-visitor-1 = Rien à faire : votre lecteur de flux ou votre application a reconstruit de lui-même la version actuelle à partir de sa copie stockée.

# HTTP 226 IM Used: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-1 = Ne renvoyez `226` que lorsque la requête porte `A-IM` avec une manipulation que vous prenez en charge et que `If-None-Match` désigne une version de base dont vous disposez encore ; sinon, envoyez un `200` complet.

# HTTP 226 IM Used: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-2 = Incluez `IM`, le nouvel `ETag` et `Delta-Base`, afin que le client puisse vérifier qu'il applique le delta à la bonne version.

# HTTP 226 IM Used: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-3 = Pour les ressources web, intéressez-vous à Compression Dictionary Transport (`Use-As-Dictionary` et `Available-Dictionary`), que prennent en charge les navigateurs basés sur Chromium et qui permet des économies comparables à un delta avec des réponses `200` ordinaires.

# HTTP 226 IM Used compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-226-vs-200 = Envoyez `226` lorsque le corps est un delta ou une transformation demandés par le client avec `A-IM` ; envoyez `200` lorsqu'il s'agit de la représentation complète.

# HTTP 226 IM Used compared with HTTP 206 Partial Content: when to use which, in the "Related codes" section.
http-226-vs-206 = `206` renvoie une plage d'octets de la représentation actuelle, tandis que `226` renvoie les instructions pour transformer une ancienne version en cache en version actuelle.

# HTTP 226 IM Used compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-226-vs-304 = Envoyez `304` lorsque la copie en cache du client est toujours à jour ; envoyez `226` lorsqu'elle est périmée et que vous pouvez n'envoyer que la différence.

## HTTP 300 Multiple Choices

# HTTP 300 Multiple Choices: one-line summary at the top of the explainer (TL;DR).
http-300-tldr = La ressource existe en plusieurs variantes, et le client est invité à en choisir une.

# HTTP 300 Multiple Choices: the "What it means" paragraph of the explainer.
http-300-meaning = Avec `300`, le serveur liste des possibilités, comme des formats ou des langues, au lieu d'en choisir une par négociation proactive sur `Accept` et `Accept-Language`. HTTP ne définit aucun format standard pour cette liste : le corps est donc généralement une page HTML ou un document JSON contenant des liens, et un agent utilisateur ne peut choisir automatiquement que s'il comprend ce format. Un serveur qui a une préférence doit placer l'URI correspondante dans `Location`, et certains clients la suivent automatiquement. Un `300` peut être mis en cache de façon heuristique. Peu de sites l'envoient, car choisir une variante côté serveur, ou proposer de simples liens, est plus simple pour les clients.

# HTTP 300 Multiple Choices: common cause 1 of 3, an item of the "Common causes" list.
http-300-cause-1 = Le module `mod_speling` d'Apache, avec `CheckSpelling On`, a trouvé plusieurs fichiers proches d'une URL mal saisie et les a listés.

# HTTP 300 Multiple Choices: common cause 2 of 3, an item of the "Common causes" list.
http-300-cause-2 = Le module `mod_negotiation` d'Apache, avec `MultiViews`, a trouvé plusieurs variantes également acceptables et n'avait pas de réglage `ForceLanguagePriority` pour les départager.

# HTTP 300 Multiple Choices: common cause 3 of 3, an item of the "Common causes" list.
http-300-cause-3 = Une API expose le même rapport en JSON, en CSV et en PDF à des URI distinctes, et répond à l'URI générique par la liste.

# HTTP 300 Multiple Choices: what a visitor can do, the only item of "How to fix it (for visitors)".
http-300-fix-visitor-1 = Choisissez l'une des versions listées, par exemple la langue ou le format de fichier souhaité.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-1 = Placez l'URI de la variante préférée dans `Location` et listez dans le corps chaque variante avec son type de média ou sa langue, afin que programmes comme personnes puissent poursuivre.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-2 = Sous Apache, définissez `ForceLanguagePriority Prefer Fallback` avec `LanguagePriority`, afin que `MultiViews` choisisse une langue au lieu de répondre `300`.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-3 = Préférez la négociation proactive avec `Vary: Accept`, ou des URI distinctes par format, car peu de clients HTTP savent quoi faire d'un `300`.

# HTTP 300 Multiple Choices compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-300-vs-301 = Envoyez `300` lorsque plusieurs variantes sont également valables et que le client doit choisir ; envoyez `301` lorsqu'il existe exactement une nouvelle adresse.

# HTTP 300 Multiple Choices compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-300-vs-302 = Envoyez `300` pour proposer un choix de représentations ; envoyez `302` pour envoyer le client vers un seul emplacement temporaire.

# HTTP 300 Multiple Choices compared with HTTP 406 Not Acceptable: when to use which, in the "Related codes" section.
http-300-vs-406 = Envoyez `300` lorsque vous proposez au client une liste de variantes parmi lesquelles choisir ; envoyez `406` lorsqu'aucune de vos variantes ne correspond à ce que le client a déclaré accepter.

## HTTP 301 Moved Permanently

# HTTP 301 Moved Permanently: one-line summary at the top of the explainer (TL;DR).
http-301-tldr = La page a définitivement déménagé à l'adresse indiquée dans l'en-tête `Location`.

# HTTP 301 Moved Permanently: the "What it means" paragraph of the explainer.
http-301-meaning = `301` indique aux clients que la cible a une nouvelle URI permanente et que les références stockées vers l'ancienne doivent être mises à jour. Les navigateurs suivent `Location` automatiquement et, comme la réponse peut être mise en cache de façon heuristique, retiennent souvent la redirection longtemps : un `301` erroné continue donc de fonctionner dans les navigateurs des visiteurs après que vous l'avez retiré du serveur. Les moteurs de recherche transfèrent à la nouvelle URL l'indexation et les signaux de classement de l'ancienne. Pour des raisons historiques, les agents utilisateurs peuvent transformer un `POST` en `GET` en la suivant, et les navigateurs le font ; `308` est la redirection permanente qui conserve la méthode et le corps.

# HTTP 301 Moved Permanently: common cause 1 of 4, an item of the "Common causes" list.
http-301-cause-1 = Un site est passé de HTTP à HTTPS, ou de `example.com` à `www.example.com`, et le serveur redirige toutes les anciennes URL.

# HTTP 301 Moved Permanently: common cause 2 of 4, an item of the "Common causes" list.
http-301-cause-2 = Une page ou un article a été renommé, et le CMS ou une règle de réécriture envoie l'ancien identifiant d'URL (slug) vers le nouveau.

# HTTP 301 Moved Permanently: common cause 3 of 4, an item of the "Common causes" list.
http-301-cause-3 = Le serveur ajoute la barre oblique finale manquante à l'URL d'un répertoire, comme le fait le module `mod_dir` d'Apache avec `DirectorySlash On`.

# HTTP 301 Moved Permanently: common cause 4 of 4, an item of the "Common causes" list.
http-301-cause-4 = Une marque a changé de domaine, et l'ancien domaine redirige définitivement vers le nouveau.

# HTTP 301 Moved Permanently: what a visitor can do, the only item of "How to fix it (for visitors)".
http-301-fix-visitor-1 = Rien à faire : votre navigateur suit la redirection tout seul ; mettez à jour votre favori avec la nouvelle adresse.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-1 = Redirigez chaque ancienne URL vers son équivalent exact plutôt que vers la page d'accueil, et évitez les chaînes en allant de l'ancienne URL à la finale en un seul saut.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-2 = Testez d'abord avec `curl -I` et un `Cache-Control: max-age` court, car les navigateurs gardent un `301` en cache avec ténacité et seul le vidage de leur cache l'annule.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-3 = Utilisez plutôt `308` pour les points de terminaison d'API et toute URL qui reçoit `POST`, `PUT` ou `DELETE`, afin que la méthode et le corps survivent à la redirection.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-4 = Préférez des règles simples, comme `return 301 https://$host$request_uri;` dans nginx ou `Redirect permanent /old /new` dans Apache, aux réécritures par expressions régulières lorsqu'elles suffisent.

# HTTP 301 Moved Permanently compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-301-vs-302 = Utilisez `301` lorsque l'ancienne URL ne sera plus jamais valide ; utilisez `302` lorsque le déplacement est temporaire et que les clients doivent conserver l'URL d'origine.

# HTTP 301 Moved Permanently compared with HTTP 308 Permanent Redirect: when to use which, in the "Related codes" section.
http-301-vs-308 = Utilisez `301` pour les déplacements de pages ordinaires atteintes avec `GET` ; utilisez `308` lorsque la méthode et le corps doivent être conservés, comme pour les appels d'API.

# HTTP 301 Moved Permanently compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-301-vs-410 = Utilisez `301` lorsque le contenu continue d'exister à une nouvelle adresse ; utilisez `410` lorsqu'il a été supprimé sans remplacement.

## HTTP 302 Found

# HTTP 302 Found: one-line summary at the top of the explainer (TL;DR).
http-302-tldr = La ressource se trouve temporairement ailleurs ; suivez `Location` cette fois-ci, mais continuez d'utiliser l'adresse d'origine.

# HTTP 302 Found: the "What it means" paragraph of the explainer.
http-302-meaning = `302` envoie le client vers l'URI de `Location` pour cette requête uniquement ; c'est toujours l'URI d'origine qu'il faut mettre en favori et indexer. La réponse ne peut pas être mise en cache, sauf si `Cache-Control` ou `Expires` l'autorise explicitement. HTTP/1.0 voulait que la méthode soit conservée, mais les navigateurs transformaient `POST` en `GET` en suivant un `302`, et la RFC 9110 l'autorise désormais ; utilisez `303` lorsque vous voulez le passage à `GET`, et `307` lorsque la méthode doit être conservée. `fetch` et `XMLHttpRequest` la suivent de manière transparente : les scripts ne voient donc que la réponse finale, sauf si `fetch` est appelé avec `redirect: 'manual'`.

# HTTP 302 Found: common cause 1 of 4, an item of the "Common causes" list.
http-302-cause-1 = Une zone réservée aux utilisateurs connectés redirige un visiteur anonyme vers la page de connexion avec un paramètre `next` ou `returnUrl`.

# HTTP 302 Found: common cause 2 of 4, an item of the "Common causes" list.
http-302-cause-2 = Un processus d'authentification unique (SSO), comme OAuth 2.0 ou SAML, fait rebondir le navigateur entre l'application et le fournisseur d'identité.

# HTTP 302 Found: common cause 3 of 4, an item of the "Common causes" list.
http-302-cause-3 = Un répartiteur de charge ou un test A/B envoie temporairement certains utilisateurs vers un autre hôte ou une autre variante de page.

# HTTP 302 Found: common cause 4 of 4, an item of the "Common causes" list.
http-302-cause-4 = L'utilitaire de redirection d'un framework, comme `res.redirect()` d'Express, `redirect()` de Flask ou `redirect()` de Django, utilise `302` sauf indication contraire.

# HTTP 302 Found: what a visitor can do, the only item of "How to fix it (for visitors)".
http-302-fix-visitor-1 = Rien à faire : votre navigateur suit la redirection ; si vous tournez en boucle entre des pages de connexion, supprimez les cookies du site et reconnectez-vous.

# HTTP 302 Found: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-1 = Choisissez délibérément le code de redirection au lieu de prendre celui du framework par défaut : `303` après le `POST` d'un formulaire, `307` pour le déplacement temporaire d'une API, `301` ou `308` pour les déplacements permanents.

# HTTP 302 Found: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-2 = Validez les cibles de redirection issues de paramètres comme `next` par rapport à une liste de chemins ou d'hôtes autorisés, sans quoi le point de terminaison devient une redirection ouverte (open redirect) exploitée pour l'hameçonnage.

# HTTP 302 Found: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-3 = Déboguez les boucles de redirection avec `curl -sIL` ou le panneau Réseau du navigateur avec l'option « Conserver le journal » (Preserve log) activée, en cherchant quelle réponse définit le cookie qui manque à la requête suivante.

# HTTP 302 Found: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-4 = Derrière un proxy qui termine TLS, faites en sorte que l'application fasse confiance à `X-Forwarded-Proto`, afin qu'elle construise `Location` avec `https` et non `http`.

# HTTP 302 Found compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-302-vs-301 = Envoyez `302` tant que l'URL d'origine reste la bonne à utiliser ; envoyez `301` une fois le déplacement devenu permanent.

# HTTP 302 Found compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-302-vs-303 = Envoyez `303` après l'envoi d'un formulaire pour afficher une page de résultat avec `GET` ; réservez `302` aux redirections temporaires générales où la méthode importe peu.

# HTTP 302 Found compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-302-vs-307 = Envoyez `307` lorsque la requête redirigée doit conserver sa méthode et son corps ; `302` permet aux navigateurs de transformer un `POST` en `GET`.

## HTTP 303 See Other

# HTTP 303 See Other: one-line summary at the top of the explainer (TL;DR).
http-303-tldr = Le serveur renvoie le client vers une autre URI, à récupérer avec `GET`, qui présente le résultat de sa requête.

# HTTP 303 See Other: the "What it means" paragraph of the explainer.
http-303-meaning = `303` sépare une action de son résultat : quelle que soit la méthode d'origine, le client suit `Location` avec `GET` (ou `HEAD`), si bien que le `POST` n'est jamais répété. C'est le modèle Post/Redirect/Get : après l'envoi d'un formulaire, le navigateur arrive sur une page de résultat, et la recharger ou revenir en arrière ne soumet pas de nouveau le formulaire. En réponse à un `GET`, `303` a un autre usage dans les données liées (linked data) : il indique que l'URI demandée désigne quelque chose qui ne peut pas être transféré, comme une personne, et que `Location` pointe vers un document qui le décrit. Un `303` ne peut pas être mis en cache, sauf si ses en-têtes l'autorisent explicitement.

# HTTP 303 See Other: common cause 1 of 4, an item of the "Common causes" list.
http-303-cause-1 = Un formulaire web a envoyé une commande, un commentaire ou un paiement, et le serveur redirige le navigateur vers une page de confirmation.

# HTTP 303 See Other: common cause 2 of 4, an item of the "Common causes" list.
http-303-cause-2 = La ressource d'état d'une tâche asynchrone terminée envoie le client vers le résultat de la tâche.

# HTTP 303 See Other: common cause 3 of 4, an item of the "Common causes" list.
http-303-cause-3 = Un serveur de données liées redirige de l'URI d'un objet du monde réel vers un document qui le décrit.

# HTTP 303 See Other: common cause 4 of 4, an item of the "Common causes" list.
http-303-cause-4 = Une déconnexion ou un autre `POST` qui modifie l'état se termine en renvoyant le navigateur vers la page d'accueil.

# HTTP 303 See Other: what a visitor can do, the only item of "How to fix it (for visitors)".
http-303-fix-visitor-1 = Rien à faire : votre navigateur ouvre tout seul la page de résultat, et la recharger ne soumettra pas de nouveau le formulaire.

# HTTP 303 See Other: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-1 = Après chaque `POST` de formulaire réussi, répondez `303` avec la page de résultat dans `Location` au lieu de générer directement le HTML, afin que les rechargements ne répètent pas l'action.

# HTTP 303 See Other: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-2 = Transmettez le résultat à la page de résultat par son URI ou par la session, par exemple sous forme de message flash, car le `GET` qui suit n'a pas de corps.

# HTTP 303 See Other: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-3 = Demandez explicitement `303` là où le framework utilise autre chose par défaut, comme `redirect(url, code=303)` dans Flask ou `RedirectResponse(url, status_code=303)` dans FastAPI, dont le code par défaut est `307`.

# HTTP 303 See Other: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-4 = Dans Rails avec Hotwire Turbo, redirigez après les envois de formulaires autres que `GET` avec `redirect_to path, status: :see_other`, ce qu'attend Turbo.

# HTTP 303 See Other compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-303-vs-302 = `303` fait toujours passer le client à `GET`, alors qu'avec `302` ce changement dépend des habitudes du client : préférez donc `303` après l'envoi d'un formulaire.

# HTTP 303 See Other compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-303-vs-307 = `303` transforme la requête suivante en `GET` ; `307` répète la même méthode et le même corps vers la nouvelle URI.

# HTTP 303 See Other compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-303-vs-201 = Une API qui répond à un `POST` envoie `201` avec `Location` et la nouvelle ressource ; un formulaire de navigateur reçoit `303` vers une page qu'il peut afficher.

## HTTP 304 Not Modified

# HTTP 304 Not Modified: one-line summary at the top of the explainer (TL;DR).
http-304-tldr = Votre copie en cache est toujours à jour : le serveur n'envoie donc pas de corps, et le client réutilise ce qu'il a.

# HTTP 304 Not Modified: the "What it means" paragraph of the explainer.
http-304-meaning = Un `304` répond à un `GET` ou `HEAD` conditionnel dont le `If-None-Match` ou le `If-Modified-Since` correspond toujours à la représentation actuelle ; `If-None-Match` l'emporte lorsque les deux sont présents. La réponse n'a pas de contenu, mais le serveur doit inclure, parmi `Cache-Control`, `Content-Location`, `Date`, `ETag`, `Expires` et `Vary`, les en-têtes qu'aurait portés un `200`, et le client met à jour sa réponse stockée avec ceux-ci. Seuls les en-têtes circulent, ce qui économise de la bande passante mais pas l'aller-retour ; un long `max-age` ou `immutable` évite complètement la requête. Dans les navigateurs, le `fetch` d'une page voit normalement le `200` en cache plutôt que le `304`, car c'est le cache HTTP qui gère la revalidation.

# HTTP 304 Not Modified: common cause 1 of 4, an item of the "Common causes" list.
http-304-cause-1 = Le navigateur revalide une feuille de style, une image ou une page en cache avec `If-None-Match`, et le fichier n'a pas changé.

# HTTP 304 Not Modified: common cause 2 of 4, an item of the "Common causes" list.
http-304-cause-2 = L'utilisateur a rechargé une page, ce qui pousse le navigateur à revalider ses ressources en cache au lieu de les utiliser sans rien demander.

# HTTP 304 Not Modified: common cause 3 of 4, an item of the "Common causes" list.
http-304-cause-3 = Un CDN revalide sa copie stockée auprès du serveur d'origine, et celui-ci confirme qu'elle est toujours à jour.

# HTTP 304 Not Modified: common cause 4 of 4, an item of the "Common causes" list.
http-304-cause-4 = Un validateur ne change jamais parce qu'il est mal calculé : les clients continuent donc de recevoir `304` et affichent un contenu périmé après un déploiement.

# HTTP 304 Not Modified: what a visitor can do, the only item of "How to fix it (for visitors)".
http-304-fix-visitor-1 = Rien à faire : votre navigateur a réutilisé sa copie enregistrée ; si une page semble périmée, forcez un rechargement complet avec Ctrl+Maj+R, ou Cmd+Maj+R sur Mac.

# HTTP 304 Not Modified: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-1 = Dérivez l'`ETag` du contenu ou d'un numéro de version pour qu'il change chaque fois que le corps change, et faites en sorte qu'il soit identique sur tous les serveurs derrière le répartiteur de charge.

# HTTP 304 Not Modified: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-2 = Comparez les valeurs de `If-None-Match` par comparaison faible, comme l'exige la RFC 9110, car nginx, par exemple, transforme un `ETag` fort en `ETag` faible `W/` lorsqu'il compresse une réponse.

# HTTP 304 Not Modified: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-3 = Ajoutez une empreinte aux noms des ressources statiques, comme `app.3f9c2.js`, et servez-les avec `Cache-Control: max-age=31536000, immutable`, afin que les navigateurs se passent entièrement de la revalidation et du `304`.

# HTTP 304 Not Modified: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-4 = Vérifiez la gestion des requêtes conditionnelles avec `curl -I -H 'If-None-Match: "33a64df5"'` sur l'URL ; un `200` avec ce même `ETag` signifie que votre serveur ignore la condition.

# HTTP 304 Not Modified compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-304-vs-200 = Envoyez `304` lorsque le validateur du client correspond à la version actuelle ; envoyez `200` avec le corps complet lorsqu'il ne correspond pas ou que la requête n'était pas conditionnelle.

# HTTP 304 Not Modified compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-304-vs-412 = `304` répond à un `GET` ou `HEAD` conditionnel dont la copie en cache est à jour, tandis que `412` rejette une requête conditionnelle, généralement une écriture, dont la précondition est fausse.

## HTTP 305 Use Proxy

# HTTP 305 Use Proxy: one-line summary at the top of the explainer (TL;DR).
http-305-tldr = Déprécié : ce code demandait autrefois au client de renouveler la requête en passant par un proxy donné, et les clients ne le suivent plus.

# HTTP 305 Use Proxy: the "What it means" paragraph of the explainer.
http-305-meaning = `305` désignait, dans `Location`, un proxy par lequel le client devait accéder à la ressource. Laisser n'importe quel serveur détourner le trafic d'un client vers un proxy de son choix pose un problème de sécurité : la RFC 7231 a donc déprécié ce code, la RFC 9110 ne le conserve qu'à ce titre, et les navigateurs n'en tiennent pas compte. Le choix du proxy relève de la configuration propre au client, comme les réglages du système, un fichier PAC ou la variable d'environnement `HTTP_PROXY`. Les serveurs ne doivent pas l'envoyer, et les clients ne doivent pas y donner suite.

# HTTP 305 Use Proxy: common cause 1 of 3, an item of the "Common causes" list.
http-305-cause-1 = Un ancien serveur ou équipement configuré à l'époque de HTTP/1.0 répond encore `305` à certaines requêtes.

# HTTP 305 Use Proxy: common cause 2 of 3, an item of the "Common causes" list.
http-305-cause-2 = Une application maison a détourné `305` pour signifier « utilisez le proxy » au lieu de configurer ses clients.

# HTTP 305 Use Proxy: common cause 3 of 3, an item of the "Common causes" list.
http-305-cause-3 = Un scanner de sécurité ou une suite de tests envoie volontairement `305` pour vérifier que les clients refusent de le suivre.

# HTTP 305 Use Proxy: what a visitor can do, the only item of "How to fix it (for visitors)".
http-305-fix-visitor-1 = Rien d'utile : votre navigateur n'utilisera pas le proxy indiqué dans la réponse ; si vous avez besoin d'un proxy, définissez-le dans les réglages de votre système ou de votre navigateur.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-1 = Supprimez `305` du code et de la configuration du serveur ; si les clients doivent passer par un proxy, diffusez ce réglage par un fichier PAC, par WPAD ou par la gestion des appareils.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-2 = Dans les clients HTTP, ne changez jamais de proxy parce qu'une réponse le demande ; traitez `305` comme un `3xx` non géré et ne le suivez pas.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-3 = Si un ancien équipement l'envoie, mettez-le à jour ou reconfigurez-le, et utilisez `307` ou `308` là où une véritable redirection est voulue.

# HTTP 305 Use Proxy compared with HTTP 306 (Unused): when to use which, in the "Related codes" section.
http-305-vs-306 = `305` a été défini puis déprécié, tandis que `306` n'a jamais existé que dans un brouillon et n'est plus aujourd'hui que réservé.

# HTTP 305 Use Proxy compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-305-vs-407 = `305` tentait d'indiquer aux clients quel proxy utiliser et est obsolète, tandis que `407` provient d'un proxy que le client utilise déjà et qui demande des informations d'authentification.

## HTTP 306 (Unused)

# HTTP 306 (Unused): one-line summary at the top of the explainer (TL;DR).
http-306-tldr = Inutilisé : réservé parce qu'une des premières versions préliminaires de HTTP/1.1 l'utilisait ; aucun serveur ne doit l'envoyer.

# HTTP 306 (Unused): the "What it means" paragraph of the explainer.
http-306-meaning = Une version préliminaire de HTTP/1.1 définissait ce code sous le nom de Switch Proxy, pour que les clients envoient les requêtes suivantes par un proxy désigné, et l'idée a été abandonnée avant publication. La RFC 9110 liste ce code comme réservé, sans signification, afin qu'il ne soit jamais attribué à autre chose. Un client qui le reçoit doit le traiter comme un `3xx` non reconnu, c'est-à-dire comme `300` : pas de redirection automatique.

# HTTP 306 (Unused): common cause 1 of 3, an item of the "Common causes" list.
http-306-cause-1 = Un serveur mal configuré ou écrit à la main émet `306` parce qu'un développeur l'a trouvé dans une ancienne liste de codes de statut.

# HTTP 306 (Unused): common cause 2 of 3, an item of the "Common causes" list.
http-306-cause-2 = Un framework ou une bibliothèque liste encore `306` sous le nom de Switch Proxy, et du code l'a choisi par erreur.

# HTTP 306 (Unused): common cause 3 of 3, an item of the "Common causes" list.
http-306-cause-3 = Un outil de test ou de fuzzing envoie des codes de statut inhabituels pour voir comment les clients gèrent un `3xx` inconnu.

# HTTP 306 (Unused): what a visitor can do, the only item of "How to fix it (for visitors)".
http-306-fix-visitor-1 = Rien à faire : ce statut n'a aucune signification, la page ou l'application est donc mal configurée ; prévenez le responsable du site.

# HTTP 306 (Unused): what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-306-fix-developer-1 = Remplacez `306` par le code que vous vouliez envoyer, généralement `307` pour une redirection temporaire qui conserve la méthode.

# HTTP 306 (Unused): what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-306-fix-developer-2 = Dans les clients, appliquez aux codes `3xx` inconnus le comportement de `300` et ne suivez pas automatiquement leur `Location`.

# HTTP 306 (Unused) compared with HTTP 305 Use Proxy: when to use which, in the "Related codes" section.
http-306-vs-305 = Tous deux concernent les proxys et aucun ne doit être envoyé : `305` est déprécié, et `306` n'a jamais eu de signification dans une spécification publiée.

# HTTP 306 (Unused) compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-306-vs-307 = Utilisez `307` pour une redirection temporaire ; `306`, juste avant lui dans le registre, n'est qu'un emplacement réservé.

## HTTP 307 Temporary Redirect

# HTTP 307 Temporary Redirect: one-line summary at the top of the explainer (TL;DR).
http-307-tldr = Une redirection temporaire qui doit répéter la même méthode et le même corps à la nouvelle adresse.

# HTTP 307 Temporary Redirect: the "What it means" paragraph of the explainer.
http-307-meaning = `307` envoie le client vers l'URI de `Location` pour cette requête et, contrairement à `302`, interdit de changer de méthode : un `POST` est renvoyé comme un `POST` avec le même contenu, un `DELETE` comme un `DELETE`. L'URI d'origine reste valide pour les requêtes suivantes, et la réponse ne peut pas être mise en cache, sauf si ses en-têtes l'indiquent. Les navigateurs renvoient le corps au nouvel emplacement sans demander l'avis de l'utilisateur : la cible reçoit donc tout ce qu'aurait reçu l'URI d'origine. Les outils de développement de Chrome affichent aussi un `307 Internal Redirect` lorsque le navigateur lui-même fait passer une URL en HTTPS à cause de HSTS ; cette réponse ne provient jamais du serveur.

# HTTP 307 Temporary Redirect: common cause 1 of 4, an item of the "Common causes" list.
http-307-cause-1 = Le site figure sur la liste HSTS : Chrome fait donc passer de lui-même `http://` en `https://`, et les DevTools affichent un `307 Internal Redirect` qui n'a jamais atteint le serveur.

# HTTP 307 Temporary Redirect: common cause 2 of 4, an item of the "Common causes" list.
http-307-cause-2 = Un point de terminaison d'API a été déplacé pour un temps, par exemple pendant une migration, et les appels `POST` et `PUT` doivent continuer de fonctionner à travers la redirection.

# HTTP 307 Temporary Redirect: common cause 3 of 4, an item of the "Common causes" list.
http-307-cause-3 = Un répartiteur de charge ou un mode maintenance envoie temporairement les requêtes vers une autre région ou un autre hôte.

# HTTP 307 Temporary Redirect: common cause 4 of 4, an item of the "Common causes" list.
http-307-cause-4 = Le `RedirectResponse` de FastAPI, ainsi que la redirection automatique de Starlette et de FastAPI pour la barre oblique finale, utilisent `307` par défaut.

# HTTP 307 Temporary Redirect: what a visitor can do, the only item of "How to fix it (for visitors)".
http-307-fix-visitor-1 = Rien à faire : votre navigateur renvoie tout seul la requête à l'adresse temporaire.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-1 = Utilisez `307` plutôt que `302` chaque fois que la requête peut porter un corps, comme les écritures d'API, les téléversements et les envois de formulaires que la cible doit recevoir tels quels.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-2 = Depuis vos propres clients, appelez l'URL canonique, avec son schéma exact et sa barre oblique finale, car chaque `307` répète le téléversement et coûte un aller-retour.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-3 = N'oubliez pas que les navigateurs, curl et la plupart des bibliothèques suppriment l'en-tête `Authorization` lorsqu'une redirection mène vers un autre hôte : un `307` vers un autre hôte sur un appel authentifié se termine donc souvent par un `401`.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-4 = Pour comprendre un `307 Internal Redirect` dans Chrome, recherchez l'hôte sur `chrome://net-internals/#hsts` ; il provient de la liste HSTS du navigateur, et non de votre serveur.

# HTTP 307 Temporary Redirect compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-307-vs-302 = Envoyez `307` lorsque la méthode et le corps doivent être conservés ; `302` permet aux clients de transformer `POST` en `GET`.

# HTTP 307 Temporary Redirect compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-307-vs-303 = Envoyez `307` pour répéter la même requête ailleurs ; envoyez `303` pour que le client récupère une page de résultat avec `GET`.

# HTTP 307 Temporary Redirect compared with HTTP 308 Permanent Redirect: when to use which, in the "Related codes" section.
http-307-vs-308 = Envoyez `307` lorsque le déplacement est temporaire et que les clients doivent conserver l'ancienne URI ; envoyez `308` lorsque la nouvelle URI la remplace définitivement.

## HTTP 308 Permanent Redirect

# HTTP 308 Permanent Redirect: one-line summary at the top of the explainer (TL;DR).
http-308-tldr = Une redirection permanente qui, contrairement à `301`, impose au client de conserver la méthode et le corps.

# HTTP 308 Permanent Redirect: the "What it means" paragraph of the explainer.
http-308-meaning = `308` indique que la cible a une nouvelle URI permanente, donnée dans `Location`, que les clients doivent mettre à jour leurs liens, et que la requête redirigée doit utiliser la même méthode et le même contenu. Comme `301`, il peut être mis en cache de façon heuristique : les navigateurs peuvent donc le retenir. Défini d'abord dans la RFC 7538 et désormais intégré à la RFC 9110, il fonctionne dans tous les navigateurs actuels et dans les bibliothèques HTTP courantes ; seuls de très anciens clients, comme Internet Explorer 11 sous Windows 7, ne le suivent pas. Les moteurs de recherche le traitent comme `301` pour l'indexation.

# HTTP 308 Permanent Redirect: common cause 1 of 3, an item of the "Common causes" list.
http-308-cause-1 = Une API a été déplacée définitivement vers une nouvelle version ou un nouvel hôte, et ses appels `POST`, `PUT` et `DELETE` doivent continuer de fonctionner.

# HTTP 308 Permanent Redirect: common cause 2 of 3, an item of the "Common causes" list.
http-308-cause-2 = Next.js et Vercel répondent par `308` aux redirections configurées avec `permanent: true`, ainsi qu'à leur normalisation de la barre oblique finale.

# HTTP 308 Permanent Redirect: common cause 3 of 3, an item of the "Common causes" list.
http-308-cause-3 = Un hébergeur ou un CDN impose HTTPS par une redirection qui conserve la méthode, afin que les envois de formulaires vers l'ancienne URL `http://` aboutissent.

# HTTP 308 Permanent Redirect: what a visitor can do, the only item of "How to fix it (for visitors)".
http-308-fix-visitor-1 = Rien à faire : votre navigateur va à la nouvelle adresse ; mettez à jour tout favori qui pointe vers l'ancienne.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-1 = Utilisez `308` pour les déplacements permanents de points de terminaison d'API et de toute URL qui reçoit des écritures, et ne gardez `301` pour les simples pages que si vous devez prendre en charge de très anciens clients.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-2 = Essayez d'abord la redirection avec une courte durée de mise en cache, car une fois qu'un `308` est en cache dans les navigateurs, il est difficile de revenir en arrière.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-3 = Mettez à jour les clients d'API, les SDK et les configurations de webhooks pour qu'ils appellent directement la nouvelle URI, car chaque requête redirigée envoie son corps deux fois.

# HTTP 308 Permanent Redirect compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-308-vs-301 = Utilisez `308` lorsque les clients doivent renvoyer la même méthode et le même corps ; `301` permet aux navigateurs de transformer un `POST` en `GET`.

# HTTP 308 Permanent Redirect compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-308-vs-307 = Utilisez `308` lorsque la nouvelle URI est permanente ; utilisez `307` lorsque les clients doivent revenir plus tard à l'URI d'origine.

## HTTP 400 Bad Request

# HTTP 400 Bad Request: one-line summary at the top of the explainer (TL;DR).
http-400-tldr = Le serveur n'a pas pu traiter la requête, car un de ses éléments est mal formé ou invalide.

# HTTP 400 Bad Request: the "What it means" paragraph of the explainer.
http-400-meaning = `400` est le statut générique d'erreur du client : la ligne de requête, un en-tête ou le corps enfreint les règles de syntaxe ou de cadrage, ou la requête est invalide d'une autre manière que le serveur refuse de traiter. Le client ne doit pas renvoyer la même requête sans la modifier. Les serveurs l'utilisent pour les problèmes qui n'ont pas de code plus précis, comme un en-tête `Host` invalide, une requête portant à la fois `Content-Length` et `Transfer-Encoding`, ou un corps qui ne s'analyse pas selon le `Content-Type` déclaré. Un corps au format de détails de problème (problem details) de la RFC 9457 (`application/problem+json`) qui désigne la partie fautive évite au client de deviner. Lorsqu'un code précis s'applique, comme `413`, `414`, `415`, `422` ou `431`, il en dit davantage au client.

# HTTP 400 Bad Request: common cause 1 of 5, an item of the "Common causes" list.
http-400-cause-1 = Le corps JSON ou XML est mal formé, par exemple à cause d'une virgule finale ou d'un guillemet non échappé, ou il utilise un autre encodage de caractères que celui déclaré.

# HTTP 400 Bad Request: common cause 2 of 5, an item of the "Common causes" list.
http-400-cause-2 = Une requête HTTP en clair est arrivée sur un port que nginx sert en HTTPS, ce que nginx signale par "The plain HTTP request was sent to HTTPS port".

# HTTP 400 Bad Request: common cause 3 of 5, an item of the "Common causes" list.
http-400-cause-3 = Les cookies ou d'autres en-têtes ne tiennent pas dans les `large_client_header_buffers` de nginx, et nginx répond "400 Request Header Or Cookie Too Large" plutôt que `431`.

# HTTP 400 Bad Request: common cause 4 of 5, an item of the "Common causes" list.
http-400-cause-4 = Une URL contient des caractères invalides ou un encodage-pourcent défectueux, comme une espace brute ou un `%` non suivi de deux chiffres hexadécimaux.

# HTTP 400 Bad Request: common cause 5 of 5, an item of the "Common causes" list.
http-400-cause-5 = Le point de terminaison de jeton d'un serveur OAuth 2.0 a rejeté la requête avec `invalid_request` ou `invalid_grant`, des erreurs que la RFC 6749 signale avec `400`.

# HTTP 400 Bad Request: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-1 = Vérifiez que l'adresse ne contient pas de faute de frappe ni de caractères inhabituels, et retapez-la au lieu de la coller.

# HTTP 400 Bad Request: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-2 = Supprimez les cookies et les fichiers en cache de ce site, car un cookie trop volumineux ou endommagé provoque souvent cette erreur.

# HTTP 400 Bad Request: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-3 = Si l'erreur est survenue après l'envoi d'un formulaire, revenez en arrière, vérifiez ce que vous avez saisi et renvoyez le formulaire.

# HTTP 400 Bad Request: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-1 = Consultez le journal du serveur au moment de l'erreur : les frameworks journalisent l'exception d'analyse, et nginx enregistre la raison, comme "client sent invalid header line", dès que `error_log` est réglé au niveau `info`.

# HTTP 400 Bad Request: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-2 = Renvoyez un corps au format problem details qui désigne le champ ou l'en-tête fautif, afin que les développeurs des clients puissent corriger leurs requêtes sans accéder à vos journaux.

# HTTP 400 Bad Request: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-3 = Reproduisez le problème avec `curl -v --data-binary @body.json -H 'Content-Type: application/json'` pour voir exactement ce qui est envoyé, et vérifiez le corps avec `jq . body.json` avant de soupçonner le serveur.

# HTTP 400 Bad Request: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-4 = Utilisez les codes précis lorsqu'ils s'appliquent : `415` pour un `Content-Type` non pris en charge, `422` pour un corps bien formé qui échoue à la validation, `431` pour des en-têtes trop volumineux.

# HTTP 400 Bad Request compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-400-vs-401 = Envoyez `400` lorsque la requête elle-même est mal formée ; envoyez `401` lorsqu'elle est bien formée mais dépourvue d'informations d'authentification valides.

# HTTP 400 Bad Request compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-400-vs-415 = Envoyez `415` lorsque le type de média du corps est un type que vous n'acceptez pas du tout ; envoyez `400` lorsqu'il est du bon type mais ne s'analyse pas.

# HTTP 400 Bad Request compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-400-vs-422 = Envoyez `400` pour un corps impossible à analyser ; envoyez `422` pour un corps qui s'analyse mais enfreint vos règles de validation.

## HTTP 401 Unauthorized

# HTTP 401 Unauthorized: one-line summary at the top of the explainer (TL;DR).
http-401-tldr = Vous devez vous authentifier, ou les informations d'authentification envoyées ont été refusées ; l'en-tête `WWW-Authenticate` indique comment s'authentifier.

# HTTP 401 Unauthorized: the "What it means" paragraph of the explainer.
http-401-meaning = `401` signifie que la requête ne comporte pas d'informations d'authentification valides pour la cible ; le serveur doit envoyer au moins un défi dans `WWW-Authenticate`, comme `Basic realm="api"` ou `Bearer error="invalid_token"`, et le client peut réessayer avec un en-tête `Authorization`. Si la requête portait déjà des informations d'authentification, le `401` indique qu'elles ont été refusées, par exemple parce qu'un jeton a expiré ou a été révoqué. Avec un défi `Basic` ou `Digest`, les navigateurs affichent leur propre boîte de dialogue de connexion ; avec des jetons `Bearer`, c'est l'application qui gère la nouvelle tentative, généralement en renouvelant d'abord son jeton d'accès. Malgré son intitulé, ce code concerne l'authentification : un client dont l'identité est connue mais qui n'a pas l'autorisation reçoit `403`.

# HTTP 401 Unauthorized: common cause 1 of 5, an item of the "Common causes" list.
http-401-cause-1 = Le jeton d'accès ou le cookie de session a expiré, et le client l'a envoyé sans le renouveler.

# HTTP 401 Unauthorized: common cause 2 of 5, an item of the "Common causes" list.
http-401-cause-2 = L'en-tête `Authorization` n'a jamais atteint l'application, car Apache avec `mod_wsgi`, ou une configuration CGI ou FastCGI, le supprime sauf si l'on configure `WSGIPassAuthorization On` ou `CGIPassAuth On`.

# HTTP 401 Unauthorized: common cause 3 of 5, an item of the "Common causes" list.
http-401-cause-3 = L'horloge du client ou du serveur est fausse : un JWT semble donc expiré, ou pas encore valide, au regard de ses claims `exp` et `nbf`.

# HTTP 401 Unauthorized: common cause 4 of 5, an item of the "Common causes" list.
http-401-cause-4 = Une redirection vers un autre hôte a supprimé l'en-tête `Authorization`, ce que font volontairement les navigateurs, curl et la plupart des bibliothèques.

# HTTP 401 Unauthorized: common cause 5 of 5, an item of the "Common causes" list.
http-401-cause-5 = Le jeton a été émis pour une autre audience ou un autre environnement, comme un jeton de préproduction envoyé en production.

# HTTP 401 Unauthorized: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-401-fix-visitor-1 = Reconnectez-vous ; votre session a peut-être expiré.

# HTTP 401 Unauthorized: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-401-fix-visitor-2 = Si la boîte de dialogue de connexion revient sans cesse, vérifiez votre nom d'utilisateur et votre mot de passe, et supprimez du navigateur les identifiants enregistrés pour ce site.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 1 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-1 = Envoyez un en-tête `WWW-Authenticate` avec chaque `401`, comme l'exige la spécification ; pour les jetons porteurs OAuth, incluez `error="invalid_token"` et un `error_description`.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 2 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-2 = Décodez le jeton et comparez `exp`, `nbf`, `aud` et `iss` avec ce qu'attend le serveur, et gardez les horloges des serveurs synchronisées avec NTP.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 3 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-3 = Vérifiez que l'en-tête atteint votre code en journalisant les en-têtes de requête dans l'application, et contrôlez les réglages des proxys et de CGI qui suppriment `Authorization`.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 4 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-4 = Répondez aux requêtes préliminaires CORS `OPTIONS` sans exiger d'authentification, car les navigateurs n'envoient jamais `Authorization` dans une requête préliminaire, et un `401` à cet endroit bloque la véritable requête.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 5 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-5 = Renvoyez `403` avec `error="insufficient_scope"` lorsque le jeton est valide mais n'a pas la portée (scope) requise, comme le prévoit la RFC 6750.

# HTTP 401 Unauthorized compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-401-vs-403 = Envoyez `401` lorsque le client n'a pas prouvé son identité ; envoyez `403` lorsque vous savez qui il est et qu'il n'a pas l'autorisation.

# HTTP 401 Unauthorized compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-401-vs-407 = `401` provient du serveur d'origine et utilise `WWW-Authenticate` et `Authorization` ; `407` provient d'un proxy et utilise `Proxy-Authenticate` et `Proxy-Authorization`.

# HTTP 401 Unauthorized compared with HTTP 511 Network Authentication Required: when to use which, in the "Related codes" section.
http-401-vs-511 = `401` demande des informations d'authentification pour le site demandé par l'utilisateur ; `511` provient du réseau local, qui veut que l'utilisateur se connecte avant d'accéder à quelque site que ce soit.

## HTTP 402 Payment Required

# HTTP 402 Payment Required: one-line summary at the top of the explainer (TL;DR).
http-402-tldr = Réservé par HTTP pour un usage futur ; certains services l'utilisent pour indiquer qu'un paiement ou une offre payante est nécessaire.

# HTTP 402 Payment Required: the "What it means" paragraph of the explainer.
http-402-meaning = La RFC 9110 réserve `402` sans en définir la sémantique, les en-têtes ni le comportement des clients : les navigateurs le traitent donc comme n'importe quel autre `4xx`. Les API lui donnent leur propre signification : Stripe, par exemple, renvoie `402` lorsque des paramètres valides aboutissent à l'échec d'une requête, comme une carte refusée, et d'autres services l'utilisent pour des abonnements expirés ou des quotas payants épuisés. Comme rien dans ce code n'est standard, le corps doit porter l'explication, et les développeurs de clients doivent s'en remettre à la documentation de chaque API. Des propositions de processus de paiement lisible par machine fondées sur `402` existent, mais aucune ne fait partie de HTTP.

# HTTP 402 Payment Required: common cause 1 of 4, an item of the "Common causes" list.
http-402-cause-1 = Une API de paiement a refusé un débit, par exemple parce que la carte a été refusée ou a expiré.

# HTTP 402 Payment Required: common cause 2 of 4, an item of the "Common causes" list.
http-402-cause-2 = L'abonnement ou la période d'essai du compte a pris fin, et le service bloque les fonctionnalités payantes jusqu'à ce que la facturation soit régularisée.

# HTTP 402 Payment Required: common cause 3 of 4, an item of the "Common causes" list.
http-402-cause-3 = Le quota d'utilisation payant d'une offre d'API est épuisé pour la période de facturation en cours.

# HTTP 402 Payment Required: common cause 4 of 4, an item of the "Common causes" list.
http-402-cause-4 = Un service de contenu payant exige un achat ou un abonnement pour cet article ou ce fichier.

# HTTP 402 Payment Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-402-fix-visitor-1 = Vérifiez votre abonnement et votre moyen de paiement dans les réglages de facturation du compte, et remplacez toute carte expirée.

# HTTP 402 Payment Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-402-fix-visitor-2 = Si vous pensez avoir déjà payé, contactez l'assistance du service en lui communiquant le message affiché sur la page.

# HTTP 402 Payment Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-1 = Documentez précisément quand votre API renvoie `402` et ce que contient le corps, comme un code d'erreur, la limite de l'offre et une URL de facturation.

# HTTP 402 Payment Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-2 = Dans les clients, gérez `402` API par API en lisant le code d'erreur du corps, comme le `decline_code` de Stripe, plutôt que le seul statut.

# HTTP 402 Payment Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-3 = Envisagez `403` avec un code d'erreur clair pour les restrictions liées à l'offre, car les clients et les proxys génériques savent comment le traiter.

# HTTP 402 Payment Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-402-vs-401 = Envoyez `401` lorsque l'appelant n'est pas authentifié ; n'envoyez `402` que pour un refus documenté, lié à un paiement, opposé à un appelant authentifié.

# HTTP 402 Payment Required compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-402-vs-403 = `403` est le refus standard pour un appelant connu qui n'a pas accès ; `402` est une variante non standard que certaines API réservent aux refus qu'un paiement lèverait.

## HTTP 403 Forbidden

# HTTP 403 Forbidden: one-line summary at the top of the explainer (TL;DR).
http-403-tldr = Le serveur a compris la requête et la refuse ; se reconnecter n'y changera rien.

# HTTP 403 Forbidden: the "What it means" paragraph of the explainer.
http-403-meaning = `403` est un refus que l'authentification ne changera pas : les informations d'authentification sont valides mais n'ont pas les droits nécessaires, ou l'accès est refusé pour une autre raison, comme l'adresse réseau du client, un jeton CSRF manquant ou les permissions du système de fichiers. Contrairement à `401`, il ne nécessite pas d'en-tête `WWW-Authenticate`, et répéter la requête avec les mêmes informations d'authentification ne sert à rien. Le serveur peut expliquer la raison dans le corps ou la garder pour lui ; si même l'existence de la ressource est secrète, `404` est l'alternative habituelle. Un `403` ne peut pas être mis en cache, sauf si ses en-têtes l'indiquent.

# HTTP 403 Forbidden: common cause 1 of 5, an item of the "Common causes" list.
http-403-cause-1 = Le serveur web ne peut pas lire le fichier à cause des permissions ou du propriétaire Unix, ce que nginx journalise sous la forme `(13: Permission denied)`, ou parce que SELinux le bloque.

# HTTP 403 Forbidden: common cause 2 of 5, an item of the "Common causes" list.
http-403-cause-2 = L'URL pointe vers un répertoire sans fichier d'index, et le listage des répertoires est désactivé (`autoindex off` dans nginx, `Options -Indexes` dans Apache).

# HTTP 403 Forbidden: common cause 3 of 5, an item of the "Common causes" list.
http-403-cause-3 = Un pare-feu, une règle ModSecurity ou la détection de robots d'un CDN a bloqué la requête en raison de son adresse IP, de son pays, de son agent utilisateur ou de son contenu.

# HTTP 403 Forbidden: common cause 4 of 5, an item of the "Common causes" list.
http-403-cause-4 = Un formulaire a été envoyé à Django ou à Rails sans jeton CSRF valide, par exemple après un changement de session ou depuis une page restée trop longtemps en cache.

# HTTP 403 Forbidden: common cause 5 of 5, an item of the "Common causes" list.
http-403-cause-5 = La stratégie d'un bucket de stockage cloud refuse l'accès, ou S3 renvoie `403 AccessDenied` pour un objet absent parce que l'appelant n'a pas `s3:ListBucket`.

# HTTP 403 Forbidden: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-1 = Assurez-vous d'être connecté avec le compte qui devrait avoir accès, ou demandez au propriétaire de vous l'accorder.

# HTTP 403 Forbidden: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-2 = Si vous avez suivi un lien, vérifiez que l'adresse est complète ; de nombreux sites refusent de lister le contenu des dossiers lorsque le nom de la page manque.

# HTTP 403 Forbidden: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-3 = Si un contrôle de sécurité vous a bloqué, désactivez votre VPN ou votre proxy et rechargez la page, car les adresses partagées sont souvent bloquées.

# HTTP 403 Forbidden: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-1 = Cherchez dans le journal d'erreurs le chemin refusé et la raison, puis corrigez les permissions : l'utilisateur du serveur a besoin du droit d'exécution sur chaque répertoire parent et du droit de lecture sur le fichier, ce que `namei -l /path/to/file` montre d'un coup.

# HTTP 403 Forbidden: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-2 = Cherchez des règles de refus dans les blocs `location`, les fichiers `.htaccess`, les directives `Require` et le journal d'audit du WAF, comme le `modsec_audit.log` de ModSecurity ou les événements du pare-feu du CDN, pour trouver la règle qui s'est appliquée.

# HTTP 403 Forbidden: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-3 = Expliquez dans le corps pourquoi l'accès est refusé et ce qui permettrait de l'obtenir, sauf si cela en révèle trop ; les clients d'API ont besoin de la raison pour agir.

# HTTP 403 Forbidden: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-4 = En cas d'échec CSRF, vérifiez que le formulaire porte le jeton et que les attributs `SameSite` et `Secure` du cookie de session conviennent à la manière dont le formulaire est envoyé.

# HTTP 403 Forbidden compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-403-vs-401 = Envoyez `403` lorsque le client est authentifié mais n'a pas l'autorisation ; envoyez `401` lorsqu'il doit encore s'authentifier ou que ses informations d'authentification ont été refusées.

# HTTP 403 Forbidden compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-403-vs-404 = Envoyez `404` au lieu de `403` lorsque vous ne voulez pas révéler que la ressource existe.

# HTTP 403 Forbidden compared with HTTP 451 Unavailable For Legal Reasons: when to use which, in the "Related codes" section.
http-403-vs-451 = Envoyez `451` lorsqu'une exigence légale motive le refus d'accès ; envoyez `403` pour tous les autres refus.

## HTTP 404 Not Found

# HTTP 404 Not Found: one-line summary at the top of the explainer (TL;DR).
http-404-tldr = Il n'y a rien à cette adresse, ou le serveur ne veut pas dire s'il y a quelque chose.

# HTTP 404 Not Found: the "What it means" paragraph of the explainer.
http-404-meaning = Un `404` indique que le serveur d'origine n'a trouvé aucune représentation actuelle pour l'URI cible ; il ne promet rien pour l'avenir, et la même requête pourra donc réussir plus tard. Il peut être mis en cache de façon heuristique : les navigateurs et les CDN peuvent donc conserver un `404` un certain temps, sauf indication contraire de `Cache-Control`, ce qui explique qu'une page semble toujours introuvable juste après sa publication. Les serveurs l'utilisent aussi, au lieu de `403`, pour cacher des ressources qu'un client n'a pas le droit de voir. Pour une ressource supprimée définitivement, `410` est plus informatif, et une ressource déplacée doit recevoir `301` ou `308`, pas `404`.

# HTTP 404 Not Found: common cause 1 of 5, an item of the "Common causes" list.
http-404-cause-1 = L'URL contient une faute de frappe, diffère par la casse sur un serveur sensible à la casse, ou comporte une barre oblique finale manquante ou en trop.

# HTTP 404 Not Found: common cause 2 of 5, an item of the "Common causes" list.
http-404-cause-2 = Une page a été supprimée ou renommée sans redirection : les anciens liens et les résultats de recherche ne mènent donc nulle part.

# HTTP 404 Not Found: common cause 3 of 5, an item of the "Common causes" list.
http-404-cause-3 = Une application monopage a été ouverte par un lien profond, et le serveur n'a pas de solution de repli qui sert `index.html` pour les routes gérées côté client.

# HTTP 404 Not Found: common cause 4 of 5, an item of the "Common causes" list.
http-404-cause-4 = Le site a été déployé sous un sous-chemin ou une nouvelle URL de base, et ses liens ou les chemins de ses ressources pointent encore vers l'ancienne racine.

# HTTP 404 Not Found: common cause 5 of 5, an item of the "Common causes" list.
http-404-cause-5 = Aucune route d'API n'est enregistrée pour ce chemin, ou l'identifiant présent dans l'URL n'existe pas dans la base de données.

# HTTP 404 Not Found: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-1 = Vérifiez que l'adresse ne contient pas de faute de frappe, et essayez de supprimer la dernière partie du chemin pour atteindre une page parente.

# HTTP 404 Not Found: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-2 = Utilisez la recherche ou la navigation du site pour trouver la page ; elle a peut-être été déplacée.

# HTTP 404 Not Found: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-3 = Si un lien sur un autre site vous a mené ici, signalez au propriétaire de ce site que le lien est cassé.

# HTTP 404 Not Found: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-1 = Repérez le chemin demandé et son `Referer` dans le journal d'accès, puis ajoutez un `301` des anciennes URL vers leurs nouveaux emplacements.

# HTTP 404 Not Found: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-2 = Pour les applications monopages, ajoutez une solution de repli comme `try_files $uri $uri/ /index.html;` dans nginx, et renvoyez tout de même un vrai `404` pour les routes que l'application ne connaît pas.

# HTTP 404 Not Found: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-3 = Servez une page d'erreur utile avec un vrai statut `404`, et non `200` ; les moteurs de recherche traitent de toute façon ces pages dites « soft 404 » comme des erreurs.

# HTTP 404 Not Found: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-4 = Donnez aux réponses `404` un `max-age` court au niveau du CDN, afin qu'une page nouvellement publiée ne soit pas masquée par un échec mis en cache.

# HTTP 404 Not Found compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-404-vs-410 = Envoyez `410` lorsque vous savez que la ressource a été supprimée définitivement ; envoyez `404` lorsque vous ne pouvez pas ou ne voulez pas le dire.

# HTTP 404 Not Found compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-404-vs-403 = Envoyez `403` lorsque la ressource existe et que le client peut le savoir sans pouvoir y accéder ; envoyez `404` pour la cacher complètement.

# HTTP 404 Not Found compared with HTTP 405 Method Not Allowed: when to use which, in the "Related codes" section.
http-404-vs-405 = Envoyez `405` lorsque l'URI existe, mais pas pour cette méthode ; envoyez `404` lorsque rien n'existe à cette URI.

## HTTP 405 Method Not Allowed

# HTTP 405 Method Not Allowed: one-line summary at the top of the explainer (TL;DR).
http-405-tldr = L'adresse existe mais n'accepte pas cette méthode HTTP, comme un `POST` vers une page en lecture seule.

# HTTP 405 Method Not Allowed: the "What it means" paragraph of the explainer.
http-405-meaning = Le serveur connaît la méthode, mais la ressource cible ne la prend pas en charge ; la réponse doit lister les méthodes prises en charge dans un en-tête `Allow`, par exemple `Allow: GET, HEAD`. Le client doit réessayer avec l'une d'elles, et non répéter la même méthode. Les frameworks produisent `405` automatiquement lorsqu'une route existe pour certaines méthodes mais pas pour celle demandée, et une requête `OPTIONS` vers la même URI est le moyen habituel de découvrir les méthodes à l'avance. Un `405` peut être mis en cache de façon heuristique.

# HTTP 405 Method Not Allowed: common cause 1 of 5, an item of the "Common causes" list.
http-405-cause-1 = Un formulaire ou un appel `fetch` envoie `POST` à une URL dont la route ne gère que `GET`, ou l'inverse.

# HTTP 405 Method Not Allowed: common cause 2 of 5, an item of the "Common causes" list.
http-405-cause-2 = nginx sert un fichier statique et reçoit `POST`, `PUT` ou `DELETE`, auxquels il répond par `405`.

# HTTP 405 Method Not Allowed: common cause 3 of 5, an item of the "Common causes" list.
http-405-cause-3 = Une redirection, par exemple pour ajouter une barre oblique finale ou passer en HTTPS, a transformé un `POST` en un `GET` que la cible n'accepte pas.

# HTTP 405 Method Not Allowed: common cause 4 of 5, an item of the "Common causes" list.
http-405-cause-4 = Une requête préliminaire CORS `OPTIONS` a atteint une route qui ne gère pas `OPTIONS`.

# HTTP 405 Method Not Allowed: common cause 5 of 5, an item of the "Common causes" list.
http-405-cause-5 = Le module WebDAV d'IIS intercepte `PUT` et `DELETE` avant que l'application ne les voie.

# HTTP 405 Method Not Allowed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-405-fix-visitor-1 = Vous ne pouvez pas faire grand-chose : rouvrez la page depuis le début au lieu de renvoyer le formulaire, et signalez le problème si un formulaire échoue sans cesse.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-1 = Lisez l'en-tête `Allow` de la réponse, par exemple avec `curl -i -X OPTIONS` sur l'URL, et comparez-le avec la méthode qu'envoie votre client.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-2 = Assurez-vous que chaque route déclare toutes les méthodes qu'elle gère, comme `methods=["GET", "POST"]` dans Flask ou `@PostMapping` dans Spring.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-3 = Appelez directement l'URL canonique, avec son schéma exact et sa barre oblique finale, afin qu'aucune redirection ne change la méthode avant que la requête n'atteigne la route.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-4 = Sous IIS, supprimez `WebDAVModule` et son handler dans `web.config` lorsque votre application gère elle-même `PUT` et `DELETE`.

# HTTP 405 Method Not Allowed compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-405-vs-501 = Envoyez `405` lorsque la méthode est connue mais non autorisée sur cette ressource ; envoyez `501` lorsque le serveur n'implémente pas du tout la méthode.

# HTTP 405 Method Not Allowed compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-405-vs-404 = Envoyez `404` lorsque rien n'existe à cette URI ; envoyez `405` lorsque quelque chose existe, mais pas pour cette méthode.

# HTTP 405 Method Not Allowed compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-405-vs-403 = Envoyez `403` lorsque la méthode est prise en charge mais que ce client n'a pas le droit de l'utiliser ; envoyez `405` lorsqu'aucun client ne peut l'utiliser sur cette ressource.

## HTTP 406 Not Acceptable

# HTTP 406 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
http-406-tldr = Le serveur n'a aucune version de la ressource dans un format, une langue ou un codage que le client déclare accepter.

# HTTP 406 Not Acceptable: the "What it means" paragraph of the explainer.
http-406-meaning = Un serveur peut répondre `406` lorsqu'il applique strictement les en-têtes de négociation proactive, comme `Accept`, `Accept-Language` ou `Accept-Encoding`, et qu'aucune de ses représentations n'y correspond. La RFC 9110 autorise tout autant un serveur à ignorer ces en-têtes et à envoyer une représentation par défaut, ce que font la plupart des serveurs, car une réponse que l'agent utilisateur peut essayer d'exploiter vaut généralement mieux qu'une erreur. Un `406` doit lister les représentations disponibles, avec leurs types de média ou leurs langues, afin que l'utilisateur ou le client puisse en choisir une. Si le problème vient du format du corps de la requête elle-même, le bon code est `415`.

# HTTP 406 Not Acceptable: common cause 1 of 4, an item of the "Common causes" list.
http-406-cause-1 = Un client d'API envoie `Accept: application/xml` à un point de terminaison qui ne produit que du JSON.

# HTTP 406 Not Acceptable: common cause 2 of 4, an item of the "Common causes" list.
http-406-cause-2 = Une action Rails avec `respond_to` n'a pas de branche pour le format demandé et lève `ActionController::UnknownFormat`, ou Spring ne trouve aucun convertisseur pour le type indiqué dans `Accept`.

# HTTP 406 Not Acceptable: common cause 3 of 4, an item of the "Common causes" list.
http-406-cause-3 = Sur un hébergement mutualisé, ModSecurity est configuré pour rejeter les requêtes suspectes avec `406`, un choix qui n'a rien à voir avec la négociation de contenu.

# HTTP 406 Not Acceptable: common cause 4 of 4, an item of the "Common causes" list.
http-406-cause-4 = Une extension de navigateur ou un client HTTP envoie un en-tête `Accept` ou `Accept-Language` inhabituel qu'un serveur strict ne peut pas satisfaire.

# HTTP 406 Not Acceptable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-406-fix-visitor-1 = Essayez un autre navigateur, ou désactivez les extensions qui modifient les en-têtes de requête, puis rechargez la page.

# HTTP 406 Not Acceptable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-406-fix-visitor-2 = Si l'envoi d'un formulaire sur un petit site hébergé a déclenché l'erreur, un filtre de sécurité n'a probablement pas aimé votre saisie ; contactez le propriétaire du site.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-1 = Vérifiez les en-têtes `Accept` de la requête avec `curl -v` et comparez-les avec les types de média que produit le point de terminaison ; les clients qui n'ont pas de préférence doivent envoyer `Accept: */*` ou le type qu'ils savent analyser.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-2 = Préférez envoyer une représentation par défaut avec `Vary: Accept` plutôt que de renvoyer `406`, sauf si des clients dépendent d'une négociation stricte.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-3 = Sur un hébergement mutualisé, trouvez dans le journal d'audit de ModSecurity l'identifiant de la règle qui a déclenché le `406`, et demandez à l'hébergeur de la désactiver pour votre chemin.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-4 = Dans Spring, assurez-vous qu'un convertisseur de messages existe pour le type de réponse, comme Jackson pour le JSON, et que l'attribut `produces` correspond à ce que demandent les clients.

# HTTP 406 Not Acceptable compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-406-vs-415 = Envoyez `406` lorsque vous ne pouvez produire aucun format de réponse accepté par le client ; envoyez `415` lorsque vous ne pouvez pas lire le format du corps de la requête du client.

# HTTP 406 Not Acceptable compared with HTTP 300 Multiple Choices: when to use which, in the "Related codes" section.
http-406-vs-300 = Envoyez `300` lorsque vous proposez des possibilités parmi lesquelles le client choisira ; envoyez `406` lorsque rien ne correspond à ce que le client a déclaré accepter.

## HTTP 407 Proxy Authentication Required

# HTTP 407 Proxy Authentication Required: one-line summary at the top of the explainer (TL;DR).
http-407-tldr = Un proxy situé entre vous et le site exige que vous vous authentifiiez d'abord auprès de lui.

# HTTP 407 Proxy Authentication Required: the "What it means" paragraph of the explainer.
http-407-meaning = `407` fonctionne comme `401`, mais un saut plus tôt : le proxy présente un défi au client dans `Proxy-Authenticate`, et le client réessaie avec `Proxy-Authorization`. Ces en-têtes ne concernent que le proxy qui les a demandés, et celui-ci les consomme au lieu de les transmettre au serveur d'origine. Les proxys d'entreprise utilisent souvent `Negotiate` (Kerberos) ou `NTLM`, que les navigateurs des machines jointes au domaine gèrent de manière transparente, alors que les outils en ligne de commande demandent une configuration explicite. Pour HTTPS à travers un proxy, le `407` répond à la requête `CONNECT` avant l'ouverture du tunnel : le site cible ne voit donc jamais l'échange.

# HTTP 407 Proxy Authentication Required: common cause 1 of 4, an item of the "Common causes" list.
http-407-cause-1 = Un outil de développement comme `npm`, `pip`, `git` ou Docker utilise un proxy d'entreprise défini dans `HTTP_PROXY` ou `HTTPS_PROXY` sans informations d'authentification.

# HTTP 407 Proxy Authentication Required: common cause 2 of 4, an item of the "Common causes" list.
http-407-cause-2 = Le mot de passe du proxy a changé, par exemple en même temps que le mot de passe de domaine de l'utilisateur, et un outil envoie toujours l'ancien.

# HTTP 407 Proxy Authentication Required: common cause 3 of 4, an item of the "Common causes" list.
http-407-cause-3 = Les informations d'authentification du proxy placées dans une URL contiennent des caractères comme `@` ou `:` qui n'ont pas été encodés en pourcent, si bien qu'elles sont mal analysées.

# HTTP 407 Proxy Authentication Required: common cause 4 of 4, an item of the "Common causes" list.
http-407-cause-4 = Le proxy ne propose que `NTLM` ou `Negotiate`, que le client ne prend pas en charge, ce qui est fréquent dans les images de conteneurs et les exécuteurs de CI.

# HTTP 407 Proxy Authentication Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-407-fix-visitor-1 = Connectez-vous au proxy de votre organisation lorsque le navigateur vous le demande, avec vos identifiants professionnels habituels.

# HTTP 407 Proxy Authentication Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-407-fix-visitor-2 = Si vous n'êtes pas sur un réseau géré, vérifiez les réglages de proxy de votre système et désactivez tout proxy que vous ne reconnaissez pas.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-1 = Configurez le proxy avec des informations d'authentification encodées en pourcent, comme `HTTPS_PROXY=http://user:p%40ss@proxy.example.net:8080`, ou outil par outil avec `npm config set https-proxy` ou `git config --global http.proxy`.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-2 = Pour les proxys `NTLM` ou `Negotiate`, utilisez un client qui les prend en charge, comme `curl --proxy-ntlm` ou `--proxy-negotiate`, ou lancez un utilitaire local comme Cntlm ou Px, qui s'authentifie à votre place.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-3 = Voyez quels schémas le proxy accepte avec `curl -v -x proxy.example.net:8080` sur n'importe quelle URL, en lisant son en-tête `Proxy-Authenticate`.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-4 = Listez les hôtes internes dans `NO_PROXY`, afin que les requêtes qui doivent contourner le proxy ne se voient pas demander ses informations d'authentification.

# HTTP 407 Proxy Authentication Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-407-vs-401 = Envoyez `407` depuis un proxy qui a besoin que le client s'authentifie auprès de lui ; `401` sert à l'authentification auprès du serveur d'origine.

# HTTP 407 Proxy Authentication Required compared with HTTP 511 Network Authentication Required: when to use which, in the "Related codes" section.
http-407-vs-511 = `407` provient d'un proxy que le client utilise sciemment et se règle avec `Proxy-Authorization` ; `511` provient d'un réseau qui intercepte le trafic et veut que l'utilisateur se connecte via une page web.

## HTTP 408 Request Timeout

# HTTP 408 Request Timeout: one-line summary at the top of the explainer (TL;DR).
http-408-tldr = Le serveur a attendu trop longtemps l'arrivée de la requête et a fermé la connexion.

# HTTP 408 Request Timeout: the "What it means" paragraph of the explainer.
http-408-meaning = Un serveur envoie `408` lorsqu'une connexion était ouverte mais que la requête complète, en-têtes ou corps, n'est pas arrivée dans le délai qu'il accorde ; il ferme alors la connexion et l'annonce avec `Connection: close`. La requête n'a pas été traitée : le client peut donc la renvoyer sur une nouvelle connexion, ce que les navigateurs font automatiquement pour les requêtes idempotentes. Les serveurs envoient aussi `408` sur des connexions inactives qui n'ont jamais porté de requête, comme celles qu'un navigateur a ouvertes par anticipation : c'est pourquoi des entrées `408` isolées dans les journaux d'accès sont souvent sans gravité. Ce code concerne le trajet du client vers le serveur ; lorsqu'une passerelle renonce à attendre son serveur en amont, le code est `504`.

# HTTP 408 Request Timeout: common cause 1 of 4, an item of the "Common causes" list.
http-408-cause-1 = Un réseau lent ou instable a empêché un téléversement volumineux de se terminer dans le délai `client_body_timeout` de nginx ou `RequestReadTimeout` d'Apache.

# HTTP 408 Request Timeout: common cause 2 of 4, an item of the "Common causes" list.
http-408-cause-2 = Un navigateur a ouvert une connexion de réserve par anticipation et ne l'a pas utilisée avant l'expiration du délai d'attente des en-têtes du serveur, comme `client_header_timeout` dans nginx.

# HTTP 408 Request Timeout: common cause 3 of 4, an item of the "Common causes" list.
http-408-cause-3 = Un client a déclaré un `Content-Length` supérieur au corps qu'il a réellement envoyé, si bien que le serveur a attendu des octets qui ne sont jamais venus.

# HTTP 408 Request Timeout: common cause 4 of 4, an item of the "Common causes" list.
http-408-cause-4 = Une application mobile a été suspendue en arrière-plan en plein envoi d'une requête et a repris après que le serveur avait abandonné.

# HTTP 408 Request Timeout: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-408-fix-visitor-1 = Rechargez la page ou renvoyez le formulaire ; la requête n'a pas atteint le serveur en entier, donc rien n'a été enregistré.

# HTTP 408 Request Timeout: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-408-fix-visitor-2 = Si les téléversements échouent sans cesse, passez à une connexion plus stable ou téléversez des fichiers plus petits.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-1 = Comparez les délais de lecture du serveur avec les durées réelles des téléversements, et augmentez `client_body_timeout` ou `RequestReadTimeout` pour les points de terminaison de téléversement, ou passez à des téléversements par blocs ou avec reprise.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-2 = Vérifiez que les clients envoient un `Content-Length` correct ; une valeur supérieure à la taille du corps fait attendre le serveur jusqu'à l'expiration du délai.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-3 = Dans la supervision, comptez à part les réponses `408` sur des connexions qui n'ont porté aucune requête et les véritables échecs de requêtes, afin qu'elles ne déclenchent pas de fausses alertes.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-4 = Dans les clients, réessayez après un `408` sur une nouvelle connexion, automatiquement pour les méthodes idempotentes, et seulement avec précaution pour `POST`.

# HTTP 408 Request Timeout compared with HTTP 504 Gateway Timeout: when to use which, in the "Related codes" section.
http-408-vs-504 = `408` signifie que le serveur a renoncé à attendre la requête du client ; `504` signifie qu'une passerelle a renoncé à attendre la réponse de son serveur en amont.

# HTTP 408 Request Timeout compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-408-vs-429 = `408` concerne une requête arrivée trop lentement ; `429` concerne des requêtes qui arrivent trop souvent.

## HTTP 409 Conflict

# HTTP 409 Conflict: one-line summary at the top of the explainer (TL;DR).
http-409-tldr = La requête entre en conflit avec l'état actuel de la ressource, par exemple une modification concurrente ou un doublon.

# HTTP 409 Conflict: the "What it means" paragraph of the explainer.
http-409-meaning = `409` sert aux conflits que le client peut résoudre : la requête est valide en elle-même, mais l'appliquer à la ressource dans son état actuel créerait une incohérence. Cas typiques : des modifications concurrentes détectées grâce à un champ de version dans le corps, des tentatives de créer quelque chose dont la clé unique existe déjà, et des transitions d'état interdites, comme l'annulation d'une commande déjà expédiée. Le corps doit décrire le conflit assez précisément pour que le client puisse le résoudre, par exemple en indiquant la version actuelle ou le champ en conflit. Le client doit récupérer l'état actuel et construire une nouvelle requête au lieu de renvoyer la même. Lorsque le conflit a été détecté grâce à `If-Match` ou `If-Unmodified-Since`, le code précis est `412`.

# HTTP 409 Conflict: common cause 1 of 5, an item of the "Common causes" list.
http-409-cause-1 = Deux utilisateurs ont modifié le même enregistrement, et la seconde sauvegarde porte un numéro de version que le serveur a déjà remplacé.

# HTTP 409 Conflict: common cause 2 of 5, an item of the "Common causes" list.
http-409-cause-2 = Une requête d'inscription ou de création utilise une adresse e-mail, un nom d'utilisateur ou une clé qui existe déjà.

# HTTP 409 Conflict: common cause 3 of 5, an item of the "Common causes" list.
http-409-cause-3 = L'API Kubernetes rejette une mise à jour parce que le `resourceVersion` de l'objet a changé depuis sa lecture, ou une création parce que l'objet existe déjà.

# HTTP 409 Conflict: common cause 4 of 5, an item of the "Common causes" list.
http-409-cause-4 = Un `PUT` ou un `MKCOL` WebDAV vise un chemin dont la collection parente n'existe pas.

# HTTP 409 Conflict: common cause 5 of 5, an item of the "Common causes" list.
http-409-cause-5 = Une machine à états interdit la transition, comme la publication d'un brouillon que quelqu'un a supprimé entre-temps.

# HTTP 409 Conflict: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-409-fix-visitor-1 = Rechargez la page pour voir la dernière version, puis refaites votre modification.

# HTTP 409 Conflict: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-409-fix-visitor-2 = Si vous créez un compte ou un élément, choisissez un autre nom ; celui que vous avez saisi est déjà pris.

# HTTP 409 Conflict: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-1 = Indiquez les détails du conflit dans le corps, comme la version actuelle, le champ en conflit et un code d'erreur stable.

# HTTP 409 Conflict: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-2 = Mettez en place un contrôle de concurrence optimiste avec un champ de version ou, mieux, avec `ETag` et `If-Match`, et faites en sorte que les clients récupèrent de nouveau la ressource et fusionnent avant de réessayer.

# HTTP 409 Conflict: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-3 = Interceptez les violations de contrainte d'unicité de la base de données, comme l'erreur `23505` de PostgreSQL, et traduisez-les en `409` au lieu de les laisser devenir un `500`.

# HTTP 409 Conflict: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-4 = Dans les clients Kubernetes, réessayez les mises à jour après une nouvelle lecture en cas de conflit, comme le fait `retry.RetryOnConflict` de client-go.

# HTTP 409 Conflict compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-409-vs-412 = Envoyez `412` lorsqu'une précondition comme `If-Match` a échoué ; envoyez `409` pour les conflits que vous détectez à partir du corps de la requête ou de l'état de la ressource.

# HTTP 409 Conflict compared with HTTP 423 Locked: when to use which, in the "Related codes" section.
http-409-vs-423 = Envoyez `423` lorsqu'un verrou WebDAV bloque la modification ; envoyez `409` pour tout autre conflit avec l'état de la ressource.

# HTTP 409 Conflict compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-409-vs-422 = Envoyez `422` lorsque le contenu est invalide quel que soit l'état de la ressource ; envoyez `409` lorsqu'il est valide mais entre en conflit avec cet état.

## HTTP 410 Gone

# HTTP 410 Gone: one-line summary at the top of the explainer (TL;DR).
http-410-tldr = La ressource a été supprimée volontairement et ne reviendra pas.

# HTTP 410 Gone: the "What it means" paragraph of the explainer.
http-410-meaning = `410` affirme le caractère définitif : le serveur sait que la ressource a existé, qu'elle a été supprimée volontairement et qu'il n'existe aucune adresse de redirection. Les clients qui détiennent des liens doivent les supprimer, et les moteurs de recherche retirent l'URL de leur index, généralement plus vite qu'après un `404`. La réponse peut être mise en cache de façon heuristique : les clients peuvent donc la retenir. Les serveurs ne sont pas tenus de marquer comme disparue chaque ressource supprimée, ni de répondre `410` indéfiniment ; passer à `404` au bout d'un certain temps est acceptable.

# HTTP 410 Gone: common cause 1 of 4, an item of the "Common causes" list.
http-410-cause-1 = Une version d'API a été retirée, et ses points de terminaison répondent désormais `410` avec, dans le corps, un renvoi vers la version actuelle.

# HTTP 410 Gone: common cause 2 of 4, an item of the "Common causes" list.
http-410-cause-2 = Un utilisateur a supprimé son compte, sa publication ou un fichier téléversé, et le site marque l'ancienne URL comme disparue.

# HTTP 410 Gone: common cause 3 of 4, an item of the "Common causes" list.
http-410-cause-3 = Une page à durée limitée, comme une promotion, une offre d'emploi ou un lien de partage qui expire, a pris fin.

# HTTP 410 Gone: common cause 4 of 4, an item of the "Common causes" list.
http-410-cause-4 = Le propriétaire d'un site a supprimé des pages de spam ou obsolètes et veut que les moteurs de recherche les oublient rapidement.

# HTTP 410 Gone: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-410-fix-visitor-1 = Le contenu a été supprimé volontairement ; cherchez une version plus récente sur le site, ou demandez à son propriétaire s'il existe ailleurs.

# HTTP 410 Gone: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-410-fix-visitor-2 = Supprimez votre favori vers cette adresse, car recharger plus tard ne fera pas revenir la page.

# HTTP 410 Gone: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-1 = Ne renvoyez `410` que lorsque la suppression est volontaire et définitive ; si le contenu a été déplacé, utilisez plutôt `301` ou `308`.

# HTTP 410 Gone: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-2 = Expliquez dans le corps quand et pourquoi la ressource a été supprimée, et ce qui la remplace, surtout pour les versions d'API retirées.

# HTTP 410 Gone: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-3 = Tenez une liste explicite des chemins supprimés, par exemple avec `return 410;` dans un bloc `location` nginx dédié à chacun, afin que les pages supprimées ne tombent pas sur une erreur générique.

# HTTP 410 Gone: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-4 = Annoncez à l'avance le retrait des API avec les en-têtes `Deprecation` et `Sunset`, afin que le `410` ne surprenne pas les clients.

# HTTP 410 Gone compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-410-vs-404 = Envoyez `410` lorsque vous savez que la suppression est volontaire et définitive ; envoyez `404` lorsque vous ne le savez pas ou ne voulez pas le dire.

# HTTP 410 Gone compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-410-vs-301 = Envoyez `301` lorsque le contenu continue d'exister à une autre URI ; envoyez `410` lorsque rien ne le remplace.

## HTTP 411 Length Required

# HTTP 411 Length Required: one-line summary at the top of the explainer (TL;DR).
http-411-tldr = Le serveur exige un en-tête `Content-Length`, et la requête n'en avait pas.

# HTTP 411 Length Required: the "What it means" paragraph of the explainer.
http-411-meaning = En HTTP/1.1, la longueur du corps d'une requête est donnée soit dans `Content-Length`, soit par `Transfer-Encoding: chunked`, qui la laisse ouverte ; un serveur qui a besoin de connaître la taille à l'avance peut refuser la seconde forme, ou une méthode à corps sans aucune longueur, avec `411`. Le client peut réessayer avec le même corps et un `Content-Length` valide. HTTP/2 et HTTP/3 délimitent eux-mêmes les messages : ce code provient donc surtout de serveurs HTTP/1.1 et de services qui tiennent à connaître la taille avant d'accepter un téléversement. Certains frontaux exigent aussi `Content-Length: 0` sur un `POST` ou un `PUT` qui n'a pas de corps du tout.

# HTTP 411 Length Required: common cause 1 of 4, an item of the "Common causes" list.
http-411-cause-1 = Un client a envoyé un téléversement en flux avec le codage par blocs (chunked) à un serveur qui a besoin de la taille à l'avance, comme nginx avant la version 1.3.9 ou certaines API de stockage objet.

# HTTP 411 Length Required: common cause 2 of 4, an item of the "Common causes" list.
http-411-cause-2 = `curl -X POST` sans `-d`, ou un appel de bibliothèque sans corps, n'a envoyé aucun `Content-Length`, et un frontal comme celui de Google a rejeté le `POST`.

# HTTP 411 Length Required: common cause 3 of 4, an item of the "Common causes" list.
http-411-cause-3 = Une bibliothèque cliente a lu le corps depuis un tube ou un générateur, dont elle ne pouvait pas connaître la taille, et s'est rabattue sur le codage par blocs.

# HTTP 411 Length Required: common cause 4 of 4, an item of the "Common causes" list.
http-411-cause-4 = Un proxy entre le client et le serveur a supprimé `Content-Length` après avoir modifié le corps, ou l'a renvoyé avec le codage par blocs.

# HTTP 411 Length Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-411-fix-visitor-1 = Vous n'y pouvez rien : l'application ou le site a envoyé une requête incomplète ; réessayez, et signalez le problème s'il persiste.

# HTTP 411 Length Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-1 = Envoyez `Content-Length` avec chaque téléversement en mettant le corps en mémoire tampon ou en lisant d'abord la taille du fichier, par exemple en passant à `requests` en Python un objet fichier plutôt qu'un générateur.

# HTTP 411 Length Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-2 = Pour un `POST` sans corps, envoyez explicitement `Content-Length: 0` ; c'est ce que fait `curl -d ''`.

# HTTP 411 Length Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-3 = Acceptez côté serveur les corps de requête par blocs si vous le pouvez ; nginx les prend en charge depuis la version 1.3.9 et, avec `proxy_request_buffering on`, les transmet au serveur en amont avec un `Content-Length`.

# HTTP 411 Length Required compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-411-vs-400 = Envoyez `411` lorsque le seul problème est l'absence de `Content-Length` ; envoyez `400` lorsque le cadrage ou la syntaxe est défectueux d'une autre manière.

# HTTP 411 Length Required compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-411-vs-413 = Envoyez `411` lorsque la taille du corps n'est pas déclarée ; envoyez `413` lorsqu'elle est déclarée, ou mesurée, et trop grande.

## HTTP 412 Precondition Failed

# HTTP 412 Precondition Failed: one-line summary at the top of the explainer (TL;DR).
http-412-tldr = Une condition que le client a jointe à la requête, comme `If-Match`, s'est révélée fausse : rien n'a donc été modifié.

# HTTP 412 Precondition Failed: the "What it means" paragraph of the explainer.
http-412-meaning = Les préconditions permettent à un client de dire « ne fais cela que si la ressource est toujours telle que je l'ai vue la dernière fois » : `If-Match` avec un `ETag`, `If-Unmodified-Since` avec une date, ou `If-None-Match: *` pour « seulement si rien n'existe encore ici ». Lorsqu'une telle condition s'évalue à faux, le serveur ne doit pas appliquer la méthode et répond `412`, ce qui évite les pertes de mises à jour et les écrasements accidentels. Un `If-None-Match` qui échoue sur `GET` ou `HEAD` donne `304` à la place ; toute autre précondition non remplie donne `412`. Inclure l'`ETag` actuel dans la réponse aide le client à récupérer de nouveau la ressource et à réconcilier ses modifications.

# HTTP 412 Precondition Failed: common cause 1 of 4, an item of the "Common causes" list.
http-412-cause-1 = Un autre client a modifié la ressource après que celui-ci l'a lue : l'`ETag` envoyé dans `If-Match` ne correspond donc plus.

# HTTP 412 Precondition Failed: common cause 2 of 4, an item of the "Common causes" list.
http-412-cause-2 = Un client a écrit avec `If-None-Match: *` pour éviter un écrasement, comme avec les écritures conditionnelles de S3, et l'objet existait déjà.

# HTTP 412 Precondition Failed: common cause 3 of 4, an item of the "Common causes" list.
http-412-cause-3 = Le serveur génère un nouvel `ETag` à chaque réponse, par exemple à cause d'un horodatage dans le corps, si bien qu'aucun `If-Match` ne peut jamais correspondre.

# HTTP 412 Precondition Failed: common cause 4 of 4, an item of the "Common causes" list.
http-412-cause-4 = Un client a envoyé un validateur faible (`W/"v7"`) dans `If-Match`, qui utilise la comparaison forte : il ne correspond donc jamais.

# HTTP 412 Precondition Failed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-412-fix-visitor-1 = Rechargez la page pour obtenir la dernière version, puis refaites votre modification.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-1 = Sur un `412`, récupérez de nouveau la ressource, fusionnez les modifications ou montrez les différences à l'utilisateur, puis réessayez avec le nouvel `ETag` ; réessayer aveuglément avec la nouvelle valeur écrase l'autre modification.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-2 = Gardez des valeurs d'`ETag` stables pour un contenu identique, d'un serveur à l'autre et quelle que soit la compression, par exemple en les dérivant d'une colonne de version ou d'une empreinte du contenu.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-3 = Vérifiez le comportement avec `curl -i -X PUT -H 'If-Match: "v7"'` et comparez le résultat avec l'`ETag` renvoyé par un nouveau `GET`.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-4 = Évaluez les préconditions dans l'ordre donné par la RFC 9110 à la section 13.2.2, `If-Match` avant `If-Unmodified-Since`, et avant l'exécution de la méthode.

# HTTP 412 Precondition Failed compared with HTTP 428 Precondition Required: when to use which, in the "Related codes" section.
http-412-vs-428 = Envoyez `428` lorsque le client n'a envoyé aucune précondition et que vous en exigez une ; envoyez `412` lorsqu'il en a envoyé une et qu'elle a échoué.

# HTTP 412 Precondition Failed compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-412-vs-304 = Un `If-None-Match` qui échoue sur `GET` ou `HEAD` donne `304` ; les préconditions non remplies sur les écritures, ainsi qu'un `If-Match` qui échoue sur n'importe quelle méthode, donnent `412`.

# HTTP 412 Precondition Failed compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-412-vs-409 = Envoyez `412` lorsqu'un en-tête conditionnel a révélé le conflit ; envoyez `409` lorsque vous l'avez détecté autrement.

## HTTP 413 Content Too Large

# HTTP 413 Content Too Large: one-line summary at the top of the explainer (TL;DR).
http-413-tldr = Le corps de la requête est plus volumineux que ce que le serveur accepte.

# HTTP 413 Content Too Large: the "What it means" paragraph of the explainer.
http-413-meaning = Le serveur ou un intermédiaire refuse un contenu qui dépasse sa limite de taille, soit dès qu'il voit le `Content-Length`, soit pendant la lecture d'un corps de longueur inconnue. Il peut fermer la connexion ensuite : le client ne peut donc pas compter la réutiliser ; si la limite est temporaire, un en-tête `Retry-After` indique quand réessayer. Les clients qui envoient `Expect: 100-continue` peuvent recevoir le `413` avant de transmettre la moindre donnée. La RFC 9110 a renommé le code de Payload Too Large en Content Too Large sans changer son numéro ni son comportement : les deux noms apparaissent donc dans les frameworks et les journaux.

# HTTP 413 Content Too Large: common cause 1 of 5, an item of the "Common causes" list.
http-413-cause-1 = Un téléversement dépasse le `client_max_body_size` de nginx, qui n'est que de 1 Mo par défaut.

# HTTP 413 Content Too Large: common cause 2 of 5, an item of the "Common causes" list.
http-413-cause-2 = L'analyseur de corps JSON ou URL-encoded d'Express a rejeté un corps qui dépasse sa `limit` par défaut de 100 ko.

# HTTP 413 Content Too Large: common cause 3 of 5, an item of the "Common causes" list.
http-413-cause-3 = Une passerelle gérée impose un maximum fixe, comme 10 Mo sur AWS API Gateway ou 100 Mo sur les offres Free et Pro de Cloudflare.

# HTTP 413 Content Too Large: common cause 4 of 5, an item of the "Common causes" list.
http-413-cause-4 = Le `LimitRequestBody` d'Apache est réglé plus bas que la taille des fichiers que téléversent les utilisateurs.

# HTTP 413 Content Too Large: common cause 5 of 5, an item of the "Common causes" list.
http-413-cause-5 = Un client intègre un gros fichier en base64 dans du JSON, ce qui rend le corps environ un tiers plus volumineux que le fichier lui-même.

# HTTP 413 Content Too Large: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-413-fix-visitor-1 = Téléversez un fichier plus petit : compressez-le, réduisez la résolution d'une image ou découpez le téléversement en plusieurs parties.

# HTTP 413 Content Too Large: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-413-fix-visitor-2 = Vérifiez la limite de téléversement indiquée par le site, et utilisez sa méthode alternative pour les gros fichiers s'il en propose une.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-1 = Trouvez quelle couche a refusé le corps, car chacune a sa propre limite : CDN, répartiteur de charge, proxy inverse, serveur d'applications et framework ; le style de la page d'erreur et l'en-tête `Server` la trahissent généralement.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-2 = N'augmentez la limite que là où c'est nécessaire, par exemple `client_max_body_size 100m;` dans le bloc `location` nginx des téléversements, et gardez une valeur par défaut basse ailleurs.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-3 = Pour les très gros fichiers, laissez les clients téléverser directement vers le stockage objet avec des URL présignées, ou utilisez des téléversements par morceaux avec reprise, plutôt qu'une seule requête énorme.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-4 = Vérifiez la taille côté client avant l'envoi et indiquez la limite aux utilisateurs ; avec `Expect: 100-continue`, les serveurs peuvent refuser avant que les données soient envoyées.

# HTTP 413 Content Too Large compared with HTTP 411 Length Required: when to use which, in the "Related codes" section.
http-413-vs-411 = Envoyez `413` lorsque le corps est trop volumineux ; envoyez `411` lorsque le serveur ne peut pas connaître sa taille parce que `Content-Length` est absent.

# HTTP 413 Content Too Large compared with HTTP 414 URI Too Long: when to use which, in the "Related codes" section.
http-413-vs-414 = Envoyez `413` lorsque le corps est trop volumineux ; envoyez `414` lorsque c'est l'URI qui est trop longue.

# HTTP 413 Content Too Large compared with HTTP 431 Request Header Fields Too Large: when to use which, in the "Related codes" section.
http-413-vs-431 = Envoyez `413` pour un corps trop volumineux ; envoyez `431` pour des champs d'en-tête trop volumineux, comme `Cookie`.

## HTTP 414 URI Too Long

# HTTP 414 URI Too Long: one-line summary at the top of the explainer (TL;DR).
http-414-tldr = L'URL est plus longue que ce que le serveur accepte de traiter.

# HTTP 414 URI Too Long: the "What it means" paragraph of the explainer.
http-414-meaning = Les serveurs plafonnent la longueur de la cible de la requête pour limiter la consommation de mémoire et le travail d'analyse, et répondent `414` lorsqu'une URI dépasse ce plafond ; nginx et Apache autorisent environ 8 ko par défaut, bien moins que ce qu'acceptent les navigateurs. Le client doit déplacer les données dans le corps d'un `POST` ou raccourcir la requête. Un `414` peut être mis en cache de façon heuristique, puisque la même URI échouera de la même manière. La RFC 9110 recommande que tous les émetteurs et destinataires prennent en charge des URI d'au moins 8 000 octets : rester sous cette longueur est donc le choix portable.

# HTTP 414 URI Too Long: common cause 1 of 5, an item of the "Common causes" list.
http-414-cause-1 = Une page de recherche ou de filtres encode de grandes sélections dans la chaîne de requête, comme des centaines d'identifiants dans un seul `GET`.

# HTTP 414 URI Too Long: common cause 2 of 5, an item of the "Common causes" list.
http-414-cause-2 = Une boucle de redirection ajoute sans cesse un paramètre `returnUrl` ou de suivi, en encodant de nouveau l'URL précédente à chaque fois.

# HTTP 414 URI Too Long: common cause 3 of 5, an item of the "Common causes" list.
http-414-cause-3 = Une application place des données en base64, comme une image ou un état sérialisé, dans l'URL.

# HTTP 414 URI Too Long: common cause 4 of 5, an item of the "Common causes" list.
http-414-cause-4 = Un formulaire utilise `method="get"` pour un grand champ de texte qui aurait dû être envoyé en POST.

# HTTP 414 URI Too Long: common cause 5 of 5, an item of the "Common causes" list.
http-414-cause-5 = La ligne de requête dépasse la taille de tampon `large_client_header_buffers` de nginx ou le `LimitRequestLine` d'Apache, tous deux de 8 ko par défaut.

# HTTP 414 URI Too Long: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-414-fix-visitor-1 = Revenez à la page d'accueil du site et refaites la recherche ou l'action avec moins de filtres ou un texte plus court.

# HTTP 414 URI Too Long: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-414-fix-visitor-2 = Si l'adresse s'allonge à chaque clic, supprimez les cookies du site et rouvrez-le depuis sa page d'accueil.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-1 = Envoyez les données volumineuses dans le corps d'un `POST`, ou stockez l'état sur le serveur et ne placez que son identifiant dans l'URI.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-2 = Cherchez les boucles de redirection qui allongent la chaîne de requête, avec `curl -sIL` sur l'URL, et vérifiez le code qui construit des paramètres comme `returnUrl`.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-3 = N'augmentez la limite que pour les URI légitimes, par exemple avec `large_client_header_buffers 4 16k;` dans nginx ou `LimitRequestLine` dans Apache, et faites de même sur chaque proxy placé devant.

# HTTP 414 URI Too Long compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-414-vs-413 = Envoyez `414` lorsque l'URI est trop longue ; envoyez `413` lorsque le corps est trop volumineux.

# HTTP 414 URI Too Long compared with HTTP 431 Request Header Fields Too Large: when to use which, in the "Related codes" section.
http-414-vs-431 = Envoyez `414` lorsque la cible de la requête est trop longue ; envoyez `431` lorsque les champs d'en-tête sont trop volumineux.

## HTTP 415 Unsupported Media Type

# HTTP 415 Unsupported Media Type: one-line summary at the top of the explainer (TL;DR).
http-415-tldr = Le serveur n'accepte pas le format du corps de la requête, tel que déclaré dans `Content-Type` ou `Content-Encoding`.

# HTTP 415 Unsupported Media Type: the "What it means" paragraph of the explainer.
http-415-meaning = Un serveur envoie `415` lorsque le contenu de la requête utilise un type de média ou un codage de contenu que la ressource cible n'accepte pas pour cette méthode, qu'il l'apprenne par `Content-Type`, par `Content-Encoding` ou en examinant les données. Si le problème vient du codage, la réponse doit inclure `Accept-Encoding` avec les codages que le serveur accepte ; pour les types de média, il peut envoyer un en-tête `Accept` listant ceux qu'il accepterait, et `Accept-Patch` (RFC 5789) fait de même pour `PATCH`. Le client doit renvoyer le contenu dans un format pris en charge, et non se contenter de changer son étiquette. C'est le pendant côté requête de `406`, qui concerne le format de la réponse.

# HTTP 415 Unsupported Media Type: common cause 1 of 5, an item of the "Common causes" list.
http-415-cause-1 = Un appel `fetch` envoie `JSON.stringify(data)` sans en-tête `Content-Type` : le corps part donc en `text/plain;charset=UTF-8`.

# HTTP 415 Unsupported Media Type: common cause 2 of 5, an item of the "Common causes" list.
http-415-cause-2 = Un formulaire envoie du `application/x-www-form-urlencoded` ou du `multipart/form-data` à un point de terminaison qui ne lit que du JSON.

# HTTP 415 Unsupported Media Type: common cause 3 of 5, an item of the "Common causes" list.
http-415-cause-3 = Une action ASP.NET Core avec `[FromBody]` ou un point de terminaison Spring avec `@RequestBody` et `consumes` a reçu une requête dont le `Content-Type` est absent ou différent.

# HTTP 415 Unsupported Media Type: common cause 4 of 5, an item of the "Common causes" list.
http-415-cause-4 = Un document JSON Patch est envoyé en `application/json` au lieu de `application/json-patch+json`, ou un merge patch l'est sous le mauvais type.

# HTTP 415 Unsupported Media Type: common cause 5 of 5, an item of the "Common causes" list.
http-415-cause-5 = Le client a compressé le corps de la requête avec `Content-Encoding: gzip`, et le serveur ne décompresse pas les corps de requête.

# HTTP 415 Unsupported Media Type: what a visitor can do, the only item of "How to fix it (for visitors)".
http-415-fix-visitor-1 = Vous n'y pouvez rien : le site ou l'application a envoyé des données dans un format que son serveur n'accepte pas ; signalez le problème à son propriétaire.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-1 = Définissez explicitement le `Content-Type` de la requête sur ce qu'attend le serveur, par exemple `-H 'Content-Type: application/json'` avec curl ou l'option `headers` de `fetch`.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-2 = Listez les types de média acceptés dans la réponse `415`, avec `Accept` ou `Accept-Patch`, ainsi que dans la documentation de l'API.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-3 = Acceptez les types de média avec paramètres, comme `application/json; charset=utf-8`, en ne comparant que le type et le sous-type.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-4 = Si des clients compressent leurs envois, décompressez les corps de requête `gzip` dans le serveur ou le proxy, ou répondez avec `Accept-Encoding: identity` pour qu'ils arrêtent.

# HTTP 415 Unsupported Media Type compared with HTTP 406 Not Acceptable: when to use which, in the "Related codes" section.
http-415-vs-406 = Envoyez `415` lorsque vous ne pouvez pas lire le format du corps de la requête ; envoyez `406` lorsque vous ne pouvez produire aucun format de réponse accepté par le client.

# HTTP 415 Unsupported Media Type compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-415-vs-400 = Envoyez `415` lorsque le format déclaré n'est pas pris en charge ; envoyez `400` lorsque le format est pris en charge mais que le corps est mal formé.

# HTTP 415 Unsupported Media Type compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-415-vs-422 = Envoyez `415` lorsque le format est incorrect ; envoyez `422` lorsque le format est correct et que le corps s'analyse, mais que ses valeurs sont invalides.

## HTTP 416 Range Not Satisfiable

# HTTP 416 Range Not Satisfiable: one-line summary at the top of the explainer (TL;DR).
http-416-tldr = La plage d'octets demandée se situe hors du fichier : le serveur ne peut donc pas envoyer cette partie.

# HTTP 416 Range Not Satisfiable: the "What it means" paragraph of the explainer.
http-416-meaning = Lorsqu'une requête `Range` ne demande que des plages qui ne recouvrent pas la représentation actuelle, par exemple les octets à partir de 5000 d'un fichier de 4096 octets, le serveur répond `416`. Pour les plages d'octets, il doit inclure `Content-Range: bytes */4096`, dont le nombre donne la longueur réelle afin que le client puisse corriger sa requête. Les serveurs peuvent aussi rejeter avec `416` un ensemble de plages valide mais abusif, comme de nombreuses plages minuscules ou qui se chevauchent, évoquant une tentative de déni de service. Pour le client, cela signifie généralement que sa connaissance du fichier est périmée, et envoyer `If-Range` évite le problème lors de la reprise des téléchargements.

# HTTP 416 Range Not Satisfiable: common cause 1 of 4, an item of the "Common causes" list.
http-416-cause-1 = Un téléchargement a été repris avec `curl -C -` ou `wget -c` alors qu'il était déjà terminé : l'octet suivant se situe donc au-delà de la fin.

# HTTP 416 Range Not Satisfiable: common cause 2 of 4, an item of the "Common causes" list.
http-416-cause-2 = Le fichier sur le serveur a été remplacé par une version plus courte après que le client en a stocké la première partie.

# HTTP 416 Range Not Satisfiable: common cause 3 of 4, an item of the "Common causes" list.
http-416-cause-3 = Un CDN ou un cache connaît pour le fichier une autre longueur que le serveur d'origine, et le lecteur demande des octets qui n'existent que dans la copie la plus longue.

# HTTP 416 Range Not Satisfiable: common cause 4 of 4, an item of the "Common causes" list.
http-416-cause-4 = Un client a demandé de nombreuses plages minuscules ou qui se chevauchent, et le serveur a rejeté l'ensemble comme une attaque possible.

# HTTP 416 Range Not Satisfiable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-416-fix-visitor-1 = Supprimez le fichier partiellement téléchargé et relancez le téléchargement depuis le début.

# HTTP 416 Range Not Satisfiable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-416-fix-visitor-2 = Rechargez la page de la vidéo ou de l'audio, afin que le lecteur demande de nouveau le fichier.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-1 = Lisez la longueur totale dans `Content-Range: bytes */N` et recommencez ou ajustez la plage, et envoyez `If-Range` avec l'`ETag` stocké lors des reprises de téléchargement, afin qu'un fichier modifié revienne sous forme de `200` complet.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-2 = Purgez les caches du CDN lorsque vous remplacez un fichier par un autre de taille différente, ou publiez la nouvelle version sous une nouvelle URL.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-3 = Testez ce cas limite avec `curl -i -r 9999999-` sur un petit fichier : la réponse doit être `416` avec un `Content-Range` correct.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-4 = Limitez le nombre de plages par requête et fusionnez côté serveur celles qui se chevauchent, plutôt que de servir des ensembles de plages aberrants.

# HTTP 416 Range Not Satisfiable compared with HTTP 206 Partial Content: when to use which, in the "Related codes" section.
http-416-vs-206 = Envoyez `206` lorsqu'au moins une partie de la plage demandée existe ; envoyez `416` lorsqu'aucune plage demandée ne recouvre la représentation.

# HTTP 416 Range Not Satisfiable compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-416-vs-412 = Envoyez `416` lorsque la plage ne peut pas être satisfaite ; envoyez `412` lorsqu'une précondition comme `If-Match` a échoué ; un `If-Range` qui échoue ne mène à aucun des deux, mais à un `200` complet.

## HTTP 417 Expectation Failed

# HTTP 417 Expectation Failed: one-line summary at the top of the explainer (TL;DR).
http-417-tldr = Le serveur, ou un proxy sur le trajet, ne peut pas satisfaire l'en-tête `Expect` de la requête.

# HTTP 417 Expectation Failed: the "What it means" paragraph of the explainer.
http-417-meaning = La seule attente définie par HTTP est `100-continue` ; un serveur peut répondre `417` à toute autre valeur, et un intermédiaire peut l'envoyer lorsqu'il sait que le serveur suivant ne peut pas satisfaire l'attente. La RFC 9110 permet aux serveurs d'ignorer simplement `Expect: 100-continue` et de traiter la requête : un `417` en réponse à cette attente provient donc généralement d'anciens proxys ou serveurs de l'époque HTTP/1.0. La requête n'a pas été traitée, et le client peut la répéter sans l'en-tête `Expect` ; curl le fait automatiquement depuis la version 7.69.0.

# HTTP 417 Expectation Failed: common cause 1 of 3, an item of the "Common causes" list.
http-417-cause-1 = Un ancien proxy, comme Squid 2.x avec ses connexions HTTP/1.0 vers l'amont, a refusé un `Expect: 100-continue` envoyé par .NET ou curl.

# HTTP 417 Expectation Failed: common cause 2 of 3, an item of the "Common causes" list.
http-417-cause-2 = Une ancienne version de lighttpd 1.4 répondait `417` à toute requête portant `Expect: 100-continue`, son comportement par défaut sauf réglage contraire.

# HTTP 417 Expectation Failed: common cause 3 of 3, an item of the "Common causes" list.
http-417-cause-3 = Un client ou un test a envoyé une attente autre que `100-continue`, que les serveurs ont le droit de refuser.

# HTTP 417 Expectation Failed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-417-fix-visitor-1 = Vous n'y pouvez rien : un serveur ou un proxy sur le trajet a refusé la requête de l'application ; essayez un autre réseau, ou signalez le problème à l'éditeur de l'application.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-1 = Cessez d'envoyer l'en-tête depuis les clients : `curl -H 'Expect:'`, `ServicePointManager.Expect100Continue = false` dans .NET Framework, ou `ExpectContinue = false` sur `HttpClient.DefaultRequestHeaders` dans .NET.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-2 = Sur un ancien lighttpd, définissez `server.reject-expect-100-with-417 = "disable"` ou mettez-le à jour, afin qu'il cesse de refuser `100-continue`.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-3 = Trouvez quel intermédiaire répond en comparant les en-têtes `Via` et `Server` du `417` avec ceux d'une réponse normale, car ce n'est souvent pas le serveur d'origine qui refuse.

# HTTP 417 Expectation Failed compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-417-vs-100 = `100` indique que l'attente est satisfaite et que le client doit envoyer le corps ; `417` indique qu'elle ne peut pas l'être et que le client doit réessayer sans elle.

# HTTP 417 Expectation Failed compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-417-vs-400 = Envoyez `417` lorsque seul l'en-tête `Expect` pose problème ; envoyez `400` lorsque la requête est mal formée d'une autre manière.

## HTTP 418 (Unused)

# HTTP 418 (Unused): one-line summary at the top of the explainer (TL;DR).
http-418-tldr = Inutilisé : le code humoristique « I'm a teapot », réservé pour ne jamais être attribué, et qui n'est pas une véritable erreur.

# HTTP 418 (Unused): the "What it means" paragraph of the explainer.
http-418-meaning = Ce code n'a aucune sémantique HTTP : la RFC 9110 le réserve parce que la plaisanterie du Hyper Text Coffee Pot Control Protocol est intégrée à tant de bibliothèques, de Node.js au `http.StatusTeapot` de Go, que donner une nouvelle signification à ce numéro sèmerait la confusion. Un client qui le reçoit doit le traiter comme un `400` générique, puisqu'il n'a aucun comportement défini qui lui soit propre. Certains sites l'envoient volontairement, comme easter egg ou pour éconduire robots et outils de scraping, ce qui rend leurs journaux et leur supervision difficiles à lire. Les vraies API doivent choisir un code enregistré qui dit ce qui s'est réellement passé.

# HTTP 418 (Unused): common cause 1 of 3, an item of the "Common causes" list.
http-418-cause-1 = Un site ou un WAF répond volontairement `418` aux clients automatisés ou aux requêtes bloquées, par plaisanterie, au lieu de `403` ou `429`.

# HTTP 418 (Unused): common cause 2 of 3, an item of the "Common causes" list.
http-418-cause-2 = Un développeur a laissé une route easter egg, comme la page théière de Google, ou un handler provisoire qui renvoie `418`.

# HTTP 418 (Unused): common cause 3 of 3, an item of the "Common causes" list.
http-418-cause-3 = Du code de test ou de démonstration utilise `418` parce qu'il a peu de chances d'entrer en collision avec de vrais statuts, et il s'est retrouvé en production.

# HTTP 418 (Unused): what a visitor can do, the only item of "How to fix it (for visitors)".
http-418-fix-visitor-1 = Rien d'utile : le serveur plaisante ou refuse les accès automatisés ; si vous êtes une personne, rechargez la page, et contactez le site si le problème persiste.

# HTTP 418 (Unused): what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-418-fix-developer-1 = Remplacez `418` par le code voulu, comme `403` pour un client bloqué, `429` pour une limitation de débit ou `501` pour une fonctionnalité absente.

# HTTP 418 (Unused): what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-418-fix-developer-2 = Si vos tests ont besoin d'un statut inhabituel, tenez `418` à l'écart des chemins de production et des alertes de supervision, où quelqu'un finira par mal l'interpréter.

# HTTP 418 (Unused) compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-418-vs-403 = Envoyez `403` pour refuser réellement une requête ; `418` n'a aucune signification dont les clients ou la supervision puissent tenir compte.

# HTTP 418 (Unused) compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-418-vs-501 = Envoyez `501` lorsque le serveur ne prend pas en charge ce qui est demandé ; `418` est un code humoristique qui ne doit pas le remplacer.

## HTTP 421 Misdirected Request

# HTTP 421 Misdirected Request: one-line summary at the top of the explainer (TL;DR).
http-421-tldr = La requête est parvenue à un serveur qui ne sert pas le nom d'hôte demandé, souvent via une connexion HTTP/2 réutilisée.

# HTTP 421 Misdirected Request: the "What it means" paragraph of the explainer.
http-421-meaning = HTTP/2 et HTTP/3 permettent à un client de réutiliser une même connexion pour plusieurs noms d'hôte lorsqu'ils pointent vers la même adresse et que le certificat TLS les couvre tous, une pratique appelée regroupement de connexions (connection coalescing). Si le serveur à l'autre bout n'est pas configuré pour l'hôte de la requête, il répond `421`, et le client peut réessayer sur une nouvelle connexion, ce que les navigateurs font automatiquement. Les serveurs l'envoient aussi lorsque le nom SNI de TLS et l'en-tête `Host` d'une requête ne concordent pas ; Apache 2.4.64 a rendu cette vérification plus stricte, et de nombreuses configurations de proxy inverse qui n'envoyaient jamais de SNI ont commencé à recevoir `421`. Les proxys ne doivent pas générer ce code : il est destiné au serveur qui a reçu une requête adressée à une autre autorité.

# HTTP 421 Misdirected Request: common cause 1 of 4, an item of the "Common causes" list.
http-421-cause-1 = Un certificat générique (wildcard) ou multinom couvre deux sites à la même adresse IP, le navigateur a regroupé leurs connexions HTTP/2, et le serveur qui n'héberge que l'un d'eux a reçu des requêtes destinées à l'autre.

# HTTP 421 Misdirected Request: common cause 2 of 4, an item of the "Common causes" list.
http-421-cause-2 = Un proxy inverse se connecte à un serveur en amont en HTTPS sans SNI, comme nginx avec son réglage par défaut `proxy_ssl_server_name off`, ou avec un nom différent de l'en-tête `Host`, et Apache rejette cette discordance.

# HTTP 421 Misdirected Request: common cause 3 of 4, an item of the "Common causes" list.
http-421-cause-3 = Apache a été mis à jour vers la version 2.4.64 ou ultérieure, et un proxy, un CDN ou un panneau de contrôle placé devant, qui fonctionnait jusque-là sans SNI, reçoit désormais `421`.

# HTTP 421 Misdirected Request: common cause 4 of 4, an item of the "Common causes" list.
http-421-cause-4 = Un CDN transmet au serveur d'origine des requêtes pour un nom d'hôte que la configuration des hôtes virtuels de celui-ci ne liste pas.

# HTTP 421 Misdirected Request: what a visitor can do, the only item of "How to fix it (for visitors)".
http-421-fix-visitor-1 = Rechargez la page ; votre navigateur ouvre une nouvelle connexion, et cela fonctionne généralement.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-1 = Faites correspondre le nom SNI de TLS à l'en-tête `Host` pour le HTTPS relayé par un proxy : dans nginx, définissez `proxy_ssl_server_name on;` et `proxy_ssl_name $host;`, et dans HAProxy, utilisez l'option de serveur `sni`.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-2 = Servez tous les noms d'un certificat partagé depuis le même serveur, ou utilisez des certificats ou des adresses IP distincts, afin que les navigateurs ne regroupent pas les connexions vers un serveur qui rejette certains de ces noms.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-3 = Cherchez dans le journal d'erreurs d'Apache le message indiquant que le nom d'hôte SNI et le nom d'hôte HTTP ne correspondent pas ; il donne les deux valeurs.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-4 = Confirmez le regroupement avec `curl -v --http1.1` et `curl -v --http2` sur l'hôte : si seul le chemin HTTP/2 échoue dans les navigateurs, la réutilisation des connexions est en cause.

# HTTP 421 Misdirected Request compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-421-vs-404 = Envoyez `421` lorsque la requête était destinée à un hôte que vous ne servez pas et qu'une nouvelle connexion devrait régler le problème ; envoyez `404` lorsque l'hôte est le bon mais que le chemin n'existe pas.

# HTTP 421 Misdirected Request compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-421-vs-400 = Envoyez `421` lorsque la requête est valide mais est arrivée au mauvais serveur ; envoyez `400` lorsque la requête elle-même est mal formée.

# HTTP 421 Misdirected Request compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-421-vs-502 = Un `421` provient d'un serveur d'origine qui a reçu une requête pour un hôte qu'il ne sert pas ; un `502` provient d'une passerelle dont le serveur en amont a mal répondu.

## HTTP 422 Unprocessable Content

# HTTP 422 Unprocessable Content: one-line summary at the top of the explainer (TL;DR).
http-422-tldr = Le serveur a compris le format de la requête, mais les données qu'elle contient sont invalides.

# HTTP 422 Unprocessable Content: the "What it means" paragraph of the explainer.
http-422-meaning = `422` distingue les erreurs sémantiques des erreurs de syntaxe : le type de contenu est pris en charge et le corps s'analyse, mais ses valeurs ou sa structure enfreignent les règles du serveur, comme un champ obligatoire manquant, une date dans le passé ou une valeur d'énumération inconnue. WebDAV l'a d'abord défini dans la RFC 4918 sous le nom Unprocessable Entity ; la RFC 9110 l'a intégré à HTTP et renommé Unprocessable Content, et certains frameworks et bibliothèques utilisent encore l'ancien nom. Le client ne doit pas répéter la requête sans la modifier. Un corps qui liste chaque champ invalide avec la raison permet aux clients d'afficher les erreurs à côté des bons champs de saisie.

# HTTP 422 Unprocessable Content: common cause 1 of 4, an item of the "Common causes" list.
http-422-cause-1 = Un corps JSON échoue à la validation du schéma, par exemple parce qu'un champ obligatoire manque ou qu'une valeur est du mauvais type, ce que FastAPI signale automatiquement avec `422`.

# HTTP 422 Unprocessable Content: common cause 2 of 4, an item of the "Common causes" list.
http-422-cause-2 = Un formulaire enfreint une règle métier, comme un mot de passe trop court, et l'application, construite par exemple avec Laravel ou Rails, répond `422`.

# HTTP 422 Unprocessable Content: common cause 3 of 4, an item of the "Common causes" list.
http-422-cause-3 = Une valeur fait référence à quelque chose qui n'existe pas, comme un identifiant de catégorie inconnu dans un corps par ailleurs valide.

# HTTP 422 Unprocessable Content: common cause 4 of 4, an item of the "Common causes" list.
http-422-cause-4 = Un client envoie des champs d'une version plus récente ou plus ancienne de l'API que le serveur ne reconnaît pas ou n'accepte plus.

# HTTP 422 Unprocessable Content: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-422-fix-visitor-1 = Lisez les messages d'erreur du formulaire, corrigez les champs qu'ils signalent et renvoyez le formulaire.

# HTTP 422 Unprocessable Content: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-422-fix-visitor-2 = Si aucun message ne s'affiche, vérifiez les champs obligatoires et les formats, comme les dates, les numéros de téléphone et les adresses e-mail.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-1 = Renvoyez des erreurs au niveau des champs dans le corps, par exemple un document problem details (RFC 9457) avec un tableau `errors` donnant, pour chaque champ invalide, un pointeur et un message.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-2 = Dans FastAPI, lisez la liste `detail` du `422` pour voir quel champ a échoué ; cela signifie souvent que le client a envoyé un paramètre dans la chaîne de requête au lieu du corps, ou l'inverse.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-3 = Dans Rails avec Hotwire Turbo, affichez un formulaire en échec avec `status: :unprocessable_content` (`:unprocessable_entity` dans les anciennes versions de Rack), sinon Turbo n'affichera pas les erreurs.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-4 = Définissez les règles de validation une seule fois, par exemple dans un JSON Schema ou un document OpenAPI, afin que le client et le serveur signalent les mêmes erreurs.

# HTTP 422 Unprocessable Content compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-422-vs-400 = Envoyez `422` lorsque le corps est bien formé mais que son contenu est invalide ; envoyez `400` lorsqu'il ne peut même pas être analysé.

# HTTP 422 Unprocessable Content compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-422-vs-409 = Envoyez `422` lorsque les données sont invalides en elles-mêmes ; envoyez `409` lorsqu'elles sont valides mais entrent en conflit avec l'état actuel de la ressource.

# HTTP 422 Unprocessable Content compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-422-vs-415 = Envoyez `422` pour des valeurs invalides dans un format pris en charge ; envoyez `415` lorsque le format lui-même n'est pas pris en charge.

## HTTP 423 Locked

# HTTP 423 Locked: one-line summary at the top of the explainer (TL;DR).
http-423-tldr = Une ressource WebDAV est verrouillée et ne peut donc pas être modifiée pour l'instant.

# HTTP 423 Locked: the "What it means" paragraph of the explainer.
http-423-meaning = Les clients WebDAV posent des verrous avec la méthode `LOCK` pour empêcher d'autres personnes de modifier une ressource ; le serveur renvoie un jeton de verrou dans l'en-tête `Lock-Token`, avec un délai d'expiration. Une requête qui modifierait une ressource verrouillée, comme `PUT`, `DELETE`, `MOVE` ou `PROPPATCH`, échoue avec `423`, sauf si elle prouve qu'elle détient le verrou en envoyant le jeton dans un en-tête `If`. Un verrou prend fin avec `UNLOCK` ou à l'expiration de son délai. Le corps peut contenir un élément de précondition comme `lock-token-submitted` indiquant l'URL verrouillée.

# HTTP 423 Locked: common cause 1 of 4, an item of the "Common causes" list.
http-423-cause-1 = Un autre utilisateur a ouvert le document dans une suite bureautique via WebDAV ou SharePoint, qui le verrouille pendant la modification.

# HTTP 423 Locked: common cause 2 of 4, an item of the "Common causes" list.
http-423-cause-2 = Un client a planté ou perdu sa connexion alors qu'il détenait un verrou, et le verrou n'a pas encore expiré.

# HTTP 423 Locked: common cause 3 of 4, an item of the "Common causes" list.
http-423-cause-3 = Nextcloud ou ownCloud signale un fichier comme verrouillé, parfois à cause d'entrées périmées dans son cache de verrouillage de fichiers.

# HTTP 423 Locked: common cause 4 of 4, an item of the "Common causes" list.
http-423-cause-4 = Un client de synchronisation tente d'écraser un fichier que le serveur a verrouillé pour une tâche en arrière-plan, comme une analyse antivirus.

# HTTP 423 Locked: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-423-fix-visitor-1 = Attendez que l'autre personne ferme le fichier, ou demandez-lui de le faire, puis réessayez.

# HTTP 423 Locked: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-423-fix-visitor-2 = Si personne ne le modifie, attendez que le verrou expire, ce qui peut prendre de quelques minutes à une heure selon le serveur.

# HTTP 423 Locked: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-1 = Trouvez le verrou avec un `PROPFIND` sur la propriété `lockdiscovery`, qui indique son propriétaire, son jeton et son délai d'expiration.

# HTTP 423 Locked: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-2 = Libérez un verrou périmé avec `UNLOCK` et le bon en-tête `Lock-Token`, ou via les outils d'administration du serveur ; dans Nextcloud, vérifiez `memcache.locking` et la table `oc_file_locks`.

# HTTP 423 Locked: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-3 = Envoyez le jeton de verrou dans l'en-tête `If` de chaque requête de modification tant que vous détenez le verrou, et renouvelez les verrous longs avant l'expiration de leur `Timeout`.

# HTTP 423 Locked: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-4 = Utilisez des délais d'expiration de verrou plus courts, afin que des clients plantés ne bloquent pas les autres longtemps.

# HTTP 423 Locked compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-423-vs-409 = Envoyez `423` lorsque c'est un verrou qui bloque la modification ; envoyez `409` lorsque l'état de la ressource entre en conflit avec elle d'une autre manière.

# HTTP 423 Locked compared with HTTP 424 Failed Dependency: when to use which, in the "Related codes" section.
http-423-vs-424 = Envoyez `423` pour la ressource verrouillée ; envoyez `424` pour les autres parties de la même requête qui ont échoué à cause d'elle.

## HTTP 424 Failed Dependency

# HTTP 424 Failed Dependency: one-line summary at the top of the explainer (TL;DR).
http-424-tldr = Cette partie de la requête n'a échoué que parce qu'une autre partie dont elle dépendait a échoué.

# HTTP 424 Failed Dependency: the "What it means" paragraph of the explainer.
http-424-meaning = La RFC 4918 utilise `424` surtout dans un corps `207 Multi-Status`, pour montrer quelles opérations n'ont pas été effectuées parce qu'une opération liée de la même requête a échoué. Le cas type est `PROPPATCH`, qui est atomique : si une propriété ne peut pas être définie, par exemple parce qu'elle est protégée, cette propriété reçoit sa véritable erreur, et toutes les autres propriétés de la requête reçoivent `424`. Le client doit corriger l'échec d'origine, dont le statut figure ailleurs dans le même corps, puis renvoyer toute la requête. Certaines API hors WebDAV utilisent `424` dans le même esprit, lorsqu'une étape d'une requête a échoué parce qu'une étape préalable a échoué.

# HTTP 424 Failed Dependency: common cause 1 of 3, an item of the "Common causes" list.
http-424-cause-1 = Un `PROPPATCH` a tenté de définir plusieurs propriétés et l'une a été rejetée : aucune des autres n'a donc été appliquée non plus.

# HTTP 424 Failed Dependency: common cause 2 of 3, an item of the "Common causes" list.
http-424-cause-2 = Un `COPY` ou un `MOVE` d'une collection n'a pas pu traiter l'un des membres, et les opérations qui en dépendaient ont été signalées comme échouées.

# HTTP 424 Failed Dependency: common cause 3 of 3, an item of the "Common causes" list.
http-424-cause-3 = Une API de traitement par lots traite les éléments en chaîne, et les éléments qui suivent un élément en échec sont signalés avec `424`.

# HTTP 424 Failed Dependency: what a visitor can do, the only item of "How to fix it (for visitors)".
http-424-fix-visitor-1 = Rien à faire pour cette partie elle-même : corrigez ou retirez l'élément à l'origine de la première erreur, puis réessayez.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-1 = Cherchez dans le même corps `207` l'entrée dont le statut n'est pas `424` ; c'est la véritable cause.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-2 = Renvoyez la requête sans la propriété ou l'élément en échec, puisque les méthodes atomiques n'ont rien appliqué.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-3 = Dans les API de traitement par lots qui empruntent `424`, indiquez pour chaque élément dépendant une référence à l'élément en échec qu'il attendait.

# HTTP 424 Failed Dependency compared with HTTP 207 Multi-Status: when to use which, in the "Related codes" section.
http-424-vs-207 = `424` décrit une opération à l'intérieur d'un corps `207` ; `207` est le statut global qui les regroupe toutes.

# HTTP 424 Failed Dependency compared with HTTP 423 Locked: when to use which, in the "Related codes" section.
http-424-vs-423 = Utilisez `423` pour l'opération qui s'est heurtée à un verrou ; utilisez `424` pour les opérations qui ont échoué à cause d'elle.

# HTTP 424 Failed Dependency compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-424-vs-409 = Utilisez `409` pour l'opération dont l'état propre est en conflit ; utilisez `424` pour les opérations qui n'ont échoué qu'à cause d'un autre échec.

## HTTP 425 Too Early

# HTTP 425 Too Early: one-line summary at the top of the explainer (TL;DR).
http-425-tldr = Le serveur refuse de traiter une requête envoyée dans les données précoces (early data) de TLS, car elle pourrait être rejouée ; le client doit la renvoyer après la négociation TLS.

# HTTP 425 Too Early: the "What it means" paragraph of the explainer.
http-425-meaning = TLS 1.3 permet à un client qui revient d'envoyer des données avec son premier message, avant la fin de la négociation (0-RTT), ce qui économise un aller-retour mais n'offre aucune protection contre un attaquant qui rejouerait ces octets. La RFC 8470 définit comment HTTP s'en accommode : un serveur ou un intermédiaire qui accepte les données précoces ne peut traiter que les requêtes qui peuvent être rejouées sans risque, et répond aux autres par `425`. Un proxy qui transmet une requête reçue en données précoces ajoute `Early-Data: 1`, afin que le serveur d'origine puisse prendre la même décision. Le client répète ensuite la requête une fois la négociation terminée, et les navigateurs le font sans solliciter l'utilisateur.

# HTTP 425 Too Early: common cause 1 of 3, an item of the "Common causes" list.
http-425-cause-1 = Un navigateur a repris une session TLS et envoyé un `POST` en données 0-RTT à un serveur qui n'accepte les données précoces que pour les méthodes sûres.

# HTTP 425 Too Early: common cause 2 of 3, an item of the "Common causes" list.
http-425-cause-2 = nginx avec `ssl_early_data on` transmet l'en-tête `Early-Data` à l'application, qui refuse les requêtes non idempotentes ainsi marquées.

# HTTP 425 Too Early: common cause 3 of 3, an item of the "Common causes" list.
http-425-cause-3 = Un CDN avec le 0-RTT activé a transmis une requête reçue en données précoces, et le serveur d'origine n'a pas voulu risquer un rejeu.

# HTTP 425 Too Early: what a visitor can do, the only item of "How to fix it (for visitors)".
http-425-fix-visitor-1 = Rien à faire : votre navigateur répète automatiquement la requête une fois la connexion sécurisée entièrement établie.

# HTTP 425 Too Early: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-1 = N'activez le 0-RTT que si votre application sait distinguer les requêtes sûres, et répondez `425` à toute requête non idempotente qui porte `Early-Data: 1`.

# HTTP 425 Too Early: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-2 = Dans nginx, transmettez l'indicateur au serveur en amont avec `proxy_set_header Early-Data $ssl_early_data;` pour que l'application puisse décider, ou laissez `ssl_early_data off`.

# HTTP 425 Too Early: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-3 = Assurez-vous que les clients maison réessaient après un `425` une fois la négociation terminée ; un client qui abandonne transforme une optimisation de vitesse en erreur.

# HTTP 425 Too Early compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-425-vs-400 = Envoyez `425` lorsque le seul problème est que la requête est arrivée en données précoces ; envoyez `400` lorsque la requête elle-même est incorrecte.

# HTTP 425 Too Early compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-425-vs-429 = `425` demande au client de répéter la requête un instant plus tard, une fois la négociation terminée ; `429` lui demande de ralentir parce qu'il en a envoyé trop.

## HTTP 426 Upgrade Required

# HTTP 426 Upgrade Required: one-line summary at the top of the explainer (TL;DR).
http-426-tldr = Le serveur refuse la requête avec le protocole actuel et nomme, dans `Upgrade`, le protocole vers lequel le client doit basculer.

# HTTP 426 Upgrade Required: the "What it means" paragraph of the explainer.
http-426-meaning = Avec `426`, le serveur indique qu'il ne traitera la requête qu'après un changement de protocole, et il doit envoyer un en-tête `Upgrade` listant les protocoles acceptables, généralement avec `Connection: Upgrade`. Le client recommence alors avec une requête de changement de protocole, que le serveur accepte avec `101`. Ce mécanisme n'existe qu'en HTTP/1.1. Le code apparaît le plus souvent lorsqu'un point de terminaison WebSocket est atteint par une requête HTTP ordinaire et, historiquement, avec le mécanisme `Upgrade: TLS/1.0` de la RFC 2817, que les navigateurs n'ont jamais implémenté.

# HTTP 426 Upgrade Required: common cause 1 of 4, an item of the "Common causes" list.
http-426-cause-1 = Un navigateur ou `curl` a demandé une URL WebSocket comme une page ordinaire, sans `Upgrade: websocket` ; les serveurs construits sur la bibliothèque `ws` de Node.js répondent à ces requêtes par `426`.

# HTTP 426 Upgrade Required: common cause 2 of 4, an item of the "Common causes" list.
http-426-cause-2 = Un proxy inverse a supprimé les en-têtes `Upgrade` et `Connection` : une véritable poignée de main WebSocket a donc atteint le backend sous la forme d'un simple `GET`.

# HTTP 426 Upgrade Required: common cause 3 of 4, an item of the "Common causes" list.
http-426-cause-3 = Un client a utilisé une version de protocole que le point de terminaison n'accepte plus sans changement de protocole, comme HTTP/1.0.

# HTTP 426 Upgrade Required: common cause 4 of 4, an item of the "Common causes" list.
http-426-cause-4 = Une API détourne `426` pour demander aux applications mobiles obsolètes de se mettre à jour, ce qui ne correspond pas au sens du code.

# HTTP 426 Upgrade Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-426-fix-visitor-1 = Rien à faire : cette adresse est destinée à une application ou à une connexion en direct, pas à une page ; ouvrez plutôt la page normale du site.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-1 = Transmettez les en-têtes de changement de protocole à travers les proxys : dans nginx, `proxy_http_version 1.1;` avec `proxy_set_header Upgrade $http_upgrade;` et `proxy_set_header Connection "upgrade";`, et vérifiez que le CDN autorise les WebSockets.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-2 = Testez la poignée de main avec un client WebSocket, comme `websocat` ou la console du navigateur, plutôt qu'avec une simple requête `curl`.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-3 = Incluez toujours l'en-tête `Upgrade` dans un `426`, et demandez aux utilisateurs de mettre à jour une application avec un autre code, comme `400` accompagné d'un code d'erreur clair.

# HTTP 426 Upgrade Required compared with HTTP 101 Switching Protocols: when to use which, in the "Related codes" section.
http-426-vs-101 = Envoyez `101` lorsque vous acceptez un changement de protocole demandé par le client ; envoyez `426` lorsque le client ne l'a pas demandé et qu'il le doit.

# HTTP 426 Upgrade Required compared with HTTP 505 HTTP Version Not Supported: when to use which, in the "Related codes" section.
http-426-vs-505 = Envoyez `426` lorsque le client peut poursuivre après avoir basculé vers un protocole que vous nommez ; envoyez `505` lorsque vous rejetez la version HTTP de la requête elle-même.

## HTTP 428 Precondition Required

# HTTP 428 Precondition Required: one-line summary at the top of the explainer (TL;DR).
http-428-tldr = Le serveur n'accepte cette modification que sous forme de requête conditionnelle, par exemple avec `If-Match`.

# HTTP 428 Precondition Required: the "What it means" paragraph of the explainer.
http-428-meaning = La RFC 6585 définit `428` pour les serveurs qui veulent éviter les pertes de mises à jour : plutôt que d'accepter un `PUT`, un `PATCH` ou un `DELETE` inconditionnel qui pourrait écraser la modification de quelqu'un d'autre, ils exigent que le client indique quelle version il a modifiée. Le client récupère la ressource, lit son `ETag` et répète la modification avec `If-Match` portant cette valeur ; le serveur l'applique alors, ou répond `412` si la ressource a changé entre-temps. La réponse doit expliquer quelle précondition est requise, et les caches ne doivent pas la stocker.

# HTTP 428 Precondition Required: common cause 1 of 3, an item of the "Common causes" list.
http-428-cause-1 = Un client a envoyé `PUT`, `PATCH` ou `DELETE` sans `If-Match` à une API qui impose le verrouillage optimiste.

# HTTP 428 Precondition Required: common cause 2 of 3, an item of the "Common causes" list.
http-428-cause-2 = Une bibliothèque cliente ou un SDK ne conserve pas l'`ETag` de son `GET` précédent, et n'a donc rien à renvoyer.

# HTTP 428 Precondition Required: common cause 3 of 3, an item of the "Common causes" list.
http-428-cause-3 = Un proxy ou une extension de navigateur a supprimé `If-Match` ou `If-Unmodified-Since` de la requête.

# HTTP 428 Precondition Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-428-fix-visitor-1 = Vous n'y pouvez rien : l'application n'a pas envoyé les informations de version qu'exige le serveur ; rechargez la page et réessayez, ou signalez le problème.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-1 = Lisez l'`ETag` de la réponse au `GET` et renvoyez-le tel quel dans `If-Match` avec la mise à jour ; pour les clients navigateur multi-origines, exposez `ETag` via `Access-Control-Expose-Headers`.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-2 = Indiquez l'en-tête requis dans le corps du `428`, par exemple dans un document problem details qui nomme `If-Match`.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-3 = N'exigez de préconditions que pour les méthodes qui modifient l'état, et documentez la règle afin que les développeurs de clients l'intègrent dès le départ.

# HTTP 428 Precondition Required compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-428-vs-412 = Envoyez `428` lorsque la requête ne porte aucune précondition ; envoyez `412` lorsqu'elle en porte une qui est fausse.

# HTTP 428 Precondition Required compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-428-vs-409 = Envoyez `428` pour obliger les clients à utiliser `If-Match`, afin que les conflits soient détectés de manière fiable ; envoyez `409` lorsque vous détectez un conflit sans préconditions.

## HTTP 429 Too Many Requests

# HTTP 429 Too Many Requests: one-line summary at the top of the explainer (TL;DR).
http-429-tldr = Vous avez envoyé trop de requêtes en un temps donné et devez ralentir.

# HTTP 429 Too Many Requests: the "What it means" paragraph of the explainer.
http-429-meaning = `429` est le signal de limitation de débit : le serveur ou une passerelle a compté les requêtes du client, par clé d'API, utilisateur, adresse IP ou jeton, et le client a dépassé la limite ; la RFC 6585 laisse au serveur le choix de la manière d'identifier les clients et de compter. `Retry-After` donne l'attente sous forme d'un nombre de secondes ou d'une date HTTP, et de nombreuses API ajoutent des en-têtes décrivant le quota, comme `X-RateLimit-Remaining` ou les champs `RateLimit` et `RateLimit-Policy` d'un brouillon de l'IETF. Les clients doivent attendre au moins ce délai, puis réessayer avec un délai d'attente exponentiel et une part d'aléatoire (jitter) ; réessayer aussitôt ne fait que prolonger le blocage. Les caches ne doivent pas stocker de `429`.

# HTTP 429 Too Many Requests: common cause 1 of 5, an item of the "Common causes" list.
http-429-cause-1 = Un script ou une intégration interroge une API en boucle sans pause, ou réessaie aussitôt chaque échec et multiplie ainsi son propre trafic.

# HTTP 429 Too Many Requests: common cause 2 of 5, an item of the "Common causes" list.
http-429-cause-2 = De nombreux utilisateurs partagent une même adresse IP publique, comme le NAT d'un bureau, un opérateur mobile ou un service de CI, et dépassent ensemble une limite par IP.

# HTTP 429 Too Many Requests: common cause 3 of 5, an item of the "Common causes" list.
http-429-cause-3 = Un client non authentifié a atteint un faible quota anonyme, comme les 60 requêtes d'API par heure de GitHub sans jeton.

# HTTP 429 Too Many Requests: common cause 4 of 5, an item of the "Common causes" list.
http-429-cause-4 = Une API cloud ou d'IA applique des quotas de requêtes par minute ou de tokens par minute selon l'offre du compte.

# HTTP 429 Too Many Requests: common cause 5 of 5, an item of the "Common causes" list.
http-429-cause-5 = Le `limit_req` de nginx a rejeté les requêtes excédentaires et était configuré avec `limit_req_status 429` ; par défaut, il répondrait `503`.

# HTTP 429 Too Many Requests: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-429-fix-visitor-1 = Attendez une minute, ou le délai indiqué par la page, puis réessayez ; recharger à répétition prolonge le blocage.

# HTTP 429 Too Many Requests: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-429-fix-visitor-2 = Si vous êtes sur un réseau partagé, comme celui d'un bureau ou un Wi-Fi public, réessayez plus tard ou depuis une autre connexion.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-1 = Respectez `Retry-After` et espacez les nouvelles tentatives de façon exponentielle avec une part d'aléatoire ; des bibliothèques comme `Retry` de `urllib3` ou Polly pour .NET le font pour vous.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-2 = Envoyez `Retry-After` et le quota restant dans vos propres réponses `429`, afin que les clients puissent régler leur rythme au lieu de deviner.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-3 = Réduisez le volume de requêtes en mettant les réponses en cache, en regroupant les appels et en utilisant des webhooks plutôt que l'interrogation périodique.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-4 = Dans nginx, définissez `limit_req_status 429;` et un `burst` sur `limit_req`, afin que les pics brefs soient mis en file d'attente plutôt que rejetés.

# HTTP 429 Too Many Requests compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-429-vs-503 = Envoyez `429` lorsqu'un client dépasse son quota ; envoyez `503` lorsque l'ensemble du service est surchargé ou indisponible pour tout le monde.

# HTTP 429 Too Many Requests compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-429-vs-403 = Envoyez `429` lorsque le client peut réessayer après avoir attendu ; envoyez `403` lorsqu'il est refusé, quelle que soit la lenteur de ses demandes.

## HTTP 431 Request Header Fields Too Large

# HTTP 431 Request Header Fields Too Large: one-line summary at the top of the explainer (TL;DR).
http-431-tldr = Les en-têtes de la requête, souvent ses cookies, sont trop volumineux pour le serveur.

# HTTP 431 Request Header Fields Too Large: the "What it means" paragraph of the explainer.
http-431-meaning = Les serveurs limitent la taille de chaque champ d'en-tête et de la section d'en-têtes dans son ensemble ; lorsqu'une requête dépasse l'une de ces limites, ils peuvent répondre `431`, idéalement en nommant le champ trop volumineux. Le client peut réessayer après avoir réduit ses en-têtes, ce qui, dans un navigateur, signifie généralement supprimer les cookies du site. Tous les serveurs n'utilisent pas ce code : nginx et Apache signalent la même situation par `400`, alors que Node.js, par exemple, répond `431` lorsque les en-têtes dépassent sa limite `--max-http-header-size` de 16 ko. Il est défini par la RFC 6585.

# HTTP 431 Request Header Fields Too Large: common cause 1 of 4, an item of the "Common causes" list.
http-431-cause-1 = Le site et ses sous-domaines définissent de nombreux cookies, pour la mesure d'audience, les tests A/B et les sessions, et ensemble ils dépassent la limite.

# HTTP 431 Request Header Fields Too Large: common cause 2 of 4, an item of the "Common causes" list.
http-431-cause-2 = Pendant le développement sur `localhost`, des applications sur des ports différents partagent les mêmes cookies, car les cookies ne dépendent pas du port : ils s'accumulent donc.

# HTTP 431 Request Header Fields Too Large: common cause 3 of 4, an item of the "Common causes" list.
http-431-cause-3 = Un gros JWT ou jeton de session circule dans un cookie ou dans l'en-tête `Authorization` et grossit à chaque claim ou rôle ajouté.

# HTTP 431 Request Header Fields Too Large: common cause 4 of 4, an item of the "Common causes" list.
http-431-cause-4 = Un proxy ou une passerelle ajoute des en-têtes, comme une longue chaîne `X-Forwarded-For` ou des en-têtes de traçage, qui font dépasser la limite à une requête déjà limite.

# HTTP 431 Request Header Fields Too Large: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-431-fix-visitor-1 = Supprimez les cookies de ce site dans les réglages de votre navigateur, puis rechargez la page et reconnectez-vous.

# HTTP 431 Request Header Fields Too Large: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-431-fix-visitor-2 = Essayez une fenêtre de navigation privée ; si la page y fonctionne, vos cookies enregistrés étaient en cause.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-1 = Trouvez l'en-tête trop volumineux avec le panneau Réseau du navigateur ou `curl -v`, et vérifiez la taille des cookies dans le panneau Application des DevTools.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-2 = Gardez les données de session sur le serveur et ne placez qu'un identifiant dans le cookie, et limitez la portée des cookies avec `Domain` et `Path` afin qu'ils ne soient pas envoyés partout.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-3 = N'augmentez les limites que dans la mesure nécessaire, et de façon cohérente sur toutes les couches : `large_client_header_buffers` dans nginx, `LimitRequestFieldSize` dans Apache, `--max-http-header-size` dans Node.js, et la limite propre au répartiteur de charge.

# HTTP 431 Request Header Fields Too Large compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-431-vs-413 = Envoyez `431` lorsque les en-têtes sont trop volumineux ; envoyez `413` lorsque c'est le corps qui l'est.

# HTTP 431 Request Header Fields Too Large compared with HTTP 414 URI Too Long: when to use which, in the "Related codes" section.
http-431-vs-414 = Envoyez `431` lorsque les champs d'en-tête sont trop volumineux ; envoyez `414` lorsque c'est l'URI cible de la requête qui est trop longue.

# HTTP 431 Request Header Fields Too Large compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-431-vs-400 = Envoyez `431` lorsque vous pouvez déterminer que les en-têtes sont trop volumineux, afin que les clients sachent quoi corriger ; un `400` générique les laisse deviner.

## HTTP 451 Unavailable For Legal Reasons

# HTTP 451 Unavailable For Legal Reasons: one-line summary at the top of the explainer (TL;DR).
http-451-tldr = L'accès à la ressource est bloqué en raison d'une exigence légale, comme une décision de justice ou une interdiction gouvernementale.

# HTTP 451 Unavailable For Legal Reasons: the "What it means" paragraph of the explainer.
http-451-meaning = La RFC 7725 définit `451` pour que la censure légale et les restrictions géographiques imposées par la loi soient visibles en tant que telles, au lieu d'être déguisées en `403` ou en `404`. Le corps doit expliquer l'exigence légale, qui l'a formulée et en vertu de quelle loi, et un en-tête `Link` avec `rel="blocked-by"` identifie l'entité qui applique le blocage, qui peut être le site, son hébergeur ou un opérateur réseau plutôt que l'autorité à l'origine de l'exigence. Ce code peut provenir du serveur d'origine ou d'un intermédiaire comme un fournisseur d'accès à Internet. Un `451` peut être mis en cache par défaut, car les blocages légaux durent généralement.

# HTTP 451 Unavailable For Legal Reasons: common cause 1 of 4, an item of the "Common causes" list.
http-451-cause-1 = Un site bloque les visiteurs d'une région dont il ne respecte pas la législation, comme l'ont fait plusieurs sites d'information américains pour les visiteurs de l'UE à l'entrée en vigueur du RGPD.

# HTTP 451 Unavailable For Legal Reasons: common cause 2 of 4, an item of the "Common causes" list.
http-451-cause-2 = Une décision de justice ou une notification de retrait pour atteinte au droit d'auteur oblige un hébergeur à bloquer l'accès à un contenu précis.

# HTTP 451 Unavailable For Legal Reasons: common cause 3 of 4, an item of the "Common causes" list.
http-451-cause-3 = Un fournisseur d'accès à Internet ou un filtre national bloque un site en vertu d'une décision gouvernementale et affiche une page `451`.

# HTTP 451 Unavailable For Legal Reasons: common cause 4 of 4, an item of the "Common causes" list.
http-451-cause-4 = Une plateforme masque une publication ou un compte dans un pays à la suite d'une demande légale de ce pays.

# HTTP 451 Unavailable For Legal Reasons: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-451-fix-visitor-1 = Lisez l'explication affichée sur la page : elle doit indiquer qui a exigé le blocage, en vertu de quelle loi, et si un recours est possible.

# HTTP 451 Unavailable For Legal Reasons: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-451-fix-visitor-2 = Cherchez la même information auprès d'une autre source légale accessible depuis l'endroit où vous vous trouvez.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-1 = Indiquez dans le corps la base légale, l'autorité à l'origine de l'exigence et un lien vers plus de détails, et ajoutez un en-tête `Link` avec `rel="blocked-by"` nommant l'entité qui applique le blocage.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-2 = Utilisez `451` plutôt que `403` ou `404` pour les blocages imposés par la loi, afin que les utilisateurs, les chercheurs et les projets de transparence puissent les reconnaître.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-3 = Appliquez les blocages géographiques en bordure de réseau avec les règles par pays du CDN, et renvoyez `451` avec la page d'explication au lieu d'une page d'erreur générique.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-4 = Réglez `Cache-Control` en fonction de la durée prévue du blocage, car un `451` qui en est dépourvu peut être mis en cache.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-451-vs-403 = Envoyez `451` lorsqu'une exigence légale impose le refus ; envoyez `403` pour les refus fondés sur vos propres autorisations ou règles.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-451-vs-404 = Envoyez `451` pour révéler que le contenu existe mais qu'il est bloqué pour des raisons légales ; `404` cacherait le blocage à l'utilisateur.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-451-vs-410 = Envoyez `410` lorsque vous avez supprimé un contenu définitivement de votre propre initiative ; envoyez `451` lorsqu'une exigence légale le rend indisponible.

## HTTP 500 Internal Server Error

# HTTP 500 Internal Server Error: one-line summary at the top of the explainer (TL;DR).
http-500-tldr = Un problème est survenu sur le serveur pendant le traitement de la requête ; la requête elle-même est probablement correcte.

# HTTP 500 Internal Server Error: the "What it means" paragraph of the explainer.
http-500-meaning = `500` est le code fourre-tout des défaillances du serveur : celui-ci a rencontré une situation qu'il n'avait pas prévue, le plus souvent une exception non gérée, et a produit ce statut au lieu d'une véritable réponse. Il ne dit rien de la cause au client, et les serveurs doivent garder les traces de pile et les détails internes hors du corps, car ils aident davantage les attaquants que les utilisateurs. L'utilité d'une nouvelle tentative dépend de la cause : une défaillance passagère peut disparaître, alors qu'un bogue échoue de la même manière à chaque fois ; les clients ne doivent donc réessayer que les requêtes idempotentes, en espaçant les tentatives. Les informations utiles se trouvent côté serveur, dans ses journaux et son outil de suivi des erreurs, idéalement reliées à la réponse par un identifiant de requête.

# HTTP 500 Internal Server Error: common cause 1 of 5, an item of the "Common causes" list.
http-500-cause-1 = L'application a levé une exception qu'elle n'a pas interceptée, comme une référence nulle, une conversion de type ratée ou une variable de gabarit manquante.

# HTTP 500 Internal Server Error: common cause 2 of 5, an item of the "Common causes" list.
http-500-cause-2 = La base de données ou une autre dépendance était injoignable, et le code a laissé l'erreur remonter au lieu de signaler un `503` plus explicite.

# HTTP 500 Internal Server Error: common cause 3 of 5, an item of the "Common causes" list.
http-500-cause-3 = Une valeur de configuration ou un secret manque en production, par exemple une variable d'environnement qui n'existe que sur les machines des développeurs.

# HTTP 500 Internal Server Error: common cause 4 of 5, an item of the "Common causes" list.
http-500-cause-4 = Apache a trouvé une directive invalide dans un fichier `.htaccess`, ce qu'il signale par un `500` pour chaque requête dans ce répertoire.

# HTTP 500 Internal Server Error: common cause 5 of 5, an item of the "Common causes" list.
http-500-cause-5 = PHP a rencontré une erreur fatale ou atteint son `memory_limit` avec `display_errors` désactivé : seul un `500` nu parvient donc au navigateur.

# HTTP 500 Internal Server Error: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-500-fix-visitor-1 = Rechargez la page au bout d'une minute ; si l'erreur persiste, le problème vient du site, et seuls ses exploitants peuvent le corriger.

# HTTP 500 Internal Server Error: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-500-fix-visitor-2 = Si l'envoi d'un formulaire a échoué, vérifiez plus tard s'il a été enregistré avant de le renvoyer, pour éviter les doublons.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-1 = Commencez par les journaux à l'horodatage de la requête en échec : le journal de l'application, `journalctl -u` pour le service, le `error.log` de nginx ou le `error_log` d'Apache, et un outil de suivi des erreurs comme Sentry.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-2 = Renvoyez un identifiant de requête dans un en-tête de réponse et dans le corps de l'erreur, et journalisez-le avec l'exception, afin que le signalement d'un utilisateur mène directement à la trace de pile.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-3 = Reproduisez le problème en local avec les mêmes données et la même configuration, avec le mode débogage du framework activé sur votre machine, et jamais en production.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-4 = Interceptez les échecs prévisibles et associez-les à des codes exacts : `4xx` pour des données incorrectes, `503` pour des dépendances indisponibles, `504` pour des dépassements de délai.

# HTTP 500 Internal Server Error compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-500-vs-502 = Un `500` provient du serveur qui a exécuté le code défaillant ; un `502` provient d'un proxy dont le serveur en amont lui a donné une réponse invalide.

# HTTP 500 Internal Server Error compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-500-vs-503 = Envoyez `503` pour une incapacité à servir connue et temporaire, avec `Retry-After` ; `500` signifie une défaillance inattendue.

# HTTP 500 Internal Server Error compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-500-vs-501 = Envoyez `501` lorsque le serveur ne dispose pas d'une fonctionnalité par conception ; `500` sert aux défaillances des fonctionnalités qu'il prend en charge.

## HTTP 501 Not Implemented

# HTTP 501 Not Implemented: one-line summary at the top of the explainer (TL;DR).
http-501-tldr = Le serveur ne prend pas en charge ce dont la requête a besoin, généralement sa méthode.

# HTTP 501 Not Implemented: the "What it means" paragraph of the explainer.
http-501-meaning = Un serveur répond `501` lorsqu'il ne reconnaît pas la méthode de la requête, ou ne dispose pas de la capacité requise par la requête, pour aucune des ressources qu'il sert ; une méthode WebDAV comme `PROPFIND` envoyée à un serveur sans prise en charge de WebDAV en est un cas typique. La RFC 9112 indique aussi aux serveurs HTTP/1.1 de répondre `501` lorsqu'une requête utilise un codage de transfert qu'ils ne comprennent pas. La réponse peut être mise en cache de façon heuristique, puisque la même requête échouera de nouveau. Les clients ne doivent pas la réessayer telle quelle ; il leur faut une autre méthode ou un autre serveur.

# HTTP 501 Not Implemented: common cause 1 of 4, an item of the "Common causes" list.
http-501-cause-1 = Un client a envoyé une méthode WebDAV comme `PROPFIND` ou `MKCOL` à un serveur sans prise en charge de WebDAV.

# HTTP 501 Not Implemented: common cause 2 of 4, an item of the "Common causes" list.
http-501-cause-2 = Une requête a utilisé une méthode personnalisée ou mal orthographiée, comme `PURGE` envoyé à un serveur qui n'est pas un cache, ou une faute de frappe dans un client écrit à la main.

# HTTP 501 Not Implemented: common cause 3 of 4, an item of the "Common causes" list.
http-501-cause-3 = Un `Transfer-Encoding` autre que `chunked`, comme `gzip` sur une requête, a atteint un serveur qui ne sait pas le décoder.

# HTTP 501 Not Implemented: common cause 4 of 4, an item of the "Common causes" list.
http-501-cause-4 = Un bouchon d'API ou une route provisoire renvoie `501` pour une fonctionnalité prévue mais pas encore développée.

# HTTP 501 Not Implemented: what a visitor can do, the only item of "How to fix it (for visitors)".
http-501-fix-visitor-1 = Rien à faire : le site ne peut pas exécuter ce type de requête ; utilisez la fonctionnalité autrement, ou contactez le site.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-1 = Vérifiez la méthode qu'envoie votre client, avec `curl -v` ou le journal d'accès, et si le serveur et chaque proxy placé devant la prennent en charge.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-2 = Activez le module qui fournit la méthode si vous en avez besoin, comme `mod_dav` dans Apache ou la directive `dav_methods` dans nginx.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-3 = Utilisez `405` avec un en-tête `Allow` lorsque le serveur connaît la méthode mais que cette ressource ne la prend pas en charge, et réservez `501` à ce que le serveur n'implémente pas du tout.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-4 = Documentez tout `501` renvoyé pour des fonctionnalités d'API inachevées, et supprimez la route avant la mise en production si la fonctionnalité ne sera jamais développée.

# HTTP 501 Not Implemented compared with HTTP 405 Method Not Allowed: when to use which, in the "Related codes" section.
http-501-vs-405 = Envoyez `501` lorsque le serveur n'implémente la méthode nulle part ; envoyez `405` lorsqu'il l'implémente, mais pas pour cette ressource.

# HTTP 501 Not Implemented compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-501-vs-500 = Envoyez `501` pour une capacité absente ; envoyez `500` pour une défaillance lors de l'utilisation d'une capacité dont vous disposez.

## HTTP 502 Bad Gateway

# HTTP 502 Bad Gateway: one-line summary at the top of the explainer (TL;DR).
http-502-tldr = Une passerelle ou un proxy a reçu une réponse invalide, ou aucune réponse, du serveur situé derrière lui.

# HTTP 502 Bad Gateway: the "What it means" paragraph of the explainer.
http-502-meaning = `502` provient d'un intermédiaire, comme un proxy inverse, un répartiteur de charge ou un CDN, qui a transmis la requête et a reçu en retour quelque chose d'inexploitable : une connexion refusée ou réinitialisée, une connexion fermée prématurément, des en-têtes malformés ou une négociation TLS qui a échoué. L'application située derrière peut même ne journaliser aucune erreur : les journaux utiles sont donc ceux du proxy, qui nomment généralement le serveur en amont et la nature de l'échec. Comme la requête a pu atteindre le serveur en amont ou non, les clients ne doivent réessayer automatiquement que les requêtes idempotentes. Certains CDN ajoutent des codes non officiels pour des défaillances plus précises du serveur d'origine, comme les codes `520` à `526` de Cloudflare.

# HTTP 502 Bad Gateway: common cause 1 of 5, an item of the "Common causes" list.
http-502-cause-1 = L'application en amont a planté, redémarrait pendant un déploiement, ou a été tuée pour avoir consommé trop de mémoire : rien n'était donc à l'écoute.

# HTTP 502 Bad Gateway: common cause 2 of 5, an item of the "Common causes" list.
http-502-cause-2 = Le proxy pointe vers le mauvais hôte, le mauvais port ou le mauvais socket, par exemple `proxy_pass http://127.0.0.1:8000` alors que l'application écoute sur le port 3000.

# HTTP 502 Bad Gateway: common cause 3 of 5, an item of the "Common causes" list.
http-502-cause-3 = Le proxy parle TLS à un serveur en amont qui attend du HTTP en clair, ou l'inverse, ou le certificat du serveur en amont échoue à la vérification.

# HTTP 502 Bad Gateway: common cause 4 of 5, an item of the "Common causes" list.
http-502-cause-4 = Le serveur en amont ferme les connexions keep-alive inactives plus tôt que ne le prévoit le proxy, si bien que celui-ci envoie une requête sur une connexion déjà fermée.

# HTTP 502 Bad Gateway: common cause 5 of 5, an item of the "Common causes" list.
http-502-cause-5 = Le serveur en amont a envoyé des en-têtes de réponse plus grands que les tampons du proxy, ce que nginx journalise sous la forme "upstream sent too big header".

# HTTP 502 Bad Gateway: what a visitor can do, the only item of "How to fix it (for visitors)".
http-502-fix-visitor-1 = Rechargez la page après une courte attente ; le serveur situé derrière la passerelle du site a échoué, et seuls les exploitants du site peuvent le corriger.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-1 = Lisez le journal d'erreurs du proxy pour connaître la raison exacte, comme "connect() failed (111: Connection refused)" ou "upstream prematurely closed connection" dans nginx, ainsi que l'adresse du serveur en amont qu'il indique.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-2 = Testez le serveur en amont directement depuis l'hôte du proxy avec `curl -v` sur son adresse et son port, et vérifiez avec `ss -ltnp` que le processus écoute là où le proxy l'attend.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-3 = Donnez au serveur en amont un délai keep-alive plus long que le délai d'inactivité du proxy ou du répartiteur de charge, par exemple en portant `server.keepAliveTimeout` dans Node.js au-delà des 60 secondes du répartiteur de charge.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-4 = Augmentez `proxy_buffer_size` et `proxy_buffers` dans nginx lorsque les en-têtes du serveur en amont sont volumineux, et pour PHP-FPM, cherchez dans son journal des workers plantés ou épuisés.

# HTTP 502 Bad Gateway compared with HTTP 504 Gateway Timeout: when to use which, in the "Related codes" section.
http-502-vs-504 = Envoyez `502` lorsque le serveur en amont a répondu par quelque chose d'invalide ou a coupé la connexion ; envoyez `504` lorsqu'il n'a pas répondu à temps.

# HTTP 502 Bad Gateway compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-502-vs-500 = Un `502` signifie qu'un proxy n'a pas pu obtenir de réponse valide de son serveur en amont ; un `500` signifie que le serveur qui a traité la requête a lui-même échoué.

# HTTP 502 Bad Gateway compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-502-vs-503 = Envoyez `503` lorsque le service sait qu'il est indisponible et le dit ; un `502` signifie que la passerelle a sollicité un backend et a reçu une réponse défectueuse, ou aucune.

## HTTP 503 Service Unavailable

# HTTP 503 Service Unavailable: one-line summary at the top of the explainer (TL;DR).
http-503-tldr = Le serveur ne peut temporairement pas traiter la requête, pour cause de surcharge ou de maintenance ; réessayez plus tard.

# HTTP 503 Service Unavailable: the "What it means" paragraph of the explainer.
http-503-meaning = `503` indique aux clients que l'échec est temporaire et connu : le serveur ou un répartiteur de charge a choisi de ne pas traiter la requête. Un en-tête `Retry-After` donnant un nombre de secondes ou une date indique aux clients et aux robots d'indexation quand revenir ; les moteurs de recherche traitent un `503` bref comme une pause et gardent la page dans l'index, alors que des semaines de `503` peuvent l'en faire retirer. Les répartiteurs de charge et les contrôleurs Ingress répondent aussi `503` lorsqu'ils n'ont aucun backend en bonne santé vers lequel envoyer la requête. Les clients doivent espacer leurs tentatives et réessayer, en respectant `Retry-After`. Un `503` ne peut pas être mis en cache, sauf si ses en-têtes l'autorisent explicitement.

# HTTP 503 Service Unavailable: common cause 1 of 5, an item of the "Common causes" list.
http-503-cause-1 = Le site est en maintenance programmée et sert sa page de maintenance avec `503`.

# HTTP 503 Service Unavailable: common cause 2 of 5, an item of the "Common causes" list.
http-503-cause-2 = Tous les backends du répartiteur de charge ont échoué à leurs contrôles de santé, ou aucun n'est enregistré, comme avec un groupe cible AWS qui n'a aucune cible en bonne santé.

# HTTP 503 Service Unavailable: common cause 3 of 5, an item of the "Common causes" list.
http-503-cause-3 = Un Service Kubernetes n'a aucun pod prêt, par exemple pendant un déploiement dont la sonde de disponibilité (readiness probe) échoue : l'Ingress n'a donc aucun point de terminaison à utiliser.

# HTTP 503 Service Unavailable: common cause 4 of 5, an item of the "Common causes" list.
http-503-cause-4 = L'application est surchargée et déleste une partie de la charge, par exemple lorsque son pool de workers ou sa limite de connexions est saturé.

# HTTP 503 Service Unavailable: common cause 5 of 5, an item of the "Common causes" list.
http-503-cause-5 = Varnish n'a pas pu obtenir de réponse de son backend et a répondu avec sa page "503 Backend fetch failed".

# HTTP 503 Service Unavailable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-503-fix-visitor-1 = Attendez quelques minutes et rechargez la page ; le site est temporairement indisponible ou surchargé.

# HTTP 503 Service Unavailable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-503-fix-visitor-2 = Consultez la page d'état du service ou ses comptes sur les réseaux sociaux pour voir si une maintenance a été annoncée.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-1 = Envoyez `Retry-After` avec les pages de maintenance et les réponses de délestage, et servez la maintenance avec `503` plutôt qu'avec `200`, afin que les robots d'indexation n'indexent pas la page de maintenance.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-2 = Vérifiez l'état de santé des cibles du répartiteur de charge et le chemin de son contrôle de santé : une sonde qui interroge une URL lente ou protégée par authentification marque comme hors service des serveurs en bonne santé.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-3 = Dans Kubernetes, lancez `kubectl get endpoints` et `kubectl describe pod` pour voir si les sondes de disponibilité échouent.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-4 = Ajoutez de la capacité ou une file d'attente des requêtes avant de délester, et définissez `limit_req_status 429;` là où ce sont les limites de débit, et non la surcharge, qui doivent répondre.

# HTTP 503 Service Unavailable compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-503-vs-500 = Envoyez `503` lorsque l'interruption est temporaire et doit prendre fin ; `500` signale une erreur inattendue.

# HTTP 503 Service Unavailable compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-503-vs-429 = Envoyez `503` lorsque l'ensemble du service est saturé ou indisponible ; envoyez `429` lorsqu'un seul client dépasse son quota.

# HTTP 503 Service Unavailable compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-503-vs-502 = Un `503` signifie que le service se déclare lui-même, ou déclare ses backends, indisponible ; un `502` signifie qu'une passerelle a atteint un backend qui n'a pas répondu correctement.

## HTTP 504 Gateway Timeout

# HTTP 504 Gateway Timeout: one-line summary at the top of the explainer (TL;DR).
http-504-tldr = Une passerelle ou un proxy a attendu trop longtemps le serveur situé derrière lui et a abandonné.

# HTTP 504 Gateway Timeout: the "What it means" paragraph of the explainer.
http-504-meaning = `504` provient d'un intermédiaire qui a transmis la requête mais n'a pas reçu de réponse complète dans son délai d'expiration ; le serveur en amont traite peut-être encore la requête et pourra la mener à bien plus tard. Cela compte pour les requêtes non idempotentes : un `POST` qui a expiré au niveau du proxy peut tout de même créer sa ressource, et les clients doivent donc vérifier avant de réessayer. Chaque couche a son propre délai d'expiration, et c'est le plus court qui l'emporte : un CDN, un répartiteur de charge et un proxy inverse peuvent chacun couper la requête à un moment différent. La solution durable consiste généralement à rendre le traitement plus rapide ou asynchrone, et pas seulement à augmenter les délais.

# HTTP 504 Gateway Timeout: common cause 1 of 5, an item of the "Common causes" list.
http-504-cause-1 = Une requête lente à la base de données, un rapport ou un appel à une API externe occupe l'application plus longtemps que le `proxy_read_timeout` de 60 secondes de nginx.

# HTTP 504 Gateway Timeout: common cause 2 of 5, an item of the "Common causes" list.
http-504-cause-2 = La limite d'une passerelle gérée a expiré en premier, comme le délai d'intégration de 29 secondes d'AWS API Gateway ou le délai d'inactivité par défaut de 60 secondes d'un Application Load Balancer.

# HTTP 504 Gateway Timeout: common cause 3 of 5, an item of the "Common causes" list.
http-504-cause-3 = Un pare-feu ou un groupe de sécurité rejette silencieusement les paquets destinés au serveur en amont, si bien que le proxy attend jusqu'à l'expiration de son délai de connexion.

# HTTP 504 Gateway Timeout: common cause 4 of 5, an item of the "Common causes" list.
http-504-cause-4 = Le serveur en amont est surchargé et les requêtes patientent dans sa file d'attente, par exemple lorsque tous les workers Gunicorn ou PHP-FPM sont occupés par des requêtes lentes.

# HTTP 504 Gateway Timeout: common cause 5 of 5, an item of the "Common causes" list.
http-504-cause-5 = Le nom DNS du serveur en amont se résout vers une adresse périmée ou injoignable.

# HTTP 504 Gateway Timeout: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-504-fix-visitor-1 = Patientez un instant et rechargez la page ; si vous aviez envoyé quelque chose, vérifiez d'abord si l'envoi a abouti, car le serveur a peut-être terminé le traitement.

# HTTP 504 Gateway Timeout: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-504-fix-visitor-2 = Si seuls un gros export ou un rapport échouent, essayez une période ou une sélection plus restreinte.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-1 = Trouvez quelle couche a expiré en comparant les temps de réponse et les en-têtes `Server` ou `Via`, puis lisez le journal de cette couche, comme "upstream timed out (110: Connection timed out)" dans nginx.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-2 = Profilez le point de terminaison lent : lisez le journal des requêtes lentes de la base de données, ajoutez des index, et donnez aux appels vers des services externes des délais d'expiration plus courts que celui du proxy.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-3 = Déplacez les traitements longs vers une tâche en arrière-plan et répondez `202` avec une URL d'état au lieu de garder la requête ouverte.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-4 = N'augmentez les délais d'expiration que délibérément et de façon cohérente, de la couche la plus interne vers l'extérieur, comme `proxy_read_timeout` dans nginx et le délai d'inactivité du répartiteur de charge.

# HTTP 504 Gateway Timeout compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-504-vs-502 = Envoyez `504` lorsque le serveur en amont n'a pas répondu à temps ; envoyez `502` lorsqu'il a répondu par quelque chose d'invalide.

# HTTP 504 Gateway Timeout compared with HTTP 408 Request Timeout: when to use which, in the "Related codes" section.
http-504-vs-408 = Envoyez `504` lorsqu'une passerelle a attendu trop longtemps son serveur en amont ; envoyez `408` lorsqu'un serveur a attendu trop longtemps la requête du client.

## HTTP 505 HTTP Version Not Supported

# HTTP 505 HTTP Version Not Supported: one-line summary at the top of the explainer (TL;DR).
http-505-tldr = Le serveur ne prend pas en charge la version HTTP utilisée dans la requête.

# HTTP 505 HTTP Version Not Supported: the "What it means" paragraph of the explainer.
http-505-meaning = `505` concerne la version majeure indiquée dans la ligne de requête, comme `HTTP/2.0` écrit sous la forme texte de HTTP/1.1, ou une chaîne de version que le serveur ne sait pas traiter ; le serveur refuse de traiter la requête dans cette version. Le corps doit indiquer les versions que le serveur prend en charge. Aujourd'hui, la version est normalement fixée avant l'envoi de toute requête : ALPN, lors de la négociation TLS, choisit `h2` ou `http/1.1`, et HTTP/3 est découvert via `Alt-Svc` ou les enregistrements DNS `HTTPS` ; un véritable `505` signale donc généralement un client écrit à la main, un proxy mal configuré ou un scanner. Les serveurs ne sont pas tenus de l'envoyer, et beaucoup répondent `400` ou ferment la connexion à la place.

# HTTP 505 HTTP Version Not Supported: common cause 1 of 3, an item of the "Common causes" list.
http-505-cause-1 = Un client a envoyé du HTTP/2 en connaissance préalable (prior knowledge), comme `curl --http2-prior-knowledge`, à un serveur qui ne parle que HTTP/1.1 et a lu la préface de connexion comme une requête en version 2.0.

# HTTP 505 HTTP Version Not Supported: common cause 2 of 3, an item of the "Common causes" list.
http-505-cause-2 = Un client ou un script écrit à la main a placé un jeton de version invalide, comme `HTTP/1.2` ou `HTTP/2`, dans sa ligne de requête.

# HTTP 505 HTTP Version Not Supported: common cause 3 of 3, an item of the "Common causes" list.
http-505-cause-3 = Un proxy ou un répartiteur de charge transmet les requêtes avec une version HTTP que le backend ne parle pas, par exemple du HTTP/2 en clair vers un serveur d'applications qui ne connaît que HTTP/1.1.

# HTTP 505 HTTP Version Not Supported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-505-fix-visitor-1 = Rien à faire dans un navigateur, qui choisit la version automatiquement ; si seul un ancien appareil ou une ancienne application échoue, mettez-le à jour.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-1 = Vérifiez la ligne de requête qu'envoie réellement votre client ou votre proxy, avec `curl -v` ou une capture de paquets, et utilisez `HTTP/1.1` ou négociez HTTP/2 via ALPN.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-2 = Configurez explicitement le protocole vers le backend sur les répartiteurs de charge et les proxys, comme la version de protocole d'un groupe cible AWS ou `grpc_pass` plutôt que `proxy_pass` dans nginx, pour qu'il corresponde à ce que parle le backend.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-3 = Listez les versions prises en charge dans le corps du `505`, et journalisez la ligne de requête brute pour pouvoir identifier l'expéditeur.

# HTTP 505 HTTP Version Not Supported compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-505-vs-426 = Envoyez `505` lorsque vous rejetez purement et simplement la version HTTP de la requête ; envoyez `426` lorsque vous serviriez la requête après un changement vers un protocole que vous nommez.

# HTTP 505 HTTP Version Not Supported compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-505-vs-501 = Envoyez `505` lorsque le problème vient de la version du protocole ; envoyez `501` lorsque la version convient mais que la méthode ou la fonctionnalité n'est pas implémentée.

## HTTP 506 Variant Also Negotiates

# HTTP 506 Variant Also Negotiates: one-line summary at the top of the explainer (TL;DR).
http-506-tldr = Une erreur de configuration de la négociation de contenu sur le serveur : la variante choisie négocie à son tour, ce qui crée une boucle.

# HTTP 506 Variant Also Negotiates: the "What it means" paragraph of the explainer.
http-506-meaning = La RFC 2295 a défini la négociation transparente de contenu, dans laquelle une ressource négociable propose une liste de variantes, chacune devant être une représentation concrète. `506` signale que cette configuration est défectueuse : la variante sélectionnée pour la requête est elle-même une ressource qui négocie, si bien que la négociation ne finirait jamais. C'est une erreur du serveur d'un type particulier : le client ne peut pas la corriger, et une nouvelle tentative donne le même résultat tant qu'un administrateur n'a pas corrigé la configuration. La RFC 2295 est une RFC expérimentale (Experimental) qui n'a jamais été largement implémentée : en pratique, ce code ne provient presque que du `mod_negotiation` d'Apache.

# HTTP 506 Variant Also Negotiates: common cause 1 of 3, an item of the "Common causes" list.
http-506-cause-1 = Une table de types Apache (fichier `.var`) liste une variante qui est elle-même une table de types ou une autre ressource négociable.

# HTTP 506 Variant Also Negotiates: common cause 2 of 3, an item of the "Common causes" list.
http-506-cause-2 = `MultiViews` est activé dans un répertoire où le nom de fichier d'une variante correspond aussi à une ressource négociable, si bien qu'un choix mène à une autre négociation.

# HTTP 506 Variant Also Negotiates: common cause 3 of 3, an item of the "Common causes" list.
http-506-cause-3 = Une règle de réécriture renvoie la variante sélectionnée vers l'URL qui négocie.

# HTTP 506 Variant Also Negotiates: what a visitor can do, the only item of "How to fix it (for visitors)".
http-506-fix-visitor-1 = Rien à faire : le serveur du site est mal configuré ; attendez que son propriétaire le corrige, ou prévenez-le.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-1 = Vérifiez le journal d'erreurs d'Apache ainsi que les tables de types et les réglages `MultiViews` de l'URL, et faites pointer chaque variante vers un fichier concret.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-2 = Désactivez `MultiViews` là où vous n'avez pas besoin de négociation (`Options -MultiViews`), et évitez les noms de fichiers qui rendent les variantes ambiguës.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-3 = Remplacez la négociation transparente par des URL explicites par langue ou par format, accompagnées d'un en-tête `Vary`, que tous les clients comprennent.

# HTTP 506 Variant Also Negotiates compared with HTTP 300 Multiple Choices: when to use which, in the "Related codes" section.
http-506-vs-300 = `300` est une offre légitime de possibilités faite au client ; `506` est une erreur du serveur, parce que les possibilités ont été configurées en boucle.

# HTTP 506 Variant Also Negotiates compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-506-vs-500 = N'envoyez `506` que pour la boucle de négociation décrite dans la RFC 2295 ; envoyez `500` pour toute autre erreur de configuration.

## HTTP 507 Insufficient Storage

# HTTP 507 Insufficient Storage: one-line summary at the top of the explainer (TL;DR).
http-507-tldr = Le serveur n'a pas la place de stocker ce qu'envoie la requête, car un disque ou un quota est plein.

# HTTP 507 Insufficient Storage: the "What it means" paragraph of the explainer.
http-507-meaning = La RFC 4918 définit `507` pour les méthodes WebDAV comme `PUT`, `MKCOL`, `COPY` ou `PROPPATCH`, lorsque le serveur ne peut pas enregistrer la représentation nécessaire pour mener à bien la requête. La situation est considérée comme temporaire : la même requête peut réussir une fois de l'espace libéré ou le quota augmenté, et les clients peuvent donc réessayer plus tard au lieu de la traiter comme définitive. Dans un corps `207`, il peut signaler les membres d'une copie qui n'ont pas trouvé de place. Les services d'hébergement et de synchronisation de fichiers l'utilisent couramment pour signaler des dépassements de quota, et certaines API hors WebDAV l'utilisent pour des défaillances de stockage.

# HTTP 507 Insufficient Storage: common cause 1 of 4, an item of the "Common causes" list.
http-507-cause-1 = Un utilisateur de Nextcloud ou d'ownCloud a dépassé son quota de stockage pendant un téléversement ou une synchronisation.

# HTTP 507 Insufficient Storage: common cause 2 of 4, an item of the "Common causes" list.
http-507-cause-2 = Le disque du serveur, ou la partition qui contient son répertoire temporaire de téléversement, est plein.

# HTTP 507 Insufficient Storage: common cause 3 of 4, an item of the "Common causes" list.
http-507-cause-3 = Le système de fichiers n'a plus d'inodes, ou le compte du serveur a atteint un quota du système de fichiers, alors que de l'espace semble libre.

# HTTP 507 Insufficient Storage: common cause 4 of 4, an item of the "Common causes" list.
http-507-cause-4 = Un `COPY` d'une grande collection a nécessité plus d'espace qu'il n'en restait à la destination.

# HTTP 507 Insufficient Storage: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-507-fix-visitor-1 = Libérez de l'espace dans votre compte en supprimant ou en déplaçant des fichiers, ou passez à une offre de stockage supérieure.

# HTTP 507 Insufficient Storage: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-507-fix-visitor-2 = Si votre compte dispose encore d'espace libre, signalez aux administrateurs du service que son stockage est plein.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-1 = Vérifiez l'espace libre et les inodes avec `df -h` et `df -i` sur chaque volume concerné par le téléversement, y compris `/tmp` ou le répertoire temporaire de téléversement configuré.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-2 = Vérifiez les quotas des utilisateurs et des groupes dans l'application, par exemple avec `occ user:info` dans Nextcloud, ainsi que dans le système de fichiers.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-3 = Déclenchez des alertes sur l'occupation des disques bien avant qu'un volume soit plein, et faites le ménage dans les journaux archivés, les anciennes sauvegardes et les téléversements partiels abandonnés.

# HTTP 507 Insufficient Storage compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-507-vs-413 = Envoyez `413` lorsque ce corps de requête précis dépasse une limite de taille ; envoyez `507` lorsque le serveur n'a pas l'espace de stockage pour le conserver, quelle que soit sa taille.

# HTTP 507 Insufficient Storage compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-507-vs-500 = Envoyez `507` lorsque la cause est un manque d'espace de stockage qui peut se résorber si le client patiente ; `500` ne donne aucune indication sur la cause.

## HTTP 508 Loop Detected

# HTTP 508 Loop Detected: one-line summary at the top of the explainer (TL;DR).
http-508-tldr = Le serveur a interrompu une opération WebDAV, parce que des liaisons ont fait boucler l'arborescence des collections sur elle-même.

# HTTP 508 Loop Detected: the "What it means" paragraph of the explainer.
http-508-meaning = Avec les liaisons de la RFC 5842, une collection peut être liée à l'intérieur de l'un de ses propres descendants : une opération avec `Depth: infinity`, comme un `PROPFIND` ou un `COPY`, pourrait alors parcourir indéfiniment les mêmes collections. `508` indique que le serveur a détecté un tel cycle et a abandonné : toute l'opération a échoué, contrairement à `208`, qui permet à un listage de se poursuivre au-delà d'une collection répétée. Le client ne doit pas répéter la requête telle quelle ; une profondeur finie ou une modification des liaisons évite la boucle. Ce code est expérimental (Experimental) et rare dans son sens véritable, mais certaines plateformes d'hébergement mutualisé le détournent pour signifier "Resource Limit Is Reached" lorsqu'un compte dépasse ses limites de processeur ou de processus.

# HTTP 508 Loop Detected: common cause 1 of 3, an item of the "Common causes" list.
http-508-cause-1 = Un `PROPFIND` ou un `COPY` avec `Depth: infinity` a atteint une collection liée dans sa propre sous-arborescence.

# HTTP 508 Loop Detected: common cause 2 of 3, an item of the "Common causes" list.
http-508-cause-2 = Deux collections sont liées l'une dans l'autre, si bien que parcourir l'une ramène à l'autre.

# HTTP 508 Loop Detected: common cause 3 of 3, an item of the "Common causes" list.
http-508-cause-3 = Sur un hébergement mutualisé CloudLinux, le site a dépassé ses limites LVE, comme les processus d'entrée ou le processeur, et l'hébergeur répond avec le code non standard "508 Resource Limit Is Reached".

# HTTP 508 Loop Detected: what a visitor can do, the only item of "How to fix it (for visitors)".
http-508-fix-visitor-1 = Patientez quelques minutes et rechargez la page ; si la page indique "Resource Limit Is Reached", l'offre d'hébergement du site est saturée, et seul son propriétaire peut y remédier.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-1 = Parcourez l'arborescence avec `Depth: 1`, niveau par niveau, et suivez `DAV:resource-id` afin que votre client s'arrête aux collections qu'il a déjà vues.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-2 = Supprimez la liaison qui crée le cycle avec `UNBIND`, ou réorganisez les collections pour qu'aucune ne contienne un de ses ancêtres.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-3 = Sur un hébergement CloudLinux, vérifiez l'utilisation LVE sur la page Resource Usage de cPanel, et écourtez les processus PHP de longue durée ou demandez à l'hébergeur des limites plus élevées.

# HTTP 508 Loop Detected compared with HTTP 208 Already Reported: when to use which, in the "Related codes" section.
http-508-vs-208 = Envoyez `208` pour passer une collection déjà signalée et continuer ; envoyez `508` lorsque la boucle fait échouer toute l'opération.

# HTTP 508 Loop Detected compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-508-vs-500 = Envoyez `508` spécifiquement pour une boucle de liaisons pendant une opération en profondeur ; envoyez `500` pour les autres défaillances inattendues du serveur.

## HTTP 510 Not Extended

# HTTP 510 Not Extended: one-line summary at the top of the explainer (TL;DR).
http-510-tldr = Obsolète : ce code signifiait autrefois que la requête ne comportait pas une déclaration d'extension exigée par le serveur ; ne l'envoyez pas.

# HTTP 510 Not Extended: the "What it means" paragraph of the explainer.
http-510-meaning = Le HTTP Extension Framework de la RFC 2774 permettait aux clients de déclarer des extensions obligatoires avec des en-têtes comme `Man` et `Opt`, et un serveur répondait `510` lorsqu'une déclaration requise manquait, en expliquant dans le corps comment réessayer. Ce framework n'a jamais été adopté, la RFC 2774 est passée au statut historique (Historic), et l'IANA liste désormais `510` comme obsolète. Un client qui le reçoit encore ne peut que le traiter comme une erreur générique du serveur et afficher le corps. Rien ne le remplace directement : les extensions HTTP se négocient aujourd'hui avec de nouveaux champs d'en-tête, ALPN ou les paramètres de HTTP/2.

# HTTP 510 Not Extended: common cause 1 of 3, an item of the "Common causes" list.
http-510-cause-1 = Un ancien système construit sur le HTTP Extension Framework exige encore une déclaration d'extension.

# HTTP 510 Not Extended: common cause 2 of 3, an item of the "Common causes" list.
http-510-cause-2 = Une application a choisi `510` dans une liste de codes de statut pour signifier « fonctionnalité non activée », un sens qu'il n'a jamais eu.

# HTTP 510 Not Extended: common cause 3 of 3, an item of the "Common causes" list.
http-510-cause-3 = L'énumération des statuts d'un framework inclut encore `510`, et un handler l'utilise comme erreur générique « non étendu ».

# HTTP 510 Not Extended: what a visitor can do, the only item of "How to fix it (for visitors)".
http-510-fix-visitor-1 = Rien à faire : le site utilise un code d'erreur obsolète pour un problème de son côté ; signalez-le au propriétaire du site.

# HTTP 510 Not Extended: what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-510-fix-developer-1 = Remplacez `510` par un code actuel : `400` ou `422` lorsqu'il manque à la requête un élément requis, `501` lorsqu'il manque une fonctionnalité au serveur, `426` lorsqu'un changement de protocole est nécessaire.

# HTTP 510 Not Extended: what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-510-fix-developer-2 = Dans les clients, traitez un `510` reçu comme un `500` et affichez son corps, qui peut expliquer ce que voulait le serveur.

# HTTP 510 Not Extended compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-510-vs-426 = Envoyez `426` lorsque le client doit changer de protocole, en les nommant dans `Upgrade` ; `510` demandait une déclaration d'extension et est obsolète.

# HTTP 510 Not Extended compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-510-vs-501 = Envoyez `501` lorsqu'il manque au serveur la fonctionnalité nécessaire ; `510` plaçait l'élément manquant du côté du client et ne doit plus être utilisé.

## HTTP 511 Network Authentication Required

# HTTP 511 Network Authentication Required: one-line summary at the top of the explainer (TL;DR).
http-511-tldr = Le réseau auquel vous êtes connecté veut que vous vous identifiiez, généralement sur une page de portail captif, avant de laisser passer le trafic.

# HTTP 511 Network Authentication Required: the "What it means" paragraph of the explainer.
http-511-meaning = La RFC 6585 donne aux portails captifs un statut honnête pour les requêtes interceptées : au lieu de rediriger chaque requête vers une page de connexion, ou de répondre par la page du portail avec `200`, le réseau répond `511` avec un corps qui renvoie vers sa page de connexion. L'interception étant explicite, les clients ne confondent pas la page du portail avec le contenu du site, et les caches ne doivent pas stocker la réponse. Les serveurs d'origine ne doivent pas l'envoyer ; il appartient au réseau situé entre l'utilisateur et le site. Comme les portails ne peuvent pas intercepter HTTPS sans erreur de certificat, les systèmes modernes les détectent aussi grâce à des URL de sondage et à l'API Captive Portal de la RFC 8908, annoncée par DHCP ou par les annonces de routeur (RFC 8910).

# HTTP 511 Network Authentication Required: common cause 1 of 3, an item of the "Common causes" list.
http-511-cause-1 = Vous avez rejoint le réseau Wi-Fi d'un hôtel, d'un aéroport, d'un train ou d'un café sans avoir encore accepté ses conditions ni vous être connecté.

# HTTP 511 Network Authentication Required: common cause 2 of 3, an item of the "Common causes" list.
http-511-cause-2 = Votre session sur le portail a expiré au terme de sa durée limite, et le réseau vous demande de vous reconnecter.

# HTTP 511 Network Authentication Required: common cause 3 of 3, an item of the "Common causes" list.
http-511-cause-3 = Le réseau invité d'une entreprise exige une inscription, et une requête d'arrière-plan d'une application a atteint le portail avant l'utilisateur.

# HTTP 511 Network Authentication Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-511-fix-visitor-1 = Ouvrez n'importe quel site en `http://` simple, ou l'invite de connexion réseau de votre appareil, pour atteindre la page de connexion et vous connecter.

# HTTP 511 Network Authentication Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-511-fix-visitor-2 = Si la page du portail ne s'affiche pas, désactivez puis réactivez le Wi-Fi, ou demandez l'adresse de connexion au personnel responsable du réseau.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-1 = Dans un portail, répondez aux requêtes HTTP interceptées par `511`, une courte page HTML et un lien vers la page de connexion, ainsi que `Cache-Control: no-store`.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-2 = Annoncez le portail avec l'option DHCP 114 ou les annonces de routeur IPv6 (RFC 8910) et implémentez l'API Captive Portal (RFC 8908), afin que les appareils le trouvent sans interception du trafic.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-3 = Dans les applications, détectez `511` et invitez les utilisateurs à se connecter à leur réseau, au lieu de signaler une panne de votre service.

# HTTP 511 Network Authentication Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-511-vs-401 = `511` provient du réseau et demande à l'utilisateur de s'y connecter ; `401` provient du site lui-même et demande les informations d'authentification du site.

# HTTP 511 Network Authentication Required compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-511-vs-407 = `511` sert à un portail captif qui intercepte le trafic ; `407` sert à un proxy que le client est configuré pour utiliser et auquel il peut répondre avec `Proxy-Authorization`.
