## Khung bao quanh mọi trang, các thành phần biểu mẫu và các lỗi mà trang nào cũng có thể hiển thị.

shell-skip-to-content = Chuyển đến nội dung
nav-label = Điều hướng chính
nav-home = Trang chủ
nav-partners = Đối tác
nav-partnerships = Quan hệ đối tác
nav-results = Kết quả
nav-needs = Nhu cầu
nav-training = Đào tạo
nav-library = Thư viện
nav-forum = Diễn đàn
nav-stories = Câu chuyện
nav-events = Sự kiện
nav-contact = Liên hệ

footer-secretariat = Ban Thư ký WaterLinks
footer-telephone = Điện thoại:
footer-map = Bản đồ quan hệ đối tác
footer-api = API cho các đối tác phát triển
footer-mission = Hỗ trợ các công ty cấp nước và vệ sinh đô thị ở châu Á – Thái Bình Dương cung cấp nước an toàn và vệ sinh cơ bản.

lang-menu-label = Ngôn ngữ
lang-form-title = Ngôn ngữ
lang-form-label = Ngôn ngữ của trang và email
lang-form-hint = Trang web, email và chứng chỉ sẽ được viết bằng ngôn ngữ này.
lang-form-save = Lưu ngôn ngữ
lang-unknown = Hãy chọn một ngôn ngữ trong danh sách.

not-found-title = Không tìm thấy trang
not-found-text = Chúng tôi không tìm thấy trang này. Trang có thể đã được chuyển đi, hoặc địa chỉ bị gõ sai.
not-found-home = Về trang chủ
gone-title = Không còn nữa
gone-text = Nội dung ở đây đã bị hủy hoặc rút lại.

error-title = Không thể hiển thị trang này
error-hint-missing = Hãy kiểm tra địa chỉ, hoặc bắt đầu lại từ trang chủ.
error-hint-retry = Vui lòng thử lại sau giây lát. Nếu lỗi vẫn tiếp diễn, hãy liên hệ Ban Thư ký.
error-invalid = Vui lòng sửa các trường được đánh dấu. { $details }
error-unauthenticated = Vui lòng đăng nhập để tiếp tục.
error-forbidden = Bạn không có quyền thực hiện thao tác này.
error-internal = Đã có lỗi xảy ra ở phía chúng tôi. Vui lòng thử lại sau giây lát.
error-network = Không thể kết nối tới WaterLinks Hub. Hãy kiểm tra kết nối mạng và thử lại.
error-saved-meanwhile = Ai đó vừa lưu cùng nội dung này. Hãy tải lại trang và thử lại.
error-still-referred = Vẫn còn các bản ghi khác liên quan đến mục này nên không thể xóa.
error-unreadable = Không đọc được yêu cầu: { $detail }
error-missing-field = Yêu cầu thiếu trường '{ $field }'.
error-field-one-line = Trường này chỉ có một dòng: hãy xóa các dấu xuống dòng.
error-field-control-characters = Hãy xóa các ký tự điều khiển vô hình khỏi trường này (chúng có thể đi kèm khi dán văn bản).
error-form-encoding = Hãy gửi biểu mẫu này dưới dạng application/x-www-form-urlencoded.
error-form-too-large = Biểu mẫu này quá lớn để đọc.
error-cross-site = Yêu cầu từ trang khác bị từ chối: thao tác này chỉ có thể thực hiện từ chính WaterLinks Hub.
error-address-unreadable = Địa chỉ này chứa ký tự không đọc được.

form-correct-fields = Vui lòng sửa các trường được đánh dấu bên dưới.
form-country = Quốc gia
form-all-countries = Tất cả quốc gia
form-language = Ngôn ngữ
form-all-languages = Tất cả ngôn ngữ
form-content-language = Viết bằng
form-topic = Chủ đề
form-any-topic = Mọi chủ đề

format-percent = { $value }%

mail-greeting = Kính gửi { $name },
mail-greeting-neutral = Xin chào,
mail-footer = Mạng lưới WaterLinks của các công ty cấp nước và vệ sinh ở châu Á – Thái Bình Dương.
offline-title = Ngoại tuyến · WaterLinks Hub
offline-heading = Bạn đang ngoại tuyến
offline-never-opened = Trang này chưa từng được mở trên điện thoại này nên không thể hiển thị khi không có mạng.
offline-once-visited = Trang Diễn đàn, thẻ đại biểu, lịch của bạn và các trang bình chọn sẽ mở được khi ngoại tuyến sau khi bạn đã truy cập chúng.
offline-open-forum = Mở trang Diễn đàn
manifest-description = Quan hệ đối tác giữa các đơn vị vận hành cấp nước, đào tạo và tri thức cho các công ty cấp nước và vệ sinh đô thị ở châu Á và Thái Bình Dương.
