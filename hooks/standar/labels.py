"""Words shown to readers for the model's codes: one word for one thing, everywhere."""

STATUS = {"draf": "Draf", "berlaku": "Berlaku", "dicabut": "Dicabut"}

HUBUNGAN = {"prasyarat": "prasyarat", "lanjutan": "lanjutan", "terkait": "terkait",
            "bagian_dari": "bagian dari"}

JENIS_OPD = {
    "sekretariat": "Sekretariat", "bagian": "Bagian Sekretariat Daerah", "inspektorat": "Inspektorat",
    "dinas": "Dinas", "badan": "Badan", "satuan": "Satuan", "rsud": "Rumah Sakit Umum Daerah",
    "puskesmas": "Puskesmas", "distrik": "Distrik", "lainnya": "Lainnya",
}
