### SIP response codes: the one-paragraph description shown under the title of each SIP code page
### (/<lang>/sip/<code>/). English is the source language.
###
### Each message is plain prose on ONE line. Text in `backticks` is protocol syntax (header names such
### as `Retry-After`, methods such as `INVITE`, tokens such as `sec-agree`): keep it exactly as is,
### backticks included. Keep code numbers, RFC numbers and English reason phrases (e.g. Bad Identity-Info)
### unchanged. Never use curly braces, and do not start a message with [, * or a period.

# SIP 100 Trying: the one-paragraph description under the page title.
sip-100-description = A hop-by-hop provisional response saying that the next element, a proxy or the called user agent, has received the request and is working on it. Over UDP it stops the previous hop from retransmitting the `INVITE`. Proxies never forward it: each hop sends its own, so it says nothing about whether the called party has been reached.

# SIP 180 Ringing: the one-paragraph description under the page title.
sip-180-description = The called user agent has received the `INVITE` and is alerting the user, usually by ringing. The caller typically plays a local ringback tone unless early media arrives. It normally creates an early dialog, and a forked call can bring several 180 responses from different devices.

# SIP 181 Call Is Being Forwarded: the one-paragraph description under the page title.
sip-181-description = A provisional response, sent by a proxy or the called user agent, saying that the call is being forwarded to another destination, for example by a call-forwarding rule. It is informational only: the caller keeps waiting for a final response, which will come from the new destination.

# SIP 182 Queued: the one-paragraph description under the page title.
sip-182-description = The called party is temporarily unavailable, but the server has queued the call instead of rejecting it, as a call center does. The reason phrase can carry details such as the position in the queue, and the server may send several 182 responses as it changes. The caller keeps waiting for a final response.

# SIP 183 Session Progress: the one-paragraph description under the page title.
sip-183-description = A provisional response that carries call progress information not covered by the other 1xx codes. It most often carries an SDP answer for early media, so the caller hears announcements or a network ringback tone before the call is answered; it is then usually sent reliably and acknowledged with `PRACK` (RFC 3262). The sample shows it without a body.

# SIP 199 Early Dialog Terminated: the one-paragraph description under the page title.
sip-199-description = Tells the caller and other upstream entities that one early dialog of an `INVITE` has ended before the final response is sent, for example when one branch of a forked call is rejected (RFC 6228). The caller can then release resources, such as early media, tied to that dialog. It is only sent if the request carried `Supported: 199`, and it may include a `Reason` header naming the final response that ended the dialog.

# SIP 200 OK: the one-paragraph description under the page title.
sip-200-description = The request succeeded. What that means depends on the method: for `INVITE` the called party answered and a dialog is established, which the caller confirms with `ACK`; for `REGISTER` the registrar stored the binding and lists all current contacts; for `BYE` the session is over. The sample answers a `REGISTER`.

# SIP 202 Accepted: the one-paragraph description under the page title.
# Keep the word Deprecated prominent: the page warns that this code is no longer sent by new implementations.
sip-202-description = Deprecated. It used to mean that a `SUBSCRIBE` was accepted while its authorization was still pending (RFC 3265), and it was the usual answer to `REFER`. RFC 6665 deprecated it for subscriptions and RFC 7647 did the same for `REFER`: new implementations send 200 instead, and treat a 202 from older peers as if it were a 200.

# SIP 204 No Notification: the one-paragraph description under the page title.
# Do not translate it as if it were HTTP 204 No Content; the text explains the difference.
sip-204-description = A success response to a `SUBSCRIBE` that carried a `Suppress-If-Match` header matching the current entity tag of the state (RFC 5839). The subscription is created or refreshed, but the notifier skips the `NOTIFY` that would normally follow, because the subscriber already has that state. Despite its name it has nothing to do with HTTP 204 No Content: its HTTP counterpart is 304 Not Modified.

# SIP 300 Multiple Choices: the one-paragraph description under the page title.
sip-300-description = The address in the request resolves to several locations, listed in `Contact` headers, optionally with `q` preference values. The caller or its user picks one, or tries them in turn, with new requests. The server redirects and does not forward the request itself.

# SIP 301 Moved Permanently: the one-paragraph description under the page title.
sip-301-description = The user can no longer be found at the address in the Request-URI. The caller should retry at the address in the `Contact` header and use it from now on, updating any address book or cache.

# SIP 302 Moved Temporarily: the one-paragraph description under the page title.
sip-302-description = The user is reachable for now at the address in the `Contact` header, so the caller retries the request there. Unlike 301 the original address stays valid: the redirect lasts for the time given by an `expires` parameter or `Expires` header, or applies to this call only. Redirect servers use it for call forwarding and to answer lookups without proxying.

# SIP 305 Use Proxy: the one-paragraph description under the page title.
sip-305-description = The resource must be reached through the proxy given in the `Contact` header, so the caller sends the request again via that proxy. For security reasons RFC 3261 allows only user agent servers to send it, never proxies. HTTP has deprecated its own 305, but the SIP code is still current, though rare.

# SIP 380 Alternative Service: the one-paragraph description under the page title.
sip-380-description = The call did not succeed, but other ways to reach the goal exist, such as voicemail or an emergency service. RFC 3261 says the alternatives are described in the message body without defining its format; later specifications, notably for emergency calling, define one. The sample shows only a `Contact` pointing at an alternative.

# SIP 400 Bad Request: the one-paragraph description under the page title.
sip-400-description = The request could not be understood because of malformed syntax, for example a missing mandatory header such as `Call-ID` or a `CSeq` that does not parse. Servers often change the reason phrase to name the exact problem. The client has to fix the request before sending it again.

# SIP 401 Unauthorized: the one-paragraph description under the page title.
sip-401-description = The request needs user authentication. Registrars and user agents send it with a `WWW-Authenticate` challenge, and the client retries with an `Authorization` header answering it, usually with HTTP Digest credentials. Proxies use 407 instead.

# SIP 402 Payment Required: the one-paragraph description under the page title.
sip-402-description = Reserved for future use: RFC 3261 defines the code but no behavior for it. Some providers nonetheless send it when a prepaid account has run out of credit.

# SIP 403 Forbidden: the one-paragraph description under the page title.
sip-403-description = The server understood the request and refuses to carry it out, and sending credentials again will not help. Typical causes are an account not allowed to call a destination, a `REGISTER` for an address the authenticated user may not register, or a caller blocked by policy.

# SIP 404 Not Found: the one-paragraph description under the page title.
sip-404-description = The user does not exist at the domain in the Request-URI, or that domain is not served by the recipient. The answer holds for this server only; 604 says that the user exists nowhere.

# SIP 405 Method Not Allowed: the one-paragraph description under the page title.
sip-405-description = The server knows the method but does not allow it for the address in the Request-URI. The response must include an `Allow` header listing the methods that are accepted, so the client can adapt. The sample rejects a `MESSAGE`.

# SIP 406 Not Acceptable: the one-paragraph description under the page title.
sip-406-description = The resource can only produce content that the `Accept` header of the request does not allow. For example, a notifier answers a `SUBSCRIBE` with 406 when it cannot deliver the event state in any of the formats the subscriber listed.

# SIP 407 Proxy Authentication Required: the one-paragraph description under the page title.
sip-407-description = Like 401, but the challenge comes from a proxy on the path rather than from the destination. The response carries a `Proxy-Authenticate` header, and the client retries with `Proxy-Authorization`. It is the usual answer to the first `INVITE` a phone sends through its provider's proxy.

# SIP 408 Request Timeout: the one-paragraph description under the page title.
sip-408-description = The server could not produce a final response in time, for example because it could not locate the user soon enough. A client transaction also reports it locally when its timer runs out without any final response (Timer B or F in RFC 3261). The client may retry later; unlike HTTP 408, it is not about the client sending its request too slowly.

# SIP 410 Gone: the one-paragraph description under the page title.
sip-410-description = The user was once reachable at this server but is no longer available there, and the server knows no forwarding address. The condition is expected to be permanent; when it is temporary or unknown, 404 fits better.

# SIP 412 Conditional Request Failed: the one-paragraph description under the page title.
sip-412-description = A `PUBLISH` tried to refresh, change or remove event state with a `SIP-If-Match` entity tag that the event state compositor, for example a presence server, no longer knows, typically because the publication expired (RFC 3903). The publisher should start over with an initial `PUBLISH` carrying the full state and no `SIP-If-Match`.

# SIP 413 Request Entity Too Large: the one-paragraph description under the page title.
sip-413-description = The request body is larger than the server is willing or able to process. The server may close the connection, and if the condition is temporary it includes a `Retry-After` header. Large instant messages and multipart bodies are typical triggers.

# SIP 414 Request-URI Too Long: the one-paragraph description under the page title.
sip-414-description = The Request-URI is longer than the server is willing to interpret. The client has to shorten it, for example by dropping unneeded URI parameters or embedded headers.

# SIP 415 Unsupported Media Type: the one-paragraph description under the page title.
sip-415-description = The request body uses a format, encoding or language the server does not support. The response lists what it accepts in `Accept`, `Accept-Encoding` or `Accept-Language`, depending on which part failed, and the client can resend with a body that fits.

# SIP 416 Unsupported URI Scheme: the one-paragraph description under the page title.
sip-416-description = The server does not understand the scheme of the Request-URI, for example a scheme other than `sip`, `sips` or `tel` that it does not handle. The client should retry with a URI in a scheme the server supports.

# SIP 417 Unknown Resource-Priority: the one-paragraph description under the page title.
sip-417-description = The request required priority treatment with `Require: resource-priority`, but its `Resource-Priority` header held no namespace or priority value the server understands (RFC 4412). The response lists the values the server accepts in `Accept-Resource-Priority`. It appears in government and emergency preference networks.

# SIP 420 Bad Extension: the one-paragraph description under the page title.
sip-420-description = The server does not support an extension that the request demanded with an option tag in `Require`, or in `Proxy-Require` for proxies. The response lists the unsupported option tags in `Unsupported`, so the client can retry without them.

# SIP 421 Extension Required: the one-paragraph description under the page title.
sip-421-description = The user agent server can only process the request with an extension that the client did not list in `Supported`. The response names the required option tag in a `Require` header. RFC 3261 asks servers to use it sparingly, because rejecting a request hurts interoperability more than proceeding without the extension.

# SIP 422 Session Interval Too Small: the one-paragraph description under the page title.
sip-422-description = The session timer interval requested in `Session-Expires` is shorter than the minimum this proxy or user agent accepts (RFC 4028). The response gives that minimum in `Min-SE`, and the client retries the `INVITE` or `UPDATE` with a larger interval.

# SIP 423 Interval Too Brief: the one-paragraph description under the page title.
sip-423-description = The expiration time requested, usually for a `REGISTER` binding, is shorter than the server allows, which would make refreshes too frequent. The response gives the minimum in `Min-Expires`, and the client retries with at least that value. Notifiers use the same code for a `SUBSCRIBE` with too short an expiry.

# SIP 424 Bad Location Information: the one-paragraph description under the page title.
sip-424-description = The request conveyed location information (RFC 6442) that the recipient could not use, for example because it was malformed, could not be dereferenced or was not good enough to route on. A `Geolocation-Error` header gives a code and text explaining what went wrong, so the sender can correct it. It matters mostly for emergency calls routed by the caller's location.

# SIP 425 Bad Alert Message: the one-paragraph description under the page title.
sip-425-description = A non-interactive emergency call, that is a `MESSAGE` carrying a Common Alerting Protocol (CAP) payload from a sensor or vehicle (RFC 8876), was so malformed that no reasonable emergency response could be determined. An `AlertMsg-Error` header gives a code and text saying what was wrong with the alert. The code is unrelated to the `Alert-Info` header.

# SIP 428 Use Identity Header: the one-paragraph description under the page title.
sip-428-description = The verifier's policy requires a signed `Identity` header (STIR, RFC 8224), and the request had none. The caller's authentication service has to add one, for example a SHAKEN PASSporT, before the request can succeed. RFC 4474 introduced the code; RFC 8224, which obsoletes it, keeps it.

# SIP 429 Provide Referrer Identity: the one-paragraph description under the page title.
# Unrelated to HTTP 429 Too Many Requests.
sip-429-description = Sent by the target of a transfer when the request triggered by a `REFER` lacks a valid signed `Referred-By` token, which it requires to know who asked for the transfer (RFC 3892). The referee reports the failure to the referrer in a `NOTIFY`, and the referrer can send a new `REFER` with a signed token. It has nothing to do with HTTP 429 Too Many Requests.

# SIP 430 Flow Failed: the one-paragraph description under the page title.
sip-430-description = Used inside SIP Outbound (RFC 5626): an edge proxy sends it when a request arrives for a client connection, or flow, that has failed. The authoritative proxy that receives it drops the registration bound to that flow and tries another flow or contact, so the caller normally never sees it.

# SIP 433 Anonymity Disallowed: the one-paragraph description under the page title.
sip-433-description = The request was refused because it is anonymous, for example its `From` header is anonymous or `Privacy` hides the caller's identity, and the callee's policy rejects anonymous calls (RFC 5079). The caller can retry with an identity it is willing to reveal.

# SIP 436 Bad Identity Info: the one-paragraph description under the page title.
# Bad Identity-Info is the former registered phrase; keep it in English.
sip-436-description = The verifier could not use the credential reference in the `info` parameter of the `Identity` header, for example because the URI could not be dereferenced or uses an unsupported scheme (RFC 8224). RFC 4474 registered this code as Bad Identity-Info, after the separate `Identity-Info` header it used; RFC 8224 dropped that header and renamed the code.

# SIP 437 Unsupported Credential: the one-paragraph description under the page title.
# Unsupported Certificate is the former registered phrase; keep it in English.
sip-437-description = The verifier obtained the credential, usually a certificate, used to sign the `Identity` header but does not support or trust it, for example because it chains to an unknown authority (RFC 8224). RFC 4474 called this code Unsupported Certificate; RFC 8224 renamed it to cover other kinds of credentials.

# SIP 438 Invalid Identity Header: the one-paragraph description under the page title.
sip-438-description = The `Identity` header failed verification: its signature does not match the request with the given credential, or it is malformed or inconsistent with the request (RFC 8224). This often points to an intermediary that rewrote the calling or called number after the request was signed.

# SIP 439 First Hop Lacks Outbound Support: the one-paragraph description under the page title.
sip-439-description = A registrar sends it when a `REGISTER` asks for SIP Outbound handling (RFC 5626), with `reg-id` and `+sip.instance` parameters, but the first-hop edge proxy did not indicate that it supports outbound. The user agent can register again without outbound, or through another edge proxy.

# SIP 440 Max-Breadth Exceeded: the one-paragraph description under the page title.
sip-440-description = A proxy could not fork the request because the `Max-Breadth` header did not leave enough room for the parallel branches (RFC 5393). `Max-Breadth` limits how many concurrent branches a request may spawn, which guards against amplification attacks. Fewer simultaneous targets, for example fewer contacts ringing at once, avoid it.

# SIP 469 Bad Info Package: the one-paragraph description under the page title.
sip-469-description = A user agent received an `INFO` request whose `Info-Package` it has not said it is willing to receive (RFC 6086). The response must list the packages it does accept in `Recv-Info`, which may be empty, and the sender should stop using that package in the dialog.

# SIP 470 Consent Needed: the one-paragraph description under the page title.
sip-470-description = A relay, such as a URI-list server, refuses to pass the request on to one or more recipients because they have not given permission to receive such traffic (RFC 5360). The `Permission-Missing` header lists those recipients, and the sender can ask them for permission through the consent framework before trying again.

# SIP 480 Temporarily Unavailable: the one-paragraph description under the page title.
sip-480-description = The callee's system was reached, but the callee is currently unavailable, for example not logged in, in do-not-disturb mode or not answering on any registered device; proxies also send it for a known user with no current registration. A `Retry-After` header may suggest when to try again, and the reason phrase can be made more specific.

# SIP 481 Call/Transaction Does Not Exist: the one-paragraph description under the page title.
sip-481-description = The user agent server received a request that matches no existing dialog or transaction, such as a `BYE` for a call it no longer knows, or a `CANCEL` with nothing left to cancel. It usually follows a restart, a timeout on one side, or a middlebox that altered dialog identifiers. The sample answers a `BYE`.

# SIP 482 Loop Detected: the one-paragraph description under the page title.
sip-482-description = A proxy found that the request has already passed through it with the same routing values, so it is going round in a loop. Loops come from misconfigured forwarding or routing between servers, which has to be fixed; resending the request will not help.

# SIP 483 Too Many Hops: the one-paragraph description under the page title.
sip-483-description = The request arrived with `Max-Forwards` at zero, so the element cannot forward it any further. The usual cause is a routing loop that loop detection missed, or a very long chain of proxies. A proxy may instead answer an `OPTIONS` with zero `Max-Forwards` itself.

# SIP 484 Address Incomplete: the one-paragraph description under the page title.
sip-484-description = The Request-URI is incomplete, for example a phone number with too few digits, and the server needs more. It supports overlap dialing, where the caller sends digits in successive requests until the address is complete.

# SIP 485 Ambiguous: the one-paragraph description under the page title.
sip-485-description = The Request-URI matches more than one user, for example a name shared by several people. The response may list unambiguous candidates in `Contact` headers, though servers can leave them out for privacy, and the caller picks one and retries.

# SIP 486 Busy Here: the one-paragraph description under the page title.
sip-486-description = The callee's device was reached but cannot or will not take another call right now, typically because the user is already on a call. The user may be reachable elsewhere, so proxies can still try other locations or voicemail; 600 means busy everywhere. A `Retry-After` header may suggest when to call again.

# SIP 487 Request Terminated: the one-paragraph description under the page title.
sip-487-description = The request was ended before completion by a `CANCEL` or a `BYE`, usually an `INVITE` that the caller cancelled while it was ringing. The cancelling side gets a 200 for its `CANCEL` and this 487 for the original request. It is never sent in answer to a `CANCEL` itself.

# SIP 488 Not Acceptable Here: the one-paragraph description under the page title.
sip-488-description = The user agent rejected the session description, for example because none of the offered codecs or media types can be used, and a `Warning` header should say what failed. Unlike 606 the problem concerns only this device, so another location may accept the same offer. It is also the usual answer to an unacceptable offer in a re-`INVITE` or `UPDATE`.

# SIP 489 Bad Event: the one-paragraph description under the page title.
sip-489-description = The notifier does not understand the event package named in the `Event` header of a `SUBSCRIBE` (RFC 6665); a subscriber also uses it for a `NOTIFY` about an event package it does not know. A 489 answering a `SUBSCRIBE` lists the supported packages in `Allow-Events`.

# SIP 491 Request Pending: the one-paragraph description under the page title.
sip-491-description = The user agent received a request in a dialog while a request of its own of the same kind is still pending, typically two re-`INVITE` or `UPDATE` requests crossing each other (glare). Each side waits a random time, longer for the side that chose the `Call-ID`, before retrying, so the requests stop colliding.

# SIP 493 Undecipherable: the one-paragraph description under the page title.
sip-493-description = The request carried an S/MIME encrypted body that the recipient cannot decrypt, because it lacks the matching key. The response may carry a public key that the sender should use instead.

# SIP 494 Security Agreement Required: the one-paragraph description under the page title.
sip-494-description = The server requires the client to negotiate a security mechanism first (RFC 3329), and the client has indicated that it understands the `sec-agree` extension. The response lists the server's mechanisms, such as TLS or IPsec, in `Security-Server`; the client picks one, sets it up and resends the request with `Security-Verify`. It is common in IMS access networks.

# SIP 500 Server Internal Error: the one-paragraph description under the page title.
sip-500-description = The server hit an unexpected condition that kept it from completing the request; if it knows the condition is temporary, it adds `Retry-After`. A user agent also answers 500 with `Retry-After` when a new `INVITE` arrives in a dialog before it has finished the previous one.

# SIP 501 Not Implemented: the one-paragraph description under the page title.
sip-501-description = The server does not support the functionality needed to fulfill the request, typically because a user agent does not recognize the method at all. A method it knows but does not allow for the target gets 405 instead. Proxies forward requests whatever their method, so 501 normally comes from the far end.

# SIP 502 Bad Gateway: the one-paragraph description under the page title.
sip-502-description = A server acting as a proxy or gateway received an invalid response from a downstream server it contacted. The fault lies further along the path, for example a malformed reply from a carrier or a faulty PSTN gateway.

# SIP 503 Service Unavailable: the one-paragraph description under the page title.
sip-503-description = The server is temporarily unable to handle the request, because it is overloaded or down for maintenance, and may say when to come back in `Retry-After`. Clients should try an alternate server found through DNS and avoid this one for that time. A proxy that gets only a 503 from downstream normally sends 500 upstream instead, since forwarding 503 would claim that the proxy itself is unavailable.

# SIP 504 Server Time-out: the one-paragraph description under the page title.
sip-504-description = A server acting as a proxy or gateway did not get a timely response from another server it needed, such as a location server or the next hop. Compare 408, where the server itself ran out of time to produce an answer.

# SIP 505 Version Not Supported: the one-paragraph description under the page title.
sip-505-description = The server does not support the SIP version used in the request line. Since implementations all speak SIP/2.0, it usually points to a malformed or non-SIP request.

# SIP 513 Message Too Large: the one-paragraph description under the page title.
sip-513-description = The server cannot process the request because the whole message is longer than it can handle. It is often seen over UDP, where large messages get fragmented; RFC 3261 asks clients to use a congestion-controlled transport such as TCP for requests near the path MTU. 413 concerns the body only.

# SIP 555 Push Notification Service Not Supported: the one-paragraph description under the page title.
sip-555-description = A SIP proxy that handles push notifications (RFC 8599) received a `REGISTER` whose `pn-provider` parameter names a push notification service it does not support. The response can list the services it does support with the `+sip.pns` indicator in a `Feature-Caps` header, so the app can register again with one of them.

# SIP 580 Precondition Failure: the one-paragraph description under the page title.
sip-580-description = The user agent could not meet a mandatory precondition for the session, such as reserving network resources for quality of service (RFC 3312), so the session setup fails. The response can carry a session description showing which precondition was not met.

# SIP 600 Busy Everywhere: the one-paragraph description under the page title.
sip-600-description = The callee's device was reached, and the callee is busy and does not want to take the call anywhere else at this time, so proxies stop trying other locations. A `Retry-After` header may suggest a better time. A callee who prefers not to say why uses 603 instead.

# SIP 603 Decline: the one-paragraph description under the page title.
sip-603-description = The callee's device was reached, and the user explicitly refused the call without giving a reason, for example by pressing reject. As a global failure it stops the search at other locations. A `Retry-After` header may indicate when the user will be available.

# SIP 604 Does Not Exist Anywhere: the one-paragraph description under the page title.
sip-604-description = The server has authoritative information that the user in the Request-URI does not exist anywhere, so trying other locations is pointless. It is stronger than 404, which speaks for one server or domain only.

# SIP 606 Not Acceptable: the one-paragraph description under the page title.
sip-606-description = The user's agent was reached, but some part of the session description, such as media type, bandwidth or addressing, is not acceptable, and no other location of the user would accept it either. A `Warning` header should give the reason, and the response may describe acceptable capabilities. A problem limited to one device gets 488 instead.

# SIP 607 Unwanted: the one-paragraph description under the page title.
sip-607-description = The called party did not want this call from this caller, for example because the user marked it as a nuisance or robocall (RFC 8197). Unlike 603 it tells the network that the call was unwanted, which call analytics can use to flag or block later calls from that source.

# SIP 608 Rejected: the one-paragraph description under the page title.
sip-608-description = An intermediary, typically a call-analytics or anti-fraud service, rejected the call on behalf of the callee, whose device never saw it (RFC 8688); with 607 a human decided. The response can include a `Call-Info` header with purpose `jwscard` pointing to contact details, so a caller blocked by mistake can seek redress.
