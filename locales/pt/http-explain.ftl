### HTTP status code explainers (English, the source language).
### For every HTTP status code, the texts of the "explainer" part of its page: a one-line summary (TL;DR),
### a "What it means" paragraph, common causes, what a visitor can do, what a developer or administrator can do,
### and, for each related code, one sentence on when to use which.
### Message ids: http-CODE-tldr, http-CODE-meaning, http-CODE-cause-N, http-CODE-fix-visitor-N,
### http-CODE-fix-developer-N and http-CODE-vs-OTHER. Numbered messages are the items of one list, shown in order.
### Keep each translation on one line. Text between backticks is code (status codes, header names, methods,
### configuration directives, commands, paths): keep it unchanged. Keep reason phrases (Content Too Large),
### product names (nginx, Kubernetes) and log messages quoted in double quotes as they are; they are names or
### literal output of programs. Inline Markdown is allowed; do not add braces or HTML.

## HTTP 100 Continue

# HTTP 100 Continue: one-line summary at the top of the explainer (TL;DR).
http-100-tldr = O servidor leu o cabeçalho da requisição e convida o cliente a prosseguir e enviar o corpo.

# HTTP 100 Continue: the "What it means" paragraph of the explainer.
http-100-meaning = O `100 Continue` responde a uma requisição que traz `Expect: 100-continue`: o cliente envia primeiro apenas a seção de cabeçalho e transmite o conteúdo quando esta resposta provisória chega (RFC 9110, seção 10.1.1). Se o servidor fosse recusar a requisição de qualquer forma, por exemplo com `401`, `413` ou `417`, ele envia esse status final em vez do `100`, e o cliente é poupado de um upload inútil. O cliente não deve esperar indefinidamente: quando nenhum `100` chega em pouco tempo, ele pode enviar o corpo mesmo assim, porque alguns servidores e intermediários nunca o enviam. O servidor precisa ignorar a expectativa em uma requisição HTTP/1.0 e pode dispensar o `100` quando parte do corpo já chegou. A resposta final à mesma requisição sempre vem em seguida.

# HTTP 100 Continue: common cause 1 of 3, an item of the "Common causes" list.
http-100-cause-1 = O curl adiciona `Expect: 100-continue` por conta própria às requisições `POST` e `PUT` cujo corpo passa de cerca de um megabyte, por isso o servidor responde `100` antes do status real.

# HTTP 100 Continue: common cause 2 of 3, an item of the "Common causes" list.
http-100-cause-2 = Um SDK de armazenamento de objetos, ou o `HttpWebRequest` do .NET Framework, envia `Expect: 100-continue` nos uploads para que o serviço possa rejeitar credenciais inválidas antes de qualquer transferência de dados.

# HTTP 100 Continue: common cause 3 of 3, an item of the "Common causes" list.
http-100-cause-3 = O framework do servidor envia `100` por conta própria na primeira vez que o handler lê o corpo da requisição, como fazem o `net/http` do Go e o Node.js quando o cliente o pediu.

# HTTP 100 Continue: what a visitor can do, the only item of "How to fix it (for visitors)".
http-100-fix-visitor-1 = Nada: esta resposta provisória é trocada entre programas antes de um upload e nunca aparece como página.

# HTTP 100 Continue: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-1 = Acompanhe a troca executando `curl -v --data-binary @bigfile` no seu endpoint: o log mostra `Expect: 100-continue`, depois `HTTP/1.1 100 Continue` e, por fim, o status final.

# HTTP 100 Continue: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-2 = Se cada upload trava por um segundo, algum servidor ou proxy não está respondendo à expectativa e o cliente espera esgotar o próprio tempo limite (`--expect100-timeout` no curl); remova o cabeçalho com `curl -H 'Expect:'` ou defina `ExpectContinueTimeout` no `http.Transport` do Go.

# HTTP 100 Continue: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-3 = Verifique a autenticação, o `Content-Length` e as cotas antes de ler o corpo, para poder responder `401` ou `413` em vez de `100`; no Node.js, trate o evento `checkContinue` para decidir.

# HTTP 100 Continue: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-4 = Lembre-se de que um proxy reverso pode responder ele mesmo à expectativa: o nginx envia `100` e lê o corpo inteiro antes de contatar o upstream, a menos que você defina `proxy_request_buffering off`.

# HTTP 100 Continue compared with HTTP 101 Switching Protocols: when to use which, in the "Related codes" section.
http-100-vs-101 = O `100` deixa a mesma requisição HTTP continuar, enquanto o `101` entrega a conexão ao protocolo indicado em `Upgrade`.

# HTTP 100 Continue compared with HTTP 102 Processing: when to use which, in the "Related codes" section.
http-100-vs-102 = O `100` vem antes do corpo, para convidar o cliente a enviá-lo, enquanto o `102` vinha depois que a requisição inteira tinha chegado, para dizer que o trabalho ainda estava em andamento.

# HTTP 100 Continue compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-100-vs-103 = O `100` diz respeito ao corpo da requisição que o cliente ainda não enviou, enquanto o `103` diz respeito a recursos que o cliente pode buscar antes da resposta final.

# HTTP 100 Continue compared with HTTP 417 Expectation Failed: when to use which, in the "Related codes" section.
http-100-vs-417 = O servidor envia `100` quando aceita a expectativa `Expect: 100-continue` e `417` quando não consegue atender à expectativa de forma alguma.

## HTTP 101 Switching Protocols

# HTTP 101 Switching Protocols: one-line summary at the top of the explainer (TL;DR).
http-101-tldr = O servidor aceitou o pedido de `Upgrade` do cliente, e a conexão agora fala outro protocolo, geralmente WebSocket.

# HTTP 101 Switching Protocols: the "What it means" paragraph of the explainer.
http-101-meaning = Um `101` só pode vir depois de uma requisição HTTP/1.1 que trouxe um cabeçalho `Upgrade`, listado em `Connection: Upgrade`, e o servidor só pode mudar para um protocolo que o cliente ofereceu. Ele indica o protocolo escolhido no seu próprio cabeçalho `Upgrade`; no caso do WebSocket (RFC 6455), também retorna `Sec-WebSocket-Accept`, calculado a partir do `Sec-WebSocket-Key` do cliente, para provar que entendeu o handshake. Cada byte depois da linha em branco que encerra o `101` pertence ao novo protocolo, por isso os tempos limite, o buffering e os logs de acesso do HTTP deixam de descrever essa conexão. O HTTP/2 e o HTTP/3 não permitem esse mecanismo: neles, o WebSocket funciona sobre um `CONNECT` estendido (RFC 8441 e RFC 9220), e a RFC 9113 descontinuou o upgrade `h2c` para HTTP/2 sem TLS.

# HTTP 101 Switching Protocols: common cause 1 of 3, an item of the "Common causes" list.
http-101-cause-1 = Uma página abriu um WebSocket com `new WebSocket('wss://example.com/socket')`, e o servidor aceitou o handshake.

# HTTP 101 Switching Protocols: common cause 2 of 3, an item of the "Common causes" list.
http-101-cause-2 = Um servidor de desenvolvimento com live reload, um cliente de subscriptions do GraphQL ou o Socket.IO, após a fase de polling, mudou a conexão para WebSocket.

# HTTP 101 Switching Protocols: common cause 3 of 3, an item of the "Common causes" list.
http-101-cause-3 = Um cliente pediu HTTP/2 sem TLS com `Upgrade: h2c`, e um servidor que ainda suporta esse upgrade trocou de protocolo.

# HTTP 101 Switching Protocols: what a visitor can do, the only item of "How to fix it (for visitors)".
http-101-fix-visitor-1 = Nada: é assim que começa uma conexão em tempo real, como a de um chat ou de um painel que se atualiza sozinho, e o navegador cuida disso.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-1 = Atrás do nginx, repasse o handshake explicitamente com `proxy_http_version 1.1;`, `proxy_set_header Upgrade $http_upgrade;` e `proxy_set_header Connection "upgrade";`, senão o upstream nunca vê o cabeçalho `Upgrade`.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-2 = Aumente os tempos limite de inatividade das conexões com upgrade, como o `proxy_read_timeout` do nginx ou o idle timeout de um balanceador de carga na nuvem, ou envie pings de WebSocket, porque, do contrário, um socket silencioso é cortado após cerca de 60 segundos.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-3 = Inspecione o handshake no painel Rede do navegador, filtrando por WS; um `200` ou `400` em vez de `101` significa que um proxy ou uma CDN no meio do caminho não repassou o upgrade.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-4 = Ao escrever um servidor à mão, calcule `Sec-WebSocket-Accept` como o SHA-1 em Base64 da chave do cliente concatenada com o GUID fixo da RFC 6455; os navegadores derrubam a conexão se o valor estiver errado.

# HTTP 101 Switching Protocols compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-101-vs-100 = O `101` substitui o HTTP na conexão por outro protocolo, enquanto o `100` só deixa o cliente continuar enviando o corpo de uma requisição comum.

# HTTP 101 Switching Protocols compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-101-vs-426 = Envie `101` quando o cliente pediu o upgrade e você concorda; envie `426` quando ele não pediu e você não vai continuar sem um upgrade.

## HTTP 102 Processing

# HTTP 102 Processing: one-line summary at the top of the explainer (TL;DR).
http-102-tldr = Uma antiga resposta provisória do WebDAV que significa “ainda trabalhando, não desista por tempo esgotado”; a especificação atual do WebDAV não a inclui mais.

# HTTP 102 Processing: the "What it means" paragraph of the explainer.
http-102-meaning = A RFC 2518 permitia que um servidor enviasse `102` enquanto um método WebDAV demorado, como `COPY`, `MOVE` ou um `PROPFIND` com `Depth: infinity`, ainda estava em execução, para que o cliente continuasse esperando em vez de desistir por tempo esgotado. A resposta provisória não traz conteúdo, e a resposta final vem depois, na mesma conexão. A RFC 4918 removeu o código em 2007 porque poucas implementações o usavam, mas a IANA ainda o lista, por isso alguns servidores e bibliotecas ainda o conhecem. Os clientes precisam ignorar qualquer `1xx` que não reconheçam e continuar lendo, embora não haja garantia de que os intermediários o repassem. Para trabalhos longos em projetos novos, `202 Accepted` com um recurso de status a ser consultado periodicamente é a opção confiável.

# HTTP 102 Processing: common cause 1 of 3, an item of the "Common causes" list.
http-102-cause-1 = Um cliente WebDAV copiou ou moveu uma coleção grande, e um servidor que segue a RFC 2518 informou o andamento com `102` enquanto trabalhava.

# HTTP 102 Processing: common cause 2 of 3, an item of the "Common causes" list.
http-102-cause-2 = Um `PROPFIND` profundo sobre muitos arquivos demorou o suficiente para que um servidor ou uma biblioteca WebDAV mais antiga enviasse `102` como keep-alive.

# HTTP 102 Processing: common cause 3 of 3, an item of the "Common causes" list.
http-102-cause-3 = Uma API própria reaproveita o `102` como heartbeat para requisições lentas, algo que muitas bibliotecas de cliente HTTP e muitos proxies tratam mal.

# HTTP 102 Processing: what a visitor can do, the only item of "How to fix it (for visitors)".
http-102-fix-visitor-1 = Nada: o seu gerenciador de arquivos ou cliente de sincronização recebe esse sinal de andamento por conta própria; espere a operação terminar.

# HTTP 102 Processing: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-1 = Não crie funcionalidades novas com base no `102`; responda `202 Accepted` com um `Location` para um recurso de status e deixe o cliente consultá-lo periodicamente.

# HTTP 102 Processing: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-2 = Se um cliente esgota o tempo limite durante operações WebDAV longas, aumente o tempo limite de leitura dele ou mova menos recursos por requisição.

# HTTP 102 Processing: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-3 = Garanta que os clientes HTTP que você escreve ignorem toda resposta `1xx` e continuem lendo até receber um status final; algumas bibliotecas tratam por engano qualquer coisa diferente de `100` como final.

# HTTP 102 Processing compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-102-vs-100 = O `102` diz que uma requisição recebida por inteiro ainda está sendo processada, enquanto o `100` pede ao cliente que envie o restante da requisição.

# HTTP 102 Processing compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-102-vs-103 = O `102` só mantém viva uma requisição lenta, enquanto o `103` traz dicas `Link` que o cliente pode usar antes da resposta final.

# HTTP 102 Processing compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-102-vs-202 = O `102` mantém a conexão à espera do resultado final, enquanto o `202` encerra a troca na hora e deixa o resultado para ser obtido depois; prefira o `202`.

## HTTP 103 Early Hints

# HTTP 103 Early Hints: one-line summary at the top of the explainer (TL;DR).
http-103-tldr = Antes de a resposta real ficar pronta, o servidor informa ao navegador quais recursos ele já pode começar a carregar.

# HTTP 103 Early Hints: the "What it means" paragraph of the explainer.
http-103-meaning = A RFC 8297 permite que um servidor envie uma ou mais respostas `103` cujos cabeçalhos `Link`, como `rel=preload` ou `rel=preconnect`, anunciam recursos de que a página final vai precisar, para que o navegador possa abrir conexões e buscar folhas de estilo, scripts ou fontes enquanto o servidor ainda está trabalhando. As dicas são apenas indicativas: o navegador pode ignorá-las, e a resposta final, seja qual for o status, precisa trazer todos os cabeçalhos de que realmente depende. Os navegadores só levam o `103` em conta em navegações de página de nível superior, os baseados no Chromium só sobre HTTP/2 e HTTP/3, e o suporte a dicas `preload` varia entre navegadores. Alguns clientes HTTP/1.1 lidam mal com respostas provisórias inesperadas, e é por isso que muitos servidores só enviam `103` sobre HTTP/2 ou versões posteriores. A RFC 8297 é uma RFC Experimental, mas CDNs e grandes sites usam o código amplamente.

# HTTP 103 Early Hints: common cause 1 of 3, an item of the "Common causes" list.
http-103-cause-1 = Uma CDN como a Cloudflare está com as Early Hints ativadas e reproduz, como `103`, os cabeçalhos `Link` que viu em respostas anteriores da página.

# HTTP 103 Early Hints: common cause 2 of 3, an item of the "Common causes" list.
http-103-cause-2 = A aplicação chama `response.writeEarlyHints()` no Node.js, ou escreve o status `103` com cabeçalhos `Link` em Go, antes de executar as consultas lentas ao banco de dados da página.

# HTTP 103 Early Hints: common cause 3 of 3, an item of the "Common causes" list.
http-103-cause-3 = Um framework com suporte nativo, como o Rails com `request.send_early_hints` sob o Puma, envia dicas para os assets da página.

# HTTP 103 Early Hints: what a visitor can do, the only item of "How to fix it (for visitors)".
http-103-fix-visitor-1 = Nada: o seu navegador usa essas dicas por conta própria para carregar a página mais rápido.

# HTTP 103 Early Hints: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-1 = Indique nas dicas apenas recursos que a página final certamente usa, como a folha de estilo principal ou uma fonte web, e use `rel=preconnect` para origens de terceiros; dicas erradas desperdiçam banda a cada visualização.

# HTTP 103 Early Hints: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-2 = Confira o que é enviado executando `curl -v --http2` na página: o bloco do `103` e os seus cabeçalhos `Link` aparecem antes da linha de status final.

# HTTP 103 Early Hints: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-3 = Envie `103` só sobre HTTP/2 ou HTTP/3, ou só para clientes que reconhecidamente o suportam, porque alguns clientes e proxies HTTP/1.1 tomam a resposta provisória pela final.

# HTTP 103 Early Hints: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-4 = Mantenha os mesmos cabeçalhos `Link`, ou as tags correspondentes no HTML, na resposta `200` final; as dicas do `103` não os substituem.

# HTTP 103 Early Hints compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-103-vs-100 = O `103` acelera o carregamento de outros recursos, enquanto o `100` só diz ao cliente que envie o corpo da requisição.

# HTTP 103 Early Hints compared with HTTP 102 Processing: when to use which, in the "Related codes" section.
http-103-vs-102 = O `103` traz dicas que o navegador pode usar, enquanto o `102` só diz que o processamento ainda está em andamento.

# HTTP 103 Early Hints compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-103-vs-200 = O `103` pode preceder um `200` para indicar sub-recursos com antecedência, mas só o `200` entrega a página e os cabeçalhos que valem de fato.

## HTTP 104 Upload Resumption Supported

# HTTP 104 Upload Resumption Supported: one-line summary at the top of the explainer (TL;DR).
http-104-tldr = Durante um upload, o servidor anuncia que a transferência pode ser retomada, e onde, caso a conexão caia.

# HTTP 104 Upload Resumption Supported: the "What it means" paragraph of the explainer.
http-104-meaning = O código vem do rascunho da IETF sobre uploads retomáveis, que padroniza ideias do protocolo tus, e tem apenas um registro temporário na IANA. Quando um cliente sinaliza que suporta uploads retomáveis, o servidor pode enviar `104` enquanto os dados ainda estão chegando, com um `Location` para um recurso de upload temporário. Depois de uma falha de rede, o cliente envia `HEAD` a esse recurso, lê `Upload-Offset` para saber quantos bytes chegaram e envia o restante com `PATCH` a partir dessa posição. A resposta final, como `201` ou `200`, vem quando o upload está completo. Nomes de cabeçalhos e detalhes como `Upload-Draft-Interop-Version`, `Upload-Complete` e o tipo de mídia dos corpos `PATCH` mudaram entre versões do rascunho, por isso o cliente e o servidor precisam implementar a mesma versão.

# HTTP 104 Upload Resumption Supported: common cause 1 of 3, an item of the "Common causes" list.
http-104-cause-1 = Um app no iOS 17 ou no macOS 14 ou posterior faz um upload com `URLSession`, que implementa o rascunho de uploads retomáveis, para um servidor que o suporta.

# HTTP 104 Upload Resumption Supported: common cause 2 of 3, an item of the "Common causes" list.
http-104-cause-2 = Um servidor baseado em uma implementação de uploads retomáveis, como o tusd, recebe um upload de um cliente que enviou `Upload-Draft-Interop-Version`.

# HTTP 104 Upload Resumption Supported: common cause 3 of 3, an item of the "Common causes" list.
http-104-cause-3 = Um app móvel que optou por uploads retomáveis envia um vídeo grande por uma rede instável, em que a troca do Wi-Fi para a rede celular, de outro modo, reiniciaria o envio.

# HTTP 104 Upload Resumption Supported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-104-fix-visitor-1 = Nada: o app guarda essa informação e a usa por conta própria para retomar o upload se a conexão cair.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-1 = Compare os valores de `Upload-Draft-Interop-Version` dos dois lados; o número muda sempre que o formato de transmissão do rascunho muda.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-2 = Mantenha o recurso de upload indicado em `Location` válido por tempo suficiente para que os clientes retomem o envio, e responda a `HEAD` nele com um `Upload-Offset` exato e `Cache-Control: no-store`.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-3 = Garanta que proxies e balanceadores de carga deixem passar as respostas provisórias e encaminhem o `HEAD` e o `PATCH` de um upload para o servidor que tem os dados parciais, ou use um armazenamento compartilhado.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-4 = Se você precisa de um protocolo estável hoje, use o tus 1.0, que muitos clientes e servidores suportam, e planeje a migração para o padrão da IETF quando ele for publicado.

# HTTP 104 Upload Resumption Supported compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-104-vs-100 = O `100` diz ao cliente que ele pode começar a enviar o corpo, enquanto o `104` diz que o corpo em envio poderá ser retomado mais tarde em um determinado endereço.

# HTTP 104 Upload Resumption Supported compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-104-vs-103 = Ambos são respostas provisórias enviadas antes da final, mas o `103` indica recursos para pré-carregar, enquanto o `104` anuncia um recurso de upload retomável.

# HTTP 104 Upload Resumption Supported compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-104-vs-201 = O `104` chega enquanto o upload ainda está em andamento, e o `201` é a resposta final, depois que o upload completo criou o recurso.

## HTTP 200 OK

# HTTP 200 OK: one-line summary at the top of the explainer (TL;DR).
http-200-tldr = A requisição funcionou, e a resposta traz o resultado dela.

# HTTP 200 OK: the "What it means" paragraph of the explainer.
http-200-meaning = O `200` é o status genérico de sucesso, e o conteúdo dele depende do método: a representação atual do recurso de destino para `GET`, os mesmos cabeçalhos sem corpo para `HEAD`, o resultado do processamento para `POST` e a requisição tal como o servidor a recebeu para `TRACE`. Um `200` a um `CONNECT` significa que o túnel está aberto e não traz conteúdo; espera-se que qualquer outro `200` tenha conteúdo, a menos que a delimitação da mensagem, como `Content-Length: 0`, indique comprimento zero. O código pode ser armazenado em cache heuristicamente: sem `Cache-Control` nem `Expires`, um cache ainda pode reutilizar a resposta por algum tempo, estimando a validade dela a partir de `Last-Modified`. Um servidor que ignora um cabeçalho `Range` também responde com um `200` completo, assim como um `GET` condicional cujo validador não corresponde mais.

# HTTP 200 OK: common cause 1 of 4, an item of the "Common causes" list.
http-200-cause-1 = Uma página, imagem ou recurso de API foi solicitado, e o servidor o encontrou e o enviou.

# HTTP 200 OK: common cause 2 of 4, an item of the "Common causes" list.
http-200-cause-2 = Um formulário ou uma chamada de API com `POST` foi processado, e o servidor retornou o resultado no corpo em vez de criar um novo recurso.

# HTTP 200 OK: common cause 3 of 4, an item of the "Common causes" list.
http-200-cause-3 = Uma requisição de intervalo ou condicional acabou em uma resposta completa, porque o servidor ignora `Range` ou o `ETag` em cache não correspondia mais.

# HTTP 200 OK: common cause 4 of 4, an item of the "Common causes" list.
http-200-cause-4 = Um erro é informado por engano com `200`, como uma página de login servida para uma sessão expirada ou um corpo JSON que contém uma mensagem de erro; esse erro disfarçado (soft error) esconde as falhas dos clientes, do monitoramento e dos mecanismos de busca.

# HTTP 200 OK: what a visitor can do, the only item of "How to fix it (for visitors)".
http-200-fix-visitor-1 = Nada: a página ou o arquivo carregou como deveria.

# HTTP 200 OK: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-1 = Retorne `200` apenas para um sucesso real; envie um `4xx` ou `5xx` para erros, mesmo quando o corpo os explica, para que clientes, caches e crawlers consigam distinguir os casos.

# HTTP 200 OK: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-2 = Defina `Cache-Control` explicitamente em todo `200`, como `no-store` para dados pessoais ou `no-cache` para páginas que precisam ser revalidadas a cada acesso, em vez de deixar os caches adivinharem.

# HTTP 200 OK: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-3 = Adicione um `ETag` ou `Last-Modified` às respostas que podem ser armazenadas em cache, para que os clientes possam revalidá-las com `If-None-Match` e receber um `304` sem corpo na próxima vez.

# HTTP 200 OK: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-4 = Use um código de sucesso mais específico quando houver um adequado: `201` para criação, `202` para trabalho enfileirado, `204` quando não há nada a retornar.

# HTTP 200 OK compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-200-vs-201 = Envie `201` quando a requisição criou um novo recurso, com o `Location` dele; envie `200` quando ela apenas retornou ou alterou algo que já existia.

# HTTP 200 OK compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-200-vs-202 = Envie `200` quando o trabalho está concluído e o corpo contém o resultado; envie `202` quando o trabalho foi apenas enfileirado.

# HTTP 200 OK compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-200-vs-204 = Envie `200` quando o corpo traz algo de que o cliente precisa; envie `204` quando o sucesso não precisa de corpo nenhum.

## HTTP 201 Created

# HTTP 201 Created: one-line summary at the top of the explainer (TL;DR).
http-201-tldr = A requisição foi bem-sucedida e criou um novo recurso, cujo endereço está no cabeçalho `Location`.

# HTTP 201 Created: the "What it means" paragraph of the explainer.
http-201-meaning = O `201` confirma que um ou mais recursos passaram a existir por causa da requisição, na maioria das vezes um `POST` para uma coleção ou um `PUT` para um URI em que antes não havia nada. O principal recurso novo é identificado pelo `Location` ou, na ausência de `Location`, pelo próprio URI da requisição, como é comum depois de um `PUT`. O conteúdo geralmente descreve o novo recurso ou traz um link para ele, e qualquer `ETag` ou `Last-Modified` na resposta se refere à representação criada, de modo que o cliente pode fazer requisições condicionais sobre ela imediatamente. A criação precisa estar concluída quando a resposta é enviada; se ela só vai acontecer mais tarde, o código certo é o `202`.

# HTTP 201 Created: common cause 1 of 3, an item of the "Common causes" list.
http-201-cause-1 = Um cliente enviou `POST /users`, ou uma requisição parecida a uma coleção, e o servidor armazenou o novo item em um novo URI.

# HTTP 201 Created: common cause 2 of 3, an item of the "Common causes" list.
http-201-cause-2 = Um cliente enviou um arquivo com `PUT` para um caminho que ainda não existia, por exemplo em um servidor WebDAV.

# HTTP 201 Created: common cause 3 of 3, an item of the "Common causes" list.
http-201-cause-3 = Um cadastro, um pedido ou um comentário foi enviado a uma API que responde às criações com `201`.

# HTTP 201 Created: what a visitor can do, the only item of "How to fix it (for visitors)".
http-201-fix-visitor-1 = Nada: o que você enviou foi salvo, e o site agora deve exibi-lo.

# HTTP 201 Created: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-1 = Envie um cabeçalho `Location` com o URI do novo recurso e retorne a representação dele ou um resumo no corpo, para que o cliente não precise de uma segunda requisição.

# HTTP 201 Created: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-2 = Torne a criação com `POST` segura para novas tentativas, por exemplo aceitando um cabeçalho `Idempotency-Key`, como fazem muitas APIs de pagamento, para que um tempo esgotado seguido de uma nova tentativa não crie um registro duplicado.

# HTTP 201 Created: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-3 = Responda ao `PUT` com `201` quando ele criou o recurso e com `200` ou `204` quando substituiu um recurso existente, como exige a RFC 9110.

# HTTP 201 Created: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-4 = Nos navegadores, o `fetch` não segue o `Location` de um `201`; leia o cabeçalho você mesmo e liste-o em `Access-Control-Expose-Headers` para chamadas entre origens, porque ele não é exposto por padrão.

# HTTP 201 Created compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-201-vs-200 = Envie `201` quando um novo recurso passou a existir por causa da requisição; envie `200` quando a requisição leu, alterou ou processou algo que já existia.

# HTTP 201 Created compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-201-vs-202 = Envie `201` quando o recurso já foi criado no momento em que você responde; envie `202` quando a criação dele está enfileirada e ainda pode falhar.

# HTTP 201 Created compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-201-vs-303 = Responda a um `POST` de API com `201` e um `Location`; responda a um `POST` de formulário do navegador com `303`, para levar o usuário a uma página que mostra o resultado.

## HTTP 202 Accepted

# HTTP 202 Accepted: one-line summary at the top of the explainer (TL;DR).
http-202-tldr = O servidor enfileirou a requisição para processamento posterior; o resultado ainda não é conhecido.

# HTTP 202 Accepted: the "What it means" paragraph of the explainer.
http-202-meaning = O `202` propositalmente não se compromete com nada: o servidor confirma que recebeu, e talvez validou, a requisição, mas o trabalho acontece depois da resposta e ainda pode falhar. O HTTP não permite enviar uma segunda resposta para a mesma requisição, por isso o servidor deve dizer onde o resultado vai aparecer, normalmente um recurso de status indicado em `Location` ou no corpo, que o cliente consulta periodicamente, num ritmo que pode ser definido por `Retry-After`. Quando a tarefa termina, esse recurso de status pode informar o próprio resultado ou levar o cliente até ele com um `303`. Um `202` não pode ser armazenado em cache por padrão, e os clientes devem supor que nenhum efeito colateral aconteceu ainda.

# HTTP 202 Accepted: common cause 1 of 4, an item of the "Common causes" list.
http-202-cause-1 = Um cliente iniciou uma tarefa longa, como a transcodificação de um vídeo, a exportação de um relatório ou uma importação em massa, e a API a enfileirou em vez de manter a conexão aberta.

# HTTP 202 Accepted: common cause 2 of 4, an item of the "Common causes" list.
http-202-cause-2 = Um receptor de webhooks confirmou um evento na hora e o passou para um worker em segundo plano, porque os remetentes de webhooks, como o GitHub e o Stripe, esperam uma resposta rápida.

# HTTP 202 Accepted: common cause 3 of 4, an item of the "Common causes" list.
http-202-cause-3 = Uma mensagem foi aceita para entrega posterior, como acontece em uma API de e-mail ou de notificações push que envia de forma assíncrona.

# HTTP 202 Accepted: common cause 4 of 4, an item of the "Common causes" list.
http-202-cause-4 = Uma API de gerenciamento de nuvem iniciou uma operação de longa duração, como a criação de uma máquina virtual, e retornou uma URL para acompanhar o andamento.

# HTTP 202 Accepted: what a visitor can do, the only item of "How to fix it (for visitors)".
http-202-fix-visitor-1 = Volte mais tarde: a sua solicitação foi aceita, e o resultado vai aparecer no site ou chegar por e-mail quando o trabalho terminar.

# HTTP 202 Accepted: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-1 = Retorne um cabeçalho `Location` e um corpo com um ID de tarefa e uma URL de status, e faça essa URL informar o estado da tarefa, o andamento e, ao final, um link para o resultado.

# HTTP 202 Accepted: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-2 = Adicione `Retry-After` para dizer aos clientes com que frequência consultar o status, ou ofereça um webhook ou server-sent events para que eles nem precisem consultá-lo.

# HTTP 202 Accepted: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-3 = Valide o que puder antes de responder, para que requisições malformadas recebam `400` ou `422` imediatamente em vez de falharem silenciosamente na fila.

# HTTP 202 Accepted: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-4 = Torne o envio de tarefas idempotente, por exemplo com uma chave fornecida pelo cliente, para que uma requisição repetida não enfileire a mesma tarefa duas vezes.

# HTTP 202 Accepted compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-202-vs-200 = Envie `202` quando o trabalho foi apenas enfileirado; envie `200` quando ele está concluído e o corpo traz o resultado.

# HTTP 202 Accepted compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-202-vs-201 = Envie `202` quando o recurso será criado mais tarde; envie `201` quando ele já existe no momento em que você responde.

# HTTP 202 Accepted compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-202-vs-204 = Envie `202` quando o processamento ainda está pendente; envie `204` quando a requisição foi tratada por completo e não há nada a retornar.

## HTTP 203 Non-Authoritative Information

# HTTP 203 Non-Authoritative Information: one-line summary at the top of the explainer (TL;DR).
http-203-tldr = A requisição foi bem-sucedida, mas um proxy alterou a resposta que recebeu do servidor de origem.

# HTTP 203 Non-Authoritative Information: the "What it means" paragraph of the explainer.
http-203-meaning = Só um intermediário de transformação deve enviar `203`: ele substitui o `200` da origem depois de alterar o conteúdo ou os cabeçalhos, por exemplo recomprimindo imagens, traduzindo textos ou removendo scripts. O código permite que todos os destinatários saibam que o conteúdo não é exatamente o que a origem produziu, o que pode importar para decisões posteriores sobre esse conteúdo. Um proxy não pode transformar uma resposta marcada com `Cache-Control: no-transform`. As regras de cache anteriores do HTTP também ofereciam o cabeçalho `Warning` com o código `214 Transformation Applied`, mas a RFC 9111 tornou o `Warning` obsoleto, o que deixa o `203` como único sinal. Assim como o `200`, um `203` pode ser armazenado em cache heuristicamente.

# HTTP 203 Non-Authoritative Information: common cause 1 of 4, an item of the "Common causes" list.
http-203-cause-1 = O proxy de economia de dados de uma operadora móvel ou de um fabricante de navegador recomprimiu imagens ou minificou uma página a caminho do cliente.

# HTTP 203 Non-Authoritative Information: common cause 2 of 4, an item of the "Common causes" list.
http-203-cause-2 = Um gateway de segurança corporativo reescreveu uma página, por exemplo para remover conteúdo ativo ou inserir um banner.

# HTTP 203 Non-Authoritative Information: common cause 3 of 4, an item of the "Common causes" list.
http-203-cause-3 = Um gateway de API reescreveu campos da resposta JSON de um backend e marcou a alteração com `203`.

# HTTP 203 Non-Authoritative Information: common cause 4 of 4, an item of the "Common causes" list.
http-203-cause-4 = Um servidor de origem envia `203` por engano, por exemplo para dados servidos a partir de um espelho, o que confunde os clientes que só esperam `200`.

# HTTP 203 Non-Authoritative Information: what a visitor can do, the only item of "How to fix it (for visitors)".
http-203-fix-visitor-1 = Não é preciso fazer nada, mas, se páginas ou imagens parecem degradadas, a rede que você usa pode estar alterando-as; tente outra conexão.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-1 = Adicione `Cache-Control: no-transform` às respostas que precisam chegar idênticas, byte a byte, como arquivos assinados, imagens usadas em análises ou conteúdo verificado por hash.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-2 = Sirva o site por HTTPS, para que os proxies não possam alterar as respostas, a menos que o cliente confie no certificado deles, como na inspeção TLS corporativa.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-3 = Trate o `203` como `200` no código do cliente, a menos que os bytes exatos importem; nesse caso, verifique um checksum ou busque o conteúdo por um caminho confiável.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-4 = Não envie `203` a partir de um servidor de origem; ele descreve uma alteração feita por um intermediário.

# HTTP 203 Non-Authoritative Information compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-203-vs-200 = A origem envia `200`; só um intermediário que alterou o `200` da origem deve transformá-lo em `203`.

# HTTP 203 Non-Authoritative Information compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-203-vs-204 = O `203` ainda traz um corpo, alterado por um proxy, enquanto o `204` diz que não há corpo nenhum.

## HTTP 204 No Content

# HTTP 204 No Content: one-line summary at the top of the explainer (TL;DR).
http-204-tldr = A requisição foi bem-sucedida, e o servidor deliberadamente não envia corpo.

# HTTP 204 No Content: the "What it means" paragraph of the explainer.
http-204-meaning = Um `204` termina na seção de cabeçalho: ele não pode ter conteúdo, e o servidor não pode enviar `Content-Length` com ele (RFC 9110, seção 8.6). Os cabeçalhos ainda importam, como um `ETag` ou `Last-Modified` que descreve o recurso depois de um `PUT` bem-sucedido. Um navegador que recebe `204` em uma navegação ou no envio de um formulário permanece na página atual e mantém a URL. A resposta pode ser armazenada em cache heuristicamente. Os clientes HTTP/1.1 contam com a regra de que um `204` não tem corpo para saber onde começa a próxima resposta na conexão, por isso bytes de corpo indevidos corrompem as respostas seguintes.

# HTTP 204 No Content: common cause 1 of 4, an item of the "Common causes" list.
http-204-cause-1 = Um `DELETE`, `PUT` ou `PATCH` foi bem-sucedido, e a API não tem nada a retornar.

# HTTP 204 No Content: common cause 2 of 4, an item of the "Common causes" list.
http-204-cause-2 = Uma requisição `OPTIONS` de preflight do CORS foi respondida com `204` e os cabeçalhos `Access-Control-Allow-*`.

# HTTP 204 No Content: common cause 3 of 4, an item of the "Common causes" list.
http-204-cause-3 = Um beacon de analytics, como um enviado com `navigator.sendBeacon`, foi aceito por um endpoint que não retorna nada.

# HTTP 204 No Content: common cause 4 of 4, an item of the "Common causes" list.
http-204-cause-4 = Um sistema operacional consultou uma URL conhecida, como `connectivitycheck.gstatic.com/generate_204`, para confirmar que a rede tem acesso livre à internet.

# HTTP 204 No Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-204-fix-visitor-1 = Nada: a ação funcionou, e a página continua como está porque o servidor não tinha nada novo a mostrar.

# HTTP 204 No Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-1 = Nunca escreva um corpo com `204` e verifique se o seu framework o remove caso o seu código o adicione; alguns servidores enviam os bytes mesmo assim e quebram a resposta seguinte em uma conexão keep-alive.

# HTTP 204 No Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-2 = No cliente, verifique o status antes de interpretar o corpo: `response.json()` em um `204` lança uma exceção, porque não há nada para interpretar.

# HTTP 204 No Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-3 = Envie um `ETag` com o `204` depois de uma atualização, para que o cliente possa tornar a próxima alteração condicional com `If-Match`.

# HTTP 204 No Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-4 = Não use `204` para uma busca ou listagem sem resultados; retorne `200` com uma lista vazia, que os clientes tratam da mesma forma que uma lista com itens.

# HTTP 204 No Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-204-vs-200 = Envie `204` quando o sucesso não precisa de corpo; envie `200` quando o cliente espera receber dados, mesmo que seja uma lista vazia.

# HTTP 204 No Content compared with HTTP 205 Reset Content: when to use which, in the "Related codes" section.
http-204-vs-205 = Envie `204` quando o cliente deve manter a visualização como está; envie `205` quando ele deve limpar o formulário ou a visualização que fez a requisição.

# HTTP 204 No Content compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-204-vs-304 = O `204` encerra uma requisição bem-sucedida que não tem nada a retornar, enquanto o `304` responde a um `GET` condicional dizendo ao cliente que use a cópia dele em cache.

## HTTP 205 Reset Content

# HTTP 205 Reset Content: one-line summary at the top of the explainer (TL;DR).
http-205-tldr = A requisição foi bem-sucedida, e o cliente deve limpar o formulário ou a visualização que a enviou.

# HTTP 205 Reset Content: the "What it means" paragraph of the explainer.
http-205-meaning = O `205` pede ao agente de usuário que redefina a visualização do documento que fez a requisição, normalmente esvaziando um formulário de entrada de dados para que o próximo registro possa ser digitado, sem carregar uma nova página. O servidor não pode enviar conteúdo com ele e, no HTTP/1.1, costuma marcar o corpo vazio com `Content-Length: 0`. Os navegadores não redefinem nada de forma confiável ao receber `205`; na prática, tratam-no como `204` e deixam a página como está. As aplicações que querem a redefinição a fazem no próprio script depois de uma requisição bem-sucedida, por isso o código aparece principalmente em APIs que associam ações da interface de usuário a status.

# HTTP 205 Reset Content: common cause 1 of 3, an item of the "Common causes" list.
http-205-cause-1 = Uma API de entrada de dados diz ao cliente que limpe o formulário depois de cada registro salvo.

# HTTP 205 Reset Content: common cause 2 of 3, an item of the "Common causes" list.
http-205-cause-2 = O front-end de um quiosque ou de um ponto de venda usa `205` para voltar à tela inicial depois de uma transação concluída.

# HTTP 205 Reset Content: common cause 3 of 3, an item of the "Common causes" list.
http-205-cause-3 = Um desenvolvedor escolheu o `205` na tabela de status de um framework para significar “salvo, limpe o formulário” em uma aplicação de página única (SPA).

# HTTP 205 Reset Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-205-fix-visitor-1 = Nada: o que você digitou foi salvo; limpe o formulário você mesmo se a página não o fez.

# HTTP 205 Reset Content: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-1 = Envie `205` sem corpo, com `Content-Length: 0` no HTTP/1.1, para que o cliente saiba que a resposta está vazia.

# HTTP 205 Reset Content: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-2 = Redefina o formulário no código do cliente depois de uma resposta bem-sucedida, por exemplo com `form.reset()`, em vez de contar com o navegador para reagir ao `205`.

# HTTP 205 Reset Content: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-3 = Prefira o `204`, a menos que o seu próprio cliente implemente a redefinição, já que clientes e bibliotecas genéricos tratam os dois códigos da mesma forma.

# HTTP 205 Reset Content compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-205-vs-204 = Envie `205` quando o cliente deve redefinir a visualização que fez a requisição; envie `204` quando ele deve deixá-la inalterada.

# HTTP 205 Reset Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-205-vs-200 = Envie `205` quando não há nada a retornar e os dados digitados devem ser apagados; envie `200` quando a resposta traz conteúdo a exibir.

## HTTP 206 Partial Content

# HTTP 206 Partial Content: one-line summary at the top of the explainer (TL;DR).
http-206-tldr = O servidor está enviando apenas o intervalo de bytes que o cliente pediu, não o arquivo inteiro.

# HTTP 206 Partial Content: the "What it means" paragraph of the explainer.
http-206-meaning = O cliente solicita parte de uma representação com um cabeçalho `Range`, como `Range: bytes=0-1023`, e o servidor responde `206` com um cabeçalho `Content-Range` que informa o intervalo e o tamanho total, como `bytes 0-1023/4096`. No caso de vários intervalos, o corpo é `multipart/byteranges`, e cada parte traz o próprio `Content-Range`. Os servidores anunciam o suporte com `Accept-Ranges: bytes`, e um cliente que retoma um download deve enviar `If-Range` com o `ETag` ou o `Last-Modified` que tem, para receber o arquivo novo inteiro com `200` se o arquivo tiver mudado. Um `206` pode ser armazenado em cache heuristicamente, e os caches podem combinar intervalos armazenados da mesma representação.

# HTTP 206 Partial Content: common cause 1 of 4, an item of the "Common causes" list.
http-206-cause-1 = Um player de vídeo ou de áudio avança para uma posição e solicita apenas os bytes a partir desse ponto.

# HTTP 206 Partial Content: common cause 2 of 4, an item of the "Common causes" list.
http-206-cause-2 = Um gerenciador de downloads, `curl -C -` ou `wget -c` retoma um download interrompido a partir do último byte recebido.

# HTTP 206 Partial Content: common cause 3 of 4, an item of the "Common causes" list.
http-206-cause-3 = O visualizador de PDF do navegador carrega apenas as partes de um PDF grande necessárias para as páginas exibidas na tela.

# HTTP 206 Partial Content: common cause 4 of 4, an item of the "Common causes" list.
http-206-cause-4 = Um programa de download paralelo busca vários intervalos do mesmo arquivo ao mesmo tempo, por conexões separadas.

# HTTP 206 Partial Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-206-fix-visitor-1 = Nada: o seu navegador ou player pediu parte do arquivo de propósito, por exemplo para começar um vídeo no meio.

# HTTP 206 Partial Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-1 = Envie `Accept-Ranges: bytes` e responda às requisições com `Range` com um `Content-Range` exato; os servidores web fazem isso com arquivos estáticos, mas o código de aplicação que serve arquivos precisa implementá-lo ou usar uma função auxiliar como o `res.sendFile` do Express.

# HTTP 206 Partial Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-2 = Defina `Content-Length` com o tamanho do intervalo retornado, não do arquivo inteiro, e confira os dois cabeçalhos executando `curl -v -r 0-99` na URL.

# HTTP 206 Partial Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-3 = Respeite o `If-Range`: se o validador dele não corresponder ao arquivo atual, ignore o `Range` e envie o arquivo inteiro com `200`, senão os clientes vão juntar bytes de duas versões diferentes.

# HTTP 206 Partial Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-4 = Para mídias grandes atrás de uma CDN ou de um proxy de cache, garanta que as requisições de intervalo cheguem intactas à origem ou sejam armazenadas em cache corretamente, por exemplo com o módulo `slice` do nginx.

# HTTP 206 Partial Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-206-vs-200 = Envie `206` quando você retorna apenas os intervalos solicitados; envie `200` quando ignora o `Range`, ou o `If-Range` não corresponde mais, e envia a representação inteira.

# HTTP 206 Partial Content compared with HTTP 416 Range Not Satisfiable: when to use which, in the "Related codes" section.
http-206-vs-416 = Envie `206` quando pelo menos um dos intervalos solicitados se sobrepõe ao arquivo; envie `416` quando nenhum se sobrepõe.

## HTTP 207 Multi-Status

# HTTP 207 Multi-Status: one-line summary at the top of the explainer (TL;DR).
http-207-tldr = Uma resposta WebDAV que reúne códigos de status separados para vários recursos em um único corpo XML.

# HTTP 207 Multi-Status: the "What it means" paragraph of the explainer.
http-207-meaning = A RFC 4918 usa o `207` quando uma única requisição afeta vários recursos, na maioria das vezes um `PROPFIND` que lista uma coleção ou um `PROPPATCH` que define várias propriedades. O corpo é um documento XML `DAV:multistatus` com um elemento `response` por recurso, cada um com um `href` e um `status` ou grupos `propstat` com um status por propriedade. Um `207` não diz se tudo funcionou; o cliente precisa ler cada entrada. Quando um `DELETE`, `COPY` ou `MOVE` de uma coleção falha só em parte, o corpo lista os membros que falharam, e os recursos não mencionados foram processados com sucesso.

# HTTP 207 Multi-Status: common cause 1 of 4, an item of the "Common causes" list.
http-207-cause-1 = Um cliente WebDAV, como um gerenciador de arquivos, o Nextcloud ou um app de calendário CalDAV, enviou `PROPFIND` para listar uma pasta ou um calendário.

# HTTP 207 Multi-Status: common cause 2 of 4, an item of the "Common causes" list.
http-207-cause-2 = Um `DELETE`, `COPY` ou `MOVE` de uma coleção falhou para alguns membros, e o servidor informou cada membro que falhou com o próprio status.

# HTTP 207 Multi-Status: common cause 3 of 4, an item of the "Common causes" list.
http-207-cause-3 = Um `PROPPATCH` definiu várias propriedades, e o servidor informou o resultado de cada uma.

# HTTP 207 Multi-Status: common cause 4 of 4, an item of the "Common causes" list.
http-207-cause-4 = Uma API que não é WebDAV tomou emprestado o `207` para um endpoint de lote que retorna um status por item de uma requisição em massa.

# HTTP 207 Multi-Status: what a visitor can do, the only item of "How to fix it (for visitors)".
http-207-fix-visitor-1 = Nada: o seu gerenciador de arquivos, calendário ou app de sincronização lê essa resposta combinada por conta própria.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-1 = Interprete o XML e verifique cada elemento `status`, sem tratar o `207` em si como sucesso nem como falha; executar `curl -X PROPFIND -H 'Depth: 1'` na URL mostra o corpo bruto.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-2 = Envie `Depth: 0` ou `Depth: 1` com o `PROPFIND` em vez de `infinity`; muitos servidores recusam ou limitam a profundidade infinita porque a resposta pode ser enorme.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-3 = Em uma API de lote que toma emprestado o `207`, documente o formato do corpo e dê a cada item o seu status e o seu erro no mesmo formato das respostas de item único.

# HTTP 207 Multi-Status compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-207-vs-200 = Envie `207` quando uma requisição afeta vários recursos com resultados possivelmente diferentes; envie `200` quando um único status descreve o resultado inteiro.

# HTTP 207 Multi-Status compared with HTTP 208 Already Reported: when to use which, in the "Related codes" section.
http-207-vs-208 = O `207` é o status da resposta inteira, que traz o corpo multistatus, enquanto o `208` aparece dentro desse corpo para uma coleção já listada.

# HTTP 207 Multi-Status compared with HTTP 424 Failed Dependency: when to use which, in the "Related codes" section.
http-207-vs-424 = O `207` é o envelope; o `424` é um status dentro dele para uma operação que falhou apenas porque outra operação da mesma requisição falhou.

## HTTP 208 Already Reported

# HTTP 208 Already Reported: one-line summary at the top of the explainer (TL;DR).
http-208-tldr = Dentro de um corpo multistatus do WebDAV, marca uma coleção que já foi listada antes na mesma resposta.

# HTTP 208 Already Reported: the "What it means" paragraph of the explainer.
http-208-meaning = A RFC 5842 adiciona vínculos (bindings) ao WebDAV, de modo que uma coleção pode aparecer em vários caminhos, e um `PROPFIND` com `Depth: infinity` poderia então listar os mesmos membros repetidamente, ou para sempre. Um servidor que suporta vínculos informa o primeiro vínculo normalmente e marca cada vínculo seguinte para a mesma coleção com `208` dentro do corpo do `207`, sem listar os membros de novo. Um cliente que solicita a propriedade `DAV:resource-id` consegue associar essas entradas à que foi informada antes e reconstruir a estrutura real. O código só aparece em respostas a requisições com `Depth: infinity`, e a RFC 5842 é uma RFC Experimental que poucos servidores implementam.

# HTTP 208 Already Reported: common cause 1 of 3, an item of the "Common causes" list.
http-208-cause-1 = Um `PROPFIND` com `Depth: infinity` em um servidor que suporta vínculos WebDAV chegou a uma coleção que já tinha informado por outro caminho.

# HTTP 208 Already Reported: common cause 2 of 3, an item of the "Common causes" list.
http-208-cause-2 = Um administrador vinculou a mesma coleção em vários lugares, por exemplo uma pasta de projeto compartilhada vinculada à coleção pessoal de cada membro.

# HTTP 208 Already Reported: common cause 3 of 3, an item of the "Common causes" list.
http-208-cause-3 = Um vínculo faz uma coleção conter um dos seus próprios ancestrais, e o servidor informa a repetição com `208` em vez de fazer a requisição falhar.

# HTTP 208 Already Reported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-208-fix-visitor-1 = Nada: este status só aparece dentro de uma listagem de arquivos que o seu cliente WebDAV lê por você.

# HTTP 208 Already Reported: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-1 = Solicite `DAV:resource-id` no corpo do `PROPFIND` para que o seu cliente consiga associar cada entrada `208` à coleção listada antes.

# HTTP 208 Already Reported: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-2 = Trate as entradas `208` como bem-sucedidas e já descritas, e não espere que os membros delas sejam listados de novo.

# HTTP 208 Already Reported: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-3 = No lado do servidor, emita `208` apenas dentro de um corpo `207` e apenas para requisições com `Depth: infinity`, nunca como status de uma resposta inteira.

# HTTP 208 Already Reported compared with HTTP 207 Multi-Status: when to use which, in the "Related codes" section.
http-208-vs-207 = O `208` é uma entrada dentro de um corpo `207` para uma coleção repetida, enquanto o `207` é o status da resposta inteira.

# HTTP 208 Already Reported compared with HTTP 508 Loop Detected: when to use which, in the "Related codes" section.
http-208-vs-508 = Envie `208` para informar um vínculo repetido e continuar a listagem; envie `508` só quando um loop faz a operação inteira falhar.

## HTTP 226 IM Used

# HTTP 226 IM Used: one-line summary at the top of the explainer (TL;DR).
http-226-tldr = O servidor respondeu com um delta ou outra transformação do recurso, como o cliente pediu com `A-IM`.

# HTTP 226 IM Used: the "What it means" paragraph of the explainer.
http-226-meaning = A RFC 3229 define a codificação delta para o HTTP: um cliente que tem uma versão em cache envia `A-IM` com as manipulações de instância que aceita, como `diffe`, `vcdiff` ou `gzip`, e `If-None-Match` com o `ETag` da sua cópia. Se o servidor consegue calcular um delta em relação a essa versão, ele responde `226` com um cabeçalho `IM` que indica as manipulações aplicadas e, geralmente, um cabeçalho `Delta-Base` que indica o `ETag` de base. O corpo não é o recurso, mas as instruções para reconstruí-lo, e o cliente as aplica à sua cópia em cache para obter a versão atual, identificada pelo `ETag` da resposta. Foi escolhido um novo código de status para que os caches que não conhecem a RFC 3229 não confundissem um delta com o recurso completo; mesmo assim, o mecanismo teve pouco uso além de alguns servidores de feeds.

# HTTP 226 IM Used: common cause 1 of 3, an item of the "Common causes" list.
http-226-cause-1 = Um leitor de feeds enviou `A-IM: feed`, e o servidor retornou apenas as entradas adicionadas desde a versão que o leitor já tinha.

# HTTP 226 IM Used: common cause 2 of 3, an item of the "Common causes" list.
http-226-cause-2 = Um cliente ou uma ferramenta de sincronização que implementa a RFC 3229 pediu um delta `vcdiff` ou `diffe` de um documento grande que tinha em cache.

# HTTP 226 IM Used: common cause 3 of 3, an item of the "Common causes" list.
http-226-cause-3 = Um par de proxies de cache que cooperam entre si usa a codificação delta para economizar banda em um link lento ou caro.

# HTTP 226 IM Used: what a visitor can do, the only item of "How to fix it (for visitors)".
http-226-fix-visitor-1 = Nada: o seu leitor de feeds ou app reconstruiu a versão atual a partir da cópia armazenada, por conta própria.

# HTTP 226 IM Used: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-1 = Retorne `226` apenas quando a requisição traz `A-IM` com uma manipulação que você suporta e o `If-None-Match` indica uma versão de base que você ainda tem; caso contrário, envie um `200` completo.

# HTTP 226 IM Used: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-2 = Inclua `IM`, o novo `ETag` e `Delta-Base`, para que o cliente possa verificar se está aplicando o delta à versão certa.

# HTTP 226 IM Used: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-3 = Para assets web, considere o Compression Dictionary Transport (`Use-As-Dictionary` e `Available-Dictionary`), que os navegadores baseados no Chromium suportam e que obtém uma economia semelhante à do delta com respostas `200` comuns.

# HTTP 226 IM Used compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-226-vs-200 = Envie `226` quando o corpo é um delta ou uma transformação que o cliente pediu com `A-IM`; envie `200` quando ele é a representação completa.

# HTTP 226 IM Used compared with HTTP 206 Partial Content: when to use which, in the "Related codes" section.
http-226-vs-206 = O `206` retorna um intervalo de bytes da representação atual, enquanto o `226` retorna instruções para transformar uma versão mais antiga em cache na atual.

# HTTP 226 IM Used compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-226-vs-304 = Envie `304` quando a cópia em cache do cliente ainda está atualizada; envie `226` quando ela está desatualizada e você pode enviar só a diferença.

## HTTP 300 Multiple Choices

# HTTP 300 Multiple Choices: one-line summary at the top of the explainer (TL;DR).
http-300-tldr = O recurso existe em várias variantes, e o cliente é convidado a escolher uma.

# HTTP 300 Multiple Choices: the "What it means" paragraph of the explainer.
http-300-meaning = Com o `300`, o servidor lista alternativas, como formatos ou idiomas, em vez de escolher uma por negociação proativa com base em `Accept` e `Accept-Language`. O HTTP não define um formato padrão para a lista, por isso o corpo costuma ser uma página HTML ou um documento JSON com links, e um agente de usuário só consegue escolher automaticamente se entender esse formato. Um servidor que tenha uma preferência deve colocar esse URI em `Location`, e alguns clientes o seguem automaticamente. Um `300` pode ser armazenado em cache heuristicamente. Poucos sites o enviam, porque escolher uma variante no servidor, ou oferecer links simples, é mais fácil para os clientes.

# HTTP 300 Multiple Choices: common cause 1 of 3, an item of the "Common causes" list.
http-300-cause-1 = O `mod_speling` do Apache com `CheckSpelling On` encontrou vários arquivos parecidos com uma URL digitada errado e os listou.

# HTTP 300 Multiple Choices: common cause 2 of 3, an item of the "Common causes" list.
http-300-cause-2 = O `mod_negotiation` do Apache com `MultiViews` encontrou várias variantes igualmente aceitáveis e não tinha nenhuma configuração `ForceLanguagePriority` para desempatar.

# HTTP 300 Multiple Choices: common cause 3 of 3, an item of the "Common causes" list.
http-300-cause-3 = Uma API expõe o mesmo relatório em JSON, CSV e PDF em URIs separados e responde ao URI genérico com a lista.

# HTTP 300 Multiple Choices: what a visitor can do, the only item of "How to fix it (for visitors)".
http-300-fix-visitor-1 = Escolha uma das versões listadas, como o idioma ou o formato de arquivo que você quer.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-1 = Coloque o URI da variante preferida em `Location` e liste todas as variantes com o tipo de mídia ou o idioma no corpo, para que tanto programas quanto pessoas consigam prosseguir.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-2 = No Apache, defina `ForceLanguagePriority Prefer Fallback` junto com `LanguagePriority`, para que o `MultiViews` escolha um idioma em vez de responder `300`.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-3 = Prefira a negociação proativa com `Vary: Accept`, ou URIs separados por formato, porque poucos clientes HTTP sabem o que fazer com um `300`.

# HTTP 300 Multiple Choices compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-300-vs-301 = Envie `300` quando várias variantes são igualmente válidas e o cliente deve escolher; envie `301` quando há exatamente um novo endereço.

# HTTP 300 Multiple Choices compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-300-vs-302 = Envie `300` para oferecer uma escolha entre representações; envie `302` para mandar o cliente a um único local temporário.

# HTTP 300 Multiple Choices compared with HTTP 406 Not Acceptable: when to use which, in the "Related codes" section.
http-300-vs-406 = Envie `300` quando você oferece ao cliente uma lista de variantes para escolher; envie `406` quando nenhuma das suas variantes corresponde ao que o cliente disse aceitar.

## HTTP 301 Moved Permanently

# HTTP 301 Moved Permanently: one-line summary at the top of the explainer (TL;DR).
http-301-tldr = A página mudou de vez para o endereço informado no cabeçalho `Location`.

# HTTP 301 Moved Permanently: the "What it means" paragraph of the explainer.
http-301-meaning = O `301` informa aos clientes que o recurso de destino tem um novo URI permanente e que as referências armazenadas ao antigo devem ser atualizadas. Os navegadores seguem o `Location` automaticamente e, como a resposta pode ser armazenada em cache heuristicamente, muitas vezes memorizam o redirecionamento por muito tempo, de modo que um `301` feito por engano continua funcionando nos navegadores dos visitantes depois que você o remove do servidor. Os mecanismos de busca transferem os sinais de indexação e de ranqueamento da URL antiga para a nova. Por razões históricas, os agentes de usuário podem transformar um `POST` em `GET` ao segui-lo, e os navegadores fazem isso; o `308` é o redirecionamento permanente que mantém o método e o corpo.

# HTTP 301 Moved Permanently: common cause 1 of 4, an item of the "Common causes" list.
http-301-cause-1 = Um site migrou de HTTP para HTTPS, ou de `example.com` para `www.example.com`, e o servidor redireciona todas as URLs antigas.

# HTTP 301 Moved Permanently: common cause 2 of 4, an item of the "Common causes" list.
http-301-cause-2 = Uma página ou um post foi renomeado, e o CMS ou uma regra de reescrita leva o slug antigo para o novo.

# HTTP 301 Moved Permanently: common cause 3 of 4, an item of the "Common causes" list.
http-301-cause-3 = O servidor adiciona a barra final que falta na URL de um diretório, como faz o `mod_dir` do Apache com `DirectorySlash On`.

# HTTP 301 Moved Permanently: common cause 4 of 4, an item of the "Common causes" list.
http-301-cause-4 = Uma marca mudou para um novo domínio, e o domínio antigo redireciona permanentemente para ele.

# HTTP 301 Moved Permanently: what a visitor can do, the only item of "How to fix it (for visitors)".
http-301-fix-visitor-1 = Nada: o seu navegador segue o redirecionamento por conta própria; atualize o seu favorito para o novo endereço.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-1 = Redirecione cada URL antiga para a sua correspondente exata, e não para a página inicial, e evite cadeias indo da URL antiga para a final em um único salto.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-2 = Teste primeiro com `curl -I` e um `Cache-Control: max-age` curto, porque os navegadores armazenam um `301` em cache com força, e só limpar o cache deles desfaz o redirecionamento.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-3 = Use `308` em endpoints de API e em qualquer URL que receba `POST`, `PUT` ou `DELETE`, para que o método e o corpo sobrevivam ao redirecionamento.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-4 = Prefira regras simples, como `return 301 https://$host$request_uri;` no nginx ou `Redirect permanent /old /new` no Apache, a reescritas com expressões regulares quando elas bastam.

# HTTP 301 Moved Permanently compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-301-vs-302 = Use `301` quando a URL antiga nunca mais será válida; use `302` quando a mudança é temporária e os clientes devem manter a URL original.

# HTTP 301 Moved Permanently compared with HTTP 308 Permanent Redirect: when to use which, in the "Related codes" section.
http-301-vs-308 = Use `301` para mudanças comuns de páginas acessadas com `GET`; use `308` quando o método e o corpo precisam ser mantidos, como em chamadas de API.

# HTTP 301 Moved Permanently compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-301-vs-410 = Use `301` quando o conteúdo continua existindo em um novo endereço; use `410` quando ele foi removido e não tem substituto.

## HTTP 302 Found

# HTTP 302 Found: one-line summary at the top of the explainer (TL;DR).
http-302-tldr = O recurso está temporariamente em outro lugar; siga o `Location` agora, mas continue usando o endereço original.

# HTTP 302 Found: the "What it means" paragraph of the explainer.
http-302-meaning = O `302` envia o cliente ao URI indicado em `Location` apenas para esta requisição; o URI original continua sendo o que deve ir para os favoritos e para o índice. A resposta não pode ser armazenada em cache, a menos que `Cache-Control` ou `Expires` o permita explicitamente. O HTTP/1.0 previa que o método fosse mantido, mas os navegadores passaram a transformar `POST` em `GET` ao seguir um `302`, e a RFC 9110 agora permite isso; use `303` quando quiser a troca para `GET` e `307` quando o método precisar ser mantido. O `fetch` e o `XMLHttpRequest` o seguem de forma transparente, por isso os scripts só veem a resposta final, a menos que o `fetch` seja chamado com `redirect: 'manual'`.

# HTTP 302 Found: common cause 1 of 4, an item of the "Common causes" list.
http-302-cause-1 = Uma área restrita redireciona um visitante anônimo para a página de login com um parâmetro `next` ou `returnUrl`.

# HTTP 302 Found: common cause 2 of 4, an item of the "Common causes" list.
http-302-cause-2 = Um fluxo de login único (SSO), como OAuth 2.0 ou SAML, faz o navegador ir e voltar entre a aplicação e o provedor de identidade.

# HTTP 302 Found: common cause 3 of 4, an item of the "Common causes" list.
http-302-cause-3 = Um balanceador de carga ou um teste A/B envia alguns usuários para outro host ou outra variante de página por um tempo.

# HTTP 302 Found: common cause 4 of 4, an item of the "Common causes" list.
http-302-cause-4 = A função de redirecionamento de um framework, como `res.redirect()` do Express, `redirect()` do Flask ou `redirect()` do Django, usa `302` se nada for indicado.

# HTTP 302 Found: what a visitor can do, the only item of "How to fix it (for visitors)".
http-302-fix-visitor-1 = Nada: o seu navegador segue o redirecionamento; se você cair em um loop de páginas de login, apague os cookies do site e entre de novo.

# HTTP 302 Found: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-1 = Escolha o código de redirecionamento de propósito em vez de aceitar o padrão do framework: `303` depois de um `POST` de formulário, `307` para uma mudança temporária de uma API, `301` ou `308` para mudanças permanentes.

# HTTP 302 Found: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-2 = Valide os destinos de redirecionamento vindos de parâmetros como `next` com uma lista de caminhos ou hosts permitidos, senão o endpoint vira um redirecionamento aberto (open redirect) usado para phishing.

# HTTP 302 Found: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-3 = Depure loops de redirecionamento com `curl -sIL` ou com o painel Rede do navegador com a opção “Preservar registro” (Preserve log) ativada, verificando qual resposta define o cookie que falta na requisição seguinte.

# HTTP 302 Found: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-4 = Atrás de um proxy que termina o TLS, faça a aplicação confiar em `X-Forwarded-Proto` para que ela monte o `Location` com `https`, e não com `http`.

# HTTP 302 Found compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-302-vs-301 = Envie `302` enquanto a URL original continuar sendo a certa; envie `301` quando a mudança for permanente.

# HTTP 302 Found compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-302-vs-303 = Envie `303` depois do envio de um formulário, para mostrar uma página de resultado com `GET`; reserve o `302` para redirecionamentos temporários em geral, em que o método não importa.

# HTTP 302 Found compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-302-vs-307 = Envie `307` quando a requisição redirecionada precisa manter o método e o corpo; o `302` permite que os navegadores transformem um `POST` em `GET`.

## HTTP 303 See Other

# HTTP 303 See Other: one-line summary at the top of the explainer (TL;DR).
http-303-tldr = O servidor indica ao cliente outro URI, a ser obtido com `GET`, que mostra o resultado da requisição.

# HTTP 303 See Other: the "What it means" paragraph of the explainer.
http-303-meaning = O `303` separa uma ação do seu resultado: seja qual for o método original, o cliente segue o `Location` com `GET` (ou `HEAD`), de modo que o `POST` nunca é repetido. É o padrão Post/Redirect/Get: depois do envio de um formulário, o navegador chega a uma página de resultado, e recarregá-la ou voltar não reenvia o formulário. Em resposta a um `GET`, o `303` tem outro uso em dados vinculados (linked data): ele diz que o URI solicitado nomeia algo que não pode ser transferido, como uma pessoa, e que o `Location` aponta para um documento que o descreve. Um `303` não pode ser armazenado em cache, a menos que os cabeçalhos o permitam explicitamente.

# HTTP 303 See Other: common cause 1 of 4, an item of the "Common causes" list.
http-303-cause-1 = Um formulário web enviou um pedido, um comentário ou um pagamento, e o servidor redireciona o navegador para uma página de confirmação.

# HTTP 303 See Other: common cause 2 of 4, an item of the "Common causes" list.
http-303-cause-2 = O recurso de status de uma tarefa assíncrona concluída envia o cliente para o resultado da tarefa.

# HTTP 303 See Other: common cause 3 of 4, an item of the "Common causes" list.
http-303-cause-3 = Um servidor de dados vinculados redireciona do URI de uma coisa do mundo real para um documento sobre ela.

# HTTP 303 See Other: common cause 4 of 4, an item of the "Common causes" list.
http-303-cause-4 = Um logout ou outro `POST` que altera o estado termina mandando o navegador de volta para a página inicial.

# HTTP 303 See Other: what a visitor can do, the only item of "How to fix it (for visitors)".
http-303-fix-visitor-1 = Nada: o seu navegador abre a página de resultado por conta própria, e recarregá-la não vai reenviar o formulário.

# HTTP 303 See Other: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-1 = Depois de cada `POST` de formulário bem-sucedido, responda `303` com a página de resultado em `Location` em vez de renderizar o HTML diretamente, para que recarregar a página não repita a ação.

# HTTP 303 See Other: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-2 = Passe o resultado para a página de resultado pelo URI dela ou pela sessão, por exemplo como uma mensagem flash, já que o `GET` seguinte não traz corpo.

# HTTP 303 See Other: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-3 = Peça o `303` explicitamente quando o padrão do framework for outro, como `redirect(url, code=303)` no Flask ou `RedirectResponse(url, status_code=303)` no FastAPI, cujo padrão é `307`.

# HTTP 303 See Other: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-4 = No Rails com Hotwire Turbo, redirecione após envios de formulário que não sejam `GET` com `redirect_to path, status: :see_other`, que é o que o Turbo espera.

# HTTP 303 See Other compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-303-vs-302 = O `303` sempre faz o cliente mudar para `GET`, enquanto com o `302` a mudança depende dos hábitos do cliente, por isso prefira o `303` depois de envios de formulário.

# HTTP 303 See Other compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-303-vs-307 = O `303` transforma a requisição seguinte em um `GET`; o `307` repete o mesmo método e o mesmo corpo no novo URI.

# HTTP 303 See Other compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-303-vs-201 = Uma API que responde a um `POST` envia `201` com `Location` e o novo recurso; um formulário do navegador recebe um `303` para uma página que ele possa exibir.

## HTTP 304 Not Modified

# HTTP 304 Not Modified: one-line summary at the top of the explainer (TL;DR).
http-304-tldr = A sua cópia em cache ainda está atualizada, por isso o servidor não envia corpo e o cliente reutiliza o que já tem.

# HTTP 304 Not Modified: the "What it means" paragraph of the explainer.
http-304-meaning = Um `304` responde a um `GET` ou `HEAD` condicional cujo `If-None-Match` ou `If-Modified-Since` ainda corresponde à representação atual; o `If-None-Match` tem precedência quando os dois estão presentes. A resposta não tem conteúdo, mas o servidor precisa incluir, entre `Cache-Control`, `Content-Location`, `Date`, `ETag`, `Expires` e `Vary`, os cabeçalhos que um `200` teria trazido, e o cliente atualiza a resposta armazenada com eles. Só os cabeçalhos trafegam, o que economiza banda, mas não a ida e volta; um `max-age` longo ou `immutable` evita a requisição por completo. Nos navegadores, o `fetch` de uma página normalmente vê o `200` em cache, e não o `304`, porque o cache HTTP cuida da revalidação.

# HTTP 304 Not Modified: common cause 1 of 4, an item of the "Common causes" list.
http-304-cause-1 = O navegador revalida uma folha de estilo, uma imagem ou uma página em cache com `If-None-Match`, e o arquivo não mudou.

# HTTP 304 Not Modified: common cause 2 of 4, an item of the "Common causes" list.
http-304-cause-2 = O usuário recarregou a página, o que faz o navegador revalidar os recursos em cache em vez de usá-los silenciosamente.

# HTTP 304 Not Modified: common cause 3 of 4, an item of the "Common causes" list.
http-304-cause-3 = Uma CDN revalida a cópia armazenada com a origem, e a origem confirma que ela ainda está atualizada.

# HTTP 304 Not Modified: common cause 4 of 4, an item of the "Common causes" list.
http-304-cause-4 = Um validador nunca muda porque é calculado de forma errada, então os clientes continuam recebendo `304` e exibem conteúdo desatualizado depois de um deploy.

# HTTP 304 Not Modified: what a visitor can do, the only item of "How to fix it (for visitors)".
http-304-fix-visitor-1 = Nada: o seu navegador reutilizou a cópia salva; se uma página parecer desatualizada, force um recarregamento completo com Ctrl+Shift+R, ou Cmd+Shift+R no Mac.

# HTTP 304 Not Modified: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-1 = Derive o `ETag` do conteúdo ou de um número de versão, para que ele mude sempre que o corpo mudar, e faça com que seja idêntico em todos os servidores atrás do balanceador de carga.

# HTTP 304 Not Modified: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-2 = Compare os valores de `If-None-Match` com a comparação fraca, como exige a RFC 9110, já que o nginx, por exemplo, transforma um `ETag` forte em um fraco, com `W/`, quando comprime uma resposta.

# HTTP 304 Not Modified: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-3 = Inclua uma impressão digital (fingerprint) no nome dos assets estáticos, como `app.3f9c2.js`, e sirva-os com `Cache-Control: max-age=31536000, immutable`, para que os navegadores dispensem a revalidação e o `304` por completo.

# HTTP 304 Not Modified: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-4 = Verifique o tratamento das requisições condicionais executando `curl -I -H 'If-None-Match: "33a64df5"'` na URL; um `200` com esse mesmo `ETag` significa que o seu servidor ignora a condição.

# HTTP 304 Not Modified compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-304-vs-200 = Envie `304` quando o validador do cliente corresponde à versão atual; envie `200` com o corpo completo quando não corresponde ou quando a requisição não era condicional.

# HTTP 304 Not Modified compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-304-vs-412 = O `304` responde a um `GET` ou `HEAD` condicional cuja cópia em cache está atualizada, enquanto o `412` rejeita uma requisição condicional, geralmente de escrita, cuja precondição é falsa.

## HTTP 305 Use Proxy

# HTTP 305 Use Proxy: one-line summary at the top of the explainer (TL;DR).
http-305-tldr = Descontinuado: antigamente mandava o cliente repetir a requisição por meio de um determinado proxy, e os clientes não o obedecem mais.

# HTTP 305 Use Proxy: the "What it means" paragraph of the explainer.
http-305-meaning = O `305` indicava, em `Location`, um proxy pelo qual o cliente deveria acessar o recurso. Deixar qualquer servidor desviar o tráfego de um cliente por um proxy da sua escolha é um risco de segurança, por isso a RFC 7231 descontinuou o código, a RFC 9110 só o mantém como descontinuado e os navegadores não o respeitam. A escolha do proxy cabe à configuração do próprio cliente, como as configurações do sistema, um arquivo PAC ou a variável de ambiente `HTTP_PROXY`. Os servidores não devem enviá-lo, e os clientes não devem segui-lo.

# HTTP 305 Use Proxy: common cause 1 of 3, an item of the "Common causes" list.
http-305-cause-1 = Um servidor ou appliance legado, configurado na época do HTTP/1.0, ainda responde a algumas requisições com `305`.

# HTTP 305 Use Proxy: common cause 2 of 3, an item of the "Common causes" list.
http-305-cause-2 = Uma aplicação própria usou o `305` de forma indevida para dizer “use o proxy” em vez de configurar os seus clientes.

# HTTP 305 Use Proxy: common cause 3 of 3, an item of the "Common causes" list.
http-305-cause-3 = Um scanner de segurança ou uma suíte de testes envia `305` de propósito para verificar se os clientes se recusam a segui-lo.

# HTTP 305 Use Proxy: what a visitor can do, the only item of "How to fix it (for visitors)".
http-305-fix-visitor-1 = Nada que ajude: o seu navegador não vai usar o proxy indicado na resposta; se você precisa de um proxy, configure-o no sistema ou no navegador.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-1 = Remova o `305` do código e da configuração do servidor; se os clientes precisam usar um proxy, distribua essa configuração por meio de um arquivo PAC, do WPAD ou do gerenciamento de dispositivos.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-2 = Nos clientes HTTP, nunca troque de proxy só porque uma resposta mandou; trate o `305` como um `3xx` não tratado e não o siga.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-3 = Se um appliance antigo o envia, atualize ou reconfigure o appliance, e use `307` ou `308` onde a intenção for um redirecionamento de verdade.

# HTTP 305 Use Proxy compared with HTTP 306 (Unused): when to use which, in the "Related codes" section.
http-305-vs-306 = O `305` foi definido e depois descontinuado, enquanto o `306` só existiu em um rascunho e hoje está apenas reservado.

# HTTP 305 Use Proxy compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-305-vs-407 = O `305` tentava dizer aos clientes qual proxy usar e está obsoleto, enquanto o `407` vem de um proxy que o cliente já usa e pede credenciais.

## HTTP 306 (Unused)

# HTTP 306 (Unused): one-line summary at the top of the explainer (TL;DR).
http-306-tldr = Não utilizado: reservado porque um dos primeiros rascunhos do HTTP/1.1 o usava, e nenhum servidor deve enviá-lo.

# HTTP 306 (Unused): the "What it means" paragraph of the explainer.
http-306-meaning = Um rascunho do HTTP/1.1 definia este código como Switch Proxy, para mandar os clientes enviarem as requisições seguintes por um proxy indicado, e a ideia foi abandonada antes da publicação. A RFC 9110 lista o código como reservado, sem significado, para que ele nunca seja atribuído a outra coisa. Um cliente que o recebe precisa tratá-lo como um `3xx` não reconhecido, ou seja, como um `300`: sem redirecionamento automático.

# HTTP 306 (Unused): common cause 1 of 3, an item of the "Common causes" list.
http-306-cause-1 = Um servidor mal configurado ou escrito à mão emite `306` porque um desenvolvedor o encontrou em uma lista antiga de códigos de status.

# HTTP 306 (Unused): common cause 2 of 3, an item of the "Common causes" list.
http-306-cause-2 = Um framework ou uma biblioteca ainda lista o `306` com o nome Switch Proxy, e o código o escolheu por engano.

# HTTP 306 (Unused): common cause 3 of 3, an item of the "Common causes" list.
http-306-cause-3 = Uma ferramenta de testes ou de fuzzing envia códigos de status incomuns para ver como os clientes lidam com um `3xx` desconhecido.

# HTTP 306 (Unused): what a visitor can do, the only item of "How to fix it (for visitors)".
http-306-fix-visitor-1 = Nada: este status não tem significado, então a página ou o app está mal configurado; avise o responsável pelo site.

# HTTP 306 (Unused): what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-306-fix-developer-1 = Substitua o `306` pelo código que você queria, geralmente `307`, para um redirecionamento temporário que mantém o método.

# HTTP 306 (Unused): what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-306-fix-developer-2 = Nos clientes, adote o comportamento do `300` para códigos `3xx` desconhecidos e não siga o `Location` deles automaticamente.

# HTTP 306 (Unused) compared with HTTP 305 Use Proxy: when to use which, in the "Related codes" section.
http-306-vs-305 = Ambos dizem respeito a proxies, e nenhum dos dois deve ser enviado: o `305` está descontinuado, e o `306` nunca teve significado em uma especificação publicada.

# HTTP 306 (Unused) compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-306-vs-307 = Use `307` para um redirecionamento temporário; o `306`, logo antes dele no registro, é apenas uma posição reservada.

## HTTP 307 Temporary Redirect

# HTTP 307 Temporary Redirect: one-line summary at the top of the explainer (TL;DR).
http-307-tldr = Um redirecionamento temporário que precisa repetir o mesmo método e o mesmo corpo no novo endereço.

# HTTP 307 Temporary Redirect: the "What it means" paragraph of the explainer.
http-307-meaning = O `307` envia o cliente ao URI indicado em `Location` para esta requisição e, ao contrário do `302`, proíbe a troca de método: um `POST` é enviado de novo como `POST` com o mesmo conteúdo, um `DELETE` como `DELETE`. O URI original continua válido para as requisições seguintes, e a resposta não pode ser armazenada em cache, a menos que os cabeçalhos digam o contrário. Os navegadores reenviam o corpo ao novo local sem perguntar ao usuário, de modo que o destino recebe tudo o que o original teria recebido. As ferramentas de desenvolvedor do Chrome também mostram um `307 Internal Redirect` quando o próprio navegador muda uma URL para HTTPS por causa do HSTS; essa resposta nunca veio do servidor.

# HTTP 307 Temporary Redirect: common cause 1 of 4, an item of the "Common causes" list.
http-307-cause-1 = O site está na lista de HSTS, por isso o Chrome muda `http://` para `https://` por conta própria e o DevTools mostra um `307 Internal Redirect` que nunca chegou ao servidor.

# HTTP 307 Temporary Redirect: common cause 2 of 4, an item of the "Common causes" list.
http-307-cause-2 = Um endpoint de API mudou de lugar por um tempo, por exemplo durante uma migração, e as chamadas `POST` e `PUT` precisam continuar funcionando através do redirecionamento.

# HTTP 307 Temporary Redirect: common cause 3 of 4, an item of the "Common causes" list.
http-307-cause-3 = Um balanceador de carga ou um modo de manutenção envia temporariamente as requisições para outra região ou outro host.

# HTTP 307 Temporary Redirect: common cause 4 of 4, an item of the "Common causes" list.
http-307-cause-4 = O `RedirectResponse` do FastAPI, assim como o redirecionamento automático de barra final do Starlette e do FastAPI, usa `307` por padrão.

# HTTP 307 Temporary Redirect: what a visitor can do, the only item of "How to fix it (for visitors)".
http-307-fix-visitor-1 = Nada: o seu navegador reenvia a requisição ao endereço temporário por conta própria.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-1 = Use `307` em vez de `302` sempre que a requisição puder trazer um corpo, como escritas de API, uploads e envios de formulário que o destino precisa receber sem alterações.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-2 = Nos seus próprios clientes, chame a URL canônica, com o esquema e a barra final exatos, porque cada `307` repete o upload e custa uma ida e volta.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-3 = Lembre-se de que os navegadores, o curl e a maioria das bibliotecas descartam o cabeçalho `Authorization` quando um redirecionamento leva a outro host, por isso um `307` entre hosts em uma chamada autenticada muitas vezes termina em `401`.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-4 = Para entender um `307 Internal Redirect` no Chrome, consulte o host em `chrome://net-internals/#hsts`; ele vem da lista de HSTS do navegador, não do seu servidor.

# HTTP 307 Temporary Redirect compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-307-vs-302 = Envie `307` quando o método e o corpo precisam ser mantidos; o `302` permite que os clientes transformem `POST` em `GET`.

# HTTP 307 Temporary Redirect compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-307-vs-303 = Envie `307` para repetir a mesma requisição em outro lugar; envie `303` para fazer o cliente obter uma página de resultado com `GET`.

# HTTP 307 Temporary Redirect compared with HTTP 308 Permanent Redirect: when to use which, in the "Related codes" section.
http-307-vs-308 = Envie `307` quando a mudança é temporária e os clientes devem manter o URI antigo; envie `308` quando o novo URI o substitui de vez.

## HTTP 308 Permanent Redirect

# HTTP 308 Permanent Redirect: one-line summary at the top of the explainer (TL;DR).
http-308-tldr = Um redirecionamento permanente que, ao contrário do `301`, exige que o cliente mantenha o método e o corpo.

# HTTP 308 Permanent Redirect: the "What it means" paragraph of the explainer.
http-308-meaning = O `308` diz que o recurso de destino tem um novo URI permanente, informado em `Location`, que os clientes devem atualizar os seus links e que a requisição redirecionada precisa usar o mesmo método e o mesmo conteúdo. Assim como o `301`, ele pode ser armazenado em cache heuristicamente, por isso os navegadores podem memorizá-lo. Definido primeiro na RFC 7538 e hoje parte da RFC 9110, ele funciona em todos os navegadores atuais e nas bibliotecas HTTP mais comuns; só clientes muito antigos, como o Internet Explorer 11 no Windows 7, não conseguem segui-lo. Os mecanismos de busca o tratam como o `301` para fins de indexação.

# HTTP 308 Permanent Redirect: common cause 1 of 3, an item of the "Common causes" list.
http-308-cause-1 = Uma API mudou de forma permanente para uma nova versão ou um novo host, e as chamadas `POST`, `PUT` e `DELETE` dela precisam continuar funcionando.

# HTTP 308 Permanent Redirect: common cause 2 of 3, an item of the "Common causes" list.
http-308-cause-2 = O Next.js e a Vercel respondem com `308` aos redirecionamentos configurados com `permanent: true` e à normalização da barra final.

# HTTP 308 Permanent Redirect: common cause 3 of 3, an item of the "Common causes" list.
http-308-cause-3 = Um host ou uma CDN força o HTTPS com um redirecionamento que preserva o método, de modo que os envios de formulário para a antiga URL `http://` não se perdem.

# HTTP 308 Permanent Redirect: what a visitor can do, the only item of "How to fix it (for visitors)".
http-308-fix-visitor-1 = Nada: o seu navegador vai para o novo endereço; atualize qualquer favorito que aponte para o antigo.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-1 = Use `308` para mudanças permanentes de endpoints de API e de qualquer URL que receba escritas, e mantenha o `301` para páginas comuns apenas se precisar suportar clientes muito antigos.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-2 = Teste o redirecionamento primeiro com um tempo de cache curto, porque, depois que os navegadores armazenam um `308` em cache, não é fácil voltar atrás.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-3 = Atualize clientes de API, SDKs e configurações de webhooks para chamarem o novo URI diretamente, já que cada requisição redirecionada envia o corpo duas vezes.

# HTTP 308 Permanent Redirect compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-308-vs-301 = Use `308` quando os clientes precisam reenviar o mesmo método e o mesmo corpo; o `301` permite que os navegadores transformem um `POST` em `GET`.

# HTTP 308 Permanent Redirect compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-308-vs-307 = Use `308` quando o novo URI é permanente; use `307` quando os clientes devem voltar ao URI original mais tarde.

## HTTP 400 Bad Request

# HTTP 400 Bad Request: one-line summary at the top of the explainer (TL;DR).
http-400-tldr = O servidor não conseguiu processar a requisição porque algo nela está malformado ou é inválido.

# HTTP 400 Bad Request: the "What it means" paragraph of the explainer.
http-400-meaning = O `400` é o status genérico de erro do cliente: a linha de requisição, um cabeçalho ou o corpo viola as regras de sintaxe ou de delimitação da mensagem, ou a requisição é inválida de alguma outra forma que o servidor não vai tratar. O cliente não deve enviar a mesma requisição de novo sem alterá-la. Os servidores o usam para problemas que não têm um código mais específico, como um cabeçalho `Host` inválido, uma requisição que traz ao mesmo tempo `Content-Length` e `Transfer-Encoding` ou um corpo que não pode ser interpretado conforme o `Content-Type` declarado. Um corpo no formato de detalhes do problema (problem details) da RFC 9457 (`application/problem+json`) que aponte a parte com defeito poupa o cliente de adivinhações. Quando um código específico se aplica, como `413`, `414`, `415`, `422` ou `431`, ele diz mais ao cliente.

# HTTP 400 Bad Request: common cause 1 of 5, an item of the "Common causes" list.
http-400-cause-1 = O corpo JSON ou XML está malformado, por exemplo por causa de uma vírgula sobrando no final ou de aspas sem escape, ou está em uma codificação de caracteres diferente da declarada.

# HTTP 400 Bad Request: common cause 2 of 5, an item of the "Common causes" list.
http-400-cause-2 = Uma requisição HTTP simples chegou a uma porta que o nginx atende com HTTPS, o que o nginx informa como “The plain HTTP request was sent to HTTPS port”.

# HTTP 400 Bad Request: common cause 3 of 5, an item of the "Common causes" list.
http-400-cause-3 = Os cookies ou outros cabeçalhos não cabem em `large_client_header_buffers` do nginx, e o nginx responde “400 Request Header Or Cookie Too Large” em vez de `431`.

# HTTP 400 Bad Request: common cause 4 of 5, an item of the "Common causes" list.
http-400-cause-4 = Uma URL contém caracteres inválidos ou uma codificação percentual quebrada, como um espaço literal ou um `%` que não é seguido de dois dígitos hexadecimais.

# HTTP 400 Bad Request: common cause 5 of 5, an item of the "Common causes" list.
http-400-cause-5 = O endpoint de token de um servidor OAuth 2.0 rejeitou a requisição com `invalid_request` ou `invalid_grant`, erros que a RFC 6749 informa com `400`.

# HTTP 400 Bad Request: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-1 = Verifique se o endereço tem erros de digitação ou caracteres estranhos e digite-o de novo em vez de colá-lo.

# HTTP 400 Bad Request: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-2 = Apague os cookies e os arquivos em cache deste site, já que um cookie grande demais ou corrompido costuma provocar este erro.

# HTTP 400 Bad Request: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-3 = Se aconteceu depois de enviar um formulário, volte, confira o que você preencheu e envie de novo.

# HTTP 400 Bad Request: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-1 = Leia o log do servidor no momento do erro: os frameworks registram a exceção de parsing, e o nginx registra o motivo, como “client sent invalid header line”, quando o `error_log` está no nível `info`.

# HTTP 400 Bad Request: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-2 = Retorne um corpo de detalhes do problema que indique o campo ou o cabeçalho com defeito, para que os desenvolvedores do cliente consigam corrigir as requisições sem acesso aos seus logs.

# HTTP 400 Bad Request: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-3 = Reproduza com `curl -v --data-binary @body.json -H 'Content-Type: application/json'` para ver exatamente o que é enviado, e verifique o corpo com `jq . body.json` antes de suspeitar do servidor.

# HTTP 400 Bad Request: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-4 = Use os códigos específicos quando se aplicarem: `415` para um `Content-Type` não suportado, `422` para um corpo bem formado que não passa na validação, `431` para cabeçalhos grandes demais.

# HTTP 400 Bad Request compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-400-vs-401 = Envie `400` quando a própria requisição está malformada; envie `401` quando ela está bem formada, mas não tem credenciais válidas.

# HTTP 400 Bad Request compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-400-vs-415 = Envie `415` quando você não aceita de jeito nenhum o tipo de mídia do corpo; envie `400` quando o tipo está certo, mas o corpo não pode ser interpretado.

# HTTP 400 Bad Request compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-400-vs-422 = Envie `400` para um corpo que não pode ser interpretado; envie `422` para um corpo que pode ser interpretado, mas viola as suas regras de validação.

## HTTP 401 Unauthorized

# HTTP 401 Unauthorized: one-line summary at the top of the explainer (TL;DR).
http-401-tldr = Você precisa se autenticar, ou as credenciais enviadas foram rejeitadas; o cabeçalho `WWW-Authenticate` diz como se autenticar.

# HTTP 401 Unauthorized: the "What it means" paragraph of the explainer.
http-401-meaning = O `401` significa que a requisição não tem credenciais de autenticação válidas para o recurso de destino; o servidor precisa enviar pelo menos um desafio em `WWW-Authenticate`, como `Basic realm="api"` ou `Bearer error="invalid_token"`, e o cliente pode tentar de novo com um cabeçalho `Authorization`. Se a requisição já trazia credenciais, o `401` diz que elas foram recusadas, por exemplo porque um token expirou ou foi revogado. Com um desafio `Basic` ou `Digest`, os navegadores exibem a própria caixa de diálogo de login; com tokens `Bearer`, a aplicação cuida sozinha da nova tentativa, geralmente renovando primeiro o token de acesso. Apesar da frase de motivo, o código trata de autenticação: um cliente cuja identidade é conhecida, mas que não tem permissão, recebe `403`.

# HTTP 401 Unauthorized: common cause 1 of 5, an item of the "Common causes" list.
http-401-cause-1 = O token de acesso ou o cookie de sessão expirou, e o cliente o enviou sem renová-lo.

# HTTP 401 Unauthorized: common cause 2 of 5, an item of the "Common causes" list.
http-401-cause-2 = O cabeçalho `Authorization` nunca chegou à aplicação, porque o Apache com `mod_wsgi`, ou uma configuração CGI ou FastCGI, o descarta, a menos que esteja configurado com `WSGIPassAuthorization On` ou `CGIPassAuth On`.

# HTTP 401 Unauthorized: common cause 3 of 5, an item of the "Common causes" list.
http-401-cause-3 = O relógio do cliente ou do servidor está errado, por isso um JWT parece expirado, ou ainda não válido, de acordo com as claims `exp` e `nbf`.

# HTTP 401 Unauthorized: common cause 4 of 5, an item of the "Common causes" list.
http-401-cause-4 = Um redirecionamento para outro host descartou o cabeçalho `Authorization`, o que os navegadores, o curl e a maioria das bibliotecas fazem de propósito.

# HTTP 401 Unauthorized: common cause 5 of 5, an item of the "Common causes" list.
http-401-cause-5 = O token foi emitido para outro público (audience) ou outro ambiente, como um token de homologação enviado à produção.

# HTTP 401 Unauthorized: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-401-fix-visitor-1 = Entre de novo na sua conta; a sua sessão pode ter expirado.

# HTTP 401 Unauthorized: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-401-fix-visitor-2 = Se a caixa de login continuar aparecendo, confira o seu nome de usuário e a sua senha e remova do navegador as credenciais salvas para este site.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 1 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-1 = Envie um cabeçalho `WWW-Authenticate` em todo `401`, como exige a especificação; para tokens bearer do OAuth, inclua `error="invalid_token"` e um `error_description`.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 2 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-2 = Decodifique o token e compare `exp`, `nbf`, `aud` e `iss` com o que o servidor espera, e mantenha os relógios dos servidores sincronizados por NTP.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 3 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-3 = Confirme que o cabeçalho chega ao seu código registrando no log os cabeçalhos da requisição na aplicação, e verifique as configurações de proxy e de CGI que removem o `Authorization`.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 4 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-4 = Responda às requisições `OPTIONS` de preflight do CORS sem exigir credenciais, porque os navegadores nunca enviam `Authorization` em um preflight, e um `401` nesse ponto bloqueia a requisição real.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 5 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-5 = Retorne `403` com `error="insufficient_scope"` quando o token é válido, mas não tem o escopo necessário, como especifica a RFC 6750.

# HTTP 401 Unauthorized compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-401-vs-403 = Envie `401` quando o cliente não provou quem é; envie `403` quando você sabe quem ele é e ele não tem permissão.

# HTTP 401 Unauthorized compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-401-vs-407 = O `401` vem do servidor de origem e usa `WWW-Authenticate` e `Authorization`; o `407` vem de um proxy e usa `Proxy-Authenticate` e `Proxy-Authorization`.

# HTTP 401 Unauthorized compared with HTTP 511 Network Authentication Required: when to use which, in the "Related codes" section.
http-401-vs-511 = O `401` pede credenciais para o site que o usuário solicitou; o `511` vem da rede local, que quer que o usuário faça login antes de acessar qualquer site.

## HTTP 402 Payment Required

# HTTP 402 Payment Required: one-line summary at the top of the explainer (TL;DR).
http-402-tldr = Reservado pelo HTTP para uso futuro; alguns serviços o usam para dizer que é necessário um pagamento ou um plano pago.

# HTTP 402 Payment Required: the "What it means" paragraph of the explainer.
http-402-meaning = A RFC 9110 reserva o `402` sem definir a semântica, os cabeçalhos nem o comportamento do cliente, por isso os navegadores o tratam como qualquer outro `4xx`. As APIs lhe dão um significado próprio: a Stripe, por exemplo, retorna `402` quando parâmetros válidos levam a uma requisição que falha, como um cartão recusado, e outros serviços o usam para assinaturas vencidas ou cotas pagas esgotadas. Como nada nele é padronizado, o corpo precisa trazer a explicação, e os desenvolvedores de clientes precisam se basear na documentação de cada API. Existem propostas de um fluxo de pagamento legível por máquinas baseado no `402`, mas nenhuma faz parte do HTTP.

# HTTP 402 Payment Required: common cause 1 of 4, an item of the "Common causes" list.
http-402-cause-1 = Uma API de pagamentos recusou uma cobrança, por exemplo porque o cartão foi recusado ou está vencido.

# HTTP 402 Payment Required: common cause 2 of 4, an item of the "Common causes" list.
http-402-cause-2 = A assinatura ou o período de teste da conta terminou, e o serviço bloqueia os recursos pagos até que a cobrança seja regularizada.

# HTTP 402 Payment Required: common cause 3 of 4, an item of the "Common causes" list.
http-402-cause-3 = A cota de uso paga de um plano de API se esgotou no período de cobrança atual.

# HTTP 402 Payment Required: common cause 4 of 4, an item of the "Common causes" list.
http-402-cause-4 = Um serviço de conteúdo com paywall exige uma compra ou uma assinatura para este artigo ou arquivo.

# HTTP 402 Payment Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-402-fix-visitor-1 = Verifique a sua assinatura e a forma de pagamento nas configurações de cobrança da conta e substitua um cartão vencido.

# HTTP 402 Payment Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-402-fix-visitor-2 = Se você acredita que já pagou, entre em contato com o suporte do serviço e informe a mensagem exibida na página.

# HTTP 402 Payment Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-1 = Documente exatamente quando a sua API retorna `402` e o que o corpo contém, como um código de erro, o limite do plano e uma URL de cobrança.

# HTTP 402 Payment Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-2 = Nos clientes, trate o `402` de acordo com cada API, lendo o código de erro no corpo, como o `decline_code` da Stripe, em vez de se basear apenas no status.

# HTTP 402 Payment Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-3 = Considere usar `403` com um código de erro claro para as restrições de plano, já que clientes e proxies genéricos sabem como tratá-lo.

# HTTP 402 Payment Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-402-vs-401 = Envie `401` quando quem chama não está autenticado; envie `402` apenas para uma recusa documentada, relacionada a pagamento, a quem já está autenticado.

# HTTP 402 Payment Required compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-402-vs-403 = O `403` é a recusa padrão para quem chama e é conhecido, mas não tem acesso; o `402` é uma variante não padronizada que algumas APIs reservam para recusas que um pagamento resolveria.

## HTTP 403 Forbidden

# HTTP 403 Forbidden: one-line summary at the top of the explainer (TL;DR).
http-403-tldr = O servidor entendeu a requisição e a recusa; fazer login de novo não vai adiantar.

# HTTP 403 Forbidden: the "What it means" paragraph of the explainer.
http-403-meaning = O `403` é uma recusa que a autenticação não muda: as credenciais são válidas, mas não têm permissão, ou o acesso é negado por outro motivo, como o endereço de rede do cliente, a falta de um token CSRF ou as permissões do sistema de arquivos. Ao contrário do `401`, ele não precisa de cabeçalho `WWW-Authenticate`, e repetir a requisição com as mesmas credenciais não adianta. O servidor pode explicar o motivo no corpo ou guardá-lo para si; se até a existência do recurso for secreta, o `404` é a alternativa habitual. Um `403` não pode ser armazenado em cache, a menos que os cabeçalhos digam o contrário.

# HTTP 403 Forbidden: common cause 1 of 5, an item of the "Common causes" list.
http-403-cause-1 = O servidor web não consegue ler o arquivo por causa das permissões ou do dono do arquivo no Unix, o que o nginx registra como `(13: Permission denied)`, ou porque o SELinux o bloqueia.

# HTTP 403 Forbidden: common cause 2 of 5, an item of the "Common causes" list.
http-403-cause-2 = A URL aponta para um diretório sem arquivo de índice, e a listagem de diretórios está desativada (`autoindex off` no nginx, `Options -Indexes` no Apache).

# HTTP 403 Forbidden: common cause 3 of 5, an item of the "Common causes" list.
http-403-cause-3 = Um firewall, uma regra do ModSecurity ou a verificação de bots de uma CDN bloqueou a requisição por causa do endereço IP, do país, do user agent ou do conteúdo.

# HTTP 403 Forbidden: common cause 4 of 5, an item of the "Common causes" list.
http-403-cause-4 = Um formulário foi enviado ao Django ou ao Rails sem um token CSRF válido, por exemplo depois que a sessão mudou ou a partir de uma página armazenada em cache por tempo demais.

# HTTP 403 Forbidden: common cause 5 of 5, an item of the "Common causes" list.
http-403-cause-5 = A política de um bucket de armazenamento na nuvem nega o acesso, ou o S3 retorna `403 AccessDenied` para um objeto inexistente porque quem chama não tem `s3:ListBucket`.

# HTTP 403 Forbidden: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-1 = Verifique se você entrou com a conta que deveria ter acesso, ou peça ao responsável que o conceda.

# HTTP 403 Forbidden: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-2 = Se você seguiu um link, verifique se o endereço está completo; muitos sites se recusam a listar pastas quando falta o nome da página.

# HTTP 403 Forbidden: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-3 = Se uma verificação de segurança bloqueou você, desative a VPN ou o proxy e recarregue a página, já que endereços compartilhados costumam ser bloqueados.

# HTTP 403 Forbidden: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-1 = Procure no log de erros o caminho negado e o motivo, e então corrija as permissões: o usuário do servidor precisa de permissão de execução em todos os diretórios pais e de permissão de leitura no arquivo, o que `namei -l /path/to/file` mostra de uma vez.

# HTTP 403 Forbidden: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-2 = Procure regras de negação em blocos `location`, arquivos `.htaccess`, diretivas `Require` e no log de auditoria do WAF, como o `modsec_audit.log` do ModSecurity ou os eventos de firewall da CDN, para encontrar a regra que correspondeu.

# HTTP 403 Forbidden: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-3 = Explique no corpo por que o acesso foi negado e o que o concederia, a menos que isso revele demais; os clientes de API precisam do motivo para agir.

# HTTP 403 Forbidden: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-4 = Em falhas de CSRF, verifique se o formulário traz o token e se os atributos `SameSite` e `Secure` do cookie de sessão são adequados à forma como o formulário é enviado.

# HTTP 403 Forbidden compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-403-vs-401 = Envie `403` quando o cliente está autenticado, mas não tem permissão; envie `401` quando ele ainda precisa se autenticar ou as credenciais dele foram rejeitadas.

# HTTP 403 Forbidden compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-403-vs-404 = Envie `404` em vez de `403` quando você não quer revelar que o recurso existe.

# HTTP 403 Forbidden compared with HTTP 451 Unavailable For Legal Reasons: when to use which, in the "Related codes" section.
http-403-vs-451 = Envie `451` quando uma exigência legal é o motivo da recusa do acesso; envie `403` para todas as outras recusas.

## HTTP 404 Not Found

# HTTP 404 Not Found: one-line summary at the top of the explainer (TL;DR).
http-404-tldr = Não há nada neste endereço, ou o servidor não quer dizer se há.

# HTTP 404 Not Found: the "What it means" paragraph of the explainer.
http-404-meaning = Um `404` diz que o servidor de origem não encontrou nenhuma representação atual para o URI de destino; ele não promete nada sobre o futuro, então a mesma requisição pode funcionar mais tarde. O código pode ser armazenado em cache heuristicamente, por isso os navegadores e as CDNs podem guardar um `404` por algum tempo, a menos que `Cache-Control` diga o contrário, o que explica uma página que continua parecendo inexistente logo depois de ser publicada. Os servidores também o usam no lugar do `403` para esconder recursos que o cliente não pode ver. Para um recurso removido de vez, o `410` é mais informativo, e um recurso que mudou de lugar deve receber `301` ou `308`, não `404`.

# HTTP 404 Not Found: common cause 1 of 5, an item of the "Common causes" list.
http-404-cause-1 = A URL tem um erro de digitação, difere em maiúsculas e minúsculas em um servidor que as distingue, ou tem uma barra final a menos ou a mais.

# HTTP 404 Not Found: common cause 2 of 5, an item of the "Common causes" list.
http-404-cause-2 = Uma página foi excluída ou renomeada sem redirecionamento, por isso links antigos e resultados de busca não levam a lugar nenhum.

# HTTP 404 Not Found: common cause 3 of 5, an item of the "Common causes" list.
http-404-cause-3 = Uma aplicação de página única foi aberta por um link direto para uma rota interna, e o servidor não tem um fallback que sirva o `index.html` para as rotas do lado do cliente.

# HTTP 404 Not Found: common cause 4 of 5, an item of the "Common causes" list.
http-404-cause-4 = O site foi publicado em um subcaminho ou em uma nova URL base, e os links ou os caminhos dos assets ainda apontam para a raiz antiga.

# HTTP 404 Not Found: common cause 5 of 5, an item of the "Common causes" list.
http-404-cause-5 = Não há rota de API registrada para este caminho, ou o ID na URL não existe no banco de dados.

# HTTP 404 Not Found: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-1 = Verifique se o endereço tem erros de digitação e tente remover a última parte do caminho para chegar a uma página de nível superior.

# HTTP 404 Not Found: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-2 = Use a busca ou a navegação do site para encontrar a página; ela pode ter mudado de lugar.

# HTTP 404 Not Found: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-3 = Se um link em outro site trouxe você até aqui, avise o responsável por esse site de que o link está quebrado.

# HTTP 404 Not Found: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-1 = Encontre no log de acesso o caminho solicitado e o `Referer` dele e, em seguida, adicione um `301` das URLs antigas para os seus novos endereços.

# HTTP 404 Not Found: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-2 = Em aplicações de página única, adicione um fallback como `try_files $uri $uri/ /index.html;` no nginx e, mesmo assim, retorne um `404` de verdade para as rotas que a aplicação não conhece.

# HTTP 404 Not Found: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-3 = Sirva uma página de erro útil com um status `404` de verdade, não `200`; de qualquer forma, os mecanismos de busca tratam essas páginas de soft 404 como erros.

# HTTP 404 Not Found: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-4 = Dê às respostas `404` um `max-age` curto na CDN, para que uma página recém-publicada não fique escondida por uma ausência armazenada em cache.

# HTTP 404 Not Found compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-404-vs-410 = Envie `410` quando você sabe que o recurso foi removido de vez; envie `404` quando você não pode ou não quer dizer.

# HTTP 404 Not Found compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-404-vs-403 = Envie `403` quando o recurso existe e o cliente pode saber disso, mas não acessá-lo; envie `404` para escondê-lo por completo.

# HTTP 404 Not Found compared with HTTP 405 Method Not Allowed: when to use which, in the "Related codes" section.
http-404-vs-405 = Envie `405` quando o URI existe, mas não para este método; envie `404` quando não existe nada no URI.

## HTTP 405 Method Not Allowed

# HTTP 405 Method Not Allowed: one-line summary at the top of the explainer (TL;DR).
http-405-tldr = O endereço existe, mas não aceita este método HTTP, como um `POST` para uma página somente leitura.

# HTTP 405 Method Not Allowed: the "What it means" paragraph of the explainer.
http-405-meaning = O servidor conhece o método, mas o recurso de destino não o suporta; a resposta precisa listar os métodos que ele suporta em um cabeçalho `Allow`, por exemplo `Allow: GET, HEAD`. O cliente deve tentar de novo com um deles, e não repetir o mesmo método. Os frameworks geram `405` automaticamente quando uma rota existe para alguns métodos, mas não para o solicitado, e uma requisição `OPTIONS` ao mesmo URI é a forma habitual de descobrir os métodos com antecedência. Um `405` pode ser armazenado em cache heuristicamente.

# HTTP 405 Method Not Allowed: common cause 1 of 5, an item of the "Common causes" list.
http-405-cause-1 = Um formulário ou uma chamada `fetch` envia `POST` para uma URL cuja rota só trata `GET`, ou vice-versa.

# HTTP 405 Method Not Allowed: common cause 2 of 5, an item of the "Common causes" list.
http-405-cause-2 = O nginx serve um arquivo estático e recebe `POST`, `PUT` ou `DELETE`, aos quais responde com `405`.

# HTTP 405 Method Not Allowed: common cause 3 of 5, an item of the "Common causes" list.
http-405-cause-3 = Um redirecionamento, por exemplo para adicionar uma barra final ou mudar para HTTPS, transformou um `POST` em um `GET` que o destino não aceita.

# HTTP 405 Method Not Allowed: common cause 4 of 5, an item of the "Common causes" list.
http-405-cause-4 = Uma requisição `OPTIONS` de preflight do CORS chegou a uma rota que não trata `OPTIONS`.

# HTTP 405 Method Not Allowed: common cause 5 of 5, an item of the "Common causes" list.
http-405-cause-5 = O módulo WebDAV do IIS intercepta `PUT` e `DELETE` antes que a aplicação os veja.

# HTTP 405 Method Not Allowed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-405-fix-visitor-1 = Não há muito o que fazer do seu lado: abra a página de novo desde o início em vez de reenviar, e informe o problema se um formulário continuar falhando.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-1 = Leia o cabeçalho `Allow` da resposta, por exemplo executando `curl -i -X OPTIONS` na URL, e compare-o com o método que o seu cliente envia.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-2 = Garanta que cada rota declare todos os métodos que trata, como `methods=["GET", "POST"]` no Flask ou `@PostMapping` no Spring.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-3 = Chame a URL canônica diretamente, com o esquema e a barra final exatos, para que nenhum redirecionamento mude o método antes de a requisição chegar à rota.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-4 = No IIS, remova o `WebDAVModule` e o handler dele no `web.config` quando a sua aplicação tratar `PUT` e `DELETE` por conta própria.

# HTTP 405 Method Not Allowed compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-405-vs-501 = Envie `405` quando o método é conhecido, mas não é permitido neste recurso; envie `501` quando o servidor não implementa o método de forma alguma.

# HTTP 405 Method Not Allowed compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-405-vs-404 = Envie `404` quando não existe nada no URI; envie `405` quando algo existe, mas não para este método.

# HTTP 405 Method Not Allowed compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-405-vs-403 = Envie `403` quando o método é suportado, mas este cliente não pode usá-lo; envie `405` quando nenhum cliente pode usá-lo neste recurso.

## HTTP 406 Not Acceptable

# HTTP 406 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
http-406-tldr = O servidor não tem nenhuma versão do recurso em um formato, idioma ou codificação que o cliente diz aceitar.

# HTTP 406 Not Acceptable: the "What it means" paragraph of the explainer.
http-406-meaning = Um servidor pode responder `406` quando leva ao pé da letra os cabeçalhos de negociação proativa, como `Accept`, `Accept-Language` ou `Accept-Encoding`, e nenhuma das suas representações corresponde a eles. A RFC 9110 também permite que o servidor ignore esses cabeçalhos e envie uma representação padrão, o que a maioria dos servidores faz, já que uma resposta que o agente de usuário pode tentar usar geralmente é melhor do que um erro. Um `406` deve listar as representações disponíveis, com os tipos de mídia ou idiomas, para que o usuário ou o cliente escolha uma. Se o problema é o formato do próprio corpo da requisição, o código certo é o `415`.

# HTTP 406 Not Acceptable: common cause 1 of 4, an item of the "Common causes" list.
http-406-cause-1 = Um cliente de API envia `Accept: application/xml` a um endpoint que só produz JSON.

# HTTP 406 Not Acceptable: common cause 2 of 4, an item of the "Common causes" list.
http-406-cause-2 = Uma action do Rails com `respond_to` não tem um ramo para o formato solicitado e lança `ActionController::UnknownFormat`, ou o Spring não encontra um conversor para o tipo do `Accept`.

# HTTP 406 Not Acceptable: common cause 3 of 4, an item of the "Common causes" list.
http-406-cause-3 = O ModSecurity de uma hospedagem compartilhada está configurado para rejeitar requisições suspeitas com `406`, uma escolha que não tem nada a ver com negociação de conteúdo.

# HTTP 406 Not Acceptable: common cause 4 of 4, an item of the "Common causes" list.
http-406-cause-4 = Uma extensão do navegador ou um cliente HTTP envia um cabeçalho `Accept` ou `Accept-Language` incomum que um servidor rigoroso não consegue atender.

# HTTP 406 Not Acceptable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-406-fix-visitor-1 = Tente outro navegador, ou desative as extensões que alteram os cabeçalhos das requisições, e recarregue a página.

# HTTP 406 Not Acceptable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-406-fix-visitor-2 = Se o erro apareceu ao enviar um formulário em um site pequeno hospedado, provavelmente um filtro de segurança não gostou do que você digitou; entre em contato com o responsável pelo site.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-1 = Confira os cabeçalhos `Accept` da requisição com `curl -v` e compare-os com os tipos de mídia que o endpoint produz; os clientes que não se importam com o formato devem enviar `Accept: */*` ou o tipo que conseguem interpretar.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-2 = Prefira enviar uma representação padrão com `Vary: Accept` a retornar `406`, a menos que os clientes dependam de uma negociação rigorosa.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-3 = Em hospedagem compartilhada, encontre no log de auditoria do ModSecurity o ID da regra que disparou o `406` e peça à empresa de hospedagem que a desative para o seu caminho.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-4 = No Spring, garanta que exista um conversor de mensagens para o tipo da resposta, como o Jackson para JSON, e que o atributo `produces` corresponda ao que os clientes pedem.

# HTTP 406 Not Acceptable compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-406-vs-415 = Envie `406` quando você não consegue produzir uma resposta em um formato que o cliente aceita; envie `415` quando você não consegue ler o formato do corpo da requisição do cliente.

# HTTP 406 Not Acceptable compared with HTTP 300 Multiple Choices: when to use which, in the "Related codes" section.
http-406-vs-300 = Envie `300` quando você oferece alternativas para o cliente escolher; envie `406` quando nada corresponde ao que o cliente disse aceitar.

## HTTP 407 Proxy Authentication Required

# HTTP 407 Proxy Authentication Required: one-line summary at the top of the explainer (TL;DR).
http-407-tldr = Um proxy entre você e o site exige que você se autentique nele primeiro.

# HTTP 407 Proxy Authentication Required: the "What it means" paragraph of the explainer.
http-407-meaning = O `407` funciona como o `401`, mas um salto antes: o proxy desafia o cliente em `Proxy-Authenticate`, e o cliente tenta de novo com `Proxy-Authorization`. Esses cabeçalhos dizem respeito apenas ao proxy que os pediu, que os consome em vez de repassá-los à origem. Os proxies corporativos costumam usar `Negotiate` (Kerberos) ou `NTLM`, que os navegadores em máquinas ingressadas no domínio tratam de forma transparente, enquanto as ferramentas de linha de comando precisam de configuração explícita. Para HTTPS através de um proxy, o `407` responde à requisição `CONNECT` antes de o túnel ser aberto, por isso o site de destino nunca vê essa troca.

# HTTP 407 Proxy Authentication Required: common cause 1 of 4, an item of the "Common causes" list.
http-407-cause-1 = Uma ferramenta de desenvolvimento como `npm`, `pip`, `git` ou Docker usa um proxy corporativo definido em `HTTP_PROXY` ou `HTTPS_PROXY` sem credenciais.

# HTTP 407 Proxy Authentication Required: common cause 2 of 4, an item of the "Common causes" list.
http-407-cause-2 = A senha do proxy mudou, por exemplo junto com a senha de domínio do usuário, e uma ferramenta ainda envia a antiga.

# HTTP 407 Proxy Authentication Required: common cause 3 of 4, an item of the "Common causes" list.
http-407-cause-3 = As credenciais do proxy colocadas em uma URL contêm caracteres como `@` ou `:` que não foram codificados com percent-encoding, por isso são interpretadas de forma errada.

# HTTP 407 Proxy Authentication Required: common cause 4 of 4, an item of the "Common causes" list.
http-407-cause-4 = O proxy só oferece `NTLM` ou `Negotiate`, que o cliente não suporta, como é comum em imagens de contêiner e runners de CI.

# HTTP 407 Proxy Authentication Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-407-fix-visitor-1 = Faça login no proxy da sua organização quando o navegador pedir, com as suas credenciais de trabalho habituais.

# HTTP 407 Proxy Authentication Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-407-fix-visitor-2 = Se você não está em uma rede gerenciada, verifique as configurações de proxy do sistema e desative qualquer proxy que você não reconheça.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-1 = Configure o proxy com credenciais codificadas com percent-encoding, como `HTTPS_PROXY=http://user:p%40ss@proxy.example.net:8080`, ou por ferramenta, com `npm config set https-proxy` ou `git config --global http.proxy`.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-2 = Para proxies `NTLM` ou `Negotiate`, use um cliente que os suporte, como `curl --proxy-ntlm` ou `--proxy-negotiate`, ou execute um auxiliar local como o Cntlm ou o Px, que se autentica por você.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-3 = Veja quais esquemas o proxy aceita executando `curl -v -x proxy.example.net:8080` em qualquer URL e lendo o cabeçalho `Proxy-Authenticate` da resposta.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-4 = Liste os hosts internos em `NO_PROXY`, para que as requisições que não devem passar pelo proxy não tenham as credenciais dele solicitadas.

# HTTP 407 Proxy Authentication Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-407-vs-401 = Envie `407` a partir de um proxy que precisa que o cliente se autentique nele; o `401` é para a autenticação no servidor de origem.

# HTTP 407 Proxy Authentication Required compared with HTTP 511 Network Authentication Required: when to use which, in the "Related codes" section.
http-407-vs-511 = O `407` vem de um proxy que o cliente usa conscientemente e é respondido com `Proxy-Authorization`; o `511` vem de uma rede que intercepta o tráfego e quer que o usuário faça login por uma página web.

## HTTP 408 Request Timeout

# HTTP 408 Request Timeout: one-line summary at the top of the explainer (TL;DR).
http-408-tldr = O servidor esperou tempo demais pela chegada da requisição e fechou a conexão.

# HTTP 408 Request Timeout: the "What it means" paragraph of the explainer.
http-408-meaning = Um servidor envia `408` quando uma conexão estava aberta, mas a requisição completa, cabeçalhos ou corpo, não chegou dentro do tempo limite; ele então fecha a conexão e avisa isso com `Connection: close`. A requisição não foi processada, por isso o cliente pode enviá-la de novo em uma nova conexão, e os navegadores fazem isso automaticamente para requisições idempotentes. Os servidores também enviam `408` em conexões ociosas que nunca transportaram uma requisição, como as que um navegador abriu com antecedência, e é por isso que entradas `408` isoladas nos logs de acesso costumam ser inofensivas. O código diz respeito ao trecho entre o cliente e o servidor; quando um gateway desiste de esperar pelo upstream, o código é `504`.

# HTTP 408 Request Timeout: common cause 1 of 4, an item of the "Common causes" list.
http-408-cause-1 = Uma rede lenta ou instável impediu que um upload grande terminasse dentro do `client_body_timeout` do nginx ou do `RequestReadTimeout` do Apache.

# HTTP 408 Request Timeout: common cause 2 of 4, an item of the "Common causes" list.
http-408-cause-2 = Um navegador abriu uma conexão reserva com antecedência e não a usou antes de se esgotar o tempo limite de cabeçalho do servidor, como o `client_header_timeout` do nginx.

# HTTP 408 Request Timeout: common cause 3 of 4, an item of the "Common causes" list.
http-408-cause-3 = Um cliente declarou um `Content-Length` maior do que o corpo que realmente enviou, por isso o servidor esperou bytes que nunca chegaram.

# HTTP 408 Request Timeout: common cause 4 of 4, an item of the "Common causes" list.
http-408-cause-4 = Um app móvel foi suspenso em segundo plano no meio do envio de uma requisição e retomado depois que o servidor já tinha desistido.

# HTTP 408 Request Timeout: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-408-fix-visitor-1 = Recarregue a página ou envie o formulário de novo; a requisição não chegou completa ao servidor, por isso nada foi salvo.

# HTTP 408 Request Timeout: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-408-fix-visitor-2 = Se os uploads continuarem falhando, passe para uma conexão mais estável ou envie arquivos menores.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-1 = Compare os tempos limite de leitura do servidor com os tempos reais de upload e aumente o `client_body_timeout` ou o `RequestReadTimeout` nos endpoints de upload, ou passe a usar uploads em partes ou retomáveis.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-2 = Verifique se os clientes enviam um `Content-Length` correto; um valor maior do que o corpo faz o servidor esperar até esgotar o tempo limite.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-3 = No monitoramento, conte as respostas `408` em conexões que não transportaram nenhuma requisição separadamente das falhas reais de requisição, para que não gerem alarmes falsos.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-4 = Nos clientes, tente de novo após um `408` em uma nova conexão, automaticamente para métodos idempotentes e apenas com cuidado para `POST`.

# HTTP 408 Request Timeout compared with HTTP 504 Gateway Timeout: when to use which, in the "Related codes" section.
http-408-vs-504 = O `408` significa que o servidor desistiu de esperar pela requisição do cliente; o `504` significa que um gateway desistiu de esperar pela resposta do servidor upstream.

# HTTP 408 Request Timeout compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-408-vs-429 = O `408` trata de uma requisição que chegou devagar demais; o `429` trata de requisições que chegam com frequência demais.

## HTTP 409 Conflict

# HTTP 409 Conflict: one-line summary at the top of the explainer (TL;DR).
http-409-tldr = A requisição entra em conflito com o estado atual do recurso, por exemplo uma edição conflitante ou um item duplicado.

# HTTP 409 Conflict: the "What it means" paragraph of the explainer.
http-409-meaning = O `409` serve para conflitos que o cliente pode resolver: a requisição é válida por si só, mas aplicá-la ao recurso no estado em que ele está agora seria incoerente. Os casos típicos são edições concorrentes detectadas por um campo de versão no corpo, tentativas de criar algo cuja chave única já existe e transições de estado proibidas, como cancelar um pedido que já foi enviado. O corpo deve descrever o conflito bem o bastante para que o cliente o corrija, por exemplo informando a versão atual ou o campo em conflito. O cliente deve obter o estado atual e montar uma nova requisição, em vez de reenviar a mesma. Quando o conflito foi detectado por meio de `If-Match` ou `If-Unmodified-Since`, o código preciso é o `412`.

# HTTP 409 Conflict: common cause 1 of 5, an item of the "Common causes" list.
http-409-cause-1 = Dois usuários editaram o mesmo registro, e o segundo salvamento traz um número de versão que o servidor já substituiu.

# HTTP 409 Conflict: common cause 2 of 5, an item of the "Common causes" list.
http-409-cause-2 = Uma requisição de cadastro ou de criação usa um endereço de e-mail, um nome de usuário ou uma chave que já existe.

# HTTP 409 Conflict: common cause 3 of 5, an item of the "Common causes" list.
http-409-cause-3 = A API do Kubernetes rejeita uma atualização porque o `resourceVersion` do objeto mudou desde que ele foi lido, ou uma criação porque o objeto já existe.

# HTTP 409 Conflict: common cause 4 of 5, an item of the "Common causes" list.
http-409-cause-4 = Um `PUT` ou `MKCOL` do WebDAV tem como destino um caminho cuja coleção pai não existe.

# HTTP 409 Conflict: common cause 5 of 5, an item of the "Common causes" list.
http-409-cause-5 = Uma máquina de estados proíbe a transição, como publicar um rascunho que alguém excluiu nesse meio-tempo.

# HTTP 409 Conflict: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-409-fix-visitor-1 = Recarregue a página para ver a versão mais recente e, em seguida, faça a sua alteração de novo.

# HTTP 409 Conflict: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-409-fix-visitor-2 = Se você está criando uma conta ou um item, escolha outro nome; o que você digitou já está em uso.

# HTTP 409 Conflict: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-1 = Coloque os detalhes do conflito no corpo, como a versão atual, o campo em conflito e um código de erro estável.

# HTTP 409 Conflict: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-2 = Implemente a concorrência otimista com um campo de versão ou, melhor ainda, com `ETag` e `If-Match`, e faça os clientes obterem o recurso de novo e mesclarem as alterações antes de tentar novamente.

# HTTP 409 Conflict: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-3 = Capture as violações de restrição de unicidade do banco de dados, como o erro `23505` do PostgreSQL, e converta-as em `409` em vez de deixá-las virar um `500`.

# HTTP 409 Conflict: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-4 = Nos clientes do Kubernetes, quando ocorrer um conflito, tente a atualização de novo depois de uma nova leitura, como faz o `retry.RetryOnConflict` do client-go.

# HTTP 409 Conflict compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-409-vs-412 = Envie `412` quando uma precondição `If-Match` ou semelhante falhou; envie `409` para conflitos que você detecta a partir do corpo da requisição ou do estado do recurso.

# HTTP 409 Conflict compared with HTTP 423 Locked: when to use which, in the "Related codes" section.
http-409-vs-423 = Envie `423` quando um bloqueio WebDAV impede a alteração; envie `409` para qualquer outro conflito com o estado do recurso.

# HTTP 409 Conflict compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-409-vs-422 = Envie `422` quando o conteúdo é inválido independentemente do estado do recurso; envie `409` quando ele é válido, mas entra em conflito com esse estado.

## HTTP 410 Gone

# HTTP 410 Gone: one-line summary at the top of the explainer (TL;DR).
http-410-tldr = O recurso foi removido de propósito e não vai voltar.

# HTTP 410 Gone: the "What it means" paragraph of the explainer.
http-410-meaning = O `410` afirma um caráter permanente: o servidor sabe que o recurso existiu, que foi removido de propósito e que não há endereço de redirecionamento. Os clientes que têm links para ele devem excluí-los, e os mecanismos de busca retiram a URL do índice, geralmente mais rápido do que depois de um `404`. A resposta pode ser armazenada em cache heuristicamente, por isso os clientes podem memorizá-la. Os servidores não precisam marcar todos os recursos removidos como inexistentes, nem responder `410` para sempre; passar para `404` depois de algum tempo é aceitável.

# HTTP 410 Gone: common cause 1 of 4, an item of the "Common causes" list.
http-410-cause-1 = Uma versão de API foi desativada, e os endpoints dela agora respondem `410` com uma indicação da versão atual no corpo.

# HTTP 410 Gone: common cause 2 of 4, an item of the "Common causes" list.
http-410-cause-2 = Um usuário excluiu a conta, uma publicação ou um arquivo enviado, e o site marca a URL antiga como removida.

# HTTP 410 Gone: common cause 3 of 4, an item of the "Common causes" list.
http-410-cause-3 = Uma página com prazo de validade, como uma promoção, uma vaga de emprego ou um link de compartilhamento que expira, chegou ao fim.

# HTTP 410 Gone: common cause 4 of 4, an item of the "Common causes" list.
http-410-cause-4 = O responsável por um site removeu spam ou páginas desatualizadas e quer que os mecanismos de busca as esqueçam rapidamente.

# HTTP 410 Gone: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-410-fix-visitor-1 = O conteúdo foi removido de propósito; procure uma versão mais recente no site ou pergunte ao responsável se ele existe em outro lugar.

# HTTP 410 Gone: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-410-fix-visitor-2 = Exclua o seu favorito para este endereço, já que recarregar mais tarde não vai trazer a página de volta.

# HTTP 410 Gone: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-1 = Retorne `410` apenas quando a remoção for intencional e permanente; se o conteúdo mudou de lugar, use `301` ou `308`.

# HTTP 410 Gone: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-2 = Explique no corpo quando e por que o recurso foi removido e o que o substitui, principalmente no caso de versões de API desativadas.

# HTTP 410 Gone: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-3 = Mantenha uma lista explícita dos caminhos removidos, por exemplo `return 410;` em um `location` dedicado do nginx para cada um, para que as páginas excluídas não caiam em um erro genérico.

# HTTP 410 Gone: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-4 = Anuncie a desativação de APIs com antecedência por meio dos cabeçalhos `Deprecation` e `Sunset`, para que os clientes não sejam pegos de surpresa pelo `410`.

# HTTP 410 Gone compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-410-vs-404 = Envie `410` quando você sabe que a remoção é intencional e permanente; envie `404` quando você não sabe ou não quer dizer.

# HTTP 410 Gone compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-410-vs-301 = Envie `301` quando o conteúdo continua existindo em outro URI; envie `410` quando nada o substitui.

## HTTP 411 Length Required

# HTTP 411 Length Required: one-line summary at the top of the explainer (TL;DR).
http-411-tldr = O servidor exige um cabeçalho `Content-Length`, e a requisição não o tinha.

# HTTP 411 Length Required: the "What it means" paragraph of the explainer.
http-411-meaning = No HTTP/1.1, o comprimento do corpo de uma requisição é informado em `Content-Length` ou por meio de `Transfer-Encoding: chunked`, que o deixa em aberto; um servidor que precisa saber o tamanho com antecedência pode recusar com `411` a segunda forma, ou um método com corpo sem nenhum comprimento. O cliente pode tentar de novo com o mesmo corpo e um `Content-Length` válido. O HTTP/2 e o HTTP/3 delimitam as próprias mensagens, por isso o código vem principalmente de servidores HTTP/1.1 e de serviços que fazem questão de saber os tamanhos antes de aceitar uploads. Alguns front-ends também exigem `Content-Length: 0` em um `POST` ou `PUT` que não tem corpo nenhum.

# HTTP 411 Length Required: common cause 1 of 4, an item of the "Common causes" list.
http-411-cause-1 = Um cliente enviou um upload em streaming com codificação chunked para um servidor que precisa saber o tamanho com antecedência, como o nginx anterior à versão 1.3.9 ou algumas APIs de armazenamento de objetos.

# HTTP 411 Length Required: common cause 2 of 4, an item of the "Common causes" list.
http-411-cause-2 = Um `curl -X POST` sem `-d`, ou uma chamada de biblioteca sem corpo, não enviou `Content-Length`, e um front-end como o do Google rejeitou o `POST`.

# HTTP 411 Length Required: common cause 3 of 4, an item of the "Common causes" list.
http-411-cause-3 = Uma biblioteca cliente leu o corpo de um pipe ou de um gerador, cujo tamanho não tinha como saber, e recorreu à codificação chunked.

# HTTP 411 Length Required: common cause 4 of 4, an item of the "Common causes" list.
http-411-cause-4 = Um proxy entre o cliente e o servidor removeu o `Content-Length` depois de alterar o corpo, ou o reenviou com codificação chunked.

# HTTP 411 Length Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-411-fix-visitor-1 = Não há nada que você possa mudar: o app ou o site enviou uma requisição incompleta; tente de novo e informe o problema se ele continuar acontecendo.

# HTTP 411 Length Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-1 = Envie `Content-Length` em todo upload, colocando o corpo em buffer ou lendo antes o tamanho do arquivo, por exemplo passando ao `requests` do Python um objeto de arquivo em vez de um gerador.

# HTTP 411 Length Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-2 = Para um `POST` sem corpo, envie `Content-Length: 0` explicitamente; `curl -d ''` faz isso.

# HTTP 411 Length Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-3 = Aceite corpos de requisição chunked no servidor, se puder; o nginx os suporta desde a versão 1.3.9 e, com `proxy_request_buffering on`, os repassa ao upstream com um `Content-Length`.

# HTTP 411 Length Required compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-411-vs-400 = Envie `411` quando o único problema é a falta de um `Content-Length`; envie `400` quando a delimitação ou a sintaxe está quebrada de outras formas.

# HTTP 411 Length Required compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-411-vs-413 = Envie `411` quando o tamanho do corpo não é declarado; envie `413` quando ele é declarado, ou medido, e grande demais.

## HTTP 412 Precondition Failed

# HTTP 412 Precondition Failed: one-line summary at the top of the explainer (TL;DR).
http-412-tldr = Uma condição que o cliente anexou à requisição, como `If-Match`, era falsa, por isso nada foi alterado.

# HTTP 412 Precondition Failed: the "What it means" paragraph of the explainer.
http-412-meaning = As precondições permitem que o cliente diga “só faça isso se o recurso ainda estiver como eu o vi pela última vez”: `If-Match` com um `ETag`, `If-Unmodified-Since` com uma data ou `If-None-Match: *` para “só se ainda não existir nada aqui”. Quando uma dessas condições é avaliada como falsa, o servidor não pode aplicar o método e responde `412`, o que evita atualizações perdidas e sobrescritas acidentais. Um `If-None-Match` que falha em `GET` ou `HEAD` resulta em `304`; qualquer outra precondição que falha resulta em `412`. Incluir o `ETag` atual na resposta ajuda o cliente a obter o recurso de novo e conciliar as alterações.

# HTTP 412 Precondition Failed: common cause 1 of 4, an item of the "Common causes" list.
http-412-cause-1 = Outro cliente alterou o recurso depois que este o leu, por isso o `ETag` enviado em `If-Match` não corresponde mais.

# HTTP 412 Precondition Failed: common cause 2 of 4, an item of the "Common causes" list.
http-412-cause-2 = Um cliente fez uma escrita com `If-None-Match: *` para evitar sobrescrever, como nas escritas condicionais do S3, e o objeto já existia.

# HTTP 412 Precondition Failed: common cause 3 of 4, an item of the "Common causes" list.
http-412-cause-3 = O servidor gera um novo `ETag` a cada resposta, por exemplo por causa de um timestamp no corpo, por isso nenhum `If-Match` consegue corresponder.

# HTTP 412 Precondition Failed: common cause 4 of 4, an item of the "Common causes" list.
http-412-cause-4 = Um cliente enviou um validador fraco (`W/"v7"`) em `If-Match`, que usa a comparação forte, por isso ele nunca corresponde.

# HTTP 412 Precondition Failed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-412-fix-visitor-1 = Recarregue a página para obter a versão mais recente e, em seguida, faça a sua alteração de novo.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-1 = Ao receber `412`, obtenha o recurso de novo, mescle as alterações ou mostre as diferenças ao usuário, e tente de novo com o novo `ETag`; tentar de novo às cegas com o novo valor descarta a outra alteração.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-2 = Mantenha os valores de `ETag` estáveis para conteúdo idêntico entre servidores e com ou sem compressão, por exemplo derivando-os de uma coluna de versão ou de um hash do conteúdo.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-3 = Verifique o comportamento com `curl -i -X PUT -H 'If-Match: "v7"'` e compare o resultado com o `ETag` retornado por um novo `GET`.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-4 = Avalie as precondições na ordem indicada pela RFC 9110 na seção 13.2.2, com `If-Match` antes de `If-Unmodified-Since`, e antes de executar o método.

# HTTP 412 Precondition Failed compared with HTTP 428 Precondition Required: when to use which, in the "Related codes" section.
http-412-vs-428 = Envie `428` quando o cliente não enviou nenhuma precondição e você exige uma; envie `412` quando ele enviou uma e ela falhou.

# HTTP 412 Precondition Failed compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-412-vs-304 = Um `If-None-Match` que falha em `GET` ou `HEAD` resulta em `304`; precondições que falham em escritas, e um `If-Match` que falha em qualquer método, resultam em `412`.

# HTTP 412 Precondition Failed compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-412-vs-409 = Envie `412` quando um cabeçalho condicional revelou o conflito; envie `409` quando você o detectou de outra forma.

## HTTP 413 Content Too Large

# HTTP 413 Content Too Large: one-line summary at the top of the explainer (TL;DR).
http-413-tldr = O corpo da requisição é maior do que o servidor aceita.

# HTTP 413 Content Too Large: the "What it means" paragraph of the explainer.
http-413-meaning = O servidor ou um intermediário recusa conteúdo acima do seu limite de tamanho, seja assim que vê o `Content-Length`, seja durante a leitura de um corpo de comprimento desconhecido. Ele pode fechar a conexão em seguida, por isso o cliente não pode contar com reutilizá-la; se o limite for temporário, um cabeçalho `Retry-After` diz quando tentar de novo. Os clientes que enviam `Expect: 100-continue` podem receber o `413` antes de transmitir qualquer dado. A RFC 9110 renomeou o código de Payload Too Large para Content Too Large sem mudar o número nem o comportamento, por isso os dois nomes aparecem em frameworks e logs.

# HTTP 413 Content Too Large: common cause 1 of 5, an item of the "Common causes" list.
http-413-cause-1 = Um upload ultrapassa o `client_max_body_size` do nginx, que por padrão é de apenas 1 MB.

# HTTP 413 Content Too Large: common cause 2 of 5, an item of the "Common causes" list.
http-413-cause-2 = O parser de corpo JSON ou URL-encoded do Express rejeitou um corpo acima do `limit` padrão de 100 kB.

# HTTP 413 Content Too Large: common cause 3 of 5, an item of the "Common causes" list.
http-413-cause-3 = Um gateway gerenciado impõe um máximo fixo, como 10 MB no AWS API Gateway ou 100 MB nos planos Free e Pro da Cloudflare.

# HTTP 413 Content Too Large: common cause 4 of 5, an item of the "Common causes" list.
http-413-cause-4 = O `LimitRequestBody` do Apache está definido abaixo do tamanho dos arquivos que os usuários enviam.

# HTTP 413 Content Too Large: common cause 5 of 5, an item of the "Common causes" list.
http-413-cause-5 = Um cliente incorpora um arquivo grande em base64 dentro de um JSON, o que deixa o corpo cerca de um terço maior do que o próprio arquivo.

# HTTP 413 Content Too Large: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-413-fix-visitor-1 = Envie um arquivo menor: compacte-o, reduza a resolução de uma imagem ou divida o upload em partes.

# HTTP 413 Content Too Large: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-413-fix-visitor-2 = Verifique o limite de upload informado pelo site e use o método alternativo para arquivos grandes, se ele oferecer um.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-1 = Descubra qual camada recusou o corpo, já que cada uma tem o próprio limite: CDN, balanceador de carga, proxy reverso, servidor de aplicação e framework; o estilo da página de erro e o cabeçalho `Server` geralmente denunciam qual foi.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-2 = Aumente o limite só onde for necessário, por exemplo `client_max_body_size 100m;` dentro do `location` de uploads do nginx, e mantenha um padrão baixo no resto.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-3 = Para arquivos muito grandes, deixe os clientes enviarem diretamente para o armazenamento de objetos com URLs pré-assinadas, ou use uploads em partes retomáveis, em vez de uma única requisição enorme.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-4 = Verifique o tamanho no cliente antes de enviar e mostre o limite aos usuários; com `Expect: 100-continue`, os servidores podem recusar antes de os dados serem enviados.

# HTTP 413 Content Too Large compared with HTTP 411 Length Required: when to use which, in the "Related codes" section.
http-413-vs-411 = Envie `413` quando o corpo é grande demais; envie `411` quando o servidor não consegue saber o tamanho dele porque falta o `Content-Length`.

# HTTP 413 Content Too Large compared with HTTP 414 URI Too Long: when to use which, in the "Related codes" section.
http-413-vs-414 = Envie `413` quando o corpo é grande demais; envie `414` quando o URI é que é longo demais.

# HTTP 413 Content Too Large compared with HTTP 431 Request Header Fields Too Large: when to use which, in the "Related codes" section.
http-413-vs-431 = Envie `413` para um corpo grande demais; envie `431` para campos de cabeçalho grandes demais, como `Cookie`.

## HTTP 414 URI Too Long

# HTTP 414 URI Too Long: one-line summary at the top of the explainer (TL;DR).
http-414-tldr = A URL é mais longa do que o servidor está disposto a processar.

# HTTP 414 URI Too Long: the "What it means" paragraph of the explainer.
http-414-meaning = Os servidores limitam o comprimento do alvo da requisição para conter o uso de memória e o trabalho de parsing, e respondem `414` quando um URI ultrapassa esse limite; o nginx e o Apache permitem cerca de 8 KB por padrão, bem menos do que os navegadores aceitam. O cliente deve passar os dados para o corpo de um `POST` ou encurtar a query. Um `414` pode ser armazenado em cache heuristicamente, já que o mesmo URI vai falhar da mesma forma. A RFC 9110 recomenda que todos os remetentes e destinatários suportem URIs de pelo menos 8.000 octetos, por isso ficar abaixo desse comprimento é a escolha portável.

# HTTP 414 URI Too Long: common cause 1 of 5, an item of the "Common causes" list.
http-414-cause-1 = Uma página de busca ou de filtros codifica seleções grandes na query string, como centenas de IDs em um único `GET`.

# HTTP 414 URI Too Long: common cause 2 of 5, an item of the "Common causes" list.
http-414-cause-2 = Um loop de redirecionamento continua acrescentando um parâmetro `returnUrl` ou de rastreamento, codificando de novo a URL anterior a cada vez.

# HTTP 414 URI Too Long: common cause 3 of 5, an item of the "Common causes" list.
http-414-cause-3 = Uma aplicação coloca dados em base64, como uma imagem ou um estado serializado, na URL.

# HTTP 414 URI Too Long: common cause 4 of 5, an item of the "Common causes" list.
http-414-cause-4 = Um formulário usa `method="get"` para um campo de texto grande que deveria ter sido enviado com POST.

# HTTP 414 URI Too Long: common cause 5 of 5, an item of the "Common causes" list.
http-414-cause-5 = A linha de requisição ultrapassa o tamanho de buffer de `large_client_header_buffers` do nginx ou o `LimitRequestLine` do Apache, ambos de 8 KB por padrão.

# HTTP 414 URI Too Long: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-414-fix-visitor-1 = Volte à página inicial do site e repita a busca ou a ação com menos filtros ou um texto mais curto.

# HTTP 414 URI Too Long: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-414-fix-visitor-2 = Se o endereço cresce a cada clique, apague os cookies do site e abra-o de novo a partir da página inicial.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-1 = Envie entradas grandes no corpo de um `POST`, ou armazene o estado no servidor e coloque só o ID dele no URI.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-2 = Procure loops de redirecionamento que fazem a query crescer, executando `curl -sIL` na URL, e verifique o código que monta parâmetros como `returnUrl`.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-3 = Aumente o limite apenas para URIs legítimos, por exemplo `large_client_header_buffers 4 16k;` no nginx ou `LimitRequestLine` no Apache, e faça o mesmo em todos os proxies à frente.

# HTTP 414 URI Too Long compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-414-vs-413 = Envie `414` quando o URI é longo demais; envie `413` quando o corpo é grande demais.

# HTTP 414 URI Too Long compared with HTTP 431 Request Header Fields Too Large: when to use which, in the "Related codes" section.
http-414-vs-431 = Envie `414` quando o alvo da requisição é longo demais; envie `431` quando os campos de cabeçalho são grandes demais.

## HTTP 415 Unsupported Media Type

# HTTP 415 Unsupported Media Type: one-line summary at the top of the explainer (TL;DR).
http-415-tldr = O servidor não aceita o formato do corpo da requisição, conforme declarado em `Content-Type` ou `Content-Encoding`.

# HTTP 415 Unsupported Media Type: the "What it means" paragraph of the explainer.
http-415-meaning = Um servidor envia `415` quando o conteúdo da requisição usa um tipo de mídia ou uma codificação de conteúdo que o recurso de destino não aceita para este método, seja descobrindo isso pelo `Content-Type`, pelo `Content-Encoding` ou inspecionando os dados. Se o problema é a codificação, a resposta deve incluir `Accept-Encoding` com as codificações que o servidor aceita; no caso de tipos de mídia, ele pode enviar um cabeçalho `Accept` que liste os que aceitaria, e `Accept-Patch` (RFC 5789) faz o mesmo para `PATCH`. O cliente precisa reenviar o conteúdo em um formato suportado, e não apenas trocar o rótulo. É a contrapartida, do lado da requisição, do `406`, que diz respeito ao formato da resposta.

# HTTP 415 Unsupported Media Type: common cause 1 of 5, an item of the "Common causes" list.
http-415-cause-1 = Uma chamada `fetch` envia `JSON.stringify(data)` sem um cabeçalho `Content-Type`, por isso o corpo sai como `text/plain;charset=UTF-8`.

# HTTP 415 Unsupported Media Type: common cause 2 of 5, an item of the "Common causes" list.
http-415-cause-2 = Um formulário envia `application/x-www-form-urlencoded` ou `multipart/form-data` a um endpoint que só lê JSON.

# HTTP 415 Unsupported Media Type: common cause 3 of 5, an item of the "Common causes" list.
http-415-cause-3 = Uma action `[FromBody]` do ASP.NET Core ou um endpoint `@RequestBody` do Spring com `consumes` recebeu uma requisição cujo `Content-Type` está ausente ou é diferente.

# HTTP 415 Unsupported Media Type: common cause 4 of 5, an item of the "Common causes" list.
http-415-cause-4 = Um documento JSON Patch é enviado como `application/json` em vez de `application/json-patch+json`, ou um merge patch é enviado com o tipo errado.

# HTTP 415 Unsupported Media Type: common cause 5 of 5, an item of the "Common causes" list.
http-415-cause-5 = O cliente comprimiu o corpo da requisição com `Content-Encoding: gzip`, e o servidor não descomprime corpos de requisição.

# HTTP 415 Unsupported Media Type: what a visitor can do, the only item of "How to fix it (for visitors)".
http-415-fix-visitor-1 = Não há nada que você possa mudar: o site ou o app enviou dados em um formato que o servidor dele não aceita; informe o problema ao responsável.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-1 = Defina explicitamente o `Content-Type` da requisição com o que o servidor espera, por exemplo `-H 'Content-Type: application/json'` no curl ou a opção `headers` do `fetch`.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-2 = Liste os tipos de mídia aceitos na resposta `415`, com `Accept` ou `Accept-Patch`, e na documentação da API.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-3 = Aceite tipos de mídia com parâmetros, como `application/json; charset=utf-8`, comparando apenas o tipo e o subtipo.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-4 = Se os clientes comprimem os uploads, descomprima os corpos de requisição `gzip` no servidor ou no proxy, ou responda com `Accept-Encoding: identity` para que eles parem de fazê-lo.

# HTTP 415 Unsupported Media Type compared with HTTP 406 Not Acceptable: when to use which, in the "Related codes" section.
http-415-vs-406 = Envie `415` quando você não consegue ler o formato do corpo da requisição; envie `406` quando você não consegue produzir uma resposta em um formato que o cliente aceita.

# HTTP 415 Unsupported Media Type compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-415-vs-400 = Envie `415` quando o formato declarado é um que você não suporta; envie `400` quando o formato é suportado, mas o corpo está malformado.

# HTTP 415 Unsupported Media Type compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-415-vs-422 = Envie `415` quando o formato está errado; envie `422` quando o formato está certo e o corpo pode ser interpretado, mas os valores são inválidos.

## HTTP 416 Range Not Satisfiable

# HTTP 416 Range Not Satisfiable: one-line summary at the top of the explainer (TL;DR).
http-416-tldr = O intervalo de bytes solicitado fica fora do arquivo, por isso o servidor não consegue enviar essa parte.

# HTTP 416 Range Not Satisfiable: the "What it means" paragraph of the explainer.
http-416-meaning = Quando uma requisição com `Range` pede apenas intervalos que não se sobrepõem à representação atual, por exemplo os bytes a partir do 5000 de um arquivo de 4096 bytes, o servidor responde `416`. Para intervalos de bytes, ele deve incluir `Content-Range: bytes */4096`, cujo número informa o comprimento real para que o cliente possa corrigir a requisição. Os servidores também podem rejeitar com `416` um conjunto de intervalos válido, mas abusivo, como muitos intervalos pequenos ou sobrepostos que sugerem uma tentativa de negação de serviço. Para o cliente, isso geralmente significa que a ideia que ele tem do arquivo está desatualizada, e enviar `If-Range` evita o problema na retomada de downloads.

# HTTP 416 Range Not Satisfiable: common cause 1 of 4, an item of the "Common causes" list.
http-416-cause-1 = Um download foi retomado com `curl -C -` ou `wget -c` depois de já ter sido concluído, por isso o próximo byte fica além do fim.

# HTTP 416 Range Not Satisfiable: common cause 2 of 4, an item of the "Common causes" list.
http-416-cause-2 = O arquivo no servidor foi substituído por uma versão mais curta depois que o cliente armazenou a primeira parte.

# HTTP 416 Range Not Satisfiable: common cause 3 of 4, an item of the "Common causes" list.
http-416-cause-3 = Uma CDN ou um cache tem um comprimento diferente do da origem para o arquivo, e o player pede bytes que só existem na cópia mais longa.

# HTTP 416 Range Not Satisfiable: common cause 4 of 4, an item of the "Common causes" list.
http-416-cause-4 = Um cliente solicitou muitos intervalos minúsculos ou sobrepostos, e o servidor rejeitou o conjunto como um possível ataque.

# HTTP 416 Range Not Satisfiable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-416-fix-visitor-1 = Exclua o arquivo baixado pela metade e comece o download de novo desde o início.

# HTTP 416 Range Not Satisfiable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-416-fix-visitor-2 = Recarregue a página do vídeo ou do áudio, para que o player solicite o arquivo do zero.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-1 = Leia o comprimento total em `Content-Range: bytes */N` e recomece ou ajuste o intervalo, e envie `If-Range` com o `ETag` armazenado ao retomar downloads, para que um arquivo alterado volte como um `200` completo.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-2 = Limpe os caches da CDN quando substituir um arquivo por outro de tamanho diferente, ou publique a nova versão em uma nova URL.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-3 = Teste o caso-limite executando `curl -i -r 9999999-` em um arquivo pequeno: a resposta deve ser `416` com um `Content-Range` correto.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-4 = Limite o número de intervalos por requisição e mescle os sobrepostos no servidor, em vez de atender a conjuntos de intervalos patológicos.

# HTTP 416 Range Not Satisfiable compared with HTTP 206 Partial Content: when to use which, in the "Related codes" section.
http-416-vs-206 = Envie `206` quando pelo menos parte do intervalo solicitado existe; envie `416` quando nenhum intervalo solicitado se sobrepõe à representação.

# HTTP 416 Range Not Satisfiable compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-416-vs-412 = Envie `416` quando o intervalo não pode ser atendido; envie `412` quando uma precondição como `If-Match` falhou; um `If-Range` que falha não leva a nenhum dos dois, mas a um `200` completo.

## HTTP 417 Expectation Failed

# HTTP 417 Expectation Failed: one-line summary at the top of the explainer (TL;DR).
http-417-tldr = O servidor, ou um proxy no caminho, não consegue atender ao cabeçalho `Expect` da requisição.

# HTTP 417 Expectation Failed: the "What it means" paragraph of the explainer.
http-417-meaning = A única expectativa que o HTTP define é `100-continue`; um servidor pode responder `417` a qualquer outro valor, e um intermediário pode enviá-lo quando sabe que o próximo servidor não consegue atender à expectativa. A RFC 9110 permite que os servidores simplesmente ignorem `Expect: 100-continue` e processem a requisição, por isso um `417` em resposta a ela costuma vir de proxies ou servidores antigos da época do HTTP/1.0. A requisição não foi processada, e o cliente pode repeti-la sem o cabeçalho `Expect`; o curl faz isso automaticamente desde a versão 7.69.0.

# HTTP 417 Expectation Failed: common cause 1 of 3, an item of the "Common causes" list.
http-417-cause-1 = Um proxy antigo, como o Squid 2.x com as suas conexões HTTP/1.0 com o upstream, recusou o `Expect: 100-continue` enviado pelo .NET ou pelo curl.

# HTTP 417 Expectation Failed: common cause 2 of 3, an item of the "Common causes" list.
http-417-cause-2 = Uma versão mais antiga do lighttpd 1.4 respondia `417` a toda requisição que trouxesse `Expect: 100-continue`, o seu comportamento padrão, salvo configuração em contrário.

# HTTP 417 Expectation Failed: common cause 3 of 3, an item of the "Common causes" list.
http-417-cause-3 = Um cliente ou um teste enviou uma expectativa diferente de `100-continue`, que os servidores têm o direito de recusar.

# HTTP 417 Expectation Failed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-417-fix-visitor-1 = Não há nada que você possa mudar: um servidor ou proxy no caminho recusou a requisição do app; tente outra rede ou informe o problema ao desenvolvedor do app.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-1 = Pare de enviar o cabeçalho a partir dos clientes: `curl -H 'Expect:'`, `ServicePointManager.Expect100Continue = false` no .NET Framework ou `ExpectContinue = false` em `HttpClient.DefaultRequestHeaders` no .NET.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-2 = Em um lighttpd antigo, defina `server.reject-expect-100-with-417 = "disable"` ou atualize-o, para que ele pare de recusar o `100-continue`.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-3 = Descubra qual intermediário está respondendo comparando os cabeçalhos `Via` e `Server` do `417` com os de uma resposta normal, já que muitas vezes não é a origem que recusa.

# HTTP 417 Expectation Failed compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-417-vs-100 = O `100` diz que a expectativa foi atendida e que o cliente deve enviar o corpo; o `417` diz que ela não pode ser atendida e que o cliente deve tentar de novo sem ela.

# HTTP 417 Expectation Failed compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-417-vs-400 = Envie `417` quando o único problema é o cabeçalho `Expect`; envie `400` quando a requisição está malformada de outras formas.

## HTTP 418 (Unused)

# HTTP 418 (Unused): one-line summary at the top of the explainer (TL;DR).
http-418-tldr = Não utilizado: o código de brincadeira “I'm a teapot” (“sou um bule de chá”), reservado para nunca ser atribuído, e não um erro de verdade.

# HTTP 418 (Unused): the "What it means" paragraph of the explainer.
http-418-meaning = O código não tem nenhuma semântica HTTP: a RFC 9110 o reserva porque a piada do Hyper Text Coffee Pot Control Protocol está embutida em tantas bibliotecas, do Node.js ao `http.StatusTeapot` do Go, que dar um novo significado ao número causaria confusão. Um cliente que o recebe deve tratá-lo como um `400` genérico, já que ele não tem nenhum comportamento definido próprio. Alguns sites o enviam de propósito, como easter egg ou para afastar bots e scrapers, o que torna os logs e o monitoramento deles difíceis de ler. APIs reais devem escolher um código registrado que diga o que de fato aconteceu.

# HTTP 418 (Unused): common cause 1 of 3, an item of the "Common causes" list.
http-418-cause-1 = Um site ou um WAF responde de propósito, por brincadeira, com `418` a clientes automatizados ou a requisições bloqueadas, em vez de `403` ou `429`.

# HTTP 418 (Unused): common cause 2 of 3, an item of the "Common causes" list.
http-418-cause-2 = Um desenvolvedor deixou uma rota de easter egg, como a página do bule de chá do Google, ou um handler provisório que retorna `418`.

# HTTP 418 (Unused): common cause 3 of 3, an item of the "Common causes" list.
http-418-cause-3 = Um código de teste ou de demonstração usa `418` porque é improvável que ele colida com status reais, e esse código acabou indo para a produção.

# HTTP 418 (Unused): what a visitor can do, the only item of "How to fix it (for visitors)".
http-418-fix-visitor-1 = Nada que ajude: o servidor está brincando ou recusando acessos automatizados; se você é uma pessoa, recarregue a página e entre em contato com o site se o problema persistir.

# HTTP 418 (Unused): what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-418-fix-developer-1 = Substitua o `418` pelo código que você quer dizer, como `403` para um cliente bloqueado, `429` para limitação de taxa ou `501` para uma funcionalidade ausente.

# HTTP 418 (Unused): what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-418-fix-developer-2 = Se os seus testes precisam de um status incomum, mantenha o `418` fora dos caminhos de produção e dos alertas de monitoramento, onde alguém vai interpretá-lo mal.

# HTTP 418 (Unused) compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-418-vs-403 = Envie `403` para recusar uma requisição de verdade; o `418` não tem nenhum significado com base no qual os clientes ou o monitoramento possam agir.

# HTTP 418 (Unused) compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-418-vs-501 = Envie `501` quando o servidor não suporta o que foi pedido; o `418` é um código de brincadeira e não deve substituí-lo.

## HTTP 421 Misdirected Request

# HTTP 421 Misdirected Request: one-line summary at the top of the explainer (TL;DR).
http-421-tldr = A requisição chegou a um servidor que não atende o nome de host solicitado, muitas vezes por uma conexão HTTP/2 reutilizada.

# HTTP 421 Misdirected Request: the "What it means" paragraph of the explainer.
http-421-meaning = O HTTP/2 e o HTTP/3 permitem que um cliente reutilize uma conexão para vários nomes de host quando eles resolvem para o mesmo endereço e o certificado TLS cobre todos eles, uma prática chamada coalescência de conexões (connection coalescing). Se o servidor do outro lado não está configurado para o host da requisição, ele responde `421`, e o cliente pode tentar de novo em uma nova conexão, o que os navegadores fazem automaticamente. Os servidores também o enviam quando o nome SNI do TLS e o cabeçalho `Host` de uma requisição não coincidem; o Apache 2.4.64 tornou essa verificação mais rigorosa, e muitas configurações de proxy reverso que nunca enviavam SNI passaram a receber `421`. Os proxies não podem gerar o código: ele é para o servidor que recebeu uma requisição destinada a outra autoridade.

# HTTP 421 Misdirected Request: common cause 1 of 4, an item of the "Common causes" list.
http-421-cause-1 = Um certificado curinga ou com vários nomes cobre dois sites no mesmo endereço IP, o navegador juntou as conexões HTTP/2 deles, e o servidor que hospeda apenas um dos sites recebeu requisições para o outro.

# HTTP 421 Misdirected Request: common cause 2 of 4, an item of the "Common causes" list.
http-421-cause-2 = Um proxy reverso se conecta a um upstream HTTPS sem SNI, como o nginx com o padrão `proxy_ssl_server_name off`, ou com um nome diferente do cabeçalho `Host`, e o Apache rejeita a divergência.

# HTTP 421 Misdirected Request: common cause 3 of 4, an item of the "Common causes" list.
http-421-cause-3 = O Apache foi atualizado para a versão 2.4.64 ou posterior, e um proxy, uma CDN ou um painel de controle à frente dele, que antes funcionava sem SNI, agora recebe `421`.

# HTTP 421 Misdirected Request: common cause 4 of 4, an item of the "Common causes" list.
http-421-cause-4 = Uma CDN encaminha requisições para uma origem com um nome de host que a configuração de hosts virtuais da origem não lista.

# HTTP 421 Misdirected Request: what a visitor can do, the only item of "How to fix it (for visitors)".
http-421-fix-visitor-1 = Recarregue a página; o seu navegador abre uma nova conexão e geralmente consegue.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-1 = Faça o nome SNI do TLS coincidir com o cabeçalho `Host` no HTTPS repassado pelo proxy: no nginx, defina `proxy_ssl_server_name on;` e `proxy_ssl_name $host;`, e no HAProxy use a opção de servidor `sni`.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-2 = Sirva todos os nomes de um certificado compartilhado a partir do mesmo servidor, ou use certificados ou endereços IP separados, para que os navegadores não juntem conexões em um servidor que rejeita alguns desses nomes.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-3 = Procure no log de erros do Apache a mensagem sobre a divergência entre o nome de host do SNI e o nome de host do HTTP; ela indica os dois valores.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-4 = Confirme a coalescência executando `curl -v --http1.1` e `curl -v --http2` no host: se só o caminho HTTP/2 falha nos navegadores, a causa é a reutilização da conexão.

# HTTP 421 Misdirected Request compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-421-vs-404 = Envie `421` quando a requisição era destinada a um host que você não atende e uma nova conexão deve resolver; envie `404` quando o host está certo, mas o caminho não existe.

# HTTP 421 Misdirected Request compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-421-vs-400 = Envie `421` quando a requisição é válida, mas chegou ao servidor errado; envie `400` quando a própria requisição está malformada.

# HTTP 421 Misdirected Request compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-421-vs-502 = Um `421` vem de uma origem que recebeu uma requisição para um host que ela não atende; um `502` vem de um gateway cujo upstream respondeu mal.

## HTTP 422 Unprocessable Content

# HTTP 422 Unprocessable Content: one-line summary at the top of the explainer (TL;DR).
http-422-tldr = O servidor entendeu o formato da requisição, mas os dados nela são inválidos.

# HTTP 422 Unprocessable Content: the "What it means" paragraph of the explainer.
http-422-meaning = O `422` separa os erros semânticos dos erros de sintaxe: o tipo de conteúdo é suportado e o corpo pode ser interpretado, mas os valores ou a estrutura dele violam as regras do servidor, como um campo obrigatório ausente, uma data no passado ou um valor de enumeração desconhecido. O WebDAV o definiu primeiro na RFC 4918 como Unprocessable Entity; a RFC 9110 o incorporou ao HTTP e o renomeou para Unprocessable Content, e alguns frameworks e bibliotecas ainda usam o nome antigo. O cliente não deve repetir a requisição sem alterá-la. Um corpo que liste cada campo inválido com o motivo permite que os clientes mostrem os erros ao lado dos campos certos.

# HTTP 422 Unprocessable Content: common cause 1 of 4, an item of the "Common causes" list.
http-422-cause-1 = Um corpo JSON não passa na validação do esquema, por exemplo porque falta um campo obrigatório ou um valor tem o tipo errado, o que o FastAPI informa automaticamente com `422`.

# HTTP 422 Unprocessable Content: common cause 2 of 4, an item of the "Common causes" list.
http-422-cause-2 = Um formulário viola uma regra de negócio, como uma senha curta demais, e a aplicação, construída por exemplo com Laravel ou Rails, responde com `422`.

# HTTP 422 Unprocessable Content: common cause 3 of 4, an item of the "Common causes" list.
http-422-cause-3 = Um valor se refere a algo que não existe, como o ID de uma categoria desconhecida em um corpo de resto válido.

# HTTP 422 Unprocessable Content: common cause 4 of 4, an item of the "Common causes" list.
http-422-cause-4 = Um cliente envia campos de uma versão mais nova ou mais antiga da API que o servidor não reconhece ou não aceita mais.

# HTTP 422 Unprocessable Content: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-422-fix-visitor-1 = Leia as mensagens de erro do formulário, corrija os campos indicados e envie de novo.

# HTTP 422 Unprocessable Content: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-422-fix-visitor-2 = Se nenhuma mensagem aparecer, verifique os campos obrigatórios e formatos como datas, números de telefone e endereços de e-mail.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-1 = Retorne erros por campo no corpo, por exemplo um documento de detalhes do problema (RFC 9457) com um array `errors` que dê, para cada campo inválido, um ponteiro e uma mensagem.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-2 = No FastAPI, leia a lista `detail` do `422` para ver qual campo falhou; muitas vezes isso significa que o cliente enviou um parâmetro na query em vez de no corpo, ou o contrário.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-3 = No Rails com Hotwire Turbo, renderize um formulário com falha com `status: :unprocessable_content` (`:unprocessable_entity` em versões mais antigas do Rack), senão o Turbo não exibe os erros.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-4 = Defina as regras de validação em um só lugar, por exemplo em um documento JSON Schema ou OpenAPI, para que o cliente e o servidor informem os mesmos erros.

# HTTP 422 Unprocessable Content compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-422-vs-400 = Envie `422` quando o corpo está bem formado, mas o conteúdo é inválido; envie `400` quando ele nem sequer pode ser interpretado.

# HTTP 422 Unprocessable Content compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-422-vs-409 = Envie `422` quando os dados são inválidos por si sós; envie `409` quando eles são válidos, mas entram em conflito com o estado atual do recurso.

# HTTP 422 Unprocessable Content compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-422-vs-415 = Envie `422` para valores inválidos em um formato suportado; envie `415` quando o próprio formato não é suportado.

## HTTP 423 Locked

# HTTP 423 Locked: one-line summary at the top of the explainer (TL;DR).
http-423-tldr = Um recurso WebDAV está bloqueado, por isso não pode ser alterado agora.

# HTTP 423 Locked: the "What it means" paragraph of the explainer.
http-423-meaning = Os clientes WebDAV obtêm bloqueios com o método `LOCK` para impedir que outros editem um recurso; o servidor retorna um token de bloqueio no cabeçalho `Lock-Token`, junto com um tempo limite. Uma requisição que modificaria um recurso bloqueado, como `PUT`, `DELETE`, `MOVE` ou `PROPPATCH`, falha com `423`, a menos que prove ser dona do bloqueio enviando o token em um cabeçalho `If`. Um bloqueio termina com `UNLOCK` ou quando o tempo limite dele expira. O corpo pode conter um elemento de precondição como `lock-token-submitted` que indica a URL bloqueada.

# HTTP 423 Locked: common cause 1 of 4, an item of the "Common causes" list.
http-423-cause-1 = Outro usuário está com o documento aberto em uma suíte de escritório via WebDAV ou SharePoint, que o bloqueia durante a edição.

# HTTP 423 Locked: common cause 2 of 4, an item of the "Common causes" list.
http-423-cause-2 = Um cliente travou ou perdeu a conexão enquanto mantinha um bloqueio, e o tempo limite do bloqueio ainda não expirou.

# HTTP 423 Locked: common cause 3 of 4, an item of the "Common causes" list.
http-423-cause-3 = O Nextcloud ou o ownCloud informa que um arquivo está bloqueado, às vezes por causa de entradas obsoletas no cache de bloqueio de arquivos.

# HTTP 423 Locked: common cause 4 of 4, an item of the "Common causes" list.
http-423-cause-4 = Um cliente de sincronização tenta sobrescrever um arquivo que o servidor bloqueou para uma tarefa em segundo plano, como uma verificação de vírus.

# HTTP 423 Locked: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-423-fix-visitor-1 = Espere até que a outra pessoa feche o arquivo, ou peça que ela o feche, e tente de novo.

# HTTP 423 Locked: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-423-fix-visitor-2 = Se ninguém o está editando, espere o bloqueio expirar, o que pode levar de alguns minutos a uma hora, dependendo do servidor.

# HTTP 423 Locked: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-1 = Encontre o bloqueio com um `PROPFIND` da propriedade `lockdiscovery`, que mostra o dono, o token e o tempo limite dele.

# HTTP 423 Locked: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-2 = Libere um bloqueio obsoleto com `UNLOCK` e o cabeçalho `Lock-Token` certo, ou pelas ferramentas de administração do servidor; no Nextcloud, verifique `memcache.locking` e a tabela `oc_file_locks`.

# HTTP 423 Locked: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-3 = Envie o token de bloqueio no cabeçalho `If` de toda requisição de modificação enquanto mantiver o bloqueio, e renove os bloqueios longos antes que o `Timeout` deles se esgote.

# HTTP 423 Locked: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-4 = Use tempos limite de bloqueio mais curtos, para que clientes que travaram não bloqueiem os outros por muito tempo.

# HTTP 423 Locked compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-423-vs-409 = Envie `423` quando é um bloqueio que impede a alteração; envie `409` quando o estado do recurso entra em conflito com ela de outra forma.

# HTTP 423 Locked compared with HTTP 424 Failed Dependency: when to use which, in the "Related codes" section.
http-423-vs-424 = Envie `423` para o recurso que está bloqueado; envie `424` para as outras partes da mesma requisição que falharam por causa dele.

## HTTP 424 Failed Dependency

# HTTP 424 Failed Dependency: one-line summary at the top of the explainer (TL;DR).
http-424-tldr = Esta parte da requisição falhou apenas porque outra parte da qual ela dependia falhou.

# HTTP 424 Failed Dependency: the "What it means" paragraph of the explainer.
http-424-meaning = A RFC 4918 usa o `424` principalmente dentro de um corpo `207 Multi-Status`, para mostrar quais operações não foram executadas porque uma operação relacionada da mesma requisição falhou. O caso típico é o `PROPPATCH`, que é atômico: se uma propriedade não pode ser definida, por exemplo porque é protegida, essa propriedade recebe o erro real, e todas as outras propriedades da requisição recebem `424`. O cliente deve corrigir a falha de origem, cujo status aparece em outro ponto do mesmo corpo, e enviar a requisição inteira de novo. Algumas APIs fora do WebDAV usam o `424` no mesmo espírito, quando uma etapa de uma requisição falhou porque uma etapa anterior de que ela dependia falhou.

# HTTP 424 Failed Dependency: common cause 1 of 3, an item of the "Common causes" list.
http-424-cause-1 = Um `PROPPATCH` tentou definir várias propriedades e uma foi rejeitada, por isso nenhuma das outras foi aplicada.

# HTTP 424 Failed Dependency: common cause 2 of 3, an item of the "Common causes" list.
http-424-cause-2 = Um `COPY` ou `MOVE` de uma coleção não conseguiu tratar um membro, e as operações que dependiam dele foram informadas como falhas.

# HTTP 424 Failed Dependency: common cause 3 of 3, an item of the "Common causes" list.
http-424-cause-3 = Uma API de lote processa os itens em cadeia, e os itens depois de um que falhou são informados com `424`.

# HTTP 424 Failed Dependency: what a visitor can do, the only item of "How to fix it (for visitors)".
http-424-fix-visitor-1 = Não há nada a fazer sobre esta parte em si: corrija ou remova o item que causou o primeiro erro e tente de novo.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-1 = Procure no mesmo corpo `207` a entrada cujo status não é `424`; ela é a causa real.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-2 = Envie a requisição de novo sem a propriedade ou o item que falhou, já que os métodos atômicos não aplicaram nada.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-3 = Em APIs de lote que tomam emprestado o `424`, inclua em cada item dependente uma referência ao item que falhou e pelo qual ele esperava.

# HTTP 424 Failed Dependency compared with HTTP 207 Multi-Status: when to use which, in the "Related codes" section.
http-424-vs-207 = O `424` descreve uma operação dentro de um corpo `207`; o `207` é o status geral que traz todas elas.

# HTTP 424 Failed Dependency compared with HTTP 423 Locked: when to use which, in the "Related codes" section.
http-424-vs-423 = Use `423` para a operação que esbarrou em um bloqueio; use `424` para as operações que falharam por causa dela.

# HTTP 424 Failed Dependency compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-424-vs-409 = Use `409` para a operação cujo próprio estado está em conflito; use `424` para as operações que falharam apenas por causa de outra falha.

## HTTP 425 Too Early

# HTTP 425 Too Early: one-line summary at the top of the explainer (TL;DR).
http-425-tldr = O servidor se recusa a processar uma requisição enviada nos dados antecipados (early data) do TLS, porque ela poderia ser reenviada por um atacante; o cliente deve enviá-la de novo depois do handshake.

# HTTP 425 Too Early: the "What it means" paragraph of the explainer.
http-425-meaning = O TLS 1.3 permite que um cliente que já se conectou antes envie dados junto com a primeira mensagem, antes de o handshake terminar (0-RTT), o que economiza uma ida e volta, mas não oferece nenhuma proteção contra um atacante que reenvie esses bytes (replay). A RFC 8470 define como o HTTP lida com isso: um servidor ou intermediário que aceita dados antecipados só pode processar as requisições que podem ser repetidas com segurança, e responde às outras com `425`. Um proxy que repassa uma requisição recebida em dados antecipados adiciona `Early-Data: 1`, para que a origem possa tomar a mesma decisão. O cliente então repete a requisição assim que o handshake termina, e os navegadores fazem isso sem envolver o usuário.

# HTTP 425 Too Early: common cause 1 of 3, an item of the "Common causes" list.
http-425-cause-1 = Um navegador retomou uma sessão TLS e enviou um `POST` em dados 0-RTT a um servidor que só aceita dados antecipados para métodos seguros.

# HTTP 425 Too Early: common cause 2 of 3, an item of the "Common causes" list.
http-425-cause-2 = O nginx com `ssl_early_data on` repassa o cabeçalho `Early-Data` à aplicação, que recusa as requisições não idempotentes marcadas dessa forma.

# HTTP 425 Too Early: common cause 3 of 3, an item of the "Common causes" list.
http-425-cause-3 = Uma CDN com 0-RTT ativado repassou uma requisição recebida em dados antecipados, e a origem não quis correr o risco de um replay.

# HTTP 425 Too Early: what a visitor can do, the only item of "How to fix it (for visitors)".
http-425-fix-visitor-1 = Nada: o seu navegador repete a requisição automaticamente assim que a conexão segura está totalmente estabelecida.

# HTTP 425 Too Early: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-1 = Ative o 0-RTT apenas se a sua aplicação souber distinguir as requisições seguras, e responda `425` a toda requisição não idempotente que traga `Early-Data: 1`.

# HTTP 425 Too Early: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-2 = No nginx, repasse o indicador ao upstream com `proxy_set_header Early-Data $ssl_early_data;`, para que a aplicação possa decidir, ou deixe `ssl_early_data off`.

# HTTP 425 Too Early: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-3 = Garanta que os clientes próprios tentem de novo após um `425` quando o handshake terminar; um cliente que desiste transforma uma otimização de velocidade em um erro.

# HTTP 425 Too Early compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-425-vs-400 = Envie `425` quando o único problema é que a requisição chegou em dados antecipados; envie `400` quando a própria requisição está errada.

# HTTP 425 Too Early compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-425-vs-429 = O `425` pede ao cliente que repita a requisição logo depois, quando o handshake terminar; o `429` pede que ele diminua o ritmo porque enviou requisições demais.

## HTTP 426 Upgrade Required

# HTTP 426 Upgrade Required: one-line summary at the top of the explainer (TL;DR).
http-426-tldr = O servidor recusa a requisição no protocolo atual e indica, em `Upgrade`, o protocolo para o qual o cliente precisa mudar.

# HTTP 426 Upgrade Required: the "What it means" paragraph of the explainer.
http-426-meaning = Com o `426`, o servidor diz que só vai processar a requisição depois de uma troca de protocolo, e precisa enviar um cabeçalho `Upgrade` que liste os protocolos aceitáveis, geralmente com `Connection: Upgrade`. O cliente então recomeça com uma requisição de upgrade, que o servidor aceita com `101`. O mecanismo só existe no HTTP/1.1. O código aparece com mais frequência quando um endpoint WebSocket é acessado com uma requisição HTTP simples e, historicamente, com o esquema `Upgrade: TLS/1.0` da RFC 2817, que os navegadores nunca implementaram.

# HTTP 426 Upgrade Required: common cause 1 of 4, an item of the "Common causes" list.
http-426-cause-1 = Um navegador ou o `curl` solicitou uma URL de WebSocket como uma página comum, sem `Upgrade: websocket`; os servidores baseados na biblioteca `ws` do Node.js respondem a essas requisições com `426`.

# HTTP 426 Upgrade Required: common cause 2 of 4, an item of the "Common causes" list.
http-426-cause-2 = Um proxy reverso removeu os cabeçalhos `Upgrade` e `Connection`, por isso um handshake WebSocket legítimo chegou ao backend como um `GET` simples.

# HTTP 426 Upgrade Required: common cause 3 of 4, an item of the "Common causes" list.
http-426-cause-3 = Um cliente usou uma versão de protocolo que o endpoint não aceita mais sem upgrade, como o HTTP/1.0.

# HTTP 426 Upgrade Required: common cause 4 of 4, an item of the "Common causes" list.
http-426-cause-4 = Uma API usa o `426` de forma indevida para mandar apps móveis desatualizados se atualizarem, o que não é o significado do código.

# HTTP 426 Upgrade Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-426-fix-visitor-1 = Nada: este endereço é destinado a um app ou a uma conexão em tempo real, não a uma página; abra a página normal do site.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-1 = Repasse os cabeçalhos de upgrade através dos proxies: no nginx, `proxy_http_version 1.1;` com `proxy_set_header Upgrade $http_upgrade;` e `proxy_set_header Connection "upgrade";`, e verifique se a CDN permite WebSockets.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-2 = Teste o handshake com um cliente WebSocket, como o `websocat` ou o console do navegador, em vez de uma requisição `curl` simples.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-3 = Inclua sempre o cabeçalho `Upgrade` em um `426`, e peça aos usuários que atualizem um app usando outro código, como `400` com um código de erro claro.

# HTTP 426 Upgrade Required compared with HTTP 101 Switching Protocols: when to use which, in the "Related codes" section.
http-426-vs-101 = Envie `101` quando você aceita um upgrade que o cliente pediu; envie `426` quando o cliente não pediu e precisa pedir.

# HTTP 426 Upgrade Required compared with HTTP 505 HTTP Version Not Supported: when to use which, in the "Related codes" section.
http-426-vs-505 = Envie `426` quando o cliente pode continuar depois de mudar para um protocolo que você indica; envie `505` quando você rejeita a própria versão HTTP da requisição.

## HTTP 428 Precondition Required

# HTTP 428 Precondition Required: one-line summary at the top of the explainer (TL;DR).
http-428-tldr = O servidor só aceita esta alteração como uma requisição condicional, por exemplo com `If-Match`.

# HTTP 428 Precondition Required: the "What it means" paragraph of the explainer.
http-428-meaning = A RFC 6585 define o `428` para servidores que querem evitar atualizações perdidas: em vez de aceitar um `PUT`, `PATCH` ou `DELETE` incondicional que poderia sobrescrever a alteração de outra pessoa, eles exigem que o cliente mostre qual versão editou. O cliente obtém o recurso, lê o `ETag` dele e repete a alteração com `If-Match` contendo esse valor; o servidor então a aplica, ou responde `412` se o recurso mudou nesse meio-tempo. A resposta deve explicar qual precondição é exigida, e os caches não podem armazená-la.

# HTTP 428 Precondition Required: common cause 1 of 3, an item of the "Common causes" list.
http-428-cause-1 = Um cliente enviou `PUT`, `PATCH` ou `DELETE` sem `If-Match` a uma API que impõe o bloqueio otimista.

# HTTP 428 Precondition Required: common cause 2 of 3, an item of the "Common causes" list.
http-428-cause-2 = Uma biblioteca cliente ou um SDK não guarda o `ETag` do `GET` anterior, por isso não tem nada para enviar de volta.

# HTTP 428 Precondition Required: common cause 3 of 3, an item of the "Common causes" list.
http-428-cause-3 = Um proxy ou uma extensão do navegador removeu `If-Match` ou `If-Unmodified-Since` da requisição.

# HTTP 428 Precondition Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-428-fix-visitor-1 = Não há nada que você possa mudar: o app não enviou as informações de versão que o servidor exige; recarregue a página e tente de novo, ou informe o problema.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-1 = Leia o `ETag` da resposta ao `GET` e envie-o de volta, sem alterações, em `If-Match` junto com a atualização; para clientes de navegador de outra origem, exponha o `ETag` por meio de `Access-Control-Expose-Headers`.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-2 = Indique o cabeçalho exigido no corpo do `428`, por exemplo em um documento de detalhes do problema que cite `If-Match`.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-3 = Exija precondições apenas nos métodos que alteram o estado e documente a regra, para que os desenvolvedores de clientes a incorporem desde o início.

# HTTP 428 Precondition Required compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-428-vs-412 = Envie `428` quando a requisição não traz nenhuma precondição; envie `412` quando ela traz uma que é falsa.

# HTTP 428 Precondition Required compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-428-vs-409 = Envie `428` para obrigar os clientes a usar `If-Match`, de modo que os conflitos sejam detectados de forma confiável; envie `409` quando você detecta um conflito sem precondições.

## HTTP 429 Too Many Requests

# HTTP 429 Too Many Requests: one-line summary at the top of the explainer (TL;DR).
http-429-tldr = Você enviou requisições demais em um determinado intervalo de tempo e precisa diminuir o ritmo.

# HTTP 429 Too Many Requests: the "What it means" paragraph of the explainer.
http-429-meaning = O `429` é o sinal de limitação de taxa (rate limiting): o servidor ou um gateway contou as requisições do cliente, por chave de API, usuário, endereço IP ou token, e o cliente ultrapassou o limite; a RFC 6585 deixa a critério do servidor como identificar os clientes e fazer a contagem. O `Retry-After` informa a espera como um número de segundos ou uma data HTTP, e muitas APIs adicionam cabeçalhos que descrevem a cota, como `X-RateLimit-Remaining` ou os campos `RateLimit` e `RateLimit-Policy` de um rascunho da IETF. Os clientes devem esperar pelo menos esse tempo e então tentar de novo com backoff exponencial e jitter; tentar de novo imediatamente só prolonga o bloqueio. Os caches não podem armazenar um `429`.

# HTTP 429 Too Many Requests: common cause 1 of 5, an item of the "Common causes" list.
http-429-cause-1 = Um script ou uma integração percorre uma API em loop sem pausas, ou repete imediatamente cada falha e multiplica o próprio tráfego.

# HTTP 429 Too Many Requests: common cause 2 of 5, an item of the "Common causes" list.
http-429-cause-2 = Muitos usuários compartilham um único endereço IP público, como o NAT de um escritório, uma operadora móvel ou um serviço de CI, e juntos ultrapassam um limite por IP.

# HTTP 429 Too Many Requests: common cause 3 of 5, an item of the "Common causes" list.
http-429-cause-3 = Um cliente não autenticado atingiu uma cota anônima baixa, como as 60 requisições de API por hora do GitHub sem token.

# HTTP 429 Too Many Requests: common cause 4 of 5, an item of the "Common causes" list.
http-429-cause-4 = Uma API de nuvem ou de IA impõe cotas de requisições por minuto ou de tokens por minuto de acordo com o plano da conta.

# HTTP 429 Too Many Requests: common cause 5 of 5, an item of the "Common causes" list.
http-429-cause-5 = O `limit_req` do nginx rejeitou as requisições excedentes e estava configurado com `limit_req_status 429`; por padrão, ele responderia `503`.

# HTTP 429 Too Many Requests: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-429-fix-visitor-1 = Espere um minuto, ou o tempo que a página indicar, e tente de novo; recarregar repetidamente prolonga o bloqueio.

# HTTP 429 Too Many Requests: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-429-fix-visitor-2 = Se você está em uma rede compartilhada, como a de um escritório ou um Wi-Fi público, tente de novo mais tarde ou a partir de outra conexão.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-1 = Respeite o `Retry-After` e aplique backoff exponencial com jitter aleatório; bibliotecas como o `Retry` do `urllib3` ou o Polly para .NET fazem isso por você.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-2 = Envie `Retry-After` e a cota restante nas suas próprias respostas `429`, para que os clientes possam regular o próprio ritmo em vez de adivinhar.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-3 = Reduza o volume de requisições armazenando respostas em cache, agrupando chamadas em lotes e usando webhooks em vez de consultas periódicas (polling).

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-4 = No nginx, defina `limit_req_status 429;` e um `burst` em `limit_req`, para que picos curtos sejam enfileirados em vez de rejeitados.

# HTTP 429 Too Many Requests compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-429-vs-503 = Envie `429` quando um cliente ultrapassa a própria cota; envie `503` quando o serviço inteiro está sobrecarregado ou fora do ar para todos.

# HTTP 429 Too Many Requests compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-429-vs-403 = Envie `429` quando o cliente pode tentar de novo depois de esperar; envie `403` quando ele é recusado por mais devagar que faça as requisições.

## HTTP 431 Request Header Fields Too Large

# HTTP 431 Request Header Fields Too Large: one-line summary at the top of the explainer (TL;DR).
http-431-tldr = Os cabeçalhos da requisição, muitas vezes os cookies, são grandes demais para o servidor.

# HTTP 431 Request Header Fields Too Large: the "What it means" paragraph of the explainer.
http-431-meaning = Os servidores limitam o tamanho de cada campo de cabeçalho e da seção de cabeçalho como um todo; quando uma requisição ultrapassa um desses limites, eles podem responder `431`, de preferência indicando o campo que era grande demais. O cliente pode tentar de novo depois de reduzir os cabeçalhos, o que, em um navegador, geralmente significa apagar os cookies do site. Nem todo servidor usa o código: o nginx e o Apache informam a mesma condição como `400`, enquanto o Node.js, por exemplo, responde `431` quando os cabeçalhos ultrapassam o limite `--max-http-header-size` de 16 KB. É definido pela RFC 6585.

# HTTP 431 Request Header Fields Too Large: common cause 1 of 4, an item of the "Common causes" list.
http-431-cause-1 = O site e os seus subdomínios definem muitos cookies, de analytics, testes A/B e sessões, e juntos eles ultrapassam o limite.

# HTTP 431 Request Header Fields Too Large: common cause 2 of 4, an item of the "Common causes" list.
http-431-cause-2 = Durante o desenvolvimento em `localhost`, apps em portas diferentes compartilham os mesmos cookies, porque os cookies não dependem da porta, e eles se acumulam.

# HTTP 431 Request Header Fields Too Large: common cause 3 of 4, an item of the "Common causes" list.
http-431-cause-3 = Um JWT ou token de sessão grande trafega em um cookie ou no cabeçalho `Authorization` e cresce a cada claim ou papel adicionado.

# HTTP 431 Request Header Fields Too Large: common cause 4 of 4, an item of the "Common causes" list.
http-431-cause-4 = Um proxy ou gateway adiciona cabeçalhos, como uma longa cadeia `X-Forwarded-For` ou cabeçalhos de rastreamento, que fazem uma requisição que já estava no limite ultrapassá-lo.

# HTTP 431 Request Header Fields Too Large: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-431-fix-visitor-1 = Apague os cookies deste site nas configurações do navegador e, em seguida, recarregue a página e entre de novo.

# HTTP 431 Request Header Fields Too Large: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-431-fix-visitor-2 = Tente em uma janela anônima; se a página funcionar ali, a causa eram os cookies armazenados.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-1 = Encontre o cabeçalho grande demais com o painel Rede do navegador ou com `curl -v`, e verifique o tamanho dos cookies no painel Aplicativo do DevTools.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-2 = Mantenha os dados de sessão no servidor e coloque só um ID no cookie, e restrinja o escopo dos cookies com `Domain` e `Path` para que não sejam enviados para todo lado.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-3 = Aumente os limites só o necessário e de forma consistente entre as camadas: `large_client_header_buffers` no nginx, `LimitRequestFieldSize` no Apache, `--max-http-header-size` no Node.js e o limite próprio do balanceador de carga.

# HTTP 431 Request Header Fields Too Large compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-431-vs-413 = Envie `431` quando os cabeçalhos são grandes demais; envie `413` quando o corpo é que é grande demais.

# HTTP 431 Request Header Fields Too Large compared with HTTP 414 URI Too Long: when to use which, in the "Related codes" section.
http-431-vs-414 = Envie `431` quando os campos de cabeçalho são grandes demais; envie `414` quando o URI de destino da requisição é que é longo demais.

# HTTP 431 Request Header Fields Too Large compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-431-vs-400 = Envie `431` quando você consegue dizer que os cabeçalhos são grandes demais, para que os clientes saibam o que corrigir; um `400` genérico os deixa adivinhando.

## HTTP 451 Unavailable For Legal Reasons

# HTTP 451 Unavailable For Legal Reasons: one-line summary at the top of the explainer (TL;DR).
http-451-tldr = O acesso ao recurso está bloqueado por causa de uma exigência legal, como uma ordem judicial ou uma proibição governamental.

# HTTP 451 Unavailable For Legal Reasons: the "What it means" paragraph of the explainer.
http-451-meaning = A RFC 7725 define o `451` para que a censura legal e as restrições geográficas exigidas por lei fiquem visíveis como tais, em vez de disfarçadas de `403` ou `404`. O corpo deve explicar a exigência legal, quem a fez e com base em que lei, e um cabeçalho `Link` com `rel="blocked-by"` identifica quem executa o bloqueio, que pode ser o site, a hospedagem dele ou uma operadora de rede, e não a autoridade que emitiu a exigência. O código pode vir do servidor de origem ou de um intermediário, como um provedor de internet. Um `451` pode ser armazenado em cache por padrão, já que os bloqueios legais costumam durar.

# HTTP 451 Unavailable For Legal Reasons: common cause 1 of 4, an item of the "Common causes" list.
http-451-cause-1 = Um site bloqueia os visitantes de uma região cujas leis ele não cumpre, como vários sites de notícias dos EUA fizeram com os visitantes da UE quando o GDPR entrou em vigor.

# HTTP 451 Unavailable For Legal Reasons: common cause 2 of 4, an item of the "Common causes" list.
http-451-cause-2 = Uma ordem judicial ou uma notificação de remoção por direitos autorais exige que uma hospedagem desative o acesso a um conteúdo específico.

# HTTP 451 Unavailable For Legal Reasons: common cause 3 of 4, an item of the "Common causes" list.
http-451-cause-3 = Um provedor de internet ou um filtro nacional bloqueia um site por ordem do governo e exibe uma página `451`.

# HTTP 451 Unavailable For Legal Reasons: common cause 4 of 4, an item of the "Common causes" list.
http-451-cause-4 = Uma plataforma retém uma publicação ou uma conta em um país depois de um pedido legal desse país.

# HTTP 451 Unavailable For Legal Reasons: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-451-fix-visitor-1 = Leia a explicação na página: ela deve dizer quem exigiu o bloqueio, com base em que lei e se é possível recorrer.

# HTTP 451 Unavailable For Legal Reasons: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-451-fix-visitor-2 = Procure a mesma informação em outra fonte legítima que esteja disponível onde você está.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-1 = Informe no corpo a base legal, a autoridade por trás da exigência e um link para os detalhes, e adicione um cabeçalho `Link` com `rel="blocked-by"` que indique quem aplica o bloqueio.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-2 = Use `451`, e não `403` ou `404`, para os bloqueios exigidos por lei, para que usuários, pesquisadores e projetos de transparência possam reconhecê-los.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-3 = Aplique os bloqueios geográficos na borda com as regras por país da CDN e retorne `451` com a página de explicação em vez de uma página de erro genérica.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-4 = Defina o `Cache-Control` de acordo com a duração do bloqueio, porque um `451` sem ele pode ser armazenado em cache.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-451-vs-403 = Envie `451` quando uma exigência legal impõe a recusa; envie `403` para recusas baseadas nas suas próprias permissões ou políticas.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-451-vs-404 = Envie `451` para revelar que o conteúdo existe, mas está bloqueado por lei; um `404` esconderia o bloqueio do usuário.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-451-vs-410 = Envie `410` quando você removeu um conteúdo de forma permanente por decisão própria; envie `451` quando uma exigência legal o torna indisponível.

## HTTP 500 Internal Server Error

# HTTP 500 Internal Server Error: one-line summary at the top of the explainer (TL;DR).
http-500-tldr = Algo deu errado no servidor enquanto ele tratava a requisição; a requisição em si provavelmente está certa.

# HTTP 500 Internal Server Error: the "What it means" paragraph of the explainer.
http-500-meaning = O `500` é o código genérico para falhas do servidor: o servidor encontrou uma condição que não previa, na maioria das vezes uma exceção não tratada, e produziu este status em vez de uma resposta de verdade. Ele não diz nada ao cliente sobre a causa, e os servidores devem manter stack traces e detalhes internos fora do corpo, já que eles ajudam mais os atacantes do que os usuários. Se uma nova tentativa ajuda ou não depende da causa: uma falha passageira pode desaparecer, enquanto um bug falha da mesma forma todas as vezes, por isso os clientes só devem tentar de novo requisições idempotentes, com backoff. A informação útil está do lado do servidor, nos logs e no rastreamento de erros, de preferência ligada à resposta por um ID de requisição.

# HTTP 500 Internal Server Error: common cause 1 of 5, an item of the "Common causes" list.
http-500-cause-1 = A aplicação lançou uma exceção que não capturou, como uma referência nula, uma conversão de tipo que falhou ou uma variável de template ausente.

# HTTP 500 Internal Server Error: common cause 2 of 5, an item of the "Common causes" list.
http-500-cause-2 = O banco de dados ou outra dependência estava inacessível, e o código deixou o erro escapar em vez de informar um `503`, mais claro.

# HTTP 500 Internal Server Error: common cause 3 of 5, an item of the "Common causes" list.
http-500-cause-3 = Falta um valor de configuração ou um segredo em produção, por exemplo uma variável de ambiente que só existe nas máquinas dos desenvolvedores.

# HTTP 500 Internal Server Error: common cause 4 of 5, an item of the "Common causes" list.
http-500-cause-4 = O Apache encontrou uma diretiva inválida em um arquivo `.htaccess`, o que ele informa como `500` para todas as requisições daquele diretório.

# HTTP 500 Internal Server Error: common cause 5 of 5, an item of the "Common causes" list.
http-500-cause-5 = O PHP encontrou um erro fatal ou atingiu o `memory_limit` com `display_errors` desativado, por isso só um `500` vazio chega ao navegador.

# HTTP 500 Internal Server Error: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-500-fix-visitor-1 = Recarregue depois de um minuto; se o erro continuar, o problema é do lado do site, e só os responsáveis por ele podem corrigi-lo.

# HTTP 500 Internal Server Error: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-500-fix-visitor-2 = Se o envio de um formulário falhou, verifique mais tarde se ele foi salvo antes de enviá-lo de novo, para evitar duplicatas.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-1 = Comece pelos logs no horário da requisição que falhou: o log da aplicação, `journalctl -u` para o serviço, o `error.log` do nginx ou o `error_log` do Apache, e uma ferramenta de rastreamento de erros como o Sentry.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-2 = Retorne um ID de requisição em um cabeçalho da resposta e no corpo do erro, e registre-o no log junto com a exceção, para que o relato de um usuário leve direto ao stack trace.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-3 = Reproduza localmente com a mesma entrada e a mesma configuração, com o modo de depuração do framework ativado ali e nunca em produção.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-4 = Capture as falhas esperadas e converta-as em códigos precisos: `4xx` para entradas inválidas, `503` para dependências indisponíveis, `504` para tempos esgotados.

# HTTP 500 Internal Server Error compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-500-vs-502 = Um `500` vem do servidor que executou o código que falhou; um `502` vem de um proxy cujo upstream lhe deu uma resposta inválida.

# HTTP 500 Internal Server Error compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-500-vs-503 = Envie `503` para uma incapacidade conhecida e temporária de atender, com `Retry-After`; o `500` significa uma falha inesperada.

# HTTP 500 Internal Server Error compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-500-vs-501 = Envie `501` quando o servidor não tem uma funcionalidade por projeto; o `500` é para falhas em funcionalidades que ele suporta.

## HTTP 501 Not Implemented

# HTTP 501 Not Implemented: one-line summary at the top of the explainer (TL;DR).
http-501-tldr = O servidor não suporta o que a requisição precisa, geralmente o método dela.

# HTTP 501 Not Implemented: the "What it means" paragraph of the explainer.
http-501-meaning = Um servidor responde `501` quando não reconhece o método da requisição, ou não tem a capacidade de que a requisição precisa, para nenhum dos recursos que serve; um método WebDAV como `PROPFIND` enviado a um servidor sem suporte a WebDAV é um caso típico. A RFC 9112 também orienta os servidores HTTP/1.1 a responder `501` quando uma requisição usa uma codificação de transferência que eles não entendem. A resposta pode ser armazenada em cache heuristicamente, já que a mesma requisição vai falhar de novo. Os clientes não devem repeti-la sem alterações; eles precisam de outro método ou de outro servidor.

# HTTP 501 Not Implemented: common cause 1 of 4, an item of the "Common causes" list.
http-501-cause-1 = Um cliente enviou um método WebDAV como `PROPFIND` ou `MKCOL` a um servidor sem suporte a WebDAV.

# HTTP 501 Not Implemented: common cause 2 of 4, an item of the "Common causes" list.
http-501-cause-2 = Uma requisição usou um método personalizado ou escrito errado, como `PURGE` enviado a um servidor que não é um cache, ou um erro de digitação em um cliente escrito à mão.

# HTTP 501 Not Implemented: common cause 3 of 4, an item of the "Common causes" list.
http-501-cause-3 = Um `Transfer-Encoding` diferente de `chunked`, como `gzip` em uma requisição, chegou a um servidor que não consegue decodificá-lo.

# HTTP 501 Not Implemented: common cause 4 of 4, an item of the "Common causes" list.
http-501-cause-4 = Um stub de API ou uma rota provisória retorna `501` para uma funcionalidade planejada, mas ainda não construída.

# HTTP 501 Not Implemented: what a visitor can do, the only item of "How to fix it (for visitors)".
http-501-fix-visitor-1 = Nada: o site não consegue executar este tipo de requisição; use a funcionalidade de outra forma ou entre em contato com o site.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-1 = Verifique o método que o seu cliente envia, com `curl -v` ou no log de acesso, e se o servidor e cada proxy à frente dele o suportam.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-2 = Ative o módulo que fornece o método, se você precisar dele, como o `mod_dav` no Apache ou a diretiva `dav_methods` no nginx.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-3 = Use `405` com um cabeçalho `Allow` quando o servidor conhece o método, mas este recurso não o suporta, e reserve o `501` para o que o servidor não implementa de forma alguma.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-4 = Documente todo `501` retornado para funcionalidades inacabadas da API, e remova a rota antes do lançamento se a funcionalidade nunca for construída.

# HTTP 501 Not Implemented compared with HTTP 405 Method Not Allowed: when to use which, in the "Related codes" section.
http-501-vs-405 = Envie `501` quando o servidor não implementa o método em lugar nenhum; envie `405` quando o implementa, mas não para este recurso.

# HTTP 501 Not Implemented compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-501-vs-500 = Envie `501` para uma capacidade ausente; envie `500` para uma falha ao usar uma capacidade que você tem.

## HTTP 502 Bad Gateway

# HTTP 502 Bad Gateway: one-line summary at the top of the explainer (TL;DR).
http-502-tldr = Um gateway ou proxy recebeu uma resposta inválida, ou nenhuma resposta, do servidor por trás dele.

# HTTP 502 Bad Gateway: the "What it means" paragraph of the explainer.
http-502-meaning = O `502` vem de um intermediário, como um proxy reverso, um balanceador de carga ou uma CDN, que repassou a requisição e recebeu de volta algo que não conseguiu usar: uma conexão recusada ou redefinida, uma conexão fechada antes da hora, cabeçalhos malformados ou um handshake TLS que falhou. A aplicação por trás dele pode nem registrar um erro, por isso os logs úteis são os do proxy, que geralmente indicam o upstream e a falha. Como a requisição pode ter chegado ou não ao upstream, os clientes só devem tentar de novo automaticamente as requisições idempotentes. Algumas CDNs adicionam códigos não oficiais para falhas mais precisas da origem, como os `520` a `526` da Cloudflare.

# HTTP 502 Bad Gateway: common cause 1 of 5, an item of the "Common causes" list.
http-502-cause-1 = A aplicação upstream caiu, estava reiniciando durante um deploy ou foi encerrada por usar memória demais, por isso nada estava escutando.

# HTTP 502 Bad Gateway: common cause 2 of 5, an item of the "Common causes" list.
http-502-cause-2 = O proxy aponta para o host, a porta ou o socket errado, por exemplo `proxy_pass http://127.0.0.1:8000` enquanto a aplicação escuta na porta 3000.

# HTTP 502 Bad Gateway: common cause 3 of 5, an item of the "Common causes" list.
http-502-cause-3 = O proxy fala TLS com um upstream que espera HTTP simples, ou o contrário, ou o certificado do upstream não passa na verificação.

# HTTP 502 Bad Gateway: common cause 4 of 5, an item of the "Common causes" list.
http-502-cause-4 = O upstream fecha as conexões keep-alive ociosas antes do que o proxy espera, por isso o proxy envia uma requisição por uma conexão que já está fechada.

# HTTP 502 Bad Gateway: common cause 5 of 5, an item of the "Common causes" list.
http-502-cause-5 = O upstream enviou cabeçalhos de resposta maiores do que os buffers do proxy, o que o nginx registra como “upstream sent too big header”.

# HTTP 502 Bad Gateway: what a visitor can do, the only item of "How to fix it (for visitors)".
http-502-fix-visitor-1 = Recarregue depois de uma breve espera; o servidor por trás do gateway do site falhou, e só os responsáveis pelo site podem corrigir isso.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-1 = Leia o log de erros do proxy para ver o motivo exato, como “connect() failed (111: Connection refused)” ou “upstream prematurely closed connection” no nginx, e o endereço do upstream que ele indica.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-2 = Teste o upstream diretamente a partir do host do proxy com `curl -v` no endereço e na porta dele, e confirme com `ss -ltnp` que o processo escuta onde o proxy espera.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-3 = Faça o tempo limite de keep-alive do upstream ser maior do que o tempo limite de inatividade do proxy ou do balanceador de carga, por exemplo aumentando o `server.keepAliveTimeout` do Node.js para além dos 60 segundos do balanceador de carga.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-4 = Aumente `proxy_buffer_size` e `proxy_buffers` no nginx quando os cabeçalhos do upstream forem grandes e, com o PHP-FPM, verifique no log dele se há workers que travaram ou se esgotaram.

# HTTP 502 Bad Gateway compared with HTTP 504 Gateway Timeout: when to use which, in the "Related codes" section.
http-502-vs-504 = Envie `502` quando o upstream respondeu com algo inválido ou derrubou a conexão; envie `504` quando ele não respondeu a tempo.

# HTTP 502 Bad Gateway compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-502-vs-500 = Um `502` significa que um proxy não conseguiu obter uma resposta válida do upstream; um `500` significa que o próprio servidor que tratou a requisição falhou.

# HTTP 502 Bad Gateway compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-502-vs-503 = Envie `503` quando o serviço sabe que está indisponível e o informa; um `502` significa que o gateway tentou um backend e recebeu uma resposta quebrada ou nenhuma resposta.

## HTTP 503 Service Unavailable

# HTTP 503 Service Unavailable: one-line summary at the top of the explainer (TL;DR).
http-503-tldr = O servidor está temporariamente incapaz de tratar a requisição, por sobrecarga ou manutenção; tente de novo mais tarde.

# HTTP 503 Service Unavailable: the "What it means" paragraph of the explainer.
http-503-meaning = O `503` informa aos clientes que a falha é temporária e conhecida: o servidor ou um balanceador de carga decidiu não processar a requisição. Um cabeçalho `Retry-After` com um número de segundos ou uma data diz aos clientes e aos crawlers quando voltar, e os mecanismos de busca tratam um `503` curto como uma pausa e mantêm a página no índice, enquanto semanas de `503` podem fazer com que ela seja removida. Os balanceadores de carga e os ingress controllers também respondem `503` quando não têm nenhum backend saudável para onde enviar a requisição. Os clientes devem esperar e tentar de novo com backoff, respeitando o `Retry-After`. Um `503` não pode ser armazenado em cache, a menos que os cabeçalhos o permitam explicitamente.

# HTTP 503 Service Unavailable: common cause 1 of 5, an item of the "Common causes" list.
http-503-cause-1 = O site está em manutenção programada e serve a página de manutenção com `503`.

# HTTP 503 Service Unavailable: common cause 2 of 5, an item of the "Common causes" list.
http-503-cause-2 = Todos os backends do balanceador de carga falharam nas verificações de saúde (health checks), ou nenhum está registrado, como em um target group da AWS sem nenhum destino saudável.

# HTTP 503 Service Unavailable: common cause 3 of 5, an item of the "Common causes" list.
http-503-cause-3 = Um Service do Kubernetes não tem nenhum pod pronto, por exemplo durante um rollout cuja readiness probe falha, por isso o ingress não tem nenhum endpoint para usar.

# HTTP 503 Service Unavailable: common cause 4 of 5, an item of the "Common causes" list.
http-503-cause-4 = A aplicação está sobrecarregada e descarta carga, por exemplo quando o pool de workers ou o limite de conexões está cheio.

# HTTP 503 Service Unavailable: common cause 5 of 5, an item of the "Common causes" list.
http-503-cause-5 = O Varnish não conseguiu obter uma resposta do backend e respondeu com a sua página “503 Backend fetch failed”.

# HTTP 503 Service Unavailable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-503-fix-visitor-1 = Espere alguns minutos e recarregue a página; o site está temporariamente fora do ar ou sobrecarregado.

# HTTP 503 Service Unavailable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-503-fix-visitor-2 = Consulte a página de status do serviço ou as redes sociais dele para ver se há uma manutenção anunciada.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-1 = Envie `Retry-After` com as páginas de manutenção e as respostas de descarte de carga, e sirva a manutenção com `503` em vez de `200`, para que os crawlers não indexem a página de manutenção.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-2 = Verifique a saúde dos destinos do balanceador de carga e o caminho da verificação de saúde: uma sonda que acessa uma URL lenta ou autenticada marca servidores saudáveis como fora do ar.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-3 = No Kubernetes, execute `kubectl get endpoints` e `kubectl describe pod` para ver se as readiness probes estão falhando.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-4 = Adicione capacidade ou um enfileiramento de requisições antes de descartar carga, e defina `limit_req_status 429;` onde quem deve responder são os limites de taxa, e não a sobrecarga.

# HTTP 503 Service Unavailable compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-503-vs-500 = Envie `503` quando a indisponibilidade é temporária e deve terminar; o `500` sinaliza um erro inesperado.

# HTTP 503 Service Unavailable compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-503-vs-429 = Envie `503` quando o serviço inteiro está saturado ou fora do ar; envie `429` quando um único cliente ultrapassou a própria cota.

# HTTP 503 Service Unavailable compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-503-vs-502 = Um `503` significa que o serviço informa que ele mesmo ou os seus backends estão indisponíveis; um `502` significa que um gateway chegou a um backend que não conseguiu responder corretamente.

## HTTP 504 Gateway Timeout

# HTTP 504 Gateway Timeout: one-line summary at the top of the explainer (TL;DR).
http-504-tldr = Um gateway ou proxy esperou tempo demais pelo servidor por trás dele e desistiu.

# HTTP 504 Gateway Timeout: the "What it means" paragraph of the explainer.
http-504-meaning = O `504` vem de um intermediário que repassou a requisição, mas não recebeu uma resposta completa dentro do seu tempo limite; o upstream pode ainda estar trabalhando na requisição e concluí-la mais tarde. Isso importa para requisições não idempotentes: um `POST` que esgotou o tempo limite no proxy ainda pode criar o recurso, por isso os clientes devem verificar antes de tentar de novo. Cada camada tem o próprio tempo limite, e o mais curto prevalece: uma CDN, um balanceador de carga e um proxy reverso podem cortar a requisição, cada um, em um ponto diferente. A correção duradoura geralmente é tornar o trabalho mais rápido ou assíncrono, e não apenas aumentar os tempos limite.

# HTTP 504 Gateway Timeout: common cause 1 of 5, an item of the "Common causes" list.
http-504-cause-1 = Uma consulta lenta ao banco de dados, um relatório ou uma chamada a uma API externa mantém a aplicação ocupada por mais tempo do que os 60 segundos do `proxy_read_timeout` do nginx.

# HTTP 504 Gateway Timeout: common cause 2 of 5, an item of the "Common causes" list.
http-504-cause-2 = O limite de um gateway gerenciado se esgotou primeiro, como o tempo limite de integração de 29 segundos do AWS API Gateway ou o tempo limite de inatividade padrão de 60 segundos de um Application Load Balancer.

# HTTP 504 Gateway Timeout: common cause 3 of 5, an item of the "Common causes" list.
http-504-cause-3 = Um firewall ou um security group descarta silenciosamente os pacotes destinados ao upstream, por isso o proxy espera até esgotar o tempo limite de conexão.

# HTTP 504 Gateway Timeout: common cause 4 of 5, an item of the "Common causes" list.
http-504-cause-4 = O upstream está sobrecarregado e as requisições esperam na fila dele, por exemplo com todos os workers do Gunicorn ou do PHP-FPM ocupados com requisições lentas.

# HTTP 504 Gateway Timeout: common cause 5 of 5, an item of the "Common causes" list.
http-504-cause-5 = O nome DNS do upstream resolve para um endereço desatualizado ou inacessível.

# HTTP 504 Gateway Timeout: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-504-fix-visitor-1 = Espere um pouco e recarregue a página; se você enviou algo, verifique primeiro se foi registrado, já que o servidor pode ter concluído a operação.

# HTTP 504 Gateway Timeout: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-504-fix-visitor-2 = Se só uma exportação ou um relatório grande falha, tente um intervalo de datas ou uma seleção menor.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-1 = Descubra qual camada esgotou o tempo limite comparando os tempos de resposta e os cabeçalhos `Server` ou `Via` e, em seguida, leia o log dessa camada, como “upstream timed out (110: Connection timed out)” no nginx.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-2 = Analise o desempenho do endpoint lento: leia o log de consultas lentas do banco de dados, adicione índices e dê às chamadas a serviços externos tempos limite mais curtos do que o do proxy.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-3 = Passe os trabalhos longos para uma tarefa em segundo plano e responda `202` com uma URL de status, em vez de manter a requisição aberta.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-4 = Aumente os tempos limite apenas de forma deliberada e consistente, da camada mais interna para fora, como o `proxy_read_timeout` do nginx e o tempo limite de inatividade do balanceador de carga.

# HTTP 504 Gateway Timeout compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-504-vs-502 = Envie `504` quando o upstream não respondeu a tempo; envie `502` quando ele respondeu com algo inválido.

# HTTP 504 Gateway Timeout compared with HTTP 408 Request Timeout: when to use which, in the "Related codes" section.
http-504-vs-408 = Envie `504` quando um gateway esperou tempo demais pelo upstream; envie `408` quando um servidor esperou tempo demais pela requisição do cliente.

## HTTP 505 HTTP Version Not Supported

# HTTP 505 HTTP Version Not Supported: one-line summary at the top of the explainer (TL;DR).
http-505-tldr = O servidor não suporta a versão do HTTP usada na requisição.

# HTTP 505 HTTP Version Not Supported: the "What it means" paragraph of the explainer.
http-505-meaning = O `505` diz respeito à versão principal na linha de requisição, como `HTTP/2.0` escrito na forma textual do HTTP/1.1, ou a uma string de versão que o servidor não consegue tratar; o servidor se recusa a processar a requisição nessa versão. O corpo deve dizer quais versões o servidor suporta. Hoje em dia, a versão normalmente é definida antes de qualquer requisição ser enviada: o ALPN no handshake TLS escolhe `h2` ou `http/1.1`, e o HTTP/3 é descoberto por meio de `Alt-Svc` ou de registros DNS `HTTPS`, por isso um `505` real geralmente aponta para um cliente escrito à mão, um proxy mal configurado ou um scanner. Os servidores não são obrigados a enviá-lo, e muitos respondem `400` ou fecham a conexão.

# HTTP 505 HTTP Version Not Supported: common cause 1 of 3, an item of the "Common causes" list.
http-505-cause-1 = Um cliente enviou HTTP/2 com conhecimento prévio (prior knowledge), como `curl --http2-prior-knowledge`, a um servidor que só fala HTTP/1.1 e interpretou o prefácio da conexão como uma requisição na versão 2.0.

# HTTP 505 HTTP Version Not Supported: common cause 2 of 3, an item of the "Common causes" list.
http-505-cause-2 = Um cliente ou um script escrito à mão colocou um token de versão inválido, como `HTTP/1.2` ou `HTTP/2`, na linha de requisição.

# HTTP 505 HTTP Version Not Supported: common cause 3 of 3, an item of the "Common causes" list.
http-505-cause-3 = Um proxy ou um balanceador de carga repassa requisições com uma versão HTTP que o backend não fala, por exemplo HTTP/2 sem TLS para um servidor de aplicação que só fala HTTP/1.1.

# HTTP 505 HTTP Version Not Supported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-505-fix-visitor-1 = Nada em um navegador, que escolhe a versão automaticamente; se só um app ou um dispositivo antigo falha, atualize-o.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-1 = Verifique a linha de requisição que o seu cliente ou proxy realmente envia, com `curl -v` ou uma captura de pacotes, e use `HTTP/1.1` ou negocie o HTTP/2 por meio do ALPN.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-2 = Configure explicitamente o protocolo do backend nos balanceadores de carga e proxies, como a versão de protocolo de um target group da AWS ou `grpc_pass` em vez de `proxy_pass` no nginx, de acordo com o que o backend fala.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-3 = Liste as versões suportadas no corpo do `505` e registre no log a linha de requisição bruta, para poder identificar o remetente.

# HTTP 505 HTTP Version Not Supported compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-505-vs-426 = Envie `505` quando você rejeita de vez a versão HTTP da requisição; envie `426` quando você atenderia a requisição depois de um upgrade para um protocolo que você indica.

# HTTP 505 HTTP Version Not Supported compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-505-vs-501 = Envie `505` quando o problema é a versão do protocolo; envie `501` quando a versão está certa, mas o método ou a funcionalidade não está implementado.

## HTTP 506 Variant Also Negotiates

# HTTP 506 Variant Also Negotiates: one-line summary at the top of the explainer (TL;DR).
http-506-tldr = Um erro de configuração da negociação de conteúdo no servidor: a variante escolhida negocia de novo, o que cria um loop.

# HTTP 506 Variant Also Negotiates: the "What it means" paragraph of the explainer.
http-506-meaning = A RFC 2295 definiu a negociação transparente de conteúdo, em que um recurso negociável oferece uma lista de variantes, e cada variante precisa ser uma representação concreta. O `506` informa que essa configuração está quebrada: a variante selecionada para a requisição é ela própria um recurso que negocia, por isso a negociação nunca terminaria. É um erro de servidor de um tipo específico: o cliente não pode corrigi-lo, e uma nova tentativa dá o mesmo resultado até que um administrador corrija a configuração. A RFC 2295 é uma RFC Experimental que nunca foi amplamente implementada, por isso, na prática, o código vem quase só do `mod_negotiation` do Apache.

# HTTP 506 Variant Also Negotiates: common cause 1 of 3, an item of the "Common causes" list.
http-506-cause-1 = Um mapa de tipos do Apache (arquivo `.var`) lista uma variante que é ela própria um mapa de tipos ou outro recurso negociável.

# HTTP 506 Variant Also Negotiates: common cause 2 of 3, an item of the "Common causes" list.
http-506-cause-2 = O `MultiViews` está ativado em um diretório em que o nome de arquivo de uma variante também corresponde a um recurso negociável, de modo que uma escolha leva a outra negociação.

# HTTP 506 Variant Also Negotiates: common cause 3 of 3, an item of the "Common causes" list.
http-506-cause-3 = Uma regra de reescrita manda a variante selecionada de volta para a URL que negocia.

# HTTP 506 Variant Also Negotiates: what a visitor can do, the only item of "How to fix it (for visitors)".
http-506-fix-visitor-1 = Nada: o servidor do site está mal configurado; espere que o responsável o corrija ou avise-o.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-1 = Verifique o log de erros do Apache e os mapas de tipos e as configurações de `MultiViews` da URL, e faça cada variante apontar para um arquivo concreto.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-2 = Desative o `MultiViews` onde você não precisa de negociação (`Options -MultiViews`) e evite nomes de arquivo que tornem as variantes ambíguas.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-3 = Substitua a negociação transparente por URLs explícitas por idioma ou formato, mais um cabeçalho `Vary`, que todo cliente entende.

# HTTP 506 Variant Also Negotiates compared with HTTP 300 Multiple Choices: when to use which, in the "Related codes" section.
http-506-vs-300 = O `300` é uma oferta legítima de alternativas ao cliente; o `506` é um erro do servidor porque as alternativas foram configuradas em loop.

# HTTP 506 Variant Also Negotiates compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-506-vs-500 = Envie `506` apenas para o loop de negociação descrito na RFC 2295; envie `500` para qualquer outro erro de configuração.

## HTTP 507 Insufficient Storage

# HTTP 507 Insufficient Storage: one-line summary at the top of the explainer (TL;DR).
http-507-tldr = O servidor não tem espaço para armazenar o que a requisição envia, porque um disco ou uma cota está cheio.

# HTTP 507 Insufficient Storage: the "What it means" paragraph of the explainer.
http-507-meaning = A RFC 4918 define o `507` para métodos WebDAV como `PUT`, `MKCOL`, `COPY` ou `PROPPATCH` quando o servidor não consegue gravar a representação de que precisa para concluir a requisição. A condição é considerada temporária: a mesma requisição pode funcionar depois que houver espaço livre ou que a cota for aumentada, por isso os clientes podem tentar de novo mais tarde em vez de tratá-la como permanente. Dentro de um corpo `207`, ele pode marcar membros específicos de uma cópia que não couberam. Os serviços de hospedagem e sincronização de arquivos costumam usá-lo para informar erros de cota, e algumas APIs que não são WebDAV o usam para falhas de armazenamento.

# HTTP 507 Insufficient Storage: common cause 1 of 4, an item of the "Common causes" list.
http-507-cause-1 = Um usuário do Nextcloud ou do ownCloud ultrapassou a cota de armazenamento durante um upload ou uma sincronização.

# HTTP 507 Insufficient Storage: common cause 2 of 4, an item of the "Common causes" list.
http-507-cause-2 = O disco do servidor, ou a partição que contém o diretório temporário de uploads, está cheio.

# HTTP 507 Insufficient Storage: common cause 3 of 4, an item of the "Common causes" list.
http-507-cause-3 = O sistema de arquivos ficou sem inodes, ou a conta do servidor atingiu uma cota do sistema de arquivos, embora pareça haver espaço livre.

# HTTP 507 Insufficient Storage: common cause 4 of 4, an item of the "Common causes" list.
http-507-cause-4 = Um `COPY` de uma coleção grande precisou de mais espaço do que restava no destino.

# HTTP 507 Insufficient Storage: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-507-fix-visitor-1 = Libere espaço na sua conta excluindo ou movendo arquivos, ou contrate um plano de armazenamento maior.

# HTTP 507 Insufficient Storage: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-507-fix-visitor-2 = Se a sua conta ainda tem espaço livre, avise os administradores do serviço de que o armazenamento deles está cheio.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-1 = Verifique o espaço livre e os inodes com `df -h` e `df -i` em todos os volumes envolvidos no upload, incluindo `/tmp` ou o diretório temporário de uploads configurado.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-2 = Verifique as cotas de usuário e de grupo na aplicação, por exemplo com `occ user:info` no Nextcloud, e no sistema de arquivos.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-3 = Configure alertas de uso de disco bem antes de um volume encher, e limpe logs rotacionados, backups antigos e uploads parciais abandonados.

# HTTP 507 Insufficient Storage compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-507-vs-413 = Envie `413` quando o corpo desta requisição ultrapassa um limite de tamanho; envie `507` quando falta ao servidor espaço de armazenamento para guardá-lo, seja qual for o tamanho.

# HTTP 507 Insufficient Storage compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-507-vs-500 = Envie `507` quando a causa é uma falta de espaço de armazenamento que o cliente pode esperar passar; o `500` não dá nenhuma pista da causa.

## HTTP 508 Loop Detected

# HTTP 508 Loop Detected: one-line summary at the top of the explainer (TL;DR).
http-508-tldr = O servidor interrompeu uma operação WebDAV porque vínculos (bindings) fizeram a árvore de coleções voltar sobre si mesma.

# HTTP 508 Loop Detected: the "What it means" paragraph of the explainer.
http-508-meaning = Com os vínculos da RFC 5842, uma coleção pode ser vinculada dentro de um dos seus próprios descendentes, de modo que uma operação com `Depth: infinity`, como um `PROPFIND` ou um `COPY`, poderia percorrer as mesmas coleções para sempre. O `508` diz que o servidor encontrou um ciclo desse tipo e desistiu: a operação inteira falhou, ao contrário do `208`, que permite que uma listagem continue depois de uma coleção repetida. O cliente não deve repetir a requisição sem alterações; uma profundidade finita ou uma mudança nos vínculos evita o loop. O código é Experimental e raro no seu sentido real, mas algumas plataformas de hospedagem compartilhada o usam de forma indevida como “Resource Limit Is Reached” quando uma conta ultrapassa os seus limites de CPU ou de processos.

# HTTP 508 Loop Detected: common cause 1 of 3, an item of the "Common causes" list.
http-508-cause-1 = Um `PROPFIND` ou `COPY` com `Depth: infinity` chegou a uma coleção que está vinculada dentro da própria subárvore.

# HTTP 508 Loop Detected: common cause 2 of 3, an item of the "Common causes" list.
http-508-cause-2 = Duas coleções estão vinculadas uma dentro da outra, por isso percorrer uma leva de volta à outra.

# HTTP 508 Loop Detected: common cause 3 of 3, an item of the "Common causes" list.
http-508-cause-3 = Em uma hospedagem compartilhada com CloudLinux, o site ultrapassou os limites de LVE, como os processos de entrada (entry processes) ou a CPU, e a hospedagem responde com o não padronizado “508 Resource Limit Is Reached”.

# HTTP 508 Loop Detected: what a visitor can do, the only item of "How to fix it (for visitors)".
http-508-fix-visitor-1 = Espere alguns minutos e recarregue a página; se a página disser “Resource Limit Is Reached”, o plano de hospedagem do site está sobrecarregado, e só o responsável por ele pode resolver.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-1 = Percorra a árvore com `Depth: 1`, nível por nível, e acompanhe o `DAV:resource-id`, para que o seu cliente pare nas coleções que já viu.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-2 = Remova o vínculo que cria o ciclo com `UNBIND`, ou reorganize as coleções para que nenhuma contenha um ancestral.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-3 = Em uma hospedagem com CloudLinux, verifique o uso de LVE na página Resource Usage do cPanel, e encurte os processos PHP de longa duração ou peça limites maiores à hospedagem.

# HTTP 508 Loop Detected compared with HTTP 208 Already Reported: when to use which, in the "Related codes" section.
http-508-vs-208 = Envie `208` para pular uma coleção já informada e continuar; envie `508` quando o loop faz a operação inteira falhar.

# HTTP 508 Loop Detected compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-508-vs-500 = Envie `508` especificamente para um loop de vínculos durante uma operação profunda; envie `500` para outras falhas inesperadas do servidor.

## HTTP 510 Not Extended

# HTTP 510 Not Extended: one-line summary at the top of the explainer (TL;DR).
http-510-tldr = Obsoleto: antigamente significava que faltava à requisição uma declaração de extensão exigida pelo servidor; não o envie.

# HTTP 510 Not Extended: the "What it means" paragraph of the explainer.
http-510-meaning = O HTTP Extension Framework da RFC 2774 permitia que os clientes declarassem extensões obrigatórias com cabeçalhos como `Man` e `Opt`, e um servidor respondia `510` quando faltava uma declaração exigida, explicando no corpo como tentar de novo. O framework nunca foi adotado, a RFC 2774 passou para o status Historic, e a IANA hoje lista o `510` como obsoleto. Um cliente que ainda o recebe só pode tratá-lo como um erro genérico do servidor e exibir o corpo. Nada o substitui diretamente: hoje, as extensões do HTTP são negociadas com novos campos de cabeçalho, com o ALPN ou com as configurações (settings) do HTTP/2.

# HTTP 510 Not Extended: common cause 1 of 3, an item of the "Common causes" list.
http-510-cause-1 = Um sistema legado construído sobre o HTTP Extension Framework ainda exige uma declaração de extensão.

# HTTP 510 Not Extended: common cause 2 of 3, an item of the "Common causes" list.
http-510-cause-2 = Uma aplicação escolheu o `510` em uma lista de códigos de status para significar “funcionalidade não ativada”, um significado que ele nunca teve.

# HTTP 510 Not Extended: common cause 3 of 3, an item of the "Common causes" list.
http-510-cause-3 = A enumeração de status de um framework ainda inclui o `510`, e um handler o usa como um erro genérico de “not extended”.

# HTTP 510 Not Extended: what a visitor can do, the only item of "How to fix it (for visitors)".
http-510-fix-visitor-1 = Nada: o site usa um código de erro obsoleto para um problema do lado dele; informe o responsável pelo site.

# HTTP 510 Not Extended: what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-510-fix-developer-1 = Substitua o `510` por um código atual: `400` ou `422` quando falta à requisição algo obrigatório, `501` quando falta uma funcionalidade ao servidor, `426` quando é necessário um upgrade de protocolo.

# HTTP 510 Not Extended: what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-510-fix-developer-2 = Nos clientes, trate um `510` recebido como um `500` e exiba o corpo, que pode explicar o que o servidor queria.

# HTTP 510 Not Extended compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-510-vs-426 = Envie `426` quando o cliente precisa trocar de protocolo, indicando os protocolos em `Upgrade`; o `510` pedia uma declaração de extensão e está obsoleto.

# HTTP 510 Not Extended compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-510-vs-501 = Envie `501` quando falta ao servidor a funcionalidade necessária; o `510` atribuía a peça que faltava ao lado do cliente e não deve mais ser usado.

## HTTP 511 Network Authentication Required

# HTTP 511 Network Authentication Required: one-line summary at the top of the explainer (TL;DR).
http-511-tldr = A rede em que você está quer que você faça login, geralmente por uma página de portal cativo, antes de liberar o tráfego.

# HTTP 511 Network Authentication Required: the "What it means" paragraph of the explainer.
http-511-meaning = A RFC 6585 dá aos portais cativos um status honesto para as requisições interceptadas: em vez de redirecionar todas as requisições para uma página de login, ou de responder com a página do portal como `200`, a rede responde `511` com um corpo que tem um link para a sua página de login. Como a interceptação é explícita, os clientes não confundem a página do portal com o conteúdo do site, e os caches não podem armazenar a resposta. Os servidores de origem não devem enviá-lo; ele pertence à rede entre o usuário e o site. Como os portais não conseguem interceptar o HTTPS sem um erro de certificado, os sistemas modernos também os detectam por meio de URLs de sondagem e da Captive Portal API da RFC 8908, anunciada por DHCP ou por anúncios de roteador (RFC 8910).

# HTTP 511 Network Authentication Required: common cause 1 of 3, an item of the "Common causes" list.
http-511-cause-1 = Você entrou na rede Wi-Fi de um hotel, aeroporto, trem ou café e ainda não aceitou os termos nem fez login.

# HTTP 511 Network Authentication Required: common cause 2 of 3, an item of the "Common causes" list.
http-511-cause-2 = A sua sessão no portal expirou depois do tempo limite, e a rede pede que você faça login de novo.

# HTTP 511 Network Authentication Required: common cause 3 of 3, an item of the "Common causes" list.
http-511-cause-3 = A rede de visitantes de uma empresa exige cadastro, e uma requisição em segundo plano de um app chegou ao portal antes do usuário.

# HTTP 511 Network Authentication Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-511-fix-visitor-1 = Abra qualquer site com `http://` simples, ou o aviso de login na rede do seu dispositivo, para chegar à página de login e entrar.

# HTTP 511 Network Authentication Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-511-fix-visitor-2 = Se a página do portal não aparecer, desligue e ligue o Wi-Fi de novo, ou peça à equipe responsável pela rede o endereço de login.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-1 = Em um portal, responda às requisições HTTP interceptadas com `511`, uma página HTML curta e um link para a página de login, além de `Cache-Control: no-store`.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-2 = Anuncie o portal com a opção 114 do DHCP ou com anúncios de roteador IPv6 (RFC 8910) e implemente a Captive Portal API (RFC 8908), para que os dispositivos o encontrem sem interceptação de tráfego.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-3 = Nos apps, detecte o `511` e diga aos usuários que façam login na rede, em vez de informar uma indisponibilidade do seu serviço.

# HTTP 511 Network Authentication Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-511-vs-401 = O `511` vem da rede e pede ao usuário que faça login nela; o `401` vem do próprio site e pede as credenciais do site.

# HTTP 511 Network Authentication Required compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-511-vs-407 = O `511` é para um portal cativo que intercepta o tráfego; o `407` é para um proxy que o cliente está configurado para usar e ao qual pode responder com `Proxy-Authorization`.
