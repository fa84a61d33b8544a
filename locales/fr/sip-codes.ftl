### SIP response codes: the one-paragraph description shown under the title of each SIP code page
### (/<lang>/sip/<code>/). English is the source language.
###
### Each message is plain prose on ONE line. Text in `backticks` is protocol syntax (header names such
### as `Retry-After`, methods such as `INVITE`, tokens such as `sec-agree`): keep it exactly as is,
### backticks included. Keep code numbers, RFC numbers and English reason phrases (e.g. Bad Identity-Info)
### unchanged. Never use curly braces, and do not start a message with [, * or a period.

# SIP 100 Trying: the one-paragraph description under the page title.
sip-100-description = Réponse provisoire de saut en saut (hop-by-hop) indiquant que l'élément suivant, un proxy ou l'agent utilisateur appelé, a reçu la requête et la traite. Sur UDP, elle empêche le saut précédent de retransmettre l'`INVITE`. Les proxys ne la relaient jamais : chaque saut envoie la sienne, si bien qu'elle n'indique pas si l'appelé a été joint.

# SIP 180 Ringing: the one-paragraph description under the page title.
sip-180-description = L'agent utilisateur appelé a reçu l'`INVITE` et alerte l'utilisateur, généralement en faisant sonner le terminal. L'appelant diffuse d'ordinaire une tonalité de retour d'appel locale, sauf si des médias précoces (early media) arrivent. Cette réponse crée normalement un dialogue précoce, et un appel dupliqué (forking) peut donner lieu à plusieurs réponses 180 provenant de différents terminaux.

# SIP 181 Call Is Being Forwarded: the one-paragraph description under the page title.
sip-181-description = Réponse provisoire, envoyée par un proxy ou par l'agent utilisateur appelé, indiquant que l'appel est renvoyé vers une autre destination, par exemple par une règle de renvoi d'appel. Elle est purement informative : l'appelant continue d'attendre une réponse finale, qui viendra de la nouvelle destination.

# SIP 182 Queued: the one-paragraph description under the page title.
sip-182-description = L'appelé est temporairement indisponible, mais le serveur a mis l'appel en file d'attente au lieu de le rejeter, comme le fait un centre d'appels. Le libellé de la réponse peut donner des précisions, comme la position dans la file, et le serveur peut envoyer plusieurs réponses 182 à mesure qu'elle évolue. L'appelant continue d'attendre une réponse finale.

# SIP 183 Session Progress: the one-paragraph description under the page title.
sip-183-description = Réponse provisoire qui transmet des informations sur la progression de l'appel non couvertes par les autres codes 1xx. Elle transporte le plus souvent une réponse SDP pour des médias précoces (early media) : l'appelant entend ainsi des annonces ou une tonalité de retour d'appel du réseau avant que l'appel soit décroché ; elle est alors généralement envoyée de manière fiable et acquittée par `PRACK` (RFC 3262). L'exemple la présente sans corps.

# SIP 199 Early Dialog Terminated: the one-paragraph description under the page title.
sip-199-description = Cette réponse signale à l'appelant et aux autres entités en amont qu'un des dialogues précoces d'un `INVITE` a pris fin avant l'envoi de la réponse finale, par exemple lorsqu'une branche d'un appel dupliqué est rejetée (RFC 6228). L'appelant peut alors libérer les ressources liées à ce dialogue, comme les médias précoces. Elle n'est envoyée que si la requête contenait `Supported: 199`, et elle peut inclure un en-tête `Reason` indiquant la réponse finale qui a mis fin au dialogue.

# SIP 200 OK: the one-paragraph description under the page title.
sip-200-description = La requête a réussi. Le sens dépend de la méthode : pour `INVITE`, l'appelé a décroché et un dialogue est établi, ce que l'appelant confirme par un `ACK` ; pour `REGISTER`, le serveur d'enregistrement a stocké la liaison (binding) et liste tous les contacts actuels ; pour `BYE`, la session est terminée. L'exemple répond à un `REGISTER`.

# SIP 202 Accepted: the one-paragraph description under the page title.
# Keep the word Deprecated prominent: the page warns that this code is no longer sent by new implementations.
sip-202-description = Déprécié. Ce code signifiait qu'un `SUBSCRIBE` était accepté alors que son autorisation était encore en attente (RFC 3265), et c'était la réponse habituelle à `REFER`. La RFC 6665 l'a déprécié pour les abonnements et la RFC 7647 a fait de même pour `REFER` : les nouvelles implémentations envoient 200 à la place et traitent un 202 reçu d'anciens pairs comme un 200.

# SIP 204 No Notification: the one-paragraph description under the page title.
# Do not translate it as if it were HTTP 204 No Content; the text explains the difference.
sip-204-description = Réponse de succès à un `SUBSCRIBE` portant un en-tête `Suppress-If-Match` qui correspond à l'étiquette d'entité (entity tag) actuelle de l'état (RFC 5839). L'abonnement est créé ou rafraîchi, mais le notificateur omet le `NOTIFY` qui suivrait normalement, car l'abonné connaît déjà cet état. Malgré son nom, ce code n'a rien à voir avec HTTP 204 No Content : son équivalent HTTP est 304 Not Modified.

# SIP 300 Multiple Choices: the one-paragraph description under the page title.
sip-300-description = L'adresse de la requête correspond à plusieurs emplacements, listés dans des en-têtes `Contact`, éventuellement avec des valeurs de préférence `q`. L'appelant ou son utilisateur en choisit un, ou les essaie l'un après l'autre, au moyen de nouvelles requêtes. Le serveur redirige et ne relaie pas lui-même la requête.

# SIP 301 Moved Permanently: the one-paragraph description under the page title.
sip-301-description = L'utilisateur n'est plus joignable à l'adresse de la Request-URI. L'appelant doit réessayer à l'adresse de l'en-tête `Contact` et l'utiliser désormais, en mettant à jour son carnet d'adresses ou son cache.

# SIP 302 Moved Temporarily: the one-paragraph description under the page title.
sip-302-description = L'utilisateur est joignable pour l'instant à l'adresse de l'en-tête `Contact` : l'appelant y renouvelle donc la requête. Contrairement à 301, l'adresse d'origine reste valide : la redirection dure le temps indiqué par un paramètre `expires` ou un en-tête `Expires`, ou ne s'applique qu'à cet appel. Les serveurs de redirection l'utilisent pour le renvoi d'appel et pour répondre à des recherches de localisation sans jouer le rôle de proxy.

# SIP 305 Use Proxy: the one-paragraph description under the page title.
sip-305-description = La ressource doit être atteinte via le proxy indiqué dans l'en-tête `Contact` : l'appelant renvoie donc la requête par ce proxy. Pour des raisons de sécurité, la RFC 3261 n'autorise que les serveurs d'agent utilisateur à l'envoyer, jamais les proxys. HTTP a déprécié son propre 305, mais le code SIP est toujours en vigueur, bien que rare.

# SIP 380 Alternative Service: the one-paragraph description under the page title.
sip-380-description = L'appel n'a pas abouti, mais il existe d'autres moyens d'atteindre le but recherché, comme la messagerie vocale ou un service d'urgence. La RFC 3261 indique que les alternatives sont décrites dans le corps du message sans en définir le format ; des spécifications ultérieures, notamment pour les appels d'urgence, en définissent un. L'exemple ne montre qu'un `Contact` pointant vers une alternative.

# SIP 400 Bad Request: the one-paragraph description under the page title.
sip-400-description = La requête n'a pas pu être comprise en raison d'une syntaxe incorrecte, par exemple un en-tête obligatoire manquant comme `Call-ID` ou un `CSeq` impossible à analyser. Les serveurs modifient souvent le libellé de la réponse pour nommer le problème exact. Le client doit corriger la requête avant de la renvoyer.

# SIP 401 Unauthorized: the one-paragraph description under the page title.
sip-401-description = La requête nécessite une authentification de l'utilisateur. Les serveurs d'enregistrement et les agents utilisateurs envoient ce code avec un défi `WWW-Authenticate`, et le client réessaie avec un en-tête `Authorization` qui y répond, généralement avec des identifiants HTTP Digest. Les proxys utilisent 407 à la place.

# SIP 402 Payment Required: the one-paragraph description under the page title.
sip-402-description = Réservé pour un usage futur : la RFC 3261 définit le code mais aucun comportement associé. Certains opérateurs l'envoient néanmoins lorsqu'un compte prépayé n'a plus de crédit.

# SIP 403 Forbidden: the one-paragraph description under the page title.
sip-403-description = Le serveur a compris la requête mais refuse de l'exécuter, et renvoyer des identifiants n'y changera rien. Causes typiques : un compte non autorisé à appeler une destination, un `REGISTER` pour une adresse que l'utilisateur authentifié n'a pas le droit d'enregistrer, ou un appelant bloqué par une politique de filtrage.

# SIP 404 Not Found: the one-paragraph description under the page title.
sip-404-description = L'utilisateur n'existe pas dans le domaine de la Request-URI, ou ce domaine n'est pas desservi par le destinataire. La réponse ne vaut que pour ce serveur ; 604 indique que l'utilisateur n'existe nulle part.

# SIP 405 Method Not Allowed: the one-paragraph description under the page title.
sip-405-description = Le serveur connaît la méthode mais ne l'autorise pas pour l'adresse de la Request-URI. La réponse doit inclure un en-tête `Allow` listant les méthodes acceptées, afin que le client puisse s'adapter. L'exemple rejette un `MESSAGE`.

# SIP 406 Not Acceptable: the one-paragraph description under the page title.
sip-406-description = La ressource ne peut produire qu'un contenu que l'en-tête `Accept` de la requête n'autorise pas. Par exemple, un notificateur répond 406 à un `SUBSCRIBE` lorsqu'il ne peut fournir l'état de l'événement dans aucun des formats indiqués par l'abonné.

# SIP 407 Proxy Authentication Required: the one-paragraph description under the page title.
sip-407-description = Comme 401, mais le défi vient d'un proxy situé sur le chemin et non de la destination. La réponse contient un en-tête `Proxy-Authenticate`, et le client réessaie avec `Proxy-Authorization`. C'est la réponse habituelle au premier `INVITE` qu'un téléphone envoie via le proxy de son opérateur.

# SIP 408 Request Timeout: the one-paragraph description under the page title.
sip-408-description = Le serveur n'a pas pu produire de réponse finale à temps, par exemple parce qu'il n'a pas localisé l'utilisateur assez vite. Une transaction cliente le signale aussi localement lorsque son temporisateur expire sans réponse finale (Timer B ou F de la RFC 3261). Le client peut réessayer plus tard ; contrairement à HTTP 408, ce code ne signifie pas que le client a envoyé sa requête trop lentement.

# SIP 410 Gone: the one-paragraph description under the page title.
sip-410-description = L'utilisateur était autrefois joignable sur ce serveur mais ne l'est plus, et le serveur ne connaît aucune adresse de renvoi. La situation est censée être permanente ; lorsqu'elle est temporaire ou inconnue, 404 convient mieux.

# SIP 412 Conditional Request Failed: the one-paragraph description under the page title.
sip-412-description = Un `PUBLISH` a tenté de rafraîchir, de modifier ou de supprimer un état d'événement avec une étiquette d'entité `SIP-If-Match` que le compositeur d'état d'événement, par exemple un serveur de présence, ne connaît plus, généralement parce que la publication a expiré (RFC 3903). L'entité qui publie doit recommencer avec un `PUBLISH` initial contenant l'état complet et sans `SIP-If-Match`.

# SIP 413 Request Entity Too Large: the one-paragraph description under the page title.
sip-413-description = Le corps de la requête est plus volumineux que ce que le serveur veut ou peut traiter. Le serveur peut fermer la connexion et, si la situation est temporaire, il inclut un en-tête `Retry-After`. Les messages instantanés volumineux et les corps multipart en sont des déclencheurs typiques.

# SIP 414 Request-URI Too Long: the one-paragraph description under the page title.
sip-414-description = La Request-URI est plus longue que ce que le serveur accepte d'interpréter. Le client doit la raccourcir, par exemple en supprimant les paramètres d'URI superflus ou les en-têtes intégrés.

# SIP 415 Unsupported Media Type: the one-paragraph description under the page title.
sip-415-description = Le corps de la requête utilise un format, un codage ou une langue que le serveur ne prend pas en charge. La réponse indique ce qu'il accepte dans `Accept`, `Accept-Encoding` ou `Accept-Language`, selon la partie en cause, et le client peut renvoyer la requête avec un corps adapté.

# SIP 416 Unsupported URI Scheme: the one-paragraph description under the page title.
sip-416-description = Le serveur ne comprend pas le schéma de la Request-URI, par exemple un schéma autre que `sip`, `sips` ou `tel` qu'il ne gère pas. Le client doit réessayer avec une URI dont le schéma est pris en charge par le serveur.

# SIP 417 Unknown Resource-Priority: the one-paragraph description under the page title.
sip-417-description = La requête exigeait un traitement prioritaire avec `Require: resource-priority`, mais son en-tête `Resource-Priority` ne contenait aucun espace de noms ni aucune valeur de priorité compris par le serveur (RFC 4412). La réponse liste dans `Accept-Resource-Priority` les valeurs que le serveur accepte. Ce code se rencontre dans les réseaux à accès prioritaire des services gouvernementaux et d'urgence.

# SIP 420 Bad Extension: the one-paragraph description under the page title.
sip-420-description = Le serveur ne prend pas en charge une extension que la requête exigeait au moyen d'une étiquette d'option (option tag) dans `Require`, ou dans `Proxy-Require` pour les proxys. La réponse liste les étiquettes d'option non prises en charge dans `Unsupported`, afin que le client puisse réessayer sans elles.

# SIP 421 Extension Required: the one-paragraph description under the page title.
sip-421-description = Le serveur d'agent utilisateur ne peut traiter la requête qu'avec une extension que le client n'a pas listée dans `Supported`. La réponse indique l'étiquette d'option requise dans un en-tête `Require`. La RFC 3261 demande aux serveurs de l'utiliser avec parcimonie, car rejeter une requête nuit davantage à l'interopérabilité que de la traiter sans l'extension.

# SIP 422 Session Interval Too Small: the one-paragraph description under the page title.
sip-422-description = L'intervalle du temporisateur de session demandé dans `Session-Expires` est plus court que le minimum accepté par ce proxy ou cet agent utilisateur (RFC 4028). La réponse indique ce minimum dans `Min-SE`, et le client renvoie l'`INVITE` ou l'`UPDATE` avec un intervalle plus long.

# SIP 423 Interval Too Brief: the one-paragraph description under the page title.
sip-423-description = La durée d'expiration demandée, généralement pour une liaison `REGISTER`, est plus courte que ce que le serveur autorise, ce qui rendrait les rafraîchissements trop fréquents. La réponse indique le minimum dans `Min-Expires`, et le client réessaie avec au moins cette valeur. Les notificateurs utilisent le même code pour un `SUBSCRIBE` dont la durée d'expiration est trop courte.

# SIP 424 Bad Location Information: the one-paragraph description under the page title.
sip-424-description = La requête transmettait des informations de localisation (RFC 6442) que le destinataire n'a pas pu utiliser, par exemple parce qu'elles étaient malformées, impossibles à déréférencer ou pas assez précises pour acheminer l'appel. Un en-tête `Geolocation-Error` donne un code et un texte expliquant le problème, afin que l'expéditeur puisse le corriger. Ce code concerne surtout les appels d'urgence acheminés selon la localisation de l'appelant.

# SIP 425 Bad Alert Message: the one-paragraph description under the page title.
sip-425-description = Un appel d'urgence non interactif, c'est-à-dire un `MESSAGE` transportant une charge utile Common Alerting Protocol (CAP) émise par un capteur ou un véhicule (RFC 8876), était si malformé qu'aucune réponse d'urgence raisonnable n'a pu être déterminée. Un en-tête `AlertMsg-Error` donne un code et un texte indiquant ce qui n'allait pas dans l'alerte. Ce code n'a aucun rapport avec l'en-tête `Alert-Info`.

# SIP 428 Use Identity Header: the one-paragraph description under the page title.
sip-428-description = La politique du vérificateur exige un en-tête `Identity` signé (STIR, RFC 8224), et la requête n'en contenait pas. Le service d'authentification de l'appelant doit en ajouter un, par exemple un PASSporT SHAKEN, pour que la requête puisse aboutir. La RFC 4474 a introduit ce code ; la RFC 8224, qui la rend obsolète, le conserve.

# SIP 429 Provide Referrer Identity: the one-paragraph description under the page title.
# Unrelated to HTTP 429 Too Many Requests.
sip-429-description = Cette réponse est envoyée par la cible d'un transfert lorsque la requête déclenchée par un `REFER` ne contient pas de jeton `Referred-By` signé valide, dont elle a besoin pour savoir qui a demandé le transfert (RFC 3892). L'entité qui a reçu le `REFER` signale l'échec à celle qui l'a émis dans un `NOTIFY`, et cette dernière peut envoyer un nouveau `REFER` avec un jeton signé. Ce code n'a rien à voir avec HTTP 429 Too Many Requests.

# SIP 430 Flow Failed: the one-paragraph description under the page title.
sip-430-description = Ce code est utilisé dans le cadre de SIP Outbound (RFC 5626) : un proxy de bordure l'envoie lorsqu'une requête arrive pour une connexion cliente, ou flux (flow), qui a échoué. Le proxy faisant autorité qui le reçoit supprime l'enregistrement lié à ce flux et essaie un autre flux ou un autre contact, si bien que l'appelant ne le voit normalement jamais.

# SIP 433 Anonymity Disallowed: the one-paragraph description under the page title.
sip-433-description = La requête a été refusée parce qu'elle est anonyme, par exemple parce que son en-tête `From` est anonyme ou que `Privacy` masque l'identité de l'appelant, et que la politique de l'appelé rejette les appels anonymes (RFC 5079). L'appelant peut réessayer avec une identité qu'il accepte de révéler.

# SIP 436 Bad Identity Info: the one-paragraph description under the page title.
# Bad Identity-Info is the former registered phrase; keep it in English.
sip-436-description = Le vérificateur n'a pas pu utiliser la référence au justificatif d'identité figurant dans le paramètre `info` de l'en-tête `Identity`, par exemple parce que l'URI ne pouvait pas être déréférencée ou utilise un schéma non pris en charge (RFC 8224). La RFC 4474 avait enregistré ce code sous le nom Bad Identity-Info, d'après l'en-tête distinct `Identity-Info` qu'elle utilisait ; la RFC 8224 a supprimé cet en-tête et renommé le code.

# SIP 437 Unsupported Credential: the one-paragraph description under the page title.
# Unsupported Certificate is the former registered phrase; keep it in English.
sip-437-description = Le vérificateur a obtenu le justificatif, généralement un certificat, utilisé pour signer l'en-tête `Identity`, mais ne le prend pas en charge ou ne lui fait pas confiance, par exemple parce que sa chaîne de certification remonte à une autorité inconnue (RFC 8224). La RFC 4474 appelait ce code Unsupported Certificate ; la RFC 8224 l'a renommé pour couvrir d'autres types de justificatifs.

# SIP 438 Invalid Identity Header: the one-paragraph description under the page title.
sip-438-description = L'en-tête `Identity` n'a pas passé la vérification : sa signature ne correspond pas à la requête avec le justificatif indiqué, ou l'en-tête est malformé ou incohérent avec la requête (RFC 8224). Cela révèle souvent un intermédiaire qui a réécrit le numéro appelant ou appelé après la signature de la requête.

# SIP 439 First Hop Lacks Outbound Support: the one-paragraph description under the page title.
sip-439-description = Un serveur d'enregistrement envoie ce code lorsqu'un `REGISTER` demande un traitement SIP Outbound (RFC 5626), avec les paramètres `reg-id` et `+sip.instance`, mais que le proxy de bordure du premier saut n'a pas indiqué qu'il prenait en charge Outbound. L'agent utilisateur peut se réenregistrer sans Outbound, ou via un autre proxy de bordure.

# SIP 440 Max-Breadth Exceeded: the one-paragraph description under the page title.
sip-440-description = Un proxy n'a pas pu dupliquer la requête (forking) parce que l'en-tête `Max-Breadth` ne laissait pas assez de marge pour les branches parallèles (RFC 5393). `Max-Breadth` limite le nombre de branches simultanées qu'une requête peut engendrer, ce qui protège contre les attaques par amplification. Réduire le nombre de cibles simultanées, par exemple en faisant sonner moins de contacts à la fois, permet de l'éviter.

# SIP 469 Bad Info Package: the one-paragraph description under the page title.
sip-469-description = Un agent utilisateur a reçu une requête `INFO` dont l'`Info-Package` ne fait pas partie de ceux qu'il a déclaré accepter (RFC 6086). La réponse doit lister dans `Recv-Info` les packages qu'il accepte, liste qui peut être vide, et l'expéditeur doit cesser d'utiliser ce package dans le dialogue.

# SIP 470 Consent Needed: the one-paragraph description under the page title.
sip-470-description = Un relais, comme un serveur de listes d'URI, refuse de transmettre la requête à un ou plusieurs destinataires parce qu'ils n'ont pas donné leur autorisation pour recevoir ce type de trafic (RFC 5360). L'en-tête `Permission-Missing` liste ces destinataires, et l'expéditeur peut leur demander leur autorisation au moyen du cadre de consentement (consent framework) avant de réessayer.

# SIP 480 Temporarily Unavailable: the one-paragraph description under the page title.
sip-480-description = Le système de l'appelé a été joint, mais l'appelé est actuellement indisponible, par exemple parce qu'il n'est pas connecté, qu'il est en mode « Ne pas déranger » ou qu'il ne répond sur aucun terminal enregistré ; les proxys l'envoient aussi pour un utilisateur connu sans enregistrement en cours. Un en-tête `Retry-After` peut suggérer quand réessayer, et le libellé de la réponse peut être précisé.

# SIP 481 Call/Transaction Does Not Exist: the one-paragraph description under the page title.
sip-481-description = Le serveur d'agent utilisateur a reçu une requête qui ne correspond à aucun dialogue ni à aucune transaction existants, comme un `BYE` pour un appel qu'il ne connaît plus, ou un `CANCEL` alors qu'il ne reste rien à annuler. Cela fait généralement suite à un redémarrage, à une expiration de délai d'un côté ou à un équipement intermédiaire (middlebox) qui a modifié les identifiants de dialogue. L'exemple répond à un `BYE`.

# SIP 482 Loop Detected: the one-paragraph description under the page title.
sip-482-description = Un proxy a constaté que la requête était déjà passée par lui avec les mêmes valeurs de routage : elle tourne donc en boucle. Les boucles proviennent d'une mauvaise configuration du renvoi ou du routage entre serveurs, qu'il faut corriger ; renvoyer la requête n'y changera rien.

# SIP 483 Too Many Hops: the one-paragraph description under the page title.
sip-483-description = La requête est arrivée avec `Max-Forwards` à zéro : l'élément ne peut donc plus la relayer. La cause habituelle est une boucle de routage qui a échappé à la détection de boucles, ou une très longue chaîne de proxys. Face à un `OPTIONS` dont `Max-Forwards` vaut zéro, un proxy peut aussi y répondre lui-même.

# SIP 484 Address Incomplete: the one-paragraph description under the page title.
sip-484-description = La Request-URI est incomplète, par exemple un numéro de téléphone auquel il manque des chiffres, et le serveur a besoin de la suite. Ce code permet la numérotation avec chevauchement (overlap dialing), où l'appelant envoie les chiffres dans des requêtes successives jusqu'à ce que l'adresse soit complète.

# SIP 485 Ambiguous: the one-paragraph description under the page title.
sip-485-description = La Request-URI correspond à plusieurs utilisateurs, par exemple un nom partagé par plusieurs personnes. La réponse peut lister des candidats non ambigus dans des en-têtes `Contact`, même si les serveurs peuvent les omettre par souci de confidentialité, et l'appelant en choisit un et réessaie.

# SIP 486 Busy Here: the one-paragraph description under the page title.
sip-486-description = Le terminal de l'appelé a été joint mais ne peut pas ou ne veut pas prendre un autre appel pour le moment, généralement parce que l'utilisateur est déjà en communication. L'utilisateur peut être joignable ailleurs : les proxys peuvent donc encore essayer d'autres emplacements ou la messagerie vocale ; 600 signifie occupé partout. Un en-tête `Retry-After` peut suggérer quand rappeler.

# SIP 487 Request Terminated: the one-paragraph description under the page title.
sip-487-description = La requête a été interrompue avant d'aboutir par un `CANCEL` ou un `BYE` ; il s'agit généralement d'un `INVITE` que l'appelant a annulé pendant la sonnerie. Le côté qui annule reçoit un 200 pour son `CANCEL` et ce 487 pour la requête d'origine. Ce code n'est jamais envoyé en réponse à un `CANCEL` lui-même.

# SIP 488 Not Acceptable Here: the one-paragraph description under the page title.
sip-488-description = L'agent utilisateur a rejeté la description de session, par exemple parce qu'aucun des codecs ou types de médias proposés n'est utilisable, et un en-tête `Warning` doit indiquer ce qui a échoué. Contrairement à 606, le problème ne concerne que ce terminal : un autre emplacement peut accepter la même offre. C'est aussi la réponse habituelle à une offre inacceptable dans un re-`INVITE` ou un `UPDATE`.

# SIP 489 Bad Event: the one-paragraph description under the page title.
sip-489-description = Le notificateur ne comprend pas le package d'événements indiqué dans l'en-tête `Event` d'un `SUBSCRIBE` (RFC 6665) ; un abonné l'utilise aussi pour un `NOTIFY` concernant un package d'événements qu'il ne connaît pas. Un 489 en réponse à un `SUBSCRIBE` liste les packages pris en charge dans `Allow-Events`.

# SIP 491 Request Pending: the one-paragraph description under the page title.
sip-491-description = L'agent utilisateur a reçu une requête dans un dialogue alors qu'une requête du même type qu'il a lui-même émise est encore en attente, typiquement deux requêtes re-`INVITE` ou `UPDATE` qui se croisent (glare). Chaque côté attend un délai aléatoire, plus long pour celui qui a choisi le `Call-ID`, avant de réessayer, afin que les requêtes cessent d'entrer en collision.

# SIP 493 Undecipherable: the one-paragraph description under the page title.
sip-493-description = La requête contenait un corps chiffré S/MIME que le destinataire ne peut pas déchiffrer, faute de disposer de la clé correspondante. La réponse peut contenir une clé publique que l'expéditeur doit utiliser à la place.

# SIP 494 Security Agreement Required: the one-paragraph description under the page title.
sip-494-description = Le serveur exige que le client négocie d'abord un mécanisme de sécurité (RFC 3329), et le client a indiqué qu'il comprend l'extension `sec-agree`. La réponse liste les mécanismes du serveur, comme TLS ou IPsec, dans `Security-Server` ; le client en choisit un, le met en place et renvoie la requête avec `Security-Verify`. Ce code est courant dans les réseaux d'accès IMS.

# SIP 500 Server Internal Error: the one-paragraph description under the page title.
sip-500-description = Le serveur a rencontré une condition inattendue qui l'a empêché de traiter la requête ; s'il sait que la situation est temporaire, il ajoute `Retry-After`. Un agent utilisateur répond aussi 500 avec `Retry-After` lorsqu'un nouvel `INVITE` arrive dans un dialogue avant qu'il ait fini de traiter le précédent.

# SIP 501 Not Implemented: the one-paragraph description under the page title.
sip-501-description = Le serveur ne prend pas en charge la fonctionnalité nécessaire pour satisfaire la requête, généralement parce qu'un agent utilisateur ne reconnaît pas du tout la méthode. Une méthode connue mais non autorisée pour la cible donne lieu à un 405. Les proxys relaient les requêtes quelle que soit leur méthode : un 501 provient donc normalement de l'extrémité distante.

# SIP 502 Bad Gateway: the one-paragraph description under the page title.
sip-502-description = Un serveur jouant le rôle de proxy ou de passerelle a reçu une réponse invalide d'un serveur en aval qu'il a contacté. La panne se situe plus loin sur le chemin, par exemple une réponse malformée d'un opérateur ou une passerelle RTC défaillante.

# SIP 503 Service Unavailable: the one-paragraph description under the page title.
sip-503-description = Le serveur est temporairement incapable de traiter la requête, parce qu'il est surchargé ou en maintenance, et peut indiquer dans `Retry-After` quand revenir. Les clients doivent essayer un autre serveur trouvé via le DNS et éviter celui-ci pendant cette durée. Un proxy qui ne reçoit qu'un 503 de l'aval envoie normalement 500 vers l'amont, car relayer le 503 reviendrait à affirmer que le proxy lui-même est indisponible.

# SIP 504 Server Time-out: the one-paragraph description under the page title.
sip-504-description = Un serveur jouant le rôle de proxy ou de passerelle n'a pas reçu à temps la réponse d'un autre serveur dont il avait besoin, comme un serveur de localisation ou le saut suivant. Comparez avec 408, où c'est le serveur lui-même qui n'a pas eu le temps de produire une réponse.

# SIP 505 Version Not Supported: the one-paragraph description under the page title.
sip-505-description = Le serveur ne prend pas en charge la version de SIP utilisée dans la ligne de requête. Comme toutes les implémentations parlent SIP/2.0, ce code signale généralement une requête malformée ou qui n'est pas du SIP.

# SIP 513 Message Too Large: the one-paragraph description under the page title.
sip-513-description = Le serveur ne peut pas traiter la requête parce que le message entier est plus long qu'il ne peut le gérer. On le rencontre souvent sur UDP, où les gros messages sont fragmentés ; la RFC 3261 demande aux clients d'utiliser un transport avec contrôle de congestion, comme TCP, pour les requêtes proches de la MTU du chemin. 413 ne concerne que le corps.

# SIP 555 Push Notification Service Not Supported: the one-paragraph description under the page title.
sip-555-description = Un proxy SIP qui gère les notifications push (RFC 8599) a reçu un `REGISTER` dont le paramètre `pn-provider` désigne un service de notifications push qu'il ne prend pas en charge. La réponse peut lister les services qu'il prend en charge avec l'indicateur `+sip.pns` dans un en-tête `Feature-Caps`, afin que l'application puisse se réenregistrer avec l'un d'eux.

# SIP 580 Precondition Failure: the one-paragraph description under the page title.
sip-580-description = L'agent utilisateur n'a pas pu satisfaire une précondition obligatoire de la session, comme la réservation de ressources réseau pour la qualité de service (RFC 3312) : l'établissement de la session échoue donc. La réponse peut contenir une description de session indiquant quelle précondition n'a pas été remplie.

# SIP 600 Busy Everywhere: the one-paragraph description under the page title.
sip-600-description = Le terminal de l'appelé a été joint, mais l'appelé est occupé et ne souhaite pas prendre l'appel ailleurs pour le moment, si bien que les proxys cessent d'essayer d'autres emplacements. Un en-tête `Retry-After` peut suggérer un meilleur moment. Un appelé qui préfère ne pas en donner la raison utilise plutôt 603.

# SIP 603 Decline: the one-paragraph description under the page title.
sip-603-description = Le terminal de l'appelé a été joint, et l'utilisateur a explicitement refusé l'appel sans en donner la raison, par exemple en appuyant sur « Refuser ». S'agissant d'un échec global, ce code met fin à la recherche sur les autres emplacements. Un en-tête `Retry-After` peut indiquer quand l'utilisateur sera disponible.

# SIP 604 Does Not Exist Anywhere: the one-paragraph description under the page title.
sip-604-description = Le serveur dispose d'informations faisant autorité selon lesquelles l'utilisateur de la Request-URI n'existe nulle part : essayer d'autres emplacements est donc inutile. Ce code est plus fort que 404, qui ne vaut que pour un serveur ou un domaine.

# SIP 606 Not Acceptable: the one-paragraph description under the page title.
sip-606-description = L'agent de l'utilisateur a été joint, mais une partie de la description de session, comme le type de média, la bande passante ou l'adressage, n'est pas acceptable, et aucun autre emplacement de l'utilisateur ne l'accepterait non plus. Un en-tête `Warning` doit en donner la raison, et la réponse peut décrire les capacités acceptables. Un problème limité à un seul terminal donne plutôt lieu à un 488.

# SIP 607 Unwanted: the one-paragraph description under the page title.
sip-607-description = L'appelé ne voulait pas de cet appel provenant de cet appelant, par exemple parce que l'utilisateur l'a signalé comme importun ou comme appel automatisé (RFC 8197). Contrairement à 603, ce code indique au réseau que l'appel n'était pas souhaité, une information que les services d'analyse d'appels peuvent exploiter pour signaler ou bloquer les appels suivants de cette source.

# SIP 608 Rejected: the one-paragraph description under the page title.
sip-608-description = Un intermédiaire, généralement un service d'analyse d'appels ou de lutte contre la fraude, a rejeté l'appel pour le compte de l'appelé, dont le terminal ne l'a jamais vu (RFC 8688) ; avec 607, c'est une personne qui a pris la décision. La réponse peut inclure un en-tête `Call-Info` dont le paramètre purpose vaut `jwscard`, pointant vers des coordonnées, afin qu'un appelant bloqué par erreur puisse demander réparation.
