### SIP response codes: the one-paragraph description shown under the title of each SIP code page
### (/<lang>/sip/<code>/). English is the source language.
###
### Each message is plain prose on ONE line. Text in `backticks` is protocol syntax (header names such
### as `Retry-After`, methods such as `INVITE`, tokens such as `sec-agree`): keep it exactly as is,
### backticks included. Keep code numbers, RFC numbers and English reason phrases (e.g. Bad Identity-Info)
### unchanged. Never use curly braces, and do not start a message with [, * or a period.

# SIP 100 Trying: the one-paragraph description under the page title.
sip-100-description = Uma resposta provisória salto a salto (hop-by-hop) que indica que o próximo elemento, um proxy ou o agente de usuário chamado, recebeu a requisição e está trabalhando nela. Sobre UDP, ela faz o salto anterior parar de retransmitir o `INVITE`. Os proxies nunca a encaminham: cada salto envia a sua, por isso ela não diz nada sobre se o destinatário da chamada já foi alcançado.

# SIP 180 Ringing: the one-paragraph description under the page title.
sip-180-description = O agente de usuário chamado recebeu o `INVITE` e está alertando o usuário, geralmente fazendo o aparelho tocar. O chamador normalmente reproduz localmente um tom de chamada (ringback), a menos que chegue mídia antecipada (early media). Em geral, cria um diálogo antecipado (early dialog), e uma chamada bifurcada (forking) pode gerar várias respostas 180 vindas de dispositivos diferentes.

# SIP 181 Call Is Being Forwarded: the one-paragraph description under the page title.
sip-181-description = Uma resposta provisória, enviada por um proxy ou pelo agente de usuário chamado, que indica que a chamada está sendo encaminhada para outro destino, por exemplo por uma regra de encaminhamento de chamadas. É apenas informativa: o chamador continua aguardando uma resposta final, que virá do novo destino.

# SIP 182 Queued: the one-paragraph description under the page title.
sip-182-description = O destinatário está temporariamente indisponível, mas o servidor colocou a chamada em uma fila em vez de rejeitá-la, como faz uma central de atendimento. A frase de motivo pode trazer detalhes como a posição na fila, e o servidor pode enviar várias respostas 182 à medida que ela muda. O chamador continua aguardando uma resposta final.

# SIP 183 Session Progress: the one-paragraph description under the page title.
sip-183-description = Uma resposta provisória que transmite informações sobre o andamento da chamada não cobertas pelos outros códigos 1xx. Na maioria das vezes, ela traz uma resposta SDP (answer) para mídia antecipada, de modo que o chamador ouve anúncios ou um tom de chamada gerado pela rede antes de a chamada ser atendida; nesse caso, costuma ser enviada de forma confiável e confirmada com `PRACK` (RFC 3262). O exemplo a mostra sem corpo.

# SIP 199 Early Dialog Terminated: the one-paragraph description under the page title.
sip-199-description = Informa ao chamador e às outras entidades anteriores no caminho (upstream) que um diálogo antecipado de um `INVITE` terminou antes do envio da resposta final, por exemplo quando um ramo de uma chamada bifurcada é rejeitado (RFC 6228). O chamador pode então liberar os recursos ligados a esse diálogo, como a mídia antecipada. Só é enviado se a requisição trouxer `Supported: 199`, e pode incluir um cabeçalho `Reason` que indique a resposta final que encerrou o diálogo.

# SIP 200 OK: the one-paragraph description under the page title.
sip-200-description = A requisição foi bem-sucedida. O que isso significa depende do método: para `INVITE`, o destinatário atendeu e um diálogo é estabelecido, o que o chamador confirma com `ACK`; para `REGISTER`, o registrador armazenou o vínculo (binding) e lista todos os contatos atuais; para `BYE`, a sessão terminou. O exemplo responde a um `REGISTER`.

# SIP 202 Accepted: the one-paragraph description under the page title.
# Keep the word Deprecated prominent: the page warns that this code is no longer sent by new implementations.
sip-202-description = Descontinuado. Significava que um `SUBSCRIBE` tinha sido aceito enquanto a autorização dele ainda estava pendente (RFC 3265), e era a resposta habitual a `REFER`. A RFC 6665 o descontinuou para assinaturas e a RFC 7647 fez o mesmo para `REFER`: as implementações novas enviam 200 no lugar dele e tratam um 202 vindo de pares mais antigos como se fosse um 200.

# SIP 204 No Notification: the one-paragraph description under the page title.
# Do not translate it as if it were HTTP 204 No Content; the text explains the difference.
sip-204-description = Uma resposta de sucesso a um `SUBSCRIBE` que trazia um cabeçalho `Suppress-If-Match` correspondente à tag de entidade (entity tag) atual do estado (RFC 5839). A assinatura é criada ou renovada, mas o notificador omite o `NOTIFY` que normalmente viria em seguida, porque o assinante já tem esse estado. Apesar do nome, não tem nada a ver com o HTTP 204 No Content: o seu equivalente no HTTP é o 304 Not Modified.

# SIP 300 Multiple Choices: the one-paragraph description under the page title.
sip-300-description = O endereço da requisição corresponde a várias localizações, listadas em cabeçalhos `Contact`, opcionalmente com valores de preferência `q`. O chamador, ou o seu usuário, escolhe uma delas ou as tenta uma após a outra, com novas requisições. O servidor redireciona e não encaminha ele mesmo a requisição.

# SIP 301 Moved Permanently: the one-paragraph description under the page title.
sip-301-description = O usuário não pode mais ser encontrado no endereço do Request-URI. O chamador deve tentar de novo no endereço do cabeçalho `Contact` e usá-lo daqui em diante, atualizando qualquer agenda de contatos ou cache.

# SIP 302 Moved Temporarily: the one-paragraph description under the page title.
sip-302-description = O usuário pode ser encontrado, por enquanto, no endereço do cabeçalho `Contact`, então o chamador repete a requisição lá. Diferentemente do 301, o endereço original continua válido: o redirecionamento vale pelo tempo indicado por um parâmetro `expires` ou por um cabeçalho `Expires`, ou apenas para esta chamada. Os servidores de redirecionamento o usam para o encaminhamento de chamadas e para responder a consultas sem atuar como proxy.

# SIP 305 Use Proxy: the one-paragraph description under the page title.
sip-305-description = O recurso precisa ser acessado através do proxy indicado no cabeçalho `Contact`, então o chamador envia a requisição de novo por esse proxy. Por motivos de segurança, a RFC 3261 só permite que servidores de agente de usuário o enviem, nunca proxies. O HTTP descontinuou o seu próprio 305, mas o código SIP continua em vigor, embora seja raro.

# SIP 380 Alternative Service: the one-paragraph description under the page title.
sip-380-description = A chamada não teve sucesso, mas existem outras formas de atingir o objetivo, como o correio de voz ou um serviço de emergência. A RFC 3261 diz que as alternativas são descritas no corpo da mensagem, sem definir o formato dele; especificações posteriores, principalmente para chamadas de emergência, definem um. O exemplo mostra apenas um `Contact` que aponta para uma alternativa.

# SIP 400 Bad Request: the one-paragraph description under the page title.
sip-400-description = A requisição não pôde ser entendida por causa de sintaxe malformada, por exemplo a falta de um cabeçalho obrigatório como `Call-ID` ou um `CSeq` impossível de interpretar. Os servidores costumam mudar a frase de motivo para indicar o problema exato. O cliente precisa corrigir a requisição antes de enviá-la de novo.

# SIP 401 Unauthorized: the one-paragraph description under the page title.
sip-401-description = A requisição exige autenticação do usuário. Registradores e agentes de usuário enviam este código com um desafio `WWW-Authenticate`, e o cliente tenta de novo com um cabeçalho `Authorization` que responde ao desafio, geralmente com credenciais HTTP Digest. Os proxies usam o 407.

# SIP 402 Payment Required: the one-paragraph description under the page title.
sip-402-description = Reservado para uso futuro: a RFC 3261 define o código, mas nenhum comportamento para ele. Mesmo assim, alguns provedores o enviam quando uma conta pré-paga fica sem crédito.

# SIP 403 Forbidden: the one-paragraph description under the page title.
sip-403-description = O servidor entendeu a requisição, mas recusa a sua execução, e enviar credenciais de novo não vai ajudar. Causas típicas são uma conta sem permissão para ligar para um destino, um `REGISTER` de um endereço que o usuário autenticado não pode registrar, ou um chamador bloqueado por política.

# SIP 404 Not Found: the one-paragraph description under the page title.
sip-404-description = O usuário não existe no domínio do Request-URI, ou esse domínio não é atendido pelo destinatário. A resposta vale apenas para este servidor; o 604 diz que o usuário não existe em lugar nenhum.

# SIP 405 Method Not Allowed: the one-paragraph description under the page title.
sip-405-description = O servidor conhece o método, mas não o permite para o endereço do Request-URI. A resposta precisa incluir um cabeçalho `Allow` que liste os métodos aceitos, para que o cliente possa se adaptar. O exemplo rejeita um `MESSAGE`.

# SIP 406 Not Acceptable: the one-paragraph description under the page title.
sip-406-description = O recurso só consegue produzir conteúdo que o cabeçalho `Accept` da requisição não permite. Por exemplo, um notificador responde a um `SUBSCRIBE` com 406 quando não consegue entregar o estado do evento em nenhum dos formatos listados pelo assinante.

# SIP 407 Proxy Authentication Required: the one-paragraph description under the page title.
sip-407-description = Como o 401, mas o desafio vem de um proxy no caminho, e não do destino. A resposta traz um cabeçalho `Proxy-Authenticate`, e o cliente tenta de novo com `Proxy-Authorization`. É a resposta habitual ao primeiro `INVITE` que um telefone envia pelo proxy do seu provedor.

# SIP 408 Request Timeout: the one-paragraph description under the page title.
sip-408-description = O servidor não conseguiu produzir uma resposta final a tempo, por exemplo porque não conseguiu localizar o usuário com rapidez suficiente. Uma transação de cliente também o informa localmente quando o seu temporizador expira sem nenhuma resposta final (Timer B ou F na RFC 3261). O cliente pode tentar de novo mais tarde; ao contrário do HTTP 408, não tem a ver com o cliente enviar a requisição devagar demais.

# SIP 410 Gone: the one-paragraph description under the page title.
sip-410-description = O usuário já pôde ser contatado neste servidor, mas não está mais disponível nele, e o servidor não conhece nenhum endereço de redirecionamento. Espera-se que a situação seja permanente; quando ela é temporária ou desconhecida, o 404 é mais adequado.

# SIP 412 Conditional Request Failed: the one-paragraph description under the page title.
sip-412-description = Um `PUBLISH` tentou renovar, alterar ou remover um estado de evento com uma tag de entidade em `SIP-If-Match` que o compositor de estado de eventos (event state compositor), por exemplo um servidor de presença, já não conhece, normalmente porque a publicação expirou (RFC 3903). O publicador deve recomeçar com um `PUBLISH` inicial que traga o estado completo e nenhum `SIP-If-Match`.

# SIP 413 Request Entity Too Large: the one-paragraph description under the page title.
sip-413-description = O corpo da requisição é maior do que o servidor está disposto ou é capaz de processar. O servidor pode fechar a conexão e, se a situação for temporária, inclui um cabeçalho `Retry-After`. Mensagens instantâneas grandes e corpos multipart são causas típicas.

# SIP 414 Request-URI Too Long: the one-paragraph description under the page title.
sip-414-description = O Request-URI é mais longo do que o servidor está disposto a interpretar. O cliente precisa encurtá-lo, por exemplo eliminando parâmetros de URI desnecessários ou cabeçalhos embutidos.

# SIP 415 Unsupported Media Type: the one-paragraph description under the page title.
sip-415-description = O corpo da requisição usa um formato, uma codificação ou um idioma que o servidor não suporta. A resposta lista o que ele aceita em `Accept`, `Accept-Encoding` ou `Accept-Language`, conforme a parte que falhou, e o cliente pode reenviar a requisição com um corpo adequado.

# SIP 416 Unsupported URI Scheme: the one-paragraph description under the page title.
sip-416-description = O servidor não entende o esquema do Request-URI, por exemplo um esquema diferente de `sip`, `sips` ou `tel` que ele não trata. O cliente deve tentar de novo com um URI em um esquema que o servidor suporte.

# SIP 417 Unknown Resource-Priority: the one-paragraph description under the page title.
sip-417-description = A requisição exigia tratamento prioritário com `Require: resource-priority`, mas o seu cabeçalho `Resource-Priority` não continha nenhum namespace ou valor de prioridade que o servidor entenda (RFC 4412). A resposta lista em `Accept-Resource-Priority` os valores que o servidor aceita. Aparece em redes de preferência governamentais e de emergência.

# SIP 420 Bad Extension: the one-paragraph description under the page title.
sip-420-description = O servidor não suporta uma extensão que a requisição exigiu com uma tag de opção (option tag) em `Require`, ou em `Proxy-Require` no caso de proxies. A resposta lista as tags de opção não suportadas em `Unsupported`, para que o cliente possa tentar de novo sem elas.

# SIP 421 Extension Required: the one-paragraph description under the page title.
sip-421-description = O servidor de agente de usuário só consegue processar a requisição com uma extensão que o cliente não listou em `Supported`. A resposta indica a tag de opção exigida em um cabeçalho `Require`. A RFC 3261 pede que os servidores usem este código com moderação, porque rejeitar uma requisição prejudica mais a interoperabilidade do que prosseguir sem a extensão.

# SIP 422 Session Interval Too Small: the one-paragraph description under the page title.
sip-422-description = O intervalo do temporizador de sessão (session timer) pedido em `Session-Expires` é menor do que o mínimo aceito por este proxy ou agente de usuário (RFC 4028). A resposta informa esse mínimo em `Min-SE`, e o cliente repete o `INVITE` ou o `UPDATE` com um intervalo maior.

# SIP 423 Interval Too Brief: the one-paragraph description under the page title.
sip-423-description = O tempo de expiração pedido, geralmente para um vínculo de `REGISTER`, é menor do que o servidor permite, o que tornaria as renovações frequentes demais. A resposta informa o mínimo em `Min-Expires`, e o cliente tenta de novo com pelo menos esse valor. Os notificadores usam o mesmo código para um `SUBSCRIBE` com expiração curta demais.

# SIP 424 Bad Location Information: the one-paragraph description under the page title.
sip-424-description = A requisição transmitia informações de localização (RFC 6442) que o destinatário não pôde usar, por exemplo porque estavam malformadas, não puderam ser desreferenciadas ou não eram precisas o bastante para servir de base ao roteamento. Um cabeçalho `Geolocation-Error` traz um código e um texto que explicam o que deu errado, para que o remetente possa corrigir o problema. Importa sobretudo para chamadas de emergência roteadas pela localização do chamador.

# SIP 425 Bad Alert Message: the one-paragraph description under the page title.
sip-425-description = Uma chamada de emergência não interativa, isto é, um `MESSAGE` com um conteúdo Common Alerting Protocol (CAP) enviado por um sensor ou veículo (RFC 8876), estava tão malformada que não foi possível determinar nenhuma resposta de emergência razoável. Um cabeçalho `AlertMsg-Error` traz um código e um texto que dizem o que havia de errado com o alerta. O código não tem relação com o cabeçalho `Alert-Info`.

# SIP 428 Use Identity Header: the one-paragraph description under the page title.
sip-428-description = A política do verificador exige um cabeçalho `Identity` assinado (STIR, RFC 8224), e a requisição não tinha nenhum. O serviço de autenticação do chamador precisa adicionar um, por exemplo um SHAKEN PASSporT, para que a requisição possa ter sucesso. A RFC 4474 introduziu o código; a RFC 8224, que a torna obsoleta, o mantém.

# SIP 429 Provide Referrer Identity: the one-paragraph description under the page title.
# Unrelated to HTTP 429 Too Many Requests.
sip-429-description = Enviado pelo alvo de uma transferência quando a requisição disparada por um `REFER` não tem um token `Referred-By` assinado e válido, que ele exige para saber quem pediu a transferência (RFC 3892). O destinatário do `REFER` (referee) comunica a falha a quem o enviou (referrer) em um `NOTIFY`, e este pode enviar um novo `REFER` com um token assinado. Não tem nada a ver com o HTTP 429 Too Many Requests.

# SIP 430 Flow Failed: the one-paragraph description under the page title.
sip-430-description = Usado dentro do SIP Outbound (RFC 5626): um proxy de borda o envia quando chega uma requisição destinada a uma conexão de cliente, ou fluxo (flow), que falhou. O proxy autoritativo que o recebe remove o registro vinculado a esse fluxo e tenta outro fluxo ou contato, de modo que o chamador normalmente nunca o vê.

# SIP 433 Anonymity Disallowed: the one-paragraph description under the page title.
sip-433-description = A requisição foi recusada porque é anônima, por exemplo porque o cabeçalho `From` é anônimo ou `Privacy` oculta a identidade do chamador, e a política do destinatário rejeita chamadas anônimas (RFC 5079). O chamador pode tentar de novo com uma identidade que esteja disposto a revelar.

# SIP 436 Bad Identity Info: the one-paragraph description under the page title.
# Bad Identity-Info is the former registered phrase; keep it in English.
sip-436-description = O verificador não conseguiu usar a referência à credencial no parâmetro `info` do cabeçalho `Identity`, por exemplo porque o URI não pôde ser desreferenciado ou usa um esquema não suportado (RFC 8224). A RFC 4474 registrou este código como Bad Identity-Info, por causa do cabeçalho `Identity-Info` separado que ela usava; a RFC 8224 eliminou esse cabeçalho e renomeou o código.

# SIP 437 Unsupported Credential: the one-paragraph description under the page title.
# Unsupported Certificate is the former registered phrase; keep it in English.
sip-437-description = O verificador obteve a credencial, geralmente um certificado, usada para assinar o cabeçalho `Identity`, mas não a suporta ou não confia nela, por exemplo porque a sua cadeia leva a uma autoridade desconhecida (RFC 8224). A RFC 4474 chamava este código de Unsupported Certificate; a RFC 8224 o renomeou para abranger outros tipos de credenciais.

# SIP 438 Invalid Identity Header: the one-paragraph description under the page title.
sip-438-description = O cabeçalho `Identity` falhou na verificação: a assinatura dele não corresponde à requisição com a credencial indicada, ou ele está malformado ou é inconsistente com a requisição (RFC 8224). Isso muitas vezes aponta para um intermediário que reescreveu o número de origem ou de destino depois que a requisição foi assinada.

# SIP 439 First Hop Lacks Outbound Support: the one-paragraph description under the page title.
sip-439-description = Um registrador o envia quando um `REGISTER` pede o tratamento SIP Outbound (RFC 5626), com os parâmetros `reg-id` e `+sip.instance`, mas o proxy de borda do primeiro salto não indicou que suporta outbound. O agente de usuário pode se registrar de novo sem outbound, ou através de outro proxy de borda.

# SIP 440 Max-Breadth Exceeded: the one-paragraph description under the page title.
sip-440-description = Um proxy não conseguiu bifurcar a requisição porque o cabeçalho `Max-Breadth` não deixava margem suficiente para os ramos paralelos (RFC 5393). `Max-Breadth` limita quantos ramos simultâneos uma requisição pode gerar, o que protege contra ataques de amplificação. Menos destinos simultâneos, por exemplo menos contatos tocando ao mesmo tempo, evitam o problema.

# SIP 469 Bad Info Package: the one-paragraph description under the page title.
sip-469-description = Um agente de usuário recebeu uma requisição `INFO` cujo `Info-Package` ele não declarou estar disposto a receber (RFC 6086). A resposta precisa listar em `Recv-Info` os pacotes que ele aceita, lista que pode estar vazia, e o remetente deve parar de usar esse pacote no diálogo.

# SIP 470 Consent Needed: the one-paragraph description under the page title.
sip-470-description = Um retransmissor (relay), como um servidor de listas de URIs, não aceita repassar a requisição a um ou mais destinatários porque eles não deram permissão para receber esse tipo de tráfego (RFC 5360). O cabeçalho `Permission-Missing` lista esses destinatários, e o remetente pode pedir a permissão deles por meio do mecanismo de consentimento antes de tentar de novo.

# SIP 480 Temporarily Unavailable: the one-paragraph description under the page title.
sip-480-description = O sistema do destinatário foi alcançado, mas o destinatário está indisponível no momento, por exemplo desconectado, no modo “não perturbe” ou sem atender em nenhum dispositivo registrado; os proxies também o enviam para um usuário conhecido que não tem registro ativo. Um cabeçalho `Retry-After` pode sugerir quando tentar de novo, e a frase de motivo pode ser mais específica.

# SIP 481 Call/Transaction Does Not Exist: the one-paragraph description under the page title.
sip-481-description = O servidor de agente de usuário recebeu uma requisição que não corresponde a nenhum diálogo ou transação existente, como um `BYE` para uma chamada que ele não conhece mais, ou um `CANCEL` quando não resta nada a cancelar. Costuma vir depois de uma reinicialização, de um tempo esgotado em um dos lados ou de um middlebox que alterou identificadores de diálogo. O exemplo responde a um `BYE`.

# SIP 482 Loop Detected: the one-paragraph description under the page title.
sip-482-description = Um proxy detectou que a requisição já passou por ele com os mesmos valores de roteamento, ou seja, está andando em círculos. Os loops vêm de encaminhamento ou roteamento mal configurado entre servidores, o que precisa ser corrigido; reenviar a requisição não vai ajudar.

# SIP 483 Too Many Hops: the one-paragraph description under the page title.
sip-483-description = A requisição chegou com `Max-Forwards` igual a zero, então o elemento não pode mais encaminhá-la. A causa habitual é um loop de roteamento que a detecção de loops não percebeu, ou uma cadeia muito longa de proxies. Em vez disso, um proxy pode responder ele mesmo a um `OPTIONS` com `Max-Forwards` igual a zero.

# SIP 484 Address Incomplete: the one-paragraph description under the page title.
sip-484-description = O Request-URI está incompleto, por exemplo um número de telefone com poucos dígitos, e o servidor precisa de mais. Este código viabiliza a discagem com sobreposição (overlap dialing), em que o chamador envia os dígitos em requisições sucessivas até o endereço ficar completo.

# SIP 485 Ambiguous: the one-paragraph description under the page title.
sip-485-description = O Request-URI corresponde a mais de um usuário, por exemplo um nome compartilhado por várias pessoas. A resposta pode listar candidatos sem ambiguidade em cabeçalhos `Contact`, embora os servidores possam omiti-los por privacidade, e o chamador escolhe um e tenta de novo.

# SIP 486 Busy Here: the one-paragraph description under the page title.
sip-486-description = O dispositivo do destinatário foi alcançado, mas não pode ou não quer aceitar outra chamada agora, normalmente porque o usuário já está em uma ligação. O usuário pode estar acessível em outro lugar, então os proxies ainda podem tentar outras localizações ou o correio de voz; o 600 significa ocupado em todos os lugares. Um cabeçalho `Retry-After` pode sugerir quando ligar de novo.

# SIP 487 Request Terminated: the one-paragraph description under the page title.
sip-487-description = A requisição foi encerrada antes de ser concluída por um `CANCEL` ou um `BYE`; geralmente é um `INVITE` que o chamador cancelou enquanto o destino tocava. O lado que cancela recebe um 200 para o seu `CANCEL` e este 487 para a requisição original. Nunca é enviado em resposta ao próprio `CANCEL`.

# SIP 488 Not Acceptable Here: the one-paragraph description under the page title.
sip-488-description = O agente de usuário rejeitou a descrição de sessão, por exemplo porque nenhum dos codecs ou tipos de mídia oferecidos pode ser usado, e um cabeçalho `Warning` deve dizer o que falhou. Ao contrário do 606, o problema diz respeito apenas a este dispositivo, então outra localização pode aceitar a mesma oferta. É também a resposta habitual a uma oferta inaceitável em um re-`INVITE` ou `UPDATE`.

# SIP 489 Bad Event: the one-paragraph description under the page title.
sip-489-description = O notificador não entende o pacote de eventos indicado no cabeçalho `Event` de um `SUBSCRIBE` (RFC 6665); um assinante também usa este código para um `NOTIFY` sobre um pacote de eventos que não conhece. Um 489 em resposta a um `SUBSCRIBE` lista os pacotes suportados em `Allow-Events`.

# SIP 491 Request Pending: the one-paragraph description under the page title.
sip-491-description = O agente de usuário recebeu uma requisição em um diálogo enquanto uma requisição sua do mesmo tipo ainda está pendente, normalmente duas requisições re-`INVITE` ou `UPDATE` que se cruzam (glare). Cada lado espera um tempo aleatório, mais longo para o lado que escolheu o `Call-ID`, antes de tentar de novo, para que as requisições deixem de colidir.

# SIP 493 Undecipherable: the one-paragraph description under the page title.
sip-493-description = A requisição trazia um corpo cifrado com S/MIME que o destinatário não consegue decifrar, porque não tem a chave correspondente. A resposta pode trazer uma chave pública que o remetente deve usar em vez disso.

# SIP 494 Security Agreement Required: the one-paragraph description under the page title.
sip-494-description = O servidor exige que o cliente negocie primeiro um mecanismo de segurança (RFC 3329), e o cliente indicou que entende a extensão `sec-agree`. A resposta lista os mecanismos do servidor, como TLS ou IPsec, em `Security-Server`; o cliente escolhe um, configura-o e reenvia a requisição com `Security-Verify`. É comum em redes de acesso IMS.

# SIP 500 Server Internal Error: the one-paragraph description under the page title.
sip-500-description = O servidor encontrou uma condição inesperada que o impediu de concluir a requisição; se souber que a condição é temporária, ele adiciona `Retry-After`. Um agente de usuário também responde 500 com `Retry-After` quando um novo `INVITE` chega em um diálogo antes de ele terminar de processar o anterior.

# SIP 501 Not Implemented: the one-paragraph description under the page title.
sip-501-description = O servidor não suporta a funcionalidade necessária para atender à requisição, normalmente porque um agente de usuário não reconhece o método de forma alguma. Um método que ele conhece, mas não permite para o destino, recebe 405. Os proxies encaminham as requisições seja qual for o método, então o 501 normalmente vem da outra ponta.

# SIP 502 Bad Gateway: the one-paragraph description under the page title.
sip-502-description = Um servidor que atua como proxy ou gateway recebeu uma resposta inválida de um servidor seguinte no caminho (downstream) que ele contatou. A falha está mais adiante no caminho, por exemplo uma resposta malformada de uma operadora ou um gateway PSTN com defeito.

# SIP 503 Service Unavailable: the one-paragraph description under the page title.
sip-503-description = O servidor está temporariamente incapaz de tratar a requisição, porque está sobrecarregado ou em manutenção, e pode indicar em `Retry-After` quando o cliente deve voltar. Os clientes devem tentar um servidor alternativo encontrado via DNS e evitar este durante esse tempo. Um proxy que recebe apenas um 503 dos servidores seguintes (downstream) normalmente envia 500 de volta (upstream), já que repassar o 503 afirmaria que o próprio proxy está indisponível.

# SIP 504 Server Time-out: the one-paragraph description under the page title.
sip-504-description = Um servidor que atua como proxy ou gateway não recebeu a tempo uma resposta de outro servidor de que precisava, como um servidor de localização ou o próximo salto. Compare com o 408, em que o próprio servidor ficou sem tempo para produzir uma resposta.

# SIP 505 Version Not Supported: the one-paragraph description under the page title.
sip-505-description = O servidor não suporta a versão do SIP usada na linha de requisição. Como todas as implementações falam SIP/2.0, geralmente indica uma requisição malformada ou que não é SIP.

# SIP 513 Message Too Large: the one-paragraph description under the page title.
sip-513-description = O servidor não consegue processar a requisição porque a mensagem inteira é mais longa do que ele consegue tratar. É frequente sobre UDP, em que mensagens grandes são fragmentadas; a RFC 3261 pede que os clientes usem um transporte com controle de congestionamento, como TCP, para requisições próximas do MTU do caminho. O 413 diz respeito apenas ao corpo.

# SIP 555 Push Notification Service Not Supported: the one-paragraph description under the page title.
sip-555-description = Um proxy SIP que trata notificações push (RFC 8599) recebeu um `REGISTER` cujo parâmetro `pn-provider` indica um serviço de notificações push que ele não suporta. A resposta pode listar os serviços que ele suporta com o indicador `+sip.pns` em um cabeçalho `Feature-Caps`, para que o app se registre de novo com um deles.

# SIP 580 Precondition Failure: the one-paragraph description under the page title.
sip-580-description = O agente de usuário não conseguiu cumprir uma precondição obrigatória para a sessão, como reservar recursos de rede para garantir a qualidade de serviço (RFC 3312), então o estabelecimento da sessão falha. A resposta pode trazer uma descrição de sessão que mostra qual precondição não foi atendida.

# SIP 600 Busy Everywhere: the one-paragraph description under the page title.
sip-600-description = O dispositivo do destinatário foi alcançado, e o destinatário está ocupado e não quer receber a chamada em nenhum outro lugar neste momento, então os proxies param de tentar outras localizações. Um cabeçalho `Retry-After` pode sugerir um horário melhor. Um destinatário que prefere não dizer o motivo usa o 603.

# SIP 603 Decline: the one-paragraph description under the page title.
sip-603-description = O dispositivo do destinatário foi alcançado, e o usuário recusou a chamada explicitamente, sem dar um motivo, por exemplo ao pressionar o botão de rejeitar. Como falha global, interrompe a busca em outras localizações. Um cabeçalho `Retry-After` pode indicar quando o usuário estará disponível.

# SIP 604 Does Not Exist Anywhere: the one-paragraph description under the page title.
sip-604-description = O servidor tem informações autoritativas de que o usuário do Request-URI não existe em lugar nenhum, por isso é inútil tentar outras localizações. É mais forte do que o 404, que vale apenas para um servidor ou domínio.

# SIP 606 Not Acceptable: the one-paragraph description under the page title.
sip-606-description = O agente do usuário foi alcançado, mas alguma parte da descrição de sessão, como o tipo de mídia, a largura de banda ou o endereçamento, não é aceitável, e nenhuma outra localização do usuário a aceitaria. Um cabeçalho `Warning` deve dar o motivo, e a resposta pode descrever as capacidades aceitáveis. Um problema limitado a um dispositivo recebe 488.

# SIP 607 Unwanted: the one-paragraph description under the page title.
sip-607-description = O destinatário não queria esta chamada deste chamador, por exemplo porque o usuário a marcou como incômoda ou como chamada automática (RFC 8197). Ao contrário do 603, informa à rede que a chamada era indesejada, o que os serviços de análise de chamadas podem usar para sinalizar ou bloquear chamadas futuras dessa origem.

# SIP 608 Rejected: the one-paragraph description under the page title.
sip-608-description = Um intermediário, normalmente um serviço de análise de chamadas ou antifraude, rejeitou a chamada em nome do destinatário, cujo dispositivo nunca a recebeu (RFC 8688); com o 607, quem decidiu foi uma pessoa. A resposta pode incluir um cabeçalho `Call-Info` com a finalidade (purpose) `jwscard`, que aponta para dados de contato, para que um chamador bloqueado por engano possa pedir a correção.
