## หลักสูตรฝึกอบรม: รายการหลักสูตร หน้าหลักสูตร การลงทะเบียน การเข้าร่วม ประกาศนียบัตร และการประเมิน

training-format-in-person = แบบพบหน้า
training-format-online = แบบออนไลน์
training-format-hybrid = แบบผสม

training-completion-all = สำเร็จหลักสูตรเมื่อเข้าร่วมครบทุกรอบ
training-completion-at-least = { $count ->
   *[other] สำเร็จหลักสูตรเมื่อเข้าร่วมอย่างน้อย { $count } รอบ
}

training-error-title-short = กรุณากรอกชื่อหลักสูตร (อย่างน้อย { $min } ตัวอักษร)
training-error-title-long = กรุณาย่อชื่อหลักสูตรให้ไม่เกิน { $max } ตัวอักษร
training-error-description-short = กรุณากรอกคำอธิบาย (อย่างน้อย { $min } ตัวอักษร)
training-error-description-long = กรุณาย่อคำอธิบายให้ไม่เกิน { $max } ตัวอักษร
training-error-format = เลือกแบบพบหน้า แบบออนไลน์ หรือแบบผสม
training-error-venue = จัดที่ไหน กรอกสถานที่และเมือง
training-error-link-needed = กรอกลิงก์การประชุมที่ขึ้นต้นด้วย https:// (สำหรับหลักสูตรแบบออนไลน์และแบบผสม)
training-error-venue-long = กรุณาย่อสถานที่ให้ไม่เกิน { $max } ตัวอักษร
training-error-link-web = ลิงก์การประชุมต้องขึ้นต้นด้วย https://
training-error-link-long = กรอกลิงก์เดียวที่ยาวไม่เกิน { $max } ตัวอักษร โดยไม่มีช่องว่าง
training-error-language = กรุณาเลือกภาษาที่ใช้สอนในหลักสูตรจากรายการ
training-error-capacity = กรอกจำนวนที่นั่ง ตั้งแต่ 1 ถึง { $max }
training-error-min-sessions = กรอกจำนวนรอบที่ต้องเข้าร่วมเพื่อสำเร็จหลักสูตร (1 ถึง { $max }) หรือเว้นว่างไว้หากต้องเข้าร่วมทุกรอบ
training-error-time-zone = เลือกเขตเวลาของสถานที่จากรายการ
training-error-topic = เลือกหัวข้อหลักของหลักสูตร
training-error-trainer-email = '{ $email }' ไม่ใช่ที่อยู่อีเมล คั่นอีเมลของวิทยากรด้วยเครื่องหมายจุลภาค
training-error-session-title-long = กรุณาย่อชื่อให้ไม่เกิน { $max } ตัวอักษร
training-error-session-date = กรอกวันที่ในรูปแบบ YYYY-MM-DD ระหว่างปี 2000 ถึง 2100 (ปี ค.ศ.)
training-error-session-starts = กรอกเวลาเริ่มในรูปแบบ HH:MM (ระบบ 24 ชั่วโมง)
training-error-session-ends = กรอกเวลาสิ้นสุดในรูปแบบ HH:MM (ระบบ 24 ชั่วโมง)
training-error-session-order = รอบอบรมต้องสิ้นสุดหลังเวลาเริ่ม
training-error-rating = เลือกคะแนนตั้งแต่ 1 ถึง 5
training-error-comments-long = กรุณาย่อความคิดเห็นให้ไม่เกิน { $max } ตัวอักษร

training-question-relevance = เนื้อหาเกี่ยวข้องกับงานของฉัน
training-question-clarity = วิทยากรอธิบายได้ชัดเจน
training-question-usefulness = ฉันจะนำสิ่งที่ได้เรียนรู้ไปใช้ในหน่วยงานประปาของฉัน

training-catalogue-title = การฝึกอบรม
training-catalogue-heading = หลักสูตรฝึกอบรม
training-catalogue-lead = หลักสูตรโดยและเพื่อบุคลากรของหน่วยงานประปา ทั้งแบบพบหน้า ออนไลน์ หรือผสมกัน ลงทะเบียน เข้าร่วม และรับประกาศนียบัตร
training-new-program = หลักสูตรใหม่
training-filter-label = กรองหลักสูตรฝึกอบรม
training-filter-all-topics = ทุกหัวข้อ
training-format = รูปแบบ
training-filter-any-format = ทุกรูปแบบ
training-filter-when = ช่วงเวลา
training-filter-upcoming = กำลังจะจัดและกำลังดำเนินการ
training-filter-past = จบแล้ว
training-filter-all = ทั้งหมด
training-filter-show = แสดงหลักสูตร
training-loading-programs = กำลังโหลดหลักสูตร…
training-loading = กำลังโหลด…
training-no-programs = ไม่มีหลักสูตรที่ตรงกับตัวกรองนี้
training-card-finished = จบแล้ว
training-card-full = เต็มแล้ว: ลงชื่อในรายชื่อสำรอง
training-places-left = { $count ->
   *[other] เหลือ { $count } ที่นั่ง
}
training-card-meta = { $count ->
   *[other] { $format } · { $count } รอบ
}
training-card-last-session = รอบสุดท้าย: { $time }
training-card-next-session = รอบถัดไป: { $time }

training-new-title = หลักสูตรฝึกอบรมใหม่
training-back-to-all = ← หลักสูตรทั้งหมด
training-new-lead = เพิ่มรอบอบรมได้ที่หน้าหลักสูตรหลังจากบันทึกแล้ว
training-field-title = ชื่อหลักสูตร
training-field-description = ผู้เข้าอบรมจะได้เรียนรู้อะไร
training-field-time-zone = เขตเวลาของสถานที่
training-field-venue = สถานที่
training-field-venue-hint = อาคารและเมือง สำหรับหลักสูตรแบบพบหน้าและแบบผสม
training-field-link = ลิงก์การประชุม
training-field-link-hint = สำหรับหลักสูตรแบบออนไลน์และแบบผสม แสดงเฉพาะผู้ที่ได้ที่นั่งแล้ว
training-field-capacity = จำนวนที่นั่ง
training-field-min-sessions = จำนวนรอบที่ต้องเข้าร่วมเพื่อสำเร็จหลักสูตร
training-field-min-sessions-hint = เว้นว่าง: ทุกรอบ
training-field-topic = หัวข้อหลัก
training-field-topic-choose = เลือกหัวข้อ
training-field-topic2 = หัวข้อที่สอง (ไม่บังคับ)
training-field-topic2-none = ไม่มี
training-field-trainers = อีเมลของวิทยากร
training-field-trainers-hint = คั่นด้วยเครื่องหมายจุลภาค แต่ละคนต้องมีบัญชี วิทยากรเป็นผู้บันทึกการเข้าร่วม
training-save-program = บันทึกหลักสูตร

training-certificate-check = ตรวจสอบประกาศนียบัตร
training-checking = กำลังตรวจสอบ…
training-certificate-valid = ประกาศนียบัตรถูกต้อง
training-certificate-statement = { $count ->
   *[other] { $name } สำเร็จหลักสูตร { $program } เมื่อวันที่ { $date } โดยเข้าร่วม { $count } รอบ
}
training-certificate-program-link = เกี่ยวกับหลักสูตร
training-certificate-code = รหัสประกาศนียบัตร { $code }
training-certificate-download = ดาวน์โหลดประกาศนียบัตร (PDF)
training-certificate-invalid = ไม่มีประกาศนียบัตรที่ถูกต้อง
training-certificate-invalid-text = ไม่มีประกาศนียบัตรที่ถูกต้องสำหรับรหัสนี้ โปรดตรวจสอบที่อยู่เว็บกับประกาศนียบัตร หรือสอบถามวิทยากรของหลักสูตร

training-no-such-program = ไม่มีหลักสูตรนี้
training-evaluations = ผลการประเมิน
training-evaluations-lead = มีผู้ตอบ { $responses } คน จากผู้สำเร็จหลักสูตร { $completed } คน
training-evaluations-download = ดาวน์โหลดผลการประเมิน (CSV)
training-comments = ความคิดเห็น
training-no-comments = ยังไม่มีความคิดเห็น
training-rating-average = เฉลี่ย { $average } จาก 5
training-rating-none = ยังไม่มีคำตอบ
training-rating-chart = { $question }: { $summary } จำนวนผู้ให้คะแนน 1 ถึง 5: { $counts }
training-rating-scale = 1 = ไม่เห็นด้วยอย่างยิ่ง, 5 = เห็นด้วยอย่างยิ่ง

training-not-found = ไม่มีหลักสูตรฝึกอบรมหมายเลขนี้
training-places-taken = มีผู้จองแล้ว { $taken } จาก { $capacity } ที่นั่ง
training-places-taken-waiting = มีผู้จองแล้ว { $taken } จาก { $capacity } ที่นั่ง รอคิว { $waiting } คน
training-trainers = วิทยากร
training-completion = เงื่อนไขการสำเร็จหลักสูตร
training-sessions = รอบอบรม
training-sessions-none = จะประกาศรอบอบรมที่นี่
training-knowledge-products = ผลงานองค์ความรู้
training-add-to-calendar = เพิ่มลงในปฏิทินของฉัน (.ics)
training-sign-in-to-enrol = เข้าสู่ระบบหรือสร้างบัญชีเพื่อลงทะเบียน
training-sign-in = เข้าสู่ระบบ
training-sign-up = สร้างบัญชี
training-you-completed = คุณสำเร็จหลักสูตรนี้แล้ว
training-download-your-certificate = ดาวน์โหลดประกาศนียบัตรของคุณ (PDF)
training-verification-page = หน้าตรวจสอบ
training-evaluation-thanks = ขอบคุณสำหรับการประเมิน
training-you-have-a-place = คุณได้ที่นั่งแล้ว เข้าร่วมไปแล้ว { $attended } รอบ
training-cancel-place = ยกเลิกที่นั่งของฉัน
training-waitlist-position = หลักสูตรนี้เต็มแล้ว คุณอยู่ลำดับที่ { $position } ในรายชื่อสำรอง เราจะส่งอีเมลถึงคุณเมื่อมีที่นั่งสำหรับคุณ
training-on-waitlist = คุณอยู่ในรายชื่อสำรอง
training-leave-waitlist = ออกจากรายชื่อสำรอง
training-program-over = หลักสูตรนี้จบแล้ว
training-all-places-taken = ที่นั่งเต็มแล้ว ลงทะเบียนเพื่อเข้ารายชื่อสำรอง ที่นั่งถัดไปที่ว่างจะเป็นของคุณตามลำดับ
training-join-waitlist = ลงชื่อในรายชื่อสำรอง
training-enrol = ลงทะเบียน
training-your-place = ที่นั่งของคุณ
training-evaluation-heading = การอบรมเป็นอย่างไรบ้าง
training-evaluation-lead = คำตอบของคุณช่วยวิทยากรได้ และจะเผยแพร่โดยไม่ระบุชื่อคุณ
training-evaluation-comments = ความคิดเห็น (ไม่บังคับ)
training-evaluation-send = ส่งแบบประเมินของฉัน
training-staff-waitlisted = เพิ่มในรายชื่อสำรองแล้ว ผู้นั้นจะได้รับอีเมลเมื่อมีที่นั่ง
training-staff-enrolled = ลงทะเบียนแล้ว ผู้นั้นจะได้รับอีเมลพร้อมรายละเอียด
training-enrol-staff = ลงทะเบียนให้บุคลากรของคุณ
training-staff-member = บุคลากร
training-enrol-staff-member = ลงทะเบียนให้บุคลากร
training-for-trainers = สำหรับวิทยากร
training-enrolments-csv = รายชื่อผู้ลงทะเบียน (CSV)
training-attendance-csv = การเข้าร่วม (CSV)
training-attendance = การเข้าร่วม
training-no-enrolments = ยังไม่มีผู้ลงทะเบียน
training-attendance-opens = บันทึกการเข้าร่วมได้เมื่อรอบแรกเริ่มขึ้น
training-add-session = เพิ่มรอบอบรม
training-session-title = ชื่อรอบ (ไม่บังคับ)
training-session-day = วันที่
training-session-starts = เวลาเริ่ม
training-session-ends = เวลาสิ้นสุด
training-session-times-hint = เวลา ณ สถานที่จัด ({ $zone })
training-add-session-button = เพิ่มรอบนี้
training-participant = ผู้เข้าอบรม
training-status = สถานะ
training-completed = สำเร็จหลักสูตร
training-present-label = เข้าร่วม: { $name }, { $time }
training-present = เข้าร่วมแล้ว
training-mark-present = บันทึกว่าเข้าร่วม
training-has-place = ได้ที่นั่ง
training-waiting = รอคิว
training-yes = ใช่

training-session-venue-time = { $weekday } { $day } { $starts }–{ $ends } ({ $zone }, UTC{ $offset })
training-session-your-time = เวลาของคุณ: { $time } ({ $zone })
training-weekday-mon = จ.
training-weekday-tue = อ.
training-weekday-wed = พ.
training-weekday-thu = พฤ.
training-weekday-fri = ศ.
training-weekday-sat = ส.
training-weekday-sun = อา.

training-error-topics-listed = เลือกหัวข้อจากรายการ
training-error-trainer-unknown = ไม่มีบัญชีที่ใช้อีเมล { $email } วิทยากรต้องมีบัญชีก่อน
training-error-not-a-trainer = { $email } ยังไม่ได้เป็นวิทยากร ผู้ดูแลของสำนักเลขาธิการเป็นผู้มอบบทบาทวิทยากร
training-error-clock-change = เวลานี้ไม่ได้มีอยู่เพียงครั้งเดียว ณ สถานที่จัด (เนื่องจากการปรับเวลา) โปรดเลือกเวลาอื่น
training-evaluation-not-yet = แบบประเมินจะเปิดเมื่อคุณสำเร็จหลักสูตรแล้ว
training-evaluation-already = คุณส่งแบบประเมินแล้ว ขอบคุณ
training-no-such-session = ไม่มีรอบอบรมนี้
training-attendance-not-started = รอบนี้ยังไม่เริ่ม บันทึกการเข้าร่วมได้เมื่อรอบเริ่มขึ้น
training-attendance-not-enrolled = ผู้นี้ไม่ได้ลงทะเบียนในหลักสูตรนี้
training-attendance-no-place = เฉพาะผู้ที่ได้ที่นั่งเท่านั้นที่บันทึกการเข้าร่วมได้ ผู้นี้กำลังรอคิวหรือยกเลิกแล้ว
training-enrolment-closed = หลักสูตรนี้จบแล้ว ปิดรับลงทะเบียน
training-this-person = ผู้นี้
training-already-enrolled-you = คุณลงทะเบียนหลักสูตรนี้แล้ว
training-already-enrolled-other = { $name } ลงทะเบียนหลักสูตรนี้แล้ว
training-already-waitlisted-you = คุณอยู่ในรายชื่อสำรองของหลักสูตรนี้แล้ว
training-already-waitlisted-other = { $name } อยู่ในรายชื่อสำรองของหลักสูตรนี้แล้ว
training-cancel-over = หลักสูตรนี้จบแล้ว จึงไม่มีอะไรให้ยกเลิก
training-cancel-not-enrolled = คุณไม่ได้ลงทะเบียนหลักสูตรนี้
training-cancel-completed = คุณสำเร็จหลักสูตรนี้แล้ว จึงไม่มีอะไรให้ยกเลิก

training-mail-waitlisted-subject = อยู่ในรายชื่อสำรอง: { $title }
training-mail-waitlisted = { $title } เต็มแล้ว คุณจึงอยู่ในรายชื่อสำรอง เมื่อมีที่นั่งว่าง ที่นั่งนั้นจะมอบให้ผู้ที่รอคิวถัดไป และเราจะส่งอีเมลถึงคุณทันที
training-mail-waitlisted-position = { $title } เต็มแล้ว คุณจึงอยู่ในรายชื่อสำรอง (ลำดับที่ { $position }) เมื่อมีที่นั่งว่าง ที่นั่งนั้นจะมอบให้ผู้ที่รอคิวถัดไป และเราจะส่งอีเมลถึงคุณทันที
training-mail-the-program = หน้าหลักสูตร
training-mail-enrolled-subject = ยืนยันที่นั่งของคุณใน { $title } แล้ว
training-mail-enrolled = คุณได้ที่นั่งใน { $title } แล้ว ดูรอบอบรมพร้อมเวลาตามเขตเวลาของคุณและไฟล์ปฏิทินได้ที่หน้าหลักสูตร:
training-mail-enrolled-cancel = หากคุณมาไม่ได้ โปรดยกเลิกที่หน้านั้น เพื่อให้ผู้ที่อยู่ในรายชื่อสำรองได้ที่นั่งของคุณ

training-certificate-withdrawn = ไม่มีประกาศนียบัตรที่ถูกต้อง: ประกาศนียบัตรรหัสนี้ถูกเพิกถอน เนื่องจากข้อมูลการเข้าร่วมหรือการลงทะเบียนที่ใช้ออกประกาศนียบัตรได้รับการแก้ไข โปรดสอบถามวิทยากรของหลักสูตร
training-certificate-none = ไม่มีประกาศนียบัตรรหัสนี้
training-ics-summary = { $program }: { $session }
training-ics-calendar = การฝึกอบรม WaterLinks Hub
training-bad-format = '{ $code }' ไม่ใช่รูปแบบของหลักสูตร
training-bad-when = '{ $value }' ไม่ใช่ กำลังจะจัด จบแล้ว หรือทั้งหมด

training-pdf-title = ประกาศนียบัตร: { $name } - { $program }
training-pdf-heading = ประกาศนียบัตรสำเร็จการฝึกอบรม
training-pdf-certifies = ขอรับรองว่า
training-pdf-completed = ได้สำเร็จหลักสูตรฝึกอบรม
training-pdf-when = { $count ->
   *[other] เมื่อวันที่ { $date } โดยเข้าร่วม { $count } รอบ
}
training-pdf-verify = ตรวจสอบประกาศนียบัตรนี้: { $url }
training-pdf-code = รหัสประกาศนียบัตร: { $code }

training-csv-name = ชื่อ
training-csv-email = อีเมล
training-csv-status = สถานะ
training-csv-since = ตั้งแต่
training-csv-completed-on = วันที่สำเร็จหลักสูตร
training-csv-certificate-url = ลิงก์ประกาศนียบัตร
training-csv-sessions-attended = จำนวนรอบที่เข้าร่วม
training-csv-present = เข้าร่วม
training-csv-submitted-at = วันที่ส่ง
training-csv-relevance = ความเกี่ยวข้อง
training-csv-clarity = ความชัดเจน
training-csv-usefulness = ประโยชน์
training-csv-comments = ความคิดเห็น
training-status-enrolled = ลงทะเบียนแล้ว
training-status-waitlisted = รายชื่อสำรอง
training-status-cancelled = ยกเลิกแล้ว
