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
sip-100-tldr = O primeiro servidor SIP do caminho recebeu o seu pedido de chamada e está trabalhando nele; ainda não se sabe mais nada.
# SIP 100 Trying: the paragraph under "What it means".
sip-100-meaning = O 100 Trying é a única resposta provisória puramente salto a salto (hop-by-hop): cada proxy ou agente de usuário que recebe um `INVITE` pode respondê-lo ele mesmo, e os proxies absorvem os 100 que chegam dos servidores seguintes no caminho (downstream) em vez de repassá-los. A função dele é de manutenção do transporte: assim que uma transação de cliente `INVITE` vê qualquer resposta provisória, ela passa ao estado Proceeding, para de retransmitir a requisição sobre UDP (Timer A) e deixa de executar o Timer B de 32 segundos, de modo que uma chamada nunca atendida é encerrada mais tarde pelo Timer C de um proxy ou pela desistência do chamador. A RFC 3261 pede que um proxy stateful envie 100 sempre que não conseguir produzir uma resposta final em até 200 ms. Um 100 normalmente não traz tag To, nunca cria um diálogo e não tem corpo. Para requisições que não são `INVITE`, a RFC 4320 restringe o seu uso: sobre UDP, um elemento não deve enviar 100 antes que o Timer E do cliente chegue a T2, porque um 100 antecipado só desacelera as retransmissões do cliente.
# SIP 100 Trying: common cause 1 of 3, a list item under "Common causes".
sip-100-cause-1 = Um proxy stateful ou um B2BUA, como o Kamailio com o módulo `tm` ou um PBX, responde a cada `INVITE` recebido com 100 antes de começar a roteá-lo.
# SIP 100 Trying: common cause 2 of 3, a list item under "Common causes".
sip-100-cause-2 = O telefone do destinatário envia 100 imediatamente porque preparar o 180 leva mais de 200 ms, por exemplo enquanto ele procura um contato local ou acorda um app móvel.
# SIP 100 Trying: common cause 3 of 3, a list item under "Common causes".
sip-100-cause-3 = Uma chamada que mostra 100 e depois mais nada: o primeiro salto aceitou o `INVITE`, mas o salto seguinte está inacessível ou em silêncio, por isso nenhum 180 nem resposta final jamais volta.
# SIP 100 Trying: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-100-fix-visitor-1 = Nada: o seu telefone trata o 100 Trying sozinho; ele apenas confirma que o primeiro servidor recebeu a chamada.
# SIP 100 Trying: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-1 = Envie 100 imediatamente para cada `INVITE` a que o seu elemento não vai dar uma resposta final em até 200 ms; o `t_relay()` do Kamailio faz isso automaticamente enquanto o parâmetro `auto_inv_100` do `tm` estiver ativado, o que é o padrão.
# SIP 100 Trying: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-2 = Nunca encaminhe um 100 recebido de um servidor seguinte (downstream) e nunca o use para mostrar o andamento ao usuário: para isso, envie 180 ou 183.
# SIP 100 Trying: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-3 = Se as chamadas travam depois do 100, capture as duas pernas com `sngrep` ou `tcpdump -i any -s0 port 5060` para ver o que o próximo salto fez com o `INVITE` encaminhado; o `fr_timer` (sem resposta do próximo salto) e o `fr_inv_timer` (tocando por tempo demais) do Kamailio decidem então quando o chamador recebe um 408.
# SIP 100 Trying: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-4 = Sobre UDP, responda às requisições que não são `INVITE`, como `REGISTER` ou `OPTIONS`, diretamente com a resposta final, e não com um 100 antecipado (RFC 4320).
# SIP 100 Trying compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-180 = Qualquer elemento envia 100 como confirmação de recebimento salto a salto assim que recebe o `INVITE`; só o dispositivo do destinatário envia 180, quando está de fato alertando o usuário.
# SIP 100 Trying compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-183 = O 100 diz apenas que o próximo salto está trabalhando na requisição; o 183 vem de ponta a ponta, do outro lado, e geralmente traz uma resposta SDP para mídia antecipada.
# SIP 100 Trying compared with SIP 181 Call Is Being Forwarded: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-181 = Envie 100 como simples confirmação de recebimento; envie 181 quando o seu elemento redireciona a chamada para outro destino e o chamador deve ficar sabendo.

## SIP 180 Ringing

# SIP 180 Ringing: one-line summary at the top of the explainer (TL;DR).
sip-180-tldr = O telefone para o qual você ligou recebeu a sua chamada e está tocando.
# SIP 180 Ringing: the paragraph under "What it means".
sip-180-meaning = Um 180 informa ao chamador que o agente de usuário chamado está alertando o seu usuário. Os proxies o repassam de volta (upstream) e, como ele traz uma tag To, cria um diálogo antecipado (early dialog) cujo alvo remoto é o `Contact` da resposta. Sem SDP, o telefone do chamador reproduz o seu próprio tom de chamada (ringback); com uma resposta SDP, deve reproduzir em vez disso a mídia que recebe. Um proxy que faz bifurcação (forking) pode devolver vários 180 com tags To diferentes, um diálogo antecipado por dispositivo que toca. A resposta não é confiável, a menos que seja enviada com `Require: 100rel` e confirmada com `PRACK` (RFC 3262), e um UAS que toca por muito tempo precisa repetir uma resposta provisória diferente de 100 a cada minuto, para que os proxies não cancelem a chamada quando o Timer C de 3 minutos deles se esgotar.
# SIP 180 Ringing: common cause 1 of 4, a list item under "Common causes".
sip-180-cause-1 = O telefone ou softphone do destinatário recebeu o `INVITE` e começou a tocar.
# SIP 180 Ringing: common cause 2 of 4, a list item under "Common causes".
sip-180-cause-2 = Um proxy que faz bifurcação ou um grupo de toque (ring group) ofereceu a chamada a vários dispositivos ao mesmo tempo, e cada um deles respondeu com o seu próprio 180.
# SIP 180 Ringing: common cause 3 of 4, a list item under "Common causes".
sip-180-cause-3 = Um gateway PSTN recebeu da rede telefônica uma mensagem ISUP Address Complete ou Q.931 Alerting e a traduziu em 180.
# SIP 180 Ringing: common cause 4 of 4, a list item under "Common causes".
sip-180-cause-4 = Um PBX envia um novo 180 mais ou menos a cada minuto durante um toque longo, para que os proxies do caminho mantenham aberta a transação `INVITE`.
# SIP 180 Ringing: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-180-fix-visitor-1 = Nada: o outro telefone está tocando; espere alguém atender ou desligue.
# SIP 180 Ringing: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-1 = Reproduza um tom de chamada local ao receber um 180 sem SDP e passe para a mídia recebida se um 180 ou 183 trouxer uma resposta SDP; nunca reproduza os dois ao mesmo tempo.
# SIP 180 Ringing: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-2 = Mantenha um estado de diálogo antecipado por tag To, porque chamadas bifurcadas podem trazer 180 de vários dispositivos antes que um deles atenda.
# SIP 180 Ringing: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-3 = Se os chamadores ouvem silêncio em vez do toque, verifique se o seu lado envia um 180 com SDP, mas sem áudio; no Asterisk, `inband_progress = yes` em um endpoint PJSIP faz com que ele envie 183 e um toque in-band em vez de um 180 sem nada.
# SIP 180 Ringing: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-4 = Para um alerta longo, reenvie 180 mais ou menos a cada minuto, ou use respostas provisórias confiáveis com `100rel`, para que nenhum proxy esgote o tempo limite da transação.
# SIP 180 Ringing compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-183 = Envie 180 quando um dispositivo está alertando e o chamador pode gerar o seu próprio tom de chamada; envie 183 com SDP quando a rede ou o destinatário tem áudio para reproduzir antes do atendimento, como um anúncio.
# SIP 180 Ringing compared with SIP 182 Queued: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-182 = O 180 significa que um dispositivo está tocando agora; o 182 significa que nenhum dispositivo está tocando ainda e que a chamada está esperando em uma fila.
# SIP 180 Ringing compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-200 = O 180 deixa a chamada tocando em um diálogo antecipado; o 200 significa que alguém atendeu, e o diálogo é confirmado assim que o chamador envia `ACK`.

## SIP 181 Call Is Being Forwarded

# SIP 181 Call Is Being Forwarded: one-line summary at the top of the explainer (TL;DR).
sip-181-tldr = A chamada está sendo encaminhada para outro número ou dispositivo; continue aguardando.
# SIP 181 Call Is Being Forwarded: the paragraph under "What it means".
sip-181-meaning = Um 181 informa ao chamador que um elemento no caminho redirecionou a chamada, por exemplo aplicando uma regra de encaminhamento de chamadas, e agora está tentando ele mesmo o novo destino. Ao contrário de um 3xx, ele não pede nada ao chamador: a mesma transação `INVITE` continua, e a resposta final virá de onde quer que a chamada termine. Tanto os proxies quanto o UA chamado originalmente podem enviá-lo. Quem encaminhou a chamada, e por quê, não está no próprio 181, mas em `History-Info` (RFC 7044) ou no cabeçalho histórico `Diversion` (RFC 5806), que o `INVITE` encaminhado traz. Como toda resposta provisória acima de 100, ele não é confiável, a menos que seja enviado com `100rel`, por isso os chamadores não devem depender de recebê-lo.
# SIP 181 Call Is Being Forwarded: common cause 1 of 4, a list item under "Common causes".
sip-181-cause-1 = O destinatário configurou o encaminhamento incondicional de chamadas, e o PBX encaminha a chamada para um número de celular ou outro ramal.
# SIP 181 Call Is Being Forwarded: common cause 2 of 4, a list item under "Common causes".
sip-181-cause-2 = Ninguém atendeu dentro do tempo limite de toque, e uma regra de encaminhamento em caso de não atendimento envia a chamada para o correio de voz ou para um colega.
# SIP 181 Call Is Being Forwarded: common cause 3 of 4, a list item under "Common causes".
sip-181-cause-3 = O destinatário está ocupado, e uma regra de encaminhamento em caso de ocupado leva a chamada para outro lugar em vez de retornar 486.
# SIP 181 Call Is Being Forwarded: common cause 4 of 4, a list item under "Common causes".
sip-181-cause-4 = Um serviço de “siga-me” (find-me/follow-me) tenta os dispositivos do usuário um após o outro e informa cada novo alvo com 181.
# SIP 181 Call Is Being Forwarded: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-181-fix-visitor-1 = Nada: continue aguardando; outra pessoa que não aquela para quem você ligou, ou uma caixa postal, pode atender.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-1 = Envie 181 quando o seu proxy ou PBX redirecionar uma chamada, para que os telefones dos chamadores possam mostrar que ela foi encaminhada, e registre o alvo original e o motivo em `History-Info`.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-2 = Em um B2BUA, verifique se o 181 e os dados de `Diversion` ou `History-Info` passam de uma perna para a outra: muitas operadoras precisam deles para tarifar ou filtrar chamadas encaminhadas.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-3 = Não crie lógica no lado do chamador que espere pelo 181: muitos servidores encaminham chamadas sem avisar.
# SIP 181 Call Is Being Forwarded compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-302 = Envie 181 quando o seu próprio servidor encaminha a chamada e continua a tratá-la; retorne 302 quando o próprio chamador deve refazer a chamada para o novo endereço.
# SIP 181 Call Is Being Forwarded compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-180 = O 181 diz que a chamada está seguindo para outro alvo; o 180 vem do alvo que está de fato tocando.
# SIP 181 Call Is Being Forwarded compared with SIP 182 Queued: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-182 = Use 181 para uma chamada que está sendo enviada para outro lugar; use 182 para uma chamada que fica aqui, esperando em uma fila.

## SIP 182 Queued

# SIP 182 Queued: one-line summary at the top of the explainer (TL;DR).
sip-182-tldr = Ninguém pode atender a sua chamada agora, mas ela está esperando em uma fila em vez de ser rejeitada.
# SIP 182 Queued: the paragraph under "What it means".
sip-182-meaning = Um 182 permite que um UAS, como um distribuidor automático de chamadas, segure uma chamada recebida quando ninguém pode atendê-la ainda, em vez de fazê-la falhar com 486. A chamada permanece na mesma transação `INVITE`, e o servidor pode enviar outros 182 com novas frases de motivo, por exemplo “2 calls ahead of you”, à medida que a fila anda. Como são provisórias e não confiáveis, essas atualizações podem se perder, por isso o chamador não deve depender de ver cada uma delas. Os proxies cancelam um `INVITE` que fica três minutos sem resposta (Timer C), então uma fila longa precisa continuar enviando respostas provisórias pelo menos uma vez por minuto. Muitas centrais de atendimento, em vez disso, atendem com 200 e reproduzem anúncios de fila, o que inicia a tarifação, mas garante um caminho de áudio; outras combinam a fila com mídia antecipada em um 183.
# SIP 182 Queued: common cause 1 of 3, a list item under "Common causes".
sip-182-cause-1 = Uma fila de central de atendimento (ACD) não tem nenhum atendente livre e mantém a chamada em espera em vez de retornar ocupado.
# SIP 182 Queued: common cause 2 of 3, a list item under "Common causes".
sip-182-cause-2 = Um grupo de busca (hunt group) ou uma mesa operadora coloca as chamadas em fila enquanto todos os membros estão ao telefone.
# SIP 182 Queued: common cause 3 of 3, a list item under "Common causes".
sip-182-cause-3 = Uma aplicação de fila envia 182 periodicamente com a posição do chamador na frase de motivo.
# SIP 182 Queued: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-182-fix-visitor-1 = Permaneça na linha; a chamada está esperando por uma pessoa livre e será atendida ou encerrada mais tarde.
# SIP 182 Queued: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-1 = Envie 182 a partir da sua aplicação de fila com a posição na frase de motivo e repita-o com menos de um minuto de intervalo, para que os proxies do caminho não esgotem o tempo limite do `INVITE`.
# SIP 182 Queued: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-2 = Se os chamadores em fila devem ouvir música ou anúncios, envie 183 com SDP (mídia antecipada) ou atenda com 200; um 182 sozinho não lhes dá nada para ouvir.
# SIP 182 Queued: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-3 = No lado do chamador, trate o 182 como qualquer outra resposta provisória: mostre o texto dele, se quiser, e continue aguardando a resposta final.
# SIP 182 Queued compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-180 = Envie 182 quando a chamada espera que alguém fique livre; envie 180 quando um dispositivo está tocando agora.
# SIP 182 Queued compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-486 = Coloque a chamada em fila com 182 se você vai entregá-la assim que um atendente ficar livre; rejeite-a com 486 se o destinatário está ocupado e você não vai esperar.
# SIP 182 Queued compared with SIP 181 Call Is Being Forwarded: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-181 = O 182 mantém a chamada neste servidor, em uma fila; o 181 informa que a chamada está sendo enviada para outro alvo.

## SIP 183 Session Progress

# SIP 183 Session Progress: one-line summary at the top of the explainer (TL;DR).
sip-183-tldr = A chamada está em andamento, e você pode ouvir áudio da rede, como um toque ou um anúncio, antes que alguém atenda.
# SIP 183 Session Progress: the paragraph under "What it means".
sip-183-meaning = O 183 transmite informações de andamento que os outros códigos provisórios não expressam e, na prática, quase sempre uma resposta SDP que abre a mídia antecipada, de modo que o chamador ouve tons ou anúncios produzidos pela outra ponta. Um 183 com tag To cria um diálogo antecipado. Em um 183 não confiável, o SDP é uma prévia da resposta que o 200 vai repetir; enviado de forma confiável, com `Require: 100rel` e `RSeq` e confirmado por `PRACK` (RFC 3262), ele conclui sozinho a troca oferta/resposta. A RFC 3960 descreve como um chamador deve escolher entre o tom de chamada local e a mídia antecipada recebida, e, nas redes IMS, o cabeçalho `P-Early-Media` (RFC 5009) diz se a mídia antecipada está autorizada. Um 183 sem corpo é válido, mas diz ao chamador pouco mais do que um 180 diria.
# SIP 183 Session Progress: common cause 1 of 4, a list item under "Common causes".
sip-183-cause-1 = Um gateway PSTN repassa como mídia antecipada tons ou anúncios in-band da rede telefônica, como “o número que você discou não existe”.
# SIP 183 Session Progress: common cause 2 of 4, a list item under "Common causes".
sip-183-cause-2 = A operadora ou o PBX reproduz o seu próprio tom de chamada ou uma música de espera personalizada em vez de deixar o telefone do chamador gerar um.
# SIP 183 Session Progress: common cause 3 of 4, a list item under "Common causes".
sip-183-cause-3 = Uma URA ou plataforma pré-paga reproduz uma mensagem, por exemplo o crédito restante, antes de a chamada ser completada.
# SIP 183 Session Progress: common cause 4 of 4, a list item under "Common causes".
sip-183-cause-4 = Um dialplan do Asterisk chama `Progress()`, ou o FreeSWITCH executa `pre_answer`, para abrir o caminho de áudio antes de atender.
# SIP 183 Session Progress: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-183-fix-visitor-1 = Nada: ouça o que a rede reproduz; se a linha ficar em silêncio por muito tempo, desligue e tente de novo.
# SIP 183 Session Progress: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-1 = Abra o fluxo RTP assim que um 183 trouxer SDP e reproduza o que chegar em vez do tom de chamada local; com vários diálogos antecipados, escolha um como descreve a RFC 3960, em vez de misturá-los.
# SIP 183 Session Progress: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-2 = Para mídia antecipada unidirecional ou ausente, verifique o NAT e os firewalls: a outra ponta envia RTP antes do atendimento, então as aberturas no firewall (pinholes) e a ancoragem de mídia do SBC (rtpengine, RTPProxy) precisam estar prontas a partir do 183.
# SIP 183 Session Progress: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-3 = Envie 183 de forma confiável com `Require: 100rel` quando o chamador listar `100rel` em `Supported`, para que a resposta SDP que ele traz seja confirmada com `PRACK`.
# SIP 183 Session Progress: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-4 = Os gateways geralmente mapeiam uma mensagem ISDN Progress com o indicador “in-band information available” para 183 com SDP; verifique esse mapeamento se os anúncios da PSTN nunca chegam aos seus chamadores.
# SIP 183 Session Progress compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-180 = Envie 183 com SDP quando o chamador deve ouvir mídia produzida pela rede; envie 180 quando um dispositivo está tocando e o telefone do chamador pode gerar o seu próprio tom de chamada.
# SIP 183 Session Progress compared with SIP 199 Early Dialog Terminated: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-199 = O 183 abre ou atualiza um diálogo antecipado, muitas vezes com mídia; o 199 informa ao chamador que um desses diálogos antecipados terminou.
# SIP 183 Session Progress compared with SIP 100 Trying: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-100 = O 183 trafega de ponta a ponta e geralmente abre a mídia antecipada; o 100 é uma confirmação de recebimento local do próximo salto e nunca traz SDP.

## SIP 199 Early Dialog Terminated

# SIP 199 Early Dialog Terminated: one-line summary at the top of the explainer (TL;DR).
sip-199-tldr = Um dos dispositivos aos quais a sua chamada foi oferecida saiu antes de a chamada ser atendida; a chamada em si continua.
# SIP 199 Early Dialog Terminated: the paragraph under "What it means".
sip-199-meaning = Quando um proxy bifurca um `INVITE`, o chamador pode ter vários diálogos antecipados, um para cada dispositivo que enviou uma resposta provisória com tag To. Sem a RFC 6228, o chamador só fica sabendo que um ramo falhou quando chega a resposta final e, enquanto isso, mantém fluxos de mídia antecipada e outros recursos para ramos mortos. Um proxy que faz bifurcação e recebe uma resposta final não 2xx em um ramo, ou um UAS que encerra um dos seus próprios diálogos antecipados, pode enviar um 199 com a tag To desse diálogo, para que o chamador possa liberar o que pertence a ele. O suporte é opcional (opt-in): ninguém envia 199 a menos que o `INVITE` traga `Supported: 199`. Um 199 pode incluir um cabeçalho `Reason` (RFC 3326) com a resposta final que encerrou o ramo e não pode trazer uma oferta nem uma resposta SDP. A transação `INVITE` continua aberta: o chamador ainda espera uma resposta final dos ramos restantes.
# SIP 199 Early Dialog Terminated: common cause 1 of 3, a list item under "Common causes".
sip-199-cause-1 = Uma chamada bifurcada tocou em três dispositivos, e um deles a rejeitou com 486 ou 603 enquanto os outros ainda estão tocando.
# SIP 199 Early Dialog Terminated: common cause 2 of 3, a list item under "Common causes".
sip-199-cause-2 = Um ramo que tinha enviado 183 com mídia antecipada falhou ou foi cancelado pelo proxy que faz bifurcação, por exemplo quando o temporizador desse ramo expirou.
# SIP 199 Early Dialog Terminated: common cause 3 of 3, a list item under "Common causes".
sip-199-cause-3 = Um UAS que criou vários diálogos antecipados para um mesmo `INVITE` encerra os que não vai usar antes de enviar a sua resposta final.
# SIP 199 Early Dialog Terminated: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-199-fix-visitor-1 = Nada: a chamada ainda está tocando em outro lugar, e o seu telefone trata o aviso sozinho.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-1 = Adicione `Supported: 199` aos `INVITE`s que você envia se o seu cliente consegue liberar recursos por diálogo, como portas de gateway de mídia ou transcodificadores; sem ele, ninguém lhe envia 199.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-2 = Ao receber um 199, pare de reproduzir a mídia antecipada da tag To que ele indica e libere as portas RTP dela, mas mantenha vivos a transação `INVITE` e os outros diálogos antecipados.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-3 = Em um proxy que faz bifurcação, gere 199 apenas para chamadores que anunciaram suporte, inclua um cabeçalho `Reason` com o código final do ramo e nunca o envie depois da resposta final.
# SIP 199 Early Dialog Terminated compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-183 = Envie 199 quando um diálogo antecipado termina antes da resposta final; envie 183 para abrir ou atualizar um diálogo antecipado, geralmente com mídia.
# SIP 199 Early Dialog Terminated compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-487 = O 199 encerra um diálogo antecipado enquanto a chamada continua; o 487 encerra o `INVITE` inteiro porque ele foi cancelado.
# SIP 199 Early Dialog Terminated compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-180 = O 199 informa que um ramo que tocava parou; o 180 informa que um ramo começou a tocar.

## SIP 200 OK

# SIP 200 OK: one-line summary at the top of the explainer (TL;DR).
sip-200-tldr = A requisição funcionou: no caso de uma chamada, o outro lado atendeu; no caso de um registro, o servidor armazenou o endereço do seu telefone.
# SIP 200 OK: the paragraph under "What it means".
sip-200-meaning = O 200 é a resposta de sucesso genérica, e o que ele confirma depende do método. Para um `INVITE`, ele traz a resposta SDP (ou a oferta, se o `INVITE` não tinha nenhuma) e confirma o diálogo, o que o chamador precisa reconhecer de ponta a ponta com `ACK`; o UAS retransmite o 200, começando em T1 e espaçando até T2, até esse `ACK` chegar, e encerra a chamada com `BYE` se nenhum chegar em 64*T1. Para um `REGISTER`, o registrador lista em cabeçalhos `Contact` todos os vínculos atuais do endereço de registro (address of record), cada um com o valor `expires` concedido, que pode ser menor do que o pedido. Para `OPTIONS`, ele anuncia as capacidades em `Allow`, `Accept` e `Supported` e, para `BYE`, `CANCEL`, `SUBSCRIBE` ou `REFER`, simplesmente confirma a requisição. Desde a RFC 6665 e a RFC 7647, o 200 também substitui o 202, descontinuado, como resposta a um `SUBSCRIBE` ou `REFER` aceito.
# SIP 200 OK: common cause 1 of 4, a list item under "Common causes".
sip-200-cause-1 = O destinatário atendeu, então o dispositivo dele respondeu ao `INVITE` com 200 e o seu SDP.
# SIP 200 OK: common cause 2 of 4, a list item under "Common causes".
sip-200-cause-2 = O `REGISTER` de um telefone, com credenciais válidas, foi aceito pelo registrador depois do desafio digest.
# SIP 200 OK: common cause 3 of 4, a list item under "Common causes".
sip-200-cause-3 = Uma ferramenta de monitoramento, um SBC ou um balanceador de carga enviou `OPTIONS` como keepalive, e o servidor respondeu que está ativo.
# SIP 200 OK: common cause 4 of 4, a list item under "Common causes".
sip-200-cause-4 = Um `BYE` ou `CANCEL` foi processado, o que confirma que a chamada terminou ou que o `INVITE` pendente está sendo interrompido.
# SIP 200 OK: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-200-fix-visitor-1 = Nada: a chamada está conectada ou o seu telefone está registrado, que é o que você queria.
# SIP 200 OK: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-1 = Envie `ACK` para cada 200 a um `INVITE`, inclusive os 200 extras de outros ramos bifurcados, e encerre cada diálogo extra com `BYE` se você mantiver apenas uma chamada.
# SIP 200 OK: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-2 = Depois de um 200 a um `REGISTER`, leia o valor `expires` do seu próprio `Contact` e renove o registro antes que ele se esgote; se o seu contato estiver ausente ou mostrar outro endereço, um NAT ou um SIP ALG o reescreveu.
# SIP 200 OK: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-3 = Construa o diálogo a partir do 200: o alvo remoto é o `Contact` dele, o conjunto de rotas (route set) são os cabeçalhos `Record-Route` dele em ordem inversa, e um cabeçalho `Session-Expires` define o intervalo de renovação do temporizador de sessão.
# SIP 200 OK: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-4 = Envie 200, e não 202, quando o seu notificador aceitar um `SUBSCRIBE` ou o seu UA aceitar um `REFER`.
# SIP 200 OK compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-202 = Envie 200 para um `SUBSCRIBE` ou `REFER` aceito; o 202 está descontinuado para ambos, e os destinatários o tratam como 200 de qualquer forma.
# SIP 200 OK compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-204 = Responda a um `SUBSCRIBE` com 200 quando um `NOTIFY` com o estado vier em seguida; responda com 204 apenas quando a tag de `Suppress-If-Match` corresponder e esse `NOTIFY` for omitido.
# SIP 200 OK compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-180 = O 200 é uma resposta final que confirma a chamada; o 180 diz apenas que o dispositivo do destinatário está tocando.

## SIP 202 Accepted

# Deprecated code: keep the word Deprecated at the start of the summary; the page warns that new implementations no longer send it.
# SIP 202 Accepted: one-line summary at the top of the explainer (TL;DR).
sip-202-tldr = Descontinuado: a requisição foi aceita, à maneira antiga; os softwares SIP atuais respondem 200 OK em vez disso.
# SIP 202 Accepted: the paragraph under "What it means".
sip-202-meaning = O 202 respondia antigamente a um `SUBSCRIBE` cuja autorização ainda estava pendente (RFC 3265), e a RFC 3515 fez dele a resposta habitual a um `REFER`, indicando que o pedido de transferência tinha sido aceito e que o resultado viria em requisições `NOTIFY`. A RFC 6665 o descontinuou para assinaturas porque ele não dizia ao assinante nada que o primeiro `NOTIFY` não diga no seu cabeçalho `Subscription-State` (`pending` ou `active`), e a RFC 7647 fez o mesmo para `REFER`. Os notificadores e os destinatários de REFER agora precisam enviar 200, e todo receptor precisa tratar um 202 exatamente como um 200. O código continua registrado, e telefones e PBXs mais antigos ainda o enviam, sobretudo em resposta a `REFER` durante transferências de chamadas.
# SIP 202 Accepted: common cause 1 of 3, a list item under "Common causes".
sip-202-cause-1 = Um telefone ou PBX mais antigo, escrito com base na RFC 3265 ou na RFC 3515, responde com 202 a um `REFER` de transferência cega ou assistida.
# SIP 202 Accepted: common cause 2 of 3, a list item under "Common causes".
sip-202-cause-2 = Um servidor legado de presença ou de notificação de correio de voz responde a `SUBSCRIBE` com 202 enquanto a assinatura aguarda a autorização do usuário.
# SIP 202 Accepted: common cause 3 of 3, a list item under "Common causes".
sip-202-cause-3 = Uma biblioteca SIP ou um script de teste ainda retorna um 202 fixo no código para `REFER` ou `SUBSCRIBE`.
# SIP 202 Accepted: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-202-fix-visitor-1 = Nada: o seu telefone trata isto como um sucesso comum, e uma transferência que o usa continua funcionando.
# SIP 202 Accepted: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-1 = Envie 200 em vez de 202 quando aceitar um `SUBSCRIBE` ou `REFER` e informe a autorização pendente com `Subscription-State: pending` no primeiro `NOTIFY`.
# SIP 202 Accepted: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-2 = Aceite o 202 de pares mais antigos e processe-o exatamente como um 200: um cliente que espera especificamente um 200 quebra as transferências com PBXs mais antigos.
# SIP 202 Accepted: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-3 = Acompanhe o andamento da transferência pelas requisições `NOTIFY` com corpos `message/sipfrag` que chegam depois, e não pelo código de resposta ao `REFER`.
# SIP 202 Accepted compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-200 = O 202 está descontinuado: envie 200 para um `SUBSCRIBE` ou `REFER` aceito e apenas tolere o 202 quando ele vier de pares legados.
# SIP 202 Accepted compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-204 = Um não substitui o outro: o 204 responde a um `SUBSCRIBE` cujo estado o assinante já tem, enquanto o 202 é uma aceitação obsoleta que hoje deveria ser um 200.
# SIP 202 Accepted compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-489 = O 202, hoje substituído pelo 200, aceita uma assinatura ou uma transferência; o 489 recusa uma assinatura porque o pacote de eventos dela é desconhecido.

## SIP 204 No Notification

# SIP 204 No Notification: one-line summary at the top of the explainer (TL;DR).
sip-204-tldr = A sua assinatura foi criada ou renovada, e nenhuma notificação vem em seguida porque você já tem o estado atual.
# SIP 204 No Notification: the paragraph under "What it means".
sip-204-meaning = A RFC 5839 permite que um assinante evite receber duas vezes o mesmo estado de evento. Cada `NOTIFY` pode trazer uma tag de entidade (entity tag) em `SIP-ETag`; quando o assinante envia depois um `SUBSCRIBE` para criar ou renovar uma assinatura, ele pode colocar a última tag que viu em `Suppress-If-Match`, ou `*` para corresponder a qualquer tag. Se o estado atual do notificador ainda tem essa tag, ele responde 204 e omite o `NOTIFY` que, do contrário, enviaria imediatamente; a assinatura, com a duração indicada em `Expires`, fica ativa exatamente como depois de um 200. As mudanças de estado posteriores são notificadas normalmente. Um notificador que não implementa a RFC 5839 ignora o cabeçalho desconhecido e responde 200, seguido de um `NOTIFY` completo, por isso os assinantes precisam tratar os dois resultados.
# SIP 204 No Notification: common cause 1 of 3, a list item under "Common causes".
sip-204-cause-1 = Um assinante de presença ou de BLF renovou a sua assinatura com `Suppress-If-Match` definido como o `SIP-ETag` do último `NOTIFY`, e o estado não mudou desde então.
# SIP 204 No Notification: common cause 2 of 3, a list item under "Common causes".
sip-204-cause-2 = Um cliente refez a assinatura depois de reiniciar usando uma tag de entidade guardada em cache, e o estado do recurso observado continua o mesmo.
# SIP 204 No Notification: common cause 3 of 3, a list item under "Common causes".
sip-204-cause-3 = Um assinante enviou `Suppress-If-Match: *` para renovar a assinatura sem receber o estado de novo.
# SIP 204 No Notification: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-204-fix-visitor-1 = Nada: o seu telefone já mostra a presença ou o estado de linha corretos.
# SIP 204 No Notification: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-1 = Guarde o `SIP-ETag` de cada `NOTIFY` e envie-o em `Suppress-If-Match` ao renovar, economizando a cada vez um `NOTIFY` e o seu corpo.
# SIP 204 No Notification: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-2 = Como notificador, compare a tag com a tag de entidade do estado atual e envie 204 com um cabeçalho `Expires` apenas quando houver correspondência exata; caso contrário, responda 200 e envie o `NOTIFY`.
# SIP 204 No Notification: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-3 = Não o mapeie para o HTTP 204 No Content em gateways, logs ou dashboards: é um sucesso condicional, mais próximo do HTTP 304.
# SIP 204 No Notification compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-200 = Responda 204 quando a tag do assinante ainda corresponde e nenhum `NOTIFY` é necessário; responda 200 em todos os outros casos de sucesso.
# SIP 204 No Notification compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-202 = Envie 204 para um `SUBSCRIBE` condicional cuja tag corresponde; nunca envie 202, que a RFC 6665 descontinuou em favor do 200.
# SIP 204 No Notification compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-489 = O 204 significa que a assinatura teve sucesso sem uma nova notificação; o 489 significa que ela foi recusada porque o pacote de eventos é desconhecido.

## SIP 300 Multiple Choices

# SIP 300 Multiple Choices: one-line summary at the top of the explainer (TL;DR).
sip-300-tldr = A pessoa para quem você ligou pode ser encontrada em vários endereços, e o seu telefone, ou você, precisa escolher um.
# SIP 300 Multiple Choices: the paragraph under "What it means".
sip-300-meaning = Um servidor de redirecionamento retorna 300 quando o Request-URI corresponde a mais de uma localização e as lista em cabeçalhos `Contact`, de preferência com valores `q` entre 0 e 1 que as classificam. O servidor não as tenta ele mesmo: o chamador, ou um proxy que segue redirecionamentos recursivamente, envia uma nova requisição a uma ou mais delas em uma nova transação de cliente. A RFC 3261 deixa a escolha ao cliente, que pode tentar os endereços na ordem de `q`, bifurcar para vários ao mesmo tempo ou mostrá-los ao usuário; um corpo pode descrever as opções, mas não tem formato padrão. Os contatos já tentados, ou que levam de volta ao alvo original, devem ser ignorados para que os redirecionamentos não entrem em loop.
# SIP 300 Multiple Choices: common cause 1 of 3, a list item under "Common causes".
sip-300-cause-1 = Um usuário tem vários dispositivos ou números registrados (escritório, casa, celular), e o servidor de redirecionamento retorna todos eles em vez de ele mesmo bifurcar a chamada.
# SIP 300 Multiple Choices: common cause 2 of 3, a list item under "Common causes".
sip-300-cause-2 = Um serviço de redirecionamento baseado em diretório ou em ENUM encontrou vários URIs para o número discado.
# SIP 300 Multiple Choices: common cause 3 of 3, a list item under "Common causes".
sip-300-cause-3 = Um provedor SIP usa um servidor de redirecionamento para o roteamento de menor custo (least-cost routing) e lista vários gateways de operadoras classificados por `q`.
# SIP 300 Multiple Choices: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-300-fix-visitor-1 = Se o seu telefone mostrar uma lista de endereços, escolha um; caso contrário, nada: o seu telefone ou o seu provedor os tenta por você.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-1 = Trate os 3xx no seu proxy em vez de repassá-los a telefones que não sabem fazê-lo: no Kamailio ou no OpenSIPS, carregue o `uac_redirect`, chame `get_redirects()` na `failure_route` e encaminhe a chamada de novo.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-2 = Ordene os contatos por `q`, tente-os um após o outro ou em paralelo, ignore os já tentados e limite o número de redirecionamentos seguidos por chamada.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-3 = Quando enviar 300, dê a cada `Contact` um valor `q` e deixe de fora os endereços que o chamador não consegue alcançar, como endereços IP privados.
# SIP 300 Multiple Choices compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-301 = Retorne 300 quando existem vários endereços atuais e o chamador precisa escolher; retorne 301 quando um único endereço novo substitui o antigo de vez.
# SIP 300 Multiple Choices compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-302 = Use 300 para uma escolha entre várias localizações; use 302 para uma única localização temporária na qual tentar de novo.
# SIP 300 Multiple Choices compared with SIP 485 Ambiguous: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-485 = O 300 lista várias localizações de um mesmo usuário; o 485 diz que o endereço corresponde a vários usuários diferentes e que o chamador precisa escolher a pessoa certa.

## SIP 301 Moved Permanently

# SIP 301 Moved Permanently: one-line summary at the top of the explainer (TL;DR).
sip-301-tldr = A pessoa para quem você ligou tem um novo endereço permanente, e o seu telefone deve ligar para ele em vez do antigo.
# SIP 301 Moved Permanently: the paragraph under "What it means".
sip-301-meaning = Um 301 diz que o Request-URI não leva mais ao usuário, e o seu cabeçalho `Contact` indica o endereço que o substitui. O chamador, ou um proxy que segue redirecionamentos recursivamente, envia uma nova requisição a esse endereço e, como a mudança é permanente, também deve atualizar qualquer cópia armazenada do antigo: agendas de contatos, discagens rápidas, caches de roteamento. É muito mais raro do que o 302, já que a maior parte do encaminhamento SIP é temporária e depende das configurações atuais de um usuário. Quando o servidor sabe que o usuário foi embora, mas não tem um novo endereço, a resposta certa é 410, e não um 301 sem `Contact`.
# SIP 301 Moved Permanently: common cause 1 of 3, a list item under "Common causes".
sip-301-cause-1 = Um usuário mudou para outro domínio ou provedor, e o domínio antigo ainda responde com o novo endereço.
# SIP 301 Moved Permanently: common cause 2 of 3, a list item under "Common causes".
sip-301-cause-2 = Um ramal ou um nome de usuário SIP foi renomeado durante a migração de um PBX, e o URI antigo aponta para o novo.
# SIP 301 Moved Permanently: common cause 3 of 3, a list item under "Common causes".
sip-301-cause-3 = Uma empresa fundiu dois domínios SIP, e o domínio desativado redireciona permanentemente todos os usuários.
# SIP 301 Moved Permanently: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-301-fix-visitor-1 = Se o seu telefone mostrar o novo endereço, atualize o contato na sua agenda com ele e use-o daqui em diante.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-1 = Siga o `Contact` de um 301 uma vez por chamada e atualize os URIs armazenados (agenda de contatos, discagens rápidas, banco de dados de roteamento), para que as próximas chamadas vão direto ao novo endereço.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-2 = Confira o novo URI com a sua política de discagem antes de segui-lo, porque um redirecionamento forjado poderia levar os chamadores a destinos tarifados (premium) ou hostis.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-3 = Continue respondendo 301 para os URIs antigos por tempo suficiente para que os chamadores se atualizem e, depois, passe a usar 410 ou 404.
# SIP 301 Moved Permanently compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-302 = Use 301 quando o endereço antigo foi desativado de vez; use 302 quando o usuário está em outro lugar apenas por enquanto.
# SIP 301 Moved Permanently compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-410 = Envie 301 quando você conhece o novo endereço do usuário; envie 410 quando o usuário foi embora e nenhum endereço novo é conhecido.
# SIP 301 Moved Permanently compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-300 = O 301 indica um único endereço novo e permanente; o 300 oferece vários endereços atuais entre os quais escolher.

## SIP 302 Moved Temporarily

# SIP 302 Moved Temporarily: one-line summary at the top of the explainer (TL;DR).
sip-302-tldr = A pessoa para quem você ligou pode ser encontrada em outro endereço por enquanto, e o seu telefone ou o seu provedor vai tentar lá.
# SIP 302 Moved Temporarily: the paragraph under "What it means".
sip-302-meaning = Um 302 entrega ao chamador um ou mais endereços temporários em `Contact` e deixa para ele, ou para um proxy que segue redirecionamentos recursivamente, o envio de um novo `INVITE` para lá. O Request-URI original continua válido: o redirecionamento vale pelo tempo indicado por um parâmetro `expires` no `Contact` ou por um cabeçalho `Expires`, ou apenas para esta chamada se nenhum dos dois estiver presente, por isso não deve ser armazenado como uma mudança permanente. Os servidores de redirecionamento usam o 302 para aplicar o encaminhamento de chamadas e para responder a consultas de roteamento, como portabilidade numérica ou roteamento de menor custo, sem permanecer no caminho da sinalização. As informações de encaminhamento costumam ser adicionadas em `Diversion` ou `History-Info`, para que o novo alvo saiba quem encaminhou a chamada.
# SIP 302 Moved Temporarily: common cause 1 of 3, a list item under "Common causes".
sip-302-cause-1 = O destinatário configurou o encaminhamento de chamadas para um número de celular, e o PBX ou o provedor o implementa redirecionando o chamador em vez de encaminhar ele mesmo a chamada.
# SIP 302 Moved Temporarily: common cause 2 of 3, a list item under "Common causes".
sip-302-cause-2 = Um servidor de redirecionamento usado para roteamento ou portabilidade numérica responde a cada consulta com um 302 que indica a operadora ou o gateway a usar.
# SIP 302 Moved Temporarily: common cause 3 of 3, a list item under "Common causes".
sip-302-cause-3 = O dialplan de um PBX desvia uma chamada não atendida com um redirecionamento, por exemplo com o `Transfer()` do Asterisk em um canal PJSIP que ainda não foi atendido.
# SIP 302 Moved Temporarily: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-302-fix-visitor-1 = Nada: o seu telefone ou o seu provedor segue o redirecionamento; se a chamada ainda falhar, peça à pessoa para quem você ligou o número atual dela.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-1 = Garanta que o seu lado siga o 302: no Asterisk, escolha o `redirect_method` do endpoint PJSIP e, no Kamailio ou no OpenSIPS, chame `get_redirects()` do `uac_redirect` na `failure_route`.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-2 = Respeite o `expires`: guarde um redirecionamento em cache por no máximo o tempo que ele permite e nunca trate um 302 como uma mudança de endereço permanente.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-3 = Limite o número de 302 seguidos por chamada e confira cada alvo com a sua política de discagem, para que um redirecionamento forjado ou em loop não possa causar fraude telefônica (toll fraud).
# SIP 302 Moved Temporarily compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-301 = Envie 302 enquanto o endereço original continua funcionando em geral; envie 301 apenas quando ele foi substituído de vez.
# SIP 302 Moved Temporarily compared with SIP 305 Use Proxy: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-305 = Use 302 para mandar o chamador a outro endereço do usuário; use 305 apenas para dizer a ele por qual proxy passar para chegar ao mesmo endereço.
# SIP 302 Moved Temporarily compared with SIP 380 Alternative Service: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-380 = O 302 aponta para outro endereço do mesmo usuário; o 380 diz que a chamada falhou, mas que existe um serviço alternativo, como o correio de voz ou as chamadas de emergência.

## SIP 305 Use Proxy

# SIP 305 Use Proxy: one-line summary at the top of the explainer (TL;DR).
sip-305-tldr = A sua chamada precisa passar por um proxy específico, indicado na resposta, e deve ser enviada de novo por esse caminho.
# SIP 305 Use Proxy: the paragraph under "What it means".
sip-305-meaning = Um 305 informa ao chamador que o recurso pedido só pode ser alcançado através do proxy indicado no cabeçalho `Contact`. O chamador reenvia a requisição com esse proxy como próximo salto, normalmente adicionando-o como `Route`, e mantém o mesmo Request-URI. A RFC 3261 só permite que servidores de agente de usuário gerem o 305, nunca proxies, para que um intermediário não possa fazer os chamadores passarem por um proxy escolhido por ele. O suporte é irregular: muitos telefones e PBXs ignoram o 305 ou o tratam como uma falha comum. O seu homônimo no HTTP foi descontinuado, mas nenhuma especificação SIP retirou o código SIP.
# SIP 305 Use Proxy: common cause 1 of 3, a list item under "Common causes".
sip-305-cause-1 = Um dispositivo ou gateway só aceita chamadas que chegam pelo proxy da própria organização, por exemplo por motivos de contabilização ou de segurança, e o chamador chegou até ele diretamente.
# SIP 305 Use Proxy: common cause 2 of 3, a list item under "Common causes".
sip-305-cause-2 = Um UA dentro de uma rede corporativa exige que o tráfego venha pelo proxy de borda, onde as políticas são aplicadas.
# SIP 305 Use Proxy: common cause 3 of 3, a list item under "Common causes".
sip-305-cause-3 = Um servidor legado ou de teste usa o 305 onde um cabeçalho `Route` ou a configuração de DNS deveria ter apontado o chamador para o proxy desde o início.
# SIP 305 Use Proxy: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-305-fix-visitor-1 = Não há nada que você possa mudar durante a chamada; se continuar falhando, pergunte ao seu provedor qual proxy de saída (outbound proxy) o seu telefone deve usar.
# SIP 305 Use Proxy: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-1 = Se você enviar 305, faça isso apenas a partir de um UAS e coloque em `Contact` o URI completo do proxy, com `;lr` e parâmetros de transporte quando necessário.
# SIP 305 Use Proxy: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-2 = Se o seu UA receber 305, reenvie a requisição por esse proxy usando um cabeçalho `Route`, depois de verificar que o proxy é confiável.
# SIP 305 Use Proxy: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-3 = Em vez disso, configure o proxy de saída, por exemplo o `outbound_proxy` em um endpoint PJSIP do Asterisk ou a configuração de proxy de saída do telefone, para que o 305 nunca seja necessário.
# SIP 305 Use Proxy compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-302 = Envie 305 quando o alvo continua o mesmo, mas precisa ser alcançado através de um determinado proxy; envie 302 quando o próprio endereço do alvo muda.
# SIP 305 Use Proxy compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-301 = O 305 muda o caminho até o recurso; o 301 muda o próprio endereço do recurso, de forma permanente.
# SIP 305 Use Proxy compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-407 = O 305 diz que o chamador veio pelo caminho errado e precisa usar um determinado proxy; o 407 diz que ele veio pelo caminho certo, mas que esse proxy quer as credenciais dele.

## SIP 380 Alternative Service

# SIP 380 Alternative Service: one-line summary at the top of the explainer (TL;DR).
sip-380-tldr = A chamada não pôde ser completada como foi discada, mas outro serviço, como o correio de voz ou uma linha de emergência, pode ser usado em vez disso.
# SIP 380 Alternative Service: the paragraph under "What it means".
sip-380-meaning = O 380 informa ao chamador que a chamada falhou, mas que há um serviço alternativo disponível. A RFC 3261 diz que as alternativas são descritas no corpo, sem definir um formato, por isso o seu significado prático vem da especificação que o usa. O principal uso real está no IMS (3GPP TS 24.229): quando a rede detecta que uma chamada normal foi feita para um número de emergência, ela responde 380 com um corpo `application/3gpp-ims+xml` cujo elemento `alternative-service` diz ao aparelho para tentar de novo como chamada de emergência, depois de um registro de emergência, se necessário. Fora desses perfis, um 380 pode trazer apenas um `Contact`, por exemplo apontando para o correio de voz, e o chamador decide se o segue.
# SIP 380 Alternative Service: common cause 1 of 3, a list item under "Common causes".
sip-380-cause-1 = Um celular discou um número de emergência como se fosse uma chamada comum, e a rede IMS pede que ele tente de novo como chamada de emergência.
# SIP 380 Alternative Service: common cause 2 of 3, a list item under "Common causes".
sip-380-cause-2 = O destinatário não pode atender a chamada, e o servidor indica ao chamador o correio de voz ou um serviço de mensagens em vez disso.
# SIP 380 Alternative Service: common cause 3 of 3, a list item under "Common causes".
sip-380-cause-3 = Um servidor aplica um perfil específico de uma operadora que descreve a alternativa em um corpo XML, que os telefones SIP genéricos não entendem e mostram como uma falha.
# SIP 380 Alternative Service: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-380-fix-visitor-1 = Se você ligou para um número de emergência e a chamada falhou, disque de novo imediatamente; o telefone geralmente tenta de novo sozinho como chamada de emergência.
# SIP 380 Alternative Service: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-1 = Em um equipamento de usuário IMS, interprete o corpo `application/3gpp-ims+xml` e, quando ele pedir tratamento de emergência, tente de novo como chamada de emergência para o URI `urn:service:sos` correspondente.
# SIP 380 Alternative Service: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-2 = Quando enviar 380 fora do IMS, inclua um `Contact` e um formato de corpo que os seus clientes consigam processar; caso contrário, eles só poderão tratá-lo como uma falha.
# SIP 380 Alternative Service: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-3 = Registre no log o corpo completo do 380 no lado do chamador, porque a alternativa só é descrita ali.
# SIP 380 Alternative Service compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-302 = Envie 380 quando a chamada pedida falhou e você sugere outro tipo de serviço; envie 302 quando o mesmo usuário está simplesmente em outro endereço.
# SIP 380 Alternative Service compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-300 = O 380 oferece um serviço alternativo; o 300 oferece várias localizações do mesmo destinatário.
# SIP 380 Alternative Service compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-480 = Use 380 quando você pode indicar ao chamador um serviço alternativo; use 480 quando o destinatário simplesmente não está disponível agora e nada mais é oferecido.

## SIP 400 Bad Request

# SIP 400 Bad Request: one-line summary at the top of the explainer (TL;DR).
sip-400-tldr = O servidor não conseguiu entender a sua requisição porque algo nela está malformado ou faltando.
# SIP 400 Bad Request: the paragraph under "What it means".
sip-400-meaning = O 400 é o código genérico para requisições que violam a sintaxe SIP ou omitem algo obrigatório: a falta de `Via`, `From`, `To`, `Call-ID`, `CSeq` ou `Max-Forwards`, um método em `CSeq` diferente do da linha de requisição, um `Content-Length` que não corresponde ao corpo ou um URI impossível de interpretar. A RFC 3261 incentiva os servidores a indicar a falha exata na frase de motivo, por exemplo “Missing Call-ID”, e alguns adicionam um cabeçalho `Warning`, por isso leia os dois antes de qualquer outra coisa. O cliente precisa corrigir a requisição; enviá-la sem alterações vai falhar da mesma forma. Existem códigos mais específicos para algumas falhas, como o 416 para um esquema de URI desconhecido e o 420 para uma extensão não suportada, e eles devem ser preferidos quando se aplicam.
# SIP 400 Bad Request: common cause 1 of 4, a list item under "Common causes".
sip-400-cause-1 = O SIP ALG de um roteador ou um firewall reescreveu endereços dentro da mensagem e quebrou um cabeçalho ou deixou o `Content-Length` errado.
# SIP 400 Bad Request: common cause 2 of 4, a list item under "Common causes".
sip-400-cause-2 = Uma pilha SIP caseira ou imatura omite um cabeçalho obrigatório, muitas vezes o `Max-Forwards`, ou usa em `CSeq` um método diferente do método da requisição.
# SIP 400 Bad Request: common cause 3 of 4, a list item under "Common causes".
sip-400-cause-3 = Uma mensagem enviada sobre TCP tinha um `Content-Length` ausente ou errado, por isso o servidor leu parte da mensagem seguinte como corpo.
# SIP 400 Bad Request: common cause 4 of 4, a list item under "Common causes".
sip-400-cause-4 = As verificações de entrada de um proxy, como o `sanity_check()` do Kamailio, rejeitaram uma requisição com um URI inválido, um número de `CSeq` incorreto ou um cabeçalho impossível de interpretar.
# SIP 400 Bad Request: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-400-fix-visitor-1 = Se as chamadas só falham na rede de casa ou do escritório, desative o SIP ALG (muitas vezes chamado de SIP helper) no seu roteador e reinicie o telefone.
# SIP 400 Bad Request: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-1 = Leia a frase de motivo e qualquer cabeçalho `Warning`; depois, capture a requisição com `sngrep` ou `tcpdump -i any -s0 -w sip.pcap port 5060` e confira-a com os cabeçalhos obrigatórios listados na seção 8.1.1 da RFC 3261.
# SIP 400 Bad Request: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-2 = Compare a mensagem enviada com a mensagem recebida: diferenças em `Via`, `Contact` ou nos endereços do SDP revelam um ALG ou outro middlebox que a reescreve.
# SIP 400 Bad Request: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-3 = Envie sempre um `Content-Length` correto sobre TCP e TLS, em que ele delimita as mensagens, e recalcule-o após qualquer alteração no corpo.
# SIP 400 Bad Request: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-4 = Quando o seu próprio servidor rejeitar uma requisição com 400, coloque a falha exata na frase de motivo, para que ela apareça nos logs do remetente.
# SIP 400 Bad Request compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-415 = Use 400 quando a própria mensagem está malformada; use 415 quando ela está bem formada, mas o formato, a codificação ou o idioma do corpo não é suportado.
# SIP 400 Bad Request compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-420 = O 400 rejeita uma sintaxe quebrada; o 420 rejeita um `Require` ou `Proxy-Require` escrito corretamente que indica uma extensão que o servidor não tem.
# SIP 400 Bad Request compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-416 = Envie 416 em vez de 400 quando o único problema é um esquema de Request-URI que o servidor não trata.

## SIP 401 Unauthorized

# SIP 401 Unauthorized: one-line summary at the top of the explainer (TL;DR).
sip-401-tldr = O servidor quer o seu nome de usuário e a sua senha SIP antes de aceitar a requisição.
# SIP 401 Unauthorized: the paragraph under "What it means".
sip-401-meaning = Um registrador ou UAS que precisa autenticar o usuário responde 401 com um ou mais desafios `WWW-Authenticate` que indicam o realm, um nonce, o `qop` e o algoritmo de digest. O cliente reenvia a requisição com um cabeçalho `Authorization` calculado a partir das suas credenciais, mantendo o `Call-ID` e incrementando o `CSeq`. Um primeiro 401 em um `REGISTER` é normal; um segundo 401 em resposta às credenciais significa que elas foram rejeitadas, a menos que o novo desafio diga `stale=true`, o que apenas pede uma nova tentativa com o nonce novo. A RFC 8760 adicionou ao SIP os digests SHA-256 e SHA-512/256, ao lado do MD5, por isso um servidor pode oferecer vários desafios, e o cliente escolhe o mais forte que suporta. Os proxies nunca enviam 401; eles desafiam com 407.
# SIP 401 Unauthorized: common cause 1 of 5, a list item under "Common causes".
sip-401-cause-1 = O primeiro `REGISTER` ou `INVITE` saiu sem credenciais, como de costume, e o servidor o desafiou.
# SIP 401 Unauthorized: common cause 2 of 5, a list item under "Common causes".
sip-401-cause-2 = A senha ou o nome de usuário de autenticação no telefone está errado; muitos provedores usam um ID de autenticação diferente do número do ramal.
# SIP 401 Unauthorized: common cause 3 of 5, a list item under "Common causes".
sip-401-cause-3 = O realm configurado no telefone não corresponde ao do desafio, por isso ele responde para o realm errado ou nem responde.
# SIP 401 Unauthorized: common cause 4 of 5, a list item under "Common causes".
sip-401-cause-4 = O nonce expirou entre o desafio e a nova tentativa, e o servidor respondeu de novo com `stale=true`.
# SIP 401 Unauthorized: common cause 5 of 5, a list item under "Common causes".
sip-401-cause-5 = O servidor oferece apenas um desafio SHA-256, e um telefone mais antigo, que só suporta MD5, não consegue respondê-lo.
# SIP 401 Unauthorized: what the caller (a person using a SIP phone or softphone) can do, item 1 of 2 under "How to fix it (for callers)".
sip-401-fix-visitor-1 = Confira o nome de usuário, o ID de autenticação e a senha nas configurações do seu telefone ou softphone e registre-o de novo.
# SIP 401 Unauthorized: what the caller (a person using a SIP phone or softphone) can do, item 2 of 2 under "How to fix it (for callers)".
sip-401-fix-visitor-2 = Se as configurações parecem certas e ainda falha, pergunte ao seu provedor se a sua conta está ativa e qual ID de autenticação usar.
# SIP 401 Unauthorized: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-1 = Encontre a falha no log do servidor: o Asterisk exibe “Failed to authenticate” com o endpoint e o endereço de origem, e o `www_authorize()` do Kamailio retorna um código negativo (por exemplo, -2 para uma senha errada) que você pode registrar no log com `xlog`.
# SIP 401 Unauthorized: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-2 = Faça o cliente copiar exatamente o realm, o nonce, o `opaque` e o `qop` do desafio, manter o `Call-ID` e incrementar o `CSeq`; um erro em qualquer um deles faz a verificação falhar.
# SIP 401 Unauthorized: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-3 = Ofereça um desafio MD5 e um SHA-256 enquanto houver telefones mais antigos e bloqueie falhas repetidas de uma mesma origem com o fail2ban ou com os módulos `pike` e `htable` do Kamailio.
# SIP 401 Unauthorized: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-4 = Se os telefones entram em loop de 401 depois de uma reinicialização do servidor, verifique se o segredo dos nonces mudou; um cliente correto se recupera após uma nova tentativa com `stale=true`.
# SIP 401 Unauthorized compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-401-vs-407 = Um registrador ou o UA chamado desafia com 401 e `WWW-Authenticate`; um proxy no caminho desafia com 407 e `Proxy-Authenticate`.
# SIP 401 Unauthorized compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-401-vs-403 = Envie 401 quando credenciais válidas deixariam a requisição passar; envie 403 quando credenciais não ajudariam, ou depois que credenciais válidas foram recusadas por política.

## SIP 402 Payment Required

# SIP 402 Payment Required: one-line summary at the top of the explainer (TL;DR).
sip-402-tldr = O provedor recusa a chamada por um motivo de pagamento, normalmente um saldo pré-pago esgotado.
# SIP 402 Payment Required: the paragraph under "What it means".
sip-402-meaning = A RFC 3261 reserva o 402 para uso futuro e não define para ele nenhum comportamento, cabeçalho ou corpo, por isso qualquer significado é próprio do provedor que o envia. Na prática, plataformas pré-pagas e de atacado o enviam quando a conta está sem crédito ou quando o destino custa mais do que o saldo permite. Os clientes devem tratá-lo como uma falha final, como qualquer outro 4xx: repetir a mesma requisição não vai ajudar enquanto a conta não mudar. Os gateways PSTN o traduzem para a causa Q.850 21 (call rejected), por isso, do lado telefônico, o motivo se perde, e os chamadores normalmente só ficam sabendo dele por um anúncio ou pela frase de motivo.
# SIP 402 Payment Required: common cause 1 of 3, a list item under "Common causes".
sip-402-cause-1 = A conta pré-paga do chamador ficou sem crédito.
# SIP 402 Payment Required: common cause 2 of 3, a list item under "Common causes".
sip-402-cause-2 = O destino, como um número tarifado (premium) ou internacional, custa mais do que o saldo restante ou o limite de crédito da conta.
# SIP 402 Payment Required: common cause 3 of 3, a list item under "Common causes".
sip-402-cause-3 = O tronco de um cliente de atacado foi suspenso pelo sistema de faturamento da operadora por causa de uma fatura não paga.
# SIP 402 Payment Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-402-fix-visitor-1 = Confira o saldo da sua conta com o seu provedor e faça uma recarga; depois, ligue de novo.
# SIP 402 Payment Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-1 = Trate o 402 como final e informe ao usuário que a conta precisa de crédito; não tente de novo nem passe para outro tronco que use a mesma conta.
# SIP 402 Payment Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-2 = Se você opera uma plataforma de tarifação, prefira um código padrão, como 403 com uma frase de motivo clara, ou reproduza um anúncio com mídia antecipada antes de rejeitar, porque muitos telefones mostram o 402 como um erro sem explicação.
# SIP 402 Payment Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-3 = Crie alertas para o 402 nos CDRs dos troncos de saída, já que ele geralmente aponta para um problema de faturamento ou de pré-pagamento, e não para uma falha de rede.
# SIP 402 Payment Required compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-402-vs-403 = O 402 é uma forma não oficial de dizer que a recusa tem a ver com pagamento; o 403 é a recusa padrão por qualquer motivo de política e é entendido por todos os clientes.
# SIP 402 Payment Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-402-vs-401 = O 402 não pode ser resolvido com credenciais; o 401 pede credenciais e tem sucesso assim que elas forem válidas.

## SIP 403 Forbidden

# SIP 403 Forbidden: one-line summary at the top of the explainer (TL;DR).
sip-403-tldr = O servidor entendeu a sua requisição e a recusa; digitar a sua senha de novo não vai mudar isso.
# SIP 403 Forbidden: the paragraph under "What it means".
sip-403-meaning = O 403 é uma recusa por política: o servidor sabe o que está sendo pedido e não vai fazê-lo para este cliente. A RFC 3261 diz que a autorização não vai ajudar e que a requisição não deve ser repetida, por isso um cliente não deve respondê-lo com uma nova tentativa de digest. Quem costuma enviá-lo são registradores que recusam um vínculo que o usuário autenticado não pode criar, proxies que recusam um destino para o qual a conta não pode ligar e servidores que rejeitam tráfego de um endereço IP desconhecido. Como o código abrange tantos motivos, os servidores costumam indicar o motivo real na frase de motivo; a RFC 8224, por exemplo, usa 403 com “Stale Date” quando o `Date` de uma requisição assinada é antigo demais.
# SIP 403 Forbidden: common cause 1 of 5, a list item under "Common causes".
sip-403-cause-1 = A conta não tem permissão para ligar para o destino, por exemplo números internacionais ou tarifados bloqueados pelo dialplan ou por uma regra antifraude.
# SIP 403 Forbidden: common cause 2 of 5, a list item under "Common causes".
sip-403-cause-2 = Um telefone tentou registrar um endereço de registro diferente daquele a que pertencem as suas credenciais, por isso o usuário do `To` não corresponde ao usuário da autenticação.
# SIP 403 Forbidden: common cause 3 of 5, a list item under "Common causes".
sip-403-cause-3 = O IP de origem não está na lista de permissões (allow list) do provedor para um tronco autenticado por IP, ou uma lista de acesso do PBX o bloqueia.
# SIP 403 Forbidden: common cause 4 of 5, a list item under "Common causes".
sip-403-cause-4 = A conta está suspensa, ou o servidor bloqueia o cliente após repetidas falhas de login, por exemplo com o fail2ban.
# SIP 403 Forbidden: common cause 5 of 5, a list item under "Common causes".
sip-403-cause-5 = A identidade em `From` ou o identificador de chamadas apresentado é um que a conta não pode usar.
# SIP 403 Forbidden: what the caller (a person using a SIP phone or softphone) can do, item 1 of 2 under "How to fix it (for callers)".
sip-403-fix-visitor-1 = Verifique se você discou o número corretamente, incluindo qualquer prefixo para linha externa, e pergunte ao seu provedor se a sua conta pode ligar para esse destino.
# SIP 403 Forbidden: what the caller (a person using a SIP phone or softphone) can do, item 2 of 2 under "How to fix it (for callers)".
sip-403-fix-visitor-2 = Se o seu telefone não consegue se registrar de forma alguma, verifique se o nome de usuário e o domínio nas configurações dele são os da sua conta.
# SIP 403 Forbidden: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-1 = Leia primeiro a frase de motivo e o log do servidor: o Asterisk registra os registros rejeitados e os bloqueios por ACL, e, em um script do Kamailio, o ramo que enviou o 403, como uma falha em `check_to()`, `check_from()` ou `allow_trusted()`, indica qual regra foi acionada.
# SIP 403 Forbidden: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-2 = Em troncos autenticados por IP, compare a lista de permissões do provedor com o seu endereço IP público tal como ele o vê, incluindo os endereços de NAT e de failover.
# SIP 403 Forbidden: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-3 = Compare os usuários de `To` e `From` com o usuário do cabeçalho `Authorization`; muitos registradores exigem que eles correspondam.
# SIP 403 Forbidden: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-4 = Quando enviar 403, dê uma frase de motivo precisa e não desafie de novo: os clientes são instruídos a não tentar de novo com credenciais.
# SIP 403 Forbidden compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-401 = Envie 403 quando credenciais válidas não mudariam a decisão; envie 401 quando a requisição pode ter sucesso assim que o usuário se autenticar.
# SIP 403 Forbidden compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-407 = O 403 é uma recusa, sejam quais forem as credenciais fornecidas; o 407 pede credenciais de proxy e tem sucesso assim que elas forem válidas.
# SIP 403 Forbidden compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-603 = O 403 vem da política de um servidor sobre esta requisição; o 603 vem do destinatário, que recusou a chamada.

## SIP 404 Not Found

# SIP 404 Not Found: one-line summary at the top of the explainer (TL;DR).
sip-404-tldr = O número ou o endereço SIP para o qual você ligou não existe no servidor que recebeu a chamada.
# SIP 404 Not Found: the paragraph under "What it means".
sip-404-meaning = O 404 diz que o usuário do Request-URI não existe no domínio, ou que o domínio não é um dos que este servidor atende. A resposta vale apenas para este servidor, e é por isso que a RFC 3261 também define o 604 para a afirmação mais forte de que o usuário não existe em lugar nenhum; um proxy que faz bifurcação trata um 404 em um ramo como uma falha entre outras e continua esperando pelos demais. Um servidor que conhece o usuário, mas não consegue alcançar nenhum dos dispositivos dele, deve enviar 480 em vez disso, e um cujo usuário foi embora de vez, 410. Os gateways mapeiam a causa Q.850 1 (unallocated number) para 404, por isso, em um tronco, um 404 muitas vezes significa que o número de telefone não está atribuído.
# SIP 404 Not Found: common cause 1 of 4, a list item under "Common causes".
sip-404-cause-1 = O número foi discado errado, ou em um formato que o servidor não reconhece, como o formato nacional quando se espera E.164 com `+`.
# SIP 404 Not Found: common cause 2 of 4, a list item under "Common causes".
sip-404-cause-2 = O Request-URI usa um endereço IP ou domínio que o servidor não considera seu, por isso ele nem procura o usuário.
# SIP 404 Not Found: common cause 3 of 4, a list item under "Common causes".
sip-404-cause-3 = Um endpoint PJSIP do Asterisk envia as chamadas para um contexto do dialplan que não tem nenhuma extensão correspondente.
# SIP 404 Not Found: common cause 4 of 4, a list item under "Common causes".
sip-404-cause-4 = O número não está atribuído na rede telefônica, e o gateway de terminação informa a causa Q.850 1.
# SIP 404 Not Found: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-404-fix-visitor-1 = Confira o número ou o endereço e disque de novo, no formato internacional completo se estiver em dúvida.
# SIP 404 Not Found: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-1 = Verifique a que contexto e extensão a chamada chegou: no Asterisk, `pjsip show endpoint` mostra o contexto e `dialplan show` lista o que ele contém.
# SIP 404 Not Found: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-2 = Garanta que o servidor reconheça todos os seus próprios domínios e IPs: `alias` e `is_myself()` no Kamailio, os domínios do diretório do FreeSWITCH, os objetos `domain_alias` do Asterisk.
# SIP 404 Not Found: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-3 = Normalize os números discados para um único formato, por exemplo E.164, na borda, antes das consultas de roteamento.
# SIP 404 Not Found: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-4 = Não use 404 para usuários conhecidos que estão offline: responda 480, para que os chamadores saibam que devem tentar mais tarde.
# SIP 404 Not Found compared with SIP 604 Does Not Exist Anywhere: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-604 = Envie 404 quando o usuário é desconhecido no seu servidor; envie 604 apenas quando você sabe, com autoridade, que o usuário não existe em lugar nenhum.
# SIP 404 Not Found compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-410 = O 404 não diz nada sobre o passado; o 410 diz que o usuário já esteve aqui e foi embora de vez.
# SIP 404 Not Found compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-484 = Retorne 404 quando o endereço completo é desconhecido; retorne 484 quando o endereço é o começo de um endereço válido e precisa de mais dígitos.

## SIP 405 Method Not Allowed

# SIP 405 Method Not Allowed: one-line summary at the top of the explainer (TL;DR).
sip-405-tldr = O servidor reconhece o tipo de requisição que você enviou, mas não o aceita para esse endereço.
# SIP 405 Method Not Allowed: the paragraph under "What it means".
sip-405-meaning = Um 405 informa ao cliente que o método é entendido, mas não é permitido para o Request-URI, por exemplo `MESSAGE` para um dispositivo que não aceita mensagens instantâneas ou `SUBSCRIBE` para um usuário cuja presença não é publicada. A resposta precisa trazer um cabeçalho `Allow` que liste os métodos aceitos, e o cliente deve usá-lo para escolher outra abordagem em vez de tentar de novo. Um método que o servidor não conhece de forma alguma recebe 501 em vez disso. Os clientes podem evitar o 405 consultando o cabeçalho `Allow` de um 200 a um `OPTIONS`, ou das mensagens já trocadas no diálogo, antes de usar métodos opcionais.
# SIP 405 Method Not Allowed: common cause 1 of 4, a list item under "Common causes".
sip-405-cause-1 = Um softphone enviou `MESSAGE` ou `SUBSCRIBE` a um PBX ou tronco em que as mensagens instantâneas ou a presença estão desativadas.
# SIP 405 Method Not Allowed: common cause 2 of 4, a list item under "Common causes".
sip-405-cause-2 = Um `REFER` de transferência de chamada chegou a um dispositivo ou tronco com as transferências desativadas.
# SIP 405 Method Not Allowed: common cause 3 of 4, a list item under "Common causes".
sip-405-cause-3 = Um `PUBLISH` chegou a um servidor que conhece o método, mas só o aceita para determinados usuários ou pacotes de eventos.
# SIP 405 Method Not Allowed: common cause 4 of 4, a list item under "Common causes".
sip-405-cause-4 = Um `INVITE` foi enviado a um URI que representa um recurso de presença ou uma caixa postal, e não um endpoint que possa receber chamadas.
# SIP 405 Method Not Allowed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-405-fix-visitor-1 = Use outro recurso com este contato, por exemplo ligue em vez de enviar uma mensagem de chat; o outro lado não aceita esse tipo de requisição.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-1 = Leia o cabeçalho `Allow` e recorra a uma alternativa: use re-`INVITE` se faltar `UPDATE`, ou dispense o monitoramento do estado da linha se faltar `SUBSCRIBE`.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-2 = Sonde as capacidades com `OPTIONS`, por exemplo `sipsak -s sip:user@host`, e guarde em cache a lista `Allow` de cada par.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-3 = Quando enviar 405, liste em `Allow` todos os métodos que o URI aceita; sem o `Allow`, o cliente não tem como se adaptar.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-4 = No Asterisk, verifique as opções do endpoint PJSIP que desativam métodos, como `allow_subscribe` e `allow_transfer`.
# SIP 405 Method Not Allowed compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-501 = Envie 405 quando você conhece o método, mas não o permite aqui; envie 501 quando você não implementa o método de forma alguma.
# SIP 405 Method Not Allowed compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-415 = O 405 rejeita o método da requisição; o 415 aceita o método, mas não o formato do corpo dela.
# SIP 405 Method Not Allowed compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-489 = O 405 rejeita o próprio `SUBSCRIBE` para este endereço; o 489 aceita o `SUBSCRIBE`, mas não o pacote de eventos que ele indica.

## SIP 406 Not Acceptable

# SIP 406 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
sip-406-tldr = O servidor não consegue produzir uma resposta em nenhum dos formatos que a sua requisição disse aceitar.
# SIP 406 Not Acceptable: the paragraph under "What it means".
sip-406-meaning = Um 406 significa que o recurso existe, mas só consegue gerar conteúdo em formatos excluídos pelo cabeçalho `Accept` da requisição, ou por `Accept-Encoding` ou `Accept-Language`. No SIP, ele aparece principalmente com `SUBSCRIBE`: o assinante lista os tipos de corpo que consegue ler, como `application/pidf+xml` para presença ou `application/dialog-info+xml` para BLF (busy lamp field), e um notificador que só consegue produzir outro formato recusa com 406. O cliente pode reenviar a requisição com uma lista `Accept` mais ampla. Ele diz respeito ao que o servidor enviaria de volta; o formato do que o cliente enviou é assunto do 415, e uma descrição de sessão inaceitável, do 488 ou do 606.
# SIP 406 Not Acceptable: common cause 1 of 3, a list item under "Common causes".
sip-406-cause-1 = Um assinante de presença aceita apenas `application/pidf+xml`, enquanto o servidor só consegue produzir um formato mais antigo, como `application/xpidf+xml`.
# SIP 406 Not Acceptable: common cause 2 of 3, a list item under "Common causes".
sip-406-cause-2 = Um `SUBSCRIBE` de BLF para o evento `dialog` listou um tipo em `Accept` que o PBX não gera.
# SIP 406 Not Acceptable: common cause 3 of 3, a list item under "Common causes".
sip-406-cause-3 = Uma assinatura de lista de recursos deixou `multipart/related` ou `application/rlmi+xml` fora do `Accept`, por isso o servidor não consegue entregar a lista.
# SIP 406 Not Acceptable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-406-fix-visitor-1 = Não há nada que você possa mudar ao ligar; se o status de um contato nunca aparece, atualize o software do seu telefone ou avise o seu administrador.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-1 = Compare o cabeçalho `Accept` do assinante com os formatos que o seu notificador suporta e adicione o tipo que falta ao perfil do telefone ou ative-o no servidor.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-2 = Quando um `SUBSCRIBE` não tem cabeçalho `Accept`, use o formato padrão do pacote de eventos (por exemplo, `application/pidf+xml` para presença) em vez de retornar 406.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-3 = Registre no log do notificador o valor de `Accept` rejeitado, para que os erros de provisionamento apareçam rapidamente.
# SIP 406 Not Acceptable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-415 = O 406 diz respeito ao formato da resposta que o cliente receberia; o 415 diz respeito ao formato do corpo que o cliente enviou.
# SIP 406 Not Acceptable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-488 = Use 406 para formatos de estado de evento ou de conteúdo indicados em `Accept`; use 488 para uma oferta SDP que este dispositivo não consegue aceitar.
# SIP 406 Not Acceptable compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-606 = O 406 diz respeito aos formatos de conteúdo listados em `Accept`; o 606 rejeita a descrição de sessão onde quer que o usuário pudesse ser alcançado.

## SIP 407 Proxy Authentication Required

# SIP 407 Proxy Authentication Required: one-line summary at the top of the explainer (TL;DR).
sip-407-tldr = Um proxy no caminho quer as suas credenciais SIP antes de encaminhar a sua chamada.
# SIP 407 Proxy Authentication Required: the paragraph under "What it means".
sip-407-meaning = O 407 é a versão de proxy do 401: um proxy que precisa autenticar o chamador responde com um ou mais desafios `Proxy-Authenticate`, e o cliente reenvia a requisição com um cabeçalho `Proxy-Authorization` calculado para esse realm, mantendo o `Call-ID` e incrementando o `CSeq`. Os proxies de saída dos provedores costumam desafiar todo novo `INVITE` e, quando uma requisição atravessa vários proxies ou é bifurcada, o cliente pode receber vários desafios ao mesmo tempo e precisa responder a todos eles. Como qualquer resposta final não 2xx a um `INVITE`, o 407 é confirmado com um `ACK` na mesma transação antes da nova tentativa. Um proxy que verificou as credenciais do seu próprio realm pode removê-las antes de encaminhar, para que elas não sigam adiante.
# SIP 407 Proxy Authentication Required: common cause 1 of 4, a list item under "Common causes".
sip-407-cause-1 = O proxy de saída do provedor desafia cada novo `INVITE`, e a primeira tentativa saiu sem credenciais, como os telefones normalmente fazem.
# SIP 407 Proxy Authentication Required: common cause 2 of 4, a list item under "Common causes".
sip-407-cause-2 = As credenciais da nova tentativa estão erradas, por isso o proxy responde 407 de novo em vez de encaminhar a chamada.
# SIP 407 Proxy Authentication Required: common cause 3 of 4, a list item under "Common causes".
sip-407-cause-3 = A chamada atravessou dois proxies com realms diferentes, e o cliente respondeu a apenas um dos desafios.
# SIP 407 Proxy Authentication Required: common cause 4 of 4, a list item under "Common causes".
sip-407-cause-4 = O telefone não autentica requisições dentro do diálogo, como `BYE` ou re-`INVITE`, que alguns proxies também desafiam.
# SIP 407 Proxy Authentication Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-407-fix-visitor-1 = Se as suas chamadas falham logo depois de discar, digite de novo a sua senha SIP nas configurações do telefone; o proxy do provedor não a aceitou.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-1 = No Kamailio, desafie com `proxy_challenge()`, verifique com `proxy_authorize()` e remova o cabeçalho verificado com `consume_credentials()` antes de encaminhar.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-2 = Faça o cliente responder a todos os realms de `Proxy-Authenticate` em uma única nova tentativa e reutilizar um nonce em requisições posteriores apenas enquanto o proxy o aceitar.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-3 = Se os telefones entram em loop de 407, compare o realm do desafio com as credenciais configuradas no telefone e leia no log do proxy o motivo pelo qual ele as rejeitou.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-4 = Nunca desafie `ACK` nem `CANCEL`: nenhum dos dois pode ser reenviado com credenciais.
# SIP 407 Proxy Authentication Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-401 = Um proxy desafia com 407 e `Proxy-Authenticate`; o registrador ou o UA chamado desafia com 401 e `WWW-Authenticate`.
# SIP 407 Proxy Authentication Required compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-403 = Envie 407 quando o proxy precisa de credenciais que ainda não verificou; envie 403 quando o chamador é conhecido e, mesmo assim, não tem permissão.
# SIP 407 Proxy Authentication Required compared with SIP 305 Use Proxy: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-305 = O 407 pede ao chamador que se autentique no proxy que ele já está usando; o 305 diz a ele que passe por outro proxy.

## SIP 408 Request Timeout

# SIP 408 Request Timeout: one-line summary at the top of the explainer (TL;DR).
sip-408-tldr = Nenhuma resposta final voltou a tempo, por isso a chamada ou a requisição foi abandonada.
# SIP 408 Request Timeout: the paragraph under "What it means".
sip-408-meaning = No SIP, o 408 diz respeito ao lado do servidor na troca: não foi possível obter uma resposta final em um tempo razoável, por exemplo porque localizar o usuário demorou demais ou o próximo salto nunca respondeu. Ele também é gerado localmente: quando o Timer B de uma transação de cliente `INVITE` ou o Timer F de uma transação que não é `INVITE` expira (64*T1, 32 segundos com os temporizadores padrão) sem uma resposta final, a camada de transação informa um 408 ao seu usuário. Os proxies também encerram com 408 as chamadas que tocam por tempo demais, depois de cancelar os ramos seguintes (downstream) quando o Timer C ou o temporizador de não atendimento deles se esgota. A RFC 4320 proíbe enviar 408 em resposta a uma requisição que não é `INVITE`, porque ele só chegaria depois que o tempo limite do cliente já tivesse se esgotado de qualquer forma. Ao contrário do HTTP 408, ele não diz nada sobre um cliente lento, e a mesma requisição pode ser tentada de novo mais tarde.
# SIP 408 Request Timeout: common cause 1 of 5, a list item under "Common causes".
sip-408-cause-1 = O contato registrado do destinatário está inacessível, muitas vezes porque o mapeamento NAT entre o proxy e o telefone expirou, por isso o `INVITE` nunca chega e o temporizador do proxy dispara.
# SIP 408 Request Timeout: common cause 2 of 5, a list item under "Common causes".
sip-408-cause-2 = Um firewall ou SIP ALG deixa passar o SIP sobre UDP em um só sentido, por isso as requisições saem, mas as respostas nunca voltam.
# SIP 408 Request Timeout: common cause 3 of 5, a list item under "Common causes".
sip-408-cause-3 = O telefone tocou até o temporizador de não atendimento do proxy (`fr_inv_timer` no Kamailio, 120 segundos por padrão) expirar, e ninguém atendeu.
# SIP 408 Request Timeout: common cause 4 of 5, a list item under "Common causes".
sip-408-cause-4 = O próximo salto, como o tronco de uma operadora ou um gateway PSTN, nunca enviou nem mesmo um 100, por isso o `fr_timer` do proxy expirou.
# SIP 408 Request Timeout: common cause 5 of 5, a list item under "Common causes".
sip-408-cause-5 = Um gateway PSTN recebeu a causa Q.850 18 (no user responding) e a mapeou para 408.
# SIP 408 Request Timeout: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-408-fix-visitor-1 = Ligue de novo mais tarde; se as chamadas que você faz continuam esgotando o tempo limite, reinicie o seu telefone ou roteador para que ele se reconecte ao provedor.
# SIP 408 Request Timeout: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-1 = Encontre o salto que ficou em silêncio: faça um trace com `sngrep` no proxy e procure um `INVITE` encaminhado adiante que não recebeu nenhum 100 de volta.
# SIP 408 Request Timeout: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-2 = Mantenha vivos os mapeamentos NAT a partir do telefone com keepalives (CRLF ou `OPTIONS` a cada 20 a 30 segundos, ou SIP Outbound), ou use TCP ou TLS, para que o proxy consiga alcançar o telefone.
# SIP 408 Request Timeout: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-3 = Ajuste os temporizadores de forma deliberada: `fr_timer` e `fr_inv_timer` no Kamailio (ou por chamada, com `t_set_fr()`), `qualify_frequency` no Asterisk para detectar cedo os contatos mortos e um T1 maior apenas em enlaces de alta latência.
# SIP 408 Request Timeout: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-4 = Nunca envie 408 em resposta a uma requisição que não é `INVITE`; deixe o próprio Timer F do cliente expirar.
# SIP 408 Request Timeout compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-504 = Envie 408 quando o próprio servidor não conseguiu obter a tempo uma resposta final, normalmente do destinatário; envie 504 quando um servidor do qual ele depende, como outra rede ou um serviço de localização, esgotou o tempo limite.
# SIP 408 Request Timeout compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-480 = O 408 significa que ninguém respondeu a tempo ou que não foi possível alcançar o alvo; o 480 significa que o servidor sabe que o destinatário está indisponível e o diz imediatamente.
# SIP 408 Request Timeout compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-487 = O 408 encerra a requisição porque um temporizador se esgotou; o 487 a encerra porque alguém a cancelou.

## SIP 410 Gone

# SIP 410 Gone: one-line summary at the top of the explainer (TL;DR).
sip-410-tldr = A pessoa para quem você ligou podia ser encontrada aqui, mas foi embora, e nenhum endereço novo é conhecido.
# SIP 410 Gone: the paragraph under "What it means".
sip-410-meaning = O 410 informa que o Request-URI pertencia a um usuário deste servidor que foi embora de forma permanente, sem endereço de encaminhamento. Ele diz aos chamadores, e aos proxies que guardam dados de roteamento em cache, que deixem de usar o endereço em vez de tentá-lo de novo mais tarde. Se o servidor sabe para onde o usuário foi, deve responder 301 com o novo `Contact` em vez disso; se não sabe se a situação é permanente, o 404 é a resposta mais segura. Os gateways mapeiam a causa Q.850 22 (number changed) para 410, por isso, em troncos PSTN, ele muitas vezes significa que um número mudou e que a rede não fornece o novo.
# SIP 410 Gone: common cause 1 of 3, a list item under "Common causes".
sip-410-cause-1 = O ramal ou a conta SIP de um funcionário foi excluído quando ele saiu da organização.
# SIP 410 Gone: common cause 2 of 3, a list item under "Common causes".
sip-410-cause-2 = Um número de telefone foi alterado ou retirado, e a rede telefônica retorna a causa Q.850 22 sem o novo número.
# SIP 410 Gone: common cause 3 of 3, a list item under "Common causes".
sip-410-cause-3 = Um endereço de serviço, como o URI de um grupo de busca ou de uma sala de conferência desativados, foi retirado de serviço de propósito.
# SIP 410 Gone: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-410-fix-visitor-1 = Remova ou atualize este contato: o endereço não vai voltar a funcionar, então descubra o novo número da pessoa de outra forma.
# SIP 410 Gone: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-1 = Mantenha uma lista das contas excluídas e responda 410 para elas durante algum tempo, para que os chamadores e as sincronizações de agendas de contatos saibam que o endereço está morto.
# SIP 410 Gone: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-2 = Se existe um endereço novo, responda 301 com ele em vez disso, ou reproduza um anúncio de interceptação com mídia antecipada antes de rejeitar.
# SIP 410 Gone: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-3 = No lado que faz a chamada, marque o contato como inválido depois de um 410 e não tente de novo automaticamente.
# SIP 410 Gone compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-404 = Envie 410 quando você sabe que o usuário existiu e foi embora de vez; envie 404 quando você não conhece o usuário ou não sabe se a perda é permanente.
# SIP 410 Gone compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-301 = O 410 diz que o usuário foi embora sem endereço novo; o 301 indica o novo endereço.
# SIP 410 Gone compared with SIP 604 Does Not Exist Anywhere: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-604 = O 410 vale para este servidor, onde o usuário costumava estar; o 604 afirma que o usuário não existe em lugar nenhum.

## SIP 412 Conditional Request Failed

# SIP 412 Conditional Request Failed: one-line summary at the top of the explainer (TL;DR).
sip-412-tldr = O servidor de presença não tem mais o status que o seu dispositivo tentou atualizar, por isso o dispositivo precisa publicá-lo de novo do zero.
# SIP 412 Conditional Request Failed: the paragraph under "What it means".
sip-412-meaning = A RFC 3903 permite que um publicador crie um estado de evento com um `PUBLISH` inicial e depois o renove, modifique ou remova com requisições `PUBLISH` posteriores que colocam a tag de entidade recebida em `SIP-ETag` em um cabeçalho `SIP-If-Match`. Se o compositor de estado de eventos (event state compositor), por exemplo um servidor de presença, não tem nenhuma publicação com essa tag, porque ela expirou, foi removida ou se perdeu em uma reinicialização, ele responde 412. O publicador precisa então enviar um novo `PUBLISH` inicial com o estado completo no corpo e sem `SIP-If-Match`, e guardar a tag retornada no 200. Cada `PUBLISH` bem-sucedido retorna uma nova tag de entidade, por isso uma tag mais antiga falha mesmo que a própria publicação ainda exista.
# SIP 412 Conditional Request Failed: common cause 1 of 4, a list item under "Common causes".
sip-412-cause-1 = O telefone enviou o seu `PUBLISH` de renovação depois de passado o tempo `Expires` da publicação, por exemplo depois de o dispositivo entrar em repouso ou perder a rede.
# SIP 412 Conditional Request Failed: common cause 2 of 4, a list item under "Common causes".
sip-412-cause-2 = O servidor de presença reiniciou e guardava as publicações apenas em memória, por isso todas as tags de entidade que ele tinha emitido se perderam.
# SIP 412 Conditional Request Failed: common cause 3 of 4, a list item under "Common causes".
sip-412-cause-3 = Um balanceador de carga enviou a renovação a outro servidor de presença, que não compartilha o estado das publicações com o primeiro.
# SIP 412 Conditional Request Failed: common cause 4 of 4, a list item under "Common causes".
sip-412-cause-4 = O cliente reutilizou uma tag de entidade mais antiga em vez da retornada pelo último 200 a um `PUBLISH`.
# SIP 412 Conditional Request Failed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-412-fix-visitor-1 = Nada: o seu telefone publica o seu status de novo sozinho; se outras pessoas veem um status errado para você, mude o seu status uma vez ou reinicie o app.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-1 = Ao receber um 412, descarte a tag de entidade armazenada, envie um `PUBLISH` inicial com o estado completo e guarde o `SIP-ETag` do 200 correspondente.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-2 = Renove as publicações bem antes de elas expirarem e sempre substitua a tag armazenada pela do último 200.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-3 = Compartilhe o estado das publicações entre os servidores, por exemplo apontando todos os módulos `presence` do Kamailio para o mesmo banco de dados com `db_url` e ajustando `publ_cache`, ou fixe cada presentity em um único servidor.
# SIP 412 Conditional Request Failed compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-204 = O 412 significa que um `PUBLISH` condicional falhou e que o estado completo precisa ser enviado; o 204 significa que um `SUBSCRIBE` condicional encontrou correspondência e que nada precisa ser enviado.
# SIP 412 Conditional Request Failed compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-423 = O 412 rejeita uma renovação cuja tag de entidade é desconhecida; o 423 rejeita uma requisição cujo tempo de expiração pedido é curto demais.
# SIP 412 Conditional Request Failed compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-481 = O 412 diz respeito a uma publicação que o servidor não tem mais; o 481 diz respeito a um diálogo ou a uma transação que ele não tem mais.

## SIP 413 Request Entity Too Large

# SIP 413 Request Entity Too Large: one-line summary at the top of the explainer (TL;DR).
sip-413-tldr = O conteúdo da sua requisição, como uma mensagem de texto ou uma descrição de sessão, é maior do que o servidor aceita.
# SIP 413 Request Entity Too Large: the paragraph under "What it means".
sip-413-meaning = O SIP não define um tamanho máximo de corpo, por isso o limite por trás de um 413 é a política ou o tamanho de buffer do próprio servidor. Se o limite for temporário, o servidor adiciona `Retry-After`; caso contrário, o cliente precisa enviar menos, e o servidor pode fechar uma conexão TCP ou TLS em vez de ler o resto. As mensagens instantâneas são a causa clássica: a RFC 3428 limita a 1300 bytes um `MESSAGE` enviado fora de uma sessão, a menos que se saiba que o caminho tem controle de congestionamento, e o conteúdo maior deve ir em uma sessão MSRP (RFC 4975). O 413 diz respeito apenas ao corpo; quando a mensagem como um todo é grande demais, os servidores enviam 513.
# SIP 413 Request Entity Too Large: common cause 1 of 3, a list item under "Common causes".
sip-413-cause-1 = Um `MESSAGE` traz embutido um texto longo, uma imagem ou um arquivo, em vez de usar MSRP ou um link para o conteúdo.
# SIP 413 Request Entity Too Large: common cause 2 of 3, a list item under "Common causes".
sip-413-cause-2 = Um `INVITE` traz um corpo muito grande, por exemplo um SDP com muitos codecs, fluxos de vídeo e dezenas de candidatos ICE, além de partes ISUP e de localização em um corpo multipart.
# SIP 413 Request Entity Too Large: common cause 3 of 3, a list item under "Common causes".
sip-413-cause-3 = Um `PUBLISH` com um documento de presença grande, cheio de tuplas e imagens embutidas, ultrapassa o limite de corpo do servidor de presença.
# SIP 413 Request Entity Too Large: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-413-fix-visitor-1 = Envie uma mensagem mais curta, ou compartilhe conteúdos grandes, como fotos, de outra forma; o servidor não vai aceitá-los nesta forma.
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-1 = Tire o conteúdo grande da requisição: use MSRP para chat e transferência de arquivos, ou faça referência ao conteúdo por URL com indireção de conteúdo (content indirection, RFC 4483).
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-2 = Enxugue o SDP: ofereça apenas os codecs de que você precisa e limite os candidatos ICE nos gateways WebRTC.
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-3 = Se o limite do servidor for baixo demais para o tráfego legítimo, aumente-o e adicione `Retry-After` quando uma recusa for apenas temporária.
# SIP 413 Request Entity Too Large compared with SIP 513 Message Too Large: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-513 = Envie 413 quando o corpo é grande demais; envie 513 quando a mensagem inteira, cabeçalhos incluídos, é mais do que você consegue tratar.
# SIP 413 Request Entity Too Large compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-414 = O 413 trata do tamanho do corpo; o 414 trata do comprimento do Request-URI.
# SIP 413 Request Entity Too Large compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-415 = O 413 rejeita um corpo pelo tamanho; o 415 o rejeita pelo formato, pela codificação ou pelo idioma.

## SIP 414 Request-URI Too Long

# SIP 414 Request-URI Too Long: one-line summary at the top of the explainer (TL;DR).
sip-414-tldr = O endereço SIP para o qual você ligou é longo demais para o servidor aceitar.
# SIP 414 Request-URI Too Long: the paragraph under "What it means".
sip-414-meaning = O 414 rejeita uma requisição cujo Request-URI ultrapassa o comprimento que o servidor está disposto a interpretar. Os URIs SIP podem ficar longos por causa de parâmetros como `user=phone`, `transport` ou `gr`, e de cabeçalhos embutidos depois de `?`, que algumas aplicações usam para transportar dados como `Replaces` ou tokens personalizados. A correção cabe ao remetente: encurtar o URI, eliminando parâmetros desnecessários ou passando os dados para cabeçalhos de verdade, e enviar de novo. Os servidores usam o limite tanto como defesa contra entradas grandes demais quanto para barrar URIs construídos de forma errada, por exemplo acrescentando o mesmo valor em loop.
# SIP 414 Request-URI Too Long: common cause 1 of 3, a list item under "Common causes".
sip-414-cause-1 = Uma integração de click-to-call ou de CRM constrói o Request-URI com longos cabeçalhos embutidos ou parâmetros de rastreamento.
# SIP 414 Request-URI Too Long: common cause 2 of 3, a list item under "Common causes".
sip-414-cause-2 = Um dialplan ou B2BUA acrescenta de novo o mesmo prefixo ou parâmetro a cada transferência ou nova tentativa, por isso o URI não para de crescer.
# SIP 414 Request-URI Too Long: common cause 3 of 3, a list item under "Common causes".
sip-414-cause-3 = Um scanner ou fuzzer envia um URI grande demais para sondar o parser do servidor.
# SIP 414 Request-URI Too Long: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-414-fix-visitor-1 = Verifique se o endereço ou o número que você digitou tem caracteres a mais, ou disque-o manualmente em vez de usar um link.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-1 = Registre no log o Request-URI completo e descubra o que o deixa longo; passe os dados para cabeçalhos ou para o corpo e mantenha apenas os parâmetros de URI de que o roteamento precisa.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-2 = Verifique nos B2BUAs e dialplans que reescrevem o URI se há prefixos ou parâmetros adicionados de novo a cada passagem.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-3 = Mantenha um limite de comprimento de URI por segurança, mas alto o suficiente para GRUUs legítimos e números `tel` com parâmetros.
# SIP 414 Request-URI Too Long compared with SIP 413 Request Entity Too Large: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-413 = O 414 diz respeito apenas ao Request-URI; o 413 diz respeito ao tamanho do corpo.
# SIP 414 Request-URI Too Long compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-416 = O 414 rejeita um URI pelo comprimento; o 416 o rejeita pelo esquema.
# SIP 414 Request-URI Too Long compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-400 = Envie 414 quando o URI está bem formado, mas longo demais; envie 400 quando ele está malformado.

## SIP 415 Unsupported Media Type

# SIP 415 Unsupported Media Type: one-line summary at the top of the explainer (TL;DR).
sip-415-tldr = O servidor não consegue tratar o formato do conteúdo que você enviou, por exemplo o tipo de descrição de sessão.
# SIP 415 Unsupported Media Type: the paragraph under "What it means".
sip-415-meaning = O 415 diz respeito ao que o cliente enviou: um corpo cujo tipo de mídia, codificação de conteúdo ou idioma o servidor não consegue tratar. A resposta diz ao cliente o que funcionaria: `Accept` lista os tipos de mídia aceitáveis, `Accept-Encoding` as codificações aceitáveis e `Accept-Language` os idiomas aceitáveis, conforme a parte que falhou. O cliente deve reenviar a requisição com um corpo adequado, ou sem a parte não suportada. Para um `INVITE`, o corpo esperado geralmente é `application/sdp`, por isso um 415 nesse caso muitas vezes significa que um corpo multipart, por exemplo SDP mais ISUP ou um objeto de localização, chegou a um UA que só lê SDP simples.
# SIP 415 Unsupported Media Type: common cause 1 of 4, a list item under "Common causes".
sip-415-cause-1 = Um tronco SIP-I ou SIP-T envia corpos `multipart/mixed` com ISUP anexado, e o telefone ou PBX que os recebe aceita apenas `application/sdp`.
# SIP 415 Unsupported Media Type: common cause 2 of 4, a list item under "Common causes".
sip-415-cause-2 = Um cliente comprime o corpo com `Content-Encoding: gzip`, o que o destinatário não suporta.
# SIP 415 Unsupported Media Type: common cause 3 of 4, a list item under "Common causes".
sip-415-cause-3 = Um `MESSAGE` chega como `message/cpim` ou `text/html`, mas o dispositivo aceita apenas `text/plain`.
# SIP 415 Unsupported Media Type: common cause 4 of 4, a list item under "Common causes".
sip-415-cause-4 = Um `INFO` ou `NOTIFY` traz um tipo XML que o destinatário nunca listou em `Accept`.
# SIP 415 Unsupported Media Type: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-415-fix-visitor-1 = Nada no seu telefone vai mudar isso; se o problema continuar, informe a chamada que falhou ao seu provedor ou administrador.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-1 = Leia `Accept`, `Accept-Encoding` e `Accept-Language` no 415 e reenvie a requisição com um corpo que corresponda a eles.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-2 = Remova as partes que não são SDP antes que as chamadas cheguem aos endpoints, por exemplo com o `filter_body("application/sdp")` do módulo `textops` do Kamailio.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-3 = Quando enviar 415, inclua sempre `Accept`, e os outros cabeçalhos `Accept-*` quando for o caso, para que o cliente possa se adaptar.
# SIP 415 Unsupported Media Type compared with SIP 406 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-406 = O 415 diz respeito ao corpo que o cliente enviou; o 406 diz respeito ao corpo que o servidor teria de enviar de volta.
# SIP 415 Unsupported Media Type compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-488 = O 415 rejeita o tipo do corpo em si; o 488 entende o SDP, mas não consegue aceitar a sessão que ele descreve.
# SIP 415 Unsupported Media Type compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-400 = Envie 415 para um corpo bem formado em um formato não suportado; envie 400 quando a mensagem não pode ser interpretada.

## SIP 416 Unsupported URI Scheme

# SIP 416 Unsupported URI Scheme: one-line summary at the top of the explainer (TL;DR).
sip-416-tldr = O servidor não trata o tipo de endereço para o qual você ligou, como um endereço `tel:` ou `sips:`.
# SIP 416 Unsupported URI Scheme: the paragraph under "What it means".
sip-416-meaning = O 416 rejeita uma requisição porque o servidor não entende o esquema do Request-URI. Os servidores SIP precisam tratar `sip`, e a maioria trata `sips` e `tel`, mas URIs como `im:`, `pres:`, `mailto:` ou `urn:service:sos`, ou um `tel:` enviado a um servidor que só roteia `sip`, podem provocá-lo. O cliente deve tentar de novo com um URI em um esquema que o servidor suporte, por exemplo transformando `tel:+15551234567` em `sip:+15551234567@provider.example;user=phone`. Um servidor que não consegue oferecer TLS até o destino também pode usar o 416 para recusar um URI `sips`, em vez de rebaixar a segurança da chamada.
# SIP 416 Unsupported URI Scheme: common cause 1 of 4, a list item under "Common causes".
sip-416-cause-1 = Um telefone enviou um URI `tel:` a um servidor que só roteia URIs `sip:`.
# SIP 416 Unsupported URI Scheme: common cause 2 of 4, a list item under "Common causes".
sip-416-cause-2 = Uma chamada `sips:` chegou a um servidor ou tronco sem TLS, que não consegue manter a chamada segura.
# SIP 416 Unsupported URI Scheme: common cause 3 of 4, a list item under "Common causes".
sip-416-cause-3 = Uma integração web ou de CRM passou um esquema de link `callto:` ou semelhante diretamente para o Request-URI.
# SIP 416 Unsupported URI Scheme: common cause 4 of 4, a list item under "Common causes".
sip-416-cause-4 = Uma chamada de emergência endereçada a `urn:service:sos` chegou a um servidor não configurado para URNs de serviços de emergência.
# SIP 416 Unsupported URI Scheme: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-416-fix-visitor-1 = Disque o número como dígitos simples em vez de usar um link e remova qualquer prefixo, como `tel:`, que você tenha digitado.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-1 = Normalize o Request-URI na borda: converta `tel:` em um URI `sip:` com `user=phone` e rejeite cedo os esquemas desconhecidos, com uma frase de motivo clara.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-2 = Se você aceita `sips:`, configure primeiro o TLS em todos os saltos, por exemplo um transporte PJSIP do Asterisk com `protocol=tls` ou o Kamailio com `enable_tls`.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-3 = Verifique o URI que o código de click-to-call constrói: só `sip`, `sips` e `tel` devem chegar a um servidor SIP.
# SIP 416 Unsupported URI Scheme compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-400 = Envie 416 quando apenas o esquema do Request-URI não é suportado; envie 400 para outros problemas de sintaxe.
# SIP 416 Unsupported URI Scheme compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-414 = O 416 diz respeito ao esquema do URI; o 414 diz respeito ao comprimento dele.
# SIP 416 Unsupported URI Scheme compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-404 = O 416 significa que o servidor não consegue tratar esse tipo de endereço de forma alguma; o 404 significa que ele trata esse tipo, mas o usuário não existe.

## SIP 417 Unknown Resource-Priority

# SIP 417 Unknown Resource-Priority: one-line summary at the top of the explainer (TL;DR).
sip-417-tldr = A sua chamada pediu tratamento prioritário com um valor de prioridade que o servidor não reconhece.
# SIP 417 Unknown Resource-Priority: the paragraph under "What it means".
sip-417-meaning = A RFC 4412 permite que uma requisição reivindique tratamento preferencial com um cabeçalho `Resource-Priority` cujos valores são pares namespace.prioridade, como `ets.0` ou `wps.2` para os serviços de emergência do governo dos EUA ou `dsn.flash` para redes militares. Se a requisição também traz `Require: resource-priority` e o servidor não entende nenhum dos valores, ele responde 417 e lista os que aceita em `Accept-Resource-Priority`. Sem esse `Require`, um servidor que não entende o cabeçalho simplesmente o ignora e trata a chamada com prioridade normal. O cliente pode tentar de novo com um dos valores aceitos, ou sem exigir a extensão.
# SIP 417 Unknown Resource-Priority: common cause 1 of 3, a list item under "Common causes".
sip-417-cause-1 = Um cliente usa um namespace que a rede não ativou, por exemplo valores `dsn` em uma rede que só suporta `ets` e `wps`.
# SIP 417 Unknown Resource-Priority: common cause 2 of 3, a list item under "Common causes".
sip-417-cause-2 = Um valor de prioridade está escrito errado ou fora do intervalo do seu namespace, como `ets.5` quando só existem `ets.0` a `ets.4`.
# SIP 417 Unknown Resource-Priority: common cause 3 of 3, a list item under "Common causes".
sip-417-cause-3 = Um gateway entre duas redes de preferência não traduz os namespaces delas.
# SIP 417 Unknown Resource-Priority: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-417-fix-visitor-1 = Se você faz chamadas prioritárias por meio de um serviço governamental ou militar, informe a falha à central de suporte desse serviço; os chamadores comuns nunca veem este código.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-1 = Compare o `Resource-Priority` que você enviou com a lista `Accept-Resource-Priority` e configure o cliente com um namespace e um valor suportados.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-2 = Configure os mesmos namespaces em todos os proxies do caminho, ou mapeie-os nas fronteiras entre redes.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-3 = Adicione `Require: resource-priority` apenas quando a chamada deve falhar sem tratamento prioritário; caso contrário, deixe os servidores ignorarem o cabeçalho.
# SIP 417 Unknown Resource-Priority compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-420 = O 417 significa que o servidor suporta a prioridade de recursos, mas não os valores enviados; o 420 significa que ele não suporta de forma alguma a extensão `resource-priority`.
# SIP 417 Unknown Resource-Priority compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-421 = O 417 rejeita valores de prioridade que o servidor não conhece; o 421 pede ao cliente que adicione uma extensão que o servidor exige.
# SIP 417 Unknown Resource-Priority compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-400 = Envie 417 para um cabeçalho `Resource-Priority` válido com valores desconhecidos; envie 400 se o cabeçalho estiver malformado.

## SIP 420 Bad Extension

# SIP 420 Bad Extension: one-line summary at the top of the explainer (TL;DR).
sip-420-tldr = A sua requisição exigiu uma extensão SIP que o servidor não suporta.
# SIP 420 Bad Extension: the paragraph under "What it means".
sip-420-meaning = Um cliente pode tornar extensões SIP obrigatórias listando as tags de opção delas em `Require`, para o UAS, ou em `Proxy-Require`, para os proxies; um servidor que não suporta uma delas não pode processar a requisição e responde 420 com as tags não suportadas em um cabeçalho `Unsupported`. O cliente deve tentar de novo sem essas tags se a chamada puder funcionar sem a extensão, ou desistir. As tags apenas listadas em `Supported` nunca causam um 420, por isso os clientes só devem colocar em `Require` aquilo sem o que a chamada realmente não funciona. Os proxies ignoram o `Require` e verificam apenas o `Proxy-Require`, por isso uma tag desconhecida em `Require` é rejeitada pelo UA da outra ponta, enquanto uma tag desconhecida em `Proxy-Require` é rejeitada por um proxy.
# SIP 420 Bad Extension: common cause 1 of 4, a list item under "Common causes".
sip-420-cause-1 = O chamador enviou `Require: 100rel` a um telefone ou gateway que não implementa respostas provisórias confiáveis.
# SIP 420 Bad Extension: common cause 2 of 4, a list item under "Common causes".
sip-420-cause-2 = O chamador enviou `Require: timer` a um UA sem suporte a temporizadores de sessão.
# SIP 420 Bad Extension: common cause 3 of 4, a list item under "Common causes".
sip-420-cause-3 = Um UA colocou `Proxy-Require: sec-agree` em uma requisição que atravessou proxies fora da rede IMS, que não sabem nada sobre o acordo de segurança (security agreement).
# SIP 420 Bad Extension: common cause 4 of 4, a list item under "Common causes".
sip-420-cause-4 = Uma tag de opção específica de um fabricante foi parar em `Require` e chegou a um par de outro fabricante.
# SIP 420 Bad Extension: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-420-fix-visitor-1 = Nada: o seu telefone e o outro lado discordam sobre um recurso técnico; informe ao seu provedor o número que falha.
# SIP 420 Bad Extension: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-1 = Leia o cabeçalho `Unsupported`, remova essas tags de `Require` ou `Proxy-Require` e tente de novo se a chamada puder funcionar sem elas.
# SIP 420 Bad Extension: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-2 = Ofereça as extensões opcionais em `Supported`, e não em `Require`: em um endpoint PJSIP do Asterisk, use `100rel = yes` em vez de `required`, e `timers = yes` em vez de `required`.
# SIP 420 Bad Extension: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-3 = Identifique o salto que falhou: um 420 vindo de um proxy aponta para o `Proxy-Require`; um 420 vindo do UA da outra ponta, para o `Require`.
# SIP 420 Bad Extension compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-421 = O 420 é o servidor dizendo que não tem uma extensão que o cliente exigiu; o 421 é o servidor dizendo que exige uma extensão que o cliente não ofereceu.
# SIP 420 Bad Extension compared with SIP 417 Unknown Resource-Priority: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-417 = O 420 rejeita uma extensão não suportada; o 417 rejeita valores desconhecidos para a extensão de prioridade de recursos, que o servidor suporta.
# SIP 420 Bad Extension compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-494 = O 420 é uma simples falha por extensão ausente; o 494 pede ao cliente que primeiro configure um mecanismo de segurança por meio do `sec-agree`.

## SIP 421 Extension Required

# SIP 421 Extension Required: one-line summary at the top of the explainer (TL;DR).
sip-421-tldr = O servidor precisa de um recurso SIP que o seu telefone não disse suportar.
# SIP 421 Extension Required: the paragraph under "What it means".
sip-421-meaning = Um 421 é o espelho do 420: o UAS só processa a requisição se o cliente usar uma extensão que ele não listou em `Supported`, e indica a tag de opção necessária em um cabeçalho `Require`. As tags típicas são `100rel` para respostas provisórias confiáveis, `timer` para temporizadores de sessão e `precondition` para precondições de qualidade de serviço. O cliente pode tentar de novo com a tag em `Supported` se implementar a extensão; caso contrário, a chamada não pode prosseguir com este servidor. A RFC 3261 desencoraja o código: um servidor deve funcionar sem a extensão sempre que possível, já que uma chamada sem ela é melhor do que nenhuma chamada.
# SIP 421 Extension Required: common cause 1 of 3, a list item under "Common causes".
sip-421-cause-1 = Um gateway ou núcleo IMS que precisa de mídia antecipada confiável exige `100rel`, e o telefone do chamador não o listou em `Supported`.
# SIP 421 Extension Required: common cause 2 of 3, a list item under "Common causes".
sip-421-cause-2 = O tronco de uma operadora impõe temporizadores de sessão e rejeita os `INVITE`s sem `Supported: timer`.
# SIP 421 Extension Required: common cause 3 of 3, a list item under "Common causes".
sip-421-cause-3 = Um núcleo VoLTE exige `precondition`, e o chamador é um cliente SIP comum.
# SIP 421 Extension Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-421-fix-visitor-1 = Nada: falta ao seu telefone um recurso que o outro lado exige; uma atualização de firmware ou outro softphone pode resolver.
# SIP 421 Extension Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-1 = Leia o cabeçalho `Require` do 421 e ative essa extensão no cliente, por exemplo `100rel = yes` e `timers = yes` em um endpoint PJSIP do Asterisk; depois, tente de novo.
# SIP 421 Extension Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-2 = Se você opera o servidor, torne a extensão opcional, a menos que ela seja realmente obrigatória, e trate as chamadas sem ela sempre que puder.
# SIP 421 Extension Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-3 = Liste em `Supported`, nas requisições iniciais, todas as extensões que você implementa, para que os servidores nunca precisem adivinhar.
# SIP 421 Extension Required compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-420 = O 421 significa que o cliente precisa adicionar uma extensão; o 420 significa que o cliente precisa retirar uma.
# SIP 421 Extension Required compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-494 = O 421 indica uma extensão exigida em geral; o 494 é o caso específico de um mecanismo de segurança `sec-agree` exigido, com as opções listadas em `Security-Server`.
# SIP 421 Extension Required compared with SIP 580 Precondition Failure: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-580 = O 421 trata de uma extensão que o cliente não suportava de forma alguma; o 580 ocorre quando os dois lados usam precondições, mas uma delas não pôde ser atendida.

## SIP 422 Session Interval Too Small

# SIP 422 Session Interval Too Small: one-line summary at the top of the explainer (TL;DR).
sip-422-tldr = O intervalo de renovação da chamada que o seu telefone pediu é curto demais para o servidor, que informa o mínimo que aceita.
# SIP 422 Session Interval Too Small: the paragraph under "What it means".
sip-422-meaning = Os temporizadores de sessão (RFC 4028) fazem as duas pontas de uma chamada renová-la com um re-`INVITE` ou `UPDATE` em um intervalo definido por `Session-Expires`, para que as chamadas cujo endpoint desapareceu sejam eliminadas. Cada proxy ou UAS no caminho pode exigir um mínimo; se o `Session-Expires` estiver abaixo dele, esse elemento responde 422 com o seu mínimo em `Min-SE`. O cliente precisa tentar de novo com um `Session-Expires` pelo menos desse tamanho e colocar o valor no seu próprio cabeçalho `Min-SE`, para que os saltos seguintes não possam baixá-lo de novo. A RFC 4028 define 90 segundos como o menor `Min-SE` permitido e recomenda 1800 segundos como o intervalo habitual.
# SIP 422 Session Interval Too Small: common cause 1 of 3, a list item under "Common causes".
sip-422-cause-1 = Um telefone envia `Session-Expires: 90` ou algo parecido, enquanto o SBC da operadora exige pelo menos 1800 segundos.
# SIP 422 Session Interval Too Small: common cause 2 of 3, a list item under "Common causes".
sip-422-cause-2 = Um proxy no caminho aumentou o mínimo, e um salto seguinte impõe um ainda maior, por isso um segundo 422 vem depois da nova tentativa.
# SIP 422 Session Interval Too Small: common cause 3 of 3, a list item under "Common causes".
sip-422-cause-3 = O temporizador de sessão de um endpoint foi reduzido para detectar rapidamente chamadas mortas, abaixo do que o PBX aceita.
# SIP 422 Session Interval Too Small: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-422-fix-visitor-1 = Nada: o seu telefone normalmente tenta de novo sozinho com um intervalo maior; se as chamadas continuarem falhando, informe o seu provedor.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-1 = Tente de novo automaticamente com `Session-Expires` igual ao `Min-SE` do 422 e adicione ao novo `INVITE` um cabeçalho `Min-SE` com esse valor.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-2 = Alinhe as configurações: `timers_min_se` e `timers_sess_expires` nos endpoints PJSIP do Asterisk, `session-timeout` e `minimum-session-expires` nos perfis Sofia do FreeSWITCH.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-3 = Use o padrão da RFC 4028, de 1800 segundos, a menos que você precise detectar chamadas mortas mais rápido, e nunca fique abaixo de 90.
# SIP 422 Session Interval Too Small compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-422-vs-423 = O 422 trata do intervalo de renovação do temporizador de sessão de uma chamada; o 423 trata da duração de um registro ou de uma assinatura.
# SIP 422 Session Interval Too Small compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-422-vs-420 = O 422 significa que os temporizadores de sessão são entendidos, mas que o intervalo é curto demais; o 420 com `Unsupported: timer` significa que eles não são suportados de forma alguma.

## SIP 423 Interval Too Brief

# SIP 423 Interval Too Brief: one-line summary at the top of the explainer (TL;DR).
sip-423-tldr = O seu telefone pediu para se registrar, ou fazer uma assinatura, por um tempo curto demais, e o servidor informa o mínimo que permite.
# SIP 423 Interval Too Brief: the paragraph under "What it means".
sip-423-meaning = Um registrador ou notificador que considera curto demais o tempo de expiração pedido responde 423 com o menor valor que aceita em `Min-Expires`. O cliente tenta de novo com o cabeçalho `Expires`, ou o parâmetro `expires` de cada `Contact`, definido como pelo menos esse valor. A RFC 3261 permite que um registrador encurte por conta própria um tempo de expiração pedido, mas um tempo curto demais só pode ser recusado, e apenas quando está abaixo de uma hora, que é o que o 423 faz. As requisições com expiração 0, que removem vínculos, não são afetadas. O mesmo código responde a um `SUBSCRIBE` cujo `Expires` está abaixo do mínimo do notificador (RFC 6665).
# SIP 423 Interval Too Brief: common cause 1 of 3, a list item under "Common causes".
sip-423-cause-1 = Um telefone se registra de novo a cada 30 ou 60 segundos para manter aberto o seu mapeamento NAT, abaixo do mínimo do registrador.
# SIP 423 Interval Too Brief: common cause 2 of 3, a list item under "Common causes".
sip-423-cause-2 = O mínimo do registrador foi aumentado, por exemplo para 3600 segundos como no exemplo, para reduzir a carga, e perfis de telefone antigos ainda pedem menos.
# SIP 423 Interval Too Brief: common cause 3 of 3, a list item under "Common causes".
sip-423-cause-3 = Um cliente de BLF ou de presença faz uma assinatura com um `Expires` muito curto para consultar mudanças periodicamente.
# SIP 423 Interval Too Brief: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-423-fix-visitor-1 = Nada: o seu telefone deve tentar de novo sozinho com um tempo maior; se o registro continuar falhando, defina nas configurações dele um intervalo de registro igual ou superior ao mínimo do servidor.
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-1 = Tente de novo com o valor de `Min-Expires` da resposta e guarde-o, para que os registros seguintes comecem por ele.
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-2 = Mantenha abertos os mapeamentos NAT com keepalives em vez de registros curtos: keepalives CRLF ou SIP Outbound (RFC 5626) a partir do telefone, ou `OPTIONS` a partir do servidor (`qualify_frequency` no Asterisk).
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-3 = Verifique o mínimo do servidor, por exemplo `min_expires` no módulo registrar do Kamailio ou a opção de AOR `minimum_expiration` no PJSIP do Asterisk, e mantenha-o coerente com os perfis de telefone que você provisiona.
# SIP 423 Interval Too Brief compared with SIP 422 Session Interval Too Small: one sentence in the "Related codes" section saying when to use which.
sip-423-vs-422 = O 423 diz respeito à duração de um registro ou de uma assinatura; o 422 diz respeito ao intervalo do temporizador de sessão de uma chamada.
# SIP 423 Interval Too Brief compared with SIP 412 Conditional Request Failed: one sentence in the "Related codes" section saying when to use which.
sip-423-vs-412 = O 423 rejeita um tempo de expiração curto demais; o 412 rejeita uma renovação de `PUBLISH` cuja tag de entidade não é mais conhecida.

## SIP 424 Bad Location Information

# SIP 424 Bad Location Information: one-line summary at the top of the explainer (TL;DR).
sip-424-tldr = As informações de localização enviadas com a sua chamada, geralmente uma chamada de emergência, não puderam ser usadas.
# SIP 424 Bad Location Information: the paragraph under "What it means".
sip-424-meaning = A RFC 6442 permite que uma requisição transmita a localização do chamador: um cabeçalho `Geolocation` aponta ou para uma parte de corpo PIDF-LO, por um URI `cid:`, ou para um servidor de localização do qual a localização pode ser obtida, e `Geolocation-Routing` diz se os proxies podem rotear com base nela. Um destinatário que não consegue usar a localização responde 424 com um cabeçalho `Geolocation-Error` que traz um código numérico e um texto: 100 quando a localização não pode ser processada, 200 a 202 quando falta uma permissão e 300 quando uma referência de localização não pôde ser desreferenciada. O remetente deve corrigir o objeto ou a referência de localização, ou enviar a localização por valor, e tentar de novo. Como o código diz respeito sobretudo a chamadas de emergência, que são roteadas pela localização, um 424 merece uma investigação imediata.
# SIP 424 Bad Location Information: common cause 1 of 4, a list item under "Common causes".
sip-424-cause-1 = O corpo PIDF-LO está malformado ou usa uma forma de localização que o destinatário não consegue processar.
# SIP 424 Bad Location Information: common cause 2 of 4, a list item under "Common causes".
sip-424-cause-2 = O cabeçalho `Geolocation` faz referência a um URI de servidor de localização que o destinatário não consegue alcançar ou não tem permissão para consultar.
# SIP 424 Bad Location Information: common cause 3 of 4, a list item under "Common causes".
sip-424-cause-3 = O cabeçalho `Geolocation` aponta para uma parte de corpo `cid:` que falta no corpo multipart, por exemplo porque um B2BUA a descartou.
# SIP 424 Bad Location Information: common cause 4 of 4, a list item under "Common causes".
sip-424-cause-4 = A localização é imprecisa ou antiga demais para que o destinatário roteie a chamada com base nela.
# SIP 424 Bad Location Information: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-424-fix-visitor-1 = Se uma chamada de emergência falhar, ligue de novo imediatamente; se puder, use um celular e informe o seu endereço ao atendente.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-1 = Leia o código de `Geolocation-Error`: 100 significa que é preciso corrigir o PIDF-LO; 300 significa que é preciso verificar se o URI de localização pode ser alcançado a partir do destinatário e se o certificado TLS e as regras de acesso dele permitem a consulta.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-2 = Valide os documentos PIDF-LO segundo as regras da RFC 4119 e da RFC 5491 e garanta que todos os B2BUAs repassem sem alterações os corpos multipart e o cabeçalho `Geolocation`.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-3 = Teste o provisionamento da localização com o provedor do serviço de emergência antes de entrar em produção e gere um alarme para cada 424 em produção.
# SIP 424 Bad Location Information compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-400 = O 424 diz respeito aos dados de localização transportados por um SIP que, de resto, é válido; o 400 diz respeito a uma sintaxe SIP malformada.
# SIP 424 Bad Location Information compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-415 = O 424 significa que um formato de localização suportado não pôde ser usado; o 415 significa que o próprio tipo do corpo não é suportado.
# SIP 424 Bad Location Information compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-488 = O 424 rejeita as informações de localização; o 488 rejeita a descrição de sessão.

## SIP 425 Bad Alert Message

# SIP 425 Bad Alert Message: one-line summary at the top of the explainer (TL;DR).
sip-425-tldr = O alerta automático enviado como mensagem de emergência, por exemplo por um alarme ou um carro, não pôde ser entendido.
# SIP 425 Bad Alert Message: the paragraph under "What it means".
sip-425-meaning = A RFC 8876 define as chamadas de emergência não interativas: um dispositivo como uma central de alarme, um sensor ou o sistema de um veículo envia um `MESSAGE` a um URN de serviço de emergência, com um documento Common Alerting Protocol (CAP) como parte do corpo, do tipo `application/common-alerting-protocol+xml`. Se o destinatário não consegue deduzir dele uma resposta de emergência razoável, ele responde 425 com um cabeçalho `AlertMsg-Error` que contém um código e um texto: 100 quando o conteúdo não pode ser processado, 101 quando ele está ausente ou não pode ser encontrado, 102 quando faltam as informações necessárias para determinar a finalidade do alerta e 103 quando ele está corrompido. Defeitos pequenos não devem levar a um 425: espera-se que o destinatário aja com base no que conseguir usar. O remetente precisa reparar o documento CAP e enviá-lo de novo.
# SIP 425 Bad Alert Message: common cause 1 of 4, a list item under "Common causes".
sip-425-cause-1 = O documento CAP não passa na validação do esquema CAP 1.2, por exemplo porque falta um elemento obrigatório como `identifier` ou `sender`.
# SIP 425 Bad Alert Message: common cause 2 of 4, a list item under "Common causes".
sip-425-cause-2 = O `MESSAGE` faz referência a uma parte de corpo CAP que está ausente, ou cujo `Content-ID` não corresponde à referência.
# SIP 425 Bad Alert Message: common cause 3 of 4, a list item under "Common causes".
sip-425-cause-3 = O alerta diz muito pouco para que se possa agir, por exemplo sem tipo de evento e sem localização, por isso o serviço de emergência não consegue decidir que ajuda enviar.
# SIP 425 Bad Alert Message: common cause 4 of 4, a list item under "Common causes".
sip-425-cause-4 = Um intermediário alterou o corpo no caminho, por exemplo mudando a codificação de caracteres, e corrompeu o XML.
# SIP 425 Bad Alert Message: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-425-fix-visitor-1 = Se o seu alarme, sensor ou sistema do veículo informar que um alerta de emergência falhou, ligue você mesmo para o número de emergência.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-1 = Valide os documentos CAP com o esquema OASIS CAP 1.2 antes de enviá-los e inclua o que as equipes de socorro precisam, como evento, urgência, gravidade e localização.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-2 = Verifique a estrutura multipart: o `Content-ID` da parte CAP precisa corresponder à referência a ela, e os intermediários precisam repassar o corpo sem alterações.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-3 = Use o código de `AlertMsg-Error` para escolher a correção (100 processamento, 101 conteúdo ausente, 102 informações insuficientes, 103 corrupção) e teste com o provedor do serviço de emergência antes da implantação.
# SIP 425 Bad Alert Message compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-415 = O 425 significa que o formato do alerta é suportado, mas que este documento CAP é inutilizável; o 415 significa que o tipo de mídia do corpo não é suportado de forma alguma.
# SIP 425 Bad Alert Message compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-400 = O 425 diz respeito ao conteúdo do alerta; o 400 diz respeito à sintaxe da própria mensagem SIP.
# SIP 425 Bad Alert Message compared with SIP 424 Bad Location Information: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-424 = O 425 rejeita o conteúdo do alerta CAP; o 424 rejeita as informações de localização anexadas a uma requisição.

## SIP 428 Use Identity Header

# SIP 428 Use Identity Header: one-line summary at the top of the explainer (TL;DR).
sip-428-tldr = A rede que recebe a sua chamada exige uma identidade do chamador assinada, e a chamada chegou sem nenhuma.
# SIP 428 Use Identity Header: the paragraph under "What it means".
sip-428-meaning = No STIR (RFC 8224), um serviço de autenticação no provedor de origem assina os números de origem e de destino em um token PASSporT (RFC 8225), transportado em um cabeçalho `Identity`, e um serviço de verificação no lado de destino o confere. Um verificador cuja política exige chamadas assinadas responde a uma requisição não assinada com 428, pedindo um cabeçalho `Identity`. O telefone do chamador raramente consegue adicionar um por conta própria: a assinatura acontece na operadora de origem, por isso um 428 geralmente aponta para uma falha na cadeia, como uma operadora que não assina ou um salto de trânsito que descarta o cabeçalho. O código vem do mecanismo de identidade original da RFC 4474 e sobreviveu à substituição dela pela RFC 8224. Muitos verificadores aceitam chamadas não assinadas e apenas as marcam, por isso o 428 reflete uma política deliberada em uma interconexão específica.
# SIP 428 Use Identity Header: common cause 1 of 4, a list item under "Common causes".
sip-428-cause-1 = A operadora de origem não implantou um serviço de autenticação STIR/SHAKEN, por isso as chamadas dela saem sem cabeçalho `Identity`.
# SIP 428 Use Identity Header: common cause 2 of 4, a list item under "Common causes".
sip-428-cause-2 = Uma operadora de trânsito ou um segmento TDM no caminho descartou o cabeçalho `Identity`, por isso a chamada chega sem assinatura.
# SIP 428 Use Identity Header: common cause 3 of 4, a list item under "Common causes".
sip-428-cause-3 = O PBX de uma empresa apresentou um identificador de chamadas que o provedor do tronco não atribuiu, e o provedor não assina esse tipo de chamada.
# SIP 428 Use Identity Header: common cause 4 of 4, a list item under "Common causes".
sip-428-cause-4 = Um SBC entre a operadora e o verificador remove os cabeçalhos desconhecidos e, junto com eles, o `Identity`.
# SIP 428 Use Identity Header: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-428-fix-visitor-1 = Pergunte ao seu provedor de telefonia se as suas chamadas são assinadas com STIR/SHAKEN; a correção cabe a ele, não ao seu telefone.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-1 = Capture o `INVITE` em cada SBC do seu lado para ver onde o cabeçalho `Identity` desaparece; as regras de manipulação de cabeçalhos e a ocultação de topologia (topology hiding) costumam removê-lo.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-2 = Assine as chamadas de saída com um serviço de autenticação, o seu próprio, com um certificado STI, ou o da sua operadora, e apresente identificadores de chamadas que o seu provedor possa atestar.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-3 = Como verificador, decida por interconexão se vai rejeitar as chamadas não assinadas com 428 ou aceitá-las e marcá-las; rejeitar parceiros que ainda não conseguem assinar também corta tráfego legítimo.
# SIP 428 Use Identity Header compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-438 = Envie 428 quando o cabeçalho `Identity` está ausente; envie 438 quando ele está presente, mas falha na verificação.
# SIP 428 Use Identity Header compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-436 = O 428 trata de um cabeçalho `Identity` ausente; o 436 trata de um cabeçalho presente cuja referência à credencial não pode ser usada.
# SIP 428 Use Identity Header compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-437 = O 428 pede que haja uma assinatura, para começar; o 437 rejeita a credencial usada para produzi-la.
# SIP 428 Use Identity Header compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-433 = O 428 exige uma identidade assinada criptograficamente; o 433 rejeita uma chamada cuja identidade o chamador preferiu ocultar.

## SIP 429 Provide Referrer Identity

# SIP 429 Provide Referrer Identity: one-line summary at the top of the explainer (TL;DR).
sip-429-tldr = A pessoa para quem você está sendo transferido só aceita a transferência se ela for assinada por quem a pediu.
# SIP 429 Provide Referrer Identity: the paragraph under "What it means".
sip-429-meaning = Em uma transferência, quem a pede (o referrer) envia um `REFER` a quem vai executá-la (o referee), que então envia um `INVITE` ao alvo da transferência com um cabeçalho `Referred-By` que indica o referrer. A RFC 3892 permite que o referrer comprove essa afirmação com um token, uma parte de corpo `message/sipfrag` assinada com S/MIME e referenciada a partir do `Referred-By` por um parâmetro `cid`. Um alvo que exige esse token e não recebe nenhum, ou nenhum que consiga validar, responde ao `INVITE` com 429. Só o referrer pode produzir o token, por isso o referee devolve o 429 no corpo `message/sipfrag` de um `NOTIFY`, e cabe ao referrer tentar a transferência de novo com um token assinado. O código é raro na prática, porque poucas implantações usam S/MIME no SIP.
# SIP 429 Provide Referrer Identity: common cause 1 of 3, a list item under "Common causes".
sip-429-cause-1 = Um alvo de transferência configurado para exigir tokens da RFC 3892 recebeu um `INVITE` com um cabeçalho `Referred-By` simples, sem assinatura.
# SIP 429 Provide Referrer Identity: common cause 2 of 3, a list item under "Common causes".
sip-429-cause-2 = O referrer forneceu um token, mas o referee não o copiou no seu `INVITE` para o alvo da transferência.
# SIP 429 Provide Referrer Identity: common cause 3 of 3, a list item under "Common causes".
sip-429-cause-3 = O alvo não conseguiu validar a assinatura do token, por exemplo porque não confia no certificado do referrer.
# SIP 429 Provide Referrer Identity: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-429-fix-visitor-1 = Não há nada que você possa corrigir durante a chamada; peça o número à pessoa que transferiu você e ligue diretamente.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-1 = Se você opera o alvo da transferência, decida se realmente precisa de uma identidade do referrer assinada; a maioria das implantações, em vez disso, só confia no `Referred-By` vindo de pares autenticados.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-2 = No referee, repasse o 429 ao referrer em um `NOTIFY` com corpo `message/sipfrag`, para que o referrer possa tentar de novo com um token.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-3 = No referrer, anexe um token `message/sipfrag` assinado com S/MIME e referenciado pelo parâmetro `cid` do `Referred-By` quando se souber que o alvo o exige.
# SIP 429 Provide Referrer Identity compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-403 = Envie 429 quando a transferência seria aceita se a identidade do referrer estivesse assinada; envie 403 quando ela seria recusada de qualquer forma.
# SIP 429 Provide Referrer Identity compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-428 = O 429 pede um token `Referred-By` assinado sobre quem pediu uma transferência; o 428 pede um cabeçalho `Identity` assinado sobre quem está ligando.
# SIP 429 Provide Referrer Identity compared with SIP 470 Consent Needed: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-470 = O 429 trata de provar quem pediu a transferência; o 470 trata de destinatários que não concordaram em receber requisições por meio de um retransmissor (relay).

## SIP 430 Flow Failed

# SIP 430 Flow Failed: one-line summary at the top of the explainer (TL;DR).
sip-430-tldr = A conexão que um servidor usava para alcançar um telefone caiu, por isso a chamada é tentada de outra forma.
# SIP 430 Flow Failed: the paragraph under "What it means".
sip-430-meaning = O SIP Outbound (RFC 5626) permite que um UA mantenha abertas uma ou mais conexões persistentes, chamadas de fluxos (flows), com proxies de borda, e que o proxy autoritativo envie de volta por elas as requisições recebidas. Quando um proxy de borda precisa encaminhar uma requisição por um fluxo que não funciona mais, por exemplo uma conexão TCP que foi fechada, ele responde 430 em vez de tentar alcançar o UA de outra forma. Ao recebê-lo, o proxy autoritativo descarta o registro vinculado a esse fluxo e passa para os fluxos ou contatos restantes do usuário, e o chamador só fica sabendo do resultado final. O UA, por sua vez, detecta o fluxo morto pelos seus keepalives (CRLF para TCP, STUN para UDP) e se registra de novo para criar um novo fluxo.
# SIP 430 Flow Failed: common cause 1 of 3, a list item under "Common causes".
sip-430-cause-1 = A conexão TCP ou TLS de um softphone móvel com o proxy de borda foi fechada quando o telefone mudou de rede ou entrou em repouso.
# SIP 430 Flow Failed: common cause 2 of 3, a list item under "Common causes".
sip-430-cause-2 = Um NAT ou firewall descartou um fluxo ocioso porque o intervalo de keepalive era maior do que o tempo limite dele.
# SIP 430 Flow Failed: common cause 3 of 3, a list item under "Common causes".
sip-430-cause-3 = O proxy de borda reiniciou e perdeu a sua tabela de conexões, por isso todos os fluxos que passavam por ele deixam de existir até que os UAs se registrem de novo.
# SIP 430 Flow Failed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-430-fix-visitor-1 = Se as pessoas não conseguem falar com você, abra o app de softphone ou verifique a conexão de rede dele, para que ele se registre de novo.
# SIP 430 Flow Failed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-1 = Faça o proxy autoritativo tratar o 430 descartando o vínculo desse fluxo e tentando outros contatos; no Kamailio, os módulos `outbound`, `path` e `registrar`, em conjunto, tratam os tokens de fluxo e os vínculos.
# SIP 430 Flow Failed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-2 = Envie keepalives com mais frequência do que o menor tempo limite de NAT no caminho e respeite o cabeçalho `Flow-Timer` que o registrador retorna.
# SIP 430 Flow Failed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-3 = Registre mais de um fluxo, com valores `reg-id` diferentes e através de proxies de borda diferentes, para que um fluxo quebrado não torne o usuário inacessível.
# SIP 430 Flow Failed compared with SIP 439 First Hop Lacks Outbound Support: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-439 = O 430 informa que um fluxo outbound que funcionava quebrou; o 439 informa que não foi possível configurar o outbound no registro porque o primeiro salto não o suporta.
# SIP 430 Flow Failed compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-480 = O 430 diz a um proxy que um caminho até o UA falhou, enquanto outros ainda podem funcionar; o 480 diz ao chamador que o destinatário não pode ser alcançado de forma alguma neste momento.
# SIP 430 Flow Failed compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-408 = O 430 é uma resposta imediata de um proxy de borda que sabe que o fluxo está morto; o 408 ocorre quando ninguém respondeu antes de um temporizador se esgotar.

## SIP 433 Anonymity Disallowed

# SIP 433 Anonymity Disallowed: one-line summary at the top of the explainer (TL;DR).
sip-433-tldr = A pessoa para quem você ligou não aceita chamadas de números ocultos.
# SIP 433 Anonymity Disallowed: the paragraph under "What it means".
sip-433-meaning = A RFC 5079 dá aos destinatários uma forma específica de recusar chamadas anônimas. Uma chamada é considerada anônima quando o seu cabeçalho `From` traz um URI anônimo, como `sip:anonymous@anonymous.invalid`, ou quando um cabeçalho `Privacy` (RFC 3323), por exemplo `Privacy: id`, pede à rede que oculte a identidade do chamador. Um UAS, ou um proxy que atua em nome do destinatário, responde a essa chamada com 433 em vez de um 403 ou 603 genérico, para que o telefone do chamador possa explicar por que a chamada falhou e sugerir ligar de novo com o número visível. O código não diz nada sobre se o chamador é confiável; ele apenas reflete a configuração de rejeição de chamadas anônimas do destinatário.
# SIP 433 Anonymity Disallowed: common cause 1 of 4, a list item under "Common causes".
sip-433-cause-1 = O destinatário ativou a rejeição de chamadas anônimas no seu provedor ou PBX.
# SIP 433 Anonymity Disallowed: common cause 2 of 4, a list item under "Common causes".
sip-433-cause-2 = O chamador discou um prefixo como `*67` na América do Norte ou `#31#` em muitas redes móveis para ocultar o seu número nesta chamada.
# SIP 433 Anonymity Disallowed: common cause 3 of 4, a list item under "Common causes".
sip-433-cause-3 = O telefone ou a conta do chamador oculta o identificador de chamadas em todas as chamadas, por isso os seus `INVITE`s trazem `Privacy: id` ou um `From` anônimo.
# SIP 433 Anonymity Disallowed: common cause 4 of 4, a list item under "Common causes".
sip-433-cause-4 = Um PBX ou tronco envia um identificador de chamadas anônimo por engano, por exemplo porque nenhum identificador de saída está configurado.
# SIP 433 Anonymity Disallowed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-433-fix-visitor-1 = Ligue de novo com o seu número visível: não use prefixos como `*67` ou desative a opção de ocultar o identificador de chamadas nas configurações do seu telefone.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-1 = Procure no `INVITE` de saída um `From` anônimo ou um cabeçalho `Privacy: id` e defina um identificador de chamadas válido no tronco do PBX se o anonimato não era intencional.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-2 = Quando rejeitar chamadas anônimas, use 433 em vez de 403 ou 603 e considere um anúncio que peça aos chamadores que mostrem o seu número.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-3 = Associe o 433 a uma mensagem clara na interface do seu softphone, já que os usuários raramente percebem que o seu número está oculto.
# SIP 433 Anonymity Disallowed compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-403 = Envie 433 quando o único motivo da recusa é que o chamador está anônimo; envie 403 para qualquer outra recusa por política.
# SIP 433 Anonymity Disallowed compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-428 = O 433 rejeita um chamador que preferiu ocultar a sua identidade; o 428 rejeita uma chamada que não tem assinatura criptográfica para a identidade que mostra.
# SIP 433 Anonymity Disallowed compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-603 = O 433 é uma regra automática contra números ocultos; o 603 é o destinatário recusando uma chamada em particular.

## SIP 436 Bad Identity Info

# SIP 436 Bad Identity Info: one-line summary at the top of the explainer (TL;DR).
sip-436-tldr = O servidor não conseguiu obter ou usar a referência ao certificado anexada à identidade assinada do chamador na sua chamada.
# SIP 436 Bad Identity Info: the paragraph under "What it means".
sip-436-meaning = Na RFC 8224, o cabeçalho `Identity` traz uma assinatura PASSporT e um parâmetro `info` com o URI da credencial, geralmente um certificado, que o verificador precisa usar para conferi-la; no SHAKEN, é a mesma URL HTTPS do campo `x5u` do cabeçalho do PASSporT. Se esse URI não pode ser desreferenciado, usa um esquema que o verificador não suporta ou leva a algo que não é uma credencial utilizável, o verificador responde 436. A assinatura ainda não foi avaliada nesse ponto: o problema está apenas na obtenção da credencial. O nome antigo, Bad Identity-Info, vem do cabeçalho `Identity-Info` separado da RFC 4474, que a RFC 8224 substituiu pelo parâmetro `info`.
# SIP 436 Bad Identity Info: common cause 1 of 4, a list item under "Common causes".
sip-436-cause-1 = O repositório de certificados por trás da URL `info` está fora do ar, inacessível a partir do verificador ou tão lento que a obtenção esgota o tempo limite.
# SIP 436 Bad Identity Info: common cause 2 of 4, a list item under "Common causes".
sip-436-cause-2 = A URL `info` usa HTTP simples ou outro esquema que a política do verificador não aceita.
# SIP 436 Bad Identity Info: common cause 3 of 4, a list item under "Common causes".
sip-436-cause-3 = A URL retorna uma página de erro HTML ou um arquivo no formato errado em vez de uma cadeia de certificados PEM.
# SIP 436 Bad Identity Info: common cause 4 of 4, a list item under "Common causes".
sip-436-cause-4 = O parâmetro `info` e o valor `x5u` do PASSporT são diferentes, por isso o verificador recusa a referência.
# SIP 436 Bad Identity Info: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-436-fix-visitor-1 = Nada no seu telefone; informe a chamada que falhou ao seu provedor, cuja assinatura de chamadas precisa ser corrigida.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-1 = Obtenha a URL `info` a partir da rede do verificador, por exemplo com `curl -v`, e verifique o certificado TLS, o código de status e um `Content-Type` como `application/pem-certificate-chain`.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-2 = Hospede os certificados em um armazenamento HTTPS de alta disponibilidade, sob uma URL estável, e monitore essa URL a partir de fora da sua rede.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-3 = Faça o serviço de assinatura escrever a mesma URL no parâmetro `info` e no campo `x5u` do PASSporT.
# SIP 436 Bad Identity Info compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-437 = O 436 significa que não foi possível obter ou usar a credencial a partir da sua referência; o 437 significa que ela foi obtida, mas não é suportada ou não é confiável.
# SIP 436 Bad Identity Info compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-438 = O 436 para antes de a assinatura ser conferida; o 438 significa que a assinatura foi conferida e falhou.
# SIP 436 Bad Identity Info compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-428 = O 436 diz respeito a um cabeçalho `Identity` presente, mas que aponta para uma credencial inutilizável; o 428 diz respeito a um cabeçalho `Identity` ausente.

## SIP 437 Unsupported Credential

# SIP 437 Unsupported Credential: one-line summary at the top of the explainer (TL;DR).
sip-437-tldr = O certificado usado para assinar a identidade do chamador na sua chamada não é aceito pela rede que a recebe.
# SIP 437 Unsupported Credential: the paragraph under "What it means".
sip-437-meaning = O verificador obteve a credencial indicada pelo parâmetro `info` do cabeçalho `Identity`, mas não consegue usá-la para validar a chamada: o certificado pode levar a uma autoridade em que o verificador não confia, estar expirado ou revogado, usar um algoritmo não suportado ou não abranger o número de origem. O verificador responde 437, e o serviço de autenticação de origem precisa assinar com uma credencial aceitável. No SHAKEN, a lista de autoridades certificadoras confiáveis é controlada por um administrador de políticas em cada país, como o STI-PA nos Estados Unidos, por isso um certificado de uma CA não aprovada é recusado mesmo que seja tecnicamente válido. O seu nome antigo na RFC 4474, Unsupported Certificate, foi ampliado pela RFC 8224, porque uma credencial não precisa ser um certificado.
# SIP 437 Unsupported Credential: common cause 1 of 4, a list item under "Common causes".
sip-437-cause-1 = O certificado de assinatura foi emitido por uma autoridade certificadora ausente da lista de confiança do verificador, como uma CA de teste ou autoassinada.
# SIP 437 Unsupported Credential: common cause 2 of 4, a list item under "Common causes".
sip-437-cause-2 = O certificado expirou ou foi revogado, por exemplo depois que o token de código de provedor de serviço (SPC) SHAKEN do provedor foi revogado.
# SIP 437 Unsupported Credential: common cause 3 of 4, a list item under "Common causes".
sip-437-cause-3 = O certificado não abrange o número de origem, por exemplo um certificado delegado cuja TNAuthList não contém esse número.
# SIP 437 Unsupported Credential: common cause 4 of 4, a list item under "Common causes".
sip-437-cause-4 = O certificado usa um tipo de chave ou um algoritmo que o verificador não suporta; o SHAKEN espera assinaturas ES256 com chaves P-256.
# SIP 437 Unsupported Credential: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-437-fix-visitor-1 = Não há nada que você possa fazer no seu telefone; avise o seu provedor, já que o certificado com que ele assina as chamadas não é aceito.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-1 = Examine o certificado com `openssl x509 -in cert.pem -noout -text`: verifique o emissor, as datas de validade, o algoritmo da chave e a extensão TNAuthList.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-2 = Renove os certificados antes que expirem, automatize a renovação e gere alertas com bastante antecedência em relação à data de expiração.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-3 = Garanta que a sua STI-CA seja aprovada pelo administrador de políticas competente e mantenha o repositório de confiança (trust store) do verificador alinhado com a lista atual de CAs.
# SIP 437 Unsupported Credential compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-436 = O 437 significa que a credencial foi obtida, mas não é aceitável; o 436 significa que, para começar, não foi possível obtê-la ou usá-la.
# SIP 437 Unsupported Credential compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-438 = O 437 rejeita a credencial de assinatura; o 438 rejeita a assinatura ou o cabeçalho produzidos com ela.
# SIP 437 Unsupported Credential compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-428 = O 437 responde a uma chamada assinada cuja credencial não é confiável; o 428 responde a uma chamada que não foi assinada de forma alguma.

## SIP 438 Invalid Identity Header

# SIP 438 Invalid Identity Header: one-line summary at the top of the explainer (TL;DR).
sip-438-tldr = A identidade assinada do chamador na sua chamada falhou na verificação, por isso a chamada foi rejeitada.
# SIP 438 Invalid Identity Header: the paragraph under "What it means".
sip-438-meaning = O verificador obteve uma credencial utilizável, mas o cabeçalho `Identity` não confere: a assinatura do PASSporT não é validada, as suas claims não correspondem à requisição, por exemplo os números `orig` e `dest` diferem do `From` e do Request-URI ou do `To` após a normalização, ou o cabeçalho está malformado. A RFC 8224 usa o 438 para esses casos, ao passo que uma requisição cujo `Date` está fora da janela de validade (cerca de um minuto é o habitual) recebe 403 com a frase de motivo “Stale Date”. Como a assinatura abrange os números de origem e de destino e o horário, qualquer reescrita deles depois da assinatura a invalida. Muitos verificadores SHAKEN aceitam essas chamadas e apenas registram a falha na verificação, por isso depende da política local se um 438 encerra a chamada.
# SIP 438 Invalid Identity Header: common cause 1 of 4, a list item under "Common causes".
sip-438-cause-1 = Uma operadora ou um SBC reescreveu o número de origem ou de destino depois da assinatura, por exemplo adicionando ou removendo um código de país ou um prefixo.
# SIP 438 Invalid Identity Header: common cause 2 of 4, a list item under "Common causes".
sip-438-cause-2 = Um B2BUA gerou de novo o cabeçalho `Date`, que por isso não corresponde mais ao valor `iat` do PASSporT.
# SIP 438 Invalid Identity Header: common cause 3 of 4, a list item under "Common causes".
sip-438-cause-3 = O serviço de assinatura usou uma chave privada que não pertence ao certificado indicado em `info`.
# SIP 438 Invalid Identity Header: common cause 4 of 4, a list item under "Common causes".
sip-438-cause-4 = O cabeçalho foi truncado ou alterado no trânsito, por exemplo por um dispositivo que limita o comprimento dos cabeçalhos.
# SIP 438 Invalid Identity Header: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-438-fix-visitor-1 = Nada no seu telefone; informe a chamada que falhou ao seu provedor, com o horário e o número, porque um elemento da rede alterou a chamada depois que ela foi assinada.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-1 = Decodifique o PASSporT (a parte do cabeçalho `Identity` antes do primeiro `;`, com três segmentos base64url separados por pontos) e compare `orig`, `dest` e `iat` com o `From`, o `To` ou o Request-URI e o `Date` da requisição tal como foi recebida.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-2 = Assine apenas depois de toda a normalização de números e impeça os B2BUAs de alterar `From`, `To` ou `Date` nas chamadas assinadas.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-3 = Verifique assinaturas de teste em laboratório com uma biblioteca independente, para distinguir chaves incompatíveis de alterações feitas no trânsito.
# SIP 438 Invalid Identity Header compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-436 = O 438 significa que a assinatura ou o cabeçalho falhou na verificação; o 436 significa que não foi possível obter a credencial necessária para a verificação.
# SIP 438 Invalid Identity Header compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-437 = O 438 culpa a assinatura e as suas claims; o 437 culpa o certificado usado.
# SIP 438 Invalid Identity Header compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-428 = O 438 responde a um cabeçalho `Identity` presente, mas inválido; o 428 responde a uma requisição sem cabeçalho `Identity`.
# SIP 438 Invalid Identity Header compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-403 = Envie 438 quando a assinatura ou as suas claims falham; envie 403 com “Stale Date” quando a requisição é simplesmente antiga demais.

## SIP 439 First Hop Lacks Outbound Support

# SIP 439 First Hop Lacks Outbound Support: one-line summary at the top of the explainer (TL;DR).
sip-439-tldr = O seu telefone pediu um modo especial de conexão persistente que o primeiro servidor da rede não suporta, por isso o registro falhou.
# SIP 439 First Hop Lacks Outbound Support: the paragraph under "What it means".
sip-439-meaning = Um UA que quer usar o SIP Outbound (RFC 5626) se registra com os parâmetros `+sip.instance` e `reg-id` no seu `Contact` e com `Supported: outbound`. O outbound só funciona se o proxy de borda do primeiro salto mantiver o fluxo e rotear de volta por ele, o que ele sinaliza adicionando um cabeçalho `Path` cujo URI traz o parâmetro `ob`, a menos que o próprio registrador seja o primeiro salto. Quando o registrador recebe um `REGISTER` assim e o primeiro salto não mostrou suporte a outbound, ele responde 439 em vez de criar um vínculo que falharia mais tarde. O UA pode se registrar de novo sem `reg-id`, o que resulta em um registro comum, ou usar outro proxy de borda que suporte outbound.
# SIP 439 First Hop Lacks Outbound Support: common cause 1 of 3, a list item under "Common causes".
sip-439-cause-1 = O telefone está com o SIP Outbound ativado, mas o SBC ou o proxy de borda na frente do registrador não adiciona um `Path` com `;ob`.
# SIP 439 First Hop Lacks Outbound Support: common cause 2 of 3, a list item under "Common causes".
sip-439-cause-2 = Um balanceador de carga colocado como primeiro salto encaminha os registros sem adicionar nenhum cabeçalho `Path`.
# SIP 439 First Hop Lacks Outbound Support: common cause 3 of 3, a list item under "Common causes".
sip-439-cause-3 = O proxy de borda suporta outbound, mas a inserção do `Path` está desativada na configuração dele.
# SIP 439 First Hop Lacks Outbound Support: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-439-fix-visitor-1 = Se o seu app não consegue se registrar, desative uma opção avançada como o SIP Outbound nas configurações da conta ou pergunte ao seu provedor qual configuração usar.
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-1 = Em um proxy de borda Kamailio, carregue os módulos `outbound` e `path`, adicione `Path` com `add_path()` nos registros e configure o registrador para usá-lo (`use_path`, `path_mode`).
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-2 = Se a borda não consegue suportar outbound, provisione os telefones sem `reg-id` e conte com keepalives de NAT comuns em vez disso.
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-3 = Leia o `REGISTER` que falha tal como o registrador o vê: `Supported: outbound`, `reg-id` e `+sip.instance` em `Contact`, e a primeira entrada de `Path`, com ou sem `;ob`, mostram qual lado está mal configurado.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 430 Flow Failed: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-430 = O 439 se recusa a configurar o outbound no momento do registro; o 430 informa que um fluxo outbound que funcionava quebrou.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-423 = O 439 rejeita um registro porque o caminho não suporta outbound; o 423 o rejeita porque o tempo de expiração pedido é curto demais.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-421 = O 439 é o registrador dizendo que o caminho de rede não consegue usar outbound; o 421 é um servidor dizendo que falta ao próprio cliente uma extensão exigida.

## SIP 440 Max-Breadth Exceeded

# SIP 440 Max-Breadth Exceeded: one-line summary at the top of the explainer (TL;DR).
sip-440-tldr = A sua chamada teria sido oferecida a dispositivos demais ao mesmo tempo, por isso um proxy se recusou a espalhá-la ainda mais.
# SIP 440 Max-Breadth Exceeded: the paragraph under "What it means".
sip-440-meaning = A RFC 5393 fechou uma brecha de amplificação na bifurcação SIP: quando vários proxies em sequência bifurcam em paralelo, uma única requisição pode se multiplicar em um número enorme de ramos. O cabeçalho `Max-Breadth` limita o número de ramos simultâneos que uma requisição e as suas descendentes podem ter; um proxy que bifurca em paralelo divide o valor entre os seus ramos, e uma requisição sem o cabeçalho é tratada como se trouxesse 60. Se a largura restante for pequena demais para os ramos que um proxy quer criar, ele pode bifurcar menos ramos ao mesmo tempo e tentar o resto em sequência e, se não conseguir enviar nem um ramo, responde 440. A bifurcação sequencial não consome largura, porque apenas um ramo está ativo de cada vez.
# SIP 440 Max-Breadth Exceeded: common cause 1 of 4, a list item under "Common causes".
sip-440-cause-1 = Um usuário com muitos dispositivos registrados é chamado por meio de um grupo de toque, e o proxy bifurcaria para mais contatos do que o `Max-Breadth` restante permite.
# SIP 440 Max-Breadth Exceeded: common cause 2 of 4, a list item under "Common causes".
sip-440-cause-2 = Vários proxies em sequência bifurcam em paralelo, por exemplo um grupo de busca de uma empresa atrás de um serviço de toque simultâneo de um provedor, dividindo a largura até não sobrar nada.
# SIP 440 Max-Breadth Exceeded: common cause 3 of 4, a list item under "Common causes".
sip-440-cause-3 = Um chamador ou intermediário definiu de propósito um `Max-Breadth` baixo, como 1 ou 2.
# SIP 440 Max-Breadth Exceeded: common cause 4 of 4, a list item under "Common causes".
sip-440-cause-4 = Um atacante tentou amplificar uma requisição através de vários proxies que fazem bifurcação, e o limite o impediu, como previsto.
# SIP 440 Max-Breadth Exceeded: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-440-fix-visitor-1 = Nada: a chamada foi oferecida a dispositivos demais ao mesmo tempo; se você está ligando para um grupo, tente o número direto de uma pessoa.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-1 = Reduza a bifurcação paralela: faça tocar menos contatos ao mesmo tempo, ou bifurque parte deles em sequência, por exemplo com `t_load_contacts()` e `t_next_contacts()` no Kamailio.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-2 = Em um trace, compare o `Max-Breadth` da requisição recebida e de cada ramo bifurcado para encontrar o proxy que consome a largura.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-3 = Não aumente nem redefina o `Max-Breadth` no seu proxy para esconder o problema; o limite protege a rede contra a amplificação.
# SIP 440 Max-Breadth Exceeded compared with SIP 483 Too Many Hops: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-483 = O 440 limita o quanto uma requisição se espalha por bifurcação paralela; o 483 limita quantos saltos ela percorre.
# SIP 440 Max-Breadth Exceeded compared with SIP 482 Loop Detected: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-482 = O 440 informa bifurcação paralela em excesso; o 482 informa uma requisição que voltou a um proxy pelo qual já tinha passado.
# SIP 440 Max-Breadth Exceeded compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-503 = O 440 é um limite fixo de bifurcação para esta requisição; o 503 significa que um servidor está sobrecarregado ou fora do ar para todas as requisições.

## SIP 469 Bad Info Package

# SIP 469 Bad Info Package: one-line summary at the top of the explainer (TL;DR).
sip-469-tldr = O outro lado não aceita o tipo de mensagem de informação durante a chamada que o seu telefone enviou.
# SIP 469 Bad Info Package: the paragraph under "What it means".
sip-469-meaning = A RFC 6086 transformou o `INFO` de um contêiner genérico em um mecanismo negociado: cada lado lista os Info Packages que está disposto a receber em um cabeçalho `Recv-Info`, no `INVITE`, nas respostas a ele e em re-`INVITE`s ou `UPDATE`s posteriores, e cada `INFO` indica o seu pacote em `Info-Package`. Um UA que recebe um `INFO` de um pacote que não anunciou responde 469 com um cabeçalho `Recv-Info`, possivelmente vazio, que lista os pacotes que ele aceita, e o remetente deve parar de usar esse pacote no diálogo. As requisições `INFO` legadas sem cabeçalho `Info-Package`, ainda comuns para DTMF, ficam fora desse mecanismo e não recebem 469. A chamada em si não é afetada.
# SIP 469 Bad Info Package: common cause 1 of 4, a list item under "Common causes".
sip-469-cause-1 = O remetente ignorou a lista `Recv-Info` do par e enviou um `INFO` de um pacote que o par nunca ofereceu.
# SIP 469 Bad Info Package: common cause 2 of 4, a list item under "Common causes".
sip-469-cause-2 = Um re-`INVITE` ou `UPDATE` mudou a lista `Recv-Info` do par durante a chamada e removeu um pacote que antes era permitido.
# SIP 469 Bad Info Package: common cause 3 of 4, a list item under "Common causes".
sip-469-cause-3 = Um B2BUA não repassou o `Recv-Info` entre as suas pernas, por isso cada lado anunciou pacotes que o outro nunca viu.
# SIP 469 Bad Info Package: common cause 4 of 4, a list item under "Common causes".
sip-469-cause-4 = Um gateway WebRTC enviou `INFO` com o pacote `trickle-ice` (RFC 8840) a um par que não suporta trickle ICE.
# SIP 469 Bad Info Package: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-469-fix-visitor-1 = Nada: a chamada continua; apenas as informações extras enviadas dessa forma, como os tons do teclado, podem não chegar.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-1 = Guarde a lista `Recv-Info` mais recente do par para cada diálogo e envie `INFO` apenas para os pacotes que estão nela.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-2 = Em um B2BUA, repasse o `Recv-Info` ou negocie os pacotes em cada perna separadamente, traduzindo entre eles quando os dois lados precisarem dos dados.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-3 = Para DTMF, prefira os telephone-events da RFC 4733 no RTP, que não precisam de nenhuma negociação de `INFO`.
# SIP 469 Bad Info Package compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-489 = O 469 rejeita um `INFO` de um pacote que não foi negociado; o 489 rejeita um `SUBSCRIBE` ou `NOTIFY` de um pacote de eventos desconhecido.
# SIP 469 Bad Info Package compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-415 = O 469 diz respeito ao Info Package indicado pelo `INFO`; o 415 diz respeito ao tipo de mídia de um corpo.
# SIP 469 Bad Info Package compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-405 = O 469 aceita o `INFO` em geral, mas não este pacote; o 405 recusa completamente o método `INFO` para este destino.

## SIP 470 Consent Needed

# SIP 470 Consent Needed: one-line summary at the top of the explainer (TL;DR).
sip-470-tldr = Um servidor que retransmite requisições a vários destinatários se recusou, porque alguns deles não concordaram em recebê-las.
# SIP 470 Consent Needed: the paragraph under "What it means".
sip-470-meaning = A RFC 5360 define um mecanismo de consentimento para os retransmissores (relays) que transformam uma requisição em muitas, como os serviços de listas de URIs que enviam um `MESSAGE` ou `INVITE` a todos os endereços de uma lista (RFC 5365, RFC 5366). Antes de retransmitir a um destinatário, o retransmissor precisa ter a permissão desse destinatário; se faltar a permissão de qualquer um deles, ele responde 470 e lista os destinatários em questão em um cabeçalho `Permission-Missing`. O remetente pode então fazer o retransmissor pedir a permissão deles, usando uma requisição com um cabeçalho `Trigger-Consent`, e cada destinatário a concede ou a recusa. O mecanismo impede que os retransmissores sejam usados para inundar usuários que nunca pediram esse tráfego.
# SIP 470 Consent Needed: common cause 1 of 3, a list item under "Common causes".
sip-470-cause-1 = Um usuário enviou um `MESSAGE` para vários destinatários por meio de um servidor de listas de URIs, e alguns destinatários nunca deram consentimento a esse retransmissor.
# SIP 470 Consent Needed: common cause 2 of 3, a list item under "Common causes".
sip-470-cause-2 = Pediu-se a um servidor de conferência que convidasse participantes que não o autorizaram a enviar-lhes `INVITE`s.
# SIP 470 Consent Needed: common cause 3 of 3, a list item under "Common causes".
sip-470-cause-3 = Um destinatário revogou uma permissão anterior, por isso o retransmissor não lhe encaminha mais requisições.
# SIP 470 Consent Needed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-470-fix-visitor-1 = Peça às pessoas listadas como ausentes que aceitem mensagens suas, ou entre em contato com elas individualmente em vez de pelo grupo.
# SIP 470 Consent Needed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-1 = Leia o `Permission-Missing` e dispare pedidos de consentimento para esses URIs enviando ao retransmissor uma requisição com `Trigger-Consent`.
# SIP 470 Consent Needed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-2 = Remova da lista os destinatários que nunca concedem permissão, para que as próximas requisições ao grupo tenham sucesso.
# SIP 470 Consent Needed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-3 = Se você opera o retransmissor, torne o processo de consentimento visível para os usuários; caso contrário, eles só veem as mensagens de grupo falharem.
# SIP 470 Consent Needed compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-403 = Envie 470 quando a requisição seria retransmitida assim que os destinatários concedessem permissão; envie 403 quando o remetente não pode usar o retransmissor de forma alguma.
# SIP 470 Consent Needed compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-433 = O 470 diz respeito ao consentimento dos destinatários para receber tráfego retransmitido; o 433 diz respeito a um destinatário que recusa chamadores anônimos.
# SIP 470 Consent Needed compared with SIP 429 Provide Referrer Identity: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-429 = O 470 trata de saber se os destinatários concordaram em receber requisições; o 429 trata de provar quem pediu uma transferência.

## SIP 480 Temporarily Unavailable

# SIP 480 Temporarily Unavailable: one-line summary at the top of the explainer (TL;DR).
sip-480-tldr = A pessoa para quem você ligou não pode ser alcançada agora, por exemplo porque o telefone dela está offline ou no modo “não perturbe”.
# SIP 480 Temporarily Unavailable: the paragraph under "What it means".
sip-480-meaning = O 480 é a resposta para um destinatário que existe, mas não pode ser alcançado no momento, seja por falta de registro, pelo modo “não perturbe” ou porque ninguém atende, e um registrador ou proxy pode enviá-lo em nome do usuário quando o serviço de localização não tem nenhum vínculo. Ao contrário do 404, o usuário existe e, ao contrário do 486, nenhum dispositivo informou estar ocupado. A resposta pode trazer `Retry-After` com um horário melhor para ligar, e a RFC 3261 incentiva uma frase de motivo mais precisa, como “User not registered”. Os gateways mapeiam as causas Q.850 19 (no answer from user) e 20 (subscriber absent) para 480, por isso é também assim que a rede telefônica informa um celular desligado ou fora da área de cobertura.
# SIP 480 Temporarily Unavailable: common cause 1 of 4, a list item under "Common causes".
sip-480-cause-1 = O telefone ou softphone do destinatário não está registrado: desligado, offline ou um app móvel encerrado pelo sistema operacional.
# SIP 480 Temporarily Unavailable: common cause 2 of 4, a list item under "Common causes".
sip-480-cause-2 = O destinatário está com o “não perturbe” ativado, e o telefone ou o PBX rejeita as chamadas com 480 em vez de 486 ou 603.
# SIP 480 Temporarily Unavailable: common cause 3 of 4, a list item under "Common causes".
sip-480-cause-3 = Um destinatário móvel está com o celular desligado ou fora da área de cobertura, e a rede informa a causa Q.850 20 (subscriber absent) por meio de um gateway.
# SIP 480 Temporarily Unavailable: common cause 4 of 4, a list item under "Common causes".
sip-480-cause-4 = A chamada tocou em todos os dispositivos sem ser atendida, e o PBX a encerrou com 480 depois do seu tempo limite de toque.
# SIP 480 Temporarily Unavailable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-480-fix-visitor-1 = Tente de novo mais tarde ou envie uma mensagem; o telefone da pessoa está offline ou configurado para não receber chamadas agora.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-1 = Verifique se o destinatário está registrado: `kamctl ul show` no Kamailio, `pjsip show contacts` no Asterisk, `sofia status profile internal reg` no FreeSWITCH.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-2 = Acorde os softphones móveis em repouso com notificações push (RFC 8599) em vez de responder 480 enquanto o app está suspenso.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-3 = Envie `Retry-After` e uma frase de motivo precisa quando souber quando o usuário estará de volta, e encaminhe no proxy as chamadas offline ou não atendidas para o correio de voz, em vez de repassar o 480 aos chamadores.
# SIP 480 Temporarily Unavailable compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-486 = Envie 480 quando o destinatário não está disponível de forma alguma; envie 486 quando o dispositivo dele está acessível, mas já ocupado.
# SIP 480 Temporarily Unavailable compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-408 = O 480 é uma resposta imediata e fundamentada de que o destinatário está indisponível; o 408 significa que o servidor esperou e nenhuma resposta chegou a tempo.
# SIP 480 Temporarily Unavailable compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-404 = O 480 significa que o usuário existe, mas não pode ser alcançado agora; o 404 significa que o usuário não existe aqui.
# SIP 480 Temporarily Unavailable compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-600 = O 480 é temporário e deixa outras localizações em aberto; o 600 diz que o destinatário está ocupado em todos os lugares, por isso os proxies param de procurar.

## SIP 481 Call/Transaction Does Not Exist

# SIP 481 Call/Transaction Does Not Exist: one-line summary at the top of the explainer (TL;DR).
sip-481-tldr = O outro lado não conhece mais a chamada ou a requisição a que você se referiu, geralmente porque ela já terminou lá.
# SIP 481 Call/Transaction Does Not Exist: the paragraph under "What it means".
sip-481-meaning = Um 481 significa que chegou uma requisição que deveria pertencer a um diálogo ou a uma transação existente, mas o UAS não tem nada que corresponda a ela. Os diálogos são identificados pelo `Call-ID` com as tags de `From` e `To`, e as transações, como aquela a que um `CANCEL` se dirige, pelo branch do `Via`. Os casos típicos são um `BYE` ou re-`INVITE` para uma chamada que o outro lado já encerrou, um `NOTIFY` para uma assinatura que terminou ou um `CANCEL` que chega depois da resposta final. Quando ele responde a uma requisição dentro de um diálogo, a RFC 5057 trata o 481 como o fim do diálogo, por isso o remetente deve limpar o seu estado local em vez de tentar de novo.
# SIP 481 Call/Transaction Does Not Exist: common cause 1 of 4, a list item under "Common causes".
sip-481-cause-1 = A outra ponta já tinha encerrado a chamada, por exemplo quando o seu temporizador de sessão expirou ou depois de uma reinicialização, e depois recebeu um `BYE` ou re-`INVITE`.
# SIP 481 Call/Transaction Does Not Exist: common cause 2 of 4, a list item under "Common causes".
sip-481-cause-2 = Um NAT, SBC ou B2BUA mudou o `Call-ID` ou uma tag, por isso as requisições dentro do diálogo não correspondem mais ao diálogo na outra ponta.
# SIP 481 Call/Transaction Does Not Exist: common cause 3 of 4, a list item under "Common causes".
sip-481-cause-3 = Um balanceador de carga enviou uma requisição dentro de um diálogo a um servidor diferente daquele que mantém o diálogo, porque os proxies não faziam record-route.
# SIP 481 Call/Transaction Does Not Exist: common cause 4 of 4, a list item under "Common causes".
sip-481-cause-4 = Um `CANCEL` chegou depois de o destinatário atender, por isso não restava nenhum `INVITE` pendente para cancelar.
# SIP 481 Call/Transaction Does Not Exist: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-481-fix-visitor-1 = Nada: a chamada já tinha terminado do outro lado; desligue e ligue de novo, se precisar.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-1 = Em um trace, compare o `Call-ID`, a tag de `From` e a tag de `To` da requisição que falha com as do diálogo original; uma diferença aponta para o elemento que as reescreveu.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-2 = Mantenha as requisições dentro do diálogo no mesmo caminho: insira `Record-Route` nos proxies e roteie com base nele, por exemplo com `record_route()` e `loose_route()` no Kamailio.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-3 = Preserve o estado dos diálogos entre reinicializações e failovers, por exemplo com o módulo `dialog` do Kamailio e o seu parâmetro `db_mode`, e trate um 481 a uma requisição dentro de um diálogo como o fim desse diálogo.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-487 = O 481 responde a uma requisição que se refere a um diálogo ou a uma transação que o servidor não conhece; o 487 responde a um `INVITE` que foi cancelado antes de ser concluído.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 491 Request Pending: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-491 = O 481 diz que o diálogo não existe; o 491 diz que ele existe, mas que uma requisição do mesmo tipo ainda está pendente nele.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-408 = O 481 é uma resposta imediata sobre um estado desconhecido; o 408 é dado quando nenhuma resposta chegou antes de um temporizador se esgotar.

## SIP 482 Loop Detected

# SIP 482 Loop Detected: one-line summary at the top of the explainer (TL;DR).
sip-482-tldr = A sua chamada andou em círculos entre servidores e voltou a um pelo qual já tinha passado, por isso foi interrompida.
# SIP 482 Loop Detected: the paragraph under "What it means".
sip-482-meaning = Um proxy detecta um loop quando chega uma requisição com uma entrada `Via` que o próprio proxy adicionou, enquanto os valores que determinam o roteamento, como o Request-URI, `Route`, `Proxy-Require` e `Proxy-Authorization`, continuam inalterados, de modo que encaminhá-la de novo só repetiria o círculo. Uma requisição que volta com um Request-URI diferente, por exemplo depois de um encaminhamento de chamada, é uma espiral, que é legítima e não deve ser rejeitada. A RFC 3261 deixou a detecção de loops como opcional; a RFC 5393 a exige dos proxies que fazem bifurcação e corrigiu o algoritmo, para que algumas poucas requisições não possam se multiplicar em um tráfego enorme. Um 482 aponta para um erro de roteamento entre servidores, e reenviar a requisição sem alterações vai entrar em loop de novo.
# SIP 482 Loop Detected: common cause 1 of 4, a list item under "Common causes".
sip-482-cause-1 = Dois proxies ou PBXs roteiam cada um um domínio ou uma faixa de números para o outro, por exemplo depois que um tronco foi configurado nos dois sentidos.
# SIP 482 Loop Detected: common cause 2 of 4, a list item under "Common causes".
sip-482-cause-2 = Um proxy não reconhece um dos seus próprios domínios ou endereços IP, por exemplo por falta de um `alias` no Kamailio, por isso resolve esse domínio no DNS e envia a requisição de volta para si mesmo.
# SIP 482 Loop Detected: common cause 3 of 4, a list item under "Common causes".
sip-482-cause-3 = Um registro DNS SRV ou NAPTR de um domínio de destino aponta de volta para o servidor que está tentando alcançá-lo.
# SIP 482 Loop Detected: common cause 4 of 4, a list item under "Common causes".
sip-482-cause-4 = Uma rota de failover envia a chamada a um servidor secundário que a roteia diretamente de volta para o primário.
# SIP 482 Loop Detected: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-482-fix-visitor-1 = Não há nada que você possa corrigir no seu telefone; informe ao seu provedor o número para o qual ligou, porque o roteamento dele faz a chamada andar em círculos.
# SIP 482 Loop Detected: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-1 = Leia em um trace os cabeçalhos `Via` da requisição em loop: os hosts repetidos mostram o círculo, e é nas regras de roteamento deles que está a correção.
# SIP 482 Loop Detected: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-2 = Faça cada proxy conhecer todos os seus nomes e endereços, por exemplo com linhas `alias` e verificações `is_myself()` no Kamailio ou objetos `domain_alias` no Asterisk, antes de resolver um Request-URI no DNS.
# SIP 482 Loop Detected: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-3 = Registre no log cada 482 com o seu Request-URI e a decisão de rota do proxy, para que os erros de roteamento recorrentes se destaquem.
# SIP 482 Loop Detected compared with SIP 483 Too Many Hops: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-483 = O 482 significa que um proxy reconheceu o seu próprio `Via` anterior e interrompeu o loop; o 483 significa que o `Max-Forwards` se esgotou, muitas vezes porque um loop não foi detectado.
# SIP 482 Loop Detected compared with SIP 440 Max-Breadth Exceeded: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-440 = O 482 interrompe uma requisição que anda em círculos; o 440 interrompe uma requisição que se espalha em ramos paralelos demais.
# SIP 482 Loop Detected compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-500 = Envie 482 quando a falha é um loop de roteamento; o 500 é para falhas internas inesperadas e esconderia a causa real.

## SIP 483 Too Many Hops

# SIP 483 Too Many Hops: one-line summary at the top of the explainer (TL;DR).
sip-483-tldr = A sua chamada passou por servidores demais e foi interrompida antes de chegar a alguém.
# SIP 483 Too Many Hops: the paragraph under "What it means".
sip-483-meaning = Toda requisição traz `Max-Forwards`, que normalmente começa em 70, e cada proxy o decrementa antes de encaminhar. Um elemento que recebe uma requisição com `Max-Forwards: 0` não pode encaminhá-la e responde 483, embora possa responder ele mesmo a um `OPTIONS`, o que permite sondar um caminho salto a salto. Setenta saltos são muito mais do que qualquer caminho razoável precisa, por isso um 483 quase sempre indica um loop que a detecção de loops não pegou, normalmente uma espiral em que cada passagem muda o Request-URI, como dois usuários que encaminham as suas chamadas um para o outro. Um B2BUA que inicia a sua perna de saída com um `Max-Forwards` novo transforma esses loops em chamadas intermináveis em vez de um 483, por isso copiar o valor entre as pernas é importante.
# SIP 483 Too Many Hops: common cause 1 of 3, a list item under "Common causes".
sip-483-cause-1 = O encaminhamento de chamadas de dois usuários aponta um para o outro, por isso cada passagem tem um novo Request-URI e a detecção de loops não a interrompe.
# SIP 483 Too Many Hops: common cause 2 of 3, a list item under "Common causes".
sip-483-cause-2 = Dois domínios traduzem um número um em direção ao outro a cada passagem, por exemplo por causa de regras de portabilidade numérica ou de prefixos conflitantes.
# SIP 483 Too Many Hops: common cause 3 of 3, a list item under "Common causes".
sip-483-cause-3 = Um cliente ou proxy define um `Max-Forwards` excepcionalmente baixo, ou o limita, por exemplo com um `max_limit` baixo no módulo `maxfwd` do Kamailio, e a chamada atravessa então mais saltos do que isso.
# SIP 483 Too Many Hops: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-483-fix-visitor-1 = Verifique se o seu próprio encaminhamento de chamadas não aponta para um número que encaminha de volta para você; depois, ligue de novo.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-1 = Examine os cabeçalhos `Via` da requisição rejeitada: um padrão que se repete mostra o loop e os elementos envolvidos.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-2 = Faça os B2BUAs copiarem e decrementarem o `Max-Forwards` da perna de entrada em vez de redefini-lo para 70, para que os loops que passam por eles continuem terminando.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-3 = Detecte ciclos de encaminhamento quando os usuários configuram o encaminhamento de chamadas e limite o número de encaminhamentos por chamada no PBX, por exemplo contando as entradas de `History-Info` ou `Diversion`.
# SIP 483 Too Many Hops compared with SIP 482 Loop Detected: one sentence in the "Related codes" section saying when to use which.
sip-483-vs-482 = O 483 significa que a contagem de saltos se esgotou, seja qual for o motivo; o 482 significa que um proxy reconheceu o loop e o interrompeu antes.
# SIP 483 Too Many Hops compared with SIP 440 Max-Breadth Exceeded: one sentence in the "Related codes" section saying when to use which.
sip-483-vs-440 = O 483 limita a profundidade do caminho de uma requisição; o 440 limita o número de ramos paralelos em que ela pode se espalhar.

## SIP 484 Address Incomplete

# SIP 484 Address Incomplete: one-line summary at the top of the explainer (TL;DR).
sip-484-tldr = O número que você discou está incompleto, e o servidor precisa de mais dígitos.
# SIP 484 Address Incomplete: the paragraph under "What it means".
sip-484-meaning = Um 484 diz que o Request-URI é o começo de um endereço válido, mas ainda não um endereço completo, por exemplo um número de telefone com poucos dígitos. Ele viabiliza a discagem com sobreposição (overlap dialing, RFC 3578): um gateway ou telefone que envia os dígitos à medida que são discados recebe 484 após cada tentativa incompleta e envia um novo `INVITE` com mais dígitos, até o número ficar completo. A resposta pode indicar o endereço esperado, mas sem formato fixo, por isso a maioria dos clientes simplesmente espera por mais dígitos. Os gateways mapeiam a causa Q.850 28 (invalid number format, address incomplete) para 484, e os telefones que enviam os números em bloco (en bloc), o caso comum, o mostram como um erro de número errado.
# SIP 484 Address Incomplete: common cause 1 of 4, a list item under "Common causes".
sip-484-cause-1 = O chamador omitiu o código de área ou o código do país, por isso o número é mais curto do que qualquer destino válido.
# SIP 484 Address Incomplete: common cause 2 of 4, a list item under "Common causes".
sip-484-cause-2 = O plano de discagem ou o digit map do telefone enviou a chamada antes do fim da discagem, por exemplo porque o tempo limite entre dígitos era curto demais.
# SIP 484 Address Incomplete: common cause 3 of 4, a list item under "Common causes".
sip-484-cause-3 = Um PBX espera um prefixo de linha externa, como 9 ou 0, seguido do número completo, e recebeu apenas parte dele.
# SIP 484 Address Incomplete: common cause 4 of 4, a list item under "Common causes".
sip-484-cause-4 = Um endpoint PJSIP do Asterisk com `allow_overlap` ativado recebeu dígitos que correspondem apenas ao início de uma extensão do dialplan.
# SIP 484 Address Incomplete: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-484-fix-visitor-1 = Disque o número completo, incluindo o código de área ou do país, e termine de discar antes de pressionar o botão de chamar.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-1 = Verifique o digit map ou o modelo de plano de discagem do telefone e o seu tempo limite entre dígitos, para que ele envie apenas números completos.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-2 = Use a discagem em bloco nos troncos SIP; onde um gateway PSTN precisar da discagem com sobreposição, implemente a RFC 3578 e envie um novo `INVITE` com os dígitos extras após cada 484.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-3 = No Asterisk, decida se as correspondências parciais devem retornar 484 (`allow_overlap = yes`) ou ser tratadas como números completos.
# SIP 484 Address Incomplete compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-404 = Envie 484 quando os dígitos recebidos até agora ainda podem levar a um número válido; envie 404 quando o número completo não existe.
# SIP 484 Address Incomplete compared with SIP 485 Ambiguous: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-485 = O 484 significa que o endereço é curto demais para identificar alguém; o 485 significa que ele identifica mais de um usuário.
# SIP 484 Address Incomplete compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-416 = O 484 diz respeito a um endereço incompleto em um esquema suportado; o 416 diz respeito a um esquema que o servidor não consegue tratar de forma alguma.

## SIP 485 Ambiguous

# SIP 485 Ambiguous: one-line summary at the top of the explainer (TL;DR).
sip-485-tldr = O nome ou o endereço para o qual você ligou corresponde a mais de uma pessoa, e o servidor não consegue saber a qual delas você se refere.
# SIP 485 Ambiguous: the paragraph under "What it means".
sip-485-meaning = Um 485 diz que o Request-URI é ambíguo, normalmente um endereço baseado em nome, como `sip:carol@example.org`, que serve para vários usuários de um diretório. A resposta pode listar candidatos sem ambiguidade em cabeçalhos `Contact`, como no exemplo, para que o telefone do chamador ofereça uma escolha e reenvie a requisição ao candidato selecionado. Como listar as alternativas pode expor os endereços dos usuários, os servidores podem omiti-las por privacidade, e o chamador precisa então refinar o endereço de outra forma. Ele difere do 300, em que todos os endereços listados levam à mesma pessoa.
# SIP 485 Ambiguous: common cause 1 of 3, a list item under "Common causes".
sip-485-cause-1 = Um endereço baseado em diretório, como um primeiro nome ou um apelido curto compartilhado, corresponde a vários funcionários.
# SIP 485 Ambiguous: common cause 2 of 3, a list item under "Common causes".
sip-485-cause-2 = Duas contas foram provisionadas com o mesmo apelido durante uma fusão ou migração.
# SIP 485 Ambiguous: common cause 3 of 3, a list item under "Common causes".
sip-485-cause-3 = Um serviço de discagem por nome ou de reconhecimento de voz resolveu o nome pedido para vários usuários.
# SIP 485 Ambiguous: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-485-fix-visitor-1 = Ligue para um endereço mais preciso, como o nome completo ou um número de ramal, ou escolha a pessoa certa se o seu telefone mostrar uma lista.
# SIP 485 Ambiguous: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-1 = Mostre ao usuário os candidatos de `Contact`, com os seus nomes de exibição, e reenvie a requisição ao escolhido.
# SIP 485 Ambiguous: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-2 = Torne os apelidos únicos no diretório, ou configure um usuário padrão para cada apelido compartilhado.
# SIP 485 Ambiguous: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-3 = Quando enviar 485, inclua candidatos apenas se a sua política de privacidade permitir e dê a cada um deles um nome de exibição.
# SIP 485 Ambiguous compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-484 = O 485 significa que o endereço corresponde a vários usuários; o 484 significa que ele é curto demais para corresponder a algum.
# SIP 485 Ambiguous compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-300 = O 485 lista pessoas diferentes que compartilham um endereço; o 300 lista localizações diferentes de uma mesma pessoa.
# SIP 485 Ambiguous compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-404 = Envie 485 quando vários usuários correspondem; envie 404 quando nenhum corresponde.

## SIP 486 Busy Here

# SIP 486 Busy Here: one-line summary at the top of the explainer (TL;DR).
sip-486-tldr = A pessoa para quem você ligou está em outra chamada, ou não pode atender uma chamada nesse telefone agora.
# SIP 486 Busy Here: the paragraph under "What it means".
sip-486-meaning = O 486 é um ocupado local: o dispositivo que respondeu não pode aceitar outra chamada, geralmente porque o seu usuário já está falando e a chamada em espera está desativada ou todas as linhas estão em uso. É um 4xx, local a este dispositivo, por isso um proxy ainda pode tentar os outros dispositivos do usuário ou um serviço de correio de voz; o 600 é o código para um destinatário ocupado em todos eles. A resposta pode trazer `Retry-After` para sugerir quando ligar de volta. Os gateways o convertem de e para a causa Q.850 17 (user busy), por isso os chamadores na rede telefônica ouvem um sinal de ocupado.
# SIP 486 Busy Here: common cause 1 of 4, a list item under "Common causes".
sip-486-cause-1 = O destinatário já está em uma chamada, e a chamada em espera está desativada ou o telefone não tem nenhuma linha livre.
# SIP 486 Busy Here: common cause 2 of 4, a list item under "Common causes".
sip-486-cause-2 = O destinatário pressionou um botão de rejeitar que o telefone implementa como 486 em vez de 603.
# SIP 486 Busy Here: common cause 3 of 4, a list item under "Common causes".
sip-486-cause-3 = O telefone ou o PBX responde 486 no modo “não perturbe”, ou quando se atinge um limite de chamadas simultâneas por ramal.
# SIP 486 Busy Here: common cause 4 of 4, a list item under "Common causes".
sip-486-cause-4 = Um gateway PSTN recebeu da rede telefônica a causa Q.850 17 (user busy).
# SIP 486 Busy Here: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-486-fix-visitor-1 = Ligue de novo em alguns minutos ou deixe uma mensagem no correio de voz, se houver essa opção.
# SIP 486 Busy Here: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-1 = Encaminhe no proxy as chamadas ocupadas para o correio de voz ou outro destino, por exemplo em uma `failure_route` do Kamailio que testa `t_check_status("486")`.
# SIP 486 Busy Here: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-2 = Se os usuários recebem sinal de ocupado enquanto os seus telefones estão livres, verifique as configurações de chamada em espera e de linhas no telefone e os limites de chamadas por dispositivo no PBX.
# SIP 486 Busy Here: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-3 = Adicione `Retry-After` quando souber quando o destinatário estará livre e não tente de novo automaticamente antes disso.
# SIP 486 Busy Here compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-600 = Envie 486 quando este dispositivo está ocupado e o usuário pode estar acessível em outro lugar; envie 600 quando o usuário está ocupado em todos os dispositivos e nada mais deve ser tentado.
# SIP 486 Busy Here compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-480 = O 486 significa que o dispositivo está acessível, mas ocupado; o 480 significa que o usuário não pode ser alcançado de forma alguma neste momento.
# SIP 486 Busy Here compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-603 = O 486 diz que o destinatário não pode atender a chamada agora; o 603 diz que o destinatário escolheu não atendê-la.

## SIP 487 Request Terminated

# SIP 487 Request Terminated: one-line summary at the top of the explainer (TL;DR).
sip-487-tldr = A tentativa de chamada foi interrompida antes de ser atendida, geralmente porque o chamador desligou.
# SIP 487 Request Terminated: the paragraph under "What it means".
sip-487-meaning = Um 487 é a resposta final a um `INVITE`, ou ocasionalmente a outra requisição, que foi encerrado por um `CANCEL` ou `BYE` antes de ser concluído. O `CANCEL` recebe o seu próprio 200 em uma transação separada, e o UAS envia então 487 para o `INVITE` original, o que o chamador confirma com `ACK`. Os proxies que fazem bifurcação usam a mesma sequência para interromper os ramos que perderam a corrida quando um dispositivo atende; um cabeçalho `Reason` (RFC 3326) no `CANCEL`, como `Reason: SIP ;cause=200 ;text="Call completed elsewhere"`, diz a esses dispositivos que não registrem uma chamada perdida. Como o 487 e o 200 do `CANCEL` são respostas separadas, o chamador só deve considerar a tentativa encerrada quando chegar o 487, ou um 200 para um `INVITE` que foi atendido antes de o cancelamento chegar até ele.
# SIP 487 Request Terminated: common cause 1 of 4, a list item under "Common causes".
sip-487-cause-1 = O chamador desligou enquanto o telefone do destinatário ainda tocava, por isso o telefone do chamador enviou `CANCEL`.
# SIP 487 Request Terminated: common cause 2 of 4, a list item under "Common causes".
sip-487-cause-2 = Um grupo de toque fez tocar vários dispositivos, um deles atendeu, e o proxy cancelou os outros.
# SIP 487 Request Terminated: common cause 3 of 4, a list item under "Common causes".
sip-487-cause-3 = O temporizador de não atendimento de um proxy expirou, por isso ele cancelou os ramos seguintes (downstream) antes de informar o tempo esgotado de volta (upstream).
# SIP 487 Request Terminated: common cause 4 of 4, a list item under "Common causes".
sip-487-cause-4 = Um discador automático ou um script de click-to-call cancelou as chamadas que não foram atendidas dentro do seu próprio tempo limite.
# SIP 487 Request Terminated: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-487-fix-visitor-1 = Nada: a chamada foi cancelada, por você ou pelo sistema, antes que alguém atendesse.
# SIP 487 Request Terminated: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-1 = Depois de enviar `CANCEL`, espere o 487 ao `INVITE` e confirme-o com `ACK`; se em vez disso chegar um 200, porque o destinatário atendeu primeiro, envie `ACK` e depois `BYE`.
# SIP 487 Request Terminated: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-2 = Coloque `Reason: SIP ;cause=200 ;text="Call completed elsewhere"` no `CANCEL` dos ramos que perderam para outro dispositivo, para que os telefones não registrem uma chamada perdida.
# SIP 487 Request Terminated: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-3 = Ao medir as taxas de sucesso de chamadas, conte o 487 nos CDRs como um abandono pelo chamador, e não como uma falha de rede.
# SIP 487 Request Terminated compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-481 = O 487 responde a um `INVITE` que foi cancelado a tempo; o 481 responde a uma requisição, como um `CANCEL` ou `BYE` tardio, para a qual não existe nenhum diálogo ou transação.
# SIP 487 Request Terminated compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-408 = O 487 significa que alguém cancelou a requisição; o 408 significa que o tempo dela se esgotou.
# SIP 487 Request Terminated compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-603 = O 487 reflete a desistência do chamador ou do sistema; o 603 reflete a recusa da chamada pelo destinatário.

## SIP 488 Not Acceptable Here

# SIP 488 Not Acceptable Here: one-line summary at the top of the explainer (TL;DR).
sip-488-tldr = O outro telefone não pode aceitar a chamada com as configurações de áudio ou vídeo que o seu telefone propôs, como os codecs.
# SIP 488 Not Acceptable Here: the paragraph under "What it means".
sip-488-meaning = Um 488 significa que o UAS entendeu a descrição de sessão, mas não pode aceitar a sessão que ela descreve: nenhum codec oferecido pode ser usado, falta um tipo de mídia, o perfil de transporte (por exemplo `RTP/SAVP` em vez de `RTP/AVP`) não corresponde, ou os endereços ou a largura de banda são inaceitáveis. Ele deve trazer um cabeçalho `Warning` cujo código indique o problema, como 304 (media type not available), 305 (incompatible media format) ou 370 (insufficient bandwidth), e pode incluir um corpo SDP que descreva o que o UAS consegue fazer. A recusa é local a este dispositivo, por isso outra localização do usuário ainda pode aceitar a mesma oferta, ao contrário do que acontece com o 606. Enviado em resposta a um re-`INVITE` ou `UPDATE`, ele rejeita apenas a mudança proposta, e a chamada continua com a mídia já acordada.
# SIP 488 Not Acceptable Here: common cause 1 of 5, a list item under "Common causes".
sip-488-cause-1 = O chamador ofereceu apenas codecs que o destinatário não tem, por exemplo Opus ou G.729 a um dispositivo que só suporta G.711.
# SIP 488 Not Acceptable Here: common cause 2 of 5, a list item under "Common causes".
sip-488-cause-2 = Um dos lados exige SRTP, por SDES ou DTLS-SRTP, e o outro só oferece ou suporta RTP simples.
# SIP 488 Not Acceptable Here: common cause 3 of 5, a list item under "Common causes".
sip-488-cause-3 = Um cliente WebRTC ofereceu `UDP/TLS/RTP/SAVPF` com ICE a um telefone ou tronco SIP que não suporta nenhum dos dois.
# SIP 488 Not Acceptable Here: common cause 4 of 5, a list item under "Common causes".
sip-488-cause-4 = Um aparelho de fax atrás de um gateway provocou um re-`INVITE` para mudar para T.38, e o outro lado não suporta T.38.
# SIP 488 Not Acceptable Here: common cause 5 of 5, a list item under "Common causes".
sip-488-cause-5 = Um SBC ou o ALG de um roteador reescreveu o SDP e removeu ou corrompeu linhas de mídia.
# SIP 488 Not Acceptable Here: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-488-fix-visitor-1 = Se você usa um softphone, ative os codecs G.711 comuns (PCMU e PCMA) nas configurações de áudio dele e tente de novo.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-1 = Em um trace, compare as linhas `m=` e as entradas `a=rtpmap` oferecidas com as capacidades do destinatário e leia o cabeçalho `Warning` para saber o motivo específico.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-2 = Ative um codec em comum nos dois lados, por exemplo `allow = ulaw,alaw` em um endpoint PJSIP do Asterisk, ou faça a transcodificação em um servidor de mídia quando não existir nenhum codec em comum.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-3 = Alinhe a segurança da mídia: `media_encryption` no Asterisk, `rtp_secure_media` no FreeSWITCH, ou um SBC com rtpengine que faça a ponte entre SRTP e RTP, ou entre WebRTC e SIP comum.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-4 = Para fax, recorra ao pass-through G.711 quando um re-`INVITE` T.38 receber 488, com o cancelamento de eco e a supressão de silêncio desativados.
# SIP 488 Not Acceptable Here compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-606 = Envie 488 quando apenas este dispositivo rejeita a sessão; envie 606 quando nenhuma localização do usuário a aceitaria.
# SIP 488 Not Acceptable Here compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-415 = O 488 significa que o SDP foi entendido, mas que a sua sessão é inaceitável; o 415 significa que o próprio tipo do corpo não é suportado.
# SIP 488 Not Acceptable Here compared with SIP 580 Precondition Failure: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-580 = O 488 rejeita a própria mídia oferecida; o 580 a aceita, mas falha porque uma precondição obrigatória, como uma reserva de QoS, não pôde ser atendida.

## SIP 489 Bad Event

# SIP 489 Bad Event: one-line summary at the top of the explainer (TL;DR).
sip-489-tldr = O servidor não suporta o tipo de informação de status que o seu telefone tentou assinar.
# SIP 489 Bad Event: the paragraph under "What it means".
sip-489-meaning = As assinaturas de eventos (RFC 6665) indicam o seu pacote de eventos no cabeçalho `Event`, por exemplo `presence`, `dialog` para BLF, `message-summary` para indicadores de correio de voz ou `refer` para o andamento de transferências. Um notificador que não implementa o pacote responde ao `SUBSCRIBE` com 489 e precisa listar os pacotes que suporta em `Allow-Events`. O mesmo código circula no sentido inverso quando um assinante recebe um `NOTIFY` de um pacote de eventos para o qual não tem tratamento. Assinar de novo com o mesmo valor de `Event` vai continuar falhando até que a configuração mude em um dos lados.
# SIP 489 Bad Event: common cause 1 of 4, a list item under "Common causes".
sip-489-cause-1 = Um telefone assina `dialog` para BLF em um PBX ou proxy em que o suporte ao evento de diálogo não está carregado.
# SIP 489 Bad Event: common cause 2 of 4, a list item under "Common causes".
sip-489-cause-2 = Um `SUBSCRIBE` de indicador de correio de voz para `message-summary` chega a um servidor sem notificações de correio de voz.
# SIP 489 Bad Event: common cause 3 of 4, a list item under "Common causes".
sip-489-cause-3 = Um cliente usa um pacote de eventos de um fabricante, como um para teclas de função ou estacionamento de chamadas, com um servidor de outro fabricante.
# SIP 489 Bad Event: common cause 4 of 4, a list item under "Common causes".
sip-489-cause-4 = O cabeçalho `Event` traz um nome de pacote escrito errado, como `presense`.
# SIP 489 Bad Event: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-489-fix-visitor-1 = Nada durante as chamadas; se as luzes de status ou o indicador de correio de voz do seu telefone nunca funcionam, avise o seu administrador.
# SIP 489 Bad Event: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-1 = Leia o `Allow-Events` do 489 e configure o telefone para assinar apenas os pacotes listados ali.
# SIP 489 Bad Event: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-2 = Ative o pacote no servidor: no Kamailio, carregue o módulo correspondente, como `presence_dialog` ou `presence_mwi`; no Asterisk, defina hints no dialplan para o BLF e caixas postais para o MWI.
# SIP 489 Bad Event: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-3 = Quando implementar um notificador, inclua `Allow-Events` nas respostas 489 e nas respostas a `OPTIONS`, para que os clientes possam descobrir o que você suporta.
# SIP 489 Bad Event compared with SIP 469 Bad Info Package: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-469 = O 489 rejeita um pacote de eventos em `SUBSCRIBE` ou `NOTIFY`; o 469 rejeita um Info Package em `INFO`.
# SIP 489 Bad Event compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-405 = O 489 aceita assinaturas em geral, mas não este pacote de eventos; o 405 recusa completamente o método `SUBSCRIBE` para este endereço.
# SIP 489 Bad Event compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-202 = O 489 recusa uma assinatura de um pacote de eventos desconhecido; o 202, descontinuado em favor do 200, aceitava uma.

## SIP 491 Request Pending

# SIP 491 Request Pending: one-line summary at the top of the explainer (TL;DR).
sip-491-tldr = Os dois lados tentaram mudar a chamada no mesmo momento; uma das mudanças foi recusada e será tentada de novo em instantes.
# SIP 491 Request Pending: the paragraph under "What it means".
sip-491-meaning = Um 491 resolve o glare dentro de um diálogo: um UA recebe um re-`INVITE` ou `UPDATE` com uma oferta enquanto a sua própria oferta ainda está pendente, por isso as duas mudanças não podem ser aplicadas ao mesmo tempo. Ele responde 491, e o lado que o recebe espera um tempo aleatório antes de tentar de novo: entre 2,1 e 4 segundos se gerou o `Call-ID` do diálogo, entre 0 e 2 segundos se não o gerou, para que as duas tentativas deixem de colidir. Enquanto isso, a sessão existente continua inalterada. Um segundo `INVITE` que chega antes de o UA responder a um anterior do mesmo par é uma situação diferente, respondida com 500 e `Retry-After`.
# SIP 491 Request Pending: common cause 1 of 3, a list item under "Common causes".
sip-491-cause-1 = As duas partes colocaram a chamada em espera, ou a retomaram, quase no mesmo momento, e cada uma enviou um re-`INVITE`.
# SIP 491 Request Pending: common cause 2 of 3, a list item under "Common causes".
sip-491-cause-2 = Uma renovação do temporizador de sessão de um lado se cruzou com um re-`INVITE` de espera, transferência ou mudança de codec do outro.
# SIP 491 Request Pending: common cause 3 of 3, a list item under "Common causes".
sip-491-cause-3 = Um B2BUA enviou um `UPDATE` com uma nova oferta enquanto um re-`INVITE` da outra ponta ainda esperava a sua resposta.
# SIP 491 Request Pending: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-491-fix-visitor-1 = Nada: o seu telefone tenta de novo sozinho a mudança, como colocar em espera ou retomar, depois de alguns segundos.
# SIP 491 Request Pending: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-1 = Implemente a espera aleatória (back-off) da RFC 3261: anote se o `Call-ID` é seu, espere de 2,1 a 4 segundos ou de 0 a 2 segundos conforme o caso e tente de novo apenas se a mudança ainda for necessária.
# SIP 491 Request Pending: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-2 = Evite re-`INVITE`s desnecessários: renove os temporizadores de sessão com um `UPDATE` sem SDP e não envie um novo re-`INVITE` antes que o anterior tenha sido confirmado.
# SIP 491 Request Pending: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-3 = Em um B2BUA, segure as ofertas que chegam em uma perna enquanto uma oferta estiver pendente na outra, em vez de encaminhá-las e provocar 491 nas duas pernas.
# SIP 491 Request Pending compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-500 = Envie 491 quando duas ofertas se cruzam em um diálogo; envie 500 com `Retry-After` quando um `INVITE` chega antes de você ter respondido ao anterior do mesmo par.
# SIP 491 Request Pending compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-481 = O 491 significa que o diálogo existe, mas está ocupado com outra requisição; o 481 significa que esse diálogo não existe.
# SIP 491 Request Pending compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-487 = O 491 recusa uma requisição porque outra está pendente; o 487 encerra uma requisição que foi cancelada.

## SIP 493 Undecipherable

# SIP 493 Undecipherable: one-line summary at the top of the explainer (TL;DR).
sip-493-tldr = O conteúdo cifrado da sua requisição não pôde ser decifrado pelo lado que o recebeu.
# SIP 493 Undecipherable: the paragraph under "What it means".
sip-493-meaning = O SIP permite proteger um corpo com S/MIME, cifrado com a chave pública do destinatário. Um UAS que recebe um corpo assim, mas não tem a chave privada correspondente ou não consegue tratar o algoritmo de cifragem, responde 493. Se o remetente usou uma chave desatualizada, o UAS pode incluir o seu certificado atual na resposta, para que o remetente cifre com a chave certa na próxima tentativa. O S/MIME no SIP foi muito pouco implantado; a sinalização é protegida com TLS e a mídia com SRTP, por isso um 493 aparece sobretudo em laboratórios de teste ou em sistemas especializados.
# SIP 493 Undecipherable: common cause 1 of 3, a list item under "Common causes".
sip-493-cause-1 = O remetente cifrou o corpo com um certificado antigo do destinatário, cuja chave privada não está mais em uso.
# SIP 493 Undecipherable: common cause 2 of 3, a list item under "Common causes".
sip-493-cause-2 = O remetente escolheu um algoritmo de cifragem que o destinatário não suporta.
# SIP 493 Undecipherable: common cause 3 of 3, a list item under "Common causes".
sip-493-cause-3 = A chave privada do destinatário não foi carregada, por exemplo depois de o dispositivo ser redefinido.
# SIP 493 Undecipherable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-493-fix-visitor-1 = Não há nada que você possa mudar ao ligar; informe a falha ao seu administrador, já que as chaves de cifragem das duas pontas não correspondem.
# SIP 493 Undecipherable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-1 = Verifique qual certificado o remetente usou e substitua-o pelo que o 493 traz, se houver um.
# SIP 493 Undecipherable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-2 = Se o S/MIME não for um requisito, pare de cifrar os corpos SIP e proteja a sinalização com TLS em vez disso.
# SIP 493 Undecipherable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-3 = Alinhe os algoritmos suportados e os repositórios de chaves entre as duas pontas e teste depois de cada rotação de chaves.
# SIP 493 Undecipherable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-415 = O 493 significa que o corpo está cifrado e não pode ser decifrado; o 415 significa que o tipo do corpo não é suportado de forma alguma.
# SIP 493 Undecipherable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-488 = O 493 significa que o SDP não pôde ser lido por causa da cifragem; o 488 significa que ele foi lido e rejeitado.
# SIP 493 Undecipherable compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-494 = O 493 diz respeito a um corpo cifrado de ponta a ponta; o 494 diz respeito à negociação de uma proteção salto a salto com o próximo servidor.

## SIP 494 Security Agreement Required

# SIP 494 Security Agreement Required: one-line summary at the top of the explainer (TL;DR).
sip-494-tldr = O servidor exige que o seu telefone negocie um mecanismo de segurança, como TLS ou IPsec, antes de aceitar a requisição.
# SIP 494 Security Agreement Required: the paragraph under "What it means".
sip-494-meaning = A RFC 3329 permite que um cliente e o servidor do primeiro salto negociem como proteger a sinalização entre eles. Um cliente que a suporta envia `Supported: sec-agree` com um cabeçalho `Security-Client` que lista os seus mecanismos; um servidor que exige o acordo responde com 494 e lista os seus próprios mecanismos e preferências em `Security-Server`. O cliente escolhe o melhor mecanismo em comum, configura-o, por exemplo uma conexão TLS ou associações de segurança IPsec, e envia a requisição de novo pelo canal protegido com `Security-Verify` repetindo a lista do servidor, para que o servidor possa detectar um ataque de rebaixamento (downgrade). As redes de acesso IMS usam o mecanismo com `ipsec-3gpp` entre o telefone e o P-CSCF, em que a lista `Security-Server` geralmente chega no desafio 401 do primeiro registro, e não em um 494.
# SIP 494 Security Agreement Required: common cause 1 of 3, a list item under "Common causes".
sip-494-cause-1 = O cliente listou `sec-agree` em `Supported`, mas a sua requisição não tinha cabeçalho `Security-Client`, ou só oferecia mecanismos que o servidor não aceita.
# SIP 494 Security Agreement Required: common cause 2 of 3, a list item under "Common causes".
sip-494-cause-2 = Um telefone IMS se registra em um P-CSCF que exige IPsec, e a sua requisição só oferece TLS ou nada.
# SIP 494 Security Agreement Required: common cause 3 of 3, a list item under "Common causes".
sip-494-cause-3 = O cliente configurou o mecanismo, mas reenviou a requisição sem `Security-Verify`, por isso o servidor a rejeitou de novo.
# SIP 494 Security Agreement Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-494-fix-visitor-1 = Nada durante a chamada; se o seu telefone não consegue se registrar, reinicie-o e entre em contato com o seu provedor se o problema persistir.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-1 = Leia o `Security-Server`, escolha o mecanismo de maior preferência que você suporta, configure-o e reenvie a requisição com um `Security-Verify` que copie exatamente esse cabeçalho, além de `Require: sec-agree` e `Proxy-Require: sec-agree`.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-2 = Inclua `Security-Client` na primeira requisição sempre que listar `sec-agree`, com os mecanismos e parâmetros que você suporta, por exemplo `ipsec-3gpp` com os seus algoritmos e portas.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-3 = Faça um trace da troca no P-CSCF para verificar se as associações de segurança IPsec usam as portas anunciadas em `Security-Client` e `Security-Server`.
# SIP 494 Security Agreement Required compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-421 = O 494 exige um acordo de segurança e lista os mecanismos do servidor; o 421 exige alguma outra extensão e a indica em `Require`.
# SIP 494 Security Agreement Required compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-420 = O 494 diz que o cliente precisa adicionar a negociação de segurança; o 420 diz que falta ao servidor uma extensão que o cliente exigiu.
# SIP 494 Security Agreement Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-401 = O 494 trata de qual proteção usar no primeiro salto; o 401 trata de provar quem é o usuário, e o IMS muitas vezes combina os dois em um único registro.

## SIP 500 Server Internal Error

# SIP 500 Server Internal Error: one-line summary at the top of the explainer (TL;DR).
sip-500-tldr = O servidor falhou ao tratar a sua requisição por causa de um problema do lado dele.
# SIP 500 Server Internal Error: the paragraph under "What it means".
sip-500-meaning = Um 500 informa uma condição inesperada que impediu o servidor de concluir a requisição, como um script de roteamento com falha, um erro de banco de dados ou uma exceção interna. Se o servidor sabe que a condição é temporária, ele adiciona `Retry-After`, e o cliente pode tentar de novo depois desse tempo; sem ele, o cliente deve tratar a falha como definitiva para esta requisição e pode recorrer a outro servidor. A RFC 3261 também dá ao 500 uma função específica: um UAS que recebe um `INVITE` em um diálogo antes de ter respondido a um `INVITE` anterior com `CSeq` menor responde 500 com um `Retry-After` aleatório entre 0 e 10 segundos. Os proxies também produzem 500 quando todos os ramos seguintes (downstream) retornaram 503, porque repassar um 503 anunciaria erroneamente que o próprio proxy está indisponível.
# SIP 500 Server Internal Error: common cause 1 of 4, a list item under "Common causes".
sip-500-cause-1 = Um script de roteamento ou dialplan encontrou um erro, por exemplo um script do Kamailio que usa uma variável inexistente ou um script AGI do Asterisk que travou.
# SIP 500 Server Internal Error: common cause 2 of 4, a list item under "Common causes".
sip-500-cause-2 = O registrador ou o proxy não conseguiu acessar o seu banco de dados, por isso não pôde armazenar nem consultar um vínculo.
# SIP 500 Server Internal Error: common cause 3 of 4, a list item under "Common causes".
sip-500-cause-3 = Um re-`INVITE` chegou enquanto o UAS ainda processava um `INVITE` anterior no mesmo diálogo.
# SIP 500 Server Internal Error: common cause 4 of 4, a list item under "Common causes".
sip-500-cause-4 = Um proxy recebeu apenas respostas 503 dos servidores seguintes (downstream) e informou 500 de volta (upstream).
# SIP 500 Server Internal Error: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-500-fix-visitor-1 = Espere um momento e ligue de novo; o problema está no servidor do provedor.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-1 = Verifique o log do servidor no momento da falha: o Kamailio escreve os erros de script e de módulos no syslog, o Asterisk em `/var/log/asterisk/full` e o FreeSWITCH em `freeswitch.log`.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-2 = Verifique os backends usados durante o roteamento, como o banco de dados, o DNS e APIs HTTP externas, e adicione `Retry-After` quando se souber que uma falha é temporária.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-3 = Trate nos UAs o caso dos `INVITE`s que se cruzam: responda 500 com um `Retry-After` aleatório de até 10 segundos e, quando o receber, reenvie o re-`INVITE` depois desse intervalo.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-4 = Retorne códigos mais específicos quando existirem (503 para sobrecarga, 488 para problemas de mídia, 482 para loops), para que o 500 continue significando uma falha real.
# SIP 500 Server Internal Error compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-503 = Envie 500 para uma falha inesperada no tratamento desta requisição; envie 503 quando o servidor como um todo está sobrecarregado ou em manutenção e vai se recuperar.
# SIP 500 Server Internal Error compared with SIP 502 Bad Gateway: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-502 = O 500 diz que este servidor falhou; o 502 diz que ele funcionou, mas recebeu uma resposta inválida do servidor seguinte.
# SIP 500 Server Internal Error compared with SIP 491 Request Pending: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-491 = Envie 500 com `Retry-After` quando um `INVITE` chega antes de você ter respondido ao anterior; envie 491 quando duas ofertas se cruzam no diálogo.

## SIP 501 Not Implemented

# SIP 501 Not Implemented: one-line summary at the top of the explainer (TL;DR).
sip-501-tldr = O equipamento do outro lado não suporta o tipo de requisição que o seu telefone enviou.
# SIP 501 Not Implemented: the paragraph under "What it means".
sip-501-meaning = Um 501 diz que falta ao servidor a funcionalidade necessária para atender à requisição, normalmente porque o UAS não reconhece o método de forma alguma, como `PUBLISH`, `UPDATE` ou `MESSAGE` enviado a um dispositivo mais antigo. Ele difere do 405, em que o método é conhecido, mas não é permitido para esse URI. Como os proxies repassam qualquer método sem precisar entendê-lo, um 501 aponta para o UA da outra ponta ou para um B2BUA, e não para os servidores intermediários. O cliente não deve repetir o mesmo método; ele pode consultar o cabeçalho `Allow` das respostas do destino, ou de uma resposta a `OPTIONS`, e escolher outro caminho, como um re-`INVITE` em vez de `UPDATE`. Os gateways PSTN o mapeiam para a causa Q.850 79 (service or option not implemented).
# SIP 501 Not Implemented: common cause 1 of 4, a list item under "Common causes".
sip-501-cause-1 = Um cliente de presença enviou `PUBLISH` a um PBX ou dispositivo sem publicação de presença, como no exemplo.
# SIP 501 Not Implemented: common cause 2 of 4, a list item under "Common causes".
sip-501-cause-2 = Um telefone enviou `UPDATE` a um gateway antigo que só implementa os métodos básicos da RFC 3261.
# SIP 501 Not Implemented: common cause 3 of 4, a list item under "Common causes".
sip-501-cause-3 = Um softphone enviou `MESSAGE` ou `INFO` a um dispositivo que não sabe nada sobre mensagens instantâneas ou informações durante a chamada.
# SIP 501 Not Implemented: common cause 4 of 4, a list item under "Common causes".
sip-501-cause-4 = Um método específico de um fabricante chegou a um UA padrão que não o conhece.
# SIP 501 Not Implemented: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-501-fix-visitor-1 = Use outro recurso com este contato; o equipamento do outro lado não suporta o que você tentou usar.
# SIP 501 Not Implemented: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-1 = Consulte o cabeçalho `Allow` do destino, de uma resposta anterior ou de uma sondagem com `OPTIONS`, antes de usar métodos opcionais.
# SIP 501 Not Implemented: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-2 = Recorra a alternativas sem quebrar nada: use re-`INVITE` quando o `UPDATE` falhar com 501 e pare de publicar presença em um servidor que não implementa `PUBLISH`.
# SIP 501 Not Implemented: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-3 = Quando construir um UA, responda com 501 aos métodos que você não conhece e considere adicionar um cabeçalho `Allow`, para que os pares possam se adaptar.
# SIP 501 Not Implemented compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-405 = Envie 501 quando você não implementa o método de forma alguma; envie 405 quando o implementa, mas não o permite para este URI.
# SIP 501 Not Implemented compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-500 = O 501 é uma falta duradoura de suporte ao que foi pedido; o 500 é uma falha inesperada de algo que o servidor normalmente suporta.
# SIP 501 Not Implemented compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-420 = O 501 diz respeito a um método desconhecido; o 420 diz respeito a uma extensão desconhecida indicada em `Require` ou `Proxy-Require`.

## SIP 502 Bad Gateway

# SIP 502 Bad Gateway: one-line summary at the top of the explainer (TL;DR).
sip-502-tldr = Um servidor entre você e a pessoa para quem você ligou recebeu uma resposta inválida do servidor seguinte no caminho.
# SIP 502 Bad Gateway: the paragraph under "What it means".
sip-502-meaning = Um 502 vem de um elemento que atua como gateway ou proxy: ele encaminhou a requisição, e o que voltou do servidor seguinte (downstream) era inválido, por exemplo impossível de interpretar, truncado ou incoerente com a requisição. A falha está, portanto, depois do servidor que envia o 502, que apenas a informa. Na interconexão com a PSTN, a RFC 3398 mapeia a causa Q.850 27 (destination out of order) para 502, por isso as operadoras costumam enviá-lo quando a linha ou a central da outra ponta está inacessível, e não quando uma mensagem SIP estava malformada. Um cliente pode tentar de novo mais tarde ou por outra rota; reenviar pelo mesmo caminho geralmente dá o mesmo resultado.
# SIP 502 Bad Gateway: common cause 1 of 4, a list item under "Common causes".
sip-502-cause-1 = Um gateway PSTN recebeu a causa Q.850 27 (destination out of order) porque a linha chamada ou a central remota está fora de serviço.
# SIP 502 Bad Gateway: common cause 2 of 4, a list item under "Common causes".
sip-502-cause-2 = O servidor seguinte, por exemplo o SBC de uma operadora, retornou uma resposta malformada que o proxy não conseguiu interpretar.
# SIP 502 Bad Gateway: common cause 3 of 4, a list item under "Common causes".
sip-502-cause-3 = Um B2BUA recebeu uma resposta inválida na sua perna de saída, como uma resposta cujo `CSeq` ou `Via` não correspondia, e a informou de volta (upstream) como 502.
# SIP 502 Bad Gateway: common cause 4 of 4, a list item under "Common causes".
sip-502-cause-4 = Um serviço de roteamento por trás do proxy, como uma API HTTP de roteamento, retornou dados inutilizáveis, e o proxy mapeia essa falha para 502.
# SIP 502 Bad Gateway: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-502-fix-visitor-1 = Tente de novo em alguns minutos; a falha está na rede entre você e o número para o qual ligou.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-1 = Capture a perna seguinte (downstream) para ver a resposta inválida, ou a causa Q.850 em um cabeçalho `Reason` (RFC 3326) quando o 502 vem de um gateway PSTN.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-2 = Passe para outra operadora ou outro gateway ao receber 502 na `failure_route` do proxy, já que o problema pertence a esse caminho seguinte.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-3 = Se o seu próprio elemento envia 502 por causa de dados inválidos vindos do servidor seguinte, registre no log a resposta problemática, para que a outra parte possa corrigi-la.
# SIP 502 Bad Gateway compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-504 = Envie 502 quando o servidor seguinte respondeu com algo inválido; envie 504 quando ele não respondeu a tempo.
# SIP 502 Bad Gateway compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-500 = O 502 culpa o servidor seguinte no caminho; o 500 culpa o servidor que o envia.
# SIP 502 Bad Gateway compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-503 = O 502 informa uma resposta ruim vinda do servidor seguinte; o 503 informa que o próprio servidor que o envia está sobrecarregado ou indisponível.

## SIP 503 Service Unavailable

# SIP 503 Service Unavailable: one-line summary at the top of the explainer (TL;DR).
sip-503-tldr = O servidor está sobrecarregado ou fora do ar para manutenção e não consegue tratar a sua requisição agora.
# SIP 503 Service Unavailable: the paragraph under "What it means".
sip-503-meaning = Um 503 diz que o servidor está temporariamente incapaz de processar a requisição. Ele pode incluir `Retry-After`, e um cliente que o recebe deve tentar um servidor alternativo, encontrado pelos registros DNS SRV do domínio (RFC 3263), e evitar este durante o tempo indicado. Os gateways mapeiam várias causas Q.850 de congestionamento para 503, entre elas 34 (no circuit available), 38 (network out of order) e 42 (switching equipment congestion), por isso, em troncos, ele muitas vezes significa que a operadora não tem mais capacidade. O 503 simples é uma ferramenta grosseira contra sobrecarga: a RFC 7339 adiciona um controle de sobrecarga baseado em feedback, por meio de parâmetros `oc` no cabeçalho `Via`, que permitem a um servidor pedir aos seus vizinhos anteriores (upstream) que reduzam o tráfego antes de ter de rejeitar qualquer coisa. Um servidor também pode recusar conexões ou descartar requisições silenciosamente em vez de responder 503.
# SIP 503 Service Unavailable: common cause 1 of 5, a list item under "Common causes".
sip-503-cause-1 = O tronco ou o gateway da operadora não tem canais livres, o que a PSTN informa como causa Q.850 34 ou 42.
# SIP 503 Service Unavailable: common cause 2 of 5, a list item under "Common causes".
sip-503-cause-2 = O servidor está em manutenção ou ainda inicializando e rejeita as requisições até estar pronto.
# SIP 503 Service Unavailable: common cause 3 of 5, a list item under "Common causes".
sip-503-cause-3 = Um conjunto do `dispatcher` do Kamailio não tem destinos ativos, porque todos os servidores de mídia por trás dele falharam nas sondagens `OPTIONS`.
# SIP 503 Service Unavailable: common cause 4 of 5, a list item under "Common causes".
sip-503-cause-4 = Um PBX atingiu o limite da sua licença ou de chamadas simultâneas, ou a sua CPU está saturada por uma tempestade de registros ou por um scanner SIP.
# SIP 503 Service Unavailable: common cause 5 of 5, a list item under "Common causes".
sip-503-cause-5 = Um provedor limita a taxa da conta, por exemplo por excesso de chamadas por segundo em um tronco.
# SIP 503 Service Unavailable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-503-fix-visitor-1 = Espere um ou dois minutos e ligue de novo; o sistema do provedor está temporariamente sobrecarregado ou em manutenção.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-1 = Respeite o `Retry-After`, passe para o próximo destino SRV ou tronco e marque o que falhou como fora do ar durante esse período.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-2 = Verifique a capacidade e a saúde: limites de canais e de licença, carga de CPU, estados dos destinos do `dispatcher` (`kamcmd dispatcher.list`) e se um scanner está inundando o servidor.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-3 = Quando enviar 503, adicione um `Retry-After` realista, para que os clientes espalhem as suas novas tentativas em vez de martelar o servidor.
# SIP 503 Service Unavailable compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-500 = Envie 503 quando o servidor inteiro está temporariamente sobrecarregado ou em manutenção; envie 500 para uma falha inesperada no tratamento de uma requisição.
# SIP 503 Service Unavailable compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-480 = O 503 significa que o servidor não consegue atender ninguém agora; o 480 significa que o servidor funciona, mas este destinatário está indisponível.
# SIP 503 Service Unavailable compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-504 = O 503 diz que o próprio servidor está indisponível; o 504 diz que um servidor do qual ele depende não respondeu a tempo.

## SIP 504 Server Time-out

# SIP 504 Server Time-out: one-line summary at the top of the explainer (TL;DR).
sip-504-tldr = Um servidor que tratava a sua chamada desistiu de esperar por outro servidor de que precisava.
# SIP 504 Server Time-out: the paragraph under "What it means".
sip-504-meaning = Um 504 vem de um elemento que atua como gateway ou proxy e não recebeu a tempo uma resposta de um servidor que precisava consultar, como o próximo salto, um servidor de localização, uma consulta DNS ou ENUM ou um serviço de roteamento externo. Ao contrário do 408, que diz que a requisição como um todo não pôde ser respondida a tempo, o 504 aponta para uma dependência por trás de quem o envia. A RFC 3398 mapeia a causa Q.850 102 (recovery on timer expiry) para 504, por isso os gateways PSTN o enviam quando um temporizador da rede telefônica expirou. O cliente pode tentar de novo mais tarde ou por outra rota.
# SIP 504 Server Time-out: common cause 1 of 4, a list item under "Common causes".
sip-504-cause-1 = Um gateway PSTN informou a causa Q.850 102 (recovery on timer expiry) depois que um temporizador da rede telefônica se esgotou.
# SIP 504 Server Time-out: common cause 2 of 4, a list item under "Common causes".
sip-504-cause-2 = A consulta ENUM ou DNS de um proxy para o destino esgotou o tempo limite, por isso ele não conseguiu decidir para onde rotear a chamada.
# SIP 504 Server Time-out: common cause 3 of 4, a list item under "Common causes".
sip-504-cause-3 = Um serviço externo de roteamento ou de portabilidade numérica usado pelo proxy, por exemplo via HTTP, não respondeu dentro do tempo limite configurado.
# SIP 504 Server Time-out: common cause 4 of 4, a list item under "Common causes".
sip-504-cause-4 = A perna de saída de um B2BUA não recebeu resposta da operadora antes que o temporizador do próprio B2BUA disparasse.
# SIP 504 Server Time-out: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-504-fix-visitor-1 = Tente a chamada de novo daqui a pouco; um servidor na rede do provedor não respondeu a tempo.
# SIP 504 Server Time-out: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-1 = Encontre nos logs de quem o enviou a dependência que esgotou o tempo limite e, em seguida, verifique a latência e a disponibilidade dela: resolvedores DNS, servidores ENUM, APIs de roteamento, troncos de operadoras.
# SIP 504 Server Time-out: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-2 = Defina tempos limite de consulta mais curtos do que os temporizadores de transação SIP e ofereça uma rota alternativa quando uma consulta falhar, por exemplo com o tempo limite de conexão do `http_client` do Kamailio e uma rota padrão.
# SIP 504 Server Time-out: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-3 = Guarde em cache os resultados de DNS e de roteamento pelo tempo que a validade deles permitir, para que uma dependência lenta afete menos chamadas.
# SIP 504 Server Time-out compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-408 = Envie 504 quando um servidor do qual você depende não respondeu a tempo; envie 408 quando você mesmo não conseguiu obter a tempo uma resposta para a requisição.
# SIP 504 Server Time-out compared with SIP 502 Bad Gateway: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-502 = O 504 significa que o servidor seguinte não respondeu de forma alguma; o 502 significa que ele respondeu com algo inválido.
# SIP 504 Server Time-out compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-503 = O 504 informa uma dependência lenta; o 503 informa que o próprio servidor que o envia está indisponível.

## SIP 505 Version Not Supported

# SIP 505 Version Not Supported: one-line summary at the top of the explainer (TL;DR).
sip-505-tldr = A sua requisição indicou uma versão do SIP que o servidor não entende.
# SIP 505 Version Not Supported: the paragraph under "What it means".
sip-505-meaning = A verificação diz respeito apenas à linha de requisição: o servidor encontrou ali algo diferente de `SIP/2.0` e se recusa a interpretar o resto da mensagem. Todas as implementações SIP em uso falam SIP/2.0, a versão da RFC 3261 e, antes dela, da RFC 2543, e nenhuma outra versão foi definida desde então, por isso, na prática, um 505 significa que a linha de requisição estava malformada ou que o tráfego nem era SIP. O servidor pode descrever na resposta as versões que suporta. O cliente precisa enviar a requisição com exatamente `SIP/2.0` no fim da linha de requisição.
# SIP 505 Version Not Supported: common cause 1 of 3, a list item under "Common causes".
sip-505-cause-1 = Uma ferramenta escrita à mão ou de fuzzing enviou uma linha de requisição com uma string de versão errada, como `SIP/2` ou `SIP/3.0`.
# SIP 505 Version Not Supported: common cause 2 of 3, a list item under "Common causes".
sip-505-cause-2 = Um cliente HTTP ou um scanner enviou uma requisição HTTP para a porta SIP, por isso a linha de requisição termina em `HTTP/1.1`.
# SIP 505 Version Not Supported: common cause 3 of 3, a list item under "Common causes".
sip-505-cause-3 = Um middlebox ou ALG defeituoso corrompeu a primeira linha da mensagem.
# SIP 505 Version Not Supported: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-505-fix-visitor-1 = Não há nada que você possa corrigir no seu telefone; se isso acontecer em todas as chamadas, informe o seu provedor ou o fabricante do telefone.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-1 = Capture a requisição problemática e verifique a primeira linha dela byte a byte; caracteres perdidos ou uma string de versão errada são os culpados habituais.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-2 = Trate 505 repetidos vindos de um mesmo endereço como varredura e limite a taxa dessa origem ou bloqueie-a, por exemplo com o fail2ban lendo o log do servidor SIP.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-3 = Se você escreve uma pilha SIP, emita exatamente `SIP/2.0` nas linhas de requisição e de status, em maiúsculas e sem espaços.
# SIP 505 Version Not Supported compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-505-vs-400 = Envie 505 quando apenas a versão da linha de requisição não é suportada; envie 400 para outros erros de sintaxe.
# SIP 505 Version Not Supported compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-505-vs-501 = O 505 rejeita a versão do protocolo; o 501 rejeita um método que o servidor não implementa.

## SIP 513 Message Too Large

# SIP 513 Message Too Large: one-line summary at the top of the explainer (TL;DR).
sip-513-tldr = A sua requisição, como um todo, é grande demais para o servidor tratar.
# SIP 513 Message Too Large: the paragraph under "What it means".
sip-513-meaning = Um 513 diz que a mensagem completa, cabeçalhos e corpo juntos, ultrapassa o que o servidor consegue processar. Ele aparece tipicamente sobre UDP: um datagrama maior do que o MTU do caminho é fragmentado, os fragmentos se perdem ou são bloqueados por firewalls, e os receptores muitas vezes limitam o tamanho dos datagramas. Por isso, a RFC 3261 exige que um cliente use um transporte com controle de congestionamento, como TCP, quando uma requisição fica a menos de 200 bytes do MTU do caminho, ou ultrapassa 1300 bytes quando o MTU é desconhecido. Ao contrário do 413, que avalia apenas o corpo, o 513 se aplica à mensagem inteira, por isso seções de cabeçalho longas, com muitas entradas `Via`, `Record-Route` ou `History-Info`, também podem provocá-lo.
# SIP 513 Message Too Large: common cause 1 of 3, a list item under "Common causes".
sip-513-cause-1 = Um `INVITE` grande, com uma oferta SDP completa, com áudio, vídeo, muitos codecs e candidatos ICE, foi enviado sobre UDP.
# SIP 513 Message Too Large: common cause 2 of 3, a list item under "Common causes".
sip-513-cause-2 = Uma requisição acumulou muitos cabeçalhos `Via`, `Record-Route` e `History-Info` depois de passar por vários proxies e encaminhamentos.
# SIP 513 Message Too Large: common cause 3 of 3, a list item under "Common causes".
sip-513-cause-3 = Um `MESSAGE` ou `NOTIFY` com um corpo grande ultrapassou o tamanho máximo de mensagem do servidor.
# SIP 513 Message Too Large: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-513-fix-visitor-1 = Não há nada que você possa mudar durante a chamada; se o problema continuar voltando, pergunte ao seu provedor se o seu telefone deve usar TCP ou TLS.
# SIP 513 Message Too Large: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-1 = Envie as requisições grandes sobre TCP ou TLS, por exemplo com `transport=tcp` na rota ou no registro ou com a configuração de transporte do telefone, como a RFC 3261 exige acima do limite de tamanho.
# SIP 513 Message Too Large: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-2 = Reduza as mensagens: ofereça menos codecs, elimine cabeçalhos desnecessários e use a ocultação de topologia (topology hiding) para condensar longas cadeias de `Via` e `Record-Route`.
# SIP 513 Message Too Large: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-3 = Verifique o tamanho máximo de mensagem do servidor e o buffer de recepção UDP e aumente-os se mensagens legítimas os ultrapassarem.
# SIP 513 Message Too Large compared with SIP 413 Request Entity Too Large: one sentence in the "Related codes" section saying when to use which.
sip-513-vs-413 = Envie 513 quando a mensagem inteira é grande demais; envie 413 quando apenas o corpo é.
# SIP 513 Message Too Large compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-513-vs-414 = O 513 diz respeito ao tamanho da mensagem inteira; o 414 diz respeito apenas ao comprimento do Request-URI.

## SIP 555 Push Notification Service Not Supported

# SIP 555 Push Notification Service Not Supported: one-line summary at the top of the explainer (TL;DR).
sip-555-tldr = O servidor não consegue acordar o seu app de telefone pelo serviço de notificações push que o app pediu.
# SIP 555 Push Notification Service Not Supported: the paragraph under "What it means".
sip-555-meaning = A RFC 8599 permite que um UA que entra em repouso, normalmente um app móvel, se registre com parâmetros de notificação push no URI do seu `Contact`: `pn-provider` indica o serviço de notificações push, como `apns` para a Apple ou `fcm` para o Firebase, enquanto `pn-prid` e `pn-param` identificam o dispositivo e o app. Um proxy que trata notificações push acorda então o app sempre que chega uma requisição para ele. Se o proxy não suporta o serviço indicado, ele responde ao `REGISTER` com 555 e pode listar os serviços que suporta com o indicador de capacidade `+sip.pns` em um cabeçalho `Feature-Caps`. O UA pode se registrar de novo com um deles, ou sem parâmetros de push, aceitando que não poderá ser alcançado enquanto estiver em repouso.
# SIP 555 Push Notification Service Not Supported: common cause 1 of 3, a list item under "Common causes".
sip-555-cause-1 = Um app iOS se registra com `pn-provider=apns` em um proxy configurado apenas para o Firebase (`fcm`).
# SIP 555 Push Notification Service Not Supported: common cause 2 of 3, a list item under "Common causes".
sip-555-cause-2 = O proxy suporta o serviço em princípio, mas não tem credenciais configuradas para ele, como uma chave APNs ou uma conta de serviço FCM.
# SIP 555 Push Notification Service Not Supported: common cause 3 of 3, a list item under "Common causes".
sip-555-cause-3 = Uma build do app ou um SDK envia um valor de `pn-provider` digitado errado ou desatualizado.
# SIP 555 Push Notification Service Not Supported: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-555-fix-visitor-1 = Atualize o app de softphone e, até que o provedor corrija o suporte a push, mantenha o app aberto quando estiver esperando chamadas, ou você pode perdê-las.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-1 = Leia o `Feature-Caps` do 555 e registre-se de novo com um dos valores `+sip.pns` listados.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-2 = Configure o gateway de push do proxy com credenciais para todas as plataformas em que o seu app é distribuído, por exemplo tanto APNs quanto FCM.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-3 = Confira os parâmetros de `Contact` que o app envia (`pn-provider`, `pn-prid`, `pn-param`) com os valores que a RFC 8599 define para cada serviço.
# SIP 555 Push Notification Service Not Supported compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-501 = O 555 significa que o servidor faz notificações push, mas não com o serviço indicado; o 501 significa que ele não implementa de forma alguma a funcionalidade pedida.
# SIP 555 Push Notification Service Not Supported compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-420 = O 555 diz respeito ao serviço de push indicado nos parâmetros de `Contact`; o 420 diz respeito a uma extensão indicada em `Require`.
# SIP 555 Push Notification Service Not Supported compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-503 = O 555 é uma incompatibilidade duradoura de serviços de push; o 503 é uma incapacidade temporária de atender qualquer coisa.

## SIP 580 Precondition Failure

# SIP 580 Precondition Failure: one-line summary at the top of the explainer (TL;DR).
sip-580-tldr = A chamada não pôde ser estabelecida porque uma condição obrigatória, geralmente a reserva de qualidade de rede para a chamada, não pôde ser atendida.
# SIP 580 Precondition Failure: the paragraph under "What it means".
sip-580-meaning = As precondições (RFC 3312, atualizada pela RFC 4032) permitem que uma chamada espere por condições como a reserva de recursos de rede antes de o destinatário ser alertado. O SDP lista, para cada fluxo de mídia, o estado atual (`a=curr`), desejado (`a=des`) e confirmado (`a=conf`) de cada precondição, com uma força como `mandatory` ou `optional`, e os dois lados trocam atualizações em requisições `PRACK` e `UPDATE`. Se uma precondição obrigatória não puder ser atendida, por exemplo porque a rede se recusou a reservar um bearer com QoS, o UA responde 580, e a resposta pode trazer um SDP que mostra qual precondição falhou. O código é típico do VoLTE e do IMS, em que as duas pontas reservam bearers dedicados antes de o telefone tocar.
# SIP 580 Precondition Failure: common cause 1 of 3, a list item under "Common causes".
sip-580-cause-1 = Uma rede VoLTE não conseguiu estabelecer um bearer dedicado com a QoS de que a chamada precisa, por exemplo porque a célula de rádio está congestionada.
# SIP 580 Precondition Failure: common cause 2 of 3, a list item under "Common causes".
sip-580-cause-2 = Um lado marcou uma precondição de QoS como obrigatória, mas a rede do outro lado não tem nenhum mecanismo de reserva de recursos.
# SIP 580 Precondition Failure: common cause 3 of 3, a list item under "Common causes".
sip-580-cause-3 = O `UPDATE` que trazia o estado da precondição se perdeu ou foi rejeitado, por isso as precondições nunca foram atendidas antes que um temporizador expirasse.
# SIP 580 Precondition Failure: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-580-fix-visitor-1 = Tente a chamada de novo, talvez depois de ir para um lugar com melhor cobertura, ou com as chamadas 4G (VoLTE) desativadas.
# SIP 580 Precondition Failure: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-1 = Marque as precondições como `optional` em vez de `mandatory`, a menos que a chamada realmente não deva prosseguir sem uma reserva.
# SIP 580 Precondition Failure: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-2 = Acompanhe a negociação de precondições em um trace: as linhas `a=curr`, `a=des` e `a=conf` de cada oferta e resposta, e o `PRACK` ou `UPDATE` que as transporta.
# SIP 580 Precondition Failure: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-3 = No IMS, correlacione o 580 com os logs do PCRF ou do PCF para ver por que o pedido de bearer foi rejeitado.
# SIP 580 Precondition Failure compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-488 = O 580 significa que a mídia era aceitável, mas que uma precondição falhou; o 488 significa que a própria mídia era inaceitável.
# SIP 580 Precondition Failure compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-606 = O 580 informa uma precondição que falhou nesta tentativa; o 606 diz que a sessão oferecida não é aceitável para nenhum dos dispositivos do usuário.
# SIP 580 Precondition Failure compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-421 = O 580 ocorre depois que os dois lados concordaram em usar precondições e uma delas falhou; o 421 ocorre quando o cliente não suportava de forma alguma a extensão de precondições.

## SIP 600 Busy Everywhere

# SIP 600 Busy Everywhere: one-line summary at the top of the explainer (TL;DR).
sip-600-tldr = A pessoa para quem você ligou está ocupada e não quer que a chamada seja passada para nenhum outro telefone nem para o correio de voz.
# SIP 600 Busy Everywhere: the paragraph under "What it means".
sip-600-meaning = Um 600 diz que o sistema final do destinatário foi alcançado e que o destinatário está ocupado e, ao contrário do 486, que nenhuma outra localização aceitaria a chamada, por isso ela não deve ser tentada em outro lugar. Como falha global 6xx, ele faz um proxy que faz bifurcação cancelar os seus outros ramos e encaminhar o 600 imediatamente, sem tentar outras localizações para essa requisição. Ele pode trazer `Retry-After` com um horário em que o destinatário espera estar livre. Só deve ser usado quando o destinatário sabe que nenhum outro sistema final vai aceitar a chamada; caso contrário, o 486 deixa o correio de voz ou outros dispositivos assumirem.
# SIP 600 Busy Everywhere: common cause 1 of 3, a list item under "Common causes".
sip-600-cause-1 = O destinatário definiu um status de ocupado em um cliente com suporte a presença que rejeita com 600 as chamadas para todos os seus dispositivos.
# SIP 600 Busy Everywhere: common cause 2 of 3, a list item under "Common causes".
sip-600-cause-2 = Um PBX que conhece todos os dispositivos do usuário encontra todos eles em uso e responde pelo usuário como um todo.
# SIP 600 Busy Everywhere: common cause 3 of 3, a list item under "Common causes".
sip-600-cause-3 = O telefone de um destinatário está configurado para rejeitar com 600 quando ocupado, justamente para impedir que a chamada seja bifurcada para o correio de voz ou para um celular vinculado (mobile twin).
# SIP 600 Busy Everywhere: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-600-fix-visitor-1 = Ligue de novo mais tarde; a pessoa está ocupada e escolheu não ser alcançada em nenhum outro telefone agora.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-1 = Use 600 apenas quando souber que o usuário está ocupado em todos os dispositivos; caso contrário, responda 486, para que os proxies possam tentar o correio de voz ou outros dispositivos.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-2 = Em um proxy que faz bifurcação, cancele os ramos restantes quando chegar um 600 e encaminhe-o de volta (upstream), como a RFC 3261 exige para as respostas 6xx.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-3 = Respeite o `Retry-After` nos recursos de rediscagem automática e de retorno de chamada.
# SIP 600 Busy Everywhere compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-486 = Envie 600 quando o usuário está ocupado em todos os lugares e nenhuma alternativa deve ser tentada; envie 486 quando apenas este dispositivo está ocupado.
# SIP 600 Busy Everywhere compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-603 = O 600 diz que o destinatário está ocupado; o 603 diz que o destinatário recusa sem dar um motivo.
# SIP 600 Busy Everywhere compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-480 = O 600 encerra a busca porque o destinatário está ocupado em todos os lugares; o 480 é uma indisponibilidade temporária que deixa outras opções em aberto.

## SIP 603 Decline

# SIP 603 Decline: one-line summary at the top of the explainer (TL;DR).
sip-603-tldr = A pessoa para quem você ligou rejeitou a sua chamada.
# SIP 603 Decline: the paragraph under "What it means".
sip-603-meaning = Um 603 diz que o dispositivo do destinatário foi alcançado e que o usuário explicitamente não quer atender a chamada, sem dizer por quê. Como falha global 6xx, ele faz um proxy que faz bifurcação cancelar os seus outros ramos, por isso a chamada para de tocar nos outros dispositivos do usuário e não é enviada pelo proxy ao correio de voz. Um valor de `Retry-After`, quando presente, é uma indicação para os recursos de retorno de chamada, e não uma promessa de que a chamada será aceita nesse momento. Os gateways PSTN o mapeiam para a causa Q.850 21 (call rejected). Dois códigos posteriores o refinam: o 607 (RFC 8197), para chamadas que o usuário marca como indesejadas, e o 608 (RFC 8688), para chamadas rejeitadas por um intermediário, e não pelo usuário.
# SIP 603 Decline: common cause 1 of 3, a list item under "Common causes".
sip-603-cause-1 = O destinatário pressionou o botão de rejeitar ou recusar do seu telefone.
# SIP 603 Decline: common cause 2 of 3, a list item under "Common causes".
sip-603-cause-2 = O telefone ou o PBX do destinatário está no modo “não perturbe” e configurado para responder com 603.
# SIP 603 Decline: common cause 3 of 3, a list item under "Common causes".
sip-603-cause-3 = Uma regra de triagem de chamadas do lado do destinatário, como uma lista de bloqueio pessoal, recusou a chamada.
# SIP 603 Decline: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-603-fix-visitor-1 = Não ligue de volta imediatamente; a pessoa escolheu não atender a chamada, então tente mais tarde ou envie uma mensagem.
# SIP 603 Decline: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-1 = Decida qual código o botão de rejeitar do seu telefone envia: o 603 faz parar de tocar em todos os dispositivos do usuário, enquanto o 486 deixa um proxy tentar o correio de voz ou outros dispositivos.
# SIP 603 Decline: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-2 = Em um proxy que faz bifurcação, cancele os outros ramos ao receber 603, a menos que a sua política sobreponha deliberadamente as falhas globais, e encaminhe o 603 de volta (upstream).
# SIP 603 Decline: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-3 = Associe o 603 a uma mensagem clara de “chamada recusada” no seu cliente, ou reproduza um anúncio adequado em um gateway.
# SIP 603 Decline compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-600 = O 603 recusa sem dar motivo; o 600 diz que o destinatário está ocupado em todos os lugares.
# SIP 603 Decline compared with SIP 607 Unwanted: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-607 = Envie 603 para uma recusa simples; envie 607 quando o destinatário marca a chamada como indesejada, para que a rede possa aprender com isso.
# SIP 603 Decline compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-486 = O 603 é uma recusa que encerra a busca pelo destinatário; o 486 é um estado de ocupado local que ainda permite outros dispositivos ou o correio de voz.

## SIP 604 Does Not Exist Anywhere

# SIP 604 Does Not Exist Anywhere: one-line summary at the top of the explainer (TL;DR).
sip-604-tldr = A pessoa ou o número para o qual você ligou não existe em lugar nenhum, segundo um servidor com informações autoritativas.
# SIP 604 Does Not Exist Anywhere: the paragraph under "What it means".
sip-604-meaning = Um 604 diz que o servidor sabe com autoridade que o usuário do Request-URI não existe em lugar nenhum, por isso não faz sentido tentar outros servidores ou localizações. É a contrapartida global do 404: um 404 vale apenas para o domínio ou o servidor que respondeu, enquanto um 604 encerra a busca em todos os lugares e, como 6xx, faz os proxies que fazem bifurcação cancelarem os outros ramos. Poucos servidores têm conhecimento autoritativo de todas as localizações, por isso o 604 é muito mais raro do que o 404; ele serve para sistemas como uma base de dados de portabilidade numérica ou um diretório nacional que conhecem todos os números válidos. Os gateways PSTN o mapeiam, como o 404, para a causa Q.850 1 (unallocated number).
# SIP 604 Does Not Exist Anywhere: common cause 1 of 3, a list item under "Common causes".
sip-604-cause-1 = Uma base de dados de portabilidade ou de numeração confirma que o número discado não está atribuído em todo o plano de numeração.
# SIP 604 Does Not Exist Anywhere: common cause 2 of 3, a list item under "Common causes".
sip-604-cause-2 = Um diretório de federação com conhecimento completo dos usuários de um domínio informa que o usuário pedido não está entre eles.
# SIP 604 Does Not Exist Anywhere: common cause 3 of 3, a list item under "Common causes".
sip-604-cause-3 = O chamador discou um número de uma faixa que nunca foi atribuída, e a operadora responde com autoridade.
# SIP 604 Does Not Exist Anywhere: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-604-fix-visitor-1 = Confira o número ou o endereço: ele não existe de forma alguma, por isso discá-lo de novo não vai ajudar.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-1 = Envie 604 apenas quando as suas informações cobrirem todas as localizações possíveis do usuário; caso contrário, envie 404, que deixa outras localizações em aberto.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-2 = Valide os números discados com os dados do plano de numeração antes do roteamento, para que as chamadas para faixas não atribuídas falhem cedo e com uma resposta clara.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-3 = No lado que faz a chamada, não tente de novo nem passe para outra rota depois de um 604; informe ao usuário que o endereço é inválido.
# SIP 604 Does Not Exist Anywhere compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-404 = Envie 604 quando você sabe que o usuário não existe em lugar nenhum; envie 404 quando só sabe que o usuário não está no seu servidor.
# SIP 604 Does Not Exist Anywhere compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-410 = O 604 diz que o usuário não existe em lugar nenhum; o 410 diz que o usuário existiu neste servidor e foi embora de vez.
# SIP 604 Does Not Exist Anywhere compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-484 = O 604 rejeita um endereço completo que não existe; o 484 pede mais dígitos para completar um endereço.

## SIP 606 Not Acceptable

# SIP 606 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
sip-606-tldr = A pessoa para quem você ligou pôde ser alcançada, mas nenhum dos dispositivos dela consegue aceitar o tipo de chamada que o seu telefone propôs.
# SIP 606 Not Acceptable: the paragraph under "What it means".
sip-606-meaning = O 606 é a contrapartida global do 488: o lado do destinatário examinou a oferta, considerou inaceitáveis a mídia, a largura de banda ou o endereçamento dela e afirma que nenhum dos dispositivos do usuário a aceitaria. Ele deve trazer um cabeçalho `Warning` que explique o motivo, por exemplo o código 370 para largura de banda insuficiente, e pode incluir um SDP que descreva as capacidades aceitáveis, para que o chamador possa tentar de novo com uma oferta diferente. Como 6xx, ele impede os proxies que fazem bifurcação de tentar outros dispositivos. Quando apenas este dispositivo tem o problema, o 488 é a resposta certa.
# SIP 606 Not Acceptable: common cause 1 of 3, a list item under "Common causes".
sip-606-cause-1 = Uma chamada de vídeo chegou a um usuário cujos dispositivos suportam apenas áudio, e a política do usuário rejeita a oferta em todos os lugares.
# SIP 606 Not Acceptable: common cause 2 of 3, a list item under "Common causes".
sip-606-cause-2 = A política da conta ou da rede do usuário proíbe um tipo de mídia, como vídeo ou um codec de alta largura de banda, em todos os seus dispositivos.
# SIP 606 Not Acceptable: common cause 3 of 3, a list item under "Common causes".
sip-606-cause-3 = Um B2BUA central ou um servidor de aplicação que responde por todos os dispositivos do usuário não encontra nenhum codec aceitável na oferta.
# SIP 606 Not Acceptable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-606-fix-visitor-1 = Tente de novo como chamada somente de áudio, ou a partir de outro telefone ou app.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-1 = Leia o cabeçalho `Warning` e qualquer SDP do 606 e tente de novo com uma oferta limitada ao que ele lista, por exemplo áudio sem vídeo.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-2 = Envie 606 apenas quando a restrição se aplica a todos os dispositivos ou à política do usuário; use 488 quando um único dispositivo não consegue tratar a oferta.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-3 = Ofereça codecs amplamente suportados, como o G.711, ao lado dos mais recentes, para que exista um formato em comum.
# SIP 606 Not Acceptable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-488 = Envie 606 quando nenhuma localização do usuário aceitaria a sessão; envie 488 quando apenas este dispositivo a rejeita.
# SIP 606 Not Acceptable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-415 = O 606 rejeita a sessão descrita no SDP; o 415 rejeita o tipo do corpo antes mesmo de a sessão ser considerada.
# SIP 606 Not Acceptable compared with SIP 406 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-406 = O 606 diz respeito a uma oferta de sessão; o 406 diz respeito aos formatos listados em `Accept`.

## SIP 607 Unwanted

# SIP 607 Unwanted: one-line summary at the top of the explainer (TL;DR).
sip-607-tldr = A pessoa para quem você ligou marcou a sua chamada como indesejada, por exemplo como incômoda ou como chamada automática (robocall).
# SIP 607 Unwanted: the paragraph under "What it means".
sip-607-meaning = A RFC 8197 definiu o 607 para que um destinatário possa dizer não apenas que recusa a chamada, mas que não quer chamadas como essa deste chamador. A resposta volta pela rede, onde as operadoras e os serviços de análise de chamadas podem registrá-la e usá-la, junto com outros sinais, para marcar ou bloquear chamadas futuras da mesma origem. Como os identificadores de chamadas podem ser falsificados e os usuários às vezes rejeitam por engano, um único 607 serve para alimentar essa análise, e não para disparar um bloqueio sozinho. Como 6xx, ele também encerra a busca por outras localizações do destinatário.
# SIP 607 Unwanted: common cause 1 of 3, a list item under "Common causes".
sip-607-cause-1 = O destinatário pressionou um botão “denunciar spam” ou “bloquear e denunciar” no seu telefone ou app.
# SIP 607 Unwanted: common cause 2 of 3, a list item under "Common causes".
sip-607-cause-2 = O telefone ou o app do destinatário rejeitou automaticamente um chamador que está na sua lista de chamadas indesejadas.
# SIP 607 Unwanted: common cause 3 of 3, a list item under "Common causes".
sip-607-cause-3 = Um discador automático ligou para muitos números, e destinatários suficientes denunciaram as suas chamadas como indesejadas.
# SIP 607 Unwanted: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-607-fix-visitor-1 = Não ligue de novo para esta pessoa a partir deste número; se a sua chamada era legítima, entre em contato com ela de outra forma, como por e-mail ou correio.
# SIP 607 Unwanted: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-1 = Associe a ação “denunciar como spam” do seu cliente ao 607 e reserve o 603 para uma recusa comum.
# SIP 607 Unwanted: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-2 = Se você opera uma rede, alimente a análise de chamadas com os 607, junto com a identidade atestada do chamador, mas evite bloquear com base em uma única denúncia.
# SIP 607 Unwanted: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-3 = Se as suas próprias chamadas recebem 607 com frequência, revise os seus padrões de chamadas e as suas listas de consentimento, assine as chamadas com STIR/SHAKEN e registre os seus números junto aos provedores de análise de chamadas.
# SIP 607 Unwanted compared with SIP 608 Rejected: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-608 = Envie 607 quando o destinatário julgou a chamada indesejada; o 608 é para um intermediário que rejeitou a chamada antes que o destinatário a visse.
# SIP 607 Unwanted compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-603 = O 607 informa à rede que a chamada era indesejada; o 603 simplesmente a recusa, sem comentários.
# SIP 607 Unwanted compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-433 = O 607 rejeita um chamador considerado indesejado; o 433 rejeita um chamador apenas porque a identidade dele está oculta.

## SIP 608 Rejected

# SIP 608 Rejected: one-line summary at the top of the explainer (TL;DR).
sip-608-tldr = Um serviço na rede, como um filtro de spam, rejeitou a sua chamada antes que a pessoa para quem você ligou a visse.
# SIP 608 Rejected: the paragraph under "What it means".
sip-608-meaning = A RFC 8688 define o 608 para intermediários, como serviços de análise de chamadas ou antifraude, que rejeitam uma chamada em nome do destinatário antes que ela chegue até ele; ao contrário do 607, nenhuma pessoa decidiu. Como esses filtros cometem erros, a resposta pode incluir um cabeçalho `Call-Info` com `purpose=jwscard` que aponta para um jCard, assinado pelo intermediário como JSON Web Signature, que diz ao chamador com quem entrar em contato para contestar o bloqueio. Como 6xx, ele encerra a busca em outras localizações do destinatário. Quando o chamador está na rede telefônica, o jCard não pode chegar até ele, por isso um anúncio é a forma habitual de transmitir as mesmas informações.
# SIP 608 Rejected: common cause 1 of 3, a list item under "Common causes".
sip-608-cause-1 = O mecanismo de análise de chamadas de uma operadora classificou a chamada como provável fraude ou chamada automática, por exemplo por causa de durações de chamada muito curtas ou de um identificador de chamadas com aparência de falsificado.
# SIP 608 Rejected: common cause 2 of 3, a list item under "Common causes".
sip-608-cause-2 = A chamada chegou com um atestado STIR/SHAKEN com falha ou de nível baixo, e a política da operadora de destino bloqueia esse tipo de chamada.
# SIP 608 Rejected: common cause 3 of 3, a list item under "Common causes".
sip-608-cause-3 = O destinatário assina um serviço de bloqueio na rede que rejeitou o número do chamador ou a categoria dele.
# SIP 608 Rejected: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-608-fix-visitor-1 = Se você acredita que a sua chamada foi bloqueada por engano, use os dados de contato fornecidos na mensagem de rejeição ou no anúncio para pedir a retirada do bloqueio.
# SIP 608 Rejected: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-1 = Leia o cabeçalho `Call-Info` com `purpose=jwscard`, obtenha e verifique o jCard assinado e use os dados de contato dele para pedir a correção.
# SIP 608 Rejected: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-2 = Se você opera um serviço de análise, inclua sempre um `Call-Info` `jwscard`, para que os chamadores legítimos possam recorrer, e mantenha um processo de revisão por trás dele.
# SIP 608 Rejected: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-3 = Se as suas chamadas recebem 608, verifique o nível de atestado, os padrões de chamadas e o identificador de chamadas delas e registre os seus números junto aos provedores de análise das principais operadoras.
# SIP 608 Rejected compared with SIP 607 Unwanted: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-607 = O 608 informa uma rejeição feita por um intermediário em nome do destinatário; o 607 informa o julgamento do próprio destinatário de que a chamada é indesejada.
# SIP 608 Rejected compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-603 = O 608 significa que o destinatário nunca viu a chamada; o 603 significa que o destinatário a viu e recusou.
# SIP 608 Rejected compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-403 = Use 608 quando um serviço de análise ou antifraude bloqueia uma chamada; use 403 para a recusa, por política de um provedor, da requisição do chamador.
