## หน้าผู้ดูแลระบบของสำนักเลขาธิการ: บุคคลและบทบาท คำขอเข้าร่วม องค์กร หัวข้อ กล่องอีเมลขาออก
## และบันทึกการตรวจสอบ

admin-title = การดูแลระบบ
admin-lead = บุคคลและบทบาท คำขอเข้าร่วมองค์กร องค์กร หมวดหมู่หัวข้อ อีเมลที่รออยู่ในกล่องขาออก และบันทึกการตรวจสอบ
admin-loading = กำลังโหลด…
admin-sign-in-as-admin = โปรดเข้าสู่ระบบด้วยบัญชีผู้ดูแลระบบสำนักเลขาธิการ
admin-sign-in = เข้าสู่ระบบ

## บุคคลและบทบาท
admin-people-title = บุคคลและบทบาท
admin-people-search = ค้นหาบุคคลด้วยชื่อหรืออีเมล
admin-find = ค้นหา
admin-loading-people = กำลังโหลดรายชื่อบุคคล…
admin-roles-of = บทบาทของ { $name }
admin-membership-admin = { $organization }: ผู้ดูแลองค์กร
admin-membership-member = { $organization }: สมาชิก
admin-make-member = เปลี่ยนเป็นสมาชิก
admin-make-admin = เปลี่ยนเป็นผู้ดูแล
admin-remove = นำออก
admin-add-to-organization = เพิ่มเข้าองค์กร
admin-as-organization-admin = ในฐานะผู้ดูแลองค์กร
admin-add = เพิ่ม
admin-deactivated = ระงับแล้ว
admin-reactivate-account = เปิดใช้บัญชีอีกครั้ง
admin-deactivate-account = ระงับบัญชี
admin-choose-role = โปรดเลือกบทบาทจากรายการ
admin-cannot-remove-own-admin = คุณไม่สามารถถอดบทบาทผู้ดูแลระบบสำนักเลขาธิการของตัวเองได้ โปรดขอให้ผู้ดูแลคนอื่นดำเนินการ
admin-no-such-account = ไม่มีบัญชีนี้
admin-choose-organization = โปรดเลือกองค์กรจากรายการ

## คำขอเข้าร่วม
admin-join-requests-title = คำขอเข้าร่วมองค์กร
admin-no-join-requests = ไม่มีคำขอที่รออยู่
admin-to-join = ขอเข้าร่วม:

## องค์กร
admin-organizations-title = องค์กร
admin-add-organization-title = เพิ่มองค์กร
admin-organization-added = เพิ่มองค์กรแล้ว
admin-kind = ประเภท
admin-name = ชื่อ
admin-country = ประเทศ
admin-city = เมือง
admin-add-organization = เพิ่มองค์กร
admin-merge-title = รวมรายการซ้ำ
admin-merge-lead = สมาชิก ผู้ติดต่อ หัวข้อ และค่า KPI ขององค์กรที่ซ้ำจะย้ายไปยังองค์กรที่คุณเก็บไว้ จากนั้นองค์กรที่ซ้ำจะถูกลบ
admin-merged = รวมแล้ว
admin-merge-keep = เก็บไว้
admin-merge-duplicate = รวมและลบ
admin-merge-button = รวม
admin-merge-same = โปรดเลือกสององค์กรที่ต่างกัน
admin-merge-stopped = การรวมเข้ากับ { $organization } หยุดลง: ยังมีข้อมูลที่อ้างถึงองค์กรที่ซ้ำ ไม่มีการเปลี่ยนแปลงใด
admin-no-such-organization = ไม่มีองค์กรนี้ในทำเนียบ
admin-merge-partnership = “{ $title }” (ความร่วมมือ { $id })
admin-merge-partners = สององค์กรนี้เป็นคู่ความร่วมมือกันใน { $partnerships } หากรวมกัน องค์กรจะเป็นคู่ความร่วมมือกับตัวเอง โปรดปิดความร่วมมือนั้นหรือแก้ไขคู่ความร่วมมือก่อน

## หัวข้อ
admin-topics-title = หมวดหมู่หัวข้อ
admin-loading-topics = กำลังโหลดหัวข้อ…
admin-topic-name-of = ชื่อของหัวข้อ { $code }
admin-rename = เปลี่ยนชื่อ
admin-new-topic = หัวข้อใหม่
admin-add-topic = เพิ่มหัวข้อ

## กล่องอีเมลขาออก
admin-outbox-title = กล่องอีเมลขาออก
admin-outbox-lead = ข้อความทุกฉบับที่เว็บไซต์ส่ง พร้อมสถานะ หากไม่มีเซิร์ฟเวอร์อีเมล ข้อความจะเก็บไว้ที่นี่แทนการส่ง ข้อความที่มีลิงก์ส่วนตัว (การตั้งรหัสผ่านใหม่ การยืนยัน) จะแสดงให้ผู้รับเห็นเท่านั้น ในหน้าบัญชีของผู้รับ
admin-outbox-empty = กล่องขาออกว่างเปล่า
admin-outbox-when = { $date } { $time } UTC
admin-outbox-kept = เก็บไว้ในแอป (ไม่มีเซิร์ฟเวอร์อีเมล)
admin-outbox-retrying = รอส่งใหม่ (ลองแล้ว { $attempts } ครั้ง)
admin-outbox-waiting = รอส่ง
admin-outbox-sending = กำลังส่ง
admin-outbox-sent = ส่งแล้ว
admin-outbox-sent-at = ส่งแล้วเมื่อ { $when }
admin-outbox-failed = ล้มเหลวหลังจากลอง { $attempts } ครั้ง
admin-outbox-files = พร้อมไฟล์ { $files }
admin-outbox-to = ถึง { $recipient } · เขียนเมื่อ { $when }
admin-outbox-why = สาเหตุ: { $error }
admin-outbox-send-again = ส่งอีกครั้ง
admin-outbox-not-failed = ส่งอีกครั้งได้เฉพาะข้อความที่ส่งไม่สำเร็จ ข้อความนี้ไม่ได้อยู่ในสถานะนั้น (แล้ว)

## บันทึกการตรวจสอบ
admin-audit-title = บันทึกการตรวจสอบ
admin-audit-lead = การมอบและเพิกถอนบทบาท การตัดสินเรื่องสมาชิกภาพ สมาชิกภาพเครือข่าย การระงับและการรวม: ใครทำอะไร และเมื่อใด (UTC)
admin-audit-filter-label = กรองบันทึกการตรวจสอบ
admin-audit-action = การดำเนินการ
admin-audit-all-actions = ทุกการดำเนินการ
admin-audit-who-field = ผู้ดำเนินการ (ชื่อหรืออีเมล)
admin-audit-on = ดำเนินการกับใครหรืออะไร
admin-audit-from = ตั้งแต่
admin-audit-to = ถึง
admin-audit-filter = กรอง
admin-audit-loading = กำลังโหลดบันทึกการตรวจสอบ…
admin-audit-none = ไม่มีบันทึกที่ตรงกัน
admin-audit-newest = { $count } รายการล่าสุด (ดาวน์โหลด CSV เพื่อดูเพิ่มเติม)
admin-audit-count = { $count } รายการ
admin-audit-download = ดาวน์โหลดเป็น CSV
admin-audit-caption = บันทึกการตรวจสอบ เรียงจากล่าสุด
admin-audit-when = เวลา
admin-audit-csv-when = เวลา (UTC)
admin-audit-who = ผู้ดำเนินการ
admin-audit-what = การดำเนินการ
admin-audit-details = รายละเอียด
admin-audit-at = { $date } { $time }
admin-audit-choose-action = โปรดเลือกการดำเนินการจากรายการ
admin-audit-date-format = โปรดกรอกวันที่ในรูปแบบ YYYY-MM-DD
admin-audit-dates-reversed = วันสุดท้ายต้องไม่อยู่ก่อนวันแรก
