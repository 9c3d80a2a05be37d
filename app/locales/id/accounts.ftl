## Akun: mendaftar dan masuk, halaman akun, atur ulang kata sandi, konfirmasi dan perubahan alamat
## email, penghapusan akun, kotak pesan demo, peran, dan email yang dikirim.

accounts-sign-in = Masuk
accounts-sign-out = Keluar
accounts-sign-out-everywhere = Keluar dari semua sesi
accounts-sign-up-title = Buat akun
accounts-sign-up-lead = Anggota dapat mendaftar pelatihan, bergabung dengan organisasinya, dan berperan serta dalam jaringan.
accounts-check-email = Periksa email Anda
accounts-sign-up-sent = Kami telah mengirim tautan ke { $email }. Buka tautan itu untuk mengonfirmasi alamat Anda, lalu masuk.
accounts-your-name = Nama Anda
accounts-name = Nama
accounts-email = Email
accounts-password = Kata sandi
accounts-password-hint = Minimal { $min } karakter.
accounts-create-account = Buat akun
accounts-already-member = Sudah menjadi anggota?
accounts-new-here = Baru di sini?
accounts-forgot-link = Lupa kata sandi?
accounts-your-account = Akun Anda
accounts-loading = Memuat akun Anda…
accounts-not-signed-in = Anda belum masuk.
accounts-roles = Peran
accounts-organizations-you-manage = Organisasi yang Anda kelola
accounts-edit-profile = Ubah profil
accounts-administration = Administrasi
accounts-change-password-title = Ubah kata sandi
accounts-change-password-lead = Sesi Anda yang lain berakhir saat kata sandi diubah.
accounts-password-changed = Kata sandi Anda telah diubah.
accounts-current-password = Kata sandi saat ini
accounts-new-password = Kata sandi baru
accounts-change-password-button = Ubah kata sandi
accounts-save-name = Simpan nama
accounts-delete-title = Hapus akun Anda
accounts-delete-text = Nama, alamat email, dan kata sandi Anda dihapus, dan Anda keluar dari organisasi Anda. Tulisan Anda tetap ada di platform atas nama "Former member" (mantan anggota). Tindakan ini tidak dapat dibatalkan.
accounts-your-password = Kata sandi Anda
accounts-delete-button = Hapus akun saya

## Validasi dan penolakan
accounts-email-too-long = Alamat email paling banyak { $max } karakter.
accounts-password-too-short = Gunakan minimal { $min } karakter; kalimat pendek mudah diingat.
accounts-password-too-long = Gunakan paling banyak { $max } karakter.
accounts-email-required = Masukkan alamat email Anda.
accounts-email-invalid = Ini tidak tampak seperti alamat email (misalnya, nama@pdam.co.id).
accounts-name-required = Masukkan nama Anda.
accounts-name-too-long = Nama Anda harus kurang dari { $max } karakter.
accounts-sign-in-failed = Email dan kata sandi itu tidak cocok dengan akun mana pun.
accounts-deactivated = Akun ini dinonaktifkan. Silakan hubungi sekretariat.
accounts-not-current-password = Ini bukan kata sandi Anda saat ini.
accounts-not-your-password = Ini bukan kata sandi Anda.
accounts-cannot-deactivate-self = Anda tidak dapat menonaktifkan akun Anda sendiri; mintalah admin lain.
accounts-no-such-account = Akun ini tidak ada.
accounts-deleted-cannot-reactivate = Akun ini telah dihapus oleh pemiliknya; akun tidak dapat diaktifkan kembali.
accounts-confirm-link-invalid = Tautan konfirmasi ini sudah kedaluwarsa atau sudah digunakan. Masuklah dan minta tautan baru di halaman akun Anda.
accounts-address-taken = Alamat email ini sekarang digunakan oleh akun lain, jadi alamat Anda tetap seperti semula.
accounts-already-confirmed = Alamat email Anda sudah dikonfirmasi.
accounts-same-email = Ini sudah alamat email Anda.
accounts-reset-link-invalid = Tautan atur ulang ini sudah kedaluwarsa atau sudah digunakan. Silakan minta tautan baru.

## Konfirmasi dan perubahan alamat email
accounts-confirm-title = Konfirmasi alamat email Anda
accounts-confirmed = Alamat email Anda telah dikonfirmasi.
accounts-confirm-press = Tekan tombol untuk mengonfirmasi alamat email Anda.
accounts-confirm-button = Konfirmasi alamat email saya
accounts-not-confirmed-yet = Alamat email Anda belum dikonfirmasi
accounts-not-confirmed-text = Kami telah mengirim tautan ke { $email }. Sebelum Anda membukanya, akun Anda belum dapat berperan serta: tidak ada pendaftaran, tidak ada konten anggota, tidak ada peran.
accounts-link-resent = Tautan baru sedang dikirim ke { $email }. Tautan yang lebih lama tidak berlaku lagi.
accounts-resend-button = Kirim ulang tautan
accounts-change-email-title = Ubah alamat email
accounts-change-email-lead = Kami mengirim tautan ke alamat baru; alamat itu menggantikan alamat lama setelah Anda membuka tautannya.
accounts-change-email-sent = Kami telah mengirim tautan ke { $email }. Buka tautan itu untuk mengonfirmasi alamat baru Anda.
accounts-new-email = Alamat email baru
accounts-change-email-button = Ubah alamat email

## Atur ulang kata sandi
accounts-forgot-title = Atur ulang kata sandi
accounts-forgot-lead = Masukkan email akun Anda dan kami akan mengirimkan tautan untuk memilih kata sandi baru.
accounts-forgot-send = Kirim tautan
accounts-back-to-sign-in = Kembali ke halaman masuk
accounts-forgot-sent = Jika ada akun yang menggunakan email ini, tautan untuk mengatur ulang kata sandinya sedang dikirim. Tautan berlaku selama satu jam.
accounts-reset-title = Pilih kata sandi baru
accounts-reset-save = Simpan kata sandi baru
accounts-reset-new-link = Minta tautan baru
accounts-reset-done = Kata sandi Anda telah diubah, dan semua sesi akun Anda telah berakhir.

## Kotak pesan demo
accounts-inbox-title = Pesan Anda
accounts-inbox-lead = Situs ini tidak memiliki server email, jadi pesan yang seharusnya dikirim ke email Anda disimpan di sini, hanya untuk Anda.
accounts-inbox-empty = Belum ada pesan.
accounts-inbox-when = { $date }, { $time } UTC

## Peran
accounts-role-secretariat-admin = Admin sekretariat
accounts-role-facilitator = Fasilitator
accounts-role-trainer = Pelatih
accounts-role-juror = Juri
accounts-role-member = Anggota

## Jejak audit
accounts-audit-role-granted = Peran diberikan
accounts-audit-role-revoked = Peran dicabut
accounts-audit-membership-approved = Keanggotaan disetujui
accounts-audit-membership-refused = Keanggotaan ditolak
accounts-audit-membership-ended = Keanggotaan diakhiri
accounts-audit-network-membership-changed = Keanggotaan jaringan diubah
accounts-audit-account-deactivated = Akun dinonaktifkan
accounts-audit-account-reactivated = Akun diaktifkan kembali
accounts-audit-account-deleted = Akun dihapus
accounts-audit-organizations-merged = Organisasi digabungkan
accounts-audit-joined-network = Dijadikan anggota jaringan
accounts-audit-left-network = Tidak lagi menjadi anggota jaringan
accounts-audit-removed-by-secretariat = Dikeluarkan oleh Sekretariat

## Email
accounts-mail-welcome-subject = Konfirmasi alamat email Anda untuk WaterLinks Hub
accounts-mail-welcome-text = Terima kasih telah membuat akun di WaterLinks Hub. Mohon konfirmasi bahwa alamat ini milik Anda: akun Anda mulai berfungsi setelah alamat dikonfirmasi.
accounts-mail-welcome-lifetime = Tautan berlaku selama { $hours } jam, untuk satu kali. Jika Anda tidak membuat akun, abaikan pesan ini: tidak ada yang terjadi tanpa tautan itu.
accounts-mail-change-subject = Konfirmasi alamat email baru Anda untuk WaterLinks Hub
accounts-mail-change-text = Anda meminta agar alamat ini digunakan untuk akun WaterLinks Hub Anda. Alamat ini menggantikan alamat lama setelah Anda mengonfirmasinya.
accounts-mail-change-button = Konfirmasi alamat email baru saya
accounts-mail-change-lifetime = Tautan berlaku selama { $hours } jam, untuk satu kali. Jika Anda tidak memintanya, abaikan pesan ini: akun tetap menggunakan alamatnya.
accounts-mail-notice-subject = Alamat email WaterLinks Hub Anda akan berubah
accounts-mail-notice-text = Seseorang yang masuk ke akun WaterLinks Hub Anda meminta agar { $email } digunakan sebagai pengganti alamat ini. Perubahan hanya terjadi jika tautan yang dikirim ke sana dibuka.
accounts-mail-notice-button = Tinjau akun Anda
accounts-mail-notice-warning = Jika itu bukan Anda, segera ubah kata sandi Anda dan hubungi sekretariat.
accounts-mail-already-subject = Anda sudah memiliki akun WaterLinks Hub
accounts-mail-already-text = Seseorang (semoga Anda) mencoba membuat akun WaterLinks Hub dengan alamat email ini, yang sudah memiliki akun. Tidak ada akun baru yang dibuat.
accounts-mail-already-forgot = Lupa kata sandi? Pilih kata sandi baru di sini: { $link }
accounts-mail-reset-subject = Atur ulang kata sandi WaterLinks Hub Anda
accounts-mail-reset-text = Seseorang (semoga Anda) meminta untuk mengatur ulang kata sandi akun WaterLinks Hub Anda.
accounts-mail-reset-button = Pilih kata sandi baru dalam { $minutes } menit
accounts-mail-reset-ignore = Jika Anda tidak memintanya, abaikan pesan ini: kata sandi Anda tetap seperti semula.
accounts-mail-unknown-text = Seseorang (semoga Anda) meminta untuk mengatur ulang kata sandi akun WaterLinks Hub dengan alamat email ini, tetapi tidak ada akun yang menggunakannya.
accounts-mail-unknown-other = Jika Anda memiliki akun dengan alamat lain, mintalah tautan di alamat itu. Jika Anda tidak memintanya, abaikan pesan ini.
