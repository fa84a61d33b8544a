### HTTP status code descriptions (English, the source language).
### One message per HTTP status code: the one-paragraph description shown under the page title.
### Keep each translation on one line and keep the text between backticks (`Location`, `GET`, `Expect: 100-continue`) unchanged: they are header names, methods and tokens.
### Reason phrases such as Payload Too Large are historical names from the specifications; translate the surrounding text, not those names.

# HTTP 100 Continue: one-paragraph description under the page title.
http-100-description = Réponse intermédiaire indiquant au client que le serveur a reçu l'en-tête de la requête et accepte d'en recevoir le contenu : le client peut donc l'envoyer. Les clients la sollicitent en envoyant `Expect: 100-continue` avant un téléversement volumineux, ce qui permet au serveur de rejeter la requête tôt, sans que le corps soit transféré. Le code de statut final suit une fois la requête traitée.

# HTTP 101 Switching Protocols: one-paragraph description under the page title.
http-101-description = Le serveur accepte de basculer la connexion vers le protocole que le client a demandé dans son en-tête `Upgrade`, et nomme ce protocole dans son propre en-tête `Upgrade`. Juste après la ligne vide qui termine cette réponse, les deux parties parlent le nouveau protocole sur la même connexion. L'usage le plus courant est l'ouverture d'une connexion WebSocket sur HTTP/1.1 ; HTTP/2 et HTTP/3 n'utilisent pas ce mécanisme.

# HTTP 102 Processing: one-paragraph description under the page title. The code is still registered although RFC 4918 dropped it; the text says so.
http-102-description = Réponse intermédiaire WebDAV indiquant au client que le serveur a accepté une requête de longue durée et la traite toujours, afin que le client n'abandonne pas pour dépassement de délai. Ce code a été défini par la RFC 2518, mais la RFC 4918, qui a remplacé ce document, l'a retiré faute d'implémentations ; il figure toujours dans le registre de l'IANA. Les nouveaux serveurs l'envoient rarement : pour les opérations longues, l'alternative habituelle est une réponse `202 Accepted` accompagnée d'une ressource d'état à interroger.

# HTTP 103 Early Hints: one-paragraph description under the page title.
http-103-description = Réponse intermédiaire qui permet au serveur d'envoyer des en-têtes `Link`, généralement avec `rel=preload` ou `rel=preconnect`, avant que la réponse finale soit prête. Le navigateur peut commencer à récupérer feuilles de style, scripts ou polices pendant que le serveur génère encore la page. Ces indications ne sont que des suggestions, la réponse finale doit porter ses propres en-têtes, et certains navigateurs n'en tiennent compte qu'en HTTP/2 ou version ultérieure.

# HTTP 104 Upload Resumption Supported: one-paragraph description under the page title.
http-104-description = Réponse intermédiaire issue de l'Internet-Draft sur la reprise des téléversements : pendant la réception d'un téléversement, le serveur annonce que le transfert peut être repris et donne l'adresse d'une ressource de téléversement temporaire dans l'en-tête `Location`. Si la connexion est coupée, le client peut demander à cette ressource combien d'octets sont arrivés et n'envoyer que le reste. Le code bénéficie d'un enregistrement temporaire auprès de l'IANA, lié à un brouillon qui évolue encore : des détails comme l'en-tête `Upload-Draft-Interop-Version` diffèrent donc d'une version du brouillon et d'une implémentation à l'autre.

# HTTP 200 OK: one-paragraph description under the page title.
http-200-description = La requête a réussi, et le contenu de la réponse dépend de la méthode : la représentation demandée pour `GET`, le résultat de l'action pour `POST`, ou seulement des en-têtes pour `HEAD`. C'est la réponse par défaut lorsque rien de plus précis ne s'applique. Une réponse `200` peut être mise en cache, sauf indication contraire de ses en-têtes.

# HTTP 201 Created: one-paragraph description under the page title.
http-201-description = La requête a réussi et a créé une ou plusieurs ressources, généralement au moyen d'un `POST` ou d'un `PUT`. L'en-tête `Location` pointe vers la nouvelle ressource (en son absence, la nouvelle ressource est la cible de la requête elle-même), et le corps la décrit généralement. Préférez ce code à `200` lorsque quelque chose de nouveau existe désormais sur le serveur.

# HTTP 202 Accepted: one-paragraph description under the page title.
http-202-description = Le serveur a accepté la requête pour traitement mais ne l'a pas terminée, et le traitement peut encore échouer par la suite. HTTP ne permet pas de communiquer le résultat final après coup : la réponse doit donc décrire l'état actuel et indiquer au client où suivre l'avancement. Ce code convient aux traitements par lots, aux tâches mises en file d'attente et à tout travail qui dure plus longtemps que la connexion.

# HTTP 203 Non-Authoritative Information: one-paragraph description under the page title.
http-203-description = La requête a réussi, mais un proxy de transformation a modifié le contenu ou les en-têtes reçus du serveur d'origine, par exemple en recompressant des images. Ce code avertit le client que la réponse n'est pas exactement celle envoyée par le serveur d'origine. Il est destiné aux intermédiaires, pas aux serveurs d'origine, et se traite par ailleurs comme `200 OK`.

# HTTP 204 No Content: one-paragraph description under the page title.
http-204-description = La requête a réussi et il n'y a rien à renvoyer : la réponse s'arrête après ses en-têtes. Ce code est courant pour `PUT`, `PATCH` et `DELETE` lorsque le client n'a pas besoin d'une copie du résultat, et un navigateur qui le reçoit reste sur la page en cours. Les en-têtes peuvent tout de même transmettre des métadonnées, comme un `ETag` pour la ressource mise à jour.

# HTTP 205 Reset Content: one-paragraph description under the page title.
http-205-description = La requête a réussi et le client doit réinitialiser la vue qui l'a envoyée, généralement en vidant un formulaire pour que l'utilisateur puisse saisir de nouvelles données. La réponse ne doit comporter aucun contenu. Ce code est rare en pratique, car les scripts réinitialisent d'ordinaire eux-mêmes les formulaires.

# HTTP 206 Partial Content: one-paragraph description under the page title.
http-206-description = Le serveur n'envoie qu'une partie de la représentation, parce que le client a demandé des plages d'octets avec un en-tête `Range`. Une plage unique est accompagnée d'un en-tête `Content-Range` indiquant la position de ces octets et la taille totale ; plusieurs plages sont envoyées dans un corps `multipart/byteranges`. Ce code permet la reprise des téléchargements, la navigation dans une vidéo et la récupération en parallèle de gros fichiers.

# HTTP 207 Multi-Status: one-paragraph description under the page title.
http-207-description = Réponse WebDAV qui rend compte en une seule fois des résultats distincts de plusieurs ressources ou opérations, dans un corps XML `multistatus`. Chaque élément `response` du corps porte son propre code de statut : certaines parties peuvent réussir tandis que d'autres échouent. Les clients doivent lire le corps, car le 207 lui-même n'indique pas si toutes les parties ont abouti.

# HTTP 208 Already Reported: one-paragraph description under the page title.
http-208-description = Utilisé par les serveurs WebDAV qui prennent en charge les liaisons (bindings), dans un corps `207 Multi-Status`, pour signaler une collection déjà listée plus haut dans la même réponse par une autre liaison. Il évite qu'un listage `Depth: infinity` énumère encore et encore les mêmes membres. Il provient de la RFC 5842, publiée avec le statut expérimental (Experimental), et apparaît rarement comme statut d'une réponse entière.

# HTTP 226 IM Used: one-paragraph description under the page title.
http-226-description = Le serveur a répondu à un `GET` qui demandait des manipulations d'instance dans un en-tête `A-IM`, par exemple un delta par rapport à une version dont le client dispose déjà, et le corps est le résultat de leur application. L'en-tête `IM` liste les manipulations appliquées, afin que le client puisse reconstruire la version actuelle à partir de sa copie en cache. Ce codage delta de la RFC 3229 a été peu adopté sur le web.

# HTTP 300 Multiple Choices: one-paragraph description under the page title.
http-300-description = La ressource cible possède plusieurs représentations, par exemple dans différents formats ou différentes langues, et le serveur laisse le choix au client. Le corps liste généralement les options avec des liens, et un en-tête `Location` peut indiquer celle que préfère le serveur. Ce code est rare en pratique, car la plupart des serveurs choisissent plutôt une représentation par négociation de contenu.

# HTTP 301 Moved Permanently: one-paragraph description under the page title.
http-301-description = La ressource a une nouvelle URI permanente, indiquée dans l'en-tête `Location`, et les clients doivent désormais l'utiliser ; les moteurs de recherche et les favoris passent à la nouvelle adresse. Pour des raisons historiques, les navigateurs peuvent transformer un `POST` en `GET` en suivant la redirection : utilisez donc `308 Permanent Redirect` lorsque la méthode doit être conservée. La réponse peut être mise en cache par défaut.

# HTTP 302 Found: one-paragraph description under the page title.
http-302-description = La ressource se trouve temporairement à une autre URI, indiquée dans l'en-tête `Location`, et les clients doivent continuer à utiliser l'URI d'origine pour les requêtes suivantes. Comme avec `301`, les navigateurs peuvent transformer un `POST` en `GET` en suivant la redirection ; `307` conserve la méthode et `303` rend explicite le passage à `GET`. Ce code est très utilisé pour les processus de connexion et d'autres redirections de courte durée.

# HTTP 303 See Other: one-paragraph description under the page title.
http-303-description = Le serveur renvoie le client vers une autre ressource, indiquée dans l'en-tête `Location`, qu'il doit récupérer avec `GET` pour voir le résultat de sa requête. C'est la manière standard de faire suivre l'envoi d'un formulaire, ou un autre `POST`, d'une page présentant le résultat, afin qu'un rechargement de la page ne soumette pas de nouveau les données. Ce code ne signifie pas que la ressource d'origine a été déplacée.

# HTTP 304 Not Modified: one-paragraph description under the page title.
http-304-description = Le client a effectué une requête `GET` ou `HEAD` conditionnelle, avec `If-None-Match` ou `If-Modified-Since`, et sa copie en cache est toujours valide : le serveur n'envoie donc pas de corps. Le client réutilise sa réponse stockée, mise à jour avec les en-têtes de celle-ci, comme `ETag`, `Cache-Control` et `Expires`. Ce code économise de la bande passante pour les ressources qui changent rarement.

# HTTP 305 Use Proxy: one-paragraph description under the page title.
http-305-description = Ce code indiquait autrefois au client de renouveler la requête en passant par le proxy nommé dans l'en-tête `Location`. Il est déprécié, car laisser un serveur choisir le proxy du client pose un problème de sécurité, et les clients ne le suivent pas. Les serveurs ne doivent pas l'envoyer ; les proxys se configurent plutôt côté client.

# HTTP 306 (Unused): one-paragraph description under the page title. Switch Proxy is the name from an old draft; keep it as a name.
http-306-description = Inutilisé : une des premières versions préliminaires de HTTP/1.1 définissait ce code sous le nom de Switch Proxy, pour que les clients utilisent un autre proxy pour les requêtes suivantes, puis l'idée a été abandonnée. Le code reste réservé afin de ne jamais être réattribué. Les serveurs ne doivent pas l'envoyer.

# HTTP 307 Temporary Redirect: one-paragraph description under the page title.
http-307-description = La ressource se trouve temporairement à une autre URI, indiquée dans l'en-tête `Location`, et le client doit y renouveler la requête avec la même méthode et le même contenu. Contrairement à `302`, un `POST` reste un `POST` vers la nouvelle URI. Les requêtes suivantes doivent toujours être adressées à l'URI d'origine.

# HTTP 308 Permanent Redirect: one-paragraph description under the page title.
http-308-description = La ressource a une nouvelle URI permanente, indiquée dans l'en-tête `Location`, et le client doit y renouveler la requête avec la même méthode et le même contenu. C'est l'équivalent de `301` qui préserve la méthode, défini d'abord dans la RFC 7538 et désormais intégré à la RFC 9110. Les clients qui le peuvent doivent mettre à jour leurs liens et leurs favoris vers la nouvelle URI.

# HTTP 400 Bad Request: one-paragraph description under the page title.
http-400-description = Le serveur ne traitera pas la requête, car il y voit une erreur du côté du client, comme une syntaxe incorrecte, une ligne de requête invalide ou un corps impossible à analyser. Le client doit corriger la requête avant de la renvoyer. Lorsqu'un code plus précis convient, comme `415` ou `422`, celui-ci est plus utile au client.

# HTTP 401 Unauthorized: one-paragraph description under the page title.
http-401-description = La requête ne comporte pas d'informations d'authentification valides pour la ressource cible, soit parce qu'aucune n'a été envoyée, soit parce que celles qui l'ont été ont été refusées. La réponse doit inclure un en-tête `WWW-Authenticate` indiquant au moins un schéma d'authentification utilisable par le client, comme `Basic` ou `Bearer`. Malgré son nom, ce code concerne l'authentification ; utilisez `403` lorsque le client est identifié mais n'a pas l'autorisation.

# HTTP 402 Payment Required: one-paragraph description under the page title.
http-402-description = La spécification HTTP réserve ce code pour un usage futur et ne lui donne aucune signification définie. Certaines API et certains services de paiement l'utilisent pour indiquer qu'un paiement, un abonnement ou l'achat de quota est nécessaire, mais les clients ne peuvent compter sur aucun comportement standard. Si vous l'utilisez, documentez sa signification dans votre API.

# HTTP 403 Forbidden: one-paragraph description under the page title.
http-403-description = Le serveur a compris la requête mais refuse de l'exécuter. Renvoyer des informations d'authentification n'y change rien : l'identité déjà connue n'a pas les droits nécessaires, ou l'accès est bloqué pour une autre raison. Un serveur qui veut cacher l'existence de la ressource peut répondre `404` à la place.

# HTTP 404 Not Found: one-paragraph description under the page title.
http-404-description = Le serveur n'a aucune représentation actuelle de la ressource cible, ou ne veut pas révéler qu'il en existe une. Ce code n'indique pas si l'absence est temporaire ou permanente ; `410 Gone` indique qu'une ressource a été supprimée définitivement. Une réponse `404` peut être mise en cache par défaut.

# HTTP 405 Method Not Allowed: one-paragraph description under the page title.
http-405-description = La ressource cible existe mais ne prend pas en charge la méthode de la requête, par exemple un `DELETE` sur une ressource en lecture seule. Le serveur doit envoyer un en-tête `Allow` listant les méthodes que la ressource prend en charge. Utilisez plutôt `501` lorsque le serveur ne reconnaît la méthode pour aucune ressource.

# HTTP 406 Not Acceptable: one-paragraph description under the page title.
http-406-description = Le serveur ne peut produire aucune représentation correspondant aux en-têtes de négociation du client, comme `Accept` ou `Accept-Language`. La réponse doit lister les représentations disponibles afin que l'utilisateur ou le client puisse en choisir une. De nombreux serveurs ignorent ces en-têtes et envoient une représentation par défaut plutôt que d'échouer.

# HTTP 407 Proxy Authentication Required: one-paragraph description under the page title.
http-407-description = Comme `401`, mais les informations d'authentification sont exigées par un proxy situé entre le client et le serveur. Le proxy doit envoyer un en-tête `Proxy-Authenticate` indiquant le schéma à utiliser, et le client répond avec un en-tête `Proxy-Authorization`. Ce code provient généralement d'un proxy d'entreprise ou de fournisseur d'accès, et non du site consulté.

# HTTP 408 Request Timeout: one-paragraph description under the page title.
http-408-description = Le serveur n'a pas reçu de requête complète dans le délai qu'il était disposé à accorder, et il ferme la connexion. Le client peut renvoyer la requête sur une nouvelle connexion. Certains clients réessaient automatiquement, par exemple lorsque le serveur a fermé une connexion keep-alive inactive.

# HTTP 409 Conflict: one-paragraph description under the page title.
http-409-description = La requête entre en conflit avec l'état actuel de la ressource cible, par exemple une modification fondée sur une version périmée ou une tentative de créer quelque chose qui existe déjà. Le corps doit expliquer le conflit pour que le client puisse le résoudre et réessayer. Ce code est courant avec la gestion de versions, les modifications concurrentes et les contraintes d'unicité.

# HTTP 410 Gone: one-paragraph description under the page title.
http-410-description = La ressource existait à cette URI et a été supprimée volontairement, sans adresse de redirection, et le serveur s'attend à ce que ce soit définitif. Les clients doivent supprimer les liens et les favoris qui y mènent, et les moteurs de recherche la retirent de leur index. Lorsque le serveur ne peut pas savoir si l'absence est définitive, `404` est le code approprié.

# HTTP 411 Length Required: one-paragraph description under the page title.
http-411-description = Le serveur refuse la requête parce qu'elle n'a pas d'en-tête `Content-Length` et qu'il en exige un avant d'accepter le contenu. Le client peut réessayer avec un `Content-Length` valide. Ce code concerne surtout les envois HTTP/1.1 utilisant le codage de transfert par blocs (chunked) vers des serveurs qui ne l'acceptent pas.

# HTTP 412 Precondition Failed: one-paragraph description under the page title.
http-412-description = Une ou plusieurs conditions des en-têtes de la requête, comme `If-Match` ou `If-Unmodified-Since`, se sont révélées fausses sur le serveur : la requête n'a donc pas été appliquée. Cela évite de perdre des mises à jour lorsque la ressource a changé depuis la dernière récupération par le client. Le client doit récupérer la version actuelle, réconcilier ses modifications et réessayer.

# HTTP 413 Content Too Large: one-paragraph description under the page title.
http-413-description = Le contenu de la requête est plus volumineux que ce que le serveur veut ou peut traiter, par exemple un téléversement qui dépasse une limite de taille. Si la limite est temporaire, le serveur peut ajouter un en-tête `Retry-After` ; il peut aussi fermer la connexion. La RFC 9110 a renommé le code Content Too Large ; les spécifications antérieures l'appelaient Payload Too Large et, auparavant, Request Entity Too Large.

# HTTP 414 URI Too Long: one-paragraph description under the page title.
http-414-description = L'URI cible est plus longue que ce que le serveur accepte d'interpréter. Cela arrive souvent lorsqu'un formulaire qui devrait utiliser `POST` place une grande quantité de données dans la chaîne de requête d'un `GET`, ou lorsqu'une boucle de redirection allonge sans cesse l'URI. La RFC 2616 l'appelait Request-URI Too Long.

# HTTP 415 Unsupported Media Type: one-paragraph description under the page title.
http-415-description = Le serveur refuse la requête parce que son contenu est dans un format que cette méthode et cette ressource ne prennent pas en charge, comme l'indiquent `Content-Type` ou `Content-Encoding`. Vérifiez le type de média et le codage qu'attend le point de terminaison. Lorsque le problème vient du codage du contenu, la réponse doit inclure un en-tête `Accept-Encoding` listant les codages acceptés.

# HTTP 416 Range Not Satisfiable: one-paragraph description under the page title.
http-416-description = Aucune des plages d'octets de l'en-tête `Range` de la requête ne recouvre la représentation actuelle, par exemple une position de départ au-delà de la fin du fichier. Pour les plages d'octets, le serveur doit envoyer un en-tête `Content-Range` avec un astérisque et la longueur totale, comme `bytes */4096`, afin que le client puisse corriger sa requête. La RFC 2616 l'appelait Requested Range Not Satisfiable.

# HTTP 417 Expectation Failed: one-paragraph description under the page title.
http-417-description = Le serveur ne peut pas satisfaire l'attente exprimée dans l'en-tête `Expect` de la requête. La seule attente définie par HTTP est `100-continue` : ce code signifie donc généralement qu'un serveur ou un intermédiaire ne la prend pas en charge, ou que l'en-tête contient une valeur inconnue. Renvoyer la requête sans l'en-tête `Expect` fonctionne normalement.

# HTTP 418 (Unused): one-paragraph description under the page title. I'm a teapot is the joke name from RFC 2324; keep it as a name or translate it playfully.
http-418-description = Inutilisé et réservé. La RFC 2324, un poisson d'avril qui spécifie le pilotage des cafetières, a défini ce code sous le nom I'm a teapot (« Je suis une théière »), et la RFC 7168 a étendu la plaisanterie au thé. La blague a été suffisamment déployée pour que la RFC 9110 réserve le code au lieu de lui donner une vraie signification, à moins que la plage 4xx ne vienne un jour à s'épuiser ; de nombreux frameworks l'exposent encore sous son ancien nom, mais les API ne doivent pas s'y fier.

# HTTP 421 Misdirected Request: one-paragraph description under the page title.
http-421-description = La requête est parvenue à un serveur qui ne peut pas produire de réponse pour la combinaison de schéma et d'hôte de l'URI de la requête. Cela arrive généralement lorsqu'un client réutilise une connexion HTTP/2 ou HTTP/3 pour un autre nom d'hôte, couvert par le certificat mais que ce serveur ne sert pas. Le client peut réessayer sur une nouvelle connexion, et les proxys ne doivent pas envoyer ce code.

# HTTP 422 Unprocessable Content: one-paragraph description under the page title.
http-422-description = Le serveur comprend le type de contenu et le contenu de la requête est bien formé, mais il ne peut pas traiter les instructions qu'il contient, par exemple un corps JSON qui enfreint des règles de validation. Les API l'utilisent largement pour les erreurs de validation, avec un corps listant les champs invalides. WebDAV l'a défini sous le nom Unprocessable Entity, et la RFC 9110 l'a intégré à HTTP lui-même sous le nom Unprocessable Content.

# HTTP 423 Locked: one-paragraph description under the page title.
http-423-description = Réponse WebDAV : la ressource source ou de destination de la méthode est verrouillée, la méthode ne peut donc pas être appliquée. Le client doit soumettre le jeton de verrou correspondant dans un en-tête `If` ou attendre que le verrou soit levé. Le corps peut indiquer la précondition non remplie, comme `lock-token-submitted`.

# HTTP 424 Failed Dependency: one-paragraph description under the page title.
http-424-description = Réponse WebDAV : la méthode n'a pas pu être exécutée sur cette ressource parce qu'elle dépendait d'une autre action qui a échoué. Par exemple, lorsqu'une propriété d'un `PROPPATCH` ne peut pas être définie, les autres propriétés de la même requête sont signalées avec `424`. Ce code apparaît généralement dans un corps `207 Multi-Status`.

# HTTP 425 Too Early: one-paragraph description under the page title.
http-425-description = Le serveur refuse de traiter une requête arrivée dans les données précoces (early data) de TLS 1.3, aussi appelées 0-RTT, car un attaquant pourrait la rejouer. Le client doit renvoyer la requête une fois la négociation TLS terminée, ce que les agents utilisateurs font automatiquement. Ce code est défini dans la RFC 8470 et provient de serveurs ou d'intermédiaires qui n'acceptent les données précoces que pour certaines requêtes.

# HTTP 426 Upgrade Required: one-paragraph description under the page title.
http-426-description = Le serveur refuse de traiter la requête avec le protocole actuel, mais acceptera de le faire une fois que le client sera passé au protocole indiqué dans l'en-tête `Upgrade` de la réponse. Cas courant : une requête HTTP classique vers un point de terminaison qui n'accepte que les connexions WebSocket. Le client doit envoyer une nouvelle requête avec un en-tête `Upgrade` correspondant.

# HTTP 428 Precondition Required: one-paragraph description under the page title.
http-428-description = Le serveur exige que la requête soit conditionnelle, généralement avec `If-Match`, pour éviter les pertes de mises à jour lorsque plusieurs clients modifient la même ressource. Le client doit récupérer la ressource, lire son `ETag` et renouveler la modification avec cette valeur dans `If-Match`. Ce code est défini par la RFC 6585.

# HTTP 429 Too Many Requests: one-paragraph description under the page title.
http-429-description = Le client a envoyé trop de requêtes dans un laps de temps donné et fait l'objet d'une limitation de débit. La réponse peut inclure un en-tête `Retry-After` indiquant combien de temps attendre, et le corps doit expliquer la limite. Les clients doivent espacer leurs requêtes plutôt que de réessayer immédiatement.

# HTTP 431 Request Header Fields Too Large: one-paragraph description under the page title.
http-431-description = Le serveur refuse la requête parce que ses champs d'en-tête sont trop volumineux, qu'il s'agisse d'un seul en-tête ou de leur ensemble. Un en-tête `Cookie` surdimensionné en est une cause fréquente, et supprimer les cookies du site règle souvent le problème. Lorsqu'un seul en-tête est en cause, la réponse doit préciser lequel ; ce code est défini par la RFC 6585.

# HTTP 451 Unavailable For Legal Reasons: one-paragraph description under the page title. Fahrenheit 451 is the title of Ray Bradbury's novel; use its usual title in your language.
http-451-description = Le serveur refuse l'accès à la ressource en raison d'une exigence légale, comme une décision de justice ou un blocage imposé par un gouvernement. Le corps doit expliquer cette exigence et préciser qui en est à l'origine, et un en-tête `Link` avec `rel="blocked-by"` peut identifier l'entité qui applique le blocage. Le numéro fait référence au roman Fahrenheit 451 de Ray Bradbury.

# HTTP 500 Internal Server Error: one-paragraph description under the page title.
http-500-description = Erreur générique du serveur : celui-ci a rencontré une condition inattendue qui l'a empêché de traiter la requête. Elle révèle généralement un bogue ou une exception non gérée, et non un problème dans la requête. Consultez les journaux du serveur ; le client peut réessayer plus tard, mais la même requête échoue souvent de la même manière.

# HTTP 501 Not Implemented: one-paragraph description under the page title.
http-501-description = Le serveur ne prend pas en charge la fonctionnalité nécessaire pour satisfaire la requête, typiquement une méthode de requête qu'il ne reconnaît pour aucune ressource. La réponse peut être mise en cache par défaut. Utilisez plutôt `405` lorsque la méthode est connue mais non autorisée sur cette ressource précise.

# HTTP 502 Bad Gateway: one-paragraph description under the page title.
http-502-description = Une passerelle ou un proxy a reçu une réponse invalide du serveur en amont qu'il a contacté pour traiter la requête. Causes typiques : un serveur d'applications qui a planté, qui a fermé la connexion prématurément ou qui a envoyé des en-têtes malformés. La correction se fait généralement sur le serveur en amont, et non dans la requête du client.

# HTTP 503 Service Unavailable: one-paragraph description under the page title.
http-503-description = Le serveur ne peut pas traiter la requête pour le moment, parce qu'il est surchargé ou en maintenance, et s'attend à ce que la situation soit temporaire. Un en-tête `Retry-After` peut indiquer au client combien de temps attendre. Les répartiteurs de charge l'envoient aussi lorsqu'aucun serveur backend opérationnel n'est disponible.

# HTTP 504 Gateway Timeout: one-paragraph description under the page title.
http-504-description = Une passerelle ou un proxy n'a pas reçu à temps la réponse du serveur en amont dont il avait besoin pour traiter la requête. Le serveur en amont est peut-être lent, surchargé ou injoignable, ou le délai d'expiration du proxy est plus court que la durée du traitement. Comparez avec `502`, où une réponse est bien revenue mais était invalide.

# HTTP 505 HTTP Version Not Supported: one-paragraph description under the page title.
http-505-description = Le serveur ne prend pas en charge, ou refuse de prendre en charge, la version majeure de HTTP utilisée dans la requête. La réponse doit indiquer les versions que le serveur prend en charge. Ce code est rare, car les clients conviennent normalement de la version lors de la négociation TLS ou se replient sur HTTP/1.1.

# HTTP 506 Variant Also Negotiates: one-paragraph description under the page title.
http-506-description = Le serveur présente une erreur de configuration de la négociation de contenu : la variante choisie par négociation transparente est elle-même configurée pour négocier, ce qui créerait une boucle. Ce code provient de la RFC 2295, une spécification expérimentale de négociation transparente de contenu qui a été peu utilisée. Il signale une mauvaise configuration du serveur, et non un problème côté client.

# HTTP 507 Insufficient Storage: one-paragraph description under the page title.
http-507-description = Réponse WebDAV : le serveur ne peut pas stocker la représentation nécessaire pour mener à bien la requête, par exemple parce que le disque est plein ou que le quota de l'utilisateur est atteint. La situation est considérée comme temporaire. Libérer de l'espace ou augmenter le quota permet de la résoudre.

# HTTP 508 Loop Detected: one-paragraph description under the page title.
http-508-description = Le serveur a interrompu une opération parce qu'il a détecté une boucle infinie lors du traitement d'une requête avec `Depth: infinity`, causée par des liaisons WebDAV qui font qu'une collection se contient elle-même. L'opération entière a échoué. Ce code provient de la RFC 5842, publiée avec le statut expérimental (Experimental), et seuls les serveurs qui implémentent les liaisons l'envoient.

# HTTP 510 Not Extended: one-paragraph description under the page title. Historic is the name of an RFC status category.
http-510-description = Obsolète. La RFC 2774, le HTTP Extension Framework, utilisait ce code pour indiquer que la requête ne déclarait pas une extension exigée par le serveur pour accéder à la ressource. Ce framework n'a jamais été largement déployé et sa RFC est passée au statut historique (Historic) : l'IANA marque donc le code comme obsolète. Les nouveaux serveurs ne doivent pas l'envoyer.

# HTTP 511 Network Authentication Required: one-paragraph description under the page title.
http-511-description = Le client doit s'authentifier pour accéder au réseau, généralement sur un portail captif d'hôtel, d'aéroport ou de café. Ce code provient du réseau qui intercepte la requête, et non du site que l'utilisateur voulait consulter, et le corps doit contenir un lien vers la page où l'utilisateur peut se connecter. Les serveurs d'origine ne doivent pas l'envoyer, et les caches ne doivent pas le stocker.
