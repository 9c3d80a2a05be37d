## บัญชี: การสมัครและเข้าสู่ระบบ หน้าบัญชี การตั้งรหัสผ่านใหม่ การยืนยันและเปลี่ยนอีเมล การลบบัญชี
## กล่องข้อความสาธิต บทบาท และอีเมลที่ส่งออกไป

accounts-sign-in = เข้าสู่ระบบ
accounts-sign-out = ออกจากระบบ
accounts-sign-out-everywhere = ออกจากระบบทุกเซสชัน
accounts-sign-up-title = สร้างบัญชี
accounts-sign-up-lead = สมาชิกสามารถลงทะเบียนเข้ารับการฝึกอบรม เข้าร่วมองค์กรของตน และมีส่วนร่วมในเครือข่าย
accounts-check-email = โปรดตรวจสอบอีเมลของคุณ
accounts-sign-up-sent = เราได้ส่งลิงก์ไปที่ { $email } แล้ว โปรดเปิดลิงก์เพื่อยืนยันที่อยู่อีเมล จากนั้นเข้าสู่ระบบ
accounts-your-name = ชื่อของคุณ
accounts-name = ชื่อ
accounts-email = อีเมล
accounts-password = รหัสผ่าน
accounts-password-hint = อย่างน้อย { $min } ตัวอักษร
accounts-create-account = สร้างบัญชี
accounts-already-member = เป็นสมาชิกอยู่แล้ว?
accounts-new-here = มาที่นี่ครั้งแรก?
accounts-forgot-link = ลืมรหัสผ่าน?
accounts-your-account = บัญชีของคุณ
accounts-loading = กำลังโหลดบัญชีของคุณ…
accounts-not-signed-in = คุณยังไม่ได้เข้าสู่ระบบ
accounts-roles = บทบาท
accounts-organizations-you-manage = องค์กรที่คุณดูแล
accounts-edit-profile = แก้ไขโปรไฟล์
accounts-administration = การดูแลระบบ
accounts-change-password-title = เปลี่ยนรหัสผ่าน
accounts-change-password-lead = เซสชันอื่นของคุณจะสิ้นสุดลงเมื่อเปลี่ยนรหัสผ่าน
accounts-password-changed = เปลี่ยนรหัสผ่านของคุณแล้ว
accounts-current-password = รหัสผ่านปัจจุบัน
accounts-new-password = รหัสผ่านใหม่
accounts-change-password-button = เปลี่ยนรหัสผ่าน
accounts-save-name = บันทึกชื่อ
accounts-delete-title = ลบบัญชีของคุณ
accounts-delete-text = ชื่อ อีเมล และรหัสผ่านของคุณจะถูกลบ และคุณจะออกจากองค์กรของคุณ สิ่งที่คุณเขียนไว้จะยังอยู่บนแพลตฟอร์มในชื่อ "Former member" (อดีตสมาชิก) การดำเนินการนี้ย้อนกลับไม่ได้
accounts-your-password = รหัสผ่านของคุณ
accounts-delete-button = ลบบัญชีของฉัน

## การตรวจสอบข้อมูลและการปฏิเสธ
accounts-email-too-long = ที่อยู่อีเมลมีได้ไม่เกิน { $max } ตัวอักษร
accounts-password-too-short = ใช้อย่างน้อย { $min } ตัวอักษร ประโยคสั้น ๆ จำได้ง่าย
accounts-password-too-long = ใช้ไม่เกิน { $max } ตัวอักษร
accounts-email-required = โปรดกรอกที่อยู่อีเมลของคุณ
accounts-email-invalid = ข้อความนี้ดูไม่เหมือนที่อยู่อีเมล (ตัวอย่างเช่น name@utility.org)
accounts-name-required = โปรดกรอกชื่อของคุณ
accounts-name-too-long = โปรดใช้ชื่อที่สั้นกว่า { $max } ตัวอักษร
accounts-sign-in-failed = อีเมลและรหัสผ่านนี้ไม่ตรงกับบัญชีใด
accounts-deactivated = บัญชีนี้ถูกระงับการใช้งาน โปรดติดต่อสำนักเลขาธิการ
accounts-not-current-password = นี่ไม่ใช่รหัสผ่านปัจจุบันของคุณ
accounts-not-your-password = นี่ไม่ใช่รหัสผ่านของคุณ
accounts-cannot-deactivate-self = คุณไม่สามารถระงับบัญชีของตัวเองได้ โปรดขอให้ผู้ดูแลคนอื่นดำเนินการ
accounts-no-such-account = ไม่มีบัญชีนี้
accounts-deleted-cannot-reactivate = บัญชีนี้ถูกเจ้าของลบไปแล้ว จึงเปิดใช้งานอีกครั้งไม่ได้
accounts-confirm-link-invalid = ลิงก์ยืนยันนี้หมดอายุหรือถูกใช้ไปแล้ว โปรดเข้าสู่ระบบและขอลิงก์ใหม่ในหน้าบัญชีของคุณ
accounts-address-taken = ขณะนี้มีบัญชีอื่นใช้อีเมลนี้อยู่ ที่อยู่อีเมลของคุณจึงยังคงเดิม
accounts-already-confirmed = ยืนยันที่อยู่อีเมลของคุณแล้ว
accounts-same-email = นี่เป็นที่อยู่อีเมลของคุณอยู่แล้ว
accounts-reset-link-invalid = ลิงก์ตั้งรหัสผ่านใหม่นี้หมดอายุหรือถูกใช้ไปแล้ว โปรดขอลิงก์ใหม่

## การยืนยันและเปลี่ยนที่อยู่อีเมล
accounts-confirm-title = ยืนยันที่อยู่อีเมลของคุณ
accounts-confirmed = ยืนยันที่อยู่อีเมลของคุณเรียบร้อยแล้ว
accounts-confirm-press = กดปุ่มเพื่อยืนยันที่อยู่อีเมลของคุณ
accounts-confirm-button = ยืนยันที่อยู่อีเมลของฉัน
accounts-not-confirmed-yet = ที่อยู่อีเมลของคุณยังไม่ได้รับการยืนยัน
accounts-not-confirmed-text = เราได้ส่งลิงก์ไปที่ { $email } แล้ว จนกว่าคุณจะเปิดลิงก์ บัญชีของคุณยังไม่สามารถมีส่วนร่วมได้ ไม่มีการลงทะเบียน ไม่มีเนื้อหาสำหรับสมาชิก และไม่มีบทบาท
accounts-link-resent = ลิงก์ใหม่กำลังส่งไปที่ { $email } ลิงก์เก่าใช้ไม่ได้อีกต่อไป
accounts-resend-button = ส่งลิงก์อีกครั้ง
accounts-change-email-title = เปลี่ยนที่อยู่อีเมล
accounts-change-email-lead = เราจะส่งลิงก์ไปยังที่อยู่ใหม่ ที่อยู่ใหม่จะใช้แทนที่อยู่เดิมเมื่อคุณเปิดลิงก์
accounts-change-email-sent = เราได้ส่งลิงก์ไปที่ { $email } แล้ว โปรดเปิดลิงก์เพื่อยืนยันที่อยู่ใหม่ของคุณ
accounts-new-email = ที่อยู่อีเมลใหม่
accounts-change-email-button = เปลี่ยนที่อยู่อีเมล

## การตั้งรหัสผ่านใหม่
accounts-forgot-title = ตั้งรหัสผ่านใหม่
accounts-forgot-lead = กรอกอีเมลของบัญชีคุณ แล้วเราจะส่งลิงก์สำหรับตั้งรหัสผ่านใหม่ให้
accounts-forgot-send = ส่งลิงก์
accounts-back-to-sign-in = กลับไปหน้าเข้าสู่ระบบ
accounts-forgot-sent = หากมีบัญชีที่ใช้อีเมลนี้ ลิงก์สำหรับตั้งรหัสผ่านใหม่กำลังส่งไป ลิงก์ใช้ได้หนึ่งชั่วโมง
accounts-reset-title = เลือกรหัสผ่านใหม่
accounts-reset-save = บันทึกรหัสผ่านใหม่
accounts-reset-new-link = ขอลิงก์ใหม่
accounts-reset-done = เปลี่ยนรหัสผ่านของคุณแล้ว และทุกเซสชันของบัญชีคุณสิ้นสุดลงแล้ว

## กล่องข้อความสาธิต
accounts-inbox-title = ข้อความของคุณ
accounts-inbox-lead = เว็บไซต์นี้ไม่มีเซิร์ฟเวอร์อีเมล ข้อความที่ควรส่งถึงอีเมลของคุณจึงเก็บไว้ที่นี่ สำหรับคุณเท่านั้น
accounts-inbox-empty = ยังไม่มีข้อความ
accounts-inbox-when = { $date } { $time } UTC

## บทบาท
accounts-role-secretariat-admin = ผู้ดูแลระบบสำนักเลขาธิการ
accounts-role-facilitator = ผู้ประสานงาน
accounts-role-trainer = วิทยากร
accounts-role-juror = กรรมการตัดสิน
accounts-role-member = สมาชิก

## บันทึกการตรวจสอบ
accounts-audit-role-granted = มอบบทบาท
accounts-audit-role-revoked = เพิกถอนบทบาท
accounts-audit-membership-approved = อนุมัติการเป็นสมาชิก
accounts-audit-membership-refused = ปฏิเสธการเป็นสมาชิก
accounts-audit-membership-ended = สิ้นสุดการเป็นสมาชิก
accounts-audit-network-membership-changed = เปลี่ยนสถานะสมาชิกเครือข่าย
accounts-audit-account-deactivated = ระงับบัญชี
accounts-audit-account-reactivated = เปิดใช้บัญชีอีกครั้ง
accounts-audit-account-deleted = ลบบัญชี
accounts-audit-organizations-merged = รวมองค์กร
accounts-audit-joined-network = ได้เป็นสมาชิกของเครือข่าย
accounts-audit-left-network = ไม่ได้เป็นสมาชิกของเครือข่ายแล้ว
accounts-audit-removed-by-secretariat = ถูกสำนักเลขาธิการนำออก

## อีเมล
accounts-mail-welcome-subject = ยืนยันที่อยู่อีเมลของคุณสำหรับ WaterLinks Hub
accounts-mail-welcome-text = ขอบคุณที่สร้างบัญชีบน WaterLinks Hub โปรดยืนยันว่าที่อยู่นี้เป็นของคุณ บัญชีของคุณจะเริ่มใช้งานได้เมื่อยืนยันแล้ว
accounts-mail-welcome-lifetime = ลิงก์นี้ใช้ได้ภายใน { $hours } ชั่วโมง และใช้ได้ครั้งเดียว หากคุณไม่ได้สร้างบัญชี โปรดเพิกเฉยต่อข้อความนี้ จะไม่มีอะไรเกิดขึ้นหากไม่เปิดลิงก์
accounts-mail-change-subject = ยืนยันที่อยู่อีเมลใหม่ของคุณสำหรับ WaterLinks Hub
accounts-mail-change-text = คุณขอใช้ที่อยู่นี้กับบัญชี WaterLinks Hub ของคุณ ที่อยู่นี้จะใช้แทนที่อยู่เดิมเมื่อคุณยืนยัน
accounts-mail-change-button = ยืนยันที่อยู่อีเมลใหม่ของฉัน
accounts-mail-change-lifetime = ลิงก์นี้ใช้ได้ภายใน { $hours } ชั่วโมง และใช้ได้ครั้งเดียว หากคุณไม่ได้ขอ โปรดเพิกเฉยต่อข้อความนี้ บัญชีจะยังใช้ที่อยู่เดิม
accounts-mail-notice-subject = ที่อยู่อีเมล WaterLinks Hub ของคุณกำลังจะเปลี่ยน
accounts-mail-notice-text = มีผู้ที่เข้าสู่ระบบบัญชี WaterLinks Hub ของคุณขอใช้ { $email } แทนที่อยู่นี้ การเปลี่ยนแปลงจะเกิดขึ้นเมื่อมีการเปิดลิงก์ที่ส่งไปยังที่อยู่นั้นเท่านั้น
accounts-mail-notice-button = ตรวจสอบบัญชีของคุณ
accounts-mail-notice-warning = หากไม่ใช่คุณ โปรดเปลี่ยนรหัสผ่านทันทีและติดต่อสำนักเลขาธิการ
accounts-mail-already-subject = คุณมีบัญชี WaterLinks Hub อยู่แล้ว
accounts-mail-already-text = มีผู้ (ซึ่งเราหวังว่าเป็นคุณ) พยายามสร้างบัญชี WaterLinks Hub ด้วยอีเมลนี้ ซึ่งมีบัญชีอยู่แล้ว จึงไม่มีการสร้างบัญชีใหม่
accounts-mail-already-forgot = ลืมรหัสผ่าน? ตั้งรหัสผ่านใหม่ได้ที่นี่: { $link }
accounts-mail-reset-subject = ตั้งรหัสผ่าน WaterLinks Hub ของคุณใหม่
accounts-mail-reset-text = มีผู้ (ซึ่งเราหวังว่าเป็นคุณ) ขอตั้งรหัสผ่านใหม่สำหรับบัญชี WaterLinks Hub ของคุณ
accounts-mail-reset-button = ตั้งรหัสผ่านใหม่ภายใน { $minutes } นาที
accounts-mail-reset-ignore = หากคุณไม่ได้ขอ โปรดเพิกเฉยต่อข้อความนี้ รหัสผ่านของคุณจะยังคงเดิม
accounts-mail-unknown-text = มีผู้ (ซึ่งเราหวังว่าเป็นคุณ) ขอตั้งรหัสผ่านใหม่สำหรับบัญชี WaterLinks Hub ที่ใช้อีเมลนี้ แต่ไม่มีบัญชีใดใช้อีเมลนี้
accounts-mail-unknown-other = หากคุณมีบัญชีที่ใช้อีเมลอื่น โปรดขอลิงก์ที่อีเมลนั้น หากคุณไม่ได้ขอ โปรดเพิกเฉยต่อข้อความนี้
