## Diễn đàn thường niên: đăng ký, danh sách chờ, thẻ đại biểu, check-in, chương trình, các trang
## của Ban Thư ký và email gửi người đăng ký.

forum-page-title = Diễn đàn thường niên
forum-loading = Đang tải…
forum-no-edition = Chưa có kỳ Diễn đàn nào được mở.
forum-dates-span = { $first } – { $last }
forum-dates-venue = { $dates }, { $venue }
forum-awards-link = Giải thưởng Diễn đàn: các đề cử, bình chọn của khán giả và những đơn vị đoạt giải
forum-offline-banner = Bạn đang ngoại tuyến. Các trang bạn đã mở trước đó vẫn dùng được; những gì cần mạng sẽ chờ đến khi có mạng trở lại.

forum-window-not-open = Đăng ký mở vào ngày { $date }.
forum-window-closed = Đăng ký đã đóng vào ngày { $date }.
forum-window-open = { $count ->
   *[other] Đăng ký mở đến ngày { $date }: còn { $count } chỗ.
}
forum-window-full = Đăng ký mở đến ngày { $date }, nhưng Diễn đàn đã đủ chỗ: bạn có thể vào danh sách chờ.

forum-agenda = Chương trình
forum-agenda-times = Giờ được tính theo múi giờ { $zone }.
forum-agenda-sign-in = Đăng nhập để đánh dấu sao các phiên vào chương trình của riêng bạn.
forum-my-agenda = Chương trình của tôi
forum-my-agenda-empty = Đánh dấu sao các phiên bên dưới để lập chương trình của bạn.
forum-my-agenda-item = { $when } · { $title } ({ $room })
forum-session-when = { $day }, { $starts }–{ $ends }
forum-star = ☆ Thêm vào chương trình của tôi
forum-starred = ★ Đã có trong chương trình của tôi

forum-register = Đăng ký
forum-registering = Đang đăng ký…
forum-thank-you = Cảm ơn bạn
forum-open-my-badge = Mở thẻ đại biểu của tôi
forum-field-name = Họ tên (như in trên thẻ đại biểu)
forum-field-email = Email
forum-field-organization = Đơn vị công tác
forum-field-attendee-type = Tôi tham dự với tư cách
forum-choose = Chọn…
forum-yes = Có
forum-no = Không
forum-question-optional = { $question } (không bắt buộc)
forum-resend = Gửi lại email xác nhận
forum-resend-sent = Đã gửi. Vui lòng kiểm tra hộp thư đến (và cả thư mục thư rác).

forum-attendee-utility = Công ty cấp nước
forum-attendee-development-partner = Đối tác phát triển
forum-attendee-knowledge-partner = Đối tác tri thức
forum-attendee-media = Báo chí
forum-attendee-secretariat = Ban Thư ký

forum-status-unconfirmed = Chưa xác nhận email
forum-status-pending = Đang chờ phê duyệt
forum-status-registered = Đã đăng ký
forum-status-waitlisted = Trong danh sách chờ
forum-status-rejected = Bị từ chối
forum-status-cancelled = Đã hủy

forum-name-required = Vui lòng nhập họ tên như sẽ in trên thẻ đại biểu.
forum-name-too-long = Vui lòng nhập họ tên không quá { $max } ký tự.
forum-email-required = Vui lòng nhập địa chỉ email: thư xác nhận sẽ được gửi đến đó.
forum-email-invalid = Đây có vẻ không phải là địa chỉ email (ví dụ: ten@congtycapnuoc.vn).
forum-organization-required = Vui lòng nhập đơn vị công tác.
forum-organization-too-long = Vui lòng nhập tên đơn vị không quá { $max } ký tự.
forum-attendee-type-required = Vui lòng chọn tư cách tham dự của bạn.
forum-answer-required = Vui lòng trả lời câu hỏi “{ $question }”.
forum-answer-too-long = Vui lòng trả lời không quá { $max } ký tự.
forum-answer-choose = Vui lòng chọn một trong các phương án: { $options }.

forum-register-not-open = Đăng ký tham dự { $edition } sẽ mở vào ngày { $date }.
forum-register-closed = Đăng ký tham dự { $edition } đã đóng vào ngày { $date }.
forum-declined-before = Một đăng ký tham dự { $edition } bằng email này đã bị từ chối. Vui lòng liên hệ Ban Thư ký.
forum-duplicate = Email này đã được đăng ký tham dự { $edition }. Nếu bạn chưa nhận được email xác nhận, chúng tôi có thể gửi lại.
forum-link-invalid = Đường dẫn xác nhận này đã được sử dụng hoặc đã được thay bằng đường dẫn mới hơn. Nếu bạn đã đăng ký, hãy xem đường dẫn đến thẻ đại biểu trong email mới nhất, hoặc yêu cầu gửi lại email xác nhận.
forum-unknown-personal-code = Mã cá nhân này không hợp lệ. Hãy dùng đường dẫn hoặc mã trong email đăng ký mới nhất của bạn (email mới hơn sẽ thay thế các mã cũ).

forum-registered-unconfirmed = Sắp xong rồi: chúng tôi đã gửi đường dẫn xác nhận đến { $email }. Đăng ký tham dự { $edition } của bạn chỉ có hiệu lực khi bạn mở đường dẫn đó.
forum-registered-pending = Đăng ký của bạn đã được xác nhận và đang chờ Ban Thư ký phê duyệt; chúng tôi sẽ gửi email báo kết quả cho bạn.
forum-registered-registered = Bạn đã đăng ký tham dự { $edition }. Thẻ đại biểu của bạn đã sẵn sàng.
forum-registered-waitlisted = { $edition } đã đủ chỗ, nên bạn được đưa vào danh sách chờ. Chúng tôi sẽ gửi email cho bạn ngay khi có chỗ trống.

forum-personal-code = Mã cá nhân của bạn
forum-personal-code-text = Hãy giữ mã này cho riêng mình: mã cho phép bạn bình chọn giải thưởng Diễn đàn và hủy đăng ký, và không được in trên thẻ đại biểu. Chúng tôi cũng đã gửi mã này qua email cho bạn.
forum-my-voting-link = Đường dẫn bình chọn của tôi

forum-confirm-title = Xác nhận đăng ký tham dự Diễn đàn
forum-confirm-heading = Xác nhận đăng ký
forum-email-confirmed = Email đã được xác nhận
forum-confirm-text = Nhấn nút để xác nhận địa chỉ email và hoàn tất đăng ký.
forum-confirm-button = Xác nhận đăng ký của tôi

forum-badge-title = Thẻ đại biểu Diễn đàn
forum-badge-event = { $edition } · { $dates }
forum-badge-code = Mã { $code }
forum-badge-qr-label = Mã QR của thẻ đại biểu
forum-badge-not-admitted = Trạng thái: { $status }. Chỉ những đại biểu đã đăng ký mới được check-in.
forum-badge-not-valid-yet = Trạng thái: { $status }. Chưa thể dùng để check-in.
forum-badge-pdf-title = Thẻ đại biểu: { $name } - { $edition }
forum-badge-print = In thẻ đại biểu
forum-badge-download-pdf = Tải thẻ đại biểu (PDF)
forum-badge-pdf-none = Không có thẻ đại biểu nào với mã này.
forum-badge-personal-links = Để bình chọn giải thưởng Diễn đàn hoặc hủy đăng ký, hãy dùng các đường dẫn cá nhân trong email đăng ký: chúng không có trên thẻ đại biểu.
forum-no-badge = Không có thẻ đại biểu
forum-no-badge-text = Chưa có thẻ đại biểu nào với mã này. Nếu bạn đăng ký với tư cách khách, hãy xác nhận email trước bằng đường dẫn chúng tôi đã gửi.
forum-badge-cancelled = Đăng ký này đã bị hủy nên thẻ đại biểu không còn hiệu lực. Nếu cuối cùng bạn vẫn có thể tham dự, hãy đăng ký lại trên trang Diễn đàn.
forum-badge-declined = Đăng ký này đã bị từ chối nên không có thẻ đại biểu. Vui lòng liên hệ Ban Thư ký.

forum-cancel-title = Hủy đăng ký tham dự Diễn đàn
forum-cancel-heading = Hủy đăng ký
forum-cancel-whose = { $name }: đăng ký tham dự { $edition } của bạn.
forum-cancel-text = Khi bạn hủy, chỗ của bạn sẽ dành cho người tiếp theo trong danh sách chờ. Các phiếu bình chọn giải thưởng bạn đã bỏ sẽ không còn được tính.
forum-cancel-button = Hủy đăng ký của tôi
forum-cancelled = Đăng ký của bạn đã được hủy
forum-cancelled-text = Chỗ của bạn được chuyển cho người tiếp theo trong danh sách chờ, và các phiếu bình chọn giải thưởng bạn đã bỏ không còn được tính. Bạn vẫn có thể đăng ký lại khi đăng ký còn mở.
forum-cancel-already-ended = Đăng ký này đã bị hủy hoặc đã bị từ chối.

forum-checkin-title = Check-in Diễn đàn
forum-checkin-heading = Check-in
forum-checkin-count = Đã check-in { $checked_in } / { $registered } người đăng ký
forum-checkin-code = Mã thẻ đại biểu
forum-checkin-code-hint = Nhập mã in bên dưới mã QR, hoặc quét mã bằng camera hay máy quét có chức năng nhập mã.
forum-checkin-button = Check-in
forum-checkin-done = Đã check-in: { $name } ({ $organization })
forum-checkin-already = Đã check-in lúc { $time } ({ $zone }): { $name } ({ $organization }).
forum-checkin-twice = Check-in hai lần: lúc { $earlier } và lúc { $later } ({ $zone }); giữ lại giờ sớm hơn: { $name } ({ $organization }).
forum-checkin-not-admitted = Không thể check-in cho { $name } ({ $organization }): { $status }.
forum-checkin-changed = Chưa thể check-in cho { $name } ({ $organization }) lúc này: đăng ký vừa thay đổi.
forum-unknown-code = Không có đăng ký nào với mã này.
forum-bad-seen-at = Giờ check-in do quầy gửi lên không đáng tin cậy (cũ hơn ba ngày, hoặc sớm hơn đồng hồ của máy chủ). Hãy kiểm tra đồng hồ của quầy và check-in lại thẻ.
forum-queue-title = Đang chờ đồng bộ
forum-queue-text = Các lượt check-in này được thực hiện khi không có mạng. Chúng sẽ được gửi đi, kèm giờ thực hiện, ngay khi có mạng trở lại.
forum-desk-empty-code = Hãy nhập hoặc quét mã thẻ đại biểu.
forum-desk-queued = Không có mạng: { $code } đang chờ đồng bộ (quét lúc { $time }).
forum-desk-waiting = { $code } quét lúc { $time }: đang chờ đồng bộ
forum-desk-synced = Đã đồng bộ: { $name } ({ $organization }), check-in lúc { $time }
forum-desk-sync-problem = Đã đồng bộ, nhưng có vấn đề: { $problem }
forum-scan-start = Quét thẻ đại biểu bằng camera
forum-scan-stop = Tắt camera
forum-scan-preview = Hình ảnh từ camera: hãy giữ mã QR của thẻ trong khung hình
forum-scan-looking = Đang tìm mã QR…
forum-scan-none = Không đọc được mã QR nào. Hãy thử lại, hoặc nhập mã.
forum-scan-no-camera = Không thể dùng camera (quyền bị từ chối hoặc không có camera). Hãy nhập mã thay thế.

forum-admin-title = Người đăng ký Diễn đàn
forum-admin-desk-link = Quầy check-in
forum-filter-all = Tất cả
forum-filter = Lọc
forum-export-csv = Xuất CSV
forum-export-xlsx = Xuất XLSX
forum-registrant-count = { $count ->
   *[other] { $count } người đăng ký
}
forum-column-name = Họ tên
forum-column-email = Email
forum-column-organization = Đơn vị
forum-column-attendee-type = Tư cách tham dự
forum-column-type = Tư cách
forum-column-status = Trạng thái
forum-column-registered-on = Ngày đăng ký
forum-column-checked-in = Đã check-in
forum-column-badge-code = Mã thẻ đại biểu
forum-column-answers = Câu trả lời
forum-column-id = Mã số
forum-column-actions = Thao tác
forum-sheet-name = Người đăng ký
forum-checked-in-at = { $day }, { $time }
forum-answer-line = { $question }: { $answer }
forum-removed-question = (câu hỏi đã bị xóa)
forum-admin-badge-link = Thẻ đại biểu (xem hoặc in lại)
forum-approve = Phê duyệt
forum-reject = Từ chối
forum-unknown-status = Trạng thái không xác định.
forum-unknown-attendee-type = Tư cách tham dự không xác định.
forum-unknown-decision = Hãy chọn phê duyệt, từ chối hoặc hủy.
forum-no-such-registration = Không có đăng ký này.
forum-approve-not-pending = Chỉ có thể phê duyệt các đăng ký đang chờ phê duyệt; đăng ký này đang ở trạng thái: { $status }.
forum-decision-already = Đăng ký này đã ở trạng thái: { $status }.

forum-question-add-title = Thêm câu hỏi đăng ký
forum-question-prompt = Câu hỏi
forum-question-kind = Loại
forum-question-kind-text = Văn bản
forum-question-kind-choice = Chọn một phương án
forum-question-kind-yes-no = Có / không
forum-question-choices = Các phương án (cho câu hỏi chọn một; mỗi dòng một phương án)
forum-question-required = Bắt buộc
forum-question-shown-if = Chỉ hỏi khi câu hỏi số… (không bắt buộc)
forum-question-shown-if-answer = …được trả lời là (không bắt buộc)
forum-question-add = Thêm câu hỏi
forum-added = Đã thêm.
forum-question-prompt-invalid = Vui lòng viết câu hỏi (tối đa 300 ký tự).
forum-question-kind-invalid = Vui lòng chọn văn bản, chọn một phương án hoặc có/không.
forum-question-choices-too-few = Câu hỏi chọn một cần ít nhất hai phương án, mỗi dòng một phương án.
forum-question-parent-unknown = Hãy chọn một câu hỏi của biểu mẫu này.
forum-question-parent-answer-unknown = Hãy chọn một trong các câu trả lời của câu hỏi đó: { $options }.
forum-question-parent-answer-missing = Câu trả lời nào sẽ làm hiện câu hỏi này?

forum-edition-heading = Kỳ Diễn đàn
forum-edition-intro = Lưu với một năm mới sẽ tạo kỳ Diễn đàn của năm đó, và kỳ này sẽ bắt đầu nhận đăng ký.
forum-edition-year = Năm
forum-edition-capacity = Số chỗ
forum-edition-title = Tên kỳ Diễn đàn
forum-edition-venue = Địa điểm
forum-edition-venue-hint = Tòa nhà và thành phố.
forum-edition-time-zone = Múi giờ tại địa điểm
forum-edition-first-day = Ngày đầu tiên
forum-edition-last-day = Ngày cuối cùng
forum-edition-opens = Ngày mở đăng ký
forum-edition-closes = Ngày đóng đăng ký
forum-edition-closes-hint = Vào cuối ngày này, theo giờ tại địa điểm.
forum-edition-needs-approval = Ban Thư ký phê duyệt từng đăng ký
forum-edition-save = Lưu kỳ Diễn đàn
forum-saved = Đã lưu.
forum-edition-day-invalid = Nhập ngày theo dạng YYYY-MM-DD, trong khoảng từ năm 2000 đến 2100.
forum-edition-year-invalid = Nhập năm của Diễn đàn, ví dụ 2027.
forum-edition-title-required = Nhập tên kỳ Diễn đàn.
forum-edition-title-too-long = Vui lòng rút gọn tên kỳ Diễn đàn xuống còn { $max } ký tự.
forum-edition-venue-required = Nhập địa điểm và thành phố.
forum-edition-venue-too-long = Vui lòng rút gọn địa điểm và thành phố xuống còn { $max } ký tự.
forum-edition-time-zone-invalid = Hãy chọn múi giờ tại địa điểm trong danh sách.
forum-edition-ends-before-start = Diễn đàn phải kết thúc vào hoặc sau ngày đầu tiên.
forum-edition-too-long = Một kỳ Diễn đàn kéo dài tối đa hai tuần; hãy kiểm tra lại các ngày.
forum-edition-start-outside-year = Ngày đầu tiên phải thuộc năm của kỳ Diễn đàn.
forum-edition-capacity-invalid = Nhập số người địa điểm có thể chứa, từ 1 đến { $max }.
forum-edition-closes-before-opening = Ngày đóng đăng ký phải sau ngày mở đăng ký.
forum-edition-closes-after-end = Đăng ký phải đóng muộn nhất vào ngày cuối cùng của Diễn đàn.
forum-edition-day-missing-at-venue = Ngày này không tồn tại theo giờ tại địa điểm.
forum-edition-capacity-below-registered = { $count ->
   *[other] Đã có { $count } người đăng ký: không thể giảm số chỗ xuống thấp hơn. Hãy hủy bớt đăng ký trước.
}

forum-session-add-title = Thêm một phiên vào chương trình
forum-session-title = Tên phiên
forum-session-day = Ngày
forum-session-starts = Bắt đầu (giờ tại địa điểm)
forum-session-ends = Kết thúc (giờ tại địa điểm)
forum-session-room = Phòng
forum-session-speakers = Diễn giả
forum-session-topic = Chủ đề
forum-session-add = Thêm phiên
forum-session-added = Đã thêm vào chương trình.
forum-no-such-session = Không có phiên này.
forum-session-title-required = Nhập tên phiên.
forum-session-day-outside = Hãy chọn một ngày diễn ra Diễn đàn, từ { $first } đến { $last }.
forum-session-room-required = Nhập phòng.
forum-session-room-too-long = Vui lòng rút gọn tên phòng xuống còn { $max } ký tự.
forum-session-speakers-too-long = Vui lòng rút gọn danh sách diễn giả xuống còn { $max } ký tự.
forum-session-topic-too-long = Vui lòng rút gọn chủ đề xuống còn { $max } ký tự.

## Email gửi người đăng ký, bằng ngôn ngữ họ đã dùng khi đăng ký.

forum-subject-unconfirmed = Xác nhận đăng ký tham dự { $edition }
forum-subject-pending = Đăng ký tham dự { $edition } của bạn đang chờ phê duyệt
forum-subject-registered = Bạn đã đăng ký thành công { $edition }
forum-subject-waitlisted = Trong danh sách chờ: { $edition }
forum-subject-rejected = Đăng ký tham dự { $edition } của bạn
forum-subject-cancelled = Đã hủy đăng ký: { $edition }
forum-mail-confirm-text = Cảm ơn bạn đã đăng ký tham dự { $edition }. Vui lòng xác nhận địa chỉ email của bạn:
forum-mail-confirm-action = Xác nhận đăng ký của tôi
forum-mail-confirm-note = Đăng ký của bạn chỉ có hiệu lực sau khi được xác nhận. Nếu bạn không đăng ký, hãy bỏ qua thư này.
forum-mail-pending-text = Email của bạn đã được xác nhận. Ban Thư ký xem xét từng đăng ký cho kỳ Diễn đàn này và sẽ gửi email báo kết quả cho bạn.
forum-mail-your-registration = Đăng ký của bạn
forum-mail-registered-text = Chỗ của bạn tại { $edition } ({ $dates }, { $venue }) đã được xác nhận. Thẻ đại biểu của bạn, với mã QR được quét ở lối vào, nằm bên dưới và trên trang riêng của thẻ (chỉ cần mở một lần trên điện thoại là thẻ sẽ luôn hiển thị, kể cả khi không có mạng). Lịch Diễn đàn được đính kèm để bạn thêm vào lịch của mình.
forum-mail-open-badge = Mở thẻ đại biểu
forum-mail-waitlisted-text = { $edition } đã đủ chỗ, nên bạn được đưa vào danh sách chờ. Khi có chỗ trống, chỗ đó sẽ dành cho người tiếp theo đang chờ, và chúng tôi sẽ gửi email cho bạn ngay.
forum-mail-rejected-text = Rất tiếc: Ban Thư ký không thể chấp nhận đăng ký của bạn cho kỳ Diễn đàn này. Nếu có câu hỏi, vui lòng trả lời thư này để liên hệ Ban Thư ký.
forum-mail-the-forum = Diễn đàn
forum-mail-cancelled-text = Đăng ký của bạn đã được hủy. Bạn vẫn có thể đăng ký lại khi đăng ký còn mở.
forum-mail-register-again = Đăng ký lại
forum-mail-personal-code = Mã cá nhân của bạn là { $code }. Hãy giữ mã này cho riêng mình: khác với thẻ đại biểu, mã này cho phép bạn bình chọn và hủy đăng ký. Email mới hơn sẽ thay thế mã này.
forum-mail-vote-link = Bình chọn giải thưởng Diễn đàn (sau khi check-in): { $link }
forum-mail-cancel-link = Hủy đăng ký của bạn: { $link }
forum-mail-qr-alt = Mã QR của thẻ đại biểu { $edition }
forum-ics-description = Chương trình và đăng ký: { $link }
