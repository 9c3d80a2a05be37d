## Forum Tahunan: pendaftaran, daftar tunggu, tanda peserta, check-in, agenda, halaman sekretariat
## dan email kepada pendaftar.

forum-page-title = Forum Tahunan
forum-loading = Memuat…
forum-no-edition = Belum ada edisi Forum yang dibuka.
forum-dates-span = { $first } – { $last }
forum-dates-venue = { $dates }, { $venue }
forum-awards-link = Penghargaan Forum: para nominasi, pemungutan suara peserta, dan para pemenang
forum-offline-banner = Anda sedang luring. Halaman yang pernah Anda buka tetap dapat digunakan; yang memerlukan jaringan akan menunggu sampai jaringan kembali.

forum-window-not-open = Pendaftaran dibuka pada { $date }.
forum-window-closed = Pendaftaran ditutup pada { $date }.
forum-window-open = { $count ->
   *[other] Pendaftaran dibuka hingga { $date }: tersisa { $count } tempat.
}
forum-window-full = Pendaftaran dibuka hingga { $date }, tetapi Forum sudah penuh: Anda dapat masuk daftar tunggu.

forum-agenda = Agenda
forum-agenda-times = Waktu dalam zona { $zone }.
forum-agenda-sign-in = Masuk untuk menandai sesi dengan bintang ke agenda Anda sendiri.
forum-my-agenda = Agenda saya
forum-my-agenda-empty = Beri bintang pada sesi di bawah untuk menyusun agenda Anda.
forum-my-agenda-item = { $when } · { $title } ({ $room })
forum-session-when = { $day }, { $starts }–{ $ends }
forum-star = ☆ Tambahkan ke agenda saya
forum-starred = ★ Ada di agenda saya

forum-register = Daftar
forum-registering = Mendaftarkan…
forum-thank-you = Terima kasih
forum-open-my-badge = Buka tanda peserta saya
forum-field-name = Nama (seperti pada tanda peserta)
forum-field-email = Email
forum-field-organization = Organisasi
forum-field-attendee-type = Saya hadir sebagai
forum-choose = Pilih…
forum-yes = Ya
forum-no = Tidak
forum-question-optional = { $question } (opsional)
forum-resend = Kirim ulang email konfirmasi
forum-resend-sent = Terkirim. Silakan periksa kotak masuk Anda (dan folder spam).

forum-attendee-utility = Perusahaan air minum
forum-attendee-development-partner = Mitra pembangunan
forum-attendee-knowledge-partner = Mitra pengetahuan
forum-attendee-media = Media
forum-attendee-secretariat = Sekretariat

forum-status-unconfirmed = Email belum dikonfirmasi
forum-status-pending = Menunggu persetujuan
forum-status-registered = Terdaftar
forum-status-waitlisted = Dalam daftar tunggu
forum-status-rejected = Ditolak
forum-status-cancelled = Dibatalkan

forum-name-required = Masukkan nama Anda seperti yang akan tercetak pada tanda peserta.
forum-name-too-long = Nama Anda tidak boleh lebih dari { $max } karakter.
forum-email-required = Masukkan alamat email Anda: konfirmasi dikirim ke sana.
forum-email-invalid = Ini tidak tampak seperti alamat email (contoh: nama@pdam.co.id).
forum-organization-required = Masukkan organisasi Anda.
forum-organization-too-long = Nama organisasi tidak boleh lebih dari { $max } karakter.
forum-attendee-type-required = Pilih kategori kehadiran Anda.
forum-answer-required = Mohon jawab “{ $question }”.
forum-answer-too-long = Jawaban ini tidak boleh lebih dari { $max } karakter.
forum-answer-choose = Pilih salah satu dari: { $options }.

forum-register-not-open = Pendaftaran untuk { $edition } dibuka pada { $date }.
forum-register-closed = Pendaftaran untuk { $edition } telah ditutup pada { $date }.
forum-declined-before = Pendaftaran untuk { $edition } dengan email ini telah ditolak. Silakan hubungi sekretariat.
forum-duplicate = Email ini sudah terdaftar untuk { $edition }. Jika email konfirmasi tidak sampai, kami dapat mengirimkannya ulang.
forum-link-invalid = Tautan konfirmasi ini sudah digunakan atau telah diganti dengan yang lebih baru. Jika Anda sudah mendaftar, periksa tautan tanda peserta di email terbaru, atau minta konfirmasi dikirim ulang.
forum-unknown-personal-code = Kode pribadi ini tidak berlaku. Gunakan tautan atau kode dari email pendaftaran terbaru Anda (email yang lebih baru menggantikan kode lama).

forum-registered-unconfirmed = Hampir selesai: kami telah mengirim tautan konfirmasi ke { $email }. Pendaftaran Anda untuk { $edition } berlaku setelah Anda membukanya.
forum-registered-pending = Pendaftaran Anda telah dikonfirmasi dan menunggu persetujuan sekretariat; kami akan mengabarkan keputusannya melalui email.
forum-registered-registered = Anda terdaftar untuk { $edition }. Tanda peserta Anda sudah siap.
forum-registered-waitlisted = { $edition } sudah penuh, jadi Anda masuk daftar tunggu. Kami akan mengirim email segera setelah ada tempat kosong.

forum-personal-code = Kode pribadi Anda
forum-personal-code-text = Simpan untuk diri sendiri: kode ini memungkinkan Anda memberikan suara dalam penghargaan Forum dan membatalkan pendaftaran, dan tidak tercetak pada tanda peserta. Kami juga telah mengirimkannya melalui email.
forum-my-voting-link = Tautan pemungutan suara saya

forum-confirm-title = Konfirmasi pendaftaran Forum Anda
forum-confirm-heading = Konfirmasi pendaftaran Anda
forum-email-confirmed = Email telah dikonfirmasi
forum-confirm-text = Tekan tombol untuk mengonfirmasi alamat email Anda dan menyelesaikan pendaftaran.
forum-confirm-button = Konfirmasi pendaftaran saya

forum-badge-title = Tanda peserta Forum
forum-badge-event = { $edition } · { $dates }
forum-badge-code = Kode { $code }
forum-badge-qr-label = Kode QR tanda peserta
forum-badge-not-admitted = Status: { $status }. Hanya peserta terdaftar yang dapat check-in.
forum-badge-not-valid-yet = Status: { $status }. Belum berlaku untuk check-in.
forum-badge-pdf-title = Tanda peserta: { $name } - { $edition }
forum-badge-print = Cetak tanda peserta
forum-badge-download-pdf = Unduh tanda peserta (PDF)
forum-badge-pdf-none = Tidak ada tanda peserta dengan kode ini.
forum-badge-personal-links = Untuk memberikan suara dalam penghargaan Forum atau membatalkan pendaftaran, gunakan tautan pribadi di email pendaftaran Anda: tautan itu tidak ada pada tanda peserta.
forum-no-badge = Tidak ada tanda peserta
forum-no-badge-text = Belum ada tanda peserta dengan kode ini. Jika Anda mendaftar sebagai tamu, konfirmasikan email Anda terlebih dahulu melalui tautan yang kami kirim.
forum-badge-cancelled = Pendaftaran ini telah dibatalkan, sehingga tanda pesertanya tidak berlaku lagi. Daftar kembali di halaman Forum jika Anda ternyata dapat hadir.
forum-badge-declined = Pendaftaran ini ditolak, sehingga tidak ada tanda peserta. Silakan hubungi sekretariat.

forum-cancel-title = Batalkan pendaftaran Forum Anda
forum-cancel-heading = Batalkan pendaftaran Anda
forum-cancel-whose = { $name }: pendaftaran Anda untuk { $edition }.
forum-cancel-text = Dengan membatalkan, tempat Anda diberikan kepada orang berikutnya dalam daftar tunggu. Suara penghargaan yang telah Anda berikan tidak lagi dihitung.
forum-cancel-button = Batalkan pendaftaran saya
forum-cancelled = Pendaftaran Anda telah dibatalkan
forum-cancelled-text = Tempat Anda diberikan kepada orang berikutnya dalam daftar tunggu, dan suara penghargaan yang telah Anda berikan tidak lagi dihitung. Anda dipersilakan mendaftar kembali selama pendaftaran masih dibuka.
forum-cancel-already-ended = Pendaftaran ini sudah dibatalkan atau telah ditolak.

forum-checkin-title = Check-in Forum
forum-checkin-heading = Check-in
forum-checkin-count = { $checked_in } sudah check-in dari { $registered } terdaftar
forum-checkin-code = Kode tanda peserta
forum-checkin-code-hint = Ketik kode yang tercetak di bawah kode QR, atau pindai dengan kamera atau pemindai yang mengetikkan kode.
forum-checkin-button = Check-in
forum-checkin-done = Berhasil check-in: { $name } ({ $organization })
forum-checkin-already = Sudah check-in pukul { $time } ({ $zone }): { $name } ({ $organization }).
forum-checkin-twice = Check-in dua kali: pukul { $earlier } dan pukul { $later } ({ $zone }); waktu yang lebih awal disimpan: { $name } ({ $organization }).
forum-checkin-not-admitted = { $name } ({ $organization }) tidak dapat check-in: { $status }.
forum-checkin-changed = { $name } ({ $organization }) tidak dapat check-in sekarang: pendaftarannya baru saja berubah.
forum-unknown-code = Tidak ada pendaftaran dengan kode ini.
forum-bad-seen-at = Waktu check-in yang dikirim meja pendaftaran tidak masuk akal (lebih dari tiga hari yang lalu, atau mendahului jam server). Periksa jam di meja pendaftaran lalu check-in ulang tanda peserta.
forum-queue-title = Menunggu sinkronisasi
forum-queue-text = Check-in ini dilakukan tanpa jaringan. Semuanya akan dikirim, beserta waktu pelaksanaannya, begitu jaringan kembali.
forum-desk-empty-code = Ketik atau pindai kode tanda peserta.
forum-desk-queued = Tidak ada jaringan: { $code } menunggu sinkronisasi (dipindai pukul { $time }).
forum-desk-waiting = { $code } dipindai pukul { $time }: menunggu sinkronisasi
forum-desk-synced = Tersinkron: { $name } ({ $organization }), check-in pukul { $time }
forum-desk-sync-problem = Tersinkron, dengan masalah: { $problem }
forum-scan-start = Pindai tanda peserta dengan kamera
forum-scan-stop = Matikan kamera
forum-scan-preview = Pratinjau kamera: arahkan kode QR tanda peserta ke kamera
forum-scan-looking = Mencari kode QR…
forum-scan-none = Tidak ada kode QR yang terbaca. Coba lagi, atau ketik kodenya.
forum-scan-no-camera = Kamera tidak dapat digunakan (izin ditolak atau tidak ada kamera). Ketik kodenya saja.

forum-admin-title = Pendaftar Forum
forum-admin-desk-link = Meja check-in
forum-filter-all = Semua
forum-filter = Saring
forum-export-csv = Ekspor CSV
forum-export-xlsx = Ekspor XLSX
forum-registrant-count = { $count ->
   *[other] { $count } pendaftar
}
forum-column-name = Nama
forum-column-email = Email
forum-column-organization = Organisasi
forum-column-attendee-type = Kategori peserta
forum-column-type = Kategori
forum-column-status = Status
forum-column-registered-on = Tanggal daftar
forum-column-checked-in = Check-in
forum-column-badge-code = Kode tanda peserta
forum-column-answers = Jawaban
forum-column-id = Id
forum-column-actions = Tindakan
forum-sheet-name = Pendaftar
forum-checked-in-at = { $day }, { $time }
forum-answer-line = { $question }: { $answer }
forum-removed-question = (pertanyaan yang dihapus)
forum-admin-badge-link = Tanda peserta (lihat atau cetak ulang)
forum-approve = Setujui
forum-reject = Tolak
forum-unknown-status = Status tidak dikenal.
forum-unknown-attendee-type = Kategori peserta tidak dikenal.
forum-unknown-decision = Setujui, tolak, atau batalkan.
forum-no-such-registration = Pendaftaran tersebut tidak ada.
forum-approve-not-pending = Hanya pendaftaran yang menunggu persetujuan yang dapat disetujui; status pendaftaran ini: { $status }.
forum-decision-already = Status pendaftaran ini sudah: { $status }.

forum-question-add-title = Tambahkan pertanyaan pendaftaran
forum-question-prompt = Pertanyaan
forum-question-kind = Jenis
forum-question-kind-text = Teks
forum-question-kind-choice = Pilihan tunggal
forum-question-kind-yes-no = Ya / tidak
forum-question-choices = Pilihan jawaban (pilihan tunggal; satu per baris)
forum-question-required = Wajib
forum-question-shown-if = Hanya jika pertanyaan nomor… (opsional)
forum-question-shown-if-answer = …dijawab (opsional)
forum-question-add = Tambahkan pertanyaan
forum-added = Ditambahkan.
forum-question-prompt-invalid = Tuliskan pertanyaannya (paling banyak 300 karakter).
forum-question-kind-invalid = Pilih teks, pilihan tunggal, atau ya/tidak.
forum-question-choices-too-few = Pertanyaan pilihan tunggal memerlukan setidaknya dua pilihan, satu per baris.
forum-question-parent-unknown = Pilih pertanyaan dari formulir ini.
forum-question-parent-answer-unknown = Pilih salah satu jawaban dari pertanyaan itu: { $options }.
forum-question-parent-answer-missing = Jawaban mana yang memunculkan pertanyaan ini?

forum-edition-heading = Edisi
forum-edition-intro = Menyimpan dengan tahun baru akan membuat edisi tahun tersebut, yang kemudian menerima pendaftaran.
forum-edition-year = Tahun
forum-edition-capacity = Kapasitas
forum-edition-title = Judul
forum-edition-venue = Tempat
forum-edition-venue-hint = Gedung dan kota.
forum-edition-time-zone = Zona waktu tempat acara
forum-edition-first-day = Hari pertama
forum-edition-last-day = Hari terakhir
forum-edition-opens = Pendaftaran dibuka
forum-edition-closes = Pendaftaran ditutup
forum-edition-closes-hint = Pada akhir hari ini, waktu tempat acara.
forum-edition-needs-approval = Sekretariat menyetujui setiap pendaftaran
forum-edition-save = Simpan edisi
forum-saved = Tersimpan.
forum-edition-day-invalid = Masukkan tanggal dengan format YYYY-MM-DD, antara tahun 2000 dan 2100.
forum-edition-year-invalid = Masukkan tahun Forum, misalnya 2027.
forum-edition-title-required = Masukkan judul edisi.
forum-edition-title-too-long = Persingkat judul edisi menjadi { $max } karakter.
forum-edition-venue-required = Masukkan tempat dan kota.
forum-edition-venue-too-long = Persingkat tempat dan kota menjadi { $max } karakter.
forum-edition-time-zone-invalid = Pilih zona waktu tempat acara dari daftar.
forum-edition-ends-before-start = Forum harus berakhir pada atau setelah hari pertamanya.
forum-edition-too-long = Forum berlangsung paling lama dua minggu; periksa tanggalnya.
forum-edition-start-outside-year = Hari pertama harus jatuh pada tahun edisi tersebut.
forum-edition-capacity-invalid = Masukkan jumlah orang yang dapat ditampung tempat acara, dari 1 hingga { $max }.
forum-edition-closes-before-opening = Pendaftaran harus ditutup setelah dibuka.
forum-edition-closes-after-end = Pendaftaran harus ditutup paling lambat pada hari terakhir Forum.
forum-edition-day-missing-at-venue = Tanggal ini tidak ada menurut waktu tempat acara.
forum-edition-capacity-below-registered = { $count ->
   *[other] Sudah ada { $count } orang terdaftar: kapasitas tidak boleh lebih kecil. Batalkan pendaftaran terlebih dahulu.
}

forum-session-add-title = Tambahkan sesi agenda
forum-session-title = Judul
forum-session-day = Hari
forum-session-starts = Mulai (waktu tempat acara)
forum-session-ends = Selesai (waktu tempat acara)
forum-session-room = Ruangan
forum-session-speakers = Pembicara
forum-session-topic = Topik
forum-session-add = Tambahkan sesi
forum-session-added = Ditambahkan ke agenda.
forum-no-such-session = Sesi tersebut tidak ada.
forum-session-title-required = Masukkan judul sesi.
forum-session-day-outside = Pilih salah satu hari Forum, dari { $first } hingga { $last }.
forum-session-room-required = Masukkan ruangan.
forum-session-room-too-long = Persingkat nama ruangan menjadi { $max } karakter.
forum-session-speakers-too-long = Persingkat daftar pembicara menjadi { $max } karakter.
forum-session-topic-too-long = Persingkat topik menjadi { $max } karakter.

## Email kepada pendaftar, dalam bahasa yang mereka gunakan saat mendaftar.

forum-subject-unconfirmed = Konfirmasi pendaftaran Anda untuk { $edition }
forum-subject-pending = Pendaftaran Anda untuk { $edition } menunggu persetujuan
forum-subject-registered = Anda terdaftar untuk { $edition }
forum-subject-waitlisted = Dalam daftar tunggu: { $edition }
forum-subject-rejected = Pendaftaran Anda untuk { $edition }
forum-subject-cancelled = Pendaftaran dibatalkan: { $edition }
forum-mail-confirm-text = Terima kasih telah mendaftar untuk { $edition }. Silakan konfirmasi alamat email Anda:
forum-mail-confirm-action = Konfirmasi pendaftaran saya
forum-mail-confirm-note = Pendaftaran Anda berlaku setelah dikonfirmasi. Jika Anda tidak mendaftar, abaikan pesan ini.
forum-mail-pending-text = Email Anda telah dikonfirmasi. Sekretariat meninjau setiap pendaftaran untuk edisi ini dan akan mengabarkan keputusannya melalui email.
forum-mail-your-registration = Pendaftaran Anda
forum-mail-registered-text = Tempat Anda di { $edition } ({ $dates }, { $venue }) telah dikonfirmasi. Tanda peserta Anda, dengan kode QR yang dipindai di pintu masuk, ada di bawah ini dan di halamannya sendiri (buka sekali di ponsel Anda dan tanda peserta tetap tampil, bahkan tanpa jaringan). Tanggal Forum terlampir untuk kalender Anda.
forum-mail-open-badge = Buka tanda peserta Anda
forum-mail-waitlisted-text = { $edition } sudah penuh, jadi Anda masuk daftar tunggunya. Jika ada tempat kosong, tempat itu diberikan kepada orang berikutnya yang menunggu, dan kami akan segera mengabari Anda melalui email.
forum-mail-rejected-text = Mohon maaf: sekretariat tidak dapat menerima pendaftaran Anda untuk edisi ini. Silakan balas email ini kepada sekretariat jika ada pertanyaan.
forum-mail-the-forum = Forum
forum-mail-cancelled-text = Pendaftaran Anda telah dibatalkan. Anda dipersilakan mendaftar kembali selama pendaftaran masih dibuka.
forum-mail-register-again = Daftar kembali
forum-mail-personal-code = Kode pribadi Anda adalah { $code }. Simpan untuk diri sendiri: berbeda dengan tanda peserta, kode inilah yang memungkinkan Anda memberikan suara dan membatalkan pendaftaran. Email yang lebih baru menggantikan kode ini.
forum-mail-vote-link = Berikan suara dalam penghargaan Forum (setelah check-in): { $link }
forum-mail-cancel-link = Batalkan pendaftaran Anda: { $link }
forum-mail-qr-alt = Kode QR tanda peserta Anda untuk { $edition }
forum-ics-description = Agenda dan pendaftaran: { $link }
