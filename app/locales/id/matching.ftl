## Pencocokan: kebutuhan dan tawaran, peringkat mentor untuk satu kebutuhan beserta penjelasan
## setiap faktor, dan usulan untuk seluruh jaringan.

matching-factor-topic-fit = Kesesuaian topik
matching-factor-proven-results = Hasil yang terbukti
matching-factor-kpi-gap = Selisih KPI
matching-factor-language = Bahasa
matching-factor-proximity = Kedekatan
matching-factor-scale = Skala serupa
matching-factor-capacity = Kapasitas tersisa

matching-weight-all-zero = Beri setidaknya satu faktor bobot di atas 0.
matching-weight-missing = Masukkan bobot dari 0 sampai 10.
matching-weight-not-a-number = Masukkan angka dari 0 sampai 10, misalnya 2,5.
matching-weight-negative = Bobot tidak boleh negatif; masukkan 0 untuk mengabaikan faktor ini.
matching-weight-too-large = Bobot paling tinggi 10.

matching-region-south-east-asia = Asia Tenggara
matching-region-south-asia = Asia Selatan
matching-region-east-asia = Asia Timur
matching-region-central-asia = Asia Tengah
matching-region-pacific = Pasifik
matching-region-other = di luar Asia dan Pasifik

matching-value-energy = { $value } kWh/m³
matching-value-people = { $value } orang
matching-in-year = pada { $year }
matching-in-years = pada { $from }–{ $to }
matching-kpi-fell = { $kpi } turun dari { $from } menjadi { $to }
matching-kpi-rose = { $kpi } naik dari { $from } menjadi { $to }
matching-kpi-stayed = { $kpi } tetap di { $value }
matching-sentence-separator = {". "}
matching-list-separator = {", "}
matching-list-and = { $rest } dan { $last }
matching-millions = { $millions } juta

matching-explain-topic-fit = Menawarkan mentoring untuk topik ini
matching-explain-no-kpis = Belum ada KPI yang ditetapkan untuk topik ini
matching-explain-trend = { $change } { $period }
matching-explain-trend-no-gain = { $change } { $period } (tidak ada perbaikan)
matching-explain-single-value = Hanya satu nilai { $kpi } yang tercatat ({ $value } pada { $year })
matching-explain-no-history = Belum ada riwayat KPI untuk topik ini
matching-explain-completed = { $count ->
    [0] Belum ada kemitraan yang selesai untuk topik ini
   *[other] Telah menyelesaikan { $count } kemitraan untuk topik ini
}
matching-explain-completed-example = { $completed } (dengan { $recipient }: { $change })
matching-explain-gap = { $kpi } Anda { $yours }; milik mereka { $theirs }
matching-explain-gap-theirs-missing = { $kpi } Anda { $yours }; milik mereka tidak tercatat
matching-explain-gap-yours-missing = { $kpi } Anda tidak tercatat; milik mereka { $theirs }
matching-explain-gap-neither = Tidak satu pun dari Anda mencatat { $kpi }
matching-explain-your-languages-missing = Bahasa kerja Anda tidak tercatat
matching-explain-their-languages-missing = Bahasa kerja mereka tidak tercatat
matching-explain-no-common-language = Tidak ada bahasa yang sama (Anda: { $yours }; mereka: { $theirs })
matching-explain-common-language = Keduanya bekerja dalam { $languages }
matching-explain-same-country = Negara yang sama ({ $country })
matching-explain-same-region = Kawasan yang sama ({ $region })
matching-explain-other-region = Kawasan berbeda ({ $country }, { $region })
matching-explain-their-country-missing = Negara mereka tidak tercatat
matching-explain-your-country-missing = Negara Anda tidak tercatat
matching-explain-distance = { $place }, berjarak { $km } km
matching-explain-scale = Melayani { $theirs } orang; Anda melayani { $yours }
matching-explain-scale-yours-missing = Melayani { $theirs } orang; jumlah penduduk yang Anda layani tidak tercatat
matching-explain-scale-theirs-missing = Jumlah penduduk yang mereka layani tidak tercatat
matching-explain-scale-neither = Jumlah penduduk terlayani tidak tercatat untuk keduanya
matching-explain-no-places = Belum menetapkan slot mentoring
matching-explain-no-place-free = Tidak ada slot mentoring yang kosong ({ $capacity } dari { $capacity } terisi)
matching-explain-places-free = { $spare } dari { $capacity } slot mentoring kosong

matching-organization-choose = Pilih salah satu organisasi Anda.
matching-topic-choose = Pilih topik dari daftar.
matching-description-too-short = Jelaskan tantangannya dalam satu atau dua kalimat (minimal { $min } karakter).
matching-description-too-long = Deskripsi terlalu panjang (maksimal { $max } karakter).
matching-languages-too-long = Sebutkan beberapa bahasa saja (maksimal { $max } karakter).
matching-capacity-range = Masukkan berapa kemitraan yang dapat Anda bimbing sekaligus (1 sampai 10).
matching-only-utilities = Hanya operator air yang memasang kebutuhan dan tawaran dalam kemitraan.
matching-need-already-matched = Kebutuhan ini sudah menghasilkan kemitraan; tutup kemitraannya saja.
matching-need-not-found = Tidak ada kebutuhan dengan nomor ini.
matching-note-missing = Tulis catatan konsep singkat untuk kedua mitra.
matching-note-too-long = Catatan terlalu panjang (maksimal { $max } karakter).
matching-need-not-open = Kebutuhan ini sudah tidak terbuka.
matching-mentor-itself = Operator air tidak dapat menjadi mentor bagi dirinya sendiri.
matching-mentor-choose = Pilih operator air sebagai mentor.

matching-score-label = Skor kecocokan { $score } dari 100
matching-introduce = Perkenalkan
matching-concept-note = Catatan konsep untuk kedua mitra
matching-propose-mentor = Usulkan mentor ini
matching-note-for-facilitator = Catatan untuk fasilitator (opsional)
matching-suggested-mentors = Mentor yang disarankan
matching-ranking = Menyusun peringkat mentor…
matching-no-mentors = Belum ada operator air yang menawarkan topik ini.
matching-network-title = Pencocokan jaringan
matching-network-lead = Satu usulan mentor untuk setiap kebutuhan terbuka, sesuai kapasitas masing-masing mentor. Buka sebuah kebutuhan untuk memperkenalkan para mitra.
matching-matching = Mencocokkan…
matching-proposals = Usulan ({ $count })
matching-need-title = { $organization }: { $topic }
matching-unmatched = Tidak ada mentor dengan kapasitas tersisa
matching-how-scored = Cara mentor dinilai
matching-how-scored-text = Setiap faktor bernilai 0 sampai 1; bobot (0 sampai 10) menentukan seberapa besar pengaruh setiap faktor.
matching-save-weights = Simpan bobot
matching-weights-saved = Tersimpan. Usulan di bawah ini memakai bobot yang baru.

matching-needs-title = Kebutuhan dan tawaran
matching-needs-lead = Operator air memasang tantangan yang memerlukan bantuan dan solusi teruji yang dapat mereka bagikan. Fasilitator mempertemukan mereka dalam kemitraan.
matching-match-all = Cocokkan semua kebutuhan terbuka
matching-admins-post = Admin organisasi memasang kebutuhan dan tawaran untuk operator air mereka.
matching-sign-in = Masuk
matching-sign-in-to-post = sebagai admin organisasi untuk memasang kebutuhan dan tawaran.
matching-open-needs = Kebutuhan terbuka
matching-loading = Memuat…
matching-no-open-needs = Saat ini tidak ada kebutuhan terbuka.
matching-need-posted = { $country } · dipasang { $date }
matching-field-utility = Operator air
matching-field-topic = Topik
matching-field-topic-empty = Pilih topik
matching-post-need = Pasang kebutuhan
matching-field-challenge = Tantangannya
matching-field-challenge-hint = Apa masalahnya, dan apa yang sudah dicoba? Sertakan angka jika ada.
matching-field-preferred-languages = Bahasa yang diutamakan
matching-post-need-button = Pasang kebutuhan
matching-need-posted-ok = Kebutuhan Anda sudah dipasang.
matching-post-offer = Pasang tawaran
matching-field-solution = Solusi teruji Anda
matching-field-solution-hint = Apa yang Anda lakukan, dan apa yang berubah? Misalnya: NRW turun dari 38 % menjadi 17 % dengan zona DMA.
matching-field-mentor-languages = Bahasa yang dapat Anda gunakan untuk membimbing
matching-field-capacity = Jumlah kemitraan yang dapat Anda bimbing sekaligus
matching-post-offer-button = Pasang tawaran
matching-offer-posted-ok = Tawaran Anda sudah dipasang.
matching-need-page-title = Kebutuhan: { $topic }
matching-all-needs = ← Semua kebutuhan
matching-need-lead = Kebutuhan yang dipasang untuk mendapatkan bantuan mentor.
matching-need-posted-status = { $country } · dipasang { $date } · { $status }
matching-need-languages = Bahasa yang diutamakan: { $languages }
matching-need-partnership = Lihat kemitraan yang lahir dari kebutuhan ini
matching-need-status-open = terbuka
matching-need-status-matched = sudah dicocokkan
matching-need-status-withdrawn = ditarik
