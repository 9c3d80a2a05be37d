## Trang quản trị của Ban Thư ký: người dùng và vai trò, yêu cầu gia nhập, tổ chức, chủ đề, hộp thư
## đi và nhật ký kiểm tra.

admin-title = Quản trị
admin-lead = Người dùng và vai trò, yêu cầu gia nhập tổ chức, các tổ chức, danh mục chủ đề, thư đang chờ trong hộp thư đi, và nhật ký kiểm tra.
admin-loading = Đang tải…
admin-sign-in-as-admin = Vui lòng đăng nhập bằng tài khoản quản trị viên Ban Thư ký.
admin-sign-in = Đăng nhập

## Người dùng và vai trò
admin-people-title = Người dùng và vai trò
admin-people-search = Tìm người theo tên hoặc email
admin-find = Tìm
admin-loading-people = Đang tải danh sách người dùng…
admin-roles-of = Vai trò của { $name }
admin-membership-admin = { $organization }: quản trị viên tổ chức
admin-membership-member = { $organization }: thành viên
admin-make-member = Chuyển thành thành viên
admin-make-admin = Chuyển thành quản trị viên
admin-remove = Gỡ bỏ
admin-add-to-organization = Thêm vào tổ chức
admin-as-organization-admin = với vai trò quản trị viên tổ chức
admin-add = Thêm
admin-deactivated = Đã vô hiệu hóa
admin-reactivate-account = Kích hoạt lại tài khoản
admin-deactivate-account = Vô hiệu hóa tài khoản
admin-choose-role = Hãy chọn một vai trò trong danh sách.
admin-cannot-remove-own-admin = Bạn không thể tự gỡ vai trò quản trị viên Ban Thư ký của mình; hãy nhờ một quản trị viên khác.
admin-no-such-account = Tài khoản này không tồn tại.
admin-choose-organization = Hãy chọn một tổ chức trong danh sách.

## Yêu cầu gia nhập
admin-join-requests-title = Yêu cầu gia nhập tổ chức
admin-no-join-requests = Không có yêu cầu nào đang chờ.
admin-to-join = Xin gia nhập:

## Tổ chức
admin-organizations-title = Tổ chức
admin-add-organization-title = Thêm một tổ chức
admin-organization-added = Đã thêm tổ chức.
admin-kind = Loại
admin-name = Tên
admin-country = Quốc gia
admin-city = Thành phố
admin-add-organization = Thêm tổ chức
admin-merge-title = Hợp nhất bản trùng lặp
admin-merge-lead = Thành viên, đầu mối liên hệ, chủ đề và giá trị KPI của bản trùng lặp được chuyển sang tổ chức bạn giữ lại; sau đó bản trùng lặp bị xóa.
admin-merged = Đã hợp nhất.
admin-merge-keep = Giữ lại
admin-merge-duplicate = Hợp nhất và xóa
admin-merge-button = Hợp nhất
admin-merge-same = Hãy chọn hai tổ chức khác nhau.
admin-merge-stopped = Việc hợp nhất vào { $organization } đã dừng lại: vẫn còn dữ liệu tham chiếu đến bản trùng lặp. Không có gì bị thay đổi.
admin-no-such-organization = Tổ chức này không có trong danh bạ.
admin-merge-partnership = “{ $title }” (quan hệ đối tác { $id })
admin-merge-partners = Hai tổ chức này là đối tác của nhau trong { $partnerships }: nếu hợp nhất, tổ chức sẽ trở thành đối tác của chính mình. Hãy kết thúc quan hệ đối tác đó hoặc sửa lại các bên đối tác trước.

## Chủ đề
admin-topics-title = Danh mục chủ đề
admin-loading-topics = Đang tải chủ đề…
admin-topic-name-of = Tên của chủ đề { $code }
admin-rename = Đổi tên
admin-new-topic = Chủ đề mới
admin-add-topic = Thêm chủ đề

## Hộp thư đi
admin-outbox-title = Hộp thư đi
admin-outbox-lead = Mọi thư trang web gửi đi, kèm tình trạng của từng thư. Khi không có máy chủ thư, thư được lưu ở đây thay vì gửi đi; thư chứa liên kết riêng tư (đặt lại mật khẩu, xác nhận) chỉ hiển thị cho người nhận, trên trang tài khoản của họ.
admin-outbox-empty = Hộp thư đi trống.
admin-outbox-when = { $date }, { $time } UTC
admin-outbox-kept = Lưu trong ứng dụng (không có máy chủ thư)
admin-outbox-retrying = Đang chờ gửi lại (đã thử { $attempts } lần)
admin-outbox-waiting = Đang chờ
admin-outbox-sending = Đang gửi
admin-outbox-sent = Đã gửi
admin-outbox-sent-at = Đã gửi lúc { $when }
admin-outbox-failed = Thất bại sau { $attempts } lần thử
admin-outbox-files = Kèm theo { $files }
admin-outbox-to = Gửi { $recipient } · viết lúc { $when }
admin-outbox-why = Lý do: { $error }
admin-outbox-send-again = Gửi lại
admin-outbox-not-failed = Chỉ có thể gửi lại thư bị thất bại; thư này không (còn) ở tình trạng đó.

## Nhật ký kiểm tra
admin-audit-title = Nhật ký kiểm tra
admin-audit-lead = Cấp và thu hồi vai trò, quyết định về tư cách thành viên, tư cách thành viên mạng lưới, vô hiệu hóa và hợp nhất: ai đã làm gì, và khi nào (UTC).
admin-audit-filter-label = Lọc nhật ký kiểm tra
admin-audit-action = Hành động
admin-audit-all-actions = Tất cả hành động
admin-audit-who-field = Ai (tên hoặc email)
admin-audit-on = Đối với ai hoặc cái gì
admin-audit-from = Từ ngày
admin-audit-to = Đến ngày
admin-audit-filter = Lọc
admin-audit-loading = Đang tải nhật ký kiểm tra…
admin-audit-none = Không có bản ghi nào phù hợp.
admin-audit-newest = { $count } mục mới nhất (tải CSV để xem thêm)
admin-audit-count = { $count } mục
admin-audit-download = Tải về dạng CSV
admin-audit-caption = Nhật ký kiểm tra, mới nhất trước
admin-audit-when = Thời gian
admin-audit-csv-when = Thời gian (UTC)
admin-audit-who = Ai
admin-audit-what = Việc gì
admin-audit-details = Chi tiết
admin-audit-at = { $date }, { $time }
admin-audit-choose-action = Hãy chọn một hành động trong danh sách.
admin-audit-date-format = Nhập ngày theo dạng YYYY-MM-DD.
admin-audit-dates-reversed = Ngày cuối không thể trước ngày đầu.
