### SIP response codes: the one-paragraph description shown under the title of each SIP code page
### (/<lang>/sip/<code>/). English is the source language.
###
### Each message is plain prose on ONE line. Text in `backticks` is protocol syntax (header names such
### as `Retry-After`, methods such as `INVITE`, tokens such as `sec-agree`): keep it exactly as is,
### backticks included. Keep code numbers, RFC numbers and English reason phrases (e.g. Bad Identity-Info)
### unchanged. Never use curly braces, and do not start a message with [, * or a period.

# SIP 100 Trying: the one-paragraph description under the page title.
sip-100-description = Một phản hồi tạm thời theo từng chặng (hop-by-hop), cho biết phần tử kế tiếp, là một proxy hoặc user agent được gọi, đã nhận được yêu cầu và đang xử lý. Trên UDP, phản hồi này khiến chặng trước ngừng truyền lại `INVITE`. Proxy không bao giờ chuyển tiếp phản hồi này: mỗi chặng tự gửi phản hồi của riêng mình, nên nó không cho biết đã liên lạc được với bên được gọi hay chưa.

# SIP 180 Ringing: the one-paragraph description under the page title.
sip-180-description = User agent được gọi đã nhận được `INVITE` và đang báo cho người dùng, thường là bằng cách đổ chuông. Bên gọi thường tự phát âm hồi chuông (ringback tone), trừ khi có early media gửi tới. Phản hồi này thường tạo ra một early dialog, và một cuộc gọi được phân nhánh (forking) có thể nhận về nhiều phản hồi 180 từ các thiết bị khác nhau.

# SIP 181 Call Is Being Forwarded: the one-paragraph description under the page title.
sip-181-description = Một phản hồi tạm thời, do proxy hoặc user agent được gọi gửi, cho biết cuộc gọi đang được chuyển tiếp tới một đích khác, ví dụ theo một quy tắc chuyển tiếp cuộc gọi. Phản hồi này chỉ mang tính thông tin: bên gọi tiếp tục chờ phản hồi cuối cùng, phản hồi này sẽ đến từ đích mới.

# SIP 182 Queued: the one-paragraph description under the page title.
sip-182-description = Bên được gọi tạm thời không liên lạc được, nhưng máy chủ đã đưa cuộc gọi vào hàng đợi thay vì từ chối, giống như một tổng đài chăm sóc khách hàng (call center). Cụm từ lý do (reason phrase) có thể mang thông tin chi tiết như vị trí trong hàng đợi, và máy chủ có thể gửi nhiều phản hồi 182 khi thông tin này thay đổi. Bên gọi tiếp tục chờ phản hồi cuối cùng.

# SIP 183 Session Progress: the one-paragraph description under the page title.
sip-183-description = Một phản hồi tạm thời mang thông tin về tiến trình cuộc gọi mà các mã 1xx khác không bao quát. Thường gặp nhất là phản hồi này mang một SDP answer cho early media, để bên gọi nghe được các thông báo hoặc âm hồi chuông do mạng phát trước khi cuộc gọi được trả lời; khi đó nó thường được gửi theo cơ chế tin cậy và được xác nhận bằng `PRACK` (RFC 3262). Mẫu ở đây trình bày phản hồi này không có phần thân.

# SIP 199 Early Dialog Terminated: the one-paragraph description under the page title.
sip-199-description = Báo cho bên gọi và các thực thể phía upstream khác rằng một early dialog của `INVITE` đã kết thúc trước khi phản hồi cuối cùng được gửi, ví dụ khi một nhánh của cuộc gọi được phân nhánh bị từ chối (RFC 6228). Khi đó bên gọi có thể giải phóng các tài nguyên gắn với dialog đó, chẳng hạn early media. Phản hồi này chỉ được gửi nếu yêu cầu có `Supported: 199`, và có thể kèm header `Reason` nêu phản hồi cuối cùng đã kết thúc dialog.

# SIP 200 OK: the one-paragraph description under the page title.
sip-200-description = Yêu cầu đã thành công. Ý nghĩa cụ thể phụ thuộc vào phương thức: với `INVITE`, bên được gọi đã trả lời và một dialog được thiết lập, bên gọi xác nhận bằng `ACK`; với `REGISTER`, registrar đã lưu binding và liệt kê tất cả các contact hiện tại; với `BYE`, phiên đã kết thúc. Mẫu ở đây trả lời một yêu cầu `REGISTER`.

# SIP 202 Accepted: the one-paragraph description under the page title.
# Keep the word Deprecated prominent: the page warns that this code is no longer sent by new implementations.
sip-202-description = Không còn được khuyến nghị (deprecated). Trước đây mã này có nghĩa là một `SUBSCRIBE` đã được chấp nhận trong khi việc cấp quyền cho nó vẫn đang chờ xử lý (RFC 3265), và là câu trả lời thông thường cho `REFER`. RFC 6665 đã ngừng khuyến nghị mã này cho subscription và RFC 7647 cũng làm vậy với `REFER`: các bản triển khai mới gửi 200 thay thế, và coi phản hồi 202 từ các bên triển khai cũ như thể đó là 200.

# SIP 204 No Notification: the one-paragraph description under the page title.
# Do not translate it as if it were HTTP 204 No Content; the text explains the difference.
sip-204-description = Một phản hồi thành công cho `SUBSCRIBE` có header `Suppress-If-Match` khớp với entity tag hiện tại của trạng thái (RFC 5839). Subscription được tạo hoặc làm mới, nhưng notifier bỏ qua yêu cầu `NOTIFY` lẽ ra sẽ được gửi sau đó, vì subscriber đã có trạng thái đó. Dù tên gọi dễ gây nhầm lẫn, mã này không liên quan gì đến HTTP 204 No Content: mã HTTP tương ứng với nó là 304 Not Modified.

# SIP 300 Multiple Choices: the one-paragraph description under the page title.
sip-300-description = Địa chỉ trong yêu cầu ứng với nhiều vị trí, được liệt kê trong các header `Contact`, có thể kèm giá trị ưu tiên `q`. Bên gọi hoặc người dùng chọn một vị trí, hoặc lần lượt thử từng vị trí, bằng các yêu cầu mới. Máy chủ chỉ chuyển hướng chứ không tự chuyển tiếp yêu cầu.

# SIP 301 Moved Permanently: the one-paragraph description under the page title.
sip-301-description = Không còn tìm thấy người dùng tại địa chỉ trong Request-URI. Bên gọi nên thử lại tại địa chỉ trong header `Contact` và dùng địa chỉ đó từ nay về sau, đồng thời cập nhật sổ địa chỉ hoặc cache nếu có.

# SIP 302 Moved Temporarily: the one-paragraph description under the page title.
sip-302-description = Hiện tại có thể liên lạc với người dùng tại địa chỉ trong header `Contact`, vì vậy bên gọi thử lại yêu cầu tại đó. Khác với 301, địa chỉ ban đầu vẫn còn hiệu lực: việc chuyển hướng kéo dài trong khoảng thời gian do tham số `expires` hoặc header `Expires` quy định, hoặc chỉ áp dụng cho cuộc gọi này. Các redirect server dùng mã này để chuyển tiếp cuộc gọi và để trả lời các truy vấn tra cứu mà không cần đóng vai trò proxy.

# SIP 305 Use Proxy: the one-paragraph description under the page title.
sip-305-description = Tài nguyên phải được truy cập qua proxy nêu trong header `Contact`, vì vậy bên gọi gửi lại yêu cầu qua proxy đó. Vì lý do bảo mật, RFC 3261 chỉ cho phép user agent server gửi mã này, không bao giờ cho phép proxy gửi. HTTP đã ngừng khuyến nghị mã 305 của mình, nhưng mã SIP này vẫn còn hiệu lực, dù hiếm gặp.

# SIP 380 Alternative Service: the one-paragraph description under the page title.
sip-380-description = Cuộc gọi không thành công, nhưng vẫn có những cách khác để đạt được mục đích, chẳng hạn hộp thư thoại hoặc dịch vụ khẩn cấp. RFC 3261 quy định rằng các phương án thay thế được mô tả trong phần thân thông điệp nhưng không định nghĩa định dạng của nó; các đặc tả sau này, đặc biệt là cho cuộc gọi khẩn cấp, đã định nghĩa một định dạng. Mẫu ở đây chỉ có một header `Contact` trỏ tới một phương án thay thế.

# SIP 400 Bad Request: the one-paragraph description under the page title.
sip-400-description = Không thể hiểu yêu cầu vì cú pháp sai, ví dụ thiếu một header bắt buộc như `Call-ID` hoặc có `CSeq` không phân tích được. Máy chủ thường thay đổi cụm từ lý do (reason phrase) để nêu chính xác vấn đề. Máy khách phải sửa yêu cầu trước khi gửi lại.

# SIP 401 Unauthorized: the one-paragraph description under the page title.
sip-401-description = Yêu cầu cần xác thực người dùng. Registrar và user agent gửi mã này kèm một thử thách (challenge) `WWW-Authenticate`, và máy khách thử lại với header `Authorization` đáp lại thử thách đó, thường bằng thông tin xác thực HTTP Digest. Proxy thì dùng 407.

# SIP 402 Payment Required: the one-paragraph description under the page title.
sip-402-description = Được dành riêng để sử dụng trong tương lai: RFC 3261 định nghĩa mã này nhưng không quy định hành vi nào cho nó. Dù vậy, một số nhà cung cấp vẫn gửi mã này khi tài khoản trả trước đã hết tiền.

# SIP 403 Forbidden: the one-paragraph description under the page title.
sip-403-description = Máy chủ đã hiểu yêu cầu nhưng từ chối thực hiện, và việc gửi lại thông tin xác thực cũng không giúp được gì. Nguyên nhân điển hình là tài khoản không được phép gọi tới một đích nào đó, một yêu cầu `REGISTER` cho địa chỉ mà người dùng đã xác thực không được phép đăng ký, hoặc bên gọi bị chặn theo chính sách.

# SIP 404 Not Found: the one-paragraph description under the page title.
sip-404-description = Người dùng không tồn tại tại miền (domain) trong Request-URI, hoặc miền đó không do bên nhận phục vụ. Câu trả lời này chỉ đúng với máy chủ này; 604 mới cho biết người dùng không tồn tại ở bất kỳ đâu.

# SIP 405 Method Not Allowed: the one-paragraph description under the page title.
sip-405-description = Máy chủ biết phương thức nhưng không cho phép dùng nó với địa chỉ trong Request-URI. Phản hồi phải có header `Allow` liệt kê các phương thức được chấp nhận để máy khách điều chỉnh. Mẫu ở đây từ chối một yêu cầu `MESSAGE`.

# SIP 406 Not Acceptable: the one-paragraph description under the page title.
sip-406-description = Tài nguyên chỉ có thể tạo ra nội dung mà header `Accept` của yêu cầu không cho phép. Ví dụ, notifier trả lời một `SUBSCRIBE` bằng 406 khi không thể cung cấp trạng thái sự kiện ở bất kỳ định dạng nào mà subscriber đã liệt kê.

# SIP 407 Proxy Authentication Required: the one-paragraph description under the page title.
sip-407-description = Giống 401, nhưng thử thách đến từ một proxy trên đường đi thay vì từ đích. Phản hồi mang header `Proxy-Authenticate`, và máy khách thử lại với `Proxy-Authorization`. Đây là câu trả lời thông thường cho `INVITE` đầu tiên mà một điện thoại gửi qua proxy của nhà cung cấp dịch vụ.

# SIP 408 Request Timeout: the one-paragraph description under the page title.
sip-408-description = Máy chủ không thể đưa ra phản hồi cuối cùng kịp thời, ví dụ vì không xác định được vị trí người dùng đủ nhanh. Một client transaction cũng tự báo mã này khi bộ đếm thời gian (timer) hết hạn mà không có phản hồi cuối cùng nào (Timer B hoặc F trong RFC 3261). Máy khách có thể thử lại sau; khác với HTTP 408, mã này không liên quan đến việc máy khách gửi yêu cầu quá chậm.

# SIP 410 Gone: the one-paragraph description under the page title.
sip-410-description = Người dùng từng liên lạc được qua máy chủ này nhưng nay không còn ở đó, và máy chủ không biết địa chỉ chuyển tiếp nào. Tình trạng này được xem là vĩnh viễn; khi nó chỉ là tạm thời hoặc không rõ, 404 phù hợp hơn.

# SIP 412 Conditional Request Failed: the one-paragraph description under the page title.
sip-412-description = Một yêu cầu `PUBLISH` đã cố làm mới, thay đổi hoặc xóa trạng thái sự kiện bằng một entity tag trong `SIP-If-Match` mà event state compositor, ví dụ một presence server, không còn biết đến, thường là do bản công bố (publication) đã hết hạn (RFC 3903). Bên công bố nên bắt đầu lại bằng một `PUBLISH` ban đầu mang toàn bộ trạng thái và không có `SIP-If-Match`.

# SIP 413 Request Entity Too Large: the one-paragraph description under the page title.
sip-413-description = Phần thân yêu cầu lớn hơn mức máy chủ sẵn sàng hoặc có khả năng xử lý. Máy chủ có thể đóng kết nối, và nếu tình trạng chỉ là tạm thời, máy chủ thêm header `Retry-After`. Tin nhắn tức thời dung lượng lớn và phần thân multipart là những nguyên nhân điển hình.

# SIP 414 Request-URI Too Long: the one-paragraph description under the page title.
sip-414-description = Request-URI dài hơn mức máy chủ sẵn sàng diễn giải. Máy khách phải rút ngắn nó, ví dụ bằng cách bỏ các tham số URI không cần thiết hoặc các header nhúng trong URI.

# SIP 415 Unsupported Media Type: the one-paragraph description under the page title.
sip-415-description = Phần thân yêu cầu dùng định dạng, kiểu mã hóa hoặc ngôn ngữ mà máy chủ không hỗ trợ. Phản hồi liệt kê những gì máy chủ chấp nhận trong `Accept`, `Accept-Encoding` hoặc `Accept-Language`, tùy theo phần nào không đạt, và máy khách có thể gửi lại với một phần thân phù hợp.

# SIP 416 Unsupported URI Scheme: the one-paragraph description under the page title.
sip-416-description = Máy chủ không hiểu scheme của Request-URI, ví dụ một scheme khác `sip`, `sips` hoặc `tel` mà nó không xử lý. Máy khách nên thử lại với một URI dùng scheme mà máy chủ hỗ trợ.

# SIP 417 Unknown Resource-Priority: the one-paragraph description under the page title.
sip-417-description = Yêu cầu đòi hỏi được xử lý ưu tiên bằng `Require: resource-priority`, nhưng header `Resource-Priority` của nó không chứa không gian tên (namespace) hoặc giá trị ưu tiên nào mà máy chủ hiểu (RFC 4412). Phản hồi liệt kê các giá trị mà máy chủ chấp nhận trong `Accept-Resource-Priority`. Mã này xuất hiện trong các mạng ưu tiên dành cho cơ quan nhà nước và tình huống khẩn cấp.

# SIP 420 Bad Extension: the one-paragraph description under the page title.
sip-420-description = Máy chủ không hỗ trợ một phần mở rộng mà yêu cầu đòi hỏi bằng một option tag trong `Require`, hoặc trong `Proxy-Require` đối với proxy. Phản hồi liệt kê các option tag không được hỗ trợ trong `Unsupported`, để máy khách có thể thử lại mà không dùng chúng.

# SIP 421 Extension Required: the one-paragraph description under the page title.
sip-421-description = User agent server chỉ có thể xử lý yêu cầu với một phần mở rộng mà máy khách không liệt kê trong `Supported`. Phản hồi nêu option tag bắt buộc trong header `Require`. RFC 3261 khuyên máy chủ hạn chế dùng mã này, vì từ chối một yêu cầu gây hại cho khả năng tương tác nhiều hơn là tiếp tục xử lý mà không có phần mở rộng.

# SIP 422 Session Interval Too Small: the one-paragraph description under the page title.
sip-422-description = Khoảng thời gian của session timer được yêu cầu trong `Session-Expires` ngắn hơn mức tối thiểu mà proxy hoặc user agent này chấp nhận (RFC 4028). Phản hồi nêu mức tối thiểu đó trong `Min-SE`, và máy khách thử lại `INVITE` hoặc `UPDATE` với khoảng thời gian lớn hơn.

# SIP 423 Interval Too Brief: the one-paragraph description under the page title.
sip-423-description = Thời gian hết hạn được yêu cầu, thường là cho một binding của `REGISTER`, ngắn hơn mức máy chủ cho phép, điều này sẽ khiến việc làm mới diễn ra quá thường xuyên. Phản hồi nêu mức tối thiểu trong `Min-Expires`, và máy khách thử lại với giá trị ít nhất bằng mức đó. Notifier cũng dùng mã này cho một `SUBSCRIBE` có thời hạn quá ngắn.

# SIP 424 Bad Location Information: the one-paragraph description under the page title.
sip-424-description = Yêu cầu mang thông tin vị trí (RFC 6442) mà bên nhận không thể sử dụng, ví dụ vì sai định dạng, không thể truy xuất (dereference) được hoặc không đủ tốt để dùng cho việc định tuyến. Header `Geolocation-Error` cung cấp mã lỗi và văn bản giải thích điều gì không ổn, để bên gửi có thể sửa. Mã này chủ yếu quan trọng với các cuộc gọi khẩn cấp được định tuyến theo vị trí của bên gọi.

# SIP 425 Bad Alert Message: the one-paragraph description under the page title.
sip-425-description = Một cuộc gọi khẩn cấp không tương tác, tức là một `MESSAGE` mang payload Common Alerting Protocol (CAP) từ cảm biến hoặc phương tiện giao thông (RFC 8876), sai định dạng đến mức không thể xác định được phương án ứng phó khẩn cấp hợp lý nào. Header `AlertMsg-Error` cung cấp mã lỗi và văn bản cho biết cảnh báo bị lỗi ở đâu. Mã này không liên quan đến header `Alert-Info`.

# SIP 428 Use Identity Header: the one-paragraph description under the page title.
sip-428-description = Chính sách của bên xác minh (verifier) đòi hỏi một header `Identity` có chữ ký (STIR, RFC 8224), nhưng yêu cầu không có header này. Dịch vụ xác thực của bên gọi phải thêm header đó, ví dụ một SHAKEN PASSporT, thì yêu cầu mới có thể thành công. RFC 4474 đưa ra mã này; RFC 8224, vốn thay thế RFC 4474, vẫn giữ lại mã.

# SIP 429 Provide Referrer Identity: the one-paragraph description under the page title.
# Unrelated to HTTP 429 Too Many Requests.
sip-429-description = Được bên đích của cuộc chuyển cuộc gọi (transfer) gửi khi yêu cầu do một `REFER` kích hoạt thiếu token `Referred-By` có chữ ký hợp lệ, thứ mà bên này cần để biết ai đã yêu cầu chuyển cuộc gọi (RFC 3892). Bên nhận lệnh chuyển (referee) báo lỗi cho bên yêu cầu chuyển (referrer) trong một `NOTIFY`, và bên yêu cầu chuyển có thể gửi một `REFER` mới kèm token có chữ ký. Mã này không liên quan gì đến HTTP 429 Too Many Requests.

# SIP 430 Flow Failed: the one-paragraph description under the page title.
sip-430-description = Được dùng trong SIP Outbound (RFC 5626): edge proxy gửi mã này khi có yêu cầu gửi tới một kết nối của máy khách, còn gọi là flow, đã bị hỏng. Authoritative proxy nhận được mã này sẽ hủy đăng ký gắn với flow đó và thử một flow hoặc contact khác, nên thông thường bên gọi không bao giờ thấy mã này.

# SIP 433 Anonymity Disallowed: the one-paragraph description under the page title.
sip-433-description = Yêu cầu bị từ chối vì ẩn danh, ví dụ header `From` là ẩn danh hoặc `Privacy` che giấu danh tính của bên gọi, và chính sách của bên được gọi từ chối các cuộc gọi ẩn danh (RFC 5079). Bên gọi có thể thử lại với một danh tính mà mình sẵn sàng tiết lộ.

# SIP 436 Bad Identity Info: the one-paragraph description under the page title.
# Bad Identity-Info is the former registered phrase; keep it in English.
sip-436-description = Bên xác minh không thể sử dụng tham chiếu tới thông tin xác thực (credential) trong tham số `info` của header `Identity`, ví dụ vì không thể truy xuất (dereference) URI hoặc URI dùng scheme không được hỗ trợ (RFC 8224). RFC 4474 đăng ký mã này với tên Bad Identity-Info, theo tên header `Identity-Info` riêng biệt mà RFC này sử dụng; RFC 8224 đã bỏ header đó và đổi tên mã.

# SIP 437 Unsupported Credential: the one-paragraph description under the page title.
# Unsupported Certificate is the former registered phrase; keep it in English.
sip-437-description = Bên xác minh đã lấy được thông tin xác thực (credential), thường là một chứng chỉ, dùng để ký header `Identity`, nhưng không hỗ trợ hoặc không tin cậy nó, ví dụ vì chuỗi chứng chỉ dẫn tới một tổ chức cấp chứng chỉ không xác định (RFC 8224). RFC 4474 gọi mã này là Unsupported Certificate; RFC 8224 đã đổi tên để bao quát cả các loại thông tin xác thực khác.

# SIP 438 Invalid Identity Header: the one-paragraph description under the page title.
sip-438-description = Header `Identity` không vượt qua bước xác minh: chữ ký của nó không khớp với yêu cầu theo thông tin xác thực đã cho, hoặc header sai định dạng hay không nhất quán với yêu cầu (RFC 8224). Điều này thường cho thấy một bên trung gian đã sửa số gọi hoặc số bị gọi sau khi yêu cầu được ký.

# SIP 439 First Hop Lacks Outbound Support: the one-paragraph description under the page title.
sip-439-description = Registrar gửi mã này khi một `REGISTER` yêu cầu xử lý theo SIP Outbound (RFC 5626), với các tham số `reg-id` và `+sip.instance`, nhưng edge proxy ở chặng đầu tiên không cho biết là nó hỗ trợ outbound. User agent có thể đăng ký lại mà không dùng outbound, hoặc qua một edge proxy khác.

# SIP 440 Max-Breadth Exceeded: the one-paragraph description under the page title.
sip-440-description = Một proxy không thể phân nhánh (fork) yêu cầu vì header `Max-Breadth` không còn đủ chỗ cho các nhánh song song (RFC 5393). `Max-Breadth` giới hạn số nhánh đồng thời mà một yêu cầu có thể sinh ra, giúp chống lại các cuộc tấn công khuếch đại (amplification attack). Giảm số đích đồng thời, ví dụ để ít contact đổ chuông cùng lúc hơn, sẽ tránh được lỗi này.

# SIP 469 Bad Info Package: the one-paragraph description under the page title.
sip-469-description = Một user agent nhận được yêu cầu `INFO` có `Info-Package` mà nó chưa từng cho biết là sẵn sàng nhận (RFC 6086). Phản hồi phải liệt kê các package mà nó chấp nhận trong `Recv-Info`, danh sách này có thể rỗng, và bên gửi nên ngừng dùng package đó trong dialog.

# SIP 470 Consent Needed: the one-paragraph description under the page title.
sip-470-description = Một relay, chẳng hạn một URI-list server, từ chối chuyển yêu cầu tới một hoặc nhiều người nhận vì họ chưa cho phép nhận loại lưu lượng này (RFC 5360). Header `Permission-Missing` liệt kê những người nhận đó, và bên gửi có thể xin phép họ thông qua consent framework trước khi thử lại.

# SIP 480 Temporarily Unavailable: the one-paragraph description under the page title.
sip-480-description = Đã liên lạc được với hệ thống của bên được gọi, nhưng bên được gọi hiện không sẵn sàng, ví dụ chưa đăng nhập, đang bật chế độ không làm phiền hoặc không trả lời trên bất kỳ thiết bị đã đăng ký nào; proxy cũng gửi mã này cho một người dùng đã biết nhưng hiện không có đăng ký nào. Header `Retry-After` có thể gợi ý thời điểm thử lại, và cụm từ lý do (reason phrase) có thể được thay bằng nội dung cụ thể hơn.

# SIP 481 Call/Transaction Does Not Exist: the one-paragraph description under the page title.
sip-481-description = User agent server nhận được một yêu cầu không khớp với dialog hay transaction nào đang tồn tại, chẳng hạn một `BYE` cho cuộc gọi mà nó không còn biết đến, hoặc một `CANCEL` khi không còn gì để hủy. Mã này thường xuất hiện sau khi khởi động lại, khi một phía hết thời gian chờ, hoặc khi một middlebox đã thay đổi các định danh của dialog. Mẫu ở đây trả lời một `BYE`.

# SIP 482 Loop Detected: the one-paragraph description under the page title.
sip-482-description = Một proxy phát hiện yêu cầu đã đi qua nó với cùng các giá trị định tuyến, nghĩa là yêu cầu đang đi vòng lặp. Vòng lặp xuất phát từ cấu hình chuyển tiếp hoặc định tuyến sai giữa các máy chủ, và cần phải sửa cấu hình đó; gửi lại yêu cầu sẽ không giúp được gì.

# SIP 483 Too Many Hops: the one-paragraph description under the page title.
sip-483-description = Yêu cầu đến với `Max-Forwards` bằng 0, nên phần tử này không thể chuyển tiếp nó thêm nữa. Nguyên nhân thường gặp là một vòng lặp định tuyến mà cơ chế phát hiện vòng lặp bỏ sót, hoặc một chuỗi proxy rất dài. Với một `OPTIONS` có `Max-Forwards` bằng 0, proxy có thể tự trả lời thay vì báo lỗi.

# SIP 484 Address Incomplete: the one-paragraph description under the page title.
sip-484-description = Request-URI chưa đầy đủ, ví dụ một số điện thoại thiếu chữ số, và máy chủ cần thêm thông tin. Mã này phục vụ cho quay số chồng lấn (overlap dialing), trong đó bên gọi gửi các chữ số qua nhiều yêu cầu liên tiếp cho đến khi địa chỉ đầy đủ.

# SIP 485 Ambiguous: the one-paragraph description under the page title.
sip-485-description = Request-URI khớp với nhiều hơn một người dùng, ví dụ một cái tên mà nhiều người cùng dùng. Phản hồi có thể liệt kê các ứng viên không gây nhầm lẫn trong các header `Contact`, tuy máy chủ có thể bỏ chúng đi vì lý do quyền riêng tư, và bên gọi chọn một ứng viên rồi thử lại.

# SIP 486 Busy Here: the one-paragraph description under the page title.
sip-486-description = Đã liên lạc được với thiết bị của bên được gọi nhưng thiết bị không thể hoặc không muốn nhận thêm cuộc gọi lúc này, thường là vì người dùng đang trong một cuộc gọi khác. Người dùng có thể liên lạc được ở nơi khác, nên proxy vẫn có thể thử các vị trí khác hoặc hộp thư thoại; 600 mới có nghĩa là bận ở mọi nơi. Header `Retry-After` có thể gợi ý thời điểm gọi lại.

# SIP 487 Request Terminated: the one-paragraph description under the page title.
sip-487-description = Yêu cầu đã bị kết thúc trước khi hoàn tất bởi một `CANCEL` hoặc `BYE`, thường là một `INVITE` mà bên gọi đã hủy khi máy đang đổ chuông. Bên hủy nhận 200 cho `CANCEL` của mình và 487 này cho yêu cầu ban đầu. Mã này không bao giờ được gửi để trả lời chính một `CANCEL`.

# SIP 488 Not Acceptable Here: the one-paragraph description under the page title.
sip-488-description = User agent đã từ chối mô tả phiên (session description), ví dụ vì không codec hay loại media nào được đề xuất có thể dùng được, và header `Warning` nên cho biết điều gì không đạt. Khác với 606, vấn đề chỉ liên quan đến thiết bị này, nên một vị trí khác vẫn có thể chấp nhận cùng offer đó. Đây cũng là câu trả lời thông thường cho một offer không chấp nhận được trong re-`INVITE` hoặc `UPDATE`.

# SIP 489 Bad Event: the one-paragraph description under the page title.
sip-489-description = Notifier không hiểu event package được nêu trong header `Event` của một `SUBSCRIBE` (RFC 6665); subscriber cũng dùng mã này cho một `NOTIFY` về event package mà nó không biết. Phản hồi 489 cho một `SUBSCRIBE` liệt kê các package được hỗ trợ trong `Allow-Events`.

# SIP 491 Request Pending: the one-paragraph description under the page title.
sip-491-description = User agent nhận được một yêu cầu trong dialog trong khi một yêu cầu cùng loại do chính nó gửi vẫn đang chờ xử lý, thường là hai yêu cầu re-`INVITE` hoặc `UPDATE` gửi chéo nhau (glare). Mỗi bên chờ một khoảng thời gian ngẫu nhiên, dài hơn đối với bên đã chọn `Call-ID`, trước khi thử lại, để các yêu cầu không còn va chạm nhau.

# SIP 493 Undecipherable: the one-paragraph description under the page title.
sip-493-description = Yêu cầu mang phần thân được mã hóa bằng S/MIME mà bên nhận không thể giải mã vì không có khóa tương ứng. Phản hồi có thể mang một khóa công khai mà bên gửi nên dùng thay thế.

# SIP 494 Security Agreement Required: the one-paragraph description under the page title.
sip-494-description = Máy chủ yêu cầu máy khách thương lượng một cơ chế bảo mật trước (RFC 3329), và máy khách đã cho biết là nó hiểu phần mở rộng `sec-agree`. Phản hồi liệt kê các cơ chế của máy chủ, chẳng hạn TLS hoặc IPsec, trong `Security-Server`; máy khách chọn một cơ chế, thiết lập nó rồi gửi lại yêu cầu kèm `Security-Verify`. Mã này thường gặp trong các mạng truy nhập IMS.

# SIP 500 Server Internal Error: the one-paragraph description under the page title.
sip-500-description = Máy chủ gặp một tình huống không lường trước khiến nó không thể hoàn tất yêu cầu; nếu biết tình trạng này chỉ là tạm thời, máy chủ thêm `Retry-After`. User agent cũng trả lời 500 kèm `Retry-After` khi một `INVITE` mới đến trong dialog trước khi nó xử lý xong yêu cầu trước đó.

# SIP 501 Not Implemented: the one-paragraph description under the page title.
sip-501-description = Máy chủ không hỗ trợ chức năng cần thiết để đáp ứng yêu cầu, thường là do user agent hoàn toàn không nhận ra phương thức. Với một phương thức mà nó biết nhưng không cho phép cho đích này, câu trả lời là 405. Proxy chuyển tiếp yêu cầu bất kể phương thức là gì, nên 501 thường đến từ đầu bên kia.

# SIP 502 Bad Gateway: the one-paragraph description under the page title.
sip-502-description = Một máy chủ đóng vai trò proxy hoặc gateway nhận được phản hồi không hợp lệ từ một máy chủ phía downstream mà nó liên hệ. Lỗi nằm ở đoạn xa hơn trên đường đi, ví dụ một phản hồi sai định dạng từ nhà mạng hoặc một PSTN gateway bị lỗi.

# SIP 503 Service Unavailable: the one-paragraph description under the page title.
sip-503-description = Máy chủ tạm thời không thể xử lý yêu cầu vì quá tải hoặc đang bảo trì, và có thể cho biết khi nào nên quay lại trong `Retry-After`. Máy khách nên thử một máy chủ thay thế tìm được qua DNS và tránh máy chủ này trong khoảng thời gian đó. Một proxy chỉ nhận được 503 từ phía downstream thường gửi 500 ngược về phía upstream, vì chuyển tiếp 503 đồng nghĩa với việc khẳng định chính proxy đang không khả dụng.

# SIP 504 Server Time-out: the one-paragraph description under the page title.
sip-504-description = Một máy chủ đóng vai trò proxy hoặc gateway không nhận được phản hồi kịp thời từ một máy chủ khác mà nó cần, chẳng hạn location server hoặc chặng kế tiếp. Hãy so sánh với 408, khi chính máy chủ đã hết thời gian để đưa ra câu trả lời.

# SIP 505 Version Not Supported: the one-paragraph description under the page title.
sip-505-description = Máy chủ không hỗ trợ phiên bản SIP được dùng trong dòng yêu cầu (request line). Vì mọi bản triển khai đều dùng SIP/2.0, mã này thường cho thấy một yêu cầu sai định dạng hoặc không phải SIP.

# SIP 513 Message Too Large: the one-paragraph description under the page title.
sip-513-description = Máy chủ không thể xử lý yêu cầu vì toàn bộ thông điệp dài hơn mức nó có thể xử lý. Mã này thường gặp khi dùng UDP, nơi các thông điệp lớn bị phân mảnh; RFC 3261 yêu cầu máy khách dùng một giao thức truyền tải có kiểm soát tắc nghẽn như TCP cho những yêu cầu có kích thước gần với MTU của đường truyền. 413 chỉ liên quan đến phần thân.

# SIP 555 Push Notification Service Not Supported: the one-paragraph description under the page title.
sip-555-description = Một proxy SIP xử lý thông báo đẩy (push notification, RFC 8599) nhận được một `REGISTER` có tham số `pn-provider` chỉ định một dịch vụ thông báo đẩy mà nó không hỗ trợ. Phản hồi có thể liệt kê các dịch vụ được hỗ trợ bằng chỉ báo `+sip.pns` trong header `Feature-Caps`, để ứng dụng có thể đăng ký lại với một trong các dịch vụ đó.

# SIP 580 Precondition Failure: the one-paragraph description under the page title.
sip-580-description = User agent không thể đáp ứng một điều kiện tiên quyết bắt buộc của phiên, chẳng hạn dành trước tài nguyên mạng để bảo đảm chất lượng dịch vụ (RFC 3312), nên việc thiết lập phiên thất bại. Phản hồi có thể mang một mô tả phiên cho biết điều kiện tiên quyết nào không được đáp ứng.

# SIP 600 Busy Everywhere: the one-paragraph description under the page title.
sip-600-description = Đã liên lạc được với thiết bị của bên được gọi, nhưng bên được gọi đang bận và không muốn nhận cuộc gọi ở bất kỳ nơi nào khác vào lúc này, nên proxy ngừng thử các vị trí khác. Header `Retry-After` có thể gợi ý một thời điểm thích hợp hơn. Nếu bên được gọi không muốn nói lý do, hãy dùng 603.

# SIP 603 Decline: the one-paragraph description under the page title.
sip-603-description = Đã liên lạc được với thiết bị của bên được gọi, và người dùng đã chủ động từ chối cuộc gọi mà không nêu lý do, ví dụ bằng cách nhấn nút từ chối. Là một lỗi toàn cục, mã này chấm dứt việc tìm kiếm ở các vị trí khác. Header `Retry-After` có thể cho biết khi nào người dùng sẽ rảnh.

# SIP 604 Does Not Exist Anywhere: the one-paragraph description under the page title.
sip-604-description = Máy chủ có thông tin chính thức (authoritative) rằng người dùng trong Request-URI không tồn tại ở bất kỳ đâu, nên việc thử các vị trí khác là vô ích. Mã này mạnh hơn 404, vốn chỉ có giá trị với một máy chủ hoặc một miền.

# SIP 606 Not Acceptable: the one-paragraph description under the page title.
sip-606-description = Đã liên lạc được với user agent của người dùng, nhưng một phần nào đó của mô tả phiên, chẳng hạn loại media, băng thông hoặc địa chỉ, không được chấp nhận, và không vị trí nào khác của người dùng chấp nhận nó. Header `Warning` nên nêu lý do, và phản hồi có thể mô tả các khả năng được chấp nhận. Nếu vấn đề chỉ giới hạn ở một thiết bị thì dùng 488.

# SIP 607 Unwanted: the one-paragraph description under the page title.
sip-607-description = Bên được gọi không muốn nhận cuộc gọi này từ bên gọi này, ví dụ vì người dùng đã đánh dấu đó là cuộc gọi làm phiền hoặc robocall (RFC 8197). Khác với 603, mã này báo cho mạng biết cuộc gọi là không mong muốn, và các hệ thống phân tích cuộc gọi có thể dùng thông tin đó để gắn cờ hoặc chặn các cuộc gọi sau từ nguồn đó.

# SIP 608 Rejected: the one-paragraph description under the page title.
sip-608-description = Một bên trung gian, thường là dịch vụ phân tích cuộc gọi hoặc chống gian lận, đã thay mặt bên được gọi từ chối cuộc gọi, và thiết bị của bên được gọi không hề nhận được cuộc gọi này (RFC 8688); với 607 thì quyết định là của con người. Phản hồi có thể có header `Call-Info` với purpose `jwscard` trỏ tới thông tin liên hệ, để bên gọi bị chặn nhầm có thể khiếu nại.
