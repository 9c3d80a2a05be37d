## Contact the secretariat.

contact-title = Hubungi sekretariat
contact-lead = Ada pertanyaan tentang kemitraan, pelatihan, atau Forum? Tulis kepada sekretariat WaterLinks.
contact-name = Nama Anda
contact-email = Email
contact-organization = Organisasi (opsional)
contact-message = Pesan
contact-sending = Mengirim…
contact-send = Kirim pesan
contact-thanks = Terima kasih
contact-thanks-text = Pesan Anda telah sampai ke sekretariat. Kami biasanya membalas dalam dua hari kerja.
contact-name-missing = Silakan masukkan nama Anda.
contact-name-too-long = Nama Anda harus kurang dari { $max } karakter.
contact-email-missing = Silakan masukkan alamat email Anda agar kami dapat membalas.
contact-email-invalid = Ini tampaknya bukan alamat email (misalnya, nama@utilitas.org).
contact-organization-too-long = Nama organisasi harus kurang dari { $max } karakter.
contact-message-missing = Silakan tulis pesan Anda.
contact-message-too-long = Pesan Anda harus kurang dari { $max } karakter.
