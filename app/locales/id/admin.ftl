## Halaman admin sekretariat: orang dan peran, permintaan bergabung, organisasi, topik, kotak
## keluar email, dan jejak audit.

admin-title = Administrasi
admin-lead = Orang dan peran, permintaan bergabung dengan organisasi, organisasi, taksonomi topik, email yang menunggu di kotak keluar, dan jejak audit.
admin-loading = Memuat…
admin-sign-in-as-admin = Silakan masuk dengan akun admin sekretariat.
admin-sign-in = Masuk

## Orang dan peran
admin-people-title = Orang dan peran
admin-people-search = Cari orang berdasarkan nama atau email
admin-find = Cari
admin-loading-people = Memuat daftar orang…
admin-roles-of = Peran { $name }
admin-membership-admin = { $organization }: admin organisasi
admin-membership-member = { $organization }: anggota
admin-make-member = Jadikan anggota
admin-make-admin = Jadikan admin
admin-remove = Hapus
admin-add-to-organization = Tambahkan ke organisasi
admin-as-organization-admin = sebagai admin organisasi
admin-add = Tambah
admin-deactivated = Dinonaktifkan
admin-reactivate-account = Aktifkan kembali akun
admin-deactivate-account = Nonaktifkan akun
admin-choose-role = Pilih peran dari daftar.
admin-cannot-remove-own-admin = Anda tidak dapat mencabut peran admin sekretariat Anda sendiri; mintalah admin lain.
admin-no-such-account = Akun ini tidak ada.
admin-choose-organization = Pilih organisasi dari daftar.

## Permintaan bergabung
admin-join-requests-title = Permintaan bergabung dengan organisasi
admin-no-join-requests = Tidak ada permintaan yang menunggu.
admin-to-join = Untuk bergabung dengan:

## Organisasi
admin-organizations-title = Organisasi
admin-add-organization-title = Tambahkan organisasi
admin-organization-added = Organisasi ditambahkan.
admin-kind = Jenis
admin-name = Nama
admin-country = Negara
admin-city = Kota
admin-add-organization = Tambahkan organisasi
admin-merge-title = Gabungkan duplikat
admin-merge-lead = Anggota, kontak, topik, dan nilai KPI dari duplikat dipindahkan ke organisasi yang Anda pertahankan; lalu duplikat dihapus.
admin-merged = Digabungkan.
admin-merge-keep = Pertahankan
admin-merge-duplicate = Gabungkan dan hapus
admin-merge-button = Gabungkan
admin-merge-same = Pilih dua organisasi yang berbeda.
admin-merge-stopped = Penggabungan ke { $organization } dihentikan: masih ada data yang merujuk ke duplikat. Tidak ada yang diubah.
admin-no-such-organization = Organisasi ini tidak ada di direktori.
admin-merge-partnership = “{ $title }” (kemitraan { $id })
admin-merge-partners = Kedua organisasi ini bermitra dalam { $partnerships }: jika digabungkan, organisasi akan bermitra dengan dirinya sendiri. Tutup kemitraan itu atau perbaiki mitranya terlebih dahulu.

## Topik
admin-topics-title = Taksonomi topik
admin-loading-topics = Memuat topik…
admin-topic-name-of = Nama topik { $code }
admin-rename = Ganti nama
admin-new-topic = Topik baru
admin-add-topic = Tambahkan topik

## Kotak keluar
admin-outbox-title = Kotak keluar email
admin-outbox-lead = Setiap pesan yang dikirim situs, beserta statusnya. Tanpa server email, pesan disimpan di sini alih-alih dikirim; pesan yang berisi tautan pribadi (atur ulang kata sandi, konfirmasi) hanya ditampilkan kepada penerimanya, di halaman akun mereka.
admin-outbox-empty = Kotak keluar kosong.
admin-outbox-when = { $date }, { $time } UTC
admin-outbox-kept = Disimpan di aplikasi (tanpa server email)
admin-outbox-retrying = Menunggu dikirim ulang ({ $attempts } percobaan sejauh ini)
admin-outbox-waiting = Menunggu
admin-outbox-sending = Sedang dikirim
admin-outbox-sent = Terkirim
admin-outbox-sent-at = Terkirim { $when }
admin-outbox-failed = Gagal setelah { $attempts } percobaan
admin-outbox-files = Dengan { $files }
admin-outbox-to = Kepada { $recipient } · ditulis { $when }
admin-outbox-why = Alasan: { $error }
admin-outbox-send-again = Kirim ulang
admin-outbox-not-failed = Hanya pesan yang gagal yang dapat dikirim ulang; pesan ini tidak (lagi) gagal.

## Jejak audit
admin-audit-title = Jejak audit
admin-audit-lead = Pemberian dan pencabutan peran, keputusan keanggotaan, keanggotaan jaringan, penonaktifan, dan penggabungan: siapa melakukan apa, dan kapan (UTC).
admin-audit-filter-label = Saring jejak audit
admin-audit-action = Tindakan
admin-audit-all-actions = Semua tindakan
admin-audit-who-field = Siapa (nama atau email)
admin-audit-on = Terhadap siapa atau apa
admin-audit-from = Dari
admin-audit-to = Sampai
admin-audit-filter = Saring
admin-audit-loading = Memuat jejak audit…
admin-audit-none = Tidak ada catatan yang cocok.
admin-audit-newest = { $count } entri terbaru (unduh CSV untuk selengkapnya)
admin-audit-count = { $count } entri
admin-audit-download = Unduh sebagai CSV
admin-audit-caption = Jejak audit, terbaru lebih dulu
admin-audit-when = Waktu
admin-audit-csv-when = Waktu (UTC)
admin-audit-who = Siapa
admin-audit-what = Apa
admin-audit-details = Rincian
admin-audit-at = { $date }, { $time }
admin-audit-choose-action = Pilih tindakan dari daftar.
admin-audit-date-format = Masukkan tanggal dalam format YYYY-MM-DD.
admin-audit-dates-reversed = Hari terakhir tidak boleh sebelum hari pertama.
