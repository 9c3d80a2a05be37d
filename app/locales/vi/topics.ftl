## Danh mục chủ đề: những gì các công ty cấp thoát nước có thể cố vấn và cần hỗ trợ. Tên chủ đề
## là nội dung do Ban Thư ký viết.

topics-name-missing = Vui lòng nhập tên chủ đề.
topics-name-too-long = Tên chủ đề không được dài quá { $max } ký tự.
topics-not-found = Chủ đề này không tồn tại.
topics-name-taken = Đã có một chủ đề mang tên này.
