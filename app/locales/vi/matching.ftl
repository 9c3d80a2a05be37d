## Kết nối: nhu cầu và đề nghị cố vấn, xếp hạng đơn vị cố vấn cho một nhu cầu kèm giải thích từng
## yếu tố, và đề xuất cho toàn mạng lưới.

matching-factor-topic-fit = Phù hợp chủ đề
matching-factor-proven-results = Kết quả đã chứng minh
matching-factor-kpi-gap = Chênh lệch KPI
matching-factor-language = Ngôn ngữ
matching-factor-proximity = Khoảng cách địa lý
matching-factor-scale = Quy mô tương đồng
matching-factor-capacity = Năng lực còn trống

matching-weight-all-zero = Hãy cho ít nhất một yếu tố trọng số lớn hơn 0.
matching-weight-missing = Hãy nhập trọng số từ 0 đến 10.
matching-weight-not-a-number = Hãy nhập một số từ 0 đến 10, ví dụ 2,5.
matching-weight-negative = Trọng số không thể là số âm; nhập 0 để bỏ qua yếu tố này.
matching-weight-too-large = Trọng số tối đa là 10.

matching-region-south-east-asia = Đông Nam Á
matching-region-south-asia = Nam Á
matching-region-east-asia = Đông Á
matching-region-central-asia = Trung Á
matching-region-pacific = Thái Bình Dương
matching-region-other = ngoài châu Á – Thái Bình Dương

matching-value-energy = { $value } kWh/m³
matching-value-people = { $value } người
matching-in-year = năm { $year }
matching-in-years = giai đoạn { $from }–{ $to }
matching-kpi-fell = { $kpi } giảm từ { $from } xuống { $to }
matching-kpi-rose = { $kpi } tăng từ { $from } lên { $to }
matching-kpi-stayed = { $kpi } giữ nguyên ở mức { $value }
matching-sentence-separator = {". "}
matching-list-separator = {", "}
matching-list-and = { $rest } và { $last }
matching-millions = { $millions } triệu

matching-explain-topic-fit = Có đề nghị cố vấn về chủ đề này
matching-explain-no-kpis = Chủ đề này chưa có KPI nào được xác định
matching-explain-trend = { $change } trong { $period }
matching-explain-trend-no-gain = { $change } trong { $period } (không cải thiện)
matching-explain-single-value = Chỉ có một giá trị của chỉ số { $kpi } được ghi nhận ({ $value }, năm { $year })
matching-explain-no-history = Chưa có lịch sử KPI nào cho chủ đề này
matching-explain-completed = { $count ->
    [0] Chưa hoàn thành quan hệ đối tác nào về chủ đề này
   *[other] Đã hoàn thành { $count } quan hệ đối tác về chủ đề này
}
matching-explain-completed-example = { $completed } (với { $recipient }: { $change })
matching-explain-gap = Chỉ số { $kpi } của bạn là { $yours }; của họ là { $theirs }
matching-explain-gap-theirs-missing = Chỉ số { $kpi } của bạn là { $yours }; của họ chưa được ghi nhận
matching-explain-gap-yours-missing = Chỉ số { $kpi } của bạn chưa được ghi nhận; của họ là { $theirs }
matching-explain-gap-neither = Cả hai bên đều chưa ghi nhận chỉ số { $kpi }
matching-explain-your-languages-missing = Ngôn ngữ làm việc của bạn chưa được ghi nhận
matching-explain-their-languages-missing = Ngôn ngữ làm việc của họ chưa được ghi nhận
matching-explain-no-common-language = Không có ngôn ngữ chung (bạn: { $yours }; họ: { $theirs })
matching-explain-common-language = Cả hai đều làm việc bằng { $languages }
matching-explain-same-country = Cùng quốc gia ({ $country })
matching-explain-same-region = Cùng khu vực ({ $region })
matching-explain-other-region = Khác khu vực ({ $country }, { $region })
matching-explain-their-country-missing = Quốc gia của họ chưa được ghi nhận
matching-explain-your-country-missing = Quốc gia của bạn chưa được ghi nhận
matching-explain-distance = { $place }, cách { $km } km
matching-explain-scale = Phục vụ { $theirs } người; đơn vị của bạn phục vụ { $yours } người
matching-explain-scale-yours-missing = Phục vụ { $theirs } người; dân số được phục vụ của bạn chưa được ghi nhận
matching-explain-scale-theirs-missing = Dân số được phục vụ của họ chưa được ghi nhận
matching-explain-scale-neither = Cả hai bên đều chưa ghi nhận dân số được phục vụ
matching-explain-no-places = Chưa đặt số suất cố vấn
matching-explain-no-place-free = Hết suất cố vấn (đã dùng { $capacity }/{ $capacity })
matching-explain-places-free = Còn trống { $spare }/{ $capacity } suất cố vấn

matching-organization-choose = Hãy chọn một trong các tổ chức của bạn.
matching-topic-choose = Hãy chọn một chủ đề trong danh sách.
matching-description-too-short = Hãy mô tả thách thức trong một hai câu (ít nhất { $min } ký tự).
matching-description-too-long = Phần mô tả quá dài (tối đa { $max } ký tự).
matching-languages-too-long = Chỉ liệt kê vài ngôn ngữ (tối đa { $max } ký tự).
matching-capacity-range = Hãy nhập số quan hệ đối tác bạn có thể cố vấn cùng lúc (từ 1 đến 10).
matching-only-utilities = Chỉ các công ty cấp thoát nước mới đăng nhu cầu và đề nghị cố vấn trong quan hệ đối tác.
matching-need-already-matched = Nhu cầu này đã dẫn tới một quan hệ đối tác; hãy đóng quan hệ đối tác đó thay vì rút nhu cầu.
matching-need-not-found = Không có nhu cầu nào mang số này.
matching-note-missing = Hãy viết một đề cương ngắn cho cả hai đối tác.
matching-note-too-long = Ghi chú quá dài (tối đa { $max } ký tự).
matching-need-not-open = Nhu cầu này không còn mở.
matching-mentor-itself = Một công ty không thể tự cố vấn cho chính mình.
matching-mentor-choose = Hãy chọn một công ty cấp thoát nước làm đơn vị cố vấn.

matching-score-label = Điểm phù hợp { $score }/100
matching-introduce = Giới thiệu
matching-concept-note = Đề cương cho cả hai đối tác
matching-propose-mentor = Đề xuất đơn vị cố vấn này
matching-note-for-facilitator = Ghi chú cho đơn vị điều phối (không bắt buộc)
matching-suggested-mentors = Đơn vị cố vấn được gợi ý
matching-ranking = Đang xếp hạng đơn vị cố vấn…
matching-no-mentors = Chưa có công ty nào đề nghị cố vấn về chủ đề này.
matching-network-title = Kết nối toàn mạng lưới
matching-network-lead = Mỗi nhu cầu đang mở được đề xuất một đơn vị cố vấn, trong giới hạn năng lực của từng đơn vị. Mở một nhu cầu để giới thiệu các đối tác.
matching-matching = Đang kết nối…
matching-proposals = Đề xuất ({ $count })
matching-need-title = { $organization }: { $topic }
matching-unmatched = Không có đơn vị cố vấn nào còn năng lực
matching-how-scored = Cách chấm điểm đơn vị cố vấn
matching-how-scored-text = Mỗi yếu tố được chấm từ 0 đến 1; trọng số (từ 0 đến 10) quyết định mức độ quan trọng của từng yếu tố.
matching-save-weights = Lưu trọng số
matching-weights-saved = Đã lưu. Các đề xuất bên dưới dùng trọng số mới.

matching-needs-title = Nhu cầu và đề nghị cố vấn
matching-needs-lead = Các công ty cấp thoát nước đăng những thách thức cần hỗ trợ và những giải pháp đã kiểm chứng có thể chia sẻ. Đơn vị điều phối kết nối họ thành các quan hệ đối tác.
matching-match-all = Kết nối mọi nhu cầu đang mở
matching-admins-post = Quản trị viên của tổ chức đăng nhu cầu và đề nghị cố vấn cho công ty của mình.
matching-sign-in = Đăng nhập
matching-sign-in-to-post = với tư cách quản trị viên tổ chức để đăng nhu cầu và đề nghị cố vấn.
matching-open-needs = Nhu cầu đang mở
matching-loading = Đang tải…
matching-no-open-needs = Hiện chưa có nhu cầu nào đang mở.
matching-need-posted = { $country } · đăng ngày { $date }
matching-field-utility = Công ty
matching-field-topic = Chủ đề
matching-field-topic-empty = Chọn một chủ đề
matching-post-need = Đăng nhu cầu
matching-field-challenge = Thách thức
matching-field-challenge-hint = Vấn đề là gì, và đã thử những gì? Hãy nêu số liệu nếu có.
matching-field-preferred-languages = Ngôn ngữ mong muốn
matching-post-need-button = Đăng nhu cầu
matching-need-posted-ok = Nhu cầu của bạn đã được đăng.
matching-post-offer = Đăng đề nghị cố vấn
matching-field-solution = Giải pháp đã kiểm chứng của bạn
matching-field-solution-hint = Bạn đã làm gì, và điều gì đã thay đổi? Ví dụ: nước không doanh thu giảm từ 38 % xuống 17 % nhờ phân vùng tách mạng (DMA).
matching-field-mentor-languages = Ngôn ngữ bạn có thể cố vấn
matching-field-capacity = Số quan hệ đối tác bạn có thể cố vấn cùng lúc
matching-post-offer-button = Đăng đề nghị
matching-offer-posted-ok = Đề nghị cố vấn của bạn đã được đăng.
matching-need-page-title = Nhu cầu: { $topic }
matching-all-needs = ← Mọi nhu cầu
matching-need-lead = Một nhu cầu được đăng để tìm sự hỗ trợ của đơn vị cố vấn.
matching-need-posted-status = { $country } · đăng ngày { $date } · { $status }
matching-need-languages = Ngôn ngữ mong muốn: { $languages }
matching-need-partnership = Xem quan hệ đối tác hình thành từ nhu cầu này
matching-need-status-open = đang mở
matching-need-status-matched = đã kết nối
matching-need-status-withdrawn = đã rút
