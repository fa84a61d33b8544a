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
sip-100-tldr = Máy chủ SIP đầu tiên trên đường đi đã nhận được yêu cầu gọi của bạn và đang xử lý; ngoài ra chưa có thông tin gì thêm.
# SIP 100 Trying: the paragraph under "What it means".
sip-100-meaning = 100 Trying là phản hồi tạm thời duy nhất hoàn toàn mang tính theo từng chặng (hop-by-hop): mỗi proxy hoặc user agent nhận được một `INVITE` đều có thể tự trả lời bằng mã này, và proxy giữ lại các phản hồi 100 đến từ phía downstream thay vì chuyển tiếp chúng. Vai trò của nó thuần túy phục vụ tầng truyền tải: ngay khi một client transaction của `INVITE` nhận được bất kỳ phản hồi tạm thời nào, nó chuyển sang trạng thái Proceeding, ngừng truyền lại yêu cầu qua UDP (Timer A) và không còn chạy Timer B 32 giây nữa, nên một cuộc gọi không bao giờ được trả lời sẽ được kết thúc muộn hơn, bởi Timer C của một proxy hoặc khi bên gọi bỏ cuộc. RFC 3261 yêu cầu proxy có trạng thái (stateful) gửi 100 bất cứ khi nào nó không thể đưa ra phản hồi cuối cùng trong vòng 200 ms. Phản hồi 100 thường không mang To tag, không bao giờ tạo ra dialog và không có phần thân. Với các yêu cầu không phải `INVITE`, RFC 4320 hạn chế mã này: trên UDP, một phần tử không được gửi 100 trước khi Timer E của máy khách tăng tới T2, vì một phản hồi 100 gửi sớm chỉ làm chậm việc truyền lại của máy khách.
# SIP 100 Trying: common cause 1 of 3, a list item under "Common causes".
sip-100-cause-1 = Một proxy có trạng thái hoặc B2BUA, chẳng hạn Kamailio với module `tm` hoặc một PBX, trả lời mọi `INVITE` đến bằng 100 trước khi bắt đầu định tuyến nó.
# SIP 100 Trying: common cause 2 of 3, a list item under "Common causes".
sip-100-cause-2 = Điện thoại của bên được gọi gửi 100 ngay lập tức vì việc chuẩn bị phản hồi 180 mất hơn 200 ms, ví dụ khi nó tra cứu danh bạ trên máy hoặc đánh thức một ứng dụng di động.
# SIP 100 Trying: common cause 3 of 3, a list item under "Common causes".
sip-100-cause-3 = Một cuộc gọi nhận 100 rồi không có gì thêm: chặng đầu tiên đã chấp nhận `INVITE`, nhưng chặng kế tiếp không liên lạc được hoặc im lặng, nên không có phản hồi 180 hay phản hồi cuối cùng nào quay về.
# SIP 100 Trying: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-100-fix-visitor-1 = Không cần làm gì: điện thoại của bạn tự xử lý 100 Trying; mã này chỉ xác nhận rằng máy chủ đầu tiên đã nhận được cuộc gọi.
# SIP 100 Trying: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-1 = Gửi ngay 100 cho mọi `INVITE` mà phần tử của bạn sẽ không đưa ra phản hồi cuối cùng trong vòng 200 ms; `t_relay()` của Kamailio tự động làm việc này khi tham số `auto_inv_100` của `tm` được bật, và đây là giá trị mặc định.
# SIP 100 Trying: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-2 = Không bao giờ chuyển tiếp phản hồi 100 nhận được từ phía downstream và không bao giờ dùng nó để hiển thị tiến trình cho người dùng: hãy gửi 180 hoặc 183 cho việc đó.
# SIP 100 Trying: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-3 = Nếu cuộc gọi bị treo sau 100, hãy bắt gói tin trên cả hai leg của cuộc gọi bằng `sngrep` hoặc `tcpdump -i any -s0 port 5060` để xem chặng kế tiếp đã làm gì với `INVITE` được chuyển tiếp; sau đó, `fr_timer` (chặng kế tiếp không trả lời) và `fr_inv_timer` (đổ chuông quá lâu) của Kamailio quyết định khi nào bên gọi nhận được 408.
# SIP 100 Trying: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-100-fix-developer-4 = Trên UDP, hãy trả lời các yêu cầu không phải `INVITE` như `REGISTER` hoặc `OPTIONS` trực tiếp bằng phản hồi cuối cùng của chúng thay vì bằng một phản hồi 100 gửi sớm (RFC 4320).
# SIP 100 Trying compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-180 = Mọi phần tử đều gửi 100 như một xác nhận đã nhận theo từng chặng ngay khi nhận được `INVITE`; chỉ thiết bị của bên được gọi mới gửi 180, khi nó thực sự đang đổ chuông báo cho người dùng.
# SIP 100 Trying compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-183 = 100 chỉ cho biết chặng kế tiếp đang xử lý yêu cầu; 183 đi từ đầu cuối đến đầu cuối (end-to-end), từ phía bên kia, và thường mang một SDP answer cho early media.
# SIP 100 Trying compared with SIP 181 Call Is Being Forwarded: one sentence in the "Related codes" section saying when to use which.
sip-100-vs-181 = Gửi 100 như một xác nhận đã nhận đơn thuần; gửi 181 khi phần tử của bạn đang chuyển đích (retarget) cuộc gọi sang một đích khác và bên gọi nên được biết.

## SIP 180 Ringing

# SIP 180 Ringing: one-line summary at the top of the explainer (TL;DR).
sip-180-tldr = Điện thoại bạn gọi đã nhận được cuộc gọi và đang đổ chuông.
# SIP 180 Ringing: the paragraph under "What it means".
sip-180-meaning = Phản hồi 180 cho bên gọi biết user agent được gọi đang báo cho người dùng của nó. Proxy chuyển tiếp phản hồi này về phía upstream, và vì nó mang To tag nên nó tạo ra một early dialog có remote target là `Contact` của phản hồi. Khi không có SDP, điện thoại của bên gọi tự phát âm hồi chuông (ringback tone); khi có SDP answer, điện thoại nên phát media nhận được thay vào đó. Một proxy phân nhánh (forking) có thể trả về nhiều phản hồi 180 với các To tag khác nhau, mỗi thiết bị đang đổ chuông ứng với một early dialog. Phản hồi này không được truyền theo cơ chế tin cậy, trừ khi được gửi kèm `Require: 100rel` và được xác nhận bằng `PRACK` (RFC 3262), và một UAS đổ chuông trong thời gian dài phải lặp lại một phản hồi tạm thời khác 100 mỗi phút một lần, để các proxy không hủy cuộc gọi khi Timer C 3 phút của chúng hết hạn.
# SIP 180 Ringing: common cause 1 of 4, a list item under "Common causes".
sip-180-cause-1 = Điện thoại hoặc softphone của bên được gọi đã nhận được `INVITE` và bắt đầu đổ chuông.
# SIP 180 Ringing: common cause 2 of 4, a list item under "Common causes".
sip-180-cause-2 = Một proxy phân nhánh hoặc nhóm đổ chuông (ring group) đã đưa cuộc gọi tới nhiều thiết bị cùng lúc, và mỗi thiết bị trả lời bằng phản hồi 180 của riêng mình.
# SIP 180 Ringing: common cause 3 of 4, a list item under "Common causes".
sip-180-cause-3 = Một PSTN gateway nhận được bản tin ISUP Address Complete hoặc Q.931 Alerting từ mạng điện thoại và chuyển nó thành 180.
# SIP 180 Ringing: common cause 4 of 4, a list item under "Common causes".
sip-180-cause-4 = Một PBX gửi một phản hồi 180 mới khoảng mỗi phút một lần trong lúc đổ chuông lâu, để các proxy trên đường đi giữ transaction `INVITE` ở trạng thái mở.
# SIP 180 Ringing: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-180-fix-visitor-1 = Không cần làm gì: điện thoại bên kia đang đổ chuông; hãy chờ người nghe máy hoặc gác máy.
# SIP 180 Ringing: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-1 = Phát âm hồi chuông cục bộ khi nhận 180 không có SDP, và chuyển sang media nhận được nếu một phản hồi 180 hoặc 183 mang SDP answer; không bao giờ phát cả hai cùng lúc.
# SIP 180 Ringing: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-2 = Giữ một trạng thái early dialog riêng cho mỗi To tag, vì cuộc gọi được phân nhánh có thể nhận 180 từ nhiều thiết bị trước khi một trong số đó trả lời.
# SIP 180 Ringing: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-3 = Nếu bên gọi nghe thấy im lặng thay vì hồi chuông, hãy kiểm tra xem phía bạn có gửi 180 kèm SDP nhưng không có âm thanh hay không; trong Asterisk, `inband_progress = yes` trên một endpoint PJSIP khiến nó gửi 183 và hồi chuông trong băng (in-band) thay vì chỉ một phản hồi 180 trần.
# SIP 180 Ringing: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-180-fix-developer-4 = Khi đổ chuông lâu, hãy gửi lại 180 khoảng mỗi phút một lần, hoặc dùng phản hồi tạm thời tin cậy với `100rel`, để không proxy nào để transaction hết thời gian chờ.
# SIP 180 Ringing compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-183 = Gửi 180 khi một thiết bị đang đổ chuông và bên gọi có thể tự tạo âm hồi chuông; gửi 183 kèm SDP khi mạng hoặc bên được gọi có âm thanh cần phát trước khi trả lời, chẳng hạn một lời thông báo.
# SIP 180 Ringing compared with SIP 182 Queued: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-182 = 180 nghĩa là một thiết bị đang đổ chuông; 182 nghĩa là chưa có thiết bị nào đổ chuông và cuộc gọi đang chờ trong hàng đợi.
# SIP 180 Ringing compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-180-vs-200 = 180 để cuộc gọi tiếp tục đổ chuông trong một early dialog; 200 nghĩa là đã có người trả lời, và dialog được xác nhận khi bên gọi gửi `ACK`.

## SIP 181 Call Is Being Forwarded

# SIP 181 Call Is Being Forwarded: one-line summary at the top of the explainer (TL;DR).
sip-181-tldr = Cuộc gọi đang được chuyển tiếp tới một số máy hoặc thiết bị khác, vì vậy hãy tiếp tục chờ.
# SIP 181 Call Is Being Forwarded: the paragraph under "What it means".
sip-181-meaning = Phản hồi 181 cho bên gọi biết một phần tử trên đường đi đã chuyển đích (retarget) cuộc gọi, ví dụ bằng cách áp dụng một quy tắc chuyển tiếp cuộc gọi, và giờ đang tự thử đích mới. Khác với mã 3xx, nó không đòi hỏi gì ở bên gọi: cùng transaction `INVITE` đó vẫn tiếp diễn, và phản hồi cuối cùng sẽ đến từ nơi mà cuộc gọi rốt cuộc được đưa tới. Cả proxy lẫn UA được gọi ban đầu đều có thể gửi mã này. Ai đã chuyển tiếp cuộc gọi và vì sao không nằm trong chính phản hồi 181, mà nằm trong `History-Info` (RFC 7044) hoặc trong header `Diversion` mang tính lịch sử (RFC 5806) do `INVITE` được chuyển tiếp mang theo. Như mọi phản hồi tạm thời trên 100, nó không được truyền theo cơ chế tin cậy trừ khi được gửi kèm `100rel`, nên bên gọi không được trông cậy vào việc sẽ nhận được nó.
# SIP 181 Call Is Being Forwarded: common cause 1 of 4, a list item under "Common causes".
sip-181-cause-1 = Bên được gọi đã cài đặt chuyển tiếp cuộc gọi vô điều kiện, và PBX chuyển cuộc gọi tới một số di động hoặc một máy nhánh khác.
# SIP 181 Call Is Being Forwarded: common cause 2 of 4, a list item under "Common causes".
sip-181-cause-2 = Không ai trả lời trong thời gian đổ chuông tối đa, và một quy tắc chuyển tiếp khi không trả lời đưa cuộc gọi tới hộp thư thoại hoặc tới một đồng nghiệp.
# SIP 181 Call Is Being Forwarded: common cause 3 of 4, a list item under "Common causes".
sip-181-cause-3 = Bên được gọi đang bận, và một quy tắc chuyển tiếp khi bận chuyển cuộc gọi đi nơi khác thay vì trả về 486.
# SIP 181 Call Is Being Forwarded: common cause 4 of 4, a list item under "Common causes".
sip-181-cause-4 = Một dịch vụ find-me/follow-me lần lượt thử từng thiết bị của người dùng và báo mỗi đích mới bằng 181.
# SIP 181 Call Is Being Forwarded: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-181-fix-visitor-1 = Không cần làm gì: hãy tiếp tục chờ; người trả lời có thể không phải người bạn đã gọi, hoặc có thể là một hộp thư thoại.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-1 = Gửi 181 khi proxy hoặc PBX của bạn chuyển đích một cuộc gọi, để điện thoại của bên gọi có thể hiển thị rằng cuộc gọi đã được chuyển tiếp, và ghi lại đích ban đầu cùng lý do trong `History-Info`.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-2 = Trong một B2BUA, hãy kiểm tra rằng 181 và dữ liệu `Diversion` hoặc `History-Info` được chuyển từ leg này sang leg kia: nhiều nhà mạng cần chúng để tính cước hoặc sàng lọc các cuộc gọi được chuyển tiếp.
# SIP 181 Call Is Being Forwarded: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-181-fix-developer-3 = Đừng xây dựng logic phía bên gọi dựa vào việc chờ 181: nhiều máy chủ chuyển tiếp cuộc gọi mà không báo gì.
# SIP 181 Call Is Being Forwarded compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-302 = Gửi 181 khi chính máy chủ của bạn chuyển tiếp cuộc gọi và tiếp tục xử lý nó; trả về 302 khi bên gọi nên tự thực hiện lại cuộc gọi tới địa chỉ mới.
# SIP 181 Call Is Being Forwarded compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-180 = 181 cho biết cuộc gọi đang được chuyển sang một đích khác; 180 đến từ đích đang thực sự đổ chuông.
# SIP 181 Call Is Being Forwarded compared with SIP 182 Queued: one sentence in the "Related codes" section saying when to use which.
sip-181-vs-182 = Dùng 181 cho cuộc gọi đang được gửi đi nơi khác; dùng 182 cho cuộc gọi vẫn ở lại đây, chờ trong hàng đợi.

## SIP 182 Queued

# SIP 182 Queued: one-line summary at the top of the explainer (TL;DR).
sip-182-tldr = Hiện không ai có thể nhận cuộc gọi của bạn, nhưng cuộc gọi đang chờ trong hàng đợi thay vì bị từ chối.
# SIP 182 Queued: the paragraph under "What it means".
sip-182-meaning = Phản hồi 182 cho phép một UAS, chẳng hạn hệ thống phân phối cuộc gọi tự động (ACD), giữ một cuộc gọi đến khi chưa ai có thể nhận nó, thay vì báo thất bại bằng 486. Cuộc gọi vẫn nằm trong cùng transaction `INVITE`, và máy chủ có thể gửi thêm các phản hồi 182 với cụm từ lý do (reason phrase) mới, ví dụ “2 calls ahead of you”, khi hàng đợi dịch chuyển. Vì là phản hồi tạm thời và không được truyền theo cơ chế tin cậy, các cập nhật này có thể bị mất, nên bên gọi không được trông cậy vào việc thấy từng cập nhật. Proxy hủy một `INVITE` không nhận được phản hồi nào trong ba phút (Timer C), nên một hàng đợi dài phải tiếp tục gửi phản hồi tạm thời ít nhất mỗi phút một lần. Thay vào đó, nhiều tổng đài chăm sóc khách hàng trả lời bằng 200 rồi phát các thông báo hàng đợi, cách này bắt đầu tính cước nhưng bảo đảm có đường âm thanh; số khác kết hợp hàng đợi với early media trong một phản hồi 183.
# SIP 182 Queued: common cause 1 of 3, a list item under "Common causes".
sip-182-cause-1 = Hàng đợi của một tổng đài chăm sóc khách hàng (ACD) không có nhân viên nào rảnh và giữ cuộc gọi chờ thay vì trả về tín hiệu bận.
# SIP 182 Queued: common cause 2 of 3, a list item under "Common causes".
sip-182-cause-2 = Một hunt group hoặc bàn điện thoại viên (attendant console) đưa cuộc gọi vào hàng đợi khi mọi thành viên đều đang nghe máy.
# SIP 182 Queued: common cause 3 of 3, a list item under "Common causes".
sip-182-cause-3 = Một ứng dụng hàng đợi định kỳ gửi 182 với vị trí của bên gọi trong cụm từ lý do.
# SIP 182 Queued: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-182-fix-visitor-1 = Hãy giữ máy; cuộc gọi đang chờ một người rảnh và sẽ được trả lời hoặc kết thúc sau đó.
# SIP 182 Queued: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-1 = Gửi 182 từ ứng dụng hàng đợi của bạn với vị trí trong cụm từ lý do, và lặp lại nó cách nhau chưa đến một phút để các proxy trên đường đi không để `INVITE` hết thời gian chờ.
# SIP 182 Queued: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-2 = Nếu người gọi đang chờ cần nghe nhạc hoặc lời thông báo, hãy gửi 183 kèm SDP (early media) hoặc trả lời bằng 200; một phản hồi 182 trần không cho họ nghe thấy gì.
# SIP 182 Queued: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-182-fix-developer-3 = Ở phía bên gọi, hãy xử lý 182 như mọi phản hồi tạm thời khác: hiển thị văn bản của nó nếu muốn và tiếp tục chờ phản hồi cuối cùng.
# SIP 182 Queued compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-180 = Gửi 182 khi cuộc gọi đang chờ có người rảnh; gửi 180 khi một thiết bị đang đổ chuông.
# SIP 182 Queued compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-486 = Đưa cuộc gọi vào hàng đợi bằng 182 nếu bạn sẽ chuyển nó tới khi có nhân viên rảnh; từ chối bằng 486 nếu bên được gọi đang bận và bạn sẽ không chờ.
# SIP 182 Queued compared with SIP 181 Call Is Being Forwarded: one sentence in the "Related codes" section saying when to use which.
sip-182-vs-181 = 182 giữ cuộc gọi trong hàng đợi tại máy chủ này; 181 báo rằng cuộc gọi đang được gửi tới một đích khác.

## SIP 183 Session Progress

# SIP 183 Session Progress: one-line summary at the top of the explainer (TL;DR).
sip-183-tldr = Cuộc gọi đang được xử lý, và bạn có thể nghe âm thanh từ mạng, chẳng hạn hồi chuông hoặc một lời thông báo, trước khi có người trả lời.
# SIP 183 Session Progress: the paragraph under "What it means".
sip-183-meaning = 183 mang thông tin về tiến trình mà các mã tạm thời khác không diễn đạt được, và trên thực tế hầu như luôn mang một SDP answer để mở early media, nhờ đó bên gọi nghe được các âm báo hoặc lời thông báo do đầu bên kia phát. Một phản hồi 183 có To tag sẽ tạo ra một early dialog. Trong một phản hồi 183 không tin cậy, SDP chỉ là bản xem trước của answer mà phản hồi 200 sẽ lặp lại; khi được gửi theo cơ chế tin cậy, với `Require: 100rel` và `RSeq` và được xác nhận bằng `PRACK` (RFC 3262), nó tự hoàn tất quá trình trao đổi offer/answer. RFC 3960 mô tả cách bên gọi nên chọn giữa âm hồi chuông cục bộ và early media nhận được, và trong mạng IMS, header `P-Early-Media` (RFC 5009) cho biết early media có được phép hay không. Phản hồi 183 không có phần thân là hợp lệ, nhưng hầu như không cho bên gọi biết gì hơn so với 180.
# SIP 183 Session Progress: common cause 1 of 4, a list item under "Common causes".
sip-183-cause-1 = Một PSTN gateway chuyển tiếp các âm báo hoặc lời thông báo trong băng (in-band) từ mạng điện thoại, chẳng hạn “số máy quý khách vừa gọi không tồn tại”, dưới dạng early media.
# SIP 183 Session Progress: common cause 2 of 4, a list item under "Common causes".
sip-183-cause-2 = Nhà mạng hoặc PBX tự phát âm hồi chuông hoặc nhạc chờ tùy chỉnh thay vì để điện thoại của bên gọi tự tạo.
# SIP 183 Session Progress: common cause 3 of 4, a list item under "Common causes".
sip-183-cause-3 = Một hệ thống IVR hoặc nền tảng trả trước phát một thông điệp, ví dụ số dư còn lại, trước khi cuộc gọi được kết nối.
# SIP 183 Session Progress: common cause 4 of 4, a list item under "Common causes".
sip-183-cause-4 = Một dialplan của Asterisk gọi `Progress()`, hoặc FreeSWITCH chạy `pre_answer`, để mở đường âm thanh trước khi trả lời.
# SIP 183 Session Progress: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-183-fix-visitor-1 = Không cần làm gì: hãy nghe những gì mạng phát; nếu đường dây im lặng quá lâu, hãy gác máy và gọi lại.
# SIP 183 Session Progress: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-1 = Mở luồng RTP ngay khi một phản hồi 183 mang SDP và phát những gì nhận được thay cho âm hồi chuông cục bộ; khi có nhiều early dialog, hãy chọn một như RFC 3960 mô tả thay vì trộn chúng lại.
# SIP 183 Session Progress: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-2 = Khi early media chỉ nghe được một chiều hoặc bị mất, hãy kiểm tra NAT và tường lửa: đầu bên kia gửi RTP trước khi trả lời, nên các lỗ mở (pinhole) và việc neo media (media anchoring) trên SBC (rtpengine, RTPProxy) phải sẵn sàng từ phản hồi 183 trở đi.
# SIP 183 Session Progress: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-3 = Gửi 183 theo cơ chế tin cậy với `Require: 100rel` khi bên gọi liệt kê `100rel` trong `Supported`, để SDP answer mà nó mang được xác nhận bằng `PRACK`.
# SIP 183 Session Progress: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-183-fix-developer-4 = Gateway thường ánh xạ bản tin ISDN Progress có chỉ báo “in-band information available” thành 183 kèm SDP; hãy kiểm tra ánh xạ đó nếu các lời thông báo từ PSTN không bao giờ đến được người gọi của bạn.
# SIP 183 Session Progress compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-180 = Gửi 183 kèm SDP khi bên gọi cần nghe media do mạng tạo ra; gửi 180 khi một thiết bị đang đổ chuông và điện thoại của bên gọi có thể tự tạo âm hồi chuông.
# SIP 183 Session Progress compared with SIP 199 Early Dialog Terminated: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-199 = 183 mở hoặc cập nhật một early dialog, thường kèm media; 199 báo cho bên gọi rằng một early dialog như vậy đã kết thúc.
# SIP 183 Session Progress compared with SIP 100 Trying: one sentence in the "Related codes" section saying when to use which.
sip-183-vs-100 = 183 đi từ đầu cuối đến đầu cuối và thường mở early media; 100 là xác nhận đã nhận mang tính cục bộ từ chặng kế tiếp và không bao giờ mang SDP.

## SIP 199 Early Dialog Terminated

# SIP 199 Early Dialog Terminated: one-line summary at the top of the explainer (TL;DR).
sip-199-tldr = Một trong các thiết bị mà cuộc gọi của bạn được đưa tới đã rút khỏi cuộc gọi trước khi có người trả lời; bản thân cuộc gọi vẫn tiếp tục.
# SIP 199 Early Dialog Terminated: the paragraph under "What it means".
sip-199-meaning = Khi một proxy phân nhánh một `INVITE`, bên gọi có thể giữ nhiều early dialog, mỗi early dialog ứng với một thiết bị đã gửi phản hồi tạm thời có To tag. Nếu không có RFC 6228, bên gọi chỉ biết một nhánh đã thất bại khi phản hồi cuối cùng đến, và trong lúc đó vẫn giữ các luồng early media cùng những tài nguyên khác cho các nhánh đã chết. Một proxy phân nhánh nhận được phản hồi cuối cùng không phải 2xx trên một nhánh, hoặc một UAS kết thúc một trong các early dialog của chính nó, có thể gửi 199 mang To tag của dialog đó, để bên gọi giải phóng những gì thuộc về dialog này. Việc hỗ trợ là tự nguyện tham gia (opt-in): không ai gửi 199 trừ khi `INVITE` mang `Supported: 199`. Phản hồi 199 có thể kèm header `Reason` (RFC 3326) nêu phản hồi cuối cùng đã kết thúc nhánh, và không được mang SDP offer hay SDP answer. Transaction `INVITE` vẫn mở: bên gọi tiếp tục chờ phản hồi cuối cùng từ các nhánh còn lại.
# SIP 199 Early Dialog Terminated: common cause 1 of 3, a list item under "Common causes".
sip-199-cause-1 = Một cuộc gọi được phân nhánh đã đổ chuông trên ba thiết bị, và một trong số đó đã từ chối bằng 486 hoặc 603 trong khi các thiết bị kia vẫn đang đổ chuông.
# SIP 199 Early Dialog Terminated: common cause 2 of 3, a list item under "Common causes".
sip-199-cause-2 = Một nhánh đã gửi 183 kèm early media bị lỗi hoặc bị proxy phân nhánh hủy, ví dụ khi bộ đếm thời gian (timer) của nhánh đó hết hạn.
# SIP 199 Early Dialog Terminated: common cause 3 of 3, a list item under "Common causes".
sip-199-cause-3 = Một UAS đã tạo nhiều early dialog cho cùng một `INVITE` kết thúc những dialog mà nó sẽ không dùng trước khi gửi phản hồi cuối cùng.
# SIP 199 Early Dialog Terminated: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-199-fix-visitor-1 = Không cần làm gì: cuộc gọi vẫn đang đổ chuông ở nơi khác, và điện thoại của bạn tự xử lý thông báo này.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-1 = Thêm `Supported: 199` vào các `INVITE` gửi đi nếu máy khách của bạn có thể giải phóng tài nguyên theo từng dialog, chẳng hạn cổng của media gateway hoặc bộ chuyển mã (transcoder); nếu không có nó, sẽ không ai gửi 199 cho bạn.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-2 = Khi nhận 199, hãy ngừng phát early media từ To tag mà nó nêu và giải phóng các cổng RTP của nhánh đó, nhưng vẫn duy trì transaction `INVITE` và các early dialog khác.
# SIP 199 Early Dialog Terminated: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-199-fix-developer-3 = Trong một proxy phân nhánh, chỉ tạo 199 gửi tới những bên gọi đã thông báo có hỗ trợ, kèm header `Reason` nêu mã cuối cùng của nhánh, và không bao giờ gửi nó sau phản hồi cuối cùng.
# SIP 199 Early Dialog Terminated compared with SIP 183 Session Progress: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-183 = Gửi 199 khi một early dialog kết thúc trước phản hồi cuối cùng; gửi 183 để mở hoặc cập nhật một early dialog, thường kèm media.
# SIP 199 Early Dialog Terminated compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-487 = 199 kết thúc một early dialog trong khi cuộc gọi vẫn tiếp tục; 487 kết thúc toàn bộ `INVITE` vì nó đã bị hủy.
# SIP 199 Early Dialog Terminated compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-199-vs-180 = 199 báo rằng một nhánh đang đổ chuông đã dừng; 180 báo rằng một nhánh đã bắt đầu đổ chuông.

## SIP 200 OK

# SIP 200 OK: one-line summary at the top of the explainer (TL;DR).
sip-200-tldr = Yêu cầu đã thành công: với một cuộc gọi, bên kia đã trả lời; với một lần đăng ký, máy chủ đã lưu địa chỉ điện thoại của bạn.
# SIP 200 OK: the paragraph under "What it means".
sip-200-meaning = 200 là phản hồi thành công chung, và điều nó xác nhận phụ thuộc vào phương thức. Với `INVITE`, nó mang SDP answer (hoặc offer, nếu `INVITE` không có) và xác nhận dialog, điều mà bên gọi phải xác nhận lại từ đầu cuối đến đầu cuối bằng `ACK`; UAS truyền lại phản hồi 200, bắt đầu với khoảng T1 rồi giãn dần tới T2, cho đến khi `ACK` đó đến, và kết thúc cuộc gọi bằng `BYE` nếu không nhận được `ACK` nào trong vòng 64*T1. Với `REGISTER`, registrar liệt kê mọi binding hiện tại của address of record trong các header `Contact`, mỗi binding kèm giá trị `expires` được cấp, có thể ngắn hơn giá trị được yêu cầu. Với `OPTIONS`, nó công bố các khả năng trong `Allow`, `Accept` và `Supported`, còn với `BYE`, `CANCEL`, `SUBSCRIBE` hoặc `REFER`, nó chỉ đơn giản xác nhận yêu cầu. Kể từ RFC 6665 và RFC 7647, 200 cũng thay thế mã 202 không còn được khuyến nghị để trả lời một `SUBSCRIBE` hoặc `REFER` được chấp nhận.
# SIP 200 OK: common cause 1 of 4, a list item under "Common causes".
sip-200-cause-1 = Bên được gọi đã nhấc máy, nên thiết bị của họ trả lời `INVITE` bằng 200 kèm SDP của nó.
# SIP 200 OK: common cause 2 of 4, a list item under "Common causes".
sip-200-cause-2 = Yêu cầu `REGISTER` có thông tin xác thực hợp lệ của một điện thoại đã được registrar chấp nhận sau thử thách (challenge) digest.
# SIP 200 OK: common cause 3 of 4, a list item under "Common causes".
sip-200-cause-3 = Một công cụ giám sát, SBC hoặc bộ cân bằng tải đã gửi `OPTIONS` như một bản tin keepalive, và máy chủ trả lời rằng nó vẫn đang hoạt động.
# SIP 200 OK: common cause 4 of 4, a list item under "Common causes".
sip-200-cause-4 = Một `BYE` hoặc `CANCEL` đã được xử lý, xác nhận rằng cuộc gọi đã kết thúc hoặc `INVITE` đang chờ đang được dừng lại.
# SIP 200 OK: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-200-fix-visitor-1 = Không cần làm gì: cuộc gọi đã được kết nối hoặc điện thoại của bạn đã đăng ký, đúng như bạn mong muốn.
# SIP 200 OK: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-1 = Gửi `ACK` cho mọi phản hồi 200 trả lời `INVITE`, kể cả các phản hồi 200 thừa từ những nhánh khác của cuộc gọi được phân nhánh, và kết thúc mỗi dialog thừa bằng `BYE` nếu bạn chỉ giữ một cuộc gọi.
# SIP 200 OK: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-2 = Sau phản hồi 200 cho `REGISTER`, hãy đọc giá trị `expires` trong chính `Contact` của bạn và làm mới trước khi nó hết hạn; nếu contact của bạn bị thiếu hoặc hiển thị một địa chỉ khác, thì NAT hoặc SIP ALG đã ghi đè nó.
# SIP 200 OK: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-3 = Xây dựng dialog từ phản hồi 200: remote target là `Contact` của nó, route set là các header `Record-Route` của nó theo thứ tự ngược lại, và header `Session-Expires` đặt khoảng thời gian làm mới của session timer.
# SIP 200 OK: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-200-fix-developer-4 = Gửi 200, không phải 202, khi notifier của bạn chấp nhận một `SUBSCRIBE` hoặc UA của bạn chấp nhận một `REFER`.
# SIP 200 OK compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-202 = Gửi 200 cho một `SUBSCRIBE` hoặc `REFER` được chấp nhận; 202 không còn được khuyến nghị cho cả hai, và dù sao bên nhận cũng coi nó như 200.
# SIP 200 OK compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-204 = Trả lời một `SUBSCRIBE` bằng 200 khi một `NOTIFY` mang trạng thái sẽ theo sau; chỉ trả lời bằng 204 khi tag trong `Suppress-If-Match` của nó khớp và `NOTIFY` đó được bỏ qua.
# SIP 200 OK compared with SIP 180 Ringing: one sentence in the "Related codes" section saying when to use which.
sip-200-vs-180 = 200 là câu trả lời cuối cùng xác nhận cuộc gọi; 180 chỉ cho biết thiết bị của bên được gọi đang đổ chuông.

## SIP 202 Accepted

# Deprecated code: keep the word Deprecated at the start of the summary; the page warns that new implementations no longer send it.
# SIP 202 Accepted: one-line summary at the top of the explainer (TL;DR).
sip-202-tldr = Không còn được khuyến nghị: yêu cầu đã được chấp nhận theo cách cũ; phần mềm SIP hiện nay trả lời 200 OK thay thế.
# SIP 202 Accepted: the paragraph under "What it means".
sip-202-meaning = 202 từng dùng để trả lời một `SUBSCRIBE` mà việc cấp quyền vẫn đang chờ xử lý (RFC 3265), và RFC 3515 biến nó thành câu trả lời thông thường cho `REFER`, nghĩa là yêu cầu chuyển cuộc gọi đã được chấp nhận và kết quả sẽ được báo sau trong các yêu cầu `NOTIFY`. RFC 6665 đã ngừng khuyến nghị mã này cho subscription vì nó không cho subscriber biết điều gì mà `NOTIFY` đầu tiên chưa nói trong header `Subscription-State` (`pending` hoặc `active`), và RFC 7647 cũng làm vậy với `REFER`. Notifier và bên nhận REFER nay phải gửi 200, và mọi bên nhận phải coi phản hồi 202 hoàn toàn giống như 200. Mã này vẫn còn được đăng ký, và các điện thoại cũng như PBX đời cũ vẫn gửi nó, chủ yếu để trả lời `REFER` khi chuyển cuộc gọi.
# SIP 202 Accepted: common cause 1 of 3, a list item under "Common causes".
sip-202-cause-1 = Một điện thoại hoặc PBX đời cũ được viết theo RFC 3265 hoặc RFC 3515 trả lời bằng 202 cho một `REFER` dùng để chuyển cuộc gọi không báo trước (blind transfer) hoặc có báo trước (attended transfer).
# SIP 202 Accepted: common cause 2 of 3, a list item under "Common causes".
sip-202-cause-2 = Một máy chủ presence hoặc máy chủ thông báo hộp thư thoại đời cũ trả lời `SUBSCRIBE` bằng 202 trong khi subscription đang chờ người dùng cấp quyền.
# SIP 202 Accepted: common cause 3 of 3, a list item under "Common causes".
sip-202-cause-3 = Một thư viện SIP hoặc script kiểm thử vẫn trả về mã 202 được gán cứng (hard-coded) cho `REFER` hoặc `SUBSCRIBE`.
# SIP 202 Accepted: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-202-fix-visitor-1 = Không cần làm gì: điện thoại của bạn coi đây là một phản hồi thành công thông thường, và việc chuyển cuộc gọi dùng mã này vẫn hoạt động.
# SIP 202 Accepted: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-1 = Gửi 200 thay cho 202 khi bạn chấp nhận một `SUBSCRIBE` hoặc `REFER`, và báo việc cấp quyền đang chờ xử lý bằng `Subscription-State: pending` trong `NOTIFY` đầu tiên.
# SIP 202 Accepted: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-2 = Chấp nhận 202 từ các bên đời cũ và xử lý nó hoàn toàn giống 200: một máy khách chỉ chờ đúng mã 200 sẽ làm hỏng việc chuyển cuộc gọi với các PBX đời cũ.
# SIP 202 Accepted: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-202-fix-developer-3 = Theo dõi tiến trình chuyển cuộc gọi qua các yêu cầu `NOTIFY` có phần thân `message/sipfrag` đến sau đó, chứ không phải qua mã phản hồi cho `REFER`.
# SIP 202 Accepted compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-200 = 202 không còn được khuyến nghị: hãy gửi 200 cho một `SUBSCRIBE` hoặc `REFER` được chấp nhận, và chỉ chấp nhận 202 khi nó đến từ các bên đời cũ.
# SIP 202 Accepted compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-204 = Không mã nào thay thế mã nào: 204 trả lời một `SUBSCRIBE` mà subscriber đã có trạng thái, còn 202 là một cách chấp nhận đã lỗi thời, nay phải được thay bằng 200.
# SIP 202 Accepted compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-202-vs-489 = 202, nay được thay bằng 200, chấp nhận một subscription hoặc một yêu cầu chuyển cuộc gọi; 489 từ chối một subscription vì event package của nó không được biết đến.

## SIP 204 No Notification

# SIP 204 No Notification: one-line summary at the top of the explainer (TL;DR).
sip-204-tldr = Subscription của bạn đã được thiết lập hoặc làm mới, và sẽ không có thông báo nào theo sau vì bạn đã có trạng thái hiện tại.
# SIP 204 No Notification: the paragraph under "What it means".
sip-204-meaning = RFC 5839 cho phép subscriber tránh nhận cùng một trạng thái sự kiện hai lần. Mỗi `NOTIFY` có thể mang một entity tag trong `SIP-ETag`; khi sau đó subscriber gửi `SUBSCRIBE` để tạo hoặc làm mới một subscription, nó có thể đặt tag cuối cùng đã thấy vào `Suppress-If-Match`, hoặc `*` để khớp với mọi tag. Nếu trạng thái hiện tại của notifier vẫn mang tag đó, notifier trả lời 204 và bỏ qua `NOTIFY` mà lẽ ra nó sẽ gửi ngay; subscription, với thời hạn nêu trong `Expires`, vẫn được thiết lập như sau một phản hồi 200. Các thay đổi trạng thái sau đó vẫn được thông báo như thường lệ. Một notifier không triển khai RFC 5839 sẽ bỏ qua header lạ này và trả lời 200, theo sau là một `NOTIFY` đầy đủ, nên subscriber phải xử lý được cả hai kết quả.
# SIP 204 No Notification: common cause 1 of 3, a list item under "Common causes".
sip-204-cause-1 = Một subscriber presence hoặc BLF đã làm mới subscription của mình với `Suppress-If-Match` đặt bằng `SIP-ETag` của `NOTIFY` gần nhất, và trạng thái không thay đổi kể từ đó.
# SIP 204 No Notification: common cause 2 of 3, a list item under "Common causes".
sip-204-cause-2 = Một máy khách đã đăng ký theo dõi lại sau khi tự khởi động lại, dùng một entity tag đã lưu trong cache, và trạng thái của tài nguyên được theo dõi vẫn như cũ.
# SIP 204 No Notification: common cause 3 of 3, a list item under "Common causes".
sip-204-cause-3 = Một subscriber đã gửi `Suppress-If-Match: *` để làm mới subscription mà không phải nhận lại trạng thái.
# SIP 204 No Notification: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-204-fix-visitor-1 = Không cần làm gì: điện thoại của bạn đã hiển thị đúng trạng thái presence hoặc trạng thái đường dây.
# SIP 204 No Notification: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-1 = Lưu `SIP-ETag` của mỗi `NOTIFY` và gửi nó trong `Suppress-If-Match` khi làm mới, để mỗi lần tiết kiệm được một `NOTIFY` cùng phần thân của nó.
# SIP 204 No Notification: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-2 = Với vai trò notifier, hãy so sánh tag với entity tag của trạng thái hiện tại và chỉ gửi 204 kèm header `Expires` khi khớp chính xác; nếu không, hãy trả lời 200 và gửi `NOTIFY`.
# SIP 204 No Notification: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-204-fix-developer-3 = Đừng ánh xạ mã này sang HTTP 204 No Content trong gateway, log hay dashboard: đây là một phản hồi thành công có điều kiện, gần nhất với HTTP 304.
# SIP 204 No Notification compared with SIP 200 OK: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-200 = Trả lời 204 khi tag của subscriber vẫn khớp và không cần `NOTIFY`; trả lời 200 trong mọi trường hợp thành công khác.
# SIP 204 No Notification compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-202 = Gửi 204 cho một `SUBSCRIBE` có điều kiện đã khớp; không bao giờ gửi 202, mã mà RFC 6665 đã ngừng khuyến nghị để chuyển sang dùng 200.
# SIP 204 No Notification compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-204-vs-489 = 204 nghĩa là subscription thành công mà không có thông báo mới; 489 nghĩa là subscription bị từ chối vì event package không được biết đến.

## SIP 300 Multiple Choices

# SIP 300 Multiple Choices: one-line summary at the top of the explainer (TL;DR).
sip-300-tldr = Người bạn gọi có thể liên lạc được tại nhiều địa chỉ, và điện thoại của bạn, hoặc chính bạn, phải chọn một.
# SIP 300 Multiple Choices: the paragraph under "What it means".
sip-300-meaning = Redirect server trả về 300 khi Request-URI ứng với nhiều vị trí, liệt kê chúng trong các header `Contact`, tốt nhất là kèm giá trị `q` trong khoảng từ 0 đến 1 để xếp hạng. Máy chủ không tự thử các vị trí đó: bên gọi, hoặc một proxy xử lý chuyển hướng theo kiểu đệ quy (recursive), gửi một yêu cầu mới tới một hoặc nhiều vị trí trong một client transaction mới. RFC 3261 để máy khách tự chọn: nó có thể thử các địa chỉ theo thứ tự `q`, phân nhánh tới nhiều địa chỉ cùng lúc, hoặc hiển thị chúng cho người dùng; phần thân có thể mô tả các lựa chọn nhưng không có định dạng chuẩn. Nên bỏ qua các contact đã được thử, hoặc dẫn ngược về đích ban đầu, để việc chuyển hướng không thể tạo thành vòng lặp.
# SIP 300 Multiple Choices: common cause 1 of 3, a list item under "Common causes".
sip-300-cause-1 = Một người dùng có nhiều thiết bị hoặc số máy đã đăng ký (văn phòng, nhà riêng, di động), và redirect server trả về tất cả thay vì tự phân nhánh cuộc gọi.
# SIP 300 Multiple Choices: common cause 2 of 3, a list item under "Common causes".
sip-300-cause-2 = Một dịch vụ chuyển hướng dựa trên danh bạ hoặc ENUM đã tìm thấy nhiều URI cho số được quay.
# SIP 300 Multiple Choices: common cause 3 of 3, a list item under "Common causes".
sip-300-cause-3 = Một nhà cung cấp SIP dùng redirect server để định tuyến theo chi phí thấp nhất (least-cost routing) và liệt kê nhiều gateway của các nhà mạng, xếp hạng theo `q`.
# SIP 300 Multiple Choices: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-300-fix-visitor-1 = Nếu điện thoại hiển thị một danh sách địa chỉ, hãy chọn một; nếu không thì không cần làm gì: điện thoại hoặc nhà cung cấp sẽ thử chúng giúp bạn.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-1 = Xử lý 3xx trong proxy của bạn thay vì chuyển chúng tới những điện thoại không xử lý được: trong Kamailio hoặc OpenSIPS, hãy nạp `uac_redirect`, gọi `get_redirects()` trong `failure_route` và chuyển tiếp cuộc gọi lần nữa.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-2 = Sắp xếp các contact theo `q`, thử lần lượt hoặc song song, bỏ qua những contact đã thử, và giới hạn số lần chuyển hướng mà bạn đi theo cho mỗi cuộc gọi.
# SIP 300 Multiple Choices: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-300-fix-developer-3 = Khi gửi 300, hãy gán cho mỗi `Contact` một giá trị `q` và bỏ đi những địa chỉ mà bên gọi không thể liên lạc tới, chẳng hạn địa chỉ IP riêng (private).
# SIP 300 Multiple Choices compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-301 = Trả về 300 khi có nhiều địa chỉ hiện hành và bên gọi phải chọn; trả về 301 khi một địa chỉ mới thay thế hẳn địa chỉ cũ.
# SIP 300 Multiple Choices compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-302 = Dùng 300 cho một lựa chọn giữa nhiều vị trí; dùng 302 cho một vị trí tạm thời duy nhất để thử lại.
# SIP 300 Multiple Choices compared with SIP 485 Ambiguous: one sentence in the "Related codes" section saying when to use which.
sip-300-vs-485 = 300 liệt kê nhiều vị trí của cùng một người dùng; 485 cho biết địa chỉ khớp với nhiều người dùng khác nhau và bên gọi phải chọn đúng người.

## SIP 301 Moved Permanently

# SIP 301 Moved Permanently: one-line summary at the top of the explainer (TL;DR).
sip-301-tldr = Người bạn gọi đã có một địa chỉ mới cố định, và điện thoại của bạn nên gọi tới địa chỉ đó thay thế.
# SIP 301 Moved Permanently: the paragraph under "What it means".
sip-301-meaning = Phản hồi 301 cho biết Request-URI không còn dẫn tới người dùng, và header `Contact` của nó nêu địa chỉ thay thế. Bên gọi, hoặc một proxy xử lý chuyển hướng theo kiểu đệ quy, gửi một yêu cầu mới tới địa chỉ đó và, vì việc chuyển là vĩnh viễn, cũng nên cập nhật mọi bản lưu của địa chỉ cũ: sổ địa chỉ, phím quay số nhanh, cache định tuyến. Mã này hiếm gặp hơn 302 rất nhiều, vì phần lớn việc chuyển tiếp trong SIP chỉ là tạm thời và phụ thuộc vào thiết lập hiện tại của người dùng. Khi máy chủ biết người dùng đã rời đi nhưng không có địa chỉ mới, câu trả lời đúng là 410, chứ không phải một phản hồi 301 không có `Contact`.
# SIP 301 Moved Permanently: common cause 1 of 3, a list item under "Common causes".
sip-301-cause-1 = Một người dùng đã chuyển sang miền hoặc nhà cung cấp khác, và miền cũ vẫn trả lời bằng địa chỉ mới.
# SIP 301 Moved Permanently: common cause 2 of 3, a list item under "Common causes".
sip-301-cause-2 = Một máy nhánh hoặc tên người dùng SIP đã được đổi tên trong quá trình chuyển đổi PBX, và URI cũ trỏ tới URI mới.
# SIP 301 Moved Permanently: common cause 3 of 3, a list item under "Common causes".
sip-301-cause-3 = Một công ty đã hợp nhất hai miền SIP, và miền bị ngừng sử dụng chuyển hướng vĩnh viễn mọi người dùng.
# SIP 301 Moved Permanently: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-301-fix-visitor-1 = Cập nhật liên hệ trong sổ địa chỉ bằng địa chỉ mới nếu điện thoại của bạn hiển thị nó, và từ nay hãy dùng địa chỉ đó.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-1 = Đi theo `Contact` của phản hồi 301 một lần cho mỗi cuộc gọi và cập nhật các URI đã lưu (sổ địa chỉ, phím quay số nhanh, cơ sở dữ liệu định tuyến) để các cuộc gọi sau đi thẳng tới địa chỉ mới.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-2 = Kiểm tra URI mới theo chính sách quay số của bạn trước khi đi theo chuyển hướng, vì một chuyển hướng giả mạo có thể đưa người gọi tới các số dịch vụ giá cao hoặc các đích độc hại.
# SIP 301 Moved Permanently: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-301-fix-developer-3 = Tiếp tục trả lời 301 cho các URI cũ đủ lâu để người gọi kịp cập nhật, rồi chuyển sang 410 hoặc 404.
# SIP 301 Moved Permanently compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-302 = Dùng 301 khi địa chỉ cũ đã bị ngừng sử dụng vĩnh viễn; dùng 302 khi người dùng chỉ tạm thời ở nơi khác.
# SIP 301 Moved Permanently compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-410 = Gửi 301 khi bạn biết địa chỉ mới của người dùng; gửi 410 khi người dùng đã rời đi và không có địa chỉ mới nào được biết.
# SIP 301 Moved Permanently compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-301-vs-300 = 301 đưa ra một địa chỉ mới vĩnh viễn; 300 đưa ra nhiều địa chỉ hiện hành để lựa chọn.

## SIP 302 Moved Temporarily

# SIP 302 Moved Temporarily: one-line summary at the top of the explainer (TL;DR).
sip-302-tldr = Người bạn gọi tạm thời có thể liên lạc được tại một địa chỉ khác, và điện thoại hoặc nhà cung cấp của bạn sẽ thử gọi tới đó.
# SIP 302 Moved Temporarily: the paragraph under "What it means".
sip-302-meaning = Phản hồi 302 đưa cho bên gọi một hoặc nhiều địa chỉ tạm thời trong `Contact` và để bên gọi, hoặc một proxy xử lý chuyển hướng đệ quy, gửi một `INVITE` mới tới đó. Request-URI ban đầu vẫn còn hiệu lực: việc chuyển hướng kéo dài trong khoảng thời gian do tham số `expires` trên `Contact` hoặc header `Expires` quy định, hoặc chỉ áp dụng cho cuộc gọi này nếu không có cả hai, nên không được lưu nó như một thay đổi vĩnh viễn. Redirect server dùng 302 để thực hiện chuyển tiếp cuộc gọi và để trả lời các truy vấn định tuyến, chẳng hạn chuyển mạng giữ số (number portability) hoặc định tuyến theo chi phí thấp nhất, mà không cần ở lại trên đường báo hiệu. Thông tin chuyển tiếp thường được thêm vào `Diversion` hoặc `History-Info` để đích mới biết ai đã chuyển tiếp cuộc gọi.
# SIP 302 Moved Temporarily: common cause 1 of 3, a list item under "Common causes".
sip-302-cause-1 = Bên được gọi đã cài đặt chuyển tiếp cuộc gọi tới một số di động, và PBX hoặc nhà cung cấp thực hiện việc này bằng cách chuyển hướng bên gọi thay vì tự chuyển tiếp cuộc gọi.
# SIP 302 Moved Temporarily: common cause 2 of 3, a list item under "Common causes".
sip-302-cause-2 = Một redirect server dùng cho định tuyến hoặc chuyển mạng giữ số trả lời mỗi truy vấn bằng một phản hồi 302 nêu nhà mạng hoặc gateway cần dùng.
# SIP 302 Moved Temporarily: common cause 3 of 3, a list item under "Common causes".
sip-302-cause-3 = Dialplan của một PBX chuyển một cuộc gọi chưa được trả lời đi bằng một chuyển hướng, ví dụ `Transfer()` của Asterisk trên một kênh PJSIP chưa được trả lời.
# SIP 302 Moved Temporarily: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-302-fix-visitor-1 = Không cần làm gì: điện thoại hoặc nhà cung cấp của bạn sẽ đi theo chuyển hướng; nếu cuộc gọi vẫn thất bại, hãy hỏi người bạn gọi số điện thoại hiện tại của họ.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-1 = Bảo đảm phía bạn đi theo 302: trong Asterisk, hãy chọn `redirect_method` của endpoint PJSIP, còn trong Kamailio hoặc OpenSIPS, hãy gọi `get_redirects()` từ `uac_redirect` trong `failure_route`.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-2 = Tôn trọng `expires`: không lưu một chuyển hướng vào cache lâu hơn mức nó cho phép, và không bao giờ coi phản hồi 302 là một thay đổi địa chỉ vĩnh viễn.
# SIP 302 Moved Temporarily: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-302-fix-developer-3 = Giới hạn số phản hồi 302 được đi theo cho mỗi cuộc gọi và kiểm tra từng đích theo chính sách quay số của bạn, để một chuyển hướng giả mạo hoặc bị lặp vòng không thể gây ra gian lận cước (toll fraud).
# SIP 302 Moved Temporarily compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-301 = Gửi 302 khi địa chỉ ban đầu nhìn chung vẫn dùng được; chỉ gửi 301 khi nó đã bị thay thế vĩnh viễn.
# SIP 302 Moved Temporarily compared with SIP 305 Use Proxy: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-305 = Dùng 302 để chuyển bên gọi tới một địa chỉ khác của người dùng; chỉ dùng 305 để cho bên gọi biết phải đi qua proxy nào để tới cùng địa chỉ đó.
# SIP 302 Moved Temporarily compared with SIP 380 Alternative Service: one sentence in the "Related codes" section saying when to use which.
sip-302-vs-380 = 302 trỏ tới một địa chỉ khác của cùng người dùng; 380 cho biết cuộc gọi thất bại nhưng có một dịch vụ thay thế, chẳng hạn hộp thư thoại hoặc cuộc gọi khẩn cấp.

## SIP 305 Use Proxy

# SIP 305 Use Proxy: one-line summary at the top of the explainer (TL;DR).
sip-305-tldr = Cuộc gọi của bạn phải đi qua một proxy cụ thể, được nêu trong phản hồi, và nên được gửi lại theo đường đó.
# SIP 305 Use Proxy: the paragraph under "What it means".
sip-305-meaning = Phản hồi 305 cho bên gọi biết tài nguyên được yêu cầu chỉ có thể truy cập qua proxy nêu trong header `Contact`. Bên gọi gửi lại yêu cầu với proxy đó làm chặng kế tiếp, thường bằng cách thêm nó vào dưới dạng một `Route`, trong khi vẫn giữ nguyên Request-URI. RFC 3261 chỉ cho phép user agent server tạo ra 305, không bao giờ cho phép proxy, để một bên trung gian không thể buộc bên gọi định tuyến qua một proxy do nó tự chọn. Mức hỗ trợ không đồng đều: nhiều điện thoại và PBX bỏ qua 305 hoặc coi nó như một lỗi thông thường. Mã HTTP cùng tên đã bị ngừng khuyến nghị, nhưng chưa có đặc tả SIP nào rút lại mã SIP này.
# SIP 305 Use Proxy: common cause 1 of 3, a list item under "Common causes".
sip-305-cause-1 = Một thiết bị hoặc gateway chỉ chấp nhận các cuộc gọi đi qua proxy riêng của tổ chức, ví dụ vì lý do tính cước hoặc bảo mật, và bên gọi đã liên lạc trực tiếp với nó.
# SIP 305 Use Proxy: common cause 2 of 3, a list item under "Common causes".
sip-305-cause-2 = Một UA trong mạng doanh nghiệp đòi hỏi lưu lượng phải đi qua edge proxy, nơi áp dụng chính sách.
# SIP 305 Use Proxy: common cause 3 of 3, a list item under "Common causes".
sip-305-cause-3 = Một máy chủ đời cũ hoặc máy chủ kiểm thử dùng 305 ở chỗ mà lẽ ra một header `Route` hoặc thiết lập DNS phải hướng bên gọi tới proxy ngay từ đầu.
# SIP 305 Use Proxy: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-305-fix-visitor-1 = Bạn không thể thay đổi gì trong lúc gọi; nếu lỗi cứ tiếp diễn, hãy hỏi nhà cung cấp xem điện thoại của bạn nên dùng outbound proxy nào.
# SIP 305 Use Proxy: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-1 = Nếu bạn gửi 305, chỉ gửi từ một UAS, và đặt URI đầy đủ của proxy, kèm `;lr` và các tham số transport khi cần, vào `Contact`.
# SIP 305 Use Proxy: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-2 = Nếu UA của bạn nhận được 305, hãy gửi lại yêu cầu qua proxy đó bằng một header `Route`, sau khi đã kiểm tra rằng đó là một proxy bạn tin cậy.
# SIP 305 Use Proxy: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-305-fix-developer-3 = Thay vào đó, hãy cấu hình outbound proxy, ví dụ `outbound_proxy` trên một endpoint PJSIP của Asterisk hoặc thiết lập outbound proxy của điện thoại, để không bao giờ cần đến 305.
# SIP 305 Use Proxy compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-302 = Gửi 305 khi đích vẫn giữ nguyên nhưng phải được truy cập qua một proxy cho trước; gửi 302 khi chính địa chỉ đích thay đổi.
# SIP 305 Use Proxy compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-301 = 305 thay đổi đường đi tới tài nguyên; 301 thay đổi vĩnh viễn chính địa chỉ của tài nguyên.
# SIP 305 Use Proxy compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-305-vs-407 = 305 cho biết bên gọi đã đi sai đường và phải dùng một proxy nhất định; 407 cho biết bên gọi đã đi đúng đường nhưng proxy đó đòi thông tin xác thực.

## SIP 380 Alternative Service

# SIP 380 Alternative Service: one-line summary at the top of the explainer (TL;DR).
sip-380-tldr = Không thể thực hiện cuộc gọi theo số đã quay, nhưng có thể dùng một dịch vụ khác thay thế, chẳng hạn hộp thư thoại hoặc đường dây khẩn cấp.
# SIP 380 Alternative Service: the paragraph under "What it means".
sip-380-meaning = 380 cho bên gọi biết cuộc gọi đã thất bại nhưng có một dịch vụ thay thế. RFC 3261 quy định rằng các phương án thay thế được mô tả trong phần thân nhưng không định nghĩa định dạng, nên ý nghĩa thực tế của mã này do đặc tả sử dụng nó quyết định. Ứng dụng thực tế chủ yếu là trong IMS (3GPP TS 24.229): khi mạng phát hiện một cuộc gọi thông thường được thực hiện tới một số khẩn cấp, nó trả lời 380 với phần thân `application/3gpp-ims+xml` có phần tử `alternative-service` yêu cầu máy cầm tay thử lại dưới dạng cuộc gọi khẩn cấp, sau một lần đăng ký khẩn cấp nếu cần. Ngoài các profile như vậy, phản hồi 380 có thể chỉ mang một `Contact`, ví dụ trỏ tới hộp thư thoại, và bên gọi quyết định có đi theo hay không.
# SIP 380 Alternative Service: common cause 1 of 3, a list item under "Common causes".
sip-380-cause-1 = Một điện thoại di động đã quay một số khẩn cấp như một cuộc gọi thông thường, và mạng IMS yêu cầu nó thử lại dưới dạng cuộc gọi khẩn cấp.
# SIP 380 Alternative Service: common cause 2 of 3, a list item under "Common causes".
sip-380-cause-2 = Bên được gọi không thể nhận cuộc gọi, và máy chủ hướng bên gọi tới hộp thư thoại hoặc một dịch vụ nhắn tin thay thế.
# SIP 380 Alternative Service: common cause 3 of 3, a list item under "Common causes".
sip-380-cause-3 = Một máy chủ áp dụng một profile riêng của nhà mạng, mô tả phương án thay thế trong phần thân XML, thứ mà các điện thoại SIP thông thường không hiểu và hiển thị như một lỗi.
# SIP 380 Alternative Service: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-380-fix-visitor-1 = Nếu bạn đã gọi một số khẩn cấp và cuộc gọi thất bại, hãy quay lại số đó ngay lập tức; điện thoại thường tự thử lại dưới dạng cuộc gọi khẩn cấp.
# SIP 380 Alternative Service: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-1 = Trong thiết bị người dùng (UE) IMS, hãy phân tích phần thân `application/3gpp-ims+xml` và, khi nó yêu cầu xử lý khẩn cấp, thử lại dưới dạng cuộc gọi khẩn cấp tới URI `urn:service:sos` tương ứng.
# SIP 380 Alternative Service: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-2 = Khi bạn gửi 380 bên ngoài IMS, hãy kèm một `Contact` và một định dạng phần thân mà máy khách của bạn xử lý được; nếu không, chúng chỉ có thể coi đó là một lỗi.
# SIP 380 Alternative Service: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-380-fix-developer-3 = Ghi log toàn bộ phần thân của phản hồi 380 ở phía bên gọi, vì phương án thay thế chỉ được mô tả ở đó.
# SIP 380 Alternative Service compared with SIP 302 Moved Temporarily: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-302 = Gửi 380 khi cuộc gọi được yêu cầu thất bại và bạn đề xuất một loại dịch vụ khác; gửi 302 khi cùng người dùng đó chỉ đơn giản đang ở một địa chỉ khác.
# SIP 380 Alternative Service compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-300 = 380 đề xuất một dịch vụ thay thế; 300 đề xuất nhiều vị trí của cùng một bên được gọi.
# SIP 380 Alternative Service compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-380-vs-480 = Dùng 380 khi bạn có thể hướng bên gọi tới một dịch vụ thay thế; dùng 480 khi bên được gọi chỉ là hiện không sẵn sàng và không có phương án nào khác.

## SIP 400 Bad Request

# SIP 400 Bad Request: one-line summary at the top of the explainer (TL;DR).
sip-400-tldr = Máy chủ không hiểu được yêu cầu của bạn vì có điều gì đó trong yêu cầu bị sai định dạng hoặc bị thiếu.
# SIP 400 Bad Request: the paragraph under "What it means".
sip-400-meaning = 400 là mã dùng chung cho những yêu cầu vi phạm cú pháp SIP hoặc thiếu một thành phần bắt buộc: thiếu `Via`, `From`, `To`, `Call-ID`, `CSeq` hoặc `Max-Forwards`, phương thức trong `CSeq` khác với dòng yêu cầu, `Content-Length` không khớp với phần thân, hoặc một URI không phân tích được. RFC 3261 khuyến khích máy chủ nêu chính xác lỗi trong cụm từ lý do, ví dụ “Missing Call-ID”, và một số máy chủ thêm header `Warning`, vì vậy hãy đọc cả hai trước tiên. Máy khách phải sửa yêu cầu; gửi lại nguyên như cũ sẽ thất bại theo cùng một cách. Có những mã cụ thể hơn cho một số lỗi, chẳng hạn 416 cho scheme URI không xác định và 420 cho phần mở rộng không được hỗ trợ, và nên ưu tiên dùng chúng khi phù hợp.
# SIP 400 Bad Request: common cause 1 of 4, a list item under "Common causes".
sip-400-cause-1 = SIP ALG của router hoặc một tường lửa đã ghi đè các địa chỉ bên trong thông điệp và làm hỏng một header hoặc làm `Content-Length` bị sai.
# SIP 400 Bad Request: common cause 2 of 4, a list item under "Common causes".
sip-400-cause-2 = Một SIP stack tự viết hoặc chưa hoàn thiện bỏ sót một header bắt buộc, thường là `Max-Forwards`, hoặc dùng phương thức trong `CSeq` khác với phương thức của yêu cầu.
# SIP 400 Bad Request: common cause 3 of 4, a list item under "Common causes".
sip-400-cause-3 = Một thông điệp gửi qua TCP bị thiếu hoặc sai `Content-Length`, nên máy chủ đã đọc một phần của thông điệp tiếp theo như phần thân.
# SIP 400 Bad Request: common cause 4 of 4, a list item under "Common causes".
sip-400-cause-4 = Bước kiểm tra đầu vào của một proxy, chẳng hạn `sanity_check()` của Kamailio, đã từ chối một yêu cầu có URI không hợp lệ, số `CSeq` sai hoặc một header không phân tích được.
# SIP 400 Bad Request: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-400-fix-visitor-1 = Nếu cuộc gọi chỉ thất bại khi dùng mạng ở nhà hoặc văn phòng, hãy tắt SIP ALG (thường gọi là SIP helper) trên router và khởi động lại điện thoại.
# SIP 400 Bad Request: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-1 = Đọc cụm từ lý do và header `Warning` nếu có, sau đó bắt yêu cầu bằng `sngrep` hoặc `tcpdump -i any -s0 -w sip.pcap port 5060` và đối chiếu với các header bắt buộc được liệt kê trong RFC 3261, mục 8.1.1.
# SIP 400 Bad Request: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-2 = So sánh thông điệp lúc gửi với thông điệp lúc nhận: khác biệt trong các địa chỉ của `Via`, `Contact` hoặc SDP cho thấy có một ALG hoặc một middlebox khác đang ghi đè thông điệp.
# SIP 400 Bad Request: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-3 = Luôn gửi `Content-Length` chính xác qua TCP và TLS, nơi nó xác định ranh giới giữa các thông điệp, và tính lại nó sau mọi thay đổi trên phần thân.
# SIP 400 Bad Request: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-400-fix-developer-4 = Khi chính máy chủ của bạn từ chối một yêu cầu bằng 400, hãy nêu chính xác lỗi trong cụm từ lý do để nó hiện ra trong log của bên gửi.
# SIP 400 Bad Request compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-415 = Dùng 400 khi bản thân thông điệp sai định dạng; dùng 415 khi thông điệp đúng định dạng nhưng định dạng, kiểu mã hóa hoặc ngôn ngữ của phần thân không được hỗ trợ.
# SIP 400 Bad Request compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-420 = 400 từ chối cú pháp bị hỏng; 420 từ chối một `Require` hoặc `Proxy-Require` được viết đúng nhưng nêu một phần mở rộng mà máy chủ không có.
# SIP 400 Bad Request compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-400-vs-416 = Gửi 416 thay vì 400 khi vấn đề duy nhất là scheme của Request-URI mà máy chủ không xử lý.

## SIP 401 Unauthorized

# SIP 401 Unauthorized: one-line summary at the top of the explainer (TL;DR).
sip-401-tldr = Máy chủ cần tên người dùng và mật khẩu SIP của bạn trước khi chấp nhận yêu cầu.
# SIP 401 Unauthorized: the paragraph under "What it means".
sip-401-meaning = Một registrar hoặc UAS cần xác thực người dùng sẽ trả lời 401 với một hoặc nhiều thử thách (challenge) `WWW-Authenticate` nêu realm, một nonce, `qop` và thuật toán digest. Máy khách gửi lại yêu cầu với header `Authorization` được tính từ thông tin xác thực của nó, giữ nguyên `Call-ID` và tăng `CSeq`. Phản hồi 401 đầu tiên cho một `REGISTER` là bình thường; phản hồi 401 thứ hai, trả lời cho thông tin xác thực, nghĩa là chúng đã bị từ chối, trừ khi thử thách mới có `stale=true`, vốn chỉ yêu cầu thử lại với nonce mới. RFC 8760 đã bổ sung digest SHA-256 và SHA-512/256 cho SIP bên cạnh MD5, nên máy chủ có thể đưa ra nhiều thử thách và máy khách chọn thử thách mạnh nhất mà nó hỗ trợ. Proxy không bao giờ gửi 401; proxy đưa ra thử thách bằng 407.
# SIP 401 Unauthorized: common cause 1 of 5, a list item under "Common causes".
sip-401-cause-1 = `REGISTER` hoặc `INVITE` đầu tiên được gửi đi mà không có thông tin xác thực, như thường lệ, và máy chủ đã đưa ra thử thách.
# SIP 401 Unauthorized: common cause 2 of 5, a list item under "Common causes".
sip-401-cause-2 = Mật khẩu hoặc tên người dùng xác thực trong điện thoại bị sai; nhiều nhà cung cấp dùng một auth ID khác với số máy nhánh.
# SIP 401 Unauthorized: common cause 3 of 5, a list item under "Common causes".
sip-401-cause-3 = Realm được cấu hình trong điện thoại không khớp với realm trong thử thách, nên điện thoại trả lời cho sai realm hoặc hoàn toàn không trả lời.
# SIP 401 Unauthorized: common cause 4 of 5, a list item under "Common causes".
sip-401-cause-4 = Nonce đã hết hạn trong khoảng giữa thử thách và lần thử lại, và máy chủ lại trả lời với `stale=true`.
# SIP 401 Unauthorized: common cause 5 of 5, a list item under "Common causes".
sip-401-cause-5 = Máy chủ chỉ đưa ra thử thách SHA-256, và một điện thoại đời cũ chỉ hỗ trợ MD5 không thể đáp lại.
# SIP 401 Unauthorized: what the caller (a person using a SIP phone or softphone) can do, item 1 of 2 under "How to fix it (for callers)".
sip-401-fix-visitor-1 = Kiểm tra tên người dùng, ID xác thực và mật khẩu trong phần cài đặt của điện thoại hoặc softphone, rồi đăng ký lại.
# SIP 401 Unauthorized: what the caller (a person using a SIP phone or softphone) can do, item 2 of 2 under "How to fix it (for callers)".
sip-401-fix-visitor-2 = Nếu cài đặt có vẻ đúng mà vẫn thất bại, hãy hỏi nhà cung cấp xem tài khoản của bạn có đang hoạt động không và nên dùng ID xác thực nào.
# SIP 401 Unauthorized: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-1 = Tìm lỗi trong log của máy chủ: Asterisk in ra “Failed to authenticate” kèm endpoint và địa chỉ nguồn, còn `www_authorize()` của Kamailio trả về một mã âm (ví dụ -2 khi sai mật khẩu) mà bạn có thể ghi log bằng `xlog`.
# SIP 401 Unauthorized: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-2 = Bảo đảm máy khách sao chép chính xác realm, nonce, `opaque` và `qop` từ thử thách, giữ nguyên `Call-ID` và tăng `CSeq`; sai bất kỳ giá trị nào trong số đó cũng khiến bước kiểm tra thất bại.
# SIP 401 Unauthorized: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-3 = Đưa ra cả thử thách MD5 lẫn SHA-256 chừng nào vẫn còn điện thoại đời cũ, và chặn các lần thất bại lặp lại từ cùng một nguồn bằng fail2ban hoặc các module `pike` và `htable` của Kamailio.
# SIP 401 Unauthorized: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-401-fix-developer-4 = Nếu điện thoại lặp vòng với 401 sau khi máy chủ khởi động lại, hãy kiểm tra xem khóa bí mật dùng để tạo nonce có thay đổi không; một máy khách đúng chuẩn sẽ phục hồi sau một lần thử lại với `stale=true`.
# SIP 401 Unauthorized compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-401-vs-407 = Registrar hoặc UA được gọi đưa ra thử thách bằng 401 và `WWW-Authenticate`; một proxy trên đường đi đưa ra thử thách bằng 407 và `Proxy-Authenticate`.
# SIP 401 Unauthorized compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-401-vs-403 = Gửi 401 khi thông tin xác thực hợp lệ sẽ giúp yêu cầu được chấp nhận; gửi 403 khi thông tin xác thực không giúp được gì, hoặc sau khi thông tin hợp lệ đã bị chính sách từ chối.

## SIP 402 Payment Required

# SIP 402 Payment Required: one-line summary at the top of the explainer (TL;DR).
sip-402-tldr = Nhà cung cấp từ chối cuộc gọi vì lý do thanh toán, thường là tài khoản trả trước đã hết tiền.
# SIP 402 Payment Required: the paragraph under "What it means".
sip-402-meaning = RFC 3261 dành riêng 402 để sử dụng trong tương lai và không định nghĩa hành vi, header hay phần thân nào cho nó, nên mọi ý nghĩa đều do nhà cung cấp gửi mã này tự đặt ra. Trên thực tế, các nền tảng trả trước và bán buôn (wholesale) gửi mã này khi tài khoản đã hết tiền hoặc khi cước phí tới đích vượt quá số dư cho phép. Máy khách nên coi nó là một lỗi cuối cùng như mọi mã 4xx khác: thử lại cùng yêu cầu sẽ không giúp được gì cho đến khi tài khoản thay đổi. PSTN gateway chuyển nó thành mã nguyên nhân Q.850 số 21 (call rejected), nên ở phía mạng điện thoại lý do bị mất, và người gọi thường chỉ biết được lý do qua một lời thông báo hoặc qua cụm từ lý do.
# SIP 402 Payment Required: common cause 1 of 3, a list item under "Common causes".
sip-402-cause-1 = Tài khoản trả trước của bên gọi đã hết tiền.
# SIP 402 Payment Required: common cause 2 of 3, a list item under "Common causes".
sip-402-cause-2 = Đích gọi, chẳng hạn một số dịch vụ giá cao hoặc số quốc tế, có cước phí vượt quá số dư còn lại hoặc hạn mức tín dụng của tài khoản.
# SIP 402 Payment Required: common cause 3 of 3, a list item under "Common causes".
sip-402-cause-3 = Trunk của một khách hàng bán buôn đã bị hệ thống tính cước của nhà mạng tạm ngưng do một hóa đơn chưa thanh toán.
# SIP 402 Payment Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-402-fix-visitor-1 = Kiểm tra số dư tài khoản với nhà cung cấp và nạp thêm tiền, rồi gọi lại.
# SIP 402 Payment Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-1 = Coi 402 là phản hồi cuối cùng và báo cho người dùng rằng tài khoản cần nạp tiền; không thử lại và không chuyển dự phòng (failover) sang một trunk khác dùng chung tài khoản đó.
# SIP 402 Payment Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-2 = Nếu bạn vận hành một nền tảng tính cước, hãy ưu tiên một mã chuẩn như 403 với cụm từ lý do rõ ràng, hoặc phát một lời thông báo bằng early media trước khi từ chối, vì nhiều điện thoại hiển thị 402 như một lỗi không rõ nguyên nhân.
# SIP 402 Payment Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-402-fix-developer-3 = Đặt cảnh báo khi có 402 trong CDR của các trunk gọi ra, vì mã này thường cho thấy một vấn đề về tính cước hoặc trả trước chứ không phải một sự cố mạng.
# SIP 402 Payment Required compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-402-vs-403 = 402 là một cách không chính thức để nói rằng việc từ chối liên quan đến thanh toán; 403 là lời từ chối chuẩn cho mọi lý do chính sách và được mọi máy khách hiểu.
# SIP 402 Payment Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-402-vs-401 = 402 không thể giải quyết bằng thông tin xác thực; 401 yêu cầu thông tin xác thực và sẽ thành công khi thông tin đó hợp lệ.

## SIP 403 Forbidden

# SIP 403 Forbidden: one-line summary at the top of the explainer (TL;DR).
sip-403-tldr = Máy chủ đã hiểu yêu cầu của bạn nhưng từ chối nó; nhập lại mật khẩu cũng không thay đổi được điều đó.
# SIP 403 Forbidden: the paragraph under "What it means".
sip-403-meaning = 403 là một lời từ chối theo chính sách: máy chủ biết yêu cầu muốn gì nhưng sẽ không thực hiện cho máy khách này. RFC 3261 nói rằng việc cấp quyền sẽ không giúp được gì và không nên lặp lại yêu cầu, nên máy khách không được đáp lại bằng một lần thử digest mới. Những bên gửi điển hình là registrar từ chối một binding mà người dùng đã xác thực không được phép tạo, proxy từ chối một đích mà tài khoản không được phép gọi, và máy chủ từ chối lưu lượng từ một địa chỉ IP không xác định. Vì mã này bao trùm quá nhiều lý do, máy chủ thường nêu lý do thực tế trong cụm từ lý do; chẳng hạn RFC 8224 dùng 403 với “Stale Date” khi `Date` của một yêu cầu có chữ ký đã quá cũ.
# SIP 403 Forbidden: common cause 1 of 5, a list item under "Common causes".
sip-403-cause-1 = Tài khoản không được phép gọi tới đích đó, ví dụ các số quốc tế hoặc số dịch vụ giá cao bị dialplan hoặc một quy tắc chống gian lận chặn.
# SIP 403 Forbidden: common cause 2 of 5, a list item under "Common causes".
sip-403-cause-2 = Một điện thoại đã cố đăng ký một address of record khác với address of record mà thông tin xác thực của nó thuộc về, nên người dùng trong `To` không khớp với người dùng xác thực.
# SIP 403 Forbidden: common cause 3 of 5, a list item under "Common causes".
sip-403-cause-3 = IP nguồn không nằm trong danh sách cho phép (allow list) của nhà cung cấp đối với một trunk xác thực bằng IP, hoặc bị một danh sách kiểm soát truy cập (ACL) của PBX từ chối.
# SIP 403 Forbidden: common cause 4 of 5, a list item under "Common causes".
sip-403-cause-4 = Tài khoản bị tạm ngưng, hoặc máy chủ chặn máy khách sau nhiều lần đăng nhập thất bại, ví dụ bằng fail2ban.
# SIP 403 Forbidden: common cause 5 of 5, a list item under "Common causes".
sip-403-cause-5 = Danh tính trong `From` hoặc số hiển thị của bên gọi (caller ID) được đưa ra là một danh tính mà tài khoản không được phép dùng.
# SIP 403 Forbidden: what the caller (a person using a SIP phone or softphone) can do, item 1 of 2 under "How to fix it (for callers)".
sip-403-fix-visitor-1 = Kiểm tra xem bạn đã quay số đúng chưa, kể cả mọi tiền tố để gọi ra ngoài, và hỏi nhà cung cấp xem tài khoản của bạn có được phép gọi tới đích đó không.
# SIP 403 Forbidden: what the caller (a person using a SIP phone or softphone) can do, item 2 of 2 under "How to fix it (for callers)".
sip-403-fix-visitor-2 = Nếu điện thoại hoàn toàn không đăng ký được, hãy kiểm tra rằng tên người dùng và miền trong phần cài đặt là của tài khoản bạn.
# SIP 403 Forbidden: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-1 = Trước tiên hãy đọc cụm từ lý do và log của máy chủ: Asterisk ghi log các lần đăng ký bị từ chối và các lần bị ACL từ chối, còn trong script Kamailio, nhánh đã gửi 403, chẳng hạn một lệnh `check_to()`, `check_from()` hoặc `allow_trusted()` thất bại, cho bạn biết quy tắc nào đã được kích hoạt.
# SIP 403 Forbidden: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-2 = Với trunk xác thực bằng IP, hãy so sánh danh sách cho phép của nhà cung cấp với địa chỉ IP công khai của bạn theo cách họ nhìn thấy, kể cả các địa chỉ NAT và địa chỉ dự phòng (failover).
# SIP 403 Forbidden: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-3 = So sánh người dùng trong `To` và `From` với người dùng trong header `Authorization`; nhiều registrar đòi hỏi chúng phải khớp nhau.
# SIP 403 Forbidden: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-403-fix-developer-4 = Khi gửi 403, hãy đưa ra một cụm từ lý do chính xác và đừng gửi thử thách lần nữa: máy khách được yêu cầu không thử lại với thông tin xác thực.
# SIP 403 Forbidden compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-401 = Gửi 403 khi thông tin xác thực hợp lệ cũng không thay đổi được quyết định; gửi 401 khi yêu cầu có thể thành công sau khi người dùng được xác thực.
# SIP 403 Forbidden compared with SIP 407 Proxy Authentication Required: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-407 = 403 là một lời từ chối bất kể thông tin xác thực nào được đưa ra; 407 yêu cầu thông tin xác thực cho proxy và sẽ thành công khi thông tin đó hợp lệ.
# SIP 403 Forbidden compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-403-vs-603 = 403 đến từ chính sách của máy chủ đối với yêu cầu này; 603 đến từ bên được gọi, người đã từ chối cuộc gọi.

## SIP 404 Not Found

# SIP 404 Not Found: one-line summary at the top of the explainer (TL;DR).
sip-404-tldr = Số điện thoại hoặc địa chỉ SIP bạn gọi không tồn tại trên máy chủ đã nhận cuộc gọi.
# SIP 404 Not Found: the paragraph under "What it means".
sip-404-meaning = 404 cho biết người dùng trong Request-URI không tồn tại tại miền đó, hoặc miền đó không thuộc trách nhiệm của máy chủ này. Câu trả lời chỉ có giá trị với máy chủ này, đó là lý do RFC 3261 còn định nghĩa 604 cho khẳng định mạnh hơn rằng người dùng không tồn tại ở bất kỳ đâu; một proxy phân nhánh coi phản hồi 404 trên một nhánh chỉ là một thất bại trong số nhiều nhánh và tiếp tục chờ các nhánh còn lại. Máy chủ biết người dùng nhưng không liên lạc được với thiết bị nào của họ nên gửi 480 thay thế, còn máy chủ có người dùng đã rời đi vĩnh viễn thì gửi 410. Gateway ánh xạ mã nguyên nhân Q.850 số 1 (unallocated number) thành 404, nên trên một trunk, 404 thường có nghĩa là số điện thoại chưa được cấp.
# SIP 404 Not Found: common cause 1 of 4, a list item under "Common causes".
sip-404-cause-1 = Số đã bị quay sai, hoặc được quay theo định dạng mà máy chủ không nhận ra, chẳng hạn định dạng trong nước trong khi máy chủ chờ định dạng E.164 có `+`.
# SIP 404 Not Found: common cause 2 of 4, a list item under "Common causes".
sip-404-cause-2 = Request-URI dùng một địa chỉ IP hoặc miền mà máy chủ không coi là của mình, nên nó không bao giờ tra cứu người dùng.
# SIP 404 Not Found: common cause 3 of 4, a list item under "Common causes".
sip-404-cause-3 = Một endpoint PJSIP của Asterisk đưa cuộc gọi vào một context của dialplan không có extension nào khớp.
# SIP 404 Not Found: common cause 4 of 4, a list item under "Common causes".
sip-404-cause-4 = Số điện thoại chưa được cấp trong mạng điện thoại, và gateway phía đầu cuối báo mã nguyên nhân Q.850 số 1.
# SIP 404 Not Found: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-404-fix-visitor-1 = Kiểm tra số hoặc địa chỉ và quay lại, theo định dạng quốc tế đầy đủ nếu bạn không chắc chắn.
# SIP 404 Not Found: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-1 = Kiểm tra xem cuộc gọi đã tới context và extension nào: trong Asterisk, `pjsip show endpoint` hiển thị context và `dialplan show` liệt kê nội dung của nó.
# SIP 404 Not Found: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-2 = Bảo đảm máy chủ nhận ra mọi miền và IP của chính nó: `alias` và `is_myself()` của Kamailio, các miền trong directory của FreeSWITCH, các đối tượng `domain_alias` của Asterisk.
# SIP 404 Not Found: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-3 = Chuẩn hóa các số được quay về một định dạng duy nhất, ví dụ E.164, ngay tại biên mạng trước khi tra cứu định tuyến.
# SIP 404 Not Found: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-404-fix-developer-4 = Đừng dùng 404 cho những người dùng đã biết nhưng đang ngoại tuyến: hãy trả lời 480 để bên gọi biết mà thử lại sau.
# SIP 404 Not Found compared with SIP 604 Does Not Exist Anywhere: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-604 = Gửi 404 khi người dùng không được biết đến tại máy chủ của bạn; chỉ gửi 604 khi bạn biết chắc chắn, với tư cách nguồn thông tin chính thức (authoritative), rằng người dùng không tồn tại ở bất kỳ đâu.
# SIP 404 Not Found compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-410 = 404 không nói gì về quá khứ; 410 cho biết người dùng từng ở đây và đã rời đi vĩnh viễn.
# SIP 404 Not Found compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-404-vs-484 = Trả về 404 khi địa chỉ đầy đủ không được biết đến; trả về 484 khi địa chỉ là phần đầu của một địa chỉ hợp lệ và cần thêm chữ số.

## SIP 405 Method Not Allowed

# SIP 405 Method Not Allowed: one-line summary at the top of the explainer (TL;DR).
sip-405-tldr = Máy chủ nhận ra loại yêu cầu bạn đã gửi nhưng sẽ không chấp nhận nó cho địa chỉ đó.
# SIP 405 Method Not Allowed: the paragraph under "What it means".
sip-405-meaning = Phản hồi 405 cho máy khách biết phương thức được hiểu nhưng không được phép đối với Request-URI, ví dụ `MESSAGE` tới một thiết bị không nhận tin nhắn tức thời, hoặc `SUBSCRIBE` tới một người dùng không công bố trạng thái presence. Phản hồi phải mang header `Allow` liệt kê các phương thức được chấp nhận, và máy khách nên dựa vào đó để chọn cách khác thay vì thử lại. Một phương thức mà máy chủ hoàn toàn không biết thì nhận 501. Máy khách có thể tránh 405 bằng cách kiểm tra header `Allow` của phản hồi 200 cho `OPTIONS`, hoặc của các thông điệp đã trao đổi trong dialog, trước khi dùng các phương thức tùy chọn.
# SIP 405 Method Not Allowed: common cause 1 of 4, a list item under "Common causes".
sip-405-cause-1 = Một softphone đã gửi `MESSAGE` hoặc `SUBSCRIBE` tới một PBX hoặc trunk đã tắt tính năng nhắn tin tức thời hoặc presence.
# SIP 405 Method Not Allowed: common cause 2 of 4, a list item under "Common causes".
sip-405-cause-2 = Một `REFER` để chuyển cuộc gọi đã tới một thiết bị hoặc trunk đã tắt tính năng chuyển cuộc gọi.
# SIP 405 Method Not Allowed: common cause 3 of 4, a list item under "Common causes".
sip-405-cause-3 = Một `PUBLISH` đã tới một máy chủ biết phương thức này nhưng chỉ chấp nhận nó cho một số người dùng hoặc event package nhất định.
# SIP 405 Method Not Allowed: common cause 4 of 4, a list item under "Common causes".
sip-405-cause-4 = Một `INVITE` được gửi tới một URI đại diện cho tài nguyên presence hoặc hộp thư, chứ không phải một endpoint có thể gọi tới.
# SIP 405 Method Not Allowed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-405-fix-visitor-1 = Hãy dùng một tính năng khác với liên hệ này, ví dụ gọi điện thay vì gửi tin nhắn trò chuyện; phía bên kia không chấp nhận loại yêu cầu đó.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-1 = Đọc header `Allow` và chuyển sang phương án dự phòng: dùng re-`INVITE` nếu thiếu `UPDATE`, hoặc bỏ qua việc theo dõi trạng thái đường dây nếu thiếu `SUBSCRIBE`.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-2 = Thăm dò khả năng bằng `OPTIONS`, ví dụ `sipsak -s sip:user@host`, và lưu danh sách `Allow` vào cache theo từng peer.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-3 = Khi gửi 405, hãy liệt kê trong `Allow` mọi phương thức mà URI chấp nhận; thiếu `Allow` thì máy khách không có cách nào để điều chỉnh.
# SIP 405 Method Not Allowed: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-405-fix-developer-4 = Trong Asterisk, hãy kiểm tra các tùy chọn của endpoint PJSIP dùng để tắt phương thức, chẳng hạn `allow_subscribe` và `allow_transfer`.
# SIP 405 Method Not Allowed compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-501 = Gửi 405 khi bạn biết phương thức nhưng không cho phép nó ở đây; gửi 501 khi bạn hoàn toàn không triển khai phương thức đó.
# SIP 405 Method Not Allowed compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-415 = 405 từ chối phương thức của yêu cầu; 415 chấp nhận phương thức nhưng không chấp nhận định dạng phần thân của nó.
# SIP 405 Method Not Allowed compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-405-vs-489 = 405 từ chối chính `SUBSCRIBE` cho địa chỉ này; 489 chấp nhận `SUBSCRIBE` nhưng không chấp nhận event package mà nó nêu.

## SIP 406 Not Acceptable

# SIP 406 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
sip-406-tldr = Máy chủ không thể tạo ra phản hồi ở bất kỳ định dạng nào mà yêu cầu của bạn cho biết là chấp nhận được.
# SIP 406 Not Acceptable: the paragraph under "What it means".
sip-406-meaning = Phản hồi 406 nghĩa là tài nguyên tồn tại nhưng chỉ có thể tạo ra nội dung ở những định dạng bị header `Accept` của yêu cầu loại trừ, hoặc bị `Accept-Encoding` hay `Accept-Language` loại trừ. Trong SIP, mã này chủ yếu xuất hiện với `SUBSCRIBE`: subscriber liệt kê các kiểu phần thân mà nó đọc được, chẳng hạn `application/pidf+xml` cho presence hoặc `application/dialog-info+xml` cho đèn báo bận (BLF), và một notifier chỉ tạo được định dạng khác sẽ từ chối bằng 406. Máy khách có thể gửi lại với danh sách `Accept` rộng hơn. Mã này liên quan đến những gì máy chủ sẽ gửi về; định dạng của những gì máy khách đã gửi là chuyện của 415, còn một mô tả phiên không chấp nhận được là chuyện của 488 hoặc 606.
# SIP 406 Not Acceptable: common cause 1 of 3, a list item under "Common causes".
sip-406-cause-1 = Một subscriber presence chỉ chấp nhận `application/pidf+xml`, trong khi máy chủ chỉ tạo được một định dạng cũ hơn như `application/xpidf+xml`.
# SIP 406 Not Acceptable: common cause 2 of 3, a list item under "Common causes".
sip-406-cause-2 = Một `SUBSCRIBE` cho đèn báo bận (BLF) với event `dialog` đã liệt kê một kiểu trong `Accept` mà PBX không tạo ra.
# SIP 406 Not Acceptable: common cause 3 of 3, a list item under "Common causes".
sip-406-cause-3 = Một subscription tới danh sách tài nguyên (resource list) đã bỏ `multipart/related` hoặc `application/rlmi+xml` khỏi `Accept`, nên máy chủ không thể gửi danh sách.
# SIP 406 Not Acceptable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-406-fix-visitor-1 = Bạn không thể thay đổi gì trong lúc gọi; nếu trạng thái của một liên hệ không bao giờ hiển thị, hãy cập nhật phần mềm của điện thoại hoặc báo cho quản trị viên.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-1 = So sánh header `Accept` của subscriber với các định dạng mà notifier của bạn hỗ trợ, rồi thêm kiểu còn thiếu vào profile của điện thoại hoặc bật nó trên máy chủ.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-2 = Khi một `SUBSCRIBE` không có header `Accept`, hãy dùng định dạng mặc định của event package (ví dụ `application/pidf+xml` cho presence) thay vì trả về 406.
# SIP 406 Not Acceptable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-406-fix-developer-3 = Ghi log giá trị `Accept` bị từ chối trong notifier, để các lỗi cấu hình thiết bị (provisioning) sớm lộ ra.
# SIP 406 Not Acceptable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-415 = 406 liên quan đến định dạng của phản hồi mà máy khách sẽ nhận; 415 liên quan đến định dạng của phần thân mà máy khách đã gửi.
# SIP 406 Not Acceptable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-488 = Dùng 406 cho các định dạng trạng thái sự kiện hoặc nội dung được nêu trong `Accept`; dùng 488 cho một SDP offer mà thiết bị này không chấp nhận được.
# SIP 406 Not Acceptable compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-406-vs-606 = 406 liên quan đến các định dạng nội dung được liệt kê trong `Accept`; 606 từ chối mô tả phiên ở mọi nơi có thể liên lạc được với người dùng.

## SIP 407 Proxy Authentication Required

# SIP 407 Proxy Authentication Required: one-line summary at the top of the explainer (TL;DR).
sip-407-tldr = Một proxy trên đường đi cần thông tin xác thực SIP của bạn trước khi chuyển tiếp cuộc gọi.
# SIP 407 Proxy Authentication Required: the paragraph under "What it means".
sip-407-meaning = 407 là phiên bản dành cho proxy của 401: một proxy cần xác thực bên gọi sẽ trả lời bằng một hoặc nhiều thử thách `Proxy-Authenticate`, và máy khách gửi lại yêu cầu với header `Proxy-Authorization` được tính cho realm đó, giữ nguyên `Call-ID` và tăng `CSeq`. Outbound proxy của các nhà cung cấp thường đưa ra thử thách cho mọi `INVITE` mới, và khi một yêu cầu đi qua nhiều proxy hoặc bị phân nhánh, máy khách có thể nhận nhiều thử thách cùng lúc và phải đáp lại tất cả. Như mọi phản hồi cuối cùng không phải 2xx cho một `INVITE`, phản hồi 407 được xác nhận bằng một `ACK` trong cùng transaction trước khi thử lại. Một proxy đã kiểm tra thông tin xác thực cho realm của chính nó có thể gỡ chúng đi trước khi chuyển tiếp, để chúng không đi xa hơn.
# SIP 407 Proxy Authentication Required: common cause 1 of 4, a list item under "Common causes".
sip-407-cause-1 = Outbound proxy của nhà cung cấp đưa ra thử thách cho mỗi `INVITE` mới, và lần thử đầu tiên được gửi đi không kèm thông tin xác thực, như điện thoại vẫn thường làm.
# SIP 407 Proxy Authentication Required: common cause 2 of 4, a list item under "Common causes".
sip-407-cause-2 = Thông tin xác thực trong lần thử lại bị sai, nên proxy lại trả lời 407 thay vì chuyển tiếp cuộc gọi.
# SIP 407 Proxy Authentication Required: common cause 3 of 4, a list item under "Common causes".
sip-407-cause-3 = Cuộc gọi đi qua hai proxy có realm khác nhau, và máy khách chỉ đáp lại một trong hai thử thách.
# SIP 407 Proxy Authentication Required: common cause 4 of 4, a list item under "Common causes".
sip-407-cause-4 = Điện thoại không xác thực các yêu cầu trong dialog như `BYE` hoặc re-`INVITE`, vốn cũng bị một số proxy đưa ra thử thách.
# SIP 407 Proxy Authentication Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-407-fix-visitor-1 = Nếu cuộc gọi thất bại ngay sau khi quay số, hãy nhập lại mật khẩu SIP trong phần cài đặt của điện thoại; proxy của nhà cung cấp đã không chấp nhận nó.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-1 = Trong Kamailio, hãy đưa ra thử thách bằng `proxy_challenge()`, xác minh bằng `proxy_authorize()`, và gỡ header đã xác minh bằng `consume_credentials()` trước khi chuyển tiếp.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-2 = Bảo đảm máy khách đáp lại mọi realm trong `Proxy-Authenticate` trong cùng một lần thử lại, và chỉ dùng lại một nonce cho các yêu cầu sau chừng nào proxy còn chấp nhận nó.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-3 = Nếu điện thoại lặp vòng với 407, hãy so sánh realm trong thử thách với thông tin xác thực được cấu hình trên điện thoại, và đọc log của proxy để biết lý do nó từ chối.
# SIP 407 Proxy Authentication Required: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-407-fix-developer-4 = Không bao giờ đưa ra thử thách cho `ACK` hoặc `CANCEL`: không yêu cầu nào trong hai loại này có thể được gửi lại kèm thông tin xác thực.
# SIP 407 Proxy Authentication Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-401 = Proxy đưa ra thử thách bằng 407 và `Proxy-Authenticate`; registrar hoặc UA được gọi đưa ra thử thách bằng 401 và `WWW-Authenticate`.
# SIP 407 Proxy Authentication Required compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-403 = Gửi 407 khi proxy cần thông tin xác thực mà nó chưa kiểm tra; gửi 403 khi đã biết bên gọi là ai mà vẫn không cho phép.
# SIP 407 Proxy Authentication Required compared with SIP 305 Use Proxy: one sentence in the "Related codes" section saying when to use which.
sip-407-vs-305 = 407 yêu cầu bên gọi xác thực với proxy mà nó đang dùng; 305 yêu cầu bên gọi đi qua một proxy khác.

## SIP 408 Request Timeout

# SIP 408 Request Timeout: one-line summary at the top of the explainer (TL;DR).
sip-408-tldr = Không có câu trả lời cuối cùng nào quay về kịp thời, nên cuộc gọi hoặc yêu cầu đã bị bỏ.
# SIP 408 Request Timeout: the paragraph under "What it means".
sip-408-meaning = Trong SIP, 408 liên quan đến phía máy chủ của quá trình trao đổi: không thể có được câu trả lời cuối cùng trong một khoảng thời gian hợp lý, ví dụ vì việc xác định vị trí người dùng mất quá lâu hoặc chặng kế tiếp không bao giờ trả lời. Mã này cũng được tạo ra cục bộ: khi Timer B của một client transaction `INVITE` hoặc Timer F của một transaction không phải `INVITE` hết hạn (64*T1, tức 32 giây với các timer mặc định) mà không có phản hồi cuối cùng, tầng transaction báo 408 cho bên sử dụng nó. Proxy cũng kết thúc các cuộc gọi đổ chuông quá lâu bằng 408, sau khi hủy các nhánh phía downstream khi Timer C hoặc bộ đếm thời gian không trả lời của chúng hết hạn. RFC 4320 cấm gửi 408 để trả lời một yêu cầu không phải `INVITE`, vì dù sao nó cũng chỉ đến sau khi máy khách đã hết thời gian chờ. Khác với HTTP 408, mã này không nói gì về một máy khách chậm chạp, và có thể thử lại cùng yêu cầu đó sau.
# SIP 408 Request Timeout: common cause 1 of 5, a list item under "Common causes".
sip-408-cause-1 = Contact đã đăng ký của bên được gọi không liên lạc được, thường là vì NAT binding giữa proxy và điện thoại đã hết hạn, nên `INVITE` không bao giờ tới nơi và timer của proxy hết hạn.
# SIP 408 Request Timeout: common cause 2 of 5, a list item under "Common causes".
sip-408-cause-2 = Một tường lửa hoặc SIP ALG chỉ cho SIP qua UDP đi theo một chiều, nên các yêu cầu đi ra được nhưng phản hồi không bao giờ quay về.
# SIP 408 Request Timeout: common cause 3 of 5, a list item under "Common causes".
sip-408-cause-3 = Điện thoại đổ chuông cho đến khi bộ đếm thời gian không trả lời của proxy (`fr_inv_timer` của Kamailio, mặc định 120 giây) hết hạn mà không ai nhấc máy.
# SIP 408 Request Timeout: common cause 4 of 5, a list item under "Common causes".
sip-408-cause-4 = Chặng kế tiếp, chẳng hạn trunk của nhà mạng hoặc PSTN gateway, thậm chí không gửi phản hồi 100 nào, nên `fr_timer` của proxy hết hạn.
# SIP 408 Request Timeout: common cause 5 of 5, a list item under "Common causes".
sip-408-cause-5 = Một PSTN gateway nhận được mã nguyên nhân Q.850 số 18 (no user responding) và ánh xạ nó thành 408.
# SIP 408 Request Timeout: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-408-fix-visitor-1 = Hãy gọi lại sau; nếu các cuộc gọi của bạn liên tục hết thời gian chờ, hãy khởi động lại điện thoại hoặc router để nó kết nối lại với nhà cung cấp.
# SIP 408 Request Timeout: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-1 = Tìm chặng đã im lặng: bắt gói tin bằng `sngrep` trên proxy và tìm một `INVITE` đã được chuyển tiếp đi mà không nhận lại phản hồi 100 nào.
# SIP 408 Request Timeout: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-2 = Giữ cho NAT binding luôn sống từ phía điện thoại bằng keepalive (CRLF hoặc `OPTIONS` mỗi 20 đến 30 giây, hoặc SIP Outbound), hoặc dùng TCP hay TLS, để proxy có thể liên lạc với điện thoại.
# SIP 408 Request Timeout: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-3 = Điều chỉnh timer một cách có chủ đích: `fr_timer` và `fr_inv_timer` của Kamailio (hoặc theo từng cuộc gọi bằng `t_set_fr()`), `qualify_frequency` của Asterisk để sớm phát hiện các contact đã chết, và chỉ tăng T1 trên các đường truyền có độ trễ cao.
# SIP 408 Request Timeout: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-408-fix-developer-4 = Không bao giờ gửi 408 để trả lời một yêu cầu không phải `INVITE`; thay vào đó, hãy để Timer F của chính máy khách hết hạn.
# SIP 408 Request Timeout compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-504 = Gửi 408 khi chính máy chủ không thể có được câu trả lời cuối cùng kịp thời, thường là từ bên được gọi; gửi 504 khi một máy chủ mà nó phụ thuộc vào, chẳng hạn một mạng khác hoặc dịch vụ định vị, đã hết thời gian chờ.
# SIP 408 Request Timeout compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-480 = 408 nghĩa là không ai trả lời kịp thời hoặc không thể liên lạc được với đích; 480 nghĩa là máy chủ biết bên được gọi không sẵn sàng và báo ngay điều đó.
# SIP 408 Request Timeout compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-408-vs-487 = 408 kết thúc yêu cầu vì một timer đã hết hạn; 487 kết thúc yêu cầu vì ai đó đã hủy nó.

## SIP 410 Gone

# SIP 410 Gone: one-line summary at the top of the explainer (TL;DR).
sip-410-tldr = Người bạn gọi từng liên lạc được ở đây nhưng đã rời đi, và không có địa chỉ mới nào được biết.
# SIP 410 Gone: the paragraph under "What it means".
sip-410-meaning = 410 báo rằng Request-URI từng thuộc về một người dùng tại máy chủ này, người đã rời đi vĩnh viễn mà không để lại địa chỉ chuyển tiếp. Mã này báo cho bên gọi, và cho các proxy lưu cache dữ liệu định tuyến, ngừng dùng địa chỉ đó thay vì thử lại sau. Nếu máy chủ biết người dùng đã chuyển đi đâu, nó nên trả lời 301 kèm `Contact` mới; nếu không biết tình trạng này có vĩnh viễn hay không, 404 là câu trả lời an toàn hơn. Gateway ánh xạ mã nguyên nhân Q.850 số 22 (number changed) thành 410, nên trên các trunk PSTN, mã này thường có nghĩa là số điện thoại đã thay đổi và mạng không cung cấp số mới.
# SIP 410 Gone: common cause 1 of 3, a list item under "Common causes".
sip-410-cause-1 = Máy nhánh hoặc tài khoản SIP của một nhân viên đã bị xóa khi người đó rời tổ chức.
# SIP 410 Gone: common cause 2 of 3, a list item under "Common causes".
sip-410-cause-2 = Một số điện thoại đã bị thay đổi hoặc thu hồi, và mạng điện thoại trả về mã nguyên nhân Q.850 số 22 mà không kèm số mới.
# SIP 410 Gone: common cause 3 of 3, a list item under "Common causes".
sip-410-cause-3 = Một địa chỉ dịch vụ, chẳng hạn URI của một hunt group hoặc cầu hội nghị (conference bridge) không còn dùng, đã bị cố ý ngừng hoạt động.
# SIP 410 Gone: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-410-fix-visitor-1 = Xóa hoặc cập nhật liên hệ này: địa chỉ sẽ không hoạt động trở lại, vì vậy hãy tìm số mới của người đó bằng cách khác.
# SIP 410 Gone: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-1 = Giữ một danh sách các tài khoản đã xóa và trả lời 410 cho chúng trong một thời gian, để bên gọi và các công cụ đồng bộ sổ địa chỉ biết rằng địa chỉ đã chết.
# SIP 410 Gone: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-2 = Nếu có địa chỉ mới, hãy trả lời 301 kèm địa chỉ đó, hoặc phát một lời thông báo chặn (intercept announcement) bằng early media trước khi từ chối.
# SIP 410 Gone: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-410-fix-developer-3 = Ở phía bên gọi, hãy đánh dấu liên hệ là không hợp lệ sau phản hồi 410 và không tự động thử lại.
# SIP 410 Gone compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-404 = Gửi 410 khi bạn biết người dùng đã từng tồn tại và đã rời đi vĩnh viễn; gửi 404 khi bạn không biết người dùng hoặc không biết việc mất liên lạc có vĩnh viễn hay không.
# SIP 410 Gone compared with SIP 301 Moved Permanently: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-301 = 410 cho biết người dùng đã rời đi mà không có địa chỉ mới; 301 đưa ra địa chỉ mới.
# SIP 410 Gone compared with SIP 604 Does Not Exist Anywhere: one sentence in the "Related codes" section saying when to use which.
sip-410-vs-604 = 410 chỉ có giá trị với máy chủ này, nơi người dùng từng ở; 604 khẳng định người dùng không tồn tại ở bất kỳ đâu.

## SIP 412 Conditional Request Failed

# SIP 412 Conditional Request Failed: one-line summary at the top of the explainer (TL;DR).
sip-412-tldr = Presence server không còn giữ trạng thái mà thiết bị của bạn đã cố cập nhật, nên thiết bị phải công bố lại từ đầu.
# SIP 412 Conditional Request Failed: the paragraph under "What it means".
sip-412-meaning = RFC 3903 cho phép bên công bố (publisher) tạo trạng thái sự kiện bằng một `PUBLISH` ban đầu, rồi làm mới, thay đổi hoặc xóa nó bằng các yêu cầu `PUBLISH` sau đó, đặt entity tag nhận được trong `SIP-ETag` vào header `SIP-If-Match`. Nếu event state compositor, ví dụ một presence server, không có bản công bố (publication) nào mang tag đó, vì nó đã hết hạn, đã bị xóa hoặc đã mất khi khởi động lại, thì nó trả lời 412. Khi đó bên công bố phải gửi một `PUBLISH` ban đầu mới với toàn bộ trạng thái trong phần thân và không có `SIP-If-Match`, rồi lưu tag được trả về trong phản hồi 200. Mỗi `PUBLISH` thành công đều trả về một entity tag mới, nên một tag cũ hơn sẽ thất bại ngay cả khi bản thân bản công bố vẫn còn tồn tại.
# SIP 412 Conditional Request Failed: common cause 1 of 4, a list item under "Common causes".
sip-412-cause-1 = Điện thoại gửi `PUBLISH` làm mới sau khi thời điểm `Expires` của bản công bố đã qua, ví dụ sau khi thiết bị ngủ hoặc mất kết nối mạng.
# SIP 412 Conditional Request Failed: common cause 2 of 4, a list item under "Common causes".
sip-412-cause-2 = Presence server đã khởi động lại và chỉ giữ các bản công bố trong bộ nhớ, nên mọi entity tag mà nó đã cấp đều bị mất.
# SIP 412 Conditional Request Failed: common cause 3 of 4, a list item under "Common causes".
sip-412-cause-3 = Một bộ cân bằng tải đã gửi yêu cầu làm mới tới một presence server khác, không dùng chung trạng thái công bố với máy chủ thứ nhất.
# SIP 412 Conditional Request Failed: common cause 4 of 4, a list item under "Common causes".
sip-412-cause-4 = Máy khách dùng lại một entity tag cũ hơn thay vì tag được trả về trong phản hồi 200 gần nhất cho `PUBLISH`.
# SIP 412 Conditional Request Failed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-412-fix-visitor-1 = Không cần làm gì: điện thoại của bạn tự công bố lại trạng thái; nếu người khác thấy sai trạng thái của bạn, hãy đổi trạng thái một lần hoặc khởi động lại ứng dụng.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-1 = Khi nhận 412, hãy bỏ entity tag đã lưu, gửi một `PUBLISH` ban đầu với trạng thái đầy đủ, và giữ `SIP-ETag` từ phản hồi 200 của nó.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-2 = Làm mới các bản công bố từ sớm trước khi chúng hết hạn, và luôn thay tag đã lưu bằng tag từ phản hồi 200 gần nhất.
# SIP 412 Conditional Request Failed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-412-fix-developer-3 = Chia sẻ trạng thái công bố giữa các máy chủ, ví dụ bằng cách trỏ mọi module `presence` của Kamailio tới cùng một cơ sở dữ liệu bằng `db_url` và điều chỉnh `publ_cache`, hoặc gắn cố định mỗi presentity với một máy chủ.
# SIP 412 Conditional Request Failed compared with SIP 204 No Notification: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-204 = 412 nghĩa là một `PUBLISH` có điều kiện đã thất bại và phải gửi toàn bộ trạng thái; 204 nghĩa là một `SUBSCRIBE` có điều kiện đã khớp và không cần gửi gì.
# SIP 412 Conditional Request Failed compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-423 = 412 từ chối một yêu cầu làm mới có entity tag không xác định; 423 từ chối một yêu cầu có thời hạn được yêu cầu quá ngắn.
# SIP 412 Conditional Request Failed compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-412-vs-481 = 412 liên quan đến một bản công bố mà máy chủ không còn giữ; 481 liên quan đến một dialog hoặc transaction mà nó không còn giữ.

## SIP 413 Request Entity Too Large

# SIP 413 Request Entity Too Large: one-line summary at the top of the explainer (TL;DR).
sip-413-tldr = Nội dung yêu cầu của bạn, chẳng hạn một tin nhắn văn bản hoặc một mô tả phiên, lớn hơn mức máy chủ chấp nhận.
# SIP 413 Request Entity Too Large: the paragraph under "What it means".
sip-413-meaning = SIP không quy định kích thước tối đa cho phần thân, nên giới hạn đằng sau phản hồi 413 là chính sách hoặc kích thước bộ đệm của riêng máy chủ. Nếu giới hạn chỉ là tạm thời, máy chủ thêm `Retry-After`; nếu không, máy khách phải gửi ít dữ liệu hơn, và máy chủ có thể đóng kết nối TCP hoặc TLS thay vì đọc phần còn lại. Tin nhắn tức thời là nguyên nhân kinh điển: RFC 3428 giới hạn một `MESSAGE` gửi ngoài phiên ở mức 1300 byte, trừ khi biết chắc đường truyền có kiểm soát tắc nghẽn, và nội dung lớn hơn phải đi qua một phiên MSRP (RFC 4975). 413 chỉ liên quan đến phần thân; khi toàn bộ thông điệp quá lớn, máy chủ gửi 513.
# SIP 413 Request Entity Too Large: common cause 1 of 3, a list item under "Common causes".
sip-413-cause-1 = Một `MESSAGE` mang trực tiếp một văn bản dài, một hình ảnh hoặc một tệp thay vì dùng MSRP hoặc một liên kết tới nội dung.
# SIP 413 Request Entity Too Large: common cause 2 of 3, a list item under "Common causes".
sip-413-cause-2 = Một `INVITE` mang phần thân rất lớn, ví dụ một SDP có nhiều codec, nhiều luồng video và hàng chục ICE candidate, cộng thêm các phần ISUP và thông tin vị trí trong một phần thân multipart.
# SIP 413 Request Entity Too Large: common cause 3 of 3, a list item under "Common causes".
sip-413-cause-3 = Một `PUBLISH` với tài liệu presence lớn, đầy các tuple và hình ảnh nhúng, vượt quá giới hạn phần thân của presence server.
# SIP 413 Request Entity Too Large: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-413-fix-visitor-1 = Hãy gửi một tin nhắn ngắn hơn, hoặc chia sẻ nội dung lớn như ảnh bằng cách khác; máy chủ sẽ không chấp nhận nó ở dạng này.
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-1 = Đưa nội dung lớn ra khỏi yêu cầu: dùng MSRP cho trò chuyện và truyền tệp, hoặc tham chiếu tới nội dung bằng URL qua cơ chế content indirection (RFC 4483).
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-2 = Rút gọn SDP: chỉ đề xuất những codec bạn cần và giới hạn số ICE candidate trên các WebRTC gateway.
# SIP 413 Request Entity Too Large: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-413-fix-developer-3 = Nếu giới hạn của máy chủ quá thấp đối với lưu lượng hợp lệ, hãy nâng nó lên, và thêm `Retry-After` khi việc từ chối chỉ là tạm thời.
# SIP 413 Request Entity Too Large compared with SIP 513 Message Too Large: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-513 = Gửi 413 khi phần thân quá lớn; gửi 513 khi toàn bộ thông điệp, kể cả header, vượt quá khả năng xử lý của bạn.
# SIP 413 Request Entity Too Large compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-414 = 413 nói về kích thước của phần thân; 414 nói về độ dài của Request-URI.
# SIP 413 Request Entity Too Large compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-413-vs-415 = 413 từ chối một phần thân vì kích thước của nó; 415 từ chối phần thân vì định dạng, kiểu mã hóa hoặc ngôn ngữ của nó.

## SIP 414 Request-URI Too Long

# SIP 414 Request-URI Too Long: one-line summary at the top of the explainer (TL;DR).
sip-414-tldr = Địa chỉ SIP bạn gọi quá dài để máy chủ chấp nhận.
# SIP 414 Request-URI Too Long: the paragraph under "What it means".
sip-414-meaning = 414 từ chối một yêu cầu có Request-URI vượt quá độ dài mà máy chủ sẵn sàng phân tích. URI SIP có thể dài ra vì các tham số như `user=phone`, `transport` hoặc `gr`, và vì các header nhúng sau dấu `?`, mà một số ứng dụng dùng để mang dữ liệu như `Replaces` hoặc các token tùy chỉnh. Việc sửa lỗi thuộc về bên gửi: rút ngắn URI bằng cách bỏ các tham số không cần thiết hoặc chuyển dữ liệu vào header thật, rồi gửi lại. Máy chủ dùng giới hạn này vừa để phòng thủ trước dữ liệu đầu vào quá khổ, vừa để chặn những URI được tạo sai, ví dụ do nối cùng một giá trị lặp đi lặp lại.
# SIP 414 Request-URI Too Long: common cause 1 of 3, a list item under "Common causes".
sip-414-cause-1 = Một tích hợp click-to-call hoặc CRM tạo Request-URI với các header nhúng dài hoặc tham số theo dõi (tracking).
# SIP 414 Request-URI Too Long: common cause 2 of 3, a list item under "Common causes".
sip-414-cause-2 = Một dialplan hoặc B2BUA nối thêm cùng một tiền tố hoặc tham số sau mỗi lần chuyển cuộc gọi hoặc thử lại, nên URI cứ dài ra mãi.
# SIP 414 Request-URI Too Long: common cause 3 of 3, a list item under "Common causes".
sip-414-cause-3 = Một công cụ quét hoặc fuzzer gửi một URI quá khổ để thăm dò bộ phân tích cú pháp của máy chủ.
# SIP 414 Request-URI Too Long: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-414-fix-visitor-1 = Kiểm tra địa chỉ hoặc số bạn đã nhập xem có ký tự thừa không, hoặc tự quay số bằng tay thay vì dùng một liên kết.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-1 = Ghi log toàn bộ Request-URI và tìm thứ khiến nó dài; chuyển dữ liệu vào header hoặc phần thân và chỉ giữ các tham số URI mà việc định tuyến cần.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-2 = Kiểm tra các B2BUA và dialplan có ghi đè URI xem có tiền tố hoặc tham số nào bị thêm lại sau mỗi lượt xử lý không.
# SIP 414 Request-URI Too Long: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-414-fix-developer-3 = Giữ giới hạn độ dài URI để bảo đảm an toàn, nhưng đặt nó đủ cao cho các GRUU hợp lệ và các số `tel` có tham số.
# SIP 414 Request-URI Too Long compared with SIP 413 Request Entity Too Large: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-413 = 414 chỉ liên quan đến Request-URI; 413 liên quan đến kích thước của phần thân.
# SIP 414 Request-URI Too Long compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-416 = 414 từ chối một URI vì độ dài của nó; 416 từ chối URI vì scheme của nó.
# SIP 414 Request-URI Too Long compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-414-vs-400 = Gửi 414 khi URI đúng định dạng nhưng quá dài; gửi 400 khi URI sai định dạng.

## SIP 415 Unsupported Media Type

# SIP 415 Unsupported Media Type: one-line summary at the top of the explainer (TL;DR).
sip-415-tldr = Máy chủ không xử lý được định dạng của nội dung bạn đã gửi, chẳng hạn loại mô tả phiên.
# SIP 415 Unsupported Media Type: the paragraph under "What it means".
sip-415-meaning = 415 nói về những gì máy khách đã gửi: một phần thân có kiểu media, kiểu mã hóa nội dung hoặc ngôn ngữ mà máy chủ không xử lý được. Phản hồi cho máy khách biết cái gì sẽ dùng được: `Accept` liệt kê các kiểu media chấp nhận được, `Accept-Encoding` liệt kê các kiểu mã hóa và `Accept-Language` liệt kê các ngôn ngữ chấp nhận được, tùy theo phần nào không đạt. Máy khách nên gửi lại với một phần thân phù hợp, hoặc bỏ phần không được hỗ trợ. Với `INVITE`, phần thân mong đợi thường là `application/sdp`, nên phản hồi 415 ở đây thường có nghĩa là một phần thân multipart, ví dụ SDP kèm ISUP hoặc một đối tượng thông tin vị trí, đã tới một UA chỉ đọc được SDP thuần.
# SIP 415 Unsupported Media Type: common cause 1 of 4, a list item under "Common causes".
sip-415-cause-1 = Một trunk SIP-I hoặc SIP-T gửi phần thân `multipart/mixed` có đính kèm ISUP, và điện thoại hoặc PBX nhận chỉ chấp nhận `application/sdp`.
# SIP 415 Unsupported Media Type: common cause 2 of 4, a list item under "Common causes".
sip-415-cause-2 = Một máy khách nén phần thân bằng `Content-Encoding: gzip`, điều mà bên nhận không hỗ trợ.
# SIP 415 Unsupported Media Type: common cause 3 of 4, a list item under "Common causes".
sip-415-cause-3 = Một `MESSAGE` đến dưới dạng `message/cpim` hoặc `text/html`, nhưng thiết bị chỉ chấp nhận `text/plain`.
# SIP 415 Unsupported Media Type: common cause 4 of 4, a list item under "Common causes".
sip-415-cause-4 = Một `INFO` hoặc `NOTIFY` mang một kiểu XML mà bên nhận chưa bao giờ liệt kê trong `Accept`.
# SIP 415 Unsupported Media Type: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-415-fix-visitor-1 = Không thao tác nào trên điện thoại của bạn thay đổi được điều này; nếu vấn đề tiếp diễn, hãy báo cuộc gọi thất bại cho nhà cung cấp hoặc quản trị viên.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-1 = Đọc `Accept`, `Accept-Encoding` và `Accept-Language` trong phản hồi 415 rồi gửi lại với một phần thân khớp với chúng.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-2 = Loại bỏ các phần không phải SDP trước khi cuộc gọi tới các endpoint, ví dụ bằng `filter_body("application/sdp")` của Kamailio trong module `textops`.
# SIP 415 Unsupported Media Type: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-415-fix-developer-3 = Khi gửi 415, hãy luôn kèm `Accept`, và các header `Accept-*` khác khi liên quan, để máy khách có thể điều chỉnh.
# SIP 415 Unsupported Media Type compared with SIP 406 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-406 = 415 nói về phần thân mà máy khách đã gửi; 406 nói về phần thân mà máy chủ sẽ phải gửi lại.
# SIP 415 Unsupported Media Type compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-488 = 415 từ chối bản thân kiểu của phần thân; 488 hiểu SDP nhưng không thể chấp nhận phiên mà nó mô tả.
# SIP 415 Unsupported Media Type compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-415-vs-400 = Gửi 415 cho một phần thân đúng định dạng nhưng ở định dạng không được hỗ trợ; gửi 400 khi không thể phân tích thông điệp.

## SIP 416 Unsupported URI Scheme

# SIP 416 Unsupported URI Scheme: one-line summary at the top of the explainer (TL;DR).
sip-416-tldr = Máy chủ không xử lý loại địa chỉ bạn đã gọi, chẳng hạn một địa chỉ `tel:` hoặc `sips:`.
# SIP 416 Unsupported URI Scheme: the paragraph under "What it means".
sip-416-meaning = 416 từ chối một yêu cầu vì máy chủ không hiểu scheme của Request-URI. Máy chủ SIP phải xử lý được `sip`, và phần lớn xử lý được `sips` và `tel`, nhưng các URI như `im:`, `pres:`, `mailto:` hoặc `urn:service:sos`, hoặc một `tel:` gửi tới máy chủ chỉ định tuyến `sip`, có thể gây ra mã này. Máy khách nên thử lại với một URI dùng scheme mà máy chủ hỗ trợ, ví dụ đổi `tel:+15551234567` thành `sip:+15551234567@provider.example;user=phone`. Một máy chủ không thể dùng TLS tới đích cũng có thể dùng 416 để từ chối một URI `sips` thay vì hạ mức bảo mật của cuộc gọi.
# SIP 416 Unsupported URI Scheme: common cause 1 of 4, a list item under "Common causes".
sip-416-cause-1 = Một điện thoại đã gửi URI `tel:` tới một máy chủ chỉ định tuyến các URI `sip:`.
# SIP 416 Unsupported URI Scheme: common cause 2 of 4, a list item under "Common causes".
sip-416-cause-2 = Một cuộc gọi `sips:` đã tới một máy chủ hoặc trunk không có TLS, vốn không thể giữ cho cuộc gọi được bảo mật.
# SIP 416 Unsupported URI Scheme: common cause 3 of 4, a list item under "Common causes".
sip-416-cause-3 = Một tích hợp web hoặc CRM đã đưa thẳng scheme liên kết `callto:` hoặc tương tự vào Request-URI.
# SIP 416 Unsupported URI Scheme: common cause 4 of 4, a list item under "Common causes".
sip-416-cause-4 = Một cuộc gọi khẩn cấp gửi tới `urn:service:sos` đã đến một máy chủ chưa được cấu hình cho các URN dịch vụ khẩn cấp.
# SIP 416 Unsupported URI Scheme: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-416-fix-visitor-1 = Quay số dưới dạng các chữ số thông thường thay vì dùng một liên kết, và bỏ mọi tiền tố như `tel:` mà bạn đã gõ vào.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-1 = Chuẩn hóa Request-URI tại biên mạng: chuyển `tel:` thành URI `sip:` với `user=phone`, và từ chối sớm các scheme không xác định với một cụm từ lý do rõ ràng.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-2 = Nếu bạn chấp nhận `sips:`, trước tiên hãy cấu hình TLS trên mọi chặng, ví dụ một transport PJSIP của Asterisk với `protocol=tls` hoặc Kamailio với `enable_tls`.
# SIP 416 Unsupported URI Scheme: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-416-fix-developer-3 = Kiểm tra URI mà mã click-to-call tạo ra: chỉ `sip`, `sips` và `tel` mới nên tới được máy chủ SIP.
# SIP 416 Unsupported URI Scheme compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-400 = Gửi 416 khi chỉ có scheme của Request-URI là không được hỗ trợ; gửi 400 cho các vấn đề cú pháp khác.
# SIP 416 Unsupported URI Scheme compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-414 = 416 liên quan đến scheme của URI; 414 liên quan đến độ dài của nó.
# SIP 416 Unsupported URI Scheme compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-416-vs-404 = 416 nghĩa là máy chủ hoàn toàn không xử lý được loại địa chỉ đó; 404 nghĩa là máy chủ xử lý được loại địa chỉ đó nhưng người dùng không tồn tại.

## SIP 417 Unknown Resource-Priority

# SIP 417 Unknown Resource-Priority: one-line summary at the top of the explainer (TL;DR).
sip-417-tldr = Cuộc gọi của bạn yêu cầu được xử lý ưu tiên với một giá trị ưu tiên mà máy chủ không nhận ra.
# SIP 417 Unknown Resource-Priority: the paragraph under "What it means".
sip-417-meaning = RFC 4412 cho phép một yêu cầu đòi được đối xử ưu tiên bằng header `Resource-Priority` có giá trị là các cặp namespace.priority, chẳng hạn `ets.0` hoặc `wps.2` cho các dịch vụ khẩn cấp của chính phủ Hoa Kỳ, hay `dsn.flash` cho mạng quân sự. Nếu yêu cầu cũng mang `Require: resource-priority` và máy chủ không hiểu giá trị nào, nó trả lời 417 và liệt kê các giá trị mà nó chấp nhận trong `Accept-Resource-Priority`. Nếu không có `Require` đó, máy chủ không hiểu header sẽ chỉ đơn giản bỏ qua nó và xử lý cuộc gọi với mức ưu tiên bình thường. Máy khách có thể thử lại với một trong các giá trị được chấp nhận, hoặc không đòi hỏi phần mở rộng này nữa.
# SIP 417 Unknown Resource-Priority: common cause 1 of 3, a list item under "Common causes".
sip-417-cause-1 = Một máy khách dùng một không gian tên (namespace) mà mạng chưa kích hoạt, ví dụ các giá trị `dsn` trên một mạng chỉ hỗ trợ `ets` và `wps`.
# SIP 417 Unknown Resource-Priority: common cause 2 of 3, a list item under "Common causes".
sip-417-cause-2 = Một giá trị ưu tiên bị viết sai hoặc nằm ngoài phạm vi của không gian tên, chẳng hạn `ets.5` trong khi chỉ có `ets.0` đến `ets.4`.
# SIP 417 Unknown Resource-Priority: common cause 3 of 3, a list item under "Common causes".
sip-417-cause-3 = Một gateway giữa hai mạng ưu tiên không chuyển đổi không gian tên của chúng.
# SIP 417 Unknown Resource-Priority: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-417-fix-visitor-1 = Nếu bạn thực hiện cuộc gọi ưu tiên qua một dịch vụ của chính phủ hoặc quân đội, hãy báo lỗi cho bộ phận hỗ trợ của dịch vụ đó; người gọi thông thường không bao giờ gặp mã này.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-1 = So sánh `Resource-Priority` bạn đã gửi với danh sách `Accept-Resource-Priority`, và cấu hình máy khách với một không gian tên và giá trị được hỗ trợ.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-2 = Cấu hình cùng các không gian tên trên mọi proxy trên đường đi, hoặc ánh xạ chúng tại ranh giới giữa các mạng.
# SIP 417 Unknown Resource-Priority: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-417-fix-developer-3 = Chỉ thêm `Require: resource-priority` khi cuộc gọi bắt buộc phải thất bại nếu không được xử lý ưu tiên; nếu không, hãy để máy chủ bỏ qua header này.
# SIP 417 Unknown Resource-Priority compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-420 = 417 nghĩa là máy chủ hỗ trợ ưu tiên tài nguyên nhưng không hỗ trợ các giá trị được gửi; 420 nghĩa là máy chủ hoàn toàn không hỗ trợ phần mở rộng `resource-priority`.
# SIP 417 Unknown Resource-Priority compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-421 = 417 từ chối các giá trị ưu tiên mà máy chủ không biết; 421 yêu cầu máy khách thêm một phần mở rộng mà máy chủ đòi hỏi.
# SIP 417 Unknown Resource-Priority compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-417-vs-400 = Gửi 417 cho một header `Resource-Priority` hợp lệ nhưng có giá trị không xác định; gửi 400 nếu header sai định dạng.

## SIP 420 Bad Extension

# SIP 420 Bad Extension: one-line summary at the top of the explainer (TL;DR).
sip-420-tldr = Yêu cầu của bạn đòi hỏi một phần mở rộng SIP mà máy chủ không hỗ trợ.
# SIP 420 Bad Extension: the paragraph under "What it means".
sip-420-meaning = Máy khách có thể buộc dùng các phần mở rộng SIP bằng cách liệt kê option tag của chúng trong `Require`, dành cho UAS, hoặc `Proxy-Require`, dành cho proxy; máy chủ không hỗ trợ một trong số đó thì không được xử lý yêu cầu và phải trả lời 420, kèm các tag không được hỗ trợ trong header `Unsupported`. Máy khách nên thử lại mà không dùng các tag đó nếu cuộc gọi vẫn hoạt động được khi thiếu phần mở rộng, hoặc bỏ cuộc. Các tag chỉ được liệt kê trong `Supported` không bao giờ gây ra 420, nên máy khách chỉ nên đặt vào `Require` những gì cuộc gọi thực sự không thể thiếu. Proxy bỏ qua `Require` và chỉ kiểm tra `Proxy-Require`, nên một tag không xác định trong `Require` sẽ bị UA ở đầu bên kia từ chối, còn một tag không xác định trong `Proxy-Require` sẽ bị một proxy từ chối.
# SIP 420 Bad Extension: common cause 1 of 4, a list item under "Common causes".
sip-420-cause-1 = Bên gọi đã gửi `Require: 100rel` tới một điện thoại hoặc gateway không triển khai phản hồi tạm thời tin cậy.
# SIP 420 Bad Extension: common cause 2 of 4, a list item under "Common causes".
sip-420-cause-2 = Bên gọi đã gửi `Require: timer` tới một UA không hỗ trợ session timer.
# SIP 420 Bad Extension: common cause 3 of 4, a list item under "Common causes".
sip-420-cause-3 = Một UA đặt `Proxy-Require: sec-agree` vào một yêu cầu đi qua các proxy bên ngoài mạng IMS, vốn không biết gì về thỏa thuận bảo mật (security agreement).
# SIP 420 Bad Extension: common cause 4 of 4, a list item under "Common causes".
sip-420-cause-4 = Một option tag riêng của một nhà sản xuất bị đưa vào `Require` và tới một peer của nhà sản xuất khác.
# SIP 420 Bad Extension: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-420-fix-visitor-1 = Không cần làm gì: điện thoại của bạn và phía bên kia không thống nhất về một tính năng kỹ thuật; hãy báo số bị lỗi cho nhà cung cấp.
# SIP 420 Bad Extension: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-1 = Đọc header `Unsupported`, bỏ các tag đó khỏi `Require` hoặc `Proxy-Require`, và thử lại nếu cuộc gọi vẫn hoạt động được khi thiếu chúng.
# SIP 420 Bad Extension: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-2 = Đề xuất các phần mở rộng tùy chọn trong `Supported` thay vì `Require`: trên một endpoint PJSIP của Asterisk, hãy dùng `100rel = yes` thay vì `required`, và `timers = yes` thay vì `required`.
# SIP 420 Bad Extension: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-420-fix-developer-3 = Xác định chặng đã thất bại: phản hồi 420 từ một proxy chỉ ra vấn đề ở `Proxy-Require`, còn phản hồi 420 từ UA ở đầu bên kia chỉ ra vấn đề ở `Require`.
# SIP 420 Bad Extension compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-421 = Với 420, máy chủ nói rằng nó thiếu một phần mở rộng mà máy khách đòi hỏi; với 421, máy chủ nói rằng nó đòi hỏi một phần mở rộng mà máy khách không đề xuất.
# SIP 420 Bad Extension compared with SIP 417 Unknown Resource-Priority: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-417 = 420 từ chối một phần mở rộng không được hỗ trợ; 417 từ chối các giá trị không xác định của phần mở rộng resource-priority, phần mở rộng mà máy chủ có hỗ trợ.
# SIP 420 Bad Extension compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-420-vs-494 = 420 là một lỗi thiếu phần mở rộng đơn thuần; 494 yêu cầu máy khách thiết lập một cơ chế bảo mật thông qua `sec-agree` trước.

## SIP 421 Extension Required

# SIP 421 Extension Required: one-line summary at the top of the explainer (TL;DR).
sip-421-tldr = Máy chủ cần một tính năng SIP mà điện thoại của bạn không cho biết là có hỗ trợ.
# SIP 421 Extension Required: the paragraph under "What it means".
sip-421-meaning = 421 là hình ảnh phản chiếu của 420: UAS chỉ xử lý yêu cầu nếu máy khách dùng một phần mở rộng mà máy khách chưa liệt kê trong `Supported`, và nó nêu option tag cần thiết trong header `Require`. Các tag điển hình là `100rel` cho phản hồi tạm thời tin cậy, `timer` cho session timer và `precondition` cho các điều kiện tiên quyết về chất lượng dịch vụ. Máy khách có thể thử lại với tag đó trong `Supported` nếu nó có triển khai phần mở rộng; nếu không, cuộc gọi không thể tiếp tục với máy chủ này. RFC 3261 khuyên hạn chế dùng mã này: máy chủ nên hoạt động mà không cần phần mở rộng bất cứ khi nào có thể, vì một cuộc gọi thiếu phần mở rộng vẫn tốt hơn là không có cuộc gọi nào.
# SIP 421 Extension Required: common cause 1 of 3, a list item under "Common causes".
sip-421-cause-1 = Một gateway hoặc IMS core cần early media tin cậy nên đòi hỏi `100rel`, và điện thoại của bên gọi đã không liệt kê nó trong `Supported`.
# SIP 421 Extension Required: common cause 2 of 3, a list item under "Common causes".
sip-421-cause-2 = Một trunk của nhà mạng bắt buộc dùng session timer và từ chối các `INVITE` thiếu `Supported: timer`.
# SIP 421 Extension Required: common cause 3 of 3, a list item under "Common causes".
sip-421-cause-3 = Một VoLTE core đòi hỏi `precondition`, và bên gọi là một SIP client thông thường.
# SIP 421 Extension Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-421-fix-visitor-1 = Không cần làm gì: điện thoại của bạn thiếu một tính năng mà phía bên kia đòi hỏi; cập nhật firmware hoặc dùng một softphone khác có thể giải quyết vấn đề.
# SIP 421 Extension Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-1 = Đọc header `Require` của phản hồi 421 và bật phần mở rộng đó trên máy khách, ví dụ `100rel = yes` và `timers = yes` trên một endpoint PJSIP của Asterisk, rồi thử lại.
# SIP 421 Extension Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-2 = Nếu bạn vận hành máy chủ, hãy để phần mở rộng là tùy chọn trừ khi nó thực sự bắt buộc, và xử lý các cuộc gọi không có nó khi có thể.
# SIP 421 Extension Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-421-fix-developer-3 = Liệt kê mọi phần mở rộng bạn triển khai trong `Supported` của các yêu cầu ban đầu, để máy chủ không bao giờ phải đoán.
# SIP 421 Extension Required compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-420 = 421 nghĩa là máy khách phải thêm một phần mở rộng; 420 nghĩa là máy khách phải bỏ một phần mở rộng.
# SIP 421 Extension Required compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-494 = 421 nêu một phần mở rộng bắt buộc nói chung; 494 là trường hợp cụ thể khi cơ chế bảo mật `sec-agree` là bắt buộc, với các lựa chọn được liệt kê trong `Security-Server`.
# SIP 421 Extension Required compared with SIP 580 Precondition Failure: one sentence in the "Related codes" section saying when to use which.
sip-421-vs-580 = 421 nói về một phần mở rộng mà máy khách hoàn toàn không hỗ trợ; 580 xuất hiện khi cả hai bên đều dùng điều kiện tiên quyết nhưng một trong số đó không được đáp ứng.

## SIP 422 Session Interval Too Small

# SIP 422 Session Interval Too Small: one-line summary at the top of the explainer (TL;DR).
sip-422-tldr = Khoảng thời gian làm mới cuộc gọi mà điện thoại của bạn yêu cầu quá ngắn đối với máy chủ, và máy chủ cho biết mức tối thiểu mà nó chấp nhận.
# SIP 422 Session Interval Too Small: the paragraph under "What it means".
sip-422-meaning = Session timer (RFC 4028) buộc hai đầu của cuộc gọi làm mới nó bằng re-`INVITE` hoặc `UPDATE` theo khoảng thời gian do `Session-Expires` quy định, để các cuộc gọi có endpoint đã biến mất được dọn dẹp. Mỗi proxy hoặc UAS trên đường đi có thể đòi hỏi một mức tối thiểu; nếu `Session-Expires` thấp hơn mức đó, phần tử ấy trả lời 422 kèm mức tối thiểu của nó trong `Min-SE`. Máy khách phải thử lại với `Session-Expires` ít nhất bằng giá trị đó và đặt giá trị này vào header `Min-SE` của chính mình, để các chặng sau không thể hạ nó xuống lần nữa. RFC 4028 quy định 90 giây là giá trị `Min-SE` nhỏ nhất được phép và khuyến nghị 1800 giây làm khoảng thời gian thông thường.
# SIP 422 Session Interval Too Small: common cause 1 of 3, a list item under "Common causes".
sip-422-cause-1 = Một điện thoại gửi `Session-Expires: 90` hoặc giá trị tương tự trong khi SBC của nhà mạng đòi hỏi ít nhất 1800 giây.
# SIP 422 Session Interval Too Small: common cause 2 of 3, a list item under "Common causes".
sip-422-cause-2 = Một proxy trên đường đi đã nâng mức tối thiểu, và một chặng sau đó áp đặt mức còn cao hơn, nên một phản hồi 422 thứ hai theo sau lần thử lại.
# SIP 422 Session Interval Too Small: common cause 3 of 3, a list item under "Common causes".
sip-422-cause-3 = Session timer của một endpoint đã bị hạ xuống để nhanh chóng phát hiện các cuộc gọi đã chết, thấp hơn mức mà PBX chấp nhận.
# SIP 422 Session Interval Too Small: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-422-fix-visitor-1 = Không cần làm gì: điện thoại của bạn thường tự thử lại với khoảng thời gian dài hơn; nếu cuộc gọi vẫn thất bại, hãy báo cho nhà cung cấp.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-1 = Tự động thử lại với `Session-Expires` bằng `Min-SE` của phản hồi 422, và thêm header `Min-SE` với giá trị đó vào `INVITE` mới.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-2 = Đồng bộ các thiết lập: `timers_min_se` và `timers_sess_expires` trên các endpoint PJSIP của Asterisk, `session-timeout` và `minimum-session-expires` trong các Sofia profile của FreeSWITCH.
# SIP 422 Session Interval Too Small: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-422-fix-developer-3 = Dùng giá trị mặc định 1800 giây của RFC 4028 trừ khi bạn buộc phải phát hiện cuộc gọi đã chết nhanh hơn, và không bao giờ xuống dưới 90.
# SIP 422 Session Interval Too Small compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-422-vs-423 = 422 nói về khoảng thời gian làm mới của session timer trong một cuộc gọi; 423 nói về thời hạn của một lần đăng ký hoặc một subscription.
# SIP 422 Session Interval Too Small compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-422-vs-420 = 422 nghĩa là session timer được hiểu nhưng khoảng thời gian quá ngắn; 420 kèm `Unsupported: timer` nghĩa là session timer hoàn toàn không được hỗ trợ.

## SIP 423 Interval Too Brief

# SIP 423 Interval Too Brief: one-line summary at the top of the explainer (TL;DR).
sip-423-tldr = Điện thoại của bạn yêu cầu đăng ký, hoặc đăng ký theo dõi (subscribe), trong thời gian quá ngắn, và máy chủ cho biết mức tối thiểu mà nó cho phép.
# SIP 423 Interval Too Brief: the paragraph under "What it means".
sip-423-meaning = Một registrar hoặc notifier thấy thời hạn được yêu cầu quá ngắn sẽ trả lời 423 kèm giá trị nhỏ nhất mà nó chấp nhận trong `Min-Expires`. Máy khách thử lại với header `Expires`, hoặc tham số `expires` của mỗi `Contact`, đặt ít nhất bằng giá trị đó. RFC 3261 cho phép registrar tự rút ngắn thời hạn được yêu cầu, nhưng một thời hạn quá ngắn thì chỉ có thể bị từ chối, và chỉ khi nó dưới một giờ, và đó chính là việc 423 làm. Các yêu cầu có thời hạn bằng 0, dùng để xóa binding, không bị ảnh hưởng. Cùng mã này cũng dùng để trả lời một `SUBSCRIBE` có `Expires` thấp hơn mức tối thiểu của notifier (RFC 6665).
# SIP 423 Interval Too Brief: common cause 1 of 3, a list item under "Common causes".
sip-423-cause-1 = Một điện thoại đăng ký lại mỗi 30 hoặc 60 giây để giữ cho ánh xạ NAT luôn mở, thấp hơn mức tối thiểu của registrar.
# SIP 423 Interval Too Brief: common cause 2 of 3, a list item under "Common causes".
sip-423-cause-2 = Mức tối thiểu của registrar đã được nâng lên, ví dụ 3600 giây như trong mẫu, để giảm tải, và các profile điện thoại cũ vẫn yêu cầu ít hơn.
# SIP 423 Interval Too Brief: common cause 3 of 3, a list item under "Common causes".
sip-423-cause-3 = Một máy khách BLF (đèn báo bận) hoặc presence đăng ký theo dõi với `Expires` rất ngắn để thăm dò thay đổi.
# SIP 423 Interval Too Brief: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-423-fix-visitor-1 = Không cần làm gì: điện thoại của bạn sẽ tự thử lại với thời gian dài hơn; nếu việc đăng ký vẫn liên tục thất bại, hãy đặt khoảng thời gian đăng ký trong phần cài đặt bằng hoặc lớn hơn mức tối thiểu của máy chủ.
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-1 = Thử lại với giá trị `Min-Expires` trong phản hồi, và ghi nhớ nó để các lần đăng ký sau bắt đầu từ đó.
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-2 = Giữ NAT binding luôn mở bằng keepalive thay vì đăng ký ngắn: keepalive CRLF hoặc SIP Outbound (RFC 5626) từ phía điện thoại, hoặc `OPTIONS` từ phía máy chủ (`qualify_frequency` của Asterisk).
# SIP 423 Interval Too Brief: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-423-fix-developer-3 = Kiểm tra mức tối thiểu của máy chủ, ví dụ `min_expires` của module registrar trong Kamailio hoặc tùy chọn AOR `minimum_expiration` của Asterisk PJSIP, và giữ nó nhất quán với các profile điện thoại mà bạn cấp phát.
# SIP 423 Interval Too Brief compared with SIP 422 Session Interval Too Small: one sentence in the "Related codes" section saying when to use which.
sip-423-vs-422 = 423 liên quan đến thời hạn của một lần đăng ký hoặc một subscription; 422 liên quan đến khoảng thời gian session timer của một cuộc gọi.
# SIP 423 Interval Too Brief compared with SIP 412 Conditional Request Failed: one sentence in the "Related codes" section saying when to use which.
sip-423-vs-412 = 423 từ chối một thời hạn quá ngắn; 412 từ chối một `PUBLISH` làm mới có entity tag không còn được biết đến.

## SIP 424 Bad Location Information

# SIP 424 Bad Location Information: one-line summary at the top of the explainer (TL;DR).
sip-424-tldr = Không thể sử dụng thông tin vị trí được gửi kèm cuộc gọi của bạn, thường là cho một cuộc gọi khẩn cấp.
# SIP 424 Bad Location Information: the paragraph under "What it means".
sip-424-meaning = RFC 6442 cho phép một yêu cầu truyền vị trí của bên gọi: header `Geolocation` trỏ tới một phần thân PIDF-LO, bằng URI `cid:`, hoặc tới một location server mà từ đó có thể lấy vị trí, còn `Geolocation-Routing` cho biết proxy có được định tuyến dựa trên vị trí đó hay không. Bên nhận không thể dùng vị trí sẽ trả lời 424 với header `Geolocation-Error` mang một mã số và văn bản: 100 khi không thể xử lý vị trí, 200 đến 202 khi thiếu một quyền hạn, và 300 khi không thể truy xuất (dereference) một tham chiếu vị trí. Bên gửi nên sửa đối tượng vị trí hoặc tham chiếu, hoặc gửi trực tiếp giá trị vị trí, rồi thử lại. Vì mã này chủ yếu liên quan đến các cuộc gọi khẩn cấp, vốn được định tuyến theo vị trí, mỗi phản hồi 424 đều đáng được điều tra ngay.
# SIP 424 Bad Location Information: common cause 1 of 4, a list item under "Common causes".
sip-424-cause-1 = Phần thân PIDF-LO sai định dạng hoặc dùng một hình dạng vị trí mà bên nhận không xử lý được.
# SIP 424 Bad Location Information: common cause 2 of 4, a list item under "Common causes".
sip-424-cause-2 = Header `Geolocation` tham chiếu tới URI của một location server mà bên nhận không thể liên lạc tới hoặc không được phép truy vấn.
# SIP 424 Bad Location Information: common cause 3 of 4, a list item under "Common causes".
sip-424-cause-3 = Header `Geolocation` trỏ tới một phần thân `cid:` không có trong phần thân multipart, ví dụ vì một B2BUA đã bỏ nó đi.
# SIP 424 Bad Location Information: common cause 4 of 4, a list item under "Common causes".
sip-424-cause-4 = Vị trí quá kém chính xác hoặc quá cũ để bên nhận có thể định tuyến cuộc gọi dựa trên nó.
# SIP 424 Bad Location Information: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-424-fix-visitor-1 = Nếu một cuộc gọi khẩn cấp thất bại, hãy gọi lại ngay; nếu có thể, hãy dùng điện thoại di động và cho tổng đài viên biết địa chỉ của bạn.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-1 = Đọc mã trong `Geolocation-Error`: 100 nghĩa là phải sửa PIDF-LO, 300 nghĩa là phải kiểm tra xem bên nhận có thể truy cập URI vị trí hay không, và chứng chỉ TLS cũng như quy tắc truy cập của nó có cho phép lấy dữ liệu hay không.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-2 = Kiểm tra tính hợp lệ của các tài liệu PIDF-LO theo các quy tắc của RFC 4119 và RFC 5491, và bảo đảm mọi B2BUA đều chuyển nguyên vẹn các phần thân multipart và header `Geolocation`.
# SIP 424 Bad Location Information: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-424-fix-developer-3 = Kiểm thử việc cung cấp thông tin vị trí với nhà cung cấp dịch vụ khẩn cấp trước khi đưa vào hoạt động, và phát cảnh báo cho mọi phản hồi 424 trong môi trường production.
# SIP 424 Bad Location Information compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-400 = 424 liên quan đến dữ liệu vị trí được mang trong một thông điệp SIP vốn hợp lệ; 400 liên quan đến cú pháp SIP sai định dạng.
# SIP 424 Bad Location Information compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-415 = 424 nghĩa là không thể sử dụng một định dạng vị trí được hỗ trợ; 415 nghĩa là bản thân kiểu phần thân không được hỗ trợ.
# SIP 424 Bad Location Information compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-424-vs-488 = 424 từ chối thông tin vị trí; 488 từ chối mô tả phiên.

## SIP 425 Bad Alert Message

# SIP 425 Bad Alert Message: one-line summary at the top of the explainer (TL;DR).
sip-425-tldr = Không thể hiểu được cảnh báo tự động được gửi dưới dạng tin nhắn khẩn cấp, ví dụ từ một hệ thống báo động hoặc một chiếc ô tô.
# SIP 425 Bad Alert Message: the paragraph under "What it means".
sip-425-meaning = RFC 8876 định nghĩa các cuộc gọi khẩn cấp không tương tác: một thiết bị như bảng điều khiển báo động, cảm biến hoặc hệ thống trên xe gửi một `MESSAGE` tới một URN dịch vụ khẩn cấp, mang một tài liệu Common Alerting Protocol (CAP) dưới dạng một phần thân có kiểu `application/common-alerting-protocol+xml`. Nếu bên nhận không thể xác định được phương án ứng phó khẩn cấp hợp lý nào từ tài liệu đó, nó trả lời 425 với header `AlertMsg-Error` chứa một mã và văn bản: 100 khi không thể xử lý payload, 101 khi payload bị thiếu hoặc không tìm thấy, 102 khi payload thiếu thông tin cần thiết để xác định mục đích của cảnh báo, và 103 khi payload bị hỏng. Những lỗi nhỏ không nên dẫn tới 425: bên nhận được kỳ vọng hành động dựa trên bất cứ thông tin nào nó dùng được. Bên gửi phải sửa tài liệu CAP và gửi lại.
# SIP 425 Bad Alert Message: common cause 1 of 4, a list item under "Common causes".
sip-425-cause-1 = Tài liệu CAP không hợp lệ theo lược đồ (schema) CAP 1.2, ví dụ vì thiếu một phần tử bắt buộc như `identifier` hoặc `sender`.
# SIP 425 Bad Alert Message: common cause 2 of 4, a list item under "Common causes".
sip-425-cause-2 = `MESSAGE` tham chiếu tới một phần thân CAP không tồn tại, hoặc có `Content-ID` không khớp với tham chiếu.
# SIP 425 Bad Alert Message: common cause 3 of 4, a list item under "Common causes".
sip-425-cause-3 = Cảnh báo cung cấp quá ít thông tin để hành động, ví dụ không có loại sự kiện và không có vị trí, nên dịch vụ khẩn cấp không thể quyết định cần gửi hỗ trợ gì.
# SIP 425 Bad Alert Message: common cause 4 of 4, a list item under "Common causes".
sip-425-cause-4 = Một bên trung gian đã thay đổi phần thân trên đường đi, ví dụ đổi bảng mã ký tự, và làm hỏng XML.
# SIP 425 Bad Alert Message: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-425-fix-visitor-1 = Nếu hệ thống báo động, cảm biến hoặc hệ thống trên xe của bạn báo rằng một cảnh báo khẩn cấp đã thất bại, hãy tự gọi số khẩn cấp.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-1 = Kiểm tra tính hợp lệ của tài liệu CAP theo lược đồ OASIS CAP 1.2 trước khi gửi, và đưa vào những gì lực lượng ứng cứu cần, chẳng hạn sự kiện, mức độ khẩn cấp, mức độ nghiêm trọng và vị trí.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-2 = Kiểm tra cấu trúc multipart: `Content-ID` của phần CAP phải khớp với tham chiếu tới nó, và các bên trung gian phải chuyển nguyên vẹn phần thân.
# SIP 425 Bad Alert Message: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-425-fix-developer-3 = Dùng mã trong `AlertMsg-Error` để chọn cách sửa (100: lỗi xử lý, 101: thiếu payload, 102: không đủ thông tin, 103: dữ liệu bị hỏng), và kiểm thử với nhà cung cấp dịch vụ khẩn cấp trước khi triển khai.
# SIP 425 Bad Alert Message compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-415 = 425 nghĩa là định dạng cảnh báo được hỗ trợ nhưng tài liệu CAP này không dùng được; 415 nghĩa là kiểu media của phần thân hoàn toàn không được hỗ trợ.
# SIP 425 Bad Alert Message compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-400 = 425 liên quan đến nội dung của payload cảnh báo; 400 liên quan đến cú pháp của chính thông điệp SIP.
# SIP 425 Bad Alert Message compared with SIP 424 Bad Location Information: one sentence in the "Related codes" section saying when to use which.
sip-425-vs-424 = 425 từ chối payload cảnh báo CAP; 424 từ chối thông tin vị trí đính kèm một yêu cầu.

## SIP 428 Use Identity Header

# SIP 428 Use Identity Header: one-line summary at the top of the explainer (TL;DR).
sip-428-tldr = Mạng nhận cuộc gọi của bạn đòi hỏi danh tính bên gọi có chữ ký, và cuộc gọi đến mà không có chữ ký đó.
# SIP 428 Use Identity Header: the paragraph under "What it means".
sip-428-meaning = Theo STIR (RFC 8224), một dịch vụ xác thực tại nhà cung cấp phía gọi đi ký số gọi và số bị gọi vào một token PASSporT (RFC 8225) được mang trong header `Identity`, và một dịch vụ xác minh ở phía kết cuối sẽ kiểm tra nó. Bên xác minh (verifier) có chính sách đòi hỏi cuộc gọi phải được ký sẽ trả lời một yêu cầu không có chữ ký bằng 428, yêu cầu một header `Identity`. Điện thoại của bên gọi hiếm khi có thể tự thêm header này: việc ký diễn ra tại nhà mạng phía gọi đi, nên phản hồi 428 thường chỉ ra một lỗ hổng trong chuỗi, chẳng hạn một nhà mạng không ký hoặc một chặng trung chuyển làm mất header. Mã này có từ cơ chế định danh ban đầu của RFC 4474 và vẫn được giữ lại khi RFC 8224 thay thế cơ chế đó. Nhiều bên xác minh chấp nhận các cuộc gọi không có chữ ký và chỉ gắn nhãn cho chúng, nên 428 phản ánh một chính sách có chủ đích trên một kết nối liên mạng cụ thể.
# SIP 428 Use Identity Header: common cause 1 of 4, a list item under "Common causes".
sip-428-cause-1 = Nhà mạng phía gọi đi chưa triển khai dịch vụ xác thực STIR/SHAKEN, nên các cuộc gọi của họ đi ra mà không có header `Identity`.
# SIP 428 Use Identity Header: common cause 2 of 4, a list item under "Common causes".
sip-428-cause-2 = Một nhà mạng trung chuyển hoặc một đoạn TDM trên đường đi đã làm mất header `Identity`, nên cuộc gọi đến mà không có chữ ký.
# SIP 428 Use Identity Header: common cause 3 of 4, a list item under "Common causes".
sip-428-cause-3 = PBX của một doanh nghiệp đã đưa ra một số hiển thị (caller ID) không do nhà cung cấp trunk cấp, và nhà cung cấp không ký những cuộc gọi như vậy.
# SIP 428 Use Identity Header: common cause 4 of 4, a list item under "Common causes".
sip-428-cause-4 = Một SBC giữa nhà mạng và bên xác minh loại bỏ các header không xác định và xóa luôn `Identity` cùng với chúng.
# SIP 428 Use Identity Header: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-428-fix-visitor-1 = Hãy hỏi nhà cung cấp dịch vụ điện thoại xem các cuộc gọi của bạn có được ký bằng STIR/SHAKEN hay không; việc khắc phục nằm ở phía họ, không phải ở điện thoại của bạn.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-1 = Bắt gói `INVITE` tại mỗi SBC phía bạn để xem header `Identity` biến mất ở đâu; các quy tắc chỉnh sửa header và tính năng ẩn topo mạng (topology hiding) thường xóa nó.
# SIP 428 Use Identity Header: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-2 = Ký các cuộc gọi đi bằng một dịch vụ xác thực, của riêng bạn với chứng chỉ STI hoặc của nhà mạng, và đưa ra các số hiển thị mà nhà cung cấp của bạn có thể chứng thực (attest).
# SIP 428 Use Identity Header: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-428-fix-developer-3 = Với vai trò bên xác minh, hãy quyết định cho từng kết nối liên mạng xem nên từ chối cuộc gọi không có chữ ký bằng 428 hay chấp nhận và gắn nhãn cho chúng; từ chối các đối tác chưa thể ký cũng sẽ cắt mất lưu lượng hợp lệ.
# SIP 428 Use Identity Header compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-438 = Gửi 428 khi thiếu header `Identity`; gửi 438 khi header có mặt nhưng không qua được bước xác minh.
# SIP 428 Use Identity Header compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-436 = 428 nói về một header `Identity` bị thiếu; 436 nói về một header có mặt nhưng tham chiếu tới thông tin xác thực của nó không dùng được.
# SIP 428 Use Identity Header compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-437 = 428 yêu cầu phải có chữ ký ngay từ đầu; 437 từ chối thông tin xác thực (credential) đã được dùng để tạo chữ ký.
# SIP 428 Use Identity Header compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-428-vs-433 = 428 đòi hỏi một danh tính được ký bằng mật mã; 433 từ chối một cuộc gọi mà bên gọi đã chọn ẩn danh tính.

## SIP 429 Provide Referrer Identity

# SIP 429 Provide Referrer Identity: one-line summary at the top of the explainer (TL;DR).
sip-429-tldr = Người mà bạn đang được chuyển cuộc gọi tới chỉ chấp nhận việc chuyển nếu nó được ký bởi người đã yêu cầu chuyển.
# SIP 429 Provide Referrer Identity: the paragraph under "What it means".
sip-429-meaning = Trong một cuộc chuyển cuộc gọi, bên yêu cầu chuyển (referrer) gửi `REFER` tới bên nhận lệnh chuyển (referee), bên này sau đó gửi `INVITE` tới đích chuyển (transfer target) với header `Referred-By` nêu tên bên yêu cầu chuyển. RFC 3892 cho phép bên yêu cầu chuyển chứng minh điều đó bằng một token, tức một phần thân `message/sipfrag` được ký bằng S/MIME và được `Referred-By` tham chiếu qua tham số `cid`. Một đích chuyển đòi hỏi token như vậy mà không nhận được, hoặc không nhận được token nào mà nó xác thực được, sẽ trả lời `INVITE` bằng 429. Chỉ bên yêu cầu chuyển mới tạo được token, nên bên nhận lệnh chuyển chuyển phản hồi 429 ngược lại trong phần thân `message/sipfrag` của một `NOTIFY`, và bên yêu cầu chuyển phải tự thử chuyển lại với một token có chữ ký. Trên thực tế mã này hiếm gặp, vì ít hệ thống dùng S/MIME trong SIP.
# SIP 429 Provide Referrer Identity: common cause 1 of 3, a list item under "Common causes".
sip-429-cause-1 = Một đích chuyển được cấu hình để đòi hỏi token RFC 3892 đã nhận được một `INVITE` có header `Referred-By` thông thường, không có chữ ký.
# SIP 429 Provide Referrer Identity: common cause 2 of 3, a list item under "Common causes".
sip-429-cause-2 = Bên yêu cầu chuyển đã cung cấp token, nhưng bên nhận lệnh chuyển không sao chép nó vào `INVITE` gửi tới đích chuyển.
# SIP 429 Provide Referrer Identity: common cause 3 of 3, a list item under "Common causes".
sip-429-cause-3 = Đích chuyển không thể xác thực chữ ký của token, ví dụ vì nó không tin cậy chứng chỉ của bên yêu cầu chuyển.
# SIP 429 Provide Referrer Identity: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-429-fix-visitor-1 = Bạn không thể khắc phục gì trong lúc gọi; hãy hỏi người đã chuyển cuộc gọi cho bạn số điện thoại và gọi trực tiếp.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-1 = Nếu bạn vận hành đích chuyển, hãy cân nhắc xem có thực sự cần danh tính bên yêu cầu chuyển được ký hay không; phần lớn hệ thống thay vào đó chỉ tin `Referred-By` khi nó đến từ các peer đã xác thực.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-2 = Ở phía bên nhận lệnh chuyển, hãy chuyển phản hồi 429 tới bên yêu cầu chuyển trong một `NOTIFY` có phần thân `message/sipfrag`, để bên yêu cầu chuyển có thể thử lại với token.
# SIP 429 Provide Referrer Identity: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-429-fix-developer-3 = Ở phía bên yêu cầu chuyển, hãy đính kèm một token `message/sipfrag` được ký bằng S/MIME, được tham chiếu qua tham số `cid` của `Referred-By`, khi biết đích chuyển đòi hỏi điều đó.
# SIP 429 Provide Referrer Identity compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-403 = Gửi 429 khi việc chuyển sẽ được chấp nhận nếu danh tính của bên yêu cầu chuyển được ký; gửi 403 khi việc chuyển sẽ bị từ chối trong mọi trường hợp.
# SIP 429 Provide Referrer Identity compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-428 = 429 yêu cầu một token `Referred-By` có chữ ký về việc ai đã yêu cầu chuyển cuộc gọi; 428 yêu cầu một header `Identity` có chữ ký về việc ai đang gọi.
# SIP 429 Provide Referrer Identity compared with SIP 470 Consent Needed: one sentence in the "Related codes" section saying when to use which.
sip-429-vs-470 = 429 nói về việc chứng minh ai đã yêu cầu chuyển cuộc gọi; 470 nói về những người nhận chưa đồng ý nhận yêu cầu qua một relay.

## SIP 430 Flow Failed

# SIP 430 Flow Failed: one-line summary at the top of the explainer (TL;DR).
sip-430-tldr = Kết nối mà máy chủ đang dùng để liên lạc với một điện thoại đã bị hỏng, nên cuộc gọi được thử theo cách khác.
# SIP 430 Flow Failed: the paragraph under "What it means".
sip-430-meaning = SIP Outbound (RFC 5626) cho phép một UA duy trì một hoặc nhiều kết nối lâu dài, gọi là flow, tới các edge proxy, và cho phép authoritative proxy gửi các yêu cầu đến ngược lại qua những kết nối đó. Khi một edge proxy được yêu cầu chuyển tiếp một yêu cầu qua một flow không còn hoạt động, ví dụ một kết nối TCP đã đóng, nó trả lời 430 thay vì cố liên lạc với UA bằng cách khác. Khi nhận được mã này, authoritative proxy hủy đăng ký gắn với flow đó và chuyển sang các flow hoặc contact còn lại của người dùng, còn bên gọi chỉ biết kết quả cuối cùng. Về phía mình, UA phát hiện flow đã chết nhờ keepalive (CRLF cho TCP, STUN cho UDP) và đăng ký lại để tạo một flow mới.
# SIP 430 Flow Failed: common cause 1 of 3, a list item under "Common causes".
sip-430-cause-1 = Kết nối TCP hoặc TLS từ một softphone di động tới edge proxy đã bị đóng khi điện thoại chuyển mạng hoặc chuyển sang chế độ ngủ.
# SIP 430 Flow Failed: common cause 2 of 3, a list item under "Common causes".
sip-430-cause-2 = Một NAT hoặc tường lửa đã hủy một flow không hoạt động vì khoảng thời gian keepalive dài hơn thời gian chờ của nó.
# SIP 430 Flow Failed: common cause 3 of 3, a list item under "Common causes".
sip-430-cause-3 = Edge proxy đã khởi động lại và mất bảng kết nối, nên mọi flow đi qua nó đều mất cho đến khi các UA đăng ký lại.
# SIP 430 Flow Failed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-430-fix-visitor-1 = Nếu người khác không liên lạc được với bạn, hãy mở ứng dụng softphone hoặc kiểm tra kết nối mạng của nó để nó đăng ký lại.
# SIP 430 Flow Failed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-1 = Cho authoritative proxy xử lý 430 bằng cách bỏ binding của flow đó và thử các contact khác; trong Kamailio, các module `outbound`, `path` và `registrar` cùng nhau xử lý flow token và binding.
# SIP 430 Flow Failed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-2 = Gửi keepalive thường xuyên hơn thời gian chờ NAT ngắn nhất trên đường đi, và tuân theo header `Flow-Timer` mà registrar trả về.
# SIP 430 Flow Failed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-430-fix-developer-3 = Đăng ký nhiều hơn một flow, với các giá trị `reg-id` khác nhau qua các edge proxy khác nhau, để một flow bị hỏng không khiến người dùng trở nên không liên lạc được.
# SIP 430 Flow Failed compared with SIP 439 First Hop Lacks Outbound Support: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-439 = 430 báo rằng một outbound flow đang hoạt động đã bị hỏng; 439 báo rằng không thể thiết lập outbound khi đăng ký vì chặng đầu tiên không hỗ trợ.
# SIP 430 Flow Failed compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-480 = 430 báo cho proxy rằng một đường tới UA đã hỏng trong khi các đường khác có thể vẫn hoạt động; 480 báo cho bên gọi rằng hiện hoàn toàn không thể liên lạc được với bên được gọi.
# SIP 430 Flow Failed compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-430-vs-408 = 430 là câu trả lời tức thì từ một edge proxy biết rằng flow đã chết; 408 xuất hiện khi không ai trả lời trước khi một timer hết hạn.

## SIP 433 Anonymity Disallowed

# SIP 433 Anonymity Disallowed: one-line summary at the top of the explainer (TL;DR).
sip-433-tldr = Người bạn gọi không nhận cuộc gọi từ số ẩn danh.
# SIP 433 Anonymity Disallowed: the paragraph under "What it means".
sip-433-meaning = RFC 5079 cho bên được gọi một cách cụ thể để từ chối các cuộc gọi ẩn danh. Một cuộc gọi được coi là ẩn danh khi header `From` của nó mang một URI ẩn danh, chẳng hạn `sip:anonymous@anonymous.invalid`, hoặc khi một header `Privacy` (RFC 3323), ví dụ `Privacy: id`, yêu cầu mạng che giấu danh tính của bên gọi. Một UAS, hoặc một proxy thay mặt bên được gọi, trả lời cuộc gọi như vậy bằng 433 thay vì một mã chung chung như 403 hoặc 603, để điện thoại của bên gọi có thể giải thích lý do cuộc gọi thất bại và gợi ý gọi lại với số được hiển thị. Mã này không nói gì về việc bên gọi có đáng tin hay không; nó chỉ phản ánh thiết lập từ chối cuộc gọi ẩn danh của bên được gọi.
# SIP 433 Anonymity Disallowed: common cause 1 of 4, a list item under "Common causes".
sip-433-cause-1 = Bên được gọi đã bật tính năng từ chối cuộc gọi ẩn danh tại nhà cung cấp hoặc PBX của họ.
# SIP 433 Anonymity Disallowed: common cause 2 of 4, a list item under "Common causes".
sip-433-cause-2 = Bên gọi đã quay một tiền tố như `*67` ở Bắc Mỹ hoặc `#31#` trên nhiều mạng di động để ẩn số của mình cho cuộc gọi này.
# SIP 433 Anonymity Disallowed: common cause 3 of 4, a list item under "Common causes".
sip-433-cause-3 = Điện thoại hoặc tài khoản của bên gọi ẩn số hiển thị trong mọi cuộc gọi, nên các `INVITE` của nó mang `Privacy: id` hoặc một `From` ẩn danh.
# SIP 433 Anonymity Disallowed: common cause 4 of 4, a list item under "Common causes".
sip-433-cause-4 = Một PBX hoặc trunk gửi số hiển thị ẩn danh do nhầm lẫn, ví dụ vì chưa cấu hình số hiển thị cho cuộc gọi đi.
# SIP 433 Anonymity Disallowed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-433-fix-visitor-1 = Hãy gọi lại với số của bạn được hiển thị: bỏ các tiền tố như `*67`, hoặc tắt tùy chọn ẩn số trong phần cài đặt của điện thoại.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-1 = Kiểm tra `INVITE` gửi đi xem có `From` ẩn danh hoặc header `Privacy: id` không, và đặt một số hiển thị hợp lệ trên trunk của PBX nếu việc ẩn danh là ngoài ý muốn.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-2 = Khi từ chối cuộc gọi ẩn danh, hãy dùng 433 thay vì 403 hoặc 603, và cân nhắc phát một lời thông báo đề nghị người gọi hiển thị số của họ.
# SIP 433 Anonymity Disallowed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-433-fix-developer-3 = Ánh xạ 433 thành một thông báo rõ ràng trong giao diện softphone của bạn, vì người dùng hiếm khi nhận ra rằng số của họ đang bị ẩn.
# SIP 433 Anonymity Disallowed compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-403 = Gửi 433 khi lý do từ chối duy nhất là bên gọi ẩn danh; gửi 403 cho mọi lời từ chối theo chính sách khác.
# SIP 433 Anonymity Disallowed compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-428 = 433 từ chối một bên gọi đã chọn ẩn danh tính của mình; 428 từ chối một cuộc gọi thiếu chữ ký mật mã cho danh tính mà nó hiển thị.
# SIP 433 Anonymity Disallowed compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-433-vs-603 = 433 là một quy tắc tự động chống lại số ẩn danh; 603 là việc bên được gọi từ chối một cuộc gọi cụ thể.

## SIP 436 Bad Identity Info

# SIP 436 Bad Identity Info: one-line summary at the top of the explainer (TL;DR).
sip-436-tldr = Máy chủ không thể lấy hoặc sử dụng tham chiếu tới chứng chỉ đính kèm danh tính bên gọi có chữ ký trong cuộc gọi của bạn.
# SIP 436 Bad Identity Info: the paragraph under "What it means".
sip-436-meaning = Theo RFC 8224, header `Identity` mang một chữ ký PASSporT cùng tham số `info` chứa URI của thông tin xác thực (credential), thường là một chứng chỉ, mà bên xác minh phải dùng để kiểm tra chữ ký; trong SHAKEN, đây chính là URL HTTPS có trong trường `x5u` của phần header PASSporT. Nếu không thể truy xuất (dereference) URI đó, URI dùng scheme mà bên xác minh không hỗ trợ, hoặc dẫn tới thứ không phải là một thông tin xác thực dùng được, bên xác minh trả lời 436. Ở thời điểm này chữ ký chưa được đánh giá: vấn đề chỉ nằm ở việc lấy thông tin xác thực. Tên cũ, Bad Identity-Info, bắt nguồn từ header `Identity-Info` riêng biệt của RFC 4474, mà RFC 8224 đã thay bằng tham số `info`.
# SIP 436 Bad Identity Info: common cause 1 of 4, a list item under "Common causes".
sip-436-cause-1 = Kho chứng chỉ đằng sau URL `info` bị ngừng hoạt động, không truy cập được từ phía bên xác minh, hoặc chậm đến mức việc tải về bị hết thời gian chờ.
# SIP 436 Bad Identity Info: common cause 2 of 4, a list item under "Common causes".
sip-436-cause-2 = URL `info` dùng HTTP thường hoặc một scheme khác mà chính sách của bên xác minh không chấp nhận.
# SIP 436 Bad Identity Info: common cause 3 of 4, a list item under "Common causes".
sip-436-cause-3 = URL trả về một trang lỗi HTML hoặc một tệp sai định dạng thay vì một chuỗi chứng chỉ PEM.
# SIP 436 Bad Identity Info: common cause 4 of 4, a list item under "Common causes".
sip-436-cause-4 = Tham số `info` và giá trị `x5u` trong PASSporT khác nhau, nên bên xác minh từ chối tham chiếu.
# SIP 436 Bad Identity Info: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-436-fix-visitor-1 = Không thể làm gì trên điện thoại của bạn; hãy báo cuộc gọi thất bại cho nhà cung cấp, vì cơ chế ký cuộc gọi của họ cần được sửa.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-1 = Tải URL `info` từ mạng của bên xác minh, ví dụ bằng `curl -v`, rồi kiểm tra chứng chỉ TLS, mã trạng thái và `Content-Type`, chẳng hạn `application/pem-certificate-chain`.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-2 = Lưu trữ chứng chỉ trên một kho HTTPS có tính sẵn sàng cao với URL ổn định, và giám sát URL đó từ bên ngoài mạng của bạn.
# SIP 436 Bad Identity Info: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-436-fix-developer-3 = Bảo đảm dịch vụ ký ghi cùng một URL vào tham số `info` và trường `x5u` của PASSporT.
# SIP 436 Bad Identity Info compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-437 = 436 nghĩa là không thể lấy hoặc sử dụng thông tin xác thực từ tham chiếu của nó; 437 nghĩa là đã lấy được nhưng thông tin đó không được hỗ trợ hoặc không được tin cậy.
# SIP 436 Bad Identity Info compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-438 = 436 dừng lại trước khi chữ ký được kiểm tra; 438 nghĩa là chữ ký đã được kiểm tra và không hợp lệ.
# SIP 436 Bad Identity Info compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-436-vs-428 = 436 liên quan đến một header `Identity` có mặt nhưng trỏ tới một thông tin xác thực không dùng được; 428 liên quan đến một header `Identity` bị thiếu.

## SIP 437 Unsupported Credential

# SIP 437 Unsupported Credential: one-line summary at the top of the explainer (TL;DR).
sip-437-tldr = Chứng chỉ dùng để ký danh tính bên gọi trong cuộc gọi của bạn không được mạng nhận chấp nhận.
# SIP 437 Unsupported Credential: the paragraph under "What it means".
sip-437-meaning = Bên xác minh đã lấy được thông tin xác thực được nêu trong tham số `info` của header `Identity`, nhưng không thể dùng nó để xác thực cuộc gọi: chứng chỉ có thể dẫn tới một tổ chức cấp chứng chỉ mà bên xác minh không tin cậy, đã hết hạn hoặc bị thu hồi, dùng một thuật toán không được hỗ trợ, hoặc không bao gồm số gọi. Bên xác minh trả lời 437, và dịch vụ xác thực phía gọi đi phải ký bằng một thông tin xác thực được chấp nhận. Trong SHAKEN, danh sách các tổ chức cấp chứng chỉ được tin cậy do một cơ quan quản lý chính sách (policy administrator) tại mỗi quốc gia quản lý, chẳng hạn STI-PA tại Hoa Kỳ, nên một chứng chỉ từ một CA chưa được phê duyệt sẽ bị từ chối dù về mặt kỹ thuật nó vẫn hợp lệ. Tên cũ của mã này theo RFC 4474, Unsupported Certificate, đã được RFC 8224 mở rộng vì thông tin xác thực không nhất thiết phải là chứng chỉ.
# SIP 437 Unsupported Credential: common cause 1 of 4, a list item under "Common causes".
sip-437-cause-1 = Chứng chỉ ký được cấp bởi một tổ chức cấp chứng chỉ không có trong danh sách tin cậy của bên xác minh, chẳng hạn một CA thử nghiệm hoặc tự ký.
# SIP 437 Unsupported Credential: common cause 2 of 4, a list item under "Common causes".
sip-437-cause-2 = Chứng chỉ đã hết hạn hoặc bị thu hồi, ví dụ sau khi token mã nhà cung cấp dịch vụ SHAKEN (service provider code token) của nhà cung cấp bị thu hồi.
# SIP 437 Unsupported Credential: common cause 3 of 4, a list item under "Common causes".
sip-437-cause-3 = Chứng chỉ không bao gồm số gọi, ví dụ một chứng chỉ ủy quyền (delegate certificate) có TNAuthList không chứa số đó.
# SIP 437 Unsupported Credential: common cause 4 of 4, a list item under "Common causes".
sip-437-cause-4 = Chứng chỉ dùng một loại khóa hoặc thuật toán mà bên xác minh không hỗ trợ; SHAKEN yêu cầu chữ ký ES256 với khóa P-256.
# SIP 437 Unsupported Credential: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-437-fix-visitor-1 = Bạn không thể làm gì trên điện thoại; hãy báo cho nhà cung cấp, vì chứng chỉ mà họ dùng để ký cuộc gọi không được chấp nhận.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-1 = Kiểm tra chứng chỉ bằng `openssl x509 -in cert.pem -noout -text`: xem bên cấp, thời hạn hiệu lực, thuật toán khóa và phần mở rộng TNAuthList.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-2 = Gia hạn chứng chỉ trước khi hết hạn, tự động hóa việc gia hạn, và cảnh báo từ sớm trước ngày hết hạn.
# SIP 437 Unsupported Credential: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-437-fix-developer-3 = Bảo đảm STI-CA của bạn được cơ quan quản lý chính sách liên quan phê duyệt, và giữ kho tin cậy (trust store) của bên xác minh khớp với danh sách CA hiện hành.
# SIP 437 Unsupported Credential compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-436 = 437 nghĩa là thông tin xác thực đã được lấy về nhưng không chấp nhận được; 436 nghĩa là ngay từ đầu đã không thể lấy hoặc sử dụng nó.
# SIP 437 Unsupported Credential compared with SIP 438 Invalid Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-438 = 437 từ chối thông tin xác thực dùng để ký; 438 từ chối chữ ký hoặc header được tạo bằng thông tin đó.
# SIP 437 Unsupported Credential compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-437-vs-428 = 437 trả lời một cuộc gọi có chữ ký nhưng thông tin xác thực không được tin cậy; 428 trả lời một cuộc gọi hoàn toàn không được ký.

## SIP 438 Invalid Identity Header

# SIP 438 Invalid Identity Header: one-line summary at the top of the explainer (TL;DR).
sip-438-tldr = Danh tính bên gọi có chữ ký trong cuộc gọi của bạn không qua được bước xác minh, nên cuộc gọi bị từ chối.
# SIP 438 Invalid Identity Header: the paragraph under "What it means".
sip-438-meaning = Bên xác minh đã có được một thông tin xác thực dùng được, nhưng header `Identity` không hợp lệ: chữ ký PASSporT không được xác minh, các claim của nó không khớp với yêu cầu, ví dụ số `orig` và `dest` khác với `From` và Request-URI hoặc `To` sau khi chuẩn hóa, hoặc header sai định dạng. RFC 8224 dùng 438 cho các trường hợp này, còn một yêu cầu có `Date` nằm ngoài khoảng thời gian còn hiệu lực (thường khoảng một phút) sẽ nhận 403 với cụm từ lý do “Stale Date”. Vì chữ ký bao trùm số gọi, số bị gọi và thời điểm, mọi thay đổi đối với chúng sau khi ký đều làm chữ ký mất hiệu lực. Nhiều bên xác minh SHAKEN chấp nhận những cuộc gọi như vậy và chỉ ghi nhận việc xác minh thất bại, nên việc phản hồi 438 có kết thúc cuộc gọi hay không phụ thuộc vào chính sách cục bộ.
# SIP 438 Invalid Identity Header: common cause 1 of 4, a list item under "Common causes".
sip-438-cause-1 = Một nhà mạng hoặc SBC đã sửa số gọi hoặc số bị gọi sau khi ký, ví dụ thêm hoặc bỏ mã quốc gia hay một tiền tố.
# SIP 438 Invalid Identity Header: common cause 2 of 4, a list item under "Common causes".
sip-438-cause-2 = Một B2BUA đã tạo lại header `Date`, nên nó không còn khớp với giá trị `iat` trong PASSporT.
# SIP 438 Invalid Identity Header: common cause 3 of 4, a list item under "Common causes".
sip-438-cause-3 = Dịch vụ ký đã dùng một khóa riêng (private key) không thuộc về chứng chỉ được nêu trong `info`.
# SIP 438 Invalid Identity Header: common cause 4 of 4, a list item under "Common causes".
sip-438-cause-4 = Header bị cắt cụt hoặc bị thay đổi trên đường truyền, ví dụ bởi một thiết bị giới hạn độ dài header.
# SIP 438 Invalid Identity Header: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-438-fix-visitor-1 = Không thể làm gì trên điện thoại của bạn; hãy báo cuộc gọi thất bại cho nhà cung cấp kèm thời điểm và số điện thoại, vì một phần tử mạng đã thay đổi cuộc gọi sau khi nó được ký.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-1 = Giải mã PASSporT (phần của header `Identity` đứng trước dấu `;` đầu tiên, gồm ba đoạn base64url ngăn cách bằng dấu chấm) và so sánh `orig`, `dest` và `iat` với `From`, `To` hoặc Request-URI và `Date` của yêu cầu như khi được nhận.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-2 = Chỉ ký sau khi đã chuẩn hóa xong mọi số điện thoại, và không để các B2BUA thay đổi `From`, `To` hoặc `Date` trên các cuộc gọi đã ký.
# SIP 438 Invalid Identity Header: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-438-fix-developer-3 = Xác minh các chữ ký thử nghiệm trong phòng lab bằng một thư viện độc lập, để phân biệt lỗi không khớp khóa với các thay đổi xảy ra trên đường truyền.
# SIP 438 Invalid Identity Header compared with SIP 436 Bad Identity Info: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-436 = 438 nghĩa là chữ ký hoặc header không qua được bước kiểm tra; 436 nghĩa là không lấy được thông tin xác thực cần cho bước kiểm tra.
# SIP 438 Invalid Identity Header compared with SIP 437 Unsupported Credential: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-437 = 438 quy lỗi cho chữ ký và các claim của nó; 437 quy lỗi cho chứng chỉ đã được dùng.
# SIP 438 Invalid Identity Header compared with SIP 428 Use Identity Header: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-428 = 438 trả lời một header `Identity` có mặt nhưng không hợp lệ; 428 trả lời một yêu cầu không có header `Identity`.
# SIP 438 Invalid Identity Header compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-438-vs-403 = Gửi 438 khi chữ ký hoặc các claim của nó không hợp lệ; gửi 403 với “Stale Date” khi yêu cầu chỉ đơn giản là đã quá cũ.

## SIP 439 First Hop Lacks Outbound Support

# SIP 439 First Hop Lacks Outbound Support: one-line summary at the top of the explainer (TL;DR).
sip-439-tldr = Điện thoại của bạn yêu cầu một chế độ kết nối lâu dài đặc biệt mà máy chủ đầu tiên của mạng không hỗ trợ, nên việc đăng ký đã thất bại.
# SIP 439 First Hop Lacks Outbound Support: the paragraph under "What it means".
sip-439-meaning = Một UA muốn dùng SIP Outbound (RFC 5626) sẽ đăng ký với các tham số `+sip.instance` và `reg-id` trong `Contact` cùng với `Supported: outbound`. Outbound chỉ hoạt động nếu edge proxy ở chặng đầu tiên giữ flow và định tuyến ngược lại qua nó, điều mà edge proxy báo hiệu bằng cách thêm một header `Path` có URI mang tham số `ob`, trừ khi chính registrar là chặng đầu tiên. Khi registrar nhận được một `REGISTER` như vậy mà chặng đầu tiên không cho thấy có hỗ trợ outbound, nó trả lời 439 thay vì tạo một binding mà sau này sẽ thất bại. UA có thể đăng ký lại mà không có `reg-id`, để có một lần đăng ký thông thường, hoặc dùng một edge proxy khác có hỗ trợ outbound.
# SIP 439 First Hop Lacks Outbound Support: common cause 1 of 3, a list item under "Common causes".
sip-439-cause-1 = Điện thoại đã bật SIP Outbound, nhưng SBC hoặc edge proxy đứng trước registrar không thêm `Path` có `;ob`.
# SIP 439 First Hop Lacks Outbound Support: common cause 2 of 3, a list item under "Common causes".
sip-439-cause-2 = Một bộ cân bằng tải đặt ở chặng đầu tiên chuyển tiếp các yêu cầu đăng ký mà không thêm header `Path` nào.
# SIP 439 First Hop Lacks Outbound Support: common cause 3 of 3, a list item under "Common causes".
sip-439-cause-3 = Edge proxy có hỗ trợ outbound, nhưng việc chèn `Path` đã bị tắt trong cấu hình của nó.
# SIP 439 First Hop Lacks Outbound Support: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-439-fix-visitor-1 = Nếu ứng dụng của bạn không đăng ký được, hãy tắt một tùy chọn nâng cao như SIP Outbound trong phần cài đặt tài khoản, hoặc hỏi nhà cung cấp nên dùng thiết lập nào.
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-1 = Trên một edge proxy Kamailio, hãy nạp các module `outbound` và `path`, thêm `Path` bằng `add_path()` cho các yêu cầu đăng ký, và cấu hình registrar để dùng nó (`use_path`, `path_mode`).
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-2 = Nếu biên mạng không thể hỗ trợ outbound, hãy cấp phát cấu hình cho điện thoại mà không có `reg-id` và thay vào đó dựa vào keepalive NAT thông thường.
# SIP 439 First Hop Lacks Outbound Support: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-439-fix-developer-3 = Xem `REGISTER` bị lỗi theo cách registrar nhìn thấy nó: `Supported: outbound`, `reg-id` và `+sip.instance` trong `Contact`, cùng mục `Path` đầu tiên có hay không có `;ob`, cho thấy phía nào bị cấu hình sai.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 430 Flow Failed: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-430 = 439 từ chối thiết lập outbound khi đăng ký; 430 báo rằng một outbound flow đang hoạt động đã bị hỏng.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 423 Interval Too Brief: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-423 = 439 từ chối một lần đăng ký vì đường đi không hỗ trợ outbound; 423 từ chối nó vì thời hạn được yêu cầu quá ngắn.
# SIP 439 First Hop Lacks Outbound Support compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-439-vs-421 = Với 439, registrar nói rằng đường đi trong mạng không thể dùng outbound; với 421, một máy chủ nói rằng chính máy khách thiếu một phần mở rộng bắt buộc.

## SIP 440 Max-Breadth Exceeded

# SIP 440 Max-Breadth Exceeded: one-line summary at the top of the explainer (TL;DR).
sip-440-tldr = Cuộc gọi của bạn lẽ ra sẽ được đưa tới quá nhiều thiết bị cùng lúc, nên một proxy đã từ chối phân tán nó thêm nữa.
# SIP 440 Max-Breadth Exceeded: the paragraph under "What it means".
sip-440-meaning = RFC 5393 đã bịt một lỗ hổng khuếch đại trong cơ chế phân nhánh của SIP: khi nhiều proxy nối tiếp nhau cùng phân nhánh song song, một yêu cầu có thể nhân lên thành một số lượng nhánh khổng lồ. Header `Max-Breadth` giới hạn số nhánh đồng thời mà một yêu cầu và các yêu cầu sinh ra từ nó có thể có; một proxy phân nhánh song song sẽ chia giá trị này cho các nhánh của mình, và một yêu cầu không có header này được coi như mang giá trị 60. Nếu độ rộng còn lại quá nhỏ so với số nhánh mà proxy muốn tạo, nó có thể phân nhánh ít hơn cùng lúc và thử lần lượt các nhánh còn lại, và nếu không thể gửi dù chỉ một nhánh, nó trả lời 440. Phân nhánh tuần tự không tiêu tốn độ rộng, vì mỗi lúc chỉ có một nhánh hoạt động.
# SIP 440 Max-Breadth Exceeded: common cause 1 of 4, a list item under "Common causes".
sip-440-cause-1 = Một người dùng có nhiều thiết bị đã đăng ký được gọi qua một nhóm đổ chuông, và proxy lẽ ra sẽ phân nhánh tới nhiều contact hơn mức `Max-Breadth` còn lại cho phép.
# SIP 440 Max-Breadth Exceeded: common cause 2 of 4, a list item under "Common causes".
sip-440-cause-2 = Nhiều proxy nối tiếp nhau cùng phân nhánh song song, ví dụ một hunt group của doanh nghiệp đứng sau dịch vụ đổ chuông đồng thời của nhà cung cấp, chia nhỏ độ rộng cho đến khi không còn gì.
# SIP 440 Max-Breadth Exceeded: common cause 3 of 4, a list item under "Common causes".
sip-440-cause-3 = Bên gọi hoặc một bên trung gian đã cố ý đặt `Max-Breadth` thấp, chẳng hạn 1 hoặc 2.
# SIP 440 Max-Breadth Exceeded: common cause 4 of 4, a list item under "Common causes".
sip-440-cause-4 = Một kẻ tấn công đã cố khuếch đại một yêu cầu qua nhiều proxy phân nhánh, và giới hạn đã chặn nó lại đúng như thiết kế.
# SIP 440 Max-Breadth Exceeded: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-440-fix-visitor-1 = Không cần làm gì: cuộc gọi đã được đưa tới quá nhiều thiết bị cùng lúc; nếu bạn đang gọi một nhóm, hãy thử gọi số trực tiếp của một người.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-1 = Giảm phân nhánh song song: cho đổ chuông ít contact hơn cùng lúc, hoặc phân nhánh tuần tự một phần trong số đó, ví dụ bằng `t_load_contacts()` và `t_next_contacts()` của Kamailio.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-2 = So sánh `Max-Breadth` trên yêu cầu đến và trên từng nhánh được phân ra trong một bản ghi gói tin (trace), để tìm proxy đã tiêu hết độ rộng.
# SIP 440 Max-Breadth Exceeded: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-440-fix-developer-3 = Đừng tăng hoặc đặt lại `Max-Breadth` trong proxy của bạn để che giấu vấn đề; giới hạn này bảo vệ mạng khỏi các cuộc tấn công khuếch đại.
# SIP 440 Max-Breadth Exceeded compared with SIP 483 Too Many Hops: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-483 = 440 giới hạn mức độ lan rộng của một yêu cầu qua phân nhánh song song; 483 giới hạn số chặng mà yêu cầu đi qua.
# SIP 440 Max-Breadth Exceeded compared with SIP 482 Loop Detected: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-482 = 440 báo có quá nhiều phân nhánh song song; 482 báo một yêu cầu đã quay lại một proxy mà nó đã đi qua.
# SIP 440 Max-Breadth Exceeded compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-440-vs-503 = 440 là một giới hạn cố định về phân nhánh cho yêu cầu này; 503 nghĩa là máy chủ bị quá tải hoặc ngừng hoạt động với mọi yêu cầu.

## SIP 469 Bad Info Package

# SIP 469 Bad Info Package: one-line summary at the top of the explainer (TL;DR).
sip-469-tldr = Phía bên kia không chấp nhận loại thông điệp thông tin trong cuộc gọi mà điện thoại của bạn đã gửi.
# SIP 469 Bad Info Package: the paragraph under "What it means".
sip-469-meaning = RFC 6086 đã biến `INFO` từ một vật chứa không giới hạn thành một cơ chế có thương lượng: mỗi bên liệt kê các Info Package mà mình sẵn sàng nhận trong header `Recv-Info`, trong `INVITE`, các phản hồi của nó và các re-`INVITE` hoặc `UPDATE` sau đó, và mỗi `INFO` nêu package của mình trong `Info-Package`. Một UA nhận được `INFO` cho một package mà nó chưa công bố sẽ trả lời 469 với header `Recv-Info`, có thể rỗng, liệt kê các package mà nó chấp nhận, và bên gửi nên ngừng dùng package đó trong dialog. Các yêu cầu `INFO` kiểu cũ không có header `Info-Package`, vẫn còn phổ biến cho DTMF, nằm ngoài cơ chế này và không nhận 469. Bản thân cuộc gọi không bị ảnh hưởng.
# SIP 469 Bad Info Package: common cause 1 of 4, a list item under "Common causes".
sip-469-cause-1 = Bên gửi đã bỏ qua danh sách `Recv-Info` của peer và gửi một `INFO` cho một package mà peer chưa bao giờ đề xuất.
# SIP 469 Bad Info Package: common cause 2 of 4, a list item under "Common causes".
sip-469-cause-2 = Một re-`INVITE` hoặc `UPDATE` đã thay đổi danh sách `Recv-Info` của peer trong lúc gọi, loại bỏ một package trước đó được phép.
# SIP 469 Bad Info Package: common cause 3 of 4, a list item under "Common causes".
sip-469-cause-3 = Một B2BUA đã không chuyển `Recv-Info` giữa các leg của nó, nên mỗi bên công bố những package mà bên kia không bao giờ thấy.
# SIP 469 Bad Info Package: common cause 4 of 4, a list item under "Common causes".
sip-469-cause-4 = Một WebRTC gateway đã gửi `INFO` với package `trickle-ice` (RFC 8840) tới một peer không hỗ trợ trickle ICE.
# SIP 469 Bad Info Package: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-469-fix-visitor-1 = Không cần làm gì: cuộc gọi vẫn tiếp tục; chỉ những thông tin bổ sung được gửi theo cách này, chẳng hạn âm phím bấm, có thể không tới nơi.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-1 = Lưu danh sách `Recv-Info` mới nhất của peer cho mỗi dialog và chỉ gửi `INFO` cho các package có trong đó.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-2 = Trong một B2BUA, hãy chuyển tiếp `Recv-Info` hoặc thương lượng package riêng trên từng leg, chuyển đổi giữa chúng khi cả hai bên cần dữ liệu.
# SIP 469 Bad Info Package: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-469-fix-developer-3 = Với DTMF, nên ưu tiên telephone-event theo RFC 4733 trong RTP, vốn không cần thương lượng `INFO`.
# SIP 469 Bad Info Package compared with SIP 489 Bad Event: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-489 = 469 từ chối một `INFO` cho một package chưa được thương lượng; 489 từ chối một `SUBSCRIBE` hoặc `NOTIFY` cho một event package không xác định.
# SIP 469 Bad Info Package compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-415 = 469 liên quan đến Info Package mà `INFO` nêu; 415 liên quan đến kiểu media của một phần thân.
# SIP 469 Bad Info Package compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-469-vs-405 = 469 chấp nhận `INFO` nói chung nhưng không chấp nhận package này; 405 hoàn toàn từ chối phương thức `INFO` đối với đích này.

## SIP 470 Consent Needed

# SIP 470 Consent Needed: one-line summary at the top of the explainer (TL;DR).
sip-470-tldr = Một máy chủ chuyển tiếp yêu cầu tới nhiều người nhận đã từ chối, vì một số người nhận chưa đồng ý nhận chúng.
# SIP 470 Consent Needed: the paragraph under "What it means".
sip-470-meaning = RFC 5360 định nghĩa một consent framework cho các relay biến một yêu cầu thành nhiều yêu cầu, chẳng hạn các dịch vụ URI-list gửi một `MESSAGE` hoặc `INVITE` tới mọi địa chỉ trong một danh sách (RFC 5365, RFC 5366). Trước khi chuyển tiếp tới một người nhận, relay phải có sự cho phép của người đó; nếu thiếu sự cho phép của bất kỳ ai, nó trả lời 470 và liệt kê những người nhận liên quan trong header `Permission-Missing`. Khi đó bên gửi có thể nhờ relay xin phép họ, bằng một yêu cầu có header `Trigger-Consent`, và mỗi người nhận sẽ đồng ý hoặc từ chối. Cơ chế này ngăn relay bị lợi dụng để gây ngập lụt (flood) những người dùng chưa từng yêu cầu lưu lượng đó.
# SIP 470 Consent Needed: common cause 1 of 3, a list item under "Common causes".
sip-470-cause-1 = Một người dùng đã gửi một `MESSAGE` nhiều người nhận qua một URI-list server, và một số người nhận chưa bao giờ đồng ý với relay đó.
# SIP 470 Consent Needed: common cause 2 of 3, a list item under "Common causes".
sip-470-cause-2 = Một máy chủ hội nghị được yêu cầu mời những người tham gia chưa cho phép nó gửi `INVITE` tới họ.
# SIP 470 Consent Needed: common cause 3 of 3, a list item under "Common causes".
sip-470-cause-3 = Một người nhận đã thu hồi sự cho phép trước đó, nên relay không còn chuyển tiếp yêu cầu tới họ nữa.
# SIP 470 Consent Needed: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-470-fix-visitor-1 = Hãy đề nghị những người được liệt kê là còn thiếu chấp nhận tin nhắn từ bạn, hoặc liên hệ riêng với từng người thay vì qua nhóm.
# SIP 470 Consent Needed: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-1 = Đọc `Permission-Missing` và kích hoạt yêu cầu xin phép cho các URI đó bằng cách gửi cho relay một yêu cầu có `Trigger-Consent`.
# SIP 470 Consent Needed: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-2 = Loại khỏi danh sách những người nhận không bao giờ cho phép, để các yêu cầu sau tới nhóm thành công.
# SIP 470 Consent Needed: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-470-fix-developer-3 = Nếu bạn vận hành relay, hãy làm cho quy trình xin phép hiển thị rõ với người dùng; nếu không, họ chỉ thấy tin nhắn nhóm bị lỗi.
# SIP 470 Consent Needed compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-403 = Gửi 470 khi yêu cầu sẽ được chuyển tiếp sau khi người nhận cho phép; gửi 403 khi bên gửi hoàn toàn không được phép dùng relay.
# SIP 470 Consent Needed compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-433 = 470 liên quan đến sự đồng ý của người nhận đối với lưu lượng được chuyển tiếp; 433 liên quan đến một bên được gọi từ chối người gọi ẩn danh.
# SIP 470 Consent Needed compared with SIP 429 Provide Referrer Identity: one sentence in the "Related codes" section saying when to use which.
sip-470-vs-429 = 470 nói về việc người nhận có đồng ý nhận yêu cầu hay không; 429 nói về việc chứng minh ai đã yêu cầu chuyển cuộc gọi.

## SIP 480 Temporarily Unavailable

# SIP 480 Temporarily Unavailable: one-line summary at the top of the explainer (TL;DR).
sip-480-tldr = Hiện không thể liên lạc được với người bạn gọi, ví dụ vì điện thoại của họ đang ngoại tuyến hoặc đang bật chế độ không làm phiền.
# SIP 480 Temporarily Unavailable: the paragraph under "What it means".
sip-480-meaning = 480 là câu trả lời cho một bên được gọi có tồn tại nhưng hiện không thể liên lạc được, dù do chưa đăng ký, bật chế độ không làm phiền hay không ai trả lời, và một registrar hoặc proxy có thể gửi mã này thay mặt người dùng khi location service không có binding nào. Khác với 404, người dùng có tồn tại, và khác với 486, không thiết bị nào báo là đang bận. Phản hồi có thể mang `Retry-After` nêu thời điểm gọi thích hợp hơn, và RFC 3261 khuyến khích dùng một cụm từ lý do chính xác hơn, chẳng hạn “User not registered”. Gateway ánh xạ mã nguyên nhân Q.850 số 19 (no answer from user) và số 20 (subscriber absent) thành 480, nên đây cũng là cách mạng điện thoại báo một điện thoại di động đang tắt máy hoặc ngoài vùng phủ sóng.
# SIP 480 Temporarily Unavailable: common cause 1 of 4, a list item under "Common causes".
sip-480-cause-1 = Điện thoại hoặc softphone của bên được gọi chưa đăng ký: bị tắt, đang ngoại tuyến, hoặc là ứng dụng di động bị hệ điều hành dừng.
# SIP 480 Temporarily Unavailable: common cause 2 of 4, a list item under "Common causes".
sip-480-cause-2 = Bên được gọi đang bật chế độ không làm phiền, và điện thoại hoặc PBX từ chối cuộc gọi bằng 480 thay vì 486 hoặc 603.
# SIP 480 Temporarily Unavailable: common cause 3 of 4, a list item under "Common causes".
sip-480-cause-3 = Điện thoại di động của bên được gọi đang tắt máy hoặc ngoài vùng phủ sóng, và mạng báo mã nguyên nhân Q.850 số 20 (subscriber absent) qua một gateway.
# SIP 480 Temporarily Unavailable: common cause 4 of 4, a list item under "Common causes".
sip-480-cause-4 = Cuộc gọi đã đổ chuông trên mọi thiết bị mà không ai trả lời, và PBX đã kết thúc nó bằng 480 sau khi hết thời gian đổ chuông.
# SIP 480 Temporarily Unavailable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-480-fix-visitor-1 = Hãy thử lại sau hoặc gửi tin nhắn; điện thoại của người đó đang ngoại tuyến hoặc được đặt để không nhận cuộc gọi lúc này.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-1 = Kiểm tra xem bên được gọi đã đăng ký chưa: `kamctl ul show` trong Kamailio, `pjsip show contacts` trong Asterisk, `sofia status profile internal reg` trong FreeSWITCH.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-2 = Đánh thức các softphone di động đang ngủ bằng thông báo đẩy (push notification, RFC 8599) thay vì trả lời 480 trong khi ứng dụng bị tạm dừng.
# SIP 480 Temporarily Unavailable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-480-fix-developer-3 = Gửi `Retry-After` và một cụm từ lý do chính xác khi bạn biết lúc nào người dùng sẽ quay lại, và định tuyến các cuộc gọi tới người dùng ngoại tuyến hoặc không được trả lời sang hộp thư thoại ngay trong proxy thay vì chuyển 480 cho bên gọi.
# SIP 480 Temporarily Unavailable compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-486 = Gửi 480 khi bên được gọi hoàn toàn không sẵn sàng; gửi 486 khi thiết bị của họ liên lạc được nhưng đang bận.
# SIP 480 Temporarily Unavailable compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-408 = 480 là câu trả lời tức thì, có căn cứ, rằng bên được gọi không sẵn sàng; 408 nghĩa là máy chủ đã chờ và không có câu trả lời nào đến kịp.
# SIP 480 Temporarily Unavailable compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-404 = 480 nghĩa là người dùng có tồn tại nhưng hiện không thể liên lạc được; 404 nghĩa là người dùng không tồn tại ở đây.
# SIP 480 Temporarily Unavailable compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-480-vs-600 = 480 là tạm thời và vẫn để ngỏ các vị trí khác; 600 cho biết bên được gọi đang bận ở mọi nơi, nên các proxy ngừng tìm kiếm.

## SIP 481 Call/Transaction Does Not Exist

# SIP 481 Call/Transaction Does Not Exist: one-line summary at the top of the explainer (TL;DR).
sip-481-tldr = Phía bên kia không còn biết đến cuộc gọi hoặc yêu cầu mà bạn đề cập, thường là vì ở phía đó nó đã kết thúc.
# SIP 481 Call/Transaction Does Not Exist: the paragraph under "What it means".
sip-481-meaning = Phản hồi 481 nghĩa là đã có một yêu cầu đến, lẽ ra thuộc về một dialog hoặc transaction đang tồn tại, nhưng UAS không có gì khớp với nó. Dialog được so khớp theo `Call-ID` cùng các tag của `From` và `To`, còn transaction, chẳng hạn transaction mà một `CANCEL` nhắm tới, được so khớp theo branch của `Via`. Các trường hợp điển hình là một `BYE` hoặc re-`INVITE` cho một cuộc gọi mà phía bên kia đã kết thúc, một `NOTIFY` cho một subscription đã chấm dứt, hoặc một `CANCEL` đến sau phản hồi cuối cùng. Khi trả lời một yêu cầu trong dialog, RFC 5057 coi 481 là dấu hiệu dialog đã kết thúc, nên bên gửi nên dọn dẹp trạng thái cục bộ thay vì thử lại.
# SIP 481 Call/Transaction Does Not Exist: common cause 1 of 4, a list item under "Common causes".
sip-481-cause-1 = Đầu bên kia đã kết thúc cuộc gọi từ trước, ví dụ khi session timer của nó hết hạn hoặc sau khi khởi động lại, rồi mới nhận được một `BYE` hoặc re-`INVITE`.
# SIP 481 Call/Transaction Does Not Exist: common cause 2 of 4, a list item under "Common causes".
sip-481-cause-2 = Một NAT, SBC hoặc B2BUA đã thay đổi `Call-ID` hoặc một tag, nên các yêu cầu trong dialog không còn khớp với dialog ở đầu bên kia.
# SIP 481 Call/Transaction Does Not Exist: common cause 3 of 4, a list item under "Common causes".
sip-481-cause-3 = Một bộ cân bằng tải đã gửi một yêu cầu trong dialog tới một máy chủ khác với máy chủ đang giữ dialog, vì các proxy không dùng record-route.
# SIP 481 Call/Transaction Does Not Exist: common cause 4 of 4, a list item under "Common causes".
sip-481-cause-4 = Một `CANCEL` đến sau khi bên được gọi đã trả lời, nên không còn `INVITE` nào đang chờ để hủy.
# SIP 481 Call/Transaction Does Not Exist: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-481-fix-visitor-1 = Không cần làm gì: cuộc gọi đã kết thúc ở phía bên kia; hãy gác máy và gọi lại nếu cần.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-1 = So sánh `Call-ID`, tag của `From` và tag của `To` trong yêu cầu bị lỗi với các giá trị của dialog ban đầu trong một bản ghi gói tin; sự khác biệt sẽ chỉ ra phần tử đã ghi đè chúng.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-2 = Giữ các yêu cầu trong dialog đi trên cùng một đường: chèn `Record-Route` trong các proxy và định tuyến theo nó, ví dụ bằng `record_route()` và `loose_route()` của Kamailio.
# SIP 481 Call/Transaction Does Not Exist: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-481-fix-developer-3 = Lưu trữ bền vững trạng thái dialog qua các lần khởi động lại và chuyển dự phòng, ví dụ bằng module `dialog` của Kamailio và tham số `db_mode` của nó, và coi phản hồi 481 cho một yêu cầu trong dialog là dấu hiệu dialog đó đã kết thúc.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-487 = 481 trả lời một yêu cầu tham chiếu tới một dialog hoặc transaction mà máy chủ không biết; 487 trả lời một `INVITE` đã bị hủy trước khi hoàn tất.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 491 Request Pending: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-491 = 481 cho biết dialog không tồn tại; 491 cho biết dialog có tồn tại nhưng một yêu cầu cùng loại vẫn đang chờ xử lý trong đó.
# SIP 481 Call/Transaction Does Not Exist compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-481-vs-408 = 481 là câu trả lời tức thì về một trạng thái không xác định; 408 được đưa ra khi không có câu trả lời nào đến trước khi một timer hết hạn.

## SIP 482 Loop Detected

# SIP 482 Loop Detected: one-line summary at the top of the explainer (TL;DR).
sip-482-tldr = Cuộc gọi của bạn đã đi vòng tròn giữa các máy chủ và quay lại một máy chủ mà nó đã đi qua, nên đã bị dừng lại.
# SIP 482 Loop Detected: the paragraph under "What it means".
sip-482-meaning = Một proxy phát hiện vòng lặp khi một yêu cầu đến mang một mục `Via` do chính proxy đó thêm vào trong khi các giá trị quyết định việc định tuyến, như Request-URI, `Route`, `Proxy-Require` và `Proxy-Authorization`, không thay đổi, nên chuyển tiếp nó thêm lần nữa chỉ lặp lại vòng tròn. Một yêu cầu quay lại với Request-URI khác, ví dụ sau khi chuyển tiếp cuộc gọi, là một spiral (đường xoắn ốc), điều hợp lệ và không được từ chối. RFC 3261 để việc phát hiện vòng lặp là tùy chọn; RFC 5393 bắt buộc các proxy có phân nhánh phải làm việc này và đã sửa thuật toán, để một vài yêu cầu không thể nhân lên thành lưu lượng khổng lồ. Phản hồi 482 chỉ ra một lỗi định tuyến giữa các máy chủ, và gửi lại nguyên yêu cầu sẽ lại tạo vòng lặp.
# SIP 482 Loop Detected: common cause 1 of 4, a list item under "Common causes".
sip-482-cause-1 = Hai proxy hoặc PBX cùng định tuyến một miền hoặc một dải số sang nhau, ví dụ sau khi một trunk được cấu hình theo cả hai chiều.
# SIP 482 Loop Detected: common cause 2 of 4, a list item under "Common causes".
sip-482-cause-2 = Một proxy không nhận ra một trong các miền hoặc địa chỉ IP của chính nó, ví dụ thiếu `alias` trong Kamailio, nên nó phân giải miền đó qua DNS và gửi yêu cầu ngược lại cho chính mình.
# SIP 482 Loop Detected: common cause 3 of 4, a list item under "Common causes".
sip-482-cause-3 = Một bản ghi DNS SRV hoặc NAPTR của một miền đích trỏ ngược lại máy chủ đang cố liên lạc với miền đó.
# SIP 482 Loop Detected: common cause 4 of 4, a list item under "Common causes".
sip-482-cause-4 = Một tuyến dự phòng (failover) gửi cuộc gọi tới một máy chủ phụ, máy chủ này lại định tuyến thẳng ngược về máy chủ chính.
# SIP 482 Loop Detected: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-482-fix-visitor-1 = Bạn không thể khắc phục gì trên điện thoại; hãy báo số bạn đã gọi cho nhà cung cấp, vì việc định tuyến của họ đang đưa cuộc gọi đi vòng tròn.
# SIP 482 Loop Detected: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-1 = Đọc các header `Via` của yêu cầu bị lặp trong một bản ghi gói tin: các host lặp lại cho thấy vòng tròn, và các quy tắc định tuyến của chúng là nơi cần sửa.
# SIP 482 Loop Detected: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-2 = Bảo đảm mỗi proxy biết tất cả tên và địa chỉ của mình, ví dụ các dòng `alias` và phép kiểm tra `is_myself()` trong Kamailio hoặc các đối tượng `domain_alias` của Asterisk, trước khi nó phân giải một Request-URI qua DNS.
# SIP 482 Loop Detected: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-482-fix-developer-3 = Ghi log mọi phản hồi 482 cùng Request-URI và quyết định định tuyến của proxy, để các lỗi định tuyến lặp đi lặp lại dễ nhận ra.
# SIP 482 Loop Detected compared with SIP 483 Too Many Hops: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-483 = 482 nghĩa là một proxy đã nhận ra `Via` trước đó của chính mình và dừng vòng lặp; 483 nghĩa là `Max-Forwards` đã cạn, thường vì một vòng lặp không bị phát hiện.
# SIP 482 Loop Detected compared with SIP 440 Max-Breadth Exceeded: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-440 = 482 chặn một yêu cầu đi vòng tròn; 440 chặn một yêu cầu lan ra quá nhiều nhánh song song.
# SIP 482 Loop Detected compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-482-vs-500 = Gửi 482 khi lỗi là một vòng lặp định tuyến; 500 dành cho các lỗi nội bộ không lường trước và sẽ che giấu nguyên nhân thực sự.

## SIP 483 Too Many Hops

# SIP 483 Too Many Hops: one-line summary at the top of the explainer (TL;DR).
sip-483-tldr = Cuộc gọi của bạn đã đi qua quá nhiều máy chủ và bị dừng lại trước khi tới được ai.
# SIP 483 Too Many Hops: the paragraph under "What it means".
sip-483-meaning = Mỗi yêu cầu đều mang `Max-Forwards`, thường bắt đầu từ 70, và mỗi proxy giảm giá trị này trước khi chuyển tiếp. Một phần tử nhận được yêu cầu có `Max-Forwards: 0` không được chuyển tiếp nó và phải trả lời 483, dù nó có thể tự trả lời một `OPTIONS`, điều giúp thăm dò một đường đi theo từng chặng. Bảy mươi chặng là nhiều hơn rất nhiều so với mọi đường đi hợp lý, nên phản hồi 483 hầu như luôn có nghĩa là một vòng lặp mà cơ chế phát hiện vòng lặp đã bỏ sót, thường là một spiral trong đó mỗi lượt lại thay đổi Request-URI, chẳng hạn hai người dùng chuyển tiếp cuộc gọi cho nhau. Một B2BUA bắt đầu leg gửi đi với một `Max-Forwards` mới sẽ biến những vòng lặp như vậy thành các cuộc gọi bất tận thay vì một phản hồi 483, nên việc sao chép giá trị này giữa các leg là rất quan trọng.
# SIP 483 Too Many Hops: common cause 1 of 3, a list item under "Common causes".
sip-483-cause-1 = Chức năng chuyển tiếp cuộc gọi của hai người dùng trỏ vào nhau, nên mỗi lượt có một Request-URI mới và cơ chế phát hiện vòng lặp không chặn được.
# SIP 483 Too Many Hops: common cause 2 of 3, a list item under "Common causes".
sip-483-cause-2 = Hai miền chuyển đổi một số điện thoại hướng về nhau ở mỗi lượt, ví dụ do các quy tắc chuyển mạng giữ số hoặc quy tắc tiền tố xung đột.
# SIP 483 Too Many Hops: common cause 3 of 3, a list item under "Common causes".
sip-483-cause-3 = Một máy khách hoặc proxy đặt `Max-Forwards` thấp bất thường, hoặc giới hạn trần cho nó, ví dụ bằng một `max_limit` thấp trong module `maxfwd` của Kamailio, và cuộc gọi sau đó đi qua nhiều chặng hơn mức đó.
# SIP 483 Too Many Hops: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-483-fix-visitor-1 = Kiểm tra để bảo đảm chức năng chuyển tiếp cuộc gọi của chính bạn không trỏ tới một số lại chuyển tiếp ngược về bạn, rồi gọi lại.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-1 = Xem các header `Via` của yêu cầu bị từ chối: một mẫu lặp lại sẽ cho thấy vòng lặp và các phần tử liên quan.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-2 = Bảo đảm các B2BUA sao chép và giảm `Max-Forwards` từ leg đến thay vì đặt lại về 70, để các vòng lặp đi qua chúng vẫn kết thúc.
# SIP 483 Too Many Hops: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-483-fix-developer-3 = Phát hiện các chu trình chuyển tiếp khi người dùng cài đặt chuyển tiếp cuộc gọi, và giới hạn số lần chuyển tiếp mỗi cuộc gọi trong PBX, ví dụ bằng cách đếm các mục `History-Info` hoặc `Diversion`.
# SIP 483 Too Many Hops compared with SIP 482 Loop Detected: one sentence in the "Related codes" section saying when to use which.
sip-483-vs-482 = 483 nghĩa là số chặng đã cạn, bất kể lý do; 482 nghĩa là một proxy đã nhận ra vòng lặp và dừng nó sớm hơn.
# SIP 483 Too Many Hops compared with SIP 440 Max-Breadth Exceeded: one sentence in the "Related codes" section saying when to use which.
sip-483-vs-440 = 483 giới hạn độ sâu của đường đi của một yêu cầu; 440 giới hạn số nhánh song song mà yêu cầu có thể lan ra.

## SIP 484 Address Incomplete

# SIP 484 Address Incomplete: one-line summary at the top of the explainer (TL;DR).
sip-484-tldr = Số bạn đã quay chưa đầy đủ, và máy chủ cần thêm chữ số.
# SIP 484 Address Incomplete: the paragraph under "What it means".
sip-484-meaning = Phản hồi 484 cho biết Request-URI là phần đầu của một địa chỉ hợp lệ nhưng chưa đầy đủ, ví dụ một số điện thoại thiếu chữ số. Mã này hỗ trợ quay số chồng lấn (overlap dialing, RFC 3578): một gateway hoặc điện thoại gửi các chữ số ngay khi chúng được quay sẽ nhận 484 sau mỗi lần thử chưa đầy đủ và gửi một `INVITE` mới với nhiều chữ số hơn, cho đến khi số đầy đủ. Phản hồi có thể cho biết địa chỉ mong đợi, nhưng không theo định dạng cố định nào, nên phần lớn máy khách chỉ chờ thêm chữ số. Gateway ánh xạ mã nguyên nhân Q.850 số 28 (invalid number format, address incomplete) thành 484, còn các điện thoại gửi cả số một lần (en bloc), vốn là trường hợp phổ biến, hiển thị nó như lỗi sai số.
# SIP 484 Address Incomplete: common cause 1 of 4, a list item under "Common causes".
sip-484-cause-1 = Bên gọi đã bỏ sót mã vùng hoặc mã quốc gia, nên số ngắn hơn mọi đích hợp lệ.
# SIP 484 Address Incomplete: common cause 2 of 4, a list item under "Common causes".
sip-484-cause-2 = Dial plan hoặc digit map của điện thoại đã gửi cuộc gọi trước khi quay số xong, ví dụ vì thời gian chờ giữa các chữ số quá ngắn.
# SIP 484 Address Incomplete: common cause 3 of 4, a list item under "Common causes".
sip-484-cause-3 = Một PBX chờ tiền tố gọi ra ngoài như 9 hoặc 0 rồi đến số đầy đủ, nhưng chỉ nhận được một phần.
# SIP 484 Address Incomplete: common cause 4 of 4, a list item under "Common causes".
sip-484-cause-4 = Một endpoint PJSIP của Asterisk có bật `allow_overlap` đã nhận được các chữ số chỉ khớp với phần đầu của một extension trong dialplan.
# SIP 484 Address Incomplete: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-484-fix-visitor-1 = Quay số đầy đủ, kể cả mã vùng hoặc mã quốc gia, và quay xong rồi mới nhấn gọi.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-1 = Kiểm tra digit map hoặc mẫu dial plan của điện thoại cùng thời gian chờ giữa các chữ số, để nó chỉ gửi những số đầy đủ.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-2 = Dùng quay số en bloc trên các trunk SIP; khi một PSTN gateway cần quay số chồng lấn, hãy triển khai RFC 3578 và gửi một `INVITE` mới với các chữ số bổ sung sau mỗi phản hồi 484.
# SIP 484 Address Incomplete: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-484-fix-developer-3 = Trong Asterisk, hãy quyết định các số khớp một phần nên trả về 484 (`allow_overlap = yes`) hay được coi là số đầy đủ.
# SIP 484 Address Incomplete compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-404 = Gửi 484 khi các chữ số đã nhận vẫn có thể dẫn tới một số hợp lệ; gửi 404 khi số đầy đủ không tồn tại.
# SIP 484 Address Incomplete compared with SIP 485 Ambiguous: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-485 = 484 nghĩa là địa chỉ quá ngắn để xác định được ai; 485 nghĩa là địa chỉ xác định được nhiều hơn một người dùng.
# SIP 484 Address Incomplete compared with SIP 416 Unsupported URI Scheme: one sentence in the "Related codes" section saying when to use which.
sip-484-vs-416 = 484 liên quan đến một địa chỉ chưa đầy đủ trong một scheme được hỗ trợ; 416 liên quan đến một scheme mà máy chủ hoàn toàn không xử lý được.

## SIP 485 Ambiguous

# SIP 485 Ambiguous: one-line summary at the top of the explainer (TL;DR).
sip-485-tldr = Tên hoặc địa chỉ bạn gọi khớp với nhiều người, và máy chủ không thể biết bạn muốn gọi ai.
# SIP 485 Ambiguous: the paragraph under "What it means".
sip-485-meaning = Phản hồi 485 cho biết Request-URI không rõ ràng, thường là một địa chỉ dựa trên tên như `sip:carol@example.org` phù hợp với nhiều người dùng trong danh bạ. Phản hồi có thể liệt kê các ứng viên rõ ràng trong các header `Contact`, như trong mẫu, để điện thoại của bên gọi đưa ra lựa chọn và gửi lại tới ứng viên được chọn. Vì việc liệt kê các phương án có thể làm lộ địa chỉ của người dùng, máy chủ có thể bỏ chúng đi vì lý do quyền riêng tư, và khi đó bên gọi phải làm rõ địa chỉ bằng cách khác. Mã này khác với 300, nơi mọi địa chỉ được liệt kê đều dẫn tới cùng một người.
# SIP 485 Ambiguous: common cause 1 of 3, a list item under "Common causes".
sip-485-cause-1 = Một địa chỉ dựa trên danh bạ, chẳng hạn một tên riêng hoặc một bí danh ngắn dùng chung, khớp với nhiều nhân viên.
# SIP 485 Ambiguous: common cause 2 of 3, a list item under "Common causes".
sip-485-cause-2 = Hai tài khoản đã được cấp cùng một bí danh trong một lần sáp nhập hoặc chuyển đổi hệ thống.
# SIP 485 Ambiguous: common cause 3 of 3, a list item under "Common causes".
sip-485-cause-3 = Một dịch vụ quay số theo tên hoặc nhận dạng giọng nói đã phân giải cái tên được yêu cầu thành nhiều người dùng.
# SIP 485 Ambiguous: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-485-fix-visitor-1 = Gọi một địa chỉ chính xác hơn, chẳng hạn họ tên đầy đủ hoặc số máy nhánh, hoặc chọn đúng người nếu điện thoại của bạn hiển thị một danh sách.
# SIP 485 Ambiguous: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-1 = Hiển thị các ứng viên trong `Contact` cho người dùng, kèm tên hiển thị của họ, và gửi lại tới ứng viên được chọn.
# SIP 485 Ambiguous: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-2 = Bảo đảm các bí danh là duy nhất trong danh bạ, hoặc cấu hình một người dùng mặc định cho mỗi bí danh dùng chung.
# SIP 485 Ambiguous: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-485-fix-developer-3 = Khi gửi 485, chỉ kèm các ứng viên nếu chính sách quyền riêng tư của bạn cho phép, và gán cho mỗi ứng viên một tên hiển thị.
# SIP 485 Ambiguous compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-484 = 485 nghĩa là địa chỉ khớp với nhiều người dùng; 484 nghĩa là địa chỉ quá ngắn để khớp với ai.
# SIP 485 Ambiguous compared with SIP 300 Multiple Choices: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-300 = 485 liệt kê những người khác nhau dùng chung một địa chỉ; 300 liệt kê những vị trí khác nhau của cùng một người.
# SIP 485 Ambiguous compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-485-vs-404 = Gửi 485 khi có nhiều người dùng khớp; gửi 404 khi không có ai khớp.

## SIP 486 Busy Here

# SIP 486 Busy Here: one-line summary at the top of the explainer (TL;DR).
sip-486-tldr = Người bạn gọi đang trong một cuộc gọi khác, hoặc hiện không thể nhận cuộc gọi trên điện thoại đó.
# SIP 486 Busy Here: the paragraph under "What it means".
sip-486-meaning = 486 là trạng thái bận cục bộ: thiết bị đã trả lời không thể nhận thêm cuộc gọi, thường vì người dùng đang nói chuyện và tính năng chờ cuộc gọi (call waiting) đang tắt hoặc mọi đường dây đều đang được dùng. Đây là một mã 4xx, chỉ liên quan đến thiết bị này, nên proxy vẫn có thể thử các thiết bị khác của người dùng hoặc dịch vụ hộp thư thoại; 600 mới là mã cho một bên được gọi đang bận trên tất cả các thiết bị. Phản hồi có thể mang `Retry-After` để gợi ý thời điểm gọi lại. Gateway ánh xạ qua lại giữa mã này và mã nguyên nhân Q.850 số 17 (user busy), nên người gọi từ mạng điện thoại sẽ nghe tín hiệu bận.
# SIP 486 Busy Here: common cause 1 of 4, a list item under "Common causes".
sip-486-cause-1 = Bên được gọi đang trong một cuộc gọi, và tính năng chờ cuộc gọi bị tắt hoặc điện thoại không còn đường dây trống.
# SIP 486 Busy Here: common cause 2 of 4, a list item under "Common causes".
sip-486-cause-2 = Bên được gọi đã nhấn nút từ chối, mà điện thoại triển khai bằng 486 thay vì 603.
# SIP 486 Busy Here: common cause 3 of 4, a list item under "Common causes".
sip-486-cause-3 = Điện thoại hoặc PBX trả lời 486 khi ở chế độ không làm phiền, hoặc khi đạt giới hạn số cuộc gọi đồng thời của từng máy nhánh.
# SIP 486 Busy Here: common cause 4 of 4, a list item under "Common causes".
sip-486-cause-4 = Một PSTN gateway đã nhận mã nguyên nhân Q.850 số 17 (user busy) từ mạng điện thoại.
# SIP 486 Busy Here: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-486-fix-visitor-1 = Hãy gọi lại sau vài phút, hoặc để lại tin nhắn thoại nếu có.
# SIP 486 Busy Here: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-1 = Định tuyến các cuộc gọi bận tới hộp thư thoại hoặc một đích khác ngay trong proxy, ví dụ trong một `failure_route` của Kamailio có kiểm tra `t_check_status("486")`.
# SIP 486 Busy Here: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-2 = Nếu người dùng báo nghe tín hiệu bận trong khi điện thoại của họ đang rảnh, hãy kiểm tra các thiết lập chờ cuộc gọi và đường dây trên điện thoại cũng như giới hạn cuộc gọi theo từng thiết bị trên PBX.
# SIP 486 Busy Here: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-486-fix-developer-3 = Thêm `Retry-After` khi bạn biết lúc nào bên được gọi sẽ rảnh, và không tự động thử lại trước thời điểm đó.
# SIP 486 Busy Here compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-600 = Gửi 486 khi thiết bị này đang bận và người dùng có thể liên lạc được ở nơi khác; gửi 600 khi người dùng đang bận trên mọi thiết bị và không nên thử gì thêm.
# SIP 486 Busy Here compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-480 = 486 nghĩa là thiết bị liên lạc được nhưng đang bận; 480 nghĩa là hiện hoàn toàn không thể liên lạc được với người dùng.
# SIP 486 Busy Here compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-486-vs-603 = 486 cho biết bên được gọi không thể nhận cuộc gọi lúc này; 603 cho biết bên được gọi đã chọn không nhận cuộc gọi.

## SIP 487 Request Terminated

# SIP 487 Request Terminated: one-line summary at the top of the explainer (TL;DR).
sip-487-tldr = Lần thử gọi đã bị dừng lại trước khi được trả lời, thường là vì bên gọi đã gác máy.
# SIP 487 Request Terminated: the paragraph under "What it means".
sip-487-meaning = 487 là phản hồi cuối cùng cho một `INVITE`, hoặc đôi khi cho một yêu cầu khác, đã bị kết thúc bởi một `CANCEL` hoặc `BYE` trước khi hoàn tất. `CANCEL` nhận phản hồi 200 riêng trong một transaction riêng, sau đó UAS gửi 487 cho `INVITE` ban đầu, và bên gọi xác nhận nó bằng `ACK`. Các proxy phân nhánh dùng cùng trình tự này để dừng những nhánh đã thua khi một thiết bị trả lời; header `Reason` (RFC 3326) trong `CANCEL`, chẳng hạn `Reason: SIP ;cause=200 ;text="Call completed elsewhere"`, báo cho các thiết bị đó không ghi nhận cuộc gọi nhỡ. Vì phản hồi 487 và phản hồi 200 cho `CANCEL` là hai phản hồi riêng biệt, bên gọi chỉ nên coi lần thử đã kết thúc khi phản hồi 487 đến, hoặc khi có phản hồi 200 cho một `INVITE` đã được trả lời trước khi lệnh hủy tới nơi.
# SIP 487 Request Terminated: common cause 1 of 4, a list item under "Common causes".
sip-487-cause-1 = Bên gọi đã gác máy trong khi điện thoại của bên được gọi vẫn đang đổ chuông, nên điện thoại của bên gọi đã gửi `CANCEL`.
# SIP 487 Request Terminated: common cause 2 of 4, a list item under "Common causes".
sip-487-cause-2 = Một nhóm đổ chuông đã làm nhiều thiết bị đổ chuông, một thiết bị đã trả lời, và proxy đã hủy các thiết bị còn lại.
# SIP 487 Request Terminated: common cause 3 of 4, a list item under "Common causes".
sip-487-cause-3 = Bộ đếm thời gian không trả lời của một proxy đã hết hạn, nên nó hủy các nhánh phía downstream trước khi báo hết thời gian chờ về phía upstream.
# SIP 487 Request Terminated: common cause 4 of 4, a list item under "Common causes".
sip-487-cause-4 = Một hệ thống quay số tự động hoặc script click-to-call đã hủy các cuộc gọi không được trả lời trong thời gian chờ riêng của nó.
# SIP 487 Request Terminated: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-487-fix-visitor-1 = Không cần làm gì: cuộc gọi đã bị hủy, bởi bạn hoặc bởi hệ thống, trước khi có người trả lời.
# SIP 487 Request Terminated: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-1 = Sau khi gửi `CANCEL`, hãy chờ phản hồi 487 cho `INVITE` và xác nhận nó bằng `ACK`; nếu thay vào đó phản hồi 200 đến vì bên được gọi đã trả lời trước, hãy gửi `ACK` rồi gửi `BYE`.
# SIP 487 Request Terminated: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-2 = Đặt `Reason: SIP ;cause=200 ;text="Call completed elsewhere"` vào `CANCEL` cho những nhánh đã thua một thiết bị khác, để điện thoại không ghi nhận cuộc gọi nhỡ.
# SIP 487 Request Terminated: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-487-fix-developer-3 = Khi đo tỷ lệ cuộc gọi thành công, hãy tính 487 trong CDR là bên gọi bỏ cuộc, không phải lỗi mạng.
# SIP 487 Request Terminated compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-481 = 487 trả lời một `INVITE` đã bị hủy kịp lúc; 481 trả lời một yêu cầu, chẳng hạn một `CANCEL` hoặc `BYE` đến muộn, mà không có dialog hay transaction nào tương ứng.
# SIP 487 Request Terminated compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-408 = 487 nghĩa là ai đó đã hủy yêu cầu; 408 nghĩa là yêu cầu đã hết thời gian.
# SIP 487 Request Terminated compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-487-vs-603 = 487 phản ánh việc bên gọi hoặc hệ thống bỏ cuộc; 603 phản ánh việc bên được gọi từ chối cuộc gọi.

## SIP 488 Not Acceptable Here

# SIP 488 Not Acceptable Here: one-line summary at the top of the explainer (TL;DR).
sip-488-tldr = Điện thoại bên kia không thể nhận cuộc gọi với các thiết lập âm thanh hoặc video mà điện thoại của bạn đề xuất, chẳng hạn các codec của nó.
# SIP 488 Not Acceptable Here: the paragraph under "What it means".
sip-488-meaning = Phản hồi 488 nghĩa là UAS đã hiểu mô tả phiên nhưng không thể chấp nhận phiên mà nó mô tả: không codec nào được đề xuất dùng được, thiếu một loại media, transport profile không khớp (ví dụ `RTP/SAVP` so với `RTP/AVP`), hoặc địa chỉ hay băng thông không chấp nhận được. Phản hồi nên mang header `Warning` với mã nêu rõ vấn đề, chẳng hạn 304 (media type not available), 305 (incompatible media format) hoặc 370 (insufficient bandwidth), và có thể kèm một phần thân SDP mô tả những gì UAS làm được. Việc từ chối chỉ giới hạn ở thiết bị này, nên một vị trí khác của người dùng vẫn có thể chấp nhận cùng offer đó, khác với 606. Khi được gửi để trả lời một re-`INVITE` hoặc `UPDATE`, mã này chỉ từ chối thay đổi được đề xuất, và cuộc gọi tiếp tục với media đã thỏa thuận.
# SIP 488 Not Acceptable Here: common cause 1 of 5, a list item under "Common causes".
sip-488-cause-1 = Bên gọi chỉ đề xuất những codec mà bên được gọi không có, ví dụ Opus hoặc G.729 cho một thiết bị chỉ hỗ trợ G.711.
# SIP 488 Not Acceptable Here: common cause 2 of 5, a list item under "Common causes".
sip-488-cause-2 = Một bên đòi hỏi SRTP, qua SDES hoặc DTLS-SRTP, còn bên kia chỉ đề xuất hoặc chỉ hỗ trợ RTP thường.
# SIP 488 Not Acceptable Here: common cause 3 of 5, a list item under "Common causes".
sip-488-cause-3 = Một máy khách WebRTC đã đề xuất `UDP/TLS/RTP/SAVPF` kèm ICE cho một điện thoại hoặc trunk SIP không hỗ trợ cả hai.
# SIP 488 Not Acceptable Here: common cause 4 of 5, a list item under "Common causes".
sip-488-cause-4 = Một máy fax đứng sau gateway đã kích hoạt một re-`INVITE` để chuyển sang T.38, và phía bên kia không hỗ trợ T.38.
# SIP 488 Not Acceptable Here: common cause 5 of 5, a list item under "Common causes".
sip-488-cause-5 = Một SBC hoặc ALG của router đã ghi đè SDP và làm mất hoặc làm hỏng các dòng media.
# SIP 488 Not Acceptable Here: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-488-fix-visitor-1 = Nếu bạn dùng softphone, hãy bật các codec G.711 phổ biến (PCMU và PCMA) trong phần cài đặt âm thanh rồi thử lại.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-1 = So sánh các dòng `m=` và mục `a=rtpmap` được đề xuất với khả năng của bên được gọi trong một bản ghi gói tin, và đọc header `Warning` để biết lý do cụ thể.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-2 = Bật một codec chung ở cả hai phía, ví dụ `allow = ulaw,alaw` trên một endpoint PJSIP của Asterisk, hoặc chuyển mã (transcode) trong một media server khi không có codec chung.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-3 = Đồng bộ cơ chế bảo mật media: `media_encryption` của Asterisk, `rtp_secure_media` của FreeSWITCH, hoặc một SBC dùng rtpengine để kết nối SRTP với RTP, hay WebRTC với SIP thông thường.
# SIP 488 Not Acceptable Here: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-488-fix-developer-4 = Với fax, hãy quay về chế độ truyền thẳng (pass-through) G.711 khi một re-`INVITE` chuyển sang T.38 nhận 488, với tính năng khử tiếng vọng và triệt khoảng lặng được tắt.
# SIP 488 Not Acceptable Here compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-606 = Gửi 488 khi chỉ thiết bị này từ chối phiên; gửi 606 khi không vị trí nào của người dùng chấp nhận nó.
# SIP 488 Not Acceptable Here compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-415 = 488 nghĩa là SDP đã được hiểu nhưng phiên của nó không chấp nhận được; 415 nghĩa là bản thân kiểu phần thân không được hỗ trợ.
# SIP 488 Not Acceptable Here compared with SIP 580 Precondition Failure: one sentence in the "Related codes" section saying when to use which.
sip-488-vs-580 = 488 từ chối chính media được đề xuất; 580 chấp nhận media nhưng thất bại vì một điều kiện tiên quyết bắt buộc, chẳng hạn việc dành trước tài nguyên QoS, không được đáp ứng.

## SIP 489 Bad Event

# SIP 489 Bad Event: one-line summary at the top of the explainer (TL;DR).
sip-489-tldr = Máy chủ không hỗ trợ loại thông tin trạng thái mà điện thoại của bạn đã cố đăng ký theo dõi.
# SIP 489 Bad Event: the paragraph under "What it means".
sip-489-meaning = Các subscription sự kiện (RFC 6665) nêu event package của mình trong header `Event`, ví dụ `presence`, `dialog` cho đèn báo bận (BLF), `message-summary` cho đèn báo hộp thư thoại, hoặc `refer` cho tiến trình chuyển cuộc gọi. Một notifier không triển khai package đó sẽ trả lời `SUBSCRIBE` bằng 489 và phải liệt kê các package mà nó hỗ trợ trong `Allow-Events`. Cùng mã này cũng được dùng theo chiều ngược lại khi một subscriber nhận được một `NOTIFY` cho một event package mà nó không có trình xử lý. Đăng ký theo dõi lại với cùng giá trị `Event` sẽ tiếp tục thất bại cho đến khi cấu hình ở một phía thay đổi.
# SIP 489 Bad Event: common cause 1 of 4, a list item under "Common causes".
sip-489-cause-1 = Một điện thoại đăng ký theo dõi `dialog` cho đèn báo bận trên một PBX hoặc proxy chưa nạp phần hỗ trợ dialog event.
# SIP 489 Bad Event: common cause 2 of 4, a list item under "Common causes".
sip-489-cause-2 = Một `SUBSCRIBE` cho đèn báo hộp thư thoại với `message-summary` tới một máy chủ không có thông báo hộp thư thoại.
# SIP 489 Bad Event: common cause 3 of 4, a list item under "Common causes".
sip-489-cause-3 = Một máy khách dùng event package riêng của một nhà sản xuất, chẳng hạn cho phím chức năng hoặc giữ cuộc gọi chờ (call parking), với máy chủ của một nhà sản xuất khác.
# SIP 489 Bad Event: common cause 4 of 4, a list item under "Common causes".
sip-489-cause-4 = Header `Event` mang tên package bị viết sai, chẳng hạn `presense`.
# SIP 489 Bad Event: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-489-fix-visitor-1 = Không cần làm gì trong lúc gọi; nếu đèn trạng thái hoặc đèn báo hộp thư thoại trên điện thoại của bạn không bao giờ hoạt động, hãy báo cho quản trị viên.
# SIP 489 Bad Event: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-1 = Đọc `Allow-Events` trong phản hồi 489 và cấu hình điện thoại để chỉ đăng ký theo dõi các package được liệt kê ở đó.
# SIP 489 Bad Event: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-2 = Bật package trên máy chủ: trong Kamailio, hãy nạp module tương ứng, chẳng hạn `presence_dialog` hoặc `presence_mwi`; trong Asterisk, hãy định nghĩa dialplan hint cho BLF và mailbox cho MWI.
# SIP 489 Bad Event: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-489-fix-developer-3 = Khi triển khai một notifier, hãy kèm `Allow-Events` trong các phản hồi 489 và trong câu trả lời cho `OPTIONS`, để máy khách có thể biết bạn hỗ trợ những gì.
# SIP 489 Bad Event compared with SIP 469 Bad Info Package: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-469 = 489 từ chối một event package trong `SUBSCRIBE` hoặc `NOTIFY`; 469 từ chối một Info Package trong `INFO`.
# SIP 489 Bad Event compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-405 = 489 chấp nhận subscription nói chung nhưng không chấp nhận event package này; 405 hoàn toàn từ chối phương thức `SUBSCRIBE` đối với địa chỉ này.
# SIP 489 Bad Event compared with SIP 202 Accepted: one sentence in the "Related codes" section saying when to use which.
sip-489-vs-202 = 489 từ chối một subscription cho một event package không xác định; 202, vốn đã bị ngừng khuyến nghị để thay bằng 200, chấp nhận một subscription.

## SIP 491 Request Pending

# SIP 491 Request Pending: one-line summary at the top of the explainer (TL;DR).
sip-491-tldr = Cả hai bên cùng cố thay đổi cuộc gọi vào cùng một lúc; một thay đổi đã bị từ chối và sẽ được thử lại ngay sau đó.
# SIP 491 Request Pending: the paragraph under "What it means".
sip-491-meaning = Phản hồi 491 giải quyết tình trạng glare bên trong một dialog: một UA nhận được re-`INVITE` hoặc `UPDATE` mang một offer trong khi offer của chính nó vẫn đang chờ xử lý, nên không thể áp dụng cả hai thay đổi. Nó trả lời 491, và bên nhận được phản hồi này chờ một khoảng thời gian ngẫu nhiên trước khi thử lại: từ 2,1 đến 4 giây nếu nó là bên đã tạo `Call-ID` của dialog, từ 0 đến 2 giây nếu không phải, để hai lần thử không còn va chạm nhau. Trong lúc đó, phiên hiện tại vẫn tiếp tục không thay đổi. Một `INVITE` thứ hai đến trước khi UA trả lời một `INVITE` trước đó từ cùng peer là một tình huống khác, được trả lời bằng 500 kèm `Retry-After`.
# SIP 491 Request Pending: common cause 1 of 3, a list item under "Common causes".
sip-491-cause-1 = Cả hai bên cùng giữ máy (hold) hoặc tiếp tục cuộc gọi gần như cùng lúc, mỗi bên gửi một re-`INVITE`.
# SIP 491 Request Pending: common cause 2 of 3, a list item under "Common causes".
sip-491-cause-2 = Một yêu cầu làm mới session timer từ một bên gửi chéo với một re-`INVITE` để giữ máy, chuyển cuộc gọi hoặc đổi codec từ bên kia.
# SIP 491 Request Pending: common cause 3 of 3, a list item under "Common causes".
sip-491-cause-3 = Một B2BUA đã gửi `UPDATE` với một offer mới trong khi một re-`INVITE` từ đầu bên kia vẫn đang chờ answer.
# SIP 491 Request Pending: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-491-fix-visitor-1 = Không cần làm gì: điện thoại của bạn sẽ tự thử lại thay đổi đó, chẳng hạn giữ máy hoặc tiếp tục cuộc gọi, sau vài giây.
# SIP 491 Request Pending: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-1 = Triển khai cơ chế lùi thời gian (back-off) của RFC 3261: ghi nhận xem bạn có sở hữu `Call-ID` hay không, chờ tương ứng từ 2,1 đến 4 giây hoặc từ 0 đến 2 giây, và chỉ thử lại nếu thay đổi vẫn còn cần thiết.
# SIP 491 Request Pending: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-2 = Tránh các re-`INVITE` không cần thiết: làm mới session timer bằng một `UPDATE` không có SDP, và không gửi re-`INVITE` mới trước khi re-`INVITE` trước đó được xác nhận.
# SIP 491 Request Pending: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-491-fix-developer-3 = Trong một B2BUA, hãy giữ lại các offer đến trên một leg trong khi một offer đang chờ xử lý trên leg kia, thay vì chuyển tiếp chúng và gây ra 491 trên cả hai leg.
# SIP 491 Request Pending compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-500 = Gửi 491 khi hai offer gửi chéo nhau trong một dialog; gửi 500 kèm `Retry-After` khi một `INVITE` đến trước khi bạn trả lời `INVITE` trước đó từ cùng peer.
# SIP 491 Request Pending compared with SIP 481 Call/Transaction Does Not Exist: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-481 = 491 nghĩa là dialog tồn tại nhưng đang bận với một yêu cầu khác; 481 nghĩa là không có dialog nào như vậy.
# SIP 491 Request Pending compared with SIP 487 Request Terminated: one sentence in the "Related codes" section saying when to use which.
sip-491-vs-487 = 491 từ chối một yêu cầu vì một yêu cầu khác đang chờ xử lý; 487 kết thúc một yêu cầu đã bị hủy.

## SIP 493 Undecipherable

# SIP 493 Undecipherable: one-line summary at the top of the explainer (TL;DR).
sip-493-tldr = Phía nhận không thể giải mã nội dung được mã hóa trong yêu cầu của bạn.
# SIP 493 Undecipherable: the paragraph under "What it means".
sip-493-meaning = SIP cho phép bảo vệ phần thân bằng S/MIME, mã hóa bằng khóa công khai của người nhận. Một UAS nhận được phần thân như vậy nhưng không có khóa riêng tương ứng, hoặc không xử lý được thuật toán mã hóa, sẽ trả lời 493. Nếu bên gửi đã dùng một khóa cũ, UAS có thể kèm chứng chỉ hiện tại của mình trong phản hồi để ở lần thử tiếp theo bên gửi mã hóa bằng đúng khóa. S/MIME trong SIP rất ít được triển khai; báo hiệu được bảo vệ bằng TLS và media bằng SRTP, nên phản hồi 493 chủ yếu xuất hiện trong phòng lab kiểm thử hoặc các hệ thống chuyên biệt.
# SIP 493 Undecipherable: common cause 1 of 3, a list item under "Common causes".
sip-493-cause-1 = Bên gửi đã mã hóa phần thân bằng một chứng chỉ cũ của người nhận, mà khóa riêng của nó không còn được sử dụng.
# SIP 493 Undecipherable: common cause 2 of 3, a list item under "Common causes".
sip-493-cause-2 = Bên gửi đã chọn một thuật toán mã hóa mà người nhận không hỗ trợ.
# SIP 493 Undecipherable: common cause 3 of 3, a list item under "Common causes".
sip-493-cause-3 = Khóa riêng của người nhận chưa được nạp, ví dụ sau khi thiết bị được đặt lại (reset).
# SIP 493 Undecipherable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-493-fix-visitor-1 = Bạn không thể thay đổi gì trong lúc gọi; hãy báo lỗi cho quản trị viên, vì khóa mã hóa ở hai đầu không khớp nhau.
# SIP 493 Undecipherable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-1 = Kiểm tra xem bên gửi đã dùng chứng chỉ nào, và thay nó bằng chứng chỉ mà phản hồi 493 mang theo, nếu có.
# SIP 493 Undecipherable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-2 = Nếu S/MIME không phải là yêu cầu bắt buộc, hãy ngừng mã hóa phần thân SIP và thay vào đó bảo vệ báo hiệu bằng TLS.
# SIP 493 Undecipherable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-493-fix-developer-3 = Đồng bộ các thuật toán được hỗ trợ và kho khóa giữa hai đầu, và kiểm thử sau mỗi lần xoay vòng khóa.
# SIP 493 Undecipherable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-415 = 493 nghĩa là phần thân được mã hóa và không thể giải mã; 415 nghĩa là kiểu của phần thân hoàn toàn không được hỗ trợ.
# SIP 493 Undecipherable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-488 = 493 nghĩa là không thể đọc SDP vì nó được mã hóa; 488 nghĩa là SDP đã được đọc và bị từ chối.
# SIP 493 Undecipherable compared with SIP 494 Security Agreement Required: one sentence in the "Related codes" section saying when to use which.
sip-493-vs-494 = 493 liên quan đến một phần thân được mã hóa đầu cuối đến đầu cuối; 494 liên quan đến việc thương lượng cơ chế bảo vệ theo từng chặng với máy chủ kế tiếp.

## SIP 494 Security Agreement Required

# SIP 494 Security Agreement Required: one-line summary at the top of the explainer (TL;DR).
sip-494-tldr = Máy chủ yêu cầu điện thoại của bạn thỏa thuận một cơ chế bảo mật, chẳng hạn TLS hoặc IPsec, trước khi chấp nhận yêu cầu.
# SIP 494 Security Agreement Required: the paragraph under "What it means".
sip-494-meaning = RFC 3329 cho phép máy khách và máy chủ ở chặng đầu tiên thỏa thuận cách bảo vệ báo hiệu giữa hai bên. Một máy khách hỗ trợ cơ chế này gửi `Supported: sec-agree` cùng header `Security-Client` liệt kê các cơ chế của nó; một máy chủ đòi hỏi việc thỏa thuận sẽ trả lời 494, liệt kê các cơ chế và mức ưu tiên của mình trong `Security-Server`. Máy khách chọn cơ chế chung tốt nhất, thiết lập nó, ví dụ một kết nối TLS hoặc các security association IPsec, rồi gửi lại yêu cầu qua kênh được bảo vệ với `Security-Verify` lặp lại danh sách của máy chủ, để máy chủ có thể phát hiện tấn công hạ cấp (downgrade attack). Các mạng truy nhập IMS dùng cơ chế này với `ipsec-3gpp` giữa điện thoại và P-CSCF, trong đó danh sách `Security-Server` thường đến trong thử thách 401 của lần đăng ký đầu tiên chứ không phải trong một phản hồi 494.
# SIP 494 Security Agreement Required: common cause 1 of 3, a list item under "Common causes".
sip-494-cause-1 = Máy khách đã liệt kê `sec-agree` trong `Supported`, nhưng yêu cầu của nó không có header `Security-Client`, hoặc chỉ đề xuất những cơ chế mà máy chủ không chấp nhận.
# SIP 494 Security Agreement Required: common cause 2 of 3, a list item under "Common causes".
sip-494-cause-2 = Một điện thoại IMS đăng ký với một P-CSCF đòi hỏi IPsec, và yêu cầu của nó chỉ đề xuất TLS hoặc không đề xuất gì.
# SIP 494 Security Agreement Required: common cause 3 of 3, a list item under "Common causes".
sip-494-cause-3 = Máy khách đã thiết lập cơ chế nhưng gửi lại yêu cầu mà không có `Security-Verify`, nên máy chủ lại từ chối nó.
# SIP 494 Security Agreement Required: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-494-fix-visitor-1 = Không cần làm gì trong lúc gọi; nếu điện thoại của bạn không đăng ký được, hãy khởi động lại nó, và liên hệ nhà cung cấp nếu vấn đề vẫn tiếp diễn.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-1 = Đọc `Security-Server`, chọn cơ chế có mức ưu tiên cao nhất mà bạn hỗ trợ, thiết lập nó, rồi gửi lại với `Security-Verify` sao chép chính xác header đó, cùng với `Require: sec-agree` và `Proxy-Require: sec-agree`.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-2 = Luôn kèm `Security-Client` trong yêu cầu đầu tiên mỗi khi bạn liệt kê `sec-agree`, với các cơ chế và tham số bạn hỗ trợ, ví dụ `ipsec-3gpp` cùng các thuật toán và cổng của nó.
# SIP 494 Security Agreement Required: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-494-fix-developer-3 = Bắt gói quá trình trao đổi tại P-CSCF để kiểm tra rằng các security association IPsec dùng đúng các cổng được công bố trong `Security-Client` và `Security-Server`.
# SIP 494 Security Agreement Required compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-421 = 494 đòi hỏi một thỏa thuận bảo mật và liệt kê các cơ chế của máy chủ; 421 đòi hỏi một phần mở rộng khác và nêu nó trong `Require`.
# SIP 494 Security Agreement Required compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-420 = 494 cho biết máy khách phải bổ sung việc thương lượng bảo mật; 420 cho biết máy chủ thiếu một phần mở rộng mà máy khách đòi hỏi.
# SIP 494 Security Agreement Required compared with SIP 401 Unauthorized: one sentence in the "Related codes" section saying when to use which.
sip-494-vs-401 = 494 nói về việc dùng cơ chế bảo vệ nào trên chặng đầu tiên; 401 nói về việc chứng minh người dùng là ai, và IMS thường kết hợp cả hai trong cùng một lần đăng ký.

## SIP 500 Server Internal Error

# SIP 500 Server Internal Error: one-line summary at the top of the explainer (TL;DR).
sip-500-tldr = Máy chủ đã gặp lỗi khi xử lý yêu cầu của bạn do một vấn đề ở chính phía nó.
# SIP 500 Server Internal Error: the paragraph under "What it means".
sip-500-meaning = Phản hồi 500 báo một tình huống không lường trước đã khiến máy chủ không thể hoàn tất yêu cầu, chẳng hạn một script định tuyến bị lỗi, một lỗi cơ sở dữ liệu hoặc một ngoại lệ nội bộ. Nếu máy chủ biết tình trạng này chỉ là tạm thời, nó thêm `Retry-After`, và máy khách có thể thử lại sau khoảng thời gian đó; nếu không có header này, máy khách nên coi lỗi là cuối cùng đối với yêu cầu này và có thể chuyển sang một máy chủ khác. RFC 3261 còn giao cho 500 một nhiệm vụ cụ thể: một UAS nhận được `INVITE` trong một dialog trước khi nó trả lời một `INVITE` trước đó có `CSeq` thấp hơn sẽ trả lời 500 với `Retry-After` ngẫu nhiên trong khoảng từ 0 đến 10 giây. Proxy cũng tạo ra 500 khi mọi nhánh phía downstream đều trả về 503, vì chuyển tiếp 503 sẽ thông báo sai rằng chính proxy đang không khả dụng.
# SIP 500 Server Internal Error: common cause 1 of 4, a list item under "Common causes".
sip-500-cause-1 = Một script định tuyến hoặc dialplan gặp lỗi, ví dụ một script Kamailio dùng một biến không tồn tại hoặc một script AGI của Asterisk bị sập.
# SIP 500 Server Internal Error: common cause 2 of 4, a list item under "Common causes".
sip-500-cause-2 = Registrar hoặc proxy không kết nối được tới cơ sở dữ liệu, nên không thể lưu hoặc tra cứu binding.
# SIP 500 Server Internal Error: common cause 3 of 4, a list item under "Common causes".
sip-500-cause-3 = Một re-`INVITE` đến trong khi UAS vẫn đang xử lý một `INVITE` trước đó trong cùng dialog.
# SIP 500 Server Internal Error: common cause 4 of 4, a list item under "Common causes".
sip-500-cause-4 = Một proxy chỉ nhận được toàn phản hồi 503 từ các máy chủ phía downstream và đã báo 500 về phía upstream.
# SIP 500 Server Internal Error: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-500-fix-visitor-1 = Hãy chờ một lát rồi gọi lại; vấn đề nằm ở máy chủ của nhà cung cấp.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 1 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-1 = Kiểm tra log của máy chủ tại thời điểm xảy ra lỗi: Kamailio ghi lỗi của script và module vào syslog, Asterisk ghi vào `/var/log/asterisk/full`, FreeSWITCH ghi vào `freeswitch.log`.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 2 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-2 = Kiểm tra các hệ thống phía sau được dùng trong quá trình định tuyến, chẳng hạn cơ sở dữ liệu, DNS và các HTTP API bên ngoài, và thêm `Retry-After` khi biết một lỗi chỉ là tạm thời.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 3 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-3 = Xử lý trường hợp `INVITE` gửi chéo trong UA: trả lời 500 với `Retry-After` ngẫu nhiên tối đa 10 giây, và khi nhận được phản hồi này, gửi lại re-`INVITE` sau khoảng thời gian đó.
# SIP 500 Server Internal Error: what a developer or administrator can do, item 4 of 4 under "How to fix it (for developers and admins)".
sip-500-fix-developer-4 = Trả về các mã cụ thể hơn khi có (503 cho quá tải, 488 cho vấn đề về media, 482 cho vòng lặp), để 500 vẫn mang nghĩa một lỗi thực sự.
# SIP 500 Server Internal Error compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-503 = Gửi 500 cho một lỗi không lường trước khi xử lý yêu cầu này; gửi 503 khi toàn bộ máy chủ đang quá tải hoặc bảo trì và sẽ phục hồi.
# SIP 500 Server Internal Error compared with SIP 502 Bad Gateway: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-502 = 500 cho biết máy chủ này đã gặp lỗi; 502 cho biết máy chủ này hoạt động bình thường nhưng nhận được một phản hồi không hợp lệ từ máy chủ kế tiếp.
# SIP 500 Server Internal Error compared with SIP 491 Request Pending: one sentence in the "Related codes" section saying when to use which.
sip-500-vs-491 = Gửi 500 kèm `Retry-After` khi một `INVITE` đến trước khi bạn trả lời `INVITE` trước đó; gửi 491 khi hai offer gửi chéo nhau trong dialog.

## SIP 501 Not Implemented

# SIP 501 Not Implemented: one-line summary at the top of the explainer (TL;DR).
sip-501-tldr = Thiết bị ở đầu bên kia không hỗ trợ loại yêu cầu mà điện thoại của bạn đã gửi.
# SIP 501 Not Implemented: the paragraph under "What it means".
sip-501-meaning = Phản hồi 501 cho biết máy chủ thiếu chức năng cần thiết để đáp ứng yêu cầu, thường là vì UAS hoàn toàn không nhận ra phương thức, chẳng hạn `PUBLISH`, `UPDATE` hoặc `MESSAGE` gửi tới một thiết bị đời cũ. Mã này khác với 405, khi phương thức được biết nhưng không được phép đối với URI đó. Vì proxy chuyển tiếp mọi phương thức mà không cần hiểu chúng, phản hồi 501 chỉ ra UA ở đầu bên kia hoặc một B2BUA, chứ không phải các máy chủ ở giữa. Máy khách không nên lặp lại cùng phương thức đó; nó có thể kiểm tra header `Allow` trong các phản hồi của đích, hoặc trong câu trả lời cho `OPTIONS`, và chọn cách khác, chẳng hạn dùng re-`INVITE` thay cho `UPDATE`. PSTN gateway ánh xạ mã này sang mã nguyên nhân Q.850 số 79 (service or option not implemented).
# SIP 501 Not Implemented: common cause 1 of 4, a list item under "Common causes".
sip-501-cause-1 = Một máy khách presence đã gửi `PUBLISH` tới một PBX hoặc thiết bị không hỗ trợ công bố presence, như trong mẫu.
# SIP 501 Not Implemented: common cause 2 of 4, a list item under "Common causes".
sip-501-cause-2 = Một điện thoại đã gửi `UPDATE` tới một gateway đời cũ chỉ triển khai các phương thức cơ bản của RFC 3261.
# SIP 501 Not Implemented: common cause 3 of 4, a list item under "Common causes".
sip-501-cause-3 = Một softphone đã gửi `MESSAGE` hoặc `INFO` tới một thiết bị không biết gì về nhắn tin tức thời hay thông tin trong cuộc gọi.
# SIP 501 Not Implemented: common cause 4 of 4, a list item under "Common causes".
sip-501-cause-4 = Một phương thức riêng của nhà sản xuất đã tới một UA tiêu chuẩn không biết đến nó.
# SIP 501 Not Implemented: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-501-fix-visitor-1 = Hãy dùng một tính năng khác với liên hệ này; thiết bị ở đầu bên kia không hỗ trợ tính năng bạn vừa thử.
# SIP 501 Not Implemented: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-1 = Kiểm tra header `Allow` của đích, từ một phản hồi trước đó hoặc một lần thăm dò bằng `OPTIONS`, trước khi dùng các phương thức tùy chọn.
# SIP 501 Not Implemented: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-2 = Chuyển sang phương án dự phòng một cách nhẹ nhàng: dùng re-`INVITE` khi `UPDATE` thất bại với 501, và ngừng công bố presence tới một máy chủ không triển khai `PUBLISH`.
# SIP 501 Not Implemented: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-501-fix-developer-3 = Khi xây dựng một UA, hãy trả lời các phương thức bạn không biết bằng 501, và cân nhắc thêm header `Allow` để các peer có thể điều chỉnh.
# SIP 501 Not Implemented compared with SIP 405 Method Not Allowed: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-405 = Gửi 501 khi bạn hoàn toàn không triển khai phương thức đó; gửi 405 khi bạn có triển khai nhưng không cho phép nó đối với URI này.
# SIP 501 Not Implemented compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-500 = 501 là sự thiếu hỗ trợ lâu dài cho điều được yêu cầu; 500 là một lỗi không lường trước ở một chức năng mà máy chủ thường vẫn hỗ trợ.
# SIP 501 Not Implemented compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-501-vs-420 = 501 liên quan đến một phương thức không xác định; 420 liên quan đến một phần mở rộng không xác định được nêu trong `Require` hoặc `Proxy-Require`.

## SIP 502 Bad Gateway

# SIP 502 Bad Gateway: one-line summary at the top of the explainer (TL;DR).
sip-502-tldr = Một máy chủ nằm giữa bạn và người bạn gọi đã nhận được câu trả lời không hợp lệ từ máy chủ kế tiếp trên đường đi.
# SIP 502 Bad Gateway: the paragraph under "What it means".
sip-502-meaning = Phản hồi 502 đến từ một phần tử đóng vai trò gateway hoặc proxy: nó đã chuyển tiếp yêu cầu, và thứ quay về từ phía downstream là không hợp lệ, ví dụ không phân tích được, bị cắt cụt hoặc không nhất quán với yêu cầu. Vì vậy lỗi nằm ở phía sau máy chủ gửi 502, máy chủ này chỉ báo lại lỗi đó. Trong kết nối liên mạng với PSTN, RFC 3398 ánh xạ mã nguyên nhân Q.850 số 27 (destination out of order) thành 502, nên các nhà mạng thường gửi mã này khi đường dây hoặc tổng đài ở đầu bên kia không liên lạc được, chứ không phải khi một thông điệp SIP bị sai định dạng. Máy khách có thể thử lại sau hoặc qua một tuyến khác; gửi lại theo cùng đường đi thường cho cùng kết quả.
# SIP 502 Bad Gateway: common cause 1 of 4, a list item under "Common causes".
sip-502-cause-1 = Một PSTN gateway nhận được mã nguyên nhân Q.850 số 27 (destination out of order) vì đường dây được gọi hoặc tổng đài ở đầu xa đang ngừng hoạt động.
# SIP 502 Bad Gateway: common cause 2 of 4, a list item under "Common causes".
sip-502-cause-2 = Máy chủ phía downstream, ví dụ SBC của nhà mạng, đã trả về một phản hồi sai định dạng mà proxy không phân tích được.
# SIP 502 Bad Gateway: common cause 3 of 4, a list item under "Common causes".
sip-502-cause-3 = Một B2BUA nhận được câu trả lời không hợp lệ trên leg gửi đi của nó, chẳng hạn một phản hồi có `CSeq` hoặc `Via` không khớp, và đã báo lại về phía upstream dưới dạng 502.
# SIP 502 Bad Gateway: common cause 4 of 4, a list item under "Common causes".
sip-502-cause-4 = Một dịch vụ định tuyến đằng sau proxy, chẳng hạn một HTTP API định tuyến, đã trả về dữ liệu không dùng được, và proxy ánh xạ lỗi đó thành 502.
# SIP 502 Bad Gateway: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-502-fix-visitor-1 = Hãy thử lại sau vài phút; lỗi nằm ở mạng giữa bạn và số bạn đã gọi.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-1 = Bắt gói trên leg phía downstream để thấy phản hồi không hợp lệ, hoặc mã nguyên nhân Q.850 trong header `Reason` (RFC 3326) khi phản hồi 502 đến từ một PSTN gateway.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-2 = Chuyển dự phòng sang một nhà mạng hoặc gateway khác khi nhận 502 trong `failure_route` của proxy, vì vấn đề thuộc về đường đi phía downstream đó.
# SIP 502 Bad Gateway: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-502-fix-developer-3 = Nếu chính phần tử của bạn gửi 502 vì dữ liệu không hợp lệ từ phía downstream, hãy ghi log phản hồi gây lỗi để bên kia có thể sửa.
# SIP 502 Bad Gateway compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-504 = Gửi 502 khi máy chủ phía downstream trả lời bằng một thứ không hợp lệ; gửi 504 khi nó không trả lời kịp thời.
# SIP 502 Bad Gateway compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-500 = 502 quy lỗi cho máy chủ kế tiếp trên đường đi; 500 quy lỗi cho chính máy chủ gửi nó.
# SIP 502 Bad Gateway compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-502-vs-503 = 502 báo một phản hồi sai từ phía downstream; 503 báo rằng chính máy chủ gửi đang quá tải hoặc không khả dụng.

## SIP 503 Service Unavailable

# SIP 503 Service Unavailable: one-line summary at the top of the explainer (TL;DR).
sip-503-tldr = Máy chủ đang quá tải hoặc ngừng hoạt động để bảo trì và hiện không thể xử lý yêu cầu của bạn.
# SIP 503 Service Unavailable: the paragraph under "What it means".
sip-503-meaning = Phản hồi 503 cho biết máy chủ tạm thời không thể xử lý yêu cầu. Nó có thể kèm `Retry-After`, và máy khách nhận được nó nên thử một máy chủ thay thế, tìm qua các bản ghi DNS SRV của miền (RFC 3263), và tránh máy chủ này trong khoảng thời gian được nêu. Gateway ánh xạ một số mã nguyên nhân Q.850 về tắc nghẽn thành 503, trong đó có 34 (no circuit available), 38 (network out of order) và 42 (switching equipment congestion), nên trên các trunk, mã này thường có nghĩa là nhà mạng đã hết dung lượng. Bản thân 503 là một công cụ xử lý quá tải thô sơ: RFC 7339 bổ sung cơ chế kiểm soát quá tải dựa trên phản hồi qua các tham số `oc` trong header `Via`, cho phép máy chủ yêu cầu các nút lân cận phía upstream giảm lưu lượng trước khi nó buộc phải từ chối bất cứ yêu cầu nào. Máy chủ cũng có thể từ chối kết nối hoặc lặng lẽ bỏ qua yêu cầu thay vì trả lời 503.
# SIP 503 Service Unavailable: common cause 1 of 5, a list item under "Common causes".
sip-503-cause-1 = Trunk hoặc gateway của nhà mạng không còn kênh trống, được báo từ PSTN dưới dạng mã nguyên nhân Q.850 số 34 hoặc 42.
# SIP 503 Service Unavailable: common cause 2 of 5, a list item under "Common causes".
sip-503-cause-2 = Máy chủ đang bảo trì hoặc vẫn đang khởi động, và từ chối các yêu cầu cho đến khi sẵn sàng.
# SIP 503 Service Unavailable: common cause 3 of 5, a list item under "Common causes".
sip-503-cause-3 = Một tập `dispatcher` của Kamailio không có đích nào đang hoạt động, vì mọi media server phía sau nó đều không vượt qua các lần thăm dò bằng `OPTIONS`.
# SIP 503 Service Unavailable: common cause 4 of 5, a list item under "Common causes".
sip-503-cause-4 = Một PBX đã đạt giới hạn giấy phép (license) hoặc giới hạn số cuộc gọi đồng thời, hoặc CPU của nó bị quá tải vì một cơn bão đăng ký hay một công cụ quét SIP.
# SIP 503 Service Unavailable: common cause 5 of 5, a list item under "Common causes".
sip-503-cause-5 = Nhà cung cấp giới hạn tốc độ (rate limit) của tài khoản, ví dụ vì có quá nhiều cuộc gọi mỗi giây trên một trunk.
# SIP 503 Service Unavailable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-503-fix-visitor-1 = Hãy chờ một hai phút rồi gọi lại; hệ thống của nhà cung cấp đang tạm thời quá tải hoặc đang bảo trì.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-1 = Tuân theo `Retry-After`, chuyển dự phòng sang đích SRV hoặc trunk tiếp theo, và đánh dấu đích bị lỗi là ngừng hoạt động trong khoảng thời gian đó.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-2 = Kiểm tra dung lượng và tình trạng hoạt động: giới hạn kênh và giấy phép, tải CPU, trạng thái các đích của `dispatcher` (`kamcmd dispatcher.list`), và xem có công cụ quét nào đang làm ngập máy chủ không.
# SIP 503 Service Unavailable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-503-fix-developer-3 = Khi gửi 503, hãy thêm một `Retry-After` thực tế để các máy khách giãn các lần thử lại thay vì dồn dập vào máy chủ.
# SIP 503 Service Unavailable compared with SIP 500 Server Internal Error: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-500 = Gửi 503 khi toàn bộ máy chủ đang tạm thời quá tải hoặc bảo trì; gửi 500 cho một lỗi không lường trước khi xử lý một yêu cầu.
# SIP 503 Service Unavailable compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-480 = 503 nghĩa là máy chủ hiện không thể phục vụ bất kỳ ai; 480 nghĩa là máy chủ vẫn hoạt động nhưng bên được gọi này không sẵn sàng.
# SIP 503 Service Unavailable compared with SIP 504 Server Time-out: one sentence in the "Related codes" section saying when to use which.
sip-503-vs-504 = 503 cho biết chính máy chủ không khả dụng; 504 cho biết một máy chủ mà nó phụ thuộc vào đã không trả lời kịp thời.

## SIP 504 Server Time-out

# SIP 504 Server Time-out: one-line summary at the top of the explainer (TL;DR).
sip-504-tldr = Một máy chủ đang xử lý cuộc gọi của bạn đã ngừng chờ một máy chủ khác mà nó cần.
# SIP 504 Server Time-out: the paragraph under "What it means".
sip-504-meaning = Phản hồi 504 đến từ một phần tử đóng vai trò gateway hoặc proxy đã không nhận được câu trả lời kịp thời từ một máy chủ mà nó phải tham vấn, chẳng hạn chặng kế tiếp, location server, một lần tra cứu DNS hoặc ENUM, hay một dịch vụ định tuyến bên ngoài. Khác với 408, vốn cho biết không thể trả lời toàn bộ yêu cầu kịp thời, 504 chỉ ra một thành phần phụ thuộc nằm phía sau bên gửi. RFC 3398 ánh xạ mã nguyên nhân Q.850 số 102 (recovery on timer expiry) thành 504, nên PSTN gateway gửi mã này khi một timer trong mạng điện thoại hết hạn. Máy khách có thể thử lại sau hoặc qua một tuyến khác.
# SIP 504 Server Time-out: common cause 1 of 4, a list item under "Common causes".
sip-504-cause-1 = Một PSTN gateway đã báo mã nguyên nhân Q.850 số 102 (recovery on timer expiry) sau khi một timer trong mạng điện thoại hết hạn.
# SIP 504 Server Time-out: common cause 2 of 4, a list item under "Common causes".
sip-504-cause-2 = Lần tra cứu ENUM hoặc DNS của proxy cho đích gọi đã hết thời gian chờ, nên nó không thể quyết định định tuyến cuộc gọi tới đâu.
# SIP 504 Server Time-out: common cause 3 of 4, a list item under "Common causes".
sip-504-cause-3 = Một dịch vụ định tuyến hoặc chuyển mạng giữ số bên ngoài mà proxy sử dụng, ví dụ qua HTTP, đã không trả lời trong thời gian chờ được cấu hình.
# SIP 504 Server Time-out: common cause 4 of 4, a list item under "Common causes".
sip-504-cause-4 = Leg gửi đi của một B2BUA không nhận được câu trả lời từ nhà mạng trước khi timer của chính B2BUA hết hạn.
# SIP 504 Server Time-out: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-504-fix-visitor-1 = Hãy thử gọi lại sau một lúc; một máy chủ trong mạng của nhà cung cấp đã không trả lời kịp thời.
# SIP 504 Server Time-out: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-1 = Tìm thành phần phụ thuộc đã hết thời gian chờ trong log của bên gửi, rồi kiểm tra độ trễ và tính sẵn sàng của nó: DNS resolver, máy chủ ENUM, API định tuyến, trunk của nhà mạng.
# SIP 504 Server Time-out: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-2 = Đặt thời gian chờ tra cứu ngắn hơn các timer của transaction SIP và cung cấp một tuyến dự phòng khi tra cứu thất bại, ví dụ bằng thời gian chờ kết nối của `http_client` trong Kamailio và một tuyến mặc định.
# SIP 504 Server Time-out: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-504-fix-developer-3 = Lưu cache kết quả DNS và định tuyến lâu nhất mà thời hạn của chúng cho phép, để một thành phần phụ thuộc chậm chạp ảnh hưởng tới ít cuộc gọi hơn.
# SIP 504 Server Time-out compared with SIP 408 Request Timeout: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-408 = Gửi 504 khi một máy chủ mà bạn phụ thuộc vào đã không trả lời kịp thời; gửi 408 khi chính bạn không thể có được câu trả lời cho yêu cầu kịp thời.
# SIP 504 Server Time-out compared with SIP 502 Bad Gateway: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-502 = 504 nghĩa là máy chủ phía downstream hoàn toàn không trả lời; 502 nghĩa là nó đã trả lời bằng một thứ không hợp lệ.
# SIP 504 Server Time-out compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-504-vs-503 = 504 báo một thành phần phụ thuộc chậm chạp; 503 báo rằng chính máy chủ gửi đang không khả dụng.

## SIP 505 Version Not Supported

# SIP 505 Version Not Supported: one-line summary at the top of the explainer (TL;DR).
sip-505-tldr = Yêu cầu của bạn nêu một phiên bản SIP mà máy chủ không hiểu.
# SIP 505 Version Not Supported: the paragraph under "What it means".
sip-505-meaning = Việc kiểm tra chỉ liên quan đến dòng yêu cầu: máy chủ tìm thấy thứ gì đó khác `SIP/2.0` ở đó và từ chối diễn giải phần còn lại của thông điệp. Mọi bản triển khai SIP đang được sử dụng đều dùng SIP/2.0, phiên bản của RFC 3261 và của RFC 2543 trước đó, và từ đó đến nay chưa có phiên bản nào khác được định nghĩa, nên trên thực tế phản hồi 505 có nghĩa là dòng yêu cầu bị sai định dạng hoặc lưu lượng hoàn toàn không phải SIP. Máy chủ có thể mô tả các phiên bản mà nó hỗ trợ trong phản hồi. Máy khách phải gửi yêu cầu với đúng `SIP/2.0` ở cuối dòng yêu cầu.
# SIP 505 Version Not Supported: common cause 1 of 3, a list item under "Common causes".
sip-505-cause-1 = Một công cụ tự viết hoặc công cụ fuzzing đã gửi dòng yêu cầu với chuỗi phiên bản sai, chẳng hạn `SIP/2` hoặc `SIP/3.0`.
# SIP 505 Version Not Supported: common cause 2 of 3, a list item under "Common causes".
sip-505-cause-2 = Một HTTP client hoặc công cụ quét đã gửi một yêu cầu HTTP tới cổng SIP, nên dòng yêu cầu kết thúc bằng `HTTP/1.1`.
# SIP 505 Version Not Supported: common cause 3 of 3, a list item under "Common causes".
sip-505-cause-3 = Một middlebox hoặc ALG bị lỗi đã làm hỏng dòng đầu tiên của thông điệp.
# SIP 505 Version Not Supported: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-505-fix-visitor-1 = Bạn không thể khắc phục gì trên điện thoại; nếu lỗi xảy ra với mọi cuộc gọi, hãy báo cho nhà cung cấp hoặc nhà sản xuất điện thoại.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-1 = Bắt gói yêu cầu gây lỗi và kiểm tra từng byte của dòng đầu tiên; các ký tự thừa hoặc chuỗi phiên bản sai thường là thủ phạm.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-2 = Coi các phản hồi 505 lặp lại từ cùng một địa chỉ là hành vi quét, và giới hạn tốc độ hoặc chặn nguồn đó, ví dụ bằng fail2ban đọc log của máy chủ SIP.
# SIP 505 Version Not Supported: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-505-fix-developer-3 = Nếu bạn viết một SIP stack, hãy ghi chính xác `SIP/2.0` trong dòng yêu cầu và dòng trạng thái, bằng chữ in hoa và không có dấu cách.
# SIP 505 Version Not Supported compared with SIP 400 Bad Request: one sentence in the "Related codes" section saying when to use which.
sip-505-vs-400 = Gửi 505 khi chỉ có phiên bản trong dòng yêu cầu là không được hỗ trợ; gửi 400 cho các lỗi cú pháp khác.
# SIP 505 Version Not Supported compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-505-vs-501 = 505 từ chối phiên bản giao thức; 501 từ chối một phương thức mà máy chủ không triển khai.

## SIP 513 Message Too Large

# SIP 513 Message Too Large: one-line summary at the top of the explainer (TL;DR).
sip-513-tldr = Toàn bộ yêu cầu của bạn quá lớn để máy chủ xử lý.
# SIP 513 Message Too Large: the paragraph under "What it means".
sip-513-meaning = Phản hồi 513 cho biết toàn bộ thông điệp, gồm cả header lẫn phần thân, vượt quá khả năng xử lý của máy chủ. Mã này thường xuất hiện trên UDP: một datagram lớn hơn MTU của đường truyền sẽ bị phân mảnh, các mảnh bị mất hoặc bị tường lửa chặn, và bên nhận thường giới hạn kích thước datagram. Vì vậy RFC 3261 yêu cầu máy khách dùng một giao thức truyền tải có kiểm soát tắc nghẽn như TCP khi một yêu cầu có kích thước chỉ cách MTU của đường truyền trong vòng 200 byte, hoặc vượt quá 1300 byte khi không biết MTU. Khác với 413, vốn chỉ xét phần thân, 513 áp dụng cho toàn bộ thông điệp, nên các phần header dài với nhiều mục `Via`, `Record-Route` hoặc `History-Info` cũng có thể gây ra mã này.
# SIP 513 Message Too Large: common cause 1 of 3, a list item under "Common causes".
sip-513-cause-1 = Một `INVITE` lớn với một SDP offer đầy đủ, có âm thanh, video, nhiều codec và ICE candidate, đã được gửi qua UDP.
# SIP 513 Message Too Large: common cause 2 of 3, a list item under "Common causes".
sip-513-cause-2 = Một yêu cầu đã tích lũy nhiều header `Via`, `Record-Route` và `History-Info` sau khi đi qua nhiều proxy và nhiều lần chuyển tiếp.
# SIP 513 Message Too Large: common cause 3 of 3, a list item under "Common causes".
sip-513-cause-3 = Một `MESSAGE` hoặc `NOTIFY` có phần thân lớn đã vượt quá kích thước thông điệp tối đa của máy chủ.
# SIP 513 Message Too Large: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-513-fix-visitor-1 = Bạn không thể thay đổi gì trong lúc gọi; nếu vấn đề cứ lặp lại, hãy hỏi nhà cung cấp xem điện thoại của bạn có nên dùng TCP hoặc TLS không.
# SIP 513 Message Too Large: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-1 = Gửi các yêu cầu lớn qua TCP hoặc TLS, ví dụ với `transport=tcp` trong route hoặc trong lần đăng ký, hoặc qua thiết lập transport của điện thoại, như RFC 3261 yêu cầu khi vượt quá giới hạn kích thước.
# SIP 513 Message Too Large: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-2 = Thu nhỏ thông điệp: đề xuất ít codec hơn, bỏ các header không cần thiết, và dùng tính năng ẩn topo mạng (topology hiding) để rút gọn các chuỗi `Via` và `Record-Route` dài.
# SIP 513 Message Too Large: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-513-fix-developer-3 = Kiểm tra kích thước thông điệp tối đa và bộ đệm nhận UDP của máy chủ, và tăng chúng lên nếu các thông điệp hợp lệ vượt quá.
# SIP 513 Message Too Large compared with SIP 413 Request Entity Too Large: one sentence in the "Related codes" section saying when to use which.
sip-513-vs-413 = Gửi 513 khi toàn bộ thông điệp quá lớn; gửi 413 khi chỉ riêng phần thân quá lớn.
# SIP 513 Message Too Large compared with SIP 414 Request-URI Too Long: one sentence in the "Related codes" section saying when to use which.
sip-513-vs-414 = 513 liên quan đến kích thước của toàn bộ thông điệp; 414 chỉ liên quan đến độ dài của Request-URI.

## SIP 555 Push Notification Service Not Supported

# SIP 555 Push Notification Service Not Supported: one-line summary at the top of the explainer (TL;DR).
sip-555-tldr = Máy chủ không thể đánh thức ứng dụng điện thoại của bạn qua dịch vụ thông báo đẩy mà ứng dụng đã yêu cầu.
# SIP 555 Push Notification Service Not Supported: the paragraph under "What it means".
sip-555-meaning = RFC 8599 cho phép một UA hay ngủ, thường là ứng dụng di động, đăng ký với các tham số thông báo đẩy trong URI `Contact`: `pn-provider` nêu dịch vụ thông báo đẩy, chẳng hạn `apns` cho Apple hoặc `fcm` cho Firebase, còn `pn-prid` và `pn-param` xác định thiết bị và ứng dụng. Khi đó, một proxy xử lý thông báo đẩy sẽ đánh thức ứng dụng mỗi khi có yêu cầu gửi tới nó. Nếu proxy không hỗ trợ dịch vụ được nêu, nó trả lời `REGISTER` bằng 555 và có thể liệt kê các dịch vụ mà nó hỗ trợ bằng chỉ báo khả năng tính năng (feature-capability indicator) `+sip.pns` trong header `Feature-Caps`. UA có thể đăng ký lại với một trong các dịch vụ đó, hoặc không kèm tham số đẩy, chấp nhận rằng không thể liên lạc được với nó khi đang ngủ.
# SIP 555 Push Notification Service Not Supported: common cause 1 of 3, a list item under "Common causes".
sip-555-cause-1 = Một ứng dụng iOS đăng ký với `pn-provider=apns` tại một proxy chỉ được cấu hình cho Firebase (`fcm`).
# SIP 555 Push Notification Service Not Supported: common cause 2 of 3, a list item under "Common causes".
sip-555-cause-2 = Về nguyên tắc proxy có hỗ trợ dịch vụ, nhưng chưa được cấu hình thông tin xác thực cho dịch vụ đó, chẳng hạn khóa APNs hoặc tài khoản dịch vụ (service account) FCM.
# SIP 555 Push Notification Service Not Supported: common cause 3 of 3, a list item under "Common causes".
sip-555-cause-3 = Một bản build ứng dụng hoặc SDK gửi giá trị `pn-provider` bị viết sai hoặc đã lỗi thời.
# SIP 555 Push Notification Service Not Supported: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-555-fix-visitor-1 = Hãy cập nhật ứng dụng softphone, và cho đến khi nhà cung cấp sửa phần hỗ trợ thông báo đẩy, hãy để ứng dụng mở khi bạn chờ cuộc gọi, nếu không bạn có thể bỏ lỡ chúng.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-1 = Đọc `Feature-Caps` trong phản hồi 555 và đăng ký lại với một trong các giá trị `+sip.pns` được liệt kê.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-2 = Cấu hình push gateway của proxy với thông tin xác thực cho mọi nền tảng mà ứng dụng của bạn phát hành, ví dụ cả APNs lẫn FCM.
# SIP 555 Push Notification Service Not Supported: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-555-fix-developer-3 = Đối chiếu các tham số `Contact` mà ứng dụng gửi (`pn-provider`, `pn-prid`, `pn-param`) với các giá trị mà RFC 8599 định nghĩa cho từng dịch vụ.
# SIP 555 Push Notification Service Not Supported compared with SIP 501 Not Implemented: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-501 = 555 nghĩa là máy chủ có hỗ trợ thông báo đẩy nhưng không hỗ trợ dịch vụ được nêu; 501 nghĩa là máy chủ hoàn toàn không triển khai chức năng được yêu cầu.
# SIP 555 Push Notification Service Not Supported compared with SIP 420 Bad Extension: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-420 = 555 liên quan đến dịch vụ đẩy được nêu trong các tham số của `Contact`; 420 liên quan đến một phần mở rộng được nêu trong `Require`.
# SIP 555 Push Notification Service Not Supported compared with SIP 503 Service Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-555-vs-503 = 555 là sự không khớp lâu dài giữa các dịch vụ đẩy; 503 là tình trạng tạm thời không thể phục vụ bất cứ yêu cầu nào.

## SIP 580 Precondition Failure

# SIP 580 Precondition Failure: one-line summary at the top of the explainer (TL;DR).
sip-580-tldr = Không thể thiết lập cuộc gọi vì một điều kiện bắt buộc, thường là việc dành trước chất lượng mạng cho cuộc gọi, không được đáp ứng.
# SIP 580 Precondition Failure: the paragraph under "What it means".
sip-580-meaning = Điều kiện tiên quyết (precondition, RFC 3312, được cập nhật bởi RFC 4032) cho phép một cuộc gọi chờ các điều kiện như việc dành trước tài nguyên mạng trước khi báo cho bên được gọi. SDP liệt kê, cho từng luồng media, trạng thái hiện tại (`a=curr`), mong muốn (`a=des`) và đã xác nhận (`a=conf`) của mỗi điều kiện tiên quyết, với một mức độ như `mandatory` hoặc `optional`, và hai bên trao đổi các cập nhật trong các yêu cầu `PRACK` và `UPDATE`. Nếu một điều kiện tiên quyết bắt buộc không thể được đáp ứng, ví dụ vì mạng từ chối dành trước một bearer QoS, UA sẽ trả lời 580, và phản hồi có thể mang một SDP cho biết điều kiện tiên quyết nào đã thất bại. Mã này điển hình trong VoLTE và IMS, nơi cả hai đầu dành trước các bearer riêng (dedicated bearer) trước khi điện thoại đổ chuông.
# SIP 580 Precondition Failure: common cause 1 of 3, a list item under "Common causes".
sip-580-cause-1 = Một mạng VoLTE không thể thiết lập bearer riêng với QoS mà cuộc gọi cần, ví dụ vì ô vô tuyến (cell) đang bị nghẽn.
# SIP 580 Precondition Failure: common cause 2 of 3, a list item under "Common causes".
sip-580-cause-2 = Một bên đã đánh dấu điều kiện tiên quyết QoS là bắt buộc, nhưng mạng của bên kia không có cơ chế dành trước tài nguyên.
# SIP 580 Precondition Failure: common cause 3 of 3, a list item under "Common causes".
sip-580-cause-3 = `UPDATE` mang trạng thái điều kiện tiên quyết đã bị mất hoặc bị từ chối, nên các điều kiện tiên quyết không bao giờ được đáp ứng trước khi một timer hết hạn.
# SIP 580 Precondition Failure: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-580-fix-visitor-1 = Hãy thử gọi lại, có thể sau khi di chuyển tới nơi có sóng tốt hơn, hoặc sau khi tắt tính năng gọi qua 4G (VoLTE).
# SIP 580 Precondition Failure: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-1 = Đánh dấu điều kiện tiên quyết là `optional` thay vì `mandatory`, trừ khi cuộc gọi thực sự không được phép tiếp tục nếu không dành trước được tài nguyên.
# SIP 580 Precondition Failure: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-2 = Theo dõi quá trình thương lượng điều kiện tiên quyết trong một bản ghi gói tin: các dòng `a=curr`, `a=des` và `a=conf` của mỗi offer và answer, cùng `PRACK` hoặc `UPDATE` mang chúng.
# SIP 580 Precondition Failure: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-580-fix-developer-3 = Trong IMS, hãy đối chiếu phản hồi 580 với log của PCRF hoặc PCF để biết vì sao yêu cầu bearer bị từ chối.
# SIP 580 Precondition Failure compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-488 = 580 nghĩa là media chấp nhận được nhưng một điều kiện tiên quyết đã thất bại; 488 nghĩa là bản thân media không chấp nhận được.
# SIP 580 Precondition Failure compared with SIP 606 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-606 = 580 báo một điều kiện tiên quyết thất bại trong lần thử này; 606 cho biết phiên được đề xuất không được thiết bị nào của người dùng chấp nhận.
# SIP 580 Precondition Failure compared with SIP 421 Extension Required: one sentence in the "Related codes" section saying when to use which.
sip-580-vs-421 = 580 xuất hiện sau khi cả hai bên đã đồng ý dùng điều kiện tiên quyết và một điều kiện thất bại; 421 xuất hiện khi máy khách hoàn toàn không hỗ trợ phần mở rộng precondition.

## SIP 600 Busy Everywhere

# SIP 600 Busy Everywhere: one-line summary at the top of the explainer (TL;DR).
sip-600-tldr = Người bạn gọi đang bận và không muốn cuộc gọi được chuyển tới bất kỳ điện thoại nào khác hay tới hộp thư thoại.
# SIP 600 Busy Everywhere: the paragraph under "What it means".
sip-600-meaning = Phản hồi 600 cho biết đã liên lạc được với hệ thống đầu cuối của bên được gọi và bên được gọi đang bận, đồng thời, khác với 486, cũng không vị trí nào khác sẽ nhận cuộc gọi, nên không nên thử ở nơi khác. Là một lỗi toàn cục 6xx, mã này khiến proxy phân nhánh hủy các nhánh còn lại và chuyển tiếp ngay phản hồi 600, không thử thêm vị trí nào cho yêu cầu đó. Phản hồi có thể mang `Retry-After` nêu thời điểm bên được gọi dự kiến sẽ rảnh. Chỉ nên dùng mã này khi bên được gọi biết chắc không hệ thống đầu cuối nào khác sẽ chấp nhận cuộc gọi; nếu không, 486 cho phép hộp thư thoại hoặc các thiết bị khác tiếp nhận.
# SIP 600 Busy Everywhere: common cause 1 of 3, a list item under "Common causes".
sip-600-cause-1 = Bên được gọi đã đặt trạng thái bận trên một máy khách có hỗ trợ presence, máy khách này từ chối cuộc gọi cho mọi thiết bị của họ bằng 600.
# SIP 600 Busy Everywhere: common cause 2 of 3, a list item under "Common causes".
sip-600-cause-2 = Một PBX biết mọi thiết bị của người dùng thấy tất cả đều đang được dùng và trả lời thay cho người dùng nói chung.
# SIP 600 Busy Everywhere: common cause 3 of 3, a list item under "Common causes".
sip-600-cause-3 = Điện thoại của bên được gọi được cấu hình để từ chối bằng 600 khi bận, chính là để ngăn cuộc gọi phân nhánh tới hộp thư thoại hoặc điện thoại di động đi kèm (mobile twin).
# SIP 600 Busy Everywhere: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-600-fix-visitor-1 = Hãy gọi lại sau; người đó đang bận và đã chọn không nhận cuộc gọi trên bất kỳ điện thoại nào khác lúc này.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-1 = Chỉ dùng 600 khi bạn biết người dùng đang bận trên mọi thiết bị; nếu không, hãy trả lời 486 để proxy có thể thử hộp thư thoại hoặc các thiết bị khác.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-2 = Trong một proxy phân nhánh, hãy hủy các nhánh còn lại khi nhận được 600 và chuyển tiếp nó về phía upstream, như RFC 3261 yêu cầu đối với các phản hồi 6xx.
# SIP 600 Busy Everywhere: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-600-fix-developer-3 = Tuân theo `Retry-After` trong các tính năng tự động gọi lại và gọi lại khi rảnh (callback).
# SIP 600 Busy Everywhere compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-486 = Gửi 600 khi người dùng đang bận ở mọi nơi và không nên thử phương án nào khác; gửi 486 khi chỉ thiết bị này đang bận.
# SIP 600 Busy Everywhere compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-603 = 600 cho biết bên được gọi đang bận; 603 cho biết bên được gọi từ chối mà không nêu lý do.
# SIP 600 Busy Everywhere compared with SIP 480 Temporarily Unavailable: one sentence in the "Related codes" section saying when to use which.
sip-600-vs-480 = 600 chấm dứt việc tìm kiếm vì bên được gọi đang bận ở mọi nơi; 480 là tình trạng tạm thời không sẵn sàng, vẫn để ngỏ các phương án khác.

## SIP 603 Decline

# SIP 603 Decline: one-line summary at the top of the explainer (TL;DR).
sip-603-tldr = Người bạn gọi đã từ chối cuộc gọi của bạn.
# SIP 603 Decline: the paragraph under "What it means".
sip-603-meaning = Phản hồi 603 cho biết đã liên lạc được với thiết bị của bên được gọi và người dùng đã chủ động không muốn nhận cuộc gọi, mà không nói lý do. Là một lỗi toàn cục 6xx, mã này khiến proxy phân nhánh hủy các nhánh còn lại, nên cuộc gọi ngừng đổ chuông trên các thiết bị khác của người dùng và không được proxy chuyển tới hộp thư thoại. Giá trị `Retry-After`, nếu có, chỉ là gợi ý cho các tính năng gọi lại, không phải lời hứa rằng cuộc gọi khi đó sẽ được chấp nhận. PSTN gateway ánh xạ mã này sang mã nguyên nhân Q.850 số 21 (call rejected). Hai mã ra đời sau làm rõ thêm ý nghĩa của nó: 607 (RFC 8197) cho các cuộc gọi mà người dùng đánh dấu là không mong muốn, và 608 (RFC 8688) cho các cuộc gọi bị một bên trung gian từ chối chứ không phải người dùng.
# SIP 603 Decline: common cause 1 of 3, a list item under "Common causes".
sip-603-cause-1 = Bên được gọi đã nhấn nút từ chối trên điện thoại của họ.
# SIP 603 Decline: common cause 2 of 3, a list item under "Common causes".
sip-603-cause-2 = Điện thoại hoặc PBX của bên được gọi đang ở chế độ không làm phiền và được đặt để trả lời bằng 603.
# SIP 603 Decline: common cause 3 of 3, a list item under "Common causes".
sip-603-cause-3 = Một quy tắc sàng lọc cuộc gọi ở phía bên được gọi, chẳng hạn danh sách chặn cá nhân, đã từ chối cuộc gọi.
# SIP 603 Decline: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-603-fix-visitor-1 = Đừng gọi lại ngay; người đó đã chọn không nhận cuộc gọi, vì vậy hãy thử lại sau hoặc gửi tin nhắn.
# SIP 603 Decline: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-1 = Quyết định xem nút từ chối trên điện thoại của bạn gửi mã nào: 603 khiến mọi thiết bị của người dùng ngừng đổ chuông, còn 486 cho phép proxy thử hộp thư thoại hoặc các thiết bị khác.
# SIP 603 Decline: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-2 = Trong một proxy phân nhánh, hãy hủy các nhánh khác khi nhận 603, trừ khi chính sách của bạn cố ý bỏ qua các lỗi toàn cục, và chuyển tiếp 603 về phía upstream.
# SIP 603 Decline: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-603-fix-developer-3 = Ánh xạ 603 thành một thông báo rõ ràng kiểu “cuộc gọi bị từ chối” trong máy khách của bạn, hoặc phát một lời thông báo phù hợp trên gateway.
# SIP 603 Decline compared with SIP 600 Busy Everywhere: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-600 = 603 từ chối mà không nêu lý do; 600 cho biết bên được gọi đang bận ở mọi nơi.
# SIP 603 Decline compared with SIP 607 Unwanted: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-607 = Gửi 603 cho một lời từ chối đơn thuần; gửi 607 khi bên được gọi đánh dấu cuộc gọi là không mong muốn, để mạng có thể rút kinh nghiệm từ đó.
# SIP 603 Decline compared with SIP 486 Busy Here: one sentence in the "Related codes" section saying when to use which.
sip-603-vs-486 = 603 là một lời từ chối chấm dứt việc tìm kiếm bên được gọi; 486 là trạng thái bận cục bộ, vẫn cho phép thử các thiết bị khác hoặc hộp thư thoại.

## SIP 604 Does Not Exist Anywhere

# SIP 604 Does Not Exist Anywhere: one-line summary at the top of the explainer (TL;DR).
sip-604-tldr = Người hoặc số bạn gọi không tồn tại ở bất kỳ đâu, theo một máy chủ có thông tin chính thức.
# SIP 604 Does Not Exist Anywhere: the paragraph under "What it means".
sip-604-meaning = Phản hồi 604 cho biết máy chủ biết chắc chắn, với tư cách nguồn thông tin chính thức (authoritative), rằng người dùng trong Request-URI không tồn tại ở bất kỳ đâu, nên việc thử các máy chủ hoặc vị trí khác là vô ích. Đây là phiên bản toàn cục của 404: phản hồi 404 chỉ có giá trị với miền hoặc máy chủ đã trả lời, còn phản hồi 604 chấm dứt việc tìm kiếm ở mọi nơi, và là một mã 6xx, nó khiến các proxy phân nhánh hủy các nhánh khác. Ít máy chủ có thông tin chính thức về mọi vị trí, nên 604 hiếm gặp hơn 404 rất nhiều; mã này phù hợp với những hệ thống như cơ sở dữ liệu chuyển mạng giữ số hoặc danh bạ quốc gia, vốn biết mọi số hợp lệ. Giống như 404, PSTN gateway ánh xạ mã này sang mã nguyên nhân Q.850 số 1 (unallocated number).
# SIP 604 Does Not Exist Anywhere: common cause 1 of 3, a list item under "Common causes".
sip-604-cause-1 = Một cơ sở dữ liệu chuyển mạng giữ số hoặc cơ sở dữ liệu đánh số xác nhận rằng số được quay chưa được cấp trong toàn bộ kế hoạch đánh số.
# SIP 604 Does Not Exist Anywhere: common cause 2 of 3, a list item under "Common causes".
sip-604-cause-2 = Một danh bạ liên kết (federation directory) có thông tin đầy đủ về người dùng của một miền báo rằng người dùng được yêu cầu không nằm trong số đó.
# SIP 604 Does Not Exist Anywhere: common cause 3 of 3, a list item under "Common causes".
sip-604-cause-3 = Bên gọi đã quay một số thuộc một dải số chưa bao giờ được cấp, và nhà mạng trả lời với tư cách nguồn thông tin chính thức.
# SIP 604 Does Not Exist Anywhere: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-604-fix-visitor-1 = Kiểm tra lại số hoặc địa chỉ: nó hoàn toàn không tồn tại, nên quay lại cũng không giúp được gì.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-1 = Chỉ gửi 604 khi thông tin của bạn bao quát mọi vị trí có thể có của người dùng; nếu không, hãy gửi 404, mã vẫn để ngỏ các vị trí khác.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-2 = Kiểm tra các số được quay theo dữ liệu kế hoạch đánh số trước khi định tuyến, để các cuộc gọi tới những dải số chưa được cấp thất bại sớm với một câu trả lời rõ ràng.
# SIP 604 Does Not Exist Anywhere: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-604-fix-developer-3 = Ở phía bên gọi, không thử lại hoặc chuyển dự phòng sau phản hồi 604; hãy báo cho người dùng rằng địa chỉ không hợp lệ.
# SIP 604 Does Not Exist Anywhere compared with SIP 404 Not Found: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-404 = Gửi 604 khi bạn biết người dùng không tồn tại ở bất kỳ đâu; gửi 404 khi bạn chỉ biết người dùng không có ở máy chủ của bạn.
# SIP 604 Does Not Exist Anywhere compared with SIP 410 Gone: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-410 = 604 cho biết người dùng không tồn tại ở bất kỳ đâu; 410 cho biết người dùng từng tồn tại ở máy chủ này và đã rời đi vĩnh viễn.
# SIP 604 Does Not Exist Anywhere compared with SIP 484 Address Incomplete: one sentence in the "Related codes" section saying when to use which.
sip-604-vs-484 = 604 từ chối một địa chỉ đầy đủ nhưng không tồn tại; 484 yêu cầu thêm chữ số để hoàn thiện một địa chỉ.

## SIP 606 Not Acceptable

# SIP 606 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
sip-606-tldr = Đã liên lạc được với người bạn gọi, nhưng không thiết bị nào của họ chấp nhận loại cuộc gọi mà điện thoại của bạn đề xuất.
# SIP 606 Not Acceptable: the paragraph under "What it means".
sip-606-meaning = 606 là phiên bản toàn cục của 488: phía bên được gọi đã xem xét offer, thấy media, băng thông hoặc địa chỉ của nó không chấp nhận được, và khẳng định không thiết bị nào của người dùng sẽ chấp nhận nó. Phản hồi nên mang header `Warning` giải thích lý do, ví dụ mã 370 khi không đủ băng thông, và có thể kèm một SDP mô tả các khả năng chấp nhận được, để bên gọi có thể thử lại với một offer khác. Là một mã 6xx, nó ngăn các proxy phân nhánh thử các thiết bị khác. Khi chỉ thiết bị này gặp vấn đề, 488 mới là câu trả lời đúng.
# SIP 606 Not Acceptable: common cause 1 of 3, a list item under "Common causes".
sip-606-cause-1 = Một cuộc gọi video đã tới một người dùng mà mọi thiết bị đều chỉ hỗ trợ âm thanh, và chính sách của người dùng từ chối offer ở mọi nơi.
# SIP 606 Not Acceptable: common cause 2 of 3, a list item under "Common causes".
sip-606-cause-2 = Chính sách tài khoản hoặc chính sách mạng của người dùng cấm một loại media, chẳng hạn video hoặc một codec băng thông cao, trên mọi thiết bị của họ.
# SIP 606 Not Acceptable: common cause 3 of 3, a list item under "Common causes".
sip-606-cause-3 = Một B2BUA hoặc application server trung tâm đại diện cho mọi thiết bị của người dùng không tìm thấy codec nào chấp nhận được trong offer.
# SIP 606 Not Acceptable: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-606-fix-visitor-1 = Hãy thử lại bằng một cuộc gọi chỉ có âm thanh, hoặc từ một điện thoại hay ứng dụng khác.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-1 = Đọc header `Warning` và SDP (nếu có) trong phản hồi 606, rồi thử lại với một offer chỉ gồm những gì được liệt kê, ví dụ âm thanh không kèm video.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-2 = Chỉ gửi 606 khi hạn chế áp dụng cho mọi thiết bị hoặc cho chính sách của người dùng; dùng 488 khi chỉ một thiết bị không xử lý được offer.
# SIP 606 Not Acceptable: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-606-fix-developer-3 = Đề xuất các codec được hỗ trợ rộng rãi như G.711 bên cạnh các codec mới hơn, để luôn có một định dạng chung.
# SIP 606 Not Acceptable compared with SIP 488 Not Acceptable Here: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-488 = Gửi 606 khi không vị trí nào của người dùng chấp nhận phiên; gửi 488 khi chỉ thiết bị này từ chối nó.
# SIP 606 Not Acceptable compared with SIP 415 Unsupported Media Type: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-415 = 606 từ chối phiên được mô tả trong SDP; 415 từ chối kiểu của phần thân trước cả khi phiên được xem xét.
# SIP 606 Not Acceptable compared with SIP 406 Not Acceptable: one sentence in the "Related codes" section saying when to use which.
sip-606-vs-406 = 606 liên quan đến một offer phiên; 406 liên quan đến các định dạng được liệt kê trong `Accept`.

## SIP 607 Unwanted

# SIP 607 Unwanted: one-line summary at the top of the explainer (TL;DR).
sip-607-tldr = Người bạn gọi đã đánh dấu cuộc gọi của bạn là không mong muốn, ví dụ là cuộc gọi làm phiền hoặc robocall.
# SIP 607 Unwanted: the paragraph under "What it means".
sip-607-meaning = RFC 8197 định nghĩa 607 để bên được gọi có thể nói không chỉ rằng họ từ chối cuộc gọi, mà còn rằng họ không muốn những cuộc gọi như vậy từ bên gọi này. Phản hồi đi ngược qua mạng, nơi các nhà mạng và dịch vụ phân tích cuộc gọi có thể ghi nhận và dùng nó, cùng với các tín hiệu khác, để gắn nhãn hoặc chặn các cuộc gọi sau từ cùng nguồn. Vì số hiển thị có thể bị giả mạo và người dùng đôi khi từ chối nhầm, một phản hồi 607 đơn lẻ chỉ nhằm cung cấp dữ liệu cho việc phân tích như vậy chứ không tự nó kích hoạt việc chặn. Là một mã 6xx, nó cũng chấm dứt việc tìm kiếm các vị trí khác của bên được gọi.
# SIP 607 Unwanted: common cause 1 of 3, a list item under "Common causes".
sip-607-cause-1 = Bên được gọi đã nhấn nút “báo cáo spam” hoặc “chặn và báo cáo” trên điện thoại hoặc ứng dụng của họ.
# SIP 607 Unwanted: common cause 2 of 3, a list item under "Common causes".
sip-607-cause-2 = Điện thoại hoặc ứng dụng của bên được gọi đã tự động từ chối một bên gọi có trong danh sách cuộc gọi không mong muốn.
# SIP 607 Unwanted: common cause 3 of 3, a list item under "Common causes".
sip-607-cause-3 = Một hệ thống quay số tự động đã gọi tới nhiều số, và đủ nhiều người nhận đã báo cáo các cuộc gọi của nó là không mong muốn.
# SIP 607 Unwanted: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-607-fix-visitor-1 = Đừng gọi lại cho người này từ số này; nếu cuộc gọi của bạn là chính đáng, hãy liên hệ với họ bằng cách khác, chẳng hạn email hoặc thư bưu chính.
# SIP 607 Unwanted: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-1 = Ánh xạ thao tác “báo cáo là spam” trong máy khách của bạn thành 607, và giữ 603 cho việc từ chối thông thường.
# SIP 607 Unwanted: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-2 = Nếu bạn vận hành một mạng, hãy đưa các phản hồi 607 vào hệ thống phân tích cuộc gọi cùng với danh tính đã được chứng thực của bên gọi, nhưng tránh chặn chỉ dựa trên một báo cáo duy nhất.
# SIP 607 Unwanted: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-607-fix-developer-3 = Nếu các cuộc gọi của chính bạn liên tục nhận 607, hãy xem lại thói quen gọi và danh sách đồng ý (consent list), ký các cuộc gọi bằng STIR/SHAKEN, và đăng ký số của bạn với các nhà cung cấp dịch vụ phân tích cuộc gọi.
# SIP 607 Unwanted compared with SIP 608 Rejected: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-608 = Gửi 607 khi bên được gọi đánh giá cuộc gọi là không mong muốn; 608 dành cho một bên trung gian đã từ chối cuộc gọi trước khi bên được gọi thấy nó.
# SIP 607 Unwanted compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-603 = 607 báo cho mạng biết cuộc gọi là không mong muốn; 603 chỉ đơn giản từ chối cuộc gọi mà không bình luận gì.
# SIP 607 Unwanted compared with SIP 433 Anonymity Disallowed: one sentence in the "Related codes" section saying when to use which.
sip-607-vs-433 = 607 từ chối một bên gọi bị đánh giá là không mong muốn; 433 từ chối một bên gọi chỉ vì danh tính của họ bị ẩn.

## SIP 608 Rejected

# SIP 608 Rejected: one-line summary at the top of the explainer (TL;DR).
sip-608-tldr = Một dịch vụ trong mạng, chẳng hạn bộ lọc spam, đã từ chối cuộc gọi của bạn trước khi người bạn gọi thấy nó.
# SIP 608 Rejected: the paragraph under "What it means".
sip-608-meaning = RFC 8688 định nghĩa 608 cho các bên trung gian, như dịch vụ phân tích cuộc gọi hoặc chống gian lận, từ chối một cuộc gọi thay mặt bên được gọi trước khi cuộc gọi tới được họ; khác với 607, không có con người nào ra quyết định. Vì các bộ lọc như vậy có thể sai, phản hồi có thể kèm header `Call-Info` với `purpose=jwscard` trỏ tới một jCard, được bên trung gian ký dưới dạng JSON Web Signature, cho bên gọi biết cần liên hệ với ai để khiếu nại việc chặn. Là một mã 6xx, nó chấm dứt việc tìm kiếm ở các vị trí khác của bên được gọi. Khi bên gọi ở trên mạng điện thoại, jCard không thể tới được họ, nên một lời thông báo là cách thông thường để cung cấp cùng thông tin đó.
# SIP 608 Rejected: common cause 1 of 3, a list item under "Common causes".
sip-608-cause-1 = Công cụ phân tích cuộc gọi của một nhà mạng đã chấm điểm cuộc gọi là nhiều khả năng gian lận hoặc robocall, ví dụ vì thời lượng cuộc gọi rất ngắn hoặc số hiển thị trông như bị giả mạo.
# SIP 608 Rejected: common cause 2 of 3, a list item under "Common causes".
sip-608-cause-2 = Cuộc gọi đến với mức chứng thực (attestation) STIR/SHAKEN thất bại hoặc thấp, và chính sách của nhà mạng phía kết cuối chặn những cuộc gọi như vậy.
# SIP 608 Rejected: common cause 3 of 3, a list item under "Common causes".
sip-608-cause-3 = Bên được gọi đăng ký một dịch vụ chặn cuộc gọi trong mạng, dịch vụ này đã từ chối số của bên gọi hoặc nhóm số chứa nó.
# SIP 608 Rejected: what the caller (a person using a SIP phone or softphone) can do, item 1 of 1 under "How to fix it (for callers)".
sip-608-fix-visitor-1 = Nếu bạn tin rằng cuộc gọi của mình bị chặn nhầm, hãy dùng thông tin liên hệ được nêu trong thông báo từ chối hoặc lời thông báo để yêu cầu gỡ chặn.
# SIP 608 Rejected: what a developer or administrator can do, item 1 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-1 = Đọc header `Call-Info` có `purpose=jwscard`, tải về và xác minh jCard có chữ ký, rồi dùng thông tin liên hệ trong đó để yêu cầu khắc phục.
# SIP 608 Rejected: what a developer or administrator can do, item 2 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-2 = Nếu bạn vận hành một dịch vụ phân tích, hãy luôn kèm `Call-Info` dạng `jwscard` để những người gọi chính đáng có thể khiếu nại, và duy trì một quy trình xem xét phía sau.
# SIP 608 Rejected: what a developer or administrator can do, item 3 of 3 under "How to fix it (for developers and admins)".
sip-608-fix-developer-3 = Nếu các cuộc gọi của bạn nhận 608, hãy kiểm tra mức chứng thực, thói quen gọi và số hiển thị của chúng, và đăng ký số của bạn với các nhà cung cấp dịch vụ phân tích của những nhà mạng lớn.
# SIP 608 Rejected compared with SIP 607 Unwanted: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-607 = 608 báo một lời từ chối do bên trung gian đưa ra thay mặt bên được gọi; 607 báo đánh giá của chính bên được gọi rằng cuộc gọi là không mong muốn.
# SIP 608 Rejected compared with SIP 603 Decline: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-603 = 608 nghĩa là bên được gọi chưa bao giờ thấy cuộc gọi; 603 nghĩa là bên được gọi đã thấy và từ chối.
# SIP 608 Rejected compared with SIP 403 Forbidden: one sentence in the "Related codes" section saying when to use which.
sip-608-vs-403 = Dùng 608 khi một dịch vụ phân tích hoặc chống gian lận chặn một cuộc gọi; dùng 403 khi nhà cung cấp từ chối yêu cầu của bên gọi theo chính sách.
