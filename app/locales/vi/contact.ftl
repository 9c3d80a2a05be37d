## Contact the secretariat.

contact-title = Liên hệ ban thư ký
contact-lead = Bạn có câu hỏi về quan hệ đối tác, đào tạo hay Diễn đàn? Hãy viết cho ban thư ký WaterLinks.
contact-name = Họ tên của bạn
contact-email = Email
contact-organization = Tổ chức (không bắt buộc)
contact-message = Nội dung
contact-sending = Đang gửi…
contact-send = Gửi tin nhắn
contact-thanks = Xin cảm ơn
contact-thanks-text = Tin nhắn của bạn đã đến ban thư ký. Chúng tôi thường trả lời trong vòng hai ngày làm việc.
contact-name-missing = Vui lòng nhập họ tên của bạn.
contact-name-too-long = Vui lòng nhập họ tên dưới { $max } ký tự.
contact-email-missing = Vui lòng nhập địa chỉ email để chúng tôi có thể trả lời.
contact-email-invalid = Đây có vẻ không phải là địa chỉ email (ví dụ: ten@congtynuoc.org).
contact-organization-too-long = Vui lòng nhập tên tổ chức dưới { $max } ký tự.
contact-message-missing = Vui lòng viết nội dung tin nhắn.
contact-message-too-long = Vui lòng viết tin nhắn dưới { $max } ký tự.
