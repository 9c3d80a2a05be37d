## กรอบของทุกหน้า ส่วนประกอบของแบบฟอร์ม และข้อผิดพลาดที่อาจแสดงในทุกหน้า

shell-skip-to-content = ข้ามไปยังเนื้อหา
nav-label = เมนูหลัก
nav-home = หน้าแรก
nav-partners = องค์กรพันธมิตร
nav-partnerships = ความร่วมมือ
nav-results = ผลลัพธ์
nav-needs = ความต้องการ
nav-training = การฝึกอบรม
nav-library = คลังความรู้
nav-forum = ฟอรัม
nav-stories = เรื่องราว
nav-events = กิจกรรม
nav-contact = ติดต่อ

footer-secretariat = สำนักเลขาธิการ WaterLinks
footer-telephone = โทรศัพท์:
footer-map = แผนที่ความร่วมมือ
footer-api = API สำหรับหุ้นส่วนการพัฒนา
footer-mission = ช่วยให้การประปาและหน่วยงานสุขาภิบาลในเมืองของเอเชียและแปซิฟิกให้บริการน้ำสะอาดปลอดภัยและการสุขาภิบาลขั้นพื้นฐาน

lang-menu-label = ภาษา
lang-form-title = ภาษา
lang-form-label = ภาษาของเว็บไซต์และอีเมล
lang-form-hint = หน้าเว็บ อีเมล และประกาศนียบัตรจะเขียนเป็นภาษานี้
lang-form-save = บันทึกภาษา
lang-unknown = โปรดเลือกภาษาจากรายการ

not-found-title = ไม่พบหน้านี้
not-found-text = เราไม่พบหน้าดังกล่าว หน้านี้อาจถูกย้าย หรือพิมพ์ที่อยู่ผิด
not-found-home = ไปที่หน้าแรก
gone-title = ไม่มีให้บริการแล้ว
gone-text = สิ่งที่เคยอยู่ที่นี่ถูกยกเลิกหรือถอนออกแล้ว

error-title = ไม่สามารถแสดงหน้านี้ได้
error-hint-missing = โปรดตรวจสอบที่อยู่ หรือเริ่มใหม่จากหน้าแรก
error-hint-retry = โปรดลองอีกครั้งในอีกสักครู่ หากยังเกิดขึ้นอีก โปรดติดต่อสำนักเลขาธิการ
error-invalid = โปรดแก้ไขช่องที่ทำเครื่องหมายไว้ { $details }
error-unauthenticated = โปรดเข้าสู่ระบบเพื่อดำเนินการต่อ
error-forbidden = คุณไม่มีสิทธิ์ทำรายการนี้
error-internal = เกิดข้อผิดพลาดในระบบของเรา โปรดลองอีกครั้งในอีกสักครู่
error-network = ไม่สามารถเชื่อมต่อกับ WaterLinks Hub ได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง
error-saved-meanwhile = มีผู้บันทึกข้อมูลเดียวกันเมื่อครู่นี้ โปรดโหลดหน้าใหม่แล้วลองอีกครั้ง
error-still-referred = ยังมีข้อมูลอื่นอ้างอิงถึงรายการนี้ จึงไม่สามารถลบได้
error-unreadable = ไม่สามารถอ่านคำขอได้: { $detail }
error-missing-field = คำขอไม่มีช่อง '{ $field }'
error-field-one-line = ช่องนี้กรอกได้บรรทัดเดียว: โปรดลบการขึ้นบรรทัดใหม่
error-field-control-characters = โปรดลบอักขระควบคุมที่มองไม่เห็นออกจากช่องนี้ (อาจติดมากับข้อความที่วาง)
error-form-encoding = โปรดส่งแบบฟอร์มนี้ในรูปแบบ application/x-www-form-urlencoded
error-form-too-large = แบบฟอร์มนี้ใหญ่เกินกว่าจะอ่านได้
error-cross-site = ปฏิเสธคำขอข้ามไซต์: ทำรายการนี้ได้จาก WaterLinks Hub เท่านั้น
error-address-unreadable = ที่อยู่นี้มีอักขระที่อ่านไม่ได้

form-correct-fields = โปรดแก้ไขช่องที่ทำเครื่องหมายไว้ด้านล่าง
form-country = ประเทศ
form-all-countries = ทุกประเทศ
form-language = ภาษา
form-all-languages = ทุกภาษา
form-content-language = เขียนเป็นภาษา
form-topic = หัวข้อ
form-any-topic = ทุกหัวข้อ

format-percent = { $value }%

mail-greeting = เรียน คุณ{ $name }
mail-greeting-neutral = เรียน ท่านผู้ใช้บริการ
mail-footer = เครือข่าย WaterLinks ของการประปาและหน่วยงานสุขาภิบาลในเอเชียและแปซิฟิก
offline-title = ออฟไลน์ · WaterLinks Hub
offline-heading = คุณกำลังออฟไลน์
offline-never-opened = หน้านี้ยังไม่เคยเปิดบนโทรศัพท์เครื่องนี้ จึงแสดงไม่ได้เมื่อไม่มีเครือข่าย
offline-once-visited = หน้าฟอรัม บัตรของคุณ กำหนดการของคุณ และหน้าลงคะแนนจะเปิดได้แบบออฟไลน์เมื่อคุณเคยเข้าชมแล้ว
offline-open-forum = เปิดหน้าฟอรัม
manifest-description = ความร่วมมือระหว่างผู้ให้บริการน้ำ การฝึกอบรม และองค์ความรู้สำหรับการประปาและหน่วยงานสุขาภิบาลในเมืองของเอเชียและแปซิฟิก
