### HTTP status code descriptions (English, the source language).
### One message per HTTP status code: the one-paragraph description shown under the page title.
### Keep each translation on one line and keep the text between backticks (`Location`, `GET`, `Expect: 100-continue`) unchanged: they are header names, methods and tokens.
### Reason phrases such as Payload Too Large are historical names from the specifications; translate the surrounding text, not those names.

# HTTP 100 Continue: one-paragraph description under the page title.
http-100-description = Một phản hồi tạm thời cho máy khách biết rằng máy chủ đã nhận được phần header của yêu cầu và sẵn sàng nhận nội dung, nên máy khách có thể tiếp tục gửi nội dung đó. Máy khách yêu cầu phản hồi này bằng cách gửi `Expect: 100-continue` trước một lần tải lên dung lượng lớn, nhờ đó máy chủ có thể từ chối yêu cầu sớm mà không phải truyền phần thân. Mã trạng thái cuối cùng sẽ được gửi sau khi yêu cầu đã được xử lý xong.

# HTTP 101 Switching Protocols: one-paragraph description under the page title.
http-101-description = Máy chủ đồng ý chuyển kết nối sang giao thức mà máy khách yêu cầu trong header `Upgrade`, và nêu tên giao thức đó trong header `Upgrade` của chính nó. Ngay sau dòng trống kết thúc phản hồi này, hai bên giao tiếp bằng giao thức mới trên cùng kết nối đó. Cách dùng phổ biến nhất là mở một kết nối WebSocket qua HTTP/1.1; HTTP/2 và HTTP/3 không dùng cơ chế này.

# HTTP 102 Processing: one-paragraph description under the page title. The code is still registered although RFC 4918 dropped it; the text says so.
http-102-description = Một phản hồi tạm thời của WebDAV cho máy khách biết rằng máy chủ đã nhận một yêu cầu cần xử lý lâu và vẫn đang thực hiện, để máy khách không ngắt vì hết thời gian chờ (timeout). RFC 2518 đã định nghĩa mã này, nhưng RFC 4918, tài liệu thay thế RFC 2518, đã loại bỏ nó vì có quá ít bản triển khai; mã này vẫn có trong danh mục đăng ký (registry) của IANA. Các máy chủ mới hiếm khi gửi mã này, và phương án thay thế thông thường cho các thao tác kéo dài là phản hồi `202 Accepted` kèm một tài nguyên trạng thái để máy khách định kỳ truy vấn (polling).

# HTTP 103 Early Hints: one-paragraph description under the page title.
http-103-description = Một phản hồi tạm thời cho phép máy chủ gửi các header `Link`, thường kèm `rel=preload` hoặc `rel=preconnect`, trước khi phản hồi cuối cùng sẵn sàng. Trình duyệt có thể bắt đầu tải stylesheet, script hoặc phông chữ trong khi máy chủ vẫn đang tạo trang. Các gợi ý này chỉ mang tính tham khảo, phản hồi cuối cùng vẫn phải mang đầy đủ header của riêng nó, và một số trình duyệt chỉ xử lý chúng khi dùng HTTP/2 trở lên.

# HTTP 104 Upload Resumption Supported: one-paragraph description under the page title.
http-104-description = Một phản hồi tạm thời đến từ Internet-Draft về tải lên có thể tiếp tục (resumable uploads): trong khi dữ liệu tải lên đang được nhận, máy chủ thông báo rằng việc truyền có thể được tiếp tục lại và cung cấp địa chỉ của một tài nguyên tải lên tạm thời trong header `Location`. Nếu kết nối bị ngắt, máy khách có thể hỏi tài nguyên đó xem đã nhận được bao nhiêu byte và chỉ gửi phần còn lại. Mã này được IANA đăng ký tạm thời, gắn với một bản dự thảo vẫn đang thay đổi, nên các chi tiết như header `Upload-Draft-Interop-Version` khác nhau giữa các phiên bản dự thảo và giữa các bản triển khai.

# HTTP 200 OK: one-paragraph description under the page title.
http-200-description = Yêu cầu đã thành công, và nội dung của phản hồi phụ thuộc vào phương thức: bản biểu diễn (representation) của tài nguyên được yêu cầu với `GET`, kết quả của hành động với `POST`, hoặc chỉ các header với `HEAD`. Đây là phản hồi mặc định khi không có mã nào cụ thể hơn phù hợp. Phản hồi `200` có thể được lưu vào bộ nhớ đệm (cache), trừ khi các header của nó quy định khác.

# HTTP 201 Created: one-paragraph description under the page title.
http-201-description = Yêu cầu đã thành công và tạo ra một hoặc nhiều tài nguyên mới, thường thông qua `POST` hoặc `PUT`. Header `Location` trỏ đến tài nguyên mới (nếu không có header này, tài nguyên mới chính là đích của yêu cầu), và phần thân thường mô tả tài nguyên đó. Hãy dùng mã này thay cho `200` khi trên máy chủ đã có thêm một thứ mới.

# HTTP 202 Accepted: one-paragraph description under the page title.
http-202-description = Máy chủ đã chấp nhận yêu cầu để xử lý nhưng chưa hoàn tất, và quá trình xử lý vẫn có thể thất bại về sau. HTTP không có cách nào để báo kết quả cuối cùng sau đó, vì vậy phản hồi nên mô tả trạng thái hiện tại và cho máy khách biết nơi có thể theo dõi tiến độ. Mã này phù hợp với các tác vụ xử lý theo lô (batch job), tác vụ trong hàng đợi và những công việc khác kéo dài hơn vòng đời của kết nối.

# HTTP 203 Non-Authoritative Information: one-paragraph description under the page title.
http-203-description = Yêu cầu đã thành công, nhưng một proxy biến đổi (transforming proxy) đã thay đổi nội dung hoặc header mà nó nhận được từ máy chủ gốc (origin server), ví dụ bằng cách nén lại hình ảnh. Mã này cảnh báo máy khách rằng phản hồi không hoàn toàn giống những gì máy chủ gốc đã gửi. Mã này dành cho các bên trung gian chứ không dành cho máy chủ gốc, và ngoài điểm đó thì được xử lý giống `200 OK`.

# HTTP 204 No Content: one-paragraph description under the page title.
http-204-description = Yêu cầu đã thành công và không có gì để gửi lại: phản hồi kết thúc ngay sau phần header. Mã này thường dùng cho `PUT`, `PATCH` và `DELETE` khi máy khách không cần bản sao của kết quả, và trình duyệt nhận được mã này sẽ ở lại trang hiện tại. Các header vẫn có thể mang siêu dữ liệu (metadata), chẳng hạn `ETag` của tài nguyên vừa được cập nhật.

# HTTP 205 Reset Content: one-paragraph description under the page title.
http-205-description = Yêu cầu đã thành công và máy khách nên đặt lại (reset) phần giao diện đã gửi yêu cầu, thường là xóa trắng biểu mẫu để người dùng nhập dữ liệu mới. Phản hồi không được mang bất kỳ nội dung nào. Trên thực tế mã này hiếm gặp, vì các script thường tự đặt lại biểu mẫu.

# HTTP 206 Partial Content: one-paragraph description under the page title.
http-206-description = Máy chủ chỉ gửi một phần của bản biểu diễn, vì máy khách đã yêu cầu các khoảng byte (byte range) bằng header `Range`. Nếu chỉ có một khoảng, phản hồi kèm header `Content-Range` cho biết vị trí của các byte này và tổng kích thước; nếu có nhiều khoảng, phần thân có dạng `multipart/byteranges`. Nhờ mã này mà có thể tiếp tục tải xuống dở dang, tua video và tải song song các tệp lớn.

# HTTP 207 Multi-Status: one-paragraph description under the page title.
http-207-description = Một phản hồi WebDAV báo cáo kết quả riêng cho nhiều tài nguyên hoặc thao tác cùng lúc, trong phần thân XML `multistatus`. Mỗi phần tử `response` trong phần thân mang mã trạng thái riêng, nên một số phần có thể thành công trong khi các phần khác thất bại. Máy khách phải đọc phần thân, vì bản thân mã 207 không cho biết mọi phần có thành công hay không.

# HTTP 208 Already Reported: one-paragraph description under the page title.
http-208-description = Được các máy chủ WebDAV hỗ trợ liên kết (binding) dùng bên trong phần thân `207 Multi-Status`, để đánh dấu một tập hợp (collection) đã được liệt kê trước đó trong cùng phản hồi thông qua một liên kết khác. Mã này ngăn một thao tác liệt kê với `Depth: infinity` lặp đi lặp lại việc liệt kê cùng các thành viên. Mã này đến từ RFC 5842, được công bố với trạng thái Experimental (thử nghiệm), và hiếm khi xuất hiện làm trạng thái của cả một phản hồi.

# HTTP 226 IM Used: one-paragraph description under the page title.
http-226-description = Máy chủ đã trả lời một yêu cầu `GET` có yêu cầu các thao tác biến đổi bản thể (instance manipulation) trong header `A-IM`, chẳng hạn một bản delta so với phiên bản mà máy khách đã có, và phần thân là kết quả sau khi áp dụng các thao tác đó. Header `IM` liệt kê các thao tác đã dùng, để máy khách có thể dựng lại phiên bản hiện tại từ bản sao trong cache của mình. Cơ chế mã hóa delta (delta encoding) này của RFC 3229 ít được áp dụng trên web.

# HTTP 300 Multiple Choices: one-paragraph description under the page title.
http-300-description = Tài nguyên đích có nhiều bản biểu diễn, ví dụ ở các định dạng hoặc ngôn ngữ khác nhau, và máy chủ để máy khách tự chọn. Phần thân thường liệt kê các lựa chọn kèm liên kết, và header `Location` có thể chỉ ra lựa chọn mà máy chủ ưu tiên. Trên thực tế mã này hiếm gặp, vì phần lớn máy chủ tự chọn bản biểu diễn thông qua thương lượng nội dung (content negotiation).

# HTTP 301 Moved Permanently: one-paragraph description under the page title.
http-301-description = Tài nguyên đã có URI mới cố định, được cho trong header `Location`, và từ nay máy khách nên dùng URI đó; công cụ tìm kiếm và dấu trang sẽ chuyển sang địa chỉ mới. Vì lý do lịch sử, trình duyệt có thể đổi `POST` thành `GET` khi đi theo chuyển hướng này, vì vậy hãy dùng `308 Permanent Redirect` khi cần giữ nguyên phương thức. Mặc định, phản hồi này có thể được lưu vào cache.

# HTTP 302 Found: one-paragraph description under the page title.
http-302-description = Tài nguyên tạm thời nằm ở một URI khác, được cho trong header `Location`, và máy khách nên tiếp tục dùng URI ban đầu cho các yêu cầu sau. Giống như với `301`, trình duyệt có thể đổi `POST` thành `GET` khi đi theo chuyển hướng; `307` giữ nguyên phương thức, còn `303` chuyển sang `GET` một cách tường minh. Mã này được dùng rộng rãi cho luồng đăng nhập và các chuyển hướng ngắn hạn khác.

# HTTP 303 See Other: one-paragraph description under the page title.
http-303-description = Máy chủ chuyển máy khách sang một tài nguyên khác, được cho trong header `Location`, mà máy khách nên lấy về bằng `GET` để xem kết quả của yêu cầu đã gửi. Đây là cách chuẩn để hiển thị trang kết quả sau khi gửi biểu mẫu hoặc sau một yêu cầu `POST` khác, để việc tải lại trang không gửi lại dữ liệu lần nữa. Mã này không có nghĩa là tài nguyên ban đầu đã bị di chuyển.

# HTTP 304 Not Modified: one-paragraph description under the page title.
http-304-description = Máy khách đã gửi một yêu cầu `GET` hoặc `HEAD` có điều kiện, với `If-None-Match` hoặc `If-Modified-Since`, và bản sao trong cache của nó vẫn còn hợp lệ, nên máy chủ không gửi phần thân. Máy khách dùng lại phản hồi đã lưu, sau khi cập nhật bằng các header của phản hồi này như `ETag`, `Cache-Control` và `Expires`. Mã này giúp tiết kiệm băng thông với những tài nguyên ít thay đổi.

# HTTP 305 Use Proxy: one-paragraph description under the page title.
http-305-description = Trước đây dùng để yêu cầu máy khách gửi lại yêu cầu thông qua proxy được nêu trong header `Location`. Mã này không còn được khuyến nghị (deprecated) vì việc để máy chủ chọn proxy cho máy khách là một rủi ro bảo mật, và máy khách không làm theo mã này. Máy chủ không nên gửi mã này; thay vào đó, proxy được cấu hình ở phía máy khách.

# HTTP 306 (Unused): one-paragraph description under the page title. Switch Proxy is the name from an old draft; keep it as a name.
http-306-description = Không sử dụng: một bản dự thảo ban đầu của HTTP/1.1 định nghĩa mã này là Switch Proxy, để buộc máy khách dùng một proxy khác cho các yêu cầu sau, nhưng ý tưởng này đã bị loại bỏ. Mã này vẫn được dành riêng để không bao giờ bị gán lại. Máy chủ không nên gửi mã này.

# HTTP 307 Temporary Redirect: one-paragraph description under the page title.
http-307-description = Tài nguyên tạm thời nằm ở một URI khác, được cho trong header `Location`, và máy khách phải gửi lại yêu cầu tới đó với cùng phương thức và nội dung. Khác với `302`, một yêu cầu `POST` vẫn là `POST` tại URI mới. Các yêu cầu sau vẫn nên gửi tới URI ban đầu.

# HTTP 308 Permanent Redirect: one-paragraph description under the page title.
http-308-description = Tài nguyên đã có URI mới cố định, được cho trong header `Location`, và máy khách phải gửi lại yêu cầu tới đó với cùng phương thức và nội dung. Đây là phiên bản giữ nguyên phương thức của `301`, lần đầu được định nghĩa trong RFC 7538 và nay là một phần của RFC 9110. Máy khách nào có thể thì nên cập nhật liên kết và dấu trang sang URI mới.

# HTTP 400 Bad Request: one-paragraph description under the page title.
http-400-description = Máy chủ sẽ không xử lý yêu cầu vì nhận thấy lỗi từ phía máy khách, chẳng hạn cú pháp sai, dòng yêu cầu (request line) không hợp lệ hoặc phần thân không thể phân tích được. Máy khách nên sửa yêu cầu trước khi gửi lại. Khi có một mã cụ thể hơn phù hợp, chẳng hạn `415` hoặc `422`, mã đó sẽ hữu ích hơn cho máy khách.

# HTTP 401 Unauthorized: one-paragraph description under the page title.
http-401-description = Yêu cầu thiếu thông tin xác thực hợp lệ cho tài nguyên đích, do không gửi thông tin nào hoặc thông tin đã gửi bị từ chối. Phản hồi phải có header `WWW-Authenticate` nêu ít nhất một cơ chế xác thực (authentication scheme) mà máy khách có thể dùng, chẳng hạn `Basic` hoặc `Bearer`. Dù tên gọi là Unauthorized, mã này thực chất nói về xác thực; hãy dùng `403` khi đã biết máy khách là ai nhưng máy khách không được phép truy cập.

# HTTP 402 Payment Required: one-paragraph description under the page title.
http-402-description = Đặc tả HTTP dành riêng mã này để sử dụng trong tương lai và không gán cho nó ý nghĩa xác định nào. Một số API và dịch vụ thanh toán dùng mã này để báo rằng cần thanh toán, đăng ký gói dịch vụ hoặc mua thêm hạn mức (quota), nhưng máy khách không thể trông cậy vào bất kỳ hành vi chuẩn nào. Nếu bạn dùng mã này, hãy ghi rõ ý nghĩa của nó trong tài liệu API của bạn.

# HTTP 403 Forbidden: one-paragraph description under the page title.
http-403-description = Máy chủ đã hiểu yêu cầu nhưng từ chối thực hiện. Gửi lại thông tin xác thực cũng không giúp được gì: danh tính đã biết không có quyền, hoặc quyền truy cập bị chặn vì một lý do khác. Máy chủ muốn che giấu việc tài nguyên có tồn tại hay không có thể trả lời `404` thay thế.

# HTTP 404 Not Found: one-paragraph description under the page title.
http-404-description = Máy chủ không có bản biểu diễn hiện tại nào cho tài nguyên đích, hoặc không muốn tiết lộ rằng có tồn tại một bản như vậy. Mã này không cho biết sự vắng mặt là tạm thời hay vĩnh viễn; `410 Gone` mới khẳng định rằng tài nguyên đã bị xóa vĩnh viễn. Mặc định, phản hồi `404` có thể được lưu vào cache.

# HTTP 405 Method Not Allowed: one-paragraph description under the page title.
http-405-description = Tài nguyên đích tồn tại nhưng không hỗ trợ phương thức của yêu cầu, ví dụ `DELETE` trên một tài nguyên chỉ đọc. Máy chủ phải gửi header `Allow` liệt kê các phương thức mà tài nguyên có hỗ trợ. Hãy dùng `501` thay thế khi máy chủ không nhận ra phương thức đó với bất kỳ tài nguyên nào.

# HTTP 406 Not Acceptable: one-paragraph description under the page title.
http-406-description = Máy chủ không thể tạo ra bản biểu diễn nào khớp với các header thương lượng của máy khách, chẳng hạn `Accept` hoặc `Accept-Language`. Phản hồi nên liệt kê các bản biểu diễn hiện có để người dùng hoặc máy khách chọn một. Nhiều máy chủ bỏ qua các header này và gửi bản biểu diễn mặc định thay vì báo lỗi.

# HTTP 407 Proxy Authentication Required: one-paragraph description under the page title.
http-407-description = Giống `401`, nhưng thông tin xác thực được yêu cầu bởi một proxy nằm giữa máy khách và máy chủ. Proxy phải gửi header `Proxy-Authenticate` nêu cơ chế xác thực cần dùng, và máy khách đáp lại bằng header `Proxy-Authorization`. Mã này thường đến từ proxy của doanh nghiệp hoặc của nhà cung cấp dịch vụ Internet (ISP), chứ không phải từ trang web đang được truy cập.

# HTTP 408 Request Timeout: one-paragraph description under the page title.
http-408-description = Máy chủ không nhận được yêu cầu hoàn chỉnh trong khoảng thời gian mà nó sẵn sàng chờ, và đang đóng kết nối. Máy khách có thể gửi lại yêu cầu trên một kết nối mới. Một số máy khách tự động thử lại, chẳng hạn khi máy chủ đã đóng một kết nối keep-alive đang nhàn rỗi.

# HTTP 409 Conflict: one-paragraph description under the page title.
http-409-description = Yêu cầu xung đột với trạng thái hiện tại của tài nguyên đích, ví dụ một chỉnh sửa dựa trên phiên bản đã cũ hoặc một thao tác tạo thứ đã tồn tại. Phần thân nên giải thích xung đột để máy khách có thể giải quyết và thử lại. Mã này thường gặp trong quản lý phiên bản, chỉnh sửa đồng thời và ràng buộc duy nhất (unique constraint).

# HTTP 410 Gone: one-paragraph description under the page title.
http-410-description = Tài nguyên từng tồn tại tại URI này và đã bị xóa có chủ đích, không có địa chỉ chuyển tiếp, và máy chủ cho rằng tình trạng này là vĩnh viễn. Máy khách nên xóa các liên kết và dấu trang tới tài nguyên này, và các công cụ tìm kiếm sẽ loại nó khỏi chỉ mục. Khi máy chủ không thể biết sự vắng mặt có vĩnh viễn hay không, `404` mới là mã phù hợp.

# HTTP 411 Length Required: one-paragraph description under the page title.
http-411-description = Máy chủ từ chối yêu cầu vì yêu cầu không có header `Content-Length`, trong khi máy chủ đòi hỏi header này trước khi chấp nhận nội dung. Máy khách có thể thử lại với một `Content-Length` hợp lệ. Mã này chủ yếu liên quan đến các yêu cầu tải lên qua HTTP/1.1 dùng mã hóa truyền theo khối (chunked transfer coding) gửi tới những máy chủ không chấp nhận kiểu truyền này.

# HTTP 412 Precondition Failed: one-paragraph description under the page title.
http-412-description = Một hoặc nhiều điều kiện trong header của yêu cầu, chẳng hạn `If-Match` hoặc `If-Unmodified-Since`, được máy chủ đánh giá là sai, nên yêu cầu không được áp dụng. Cơ chế này giúp tránh mất cập nhật (lost update) khi tài nguyên đã thay đổi kể từ lần cuối máy khách lấy về. Máy khách nên lấy phiên bản hiện tại, hợp nhất các thay đổi của mình rồi thử lại.

# HTTP 413 Content Too Large: one-paragraph description under the page title.
http-413-description = Nội dung yêu cầu lớn hơn mức máy chủ sẵn sàng hoặc có khả năng xử lý, chẳng hạn một tệp tải lên vượt quá giới hạn kích thước. Nếu giới hạn chỉ là tạm thời, máy chủ có thể thêm header `Retry-After`; máy chủ cũng có thể đóng kết nối. RFC 9110 đổi tên mã này thành Content Too Large; các đặc tả trước đó gọi nó là Payload Too Large, và trước nữa là Request Entity Too Large.

# HTTP 414 URI Too Long: one-paragraph description under the page title.
http-414-description = URI đích dài hơn mức máy chủ sẵn sàng diễn giải. Lỗi này thường xảy ra khi một biểu mẫu lẽ ra phải dùng `POST` lại đưa một lượng lớn dữ liệu vào chuỗi truy vấn (query string) của `GET`, hoặc khi một vòng lặp chuyển hướng liên tục làm URI dài thêm. RFC 2616 gọi mã này là Request-URI Too Long.

# HTTP 415 Unsupported Media Type: one-paragraph description under the page title.
http-415-description = Máy chủ từ chối yêu cầu vì nội dung của nó ở định dạng mà phương thức và tài nguyên này không hỗ trợ, thể hiện qua `Content-Type` hoặc `Content-Encoding`. Hãy kiểm tra kiểu phương tiện (media type) và kiểu mã hóa mà endpoint mong đợi. Khi vấn đề nằm ở mã hóa nội dung (content coding), phản hồi nên có header `Accept-Encoding` liệt kê các kiểu mã hóa được chấp nhận.

# HTTP 416 Range Not Satisfiable: one-paragraph description under the page title.
http-416-description = Không khoảng byte nào trong header `Range` của yêu cầu giao với bản biểu diễn hiện tại, ví dụ vị trí bắt đầu nằm sau điểm kết thúc của tệp. Với khoảng byte, máy chủ nên gửi header `Content-Range` chứa dấu sao và tổng độ dài, chẳng hạn `bytes */4096`, để máy khách có thể sửa yêu cầu. RFC 2616 gọi mã này là Requested Range Not Satisfiable.

# HTTP 417 Expectation Failed: one-paragraph description under the page title.
http-417-description = Máy chủ không thể đáp ứng kỳ vọng (expectation) nêu trong header `Expect` của yêu cầu. Kỳ vọng duy nhất mà HTTP định nghĩa là `100-continue`, nên mã này thường có nghĩa là một máy chủ hoặc bên trung gian không hỗ trợ nó, hoặc header mang một giá trị không xác định. Gửi lại yêu cầu mà không có header `Expect` thường sẽ thành công.

# HTTP 418 (Unused): one-paragraph description under the page title. I'm a teapot is the joke name from RFC 2324; keep it as a name or translate it playfully.
http-418-description = Không sử dụng và được dành riêng. RFC 2324, một đặc tả nhân ngày Cá tháng Tư về việc điều khiển bình pha cà phê, định nghĩa mã này là I'm a teapot (“Tôi là một cái ấm trà”), và RFC 7168 mở rộng trò đùa sang cả việc pha trà. Trò đùa được triển khai rộng rãi đến mức RFC 9110 dành riêng mã này thay vì gán cho nó một ý nghĩa thực sự, trừ khi có ngày dải 4xx không còn mã trống; nhiều framework vẫn cung cấp mã này dưới tên cũ, nhưng API không nên dựa vào nó.

# HTTP 421 Misdirected Request: one-paragraph description under the page title.
http-421-description = Yêu cầu đã đến một máy chủ không thể tạo phản hồi cho tổ hợp scheme và host trong URI của yêu cầu. Lỗi này thường xảy ra khi máy khách dùng lại một kết nối HTTP/2 hoặc HTTP/3 cho một tên host khác mà chứng chỉ có bao hàm nhưng máy chủ này lại không phục vụ. Máy khách có thể thử lại qua một kết nối mới, và proxy không được gửi mã này.

# HTTP 422 Unprocessable Content: one-paragraph description under the page title.
http-422-description = Máy chủ hiểu kiểu nội dung và nội dung yêu cầu đúng cú pháp, nhưng không thể xử lý các chỉ thị trong đó, ví dụ một phần thân JSON vi phạm các quy tắc kiểm tra dữ liệu (validation). Các API dùng mã này rất phổ biến cho lỗi kiểm tra dữ liệu, với phần thân liệt kê các trường không hợp lệ. WebDAV định nghĩa mã này là Unprocessable Entity, và RFC 9110 đã đưa nó vào chính HTTP dưới tên Unprocessable Content.

# HTTP 423 Locked: one-paragraph description under the page title.
http-423-description = Một phản hồi WebDAV: tài nguyên nguồn hoặc đích của phương thức đang bị khóa, nên không thể áp dụng phương thức. Máy khách phải gửi lock token tương ứng trong header `If` hoặc chờ đến khi khóa được giải phóng. Phần thân có thể nêu điều kiện tiên quyết không được đáp ứng, chẳng hạn `lock-token-submitted`.

# HTTP 424 Failed Dependency: one-paragraph description under the page title.
http-424-description = Một phản hồi WebDAV: không thể thực hiện phương thức trên tài nguyên này vì nó phụ thuộc vào một hành động khác đã thất bại. Ví dụ, khi một thuộc tính trong `PROPPATCH` không thể được thiết lập, các thuộc tính khác trong cùng yêu cầu sẽ được báo với `424`. Mã này thường xuất hiện bên trong phần thân `207 Multi-Status`.

# HTTP 425 Too Early: one-paragraph description under the page title.
http-425-description = Máy chủ từ chối xử lý một yêu cầu đến trong dữ liệu sớm (early data) của TLS 1.3, còn gọi là 0-RTT, vì kẻ tấn công có thể phát lại (replay) yêu cầu đó. Máy khách nên gửi lại yêu cầu sau khi quá trình bắt tay (handshake) TLS hoàn tất, và các user agent làm việc này một cách tự động. Mã này được định nghĩa trong RFC 8470 và đến từ các máy chủ hoặc bên trung gian chỉ chấp nhận dữ liệu sớm với một số yêu cầu.

# HTTP 426 Upgrade Required: one-paragraph description under the page title.
http-426-description = Máy chủ từ chối xử lý yêu cầu bằng giao thức hiện tại nhưng sẽ xử lý sau khi máy khách chuyển sang giao thức được nêu trong header `Upgrade` của phản hồi. Một trường hợp thường gặp là một yêu cầu HTTP thông thường gửi tới endpoint chỉ chấp nhận kết nối WebSocket. Máy khách phải gửi một yêu cầu mới với header `Upgrade` tương ứng.

# HTTP 428 Precondition Required: one-paragraph description under the page title.
http-428-description = Máy chủ đòi hỏi yêu cầu phải là yêu cầu có điều kiện, thường là với `If-Match`, để tránh mất cập nhật khi nhiều máy khách cùng chỉnh sửa một tài nguyên. Máy khách nên lấy tài nguyên về, đọc `ETag` của nó và thực hiện lại thay đổi với giá trị đó trong `If-Match`. Mã này được định nghĩa trong RFC 6585.

# HTTP 429 Too Many Requests: one-paragraph description under the page title.
http-429-description = Máy khách đã gửi quá nhiều yêu cầu trong một khoảng thời gian nhất định và đang bị giới hạn tần suất (rate limiting). Phản hồi có thể có header `Retry-After` cho biết cần chờ bao lâu, và phần thân nên giải thích giới hạn được áp dụng. Máy khách nên giảm tần suất và chờ (back off) thay vì thử lại ngay.

# HTTP 431 Request Header Fields Too Large: one-paragraph description under the page title.
http-431-description = Máy chủ từ chối yêu cầu vì các trường header quá lớn, có thể là một header riêng lẻ hoặc tổng tất cả các header. Header `Cookie` quá lớn là nguyên nhân thường gặp, và xóa cookie của trang web thường khắc phục được lỗi. Khi lỗi nằm ở một header cụ thể, phản hồi nên nêu rõ header đó; mã này được định nghĩa trong RFC 6585.

# HTTP 451 Unavailable For Legal Reasons: one-paragraph description under the page title. Fahrenheit 451 is the title of Ray Bradbury's novel; use its usual title in your language.
http-451-description = Máy chủ từ chối quyền truy cập tài nguyên do một yêu cầu pháp lý, chẳng hạn lệnh của tòa án hoặc lệnh chặn của cơ quan nhà nước. Phần thân nên giải thích yêu cầu đó và ai đã đưa ra, và header `Link` với `rel="blocked-by"` có thể xác định bên thực hiện việc chặn. Con số này ám chỉ tiểu thuyết “451 độ F” (Fahrenheit 451) của Ray Bradbury.

# HTTP 500 Internal Server Error: one-paragraph description under the page title.
http-500-description = Một lỗi máy chủ chung chung: máy chủ gặp phải một tình huống không lường trước khiến nó không thể hoàn tất yêu cầu. Mã này thường cho thấy một lỗi (bug) hoặc một ngoại lệ (exception) không được xử lý, chứ không phải vấn đề của yêu cầu. Hãy kiểm tra log của máy chủ; máy khách có thể thử lại sau, nhưng cùng một yêu cầu thường sẽ thất bại theo cùng một cách.

# HTTP 501 Not Implemented: one-paragraph description under the page title.
http-501-description = Máy chủ không hỗ trợ chức năng cần thiết để đáp ứng yêu cầu, thường là một phương thức yêu cầu mà máy chủ không nhận ra với bất kỳ tài nguyên nào. Mặc định, phản hồi này có thể được lưu vào cache. Hãy dùng `405` khi phương thức được biết nhưng không được phép trên chính tài nguyên này.

# HTTP 502 Bad Gateway: one-paragraph description under the page title.
http-502-description = Một gateway hoặc proxy nhận được phản hồi không hợp lệ từ máy chủ upstream mà nó liên hệ trong quá trình xử lý yêu cầu. Nguyên nhân điển hình là máy chủ ứng dụng bị sập, đóng kết nối quá sớm hoặc gửi header sai định dạng. Cách khắc phục thường nằm ở máy chủ upstream, chứ không phải ở yêu cầu của máy khách.

# HTTP 503 Service Unavailable: one-paragraph description under the page title.
http-503-description = Máy chủ hiện không thể xử lý yêu cầu, do bị quá tải hoặc đang tạm dừng để bảo trì, và cho rằng tình trạng này chỉ là tạm thời. Header `Retry-After` có thể cho máy khách biết cần chờ bao lâu. Bộ cân bằng tải (load balancer) cũng gửi mã này khi không còn backend nào hoạt động bình thường.

# HTTP 504 Gateway Timeout: one-paragraph description under the page title.
http-504-description = Một gateway hoặc proxy không nhận được phản hồi kịp thời từ máy chủ upstream mà nó cần để hoàn tất yêu cầu. Máy chủ upstream có thể chậm, quá tải hoặc không kết nối được, hoặc thời gian chờ (timeout) của proxy ngắn hơn thời gian công việc cần để hoàn thành. Hãy so sánh với `502`, khi đã có phản hồi trả về nhưng phản hồi đó không hợp lệ.

# HTTP 505 HTTP Version Not Supported: one-paragraph description under the page title.
http-505-description = Máy chủ không hỗ trợ, hoặc từ chối hỗ trợ, phiên bản chính (major version) của HTTP được dùng trong yêu cầu. Phản hồi nên giải thích những phiên bản mà máy chủ có hỗ trợ. Mã này hiếm gặp, vì máy khách thường thống nhất phiên bản thông qua thương lượng TLS hoặc quay về dùng HTTP/1.1.

# HTTP 506 Variant Also Negotiates: one-paragraph description under the page title.
http-506-description = Máy chủ gặp lỗi cấu hình thương lượng nội dung: biến thể (variant) được chọn qua thương lượng trong suốt (transparent negotiation) lại chính nó được cấu hình để thương lượng, điều này sẽ tạo ra vòng lặp. Mã này đến từ RFC 2295, một đặc tả Experimental về thương lượng nội dung trong suốt ít được sử dụng. Mã này cho thấy máy chủ bị cấu hình sai, chứ không phải vấn đề của máy khách.

# HTTP 507 Insufficient Storage: one-paragraph description under the page title.
http-507-description = Một phản hồi WebDAV: máy chủ không thể lưu trữ bản biểu diễn cần thiết để hoàn tất yêu cầu, ví dụ vì ổ đĩa hoặc hạn mức (quota) của người dùng đã đầy. Tình trạng này được coi là tạm thời. Giải phóng dung lượng hoặc nâng hạn mức sẽ khắc phục được lỗi.

# HTTP 508 Loop Detected: one-paragraph description under the page title.
http-508-description = Máy chủ đã dừng một thao tác vì phát hiện vòng lặp vô hạn trong khi xử lý yêu cầu có `Depth: infinity`, do các liên kết (binding) WebDAV khiến một tập hợp (collection) chứa chính nó. Toàn bộ thao tác đã thất bại. Mã này đến từ RFC 5842, được công bố với trạng thái Experimental (thử nghiệm), và chỉ những máy chủ triển khai liên kết mới gửi mã này.

# HTTP 510 Not Extended: one-paragraph description under the page title. Historic is the name of an RFC status category.
http-510-description = Đã lỗi thời. RFC 2774, HTTP Extension Framework, dùng mã này để báo rằng yêu cầu không khai báo một phần mở rộng (extension) mà máy chủ đòi hỏi để truy cập tài nguyên. Framework này chưa bao giờ được triển khai rộng rãi và RFC của nó đã bị chuyển sang trạng thái Historic, nên IANA đánh dấu mã này là đã lỗi thời (obsoleted). Máy chủ mới không nên gửi mã này.

# HTTP 511 Network Authentication Required: one-paragraph description under the page title.
http-511-description = Máy khách phải xác thực để được truy cập mạng, thường là tại một cổng đăng nhập (captive portal) ở khách sạn, sân bay hoặc quán cà phê. Mã này đến từ mạng đang chặn lưu lượng, không phải từ trang web mà người dùng muốn truy cập, và phần thân nên có liên kết tới trang nơi người dùng có thể đăng nhập. Máy chủ gốc không nên gửi mã này, và bộ nhớ đệm (cache) không được lưu nó.
