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
sip-100-tldr = The first SIP server on the path has received your call request and is working on it; nothing more is known yet.
# SIP 100 Trying: the paragraph under "What it means".
sip-100-meaning = 100 Trying is the only provisional response that is purely hop-by-hop: each proxy or user agent that receives an `INVITE` may answer it itself, and proxies absorb the 100s arriving from downstream instead of relaying them. Its job is transport housekeeping: as soon as an `INVITE` client transaction sees any provisional response, it moves to the Proceeding state, stops retransmitting the request over UDP (Timer A) and no longer runs the 32-second Timer B, so a call that is never answered is ended later by a proxy's Timer C or by the caller giving up. RFC 3261 asks a stateful proxy to send 100 whenever it cannot produce a final response within 200 ms. A 100 normally carries no To tag, never creates a dialog and has no body. For non-`INVITE` requests RFC 4320 restricts it: over UDP an element must not send 100 before the client's Timer E has grown to T2, because an early 100 only slows down the client's retransmissions.
# SIP 100 Trying: common cause 1 of 3, a list item under "Common causes".
sip-100-cause-1 = A stateful proxy or B2BUA, such as Kamailio with the `tm` module or a PBX, answers every incoming `INVITE` with 100 before it starts routing it.
# SIP 100 Trying: common cause 2 of 3, a list item under "Common causes".
sip-100-cause-2 = The callee's phone sends 100 straight away because preparing the 180 takes longer than 200 ms, for example while it looks up a local contact or wakes a mobile app.
# SIP 100 Trying: common cause 3 of 3, a list item under "Common causes".
sip-100-cause-3 = A call that shows 100 and then nothing: the first hop accepted the `INVITE`, but the next hop is unreachable or silent, so no 180 or final response ever comes back.
# SIP 100 Trying: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-100-fix-visitor-1 = Nothing: your phone handles 100 Trying by itself; it only confirms that the first server received the call.
# SIP 100 Trying: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-1 = Send 100 at once for every `INVITE` your element will not answer finally within 200 ms; Kamailio's `t_relay()` does this automatically while the `tm` parameter `auto_inv_100` is enabled, which is the default.
# SIP 100 Trying: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-2 = Never forward a 100 received from downstream and never use it to show progress to the user: send 180 or 183 for that.
# SIP 100 Trying: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-3 = If calls hang after 100, trace both legs with `sngrep` or `tcpdump -i any -s0 port 5060` to see what the next hop did with the forwarded `INVITE`; Kamailio's `fr_timer` (no reply from the next hop) and `fr_inv_timer` (ringing too long) then decide when the caller gets a 408.
# SIP 100 Trying: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-4 = Over UDP, answer non-`INVITE` requests such as `REGISTER` or `OPTIONS` directly with their final response rather than with an early 100 (RFC 4320).
# SIP 100 Trying compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-180 = Any element sends 100 as a hop-by-hop receipt as soon as it gets the `INVITE`; only the callee's device sends 180, once it is actually alerting the user.
# SIP 100 Trying compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-183 = 100 says only that the next hop is working on the request; 183 comes end to end from the far side and usually brings an SDP answer for early media.
# SIP 100 Trying compared with SIP 181 Call Is Being Forwarded: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-181 = Send 100 as a plain receipt; send 181 when your element is retargeting the call to another destination and the caller should know.

## SIP 180 Ringing

# SIP 180 Ringing: one-line summary at the top of the explainer (TL;DR).
sip-180-tldr = The phone you called has your call and is ringing.
# SIP 180 Ringing: the paragraph under "What it means".
sip-180-meaning = A 180 tells the caller that the called user agent is alerting its user. Proxies relay it upstream, and because it carries a To tag it creates an early dialog whose remote target is the `Contact` of the response. Without SDP the caller's phone plays its own ringback tone; with an SDP answer it should play the media it receives instead. A forking proxy may return several 180s with different To tags, one early dialog per ringing device. The response is unreliable unless sent with `Require: 100rel` and confirmed with `PRACK` (RFC 3262), and a UAS that rings for a long time must repeat a non-100 provisional response every minute so that proxies do not cancel the call when their 3-minute Timer C runs out.
# SIP 180 Ringing: common cause 1 of 4, a list item under "Common causes".
sip-180-cause-1 = The callee's phone or softphone received the `INVITE` and started ringing.
# SIP 180 Ringing: common cause 2 of 4, a list item under "Common causes".
sip-180-cause-2 = A forking proxy or ring group offered the call to several devices at once, and each of them answered with its own 180.
# SIP 180 Ringing: common cause 3 of 4, a list item under "Common causes".
sip-180-cause-3 = A PSTN gateway received an ISUP Address Complete or Q.931 Alerting message from the telephone network and translated it into 180.
# SIP 180 Ringing: common cause 4 of 4, a list item under "Common causes".
sip-180-cause-4 = A PBX sends a fresh 180 about once a minute during long ringing so that proxies on the path keep the `INVITE` transaction open.
# SIP 180 Ringing: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-180-fix-visitor-1 = Nothing: the other phone is ringing; wait for an answer or hang up.
# SIP 180 Ringing: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-1 = Play a local ringback tone on a 180 without SDP, and switch to the received media if a 180 or 183 brings an SDP answer; never play both at once.
# SIP 180 Ringing: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-2 = Keep one early-dialog state per To tag, because forked calls can bring 180s from several devices before one of them answers.
# SIP 180 Ringing: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-3 = If callers hear silence instead of ringing, check whether your side sends a 180 with SDP but no audio; in Asterisk, `inband_progress = yes` on a PJSIP endpoint makes it send 183 and in-band ringing instead of a bare 180.
# SIP 180 Ringing: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-4 = For long alerting, resend 180 about once a minute, or use reliable provisional responses with `100rel`, so that no proxy times out the transaction.
# SIP 180 Ringing compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-183 = Send 180 when a device is alerting and the caller can generate its own ringback; send 183 with SDP when the network or the callee has audio to play before answer, such as an announcement.
# SIP 180 Ringing compared with SIP 182 Queued: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-182 = 180 means a device is ringing now; 182 means no device is ringing yet and the call is waiting in a queue.
# SIP 180 Ringing compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-200 = 180 leaves the call ringing in an early dialog; 200 means someone answered, and the dialog is confirmed once the caller sends `ACK`.

## SIP 181 Call Is Being Forwarded

# SIP 181 Call Is Being Forwarded: one-line summary at the top of the explainer (TL;DR).
sip-181-tldr = The call is being forwarded to another number or device, so keep waiting.
# SIP 181 Call Is Being Forwarded: the paragraph under "What it means".
sip-181-meaning = A 181 tells the caller that an element on the path has retargeted the call, for example by applying a call-forwarding rule, and is now trying the new destination itself. Unlike a 3xx it asks nothing of the caller: the same `INVITE` transaction continues, and the final response will come from wherever the call ends up. Both proxies and the originally called UA may send it. Who forwarded the call, and why, is not in the 181 itself but in `History-Info` (RFC 7044) or in the historic `Diversion` header (RFC 5806), which the forwarded `INVITE` carries. Like every provisional response above 100, it is unreliable unless sent with `100rel`, so callers must not depend on receiving it.
# SIP 181 Call Is Being Forwarded: common cause 1 of 4, a list item under "Common causes".
sip-181-cause-1 = The callee has unconditional call forwarding set up, and the PBX forwards the call to a mobile number or another extension.
# SIP 181 Call Is Being Forwarded: common cause 2 of 4, a list item under "Common causes".
sip-181-cause-2 = Nobody answered within the ring timeout, and a forward-on-no-answer rule sends the call to voicemail or to a colleague.
# SIP 181 Call Is Being Forwarded: common cause 3 of 4, a list item under "Common causes".
sip-181-cause-3 = The callee is busy, and a forward-on-busy rule moves the call elsewhere instead of returning 486.
# SIP 181 Call Is Being Forwarded: common cause 4 of 4, a list item under "Common causes".
sip-181-cause-4 = A find-me/follow-me service tries the user's devices one after another and reports each new target with 181.
# SIP 181 Call Is Being Forwarded: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-181-fix-visitor-1 = Nothing: keep waiting; someone other than the person you dialed, or a voicemail box, may answer.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-1 = Send 181 when your proxy or PBX retargets a call, so callers' phones can show that it was forwarded, and record the original target and the reason in `History-Info`.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-2 = In a B2BUA, check that 181 and the `Diversion` or `History-Info` data cross from one leg to the other: many carriers need them to bill or screen forwarded calls.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-3 = Do not build caller logic that waits for 181: many servers forward silently.
# SIP 181 Call Is Being Forwarded compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-302 = Send 181 when your own server forwards the call and keeps handling it; return 302 when the caller should place the call again to the new address itself.
# SIP 181 Call Is Being Forwarded compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-180 = 181 says the call is moving on to another target; 180 comes from the target that is actually ringing.
# SIP 181 Call Is Being Forwarded compared with SIP 182 Queued: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-182 = Use 181 for a call that is being sent somewhere else; use 182 for a call that stays here, waiting in a queue.

## SIP 182 Queued

# SIP 182 Queued: one-line summary at the top of the explainer (TL;DR).
sip-182-tldr = Nobody can take your call right now, but it is waiting in a queue instead of being rejected.
# SIP 182 Queued: the paragraph under "What it means".
sip-182-meaning = A 182 lets a UAS, such as an automatic call distributor, hold an incoming call when nobody can take it yet, instead of failing it with 486. The call stays in the same `INVITE` transaction, and the server may send further 182s with new reason phrases, for example "2 calls ahead of you", as the queue moves. Being provisional and unreliable, these updates may be lost, so the caller must not depend on seeing each one. Proxies cancel an `INVITE` that gets no response for three minutes (Timer C), so a long queue has to keep sending provisional responses at least once a minute. Many contact centers instead answer with 200 and play queue announcements, which starts billing but gives a sure audio path; others combine queuing with early media in a 183.
# SIP 182 Queued: common cause 1 of 3, a list item under "Common causes".
sip-182-cause-1 = A contact-center queue (ACD) has no free agent and keeps the call waiting rather than returning busy.
# SIP 182 Queued: common cause 2 of 3, a list item under "Common causes".
sip-182-cause-2 = A hunt group or attendant console queues calls while every member is on the phone.
# SIP 182 Queued: common cause 3 of 3, a list item under "Common causes".
sip-182-cause-3 = A queue application sends 182 periodically with the caller's position in the reason phrase.
# SIP 182 Queued: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-182-fix-visitor-1 = Stay on the line; the call is waiting for a free person and will be answered or ended later.
# SIP 182 Queued: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-1 = Send 182 from your queue application with the position in the reason phrase, and repeat it less than a minute apart so proxies on the path do not time out the `INVITE`.
# SIP 182 Queued: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-2 = If queued callers should hear music or announcements, send 183 with SDP (early media) or answer with 200; a bare 182 gives them nothing to hear.
# SIP 182 Queued: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-3 = On the caller side, treat 182 like any other provisional response: show its text if you like and keep waiting for the final response.
# SIP 182 Queued compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-180 = Send 182 when the call waits for someone to become free; send 180 when a device is ringing now.
# SIP 182 Queued compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-486 = Queue the call with 182 if you will deliver it once an agent is free; reject it with 486 if the callee is busy and you will not wait.
# SIP 182 Queued compared with SIP 181 Call Is Being Forwarded: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-181 = 182 keeps the call at this server in a queue; 181 reports that the call is being sent to a different target.

## SIP 183 Session Progress

# SIP 183 Session Progress: one-line summary at the top of the explainer (TL;DR).
sip-183-tldr = The call is progressing, and you may hear audio from the network, such as ringing or an announcement, before anyone answers.
# SIP 183 Session Progress: the paragraph under "What it means".
sip-183-meaning = 183 carries progress information that the other provisional codes do not express, and in practice almost always an SDP answer that opens early media, so the caller hears tones or announcements produced by the far end. A 183 with a To tag creates an early dialog. In an unreliable 183 the SDP is a preview of the answer that the 200 will repeat; sent reliably, with `Require: 100rel` and `RSeq` and confirmed by `PRACK` (RFC 3262), it completes the offer/answer exchange by itself. RFC 3960 describes how a caller should choose between local ringback and received early media, and in IMS networks the `P-Early-Media` header (RFC 5009) says whether early media is authorized. A 183 without a body is legal but tells the caller little more than 180 would.
# SIP 183 Session Progress: common cause 1 of 4, a list item under "Common causes".
sip-183-cause-1 = A PSTN gateway passes on in-band tones or announcements from the telephone network, such as "the number you have dialed is not in service", as early media.
# SIP 183 Session Progress: common cause 2 of 4, a list item under "Common causes".
sip-183-cause-2 = The carrier or PBX plays its own ringback tone or custom ringback music instead of letting the caller's phone generate one.
# SIP 183 Session Progress: common cause 3 of 4, a list item under "Common causes".
sip-183-cause-3 = An IVR or prepaid platform plays a message, for example the remaining credit, before the call is connected.
# SIP 183 Session Progress: common cause 4 of 4, a list item under "Common causes".
sip-183-cause-4 = An Asterisk dialplan calls `Progress()`, or FreeSWITCH runs `pre_answer`, to open the audio path before answering.
# SIP 183 Session Progress: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-183-fix-visitor-1 = Nothing: listen to what the network plays; if the line stays silent for a long time, hang up and try again.
# SIP 183 Session Progress: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-1 = Open the RTP stream as soon as a 183 brings SDP and play what arrives instead of local ringback; with several early dialogs, pick one as RFC 3960 describes rather than mixing them.
# SIP 183 Session Progress: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-2 = For one-way or missing early media, check NAT and firewalls: the far end sends RTP before answer, so pinholes and SBC media anchoring (rtpengine, RTPProxy) must be in place from the 183 on.
# SIP 183 Session Progress: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-3 = Send 183 reliably with `Require: 100rel` when the caller lists `100rel` in `Supported`, so the SDP answer it carries is acknowledged with `PRACK`.
# SIP 183 Session Progress: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-4 = Gateways usually map an ISDN Progress message with the "in-band information available" indicator to 183 with SDP; check that mapping if PSTN announcements never reach your callers.
# SIP 183 Session Progress compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-180 = Send 183 with SDP when the caller should hear media produced by the network; send 180 when a device is ringing and the caller's phone can make its own ringback.
# SIP 183 Session Progress compared with SIP 199 Early Dialog Terminated: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-199 = 183 opens or updates an early dialog, often with media; 199 tells the caller that one such early dialog has ended.
# SIP 183 Session Progress compared with SIP 100 Trying: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-100 = 183 travels end to end and usually opens early media; 100 is a local receipt from the next hop and never carries SDP.

## SIP 199 Early Dialog Terminated

# SIP 199 Early Dialog Terminated: one-line summary at the top of the explainer (TL;DR).
sip-199-tldr = One of the devices your call was offered to has dropped out before the call was answered; the call itself goes on.
# SIP 199 Early Dialog Terminated: the paragraph under "What it means".
sip-199-meaning = When a proxy forks an `INVITE`, the caller may hold several early dialogs, one for each device that sent a provisional response with a To tag. Without RFC 6228 the caller learns that a branch failed only when the final response arrives, and meanwhile keeps early-media streams and other resources for dead branches. A forking proxy that receives a non-2xx final response on a branch, or a UAS that ends one of its own early dialogs, can send a 199 carrying that dialog's To tag, so the caller can release what belongs to it. Support is opt-in: nobody sends 199 unless the `INVITE` carried `Supported: 199`. A 199 may include a `Reason` header (RFC 3326) with the final response that ended the branch, and must not carry an SDP offer or answer. The `INVITE` transaction stays open: the caller still waits for a final response from the remaining branches.
# SIP 199 Early Dialog Terminated: common cause 1 of 3, a list item under "Common causes".
sip-199-cause-1 = A forked call rang three devices, and one of them rejected it with 486 or 603 while the others are still ringing.
# SIP 199 Early Dialog Terminated: common cause 2 of 3, a list item under "Common causes".
sip-199-cause-2 = A branch that had sent 183 with early media failed or was canceled by the forking proxy, for example when its branch timer expired.
# SIP 199 Early Dialog Terminated: common cause 3 of 3, a list item under "Common causes".
sip-199-cause-3 = A UAS that created several early dialogs for one `INVITE` terminates the ones it will not use before sending its final response.
# SIP 199 Early Dialog Terminated: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-199-fix-visitor-1 = Nothing: the call is still ringing elsewhere, and your phone handles the notice by itself.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-1 = Add `Supported: 199` to outgoing `INVITE`s if your client can release per-dialog resources such as media gateway ports or transcoders; without it nobody sends you 199.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-2 = On a 199, stop playing early media from the To tag it names and free its RTP ports, but keep the `INVITE` transaction and the other early dialogs alive.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-3 = In a forking proxy, generate 199 only toward callers that announced support, include a `Reason` header with the branch's final code, and never send it after the final response.
# SIP 199 Early Dialog Terminated compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-183 = Send 199 when an early dialog ends before the final response; send 183 to open or update an early dialog, usually with media.
# SIP 199 Early Dialog Terminated compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-487 = 199 ends one early dialog while the call goes on; 487 ends the whole `INVITE` because it was canceled.
# SIP 199 Early Dialog Terminated compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-180 = 199 reports that one ringing branch has stopped; 180 reports that a branch has started ringing.

## SIP 200 OK

# SIP 200 OK: one-line summary at the top of the explainer (TL;DR).
sip-200-tldr = The request worked: for a call, the other side answered; for a registration, the server stored your phone's address.
# SIP 200 OK: the paragraph under "What it means".
sip-200-meaning = 200 is the generic success response, and what it confirms depends on the method. For an `INVITE` it carries the SDP answer (or the offer, if the `INVITE` had none) and confirms the dialog, which the caller must acknowledge end to end with `ACK`; the UAS retransmits the 200, starting at T1 and backing off to T2, until that `ACK` arrives, and ends the call with `BYE` if none comes within 64*T1. For a `REGISTER` the registrar lists every current binding of the address of record in `Contact` headers, each with its granted `expires` value, which may be shorter than the one requested. For `OPTIONS` it advertises capabilities in `Allow`, `Accept` and `Supported`, and for `BYE`, `CANCEL`, `SUBSCRIBE` or `REFER` it simply confirms the request. Since RFC 6665 and RFC 7647, 200 also replaces the deprecated 202 as the answer to an accepted `SUBSCRIBE` or `REFER`.
# SIP 200 OK: common cause 1 of 4, a list item under "Common causes".
sip-200-cause-1 = The callee picked up, so their device answered the `INVITE` with 200 and its SDP.
# SIP 200 OK: common cause 2 of 4, a list item under "Common causes".
sip-200-cause-2 = A phone's `REGISTER` with valid credentials was accepted by the registrar after the digest challenge.
# SIP 200 OK: common cause 3 of 4, a list item under "Common causes".
sip-200-cause-3 = A monitoring tool, SBC or load balancer sent `OPTIONS` as a keepalive, and the server answered that it is alive.
# SIP 200 OK: common cause 4 of 4, a list item under "Common causes".
sip-200-cause-4 = A `BYE` or `CANCEL` was processed, confirming that the call is ended or the pending `INVITE` is being stopped.
# SIP 200 OK: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-200-fix-visitor-1 = Nothing: the call is connected or your phone is registered, which is what you wanted.
# SIP 200 OK: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-1 = Send `ACK` for every 200 to an `INVITE`, including extra 200s from other forked branches, and end each extra dialog with `BYE` if you keep only one call.
# SIP 200 OK: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-2 = After a 200 to `REGISTER`, read the `expires` value of your own `Contact` and refresh before it runs out; if your contact is missing or shows another address, a NAT or SIP ALG rewrote it.
# SIP 200 OK: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-3 = Build the dialog from the 200: the remote target is its `Contact`, the route set is its `Record-Route` headers in reverse order, and a `Session-Expires` header sets the session-timer refresh interval.
# SIP 200 OK: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-4 = Send 200, not 202, when your notifier accepts a `SUBSCRIBE` or your UA accepts a `REFER`.
# SIP 200 OK compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-202 = Send 200 for an accepted `SUBSCRIBE` or `REFER`; 202 is deprecated for both, and receivers treat it as 200 anyway.
# SIP 200 OK compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-204 = Answer a `SUBSCRIBE` with 200 when a `NOTIFY` with the state will follow; answer with 204 only when its `Suppress-If-Match` tag matched and that `NOTIFY` is skipped.
# SIP 200 OK compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-180 = 200 is a final answer that confirms the call; 180 only says the callee's device is ringing.

## SIP 202 Accepted

# Deprecated code: keep the word Deprecated at the start of the summary; the page warns that new implementations no longer send it.
# SIP 202 Accepted: one-line summary at the top of the explainer (TL;DR).
sip-202-tldr = Deprecated: the request was accepted, the old way; current SIP software answers 200 OK instead.
# SIP 202 Accepted: the paragraph under "What it means".
sip-202-meaning = 202 once answered a `SUBSCRIBE` whose authorization was still pending (RFC 3265), and RFC 3515 made it the usual answer to a `REFER`, meaning that the transfer request was accepted and its outcome would follow in `NOTIFY` requests. RFC 6665 deprecated it for subscriptions because it told the subscriber nothing that the first `NOTIFY` does not say in its `Subscription-State` header (`pending` or `active`), and RFC 7647 did the same for `REFER`. Notifiers and REFER recipients must now send 200, and every receiver must treat a 202 exactly like a 200. The code remains registered, and older phones and PBXs still send it, mostly in answer to `REFER` during call transfers.
# SIP 202 Accepted: common cause 1 of 3, a list item under "Common causes".
sip-202-cause-1 = An older phone or PBX written against RFC 3265 or RFC 3515 answers a `REFER` for a blind or attended transfer with 202.
# SIP 202 Accepted: common cause 2 of 3, a list item under "Common causes".
sip-202-cause-2 = A legacy presence or voicemail-notification server answers `SUBSCRIBE` with 202 while the subscription waits for the user's authorization.
# SIP 202 Accepted: common cause 3 of 3, a list item under "Common causes".
sip-202-cause-3 = A SIP library or test script still returns a hard-coded 202 for `REFER` or `SUBSCRIBE`.
# SIP 202 Accepted: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-202-fix-visitor-1 = Nothing: your phone treats this like an ordinary success, and a transfer that uses it still works.
# SIP 202 Accepted: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-1 = Send 200 instead of 202 when you accept a `SUBSCRIBE` or `REFER`, and report pending authorization with `Subscription-State: pending` in the first `NOTIFY`.
# SIP 202 Accepted: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-2 = Accept 202 from older peers and process it exactly like 200: a client that waits specifically for 200 breaks transfers with older PBXs.
# SIP 202 Accepted: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-3 = Follow transfer progress through the `NOTIFY` requests with `message/sipfrag` bodies that come afterwards, not through the response code to the `REFER`.
# SIP 202 Accepted compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-200 = 202 is deprecated: send 200 for an accepted `SUBSCRIBE` or `REFER`, and only tolerate 202 when it comes from legacy peers.
# SIP 202 Accepted compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-204 = Neither replaces the other: 204 answers a `SUBSCRIBE` whose state the subscriber already has, while 202 is an obsolete acceptance that should now be 200.
# SIP 202 Accepted compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-489 = 202, now replaced by 200, accepts a subscription or transfer; 489 refuses a subscription because its event package is unknown.

## SIP 204 No Notification

# SIP 204 No Notification: one-line summary at the top of the explainer (TL;DR).
sip-204-tldr = Your subscription was set up or refreshed, and no notification follows because you already have the current state.
# SIP 204 No Notification: the paragraph under "What it means".
sip-204-meaning = RFC 5839 lets a subscriber avoid receiving the same event state twice. Each `NOTIFY` can carry an entity tag in `SIP-ETag`; when the subscriber later sends a `SUBSCRIBE` to create or refresh a subscription, it can put the last tag it saw in `Suppress-If-Match`, or `*` to match any tag. If the notifier's current state still has that tag, it answers 204 and skips the `NOTIFY` it would otherwise send straight away; the subscription, with the duration given in `Expires`, is in place just as after a 200. Later changes of state are notified as usual. A notifier that does not implement RFC 5839 ignores the unknown header and answers 200 followed by a full `NOTIFY`, so subscribers must handle both outcomes.
# SIP 204 No Notification: common cause 1 of 3, a list item under "Common causes".
sip-204-cause-1 = A presence or BLF subscriber refreshed its subscription with `Suppress-If-Match` set to the `SIP-ETag` of the last `NOTIFY`, and the state has not changed since.
# SIP 204 No Notification: common cause 2 of 3, a list item under "Common causes".
sip-204-cause-2 = A client re-subscribed after its own restart using a cached entity tag, and the watched resource's state is still the same.
# SIP 204 No Notification: common cause 3 of 3, a list item under "Common causes".
sip-204-cause-3 = A subscriber sent `Suppress-If-Match: *` to refresh the subscription without receiving the state again.
# SIP 204 No Notification: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-204-fix-visitor-1 = Nothing: your phone already shows the right presence or line status.
# SIP 204 No Notification: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-1 = Store the `SIP-ETag` of every `NOTIFY` and send it in `Suppress-If-Match` when you refresh, saving a `NOTIFY` and its body each time.
# SIP 204 No Notification: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-2 = As a notifier, compare the tag with the entity tag of the current state and send 204 with an `Expires` header only on an exact match; otherwise answer 200 and send the `NOTIFY`.
# SIP 204 No Notification: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-3 = Do not map it to HTTP 204 No Content in gateways, logs or dashboards: it is a conditional success, closest to HTTP 304.
# SIP 204 No Notification compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-200 = Answer 204 when the subscriber's tag still matches and no `NOTIFY` is needed; answer 200 in every other successful case.
# SIP 204 No Notification compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-202 = Send 204 for a matched conditional `SUBSCRIBE`; never send 202, which RFC 6665 deprecated in favor of 200.
# SIP 204 No Notification compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-489 = 204 means the subscription succeeded without a new notification; 489 means it was refused because the event package is unknown.

## SIP 300 Multiple Choices

# SIP 300 Multiple Choices: one-line summary at the top of the explainer (TL;DR).
sip-300-tldr = The person you called can be reached at several addresses, and your phone, or you, must choose one.
# SIP 300 Multiple Choices: the paragraph under "What it means".
sip-300-meaning = A redirect server returns 300 when the Request-URI maps to more than one location, listing them in `Contact` headers, ideally with `q` values between 0 and 1 that rank them. The server does not try them itself: the caller, or a proxy that recurses on redirects, sends a new request to one or more of them in a new client transaction. RFC 3261 leaves the choice to the client, which may try the addresses in order of `q`, fork to several at once, or show them to the user; a body may describe the choices but has no standard format. Contacts that were already tried, or that lead back to the original target, should be skipped so that redirects cannot loop.
# SIP 300 Multiple Choices: common cause 1 of 3, a list item under "Common causes".
sip-300-cause-1 = A user has several registered devices or numbers (office, home, mobile), and the redirect server returns all of them instead of forking the call itself.
# SIP 300 Multiple Choices: common cause 2 of 3, a list item under "Common causes".
sip-300-cause-2 = A directory or ENUM-based redirect service found several URIs for the dialed number.
# SIP 300 Multiple Choices: common cause 3 of 3, a list item under "Common causes".
sip-300-cause-3 = A SIP provider uses a redirect server for least-cost routing and lists several carrier gateways ranked by `q`.
# SIP 300 Multiple Choices: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-300-fix-visitor-1 = If your phone shows a list of addresses, pick one; otherwise nothing: your phone or provider tries them for you.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-1 = Handle 3xx in your proxy rather than passing it to phones that cannot: in Kamailio or OpenSIPS load `uac_redirect`, call `get_redirects()` in the `failure_route` and relay the call again.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-2 = Sort contacts by `q`, try them one after another or in parallel, skip any already tried, and cap the number of redirects you follow per call.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-3 = When you send 300, give each `Contact` a `q` value and leave out addresses the caller cannot reach, such as private IP addresses.
# SIP 300 Multiple Choices compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-301 = Return 300 when several current addresses exist and the caller must choose; return 301 when one new address replaces the old one for good.
# SIP 300 Multiple Choices compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-302 = Use 300 for a choice among several locations; use 302 for a single temporary location to retry at.
# SIP 300 Multiple Choices compared with SIP 485 Ambiguous: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-485 = 300 lists several locations of one and the same user; 485 says the address matches several different users and the caller must pick the right person.

## SIP 301 Moved Permanently

# SIP 301 Moved Permanently: one-line summary at the top of the explainer (TL;DR).
sip-301-tldr = The person you called has a new permanent address, and your phone should call that one instead.
# SIP 301 Moved Permanently: the paragraph under "What it means".
sip-301-meaning = A 301 says that the Request-URI no longer reaches the user, and its `Contact` header gives the address that replaces it. The caller, or a proxy that recurses on redirects, sends a new request to that address and, because the move is permanent, should also update any stored copy of the old one: address books, speed dials, routing caches. It is much rarer than 302, since most SIP forwarding is temporary and depends on a user's current settings. When the server knows that the user is gone but has no new address, the right answer is 410, not a 301 without a `Contact`.
# SIP 301 Moved Permanently: common cause 1 of 3, a list item under "Common causes".
sip-301-cause-1 = A user moved to another domain or provider, and the old domain still answers with the new address.
# SIP 301 Moved Permanently: common cause 2 of 3, a list item under "Common causes".
sip-301-cause-2 = An extension or SIP username was renamed during a PBX migration, and the old URI points to the new one.
# SIP 301 Moved Permanently: common cause 3 of 3, a list item under "Common causes".
sip-301-cause-3 = A company merged two SIP domains, and the retired domain redirects every user permanently.
# SIP 301 Moved Permanently: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-301-fix-visitor-1 = Update the contact in your address book with the new address if your phone shows it, and use that one from now on.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-1 = Follow the `Contact` of a 301 once per call and update stored URIs (address book, speed dials, routing database) so future calls go straight to the new address.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-2 = Check the new URI against your dialing policy before recursing, because a forged redirect could send callers to premium or hostile destinations.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-3 = Keep answering 301 for old URIs long enough for callers to update, then switch to 410 or 404.
# SIP 301 Moved Permanently compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-302 = Use 301 when the old address is retired for good; use 302 when the user is elsewhere only for now.
# SIP 301 Moved Permanently compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-410 = Send 301 when you know the user's new address; send 410 when the user has left and no new address is known.
# SIP 301 Moved Permanently compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-300 = 301 gives one permanent new address; 300 offers several current ones to choose from.

## SIP 302 Moved Temporarily

# SIP 302 Moved Temporarily: one-line summary at the top of the explainer (TL;DR).
sip-302-tldr = The person you called can be reached at another address for now, and your phone or provider will try there.
# SIP 302 Moved Temporarily: the paragraph under "What it means".
sip-302-meaning = A 302 hands the caller one or more temporary addresses in `Contact` and leaves it to the caller, or a recursing proxy, to send a new `INVITE` there. The original Request-URI stays valid: the redirect holds for the time given by an `expires` parameter on the `Contact` or an `Expires` header, or for this call only if neither is present, so it must not be stored as a permanent change. Redirect servers use 302 to apply call forwarding and to answer routing queries, such as number portability or least-cost routing, without staying in the signaling path. Forwarding information is often added in `Diversion` or `History-Info` so that the new target knows who forwarded the call.
# SIP 302 Moved Temporarily: common cause 1 of 3, a list item under "Common causes".
sip-302-cause-1 = The callee set call forwarding to a mobile number, and the PBX or provider implements it by redirecting the caller instead of forwarding the call itself.
# SIP 302 Moved Temporarily: common cause 2 of 3, a list item under "Common causes".
sip-302-cause-2 = A redirect server used for routing or number portability answers each query with a 302 naming the carrier or gateway to use.
# SIP 302 Moved Temporarily: common cause 3 of 3, a list item under "Common causes".
sip-302-cause-3 = A PBX dialplan moves an unanswered call with a redirect, for example Asterisk's `Transfer()` on a PJSIP channel that has not been answered yet.
# SIP 302 Moved Temporarily: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-302-fix-visitor-1 = Nothing: your phone or provider follows the redirect; if the call still fails, ask the person you called for their current number.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-1 = Make sure your side follows 302: in Asterisk choose the PJSIP endpoint's `redirect_method`, and in Kamailio or OpenSIPS call `get_redirects()` from `uac_redirect` in the `failure_route`.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-2 = Respect `expires`: cache a redirect no longer than it allows, and never treat a 302 as a permanent address change.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-3 = Limit the number of 302s followed per call and check each target against your dialing policy, so a forged or looping redirect cannot cause toll fraud.
# SIP 302 Moved Temporarily compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-301 = Send 302 while the original address still works in general; send 301 only when it has been replaced for good.
# SIP 302 Moved Temporarily compared with SIP 305 Use Proxy: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-305 = Use 302 to send the caller to another address of the user; use 305 only to tell it which proxy to go through to reach the same address.
# SIP 302 Moved Temporarily compared with SIP 380 Alternative Service: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-380 = 302 points to another address of the same user; 380 says the call failed but an alternative service, such as voicemail or emergency calling, exists.

## SIP 305 Use Proxy

# SIP 305 Use Proxy: one-line summary at the top of the explainer (TL;DR).
sip-305-tldr = Your call must go through a specific proxy, named in the response, and should be sent again that way.
# SIP 305 Use Proxy: the paragraph under "What it means".
sip-305-meaning = A 305 tells the caller that the requested resource can only be reached through the proxy given in the `Contact` header. The caller resends the request with that proxy as the next hop, normally by adding it as a `Route`, while keeping the same Request-URI. RFC 3261 allows only user agent servers to generate 305, never proxies, so that an intermediary cannot make callers route through a proxy of its own choosing. Support is patchy: many phones and PBXs ignore 305 or treat it as an ordinary failure. Its HTTP namesake was deprecated, but no SIP specification has withdrawn the SIP code.
# SIP 305 Use Proxy: common cause 1 of 3, a list item under "Common causes".
sip-305-cause-1 = A device or gateway only accepts calls that arrive through the organization's own proxy, for example for accounting or security, and the caller reached it directly.
# SIP 305 Use Proxy: common cause 2 of 3, a list item under "Common causes".
sip-305-cause-2 = A UA inside a corporate network insists that traffic come through the edge proxy, where policy is applied.
# SIP 305 Use Proxy: common cause 3 of 3, a list item under "Common causes".
sip-305-cause-3 = A legacy or test server uses 305 where a `Route` header or DNS setup should have pointed the caller at the proxy from the start.
# SIP 305 Use Proxy: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-305-fix-visitor-1 = Nothing you can change during the call; if it keeps failing, ask your provider which outbound proxy your phone should use.
# SIP 305 Use Proxy: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-1 = If you send 305, do so only from a UAS, and put the full proxy URI, with `;lr` and transport parameters where needed, in `Contact`.
# SIP 305 Use Proxy: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-2 = If your UA receives 305, resend the request through that proxy using a `Route` header, after checking that the proxy is one you trust.
# SIP 305 Use Proxy: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-3 = Configure the outbound proxy instead, for example `outbound_proxy` on an Asterisk PJSIP endpoint or the phone's outbound proxy setting, so that 305 is never needed.
# SIP 305 Use Proxy compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-302 = Send 305 when the target stays the same but must be reached through a given proxy; send 302 when the target address itself changes.
# SIP 305 Use Proxy compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-301 = 305 changes the path to the resource; 301 changes the resource's address itself, permanently.
# SIP 305 Use Proxy compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-407 = 305 says the caller came the wrong way and must use a certain proxy; 407 says it came the right way but that proxy wants its credentials.

## SIP 380 Alternative Service

# SIP 380 Alternative Service: one-line summary at the top of the explainer (TL;DR).
sip-380-tldr = The call could not go through as dialed, but another service, such as voicemail or an emergency line, can be used instead.
# SIP 380 Alternative Service: the paragraph under "What it means".
sip-380-meaning = 380 tells the caller that the call failed but that an alternative service is available. RFC 3261 says that the alternatives are described in the body without defining a format, so its practical meaning comes from the specification that uses it. The main real-world use is in IMS (3GPP TS 24.229): when the network detects that a normal call was placed to an emergency number, it answers 380 with an `application/3gpp-ims+xml` body whose `alternative-service` element tells the handset to retry as an emergency call, after an emergency registration if needed. Outside such profiles a 380 may carry just a `Contact`, for example pointing at voicemail, and the caller decides whether to follow it.
# SIP 380 Alternative Service: common cause 1 of 3, a list item under "Common causes".
sip-380-cause-1 = A mobile phone dialed an emergency number as an ordinary call, and the IMS network asks it to retry as an emergency call.
# SIP 380 Alternative Service: common cause 2 of 3, a list item under "Common causes".
sip-380-cause-2 = The callee cannot take the call, and the server points the caller to voicemail or a messaging service instead.
# SIP 380 Alternative Service: common cause 3 of 3, a list item under "Common causes".
sip-380-cause-3 = A server applies an operator-specific profile that describes the alternative in an XML body, which generic SIP phones do not understand and show as a failure.
# SIP 380 Alternative Service: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-380-fix-visitor-1 = If you called an emergency number and the call failed, dial it again at once; the phone usually retries as an emergency call by itself.
# SIP 380 Alternative Service: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-1 = In IMS user equipment, parse the `application/3gpp-ims+xml` body and, when it asks for emergency handling, retry as an emergency call to the matching `urn:service:sos` URI.
# SIP 380 Alternative Service: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-2 = When you send 380 outside IMS, include a `Contact` and a body format your clients can process; otherwise they can only treat it as a failure.
# SIP 380 Alternative Service: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-3 = Log the complete 380 body on the caller side, because the alternative is described only there.
# SIP 380 Alternative Service compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-302 = Send 380 when the requested call failed and you suggest a different kind of service; send 302 when the same user is simply at another address.
# SIP 380 Alternative Service compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-300 = 380 offers an alternative service; 300 offers several locations of the same callee.
# SIP 380 Alternative Service compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-480 = Use 380 when you can point the caller at an alternative service; use 480 when the callee is just not available now and nothing else is offered.

## SIP 400 Bad Request

# SIP 400 Bad Request: one-line summary at the top of the explainer (TL;DR).
sip-400-tldr = The server could not make sense of your request because something in it is malformed or missing.
# SIP 400 Bad Request: the paragraph under "What it means".
sip-400-meaning = 400 is the catch-all for requests that break SIP syntax or omit something mandatory: a missing `Via`, `From`, `To`, `Call-ID`, `CSeq` or `Max-Forwards`, a `CSeq` method that differs from the request line, a `Content-Length` that disagrees with the body, or an unparsable URI. RFC 3261 encourages servers to name the exact fault in the reason phrase, for example "Missing Call-ID", and some add a `Warning` header, so read both before anything else. The client must correct the request; sending it unchanged will fail the same way. More specific codes exist for some faults, such as 416 for an unknown URI scheme and 420 for an unsupported extension, and should be preferred when they apply.
# SIP 400 Bad Request: common cause 1 of 4, a list item under "Common causes".
sip-400-cause-1 = A router's SIP ALG or a firewall rewrote addresses inside the message and broke a header or made `Content-Length` wrong.
# SIP 400 Bad Request: common cause 2 of 4, a list item under "Common causes".
sip-400-cause-2 = A home-made or immature SIP stack leaves out a mandatory header, often `Max-Forwards`, or uses a `CSeq` method that differs from the request method.
# SIP 400 Bad Request: common cause 3 of 4, a list item under "Common causes".
sip-400-cause-3 = A message sent over TCP had a missing or wrong `Content-Length`, so the server read part of the next message as the body.
# SIP 400 Bad Request: common cause 4 of 4, a list item under "Common causes".
sip-400-cause-4 = A proxy's input checks, such as Kamailio's `sanity_check()`, rejected a request with an invalid URI, a bad `CSeq` number or an unparsable header.
# SIP 400 Bad Request: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-400-fix-visitor-1 = If calls fail only on your home or office network, turn off the SIP ALG (often called SIP helper) in your router and restart the phone.
# SIP 400 Bad Request: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-1 = Read the reason phrase and any `Warning` header, then capture the request with `sngrep` or `tcpdump -i any -s0 -w sip.pcap port 5060` and check it against the mandatory headers listed in RFC 3261 section 8.1.1.
# SIP 400 Bad Request: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-2 = Compare the message as sent with the message as received: differences in `Via`, `Contact` or SDP addresses reveal an ALG or another middlebox rewriting it.
# SIP 400 Bad Request: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-3 = Always send a correct `Content-Length` over TCP and TLS, where it delimits messages, and recompute it after any change to the body.
# SIP 400 Bad Request: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-4 = When your own server rejects a request with 400, put the exact fault in the reason phrase so it shows up in the sender's logs.
# SIP 400 Bad Request compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-415 = Use 400 when the message itself is malformed; use 415 when it is well formed but its body format, encoding or language is unsupported.
# SIP 400 Bad Request compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-420 = 400 rejects broken syntax; 420 rejects a correctly written `Require` or `Proxy-Require` that names an extension the server lacks.
# SIP 400 Bad Request compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-416 = Send 416 rather than 400 when the only problem is a Request-URI scheme that the server does not handle.

## SIP 401 Unauthorized

# SIP 401 Unauthorized: one-line summary at the top of the explainer (TL;DR).
sip-401-tldr = The server wants your SIP username and password before it accepts the request.
# SIP 401 Unauthorized: the paragraph under "What it means".
sip-401-meaning = A registrar or UAS that must authenticate the user answers 401 with one or more `WWW-Authenticate` challenges giving the realm, a nonce, `qop` and the digest algorithm. The client resends the request with an `Authorization` header computed from its credentials, keeping the `Call-ID` and incrementing `CSeq`. A first 401 on a `REGISTER` is normal; a second 401 in answer to the credentials means they were rejected, unless the new challenge says `stale=true`, which only asks for a retry with the fresh nonce. RFC 8760 added SHA-256 and SHA-512/256 digests to SIP beside MD5, so a server may offer several challenges and the client picks the strongest one it supports. Proxies never send 401; they challenge with 407.
# SIP 401 Unauthorized: common cause 1 of 5, a list item under "Common causes".
sip-401-cause-1 = The first `REGISTER` or `INVITE` went out without credentials, as usual, and the server challenged it.
# SIP 401 Unauthorized: common cause 2 of 5, a list item under "Common causes".
sip-401-cause-2 = The password or the authentication username in the phone is wrong; many providers use an auth ID that differs from the extension number.
# SIP 401 Unauthorized: common cause 3 of 5, a list item under "Common causes".
sip-401-cause-3 = The realm configured in the phone does not match the one in the challenge, so it answers for the wrong realm or not at all.
# SIP 401 Unauthorized: common cause 4 of 5, a list item under "Common causes".
sip-401-cause-4 = The nonce expired between challenge and retry, and the server answered again with `stale=true`.
# SIP 401 Unauthorized: common cause 5 of 5, a list item under "Common causes".
sip-401-cause-5 = The server offers only a SHA-256 challenge, and an older phone that supports only MD5 cannot answer it.
# SIP 401 Unauthorized: what the caller (a person using a SIP phone or softphone) can do, item 1 of 2 under "How to fix it (for callers)".
sip-401-fix-visitor-1 = Check the username, authentication ID and password in your phone or softphone settings, then register again.
# SIP 401 Unauthorized: what the caller (a person using a SIP phone or softphone) can do, item 2 of 2 under "How to fix it (for callers)".
sip-401-fix-visitor-2 = If the settings look right and it still fails, ask your provider whether your account is active and which authentication ID to use.
# SIP 401 Unauthorized: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-1 = Find the failure in the server log: Asterisk prints "Failed to authenticate" with the endpoint and source address, and Kamailio's `www_authorize()` returns a negative code (for example -2 for a wrong password) that you can log with `xlog`.
# SIP 401 Unauthorized: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-2 = Make the client copy realm, nonce, `opaque` and `qop` from the challenge exactly, keep `Call-ID` and increment `CSeq`; a mistake in any of them fails the check.
# SIP 401 Unauthorized: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-3 = Offer both an MD5 and a SHA-256 challenge while older phones remain, and block repeated failures from one source with fail2ban or Kamailio's `pike` and `htable` modules.
# SIP 401 Unauthorized: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-4 = If phones loop on 401 after a server restart, check whether the nonce secret changed; a correct client recovers after one `stale=true` retry.
# SIP 401 Unauthorized compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-401-vs-407 = A registrar or the called UA challenges with 401 and `WWW-Authenticate`; a proxy on the path challenges with 407 and `Proxy-Authenticate`.
# SIP 401 Unauthorized compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-401-vs-403 = Send 401 when valid credentials would let the request through; send 403 when credentials would not help, or after valid ones were refused by policy.

## SIP 402 Payment Required

# SIP 402 Payment Required: one-line summary at the top of the explainer (TL;DR).
sip-402-tldr = The provider refuses the call for a payment reason, typically an empty prepaid balance.
# SIP 402 Payment Required: the paragraph under "What it means".
sip-402-meaning = RFC 3261 reserves 402 for future use and defines no behavior, headers or body for it, so any meaning is local to the provider that sends it. In practice prepaid and wholesale platforms send it when the account has no credit left or the destination costs more than the balance allows. Clients should treat it as a final failure like any other 4xx: retrying the same request will not help until the account changes. PSTN gateways translate it to Q.850 cause 21 (call rejected), so on the telephone side the reason is lost, and callers usually learn it only from an announcement or the reason phrase.
# SIP 402 Payment Required: common cause 1 of 3, a list item under "Common causes".
sip-402-cause-1 = The caller's prepaid account has run out of credit.
# SIP 402 Payment Required: common cause 2 of 3, a list item under "Common causes".
sip-402-cause-2 = The destination, such as a premium or international number, costs more than the remaining balance or the account's credit limit.
# SIP 402 Payment Required: common cause 3 of 3, a list item under "Common causes".
sip-402-cause-3 = A wholesale customer's trunk was suspended by the carrier's billing system for an unpaid invoice.
# SIP 402 Payment Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-402-fix-visitor-1 = Check your account balance with your provider and top it up, then call again.
# SIP 402 Payment Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-1 = Treat 402 as final and tell the user that the account needs credit; do not retry or fail over to another trunk that uses the same account.
# SIP 402 Payment Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-2 = If you run a billing platform, prefer a standard code such as 403 with a clear reason phrase, or play an announcement with early media before rejecting, because many phones show 402 as an unexplained error.
# SIP 402 Payment Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-3 = Alert on 402 in CDRs of outbound trunks, since it usually points to a billing or prepayment problem rather than a network fault.
# SIP 402 Payment Required compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-402-vs-403 = 402 is an unofficial way to say the refusal is about payment; 403 is the standard refusal for any policy reason and is understood by every client.
# SIP 402 Payment Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-402-vs-401 = 402 cannot be solved with credentials; 401 asks for credentials and succeeds once they are valid.

## SIP 403 Forbidden

# SIP 403 Forbidden: one-line summary at the top of the explainer (TL;DR).
sip-403-tldr = The server understood your request and refuses it; entering your password again will not change that.
# SIP 403 Forbidden: the paragraph under "What it means".
sip-403-meaning = 403 is a policy refusal: the server knows what is being asked and will not do it for this client. RFC 3261 says that authorization will not help and the request should not be repeated, so a client must not answer it with a new digest attempt. Typical senders are registrars refusing a binding the authenticated user may not create, proxies refusing a destination the account may not call, and servers rejecting traffic from an unknown IP address. Because the code covers so many reasons, servers often name the actual one in the reason phrase; RFC 8224, for instance, uses 403 with "Stale Date" when the `Date` of a signed request is too old.
# SIP 403 Forbidden: common cause 1 of 5, a list item under "Common causes".
sip-403-cause-1 = The account is not allowed to call the destination, for example international or premium numbers blocked by the dialplan or a fraud rule.
# SIP 403 Forbidden: common cause 2 of 5, a list item under "Common causes".
sip-403-cause-2 = A phone tried to register an address of record other than the one its credentials belong to, so the `To` user does not match the authentication user.
# SIP 403 Forbidden: common cause 3 of 5, a list item under "Common causes".
sip-403-cause-3 = The source IP is not on the provider's allow list for an IP-authenticated trunk, or a PBX access list denies it.
# SIP 403 Forbidden: common cause 4 of 5, a list item under "Common causes".
sip-403-cause-4 = The account is suspended, or the server blocks the client after repeated failed logins, for example with fail2ban.
# SIP 403 Forbidden: common cause 5 of 5, a list item under "Common causes".
sip-403-cause-5 = The `From` identity or caller ID presented is one that the account may not use.
# SIP 403 Forbidden: what the caller (a person using a SIP phone or softphone) can do, item 1 of 2 under "How to fix it (for callers)".
sip-403-fix-visitor-1 = Check that you dialed the number correctly, including any prefix for an outside line, and ask your provider whether your account may call that destination.
# SIP 403 Forbidden: what the caller (a person using a SIP phone or softphone) can do, item 2 of 2 under "How to fix it (for callers)".
sip-403-fix-visitor-2 = If your phone cannot register at all, check that the user name and domain in its settings are those of your account.
# SIP 403 Forbidden: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-1 = Read the reason phrase and the server log first: Asterisk logs rejected registrations and ACL denials, and in a Kamailio script the branch that sent 403, such as a failed `check_to()`, `check_from()` or `allow_trusted()`, tells you which rule fired.
# SIP 403 Forbidden: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-2 = For IP-authenticated trunks, compare the provider's allow list with your public IP address as they see it, including NAT and failover addresses.
# SIP 403 Forbidden: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-3 = Compare the `To` and `From` users with the user in the `Authorization` header; many registrars require them to match.
# SIP 403 Forbidden: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-4 = When you send 403, give a precise reason phrase and do not challenge again: clients are told not to retry with credentials.
# SIP 403 Forbidden compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-401 = Send 403 when valid credentials would not change the decision; send 401 when the request can succeed once the user is authenticated.
# SIP 403 Forbidden compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-407 = 403 is a refusal whatever credentials are given; 407 asks for proxy credentials and succeeds once they are valid.
# SIP 403 Forbidden compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-603 = 403 comes from a server's policy about this request; 603 comes from the callee, who declined the call.

## SIP 404 Not Found

# SIP 404 Not Found: one-line summary at the top of the explainer (TL;DR).
sip-404-tldr = The number or SIP address you called does not exist on the server that received the call.
# SIP 404 Not Found: the paragraph under "What it means".
sip-404-meaning = 404 says that the user in the Request-URI does not exist at the domain, or that the domain is not one this server is responsible for. The answer speaks for this server only, which is why RFC 3261 also defines 604 for the stronger claim that the user exists nowhere; a forking proxy treats a 404 on one branch as one failure among others and keeps waiting for the rest. A server that knows the user but cannot reach any of their devices should send 480 instead, and one whose user has left for good, 410. Gateways map Q.850 cause 1 (unallocated number) to 404, so on a trunk a 404 often means the phone number is not assigned.
# SIP 404 Not Found: common cause 1 of 4, a list item under "Common causes".
sip-404-cause-1 = The number was misdialed, or dialed in a format the server does not recognize, such as national format where E.164 with `+` is expected.
# SIP 404 Not Found: common cause 2 of 4, a list item under "Common causes".
sip-404-cause-2 = The Request-URI uses an IP address or domain that the server does not consider its own, so it never looks the user up.
# SIP 404 Not Found: common cause 3 of 4, a list item under "Common causes".
sip-404-cause-3 = An Asterisk PJSIP endpoint sends calls into a dialplan context that has no matching extension.
# SIP 404 Not Found: common cause 4 of 4, a list item under "Common causes".
sip-404-cause-4 = The number is unassigned in the telephone network, and the terminating gateway reports Q.850 cause 1.
# SIP 404 Not Found: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-404-fix-visitor-1 = Check the number or address and dial it again, in full international format if you are unsure.
# SIP 404 Not Found: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-1 = Check which context and extension the call reached: in Asterisk `pjsip show endpoint` shows the context and `dialplan show` lists what it contains.
# SIP 404 Not Found: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-2 = Make sure the server recognizes all its own domains and IPs: Kamailio `alias` and `is_myself()`, the domains of the FreeSWITCH directory, Asterisk `domain_alias` objects.
# SIP 404 Not Found: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-3 = Normalize dialed numbers to one format, for example E.164, at the edge before routing lookups.
# SIP 404 Not Found: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-4 = Do not use 404 for known users who are offline: answer 480 so that callers know to try later.
# SIP 404 Not Found compared with SIP 604 Does Not Exist Anywhere: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-604 = Send 404 when the user is unknown at your server; send 604 only when you know authoritatively that the user exists nowhere.
# SIP 404 Not Found compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-410 = 404 says nothing about the past; 410 says the user was here once and is gone for good.
# SIP 404 Not Found compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-484 = Return 404 when the complete address is unknown; return 484 when the address is the beginning of a valid one and needs more digits.

## SIP 405 Method Not Allowed

# SIP 405 Method Not Allowed: one-line summary at the top of the explainer (TL;DR).
sip-405-tldr = The server recognizes the type of request you sent but will not accept it for that address.
# SIP 405 Method Not Allowed: the paragraph under "What it means".
sip-405-meaning = A 405 tells the client that the method is understood but not permitted for the Request-URI, for example `MESSAGE` to a device that does not accept instant messages or `SUBSCRIBE` to a user whose presence is not published. The response must carry an `Allow` header listing the accepted methods, and the client should use it to choose another approach instead of retrying. A method that the server does not know at all gets 501 instead. Clients can avoid 405 by checking the `Allow` header of a 200 to `OPTIONS`, or of messages already exchanged in the dialog, before using optional methods.
# SIP 405 Method Not Allowed: common cause 1 of 4, a list item under "Common causes".
sip-405-cause-1 = A softphone sent `MESSAGE` or `SUBSCRIBE` to a PBX or trunk where instant messaging or presence is disabled.
# SIP 405 Method Not Allowed: common cause 2 of 4, a list item under "Common causes".
sip-405-cause-2 = A `REFER` for a call transfer reached a device or trunk with transfers switched off.
# SIP 405 Method Not Allowed: common cause 3 of 4, a list item under "Common causes".
sip-405-cause-3 = A `PUBLISH` reached a server that knows the method but accepts it only for certain users or event packages.
# SIP 405 Method Not Allowed: common cause 4 of 4, a list item under "Common causes".
sip-405-cause-4 = An `INVITE` was sent to a URI that stands for a presence or mailbox resource, not for a callable endpoint.
# SIP 405 Method Not Allowed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-405-fix-visitor-1 = Use another feature for this contact, for example call instead of sending a chat message; the other side does not accept that kind of request.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-1 = Read the `Allow` header and fall back: use re-`INVITE` if `UPDATE` is missing, or skip line-status monitoring if `SUBSCRIBE` is missing.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-2 = Probe capabilities with `OPTIONS`, for example `sipsak -s sip:user@host`, and cache the `Allow` list per peer.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-3 = When you send 405, list every method the URI does accept in `Allow`; a missing `Allow` leaves the client no way to adapt.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-4 = In Asterisk, check the PJSIP endpoint options that switch methods off, such as `allow_subscribe` and `allow_transfer`.
# SIP 405 Method Not Allowed compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-501 = Send 405 when you know the method but do not allow it here; send 501 when you do not implement the method at all.
# SIP 405 Method Not Allowed compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-415 = 405 rejects the request method; 415 accepts the method but not the format of its body.
# SIP 405 Method Not Allowed compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-489 = 405 rejects `SUBSCRIBE` itself for this address; 489 accepts `SUBSCRIBE` but not the event package it names.

## SIP 406 Not Acceptable

# SIP 406 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
sip-406-tldr = The server cannot produce a response in any format your request said it accepts.
# SIP 406 Not Acceptable: the paragraph under "What it means".
sip-406-meaning = A 406 means that the resource exists but can only generate content in formats excluded by the request's `Accept` header, or by `Accept-Encoding` or `Accept-Language`. In SIP it mostly appears with `SUBSCRIBE`: the subscriber lists the body types it can read, such as `application/pidf+xml` for presence or `application/dialog-info+xml` for busy lamp fields, and a notifier that can only produce another format refuses with 406. The client can resend with a broader `Accept` list. It concerns what the server would send back; the format of what the client sent is the subject of 415, and an unacceptable session description that of 488 or 606.
# SIP 406 Not Acceptable: common cause 1 of 3, a list item under "Common causes".
sip-406-cause-1 = A presence subscriber accepts only `application/pidf+xml`, while the server can only produce an older format such as `application/xpidf+xml`.
# SIP 406 Not Acceptable: common cause 2 of 3, a list item under "Common causes".
sip-406-cause-2 = A busy-lamp-field `SUBSCRIBE` for the `dialog` event listed an `Accept` type that the PBX does not generate.
# SIP 406 Not Acceptable: common cause 3 of 3, a list item under "Common causes".
sip-406-cause-3 = A resource-list subscription left `multipart/related` or `application/rlmi+xml` out of `Accept`, so the server cannot deliver the list.
# SIP 406 Not Acceptable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-406-fix-visitor-1 = Nothing you can change while calling; if a contact's status never shows, update your phone's software or tell your administrator.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-1 = Compare the subscriber's `Accept` header with the formats your notifier supports, and add the missing type to the phone profile or enable it on the server.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-2 = When a `SUBSCRIBE` has no `Accept` header, use the event package's default format (for example `application/pidf+xml` for presence) instead of returning 406.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-3 = Log the rejected `Accept` value in the notifier, so provisioning mistakes show up quickly.
# SIP 406 Not Acceptable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-415 = 406 concerns the format of the response the client would receive; 415 concerns the format of the body the client sent.
# SIP 406 Not Acceptable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-488 = Use 406 for event-state or content formats named in `Accept`; use 488 for an SDP offer that this device cannot accept.
# SIP 406 Not Acceptable compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-606 = 406 concerns content formats listed in `Accept`; 606 rejects the session description wherever the user could be reached.

## SIP 407 Proxy Authentication Required

# SIP 407 Proxy Authentication Required: one-line summary at the top of the explainer (TL;DR).
sip-407-tldr = A proxy on the way wants your SIP credentials before it forwards your call.
# SIP 407 Proxy Authentication Required: the paragraph under "What it means".
sip-407-meaning = 407 is the proxy's version of 401: a proxy that must authenticate the caller answers with one or more `Proxy-Authenticate` challenges, and the client resends the request with a `Proxy-Authorization` header computed for that realm, keeping `Call-ID` and incrementing `CSeq`. Providers' outbound proxies commonly challenge every new `INVITE`, and when a request crosses several proxies or forks, the client may receive several challenges at once and must answer all of them. Like any non-2xx final response to an `INVITE`, the 407 is acknowledged with an `ACK` in the same transaction before the retry. A proxy that has checked the credentials for its own realm may remove them before forwarding, so they do not travel further.
# SIP 407 Proxy Authentication Required: common cause 1 of 4, a list item under "Common causes".
sip-407-cause-1 = The provider's outbound proxy challenges each new `INVITE`, and the first attempt went out without credentials, as phones normally do.
# SIP 407 Proxy Authentication Required: common cause 2 of 4, a list item under "Common causes".
sip-407-cause-2 = The credentials in the retry are wrong, so the proxy answers 407 again instead of forwarding the call.
# SIP 407 Proxy Authentication Required: common cause 3 of 4, a list item under "Common causes".
sip-407-cause-3 = The call crossed two proxies with different realms, and the client answered only one of the challenges.
# SIP 407 Proxy Authentication Required: common cause 4 of 4, a list item under "Common causes".
sip-407-cause-4 = The phone does not authenticate in-dialog requests such as `BYE` or re-`INVITE`, which some proxies also challenge.
# SIP 407 Proxy Authentication Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-407-fix-visitor-1 = If your calls fail right after dialing, enter your SIP password again in the phone settings; the provider's proxy did not accept it.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-1 = In Kamailio, challenge with `proxy_challenge()`, verify with `proxy_authorize()`, and strip the verified header with `consume_credentials()` before relaying.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-2 = Make the client answer every `Proxy-Authenticate` realm in one retry, and reuse a nonce for later requests only while the proxy accepts it.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-3 = If phones loop on 407, compare the realm in the challenge with the credentials configured on the phone, and read the proxy's log for the reason it rejected them.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-4 = Never challenge `ACK` or `CANCEL`: neither can be resubmitted with credentials.
# SIP 407 Proxy Authentication Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-401 = A proxy challenges with 407 and `Proxy-Authenticate`; the registrar or called UA challenges with 401 and `WWW-Authenticate`.
# SIP 407 Proxy Authentication Required compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-403 = Send 407 when the proxy needs credentials it has not yet checked; send 403 when the caller is known and still not allowed.
# SIP 407 Proxy Authentication Required compared with SIP 305 Use Proxy: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-305 = 407 asks the caller to authenticate to the proxy it is already using; 305 tells it to go through a different proxy.

## SIP 408 Request Timeout

# SIP 408 Request Timeout: one-line summary at the top of the explainer (TL;DR).
sip-408-tldr = No final answer came back in time, so the call or request was given up.
# SIP 408 Request Timeout: the paragraph under "What it means".
sip-408-meaning = In SIP, 408 concerns the server's side of the exchange: no final answer could be obtained in a reasonable time, for example because locating the user took too long or the next hop never replied. It is also generated locally: when an `INVITE` client transaction's Timer B or a non-`INVITE` transaction's Timer F expires (64*T1, 32 seconds with default timers) without a final response, the transaction layer reports a 408 to its user. Proxies also end calls that ring too long with 408, after canceling the downstream branches when their Timer C or no-answer timer runs out. RFC 4320 forbids sending 408 in answer to a non-`INVITE` request, because it would arrive only after the client had timed out anyway. Unlike HTTP 408, it says nothing about a slow client, and the same request may be tried again later.
# SIP 408 Request Timeout: common cause 1 of 5, a list item under "Common causes".
sip-408-cause-1 = The callee's registered contact is unreachable, often because the NAT binding between proxy and phone has expired, so the `INVITE` never arrives and the proxy's timer fires.
# SIP 408 Request Timeout: common cause 2 of 5, a list item under "Common causes".
sip-408-cause-2 = A firewall or SIP ALG passes SIP over UDP in one direction only, so requests leave but responses never come back.
# SIP 408 Request Timeout: common cause 3 of 5, a list item under "Common causes".
sip-408-cause-3 = The phone rang until the proxy's no-answer timer (Kamailio `fr_inv_timer`, 120 seconds by default) expired and nobody picked up.
# SIP 408 Request Timeout: common cause 4 of 5, a list item under "Common causes".
sip-408-cause-4 = The next hop, such as a carrier trunk or PSTN gateway, never sent even a 100, so the proxy's `fr_timer` expired.
# SIP 408 Request Timeout: common cause 5 of 5, a list item under "Common causes".
sip-408-cause-5 = A PSTN gateway received Q.850 cause 18 (no user responding) and mapped it to 408.
# SIP 408 Request Timeout: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-408-fix-visitor-1 = Call again later; if the calls you make keep timing out, restart your phone or router so that it reconnects to the provider.
# SIP 408 Request Timeout: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-1 = Find the hop that stayed silent: trace with `sngrep` on the proxy and look for an `INVITE` forwarded onward that got no 100 back.
# SIP 408 Request Timeout: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-2 = Keep NAT bindings alive from the phone with keepalives (CRLF or `OPTIONS` every 20 to 30 seconds, or SIP Outbound), or use TCP or TLS, so that the proxy can reach the phone.
# SIP 408 Request Timeout: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-3 = Tune timers deliberately: Kamailio `fr_timer` and `fr_inv_timer` (or per call with `t_set_fr()`), Asterisk `qualify_frequency` to detect dead contacts early, and a larger T1 only on high-latency links.
# SIP 408 Request Timeout: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-4 = Never send 408 in answer to a non-`INVITE` request; let the client's own Timer F expire instead.
# SIP 408 Request Timeout compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-504 = Send 408 when the server itself could not get a final answer in time, typically from the callee; send 504 when a server it depends on, such as another network or a location service, timed out.
# SIP 408 Request Timeout compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-480 = 408 means nobody answered in time or the target could not be reached; 480 means the server knows the callee is unavailable and says so at once.
# SIP 408 Request Timeout compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-487 = 408 ends the request because a timer ran out; 487 ends it because someone canceled it.

## SIP 410 Gone

# SIP 410 Gone: one-line summary at the top of the explainer (TL;DR).
sip-410-tldr = The person you called used to be reachable here but has left, and no new address is known.
# SIP 410 Gone: the paragraph under "What it means".
sip-410-meaning = 410 reports that the Request-URI once belonged to a user at this server who is permanently gone, with no forwarding address. It tells callers, and proxies that cache routing data, to stop using the address rather than retry it later. If the server knows where the user went, it should answer 301 with the new `Contact` instead; if it does not know whether the condition is permanent, 404 is the safer answer. Gateways map Q.850 cause 22 (number changed) to 410, so on PSTN trunks it often means that a number has changed and the network does not give the new one.
# SIP 410 Gone: common cause 1 of 3, a list item under "Common causes".
sip-410-cause-1 = An employee's extension or SIP account was deleted when they left the organization.
# SIP 410 Gone: common cause 2 of 3, a list item under "Common causes".
sip-410-cause-2 = A phone number was changed or withdrawn, and the telephone network returns Q.850 cause 22 without the new number.
# SIP 410 Gone: common cause 3 of 3, a list item under "Common causes".
sip-410-cause-3 = A service address, such as a retired hunt group or conference bridge URI, was decommissioned on purpose.
# SIP 410 Gone: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-410-fix-visitor-1 = Remove or update this contact: the address will not work again, so find the person's new number another way.
# SIP 410 Gone: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-1 = Keep a list of deleted accounts and answer 410 for them for a while, so callers and address-book syncs learn that the address is dead.
# SIP 410 Gone: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-2 = If a new address exists, answer 301 with it instead, or play an intercept announcement with early media before rejecting.
# SIP 410 Gone: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-3 = On the calling side, mark the contact invalid after a 410 and do not retry automatically.
# SIP 410 Gone compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-404 = Send 410 when you know the user existed and left for good; send 404 when you do not know the user or whether the loss is permanent.
# SIP 410 Gone compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-301 = 410 says the user is gone with no new address; 301 gives the new address.
# SIP 410 Gone compared with SIP 604 Does Not Exist Anywhere: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-604 = 410 speaks for this server, where the user used to be; 604 claims that the user exists nowhere at all.

## SIP 412 Conditional Request Failed

# SIP 412 Conditional Request Failed: one-line summary at the top of the explainer (TL;DR).
sip-412-tldr = The presence server no longer has the status your device tried to update, so the device must publish it again from scratch.
# SIP 412 Conditional Request Failed: the paragraph under "What it means".
sip-412-meaning = RFC 3903 lets a publisher create event state with an initial `PUBLISH`, then refresh, modify or remove it with later `PUBLISH` requests that put the entity tag received in `SIP-ETag` into a `SIP-If-Match` header. If the event state compositor, for example a presence server, has no publication with that tag, because it expired, was removed or was lost in a restart, it answers 412. The publisher must then send a new initial `PUBLISH` with the full state in its body and no `SIP-If-Match`, and store the tag returned in the 200. Every successful `PUBLISH` returns a new entity tag, so an older tag fails even if the publication itself still exists.
# SIP 412 Conditional Request Failed: common cause 1 of 4, a list item under "Common causes".
sip-412-cause-1 = The phone sent its refresh `PUBLISH` after the publication's `Expires` time had passed, for example after the device slept or lost its network.
# SIP 412 Conditional Request Failed: common cause 2 of 4, a list item under "Common causes".
sip-412-cause-2 = The presence server restarted and kept publications only in memory, so every entity tag it had issued was lost.
# SIP 412 Conditional Request Failed: common cause 3 of 4, a list item under "Common causes".
sip-412-cause-3 = A load balancer sent the refresh to another presence server that does not share publication state with the first.
# SIP 412 Conditional Request Failed: common cause 4 of 4, a list item under "Common causes".
sip-412-cause-4 = The client reused an older entity tag instead of the one returned by the latest 200 to `PUBLISH`.
# SIP 412 Conditional Request Failed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-412-fix-visitor-1 = Nothing: your phone republishes its status by itself; if others see a wrong status for you, switch your status once or restart the app.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-1 = On 412, drop the stored entity tag, send an initial `PUBLISH` with the complete state, and keep the `SIP-ETag` from its 200.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-2 = Refresh publications well before they expire, and always replace the stored tag with the one from the latest 200.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-3 = Share publication state between servers, for example by pointing every Kamailio `presence` module at the same database with `db_url` and tuning `publ_cache`, or pin each presentity to one server.
# SIP 412 Conditional Request Failed compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-204 = 412 means a conditional `PUBLISH` failed and the full state must be sent; 204 means a conditional `SUBSCRIBE` matched and nothing needs to be sent.
# SIP 412 Conditional Request Failed compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-423 = 412 rejects a refresh whose entity tag is unknown; 423 rejects a request whose requested expiry is too short.
# SIP 412 Conditional Request Failed compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-481 = 412 concerns a publication the server no longer has; 481 concerns a dialog or transaction it no longer has.

## SIP 413 Request Entity Too Large

# SIP 413 Request Entity Too Large: one-line summary at the top of the explainer (TL;DR).
sip-413-tldr = The content of your request, such as a text message or a session description, is bigger than the server accepts.
# SIP 413 Request Entity Too Large: the paragraph under "What it means".
sip-413-meaning = SIP sets no maximum body size, so the limit behind a 413 is the server's own policy or buffer size. If the limit is temporary, the server adds `Retry-After`; otherwise the client has to send less, and the server may close a TCP or TLS connection rather than read the rest. Instant messages are the classic trigger: RFC 3428 caps a `MESSAGE` sent outside a session at 1300 bytes unless the path is known to be congestion-controlled, and larger content belongs in an MSRP session (RFC 4975). 413 concerns the body only; when the message as a whole is too large, servers send 513.
# SIP 413 Request Entity Too Large: common cause 1 of 3, a list item under "Common causes".
sip-413-cause-1 = A `MESSAGE` carries a long text, an image or a file inline instead of using MSRP or a link to the content.
# SIP 413 Request Entity Too Large: common cause 2 of 3, a list item under "Common causes".
sip-413-cause-2 = An `INVITE` carries a very large body, for example an SDP with many codecs, video streams and dozens of ICE candidates, plus ISUP and location parts in a multipart body.
# SIP 413 Request Entity Too Large: common cause 3 of 3, a list item under "Common causes".
sip-413-cause-3 = A `PUBLISH` with a large presence document, full of tuples and embedded pictures, exceeds the presence server's body limit.
# SIP 413 Request Entity Too Large: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-413-fix-visitor-1 = Send a shorter message, or share large content such as photos another way; the server will not accept it in this form.
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-1 = Move large content out of the request: use MSRP for chat and file transfer, or refer to the content by URL with content indirection (RFC 4483).
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-2 = Trim the SDP: offer only the codecs you need and limit ICE candidates on WebRTC gateways.
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-3 = If the server's limit is too low for legitimate traffic, raise it, and add `Retry-After` when a refusal is only temporary.
# SIP 413 Request Entity Too Large compared with SIP 513 Message Too Large: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-513 = Send 413 when the body is too large; send 513 when the whole message, headers included, is more than you can handle.
# SIP 413 Request Entity Too Large compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-414 = 413 is about the size of the body; 414 is about the length of the Request-URI.
# SIP 413 Request Entity Too Large compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-415 = 413 rejects a body for its size; 415 rejects it for its format, encoding or language.

## SIP 414 Request-URI Too Long

# SIP 414 Request-URI Too Long: one-line summary at the top of the explainer (TL;DR).
sip-414-tldr = The SIP address you called is too long for the server to accept.
# SIP 414 Request-URI Too Long: the paragraph under "What it means".
sip-414-meaning = 414 rejects a request whose Request-URI exceeds the length the server is prepared to parse. SIP URIs can grow long through parameters such as `user=phone`, `transport` or `gr`, and through embedded headers after `?`, which some applications use to carry data such as `Replaces` or custom tokens. The fix is on the sender: shorten the URI by dropping unneeded parameters or moving data into real headers, then send again. Servers use the limit both as a defense against oversized input and to stop URIs that were built wrongly, for example by appending the same value in a loop.
# SIP 414 Request-URI Too Long: common cause 1 of 3, a list item under "Common causes".
sip-414-cause-1 = A click-to-call or CRM integration builds the Request-URI with long embedded headers or tracking parameters.
# SIP 414 Request-URI Too Long: common cause 2 of 3, a list item under "Common causes".
sip-414-cause-2 = A dialplan or B2BUA appends the same prefix or parameter again on every transfer or retry, so the URI keeps growing.
# SIP 414 Request-URI Too Long: common cause 3 of 3, a list item under "Common causes".
sip-414-cause-3 = A scanner or fuzzer sends an oversized URI to probe the server's parser.
# SIP 414 Request-URI Too Long: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-414-fix-visitor-1 = Check the address or number you entered for extra characters, or dial it by hand instead of from a link.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-1 = Log the full Request-URI and find what makes it long; move data into headers or the body and keep only the URI parameters that routing needs.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-2 = Check B2BUAs and dialplans that rewrite the URI for prefixes or parameters added again on each pass.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-3 = Keep a URI length limit for safety, but set it high enough for legitimate GRUUs and `tel` numbers with parameters.
# SIP 414 Request-URI Too Long compared with SIP 413 Request Entity Too Large: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-413 = 414 concerns only the Request-URI; 413 concerns the size of the body.
# SIP 414 Request-URI Too Long compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-416 = 414 rejects a URI for its length; 416 rejects it for its scheme.
# SIP 414 Request-URI Too Long compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-400 = Send 414 when the URI is well formed but too long; send 400 when it is malformed.

## SIP 415 Unsupported Media Type

# SIP 415 Unsupported Media Type: one-line summary at the top of the explainer (TL;DR).
sip-415-tldr = The server cannot handle the format of the content you sent, for example the kind of session description.
# SIP 415 Unsupported Media Type: the paragraph under "What it means".
sip-415-meaning = 415 is about what the client sent: a body whose media type, content encoding or language the server cannot handle. The response tells the client what would work: `Accept` lists acceptable media types, `Accept-Encoding` acceptable encodings and `Accept-Language` acceptable languages, depending on which part failed. The client should resend with a body that fits, or without the unsupported part. For an `INVITE` the expected body is usually `application/sdp`, so a 415 there often means that a multipart body, for example SDP plus ISUP or a location object, reached a UA that only reads plain SDP.
# SIP 415 Unsupported Media Type: common cause 1 of 4, a list item under "Common causes".
sip-415-cause-1 = A SIP-I or SIP-T trunk sends `multipart/mixed` bodies with ISUP attached, and the receiving phone or PBX accepts only `application/sdp`.
# SIP 415 Unsupported Media Type: common cause 2 of 4, a list item under "Common causes".
sip-415-cause-2 = A client compresses the body with `Content-Encoding: gzip`, which the receiver does not support.
# SIP 415 Unsupported Media Type: common cause 3 of 4, a list item under "Common causes".
sip-415-cause-3 = A `MESSAGE` arrives as `message/cpim` or `text/html`, but the device accepts only `text/plain`.
# SIP 415 Unsupported Media Type: common cause 4 of 4, a list item under "Common causes".
sip-415-cause-4 = An `INFO` or `NOTIFY` carries an XML type that the receiver never listed in `Accept`.
# SIP 415 Unsupported Media Type: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-415-fix-visitor-1 = Nothing on your phone will change this; if the problem continues, report the failed call to your provider or administrator.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-1 = Read `Accept`, `Accept-Encoding` and `Accept-Language` in the 415 and resend with a body that matches them.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-2 = Strip non-SDP parts before calls reach endpoints, for example with Kamailio's `filter_body("application/sdp")` from the `textops` module.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-3 = When you send 415, always include `Accept`, and the other `Accept-*` headers where relevant, so the client can adapt.
# SIP 415 Unsupported Media Type compared with SIP 406 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-406 = 415 is about the body the client sent; 406 is about the body the server would have to send back.
# SIP 415 Unsupported Media Type compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-488 = 415 rejects the type of the body as such; 488 understands the SDP but cannot accept the session it describes.
# SIP 415 Unsupported Media Type compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-400 = Send 415 for a well-formed body in an unsupported format; send 400 when the message cannot be parsed.

## SIP 416 Unsupported URI Scheme

# SIP 416 Unsupported URI Scheme: one-line summary at the top of the explainer (TL;DR).
sip-416-tldr = The server does not handle the kind of address you called, such as a `tel:` or `sips:` address.
# SIP 416 Unsupported URI Scheme: the paragraph under "What it means".
sip-416-meaning = 416 rejects a request because the server does not understand the scheme of the Request-URI. SIP servers must handle `sip`, and most handle `sips` and `tel`, but URIs such as `im:`, `pres:`, `mailto:` or `urn:service:sos`, or a `tel:` sent to a server that only routes `sip`, can trigger it. The client should retry with a URI in a scheme the server supports, for example by turning `tel:+15551234567` into `sip:+15551234567@provider.example;user=phone`. A server that cannot offer TLS to the destination may also use 416 to refuse a `sips` URI rather than downgrade the call's security.
# SIP 416 Unsupported URI Scheme: common cause 1 of 4, a list item under "Common causes".
sip-416-cause-1 = A phone sent a `tel:` URI to a server that only routes `sip:` URIs.
# SIP 416 Unsupported URI Scheme: common cause 2 of 4, a list item under "Common causes".
sip-416-cause-2 = A `sips:` call reached a server or trunk without TLS, which cannot keep the call secure.
# SIP 416 Unsupported URI Scheme: common cause 3 of 4, a list item under "Common causes".
sip-416-cause-3 = A web or CRM integration passed a `callto:` or similar link scheme straight into the Request-URI.
# SIP 416 Unsupported URI Scheme: common cause 4 of 4, a list item under "Common causes".
sip-416-cause-4 = An emergency call addressed to `urn:service:sos` reached a server not configured for emergency service URNs.
# SIP 416 Unsupported URI Scheme: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-416-fix-visitor-1 = Dial the number as plain digits instead of using a link, and remove any prefix such as `tel:` that you typed in.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-1 = Normalize the Request-URI at the edge: convert `tel:` to a `sip:` URI with `user=phone`, and reject unknown schemes early with a clear reason phrase.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-2 = If you accept `sips:`, configure TLS on every hop first, for example an Asterisk PJSIP transport with `protocol=tls` or Kamailio with `enable_tls`.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-3 = Check the URI that click-to-call code builds: only `sip`, `sips` and `tel` should reach a SIP server.
# SIP 416 Unsupported URI Scheme compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-400 = Send 416 when only the Request-URI scheme is unsupported; send 400 for other syntax problems.
# SIP 416 Unsupported URI Scheme compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-414 = 416 concerns the scheme of the URI; 414 concerns its length.
# SIP 416 Unsupported URI Scheme compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-404 = 416 means the server cannot handle that kind of address at all; 404 means it handles that kind but the user does not exist.

## SIP 417 Unknown Resource-Priority

# SIP 417 Unknown Resource-Priority: one-line summary at the top of the explainer (TL;DR).
sip-417-tldr = Your call asked for priority handling with a priority value the server does not recognize.
# SIP 417 Unknown Resource-Priority: the paragraph under "What it means".
sip-417-meaning = RFC 4412 lets a request claim preferential treatment with a `Resource-Priority` header whose values are namespace.priority pairs, such as `ets.0` or `wps.2` for US government emergency services or `dsn.flash` for military networks. If the request also carries `Require: resource-priority` and the server understands none of the values, it answers 417 and lists those it accepts in `Accept-Resource-Priority`. Without that `Require`, a server that does not understand the header just ignores it and handles the call at normal priority. The client can retry with one of the accepted values, or without requiring the extension.
# SIP 417 Unknown Resource-Priority: common cause 1 of 3, a list item under "Common causes".
sip-417-cause-1 = A client uses a namespace that the network has not enabled, for example `dsn` values on a network that supports only `ets` and `wps`.
# SIP 417 Unknown Resource-Priority: common cause 2 of 3, a list item under "Common causes".
sip-417-cause-2 = A priority value is misspelled or out of range for its namespace, such as `ets.5` where only `ets.0` to `ets.4` exist.
# SIP 417 Unknown Resource-Priority: common cause 3 of 3, a list item under "Common causes".
sip-417-cause-3 = A gateway between two preference networks does not translate their namespaces.
# SIP 417 Unknown Resource-Priority: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-417-fix-visitor-1 = If you make priority calls through a government or military service, report the failure to that service's help desk; ordinary callers never see this code.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-1 = Compare the `Resource-Priority` you sent with the `Accept-Resource-Priority` list, and configure the client with a supported namespace and value.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-2 = Configure the same namespaces on every proxy on the path, or map them at network boundaries.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-3 = Add `Require: resource-priority` only when the call must fail without priority treatment; otherwise let servers ignore the header.
# SIP 417 Unknown Resource-Priority compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-420 = 417 means the server supports resource priority but not the values sent; 420 means it does not support the `resource-priority` extension at all.
# SIP 417 Unknown Resource-Priority compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-421 = 417 rejects priority values the server does not know; 421 asks the client to add an extension the server requires.
# SIP 417 Unknown Resource-Priority compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-400 = Send 417 for a valid `Resource-Priority` header with unknown values; send 400 if the header is malformed.

## SIP 420 Bad Extension

# SIP 420 Bad Extension: one-line summary at the top of the explainer (TL;DR).
sip-420-tldr = Your request insisted on a SIP extension that the server does not support.
# SIP 420 Bad Extension: the paragraph under "What it means".
sip-420-meaning = A client can make SIP extensions mandatory by listing their option tags in `Require`, for the UAS, or `Proxy-Require`, for proxies; a server that does not support one of them must not process the request and answers 420 with the unsupported tags in an `Unsupported` header. The client should retry without those tags if the call can work without the extension, or give up. Tags that are only listed in `Supported` never cause a 420, so clients should put in `Require` only what the call truly cannot do without. Proxies ignore `Require` and check only `Proxy-Require`, so an unknown `Require` tag is rejected by the far-end UA, while an unknown `Proxy-Require` tag is rejected by a proxy.
# SIP 420 Bad Extension: common cause 1 of 4, a list item under "Common causes".
sip-420-cause-1 = The caller sent `Require: 100rel` to a phone or gateway that does not implement reliable provisional responses.
# SIP 420 Bad Extension: common cause 2 of 4, a list item under "Common causes".
sip-420-cause-2 = The caller sent `Require: timer` to a UA without session-timer support.
# SIP 420 Bad Extension: common cause 3 of 4, a list item under "Common causes".
sip-420-cause-3 = A UA put `Proxy-Require: sec-agree` on a request that crossed proxies outside the IMS network, which know nothing of security agreement.
# SIP 420 Bad Extension: common cause 4 of 4, a list item under "Common causes".
sip-420-cause-4 = A vendor-specific option tag ended up in `Require` and reached a peer from another vendor.
# SIP 420 Bad Extension: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-420-fix-visitor-1 = Nothing: your phone and the other side disagree on a technical feature; report the number that fails to your provider.
# SIP 420 Bad Extension: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-1 = Read the `Unsupported` header, remove those tags from `Require` or `Proxy-Require`, and retry if the call can work without them.
# SIP 420 Bad Extension: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-2 = Offer optional extensions in `Supported` rather than `Require`: on an Asterisk PJSIP endpoint use `100rel = yes` rather than `required`, and `timers = yes` rather than `required`.
# SIP 420 Bad Extension: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-3 = Identify the hop that failed: a 420 from a proxy points to `Proxy-Require`, a 420 from the far-end UA to `Require`.
# SIP 420 Bad Extension compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-421 = 420 is the server saying it lacks an extension the client required; 421 is the server saying it requires an extension the client did not offer.
# SIP 420 Bad Extension compared with SIP 417 Unknown Resource-Priority: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-417 = 420 rejects an unsupported extension; 417 rejects unknown values for the resource-priority extension, which the server does support.
# SIP 420 Bad Extension compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-494 = 420 is a plain missing-extension failure; 494 asks the client to set up a security mechanism through `sec-agree` first.

## SIP 421 Extension Required

# SIP 421 Extension Required: one-line summary at the top of the explainer (TL;DR).
sip-421-tldr = The server needs a SIP feature that your phone did not say it supports.
# SIP 421 Extension Required: the paragraph under "What it means".
sip-421-meaning = A 421 is the mirror image of 420: the UAS will only process the request if the client uses an extension that the client did not list in `Supported`, and it names the needed option tag in a `Require` header. Typical tags are `100rel` for reliable provisional responses, `timer` for session timers and `precondition` for quality-of-service preconditions. The client can retry with the tag in `Supported` if it implements the extension; otherwise the call cannot proceed with this server. RFC 3261 discourages the code: a server should work without the extension whenever possible, since a call without it beats no call at all.
# SIP 421 Extension Required: common cause 1 of 3, a list item under "Common causes".
sip-421-cause-1 = A gateway or IMS core that needs reliable early media requires `100rel`, and the caller's phone did not list it in `Supported`.
# SIP 421 Extension Required: common cause 2 of 3, a list item under "Common causes".
sip-421-cause-2 = A carrier trunk enforces session timers and rejects `INVITE`s that lack `Supported: timer`.
# SIP 421 Extension Required: common cause 3 of 3, a list item under "Common causes".
sip-421-cause-3 = A VoLTE core requires `precondition`, and the caller is a plain SIP client.
# SIP 421 Extension Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-421-fix-visitor-1 = Nothing: your phone lacks a feature the other side insists on; a firmware update or another softphone may solve it.
# SIP 421 Extension Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-1 = Read the `Require` header of the 421 and enable that extension on the client, for example `100rel = yes` and `timers = yes` on an Asterisk PJSIP endpoint, then retry.
# SIP 421 Extension Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-2 = If you run the server, make the extension optional unless it is truly mandatory, and handle calls without it where you can.
# SIP 421 Extension Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-3 = List every extension you implement in `Supported` on initial requests, so servers never have to guess.
# SIP 421 Extension Required compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-420 = 421 means the client must add an extension; 420 means the client must drop one.
# SIP 421 Extension Required compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-494 = 421 names a required extension in general; 494 is the specific case of a required `sec-agree` security mechanism, with the options listed in `Security-Server`.
# SIP 421 Extension Required compared with SIP 580 Precondition Failure: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-580 = 421 is about an extension the client did not support at all; 580 comes when both sides use preconditions but one of them could not be met.

## SIP 422 Session Interval Too Small

# SIP 422 Session Interval Too Small: one-line summary at the top of the explainer (TL;DR).
sip-422-tldr = The call refresh interval your phone asked for is too short for the server, which says what minimum it accepts.
# SIP 422 Session Interval Too Small: the paragraph under "What it means".
sip-422-meaning = Session timers (RFC 4028) make the two ends of a call refresh it with a re-`INVITE` or `UPDATE` at an interval set by `Session-Expires`, so that calls whose endpoint has vanished get cleaned up. Each proxy or UAS on the path can insist on a minimum; if `Session-Expires` is below it, that element answers 422 with its minimum in `Min-SE`. The client must retry with `Session-Expires` at least that large and put the value in its own `Min-SE` header, so that later hops cannot lower it again. RFC 4028 sets 90 seconds as the smallest permitted `Min-SE` and recommends 1800 seconds as the usual interval.
# SIP 422 Session Interval Too Small: common cause 1 of 3, a list item under "Common causes".
sip-422-cause-1 = A phone sends `Session-Expires: 90` or similar while the carrier's SBC requires at least 1800 seconds.
# SIP 422 Session Interval Too Small: common cause 2 of 3, a list item under "Common causes".
sip-422-cause-2 = One proxy on the path raised the minimum, and a later hop enforces an even higher one, so a second 422 follows the retry.
# SIP 422 Session Interval Too Small: common cause 3 of 3, a list item under "Common causes".
sip-422-cause-3 = An endpoint's session timer was lowered to detect dead calls quickly, below what the PBX accepts.
# SIP 422 Session Interval Too Small: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-422-fix-visitor-1 = Nothing: your phone normally retries with a longer interval by itself; if calls still fail, report it to your provider.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-1 = Retry automatically with `Session-Expires` equal to the `Min-SE` of the 422, and add a `Min-SE` header with that value to the new `INVITE`.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-2 = Align the settings: `timers_min_se` and `timers_sess_expires` on Asterisk PJSIP endpoints, `session-timeout` and `minimum-session-expires` in FreeSWITCH Sofia profiles.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-3 = Use the RFC 4028 default of 1800 seconds unless you must detect dead calls faster, and never go below 90.
# SIP 422 Session Interval Too Small compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-422-vs-423 = 422 is about the refresh interval of a call's session timer; 423 is about the lifetime of a registration or subscription.
# SIP 422 Session Interval Too Small compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-422-vs-420 = 422 means session timers are understood but the interval is too short; 420 with `Unsupported: timer` means they are not supported at all.

## SIP 423 Interval Too Brief

# SIP 423 Interval Too Brief: one-line summary at the top of the explainer (TL;DR).
sip-423-tldr = Your phone asked to register, or subscribe, for too short a time, and the server gives the minimum it allows.
# SIP 423 Interval Too Brief: the paragraph under "What it means".
sip-423-meaning = A registrar or notifier that finds the requested expiry too short answers 423 with the smallest value it accepts in `Min-Expires`. The client retries with the `Expires` header, or the `expires` parameter of each `Contact`, set to at least that value. RFC 3261 lets a registrar shorten a requested expiry on its own, but a too-short one can only be refused, and only when it is below one hour, which is what 423 does. Requests with an expiry of 0, which remove bindings, are not affected. The same code answers a `SUBSCRIBE` whose `Expires` is below the notifier's minimum (RFC 6665).
# SIP 423 Interval Too Brief: common cause 1 of 3, a list item under "Common causes".
sip-423-cause-1 = A phone re-registers every 30 or 60 seconds to keep its NAT mapping open, below the registrar's minimum.
# SIP 423 Interval Too Brief: common cause 2 of 3, a list item under "Common causes".
sip-423-cause-2 = The registrar's minimum was raised, for example to 3600 seconds as in the sample, to reduce load, and old phone profiles still ask for less.
# SIP 423 Interval Too Brief: common cause 3 of 3, a list item under "Common causes".
sip-423-cause-3 = A busy-lamp-field or presence client subscribes with a very short `Expires` to poll for changes.
# SIP 423 Interval Too Brief: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-423-fix-visitor-1 = Nothing: your phone should retry with a longer time by itself; if registration keeps failing, set the registration interval in its settings to the server's minimum or more.
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-1 = Retry with the `Min-Expires` value from the response, and remember it so later registrations start there.
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-2 = Keep NAT bindings open with keepalives instead of short registrations: CRLF keepalives or SIP Outbound (RFC 5626) from the phone, or `OPTIONS` from the server (Asterisk `qualify_frequency`).
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-3 = Check the server's minimum, for example Kamailio registrar `min_expires` or the Asterisk PJSIP AOR option `minimum_expiration`, and keep it consistent with the phone profiles you provision.
# SIP 423 Interval Too Brief compared with SIP 422 Session Interval Too Small: one sentence in the "Related codes" section saying when to use which.
sip-423-vs-422 = 423 concerns the lifetime of a registration or subscription; 422 concerns the session-timer interval of a call.
# SIP 423 Interval Too Brief compared with SIP 412 Conditional Request Failed: one sentence in the "Related codes" section saying when to use which.
sip-423-vs-412 = 423 rejects an expiry that is too short; 412 rejects a `PUBLISH` refresh whose entity tag is no longer known.

## SIP 424 Bad Location Information

# SIP 424 Bad Location Information: one-line summary at the top of the explainer (TL;DR).
sip-424-tldr = The location information sent with your call, usually for an emergency call, could not be used.
# SIP 424 Bad Location Information: the paragraph under "What it means".
sip-424-meaning = RFC 6442 lets a request convey the caller's location: a `Geolocation` header points either to a PIDF-LO body part, by `cid:` URI, or to a location server from which the location can be fetched, and `Geolocation-Routing` says whether proxies may route on it. A recipient that cannot use the location answers 424 with a `Geolocation-Error` header carrying a numeric code and text: 100 when the location cannot be processed, 200 to 202 when a permission is missing, and 300 when a location reference could not be dereferenced. The sender should correct the location object or reference, or send the location by value, and try again. Because the code mostly concerns emergency calls, which are routed by location, a 424 deserves prompt investigation.
# SIP 424 Bad Location Information: common cause 1 of 4, a list item under "Common causes".
sip-424-cause-1 = The PIDF-LO body is malformed or uses a location shape the recipient cannot process.
# SIP 424 Bad Location Information: common cause 2 of 4, a list item under "Common causes".
sip-424-cause-2 = The `Geolocation` header references a location server URI that the recipient cannot reach or is not allowed to query.
# SIP 424 Bad Location Information: common cause 3 of 4, a list item under "Common causes".
sip-424-cause-3 = The `Geolocation` header points to a `cid:` body part that is missing from the multipart body, for example because a B2BUA dropped it.
# SIP 424 Bad Location Information: common cause 4 of 4, a list item under "Common causes".
sip-424-cause-4 = The location is too coarse or too old for the recipient to route the call on.
# SIP 424 Bad Location Information: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-424-fix-visitor-1 = If an emergency call fails, call again at once; if you can, use a mobile phone and tell the operator your address.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-1 = Read the `Geolocation-Error` code: 100 means fix the PIDF-LO, 300 means check that the location URI can be reached from the recipient and that its TLS certificate and access rules allow the fetch.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-2 = Validate PIDF-LO documents against the RFC 4119 and RFC 5491 rules, and make sure every B2BUA passes multipart bodies and the `Geolocation` header through unchanged.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-3 = Test location provisioning with the emergency service provider before going live, and raise an alarm on every 424 in production.
# SIP 424 Bad Location Information compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-400 = 424 concerns the location data carried by otherwise valid SIP; 400 concerns malformed SIP syntax.
# SIP 424 Bad Location Information compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-415 = 424 means a supported location format could not be used; 415 means the body type itself is unsupported.
# SIP 424 Bad Location Information compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-488 = 424 rejects the location information; 488 rejects the session description.

## SIP 425 Bad Alert Message

# SIP 425 Bad Alert Message: one-line summary at the top of the explainer (TL;DR).
sip-425-tldr = The automatic alert sent as an emergency message, for example from an alarm or a car, could not be understood.
# SIP 425 Bad Alert Message: the paragraph under "What it means".
sip-425-meaning = RFC 8876 defines non-interactive emergency calls: a device such as an alarm panel, a sensor or a vehicle system sends a `MESSAGE` to an emergency service URN, carrying a Common Alerting Protocol (CAP) document as a body part of type `application/common-alerting-protocol+xml`. If the recipient cannot work out a reasonable emergency response from it, it answers 425 with an `AlertMsg-Error` header holding a code and text: 100 when the payload cannot be processed, 101 when it is missing or cannot be found, 102 when it lacks the information needed to determine the purpose of the alert, and 103 when it is corrupted. Small defects should not lead to 425: the recipient is expected to act on whatever it can use. The sender has to repair the CAP document and send it again.
# SIP 425 Bad Alert Message: common cause 1 of 4, a list item under "Common causes".
sip-425-cause-1 = The CAP document does not validate against the CAP 1.2 schema, for example because a required element such as `identifier` or `sender` is missing.
# SIP 425 Bad Alert Message: common cause 2 of 4, a list item under "Common causes".
sip-425-cause-2 = The `MESSAGE` refers to a CAP body part that is absent, or whose `Content-ID` does not match the reference.
# SIP 425 Bad Alert Message: common cause 3 of 4, a list item under "Common causes".
sip-425-cause-3 = The alert says too little to act on, for example no event type and no location, so the emergency service cannot decide what help to send.
# SIP 425 Bad Alert Message: common cause 4 of 4, a list item under "Common causes".
sip-425-cause-4 = An intermediary altered the body on the way, for example by changing its character encoding, and corrupted the XML.
# SIP 425 Bad Alert Message: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-425-fix-visitor-1 = If your alarm, sensor or vehicle system reports that an emergency alert failed, call the emergency number yourself.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-1 = Validate CAP documents against the OASIS CAP 1.2 schema before sending, and include what responders need, such as event, urgency, severity and location.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-2 = Check the multipart structure: the `Content-ID` of the CAP part must match its reference, and intermediaries must pass the body through unchanged.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-3 = Use the `AlertMsg-Error` code to pick the fix (100 processing, 101 missing payload, 102 not enough information, 103 corruption), and test with the emergency service provider before deployment.
# SIP 425 Bad Alert Message compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-415 = 425 means the alert format is supported but this CAP document is unusable; 415 means the body's media type is not supported at all.
# SIP 425 Bad Alert Message compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-400 = 425 concerns the content of the alert payload; 400 concerns the syntax of the SIP message itself.
# SIP 425 Bad Alert Message compared with SIP 424 Bad Location Information: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-424 = 425 rejects the CAP alert payload; 424 rejects the location information attached to a request.

## SIP 428 Use Identity Header

# SIP 428 Use Identity Header: one-line summary at the top of the explainer (TL;DR).
sip-428-tldr = The network receiving your call requires a signed caller identity, and the call arrived without one.
# SIP 428 Use Identity Header: the paragraph under "What it means".
sip-428-meaning = Under STIR (RFC 8224), an authentication service at the originating provider signs the calling and called numbers into a PASSporT token (RFC 8225) carried in an `Identity` header, and a verification service on the terminating side checks it. A verifier whose policy demands signed calls answers an unsigned request with 428, asking for an `Identity` header. The caller's phone rarely can add one itself: signing happens at the originating carrier, so a 428 usually points to a gap in the chain, such as a carrier that does not sign or a transit hop that drops the header. The code dates from the original identity mechanism of RFC 4474 and survived its replacement by RFC 8224. Many verifiers accept unsigned calls and only label them, so 428 reflects a deliberate policy on a particular interconnect.
# SIP 428 Use Identity Header: common cause 1 of 4, a list item under "Common causes".
sip-428-cause-1 = The originating carrier has not deployed a STIR/SHAKEN authentication service, so its calls leave without an `Identity` header.
# SIP 428 Use Identity Header: common cause 2 of 4, a list item under "Common causes".
sip-428-cause-2 = A transit carrier or a TDM segment on the path dropped the `Identity` header, so the call arrives unsigned.
# SIP 428 Use Identity Header: common cause 3 of 4, a list item under "Common causes".
sip-428-cause-3 = An enterprise PBX presented a caller ID that its trunk provider did not assign, and the provider does not sign such calls.
# SIP 428 Use Identity Header: common cause 4 of 4, a list item under "Common causes".
sip-428-cause-4 = An SBC between carrier and verifier strips unknown headers and removes `Identity` with them.
# SIP 428 Use Identity Header: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-428-fix-visitor-1 = Ask your phone provider whether your calls are signed with STIR/SHAKEN; the fix lies with them, not with your phone.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-1 = Capture the `INVITE` at each SBC on your side to see where the `Identity` header disappears; header-manipulation rules and topology hiding often remove it.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-2 = Sign outgoing calls with an authentication service, your own with an STI certificate or your carrier's, and present caller IDs that your provider can attest.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-3 = As a verifier, decide per interconnect whether to reject unsigned calls with 428 or accept and label them; rejecting partners that cannot sign yet also cuts legitimate traffic.
# SIP 428 Use Identity Header compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-438 = Send 428 when the `Identity` header is missing; send 438 when it is present but fails verification.
# SIP 428 Use Identity Header compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-436 = 428 is about a missing `Identity` header; 436 is about a present one whose credential reference cannot be used.
# SIP 428 Use Identity Header compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-437 = 428 asks for a signature in the first place; 437 rejects the credential used to make it.
# SIP 428 Use Identity Header compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-433 = 428 demands a cryptographically signed identity; 433 rejects a call whose identity the caller chose to hide.

## SIP 429 Provide Referrer Identity

# SIP 429 Provide Referrer Identity: one-line summary at the top of the explainer (TL;DR).
sip-429-tldr = The person you are being transferred to accepts the transfer only if it is signed by whoever requested it.
# SIP 429 Provide Referrer Identity: the paragraph under "What it means".
sip-429-meaning = In a transfer, the referrer sends a `REFER` to the referee, who then sends an `INVITE` to the transfer target with a `Referred-By` header naming the referrer. RFC 3892 lets the referrer back that claim with a token, an S/MIME-signed `message/sipfrag` body part referenced from `Referred-By` by a `cid` parameter. A target that requires such a token and gets none, or none that it can validate, answers the `INVITE` with 429. Only the referrer can produce the token, so the referee passes the 429 back in the `message/sipfrag` body of a `NOTIFY`, and it is up to the referrer to try the transfer again with a signed token. The code is rare in practice, because few deployments use S/MIME in SIP.
# SIP 429 Provide Referrer Identity: common cause 1 of 3, a list item under "Common causes".
sip-429-cause-1 = A transfer target configured to require RFC 3892 tokens received an `INVITE` with a plain, unsigned `Referred-By` header.
# SIP 429 Provide Referrer Identity: common cause 2 of 3, a list item under "Common causes".
sip-429-cause-2 = The referrer provided a token, but the referee did not copy it into its `INVITE` to the transfer target.
# SIP 429 Provide Referrer Identity: common cause 3 of 3, a list item under "Common causes".
sip-429-cause-3 = The target could not validate the token's signature, for example because it does not trust the referrer's certificate.
# SIP 429 Provide Referrer Identity: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-429-fix-visitor-1 = Nothing you can fix during the call; ask the person who transferred you for the number and call it directly.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-1 = If you run the transfer target, decide whether you really need signed referrer identity; most deployments instead trust `Referred-By` only from authenticated peers.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-2 = On the referee, relay the 429 to the referrer in a `NOTIFY` with a `message/sipfrag` body, so the referrer can retry with a token.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-3 = On the referrer, attach an S/MIME-signed `message/sipfrag` token referenced by the `cid` parameter of `Referred-By` when the target is known to require it.
# SIP 429 Provide Referrer Identity compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-403 = Send 429 when the transfer would be accepted if the referrer's identity were signed; send 403 when it would be refused regardless.
# SIP 429 Provide Referrer Identity compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-428 = 429 asks for a signed `Referred-By` token about who requested a transfer; 428 asks for a signed `Identity` header about who is calling.
# SIP 429 Provide Referrer Identity compared with SIP 470 Consent Needed: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-470 = 429 is about proving who asked for the transfer; 470 is about recipients who have not agreed to receive requests through a relay.

## SIP 430 Flow Failed

# SIP 430 Flow Failed: one-line summary at the top of the explainer (TL;DR).
sip-430-tldr = The connection a server was using to reach a phone has broken, so the call is tried another way.
# SIP 430 Flow Failed: the paragraph under "What it means".
sip-430-meaning = SIP Outbound (RFC 5626) lets a UA keep one or more persistent connections, called flows, open to edge proxies, and lets the authoritative proxy send incoming requests back over them. When an edge proxy is asked to forward a request over a flow that no longer works, for example a TCP connection that has closed, it answers 430 instead of trying to reach the UA some other way. On receiving it, the authoritative proxy discards the registration tied to that flow and moves on to the user's remaining flows or contacts, and the caller only learns the final result. The UA, for its part, detects the dead flow through its keepalives (CRLF for TCP, STUN for UDP) and registers again to build a new one.
# SIP 430 Flow Failed: common cause 1 of 3, a list item under "Common causes".
sip-430-cause-1 = A mobile softphone's TCP or TLS connection to the edge proxy was closed when the phone changed networks or went to sleep.
# SIP 430 Flow Failed: common cause 2 of 3, a list item under "Common causes".
sip-430-cause-2 = A NAT or firewall dropped an idle flow because the keepalive interval was longer than its timeout.
# SIP 430 Flow Failed: common cause 3 of 3, a list item under "Common causes".
sip-430-cause-3 = The edge proxy restarted and lost its connection table, so every flow through it is gone until the UAs register again.
# SIP 430 Flow Failed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-430-fix-visitor-1 = If people cannot reach you, open the softphone app or check its network connection so that it registers again.
# SIP 430 Flow Failed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-1 = Make the authoritative proxy handle 430 by dropping the binding for that flow and retrying other contacts; in Kamailio, the `outbound`, `path` and `registrar` modules together handle flow tokens and bindings.
# SIP 430 Flow Failed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-2 = Send keepalives more often than the shortest NAT timeout on the path, and honor the `Flow-Timer` header that the registrar returns.
# SIP 430 Flow Failed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-3 = Register more than one flow, with different `reg-id` values through different edge proxies, so one broken flow does not make the user unreachable.
# SIP 430 Flow Failed compared with SIP 439 First Hop Lacks Outbound Support: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-439 = 430 reports that a working outbound flow has broken; 439 reports that outbound could not be set up at registration because the first hop lacks support.
# SIP 430 Flow Failed compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-480 = 430 tells a proxy that one path to the UA has failed while others may still work; 480 tells the caller that the callee cannot be reached at all right now.
# SIP 430 Flow Failed compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-408 = 430 is an immediate answer from an edge proxy that knows the flow is dead; 408 comes when nobody answered before a timer ran out.

## SIP 433 Anonymity Disallowed

# SIP 433 Anonymity Disallowed: one-line summary at the top of the explainer (TL;DR).
sip-433-tldr = The person you called does not accept calls from hidden numbers.
# SIP 433 Anonymity Disallowed: the paragraph under "What it means".
sip-433-meaning = RFC 5079 gives callees a specific way to refuse anonymous calls. A call counts as anonymous when its `From` header carries an anonymous URI, such as `sip:anonymous@anonymous.invalid`, or when a `Privacy` header (RFC 3323), for example `Privacy: id`, asks the network to hide the caller's identity. A UAS, or a proxy acting for the callee, answers such a call with 433 rather than a generic 403 or 603, so the caller's phone can explain why the call failed and suggest calling again with the number shown. The code says nothing about whether the caller is trustworthy; it only reflects the callee's anonymous-call-rejection setting.
# SIP 433 Anonymity Disallowed: common cause 1 of 4, a list item under "Common causes".
sip-433-cause-1 = The callee has anonymous call rejection switched on at their provider or PBX.
# SIP 433 Anonymity Disallowed: common cause 2 of 4, a list item under "Common causes".
sip-433-cause-2 = The caller dialed a prefix such as `*67` in North America or `#31#` on many mobile networks to withhold their number for this call.
# SIP 433 Anonymity Disallowed: common cause 3 of 4, a list item under "Common causes".
sip-433-cause-3 = The caller's phone or account hides caller ID on every call, so its `INVITE`s carry `Privacy: id` or an anonymous `From`.
# SIP 433 Anonymity Disallowed: common cause 4 of 4, a list item under "Common causes".
sip-433-cause-4 = A PBX or trunk sends anonymous caller ID by mistake, for example because no outbound caller ID is configured.
# SIP 433 Anonymity Disallowed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-433-fix-visitor-1 = Call again with your number shown: leave out prefixes such as `*67`, or turn off the hide-caller-ID option in your phone settings.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-1 = Inspect the outgoing `INVITE` for an anonymous `From` or a `Privacy: id` header, and set a valid caller ID on the PBX trunk if anonymity was not intended.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-2 = When you reject anonymous calls, use 433 instead of 403 or 603, and consider an announcement telling callers to show their number.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-3 = Map 433 to a clear message in your softphone interface, since users rarely realize that their number is hidden.
# SIP 433 Anonymity Disallowed compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-403 = Send 433 when the only reason for refusal is that the caller is anonymous; send 403 for any other policy refusal.
# SIP 433 Anonymity Disallowed compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-428 = 433 rejects a caller who chose to hide their identity; 428 rejects a call that lacks a cryptographic signature for the identity it shows.
# SIP 433 Anonymity Disallowed compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-603 = 433 is an automatic rule against hidden numbers; 603 is the callee declining one particular call.

## SIP 436 Bad Identity Info

# SIP 436 Bad Identity Info: one-line summary at the top of the explainer (TL;DR).
sip-436-tldr = The server could not fetch or use the certificate reference attached to the signed caller identity of your call.
# SIP 436 Bad Identity Info: the paragraph under "What it means".
sip-436-meaning = Under RFC 8224, the `Identity` header carries a PASSporT signature plus an `info` parameter with the URI of the credential, usually a certificate, that the verifier must use to check it; in SHAKEN this is the same HTTPS URL as the `x5u` field of the PASSporT header. If that URI cannot be dereferenced, uses a scheme the verifier does not support, or leads to something that is not a usable credential, the verifier answers 436. The signature has not been judged at this point: the problem is only in getting the credential. The old name, Bad Identity-Info, comes from the separate `Identity-Info` header of RFC 4474, which RFC 8224 replaced with the `info` parameter.
# SIP 436 Bad Identity Info: common cause 1 of 4, a list item under "Common causes".
sip-436-cause-1 = The certificate repository behind the `info` URL is down, unreachable from the verifier, or so slow that the fetch times out.
# SIP 436 Bad Identity Info: common cause 2 of 4, a list item under "Common causes".
sip-436-cause-2 = The `info` URL uses plain HTTP or another scheme that the verifier's policy does not accept.
# SIP 436 Bad Identity Info: common cause 3 of 4, a list item under "Common causes".
sip-436-cause-3 = The URL returns an HTML error page or a file in the wrong format instead of a PEM certificate chain.
# SIP 436 Bad Identity Info: common cause 4 of 4, a list item under "Common causes".
sip-436-cause-4 = The `info` parameter and the `x5u` value in the PASSporT differ, so the verifier refuses the reference.
# SIP 436 Bad Identity Info: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-436-fix-visitor-1 = Nothing on your phone; report the failed call to your provider, whose call signing needs fixing.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-1 = Fetch the `info` URL from the verifier's network, for example with `curl -v`, and check the TLS certificate, the status code and a `Content-Type` such as `application/pem-certificate-chain`.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-2 = Host certificates on highly available HTTPS storage under a stable URL, and monitor that URL from outside your network.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-3 = Make the signing service write the same URL into the `info` parameter and the PASSporT `x5u` field.
# SIP 436 Bad Identity Info compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-437 = 436 means the credential could not be obtained or used from its reference; 437 means it was obtained but is not supported or trusted.
# SIP 436 Bad Identity Info compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-438 = 436 stops before the signature is checked; 438 means the signature was checked and failed.
# SIP 436 Bad Identity Info compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-428 = 436 concerns an `Identity` header that is present but points to an unusable credential; 428 concerns a missing `Identity` header.

## SIP 437 Unsupported Credential

# SIP 437 Unsupported Credential: one-line summary at the top of the explainer (TL;DR).
sip-437-tldr = The certificate used to sign your call's caller identity is not one the receiving network accepts.
# SIP 437 Unsupported Credential: the paragraph under "What it means".
sip-437-meaning = The verifier fetched the credential named by the `info` parameter of the `Identity` header, but cannot use it to validate the call: the certificate may chain to an authority the verifier does not trust, be expired or revoked, use an unsupported algorithm, or not cover the calling number. The verifier answers 437, and the originating authentication service has to sign with an acceptable credential. In SHAKEN the list of trusted certificate authorities is governed by a policy administrator in each country, such as the STI-PA in the United States, so a certificate from an unapproved CA is refused even if it is technically valid. Its former name under RFC 4474, Unsupported Certificate, was widened by RFC 8224 because a credential need not be a certificate.
# SIP 437 Unsupported Credential: common cause 1 of 4, a list item under "Common causes".
sip-437-cause-1 = The signing certificate was issued by a certificate authority missing from the verifier's trust list, such as a test or self-signed CA.
# SIP 437 Unsupported Credential: common cause 2 of 4, a list item under "Common causes".
sip-437-cause-2 = The certificate has expired or been revoked, for example after the provider's SHAKEN service provider code token was revoked.
# SIP 437 Unsupported Credential: common cause 3 of 4, a list item under "Common causes".
sip-437-cause-3 = The certificate does not cover the calling number, for example a delegate certificate whose TNAuthList lacks that number.
# SIP 437 Unsupported Credential: common cause 4 of 4, a list item under "Common causes".
sip-437-cause-4 = The certificate uses a key type or algorithm the verifier does not support; SHAKEN expects ES256 signatures with P-256 keys.
# SIP 437 Unsupported Credential: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-437-fix-visitor-1 = Nothing you can do on your phone; tell your provider, since the certificate they sign calls with is not accepted.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-1 = Inspect the certificate with `openssl x509 -in cert.pem -noout -text`: check the issuer, validity dates, key algorithm and the TNAuthList extension.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-2 = Renew certificates before they expire, automate the renewal, and alert well ahead of the expiry date.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-3 = Make sure your STI-CA is approved by the relevant policy administrator, and keep the verifier's trust store in line with the current CA list.
# SIP 437 Unsupported Credential compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-436 = 437 means the credential was fetched but is not acceptable; 436 means it could not be fetched or used in the first place.
# SIP 437 Unsupported Credential compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-438 = 437 rejects the signing credential; 438 rejects the signature or the header made with it.
# SIP 437 Unsupported Credential compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-428 = 437 answers a signed call whose credential is not trusted; 428 answers a call that was not signed at all.

## SIP 438 Invalid Identity Header

# SIP 438 Invalid Identity Header: one-line summary at the top of the explainer (TL;DR).
sip-438-tldr = The signed caller identity on your call failed verification, so the call was rejected.
# SIP 438 Invalid Identity Header: the paragraph under "What it means".
sip-438-meaning = The verifier obtained a usable credential, but the `Identity` header does not check out: the PASSporT signature does not verify, its claims do not match the request, for example the `orig` and `dest` numbers differ from `From` and the Request-URI or `To` after normalization, or the header is malformed. RFC 8224 uses 438 for these cases, whereas a request whose `Date` falls outside the freshness window (about a minute is usual) gets 403 with the reason phrase "Stale Date" instead. Because the signature covers the calling and called numbers and the time, any rewrite of them after signing invalidates it. Many SHAKEN verifiers accept such calls and only record the failed verification, so whether a 438 ends the call depends on local policy.
# SIP 438 Invalid Identity Header: common cause 1 of 4, a list item under "Common causes".
sip-438-cause-1 = A carrier or SBC rewrote the calling or called number after signing, for example by adding or removing a country code or a prefix.
# SIP 438 Invalid Identity Header: common cause 2 of 4, a list item under "Common causes".
sip-438-cause-2 = A B2BUA regenerated the `Date` header, so it no longer matches the `iat` value in the PASSporT.
# SIP 438 Invalid Identity Header: common cause 3 of 4, a list item under "Common causes".
sip-438-cause-3 = The signing service used a private key that does not belong to the certificate named in `info`.
# SIP 438 Invalid Identity Header: common cause 4 of 4, a list item under "Common causes".
sip-438-cause-4 = The header was truncated or altered in transit, for example by a device that limits header length.
# SIP 438 Invalid Identity Header: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-438-fix-visitor-1 = Nothing on your phone; report the failed call to your provider with the time and number, because a network element changed the call after it was signed.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-1 = Decode the PASSporT (the part of the `Identity` header before the first `;`, three base64url segments separated by dots) and compare `orig`, `dest` and `iat` with the `From`, `To` or Request-URI and `Date` of the request as received.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-2 = Sign only after all number normalization, and keep B2BUAs from changing `From`, `To` or `Date` on signed calls.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-3 = Verify test signatures in a lab with an independent library, to tell key mismatches apart from changes made in transit.
# SIP 438 Invalid Identity Header compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-436 = 438 means the signature or header failed the check; 436 means the credential needed for the check could not be obtained.
# SIP 438 Invalid Identity Header compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-437 = 438 blames the signature and its claims; 437 blames the certificate used.
# SIP 438 Invalid Identity Header compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-428 = 438 answers an `Identity` header that is present but invalid; 428 answers a request with no `Identity` header.
# SIP 438 Invalid Identity Header compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-403 = Send 438 when the signature or its claims fail; send 403 with "Stale Date" when the request is simply too old.

## SIP 439 First Hop Lacks Outbound Support

# SIP 439 First Hop Lacks Outbound Support: one-line summary at the top of the explainer (TL;DR).
sip-439-tldr = Your phone asked for a special persistent-connection mode that the network's first server does not support, so registration failed.
# SIP 439 First Hop Lacks Outbound Support: the paragraph under "What it means".
sip-439-meaning = A UA that wants SIP Outbound (RFC 5626) registers with `+sip.instance` and `reg-id` parameters in its `Contact` and `Supported: outbound`. Outbound only works if the first-hop edge proxy keeps the flow and routes back over it, which it signals by adding a `Path` header whose URI carries the `ob` parameter, unless the registrar is itself the first hop. When the registrar receives such a `REGISTER` and the first hop has not shown outbound support, it answers 439 rather than creating a binding that would fail later. The UA can register again without `reg-id`, which gives an ordinary registration, or use another edge proxy that supports outbound.
# SIP 439 First Hop Lacks Outbound Support: common cause 1 of 3, a list item under "Common causes".
sip-439-cause-1 = The phone has SIP Outbound enabled, but the SBC or edge proxy in front of the registrar does not add a `Path` with `;ob`.
# SIP 439 First Hop Lacks Outbound Support: common cause 2 of 3, a list item under "Common causes".
sip-439-cause-2 = A load balancer placed as first hop forwards registrations without adding any `Path` header.
# SIP 439 First Hop Lacks Outbound Support: common cause 3 of 3, a list item under "Common causes".
sip-439-cause-3 = The edge proxy supports outbound, but `Path` insertion is switched off in its configuration.
# SIP 439 First Hop Lacks Outbound Support: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-439-fix-visitor-1 = If your app cannot register, turn off an advanced option such as SIP Outbound in its account settings, or ask your provider which setting to use.
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-1 = On a Kamailio edge proxy, load the `outbound` and `path` modules and add `Path` with `add_path()` for registrations, and configure the registrar to use it (`use_path`, `path_mode`).
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-2 = If the edge cannot support outbound, provision phones without `reg-id` and rely on ordinary NAT keepalives instead.
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-3 = Read the failing `REGISTER` as the registrar sees it: `Supported: outbound`, `reg-id` and `+sip.instance` in `Contact`, and the first `Path` entry with or without `;ob` show which side is misconfigured.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 430 Flow Failed: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-430 = 439 refuses to set up outbound at registration time; 430 reports that an outbound flow that was working has broken.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-423 = 439 rejects a registration because the path lacks outbound support; 423 rejects it because the requested expiry is too short.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-421 = 439 is the registrar saying the network path cannot do outbound; 421 is a server saying the client itself lacks a required extension.

## SIP 440 Max-Breadth Exceeded

# SIP 440 Max-Breadth Exceeded: one-line summary at the top of the explainer (TL;DR).
sip-440-tldr = Your call would have been offered to too many devices at once, so a proxy refused to spread it further.
# SIP 440 Max-Breadth Exceeded: the paragraph under "What it means".
sip-440-meaning = RFC 5393 closed an amplification hole in SIP forking: when several proxies in a row fork in parallel, one request can multiply into a huge number of branches. The `Max-Breadth` header limits the number of concurrent branches a request and its descendants may have; a proxy that forks in parallel shares the value among its branches, and a request without the header is treated as carrying 60. If the remaining breadth is too small for the branches a proxy wants, it can fork fewer of them at once and try the rest in sequence, and if it cannot send even one branch it answers 440. Sequential forking does not use up breadth, because only one branch is active at a time.
# SIP 440 Max-Breadth Exceeded: common cause 1 of 4, a list item under "Common causes".
sip-440-cause-1 = A user with many registered devices is called through a ring group, and the proxy would fork to more contacts than the remaining `Max-Breadth` allows.
# SIP 440 Max-Breadth Exceeded: common cause 2 of 4, a list item under "Common causes".
sip-440-cause-2 = Several proxies in a row fork in parallel, for example an enterprise hunt group behind a provider's simultaneous-ring service, dividing the breadth until nothing is left.
# SIP 440 Max-Breadth Exceeded: common cause 3 of 4, a list item under "Common causes".
sip-440-cause-3 = A caller or intermediary set a deliberately low `Max-Breadth`, such as 1 or 2.
# SIP 440 Max-Breadth Exceeded: common cause 4 of 4, a list item under "Common causes".
sip-440-cause-4 = An attacker tried to amplify one request through several forking proxies, and the limit stopped it as designed.
# SIP 440 Max-Breadth Exceeded: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-440-fix-visitor-1 = Nothing: the call was offered to too many devices at once; if you are calling a group, try one person's direct number instead.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-1 = Reduce parallel forking: ring fewer contacts at once, or fork part of them sequentially, for example with Kamailio's `t_load_contacts()` and `t_next_contacts()`.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-2 = Compare `Max-Breadth` on the incoming request and on each forked branch in a trace, to find the proxy that uses up the breadth.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-3 = Do not raise or reset `Max-Breadth` in your proxy to hide the problem; the limit protects the network from amplification.
# SIP 440 Max-Breadth Exceeded compared with SIP 483 Too Many Hops: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-483 = 440 limits how wide a request spreads through parallel forking; 483 limits how many hops it travels.
# SIP 440 Max-Breadth Exceeded compared with SIP 482 Loop Detected: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-482 = 440 reports too much parallel forking; 482 reports a request that came back to a proxy it had already passed.
# SIP 440 Max-Breadth Exceeded compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-503 = 440 is a fixed limit on forking for this request; 503 means a server is overloaded or down for all requests.

## SIP 469 Bad Info Package

# SIP 469 Bad Info Package: one-line summary at the top of the explainer (TL;DR).
sip-469-tldr = The other side does not accept the kind of in-call information message your phone sent.
# SIP 469 Bad Info Package: the paragraph under "What it means".
sip-469-meaning = RFC 6086 turned `INFO` from an open-ended container into a negotiated mechanism: each side lists the Info Packages it is willing to receive in a `Recv-Info` header, in the `INVITE`, its responses and later re-`INVITE`s or `UPDATE`s, and each `INFO` names its package in `Info-Package`. A UA that receives an `INFO` for a package it has not advertised answers 469 with a `Recv-Info` header, possibly empty, listing the packages it does accept, and the sender should stop using that package in the dialog. Legacy `INFO` requests without an `Info-Package` header, still common for DTMF, fall outside this mechanism and do not get 469. The call itself is not affected.
# SIP 469 Bad Info Package: common cause 1 of 4, a list item under "Common causes".
sip-469-cause-1 = The sender ignored the peer's `Recv-Info` list and sent an `INFO` for a package the peer never offered.
# SIP 469 Bad Info Package: common cause 2 of 4, a list item under "Common causes".
sip-469-cause-2 = A re-`INVITE` or `UPDATE` changed the peer's `Recv-Info` list during the call, removing a package that was allowed before.
# SIP 469 Bad Info Package: common cause 3 of 4, a list item under "Common causes".
sip-469-cause-3 = A B2BUA did not pass `Recv-Info` between its legs, so each side advertised packages the other never saw.
# SIP 469 Bad Info Package: common cause 4 of 4, a list item under "Common causes".
sip-469-cause-4 = A WebRTC gateway sent `INFO` with the `trickle-ice` package (RFC 8840) to a peer that does not support trickle ICE.
# SIP 469 Bad Info Package: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-469-fix-visitor-1 = Nothing: the call goes on; only the extra information sent this way, such as keypad tones, may not arrive.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-1 = Keep the peer's latest `Recv-Info` list for each dialog and send `INFO` only for packages in it.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-2 = In a B2BUA, pass `Recv-Info` through or negotiate packages on each leg separately, translating between them when both sides need the data.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-3 = For DTMF, prefer RFC 4733 telephone-events in RTP, which need no `INFO` negotiation.
# SIP 469 Bad Info Package compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-489 = 469 rejects an `INFO` for a package that was not negotiated; 489 rejects a `SUBSCRIBE` or `NOTIFY` for an unknown event package.
# SIP 469 Bad Info Package compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-415 = 469 concerns the Info Package named by the `INFO`; 415 concerns the media type of a body.
# SIP 469 Bad Info Package compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-405 = 469 accepts `INFO` in general but not this package; 405 refuses the `INFO` method for this target altogether.

## SIP 470 Consent Needed

# SIP 470 Consent Needed: one-line summary at the top of the explainer (TL;DR).
sip-470-tldr = A server that relays requests to several recipients refused, because some of them have not agreed to receive them.
# SIP 470 Consent Needed: the paragraph under "What it means".
sip-470-meaning = RFC 5360 defines a consent framework for relays that turn one request into many, such as URI-list services that send a `MESSAGE` or `INVITE` to every address on a list (RFC 5365, RFC 5366). Before relaying to a recipient, the relay must hold that recipient's permission; if permission is missing for any of them, it answers 470 and lists the recipients concerned in a `Permission-Missing` header. The sender can then have the relay ask them for permission, using a request with a `Trigger-Consent` header, and each recipient grants or refuses it. The mechanism stops relays from being used to flood users who never asked for the traffic.
# SIP 470 Consent Needed: common cause 1 of 3, a list item under "Common causes".
sip-470-cause-1 = A user sent a multi-recipient `MESSAGE` through a URI-list server, and some recipients have never granted consent to that relay.
# SIP 470 Consent Needed: common cause 2 of 3, a list item under "Common causes".
sip-470-cause-2 = A conference server was asked to invite participants who have not authorized it to send them `INVITE`s.
# SIP 470 Consent Needed: common cause 3 of 3, a list item under "Common causes".
sip-470-cause-3 = A recipient revoked an earlier permission, so the relay no longer forwards requests to them.
# SIP 470 Consent Needed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-470-fix-visitor-1 = Ask the people listed as missing to accept messages from you, or contact them individually instead of through the group.
# SIP 470 Consent Needed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-1 = Read `Permission-Missing` and trigger consent requests for those URIs by sending the relay a request with `Trigger-Consent`.
# SIP 470 Consent Needed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-2 = Remove recipients who never grant permission from the list, so future requests to the group succeed.
# SIP 470 Consent Needed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-3 = If you operate the relay, make the consent process visible to users; otherwise they only see group messages failing.
# SIP 470 Consent Needed compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-403 = Send 470 when the request would be relayed once recipients grant permission; send 403 when the sender may not use the relay at all.
# SIP 470 Consent Needed compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-433 = 470 concerns recipients' consent to receive relayed traffic; 433 concerns a callee who refuses anonymous callers.
# SIP 470 Consent Needed compared with SIP 429 Provide Referrer Identity: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-429 = 470 is about whether recipients agreed to receive requests; 429 is about proving who asked for a transfer.

## SIP 480 Temporarily Unavailable

# SIP 480 Temporarily Unavailable: one-line summary at the top of the explainer (TL;DR).
sip-480-tldr = The person you called cannot be reached right now, for example because their phone is offline or set to do not disturb.
# SIP 480 Temporarily Unavailable: the paragraph under "What it means".
sip-480-meaning = 480 is the answer for a callee who exists but cannot be reached at the moment, whether through a missing registration, do-not-disturb or nobody answering, and a registrar or proxy can send it on the user's behalf when the location service holds no binding. Unlike 404, the user exists, and unlike 486, no device reported being busy. The response may carry `Retry-After` with a better time to call, and RFC 3261 encourages a more precise reason phrase, such as "User not registered". Gateways map Q.850 causes 19 (no answer from user) and 20 (subscriber absent) to 480, so it is also how the telephone network reports a mobile phone that is switched off or out of coverage.
# SIP 480 Temporarily Unavailable: common cause 1 of 4, a list item under "Common causes".
sip-480-cause-1 = The callee's phone or softphone is not registered: switched off, offline, or a mobile app stopped by the operating system.
# SIP 480 Temporarily Unavailable: common cause 2 of 4, a list item under "Common causes".
sip-480-cause-2 = The callee has do-not-disturb on, and the phone or PBX rejects calls with 480 rather than 486 or 603.
# SIP 480 Temporarily Unavailable: common cause 3 of 4, a list item under "Common causes".
sip-480-cause-3 = A mobile callee is switched off or out of coverage, and the network reports Q.850 cause 20 (subscriber absent) through a gateway.
# SIP 480 Temporarily Unavailable: common cause 4 of 4, a list item under "Common causes".
sip-480-cause-4 = The call rang on every device without an answer, and the PBX ended it with 480 after its ring timeout.
# SIP 480 Temporarily Unavailable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-480-fix-visitor-1 = Try again later or send a message; the person's phone is offline or set not to take calls right now.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-1 = Check whether the callee is registered: `kamctl ul show` in Kamailio, `pjsip show contacts` in Asterisk, `sofia status profile internal reg` in FreeSWITCH.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-2 = Wake sleeping mobile softphones with push notifications (RFC 8599) instead of answering 480 while the app is suspended.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-3 = Send `Retry-After` and a precise reason phrase when you know when the user will be back, and route offline or unanswered calls to voicemail in the proxy instead of passing 480 to callers.
# SIP 480 Temporarily Unavailable compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-486 = Send 480 when the callee is not available at all; send 486 when their device is reachable but already busy.
# SIP 480 Temporarily Unavailable compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-408 = 480 is an immediate, informed answer that the callee is unavailable; 408 means the server waited and no answer came in time.
# SIP 480 Temporarily Unavailable compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-404 = 480 means the user exists but cannot be reached now; 404 means the user does not exist here.
# SIP 480 Temporarily Unavailable compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-600 = 480 is temporary and leaves other locations open; 600 says the callee is busy everywhere, so proxies stop searching.

## SIP 481 Call/Transaction Does Not Exist

# SIP 481 Call/Transaction Does Not Exist: one-line summary at the top of the explainer (TL;DR).
sip-481-tldr = The other side no longer knows the call or request you referred to, usually because it has already ended there.
# SIP 481 Call/Transaction Does Not Exist: the paragraph under "What it means".
sip-481-meaning = A 481 means that a request arrived that should belong to an existing dialog or transaction, but the UAS has nothing matching it. Dialogs are matched on the `Call-ID` with the `From` and `To` tags, and transactions such as the one a `CANCEL` targets on the `Via` branch. Typical cases are a `BYE` or re-`INVITE` for a call the other side has already torn down, a `NOTIFY` for a subscription that has ended, or a `CANCEL` that arrives after the final response. When it answers an in-dialog request, RFC 5057 treats 481 as the end of the dialog, so the sender should clean up its local state instead of retrying.
# SIP 481 Call/Transaction Does Not Exist: common cause 1 of 4, a list item under "Common causes".
sip-481-cause-1 = The far end had already ended the call, for example when its session timer expired or after a restart, and then received a `BYE` or re-`INVITE`.
# SIP 481 Call/Transaction Does Not Exist: common cause 2 of 4, a list item under "Common causes".
sip-481-cause-2 = A NAT, SBC or B2BUA changed the `Call-ID` or a tag, so in-dialog requests no longer match the dialog at the far end.
# SIP 481 Call/Transaction Does Not Exist: common cause 3 of 4, a list item under "Common causes".
sip-481-cause-3 = A load balancer sent an in-dialog request to another server than the one holding the dialog, because the proxies did not record-route.
# SIP 481 Call/Transaction Does Not Exist: common cause 4 of 4, a list item under "Common causes".
sip-481-cause-4 = A `CANCEL` arrived after the callee had answered, so no pending `INVITE` was left to cancel.
# SIP 481 Call/Transaction Does Not Exist: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-481-fix-visitor-1 = Nothing: the call had already ended on the other side; hang up and call again if you need to.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-1 = Compare the `Call-ID`, `From` tag and `To` tag of the failing request with those of the original dialog in a trace; a difference points to the element that rewrote them.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-2 = Keep in-dialog requests on the same path: insert `Record-Route` in proxies and route on it, for example with Kamailio's `record_route()` and `loose_route()`.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-3 = Persist dialog state across restarts and failover, for example with Kamailio's `dialog` module and its `db_mode` parameter, and treat a 481 to an in-dialog request as the end of that dialog.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-487 = 481 answers a request that refers to a dialog or transaction the server does not know; 487 answers an `INVITE` that was canceled before it completed.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 491 Request Pending: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-491 = 481 says the dialog does not exist; 491 says it exists but a request of the same kind is still pending in it.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-408 = 481 is an immediate answer about unknown state; 408 is given when no answer came before a timer ran out.

## SIP 482 Loop Detected

# SIP 482 Loop Detected: one-line summary at the top of the explainer (TL;DR).
sip-482-tldr = Your call went round in a circle between servers and came back to one it had already passed, so it was stopped.
# SIP 482 Loop Detected: the paragraph under "What it means".
sip-482-meaning = A proxy detects a loop when a request arrives carrying a `Via` entry that the proxy added itself while the values that determine routing, such as the Request-URI, `Route`, `Proxy-Require` and `Proxy-Authorization`, are unchanged, so forwarding it again would only repeat the circle. A request that comes back with a different Request-URI, for example after call forwarding, is a spiral, which is legitimate and must not be rejected. RFC 3261 left loop detection optional; RFC 5393 requires it of proxies that fork and corrected the algorithm, so that a few requests cannot multiply into massive traffic. A 482 points to a routing error between servers, and resending the request unchanged will loop again.
# SIP 482 Loop Detected: common cause 1 of 4, a list item under "Common causes".
sip-482-cause-1 = Two proxies or PBXs each route a domain or number range to the other, for example after a trunk was configured in both directions.
# SIP 482 Loop Detected: common cause 2 of 4, a list item under "Common causes".
sip-482-cause-2 = A proxy does not recognize one of its own domains or IP addresses, for example a missing Kamailio `alias`, so it resolves that domain in DNS and sends the request back to itself.
# SIP 482 Loop Detected: common cause 3 of 4, a list item under "Common causes".
sip-482-cause-3 = A DNS SRV or NAPTR record for a destination domain points back at the server that is trying to reach it.
# SIP 482 Loop Detected: common cause 4 of 4, a list item under "Common causes".
sip-482-cause-4 = A failover route sends the call to a secondary server that routes it straight back to the primary.
# SIP 482 Loop Detected: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-482-fix-visitor-1 = Nothing you can fix on your phone; report the number you called to your provider, because their routing sends the call in a circle.
# SIP 482 Loop Detected: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-1 = Read the `Via` headers of the looping request in a trace: the repeated hosts show the circle, and their routing rules are where to fix it.
# SIP 482 Loop Detected: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-2 = Make each proxy know all its names and addresses, for example Kamailio `alias` lines and `is_myself()` checks or Asterisk `domain_alias` objects, before it resolves a Request-URI in DNS.
# SIP 482 Loop Detected: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-3 = Log every 482 with its Request-URI and the proxy's route decision, so recurring misroutes stand out.
# SIP 482 Loop Detected compared with SIP 483 Too Many Hops: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-483 = 482 means a proxy recognized its own earlier `Via` and stopped the loop; 483 means `Max-Forwards` ran out, often because a loop went undetected.
# SIP 482 Loop Detected compared with SIP 440 Max-Breadth Exceeded: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-440 = 482 stops a request going in circles; 440 stops a request spreading into too many parallel branches.
# SIP 482 Loop Detected compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-500 = Send 482 when the failure is a routing loop; 500 is for unexpected internal faults and would hide the real cause.

## SIP 483 Too Many Hops

# SIP 483 Too Many Hops: one-line summary at the top of the explainer (TL;DR).
sip-483-tldr = Your call passed through too many servers and was stopped before it reached anyone.
# SIP 483 Too Many Hops: the paragraph under "What it means".
sip-483-meaning = Every request carries `Max-Forwards`, normally starting at 70, and each proxy decrements it before forwarding. An element that receives a request with `Max-Forwards: 0` must not forward it and answers 483, although it may answer an `OPTIONS` itself, which makes hop-by-hop probing of a path possible. Seventy hops is far more than any sensible path needs, so a 483 almost always means a loop that loop detection did not catch, typically a spiral in which each pass changes the Request-URI, such as two users forwarding their calls to each other. A B2BUA that starts its outgoing leg with a fresh `Max-Forwards` turns such loops into endless calls instead of a 483, so copying the value across legs matters.
# SIP 483 Too Many Hops: common cause 1 of 3, a list item under "Common causes".
sip-483-cause-1 = Two users' call forwarding points at each other, so each pass has a new Request-URI and loop detection does not stop it.
# SIP 483 Too Many Hops: common cause 2 of 3, a list item under "Common causes".
sip-483-cause-2 = Two domains translate a number toward each other on every pass, for example conflicting number-portability or prefix rules.
# SIP 483 Too Many Hops: common cause 3 of 3, a list item under "Common causes".
sip-483-cause-3 = A client or proxy sets an unusually low `Max-Forwards`, or caps it, for example with a low `max_limit` in Kamailio's `maxfwd` module, and the call then crosses more hops than that.
# SIP 483 Too Many Hops: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-483-fix-visitor-1 = Check that your own call forwarding does not point to a number that forwards back to you, then call again.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-1 = Look at the `Via` headers of the rejected request: a repeating pattern shows the loop and the elements involved.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-2 = Make B2BUAs copy and decrement `Max-Forwards` from the incoming leg instead of resetting it to 70, so loops through them still end.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-3 = Detect forwarding cycles when users set up call forwarding, and limit the number of forwards per call in the PBX, for example by counting `History-Info` or `Diversion` entries.
# SIP 483 Too Many Hops compared with SIP 482 Loop Detected: one sentence in the "Related codes" section saying when to use which.
sip-483-vs-482 = 483 means the hop count ran out, whatever the reason; 482 means a proxy recognized the loop and stopped it earlier.
# SIP 483 Too Many Hops compared with SIP 440 Max-Breadth Exceeded: one sentence in the "Related codes" section saying when to use which.
sip-483-vs-440 = 483 limits the depth of a request's path; 440 limits the number of parallel branches it may spread into.

## SIP 484 Address Incomplete

# SIP 484 Address Incomplete: one-line summary at the top of the explainer (TL;DR).
sip-484-tldr = The number you dialed is incomplete, and the server needs more digits.
# SIP 484 Address Incomplete: the paragraph under "What it means".
sip-484-meaning = A 484 says that the Request-URI is the beginning of a valid address but not yet a complete one, for example a phone number with too few digits. It supports overlap dialing (RFC 3578): a gateway or phone that sends digits as they are dialed receives 484 after each incomplete attempt and sends a new `INVITE` with more digits, until the number is complete. The response may indicate the expected address, but in no fixed format, so most clients just wait for more digits. Gateways map Q.850 cause 28 (invalid number format, address incomplete) to 484, and phones that send numbers en bloc, the common case, show it as a wrong-number error.
# SIP 484 Address Incomplete: common cause 1 of 4, a list item under "Common causes".
sip-484-cause-1 = The caller left out the area or country code, so the number is shorter than any valid destination.
# SIP 484 Address Incomplete: common cause 2 of 4, a list item under "Common causes".
sip-484-cause-2 = The phone's dial plan or digit map sent the call before dialing was finished, for example because the inter-digit timeout was too short.
# SIP 484 Address Incomplete: common cause 3 of 4, a list item under "Common causes".
sip-484-cause-3 = A PBX expects an outside-line prefix such as 9 or 0 followed by the full number, and got only part of it.
# SIP 484 Address Incomplete: common cause 4 of 4, a list item under "Common causes".
sip-484-cause-4 = An Asterisk PJSIP endpoint with `allow_overlap` enabled received digits that match only the start of a dialplan extension.
# SIP 484 Address Incomplete: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-484-fix-visitor-1 = Dial the full number, including the area or country code, and finish dialing before you press call.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-1 = Check the phone's digit map or dial-plan template and its inter-digit timeout, so that it sends only complete numbers.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-2 = Use en bloc dialing on SIP trunks; where a PSTN gateway needs overlap dialing, implement RFC 3578 and send a new `INVITE` with the extra digits after each 484.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-3 = In Asterisk, decide whether partial matches should return 484 (`allow_overlap = yes`) or be treated as complete numbers.
# SIP 484 Address Incomplete compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-404 = Send 484 when the digits so far could still lead to a valid number; send 404 when the complete number does not exist.
# SIP 484 Address Incomplete compared with SIP 485 Ambiguous: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-485 = 484 means the address is too short to identify anyone; 485 means it identifies more than one user.
# SIP 484 Address Incomplete compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-416 = 484 concerns an incomplete address in a supported scheme; 416 concerns a scheme the server cannot handle at all.

## SIP 485 Ambiguous

# SIP 485 Ambiguous: one-line summary at the top of the explainer (TL;DR).
sip-485-tldr = The name or address you called matches more than one person, and the server cannot tell which one you mean.
# SIP 485 Ambiguous: the paragraph under "What it means".
sip-485-meaning = A 485 says that the Request-URI is ambiguous, typically a name-based address such as `sip:carol@example.org` that fits several users in a directory. The response may list unambiguous candidates in `Contact` headers, as in the sample, so the caller's phone can offer a choice and resend to the one selected. Because listing the alternatives can expose users' addresses, servers may leave them out for privacy, and the caller then has to refine the address another way. It differs from 300, where all the listed addresses reach the same person.
# SIP 485 Ambiguous: common cause 1 of 3, a list item under "Common causes".
sip-485-cause-1 = A directory-based address, such as a first name or a shared short alias, matches several employees.
# SIP 485 Ambiguous: common cause 2 of 3, a list item under "Common causes".
sip-485-cause-2 = Two accounts were provisioned with the same alias during a merger or migration.
# SIP 485 Ambiguous: common cause 3 of 3, a list item under "Common causes".
sip-485-cause-3 = A name-dialing or speech-recognition service resolved the requested name to several users.
# SIP 485 Ambiguous: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-485-fix-visitor-1 = Call a more precise address, such as the full name or an extension number, or pick the right person if your phone shows a list.
# SIP 485 Ambiguous: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-1 = Show the `Contact` candidates to the user, with their display names, and resend to the one chosen.
# SIP 485 Ambiguous: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-2 = Make aliases unique in the directory, or configure a default user for each shared alias.
# SIP 485 Ambiguous: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-3 = When you send 485, include candidates only if your privacy policy allows it, and give each one a display name.
# SIP 485 Ambiguous compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-484 = 485 means the address matches several users; 484 means it is too short to match any.
# SIP 485 Ambiguous compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-300 = 485 lists different people who share an address; 300 lists different locations of one person.
# SIP 485 Ambiguous compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-404 = Send 485 when several users match; send 404 when none does.

## SIP 486 Busy Here

# SIP 486 Busy Here: one-line summary at the top of the explainer (TL;DR).
sip-486-tldr = The person you called is on another call, or cannot take a call on that phone right now.
# SIP 486 Busy Here: the paragraph under "What it means".
sip-486-meaning = 486 is a local busy: the device that answered cannot take another call, usually because its user is already talking and call waiting is off or every line is in use. It is a 4xx, local to this device, so a proxy may still try the user's other devices or a voicemail service; 600 is the code for a callee who is busy on all of them. The response may carry `Retry-After` to suggest when to call back. Gateways map it to and from Q.850 cause 17 (user busy), so callers on the telephone network hear a busy tone.
# SIP 486 Busy Here: common cause 1 of 4, a list item under "Common causes".
sip-486-cause-1 = The callee is already on a call, and call waiting is disabled or the phone has no free line.
# SIP 486 Busy Here: common cause 2 of 4, a list item under "Common causes".
sip-486-cause-2 = The callee pressed a reject button that the phone implements as 486 rather than 603.
# SIP 486 Busy Here: common cause 3 of 4, a list item under "Common causes".
sip-486-cause-3 = The phone or PBX answers 486 in do-not-disturb mode, or when a per-extension limit on simultaneous calls is reached.
# SIP 486 Busy Here: common cause 4 of 4, a list item under "Common causes".
sip-486-cause-4 = A PSTN gateway received Q.850 cause 17 (user busy) from the telephone network.
# SIP 486 Busy Here: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-486-fix-visitor-1 = Call again in a few minutes, or leave a voicemail if one is offered.
# SIP 486 Busy Here: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-1 = Route busy calls to voicemail or another destination in the proxy, for example in a Kamailio `failure_route` that tests `t_check_status("486")`.
# SIP 486 Busy Here: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-2 = If users report busy signals while their phones are idle, check call-waiting and line settings on the phone and per-device call limits on the PBX.
# SIP 486 Busy Here: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-3 = Add `Retry-After` when you know when the callee will be free, and do not retry automatically before then.
# SIP 486 Busy Here compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-600 = Send 486 when this device is busy and the user may be reachable elsewhere; send 600 when the user is busy on every device and nothing else should be tried.
# SIP 486 Busy Here compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-480 = 486 means the device is reachable but occupied; 480 means the user cannot be reached at all right now.
# SIP 486 Busy Here compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-603 = 486 says the callee cannot take the call now; 603 says the callee chose not to take it.

## SIP 487 Request Terminated

# SIP 487 Request Terminated: one-line summary at the top of the explainer (TL;DR).
sip-487-tldr = The call attempt was stopped before it was answered, usually because the caller hung up.
# SIP 487 Request Terminated: the paragraph under "What it means".
sip-487-meaning = A 487 is the final response to an `INVITE`, or occasionally another request, that was ended by a `CANCEL` or `BYE` before it completed. The `CANCEL` gets its own 200 in a separate transaction, and the UAS then sends 487 for the original `INVITE`, which the caller acknowledges with `ACK`. Forking proxies use the same sequence to stop branches that lost the race when one device answers; a `Reason` header (RFC 3326) in the `CANCEL`, such as `Reason: SIP ;cause=200 ;text="Call completed elsewhere"`, tells those devices not to log a missed call. Since the 487 and the 200 for the `CANCEL` are separate responses, the caller should consider the attempt over only when the 487 arrives, or a 200 for an `INVITE` that was answered before the cancel reached it.
# SIP 487 Request Terminated: common cause 1 of 4, a list item under "Common causes".
sip-487-cause-1 = The caller hung up while the callee's phone was still ringing, so the caller's phone sent `CANCEL`.
# SIP 487 Request Terminated: common cause 2 of 4, a list item under "Common causes".
sip-487-cause-2 = A ring group rang several devices, one of them answered, and the proxy canceled the others.
# SIP 487 Request Terminated: common cause 3 of 4, a list item under "Common causes".
sip-487-cause-3 = A proxy's no-answer timer expired, so it canceled the downstream branches before reporting the timeout upstream.
# SIP 487 Request Terminated: common cause 4 of 4, a list item under "Common causes".
sip-487-cause-4 = An automatic dialler or click-to-call script canceled calls that were not answered within its own timeout.
# SIP 487 Request Terminated: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-487-fix-visitor-1 = Nothing: the call was canceled, by you or by the system, before anyone answered.
# SIP 487 Request Terminated: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-1 = After sending `CANCEL`, wait for the 487 to the `INVITE` and acknowledge it with `ACK`; if a 200 arrives instead because the callee answered first, send `ACK` and then `BYE`.
# SIP 487 Request Terminated: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-2 = Put `Reason: SIP ;cause=200 ;text="Call completed elsewhere"` in the `CANCEL` for branches that lost to another device, so phones do not log a missed call.
# SIP 487 Request Terminated: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-3 = Count 487 in CDRs as a caller abandon, not as a network failure, when you measure call success rates.
# SIP 487 Request Terminated compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-481 = 487 answers an `INVITE` that was canceled in time; 481 answers a request, such as a late `CANCEL` or `BYE`, for which no dialog or transaction exists.
# SIP 487 Request Terminated compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-408 = 487 means someone canceled the request; 408 means it ran out of time.
# SIP 487 Request Terminated compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-603 = 487 reflects the caller or the system giving up; 603 reflects the callee refusing the call.

## SIP 488 Not Acceptable Here

# SIP 488 Not Acceptable Here: one-line summary at the top of the explainer (TL;DR).
sip-488-tldr = The other phone cannot accept the call with the audio or video settings your phone proposed, such as its codecs.
# SIP 488 Not Acceptable Here: the paragraph under "What it means".
sip-488-meaning = A 488 means that the UAS understood the session description but cannot accept the session it describes: no offered codec is usable, a media type is missing, the transport profile (for example `RTP/SAVP` versus `RTP/AVP`) does not match, or addresses or bandwidth are unacceptable. It should carry a `Warning` header whose code names the problem, such as 304 (media type not available), 305 (incompatible media format) or 370 (insufficient bandwidth), and may include an SDP body describing what the UAS can do. The refusal is local to this device, so another location of the user may still accept the same offer, unlike with 606. Sent in answer to a re-`INVITE` or `UPDATE`, it rejects only the proposed change, and the call continues with the media already agreed.
# SIP 488 Not Acceptable Here: common cause 1 of 5, a list item under "Common causes".
sip-488-cause-1 = The caller offered only codecs that the callee lacks, for example Opus or G.729 to a device that supports only G.711.
# SIP 488 Not Acceptable Here: common cause 2 of 5, a list item under "Common causes".
sip-488-cause-2 = One side requires SRTP, through SDES or DTLS-SRTP, and the other offers or supports only plain RTP.
# SIP 488 Not Acceptable Here: common cause 3 of 5, a list item under "Common causes".
sip-488-cause-3 = A WebRTC client offered `UDP/TLS/RTP/SAVPF` with ICE to a SIP phone or trunk that supports neither.
# SIP 488 Not Acceptable Here: common cause 4 of 5, a list item under "Common causes".
sip-488-cause-4 = A fax machine behind a gateway triggered a re-`INVITE` to switch to T.38, and the other side does not support T.38.
# SIP 488 Not Acceptable Here: common cause 5 of 5, a list item under "Common causes".
sip-488-cause-5 = An SBC or router ALG rewrote the SDP and removed or corrupted media lines.
# SIP 488 Not Acceptable Here: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-488-fix-visitor-1 = If you use a softphone, enable the common G.711 codecs (PCMU and PCMA) in its audio settings and try again.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-1 = Compare the offered `m=` lines and `a=rtpmap` entries with the callee's capabilities in a trace, and read the `Warning` header for the specific reason.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-2 = Enable a shared codec on both sides, for example `allow = ulaw,alaw` on an Asterisk PJSIP endpoint, or transcode in a media server where no common codec exists.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-3 = Align media security: Asterisk `media_encryption`, FreeSWITCH `rtp_secure_media`, or an SBC with rtpengine that bridges SRTP and RTP, or WebRTC and plain SIP.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-4 = For fax, fall back to G.711 pass-through when a T.38 re-`INVITE` gets 488, with echo cancellation and silence suppression turned off.
# SIP 488 Not Acceptable Here compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-606 = Send 488 when only this device rejects the session; send 606 when no location of the user would accept it.
# SIP 488 Not Acceptable Here compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-415 = 488 means the SDP was understood but its session is unacceptable; 415 means the body type itself is not supported.
# SIP 488 Not Acceptable Here compared with SIP 580 Precondition Failure: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-580 = 488 rejects the offered media itself; 580 accepts it but fails because a required precondition, such as a QoS reservation, could not be met.

## SIP 489 Bad Event

# SIP 489 Bad Event: one-line summary at the top of the explainer (TL;DR).
sip-489-tldr = The server does not support the kind of status information your phone tried to subscribe to.
# SIP 489 Bad Event: the paragraph under "What it means".
sip-489-meaning = Event subscriptions (RFC 6665) name their event package in the `Event` header, for example `presence`, `dialog` for busy lamp fields, `message-summary` for voicemail indicators, or `refer` for transfer progress. A notifier that does not implement the package answers the `SUBSCRIBE` with 489 and must list the packages it does support in `Allow-Events`. The same code flows the other way when a subscriber receives a `NOTIFY` for an event package it has no handler for. Subscribing again with the same `Event` value will keep failing until the configuration changes on one side.
# SIP 489 Bad Event: common cause 1 of 4, a list item under "Common causes".
sip-489-cause-1 = A phone subscribes to `dialog` for busy lamp fields on a PBX or proxy where dialog event support is not loaded.
# SIP 489 Bad Event: common cause 2 of 4, a list item under "Common causes".
sip-489-cause-2 = A voicemail-indicator `SUBSCRIBE` for `message-summary` reaches a server without voicemail notifications.
# SIP 489 Bad Event: common cause 3 of 4, a list item under "Common causes".
sip-489-cause-3 = A client uses a vendor event package, such as one for feature keys or call parking, against a server from another vendor.
# SIP 489 Bad Event: common cause 4 of 4, a list item under "Common causes".
sip-489-cause-4 = The `Event` header carries a misspelled package name, such as `presense`.
# SIP 489 Bad Event: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-489-fix-visitor-1 = Nothing during calls; if your phone's status lights or voicemail indicator never work, tell your administrator.
# SIP 489 Bad Event: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-1 = Read `Allow-Events` in the 489 and configure the phone to subscribe only to packages listed there.
# SIP 489 Bad Event: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-2 = Enable the package on the server: in Kamailio load the matching module, such as `presence_dialog` or `presence_mwi`; in Asterisk define dialplan hints for BLF and mailboxes for MWI.
# SIP 489 Bad Event: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-3 = When you implement a notifier, include `Allow-Events` in 489 responses and in answers to `OPTIONS`, so clients can discover what you support.
# SIP 489 Bad Event compared with SIP 469 Bad Info Package: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-469 = 489 rejects an event package in `SUBSCRIBE` or `NOTIFY`; 469 rejects an Info Package in `INFO`.
# SIP 489 Bad Event compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-405 = 489 accepts subscriptions in general but not this event package; 405 refuses the `SUBSCRIBE` method for this address altogether.
# SIP 489 Bad Event compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-202 = 489 refuses a subscription for an unknown event package; 202, deprecated in favor of 200, accepted one.

## SIP 491 Request Pending

# SIP 491 Request Pending: one-line summary at the top of the explainer (TL;DR).
sip-491-tldr = Both sides tried to change the call at the same moment; one change was refused and will be retried shortly.
# SIP 491 Request Pending: the paragraph under "What it means".
sip-491-meaning = A 491 resolves glare inside a dialog: a UA receives a re-`INVITE` or `UPDATE` carrying an offer while its own offer is still pending, so the two changes cannot both be applied. It answers 491, and the side that receives it waits a random time before trying again: between 2.1 and 4 seconds if it generated the dialog's `Call-ID`, between 0 and 2 seconds if it did not, so the two attempts stop colliding. The existing session continues unchanged meanwhile. A second `INVITE` that arrives before the UA has answered an earlier one from the same peer is a different situation, answered with 500 and `Retry-After`.
# SIP 491 Request Pending: common cause 1 of 3, a list item under "Common causes".
sip-491-cause-1 = Both parties put the call on hold, or resumed it, at nearly the same moment, each sending a re-`INVITE`.
# SIP 491 Request Pending: common cause 2 of 3, a list item under "Common causes".
sip-491-cause-2 = A session-timer refresh from one side crossed a hold, transfer or codec-change re-`INVITE` from the other.
# SIP 491 Request Pending: common cause 3 of 3, a list item under "Common causes".
sip-491-cause-3 = A B2BUA sent an `UPDATE` with a new offer while a re-`INVITE` from the far end was still waiting for its answer.
# SIP 491 Request Pending: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-491-fix-visitor-1 = Nothing: your phone retries the change, such as hold or resume, after a few seconds by itself.
# SIP 491 Request Pending: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-1 = Implement the RFC 3261 back-off: note whether you own the `Call-ID`, wait 2.1 to 4 seconds or 0 to 2 seconds accordingly, and retry only if the change is still needed.
# SIP 491 Request Pending: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-2 = Avoid needless re-`INVITE`s: refresh session timers with an `UPDATE` without SDP, and do not send a new re-`INVITE` before the previous one has been acknowledged.
# SIP 491 Request Pending: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-3 = In a B2BUA, hold back offers arriving on one leg while an offer is pending on the other, instead of forwarding them and provoking 491 on both legs.
# SIP 491 Request Pending compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-500 = Send 491 when two offers cross in a dialog; send 500 with `Retry-After` when an `INVITE` arrives before you have answered the previous one from the same peer.
# SIP 491 Request Pending compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-481 = 491 means the dialog exists but is busy with another request; 481 means no such dialog exists.
# SIP 491 Request Pending compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-487 = 491 refuses a request because another one is pending; 487 ends a request that was canceled.

## SIP 493 Undecipherable

# SIP 493 Undecipherable: one-line summary at the top of the explainer (TL;DR).
sip-493-tldr = The encrypted content of your request could not be decrypted by the receiving side.
# SIP 493 Undecipherable: the paragraph under "What it means".
sip-493-meaning = SIP allows a body to be protected with S/MIME, encrypted with the recipient's public key. A UAS that receives such a body but lacks the matching private key, or cannot handle the encryption algorithm, answers 493. If the sender used an outdated key, the UAS can include its current certificate in the response so that the sender encrypts with the right key on the next attempt. S/MIME in SIP saw very little deployment; signaling is protected with TLS and media with SRTP, so a 493 mostly appears in test labs or specialized systems.
# SIP 493 Undecipherable: common cause 1 of 3, a list item under "Common causes".
sip-493-cause-1 = The sender encrypted the body with an old certificate of the recipient, whose private key is no longer in use.
# SIP 493 Undecipherable: common cause 2 of 3, a list item under "Common causes".
sip-493-cause-2 = The sender chose an encryption algorithm that the recipient does not support.
# SIP 493 Undecipherable: common cause 3 of 3, a list item under "Common causes".
sip-493-cause-3 = The recipient's private key was not loaded, for example after the device was reset.
# SIP 493 Undecipherable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-493-fix-visitor-1 = Nothing you can change while calling; report the failure to your administrator, since the encryption keys of the two ends do not match.
# SIP 493 Undecipherable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-1 = Check which certificate the sender used, and replace it with the one the 493 carries, if present.
# SIP 493 Undecipherable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-2 = If S/MIME is not a requirement, stop encrypting SIP bodies and protect signaling with TLS instead.
# SIP 493 Undecipherable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-3 = Align supported algorithms and key stores between the two ends, and test after every key rotation.
# SIP 493 Undecipherable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-415 = 493 means the body is encrypted and cannot be decrypted; 415 means the body's type is not supported at all.
# SIP 493 Undecipherable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-488 = 493 means the SDP could not be read because of its encryption; 488 means it was read and rejected.
# SIP 493 Undecipherable compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-494 = 493 concerns an end-to-end encrypted body; 494 concerns negotiating hop-by-hop protection with the next server.

## SIP 494 Security Agreement Required

# SIP 494 Security Agreement Required: one-line summary at the top of the explainer (TL;DR).
sip-494-tldr = The server requires your phone to agree on a security mechanism, such as TLS or IPsec, before it accepts the request.
# SIP 494 Security Agreement Required: the paragraph under "What it means".
sip-494-meaning = RFC 3329 lets a client and its first-hop server agree on how to protect their signaling. A client that supports it sends `Supported: sec-agree` with a `Security-Client` header listing its mechanisms; a server that requires the agreement answers with 494, listing its own mechanisms and preferences in `Security-Server`. The client picks the best shared mechanism, sets it up, for example a TLS connection or IPsec security associations, and sends the request again over the protected channel with `Security-Verify` echoing the server's list, so the server can detect a downgrade attack. IMS access networks use the mechanism with `ipsec-3gpp` between phone and P-CSCF, where the `Security-Server` list usually arrives in the 401 challenge of the first registration rather than in a 494.
# SIP 494 Security Agreement Required: common cause 1 of 3, a list item under "Common causes".
sip-494-cause-1 = The client listed `sec-agree` in `Supported`, but its request had no `Security-Client` header, or offered only mechanisms the server does not accept.
# SIP 494 Security Agreement Required: common cause 2 of 3, a list item under "Common causes".
sip-494-cause-2 = An IMS phone registers with a P-CSCF that requires IPsec, and its request offers only TLS or nothing.
# SIP 494 Security Agreement Required: common cause 3 of 3, a list item under "Common causes".
sip-494-cause-3 = The client set up the mechanism but resent the request without `Security-Verify`, so the server rejected it again.
# SIP 494 Security Agreement Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-494-fix-visitor-1 = Nothing during the call; if your phone cannot register, restart it, and contact your provider if the problem persists.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-1 = Read `Security-Server`, choose the highest-preference mechanism you support, set it up, and resend with `Security-Verify` copying that header exactly, plus `Require: sec-agree` and `Proxy-Require: sec-agree`.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-2 = Include `Security-Client` in the first request whenever you list `sec-agree`, with the mechanisms and parameters you support, for example `ipsec-3gpp` with its algorithms and ports.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-3 = Trace the exchange at the P-CSCF to check that the IPsec security associations use the ports advertised in `Security-Client` and `Security-Server`.
# SIP 494 Security Agreement Required compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-421 = 494 requires a security agreement and lists the server's mechanisms; 421 requires some other extension and names it in `Require`.
# SIP 494 Security Agreement Required compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-420 = 494 says the client must add security negotiation; 420 says the server lacks an extension the client required.
# SIP 494 Security Agreement Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-401 = 494 is about which protection to use on the first hop; 401 is about proving who the user is, and IMS often combines both in one registration.

## SIP 500 Server Internal Error

# SIP 500 Server Internal Error: one-line summary at the top of the explainer (TL;DR).
sip-500-tldr = The server failed while handling your request because of a problem on its own side.
# SIP 500 Server Internal Error: the paragraph under "What it means".
sip-500-meaning = A 500 reports an unexpected condition that kept the server from completing the request, such as a failing routing script, a database error or an internal exception. If the server knows the condition is temporary it adds `Retry-After`, and the client may try again after that time; without it, the client should treat the failure as final for this request and may turn to another server. RFC 3261 also gives 500 a specific job: a UAS that receives an `INVITE` in a dialog before it has answered an earlier `INVITE` with a lower `CSeq` replies 500 with a random `Retry-After` between 0 and 10 seconds. Proxies also produce 500 when every downstream branch returned 503, because relaying a 503 would wrongly announce that the proxy itself is unavailable.
# SIP 500 Server Internal Error: common cause 1 of 4, a list item under "Common causes".
sip-500-cause-1 = A routing script or dialplan hit an error, for example a Kamailio script using a missing variable or an Asterisk AGI script that crashed.
# SIP 500 Server Internal Error: common cause 2 of 4, a list item under "Common causes".
sip-500-cause-2 = The registrar or proxy could not reach its database, so it could not store or look up a binding.
# SIP 500 Server Internal Error: common cause 3 of 4, a list item under "Common causes".
sip-500-cause-3 = A re-`INVITE` arrived while the UAS was still processing an earlier `INVITE` in the same dialog.
# SIP 500 Server Internal Error: common cause 4 of 4, a list item under "Common causes".
sip-500-cause-4 = A proxy received nothing but 503 responses from its downstream servers and reported 500 upstream.
# SIP 500 Server Internal Error: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-500-fix-visitor-1 = Wait a moment and call again; the problem is on the provider's server.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-1 = Check the server's log at the time of the failure: Kamailio writes script and module errors to syslog, Asterisk to `/var/log/asterisk/full`, FreeSWITCH to `freeswitch.log`.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-2 = Check the back ends used during routing, such as the database, DNS and external HTTP APIs, and add `Retry-After` when a failure is known to be temporary.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-3 = Handle the crossing `INVITE` case in UAs: answer 500 with a random `Retry-After` of up to 10 seconds, and when you receive it, resend the re-`INVITE` after that delay.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-4 = Return more specific codes where they exist (503 for overload, 488 for media problems, 482 for loops), so that 500 keeps meaning a real fault.
# SIP 500 Server Internal Error compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-503 = Send 500 for an unexpected fault in handling this request; send 503 when the server as a whole is overloaded or in maintenance and will recover.
# SIP 500 Server Internal Error compared with SIP 502 Bad Gateway: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-502 = 500 says this server failed; 502 says it worked but received an invalid response from the next one.
# SIP 500 Server Internal Error compared with SIP 491 Request Pending: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-491 = Send 500 with `Retry-After` when an `INVITE` arrives before you have answered the previous one; send 491 when two offers cross in the dialog.

## SIP 501 Not Implemented

# SIP 501 Not Implemented: one-line summary at the top of the explainer (TL;DR).
sip-501-tldr = The equipment at the other end does not support the kind of request your phone sent.
# SIP 501 Not Implemented: the paragraph under "What it means".
sip-501-meaning = A 501 says that the server lacks the functionality needed to fulfill the request, usually because the UAS does not recognize the method at all, such as `PUBLISH`, `UPDATE` or `MESSAGE` sent to an older device. It differs from 405, where the method is known but not allowed for that URI. Since proxies relay any method without needing to understand it, a 501 points to the far-end UA or a B2BUA, not to the servers in between. The client should not repeat the same method; it can check the `Allow` header of the target's responses, or of a reply to `OPTIONS`, and choose another way, such as a re-`INVITE` instead of `UPDATE`. PSTN gateways map it to Q.850 cause 79 (service or option not implemented).
# SIP 501 Not Implemented: common cause 1 of 4, a list item under "Common causes".
sip-501-cause-1 = A presence client sent `PUBLISH` to a PBX or device without presence publication, as in the sample.
# SIP 501 Not Implemented: common cause 2 of 4, a list item under "Common causes".
sip-501-cause-2 = A phone sent `UPDATE` to an old gateway that implements only the base methods of RFC 3261.
# SIP 501 Not Implemented: common cause 3 of 4, a list item under "Common causes".
sip-501-cause-3 = A softphone sent `MESSAGE` or `INFO` to a device that knows nothing of instant messaging or mid-call information.
# SIP 501 Not Implemented: common cause 4 of 4, a list item under "Common causes".
sip-501-cause-4 = A vendor-specific method reached a standard UA that does not know it.
# SIP 501 Not Implemented: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-501-fix-visitor-1 = Use another feature for this contact; the equipment at the other end does not support the one you tried.
# SIP 501 Not Implemented: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-1 = Check the target's `Allow` header, from an earlier response or an `OPTIONS` probe, before using optional methods.
# SIP 501 Not Implemented: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-2 = Fall back gracefully: use re-`INVITE` when `UPDATE` fails with 501, and stop publishing presence to a server that does not implement `PUBLISH`.
# SIP 501 Not Implemented: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-3 = When you build a UA, answer methods you do not know with 501, and consider adding an `Allow` header so peers can adapt.
# SIP 501 Not Implemented compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-405 = Send 501 when you do not implement the method at all; send 405 when you implement it but do not allow it for this URI.
# SIP 501 Not Implemented compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-500 = 501 is a lasting lack of support for what was asked; 500 is an unexpected failure of something the server normally supports.
# SIP 501 Not Implemented compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-420 = 501 concerns an unknown method; 420 concerns an unknown extension named in `Require` or `Proxy-Require`.

## SIP 502 Bad Gateway

# SIP 502 Bad Gateway: one-line summary at the top of the explainer (TL;DR).
sip-502-tldr = A server between you and the person you called received an invalid answer from the next server on the path.
# SIP 502 Bad Gateway: the paragraph under "What it means".
sip-502-meaning = A 502 comes from an element acting as a gateway or proxy: it forwarded the request, and what came back from downstream was invalid, for example unparsable, truncated or inconsistent with the request. The fault therefore lies beyond the server that sends the 502, which is only reporting it. In PSTN interworking, RFC 3398 maps Q.850 cause 27 (destination out of order) to 502, so carriers often send it when the far-end line or exchange is unreachable rather than when a SIP message was malformed. A client may retry later or through another route; resending along the same path usually gives the same result.
# SIP 502 Bad Gateway: common cause 1 of 4, a list item under "Common causes".
sip-502-cause-1 = A PSTN gateway received Q.850 cause 27 (destination out of order) because the called line or the far exchange is out of service.
# SIP 502 Bad Gateway: common cause 2 of 4, a list item under "Common causes".
sip-502-cause-2 = The downstream server, for example a carrier SBC, returned a malformed response that the proxy could not parse.
# SIP 502 Bad Gateway: common cause 3 of 4, a list item under "Common causes".
sip-502-cause-3 = A B2BUA received an invalid answer on its outgoing leg, such as a response whose `CSeq` or `Via` did not match, and reported it upstream as 502.
# SIP 502 Bad Gateway: common cause 4 of 4, a list item under "Common causes".
sip-502-cause-4 = A routing service behind the proxy, such as an HTTP routing API, returned unusable data, and the proxy maps that failure to 502.
# SIP 502 Bad Gateway: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-502-fix-visitor-1 = Try again in a few minutes; the fault lies in the network between you and the number you called.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-1 = Capture the downstream leg to see the invalid response, or the Q.850 cause in a `Reason` header (RFC 3326) when the 502 comes from a PSTN gateway.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-2 = Fail over to another carrier or gateway on 502 in the proxy's `failure_route`, since the problem belongs to that downstream path.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-3 = If your own element sends 502 because of invalid downstream data, log the offending response so the other party can fix it.
# SIP 502 Bad Gateway compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-504 = Send 502 when the downstream server answered with something invalid; send 504 when it did not answer in time.
# SIP 502 Bad Gateway compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-500 = 502 blames the next server on the path; 500 blames the server that sends it.
# SIP 502 Bad Gateway compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-503 = 502 reports a bad response from downstream; 503 reports that the sending server itself is overloaded or unavailable.

## SIP 503 Service Unavailable

# SIP 503 Service Unavailable: one-line summary at the top of the explainer (TL;DR).
sip-503-tldr = The server is overloaded or down for maintenance and cannot handle your request right now.
# SIP 503 Service Unavailable: the paragraph under "What it means".
sip-503-meaning = A 503 says that the server is temporarily unable to process the request. It may include `Retry-After`, and a client that receives it should try an alternate server, found through the domain's DNS SRV records (RFC 3263), and avoid this one for the time given. Gateways map several Q.850 congestion causes to 503, among them 34 (no circuit available), 38 (network out of order) and 42 (switching equipment congestion), so on trunks it often means the carrier has no capacity left. Plain 503 is a blunt overload tool: RFC 7339 adds feedback-based overload control through `oc` parameters in the `Via` header, which let a server ask its upstream neighbors to reduce traffic before it has to reject anything. A server may also refuse connections or silently drop requests instead of answering 503.
# SIP 503 Service Unavailable: common cause 1 of 5, a list item under "Common causes".
sip-503-cause-1 = The carrier trunk or gateway has no free channels, reported from the PSTN as Q.850 cause 34 or 42.
# SIP 503 Service Unavailable: common cause 2 of 5, a list item under "Common causes".
sip-503-cause-2 = The server is in maintenance or still starting up, and rejects requests until it is ready.
# SIP 503 Service Unavailable: common cause 3 of 5, a list item under "Common causes".
sip-503-cause-3 = A Kamailio `dispatcher` set has no active destinations, because all the media servers behind it failed their `OPTIONS` probes.
# SIP 503 Service Unavailable: common cause 4 of 5, a list item under "Common causes".
sip-503-cause-4 = A PBX has reached its license or concurrent-call limit, or its CPU is saturated by a registration storm or a SIP scanner.
# SIP 503 Service Unavailable: common cause 5 of 5, a list item under "Common causes".
sip-503-cause-5 = A provider rate-limits the account, for example for too many calls per second on one trunk.
# SIP 503 Service Unavailable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-503-fix-visitor-1 = Wait a minute or two and call again; the provider's system is temporarily overloaded or in maintenance.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-1 = Honor `Retry-After`, fail over to the next SRV target or trunk, and mark the failed one as down for that period.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-2 = Check capacity and health: channel and license limits, CPU load, `dispatcher` destination states (`kamcmd dispatcher.list`), and whether a scanner is flooding the server.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-3 = When you send 503, add a realistic `Retry-After` so that clients spread their retries instead of hammering the server.
# SIP 503 Service Unavailable compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-500 = Send 503 when the whole server is temporarily overloaded or in maintenance; send 500 for an unexpected fault in handling one request.
# SIP 503 Service Unavailable compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-480 = 503 means the server cannot serve anyone right now; 480 means the server works but this callee is unavailable.
# SIP 503 Service Unavailable compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-504 = 503 says the server itself is unavailable; 504 says a server it depends on did not answer in time.

## SIP 504 Server Time-out

# SIP 504 Server Time-out: one-line summary at the top of the explainer (TL;DR).
sip-504-tldr = A server handling your call gave up waiting for another server it needed.
# SIP 504 Server Time-out: the paragraph under "What it means".
sip-504-meaning = A 504 comes from an element acting as a gateway or proxy that did not get a timely answer from a server it had to consult, such as the next hop, a location server, a DNS or ENUM lookup, or an external routing service. Unlike 408, which says that the request as a whole could not be answered in time, 504 points to a dependency behind the sender. RFC 3398 maps Q.850 cause 102 (recovery on timer expiry) to 504, so PSTN gateways send it when a timer in the telephone network expired. The client may try again later or through another route.
# SIP 504 Server Time-out: common cause 1 of 4, a list item under "Common causes".
sip-504-cause-1 = A PSTN gateway reported Q.850 cause 102 (recovery on timer expiry) after a timer in the telephone network ran out.
# SIP 504 Server Time-out: common cause 2 of 4, a list item under "Common causes".
sip-504-cause-2 = A proxy's ENUM or DNS lookup for the destination timed out, so it could not decide where to route the call.
# SIP 504 Server Time-out: common cause 3 of 4, a list item under "Common causes".
sip-504-cause-3 = An external routing or number-portability service used by the proxy, for example over HTTP, did not answer within the configured timeout.
# SIP 504 Server Time-out: common cause 4 of 4, a list item under "Common causes".
sip-504-cause-4 = A B2BUA's outgoing leg got no answer from the carrier before the B2BUA's own timer fired.
# SIP 504 Server Time-out: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-504-fix-visitor-1 = Try the call again in a little while; a server in the provider's network did not answer in time.
# SIP 504 Server Time-out: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-1 = Find the dependency that timed out in the sender's logs, then check its latency and availability: DNS resolvers, ENUM servers, routing APIs, carrier trunks.
# SIP 504 Server Time-out: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-2 = Set lookup timeouts shorter than the SIP transaction timers and provide a fallback route when a lookup fails, for example with Kamailio's `http_client` connection timeout and a default route.
# SIP 504 Server Time-out: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-3 = Cache DNS and routing results for as long as their lifetime allows, so a slow dependency affects fewer calls.
# SIP 504 Server Time-out compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-408 = Send 504 when a server you depend on did not answer in time; send 408 when you yourself could not get the request answered in time.
# SIP 504 Server Time-out compared with SIP 502 Bad Gateway: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-502 = 504 means the downstream server did not answer at all; 502 means it answered with something invalid.
# SIP 504 Server Time-out compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-503 = 504 reports a slow dependency; 503 reports that the sending server itself is unavailable.

## SIP 505 Version Not Supported

# SIP 505 Version Not Supported: one-line summary at the top of the explainer (TL;DR).
sip-505-tldr = Your request named a SIP version that the server does not understand.
# SIP 505 Version Not Supported: the paragraph under "What it means".
sip-505-meaning = The check concerns the request line only: the server found something other than `SIP/2.0` there and refuses to interpret the rest of the message. Every SIP implementation in use speaks SIP/2.0, the version of RFC 3261 and of RFC 2543 before it, and no other version has been defined since, so a 505 in practice means that the request line was malformed or the traffic was not SIP at all. The server may describe the versions it supports in the response. The client has to send the request with exactly `SIP/2.0` at the end of the request line.
# SIP 505 Version Not Supported: common cause 1 of 3, a list item under "Common causes".
sip-505-cause-1 = A hand-written or fuzzing tool sent a request line with a wrong version string, such as `SIP/2` or `SIP/3.0`.
# SIP 505 Version Not Supported: common cause 2 of 3, a list item under "Common causes".
sip-505-cause-2 = An HTTP client or scanner sent an HTTP request to the SIP port, so the request line ends in `HTTP/1.1`.
# SIP 505 Version Not Supported: common cause 3 of 3, a list item under "Common causes".
sip-505-cause-3 = A faulty middlebox or ALG corrupted the first line of the message.
# SIP 505 Version Not Supported: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-505-fix-visitor-1 = Nothing you can fix on your phone; if it happens on every call, report it to your provider or to the phone's maker.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-1 = Capture the offending request and check its first line byte by byte; stray characters or a wrong version string are the usual culprits.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-2 = Treat repeated 505s from one address as scanning, and rate-limit or block that source, for example with fail2ban reading the SIP server's log.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-3 = If you write a SIP stack, emit exactly `SIP/2.0` in request and status lines, in upper case and with no spaces.
# SIP 505 Version Not Supported compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-505-vs-400 = Send 505 when only the version in the request line is unsupported; send 400 for other syntax errors.
# SIP 505 Version Not Supported compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-505-vs-501 = 505 rejects the protocol version; 501 rejects a method the server does not implement.

## SIP 513 Message Too Large

# SIP 513 Message Too Large: one-line summary at the top of the explainer (TL;DR).
sip-513-tldr = Your request as a whole is too big for the server to handle.
# SIP 513 Message Too Large: the paragraph under "What it means".
sip-513-meaning = A 513 says that the complete message, headers and body together, exceeds what the server can process. It typically shows up over UDP: a datagram larger than the path MTU is fragmented, fragments get lost or blocked by firewalls, and receivers often cap datagram size. RFC 3261 therefore requires a client to use a congestion-controlled transport such as TCP when a request comes within 200 bytes of the path MTU, or exceeds 1300 bytes when the MTU is unknown. Unlike 413, which judges the body alone, 513 applies to the whole message, so long header sections with many `Via`, `Record-Route` or `History-Info` entries can trigger it too.
# SIP 513 Message Too Large: common cause 1 of 3, a list item under "Common causes".
sip-513-cause-1 = A large `INVITE` with a full SDP offer, with audio, video, many codecs and ICE candidates, was sent over UDP.
# SIP 513 Message Too Large: common cause 2 of 3, a list item under "Common causes".
sip-513-cause-2 = A request accumulated many `Via`, `Record-Route` and `History-Info` headers after passing through several proxies and forwards.
# SIP 513 Message Too Large: common cause 3 of 3, a list item under "Common causes".
sip-513-cause-3 = A `MESSAGE` or `NOTIFY` with a large body exceeded the server's maximum message size.
# SIP 513 Message Too Large: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-513-fix-visitor-1 = Nothing you can change during the call; if the problem keeps coming back, ask your provider whether your phone should use TCP or TLS.
# SIP 513 Message Too Large: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-1 = Send large requests over TCP or TLS, for example with `transport=tcp` in the route or registration or the phone's transport setting, as RFC 3261 requires above the size limit.
# SIP 513 Message Too Large: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-2 = Shrink messages: offer fewer codecs, drop unneeded headers, and use topology hiding to collapse long `Via` and `Record-Route` chains.
# SIP 513 Message Too Large: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-3 = Check the server's maximum message size and UDP receive buffer, and raise them if legitimate messages exceed them.
# SIP 513 Message Too Large compared with SIP 413 Request Entity Too Large: one sentence in the "Related codes" section saying when to use which.
sip-513-vs-413 = Send 513 when the whole message is too large; send 413 when the body alone is.
# SIP 513 Message Too Large compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-513-vs-414 = 513 concerns the size of the entire message; 414 concerns only the length of the Request-URI.

## SIP 555 Push Notification Service Not Supported

# SIP 555 Push Notification Service Not Supported: one-line summary at the top of the explainer (TL;DR).
sip-555-tldr = The server cannot wake your phone app through the push notification service the app asked for.
# SIP 555 Push Notification Service Not Supported: the paragraph under "What it means".
sip-555-meaning = RFC 8599 lets a UA that sleeps, typically a mobile app, register with push notification parameters in its `Contact` URI: `pn-provider` names the push notification service, such as `apns` for Apple or `fcm` for Firebase, while `pn-prid` and `pn-param` identify the device and app. A proxy that handles push notifications then wakes the app whenever a request arrives for it. If the proxy does not support the named service, it answers the `REGISTER` with 555 and can list the services it does support with the `+sip.pns` feature-capability indicator in a `Feature-Caps` header. The UA can register again with one of those, or without push parameters, accepting that it cannot be reached while asleep.
# SIP 555 Push Notification Service Not Supported: common cause 1 of 3, a list item under "Common causes".
sip-555-cause-1 = An iOS app registers with `pn-provider=apns` at a proxy configured only for Firebase (`fcm`).
# SIP 555 Push Notification Service Not Supported: common cause 2 of 3, a list item under "Common causes".
sip-555-cause-2 = The proxy supports the service in principle but has no credentials configured for it, such as an APNs key or an FCM service account.
# SIP 555 Push Notification Service Not Supported: common cause 3 of 3, a list item under "Common causes".
sip-555-cause-3 = An app build or SDK sends a mistyped or outdated `pn-provider` value.
# SIP 555 Push Notification Service Not Supported: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-555-fix-visitor-1 = Update the softphone app, and until the provider fixes push support, keep the app open when you expect calls, or you may miss them.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-1 = Read `Feature-Caps` in the 555 and register again with one of the listed `+sip.pns` values.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-2 = Configure the proxy's push gateway with credentials for every platform your app ships on, for example both APNs and FCM.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-3 = Check the `Contact` parameters the app sends (`pn-provider`, `pn-prid`, `pn-param`) against the values RFC 8599 defines for each service.
# SIP 555 Push Notification Service Not Supported compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-501 = 555 means the server does push notifications but not with the named service; 501 means it does not implement the requested functionality at all.
# SIP 555 Push Notification Service Not Supported compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-420 = 555 concerns the push service named in the `Contact` parameters; 420 concerns an extension named in `Require`.
# SIP 555 Push Notification Service Not Supported compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-503 = 555 is a lasting mismatch of push services; 503 is a temporary inability to serve anything.

## SIP 580 Precondition Failure

# SIP 580 Precondition Failure: one-line summary at the top of the explainer (TL;DR).
sip-580-tldr = The call could not be set up because a required condition, usually reserving network quality for the call, could not be met.
# SIP 580 Precondition Failure: the paragraph under "What it means".
sip-580-meaning = Preconditions (RFC 3312, updated by RFC 4032) let a call wait for conditions such as network resource reservation before the callee is alerted. The SDP lists, for each media stream, the current (`a=curr`), desired (`a=des`) and confirmed (`a=conf`) status of each precondition, with a strength such as `mandatory` or `optional`, and the two sides exchange updates in `PRACK` and `UPDATE` requests. If a mandatory precondition cannot be met, for example because the network refused to reserve a QoS bearer, the UA answers 580, and the response can carry an SDP showing which precondition failed. The code is typical of VoLTE and IMS, where both ends reserve dedicated bearers before the phone rings.
# SIP 580 Precondition Failure: common cause 1 of 3, a list item under "Common causes".
sip-580-cause-1 = A VoLTE network could not set up a dedicated bearer with the QoS the call needs, for example because the radio cell is congested.
# SIP 580 Precondition Failure: common cause 2 of 3, a list item under "Common causes".
sip-580-cause-2 = One side marked a QoS precondition as mandatory, but the other side's network has no resource-reservation mechanism.
# SIP 580 Precondition Failure: common cause 3 of 3, a list item under "Common causes".
sip-580-cause-3 = The `UPDATE` carrying the precondition status was lost or rejected, so the preconditions were never met before a timer expired.
# SIP 580 Precondition Failure: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-580-fix-visitor-1 = Try the call again, perhaps after moving to a place with better coverage, or with 4G calling (VoLTE) switched off.
# SIP 580 Precondition Failure: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-1 = Mark preconditions `optional` rather than `mandatory` unless the call truly must not proceed without a reservation.
# SIP 580 Precondition Failure: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-2 = Follow the precondition negotiation in a trace: the `a=curr`, `a=des` and `a=conf` lines of each offer and answer, and the `PRACK` or `UPDATE` that carries them.
# SIP 580 Precondition Failure: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-3 = In IMS, correlate the 580 with the PCRF or PCF logs to see why the bearer request was rejected.
# SIP 580 Precondition Failure compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-488 = 580 means the media was acceptable but a precondition failed; 488 means the media itself was unacceptable.
# SIP 580 Precondition Failure compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-606 = 580 reports a failed precondition for this attempt; 606 says the offered session is acceptable to none of the user's devices.
# SIP 580 Precondition Failure compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-421 = 580 comes after both sides agreed to use preconditions and one failed; 421 comes when the client did not support the precondition extension at all.

## SIP 600 Busy Everywhere

# SIP 600 Busy Everywhere: one-line summary at the top of the explainer (TL;DR).
sip-600-tldr = The person you called is busy and does not want the call put through to any other phone or to voicemail.
# SIP 600 Busy Everywhere: the paragraph under "What it means".
sip-600-meaning = A 600 says that the callee's end system was reached and the callee is busy, and, unlike 486, that no other location would take the call either, so it should not be tried elsewhere. As a 6xx global failure it makes a forking proxy cancel its other branches and forward the 600 at once, without trying further locations for that request. It may carry `Retry-After` with a time when the callee expects to be free. It should be used only when the callee knows that no other end system will accept the call; otherwise 486 lets voicemail or other devices take over.
# SIP 600 Busy Everywhere: common cause 1 of 3, a list item under "Common causes".
sip-600-cause-1 = The callee set a busy status on a presence-aware client that rejects calls for all their devices with 600.
# SIP 600 Busy Everywhere: common cause 2 of 3, a list item under "Common causes".
sip-600-cause-2 = A PBX that knows all of the user's devices finds every one of them in use and answers for the user as a whole.
# SIP 600 Busy Everywhere: common cause 3 of 3, a list item under "Common causes".
sip-600-cause-3 = A callee's phone is configured to reject with 600 when busy, precisely to stop the call from forking to voicemail or a mobile twin.
# SIP 600 Busy Everywhere: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-600-fix-visitor-1 = Call again later; the person is busy and has chosen not to be reached on any other phone right now.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-1 = Use 600 only when you know the user is busy on every device; otherwise answer 486 so that proxies can try voicemail or other devices.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-2 = In a forking proxy, cancel the remaining branches when a 600 arrives and forward it upstream, as RFC 3261 requires for 6xx responses.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-3 = Honor `Retry-After` in automatic redial and callback features.
# SIP 600 Busy Everywhere compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-486 = Send 600 when the user is busy everywhere and no alternative should be tried; send 486 when only this device is busy.
# SIP 600 Busy Everywhere compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-603 = 600 says the callee is busy; 603 says the callee declines without giving a reason.
# SIP 600 Busy Everywhere compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-480 = 600 ends the search because the callee is busy everywhere; 480 is a temporary unavailability that leaves other options open.

## SIP 603 Decline

# SIP 603 Decline: one-line summary at the top of the explainer (TL;DR).
sip-603-tldr = The person you called rejected your call.
# SIP 603 Decline: the paragraph under "What it means".
sip-603-meaning = A 603 says that the callee's device was reached and the user explicitly does not want to take the call, without saying why. As a 6xx global failure it makes a forking proxy cancel its other branches, so the call stops ringing on the user's other devices and is not sent on to voicemail by the proxy. A `Retry-After` value, when present, is a hint for callback features, not a promise that the call will be accepted then. PSTN gateways map it to Q.850 cause 21 (call rejected). Two later codes refine it: 607 (RFC 8197) for calls the user marks as unwanted, and 608 (RFC 8688) for calls rejected by an intermediary rather than the user.
# SIP 603 Decline: common cause 1 of 3, a list item under "Common causes".
sip-603-cause-1 = The callee pressed the reject or decline button on their phone.
# SIP 603 Decline: common cause 2 of 3, a list item under "Common causes".
sip-603-cause-2 = The callee's phone or PBX is in do-not-disturb mode and set to answer with 603.
# SIP 603 Decline: common cause 3 of 3, a list item under "Common causes".
sip-603-cause-3 = A call-screening rule on the callee's side, such as a personal block list, declined the call.
# SIP 603 Decline: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-603-fix-visitor-1 = Don't call back right away; the person chose not to take the call, so try later or send a message.
# SIP 603 Decline: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-1 = Decide which code your phone's reject button sends: 603 stops ringing on all the user's devices, while 486 lets a proxy try voicemail or other devices.
# SIP 603 Decline: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-2 = In a forking proxy, cancel the other branches on 603 unless your policy deliberately overrides global failures, and forward the 603 upstream.
# SIP 603 Decline: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-3 = Map 603 to a clear "call declined" message in your client, or play a suitable announcement on a gateway.
# SIP 603 Decline compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-600 = 603 declines without a reason; 600 says the callee is busy everywhere.
# SIP 603 Decline compared with SIP 607 Unwanted: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-607 = Send 603 for a plain refusal; send 607 when the callee marks the call as unwanted, so the network can learn from it.
# SIP 603 Decline compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-486 = 603 is a refusal that ends the search for the callee; 486 is a local busy state that still allows other devices or voicemail.

## SIP 604 Does Not Exist Anywhere

# SIP 604 Does Not Exist Anywhere: one-line summary at the top of the explainer (TL;DR).
sip-604-tldr = The person or number you called does not exist anywhere, according to a server with authoritative information.
# SIP 604 Does Not Exist Anywhere: the paragraph under "What it means".
sip-604-meaning = A 604 says that the server knows with authority that the user in the Request-URI exists nowhere, so there is no point in trying other servers or locations. It is the global counterpart of 404: a 404 speaks only for the domain or server that answered, while a 604 ends the search everywhere, and as a 6xx it makes forking proxies cancel other branches. Few servers have authoritative knowledge of every location, so 604 is much rarer than 404; it suits systems such as a number-portability database or a national directory that know every valid number. PSTN gateways map it, like 404, to Q.850 cause 1 (unallocated number).
# SIP 604 Does Not Exist Anywhere: common cause 1 of 3, a list item under "Common causes".
sip-604-cause-1 = A number-portability or numbering database confirms that the dialed number is unallocated in the whole numbering plan.
# SIP 604 Does Not Exist Anywhere: common cause 2 of 3, a list item under "Common causes".
sip-604-cause-2 = A federation directory with complete knowledge of a domain's users reports that the requested user is not among them.
# SIP 604 Does Not Exist Anywhere: common cause 3 of 3, a list item under "Common causes".
sip-604-cause-3 = The caller dialed a number in a range that has never been assigned, and the carrier answers authoritatively.
# SIP 604 Does Not Exist Anywhere: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-604-fix-visitor-1 = Check the number or address: it does not exist at all, so dialing it again will not help.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-1 = Send 604 only when your information covers every possible location of the user; otherwise send 404, which leaves other locations open.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-2 = Validate dialed numbers against numbering-plan data before routing, so calls to unassigned ranges fail early with a clear answer.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-3 = On the calling side, do not retry or fail over after a 604; tell the user that the address is invalid.
# SIP 604 Does Not Exist Anywhere compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-404 = Send 604 when you know the user exists nowhere; send 404 when you only know that the user is not at your server.
# SIP 604 Does Not Exist Anywhere compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-410 = 604 says the user does not exist anywhere; 410 says the user existed at this server and is gone for good.
# SIP 604 Does Not Exist Anywhere compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-484 = 604 rejects a complete address that does not exist; 484 asks for more digits to complete an address.

## SIP 606 Not Acceptable

# SIP 606 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
sip-606-tldr = The person you called could be reached, but none of their devices can accept the kind of call your phone proposed.
# SIP 606 Not Acceptable: the paragraph under "What it means".
sip-606-meaning = 606 is the global counterpart of 488: the callee's side examined the offer, found its media, bandwidth or addressing unacceptable, and states that none of the user's devices would accept it. It should carry a `Warning` header explaining why, for example code 370 for insufficient bandwidth, and may include an SDP describing acceptable capabilities, so that the caller can retry with a different offer. As a 6xx it stops forking proxies from trying other devices. When only this device has the problem, 488 is the right answer.
# SIP 606 Not Acceptable: common cause 1 of 3, a list item under "Common causes".
sip-606-cause-1 = A video call reached a user whose devices all support audio only, and the user's policy rejects the offer everywhere.
# SIP 606 Not Acceptable: common cause 2 of 3, a list item under "Common causes".
sip-606-cause-2 = The user's account or network policy forbids a media type, such as video or a high-bandwidth codec, on all their devices.
# SIP 606 Not Acceptable: common cause 3 of 3, a list item under "Common causes".
sip-606-cause-3 = A central B2BUA or application server that speaks for all of the user's devices finds no acceptable codec in the offer.
# SIP 606 Not Acceptable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-606-fix-visitor-1 = Try again as an audio-only call, or from another phone or app.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-1 = Read the `Warning` header and any SDP in the 606, and retry with an offer limited to what it lists, for example audio without video.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-2 = Send 606 only when the restriction applies to every device or to the user's policy; use 488 when a single device cannot handle the offer.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-3 = Offer widely supported codecs such as G.711 alongside newer ones, so that a common format exists.
# SIP 606 Not Acceptable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-488 = Send 606 when no location of the user would accept the session; send 488 when only this device rejects it.
# SIP 606 Not Acceptable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-415 = 606 rejects the session described in the SDP; 415 rejects the body's type before the session is even considered.
# SIP 606 Not Acceptable compared with SIP 406 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-406 = 606 concerns a session offer; 406 concerns the formats listed in `Accept`.

## SIP 607 Unwanted

# SIP 607 Unwanted: one-line summary at the top of the explainer (TL;DR).
sip-607-tldr = The person you called marked your call as unwanted, for example as a nuisance or robocall.
# SIP 607 Unwanted: the paragraph under "What it means".
sip-607-meaning = RFC 8197 defined 607 so that a callee can say not only that they decline the call but that they do not want calls like it from this caller. The response travels back through the network, where carriers and call-analytics services can record it and use it, together with other signals, to label or block later calls from the same source. Because caller IDs can be spoofed and users sometimes reject by mistake, a single 607 is meant to feed such analysis rather than trigger blocking by itself. As a 6xx, it also ends the search for other locations of the callee.
# SIP 607 Unwanted: common cause 1 of 3, a list item under "Common causes".
sip-607-cause-1 = The callee pressed a "report spam" or "block and report" button on their phone or app.
# SIP 607 Unwanted: common cause 2 of 3, a list item under "Common causes".
sip-607-cause-2 = The callee's phone or app automatically rejected a caller on its unwanted-call list.
# SIP 607 Unwanted: common cause 3 of 3, a list item under "Common causes".
sip-607-cause-3 = An automated dialler called many numbers, and enough recipients reported its calls as unwanted.
# SIP 607 Unwanted: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-607-fix-visitor-1 = Don't call this person again from this number; if your call was legitimate, reach them another way, such as email or postal mail.
# SIP 607 Unwanted: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-1 = Map your client's "report as spam" action to 607, and keep 603 for an ordinary decline.
# SIP 607 Unwanted: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-2 = If you operate a network, feed 607s into call analytics together with the caller's attested identity, but avoid blocking on a single report.
# SIP 607 Unwanted: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-3 = If your own calls keep getting 607, review your calling patterns and consent lists, sign calls with STIR/SHAKEN, and register your numbers with call-analytics providers.
# SIP 607 Unwanted compared with SIP 608 Rejected: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-608 = Send 607 when the callee judged the call unwanted; 608 is for an intermediary that rejected the call before the callee saw it.
# SIP 607 Unwanted compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-603 = 607 tells the network that the call was unwanted; 603 simply declines it without comment.
# SIP 607 Unwanted compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-433 = 607 rejects a caller judged unwanted; 433 rejects a caller only because their identity is hidden.

## SIP 608 Rejected

# SIP 608 Rejected: one-line summary at the top of the explainer (TL;DR).
sip-608-tldr = A service in the network, such as a spam filter, rejected your call before the person you called saw it.
# SIP 608 Rejected: the paragraph under "What it means".
sip-608-meaning = RFC 8688 defines 608 for intermediaries, such as call-analytics or anti-fraud services, that reject a call on the callee's behalf before it reaches them; unlike with 607, no human decided. Because such filters make mistakes, the response can include a `Call-Info` header with `purpose=jwscard` pointing to a jCard, signed by the intermediary as a JSON Web Signature, that tells the caller whom to contact to dispute the block. As a 6xx it ends the search at other locations of the callee. When the caller is on the telephone network the jCard cannot reach them, so an announcement is the usual way to give the same information.
# SIP 608 Rejected: common cause 1 of 3, a list item under "Common causes".
sip-608-cause-1 = A carrier's call-analytics engine scored the call as likely fraud or robocalling, for example because of very short call durations or a spoofed-looking caller ID.
# SIP 608 Rejected: common cause 2 of 3, a list item under "Common causes".
sip-608-cause-2 = The call arrived with failed or low STIR/SHAKEN attestation, and the terminating carrier's policy blocks such calls.
# SIP 608 Rejected: common cause 3 of 3, a list item under "Common causes".
sip-608-cause-3 = The callee subscribes to a network blocking service that rejected the caller's number or its category.
# SIP 608 Rejected: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-608-fix-visitor-1 = If you believe your call was blocked by mistake, use the contact details given in the rejection message or announcement to ask for the block to be lifted.
# SIP 608 Rejected: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-1 = Read the `Call-Info` header with `purpose=jwscard`, fetch and verify the signed jCard, and use its contact details to request redress.
# SIP 608 Rejected: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-2 = If you operate an analytics service, always include a `jwscard` `Call-Info` so legitimate callers can appeal, and keep a review process behind it.
# SIP 608 Rejected: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-3 = If your calls get 608, check their attestation level, calling patterns and caller ID, and register your numbers with the analytics providers of the major carriers.
# SIP 608 Rejected compared with SIP 607 Unwanted: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-607 = 608 reports a rejection by an intermediary on the callee's behalf; 607 reports the callee's own judgment that the call is unwanted.
# SIP 608 Rejected compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-603 = 608 means the callee never saw the call; 603 means the callee saw it and declined.
# SIP 608 Rejected compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-403 = Use 608 when an analytics or anti-fraud service blocks a call; use 403 for a provider's policy refusal of the caller's request.
