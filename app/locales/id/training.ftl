## Program pelatihan: katalog, halaman program, pendaftaran, kehadiran, sertifikat dan evaluasi.

training-format-in-person = Tatap muka
training-format-online = Daring
training-format-hybrid = Hibrida

training-completion-all = Selesai dengan menghadiri semua sesi.
training-completion-at-least = { $count ->
   *[other] Selesai dengan menghadiri sedikitnya { $count } sesi.
}

training-error-title-short = Masukkan judul (sedikitnya { $min } karakter).
training-error-title-long = Persingkat judul menjadi { $max } karakter.
training-error-description-short = Masukkan deskripsi (sedikitnya { $min } karakter).
training-error-description-long = Persingkat deskripsi menjadi { $max } karakter.
training-error-format = Pilih tatap muka, daring, atau hibrida.
training-error-venue = Di mana pelatihan diadakan? Masukkan tempat dan kotanya.
training-error-link-needed = Masukkan tautan rapat yang diawali https:// (untuk program daring dan hibrida).
training-error-venue-long = Persingkat tempat menjadi { $max } karakter.
training-error-link-web = Tautan rapat diawali dengan https://.
training-error-link-long = Masukkan satu tautan dengan paling banyak { $max } karakter, tanpa spasi.
training-error-language = Pilih bahasa pengantar program dari daftar.
training-error-capacity = Masukkan jumlah tempat, dari 1 sampai { $max }.
training-error-min-sessions = Masukkan berapa sesi yang harus dihadiri untuk menyelesaikan program (1 sampai { $max }), atau kosongkan untuk semua sesi.
training-error-time-zone = Pilih zona waktu tempat pelatihan dari daftar.
training-error-topic = Pilih topik utama program.
training-error-trainer-email = '{ $email }' bukan alamat email. Pisahkan email para pelatih dengan koma.
training-error-session-title-long = Persingkat judul menjadi { $max } karakter.
training-error-session-date = Masukkan tanggal dengan format YYYY-MM-DD, antara tahun 2000 dan 2100.
training-error-session-starts = Masukkan waktu mulai dengan format HH:MM (format 24 jam).
training-error-session-ends = Masukkan waktu selesai dengan format HH:MM (format 24 jam).
training-error-session-order = Sesi harus selesai setelah dimulai.
training-error-rating = Pilih nilai dari 1 sampai 5.
training-error-comments-long = Persingkat komentar Anda menjadi { $max } karakter.

training-question-relevance = Materinya relevan dengan pekerjaan saya
training-question-clarity = Para pelatih menjelaskan dengan jelas
training-question-usefulness = Saya akan menerapkan apa yang saya pelajari di perusahaan air minum saya

training-catalogue-title = Pelatihan
training-catalogue-heading = Program pelatihan
training-catalogue-lead = Kursus oleh dan untuk staf perusahaan air minum: tatap muka, daring, atau keduanya. Daftar, hadiri, dan terima sertifikat.
training-new-program = Program baru
training-filter-label = Saring program pelatihan
training-filter-all-topics = Semua topik
training-format = Format
training-filter-any-format = Semua format
training-filter-when = Waktu
training-filter-upcoming = Akan datang dan sedang berjalan
training-filter-past = Sudah lewat
training-filter-all = Semua
training-filter-show = Tampilkan program
training-loading-programs = Memuat program…
training-loading = Memuat…
training-no-programs = Tidak ada program yang sesuai dengan saringan ini.
training-card-finished = Selesai
training-card-full = Penuh: masuk daftar tunggu
training-places-left = { $count ->
   *[other] Sisa { $count } tempat
}
training-card-meta = { $count ->
   *[other] { $format } · { $count } sesi
}
training-card-last-session = Sesi terakhir: { $time }
training-card-next-session = Sesi berikutnya: { $time }

training-new-title = Program pelatihan baru
training-back-to-all = ← Semua program
training-new-lead = Sesi ditambahkan di halaman program setelah program disimpan.
training-field-title = Judul
training-field-description = Apa yang dipelajari peserta
training-field-time-zone = Zona waktu tempat pelatihan
training-field-venue = Tempat
training-field-venue-hint = Gedung dan kota; untuk program tatap muka dan hibrida.
training-field-link = Tautan rapat
training-field-link-hint = Untuk program daring dan hibrida; hanya ditampilkan kepada orang yang sudah mendapat tempat.
training-field-capacity = Jumlah tempat
training-field-min-sessions = Sesi yang harus dihadiri untuk selesai
training-field-min-sessions-hint = Kosongkan: semua sesi.
training-field-topic = Topik utama
training-field-topic-choose = Pilih topik
training-field-topic2 = Topik kedua (opsional)
training-field-topic2-none = Tidak ada
training-field-trainers = Email para pelatih
training-field-trainers-hint = Pisahkan dengan koma; masing-masing perlu akun. Pelatih mencatat kehadiran.
training-save-program = Simpan program

training-certificate-check = Pemeriksaan sertifikat
training-checking = Memeriksa…
training-certificate-valid = Sertifikat sah
training-certificate-statement = { $count ->
   *[other] { $name } telah menyelesaikan { $program } pada { $date }, dengan menghadiri { $count } sesi.
}
training-certificate-program-link = Tentang program
training-certificate-code = Kode sertifikat { $code }
training-certificate-download = Unduh sertifikat (PDF)
training-certificate-invalid = Tidak ada sertifikat yang sah
training-certificate-invalid-text = Tidak ada sertifikat sah dengan kode ini. Cocokkan alamatnya dengan sertifikat, atau tanyakan kepada pelatih program.

training-no-such-program = Program ini tidak ada.
training-evaluations = Evaluasi
training-evaluations-lead = { $responses } dari { $completed } orang yang menyelesaikan program telah menjawab.
training-evaluations-download = Unduh evaluasi (CSV)
training-comments = Komentar
training-no-comments = Belum ada komentar.
training-rating-average = Rata-rata { $average } dari 5
training-rating-none = Belum ada jawaban
training-rating-chart = { $question }: { $summary }. Jumlah jawaban untuk nilai 1 sampai 5: { $counts }
training-rating-scale = 1 = sangat tidak setuju, 5 = sangat setuju

training-not-found = Tidak ada program pelatihan dengan nomor ini.
training-places-taken = { $taken } dari { $capacity } tempat terisi
training-places-taken-waiting = { $taken } dari { $capacity } tempat terisi, { $waiting } menunggu
training-trainers = Pelatih
training-completion = Syarat selesai
training-sessions = Sesi
training-sessions-none = Jadwal sesi akan diumumkan di sini.
training-knowledge-products = Produk pengetahuan
training-add-to-calendar = Tambahkan ke kalender saya (.ics)
training-sign-in-to-enrol = Masuk atau buat akun untuk mendaftar.
training-sign-in = Masuk
training-sign-up = Buat akun
training-you-completed = Anda telah menyelesaikan program ini.
training-download-your-certificate = Unduh sertifikat Anda (PDF)
training-verification-page = Halaman verifikasi
training-evaluation-thanks = Terima kasih atas evaluasi Anda.
training-you-have-a-place = Anda sudah mendapat tempat. Sesi yang telah dihadiri sejauh ini: { $attended }.
training-cancel-place = Batalkan tempat saya
training-waitlist-position = Program ini sudah penuh. Anda nomor { $position } dalam daftar tunggu; kami akan mengirim email ketika tempat tersedia untuk Anda.
training-on-waitlist = Anda ada dalam daftar tunggu.
training-leave-waitlist = Keluar dari daftar tunggu
training-program-over = Program ini sudah berakhir.
training-all-places-taken = Semua tempat sudah terisi. Daftarlah untuk masuk daftar tunggu: tempat berikutnya yang kosong menjadi milik Anda, sesuai urutan.
training-join-waitlist = Masuk daftar tunggu
training-enrol = Daftar
training-your-place = Tempat Anda
training-evaluation-heading = Bagaimana pelatihannya?
training-evaluation-lead = Jawaban Anda membantu para pelatih; jawaban dibagikan tanpa nama Anda.
training-evaluation-comments = Komentar (opsional)
training-evaluation-send = Kirim evaluasi saya
training-staff-waitlisted = Ditambahkan ke daftar tunggu; yang bersangkutan akan menerima email ketika tempat tersedia.
training-staff-enrolled = Terdaftar; yang bersangkutan akan menerima email berisi rinciannya.
training-enrol-staff = Daftarkan staf Anda
training-staff-member = Anggota staf
training-enrol-staff-member = Daftarkan anggota staf
training-for-trainers = Untuk pelatih
training-enrolments-csv = Pendaftaran (CSV)
training-attendance-csv = Kehadiran (CSV)
training-attendance = Kehadiran
training-no-enrolments = Belum ada yang mendaftar.
training-attendance-opens = Pencatatan kehadiran dibuka saat sesi pertama dimulai.
training-add-session = Tambah sesi
training-session-title = Judul (opsional)
training-session-day = Tanggal
training-session-starts = Mulai
training-session-ends = Selesai
training-session-times-hint = Waktu di tempat pelatihan ({ $zone }).
training-add-session-button = Tambahkan sesi
training-participant = Peserta
training-status = Status
training-completed = Selesai
training-present-label = Hadir: { $name }, { $time }
training-present = Hadir
training-mark-present = Tandai hadir
training-has-place = Mendapat tempat
training-waiting = Menunggu
training-yes = Ya

training-session-venue-time = { $weekday }, { $day }, { $starts }–{ $ends } ({ $zone }, UTC{ $offset })
training-session-your-time = Waktu Anda: { $time } ({ $zone })
training-weekday-mon = Sen
training-weekday-tue = Sel
training-weekday-wed = Rab
training-weekday-thu = Kam
training-weekday-fri = Jum
training-weekday-sat = Sab
training-weekday-sun = Min

training-error-topics-listed = Pilih topik dari daftar.
training-error-trainer-unknown = Tidak ada akun dengan alamat { $email }. Pelatih perlu memiliki akun terlebih dahulu.
training-error-not-a-trainer = { $email } belum menjadi pelatih; admin sekretariat yang memberikan peran pelatih.
training-error-clock-change = Waktu ini tidak ada tepat satu kali di tempat pelatihan (karena pergantian jam). Pilih waktu lain.
training-evaluation-not-yet = Evaluasi dibuka setelah Anda menyelesaikan program.
training-evaluation-already = Anda sudah mengirim evaluasi. Terima kasih!
training-no-such-session = Sesi ini tidak ada.
training-attendance-not-started = Sesi ini belum dimulai; pencatatan kehadiran dibuka saat sesi dimulai.
training-attendance-not-enrolled = Orang ini tidak terdaftar dalam program ini.
training-attendance-no-place = Hanya orang yang mendapat tempat yang dapat hadir; orang ini sedang menunggu atau sudah membatalkan.
training-enrolment-closed = Program ini sudah berakhir; pendaftaran ditutup.
training-this-person = Orang ini
training-already-enrolled-you = Anda sudah terdaftar dalam program ini.
training-already-enrolled-other = { $name } sudah terdaftar dalam program ini.
training-already-waitlisted-you = Anda sudah ada dalam daftar tunggu program ini.
training-already-waitlisted-other = { $name } sudah ada dalam daftar tunggu program ini.
training-cancel-over = Program ini sudah berakhir, jadi tidak ada yang perlu dibatalkan.
training-cancel-not-enrolled = Anda tidak terdaftar dalam program ini.
training-cancel-completed = Anda telah menyelesaikan program ini, jadi tidak ada yang perlu dibatalkan.

training-mail-waitlisted-subject = Dalam daftar tunggu: { $title }
training-mail-waitlisted = { $title } sudah penuh, jadi Anda masuk daftar tunggunya. Jika ada tempat kosong, tempat itu diberikan kepada orang berikutnya dalam daftar, dan kami akan segera mengirim email kepada Anda.
training-mail-waitlisted-position = { $title } sudah penuh, jadi Anda masuk daftar tunggunya (nomor { $position }). Jika ada tempat kosong, tempat itu diberikan kepada orang berikutnya dalam daftar, dan kami akan segera mengirim email kepada Anda.
training-mail-the-program = Program
training-mail-enrolled-subject = Tempat Anda di { $title } telah dikonfirmasi
training-mail-enrolled = Anda mendapat tempat di { $title }. Jadwal sesi, dengan waktu menurut zona waktu Anda dan berkas kalender, ada di halaman program:
training-mail-enrolled-cancel = Jika Anda tidak dapat hadir, batalkan di sana agar orang dalam daftar tunggu mendapat tempat Anda.

training-certificate-withdrawn = Tidak ada sertifikat yang sah: sertifikat dengan kode ini telah ditarik karena data kehadiran atau pendaftaran yang menjadi dasarnya telah dikoreksi. Tanyakan kepada pelatih program.
training-certificate-none = Tidak ada sertifikat dengan kode ini.
training-ics-summary = { $program }: { $session }
training-ics-calendar = Pelatihan WaterLinks Hub
training-bad-format = '{ $code }' bukan format program.
training-bad-when = '{ $value }' bukan akan datang, sudah lewat, atau semua.

training-pdf-title = Sertifikat: { $name } - { $program }
training-pdf-heading = Sertifikat Penyelesaian
training-pdf-certifies = Dengan ini menyatakan bahwa
training-pdf-completed = telah menyelesaikan program pelatihan
training-pdf-when = { $count ->
   *[other] pada { $date }, dengan menghadiri { $count } sesi.
}
training-pdf-verify = Verifikasi sertifikat ini: { $url }
training-pdf-code = Kode sertifikat: { $code }

training-csv-name = Nama
training-csv-email = Email
training-csv-status = Status
training-csv-since = Sejak
training-csv-completed-on = Tanggal selesai
training-csv-certificate-url = Tautan sertifikat
training-csv-sessions-attended = Sesi yang dihadiri
training-csv-present = hadir
training-csv-submitted-at = Tanggal kirim
training-csv-relevance = Relevansi
training-csv-clarity = Kejelasan
training-csv-usefulness = Kegunaan
training-csv-comments = Komentar
training-status-enrolled = terdaftar
training-status-waitlisted = daftar tunggu
training-status-cancelled = dibatalkan
