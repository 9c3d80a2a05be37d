## Contact the secretariat.

contact-title = ติดต่อสำนักเลขาธิการ
contact-lead = มีคำถามเกี่ยวกับความร่วมมือ การฝึกอบรม หรือฟอรัมหรือไม่ เขียนถึงสำนักเลขาธิการ WaterLinks ได้เลย
contact-name = ชื่อของคุณ
contact-email = อีเมล
contact-organization = องค์กร (ไม่บังคับ)
contact-message = ข้อความ
contact-sending = กำลังส่ง…
contact-send = ส่งข้อความ
contact-thanks = ขอบคุณ
contact-thanks-text = ข้อความของคุณถึงสำนักเลขาธิการแล้ว โดยปกติเราจะตอบกลับภายในสองวันทำการ
contact-name-missing = กรุณากรอกชื่อของคุณ
contact-name-too-long = กรุณากรอกชื่อไม่เกิน { $max } ตัวอักษร
contact-email-missing = กรุณากรอกที่อยู่อีเมลเพื่อให้เราตอบกลับได้
contact-email-invalid = ดูเหมือนว่านี่ไม่ใช่ที่อยู่อีเมล (ตัวอย่างเช่น name@utility.org)
contact-organization-too-long = กรุณากรอกชื่อองค์กรไม่เกิน { $max } ตัวอักษร
contact-message-missing = กรุณาเขียนข้อความของคุณ
contact-message-too-long = กรุณาเขียนข้อความไม่เกิน { $max } ตัวอักษร
