### Interface texts of the statusdoc site: headings, labels, navigation and notes that
### appear on every kind of page. English is the source language; every other language
### folder has a file of the same name with the same message ids.
###
### Keep technical tokens as they are: status codes, reason phrases (`Accepted`), header
### names (`Retry-After`), commands and `code spans`. Text between backticks is shown as
### code. Variables such as { $code } are filled in by the generator: keep them.

## Site identity

# The product's name, used in several messages. A term: not translated, and never
# shown by itself.
-brand-name = statusdoc
# The product's name, shown in the header of every page.
site-name = { -brand-name }
# Subtitle under the site name on the language chooser and the index pages.
site-tagline = Every HTTP and SIP status code: what it means, a correct example response, and the code to send it.
# This language's own name, as its speakers write it. Shown in the language switcher.
language-name = English

# Tooltip of a fragment shown in English because this language lacks its translation.
untranslated-marker = Not translated yet: shown in English.

## Navigation

# Link that lets keyboard users jump over the header to the page's content.
nav-skip = Skip to content
# Accessible name of the language switcher navigation.
nav-languages =
    .aria-label = Languages
# Link back to the list of all codes in this language.
nav-home = All codes
# Accessible name of the breadcrumb navigation at the top of a page.
nav-breadcrumb =
    .aria-label = You are here
# Footer line on every page.
footer-about = { -brand-name } is an open reference: the descriptions are our own writing, checked against the current RFCs.

## The language chooser at the site's root

# Title of the root page.
root-title = HTTP and SIP status codes
# Heading above the list of languages.
root-choose = Choose your language

## Index pages (all codes of a language, all codes of a protocol)

# Title and heading of the page that lists every code in this language.
index-title = HTTP and SIP status codes
# Introduction under that heading.
index-intro = Pick a code to see what it means, an example response, how to try it and how to send it from your framework.
# Number of codes in a list. $count is a number.
index-count = { $count ->
    [one] { $count } code
   *[other] { $count } codes
}
# Label of the search box that filters the list of codes.
search-label = Filter the codes
# Placeholder text inside the search box.
search-placeholder = Number, reason or keyword
# Shown when the search box matches no code.
search-empty = No code matches your search.
# Title of a protocol's own list page. $protocol is HTTP or SIP.
protocol-title = { $protocol } status codes
# Introduction of the HTTP list page.
protocol-intro-http = HTTP status codes tell a client how a web server handled its request. They are defined by RFC 9110 and by the RFCs that extend it.
# Introduction of the SIP list page.
protocol-intro-sip = SIP response codes tell the caller how a SIP phone, proxy or server handled a request such as `INVITE` or `REGISTER`. They are defined by RFC 3261 and by the RFCs that extend it.
# Link from an index page to a protocol's own list.
protocol-all = All { $protocol } codes

## Classes of codes (the first digit)

# HTTP 1xx class name.
http-class-1 = Informational
# HTTP 2xx class name.
http-class-2 = Success
# HTTP 3xx class name.
http-class-3 = Redirection
# HTTP 4xx class name.
http-class-4 = Client error
# HTTP 5xx class name.
http-class-5 = Server error
# SIP 1xx class name.
sip-class-1 = Provisional
# SIP 2xx class name.
sip-class-2 = Success
# SIP 3xx class name.
sip-class-3 = Redirection
# SIP 4xx class name.
sip-class-4 = Request failure
# SIP 5xx class name.
sip-class-5 = Server failure
# SIP 6xx class name.
sip-class-6 = Global failure

## A code's page: header

# Title of a code's page. $code is the number, $reason the reason phrase (keep it in English).
code-title = Simulate a { $code } { $reason } response
# Title of the page of a code that is registered but must not be used (HTTP 306, 418).
code-title-unused = { $code } { $reason }: a reserved code
# Label before the class of the code ("2xx Success").
label-class = Class
# Label before who is at fault.
label-fault = Fault
# Label before the registration status (deprecated, unused…).
label-status = Status
# Label before the link to the specification.
label-spec = Specification
# Fault: the client sent something wrong.
fault-client = Client
# Fault: the server failed.
fault-server = Server
# Fault: nobody; the code reports normal operation or a decision.
fault-neither = Neither
# Status of a code in normal use.
status-current = In use
# Status of a code that its specification deprecated.
status-deprecated = Deprecated
# Status of a code that is reserved and must not be sent.
status-unused = Unused
# Status of a code whose specification is obsolete or historic.
status-obsoleted = Obsolete
# Status of a code registered only temporarily, from an Internet-Draft.
status-temporary = Temporary registration
# Status of a code from an Experimental RFC.
status-experimental = Experimental
# Link text to a specification section. $document is "RFC 9110", $section "15.3.3".
spec-section = { $document }, section { $section }
# Link text to a whole specification (no section).
spec-document = { $document }

## A code's page: the response

# Heading of the example response.
section-response = The response
# Note under the example response.
response-note = The message as it travels, with `Content-Length` counted from the body shown.
# Note under an example response that has no body.
response-note-empty = This response has no body.

## A code's page: try it

# Heading of the section with commands to try the code.
section-try = Try it
# Explains the command against the public test host. $host is its address.
try-public = `{ $host }` answers with this status code, but its body is empty: it does not return the example above.
# Explains the command against the local mock of statusdoc serve.
try-local = `statusdoc serve` runs a local mock that answers with exactly the example response above.
# Explains the SIP test command. $method is the SIP method (INVITE…), $code the status code.
try-sip = `sipexer` sends a `{ $method }` request for the user { $code } and prints the response. Run one of the configurations below first: they answer that request with this status code and its headers.

## A code's page: frameworks

# Heading of the framework tabs. $code and $reason as in the page title.
section-frameworks = Return { $code } { $reason } from your framework
# Heading of the SIP server tabs.
section-servers = Send { $code } { $reason } from your SIP server
# Accessible name of the list of framework tabs.
frameworks-tabs =
    .aria-label = Frameworks
# Label of the button that copies a snippet.
copy = Copy
# Shown briefly after a snippet was copied.
copied = Copied

## A code's page: the explainer

# Heading of the one-sentence summary of the code.
section-tldr = In short
# Heading of the paragraph that explains the code.
section-meaning = What it means
# Heading of the list of situations that lead to the code.
section-causes = Common causes
# Heading of what a website visitor can do (HTTP pages).
section-fix-visitor = How to fix it as a visitor
# Heading of what the person making a call can do (SIP pages).
section-fix-caller = How to fix it as a caller
# Heading of what a developer or administrator can do.
section-fix-developer = How to fix it as a developer or administrator

## A code's page: browser compatibility (only for codes with data)

# Heading of the browser support table.
section-compat = Browser compatibility
# Caption of a table about one feature of the code. $name is a technical token such as preload.
compat-feature = Support for `rel={ $name }` in this response
# Column heading: the browser.
compat-browser = Browser
# Column heading: the first version that supports it.
compat-since = Supported since
# Cell: the browser does not support it.
compat-no = Not supported
# Cell note: only behind a setting the user must turn on.
compat-flag = behind a flag
# Cell note: the support is incomplete.
compat-partial = partial support
# Cell note: MDN adds a note for this browser.
compat-notes = see the notes on MDN
# Line under the tables: where the data comes from.
compat-source = Data: MDN's browser-compat-data. Browsers not listed have no data.
# Link to the code's MDN page, under the tables.
compat-mdn = This code on MDN

## A code's page: related codes and navigation

# Heading of the section about related codes.
section-related = Related codes
# Line introducing the codes a reader may compare with this one, each with when to use which.
related-intro = Codes often compared with this one, and when to use which:
# The code with the same meaning in the other protocol. $protocol is HTTP or SIP.
related-equivalent = The same meaning in { $protocol }:
# Link to the previous code of the same protocol.
nav-previous = Previous code
# Link to the next code of the same protocol.
nav-next = Next code
# Heading of the list of this page in other languages.
related-languages = This page in other languages

## Page not found

# Title of the "page not found" page.
notfound-title = Page not found
# Text of the "page not found" page.
notfound-text = There is no page at this address. The list of all codes may have what you were looking for.
