// Dibuat oleh `standar editor --tulis` dari model isi (hooks/standar): jangan diubah dengan
// tangan. Generated from the content model by `standar editor --tulis`; do not edit.
window.PORTAL_KONFIGURASI = {
 "decap": {
  "load_config_file": false,
  "locale": "id",
  "publish_mode": "editorial_workflow",
  "media_folder": "docs/assets/lampiran",
  "public_folder": "/assets/lampiran",
  "slug": {
   "encoding": "ascii",
   "clean_accents": true,
   "sanitize_replacement": "-"
  },
  "collections": [
   {
    "name": "sp",
    "label": "Standar Pelayanan",
    "label_singular": "Standar Pelayanan",
    "description": "Standar Pelayanan: satu berkas per dokumen di standards/<opd>/sp/.",
    "folder": "standards",
    "path": "{{opd}}/sp/{{_slug}}",
    "extension": "md",
    "format": "portal-sp",
    "create": true,
    "delete": false,
    "identifier_field": "judul",
    "summary": "{{judul}}",
    "filter": {
     "field": "_jenis",
     "value": "sp"
    },
    "fields": [
     {
      "name": "opd",
      "label": "OPD",
      "widget": "portal-opd",
      "required": false,
      "options": [],
      "hint": "Perangkat daerah pemilik standar ini; menentukan folder berkasnya dan tidak dapat diubah sesudah disimpan."
     },
     {
      "name": "judul",
      "label": "Judul",
      "required": true,
      "hint": "Nama layanan, seperti dikenal masyarakat.",
      "widget": "string"
     },
     {
      "name": "nomor",
      "label": "Nomor",
      "required": false,
      "hint": "Nomor keputusan penetapan standar pelayanan; unik di seluruh portal; dalam tanda kutip.",
      "widget": "string"
     },
     {
      "name": "status",
      "label": "Status",
      "required": true,
      "hint": "draf (belum terbit), berlaku, atau dicabut.",
      "default": "draf",
      "widget": "select",
      "options": [
       {
        "label": "Draf",
        "value": "draf"
       },
       {
        "label": "Berlaku",
        "value": "berlaku"
       },
       {
        "label": "Dicabut",
        "value": "dicabut"
       }
      ]
     },
     {
      "name": "tanggal_efektif",
      "label": "Tanggal efektif",
      "required": true,
      "hint": "Tanggal penetapan standar pelayanan.",
      "widget": "datetime",
      "format": "YYYY-MM-DD",
      "date_format": "YYYY-MM-DD",
      "time_format": false
     },
     {
      "name": "disahkan_oleh",
      "label": "Disahkan oleh",
      "required": true,
      "hint": "Pejabat yang menetapkan (kepala unit pelayanan): jabatan, nama, NIP.",
      "widget": "object",
      "collapsed": false,
      "fields": [
       {
        "name": "jabatan",
        "label": "Jabatan",
        "required": true,
        "hint": "Jabatan pejabat yang mengesahkan.",
        "widget": "string"
       },
       {
        "name": "nama",
        "label": "Nama",
        "required": true,
        "hint": "Nama lengkap pejabat, dengan gelar.",
        "widget": "string"
       },
       {
        "name": "pangkat",
        "label": "Pangkat",
        "required": false,
        "hint": "Pangkat dan golongan di bawah nama, bila dokumen asli mencantumkannya.",
        "widget": "string"
       },
       {
        "name": "nip",
        "label": "NIP",
        "required": false,
        "hint": "NIP pejabat: 18 digit dalam tanda kutip; spasi dan awalan 'NIP.' boleh. Kosongkan bila dokumen asli tidak mencantumkannya (misalnya pejabat yang bukan ASN, seperti bupati).",
        "widget": "string",
        "pattern": [
         "^(?: *\\p{Nd}){18} *$",
         "NIP: 18 digit angka (spasi boleh)"
        ]
       }
      ]
     },
     {
      "name": "tautan_dokumen",
      "label": "Tautan dokumen",
      "required": false,
      "hint": "Alamat salinan keputusan yang ditandatangani (misalnya di JDIH), bila ada.",
      "widget": "string",
      "pattern": [
       "^(?:https?://\\S+)$",
       "alamat web http(s)://"
      ]
     },
     {
      "name": "unit_layanan",
      "label": "Unit layanan",
      "required": false,
      "hint": "Unit atau loket yang melayani.",
      "widget": "string"
     },
     {
      "name": "alamat",
      "label": "Alamat",
      "required": false,
      "hint": "Alamat tempat pelayanan; bawaan: alamat OPD.",
      "widget": "string"
     },
     {
      "name": "jam_pelayanan",
      "label": "Jam pelayanan",
      "required": false,
      "hint": "Hari dan jam pelayanan.",
      "widget": "list",
      "collapsed": false,
      "fields": [
       {
        "name": "hari",
        "label": "Hari",
        "required": true,
        "hint": "Hari pelayanan.",
        "widget": "string"
       },
       {
        "name": "jam",
        "label": "Jam",
        "required": true,
        "hint": "Jam pelayanan pada hari itu, dengan zona waktunya.",
        "widget": "string"
       }
      ],
      "summary": "{{fields.hari}}"
     },
     {
      "name": "sop",
      "label": "SOP",
      "required": false,
      "hint": "Nomor SOP (atau SPO) yang merinci prosedur layanan ini; harus ada di portal dan berlaku.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "SOP",
       "widget": "string"
      }
     },
     {
      "name": "spm",
      "label": "SPM",
      "required": false,
      "hint": "Kode jenis pelayanan dasar SPM yang dilayani, bila ada.",
      "widget": "select",
      "options": [
       {
        "label": "Pendidikan Anak Usia Dini (pdk-paud)",
        "value": "pdk-paud"
       },
       {
        "label": "Pendidikan Dasar (pdk-dasar)",
        "value": "pdk-dasar"
       },
       {
        "label": "Pendidikan Kesetaraan (pdk-kesetaraan)",
        "value": "pdk-kesetaraan"
       },
       {
        "label": "Pelayanan kesehatan ibu hamil (kes-ibu-hamil)",
        "value": "kes-ibu-hamil"
       },
       {
        "label": "Pelayanan kesehatan ibu bersalin (kes-ibu-bersalin)",
        "value": "kes-ibu-bersalin"
       },
       {
        "label": "Pelayanan kesehatan bayi baru lahir (kes-bayi-baru-lahir)",
        "value": "kes-bayi-baru-lahir"
       },
       {
        "label": "Pelayanan kesehatan balita (kes-balita)",
        "value": "kes-balita"
       },
       {
        "label": "Pelayanan kesehatan pada usia pendidikan dasar (kes-usia-pendidikan-dasar)",
        "value": "kes-usia-pendidikan-dasar"
       },
       {
        "label": "Pelayanan kesehatan pada usia produktif (kes-usia-produktif)",
        "value": "kes-usia-produktif"
       },
       {
        "label": "Pelayanan kesehatan pada usia lanjut (kes-usia-lanjut)",
        "value": "kes-usia-lanjut"
       },
       {
        "label": "Pelayanan kesehatan penderita hipertensi (kes-hipertensi)",
        "value": "kes-hipertensi"
       },
       {
        "label": "Pelayanan kesehatan penderita diabetes melitus (kes-diabetes)",
        "value": "kes-diabetes"
       },
       {
        "label": "Pelayanan kesehatan orang dengan gangguan jiwa berat (kes-odgj-berat)",
        "value": "kes-odgj-berat"
       },
       {
        "label": "Pelayanan kesehatan orang terduga tuberkulosis (kes-terduga-tbc)",
        "value": "kes-terduga-tbc"
       },
       {
        "label": "Pelayanan kesehatan orang dengan risiko terinfeksi virus yang melemahkan daya tahan tubuh manusia (HIV) (kes-risiko-hiv)",
        "value": "kes-risiko-hiv"
       },
       {
        "label": "Pemenuhan kebutuhan pokok air minum sehari-hari (pu-air-minum)",
        "value": "pu-air-minum"
       },
       {
        "label": "Penyediaan pelayanan pengolahan air limbah domestik (pu-air-limbah)",
        "value": "pu-air-limbah"
       },
       {
        "label": "Penyediaan dan rehabilitasi rumah yang layak huni bagi korban bencana kabupaten/kota (pr-rumah-korban-bencana)",
        "value": "pr-rumah-korban-bencana"
       },
       {
        "label": "Fasilitasi penyediaan rumah yang layak huni bagi masyarakat yang terkena relokasi program Pemerintah Daerah kabupaten/kota (pr-rumah-relokasi)",
        "value": "pr-rumah-relokasi"
       },
       {
        "label": "Pelayanan ketenteraman dan ketertiban umum (tr-trantibum)",
        "value": "tr-trantibum"
       },
       {
        "label": "Pelayanan informasi rawan bencana (tr-informasi-rawan-bencana)",
        "value": "tr-informasi-rawan-bencana"
       },
       {
        "label": "Pelayanan pencegahan dan kesiapsiagaan terhadap bencana (tr-pencegahan-kesiapsiagaan-bencana)",
        "value": "tr-pencegahan-kesiapsiagaan-bencana"
       },
       {
        "label": "Pelayanan penyelamatan dan evakuasi korban bencana (tr-evakuasi-korban-bencana)",
        "value": "tr-evakuasi-korban-bencana"
       },
       {
        "label": "Pelayanan penyelamatan dan evakuasi korban kebakaran (tr-evakuasi-korban-kebakaran)",
        "value": "tr-evakuasi-korban-kebakaran"
       },
       {
        "label": "Rehabilitasi sosial dasar penyandang disabilitas telantar di luar panti (sos-disabilitas)",
        "value": "sos-disabilitas"
       },
       {
        "label": "Rehabilitasi sosial dasar anak telantar di luar panti (sos-anak)",
        "value": "sos-anak"
       },
       {
        "label": "Rehabilitasi sosial dasar lanjut usia telantar di luar panti (sos-lanjut-usia)",
        "value": "sos-lanjut-usia"
       },
       {
        "label": "Rehabilitasi sosial dasar tuna sosial khususnya gelandangan dan pengemis di luar panti (sos-gelandangan-pengemis)",
        "value": "sos-gelandangan-pengemis"
       },
       {
        "label": "Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana bagi korban bencana kabupaten/kota (sos-korban-bencana)",
        "value": "sos-korban-bencana"
       }
      ]
     },
     {
      "name": "persyaratan",
      "label": "Persyaratan",
      "required": false,
      "hint": "Persyaratan: dokumen atau hal yang harus dibawa atau dipenuhi pemohon.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Persyaratan",
       "widget": "string"
      }
     },
     {
      "name": "prosedur",
      "label": "Prosedur",
      "required": false,
      "hint": "Sistem, mekanisme, dan prosedur: langkah pelayanan bagi pemohon. Bila kosong, langkah pemohon diambil dari SOP yang ditautkan.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Prosedur",
       "widget": "string"
      }
     },
     {
      "name": "jangka_waktu",
      "label": "Jangka waktu",
      "required": false,
      "hint": "Jangka waktu penyelesaian: sejak berkas lengkap diterima.",
      "widget": "string",
      "pattern": [
       "^(?:\\p{Nd}+(?:[.,]\\p{Nd}+)? (?:menit|jam|hari kerja|hari kalender|hari|minggu|bulan))$",
       "angka lalu satuan menit, jam, hari kerja, hari kalender, hari, minggu atau bulan, misalnya '10 menit' atau '3 hari kerja'; jadwal diawali 'jadwal:'"
      ]
     },
     {
      "name": "biaya",
      "label": "Biaya",
      "required": false,
      "hint": "Biaya/tarif: 'Gratis', jumlah rupiah, atau tarif per satuan ('Rp12.000 per m²').",
      "widget": "string"
     },
     {
      "name": "dasar_biaya",
      "label": "Dasar biaya",
      "required": false,
      "hint": "Dasar hukum tarif (misalnya peraturan daerah tentang retribusi); wajib bila tarif bukan nol.",
      "widget": "string"
     },
     {
      "name": "produk",
      "label": "Produk",
      "required": false,
      "hint": "Produk pelayanan: hasil yang diterima pemohon.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Produk",
       "widget": "string"
      }
     },
     {
      "name": "pengaduan",
      "label": "Pengaduan",
      "required": false,
      "hint": "Penanganan pengaduan, saran, dan masukan: kanal pengaduan; bawaan: kanal pemerintah daerah di pemda.yml.",
      "widget": "object",
      "collapsed": true,
      "fields": [
       {
        "name": "nama",
        "label": "Nama",
        "required": false,
        "hint": "Nama kanal pengaduan.",
        "widget": "string"
       },
       {
        "name": "url",
        "label": "URL",
        "required": false,
        "hint": "Alamat web kanal pengaduan.",
        "widget": "string",
        "pattern": [
         "^(?:https?://\\S+)$",
         "alamat web http(s)://"
        ]
       },
       {
        "name": "telepon",
        "label": "Telepon",
        "required": false,
        "hint": "Telepon pengaduan, dalam tanda kutip.",
        "widget": "string"
       },
       {
        "name": "whatsapp",
        "label": "Whatsapp",
        "required": false,
        "hint": "Nomor WhatsApp pengaduan, dalam tanda kutip.",
        "widget": "string"
       },
       {
        "name": "email",
        "label": "Email",
        "required": false,
        "hint": "Surel pengaduan.",
        "widget": "string"
       },
       {
        "name": "alamat",
        "label": "Alamat",
        "required": false,
        "hint": "Tempat menyampaikan pengaduan secara langsung.",
        "widget": "string"
       }
      ]
     },
     {
      "name": "dasar_hukum",
      "label": "Dasar hukum",
      "required": false,
      "hint": "Dasar hukum: peraturan yang mendasari.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Dasar hukum",
       "widget": "string"
      }
     },
     {
      "name": "sarana_prasarana",
      "label": "Sarana prasarana",
      "required": false,
      "hint": "Sarana, prasarana, dan/atau fasilitas.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Sarana prasarana",
       "widget": "string"
      }
     },
     {
      "name": "kompetensi_pelaksana",
      "label": "Kompetensi pelaksana",
      "required": false,
      "hint": "Kompetensi pelaksana.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Kompetensi pelaksana",
       "widget": "string"
      }
     },
     {
      "name": "pengawasan_internal",
      "label": "Pengawasan internal",
      "required": false,
      "hint": "Pengawasan internal.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Pengawasan internal",
       "widget": "string"
      }
     },
     {
      "name": "jumlah_pelaksana",
      "label": "Jumlah pelaksana",
      "required": false,
      "hint": "Jumlah pelaksana: jumlah orang, angka tanpa tanda kutip.",
      "widget": "number",
      "value_type": "int",
      "max": 10000,
      "min": 1
     },
     {
      "name": "jaminan_pelayanan",
      "label": "Jaminan pelayanan",
      "required": false,
      "hint": "Jaminan pelayanan.",
      "widget": "string"
     },
     {
      "name": "jaminan_keamanan",
      "label": "Jaminan keamanan",
      "required": false,
      "hint": "Jaminan keamanan dan keselamatan pelayanan.",
      "widget": "string"
     },
     {
      "name": "evaluasi_kinerja",
      "label": "Evaluasi kinerja",
      "required": false,
      "hint": "Evaluasi kinerja pelaksana.",
      "widget": "string"
     },
     {
      "name": "riwayat",
      "label": "Riwayat",
      "required": false,
      "hint": "Riwayat perubahan standar pelayanan.",
      "widget": "list",
      "collapsed": false,
      "fields": [
       {
        "name": "tanggal",
        "label": "Tanggal",
        "required": true,
        "hint": "Tanggal perubahan.",
        "widget": "datetime",
        "format": "YYYY-MM-DD",
        "date_format": "YYYY-MM-DD",
        "time_format": false
       },
       {
        "name": "uraian",
        "label": "Uraian",
        "required": true,
        "hint": "Apa yang diubah.",
        "widget": "string"
       }
      ],
      "summary": "{{fields.tanggal}}"
     },
     {
      "name": "tags",
      "label": "Tags",
      "required": false,
      "hint": "Kata kunci.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Tags",
       "widget": "string",
       "pattern": [
        "^(?:[^<>\"'&`]*[\\p{L}\\p{N}][^<>\"'&`]*)$",
        "kata kunci dengan huruf atau angka, tanpa tanda < > \" ' & `, misalnya 'akta kelahiran'"
       ]
      }
     },
     {
      "name": "body",
      "label": "Isi halaman",
      "widget": "markdown",
      "required": false,
      "modes": [
       "raw"
      ],
      "editor_components": [],
      "buttons": [
       "bold",
       "italic",
       "heading-two",
       "heading-three",
       "bulleted-list",
       "numbered-list",
       "link",
       "quote"
      ],
      "hint": "Teks halaman dalam Markdown: judul bagian diawali ##."
     }
    ]
   },
   {
    "name": "sop",
    "label": "Standar Operasional Prosedur",
    "label_singular": "SOP",
    "description": "Standar Operasional Prosedur: satu berkas per dokumen di standards/<opd>/sop/.",
    "folder": "standards",
    "path": "{{opd}}/sop/{{_slug}}",
    "extension": "md",
    "format": "portal-sop",
    "create": true,
    "delete": false,
    "identifier_field": "judul",
    "summary": "{{judul}}",
    "filter": {
     "field": "_jenis",
     "value": "sop"
    },
    "fields": [
     {
      "name": "opd",
      "label": "OPD",
      "widget": "portal-opd",
      "required": false,
      "options": [],
      "hint": "Perangkat daerah pemilik standar ini; menentukan folder berkasnya dan tidak dapat diubah sesudah disimpan."
     },
     {
      "name": "judul",
      "label": "Judul",
      "required": true,
      "hint": "Nama SOP (judul prosedur).",
      "widget": "string"
     },
     {
      "name": "nomor",
      "label": "Nomor",
      "required": false,
      "hint": "Nomor SOP menurut tata naskah dinas OPD; unik di seluruh portal; dalam tanda kutip. Kosongkan bila dokumen asli tidak bernomor. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "string"
     },
     {
      "name": "status",
      "label": "Status",
      "required": true,
      "hint": "draf (belum terbit), berlaku, atau dicabut.",
      "default": "draf",
      "widget": "select",
      "options": [
       {
        "label": "Draf",
        "value": "draf"
       },
       {
        "label": "Berlaku",
        "value": "berlaku"
       },
       {
        "label": "Dicabut",
        "value": "dicabut"
       }
      ]
     },
     {
      "name": "diganti_oleh",
      "label": "Diganti oleh",
      "required": false,
      "hint": "Untuk SOP yang dicabut: nomor SOP penggantinya.",
      "widget": "string"
     },
     {
      "name": "unit_kerja",
      "label": "Unit kerja",
      "required": false,
      "hint": "Bidang, bagian atau seksi pelaksana.",
      "widget": "string"
     },
     {
      "name": "jenis_sop",
      "label": "Jenis SOP",
      "required": false,
      "hint": "administratif (beberapa pelaksana; bawaan) atau teknis (satu pelaksana, rinci).",
      "widget": "select",
      "options": [
       {
        "label": "Administratif",
        "value": "administratif"
       },
       {
        "label": "Teknis",
        "value": "teknis"
       }
      ]
     },
     {
      "name": "tanggal_pembuatan",
      "label": "Tanggal pembuatan",
      "required": true,
      "hint": "Tanggal SOP selesai disusun.",
      "widget": "datetime",
      "format": "YYYY-MM-DD",
      "date_format": "YYYY-MM-DD",
      "time_format": false
     },
     {
      "name": "tanggal_revisi",
      "label": "Tanggal revisi",
      "required": false,
      "hint": "Tanggal revisi terakhir; tidak sebelum tanggal pembuatan.",
      "widget": "datetime",
      "format": "YYYY-MM-DD",
      "date_format": "YYYY-MM-DD",
      "time_format": false
     },
     {
      "name": "tanggal_efektif",
      "label": "Tanggal efektif",
      "required": false,
      "hint": "Tanggal SOP berlaku (tanggal pengesahan); tidak sebelum tanggal pembuatan. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "datetime",
      "format": "YYYY-MM-DD",
      "date_format": "YYYY-MM-DD",
      "time_format": false
     },
     {
      "name": "disahkan_oleh",
      "label": "Disahkan oleh",
      "required": true,
      "hint": "Pejabat yang mengesahkan: jabatan, nama, pangkat dan NIP bila tercantum.",
      "widget": "object",
      "collapsed": false,
      "fields": [
       {
        "name": "jabatan",
        "label": "Jabatan",
        "required": true,
        "hint": "Jabatan pejabat yang mengesahkan.",
        "widget": "string"
       },
       {
        "name": "nama",
        "label": "Nama",
        "required": true,
        "hint": "Nama lengkap pejabat, dengan gelar.",
        "widget": "string"
       },
       {
        "name": "pangkat",
        "label": "Pangkat",
        "required": false,
        "hint": "Pangkat dan golongan di bawah nama, bila dokumen asli mencantumkannya.",
        "widget": "string"
       },
       {
        "name": "nip",
        "label": "NIP",
        "required": false,
        "hint": "NIP pejabat: 18 digit dalam tanda kutip; spasi dan awalan 'NIP.' boleh. Kosongkan bila dokumen asli tidak mencantumkannya (misalnya pejabat yang bukan ASN, seperti bupati).",
        "widget": "string",
        "pattern": [
         "^(?: *\\p{Nd}){18} *$",
         "NIP: 18 digit angka (spasi boleh)"
        ]
       }
      ]
     },
     {
      "name": "dasar_hukum",
      "label": "Dasar hukum",
      "required": false,
      "hint": "Peraturan yang menjadi dasar SOP. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "list",
      "collapsed": false,
      "min": 1,
      "field": {
       "name": "butir",
       "label": "Dasar hukum",
       "widget": "string"
      }
     },
     {
      "name": "kualifikasi_pelaksana",
      "label": "Kualifikasi pelaksana",
      "required": false,
      "hint": "Kompetensi yang harus dimiliki pelaksana. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "list",
      "collapsed": false,
      "min": 1,
      "field": {
       "name": "butir",
       "label": "Kualifikasi pelaksana",
       "widget": "string"
      }
     },
     {
      "name": "keterkaitan",
      "label": "Keterkaitan",
      "required": false,
      "hint": "SOP lain yang terkait: teks bebas, atau tautan {nomor, hubungan} ke SOP di portal.",
      "widget": "list",
      "collapsed": false,
      "fields": [
       {
        "name": "teks",
        "label": "Teks bebas",
        "widget": "string",
        "required": false,
        "hint": "Isi teks bebas, atau isian di bawahnya (bukan keduanya)."
       },
       {
        "name": "nomor",
        "label": "Nomor",
        "required": false,
        "hint": "Nomor SOP yang terkait; harus ada di portal.",
        "widget": "string"
       },
       {
        "name": "hubungan",
        "label": "Hubungan",
        "required": false,
        "hint": "Jenis keterkaitan: prasyarat, lanjutan, terkait, atau bagian_dari (bagian dari SOP makro).",
        "widget": "select",
        "options": [
         {
          "label": "prasyarat",
          "value": "prasyarat"
         },
         {
          "label": "lanjutan",
          "value": "lanjutan"
         },
         {
          "label": "terkait",
          "value": "terkait"
         },
         {
          "label": "bagian dari",
          "value": "bagian_dari"
         }
        ]
       }
      ],
      "summary": "{{fields.teks}}{{fields.nomor}}"
     },
     {
      "name": "peralatan_perlengkapan",
      "label": "Peralatan perlengkapan",
      "required": false,
      "hint": "Peralatan dan perlengkapan yang diperlukan. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "list",
      "collapsed": false,
      "min": 1,
      "field": {
       "name": "butir",
       "label": "Peralatan perlengkapan",
       "widget": "string"
      }
     },
     {
      "name": "peringatan",
      "label": "Peringatan",
      "required": false,
      "hint": "Akibat jika SOP tidak dilaksanakan. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "list",
      "collapsed": false,
      "min": 1,
      "field": {
       "name": "butir",
       "label": "Peringatan",
       "widget": "string"
      }
     },
     {
      "name": "pencatatan_pendataan",
      "label": "Pencatatan pendataan",
      "required": false,
      "hint": "Catatan dan register yang disimpan. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "list",
      "collapsed": false,
      "min": 1,
      "field": {
       "name": "butir",
       "label": "Pencatatan pendataan",
       "widget": "string"
      }
     },
     {
      "name": "pelaksana",
      "label": "Pelaksana",
      "required": true,
      "hint": "Para pelaksana (kolom diagram alir), berurutan dari kiri ke kanan: nama jabatan, atau {nama, singkatan} bila kepala kolom dokumen asli memakai singkatan.",
      "widget": "list",
      "collapsed": false,
      "min": 1,
      "max": 12,
      "fields": [
       {
        "name": "teks",
        "label": "Teks bebas",
        "widget": "string",
        "required": false,
        "hint": "Isi teks bebas, atau isian di bawahnya (bukan keduanya)."
       },
       {
        "name": "nama",
        "label": "Nama",
        "required": false,
        "hint": "Jabatan pelaksana, lengkap.",
        "widget": "string"
       },
       {
        "name": "singkatan",
        "label": "Singkatan",
        "required": false,
        "hint": "Singkatan di kepala kolom, seperti pada dokumen asli; nama lengkapnya tampil di keterangan di bawah diagram.",
        "widget": "string"
       }
      ],
      "summary": "{{fields.teks}}{{fields.nama}}"
     },
     {
      "name": "langkah",
      "label": "Langkah",
      "required": true,
      "hint": "Langkah-langkah prosedur, berurutan; nomor langkah dihitung otomatis.",
      "widget": "list",
      "collapsed": false,
      "min": 2,
      "max": 100,
      "fields": [
       {
        "name": "kegiatan",
        "label": "Kegiatan",
        "required": true,
        "hint": "Uraian kegiatan, diawali kata kerja aktif tanpa subjek.",
        "widget": "string"
       },
       {
        "name": "pelaksana",
        "label": "Pelaksana",
        "required": true,
        "hint": "Pelaksana langkah ini; salah satu dari daftar `pelaksana`.",
        "widget": "portal-pilih-butir",
        "rujuk": "pelaksana"
       },
       {
        "name": "kelengkapan",
        "label": "Kelengkapan",
        "required": false,
        "hint": "Mutu Baku - kelengkapan: dokumen atau bahan yang diperlukan.",
        "widget": "list",
        "collapsed": false,
        "field": {
         "name": "butir",
         "label": "Kelengkapan",
         "widget": "string"
        }
       },
       {
        "name": "waktu",
        "label": "Waktu",
        "required": false,
        "hint": "Mutu Baku - waktu: lama langkah ini, angka lalu satuannya ('10 menit', '3 hari kerja'). Langkah yang mengikuti jadwal, bukan lama waktu, ditulis dengan awalan 'jadwal:' dalam tanda kutip (\"jadwal: setiap tanggal 29\"): ditampilkan apa adanya dan tidak ikut dijumlahkan.",
        "widget": "string",
        "pattern": [
         "^(?:\\p{Nd}+(?:[.,]\\p{Nd}+)? (?:menit|jam|hari kerja|hari kalender|hari|minggu|bulan)|jadwal: ?[^\\s<>].*)$",
         "angka lalu satuan menit, jam, hari kerja, hari kalender, hari, minggu atau bulan, misalnya '10 menit' atau '3 hari kerja'; jadwal diawali 'jadwal:'"
        ]
       },
       {
        "name": "output",
        "label": "Output",
        "required": false,
        "hint": "Mutu Baku - output: hasil langkah ini.",
        "widget": "string"
       },
       {
        "name": "keterangan",
        "label": "Keterangan",
        "required": false,
        "hint": "Keterangan tambahan.",
        "widget": "string"
       },
       {
        "name": "keputusan",
        "label": "Keputusan",
        "required": false,
        "hint": "Menjadikan langkah ini keputusan (belah ketupat) dengan dua cabang: nomor langkah tujuan untuk Ya dan Tidak.",
        "widget": "object",
        "collapsed": true,
        "fields": [
         {
          "name": "ya",
          "label": "Ya",
          "required": false,
          "hint": "Nomor langkah tujuan jika jawabannya Ya.",
          "widget": "portal-nomor-butir",
          "rujuk": "langkah"
         },
         {
          "name": "tidak",
          "label": "Tidak",
          "required": false,
          "hint": "Nomor langkah tujuan jika jawabannya Tidak.",
          "widget": "portal-nomor-butir",
          "rujuk": "langkah"
         },
         {
          "name": "label_ya",
          "label": "Label ya",
          "required": false,
          "hint": "Keterangan cabang Ya, ditampilkan sesudah 'Ya' (\"Ya: lengkap\").",
          "widget": "string"
         },
         {
          "name": "label_tidak",
          "label": "Label tidak",
          "required": false,
          "hint": "Keterangan cabang Tidak; label yang sudah diawali 'Tidak' ditampilkan apa adanya.",
          "widget": "string"
         }
        ]
       },
       {
        "name": "ke",
        "label": "Ke",
        "required": false,
        "hint": "Nomor langkah berikutnya jika bukan langkah sesudahnya (lompatan).",
        "widget": "portal-nomor-butir",
        "rujuk": "langkah"
       }
      ],
      "summary": "{{fields.kegiatan}}"
     },
     {
      "name": "total_waktu",
      "label": "Total waktu",
      "required": false,
      "hint": "Total waktu yang tertulis di dokumen asli, bila ada. Portal tetap menghitung waktu jalur utama dari langkah-langkahnya dan memperingatkan bila keduanya berbeda.",
      "widget": "string",
      "pattern": [
       "^(?:\\p{Nd}+(?:[.,]\\p{Nd}+)? (?:menit|jam|hari kerja|hari kalender|hari|minggu|bulan)(?: \\p{Nd}+(?:[.,]\\p{Nd}+)? (?:menit|jam|hari kerja|hari kalender|hari|minggu|bulan))*)$",
       "angka lalu satuan menit, jam, hari kerja, hari kalender, hari, minggu atau bulan, misalnya '10 menit' atau '3 hari kerja'; jadwal diawali 'jadwal:'"
      ]
     },
     {
      "name": "riwayat",
      "label": "Riwayat",
      "required": false,
      "hint": "Riwayat perubahan SOP.",
      "widget": "list",
      "collapsed": false,
      "fields": [
       {
        "name": "tanggal",
        "label": "Tanggal",
        "required": true,
        "hint": "Tanggal perubahan.",
        "widget": "datetime",
        "format": "YYYY-MM-DD",
        "date_format": "YYYY-MM-DD",
        "time_format": false
       },
       {
        "name": "uraian",
        "label": "Uraian",
        "required": true,
        "hint": "Apa yang diubah.",
        "widget": "string"
       }
      ],
      "summary": "{{fields.tanggal}}"
     },
     {
      "name": "evaluasi",
      "label": "Evaluasi",
      "required": false,
      "hint": "Catatan monitoring dan evaluasi.",
      "widget": "list",
      "collapsed": false,
      "fields": [
       {
        "name": "tanggal",
        "label": "Tanggal",
        "required": true,
        "hint": "Tanggal monitoring atau evaluasi.",
        "widget": "datetime",
        "format": "YYYY-MM-DD",
        "date_format": "YYYY-MM-DD",
        "time_format": false
       },
       {
        "name": "jenis",
        "label": "Jenis",
        "required": true,
        "hint": "monitoring (setiap 6 bulan) atau evaluasi (paling sedikit setahun sekali).",
        "widget": "select",
        "options": [
         {
          "label": "Monitoring",
          "value": "monitoring"
         },
         {
          "label": "Evaluasi",
          "value": "evaluasi"
         }
        ]
       },
       {
        "name": "hasil",
        "label": "Hasil",
        "required": true,
        "hint": "Hasil penilaian: berjalan_baik atau tidak_berjalan_baik.",
        "widget": "select",
        "options": [
         {
          "label": "Berjalan dengan baik",
          "value": "berjalan_baik"
         },
         {
          "label": "Tidak berjalan dengan baik",
          "value": "tidak_berjalan_baik"
         }
        ]
       },
       {
        "name": "catatan",
        "label": "Catatan",
        "required": false,
        "hint": "Catatan penilai.",
        "widget": "string"
       },
       {
        "name": "tindakan",
        "label": "Tindakan",
        "required": false,
        "hint": "Tindakan yang diambil.",
        "widget": "string"
       }
      ],
      "summary": "{{fields.tanggal}}"
     },
     {
      "name": "tags",
      "label": "Tags",
      "required": false,
      "hint": "Kata kunci.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Tags",
       "widget": "string",
       "pattern": [
        "^(?:[^<>\"'&`]*[\\p{L}\\p{N}][^<>\"'&`]*)$",
        "kata kunci dengan huruf atau angka, tanpa tanda < > \" ' & `, misalnya 'akta kelahiran'"
       ]
      }
     },
     {
      "name": "body",
      "label": "Isi halaman",
      "widget": "markdown",
      "required": false,
      "modes": [
       "raw"
      ],
      "editor_components": [],
      "buttons": [
       "bold",
       "italic",
       "heading-two",
       "heading-three",
       "bulleted-list",
       "numbered-list",
       "link",
       "quote"
      ],
      "hint": "Teks halaman dalam Markdown: judul bagian diawali ##."
     }
    ]
   },
   {
    "name": "spo",
    "label": "Standar Prosedur Operasional fasilitas kesehatan",
    "label_singular": "SPO",
    "description": "Standar Prosedur Operasional fasilitas kesehatan: satu berkas per dokumen di standards/<opd>/spo/.",
    "folder": "standards",
    "path": "{{opd}}/spo/{{_slug}}",
    "extension": "md",
    "format": "portal-spo",
    "create": true,
    "delete": false,
    "identifier_field": "judul",
    "summary": "{{judul}}",
    "filter": {
     "field": "_jenis",
     "value": "spo"
    },
    "fields": [
     {
      "name": "opd",
      "label": "OPD",
      "widget": "portal-opd",
      "required": false,
      "options": [],
      "hint": "Perangkat daerah pemilik standar ini; menentukan folder berkasnya dan tidak dapat diubah sesudah disimpan."
     },
     {
      "name": "judul",
      "label": "Judul",
      "required": true,
      "hint": "Judul SPO.",
      "widget": "string"
     },
     {
      "name": "nomor",
      "label": "Nomor",
      "required": false,
      "hint": "No. Dokumen; unik di seluruh portal; dalam tanda kutip. Kosongkan bila dokumen asli tidak bernomor. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "string"
     },
     {
      "name": "revisi",
      "label": "Revisi",
      "required": false,
      "hint": "No. Revisi, angka tanpa tanda kutip (0 untuk dokumen pertama; ditampilkan 00, 01, ...). Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "number",
      "value_type": "int",
      "max": 99,
      "min": 0
     },
     {
      "name": "status",
      "label": "Status",
      "required": true,
      "hint": "draf (belum terbit), berlaku, atau dicabut.",
      "default": "draf",
      "widget": "select",
      "options": [
       {
        "label": "Draf",
        "value": "draf"
       },
       {
        "label": "Berlaku",
        "value": "berlaku"
       },
       {
        "label": "Dicabut",
        "value": "dicabut"
       }
      ]
     },
     {
      "name": "diganti_oleh",
      "label": "Diganti oleh",
      "required": false,
      "hint": "Untuk SPO yang dicabut: No. Dokumen penggantinya.",
      "widget": "string"
     },
     {
      "name": "sebutan",
      "label": "Sebutan",
      "required": false,
      "hint": "Sebutan di kepala dokumen: SPO atau SOP. Bawaan menurut jenis fasilitas di opd.yml: rumah sakit SPO, puskesmas dan laboratorium SOP.",
      "widget": "select",
      "options": [
       {
        "label": "SPO",
        "value": "SPO"
       },
       {
        "label": "SOP",
        "value": "SOP"
       }
      ]
     },
     {
      "name": "unit_kerja",
      "label": "Unit kerja",
      "required": false,
      "hint": "Unit atau ruang pelaksana di fasilitas.",
      "widget": "string"
     },
     {
      "name": "tanggal_efektif",
      "label": "Tanggal efektif",
      "required": false,
      "hint": "Tanggal Terbit. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "datetime",
      "format": "YYYY-MM-DD",
      "date_format": "YYYY-MM-DD",
      "time_format": false
     },
     {
      "name": "disahkan_oleh",
      "label": "Disahkan oleh",
      "required": true,
      "hint": "Yang menetapkan: jabatan (Kepala Puskesmas, Direktur), nama, pangkat dan NIP bila tercantum.",
      "widget": "object",
      "collapsed": false,
      "fields": [
       {
        "name": "jabatan",
        "label": "Jabatan",
        "required": false,
        "hint": "Jabatan pejabat yang mengesahkan. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
        "widget": "string"
       },
       {
        "name": "nama",
        "label": "Nama",
        "required": true,
        "hint": "Nama lengkap pejabat, dengan gelar.",
        "widget": "string"
       },
       {
        "name": "pangkat",
        "label": "Pangkat",
        "required": false,
        "hint": "Pangkat dan golongan di bawah nama, bila dokumen asli mencantumkannya.",
        "widget": "string"
       },
       {
        "name": "nip",
        "label": "NIP",
        "required": false,
        "hint": "NIP pejabat: 18 digit dalam tanda kutip; spasi dan awalan 'NIP.' boleh. Kosongkan bila dokumen asli tidak mencantumkannya (misalnya pejabat yang bukan ASN, seperti bupati).",
        "widget": "string",
        "pattern": [
         "^(?: *\\p{Nd}){18} *$",
         "NIP: 18 digit angka (spasi boleh)"
        ]
       }
      ]
     },
     {
      "name": "pengertian",
      "label": "Pengertian",
      "required": false,
      "hint": "Pengertian: apa yang diatur, istilah-istilahnya. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Pengertian",
       "widget": "string"
      }
     },
     {
      "name": "tujuan",
      "label": "Tujuan",
      "required": false,
      "hint": "Tujuan SPO. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Tujuan",
       "widget": "string"
      }
     },
     {
      "name": "kebijakan",
      "label": "Kebijakan",
      "required": false,
      "hint": "Kebijakan: keputusan kepala fasilitas yang dilaksanakan SPO ini. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Kebijakan",
       "widget": "string"
      }
     },
     {
      "name": "referensi",
      "label": "Referensi",
      "required": false,
      "hint": "Referensi: peraturan, pedoman dan buku acuan. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Referensi",
       "widget": "string"
      }
     },
     {
      "name": "alat_bahan",
      "label": "Alat bahan",
      "required": false,
      "hint": "Alat dan bahan, bila dokumen memuatnya.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Alat bahan",
       "widget": "string"
      }
     },
     {
      "name": "langkah",
      "label": "Langkah",
      "required": false,
      "hint": "Langkah-langkah, berurutan; nomornya dihitung otomatis. Tulis 'langkah' atau 'tahap', bukan keduanya.",
      "widget": "list",
      "collapsed": false,
      "min": 1,
      "max": 100,
      "fields": [
       {
        "name": "kegiatan",
        "label": "Kegiatan",
        "required": true,
        "hint": "Uraian langkah, seperti tertulis di dokumen.",
        "widget": "string"
       },
       {
        "name": "pelaksana",
        "label": "Pelaksana",
        "required": false,
        "hint": "Pelaksana langkah ini, bila dokumen menyebutnya; kolom diagram alir.",
        "widget": "string"
       },
       {
        "name": "waktu",
        "label": "Waktu",
        "required": false,
        "hint": "lama langkah ini, angka lalu satuannya ('10 menit', '3 hari kerja'). Langkah yang mengikuti jadwal, bukan lama waktu, ditulis dengan awalan 'jadwal:' dalam tanda kutip (\"jadwal: setiap tanggal 29\"): ditampilkan apa adanya dan tidak ikut dijumlahkan.",
        "widget": "string",
        "pattern": [
         "^(?:\\p{Nd}+(?:[.,]\\p{Nd}+)? (?:menit|jam|hari kerja|hari kalender|hari|minggu|bulan)|jadwal: ?[^\\s<>].*)$",
         "angka lalu satuan menit, jam, hari kerja, hari kalender, hari, minggu atau bulan, misalnya '10 menit' atau '3 hari kerja'; jadwal diawali 'jadwal:'"
        ]
       },
       {
        "name": "keterangan",
        "label": "Keterangan",
        "required": false,
        "hint": "Keterangan tambahan.",
        "widget": "string"
       },
       {
        "name": "keputusan",
        "label": "Keputusan",
        "required": false,
        "hint": "Langkah ini keputusan (belah ketupat di diagram alir): nomor langkah tujuan untuk Ya dan Tidak. Nomor langkah dihitung berurutan dari langkah pertama, melewati batas tahap.",
        "widget": "object",
        "collapsed": true,
        "fields": [
         {
          "name": "ya",
          "label": "Ya",
          "required": false,
          "hint": "Nomor langkah tujuan jika jawabannya Ya.",
          "widget": "portal-nomor-butir",
          "rujuk": "langkah"
         },
         {
          "name": "tidak",
          "label": "Tidak",
          "required": false,
          "hint": "Nomor langkah tujuan jika jawabannya Tidak.",
          "widget": "portal-nomor-butir",
          "rujuk": "langkah"
         },
         {
          "name": "label_ya",
          "label": "Label ya",
          "required": false,
          "hint": "Keterangan cabang Ya, ditampilkan sesudah 'Ya' (\"Ya: lengkap\").",
          "widget": "string"
         },
         {
          "name": "label_tidak",
          "label": "Label tidak",
          "required": false,
          "hint": "Keterangan cabang Tidak; label yang sudah diawali 'Tidak' ditampilkan apa adanya.",
          "widget": "string"
         }
        ]
       },
       {
        "name": "ke",
        "label": "Ke",
        "required": false,
        "hint": "Nomor langkah berikutnya bila bukan langkah sesudahnya (dihitung dari langkah pertama).",
        "widget": "number",
        "value_type": "int",
        "max": 1000000000000,
        "min": 1
       }
      ],
      "summary": "{{fields.kegiatan}}"
     },
     {
      "name": "tahap",
      "label": "Tahap",
      "required": false,
      "hint": "Langkah-langkah yang dikelompokkan dalam tahap (1. Persiapan a-b, 2. Pelaksanaan a-d); pengganti 'langkah'.",
      "widget": "list",
      "collapsed": false,
      "min": 1,
      "max": 20,
      "fields": [
       {
        "name": "nama",
        "label": "Nama",
        "required": true,
        "hint": "Nama tahap, seperti di dokumen.",
        "widget": "string"
       },
       {
        "name": "langkah",
        "label": "Langkah",
        "required": true,
        "hint": "Langkah-langkah tahap ini (a, b, c, ...).",
        "widget": "list",
        "collapsed": false,
        "min": 1,
        "max": 100,
        "fields": [
         {
          "name": "kegiatan",
          "label": "Kegiatan",
          "required": true,
          "hint": "Uraian langkah, seperti tertulis di dokumen.",
          "widget": "string"
         },
         {
          "name": "pelaksana",
          "label": "Pelaksana",
          "required": false,
          "hint": "Pelaksana langkah ini, bila dokumen menyebutnya; kolom diagram alir.",
          "widget": "string"
         },
         {
          "name": "waktu",
          "label": "Waktu",
          "required": false,
          "hint": "lama langkah ini, angka lalu satuannya ('10 menit', '3 hari kerja'). Langkah yang mengikuti jadwal, bukan lama waktu, ditulis dengan awalan 'jadwal:' dalam tanda kutip (\"jadwal: setiap tanggal 29\"): ditampilkan apa adanya dan tidak ikut dijumlahkan.",
          "widget": "string",
          "pattern": [
           "^(?:\\p{Nd}+(?:[.,]\\p{Nd}+)? (?:menit|jam|hari kerja|hari kalender|hari|minggu|bulan)|jadwal: ?[^\\s<>].*)$",
           "angka lalu satuan menit, jam, hari kerja, hari kalender, hari, minggu atau bulan, misalnya '10 menit' atau '3 hari kerja'; jadwal diawali 'jadwal:'"
          ]
         },
         {
          "name": "keterangan",
          "label": "Keterangan",
          "required": false,
          "hint": "Keterangan tambahan.",
          "widget": "string"
         },
         {
          "name": "keputusan",
          "label": "Keputusan",
          "required": false,
          "hint": "Langkah ini keputusan (belah ketupat di diagram alir): nomor langkah tujuan untuk Ya dan Tidak. Nomor langkah dihitung berurutan dari langkah pertama, melewati batas tahap.",
          "widget": "object",
          "collapsed": true,
          "fields": [
           {
            "name": "ya",
            "label": "Ya",
            "required": false,
            "hint": "Nomor langkah tujuan jika jawabannya Ya.",
            "widget": "portal-nomor-butir",
            "rujuk": "langkah"
           },
           {
            "name": "tidak",
            "label": "Tidak",
            "required": false,
            "hint": "Nomor langkah tujuan jika jawabannya Tidak.",
            "widget": "portal-nomor-butir",
            "rujuk": "langkah"
           },
           {
            "name": "label_ya",
            "label": "Label ya",
            "required": false,
            "hint": "Keterangan cabang Ya, ditampilkan sesudah 'Ya' (\"Ya: lengkap\").",
            "widget": "string"
           },
           {
            "name": "label_tidak",
            "label": "Label tidak",
            "required": false,
            "hint": "Keterangan cabang Tidak; label yang sudah diawali 'Tidak' ditampilkan apa adanya.",
            "widget": "string"
           }
          ]
         },
         {
          "name": "ke",
          "label": "Ke",
          "required": false,
          "hint": "Nomor langkah berikutnya bila bukan langkah sesudahnya (dihitung dari langkah pertama).",
          "widget": "number",
          "value_type": "int",
          "max": 1000000000000,
          "min": 1
         }
        ],
        "summary": "{{fields.kegiatan}}"
       }
      ],
      "summary": "{{fields.nama}}"
     },
     {
      "name": "perhatian",
      "label": "Perhatian",
      "required": false,
      "hint": "Hal-hal yang perlu diperhatikan, bila dokumen memuatnya.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Perhatian",
       "widget": "string"
      }
     },
     {
      "name": "unit_terkait",
      "label": "Unit terkait",
      "required": false,
      "hint": "Unit terkait. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Unit terkait",
       "widget": "string"
      }
     },
     {
      "name": "dokumen_terkait",
      "label": "Dokumen terkait",
      "required": false,
      "hint": "Dokumen terkait: formulir, register, catatan. Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Dokumen terkait",
       "widget": "string"
      }
     },
     {
      "name": "riwayat",
      "label": "Riwayat",
      "required": false,
      "hint": "Rekaman historis perubahan: tanggal mulai diberlakukan, yang diubah, isi perubahan. Nomor baris dihitung otomatis.",
      "widget": "list",
      "collapsed": false,
      "fields": [
       {
        "name": "tanggal",
        "label": "Tanggal",
        "required": true,
        "hint": "Tanggal mulai diberlakukan.",
        "widget": "datetime",
        "format": "YYYY-MM-DD",
        "date_format": "YYYY-MM-DD",
        "time_format": false
       },
       {
        "name": "yang_diubah",
        "label": "Yang diubah",
        "required": false,
        "hint": "Bagian yang diubah.",
        "widget": "string"
       },
       {
        "name": "uraian",
        "label": "Uraian",
        "required": true,
        "hint": "Isi perubahan.",
        "widget": "string"
       }
      ],
      "summary": "{{fields.tanggal}}"
     },
     {
      "name": "evaluasi",
      "label": "Evaluasi",
      "required": false,
      "hint": "Catatan monitoring dan evaluasi.",
      "widget": "list",
      "collapsed": false,
      "fields": [
       {
        "name": "tanggal",
        "label": "Tanggal",
        "required": true,
        "hint": "Tanggal monitoring atau evaluasi.",
        "widget": "datetime",
        "format": "YYYY-MM-DD",
        "date_format": "YYYY-MM-DD",
        "time_format": false
       },
       {
        "name": "jenis",
        "label": "Jenis",
        "required": true,
        "hint": "monitoring (setiap 6 bulan) atau evaluasi (paling sedikit setahun sekali).",
        "widget": "select",
        "options": [
         {
          "label": "Monitoring",
          "value": "monitoring"
         },
         {
          "label": "Evaluasi",
          "value": "evaluasi"
         }
        ]
       },
       {
        "name": "hasil",
        "label": "Hasil",
        "required": true,
        "hint": "Hasil penilaian: berjalan_baik atau tidak_berjalan_baik.",
        "widget": "select",
        "options": [
         {
          "label": "Berjalan dengan baik",
          "value": "berjalan_baik"
         },
         {
          "label": "Tidak berjalan dengan baik",
          "value": "tidak_berjalan_baik"
         }
        ]
       },
       {
        "name": "catatan",
        "label": "Catatan",
        "required": false,
        "hint": "Catatan penilai.",
        "widget": "string"
       },
       {
        "name": "tindakan",
        "label": "Tindakan",
        "required": false,
        "hint": "Tindakan yang diambil.",
        "widget": "string"
       }
      ],
      "summary": "{{fields.tanggal}}"
     },
     {
      "name": "tags",
      "label": "Tags",
      "required": false,
      "hint": "Kata kunci.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Tags",
       "widget": "string",
       "pattern": [
        "^(?:[^<>\"'&`]*[\\p{L}\\p{N}][^<>\"'&`]*)$",
        "kata kunci dengan huruf atau angka, tanpa tanda < > \" ' & `, misalnya 'akta kelahiran'"
       ]
      }
     },
     {
      "name": "body",
      "label": "Isi halaman",
      "widget": "markdown",
      "required": false,
      "modes": [
       "raw"
      ],
      "editor_components": [],
      "buttons": [
       "bold",
       "italic",
       "heading-two",
       "heading-three",
       "bulleted-list",
       "numbered-list",
       "link",
       "quote"
      ],
      "hint": "Teks halaman dalam Markdown: judul bagian diawali ##."
     }
    ]
   },
   {
    "name": "spm",
    "label": "Standar Pelayanan Minimal",
    "label_singular": "SPM",
    "description": "Standar Pelayanan Minimal: satu berkas per dokumen di standards/<opd>/spm/.",
    "folder": "standards",
    "path": "{{opd}}/spm/{{_slug}}",
    "extension": "md",
    "format": "portal-spm",
    "create": true,
    "delete": false,
    "identifier_field": "judul",
    "summary": "{{judul}}",
    "filter": {
     "field": "_jenis",
     "value": "spm"
    },
    "fields": [
     {
      "name": "opd",
      "label": "OPD",
      "widget": "portal-opd",
      "required": false,
      "options": [],
      "hint": "Perangkat daerah pemilik standar ini; menentukan folder berkasnya dan tidak dapat diubah sesudah disimpan."
     },
     {
      "name": "layanan",
      "label": "Layanan",
      "required": true,
      "hint": "Kode jenis pelayanan dasar dari katalog SPM nasional; bidang mengikuti dari kode ini. Satu layanan boleh dilaporkan beberapa OPD (satu berkas per OPD) atau satu berkas per tahun.",
      "widget": "select",
      "options": [
       {
        "label": "Pendidikan Anak Usia Dini (pdk-paud)",
        "value": "pdk-paud"
       },
       {
        "label": "Pendidikan Dasar (pdk-dasar)",
        "value": "pdk-dasar"
       },
       {
        "label": "Pendidikan Kesetaraan (pdk-kesetaraan)",
        "value": "pdk-kesetaraan"
       },
       {
        "label": "Pelayanan kesehatan ibu hamil (kes-ibu-hamil)",
        "value": "kes-ibu-hamil"
       },
       {
        "label": "Pelayanan kesehatan ibu bersalin (kes-ibu-bersalin)",
        "value": "kes-ibu-bersalin"
       },
       {
        "label": "Pelayanan kesehatan bayi baru lahir (kes-bayi-baru-lahir)",
        "value": "kes-bayi-baru-lahir"
       },
       {
        "label": "Pelayanan kesehatan balita (kes-balita)",
        "value": "kes-balita"
       },
       {
        "label": "Pelayanan kesehatan pada usia pendidikan dasar (kes-usia-pendidikan-dasar)",
        "value": "kes-usia-pendidikan-dasar"
       },
       {
        "label": "Pelayanan kesehatan pada usia produktif (kes-usia-produktif)",
        "value": "kes-usia-produktif"
       },
       {
        "label": "Pelayanan kesehatan pada usia lanjut (kes-usia-lanjut)",
        "value": "kes-usia-lanjut"
       },
       {
        "label": "Pelayanan kesehatan penderita hipertensi (kes-hipertensi)",
        "value": "kes-hipertensi"
       },
       {
        "label": "Pelayanan kesehatan penderita diabetes melitus (kes-diabetes)",
        "value": "kes-diabetes"
       },
       {
        "label": "Pelayanan kesehatan orang dengan gangguan jiwa berat (kes-odgj-berat)",
        "value": "kes-odgj-berat"
       },
       {
        "label": "Pelayanan kesehatan orang terduga tuberkulosis (kes-terduga-tbc)",
        "value": "kes-terduga-tbc"
       },
       {
        "label": "Pelayanan kesehatan orang dengan risiko terinfeksi virus yang melemahkan daya tahan tubuh manusia (HIV) (kes-risiko-hiv)",
        "value": "kes-risiko-hiv"
       },
       {
        "label": "Pemenuhan kebutuhan pokok air minum sehari-hari (pu-air-minum)",
        "value": "pu-air-minum"
       },
       {
        "label": "Penyediaan pelayanan pengolahan air limbah domestik (pu-air-limbah)",
        "value": "pu-air-limbah"
       },
       {
        "label": "Penyediaan dan rehabilitasi rumah yang layak huni bagi korban bencana kabupaten/kota (pr-rumah-korban-bencana)",
        "value": "pr-rumah-korban-bencana"
       },
       {
        "label": "Fasilitasi penyediaan rumah yang layak huni bagi masyarakat yang terkena relokasi program Pemerintah Daerah kabupaten/kota (pr-rumah-relokasi)",
        "value": "pr-rumah-relokasi"
       },
       {
        "label": "Pelayanan ketenteraman dan ketertiban umum (tr-trantibum)",
        "value": "tr-trantibum"
       },
       {
        "label": "Pelayanan informasi rawan bencana (tr-informasi-rawan-bencana)",
        "value": "tr-informasi-rawan-bencana"
       },
       {
        "label": "Pelayanan pencegahan dan kesiapsiagaan terhadap bencana (tr-pencegahan-kesiapsiagaan-bencana)",
        "value": "tr-pencegahan-kesiapsiagaan-bencana"
       },
       {
        "label": "Pelayanan penyelamatan dan evakuasi korban bencana (tr-evakuasi-korban-bencana)",
        "value": "tr-evakuasi-korban-bencana"
       },
       {
        "label": "Pelayanan penyelamatan dan evakuasi korban kebakaran (tr-evakuasi-korban-kebakaran)",
        "value": "tr-evakuasi-korban-kebakaran"
       },
       {
        "label": "Rehabilitasi sosial dasar penyandang disabilitas telantar di luar panti (sos-disabilitas)",
        "value": "sos-disabilitas"
       },
       {
        "label": "Rehabilitasi sosial dasar anak telantar di luar panti (sos-anak)",
        "value": "sos-anak"
       },
       {
        "label": "Rehabilitasi sosial dasar lanjut usia telantar di luar panti (sos-lanjut-usia)",
        "value": "sos-lanjut-usia"
       },
       {
        "label": "Rehabilitasi sosial dasar tuna sosial khususnya gelandangan dan pengemis di luar panti (sos-gelandangan-pengemis)",
        "value": "sos-gelandangan-pengemis"
       },
       {
        "label": "Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana bagi korban bencana kabupaten/kota (sos-korban-bencana)",
        "value": "sos-korban-bencana"
       }
      ]
     },
     {
      "name": "judul",
      "label": "Judul",
      "required": false,
      "hint": "Judul; bawaan: nama layanan dari katalog.",
      "widget": "string"
     },
     {
      "name": "nomor",
      "label": "Nomor",
      "required": false,
      "hint": "Nomor keputusan daerah; unik jika diisi; dalam tanda kutip.",
      "widget": "string"
     },
     {
      "name": "status",
      "label": "Status",
      "required": true,
      "hint": "draf, berlaku, atau dicabut.",
      "default": "draf",
      "widget": "select",
      "options": [
       {
        "label": "Draf",
        "value": "draf"
       },
       {
        "label": "Berlaku",
        "value": "berlaku"
       },
       {
        "label": "Dicabut",
        "value": "dicabut"
       }
      ]
     },
     {
      "name": "tanggal_efektif",
      "label": "Tanggal efektif",
      "required": true,
      "hint": "Tanggal mulai berlaku atau tanggal laporan diterbitkan.",
      "widget": "datetime",
      "format": "YYYY-MM-DD",
      "date_format": "YYYY-MM-DD",
      "time_format": false
     },
     {
      "name": "disahkan_oleh",
      "label": "Disahkan oleh",
      "required": false,
      "hint": "Pejabat yang mengesahkan, bila ada (laporan capaian sering tanpa pengesah).",
      "widget": "object",
      "collapsed": true,
      "fields": [
       {
        "name": "jabatan",
        "label": "Jabatan",
        "required": false,
        "hint": "Jabatan pejabat yang mengesahkan.",
        "widget": "string"
       },
       {
        "name": "nama",
        "label": "Nama",
        "required": false,
        "hint": "Nama lengkap pejabat, dengan gelar.",
        "widget": "string"
       },
       {
        "name": "pangkat",
        "label": "Pangkat",
        "required": false,
        "hint": "Pangkat dan golongan di bawah nama, bila dokumen asli mencantumkannya.",
        "widget": "string"
       },
       {
        "name": "nip",
        "label": "NIP",
        "required": false,
        "hint": "NIP pejabat: 18 digit dalam tanda kutip; spasi dan awalan 'NIP.' boleh. Kosongkan bila dokumen asli tidak mencantumkannya (misalnya pejabat yang bukan ASN, seperti bupati).",
        "widget": "string",
        "pattern": [
         "^(?: *\\p{Nd}){18} *$",
         "NIP: 18 digit angka (spasi boleh)"
        ]
       }
      ]
     },
     {
      "name": "dasar_hukum",
      "label": "Dasar hukum",
      "required": false,
      "hint": "Peraturan yang menjadi dasar, bila disebut; standar teknis tiap tahun diambil dari katalog.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Dasar hukum",
       "widget": "string"
      }
     },
     {
      "name": "penerima",
      "label": "Penerima",
      "required": false,
      "hint": "Penerima layanan; bawaan: dari katalog.",
      "widget": "string"
     },
     {
      "name": "mutu",
      "label": "Mutu",
      "required": false,
      "hint": "Mutu pelayanan dasar: barang/jasa dan SDM.",
      "widget": "object",
      "collapsed": true,
      "fields": [
       {
        "name": "barang_jasa",
        "label": "Barang jasa",
        "required": false,
        "hint": "Barang dan/atau jasa yang harus tersedia.",
        "widget": "list",
        "collapsed": false,
        "field": {
         "name": "butir",
         "label": "Barang jasa",
         "widget": "string"
        }
       },
       {
        "name": "sdm",
        "label": "SDM",
        "required": false,
        "hint": "Sumber daya manusia yang diperlukan.",
        "widget": "list",
        "collapsed": false,
        "field": {
         "name": "butir",
         "label": "SDM",
         "widget": "string"
        }
       }
      ]
     },
     {
      "name": "capaian",
      "label": "Capaian",
      "required": false,
      "hint": "Capaian per tahun seperti diterbitkan: sasaran dan terlayani, atau persen saja, dengan sumbernya.",
      "widget": "list",
      "collapsed": false,
      "fields": [
       {
        "name": "tahun",
        "label": "Tahun",
        "required": true,
        "hint": "Tahun capaian (tahun pelaporan).",
        "widget": "number",
        "value_type": "int",
        "max": 2100,
        "min": 2000
       },
       {
        "name": "sasaran",
        "label": "Sasaran",
        "required": false,
        "hint": "Jumlah penerima yang menjadi sasaran. Tulis tanpa pemisah ribuan (640959, bukan 640.959).",
        "widget": "number",
        "value_type": "int",
        "max": 1000000000000,
        "min": 0
       },
       {
        "name": "terlayani",
        "label": "Terlayani",
        "required": false,
        "hint": "Jumlah penerima yang terlayani sesuai standar; tidak lebih dari sasaran.",
        "widget": "number",
        "value_type": "int",
        "max": 1000000000000,
        "min": 0
       },
       {
        "name": "persen",
        "label": "Persen",
        "required": false,
        "hint": "Capaian penerima (0-100, paling banyak 2 desimal) bila laporan hanya memuat persentase; jangan diisi bila sasaran dan terlayani ada, karena persentase dihitung dari angka.",
        "widget": "string"
       },
       {
        "name": "mutu_sasaran",
        "label": "Mutu sasaran",
        "required": false,
        "hint": "Jumlah butir mutu (barang/jasa dan SDM) yang dipersyaratkan.",
        "widget": "number",
        "value_type": "int",
        "max": 1000000000000,
        "min": 0
       },
       {
        "name": "mutu_terpenuhi",
        "label": "Mutu terpenuhi",
        "required": false,
        "hint": "Jumlah butir mutu yang terpenuhi; tidak lebih dari mutu_sasaran.",
        "widget": "number",
        "value_type": "int",
        "max": 1000000000000,
        "min": 0
       },
       {
        "name": "sumber",
        "label": "Sumber",
        "required": false,
        "hint": "Sumber angka tahun ini: dokumen (dengan halaman atau tabel) dan/atau alamat web; wajib bila hanya persen yang diisi.",
        "widget": "object",
        "collapsed": true,
        "fields": [
         {
          "name": "dokumen",
          "label": "Dokumen",
          "required": false,
          "hint": "Judul dokumen sumber angka.",
          "widget": "string"
         },
         {
          "name": "halaman",
          "label": "Halaman",
          "required": false,
          "hint": "Halaman, tabel atau lampiran di dokumen itu.",
          "widget": "string"
         },
         {
          "name": "alamat",
          "label": "Alamat",
          "required": false,
          "hint": "Alamat web sumber angka.",
          "widget": "string",
          "pattern": [
           "^(?:https?://\\S+)$",
           "alamat web http(s)://"
          ]
         }
        ]
       },
       {
        "name": "rincian",
        "label": "Rincian",
        "required": false,
        "hint": "Rincian capaian menurut kelompok (jenis kelamin, puskesmas, distrik), ditampilkan sebagai tabel.",
        "widget": "list",
        "collapsed": false,
        "max": 10,
        "fields": [
         {
          "name": "menurut",
          "label": "Menurut",
          "required": true,
          "hint": "Dasar pengelompokan: jenis kelamin, puskesmas, distrik, ...",
          "widget": "string"
         },
         {
          "name": "baris",
          "label": "Baris",
          "required": true,
          "hint": "Setiap kelompok.",
          "widget": "list",
          "collapsed": false,
          "min": 1,
          "max": 200,
          "fields": [
           {
            "name": "nama",
            "label": "Nama",
            "required": true,
            "hint": "Nama kelompok: laki-laki, nama puskesmas, distrik, ...",
            "widget": "string"
           },
           {
            "name": "sasaran",
            "label": "Sasaran",
            "required": false,
            "hint": "Sasaran kelompok ini. Tulis tanpa pemisah ribuan (640959, bukan 640.959).",
            "widget": "number",
            "value_type": "int",
            "max": 1000000000000,
            "min": 0
           },
           {
            "name": "terlayani",
            "label": "Terlayani",
            "required": false,
            "hint": "Terlayani sesuai standar pada kelompok ini.",
            "widget": "number",
            "value_type": "int",
            "max": 1000000000000,
            "min": 0
           },
           {
            "name": "persen",
            "label": "Persen",
            "required": false,
            "hint": "Capaian kelompok ini bila sumbernya hanya memuat persentase (tanpa sasaran dan terlayani).",
            "widget": "string"
           }
          ],
          "summary": "{{fields.nama}}"
         }
        ],
        "summary": "{{fields.menurut}}"
       },
       {
        "name": "indikator",
        "label": "Indikator",
        "required": false,
        "hint": "Indikator Rapor Pendidikan (bidang pendidikan, sejak 2022): nama, nilai, satuan, target.",
        "widget": "list",
        "collapsed": false,
        "max": 50,
        "fields": [
         {
          "name": "nama",
          "label": "Nama",
          "required": true,
          "hint": "Nama indikator, seperti di Rapor Pendidikan.",
          "widget": "string"
         },
         {
          "name": "nilai",
          "label": "Nilai",
          "required": true,
          "hint": "Nilai indikator tahun ini.",
          "widget": "string"
         },
         {
          "name": "satuan",
          "label": "Satuan",
          "required": true,
          "hint": "Satuan nilai: persen, skor, indeks, ...",
          "widget": "string"
         },
         {
          "name": "target",
          "label": "Target",
          "required": false,
          "hint": "Target indikator; capaian terhadap target dihitung otomatis.",
          "widget": "string"
         }
        ],
        "summary": "{{fields.nama}}"
       }
      ],
      "summary": "{{fields.tahun}}"
     },
     {
      "name": "sop_terkait",
      "label": "SOP terkait",
      "required": false,
      "hint": "Nomor SOP yang terkait; harus ada di portal.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "SOP terkait",
       "widget": "string"
      }
     },
     {
      "name": "riwayat",
      "label": "Riwayat",
      "required": false,
      "hint": "Riwayat perubahan.",
      "widget": "list",
      "collapsed": false,
      "fields": [
       {
        "name": "tanggal",
        "label": "Tanggal",
        "required": true,
        "hint": "Tanggal perubahan.",
        "widget": "datetime",
        "format": "YYYY-MM-DD",
        "date_format": "YYYY-MM-DD",
        "time_format": false
       },
       {
        "name": "uraian",
        "label": "Uraian",
        "required": true,
        "hint": "Apa yang diubah.",
        "widget": "string"
       }
      ],
      "summary": "{{fields.tanggal}}"
     },
     {
      "name": "tags",
      "label": "Tags",
      "required": false,
      "hint": "Kata kunci.",
      "widget": "list",
      "collapsed": false,
      "field": {
       "name": "butir",
       "label": "Tags",
       "widget": "string",
       "pattern": [
        "^(?:[^<>\"'&`]*[\\p{L}\\p{N}][^<>\"'&`]*)$",
        "kata kunci dengan huruf atau angka, tanpa tanda < > \" ' & `, misalnya 'akta kelahiran'"
       ]
      }
     },
     {
      "name": "body",
      "label": "Isi halaman",
      "widget": "markdown",
      "required": false,
      "modes": [
       "raw"
      ],
      "editor_components": [],
      "buttons": [
       "bold",
       "italic",
       "heading-two",
       "heading-three",
       "bulleted-list",
       "numbered-list",
       "link",
       "quote"
      ],
      "hint": "Teks halaman dalam Markdown: judul bagian diawali ##."
     }
    ]
   }
  ]
 },
 "jenis": {
  "sp": {
   "label": "Standar Pelayanan",
   "nama": "Standar Pelayanan",
   "nama_berkas": [
    "judul"
   ],
   "model": [
    {
     "kunci": "judul",
     "label": "Judul",
     "wajib": true,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 300
    },
    {
     "kunci": "nomor",
     "label": "Nomor",
     "wajib": false,
     "jenis": "teks",
     "kutip": true,
     "panjang_maks": 120
    },
    {
     "kunci": "status",
     "label": "Status",
     "wajib": true,
     "jenis": "teks",
     "kutip": false,
     "nilai": [
      "draf",
      "berlaku",
      "dicabut"
     ]
    },
    {
     "kunci": "tanggal_efektif",
     "label": "Tanggal efektif",
     "wajib": true,
     "jenis": "tanggal",
     "min": "1945-01-01",
     "maks": "2100-12-31"
    },
    {
     "kunci": "disahkan_oleh",
     "label": "Disahkan oleh",
     "wajib": true,
     "jenis": "isian",
     "kolom": [
      {
       "kunci": "jabatan",
       "label": "Jabatan",
       "wajib": true,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 2000
      },
      {
       "kunci": "nama",
       "label": "Nama",
       "wajib": true,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 2000
      },
      {
       "kunci": "pangkat",
       "label": "Pangkat",
       "wajib": false,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 120
      },
      {
       "kunci": "nip",
       "label": "NIP",
       "wajib": false,
       "jenis": "teks",
       "kutip": true,
       "pola": "^(?: *\\p{Nd}){18} *$",
       "pola_petunjuk": "18 digit angka (spasi boleh)",
       "nip": true
      }
     ]
    },
    {
     "kunci": "tautan_dokumen",
     "label": "Tautan dokumen",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 2000,
     "pola": "^(?:https?://\\S+)$",
     "pola_petunjuk": "alamat web http(s)://"
    },
    {
     "kunci": "unit_layanan",
     "label": "Unit layanan",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 2000
    },
    {
     "kunci": "alamat",
     "label": "Alamat",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 2000
    },
    {
     "kunci": "jam_pelayanan",
     "label": "Jam pelayanan",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "isian",
      "kolom": [
       {
        "kunci": "hari",
        "label": "Hari",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 80
       },
       {
        "kunci": "jam",
        "label": "Jam",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 80
       }
      ]
     }
    },
    {
     "kunci": "sop",
     "label": "SOP",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": true,
     "butir": {
      "jenis": "teks",
      "kutip": true,
      "panjang_maks": 120
     }
    },
    {
     "kunci": "spm",
     "label": "SPM",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 2000,
     "pola": "^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$",
     "pola_petunjuk": "kode layanan dari katalog SPM",
     "pilihan": [
      "pdk-paud",
      "pdk-dasar",
      "pdk-kesetaraan",
      "kes-ibu-hamil",
      "kes-ibu-bersalin",
      "kes-bayi-baru-lahir",
      "kes-balita",
      "kes-usia-pendidikan-dasar",
      "kes-usia-produktif",
      "kes-usia-lanjut",
      "kes-hipertensi",
      "kes-diabetes",
      "kes-odgj-berat",
      "kes-terduga-tbc",
      "kes-risiko-hiv",
      "pu-air-minum",
      "pu-air-limbah",
      "pr-rumah-korban-bencana",
      "pr-rumah-relokasi",
      "tr-trantibum",
      "tr-informasi-rawan-bencana",
      "tr-pencegahan-kesiapsiagaan-bencana",
      "tr-evakuasi-korban-bencana",
      "tr-evakuasi-korban-kebakaran",
      "sos-disabilitas",
      "sos-anak",
      "sos-lanjut-usia",
      "sos-gelandangan-pengemis",
      "sos-korban-bencana"
     ]
    },
    {
     "kunci": "persyaratan",
     "label": "Persyaratan",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 2000
     }
    },
    {
     "kunci": "prosedur",
     "label": "Prosedur",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 2000
     }
    },
    {
     "kunci": "jangka_waktu",
     "label": "Jangka waktu",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 40,
     "pola": "^(?:\\p{Nd}+(?:[.,]\\p{Nd}+)? (?:menit|jam|hari kerja|hari kalender|hari|minggu|bulan))$",
     "pola_petunjuk": "angka lalu satuan menit, jam, hari kerja, hari kalender, hari, minggu atau bulan, misalnya '10 menit' atau '3 hari kerja'; jadwal diawali 'jadwal:'"
    },
    {
     "kunci": "biaya",
     "label": "Biaya",
     "wajib": false,
     "jenis": "teks",
     "kutip": false
    },
    {
     "kunci": "dasar_biaya",
     "label": "Dasar biaya",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 2000
    },
    {
     "kunci": "produk",
     "label": "Produk",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 2000
     }
    },
    {
     "kunci": "pengaduan",
     "label": "Pengaduan",
     "wajib": false,
     "jenis": "isian",
     "kolom": [
      {
       "kunci": "nama",
       "label": "Nama",
       "wajib": true,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 2000
      },
      {
       "kunci": "url",
       "label": "URL",
       "wajib": false,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 2000,
       "pola": "^(?:https?://\\S+)$",
       "pola_petunjuk": "alamat web http(s)://"
      },
      {
       "kunci": "telepon",
       "label": "Telepon",
       "wajib": false,
       "jenis": "teks",
       "kutip": true,
       "panjang_maks": 2000
      },
      {
       "kunci": "whatsapp",
       "label": "Whatsapp",
       "wajib": false,
       "jenis": "teks",
       "kutip": true,
       "panjang_maks": 2000
      },
      {
       "kunci": "email",
       "label": "Email",
       "wajib": false,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 2000
      },
      {
       "kunci": "alamat",
       "label": "Alamat",
       "wajib": false,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 2000
      }
     ]
    },
    {
     "kunci": "dasar_hukum",
     "label": "Dasar hukum",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 2000
     }
    },
    {
     "kunci": "sarana_prasarana",
     "label": "Sarana prasarana",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 2000
     }
    },
    {
     "kunci": "kompetensi_pelaksana",
     "label": "Kompetensi pelaksana",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 2000
     }
    },
    {
     "kunci": "pengawasan_internal",
     "label": "Pengawasan internal",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 2000
     }
    },
    {
     "kunci": "jumlah_pelaksana",
     "label": "Jumlah pelaksana",
     "wajib": false,
     "jenis": "bilangan",
     "maks": 10000,
     "min": 1
    },
    {
     "kunci": "jaminan_pelayanan",
     "label": "Jaminan pelayanan",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 2000
    },
    {
     "kunci": "jaminan_keamanan",
     "label": "Jaminan keamanan",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 2000
    },
    {
     "kunci": "evaluasi_kinerja",
     "label": "Evaluasi kinerja",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 2000
    },
    {
     "kunci": "riwayat",
     "label": "Riwayat",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "isian",
      "kolom": [
       {
        "kunci": "tanggal",
        "label": "Tanggal",
        "wajib": true,
        "jenis": "tanggal",
        "min": "1945-01-01",
        "maks": "2100-12-31"
       },
       {
        "kunci": "uraian",
        "label": "Uraian",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       }
      ]
     }
    },
    {
     "kunci": "tags",
     "label": "Tags",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": true,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 60,
      "pola": "^(?:[^<>\"'&`]*[\\p{L}\\p{N}][^<>\"'&`]*)$",
      "pola_petunjuk": "kata kunci dengan huruf atau angka, tanpa tanda < > \" ' & `, misalnya 'akta kelahiran'"
     }
    }
   ]
  },
  "sop": {
   "label": "SOP",
   "nama": "Standar Operasional Prosedur",
   "nama_berkas": [
    "judul"
   ],
   "model": [
    {
     "kunci": "judul",
     "label": "Judul",
     "wajib": true,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 300
    },
    {
     "kunci": "nomor",
     "label": "Nomor",
     "wajib": false,
     "jenis": "teks",
     "kutip": true,
     "panjang_maks": 120
    },
    {
     "kunci": "status",
     "label": "Status",
     "wajib": true,
     "jenis": "teks",
     "kutip": false,
     "nilai": [
      "draf",
      "berlaku",
      "dicabut"
     ]
    },
    {
     "kunci": "diganti_oleh",
     "label": "Diganti oleh",
     "wajib": false,
     "jenis": "teks",
     "kutip": true,
     "panjang_maks": 120
    },
    {
     "kunci": "unit_kerja",
     "label": "Unit kerja",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 2000
    },
    {
     "kunci": "jenis_sop",
     "label": "Jenis SOP",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "nilai": [
      "administratif",
      "teknis"
     ]
    },
    {
     "kunci": "tanggal_pembuatan",
     "label": "Tanggal pembuatan",
     "wajib": true,
     "jenis": "tanggal",
     "min": "1945-01-01",
     "maks": "2100-12-31"
    },
    {
     "kunci": "tanggal_revisi",
     "label": "Tanggal revisi",
     "wajib": false,
     "jenis": "tanggal",
     "min": "1945-01-01",
     "maks": "2100-12-31"
    },
    {
     "kunci": "tanggal_efektif",
     "label": "Tanggal efektif",
     "wajib": false,
     "jenis": "tanggal",
     "min": "1945-01-01",
     "maks": "2100-12-31"
    },
    {
     "kunci": "disahkan_oleh",
     "label": "Disahkan oleh",
     "wajib": true,
     "jenis": "isian",
     "kolom": [
      {
       "kunci": "jabatan",
       "label": "Jabatan",
       "wajib": true,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 2000
      },
      {
       "kunci": "nama",
       "label": "Nama",
       "wajib": true,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 2000
      },
      {
       "kunci": "pangkat",
       "label": "Pangkat",
       "wajib": false,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 120
      },
      {
       "kunci": "nip",
       "label": "NIP",
       "wajib": false,
       "jenis": "teks",
       "kutip": true,
       "pola": "^(?: *\\p{Nd}){18} *$",
       "pola_petunjuk": "18 digit angka (spasi boleh)",
       "nip": true
      }
     ]
    },
    {
     "kunci": "dasar_hukum",
     "label": "Dasar hukum",
     "wajib": false,
     "jenis": "daftar",
     "min": 1,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 2000
     }
    },
    {
     "kunci": "kualifikasi_pelaksana",
     "label": "Kualifikasi pelaksana",
     "wajib": false,
     "jenis": "daftar",
     "min": 1,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 2000
     }
    },
    {
     "kunci": "keterkaitan",
     "label": "Keterkaitan",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "isian",
      "kolom": [
       {
        "kunci": "nomor",
        "label": "Nomor",
        "wajib": true,
        "jenis": "teks",
        "kutip": true,
        "panjang_maks": 2000
       },
       {
        "kunci": "hubungan",
        "label": "Hubungan",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "nilai": [
         "prasyarat",
         "lanjutan",
         "terkait",
         "bagian_dari"
        ]
       }
      ],
      "atau_teks": {
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 2000
      }
     }
    },
    {
     "kunci": "peralatan_perlengkapan",
     "label": "Peralatan perlengkapan",
     "wajib": false,
     "jenis": "daftar",
     "min": 1,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 2000
     }
    },
    {
     "kunci": "peringatan",
     "label": "Peringatan",
     "wajib": false,
     "jenis": "daftar",
     "min": 1,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 2000
     }
    },
    {
     "kunci": "pencatatan_pendataan",
     "label": "Pencatatan pendataan",
     "wajib": false,
     "jenis": "daftar",
     "min": 1,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 2000
     }
    },
    {
     "kunci": "pelaksana",
     "label": "Pelaksana",
     "wajib": true,
     "jenis": "daftar",
     "min": 1,
     "maks": 12,
     "unik": false,
     "butir": {
      "jenis": "isian",
      "kolom": [
       {
        "kunci": "nama",
        "label": "Nama",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 80
       },
       {
        "kunci": "singkatan",
        "label": "Singkatan",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 20
       }
      ],
      "atau_teks": {
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 80
      }
     }
    },
    {
     "kunci": "langkah",
     "label": "Langkah",
     "wajib": true,
     "jenis": "daftar",
     "min": 2,
     "maks": 100,
     "unik": false,
     "butir": {
      "jenis": "isian",
      "kolom": [
       {
        "kunci": "kegiatan",
        "label": "Kegiatan",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 500
       },
       {
        "kunci": "pelaksana",
        "label": "Pelaksana",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000,
        "rujuk": "pelaksana"
       },
       {
        "kunci": "kelengkapan",
        "label": "Kelengkapan",
        "wajib": false,
        "jenis": "daftar",
        "min": 0,
        "maks": 500,
        "unik": false,
        "butir": {
         "jenis": "teks",
         "kutip": false,
         "panjang_maks": 2000
        }
       },
       {
        "kunci": "waktu",
        "label": "Waktu",
        "wajib": false,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 80,
        "pola": "^(?:\\p{Nd}+(?:[.,]\\p{Nd}+)? (?:menit|jam|hari kerja|hari kalender|hari|minggu|bulan)|jadwal: ?[^\\s<>].*)$",
        "pola_petunjuk": "angka lalu satuan menit, jam, hari kerja, hari kalender, hari, minggu atau bulan, misalnya '10 menit' atau '3 hari kerja'; jadwal diawali 'jadwal:'"
       },
       {
        "kunci": "output",
        "label": "Output",
        "wajib": false,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       },
       {
        "kunci": "keterangan",
        "label": "Keterangan",
        "wajib": false,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       },
       {
        "kunci": "keputusan",
        "label": "Keputusan",
        "wajib": false,
        "jenis": "isian",
        "kolom": [
         {
          "kunci": "ya",
          "label": "Ya",
          "wajib": true,
          "jenis": "bilangan",
          "maks": 1000000000000,
          "min": 1,
          "rujuk": "langkah"
         },
         {
          "kunci": "tidak",
          "label": "Tidak",
          "wajib": true,
          "jenis": "bilangan",
          "maks": 1000000000000,
          "min": 1,
          "rujuk": "langkah"
         },
         {
          "kunci": "label_ya",
          "label": "Label ya",
          "wajib": false,
          "jenis": "teks",
          "kutip": false,
          "panjang_maks": 40
         },
         {
          "kunci": "label_tidak",
          "label": "Label tidak",
          "wajib": false,
          "jenis": "teks",
          "kutip": false,
          "panjang_maks": 40
         }
        ]
       },
       {
        "kunci": "ke",
        "label": "Ke",
        "wajib": false,
        "jenis": "bilangan",
        "maks": 1000000000000,
        "min": 1,
        "rujuk": "langkah"
       }
      ]
     }
    },
    {
     "kunci": "total_waktu",
     "label": "Total waktu",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 80,
     "pola": "^(?:\\p{Nd}+(?:[.,]\\p{Nd}+)? (?:menit|jam|hari kerja|hari kalender|hari|minggu|bulan)(?: \\p{Nd}+(?:[.,]\\p{Nd}+)? (?:menit|jam|hari kerja|hari kalender|hari|minggu|bulan))*)$",
     "pola_petunjuk": "angka lalu satuan menit, jam, hari kerja, hari kalender, hari, minggu atau bulan, misalnya '10 menit' atau '3 hari kerja'; jadwal diawali 'jadwal:'"
    },
    {
     "kunci": "riwayat",
     "label": "Riwayat",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "isian",
      "kolom": [
       {
        "kunci": "tanggal",
        "label": "Tanggal",
        "wajib": true,
        "jenis": "tanggal",
        "min": "1945-01-01",
        "maks": "2100-12-31"
       },
       {
        "kunci": "uraian",
        "label": "Uraian",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       }
      ]
     }
    },
    {
     "kunci": "evaluasi",
     "label": "Evaluasi",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "isian",
      "kolom": [
       {
        "kunci": "tanggal",
        "label": "Tanggal",
        "wajib": true,
        "jenis": "tanggal",
        "min": "1945-01-01",
        "maks": "2100-12-31"
       },
       {
        "kunci": "jenis",
        "label": "Jenis",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "nilai": [
         "monitoring",
         "evaluasi"
        ]
       },
       {
        "kunci": "hasil",
        "label": "Hasil",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "nilai": [
         "berjalan_baik",
         "tidak_berjalan_baik"
        ]
       },
       {
        "kunci": "catatan",
        "label": "Catatan",
        "wajib": false,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       },
       {
        "kunci": "tindakan",
        "label": "Tindakan",
        "wajib": false,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       }
      ]
     }
    },
    {
     "kunci": "tags",
     "label": "Tags",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": true,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 60,
      "pola": "^(?:[^<>\"'&`]*[\\p{L}\\p{N}][^<>\"'&`]*)$",
      "pola_petunjuk": "kata kunci dengan huruf atau angka, tanpa tanda < > \" ' & `, misalnya 'akta kelahiran'"
     }
    }
   ]
  },
  "spo": {
   "label": "SPO",
   "nama": "Standar Prosedur Operasional fasilitas kesehatan",
   "nama_berkas": [
    "judul"
   ],
   "model": [
    {
     "kunci": "judul",
     "label": "Judul",
     "wajib": true,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 300
    },
    {
     "kunci": "nomor",
     "label": "Nomor",
     "wajib": false,
     "jenis": "teks",
     "kutip": true,
     "panjang_maks": 120
    },
    {
     "kunci": "revisi",
     "label": "Revisi",
     "wajib": false,
     "jenis": "bilangan",
     "maks": 99,
     "min": 0
    },
    {
     "kunci": "status",
     "label": "Status",
     "wajib": true,
     "jenis": "teks",
     "kutip": false,
     "nilai": [
      "draf",
      "berlaku",
      "dicabut"
     ]
    },
    {
     "kunci": "diganti_oleh",
     "label": "Diganti oleh",
     "wajib": false,
     "jenis": "teks",
     "kutip": true,
     "panjang_maks": 120
    },
    {
     "kunci": "sebutan",
     "label": "Sebutan",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "nilai": [
      "SPO",
      "SOP"
     ]
    },
    {
     "kunci": "unit_kerja",
     "label": "Unit kerja",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 2000
    },
    {
     "kunci": "tanggal_efektif",
     "label": "Tanggal efektif",
     "wajib": false,
     "jenis": "tanggal",
     "min": "1945-01-01",
     "maks": "2100-12-31"
    },
    {
     "kunci": "disahkan_oleh",
     "label": "Disahkan oleh",
     "wajib": true,
     "jenis": "isian",
     "kolom": [
      {
       "kunci": "jabatan",
       "label": "Jabatan",
       "wajib": false,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 2000
      },
      {
       "kunci": "nama",
       "label": "Nama",
       "wajib": true,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 2000
      },
      {
       "kunci": "pangkat",
       "label": "Pangkat",
       "wajib": false,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 120
      },
      {
       "kunci": "nip",
       "label": "NIP",
       "wajib": false,
       "jenis": "teks",
       "kutip": true,
       "pola": "^(?: *\\p{Nd}){18} *$",
       "pola_petunjuk": "18 digit angka (spasi boleh)",
       "nip": true
      }
     ]
    },
    {
     "kunci": "pengertian",
     "label": "Pengertian",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 3000
     }
    },
    {
     "kunci": "tujuan",
     "label": "Tujuan",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 3000
     }
    },
    {
     "kunci": "kebijakan",
     "label": "Kebijakan",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 3000
     }
    },
    {
     "kunci": "referensi",
     "label": "Referensi",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 3000
     }
    },
    {
     "kunci": "alat_bahan",
     "label": "Alat bahan",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 3000
     }
    },
    {
     "kunci": "langkah",
     "label": "Langkah",
     "wajib": false,
     "jenis": "daftar",
     "min": 1,
     "maks": 100,
     "unik": false,
     "butir": {
      "jenis": "isian",
      "kolom": [
       {
        "kunci": "kegiatan",
        "label": "Kegiatan",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 1000
       },
       {
        "kunci": "pelaksana",
        "label": "Pelaksana",
        "wajib": false,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 80
       },
       {
        "kunci": "waktu",
        "label": "Waktu",
        "wajib": false,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 80,
        "pola": "^(?:\\p{Nd}+(?:[.,]\\p{Nd}+)? (?:menit|jam|hari kerja|hari kalender|hari|minggu|bulan)|jadwal: ?[^\\s<>].*)$",
        "pola_petunjuk": "angka lalu satuan menit, jam, hari kerja, hari kalender, hari, minggu atau bulan, misalnya '10 menit' atau '3 hari kerja'; jadwal diawali 'jadwal:'"
       },
       {
        "kunci": "keterangan",
        "label": "Keterangan",
        "wajib": false,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       },
       {
        "kunci": "keputusan",
        "label": "Keputusan",
        "wajib": false,
        "jenis": "isian",
        "kolom": [
         {
          "kunci": "ya",
          "label": "Ya",
          "wajib": true,
          "jenis": "bilangan",
          "maks": 1000000000000,
          "min": 1,
          "rujuk": "langkah"
         },
         {
          "kunci": "tidak",
          "label": "Tidak",
          "wajib": true,
          "jenis": "bilangan",
          "maks": 1000000000000,
          "min": 1,
          "rujuk": "langkah"
         },
         {
          "kunci": "label_ya",
          "label": "Label ya",
          "wajib": false,
          "jenis": "teks",
          "kutip": false,
          "panjang_maks": 40
         },
         {
          "kunci": "label_tidak",
          "label": "Label tidak",
          "wajib": false,
          "jenis": "teks",
          "kutip": false,
          "panjang_maks": 40
         }
        ]
       },
       {
        "kunci": "ke",
        "label": "Ke",
        "wajib": false,
        "jenis": "bilangan",
        "maks": 1000000000000,
        "min": 1
       }
      ]
     }
    },
    {
     "kunci": "tahap",
     "label": "Tahap",
     "wajib": false,
     "jenis": "daftar",
     "min": 1,
     "maks": 20,
     "unik": false,
     "butir": {
      "jenis": "isian",
      "kolom": [
       {
        "kunci": "nama",
        "label": "Nama",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 120
       },
       {
        "kunci": "langkah",
        "label": "Langkah",
        "wajib": true,
        "jenis": "daftar",
        "min": 1,
        "maks": 100,
        "unik": false,
        "butir": {
         "jenis": "isian",
         "kolom": [
          {
           "kunci": "kegiatan",
           "label": "Kegiatan",
           "wajib": true,
           "jenis": "teks",
           "kutip": false,
           "panjang_maks": 1000
          },
          {
           "kunci": "pelaksana",
           "label": "Pelaksana",
           "wajib": false,
           "jenis": "teks",
           "kutip": false,
           "panjang_maks": 80
          },
          {
           "kunci": "waktu",
           "label": "Waktu",
           "wajib": false,
           "jenis": "teks",
           "kutip": false,
           "panjang_maks": 80,
           "pola": "^(?:\\p{Nd}+(?:[.,]\\p{Nd}+)? (?:menit|jam|hari kerja|hari kalender|hari|minggu|bulan)|jadwal: ?[^\\s<>].*)$",
           "pola_petunjuk": "angka lalu satuan menit, jam, hari kerja, hari kalender, hari, minggu atau bulan, misalnya '10 menit' atau '3 hari kerja'; jadwal diawali 'jadwal:'"
          },
          {
           "kunci": "keterangan",
           "label": "Keterangan",
           "wajib": false,
           "jenis": "teks",
           "kutip": false,
           "panjang_maks": 2000
          },
          {
           "kunci": "keputusan",
           "label": "Keputusan",
           "wajib": false,
           "jenis": "isian",
           "kolom": [
            {
             "kunci": "ya",
             "label": "Ya",
             "wajib": true,
             "jenis": "bilangan",
             "maks": 1000000000000,
             "min": 1,
             "rujuk": "langkah"
            },
            {
             "kunci": "tidak",
             "label": "Tidak",
             "wajib": true,
             "jenis": "bilangan",
             "maks": 1000000000000,
             "min": 1,
             "rujuk": "langkah"
            },
            {
             "kunci": "label_ya",
             "label": "Label ya",
             "wajib": false,
             "jenis": "teks",
             "kutip": false,
             "panjang_maks": 40
            },
            {
             "kunci": "label_tidak",
             "label": "Label tidak",
             "wajib": false,
             "jenis": "teks",
             "kutip": false,
             "panjang_maks": 40
            }
           ]
          },
          {
           "kunci": "ke",
           "label": "Ke",
           "wajib": false,
           "jenis": "bilangan",
           "maks": 1000000000000,
           "min": 1
          }
         ]
        }
       }
      ]
     }
    },
    {
     "kunci": "perhatian",
     "label": "Perhatian",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 3000
     }
    },
    {
     "kunci": "unit_terkait",
     "label": "Unit terkait",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 3000
     }
    },
    {
     "kunci": "dokumen_terkait",
     "label": "Dokumen terkait",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 3000
     }
    },
    {
     "kunci": "riwayat",
     "label": "Riwayat",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "isian",
      "kolom": [
       {
        "kunci": "tanggal",
        "label": "Tanggal",
        "wajib": true,
        "jenis": "tanggal",
        "min": "1945-01-01",
        "maks": "2100-12-31"
       },
       {
        "kunci": "yang_diubah",
        "label": "Yang diubah",
        "wajib": false,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       },
       {
        "kunci": "uraian",
        "label": "Uraian",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       }
      ]
     }
    },
    {
     "kunci": "evaluasi",
     "label": "Evaluasi",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "isian",
      "kolom": [
       {
        "kunci": "tanggal",
        "label": "Tanggal",
        "wajib": true,
        "jenis": "tanggal",
        "min": "1945-01-01",
        "maks": "2100-12-31"
       },
       {
        "kunci": "jenis",
        "label": "Jenis",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "nilai": [
         "monitoring",
         "evaluasi"
        ]
       },
       {
        "kunci": "hasil",
        "label": "Hasil",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "nilai": [
         "berjalan_baik",
         "tidak_berjalan_baik"
        ]
       },
       {
        "kunci": "catatan",
        "label": "Catatan",
        "wajib": false,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       },
       {
        "kunci": "tindakan",
        "label": "Tindakan",
        "wajib": false,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       }
      ]
     }
    },
    {
     "kunci": "tags",
     "label": "Tags",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": true,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 60,
      "pola": "^(?:[^<>\"'&`]*[\\p{L}\\p{N}][^<>\"'&`]*)$",
      "pola_petunjuk": "kata kunci dengan huruf atau angka, tanpa tanda < > \" ' & `, misalnya 'akta kelahiran'"
     }
    }
   ]
  },
  "spm": {
   "label": "SPM",
   "nama": "Standar Pelayanan Minimal",
   "nama_berkas": [
    "judul",
    "layanan"
   ],
   "model": [
    {
     "kunci": "layanan",
     "label": "Layanan",
     "wajib": true,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 2000,
     "pola": "^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$",
     "pola_petunjuk": "kode layanan dari katalog SPM",
     "pilihan": [
      "pdk-paud",
      "pdk-dasar",
      "pdk-kesetaraan",
      "kes-ibu-hamil",
      "kes-ibu-bersalin",
      "kes-bayi-baru-lahir",
      "kes-balita",
      "kes-usia-pendidikan-dasar",
      "kes-usia-produktif",
      "kes-usia-lanjut",
      "kes-hipertensi",
      "kes-diabetes",
      "kes-odgj-berat",
      "kes-terduga-tbc",
      "kes-risiko-hiv",
      "pu-air-minum",
      "pu-air-limbah",
      "pr-rumah-korban-bencana",
      "pr-rumah-relokasi",
      "tr-trantibum",
      "tr-informasi-rawan-bencana",
      "tr-pencegahan-kesiapsiagaan-bencana",
      "tr-evakuasi-korban-bencana",
      "tr-evakuasi-korban-kebakaran",
      "sos-disabilitas",
      "sos-anak",
      "sos-lanjut-usia",
      "sos-gelandangan-pengemis",
      "sos-korban-bencana"
     ]
    },
    {
     "kunci": "judul",
     "label": "Judul",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 300
    },
    {
     "kunci": "nomor",
     "label": "Nomor",
     "wajib": false,
     "jenis": "teks",
     "kutip": true,
     "panjang_maks": 120
    },
    {
     "kunci": "status",
     "label": "Status",
     "wajib": true,
     "jenis": "teks",
     "kutip": false,
     "nilai": [
      "draf",
      "berlaku",
      "dicabut"
     ]
    },
    {
     "kunci": "tanggal_efektif",
     "label": "Tanggal efektif",
     "wajib": true,
     "jenis": "tanggal",
     "min": "1945-01-01",
     "maks": "2100-12-31"
    },
    {
     "kunci": "disahkan_oleh",
     "label": "Disahkan oleh",
     "wajib": false,
     "jenis": "isian",
     "kolom": [
      {
       "kunci": "jabatan",
       "label": "Jabatan",
       "wajib": true,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 2000
      },
      {
       "kunci": "nama",
       "label": "Nama",
       "wajib": true,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 2000
      },
      {
       "kunci": "pangkat",
       "label": "Pangkat",
       "wajib": false,
       "jenis": "teks",
       "kutip": false,
       "panjang_maks": 120
      },
      {
       "kunci": "nip",
       "label": "NIP",
       "wajib": false,
       "jenis": "teks",
       "kutip": true,
       "pola": "^(?: *\\p{Nd}){18} *$",
       "pola_petunjuk": "18 digit angka (spasi boleh)",
       "nip": true
      }
     ]
    },
    {
     "kunci": "dasar_hukum",
     "label": "Dasar hukum",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 2000
     }
    },
    {
     "kunci": "penerima",
     "label": "Penerima",
     "wajib": false,
     "jenis": "teks",
     "kutip": false,
     "panjang_maks": 2000
    },
    {
     "kunci": "mutu",
     "label": "Mutu",
     "wajib": false,
     "jenis": "isian",
     "kolom": [
      {
       "kunci": "barang_jasa",
       "label": "Barang jasa",
       "wajib": false,
       "jenis": "daftar",
       "min": 0,
       "maks": 500,
       "unik": false,
       "butir": {
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       }
      },
      {
       "kunci": "sdm",
       "label": "SDM",
       "wajib": false,
       "jenis": "daftar",
       "min": 0,
       "maks": 500,
       "unik": false,
       "butir": {
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       }
      }
     ]
    },
    {
     "kunci": "capaian",
     "label": "Capaian",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "isian",
      "kolom": [
       {
        "kunci": "tahun",
        "label": "Tahun",
        "wajib": true,
        "jenis": "bilangan",
        "maks": 2100,
        "min": 2000
       },
       {
        "kunci": "sasaran",
        "label": "Sasaran",
        "wajib": false,
        "jenis": "bilangan",
        "maks": 1000000000000,
        "min": 0
       },
       {
        "kunci": "terlayani",
        "label": "Terlayani",
        "wajib": false,
        "jenis": "bilangan",
        "maks": 1000000000000,
        "min": 0
       },
       {
        "kunci": "persen",
        "label": "Persen",
        "wajib": false,
        "jenis": "teks",
        "kutip": false
       },
       {
        "kunci": "mutu_sasaran",
        "label": "Mutu sasaran",
        "wajib": false,
        "jenis": "bilangan",
        "maks": 1000000000000,
        "min": 0
       },
       {
        "kunci": "mutu_terpenuhi",
        "label": "Mutu terpenuhi",
        "wajib": false,
        "jenis": "bilangan",
        "maks": 1000000000000,
        "min": 0
       },
       {
        "kunci": "sumber",
        "label": "Sumber",
        "wajib": false,
        "jenis": "isian",
        "kolom": [
         {
          "kunci": "dokumen",
          "label": "Dokumen",
          "wajib": false,
          "jenis": "teks",
          "kutip": false,
          "panjang_maks": 300
         },
         {
          "kunci": "halaman",
          "label": "Halaman",
          "wajib": false,
          "jenis": "teks",
          "kutip": false,
          "panjang_maks": 120
         },
         {
          "kunci": "alamat",
          "label": "Alamat",
          "wajib": false,
          "jenis": "teks",
          "kutip": false,
          "panjang_maks": 500,
          "pola": "^(?:https?://\\S+)$",
          "pola_petunjuk": "alamat web http(s)://"
         }
        ]
       },
       {
        "kunci": "rincian",
        "label": "Rincian",
        "wajib": false,
        "jenis": "daftar",
        "min": 0,
        "maks": 10,
        "unik": false,
        "butir": {
         "jenis": "isian",
         "kolom": [
          {
           "kunci": "menurut",
           "label": "Menurut",
           "wajib": true,
           "jenis": "teks",
           "kutip": false,
           "panjang_maks": 80
          },
          {
           "kunci": "baris",
           "label": "Baris",
           "wajib": true,
           "jenis": "daftar",
           "min": 1,
           "maks": 200,
           "unik": false,
           "butir": {
            "jenis": "isian",
            "kolom": [
             {
              "kunci": "nama",
              "label": "Nama",
              "wajib": true,
              "jenis": "teks",
              "kutip": false,
              "panjang_maks": 120
             },
             {
              "kunci": "sasaran",
              "label": "Sasaran",
              "wajib": false,
              "jenis": "bilangan",
              "maks": 1000000000000,
              "min": 0
             },
             {
              "kunci": "terlayani",
              "label": "Terlayani",
              "wajib": false,
              "jenis": "bilangan",
              "maks": 1000000000000,
              "min": 0
             },
             {
              "kunci": "persen",
              "label": "Persen",
              "wajib": false,
              "jenis": "teks",
              "kutip": false
             }
            ]
           }
          }
         ]
        }
       },
       {
        "kunci": "indikator",
        "label": "Indikator",
        "wajib": false,
        "jenis": "daftar",
        "min": 0,
        "maks": 50,
        "unik": false,
        "butir": {
         "jenis": "isian",
         "kolom": [
          {
           "kunci": "nama",
           "label": "Nama",
           "wajib": true,
           "jenis": "teks",
           "kutip": false,
           "panjang_maks": 200
          },
          {
           "kunci": "nilai",
           "label": "Nilai",
           "wajib": true,
           "jenis": "teks",
           "kutip": false
          },
          {
           "kunci": "satuan",
           "label": "Satuan",
           "wajib": true,
           "jenis": "teks",
           "kutip": false,
           "panjang_maks": 30
          },
          {
           "kunci": "target",
           "label": "Target",
           "wajib": false,
           "jenis": "teks",
           "kutip": false
          }
         ]
        }
       }
      ]
     }
    },
    {
     "kunci": "sop_terkait",
     "label": "SOP terkait",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": true,
     "butir": {
      "jenis": "teks",
      "kutip": true,
      "panjang_maks": 120
     }
    },
    {
     "kunci": "riwayat",
     "label": "Riwayat",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": false,
     "butir": {
      "jenis": "isian",
      "kolom": [
       {
        "kunci": "tanggal",
        "label": "Tanggal",
        "wajib": true,
        "jenis": "tanggal",
        "min": "1945-01-01",
        "maks": "2100-12-31"
       },
       {
        "kunci": "uraian",
        "label": "Uraian",
        "wajib": true,
        "jenis": "teks",
        "kutip": false,
        "panjang_maks": 2000
       }
      ]
     }
    },
    {
     "kunci": "tags",
     "label": "Tags",
     "wajib": false,
     "jenis": "daftar",
     "min": 0,
     "maks": 500,
     "unik": true,
     "butir": {
      "jenis": "teks",
      "kutip": false,
      "panjang_maks": 60,
      "pola": "^(?:[^<>\"'&`]*[\\p{L}\\p{N}][^<>\"'&`]*)$",
      "pola_petunjuk": "kata kunci dengan huruf atau angka, tanpa tanda < > \" ' & `, misalnya 'akta kelahiran'"
     }
    }
   ]
  }
 }
};
