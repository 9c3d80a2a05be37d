## Kết quả của mạng lưới: bảng tổng hợp, biểu đồ và bảng số liệu, bản đồ, báo cáo XLSX/PDF/CSV và
## trang dành cho nhà phát triển.

results-title = Kết quả của mạng lưới
results-lead = Những gì các quan hệ đối tác, khóa đào tạo và sản phẩm tri thức của mạng lưới đã đạt được, theo dữ liệu các đối tác báo cáo.
results-loading = Đang tải số liệu…
results-online = Trực tuyến

## Bộ lọc
results-filter-label = Lọc kết quả
results-from-year = Từ năm
results-to-year = Đến năm
results-any = Tất cả
results-status = Trạng thái quan hệ đối tác
results-any-status = Mọi trạng thái
results-show = Hiển thị
results-clear = Xóa bộ lọc
results-filter-bad-year = '{ $value }' không phải là một năm trong khoảng từ { $first } đến { $last }.
results-filter-period-reversed = Giai đoạn kết thúc ({ $to }) trước khi bắt đầu ({ $from }).
results-filter-unknown-country = Không có tổ chức nào của mạng lưới ở quốc gia đó.
results-filter-unknown-topic = Đó không phải là một chủ đề của mạng lưới.
results-filter-unknown-status = '{ $value }' không phải là trạng thái của quan hệ đối tác.
results-period-all = mọi năm
results-period-from = từ { $year }
results-period-to = đến { $year }
results-showing = Đang hiển thị: { $scope }

## Trạng thái quan hệ đối tác
results-state-proposed = Được đề xuất
results-state-introduced = Đã kết nối
results-state-agreed = Đã thỏa thuận
results-state-active = Đang triển khai
results-state-completed = Đã hoàn thành
results-state-closed-early = Kết thúc sớm
results-partnerships-proposed = Quan hệ đối tác được đề xuất
results-partnerships-introduced = Quan hệ đối tác đã kết nối
results-partnerships-agreed = Quan hệ đối tác đã thỏa thuận
results-partnerships-active = Quan hệ đối tác đang triển khai
results-partnerships-completed = Quan hệ đối tác đã hoàn thành
results-partnerships-closed-early = Quan hệ đối tác kết thúc sớm

## Số liệu chính
results-fig-active = Quan hệ đối tác đang triển khai
results-fig-completed = Quan hệ đối tác đã hoàn thành
results-fig-utilities = Công ty cấp nước tham gia
results-fig-people = Số người được tiếp cận mới hoặc cải thiện
results-fig-trained = Nhân viên được đào tạo
results-fig-downloads = Lượt tải sản phẩm tri thức

## Bảng tổng hợp
results-report-xlsx = Báo cáo (XLSX)
results-report-pdf = Báo cáo (PDF)
results-csv-partnerships = Quan hệ đối tác (CSV)
results-csv-outcomes = Kết quả đầu ra (CSV)
results-csv-years = Theo năm (CSV)
results-map = Bản đồ
results-empty = Không có quan hệ đối tác hay khóa đào tạo nào phù hợp với bộ lọc này, nên không có gì để vẽ biểu đồ. Hãy thử một giai đoạn dài hơn hoặc bớt bộ lọc.
results-partnerships = Quan hệ đối tác
results-by-status = Quan hệ đối tác theo trạng thái
results-outcomes-title = Kết quả theo chỉ số KPI
results-outcomes-lead = Trung bình giá trị cơ sở của mỗi quan hệ đối tác và lần đo công khai gần nhất trong giai đoạn; “tốt hơn” theo hướng của chính chỉ số KPI (thất thoát nước / nước không doanh thu càng thấp càng tốt).
results-training-title = Nâng cao năng lực
results-training-lead = Các khóa đào tạo được lọc theo giai đoạn và chủ đề.
results-training-chart = Khóa đào tạo đã tổ chức và số người hoàn thành
results-count = Số lượng
results-programs = Chương trình
results-sessions = Khóa học
results-enrolled = Đã ghi danh
results-completions = Hoàn thành
results-evaluations = Lượt đánh giá
results-relevance = Mức độ phù hợp
results-clarity = Mức độ rõ ràng
results-usefulness = Mức độ hữu ích
results-score = { $score } / 5
results-counted = Các quan hệ đối tác được tính
results-table-scroll = { $table }: bảng, cuộn ngang để xem thêm
results-partnership = Quan hệ đối tác
results-status-column = Trạng thái
results-mentor = Đơn vị cố vấn
results-recipient = Đơn vị tiếp nhận
results-no-outcomes = Không có kết quả công khai nào cho bộ lọc này.
results-outcomes = Kết quả đầu ra
results-kpi = KPI
results-outcomes-measured = Kết quả (đã đo)
results-baseline = Giá trị cơ sở
results-latest = Gần nhất
results-change = Thay đổi
results-improved = Đã cải thiện
results-not-measured = chưa được đo
results-improved-of = { $improved } trên { $measured }
results-points = { $points } điểm
results-better = tốt hơn { $size }
results-worse = kém hơn { $size }
results-no-change = không thay đổi

## Biểu đồ
results-chart-item = Mục
results-years-title = Quan hệ đối tác đang diễn ra mỗi năm, theo trạng thái
results-year = Năm
results-total = Tổng
results-years-count = { $state }: { $count }
results-years-desc = { $year }: { $total } ({ $parts })
results-years-none = không có

## Bản đồ
results-map-title = Bản đồ quan hệ đối tác
results-map-lead = Các công ty cấp nước trong các quan hệ đối tác của mạng lưới, với một đường nối từ mỗi đơn vị cố vấn đến đơn vị tiếp nhận. Chọn một đường để mở quan hệ đối tác.
results-map-loading = Đang tải bản đồ…
results-map-summary = Bản đồ châu Á – Thái Bình Dương với { $count } quan hệ đối tác được vẽ giữa { $utilities } công ty cấp nước.
results-map-back = Quay lại bảng kết quả
results-map-legend = Màu các đường nối
results-map-credit = Đường biên quốc gia: Natural Earth (phạm vi công cộng).
results-map-unplaced = Không có trên bản đồ (một công ty cấp nước chưa có tọa độ):
results-map-list = Các quan hệ đối tác trên bản đồ

## Báo cáo (XLSX, PDF, CSV)
results-report-network-title = Kết quả của mạng lưới WaterLinks ({ $scope })
results-report-country-title = Kết quả WaterLinks tại { $country } ({ $scope })
results-sheet-summary = Tóm tắt
results-sheet-years = Theo năm
results-sheet-outcomes = Kết quả đầu ra
results-sheet-partnerships = Quan hệ đối tác
results-report-figure = Số liệu
results-report-value = Giá trị
results-report-scope = Phạm vi
results-report-counted = Số quan hệ đối tác được tính
results-report-programs = Chương trình đào tạo đã thực hiện
results-report-sessions = Khóa đào tạo
results-report-trained = Nhân viên được đào tạo (hoàn thành)
results-report-relevance = Mức độ phù hợp (trung bình trên 5)
results-report-clarity = Mức độ rõ ràng (trung bình trên 5)
results-report-usefulness = Mức độ hữu ích (trung bình trên 5)
results-report-outcomes-title = Kết quả theo chỉ số KPI (từ giá trị cơ sở đến gần nhất, thay đổi dương khi tốt hơn)
results-report-unit = Đơn vị
results-report-measured = Đã đo
results-report-mean-baseline = Giá trị cơ sở trung bình
results-report-mean-latest = Giá trị gần nhất trung bình
results-report-mean-change = Thay đổi trung bình (tốt hơn > 0)
results-report-id = Mã
results-report-title = Tiêu đề
results-report-mentor-country = Quốc gia của đơn vị cố vấn
results-report-recipient-country = Quốc gia của đơn vị tiếp nhận
results-report-topics = Chủ đề
results-report-start = Bắt đầu
results-report-end = Kết thúc
results-pdf-none = Không có dữ liệu cho bộ lọc này.
results-pdf-footer = WaterLinks Hub - trang { $page } / { $pages }
results-no-such-file = Không có tệp này.
results-no-such-table = Không có bảng này: hãy thử summary, years, outcomes hoặc partnerships.

## Trang dành cho nhà phát triển
results-dev-title = API cho các đối tác phát triển
results-dev-lead = Dữ liệu công khai của mạng lưới ở dạng JSON, chỉ đọc: tổ chức, quan hệ đối tác cùng kết quả, khóa đào tạo, sản phẩm tri thức, sự kiện và số liệu kết quả.
results-dev-openapi = Mô tả dành cho máy là tài liệu OpenAPI:
results-dev-paging = Danh sách được chia trang (trang bắt đầu từ 1, tối đa 100 mục mỗi trang), ví dụ:
results-dev-answers = Mỗi phản hồi cho biết trang, số mục mỗi trang và tổng số:
results-dev-errors = Tham số nằm ngoài phạm vi hoặc không xác định sẽ nhận mã trạng thái 400 và một thông báo JSON trong trường:
results-dev-public = Chỉ dữ liệu công khai được cung cấp, trừ khi yêu cầu mang cookie phiên của một thành viên đã đăng nhập (khi đó có cả kết quả không công khai và sản phẩm tri thức chỉ dành cho thành viên).
results-dev-endpoints = Điểm cuối (endpoint)
results-dev-returns = Dữ liệu trả về
results-dev-parameters = Tham số
results-dev-same-figures = Các số liệu này, cùng báo cáo XLSX, PDF và CSV, có trên
results-dev-dashboard = bảng kết quả
results-dev-organizations = Các tổ chức của mạng lưới: công ty cấp nước, hiệp hội, đối tác
results-dev-partnerships = Quan hệ đối tác giữa các đơn vị vận hành cấp nước (WOP) cùng kết quả (chỉ kết quả công khai nếu chưa đăng nhập)
results-dev-trainings = Chương trình đào tạo cùng các khóa học
results-dev-knowledge-products = Sản phẩm tri thức đã xuất bản (chỉ sản phẩm công khai nếu chưa đăng nhập), kèm số lượt tải
results-dev-events = Sự kiện trong ngành
results-dev-results = Số liệu của bảng kết quả theo một bộ lọc
