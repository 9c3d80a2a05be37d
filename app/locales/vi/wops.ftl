## Quan hệ đối tác giữa các công ty cấp nước (WOP): danh sách, trang của một quan hệ đối tác,
## thỏa thuận, kế hoạch làm việc, kết quả, báo cáo tiến độ và tệp CSV xuất ra.

## Trạng thái, bên, bước

wops-state-proposed = Đề xuất
wops-state-introduced = Đã giới thiệu
wops-state-agreed = Đã thỏa thuận
wops-state-active = Đang triển khai
wops-state-completed = Hoàn thành
wops-state-closed-early = Kết thúc sớm
wops-side-mentor = Đơn vị cố vấn
wops-side-recipient = Đơn vị tiếp nhận
wops-step-introduce = Giới thiệu hai bên
wops-step-sign-mentor = Ký thư ý định (đơn vị cố vấn)
wops-step-sign-recipient = Ký thư ý định (đơn vị tiếp nhận)
wops-step-activate = Bắt đầu quan hệ đối tác
wops-step-complete = Đánh dấu hoàn thành
wops-step-close-early = Kết thúc sớm

## Lý do một bước bị từ chối

wops-refused-only-proposed-introduced = Quan hệ đối tác đang ở trạng thái “{ $state }” nên không thể làm việc này: chỉ quan hệ đối tác đang được đề xuất mới có thể được giới thiệu.
wops-refused-intent-after-introduction = Quan hệ đối tác đang ở trạng thái “{ $state }” nên không thể làm việc này: thư ý định được ký sau khi hai bên đã được giới thiệu.
wops-refused-already-signed = Quan hệ đối tác đang ở trạng thái “{ $state }” nên không thể làm việc này: bên này đã ký thư ý định.
wops-refused-only-agreed-starts = Quan hệ đối tác đang ở trạng thái “{ $state }” nên không thể làm việc này: chỉ quan hệ đối tác đã thỏa thuận mới có thể bắt đầu.
wops-refused-only-active-completes = Quan hệ đối tác đang ở trạng thái “{ $state }” nên không thể làm việc này: chỉ quan hệ đối tác đang triển khai mới có thể hoàn thành.
wops-refused-already-ended = Quan hệ đối tác đang ở trạng thái “{ $state }” nên không thể làm việc này: quan hệ đối tác đã kết thúc.
wops-refused-no-agreement = Hãy ghi nhận thỏa thuận đã ký trước khi bắt đầu quan hệ đối tác.
wops-only-facilitating = Chỉ điều phối viên hoặc Ban Thư ký mới được làm việc này.
wops-only-mentor-admins = Chỉ quản trị viên của đơn vị cố vấn mới được làm việc này.
wops-only-recipient-admins = Chỉ quản trị viên của đơn vị tiếp nhận mới được làm việc này.
wops-only-insiders = Chỉ hai bên đối tác, điều phối viên hoặc Ban Thư ký mới được làm việc này.

## Hoạt động

wops-kind-technical-consultation = Tư vấn kỹ thuật
wops-kind-on-the-job-training = Đào tạo tại chỗ
wops-kind-technology-demonstration = Trình diễn công nghệ
wops-kind-peer-review = Đánh giá đồng cấp về quy trình và hệ thống
wops-kind-information-exchange = Trao đổi thông tin
wops-activity-planned = Đã lên kế hoạch
wops-activity-in-progress = Đang thực hiện
wops-activity-done = Đã xong
wops-activity-cancelled = Đã hủy

## Chỉ số (KPI) của kết quả

wops-outcome-headline = { $kpi }: { $baseline } (mục tiêu { $target } trước { $by })
wops-outcome-headline-measured = { $kpi }: { $baseline } → { $now } (mục tiêu { $target } trước { $by })
wops-warning-lower-better = Với chỉ số { $kpi }, càng thấp càng tốt, nhưng mục tiêu ({ $target }) lại cao hơn giá trị cơ sở ({ $baseline }).
wops-warning-higher-better = Với chỉ số { $kpi }, càng cao càng tốt, nhưng mục tiêu ({ $target }) lại thấp hơn giá trị cơ sở ({ $baseline }).

## Danh sách quan hệ đối tác

wops-list-title = Quan hệ đối tác
wops-list-heading = Quan hệ đối tác giữa các công ty cấp nước
wops-list-lead = Các công ty cấp nước cố vấn làm việc cùng các công ty tiếp nhận để giải quyết thách thức về dịch vụ, mỗi lần từ 12 đến 24 tháng.
wops-list-loading = Đang tải danh sách quan hệ đối tác…
wops-filter-label = Lọc quan hệ đối tác
wops-filter-status = Trạng thái
wops-filter-any-status = Mọi trạng thái
wops-filter-year = Đang triển khai trong năm
wops-filter-any-year = Mọi năm
wops-filter-submit = Lọc
wops-filter-clear = Xóa bộ lọc
wops-filter-bad-status = “{ $value }” không phải là trạng thái của quan hệ đối tác.
wops-filter-bad-year = “{ $value }” không phải là năm trong khoảng 2000 đến 2100.
wops-filter-country-too-long = Tên quốc gia quá dài.
wops-filter-bad-topic = Đây không phải là mã chủ đề.
wops-list-none = Không có quan hệ đối tác nào phù hợp với bộ lọc này.
wops-list-count = { $count } quan hệ đối tác
wops-list-download-csv = Tải xuống CSV
wops-runs-from-to = { $from } đến { $to }
wops-dates-not-agreed = Chưa thống nhất ngày
wops-list-separator = {", "}

## Trang của một quan hệ đối tác

wops-loading = Đang tải…
wops-no-such-partnership = Không có quan hệ đối tác nào mang số này.
wops-back-to-list = ← Tất cả quan hệ đối tác
wops-topics = Chủ đề
wops-facilitator = Điều phối viên
wops-closed-early-because = Đã kết thúc sớm: { $reason }
wops-actions-to-resolve = Hành động khắc phục cần giải quyết
wops-outcomes = Kết quả
wops-no-outcomes-published = Chưa công bố kết quả nào.
wops-activities = Hoạt động
wops-activities-delivered = Hoạt động đã thực hiện
wops-agreement = Thỏa thuận
wops-signatories = Người ký
wops-agreement-runs = Thời gian
wops-scope = Phạm vi
wops-signed-document = Văn bản đã ký
wops-document-size = ({ $kb } KB)
wops-forum-awards = Giải thưởng Diễn đàn
wops-award-winner = Đoạt giải: { $award }
wops-removed-organization = (tổ chức đã bị xóa)

## Tiến độ và biểu đồ kết quả

wops-no-activities = Chưa có hoạt động nào.
wops-timeline-label = Hoạt động theo thời gian
wops-date-range = { $from } – { $to }
wops-chart-title = { $kpi } theo thời gian
wops-chart-plan = { $kpi }. Giá trị cơ sở { $baseline } vào { $baseline_date }. Mục tiêu { $target } trước { $target_date }.
wops-chart-nothing-measured = Chưa đo được giá trị nào.
wops-chart-measured = Giá trị đo được: { $values }.
wops-chart-value-on = { $value } vào { $date }
wops-legend-baseline = Giá trị cơ sở
wops-legend-target = Mục tiêu
wops-legend-measured = Giá trị đo được

## Bước tiếp theo, hành động khắc phục, lịch sử

wops-next-steps = Bước tiếp theo
wops-concept-note = Ghi chú ý tưởng
wops-why-closing-early = Vì sao kết thúc sớm?
wops-raised-by = Do { $name } nêu ngày { $date }
wops-mark-resolved = Đánh dấu đã giải quyết
wops-work-plan = Kế hoạch làm việc
wops-history = Lịch sử
wops-history-when = { $date } { $time } UTC
wops-trail-proposed = Đã đề xuất quan hệ đối tác
wops-trail-introduced = Đã giới thiệu các đối tác với nhau
wops-trail-state-change = { $from } → { $to }
wops-trail-state-change-note = { $change }: { $note }
wops-trail-period = { $start } đến { $end }
wops-trail-agreement-recorded = Đã ghi nhận thỏa thuận
wops-trail-agreement-corrected = Đã sửa thỏa thuận
wops-trail-agreement-document = Đã tải lên thỏa thuận đã ký
wops-trail-commitment-mentor = Đã thêm một cam kết của đơn vị cố vấn
wops-trail-commitment-recipient = Đã thêm một cam kết của đơn vị tiếp nhận
wops-trail-activity-planned = Đã lập kế hoạch một hoạt động
wops-trail-activity-marked = Đã đánh dấu một hoạt động là { $status }
wops-trail-resource-added = Đã thêm một nguồn lực
wops-trail-part-removed = { $part ->
    [commitment] Đã xóa một cam kết
    [activity] Đã xóa một hoạt động
   *[other] Đã xóa một nguồn lực
}
wops-trail-outcome-set = Đã đặt một kết quả
wops-trail-outcome-detail = { $kpi }: giá trị cơ sở { $baseline } vào { $baseline_on }, mục tiêu { $target } trước { $target_by }
wops-trail-measured = Đã ghi nhận một giá trị đo được
wops-trail-measured-detail = { $kpi } vào { $on }: { $value }
wops-trail-report-submitted = Đã gửi một báo cáo tiến độ
wops-trail-report-reviewed = Đã xem xét một báo cáo tiến độ
wops-trail-review-detail = { $count ->
   *[other] { $comment } ({ $count } hành động khắc phục)
}
wops-trail-action-resolved = Đã giải quyết một hành động khắc phục
wops-enter-concept-note = Hãy viết một ghi chú ý tưởng ngắn cho cả hai bên.
wops-enter-close-reason = Hãy cho biết vì sao quan hệ đối tác kết thúc sớm.
wops-note-too-long = Ghi chú quá dài (tối đa { $max } ký tự).
wops-changed-meanwhile = Quan hệ đối tác vừa được thay đổi. Hãy tải lại trang và thử lại.
wops-unknown-step = Bước không xác định.
wops-plan-closed = Quan hệ đối tác này đang ở trạng thái “{ $state }”; kế hoạch không thể thay đổi nữa.

## Thỏa thuận

wops-correct-agreement = Sửa thỏa thuận
wops-record-agreement = Ghi nhận thỏa thuận
wops-agreement-after-introduction = Thỏa thuận được ghi nhận sau khi điều phối viên đã giới thiệu hai bên.
wops-signatories-hint = Họ tên và chức vụ của những người đã ký, cho cả hai bên.
wops-start-date = Ngày bắt đầu
wops-end-date = Ngày kết thúc
wops-end-date-hint = Từ 12 đến 24 tháng sau ngày bắt đầu.
wops-save-agreement = Lưu thỏa thuận
wops-signed-agreement-upload = Thỏa thuận đã ký (PDF, tối đa 10 MB)
wops-upload = Tải lên
wops-enter-signatories = Hãy nhập người ký.
wops-signatories-too-long = Phần người ký quá dài (tối đa { $max } ký tự).
wops-enter-scope = Hãy nhập phạm vi.
wops-scope-too-long = Phạm vi quá dài (tối đa { $max } ký tự).
wops-enter-start-date = Hãy nhập ngày bắt đầu.
wops-start-date-format = Hãy nhập ngày bắt đầu theo dạng ngày (YYYY-MM-DD).
wops-enter-end-date = Hãy nhập ngày kết thúc.
wops-end-date-format = Hãy nhập ngày kết thúc theo dạng ngày (YYYY-MM-DD).
wops-end-after-start = Ngày kết thúc phải sau ngày bắt đầu.
wops-agreement-length = Một quan hệ đối tác kéo dài từ { $min } đến { $max } tháng: ngày kết thúc phải trong khoảng từ { $earliest } đến { $latest }.
wops-activities-outside-dates = Có { $count } hoạt động đã lên kế hoạch nằm ngoài các ngày này; hãy dời chúng trước.
wops-upload-missing = Hãy chọn thỏa thuận đã ký (tệp PDF) để tải lên.
wops-upload-too-large = Tệp lớn hơn 10 MB. Vui lòng tải lên một tệp PDF nhỏ hơn.
wops-upload-not-pdf = Tệp này không phải PDF. Vui lòng tải thỏa thuận đã ký lên dưới dạng PDF.
wops-upload-no-terms = Hãy ghi nhận các điều khoản của thỏa thuận trước khi tải lên văn bản đã ký.
wops-upload-not-allowed = Bạn không thể thay đổi thỏa thuận của quan hệ đối tác này.
wops-no-signed-agreement = Chưa có thỏa thuận đã ký nào được tải lên.
wops-agreement-file-missing = Không tìm thấy tệp thỏa thuận đã ký.

## Kế hoạch làm việc: cam kết, hoạt động, nguồn lực

wops-remove = Xóa
wops-commitments = Cam kết
wops-no-commitments = Chưa có cam kết nào.
wops-commitment-side = { $side }:
wops-remove-commitment = Xóa cam kết: { $promise }
wops-add-commitment = Thêm cam kết
wops-partner = Bên đối tác
wops-promise = Điều bên này cam kết
wops-add-commitment-submit = Thêm cam kết
wops-choose-committing-side = Hãy chọn bên đưa ra cam kết.
wops-enter-commitment = Hãy nhập nội dung cam kết.
wops-commitment-too-long = Cam kết quá dài (tối đa { $max } ký tự).
wops-remove-activity = Xóa hoạt động: { $title }
wops-status-of = Trạng thái của { $title }
wops-activity-line = { $title } ({ $side }, { $from } đến { $to })
wops-update = Cập nhật
wops-plan-activity = Lên kế hoạch hoạt động
wops-activity-kind = Loại
wops-activity-title = Tiêu đề
wops-from = Từ
wops-to = Đến
wops-responsible = Bên phụ trách
wops-place = Địa điểm
wops-online = Trực tuyến
wops-status = Trạng thái
wops-add-activity-submit = Thêm hoạt động
wops-choose-activity-kind = Hãy chọn loại hoạt động.
wops-enter-title = Hãy nhập tiêu đề.
wops-title-too-long = Tiêu đề quá dài (tối đa { $max } ký tự).
wops-end-not-before-start = Ngày kết thúc không được trước ngày bắt đầu.
wops-activity-outside-agreement = Hoạt động phải nằm trong thời gian của thỏa thuận, từ { $from } đến { $to }.
wops-choose-responsible = Hãy chọn bên phụ trách.
wops-enter-place = Hãy nhập địa điểm, hoặc đánh dấu “Trực tuyến”.
wops-place-too-long = Địa điểm quá dài (tối đa { $max } ký tự).
wops-choose-status = Hãy chọn trạng thái.
wops-activity-not-in-plan = Hoạt động này không có trong kế hoạch làm việc.
wops-unknown-part = Phần không xác định của kế hoạch làm việc.
wops-part-gone = Mục này không (còn) có trong kế hoạch làm việc.
wops-resources = Nguồn lực
wops-no-resources = Chưa liệt kê nguồn lực nào.
wops-resource-money = { $amount } { $currency } — { $description }
wops-resource-in-kind = Hiện vật — { $description }
wops-resource-from = (từ { $source })
wops-remove-resource = Xóa nguồn lực: { $what }
wops-add-resource = Thêm nguồn lực
wops-resource-kind = Hình thức
wops-resource-kind-money = Tiền
wops-resource-kind-in-kind = Hiện vật (thời gian của nhân viên, thiết bị)
wops-amount = Số tiền
wops-currency = Đơn vị tiền tệ
wops-currency-hint = USD, VND, PHP…
wops-resource-description = Dùng để chi trả hoặc cung cấp gì
wops-resource-source = Nguồn
wops-resource-source-hint = Ai cung cấp: một bên đối tác, một đối tác phát triển…
wops-add-resource-submit = Thêm nguồn lực
wops-enter-description = Hãy nhập mô tả.
wops-description-too-long = Mô tả quá dài (tối đa { $max } ký tự).
wops-enter-source = Hãy nhập nguồn.
wops-source-too-long = Nguồn quá dài (tối đa { $max } ký tự).
wops-amount-positive = Số tiền phải lớn hơn 0.
wops-amount-number = Hãy nhập số tiền dưới dạng số, ví dụ 25000.
wops-currency-code = Hãy nhập mã tiền tệ gồm ba chữ cái, ví dụ USD hoặc VND.
wops-choose-resource-kind = Hãy chọn tiền hoặc hiện vật.

## Kết quả

wops-not-public = (không công khai)
wops-measured-value = { $kpi } đo được ({ $unit })
wops-measured-on = Ngày đo
wops-record-value = Ghi nhận giá trị
wops-set-outcome = Đặt kết quả
wops-kpi = Chỉ số (KPI)
wops-kpi-with-unit = { $kpi } ({ $unit })
wops-baseline-value = Giá trị cơ sở
wops-baseline-date = Ngày của giá trị cơ sở
wops-target-value = Giá trị mục tiêu
wops-target-date = Ngày đạt mục tiêu
wops-outcome-private = Không hiển thị kết quả này trên trang công khai
wops-save-outcome = Lưu kết quả
wops-saved-but-note = Đã lưu, nhưng xin lưu ý: { $warning }
wops-choose-kpi = Hãy chọn một chỉ số (KPI).
wops-enter-number = Hãy nhập một số.
wops-enter-baseline-date = Hãy nhập ngày của giá trị cơ sở.
wops-baseline-date-format = Hãy nhập ngày của giá trị cơ sở theo dạng ngày (YYYY-MM-DD).
wops-enter-target-date = Hãy nhập ngày đạt mục tiêu.
wops-target-date-format = Hãy nhập ngày đạt mục tiêu theo dạng ngày (YYYY-MM-DD).
wops-baseline-not-future = Ngày của giá trị cơ sở không được ở tương lai.
wops-target-after-baseline = Ngày đạt mục tiêu phải sau ngày của giá trị cơ sở.
wops-enter-measured-on = Hãy nhập ngày đo (YYYY-MM-DD).
wops-date-not-future = Ngày không được ở tương lai.
wops-measured-before-baseline = Ngày đo không được trước ngày của giá trị cơ sở ({ $baseline }).
wops-outcome-not-in-plan = Kết quả này không có trong kế hoạch làm việc.

## Báo cáo tiến độ và việc xem xét

wops-progress-reports = Báo cáo tiến độ
wops-no-reports = Chưa có báo cáo tiến độ nào.
wops-submitted-by = Do { $name } nộp ngày { $date }
wops-achievements-label = Thành tựu:
wops-challenges-label = Khó khăn:
wops-reviewed-by = Được { $name } xem xét ngày { $date }:
wops-review-comment = Nhận xét
wops-review-actions = Hành động khắc phục (mỗi dòng một hành động, không bắt buộc)
wops-save-review = Lưu nhận xét
wops-awaiting-review = Đang chờ điều phối viên xem xét.
wops-submit-report = Nộp báo cáo tiến độ
wops-period-from = Kỳ báo cáo từ
wops-period-to = Kỳ báo cáo đến
wops-what-achieved = Những gì đã đạt được
wops-challenges-optional = Khó khăn (không bắt buộc)
wops-submit-report-submit = Nộp báo cáo
wops-enter-period-start = Hãy nhập ngày bắt đầu kỳ báo cáo.
wops-period-start-format = Hãy nhập ngày bắt đầu kỳ báo cáo theo dạng ngày (YYYY-MM-DD).
wops-enter-period-end = Hãy nhập ngày kết thúc kỳ báo cáo.
wops-period-end-format = Hãy nhập ngày kết thúc kỳ báo cáo theo dạng ngày (YYYY-MM-DD).
wops-period-end-before-start = Kỳ báo cáo không thể kết thúc trước khi bắt đầu.
wops-period-not-begun = Hãy báo cáo về một kỳ đã bắt đầu.
wops-enter-achievements = Hãy nhập các thành tựu.
wops-achievements-too-long = Phần thành tựu quá dài (tối đa { $max } ký tự).
wops-challenges-too-long = Phần khó khăn quá dài (tối đa { $max } ký tự).
wops-enter-review-comment = Hãy viết nhận xét cho hai bên đối tác.
wops-review-too-long = Nhận xét quá dài (tối đa { $max } ký tự).
wops-report-after-agreement = Tiến độ được báo cáo khi quan hệ đối tác đã được thỏa thuận.
wops-no-such-report = Không có báo cáo tiến độ này.
wops-report-already-reviewed = Báo cáo này đã được xem xét.
wops-no-such-action = Không có hành động khắc phục này.
wops-action-already-resolved = Hành động này đã được giải quyết.

## Tệp CSV xuất ra (tiêu đề cột và lỗi)

wops-csv-id = mã
wops-csv-title = tiêu đề
wops-csv-status = trạng thái
wops-csv-mentor = đơn vị cố vấn
wops-csv-mentor-country = quốc gia của đơn vị cố vấn
wops-csv-recipient = đơn vị tiếp nhận
wops-csv-recipient-country = quốc gia của đơn vị tiếp nhận
wops-csv-topics = chủ đề
wops-csv-start-date = ngày bắt đầu
wops-csv-end-date = ngày kết thúc
wops-csv-page-url = địa chỉ trang
wops-export-failed = Xuất tệp không thành công. Vui lòng thử lại.
