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
http-100-tldr = Máy chủ đã đọc phần header của yêu cầu và mời máy khách tiếp tục gửi phần thân.

# HTTP 100 Continue: the "What it means" paragraph of the explainer.
http-100-meaning = `100 Continue` trả lời một yêu cầu có mang `Expect: 100-continue`: máy khách chỉ gửi phần header trước và truyền nội dung khi nhận được phản hồi tạm thời này (RFC 9110, mục 10.1.1). Nếu đằng nào máy chủ cũng sẽ từ chối yêu cầu, chẳng hạn bằng `401`, `413` hoặc `417`, nó gửi luôn mã trạng thái cuối cùng đó thay cho `100`, và máy khách tránh được một lần tải lên vô ích. Máy khách không nên chờ vô thời hạn: nếu không nhận được `100` sau một khoảng thời gian ngắn, nó có thể cứ thế gửi phần thân, vì một số máy chủ và bên trung gian không bao giờ gửi mã này. Máy chủ phải bỏ qua kỳ vọng (expectation) trong một yêu cầu HTTP/1.0, và có thể bỏ qua việc gửi `100` khi một phần của phần thân đã đến. Phản hồi cuối cùng cho cùng yêu cầu đó luôn theo sau.

# HTTP 100 Continue: common cause 1 of 3, an item of the "Common causes" list.
http-100-cause-1 = curl tự thêm `Expect: 100-continue` vào các yêu cầu `POST` và `PUT` có phần thân lớn hơn khoảng một megabyte, nên máy chủ trả lời `100` trước mã trạng thái thực sự.

# HTTP 100 Continue: common cause 2 of 3, an item of the "Common causes" list.
http-100-cause-2 = SDK của một dịch vụ lưu trữ đối tượng (object storage), hoặc `HttpWebRequest` của .NET Framework, gửi `Expect: 100-continue` khi tải lên để dịch vụ có thể từ chối thông tin xác thực sai trước khi bất kỳ dữ liệu nào được truyền đi.

# HTTP 100 Continue: common cause 3 of 3, an item of the "Common causes" list.
http-100-cause-3 = Framework phía máy chủ tự gửi `100` vào lần đầu handler đọc phần thân của yêu cầu, như `net/http` của Go và Node.js vẫn làm khi máy khách có yêu cầu điều đó.

# HTTP 100 Continue: what a visitor can do, the only item of "How to fix it (for visitors)".
http-100-fix-visitor-1 = Không cần làm gì: phản hồi tạm thời này được trao đổi giữa các chương trình trước một lần tải lên và không bao giờ hiển thị thành một trang.

# HTTP 100 Continue: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-1 = Theo dõi quá trình trao đổi bằng `curl -v --data-binary @bigfile` tới endpoint của bạn: log sẽ hiển thị `Expect: 100-continue`, rồi `HTTP/1.1 100 Continue`, rồi mã trạng thái cuối cùng.

# HTTP 100 Continue: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-2 = Nếu mỗi lần tải lên đều bị khựng lại khoảng một giây, thì một máy chủ hoặc proxy không trả lời kỳ vọng và máy khách phải chờ hết thời gian chờ của nó (`--expect100-timeout` trong curl); hãy bỏ header này bằng `curl -H 'Expect:'` hoặc đặt `ExpectContinueTimeout` trên `http.Transport` của Go.

# HTTP 100 Continue: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-3 = Kiểm tra xác thực, `Content-Length` và hạn mức (quota) trước khi đọc phần thân, để có thể trả lời `401` hoặc `413` thay cho `100`; trong Node.js, hãy xử lý sự kiện `checkContinue` để quyết định.

# HTTP 100 Continue: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-100-fix-developer-4 = Lưu ý rằng reverse proxy có thể tự trả lời kỳ vọng: nginx gửi `100` và đọc toàn bộ phần thân trước khi liên hệ với upstream, trừ khi bạn đặt `proxy_request_buffering off`.

# HTTP 100 Continue compared with HTTP 101 Switching Protocols: when to use which, in the "Related codes" section.
http-100-vs-101 = `100` cho phép cùng một yêu cầu HTTP tiếp tục, còn `101` bàn giao kết nối cho giao thức được nêu trong `Upgrade`.

# HTTP 100 Continue compared with HTTP 102 Processing: when to use which, in the "Related codes" section.
http-100-vs-102 = `100` đến trước phần thân để mời máy khách gửi nó, còn `102` từng đến sau khi toàn bộ yêu cầu đã tới nơi để báo rằng công việc vẫn đang tiếp diễn.

# HTTP 100 Continue compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-100-vs-103 = `100` liên quan đến phần thân yêu cầu mà máy khách chưa gửi, còn `103` liên quan đến các tài nguyên mà máy khách có thể tải trước khi có phản hồi cuối cùng.

# HTTP 100 Continue compared with HTTP 417 Expectation Failed: when to use which, in the "Related codes" section.
http-100-vs-417 = Máy chủ gửi `100` khi chấp nhận kỳ vọng `Expect: 100-continue`, và gửi `417` khi hoàn toàn không thể đáp ứng kỳ vọng đó.

## HTTP 101 Switching Protocols

# HTTP 101 Switching Protocols: one-line summary at the top of the explainer (TL;DR).
http-101-tldr = Máy chủ đã chấp nhận yêu cầu `Upgrade` của máy khách, và từ đây kết nối dùng một giao thức khác, thường là WebSocket.

# HTTP 101 Switching Protocols: the "What it means" paragraph of the explainer.
http-101-meaning = Phản hồi `101` chỉ có thể đi sau một yêu cầu HTTP/1.1 có mang header `Upgrade`, được liệt kê trong `Connection: Upgrade`, và máy chủ chỉ được chuyển sang một giao thức mà máy khách đã đề xuất. Máy chủ nêu tên giao thức được chọn trong header `Upgrade` của chính nó; với WebSocket (RFC 6455), máy chủ còn trả về `Sec-WebSocket-Accept`, được tính từ `Sec-WebSocket-Key` của máy khách, để chứng minh rằng nó đã hiểu quá trình bắt tay (handshake). Mọi byte sau dòng trống kết thúc phản hồi `101` đều thuộc về giao thức mới, nên thời gian chờ, bộ đệm (buffering) và log truy cập của HTTP không còn áp dụng cho kết nối đó. HTTP/2 và HTTP/3 không cho phép cơ chế này: ở đó WebSocket chạy trên một `CONNECT` mở rộng (RFC 8441 và RFC 9220), và RFC 9113 đã ngừng khuyến nghị (deprecated) việc nâng cấp `h2c` lên HTTP/2 không mã hóa (cleartext).

# HTTP 101 Switching Protocols: common cause 1 of 3, an item of the "Common causes" list.
http-101-cause-1 = Một trang đã mở WebSocket bằng `new WebSocket('wss://example.com/socket')`, và máy chủ đã chấp nhận quá trình bắt tay.

# HTTP 101 Switching Protocols: common cause 2 of 3, an item of the "Common causes" list.
http-101-cause-2 = Một máy chủ phát triển có tính năng tự tải lại (live reload), một client GraphQL subscription hoặc Socket.IO sau giai đoạn polling đã chuyển kết nối sang WebSocket.

# HTTP 101 Switching Protocols: common cause 3 of 3, an item of the "Common causes" list.
http-101-cause-3 = Một máy khách yêu cầu HTTP/2 không mã hóa bằng `Upgrade: h2c`, và một máy chủ vẫn còn hỗ trợ kiểu nâng cấp đó đã chuyển giao thức.

# HTTP 101 Switching Protocols: what a visitor can do, the only item of "How to fix it (for visitors)".
http-101-fix-visitor-1 = Không cần làm gì: đây là cách một kết nối trực tiếp, chẳng hạn một khung chat hay một bảng điều khiển (dashboard) tự cập nhật, được khởi tạo, và trình duyệt tự xử lý việc này.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-1 = Khi đứng sau nginx, hãy chuyển tiếp quá trình bắt tay một cách tường minh bằng `proxy_http_version 1.1;`, `proxy_set_header Upgrade $http_upgrade;` và `proxy_set_header Connection "upgrade";`, nếu không upstream sẽ không bao giờ thấy header `Upgrade`.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-2 = Tăng thời gian chờ khi nhàn rỗi (idle timeout) cho các kết nối đã nâng cấp, chẳng hạn `proxy_read_timeout` trong nginx hoặc idle timeout của bộ cân bằng tải (load balancer) trên đám mây, hoặc gửi ping WebSocket, vì nếu không, một socket im lặng sẽ bị cắt sau khoảng 60 giây.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-3 = Kiểm tra quá trình bắt tay trong thẻ Network của trình duyệt, lọc theo WS; nếu thấy `200` hoặc `400` thay vì `101`, tức là một proxy hoặc CDN ở giữa đã không chuyển tiếp yêu cầu nâng cấp.

# HTTP 101 Switching Protocols: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-101-fix-developer-4 = Khi tự viết máy chủ, hãy tính `Sec-WebSocket-Accept` bằng SHA-1 mã hóa Base64 của khóa từ máy khách nối với GUID cố định trong RFC 6455; trình duyệt sẽ ngắt kết nối nếu giá trị này sai.

# HTTP 101 Switching Protocols compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-101-vs-100 = `101` thay thế HTTP trên kết nối bằng một giao thức khác, còn `100` chỉ cho phép máy khách tiếp tục gửi phần thân của một yêu cầu bình thường.

# HTTP 101 Switching Protocols compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-101-vs-426 = Gửi `101` khi máy khách yêu cầu nâng cấp và bạn đồng ý; gửi `426` khi máy khách không yêu cầu nhưng bạn sẽ không tiếp tục nếu không nâng cấp.

## HTTP 102 Processing

# HTTP 102 Processing: one-line summary at the top of the explainer (TL;DR).
http-102-tldr = Một phản hồi tạm thời cũ của WebDAV mang nghĩa “vẫn đang xử lý, đừng ngắt vì hết thời gian chờ”; đặc tả WebDAV hiện hành không còn mã này.

# HTTP 102 Processing: the "What it means" paragraph of the explainer.
http-102-meaning = RFC 2518 cho phép máy chủ gửi `102` trong khi một phương thức WebDAV kéo dài, chẳng hạn `COPY`, `MOVE` hoặc một `PROPFIND` với `Depth: infinity`, vẫn đang chạy, để máy khách tiếp tục chờ thay vì ngắt vì hết thời gian chờ. Phản hồi tạm thời này không mang nội dung, và phản hồi cuối cùng đến sau đó trên cùng kết nối. RFC 4918 đã loại bỏ mã này vào năm 2007 vì có ít bản triển khai dùng đến, nhưng IANA vẫn liệt kê nó, nên một số máy chủ và thư viện vẫn nhận biết mã này. Máy khách phải bỏ qua mọi phản hồi `1xx` mà nó không nhận ra và tiếp tục đọc, dù không có gì bảo đảm rằng các bên trung gian sẽ chuyển tiếp phản hồi đó. Với các công việc kéo dài trong thiết kế mới, `202 Accepted` kèm một tài nguyên trạng thái để máy khách định kỳ truy vấn (polling) là lựa chọn đáng tin cậy.

# HTTP 102 Processing: common cause 1 of 3, an item of the "Common causes" list.
http-102-cause-1 = Một máy khách WebDAV sao chép hoặc di chuyển một tập hợp (collection) lớn, và một máy chủ tuân theo RFC 2518 đã báo tiến độ bằng `102` trong lúc xử lý.

# HTTP 102 Processing: common cause 2 of 3, an item of the "Common causes" list.
http-102-cause-2 = Một `PROPFIND` sâu trên nhiều tệp mất đủ lâu để một máy chủ hoặc thư viện WebDAV đời cũ gửi `102` nhằm giữ kết nối (keep-alive).

# HTTP 102 Processing: common cause 3 of 3, an item of the "Common causes" list.
http-102-cause-3 = Một API tự xây dựng dùng lại `102` làm tín hiệu nhịp (heartbeat) cho các yêu cầu chậm, điều mà nhiều thư viện HTTP client và proxy xử lý không tốt.

# HTTP 102 Processing: what a visitor can do, the only item of "How to fix it (for visitors)".
http-102-fix-visitor-1 = Không cần làm gì: trình quản lý tệp hoặc ứng dụng đồng bộ của bạn tự nhận tín hiệu tiến độ này; hãy chờ thao tác hoàn tất.

# HTTP 102 Processing: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-1 = Đừng xây dựng tính năng mới dựa trên `102`; hãy trả lời `202 Accepted` kèm `Location` trỏ tới một tài nguyên trạng thái và để máy khách định kỳ truy vấn nó.

# HTTP 102 Processing: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-2 = Nếu máy khách bị hết thời gian chờ trong các thao tác WebDAV kéo dài, hãy tăng thời gian chờ đọc (read timeout) của nó hoặc di chuyển ít tài nguyên hơn trong mỗi yêu cầu.

# HTTP 102 Processing: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-102-fix-developer-3 = Bảo đảm rằng các HTTP client bạn viết bỏ qua mọi phản hồi `1xx` và tiếp tục đọc cho đến khi có mã trạng thái cuối cùng; một số thư viện coi nhầm mọi mã khác `100` là mã cuối cùng.

# HTTP 102 Processing compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-102-vs-100 = `102` cho biết một yêu cầu đã được nhận đầy đủ vẫn đang được xử lý, còn `100` yêu cầu máy khách gửi phần còn lại của yêu cầu.

# HTTP 102 Processing compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-102-vs-103 = `102` chỉ giữ cho một yêu cầu chậm không bị ngắt, còn `103` mang các gợi ý `Link` mà máy khách có thể sử dụng trước khi có phản hồi cuối cùng.

# HTTP 102 Processing compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-102-vs-202 = `102` giữ kết nối chờ kết quả cuối cùng, còn `202` kết thúc quá trình trao đổi ngay lập tức và để kết quả được lấy về sau; nên ưu tiên `202`.

## HTTP 103 Early Hints

# HTTP 103 Early Hints: one-line summary at the top of the explainer (TL;DR).
http-103-tldr = Trước khi phản hồi thực sự sẵn sàng, máy chủ cho trình duyệt biết những tài nguyên nào có thể bắt đầu tải ngay.

# HTTP 103 Early Hints: the "What it means" paragraph of the explainer.
http-103-meaning = RFC 8297 cho phép máy chủ gửi một hoặc nhiều phản hồi `103` có các header `Link`, chẳng hạn `rel=preload` hoặc `rel=preconnect`, để báo trước các tài nguyên mà trang cuối cùng sẽ cần, nhờ đó trình duyệt có thể mở kết nối và tải stylesheet, script hoặc phông chữ trong khi máy chủ vẫn đang xử lý. Các gợi ý này chỉ mang tính tham khảo: trình duyệt có thể bỏ qua chúng, và phản hồi cuối cùng, dù mang mã trạng thái nào, vẫn phải có đầy đủ mọi header mà nó thực sự cần. Trình duyệt chỉ xử lý `103` khi điều hướng trang cấp cao nhất (top-level navigation), các trình duyệt dựa trên Chromium chỉ xử lý qua HTTP/2 và HTTP/3, và mức hỗ trợ gợi ý `preload` khác nhau giữa các trình duyệt. Một số máy khách HTTP/1.1 xử lý sai các phản hồi tạm thời không mong đợi, vì vậy nhiều máy chủ chỉ gửi `103` qua HTTP/2 trở lên. RFC 8297 là một RFC Experimental (thử nghiệm), nhưng các CDN và những trang web lớn triển khai mã này rộng rãi.

# HTTP 103 Early Hints: common cause 1 of 3, an item of the "Common causes" list.
http-103-cause-1 = Một CDN như Cloudflare đã bật Early Hints và phát lại, dưới dạng `103`, các header `Link` mà nó đã thấy trong những phản hồi trước đó cho trang.

# HTTP 103 Early Hints: common cause 2 of 3, an item of the "Common causes" list.
http-103-cause-2 = Ứng dụng gọi `response.writeEarlyHints()` trong Node.js, hoặc ghi mã trạng thái `103` kèm các header `Link` trong Go, trước khi chạy các truy vấn cơ sở dữ liệu chậm của trang.

# HTTP 103 Early Hints: common cause 3 of 3, an item of the "Common causes" list.
http-103-cause-3 = Một framework có hỗ trợ sẵn, chẳng hạn Rails với `request.send_early_hints` khi chạy trên Puma, gửi gợi ý cho các tài nguyên tĩnh (asset) của trang.

# HTTP 103 Early Hints: what a visitor can do, the only item of "How to fix it (for visitors)".
http-103-fix-visitor-1 = Không cần làm gì: trình duyệt của bạn tự dùng các gợi ý này để tải trang nhanh hơn.

# HTTP 103 Early Hints: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-1 = Chỉ gợi ý những tài nguyên mà trang cuối cùng chắc chắn dùng đến, chẳng hạn stylesheet chính hoặc một phông chữ web, và dùng `rel=preconnect` cho các origin bên thứ ba; gợi ý sai sẽ lãng phí băng thông ở mỗi lượt xem.

# HTTP 103 Early Hints: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-2 = Kiểm tra những gì được gửi đi bằng `curl -v --http2` tới trang đó: khối `103` cùng các header `Link` của nó xuất hiện trước dòng trạng thái cuối cùng.

# HTTP 103 Early Hints: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-3 = Chỉ gửi `103` qua HTTP/2 hoặc HTTP/3, hoặc chỉ gửi cho những máy khách đã biết là có hỗ trợ, vì một số máy khách và proxy HTTP/1.1 nhầm phản hồi tạm thời này là phản hồi cuối cùng.

# HTTP 103 Early Hints: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-103-fix-developer-4 = Giữ nguyên các header `Link` đó, hoặc các thẻ tương ứng trong HTML, ở phản hồi `200` cuối cùng; các gợi ý trong `103` không thay thế được chúng.

# HTTP 103 Early Hints compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-103-vs-100 = `103` giúp tăng tốc việc tải các tài nguyên khác, còn `100` chỉ báo cho máy khách gửi phần thân yêu cầu.

# HTTP 103 Early Hints compared with HTTP 102 Processing: when to use which, in the "Related codes" section.
http-103-vs-102 = `103` mang những gợi ý mà trình duyệt có thể sử dụng, còn `102` chỉ báo rằng quá trình xử lý vẫn đang diễn ra.

# HTTP 103 Early Hints compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-103-vs-200 = `103` có thể đi trước `200` để gợi ý sớm các tài nguyên phụ (subresource), nhưng chỉ `200` mới trả về trang cùng các header chính thức của nó.

## HTTP 104 Upload Resumption Supported

# HTTP 104 Upload Resumption Supported: one-line summary at the top of the explainer (TL;DR).
http-104-tldr = Trong khi tải lên, máy chủ thông báo rằng việc truyền có thể được tiếp tục nếu kết nối bị ngắt, và tiếp tục ở địa chỉ nào.

# HTTP 104 Upload Resumption Supported: the "What it means" paragraph of the explainer.
http-104-meaning = Mã này đến từ bản dự thảo của IETF về tải lên có thể tiếp tục (resumable uploads), vốn chuẩn hóa các ý tưởng từ giao thức tus, và chỉ được IANA đăng ký tạm thời. Khi máy khách báo rằng nó hỗ trợ tải lên có thể tiếp tục, máy chủ có thể gửi `104` trong lúc dữ liệu vẫn đang đến, kèm `Location` trỏ tới một tài nguyên tải lên tạm thời. Sau khi gặp sự cố mạng, máy khách gửi `HEAD` tới tài nguyên đó, đọc `Upload-Offset` để biết đã có bao nhiêu byte đến nơi, rồi gửi phần còn lại bằng `PATCH` bắt đầu từ vị trí đó. Phản hồi cuối cùng, chẳng hạn `201` hoặc `200`, đến khi quá trình tải lên hoàn tất. Tên header và các chi tiết như `Upload-Draft-Interop-Version`, `Upload-Complete` hay kiểu phương tiện (media type) của phần thân `PATCH` đã thay đổi giữa các phiên bản dự thảo, nên máy khách và máy chủ phải triển khai cùng một phiên bản.

# HTTP 104 Upload Resumption Supported: common cause 1 of 3, an item of the "Common causes" list.
http-104-cause-1 = Một ứng dụng trên iOS 17 hoặc macOS 14 trở lên tải lên bằng `URLSession`, vốn triển khai bản dự thảo về tải lên có thể tiếp tục, tới một máy chủ có hỗ trợ cơ chế này.

# HTTP 104 Upload Resumption Supported: common cause 2 of 3, an item of the "Common causes" list.
http-104-cause-2 = Một máy chủ xây dựng trên một bản triển khai tải lên có thể tiếp tục, chẳng hạn tusd, nhận dữ liệu tải lên từ một máy khách đã gửi `Upload-Draft-Interop-Version`.

# HTTP 104 Upload Resumption Supported: common cause 3 of 3, an item of the "Common causes" list.
http-104-cause-3 = Một ứng dụng di động đã chọn dùng tải lên có thể tiếp tục gửi một video lớn qua mạng không ổn định, nơi việc chuyển từ Wi-Fi sang mạng di động lẽ ra sẽ khiến quá trình tải lên phải bắt đầu lại từ đầu.

# HTTP 104 Upload Resumption Supported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-104-fix-visitor-1 = Không cần làm gì: ứng dụng tự lưu thông tin này và dùng nó để tiếp tục tải lên nếu kết nối bị ngắt.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-1 = So sánh giá trị `Upload-Draft-Interop-Version` ở cả hai phía; con số này thay đổi mỗi khi định dạng truyền tải (wire format) của bản dự thảo thay đổi.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-2 = Giữ tài nguyên tải lên được nêu trong `Location` còn hiệu lực đủ lâu để máy khách có thể tiếp tục, và trả lời `HEAD` trên tài nguyên đó với `Upload-Offset` chính xác cùng `Cache-Control: no-store`.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-3 = Bảo đảm rằng proxy và bộ cân bằng tải chuyển tiếp các phản hồi tạm thời, và định tuyến `HEAD` và `PATCH` của một lần tải lên tới đúng máy chủ đang giữ phần dữ liệu dở dang, hoặc dùng bộ lưu trữ dùng chung.

# HTTP 104 Upload Resumption Supported: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-104-fix-developer-4 = Nếu bạn cần một giao thức ổn định ngay bây giờ, hãy dùng tus 1.0, vốn được nhiều máy khách và máy chủ hỗ trợ, và lên kế hoạch chuyển sang tiêu chuẩn của IETF khi nó được công bố.

# HTTP 104 Upload Resumption Supported compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-104-vs-100 = `100` cho máy khách biết nó có thể bắt đầu gửi phần thân, còn `104` cho biết phần thân đang được gửi có thể được tiếp tục sau tại một địa chỉ cho trước.

# HTTP 104 Upload Resumption Supported compared with HTTP 103 Early Hints: when to use which, in the "Related codes" section.
http-104-vs-103 = Cả hai đều là phản hồi tạm thời được gửi trước phản hồi cuối cùng, nhưng `103` gợi ý các tài nguyên cần tải trước, còn `104` thông báo một tài nguyên tải lên có thể tiếp tục.

# HTTP 104 Upload Resumption Supported compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-104-vs-201 = `104` đến trong khi quá trình tải lên vẫn đang diễn ra, còn `201` là phản hồi cuối cùng khi toàn bộ dữ liệu tải lên đã tạo ra tài nguyên.

## HTTP 200 OK

# HTTP 200 OK: one-line summary at the top of the explainer (TL;DR).
http-200-tldr = Yêu cầu đã thành công, và phản hồi mang kết quả của nó.

# HTTP 200 OK: the "What it means" paragraph of the explainer.
http-200-meaning = `200` là mã trạng thái thành công chung, và nội dung của nó phụ thuộc vào phương thức: bản biểu diễn hiện tại của tài nguyên đích với `GET`, cùng các header đó nhưng không có phần thân với `HEAD`, kết quả xử lý với `POST`, và chính yêu cầu như máy chủ đã nhận được với `TRACE`. Phản hồi `200` cho `CONNECT` nghĩa là đường hầm (tunnel) đã được mở và không mang nội dung; mọi phản hồi `200` khác đều được mong đợi là có nội dung, trừ khi phần khung (framing) của nó, chẳng hạn `Content-Length: 0`, cho biết độ dài bằng không. Mã này có thể được lưu vào cache theo heuristic: khi không có `Cache-Control` hoặc `Expires`, bộ nhớ đệm vẫn có thể dùng lại phản hồi trong một thời gian, ước tính độ mới (freshness) của nó dựa trên `Last-Modified`. Một máy chủ bỏ qua header `Range`, hoặc một yêu cầu `GET` có điều kiện mà validator không còn khớp, cũng sẽ được trả lời bằng một phản hồi `200` đầy đủ.

# HTTP 200 OK: common cause 1 of 4, an item of the "Common causes" list.
http-200-cause-1 = Một trang, hình ảnh hoặc tài nguyên API đã được yêu cầu, và máy chủ đã tìm thấy và gửi nó đi.

# HTTP 200 OK: common cause 2 of 4, an item of the "Common causes" list.
http-200-cause-2 = Một biểu mẫu hoặc lệnh gọi API bằng `POST` đã được xử lý, và máy chủ trả kết quả trong phần thân thay vì tạo một tài nguyên mới.

# HTTP 200 OK: common cause 3 of 4, an item of the "Common causes" list.
http-200-cause-3 = Một yêu cầu theo khoảng byte hoặc yêu cầu có điều kiện đã bị chuyển thành phản hồi đầy đủ, vì máy chủ bỏ qua `Range` hoặc `ETag` trong cache không còn khớp.

# HTTP 200 OK: common cause 4 of 4, an item of the "Common causes" list.
http-200-cause-4 = Một lỗi bị báo sai bằng `200`, chẳng hạn trang đăng nhập được trả về khi phiên đã hết hạn, hoặc một phần thân JSON chứa thông báo lỗi; kiểu lỗi ngầm (soft error) này che giấu sự cố khỏi máy khách, hệ thống giám sát và công cụ tìm kiếm.

# HTTP 200 OK: what a visitor can do, the only item of "How to fix it (for visitors)".
http-200-fix-visitor-1 = Không cần làm gì: trang hoặc tệp đã tải đúng như mong đợi.

# HTTP 200 OK: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-1 = Chỉ trả về `200` khi thực sự thành công; hãy gửi `4xx` hoặc `5xx` cho các lỗi, kể cả khi phần thân có giải thích lỗi, để máy khách, bộ nhớ đệm và trình thu thập dữ liệu (crawler) phân biệt được.

# HTTP 200 OK: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-2 = Đặt `Cache-Control` một cách tường minh trên mọi phản hồi `200`, chẳng hạn `no-store` cho dữ liệu cá nhân hoặc `no-cache` cho những trang phải được xác thực lại (revalidate) mỗi lần, thay vì để bộ nhớ đệm tự đoán.

# HTTP 200 OK: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-3 = Thêm `ETag` hoặc `Last-Modified` vào các phản hồi có thể lưu cache, để máy khách có thể xác thực lại bằng `If-None-Match` và lần sau nhận được một phản hồi `304` không có phần thân.

# HTTP 200 OK: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-200-fix-developer-4 = Dùng một mã thành công cụ thể hơn khi có mã phù hợp: `201` khi tạo mới, `202` khi công việc được đưa vào hàng đợi, `204` khi không có gì để trả về.

# HTTP 200 OK compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-200-vs-201 = Gửi `201` khi yêu cầu đã tạo ra một tài nguyên mới, kèm `Location` của nó; gửi `200` khi yêu cầu chỉ trả về hoặc thay đổi một thứ đã tồn tại.

# HTTP 200 OK compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-200-vs-202 = Gửi `200` khi công việc đã xong và phần thân chứa kết quả; gửi `202` khi công việc mới chỉ được đưa vào hàng đợi.

# HTTP 200 OK compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-200-vs-204 = Gửi `200` khi phần thân mang thứ mà máy khách cần; gửi `204` khi thành công mà hoàn toàn không cần phần thân.

## HTTP 201 Created

# HTTP 201 Created: one-line summary at the top of the explainer (TL;DR).
http-201-tldr = Yêu cầu đã thành công và tạo ra một tài nguyên mới, có địa chỉ nằm trong header `Location`.

# HTTP 201 Created: the "What it means" paragraph of the explainer.
http-201-meaning = `201` xác nhận rằng một hoặc nhiều tài nguyên đã tồn tại nhờ yêu cầu này, thường nhất là một `POST` tới một tập hợp (collection) hoặc một `PUT` tới một URI trước đó chưa có gì. Tài nguyên mới chính được xác định bằng `Location`, hoặc bằng chính URI của yêu cầu khi không có `Location`, như thường thấy sau một `PUT`. Nội dung thường mô tả tài nguyên mới hoặc liên kết tới nó, và mọi `ETag` hoặc `Last-Modified` trong phản hồi đều thuộc về bản biểu diễn vừa được tạo, nên máy khách có thể gửi ngay các yêu cầu có điều kiện trên nó. Việc tạo phải hoàn tất khi phản hồi được gửi đi; nếu việc tạo sẽ diễn ra sau đó, `202` mới là mã phù hợp.

# HTTP 201 Created: common cause 1 of 3, an item of the "Common causes" list.
http-201-cause-1 = Một máy khách đã gửi `POST /users`, hoặc một yêu cầu tương tự tới một tập hợp, và máy chủ đã lưu mục mới dưới một URI mới.

# HTTP 201 Created: common cause 2 of 3, an item of the "Common causes" list.
http-201-cause-2 = Một máy khách đã tải lên một tệp bằng `PUT` tới một đường dẫn chưa tồn tại, chẳng hạn trên một máy chủ WebDAV.

# HTTP 201 Created: common cause 3 of 3, an item of the "Common causes" list.
http-201-cause-3 = Một lượt đăng ký, đơn hàng hoặc bình luận đã được gửi tới một API trả lời việc tạo mới bằng `201`.

# HTTP 201 Created: what a visitor can do, the only item of "How to fix it (for visitors)".
http-201-fix-visitor-1 = Không cần làm gì: những gì bạn gửi đã được lưu, và trang web giờ sẽ hiển thị nó.

# HTTP 201 Created: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-1 = Gửi header `Location` chứa URI của tài nguyên mới, và trả về bản biểu diễn hoặc bản tóm tắt của nó trong phần thân để máy khách không cần gửi thêm yêu cầu thứ hai.

# HTTP 201 Created: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-2 = Làm cho việc tạo bằng `POST` có thể thử lại an toàn, chẳng hạn bằng cách chấp nhận header `Idempotency-Key` như nhiều API thanh toán vẫn làm, để một lần hết thời gian chờ rồi thử lại không tạo ra bản trùng lặp.

# HTTP 201 Created: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-3 = Trả lời `PUT` bằng `201` khi nó đã tạo ra tài nguyên, và bằng `200` hoặc `204` khi nó thay thế một tài nguyên đã có, đúng như RFC 9110 yêu cầu.

# HTTP 201 Created: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-201-fix-developer-4 = Trong trình duyệt, `fetch` không đi theo `Location` của một phản hồi `201`; hãy tự đọc header này, và liệt kê nó trong `Access-Control-Expose-Headers` cho các lệnh gọi cross-origin, vì mặc định header này không được để lộ cho script.

# HTTP 201 Created compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-201-vs-200 = Gửi `201` khi có một tài nguyên mới được tạo ra nhờ yêu cầu; gửi `200` khi yêu cầu đọc, thay đổi hoặc xử lý một thứ đã tồn tại.

# HTTP 201 Created compared with HTTP 202 Accepted: when to use which, in the "Related codes" section.
http-201-vs-202 = Gửi `201` khi tài nguyên đã được tạo xong vào lúc bạn trả lời; gửi `202` khi việc tạo mới chỉ được đưa vào hàng đợi và vẫn có thể thất bại.

# HTTP 201 Created compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-201-vs-303 = Trả lời một `POST` của API bằng `201` kèm `Location`; trả lời một `POST` từ biểu mẫu trên trình duyệt bằng `303` để đưa người dùng tới trang hiển thị kết quả.

## HTTP 202 Accepted

# HTTP 202 Accepted: one-line summary at the top of the explainer (TL;DR).
http-202-tldr = Máy chủ đã đưa yêu cầu vào hàng đợi để xử lý sau; kết quả chưa được biết.

# HTTP 202 Accepted: the "What it means" paragraph of the explainer.
http-202-meaning = `202` cố ý không cam kết điều gì: máy chủ xác nhận đã nhận và có thể đã kiểm tra tính hợp lệ của yêu cầu, nhưng công việc diễn ra sau khi phản hồi được gửi và vẫn có thể thất bại. HTTP không thể gửi phản hồi thứ hai cho cùng một yêu cầu, nên máy chủ nên cho biết kết quả sẽ xuất hiện ở đâu, thường là một tài nguyên trạng thái được nêu trong `Location` hoặc trong phần thân, để máy khách định kỳ truy vấn (polling), có thể điều chỉnh nhịp độ theo `Retry-After`. Khi công việc xong, tài nguyên trạng thái đó có thể tự báo kết quả hoặc chuyển máy khách tới kết quả bằng `303`. Mặc định, phản hồi `202` không được lưu vào cache, và máy khách nên coi như chưa có tác động phụ (side effect) nào xảy ra.

# HTTP 202 Accepted: common cause 1 of 4, an item of the "Common causes" list.
http-202-cause-1 = Một máy khách đã khởi động một công việc kéo dài, chẳng hạn chuyển mã (transcode) video, xuất báo cáo hoặc nhập dữ liệu hàng loạt, và API đã đưa nó vào hàng đợi thay vì giữ kết nối mở.

# HTTP 202 Accepted: common cause 2 of 4, an item of the "Common causes" list.
http-202-cause-2 = Một bên nhận webhook đã xác nhận sự kiện ngay lập tức và chuyển nó cho một worker chạy nền, vì các bên gửi webhook như GitHub và Stripe đòi hỏi được trả lời nhanh.

# HTTP 202 Accepted: common cause 3 of 4, an item of the "Common causes" list.
http-202-cause-3 = Một tin nhắn đã được chấp nhận để gửi đi sau, như với một API email hoặc thông báo đẩy (push notification) gửi theo kiểu bất đồng bộ.

# HTTP 202 Accepted: common cause 4 of 4, an item of the "Common causes" list.
http-202-cause-4 = Một API quản lý đám mây đã khởi động một thao tác kéo dài, chẳng hạn tạo máy ảo, và trả về một URL để theo dõi tiến độ.

# HTTP 202 Accepted: what a visitor can do, the only item of "How to fix it (for visitors)".
http-202-fix-visitor-1 = Hãy quay lại sau: yêu cầu của bạn đã được chấp nhận, và kết quả sẽ xuất hiện trên trang web hoặc được gửi qua email khi công việc hoàn tất.

# HTTP 202 Accepted: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-1 = Trả về header `Location` và một phần thân chứa ID công việc cùng URL trạng thái, và làm cho URL đó báo cáo trạng thái, tiến độ của công việc và, khi xong, liên kết tới kết quả.

# HTTP 202 Accepted: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-2 = Thêm `Retry-After` để cho máy khách biết nên truy vấn bao lâu một lần, hoặc cung cấp webhook hay server-sent events để máy khách hoàn toàn không cần truy vấn định kỳ.

# HTTP 202 Accepted: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-3 = Kiểm tra tính hợp lệ những gì có thể trước khi trả lời, để các yêu cầu sai định dạng nhận ngay `400` hoặc `422` thay vì âm thầm thất bại trong hàng đợi.

# HTTP 202 Accepted: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-202-fix-developer-4 = Làm cho việc gửi công việc có tính lũy đẳng (idempotent), chẳng hạn bằng một khóa do máy khách cung cấp, để một yêu cầu được thử lại không đưa cùng một công việc vào hàng đợi hai lần.

# HTTP 202 Accepted compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-202-vs-200 = Gửi `202` khi công việc mới chỉ được đưa vào hàng đợi; gửi `200` khi công việc đã xong và phần thân chứa kết quả.

# HTTP 202 Accepted compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-202-vs-201 = Gửi `202` khi tài nguyên sẽ được tạo sau; gửi `201` khi tài nguyên đã tồn tại vào lúc bạn trả lời.

# HTTP 202 Accepted compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-202-vs-204 = Gửi `202` khi việc xử lý vẫn đang chờ; gửi `204` khi yêu cầu đã được xử lý xong hoàn toàn và không có gì để trả về.

## HTTP 203 Non-Authoritative Information

# HTTP 203 Non-Authoritative Information: one-line summary at the top of the explainer (TL;DR).
http-203-tldr = Yêu cầu đã thành công, nhưng một proxy đã thay đổi phản hồi mà nó nhận được từ máy chủ gốc.

# HTTP 203 Non-Authoritative Information: the "What it means" paragraph of the explainer.
http-203-meaning = Chỉ một bên trung gian có biến đổi nội dung mới nên gửi `203`: nó thay thế phản hồi `200` của máy chủ gốc sau khi đã sửa nội dung hoặc header, chẳng hạn bằng cách nén lại hình ảnh, dịch văn bản hoặc loại bỏ script. Mã này cho mọi bên nhận biết rằng dữ liệu (payload) không hoàn toàn giống những gì máy chủ gốc tạo ra, điều có thể quan trọng với các quyết định sau này về nội dung đó. Proxy không được biến đổi một phản hồi được đánh dấu `Cache-Control: no-transform`. Các quy tắc cache HTTP trước đây còn có header `Warning` với mã `214 Transformation Applied`, nhưng RFC 9111 đã loại bỏ `Warning`, nên chỉ còn `203` làm tín hiệu. Giống `200`, phản hồi `203` có thể được lưu vào cache theo heuristic.

# HTTP 203 Non-Authoritative Information: common cause 1 of 4, an item of the "Common causes" list.
http-203-cause-1 = Proxy tiết kiệm dữ liệu của nhà mạng di động hoặc của nhà phát triển trình duyệt đã nén lại hình ảnh hoặc rút gọn (minify) một trang trên đường tới máy khách.

# HTTP 203 Non-Authoritative Information: common cause 2 of 4, an item of the "Common causes" list.
http-203-cause-2 = Một gateway bảo mật của doanh nghiệp đã viết lại một trang, chẳng hạn để loại bỏ nội dung động (active content) hoặc chèn một banner.

# HTTP 203 Non-Authoritative Information: common cause 3 of 4, an item of the "Common causes" list.
http-203-cause-3 = Một API gateway đã viết lại các trường trong phản hồi JSON của backend và đánh dấu thay đổi đó bằng `203`.

# HTTP 203 Non-Authoritative Information: common cause 4 of 4, an item of the "Common causes" list.
http-203-cause-4 = Một máy chủ gốc gửi nhầm `203`, chẳng hạn cho dữ liệu được phục vụ từ một máy chủ nhân bản (mirror), khiến những máy khách chỉ chờ đợi `200` bị nhầm lẫn.

# HTTP 203 Non-Authoritative Information: what a visitor can do, the only item of "How to fix it (for visitors)".
http-203-fix-visitor-1 = Không cần làm gì, nhưng nếu trang hoặc hình ảnh trông kém chất lượng, mạng bạn đang dùng có thể đang sửa đổi chúng; hãy thử một kết nối khác.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-1 = Thêm `Cache-Control: no-transform` vào những phản hồi phải đến nơi nguyên vẹn từng byte, chẳng hạn tệp có chữ ký, hình ảnh dùng để phân tích hoặc nội dung được đối chiếu với một giá trị băm (hash).

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-2 = Phục vụ trang web qua HTTPS, để proxy không thể sửa đổi phản hồi trừ khi máy khách tin cậy chứng chỉ của nó, như trong trường hợp kiểm tra TLS (TLS inspection) của doanh nghiệp.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-3 = Xử lý `203` giống `200` trong mã phía máy khách, trừ khi từng byte chính xác là quan trọng; khi đó, hãy kiểm tra checksum hoặc tải về qua một đường truyền đáng tin cậy.

# HTTP 203 Non-Authoritative Information: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-203-fix-developer-4 = Đừng gửi `203` từ máy chủ gốc; mã này mô tả một thay đổi do bên trung gian thực hiện.

# HTTP 203 Non-Authoritative Information compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-203-vs-200 = Máy chủ gốc gửi `200`; chỉ bên trung gian đã sửa đổi phản hồi `200` của máy chủ gốc mới nên chuyển nó thành `203`.

# HTTP 203 Non-Authoritative Information compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-203-vs-204 = `203` vẫn mang phần thân, đã bị proxy sửa đổi, còn `204` cho biết hoàn toàn không có phần thân.

## HTTP 204 No Content

# HTTP 204 No Content: one-line summary at the top of the explainer (TL;DR).
http-204-tldr = Yêu cầu đã thành công, và máy chủ cố ý không gửi phần thân.

# HTTP 204 No Content: the "What it means" paragraph of the explainer.
http-204-meaning = Phản hồi `204` kết thúc ngay sau phần header: nó không thể chứa nội dung, và máy chủ không được gửi `Content-Length` kèm theo (RFC 9110, mục 8.6). Các header của nó vẫn có ý nghĩa, chẳng hạn `ETag` hoặc `Last-Modified` mô tả tài nguyên sau một `PUT` thành công. Trình duyệt nhận được `204` cho một lần điều hướng hoặc gửi biểu mẫu sẽ ở lại trang hiện tại và giữ nguyên URL. Phản hồi này có thể được lưu vào cache theo heuristic. Máy khách HTTP/1.1 dựa vào quy tắc “`204` không có phần thân” để xác định phản hồi tiếp theo trên kết nối bắt đầu từ đâu, nên những byte phần thân thừa sẽ làm hỏng các phản hồi theo sau.

# HTTP 204 No Content: common cause 1 of 4, an item of the "Common causes" list.
http-204-cause-1 = Một `DELETE`, `PUT` hoặc `PATCH` đã thành công, và API không có gì để trả về.

# HTTP 204 No Content: common cause 2 of 4, an item of the "Common causes" list.
http-204-cause-2 = Một yêu cầu kiểm tra trước (preflight) `OPTIONS` của CORS đã được trả lời bằng `204` cùng các header `Access-Control-Allow-*`.

# HTTP 204 No Content: common cause 3 of 4, an item of the "Common causes" list.
http-204-cause-3 = Một beacon phân tích (analytics), chẳng hạn được gửi bằng `navigator.sendBeacon`, đã được một endpoint không trả về gì chấp nhận.

# HTTP 204 No Content: common cause 4 of 4, an item of the "Common causes" list.
http-204-cause-4 = Một hệ điều hành đã thăm dò một URL đã biết, chẳng hạn `connectivitycheck.gstatic.com/generate_204`, để xác nhận rằng mạng có truy cập Internet thông suốt.

# HTTP 204 No Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-204-fix-visitor-1 = Không cần làm gì: thao tác đã thành công, và trang vẫn giữ nguyên vì máy chủ không có gì mới để hiển thị.

# HTTP 204 No Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-1 = Không bao giờ ghi phần thân cùng `204`, và kiểm tra xem framework của bạn có loại bỏ phần thân nếu mã của bạn lỡ thêm vào hay không; một số máy chủ vẫn gửi các byte đó và làm hỏng phản hồi tiếp theo trên một kết nối keep-alive.

# HTTP 204 No Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-2 = Ở phía máy khách, hãy kiểm tra mã trạng thái trước khi phân tích: `response.json()` trên một phản hồi `204` sẽ ném ra lỗi, vì không có gì để phân tích.

# HTTP 204 No Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-3 = Gửi `ETag` kèm `204` sau một lần cập nhật, để máy khách có thể đặt điều kiện cho thay đổi tiếp theo bằng `If-Match`.

# HTTP 204 No Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-204-fix-developer-4 = Đừng dùng `204` cho một lượt tìm kiếm hoặc danh sách không có kết quả; hãy trả về `200` với một danh sách rỗng, thứ mà máy khách xử lý giống hệt một danh sách có phần tử.

# HTTP 204 No Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-204-vs-200 = Gửi `204` khi thành công mà không cần phần thân; gửi `200` khi máy khách chờ dữ liệu trả về, kể cả một danh sách rỗng.

# HTTP 204 No Content compared with HTTP 205 Reset Content: when to use which, in the "Related codes" section.
http-204-vs-205 = Gửi `204` khi máy khách nên giữ nguyên giao diện hiện tại; gửi `205` khi máy khách nên xóa trắng biểu mẫu hoặc giao diện đã gửi yêu cầu.

# HTTP 204 No Content compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-204-vs-304 = `204` kết thúc một yêu cầu thành công không có gì để trả về, còn `304` trả lời một `GET` có điều kiện bằng cách bảo máy khách dùng bản sao trong cache của mình.

## HTTP 205 Reset Content

# HTTP 205 Reset Content: one-line summary at the top of the explainer (TL;DR).
http-205-tldr = Yêu cầu đã thành công, và máy khách nên xóa trắng biểu mẫu hoặc giao diện đã gửi yêu cầu đó.

# HTTP 205 Reset Content: the "What it means" paragraph of the explainer.
http-205-meaning = `205` yêu cầu user agent đặt lại (reset) phần giao diện tài liệu đã gửi yêu cầu, thường là xóa trắng một biểu mẫu nhập liệu để có thể gõ bản ghi tiếp theo, mà không tải trang mới. Máy chủ không được gửi nội dung kèm mã này, và qua HTTP/1.1 thường đánh dấu phần thân rỗng bằng `Content-Length: 0`. Trình duyệt không đặt lại gì một cách đáng tin cậy khi nhận `205`; trên thực tế chúng xử lý mã này giống `204` và giữ nguyên trang. Những ứng dụng muốn đặt lại biểu mẫu sẽ tự làm việc đó bằng script sau một yêu cầu thành công, nên mã này chủ yếu xuất hiện trong các API ánh xạ thao tác trên giao diện người dùng sang mã trạng thái.

# HTTP 205 Reset Content: common cause 1 of 3, an item of the "Common causes" list.
http-205-cause-1 = Một API nhập liệu bảo máy khách của nó xóa trắng biểu mẫu nhập sau mỗi bản ghi được lưu.

# HTTP 205 Reset Content: common cause 2 of 3, an item of the "Common causes" list.
http-205-cause-2 = Giao diện của một ki-ốt hoặc máy bán hàng (POS) dùng `205` để quay về màn hình bắt đầu sau khi hoàn tất một giao dịch.

# HTTP 205 Reset Content: common cause 3 of 3, an item of the "Common causes" list.
http-205-cause-3 = Một nhà phát triển đã chọn `205` từ bảng mã trạng thái của framework để biểu thị “đã lưu, hãy xóa trắng biểu mẫu” trong một ứng dụng trang đơn (SPA).

# HTTP 205 Reset Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-205-fix-visitor-1 = Không cần làm gì: dữ liệu bạn nhập đã được lưu; hãy tự xóa biểu mẫu nếu trang không làm việc đó.

# HTTP 205 Reset Content: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-1 = Gửi `205` không có phần thân, kèm `Content-Length: 0` khi dùng HTTP/1.1, để máy khách biết phản hồi rỗng.

# HTTP 205 Reset Content: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-2 = Đặt lại biểu mẫu trong mã phía máy khách sau một phản hồi thành công, chẳng hạn bằng `form.reset()`, thay vì trông chờ trình duyệt xử lý `205`.

# HTTP 205 Reset Content: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-205-fix-developer-3 = Nên ưu tiên `204`, trừ khi chính máy khách của bạn có cài đặt việc đặt lại, vì các máy khách và thư viện thông dụng xử lý hai mã này như nhau.

# HTTP 205 Reset Content compared with HTTP 204 No Content: when to use which, in the "Related codes" section.
http-205-vs-204 = Gửi `205` khi máy khách nên đặt lại giao diện đã gửi yêu cầu; gửi `204` khi máy khách nên giữ nguyên giao diện.

# HTTP 205 Reset Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-205-vs-200 = Gửi `205` khi không có gì để trả về và dữ liệu nhập nên được xóa trắng; gửi `200` khi phản hồi mang nội dung cần hiển thị.

## HTTP 206 Partial Content

# HTTP 206 Partial Content: one-line summary at the top of the explainer (TL;DR).
http-206-tldr = Máy chủ chỉ gửi khoảng byte mà máy khách yêu cầu, chứ không phải toàn bộ tệp.

# HTTP 206 Partial Content: the "What it means" paragraph of the explainer.
http-206-meaning = Máy khách yêu cầu một phần của bản biểu diễn bằng header `Range`, chẳng hạn `Range: bytes=0-1023`, và máy chủ trả lời `206` kèm header `Content-Range` cho biết khoảng byte và tổng độ dài, như `bytes 0-1023/4096`. Với nhiều khoảng, phần thân có dạng `multipart/byteranges`, và mỗi phần mang `Content-Range` riêng. Máy chủ thông báo có hỗ trợ bằng `Accept-Ranges: bytes`, và máy khách tiếp tục một lượt tải xuống dở dang nên gửi `If-Range` kèm `ETag` hoặc `Last-Modified` mà nó đang giữ, để nếu tệp đã thay đổi thì nó nhận toàn bộ tệp mới với `200`. Phản hồi `206` có thể được lưu vào cache theo heuristic, và bộ nhớ đệm có thể ghép các khoảng đã lưu của cùng một bản biểu diễn.

# HTTP 206 Partial Content: common cause 1 of 4, an item of the "Common causes" list.
http-206-cause-1 = Một trình phát video hoặc âm thanh tua tới một vị trí và chỉ yêu cầu các byte từ điểm đó trở đi.

# HTTP 206 Partial Content: common cause 2 of 4, an item of the "Common causes" list.
http-206-cause-2 = Một trình quản lý tải xuống, `curl -C -` hoặc `wget -c` tiếp tục một lượt tải xuống bị gián đoạn từ byte cuối cùng đã nhận.

# HTTP 206 Partial Content: common cause 3 of 4, an item of the "Common causes" list.
http-206-cause-3 = Trình xem PDF của trình duyệt chỉ tải những phần của một tệp PDF lớn cần cho các trang đang hiển thị trên màn hình.

# HTTP 206 Partial Content: common cause 4 of 4, an item of the "Common causes" list.
http-206-cause-4 = Một trình tải xuống song song lấy cùng lúc nhiều khoảng của cùng một tệp qua các kết nối riêng biệt.

# HTTP 206 Partial Content: what a visitor can do, the only item of "How to fix it (for visitors)".
http-206-fix-visitor-1 = Không cần làm gì: trình duyệt hoặc trình phát của bạn cố ý yêu cầu một phần của tệp, chẳng hạn để phát video từ giữa.

# HTTP 206 Partial Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-1 = Gửi `Accept-Ranges: bytes` và trả lời các yêu cầu `Range` bằng một `Content-Range` chính xác; máy chủ web làm việc này cho tệp tĩnh, nhưng mã ứng dụng phục vụ tệp phải tự triển khai hoặc dùng một hàm hỗ trợ như `res.sendFile` của Express.

# HTTP 206 Partial Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-2 = Đặt `Content-Length` bằng kích thước của khoảng được trả về, chứ không phải của toàn bộ tệp, và kiểm tra cả hai header bằng `curl -v -r 0-99` tới URL đó.

# HTTP 206 Partial Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-3 = Tôn trọng `If-Range`: nếu validator của nó không khớp với tệp hiện tại, hãy bỏ qua `Range` và gửi toàn bộ tệp với `200`, nếu không máy khách sẽ ghép các byte từ hai phiên bản lại với nhau.

# HTTP 206 Partial Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-206-fix-developer-4 = Với tệp đa phương tiện lớn nằm sau CDN hoặc proxy cache, hãy bảo đảm các yêu cầu theo khoảng đến máy chủ gốc nguyên vẹn hoặc được lưu cache đúng cách, chẳng hạn bằng module `slice` của nginx.

# HTTP 206 Partial Content compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-206-vs-200 = Gửi `206` khi bạn chỉ trả về các khoảng được yêu cầu; gửi `200` khi bạn bỏ qua `Range`, hoặc `If-Range` không còn khớp, và gửi toàn bộ bản biểu diễn.

# HTTP 206 Partial Content compared with HTTP 416 Range Not Satisfiable: when to use which, in the "Related codes" section.
http-206-vs-416 = Gửi `206` khi ít nhất một khoảng được yêu cầu giao với tệp; gửi `416` khi không có khoảng nào như vậy.

## HTTP 207 Multi-Status

# HTTP 207 Multi-Status: one-line summary at the top of the explainer (TL;DR).
http-207-tldr = Một phản hồi WebDAV gộp các mã trạng thái riêng của nhiều tài nguyên vào một phần thân XML duy nhất.

# HTTP 207 Multi-Status: the "What it means" paragraph of the explainer.
http-207-meaning = RFC 4918 dùng `207` khi một yêu cầu duy nhất tác động đến nhiều tài nguyên, thường nhất là một `PROPFIND` liệt kê một tập hợp (collection) hoặc một `PROPPATCH` thiết lập nhiều thuộc tính. Phần thân là một tài liệu XML `DAV:multistatus` với một phần tử `response` cho mỗi tài nguyên, mỗi phần tử chứa một `href` và hoặc một `status`, hoặc các nhóm `propstat` với mã trạng thái cho từng thuộc tính. Bản thân `207` không cho biết mọi thứ có thành công hay không; máy khách phải đọc từng mục. Khi một `DELETE`, `COPY` hoặc `MOVE` trên một tập hợp chỉ thất bại một phần, phần thân liệt kê các thành viên bị lỗi, và những tài nguyên không được nhắc đến là đã thành công.

# HTTP 207 Multi-Status: common cause 1 of 4, an item of the "Common causes" list.
http-207-cause-1 = Một máy khách WebDAV, chẳng hạn trình quản lý tệp, Nextcloud hoặc ứng dụng lịch CalDAV, đã gửi `PROPFIND` để liệt kê một thư mục hoặc một lịch.

# HTTP 207 Multi-Status: common cause 2 of 4, an item of the "Common causes" list.
http-207-cause-2 = Một thao tác `DELETE`, `COPY` hoặc `MOVE` trên một tập hợp đã thất bại với một số thành viên, và máy chủ báo từng thành viên bị lỗi bằng mã trạng thái riêng.

# HTTP 207 Multi-Status: common cause 3 of 4, an item of the "Common causes" list.
http-207-cause-3 = Một `PROPPATCH` thiết lập nhiều thuộc tính, và máy chủ báo kết quả cho từng thuộc tính.

# HTTP 207 Multi-Status: common cause 4 of 4, an item of the "Common causes" list.
http-207-cause-4 = Một API không phải WebDAV đã mượn `207` cho một endpoint xử lý theo lô (batch), trả về một mã trạng thái cho mỗi mục của một yêu cầu hàng loạt.

# HTTP 207 Multi-Status: what a visitor can do, the only item of "How to fix it (for visitors)".
http-207-fix-visitor-1 = Không cần làm gì: trình quản lý tệp, ứng dụng lịch hoặc ứng dụng đồng bộ của bạn tự đọc câu trả lời tổng hợp này.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-1 = Phân tích XML và kiểm tra mọi phần tử `status`, coi bản thân `207` không phải thành công cũng không phải thất bại; `curl -X PROPFIND -H 'Depth: 1'` tới URL đó sẽ hiển thị phần thân thô.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-2 = Gửi `Depth: 0` hoặc `Depth: 1` với `PROPFIND` thay vì `infinity`; nhiều máy chủ từ chối hoặc giới hạn độ sâu vô hạn vì phản hồi có thể rất lớn.

# HTTP 207 Multi-Status: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-207-fix-developer-3 = Với một API xử lý theo lô có mượn `207`, hãy ghi tài liệu về định dạng phần thân và cung cấp cho mỗi mục mã trạng thái và lỗi của nó theo cùng cấu trúc với các phản hồi cho từng mục riêng lẻ.

# HTTP 207 Multi-Status compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-207-vs-200 = Gửi `207` khi một yêu cầu tác động đến nhiều tài nguyên với các kết quả có thể khác nhau; gửi `200` khi một mã trạng thái duy nhất mô tả được toàn bộ kết quả.

# HTTP 207 Multi-Status compared with HTTP 208 Already Reported: when to use which, in the "Related codes" section.
http-207-vs-208 = `207` là mã trạng thái của cả phản hồi mang phần thân multistatus, còn `208` xuất hiện bên trong phần thân đó cho một tập hợp đã được liệt kê.

# HTTP 207 Multi-Status compared with HTTP 424 Failed Dependency: when to use which, in the "Related codes" section.
http-207-vs-424 = `207` là lớp vỏ bọc; `424` là một mã trạng thái bên trong nó cho một thao tác thất bại chỉ vì một thao tác khác trong cùng yêu cầu đã thất bại.

## HTTP 208 Already Reported

# HTTP 208 Already Reported: one-line summary at the top of the explainer (TL;DR).
http-208-tldr = Bên trong phần thân multistatus của WebDAV, mã này đánh dấu một tập hợp đã được liệt kê trước đó trong cùng phản hồi.

# HTTP 208 Already Reported: the "What it means" paragraph of the explainer.
http-208-meaning = RFC 5842 bổ sung liên kết (binding) cho WebDAV, để một tập hợp có thể xuất hiện dưới nhiều đường dẫn, và khi đó một `PROPFIND` với `Depth: infinity` có thể liệt kê lặp đi lặp lại cùng các thành viên, thậm chí không bao giờ dừng. Một máy chủ hỗ trợ liên kết báo liên kết đầu tiên như bình thường và đánh dấu mọi liên kết sau đó tới cùng tập hợp bằng `208` bên trong phần thân `207`, mà không liệt kê lại các thành viên của nó. Máy khách yêu cầu thuộc tính `DAV:resource-id` có thể đối chiếu các mục đó với mục đã được báo trước đó và dựng lại cấu trúc thực. Mã này chỉ xuất hiện trong phản hồi cho các yêu cầu `Depth: infinity`, và RFC 5842 là một RFC Experimental (thử nghiệm) mà ít máy chủ triển khai.

# HTTP 208 Already Reported: common cause 1 of 3, an item of the "Common causes" list.
http-208-cause-1 = Một `PROPFIND` với `Depth: infinity` trên một máy chủ hỗ trợ liên kết WebDAV đã gặp một tập hợp mà nó đã báo qua một đường dẫn khác.

# HTTP 208 Already Reported: common cause 2 of 3, an item of the "Common causes" list.
http-208-cause-2 = Một quản trị viên đã liên kết cùng một tập hợp vào nhiều nơi, chẳng hạn một thư mục dự án dùng chung được liên kết vào tập hợp thư mục riêng (home) của từng thành viên.

# HTTP 208 Already Reported: common cause 3 of 3, an item of the "Common causes" list.
http-208-cause-3 = Một liên kết khiến một tập hợp chứa một trong các tập hợp cha của chính nó, và máy chủ báo phần lặp lại bằng `208` thay vì làm yêu cầu thất bại.

# HTTP 208 Already Reported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-208-fix-visitor-1 = Không cần làm gì: mã trạng thái này chỉ xuất hiện bên trong một danh sách tệp mà máy khách WebDAV của bạn tự đọc.

# HTTP 208 Already Reported: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-1 = Yêu cầu `DAV:resource-id` trong phần thân `PROPFIND` để máy khách của bạn có thể đối chiếu mỗi mục `208` với tập hợp đã được liệt kê trước đó.

# HTTP 208 Already Reported: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-2 = Coi các mục `208` là thành công và đã được mô tả, và đừng trông đợi các thành viên của chúng được liệt kê lại.

# HTTP 208 Already Reported: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-208-fix-developer-3 = Ở phía máy chủ, chỉ phát ra `208` bên trong phần thân `207` và chỉ cho các yêu cầu `Depth: infinity`, không bao giờ dùng làm mã trạng thái của cả một phản hồi.

# HTTP 208 Already Reported compared with HTTP 207 Multi-Status: when to use which, in the "Related codes" section.
http-208-vs-207 = `208` là một mục bên trong phần thân `207` dành cho một tập hợp bị lặp lại, còn `207` là mã trạng thái của cả phản hồi.

# HTTP 208 Already Reported compared with HTTP 508 Loop Detected: when to use which, in the "Related codes" section.
http-208-vs-508 = Gửi `208` để báo một liên kết bị lặp lại và tiếp tục liệt kê; chỉ gửi `508` khi một vòng lặp khiến toàn bộ thao tác thất bại.

## HTTP 226 IM Used

# HTTP 226 IM Used: one-line summary at the top of the explainer (TL;DR).
http-226-tldr = Máy chủ đã trả lời bằng một bản delta hoặc một phép biến đổi khác của tài nguyên, theo yêu cầu của máy khách qua `A-IM`.

# HTTP 226 IM Used: the "What it means" paragraph of the explainer.
http-226-meaning = RFC 3229 định nghĩa mã hóa delta (delta encoding) cho HTTP: máy khách đang giữ một phiên bản trong cache gửi `A-IM` kèm các thao tác biến đổi bản thể (instance manipulation) mà nó chấp nhận, chẳng hạn `diffe`, `vcdiff` hoặc `gzip`, cùng `If-None-Match` chứa `ETag` của bản sao đó. Nếu máy chủ có thể tính delta so với phiên bản ấy, nó trả lời `226` với header `IM` nêu các thao tác đã áp dụng, và thường có thêm header `Delta-Base` nêu `ETag` gốc. Phần thân không phải là tài nguyên, mà là chỉ dẫn để dựng lại tài nguyên, và máy khách áp dụng chúng lên bản sao trong cache để có được phiên bản hiện tại, được xác định bằng `ETag` của phản hồi. Một mã trạng thái mới được chọn để các bộ nhớ đệm không biết đến RFC 3229 không nhầm một bản delta với toàn bộ tài nguyên; dù vậy, cơ chế này ít được dùng ngoài một số máy chủ nguồn cấp tin (feed).

# HTTP 226 IM Used: common cause 1 of 3, an item of the "Common causes" list.
http-226-cause-1 = Một trình đọc tin (feed reader) đã gửi `A-IM: feed`, và máy chủ chỉ trả về các mục được thêm kể từ phiên bản mà trình đọc đã có.

# HTTP 226 IM Used: common cause 2 of 3, an item of the "Common causes" list.
http-226-cause-2 = Một máy khách hoặc công cụ đồng bộ có triển khai RFC 3229 đã yêu cầu một bản delta `vcdiff` hoặc `diffe` của một tài liệu lớn mà nó đã lưu cache.

# HTTP 226 IM Used: common cause 3 of 3, an item of the "Common causes" list.
http-226-cause-3 = Hai proxy cache phối hợp với nhau dùng mã hóa delta để tiết kiệm băng thông trên một đường truyền chậm hoặc đắt đỏ.

# HTTP 226 IM Used: what a visitor can do, the only item of "How to fix it (for visitors)".
http-226-fix-visitor-1 = Không cần làm gì: trình đọc tin hoặc ứng dụng của bạn đã tự dựng lại phiên bản hiện tại từ bản sao đã lưu.

# HTTP 226 IM Used: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-1 = Chỉ trả về `226` khi yêu cầu mang `A-IM` với một thao tác mà bạn hỗ trợ và `If-None-Match` nêu một phiên bản gốc mà bạn vẫn còn giữ; nếu không, hãy gửi một phản hồi `200` đầy đủ.

# HTTP 226 IM Used: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-2 = Kèm theo `IM`, `ETag` mới và `Delta-Base` để máy khách có thể kiểm tra rằng nó áp dụng delta lên đúng phiên bản.

# HTTP 226 IM Used: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-226-fix-developer-3 = Với tài nguyên web, hãy xem xét Compression Dictionary Transport (`Use-As-Dictionary` và `Available-Dictionary`), được các trình duyệt dựa trên Chromium hỗ trợ và giúp tiết kiệm băng thông tương tự delta với các phản hồi `200` thông thường.

# HTTP 226 IM Used compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-226-vs-200 = Gửi `226` khi phần thân là một bản delta hoặc phép biến đổi mà máy khách đã yêu cầu bằng `A-IM`; gửi `200` khi phần thân là bản biểu diễn đầy đủ.

# HTTP 226 IM Used compared with HTTP 206 Partial Content: when to use which, in the "Related codes" section.
http-226-vs-206 = `206` trả về một khoảng byte của bản biểu diễn hiện tại, còn `226` trả về chỉ dẫn để biến một phiên bản cũ trong cache thành phiên bản hiện tại.

# HTTP 226 IM Used compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-226-vs-304 = Gửi `304` khi bản sao trong cache của máy khách vẫn còn mới; gửi `226` khi bản sao đó đã cũ và bạn có thể chỉ gửi phần khác biệt.

## HTTP 300 Multiple Choices

# HTTP 300 Multiple Choices: one-line summary at the top of the explainer (TL;DR).
http-300-tldr = Tài nguyên tồn tại ở nhiều biến thể, và máy khách được yêu cầu chọn một.

# HTTP 300 Multiple Choices: the "What it means" paragraph of the explainer.
http-300-meaning = Với `300`, máy chủ liệt kê các lựa chọn, chẳng hạn các định dạng hoặc ngôn ngữ, thay vì tự chọn một thông qua thương lượng chủ động (proactive negotiation) dựa trên `Accept` và `Accept-Language`. HTTP không định nghĩa định dạng chuẩn nào cho danh sách này, nên phần thân thường là một trang HTML hoặc một tài liệu JSON chứa liên kết, và user agent chỉ có thể tự động chọn nếu hiểu định dạng đó. Máy chủ có lựa chọn ưu tiên nên đặt URI đó vào `Location`, và một số máy khách sẽ tự động đi theo nó. Phản hồi `300` có thể được lưu vào cache theo heuristic. Ít trang web gửi mã này, vì việc chọn biến thể ở phía máy chủ, hoặc đưa ra các liên kết thông thường, đơn giản hơn cho máy khách.

# HTTP 300 Multiple Choices: common cause 1 of 3, an item of the "Common causes" list.
http-300-cause-1 = `mod_speling` của Apache với `CheckSpelling On` đã tìm thấy nhiều tệp gần giống một URL bị gõ sai và liệt kê chúng.

# HTTP 300 Multiple Choices: common cause 2 of 3, an item of the "Common causes" list.
http-300-cause-2 = `mod_negotiation` của Apache với `MultiViews` đã tìm thấy nhiều biến thể được chấp nhận ngang nhau và không có thiết lập `ForceLanguagePriority` để phân định.

# HTTP 300 Multiple Choices: common cause 3 of 3, an item of the "Common causes" list.
http-300-cause-3 = Một API cung cấp cùng một báo cáo dưới dạng JSON, CSV và PDF tại các URI riêng, và trả lời URI chung bằng danh sách đó.

# HTTP 300 Multiple Choices: what a visitor can do, the only item of "How to fix it (for visitors)".
http-300-fix-visitor-1 = Chọn một trong các phiên bản được liệt kê, chẳng hạn ngôn ngữ hoặc định dạng tệp mà bạn muốn.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-1 = Đặt URI của biến thể được ưu tiên vào `Location` và liệt kê mọi biến thể cùng kiểu phương tiện (media type) hoặc ngôn ngữ của nó trong phần thân, để cả chương trình lẫn con người đều có thể tiếp tục.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-2 = Trên Apache, hãy đặt `ForceLanguagePriority Prefer Fallback` cùng với `LanguagePriority`, để `MultiViews` chọn một ngôn ngữ thay vì trả lời `300`.

# HTTP 300 Multiple Choices: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-300-fix-developer-3 = Nên ưu tiên thương lượng chủ động với `Vary: Accept`, hoặc dùng URI riêng cho từng định dạng, vì ít HTTP client biết phải làm gì với một phản hồi `300`.

# HTTP 300 Multiple Choices compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-300-vs-301 = Gửi `300` khi nhiều biến thể đều hợp lệ như nhau và máy khách nên tự chọn; gửi `301` khi có đúng một địa chỉ mới.

# HTTP 300 Multiple Choices compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-300-vs-302 = Gửi `300` để đưa ra lựa chọn giữa các bản biểu diễn; gửi `302` để chuyển máy khách tới một vị trí tạm thời duy nhất.

# HTTP 300 Multiple Choices compared with HTTP 406 Not Acceptable: when to use which, in the "Related codes" section.
http-300-vs-406 = Gửi `300` khi bạn đưa cho máy khách một danh sách biến thể để chọn; gửi `406` khi không biến thể nào khớp với những gì máy khách nói rằng nó chấp nhận.

## HTTP 301 Moved Permanently

# HTTP 301 Moved Permanently: one-line summary at the top of the explainer (TL;DR).
http-301-tldr = Trang đã chuyển hẳn sang địa chỉ nằm trong header `Location`.

# HTTP 301 Moved Permanently: the "What it means" paragraph of the explainer.
http-301-meaning = `301` cho máy khách biết rằng tài nguyên đích đã có URI mới cố định và các tham chiếu đã lưu tới URI cũ nên được cập nhật. Trình duyệt tự động đi theo `Location` và, vì phản hồi có thể được lưu vào cache theo heuristic, thường ghi nhớ chuyển hướng này trong thời gian dài, nên một phản hồi `301` đặt nhầm vẫn tiếp tục có hiệu lực trong trình duyệt của người truy cập ngay cả sau khi bạn gỡ nó khỏi máy chủ. Công cụ tìm kiếm chuyển các tín hiệu lập chỉ mục và xếp hạng của URL cũ sang URL mới. Vì lý do lịch sử, user agent có thể đổi `POST` thành `GET` khi đi theo chuyển hướng này, và trình duyệt thực sự làm vậy; `308` là chuyển hướng vĩnh viễn giữ nguyên phương thức và phần thân.

# HTTP 301 Moved Permanently: common cause 1 of 4, an item of the "Common causes" list.
http-301-cause-1 = Một trang web đã chuyển từ HTTP sang HTTPS, hoặc từ `example.com` sang `www.example.com`, và máy chủ chuyển hướng mọi URL cũ.

# HTTP 301 Moved Permanently: common cause 2 of 4, an item of the "Common causes" list.
http-301-cause-2 = Một trang hoặc bài viết đã được đổi tên, và CMS hoặc một quy tắc rewrite chuyển slug cũ sang slug mới.

# HTTP 301 Moved Permanently: common cause 3 of 4, an item of the "Common causes" list.
http-301-cause-3 = Máy chủ thêm dấu gạch chéo còn thiếu ở cuối URL của một thư mục, như `mod_dir` của Apache làm khi có `DirectorySlash On`.

# HTTP 301 Moved Permanently: common cause 4 of 4, an item of the "Common causes" list.
http-301-cause-4 = Một thương hiệu đã chuyển sang tên miền mới, và tên miền cũ chuyển hướng vĩnh viễn sang đó.

# HTTP 301 Moved Permanently: what a visitor can do, the only item of "How to fix it (for visitors)".
http-301-fix-visitor-1 = Không cần làm gì: trình duyệt của bạn tự đi theo chuyển hướng; hãy cập nhật dấu trang sang địa chỉ mới.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-1 = Chuyển hướng mỗi URL cũ tới đúng URL mới tương ứng thay vì về trang chủ, và tránh chuỗi chuyển hướng bằng cách đi thẳng từ URL cũ tới URL cuối cùng chỉ trong một bước.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-2 = Trước tiên hãy thử nghiệm bằng `curl -I` và một `Cache-Control: max-age` ngắn, vì trình duyệt lưu `301` vào cache rất lâu và chỉ có xóa cache mới gỡ được nó.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-3 = Thay vào đó, hãy dùng `308` cho các endpoint API và mọi URL nhận `POST`, `PUT` hoặc `DELETE`, để phương thức và phần thân được giữ nguyên qua chuyển hướng.

# HTTP 301 Moved Permanently: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-301-fix-developer-4 = Ưu tiên các quy tắc đơn giản, chẳng hạn `return 301 https://$host$request_uri;` trong nginx hoặc `Redirect permanent /old /new` trong Apache, thay vì các quy tắc rewrite dùng biểu thức chính quy khi những quy tắc đơn giản là đủ.

# HTTP 301 Moved Permanently compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-301-vs-302 = Dùng `301` khi URL cũ sẽ không bao giờ hợp lệ trở lại; dùng `302` khi việc chuyển chỉ là tạm thời và máy khách nên giữ URL ban đầu.

# HTTP 301 Moved Permanently compared with HTTP 308 Permanent Redirect: when to use which, in the "Related codes" section.
http-301-vs-308 = Dùng `301` cho việc chuyển trang thông thường được truy cập bằng `GET`; dùng `308` khi phải giữ nguyên phương thức và phần thân, như với các lệnh gọi API.

# HTTP 301 Moved Permanently compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-301-vs-410 = Dùng `301` khi nội dung vẫn tồn tại ở một địa chỉ mới; dùng `410` khi nội dung đã bị xóa và không có gì thay thế.

## HTTP 302 Found

# HTTP 302 Found: one-line summary at the top of the explainer (TL;DR).
http-302-tldr = Tài nguyên tạm thời nằm ở chỗ khác; hãy đi theo `Location` ngay bây giờ, nhưng vẫn tiếp tục dùng địa chỉ ban đầu.

# HTTP 302 Found: the "What it means" paragraph of the explainer.
http-302-meaning = `302` chuyển máy khách tới URI trong `Location` chỉ cho yêu cầu này; URI ban đầu vẫn là URI nên được lưu dấu trang và lập chỉ mục. Phản hồi này không được lưu vào cache trừ khi `Cache-Control` hoặc `Expires` cho phép một cách tường minh. HTTP/1.0 có ý định giữ nguyên phương thức, nhưng trình duyệt đã đổi `POST` thành `GET` khi đi theo `302`, và RFC 9110 nay cho phép điều đó; hãy dùng `303` khi bạn muốn chuyển sang `GET` và `307` khi phải giữ nguyên phương thức. `fetch` và `XMLHttpRequest` đi theo chuyển hướng này một cách trong suốt, nên script chỉ thấy phản hồi cuối cùng, trừ khi `fetch` được gọi với `redirect: 'manual'`.

# HTTP 302 Found: common cause 1 of 4, an item of the "Common causes" list.
http-302-cause-1 = Một trang yêu cầu đăng nhập chuyển hướng người truy cập ẩn danh tới trang đăng nhập kèm tham số `next` hoặc `returnUrl`.

# HTTP 302 Found: common cause 2 of 4, an item of the "Common causes" list.
http-302-cause-2 = Một luồng đăng nhập một lần (single sign-on), chẳng hạn OAuth 2.0 hoặc SAML, chuyển trình duyệt qua lại giữa ứng dụng và nhà cung cấp danh tính (identity provider).

# HTTP 302 Found: common cause 3 of 4, an item of the "Common causes" list.
http-302-cause-3 = Một bộ cân bằng tải hoặc một thử nghiệm A/B tạm thời chuyển một số người dùng sang host khác hoặc một biến thể khác của trang.

# HTTP 302 Found: common cause 4 of 4, an item of the "Common causes" list.
http-302-cause-4 = Hàm hỗ trợ chuyển hướng của framework, chẳng hạn `res.redirect()` của Express, `redirect()` của Flask hoặc `redirect()` của Django, dùng `302` trừ khi được chỉ định khác.

# HTTP 302 Found: what a visitor can do, the only item of "How to fix it (for visitors)".
http-302-fix-visitor-1 = Không cần làm gì: trình duyệt của bạn tự đi theo chuyển hướng; nếu bạn bị kẹt trong một vòng lặp các trang đăng nhập, hãy xóa cookie của trang web và đăng nhập lại.

# HTTP 302 Found: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-1 = Chủ động chọn mã chuyển hướng thay vì dùng mặc định của framework: `303` sau một `POST` từ biểu mẫu, `307` khi tạm thời chuyển một API, `301` hoặc `308` khi chuyển vĩnh viễn.

# HTTP 302 Found: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-2 = Kiểm tra các đích chuyển hướng lấy từ tham số như `next` với một danh sách đường dẫn hoặc host được phép, nếu không endpoint sẽ trở thành một open redirect bị lợi dụng để lừa đảo (phishing).

# HTTP 302 Found: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-3 = Gỡ lỗi vòng lặp chuyển hướng bằng `curl -sIL` hoặc thẻ Network của trình duyệt với tùy chọn “Preserve log” được bật, kiểm tra xem phản hồi nào đặt cookie mà yêu cầu tiếp theo lại thiếu.

# HTTP 302 Found: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-302-fix-developer-4 = Khi đứng sau một proxy kết thúc TLS (TLS termination), hãy cho ứng dụng tin cậy `X-Forwarded-Proto` để nó dựng `Location` với `https` chứ không phải `http`.

# HTTP 302 Found compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-302-vs-301 = Gửi `302` khi URL ban đầu vẫn là URL đúng để sử dụng; gửi `301` khi việc chuyển đã là vĩnh viễn.

# HTTP 302 Found compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-302-vs-303 = Gửi `303` sau khi gửi biểu mẫu để hiển thị trang kết quả bằng `GET`; dành `302` cho các chuyển hướng tạm thời nói chung, khi phương thức không quan trọng.

# HTTP 302 Found compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-302-vs-307 = Gửi `307` khi yêu cầu được chuyển hướng phải giữ nguyên phương thức và phần thân; `302` cho phép trình duyệt đổi `POST` thành `GET`.

## HTTP 303 See Other

# HTTP 303 See Other: one-line summary at the top of the explainer (TL;DR).
http-303-tldr = Máy chủ chỉ cho máy khách tới một URI khác, cần được lấy về bằng `GET`, nơi hiển thị kết quả của yêu cầu.

# HTTP 303 See Other: the "What it means" paragraph of the explainer.
http-303-meaning = `303` tách một hành động khỏi kết quả của nó: dù phương thức ban đầu là gì, máy khách đi theo `Location` bằng `GET` (hoặc `HEAD`), nên `POST` không bao giờ bị lặp lại. Đây là mẫu Post/Redirect/Get: sau khi gửi biểu mẫu, trình duyệt đến một trang kết quả, và việc tải lại trang hay quay lại không gửi biểu mẫu thêm lần nữa. Khi trả lời một `GET`, `303` còn có một công dụng khác trong dữ liệu liên kết (linked data): nó cho biết URI được yêu cầu đặt tên cho một thứ không thể truyền đi được, chẳng hạn một con người, và `Location` trỏ tới một tài liệu mô tả thứ đó. Phản hồi `303` không được lưu vào cache trừ khi các header của nó cho phép một cách tường minh.

# HTTP 303 See Other: common cause 1 of 4, an item of the "Common causes" list.
http-303-cause-1 = Một biểu mẫu web đã gửi một đơn hàng, bình luận hoặc khoản thanh toán, và máy chủ chuyển hướng trình duyệt tới trang xác nhận.

# HTTP 303 See Other: common cause 2 of 4, an item of the "Common causes" list.
http-303-cause-2 = Tài nguyên trạng thái của một công việc bất đồng bộ đã hoàn tất chuyển máy khách tới kết quả của công việc đó.

# HTTP 303 See Other: common cause 3 of 4, an item of the "Common causes" list.
http-303-cause-3 = Một máy chủ dữ liệu liên kết chuyển hướng từ URI của một sự vật ngoài đời thực tới một tài liệu nói về nó.

# HTTP 303 See Other: common cause 4 of 4, an item of the "Common causes" list.
http-303-cause-4 = Một thao tác đăng xuất hoặc một `POST` khác làm thay đổi trạng thái kết thúc bằng việc đưa trình duyệt về trang chủ.

# HTTP 303 See Other: what a visitor can do, the only item of "How to fix it (for visitors)".
http-303-fix-visitor-1 = Không cần làm gì: trình duyệt của bạn tự mở trang kết quả, và việc tải lại trang sẽ không gửi biểu mẫu thêm lần nữa.

# HTTP 303 See Other: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-1 = Sau mỗi `POST` từ biểu mẫu thành công, hãy trả lời `303` với trang kết quả trong `Location` thay vì hiển thị HTML trực tiếp, để việc tải lại không lặp lại hành động.

# HTTP 303 See Other: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-2 = Truyền kết quả cho trang kết quả qua URI của trang hoặc qua phiên (session), chẳng hạn dưới dạng flash message, vì yêu cầu `GET` theo sau không mang phần thân.

# HTTP 303 See Other: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-3 = Yêu cầu `303` một cách tường minh ở những nơi framework mặc định dùng mã khác, chẳng hạn `redirect(url, code=303)` trong Flask hoặc `RedirectResponse(url, status_code=303)` trong FastAPI, vốn mặc định là `307`.

# HTTP 303 See Other: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-303-fix-developer-4 = Trong Rails với Hotwire Turbo, hãy chuyển hướng sau các lần gửi biểu mẫu không phải `GET` bằng `redirect_to path, status: :see_other`, điều mà Turbo trông đợi.

# HTTP 303 See Other compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-303-vs-302 = `303` luôn khiến máy khách chuyển sang `GET`, còn với `302` việc đổi phương thức tùy vào thói quen của máy khách, vì vậy nên ưu tiên `303` sau khi gửi biểu mẫu.

# HTTP 303 See Other compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-303-vs-307 = `303` biến yêu cầu tiếp theo thành `GET`; `307` lặp lại cùng phương thức và phần thân tại URI mới.

# HTTP 303 See Other compared with HTTP 201 Created: when to use which, in the "Related codes" section.
http-303-vs-201 = Một API trả lời `POST` sẽ gửi `201` kèm `Location` và tài nguyên mới; một biểu mẫu trên trình duyệt nhận `303` dẫn tới một trang mà trình duyệt có thể hiển thị.

## HTTP 304 Not Modified

# HTTP 304 Not Modified: one-line summary at the top of the explainer (TL;DR).
http-304-tldr = Bản sao trong cache của bạn vẫn còn mới, nên máy chủ không gửi phần thân và máy khách dùng lại những gì nó đang có.

# HTTP 304 Not Modified: the "What it means" paragraph of the explainer.
http-304-meaning = Phản hồi `304` trả lời một `GET` hoặc `HEAD` có điều kiện mà `If-None-Match` hoặc `If-Modified-Since` vẫn khớp với bản biểu diễn hiện tại; khi có cả hai, `If-None-Match` được ưu tiên. Phản hồi không có nội dung, nhưng máy chủ phải kèm những header mà một phản hồi `200` lẽ ra đã mang, trong số `Cache-Control`, `Content-Location`, `Date`, `ETag`, `Expires` và `Vary`, và máy khách dùng chúng để cập nhật phản hồi đã lưu. Chỉ có header được truyền đi, nên tiết kiệm được băng thông nhưng không tránh được một lượt khứ hồi (round trip); một `max-age` dài hoặc `immutable` mới giúp bỏ hẳn yêu cầu. Trong trình duyệt, lệnh `fetch` của trang thường thấy phản hồi `200` từ cache chứ không thấy `304`, vì bộ nhớ đệm HTTP đảm nhận việc xác thực lại.

# HTTP 304 Not Modified: common cause 1 of 4, an item of the "Common causes" list.
http-304-cause-1 = Trình duyệt xác thực lại một stylesheet, hình ảnh hoặc trang đã lưu cache bằng `If-None-Match`, và tệp chưa thay đổi.

# HTTP 304 Not Modified: common cause 2 of 4, an item of the "Common causes" list.
http-304-cause-2 = Người dùng đã tải lại trang, khiến trình duyệt xác thực lại các tài nguyên trong cache thay vì âm thầm dùng chúng.

# HTTP 304 Not Modified: common cause 3 of 4, an item of the "Common causes" list.
http-304-cause-3 = Một CDN xác thực lại bản sao đã lưu với máy chủ gốc, và máy chủ gốc xác nhận bản sao đó vẫn còn mới.

# HTTP 304 Not Modified: common cause 4 of 4, an item of the "Common causes" list.
http-304-cause-4 = Một validator không bao giờ thay đổi vì bị tính sai, nên máy khách liên tục nhận `304` và hiển thị nội dung cũ sau khi triển khai phiên bản mới.

# HTTP 304 Not Modified: what a visitor can do, the only item of "How to fix it (for visitors)".
http-304-fix-visitor-1 = Không cần làm gì: trình duyệt của bạn đã dùng lại bản sao đã lưu; nếu một trang có vẻ đã cũ, hãy buộc tải lại hoàn toàn bằng Ctrl+Shift+R, hoặc Cmd+Shift+R trên máy Mac.

# HTTP 304 Not Modified: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-1 = Tạo `ETag` từ nội dung hoặc từ số phiên bản để nó thay đổi mỗi khi phần thân thay đổi, và bảo đảm nó giống hệt nhau trên mọi máy chủ phía sau bộ cân bằng tải.

# HTTP 304 Not Modified: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-2 = So sánh các giá trị `If-None-Match` theo kiểu so sánh yếu (weak comparison), như RFC 9110 yêu cầu, vì chẳng hạn nginx sẽ biến một `ETag` mạnh thành `ETag` yếu dạng `W/` khi nén phản hồi.

# HTTP 304 Not Modified: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-3 = Gắn dấu vân tay (fingerprint) vào tên tệp tài nguyên tĩnh, chẳng hạn `app.3f9c2.js`, và phục vụ chúng với `Cache-Control: max-age=31536000, immutable`, để trình duyệt bỏ qua hoàn toàn việc xác thực lại và cả `304`.

# HTTP 304 Not Modified: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-304-fix-developer-4 = Kiểm tra cách xử lý yêu cầu có điều kiện bằng `curl -I -H 'If-None-Match: "33a64df5"'` tới URL đó; nếu nhận `200` với chính `ETag` đó, tức là máy chủ của bạn bỏ qua điều kiện.

# HTTP 304 Not Modified compared with HTTP 200 OK: when to use which, in the "Related codes" section.
http-304-vs-200 = Gửi `304` khi validator của máy khách khớp với phiên bản hiện tại; gửi `200` kèm phần thân đầy đủ khi không khớp hoặc khi yêu cầu không có điều kiện.

# HTTP 304 Not Modified compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-304-vs-412 = `304` trả lời một `GET` hoặc `HEAD` có điều kiện mà bản sao trong cache vẫn còn mới, còn `412` từ chối một yêu cầu có điều kiện, thường là một thao tác ghi, mà điều kiện tiên quyết là sai.

## HTTP 305 Use Proxy

# HTTP 305 Use Proxy: one-line summary at the top of the explainer (TL;DR).
http-305-tldr = Không còn được khuyến nghị: mã này từng yêu cầu máy khách gửi lại yêu cầu qua một proxy cho trước, và máy khách không còn làm theo nó.

# HTTP 305 Use Proxy: the "What it means" paragraph of the explainer.
http-305-meaning = `305` nêu, trong `Location`, một proxy mà máy khách nên dùng để truy cập tài nguyên. Việc để bất kỳ máy chủ nào định tuyến lại lưu lượng của máy khách qua một proxy do nó chọn là một nguy cơ bảo mật, vì vậy RFC 7231 đã ngừng khuyến nghị mã này, RFC 9110 chỉ giữ nó với trạng thái không còn được khuyến nghị (deprecated), và trình duyệt không làm theo nó. Việc chọn proxy thuộc về cấu hình của chính máy khách, chẳng hạn thiết lập hệ thống, tệp PAC hoặc biến môi trường `HTTP_PROXY`. Máy chủ không nên gửi mã này, và máy khách không nên làm theo nó.

# HTTP 305 Use Proxy: common cause 1 of 3, an item of the "Common causes" list.
http-305-cause-1 = Một máy chủ hoặc thiết bị đời cũ được cấu hình từ thời HTTP/1.0 vẫn trả lời một số yêu cầu bằng `305`.

# HTTP 305 Use Proxy: common cause 2 of 3, an item of the "Common causes" list.
http-305-cause-2 = Một ứng dụng tự xây dựng đã dùng sai `305` với nghĩa “hãy dùng proxy” thay vì cấu hình máy khách của nó.

# HTTP 305 Use Proxy: common cause 3 of 3, an item of the "Common causes" list.
http-305-cause-3 = Một công cụ quét bảo mật hoặc bộ kiểm thử cố ý gửi `305` để kiểm tra xem máy khách có từ chối đi theo nó hay không.

# HTTP 305 Use Proxy: what a visitor can do, the only item of "How to fix it (for visitors)".
http-305-fix-visitor-1 = Không có gì hữu ích để làm: trình duyệt của bạn sẽ không dùng proxy được nêu trong phản hồi; nếu bạn cần proxy, hãy đặt nó trong thiết lập của hệ thống hoặc trình duyệt.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-1 = Loại bỏ `305` khỏi mã và cấu hình máy chủ; nếu máy khách bắt buộc phải dùng proxy, hãy phân phối thiết lập qua tệp PAC, WPAD hoặc công cụ quản lý thiết bị.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-2 = Trong các HTTP client, không bao giờ đổi proxy chỉ vì một phản hồi bảo vậy; hãy coi `305` là một mã `3xx` không được xử lý và không đi theo nó.

# HTTP 305 Use Proxy: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-305-fix-developer-3 = Nếu một thiết bị cũ gửi mã này, hãy cập nhật hoặc cấu hình lại thiết bị, và dùng `307` hoặc `308` ở những nơi thực sự cần chuyển hướng.

# HTTP 305 Use Proxy compared with HTTP 306 (Unused): when to use which, in the "Related codes" section.
http-305-vs-306 = `305` đã từng được định nghĩa và sau đó bị ngừng khuyến nghị, còn `306` chỉ từng tồn tại trong một bản dự thảo và nay chỉ được dành riêng.

# HTTP 305 Use Proxy compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-305-vs-407 = `305` từng cố chỉ định cho máy khách proxy cần dùng và nay đã lỗi thời, còn `407` đến từ một proxy mà máy khách đang dùng và yêu cầu thông tin xác thực.

## HTTP 306 (Unused)

# HTTP 306 (Unused): one-line summary at the top of the explainer (TL;DR).
http-306-tldr = Không sử dụng: được dành riêng vì một bản dự thảo ban đầu của HTTP/1.1 đã dùng mã này, và không máy chủ nào nên gửi nó.

# HTTP 306 (Unused): the "What it means" paragraph of the explainer.
http-306-meaning = Một bản dự thảo của HTTP/1.1 định nghĩa mã này là Switch Proxy, yêu cầu máy khách gửi các yêu cầu sau qua một proxy được chỉ định, và ý tưởng này đã bị loại bỏ trước khi công bố. RFC 9110 liệt kê mã này là được dành riêng, không mang ý nghĩa nào, để nó không bao giờ bị gán cho việc khác. Máy khách nhận được mã này phải xử lý nó như một mã `3xx` không nhận ra, tức là coi nó như `300`: không tự động chuyển hướng.

# HTTP 306 (Unused): common cause 1 of 3, an item of the "Common causes" list.
http-306-cause-1 = Một máy chủ bị cấu hình sai hoặc được viết thủ công phát ra `306` vì một nhà phát triển đã tìm thấy nó trong một danh sách mã trạng thái cũ.

# HTTP 306 (Unused): common cause 2 of 3, an item of the "Common causes" list.
http-306-cause-2 = Một framework hoặc thư viện vẫn liệt kê `306` dưới tên Switch Proxy, và mã nguồn đã chọn nhầm nó.

# HTTP 306 (Unused): common cause 3 of 3, an item of the "Common causes" list.
http-306-cause-3 = Một công cụ kiểm thử hoặc fuzzing gửi các mã trạng thái bất thường để xem máy khách xử lý một mã `3xx` không xác định như thế nào.

# HTTP 306 (Unused): what a visitor can do, the only item of "How to fix it (for visitors)".
http-306-fix-visitor-1 = Không cần làm gì: mã trạng thái này không mang ý nghĩa nào, nên trang hoặc ứng dụng đã bị cấu hình sai; hãy báo cho chủ sở hữu trang web.

# HTTP 306 (Unused): what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-306-fix-developer-1 = Thay `306` bằng mã bạn thực sự muốn dùng, thường là `307` cho một chuyển hướng tạm thời giữ nguyên phương thức.

# HTTP 306 (Unused): what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-306-fix-developer-2 = Trong máy khách, hãy xử lý các mã `3xx` không xác định theo cách của `300` và không tự động đi theo `Location` của chúng.

# HTTP 306 (Unused) compared with HTTP 305 Use Proxy: when to use which, in the "Related codes" section.
http-306-vs-305 = Cả hai đều liên quan đến proxy và không mã nào nên được gửi: `305` không còn được khuyến nghị, còn `306` chưa bao giờ có ý nghĩa trong một đặc tả đã công bố.

# HTTP 306 (Unused) compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-306-vs-307 = Dùng `307` cho chuyển hướng tạm thời; `306`, nằm ngay trước nó trong danh mục đăng ký, chỉ là một chỗ được giữ trước (placeholder).

## HTTP 307 Temporary Redirect

# HTTP 307 Temporary Redirect: one-line summary at the top of the explainer (TL;DR).
http-307-tldr = Một chuyển hướng tạm thời bắt buộc lặp lại cùng phương thức và phần thân tại địa chỉ mới.

# HTTP 307 Temporary Redirect: the "What it means" paragraph of the explainer.
http-307-meaning = `307` chuyển máy khách tới URI trong `Location` cho yêu cầu này, và khác với `302`, nó cấm thay đổi phương thức: một `POST` được gửi lại dưới dạng `POST` với cùng nội dung, một `DELETE` vẫn là `DELETE`. URI ban đầu vẫn có hiệu lực cho các yêu cầu sau, và phản hồi không được lưu vào cache trừ khi các header của nó cho phép. Trình duyệt gửi lại phần thân tới vị trí mới mà không hỏi người dùng, nên đích nhận được mọi thứ mà đích ban đầu lẽ ra đã nhận. Công cụ dành cho nhà phát triển của Chrome cũng hiển thị `307 Internal Redirect` khi chính trình duyệt nâng cấp một URL lên HTTPS vì HSTS; phản hồi đó chưa bao giờ đến từ máy chủ.

# HTTP 307 Temporary Redirect: common cause 1 of 4, an item of the "Common causes" list.
http-307-cause-1 = Trang web nằm trong danh sách HSTS, nên Chrome tự nâng cấp `http://` thành `https://` và DevTools hiển thị một `307 Internal Redirect` chưa bao giờ đến máy chủ.

# HTTP 307 Temporary Redirect: common cause 2 of 4, an item of the "Common causes" list.
http-307-cause-2 = Một endpoint API tạm thời bị chuyển đi, chẳng hạn trong quá trình di chuyển hệ thống, và các lệnh gọi `POST` và `PUT` phải tiếp tục hoạt động qua chuyển hướng.

# HTTP 307 Temporary Redirect: common cause 3 of 4, an item of the "Common causes" list.
http-307-cause-3 = Một bộ cân bằng tải hoặc chế độ bảo trì tạm thời chuyển các yêu cầu sang một vùng (region) hoặc host khác.

# HTTP 307 Temporary Redirect: common cause 4 of 4, an item of the "Common causes" list.
http-307-cause-4 = `RedirectResponse` của FastAPI, cũng như chuyển hướng tự động thêm dấu gạch chéo cuối của Starlette và FastAPI, mặc định dùng `307`.

# HTTP 307 Temporary Redirect: what a visitor can do, the only item of "How to fix it (for visitors)".
http-307-fix-visitor-1 = Không cần làm gì: trình duyệt của bạn tự gửi lại yêu cầu tới địa chỉ tạm thời.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-1 = Dùng `307` thay cho `302` bất cứ khi nào yêu cầu có thể mang phần thân, chẳng hạn các thao tác ghi qua API, tải lên và gửi biểu mẫu mà đích phải nhận được nguyên vẹn.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-2 = Từ các máy khách của chính bạn, hãy gọi URL chuẩn (canonical), với đúng scheme và dấu gạch chéo cuối, vì mỗi phản hồi `307` khiến dữ liệu phải tải lên lại và tốn thêm một lượt khứ hồi.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-3 = Lưu ý rằng trình duyệt, curl và phần lớn thư viện bỏ header `Authorization` khi chuyển hướng dẫn sang một host khác, nên một `307` sang host khác cho một lệnh gọi đã xác thực thường kết thúc bằng `401`.

# HTTP 307 Temporary Redirect: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-307-fix-developer-4 = Để hiểu một `307 Internal Redirect` trong Chrome, hãy tra host đó tại `chrome://net-internals/#hsts`; nó đến từ danh sách HSTS của trình duyệt, không phải từ máy chủ của bạn.

# HTTP 307 Temporary Redirect compared with HTTP 302 Found: when to use which, in the "Related codes" section.
http-307-vs-302 = Gửi `307` khi phải giữ nguyên phương thức và phần thân; `302` cho phép máy khách đổi `POST` thành `GET`.

# HTTP 307 Temporary Redirect compared with HTTP 303 See Other: when to use which, in the "Related codes" section.
http-307-vs-303 = Gửi `307` để lặp lại cùng yêu cầu ở nơi khác; gửi `303` để máy khách lấy một trang kết quả bằng `GET`.

# HTTP 307 Temporary Redirect compared with HTTP 308 Permanent Redirect: when to use which, in the "Related codes" section.
http-307-vs-308 = Gửi `307` khi việc chuyển chỉ là tạm thời và máy khách nên giữ URI cũ; gửi `308` khi URI mới thay thế hẳn URI cũ.

## HTTP 308 Permanent Redirect

# HTTP 308 Permanent Redirect: one-line summary at the top of the explainer (TL;DR).
http-308-tldr = Một chuyển hướng vĩnh viễn mà, khác với `301`, buộc máy khách giữ nguyên phương thức và phần thân.

# HTTP 308 Permanent Redirect: the "What it means" paragraph of the explainer.
http-308-meaning = `308` cho biết tài nguyên đích có URI mới cố định trong `Location`, máy khách nên cập nhật liên kết, và yêu cầu được chuyển hướng phải dùng cùng phương thức và nội dung. Giống `301`, mã này có thể được lưu vào cache theo heuristic, nên trình duyệt có thể ghi nhớ nó. Được định nghĩa lần đầu trong RFC 7538 và nay là một phần của RFC 9110, mã này hoạt động trên mọi trình duyệt hiện hành và các thư viện HTTP phổ biến; chỉ những máy khách rất cũ, chẳng hạn Internet Explorer 11 trên Windows 7, là không đi theo nó. Công cụ tìm kiếm xử lý mã này giống `301` khi lập chỉ mục.

# HTTP 308 Permanent Redirect: common cause 1 of 3, an item of the "Common causes" list.
http-308-cause-1 = Một API đã chuyển vĩnh viễn sang phiên bản hoặc host mới, và các lệnh gọi `POST`, `PUT` và `DELETE` của nó phải tiếp tục hoạt động.

# HTTP 308 Permanent Redirect: common cause 2 of 3, an item of the "Common causes" list.
http-308-cause-2 = Next.js và Vercel trả lời bằng `308` cho các chuyển hướng được cấu hình với `permanent: true`, cũng như khi chuẩn hóa dấu gạch chéo cuối.

# HTTP 308 Permanent Redirect: common cause 3 of 3, an item of the "Common causes" list.
http-308-cause-3 = Một nhà cung cấp hosting hoặc CDN bắt buộc dùng HTTPS bằng một chuyển hướng giữ nguyên phương thức, để các lần gửi biểu mẫu tới URL `http://` cũ vẫn đến nơi.

# HTTP 308 Permanent Redirect: what a visitor can do, the only item of "How to fix it (for visitors)".
http-308-fix-visitor-1 = Không cần làm gì: trình duyệt của bạn tự đi tới địa chỉ mới; hãy cập nhật mọi dấu trang còn trỏ tới địa chỉ cũ.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-1 = Dùng `308` khi chuyển vĩnh viễn các endpoint API và mọi URL nhận thao tác ghi, và chỉ giữ `301` cho các trang thông thường nếu bạn buộc phải hỗ trợ những máy khách rất cũ.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-2 = Trước tiên hãy thử chuyển hướng với thời gian lưu cache ngắn, vì một khi trình duyệt đã lưu `308` vào cache, bạn không dễ gì rút lại được.

# HTTP 308 Permanent Redirect: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-308-fix-developer-3 = Cập nhật các API client, SDK và cấu hình webhook để gọi thẳng URI mới, vì mỗi yêu cầu bị chuyển hướng đều gửi phần thân hai lần.

# HTTP 308 Permanent Redirect compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-308-vs-301 = Dùng `308` khi máy khách phải gửi lại cùng phương thức và phần thân; `301` cho phép trình duyệt đổi `POST` thành `GET`.

# HTTP 308 Permanent Redirect compared with HTTP 307 Temporary Redirect: when to use which, in the "Related codes" section.
http-308-vs-307 = Dùng `308` khi URI mới là vĩnh viễn; dùng `307` khi sau này máy khách nên quay lại URI ban đầu.

## HTTP 400 Bad Request

# HTTP 400 Bad Request: one-line summary at the top of the explainer (TL;DR).
http-400-tldr = Máy chủ không thể xử lý yêu cầu vì có điều gì đó trong yêu cầu bị sai định dạng hoặc không hợp lệ.

# HTTP 400 Bad Request: the "What it means" paragraph of the explainer.
http-400-meaning = `400` là mã trạng thái lỗi phía máy khách chung: dòng yêu cầu, một header hoặc phần thân vi phạm các quy tắc cú pháp hoặc quy tắc đóng khung (framing), hoặc yêu cầu không hợp lệ theo một cách khác mà máy chủ sẽ không xử lý. Máy khách không nên gửi lại cùng yêu cầu đó mà không sửa đổi. Máy chủ dùng mã này cho những vấn đề không có mã cụ thể hơn, chẳng hạn header `Host` không hợp lệ, một yêu cầu mang cả `Content-Length` lẫn `Transfer-Encoding`, hoặc một phần thân không phân tích được theo `Content-Type` đã khai báo. Một phần thân theo định dạng problem details của RFC 9457 (`application/problem+json`) nêu rõ phần bị lỗi sẽ giúp máy khách khỏi phải đoán mò. Khi có một mã cụ thể phù hợp, chẳng hạn `413`, `414`, `415`, `422` hoặc `431`, mã đó cho máy khách biết nhiều hơn.

# HTTP 400 Bad Request: common cause 1 of 5, an item of the "Common causes" list.
http-400-cause-1 = Phần thân JSON hoặc XML sai định dạng, chẳng hạn vì một dấu phẩy thừa ở cuối hoặc một dấu nháy kép chưa được thoát (escape), hoặc dùng bảng mã ký tự khác với bảng mã đã khai báo.

# HTTP 400 Bad Request: common cause 2 of 5, an item of the "Common causes" list.
http-400-cause-2 = Một yêu cầu HTTP thường đã đến một cổng mà nginx phục vụ bằng HTTPS, điều mà nginx báo là “The plain HTTP request was sent to HTTPS port”.

# HTTP 400 Bad Request: common cause 3 of 5, an item of the "Common causes" list.
http-400-cause-3 = Cookie hoặc các header khác không vừa với `large_client_header_buffers` của nginx, và nginx trả lời “400 Request Header Or Cookie Too Large” thay vì `431`.

# HTTP 400 Bad Request: common cause 4 of 5, an item of the "Common causes" list.
http-400-cause-4 = URL chứa ký tự không hợp lệ hoặc mã hóa phần trăm (percent-encoding) bị hỏng, chẳng hạn một dấu cách chưa được mã hóa hoặc một ký tự `%` không theo sau bởi hai chữ số thập lục phân.

# HTTP 400 Bad Request: common cause 5 of 5, an item of the "Common causes" list.
http-400-cause-5 = Một token endpoint của OAuth 2.0 đã từ chối yêu cầu với `invalid_request` hoặc `invalid_grant`, những lỗi mà RFC 6749 báo bằng `400`.

# HTTP 400 Bad Request: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-1 = Kiểm tra địa chỉ xem có lỗi gõ hoặc ký tự bất thường không, và gõ lại địa chỉ thay vì dán vào.

# HTTP 400 Bad Request: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-2 = Xóa cookie và các tệp đã lưu cache của trang web này, vì một cookie quá lớn hoặc bị hỏng thường gây ra lỗi này.

# HTTP 400 Bad Request: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-400-fix-visitor-3 = Nếu lỗi xảy ra sau khi bạn gửi một biểu mẫu, hãy quay lại, kiểm tra những gì bạn đã nhập và gửi lại.

# HTTP 400 Bad Request: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-1 = Đọc log của máy chủ tại thời điểm xảy ra lỗi: các framework ghi lại ngoại lệ phân tích cú pháp, còn nginx ghi lại lý do, chẳng hạn “client sent invalid header line”, khi `error_log` được đặt ở mức `info`.

# HTTP 400 Bad Request: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-2 = Trả về một phần thân problem details nêu rõ trường hoặc header bị lỗi, để nhà phát triển phía máy khách có thể sửa yêu cầu mà không cần truy cập log của bạn.

# HTTP 400 Bad Request: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-3 = Tái hiện lỗi bằng `curl -v --data-binary @body.json -H 'Content-Type: application/json'` để thấy chính xác những gì được gửi đi, và kiểm tra phần thân bằng `jq . body.json` trước khi nghi ngờ máy chủ.

# HTTP 400 Bad Request: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-400-fix-developer-4 = Dùng các mã cụ thể khi phù hợp: `415` cho `Content-Type` không được hỗ trợ, `422` cho phần thân đúng định dạng nhưng không qua được bước kiểm tra dữ liệu (validation), `431` cho header quá lớn.

# HTTP 400 Bad Request compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-400-vs-401 = Gửi `400` khi bản thân yêu cầu sai định dạng; gửi `401` khi yêu cầu đúng định dạng nhưng thiếu thông tin xác thực hợp lệ.

# HTTP 400 Bad Request compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-400-vs-415 = Gửi `415` khi kiểu phương tiện của phần thân là kiểu bạn hoàn toàn không chấp nhận; gửi `400` khi phần thân đúng kiểu nhưng không phân tích được.

# HTTP 400 Bad Request compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-400-vs-422 = Gửi `400` cho một phần thân không thể phân tích được; gửi `422` cho một phần thân phân tích được nhưng vi phạm các quy tắc kiểm tra dữ liệu của bạn.

## HTTP 401 Unauthorized

# HTTP 401 Unauthorized: one-line summary at the top of the explainer (TL;DR).
http-401-tldr = Bạn cần xác thực, hoặc thông tin xác thực bạn gửi đã bị từ chối; header `WWW-Authenticate` cho biết cách xác thực.

# HTTP 401 Unauthorized: the "What it means" paragraph of the explainer.
http-401-meaning = `401` nghĩa là yêu cầu thiếu thông tin xác thực hợp lệ cho tài nguyên đích; máy chủ phải gửi ít nhất một yêu cầu xác thực (challenge) trong `WWW-Authenticate`, chẳng hạn `Basic realm="api"` hoặc `Bearer error="invalid_token"`, và máy khách có thể thử lại với header `Authorization`. Nếu yêu cầu đã mang thông tin xác thực, `401` cho biết thông tin đó đã bị từ chối, chẳng hạn vì token đã hết hạn hoặc đã bị thu hồi. Với challenge `Basic` hoặc `Digest`, trình duyệt hiển thị hộp thoại đăng nhập có sẵn của nó; với token `Bearer`, ứng dụng tự xử lý việc thử lại, thường là bằng cách làm mới access token trước. Dù cụm từ lý do là Unauthorized, mã này nói về xác thực: một máy khách đã biết danh tính nhưng không có quyền sẽ nhận `403`.

# HTTP 401 Unauthorized: common cause 1 of 5, an item of the "Common causes" list.
http-401-cause-1 = Access token hoặc cookie phiên đã hết hạn, và máy khách gửi nó đi mà không làm mới.

# HTTP 401 Unauthorized: common cause 2 of 5, an item of the "Common causes" list.
http-401-cause-2 = Header `Authorization` không bao giờ đến được ứng dụng, vì Apache với `mod_wsgi` hoặc một cấu hình CGI hay FastCGI bỏ header này đi, trừ khi được cấu hình `WSGIPassAuthorization On` hoặc `CGIPassAuth On`.

# HTTP 401 Unauthorized: common cause 3 of 5, an item of the "Common causes" list.
http-401-cause-3 = Đồng hồ của máy khách hoặc máy chủ bị sai, nên một JWT trông như đã hết hạn hoặc chưa có hiệu lực theo các claim `exp` và `nbf` của nó.

# HTTP 401 Unauthorized: common cause 4 of 5, an item of the "Common causes" list.
http-401-cause-4 = Một chuyển hướng sang host khác đã làm mất header `Authorization`, điều mà trình duyệt, curl và phần lớn thư viện cố ý làm.

# HTTP 401 Unauthorized: common cause 5 of 5, an item of the "Common causes" list.
http-401-cause-5 = Token được cấp cho một đối tượng (audience) hoặc môi trường khác, chẳng hạn token của môi trường staging lại được gửi tới production.

# HTTP 401 Unauthorized: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-401-fix-visitor-1 = Đăng nhập lại; phiên của bạn có thể đã hết hạn.

# HTTP 401 Unauthorized: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-401-fix-visitor-2 = Nếu hộp thoại đăng nhập cứ xuất hiện lại, hãy kiểm tra tên người dùng và mật khẩu, và xóa thông tin đăng nhập đã lưu cho trang web này khỏi trình duyệt.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 1 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-1 = Gửi header `WWW-Authenticate` với mọi phản hồi `401`, như đặc tả yêu cầu; với bearer token của OAuth, hãy kèm `error="invalid_token"` và một `error_description`.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 2 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-2 = Giải mã token và đối chiếu `exp`, `nbf`, `aud` và `iss` với những gì máy chủ mong đợi, và giữ đồng hồ của máy chủ được đồng bộ bằng NTP.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 3 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-3 = Xác nhận rằng header đến được mã của bạn bằng cách ghi log các header của yêu cầu trong ứng dụng, và kiểm tra các thiết lập proxy và CGI có loại bỏ `Authorization`.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 4 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-4 = Trả lời các yêu cầu kiểm tra trước (preflight) `OPTIONS` của CORS mà không đòi thông tin xác thực, vì trình duyệt không bao giờ gửi `Authorization` trong yêu cầu preflight và một phản hồi `401` ở đó sẽ chặn yêu cầu thực.

# HTTP 401 Unauthorized: what a developer or administrator can do, item 5 of 5 of "How to fix it (for developers and admins)".
http-401-fix-developer-5 = Trả về `403` với `error="insufficient_scope"` khi token hợp lệ nhưng thiếu phạm vi (scope) cần thiết, như RFC 6750 quy định.

# HTTP 401 Unauthorized compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-401-vs-403 = Gửi `401` khi máy khách chưa chứng minh được mình là ai; gửi `403` khi bạn đã biết máy khách là ai nhưng máy khách không được phép.

# HTTP 401 Unauthorized compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-401-vs-407 = `401` đến từ máy chủ gốc và dùng `WWW-Authenticate` cùng `Authorization`; `407` đến từ một proxy và dùng `Proxy-Authenticate` cùng `Proxy-Authorization`.

# HTTP 401 Unauthorized compared with HTTP 511 Network Authentication Required: when to use which, in the "Related codes" section.
http-401-vs-511 = `401` đòi thông tin xác thực cho trang web mà người dùng yêu cầu; `511` đến từ mạng cục bộ, nơi muốn người dùng đăng nhập trước khi truy cập bất kỳ trang web nào.

## HTTP 402 Payment Required

# HTTP 402 Payment Required: one-line summary at the top of the explainer (TL;DR).
http-402-tldr = Được HTTP dành riêng để sử dụng trong tương lai; một số dịch vụ dùng mã này để báo rằng cần thanh toán hoặc cần một gói trả phí.

# HTTP 402 Payment Required: the "What it means" paragraph of the explainer.
http-402-meaning = RFC 9110 dành riêng `402` mà không định nghĩa ngữ nghĩa, header hay hành vi của máy khách, nên trình duyệt xử lý nó như mọi mã `4xx` khác. Các API tự gán ý nghĩa cho nó: chẳng hạn Stripe trả về `402` khi các tham số hợp lệ nhưng yêu cầu vẫn thất bại, ví dụ thẻ bị từ chối, còn các dịch vụ khác dùng mã này khi gói đăng ký đã hết hạn hoặc hạn mức trả phí đã dùng hết. Vì không có gì về mã này được chuẩn hóa, phần thân phải mang lời giải thích, và nhà phát triển phía máy khách phải dựa vào tài liệu của từng API. Đã có những đề xuất về một luồng thanh toán mà máy có thể đọc được dựa trên `402`, nhưng chưa đề xuất nào thuộc về HTTP.

# HTTP 402 Payment Required: common cause 1 of 4, an item of the "Common causes" list.
http-402-cause-1 = Một API thanh toán đã từ chối một khoản thu, chẳng hạn vì thẻ bị từ chối hoặc đã hết hạn.

# HTTP 402 Payment Required: common cause 2 of 4, an item of the "Common causes" list.
http-402-cause-2 = Gói đăng ký hoặc thời gian dùng thử của tài khoản đã kết thúc, và dịch vụ chặn các tính năng trả phí cho đến khi vấn đề thanh toán được giải quyết.

# HTTP 402 Payment Required: common cause 3 of 4, an item of the "Common causes" list.
http-402-cause-3 = Hạn mức sử dụng trả phí của một gói API đã hết trong kỳ thanh toán hiện tại.

# HTTP 402 Payment Required: common cause 4 of 4, an item of the "Common causes" list.
http-402-cause-4 = Một dịch vụ nội dung có tường phí (paywall) đòi phải mua hoặc đăng ký để xem bài viết hoặc tệp này.

# HTTP 402 Payment Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-402-fix-visitor-1 = Kiểm tra gói đăng ký và phương thức thanh toán trong phần cài đặt thanh toán của tài khoản, và thay thẻ đã hết hạn.

# HTTP 402 Payment Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-402-fix-visitor-2 = Nếu bạn tin rằng mình đã thanh toán, hãy liên hệ bộ phận hỗ trợ của dịch vụ kèm thông báo hiển thị trên trang.

# HTTP 402 Payment Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-1 = Ghi tài liệu chính xác khi nào API của bạn trả về `402` và phần thân chứa gì, chẳng hạn mã lỗi, giới hạn của gói và URL trang thanh toán.

# HTTP 402 Payment Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-2 = Trong máy khách, hãy xử lý `402` theo từng API bằng cách đọc mã lỗi trong phần thân, chẳng hạn `decline_code` của Stripe, thay vì chỉ dựa vào mã trạng thái.

# HTTP 402 Payment Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-402-fix-developer-3 = Cân nhắc dùng `403` kèm một mã lỗi rõ ràng cho các hạn chế theo gói, vì các máy khách và proxy thông thường đều biết cách xử lý mã này.

# HTTP 402 Payment Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-402-vs-401 = Gửi `401` khi bên gọi chưa được xác thực; chỉ gửi `402` cho một lời từ chối liên quan đến thanh toán, có ghi trong tài liệu, đối với một bên gọi đã xác thực.

# HTTP 402 Payment Required compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-402-vs-403 = `403` là lời từ chối chuẩn cho một bên gọi đã biết danh tính nhưng không có quyền truy cập; `402` là một biến thể không chuẩn mà một số API dành cho những lời từ chối sẽ được gỡ bỏ nếu trả tiền.

## HTTP 403 Forbidden

# HTTP 403 Forbidden: one-line summary at the top of the explainer (TL;DR).
http-403-tldr = Máy chủ đã hiểu yêu cầu và từ chối nó; đăng nhập lại cũng không giúp được gì.

# HTTP 403 Forbidden: the "What it means" paragraph of the explainer.
http-403-meaning = `403` là một lời từ chối mà việc xác thực không thay đổi được: thông tin xác thực hợp lệ nhưng không có quyền, hoặc quyền truy cập bị từ chối vì một lý do khác, chẳng hạn địa chỉ mạng của máy khách, thiếu CSRF token hoặc quyền trên hệ thống tệp. Khác với `401`, mã này không cần header `WWW-Authenticate`, và việc lặp lại yêu cầu với cùng thông tin xác thực là vô ích. Máy chủ có thể giải thích lý do trong phần thân hoặc giữ kín; nếu ngay cả việc tài nguyên có tồn tại hay không cũng là bí mật, `404` là lựa chọn thay thế thông thường. Phản hồi `403` không được lưu vào cache trừ khi các header của nó cho phép.

# HTTP 403 Forbidden: common cause 1 of 5, an item of the "Common causes" list.
http-403-cause-1 = Máy chủ web không thể đọc tệp vì quyền hoặc quyền sở hữu trên Unix, điều mà nginx ghi vào log là `(13: Permission denied)`, hoặc vì SELinux chặn.

# HTTP 403 Forbidden: common cause 2 of 5, an item of the "Common causes" list.
http-403-cause-2 = URL trỏ tới một thư mục không có tệp index, và tính năng liệt kê thư mục bị tắt (`autoindex off` trong nginx, `Options -Indexes` trong Apache).

# HTTP 403 Forbidden: common cause 3 of 5, an item of the "Common causes" list.
http-403-cause-3 = Tường lửa, một quy tắc ModSecurity hoặc bước kiểm tra bot của CDN đã chặn yêu cầu vì địa chỉ IP, quốc gia, user agent hoặc nội dung của nó.

# HTTP 403 Forbidden: common cause 4 of 5, an item of the "Common causes" list.
http-403-cause-4 = Một biểu mẫu đã được gửi tới Django hoặc Rails mà không có CSRF token hợp lệ, chẳng hạn sau khi phiên đã thay đổi hoặc từ một trang bị lưu cache quá lâu.

# HTTP 403 Forbidden: common cause 5 of 5, an item of the "Common causes" list.
http-403-cause-5 = Chính sách (policy) của một bucket lưu trữ đám mây từ chối quyền truy cập, hoặc S3 trả về `403 AccessDenied` cho một đối tượng không tồn tại vì bên gọi thiếu quyền `s3:ListBucket`.

# HTTP 403 Forbidden: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-1 = Bảo đảm rằng bạn đã đăng nhập bằng tài khoản lẽ ra phải có quyền truy cập, hoặc nhờ chủ sở hữu cấp quyền.

# HTTP 403 Forbidden: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-2 = Nếu bạn đi theo một liên kết, hãy kiểm tra xem địa chỉ có đầy đủ không; nhiều trang web từ chối liệt kê thư mục khi thiếu tên trang.

# HTTP 403 Forbidden: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-403-fix-visitor-3 = Nếu bạn bị một bước kiểm tra bảo mật chặn, hãy tắt VPN hoặc proxy rồi tải lại, vì các địa chỉ dùng chung thường bị chặn.

# HTTP 403 Forbidden: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-1 = Xem log lỗi để biết đường dẫn bị từ chối và lý do, rồi sửa quyền: người dùng mà máy chủ chạy dưới danh nghĩa cần quyền thực thi (execute) trên mọi thư mục cha và quyền đọc trên tệp, điều mà `namei -l /path/to/file` hiển thị ngay lập tức.

# HTTP 403 Forbidden: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-2 = Tìm các quy tắc từ chối trong các khối `location`, tệp `.htaccess`, chỉ thị `Require` và log kiểm tra (audit log) của WAF, chẳng hạn `modsec_audit.log` của ModSecurity hoặc các sự kiện tường lửa của CDN, để tìm ra quy tắc đã khớp.

# HTTP 403 Forbidden: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-3 = Giải thích trong phần thân vì sao quyền truy cập bị từ chối và cần gì để được cấp quyền, trừ khi điều đó tiết lộ quá nhiều; API client cần biết lý do để xử lý.

# HTTP 403 Forbidden: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-403-fix-developer-4 = Với lỗi CSRF, hãy kiểm tra xem biểu mẫu có mang token không và các thuộc tính `SameSite` và `Secure` của cookie phiên có phù hợp với cách biểu mẫu được gửi không.

# HTTP 403 Forbidden compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-403-vs-401 = Gửi `403` khi máy khách đã được xác thực nhưng không được phép; gửi `401` khi máy khách vẫn cần xác thực hoặc thông tin xác thực của nó đã bị từ chối.

# HTTP 403 Forbidden compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-403-vs-404 = Gửi `404` thay cho `403` khi bạn không muốn tiết lộ rằng tài nguyên có tồn tại.

# HTTP 403 Forbidden compared with HTTP 451 Unavailable For Legal Reasons: when to use which, in the "Related codes" section.
http-403-vs-451 = Gửi `451` khi lý do từ chối truy cập là một yêu cầu pháp lý; gửi `403` cho mọi trường hợp từ chối khác.

## HTTP 404 Not Found

# HTTP 404 Not Found: one-line summary at the top of the explainer (TL;DR).
http-404-tldr = Không có gì ở địa chỉ này, hoặc máy chủ không muốn cho biết là có hay không.

# HTTP 404 Not Found: the "What it means" paragraph of the explainer.
http-404-meaning = Phản hồi `404` cho biết máy chủ gốc không tìm thấy bản biểu diễn hiện tại nào cho URI đích; nó không hứa hẹn gì về tương lai, nên cùng yêu cầu đó có thể thành công sau này. Mã này có thể được lưu vào cache theo heuristic, nên trình duyệt và CDN có thể giữ một phản hồi `404` trong một thời gian trừ khi `Cache-Control` quy định khác, điều này giải thích vì sao một trang vẫn có vẻ không tồn tại ngay sau khi được đăng. Máy chủ cũng dùng mã này thay cho `403` để che giấu những tài nguyên mà máy khách không được xem. Với một tài nguyên đã bị xóa vĩnh viễn, `410` cung cấp nhiều thông tin hơn, còn tài nguyên đã chuyển chỗ nên nhận `301` hoặc `308`, chứ không phải `404`.

# HTTP 404 Not Found: common cause 1 of 5, an item of the "Common causes" list.
http-404-cause-1 = URL có lỗi gõ, khác về chữ hoa chữ thường trên một máy chủ phân biệt hoa thường, hoặc thiếu hay thừa dấu gạch chéo ở cuối.

# HTTP 404 Not Found: common cause 2 of 5, an item of the "Common causes" list.
http-404-cause-2 = Một trang đã bị xóa hoặc đổi tên mà không có chuyển hướng, nên các liên kết cũ và kết quả tìm kiếm không trỏ tới đâu cả.

# HTTP 404 Not Found: common cause 3 of 5, an item of the "Common causes" list.
http-404-cause-3 = Một ứng dụng trang đơn (SPA) được mở từ một liên kết sâu (deep link), và máy chủ không có phương án dự phòng (fallback) phục vụ `index.html` cho các route phía máy khách.

# HTTP 404 Not Found: common cause 4 of 5, an item of the "Common causes" list.
http-404-cause-4 = Trang web được triển khai dưới một đường dẫn con hoặc một URL gốc mới, nhưng các liên kết hoặc đường dẫn tài nguyên tĩnh vẫn trỏ tới thư mục gốc cũ.

# HTTP 404 Not Found: common cause 5 of 5, an item of the "Common causes" list.
http-404-cause-5 = Không có route API nào được đăng ký cho đường dẫn này, hoặc ID trong URL không tồn tại trong cơ sở dữ liệu.

# HTTP 404 Not Found: what a visitor can do, item 1 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-1 = Kiểm tra địa chỉ xem có lỗi gõ không, và thử bỏ phần cuối của đường dẫn để đến một trang cấp trên.

# HTTP 404 Not Found: what a visitor can do, item 2 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-2 = Dùng chức năng tìm kiếm hoặc thanh điều hướng của trang web để tìm trang; nó có thể đã được chuyển đi.

# HTTP 404 Not Found: what a visitor can do, item 3 of 3 of "How to fix it (for visitors)".
http-404-fix-visitor-3 = Nếu một liên kết trên trang web khác đưa bạn tới đây, hãy báo cho chủ sở hữu trang đó rằng liên kết đã hỏng.

# HTTP 404 Not Found: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-1 = Tìm đường dẫn được yêu cầu và `Referer` của nó trong log truy cập, rồi thêm `301` từ các URL cũ tới vị trí mới của chúng.

# HTTP 404 Not Found: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-2 = Với ứng dụng trang đơn, hãy thêm một fallback như `try_files $uri $uri/ /index.html;` trong nginx, nhưng vẫn trả về `404` thực sự cho những route mà ứng dụng không biết.

# HTTP 404 Not Found: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-3 = Phục vụ một trang lỗi hữu ích với mã trạng thái `404` thực sự, không phải `200`; dù sao công cụ tìm kiếm cũng coi những trang soft 404 như vậy là lỗi.

# HTTP 404 Not Found: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-404-fix-developer-4 = Đặt `max-age` ngắn cho các phản hồi `404` tại CDN, để một trang mới đăng không bị che khuất bởi một lượt không tìm thấy đã được lưu cache.

# HTTP 404 Not Found compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-404-vs-410 = Gửi `410` khi bạn biết tài nguyên đã bị xóa vĩnh viễn; gửi `404` khi bạn không thể hoặc không muốn nói rõ.

# HTTP 404 Not Found compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-404-vs-403 = Gửi `403` khi tài nguyên tồn tại và máy khách có thể biết điều đó nhưng không được truy cập; gửi `404` để che giấu hoàn toàn tài nguyên.

# HTTP 404 Not Found compared with HTTP 405 Method Not Allowed: when to use which, in the "Related codes" section.
http-404-vs-405 = Gửi `405` khi URI tồn tại nhưng không dành cho phương thức này; gửi `404` khi không có gì tồn tại ở URI đó.

## HTTP 405 Method Not Allowed

# HTTP 405 Method Not Allowed: one-line summary at the top of the explainer (TL;DR).
http-405-tldr = Địa chỉ tồn tại nhưng không chấp nhận phương thức HTTP này, chẳng hạn một `POST` tới một trang chỉ đọc.

# HTTP 405 Method Not Allowed: the "What it means" paragraph of the explainer.
http-405-meaning = Máy chủ biết phương thức, nhưng tài nguyên đích không hỗ trợ nó; phản hồi phải liệt kê các phương thức mà tài nguyên có hỗ trợ trong header `Allow`, chẳng hạn `Allow: GET, HEAD`. Máy khách nên thử lại với một trong các phương thức đó, chứ không lặp lại cùng phương thức. Các framework tự động tạo ra `405` khi một route tồn tại cho một số phương thức nhưng không có cho phương thức được yêu cầu, và gửi một yêu cầu `OPTIONS` tới cùng URI là cách thông thường để biết trước các phương thức được hỗ trợ. Phản hồi `405` có thể được lưu vào cache theo heuristic.

# HTTP 405 Method Not Allowed: common cause 1 of 5, an item of the "Common causes" list.
http-405-cause-1 = Một biểu mẫu hoặc lệnh gọi `fetch` gửi `POST` tới một URL có route chỉ xử lý `GET`, hoặc ngược lại.

# HTTP 405 Method Not Allowed: common cause 2 of 5, an item of the "Common causes" list.
http-405-cause-2 = nginx đang phục vụ một tệp tĩnh và nhận được `POST`, `PUT` hoặc `DELETE`, và nó trả lời bằng `405`.

# HTTP 405 Method Not Allowed: common cause 3 of 5, an item of the "Common causes" list.
http-405-cause-3 = Một chuyển hướng, chẳng hạn để thêm dấu gạch chéo cuối hoặc chuyển sang HTTPS, đã biến một `POST` thành một `GET` mà đích không chấp nhận.

# HTTP 405 Method Not Allowed: common cause 4 of 5, an item of the "Common causes" list.
http-405-cause-4 = Một yêu cầu kiểm tra trước (preflight) `OPTIONS` của CORS đã đến một route không xử lý `OPTIONS`.

# HTTP 405 Method Not Allowed: common cause 5 of 5, an item of the "Common causes" list.
http-405-cause-5 = Module WebDAV của IIS chặn `PUT` và `DELETE` trước khi ứng dụng nhận được chúng.

# HTTP 405 Method Not Allowed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-405-fix-visitor-1 = Bạn không thể làm gì nhiều: hãy mở lại trang từ đầu thay vì gửi lại, và báo lỗi nếu một biểu mẫu cứ liên tục thất bại.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-1 = Đọc header `Allow` trong phản hồi, chẳng hạn bằng `curl -i -X OPTIONS` tới URL đó, và so sánh với phương thức mà máy khách của bạn gửi.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-2 = Bảo đảm mỗi route khai báo mọi phương thức mà nó xử lý, chẳng hạn `methods=["GET", "POST"]` trong Flask hoặc `@PostMapping` trong Spring.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-3 = Gọi thẳng URL chuẩn, với đúng scheme và dấu gạch chéo cuối, để không có chuyển hướng nào thay đổi phương thức trước khi yêu cầu đến được route.

# HTTP 405 Method Not Allowed: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-405-fix-developer-4 = Trên IIS, hãy gỡ `WebDAVModule` và handler của nó trong `web.config` khi ứng dụng của bạn tự xử lý `PUT` và `DELETE`.

# HTTP 405 Method Not Allowed compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-405-vs-501 = Gửi `405` khi phương thức được biết nhưng không được phép trên tài nguyên này; gửi `501` khi máy chủ hoàn toàn không triển khai phương thức đó.

# HTTP 405 Method Not Allowed compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-405-vs-404 = Gửi `404` khi không có gì tồn tại ở URI; gửi `405` khi có thứ tồn tại nhưng không dành cho phương thức này.

# HTTP 405 Method Not Allowed compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-405-vs-403 = Gửi `403` khi phương thức được hỗ trợ nhưng máy khách này không được phép dùng; gửi `405` khi không máy khách nào có thể dùng phương thức đó trên tài nguyên này.

## HTTP 406 Not Acceptable

# HTTP 406 Not Acceptable: one-line summary at the top of the explainer (TL;DR).
http-406-tldr = Máy chủ không có phiên bản nào của tài nguyên ở định dạng, ngôn ngữ hoặc kiểu mã hóa mà máy khách cho biết là nó chấp nhận.

# HTTP 406 Not Acceptable: the "What it means" paragraph of the explainer.
http-406-meaning = Máy chủ có thể trả lời `406` khi nó áp dụng nghiêm ngặt các header thương lượng chủ động, chẳng hạn `Accept`, `Accept-Language` hoặc `Accept-Encoding`, và không bản biểu diễn nào của nó khớp với các header đó. RFC 9110 cũng cho phép máy chủ bỏ qua các header này và gửi một bản biểu diễn mặc định, điều mà phần lớn máy chủ vẫn làm, vì một phản hồi mà user agent có thể thử dùng thường tốt hơn một lỗi. Phản hồi `406` nên liệt kê các bản biểu diễn hiện có, cùng kiểu phương tiện hoặc ngôn ngữ của chúng, để người dùng hoặc máy khách chọn một. Nếu vấn đề nằm ở định dạng phần thân của chính yêu cầu, mã phù hợp là `415`.

# HTTP 406 Not Acceptable: common cause 1 of 4, an item of the "Common causes" list.
http-406-cause-1 = Một API client gửi `Accept: application/xml` tới một endpoint chỉ tạo ra JSON.

# HTTP 406 Not Acceptable: common cause 2 of 4, an item of the "Common causes" list.
http-406-cause-2 = Một action của Rails dùng `respond_to` không có nhánh nào cho định dạng được yêu cầu và ném ra `ActionController::UnknownFormat`, hoặc Spring không tìm thấy converter nào cho kiểu trong `Accept`.

# HTTP 406 Not Acceptable: common cause 3 of 4, an item of the "Common causes" list.
http-406-cause-3 = ModSecurity trên hosting dùng chung được thiết lập để từ chối các yêu cầu đáng ngờ bằng `406`, một lựa chọn chẳng liên quan gì đến thương lượng nội dung.

# HTTP 406 Not Acceptable: common cause 4 of 4, an item of the "Common causes" list.
http-406-cause-4 = Một tiện ích mở rộng của trình duyệt hoặc một HTTP client gửi header `Accept` hoặc `Accept-Language` bất thường mà một máy chủ nghiêm ngặt không thể đáp ứng.

# HTTP 406 Not Acceptable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-406-fix-visitor-1 = Thử một trình duyệt khác, hoặc tắt các tiện ích mở rộng có thay đổi header của yêu cầu, rồi tải lại.

# HTTP 406 Not Acceptable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-406-fix-visitor-2 = Nếu lỗi xảy ra khi gửi biểu mẫu trên một trang web nhỏ dùng hosting, có lẽ một bộ lọc bảo mật không ưa dữ liệu bạn nhập; hãy liên hệ chủ sở hữu trang web.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-1 = Kiểm tra các header `Accept` của yêu cầu bằng `curl -v` và so sánh với các kiểu phương tiện mà endpoint tạo ra; máy khách không quan tâm đến định dạng nên gửi `Accept: */*` hoặc kiểu mà nó phân tích được.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-2 = Nên ưu tiên gửi một bản biểu diễn mặc định kèm `Vary: Accept` thay vì trả về `406`, trừ khi máy khách phụ thuộc vào việc thương lượng nghiêm ngặt.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-3 = Trên hosting dùng chung, hãy tìm ID của quy tắc đã gây ra `406` trong log kiểm tra của ModSecurity và đề nghị nhà cung cấp hosting tắt quy tắc đó cho đường dẫn của bạn.

# HTTP 406 Not Acceptable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-406-fix-developer-4 = Trong Spring, hãy bảo đảm có một message converter cho kiểu phản hồi, chẳng hạn Jackson cho JSON, và thuộc tính `produces` khớp với những gì máy khách yêu cầu.

# HTTP 406 Not Acceptable compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-406-vs-415 = Gửi `406` khi bạn không thể tạo ra định dạng phản hồi mà máy khách chấp nhận; gửi `415` khi bạn không thể đọc định dạng phần thân yêu cầu của máy khách.

# HTTP 406 Not Acceptable compared with HTTP 300 Multiple Choices: when to use which, in the "Related codes" section.
http-406-vs-300 = Gửi `300` khi bạn đưa ra các lựa chọn để máy khách chọn; gửi `406` khi không có gì khớp với những gì máy khách nói rằng nó chấp nhận.

## HTTP 407 Proxy Authentication Required

# HTTP 407 Proxy Authentication Required: one-line summary at the top of the explainer (TL;DR).
http-407-tldr = Một proxy nằm giữa bạn và trang web yêu cầu bạn xác thực với nó trước.

# HTTP 407 Proxy Authentication Required: the "What it means" paragraph of the explainer.
http-407-meaning = `407` hoạt động giống `401`, nhưng sớm hơn một chặng: proxy gửi yêu cầu xác thực (challenge) cho máy khách trong `Proxy-Authenticate`, và máy khách thử lại với `Proxy-Authorization`. Các header này chỉ liên quan đến proxy đã yêu cầu, và proxy đó tiêu thụ chúng thay vì chuyển tiếp tới máy chủ gốc. Proxy của doanh nghiệp thường dùng `Negotiate` (Kerberos) hoặc `NTLM`, những cơ chế mà trình duyệt trên các máy đã gia nhập domain xử lý một cách âm thầm, còn các công cụ dòng lệnh thì cần cấu hình tường minh. Với HTTPS qua proxy, `407` trả lời yêu cầu `CONNECT` trước khi đường hầm được mở, nên trang web đích không bao giờ thấy quá trình trao đổi này.

# HTTP 407 Proxy Authentication Required: common cause 1 of 4, an item of the "Common causes" list.
http-407-cause-1 = Một công cụ dành cho nhà phát triển như `npm`, `pip`, `git` hoặc Docker dùng proxy của doanh nghiệp lấy từ `HTTP_PROXY` hoặc `HTTPS_PROXY` mà không có thông tin xác thực.

# HTTP 407 Proxy Authentication Required: common cause 2 of 4, an item of the "Common causes" list.
http-407-cause-2 = Mật khẩu proxy đã thay đổi, chẳng hạn cùng với mật khẩu domain của người dùng, và một công cụ vẫn gửi mật khẩu cũ.

# HTTP 407 Proxy Authentication Required: common cause 3 of 4, an item of the "Common causes" list.
http-407-cause-3 = Thông tin xác thực proxy đặt trong URL chứa các ký tự như `@` hoặc `:` chưa được mã hóa phần trăm, nên bị phân tích sai.

# HTTP 407 Proxy Authentication Required: common cause 4 of 4, an item of the "Common causes" list.
http-407-cause-4 = Proxy chỉ hỗ trợ `NTLM` hoặc `Negotiate`, những cơ chế mà máy khách không hỗ trợ, như thường gặp trong image của container và các runner CI.

# HTTP 407 Proxy Authentication Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-407-fix-visitor-1 = Đăng nhập vào proxy của tổ chức khi trình duyệt yêu cầu, bằng thông tin đăng nhập công việc thường ngày của bạn.

# HTTP 407 Proxy Authentication Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-407-fix-visitor-2 = Nếu bạn không ở trong một mạng được quản lý, hãy kiểm tra thiết lập proxy của hệ thống và tắt mọi proxy mà bạn không nhận ra.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-1 = Cấu hình proxy với thông tin xác thực đã được mã hóa phần trăm, chẳng hạn `HTTPS_PROXY=http://user:p%40ss@proxy.example.net:8080`, hoặc cấu hình cho từng công cụ bằng `npm config set https-proxy` hoặc `git config --global http.proxy`.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-2 = Với proxy dùng `NTLM` hoặc `Negotiate`, hãy dùng một máy khách có hỗ trợ các cơ chế này, chẳng hạn `curl --proxy-ntlm` hoặc `--proxy-negotiate`, hoặc chạy một công cụ hỗ trợ cục bộ như Cntlm hay Px để xác thực thay bạn.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-3 = Xem proxy chấp nhận những cơ chế xác thực nào bằng `curl -v -x proxy.example.net:8080` tới một URL bất kỳ và đọc header `Proxy-Authenticate` của nó.

# HTTP 407 Proxy Authentication Required: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-407-fix-developer-4 = Liệt kê các host nội bộ trong `NO_PROXY`, để những yêu cầu lẽ ra phải đi vòng qua proxy không bị đòi thông tin xác thực của nó.

# HTTP 407 Proxy Authentication Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-407-vs-401 = Gửi `407` từ một proxy cần máy khách xác thực với nó; `401` dành cho việc xác thực với máy chủ gốc.

# HTTP 407 Proxy Authentication Required compared with HTTP 511 Network Authentication Required: when to use which, in the "Related codes" section.
http-407-vs-511 = `407` đến từ một proxy mà máy khách chủ động sử dụng và được đáp lại bằng `Proxy-Authorization`; `511` đến từ một mạng chặn bắt lưu lượng, muốn người dùng đăng nhập qua một trang web.

## HTTP 408 Request Timeout

# HTTP 408 Request Timeout: one-line summary at the top of the explainer (TL;DR).
http-408-tldr = Máy chủ đã chờ yêu cầu đến quá lâu và đã đóng kết nối.

# HTTP 408 Request Timeout: the "What it means" paragraph of the explainer.
http-408-meaning = Máy chủ gửi `408` khi một kết nối đã được mở nhưng yêu cầu hoàn chỉnh, phần header hoặc phần thân, không đến trong giới hạn thời gian của nó; sau đó máy chủ đóng kết nối và báo điều này bằng `Connection: close`. Yêu cầu chưa được xử lý, nên máy khách có thể gửi lại trên một kết nối mới, và trình duyệt tự động làm vậy với các yêu cầu lũy đẳng (idempotent). Máy chủ cũng gửi `408` trên những kết nối nhàn rỗi chưa từng mang yêu cầu nào, chẳng hạn những kết nối mà trình duyệt mở sẵn từ trước, vì vậy các mục `408` lẻ tẻ trong log truy cập thường vô hại. Mã này liên quan đến chặng từ máy khách tới máy chủ; khi một gateway bỏ cuộc vì chờ upstream của nó quá lâu, mã phù hợp là `504`.

# HTTP 408 Request Timeout: common cause 1 of 4, an item of the "Common causes" list.
http-408-cause-1 = Một mạng chậm hoặc không ổn định khiến một lần tải lên lớn không hoàn tất được trong `client_body_timeout` của nginx hoặc `RequestReadTimeout` của Apache.

# HTTP 408 Request Timeout: common cause 2 of 4, an item of the "Common causes" list.
http-408-cause-2 = Trình duyệt đã mở sẵn một kết nối dự phòng và không dùng đến nó trước khi thời gian chờ header của máy chủ, chẳng hạn `client_header_timeout` của nginx, hết hạn.

# HTTP 408 Request Timeout: common cause 3 of 4, an item of the "Common causes" list.
http-408-cause-3 = Một máy khách khai báo `Content-Length` lớn hơn phần thân mà nó thực sự gửi, nên máy chủ chờ những byte không bao giờ đến.

# HTTP 408 Request Timeout: common cause 4 of 4, an item of the "Common causes" list.
http-408-cause-4 = Một ứng dụng di động bị tạm dừng ở chế độ nền khi đang gửi dở một yêu cầu và chỉ tiếp tục sau khi máy chủ đã bỏ cuộc.

# HTTP 408 Request Timeout: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-408-fix-visitor-1 = Tải lại trang hoặc gửi lại biểu mẫu; yêu cầu đã không đến máy chủ một cách trọn vẹn, nên chưa có gì được lưu.

# HTTP 408 Request Timeout: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-408-fix-visitor-2 = Nếu việc tải lên cứ thất bại, hãy chuyển sang một kết nối ổn định hơn hoặc tải lên các tệp nhỏ hơn.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-1 = So sánh thời gian chờ đọc của máy chủ với thời gian tải lên thực tế, và tăng `client_body_timeout` hoặc `RequestReadTimeout` cho các endpoint tải lên, hoặc chuyển sang tải lên theo từng phần (chunk) hoặc tải lên có thể tiếp tục.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-2 = Kiểm tra xem máy khách có gửi `Content-Length` đúng hay không; một giá trị lớn hơn phần thân khiến máy chủ chờ cho đến khi hết thời gian chờ.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-3 = Trong hệ thống giám sát, hãy đếm các phản hồi `408` trên những kết nối không mang yêu cầu nào tách riêng khỏi các yêu cầu thất bại thực sự, để chúng không gây ra cảnh báo giả.

# HTTP 408 Request Timeout: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-408-fix-developer-4 = Trong máy khách, hãy thử lại sau `408` trên một kết nối mới, tự động với các phương thức lũy đẳng và chỉ thận trọng với `POST`.

# HTTP 408 Request Timeout compared with HTTP 504 Gateway Timeout: when to use which, in the "Related codes" section.
http-408-vs-504 = `408` nghĩa là máy chủ đã bỏ cuộc vì chờ yêu cầu của máy khách quá lâu; `504` nghĩa là một gateway đã bỏ cuộc vì chờ phản hồi từ máy chủ upstream quá lâu.

# HTTP 408 Request Timeout compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-408-vs-429 = `408` nói về một yêu cầu đến quá chậm; `429` nói về các yêu cầu đến quá thường xuyên.

## HTTP 409 Conflict

# HTTP 409 Conflict: one-line summary at the top of the explainer (TL;DR).
http-409-tldr = Yêu cầu xung đột với trạng thái hiện tại của tài nguyên, chẳng hạn một chỉnh sửa xung đột hoặc một bản trùng lặp.

# HTTP 409 Conflict: the "What it means" paragraph of the explainer.
http-409-meaning = `409` dành cho những xung đột mà máy khách có thể giải quyết: bản thân yêu cầu hợp lệ, nhưng áp dụng nó lên tài nguyên ở trạng thái hiện tại sẽ gây mâu thuẫn. Các trường hợp điển hình là chỉnh sửa đồng thời được phát hiện qua một trường phiên bản trong phần thân, cố tạo một thứ có khóa duy nhất đã tồn tại, và các chuyển đổi trạng thái bị cấm, chẳng hạn hủy một đơn hàng đã được giao đi. Phần thân nên mô tả xung đột đủ rõ để máy khách có thể khắc phục, chẳng hạn bằng cách cho biết phiên bản hiện tại hoặc trường bị xung đột. Máy khách nên lấy trạng thái hiện tại và tạo một yêu cầu mới thay vì gửi lại đúng yêu cầu cũ. Khi xung đột được phát hiện qua `If-Match` hoặc `If-Unmodified-Since`, `412` mới là mã chính xác.

# HTTP 409 Conflict: common cause 1 of 5, an item of the "Common causes" list.
http-409-cause-1 = Hai người dùng đã chỉnh sửa cùng một bản ghi, và lần lưu thứ hai mang số phiên bản mà máy chủ đã thay thế.

# HTTP 409 Conflict: common cause 2 of 5, an item of the "Common causes" list.
http-409-cause-2 = Một yêu cầu đăng ký hoặc tạo mới dùng địa chỉ email, tên người dùng hoặc khóa đã tồn tại.

# HTTP 409 Conflict: common cause 3 of 5, an item of the "Common causes" list.
http-409-cause-3 = Kubernetes API từ chối một thao tác cập nhật vì `resourceVersion` của đối tượng đã thay đổi kể từ khi được đọc, hoặc từ chối một thao tác tạo vì đối tượng đã tồn tại.

# HTTP 409 Conflict: common cause 4 of 5, an item of the "Common causes" list.
http-409-cause-4 = Một `PUT` hoặc `MKCOL` của WebDAV nhắm tới một đường dẫn có tập hợp cha không tồn tại.

# HTTP 409 Conflict: common cause 5 of 5, an item of the "Common causes" list.
http-409-cause-5 = Một máy trạng thái (state machine) cấm việc chuyển trạng thái, chẳng hạn xuất bản một bản nháp mà ai đó đã xóa trong lúc đó.

# HTTP 409 Conflict: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-409-fix-visitor-1 = Tải lại trang để xem phiên bản mới nhất, rồi thực hiện lại thay đổi của bạn.

# HTTP 409 Conflict: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-409-fix-visitor-2 = Nếu bạn đang tạo tài khoản hoặc một mục mới, hãy chọn tên khác; tên bạn đã nhập đã có người dùng.

# HTTP 409 Conflict: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-1 = Đưa chi tiết về xung đột vào phần thân, chẳng hạn phiên bản hiện tại, trường bị xung đột và một mã lỗi ổn định.

# HTTP 409 Conflict: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-2 = Triển khai kiểm soát đồng thời lạc quan (optimistic concurrency) bằng một trường phiên bản hoặc, tốt hơn, bằng `ETag` và `If-Match`, và để máy khách lấy lại dữ liệu và hợp nhất trước khi thử lại.

# HTTP 409 Conflict: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-3 = Bắt các lỗi vi phạm ràng buộc duy nhất từ cơ sở dữ liệu, chẳng hạn lỗi `23505` của PostgreSQL, và ánh xạ chúng sang `409` thay vì để chúng trở thành `500`.

# HTTP 409 Conflict: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-409-fix-developer-4 = Trong các máy khách Kubernetes, hãy thử lại thao tác cập nhật sau một lần đọc mới khi xảy ra xung đột, như `retry.RetryOnConflict` của client-go vẫn làm.

# HTTP 409 Conflict compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-409-vs-412 = Gửi `412` khi một điều kiện tiên quyết như `If-Match` không được thỏa mãn; gửi `409` cho những xung đột mà bạn phát hiện từ phần thân yêu cầu hoặc trạng thái của tài nguyên.

# HTTP 409 Conflict compared with HTTP 423 Locked: when to use which, in the "Related codes" section.
http-409-vs-423 = Gửi `423` khi một khóa WebDAV chặn thay đổi; gửi `409` cho mọi xung đột khác với trạng thái của tài nguyên.

# HTTP 409 Conflict compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-409-vs-422 = Gửi `422` khi nội dung không hợp lệ bất kể trạng thái của tài nguyên; gửi `409` khi nội dung hợp lệ nhưng xung đột với trạng thái đó.

## HTTP 410 Gone

# HTTP 410 Gone: one-line summary at the top of the explainer (TL;DR).
http-410-tldr = Tài nguyên đã bị xóa có chủ đích và sẽ không quay lại.

# HTTP 410 Gone: the "What it means" paragraph of the explainer.
http-410-meaning = `410` khẳng định tính vĩnh viễn: máy chủ biết rằng tài nguyên đã từng tồn tại, đã bị xóa có chủ đích và không có địa chỉ chuyển tiếp. Máy khách đang giữ liên kết nên xóa chúng đi, và công cụ tìm kiếm loại URL khỏi chỉ mục, thường nhanh hơn so với sau một phản hồi `404`. Phản hồi này có thể được lưu vào cache theo heuristic, nên máy khách có thể ghi nhớ nó. Máy chủ không bắt buộc phải đánh dấu mọi tài nguyên đã xóa là không còn nữa, cũng không phải trả lời `410` mãi mãi; chuyển sang `404` sau một thời gian là chấp nhận được.

# HTTP 410 Gone: common cause 1 of 4, an item of the "Common causes" list.
http-410-cause-1 = Một phiên bản API đã ngừng hoạt động, và các endpoint của nó giờ trả lời `410` kèm chỉ dẫn tới phiên bản hiện tại trong phần thân.

# HTTP 410 Gone: common cause 2 of 4, an item of the "Common causes" list.
http-410-cause-2 = Một người dùng đã xóa tài khoản, bài đăng hoặc tệp đã tải lên của mình, và trang web đánh dấu URL cũ là không còn nữa.

# HTTP 410 Gone: common cause 3 of 4, an item of the "Common causes" list.
http-410-cause-3 = Một trang có thời hạn, chẳng hạn chương trình khuyến mãi, tin tuyển dụng hoặc liên kết chia sẻ có ngày hết hạn, đã kết thúc.

# HTTP 410 Gone: common cause 4 of 4, an item of the "Common causes" list.
http-410-cause-4 = Chủ sở hữu trang web đã xóa các trang spam hoặc lỗi thời và muốn công cụ tìm kiếm nhanh chóng quên chúng đi.

# HTTP 410 Gone: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-410-fix-visitor-1 = Nội dung đã bị xóa có chủ đích; hãy tìm phiên bản mới hơn trên trang web, hoặc hỏi chủ sở hữu xem nó có tồn tại ở nơi khác không.

# HTTP 410 Gone: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-410-fix-visitor-2 = Xóa dấu trang trỏ tới địa chỉ này, vì tải lại sau cũng sẽ không đưa trang trở lại.

# HTTP 410 Gone: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-1 = Chỉ trả về `410` khi việc xóa là có chủ đích và vĩnh viễn; nếu nội dung đã chuyển đi, hãy dùng `301` hoặc `308`.

# HTTP 410 Gone: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-2 = Giải thích trong phần thân tài nguyên đã bị xóa khi nào, vì sao và thứ gì thay thế nó, đặc biệt với các phiên bản API đã ngừng hoạt động.

# HTTP 410 Gone: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-3 = Duy trì một danh sách tường minh các đường dẫn đã bị xóa, chẳng hạn `return 410;` trong một `location` riêng của nginx cho mỗi đường dẫn, để các trang đã xóa không rơi vào một lỗi chung chung.

# HTTP 410 Gone: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-410-fix-developer-4 = Thông báo trước việc ngừng hoạt động API bằng các header `Deprecation` và `Sunset`, để máy khách không bị bất ngờ khi nhận `410`.

# HTTP 410 Gone compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-410-vs-404 = Gửi `410` khi bạn biết việc xóa là có chủ đích và vĩnh viễn; gửi `404` khi bạn không biết hoặc không muốn nói rõ.

# HTTP 410 Gone compared with HTTP 301 Moved Permanently: when to use which, in the "Related codes" section.
http-410-vs-301 = Gửi `301` khi nội dung vẫn tồn tại ở một URI khác; gửi `410` khi không có gì thay thế nó.

## HTTP 411 Length Required

# HTTP 411 Length Required: one-line summary at the top of the explainer (TL;DR).
http-411-tldr = Máy chủ đòi hỏi header `Content-Length`, và yêu cầu lại không có header này.

# HTTP 411 Length Required: the "What it means" paragraph of the explainer.
http-411-meaning = Trong HTTP/1.1, độ dài phần thân của yêu cầu được cho trong `Content-Length` hoặc qua `Transfer-Encoding: chunked`, vốn để ngỏ độ dài; một máy chủ cần biết trước kích thước có thể từ chối dạng thứ hai, hoặc một phương thức có phần thân mà không hề có độ dài, bằng `411`. Máy khách có thể thử lại với cùng phần thân và một `Content-Length` hợp lệ. HTTP/2 và HTTP/3 tự đóng khung thông điệp, nên mã này chủ yếu đến từ các máy chủ HTTP/1.1 và từ các dịch vụ nhất quyết phải biết kích thước trước khi chấp nhận dữ liệu tải lên. Một số front end còn đòi `Content-Length: 0` cho một `POST` hoặc `PUT` hoàn toàn không có phần thân.

# HTTP 411 Length Required: common cause 1 of 4, an item of the "Common causes" list.
http-411-cause-1 = Một máy khách truyền dữ liệu tải lên theo luồng với mã hóa chunked tới một máy chủ cần biết trước kích thước, chẳng hạn nginx trước phiên bản 1.3.9 hoặc một số API lưu trữ đối tượng.

# HTTP 411 Length Required: common cause 2 of 4, an item of the "Common causes" list.
http-411-cause-2 = `curl -X POST` không có `-d`, hoặc một lệnh gọi thư viện không có phần thân, đã không gửi `Content-Length`, và một front end như của Google đã từ chối `POST` đó.

# HTTP 411 Length Required: common cause 3 of 4, an item of the "Common causes" list.
http-411-cause-3 = Một thư viện máy khách đọc phần thân từ một pipe hoặc generator, vốn không thể biết trước kích thước, nên chuyển sang dùng mã hóa chunked.

# HTTP 411 Length Required: common cause 4 of 4, an item of the "Common causes" list.
http-411-cause-4 = Một proxy giữa máy khách và máy chủ đã bỏ `Content-Length` sau khi thay đổi phần thân, hoặc gửi lại phần thân bằng mã hóa chunked.

# HTTP 411 Length Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-411-fix-visitor-1 = Bạn không thể thay đổi gì: ứng dụng hoặc trang web đã gửi một yêu cầu không đầy đủ; hãy thử lại, và báo lỗi nếu tình trạng này cứ lặp lại.

# HTTP 411 Length Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-1 = Gửi `Content-Length` với mọi lần tải lên bằng cách đưa phần thân vào bộ đệm hoặc đọc kích thước tệp trước, chẳng hạn truyền một đối tượng tệp thay vì một generator cho `requests` của Python.

# HTTP 411 Length Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-2 = Với một `POST` không có phần thân, hãy gửi `Content-Length: 0` một cách tường minh; `curl -d ''` làm đúng điều này.

# HTTP 411 Length Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-411-fix-developer-3 = Chấp nhận phần thân yêu cầu dạng chunked ở phía máy chủ nếu có thể; nginx hỗ trợ điều này từ phiên bản 1.3.9 và, với `proxy_request_buffering on`, chuyển chúng lên upstream kèm `Content-Length`.

# HTTP 411 Length Required compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-411-vs-400 = Gửi `411` khi vấn đề duy nhất là thiếu `Content-Length`; gửi `400` khi phần khung hoặc cú pháp bị hỏng theo cách khác.

# HTTP 411 Length Required compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-411-vs-413 = Gửi `411` khi kích thước phần thân không được khai báo; gửi `413` khi kích thước đã được khai báo, hoặc đo được, và quá lớn.

## HTTP 412 Precondition Failed

# HTTP 412 Precondition Failed: one-line summary at the top of the explainer (TL;DR).
http-412-tldr = Một điều kiện mà máy khách gắn vào yêu cầu, chẳng hạn `If-Match`, là sai, nên không có gì bị thay đổi.

# HTTP 412 Precondition Failed: the "What it means" paragraph of the explainer.
http-412-meaning = Điều kiện tiên quyết cho phép máy khách nói “chỉ làm việc này nếu tài nguyên vẫn như lần cuối tôi thấy”: `If-Match` với một `ETag`, `If-Unmodified-Since` với một ngày, hoặc `If-None-Match: *` với nghĩa “chỉ khi ở đây chưa có gì”. Khi một điều kiện như vậy được đánh giá là sai, máy chủ không được áp dụng phương thức và trả lời `412`, nhờ đó tránh được mất cập nhật và vô tình ghi đè. Một `If-None-Match` không thỏa mãn trên `GET` hoặc `HEAD` sẽ cho ra `304`; mọi điều kiện tiên quyết không thỏa mãn khác đều cho ra `412`. Việc kèm `ETag` hiện tại trong phản hồi giúp máy khách lấy lại dữ liệu và đối chiếu.

# HTTP 412 Precondition Failed: common cause 1 of 4, an item of the "Common causes" list.
http-412-cause-1 = Một máy khách khác đã thay đổi tài nguyên sau khi máy khách này đọc nó, nên `ETag` gửi trong `If-Match` không còn khớp.

# HTTP 412 Precondition Failed: common cause 2 of 4, an item of the "Common causes" list.
http-412-cause-2 = Một máy khách đã ghi với `If-None-Match: *` để tránh ghi đè, như với thao tác ghi có điều kiện của S3, và đối tượng đã tồn tại.

# HTTP 412 Precondition Failed: common cause 3 of 4, an item of the "Common causes" list.
http-412-cause-3 = Máy chủ tạo ra một `ETag` mới ở mỗi phản hồi, chẳng hạn vì có một dấu thời gian trong phần thân, nên không `If-Match` nào có thể khớp được.

# HTTP 412 Precondition Failed: common cause 4 of 4, an item of the "Common causes" list.
http-412-cause-4 = Một máy khách gửi validator yếu (`W/"v7"`) trong `If-Match`, vốn dùng phép so sánh mạnh, nên không bao giờ khớp.

# HTTP 412 Precondition Failed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-412-fix-visitor-1 = Tải lại trang để lấy phiên bản mới nhất, rồi thực hiện lại thay đổi của bạn.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-1 = Khi nhận `412`, hãy lấy lại tài nguyên, hợp nhất các thay đổi hoặc hiển thị phần khác biệt cho người dùng, rồi thử lại với `ETag` mới; thử lại một cách mù quáng với giá trị mới sẽ xóa mất thay đổi kia.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-2 = Giữ giá trị `ETag` ổn định cho cùng một nội dung trên mọi máy chủ và bất kể việc nén, chẳng hạn bằng cách tạo chúng từ một cột phiên bản hoặc giá trị băm của nội dung.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-3 = Kiểm tra hành vi bằng `curl -i -X PUT -H 'If-Match: "v7"'` và so sánh kết quả với `ETag` do một `GET` mới trả về.

# HTTP 412 Precondition Failed: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-412-fix-developer-4 = Đánh giá các điều kiện tiên quyết theo thứ tự mà RFC 9110 đưa ra ở mục 13.2.2, với `If-Match` trước `If-Unmodified-Since`, và trước khi phương thức được thực thi.

# HTTP 412 Precondition Failed compared with HTTP 428 Precondition Required: when to use which, in the "Related codes" section.
http-412-vs-428 = Gửi `428` khi máy khách không gửi điều kiện tiên quyết nào trong khi bạn đòi hỏi phải có; gửi `412` khi máy khách có gửi nhưng điều kiện không thỏa mãn.

# HTTP 412 Precondition Failed compared with HTTP 304 Not Modified: when to use which, in the "Related codes" section.
http-412-vs-304 = Một `If-None-Match` không thỏa mãn trên `GET` hoặc `HEAD` cho ra `304`; các điều kiện tiên quyết không thỏa mãn trên thao tác ghi, và một `If-Match` không thỏa mãn trên bất kỳ phương thức nào, cho ra `412`.

# HTTP 412 Precondition Failed compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-412-vs-409 = Gửi `412` khi một header điều kiện làm lộ ra xung đột; gửi `409` khi bạn phát hiện xung đột theo cách khác.

## HTTP 413 Content Too Large

# HTTP 413 Content Too Large: one-line summary at the top of the explainer (TL;DR).
http-413-tldr = Phần thân của yêu cầu lớn hơn mức máy chủ chấp nhận.

# HTTP 413 Content Too Large: the "What it means" paragraph of the explainer.
http-413-meaning = Máy chủ hoặc một bên trung gian từ chối nội dung vượt quá giới hạn kích thước của nó, ngay khi thấy `Content-Length` hoặc trong khi đọc một phần thân chưa biết độ dài. Sau đó nó có thể đóng kết nối, nên máy khách không thể trông cậy vào việc dùng lại kết nối; nếu giới hạn chỉ là tạm thời, header `Retry-After` cho biết khi nào nên thử lại. Máy khách gửi `Expect: 100-continue` có thể nhận `413` trước khi truyền bất kỳ dữ liệu nào. RFC 9110 đã đổi tên mã này từ Payload Too Large thành Content Too Large mà không thay đổi con số hay hành vi, nên cả hai tên đều xuất hiện trong các framework và log.

# HTTP 413 Content Too Large: common cause 1 of 5, an item of the "Common causes" list.
http-413-cause-1 = Một lần tải lên vượt quá `client_max_body_size` của nginx, vốn mặc định chỉ là 1 MB.

# HTTP 413 Content Too Large: common cause 2 of 5, an item of the "Common causes" list.
http-413-cause-2 = Bộ phân tích phần thân JSON hoặc URL-encoded của Express đã từ chối một phần thân vượt quá `limit` mặc định là 100 kB.

# HTTP 413 Content Too Large: common cause 3 of 5, an item of the "Common causes" list.
http-413-cause-3 = Một gateway được quản lý áp đặt mức tối đa cố định, chẳng hạn 10 MB trên AWS API Gateway hoặc 100 MB trên các gói Free và Pro của Cloudflare.

# HTTP 413 Content Too Large: common cause 4 of 5, an item of the "Common causes" list.
http-413-cause-4 = `LimitRequestBody` của Apache được đặt thấp hơn kích thước các tệp mà người dùng tải lên.

# HTTP 413 Content Too Large: common cause 5 of 5, an item of the "Common causes" list.
http-413-cause-5 = Một máy khách nhúng một tệp lớn dưới dạng base64 vào trong JSON, khiến phần thân lớn hơn bản thân tệp khoảng một phần ba.

# HTTP 413 Content Too Large: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-413-fix-visitor-1 = Tải lên một tệp nhỏ hơn: nén tệp, giảm độ phân giải của hình ảnh, hoặc chia việc tải lên thành nhiều phần.

# HTTP 413 Content Too Large: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-413-fix-visitor-2 = Kiểm tra giới hạn tải lên mà trang web đưa ra, và dùng phương thức thay thế dành cho tệp lớn nếu trang web có cung cấp.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-1 = Tìm xem tầng nào đã từ chối phần thân, vì mỗi tầng có giới hạn riêng: CDN, bộ cân bằng tải, reverse proxy, máy chủ ứng dụng và framework; kiểu dáng của trang lỗi và header `Server` thường để lộ điều đó.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-2 = Chỉ nâng giới hạn ở những nơi cần thiết, chẳng hạn `client_max_body_size 100m;` bên trong `location` của nginx dành cho việc tải lên, và giữ mặc định thấp ở những nơi khác.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-3 = Với các tệp rất lớn, hãy cho máy khách tải thẳng lên kho lưu trữ đối tượng bằng URL được ký sẵn (presigned URL), hoặc dùng tải lên theo từng phần có thể tiếp tục, thay vì một yêu cầu khổng lồ.

# HTTP 413 Content Too Large: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-413-fix-developer-4 = Kiểm tra kích thước ở phía máy khách trước khi gửi và hiển thị giới hạn cho người dùng; với `Expect: 100-continue`, máy chủ có thể từ chối trước khi dữ liệu được gửi đi.

# HTTP 413 Content Too Large compared with HTTP 411 Length Required: when to use which, in the "Related codes" section.
http-413-vs-411 = Gửi `413` khi phần thân quá lớn; gửi `411` khi máy chủ không thể biết kích thước của nó vì thiếu `Content-Length`.

# HTTP 413 Content Too Large compared with HTTP 414 URI Too Long: when to use which, in the "Related codes" section.
http-413-vs-414 = Gửi `413` khi phần thân quá lớn; gửi `414` khi URI quá dài.

# HTTP 413 Content Too Large compared with HTTP 431 Request Header Fields Too Large: when to use which, in the "Related codes" section.
http-413-vs-431 = Gửi `413` cho phần thân quá lớn; gửi `431` cho các trường header quá lớn như `Cookie`.

## HTTP 414 URI Too Long

# HTTP 414 URI Too Long: one-line summary at the top of the explainer (TL;DR).
http-414-tldr = URL dài hơn mức máy chủ sẵn sàng xử lý.

# HTTP 414 URI Too Long: the "What it means" paragraph of the explainer.
http-414-meaning = Máy chủ giới hạn độ dài của đích yêu cầu (request target) để hạn chế mức dùng bộ nhớ và khối lượng phân tích cú pháp, và trả lời `414` khi một URI vượt quá giới hạn đó; nginx và Apache mặc định cho phép khoảng 8 KB, ít hơn nhiều so với mức mà trình duyệt chấp nhận. Máy khách nên chuyển dữ liệu vào phần thân của một `POST` hoặc rút ngắn truy vấn. Phản hồi `414` có thể được lưu vào cache theo heuristic, vì cùng một URI sẽ thất bại theo cùng một cách. RFC 9110 khuyến nghị mọi bên gửi và bên nhận hỗ trợ URI dài ít nhất 8.000 octet, nên giữ độ dài dưới mức đó là lựa chọn tương thích nhất.

# HTTP 414 URI Too Long: common cause 1 of 5, an item of the "Common causes" list.
http-414-cause-1 = Một trang tìm kiếm hoặc lọc mã hóa các lựa chọn lớn vào chuỗi truy vấn, chẳng hạn hàng trăm ID trong một `GET`.

# HTTP 414 URI Too Long: common cause 2 of 5, an item of the "Common causes" list.
http-414-cause-2 = Một vòng lặp chuyển hướng liên tục nối thêm một tham số `returnUrl` hoặc tham số theo dõi, mỗi lần lại mã hóa URL trước đó thêm một lần nữa.

# HTTP 414 URI Too Long: common cause 3 of 5, an item of the "Common causes" list.
http-414-cause-3 = Một ứng dụng đưa dữ liệu base64, chẳng hạn một hình ảnh hoặc trạng thái đã tuần tự hóa (serialise), vào URL.

# HTTP 414 URI Too Long: common cause 4 of 5, an item of the "Common causes" list.
http-414-cause-4 = Một biểu mẫu dùng `method="get"` cho một trường văn bản lớn lẽ ra phải được gửi bằng POST.

# HTTP 414 URI Too Long: common cause 5 of 5, an item of the "Common causes" list.
http-414-cause-5 = Dòng yêu cầu vượt quá kích thước bộ đệm `large_client_header_buffers` của nginx hoặc `LimitRequestLine` của Apache, cả hai mặc định đều là 8 KB.

# HTTP 414 URI Too Long: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-414-fix-visitor-1 = Quay về trang bắt đầu của trang web và lặp lại việc tìm kiếm hoặc thao tác với ít bộ lọc hơn hoặc văn bản ngắn hơn.

# HTTP 414 URI Too Long: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-414-fix-visitor-2 = Nếu địa chỉ dài thêm sau mỗi lần nhấp, hãy xóa cookie của trang web và mở lại nó từ trang chủ.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-1 = Gửi dữ liệu đầu vào lớn trong phần thân của `POST`, hoặc lưu trạng thái trên máy chủ và chỉ đưa ID của nó vào URI.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-2 = Tìm các vòng lặp chuyển hướng làm truy vấn dài ra, bằng `curl -sIL` tới URL đó, và kiểm tra đoạn mã tạo ra các tham số như `returnUrl`.

# HTTP 414 URI Too Long: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-414-fix-developer-3 = Chỉ nâng giới hạn cho các URI hợp lệ, chẳng hạn `large_client_header_buffers 4 16k;` trong nginx hoặc `LimitRequestLine` trong Apache, và làm tương tự trên mọi proxy đứng phía trước.

# HTTP 414 URI Too Long compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-414-vs-413 = Gửi `414` khi URI quá dài; gửi `413` khi phần thân quá lớn.

# HTTP 414 URI Too Long compared with HTTP 431 Request Header Fields Too Large: when to use which, in the "Related codes" section.
http-414-vs-431 = Gửi `414` khi đích yêu cầu quá dài; gửi `431` khi các trường header quá lớn.

## HTTP 415 Unsupported Media Type

# HTTP 415 Unsupported Media Type: one-line summary at the top of the explainer (TL;DR).
http-415-tldr = Máy chủ không chấp nhận định dạng phần thân của yêu cầu, như được khai báo trong `Content-Type` hoặc `Content-Encoding`.

# HTTP 415 Unsupported Media Type: the "What it means" paragraph of the explainer.
http-415-meaning = Máy chủ gửi `415` khi nội dung yêu cầu dùng một kiểu phương tiện hoặc kiểu mã hóa nội dung (content coding) mà tài nguyên đích không chấp nhận với phương thức này, dù máy chủ biết điều đó từ `Content-Type`, `Content-Encoding` hay bằng cách kiểm tra dữ liệu. Nếu vấn đề nằm ở kiểu mã hóa, phản hồi nên có `Accept-Encoding` liệt kê các kiểu mã hóa mà máy chủ nhận; với kiểu phương tiện, máy chủ có thể gửi header `Accept` liệt kê những kiểu nó chấp nhận, và `Accept-Patch` (RFC 5789) làm điều tương tự cho `PATCH`. Máy khách phải gửi lại nội dung ở một định dạng được hỗ trợ, chứ không chỉ đổi nhãn. Đây là mã tương ứng ở phía yêu cầu của `406`, vốn liên quan đến định dạng phản hồi.

# HTTP 415 Unsupported Media Type: common cause 1 of 5, an item of the "Common causes" list.
http-415-cause-1 = Một lệnh gọi `fetch` gửi `JSON.stringify(data)` mà không có header `Content-Type`, nên phần thân được gửi đi dưới dạng `text/plain;charset=UTF-8`.

# HTTP 415 Unsupported Media Type: common cause 2 of 5, an item of the "Common causes" list.
http-415-cause-2 = Một biểu mẫu gửi `application/x-www-form-urlencoded` hoặc `multipart/form-data` tới một endpoint chỉ đọc JSON.

# HTTP 415 Unsupported Media Type: common cause 3 of 5, an item of the "Common causes" list.
http-415-cause-3 = Một action `[FromBody]` của ASP.NET Core hoặc một endpoint `@RequestBody` của Spring có `consumes` đã nhận một yêu cầu thiếu `Content-Type` hoặc có `Content-Type` khác.

# HTTP 415 Unsupported Media Type: common cause 4 of 5, an item of the "Common causes" list.
http-415-cause-4 = Một tài liệu JSON Patch được gửi dưới dạng `application/json` thay vì `application/json-patch+json`, hoặc một merge patch được gửi với kiểu sai.

# HTTP 415 Unsupported Media Type: common cause 5 of 5, an item of the "Common causes" list.
http-415-cause-5 = Máy khách đã nén phần thân yêu cầu với `Content-Encoding: gzip`, và máy chủ không giải nén phần thân của yêu cầu.

# HTTP 415 Unsupported Media Type: what a visitor can do, the only item of "How to fix it (for visitors)".
http-415-fix-visitor-1 = Bạn không thể thay đổi gì: trang web hoặc ứng dụng đã gửi dữ liệu ở định dạng mà máy chủ của nó không nhận; hãy báo sự cố cho chủ sở hữu.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-1 = Đặt `Content-Type` của yêu cầu một cách tường minh theo đúng những gì máy chủ mong đợi, chẳng hạn `-H 'Content-Type: application/json'` với curl hoặc tùy chọn `headers` của `fetch`.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-2 = Liệt kê các kiểu phương tiện được chấp nhận trong phản hồi `415`, bằng `Accept` hoặc `Accept-Patch`, và trong tài liệu API.

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-3 = Chấp nhận các kiểu phương tiện có tham số, chẳng hạn `application/json; charset=utf-8`, bằng cách chỉ so sánh kiểu và kiểu con (subtype).

# HTTP 415 Unsupported Media Type: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-415-fix-developer-4 = Nếu máy khách nén dữ liệu tải lên, hãy giải nén phần thân yêu cầu dạng `gzip` trong máy chủ hoặc proxy, hoặc trả lời kèm `Accept-Encoding: identity` để máy khách thôi nén.

# HTTP 415 Unsupported Media Type compared with HTTP 406 Not Acceptable: when to use which, in the "Related codes" section.
http-415-vs-406 = Gửi `415` khi bạn không thể đọc định dạng phần thân của yêu cầu; gửi `406` khi bạn không thể tạo ra định dạng phản hồi mà máy khách chấp nhận.

# HTTP 415 Unsupported Media Type compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-415-vs-400 = Gửi `415` khi định dạng được khai báo là định dạng bạn không hỗ trợ; gửi `400` khi định dạng được hỗ trợ nhưng phần thân sai định dạng.

# HTTP 415 Unsupported Media Type compared with HTTP 422 Unprocessable Content: when to use which, in the "Related codes" section.
http-415-vs-422 = Gửi `415` khi định dạng sai; gửi `422` khi định dạng đúng và phần thân phân tích được, nhưng các giá trị của nó không hợp lệ.

## HTTP 416 Range Not Satisfiable

# HTTP 416 Range Not Satisfiable: one-line summary at the top of the explainer (TL;DR).
http-416-tldr = Khoảng byte được yêu cầu nằm ngoài tệp, nên máy chủ không thể gửi phần đó.

# HTTP 416 Range Not Satisfiable: the "What it means" paragraph of the explainer.
http-416-meaning = Khi một yêu cầu `Range` chỉ yêu cầu những khoảng không giao với bản biểu diễn hiện tại, chẳng hạn các byte từ vị trí 5000 trở đi của một tệp 4096 byte, máy chủ trả lời `416`. Với khoảng byte, máy chủ nên kèm `Content-Range: bytes */4096`, trong đó con số cho biết độ dài thực để máy khách có thể sửa yêu cầu. Máy chủ cũng có thể từ chối bằng `416` một tập khoảng hợp lệ nhưng có tính lạm dụng, chẳng hạn rất nhiều khoảng nhỏ hoặc chồng lấn nhau, gợi ý một nỗ lực tấn công từ chối dịch vụ. Với máy khách, mã này thường có nghĩa là thông tin nó nắm về tệp đã cũ, và việc gửi `If-Range` giúp tránh vấn đề này khi tiếp tục tải xuống.

# HTTP 416 Range Not Satisfiable: common cause 1 of 4, an item of the "Common causes" list.
http-416-cause-1 = Một lượt tải xuống được tiếp tục bằng `curl -C -` hoặc `wget -c` sau khi đã hoàn tất, nên byte tiếp theo nằm sau điểm kết thúc của tệp.

# HTTP 416 Range Not Satisfiable: common cause 2 of 4, an item of the "Common causes" list.
http-416-cause-2 = Tệp trên máy chủ đã bị thay bằng một phiên bản ngắn hơn sau khi máy khách lưu phần đầu tiên.

# HTTP 416 Range Not Satisfiable: common cause 3 of 4, an item of the "Common causes" list.
http-416-cause-3 = Một CDN hoặc bộ nhớ đệm giữ độ dài tệp khác với máy chủ gốc, và trình phát yêu cầu những byte chỉ có trong bản dài hơn.

# HTTP 416 Range Not Satisfiable: common cause 4 of 4, an item of the "Common causes" list.
http-416-cause-4 = Một máy khách đã yêu cầu nhiều khoảng rất nhỏ hoặc chồng lấn nhau, và máy chủ từ chối tập khoảng đó vì coi là một cuộc tấn công có thể xảy ra.

# HTTP 416 Range Not Satisfiable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-416-fix-visitor-1 = Xóa tệp đã tải xuống dở và bắt đầu tải lại từ đầu.

# HTTP 416 Range Not Satisfiable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-416-fix-visitor-2 = Tải lại trang video hoặc âm thanh, để trình phát yêu cầu lại tệp từ đầu.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-1 = Đọc tổng độ dài từ `Content-Range: bytes */N` rồi khởi động lại hoặc điều chỉnh khoảng, và gửi `If-Range` kèm `ETag` đã lưu khi tiếp tục tải xuống, để một tệp đã thay đổi được trả về đầy đủ với `200`.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-2 = Xóa cache của CDN (purge) khi bạn thay một tệp bằng tệp có kích thước khác, hoặc công bố phiên bản mới dưới một URL mới.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-3 = Kiểm tra trường hợp biên bằng `curl -i -r 9999999-` với một tệp nhỏ: phản hồi phải là `416` với `Content-Range` chính xác.

# HTTP 416 Range Not Satisfiable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-416-fix-developer-4 = Giới hạn số khoảng trong mỗi yêu cầu và gộp các khoảng chồng lấn ở phía máy chủ, thay vì phục vụ những tập khoảng bất thường.

# HTTP 416 Range Not Satisfiable compared with HTTP 206 Partial Content: when to use which, in the "Related codes" section.
http-416-vs-206 = Gửi `206` khi ít nhất một phần của khoảng được yêu cầu tồn tại; gửi `416` khi không khoảng nào được yêu cầu giao với bản biểu diễn.

# HTTP 416 Range Not Satisfiable compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-416-vs-412 = Gửi `416` khi không thể đáp ứng khoảng; gửi `412` khi một điều kiện tiên quyết như `If-Match` không thỏa mãn; một `If-Range` không khớp không dẫn đến mã nào trong hai mã này, mà dẫn đến một phản hồi `200` đầy đủ.

## HTTP 417 Expectation Failed

# HTTP 417 Expectation Failed: one-line summary at the top of the explainer (TL;DR).
http-417-tldr = Máy chủ, hoặc một proxy trên đường đi, không thể đáp ứng header `Expect` trong yêu cầu.

# HTTP 417 Expectation Failed: the "What it means" paragraph of the explainer.
http-417-meaning = Kỳ vọng duy nhất mà HTTP định nghĩa là `100-continue`; máy chủ có thể trả lời `417` cho mọi giá trị khác, và một bên trung gian có thể gửi mã này khi biết rằng máy chủ kế tiếp không thể đáp ứng kỳ vọng. RFC 9110 cho phép máy chủ đơn giản bỏ qua `Expect: 100-continue` và xử lý yêu cầu, nên một phản hồi `417` cho kỳ vọng này thường đến từ các proxy hoặc máy chủ cũ thời HTTP/1.0. Yêu cầu chưa được xử lý, và máy khách có thể lặp lại nó mà không có header `Expect`; curl tự động làm vậy kể từ phiên bản 7.69.0.

# HTTP 417 Expectation Failed: common cause 1 of 3, an item of the "Common causes" list.
http-417-cause-1 = Một proxy cũ, chẳng hạn Squid 2.x với các kết nối upstream dùng HTTP/1.0, đã từ chối `Expect: 100-continue` do .NET hoặc curl gửi.

# HTTP 417 Expectation Failed: common cause 2 of 3, an item of the "Common causes" list.
http-417-cause-2 = Một bản phát hành cũ của lighttpd 1.4 trả lời `417` cho mọi yêu cầu mang `Expect: 100-continue`, đây là hành vi mặc định của nó nếu không được cấu hình khác.

# HTTP 417 Expectation Failed: common cause 3 of 3, an item of the "Common causes" list.
http-417-cause-3 = Một máy khách hoặc bài kiểm thử đã gửi một kỳ vọng khác `100-continue`, điều mà máy chủ có quyền từ chối.

# HTTP 417 Expectation Failed: what a visitor can do, the only item of "How to fix it (for visitors)".
http-417-fix-visitor-1 = Bạn không thể thay đổi gì: một máy chủ hoặc proxy trên đường đi đã từ chối yêu cầu của ứng dụng; hãy thử mạng khác, hoặc báo lỗi cho nhà phát triển ứng dụng.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-1 = Ngừng gửi header này từ máy khách: `curl -H 'Expect:'`, `ServicePointManager.Expect100Continue = false` trong .NET Framework, hoặc `ExpectContinue = false` trên `HttpClient.DefaultRequestHeaders` trong .NET.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-2 = Trên lighttpd đời cũ, hãy đặt `server.reject-expect-100-with-417 = "disable"` hoặc nâng cấp, để nó thôi từ chối `100-continue`.

# HTTP 417 Expectation Failed: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-417-fix-developer-3 = Tìm xem bên trung gian nào đã trả lời bằng cách so sánh các header `Via` và `Server` của phản hồi `417` với các header của một phản hồi bình thường, vì bên từ chối thường không phải máy chủ gốc.

# HTTP 417 Expectation Failed compared with HTTP 100 Continue: when to use which, in the "Related codes" section.
http-417-vs-100 = `100` cho biết kỳ vọng được đáp ứng và máy khách nên gửi phần thân; `417` cho biết kỳ vọng không thể được đáp ứng và máy khách nên thử lại mà không có nó.

# HTTP 417 Expectation Failed compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-417-vs-400 = Gửi `417` khi vấn đề chỉ nằm ở header `Expect`; gửi `400` khi yêu cầu sai định dạng theo cách khác.

## HTTP 418 (Unused)

# HTTP 418 (Unused): one-line summary at the top of the explainer (TL;DR).
http-418-tldr = Không sử dụng: mã đùa “I'm a teapot”, được dành riêng để không bao giờ bị gán cho việc khác, và không phải là một lỗi thực sự.

# HTTP 418 (Unused): the "What it means" paragraph of the explainer.
http-418-meaning = Mã này không mang ngữ nghĩa HTTP nào: RFC 9110 dành riêng nó vì trò đùa Hyper Text Coffee Pot Control Protocol đã được tích hợp vào quá nhiều thư viện, từ Node.js đến `http.StatusTeapot` của Go, đến mức gán cho con số này một ý nghĩa mới sẽ gây nhầm lẫn. Máy khách nhận được mã này nên xử lý nó như một mã `400` chung, vì bản thân nó không có hành vi được định nghĩa nào. Một số trang web cố ý gửi mã này như một “quả trứng phục sinh” (Easter egg) hoặc để xua đuổi bot và công cụ cào dữ liệu (scraper), khiến log và hệ thống giám sát của chính họ khó đọc. Các API thực sự nên chọn một mã đã đăng ký, nói rõ điều gì đã thực sự xảy ra.

# HTTP 418 (Unused): common cause 1 of 3, an item of the "Common causes" list.
http-418-cause-1 = Một trang web hoặc WAF cố ý trả lời các máy khách tự động hoặc các yêu cầu bị chặn bằng `418` như một trò đùa, thay vì `403` hoặc `429`.

# HTTP 418 (Unused): common cause 2 of 3, an item of the "Common causes" list.
http-418-cause-2 = Một nhà phát triển đã để lại một route Easter egg, như trang ấm trà của Google, hoặc một handler giữ chỗ trả về `418`.

# HTTP 418 (Unused): common cause 3 of 3, an item of the "Common causes" list.
http-418-cause-3 = Mã kiểm thử hoặc mã demo dùng `418` vì nó khó trùng với các mã trạng thái thực, và mã đó đã lọt vào môi trường production.

# HTTP 418 (Unused): what a visitor can do, the only item of "How to fix it (for visitors)".
http-418-fix-visitor-1 = Không có gì hữu ích để làm: máy chủ đang đùa hoặc đang từ chối truy cập tự động; nếu bạn là người thật, hãy tải lại trang, và liên hệ trang web nếu lỗi vẫn tiếp diễn.

# HTTP 418 (Unused): what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-418-fix-developer-1 = Thay `418` bằng mã bạn thực sự muốn dùng, chẳng hạn `403` cho máy khách bị chặn, `429` cho giới hạn tần suất hoặc `501` cho tính năng chưa có.

# HTTP 418 (Unused): what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-418-fix-developer-2 = Nếu các bài kiểm thử của bạn cần một mã trạng thái bất thường, hãy giữ `418` tránh xa các luồng xử lý production và cảnh báo giám sát, nơi sẽ có người hiểu nhầm nó.

# HTTP 418 (Unused) compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-418-vs-403 = Gửi `403` để thực sự từ chối một yêu cầu; `418` không mang ý nghĩa nào mà máy khách hay hệ thống giám sát có thể dựa vào để xử lý.

# HTTP 418 (Unused) compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-418-vs-501 = Gửi `501` khi máy chủ không hỗ trợ điều được yêu cầu; `418` là một mã đùa và không nên được dùng thay cho nó.

## HTTP 421 Misdirected Request

# HTTP 421 Misdirected Request: one-line summary at the top of the explainer (TL;DR).
http-421-tldr = Yêu cầu đã đến một máy chủ không phục vụ tên host được yêu cầu, thường là qua một kết nối HTTP/2 được dùng lại.

# HTTP 421 Misdirected Request: the "What it means" paragraph of the explainer.
http-421-meaning = HTTP/2 và HTTP/3 cho phép máy khách dùng lại một kết nối cho nhiều tên host khi chúng phân giải ra cùng một địa chỉ và chứng chỉ TLS bao hàm tất cả các tên đó, một cách làm gọi là gộp kết nối (connection coalescing). Nếu máy chủ ở đầu bên kia không được cấu hình cho host trong yêu cầu, nó trả lời `421`, và máy khách có thể thử lại trên một kết nối mới, điều mà trình duyệt tự động làm. Máy chủ cũng gửi mã này khi tên SNI của TLS và header `Host` của một yêu cầu không khớp nhau; Apache 2.4.64 đã làm phép kiểm tra này chặt chẽ hơn, và nhiều cấu hình reverse proxy vốn không bao giờ gửi SNI bắt đầu nhận `421`. Proxy không được tạo ra mã này: nó dành cho máy chủ đã nhận một yêu cầu vốn dành cho một authority khác.

# HTTP 421 Misdirected Request: common cause 1 of 4, an item of the "Common causes" list.
http-421-cause-1 = Một chứng chỉ wildcard hoặc chứng chỉ nhiều tên bao hàm hai trang web trên cùng một địa chỉ IP, trình duyệt đã gộp các kết nối HTTP/2 của chúng, và máy chủ chỉ lưu trữ một trong hai trang đã nhận các yêu cầu dành cho trang kia.

# HTTP 421 Misdirected Request: common cause 2 of 4, an item of the "Common causes" list.
http-421-cause-2 = Một reverse proxy kết nối tới một upstream HTTPS mà không có SNI, chẳng hạn nginx với mặc định `proxy_ssl_server_name off`, hoặc với một tên khác với header `Host`, và Apache từ chối sự không khớp này.

# HTTP 421 Misdirected Request: common cause 3 of 4, an item of the "Common causes" list.
http-421-cause-3 = Apache được cập nhật lên 2.4.64 trở lên, và một proxy, CDN hoặc cấu hình của bảng điều khiển hosting đứng trước nó, vốn trước đây hoạt động được mà không cần SNI, giờ nhận `421`.

# HTTP 421 Misdirected Request: common cause 4 of 4, an item of the "Common causes" list.
http-421-cause-4 = Một CDN chuyển tiếp yêu cầu tới máy chủ gốc cho một tên host không có trong cấu hình virtual host của máy chủ gốc.

# HTTP 421 Misdirected Request: what a visitor can do, the only item of "How to fix it (for visitors)".
http-421-fix-visitor-1 = Tải lại trang; trình duyệt của bạn sẽ mở một kết nối mới và thường sẽ thành công.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-1 = Làm cho tên SNI của TLS khớp với header `Host` khi chuyển tiếp HTTPS qua proxy: trong nginx, đặt `proxy_ssl_server_name on;` và `proxy_ssl_name $host;`, còn trong HAProxy, dùng tùy chọn server `sni`.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-2 = Phục vụ mọi tên trên một chứng chỉ dùng chung từ cùng một máy chủ, hoặc dùng chứng chỉ hay địa chỉ IP riêng, để trình duyệt không gộp kết nối vào một máy chủ từ chối một số tên trong đó.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-3 = Tìm trong log lỗi của Apache thông báo về việc tên host SNI và tên host HTTP không khớp; thông báo đó nêu cả hai giá trị.

# HTTP 421 Misdirected Request: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-421-fix-developer-4 = Xác nhận việc gộp kết nối bằng `curl -v --http1.1` và `curl -v --http2` tới host đó: nếu chỉ đường HTTP/2 thất bại trong trình duyệt, nguyên nhân là việc dùng lại kết nối.

# HTTP 421 Misdirected Request compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-421-vs-404 = Gửi `421` khi yêu cầu dành cho một host mà bạn không phục vụ và một kết nối mới sẽ khắc phục được; gửi `404` khi host đúng nhưng đường dẫn không tồn tại.

# HTTP 421 Misdirected Request compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-421-vs-400 = Gửi `421` khi yêu cầu hợp lệ nhưng đến nhầm máy chủ; gửi `400` khi bản thân yêu cầu sai định dạng.

# HTTP 421 Misdirected Request compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-421-vs-502 = Phản hồi `421` đến từ một máy chủ gốc đã nhận yêu cầu cho một host mà nó không phục vụ; phản hồi `502` đến từ một gateway có upstream trả lời không đúng.

## HTTP 422 Unprocessable Content

# HTTP 422 Unprocessable Content: one-line summary at the top of the explainer (TL;DR).
http-422-tldr = Máy chủ đã hiểu định dạng của yêu cầu, nhưng dữ liệu trong đó không hợp lệ.

# HTTP 422 Unprocessable Content: the "What it means" paragraph of the explainer.
http-422-meaning = `422` tách lỗi ngữ nghĩa khỏi lỗi cú pháp: kiểu nội dung được hỗ trợ và phần thân phân tích được, nhưng các giá trị hoặc cấu trúc của nó vi phạm quy tắc của máy chủ, chẳng hạn thiếu một trường bắt buộc, một ngày nằm trong quá khứ hoặc một giá trị liệt kê (enum) không xác định. WebDAV định nghĩa mã này lần đầu trong RFC 4918 với tên Unprocessable Entity; RFC 9110 đưa nó vào HTTP và đổi tên thành Unprocessable Content, và một số framework và thư viện vẫn dùng tên cũ. Máy khách không nên lặp lại yêu cầu mà không sửa đổi. Một phần thân liệt kê từng trường không hợp lệ kèm lý do giúp máy khách hiển thị lỗi ngay cạnh đúng ô nhập liệu.

# HTTP 422 Unprocessable Content: common cause 1 of 4, an item of the "Common causes" list.
http-422-cause-1 = Một phần thân JSON không qua được bước kiểm tra theo schema, chẳng hạn thiếu một trường bắt buộc hoặc một giá trị sai kiểu, điều mà FastAPI tự động báo bằng `422`.

# HTTP 422 Unprocessable Content: common cause 2 of 4, an item of the "Common causes" list.
http-422-cause-2 = Một biểu mẫu vi phạm quy tắc nghiệp vụ, chẳng hạn mật khẩu quá ngắn, và ứng dụng, ví dụ được xây dựng trên Laravel hoặc Rails, trả lời bằng `422`.

# HTTP 422 Unprocessable Content: common cause 3 of 4, an item of the "Common causes" list.
http-422-cause-3 = Một giá trị tham chiếu tới thứ không tồn tại, chẳng hạn một ID danh mục không xác định trong một phần thân mà ngoài ra đều hợp lệ.

# HTTP 422 Unprocessable Content: common cause 4 of 4, an item of the "Common causes" list.
http-422-cause-4 = Một máy khách gửi các trường của một phiên bản API mới hơn hoặc cũ hơn mà máy chủ không nhận ra hoặc không còn chấp nhận.

# HTTP 422 Unprocessable Content: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-422-fix-visitor-1 = Đọc các thông báo lỗi trên biểu mẫu, sửa những trường mà chúng chỉ ra, rồi gửi lại.

# HTTP 422 Unprocessable Content: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-422-fix-visitor-2 = Nếu không có thông báo nào, hãy kiểm tra các trường bắt buộc và định dạng như ngày tháng, số điện thoại và địa chỉ email.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-1 = Trả về lỗi theo từng trường trong phần thân, chẳng hạn một tài liệu problem details (RFC 9457) với một mảng `errors` chứa con trỏ tới từng trường không hợp lệ và một thông báo.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-2 = Trong FastAPI, hãy đọc danh sách `detail` của phản hồi `422` để xem trường nào bị lỗi; lỗi này thường có nghĩa là máy khách đã gửi một tham số trong truy vấn thay vì trong phần thân, hoặc ngược lại.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-3 = Trong Rails với Hotwire Turbo, hãy hiển thị biểu mẫu bị lỗi với `status: :unprocessable_content` (`:unprocessable_entity` trong các phiên bản Rack cũ hơn), nếu không Turbo sẽ không hiển thị các lỗi.

# HTTP 422 Unprocessable Content: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-422-fix-developer-4 = Định nghĩa quy tắc kiểm tra dữ liệu ở một nơi duy nhất, chẳng hạn trong một JSON Schema hoặc tài liệu OpenAPI, để máy khách và máy chủ báo cùng một loại lỗi.

# HTTP 422 Unprocessable Content compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-422-vs-400 = Gửi `422` khi phần thân đúng định dạng nhưng nội dung không hợp lệ; gửi `400` khi phần thân thậm chí không phân tích được.

# HTTP 422 Unprocessable Content compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-422-vs-409 = Gửi `422` khi bản thân dữ liệu không hợp lệ; gửi `409` khi dữ liệu hợp lệ nhưng xung đột với trạng thái hiện tại của tài nguyên.

# HTTP 422 Unprocessable Content compared with HTTP 415 Unsupported Media Type: when to use which, in the "Related codes" section.
http-422-vs-415 = Gửi `422` cho các giá trị không hợp lệ ở một định dạng được hỗ trợ; gửi `415` khi bản thân định dạng không được hỗ trợ.

## HTTP 423 Locked

# HTTP 423 Locked: one-line summary at the top of the explainer (TL;DR).
http-423-tldr = Một tài nguyên WebDAV đang bị khóa, nên hiện không thể thay đổi nó.

# HTTP 423 Locked: the "What it means" paragraph of the explainer.
http-423-meaning = Máy khách WebDAV đặt khóa bằng phương thức `LOCK` để ngăn người khác chỉnh sửa một tài nguyên; máy chủ trả về một lock token trong header `Lock-Token` cùng với thời gian chờ (timeout) của khóa. Một yêu cầu sẽ sửa đổi tài nguyên đang bị khóa, chẳng hạn `PUT`, `DELETE`, `MOVE` hoặc `PROPPATCH`, sẽ thất bại với `423` trừ khi nó chứng minh quyền sở hữu khóa bằng cách gửi lock token trong header `If`. Khóa kết thúc khi có `UNLOCK` hoặc khi hết thời gian chờ. Phần thân có thể chứa một phần tử điều kiện tiên quyết như `lock-token-submitted` nêu URL đang bị khóa.

# HTTP 423 Locked: common cause 1 of 4, an item of the "Common causes" list.
http-423-cause-1 = Một người dùng khác đang mở tài liệu trong một bộ ứng dụng văn phòng qua WebDAV hoặc SharePoint, vốn khóa tài liệu trong khi chỉnh sửa.

# HTTP 423 Locked: common cause 2 of 4, an item of the "Common causes" list.
http-423-cause-2 = Một máy khách bị sập hoặc mất kết nối khi đang giữ khóa, và khóa đó chưa hết thời gian chờ.

# HTTP 423 Locked: common cause 3 of 4, an item of the "Common causes" list.
http-423-cause-3 = Nextcloud hoặc ownCloud báo một tệp đang bị khóa, đôi khi do các mục cũ còn sót lại trong cache khóa tệp của nó.

# HTTP 423 Locked: common cause 4 of 4, an item of the "Common causes" list.
http-423-cause-4 = Một ứng dụng đồng bộ cố ghi đè một tệp mà máy chủ đã khóa cho một tác vụ chạy nền, chẳng hạn quét virus.

# HTTP 423 Locked: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-423-fix-visitor-1 = Chờ đến khi người kia đóng tệp, hoặc nhờ họ đóng, rồi thử lại.

# HTTP 423 Locked: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-423-fix-visitor-2 = Nếu không ai đang chỉnh sửa tệp, hãy chờ khóa hết hạn, việc này có thể mất từ vài phút đến một giờ tùy máy chủ.

# HTTP 423 Locked: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-1 = Tìm khóa bằng một `PROPFIND` cho thuộc tính `lockdiscovery`, thuộc tính này cho biết chủ sở hữu, token và thời gian chờ của khóa.

# HTTP 423 Locked: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-2 = Giải phóng một khóa cũ bằng `UNLOCK` với đúng header `Lock-Token`, hoặc qua công cụ quản trị của máy chủ; trong Nextcloud, hãy kiểm tra `memcache.locking` và bảng `oc_file_locks`.

# HTTP 423 Locked: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-3 = Gửi lock token trong header `If` của mọi yêu cầu sửa đổi khi bạn đang giữ khóa, và làm mới các khóa dài hạn trước khi `Timeout` của chúng hết.

# HTTP 423 Locked: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-423-fix-developer-4 = Dùng thời gian chờ khóa ngắn hơn, để các máy khách bị sập không chặn người khác quá lâu.

# HTTP 423 Locked compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-423-vs-409 = Gửi `423` khi chính khóa là thứ chặn thay đổi; gửi `409` khi trạng thái của tài nguyên xung đột với thay đổi theo cách khác.

# HTTP 423 Locked compared with HTTP 424 Failed Dependency: when to use which, in the "Related codes" section.
http-423-vs-424 = Gửi `423` cho tài nguyên đang bị khóa; gửi `424` cho các phần khác của cùng yêu cầu đã thất bại vì khóa đó.

## HTTP 424 Failed Dependency

# HTTP 424 Failed Dependency: one-line summary at the top of the explainer (TL;DR).
http-424-tldr = Phần này của yêu cầu thất bại chỉ vì một phần khác mà nó phụ thuộc vào đã thất bại.

# HTTP 424 Failed Dependency: the "What it means" paragraph of the explainer.
http-424-meaning = RFC 4918 dùng `424` chủ yếu bên trong phần thân `207 Multi-Status`, để cho biết những thao tác nào không được thực hiện vì một thao tác liên quan trong cùng yêu cầu đã thất bại. Trường hợp tiêu biểu là `PROPPATCH`, vốn có tính nguyên tử (atomic): nếu một thuộc tính không thể được thiết lập, chẳng hạn vì nó được bảo vệ, thuộc tính đó nhận lỗi thực sự của nó và mọi thuộc tính khác trong yêu cầu nhận `424`. Máy khách nên khắc phục lỗi gốc, có mã trạng thái xuất hiện ở chỗ khác trong cùng phần thân, rồi gửi lại toàn bộ yêu cầu. Một số API ngoài WebDAV cũng dùng `424` theo tinh thần tương tự, khi một bước của yêu cầu thất bại vì một bước tiên quyết đã thất bại.

# HTTP 424 Failed Dependency: common cause 1 of 3, an item of the "Common causes" list.
http-424-cause-1 = Một `PROPPATCH` cố thiết lập nhiều thuộc tính và một thuộc tính bị từ chối, nên không thuộc tính nào khác được áp dụng.

# HTTP 424 Failed Dependency: common cause 2 of 3, an item of the "Common causes" list.
http-424-cause-2 = Một `COPY` hoặc `MOVE` trên một tập hợp không thể xử lý một thành viên, và các thao tác phụ thuộc vào thành viên đó được báo là thất bại.

# HTTP 424 Failed Dependency: common cause 3 of 3, an item of the "Common causes" list.
http-424-cause-3 = Một API xử lý theo lô xử lý các mục như một chuỗi, và các mục đứng sau một mục bị lỗi được báo với `424`.

# HTTP 424 Failed Dependency: what a visitor can do, the only item of "How to fix it (for visitors)".
http-424-fix-visitor-1 = Không cần xử lý riêng phần này: hãy sửa hoặc bỏ mục đã gây ra lỗi đầu tiên, rồi thử lại.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-1 = Tìm trong cùng phần thân `207` mục có mã trạng thái khác `424`; đó là nguyên nhân thực sự.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-2 = Gửi lại yêu cầu mà không có thuộc tính hoặc mục gây lỗi, vì các phương thức có tính nguyên tử chưa áp dụng gì cả.

# HTTP 424 Failed Dependency: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-424-fix-developer-3 = Trong các API xử lý theo lô có mượn `424`, hãy kèm cho mỗi mục phụ thuộc một tham chiếu tới mục bị lỗi mà nó đang chờ.

# HTTP 424 Failed Dependency compared with HTTP 207 Multi-Status: when to use which, in the "Related codes" section.
http-424-vs-207 = `424` mô tả một thao tác bên trong phần thân `207`; `207` là mã trạng thái tổng thể mang tất cả các thao tác đó.

# HTTP 424 Failed Dependency compared with HTTP 423 Locked: when to use which, in the "Related codes" section.
http-424-vs-423 = Dùng `423` cho thao tác gặp phải khóa; dùng `424` cho các thao tác thất bại vì khóa đó.

# HTTP 424 Failed Dependency compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-424-vs-409 = Dùng `409` cho thao tác mà chính trạng thái của nó bị xung đột; dùng `424` cho các thao tác thất bại chỉ vì một lỗi khác.

## HTTP 425 Too Early

# HTTP 425 Too Early: one-line summary at the top of the explainer (TL;DR).
http-425-tldr = Máy chủ từ chối xử lý một yêu cầu được gửi trong dữ liệu sớm (early data) của TLS, vì yêu cầu đó có thể bị phát lại; máy khách nên gửi lại sau khi quá trình bắt tay hoàn tất.

# HTTP 425 Too Early: the "What it means" paragraph of the explainer.
http-425-meaning = TLS 1.3 cho phép một máy khách quay lại gửi dữ liệu ngay trong thông điệp đầu tiên, trước khi quá trình bắt tay hoàn tất (0-RTT), giúp tiết kiệm một lượt khứ hồi nhưng không có biện pháp nào chống lại kẻ tấn công phát lại (replay) những byte đó. RFC 8470 định nghĩa cách HTTP xử lý tình huống này: máy chủ hoặc bên trung gian chấp nhận dữ liệu sớm chỉ được xử lý những yêu cầu an toàn khi bị phát lại, và trả lời các yêu cầu còn lại bằng `425`. Proxy chuyển tiếp một yêu cầu nhận được trong dữ liệu sớm sẽ thêm `Early-Data: 1`, để máy chủ gốc có thể đưa ra quyết định tương tự. Sau đó máy khách lặp lại yêu cầu khi quá trình bắt tay đã hoàn tất, và trình duyệt làm việc này mà không cần đến người dùng.

# HTTP 425 Too Early: common cause 1 of 3, an item of the "Common causes" list.
http-425-cause-1 = Một trình duyệt đã khôi phục phiên TLS và gửi một `POST` trong dữ liệu 0-RTT tới một máy chủ chỉ chấp nhận dữ liệu sớm cho các phương thức an toàn.

# HTTP 425 Too Early: common cause 2 of 3, an item of the "Common causes" list.
http-425-cause-2 = nginx với `ssl_early_data on` chuyển tiếp header `Early-Data` tới ứng dụng, và ứng dụng từ chối các yêu cầu không lũy đẳng được đánh dấu như vậy.

# HTTP 425 Too Early: common cause 3 of 3, an item of the "Common causes" list.
http-425-cause-3 = Một CDN có bật 0-RTT đã chuyển tiếp một yêu cầu nhận được trong dữ liệu sớm, và máy chủ gốc không muốn mạo hiểm bị phát lại.

# HTTP 425 Too Early: what a visitor can do, the only item of "How to fix it (for visitors)".
http-425-fix-visitor-1 = Không cần làm gì: trình duyệt của bạn tự động lặp lại yêu cầu khi kết nối bảo mật đã được thiết lập đầy đủ.

# HTTP 425 Too Early: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-1 = Chỉ bật 0-RTT nếu ứng dụng của bạn phân biệt được các yêu cầu an toàn, và trả lời `425` cho mọi yêu cầu không lũy đẳng có mang `Early-Data: 1`.

# HTTP 425 Too Early: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-2 = Trong nginx, hãy chuyển cờ này lên upstream bằng `proxy_set_header Early-Data $ssl_early_data;` để ứng dụng tự quyết định, hoặc giữ `ssl_early_data off`.

# HTTP 425 Too Early: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-425-fix-developer-3 = Bảo đảm các máy khách tự viết sẽ thử lại sau `425` khi quá trình bắt tay đã xong; một máy khách bỏ cuộc sẽ biến một tối ưu hóa tốc độ thành một lỗi.

# HTTP 425 Too Early compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-425-vs-400 = Gửi `425` khi vấn đề duy nhất là yêu cầu đến trong dữ liệu sớm; gửi `400` khi bản thân yêu cầu bị sai.

# HTTP 425 Too Early compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-425-vs-429 = `425` yêu cầu máy khách lặp lại yêu cầu sau một lát, khi quá trình bắt tay đã hoàn tất; `429` yêu cầu máy khách giảm tốc vì đã gửi quá nhiều yêu cầu.

## HTTP 426 Upgrade Required

# HTTP 426 Upgrade Required: one-line summary at the top of the explainer (TL;DR).
http-426-tldr = Máy chủ từ chối yêu cầu qua giao thức hiện tại và nêu, trong `Upgrade`, giao thức mà máy khách phải chuyển sang.

# HTTP 426 Upgrade Required: the "What it means" paragraph of the explainer.
http-426-meaning = Với `426`, máy chủ cho biết nó chỉ xử lý yêu cầu sau khi đổi giao thức, và nó phải gửi header `Upgrade` liệt kê các giao thức được chấp nhận, thường kèm `Connection: Upgrade`. Sau đó máy khách bắt đầu lại bằng một yêu cầu nâng cấp, và máy chủ chấp nhận bằng `101`. Cơ chế này chỉ tồn tại trong HTTP/1.1. Mã này thường gặp nhất khi một endpoint WebSocket được truy cập bằng một yêu cầu HTTP thông thường, và trong lịch sử là với cơ chế `Upgrade: TLS/1.0` của RFC 2817, vốn chưa bao giờ được trình duyệt triển khai.

# HTTP 426 Upgrade Required: common cause 1 of 4, an item of the "Common causes" list.
http-426-cause-1 = Một trình duyệt hoặc `curl` yêu cầu một URL WebSocket như một trang thông thường, không có `Upgrade: websocket`; các máy chủ xây dựng trên thư viện `ws` của Node.js trả lời những yêu cầu như vậy bằng `426`.

# HTTP 426 Upgrade Required: common cause 2 of 4, an item of the "Common causes" list.
http-426-cause-2 = Một reverse proxy đã loại bỏ các header `Upgrade` và `Connection`, nên một quá trình bắt tay WebSocket thực sự lại đến backend dưới dạng một `GET` thông thường.

# HTTP 426 Upgrade Required: common cause 3 of 4, an item of the "Common causes" list.
http-426-cause-3 = Một máy khách dùng phiên bản giao thức mà endpoint không còn chấp nhận nếu không nâng cấp, chẳng hạn HTTP/1.0.

# HTTP 426 Upgrade Required: common cause 4 of 4, an item of the "Common causes" list.
http-426-cause-4 = Một API dùng sai `426` để bảo các ứng dụng di động đã lỗi thời tự cập nhật, đó không phải là ý nghĩa của mã này.

# HTTP 426 Upgrade Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-426-fix-visitor-1 = Không cần làm gì: địa chỉ này dành cho một ứng dụng hoặc một kết nối trực tiếp, không dành cho một trang; hãy mở trang thông thường của trang web.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-1 = Chuyển tiếp các header nâng cấp qua proxy: trong nginx, dùng `proxy_http_version 1.1;` cùng `proxy_set_header Upgrade $http_upgrade;` và `proxy_set_header Connection "upgrade";`, và kiểm tra xem CDN có cho phép WebSocket không.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-2 = Kiểm tra quá trình bắt tay bằng một WebSocket client, chẳng hạn `websocat` hoặc console của trình duyệt, thay vì bằng một yêu cầu `curl` thông thường.

# HTTP 426 Upgrade Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-426-fix-developer-3 = Luôn kèm header `Upgrade` trong phản hồi `426`, và dùng một mã khác để yêu cầu người dùng cập nhật ứng dụng, chẳng hạn `400` với một mã lỗi rõ ràng.

# HTTP 426 Upgrade Required compared with HTTP 101 Switching Protocols: when to use which, in the "Related codes" section.
http-426-vs-101 = Gửi `101` khi bạn chấp nhận yêu cầu nâng cấp của máy khách; gửi `426` khi máy khách chưa yêu cầu nâng cấp nhưng bắt buộc phải làm vậy.

# HTTP 426 Upgrade Required compared with HTTP 505 HTTP Version Not Supported: when to use which, in the "Related codes" section.
http-426-vs-505 = Gửi `426` khi máy khách có thể tiếp tục sau khi chuyển sang giao thức mà bạn nêu; gửi `505` khi bạn từ chối chính phiên bản HTTP của yêu cầu.

## HTTP 428 Precondition Required

# HTTP 428 Precondition Required: one-line summary at the top of the explainer (TL;DR).
http-428-tldr = Máy chủ chỉ chấp nhận thay đổi này dưới dạng một yêu cầu có điều kiện, chẳng hạn với `If-Match`.

# HTTP 428 Precondition Required: the "What it means" paragraph of the explainer.
http-428-meaning = RFC 6585 định nghĩa `428` cho những máy chủ muốn ngăn việc mất cập nhật: thay vì chấp nhận một `PUT`, `PATCH` hoặc `DELETE` không điều kiện có thể ghi đè thay đổi của người khác, chúng yêu cầu máy khách cho biết nó đã chỉnh sửa phiên bản nào. Máy khách lấy tài nguyên về, đọc `ETag` của nó và lặp lại thay đổi với `If-Match` mang giá trị đó; khi đó máy chủ áp dụng thay đổi, hoặc trả lời `412` nếu tài nguyên đã thay đổi trong lúc đó. Phản hồi nên giải thích điều kiện tiên quyết nào là bắt buộc, và bộ nhớ đệm không được lưu nó.

# HTTP 428 Precondition Required: common cause 1 of 3, an item of the "Common causes" list.
http-428-cause-1 = Một máy khách đã gửi `PUT`, `PATCH` hoặc `DELETE` mà không có `If-Match` tới một API áp dụng khóa lạc quan (optimistic locking).

# HTTP 428 Precondition Required: common cause 2 of 3, an item of the "Common causes" list.
http-428-cause-2 = Một thư viện máy khách hoặc SDK không giữ lại `ETag` từ lần `GET` trước đó, nên không có gì để gửi lại.

# HTTP 428 Precondition Required: common cause 3 of 3, an item of the "Common causes" list.
http-428-cause-3 = Một proxy hoặc tiện ích mở rộng của trình duyệt đã loại bỏ `If-Match` hoặc `If-Unmodified-Since` khỏi yêu cầu.

# HTTP 428 Precondition Required: what a visitor can do, the only item of "How to fix it (for visitors)".
http-428-fix-visitor-1 = Bạn không thể thay đổi gì: ứng dụng đã không gửi thông tin phiên bản mà máy chủ yêu cầu; hãy tải lại trang và thử lại, hoặc báo lỗi.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-1 = Đọc `ETag` từ phản hồi của `GET` và gửi lại nguyên vẹn trong `If-Match` cùng với thao tác cập nhật; với các máy khách trình duyệt cross-origin, hãy để lộ `ETag` qua `Access-Control-Expose-Headers`.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-2 = Nêu header bắt buộc trong phần thân của `428`, chẳng hạn trong một tài liệu problem details có nhắc đến `If-Match`.

# HTTP 428 Precondition Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-428-fix-developer-3 = Chỉ đòi điều kiện tiên quyết với những phương thức làm thay đổi trạng thái, và ghi quy tắc này vào tài liệu để nhà phát triển phía máy khách tích hợp ngay từ đầu.

# HTTP 428 Precondition Required compared with HTTP 412 Precondition Failed: when to use which, in the "Related codes" section.
http-428-vs-412 = Gửi `428` khi yêu cầu không mang điều kiện tiên quyết nào; gửi `412` khi yêu cầu mang một điều kiện tiên quyết nhưng điều kiện đó sai.

# HTTP 428 Precondition Required compared with HTTP 409 Conflict: when to use which, in the "Related codes" section.
http-428-vs-409 = Gửi `428` để buộc máy khách dùng `If-Match` nhằm phát hiện xung đột một cách đáng tin cậy; gửi `409` khi bạn phát hiện xung đột mà không cần điều kiện tiên quyết.

## HTTP 429 Too Many Requests

# HTTP 429 Too Many Requests: one-line summary at the top of the explainer (TL;DR).
http-429-tldr = Bạn đã gửi quá nhiều yêu cầu trong một khoảng thời gian nhất định và phải giảm tốc độ.

# HTTP 429 Too Many Requests: the "What it means" paragraph of the explainer.
http-429-meaning = `429` là tín hiệu giới hạn tần suất (rate limiting): máy chủ hoặc một gateway đã đếm số yêu cầu của máy khách, theo API key, người dùng, địa chỉ IP hoặc token, và máy khách đã vượt quá giới hạn; RFC 6585 để máy chủ tự quyết định cách nhận diện máy khách và cách đếm. `Retry-After` cho biết thời gian chờ dưới dạng số giây hoặc một ngày giờ HTTP, và nhiều API thêm các header mô tả hạn mức, chẳng hạn `X-RateLimit-Remaining` hoặc các trường `RateLimit` và `RateLimit-Policy` của một bản dự thảo IETF. Máy khách nên chờ ít nhất khoảng thời gian đó rồi thử lại với thời gian chờ tăng theo cấp số nhân (exponential backoff) kèm độ trễ ngẫu nhiên (jitter); thử lại ngay lập tức chỉ kéo dài thời gian bị chặn. Bộ nhớ đệm không được lưu phản hồi `429`.

# HTTP 429 Too Many Requests: common cause 1 of 5, an item of the "Common causes" list.
http-429-cause-1 = Một script hoặc tích hợp gọi API liên tục trong vòng lặp mà không có độ trễ, hoặc thử lại ngay mọi lỗi và tự nhân lưu lượng của chính nó lên.

# HTTP 429 Too Many Requests: common cause 2 of 5, an item of the "Common causes" list.
http-429-cause-2 = Nhiều người dùng chung một địa chỉ IP công cộng, chẳng hạn NAT của văn phòng, nhà mạng di động hoặc một dịch vụ CI, và cùng nhau vượt quá giới hạn theo IP.

# HTTP 429 Too Many Requests: common cause 3 of 5, an item of the "Common causes" list.
http-429-cause-3 = Một máy khách chưa xác thực đã chạm tới hạn mức thấp dành cho người dùng ẩn danh, như giới hạn 60 yêu cầu API mỗi giờ của GitHub khi không có token.

# HTTP 429 Too Many Requests: common cause 4 of 5, an item of the "Common causes" list.
http-429-cause-4 = Một API đám mây hoặc AI áp dụng hạn mức số yêu cầu mỗi phút hoặc số token mỗi phút theo gói của tài khoản.

# HTTP 429 Too Many Requests: common cause 5 of 5, an item of the "Common causes" list.
http-429-cause-5 = `limit_req` của nginx đã từ chối các yêu cầu vượt mức và được cấu hình với `limit_req_status 429`; mặc định nó sẽ trả lời `503`.

# HTTP 429 Too Many Requests: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-429-fix-visitor-1 = Chờ một phút, hoặc khoảng thời gian mà trang đưa ra, rồi thử lại; tải lại liên tục sẽ kéo dài thời gian bị chặn.

# HTTP 429 Too Many Requests: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-429-fix-visitor-2 = Nếu bạn đang dùng mạng chung, chẳng hạn mạng văn phòng hoặc Wi-Fi công cộng, hãy thử lại sau hoặc từ một kết nối khác.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-1 = Tôn trọng `Retry-After` và giãn thời gian thử lại theo cấp số nhân kèm jitter ngẫu nhiên; các thư viện như `Retry` của `urllib3` hoặc Polly cho .NET làm việc này thay bạn.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-2 = Gửi `Retry-After` và hạn mức còn lại trong các phản hồi `429` của chính bạn, để máy khách tự điều chỉnh nhịp độ thay vì phải đoán.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-3 = Giảm lượng yêu cầu bằng cách lưu cache phản hồi, gộp các lệnh gọi và dùng webhook thay cho truy vấn định kỳ.

# HTTP 429 Too Many Requests: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-429-fix-developer-4 = Trong nginx, hãy đặt `limit_req_status 429;` và một giá trị `burst` trên `limit_req`, để các đợt tăng đột biến ngắn được đưa vào hàng đợi thay vì bị từ chối.

# HTTP 429 Too Many Requests compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-429-vs-503 = Gửi `429` khi một máy khách vượt quá hạn mức của nó; gửi `503` khi toàn bộ dịch vụ bị quá tải hoặc ngừng hoạt động với tất cả mọi người.

# HTTP 429 Too Many Requests compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-429-vs-403 = Gửi `429` khi máy khách có thể thử lại sau khi chờ; gửi `403` khi máy khách bị từ chối dù nó gửi yêu cầu chậm đến đâu.

## HTTP 431 Request Header Fields Too Large

# HTTP 431 Request Header Fields Too Large: one-line summary at the top of the explainer (TL;DR).
http-431-tldr = Các header của yêu cầu, thường là cookie, quá lớn đối với máy chủ.

# HTTP 431 Request Header Fields Too Large: the "What it means" paragraph of the explainer.
http-431-meaning = Máy chủ giới hạn kích thước của từng trường header và của toàn bộ phần header; khi một yêu cầu vượt quá một trong hai giới hạn này, máy chủ có thể trả lời `431`, lý tưởng nhất là kèm tên trường bị quá lớn. Máy khách có thể thử lại sau khi thu gọn các header, điều mà trong trình duyệt thường có nghĩa là xóa cookie của trang web. Không phải máy chủ nào cũng dùng mã này: nginx và Apache báo cùng tình trạng đó bằng `400`, trong khi Node.js chẳng hạn trả lời `431` khi header vượt quá giới hạn `--max-http-header-size` 16 KB. Mã này được định nghĩa trong RFC 6585.

# HTTP 431 Request Header Fields Too Large: common cause 1 of 4, an item of the "Common causes" list.
http-431-cause-1 = Trang web và các tên miền con của nó đặt nhiều cookie, từ công cụ phân tích, thử nghiệm A/B và phiên, và tổng cộng chúng vượt quá giới hạn.

# HTTP 431 Request Header Fields Too Large: common cause 2 of 4, an item of the "Common causes" list.
http-431-cause-2 = Khi phát triển trên `localhost`, các ứng dụng ở các cổng khác nhau dùng chung cookie, vì cookie không phụ thuộc vào cổng, nên chúng tích tụ ngày càng nhiều.

# HTTP 431 Request Header Fields Too Large: common cause 3 of 4, an item of the "Common causes" list.
http-431-cause-3 = Một JWT hoặc token phiên lớn được gửi trong cookie hoặc header `Authorization` và lớn dần lên với mỗi claim hoặc vai trò được thêm vào.

# HTTP 431 Request Header Fields Too Large: common cause 4 of 4, an item of the "Common causes" list.
http-431-cause-4 = Một proxy hoặc gateway thêm các header, chẳng hạn một chuỗi `X-Forwarded-For` dài hoặc các header truy vết (tracing), đẩy một yêu cầu vốn đã sát giới hạn vượt qua ngưỡng.

# HTTP 431 Request Header Fields Too Large: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-431-fix-visitor-1 = Xóa cookie của trang web này trong phần cài đặt của trình duyệt, rồi tải lại trang và đăng nhập lại.

# HTTP 431 Request Header Fields Too Large: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-431-fix-visitor-2 = Thử mở một cửa sổ ẩn danh; nếu trang hoạt động ở đó, nguyên nhân là các cookie đã lưu của bạn.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-1 = Tìm header quá lớn bằng thẻ Network của trình duyệt hoặc `curl -v`, và kiểm tra kích thước cookie trong thẻ Application của DevTools.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-2 = Giữ dữ liệu phiên trên máy chủ và chỉ đặt ID vào cookie, đồng thời giới hạn phạm vi cookie bằng `Domain` và `Path` để chúng không bị gửi đi khắp nơi.

# HTTP 431 Request Header Fields Too Large: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-431-fix-developer-3 = Chỉ nâng giới hạn ở mức cần thiết và đồng bộ trên mọi tầng: `large_client_header_buffers` trong nginx, `LimitRequestFieldSize` trong Apache, `--max-http-header-size` trong Node.js, và giới hạn riêng của bộ cân bằng tải.

# HTTP 431 Request Header Fields Too Large compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-431-vs-413 = Gửi `431` khi các header quá lớn; gửi `413` khi phần thân quá lớn.

# HTTP 431 Request Header Fields Too Large compared with HTTP 414 URI Too Long: when to use which, in the "Related codes" section.
http-431-vs-414 = Gửi `431` khi các trường header quá lớn; gửi `414` khi URI đích của yêu cầu quá dài.

# HTTP 431 Request Header Fields Too Large compared with HTTP 400 Bad Request: when to use which, in the "Related codes" section.
http-431-vs-400 = Gửi `431` khi bạn xác định được rằng các header quá lớn, để máy khách biết cần sửa gì; một mã `400` chung chung khiến máy khách phải đoán.

## HTTP 451 Unavailable For Legal Reasons

# HTTP 451 Unavailable For Legal Reasons: one-line summary at the top of the explainer (TL;DR).
http-451-tldr = Quyền truy cập tài nguyên bị chặn vì một yêu cầu pháp lý, chẳng hạn lệnh của tòa án hoặc lệnh cấm của chính phủ.

# HTTP 451 Unavailable For Legal Reasons: the "What it means" paragraph of the explainer.
http-451-meaning = RFC 7725 định nghĩa `451` để việc kiểm duyệt theo pháp luật và các giới hạn địa lý do luật pháp yêu cầu được thể hiện đúng bản chất thay vì được ngụy trang thành `403` hoặc `404`. Phần thân nên giải thích yêu cầu pháp lý, ai đưa ra và theo luật nào, và header `Link` với `rel="blocked-by"` xác định bên thực hiện việc chặn, có thể là chính trang web, nhà cung cấp hosting hoặc một nhà khai thác mạng, chứ không nhất thiết là cơ quan đã đưa ra yêu cầu. Mã này có thể đến từ máy chủ gốc hoặc từ một bên trung gian như nhà cung cấp dịch vụ Internet (ISP). Mặc định, phản hồi `451` có thể được lưu vào cache, vì các lệnh chặn pháp lý thường kéo dài.

# HTTP 451 Unavailable For Legal Reasons: common cause 1 of 4, an item of the "Common causes" list.
http-451-cause-1 = Một trang web chặn người truy cập từ một khu vực có luật pháp mà trang đó không tuân thủ, như nhiều trang tin tức Mỹ đã làm với người truy cập từ EU khi GDPR có hiệu lực.

# HTTP 451 Unavailable For Legal Reasons: common cause 2 of 4, an item of the "Common causes" list.
http-451-cause-2 = Một lệnh của tòa án hoặc thông báo gỡ bỏ vì bản quyền yêu cầu nhà cung cấp hosting vô hiệu hóa quyền truy cập vào một nội dung cụ thể.

# HTTP 451 Unavailable For Legal Reasons: common cause 3 of 4, an item of the "Common causes" list.
http-451-cause-3 = Một ISP hoặc bộ lọc cấp quốc gia chặn một trang web theo lệnh của chính phủ và hiển thị một trang `451`.

# HTTP 451 Unavailable For Legal Reasons: common cause 4 of 4, an item of the "Common causes" list.
http-451-cause-4 = Một nền tảng giữ lại một bài đăng hoặc tài khoản ở một quốc gia sau khi nhận yêu cầu pháp lý từ quốc gia đó.

# HTTP 451 Unavailable For Legal Reasons: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-451-fix-visitor-1 = Đọc phần giải thích trên trang: nó nên cho biết ai đã yêu cầu chặn, theo luật nào và có thể khiếu nại hay không.

# HTTP 451 Unavailable For Legal Reasons: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-451-fix-visitor-2 = Tìm cùng thông tin đó từ một nguồn hợp pháp khác có thể truy cập được ở nơi bạn đang ở.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-1 = Nêu căn cứ pháp lý, cơ quan đứng sau yêu cầu và một liên kết tới thông tin chi tiết trong phần thân, và thêm header `Link` với `rel="blocked-by"` nêu tên bên thực hiện việc chặn.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-2 = Dùng `451` thay vì `403` hoặc `404` cho các lệnh chặn do luật pháp yêu cầu, để người dùng, nhà nghiên cứu và các dự án minh bạch có thể nhận ra chúng.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-3 = Áp dụng chặn theo địa lý ở tầng biên (edge) bằng các quy tắc quốc gia của CDN, và trả về `451` kèm trang giải thích thay vì một trang lỗi chung chung.

# HTTP 451 Unavailable For Legal Reasons: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-451-fix-developer-4 = Đặt `Cache-Control` tương ứng với thời gian lệnh chặn còn hiệu lực, vì một phản hồi `451` không có header này có thể bị lưu vào cache.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 403 Forbidden: when to use which, in the "Related codes" section.
http-451-vs-403 = Gửi `451` khi một yêu cầu pháp lý buộc bạn phải từ chối; gửi `403` cho những lời từ chối dựa trên quyền hoặc chính sách của riêng bạn.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 404 Not Found: when to use which, in the "Related codes" section.
http-451-vs-404 = Gửi `451` để công khai rằng nội dung có tồn tại nhưng bị chặn theo pháp luật; `404` sẽ che giấu việc chặn khỏi người dùng.

# HTTP 451 Unavailable For Legal Reasons compared with HTTP 410 Gone: when to use which, in the "Related codes" section.
http-451-vs-410 = Gửi `410` khi bạn tự quyết định xóa nội dung vĩnh viễn; gửi `451` khi một yêu cầu pháp lý khiến nội dung không thể truy cập được.

## HTTP 500 Internal Server Error

# HTTP 500 Internal Server Error: one-line summary at the top of the explainer (TL;DR).
http-500-tldr = Đã có sự cố ở phía máy chủ trong khi xử lý yêu cầu; bản thân yêu cầu có lẽ không có vấn đề gì.

# HTTP 500 Internal Server Error: the "What it means" paragraph of the explainer.
http-500-meaning = `500` là mã dùng chung cho mọi lỗi phía máy chủ: máy chủ gặp một tình huống không lường trước, thường nhất là một ngoại lệ không được xử lý, và tạo ra mã trạng thái này thay vì một phản hồi thực sự. Mã này không cho máy khách biết gì về nguyên nhân, và máy chủ nên giữ stack trace cùng các chi tiết nội bộ khỏi phần thân, vì chúng giúp ích cho kẻ tấn công nhiều hơn là cho người dùng. Thử lại có giúp được hay không tùy thuộc vào nguyên nhân: một sự cố tạm thời có thể qua đi, còn một lỗi lập trình (bug) sẽ thất bại theo cùng một cách mỗi lần, nên máy khách chỉ nên thử lại các yêu cầu lũy đẳng, kèm thời gian chờ tăng dần. Thông tin hữu ích nằm ở phía máy chủ, trong log và hệ thống theo dõi lỗi, tốt nhất là được liên kết với phản hồi qua một request ID.

# HTTP 500 Internal Server Error: common cause 1 of 5, an item of the "Common causes" list.
http-500-cause-1 = Ứng dụng đã ném ra một ngoại lệ mà nó không bắt, chẳng hạn tham chiếu null, một phép chuyển đổi kiểu thất bại hoặc một biến template bị thiếu.

# HTTP 500 Internal Server Error: common cause 2 of 5, an item of the "Common causes" list.
http-500-cause-2 = Cơ sở dữ liệu hoặc một thành phần phụ thuộc khác không thể kết nối được, và mã nguồn để lỗi thoát ra ngoài thay vì báo một mã `503` rõ ràng hơn.

# HTTP 500 Internal Server Error: common cause 3 of 5, an item of the "Common causes" list.
http-500-cause-3 = Một giá trị cấu hình hoặc secret bị thiếu trên môi trường production, chẳng hạn một biến môi trường chỉ tồn tại trên máy của các nhà phát triển.

# HTTP 500 Internal Server Error: common cause 4 of 5, an item of the "Common causes" list.
http-500-cause-4 = Apache gặp một chỉ thị không hợp lệ trong tệp `.htaccess`, và báo lỗi đó bằng `500` cho mọi yêu cầu trong thư mục chứa tệp.

# HTTP 500 Internal Server Error: common cause 5 of 5, an item of the "Common causes" list.
http-500-cause-5 = PHP gặp lỗi nghiêm trọng (fatal error) hoặc chạm tới `memory_limit` trong khi `display_errors` bị tắt, nên trình duyệt chỉ nhận được một mã `500` trơn trụi.

# HTTP 500 Internal Server Error: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-500-fix-visitor-1 = Tải lại trang sau một phút; nếu lỗi vẫn còn, vấn đề nằm ở phía trang web và chỉ những người vận hành trang mới khắc phục được.

# HTTP 500 Internal Server Error: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-500-fix-visitor-2 = Nếu việc gửi biểu mẫu thất bại, hãy kiểm tra lại sau xem nó đã được lưu chưa trước khi gửi lại, để tránh bị trùng lặp.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-1 = Bắt đầu từ log tại thời điểm của yêu cầu bị lỗi: log của ứng dụng, `journalctl -u` cho dịch vụ, `error.log` của nginx hoặc `error_log` của Apache, và một công cụ theo dõi lỗi như Sentry.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-2 = Trả về một request ID trong một header của phản hồi và trong phần thân lỗi, đồng thời ghi nó vào log cùng với ngoại lệ, để báo cáo của người dùng dẫn thẳng tới stack trace.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-3 = Tái hiện lỗi trên máy cục bộ với cùng dữ liệu đầu vào và cấu hình, bật chế độ debug của framework ở đó và không bao giờ bật trên production.

# HTTP 500 Internal Server Error: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-500-fix-developer-4 = Bắt các lỗi có thể lường trước và ánh xạ chúng sang các mã chính xác: `4xx` cho dữ liệu đầu vào sai, `503` cho các thành phần phụ thuộc không khả dụng, `504` cho trường hợp hết thời gian chờ.

# HTTP 500 Internal Server Error compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-500-vs-502 = Phản hồi `500` đến từ máy chủ đã chạy đoạn mã bị lỗi; phản hồi `502` đến từ một proxy mà upstream của nó đã trả về phản hồi không hợp lệ.

# HTTP 500 Internal Server Error compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-500-vs-503 = Gửi `503` khi biết rõ máy chủ tạm thời không thể phục vụ, kèm `Retry-After`; `500` nghĩa là một lỗi không lường trước.

# HTTP 500 Internal Server Error compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-500-vs-501 = Gửi `501` khi máy chủ vốn không có một tính năng theo thiết kế; `500` dành cho các lỗi xảy ra trong những tính năng mà máy chủ có hỗ trợ.

## HTTP 501 Not Implemented

# HTTP 501 Not Implemented: one-line summary at the top of the explainer (TL;DR).
http-501-tldr = Máy chủ không hỗ trợ thứ mà yêu cầu cần, thường là phương thức của yêu cầu.

# HTTP 501 Not Implemented: the "What it means" paragraph of the explainer.
http-501-meaning = Máy chủ trả lời `501` khi nó không nhận ra phương thức của yêu cầu, hoặc thiếu khả năng mà yêu cầu cần, với mọi tài nguyên mà nó phục vụ; một phương thức WebDAV như `PROPFIND` gửi tới một máy chủ không hỗ trợ WebDAV là trường hợp điển hình. RFC 9112 cũng quy định máy chủ HTTP/1.1 trả lời `501` khi một yêu cầu dùng kiểu mã hóa truyền tải (transfer coding) mà nó không hiểu. Phản hồi này có thể được lưu vào cache theo heuristic, vì cùng yêu cầu đó sẽ lại thất bại. Máy khách không nên thử lại mà không thay đổi gì; chúng cần một phương thức khác hoặc một máy chủ khác.

# HTTP 501 Not Implemented: common cause 1 of 4, an item of the "Common causes" list.
http-501-cause-1 = Một máy khách đã gửi một phương thức WebDAV như `PROPFIND` hoặc `MKCOL` tới một máy chủ không hỗ trợ WebDAV.

# HTTP 501 Not Implemented: common cause 2 of 4, an item of the "Common causes" list.
http-501-cause-2 = Một yêu cầu dùng một phương thức tự đặt hoặc viết sai chính tả, chẳng hạn `PURGE` gửi tới một máy chủ không phải là cache, hoặc lỗi gõ trong một máy khách viết thủ công.

# HTTP 501 Not Implemented: common cause 3 of 4, an item of the "Common causes" list.
http-501-cause-3 = Một `Transfer-Encoding` khác `chunked`, chẳng hạn `gzip` trên một yêu cầu, đã đến một máy chủ không thể giải mã nó.

# HTTP 501 Not Implemented: common cause 4 of 4, an item of the "Common causes" list.
http-501-cause-4 = Một route API dạng stub hoặc giữ chỗ trả về `501` cho một tính năng đã được lên kế hoạch nhưng chưa được xây dựng.

# HTTP 501 Not Implemented: what a visitor can do, the only item of "How to fix it (for visitors)".
http-501-fix-visitor-1 = Không cần làm gì: trang web không thể thực hiện loại yêu cầu này; hãy dùng tính năng đó theo cách khác, hoặc liên hệ trang web.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-1 = Kiểm tra phương thức mà máy khách của bạn gửi, bằng `curl -v` hoặc log truy cập, và xem máy chủ cùng mọi proxy đứng trước nó có hỗ trợ phương thức đó hay không.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-2 = Bật module cung cấp phương thức đó nếu bạn cần, chẳng hạn `mod_dav` trong Apache hoặc chỉ thị `dav_methods` trong nginx.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-3 = Dùng `405` kèm header `Allow` khi máy chủ biết phương thức nhưng tài nguyên này không hỗ trợ nó, và giữ `501` cho những gì máy chủ hoàn toàn không triển khai.

# HTTP 501 Not Implemented: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-501-fix-developer-4 = Ghi tài liệu về mọi phản hồi `501` được trả về cho các tính năng API chưa hoàn thiện, và gỡ route đó trước khi phát hành nếu tính năng sẽ không bao giờ được xây dựng.

# HTTP 501 Not Implemented compared with HTTP 405 Method Not Allowed: when to use which, in the "Related codes" section.
http-501-vs-405 = Gửi `501` khi máy chủ không triển khai phương thức ở bất kỳ đâu; gửi `405` khi máy chủ có triển khai nhưng không cho tài nguyên này.

# HTTP 501 Not Implemented compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-501-vs-500 = Gửi `501` khi thiếu một khả năng; gửi `500` khi có lỗi trong lúc sử dụng một khả năng mà bạn có.

## HTTP 502 Bad Gateway

# HTTP 502 Bad Gateway: one-line summary at the top of the explainer (TL;DR).
http-502-tldr = Một gateway hoặc proxy nhận được phản hồi không hợp lệ, hoặc không nhận được gì, từ máy chủ phía sau nó.

# HTTP 502 Bad Gateway: the "What it means" paragraph of the explainer.
http-502-meaning = `502` đến từ một bên trung gian, chẳng hạn reverse proxy, bộ cân bằng tải hoặc CDN, đã chuyển tiếp yêu cầu và nhận lại thứ mà nó không dùng được: một kết nối bị từ chối hoặc bị reset, một kết nối bị đóng sớm, các header sai định dạng hoặc một lần bắt tay TLS thất bại. Ứng dụng phía sau thậm chí có thể không ghi lại lỗi nào, nên log hữu ích là log của proxy, vốn thường nêu tên upstream và kiểu lỗi. Vì yêu cầu có thể đã đến hoặc chưa đến upstream, máy khách chỉ nên tự động thử lại các yêu cầu lũy đẳng. Một số CDN thêm các mã không chính thức cho những lỗi cụ thể hơn từ máy chủ gốc, chẳng hạn các mã từ `520` đến `526` của Cloudflare.

# HTTP 502 Bad Gateway: common cause 1 of 5, an item of the "Common causes" list.
http-502-cause-1 = Ứng dụng upstream bị sập, đang khởi động lại trong lúc triển khai, hoặc bị dừng vì dùng quá nhiều bộ nhớ, nên không có gì đang lắng nghe.

# HTTP 502 Bad Gateway: common cause 2 of 5, an item of the "Common causes" list.
http-502-cause-2 = Proxy trỏ sai host, cổng hoặc socket, chẳng hạn `proxy_pass http://127.0.0.1:8000` trong khi ứng dụng lắng nghe ở cổng 3000.

# HTTP 502 Bad Gateway: common cause 3 of 5, an item of the "Common causes" list.
http-502-cause-3 = Proxy giao tiếp bằng TLS với một upstream chờ HTTP thông thường, hoặc ngược lại, hoặc chứng chỉ của upstream không qua được bước xác minh.

# HTTP 502 Bad Gateway: common cause 4 of 5, an item of the "Common causes" list.
http-502-cause-4 = Upstream đóng các kết nối keep-alive nhàn rỗi sớm hơn proxy dự kiến, nên proxy gửi yêu cầu trên một kết nối đã bị đóng.

# HTTP 502 Bad Gateway: common cause 5 of 5, an item of the "Common causes" list.
http-502-cause-5 = Upstream gửi các header phản hồi lớn hơn bộ đệm của proxy, điều mà nginx ghi vào log là “upstream sent too big header”.

# HTTP 502 Bad Gateway: what a visitor can do, the only item of "How to fix it (for visitors)".
http-502-fix-visitor-1 = Chờ một chút rồi tải lại; máy chủ phía sau gateway của trang web đã gặp sự cố, và chỉ những người vận hành trang mới khắc phục được.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-1 = Đọc log lỗi của proxy để biết lý do chính xác, chẳng hạn “connect() failed (111: Connection refused)” hoặc “upstream prematurely closed connection” của nginx, cùng địa chỉ upstream được nêu trong đó.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-2 = Kiểm tra trực tiếp upstream từ máy chủ proxy bằng `curl -v` tới địa chỉ và cổng của nó, và xác nhận bằng `ss -ltnp` rằng tiến trình đang lắng nghe đúng nơi proxy mong đợi.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-3 = Đặt thời gian chờ keep-alive của upstream dài hơn thời gian chờ khi nhàn rỗi của proxy hoặc bộ cân bằng tải, chẳng hạn nâng `server.keepAliveTimeout` trong Node.js lên trên 60 giây của bộ cân bằng tải.

# HTTP 502 Bad Gateway: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-502-fix-developer-4 = Tăng `proxy_buffer_size` và `proxy_buffers` trong nginx khi header từ upstream lớn, và với PHP-FPM, hãy kiểm tra log của nó xem có worker nào bị sập hoặc cạn kiệt không.

# HTTP 502 Bad Gateway compared with HTTP 504 Gateway Timeout: when to use which, in the "Related codes" section.
http-502-vs-504 = Gửi `502` khi upstream trả lời bằng thứ không hợp lệ hoặc ngắt kết nối; gửi `504` khi upstream không trả lời kịp thời.

# HTTP 502 Bad Gateway compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-502-vs-500 = Phản hồi `502` nghĩa là một proxy không nhận được câu trả lời hợp lệ từ upstream của nó; phản hồi `500` nghĩa là chính máy chủ xử lý yêu cầu đã gặp lỗi.

# HTTP 502 Bad Gateway compared with HTTP 503 Service Unavailable: when to use which, in the "Related codes" section.
http-502-vs-503 = Gửi `503` khi dịch vụ biết mình không khả dụng và nói rõ điều đó; phản hồi `502` nghĩa là gateway đã thử một backend và nhận được câu trả lời hỏng hoặc không nhận được gì.

## HTTP 503 Service Unavailable

# HTTP 503 Service Unavailable: one-line summary at the top of the explainer (TL;DR).
http-503-tldr = Máy chủ tạm thời không thể xử lý yêu cầu, do quá tải hoặc đang bảo trì; hãy thử lại sau.

# HTTP 503 Service Unavailable: the "What it means" paragraph of the explainer.
http-503-meaning = `503` cho máy khách biết rằng sự cố là tạm thời và đã được biết: máy chủ hoặc một bộ cân bằng tải đã chọn không xử lý yêu cầu. Header `Retry-After` với một số giây hoặc một ngày giờ cho máy khách và trình thu thập dữ liệu biết khi nào nên quay lại, và công cụ tìm kiếm coi một phản hồi `503` ngắn hạn là một lần tạm dừng và vẫn giữ trang trong chỉ mục, trong khi `503` kéo dài hàng tuần có thể khiến trang bị loại bỏ. Bộ cân bằng tải và ingress controller cũng trả lời `503` khi không còn backend nào hoạt động bình thường để gửi yêu cầu tới. Máy khách nên giãn thời gian chờ và thử lại, tôn trọng `Retry-After`. Phản hồi `503` không được lưu vào cache trừ khi các header của nó cho phép một cách tường minh.

# HTTP 503 Service Unavailable: common cause 1 of 5, an item of the "Common causes" list.
http-503-cause-1 = Trang web đang được bảo trì theo kế hoạch và phục vụ trang bảo trì với mã `503`.

# HTTP 503 Service Unavailable: common cause 2 of 5, an item of the "Common causes" list.
http-503-cause-2 = Mọi backend của bộ cân bằng tải đều không qua được bước kiểm tra tình trạng (health check), hoặc không có backend nào được đăng ký, như với một target group của AWS không có target nào hoạt động bình thường.

# HTTP 503 Service Unavailable: common cause 3 of 5, an item of the "Common causes" list.
http-503-cause-3 = Một Service của Kubernetes không có pod nào sẵn sàng, chẳng hạn trong một lần triển khai mà readiness probe thất bại, nên ingress không có endpoint nào để dùng.

# HTTP 503 Service Unavailable: common cause 4 of 5, an item of the "Common causes" list.
http-503-cause-4 = Ứng dụng bị quá tải và chủ động từ chối bớt tải (load shedding), chẳng hạn khi nhóm worker hoặc giới hạn kết nối đã đầy.

# HTTP 503 Service Unavailable: common cause 5 of 5, an item of the "Common causes" list.
http-503-cause-5 = Varnish không nhận được phản hồi từ backend của nó và trả lời bằng trang “503 Backend fetch failed”.

# HTTP 503 Service Unavailable: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-503-fix-visitor-1 = Chờ vài phút rồi tải lại; trang web đang tạm thời ngừng hoạt động hoặc bị quá tải.

# HTTP 503 Service Unavailable: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-503-fix-visitor-2 = Xem trang trạng thái (status page) hoặc các tài khoản mạng xã hội của dịch vụ để biết có thông báo bảo trì hay không.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-1 = Gửi `Retry-After` kèm các trang bảo trì và các phản hồi từ chối bớt tải, và phục vụ trang bảo trì với `503` thay vì `200`, để trình thu thập dữ liệu không lập chỉ mục trang bảo trì.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-2 = Kiểm tra tình trạng các target của bộ cân bằng tải và đường dẫn health check: một probe gọi tới một URL chậm hoặc đòi xác thực sẽ đánh dấu nhầm các máy chủ đang hoạt động tốt là ngừng hoạt động.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-3 = Trong Kubernetes, hãy chạy `kubectl get endpoints` và `kubectl describe pod` để xem readiness probe có đang thất bại không.

# HTTP 503 Service Unavailable: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-503-fix-developer-4 = Bổ sung năng lực xử lý hoặc hàng đợi yêu cầu trước khi phải từ chối bớt tải, và đặt `limit_req_status 429;` ở những nơi mà giới hạn tần suất, chứ không phải tình trạng quá tải, là thứ nên trả lời.

# HTTP 503 Service Unavailable compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-503-vs-500 = Gửi `503` khi sự cố là tạm thời và dự kiến sẽ kết thúc; `500` báo hiệu một lỗi không lường trước.

# HTTP 503 Service Unavailable compared with HTTP 429 Too Many Requests: when to use which, in the "Related codes" section.
http-503-vs-429 = Gửi `503` khi toàn bộ dịch vụ bị quá tải hoặc ngừng hoạt động; gửi `429` khi một máy khách riêng lẻ vượt quá hạn mức của nó.

# HTTP 503 Service Unavailable compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-503-vs-502 = Phản hồi `503` nghĩa là dịch vụ tự báo rằng chính nó hoặc các backend của nó không khả dụng; phản hồi `502` nghĩa là một gateway đã liên hệ được với một backend nhưng backend đó không trả lời đúng cách.

## HTTP 504 Gateway Timeout

# HTTP 504 Gateway Timeout: one-line summary at the top of the explainer (TL;DR).
http-504-tldr = Một gateway hoặc proxy đã chờ máy chủ phía sau nó quá lâu và đã bỏ cuộc.

# HTTP 504 Gateway Timeout: the "What it means" paragraph of the explainer.
http-504-meaning = `504` đến từ một bên trung gian đã chuyển tiếp yêu cầu nhưng không nhận được phản hồi hoàn chỉnh trong thời gian chờ của nó; upstream có thể vẫn đang xử lý yêu cầu và có thể hoàn tất sau đó. Điều này quan trọng với các yêu cầu không lũy đẳng: một `POST` bị hết thời gian chờ tại proxy vẫn có thể tạo ra tài nguyên, nên máy khách nên kiểm tra trước khi thử lại. Mỗi tầng có thời gian chờ riêng, và thời gian chờ ngắn nhất sẽ quyết định: CDN, bộ cân bằng tải và reverse proxy có thể mỗi bên cắt yêu cầu ở một thời điểm khác nhau. Cách khắc phục lâu dài thường là làm cho công việc nhanh hơn hoặc chạy bất đồng bộ, chứ không chỉ là tăng thời gian chờ.

# HTTP 504 Gateway Timeout: common cause 1 of 5, an item of the "Common causes" list.
http-504-cause-1 = Một truy vấn cơ sở dữ liệu chậm, một báo cáo hoặc một lệnh gọi tới API bên ngoài khiến ứng dụng bận lâu hơn `proxy_read_timeout` 60 giây của nginx.

# HTTP 504 Gateway Timeout: common cause 2 of 5, an item of the "Common causes" list.
http-504-cause-2 = Giới hạn của một gateway được quản lý đã hết trước, chẳng hạn thời gian chờ tích hợp 29 giây của AWS API Gateway hoặc thời gian chờ khi nhàn rỗi mặc định 60 giây của Application Load Balancer.

# HTTP 504 Gateway Timeout: common cause 3 of 5, an item of the "Common causes" list.
http-504-cause-3 = Tường lửa hoặc security group âm thầm bỏ các gói tin tới upstream, nên proxy phải chờ cho đến khi hết thời gian chờ kết nối.

# HTTP 504 Gateway Timeout: common cause 4 of 5, an item of the "Common causes" list.
http-504-cause-4 = Upstream bị quá tải và các yêu cầu phải chờ trong hàng đợi của nó, chẳng hạn khi mọi worker Gunicorn hoặc PHP-FPM đều bận với các yêu cầu chậm.

# HTTP 504 Gateway Timeout: common cause 5 of 5, an item of the "Common causes" list.
http-504-cause-5 = Tên DNS của upstream phân giải ra một địa chỉ cũ hoặc không thể kết nối được.

# HTTP 504 Gateway Timeout: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-504-fix-visitor-1 = Chờ một lát rồi tải lại; nếu bạn đã gửi thứ gì đó, hãy kiểm tra trước xem nó đã được xử lý chưa, vì máy chủ có thể đã hoàn tất yêu cầu.

# HTTP 504 Gateway Timeout: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-504-fix-visitor-2 = Nếu chỉ có một lần xuất dữ liệu hoặc báo cáo lớn bị lỗi, hãy thử với khoảng thời gian hoặc phạm vi lựa chọn nhỏ hơn.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 1 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-1 = Tìm xem tầng nào đã hết thời gian chờ bằng cách so sánh thời gian phản hồi và các header `Server` hoặc `Via`, rồi đọc log của tầng đó, chẳng hạn “upstream timed out (110: Connection timed out)” của nginx.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 2 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-2 = Phân tích hiệu năng (profile) endpoint chậm: đọc slow query log của cơ sở dữ liệu, thêm chỉ mục, và đặt cho các lệnh gọi tới dịch vụ bên ngoài thời gian chờ ngắn hơn thời gian chờ của proxy.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 3 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-3 = Chuyển các công việc kéo dài sang một tác vụ chạy nền và trả lời `202` kèm URL trạng thái thay vì giữ yêu cầu mở.

# HTTP 504 Gateway Timeout: what a developer or administrator can do, item 4 of 4 of "How to fix it (for developers and admins)".
http-504-fix-developer-4 = Chỉ tăng thời gian chờ một cách có chủ đích và nhất quán, từ tầng trong cùng ra ngoài, chẳng hạn `proxy_read_timeout` trong nginx và thời gian chờ khi nhàn rỗi của bộ cân bằng tải.

# HTTP 504 Gateway Timeout compared with HTTP 502 Bad Gateway: when to use which, in the "Related codes" section.
http-504-vs-502 = Gửi `504` khi upstream không trả lời kịp thời; gửi `502` khi upstream trả lời bằng thứ không hợp lệ.

# HTTP 504 Gateway Timeout compared with HTTP 408 Request Timeout: when to use which, in the "Related codes" section.
http-504-vs-408 = Gửi `504` khi một gateway đã chờ upstream của nó quá lâu; gửi `408` khi một máy chủ đã chờ yêu cầu của máy khách quá lâu.

## HTTP 505 HTTP Version Not Supported

# HTTP 505 HTTP Version Not Supported: one-line summary at the top of the explainer (TL;DR).
http-505-tldr = Máy chủ không hỗ trợ phiên bản HTTP được dùng trong yêu cầu.

# HTTP 505 HTTP Version Not Supported: the "What it means" paragraph of the explainer.
http-505-meaning = `505` liên quan đến phiên bản chính trong dòng yêu cầu, chẳng hạn `HTTP/2.0` được viết ở dạng văn bản của HTTP/1.1, hoặc một chuỗi phiên bản mà máy chủ không xử lý được; máy chủ từ chối xử lý yêu cầu ở phiên bản đó. Phần thân nên cho biết những phiên bản mà máy chủ có hỗ trợ. Ngày nay, phiên bản thường được thống nhất trước khi bất kỳ yêu cầu nào được gửi đi: ALPN trong quá trình bắt tay TLS chọn `h2` hoặc `http/1.1`, còn HTTP/3 được phát hiện qua `Alt-Svc` hoặc bản ghi DNS `HTTPS`, nên một phản hồi `505` thực sự thường cho thấy một máy khách viết thủ công, một proxy cấu hình sai hoặc một công cụ quét. Máy chủ không bắt buộc phải gửi mã này, và nhiều máy chủ trả lời `400` hoặc đóng kết nối thay vào đó.

# HTTP 505 HTTP Version Not Supported: common cause 1 of 3, an item of the "Common causes" list.
http-505-cause-1 = Một máy khách đã gửi HTTP/2 với prior knowledge, chẳng hạn `curl --http2-prior-knowledge`, tới một máy chủ chỉ hỗ trợ HTTP/1.1, và máy chủ đọc phần mở đầu kết nối (connection preface) như một yêu cầu cho phiên bản 2.0.

# HTTP 505 HTTP Version Not Supported: common cause 2 of 3, an item of the "Common causes" list.
http-505-cause-2 = Một máy khách hoặc script viết thủ công đã đặt một token phiên bản không hợp lệ, chẳng hạn `HTTP/1.2` hoặc `HTTP/2`, vào dòng yêu cầu.

# HTTP 505 HTTP Version Not Supported: common cause 3 of 3, an item of the "Common causes" list.
http-505-cause-3 = Một proxy hoặc bộ cân bằng tải chuyển tiếp yêu cầu với phiên bản HTTP mà backend không hỗ trợ, chẳng hạn HTTP/2 không mã hóa tới một máy chủ ứng dụng chỉ hỗ trợ HTTP/1.1.

# HTTP 505 HTTP Version Not Supported: what a visitor can do, the only item of "How to fix it (for visitors)".
http-505-fix-visitor-1 = Không cần làm gì trong trình duyệt, vì trình duyệt tự động chọn phiên bản; nếu chỉ một ứng dụng hoặc thiết bị cũ gặp lỗi, hãy cập nhật nó.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-1 = Kiểm tra dòng yêu cầu mà máy khách hoặc proxy của bạn thực sự gửi, bằng `curl -v` hoặc bằng cách bắt gói tin, và dùng `HTTP/1.1` hoặc thương lượng HTTP/2 qua ALPN.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-2 = Cấu hình tường minh giao thức backend trên bộ cân bằng tải và proxy, chẳng hạn phiên bản giao thức của một target group AWS hoặc `grpc_pass` thay vì `proxy_pass` trong nginx, cho khớp với giao thức mà backend hỗ trợ.

# HTTP 505 HTTP Version Not Supported: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-505-fix-developer-3 = Liệt kê các phiên bản được hỗ trợ trong phần thân của `505`, và ghi log dòng yêu cầu thô để bạn có thể xác định bên gửi.

# HTTP 505 HTTP Version Not Supported compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-505-vs-426 = Gửi `505` khi bạn thẳng thừng từ chối phiên bản HTTP của yêu cầu; gửi `426` khi bạn sẽ phục vụ yêu cầu sau khi máy khách nâng cấp lên giao thức mà bạn nêu.

# HTTP 505 HTTP Version Not Supported compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-505-vs-501 = Gửi `505` khi vấn đề nằm ở phiên bản giao thức; gửi `501` khi phiên bản không có vấn đề nhưng phương thức hoặc tính năng chưa được triển khai.

## HTTP 506 Variant Also Negotiates

# HTTP 506 Variant Also Negotiates: one-line summary at the top of the explainer (TL;DR).
http-506-tldr = Một lỗi cấu hình thương lượng nội dung trên máy chủ: biến thể được chọn lại tiếp tục thương lượng, tạo ra vòng lặp.

# HTTP 506 Variant Also Negotiates: the "What it means" paragraph of the explainer.
http-506-meaning = RFC 2295 định nghĩa thương lượng nội dung trong suốt (transparent content negotiation), trong đó một tài nguyên có thể thương lượng đưa ra danh sách các biến thể và mỗi biến thể phải là một bản biểu diễn cụ thể. `506` báo rằng cấu hình này bị hỏng: biến thể được chọn cho yêu cầu lại chính là một tài nguyên đang thương lượng, nên quá trình thương lượng sẽ không bao giờ kết thúc. Đây là một lỗi máy chủ thuộc một loại cụ thể: máy khách không thể sửa được, và thử lại sẽ cho cùng kết quả cho đến khi quản trị viên sửa cấu hình. RFC 2295 là một RFC Experimental chưa bao giờ được triển khai rộng rãi, nên trên thực tế mã này hầu như chỉ đến từ `mod_negotiation` của Apache.

# HTTP 506 Variant Also Negotiates: common cause 1 of 3, an item of the "Common causes" list.
http-506-cause-1 = Một type map của Apache (tệp `.var`) liệt kê một biến thể mà bản thân nó lại là một type map hoặc một tài nguyên có thể thương lượng khác.

# HTTP 506 Variant Also Negotiates: common cause 2 of 3, an item of the "Common causes" list.
http-506-cause-2 = `MultiViews` được bật trong một thư mục mà tên tệp của một biến thể cũng khớp với một tài nguyên có thể thương lượng, nên một lựa chọn lại dẫn tới một lần thương lượng khác.

# HTTP 506 Variant Also Negotiates: common cause 3 of 3, an item of the "Common causes" list.
http-506-cause-3 = Một quy tắc rewrite đưa biến thể được chọn quay trở lại URL đang thương lượng.

# HTTP 506 Variant Also Negotiates: what a visitor can do, the only item of "How to fix it (for visitors)".
http-506-fix-visitor-1 = Không cần làm gì: máy chủ của trang web bị cấu hình sai; hãy chờ chủ sở hữu khắc phục, hoặc báo cho họ biết.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-1 = Kiểm tra log lỗi của Apache cùng các type map và thiết lập `MultiViews` cho URL đó, và bảo đảm mọi biến thể đều trỏ tới một tệp cụ thể.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-2 = Tắt `MultiViews` ở những nơi bạn không cần thương lượng (`Options -MultiViews`), và tránh những tên tệp khiến biến thể trở nên mơ hồ.

# HTTP 506 Variant Also Negotiates: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-506-fix-developer-3 = Thay thương lượng trong suốt bằng các URL tường minh cho từng ngôn ngữ hoặc định dạng kèm header `Vary`, thứ mà mọi máy khách đều hiểu.

# HTTP 506 Variant Also Negotiates compared with HTTP 300 Multiple Choices: when to use which, in the "Related codes" section.
http-506-vs-300 = `300` là một lời đề nghị hợp lệ đưa ra các lựa chọn cho máy khách; `506` là một lỗi máy chủ vì các lựa chọn đã được cấu hình thành vòng lặp.

# HTTP 506 Variant Also Negotiates compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-506-vs-500 = Chỉ gửi `506` cho vòng lặp thương lượng được mô tả trong RFC 2295; gửi `500` cho mọi lỗi cấu hình khác.

## HTTP 507 Insufficient Storage

# HTTP 507 Insufficient Storage: one-line summary at the top of the explainer (TL;DR).
http-507-tldr = Máy chủ không còn chỗ để lưu những gì yêu cầu gửi lên, vì ổ đĩa hoặc hạn mức đã đầy.

# HTTP 507 Insufficient Storage: the "What it means" paragraph of the explainer.
http-507-meaning = RFC 4918 định nghĩa `507` cho các phương thức WebDAV như `PUT`, `MKCOL`, `COPY` hoặc `PROPPATCH` khi máy chủ không thể lưu bản biểu diễn cần thiết để hoàn tất yêu cầu. Tình trạng này được coi là tạm thời: cùng yêu cầu đó có thể thành công khi dung lượng được giải phóng hoặc hạn mức được nâng lên, nên máy khách có thể thử lại sau thay vì coi đây là lỗi vĩnh viễn. Bên trong phần thân `207`, mã này có thể đánh dấu từng thành viên riêng lẻ của một thao tác sao chép không đủ chỗ chứa. Các dịch vụ lưu trữ và đồng bộ tệp thường dùng mã này để báo lỗi hạn mức, và một số API không phải WebDAV dùng nó cho các lỗi lưu trữ.

# HTTP 507 Insufficient Storage: common cause 1 of 4, an item of the "Common causes" list.
http-507-cause-1 = Một người dùng Nextcloud hoặc ownCloud đã vượt quá hạn mức lưu trữ của mình khi tải lên hoặc đồng bộ.

# HTTP 507 Insufficient Storage: common cause 2 of 4, an item of the "Common causes" list.
http-507-cause-2 = Ổ đĩa của máy chủ, hoặc phân vùng chứa thư mục tải lên tạm thời của nó, đã đầy.

# HTTP 507 Insufficient Storage: common cause 3 of 4, an item of the "Common causes" list.
http-507-cause-3 = Hệ thống tệp đã hết inode, hoặc tài khoản trên máy chủ đã chạm tới hạn mức của hệ thống tệp, dù dung lượng có vẻ vẫn còn trống.

# HTTP 507 Insufficient Storage: common cause 4 of 4, an item of the "Common causes" list.
http-507-cause-4 = Một `COPY` của một tập hợp lớn cần nhiều dung lượng hơn phần còn trống tại đích.

# HTTP 507 Insufficient Storage: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-507-fix-visitor-1 = Giải phóng dung lượng trong tài khoản của bạn bằng cách xóa hoặc di chuyển tệp, hoặc nâng cấp gói lưu trữ.

# HTTP 507 Insufficient Storage: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-507-fix-visitor-2 = Nếu tài khoản của bạn vẫn còn dung lượng trống, hãy báo cho quản trị viên của dịch vụ rằng bộ lưu trữ của họ đã đầy.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-1 = Kiểm tra dung lượng trống và số inode bằng `df -h` và `df -i` trên mọi volume mà quá trình tải lên đi qua, bao gồm `/tmp` hoặc thư mục tải lên tạm thời đã được cấu hình.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-2 = Kiểm tra hạn mức của người dùng và nhóm trong ứng dụng, chẳng hạn bằng `occ user:info` trong Nextcloud, và trong hệ thống tệp.

# HTTP 507 Insufficient Storage: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-507-fix-developer-3 = Đặt cảnh báo về mức sử dụng ổ đĩa từ rất lâu trước khi một volume đầy, và dọn dẹp các log đã xoay vòng, bản sao lưu cũ và các lần tải lên dở dang bị bỏ lại.

# HTTP 507 Insufficient Storage compared with HTTP 413 Content Too Large: when to use which, in the "Related codes" section.
http-507-vs-413 = Gửi `413` khi riêng phần thân của yêu cầu này vượt quá giới hạn kích thước; gửi `507` khi máy chủ thiếu chỗ lưu trữ để giữ nó, bất kể kích thước ra sao.

# HTTP 507 Insufficient Storage compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-507-vs-500 = Gửi `507` khi nguyên nhân là thiếu dung lượng lưu trữ mà máy khách có thể chờ cho qua; `500` không cho biết gì về nguyên nhân.

## HTTP 508 Loop Detected

# HTTP 508 Loop Detected: one-line summary at the top of the explainer (TL;DR).
http-508-tldr = Máy chủ đã dừng một thao tác WebDAV vì các liên kết (binding) khiến cây tập hợp vòng ngược lại chính nó.

# HTTP 508 Loop Detected: the "What it means" paragraph of the explainer.
http-508-meaning = Với các liên kết của RFC 5842, một tập hợp có thể được liên kết vào bên trong một trong các tập hợp con cháu của chính nó, nên một thao tác với `Depth: infinity`, chẳng hạn `PROPFIND` hoặc `COPY`, có thể duyệt qua cùng các tập hợp mãi mãi. `508` cho biết máy chủ đã phát hiện một chu trình như vậy và bỏ cuộc: toàn bộ thao tác đã thất bại, khác với `208`, vốn cho phép việc liệt kê tiếp tục vượt qua một tập hợp bị lặp lại. Máy khách không nên lặp lại yêu cầu mà không thay đổi gì; một độ sâu hữu hạn hoặc một thay đổi trong các liên kết sẽ tránh được vòng lặp. Mã này thuộc trạng thái Experimental và hiếm gặp với ý nghĩa thực sự của nó, nhưng một số nền tảng hosting dùng chung dùng sai nó với nghĩa “Resource Limit Is Reached” khi một tài khoản vượt quá giới hạn CPU hoặc số tiến trình.

# HTTP 508 Loop Detected: common cause 1 of 3, an item of the "Common causes" list.
http-508-cause-1 = Một `PROPFIND` hoặc `COPY` với `Depth: infinity` đã gặp một tập hợp được liên kết vào chính cây con của nó.

# HTTP 508 Loop Detected: common cause 2 of 3, an item of the "Common causes" list.
http-508-cause-2 = Hai tập hợp được liên kết vào nhau, nên việc duyệt một tập hợp lại dẫn ngược về tập hợp kia.

# HTTP 508 Loop Detected: common cause 3 of 3, an item of the "Common causes" list.
http-508-cause-3 = Trên hosting dùng chung CloudLinux, trang web đã vượt quá các giới hạn LVE, chẳng hạn số entry process hoặc CPU, và nhà cung cấp hosting trả lời bằng mã không chuẩn “508 Resource Limit Is Reached”.

# HTTP 508 Loop Detected: what a visitor can do, the only item of "How to fix it (for visitors)".
http-508-fix-visitor-1 = Chờ vài phút rồi tải lại; nếu trang hiển thị “Resource Limit Is Reached”, gói hosting của trang web đang bị quá tải và chỉ chủ sở hữu mới khắc phục được.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-1 = Duyệt cây với `Depth: 1`, từng cấp một, và theo dõi `DAV:resource-id` để máy khách của bạn dừng lại ở những tập hợp đã gặp.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-2 = Gỡ liên kết tạo ra chu trình bằng `UNBIND`, hoặc cấu trúc lại các tập hợp để không tập hợp nào chứa tập hợp tổ tiên của nó.

# HTTP 508 Loop Detected: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-508-fix-developer-3 = Trên hosting CloudLinux, hãy kiểm tra mức sử dụng LVE tại trang Resource Usage của cPanel, và cắt giảm các tiến trình PHP chạy lâu hoặc đề nghị nhà cung cấp hosting nâng giới hạn.

# HTTP 508 Loop Detected compared with HTTP 208 Already Reported: when to use which, in the "Related codes" section.
http-508-vs-208 = Gửi `208` để bỏ qua một tập hợp đã được báo và tiếp tục; gửi `508` khi vòng lặp khiến toàn bộ thao tác thất bại.

# HTTP 508 Loop Detected compared with HTTP 500 Internal Server Error: when to use which, in the "Related codes" section.
http-508-vs-500 = Gửi `508` riêng cho vòng lặp liên kết trong một thao tác duyệt sâu; gửi `500` cho các lỗi máy chủ không lường trước khác.

## HTTP 510 Not Extended

# HTTP 510 Not Extended: one-line summary at the top of the explainer (TL;DR).
http-510-tldr = Đã lỗi thời: mã này từng có nghĩa là yêu cầu thiếu một khai báo phần mở rộng (extension) mà máy chủ đòi hỏi; đừng gửi mã này.

# HTTP 510 Not Extended: the "What it means" paragraph of the explainer.
http-510-meaning = HTTP Extension Framework của RFC 2774 cho phép máy khách khai báo các phần mở rộng bắt buộc bằng các header như `Man` và `Opt`, và máy chủ trả lời `510` khi thiếu một khai báo bắt buộc, đồng thời giải thích trong phần thân cách thử lại. Framework này chưa bao giờ được áp dụng, RFC 2774 đã bị chuyển sang trạng thái Historic, và IANA hiện liệt kê `510` là đã lỗi thời (obsoleted). Máy khách vẫn nhận được mã này chỉ có thể coi nó là một lỗi máy chủ chung và hiển thị phần thân. Không có mã nào thay thế trực tiếp: các phần mở rộng HTTP ngày nay được thương lượng bằng các trường header mới, ALPN hoặc các thiết lập (settings) của HTTP/2.

# HTTP 510 Not Extended: common cause 1 of 3, an item of the "Common causes" list.
http-510-cause-1 = Một hệ thống cũ xây dựng trên HTTP Extension Framework vẫn đòi hỏi một khai báo phần mở rộng.

# HTTP 510 Not Extended: common cause 2 of 3, an item of the "Common causes" list.
http-510-cause-2 = Một ứng dụng đã chọn `510` từ một danh sách mã trạng thái với nghĩa “tính năng chưa được bật”, một ý nghĩa mà mã này chưa bao giờ có.

# HTTP 510 Not Extended: common cause 3 of 3, an item of the "Common causes" list.
http-510-cause-3 = Bảng liệt kê mã trạng thái của một framework vẫn có `510`, và một handler dùng nó như một lỗi “not extended” chung chung.

# HTTP 510 Not Extended: what a visitor can do, the only item of "How to fix it (for visitors)".
http-510-fix-visitor-1 = Không cần làm gì: trang web dùng một mã lỗi đã lỗi thời cho một vấn đề ở phía họ; hãy báo cho chủ sở hữu trang web.

# HTTP 510 Not Extended: what a developer or administrator can do, item 1 of 2 of "How to fix it (for developers and admins)".
http-510-fix-developer-1 = Thay `510` bằng một mã hiện hành: `400` hoặc `422` khi yêu cầu thiếu thứ bắt buộc, `501` khi máy chủ thiếu một tính năng, `426` khi cần nâng cấp giao thức.

# HTTP 510 Not Extended: what a developer or administrator can do, item 2 of 2 of "How to fix it (for developers and admins)".
http-510-fix-developer-2 = Trong máy khách, hãy xử lý một phản hồi `510` nhận được giống như `500` và hiển thị phần thân của nó, vì phần thân có thể giải thích máy chủ muốn gì.

# HTTP 510 Not Extended compared with HTTP 426 Upgrade Required: when to use which, in the "Related codes" section.
http-510-vs-426 = Gửi `426` khi máy khách phải chuyển giao thức, nêu tên các giao thức đó trong `Upgrade`; `510` yêu cầu một khai báo phần mở rộng và đã lỗi thời.

# HTTP 510 Not Extended compared with HTTP 501 Not Implemented: when to use which, in the "Related codes" section.
http-510-vs-501 = Gửi `501` khi máy chủ thiếu tính năng cần thiết; `510` quy phần còn thiếu cho phía máy khách và không nên được dùng nữa.

## HTTP 511 Network Authentication Required

# HTTP 511 Network Authentication Required: one-line summary at the top of the explainer (TL;DR).
http-511-tldr = Mạng bạn đang dùng muốn bạn đăng nhập, thường là qua một trang cổng đăng nhập (captive portal), trước khi cho phép lưu lượng đi qua.

# HTTP 511 Network Authentication Required: the "What it means" paragraph of the explainer.
http-511-meaning = RFC 6585 cung cấp cho các cổng đăng nhập (captive portal) một mã trạng thái trung thực cho những yêu cầu bị chặn bắt: thay vì chuyển hướng mọi yêu cầu tới trang đăng nhập, hoặc trả về trang của cổng đăng nhập với `200`, mạng trả lời `511` kèm một phần thân có liên kết tới trang đăng nhập của nó. Vì việc chặn bắt được thể hiện tường minh, máy khách không nhầm trang của cổng đăng nhập với nội dung của trang web, và bộ nhớ đệm không được lưu phản hồi này. Máy chủ gốc không nên gửi mã này; nó thuộc về mạng nằm giữa người dùng và trang web. Vì cổng đăng nhập không thể chặn bắt HTTPS mà không gây lỗi chứng chỉ, các hệ thống hiện đại còn phát hiện chúng qua các URL thăm dò và Captive Portal API của RFC 8908, được thông báo qua DHCP hoặc router advertisement (RFC 8910).

# HTTP 511 Network Authentication Required: common cause 1 of 3, an item of the "Common causes" list.
http-511-cause-1 = Bạn đã kết nối vào mạng Wi-Fi của khách sạn, sân bay, tàu hỏa hoặc quán cà phê và chưa chấp nhận điều khoản hoặc chưa đăng nhập.

# HTTP 511 Network Authentication Required: common cause 2 of 3, an item of the "Common causes" list.
http-511-cause-2 = Phiên trên cổng đăng nhập của bạn đã hết hạn sau một khoảng thời gian giới hạn, và mạng yêu cầu bạn đăng nhập lại.

# HTTP 511 Network Authentication Required: common cause 3 of 3, an item of the "Common causes" list.
http-511-cause-3 = Mạng dành cho khách của một công ty yêu cầu đăng ký, và một yêu cầu chạy nền của ứng dụng đã gặp cổng đăng nhập trước cả người dùng.

# HTTP 511 Network Authentication Required: what a visitor can do, item 1 of 2 of "How to fix it (for visitors)".
http-511-fix-visitor-1 = Mở một trang web bất kỳ dùng `http://` thông thường, hoặc lời nhắc đăng nhập mạng trên thiết bị của bạn, để đến trang đăng nhập và đăng nhập.

# HTTP 511 Network Authentication Required: what a visitor can do, item 2 of 2 of "How to fix it (for visitors)".
http-511-fix-visitor-2 = Nếu trang của cổng đăng nhập không xuất hiện, hãy tắt Wi-Fi rồi bật lại, hoặc hỏi nhân viên quản lý mạng địa chỉ đăng nhập.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 1 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-1 = Trong một cổng đăng nhập, hãy trả lời các yêu cầu HTTP bị chặn bắt bằng `511`, một trang HTML ngắn và một liên kết tới trang đăng nhập, kèm `Cache-Control: no-store`.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 2 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-2 = Thông báo cổng đăng nhập bằng DHCP option 114 hoặc router advertisement của IPv6 (RFC 8910) và triển khai Captive Portal API (RFC 8908), để thiết bị tìm thấy nó mà không cần chặn bắt lưu lượng.

# HTTP 511 Network Authentication Required: what a developer or administrator can do, item 3 of 3 of "How to fix it (for developers and admins)".
http-511-fix-developer-3 = Trong ứng dụng, hãy phát hiện `511` và nhắc người dùng đăng nhập vào mạng của họ, thay vì báo rằng dịch vụ của bạn đang gặp sự cố.

# HTTP 511 Network Authentication Required compared with HTTP 401 Unauthorized: when to use which, in the "Related codes" section.
http-511-vs-401 = `511` đến từ mạng và yêu cầu người dùng đăng nhập vào mạng đó; `401` đến từ chính trang web và yêu cầu thông tin xác thực của trang web.

# HTTP 511 Network Authentication Required compared with HTTP 407 Proxy Authentication Required: when to use which, in the "Related codes" section.
http-511-vs-407 = `511` dành cho một cổng đăng nhập chặn bắt lưu lượng; `407` dành cho một proxy mà máy khách được cấu hình để sử dụng và có thể đáp lại bằng `Proxy-Authorization`.
