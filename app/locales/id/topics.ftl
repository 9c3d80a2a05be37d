## Taksonomi topik: hal-hal yang dapat dibimbing dan dibutuhkan oleh operator air. Nama topik
## adalah konten yang ditulis sekretariat.

topics-name-missing = Masukkan nama topik.
topics-name-too-long = Nama topik tidak boleh lebih dari { $max } karakter.
topics-not-found = Topik ini tidak ada.
topics-name-taken = Sudah ada topik dengan nama ini.
