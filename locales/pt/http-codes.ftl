### HTTP status code descriptions (English, the source language).
### One message per HTTP status code: the one-paragraph description shown under the page title.
### Keep each translation on one line and keep the text between backticks (`Location`, `GET`, `Expect: 100-continue`) unchanged: they are header names, methods and tokens.
### Reason phrases such as Payload Too Large are historical names from the specifications; translate the surrounding text, not those names.

# HTTP 100 Continue: one-paragraph description under the page title.
http-100-description = Uma resposta provisória que informa ao cliente que o servidor recebeu o cabeçalho da requisição e está disposto a aceitar o conteúdo, de modo que o cliente pode prosseguir e enviá-lo. O cliente a solicita enviando `Expect: 100-continue` antes de um upload grande, o que permite ao servidor rejeitar a requisição logo no início, sem que o corpo seja transferido. O código de status final vem depois que a requisição é processada.

# HTTP 101 Switching Protocols: one-paragraph description under the page title.
http-101-description = O servidor aceita mudar a conexão para o protocolo que o cliente pediu no cabeçalho `Upgrade` e indica esse protocolo no seu próprio cabeçalho `Upgrade`. Logo após a linha em branco que encerra esta resposta, os dois lados passam a falar o novo protocolo na mesma conexão. O uso mais comum é abrir uma conexão WebSocket sobre HTTP/1.1; o HTTP/2 e o HTTP/3 não usam esse mecanismo.

# HTTP 102 Processing: one-paragraph description under the page title. The code is still registered although RFC 4918 dropped it; the text says so.
http-102-description = Uma resposta provisória do WebDAV que informa ao cliente que o servidor aceitou uma requisição demorada e ainda está trabalhando nela, para que o cliente não desista por tempo esgotado. A RFC 2518 o definiu, mas a RFC 4918, que substituiu esse documento, o removeu por falta de implementações; o código continua listado no registro da IANA. Servidores novos raramente o enviam, e uma resposta `202 Accepted` com um recurso de status a ser consultado periodicamente é a alternativa habitual para operações longas.

# HTTP 103 Early Hints: one-paragraph description under the page title.
http-103-description = Uma resposta provisória que permite ao servidor enviar cabeçalhos `Link`, normalmente com `rel=preload` ou `rel=preconnect`, antes que a resposta final esteja pronta. O navegador pode começar a carregar folhas de estilo, scripts ou fontes enquanto o servidor ainda gera a página. As dicas são apenas indicativas, a resposta final precisa trazer os próprios cabeçalhos, e alguns navegadores só as levam em conta com HTTP/2 ou versões posteriores.

# HTTP 104 Upload Resumption Supported: one-paragraph description under the page title.
http-104-description = Uma resposta provisória do Internet-Draft de uploads retomáveis: enquanto um upload está chegando, o servidor anuncia que a transferência pode ser retomada e informa, no cabeçalho `Location`, o endereço de um recurso de upload temporário. Se a conexão cair, o cliente pode perguntar a esse recurso quantos bytes chegaram e enviar apenas o restante. O código tem um registro temporário na IANA, vinculado a um rascunho que ainda está mudando, por isso detalhes como o cabeçalho `Upload-Draft-Interop-Version` variam entre versões do rascunho e entre implementações.

# HTTP 200 OK: one-paragraph description under the page title.
http-200-description = A requisição foi bem-sucedida, e o conteúdo da resposta depende do método: a representação solicitada para `GET`, o resultado da ação para `POST` ou apenas cabeçalhos para `HEAD`. É a resposta padrão quando nada mais específico se aplica. Uma resposta `200` pode ser armazenada em cache, a menos que os cabeçalhos indiquem o contrário.

# HTTP 201 Created: one-paragraph description under the page title.
http-201-description = A requisição foi bem-sucedida e criou um ou mais recursos novos, geralmente por meio de um `POST` ou `PUT`. O cabeçalho `Location` aponta para o novo recurso (sem ele, o novo recurso é o próprio alvo da requisição), e o corpo normalmente o descreve. Use este código em vez de `200` quando algo novo passar a existir no servidor.

# HTTP 202 Accepted: one-paragraph description under the page title.
http-202-description = O servidor aceitou a requisição para processamento, mas ainda não a concluiu, e o trabalho ainda pode falhar mais tarde. O HTTP não tem como informar o resultado final depois, por isso a resposta deve descrever o estado atual e indicar ao cliente onde ele pode acompanhar o andamento. É adequado para processamentos em lote, tarefas enfileiradas e outros trabalhos que duram mais do que a conexão.

# HTTP 203 Non-Authoritative Information: one-paragraph description under the page title.
http-203-description = A requisição foi bem-sucedida, mas um proxy de transformação alterou o conteúdo ou os cabeçalhos que recebeu do servidor de origem, por exemplo recomprimindo imagens. O código avisa o cliente de que a resposta não é exatamente o que a origem enviou. Destina-se a intermediários, não a servidores de origem, e de resto é tratado como `200 OK`.

# HTTP 204 No Content: one-paragraph description under the page title.
http-204-description = A requisição foi bem-sucedida e não há nada a devolver: a resposta termina após os cabeçalhos. É comum em `PUT`, `PATCH` e `DELETE` quando o cliente não precisa de uma cópia do resultado, e um navegador que o recebe permanece na página atual. Os cabeçalhos ainda podem trazer metadados, como um `ETag` do recurso atualizado.

# HTTP 205 Reset Content: one-paragraph description under the page title.
http-205-description = A requisição foi bem-sucedida e o cliente deve redefinir a visualização que a enviou, normalmente limpando um formulário para que o usuário possa inserir novos dados. A resposta não pode ter conteúdo. É raro na prática, porque os scripts costumam redefinir os formulários por conta própria.

# HTTP 206 Partial Content: one-paragraph description under the page title.
http-206-description = O servidor está enviando apenas parte da representação, porque o cliente pediu intervalos de bytes com um cabeçalho `Range`. Um único intervalo vem com um cabeçalho `Content-Range` que indica a posição desses bytes e o tamanho total; vários intervalos vêm em um corpo `multipart/byteranges`. É o que torna possíveis a retomada de downloads, o avanço para qualquer ponto de um vídeo e o download paralelo de arquivos grandes.

# HTTP 207 Multi-Status: one-paragraph description under the page title.
http-207-description = Uma resposta WebDAV que informa resultados separados para vários recursos ou operações de uma só vez, em um corpo XML `multistatus`. Cada elemento `response` do corpo traz o próprio código de status, de modo que algumas partes podem ter sucesso enquanto outras falham. O cliente precisa ler o corpo, porque o 207 em si não diz se todas as partes funcionaram.

# HTTP 208 Already Reported: one-paragraph description under the page title.
http-208-description = Usado por servidores WebDAV que suportam vínculos (bindings), dentro de um corpo `207 Multi-Status`, para marcar uma coleção que já foi listada antes na mesma resposta por meio de outro vínculo. Ele impede que uma listagem com `Depth: infinity` enumere os mesmos membros repetidamente. Vem da RFC 5842, publicada como Experimental, e raramente aparece como status de uma resposta inteira.

# HTTP 226 IM Used: one-paragraph description under the page title.
http-226-description = O servidor respondeu a um `GET` que pedia manipulações de instância em um cabeçalho `A-IM`, por exemplo um delta em relação a uma versão que o cliente já tem, e o corpo é o resultado de aplicá-las. O cabeçalho `IM` lista as manipulações usadas, para que o cliente possa reconstruir a versão atual a partir da sua cópia em cache. Essa codificação delta da RFC 3229 teve pouca adoção na web.

# HTTP 300 Multiple Choices: one-paragraph description under the page title.
http-300-description = O recurso de destino tem várias representações, por exemplo em formatos ou idiomas diferentes, e o servidor deixa a escolha para o cliente. O corpo geralmente lista as opções com links, e um cabeçalho `Location` pode indicar a preferida do servidor. É raro na prática, já que a maioria dos servidores escolhe uma representação por negociação de conteúdo.

# HTTP 301 Moved Permanently: one-paragraph description under the page title.
http-301-description = O recurso tem um novo URI permanente, informado no cabeçalho `Location`, e os clientes devem usá-lo daqui em diante; os mecanismos de busca e os favoritos passam para o novo endereço. Por razões históricas, os navegadores podem transformar um `POST` em `GET` ao seguir o redirecionamento, por isso use `308 Permanent Redirect` quando o método precisar ser mantido. A resposta pode ser armazenada em cache por padrão.

# HTTP 302 Found: one-paragraph description under the page title.
http-302-description = O recurso está temporariamente em outro URI, informado no cabeçalho `Location`, e os clientes devem manter o URI original nas requisições seguintes. Assim como no `301`, os navegadores podem transformar um `POST` em `GET` ao seguir o redirecionamento; o `307` mantém o método e o `303` torna explícita a troca para `GET`. É muito usado em fluxos de login e outros redirecionamentos de curta duração.

# HTTP 303 See Other: one-paragraph description under the page title.
http-303-description = O servidor direciona o cliente para outro recurso, informado no cabeçalho `Location`, que ele deve obter com `GET` para ver o resultado da requisição. É a forma padrão de fazer um envio de formulário ou outro `POST` ser seguido por uma página que mostra o resultado, de modo que recarregar a página não reenvie os dados. Não significa que o recurso original tenha mudado de lugar.

# HTTP 304 Not Modified: one-paragraph description under the page title.
http-304-description = O cliente fez uma requisição `GET` ou `HEAD` condicional, com `If-None-Match` ou `If-Modified-Since`, e a cópia dele em cache ainda é válida, por isso o servidor não envia corpo. O cliente reutiliza a resposta armazenada, atualizada com cabeçalhos desta resposta, como `ETag`, `Cache-Control` e `Expires`. Isso economiza banda para recursos que mudam raramente.

# HTTP 305 Use Proxy: one-paragraph description under the page title.
http-305-description = Historicamente, indicava ao cliente que repetisse a requisição através do proxy informado no cabeçalho `Location`. Está descontinuado porque deixar um servidor escolher o proxy do cliente é um risco de segurança, e os clientes não o seguem. Os servidores não devem enviá-lo; os proxies são configurados no lado do cliente.

# HTTP 306 (Unused): one-paragraph description under the page title. Switch Proxy is the name from an old draft; keep it as a name.
http-306-description = Não utilizado: um dos primeiros rascunhos do HTTP/1.1 definia este código como Switch Proxy, para fazer os clientes usarem outro proxy nas requisições seguintes, e a ideia foi abandonada. O código continua reservado para que nunca seja atribuído de novo. Os servidores não devem enviá-lo.

# HTTP 307 Temporary Redirect: one-paragraph description under the page title.
http-307-description = O recurso está temporariamente em outro URI, informado no cabeçalho `Location`, e o cliente deve repetir a requisição lá com o mesmo método e o mesmo conteúdo. Diferentemente do `302`, um `POST` permanece um `POST` no novo URI. As requisições seguintes ainda devem ir para o URI original.

# HTTP 308 Permanent Redirect: one-paragraph description under the page title.
http-308-description = O recurso tem um novo URI permanente, informado no cabeçalho `Location`, e o cliente deve repetir a requisição lá com o mesmo método e o mesmo conteúdo. É o equivalente do `301` que preserva o método, definido primeiro na RFC 7538 e hoje parte da RFC 9110. Os clientes que puderem devem atualizar os seus links e favoritos para o novo URI.

# HTTP 400 Bad Request: one-paragraph description under the page title.
http-400-description = O servidor não vai processar a requisição porque identifica um erro do lado do cliente, como sintaxe malformada, uma linha de requisição inválida ou um corpo que não pode ser interpretado. O cliente deve corrigir a requisição antes de enviá-la de novo. Quando um código mais específico se aplica, como `415` ou `422`, ele é mais útil para o cliente.

# HTTP 401 Unauthorized: one-paragraph description under the page title.
http-401-description = A requisição não tem credenciais válidas para o recurso de destino, seja porque nenhuma foi enviada, seja porque as enviadas foram rejeitadas. A resposta precisa incluir um cabeçalho `WWW-Authenticate` que indique pelo menos um esquema de autenticação que o cliente possa usar, como `Basic` ou `Bearer`. Apesar do nome, trata de autenticação; use `403` quando o cliente é conhecido, mas não tem permissão.

# HTTP 402 Payment Required: one-paragraph description under the page title.
http-402-description = A especificação do HTTP reserva este código para uso futuro e não lhe atribui nenhum significado definido. Algumas APIs e serviços de pagamento o usam para indicar que é necessário um pagamento, uma assinatura ou a compra de cota, mas os clientes não podem contar com nenhum comportamento padrão. Se você o usar, documente o que ele significa na sua API.

# HTTP 403 Forbidden: one-paragraph description under the page title.
http-403-description = O servidor entendeu a requisição, mas recusa a sua execução. Enviar credenciais de novo não adianta: a identidade já conhecida não tem permissão, ou o acesso está bloqueado por outro motivo. Um servidor que queira esconder se o recurso existe pode responder `404` em vez disso.

# HTTP 404 Not Found: one-paragraph description under the page title.
http-404-description = O servidor não tem uma representação atual do recurso de destino ou não quer revelar que ela existe. O código não diz se a ausência é temporária ou permanente; `410 Gone` declara que um recurso foi removido definitivamente. Uma resposta `404` pode ser armazenada em cache por padrão.

# HTTP 405 Method Not Allowed: one-paragraph description under the page title.
http-405-description = O recurso de destino existe, mas não suporta o método da requisição, por exemplo um `DELETE` em um recurso somente leitura. O servidor precisa enviar um cabeçalho `Allow` que liste os métodos que o recurso suporta. Use `501` quando o servidor não reconhece o método para nenhum recurso.

# HTTP 406 Not Acceptable: one-paragraph description under the page title.
http-406-description = O servidor não consegue produzir uma representação que corresponda aos cabeçalhos de negociação do cliente, como `Accept` ou `Accept-Language`. A resposta deve listar as representações disponíveis para que o usuário ou o cliente escolha uma. Muitos servidores ignoram esses cabeçalhos e enviam uma representação padrão em vez de falhar.

# HTTP 407 Proxy Authentication Required: one-paragraph description under the page title.
http-407-description = Como o `401`, mas as credenciais são exigidas por um proxy entre o cliente e o servidor. O proxy precisa enviar um cabeçalho `Proxy-Authenticate` que indique o esquema a usar, e o cliente responde com um cabeçalho `Proxy-Authorization`. Costuma vir de um proxy corporativo ou do provedor de internet, não do site visitado.

# HTTP 408 Request Timeout: one-paragraph description under the page title.
http-408-description = O servidor não recebeu uma requisição completa dentro do tempo que estava disposto a esperar e vai fechar a conexão. O cliente pode enviar a requisição de novo em uma nova conexão. Alguns clientes repetem a requisição automaticamente, por exemplo quando o servidor fechou uma conexão keep-alive ociosa.

# HTTP 409 Conflict: one-paragraph description under the page title.
http-409-description = A requisição entra em conflito com o estado atual do recurso de destino, por exemplo uma edição baseada em uma versão desatualizada ou uma tentativa de criar algo que já existe. O corpo deve explicar o conflito para que o cliente possa resolvê-lo e tentar de novo. É comum em controle de versões, edições concorrentes e restrições de unicidade.

# HTTP 410 Gone: one-paragraph description under the page title.
http-410-description = O recurso existia neste URI e foi removido de propósito, sem endereço de redirecionamento, e o servidor espera que isso seja permanente. Os clientes devem remover links e favoritos para ele, e os mecanismos de busca o retiram do índice. Quando o servidor não sabe dizer se a ausência é permanente, `404` é o código adequado.

# HTTP 411 Length Required: one-paragraph description under the page title.
http-411-description = O servidor recusa a requisição porque ela não tem um cabeçalho `Content-Length`, e o servidor o exige antes de aceitar o conteúdo. O cliente pode tentar de novo com um `Content-Length` válido. Diz respeito sobretudo a uploads HTTP/1.1 enviados com codificação de transferência chunked para servidores que não a aceitam.

# HTTP 412 Precondition Failed: one-paragraph description under the page title.
http-412-description = Uma ou mais condições nos cabeçalhos da requisição, como `If-Match` ou `If-Unmodified-Since`, foram avaliadas como falsas no servidor, por isso a requisição não foi aplicada. Isso protege contra atualizações perdidas quando o recurso mudou depois da última vez que o cliente o obteve. O cliente deve obter a versão atual, conciliar as suas alterações e tentar de novo.

# HTTP 413 Content Too Large: one-paragraph description under the page title.
http-413-description = O conteúdo da requisição é maior do que o servidor está disposto ou é capaz de processar, como um upload acima de um limite de tamanho. Se o limite for temporário, o servidor pode adicionar um cabeçalho `Retry-After`; ele também pode fechar a conexão. A RFC 9110 renomeou o código para Content Too Large; especificações anteriores o chamavam de Payload Too Large e, antes disso, de Request Entity Too Large.

# HTTP 414 URI Too Long: one-paragraph description under the page title.
http-414-description = O URI de destino é mais longo do que o servidor está disposto a interpretar. Isso costuma acontecer quando um formulário que deveria usar `POST` coloca uma grande quantidade de dados na query string de um `GET`, ou quando um loop de redirecionamento faz o URI crescer a cada volta. A RFC 2616 o chamava de Request-URI Too Long.

# HTTP 415 Unsupported Media Type: one-paragraph description under the page title.
http-415-description = O servidor recusa a requisição porque o conteúdo está em um formato que este método e este recurso não suportam, conforme indicado por `Content-Type` ou `Content-Encoding`. Verifique qual tipo de mídia e qual codificação o endpoint espera. Quando o problema é a codificação de conteúdo, a resposta deve incluir um cabeçalho `Accept-Encoding` que liste as codificações aceitas.

# HTTP 416 Range Not Satisfiable: one-paragraph description under the page title.
http-416-description = Nenhum dos intervalos de bytes do cabeçalho `Range` da requisição se sobrepõe à representação atual, por exemplo uma posição inicial além do fim do arquivo. Para intervalos de bytes, o servidor deve enviar um cabeçalho `Content-Range` com um asterisco e o tamanho total, como `bytes */4096`, para que o cliente possa corrigir a requisição. A RFC 2616 o chamava de Requested Range Not Satisfiable.

# HTTP 417 Expectation Failed: one-paragraph description under the page title.
http-417-description = O servidor não consegue atender à expectativa indicada no cabeçalho `Expect` da requisição. A única expectativa definida pelo HTTP é `100-continue`, então isso geralmente significa que um servidor ou intermediário não a suporta, ou que o cabeçalho traz um valor desconhecido. Reenviar a requisição sem o cabeçalho `Expect` normalmente funciona.

# HTTP 418 (Unused): one-paragraph description under the page title. I'm a teapot is the joke name from RFC 2324; keep it as a name or translate it playfully.
http-418-description = Não utilizado e reservado. A RFC 2324, uma especificação de 1º de abril para controlar cafeteiras, o definiu como I'm a teapot (“sou um bule de chá”), e a RFC 7168 estendeu a brincadeira ao chá. A piada se espalhou tanto que a RFC 9110 reserva o código em vez de lhe dar um significado real, a menos que a faixa 4xx um dia se esgote; muitos frameworks ainda o expõem com o nome antigo, mas as APIs não devem depender dele.

# HTTP 421 Misdirected Request: one-paragraph description under the page title.
http-421-description = A requisição chegou a um servidor que não consegue produzir uma resposta para a combinação de esquema e host do URI da requisição. Isso costuma acontecer quando um cliente reutiliza uma conexão HTTP/2 ou HTTP/3 para outro nome de host que o certificado cobre, mas que este servidor não atende. O cliente pode tentar de novo por uma nova conexão, e os proxies não podem enviar este código.

# HTTP 422 Unprocessable Content: one-paragraph description under the page title.
http-422-description = O servidor entende o tipo de conteúdo e o conteúdo da requisição está bem formado, mas ele não consegue processar as instruções que o conteúdo traz, por exemplo um corpo JSON que viola regras de validação. As APIs o usam amplamente para erros de validação, com um corpo que lista os campos inválidos. O WebDAV o definiu como Unprocessable Entity, e a RFC 9110 o trouxe para o próprio HTTP com o nome Unprocessable Content.

# HTTP 423 Locked: one-paragraph description under the page title.
http-423-description = Uma resposta WebDAV: o recurso de origem ou de destino do método está bloqueado, então o método não pode ser aplicado. O cliente precisa enviar o token de bloqueio correspondente em um cabeçalho `If` ou esperar até que o bloqueio seja liberado. O corpo pode indicar a precondição que falhou, como `lock-token-submitted`.

# HTTP 424 Failed Dependency: one-paragraph description under the page title.
http-424-description = Uma resposta WebDAV: o método não pôde ser executado neste recurso porque dependia de outra ação que falhou. Por exemplo, quando uma propriedade de um `PROPPATCH` não pode ser definida, as outras propriedades da mesma requisição são informadas com `424`. Normalmente aparece dentro de um corpo `207 Multi-Status`.

# HTTP 425 Too Early: one-paragraph description under the page title.
http-425-description = O servidor não aceita processar uma requisição que chegou nos dados antecipados (early data) do TLS 1.3, também chamados de 0-RTT, porque um atacante poderia reenviá-la em um ataque de replay. O cliente deve enviar a requisição de novo depois que o handshake TLS for concluído, e os agentes de usuário fazem isso automaticamente. É definido na RFC 8470 e vem de servidores ou intermediários que só aceitam dados antecipados para algumas requisições.

# HTTP 426 Upgrade Required: one-paragraph description under the page title.
http-426-description = O servidor não aceita tratar a requisição com o protocolo atual, mas o fará depois que o cliente mudar para o protocolo indicado no cabeçalho `Upgrade` da resposta. Um caso comum é uma requisição HTTP simples a um endpoint que só aceita conexões WebSocket. O cliente precisa enviar uma nova requisição com um cabeçalho `Upgrade` correspondente.

# HTTP 428 Precondition Required: one-paragraph description under the page title.
http-428-description = O servidor exige que a requisição seja condicional, geralmente com `If-Match`, para evitar atualizações perdidas quando vários clientes editam o mesmo recurso. O cliente deve obter o recurso, ler o `ETag` dele e repetir a alteração com esse valor em `If-Match`. É definido pela RFC 6585.

# HTTP 429 Too Many Requests: one-paragraph description under the page title.
http-429-description = O cliente enviou requisições demais em um determinado intervalo de tempo e está sofrendo limitação de taxa (rate limiting). A resposta pode incluir um cabeçalho `Retry-After` que informe quanto tempo esperar, e o corpo deve explicar o limite. Os clientes devem esperar e espaçar as tentativas, em vez de repetir a requisição imediatamente.

# HTTP 431 Request Header Fields Too Large: one-paragraph description under the page title.
http-431-description = O servidor recusa a requisição porque os campos de cabeçalho são grandes demais, seja um único cabeçalho, seja o conjunto deles. Um cabeçalho `Cookie` grande demais é uma causa frequente, e apagar os cookies do site muitas vezes resolve. Quando um único cabeçalho é o culpado, a resposta deve dizer qual; o código é definido pela RFC 6585.

# HTTP 451 Unavailable For Legal Reasons: one-paragraph description under the page title. Fahrenheit 451 is the title of Ray Bradbury's novel; use its usual title in your language.
http-451-description = O servidor recusa o acesso ao recurso por causa de uma exigência legal, como uma ordem judicial ou um bloqueio governamental. O corpo deve explicar a exigência e quem a fez, e um cabeçalho `Link` com `rel="blocked-by"` pode identificar quem executa o bloqueio. O número é uma referência ao romance Fahrenheit 451.

# HTTP 500 Internal Server Error: one-paragraph description under the page title.
http-500-description = Um erro genérico do servidor: o servidor encontrou uma condição inesperada que o impediu de concluir a requisição. Geralmente indica um bug ou uma exceção não tratada, não um problema na requisição. Verifique os logs do servidor; o cliente pode tentar de novo mais tarde, mas a mesma requisição costuma falhar da mesma forma.

# HTTP 501 Not Implemented: one-paragraph description under the page title.
http-501-description = O servidor não suporta a funcionalidade necessária para atender à requisição, normalmente um método de requisição que ele não reconhece para nenhum recurso. A resposta pode ser armazenada em cache por padrão. Use `405` quando o método é conhecido, mas não é permitido neste recurso específico.

# HTTP 502 Bad Gateway: one-paragraph description under the page title.
http-502-description = Um gateway ou proxy recebeu uma resposta inválida do servidor upstream que contatou ao tratar a requisição. As causas típicas são um servidor de aplicação que caiu, fechou a conexão antes da hora ou enviou cabeçalhos malformados. A correção geralmente está no servidor upstream, não na requisição do cliente.

# HTTP 503 Service Unavailable: one-paragraph description under the page title.
http-503-description = O servidor não consegue tratar a requisição no momento, porque está sobrecarregado ou em manutenção, e espera que a situação seja temporária. Um cabeçalho `Retry-After` pode indicar ao cliente quanto tempo esperar. Os balanceadores de carga também o enviam quando não há nenhum backend saudável disponível.

# HTTP 504 Gateway Timeout: one-paragraph description under the page title.
http-504-description = Um gateway ou proxy não recebeu a tempo uma resposta do servidor upstream de que precisava para concluir a requisição. O upstream pode estar lento, sobrecarregado ou inacessível, ou o tempo limite do proxy pode ser menor do que o trabalho exige. Compare com o `502`, em que uma resposta chegou, mas era inválida.

# HTTP 505 HTTP Version Not Supported: one-paragraph description under the page title.
http-505-description = O servidor não suporta, ou não aceita suportar, a versão principal do HTTP usada na requisição. A resposta deve explicar quais versões o servidor suporta. É raro, porque os clientes normalmente combinam a versão por meio da negociação TLS ou recorrem ao HTTP/1.1.

# HTTP 506 Variant Also Negotiates: one-paragraph description under the page title.
http-506-description = O servidor tem um erro de configuração na negociação de conteúdo: a variante escolhida pela negociação transparente está, ela própria, configurada para negociar, o que criaria um loop. Vem da RFC 2295, uma especificação Experimental de negociação transparente de conteúdo que foi pouco usada. Indica um erro de configuração do servidor, não um problema do cliente.

# HTTP 507 Insufficient Storage: one-paragraph description under the page title.
http-507-description = Uma resposta WebDAV: o servidor não consegue armazenar a representação necessária para concluir a requisição, por exemplo porque o disco ou a cota do usuário está cheio. A condição é considerada temporária. Liberar espaço ou aumentar a cota resolve o problema.

# HTTP 508 Loop Detected: one-paragraph description under the page title.
http-508-description = O servidor interrompeu uma operação porque encontrou um loop infinito ao processar uma requisição com `Depth: infinity`, causado por vínculos (bindings) WebDAV que fazem uma coleção conter a si mesma. A operação inteira falhou. Vem da RFC 5842, publicada como Experimental, e só servidores que implementam vínculos o enviam.

# HTTP 510 Not Extended: one-paragraph description under the page title. Historic is the name of an RFC status category.
http-510-description = Obsoleto. A RFC 2774, o HTTP Extension Framework, usava este código para indicar que a requisição não declarava uma extensão que o servidor exige para acessar o recurso. O framework nunca foi amplamente adotado e a sua RFC passou para o status Historic, por isso a IANA marca o código como obsoleto. Servidores novos não devem enviá-lo.

# HTTP 511 Network Authentication Required: one-paragraph description under the page title.
http-511-description = O cliente precisa se autenticar para obter acesso à rede, normalmente em um portal cativo de hotel, aeroporto ou café. O código vem da rede que intercepta o tráfego, não do site que o usuário queria acessar, e o corpo deve ter um link para a página em que o usuário pode entrar. Servidores de origem não devem enviá-lo, e os caches não podem armazená-lo.
