## The home page.

home-title = Utilitas membantu utilitas menyediakan air minum aman dan sanitasi
home-lead = WaterLinks menghubungkan operator air minum dan sanitasi perkotaan di seluruh Asia dan Pasifik, agar mereka yang memiliki solusi teruji dapat menjadi mentor bagi yang membutuhkannya.
home-what-we-do = Apa yang dilakukan jaringan
home-wops-title = Kemitraan Operator Air (WOP)
home-wops-text = Utilitas mentor dengan solusi teruji bekerja bersama utilitas penerima untuk mengatasi tantangan layanannya selama 12 hingga 24 bulan, berdasarkan perjanjian dan rencana kerja bersama.
home-capacity-title = Peningkatan kapasitas regional
home-capacity-text = Program pelatihan, perangkat kerja, panduan, dan kajian terapan yang membantu kemitraan berhasil.
home-sharing-title = Berbagi informasi dan berjejaring
home-sharing-text = Praktik baik dari kemitraan, acara sektor, dan Forum Tahunan WaterLinks dengan penghargaannya bagi kemitraan yang unggul.
home-loading = Memuat hasil jaringan…
home-stat-utilities = Utilitas
home-stat-countries = Negara
home-stat-organizations = Organisasi
home-results = Hasil sejauh ini
home-results-link = Lihat dasbor hasil
home-coming-up = Segera hadir
home-no-events = Belum ada acara yang diumumkan.
home-all-events = Semua acara
home-latest-stories = Kisah terbaru
home-no-stories = Belum ada kisah yang diterbitkan.
home-all-stories = Semua kisah
