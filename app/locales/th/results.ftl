## ผลลัพธ์ของเครือข่าย: แดชบอร์ด แผนภูมิและตาราง แผนที่ รายงาน XLSX/PDF/CSV และหน้าสำหรับนักพัฒนา

results-title = ผลลัพธ์ของเครือข่าย
results-lead = สิ่งที่ความร่วมมือ การฝึกอบรม และผลิตภัณฑ์ความรู้ของเครือข่ายได้บรรลุ ตามข้อมูลที่พันธมิตรรายงาน
results-loading = กำลังโหลดตัวเลข…
results-online = ออนไลน์

## ตัวกรอง
results-filter-label = กรองผลลัพธ์
results-from-year = ตั้งแต่ปี
results-to-year = ถึงปี
results-any = ทั้งหมด
results-status = สถานะความร่วมมือ
results-any-status = ทุกสถานะ
results-show = แสดง
results-clear = ล้างตัวกรอง
results-filter-bad-year = '{ $value }' ไม่ใช่ปีระหว่าง { $first } ถึง { $last }
results-filter-period-reversed = ช่วงเวลาสิ้นสุด ({ $to }) ก่อนเริ่มต้น ({ $from })
results-filter-unknown-country = ไม่มีองค์กรของเครือข่ายในประเทศนั้น
results-filter-unknown-topic = นั่นไม่ใช่หัวข้อหนึ่งของเครือข่าย
results-filter-unknown-status = '{ $value }' ไม่ใช่สถานะของความร่วมมือ
results-period-all = ทุกปี
results-period-from = ตั้งแต่ { $year }
results-period-to = จนถึง { $year }
results-showing = กำลังแสดง: { $scope }

## สถานะความร่วมมือ
results-state-proposed = เสนอแล้ว
results-state-introduced = แนะนำแล้ว
results-state-agreed = ตกลงแล้ว
results-state-active = ดำเนินการอยู่
results-state-completed = เสร็จสิ้น
results-state-closed-early = ปิดก่อนกำหนด
results-partnerships-proposed = ความร่วมมือที่เสนอแล้ว
results-partnerships-introduced = ความร่วมมือที่แนะนำแล้ว
results-partnerships-agreed = ความร่วมมือที่ตกลงแล้ว
results-partnerships-active = ความร่วมมือที่ดำเนินการอยู่
results-partnerships-completed = ความร่วมมือที่เสร็จสิ้น
results-partnerships-closed-early = ความร่วมมือที่ปิดก่อนกำหนด

## ตัวเลขหลัก
results-fig-active = ความร่วมมือที่ดำเนินการอยู่
results-fig-completed = ความร่วมมือที่เสร็จสิ้น
results-fig-utilities = การประปาที่เข้าร่วม
results-fig-people = ผู้ที่ได้รับบริการใหม่หรือดีขึ้น
results-fig-trained = บุคลากรที่ได้รับการฝึกอบรม
results-fig-downloads = การดาวน์โหลดผลิตภัณฑ์ความรู้

## แดชบอร์ด
results-report-xlsx = รายงาน (XLSX)
results-report-pdf = รายงาน (PDF)
results-csv-partnerships = ความร่วมมือ (CSV)
results-csv-outcomes = ผลลัพธ์ (CSV)
results-csv-years = รายปี (CSV)
results-map = แผนที่
results-empty = ไม่มีความร่วมมือหรือการฝึกอบรมที่ตรงกับตัวกรองเหล่านี้ จึงไม่มีข้อมูลให้แสดงเป็นแผนภูมิ ลองใช้ช่วงเวลาที่ยาวขึ้นหรือลดตัวกรองลง
results-partnerships = ความร่วมมือ
results-by-status = ความร่วมมือตามสถานะ
results-outcomes-title = ผลลัพธ์ตาม KPI
results-outcomes-lead = ค่าเฉลี่ยของค่าฐานของแต่ละความร่วมมือและค่าที่วัดและเปิดเผยล่าสุดในช่วงเวลานั้น “ดีขึ้น” เป็นไปตามทิศทางของ KPI นั้นเอง (น้ำสูญเสียยิ่งต่ำยิ่งดี)
results-training-title = การเสริมสร้างขีดความสามารถ
results-training-lead = การฝึกอบรมกรองตามช่วงเวลาและหัวข้อ
results-training-chart = การฝึกอบรมที่จัดและจำนวนผู้สำเร็จ
results-count = จำนวน
results-programs = หลักสูตร
results-sessions = รุ่น
results-enrolled = ลงทะเบียน
results-completions = สำเร็จการอบรม
results-evaluations = การประเมิน
results-relevance = ความเกี่ยวข้อง
results-clarity = ความชัดเจน
results-usefulness = ความเป็นประโยชน์
results-score = { $score } / 5
results-counted = ความร่วมมือที่นับรวม
results-table-scroll = { $table }: ตาราง เลื่อนไปด้านข้างเพื่อดูเพิ่มเติม
results-partnership = ความร่วมมือ
results-status-column = สถานะ
results-mentor = หน่วยงานพี่เลี้ยง
results-recipient = หน่วยงานผู้รับ
results-no-outcomes = ไม่มีผลลัพธ์ที่เปิดเผยสำหรับตัวกรองเหล่านี้
results-outcomes = ผลลัพธ์
results-kpi = KPI
results-outcomes-measured = ผลลัพธ์ (ที่วัดแล้ว)
results-baseline = ค่าฐาน
results-latest = ล่าสุด
results-change = การเปลี่ยนแปลง
results-improved = ดีขึ้น
results-not-measured = ยังไม่ได้วัด
results-improved-of = { $improved } จาก { $measured }
results-points = { $points } จุด
results-better = ดีขึ้น { $size }
results-worse = แย่ลง { $size }
results-no-change = ไม่เปลี่ยนแปลง

## แผนภูมิ
results-chart-item = รายการ
results-years-title = ความร่วมมือที่ดำเนินอยู่ในแต่ละปี แยกตามสถานะ
results-year = ปี
results-total = รวม
results-years-count = { $state }: { $count }
results-years-desc = { $year }: { $total } ({ $parts })
results-years-none = ไม่มี

## แผนที่
results-map-title = แผนที่ความร่วมมือ
results-map-lead = การประปาในความร่วมมือของเครือข่าย พร้อมเส้นจากหน่วยงานพี่เลี้ยงไปยังหน่วยงานผู้รับ เลือกเส้นเพื่อเปิดความร่วมมือนั้น
results-map-loading = กำลังโหลดแผนที่…
results-map-summary = แผนที่เอเชียและแปซิฟิกที่มีความร่วมมือ { $count } รายการ เชื่อมระหว่างการประปา { $utilities } แห่ง
results-map-back = กลับไปที่แดชบอร์ดผลลัพธ์
results-map-legend = สีของเส้น
results-map-credit = ขอบเขตประเทศ: Natural Earth (สาธารณสมบัติ)
results-map-unplaced = ไม่อยู่บนแผนที่ (การประปาบางแห่งไม่มีพิกัด):
results-map-list = ความร่วมมือบนแผนที่

## รายงาน (XLSX, PDF, CSV)
results-report-network-title = ผลลัพธ์ของเครือข่าย WaterLinks ({ $scope })
results-report-country-title = ผลลัพธ์ของ WaterLinks ใน { $country } ({ $scope })
results-sheet-summary = สรุป
results-sheet-years = รายปี
results-sheet-outcomes = ผลลัพธ์
results-sheet-partnerships = ความร่วมมือ
results-report-figure = ตัวชี้วัด
results-report-value = ค่า
results-report-scope = ขอบเขต
results-report-counted = ความร่วมมือที่นับรวม
results-report-programs = หลักสูตรฝึกอบรมที่จัด
results-report-sessions = รุ่นการฝึกอบรม
results-report-trained = บุคลากรที่ได้รับการฝึกอบรม (สำเร็จ)
results-report-relevance = ความเกี่ยวข้อง (ค่าเฉลี่ยจาก 5)
results-report-clarity = ความชัดเจน (ค่าเฉลี่ยจาก 5)
results-report-usefulness = ความเป็นประโยชน์ (ค่าเฉลี่ยจาก 5)
results-report-outcomes-title = ผลลัพธ์ตาม KPI (จากค่าฐานถึงค่าล่าสุด การเปลี่ยนแปลงเป็นบวกเมื่อดีขึ้น)
results-report-unit = หน่วย
results-report-measured = วัดแล้ว
results-report-mean-baseline = ค่าฐานเฉลี่ย
results-report-mean-latest = ค่าล่าสุดเฉลี่ย
results-report-mean-change = การเปลี่ยนแปลงเฉลี่ย (ดีขึ้น > 0)
results-report-id = รหัส
results-report-title = ชื่อ
results-report-mentor-country = ประเทศของหน่วยงานพี่เลี้ยง
results-report-recipient-country = ประเทศของหน่วยงานผู้รับ
results-report-topics = หัวข้อ
results-report-start = เริ่ม
results-report-end = สิ้นสุด
results-pdf-none = ไม่มีข้อมูลสำหรับตัวกรองเหล่านี้
results-pdf-footer = WaterLinks Hub - หน้า { $page } จาก { $pages }
results-no-such-file = ไม่มีไฟล์นี้
results-no-such-table = ไม่มีตารางนี้ ลองใช้ summary, years, outcomes หรือ partnerships

## หน้าสำหรับนักพัฒนา
results-dev-title = API สำหรับพันธมิตรด้านการพัฒนา
results-dev-lead = ข้อมูลสาธารณะของเครือข่ายในรูปแบบ JSON แบบอ่านอย่างเดียว: องค์กร ความร่วมมือพร้อมผลลัพธ์ การฝึกอบรม ผลิตภัณฑ์ความรู้ กิจกรรม และตัวเลขผลลัพธ์
results-dev-openapi = คำอธิบายที่เครื่องอ่านได้คือเอกสาร OpenAPI:
results-dev-paging = รายการแบ่งเป็นหน้า (หน้าเริ่มจาก 1 สูงสุด 100 รายการต่อหน้า) ตัวอย่างเช่น:
results-dev-answers = คำตอบแต่ละครั้งจะบอกหน้า จำนวนรายการต่อหน้า และจำนวนทั้งหมด:
results-dev-errors = พารามิเตอร์ที่อยู่นอกช่วงหรือไม่รู้จักจะได้รับสถานะ 400 และข้อความ JSON ในฟิลด์:
results-dev-public = ให้บริการเฉพาะข้อมูลสาธารณะ เว้นแต่คำขอมีคุกกี้เซสชันของสมาชิกที่เข้าสู่ระบบ (จะรวมผลลัพธ์ที่ไม่เปิดเผยและผลิตภัณฑ์ความรู้สำหรับสมาชิกเท่านั้นด้วย)
results-dev-endpoints = ปลายทาง (endpoint)
results-dev-returns = สิ่งที่ส่งกลับ
results-dev-parameters = พารามิเตอร์
results-dev-same-figures = ตัวเลขชุดเดียวกันพร้อมรายงาน XLSX, PDF และ CSV อยู่ที่
results-dev-dashboard = แดชบอร์ดผลลัพธ์
results-dev-organizations = องค์กรของเครือข่าย: การประปา สมาคม พันธมิตร
results-dev-partnerships = ความร่วมมือระหว่างผู้ให้บริการน้ำ (WOP) พร้อมผลลัพธ์ (เฉพาะผลลัพธ์สาธารณะหากไม่ได้เข้าสู่ระบบ)
results-dev-trainings = หลักสูตรฝึกอบรมพร้อมรุ่นการอบรม
results-dev-knowledge-products = ผลิตภัณฑ์ความรู้ที่เผยแพร่ (เฉพาะที่เป็นสาธารณะหากไม่ได้เข้าสู่ระบบ) พร้อมจำนวนดาวน์โหลด
results-dev-events = กิจกรรมในภาคส่วน
results-dev-results = ตัวเลขของแดชบอร์ดผลลัพธ์สำหรับตัวกรองหนึ่ง
