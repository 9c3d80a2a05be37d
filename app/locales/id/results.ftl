## Hasil jaringan: dasbor, grafik dan tabelnya, peta, laporan XLSX/PDF/CSV, dan halaman pengembang.

results-title = Hasil jaringan
results-lead = Apa yang telah dicapai oleh kemitraan, pelatihan, dan produk pengetahuan jaringan, berdasarkan data yang dilaporkan mitra.
results-loading = Memuat angka…
results-online = Daring

## Filter
results-filter-label = Saring hasil
results-from-year = Dari tahun
results-to-year = Sampai tahun
results-any = Semua
results-status = Status kemitraan
results-any-status = Semua status
results-show = Tampilkan
results-clear = Hapus filter
results-filter-bad-year = '{ $value }' bukan tahun antara { $first } dan { $last }.
results-filter-period-reversed = Periode berakhir ({ $to }) sebelum dimulai ({ $from }).
results-filter-unknown-country = Tidak ada organisasi jaringan di negara itu.
results-filter-unknown-topic = Itu bukan salah satu topik jaringan.
results-filter-unknown-status = '{ $value }' bukan status kemitraan.
results-period-all = semua tahun
results-period-from = { $year } dan seterusnya
results-period-to = sampai { $year }
results-showing = Menampilkan: { $scope }

## Status kemitraan
results-state-proposed = Diusulkan
results-state-introduced = Diperkenalkan
results-state-agreed = Disepakati
results-state-active = Aktif
results-state-completed = Selesai
results-state-closed-early = Ditutup lebih awal
results-partnerships-proposed = Kemitraan diusulkan
results-partnerships-introduced = Kemitraan diperkenalkan
results-partnerships-agreed = Kemitraan disepakati
results-partnerships-active = Kemitraan aktif
results-partnerships-completed = Kemitraan selesai
results-partnerships-closed-early = Kemitraan ditutup lebih awal

## Angka utama
results-fig-active = Kemitraan aktif
results-fig-completed = Kemitraan selesai
results-fig-utilities = Perusahaan air minum yang terlibat
results-fig-people = Orang dengan akses baru atau lebih baik
results-fig-trained = Staf terlatih
results-fig-downloads = Unduhan produk pengetahuan

## Dasbor
results-report-xlsx = Laporan (XLSX)
results-report-pdf = Laporan (PDF)
results-csv-partnerships = Kemitraan (CSV)
results-csv-outcomes = Capaian (CSV)
results-csv-years = Per tahun (CSV)
results-map = Peta
results-empty = Tidak ada kemitraan atau pelatihan yang cocok dengan filter ini, jadi tidak ada yang dapat digambarkan. Coba periode yang lebih panjang atau lebih sedikit filter.
results-partnerships = Kemitraan
results-by-status = Kemitraan menurut status
results-outcomes-title = Capaian menurut KPI
results-outcomes-lead = Rata-rata nilai dasar setiap kemitraan dan pengukuran publik terakhirnya dalam periode; “lebih baik” mengikuti arah KPI itu sendiri (air tak berekening (NRW) yang lebih rendah lebih baik).
results-training-title = Peningkatan kapasitas
results-training-lead = Pelatihan mengikuti filter periode dan topik.
results-training-chart = Pelatihan yang diselenggarakan dan penyelesaian
results-count = Jumlah
results-programs = Program
results-sessions = Sesi
results-enrolled = Terdaftar
results-completions = Penyelesaian
results-evaluations = Evaluasi
results-relevance = Relevansi
results-clarity = Kejelasan
results-usefulness = Kegunaan
results-score = { $score } / 5
results-counted = Kemitraan yang dihitung
results-table-scroll = { $table }: tabel, geser ke samping untuk melihat lebih banyak
results-partnership = Kemitraan
results-status-column = Status
results-mentor = Mentor
results-recipient = Penerima
results-no-outcomes = Tidak ada capaian publik untuk filter ini.
results-outcomes = Capaian
results-kpi = KPI
results-outcomes-measured = Capaian (terukur)
results-baseline = Nilai dasar
results-latest = Terakhir
results-change = Perubahan
results-improved = Membaik
results-not-measured = belum diukur
results-improved-of = { $improved } dari { $measured }
results-points = { $points } poin
results-better = { $size } lebih baik
results-worse = { $size } lebih buruk
results-no-change = tidak berubah

## Grafik
results-chart-item = Butir
results-years-title = Kemitraan yang berjalan setiap tahun, menurut status
results-year = Tahun
results-total = Total
results-years-count = { $state }: { $count }
results-years-desc = { $year }: { $total } ({ $parts })
results-years-none = tidak ada

## Peta
results-map-title = Peta kemitraan
results-map-lead = Perusahaan air minum dalam kemitraan jaringan, dengan garis dari setiap mentor ke penerimanya. Pilih garis untuk membuka kemitraannya.
results-map-loading = Memuat peta…
results-map-summary = Peta Asia dan Pasifik dengan { $count } kemitraan yang digambar di antara { $utilities } perusahaan air minum.
results-map-back = Kembali ke dasbor hasil
results-map-legend = Warna garis
results-map-credit = Batas negara: Natural Earth (domain publik).
results-map-unplaced = Tidak ada di peta (perusahaan air minum tanpa koordinat):
results-map-list = Kemitraan di peta

## Laporan (XLSX, PDF, CSV)
results-report-network-title = Hasil jaringan WaterLinks ({ $scope })
results-report-country-title = Hasil WaterLinks untuk { $country } ({ $scope })
results-sheet-summary = Ringkasan
results-sheet-years = Tahun
results-sheet-outcomes = Capaian
results-sheet-partnerships = Kemitraan
results-report-figure = Angka
results-report-value = Nilai
results-report-scope = Cakupan
results-report-counted = Kemitraan yang dihitung
results-report-programs = Program pelatihan yang diselenggarakan
results-report-sessions = Sesi pelatihan
results-report-trained = Staf terlatih (penyelesaian)
results-report-relevance = Relevansi (rata-rata dari 5)
results-report-clarity = Kejelasan (rata-rata dari 5)
results-report-usefulness = Kegunaan (rata-rata dari 5)
results-report-outcomes-title = Capaian menurut KPI (nilai dasar ke terakhir, perubahan positif jika lebih baik)
results-report-unit = Satuan
results-report-measured = Terukur
results-report-mean-baseline = Rata-rata nilai dasar
results-report-mean-latest = Rata-rata terakhir
results-report-mean-change = Rata-rata perubahan (lebih baik > 0)
results-report-id = Id
results-report-title = Judul
results-report-mentor-country = Negara mentor
results-report-recipient-country = Negara penerima
results-report-topics = Topik
results-report-start = Mulai
results-report-end = Selesai
results-pdf-none = Tidak ada untuk filter ini.
results-pdf-footer = WaterLinks Hub - halaman { $page } dari { $pages }
results-no-such-file = Berkas itu tidak ada.
results-no-such-table = Tabel itu tidak ada: coba summary, years, outcomes, atau partnerships.

## Halaman pengembang
results-dev-title = API untuk mitra pembangunan
results-dev-lead = Data publik jaringan dalam format JSON, hanya-baca: organisasi, kemitraan beserta capaiannya, pelatihan, produk pengetahuan, acara, dan angka hasil.
results-dev-openapi = Deskripsi yang dapat dibaca mesin adalah dokumen OpenAPI:
results-dev-paging = Daftar dibagi per halaman (halaman mulai dari 1, hingga 100 butir per halaman), misalnya:
results-dev-answers = Setiap jawaban menyebutkan halamannya, jumlah butir per halaman, dan totalnya:
results-dev-errors = Parameter di luar rentang atau tidak dikenal dijawab dengan status 400 dan pesan JSON di kolom:
results-dev-public = Hanya data publik yang disajikan, kecuali permintaan membawa cookie sesi anggota yang sudah masuk (maka capaian non-publik dan produk pengetahuan khusus anggota ikut disertakan).
results-dev-endpoints = Endpoint
results-dev-returns = Yang dikembalikan
results-dev-parameters = Parameter
results-dev-same-figures = Angka yang sama, dengan laporan XLSX, PDF, dan CSV, ada di
results-dev-dashboard = dasbor hasil
results-dev-organizations = Organisasi jaringan: perusahaan air minum, asosiasi, mitra
results-dev-partnerships = Kemitraan operator air (WOP) beserta capaiannya (capaian publik kecuali sudah masuk)
results-dev-trainings = Program pelatihan beserta sesinya
results-dev-knowledge-products = Produk pengetahuan yang diterbitkan (yang publik kecuali sudah masuk), beserta unduhannya
results-dev-events = Acara sektor
results-dev-results = Angka dasbor hasil untuk suatu filter
