## Penolakan ketika seseorang melakukan sesuatu terlalu sering. $wait adalah salah satu teks limits-wait-*.
limits-wait-seconds = { $count ->
   *[other] { $count } detik
}
limits-wait-minutes = { $count ->
   *[other] { $count } menit
}
limits-wait-hours = { $count ->
   *[other] { $count } jam
}
limits-attempts = Terlalu banyak percobaan dari jaringan Anda. Mohon tunggu { $wait } lalu coba lagi.
limits-failed-sign-ins = Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam { $wait }, atau atur ulang kata sandi Anda agar dapat langsung masuk.
limits-reset-requests = Tautan atur ulang untuk email ini sudah dikirim beberapa kali. Mohon periksa kotak masuk Anda (dan folder spam), atau minta lagi dalam { $wait }.
limits-registrations-address = Terlalu banyak pendaftaran dari jaringan ini. Mohon coba lagi dalam { $wait }.
limits-registrations-email = Terlalu banyak pendaftaran untuk email ini. Mohon coba lagi dalam { $wait }.
limits-resends-address = Terlalu banyak permintaan tautan konfirmasi dari jaringan ini. Mohon coba lagi dalam { $wait }.
limits-resends-email = Tautan ini sudah dikirim beberapa kali ke email ini. Mohon periksa kotak masuk Anda (dan folder spam), atau minta lagi dalam { $wait }.
limits-contact-messages = Terlalu banyak pesan dari jaringan ini. Mohon coba lagi dalam { $wait }, atau kirim email ke Sekretariat.
limits-votes-attendee = Anda memilih terlalu cepat. Tunggu beberapa detik lalu ketuk lagi; suara terakhir Anda yang terhitung tetap berlaku.
limits-votes-address = Terlalu banyak suara dari jaringan ini saat ini. Tunggu { $wait } lalu ketuk lagi; suara terakhir Anda yang terhitung tetap berlaku.
