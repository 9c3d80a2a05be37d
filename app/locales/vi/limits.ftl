## Từ chối khi ai đó làm một việc quá thường xuyên. $wait là một trong các văn bản limits-wait-*.
limits-wait-seconds = { $count ->
   *[other] { $count } giây
}
limits-wait-minutes = { $count ->
   *[other] { $count } phút
}
limits-wait-hours = { $count ->
   *[other] { $count } giờ
}
limits-attempts = Có quá nhiều lần thử từ mạng của bạn. Vui lòng đợi { $wait } rồi thử lại.
limits-failed-sign-ins = Tài khoản này đã đăng nhập sai quá nhiều lần. Hãy thử lại sau { $wait }, hoặc đặt lại mật khẩu để đăng nhập ngay.
limits-reset-requests = Liên kết đặt lại cho email này đã được gửi nhiều lần. Vui lòng kiểm tra hộp thư đến (và thư mục thư rác), hoặc yêu cầu lại sau { $wait }.
limits-registrations-address = Có quá nhiều lượt đăng ký từ mạng này. Vui lòng thử lại sau { $wait }.
limits-registrations-email = Có quá nhiều lượt đăng ký cho email này. Vui lòng thử lại sau { $wait }.
limits-resends-address = Mạng này đã yêu cầu quá nhiều liên kết xác nhận. Vui lòng thử lại sau { $wait }.
limits-resends-email = Liên kết đã được gửi nhiều lần đến email này. Vui lòng kiểm tra hộp thư đến (và thư mục thư rác), hoặc yêu cầu lại sau { $wait }.
limits-contact-messages = Có quá nhiều tin nhắn từ mạng này. Vui lòng thử lại sau { $wait }, hoặc gửi email cho Ban Thư ký.
limits-votes-attendee = Bạn đang bỏ phiếu quá nhanh. Hãy đợi vài giây rồi chạm lại; phiếu được tính gần nhất của bạn vẫn giữ nguyên.
limits-votes-address = Hiện có quá nhiều phiếu từ mạng này. Hãy đợi { $wait } rồi chạm lại; phiếu được tính gần nhất của bạn vẫn giữ nguyên.
