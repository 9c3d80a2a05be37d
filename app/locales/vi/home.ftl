## The home page.

home-title = Các công ty cấp nước giúp nhau cung cấp nước sạch an toàn và vệ sinh
home-lead = WaterLinks kết nối các đơn vị vận hành cấp nước và vệ sinh đô thị khắp châu Á – Thái Bình Dương, để những đơn vị có giải pháp đã được kiểm chứng có thể cố vấn cho những đơn vị cần đến.
home-what-we-do = Mạng lưới làm gì
home-wops-title = Quan hệ đối tác giữa các đơn vị vận hành cấp nước (WOP)
home-wops-text = Một đơn vị cố vấn có giải pháp đã được kiểm chứng làm việc cùng một đơn vị tiếp nhận về các thách thức dịch vụ của họ trong 12 đến 24 tháng, theo một thỏa thuận và một kế hoạch làm việc chung.
home-capacity-title = Nâng cao năng lực khu vực
home-capacity-text = Các chương trình đào tạo, bộ công cụ, sổ tay và nghiên cứu ứng dụng giúp các quan hệ đối tác thành công.
home-sharing-title = Chia sẻ thông tin và kết nối
home-sharing-text = Thực tiễn tốt từ các quan hệ đối tác, sự kiện ngành và Diễn đàn WaterLinks thường niên với các giải thưởng dành cho những quan hệ đối tác xuất sắc.
home-loading = Đang tải kết quả của mạng lưới…
home-stat-utilities = Công ty cấp nước
home-stat-countries = Quốc gia
home-stat-organizations = Tổ chức
home-results = Kết quả đến nay
home-results-link = Xem bảng kết quả
home-coming-up = Sắp diễn ra
home-no-events = Chưa có sự kiện nào được công bố.
home-all-events = Tất cả sự kiện
home-latest-stories = Câu chuyện mới nhất
home-no-stories = Chưa có câu chuyện nào được đăng.
home-all-stories = Tất cả câu chuyện
