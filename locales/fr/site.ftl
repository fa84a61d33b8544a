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
site-tagline = Tous les codes de statut HTTP et SIP : leur signification, un exemple de réponse conforme et le code pour l'envoyer.
# This language's own name, as its speakers write it. Shown in the language switcher.
language-name = Français

# Tooltip of a fragment shown in English because this language lacks its translation.
untranslated-marker = Pas encore traduit : affiché en anglais.

## Navigation

# Link that lets keyboard users jump over the header to the page's content.
nav-skip = Aller au contenu
# Accessible name of the language switcher navigation.
nav-languages =
    .aria-label = Langues
# Link back to the list of all codes in this language.
nav-home = Tous les codes
# Accessible name of the breadcrumb navigation at the top of a page.
nav-breadcrumb =
    .aria-label = Vous êtes ici
# Footer line on every page.
footer-about = { -brand-name } est une référence ouverte : les descriptions sont rédigées par nos soins et vérifiées d'après les RFC en vigueur.

## The language chooser at the site's root

# Title of the root page.
root-title = Codes de statut HTTP et SIP
# Heading above the list of languages.
root-choose = Choisissez votre langue

## Index pages (all codes of a language, all codes of a protocol)

# Title and heading of the page that lists every code in this language.
index-title = Codes de statut HTTP et SIP
# Introduction under that heading.
index-intro = Choisissez un code pour découvrir sa signification, un exemple de réponse, comment le tester et comment l'envoyer depuis votre framework.
# Number of codes in a list. $count is a number.
# same as English
index-count = { $count ->
    [one] { $count } code
   *[other] { $count } codes
}
# Label of the search box that filters the list of codes.
search-label = Filtrer les codes
# Placeholder text inside the search box.
search-placeholder = Numéro, intitulé ou mot-clé
# Shown when the search box matches no code.
search-empty = Aucun code ne correspond à votre recherche.
# Title of a protocol's own list page. $protocol is HTTP or SIP.
protocol-title = Codes de statut { $protocol }
# Introduction of the HTTP list page.
protocol-intro-http = Les codes de statut HTTP indiquent à un client comment un serveur web a traité sa requête. Ils sont définis par la RFC 9110 et par les RFC qui la complètent.
# Introduction of the SIP list page.
protocol-intro-sip = Les codes de réponse SIP indiquent à l'appelant comment un téléphone, un proxy ou un serveur SIP a traité une requête comme `INVITE` ou `REGISTER`. Ils sont définis par la RFC 3261 et par les RFC qui la complètent.
# Link from an index page to a protocol's own list.
protocol-all = Tous les codes { $protocol }

## Classes of codes (the first digit)

# HTTP 1xx class name.
http-class-1 = Information
# HTTP 2xx class name.
http-class-2 = Succès
# HTTP 3xx class name.
# same as English
http-class-3 = Redirection
# HTTP 4xx class name.
http-class-4 = Erreur du client
# HTTP 5xx class name.
http-class-5 = Erreur du serveur
# SIP 1xx class name.
sip-class-1 = Réponse provisoire
# SIP 2xx class name.
sip-class-2 = Succès
# SIP 3xx class name.
# same as English
sip-class-3 = Redirection
# SIP 4xx class name.
sip-class-4 = Échec de la requête
# SIP 5xx class name.
sip-class-5 = Échec du serveur
# SIP 6xx class name.
sip-class-6 = Échec global

## A code's page: header

# Title of a code's page. $code is the number, $reason the reason phrase (keep it in English).
code-title = Simuler une réponse { $code } { $reason }
# Title of the page of a code that is registered but must not be used (HTTP 306, 418).
code-title-unused = { $code } { $reason } : un code réservé
# Label before the class of the code ("2xx Success").
label-class = Classe
# Label before who is at fault.
label-fault = Responsabilité
# Label before the registration status (deprecated, unused…).
label-status = Statut
# Label before the link to the specification.
label-spec = Spécification
# Fault: the client sent something wrong.
# same as English
fault-client = Client
# Fault: the server failed.
fault-server = Serveur
# Fault: nobody; the code reports normal operation or a decision.
fault-neither = Aucune
# Status of a code in normal use.
status-current = En usage
# Status of a code that its specification deprecated.
status-deprecated = Déprécié
# Status of a code that is reserved and must not be sent.
status-unused = Inutilisé
# Status of a code whose specification is obsolete or historic.
status-obsoleted = Obsolète
# Status of a code registered only temporarily, from an Internet-Draft.
status-temporary = Enregistrement temporaire
# Status of a code from an Experimental RFC.
status-experimental = Expérimental
# Link text to a specification section. $document is "RFC 9110", $section "15.3.3".
# same as English
spec-section = { $document }, section { $section }
# Link text to a whole specification (no section).
spec-document = { $document }

## A code's page: the response

# Heading of the example response.
section-response = La réponse
# Note under the example response.
response-note = Le message tel qu'il circule, avec un `Content-Length` calculé d'après le corps affiché.
# Note under an example response that has no body.
response-note-empty = Cette réponse n'a pas de corps.

## A code's page: try it

# Heading of the section with commands to try the code.
section-try = Essayer
# Explains the command against the public test host. $host is its address.
try-public = `{ $host }` répond avec ce code de statut, mais avec un corps vide : il ne renvoie pas l'exemple ci-dessus.
# Explains the command against the local mock of statusdoc serve.
try-local = `statusdoc serve` lance un serveur factice local qui répond exactement avec l'exemple de réponse ci-dessus.
# Explains the SIP test command. $method is the SIP method (INVITE…), $code the status code.
try-sip = `sipexer` envoie une requête `{ $method }` pour l'utilisateur { $code } et affiche la réponse. Lancez d'abord l'une des configurations ci-dessous : elles répondent à cette requête avec ce code de statut et ses en-têtes.

## A code's page: frameworks

# Heading of the framework tabs. $code and $reason as in the page title.
section-frameworks = Renvoyer { $code } { $reason } depuis votre framework
# Heading of the SIP server tabs.
section-servers = Envoyer { $code } { $reason } depuis votre serveur SIP
# Accessible name of the list of framework tabs.
# same as English
frameworks-tabs =
    .aria-label = Frameworks
# Label of the button that copies a snippet.
copy = Copier
# Shown briefly after a snippet was copied.
copied = Copié

## A code's page: the explainer

# Heading of the one-sentence summary of the code.
section-tldr = En bref
# Heading of the paragraph that explains the code.
section-meaning = Ce que cela signifie
# Heading of the list of situations that lead to the code.
section-causes = Causes fréquentes
# Heading of what a website visitor can do (HTTP pages).
section-fix-visitor = Comment y remédier en tant que visiteur
# Heading of what the person making a call can do (SIP pages).
section-fix-caller = Comment y remédier en tant qu'appelant
# Heading of what a developer or administrator can do.
section-fix-developer = Comment y remédier en tant que développeur ou administrateur

## A code's page: browser compatibility (only for codes with data)

# Heading of the browser support table.
section-compat = Compatibilité des navigateurs
# Caption of a table about one feature of the code. $name is a technical token such as preload.
compat-feature = Prise en charge de `rel={ $name }` dans cette réponse
# Column heading: the browser.
compat-browser = Navigateur
# Column heading: the first version that supports it.
compat-since = Pris en charge depuis
# Cell: the browser does not support it.
compat-no = Non pris en charge
# Cell note: only behind a setting the user must turn on.
compat-flag = via un réglage à activer
# Cell note: the support is incomplete.
compat-partial = prise en charge partielle
# Cell note: MDN adds a note for this browser.
compat-notes = voir les notes sur MDN
# Line under the tables: where the data comes from.
compat-source = Données : browser-compat-data de MDN. Les navigateurs absents du tableau n'ont pas de données.
# Link to the code's MDN page, under the tables.
compat-mdn = Ce code sur MDN

## A code's page: related codes and navigation

# Heading of the section about related codes.
section-related = Codes associés
# Line introducing the codes a reader may compare with this one, each with when to use which.
related-intro = Codes souvent comparés à celui-ci, et quand utiliser l'un ou l'autre :
# The code with the same meaning in the other protocol. $protocol is HTTP or SIP.
related-equivalent = Même signification en { $protocol } :
# Link to the previous code of the same protocol.
nav-previous = Code précédent
# Link to the next code of the same protocol.
nav-next = Code suivant
# Heading of the list of this page in other languages.
related-languages = Cette page dans d'autres langues

## Page not found

# Title of the "page not found" page.
notfound-title = Page introuvable
# Text of the "page not found" page.
notfound-text = Il n'y a aucune page à cette adresse. Vous trouverez peut-être ce que vous cherchiez dans la liste de tous les codes.
