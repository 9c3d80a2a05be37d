## ความร่วมมือระหว่างผู้ให้บริการน้ำ (WOP): รายการ หน้าของความร่วมมือ ข้อตกลง แผนงาน
## ผลลัพธ์ รายงานความคืบหน้า และไฟล์ CSV

## สถานะ ฝ่าย และขั้นตอน

wops-state-proposed = เสนอแล้ว
wops-state-introduced = แนะนำแล้ว
wops-state-agreed = ตกลงแล้ว
wops-state-active = กำลังดำเนินการ
wops-state-completed = เสร็จสมบูรณ์
wops-state-closed-early = ปิดก่อนกำหนด
wops-side-mentor = หน่วยงานพี่เลี้ยง
wops-side-recipient = หน่วยงานผู้รับ
wops-step-introduce = แนะนำทั้งสองฝ่ายให้รู้จักกัน
wops-step-sign-mentor = ลงนามหนังสือแสดงเจตจำนง (หน่วยงานพี่เลี้ยง)
wops-step-sign-recipient = ลงนามหนังสือแสดงเจตจำนง (หน่วยงานผู้รับ)
wops-step-activate = เริ่มความร่วมมือ
wops-step-complete = ทำเครื่องหมายว่าเสร็จสมบูรณ์
wops-step-close-early = ปิดก่อนกำหนด

## เหตุที่ขั้นตอนถูกปฏิเสธ

wops-refused-only-proposed-introduced = ความร่วมมือที่อยู่ในสถานะ “{ $state }” ทำขั้นตอนนี้ไม่ได้: แนะนำได้เฉพาะความร่วมมือที่เสนอไว้เท่านั้น
wops-refused-intent-after-introduction = ความร่วมมือที่อยู่ในสถานะ “{ $state }” ทำขั้นตอนนี้ไม่ได้: หนังสือแสดงเจตจำนงจะลงนามหลังการแนะนำ
wops-refused-already-signed = ความร่วมมือที่อยู่ในสถานะ “{ $state }” ทำขั้นตอนนี้ไม่ได้: ฝ่ายนี้ลงนามหนังสือแสดงเจตจำนงแล้ว
wops-refused-only-agreed-starts = ความร่วมมือที่อยู่ในสถานะ “{ $state }” ทำขั้นตอนนี้ไม่ได้: เริ่มได้เฉพาะความร่วมมือที่ตกลงแล้วเท่านั้น
wops-refused-only-active-completes = ความร่วมมือที่อยู่ในสถานะ “{ $state }” ทำขั้นตอนนี้ไม่ได้: ปิดว่าเสร็จสมบูรณ์ได้เฉพาะความร่วมมือที่กำลังดำเนินการเท่านั้น
wops-refused-already-ended = ความร่วมมือที่อยู่ในสถานะ “{ $state }” ทำขั้นตอนนี้ไม่ได้: ความร่วมมือสิ้นสุดแล้ว
wops-refused-no-agreement = โปรดบันทึกข้อตกลงที่ลงนามแล้วก่อนเริ่มความร่วมมือ
wops-only-facilitating = เฉพาะผู้ประสานงานหรือสำนักเลขาธิการเท่านั้นที่ทำขั้นตอนนี้ได้
wops-only-mentor-admins = เฉพาะผู้ดูแลขององค์กรพี่เลี้ยงเท่านั้นที่ทำขั้นตอนนี้ได้
wops-only-recipient-admins = เฉพาะผู้ดูแลขององค์กรผู้รับเท่านั้นที่ทำขั้นตอนนี้ได้
wops-only-insiders = เฉพาะทั้งสองฝ่าย ผู้ประสานงาน หรือสำนักเลขาธิการเท่านั้นที่ทำขั้นตอนนี้ได้

## กิจกรรม

wops-kind-technical-consultation = การให้คำปรึกษาทางเทคนิค
wops-kind-on-the-job-training = การฝึกอบรมระหว่างปฏิบัติงาน
wops-kind-technology-demonstration = การสาธิตเทคโนโลยี
wops-kind-peer-review = การทบทวนขั้นตอนและระบบโดยเพื่อนร่วมวิชาชีพ
wops-kind-information-exchange = การแลกเปลี่ยนข้อมูล
wops-activity-planned = วางแผนแล้ว
wops-activity-in-progress = กำลังดำเนินการ
wops-activity-done = เสร็จแล้ว
wops-activity-cancelled = ยกเลิกแล้ว

## ตัวชี้วัด (KPI) ของผลลัพธ์

wops-outcome-headline = { $kpi }: { $baseline } (เป้าหมาย { $target } ภายใน { $by })
wops-outcome-headline-measured = { $kpi }: { $baseline } → { $now } (เป้าหมาย { $target } ภายใน { $by })
wops-warning-lower-better = สำหรับ{ $kpi } ค่ายิ่งต่ำยิ่งดี แต่เป้าหมาย ({ $target }) สูงกว่าค่าฐาน ({ $baseline })
wops-warning-higher-better = สำหรับ{ $kpi } ค่ายิ่งสูงยิ่งดี แต่เป้าหมาย ({ $target }) ต่ำกว่าค่าฐาน ({ $baseline })

## รายการความร่วมมือ

wops-list-title = ความร่วมมือ
wops-list-heading = ความร่วมมือระหว่างผู้ให้บริการน้ำ
wops-list-lead = หน่วยงานพี่เลี้ยงทำงานร่วมกับหน่วยงานผู้รับเพื่อแก้ปัญหาด้านบริการ ครั้งละ 12 ถึง 24 เดือน
wops-list-loading = กำลังโหลดความร่วมมือ…
wops-filter-label = กรองความร่วมมือ
wops-filter-status = สถานะ
wops-filter-any-status = ทุกสถานะ
wops-filter-year = ดำเนินการในปี
wops-filter-any-year = ทุกปี
wops-filter-submit = กรอง
wops-filter-clear = ล้าง
wops-filter-bad-status = “{ $value }” ไม่ใช่สถานะของความร่วมมือ
wops-filter-bad-year = “{ $value }” ไม่ใช่ปีระหว่าง 2000 ถึง 2100
wops-filter-country-too-long = ชื่อประเทศยาวเกินไป
wops-filter-bad-topic = นี่ไม่ใช่รหัสหัวข้อ
wops-list-none = ไม่มีความร่วมมือที่ตรงกับตัวกรองนี้
wops-list-count = ความร่วมมือ { $count } รายการ
wops-list-download-csv = ดาวน์โหลด CSV
wops-runs-from-to = { $from } ถึง { $to }
wops-dates-not-agreed = ยังไม่ได้ตกลงวันที่
wops-list-separator = {", "}

## หน้าของความร่วมมือ

wops-loading = กำลังโหลด…
wops-no-such-partnership = ไม่มีความร่วมมือหมายเลขนี้
wops-back-to-list = ← ความร่วมมือทั้งหมด
wops-topics = หัวข้อ
wops-facilitator = ผู้ประสานงาน
wops-closed-early-because = ปิดก่อนกำหนด: { $reason }
wops-actions-to-resolve = มาตรการแก้ไขที่ต้องดำเนินการ
wops-outcomes = ผลลัพธ์
wops-no-outcomes-published = ยังไม่มีผลลัพธ์ที่เผยแพร่
wops-activities = กิจกรรม
wops-activities-delivered = กิจกรรมที่ดำเนินการแล้ว
wops-agreement = ข้อตกลง
wops-signatories = ผู้ลงนาม
wops-agreement-runs = ระยะเวลา
wops-scope = ขอบเขต
wops-signed-document = เอกสารที่ลงนามแล้ว
wops-document-size = ({ $kb } KB)
wops-forum-awards = รางวัลจากการประชุม Forum
wops-award-winner = ผู้ได้รับรางวัล: { $award }
wops-removed-organization = (องค์กรที่ถูกลบแล้ว)

## ไทม์ไลน์และแผนภูมิผลลัพธ์

wops-no-activities = ยังไม่มีกิจกรรม
wops-timeline-label = กิจกรรมตามช่วงเวลา
wops-date-range = { $from } – { $to }
wops-chart-title = { $kpi } ตามช่วงเวลา
wops-chart-plan = { $kpi } ค่าฐาน { $baseline } เมื่อ { $baseline_date } เป้าหมาย { $target } ภายใน { $target_date }
wops-chart-nothing-measured = ยังไม่มีค่าที่วัดได้
wops-chart-measured = ค่าที่วัดได้: { $values }
wops-chart-value-on = { $value } เมื่อ { $date }
wops-legend-baseline = ค่าฐาน
wops-legend-target = เป้าหมาย
wops-legend-measured = ค่าที่วัดได้

## ขั้นตอนถัดไป มาตรการแก้ไข และประวัติ

wops-next-steps = ขั้นตอนถัดไป
wops-concept-note = บันทึกแนวคิด
wops-why-closing-early = เหตุใดจึงปิดก่อนกำหนด
wops-raised-by = เสนอโดย { $name } เมื่อ { $date }
wops-mark-resolved = ทำเครื่องหมายว่าแก้ไขแล้ว
wops-work-plan = แผนงาน
wops-history = ประวัติ
wops-history-when = { $date } { $time } UTC
wops-trail-proposed = เสนอความร่วมมือ
wops-trail-introduced = แนะนำหน่วยงานทั้งสองให้รู้จักกัน
wops-trail-state-change = { $from } → { $to }
wops-trail-state-change-note = { $change }: { $note }
wops-trail-period = { $start } ถึง { $end }
wops-trail-agreement-recorded = บันทึกข้อตกลง
wops-trail-agreement-corrected = แก้ไขข้อตกลง
wops-trail-agreement-document = อัปโหลดข้อตกลงที่ลงนามแล้ว
wops-trail-commitment-mentor = เพิ่มพันธะของหน่วยงานพี่เลี้ยง
wops-trail-commitment-recipient = เพิ่มพันธะของหน่วยงานผู้รับ
wops-trail-activity-planned = วางแผนกิจกรรม
wops-trail-activity-marked = ทำเครื่องหมายกิจกรรมว่า “{ $status }”
wops-trail-resource-added = เพิ่มทรัพยากร
wops-trail-part-removed = { $part ->
    [commitment] ลบพันธะ
    [activity] ลบกิจกรรม
   *[other] ลบทรัพยากร
}
wops-trail-outcome-set = กำหนดผลลัพธ์
wops-trail-outcome-detail = { $kpi }: ค่าฐาน { $baseline } เมื่อ { $baseline_on } เป้าหมาย { $target } ภายใน { $target_by }
wops-trail-measured = บันทึกค่าที่วัดได้
wops-trail-measured-detail = { $kpi } เมื่อ { $on }: { $value }
wops-trail-report-submitted = ส่งรายงานความคืบหน้า
wops-trail-report-reviewed = ตรวจรายงานความคืบหน้า
wops-trail-review-detail = { $count ->
   *[other] { $comment } (มาตรการแก้ไข { $count } รายการ)
}
wops-trail-action-resolved = ดำเนินมาตรการแก้ไขแล้ว
wops-enter-concept-note = โปรดเขียนบันทึกแนวคิดสั้น ๆ สำหรับทั้งสองฝ่าย
wops-enter-close-reason = โปรดระบุเหตุที่ปิดความร่วมมือก่อนกำหนด
wops-note-too-long = บันทึกยาวเกินไป (ไม่เกิน { $max } ตัวอักษร)
wops-changed-meanwhile = ความร่วมมือนี้เพิ่งถูกเปลี่ยนแปลง โปรดโหลดหน้าใหม่แล้วลองอีกครั้ง
wops-unknown-step = ไม่รู้จักขั้นตอนนี้
wops-plan-closed = ความร่วมมือนี้อยู่ในสถานะ “{ $state }” จึงเปลี่ยนแปลงแผนไม่ได้อีกแล้ว

## ข้อตกลง

wops-correct-agreement = แก้ไขข้อตกลง
wops-record-agreement = บันทึกข้อตกลง
wops-agreement-after-introduction = ข้อตกลงจะบันทึกได้เมื่อผู้ประสานงานแนะนำทั้งสองฝ่ายแล้ว
wops-signatories-hint = ชื่อและตำแหน่งของผู้ลงนามของทั้งสองฝ่าย
wops-start-date = วันที่เริ่ม
wops-end-date = วันที่สิ้นสุด
wops-end-date-hint = 12 ถึง 24 เดือนหลังวันที่เริ่ม
wops-save-agreement = บันทึกข้อตกลง
wops-signed-agreement-upload = ข้อตกลงที่ลงนามแล้ว (PDF ไม่เกิน 10 MB)
wops-upload = อัปโหลด
wops-enter-signatories = โปรดระบุผู้ลงนาม
wops-signatories-too-long = รายชื่อผู้ลงนามยาวเกินไป (ไม่เกิน { $max } ตัวอักษร)
wops-enter-scope = โปรดระบุขอบเขต
wops-scope-too-long = ขอบเขตยาวเกินไป (ไม่เกิน { $max } ตัวอักษร)
wops-enter-start-date = โปรดระบุวันที่เริ่ม
wops-start-date-format = โปรดระบุวันที่เริ่มในรูปแบบวันที่ (YYYY-MM-DD)
wops-enter-end-date = โปรดระบุวันที่สิ้นสุด
wops-end-date-format = โปรดระบุวันที่สิ้นสุดในรูปแบบวันที่ (YYYY-MM-DD)
wops-end-after-start = วันที่สิ้นสุดต้องอยู่หลังวันที่เริ่ม
wops-agreement-length = ความร่วมมือมีระยะเวลา { $min } ถึง { $max } เดือน: วันที่สิ้นสุดต้องอยู่ระหว่าง { $earliest } ถึง { $latest }
wops-activities-outside-dates = มีกิจกรรมที่วางแผนไว้ { $count } รายการอยู่นอกช่วงวันที่นี้ โปรดย้ายกิจกรรมเหล่านั้นก่อน
wops-upload-missing = โปรดเลือกข้อตกลงที่ลงนามแล้ว (ไฟล์ PDF) เพื่ออัปโหลด
wops-upload-too-large = ไฟล์มีขนาดเกิน 10 MB โปรดอัปโหลดไฟล์ PDF ที่เล็กกว่านี้
wops-upload-not-pdf = ไฟล์นี้ไม่ใช่ PDF โปรดอัปโหลดข้อตกลงที่ลงนามแล้วเป็นไฟล์ PDF
wops-upload-no-terms = โปรดบันทึกเงื่อนไขของข้อตกลงก่อนอัปโหลดเอกสารที่ลงนามแล้ว
wops-upload-not-allowed = คุณไม่สามารถเปลี่ยนแปลงข้อตกลงของความร่วมมือนี้ได้
wops-no-signed-agreement = ยังไม่มีการอัปโหลดข้อตกลงที่ลงนามแล้ว
wops-agreement-file-missing = ไม่พบไฟล์ข้อตกลงที่ลงนามแล้ว

## แผนงาน: พันธะ กิจกรรม และทรัพยากร

wops-remove = ลบ
wops-commitments = พันธะ
wops-no-commitments = ยังไม่มีพันธะ
wops-commitment-side = { $side }:
wops-remove-commitment = ลบพันธะ: { $promise }
wops-add-commitment = เพิ่มพันธะ
wops-partner = ฝ่าย
wops-promise = สิ่งที่ฝ่ายนี้สัญญาว่าจะทำ
wops-add-commitment-submit = เพิ่มพันธะ
wops-choose-committing-side = โปรดเลือกฝ่ายที่ให้พันธะ
wops-enter-commitment = โปรดระบุพันธะ
wops-commitment-too-long = พันธะยาวเกินไป (ไม่เกิน { $max } ตัวอักษร)
wops-remove-activity = ลบกิจกรรม: { $title }
wops-status-of = สถานะของ { $title }
wops-activity-line = { $title } ({ $side }, { $from } ถึง { $to })
wops-update = ปรับปรุง
wops-plan-activity = วางแผนกิจกรรม
wops-activity-kind = ประเภท
wops-activity-title = ชื่อกิจกรรม
wops-from = ตั้งแต่
wops-to = ถึง
wops-responsible = ฝ่ายที่รับผิดชอบ
wops-place = สถานที่
wops-online = ออนไลน์
wops-status = สถานะ
wops-add-activity-submit = เพิ่มกิจกรรม
wops-choose-activity-kind = โปรดเลือกประเภทกิจกรรม
wops-enter-title = โปรดระบุชื่อกิจกรรม
wops-title-too-long = ชื่อกิจกรรมยาวเกินไป (ไม่เกิน { $max } ตัวอักษร)
wops-end-not-before-start = วันที่สิ้นสุดต้องไม่อยู่ก่อนวันที่เริ่ม
wops-activity-outside-agreement = กิจกรรมต้องอยู่ภายในระยะเวลาของข้อตกลง คือ { $from } ถึง { $to }
wops-choose-responsible = โปรดเลือกฝ่ายที่รับผิดชอบ
wops-enter-place = โปรดระบุสถานที่ หรือเลือก “ออนไลน์”
wops-place-too-long = สถานที่ยาวเกินไป (ไม่เกิน { $max } ตัวอักษร)
wops-choose-status = โปรดเลือกสถานะ
wops-activity-not-in-plan = กิจกรรมนี้ไม่อยู่ในแผนงาน
wops-unknown-part = ไม่รู้จักส่วนนี้ของแผนงาน
wops-part-gone = รายการนี้ไม่อยู่ในแผนงาน (แล้ว)
wops-resources = ทรัพยากร
wops-no-resources = ยังไม่มีรายการทรัพยากร
wops-resource-money = { $amount } { $currency } — { $description }
wops-resource-in-kind = ในรูปสิ่งของหรือบริการ — { $description }
wops-resource-from = (จาก { $source })
wops-remove-resource = ลบทรัพยากร: { $what }
wops-add-resource = เพิ่มทรัพยากร
wops-resource-kind = ประเภท
wops-resource-kind-money = เงิน
wops-resource-kind-in-kind = สิ่งของหรือบริการ (เวลาของพนักงาน อุปกรณ์)
wops-amount = จำนวนเงิน
wops-currency = สกุลเงิน
wops-currency-hint = USD, THB, PHP…
wops-resource-description = ใช้จ่ายหรือจัดหาอะไร
wops-resource-source = แหล่งที่มา
wops-resource-source-hint = ผู้ให้: ฝ่ายใดฝ่ายหนึ่ง หรือหน่วยงานพันธมิตรเพื่อการพัฒนา…
wops-add-resource-submit = เพิ่มทรัพยากร
wops-enter-description = โปรดระบุคำอธิบาย
wops-description-too-long = คำอธิบายยาวเกินไป (ไม่เกิน { $max } ตัวอักษร)
wops-enter-source = โปรดระบุแหล่งที่มา
wops-source-too-long = แหล่งที่มายาวเกินไป (ไม่เกิน { $max } ตัวอักษร)
wops-amount-positive = จำนวนเงินต้องมากกว่าศูนย์
wops-amount-number = โปรดระบุจำนวนเงินเป็นตัวเลข เช่น 25000
wops-currency-code = โปรดระบุสกุลเงินเป็นรหัสสามตัวอักษร เช่น USD หรือ THB
wops-choose-resource-kind = โปรดเลือกเงิน หรือสิ่งของหรือบริการ

## ผลลัพธ์

wops-not-public = (ไม่เผยแพร่)
wops-measured-value = ค่า{ $kpi }ที่วัดได้ ({ $unit })
wops-measured-on = วันที่วัด
wops-record-value = บันทึกค่า
wops-set-outcome = กำหนดผลลัพธ์
wops-kpi = ตัวชี้วัด (KPI)
wops-kpi-with-unit = { $kpi } ({ $unit })
wops-baseline-value = ค่าฐาน
wops-baseline-date = วันที่ของค่าฐาน
wops-target-value = ค่าเป้าหมาย
wops-target-date = วันที่ของเป้าหมาย
wops-outcome-private = ไม่แสดงผลลัพธ์นี้ในหน้าสาธารณะ
wops-save-outcome = บันทึกผลลัพธ์
wops-saved-but-note = บันทึกแล้ว แต่โปรดสังเกต: { $warning }
wops-choose-kpi = โปรดเลือกตัวชี้วัด (KPI)
wops-enter-number = โปรดระบุตัวเลข
wops-enter-baseline-date = โปรดระบุวันที่ของค่าฐาน
wops-baseline-date-format = โปรดระบุวันที่ของค่าฐานในรูปแบบวันที่ (YYYY-MM-DD)
wops-enter-target-date = โปรดระบุวันที่ของเป้าหมาย
wops-target-date-format = โปรดระบุวันที่ของเป้าหมายในรูปแบบวันที่ (YYYY-MM-DD)
wops-baseline-not-future = วันที่ของค่าฐานต้องไม่เป็นวันในอนาคต
wops-target-after-baseline = วันที่ของเป้าหมายต้องอยู่หลังวันที่ของค่าฐาน
wops-enter-measured-on = โปรดระบุวันที่วัด (YYYY-MM-DD)
wops-date-not-future = วันที่ต้องไม่เป็นวันในอนาคต
wops-measured-before-baseline = วันที่วัดต้องไม่อยู่ก่อนค่าฐาน ({ $baseline })
wops-outcome-not-in-plan = ผลลัพธ์นี้ไม่อยู่ในแผนงาน

## รายงานความคืบหน้าและการทบทวน

wops-progress-reports = รายงานความคืบหน้า
wops-no-reports = ยังไม่มีรายงานความคืบหน้า
wops-submitted-by = ส่งโดย { $name } เมื่อ { $date }
wops-achievements-label = ผลสำเร็จ:
wops-challenges-label = อุปสรรค:
wops-reviewed-by = ทบทวนโดย { $name } เมื่อ { $date }:
wops-review-comment = ความเห็นจากการทบทวน
wops-review-actions = มาตรการแก้ไข (บรรทัดละหนึ่งมาตรการ ไม่บังคับ)
wops-save-review = บันทึกการทบทวน
wops-awaiting-review = รอผู้ประสานงานทบทวน
wops-submit-report = ส่งรายงานความคืบหน้า
wops-period-from = ช่วงรายงานตั้งแต่
wops-period-to = ช่วงรายงานถึง
wops-what-achieved = สิ่งที่ทำสำเร็จ
wops-challenges-optional = อุปสรรค (ไม่บังคับ)
wops-submit-report-submit = ส่งรายงาน
wops-enter-period-start = โปรดระบุวันเริ่มต้นของช่วงรายงาน
wops-period-start-format = โปรดระบุวันเริ่มต้นของช่วงรายงานในรูปแบบวันที่ (YYYY-MM-DD)
wops-enter-period-end = โปรดระบุวันสิ้นสุดของช่วงรายงาน
wops-period-end-format = โปรดระบุวันสิ้นสุดของช่วงรายงานในรูปแบบวันที่ (YYYY-MM-DD)
wops-period-end-before-start = ช่วงรายงานต้องไม่สิ้นสุดก่อนวันเริ่มต้น
wops-period-not-begun = โปรดรายงานช่วงเวลาที่เริ่มต้นแล้ว
wops-enter-achievements = โปรดระบุผลสำเร็จ
wops-achievements-too-long = ผลสำเร็จยาวเกินไป (ไม่เกิน { $max } ตัวอักษร)
wops-challenges-too-long = อุปสรรคยาวเกินไป (ไม่เกิน { $max } ตัวอักษร)
wops-enter-review-comment = โปรดเขียนความเห็นถึงทั้งสองฝ่าย
wops-review-too-long = การทบทวนยาวเกินไป (ไม่เกิน { $max } ตัวอักษร)
wops-report-after-agreement = รายงานความคืบหน้าได้เมื่อความร่วมมือตกลงกันแล้ว
wops-no-such-report = ไม่มีรายงานความคืบหน้านี้
wops-report-already-reviewed = รายงานนี้ได้รับการทบทวนแล้ว
wops-no-such-action = ไม่มีมาตรการแก้ไขนี้
wops-action-already-resolved = มาตรการนี้แก้ไขแล้ว

## ไฟล์ CSV (หัวคอลัมน์และข้อผิดพลาด)

wops-csv-id = รหัส
wops-csv-title = ชื่อ
wops-csv-status = สถานะ
wops-csv-mentor = หน่วยงานพี่เลี้ยง
wops-csv-mentor-country = ประเทศของหน่วยงานพี่เลี้ยง
wops-csv-recipient = หน่วยงานผู้รับ
wops-csv-recipient-country = ประเทศของหน่วยงานผู้รับ
wops-csv-topics = หัวข้อ
wops-csv-start-date = วันที่เริ่ม
wops-csv-end-date = วันที่สิ้นสุด
wops-csv-page-url = ที่อยู่หน้าเว็บ
wops-export-failed = ส่งออกไม่สำเร็จ โปรดลองอีกครั้ง
