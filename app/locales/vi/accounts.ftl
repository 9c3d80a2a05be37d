## Tài khoản: đăng ký, đăng nhập, trang tài khoản, đặt lại mật khẩu, xác nhận và đổi địa chỉ
## email, xóa tài khoản, hộp thư thử nghiệm, vai trò, và các email gửi đi.

accounts-sign-in = Đăng nhập
accounts-sign-out = Đăng xuất
accounts-sign-out-everywhere = Đăng xuất khỏi mọi phiên
accounts-sign-up-title = Tạo tài khoản
accounts-sign-up-lead = Thành viên có thể ghi danh các khóa đào tạo, tham gia tổ chức của mình và góp phần vào hoạt động của mạng lưới.
accounts-check-email = Hãy kiểm tra email của bạn
accounts-sign-up-sent = Chúng tôi đã gửi một đường liên kết đến { $email }. Hãy mở liên kết để xác nhận địa chỉ, sau đó đăng nhập.
accounts-your-name = Tên của bạn
accounts-name = Tên
accounts-email = Email
accounts-password = Mật khẩu
accounts-password-hint = Ít nhất { $min } ký tự.
accounts-create-account = Tạo tài khoản
accounts-already-member = Đã là thành viên?
accounts-new-here = Lần đầu đến đây?
accounts-forgot-link = Quên mật khẩu?
accounts-your-account = Tài khoản của bạn
accounts-loading = Đang tải tài khoản của bạn…
accounts-not-signed-in = Bạn chưa đăng nhập.
accounts-roles = Vai trò
accounts-organizations-you-manage = Các tổ chức bạn quản lý
accounts-edit-profile = Sửa hồ sơ
accounts-administration = Quản trị
accounts-change-password-title = Đổi mật khẩu
accounts-change-password-lead = Các phiên đăng nhập khác của bạn sẽ kết thúc khi mật khẩu thay đổi.
accounts-password-changed = Mật khẩu của bạn đã được thay đổi.
accounts-current-password = Mật khẩu hiện tại
accounts-new-password = Mật khẩu mới
accounts-change-password-button = Đổi mật khẩu
accounts-save-name = Lưu tên
accounts-delete-title = Xóa tài khoản của bạn
accounts-delete-text = Tên, địa chỉ email và mật khẩu của bạn sẽ bị xóa, và bạn rời khỏi các tổ chức của mình. Những gì bạn đã viết vẫn ở lại trên nền tảng dưới tên "Former member" (Cựu thành viên). Không thể hoàn tác thao tác này.
accounts-your-password = Mật khẩu của bạn
accounts-delete-button = Xóa tài khoản của tôi

## Kiểm tra dữ liệu và từ chối
accounts-email-too-long = Địa chỉ email có tối đa { $max } ký tự.
accounts-password-too-short = Hãy dùng ít nhất { $min } ký tự; một câu ngắn sẽ dễ nhớ.
accounts-password-too-long = Hãy dùng tối đa { $max } ký tự.
accounts-email-required = Vui lòng nhập địa chỉ email của bạn.
accounts-email-invalid = Đây có vẻ không phải là địa chỉ email (ví dụ: ten@congtynuoc.vn).
accounts-name-required = Vui lòng nhập tên của bạn.
accounts-name-too-long = Vui lòng giữ tên của bạn dưới { $max } ký tự.
accounts-sign-in-failed = Email và mật khẩu này không khớp với tài khoản nào.
accounts-deactivated = Tài khoản này đã bị vô hiệu hóa. Vui lòng liên hệ Ban Thư ký.
accounts-not-current-password = Đây không phải là mật khẩu hiện tại của bạn.
accounts-not-your-password = Đây không phải là mật khẩu của bạn.
accounts-cannot-deactivate-self = Bạn không thể vô hiệu hóa tài khoản của chính mình; hãy nhờ một quản trị viên khác.
accounts-no-such-account = Tài khoản này không tồn tại.
accounts-deleted-cannot-reactivate = Tài khoản này đã bị chủ sở hữu xóa; không thể kích hoạt lại.
accounts-confirm-link-invalid = Liên kết xác nhận này đã hết hạn hoặc đã được sử dụng. Hãy đăng nhập và yêu cầu liên kết mới trên trang tài khoản của bạn.
accounts-address-taken = Hiện đã có một tài khoản khác dùng địa chỉ email này, nên địa chỉ của bạn được giữ nguyên.
accounts-already-confirmed = Địa chỉ email của bạn đã được xác nhận.
accounts-same-email = Đây đã là địa chỉ email của bạn.
accounts-reset-link-invalid = Liên kết đặt lại này đã hết hạn hoặc đã được sử dụng. Vui lòng yêu cầu liên kết mới.

## Xác nhận và đổi địa chỉ email
accounts-confirm-title = Xác nhận địa chỉ email của bạn
accounts-confirmed = Địa chỉ email của bạn đã được xác nhận.
accounts-confirm-press = Nhấn nút để xác nhận địa chỉ email của bạn.
accounts-confirm-button = Xác nhận địa chỉ email của tôi
accounts-not-confirmed-yet = Địa chỉ email của bạn chưa được xác nhận
accounts-not-confirmed-text = Chúng tôi đã gửi một liên kết đến { $email }. Cho đến khi bạn mở liên kết, tài khoản của bạn chưa thể tham gia: không đăng ký, không xem nội dung dành cho thành viên, không có vai trò.
accounts-link-resent = Một liên kết mới đang được gửi đến { $email }. Các liên kết cũ không còn hiệu lực.
accounts-resend-button = Gửi lại liên kết
accounts-change-email-title = Đổi địa chỉ email
accounts-change-email-lead = Chúng tôi gửi một liên kết đến địa chỉ mới; địa chỉ mới sẽ thay thế địa chỉ cũ khi bạn mở liên kết.
accounts-change-email-sent = Chúng tôi đã gửi một liên kết đến { $email }. Hãy mở liên kết để xác nhận địa chỉ mới.
accounts-new-email = Địa chỉ email mới
accounts-change-email-button = Đổi địa chỉ email

## Đặt lại mật khẩu
accounts-forgot-title = Đặt lại mật khẩu
accounts-forgot-lead = Nhập email của tài khoản, chúng tôi sẽ gửi cho bạn một liên kết để chọn mật khẩu mới.
accounts-forgot-send = Gửi liên kết
accounts-back-to-sign-in = Quay lại đăng nhập
accounts-forgot-sent = Nếu có tài khoản dùng email này, một liên kết để đặt lại mật khẩu đang được gửi đến. Liên kết có hiệu lực trong một giờ.
accounts-reset-title = Chọn mật khẩu mới
accounts-reset-save = Lưu mật khẩu mới
accounts-reset-new-link = Yêu cầu liên kết mới
accounts-reset-done = Mật khẩu của bạn đã được thay đổi và mọi phiên đăng nhập của tài khoản đã kết thúc.

## Hộp thư thử nghiệm
accounts-inbox-title = Thư của bạn
accounts-inbox-lead = Trang này không có máy chủ thư, nên các thư lẽ ra được gửi cho bạn qua email được lưu ở đây, chỉ mình bạn xem được.
accounts-inbox-empty = Chưa có thư nào.
accounts-inbox-when = { $date }, { $time } UTC

## Vai trò
accounts-role-secretariat-admin = Quản trị viên Ban Thư ký
accounts-role-facilitator = Điều phối viên
accounts-role-trainer = Giảng viên
accounts-role-juror = Giám khảo
accounts-role-member = Thành viên

## Nhật ký kiểm tra
accounts-audit-role-granted = Cấp vai trò
accounts-audit-role-revoked = Thu hồi vai trò
accounts-audit-membership-approved = Chấp thuận tư cách thành viên
accounts-audit-membership-refused = Từ chối tư cách thành viên
accounts-audit-membership-ended = Kết thúc tư cách thành viên
accounts-audit-network-membership-changed = Thay đổi tư cách thành viên mạng lưới
accounts-audit-account-deactivated = Vô hiệu hóa tài khoản
accounts-audit-account-reactivated = Kích hoạt lại tài khoản
accounts-audit-account-deleted = Xóa tài khoản
accounts-audit-organizations-merged = Hợp nhất tổ chức
accounts-audit-joined-network = Được kết nạp làm thành viên mạng lưới
accounts-audit-left-network = Không còn là thành viên mạng lưới
accounts-audit-removed-by-secretariat = Bị Ban Thư ký gỡ khỏi tổ chức

## Email
accounts-mail-welcome-subject = Xác nhận địa chỉ email của bạn cho WaterLinks Hub
accounts-mail-welcome-text = Cảm ơn bạn đã tạo tài khoản trên WaterLinks Hub. Vui lòng xác nhận địa chỉ này là của bạn: tài khoản của bạn bắt đầu hoạt động khi địa chỉ được xác nhận.
accounts-mail-welcome-lifetime = Liên kết có hiệu lực trong { $hours } giờ và chỉ dùng được một lần. Nếu bạn không tạo tài khoản, hãy bỏ qua thư này: sẽ không có gì xảy ra nếu liên kết không được mở.
accounts-mail-change-subject = Xác nhận địa chỉ email mới của bạn cho WaterLinks Hub
accounts-mail-change-text = Bạn đã yêu cầu dùng địa chỉ này cho tài khoản WaterLinks Hub của mình. Địa chỉ này sẽ thay thế địa chỉ cũ khi bạn xác nhận.
accounts-mail-change-button = Xác nhận địa chỉ email mới của tôi
accounts-mail-change-lifetime = Liên kết có hiệu lực trong { $hours } giờ và chỉ dùng được một lần. Nếu bạn không yêu cầu việc này, hãy bỏ qua thư này: tài khoản vẫn giữ địa chỉ cũ.
accounts-mail-notice-subject = Địa chỉ email WaterLinks Hub của bạn sắp thay đổi
accounts-mail-notice-text = Một người đã đăng nhập vào tài khoản WaterLinks Hub của bạn yêu cầu dùng { $email } thay cho địa chỉ này. Thay đổi chỉ có hiệu lực khi liên kết gửi đến địa chỉ đó được mở.
accounts-mail-notice-button = Xem lại tài khoản của bạn
accounts-mail-notice-warning = Nếu đó không phải là bạn, hãy đổi mật khẩu ngay và liên hệ Ban Thư ký.
accounts-mail-already-subject = Bạn đã có tài khoản WaterLinks Hub
accounts-mail-already-text = Có người (chúng tôi mong là bạn) đã thử tạo tài khoản WaterLinks Hub bằng địa chỉ email này, trong khi địa chỉ này đã có tài khoản. Không có tài khoản mới nào được tạo.
accounts-mail-already-forgot = Quên mật khẩu? Hãy chọn mật khẩu mới tại đây: { $link }
accounts-mail-reset-subject = Đặt lại mật khẩu WaterLinks Hub của bạn
accounts-mail-reset-text = Có người (chúng tôi mong là bạn) đã yêu cầu đặt lại mật khẩu tài khoản WaterLinks Hub của bạn.
accounts-mail-reset-button = Chọn mật khẩu mới trong vòng { $minutes } phút
accounts-mail-reset-ignore = Nếu bạn không yêu cầu việc này, hãy bỏ qua thư này: mật khẩu của bạn vẫn giữ nguyên.
accounts-mail-unknown-text = Có người (chúng tôi mong là bạn) đã yêu cầu đặt lại mật khẩu của một tài khoản WaterLinks Hub với địa chỉ email này, nhưng không có tài khoản nào dùng địa chỉ này.
accounts-mail-unknown-other = Nếu bạn có tài khoản với một địa chỉ khác, hãy yêu cầu liên kết tại địa chỉ đó. Nếu bạn không yêu cầu việc này, hãy bỏ qua thư này.
