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
sip-100-tldr = Le premier serveur SIP du chemin a reçu votre demande d'appel et la traite ; on n'en sait pas plus pour l'instant.
# SIP 100 Trying: the paragraph under "What it means".
sip-100-meaning = 100 Trying est la seule réponse provisoire purement de saut en saut : chaque proxy ou agent utilisateur qui reçoit un `INVITE` peut y répondre lui-même, et les proxys absorbent les 100 venant de l'aval au lieu de les relayer. Son rôle relève de l'intendance du transport : dès qu'une transaction cliente `INVITE` reçoit une réponse provisoire, quelle qu'elle soit, elle passe à l'état Proceeding, cesse de retransmettre la requête sur UDP (Timer A) et n'applique plus le Timer B de 32 secondes ; un appel resté sans réponse prend donc fin plus tard, par le Timer C d'un proxy ou par l'abandon de l'appelant. La RFC 3261 demande à un proxy avec état (stateful) d'envoyer 100 dès qu'il ne peut pas produire de réponse finale en moins de 200 ms. Un 100 ne porte normalement pas de tag To, ne crée jamais de dialogue et n'a pas de corps. Pour les requêtes autres qu'`INVITE`, la RFC 4320 le restreint : sur UDP, un élément ne doit pas envoyer 100 avant que le Timer E du client n'ait atteint T2, car un 100 prématuré ne fait que ralentir les retransmissions du client.
# SIP 100 Trying: common cause 1 of 3, a list item under "Common causes".
sip-100-cause-1 = Un proxy avec état ou un B2BUA, comme Kamailio avec le module `tm` ou un PBX, répond 100 à chaque `INVITE` entrant avant de commencer à le router.
# SIP 100 Trying: common cause 2 of 3, a list item under "Common causes".
sip-100-cause-2 = Le téléphone de l'appelé envoie 100 immédiatement, car la préparation du 180 prend plus de 200 ms, par exemple le temps de rechercher un contact local ou de réveiller une application mobile.
# SIP 100 Trying: common cause 3 of 3, a list item under "Common causes".
sip-100-cause-3 = Un appel qui affiche 100, puis plus rien : le premier saut a accepté l'`INVITE`, mais le saut suivant est injoignable ou muet, si bien qu'aucun 180 ni aucune réponse finale ne revient.
# SIP 100 Trying: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-100-fix-visitor-1 = Rien à faire : votre téléphone gère seul 100 Trying, qui confirme simplement que le premier serveur a reçu l'appel.
# SIP 100 Trying: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-1 = Envoyez 100 immédiatement pour chaque `INVITE` auquel votre élément ne donnera pas de réponse finale en moins de 200 ms ; `t_relay()` de Kamailio le fait automatiquement tant que le paramètre `auto_inv_100` du module `tm` est activé, ce qui est le cas par défaut.
# SIP 100 Trying: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-2 = Ne relayez jamais un 100 reçu de l'aval et ne vous en servez jamais pour montrer la progression de l'appel à l'utilisateur : envoyez 180 ou 183 pour cela.
# SIP 100 Trying: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-3 = Si les appels restent bloqués après un 100, tracez les deux jambes d'appel (legs) avec `sngrep` ou `tcpdump -i any -s0 port 5060` pour voir ce que le saut suivant a fait de l'`INVITE` relayé ; ce sont ensuite les paramètres `fr_timer` (pas de réponse du saut suivant) et `fr_inv_timer` (sonnerie trop longue) de Kamailio qui déterminent quand l'appelant reçoit un 408.
# SIP 100 Trying: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-4 = Sur UDP, répondez aux requêtes autres qu'`INVITE`, comme `REGISTER` ou `OPTIONS`, directement par leur réponse finale plutôt que par un 100 prématuré (RFC 4320).
# SIP 100 Trying compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-180 = N'importe quel élément envoie 100 comme accusé de réception de saut en saut dès qu'il reçoit l'`INVITE` ; seul le terminal de l'appelé envoie 180, une fois qu'il alerte réellement l'utilisateur.
# SIP 100 Trying compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-183 = 100 indique seulement que le saut suivant traite la requête ; 183 vient de bout en bout de l'extrémité distante et apporte généralement une réponse SDP pour des médias précoces.
# SIP 100 Trying compared with SIP 181 Call Is Being Forwarded: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-181 = Envoyez 100 comme simple accusé de réception ; envoyez 181 lorsque votre élément renvoie l'appel vers une autre destination et que l'appelant doit le savoir.

## SIP 180 Ringing

# SIP 180 Ringing: one-line summary at the top of the explainer (TL;DR).
sip-180-tldr = Le téléphone que vous appelez a reçu votre appel et sonne.
# SIP 180 Ringing: the paragraph under "What it means".
sip-180-meaning = Un 180 indique à l'appelant que l'agent utilisateur appelé alerte son utilisateur. Les proxys le relaient vers l'amont et, comme il porte un tag To, il crée un dialogue précoce dont la cible distante est le `Contact` de la réponse. Sans SDP, le téléphone de l'appelant diffuse sa propre tonalité de retour d'appel ; avec une réponse SDP, il doit plutôt diffuser les médias qu'il reçoit. Un proxy qui duplique l'appel (forking) peut renvoyer plusieurs 180 avec des tags To différents, soit un dialogue précoce par terminal qui sonne. La réponse n'est pas fiable, sauf si elle est envoyée avec `Require: 100rel` et confirmée par `PRACK` (RFC 3262), et un UAS qui sonne longtemps doit répéter une réponse provisoire autre que 100 toutes les minutes, afin que les proxys n'annulent pas l'appel à l'expiration de leur Timer C de 3 minutes.
# SIP 180 Ringing: common cause 1 of 4, a list item under "Common causes".
sip-180-cause-1 = Le téléphone ou le softphone de l'appelé a reçu l'`INVITE` et s'est mis à sonner.
# SIP 180 Ringing: common cause 2 of 4, a list item under "Common causes".
sip-180-cause-2 = Un proxy qui duplique les appels (forking) ou un groupe de sonnerie a présenté l'appel à plusieurs terminaux à la fois, et chacun a répondu par son propre 180.
# SIP 180 Ringing: common cause 3 of 4, a list item under "Common causes".
sip-180-cause-3 = Une passerelle RTC a reçu du réseau téléphonique un message ISUP Address Complete ou Q.931 Alerting et l'a traduit en 180.
# SIP 180 Ringing: common cause 4 of 4, a list item under "Common causes".
sip-180-cause-4 = Un PBX envoie un nouveau 180 environ toutes les minutes pendant une longue sonnerie, afin que les proxys du chemin gardent la transaction `INVITE` ouverte.
# SIP 180 Ringing: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-180-fix-visitor-1 = Rien à faire : l'autre téléphone sonne ; attendez qu'on décroche ou raccrochez.
# SIP 180 Ringing: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-1 = Diffusez une tonalité de retour d'appel locale sur un 180 sans SDP, et passez aux médias reçus si un 180 ou un 183 apporte une réponse SDP ; ne diffusez jamais les deux à la fois.
# SIP 180 Ringing: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-2 = Conservez un état de dialogue précoce par tag To, car un appel dupliqué peut recevoir des 180 de plusieurs terminaux avant que l'un d'eux ne décroche.
# SIP 180 Ringing: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-3 = Si les appelants entendent un silence au lieu de la sonnerie, vérifiez si votre côté envoie un 180 avec SDP mais sans audio ; dans Asterisk, `inband_progress = yes` sur un endpoint PJSIP lui fait envoyer un 183 et une sonnerie dans la bande (in-band) au lieu d'un simple 180.
# SIP 180 Ringing: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-4 = Pour une longue sonnerie, renvoyez 180 environ toutes les minutes, ou utilisez des réponses provisoires fiables avec `100rel`, afin qu'aucun proxy ne fasse expirer la transaction.
# SIP 180 Ringing compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-183 = Envoyez 180 lorsqu'un terminal sonne et que l'appelant peut produire sa propre tonalité de retour d'appel ; envoyez 183 avec SDP lorsque le réseau ou l'appelé a un son à faire entendre avant le décroché, comme une annonce.
# SIP 180 Ringing compared with SIP 182 Queued: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-182 = 180 signifie qu'un terminal sonne en ce moment ; 182 signifie qu'aucun terminal ne sonne encore et que l'appel attend dans une file d'attente.
# SIP 180 Ringing compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-200 = Avec 180, l'appel continue de sonner dans un dialogue précoce ; 200 signifie que quelqu'un a décroché, et le dialogue est confirmé dès que l'appelant envoie `ACK`.

## SIP 181 Call Is Being Forwarded

# SIP 181 Call Is Being Forwarded: one-line summary at the top of the explainer (TL;DR).
sip-181-tldr = L'appel est renvoyé vers un autre numéro ou un autre terminal : patientez.
# SIP 181 Call Is Being Forwarded: the paragraph under "What it means".
sip-181-meaning = Un 181 indique à l'appelant qu'un élément du chemin a renvoyé l'appel vers une autre cible, par exemple en appliquant une règle de renvoi d'appel, et essaie désormais lui-même la nouvelle destination. Contrairement à un 3xx, il ne demande rien à l'appelant : la même transaction `INVITE` se poursuit, et la réponse finale viendra de là où l'appel aboutira. Les proxys comme l'agent utilisateur initialement appelé peuvent l'envoyer. Qui a renvoyé l'appel, et pourquoi, ne figure pas dans le 181 lui-même mais dans `History-Info` (RFC 7044) ou dans l'en-tête `Diversion`, au statut historique (RFC 5806), que porte l'`INVITE` renvoyé. Comme toute réponse provisoire supérieure à 100, elle n'est pas fiable sauf si elle est envoyée avec `100rel` : les appelants ne doivent donc pas compter sur sa réception.
# SIP 181 Call Is Being Forwarded: common cause 1 of 4, a list item under "Common causes".
sip-181-cause-1 = L'appelé a configuré un renvoi d'appel inconditionnel, et le PBX renvoie l'appel vers un numéro mobile ou un autre poste.
# SIP 181 Call Is Being Forwarded: common cause 2 of 4, a list item under "Common causes".
sip-181-cause-2 = Personne n'a répondu dans le délai de sonnerie, et une règle de renvoi sur non-réponse envoie l'appel vers la messagerie vocale ou vers un collègue.
# SIP 181 Call Is Being Forwarded: common cause 3 of 4, a list item under "Common causes".
sip-181-cause-3 = L'appelé est occupé, et une règle de renvoi sur occupation envoie l'appel ailleurs au lieu de renvoyer 486.
# SIP 181 Call Is Being Forwarded: common cause 4 of 4, a list item under "Common causes".
sip-181-cause-4 = Un service de suivi d'appel (find-me/follow-me) essaie les terminaux de l'utilisateur l'un après l'autre et signale chaque nouvelle cible par un 181.
# SIP 181 Call Is Being Forwarded: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-181-fix-visitor-1 = Rien à faire : patientez ; une autre personne que celle que vous avez appelée, ou une messagerie vocale, peut répondre.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-1 = Envoyez 181 lorsque votre proxy ou votre PBX renvoie un appel vers une autre cible, afin que les téléphones des appelants puissent indiquer qu'il a été renvoyé, et consignez la cible d'origine et le motif dans `History-Info`.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-2 = Dans un B2BUA, vérifiez que le 181 et les données `Diversion` ou `History-Info` passent d'une jambe d'appel à l'autre : de nombreux opérateurs en ont besoin pour facturer ou filtrer les appels renvoyés.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-3 = Ne faites pas dépendre la logique de l'appelant de l'arrivée d'un 181 : de nombreux serveurs renvoient les appels sans le signaler.
# SIP 181 Call Is Being Forwarded compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-302 = Envoyez 181 lorsque votre propre serveur renvoie l'appel et continue de le traiter ; renvoyez 302 lorsque l'appelant doit lui-même rappeler la nouvelle adresse.
# SIP 181 Call Is Being Forwarded compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-180 = 181 indique que l'appel part vers une autre cible ; 180 vient de la cible qui sonne réellement.
# SIP 181 Call Is Being Forwarded compared with SIP 182 Queued: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-182 = Utilisez 181 pour un appel envoyé ailleurs, et 182 pour un appel qui reste ici, en attente dans une file.

## SIP 182 Queued

# SIP 182 Queued: one-line summary at the top of the explainer (TL;DR).
sip-182-tldr = Personne ne peut prendre votre appel pour le moment, mais il est placé en file d'attente au lieu d'être rejeté.
# SIP 182 Queued: the paragraph under "What it means".
sip-182-meaning = Un 182 permet à un UAS, comme un distributeur automatique d'appels (ACD), de mettre en attente un appel entrant lorsque personne ne peut encore le prendre, au lieu de le faire échouer avec un 486. L'appel reste dans la même transaction `INVITE`, et le serveur peut envoyer d'autres 182 avec de nouveaux libellés, par exemple « 2 calls ahead of you », à mesure que la file avance. Provisoires et non fiables, ces mises à jour peuvent se perdre : l'appelant ne doit donc pas compter les voir toutes. Les proxys annulent un `INVITE` resté trois minutes sans réponse (Timer C) : une longue file d'attente doit donc continuer d'envoyer des réponses provisoires au moins une fois par minute. De nombreux centres d'appels répondent plutôt 200 et diffusent des annonces d'attente, ce qui déclenche la facturation mais garantit un chemin audio ; d'autres combinent la mise en file d'attente avec des médias précoces dans un 183.
# SIP 182 Queued: common cause 1 of 3, a list item under "Common causes".
sip-182-cause-1 = La file d'attente d'un centre d'appels (ACD) n'a aucun agent libre et garde l'appel en attente au lieu de renvoyer occupé.
# SIP 182 Queued: common cause 2 of 3, a list item under "Common causes".
sip-182-cause-2 = Un groupe de distribution ou un poste de standardiste met les appels en file d'attente pendant que tous les membres sont en ligne.
# SIP 182 Queued: common cause 3 of 3, a list item under "Common causes".
sip-182-cause-3 = Une application de file d'attente envoie régulièrement un 182 indiquant la position de l'appelant dans le libellé de la réponse.
# SIP 182 Queued: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-182-fix-visitor-1 = Restez en ligne : l'appel attend qu'une personne se libère, et il sera pris ou terminé plus tard.
# SIP 182 Queued: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-1 = Envoyez 182 depuis votre application de file d'attente en indiquant la position dans le libellé, et répétez-le à moins d'une minute d'intervalle pour que les proxys du chemin ne fassent pas expirer l'`INVITE`.
# SIP 182 Queued: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-2 = Si les appelants en attente doivent entendre de la musique ou des annonces, envoyez 183 avec SDP (médias précoces) ou répondez 200 ; un simple 182 ne leur fait rien entendre.
# SIP 182 Queued: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-3 = Côté appelant, traitez 182 comme toute autre réponse provisoire : affichez son texte si vous le souhaitez et continuez d'attendre la réponse finale.
# SIP 182 Queued compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-180 = Envoyez 182 lorsque l'appel attend qu'une personne se libère ; envoyez 180 lorsqu'un terminal sonne en ce moment.
# SIP 182 Queued compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-486 = Mettez l'appel en file d'attente avec 182 si vous le transmettrez dès qu'un agent sera libre ; rejetez-le avec 486 si l'appelé est occupé et que vous n'attendrez pas.
# SIP 182 Queued compared with SIP 181 Call Is Being Forwarded: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-181 = 182 garde l'appel sur ce serveur, dans une file d'attente ; 181 signale que l'appel est envoyé vers une autre cible.

## SIP 183 Session Progress

# SIP 183 Session Progress: one-line summary at the top of the explainer (TL;DR).
sip-183-tldr = L'appel progresse, et vous entendrez peut-être un son provenant du réseau, comme une sonnerie ou une annonce, avant que quelqu'un ne décroche.
# SIP 183 Session Progress: the paragraph under "What it means".
sip-183-meaning = 183 transmet des informations de progression que les autres codes provisoires n'expriment pas et, en pratique, presque toujours une réponse SDP qui ouvre des médias précoces : l'appelant entend ainsi des tonalités ou des annonces produites par l'extrémité distante. Un 183 portant un tag To crée un dialogue précoce. Dans un 183 non fiable, le SDP est un aperçu de la réponse que le 200 répétera ; envoyé de manière fiable, avec `Require: 100rel` et `RSeq`, et confirmé par `PRACK` (RFC 3262), il conclut à lui seul l'échange offre/réponse. La RFC 3960 décrit comment un appelant doit choisir entre la tonalité de retour d'appel locale et les médias précoces reçus, et dans les réseaux IMS, l'en-tête `P-Early-Media` (RFC 5009) indique si les médias précoces sont autorisés. Un 183 sans corps est valide, mais n'en dit guère plus à l'appelant qu'un 180.
# SIP 183 Session Progress: common cause 1 of 4, a list item under "Common causes".
sip-183-cause-1 = Une passerelle RTC transmet comme médias précoces des tonalités ou des annonces dans la bande provenant du réseau téléphonique, comme « le numéro que vous avez demandé n'est pas attribué ».
# SIP 183 Session Progress: common cause 2 of 4, a list item under "Common causes".
sip-183-cause-2 = L'opérateur ou le PBX diffuse sa propre tonalité de retour d'appel, ou une musique personnalisée, au lieu de laisser le téléphone de l'appelant en produire une.
# SIP 183 Session Progress: common cause 3 of 4, a list item under "Common causes".
sip-183-cause-3 = Un serveur vocal interactif (SVI) ou une plateforme prépayée diffuse un message, par exemple le crédit restant, avant la mise en relation.
# SIP 183 Session Progress: common cause 4 of 4, a list item under "Common causes".
sip-183-cause-4 = Un plan de numérotation (dialplan) Asterisk appelle `Progress()`, ou FreeSWITCH exécute `pre_answer`, pour ouvrir le chemin audio avant de décrocher.
# SIP 183 Session Progress: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-183-fix-visitor-1 = Rien à faire : écoutez ce que diffuse le réseau ; si la ligne reste longtemps silencieuse, raccrochez et réessayez.
# SIP 183 Session Progress: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-1 = Ouvrez le flux RTP dès qu'un 183 apporte du SDP et diffusez ce qui arrive au lieu de la tonalité de retour d'appel locale ; en présence de plusieurs dialogues précoces, choisissez-en un comme le décrit la RFC 3960 plutôt que de les mélanger.
# SIP 183 Session Progress: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-2 = En cas de médias précoces unidirectionnels ou absents, vérifiez le NAT et les pare-feu : l'extrémité distante envoie du RTP avant le décroché, si bien que les ouvertures de ports (pinholes) et l'ancrage des médias sur le SBC (rtpengine, RTPProxy) doivent être en place dès le 183.
# SIP 183 Session Progress: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-3 = Envoyez 183 de manière fiable avec `Require: 100rel` lorsque l'appelant indique `100rel` dans `Supported`, afin que la réponse SDP qu'il transporte soit acquittée par `PRACK`.
# SIP 183 Session Progress: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-4 = Les passerelles associent généralement un message RNIS Progress portant l'indicateur « in-band information available » à un 183 avec SDP ; vérifiez cette correspondance si les annonces du RTC n'atteignent jamais vos appelants.
# SIP 183 Session Progress compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-180 = Envoyez 183 avec SDP lorsque l'appelant doit entendre des médias produits par le réseau ; envoyez 180 lorsqu'un terminal sonne et que le téléphone de l'appelant peut produire sa propre tonalité de retour d'appel.
# SIP 183 Session Progress compared with SIP 199 Early Dialog Terminated: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-199 = 183 ouvre ou met à jour un dialogue précoce, souvent avec des médias ; 199 indique à l'appelant qu'un de ces dialogues précoces a pris fin.
# SIP 183 Session Progress compared with SIP 100 Trying: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-100 = 183 circule de bout en bout et ouvre généralement des médias précoces ; 100 est un accusé de réception local du saut suivant et ne porte jamais de SDP.

## SIP 199 Early Dialog Terminated

# SIP 199 Early Dialog Terminated: one-line summary at the top of the explainer (TL;DR).
sip-199-tldr = L'un des terminaux auxquels votre appel a été présenté s'est retiré avant que l'appel ne soit pris ; l'appel lui-même continue.
# SIP 199 Early Dialog Terminated: the paragraph under "What it means".
sip-199-meaning = Lorsqu'un proxy duplique un `INVITE` (forking), l'appelant peut détenir plusieurs dialogues précoces, un pour chaque terminal ayant envoyé une réponse provisoire avec un tag To. Sans la RFC 6228, l'appelant n'apprend l'échec d'une branche qu'à l'arrivée de la réponse finale et conserve en attendant des flux de médias précoces et d'autres ressources pour des branches mortes. Un proxy qui duplique l'appel et reçoit une réponse finale autre que 2xx sur une branche, ou un UAS qui met fin à l'un de ses propres dialogues précoces, peut envoyer un 199 portant le tag To de ce dialogue, afin que l'appelant libère ce qui s'y rattache. La prise en charge est facultative : personne n'envoie 199 si l'`INVITE` ne contenait pas `Supported: 199`. Un 199 peut inclure un en-tête `Reason` (RFC 3326) indiquant la réponse finale qui a mis fin à la branche, et ne doit porter ni offre ni réponse SDP. La transaction `INVITE` reste ouverte : l'appelant attend toujours une réponse finale des branches restantes.
# SIP 199 Early Dialog Terminated: common cause 1 of 3, a list item under "Common causes".
sip-199-cause-1 = Un appel dupliqué a fait sonner trois terminaux, et l'un d'eux l'a rejeté avec 486 ou 603 alors que les autres sonnent encore.
# SIP 199 Early Dialog Terminated: common cause 2 of 3, a list item under "Common causes".
sip-199-cause-2 = Une branche qui avait envoyé un 183 avec des médias précoces a échoué ou a été annulée par le proxy de duplication, par exemple à l'expiration de son temporisateur de branche.
# SIP 199 Early Dialog Terminated: common cause 3 of 3, a list item under "Common causes".
sip-199-cause-3 = Un UAS qui a créé plusieurs dialogues précoces pour un même `INVITE` met fin à ceux qu'il n'utilisera pas avant d'envoyer sa réponse finale.
# SIP 199 Early Dialog Terminated: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-199-fix-visitor-1 = Rien à faire : l'appel sonne toujours ailleurs, et votre téléphone traite seul cette notification.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-1 = Ajoutez `Supported: 199` aux `INVITE` sortants si votre client peut libérer des ressources propres à chaque dialogue, comme des ports de passerelle média ou des transcodeurs ; sans cela, personne ne vous enverra de 199.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-2 = À la réception d'un 199, cessez de diffuser les médias précoces associés au tag To qu'il indique et libérez ses ports RTP, mais maintenez la transaction `INVITE` et les autres dialogues précoces.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-3 = Dans un proxy qui duplique les appels, ne générez de 199 qu'envers les appelants qui en ont annoncé la prise en charge, incluez un en-tête `Reason` avec le code final de la branche, et ne l'envoyez jamais après la réponse finale.
# SIP 199 Early Dialog Terminated compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-183 = Envoyez 199 lorsqu'un dialogue précoce prend fin avant la réponse finale ; envoyez 183 pour ouvrir ou mettre à jour un dialogue précoce, généralement avec des médias.
# SIP 199 Early Dialog Terminated compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-487 = 199 met fin à un dialogue précoce tandis que l'appel continue ; 487 met fin à tout l'`INVITE` parce qu'il a été annulé.
# SIP 199 Early Dialog Terminated compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-180 = 199 signale qu'une branche qui sonnait s'est arrêtée ; 180 signale qu'une branche s'est mise à sonner.

## SIP 200 OK

# SIP 200 OK: one-line summary at the top of the explainer (TL;DR).
sip-200-tldr = La requête a abouti : pour un appel, l'autre côté a décroché ; pour un enregistrement, le serveur a stocké l'adresse de votre téléphone.
# SIP 200 OK: the paragraph under "What it means".
sip-200-meaning = 200 est la réponse de succès générique, et ce qu'elle confirme dépend de la méthode. Pour un `INVITE`, elle porte la réponse SDP (ou l'offre, si l'`INVITE` n'en contenait pas) et confirme le dialogue, ce que l'appelant doit acquitter de bout en bout par un `ACK` ; le UAS retransmet le 200, d'abord après T1 puis à intervalles croissants jusqu'à T2, tant que cet `ACK` n'est pas arrivé, et met fin à l'appel par un `BYE` s'il n'arrive pas dans un délai de 64*T1. Pour un `REGISTER`, le serveur d'enregistrement liste toutes les liaisons actuelles de l'adresse d'enregistrement (AOR) dans des en-têtes `Contact`, chacune avec la valeur `expires` accordée, qui peut être plus courte que celle demandée. Pour `OPTIONS`, elle annonce les capacités dans `Allow`, `Accept` et `Supported`, et pour `BYE`, `CANCEL`, `SUBSCRIBE` ou `REFER`, elle confirme simplement la requête. Depuis les RFC 6665 et 7647, 200 remplace aussi le 202 déprécié comme réponse à un `SUBSCRIBE` ou à un `REFER` accepté.
# SIP 200 OK: common cause 1 of 4, a list item under "Common causes".
sip-200-cause-1 = L'appelé a décroché : son terminal a donc répondu à l'`INVITE` par un 200 accompagné de son SDP.
# SIP 200 OK: common cause 2 of 4, a list item under "Common causes".
sip-200-cause-2 = Le serveur d'enregistrement a accepté le `REGISTER` d'un téléphone aux identifiants valides, après le défi digest.
# SIP 200 OK: common cause 3 of 4, a list item under "Common causes".
sip-200-cause-3 = Un outil de supervision, un SBC ou un répartiteur de charge a envoyé un `OPTIONS` comme message de maintien (keepalive), et le serveur a répondu qu'il est en service.
# SIP 200 OK: common cause 4 of 4, a list item under "Common causes".
sip-200-cause-4 = Un `BYE` ou un `CANCEL` a été traité, ce qui confirme que l'appel est terminé ou que l'`INVITE` en attente est en cours d'arrêt.
# SIP 200 OK: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-200-fix-visitor-1 = Rien à faire : l'appel est établi ou votre téléphone est enregistré, ce qui était le but recherché.
# SIP 200 OK: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-1 = Envoyez un `ACK` pour chaque 200 reçu en réponse à un `INVITE`, y compris les 200 supplémentaires provenant d'autres branches d'un appel dupliqué, et terminez chaque dialogue superflu par un `BYE` si vous ne gardez qu'un appel.
# SIP 200 OK: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-2 = Après un 200 en réponse à `REGISTER`, lisez la valeur `expires` de votre propre `Contact` et rafraîchissez l'enregistrement avant son expiration ; si votre contact est absent ou indique une autre adresse, un NAT ou un SIP ALG l'a réécrit.
# SIP 200 OK: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-3 = Construisez le dialogue à partir du 200 : la cible distante est son `Contact`, l'ensemble de routes (route set) est formé de ses en-têtes `Record-Route` dans l'ordre inverse, et un en-tête `Session-Expires` fixe l'intervalle de rafraîchissement du temporisateur de session.
# SIP 200 OK: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-4 = Envoyez 200, et non 202, lorsque votre notificateur accepte un `SUBSCRIBE` ou que votre agent utilisateur accepte un `REFER`.
# SIP 200 OK compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-202 = Envoyez 200 pour un `SUBSCRIBE` ou un `REFER` accepté ; 202 est déprécié dans les deux cas, et les destinataires le traitent de toute façon comme un 200.
# SIP 200 OK compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-204 = Répondez 200 à un `SUBSCRIBE` lorsqu'un `NOTIFY` portant l'état va suivre ; ne répondez 204 que lorsque son étiquette `Suppress-If-Match` correspond et que ce `NOTIFY` est omis.
# SIP 200 OK compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-180 = 200 est une réponse finale qui confirme l'appel ; 180 indique seulement que le terminal de l'appelé sonne.

## SIP 202 Accepted

# Deprecated code: keep the word Deprecated at the start of the summary; the page warns that new implementations no longer send it.
# SIP 202 Accepted: one-line summary at the top of the explainer (TL;DR).
sip-202-tldr = Déprécié : la requête a été acceptée, à l'ancienne ; les logiciels SIP actuels répondent 200 OK à la place.
# SIP 202 Accepted: the paragraph under "What it means".
sip-202-meaning = 202 répondait autrefois à un `SUBSCRIBE` dont l'autorisation était encore en attente (RFC 3265), et la RFC 3515 en avait fait la réponse habituelle à un `REFER`, pour indiquer que la demande de transfert était acceptée et que son issue suivrait dans des requêtes `NOTIFY`. La RFC 6665 l'a déprécié pour les abonnements, car il n'apprenait rien à l'abonné que le premier `NOTIFY` ne dise déjà dans son en-tête `Subscription-State` (`pending` ou `active`), et la RFC 7647 a fait de même pour `REFER`. Les notificateurs et les destinataires d'un REFER doivent désormais envoyer 200, et tout destinataire doit traiter un 202 exactement comme un 200. Le code reste enregistré, et d'anciens téléphones et PBX l'envoient encore, surtout en réponse à un `REFER` lors des transferts d'appel.
# SIP 202 Accepted: common cause 1 of 3, a list item under "Common causes".
sip-202-cause-1 = Un ancien téléphone ou PBX conçu selon la RFC 3265 ou la RFC 3515 répond 202 à un `REFER` de transfert aveugle ou supervisé.
# SIP 202 Accepted: common cause 2 of 3, a list item under "Common causes".
sip-202-cause-2 = Un ancien serveur de présence ou de notification de messagerie vocale répond 202 à un `SUBSCRIBE` tant que l'abonnement attend l'autorisation de l'utilisateur.
# SIP 202 Accepted: common cause 3 of 3, a list item under "Common causes".
sip-202-cause-3 = Une bibliothèque SIP ou un script de test renvoie encore un 202 codé en dur pour `REFER` ou `SUBSCRIBE`.
# SIP 202 Accepted: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-202-fix-visitor-1 = Rien à faire : votre téléphone le traite comme un succès ordinaire, et un transfert qui l'utilise fonctionne quand même.
# SIP 202 Accepted: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-1 = Envoyez 200 au lieu de 202 lorsque vous acceptez un `SUBSCRIBE` ou un `REFER`, et signalez une autorisation en attente par `Subscription-State: pending` dans le premier `NOTIFY`.
# SIP 202 Accepted: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-2 = Acceptez le 202 des anciens pairs et traitez-le exactement comme un 200 : un client qui attend spécifiquement un 200 fait échouer les transferts avec les anciens PBX.
# SIP 202 Accepted: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-3 = Suivez la progression d'un transfert grâce aux requêtes `NOTIFY` à corps `message/sipfrag` qui arrivent ensuite, et non grâce au code de la réponse au `REFER`.
# SIP 202 Accepted compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-200 = 202 est déprécié : envoyez 200 pour un `SUBSCRIBE` ou un `REFER` accepté, et ne tolérez 202 que de la part d'anciens pairs.
# SIP 202 Accepted compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-204 = L'un ne remplace pas l'autre : 204 répond à un `SUBSCRIBE` dont l'abonné connaît déjà l'état, tandis que 202 est une acceptation obsolète qui devrait désormais être un 200.
# SIP 202 Accepted compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-489 = 202, désormais remplacé par 200, accepte un abonnement ou un transfert ; 489 refuse un abonnement parce que son package d'événements est inconnu.

## SIP 204 No Notification

# SIP 204 No Notification: one-line summary at the top of the explainer (TL;DR).
sip-204-tldr = Votre abonnement a été créé ou rafraîchi, et aucune notification ne suit, car vous disposez déjà de l'état actuel.
# SIP 204 No Notification: the paragraph under "What it means".
sip-204-meaning = La RFC 5839 permet à un abonné d'éviter de recevoir deux fois le même état d'événement. Chaque `NOTIFY` peut porter une étiquette d'entité dans `SIP-ETag` ; lorsque l'abonné envoie ensuite un `SUBSCRIBE` pour créer ou rafraîchir un abonnement, il peut indiquer la dernière étiquette reçue dans `Suppress-If-Match`, ou `*` pour correspondre à n'importe quelle étiquette. Si l'état actuel du notificateur porte toujours cette étiquette, il répond 204 et omet le `NOTIFY` qu'il enverrait sinon immédiatement ; l'abonnement, d'une durée indiquée dans `Expires`, est en place comme après un 200. Les changements d'état ultérieurs sont notifiés normalement. Un notificateur qui n'implémente pas la RFC 5839 ignore cet en-tête inconnu et répond 200, suivi d'un `NOTIFY` complet : les abonnés doivent donc gérer les deux cas.
# SIP 204 No Notification: common cause 1 of 3, a list item under "Common causes".
sip-204-cause-1 = Un abonné à la présence ou au BLF (supervision de ligne) a rafraîchi son abonnement avec `Suppress-If-Match` égal au `SIP-ETag` du dernier `NOTIFY`, et l'état n'a pas changé depuis.
# SIP 204 No Notification: common cause 2 of 3, a list item under "Common causes".
sip-204-cause-2 = Un client s'est réabonné après son propre redémarrage avec une étiquette d'entité en cache, et l'état de la ressource surveillée est toujours le même.
# SIP 204 No Notification: common cause 3 of 3, a list item under "Common causes".
sip-204-cause-3 = Un abonné a envoyé `Suppress-If-Match: *` pour rafraîchir l'abonnement sans recevoir de nouveau l'état.
# SIP 204 No Notification: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-204-fix-visitor-1 = Rien à faire : votre téléphone affiche déjà la bonne présence ou le bon état de ligne.
# SIP 204 No Notification: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-1 = Conservez le `SIP-ETag` de chaque `NOTIFY` et renvoyez-le dans `Suppress-If-Match` lors du rafraîchissement : vous économisez à chaque fois un `NOTIFY` et son corps.
# SIP 204 No Notification: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-2 = Côté notificateur, comparez l'étiquette reçue avec l'étiquette d'entité de l'état actuel et n'envoyez 204, avec un en-tête `Expires`, qu'en cas de correspondance exacte ; sinon, répondez 200 et envoyez le `NOTIFY`.
# SIP 204 No Notification: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-3 = Ne l'assimilez pas à HTTP 204 No Content dans les passerelles, les journaux ou les tableaux de bord : c'est un succès conditionnel, plus proche de HTTP 304.
# SIP 204 No Notification compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-200 = Répondez 204 lorsque l'étiquette de l'abonné correspond toujours et qu'aucun `NOTIFY` n'est nécessaire ; répondez 200 dans tous les autres cas de succès.
# SIP 204 No Notification compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-202 = Envoyez 204 pour un `SUBSCRIBE` conditionnel dont l'étiquette correspond ; n'envoyez jamais 202, que la RFC 6665 a déprécié au profit de 200.
# SIP 204 No Notification compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-489 = 204 signifie que l'abonnement a réussi sans nouvelle notification ; 489 signifie qu'il a été refusé parce que le package d'événements est inconnu.

## SIP 300 Multiple Choices

# SIP 300 Multiple Choices: one-line summary at the top of the explainer (TL;DR).
sip-300-tldr = La personne que vous appelez est joignable à plusieurs adresses, et votre téléphone, ou vous-même, devez en choisir une.
# SIP 300 Multiple Choices: the paragraph under "What it means".
sip-300-meaning = Un serveur de redirection renvoie 300 lorsque la Request-URI correspond à plusieurs emplacements ; il les liste dans des en-têtes `Contact`, idéalement avec des valeurs `q` comprises entre 0 et 1 qui les classent. Le serveur ne les essaie pas lui-même : l'appelant, ou un proxy qui suit récursivement les redirections, envoie une nouvelle requête à l'un ou à plusieurs d'entre eux dans une nouvelle transaction cliente. La RFC 3261 laisse le choix au client, qui peut essayer les adresses dans l'ordre des `q`, les appeler en parallèle ou les présenter à l'utilisateur ; un corps peut décrire les choix, mais sans format normalisé. Les contacts déjà essayés, ou qui ramènent à la cible d'origine, doivent être ignorés pour que les redirections ne tournent pas en boucle.
# SIP 300 Multiple Choices: common cause 1 of 3, a list item under "Common causes".
sip-300-cause-1 = Un utilisateur a plusieurs terminaux ou numéros enregistrés (bureau, domicile, mobile), et le serveur de redirection les renvoie tous au lieu de dupliquer lui-même l'appel.
# SIP 300 Multiple Choices: common cause 2 of 3, a list item under "Common causes".
sip-300-cause-2 = Un service de redirection fondé sur un annuaire ou sur ENUM a trouvé plusieurs URI pour le numéro composé.
# SIP 300 Multiple Choices: common cause 3 of 3, a list item under "Common causes".
sip-300-cause-3 = Un fournisseur SIP utilise un serveur de redirection pour le routage au moindre coût (LCR) et liste plusieurs passerelles d'opérateurs classées par `q`.
# SIP 300 Multiple Choices: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-300-fix-visitor-1 = Si votre téléphone affiche une liste d'adresses, choisissez-en une ; sinon, rien à faire : votre téléphone ou votre opérateur les essaie pour vous.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-1 = Traitez les 3xx dans votre proxy plutôt que de les transmettre à des téléphones qui ne savent pas le faire : dans Kamailio ou OpenSIPS, chargez `uac_redirect`, appelez `get_redirects()` dans la `failure_route` et relayez de nouveau l'appel.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-2 = Triez les contacts par `q`, essayez-les l'un après l'autre ou en parallèle, ignorez ceux déjà essayés, et limitez le nombre de redirections suivies par appel.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-3 = Lorsque vous envoyez 300, donnez une valeur `q` à chaque `Contact` et omettez les adresses que l'appelant ne peut pas joindre, comme les adresses IP privées.
# SIP 300 Multiple Choices compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-301 = Renvoyez 300 lorsqu'il existe plusieurs adresses actuelles et que l'appelant doit choisir ; renvoyez 301 lorsqu'une nouvelle adresse remplace définitivement l'ancienne.
# SIP 300 Multiple Choices compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-302 = Utilisez 300 pour proposer un choix entre plusieurs emplacements, et 302 pour indiquer un seul emplacement temporaire où réessayer.
# SIP 300 Multiple Choices compared with SIP 485 Ambiguous: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-485 = 300 liste plusieurs emplacements d'un seul et même utilisateur ; 485 indique que l'adresse correspond à plusieurs utilisateurs différents et que l'appelant doit choisir la bonne personne.

## SIP 301 Moved Permanently

# SIP 301 Moved Permanently: one-line summary at the top of the explainer (TL;DR).
sip-301-tldr = La personne que vous appelez a une nouvelle adresse permanente, que votre téléphone doit appeler à la place.
# SIP 301 Moved Permanently: the paragraph under "What it means".
sip-301-meaning = Un 301 indique que la Request-URI ne permet plus de joindre l'utilisateur, et son en-tête `Contact` donne l'adresse qui la remplace. L'appelant, ou un proxy qui suit récursivement les redirections, envoie une nouvelle requête à cette adresse et, le changement étant permanent, doit aussi mettre à jour toute copie enregistrée de l'ancienne : carnets d'adresses, numéros abrégés, caches de routage. Il est bien plus rare que 302, car la plupart des renvois SIP sont temporaires et dépendent des réglages actuels de l'utilisateur. Lorsque le serveur sait que l'utilisateur est parti mais ne connaît pas de nouvelle adresse, la bonne réponse est 410, et non un 301 sans `Contact`.
# SIP 301 Moved Permanently: common cause 1 of 3, a list item under "Common causes".
sip-301-cause-1 = Un utilisateur est passé à un autre domaine ou à un autre opérateur, et l'ancien domaine répond encore avec la nouvelle adresse.
# SIP 301 Moved Permanently: common cause 2 of 3, a list item under "Common causes".
sip-301-cause-2 = Un poste ou un nom d'utilisateur SIP a été renommé lors d'une migration de PBX, et l'ancienne URI renvoie vers la nouvelle.
# SIP 301 Moved Permanently: common cause 3 of 3, a list item under "Common causes".
sip-301-cause-3 = Une entreprise a fusionné deux domaines SIP, et le domaine abandonné redirige définitivement chaque utilisateur.
# SIP 301 Moved Permanently: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-301-fix-visitor-1 = Si votre téléphone affiche la nouvelle adresse, mettez à jour le contact dans votre carnet d'adresses et utilisez-la désormais.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-1 = Suivez le `Contact` d'un 301 une fois par appel et mettez à jour les URI enregistrées (carnet d'adresses, numéros abrégés, base de routage) afin que les appels suivants aillent directement à la nouvelle adresse.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-2 = Vérifiez la nouvelle URI au regard de votre politique de numérotation avant de la suivre, car une redirection falsifiée pourrait envoyer les appelants vers des destinations surtaxées ou malveillantes.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-3 = Continuez de répondre 301 pour les anciennes URI assez longtemps pour que les appelants se mettent à jour, puis passez à 410 ou à 404.
# SIP 301 Moved Permanently compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-302 = Utilisez 301 lorsque l'ancienne adresse est définitivement abandonnée, et 302 lorsque l'utilisateur se trouve ailleurs seulement pour le moment.
# SIP 301 Moved Permanently compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-410 = Envoyez 301 lorsque vous connaissez la nouvelle adresse de l'utilisateur ; envoyez 410 lorsque l'utilisateur est parti sans nouvelle adresse connue.
# SIP 301 Moved Permanently compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-300 = 301 donne une seule nouvelle adresse permanente ; 300 en propose plusieurs actuelles parmi lesquelles choisir.

## SIP 302 Moved Temporarily

# SIP 302 Moved Temporarily: one-line summary at the top of the explainer (TL;DR).
sip-302-tldr = La personne que vous appelez est joignable à une autre adresse pour le moment, et votre téléphone ou votre opérateur va l'essayer.
# SIP 302 Moved Temporarily: the paragraph under "What it means".
sip-302-meaning = Un 302 fournit à l'appelant une ou plusieurs adresses temporaires dans `Contact` et le laisse, lui ou un proxy qui suit récursivement les redirections, envoyer un nouvel `INVITE` à cette adresse. La Request-URI d'origine reste valide : la redirection vaut pour la durée indiquée par un paramètre `expires` du `Contact` ou par un en-tête `Expires`, ou pour cet appel seulement si aucun des deux n'est présent ; elle ne doit donc pas être enregistrée comme un changement permanent. Les serveurs de redirection utilisent 302 pour appliquer un renvoi d'appel et pour répondre à des requêtes de routage, comme la portabilité des numéros ou le routage au moindre coût, sans rester sur le chemin de signalisation. Des informations de renvoi sont souvent ajoutées dans `Diversion` ou `History-Info` afin que la nouvelle cible sache qui a renvoyé l'appel.
# SIP 302 Moved Temporarily: common cause 1 of 3, a list item under "Common causes".
sip-302-cause-1 = L'appelé a configuré un renvoi vers un numéro mobile, et le PBX ou l'opérateur l'applique en redirigeant l'appelant au lieu de renvoyer lui-même l'appel.
# SIP 302 Moved Temporarily: common cause 2 of 3, a list item under "Common causes".
sip-302-cause-2 = Un serveur de redirection utilisé pour le routage ou la portabilité des numéros répond à chaque requête par un 302 indiquant l'opérateur ou la passerelle à utiliser.
# SIP 302 Moved Temporarily: common cause 3 of 3, a list item under "Common causes".
sip-302-cause-3 = Le plan de numérotation (dialplan) d'un PBX déplace un appel non répondu par une redirection, par exemple avec `Transfer()` d'Asterisk sur un canal PJSIP qui n'a pas encore décroché.
# SIP 302 Moved Temporarily: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-302-fix-visitor-1 = Rien à faire : votre téléphone ou votre opérateur suit la redirection ; si l'appel échoue quand même, demandez son numéro actuel à la personne que vous appelez.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-1 = Assurez-vous que votre côté suit les 302 : dans Asterisk, choisissez la `redirect_method` de l'endpoint PJSIP, et dans Kamailio ou OpenSIPS, appelez `get_redirects()` de `uac_redirect` dans la `failure_route`.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-2 = Respectez `expires` : ne gardez pas une redirection en cache plus longtemps qu'il ne l'autorise, et ne traitez jamais un 302 comme un changement d'adresse permanent.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-3 = Limitez le nombre de 302 suivis par appel et vérifiez chaque cible au regard de votre politique de numérotation, afin qu'une redirection falsifiée ou en boucle ne puisse pas provoquer de fraude téléphonique.
# SIP 302 Moved Temporarily compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-301 = Envoyez 302 tant que l'adresse d'origine reste valide en général ; n'envoyez 301 que lorsqu'elle a été définitivement remplacée.
# SIP 302 Moved Temporarily compared with SIP 305 Use Proxy: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-305 = Utilisez 302 pour envoyer l'appelant vers une autre adresse de l'utilisateur ; n'utilisez 305 que pour lui indiquer par quel proxy passer pour joindre la même adresse.
# SIP 302 Moved Temporarily compared with SIP 380 Alternative Service: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-380 = 302 désigne une autre adresse du même utilisateur ; 380 indique que l'appel a échoué, mais qu'un service alternatif existe, comme la messagerie vocale ou les appels d'urgence.

## SIP 305 Use Proxy

# SIP 305 Use Proxy: one-line summary at the top of the explainer (TL;DR).
sip-305-tldr = Votre appel doit passer par un proxy précis, indiqué dans la réponse, et doit être renvoyé par ce chemin.
# SIP 305 Use Proxy: the paragraph under "What it means".
sip-305-meaning = Un 305 indique à l'appelant que la ressource demandée n'est joignable que par le proxy indiqué dans l'en-tête `Contact`. L'appelant renvoie la requête avec ce proxy comme saut suivant, normalement en l'ajoutant dans un `Route`, tout en conservant la même Request-URI. La RFC 3261 n'autorise que les serveurs d'agent utilisateur à générer un 305, jamais les proxys, afin qu'un intermédiaire ne puisse pas forcer les appelants à passer par un proxy de son choix. La prise en charge est inégale : de nombreux téléphones et PBX ignorent 305 ou le traitent comme un échec ordinaire. Son homonyme HTTP a été déprécié, mais aucune spécification SIP n'a retiré le code SIP.
# SIP 305 Use Proxy: common cause 1 of 3, a list item under "Common causes".
sip-305-cause-1 = Un terminal ou une passerelle n'accepte que les appels arrivant par le proxy de l'organisation, par exemple pour la comptabilisation ou la sécurité, et l'appelant l'a contacté directement.
# SIP 305 Use Proxy: common cause 2 of 3, a list item under "Common causes".
sip-305-cause-2 = Un agent utilisateur situé dans un réseau d'entreprise exige que le trafic passe par le proxy de bordure, où la politique est appliquée.
# SIP 305 Use Proxy: common cause 3 of 3, a list item under "Common causes".
sip-305-cause-3 = Un serveur ancien ou de test utilise 305 là où un en-tête `Route` ou une configuration DNS aurait dû orienter l'appelant vers le proxy dès le départ.
# SIP 305 Use Proxy: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-305-fix-visitor-1 = Vous ne pouvez rien y changer pendant l'appel ; si l'échec se répète, demandez à votre opérateur quel proxy sortant votre téléphone doit utiliser.
# SIP 305 Use Proxy: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-1 = Si vous envoyez 305, faites-le uniquement depuis un UAS, et indiquez dans `Contact` l'URI complète du proxy, avec `;lr` et les paramètres de transport nécessaires.
# SIP 305 Use Proxy: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-2 = Si votre agent utilisateur reçoit un 305, renvoyez la requête par ce proxy au moyen d'un en-tête `Route`, après avoir vérifié qu'il s'agit d'un proxy de confiance.
# SIP 305 Use Proxy: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-3 = Configurez plutôt le proxy sortant, par exemple `outbound_proxy` sur un endpoint PJSIP d'Asterisk ou le réglage de proxy sortant du téléphone, afin que 305 ne soit jamais nécessaire.
# SIP 305 Use Proxy compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-302 = Envoyez 305 lorsque la cible reste la même mais doit être jointe par un proxy donné ; envoyez 302 lorsque c'est l'adresse de la cible elle-même qui change.
# SIP 305 Use Proxy compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-301 = 305 modifie le chemin vers la ressource ; 301 modifie l'adresse de la ressource elle-même, et de façon permanente.
# SIP 305 Use Proxy compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-407 = 305 indique que l'appelant est passé par le mauvais chemin et doit utiliser un certain proxy ; 407 indique qu'il est passé par le bon chemin, mais que ce proxy exige ses identifiants.

## SIP 380 Alternative Service

# SIP 380 Alternative Service: one-line summary at the top of the explainer (TL;DR).
sip-380-tldr = L'appel n'a pas pu aboutir tel qu'il a été composé, mais un autre service, comme la messagerie vocale ou une ligne d'urgence, peut être utilisé à la place.
# SIP 380 Alternative Service: the paragraph under "What it means".
sip-380-meaning = 380 indique à l'appelant que l'appel a échoué, mais qu'un service alternatif est disponible. La RFC 3261 précise que les alternatives sont décrites dans le corps sans en définir le format : sa signification concrète vient donc de la spécification qui l'utilise. Son principal usage réel se trouve dans l'IMS (3GPP TS 24.229) : lorsque le réseau détecte qu'un appel normal a été passé vers un numéro d'urgence, il répond 380 avec un corps `application/3gpp-ims+xml` dont l'élément `alternative-service` demande au terminal de réessayer sous forme d'appel d'urgence, après un enregistrement d'urgence si nécessaire. En dehors de ces profils, un 380 peut ne porter qu'un `Contact`, pointant par exemple vers la messagerie vocale, et l'appelant décide s'il le suit.
# SIP 380 Alternative Service: common cause 1 of 3, a list item under "Common causes".
sip-380-cause-1 = Un téléphone mobile a composé un numéro d'urgence comme un appel ordinaire, et le réseau IMS lui demande de réessayer sous forme d'appel d'urgence.
# SIP 380 Alternative Service: common cause 2 of 3, a list item under "Common causes".
sip-380-cause-2 = L'appelé ne peut pas prendre l'appel, et le serveur oriente l'appelant vers la messagerie vocale ou un service de messagerie.
# SIP 380 Alternative Service: common cause 3 of 3, a list item under "Common causes".
sip-380-cause-3 = Un serveur applique un profil propre à un opérateur qui décrit l'alternative dans un corps XML, que les téléphones SIP génériques ne comprennent pas et affichent comme un échec.
# SIP 380 Alternative Service: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-380-fix-visitor-1 = Si vous avez appelé un numéro d'urgence et que l'appel a échoué, recomposez-le immédiatement ; le téléphone réessaie généralement de lui-même sous forme d'appel d'urgence.
# SIP 380 Alternative Service: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-1 = Dans un terminal (UE) IMS, analysez le corps `application/3gpp-ims+xml` et, s'il demande un traitement d'urgence, réessayez sous forme d'appel d'urgence vers l'URI `urn:service:sos` correspondante.
# SIP 380 Alternative Service: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-2 = Lorsque vous envoyez 380 en dehors de l'IMS, incluez un `Contact` et un format de corps que vos clients savent traiter ; sinon, ils ne peuvent que le traiter comme un échec.
# SIP 380 Alternative Service: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-3 = Journalisez le corps complet du 380 côté appelant, car l'alternative n'est décrite que là.
# SIP 380 Alternative Service compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-302 = Envoyez 380 lorsque l'appel demandé a échoué et que vous suggérez un autre type de service ; envoyez 302 lorsque le même utilisateur se trouve simplement à une autre adresse.
# SIP 380 Alternative Service compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-300 = 380 propose un service alternatif ; 300 propose plusieurs emplacements du même appelé.
# SIP 380 Alternative Service compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-480 = Utilisez 380 lorsque vous pouvez orienter l'appelant vers un service alternatif, et 480 lorsque l'appelé n'est simplement pas disponible pour le moment et que rien d'autre n'est proposé.

## SIP 400 Bad Request

# SIP 400 Bad Request: one-line summary at the top of the explainer (TL;DR).
sip-400-tldr = Le serveur n'a pas pu comprendre votre requête, car un élément y est malformé ou manquant.
# SIP 400 Bad Request: the paragraph under "What it means".
sip-400-meaning = 400 est le code fourre-tout des requêtes qui enfreignent la syntaxe SIP ou omettent un élément obligatoire : un `Via`, un `From`, un `To`, un `Call-ID`, un `CSeq` ou un `Max-Forwards` manquant, une méthode `CSeq` différente de celle de la ligne de requête, un `Content-Length` qui ne correspond pas au corps, ou une URI impossible à analyser. La RFC 3261 encourage les serveurs à nommer l'erreur exacte dans le libellé de la réponse, par exemple « Missing Call-ID », et certains ajoutent un en-tête `Warning` : lisez les deux avant toute chose. Le client doit corriger la requête ; la renvoyer telle quelle échouera de la même façon. Des codes plus précis existent pour certaines erreurs, comme 416 pour un schéma d'URI inconnu ou 420 pour une extension non prise en charge, et doivent être préférés lorsqu'ils s'appliquent.
# SIP 400 Bad Request: common cause 1 of 4, a list item under "Common causes".
sip-400-cause-1 = Le SIP ALG d'un routeur ou un pare-feu a réécrit des adresses dans le message, cassant un en-tête ou faussant le `Content-Length`.
# SIP 400 Bad Request: common cause 2 of 4, a list item under "Common causes".
sip-400-cause-2 = Une pile SIP maison ou immature omet un en-tête obligatoire, souvent `Max-Forwards`, ou utilise dans `CSeq` une méthode différente de celle de la requête.
# SIP 400 Bad Request: common cause 3 of 4, a list item under "Common causes".
sip-400-cause-3 = Un message envoyé sur TCP avait un `Content-Length` manquant ou erroné : le serveur a donc lu une partie du message suivant comme corps.
# SIP 400 Bad Request: common cause 4 of 4, a list item under "Common causes".
sip-400-cause-4 = Les contrôles d'entrée d'un proxy, comme `sanity_check()` de Kamailio, ont rejeté une requête comportant une URI invalide, un numéro de `CSeq` incorrect ou un en-tête impossible à analyser.
# SIP 400 Bad Request: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-400-fix-visitor-1 = Si les appels échouent uniquement sur votre réseau domestique ou celui du bureau, désactivez le SIP ALG (souvent appelé SIP helper) de votre routeur et redémarrez le téléphone.
# SIP 400 Bad Request: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-1 = Lisez le libellé de la réponse et l'éventuel en-tête `Warning`, puis capturez la requête avec `sngrep` ou `tcpdump -i any -s0 -w sip.pcap port 5060` et comparez-la aux en-têtes obligatoires listés à la section 8.1.1 de la RFC 3261.
# SIP 400 Bad Request: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-2 = Comparez le message tel qu'il a été envoyé et tel qu'il a été reçu : des différences dans `Via`, dans `Contact` ou dans les adresses SDP révèlent un ALG ou un autre équipement intermédiaire qui le réécrit.
# SIP 400 Bad Request: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-3 = Envoyez toujours un `Content-Length` correct sur TCP et TLS, où il délimite les messages, et recalculez-le après toute modification du corps.
# SIP 400 Bad Request: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-4 = Lorsque votre propre serveur rejette une requête avec 400, indiquez l'erreur exacte dans le libellé de la réponse pour qu'elle apparaisse dans les journaux de l'expéditeur.
# SIP 400 Bad Request compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-415 = Utilisez 400 lorsque le message lui-même est malformé, et 415 lorsqu'il est bien formé mais que le format, le codage ou la langue de son corps n'est pas pris en charge.
# SIP 400 Bad Request compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-420 = 400 rejette une syntaxe incorrecte ; 420 rejette un `Require` ou un `Proxy-Require` correctement écrit qui nomme une extension dont le serveur ne dispose pas.
# SIP 400 Bad Request compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-416 = Envoyez 416 plutôt que 400 lorsque le seul problème est un schéma de Request-URI que le serveur ne gère pas.

## SIP 401 Unauthorized

# SIP 401 Unauthorized: one-line summary at the top of the explainer (TL;DR).
sip-401-tldr = Le serveur demande votre nom d'utilisateur et votre mot de passe SIP avant d'accepter la requête.
# SIP 401 Unauthorized: the paragraph under "What it means".
sip-401-meaning = Un serveur d'enregistrement ou un UAS qui doit authentifier l'utilisateur répond 401 avec un ou plusieurs défis `WWW-Authenticate` indiquant le domaine d'authentification (realm), un nonce, `qop` et l'algorithme de digest. Le client renvoie la requête avec un en-tête `Authorization` calculé à partir de ses identifiants, en conservant le `Call-ID` et en incrémentant le `CSeq`. Un premier 401 sur un `REGISTER` est normal ; un second 401 en réponse aux identifiants signifie qu'ils ont été refusés, sauf si le nouveau défi indique `stale=true`, ce qui demande seulement de réessayer avec le nouveau nonce. La RFC 8760 a ajouté à SIP les digests SHA-256 et SHA-512/256 à côté de MD5 : un serveur peut donc proposer plusieurs défis, et le client choisit le plus robuste qu'il prend en charge. Les proxys n'envoient jamais 401 ; ils lancent leur défi avec 407.
# SIP 401 Unauthorized: common cause 1 of 5, a list item under "Common causes".
sip-401-cause-1 = Le premier `REGISTER` ou `INVITE` est parti sans identifiants, comme d'habitude, et le serveur y a répondu par un défi.
# SIP 401 Unauthorized: common cause 2 of 5, a list item under "Common causes".
sip-401-cause-2 = Le mot de passe ou le nom d'utilisateur d'authentification configuré dans le téléphone est erroné ; de nombreux opérateurs utilisent un identifiant d'authentification (auth ID) différent du numéro de poste.
# SIP 401 Unauthorized: common cause 3 of 5, a list item under "Common causes".
sip-401-cause-3 = Le realm configuré dans le téléphone ne correspond pas à celui du défi : le téléphone répond donc pour le mauvais realm, ou ne répond pas du tout.
# SIP 401 Unauthorized: common cause 4 of 5, a list item under "Common causes".
sip-401-cause-4 = Le nonce a expiré entre le défi et la nouvelle tentative, et le serveur a répondu de nouveau avec `stale=true`.
# SIP 401 Unauthorized: common cause 5 of 5, a list item under "Common causes".
sip-401-cause-5 = Le serveur ne propose qu'un défi SHA-256, auquel un ancien téléphone qui ne gère que MD5 ne peut pas répondre.
# SIP 401 Unauthorized: what the caller (a person using a SIP phone or softphone) can do, item 1 of 2 under "How to fix it (for callers)".
sip-401-fix-visitor-1 = Vérifiez le nom d'utilisateur, l'identifiant d'authentification et le mot de passe dans les réglages de votre téléphone ou de votre softphone, puis enregistrez-vous de nouveau.
# SIP 401 Unauthorized: what the caller (a person using a SIP phone or softphone) can do, item 2 of 2 under "How to fix it (for callers)".
sip-401-fix-visitor-2 = Si les réglages semblent corrects et que l'échec persiste, demandez à votre opérateur si votre compte est actif et quel identifiant d'authentification utiliser.
# SIP 401 Unauthorized: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-1 = Repérez l'échec dans le journal du serveur : Asterisk affiche « Failed to authenticate » avec l'endpoint et l'adresse source, et `www_authorize()` de Kamailio renvoie un code négatif (par exemple -2 pour un mauvais mot de passe) que vous pouvez journaliser avec `xlog`.
# SIP 401 Unauthorized: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-2 = Faites en sorte que le client recopie exactement le realm, le nonce, `opaque` et `qop` du défi, conserve le `Call-ID` et incrémente le `CSeq` ; une erreur sur l'un d'eux fait échouer la vérification.
# SIP 401 Unauthorized: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-3 = Proposez à la fois un défi MD5 et un défi SHA-256 tant qu'il reste d'anciens téléphones, et bloquez les échecs répétés d'une même source avec fail2ban ou les modules `pike` et `htable` de Kamailio.
# SIP 401 Unauthorized: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-4 = Si les téléphones bouclent sur des 401 après un redémarrage du serveur, vérifiez si le secret des nonces a changé ; un client correct se rétablit après une seule nouvelle tentative sur `stale=true`.
# SIP 401 Unauthorized compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-401-vs-407 = Un serveur d'enregistrement ou l'agent utilisateur appelé lance son défi avec 401 et `WWW-Authenticate` ; un proxy du chemin le lance avec 407 et `Proxy-Authenticate`.
# SIP 401 Unauthorized compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-401-vs-403 = Envoyez 401 lorsque des identifiants valides permettraient à la requête de passer ; envoyez 403 lorsque des identifiants n'y changeraient rien, ou lorsque des identifiants valides ont été refusés par la politique.

## SIP 402 Payment Required

# SIP 402 Payment Required: one-line summary at the top of the explainer (TL;DR).
sip-402-tldr = L'opérateur refuse l'appel pour une raison de paiement, généralement un solde prépayé épuisé.
# SIP 402 Payment Required: the paragraph under "What it means".
sip-402-meaning = La RFC 3261 réserve 402 pour un usage futur et ne lui définit aucun comportement, aucun en-tête ni aucun corps : sa signification dépend donc entièrement de l'opérateur qui l'envoie. En pratique, les plateformes prépayées et de vente en gros l'envoient lorsque le compte n'a plus de crédit ou que la destination coûte plus que ce que permet le solde. Les clients doivent le traiter comme un échec définitif, comme tout autre 4xx : renvoyer la même requête ne servira à rien tant que le compte n'a pas changé. Les passerelles RTC le traduisent en cause Q.850 21 (call rejected) : le motif se perd donc côté réseau téléphonique, et les appelants ne l'apprennent généralement que par une annonce ou par le libellé de la réponse.
# SIP 402 Payment Required: common cause 1 of 3, a list item under "Common causes".
sip-402-cause-1 = Le compte prépayé de l'appelant n'a plus de crédit.
# SIP 402 Payment Required: common cause 2 of 3, a list item under "Common causes".
sip-402-cause-2 = La destination, comme un numéro surtaxé ou international, coûte plus que le solde restant ou que la limite de crédit du compte.
# SIP 402 Payment Required: common cause 3 of 3, a list item under "Common causes".
sip-402-cause-3 = Le système de facturation de l'opérateur a suspendu le trunk d'un client de gros pour une facture impayée.
# SIP 402 Payment Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-402-fix-visitor-1 = Vérifiez le solde de votre compte auprès de votre opérateur et rechargez-le, puis rappelez.
# SIP 402 Payment Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-1 = Traitez 402 comme définitif et indiquez à l'utilisateur que le compte doit être crédité ; ne réessayez pas et ne basculez pas vers un autre trunk qui utilise le même compte.
# SIP 402 Payment Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-2 = Si vous exploitez une plateforme de facturation, préférez un code standard comme 403 avec un libellé explicite, ou diffusez une annonce en médias précoces avant le rejet, car de nombreux téléphones affichent 402 comme une erreur inexpliquée.
# SIP 402 Payment Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-3 = Déclenchez une alerte sur les 402 dans les CDR des trunks sortants, car ils signalent généralement un problème de facturation ou de prépaiement plutôt qu'une panne réseau.
# SIP 402 Payment Required compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-402-vs-403 = 402 est une façon non officielle d'indiquer que le refus est lié au paiement ; 403 est le refus standard pour toute raison de politique, compris par tous les clients.
# SIP 402 Payment Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-402-vs-401 = Des identifiants ne résolvent pas un 402 ; 401 demande des identifiants et la requête aboutit dès qu'ils sont valides.

## SIP 403 Forbidden

# SIP 403 Forbidden: one-line summary at the top of the explainer (TL;DR).
sip-403-tldr = Le serveur a compris votre requête et la refuse ; saisir de nouveau votre mot de passe n'y changera rien.
# SIP 403 Forbidden: the paragraph under "What it means".
sip-403-meaning = 403 est un refus lié à une politique : le serveur comprend ce qui est demandé et ne le fera pas pour ce client. La RFC 3261 précise qu'une autorisation n'y changera rien et que la requête ne doit pas être répétée : un client ne doit donc pas y répondre par une nouvelle tentative digest. Les émetteurs typiques sont les serveurs d'enregistrement qui refusent une liaison que l'utilisateur authentifié n'a pas le droit de créer, les proxys qui refusent une destination que le compte n'a pas le droit d'appeler et les serveurs qui rejettent le trafic d'une adresse IP inconnue. Comme ce code couvre de nombreux motifs, les serveurs indiquent souvent le véritable motif dans le libellé de la réponse ; la RFC 8224, par exemple, utilise 403 avec « Stale Date » lorsque la `Date` d'une requête signée est trop ancienne.
# SIP 403 Forbidden: common cause 1 of 5, a list item under "Common causes".
sip-403-cause-1 = Le compte n'est pas autorisé à appeler la destination, par exemple des numéros internationaux ou surtaxés bloqués par le plan de numérotation ou par une règle antifraude.
# SIP 403 Forbidden: common cause 2 of 5, a list item under "Common causes".
sip-403-cause-2 = Un téléphone a tenté d'enregistrer une adresse d'enregistrement (AOR) autre que celle à laquelle appartiennent ses identifiants : l'utilisateur de `To` ne correspond donc pas à l'utilisateur authentifié.
# SIP 403 Forbidden: common cause 3 of 5, a list item under "Common causes".
sip-403-cause-3 = L'adresse IP source ne figure pas dans la liste d'adresses autorisées de l'opérateur pour un trunk authentifié par IP, ou une liste de contrôle d'accès du PBX la refuse.
# SIP 403 Forbidden: common cause 4 of 5, a list item under "Common causes".
sip-403-cause-4 = Le compte est suspendu, ou le serveur bloque le client après des échecs de connexion répétés, par exemple avec fail2ban.
# SIP 403 Forbidden: common cause 5 of 5, a list item under "Common causes".
sip-403-cause-5 = L'identité `From` ou le numéro présenté fait partie de ceux que le compte n'a pas le droit d'utiliser.
# SIP 403 Forbidden: what the caller (a person using a SIP phone or softphone) can do, item 1 of 2 under "How to fix it (for callers)".
sip-403-fix-visitor-1 = Vérifiez que vous avez composé le bon numéro, y compris l'éventuel préfixe de prise de ligne extérieure, et demandez à votre opérateur si votre compte peut appeler cette destination.
# SIP 403 Forbidden: what the caller (a person using a SIP phone or softphone) can do, item 2 of 2 under "How to fix it (for callers)".
sip-403-fix-visitor-2 = Si votre téléphone ne parvient pas du tout à s'enregistrer, vérifiez que le nom d'utilisateur et le domaine indiqués dans ses réglages sont bien ceux de votre compte.
# SIP 403 Forbidden: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-1 = Lisez d'abord le libellé de la réponse et le journal du serveur : Asterisk journalise les enregistrements rejetés et les refus d'ACL, et dans un script Kamailio, la branche qui a envoyé le 403, comme un échec de `check_to()`, de `check_from()` ou de `allow_trusted()`, indique quelle règle s'est déclenchée.
# SIP 403 Forbidden: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-2 = Pour les trunks authentifiés par IP, comparez la liste d'adresses autorisées de l'opérateur avec votre adresse IP publique telle qu'il la voit, y compris les adresses de NAT et de secours.
# SIP 403 Forbidden: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-3 = Comparez les utilisateurs de `To` et de `From` avec l'utilisateur de l'en-tête `Authorization` ; de nombreux serveurs d'enregistrement exigent qu'ils correspondent.
# SIP 403 Forbidden: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-4 = Lorsque vous envoyez 403, donnez un libellé précis et ne lancez pas de nouveau défi : les clients ont pour consigne de ne pas réessayer avec des identifiants.
# SIP 403 Forbidden compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-401 = Envoyez 403 lorsque des identifiants valides ne changeraient pas la décision ; envoyez 401 lorsque la requête peut aboutir une fois l'utilisateur authentifié.
# SIP 403 Forbidden compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-407 = 403 est un refus, quels que soient les identifiants fournis ; 407 demande des identifiants pour le proxy et la requête aboutit dès qu'ils sont valides.
# SIP 403 Forbidden compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-603 = 403 découle de la politique d'un serveur concernant cette requête ; 603 vient de l'appelé, qui a refusé l'appel.

## SIP 404 Not Found

# SIP 404 Not Found: one-line summary at the top of the explainer (TL;DR).
sip-404-tldr = Le numéro ou l'adresse SIP que vous avez appelé n'existe pas sur le serveur qui a reçu l'appel.
# SIP 404 Not Found: the paragraph under "What it means".
sip-404-meaning = 404 indique que l'utilisateur de la Request-URI n'existe pas dans le domaine, ou que ce domaine ne relève pas de ce serveur. La réponse ne vaut que pour ce serveur : c'est pourquoi la RFC 3261 définit aussi 604, qui affirme plus fortement que l'utilisateur n'existe nulle part ; un proxy qui duplique l'appel traite un 404 sur une branche comme un échec parmi d'autres et continue d'attendre les autres branches. Un serveur qui connaît l'utilisateur mais ne peut joindre aucun de ses terminaux doit plutôt envoyer 480, et un serveur dont l'utilisateur est définitivement parti, 410. Les passerelles associent la cause Q.850 1 (unallocated number) à 404 : sur un trunk, un 404 signifie donc souvent que le numéro de téléphone n'est pas attribué.
# SIP 404 Not Found: common cause 1 of 4, a list item under "Common causes".
sip-404-cause-1 = Le numéro a été mal composé, ou composé dans un format que le serveur ne reconnaît pas, comme le format national là où le format E.164 avec `+` est attendu.
# SIP 404 Not Found: common cause 2 of 4, a list item under "Common causes".
sip-404-cause-2 = La Request-URI utilise une adresse IP ou un domaine que le serveur ne considère pas comme le sien : il ne recherche donc jamais l'utilisateur.
# SIP 404 Not Found: common cause 3 of 4, a list item under "Common causes".
sip-404-cause-3 = Un endpoint PJSIP d'Asterisk envoie les appels dans un contexte du plan de numérotation qui ne contient aucune extension correspondante.
# SIP 404 Not Found: common cause 4 of 4, a list item under "Common causes".
sip-404-cause-4 = Le numéro n'est pas attribué dans le réseau téléphonique, et la passerelle de terminaison signale la cause Q.850 1.
# SIP 404 Not Found: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-404-fix-visitor-1 = Vérifiez le numéro ou l'adresse et recomposez-le, au format international complet en cas de doute.
# SIP 404 Not Found: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-1 = Vérifiez quels contexte et extension l'appel a atteints : dans Asterisk, `pjsip show endpoint` affiche le contexte et `dialplan show` liste son contenu.
# SIP 404 Not Found: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-2 = Assurez-vous que le serveur reconnaît tous ses propres domaines et adresses IP : `alias` et `is_myself()` dans Kamailio, les domaines de l'annuaire (directory) de FreeSWITCH, les objets `domain_alias` d'Asterisk.
# SIP 404 Not Found: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-3 = Normalisez les numéros composés dans un format unique, par exemple E.164, en bordure de réseau, avant les recherches de routage.
# SIP 404 Not Found: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-4 = N'utilisez pas 404 pour des utilisateurs connus mais hors ligne : répondez 480, afin que les appelants sachent qu'ils peuvent réessayer plus tard.
# SIP 404 Not Found compared with SIP 604 Does Not Exist Anywhere: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-604 = Envoyez 404 lorsque l'utilisateur est inconnu de votre serveur ; n'envoyez 604 que lorsque vous savez de source sûre que l'utilisateur n'existe nulle part.
# SIP 404 Not Found compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-410 = 404 ne dit rien du passé ; 410 indique que l'utilisateur était ici autrefois et qu'il est définitivement parti.
# SIP 404 Not Found compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-484 = Renvoyez 404 lorsque l'adresse complète est inconnue ; renvoyez 484 lorsque l'adresse est le début d'une adresse valide et qu'il manque des chiffres.

## SIP 405 Method Not Allowed

# SIP 405 Method Not Allowed: one-line summary at the top of the explainer (TL;DR).
sip-405-tldr = Le serveur reconnaît le type de requête que vous avez envoyé, mais ne l'accepte pas pour cette adresse.
# SIP 405 Method Not Allowed: the paragraph under "What it means".
sip-405-meaning = Un 405 indique au client que la méthode est comprise mais non autorisée pour la Request-URI, par exemple un `MESSAGE` envoyé à un terminal qui n'accepte pas les messages instantanés, ou un `SUBSCRIBE` visant un utilisateur dont la présence n'est pas publiée. La réponse doit porter un en-tête `Allow` listant les méthodes acceptées, dont le client doit se servir pour choisir une autre approche au lieu de réessayer. Une méthode totalement inconnue du serveur donne lieu à un 501. Les clients peuvent éviter le 405 en consultant, avant d'utiliser des méthodes facultatives, l'en-tête `Allow` d'un 200 reçu en réponse à `OPTIONS` ou des messages déjà échangés dans le dialogue.
# SIP 405 Method Not Allowed: common cause 1 of 4, a list item under "Common causes".
sip-405-cause-1 = Un softphone a envoyé un `MESSAGE` ou un `SUBSCRIBE` à un PBX ou à un trunk sur lequel la messagerie instantanée ou la présence est désactivée.
# SIP 405 Method Not Allowed: common cause 2 of 4, a list item under "Common causes".
sip-405-cause-2 = Un `REFER` de transfert d'appel a atteint un terminal ou un trunk sur lequel les transferts sont désactivés.
# SIP 405 Method Not Allowed: common cause 3 of 4, a list item under "Common causes".
sip-405-cause-3 = Un `PUBLISH` a atteint un serveur qui connaît la méthode mais ne l'accepte que pour certains utilisateurs ou certains packages d'événements.
# SIP 405 Method Not Allowed: common cause 4 of 4, a list item under "Common causes".
sip-405-cause-4 = Un `INVITE` a été envoyé à une URI qui désigne une ressource de présence ou une boîte vocale, et non un terminal joignable par appel.
# SIP 405 Method Not Allowed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-405-fix-visitor-1 = Utilisez une autre fonction pour ce contact, par exemple appelez-le au lieu de lui envoyer un message instantané ; l'autre côté n'accepte pas ce type de requête.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-1 = Lisez l'en-tête `Allow` et adaptez-vous : utilisez un re-`INVITE` si `UPDATE` est absent, ou renoncez à la supervision de ligne si `SUBSCRIBE` est absent.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-2 = Sondez les capacités avec `OPTIONS`, par exemple `sipsak -s sip:user@host`, et mettez en cache la liste `Allow` de chaque pair.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-3 = Lorsque vous envoyez 405, listez dans `Allow` toutes les méthodes que l'URI accepte ; sans `Allow`, le client n'a aucun moyen de s'adapter.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-4 = Dans Asterisk, vérifiez les options d'endpoint PJSIP qui désactivent des méthodes, comme `allow_subscribe` et `allow_transfer`.
# SIP 405 Method Not Allowed compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-501 = Envoyez 405 lorsque vous connaissez la méthode mais ne l'autorisez pas ici ; envoyez 501 lorsque vous n'implémentez pas du tout la méthode.
# SIP 405 Method Not Allowed compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-415 = 405 rejette la méthode de la requête ; 415 accepte la méthode, mais pas le format de son corps.
# SIP 405 Method Not Allowed compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-489 = 405 rejette le `SUBSCRIBE` lui-même pour cette adresse ; 489 accepte le `SUBSCRIBE`, mais pas le package d'événements qu'il indique.

## SIP 406 Not Acceptable

# SIP 406 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
sip-406-tldr = Le serveur ne peut produire de réponse dans aucun des formats que votre requête déclarait accepter.
# SIP 406 Not Acceptable: the paragraph under "What it means".
sip-406-meaning = Un 406 signifie que la ressource existe mais ne peut produire de contenu que dans des formats exclus par l'en-tête `Accept` de la requête, ou par `Accept-Encoding` ou `Accept-Language`. En SIP, il apparaît surtout avec `SUBSCRIBE` : l'abonné liste les types de corps qu'il sait lire, comme `application/pidf+xml` pour la présence ou `application/dialog-info+xml` pour la supervision de ligne (BLF), et un notificateur qui ne peut produire qu'un autre format refuse avec 406. Le client peut renvoyer la requête avec une liste `Accept` plus large. Ce code concerne ce que le serveur renverrait ; le format de ce que le client a envoyé relève de 415, et une description de session inacceptable, de 488 ou de 606.
# SIP 406 Not Acceptable: common cause 1 of 3, a list item under "Common causes".
sip-406-cause-1 = Un abonné à la présence n'accepte que `application/pidf+xml`, alors que le serveur ne peut produire qu'un format plus ancien comme `application/xpidf+xml`.
# SIP 406 Not Acceptable: common cause 2 of 3, a list item under "Common causes".
sip-406-cause-2 = Un `SUBSCRIBE` de supervision de ligne (BLF) pour l'événement `dialog` indiquait dans `Accept` un type que le PBX ne génère pas.
# SIP 406 Not Acceptable: common cause 3 of 3, a list item under "Common causes".
sip-406-cause-3 = Un abonnement à une liste de ressources omettait `multipart/related` ou `application/rlmi+xml` dans `Accept` : le serveur ne peut donc pas fournir la liste.
# SIP 406 Not Acceptable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-406-fix-visitor-1 = Vous ne pouvez rien y changer au moment de l'appel ; si l'état d'un contact ne s'affiche jamais, mettez à jour le logiciel de votre téléphone ou prévenez votre administrateur.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-1 = Comparez l'en-tête `Accept` de l'abonné avec les formats que votre notificateur prend en charge, et ajoutez le type manquant au profil du téléphone ou activez-le sur le serveur.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-2 = Lorsqu'un `SUBSCRIBE` n'a pas d'en-tête `Accept`, utilisez le format par défaut du package d'événements (par exemple `application/pidf+xml` pour la présence) au lieu de renvoyer 406.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-3 = Journalisez dans le notificateur la valeur `Accept` rejetée, afin que les erreurs de provisionnement apparaissent rapidement.
# SIP 406 Not Acceptable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-415 = 406 concerne le format de la réponse que le client recevrait ; 415 concerne le format du corps que le client a envoyé.
# SIP 406 Not Acceptable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-488 = Utilisez 406 pour les formats d'état d'événement ou de contenu indiqués dans `Accept`, et 488 pour une offre SDP que ce terminal ne peut pas accepter.
# SIP 406 Not Acceptable compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-606 = 406 concerne les formats de contenu listés dans `Accept` ; 606 rejette la description de session partout où l'utilisateur pourrait être joint.

## SIP 407 Proxy Authentication Required

# SIP 407 Proxy Authentication Required: one-line summary at the top of the explainer (TL;DR).
sip-407-tldr = Un proxy du chemin demande vos identifiants SIP avant de relayer votre appel.
# SIP 407 Proxy Authentication Required: the paragraph under "What it means".
sip-407-meaning = 407 est la version proxy de 401 : un proxy qui doit authentifier l'appelant répond avec un ou plusieurs défis `Proxy-Authenticate`, et le client renvoie la requête avec un en-tête `Proxy-Authorization` calculé pour ce realm, en conservant le `Call-ID` et en incrémentant le `CSeq`. Les proxys sortants des opérateurs lancent couramment un défi à chaque nouvel `INVITE`, et lorsqu'une requête traverse plusieurs proxys ou est dupliquée, le client peut recevoir plusieurs défis à la fois et doit répondre à tous. Comme toute réponse finale autre que 2xx à un `INVITE`, le 407 est acquitté par un `ACK` dans la même transaction avant la nouvelle tentative. Un proxy qui a vérifié les identifiants pour son propre realm peut les retirer avant de relayer la requête, afin qu'ils ne circulent pas plus loin.
# SIP 407 Proxy Authentication Required: common cause 1 of 4, a list item under "Common causes".
sip-407-cause-1 = Le proxy sortant de l'opérateur lance un défi à chaque nouvel `INVITE`, et la première tentative est partie sans identifiants, comme le font normalement les téléphones.
# SIP 407 Proxy Authentication Required: common cause 2 of 4, a list item under "Common causes".
sip-407-cause-2 = Les identifiants de la nouvelle tentative sont erronés : le proxy répond donc de nouveau 407 au lieu de relayer l'appel.
# SIP 407 Proxy Authentication Required: common cause 3 of 4, a list item under "Common causes".
sip-407-cause-3 = L'appel a traversé deux proxys aux realms différents, et le client n'a répondu qu'à l'un des défis.
# SIP 407 Proxy Authentication Required: common cause 4 of 4, a list item under "Common causes".
sip-407-cause-4 = Le téléphone n'authentifie pas les requêtes au sein d'un dialogue, comme `BYE` ou un re-`INVITE`, auxquelles certains proxys opposent aussi un défi.
# SIP 407 Proxy Authentication Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-407-fix-visitor-1 = Si vos appels échouent juste après la numérotation, saisissez de nouveau votre mot de passe SIP dans les réglages du téléphone ; le proxy de l'opérateur ne l'a pas accepté.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-1 = Dans Kamailio, lancez le défi avec `proxy_challenge()`, vérifiez avec `proxy_authorize()`, et retirez l'en-tête vérifié avec `consume_credentials()` avant de relayer.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-2 = Faites en sorte que le client réponde à chaque realm `Proxy-Authenticate` en une seule nouvelle tentative, et ne réutilise un nonce pour les requêtes suivantes que tant que le proxy l'accepte.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-3 = Si les téléphones bouclent sur des 407, comparez le realm du défi avec les identifiants configurés sur le téléphone, et cherchez dans le journal du proxy la raison du refus.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-4 = Ne lancez jamais de défi sur `ACK` ni sur `CANCEL` : ni l'un ni l'autre ne peut être renvoyé avec des identifiants.
# SIP 407 Proxy Authentication Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-401 = Un proxy lance son défi avec 407 et `Proxy-Authenticate` ; le serveur d'enregistrement ou l'agent utilisateur appelé lance le sien avec 401 et `WWW-Authenticate`.
# SIP 407 Proxy Authentication Required compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-403 = Envoyez 407 lorsque le proxy a besoin d'identifiants qu'il n'a pas encore vérifiés ; envoyez 403 lorsque l'appelant est connu mais toujours pas autorisé.
# SIP 407 Proxy Authentication Required compared with SIP 305 Use Proxy: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-305 = 407 demande à l'appelant de s'authentifier auprès du proxy qu'il utilise déjà ; 305 lui indique de passer par un autre proxy.

## SIP 408 Request Timeout

# SIP 408 Request Timeout: one-line summary at the top of the explainer (TL;DR).
sip-408-tldr = Aucune réponse finale n'est arrivée à temps : l'appel ou la requête a donc été abandonné.
# SIP 408 Request Timeout: the paragraph under "What it means".
sip-408-meaning = En SIP, 408 concerne le côté serveur de l'échange : aucune réponse finale n'a pu être obtenue dans un délai raisonnable, par exemple parce que la localisation de l'utilisateur a pris trop de temps ou que le saut suivant n'a jamais répondu. Il est aussi généré localement : lorsque le Timer B d'une transaction cliente `INVITE`, ou le Timer F d'une transaction autre qu'`INVITE`, expire (64*T1, soit 32 secondes avec les temporisateurs par défaut) sans réponse finale, la couche transaction signale un 408 à son utilisateur. Les proxys mettent aussi fin par un 408 aux appels qui sonnent trop longtemps, après avoir annulé les branches en aval lorsque leur Timer C ou leur temporisateur de non-réponse expire. La RFC 4320 interdit d'envoyer 408 en réponse à une requête autre qu'`INVITE`, car il n'arriverait qu'après l'expiration du délai du client, de toute façon. Contrairement à HTTP 408, il ne dit rien d'un client trop lent, et la même requête peut être retentée plus tard.
# SIP 408 Request Timeout: common cause 1 of 5, a list item under "Common causes".
sip-408-cause-1 = Le contact enregistré de l'appelé est injoignable, souvent parce que l'association NAT entre le proxy et le téléphone a expiré : l'`INVITE` n'arrive jamais et le temporisateur du proxy se déclenche.
# SIP 408 Request Timeout: common cause 2 of 5, a list item under "Common causes".
sip-408-cause-2 = Un pare-feu ou un SIP ALG ne laisse passer le SIP sur UDP que dans un sens : les requêtes partent, mais les réponses ne reviennent jamais.
# SIP 408 Request Timeout: common cause 3 of 5, a list item under "Common causes".
sip-408-cause-3 = Le téléphone a sonné jusqu'à l'expiration du temporisateur de non-réponse du proxy (`fr_inv_timer` de Kamailio, 120 secondes par défaut) sans que personne ne décroche.
# SIP 408 Request Timeout: common cause 4 of 5, a list item under "Common causes".
sip-408-cause-4 = Le saut suivant, comme un trunk d'opérateur ou une passerelle RTC, n'a même jamais envoyé de 100 : le `fr_timer` du proxy a donc expiré.
# SIP 408 Request Timeout: common cause 5 of 5, a list item under "Common causes".
sip-408-cause-5 = Une passerelle RTC a reçu la cause Q.850 18 (no user responding) et l'a traduite en 408.
# SIP 408 Request Timeout: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-408-fix-visitor-1 = Rappelez plus tard ; si vos appels expirent systématiquement, redémarrez votre téléphone ou votre routeur pour qu'il se reconnecte à l'opérateur.
# SIP 408 Request Timeout: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-1 = Trouvez le saut resté muet : tracez avec `sngrep` sur le proxy et cherchez un `INVITE` relayé plus loin qui n'a reçu aucun 100 en retour.
# SIP 408 Request Timeout: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-2 = Maintenez les associations NAT depuis le téléphone avec des messages de maintien (CRLF ou `OPTIONS` toutes les 20 à 30 secondes, ou SIP Outbound), ou utilisez TCP ou TLS, afin que le proxy puisse joindre le téléphone.
# SIP 408 Request Timeout: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-3 = Réglez les temporisateurs en connaissance de cause : `fr_timer` et `fr_inv_timer` de Kamailio (ou appel par appel avec `t_set_fr()`), `qualify_frequency` d'Asterisk pour détecter tôt les contacts morts, et un T1 plus élevé uniquement sur les liaisons à forte latence.
# SIP 408 Request Timeout: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-4 = N'envoyez jamais 408 en réponse à une requête autre qu'`INVITE` ; laissez plutôt expirer le Timer F du client.
# SIP 408 Request Timeout compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-504 = Envoyez 408 lorsque le serveur lui-même n'a pas pu obtenir de réponse finale à temps, généralement de l'appelé ; envoyez 504 lorsqu'un serveur dont il dépend, comme un autre réseau ou un service de localisation, n'a pas répondu à temps.
# SIP 408 Request Timeout compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-480 = 408 signifie que personne n'a répondu à temps ou que la cible n'a pas pu être jointe ; 480 signifie que le serveur sait que l'appelé n'est pas disponible et le dit immédiatement.
# SIP 408 Request Timeout compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-487 = 408 met fin à la requête parce qu'un temporisateur a expiré ; 487 y met fin parce que quelqu'un l'a annulée.

## SIP 410 Gone

# SIP 410 Gone: one-line summary at the top of the explainer (TL;DR).
sip-410-tldr = La personne que vous appelez était joignable ici autrefois, mais elle est partie et aucune nouvelle adresse n'est connue.
# SIP 410 Gone: the paragraph under "What it means".
sip-410-meaning = 410 indique que la Request-URI appartenait autrefois à un utilisateur de ce serveur qui est définitivement parti, sans adresse de renvoi. Il invite les appelants, ainsi que les proxys qui mettent en cache des données de routage, à cesser d'utiliser l'adresse plutôt qu'à réessayer plus tard. Si le serveur sait où l'utilisateur est parti, il doit plutôt répondre 301 avec le nouveau `Contact` ; s'il ne sait pas si la situation est permanente, 404 est la réponse la plus sûre. Les passerelles associent la cause Q.850 22 (number changed) à 410 : sur les trunks RTC, il signifie donc souvent qu'un numéro a changé et que le réseau ne fournit pas le nouveau.
# SIP 410 Gone: common cause 1 of 3, a list item under "Common causes".
sip-410-cause-1 = Le poste ou le compte SIP d'un employé a été supprimé lors de son départ de l'organisation.
# SIP 410 Gone: common cause 2 of 3, a list item under "Common causes".
sip-410-cause-2 = Un numéro de téléphone a été changé ou retiré, et le réseau téléphonique renvoie la cause Q.850 22 sans le nouveau numéro.
# SIP 410 Gone: common cause 3 of 3, a list item under "Common causes".
sip-410-cause-3 = Une adresse de service, comme l'URI d'un ancien groupe de distribution ou d'un pont de conférence, a été volontairement mise hors service.
# SIP 410 Gone: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-410-fix-visitor-1 = Supprimez ou mettez à jour ce contact : l'adresse ne fonctionnera plus, alors trouvez le nouveau numéro de la personne par un autre moyen.
# SIP 410 Gone: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-1 = Tenez une liste des comptes supprimés et répondez-leur 410 pendant un certain temps, afin que les appelants et les synchronisations de carnets d'adresses apprennent que l'adresse est morte.
# SIP 410 Gone: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-2 = Si une nouvelle adresse existe, répondez plutôt 301 avec celle-ci, ou diffusez une annonce d'information en médias précoces avant le rejet.
# SIP 410 Gone: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-3 = Côté appelant, marquez le contact comme invalide après un 410 et ne réessayez pas automatiquement.
# SIP 410 Gone compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-404 = Envoyez 410 lorsque vous savez que l'utilisateur a existé et est définitivement parti ; envoyez 404 lorsque vous ne connaissez pas l'utilisateur ou ne savez pas si la perte est définitive.
# SIP 410 Gone compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-301 = 410 indique que l'utilisateur est parti sans nouvelle adresse ; 301 donne la nouvelle adresse.
# SIP 410 Gone compared with SIP 604 Does Not Exist Anywhere: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-604 = 410 vaut pour ce serveur, où l'utilisateur se trouvait autrefois ; 604 affirme que l'utilisateur n'existe nulle part.

## SIP 412 Conditional Request Failed

# SIP 412 Conditional Request Failed: one-line summary at the top of the explainer (TL;DR).
sip-412-tldr = Le serveur de présence ne dispose plus de l'état que votre terminal a tenté de mettre à jour : le terminal doit donc le republier entièrement.
# SIP 412 Conditional Request Failed: the paragraph under "What it means".
sip-412-meaning = La RFC 3903 permet à une entité qui publie de créer un état d'événement par un `PUBLISH` initial, puis de le rafraîchir, de le modifier ou de le supprimer par des requêtes `PUBLISH` ultérieures qui reprennent, dans un en-tête `SIP-If-Match`, l'étiquette d'entité reçue dans `SIP-ETag`. Si le compositeur d'état d'événement, par exemple un serveur de présence, n'a aucune publication portant cette étiquette, parce qu'elle a expiré, a été supprimée ou a été perdue lors d'un redémarrage, il répond 412. L'entité qui publie doit alors envoyer un nouveau `PUBLISH` initial contenant l'état complet dans son corps et sans `SIP-If-Match`, puis conserver l'étiquette renvoyée dans le 200. Chaque `PUBLISH` réussi renvoie une nouvelle étiquette d'entité : une étiquette plus ancienne échoue donc même si la publication elle-même existe toujours.
# SIP 412 Conditional Request Failed: common cause 1 of 4, a list item under "Common causes".
sip-412-cause-1 = Le téléphone a envoyé son `PUBLISH` de rafraîchissement après l'échéance `Expires` de la publication, par exemple après une mise en veille ou une perte de réseau.
# SIP 412 Conditional Request Failed: common cause 2 of 4, a list item under "Common causes".
sip-412-cause-2 = Le serveur de présence a redémarré et ne conservait les publications qu'en mémoire : toutes les étiquettes d'entité qu'il avait émises ont donc été perdues.
# SIP 412 Conditional Request Failed: common cause 3 of 4, a list item under "Common causes".
sip-412-cause-3 = Un répartiteur de charge a envoyé le rafraîchissement à un autre serveur de présence, qui ne partage pas l'état des publications avec le premier.
# SIP 412 Conditional Request Failed: common cause 4 of 4, a list item under "Common causes".
sip-412-cause-4 = Le client a réutilisé une ancienne étiquette d'entité au lieu de celle renvoyée par le dernier 200 en réponse à `PUBLISH`.
# SIP 412 Conditional Request Failed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-412-fix-visitor-1 = Rien à faire : votre téléphone republie son état de lui-même ; si les autres voient un état erroné pour vous, changez une fois d'état ou redémarrez l'application.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-1 = Sur un 412, abandonnez l'étiquette d'entité enregistrée, envoyez un `PUBLISH` initial avec l'état complet, et conservez le `SIP-ETag` de son 200.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-2 = Rafraîchissez les publications bien avant leur expiration, et remplacez toujours l'étiquette enregistrée par celle du dernier 200.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-3 = Partagez l'état des publications entre serveurs, par exemple en faisant pointer chaque module `presence` de Kamailio vers la même base de données avec `db_url` et en réglant `publ_cache`, ou rattachez chaque présentité à un seul serveur.
# SIP 412 Conditional Request Failed compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-204 = 412 signifie qu'un `PUBLISH` conditionnel a échoué et que l'état complet doit être envoyé ; 204 signifie qu'un `SUBSCRIBE` conditionnel a trouvé une correspondance et que rien ne doit être envoyé.
# SIP 412 Conditional Request Failed compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-423 = 412 rejette un rafraîchissement dont l'étiquette d'entité est inconnue ; 423 rejette une requête dont la durée d'expiration demandée est trop courte.
# SIP 412 Conditional Request Failed compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-481 = 412 concerne une publication dont le serveur ne dispose plus ; 481 concerne un dialogue ou une transaction dont il ne dispose plus.

## SIP 413 Request Entity Too Large

# SIP 413 Request Entity Too Large: one-line summary at the top of the explainer (TL;DR).
sip-413-tldr = Le contenu de votre requête, comme un message texte ou une description de session, dépasse la taille acceptée par le serveur.
# SIP 413 Request Entity Too Large: the paragraph under "What it means".
sip-413-meaning = SIP ne fixe aucune taille maximale de corps : la limite derrière un 413 relève donc de la politique du serveur ou de la taille de ses tampons. Si la limite est temporaire, le serveur ajoute `Retry-After` ; sinon, le client doit envoyer moins de données, et le serveur peut fermer une connexion TCP ou TLS plutôt que de lire la suite. Les messages instantanés en sont le déclencheur classique : la RFC 3428 limite à 1 300 octets un `MESSAGE` envoyé hors session, sauf si le chemin est connu pour être doté d'un contrôle de congestion, et les contenus plus volumineux relèvent d'une session MSRP (RFC 4975). 413 ne concerne que le corps ; lorsque le message dans son ensemble est trop volumineux, les serveurs envoient 513.
# SIP 413 Request Entity Too Large: common cause 1 of 3, a list item under "Common causes".
sip-413-cause-1 = Un `MESSAGE` transporte directement un long texte, une image ou un fichier au lieu d'utiliser MSRP ou un lien vers le contenu.
# SIP 413 Request Entity Too Large: common cause 2 of 3, a list item under "Common causes".
sip-413-cause-2 = Un `INVITE` transporte un corps très volumineux, par exemple un SDP avec de nombreux codecs, des flux vidéo et des dizaines de candidats ICE, auquel s'ajoutent des parties ISUP et de localisation dans un corps multipart.
# SIP 413 Request Entity Too Large: common cause 3 of 3, a list item under "Common causes".
sip-413-cause-3 = Un `PUBLISH` contenant un document de présence volumineux, rempli de tuples et d'images intégrées, dépasse la limite de corps du serveur de présence.
# SIP 413 Request Entity Too Large: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-413-fix-visitor-1 = Envoyez un message plus court, ou partagez les contenus volumineux comme les photos par un autre moyen ; le serveur ne les acceptera pas sous cette forme.
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-1 = Sortez les contenus volumineux de la requête : utilisez MSRP pour la messagerie et le transfert de fichiers, ou désignez le contenu par une URL grâce à l'indirection de contenu (RFC 4483).
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-2 = Allégez le SDP : ne proposez que les codecs nécessaires et limitez les candidats ICE sur les passerelles WebRTC.
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-3 = Si la limite du serveur est trop basse pour le trafic légitime, relevez-la, et ajoutez `Retry-After` lorsqu'un refus n'est que temporaire.
# SIP 413 Request Entity Too Large compared with SIP 513 Message Too Large: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-513 = Envoyez 413 lorsque le corps est trop volumineux ; envoyez 513 lorsque le message entier, en-têtes compris, dépasse ce que vous pouvez traiter.
# SIP 413 Request Entity Too Large compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-414 = 413 concerne la taille du corps ; 414 concerne la longueur de la Request-URI.
# SIP 413 Request Entity Too Large compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-415 = 413 rejette un corps à cause de sa taille ; 415 le rejette à cause de son format, de son codage ou de sa langue.

## SIP 414 Request-URI Too Long

# SIP 414 Request-URI Too Long: one-line summary at the top of the explainer (TL;DR).
sip-414-tldr = L'adresse SIP que vous avez appelée est trop longue pour être acceptée par le serveur.
# SIP 414 Request-URI Too Long: the paragraph under "What it means".
sip-414-meaning = 414 rejette une requête dont la Request-URI dépasse la longueur que le serveur est disposé à analyser. Les URI SIP peuvent s'allonger du fait de paramètres comme `user=phone`, `transport` ou `gr`, et d'en-têtes intégrés après `?`, que certaines applications utilisent pour transporter des données comme `Replaces` ou des jetons personnalisés. La correction incombe à l'expéditeur : raccourcir l'URI en supprimant les paramètres superflus ou en déplaçant les données dans de vrais en-têtes, puis renvoyer la requête. Les serveurs utilisent cette limite à la fois pour se défendre contre les entrées surdimensionnées et pour arrêter les URI mal construites, par exemple lorsque la même valeur y est ajoutée en boucle.
# SIP 414 Request-URI Too Long: common cause 1 of 3, a list item under "Common causes".
sip-414-cause-1 = Une intégration click-to-call ou CRM construit la Request-URI avec de longs en-têtes intégrés ou des paramètres de suivi.
# SIP 414 Request-URI Too Long: common cause 2 of 3, a list item under "Common causes".
sip-414-cause-2 = Un plan de numérotation ou un B2BUA ajoute de nouveau le même préfixe ou le même paramètre à chaque transfert ou nouvelle tentative : l'URI ne cesse donc de s'allonger.
# SIP 414 Request-URI Too Long: common cause 3 of 3, a list item under "Common causes".
sip-414-cause-3 = Un scanner ou un fuzzer envoie une URI surdimensionnée pour sonder l'analyseur du serveur.
# SIP 414 Request-URI Too Long: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-414-fix-visitor-1 = Vérifiez que l'adresse ou le numéro saisi ne contient pas de caractères en trop, ou composez-le à la main au lieu de passer par un lien.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-1 = Journalisez la Request-URI complète et trouvez ce qui l'allonge ; déplacez les données dans des en-têtes ou dans le corps, et ne gardez que les paramètres d'URI nécessaires au routage.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-2 = Examinez les B2BUA et les plans de numérotation qui réécrivent l'URI, à la recherche de préfixes ou de paramètres ajoutés de nouveau à chaque passage.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-3 = Gardez une limite de longueur d'URI par sécurité, mais fixez-la assez haut pour les GRUU légitimes et les numéros `tel` avec paramètres.
# SIP 414 Request-URI Too Long compared with SIP 413 Request Entity Too Large: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-413 = 414 ne concerne que la Request-URI ; 413 concerne la taille du corps.
# SIP 414 Request-URI Too Long compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-416 = 414 rejette une URI à cause de sa longueur ; 416 la rejette à cause de son schéma.
# SIP 414 Request-URI Too Long compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-400 = Envoyez 414 lorsque l'URI est bien formée mais trop longue ; envoyez 400 lorsqu'elle est malformée.

## SIP 415 Unsupported Media Type

# SIP 415 Unsupported Media Type: one-line summary at the top of the explainer (TL;DR).
sip-415-tldr = Le serveur ne sait pas traiter le format du contenu que vous avez envoyé, par exemple le type de description de session.
# SIP 415 Unsupported Media Type: the paragraph under "What it means".
sip-415-meaning = 415 concerne ce que le client a envoyé : un corps dont le type de média, le codage de contenu ou la langue ne peut pas être traité par le serveur. La réponse indique au client ce qui conviendrait : `Accept` liste les types de médias acceptés, `Accept-Encoding` les codages acceptés et `Accept-Language` les langues acceptées, selon la partie en cause. Le client doit renvoyer la requête avec un corps adapté, ou sans la partie non prise en charge. Pour un `INVITE`, le corps attendu est généralement `application/sdp` : un 415 signifie donc souvent qu'un corps multipart, par exemple du SDP accompagné d'ISUP ou d'un objet de localisation, a atteint un agent utilisateur qui ne lit que du SDP simple.
# SIP 415 Unsupported Media Type: common cause 1 of 4, a list item under "Common causes".
sip-415-cause-1 = Un trunk SIP-I ou SIP-T envoie des corps `multipart/mixed` avec de l'ISUP en pièce jointe, et le téléphone ou le PBX destinataire n'accepte que `application/sdp`.
# SIP 415 Unsupported Media Type: common cause 2 of 4, a list item under "Common causes".
sip-415-cause-2 = Un client compresse le corps avec `Content-Encoding: gzip`, que le destinataire ne prend pas en charge.
# SIP 415 Unsupported Media Type: common cause 3 of 4, a list item under "Common causes".
sip-415-cause-3 = Un `MESSAGE` arrive au format `message/cpim` ou `text/html`, mais le terminal n'accepte que `text/plain`.
# SIP 415 Unsupported Media Type: common cause 4 of 4, a list item under "Common causes".
sip-415-cause-4 = Un `INFO` ou un `NOTIFY` transporte un type XML que le destinataire n'a jamais indiqué dans `Accept`.
# SIP 415 Unsupported Media Type: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-415-fix-visitor-1 = Aucun réglage de votre téléphone n'y changera rien ; si le problème persiste, signalez l'appel en échec à votre opérateur ou à votre administrateur.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-1 = Lisez `Accept`, `Accept-Encoding` et `Accept-Language` dans le 415 et renvoyez la requête avec un corps qui leur correspond.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-2 = Supprimez les parties autres que SDP avant que les appels n'atteignent les terminaux, par exemple avec `filter_body("application/sdp")` du module `textops` de Kamailio.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-3 = Lorsque vous envoyez 415, incluez toujours `Accept`, ainsi que les autres en-têtes `Accept-*` s'il y a lieu, afin que le client puisse s'adapter.
# SIP 415 Unsupported Media Type compared with SIP 406 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-406 = 415 concerne le corps que le client a envoyé ; 406 concerne le corps que le serveur devrait renvoyer.
# SIP 415 Unsupported Media Type compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-488 = 415 rejette le type du corps en tant que tel ; 488 comprend le SDP mais ne peut pas accepter la session qu'il décrit.
# SIP 415 Unsupported Media Type compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-400 = Envoyez 415 pour un corps bien formé dans un format non pris en charge ; envoyez 400 lorsque le message ne peut pas être analysé.

## SIP 416 Unsupported URI Scheme

# SIP 416 Unsupported URI Scheme: one-line summary at the top of the explainer (TL;DR).
sip-416-tldr = Le serveur ne gère pas le type d'adresse que vous avez appelé, comme une adresse `tel:` ou `sips:`.
# SIP 416 Unsupported URI Scheme: the paragraph under "What it means".
sip-416-meaning = 416 rejette une requête parce que le serveur ne comprend pas le schéma de la Request-URI. Les serveurs SIP doivent gérer `sip`, et la plupart gèrent `sips` et `tel`, mais des URI comme `im:`, `pres:`, `mailto:` ou `urn:service:sos`, ou une URI `tel:` envoyée à un serveur qui ne route que `sip`, peuvent le déclencher. Le client doit réessayer avec une URI dont le schéma est pris en charge par le serveur, par exemple en transformant `tel:+15551234567` en `sip:+15551234567@provider.example;user=phone`. Un serveur qui ne peut pas proposer TLS jusqu'à la destination peut aussi utiliser 416 pour refuser une URI `sips` plutôt que de dégrader la sécurité de l'appel.
# SIP 416 Unsupported URI Scheme: common cause 1 of 4, a list item under "Common causes".
sip-416-cause-1 = Un téléphone a envoyé une URI `tel:` à un serveur qui ne route que les URI `sip:`.
# SIP 416 Unsupported URI Scheme: common cause 2 of 4, a list item under "Common causes".
sip-416-cause-2 = Un appel `sips:` a atteint un serveur ou un trunk dépourvu de TLS, qui ne peut pas garantir la sécurité de l'appel.
# SIP 416 Unsupported URI Scheme: common cause 3 of 4, a list item under "Common causes".
sip-416-cause-3 = Une intégration web ou CRM a transmis telle quelle dans la Request-URI un lien `callto:` ou un schéma de lien similaire.
# SIP 416 Unsupported URI Scheme: common cause 4 of 4, a list item under "Common causes".
sip-416-cause-4 = Un appel d'urgence adressé à `urn:service:sos` a atteint un serveur non configuré pour les URN de services d'urgence.
# SIP 416 Unsupported URI Scheme: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-416-fix-visitor-1 = Composez le numéro sous forme de simples chiffres au lieu d'utiliser un lien, et supprimez tout préfixe comme `tel:` que vous auriez saisi.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-1 = Normalisez la Request-URI en bordure de réseau : convertissez `tel:` en URI `sip:` avec `user=phone`, et rejetez tôt les schémas inconnus avec un libellé explicite.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-2 = Si vous acceptez `sips:`, configurez d'abord TLS sur chaque saut, par exemple un transport PJSIP d'Asterisk avec `protocol=tls` ou Kamailio avec `enable_tls`.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-3 = Vérifiez l'URI que construit le code de click-to-call : seuls `sip`, `sips` et `tel` doivent atteindre un serveur SIP.
# SIP 416 Unsupported URI Scheme compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-400 = Envoyez 416 lorsque seul le schéma de la Request-URI n'est pas pris en charge ; envoyez 400 pour les autres problèmes de syntaxe.
# SIP 416 Unsupported URI Scheme compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-414 = 416 concerne le schéma de l'URI ; 414 concerne sa longueur.
# SIP 416 Unsupported URI Scheme compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-404 = 416 signifie que le serveur ne sait pas du tout gérer ce type d'adresse ; 404 signifie qu'il le gère, mais que l'utilisateur n'existe pas.

## SIP 417 Unknown Resource-Priority

# SIP 417 Unknown Resource-Priority: one-line summary at the top of the explainer (TL;DR).
sip-417-tldr = Votre appel demandait un traitement prioritaire avec une valeur de priorité que le serveur ne reconnaît pas.
# SIP 417 Unknown Resource-Priority: the paragraph under "What it means".
sip-417-meaning = La RFC 4412 permet à une requête de revendiquer un traitement préférentiel au moyen d'un en-tête `Resource-Priority` dont les valeurs sont des paires espace-de-noms.priorité, comme `ets.0` ou `wps.2` pour les services d'urgence du gouvernement américain, ou `dsn.flash` pour les réseaux militaires. Si la requête porte aussi `Require: resource-priority` et que le serveur ne comprend aucune des valeurs, il répond 417 et liste celles qu'il accepte dans `Accept-Resource-Priority`. Sans ce `Require`, un serveur qui ne comprend pas l'en-tête l'ignore simplement et traite l'appel avec la priorité normale. Le client peut réessayer avec l'une des valeurs acceptées, ou sans exiger l'extension.
# SIP 417 Unknown Resource-Priority: common cause 1 of 3, a list item under "Common causes".
sip-417-cause-1 = Un client utilise un espace de noms que le réseau n'a pas activé, par exemple des valeurs `dsn` sur un réseau qui ne prend en charge que `ets` et `wps`.
# SIP 417 Unknown Resource-Priority: common cause 2 of 3, a list item under "Common causes".
sip-417-cause-2 = Une valeur de priorité est mal orthographiée ou hors des limites de son espace de noms, comme `ets.5` alors que seules les valeurs `ets.0` à `ets.4` existent.
# SIP 417 Unknown Resource-Priority: common cause 3 of 3, a list item under "Common causes".
sip-417-cause-3 = Une passerelle entre deux réseaux à accès prioritaire ne traduit pas leurs espaces de noms.
# SIP 417 Unknown Resource-Priority: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-417-fix-visitor-1 = Si vous passez des appels prioritaires par un service gouvernemental ou militaire, signalez l'échec à l'assistance de ce service ; les appelants ordinaires ne voient jamais ce code.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-1 = Comparez le `Resource-Priority` que vous avez envoyé avec la liste `Accept-Resource-Priority`, et configurez le client avec un espace de noms et une valeur pris en charge.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-2 = Configurez les mêmes espaces de noms sur chaque proxy du chemin, ou faites-les correspondre aux frontières entre réseaux.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-3 = N'ajoutez `Require: resource-priority` que si l'appel doit échouer en l'absence de traitement prioritaire ; sinon, laissez les serveurs ignorer l'en-tête.
# SIP 417 Unknown Resource-Priority compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-420 = 417 signifie que le serveur prend en charge la priorité des ressources, mais pas les valeurs envoyées ; 420 signifie qu'il ne prend pas du tout en charge l'extension `resource-priority`.
# SIP 417 Unknown Resource-Priority compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-421 = 417 rejette des valeurs de priorité inconnues du serveur ; 421 demande au client d'ajouter une extension exigée par le serveur.
# SIP 417 Unknown Resource-Priority compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-400 = Envoyez 417 pour un en-tête `Resource-Priority` valide aux valeurs inconnues ; envoyez 400 si l'en-tête est malformé.

## SIP 420 Bad Extension

# SIP 420 Bad Extension: one-line summary at the top of the explainer (TL;DR).
sip-420-tldr = Votre requête exigeait une extension SIP que le serveur ne prend pas en charge.
# SIP 420 Bad Extension: the paragraph under "What it means".
sip-420-meaning = Un client peut rendre des extensions SIP obligatoires en listant leurs étiquettes d'option dans `Require`, pour le UAS, ou dans `Proxy-Require`, pour les proxys ; un serveur qui ne prend pas en charge l'une d'elles ne doit pas traiter la requête et répond 420 en indiquant les étiquettes non prises en charge dans un en-tête `Unsupported`. Le client doit réessayer sans ces étiquettes si l'appel peut fonctionner sans l'extension, ou abandonner. Les étiquettes seulement listées dans `Supported` ne provoquent jamais de 420 : les clients ne doivent donc mettre dans `Require` que ce dont l'appel ne peut vraiment pas se passer. Les proxys ignorent `Require` et ne vérifient que `Proxy-Require` : une étiquette `Require` inconnue est donc rejetée par l'agent utilisateur distant, tandis qu'une étiquette `Proxy-Require` inconnue l'est par un proxy.
# SIP 420 Bad Extension: common cause 1 of 4, a list item under "Common causes".
sip-420-cause-1 = L'appelant a envoyé `Require: 100rel` à un téléphone ou à une passerelle qui n'implémente pas les réponses provisoires fiables.
# SIP 420 Bad Extension: common cause 2 of 4, a list item under "Common causes".
sip-420-cause-2 = L'appelant a envoyé `Require: timer` à un agent utilisateur qui ne prend pas en charge les temporisateurs de session.
# SIP 420 Bad Extension: common cause 3 of 4, a list item under "Common causes".
sip-420-cause-3 = Un agent utilisateur a mis `Proxy-Require: sec-agree` dans une requête qui a traversé des proxys hors du réseau IMS, lesquels ignorent tout de l'accord de sécurité.
# SIP 420 Bad Extension: common cause 4 of 4, a list item under "Common causes".
sip-420-cause-4 = Une étiquette d'option propre à un fabricant s'est retrouvée dans `Require` et a atteint un pair d'un autre fabricant.
# SIP 420 Bad Extension: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-420-fix-visitor-1 = Rien à faire de votre côté : votre téléphone et l'autre côté sont en désaccord sur une fonction technique ; signalez à votre opérateur le numéro qui échoue.
# SIP 420 Bad Extension: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-1 = Lisez l'en-tête `Unsupported`, retirez ces étiquettes de `Require` ou de `Proxy-Require`, et réessayez si l'appel peut fonctionner sans elles.
# SIP 420 Bad Extension: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-2 = Proposez les extensions facultatives dans `Supported` plutôt que dans `Require` : sur un endpoint PJSIP d'Asterisk, utilisez `100rel = yes` plutôt que `required`, et `timers = yes` plutôt que `required`.
# SIP 420 Bad Extension: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-3 = Identifiez le saut en échec : un 420 provenant d'un proxy met en cause `Proxy-Require`, un 420 provenant de l'agent utilisateur distant, `Require`.
# SIP 420 Bad Extension compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-421 = Avec 420, le serveur indique qu'il lui manque une extension exigée par le client ; avec 421, il indique qu'il exige une extension que le client n'a pas proposée.
# SIP 420 Bad Extension compared with SIP 417 Unknown Resource-Priority: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-417 = 420 rejette une extension non prise en charge ; 417 rejette des valeurs inconnues de l'extension de priorité des ressources, que le serveur prend bien en charge.
# SIP 420 Bad Extension compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-494 = 420 est un simple échec dû à une extension manquante ; 494 demande au client de mettre d'abord en place un mécanisme de sécurité via `sec-agree`.

## SIP 421 Extension Required

# SIP 421 Extension Required: one-line summary at the top of the explainer (TL;DR).
sip-421-tldr = Le serveur a besoin d'une fonction SIP que votre téléphone n'a pas déclaré prendre en charge.
# SIP 421 Extension Required: the paragraph under "What it means".
sip-421-meaning = Un 421 est le pendant de 420 : le UAS ne traitera la requête que si le client utilise une extension qu'il n'a pas listée dans `Supported`, et il indique l'étiquette d'option nécessaire dans un en-tête `Require`. Les étiquettes typiques sont `100rel` pour les réponses provisoires fiables, `timer` pour les temporisateurs de session et `precondition` pour les préconditions de qualité de service. Le client peut réessayer avec l'étiquette dans `Supported` s'il implémente l'extension ; sinon, l'appel ne peut pas aboutir avec ce serveur. La RFC 3261 déconseille ce code : un serveur doit fonctionner sans l'extension chaque fois que c'est possible, car un appel sans elle vaut mieux que pas d'appel du tout.
# SIP 421 Extension Required: common cause 1 of 3, a list item under "Common causes".
sip-421-cause-1 = Une passerelle ou un cœur IMS qui a besoin de médias précoces fiables exige `100rel`, et le téléphone de l'appelant ne l'a pas listé dans `Supported`.
# SIP 421 Extension Required: common cause 2 of 3, a list item under "Common causes".
sip-421-cause-2 = Un trunk d'opérateur impose les temporisateurs de session et rejette les `INVITE` dépourvus de `Supported: timer`.
# SIP 421 Extension Required: common cause 3 of 3, a list item under "Common causes".
sip-421-cause-3 = Un cœur de réseau VoLTE exige `precondition`, et l'appelant est un simple client SIP.
# SIP 421 Extension Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-421-fix-visitor-1 = Rien à faire dans l'immédiat : il manque à votre téléphone une fonction que l'autre côté exige ; une mise à jour du firmware ou un autre softphone peut résoudre le problème.
# SIP 421 Extension Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-1 = Lisez l'en-tête `Require` du 421 et activez cette extension sur le client, par exemple `100rel = yes` et `timers = yes` sur un endpoint PJSIP d'Asterisk, puis réessayez.
# SIP 421 Extension Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-2 = Si vous gérez le serveur, rendez l'extension facultative à moins qu'elle ne soit vraiment indispensable, et traitez les appels sans elle lorsque c'est possible.
# SIP 421 Extension Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-3 = Listez dans `Supported` toutes les extensions que vous implémentez dans les requêtes initiales, afin que les serveurs n'aient jamais à deviner.
# SIP 421 Extension Required compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-420 = 421 signifie que le client doit ajouter une extension ; 420 signifie que le client doit en retirer une.
# SIP 421 Extension Required compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-494 = 421 indique une extension requise de façon générale ; 494 est le cas particulier d'un mécanisme de sécurité `sec-agree` requis, les options étant listées dans `Security-Server`.
# SIP 421 Extension Required compared with SIP 580 Precondition Failure: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-580 = 421 concerne une extension que le client ne prenait pas du tout en charge ; 580 survient lorsque les deux côtés utilisent des préconditions, mais que l'une d'elles n'a pas pu être satisfaite.

## SIP 422 Session Interval Too Small

# SIP 422 Session Interval Too Small: one-line summary at the top of the explainer (TL;DR).
sip-422-tldr = L'intervalle de rafraîchissement d'appel demandé par votre téléphone est trop court pour le serveur, qui indique le minimum qu'il accepte.
# SIP 422 Session Interval Too Small: the paragraph under "What it means".
sip-422-meaning = Les temporisateurs de session (RFC 4028) obligent les deux extrémités d'un appel à le rafraîchir par un re-`INVITE` ou un `UPDATE` à un intervalle fixé par `Session-Expires`, afin que les appels dont une extrémité a disparu soient nettoyés. Chaque proxy ou UAS du chemin peut imposer un minimum ; si `Session-Expires` est inférieur, cet élément répond 422 en indiquant son minimum dans `Min-SE`. Le client doit réessayer avec un `Session-Expires` au moins égal à cette valeur et l'indiquer dans son propre en-tête `Min-SE`, afin que les sauts suivants ne puissent pas l'abaisser de nouveau. La RFC 4028 fixe à 90 secondes le plus petit `Min-SE` autorisé et recommande 1 800 secondes comme intervalle habituel.
# SIP 422 Session Interval Too Small: common cause 1 of 3, a list item under "Common causes".
sip-422-cause-1 = Un téléphone envoie `Session-Expires: 90` ou une valeur similaire alors que le SBC de l'opérateur exige au moins 1 800 secondes.
# SIP 422 Session Interval Too Small: common cause 2 of 3, a list item under "Common causes".
sip-422-cause-2 = Un proxy du chemin a relevé le minimum, et un saut ultérieur en impose un plus élevé encore : un second 422 suit donc la nouvelle tentative.
# SIP 422 Session Interval Too Small: common cause 3 of 3, a list item under "Common causes".
sip-422-cause-3 = Le temporisateur de session d'un terminal a été abaissé pour détecter rapidement les appels morts, en dessous de ce qu'accepte le PBX.
# SIP 422 Session Interval Too Small: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-422-fix-visitor-1 = Rien à faire : votre téléphone réessaie normalement de lui-même avec un intervalle plus long ; si les appels échouent encore, signalez-le à votre opérateur.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-1 = Réessayez automatiquement avec un `Session-Expires` égal au `Min-SE` du 422, et ajoutez au nouvel `INVITE` un en-tête `Min-SE` portant cette valeur.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-2 = Harmonisez les réglages : `timers_min_se` et `timers_sess_expires` sur les endpoints PJSIP d'Asterisk, `session-timeout` et `minimum-session-expires` dans les profils Sofia de FreeSWITCH.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-3 = Utilisez la valeur par défaut de la RFC 4028, 1 800 secondes, sauf si vous devez détecter plus vite les appels morts, et ne descendez jamais sous 90.
# SIP 422 Session Interval Too Small compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-422-vs-423 = 422 concerne l'intervalle de rafraîchissement du temporisateur de session d'un appel ; 423 concerne la durée de vie d'un enregistrement ou d'un abonnement.
# SIP 422 Session Interval Too Small compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-422-vs-420 = 422 signifie que les temporisateurs de session sont compris, mais que l'intervalle est trop court ; 420 avec `Unsupported: timer` signifie qu'ils ne sont pas pris en charge du tout.

## SIP 423 Interval Too Brief

# SIP 423 Interval Too Brief: one-line summary at the top of the explainer (TL;DR).
sip-423-tldr = Votre téléphone a demandé à s'enregistrer, ou à s'abonner, pour une durée trop courte, et le serveur indique le minimum qu'il autorise.
# SIP 423 Interval Too Brief: the paragraph under "What it means".
sip-423-meaning = Un serveur d'enregistrement ou un notificateur qui juge trop courte la durée d'expiration demandée répond 423 en indiquant dans `Min-Expires` la plus petite valeur qu'il accepte. Le client réessaie avec l'en-tête `Expires`, ou le paramètre `expires` de chaque `Contact`, fixé au moins à cette valeur. La RFC 3261 permet à un serveur d'enregistrement de raccourcir de lui-même une durée demandée, mais une durée trop courte ne peut qu'être refusée, et seulement si elle est inférieure à une heure : c'est ce que fait 423. Les requêtes dont la durée d'expiration vaut 0, qui suppriment des liaisons, ne sont pas concernées. Le même code répond à un `SUBSCRIBE` dont l'`Expires` est inférieur au minimum du notificateur (RFC 6665).
# SIP 423 Interval Too Brief: common cause 1 of 3, a list item under "Common causes".
sip-423-cause-1 = Un téléphone se réenregistre toutes les 30 ou 60 secondes pour garder ouverte son association NAT, en dessous du minimum du serveur d'enregistrement.
# SIP 423 Interval Too Brief: common cause 2 of 3, a list item under "Common causes".
sip-423-cause-2 = Le minimum du serveur d'enregistrement a été relevé, par exemple à 3 600 secondes comme dans l'exemple, pour réduire la charge, et d'anciens profils de téléphones demandent encore moins.
# SIP 423 Interval Too Brief: common cause 3 of 3, a list item under "Common causes".
sip-423-cause-3 = Un client de supervision de ligne (BLF) ou de présence s'abonne avec un `Expires` très court pour interroger régulièrement l'état.
# SIP 423 Interval Too Brief: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-423-fix-visitor-1 = Rien à faire : votre téléphone devrait réessayer de lui-même avec une durée plus longue ; si l'enregistrement échoue toujours, réglez dans ses paramètres l'intervalle d'enregistrement sur le minimum du serveur ou plus.
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-1 = Réessayez avec la valeur `Min-Expires` de la réponse, et retenez-la pour que les enregistrements suivants partent de cette valeur.
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-2 = Maintenez les associations NAT ouvertes par des messages de maintien plutôt que par des enregistrements rapprochés : messages CRLF ou SIP Outbound (RFC 5626) depuis le téléphone, ou `OPTIONS` depuis le serveur (`qualify_frequency` d'Asterisk).
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-3 = Vérifiez le minimum du serveur, par exemple `min_expires` du module registrar de Kamailio ou l'option d'AOR PJSIP `minimum_expiration` d'Asterisk, et gardez-le cohérent avec les profils de téléphones que vous provisionnez.
# SIP 423 Interval Too Brief compared with SIP 422 Session Interval Too Small: one sentence in the "Related codes" section saying when to use which.
sip-423-vs-422 = 423 concerne la durée de vie d'un enregistrement ou d'un abonnement ; 422 concerne l'intervalle du temporisateur de session d'un appel.
# SIP 423 Interval Too Brief compared with SIP 412 Conditional Request Failed: one sentence in the "Related codes" section saying when to use which.
sip-423-vs-412 = 423 rejette une durée d'expiration trop courte ; 412 rejette un rafraîchissement `PUBLISH` dont l'étiquette d'entité n'est plus connue.

## SIP 424 Bad Location Information

# SIP 424 Bad Location Information: one-line summary at the top of the explainer (TL;DR).
sip-424-tldr = Les informations de localisation envoyées avec votre appel, généralement pour un appel d'urgence, n'ont pas pu être utilisées.
# SIP 424 Bad Location Information: the paragraph under "What it means".
sip-424-meaning = La RFC 6442 permet à une requête de transmettre la localisation de l'appelant : un en-tête `Geolocation` pointe soit vers une partie du corps au format PIDF-LO, par une URI `cid:`, soit vers un serveur de localisation auprès duquel la localisation peut être obtenue, et `Geolocation-Routing` indique si les proxys peuvent s'en servir pour le routage. Un destinataire qui ne peut pas utiliser la localisation répond 424 avec un en-tête `Geolocation-Error` portant un code numérique et un texte : 100 lorsque la localisation ne peut pas être traitée, 200 à 202 lorsqu'une autorisation manque, et 300 lorsqu'une référence de localisation n'a pas pu être déréférencée. L'expéditeur doit corriger l'objet ou la référence de localisation, ou transmettre la localisation par valeur, puis réessayer. Comme ce code concerne surtout les appels d'urgence, acheminés selon la localisation, un 424 mérite une analyse rapide.
# SIP 424 Bad Location Information: common cause 1 of 4, a list item under "Common causes".
sip-424-cause-1 = Le corps PIDF-LO est malformé ou utilise une forme de localisation que le destinataire ne sait pas traiter.
# SIP 424 Bad Location Information: common cause 2 of 4, a list item under "Common causes".
sip-424-cause-2 = L'en-tête `Geolocation` référence l'URI d'un serveur de localisation que le destinataire ne peut pas joindre ou n'a pas le droit d'interroger.
# SIP 424 Bad Location Information: common cause 3 of 4, a list item under "Common causes".
sip-424-cause-3 = L'en-tête `Geolocation` pointe vers une partie `cid:` absente du corps multipart, par exemple parce qu'un B2BUA l'a supprimée.
# SIP 424 Bad Location Information: common cause 4 of 4, a list item under "Common causes".
sip-424-cause-4 = La localisation est trop imprécise ou trop ancienne pour que le destinataire puisse acheminer l'appel en fonction d'elle.
# SIP 424 Bad Location Information: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-424-fix-visitor-1 = Si un appel d'urgence échoue, rappelez immédiatement ; si vous le pouvez, utilisez un téléphone mobile et indiquez votre adresse à l'opérateur.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-1 = Lisez le code `Geolocation-Error` : 100 signifie qu'il faut corriger le PIDF-LO, 300 qu'il faut vérifier que l'URI de localisation est joignable depuis le destinataire et que son certificat TLS et ses règles d'accès permettent de la récupérer.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-2 = Validez les documents PIDF-LO selon les règles des RFC 4119 et 5491, et assurez-vous que chaque B2BUA transmet sans modification les corps multipart et l'en-tête `Geolocation`.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-3 = Testez le provisionnement de la localisation avec le fournisseur du service d'urgence avant la mise en production, et déclenchez une alarme sur chaque 424 en production.
# SIP 424 Bad Location Information compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-400 = 424 concerne les données de localisation transportées par un message SIP par ailleurs valide ; 400 concerne une syntaxe SIP malformée.
# SIP 424 Bad Location Information compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-415 = 424 signifie qu'un format de localisation pris en charge n'a pas pu être exploité ; 415 signifie que le type du corps lui-même n'est pas pris en charge.
# SIP 424 Bad Location Information compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-488 = 424 rejette les informations de localisation ; 488 rejette la description de session.

## SIP 425 Bad Alert Message

# SIP 425 Bad Alert Message: one-line summary at the top of the explainer (TL;DR).
sip-425-tldr = L'alerte automatique envoyée comme message d'urgence, par exemple par une alarme ou une voiture, n'a pas pu être comprise.
# SIP 425 Bad Alert Message: the paragraph under "What it means".
sip-425-meaning = La RFC 8876 définit les appels d'urgence non interactifs : un dispositif comme une centrale d'alarme, un capteur ou le système d'un véhicule envoie un `MESSAGE` à l'URN d'un service d'urgence, avec un document Common Alerting Protocol (CAP) dans une partie du corps de type `application/common-alerting-protocol+xml`. Si le destinataire ne peut pas en déduire une réponse d'urgence raisonnable, il répond 425 avec un en-tête `AlertMsg-Error` contenant un code et un texte : 100 lorsque la charge utile ne peut pas être traitée, 101 lorsqu'elle est absente ou introuvable, 102 lorsqu'il lui manque les informations nécessaires pour déterminer l'objet de l'alerte, et 103 lorsqu'elle est corrompue. De petits défauts ne doivent pas entraîner de 425 : le destinataire est censé agir à partir de tout ce qu'il peut exploiter. L'expéditeur doit réparer le document CAP et le renvoyer.
# SIP 425 Bad Alert Message: common cause 1 of 4, a list item under "Common causes".
sip-425-cause-1 = Le document CAP n'est pas valide selon le schéma CAP 1.2, par exemple parce qu'un élément obligatoire comme `identifier` ou `sender` manque.
# SIP 425 Bad Alert Message: common cause 2 of 4, a list item under "Common causes".
sip-425-cause-2 = Le `MESSAGE` fait référence à une partie CAP absente du corps, ou dont le `Content-ID` ne correspond pas à la référence.
# SIP 425 Bad Alert Message: common cause 3 of 4, a list item under "Common causes".
sip-425-cause-3 = L'alerte en dit trop peu pour agir, par exemple sans type d'événement ni localisation : le service d'urgence ne peut donc pas décider quels secours envoyer.
# SIP 425 Bad Alert Message: common cause 4 of 4, a list item under "Common causes".
sip-425-cause-4 = Un intermédiaire a modifié le corps en chemin, par exemple en changeant son codage de caractères, et a corrompu le XML.
# SIP 425 Bad Alert Message: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-425-fix-visitor-1 = Si votre alarme, votre capteur ou le système de votre véhicule signale l'échec d'une alerte d'urgence, appelez vous-même le numéro d'urgence.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-1 = Validez les documents CAP selon le schéma OASIS CAP 1.2 avant l'envoi, et incluez ce dont les secours ont besoin, comme l'événement, l'urgence, la gravité et la localisation.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-2 = Vérifiez la structure multipart : le `Content-ID` de la partie CAP doit correspondre à sa référence, et les intermédiaires doivent transmettre le corps sans le modifier.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-3 = Choisissez la correction d'après le code `AlertMsg-Error` (100 traitement, 101 charge utile absente, 102 informations insuffisantes, 103 corruption), et testez avec le fournisseur du service d'urgence avant le déploiement.
# SIP 425 Bad Alert Message compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-415 = 425 signifie que le format d'alerte est pris en charge, mais que ce document CAP est inexploitable ; 415 signifie que le type de média du corps n'est pas pris en charge du tout.
# SIP 425 Bad Alert Message compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-400 = 425 concerne le contenu de la charge utile de l'alerte ; 400 concerne la syntaxe du message SIP lui-même.
# SIP 425 Bad Alert Message compared with SIP 424 Bad Location Information: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-424 = 425 rejette la charge utile d'alerte CAP ; 424 rejette les informations de localisation jointes à une requête.

## SIP 428 Use Identity Header

# SIP 428 Use Identity Header: one-line summary at the top of the explainer (TL;DR).
sip-428-tldr = Le réseau qui reçoit votre appel exige une identité d'appelant signée, et l'appel est arrivé sans.
# SIP 428 Use Identity Header: the paragraph under "What it means".
sip-428-meaning = Avec STIR (RFC 8224), un service d'authentification chez l'opérateur d'origine signe les numéros appelant et appelé dans un jeton PASSporT (RFC 8225) transporté dans un en-tête `Identity`, et un service de vérification côté destination le contrôle. Un vérificateur dont la politique exige des appels signés répond 428 à une requête non signée, pour demander un en-tête `Identity`. Le téléphone de l'appelant peut rarement en ajouter un lui-même : la signature a lieu chez l'opérateur d'origine, si bien qu'un 428 révèle généralement une lacune dans la chaîne, comme un opérateur qui ne signe pas ou un saut de transit qui supprime l'en-tête. Ce code date du mécanisme d'identité initial de la RFC 4474 et a survécu à son remplacement par la RFC 8224. De nombreux vérificateurs acceptent les appels non signés et se contentent de les marquer : un 428 traduit donc une politique délibérée sur une interconnexion donnée.
# SIP 428 Use Identity Header: common cause 1 of 4, a list item under "Common causes".
sip-428-cause-1 = L'opérateur d'origine n'a pas déployé de service d'authentification STIR/SHAKEN : ses appels partent donc sans en-tête `Identity`.
# SIP 428 Use Identity Header: common cause 2 of 4, a list item under "Common causes".
sip-428-cause-2 = Un opérateur de transit ou un tronçon TDM du chemin a supprimé l'en-tête `Identity`, et l'appel arrive donc sans signature.
# SIP 428 Use Identity Header: common cause 3 of 4, a list item under "Common causes".
sip-428-cause-3 = Le PBX d'une entreprise a présenté un numéro d'appelant que son fournisseur de trunk ne lui a pas attribué, et le fournisseur ne signe pas ce type d'appels.
# SIP 428 Use Identity Header: common cause 4 of 4, a list item under "Common causes".
sip-428-cause-4 = Un SBC situé entre l'opérateur et le vérificateur supprime les en-têtes inconnus, et `Identity` avec eux.
# SIP 428 Use Identity Header: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-428-fix-visitor-1 = Demandez à votre opérateur téléphonique si vos appels sont signés avec STIR/SHAKEN ; la solution est de son côté, pas de celui de votre téléphone.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-1 = Capturez l'`INVITE` sur chaque SBC de votre côté pour voir où disparaît l'en-tête `Identity` ; les règles de manipulation d'en-têtes et le masquage de topologie le suppriment souvent.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-2 = Signez les appels sortants avec un service d'authentification, le vôtre avec un certificat STI ou celui de votre opérateur, et présentez des numéros d'appelant que votre fournisseur peut attester.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-3 = En tant que vérificateur, décidez pour chaque interconnexion s'il faut rejeter les appels non signés avec 428 ou les accepter en les marquant ; rejeter les partenaires qui ne savent pas encore signer coupe aussi du trafic légitime.
# SIP 428 Use Identity Header compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-438 = Envoyez 428 lorsque l'en-tête `Identity` est absent ; envoyez 438 lorsqu'il est présent mais échoue à la vérification.
# SIP 428 Use Identity Header compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-436 = 428 concerne un en-tête `Identity` absent ; 436 concerne un en-tête présent dont la référence au justificatif est inutilisable.
# SIP 428 Use Identity Header compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-437 = 428 réclame une signature au départ ; 437 rejette le justificatif utilisé pour la produire.
# SIP 428 Use Identity Header compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-433 = 428 exige une identité signée cryptographiquement ; 433 rejette un appel dont l'appelant a choisi de masquer l'identité.

## SIP 429 Provide Referrer Identity

# SIP 429 Provide Referrer Identity: one-line summary at the top of the explainer (TL;DR).
sip-429-tldr = La personne vers qui vous êtes transféré n'accepte le transfert que s'il est signé par celui qui l'a demandé.
# SIP 429 Provide Referrer Identity: the paragraph under "What it means".
sip-429-meaning = Lors d'un transfert, l'initiateur du transfert (referrer) envoie un `REFER` à la partie transférée (referee), qui envoie ensuite un `INVITE` à la cible du transfert avec un en-tête `Referred-By` nommant l'initiateur. La RFC 3892 permet à l'initiateur d'étayer cette affirmation par un jeton, une partie de corps `message/sipfrag` signée S/MIME et référencée depuis `Referred-By` par un paramètre `cid`. Une cible qui exige un tel jeton et n'en reçoit aucun, ou aucun qu'elle puisse valider, répond 429 à l'`INVITE`. Seul l'initiateur peut produire le jeton : la partie transférée lui renvoie donc le 429 dans le corps `message/sipfrag` d'un `NOTIFY`, et c'est à l'initiateur de retenter le transfert avec un jeton signé. Ce code est rare en pratique, car peu de déploiements utilisent S/MIME dans SIP.
# SIP 429 Provide Referrer Identity: common cause 1 of 3, a list item under "Common causes".
sip-429-cause-1 = Une cible de transfert configurée pour exiger des jetons RFC 3892 a reçu un `INVITE` avec un simple en-tête `Referred-By` non signé.
# SIP 429 Provide Referrer Identity: common cause 2 of 3, a list item under "Common causes".
sip-429-cause-2 = L'initiateur du transfert a fourni un jeton, mais la partie transférée ne l'a pas recopié dans son `INVITE` vers la cible du transfert.
# SIP 429 Provide Referrer Identity: common cause 3 of 3, a list item under "Common causes".
sip-429-cause-3 = La cible n'a pas pu valider la signature du jeton, par exemple parce qu'elle ne fait pas confiance au certificat de l'initiateur.
# SIP 429 Provide Referrer Identity: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-429-fix-visitor-1 = Vous ne pouvez rien corriger pendant l'appel ; demandez le numéro à la personne qui vous a transféré et appelez-le directement.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-1 = Si vous gérez la cible du transfert, demandez-vous si vous avez vraiment besoin d'une identité signée de l'initiateur ; la plupart des déploiements se contentent de ne faire confiance à `Referred-By` que lorsqu'il vient de pairs authentifiés.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-2 = Côté partie transférée, renvoyez le 429 à l'initiateur dans un `NOTIFY` à corps `message/sipfrag`, afin qu'il puisse réessayer avec un jeton.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-3 = Côté initiateur, joignez un jeton `message/sipfrag` signé S/MIME, référencé par le paramètre `cid` de `Referred-By`, lorsque la cible est connue pour l'exiger.
# SIP 429 Provide Referrer Identity compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-403 = Envoyez 429 lorsque le transfert serait accepté si l'identité de l'initiateur était signée ; envoyez 403 lorsqu'il serait refusé de toute façon.
# SIP 429 Provide Referrer Identity compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-428 = 429 demande un jeton `Referred-By` signé attestant qui a demandé un transfert ; 428 demande un en-tête `Identity` signé attestant qui appelle.
# SIP 429 Provide Referrer Identity compared with SIP 470 Consent Needed: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-470 = 429 consiste à prouver qui a demandé le transfert ; 470 concerne des destinataires qui n'ont pas consenti à recevoir des requêtes par l'intermédiaire d'un relais.

## SIP 430 Flow Failed

# SIP 430 Flow Failed: one-line summary at the top of the explainer (TL;DR).
sip-430-tldr = La connexion qu'un serveur utilisait pour joindre un téléphone est rompue : l'appel est donc tenté par un autre chemin.
# SIP 430 Flow Failed: the paragraph under "What it means".
sip-430-meaning = SIP Outbound (RFC 5626) permet à un agent utilisateur de maintenir une ou plusieurs connexions persistantes, appelées flux (flows), ouvertes vers des proxys de bordure, et permet au proxy faisant autorité de lui renvoyer par elles les requêtes entrantes. Lorsqu'on demande à un proxy de bordure de relayer une requête sur un flux qui ne fonctionne plus, par exemple une connexion TCP fermée, il répond 430 au lieu d'essayer de joindre l'agent utilisateur par un autre moyen. À sa réception, le proxy faisant autorité supprime l'enregistrement lié à ce flux et passe aux autres flux ou contacts de l'utilisateur, et l'appelant n'apprend que le résultat final. L'agent utilisateur, de son côté, détecte le flux mort grâce à ses messages de maintien (CRLF pour TCP, STUN pour UDP) et s'enregistre de nouveau pour en établir un autre.
# SIP 430 Flow Failed: common cause 1 of 3, a list item under "Common causes".
sip-430-cause-1 = La connexion TCP ou TLS d'un softphone mobile vers le proxy de bordure a été fermée lorsque le téléphone a changé de réseau ou s'est mis en veille.
# SIP 430 Flow Failed: common cause 2 of 3, a list item under "Common causes".
sip-430-cause-2 = Un NAT ou un pare-feu a supprimé un flux inactif, car l'intervalle des messages de maintien dépassait son délai d'expiration.
# SIP 430 Flow Failed: common cause 3 of 3, a list item under "Common causes".
sip-430-cause-3 = Le proxy de bordure a redémarré et perdu sa table de connexions : tous les flux qui le traversaient ont disparu jusqu'à ce que les agents utilisateurs se réenregistrent.
# SIP 430 Flow Failed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-430-fix-visitor-1 = Si l'on ne parvient pas à vous joindre, ouvrez l'application de softphone ou vérifiez sa connexion réseau pour qu'elle s'enregistre de nouveau.
# SIP 430 Flow Failed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-1 = Faites en sorte que le proxy faisant autorité traite le 430 en supprimant la liaison de ce flux et en essayant d'autres contacts ; dans Kamailio, les modules `outbound`, `path` et `registrar` gèrent ensemble les jetons de flux et les liaisons.
# SIP 430 Flow Failed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-2 = Envoyez des messages de maintien plus souvent que le plus court délai d'expiration NAT du chemin, et respectez l'en-tête `Flow-Timer` renvoyé par le serveur d'enregistrement.
# SIP 430 Flow Failed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-3 = Enregistrez plusieurs flux, avec des valeurs `reg-id` différentes et via des proxys de bordure différents, afin qu'un flux rompu ne rende pas l'utilisateur injoignable.
# SIP 430 Flow Failed compared with SIP 439 First Hop Lacks Outbound Support: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-439 = 430 signale qu'un flux Outbound qui fonctionnait s'est rompu ; 439 signale qu'Outbound n'a pas pu être mis en place lors de l'enregistrement, faute de prise en charge par le premier saut.
# SIP 430 Flow Failed compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-480 = 430 indique à un proxy qu'un chemin vers l'agent utilisateur a échoué alors que d'autres peuvent encore fonctionner ; 480 indique à l'appelant que l'appelé est totalement injoignable pour le moment.
# SIP 430 Flow Failed compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-408 = 430 est une réponse immédiate d'un proxy de bordure qui sait que le flux est mort ; 408 survient lorsque personne n'a répondu avant l'expiration d'un temporisateur.

## SIP 433 Anonymity Disallowed

# SIP 433 Anonymity Disallowed: one-line summary at the top of the explainer (TL;DR).
sip-433-tldr = La personne que vous appelez n'accepte pas les appels de numéros masqués.
# SIP 433 Anonymity Disallowed: the paragraph under "What it means".
sip-433-meaning = La RFC 5079 donne aux appelés un moyen spécifique de refuser les appels anonymes. Un appel est considéré comme anonyme lorsque son en-tête `From` porte une URI anonyme, comme `sip:anonymous@anonymous.invalid`, ou lorsqu'un en-tête `Privacy` (RFC 3323), par exemple `Privacy: id`, demande au réseau de masquer l'identité de l'appelant. Un UAS, ou un proxy agissant pour le compte de l'appelé, répond à un tel appel par 433 plutôt que par un 403 ou un 603 générique, afin que le téléphone de l'appelant puisse expliquer l'échec de l'appel et suggérer de rappeler avec le numéro affiché. Ce code ne dit rien de la fiabilité de l'appelant ; il reflète seulement le réglage de rejet des appels anonymes de l'appelé.
# SIP 433 Anonymity Disallowed: common cause 1 of 4, a list item under "Common causes".
sip-433-cause-1 = L'appelé a activé le rejet des appels anonymes chez son opérateur ou sur son PBX.
# SIP 433 Anonymity Disallowed: common cause 2 of 4, a list item under "Common causes".
sip-433-cause-2 = L'appelant a composé un préfixe comme `*67` en Amérique du Nord ou `#31#` sur de nombreux réseaux mobiles pour masquer son numéro lors de cet appel.
# SIP 433 Anonymity Disallowed: common cause 3 of 4, a list item under "Common causes".
sip-433-cause-3 = Le téléphone ou le compte de l'appelant masque le numéro à chaque appel : ses `INVITE` portent donc `Privacy: id` ou un `From` anonyme.
# SIP 433 Anonymity Disallowed: common cause 4 of 4, a list item under "Common causes".
sip-433-cause-4 = Un PBX ou un trunk envoie par erreur un numéro d'appelant anonyme, par exemple parce qu'aucun numéro sortant n'est configuré.
# SIP 433 Anonymity Disallowed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-433-fix-visitor-1 = Rappelez avec votre numéro affiché : omettez les préfixes comme `*67`, ou désactivez l'option de masquage du numéro dans les réglages de votre téléphone.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-1 = Examinez l'`INVITE` sortant à la recherche d'un `From` anonyme ou d'un en-tête `Privacy: id`, et configurez un numéro d'appelant valide sur le trunk du PBX si l'anonymat n'était pas voulu.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-2 = Lorsque vous rejetez les appels anonymes, utilisez 433 plutôt que 403 ou 603, et envisagez une annonce invitant les appelants à afficher leur numéro.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-3 = Associez 433 à un message clair dans l'interface de votre softphone, car les utilisateurs se rendent rarement compte que leur numéro est masqué.
# SIP 433 Anonymity Disallowed compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-403 = Envoyez 433 lorsque le seul motif de refus est l'anonymat de l'appelant ; envoyez 403 pour tout autre refus lié à une politique.
# SIP 433 Anonymity Disallowed compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-428 = 433 rejette un appelant qui a choisi de masquer son identité ; 428 rejette un appel dépourvu de signature cryptographique pour l'identité qu'il présente.
# SIP 433 Anonymity Disallowed compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-603 = 433 est une règle automatique contre les numéros masqués ; 603 est le refus par l'appelé d'un appel en particulier.

## SIP 436 Bad Identity Info

# SIP 436 Bad Identity Info: one-line summary at the top of the explainer (TL;DR).
sip-436-tldr = Le serveur n'a pas pu récupérer ou utiliser la référence de certificat jointe à l'identité d'appelant signée de votre appel.
# SIP 436 Bad Identity Info: the paragraph under "What it means".
sip-436-meaning = Selon la RFC 8224, l'en-tête `Identity` porte une signature PASSporT ainsi qu'un paramètre `info` contenant l'URI du justificatif, généralement un certificat, que le vérificateur doit utiliser pour la contrôler ; dans SHAKEN, il s'agit de la même URL HTTPS que le champ `x5u` de l'en-tête du PASSporT. Si cette URI ne peut pas être déréférencée, utilise un schéma que le vérificateur ne prend pas en charge ou mène à autre chose qu'un justificatif exploitable, le vérificateur répond 436. La signature n'a pas encore été évaluée à ce stade : le problème tient uniquement à l'obtention du justificatif. L'ancien nom, Bad Identity-Info, vient de l'en-tête distinct `Identity-Info` de la RFC 4474, que la RFC 8224 a remplacé par le paramètre `info`.
# SIP 436 Bad Identity Info: common cause 1 of 4, a list item under "Common causes".
sip-436-cause-1 = Le dépôt de certificats derrière l'URL `info` est en panne, injoignable depuis le vérificateur, ou si lent que la récupération expire.
# SIP 436 Bad Identity Info: common cause 2 of 4, a list item under "Common causes".
sip-436-cause-2 = L'URL `info` utilise du HTTP simple ou un autre schéma que la politique du vérificateur n'accepte pas.
# SIP 436 Bad Identity Info: common cause 3 of 4, a list item under "Common causes".
sip-436-cause-3 = L'URL renvoie une page d'erreur HTML ou un fichier au mauvais format au lieu d'une chaîne de certificats PEM.
# SIP 436 Bad Identity Info: common cause 4 of 4, a list item under "Common causes".
sip-436-cause-4 = Le paramètre `info` et la valeur `x5u` du PASSporT diffèrent : le vérificateur refuse donc la référence.
# SIP 436 Bad Identity Info: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-436-fix-visitor-1 = Aucun réglage de votre téléphone n'est en cause ; signalez l'appel en échec à votre opérateur, dont la signature des appels doit être corrigée.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-1 = Récupérez l'URL `info` depuis le réseau du vérificateur, par exemple avec `curl -v`, et vérifiez le certificat TLS, le code de statut et un `Content-Type` comme `application/pem-certificate-chain`.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-2 = Hébergez les certificats sur un stockage HTTPS hautement disponible, sous une URL stable, et surveillez cette URL depuis l'extérieur de votre réseau.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-3 = Faites écrire par le service de signature la même URL dans le paramètre `info` et dans le champ `x5u` du PASSporT.
# SIP 436 Bad Identity Info compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-437 = 436 signifie que le justificatif n'a pas pu être obtenu ou utilisé à partir de sa référence ; 437 signifie qu'il a été obtenu, mais qu'il n'est pas pris en charge ou pas digne de confiance.
# SIP 436 Bad Identity Info compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-438 = 436 s'arrête avant la vérification de la signature ; 438 signifie que la signature a été vérifiée et qu'elle a échoué.
# SIP 436 Bad Identity Info compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-428 = 436 concerne un en-tête `Identity` présent mais qui pointe vers un justificatif inutilisable ; 428 concerne un en-tête `Identity` absent.

## SIP 437 Unsupported Credential

# SIP 437 Unsupported Credential: one-line summary at the top of the explainer (TL;DR).
sip-437-tldr = Le certificat utilisé pour signer l'identité d'appelant de votre appel ne fait pas partie de ceux qu'accepte le réseau destinataire.
# SIP 437 Unsupported Credential: the paragraph under "What it means".
sip-437-meaning = Le vérificateur a récupéré le justificatif désigné par le paramètre `info` de l'en-tête `Identity`, mais ne peut pas s'en servir pour valider l'appel : le certificat peut remonter à une autorité à laquelle le vérificateur ne fait pas confiance, avoir expiré ou été révoqué, utiliser un algorithme non pris en charge ou ne pas couvrir le numéro appelant. Le vérificateur répond 437, et le service d'authentification d'origine doit signer avec un justificatif acceptable. Dans SHAKEN, la liste des autorités de certification de confiance est régie dans chaque pays par un administrateur de politique, comme le STI-PA aux États-Unis : un certificat émis par une autorité non approuvée est donc refusé même s'il est techniquement valide. Son ancien nom dans la RFC 4474, Unsupported Certificate, a été élargi par la RFC 8224, car un justificatif n'est pas forcément un certificat.
# SIP 437 Unsupported Credential: common cause 1 of 4, a list item under "Common causes".
sip-437-cause-1 = Le certificat de signature a été émis par une autorité de certification absente de la liste de confiance du vérificateur, comme une autorité de test ou autosignée.
# SIP 437 Unsupported Credential: common cause 2 of 4, a list item under "Common causes".
sip-437-cause-2 = Le certificat a expiré ou a été révoqué, par exemple après la révocation du jeton SPC (service provider code) SHAKEN de l'opérateur.
# SIP 437 Unsupported Credential: common cause 3 of 4, a list item under "Common causes".
sip-437-cause-3 = Le certificat ne couvre pas le numéro appelant, par exemple un certificat délégué dont la TNAuthList ne contient pas ce numéro.
# SIP 437 Unsupported Credential: common cause 4 of 4, a list item under "Common causes".
sip-437-cause-4 = Le certificat utilise un type de clé ou un algorithme que le vérificateur ne prend pas en charge ; SHAKEN attend des signatures ES256 avec des clés P-256.
# SIP 437 Unsupported Credential: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-437-fix-visitor-1 = Vous ne pouvez rien faire sur votre téléphone ; prévenez votre opérateur, car le certificat avec lequel il signe les appels n'est pas accepté.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-1 = Examinez le certificat avec `openssl x509 -in cert.pem -noout -text` : vérifiez l'émetteur, les dates de validité, l'algorithme de clé et l'extension TNAuthList.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-2 = Renouvelez les certificats avant leur expiration, automatisez le renouvellement et déclenchez une alerte bien avant la date d'expiration.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-3 = Assurez-vous que votre STI-CA est approuvée par l'administrateur de politique compétent, et maintenez le magasin de confiance du vérificateur aligné sur la liste actuelle des autorités.
# SIP 437 Unsupported Credential compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-436 = 437 signifie que le justificatif a été récupéré mais n'est pas acceptable ; 436 signifie qu'il n'a même pas pu être récupéré ou utilisé.
# SIP 437 Unsupported Credential compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-438 = 437 rejette le justificatif de signature ; 438 rejette la signature ou l'en-tête produit avec lui.
# SIP 437 Unsupported Credential compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-428 = 437 répond à un appel signé dont le justificatif n'est pas digne de confiance ; 428 répond à un appel qui n'était pas signé du tout.

## SIP 438 Invalid Identity Header

# SIP 438 Invalid Identity Header: one-line summary at the top of the explainer (TL;DR).
sip-438-tldr = L'identité d'appelant signée de votre appel a échoué à la vérification : l'appel a donc été rejeté.
# SIP 438 Invalid Identity Header: the paragraph under "What it means".
sip-438-meaning = Le vérificateur a obtenu un justificatif exploitable, mais l'en-tête `Identity` ne résiste pas au contrôle : la signature du PASSporT n'est pas vérifiée, ses assertions ne correspondent pas à la requête, par exemple lorsque les numéros `orig` et `dest` diffèrent de `From` et de la Request-URI ou de `To` après normalisation, ou l'en-tête est malformé. La RFC 8224 utilise 438 dans ces cas, alors qu'une requête dont la `Date` sort de la fenêtre de fraîcheur (une minute environ, en général) reçoit plutôt un 403 avec le libellé « Stale Date ». Comme la signature couvre les numéros appelant et appelé ainsi que l'heure, toute réécriture de ceux-ci après la signature l'invalide. De nombreux vérificateurs SHAKEN acceptent ces appels et se contentent d'enregistrer l'échec de la vérification : qu'un 438 mette fin à l'appel dépend donc de la politique locale.
# SIP 438 Invalid Identity Header: common cause 1 of 4, a list item under "Common causes".
sip-438-cause-1 = Un opérateur ou un SBC a réécrit le numéro appelant ou appelé après la signature, par exemple en ajoutant ou en retirant un indicatif de pays ou un préfixe.
# SIP 438 Invalid Identity Header: common cause 2 of 4, a list item under "Common causes".
sip-438-cause-2 = Un B2BUA a régénéré l'en-tête `Date`, qui ne correspond donc plus à la valeur `iat` du PASSporT.
# SIP 438 Invalid Identity Header: common cause 3 of 4, a list item under "Common causes".
sip-438-cause-3 = Le service de signature a utilisé une clé privée qui n'appartient pas au certificat désigné dans `info`.
# SIP 438 Invalid Identity Header: common cause 4 of 4, a list item under "Common causes".
sip-438-cause-4 = L'en-tête a été tronqué ou modifié en transit, par exemple par un équipement qui limite la longueur des en-têtes.
# SIP 438 Invalid Identity Header: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-438-fix-visitor-1 = Aucun réglage de votre téléphone n'est en cause ; signalez l'appel en échec à votre opérateur en indiquant l'heure et le numéro, car un élément du réseau a modifié l'appel après sa signature.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-1 = Décodez le PASSporT (la partie de l'en-tête `Identity` avant le premier `;`, trois segments base64url séparés par des points) et comparez `orig`, `dest` et `iat` avec le `From`, le `To` ou la Request-URI et la `Date` de la requête telle qu'elle a été reçue.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-2 = Ne signez qu'après toute normalisation des numéros, et empêchez les B2BUA de modifier `From`, `To` ou `Date` sur les appels signés.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-3 = Vérifiez des signatures de test en laboratoire avec une bibliothèque indépendante, afin de distinguer les incohérences de clés des modifications survenues en transit.
# SIP 438 Invalid Identity Header compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-436 = 438 signifie que la signature ou l'en-tête a échoué au contrôle ; 436 signifie que le justificatif nécessaire au contrôle n'a pas pu être obtenu.
# SIP 438 Invalid Identity Header compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-437 = 438 met en cause la signature et ses assertions ; 437 met en cause le certificat utilisé.
# SIP 438 Invalid Identity Header compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-428 = 438 répond à un en-tête `Identity` présent mais invalide ; 428 répond à une requête sans en-tête `Identity`.
# SIP 438 Invalid Identity Header compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-403 = Envoyez 438 lorsque la signature ou ses assertions échouent ; envoyez 403 avec « Stale Date » lorsque la requête est simplement trop ancienne.

## SIP 439 First Hop Lacks Outbound Support

# SIP 439 First Hop Lacks Outbound Support: one-line summary at the top of the explainer (TL;DR).
sip-439-tldr = Votre téléphone a demandé un mode de connexion persistante particulier que le premier serveur du réseau ne prend pas en charge : l'enregistrement a donc échoué.
# SIP 439 First Hop Lacks Outbound Support: the paragraph under "What it means".
sip-439-meaning = Un agent utilisateur qui veut utiliser SIP Outbound (RFC 5626) s'enregistre avec les paramètres `+sip.instance` et `reg-id` dans son `Contact` et avec `Supported: outbound`. Outbound ne fonctionne que si le proxy de bordure du premier saut conserve le flux et y renvoie les requêtes, ce qu'il signale en ajoutant un en-tête `Path` dont l'URI porte le paramètre `ob`, sauf si le serveur d'enregistrement est lui-même le premier saut. Lorsque le serveur d'enregistrement reçoit un tel `REGISTER` sans que le premier saut ait manifesté sa prise en charge d'Outbound, il répond 439 plutôt que de créer une liaison qui échouerait plus tard. L'agent utilisateur peut se réenregistrer sans `reg-id`, ce qui donne un enregistrement ordinaire, ou passer par un autre proxy de bordure qui prend en charge Outbound.
# SIP 439 First Hop Lacks Outbound Support: common cause 1 of 3, a list item under "Common causes".
sip-439-cause-1 = SIP Outbound est activé sur le téléphone, mais le SBC ou le proxy de bordure placé devant le serveur d'enregistrement n'ajoute pas de `Path` avec `;ob`.
# SIP 439 First Hop Lacks Outbound Support: common cause 2 of 3, a list item under "Common causes".
sip-439-cause-2 = Un répartiteur de charge placé en premier saut relaie les enregistrements sans ajouter d'en-tête `Path`.
# SIP 439 First Hop Lacks Outbound Support: common cause 3 of 3, a list item under "Common causes".
sip-439-cause-3 = Le proxy de bordure prend en charge Outbound, mais l'insertion de `Path` est désactivée dans sa configuration.
# SIP 439 First Hop Lacks Outbound Support: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-439-fix-visitor-1 = Si votre application ne parvient pas à s'enregistrer, désactivez une option avancée comme SIP Outbound dans les réglages du compte, ou demandez à votre opérateur quel réglage utiliser.
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-1 = Sur un proxy de bordure Kamailio, chargez les modules `outbound` et `path`, ajoutez `Path` avec `add_path()` pour les enregistrements, et configurez le serveur d'enregistrement pour qu'il l'utilise (`use_path`, `path_mode`).
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-2 = Si la bordure ne peut pas prendre en charge Outbound, provisionnez les téléphones sans `reg-id` et comptez plutôt sur des messages de maintien NAT ordinaires.
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-3 = Lisez le `REGISTER` en échec tel que le voit le serveur d'enregistrement : `Supported: outbound`, `reg-id` et `+sip.instance` dans `Contact`, et la première entrée `Path` avec ou sans `;ob` montrent quel côté est mal configuré.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 430 Flow Failed: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-430 = 439 refuse de mettre en place Outbound au moment de l'enregistrement ; 430 signale qu'un flux Outbound qui fonctionnait s'est rompu.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-423 = 439 rejette un enregistrement parce que le chemin ne prend pas en charge Outbound ; 423 le rejette parce que la durée d'expiration demandée est trop courte.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-421 = Avec 439, le serveur d'enregistrement indique que le chemin réseau ne peut pas faire d'Outbound ; avec 421, un serveur indique qu'il manque au client lui-même une extension requise.

## SIP 440 Max-Breadth Exceeded

# SIP 440 Max-Breadth Exceeded: one-line summary at the top of the explainer (TL;DR).
sip-440-tldr = Votre appel aurait été présenté à trop de terminaux à la fois : un proxy a donc refusé de le diffuser davantage.
# SIP 440 Max-Breadth Exceeded: the paragraph under "What it means".
sip-440-meaning = La RFC 5393 a comblé une faille d'amplification dans la duplication (forking) SIP : lorsque plusieurs proxys successifs dupliquent en parallèle, une seule requête peut se multiplier en un nombre énorme de branches. L'en-tête `Max-Breadth` limite le nombre de branches simultanées qu'une requête et ses descendantes peuvent avoir ; un proxy qui duplique en parallèle répartit la valeur entre ses branches, et une requête sans cet en-tête est traitée comme si elle portait 60. Si la largeur restante est trop faible pour les branches qu'un proxy veut créer, il peut en dupliquer moins à la fois et essayer les autres en séquence, et s'il ne peut même pas envoyer une seule branche, il répond 440. La duplication séquentielle ne consomme pas de largeur, car une seule branche est active à la fois.
# SIP 440 Max-Breadth Exceeded: common cause 1 of 4, a list item under "Common causes".
sip-440-cause-1 = Un utilisateur qui a de nombreux terminaux enregistrés est appelé via un groupe de sonnerie, et le proxy dupliquerait l'appel vers plus de contacts que le `Max-Breadth` restant ne le permet.
# SIP 440 Max-Breadth Exceeded: common cause 2 of 4, a list item under "Common causes".
sip-440-cause-2 = Plusieurs proxys successifs dupliquent en parallèle, par exemple le groupe de distribution d'une entreprise derrière le service de sonnerie simultanée d'un opérateur, et divisent la largeur jusqu'à ce qu'il n'en reste rien.
# SIP 440 Max-Breadth Exceeded: common cause 3 of 4, a list item under "Common causes".
sip-440-cause-3 = Un appelant ou un intermédiaire a délibérément fixé un `Max-Breadth` bas, comme 1 ou 2.
# SIP 440 Max-Breadth Exceeded: common cause 4 of 4, a list item under "Common causes".
sip-440-cause-4 = Un attaquant a tenté d'amplifier une requête à travers plusieurs proxys de duplication, et la limite l'en a empêché, comme prévu.
# SIP 440 Max-Breadth Exceeded: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-440-fix-visitor-1 = Rien à faire : l'appel a été présenté à trop de terminaux à la fois ; si vous appelez un groupe, essayez plutôt le numéro direct d'une personne.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-1 = Réduisez la duplication en parallèle : faites sonner moins de contacts à la fois, ou appelez-en une partie en séquence, par exemple avec `t_load_contacts()` et `t_next_contacts()` de Kamailio.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-2 = Comparez dans une trace le `Max-Breadth` de la requête entrante et celui de chaque branche dupliquée, afin de trouver le proxy qui consomme la largeur.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-3 = N'augmentez pas et ne réinitialisez pas `Max-Breadth` dans votre proxy pour masquer le problème ; cette limite protège le réseau contre l'amplification.
# SIP 440 Max-Breadth Exceeded compared with SIP 483 Too Many Hops: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-483 = 440 limite la largeur sur laquelle une requête se propage par duplication en parallèle ; 483 limite le nombre de sauts qu'elle parcourt.
# SIP 440 Max-Breadth Exceeded compared with SIP 482 Loop Detected: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-482 = 440 signale une duplication en parallèle excessive ; 482 signale une requête revenue à un proxy par lequel elle était déjà passée.
# SIP 440 Max-Breadth Exceeded compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-503 = 440 est une limite fixe de duplication pour cette requête ; 503 signifie qu'un serveur est surchargé ou hors service pour toutes les requêtes.

## SIP 469 Bad Info Package

# SIP 469 Bad Info Package: one-line summary at the top of the explainer (TL;DR).
sip-469-tldr = L'autre côté n'accepte pas le type de message d'information en cours d'appel que votre téléphone a envoyé.
# SIP 469 Bad Info Package: the paragraph under "What it means".
sip-469-meaning = La RFC 6086 a fait d'`INFO`, conteneur ouvert à tout usage, un mécanisme négocié : chaque côté liste dans un en-tête `Recv-Info` les packages d'info (Info Packages) qu'il accepte de recevoir, dans l'`INVITE`, dans ses réponses puis dans les re-`INVITE` ou `UPDATE` ultérieurs, et chaque `INFO` nomme son package dans `Info-Package`. Un agent utilisateur qui reçoit un `INFO` pour un package qu'il n'a pas annoncé répond 469 avec un en-tête `Recv-Info`, éventuellement vide, listant les packages qu'il accepte, et l'expéditeur doit cesser d'utiliser ce package dans le dialogue. Les anciennes requêtes `INFO` sans en-tête `Info-Package`, encore courantes pour les DTMF, échappent à ce mécanisme et ne reçoivent pas de 469. L'appel lui-même n'est pas affecté.
# SIP 469 Bad Info Package: common cause 1 of 4, a list item under "Common causes".
sip-469-cause-1 = L'expéditeur a ignoré la liste `Recv-Info` du pair et envoyé un `INFO` pour un package que celui-ci n'a jamais proposé.
# SIP 469 Bad Info Package: common cause 2 of 4, a list item under "Common causes".
sip-469-cause-2 = Un re-`INVITE` ou un `UPDATE` a modifié la liste `Recv-Info` du pair en cours d'appel, supprimant un package autorisé jusque-là.
# SIP 469 Bad Info Package: common cause 3 of 4, a list item under "Common causes".
sip-469-cause-3 = Un B2BUA n'a pas transmis `Recv-Info` d'une jambe d'appel à l'autre : chaque côté a donc annoncé des packages que l'autre n'a jamais vus.
# SIP 469 Bad Info Package: common cause 4 of 4, a list item under "Common causes".
sip-469-cause-4 = Une passerelle WebRTC a envoyé un `INFO` avec le package `trickle-ice` (RFC 8840) à un pair qui ne prend pas en charge le trickle ICE.
# SIP 469 Bad Info Package: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-469-fix-visitor-1 = Rien à faire : l'appel continue ; seules les informations supplémentaires envoyées de cette façon, comme les tonalités du clavier, risquent de ne pas arriver.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-1 = Conservez pour chaque dialogue la dernière liste `Recv-Info` du pair et n'envoyez d'`INFO` que pour les packages qui y figurent.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-2 = Dans un B2BUA, transmettez `Recv-Info` tel quel ou négociez les packages séparément sur chaque jambe d'appel, en traduisant de l'une à l'autre lorsque les deux côtés ont besoin des données.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-3 = Pour les DTMF, préférez les telephone-events RTP de la RFC 4733, qui ne nécessitent aucune négociation d'`INFO`.
# SIP 469 Bad Info Package compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-489 = 469 rejette un `INFO` pour un package qui n'a pas été négocié ; 489 rejette un `SUBSCRIBE` ou un `NOTIFY` pour un package d'événements inconnu.
# SIP 469 Bad Info Package compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-415 = 469 concerne le package d'info nommé par l'`INFO` ; 415 concerne le type de média d'un corps.
# SIP 469 Bad Info Package compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-405 = 469 accepte `INFO` en général, mais pas ce package ; 405 refuse complètement la méthode `INFO` pour cette cible.

## SIP 470 Consent Needed

# SIP 470 Consent Needed: one-line summary at the top of the explainer (TL;DR).
sip-470-tldr = Un serveur qui relaie les requêtes vers plusieurs destinataires a refusé, car certains d'entre eux n'ont pas accepté de les recevoir.
# SIP 470 Consent Needed: the paragraph under "What it means".
sip-470-meaning = La RFC 5360 définit un cadre de consentement (consent framework) pour les relais qui transforment une requête en plusieurs, comme les services de listes d'URI qui envoient un `MESSAGE` ou un `INVITE` à chaque adresse d'une liste (RFC 5365, RFC 5366). Avant de relayer vers un destinataire, le relais doit disposer de son autorisation ; si l'autorisation manque pour l'un d'eux, il répond 470 et liste les destinataires concernés dans un en-tête `Permission-Missing`. L'expéditeur peut alors faire demander leur autorisation par le relais, au moyen d'une requête portant un en-tête `Trigger-Consent`, et chaque destinataire l'accorde ou la refuse. Ce mécanisme empêche d'utiliser les relais pour inonder des utilisateurs qui n'ont jamais demandé ce trafic.
# SIP 470 Consent Needed: common cause 1 of 3, a list item under "Common causes".
sip-470-cause-1 = Un utilisateur a envoyé un `MESSAGE` à plusieurs destinataires via un serveur de listes d'URI, et certains destinataires n'ont jamais donné leur consentement à ce relais.
# SIP 470 Consent Needed: common cause 2 of 3, a list item under "Common causes".
sip-470-cause-2 = Un serveur de conférence a été chargé d'inviter des participants qui ne l'ont pas autorisé à leur envoyer des `INVITE`.
# SIP 470 Consent Needed: common cause 3 of 3, a list item under "Common causes".
sip-470-cause-3 = Un destinataire a révoqué une autorisation antérieure : le relais ne lui transmet donc plus de requêtes.
# SIP 470 Consent Needed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-470-fix-visitor-1 = Demandez aux personnes signalées comme manquantes d'accepter vos messages, ou contactez-les individuellement plutôt que via le groupe.
# SIP 470 Consent Needed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-1 = Lisez `Permission-Missing` et déclenchez des demandes de consentement pour ces URI en envoyant au relais une requête avec `Trigger-Consent`.
# SIP 470 Consent Needed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-2 = Retirez de la liste les destinataires qui n'accordent jamais leur autorisation, afin que les requêtes futures adressées au groupe aboutissent.
# SIP 470 Consent Needed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-3 = Si vous exploitez le relais, rendez le processus de consentement visible pour les utilisateurs ; sinon, ils voient seulement leurs messages de groupe échouer.
# SIP 470 Consent Needed compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-403 = Envoyez 470 lorsque la requête serait relayée une fois que les destinataires auront donné leur autorisation ; envoyez 403 lorsque l'expéditeur n'a pas du tout le droit d'utiliser le relais.
# SIP 470 Consent Needed compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-433 = 470 concerne le consentement des destinataires à recevoir du trafic relayé ; 433 concerne un appelé qui refuse les appelants anonymes.
# SIP 470 Consent Needed compared with SIP 429 Provide Referrer Identity: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-429 = 470 porte sur l'accord des destinataires pour recevoir des requêtes ; 429 porte sur la preuve de qui a demandé un transfert.

## SIP 480 Temporarily Unavailable

# SIP 480 Temporarily Unavailable: one-line summary at the top of the explainer (TL;DR).
sip-480-tldr = La personne que vous appelez est injoignable pour le moment, par exemple parce que son téléphone est hors ligne ou en mode « Ne pas déranger ».
# SIP 480 Temporarily Unavailable: the paragraph under "What it means".
sip-480-meaning = 480 est la réponse pour un appelé qui existe mais ne peut pas être joint pour le moment, que ce soit faute d'enregistrement, à cause du mode « Ne pas déranger » ou parce que personne ne répond ; un serveur d'enregistrement ou un proxy peut l'envoyer pour le compte de l'utilisateur lorsque le service de localisation ne détient aucune liaison. Contrairement à 404, l'utilisateur existe et, contrairement à 486, aucun terminal n'a signalé qu'il était occupé. La réponse peut porter un `Retry-After` indiquant un meilleur moment pour appeler, et la RFC 3261 encourage un libellé plus précis, comme « User not registered ». Les passerelles associent les causes Q.850 19 (no answer from user) et 20 (subscriber absent) à 480 : c'est donc aussi ainsi que le réseau téléphonique signale un téléphone mobile éteint ou hors couverture.
# SIP 480 Temporarily Unavailable: common cause 1 of 4, a list item under "Common causes".
sip-480-cause-1 = Le téléphone ou le softphone de l'appelé n'est pas enregistré : éteint, hors ligne, ou application mobile arrêtée par le système d'exploitation.
# SIP 480 Temporarily Unavailable: common cause 2 of 4, a list item under "Common causes".
sip-480-cause-2 = L'appelé a activé le mode « Ne pas déranger », et le téléphone ou le PBX rejette les appels avec 480 plutôt qu'avec 486 ou 603.
# SIP 480 Temporarily Unavailable: common cause 3 of 4, a list item under "Common causes".
sip-480-cause-3 = Un appelé mobile est éteint ou hors couverture, et le réseau signale la cause Q.850 20 (subscriber absent) via une passerelle.
# SIP 480 Temporarily Unavailable: common cause 4 of 4, a list item under "Common causes".
sip-480-cause-4 = L'appel a sonné sur tous les terminaux sans réponse, et le PBX y a mis fin par un 480 à l'expiration de son délai de sonnerie.
# SIP 480 Temporarily Unavailable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-480-fix-visitor-1 = Réessayez plus tard ou envoyez un message ; le téléphone de la personne est hors ligne ou réglé pour ne pas prendre d'appels pour le moment.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-1 = Vérifiez si l'appelé est enregistré : `kamctl ul show` dans Kamailio, `pjsip show contacts` dans Asterisk, `sofia status profile internal reg` dans FreeSWITCH.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-2 = Réveillez les softphones mobiles en veille par des notifications push (RFC 8599) au lieu de répondre 480 pendant que l'application est suspendue.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-3 = Envoyez `Retry-After` et un libellé précis lorsque vous savez quand l'utilisateur sera de retour, et dirigez dans le proxy les appels hors ligne ou sans réponse vers la messagerie vocale au lieu de transmettre le 480 aux appelants.
# SIP 480 Temporarily Unavailable compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-486 = Envoyez 480 lorsque l'appelé n'est pas disponible du tout ; envoyez 486 lorsque son terminal est joignable mais déjà occupé.
# SIP 480 Temporarily Unavailable compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-408 = 480 est une réponse immédiate et informée indiquant que l'appelé n'est pas disponible ; 408 signifie que le serveur a attendu et qu'aucune réponse n'est arrivée à temps.
# SIP 480 Temporarily Unavailable compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-404 = 480 signifie que l'utilisateur existe mais ne peut pas être joint pour le moment ; 404 signifie que l'utilisateur n'existe pas ici.
# SIP 480 Temporarily Unavailable compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-600 = 480 est temporaire et laisse ouverts d'autres emplacements ; 600 indique que l'appelé est occupé partout, si bien que les proxys cessent leurs recherches.

## SIP 481 Call/Transaction Does Not Exist

# SIP 481 Call/Transaction Does Not Exist: one-line summary at the top of the explainer (TL;DR).
sip-481-tldr = L'autre côté ne connaît plus l'appel ou la requête auquel vous faites référence, généralement parce qu'il s'y est déjà terminé.
# SIP 481 Call/Transaction Does Not Exist: the paragraph under "What it means".
sip-481-meaning = Un 481 signifie qu'une requête censée appartenir à un dialogue ou à une transaction existants est arrivée, mais que le UAS n'a rien qui y corresponde. Les dialogues sont identifiés par le `Call-ID` et les tags `From` et `To`, et les transactions, comme celle que vise un `CANCEL`, par le paramètre branch du `Via`. Cas typiques : un `BYE` ou un re-`INVITE` pour un appel que l'autre côté a déjà libéré, un `NOTIFY` pour un abonnement qui a pris fin, ou un `CANCEL` qui arrive après la réponse finale. Lorsqu'il répond à une requête au sein d'un dialogue, la RFC 5057 considère le 481 comme la fin du dialogue : l'expéditeur doit donc nettoyer son état local au lieu de réessayer.
# SIP 481 Call/Transaction Does Not Exist: common cause 1 of 4, a list item under "Common causes".
sip-481-cause-1 = L'extrémité distante avait déjà mis fin à l'appel, par exemple à l'expiration de son temporisateur de session ou après un redémarrage, puis a reçu un `BYE` ou un re-`INVITE`.
# SIP 481 Call/Transaction Does Not Exist: common cause 2 of 4, a list item under "Common causes".
sip-481-cause-2 = Un NAT, un SBC ou un B2BUA a modifié le `Call-ID` ou un tag : les requêtes au sein du dialogue ne correspondent donc plus au dialogue à l'autre extrémité.
# SIP 481 Call/Transaction Does Not Exist: common cause 3 of 4, a list item under "Common causes".
sip-481-cause-3 = Un répartiteur de charge a envoyé une requête au sein d'un dialogue à un autre serveur que celui qui détient le dialogue, faute de `Record-Route` posé par les proxys.
# SIP 481 Call/Transaction Does Not Exist: common cause 4 of 4, a list item under "Common causes".
sip-481-cause-4 = Un `CANCEL` est arrivé après que l'appelé a décroché : il ne restait donc aucun `INVITE` en attente à annuler.
# SIP 481 Call/Transaction Does Not Exist: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-481-fix-visitor-1 = Rien à faire : l'appel était déjà terminé de l'autre côté ; raccrochez et rappelez si nécessaire.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-1 = Comparez dans une trace le `Call-ID`, le tag `From` et le tag `To` de la requête en échec avec ceux du dialogue d'origine ; une différence désigne l'élément qui les a réécrits.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-2 = Maintenez les requêtes au sein d'un dialogue sur le même chemin : insérez `Record-Route` dans les proxys et routez en conséquence, par exemple avec `record_route()` et `loose_route()` de Kamailio.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-3 = Rendez l'état des dialogues persistant aux redémarrages et aux basculements, par exemple avec le module `dialog` de Kamailio et son paramètre `db_mode`, et traitez un 481 reçu en réponse à une requête au sein d'un dialogue comme la fin de ce dialogue.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-487 = 481 répond à une requête qui fait référence à un dialogue ou à une transaction inconnus du serveur ; 487 répond à un `INVITE` annulé avant d'avoir abouti.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 491 Request Pending: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-491 = 481 indique que le dialogue n'existe pas ; 491 indique qu'il existe, mais qu'une requête du même type y est encore en attente.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-408 = 481 est une réponse immédiate concernant un état inconnu ; 408 est donné lorsqu'aucune réponse n'est arrivée avant l'expiration d'un temporisateur.

## SIP 482 Loop Detected

# SIP 482 Loop Detected: one-line summary at the top of the explainer (TL;DR).
sip-482-tldr = Votre appel a tourné en rond entre des serveurs et est revenu à l'un d'eux, par lequel il était déjà passé : il a donc été arrêté.
# SIP 482 Loop Detected: the paragraph under "What it means".
sip-482-meaning = Un proxy détecte une boucle lorsqu'une requête arrive avec une entrée `Via` qu'il a lui-même ajoutée alors que les valeurs qui déterminent le routage, comme la Request-URI, `Route`, `Proxy-Require` et `Proxy-Authorization`, n'ont pas changé : la relayer de nouveau ne ferait que recommencer le même tour. Une requête qui revient avec une Request-URI différente, par exemple après un renvoi d'appel, forme une spirale, ce qui est légitime et ne doit pas être rejeté. La RFC 3261 laissait la détection des boucles facultative ; la RFC 5393 l'impose aux proxys qui dupliquent les requêtes et a corrigé l'algorithme, afin que quelques requêtes ne puissent pas se multiplier en un trafic massif. Un 482 révèle une erreur de routage entre serveurs, et renvoyer la requête telle quelle la fera de nouveau boucler.
# SIP 482 Loop Detected: common cause 1 of 4, a list item under "Common causes".
sip-482-cause-1 = Deux proxys ou PBX routent chacun un domaine ou une plage de numéros vers l'autre, par exemple après la configuration d'un trunk dans les deux sens.
# SIP 482 Loop Detected: common cause 2 of 4, a list item under "Common causes".
sip-482-cause-2 = Un proxy ne reconnaît pas l'un de ses propres domaines ou l'une de ses adresses IP, par exemple faute d'`alias` dans Kamailio : il résout donc ce domaine dans le DNS et se renvoie la requête à lui-même.
# SIP 482 Loop Detected: common cause 3 of 4, a list item under "Common causes".
sip-482-cause-3 = Un enregistrement DNS SRV ou NAPTR d'un domaine de destination pointe vers le serveur même qui tente de le joindre.
# SIP 482 Loop Detected: common cause 4 of 4, a list item under "Common causes".
sip-482-cause-4 = Une route de secours envoie l'appel à un serveur secondaire qui le renvoie aussitôt au serveur principal.
# SIP 482 Loop Detected: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-482-fix-visitor-1 = Vous ne pouvez rien corriger sur votre téléphone ; signalez le numéro appelé à votre opérateur, car son routage fait tourner l'appel en rond.
# SIP 482 Loop Detected: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-1 = Lisez dans une trace les en-têtes `Via` de la requête qui boucle : les hôtes répétés dessinent la boucle, et c'est dans leurs règles de routage qu'il faut corriger le problème.
# SIP 482 Loop Detected: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-2 = Faites connaître à chaque proxy tous ses noms et adresses, par exemple avec des lignes `alias` et des tests `is_myself()` dans Kamailio ou des objets `domain_alias` dans Asterisk, avant qu'il ne résolve une Request-URI dans le DNS.
# SIP 482 Loop Detected: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-3 = Journalisez chaque 482 avec sa Request-URI et la décision de routage du proxy, afin que les erreurs de routage récurrentes ressortent.
# SIP 482 Loop Detected compared with SIP 483 Too Many Hops: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-483 = 482 signifie qu'un proxy a reconnu son propre `Via` antérieur et arrêté la boucle ; 483 signifie que `Max-Forwards` est épuisé, souvent parce qu'une boucle n'a pas été détectée.
# SIP 482 Loop Detected compared with SIP 440 Max-Breadth Exceeded: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-440 = 482 arrête une requête qui tourne en rond ; 440 arrête une requête qui se propage en un trop grand nombre de branches parallèles.
# SIP 482 Loop Detected compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-500 = Envoyez 482 lorsque l'échec est dû à une boucle de routage ; 500 est réservé aux erreurs internes inattendues et masquerait la véritable cause.

## SIP 483 Too Many Hops

# SIP 483 Too Many Hops: one-line summary at the top of the explainer (TL;DR).
sip-483-tldr = Votre appel est passé par trop de serveurs et a été arrêté avant d'atteindre qui que ce soit.
# SIP 483 Too Many Hops: the paragraph under "What it means".
sip-483-meaning = Chaque requête porte `Max-Forwards`, qui commence normalement à 70 et que chaque proxy décrémente avant de relayer. Un élément qui reçoit une requête avec `Max-Forwards: 0` ne doit pas la relayer et répond 483, mais il peut répondre lui-même à un `OPTIONS`, ce qui permet de sonder un chemin saut par saut. Soixante-dix sauts, c'est bien plus que n'en nécessite un chemin raisonnable : un 483 signale donc presque toujours une boucle que la détection de boucles n'a pas interceptée, généralement une spirale où chaque passage modifie la Request-URI, comme deux utilisateurs qui renvoient leurs appels l'un vers l'autre. Un B2BUA qui démarre sa jambe sortante avec un `Max-Forwards` neuf transforme ces boucles en appels sans fin au lieu d'un 483 : il est donc important de reporter la valeur d'une jambe à l'autre.
# SIP 483 Too Many Hops: common cause 1 of 3, a list item under "Common causes".
sip-483-cause-1 = Les renvois d'appel de deux utilisateurs pointent l'un vers l'autre : chaque passage a donc une nouvelle Request-URI, et la détection de boucles ne l'arrête pas.
# SIP 483 Too Many Hops: common cause 2 of 3, a list item under "Common causes".
sip-483-cause-2 = Deux domaines traduisent un numéro l'un vers l'autre à chaque passage, par exemple à cause de règles de portabilité ou de préfixes contradictoires.
# SIP 483 Too Many Hops: common cause 3 of 3, a list item under "Common causes".
sip-483-cause-3 = Un client ou un proxy fixe un `Max-Forwards` anormalement bas, ou le plafonne, par exemple avec un `max_limit` bas dans le module `maxfwd` de Kamailio, et l'appel traverse ensuite davantage de sauts.
# SIP 483 Too Many Hops: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-483-fix-visitor-1 = Vérifiez que votre propre renvoi d'appel ne pointe pas vers un numéro qui renvoie vers vous, puis rappelez.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-1 = Examinez les en-têtes `Via` de la requête rejetée : un motif qui se répète révèle la boucle et les éléments impliqués.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-2 = Faites en sorte que les B2BUA reprennent et décrémentent le `Max-Forwards` de la jambe entrante au lieu de le remettre à 70, afin que les boucles qui les traversent finissent quand même.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-3 = Détectez les cycles de renvoi lorsque les utilisateurs configurent leurs renvois d'appel, et limitez le nombre de renvois par appel dans le PBX, par exemple en comptant les entrées `History-Info` ou `Diversion`.
# SIP 483 Too Many Hops compared with SIP 482 Loop Detected: one sentence in the "Related codes" section saying when to use which.
sip-483-vs-482 = 483 signifie que le nombre de sauts est épuisé, quelle qu'en soit la raison ; 482 signifie qu'un proxy a reconnu la boucle et l'a arrêtée plus tôt.
# SIP 483 Too Many Hops compared with SIP 440 Max-Breadth Exceeded: one sentence in the "Related codes" section saying when to use which.
sip-483-vs-440 = 483 limite la profondeur du chemin d'une requête ; 440 limite le nombre de branches parallèles en lesquelles elle peut se propager.

## SIP 484 Address Incomplete

# SIP 484 Address Incomplete: one-line summary at the top of the explainer (TL;DR).
sip-484-tldr = Le numéro que vous avez composé est incomplet, et le serveur a besoin de chiffres supplémentaires.
# SIP 484 Address Incomplete: the paragraph under "What it means".
sip-484-meaning = Un 484 indique que la Request-URI est le début d'une adresse valide, mais pas encore une adresse complète, par exemple un numéro de téléphone auquel il manque des chiffres. Il permet la numérotation avec chevauchement (overlap dialing, RFC 3578) : une passerelle ou un téléphone qui envoie les chiffres au fur et à mesure de leur composition reçoit un 484 après chaque tentative incomplète et envoie un nouvel `INVITE` avec davantage de chiffres, jusqu'à ce que le numéro soit complet. La réponse peut indiquer l'adresse attendue, mais sans format imposé : la plupart des clients se contentent donc d'attendre d'autres chiffres. Les passerelles associent la cause Q.850 28 (invalid number format, address incomplete) à 484, et les téléphones qui envoient les numéros en bloc, le cas courant, l'affichent comme une erreur de numéro.
# SIP 484 Address Incomplete: common cause 1 of 4, a list item under "Common causes".
sip-484-cause-1 = L'appelant a omis l'indicatif régional ou l'indicatif de pays : le numéro est donc plus court que toute destination valide.
# SIP 484 Address Incomplete: common cause 2 of 4, a list item under "Common causes".
sip-484-cause-2 = Le plan de numérotation du téléphone (digit map) a envoyé l'appel avant la fin de la numérotation, par exemple parce que le délai inter-chiffres était trop court.
# SIP 484 Address Incomplete: common cause 3 of 4, a list item under "Common causes".
sip-484-cause-3 = Un PBX attend un préfixe de prise de ligne extérieure comme 9 ou 0 suivi du numéro complet, et n'en a reçu qu'une partie.
# SIP 484 Address Incomplete: common cause 4 of 4, a list item under "Common causes".
sip-484-cause-4 = Un endpoint PJSIP d'Asterisk avec `allow_overlap` activé a reçu des chiffres qui ne correspondent qu'au début d'une extension du plan de numérotation.
# SIP 484 Address Incomplete: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-484-fix-visitor-1 = Composez le numéro complet, avec l'indicatif régional ou l'indicatif de pays, et terminez la numérotation avant d'appuyer sur la touche d'appel.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-1 = Vérifiez le digit map ou le modèle de plan de numérotation du téléphone et son délai inter-chiffres, afin qu'il n'envoie que des numéros complets.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-2 = Utilisez la numérotation en bloc sur les trunks SIP ; lorsqu'une passerelle RTC a besoin de la numérotation avec chevauchement, implémentez la RFC 3578 et envoyez un nouvel `INVITE` avec les chiffres supplémentaires après chaque 484.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-3 = Dans Asterisk, décidez si les correspondances partielles doivent renvoyer 484 (`allow_overlap = yes`) ou être traitées comme des numéros complets.
# SIP 484 Address Incomplete compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-404 = Envoyez 484 lorsque les chiffres reçus jusqu'ici peuvent encore mener à un numéro valide ; envoyez 404 lorsque le numéro complet n'existe pas.
# SIP 484 Address Incomplete compared with SIP 485 Ambiguous: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-485 = 484 signifie que l'adresse est trop courte pour identifier qui que ce soit ; 485 signifie qu'elle identifie plusieurs utilisateurs.
# SIP 484 Address Incomplete compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-416 = 484 concerne une adresse incomplète dans un schéma pris en charge ; 416 concerne un schéma que le serveur ne sait pas du tout gérer.

## SIP 485 Ambiguous

# SIP 485 Ambiguous: one-line summary at the top of the explainer (TL;DR).
sip-485-tldr = Le nom ou l'adresse que vous avez appelé correspond à plusieurs personnes, et le serveur ne peut pas savoir de laquelle il s'agit.
# SIP 485 Ambiguous: the paragraph under "What it means".
sip-485-meaning = Un 485 indique que la Request-URI est ambiguë ; il s'agit généralement d'une adresse fondée sur un nom, comme `sip:carol@example.org`, qui correspond à plusieurs utilisateurs d'un annuaire. La réponse peut lister des candidats non ambigus dans des en-têtes `Contact`, comme dans l'exemple, afin que le téléphone de l'appelant propose un choix et renvoie la requête à la personne choisie. Comme lister les alternatives peut exposer les adresses des utilisateurs, les serveurs peuvent les omettre par souci de confidentialité, et l'appelant doit alors préciser l'adresse autrement. Ce code diffère de 300, où toutes les adresses listées mènent à la même personne.
# SIP 485 Ambiguous: common cause 1 of 3, a list item under "Common causes".
sip-485-cause-1 = Une adresse fondée sur l'annuaire, comme un prénom ou un alias court partagé, correspond à plusieurs employés.
# SIP 485 Ambiguous: common cause 2 of 3, a list item under "Common causes".
sip-485-cause-2 = Deux comptes ont été provisionnés avec le même alias lors d'une fusion ou d'une migration.
# SIP 485 Ambiguous: common cause 3 of 3, a list item under "Common causes".
sip-485-cause-3 = Un service de numérotation par nom ou de reconnaissance vocale a associé le nom demandé à plusieurs utilisateurs.
# SIP 485 Ambiguous: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-485-fix-visitor-1 = Appelez une adresse plus précise, comme le nom complet ou un numéro de poste, ou choisissez la bonne personne si votre téléphone affiche une liste.
# SIP 485 Ambiguous: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-1 = Présentez à l'utilisateur les candidats des en-têtes `Contact`, avec leurs noms d'affichage, et renvoyez la requête à celui qui a été choisi.
# SIP 485 Ambiguous: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-2 = Rendez les alias uniques dans l'annuaire, ou configurez un utilisateur par défaut pour chaque alias partagé.
# SIP 485 Ambiguous: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-3 = Lorsque vous envoyez 485, n'incluez de candidats que si votre politique de confidentialité le permet, et donnez à chacun un nom d'affichage.
# SIP 485 Ambiguous compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-484 = 485 signifie que l'adresse correspond à plusieurs utilisateurs ; 484 signifie qu'elle est trop courte pour correspondre à qui que ce soit.
# SIP 485 Ambiguous compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-300 = 485 liste différentes personnes qui partagent une adresse ; 300 liste différents emplacements d'une même personne.
# SIP 485 Ambiguous compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-404 = Envoyez 485 lorsque plusieurs utilisateurs correspondent ; envoyez 404 lorsqu'aucun ne correspond.

## SIP 486 Busy Here

# SIP 486 Busy Here: one-line summary at the top of the explainer (TL;DR).
sip-486-tldr = La personne que vous appelez est déjà en ligne, ou ne peut pas prendre d'appel sur ce téléphone pour le moment.
# SIP 486 Busy Here: the paragraph under "What it means".
sip-486-meaning = 486 signale une occupation locale : le terminal qui a répondu ne peut pas prendre d'autre appel, généralement parce que son utilisateur est déjà en communication et que le double appel est désactivé ou que toutes les lignes sont prises. C'est un 4xx, propre à ce terminal : un proxy peut donc encore essayer les autres terminaux de l'utilisateur ou une messagerie vocale ; 600 est le code d'un appelé occupé sur tous ses terminaux. La réponse peut porter un `Retry-After` suggérant quand rappeler. Les passerelles le font correspondre dans les deux sens à la cause Q.850 17 (user busy) : les appelants du réseau téléphonique entendent donc une tonalité d'occupation.
# SIP 486 Busy Here: common cause 1 of 4, a list item under "Common causes".
sip-486-cause-1 = L'appelé est déjà en communication, et le double appel est désactivé ou le téléphone n'a plus de ligne libre.
# SIP 486 Busy Here: common cause 2 of 4, a list item under "Common causes".
sip-486-cause-2 = L'appelé a appuyé sur une touche de refus que le téléphone implémente par un 486 plutôt que par un 603.
# SIP 486 Busy Here: common cause 3 of 4, a list item under "Common causes".
sip-486-cause-3 = Le téléphone ou le PBX répond 486 en mode « Ne pas déranger », ou lorsqu'une limite d'appels simultanés par poste est atteinte.
# SIP 486 Busy Here: common cause 4 of 4, a list item under "Common causes".
sip-486-cause-4 = Une passerelle RTC a reçu du réseau téléphonique la cause Q.850 17 (user busy).
# SIP 486 Busy Here: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-486-fix-visitor-1 = Rappelez dans quelques minutes, ou laissez un message vocal si on vous le propose.
# SIP 486 Busy Here: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-1 = Dirigez dans le proxy les appels occupés vers la messagerie vocale ou une autre destination, par exemple dans une `failure_route` Kamailio qui teste `t_check_status("486")`.
# SIP 486 Busy Here: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-2 = Si des utilisateurs signalent une tonalité d'occupation alors que leur téléphone est libre, vérifiez les réglages de double appel et de lignes du téléphone ainsi que les limites d'appels par terminal du PBX.
# SIP 486 Busy Here: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-3 = Ajoutez `Retry-After` lorsque vous savez quand l'appelé sera libre, et ne réessayez pas automatiquement avant.
# SIP 486 Busy Here compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-600 = Envoyez 486 lorsque ce terminal est occupé et que l'utilisateur est peut-être joignable ailleurs ; envoyez 600 lorsque l'utilisateur est occupé sur tous ses terminaux et que rien d'autre ne doit être tenté.
# SIP 486 Busy Here compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-480 = 486 signifie que le terminal est joignable mais occupé ; 480 signifie que l'utilisateur est totalement injoignable pour le moment.
# SIP 486 Busy Here compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-603 = 486 indique que l'appelé ne peut pas prendre l'appel maintenant ; 603 indique que l'appelé a choisi de ne pas le prendre.

## SIP 487 Request Terminated

# SIP 487 Request Terminated: one-line summary at the top of the explainer (TL;DR).
sip-487-tldr = La tentative d'appel a été interrompue avant que quelqu'un ne décroche, généralement parce que l'appelant a raccroché.
# SIP 487 Request Terminated: the paragraph under "What it means".
sip-487-meaning = Un 487 est la réponse finale à un `INVITE`, ou parfois à une autre requête, interrompu par un `CANCEL` ou un `BYE` avant d'avoir abouti. Le `CANCEL` reçoit son propre 200 dans une transaction distincte, puis le UAS envoie un 487 pour l'`INVITE` d'origine, que l'appelant acquitte par un `ACK`. Les proxys qui dupliquent les appels utilisent la même séquence pour arrêter les branches qui ont perdu la course lorsqu'un terminal décroche ; un en-tête `Reason` (RFC 3326) dans le `CANCEL`, comme `Reason: SIP ;cause=200 ;text="Call completed elsewhere"`, indique à ces terminaux de ne pas enregistrer d'appel manqué. Comme le 487 et le 200 au `CANCEL` sont des réponses distinctes, l'appelant ne doit considérer la tentative comme terminée qu'à l'arrivée du 487, ou d'un 200 à un `INVITE` qui a été pris avant que l'annulation ne lui parvienne.
# SIP 487 Request Terminated: common cause 1 of 4, a list item under "Common causes".
sip-487-cause-1 = L'appelant a raccroché pendant que le téléphone de l'appelé sonnait encore : le téléphone de l'appelant a donc envoyé un `CANCEL`.
# SIP 487 Request Terminated: common cause 2 of 4, a list item under "Common causes".
sip-487-cause-2 = Un groupe de sonnerie a fait sonner plusieurs terminaux, l'un d'eux a décroché, et le proxy a annulé les autres.
# SIP 487 Request Terminated: common cause 3 of 4, a list item under "Common causes".
sip-487-cause-3 = Le temporisateur de non-réponse d'un proxy a expiré : il a donc annulé les branches en aval avant de signaler l'expiration du délai vers l'amont.
# SIP 487 Request Terminated: common cause 4 of 4, a list item under "Common causes".
sip-487-cause-4 = Un numéroteur automatique ou un script de click-to-call a annulé les appels restés sans réponse au-delà de son propre délai.
# SIP 487 Request Terminated: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-487-fix-visitor-1 = Rien à faire : l'appel a été annulé, par vous ou par le système, avant que quelqu'un ne décroche.
# SIP 487 Request Terminated: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-1 = Après l'envoi d'un `CANCEL`, attendez le 487 à l'`INVITE` et acquittez-le par un `ACK` ; si c'est un 200 qui arrive parce que l'appelé a décroché le premier, envoyez un `ACK` puis un `BYE`.
# SIP 487 Request Terminated: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-2 = Placez `Reason: SIP ;cause=200 ;text="Call completed elsewhere"` dans le `CANCEL` des branches devancées par un autre terminal, afin que les téléphones n'enregistrent pas d'appel manqué.
# SIP 487 Request Terminated: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-3 = Comptez les 487 des CDR comme des abandons de l'appelant, et non comme des pannes réseau, lorsque vous mesurez les taux de réussite des appels.
# SIP 487 Request Terminated compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-481 = 487 répond à un `INVITE` annulé à temps ; 481 répond à une requête, comme un `CANCEL` ou un `BYE` tardif, pour laquelle il n'existe ni dialogue ni transaction.
# SIP 487 Request Terminated compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-408 = 487 signifie que quelqu'un a annulé la requête ; 408 signifie que le délai imparti est écoulé.
# SIP 487 Request Terminated compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-603 = 487 traduit l'abandon par l'appelant ou par le système ; 603 traduit le refus de l'appel par l'appelé.

## SIP 488 Not Acceptable Here

# SIP 488 Not Acceptable Here: one-line summary at the top of the explainer (TL;DR).
sip-488-tldr = L'autre téléphone ne peut pas accepter l'appel avec les paramètres audio ou vidéo proposés par votre téléphone, comme ses codecs.
# SIP 488 Not Acceptable Here: the paragraph under "What it means".
sip-488-meaning = Un 488 signifie que le UAS a compris la description de session, mais ne peut pas accepter la session qu'elle décrit : aucun codec proposé n'est utilisable, un type de média manque, le profil de transport (par exemple `RTP/SAVP` au lieu de `RTP/AVP`) ne correspond pas, ou les adresses ou la bande passante sont inacceptables. Il doit porter un en-tête `Warning` dont le code nomme le problème, comme 304 (media type not available), 305 (incompatible media format) ou 370 (insufficient bandwidth), et peut inclure un corps SDP décrivant ce dont le UAS est capable. Le refus est propre à ce terminal : un autre emplacement de l'utilisateur peut donc encore accepter la même offre, contrairement à 606. Envoyé en réponse à un re-`INVITE` ou à un `UPDATE`, il ne rejette que la modification proposée, et l'appel continue avec les médias déjà convenus.
# SIP 488 Not Acceptable Here: common cause 1 of 5, a list item under "Common causes".
sip-488-cause-1 = L'appelant n'a proposé que des codecs dont l'appelé ne dispose pas, par exemple Opus ou G.729 à un terminal qui ne prend en charge que G.711.
# SIP 488 Not Acceptable Here: common cause 2 of 5, a list item under "Common causes".
sip-488-cause-2 = Un côté exige SRTP, via SDES ou DTLS-SRTP, et l'autre ne propose ou ne prend en charge que du RTP simple.
# SIP 488 Not Acceptable Here: common cause 3 of 5, a list item under "Common causes".
sip-488-cause-3 = Un client WebRTC a proposé `UDP/TLS/RTP/SAVPF` avec ICE à un téléphone ou à un trunk SIP qui ne prend en charge ni l'un ni l'autre.
# SIP 488 Not Acceptable Here: common cause 4 of 5, a list item under "Common causes".
sip-488-cause-4 = Un télécopieur derrière une passerelle a déclenché un re-`INVITE` pour passer en T.38, et l'autre côté ne prend pas en charge T.38.
# SIP 488 Not Acceptable Here: common cause 5 of 5, a list item under "Common causes".
sip-488-cause-5 = Un SBC ou l'ALG d'un routeur a réécrit le SDP et supprimé ou corrompu des lignes de média.
# SIP 488 Not Acceptable Here: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-488-fix-visitor-1 = Si vous utilisez un softphone, activez les codecs G.711 courants (PCMU et PCMA) dans ses réglages audio et réessayez.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-1 = Comparez dans une trace les lignes `m=` et les entrées `a=rtpmap` proposées avec les capacités de l'appelé, et lisez l'en-tête `Warning` pour connaître le motif précis.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-2 = Activez un codec commun des deux côtés, par exemple `allow = ulaw,alaw` sur un endpoint PJSIP d'Asterisk, ou transcodez dans un serveur de médias lorsqu'aucun codec commun n'existe.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-3 = Harmonisez la sécurité des médias : `media_encryption` d'Asterisk, `rtp_secure_media` de FreeSWITCH, ou un SBC avec rtpengine qui fait le pont entre SRTP et RTP, ou entre WebRTC et SIP classique.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-4 = Pour la télécopie, revenez au passage transparent en G.711 lorsqu'un re-`INVITE` T.38 reçoit un 488, avec l'annulation d'écho et la suppression des silences désactivées.
# SIP 488 Not Acceptable Here compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-606 = Envoyez 488 lorsque seul ce terminal rejette la session ; envoyez 606 lorsqu'aucun emplacement de l'utilisateur ne l'accepterait.
# SIP 488 Not Acceptable Here compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-415 = 488 signifie que le SDP a été compris, mais que la session qu'il décrit est inacceptable ; 415 signifie que le type du corps lui-même n'est pas pris en charge.
# SIP 488 Not Acceptable Here compared with SIP 580 Precondition Failure: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-580 = 488 rejette les médias proposés eux-mêmes ; 580 les accepte, mais échoue parce qu'une précondition requise, comme une réservation de qualité de service, n'a pas pu être satisfaite.

## SIP 489 Bad Event

# SIP 489 Bad Event: one-line summary at the top of the explainer (TL;DR).
sip-489-tldr = Le serveur ne prend pas en charge le type d'informations d'état auquel votre téléphone a tenté de s'abonner.
# SIP 489 Bad Event: the paragraph under "What it means".
sip-489-meaning = Les abonnements à des événements (RFC 6665) nomment leur package d'événements dans l'en-tête `Event`, par exemple `presence`, `dialog` pour la supervision de ligne (BLF), `message-summary` pour les indicateurs de messagerie vocale, ou `refer` pour le suivi des transferts. Un notificateur qui n'implémente pas le package répond 489 au `SUBSCRIBE` et doit lister dans `Allow-Events` les packages qu'il prend en charge. Le même code circule en sens inverse lorsqu'un abonné reçoit un `NOTIFY` pour un package d'événements qu'il ne sait pas traiter. Se réabonner avec la même valeur `Event` continuera d'échouer tant que la configuration n'aura pas changé d'un côté ou de l'autre.
# SIP 489 Bad Event: common cause 1 of 4, a list item under "Common causes".
sip-489-cause-1 = Un téléphone s'abonne à `dialog` pour la supervision de ligne (BLF) sur un PBX ou un proxy où la prise en charge de l'événement dialog n'est pas chargée.
# SIP 489 Bad Event: common cause 2 of 4, a list item under "Common causes".
sip-489-cause-2 = Un `SUBSCRIBE` d'indicateur de messagerie vocale pour `message-summary` atteint un serveur dépourvu de notifications de messagerie vocale.
# SIP 489 Bad Event: common cause 3 of 4, a list item under "Common causes".
sip-489-cause-3 = Un client utilise un package d'événements propre à un fabricant, par exemple pour les touches de fonction ou le parcage d'appels, avec un serveur d'un autre fabricant.
# SIP 489 Bad Event: common cause 4 of 4, a list item under "Common causes".
sip-489-cause-4 = L'en-tête `Event` contient un nom de package mal orthographié, comme `presense`.
# SIP 489 Bad Event: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-489-fix-visitor-1 = Rien à faire pendant les appels ; si les voyants d'état ou l'indicateur de messagerie vocale de votre téléphone ne fonctionnent jamais, prévenez votre administrateur.
# SIP 489 Bad Event: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-1 = Lisez `Allow-Events` dans le 489 et configurez le téléphone pour qu'il ne s'abonne qu'aux packages qui y figurent.
# SIP 489 Bad Event: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-2 = Activez le package sur le serveur : dans Kamailio, chargez le module correspondant, comme `presence_dialog` ou `presence_mwi` ; dans Asterisk, définissez des hints dans le plan de numérotation pour le BLF et des boîtes vocales pour le MWI.
# SIP 489 Bad Event: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-3 = Lorsque vous implémentez un notificateur, incluez `Allow-Events` dans les réponses 489 et dans les réponses à `OPTIONS`, afin que les clients puissent découvrir ce que vous prenez en charge.
# SIP 489 Bad Event compared with SIP 469 Bad Info Package: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-469 = 489 rejette un package d'événements dans un `SUBSCRIBE` ou un `NOTIFY` ; 469 rejette un package d'info dans un `INFO`.
# SIP 489 Bad Event compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-405 = 489 accepte les abonnements en général, mais pas ce package d'événements ; 405 refuse complètement la méthode `SUBSCRIBE` pour cette adresse.
# SIP 489 Bad Event compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-202 = 489 refuse un abonnement pour un package d'événements inconnu ; 202, déprécié au profit de 200, en acceptait un.

## SIP 491 Request Pending

# SIP 491 Request Pending: one-line summary at the top of the explainer (TL;DR).
sip-491-tldr = Les deux côtés ont tenté de modifier l'appel au même moment ; une modification a été refusée et sera retentée sous peu.
# SIP 491 Request Pending: the paragraph under "What it means".
sip-491-meaning = Un 491 résout un conflit de requêtes croisées (glare) au sein d'un dialogue : un agent utilisateur reçoit un re-`INVITE` ou un `UPDATE` portant une offre alors que sa propre offre est encore en attente, si bien que les deux modifications ne peuvent pas être appliquées toutes les deux. Il répond 491, et le côté qui le reçoit attend un délai aléatoire avant de réessayer : entre 2,1 et 4 secondes s'il a généré le `Call-ID` du dialogue, entre 0 et 2 secondes sinon, afin que les deux tentatives cessent d'entrer en collision. La session existante se poursuit entre-temps sans changement. Un second `INVITE` qui arrive avant que l'agent utilisateur ait répondu à un précédent du même pair est une autre situation, à laquelle on répond par 500 avec `Retry-After`.
# SIP 491 Request Pending: common cause 1 of 3, a list item under "Common causes".
sip-491-cause-1 = Les deux interlocuteurs ont mis l'appel en attente, ou l'ont repris, presque au même moment, chacun envoyant un re-`INVITE`.
# SIP 491 Request Pending: common cause 2 of 3, a list item under "Common causes".
sip-491-cause-2 = Un rafraîchissement du temporisateur de session d'un côté a croisé un re-`INVITE` de mise en attente, de transfert ou de changement de codec de l'autre.
# SIP 491 Request Pending: common cause 3 of 3, a list item under "Common causes".
sip-491-cause-3 = Un B2BUA a envoyé un `UPDATE` avec une nouvelle offre alors qu'un re-`INVITE` de l'extrémité distante attendait encore sa réponse.
# SIP 491 Request Pending: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-491-fix-visitor-1 = Rien à faire : votre téléphone retente de lui-même la modification, comme une mise en attente ou une reprise, au bout de quelques secondes.
# SIP 491 Request Pending: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-1 = Implémentez le délai d'attente de la RFC 3261 : notez si le `Call-ID` vient de vous, attendez en conséquence de 2,1 à 4 secondes ou de 0 à 2 secondes, et ne réessayez que si la modification est toujours nécessaire.
# SIP 491 Request Pending: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-2 = Évitez les re-`INVITE` inutiles : rafraîchissez les temporisateurs de session par un `UPDATE` sans SDP, et n'envoyez pas de nouveau re-`INVITE` avant que le précédent n'ait été acquitté.
# SIP 491 Request Pending: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-3 = Dans un B2BUA, retenez les offres qui arrivent sur une jambe d'appel tant qu'une offre est en attente sur l'autre, au lieu de les relayer et de provoquer des 491 sur les deux jambes.
# SIP 491 Request Pending compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-500 = Envoyez 491 lorsque deux offres se croisent dans un dialogue ; envoyez 500 avec `Retry-After` lorsqu'un `INVITE` arrive avant que vous ayez répondu au précédent du même pair.
# SIP 491 Request Pending compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-481 = 491 signifie que le dialogue existe, mais qu'il est occupé par une autre requête ; 481 signifie que ce dialogue n'existe pas.
# SIP 491 Request Pending compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-487 = 491 refuse une requête parce qu'une autre est en attente ; 487 met fin à une requête qui a été annulée.

## SIP 493 Undecipherable

# SIP 493 Undecipherable: one-line summary at the top of the explainer (TL;DR).
sip-493-tldr = Le contenu chiffré de votre requête n'a pas pu être déchiffré par le destinataire.
# SIP 493 Undecipherable: the paragraph under "What it means".
sip-493-meaning = SIP permet de protéger un corps avec S/MIME, en le chiffrant avec la clé publique du destinataire. Un UAS qui reçoit un tel corps mais ne dispose pas de la clé privée correspondante, ou ne sait pas traiter l'algorithme de chiffrement, répond 493. Si l'expéditeur a utilisé une clé périmée, le UAS peut inclure son certificat actuel dans la réponse, afin que l'expéditeur chiffre avec la bonne clé lors de la tentative suivante. S/MIME a très peu été déployé dans SIP : la signalisation est protégée par TLS et les médias par SRTP, si bien qu'un 493 apparaît surtout dans les laboratoires de test ou dans des systèmes spécialisés.
# SIP 493 Undecipherable: common cause 1 of 3, a list item under "Common causes".
sip-493-cause-1 = L'expéditeur a chiffré le corps avec un ancien certificat du destinataire, dont la clé privée n'est plus utilisée.
# SIP 493 Undecipherable: common cause 2 of 3, a list item under "Common causes".
sip-493-cause-2 = L'expéditeur a choisi un algorithme de chiffrement que le destinataire ne prend pas en charge.
# SIP 493 Undecipherable: common cause 3 of 3, a list item under "Common causes".
sip-493-cause-3 = La clé privée du destinataire n'a pas été chargée, par exemple après une réinitialisation du terminal.
# SIP 493 Undecipherable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-493-fix-visitor-1 = Vous ne pouvez rien y changer au cours de l'appel ; signalez l'échec à votre administrateur, car les clés de chiffrement des deux extrémités ne correspondent pas.
# SIP 493 Undecipherable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-1 = Vérifiez quel certificat l'expéditeur a utilisé, et remplacez-le par celui que porte le 493, s'il y en a un.
# SIP 493 Undecipherable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-2 = Si S/MIME n'est pas une exigence, cessez de chiffrer les corps SIP et protégez plutôt la signalisation avec TLS.
# SIP 493 Undecipherable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-3 = Harmonisez les algorithmes pris en charge et les magasins de clés des deux extrémités, et testez après chaque rotation de clés.
# SIP 493 Undecipherable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-415 = 493 signifie que le corps est chiffré et ne peut pas être déchiffré ; 415 signifie que le type du corps n'est pas pris en charge du tout.
# SIP 493 Undecipherable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-488 = 493 signifie que le SDP n'a pas pu être lu à cause de son chiffrement ; 488 signifie qu'il a été lu, puis rejeté.
# SIP 493 Undecipherable compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-494 = 493 concerne un corps chiffré de bout en bout ; 494 concerne la négociation d'une protection de saut en saut avec le serveur suivant.

## SIP 494 Security Agreement Required

# SIP 494 Security Agreement Required: one-line summary at the top of the explainer (TL;DR).
sip-494-tldr = Le serveur exige que votre téléphone convienne d'un mécanisme de sécurité, comme TLS ou IPsec, avant d'accepter la requête.
# SIP 494 Security Agreement Required: the paragraph under "What it means".
sip-494-meaning = La RFC 3329 permet à un client et au serveur du premier saut de convenir de la manière de protéger leur signalisation. Un client qui la prend en charge envoie `Supported: sec-agree` avec un en-tête `Security-Client` listant ses mécanismes ; un serveur qui exige cet accord répond 494, en listant ses propres mécanismes et préférences dans `Security-Server`. Le client choisit le meilleur mécanisme commun, le met en place, par exemple une connexion TLS ou des associations de sécurité IPsec, et renvoie la requête par le canal protégé avec `Security-Verify` reprenant la liste du serveur, afin que celui-ci puisse détecter une attaque par dégradation (downgrade). Les réseaux d'accès IMS utilisent ce mécanisme avec `ipsec-3gpp` entre le téléphone et le P-CSCF, où la liste `Security-Server` arrive généralement dans le défi 401 du premier enregistrement plutôt que dans un 494.
# SIP 494 Security Agreement Required: common cause 1 of 3, a list item under "Common causes".
sip-494-cause-1 = Le client a indiqué `sec-agree` dans `Supported`, mais sa requête ne contenait pas d'en-tête `Security-Client`, ou ne proposait que des mécanismes que le serveur n'accepte pas.
# SIP 494 Security Agreement Required: common cause 2 of 3, a list item under "Common causes".
sip-494-cause-2 = Un téléphone IMS s'enregistre auprès d'un P-CSCF qui exige IPsec, et sa requête ne propose que TLS, ou rien.
# SIP 494 Security Agreement Required: common cause 3 of 3, a list item under "Common causes".
sip-494-cause-3 = Le client a mis en place le mécanisme, mais a renvoyé la requête sans `Security-Verify` : le serveur l'a donc de nouveau rejetée.
# SIP 494 Security Agreement Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-494-fix-visitor-1 = Rien à faire pendant l'appel ; si votre téléphone ne parvient pas à s'enregistrer, redémarrez-le, et contactez votre opérateur si le problème persiste.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-1 = Lisez `Security-Server`, choisissez le mécanisme de plus haute préférence que vous prenez en charge, mettez-le en place, et renvoyez la requête avec un `Security-Verify` qui recopie exactement cet en-tête, ainsi que `Require: sec-agree` et `Proxy-Require: sec-agree`.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-2 = Incluez `Security-Client` dans la première requête chaque fois que vous indiquez `sec-agree`, avec les mécanismes et paramètres que vous prenez en charge, par exemple `ipsec-3gpp` avec ses algorithmes et ses ports.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-3 = Tracez l'échange au niveau du P-CSCF pour vérifier que les associations de sécurité IPsec utilisent les ports annoncés dans `Security-Client` et `Security-Server`.
# SIP 494 Security Agreement Required compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-421 = 494 exige un accord de sécurité et liste les mécanismes du serveur ; 421 exige une autre extension et la nomme dans `Require`.
# SIP 494 Security Agreement Required compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-420 = 494 indique que le client doit ajouter une négociation de sécurité ; 420 indique qu'il manque au serveur une extension exigée par le client.
# SIP 494 Security Agreement Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-401 = 494 porte sur la protection à utiliser au premier saut ; 401 porte sur la preuve de l'identité de l'utilisateur, et l'IMS combine souvent les deux dans un même enregistrement.

## SIP 500 Server Internal Error

# SIP 500 Server Internal Error: one-line summary at the top of the explainer (TL;DR).
sip-500-tldr = Le serveur a échoué en traitant votre requête, à cause d'un problème de son côté.
# SIP 500 Server Internal Error: the paragraph under "What it means".
sip-500-meaning = Un 500 signale une condition inattendue qui a empêché le serveur de mener la requête à bien, comme un script de routage défaillant, une erreur de base de données ou une exception interne. Si le serveur sait que la situation est temporaire, il ajoute `Retry-After`, et le client peut réessayer après ce délai ; sinon, le client doit considérer l'échec comme définitif pour cette requête et peut se tourner vers un autre serveur. La RFC 3261 confie aussi à 500 un rôle précis : un UAS qui reçoit un `INVITE` dans un dialogue avant d'avoir répondu à un `INVITE` antérieur de `CSeq` inférieur répond 500 avec un `Retry-After` aléatoire compris entre 0 et 10 secondes. Les proxys produisent aussi un 500 lorsque toutes les branches en aval ont renvoyé 503, car relayer un 503 annoncerait à tort que le proxy lui-même est indisponible.
# SIP 500 Server Internal Error: common cause 1 of 4, a list item under "Common causes".
sip-500-cause-1 = Un script de routage ou un plan de numérotation a rencontré une erreur, par exemple un script Kamailio utilisant une variable inexistante ou un script AGI d'Asterisk qui a planté.
# SIP 500 Server Internal Error: common cause 2 of 4, a list item under "Common causes".
sip-500-cause-2 = Le serveur d'enregistrement ou le proxy n'a pas pu joindre sa base de données : il n'a donc pas pu stocker ou rechercher une liaison.
# SIP 500 Server Internal Error: common cause 3 of 4, a list item under "Common causes".
sip-500-cause-3 = Un re-`INVITE` est arrivé alors que le UAS traitait encore un `INVITE` antérieur dans le même dialogue.
# SIP 500 Server Internal Error: common cause 4 of 4, a list item under "Common causes".
sip-500-cause-4 = Un proxy n'a reçu que des réponses 503 de ses serveurs en aval et a signalé un 500 vers l'amont.
# SIP 500 Server Internal Error: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-500-fix-visitor-1 = Patientez un instant et rappelez ; le problème se situe sur le serveur de l'opérateur.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-1 = Consultez le journal du serveur au moment de l'échec : Kamailio écrit les erreurs de script et de module dans syslog, Asterisk dans `/var/log/asterisk/full`, FreeSWITCH dans `freeswitch.log`.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-2 = Vérifiez les services utilisés pendant le routage, comme la base de données, le DNS et les API HTTP externes, et ajoutez `Retry-After` lorsqu'un échec est connu pour être temporaire.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-3 = Gérez dans les agents utilisateurs le cas des `INVITE` croisés : répondez 500 avec un `Retry-After` aléatoire d'au plus 10 secondes, et lorsque vous le recevez, renvoyez le re-`INVITE` après ce délai.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-4 = Renvoyez des codes plus précis lorsqu'ils existent (503 pour une surcharge, 488 pour les problèmes de médias, 482 pour les boucles), afin que 500 continue de désigner une véritable panne.
# SIP 500 Server Internal Error compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-503 = Envoyez 500 pour une erreur inattendue dans le traitement de cette requête ; envoyez 503 lorsque le serveur dans son ensemble est surchargé ou en maintenance et va se rétablir.
# SIP 500 Server Internal Error compared with SIP 502 Bad Gateway: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-502 = 500 indique que ce serveur a échoué ; 502 indique qu'il a fonctionné, mais qu'il a reçu une réponse invalide du serveur suivant.
# SIP 500 Server Internal Error compared with SIP 491 Request Pending: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-491 = Envoyez 500 avec `Retry-After` lorsqu'un `INVITE` arrive avant que vous ayez répondu au précédent ; envoyez 491 lorsque deux offres se croisent dans le dialogue.

## SIP 501 Not Implemented

# SIP 501 Not Implemented: one-line summary at the top of the explainer (TL;DR).
sip-501-tldr = L'équipement à l'autre bout ne prend pas en charge le type de requête envoyé par votre téléphone.
# SIP 501 Not Implemented: the paragraph under "What it means".
sip-501-meaning = Un 501 indique que le serveur ne dispose pas de la fonctionnalité nécessaire pour satisfaire la requête, généralement parce que le UAS ne reconnaît pas du tout la méthode, comme un `PUBLISH`, un `UPDATE` ou un `MESSAGE` envoyé à un terminal ancien. Il diffère de 405, où la méthode est connue mais non autorisée pour cette URI. Comme les proxys relaient n'importe quelle méthode sans avoir besoin de la comprendre, un 501 met en cause l'agent utilisateur distant ou un B2BUA, et non les serveurs intermédiaires. Le client ne doit pas répéter la même méthode ; il peut consulter l'en-tête `Allow` des réponses de la cible, ou d'une réponse à `OPTIONS`, et choisir une autre voie, comme un re-`INVITE` au lieu d'un `UPDATE`. Les passerelles RTC le font correspondre à la cause Q.850 79 (service or option not implemented).
# SIP 501 Not Implemented: common cause 1 of 4, a list item under "Common causes".
sip-501-cause-1 = Un client de présence a envoyé un `PUBLISH` à un PBX ou à un terminal dépourvu de publication de présence, comme dans l'exemple.
# SIP 501 Not Implemented: common cause 2 of 4, a list item under "Common causes".
sip-501-cause-2 = Un téléphone a envoyé un `UPDATE` à une ancienne passerelle qui n'implémente que les méthodes de base de la RFC 3261.
# SIP 501 Not Implemented: common cause 3 of 4, a list item under "Common causes".
sip-501-cause-3 = Un softphone a envoyé un `MESSAGE` ou un `INFO` à un terminal qui ignore tout de la messagerie instantanée ou des informations en cours d'appel.
# SIP 501 Not Implemented: common cause 4 of 4, a list item under "Common causes".
sip-501-cause-4 = Une méthode propre à un fabricant a atteint un agent utilisateur standard qui ne la connaît pas.
# SIP 501 Not Implemented: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-501-fix-visitor-1 = Utilisez une autre fonction pour ce contact ; l'équipement à l'autre bout ne prend pas en charge celle que vous avez essayée.
# SIP 501 Not Implemented: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-1 = Consultez l'en-tête `Allow` de la cible, issu d'une réponse antérieure ou d'un sondage `OPTIONS`, avant d'utiliser des méthodes facultatives.
# SIP 501 Not Implemented: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-2 = Prévoyez une solution de repli : utilisez un re-`INVITE` lorsqu'un `UPDATE` échoue avec 501, et cessez de publier la présence auprès d'un serveur qui n'implémente pas `PUBLISH`.
# SIP 501 Not Implemented: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-3 = Lorsque vous développez un agent utilisateur, répondez 501 aux méthodes que vous ne connaissez pas, et envisagez d'ajouter un en-tête `Allow` pour que les pairs puissent s'adapter.
# SIP 501 Not Implemented compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-405 = Envoyez 501 lorsque vous n'implémentez pas du tout la méthode ; envoyez 405 lorsque vous l'implémentez, mais ne l'autorisez pas pour cette URI.
# SIP 501 Not Implemented compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-500 = 501 traduit une absence durable de prise en charge de ce qui est demandé ; 500 traduit une défaillance inattendue de quelque chose que le serveur prend normalement en charge.
# SIP 501 Not Implemented compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-420 = 501 concerne une méthode inconnue ; 420 concerne une extension inconnue nommée dans `Require` ou `Proxy-Require`.

## SIP 502 Bad Gateway

# SIP 502 Bad Gateway: one-line summary at the top of the explainer (TL;DR).
sip-502-tldr = Un serveur situé entre vous et la personne que vous appelez a reçu une réponse invalide du serveur suivant sur le chemin.
# SIP 502 Bad Gateway: the paragraph under "What it means".
sip-502-meaning = Un 502 provient d'un élément jouant le rôle de passerelle ou de proxy : il a relayé la requête, et ce qui est revenu de l'aval était invalide, par exemple impossible à analyser, tronqué ou incohérent avec la requête. La panne se situe donc au-delà du serveur qui envoie le 502, lequel ne fait que la signaler. Dans l'interfonctionnement avec le RTC, la RFC 3398 associe la cause Q.850 27 (destination out of order) à 502 : les opérateurs l'envoient donc souvent lorsque la ligne ou le commutateur distant est injoignable, plutôt que lorsqu'un message SIP était malformé. Un client peut réessayer plus tard ou par une autre route ; renvoyer la requête par le même chemin donne généralement le même résultat.
# SIP 502 Bad Gateway: common cause 1 of 4, a list item under "Common causes".
sip-502-cause-1 = Une passerelle RTC a reçu la cause Q.850 27 (destination out of order), car la ligne appelée ou le commutateur distant est hors service.
# SIP 502 Bad Gateway: common cause 2 of 4, a list item under "Common causes".
sip-502-cause-2 = Le serveur en aval, par exemple le SBC d'un opérateur, a renvoyé une réponse malformée que le proxy n'a pas pu analyser.
# SIP 502 Bad Gateway: common cause 3 of 4, a list item under "Common causes".
sip-502-cause-3 = Un B2BUA a reçu une réponse invalide sur sa jambe sortante, comme une réponse dont le `CSeq` ou le `Via` ne correspondait pas, et l'a signalée vers l'amont par un 502.
# SIP 502 Bad Gateway: common cause 4 of 4, a list item under "Common causes".
sip-502-cause-4 = Un service de routage situé derrière le proxy, comme une API de routage HTTP, a renvoyé des données inexploitables, et le proxy traduit cet échec en 502.
# SIP 502 Bad Gateway: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-502-fix-visitor-1 = Réessayez dans quelques minutes ; la panne se situe dans le réseau entre vous et le numéro que vous avez appelé.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-1 = Capturez la jambe en aval pour voir la réponse invalide, ou la cause Q.850 dans un en-tête `Reason` (RFC 3326) lorsque le 502 provient d'une passerelle RTC.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-2 = Basculez vers un autre opérateur ou une autre passerelle sur un 502 dans la `failure_route` du proxy, car le problème relève de ce chemin en aval.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-3 = Si votre propre élément envoie 502 à cause de données invalides venues de l'aval, journalisez la réponse fautive pour que l'autre partie puisse la corriger.
# SIP 502 Bad Gateway compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-504 = Envoyez 502 lorsque le serveur en aval a répondu par quelque chose d'invalide ; envoyez 504 lorsqu'il n'a pas répondu à temps.
# SIP 502 Bad Gateway compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-500 = 502 met en cause le serveur suivant sur le chemin ; 500 met en cause le serveur qui l'envoie.
# SIP 502 Bad Gateway compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-503 = 502 signale une mauvaise réponse venue de l'aval ; 503 signale que le serveur expéditeur lui-même est surchargé ou indisponible.

## SIP 503 Service Unavailable

# SIP 503 Service Unavailable: one-line summary at the top of the explainer (TL;DR).
sip-503-tldr = Le serveur est surchargé ou en maintenance et ne peut pas traiter votre requête pour le moment.
# SIP 503 Service Unavailable: the paragraph under "What it means".
sip-503-meaning = Un 503 indique que le serveur est temporairement incapable de traiter la requête. Il peut inclure `Retry-After`, et un client qui le reçoit doit essayer un autre serveur, trouvé grâce aux enregistrements DNS SRV du domaine (RFC 3263), et éviter celui-ci pendant la durée indiquée. Les passerelles associent plusieurs causes Q.850 de congestion à 503, dont 34 (no circuit available), 38 (network out of order) et 42 (switching equipment congestion) : sur les trunks, il signifie donc souvent que l'opérateur n'a plus de capacité disponible. Le simple 503 est un outil de surcharge assez grossier : la RFC 7339 ajoute un contrôle de surcharge fondé sur des retours, au moyen de paramètres `oc` dans l'en-tête `Via`, qui permettent à un serveur de demander à ses voisins en amont de réduire le trafic avant d'avoir à rejeter quoi que ce soit. Un serveur peut aussi refuser des connexions ou abandonner silencieusement des requêtes au lieu de répondre 503.
# SIP 503 Service Unavailable: common cause 1 of 5, a list item under "Common causes".
sip-503-cause-1 = Le trunk ou la passerelle de l'opérateur n'a plus de canal libre, ce que le RTC signale par la cause Q.850 34 ou 42.
# SIP 503 Service Unavailable: common cause 2 of 5, a list item under "Common causes".
sip-503-cause-2 = Le serveur est en maintenance ou encore en cours de démarrage, et rejette les requêtes jusqu'à ce qu'il soit prêt.
# SIP 503 Service Unavailable: common cause 3 of 5, a list item under "Common causes".
sip-503-cause-3 = Un ensemble `dispatcher` de Kamailio n'a aucune destination active, car tous les serveurs de médias qui en dépendent ont échoué à leurs sondages `OPTIONS`.
# SIP 503 Service Unavailable: common cause 4 of 5, a list item under "Common causes".
sip-503-cause-4 = Un PBX a atteint sa limite de licence ou d'appels simultanés, ou son processeur est saturé par une rafale d'enregistrements ou par un scanner SIP.
# SIP 503 Service Unavailable: common cause 5 of 5, a list item under "Common causes".
sip-503-cause-5 = Un opérateur limite le débit du compte, par exemple en cas de trop nombreux appels par seconde sur un même trunk.
# SIP 503 Service Unavailable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-503-fix-visitor-1 = Patientez une minute ou deux et rappelez ; le système de l'opérateur est temporairement surchargé ou en maintenance.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-1 = Respectez `Retry-After`, basculez vers la cible SRV ou le trunk suivant, et marquez celui en échec comme hors service pendant cette durée.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-2 = Vérifiez la capacité et l'état de santé : limites de canaux et de licences, charge processeur, états des destinations `dispatcher` (`kamcmd dispatcher.list`), et présence éventuelle d'un scanner qui inonde le serveur.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-3 = Lorsque vous envoyez 503, ajoutez un `Retry-After` réaliste, afin que les clients étalent leurs nouvelles tentatives au lieu de marteler le serveur.
# SIP 503 Service Unavailable compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-500 = Envoyez 503 lorsque l'ensemble du serveur est temporairement surchargé ou en maintenance ; envoyez 500 pour une erreur inattendue dans le traitement d'une requête.
# SIP 503 Service Unavailable compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-480 = 503 signifie que le serveur ne peut servir personne pour le moment ; 480 signifie que le serveur fonctionne, mais que cet appelé n'est pas disponible.
# SIP 503 Service Unavailable compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-504 = 503 indique que le serveur lui-même est indisponible ; 504 indique qu'un serveur dont il dépend n'a pas répondu à temps.

## SIP 504 Server Time-out

# SIP 504 Server Time-out: one-line summary at the top of the explainer (TL;DR).
sip-504-tldr = Un serveur qui traitait votre appel a cessé d'attendre un autre serveur dont il avait besoin.
# SIP 504 Server Time-out: the paragraph under "What it means".
sip-504-meaning = Un 504 provient d'un élément jouant le rôle de passerelle ou de proxy qui n'a pas obtenu à temps la réponse d'un serveur qu'il devait consulter, comme le saut suivant, un serveur de localisation, une résolution DNS ou ENUM, ou un service de routage externe. Contrairement à 408, qui indique que la requête dans son ensemble n'a pas pu recevoir de réponse à temps, 504 met en cause une dépendance située derrière l'expéditeur. La RFC 3398 associe la cause Q.850 102 (recovery on timer expiry) à 504 : les passerelles RTC l'envoient donc lorsqu'un temporisateur du réseau téléphonique a expiré. Le client peut réessayer plus tard ou par une autre route.
# SIP 504 Server Time-out: common cause 1 of 4, a list item under "Common causes".
sip-504-cause-1 = Une passerelle RTC a signalé la cause Q.850 102 (recovery on timer expiry) après l'expiration d'un temporisateur du réseau téléphonique.
# SIP 504 Server Time-out: common cause 2 of 4, a list item under "Common causes".
sip-504-cause-2 = La résolution ENUM ou DNS de la destination par un proxy a expiré : il n'a donc pas pu décider où router l'appel.
# SIP 504 Server Time-out: common cause 3 of 4, a list item under "Common causes".
sip-504-cause-3 = Un service externe de routage ou de portabilité des numéros utilisé par le proxy, par exemple via HTTP, n'a pas répondu dans le délai configuré.
# SIP 504 Server Time-out: common cause 4 of 4, a list item under "Common causes".
sip-504-cause-4 = La jambe sortante d'un B2BUA n'a reçu aucune réponse de l'opérateur avant le déclenchement du propre temporisateur du B2BUA.
# SIP 504 Server Time-out: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-504-fix-visitor-1 = Réessayez l'appel dans un petit moment ; un serveur du réseau de l'opérateur n'a pas répondu à temps.
# SIP 504 Server Time-out: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-1 = Trouvez dans les journaux de l'expéditeur la dépendance qui a expiré, puis vérifiez sa latence et sa disponibilité : résolveurs DNS, serveurs ENUM, API de routage, trunks d'opérateurs.
# SIP 504 Server Time-out: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-2 = Fixez des délais de résolution plus courts que les temporisateurs de transaction SIP et prévoyez une route de repli en cas d'échec d'une résolution, par exemple avec le délai de connexion de `http_client` dans Kamailio et une route par défaut.
# SIP 504 Server Time-out: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-3 = Mettez en cache les résultats DNS et de routage aussi longtemps que leur durée de vie le permet, afin qu'une dépendance lente affecte moins d'appels.
# SIP 504 Server Time-out compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-408 = Envoyez 504 lorsqu'un serveur dont vous dépendez n'a pas répondu à temps ; envoyez 408 lorsque vous-même n'avez pas pu obtenir de réponse à la requête à temps.
# SIP 504 Server Time-out compared with SIP 502 Bad Gateway: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-502 = 504 signifie que le serveur en aval n'a pas répondu du tout ; 502 signifie qu'il a répondu par quelque chose d'invalide.
# SIP 504 Server Time-out compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-503 = 504 signale une dépendance lente ; 503 signale que le serveur expéditeur lui-même est indisponible.

## SIP 505 Version Not Supported

# SIP 505 Version Not Supported: one-line summary at the top of the explainer (TL;DR).
sip-505-tldr = Votre requête indiquait une version de SIP que le serveur ne comprend pas.
# SIP 505 Version Not Supported: the paragraph under "What it means".
sip-505-meaning = La vérification ne porte que sur la ligne de requête : le serveur y a trouvé autre chose que `SIP/2.0` et refuse d'interpréter le reste du message. Toutes les implémentations SIP en service parlent SIP/2.0, la version de la RFC 3261 et, avant elle, de la RFC 2543, et aucune autre version n'a été définie depuis : en pratique, un 505 signifie donc que la ligne de requête était malformée ou que le trafic n'était pas du SIP du tout. Le serveur peut décrire dans la réponse les versions qu'il prend en charge. Le client doit envoyer la requête avec exactement `SIP/2.0` à la fin de la ligne de requête.
# SIP 505 Version Not Supported: common cause 1 of 3, a list item under "Common causes".
sip-505-cause-1 = Un outil écrit à la main ou un outil de fuzzing a envoyé une ligne de requête avec une chaîne de version erronée, comme `SIP/2` ou `SIP/3.0`.
# SIP 505 Version Not Supported: common cause 2 of 3, a list item under "Common causes".
sip-505-cause-2 = Un client HTTP ou un scanner a envoyé une requête HTTP sur le port SIP : la ligne de requête se termine donc par `HTTP/1.1`.
# SIP 505 Version Not Supported: common cause 3 of 3, a list item under "Common causes".
sip-505-cause-3 = Un équipement intermédiaire ou un ALG défectueux a corrompu la première ligne du message.
# SIP 505 Version Not Supported: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-505-fix-visitor-1 = Vous ne pouvez rien corriger sur votre téléphone ; si cela se produit à chaque appel, signalez-le à votre opérateur ou au fabricant du téléphone.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-1 = Capturez la requête fautive et examinez sa première ligne octet par octet ; des caractères parasites ou une chaîne de version erronée sont les coupables habituels.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-2 = Traitez les 505 répétés provenant d'une même adresse comme un balayage, et limitez ou bloquez cette source, par exemple avec fail2ban lisant le journal du serveur SIP.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-3 = Si vous écrivez une pile SIP, émettez exactement `SIP/2.0` dans les lignes de requête et de statut, en majuscules et sans espaces.
# SIP 505 Version Not Supported compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-505-vs-400 = Envoyez 505 lorsque seule la version de la ligne de requête n'est pas prise en charge ; envoyez 400 pour les autres erreurs de syntaxe.
# SIP 505 Version Not Supported compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-505-vs-501 = 505 rejette la version du protocole ; 501 rejette une méthode que le serveur n'implémente pas.

## SIP 513 Message Too Large

# SIP 513 Message Too Large: one-line summary at the top of the explainer (TL;DR).
sip-513-tldr = Votre requête dans son ensemble est trop volumineuse pour être traitée par le serveur.
# SIP 513 Message Too Large: the paragraph under "What it means".
sip-513-meaning = Un 513 indique que le message complet, en-têtes et corps réunis, dépasse ce que le serveur peut traiter. Il apparaît généralement sur UDP : un datagramme plus grand que la MTU du chemin est fragmenté, des fragments se perdent ou sont bloqués par des pare-feu, et les destinataires limitent souvent la taille des datagrammes. La RFC 3261 exige donc qu'un client utilise un transport avec contrôle de congestion, comme TCP, lorsqu'une requête s'approche à moins de 200 octets de la MTU du chemin, ou dépasse 1 300 octets lorsque la MTU est inconnue. Contrairement à 413, qui ne juge que le corps, 513 s'applique au message entier : de longues sections d'en-têtes comptant de nombreuses entrées `Via`, `Record-Route` ou `History-Info` peuvent donc aussi le déclencher.
# SIP 513 Message Too Large: common cause 1 of 3, a list item under "Common causes".
sip-513-cause-1 = Un gros `INVITE` contenant une offre SDP complète, avec audio, vidéo, de nombreux codecs et des candidats ICE, a été envoyé sur UDP.
# SIP 513 Message Too Large: common cause 2 of 3, a list item under "Common causes".
sip-513-cause-2 = Une requête a accumulé de nombreux en-têtes `Via`, `Record-Route` et `History-Info` après être passée par plusieurs proxys et renvois.
# SIP 513 Message Too Large: common cause 3 of 3, a list item under "Common causes".
sip-513-cause-3 = Un `MESSAGE` ou un `NOTIFY` au corps volumineux a dépassé la taille maximale de message du serveur.
# SIP 513 Message Too Large: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-513-fix-visitor-1 = Vous ne pouvez rien y changer pendant l'appel ; si le problème se répète, demandez à votre opérateur si votre téléphone doit utiliser TCP ou TLS.
# SIP 513 Message Too Large: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-1 = Envoyez les requêtes volumineuses sur TCP ou TLS, par exemple avec `transport=tcp` dans la route ou l'enregistrement, ou avec le réglage de transport du téléphone, comme l'exige la RFC 3261 au-delà de la limite de taille.
# SIP 513 Message Too Large: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-2 = Réduisez la taille des messages : proposez moins de codecs, supprimez les en-têtes superflus, et utilisez le masquage de topologie pour condenser les longues chaînes `Via` et `Record-Route`.
# SIP 513 Message Too Large: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-3 = Vérifiez la taille maximale de message du serveur et son tampon de réception UDP, et augmentez-les si des messages légitimes les dépassent.
# SIP 513 Message Too Large compared with SIP 413 Request Entity Too Large: one sentence in the "Related codes" section saying when to use which.
sip-513-vs-413 = Envoyez 513 lorsque le message entier est trop volumineux ; envoyez 413 lorsque c'est le corps seul qui l'est.
# SIP 513 Message Too Large compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-513-vs-414 = 513 concerne la taille du message entier ; 414 ne concerne que la longueur de la Request-URI.

## SIP 555 Push Notification Service Not Supported

# SIP 555 Push Notification Service Not Supported: one-line summary at the top of the explainer (TL;DR).
sip-555-tldr = Le serveur ne peut pas réveiller l'application de votre téléphone par le service de notifications push qu'elle a demandé.
# SIP 555 Push Notification Service Not Supported: the paragraph under "What it means".
sip-555-meaning = La RFC 8599 permet à un agent utilisateur qui se met en veille, généralement une application mobile, de s'enregistrer avec des paramètres de notification push dans l'URI de son `Contact` : `pn-provider` nomme le service de notifications push, comme `apns` pour Apple ou `fcm` pour Firebase, tandis que `pn-prid` et `pn-param` identifient l'appareil et l'application. Un proxy qui gère les notifications push réveille alors l'application chaque fois qu'une requête lui est destinée. Si le proxy ne prend pas en charge le service indiqué, il répond 555 au `REGISTER` et peut lister les services qu'il prend en charge avec l'indicateur de capacité `+sip.pns` dans un en-tête `Feature-Caps`. L'agent utilisateur peut se réenregistrer avec l'un d'eux, ou sans paramètres push, en acceptant de ne pas être joignable pendant sa veille.
# SIP 555 Push Notification Service Not Supported: common cause 1 of 3, a list item under "Common causes".
sip-555-cause-1 = Une application iOS s'enregistre avec `pn-provider=apns` auprès d'un proxy configuré uniquement pour Firebase (`fcm`).
# SIP 555 Push Notification Service Not Supported: common cause 2 of 3, a list item under "Common causes".
sip-555-cause-2 = Le proxy prend en charge le service en principe, mais aucun identifiant n'est configuré pour celui-ci, comme une clé APNs ou un compte de service FCM.
# SIP 555 Push Notification Service Not Supported: common cause 3 of 3, a list item under "Common causes".
sip-555-cause-3 = Une version de l'application ou un SDK envoie une valeur `pn-provider` mal orthographiée ou obsolète.
# SIP 555 Push Notification Service Not Supported: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-555-fix-visitor-1 = Mettez à jour l'application de softphone et, tant que l'opérateur n'a pas corrigé la prise en charge du push, gardez l'application ouverte lorsque vous attendez des appels, sous peine de les manquer.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-1 = Lisez `Feature-Caps` dans le 555 et réenregistrez-vous avec l'une des valeurs `+sip.pns` listées.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-2 = Configurez la passerelle push du proxy avec des identifiants pour chaque plateforme sur laquelle votre application est distribuée, par exemple à la fois APNs et FCM.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-3 = Comparez les paramètres de `Contact` envoyés par l'application (`pn-provider`, `pn-prid`, `pn-param`) avec les valeurs que la RFC 8599 définit pour chaque service.
# SIP 555 Push Notification Service Not Supported compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-501 = 555 signifie que le serveur gère les notifications push, mais pas avec le service indiqué ; 501 signifie qu'il n'implémente pas du tout la fonctionnalité demandée.
# SIP 555 Push Notification Service Not Supported compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-420 = 555 concerne le service push nommé dans les paramètres de `Contact` ; 420 concerne une extension nommée dans `Require`.
# SIP 555 Push Notification Service Not Supported compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-503 = 555 traduit une incompatibilité durable de services push ; 503 traduit une incapacité temporaire à servir quoi que ce soit.

## SIP 580 Precondition Failure

# SIP 580 Precondition Failure: one-line summary at the top of the explainer (TL;DR).
sip-580-tldr = L'appel n'a pas pu être établi, car une condition requise, généralement la réservation de qualité réseau pour l'appel, n'a pas pu être satisfaite.
# SIP 580 Precondition Failure: the paragraph under "What it means".
sip-580-meaning = Les préconditions (RFC 3312, mise à jour par la RFC 4032) permettent à un appel d'attendre que des conditions comme la réservation de ressources réseau soient remplies avant d'alerter l'appelé. Le SDP indique, pour chaque flux de médias, l'état actuel (`a=curr`), souhaité (`a=des`) et confirmé (`a=conf`) de chaque précondition, avec un niveau d'exigence comme `mandatory` ou `optional`, et les deux côtés échangent des mises à jour dans des requêtes `PRACK` et `UPDATE`. Si une précondition obligatoire ne peut pas être satisfaite, par exemple parce que le réseau a refusé de réserver un support (bearer) avec qualité de service, l'agent utilisateur répond 580, et la réponse peut porter un SDP indiquant quelle précondition a échoué. Ce code est typique de la VoLTE et de l'IMS, où les deux extrémités réservent des supports dédiés avant que le téléphone ne sonne.
# SIP 580 Precondition Failure: common cause 1 of 3, a list item under "Common causes".
sip-580-cause-1 = Un réseau VoLTE n'a pas pu établir de support dédié avec la qualité de service nécessaire à l'appel, par exemple parce que la cellule radio est encombrée.
# SIP 580 Precondition Failure: common cause 2 of 3, a list item under "Common causes".
sip-580-cause-2 = Un côté a marqué une précondition de qualité de service comme obligatoire, mais le réseau de l'autre côté ne dispose d'aucun mécanisme de réservation de ressources.
# SIP 580 Precondition Failure: common cause 3 of 3, a list item under "Common causes".
sip-580-cause-3 = L'`UPDATE` portant l'état des préconditions a été perdu ou rejeté : les préconditions n'ont donc jamais été remplies avant l'expiration d'un temporisateur.
# SIP 580 Precondition Failure: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-580-fix-visitor-1 = Réessayez l'appel, éventuellement après vous être déplacé vers un endroit mieux couvert, ou avec les appels 4G (VoLTE) désactivés.
# SIP 580 Precondition Failure: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-1 = Marquez les préconditions `optional` plutôt que `mandatory`, sauf si l'appel ne doit vraiment pas se poursuivre sans réservation.
# SIP 580 Precondition Failure: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-2 = Suivez la négociation des préconditions dans une trace : les lignes `a=curr`, `a=des` et `a=conf` de chaque offre et de chaque réponse, et le `PRACK` ou l'`UPDATE` qui les transporte.
# SIP 580 Precondition Failure: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-3 = Dans l'IMS, mettez le 580 en corrélation avec les journaux du PCRF ou du PCF pour comprendre pourquoi la demande de support a été rejetée.
# SIP 580 Precondition Failure compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-488 = 580 signifie que les médias étaient acceptables, mais qu'une précondition a échoué ; 488 signifie que les médias eux-mêmes étaient inacceptables.
# SIP 580 Precondition Failure compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-606 = 580 signale une précondition en échec pour cette tentative ; 606 indique que la session proposée n'est acceptable pour aucun des terminaux de l'utilisateur.
# SIP 580 Precondition Failure compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-421 = 580 survient après que les deux côtés ont convenu d'utiliser des préconditions et que l'une d'elles a échoué ; 421 survient lorsque le client ne prenait pas du tout en charge l'extension de préconditions.

## SIP 600 Busy Everywhere

# SIP 600 Busy Everywhere: one-line summary at the top of the explainer (TL;DR).
sip-600-tldr = La personne que vous appelez est occupée et ne veut pas que l'appel soit transmis à un autre téléphone ni à la messagerie vocale.
# SIP 600 Busy Everywhere: the paragraph under "What it means".
sip-600-meaning = Un 600 indique que le système de l'appelé a été joint et que l'appelé est occupé, et, contrairement à 486, qu'aucun autre emplacement ne prendrait l'appel non plus : il ne faut donc pas l'essayer ailleurs. En tant qu'échec global 6xx, il amène un proxy qui duplique l'appel à annuler ses autres branches et à relayer aussitôt le 600, sans essayer d'autres emplacements pour cette requête. Il peut porter un `Retry-After` indiquant le moment où l'appelé pense être libre. Il ne doit être utilisé que si l'appelé sait qu'aucun autre système n'acceptera l'appel ; sinon, 486 permet à la messagerie vocale ou à d'autres terminaux de prendre le relais.
# SIP 600 Busy Everywhere: common cause 1 of 3, a list item under "Common causes".
sip-600-cause-1 = L'appelé a choisi un état « occupé » sur un client sensible à la présence, qui rejette par un 600 les appels destinés à tous ses terminaux.
# SIP 600 Busy Everywhere: common cause 2 of 3, a list item under "Common causes".
sip-600-cause-2 = Un PBX qui connaît tous les terminaux de l'utilisateur constate qu'ils sont tous occupés et répond pour l'utilisateur dans son ensemble.
# SIP 600 Busy Everywhere: common cause 3 of 3, a list item under "Common causes".
sip-600-cause-3 = Le téléphone d'un appelé est configuré pour rejeter par un 600 en cas d'occupation, précisément pour empêcher la duplication de l'appel vers la messagerie vocale ou un mobile jumelé.
# SIP 600 Busy Everywhere: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-600-fix-visitor-1 = Rappelez plus tard ; la personne est occupée et a choisi de ne pas être jointe sur un autre téléphone pour le moment.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-1 = N'utilisez 600 que si vous savez que l'utilisateur est occupé sur tous ses terminaux ; sinon, répondez 486, afin que les proxys puissent essayer la messagerie vocale ou d'autres terminaux.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-2 = Dans un proxy qui duplique les appels, annulez les branches restantes à l'arrivée d'un 600 et relayez-le vers l'amont, comme l'exige la RFC 3261 pour les réponses 6xx.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-3 = Respectez `Retry-After` dans les fonctions de rappel automatique et de rappel sur occupation.
# SIP 600 Busy Everywhere compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-486 = Envoyez 600 lorsque l'utilisateur est occupé partout et qu'aucune alternative ne doit être tentée ; envoyez 486 lorsque seul ce terminal est occupé.
# SIP 600 Busy Everywhere compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-603 = 600 indique que l'appelé est occupé ; 603 indique que l'appelé refuse l'appel sans en donner la raison.
# SIP 600 Busy Everywhere compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-480 = 600 met fin à la recherche, car l'appelé est occupé partout ; 480 est une indisponibilité temporaire qui laisse d'autres options ouvertes.

## SIP 603 Decline

# SIP 603 Decline: one-line summary at the top of the explainer (TL;DR).
sip-603-tldr = La personne que vous appelez a refusé votre appel.
# SIP 603 Decline: the paragraph under "What it means".
sip-603-meaning = Un 603 indique que le terminal de l'appelé a été joint et que l'utilisateur ne veut explicitement pas prendre l'appel, sans en donner la raison. En tant qu'échec global 6xx, il amène un proxy qui duplique l'appel à annuler ses autres branches : l'appel cesse donc de sonner sur les autres terminaux de l'utilisateur et n'est pas transmis à la messagerie vocale par le proxy. Une valeur `Retry-After`, lorsqu'elle est présente, est une indication destinée aux fonctions de rappel, et non la promesse que l'appel sera alors accepté. Les passerelles RTC le font correspondre à la cause Q.850 21 (call rejected). Deux codes ultérieurs le précisent : 607 (RFC 8197) pour les appels que l'utilisateur signale comme indésirables, et 608 (RFC 8688) pour les appels rejetés par un intermédiaire plutôt que par l'utilisateur.
# SIP 603 Decline: common cause 1 of 3, a list item under "Common causes".
sip-603-cause-1 = L'appelé a appuyé sur la touche de refus de son téléphone.
# SIP 603 Decline: common cause 2 of 3, a list item under "Common causes".
sip-603-cause-2 = Le téléphone ou le PBX de l'appelé est en mode « Ne pas déranger » et configuré pour répondre 603.
# SIP 603 Decline: common cause 3 of 3, a list item under "Common causes".
sip-603-cause-3 = Une règle de filtrage des appels du côté de l'appelé, comme une liste de blocage personnelle, a refusé l'appel.
# SIP 603 Decline: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-603-fix-visitor-1 = Ne rappelez pas tout de suite ; la personne a choisi de ne pas prendre l'appel : réessayez plus tard ou envoyez-lui un message.
# SIP 603 Decline: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-1 = Décidez quel code envoie la touche de refus de votre téléphone : 603 arrête la sonnerie sur tous les terminaux de l'utilisateur, tandis que 486 permet à un proxy d'essayer la messagerie vocale ou d'autres terminaux.
# SIP 603 Decline: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-2 = Dans un proxy qui duplique les appels, annulez les autres branches sur un 603, sauf si votre politique passe délibérément outre les échecs globaux, et relayez le 603 vers l'amont.
# SIP 603 Decline: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-3 = Associez 603 à un message clair du type « appel refusé » dans votre client, ou diffusez une annonce adaptée sur une passerelle.
# SIP 603 Decline compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-600 = 603 refuse l'appel sans motif ; 600 indique que l'appelé est occupé partout.
# SIP 603 Decline compared with SIP 607 Unwanted: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-607 = Envoyez 603 pour un simple refus ; envoyez 607 lorsque l'appelé signale l'appel comme indésirable, afin que le réseau puisse en tirer des enseignements.
# SIP 603 Decline compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-486 = 603 est un refus qui met fin à la recherche de l'appelé ; 486 est une occupation locale qui laisse encore la place à d'autres terminaux ou à la messagerie vocale.

## SIP 604 Does Not Exist Anywhere

# SIP 604 Does Not Exist Anywhere: one-line summary at the top of the explainer (TL;DR).
sip-604-tldr = La personne ou le numéro que vous appelez n'existe nulle part, selon un serveur disposant d'informations faisant autorité.
# SIP 604 Does Not Exist Anywhere: the paragraph under "What it means".
sip-604-meaning = Un 604 indique que le serveur sait de source sûre que l'utilisateur de la Request-URI n'existe nulle part : essayer d'autres serveurs ou d'autres emplacements est donc inutile. C'est le pendant global de 404 : un 404 ne vaut que pour le domaine ou le serveur qui a répondu, tandis qu'un 604 met fin à la recherche partout et, en tant que 6xx, amène les proxys qui dupliquent l'appel à annuler les autres branches. Peu de serveurs disposent d'informations faisant autorité sur tous les emplacements : 604 est donc bien plus rare que 404 ; il convient à des systèmes comme une base de portabilité des numéros ou un annuaire national qui connaissent tous les numéros valides. Les passerelles RTC le font correspondre, comme 404, à la cause Q.850 1 (unallocated number).
# SIP 604 Does Not Exist Anywhere: common cause 1 of 3, a list item under "Common causes".
sip-604-cause-1 = Une base de portabilité ou de numérotation confirme que le numéro composé n'est attribué nulle part dans l'ensemble du plan de numérotation.
# SIP 604 Does Not Exist Anywhere: common cause 2 of 3, a list item under "Common causes".
sip-604-cause-2 = L'annuaire d'une fédération, qui connaît tous les utilisateurs d'un domaine, indique que l'utilisateur demandé n'en fait pas partie.
# SIP 604 Does Not Exist Anywhere: common cause 3 of 3, a list item under "Common causes".
sip-604-cause-3 = L'appelant a composé un numéro appartenant à une plage jamais attribuée, et l'opérateur répond de source sûre.
# SIP 604 Does Not Exist Anywhere: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-604-fix-visitor-1 = Vérifiez le numéro ou l'adresse : il n'existe pas du tout, et le recomposer n'y changera rien.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-1 = N'envoyez 604 que si vos informations couvrent tous les emplacements possibles de l'utilisateur ; sinon, envoyez 404, qui laisse d'autres emplacements ouverts.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-2 = Validez les numéros composés d'après les données du plan de numérotation avant le routage, afin que les appels vers des plages non attribuées échouent tôt avec une réponse claire.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-3 = Côté appelant, ne réessayez pas et ne basculez pas vers une autre route après un 604 ; indiquez à l'utilisateur que l'adresse est invalide.
# SIP 604 Does Not Exist Anywhere compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-404 = Envoyez 604 lorsque vous savez que l'utilisateur n'existe nulle part ; envoyez 404 lorsque vous savez seulement que l'utilisateur ne se trouve pas sur votre serveur.
# SIP 604 Does Not Exist Anywhere compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-410 = 604 indique que l'utilisateur n'existe nulle part ; 410 indique que l'utilisateur a existé sur ce serveur et qu'il est définitivement parti.
# SIP 604 Does Not Exist Anywhere compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-484 = 604 rejette une adresse complète qui n'existe pas ; 484 demande des chiffres supplémentaires pour compléter une adresse.

## SIP 606 Not Acceptable

# SIP 606 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
sip-606-tldr = La personne que vous appelez a pu être jointe, mais aucun de ses terminaux ne peut accepter le type d'appel proposé par votre téléphone.
# SIP 606 Not Acceptable: the paragraph under "What it means".
sip-606-meaning = 606 est le pendant global de 488 : le côté de l'appelé a examiné l'offre, a jugé inacceptables ses médias, sa bande passante ou son adressage, et déclare qu'aucun des terminaux de l'utilisateur ne l'accepterait. Il doit porter un en-tête `Warning` expliquant pourquoi, par exemple le code 370 pour une bande passante insuffisante, et peut inclure un SDP décrivant les capacités acceptables, afin que l'appelant puisse réessayer avec une autre offre. En tant que 6xx, il empêche les proxys qui dupliquent l'appel d'essayer d'autres terminaux. Lorsque seul ce terminal est en cause, 488 est la bonne réponse.
# SIP 606 Not Acceptable: common cause 1 of 3, a list item under "Common causes".
sip-606-cause-1 = Un appel vidéo a atteint un utilisateur dont tous les terminaux ne prennent en charge que l'audio, et la politique de l'utilisateur rejette l'offre partout.
# SIP 606 Not Acceptable: common cause 2 of 3, a list item under "Common causes".
sip-606-cause-2 = La politique du compte ou du réseau de l'utilisateur interdit un type de média, comme la vidéo ou un codec à haut débit, sur tous ses terminaux.
# SIP 606 Not Acceptable: common cause 3 of 3, a list item under "Common causes".
sip-606-cause-3 = Un B2BUA central ou un serveur d'applications qui répond pour tous les terminaux de l'utilisateur ne trouve aucun codec acceptable dans l'offre.
# SIP 606 Not Acceptable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-606-fix-visitor-1 = Réessayez en appel audio uniquement, ou depuis un autre téléphone ou une autre application.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-1 = Lisez l'en-tête `Warning` et l'éventuel SDP du 606, et réessayez avec une offre limitée à ce qu'ils indiquent, par exemple l'audio sans la vidéo.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-2 = N'envoyez 606 que si la restriction s'applique à tous les terminaux ou découle de la politique de l'utilisateur ; utilisez 488 lorsqu'un seul terminal ne peut pas traiter l'offre.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-3 = Proposez des codecs largement pris en charge, comme G.711, à côté des plus récents, afin qu'un format commun existe.
# SIP 606 Not Acceptable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-488 = Envoyez 606 lorsqu'aucun emplacement de l'utilisateur n'accepterait la session ; envoyez 488 lorsque seul ce terminal la rejette.
# SIP 606 Not Acceptable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-415 = 606 rejette la session décrite dans le SDP ; 415 rejette le type du corps avant même que la session ne soit examinée.
# SIP 606 Not Acceptable compared with SIP 406 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-406 = 606 concerne une offre de session ; 406 concerne les formats listés dans `Accept`.

## SIP 607 Unwanted

# SIP 607 Unwanted: one-line summary at the top of the explainer (TL;DR).
sip-607-tldr = La personne que vous appelez a signalé votre appel comme indésirable, par exemple comme importun ou comme appel automatisé.
# SIP 607 Unwanted: the paragraph under "What it means".
sip-607-meaning = La RFC 8197 a défini 607 pour qu'un appelé puisse dire non seulement qu'il refuse l'appel, mais aussi qu'il ne veut pas d'appels de ce genre de la part de cet appelant. La réponse remonte à travers le réseau, où les opérateurs et les services d'analyse d'appels peuvent l'enregistrer et s'en servir, avec d'autres signaux, pour signaler ou bloquer les appels suivants de la même source. Comme les numéros d'appelant peuvent être usurpés et que les utilisateurs refusent parfois par erreur, un 607 isolé est censé alimenter cette analyse plutôt que déclencher à lui seul un blocage. En tant que 6xx, il met aussi fin à la recherche d'autres emplacements de l'appelé.
# SIP 607 Unwanted: common cause 1 of 3, a list item under "Common causes".
sip-607-cause-1 = L'appelé a appuyé sur un bouton « Signaler comme spam » ou « Bloquer et signaler » de son téléphone ou de son application.
# SIP 607 Unwanted: common cause 2 of 3, a list item under "Common causes".
sip-607-cause-2 = Le téléphone ou l'application de l'appelé a automatiquement rejeté un appelant figurant sur sa liste d'appels indésirables.
# SIP 607 Unwanted: common cause 3 of 3, a list item under "Common causes".
sip-607-cause-3 = Un numéroteur automatique a appelé de nombreux numéros, et suffisamment de destinataires ont signalé ses appels comme indésirables.
# SIP 607 Unwanted: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-607-fix-visitor-1 = Ne rappelez plus cette personne depuis ce numéro ; si votre appel était légitime, contactez-la par un autre moyen, comme l'e-mail ou le courrier postal.
# SIP 607 Unwanted: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-1 = Associez l'action « Signaler comme spam » de votre client à 607, et réservez 603 à un refus ordinaire.
# SIP 607 Unwanted: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-2 = Si vous exploitez un réseau, intégrez les 607 à l'analyse des appels avec l'identité attestée de l'appelant, mais évitez de bloquer sur la foi d'un seul signalement.
# SIP 607 Unwanted: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-3 = Si vos propres appels reçoivent régulièrement des 607, revoyez vos habitudes d'appel et vos listes de consentement, signez vos appels avec STIR/SHAKEN, et enregistrez vos numéros auprès des fournisseurs d'analyse d'appels.
# SIP 607 Unwanted compared with SIP 608 Rejected: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-608 = Envoyez 607 lorsque l'appelé a jugé l'appel indésirable ; 608 est destiné à un intermédiaire qui a rejeté l'appel avant que l'appelé ne le voie.
# SIP 607 Unwanted compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-603 = 607 indique au réseau que l'appel était indésirable ; 603 le refuse simplement, sans commentaire.
# SIP 607 Unwanted compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-433 = 607 rejette un appelant jugé indésirable ; 433 rejette un appelant uniquement parce que son identité est masquée.

## SIP 608 Rejected

# SIP 608 Rejected: one-line summary at the top of the explainer (TL;DR).
sip-608-tldr = Un service du réseau, comme un filtre antispam, a rejeté votre appel avant que la personne que vous appelez ne le voie.
# SIP 608 Rejected: the paragraph under "What it means".
sip-608-meaning = La RFC 8688 définit 608 pour les intermédiaires, comme les services d'analyse d'appels ou de lutte contre la fraude, qui rejettent un appel pour le compte de l'appelé avant qu'il ne lui parvienne ; contrairement à 607, aucun humain n'a pris la décision. Comme ces filtres se trompent, la réponse peut inclure un en-tête `Call-Info` avec `purpose=jwscard` pointant vers une jCard, signée par l'intermédiaire sous forme de JSON Web Signature, qui indique à l'appelant qui contacter pour contester le blocage. En tant que 6xx, il met fin à la recherche sur les autres emplacements de l'appelé. Lorsque l'appelant se trouve sur le réseau téléphonique, la jCard ne peut pas lui parvenir : une annonce est donc le moyen habituel de lui donner les mêmes informations.
# SIP 608 Rejected: common cause 1 of 3, a list item under "Common causes".
sip-608-cause-1 = Le moteur d'analyse d'appels d'un opérateur a jugé l'appel probablement frauduleux ou automatisé, par exemple à cause de durées d'appel très courtes ou d'un numéro d'appelant qui semble usurpé.
# SIP 608 Rejected: common cause 2 of 3, a list item under "Common causes".
sip-608-cause-2 = L'appel est arrivé avec une attestation STIR/SHAKEN en échec ou de faible niveau, et la politique de l'opérateur de destination bloque ce type d'appels.
# SIP 608 Rejected: common cause 3 of 3, a list item under "Common causes".
sip-608-cause-3 = L'appelé est abonné à un service de blocage réseau qui a rejeté le numéro de l'appelant ou sa catégorie.
# SIP 608 Rejected: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-608-fix-visitor-1 = Si vous pensez que votre appel a été bloqué par erreur, utilisez les coordonnées fournies dans le message de rejet ou dans l'annonce pour demander la levée du blocage.
# SIP 608 Rejected: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-1 = Lisez l'en-tête `Call-Info` avec `purpose=jwscard`, récupérez et vérifiez la jCard signée, et utilisez ses coordonnées pour demander réparation.
# SIP 608 Rejected: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-2 = Si vous exploitez un service d'analyse, incluez toujours un `Call-Info` `jwscard` afin que les appelants légitimes puissent faire appel, et appuyez-le sur une procédure de réexamen.
# SIP 608 Rejected: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-3 = Si vos appels reçoivent des 608, vérifiez leur niveau d'attestation, vos habitudes d'appel et vos numéros d'appelant, et enregistrez vos numéros auprès des fournisseurs d'analyse des principaux opérateurs.
# SIP 608 Rejected compared with SIP 607 Unwanted: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-607 = 608 signale un rejet par un intermédiaire pour le compte de l'appelé ; 607 signale le jugement de l'appelé lui-même, pour qui l'appel est indésirable.
# SIP 608 Rejected compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-603 = 608 signifie que l'appelé n'a jamais vu l'appel ; 603 signifie que l'appelé l'a vu et l'a refusé.
# SIP 608 Rejected compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-403 = Utilisez 608 lorsqu'un service d'analyse ou de lutte contre la fraude bloque un appel, et 403 pour le refus, par la politique d'un opérateur, de la requête de l'appelant.
