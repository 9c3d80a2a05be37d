## Kemitraan Operator Air (WOP): daftar, halaman kemitraan, perjanjian, rencana kerja, hasil,
## laporan kemajuan, dan ekspor CSV.

## Status kemitraan, pihak, dan langkah

wops-state-proposed = Diusulkan
wops-state-introduced = Diperkenalkan
wops-state-agreed = Disepakati
wops-state-active = Berjalan
wops-state-completed = Selesai
wops-state-closed-early = Ditutup lebih awal
wops-side-mentor = Mentor
wops-side-recipient = Penerima
wops-step-introduce = Perkenalkan kedua mitra
wops-step-sign-mentor = Tanda tangani surat pernyataan minat (mentor)
wops-step-sign-recipient = Tanda tangani surat pernyataan minat (penerima)
wops-step-activate = Mulai kemitraan
wops-step-complete = Tandai selesai
wops-step-close-early = Tutup lebih awal

## Alasan sebuah langkah ditolak

wops-refused-only-proposed-introduced = Kemitraan berstatus “{ $state }” tidak dapat melakukan ini: hanya kemitraan yang diusulkan yang dapat diperkenalkan.
wops-refused-intent-after-introduction = Kemitraan berstatus “{ $state }” tidak dapat melakukan ini: surat pernyataan minat ditandatangani setelah perkenalan.
wops-refused-already-signed = Kemitraan berstatus “{ $state }” tidak dapat melakukan ini: pihak ini sudah menandatangani surat pernyataan minat.
wops-refused-only-agreed-starts = Kemitraan berstatus “{ $state }” tidak dapat melakukan ini: hanya kemitraan yang telah disepakati yang dapat dimulai.
wops-refused-only-active-completes = Kemitraan berstatus “{ $state }” tidak dapat melakukan ini: hanya kemitraan yang sedang berjalan yang dapat diselesaikan.
wops-refused-already-ended = Kemitraan berstatus “{ $state }” tidak dapat melakukan ini: kemitraan sudah berakhir.
wops-refused-no-agreement = Catat perjanjian yang telah ditandatangani sebelum memulai kemitraan.
wops-only-facilitating = Hanya fasilitator atau sekretariat yang boleh melakukan ini.
wops-only-mentor-admins = Hanya admin organisasi mentor yang boleh melakukan ini.
wops-only-recipient-admins = Hanya admin organisasi penerima yang boleh melakukan ini.
wops-only-insiders = Hanya para mitra, fasilitator, atau sekretariat yang boleh melakukan ini.

## Kegiatan

wops-kind-technical-consultation = Konsultasi teknis
wops-kind-on-the-job-training = Pelatihan di tempat kerja
wops-kind-technology-demonstration = Demonstrasi teknologi
wops-kind-peer-review = Tinjauan sejawat atas prosedur dan sistem
wops-kind-information-exchange = Pertukaran informasi
wops-activity-planned = Direncanakan
wops-activity-in-progress = Sedang berlangsung
wops-activity-done = Selesai
wops-activity-cancelled = Dibatalkan

## KPI hasil

wops-outcome-headline = { $kpi }: { $baseline } (target { $target } pada { $by })
wops-outcome-headline-measured = { $kpi }: { $baseline } → { $now } (target { $target } pada { $by })
wops-warning-lower-better = Untuk { $kpi }, makin rendah makin baik, tetapi targetnya ({ $target }) di atas nilai dasar ({ $baseline }).
wops-warning-higher-better = Untuk { $kpi }, makin tinggi makin baik, tetapi targetnya ({ $target }) di bawah nilai dasar ({ $baseline }).

## Daftar kemitraan

wops-list-title = Kemitraan
wops-list-heading = Kemitraan Operator Air
wops-list-lead = Utilitas mentor bekerja bersama utilitas penerima menghadapi tantangan layanan, masing-masing selama 12 hingga 24 bulan.
wops-list-loading = Memuat kemitraan…
wops-filter-label = Saring kemitraan
wops-filter-status = Status
wops-filter-any-status = Semua status
wops-filter-year = Berjalan pada tahun
wops-filter-any-year = Semua tahun
wops-filter-submit = Saring
wops-filter-clear = Hapus saringan
wops-filter-bad-status = '{ $value }' bukan status kemitraan.
wops-filter-bad-year = '{ $value }' bukan tahun antara 2000 dan 2100.
wops-filter-country-too-long = Nama negara terlalu panjang.
wops-filter-bad-topic = Itu bukan kode topik.
wops-list-none = Tidak ada kemitraan yang cocok dengan saringan ini.
wops-list-count = { $count } kemitraan
wops-list-download-csv = Unduh CSV
wops-runs-from-to = { $from } sampai { $to }
wops-dates-not-agreed = Tanggal belum disepakati
wops-list-separator = {", "}

## Halaman kemitraan

wops-loading = Memuat…
wops-no-such-partnership = Tidak ada kemitraan dengan nomor ini.
wops-back-to-list = ← Semua kemitraan
wops-topics = Topik
wops-facilitator = Fasilitator
wops-closed-early-because = Ditutup lebih awal: { $reason }
wops-actions-to-resolve = Tindakan perbaikan yang perlu diselesaikan
wops-outcomes = Hasil
wops-no-outcomes-published = Belum ada hasil yang diterbitkan.
wops-activities = Kegiatan
wops-activities-delivered = Kegiatan yang telah dilaksanakan
wops-agreement = Perjanjian
wops-signatories = Penanda tangan
wops-agreement-runs = Masa berlaku
wops-scope = Ruang lingkup
wops-signed-document = Dokumen yang ditandatangani
wops-document-size = ({ $kb } KB)
wops-forum-awards = Penghargaan Forum
wops-award-winner = Pemenang: { $award }
wops-removed-organization = (organisasi yang telah dihapus)

## Lini waktu dan grafik hasil

wops-no-activities = Belum ada kegiatan.
wops-timeline-label = Kegiatan dari waktu ke waktu
wops-date-range = { $from } – { $to }
wops-chart-title = { $kpi } dari waktu ke waktu
wops-chart-plan = { $kpi }. Nilai dasar { $baseline } pada { $baseline_date }. Target { $target } pada { $target_date }.
wops-chart-nothing-measured = Belum ada nilai yang diukur.
wops-chart-measured = Terukur: { $values }.
wops-chart-value-on = { $value } pada { $date }
wops-legend-baseline = Nilai dasar
wops-legend-target = Target
wops-legend-measured = Terukur

## Langkah berikutnya, tindakan perbaikan, riwayat

wops-next-steps = Langkah berikutnya
wops-concept-note = Catatan konsep
wops-why-closing-early = Mengapa ditutup lebih awal?
wops-raised-by = Diajukan oleh { $name } pada { $date }
wops-mark-resolved = Tandai sudah diselesaikan
wops-work-plan = Rencana kerja
wops-history = Riwayat
wops-history-when = { $date } { $time } UTC
wops-trail-proposed = Mengusulkan kemitraan
wops-trail-introduced = Memperkenalkan para mitra
wops-trail-state-change = { $from } → { $to }
wops-trail-state-change-note = { $change }: { $note }
wops-trail-period = { $start } sampai { $end }
wops-trail-agreement-recorded = Mencatat perjanjian
wops-trail-agreement-corrected = Memperbaiki perjanjian
wops-trail-agreement-document = Mengunggah perjanjian yang ditandatangani
wops-trail-commitment-mentor = Menambahkan komitmen mentor
wops-trail-commitment-recipient = Menambahkan komitmen penerima
wops-trail-activity-planned = Merencanakan kegiatan
wops-trail-activity-marked = Menandai kegiatan sebagai { $status }
wops-trail-resource-added = Menambahkan sumber daya
wops-trail-part-removed = { $part ->
    [commitment] Menghapus komitmen
    [activity] Menghapus kegiatan
   *[other] Menghapus sumber daya
}
wops-trail-outcome-set = Menetapkan hasil
wops-trail-outcome-detail = { $kpi }: nilai dasar { $baseline } pada { $baseline_on }, target { $target } pada { $target_by }
wops-trail-measured = Mencatat nilai terukur
wops-trail-measured-detail = { $kpi } pada { $on }: { $value }
wops-trail-report-submitted = Mengirim laporan kemajuan
wops-trail-report-reviewed = Meninjau laporan kemajuan
wops-trail-review-detail = { $count ->
   *[other] { $comment } ({ $count } tindakan perbaikan)
}
wops-trail-action-resolved = Menyelesaikan tindakan perbaikan
wops-enter-concept-note = Tulis catatan konsep singkat untuk kedua mitra.
wops-enter-close-reason = Jelaskan mengapa kemitraan ditutup lebih awal.
wops-note-too-long = Catatan terlalu panjang (paling banyak { $max } karakter).
wops-changed-meanwhile = Kemitraan ini baru saja berubah. Muat ulang halaman dan coba lagi.
wops-unknown-step = Langkah tidak dikenal.
wops-plan-closed = Kemitraan ini berstatus “{ $state }”; rencananya tidak dapat diubah lagi.

## Perjanjian

wops-correct-agreement = Koreksi perjanjian
wops-record-agreement = Catat perjanjian
wops-agreement-after-introduction = Perjanjian dicatat setelah fasilitator memperkenalkan kedua mitra.
wops-signatories-hint = Nama dan jabatan para penanda tangan, untuk kedua mitra.
wops-start-date = Tanggal mulai
wops-end-date = Tanggal selesai
wops-end-date-hint = 12 hingga 24 bulan setelah tanggal mulai.
wops-save-agreement = Simpan perjanjian
wops-signed-agreement-upload = Perjanjian yang ditandatangani (PDF, maks. 10 MB)
wops-upload = Unggah
wops-enter-signatories = Isi penanda tangan.
wops-signatories-too-long = Penanda tangan terlalu panjang (paling banyak { $max } karakter).
wops-enter-scope = Isi ruang lingkup.
wops-scope-too-long = Ruang lingkup terlalu panjang (paling banyak { $max } karakter).
wops-enter-start-date = Isi tanggal mulai.
wops-start-date-format = Isi tanggal mulai sebagai tanggal (YYYY-MM-DD).
wops-enter-end-date = Isi tanggal selesai.
wops-end-date-format = Isi tanggal selesai sebagai tanggal (YYYY-MM-DD).
wops-end-after-start = Tanggal selesai harus setelah tanggal mulai.
wops-agreement-length = Kemitraan berlangsung { $min } hingga { $max } bulan: tanggal selesai antara { $earliest } dan { $latest }.
wops-activities-outside-dates = { $count } kegiatan yang direncanakan berada di luar tanggal ini; pindahkan dahulu.
wops-upload-missing = Pilih perjanjian yang ditandatangani (berkas PDF) untuk diunggah.
wops-upload-too-large = Berkas lebih besar dari 10 MB. Unggah PDF yang lebih kecil.
wops-upload-not-pdf = Berkas ini bukan PDF. Unggah perjanjian yang ditandatangani sebagai PDF.
wops-upload-no-terms = Catat ketentuan perjanjian sebelum mengunggah dokumen yang ditandatangani.
wops-upload-not-allowed = Anda tidak dapat mengubah perjanjian kemitraan ini.
wops-no-signed-agreement = Belum ada perjanjian bertanda tangan yang diunggah.
wops-agreement-file-missing = Berkas perjanjian yang ditandatangani tidak ditemukan.

## Rencana kerja: komitmen, kegiatan, sumber daya

wops-remove = Hapus
wops-commitments = Komitmen
wops-no-commitments = Belum ada komitmen.
wops-commitment-side = { $side }:
wops-remove-commitment = Hapus komitmen: { $promise }
wops-add-commitment = Tambah komitmen
wops-partner = Mitra
wops-promise = Yang dijanjikan mitra ini
wops-add-commitment-submit = Tambahkan komitmen
wops-choose-committing-side = Pilih mitra yang berkomitmen.
wops-enter-commitment = Isi komitmen.
wops-commitment-too-long = Komitmen terlalu panjang (paling banyak { $max } karakter).
wops-remove-activity = Hapus kegiatan: { $title }
wops-status-of = Status { $title }
wops-activity-line = { $title } ({ $side }, { $from } sampai { $to })
wops-update = Perbarui
wops-plan-activity = Rencanakan kegiatan
wops-activity-kind = Jenis
wops-activity-title = Judul
wops-from = Dari
wops-to = Sampai
wops-responsible = Mitra penanggung jawab
wops-place = Tempat
wops-online = Daring
wops-status = Status
wops-add-activity-submit = Tambahkan kegiatan
wops-choose-activity-kind = Pilih jenis kegiatan.
wops-enter-title = Isi judul.
wops-title-too-long = Judul terlalu panjang (paling banyak { $max } karakter).
wops-end-not-before-start = Tanggal selesai tidak boleh sebelum tanggal mulai.
wops-activity-outside-agreement = Kegiatan harus berada dalam masa perjanjian, { $from } sampai { $to }.
wops-choose-responsible = Pilih mitra penanggung jawab.
wops-enter-place = Isi tempat, atau centang “Daring”.
wops-place-too-long = Tempat terlalu panjang (paling banyak { $max } karakter).
wops-choose-status = Pilih status.
wops-activity-not-in-plan = Kegiatan ini tidak ada dalam rencana kerja.
wops-unknown-part = Bagian rencana kerja tidak dikenal.
wops-part-gone = Ini tidak (lagi) ada dalam rencana kerja.
wops-resources = Sumber daya
wops-no-resources = Belum ada sumber daya yang dicantumkan.
wops-resource-money = { $currency } { $amount } — { $description }
wops-resource-in-kind = Natura — { $description }
wops-resource-from = (dari { $source })
wops-remove-resource = Hapus sumber daya: { $what }
wops-add-resource = Tambah sumber daya
wops-resource-kind = Jenis
wops-resource-kind-money = Uang
wops-resource-kind-in-kind = Natura (waktu staf, peralatan)
wops-amount = Jumlah
wops-currency = Mata uang
wops-currency-hint = USD, IDR, PHP…
wops-resource-description = Digunakan untuk membiayai atau menyediakan apa
wops-resource-source = Sumber
wops-resource-source-hint = Siapa yang menyediakan: salah satu mitra, mitra pembangunan…
wops-add-resource-submit = Tambahkan sumber daya
wops-enter-description = Isi uraian.
wops-description-too-long = Uraian terlalu panjang (paling banyak { $max } karakter).
wops-enter-source = Isi sumber.
wops-source-too-long = Sumber terlalu panjang (paling banyak { $max } karakter).
wops-amount-positive = Jumlah harus lebih dari nol.
wops-amount-number = Isi jumlah sebagai angka, misalnya 25000.
wops-currency-code = Isi mata uang sebagai kode tiga huruf, misalnya USD atau IDR.
wops-choose-resource-kind = Pilih uang atau natura.

## Hasil

wops-not-public = (tidak publik)
wops-measured-value = { $kpi } terukur ({ $unit })
wops-measured-on = Pada
wops-record-value = Catat nilai
wops-set-outcome = Tetapkan hasil
wops-kpi = KPI
wops-kpi-with-unit = { $kpi } ({ $unit })
wops-baseline-value = Nilai dasar
wops-baseline-date = Tanggal nilai dasar
wops-target-value = Nilai target
wops-target-date = Tanggal target
wops-outcome-private = Jangan tampilkan hasil ini di halaman publik
wops-save-outcome = Simpan hasil
wops-saved-but-note = Tersimpan, tetapi perhatikan: { $warning }
wops-choose-kpi = Pilih KPI.
wops-enter-number = Isi sebuah angka.
wops-enter-baseline-date = Isi tanggal nilai dasar.
wops-baseline-date-format = Isi tanggal nilai dasar sebagai tanggal (YYYY-MM-DD).
wops-enter-target-date = Isi tanggal target.
wops-target-date-format = Isi tanggal target sebagai tanggal (YYYY-MM-DD).
wops-baseline-not-future = Tanggal nilai dasar tidak boleh di masa depan.
wops-target-after-baseline = Tanggal target harus setelah tanggal nilai dasar.
wops-enter-measured-on = Isi tanggal pengukuran (YYYY-MM-DD).
wops-date-not-future = Tanggal tidak boleh di masa depan.
wops-measured-before-baseline = Pengukuran tidak boleh sebelum nilai dasar ({ $baseline }).
wops-outcome-not-in-plan = Hasil ini tidak ada dalam rencana kerja.

## Laporan kemajuan dan tinjauannya

wops-progress-reports = Laporan kemajuan
wops-no-reports = Belum ada laporan kemajuan.
wops-submitted-by = Dikirim oleh { $name } pada { $date }
wops-achievements-label = Capaian:
wops-challenges-label = Tantangan:
wops-reviewed-by = Ditinjau oleh { $name } pada { $date }:
wops-review-comment = Komentar tinjauan
wops-review-actions = Tindakan perbaikan (satu per baris, opsional)
wops-save-review = Simpan tinjauan
wops-awaiting-review = Menunggu tinjauan fasilitator.
wops-submit-report = Kirim laporan kemajuan
wops-period-from = Periode dari
wops-period-to = Periode sampai
wops-what-achieved = Apa yang telah dicapai
wops-challenges-optional = Tantangan (opsional)
wops-submit-report-submit = Kirim laporan
wops-enter-period-start = Isi awal periode.
wops-period-start-format = Isi awal periode sebagai tanggal (YYYY-MM-DD).
wops-enter-period-end = Isi akhir periode.
wops-period-end-format = Isi akhir periode sebagai tanggal (YYYY-MM-DD).
wops-period-end-before-start = Periode tidak boleh berakhir sebelum dimulai.
wops-period-not-begun = Laporkan periode yang sudah dimulai.
wops-enter-achievements = Isi capaian.
wops-achievements-too-long = Capaian terlalu panjang (paling banyak { $max } karakter).
wops-challenges-too-long = Tantangan terlalu panjang (paling banyak { $max } karakter).
wops-enter-review-comment = Tulis komentar untuk para mitra.
wops-review-too-long = Tinjauan terlalu panjang (paling banyak { $max } karakter).
wops-report-after-agreement = Kemajuan dilaporkan setelah kemitraan disepakati.
wops-no-such-report = Laporan kemajuan tersebut tidak ada.
wops-report-already-reviewed = Laporan ini sudah ditinjau.
wops-no-such-action = Tindakan perbaikan tersebut tidak ada.
wops-action-already-resolved = Tindakan ini sudah diselesaikan.

## Ekspor CSV (judul kolom dan kegagalannya)

wops-csv-id = id
wops-csv-title = judul
wops-csv-status = status
wops-csv-mentor = mentor
wops-csv-mentor-country = negara mentor
wops-csv-recipient = penerima
wops-csv-recipient-country = negara penerima
wops-csv-topics = topik
wops-csv-start-date = tanggal mulai
wops-csv-end-date = tanggal selesai
wops-csv-page-url = alamat halaman
wops-export-failed = Ekspor gagal. Silakan coba lagi.
