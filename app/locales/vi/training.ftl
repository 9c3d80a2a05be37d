## Chương trình đào tạo: danh mục, trang chương trình, đăng ký, điểm danh, chứng chỉ và đánh giá.

training-format-in-person = Trực tiếp
training-format-online = Trực tuyến
training-format-hybrid = Kết hợp

training-completion-all = Hoàn thành khi tham dự tất cả các buổi học.
training-completion-at-least = { $count ->
   *[other] Hoàn thành khi tham dự ít nhất { $count } buổi học.
}

training-error-title-short = Vui lòng nhập tiêu đề (ít nhất { $min } ký tự).
training-error-title-long = Vui lòng rút gọn tiêu đề xuống { $max } ký tự.
training-error-description-short = Vui lòng nhập phần mô tả (ít nhất { $min } ký tự).
training-error-description-long = Vui lòng rút gọn phần mô tả xuống { $max } ký tự.
training-error-format = Hãy chọn trực tiếp, trực tuyến hoặc kết hợp.
training-error-venue = Chương trình diễn ra ở đâu? Hãy nhập địa điểm và thành phố.
training-error-link-needed = Hãy nhập đường dẫn cuộc họp, bắt đầu bằng https:// (cho chương trình trực tuyến và kết hợp).
training-error-venue-long = Vui lòng rút gọn địa điểm xuống { $max } ký tự.
training-error-link-web = Đường dẫn cuộc họp phải bắt đầu bằng https://.
training-error-link-long = Hãy nhập một đường dẫn dài tối đa { $max } ký tự, không có dấu cách.
training-error-language = Vui lòng chọn ngôn ngữ giảng dạy của chương trình trong danh sách.
training-error-capacity = Hãy nhập số chỗ, từ 1 đến { $max }.
training-error-min-sessions = Hãy nhập số buổi cần tham dự để hoàn thành chương trình (1 đến { $max }), hoặc để trống nếu cần tham dự tất cả.
training-error-time-zone = Hãy chọn múi giờ của địa điểm trong danh sách.
training-error-topic = Hãy chọn chủ đề chính của chương trình.
training-error-trainer-email = '{ $email }' không phải là địa chỉ email. Hãy ngăn cách email của các giảng viên bằng dấu phẩy.
training-error-session-title-long = Vui lòng rút gọn tiêu đề xuống { $max } ký tự.
training-error-session-date = Hãy nhập ngày theo dạng YYYY-MM-DD, trong khoảng từ năm 2000 đến 2100.
training-error-session-starts = Hãy nhập giờ bắt đầu theo dạng HH:MM (đồng hồ 24 giờ).
training-error-session-ends = Hãy nhập giờ kết thúc theo dạng HH:MM (đồng hồ 24 giờ).
training-error-session-order = Buổi học phải kết thúc sau khi bắt đầu.
training-error-rating = Hãy chọn mức đánh giá từ 1 đến 5.
training-error-comments-long = Vui lòng rút gọn nhận xét của bạn xuống { $max } ký tự.

training-question-relevance = Nội dung phù hợp với công việc của tôi
training-question-clarity = Giảng viên giải thích rõ ràng
training-question-usefulness = Tôi sẽ áp dụng những gì đã học tại công ty cấp nước của mình

training-catalogue-title = Đào tạo
training-catalogue-heading = Chương trình đào tạo
training-catalogue-lead = Các khóa học do cán bộ ngành nước tổ chức, dành cho cán bộ ngành nước: trực tiếp, trực tuyến hoặc kết hợp. Đăng ký, tham dự và nhận chứng chỉ.
training-new-program = Chương trình mới
training-filter-label = Lọc chương trình đào tạo
training-filter-all-topics = Tất cả chủ đề
training-format = Hình thức
training-filter-any-format = Mọi hình thức
training-filter-when = Thời gian
training-filter-upcoming = Sắp diễn ra và đang diễn ra
training-filter-past = Đã kết thúc
training-filter-all = Tất cả
training-filter-show = Xem chương trình
training-loading-programs = Đang tải chương trình…
training-loading = Đang tải…
training-no-programs = Không có chương trình nào phù hợp với bộ lọc này.
training-card-finished = Đã kết thúc
training-card-full = Đã hết chỗ: đăng ký vào danh sách chờ
training-places-left = { $count ->
   *[other] Còn { $count } chỗ
}
training-card-meta = { $count ->
   *[other] { $format } · { $count } buổi học
}
training-card-last-session = Buổi cuối: { $time }
training-card-next-session = Buổi tiếp theo: { $time }

training-new-title = Chương trình đào tạo mới
training-back-to-all = ← Tất cả chương trình
training-new-lead = Các buổi học được thêm trên trang của chương trình sau khi lưu.
training-field-title = Tiêu đề
training-field-description = Học viên sẽ học được gì
training-field-time-zone = Múi giờ của địa điểm
training-field-venue = Địa điểm
training-field-venue-hint = Tòa nhà và thành phố; dành cho chương trình trực tiếp và kết hợp.
training-field-link = Đường dẫn cuộc họp
training-field-link-hint = Dành cho chương trình trực tuyến và kết hợp; chỉ hiển thị cho người đã có chỗ.
training-field-capacity = Số chỗ
training-field-min-sessions = Số buổi cần tham dự để hoàn thành
training-field-min-sessions-hint = Để trống: tất cả các buổi.
training-field-topic = Chủ đề chính
training-field-topic-choose = Chọn chủ đề
training-field-topic2 = Chủ đề thứ hai (không bắt buộc)
training-field-topic2-none = Không có
training-field-trainers = Email của giảng viên
training-field-trainers-hint = Ngăn cách bằng dấu phẩy; mỗi người cần có tài khoản. Giảng viên là người điểm danh.
training-save-program = Lưu chương trình

training-certificate-check = Kiểm tra chứng chỉ
training-checking = Đang kiểm tra…
training-certificate-valid = Chứng chỉ hợp lệ
training-certificate-statement = { $count ->
   *[other] { $name } đã hoàn thành { $program } vào ngày { $date }, tham dự { $count } buổi học.
}
training-certificate-program-link = Về chương trình
training-certificate-code = Mã chứng chỉ { $code }
training-certificate-download = Tải chứng chỉ (PDF)
training-certificate-invalid = Không có chứng chỉ hợp lệ
training-certificate-invalid-text = Không có chứng chỉ hợp lệ nào với mã này. Hãy đối chiếu địa chỉ với chứng chỉ, hoặc hỏi giảng viên của chương trình.

training-no-such-program = Không có chương trình này.
training-evaluations = Đánh giá
training-evaluations-lead = { $responses } trong số { $completed } người hoàn thành chương trình đã trả lời.
training-evaluations-download = Tải kết quả đánh giá (CSV)
training-comments = Nhận xét
training-no-comments = Chưa có nhận xét nào.
training-rating-average = Trung bình { $average }/5
training-rating-none = Chưa có câu trả lời
training-rating-chart = { $question }: { $summary }. Số người chọn từng mức từ 1 đến 5: { $counts }
training-rating-scale = 1 = hoàn toàn không đồng ý, 5 = hoàn toàn đồng ý

training-not-found = Không có chương trình đào tạo nào mang số này.
training-places-taken = Đã có người đăng ký { $taken }/{ $capacity } chỗ
training-places-taken-waiting = Đã có người đăng ký { $taken }/{ $capacity } chỗ, { $waiting } người đang chờ
training-trainers = Giảng viên
training-completion = Điều kiện hoàn thành
training-sessions = Các buổi học
training-sessions-none = Lịch các buổi học sẽ được thông báo tại đây.
training-knowledge-products = Sản phẩm tri thức
training-add-to-calendar = Thêm vào lịch của tôi (.ics)
training-sign-in-to-enrol = Hãy đăng nhập hoặc tạo tài khoản để đăng ký.
training-sign-in = Đăng nhập
training-sign-up = Tạo tài khoản
training-you-completed = Bạn đã hoàn thành chương trình này.
training-download-your-certificate = Tải chứng chỉ của bạn (PDF)
training-verification-page = Trang xác minh
training-evaluation-thanks = Cảm ơn bạn đã gửi đánh giá.
training-you-have-a-place = Bạn đã có chỗ. Số buổi đã tham dự đến nay: { $attended }.
training-cancel-place = Hủy chỗ của tôi
training-waitlist-position = Chương trình đã hết chỗ. Bạn đứng thứ { $position } trong danh sách chờ; chúng tôi sẽ gửi email cho bạn khi có chỗ dành cho bạn.
training-on-waitlist = Bạn đang ở trong danh sách chờ.
training-leave-waitlist = Rời danh sách chờ
training-program-over = Chương trình này đã kết thúc.
training-all-places-taken = Tất cả các chỗ đã có người đăng ký. Hãy đăng ký để vào danh sách chờ: chỗ trống tiếp theo sẽ dành cho bạn, theo thứ tự.
training-join-waitlist = Vào danh sách chờ
training-enrol = Đăng ký
training-your-place = Chỗ của bạn
training-evaluation-heading = Chương trình thế nào?
training-evaluation-lead = Câu trả lời của bạn giúp ích cho giảng viên; chúng được chia sẻ mà không kèm tên bạn.
training-evaluation-comments = Nhận xét (không bắt buộc)
training-evaluation-send = Gửi đánh giá của tôi
training-staff-waitlisted = Đã thêm vào danh sách chờ; người này sẽ nhận được email khi có chỗ.
training-staff-enrolled = Đã đăng ký; người này sẽ nhận được email kèm thông tin chi tiết.
training-enrol-staff = Đăng ký cho nhân viên của bạn
training-staff-member = Nhân viên
training-enrol-staff-member = Đăng ký cho nhân viên
training-for-trainers = Dành cho giảng viên
training-enrolments-csv = Danh sách đăng ký (CSV)
training-attendance-csv = Điểm danh (CSV)
training-attendance = Điểm danh
training-no-enrolments = Chưa có ai đăng ký.
training-attendance-opens = Việc điểm danh bắt đầu khi buổi học đầu tiên bắt đầu.
training-add-session = Thêm buổi học
training-session-title = Tiêu đề (không bắt buộc)
training-session-day = Ngày
training-session-starts = Bắt đầu
training-session-ends = Kết thúc
training-session-times-hint = Giờ tại địa điểm ({ $zone }).
training-add-session-button = Thêm buổi học
training-participant = Học viên
training-status = Trạng thái
training-completed = Hoàn thành
training-present-label = Có mặt: { $name }, { $time }
training-present = Có mặt
training-mark-present = Đánh dấu có mặt
training-has-place = Đã có chỗ
training-waiting = Đang chờ
training-yes = Có

training-session-venue-time = { $weekday }, { $day }, { $starts }–{ $ends } ({ $zone }, UTC{ $offset })
training-session-your-time = Giờ của bạn: { $time } ({ $zone })
training-weekday-mon = Th 2
training-weekday-tue = Th 3
training-weekday-wed = Th 4
training-weekday-thu = Th 5
training-weekday-fri = Th 6
training-weekday-sat = Th 7
training-weekday-sun = CN

training-error-topics-listed = Hãy chọn chủ đề trong danh sách.
training-error-trainer-unknown = Không có ai có tài khoản với địa chỉ { $email }. Giảng viên cần có tài khoản trước.
training-error-not-a-trainer = { $email } chưa phải là giảng viên; quản trị viên Ban Thư ký sẽ cấp vai trò giảng viên.
training-error-clock-change = Thời điểm này không tồn tại đúng một lần tại địa điểm (do đổi giờ). Hãy chọn thời điểm khác.
training-evaluation-not-yet = Phần đánh giá sẽ mở sau khi bạn hoàn thành chương trình.
training-evaluation-already = Bạn đã gửi đánh giá rồi. Xin cảm ơn!
training-no-such-session = Không có buổi học này.
training-attendance-not-started = Buổi học này chưa bắt đầu; việc điểm danh sẽ mở khi buổi học bắt đầu.
training-attendance-not-enrolled = Người này chưa đăng ký chương trình này.
training-attendance-no-place = Chỉ người đã có chỗ mới được điểm danh; người này đang chờ hoặc đã hủy.
training-enrolment-closed = Chương trình này đã kết thúc; việc đăng ký đã đóng.
training-this-person = Người này
training-already-enrolled-you = Bạn đã đăng ký chương trình này rồi.
training-already-enrolled-other = { $name } đã đăng ký chương trình này rồi.
training-already-waitlisted-you = Bạn đã ở trong danh sách chờ của chương trình này rồi.
training-already-waitlisted-other = { $name } đã ở trong danh sách chờ của chương trình này rồi.
training-cancel-over = Chương trình này đã kết thúc nên không có gì để hủy.
training-cancel-not-enrolled = Bạn chưa đăng ký chương trình này.
training-cancel-completed = Bạn đã hoàn thành chương trình này nên không có gì để hủy.

training-mail-waitlisted-subject = Trong danh sách chờ: { $title }
training-mail-waitlisted = { $title } đã hết chỗ nên bạn được đưa vào danh sách chờ. Khi có chỗ trống, chỗ đó sẽ dành cho người chờ tiếp theo và chúng tôi sẽ gửi email cho bạn ngay.
training-mail-waitlisted-position = { $title } đã hết chỗ nên bạn được đưa vào danh sách chờ (số { $position }). Khi có chỗ trống, chỗ đó sẽ dành cho người chờ tiếp theo và chúng tôi sẽ gửi email cho bạn ngay.
training-mail-the-program = Chương trình
training-mail-enrolled-subject = Chỗ của bạn trong { $title } đã được xác nhận
training-mail-enrolled = Bạn đã có chỗ trong { $title }. Các buổi học, với giờ theo múi giờ của bạn và tệp lịch, có trên trang của chương trình:
training-mail-enrolled-cancel = Nếu bạn không thể tham dự, vui lòng hủy chỗ tại đó để người trong danh sách chờ có được chỗ của bạn.

training-certificate-withdrawn = Không có chứng chỉ hợp lệ: chứng chỉ mang mã này đã bị thu hồi vì việc điểm danh hoặc đăng ký dẫn đến chứng chỉ đã được điều chỉnh. Hãy hỏi giảng viên của chương trình.
training-certificate-none = Không có chứng chỉ nào mang mã này.
training-ics-summary = { $program }: { $session }
training-ics-calendar = Đào tạo WaterLinks Hub
training-bad-format = '{ $code }' không phải là hình thức của chương trình.
training-bad-when = '{ $value }' không phải là sắp diễn ra, đã kết thúc hay tất cả.

training-pdf-title = Chứng chỉ: { $name } - { $program }
training-pdf-heading = Chứng chỉ hoàn thành
training-pdf-certifies = Chứng nhận
training-pdf-completed = đã hoàn thành chương trình đào tạo
training-pdf-when = { $count ->
   *[other] vào ngày { $date }, đã tham dự { $count } buổi học.
}
training-pdf-verify = Xác minh chứng chỉ này: { $url }
training-pdf-code = Mã chứng chỉ: { $code }

training-csv-name = Họ tên
training-csv-email = Email
training-csv-status = Trạng thái
training-csv-since = Từ
training-csv-completed-on = Ngày hoàn thành
training-csv-certificate-url = Đường dẫn chứng chỉ
training-csv-sessions-attended = Số buổi đã tham dự
training-csv-present = có mặt
training-csv-submitted-at = Ngày gửi
training-csv-relevance = Mức độ phù hợp
training-csv-clarity = Mức độ rõ ràng
training-csv-usefulness = Mức độ hữu ích
training-csv-comments = Nhận xét
training-status-enrolled = đã đăng ký
training-status-waitlisted = trong danh sách chờ
training-status-cancelled = đã hủy
