## ฟอรัมประจำปี: การลงทะเบียน รายชื่อสำรอง บัตรผู้เข้าร่วม การเช็กอิน กำหนดการ หน้าของสำนักเลขาธิการ
## และอีเมลถึงผู้ลงทะเบียน

forum-page-title = ฟอรัมประจำปี
forum-loading = กำลังโหลด…
forum-no-edition = ยังไม่มีการเปิดฟอรัมครั้งใด
forum-dates-span = { $first } – { $last }
forum-dates-venue = { $dates } ณ { $venue }
forum-awards-link = รางวัลของฟอรัม: ผู้ได้รับการเสนอชื่อ การลงคะแนนของผู้เข้าร่วม และผู้ได้รับรางวัล
forum-offline-banner = คุณออฟไลน์อยู่ หน้าที่เคยเปิดไว้ยังใช้งานได้ ส่วนสิ่งที่ต้องใช้เครือข่ายจะรอจนกว่าเครือข่ายกลับมา

forum-window-not-open = การลงทะเบียนจะเปิดในวันที่ { $date }
forum-window-closed = การลงทะเบียนปิดแล้วเมื่อวันที่ { $date }
forum-window-open = { $count ->
   *[other] เปิดลงทะเบียนถึงวันที่ { $date }: เหลือ { $count } ที่
}
forum-window-full = เปิดลงทะเบียนถึงวันที่ { $date } แต่ฟอรัมเต็มแล้ว: คุณสามารถลงชื่อในรายชื่อสำรองได้

forum-agenda = กำหนดการ
forum-agenda-times = เวลาทั้งหมดเป็นเวลา { $zone }
forum-agenda-sign-in = เข้าสู่ระบบเพื่อติดดาวหัวข้อที่สนใจไว้ในกำหนดการของคุณเอง
forum-my-agenda = กำหนดการของฉัน
forum-my-agenda-empty = ติดดาวหัวข้อด้านล่างเพื่อสร้างกำหนดการของคุณ
forum-my-agenda-item = { $when } · { $title } ({ $room })
forum-session-when = { $day } { $starts }–{ $ends }
forum-star = ☆ เพิ่มในกำหนดการของฉัน
forum-starred = ★ อยู่ในกำหนดการของฉัน

forum-register = ลงทะเบียน
forum-registering = กำลังลงทะเบียน…
forum-thank-you = ขอบคุณ
forum-open-my-badge = เปิดบัตรผู้เข้าร่วมของฉัน
forum-field-name = ชื่อ (ตามที่จะพิมพ์บนบัตรผู้เข้าร่วม)
forum-field-email = อีเมล
forum-field-organization = หน่วยงาน
forum-field-attendee-type = ฉันเข้าร่วมในฐานะ
forum-choose = เลือก…
forum-yes = ใช่
forum-no = ไม่ใช่
forum-question-optional = { $question } (ไม่บังคับ)
forum-resend = ส่งอีเมลยืนยันอีกครั้ง
forum-resend-sent = ส่งแล้ว โปรดตรวจสอบกล่องจดหมาย (และโฟลเดอร์จดหมายขยะ)

forum-attendee-utility = การประปา
forum-attendee-development-partner = หุ้นส่วนการพัฒนา
forum-attendee-knowledge-partner = หุ้นส่วนด้านความรู้
forum-attendee-media = สื่อมวลชน
forum-attendee-secretariat = สำนักเลขาธิการ

forum-status-unconfirmed = ยังไม่ได้ยืนยันอีเมล
forum-status-pending = รอการอนุมัติ
forum-status-registered = ลงทะเบียนแล้ว
forum-status-waitlisted = อยู่ในรายชื่อสำรอง
forum-status-rejected = ไม่ได้รับการอนุมัติ
forum-status-cancelled = ยกเลิกแล้ว

forum-name-required = โปรดกรอกชื่อตามที่ต้องการให้ปรากฏบนบัตรผู้เข้าร่วม
forum-name-too-long = โปรดกรอกชื่อไม่เกิน { $max } ตัวอักษร
forum-email-required = โปรดกรอกอีเมล: เราจะส่งอีเมลยืนยันไปที่อีเมลนี้
forum-email-invalid = ดูเหมือนว่านี่ไม่ใช่อีเมล (ตัวอย่าง: name@utility.org)
forum-organization-required = โปรดกรอกชื่อหน่วยงาน
forum-organization-too-long = โปรดกรอกชื่อหน่วยงานไม่เกิน { $max } ตัวอักษร
forum-attendee-type-required = โปรดเลือกประเภทผู้เข้าร่วมของคุณ
forum-answer-required = โปรดตอบคำถาม “{ $question }”
forum-answer-too-long = โปรดตอบไม่เกิน { $max } ตัวอักษร
forum-answer-choose = โปรดเลือกหนึ่งข้อจาก: { $options }

forum-register-not-open = การลงทะเบียน { $edition } จะเปิดในวันที่ { $date }
forum-register-closed = การลงทะเบียน { $edition } ปิดแล้วเมื่อวันที่ { $date }
forum-declined-before = การลงทะเบียน { $edition } ด้วยอีเมลนี้ไม่ได้รับการอนุมัติ โปรดติดต่อสำนักเลขาธิการ
forum-duplicate = อีเมลนี้ลงทะเบียน { $edition } ไว้แล้ว หากไม่ได้รับอีเมลยืนยัน เราสามารถส่งให้อีกครั้งได้
forum-link-invalid = ลิงก์ยืนยันนี้ถูกใช้ไปแล้วหรือถูกแทนที่ด้วยลิงก์ที่ใหม่กว่า หากคุณลงทะเบียนแล้ว โปรดดูลิงก์บัตรผู้เข้าร่วมในอีเมลฉบับล่าสุด หรือขอให้ส่งอีเมลยืนยันอีกครั้ง
forum-unknown-personal-code = รหัสส่วนตัวนี้ใช้ไม่ได้ โปรดใช้ลิงก์หรือรหัสจากอีเมลลงทะเบียนฉบับล่าสุดของคุณ (อีเมลที่ใหม่กว่าจะแทนที่รหัสเดิม)

forum-registered-unconfirmed = ใกล้เสร็จแล้ว: เราได้ส่งลิงก์ยืนยันไปที่ { $email } การลงทะเบียน { $edition } ของคุณจะมีผลเมื่อคุณเปิดลิงก์นั้น
forum-registered-pending = การลงทะเบียนของคุณได้รับการยืนยันแล้วและกำลังรอการอนุมัติจากสำนักเลขาธิการ เราจะแจ้งผลให้ทราบทางอีเมล
forum-registered-registered = คุณลงทะเบียน { $edition } เรียบร้อยแล้ว บัตรผู้เข้าร่วมของคุณพร้อมแล้ว
forum-registered-waitlisted = { $edition } เต็มแล้ว คุณจึงอยู่ในรายชื่อสำรอง เราจะส่งอีเมลแจ้งทันทีที่มีที่ว่าง

forum-personal-code = รหัสส่วนตัวของคุณ
forum-personal-code-text = โปรดเก็บไว้เป็นความลับ: รหัสนี้ใช้ลงคะแนนรางวัลของฟอรัมและยกเลิกการลงทะเบียน และไม่ได้พิมพ์อยู่บนบัตรผู้เข้าร่วม เราได้ส่งรหัสนี้ทางอีเมลให้คุณด้วย
forum-my-voting-link = ลิงก์ลงคะแนนของฉัน

forum-confirm-title = ยืนยันการลงทะเบียนฟอรัมของคุณ
forum-confirm-heading = ยืนยันการลงทะเบียนของคุณ
forum-email-confirmed = ยืนยันอีเมลแล้ว
forum-confirm-text = กดปุ่มเพื่อยืนยันอีเมลและลงทะเบียนให้เสร็จสมบูรณ์
forum-confirm-button = ยืนยันการลงทะเบียนของฉัน

forum-badge-title = บัตรผู้เข้าร่วมฟอรัม
forum-badge-event = { $edition } · { $dates }
forum-badge-code = รหัส { $code }
forum-badge-qr-label = คิวอาร์โค้ดของบัตรผู้เข้าร่วม
forum-badge-not-admitted = สถานะ: { $status } เฉพาะผู้ที่ลงทะเบียนแล้วเท่านั้นที่เช็กอินได้
forum-badge-not-valid-yet = สถานะ: { $status } ยังใช้เช็กอินไม่ได้
forum-badge-pdf-title = บัตรผู้เข้าร่วม: { $name } - { $edition }
forum-badge-print = พิมพ์บัตรผู้เข้าร่วม
forum-badge-download-pdf = ดาวน์โหลดบัตรผู้เข้าร่วม (PDF)
forum-badge-pdf-none = ไม่มีบัตรผู้เข้าร่วมที่ใช้รหัสนี้
forum-badge-personal-links = หากต้องการลงคะแนนรางวัลของฟอรัมหรือยกเลิกการลงทะเบียน โปรดใช้ลิงก์ส่วนตัวในอีเมลลงทะเบียน: ลิงก์เหล่านี้ไม่ได้อยู่บนบัตรผู้เข้าร่วม
forum-no-badge = ไม่มีบัตรผู้เข้าร่วม
forum-no-badge-text = ยังไม่มีบัตรผู้เข้าร่วมที่ใช้รหัสนี้ หากคุณลงทะเบียนในฐานะผู้เยี่ยมชม โปรดยืนยันอีเมลก่อนด้วยลิงก์ที่เราส่งไป
forum-badge-cancelled = การลงทะเบียนนี้ถูกยกเลิกแล้ว บัตรผู้เข้าร่วมจึงใช้ไม่ได้อีกต่อไป หากคุณสามารถมาร่วมงานได้ โปรดลงทะเบียนใหม่ที่หน้าฟอรัม
forum-badge-declined = การลงทะเบียนนี้ไม่ได้รับการอนุมัติ จึงไม่มีบัตรผู้เข้าร่วม โปรดติดต่อสำนักเลขาธิการ

forum-cancel-title = ยกเลิกการลงทะเบียนฟอรัมของคุณ
forum-cancel-heading = ยกเลิกการลงทะเบียนของคุณ
forum-cancel-whose = { $name }: การลงทะเบียน { $edition } ของคุณ
forum-cancel-text = เมื่อยกเลิก ที่ของคุณจะมอบให้ผู้ที่อยู่ถัดไปในรายชื่อสำรอง และคะแนนรางวัลที่คุณลงไว้จะไม่ถูกนับอีก
forum-cancel-button = ยกเลิกการลงทะเบียนของฉัน
forum-cancelled = ยกเลิกการลงทะเบียนของคุณแล้ว
forum-cancelled-text = ที่ของคุณได้มอบให้ผู้ที่อยู่ถัดไปในรายชื่อสำรอง และคะแนนรางวัลที่คุณลงไว้จะไม่ถูกนับอีก คุณสามารถลงทะเบียนใหม่ได้ตราบที่ยังเปิดลงทะเบียนอยู่
forum-cancel-already-ended = การลงทะเบียนนี้ถูกยกเลิกไปแล้วหรือไม่ได้รับการอนุมัติ

forum-checkin-title = เช็กอินฟอรัม
forum-checkin-heading = เช็กอิน
forum-checkin-count = เช็กอินแล้ว { $checked_in } จากผู้ลงทะเบียน { $registered } คน
forum-checkin-code = รหัสบัตรผู้เข้าร่วม
forum-checkin-code-hint = พิมพ์รหัสที่อยู่ใต้คิวอาร์โค้ด หรือสแกนด้วยกล้องหรือเครื่องสแกนที่พิมพ์รหัสให้
forum-checkin-button = เช็กอิน
forum-checkin-done = เช็กอินแล้ว: { $name } ({ $organization })
forum-checkin-already = เช็กอินแล้วเมื่อเวลา { $time } ({ $zone }): { $name } ({ $organization })
forum-checkin-twice = เช็กอินสองครั้ง: เวลา { $earlier } และเวลา { $later } ({ $zone }) ระบบเก็บเวลาที่เร็วกว่าไว้: { $name } ({ $organization })
forum-checkin-not-admitted = { $name } ({ $organization }) เช็กอินไม่ได้: { $status }
forum-checkin-changed = { $name } ({ $organization }) เช็กอินไม่ได้ในขณะนี้: การลงทะเบียนเพิ่งมีการเปลี่ยนแปลง
forum-unknown-code = ไม่มีการลงทะเบียนที่ใช้รหัสนี้
forum-bad-seen-at = เวลาเช็กอินที่จุดลงทะเบียนส่งมาไม่น่าเชื่อถือ (เก่ากว่าสามวัน หรือเร็วกว่านาฬิกาของเซิร์ฟเวอร์) โปรดตรวจสอบนาฬิกาของจุดลงทะเบียนแล้วเช็กอินบัตรอีกครั้ง
forum-queue-title = รอซิงก์ข้อมูล
forum-queue-text = การเช็กอินเหล่านี้ทำขณะไม่มีเครือข่าย ระบบจะส่งพร้อมเวลาที่เช็กอินทันทีที่เครือข่ายกลับมา
forum-desk-empty-code = โปรดพิมพ์หรือสแกนรหัสบัตรผู้เข้าร่วม
forum-desk-queued = ไม่มีเครือข่าย: { $code } กำลังรอซิงก์ข้อมูล (สแกนเมื่อเวลา { $time })
forum-desk-waiting = { $code } สแกนเมื่อเวลา { $time }: รอซิงก์ข้อมูล
forum-desk-synced = ซิงก์แล้ว: { $name } ({ $organization }) เช็กอินเมื่อเวลา { $time }
forum-desk-sync-problem = ซิงก์แล้ว แต่มีปัญหา: { $problem }
forum-scan-start = สแกนบัตรผู้เข้าร่วมด้วยกล้อง
forum-scan-stop = ปิดกล้อง
forum-scan-preview = ภาพจากกล้อง: ถือคิวอาร์โค้ดของบัตรไว้ในกรอบภาพ
forum-scan-looking = กำลังค้นหาคิวอาร์โค้ด…
forum-scan-none = อ่านคิวอาร์โค้ดไม่ได้ โปรดลองอีกครั้ง หรือพิมพ์รหัส
forum-scan-no-camera = ใช้กล้องไม่ได้ (ไม่ได้รับอนุญาตหรือไม่มีกล้อง) โปรดพิมพ์รหัสแทน

forum-admin-title = ผู้ลงทะเบียนฟอรัม
forum-admin-desk-link = จุดเช็กอิน
forum-filter-all = ทั้งหมด
forum-filter = กรอง
forum-export-csv = ส่งออก CSV
forum-export-xlsx = ส่งออก XLSX
forum-registrant-count = { $count ->
   *[other] ผู้ลงทะเบียน { $count } คน
}
forum-column-name = ชื่อ
forum-column-email = อีเมล
forum-column-organization = หน่วยงาน
forum-column-attendee-type = ประเภทผู้เข้าร่วม
forum-column-type = ประเภท
forum-column-status = สถานะ
forum-column-registered-on = วันที่ลงทะเบียน
forum-column-checked-in = เช็กอิน
forum-column-badge-code = รหัสบัตรผู้เข้าร่วม
forum-column-answers = คำตอบ
forum-column-id = รหัสรายการ
forum-column-actions = การดำเนินการ
forum-sheet-name = ผู้ลงทะเบียน
forum-checked-in-at = { $day } { $time }
forum-answer-line = { $question }: { $answer }
forum-removed-question = (คำถามที่ถูกลบ)
forum-admin-badge-link = บัตรผู้เข้าร่วม (ดูหรือพิมพ์ใหม่)
forum-approve = อนุมัติ
forum-reject = ไม่อนุมัติ
forum-unknown-status = ไม่รู้จักสถานะนี้
forum-unknown-attendee-type = ไม่รู้จักประเภทผู้เข้าร่วมนี้
forum-unknown-decision = โปรดเลือกอนุมัติ ไม่อนุมัติ หรือยกเลิก
forum-no-such-registration = ไม่มีการลงทะเบียนนี้
forum-approve-not-pending = อนุมัติได้เฉพาะการลงทะเบียนที่รอการอนุมัติ รายการนี้มีสถานะ: { $status }
forum-decision-already = การลงทะเบียนนี้มีสถานะ: { $status } อยู่แล้ว

forum-question-add-title = เพิ่มคำถามในการลงทะเบียน
forum-question-prompt = คำถาม
forum-question-kind = ประเภท
forum-question-kind-text = ข้อความ
forum-question-kind-choice = เลือกได้ข้อเดียว
forum-question-kind-yes-no = ใช่ / ไม่ใช่
forum-question-choices = ตัวเลือก (สำหรับคำถามแบบเลือกข้อเดียว บรรทัดละหนึ่งตัวเลือก)
forum-question-required = บังคับตอบ
forum-question-shown-if = ถามเฉพาะเมื่อคำถามหมายเลข… (ไม่บังคับ)
forum-question-shown-if-answer = …ได้รับคำตอบว่า (ไม่บังคับ)
forum-question-add = เพิ่มคำถาม
forum-added = เพิ่มแล้ว
forum-question-prompt-invalid = โปรดเขียนคำถาม (ไม่เกิน 300 ตัวอักษร)
forum-question-kind-invalid = โปรดเลือกข้อความ เลือกได้ข้อเดียว หรือใช่/ไม่ใช่
forum-question-choices-too-few = คำถามแบบเลือกข้อเดียวต้องมีตัวเลือกอย่างน้อยสองข้อ บรรทัดละหนึ่งตัวเลือก
forum-question-parent-unknown = โปรดเลือกคำถามในแบบฟอร์มนี้
forum-question-parent-answer-unknown = โปรดเลือกหนึ่งในคำตอบของคำถามนั้น: { $options }
forum-question-parent-answer-missing = คำตอบใดที่จะทำให้คำถามนี้ปรากฏ

forum-edition-heading = ฟอรัมครั้งนี้
forum-edition-intro = การบันทึกด้วยปีใหม่จะสร้างฟอรัมของปีนั้น ซึ่งจะเริ่มรับลงทะเบียน
forum-edition-year = ปี
forum-edition-capacity = จำนวนที่
forum-edition-title = ชื่อ
forum-edition-venue = สถานที่
forum-edition-venue-hint = อาคารและเมือง
forum-edition-time-zone = เขตเวลาของสถานที่
forum-edition-first-day = วันแรก
forum-edition-last-day = วันสุดท้าย
forum-edition-opens = เปิดลงทะเบียน
forum-edition-closes = ปิดลงทะเบียน
forum-edition-closes-hint = เมื่อสิ้นวันนี้ ตามเวลาของสถานที่
forum-edition-needs-approval = สำนักเลขาธิการอนุมัติการลงทะเบียนทุกรายการ
forum-edition-save = บันทึกฟอรัมครั้งนี้
forum-saved = บันทึกแล้ว
forum-edition-day-invalid = โปรดกรอกวันที่ในรูปแบบ YYYY-MM-DD ระหว่างปี 2000 ถึง 2100
forum-edition-year-invalid = โปรดกรอกปีของฟอรัม เช่น 2027
forum-edition-title-required = โปรดกรอกชื่อของฟอรัมครั้งนี้
forum-edition-title-too-long = โปรดย่อชื่อของฟอรัมครั้งนี้ให้ไม่เกิน { $max } ตัวอักษร
forum-edition-venue-required = โปรดกรอกสถานที่และเมือง
forum-edition-venue-too-long = โปรดย่อสถานที่และเมืองให้ไม่เกิน { $max } ตัวอักษร
forum-edition-time-zone-invalid = โปรดเลือกเขตเวลาของสถานที่จากรายการ
forum-edition-ends-before-start = ฟอรัมต้องสิ้นสุดในวันแรกหรือหลังจากนั้น
forum-edition-too-long = ฟอรัมจัดได้นานที่สุดสองสัปดาห์ โปรดตรวจสอบวันที่
forum-edition-start-outside-year = วันแรกต้องอยู่ในปีของฟอรัมครั้งนี้
forum-edition-capacity-invalid = โปรดกรอกจำนวนคนที่สถานที่รองรับได้ ตั้งแต่ 1 ถึง { $max }
forum-edition-closes-before-opening = วันปิดลงทะเบียนต้องอยู่หลังวันเปิดลงทะเบียน
forum-edition-closes-after-end = ต้องปิดลงทะเบียนไม่เกินวันสุดท้ายของฟอรัม
forum-edition-day-missing-at-venue = วันนี้ไม่มีอยู่ตามเวลาของสถานที่
forum-edition-capacity-below-registered = { $count ->
   *[other] มีผู้ลงทะเบียนแล้ว { $count } คน: ไม่สามารถลดจำนวนที่ให้น้อยกว่านี้ได้ โปรดยกเลิกการลงทะเบียนก่อน
}

forum-session-add-title = เพิ่มหัวข้อในกำหนดการ
forum-session-title = ชื่อหัวข้อ
forum-session-day = วัน
forum-session-starts = เริ่ม (เวลาของสถานที่)
forum-session-ends = สิ้นสุด (เวลาของสถานที่)
forum-session-room = ห้อง
forum-session-speakers = วิทยากร
forum-session-topic = ประเด็น
forum-session-add = เพิ่มหัวข้อ
forum-session-added = เพิ่มในกำหนดการแล้ว
forum-no-such-session = ไม่มีหัวข้อนี้
forum-session-title-required = โปรดกรอกชื่อหัวข้อ
forum-session-day-outside = โปรดเลือกวันที่จัดฟอรัม ตั้งแต่ { $first } ถึง { $last }
forum-session-room-required = โปรดกรอกห้อง
forum-session-room-too-long = โปรดย่อชื่อห้องให้ไม่เกิน { $max } ตัวอักษร
forum-session-speakers-too-long = โปรดย่อรายชื่อวิทยากรให้ไม่เกิน { $max } ตัวอักษร
forum-session-topic-too-long = โปรดย่อประเด็นให้ไม่เกิน { $max } ตัวอักษร

## อีเมลถึงผู้ลงทะเบียน เป็นภาษาที่ใช้ขณะลงทะเบียน

forum-subject-unconfirmed = ยืนยันการลงทะเบียน { $edition } ของคุณ
forum-subject-pending = การลงทะเบียน { $edition } ของคุณกำลังรอการอนุมัติ
forum-subject-registered = คุณลงทะเบียน { $edition } เรียบร้อยแล้ว
forum-subject-waitlisted = อยู่ในรายชื่อสำรอง: { $edition }
forum-subject-rejected = การลงทะเบียน { $edition } ของคุณ
forum-subject-cancelled = ยกเลิกการลงทะเบียนแล้ว: { $edition }
forum-mail-confirm-text = ขอบคุณที่ลงทะเบียน { $edition } โปรดยืนยันอีเมลของคุณ:
forum-mail-confirm-action = ยืนยันการลงทะเบียนของฉัน
forum-mail-confirm-note = การลงทะเบียนจะมีผลเมื่อได้รับการยืนยันแล้ว หากคุณไม่ได้ลงทะเบียน โปรดเพิกเฉยต่ออีเมลนี้
forum-mail-pending-text = ยืนยันอีเมลของคุณแล้ว สำนักเลขาธิการจะพิจารณาการลงทะเบียนทุกรายการของฟอรัมครั้งนี้และจะแจ้งผลให้ทราบทางอีเมล
forum-mail-your-registration = การลงทะเบียนของคุณ
forum-mail-registered-text = ที่ของคุณใน { $edition } ({ $dates } ณ { $venue }) ได้รับการยืนยันแล้ว บัตรผู้เข้าร่วมของคุณพร้อมคิวอาร์โค้ดที่เราจะสแกนที่ทางเข้าอยู่ด้านล่างและในหน้าของบัตร (เปิดบนโทรศัพท์เพียงครั้งเดียว บัตรจะแสดงอยู่เสมอแม้ออฟไลน์) วันจัดฟอรัมแนบมาให้สำหรับปฏิทินของคุณ
forum-mail-open-badge = เปิดบัตรผู้เข้าร่วมของคุณ
forum-mail-waitlisted-text = { $edition } เต็มแล้ว คุณจึงอยู่ในรายชื่อสำรอง เมื่อมีที่ว่าง ที่นั้นจะมอบให้ผู้ที่รออยู่ลำดับถัดไป และเราจะส่งอีเมลแจ้งคุณทันที
forum-mail-rejected-text = ขออภัย สำนักเลขาธิการไม่สามารถรับการลงทะเบียนของคุณสำหรับฟอรัมครั้งนี้ได้ หากมีคำถาม โปรดตอบกลับอีเมลนี้ถึงสำนักเลขาธิการ
forum-mail-the-forum = ฟอรัม
forum-mail-cancelled-text = การลงทะเบียนของคุณถูกยกเลิกแล้ว คุณสามารถลงทะเบียนใหม่ได้ตราบที่ยังเปิดลงทะเบียนอยู่
forum-mail-register-again = ลงทะเบียนใหม่
forum-mail-personal-code = รหัสส่วนตัวของคุณคือ { $code } โปรดเก็บไว้เป็นความลับ: รหัสนี้ต่างจากบัตรผู้เข้าร่วม เพราะใช้ลงคะแนนและยกเลิกการลงทะเบียนได้ อีเมลที่ใหม่กว่าจะแทนที่รหัสนี้
forum-mail-vote-link = ลงคะแนนรางวัลของฟอรัม (หลังเช็กอินแล้ว): { $link }
forum-mail-cancel-link = ยกเลิกการลงทะเบียนของคุณ: { $link }
forum-mail-qr-alt = คิวอาร์โค้ดบัตรผู้เข้าร่วม { $edition } ของคุณ
forum-ics-description = กำหนดการและการลงทะเบียน: { $link }
