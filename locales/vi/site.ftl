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
site-tagline = Tất cả mã trạng thái HTTP và SIP: ý nghĩa của từng mã, một phản hồi mẫu đúng chuẩn và đoạn mã để trả về mã đó.
# This language's own name, as its speakers write it. Shown in the language switcher.
language-name = Tiếng Việt

# Tooltip of a fragment shown in English because this language lacks its translation.
untranslated-marker = Chưa được dịch: đang hiển thị bằng tiếng Anh.

## Navigation

# Link that lets keyboard users jump over the header to the page's content.
nav-skip = Chuyển đến nội dung
# Accessible name of the language switcher navigation.
nav-languages =
    .aria-label = Ngôn ngữ
# Link back to the list of all codes in this language.
nav-home = Tất cả các mã
# Accessible name of the breadcrumb navigation at the top of a page.
nav-breadcrumb =
    .aria-label = Bạn đang ở đây
# Footer line on every page.
footer-about = { -brand-name } là một tài liệu tham khảo mở: các phần mô tả do chính chúng tôi biên soạn và được đối chiếu với các RFC hiện hành.

## The language chooser at the site's root

# Title of the root page.
root-title = Mã trạng thái HTTP và SIP
# Heading above the list of languages.
root-choose = Chọn ngôn ngữ của bạn

## Index pages (all codes of a language, all codes of a protocol)

# Title and heading of the page that lists every code in this language.
index-title = Mã trạng thái HTTP và SIP
# Introduction under that heading.
index-intro = Chọn một mã để xem ý nghĩa, phản hồi mẫu, cách dùng thử và cách trả về mã đó từ framework của bạn.
# Number of codes in a list. $count is a number.
index-count = { $count ->
   *[other] { $count } mã
}
# Label of the search box that filters the list of codes.
search-label = Lọc danh sách mã
# Placeholder text inside the search box.
search-placeholder = Số, tên mã hoặc từ khóa
# Shown when the search box matches no code.
search-empty = Không có mã nào khớp với nội dung tìm kiếm của bạn.
# Title of a protocol's own list page. $protocol is HTTP or SIP.
protocol-title = Mã trạng thái { $protocol }
# Introduction of the HTTP list page.
protocol-intro-http = Mã trạng thái HTTP cho máy khách (client) biết máy chủ web đã xử lý yêu cầu của nó như thế nào. Các mã này được định nghĩa trong RFC 9110 và các RFC mở rộng nó.
# Introduction of the SIP list page.
protocol-intro-sip = Mã phản hồi SIP cho bên gọi biết điện thoại SIP, proxy hoặc máy chủ đã xử lý một yêu cầu như `INVITE` hay `REGISTER` như thế nào. Các mã này được định nghĩa trong RFC 3261 và các RFC mở rộng nó.
# Link from an index page to a protocol's own list.
protocol-all = Tất cả mã { $protocol }

## Classes of codes (the first digit)

# HTTP 1xx class name.
http-class-1 = Thông tin
# HTTP 2xx class name.
http-class-2 = Thành công
# HTTP 3xx class name.
http-class-3 = Chuyển hướng
# HTTP 4xx class name.
http-class-4 = Lỗi phía máy khách
# HTTP 5xx class name.
http-class-5 = Lỗi phía máy chủ
# SIP 1xx class name.
sip-class-1 = Tạm thời
# SIP 2xx class name.
sip-class-2 = Thành công
# SIP 3xx class name.
sip-class-3 = Chuyển hướng
# SIP 4xx class name.
sip-class-4 = Lỗi yêu cầu
# SIP 5xx class name.
sip-class-5 = Lỗi máy chủ
# SIP 6xx class name.
sip-class-6 = Lỗi toàn cục

## A code's page: header

# Title of a code's page. $code is the number, $reason the reason phrase (keep it in English).
code-title = Mô phỏng phản hồi { $code } { $reason }
# Title of the page of a code that is registered but must not be used (HTTP 306, 418).
code-title-unused = { $code } { $reason }: một mã được dành riêng
# Label before the class of the code ("2xx Success").
label-class = Nhóm
# Label before who is at fault.
label-fault = Bên gây lỗi
# Label before the registration status (deprecated, unused…).
label-status = Trạng thái
# Label before the link to the specification.
label-spec = Đặc tả
# Fault: the client sent something wrong.
fault-client = Máy khách
# Fault: the server failed.
fault-server = Máy chủ
# Fault: nobody; the code reports normal operation or a decision.
fault-neither = Không bên nào
# Status of a code in normal use.
status-current = Đang sử dụng
# Status of a code that its specification deprecated.
status-deprecated = Không còn được khuyến nghị
# Status of a code that is reserved and must not be sent.
status-unused = Không sử dụng
# Status of a code whose specification is obsolete or historic.
status-obsoleted = Đã lỗi thời
# Status of a code registered only temporarily, from an Internet-Draft.
status-temporary = Đăng ký tạm thời
# Status of a code from an Experimental RFC.
status-experimental = Thử nghiệm
# Link text to a specification section. $document is "RFC 9110", $section "15.3.3".
spec-section = { $document }, mục { $section }
# Link text to a whole specification (no section).
spec-document = { $document }

## A code's page: the response

# Heading of the example response.
section-response = Phản hồi
# Note under the example response.
response-note = Thông điệp đúng như khi được truyền đi, với `Content-Length` được tính theo phần thân hiển thị ở đây.
# Note under an example response that has no body.
response-note-empty = Phản hồi này không có phần thân.

## A code's page: try it

# Heading of the section with commands to try the code.
section-try = Dùng thử
# Explains the command against the public test host. $host is its address.
try-public = `{ $host }` trả về mã trạng thái này nhưng với phần thân rỗng: nó không trả về phản hồi mẫu ở trên.
# Explains the command against the local mock of statusdoc serve.
try-local = `statusdoc serve` chạy một máy chủ giả lập (mock) cục bộ, trả về chính xác phản hồi mẫu ở trên.
# Explains the SIP test command. $method is the SIP method (INVITE…), $code the status code.
try-sip = `sipexer` gửi một yêu cầu `{ $method }` tới người dùng { $code } và in ra phản hồi nhận được. Trước tiên, hãy chạy một trong các cấu hình bên dưới: chúng trả lời yêu cầu đó bằng mã trạng thái này cùng các header đi kèm.

## A code's page: frameworks

# Heading of the framework tabs. $code and $reason as in the page title.
section-frameworks = Trả về { $code } { $reason } từ framework của bạn
# Heading of the SIP server tabs.
section-servers = Gửi { $code } { $reason } từ máy chủ SIP của bạn
# Accessible name of the list of framework tabs.
frameworks-tabs =
    .aria-label = Framework
# Label of the button that copies a snippet.
copy = Sao chép
# Shown briefly after a snippet was copied.
copied = Đã sao chép

## A code's page: the explainer

# Heading of the one-sentence summary of the code.
section-tldr = Tóm tắt
# Heading of the paragraph that explains the code.
section-meaning = Ý nghĩa
# Heading of the list of situations that lead to the code.
section-causes = Nguyên nhân thường gặp
# Heading of what a website visitor can do (HTTP pages).
section-fix-visitor = Cách khắc phục dành cho người truy cập
# Heading of what the person making a call can do (SIP pages).
section-fix-caller = Cách khắc phục dành cho người gọi
# Heading of what a developer or administrator can do.
section-fix-developer = Cách khắc phục dành cho nhà phát triển hoặc quản trị viên

## A code's page: browser compatibility (only for codes with data)

# Heading of the browser support table.
section-compat = Khả năng tương thích với trình duyệt
# Caption of a table about one feature of the code. $name is a technical token such as preload.
compat-feature = Hỗ trợ `rel={ $name }` trong phản hồi này
# Column heading: the browser.
compat-browser = Trình duyệt
# Column heading: the first version that supports it.
compat-since = Hỗ trợ từ phiên bản
# Cell: the browser does not support it.
compat-no = Không hỗ trợ
# Cell note: only behind a setting the user must turn on.
compat-flag = cần bật qua cờ (flag)
# Cell note: the support is incomplete.
compat-partial = hỗ trợ một phần
# Cell note: MDN adds a note for this browser.
compat-notes = xem ghi chú trên MDN
# Line under the tables: where the data comes from.
compat-source = Dữ liệu: browser-compat-data của MDN. Các trình duyệt không được liệt kê là chưa có dữ liệu.
# Link to the code's MDN page, under the tables.
compat-mdn = Mã này trên MDN

## A code's page: related codes and navigation

# Heading of the section about related codes.
section-related = Các mã liên quan
# Line introducing the codes a reader may compare with this one, each with when to use which.
related-intro = Các mã thường được so sánh với mã này, và khi nào nên dùng mã nào:
# The code with the same meaning in the other protocol. $protocol is HTTP or SIP.
related-equivalent = Mã có cùng ý nghĩa trong { $protocol }:
# Link to the previous code of the same protocol.
nav-previous = Mã trước
# Link to the next code of the same protocol.
nav-next = Mã tiếp theo
# Heading of the list of this page in other languages.
related-languages = Trang này bằng các ngôn ngữ khác

## Page not found

# Title of the "page not found" page.
notfound-title = Không tìm thấy trang
# Text of the "page not found" page.
notfound-text = Không có trang nào tại địa chỉ này. Danh sách tất cả các mã có thể có nội dung bạn đang tìm.
