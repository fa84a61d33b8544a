### Framework tabs of the code pages: why a framework or SIP server cannot send a status code.
### Each message replaces the snippet on that framework's tab. Plain prose on ONE line. Keep text in
### `backticks` (applications, functions, headers, methods, status lines) exactly as it is, backticks
### included. Never use curly braces, and do not start a message with [, * or a period.

## SIP servers and stacks

# FreeSWITCH tab, SIP 100 Trying: why no dialplan snippet is shown.
fw-freeswitch-trying = FreeSWITCH's SIP stack, Sofia-SIP, sends `100 Trying` by itself as soon as an `INVITE` arrives, before the dialplan runs; the dialplan cannot send it.

# FreeSWITCH tab, codes whose sample answers a request other than INVITE (REGISTER, SUBSCRIBE, MESSAGE...): why no snippet is shown.
fw-freeswitch-invite-only = The FreeSWITCH dialplan runs only for incoming calls (`INVITE`): `mod_sofia` answers `REGISTER`, `SUBSCRIBE`, `PUBLISH`, `MESSAGE`, `REFER`, `INFO` and in-dialog requests itself, and the dialplan cannot choose the status code of those responses.

# FreeSWITCH tab, codes whose sample needs its own Contact header (180, 301, 485...): why no snippet is shown.
fw-freeswitch-contact = FreeSWITCH puts its own `Contact` header in every response that the `respond` application sends, so the `Contact` this response needs cannot be set; only the `redirect` application, which sends 300 or 302, takes the `Contact` from the dialplan.

# Asterisk tab, SIP 100 Trying: why no dialplan snippet is shown.
fw-asterisk-trying = Asterisk's PJSIP stack sends `100 Trying` by itself as soon as an `INVITE` arrives, before the dialplan runs; the dialplan cannot send it.

# Asterisk tab, codes whose sample answers a request other than INVITE (REGISTER, SUBSCRIBE, MESSAGE...): why no snippet is shown.
fw-asterisk-invite-only = The Asterisk dialplan runs only for incoming calls (`INVITE`): its PJSIP modules answer `REGISTER`, `SUBSCRIBE`, `PUBLISH`, `MESSAGE`, `REFER`, `INFO` and in-dialog requests themselves, and the dialplan cannot choose the status code of those responses.

# Asterisk tab, provisional codes 180-199: why no dialplan snippet is shown.
fw-asterisk-provisional = The Asterisk dialplan sends provisional responses only through `Ringing()` (`180`) and `Progress()` (`183`, with an SDP answer), always with Asterisk's own `Contact`: neither this code nor the headers of this sample can be produced.

# Asterisk tab, redirection codes 3xx: why no dialplan snippet is shown.
fw-asterisk-redirect = Asterisk redirects a call only through `Transfer()` before answering it, which sends `302 Moved Temporarily` with the bare target URI as `Contact`: other 3xx codes and `Contact` parameters such as `expires` or `q` cannot be set.

# Asterisk tab, error codes whose sample needs headers (Retry-After, Warning, Proxy-Authenticate...): why no dialplan snippet is shown.
fw-asterisk-headers = `PJSIPHangup()` sends the status code alone, and the Asterisk dialplan cannot add headers to a SIP response (`PJSIP_HEADER` only changes requests that Asterisk sends), so the headers this response needs would be missing.

# Asterisk tab, SIP 436 and 437: why no dialplan snippet is shown. Keep the quoted reason phrases in English.
fw-asterisk-phrase = `PJSIPHangup()` takes its reason phrase from PJSIP, which still uses the old RFC 4474 phrase for this code (`Bad Identity-Info` for 436, `Unsupported Certificate` for 437) instead of the registered one.

# drachtio-srf tab, SIP 100 Trying: why no snippet is shown.
fw-drachtio-trying = drachtio-server sends `100 Trying` by itself before it hands an `INVITE` to the application, so the application only sends the responses that follow it.

# drachtio-srf tab, codes 425, 440, 469, 555, 607 and 608: why no snippet is shown.
fw-drachtio-status-table = In drachtio-srf 5, `res.send()` throws for any status code missing from its `sip-status` table, and this code is one of them, so the framework cannot send it.
