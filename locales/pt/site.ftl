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
site-tagline = Todos os códigos de status HTTP e SIP: o que cada um significa, um exemplo correto de resposta e o código para enviá-lo.
# This language's own name, as its speakers write it. Shown in the language switcher.
language-name = Português

# Tooltip of a fragment shown in English because this language lacks its translation.
untranslated-marker = Ainda não traduzido: exibido em inglês.

## Navigation

# Link that lets keyboard users jump over the header to the page's content.
nav-skip = Ir para o conteúdo
# Accessible name of the language switcher navigation.
nav-languages =
    .aria-label = Idiomas
# Link back to the list of all codes in this language.
nav-home = Todos os códigos
# Accessible name of the breadcrumb navigation at the top of a page.
nav-breadcrumb =
    .aria-label = Você está aqui
# Footer line on every page.
footer-about = O { -brand-name } é uma referência aberta: as descrições são textos próprios, conferidos com as RFCs em vigor.

## The language chooser at the site's root

# Title of the root page.
root-title = Códigos de status HTTP e SIP
# Heading above the list of languages.
root-choose = Escolha o seu idioma

## Index pages (all codes of a language, all codes of a protocol)

# Title and heading of the page that lists every code in this language.
index-title = Códigos de status HTTP e SIP
# Introduction under that heading.
index-intro = Escolha um código para ver o que ele significa, um exemplo de resposta, como testá-lo e como enviá-lo a partir do seu framework.
# Number of codes in a list. $count is a number.
index-count = { $count ->
    [one] { $count } código
   *[other] { $count } códigos
}
# Label of the search box that filters the list of codes.
search-label = Filtrar os códigos
# Placeholder text inside the search box.
search-placeholder = Número, frase de motivo ou palavra-chave
# Shown when the search box matches no code.
search-empty = Nenhum código corresponde à sua pesquisa.
# Title of a protocol's own list page. $protocol is HTTP or SIP.
protocol-title = Códigos de status { $protocol }
# Introduction of the HTTP list page.
protocol-intro-http = Os códigos de status HTTP informam ao cliente como um servidor web tratou a requisição dele. Eles são definidos pela RFC 9110 e pelas RFCs que a estendem.
# Introduction of the SIP list page.
protocol-intro-sip = Os códigos de resposta SIP informam ao chamador como um telefone, proxy ou servidor SIP tratou uma requisição como `INVITE` ou `REGISTER`. Eles são definidos pela RFC 3261 e pelas RFCs que a estendem.
# Link from an index page to a protocol's own list.
protocol-all = Todos os códigos { $protocol }

## Classes of codes (the first digit)

# HTTP 1xx class name.
http-class-1 = Informativa
# HTTP 2xx class name.
http-class-2 = Sucesso
# HTTP 3xx class name.
http-class-3 = Redirecionamento
# HTTP 4xx class name.
http-class-4 = Erro do cliente
# HTTP 5xx class name.
http-class-5 = Erro do servidor
# SIP 1xx class name.
sip-class-1 = Provisória
# SIP 2xx class name.
sip-class-2 = Sucesso
# SIP 3xx class name.
sip-class-3 = Redirecionamento
# SIP 4xx class name.
sip-class-4 = Falha da requisição
# SIP 5xx class name.
sip-class-5 = Falha do servidor
# SIP 6xx class name.
sip-class-6 = Falha global

## A code's page: header

# Title of a code's page. $code is the number, $reason the reason phrase (keep it in English).
code-title = Simular uma resposta { $code } { $reason }
# Title of the page of a code that is registered but must not be used (HTTP 306, 418).
code-title-unused = { $code } { $reason }: um código reservado
# Label before the class of the code ("2xx Success").
label-class = Classe
# Label before who is at fault.
label-fault = Responsável
# Label before the registration status (deprecated, unused…).
label-status = Situação
# Label before the link to the specification.
label-spec = Especificação
# Fault: the client sent something wrong.
fault-client = Cliente
# Fault: the server failed.
fault-server = Servidor
# Fault: nobody; the code reports normal operation or a decision.
fault-neither = Nenhum dos dois
# Status of a code in normal use.
status-current = Em uso
# Status of a code that its specification deprecated.
status-deprecated = Descontinuado
# Status of a code that is reserved and must not be sent.
status-unused = Não utilizado
# Status of a code whose specification is obsolete or historic.
status-obsoleted = Obsoleto
# Status of a code registered only temporarily, from an Internet-Draft.
status-temporary = Registro temporário
# Status of a code from an Experimental RFC.
# same as English
status-experimental = Experimental
# Link text to a specification section. $document is "RFC 9110", $section "15.3.3".
spec-section = { $document }, seção { $section }
# Link text to a whole specification (no section).
spec-document = { $document }

## A code's page: the response

# Heading of the example response.
section-response = A resposta
# Note under the example response.
response-note = A mensagem tal como trafega na rede, com o `Content-Length` calculado a partir do corpo mostrado.
# Note under an example response that has no body.
response-note-empty = Esta resposta não tem corpo.

## A code's page: try it

# Heading of the section with commands to try the code.
section-try = Experimente
# Explains the command against the public test host. $host is its address.
try-public = `{ $host }` responde com este código de status, mas com o corpo vazio: ele não retorna o exemplo acima.
# Explains the command against the local mock of statusdoc serve.
try-local = `statusdoc serve` executa um servidor simulado (mock) local que responde exatamente com o exemplo de resposta acima.
# Explains the SIP test command. $method is the SIP method (INVITE…), $code the status code.
try-sip = `sipexer` envia uma requisição `{ $method }` para o usuário { $code } e exibe a resposta. Antes, execute uma das configurações abaixo: elas respondem a essa requisição com este código de status e os cabeçalhos dele.

## A code's page: frameworks

# Heading of the framework tabs. $code and $reason as in the page title.
section-frameworks = Retorne { $code } { $reason } no seu framework
# Heading of the SIP server tabs.
section-servers = Envie { $code } { $reason } a partir do seu servidor SIP
# Accessible name of the list of framework tabs.
# same as English
frameworks-tabs =
    .aria-label = Frameworks
# Label of the button that copies a snippet.
copy = Copiar
# Shown briefly after a snippet was copied.
copied = Copiado

## A code's page: the explainer

# Heading of the one-sentence summary of the code.
section-tldr = Em resumo
# Heading of the paragraph that explains the code.
section-meaning = O que significa
# Heading of the list of situations that lead to the code.
section-causes = Causas comuns
# Heading of what a website visitor can do (HTTP pages).
section-fix-visitor = Como resolver se você é visitante
# Heading of what the person making a call can do (SIP pages).
section-fix-caller = Como resolver se você é quem faz a chamada
# Heading of what a developer or administrator can do.
section-fix-developer = Como resolver se você é desenvolvedor ou administrador

## A code's page: browser compatibility (only for codes with data)

# Heading of the browser support table.
section-compat = Compatibilidade com navegadores
# Caption of a table about one feature of the code. $name is a technical token such as preload.
compat-feature = Suporte a `rel={ $name }` nesta resposta
# Column heading: the browser.
compat-browser = Navegador
# Column heading: the first version that supports it.
compat-since = Suportado desde
# Cell: the browser does not support it.
compat-no = Não suportado
# Cell note: only behind a setting the user must turn on.
compat-flag = só com uma flag ativada
# Cell note: the support is incomplete.
compat-partial = suporte parcial
# Cell note: MDN adds a note for this browser.
compat-notes = veja as notas no MDN
# Line under the tables: where the data comes from.
compat-source = Dados: browser-compat-data do MDN. Os navegadores não listados não têm dados.
# Link to the code's MDN page, under the tables.
compat-mdn = Este código no MDN

## A code's page: related codes and navigation

# Heading of the section about related codes.
section-related = Códigos relacionados
# Line introducing the codes a reader may compare with this one, each with when to use which.
related-intro = Códigos frequentemente comparados com este e quando usar cada um:
# The code with the same meaning in the other protocol. $protocol is HTTP or SIP.
related-equivalent = O mesmo significado em { $protocol }:
# Link to the previous code of the same protocol.
nav-previous = Código anterior
# Link to the next code of the same protocol.
nav-next = Código seguinte
# Heading of the list of this page in other languages.
related-languages = Esta página em outros idiomas

## Page not found

# Title of the "page not found" page.
notfound-title = Página não encontrada
# Text of the "page not found" page.
notfound-text = Não há nenhuma página neste endereço. A lista de todos os códigos pode ter o que você procurava.
