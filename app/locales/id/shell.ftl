## Bingkai di sekeliling setiap halaman, bagian formulir, dan galat yang dapat muncul di halaman mana pun.

shell-skip-to-content = Langsung ke konten
nav-label = Navigasi utama
nav-home = Beranda
nav-partners = Mitra
nav-partnerships = Kemitraan
nav-results = Hasil
nav-needs = Kebutuhan
nav-training = Pelatihan
nav-library = Pustaka
nav-forum = Forum
nav-stories = Kisah
nav-events = Acara
nav-contact = Kontak

footer-secretariat = Sekretariat WaterLinks
footer-telephone = Telepon:
footer-map = Peta kemitraan
footer-api = API untuk mitra pembangunan
footer-mission = Membantu perusahaan air minum dan sanitasi perkotaan di Asia dan Pasifik menyediakan air minum yang aman dan sanitasi dasar.

lang-menu-label = Bahasa
lang-form-title = Bahasa
lang-form-label = Bahasa situs dan email
lang-form-hint = Halaman, email, dan sertifikat ditulis dalam bahasa ini.
lang-form-save = Simpan bahasa
lang-unknown = Pilih salah satu bahasa dalam daftar.

not-found-title = Halaman tidak ditemukan
not-found-text = Kami tidak dapat menemukan halaman tersebut. Halaman mungkin telah dipindahkan, atau alamatnya salah ketik.
not-found-home = Ke beranda
gone-title = Tidak tersedia lagi
gone-text = Yang ada di sini telah dibatalkan atau ditarik.

error-title = Halaman ini tidak dapat ditampilkan
error-hint-missing = Periksa alamatnya, atau mulai lagi dari beranda.
error-hint-retry = Silakan coba lagi sebentar lagi. Jika terus terjadi, hubungi sekretariat.
error-invalid = Mohon perbaiki isian yang ditandai. { $details }
error-unauthenticated = Silakan masuk untuk melanjutkan.
error-forbidden = Anda tidak memiliki izin untuk melakukan itu.
error-internal = Terjadi kesalahan di pihak kami. Silakan coba lagi sebentar lagi.
error-network = Tidak dapat terhubung ke WaterLinks Hub. Periksa koneksi Anda dan coba lagi.
error-saved-meanwhile = Seseorang baru saja menyimpan hal yang sama. Muat ulang halaman dan coba lagi.
error-still-referred = Data lain masih merujuk ke sini, sehingga tidak dapat dihapus.
error-unreadable = Permintaan tidak dapat dibaca: { $detail }
error-missing-field = Permintaan tidak memuat isian '{ $field }'.
error-field-one-line = Isian ini hanya satu baris: hapus jeda barisnya.
error-field-control-characters = Hapus karakter kontrol tak terlihat dari isian ini (bisa ikut terbawa saat menempelkan teks).
error-form-encoding = Kirim formulir ini sebagai application/x-www-form-urlencoded.
error-form-too-large = Formulir ini terlalu besar untuk dibaca.
error-cross-site = Permintaan lintas situs ditolak: tindakan ini hanya dapat dilakukan dari WaterLinks Hub sendiri.
error-address-unreadable = Alamat ini berisi karakter yang tidak dapat dibaca.

form-correct-fields = Mohon perbaiki isian yang ditandai di bawah.
form-country = Negara
form-all-countries = Semua negara
form-language = Bahasa
form-all-languages = Semua bahasa
form-content-language = Ditulis dalam bahasa
form-topic = Topik
form-any-topic = Semua topik

format-percent = { $value }%

mail-greeting = Yth. { $name },
mail-greeting-neutral = Halo,
mail-footer = Jaringan WaterLinks untuk perusahaan air minum dan sanitasi di Asia dan Pasifik.
offline-title = Luring · WaterLinks Hub
offline-heading = Anda sedang luring
offline-never-opened = Halaman ini belum pernah dibuka di ponsel ini, jadi tidak dapat ditampilkan tanpa jaringan.
offline-once-visited = Halaman Forum, lencana Anda, agenda Anda, dan halaman pemungutan suara dapat dibuka secara luring setelah Anda pernah mengunjunginya.
offline-open-forum = Buka halaman Forum
manifest-description = Kemitraan operator air, pelatihan, dan pengetahuan bagi perusahaan air minum dan sanitasi perkotaan di Asia dan Pasifik.
