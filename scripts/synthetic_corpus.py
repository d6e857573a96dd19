#!/usr/bin/env python3
"""Write a deterministic synthetic corpus of realistic standards, for benchmarks and scale tests.

    python scripts/synthetic_corpus.py DEST --size 1000 [--seed 1] [--mix standar|dense]

DEST gets a project: standards/ (30 OPDs, SOPs with 6-20 steps and 3-8 actors, one SPM per
catalogue service up to 29), plus mkdocs.yml, docs/ and hooks/ linked from this repository.
The same size, seed and mix always give the same files.

Mixes: ``standar`` (the default) has at most one decision per SOP, looping back one step.
``dense`` is closer to real SOPs: 40 % of the SOPs have 2 to 7 decisions whose other exit goes
back to any earlier step (often the first: "Tidak lengkap: kembali ke pemohon") or jumps ahead
over several steps (an if/else whose first branch ends with ``ke``), long step texts and 3 to 9
pelaksana; the other 60 % are drawn as in ``standar``.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

VERBS = ["Menerima", "Memeriksa", "Memverifikasi", "Mencatat", "Menyusun", "Menandatangani", "Memaraf",
         "Mengentri", "Mencetak", "Menyerahkan", "Mengarsipkan", "Menelaah", "Menganalisis",
         "Mengajukan", "Menyampaikan", "Meneruskan", "Menetapkan", "Mengoreksi", "Memvalidasi",
         "Mendisposisikan", "Menginput", "Mengunggah", "Menilai", "Meninjau", "Melaporkan"]
OBJECTS = ["berkas permohonan", "surat pengantar", "konsep keputusan", "data kependudukan",
           "dokumen persyaratan", "formulir pendaftaran", "laporan hasil pemeriksaan",
           "nota dinas", "rekomendasi teknis", "bukti pembayaran retribusi", "daftar hadir",
           "surat keterangan", "izin usaha", "data penerima bantuan", "rencana kerja",
           "berita acara", "register pelayanan", "hasil survei lapangan", "kartu identitas"]
PLACES = ["di loket pelayanan", "melalui aplikasi", "kepada pemohon", "ke bidang teknis",
          "sesuai ketentuan", "dalam buku register", "secara elektronik", "di kantor distrik", ""]
ACTORS = ["Pemohon", "Petugas Loket", "Operator Aplikasi", "Verifikator", "Kepala Seksi",
          "Kepala Bidang", "Sekretaris", "Kepala Dinas", "Bendahara", "Tim Teknis", "Kepala Distrik",
          "Petugas Arsip"]
TOPICS = ["Izin", "Surat Keterangan", "Rekomendasi", "Pendaftaran", "Penerbitan", "Pelayanan",
          "Pengelolaan", "Verifikasi", "Penyaluran", "Penanganan", "Pemeriksaan", "Pembinaan"]
SUBJECTS = ["Usaha Mikro", "Tenaga Kesehatan", "Bangunan Gedung", "Penduduk Pindah", "Bantuan Sosial",
            "Kelompok Tani", "Sekolah Dasar", "Kampung", "Reklame", "Pengaduan Masyarakat",
            "Perjalanan Dinas", "Cuti Pegawai", "Barang Milik Daerah", "Kejadian Bencana",
            "Air Minum", "Pangan Lokal", "Koperasi", "Perikanan Tangkap", "Angkutan Umum", "Pajak Daerah"]
UNITS = ["menit", "menit", "jam", "hari kerja"]
CLAUSES = ["beserta lampiran dan surat pengantar dari kepala kampung",
           "untuk memastikan kesesuaian data dengan dokumen asli yang dibawa pemohon",
           "dan mencatat hasilnya pada lembar kendali pelayanan",
           "sesuai standar pelayanan dan maklumat pelayanan yang berlaku",
           "kemudian menyampaikan hasilnya kepada atasan langsung untuk ditindaklanjuti",
           "dengan memperhatikan tenggat waktu penyelesaian yang telah ditetapkan", ""]
DECISION_LABELS = [("Ya", "Tidak"), ("Lengkap", "Tidak lengkap"), ("Sesuai", "Perlu perbaikan"),
                   ("Disetujui", "Ditolak"), ("Memenuhi syarat", "Tidak memenuhi syarat")]
MIXES = ("standar", "dense")
DENSE_SHARE = 0.4
REGULATIONS = [
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 "
    "tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan",
    "Peraturan Daerah Kabupaten Sorong Selatan tentang Pembentukan dan Susunan Perangkat Daerah",
]
BODY = ("## Tujuan\n\nMemberikan kepastian waktu, biaya dan persyaratan pelayanan {topic} kepada "
        "masyarakat Kabupaten Sorong Selatan.\n\n## Ruang Lingkup\n\nProsedur ini berlaku bagi seluruh "
        "permohonan {topic} yang diajukan ke {opd}, mulai dari penerimaan berkas sampai penyerahan "
        "hasil kepada pemohon, termasuk layanan jemput bola di distrik.\n\n## Definisi\n\n"
        "- **Pemohon**: perseorangan atau badan yang mengajukan permohonan.\n"
        "- **Berkas lengkap**: berkas yang memenuhi seluruh persyaratan administrasi.\n")


def nip(rng: random.Random) -> str:
    year = rng.randint(1966, 1990)
    return (f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            f"{year + rng.randint(22, 30)}{rng.randint(1, 12):02d}{rng.randint(1, 2)}{rng.randint(1, 9):03d}")


def registry(count: int = 30) -> tuple[str, list[str]]:
    codes, lines = [], []
    for i in range(count):
        code = f"opd-{i + 1:02d}"
        codes.append(code)
        lines += [f"- kode: {code}", f"  nama: Dinas Contoh {i + 1:02d}", f"  singkatan: DC{i + 1:02d}",
                  "  jenis: dinas", f'  pengelola: ["@contoh/{code}"]']
    return "\n".join(lines) + "\n", codes


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sop(rng: random.Random, index: int, opd: str) -> str:
    count = rng.randint(6, 20)
    actors = ["Pemohon"] + rng.sample(ACTORS[1:], min(rng.randint(2, 7), count - 2))
    title = f"{rng.choice(TOPICS)} {rng.choice(SUBJECTS)} {index}"
    lines = ["---", f"judul: {title}", f'nomor: "SOP-{opd.upper()}/{index:05d}/2025"', "status: berlaku",
             "tanggal_pembuatan: 2025-01-10", "tanggal_efektif: 2025-02-03",
             "disahkan_oleh:", "  jabatan: Kepala Dinas", "  nama: Contoh Pejabat, S.Sos",
             f'  nip: "{nip(rng)}"', "dasar_hukum:"]
    lines += [f"  - {r}" for r in rng.sample(REGULATIONS, 3)]
    lines += ["kualifikasi_pelaksana:", "  - Memahami ketentuan pelayanan publik",
              "  - Mampu mengoperasikan komputer", "peralatan_perlengkapan: [Komputer, Printer, Formulir]",
              "peringatan:", "  - Apabila prosedur tidak dilaksanakan, pelayanan menjadi tidak pasti",
              "pencatatan_pendataan: [Buku register, Arsip digital]",
              "pelaksana: [" + ", ".join(actors) + "]", "langkah:"]
    decision = rng.randint(2, count - 2) if count > 4 else None
    middle = actors[1:] + [rng.choice(actors[1:]) for _ in range(count)]  # every actor has a step
    for step in range(1, count + 1):
        actor = "Pemohon" if step in (1, count) else middle[step - 2]
        text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)}".strip()
        lines += [f"  - kegiatan: {text}", f"    pelaksana: {actor}",
                  f"    kelengkapan: [{rng.choice(OBJECTS).capitalize()}]",
                  f"    waktu: {rng.randint(1, 30)} {rng.choice(UNITS)}",
                  f"    output: {rng.choice(OBJECTS).capitalize()}"]
        if step == decision:
            lines.append(f"    keputusan: {{ya: {step + 1}, tidak: {max(1, step - 1)}}}")
    lines += ["tags: [contoh]", "---", "", BODY.format(topic=title.lower(), opd=opd)]
    return "\n".join(lines)


def dense_flow(rng: random.Random, count: int) -> dict[int, dict]:
    """Branches of a decision-dense SOP of ``count`` steps: {step: {"keputusan": ...} or
    {"ke": n}}. Each decision goes on to the next step on one exit; the other exit goes back to
    an earlier step (the first one more often than not) or jumps ahead, either skipping steps
    or as an if/else whose first branch ends with a ``ke`` to the join. Every step stays
    reachable from the first and reaches the last (``flow.problems`` finds nothing)."""
    wanted = rng.randint(2, 7)
    branches: dict[int, dict] = {}
    step = 2
    while step <= count - 1 and len([b for b in branches.values() if "keputusan" in b]) < wanted:
        left = count - 1 - step  # steps after this one, the last excluded
        shape = rng.random()
        yes, no = DECISION_LABELS[rng.randrange(len(DECISION_LABELS))]
        labels = {} if (yes, no) == ("Ya", "Tidak") else {"label_ya": yes, "label_tidak": no}
        if shape < 0.55 or left < 3:  # back to an earlier step
            pick = rng.random()
            target = 1 if pick < 0.45 else 2 if pick < 0.6 and step > 2 else rng.randint(1, step - 1)
            branches[step] = {"keputusan": {"ya": step + 1, "tidak": target, **labels}}
            step += rng.randint(1, 3)
        elif shape < 0.75:  # skip ahead over several steps
            target = rng.randint(step + 2, min(count, step + 5))
            branches[step] = {"keputusan": {"ya": step + 1, "tidak": target, **labels}}
            step += rng.randint(1, 3)
        else:  # if/else: ya runs step+1 .. other-1, which jumps to the join; tidak runs other ..
            other = rng.randint(step + 2, min(count - 1, step + 4))
            join = rng.randint(other + 1, min(count, other + 3))
            branches[step] = {"keputusan": {"ya": step + 1, "tidak": other, **labels}}
            branches[other - 1] = {"ke": join}
            step = join
    return branches


def long_text(rng: random.Random) -> str:
    text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)} {rng.choice(CLAUSES)}"
    return " ".join(text.split())


def chart_steps(rng: random.Random, actors: list[str], count: int, branches: dict[int, dict]) -> list[dict]:
    """The ``langkah`` of an SOP: long texts, the first and last step by the applicant, every
    other actor with at least one step, in a shuffled order (lines cross the table both ways)."""
    middle = actors[1:] + [rng.choice(actors[1:]) for _ in range(count - 2 - (len(actors) - 1))]
    rng.shuffle(middle)
    steps = []
    for number in range(1, count + 1):
        step = {"kegiatan": long_text(rng),
                "pelaksana": actors[0] if number in (1, count) else middle[number - 2],
                "kelengkapan": [rng.choice(OBJECTS).capitalize(), rng.choice(OBJECTS).capitalize()],
                "waktu": f"{rng.randint(1, 30)} {rng.choice(UNITS)}",
                "output": rng.choice(OBJECTS).capitalize()}
        step.update(branches.get(number, {}))
        steps.append(step)
    return steps


def dense_chart(rng: random.Random) -> tuple[list[str], list[dict]]:
    """(pelaksana, langkah) of a decision-dense SOP: 8-24 steps, 3-9 pelaksana, 2-7 decisions."""
    count = rng.randint(8, 24)
    actors = ["Pemohon"] + rng.sample(ACTORS[1:], min(rng.randint(2, 8), count - 2))
    return actors, chart_steps(rng, actors, count, dense_flow(rng, count))


def decision_chart(count: int, actor_count: int, decisions: int, back_to_start: int,
                   seed: int = 1) -> tuple[list[str], list[dict]]:
    """(pelaksana, langkah) of a chart with exactly ``decisions`` decisions, ``back_to_start`` of
    them going back to step 1 or 2; the others go back a few steps or jump ahead a few. For the
    layout benchmark: ``decision_chart(20, 8, 7, 4)`` is the 20-step chart of issue 18,
    ``decision_chart(100, 8, 98, 20)`` the worst case (a decision on every middle step)."""
    rng = random.Random(seed)
    actors = ACTORS[:actor_count]
    chosen = sorted(rng.sample(range(2, count), decisions))
    back = set(rng.sample(chosen, back_to_start))
    branches = {}
    for number in chosen:
        if number in back:
            target = rng.choice([1, 2]) if number > 2 else 1
        elif rng.random() < 0.5 or number + 2 > count:
            target = rng.randint(max(1, number - 5), number - 1)
        else:
            target = rng.randint(number + 2, min(count, number + 6))
        yes, no = DECISION_LABELS[rng.randrange(len(DECISION_LABELS))]
        labels = {} if (yes, no) == ("Ya", "Tidak") else {"label_ya": yes, "label_tidak": no}
        branches[number] = {"keputusan": {"ya": number + 1, "tidak": target, **labels}}
    return actors, chart_steps(rng, actors, count, branches)


def yaml_step(step: dict) -> list[str]:
    lines = [f"  - kegiatan: {quote(step['kegiatan'])}", f"    pelaksana: {step['pelaksana']}",
             "    kelengkapan: [" + ", ".join(step["kelengkapan"]) + "]",
             f"    waktu: {step['waktu']}", f"    output: {step['output']}"]
    if "keputusan" in step:
        k = step["keputusan"]
        parts = [f"ya: {k['ya']}", f"tidak: {k['tidak']}"]
        parts += [f"{key}: {quote(k[key])}" for key in ("label_ya", "label_tidak") if key in k]
        lines.append("    keputusan: {" + ", ".join(parts) + "}")
    elif "ke" in step:
        lines.append(f"    ke: {step['ke']}")
    return lines


def dense_sop(rng: random.Random, index: int, opd: str) -> str:
    """A decision-dense SOP (``dense_chart``) as a file's text."""
    actors, steps = dense_chart(rng)
    title = f"{rng.choice(TOPICS)} {rng.choice(SUBJECTS)} {index}"
    lines = ["---", f"judul: {title}", f'nomor: "SOP-{opd.upper()}/{index:05d}/2025"', "status: berlaku",
             "tanggal_pembuatan: 2025-01-10", "tanggal_efektif: 2025-02-03",
             "disahkan_oleh:", "  jabatan: Kepala Dinas", "  nama: Contoh Pejabat, S.Sos",
             f'  nip: "{nip(rng)}"', "dasar_hukum:"]
    lines += [f"  - {r}" for r in rng.sample(REGULATIONS, 3)]
    lines += ["kualifikasi_pelaksana:", "  - Memahami ketentuan pelayanan publik",
              "peralatan_perlengkapan: [Komputer, Printer, Formulir]",
              "peringatan:", "  - Apabila berkas tidak lengkap, permohonan dikembalikan kepada pemohon",
              "pencatatan_pendataan: [Buku register, Arsip digital]",
              "pelaksana: [" + ", ".join(actors) + "]", "langkah:"]
    for step in steps:
        lines += yaml_step(step)
    lines += ["tags: [contoh, padat]", "---", "", BODY.format(topic=title.lower(), opd=opd)]
    return "\n".join(lines)


def spm(rng: random.Random, kode: str, opd: str) -> str:
    base = rng.randint(200, 6000)
    years = []
    for year in (2023, 2024, 2025):
        served = rng.randint(base // 2, base)
        years.append(f"  - {{tahun: {year}, sasaran: {base}, terlayani: {served}}}")
    return "\n".join([
        "---", f"layanan: {kode}", "status: berlaku", "tanggal_efektif: 2025-01-02",
        f'disahkan_oleh: {{jabatan: Kepala Dinas, nama: Contoh Pejabat, nip: "{nip(rng)}"}}',
        f"dasar_hukum: [{REGULATIONS[2]}]",
        "mutu: {barang_jasa: [Formulir, Buku panduan], sdm: [Petugas terlatih]}",
        "capaian:", *years, "---", "", "## Pernyataan Standar", "",
        "Setiap warga negara yang berhak menerima pelayanan dasar sesuai standar.", ""])


def pemda(codes: list[str], catalogue) -> str:
    """The sample pemda identity, each SPM bidang assigned to one synthetic OPD."""
    import yaml

    data = yaml.safe_load((REPO / "standards" / "pemda.yml").read_text(encoding="utf-8"))
    data["pengaturan"]["spm_penanggung_jawab"] = {
        bidang.kode: codes[i % len(codes)] for i, bidang in enumerate(catalogue.bidang)}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def write(dest: Path, size: int, seed: int = 1, mix: str = "standar") -> dict:
    sys.path.insert(0, str(REPO / "hooks"))
    from standar.model import catalogue

    rng = random.Random(seed)
    standards = dest / "standards"
    if standards.exists():
        shutil.rmtree(standards)
    standards.mkdir(parents=True)
    text, codes = registry()
    (standards / "opd.yml").write_text(text, encoding="utf-8")
    (standards / "pemda.yml").write_text(pemda(codes, catalogue.load()), encoding="utf-8")
    services = list(catalogue.load().layanan)
    spm_count = min(len(services), size // 10)
    for i in range(size - spm_count):
        opd = codes[i % len(codes)]
        path = standards / opd / "sop" / f"sop-{i:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        dense = mix == "dense" and rng.random() < DENSE_SHARE
        path.write_text((dense_sop if dense else sop)(rng, i, opd), encoding="utf-8")
    for i, kode in enumerate(services[:spm_count]):
        opd = codes[i % len(codes)]
        path = standards / opd / "spm" / f"{kode}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(spm(rng, kode, opd), encoding="utf-8")
    link_site_files(dest)
    return {"sop": size - spm_count, "spm": spm_count, "opd": len(codes)}


def link_site_files(dest: Path) -> None:
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    for name in ("docs", "hooks"):
        target = dest / name
        if target.is_symlink() or target.exists():
            target.unlink() if target.is_symlink() else shutil.rmtree(target)
        os.symlink(REPO / name, target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mix", choices=MIXES, default="standar",
                        help="standar: at most one decision per SOP; dense: 40 %% decision-dense SOPs")
    args = parser.parse_args()
    counts = write(args.dest, args.size, args.seed, args.mix)
    print(f"{args.dest}: {counts['sop']} SOP, {counts['spm']} SPM, {counts['opd']} OPD")
    return 0


if __name__ == "__main__":
    sys.exit(main())
