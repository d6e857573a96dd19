"""The check and the build agree, by construction, and no author can run script in the portal.

One conversion, two uses: the check converts each body with the generator's Markdown
configuration and holds it to the allowlist (standar.read.safety); the build publishes what the
check converted, sanitized by nh3. A property test generates bodies from a grammar of what
authors and attackers write, and asserts that what the check accepts builds, what it refuses
stops the build, and that no published body carries markup outside the allowlist. Then one
regression test per class of the failures found by a careless author and an attacker.
"""

from __future__ import annotations

import csv
import html.parser
import io
import json
import os
import re
import subprocess
import xml.dom.minidom

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standar.read import corpus, safety
from support import (OPD_YML, PEMDA_YML, REPO, VALID_SOP, VALID_SPM, BIN, make_project, mkdocs_build,
                     replace_line, run, standar)

SOP = "standards/dukcapil/sop"
START, END = "MULAIISIHALAMAN", "AKHIRISIHALAMAN"


def sop(body: str, nomor: int = 1, **changes) -> str:
    text = VALID_SOP.replace('"474.1/SOP-DUKCAPIL/001/2025"', f'"474.1/SOP-DUKCAPIL/{nomor:03d}/2025"')
    for old, new in changes.items():
        text = replace_line(text, old, new)
    return text.split("---\n\n", 1)[0] + "---\n\n" + body


def messages(project, rel=None) -> list[str]:
    loaded = corpus.load(project)
    return [d.format() for d in loaded.diagnostics if rel is None or d.path == rel]


# -- the grammar ---------------------------------------------------------------------------------
WORDS = st.sampled_from(["berkas", "pemohon", "Loket", "akta", "surat", "123", "RT/RW"])
URLS = st.sampled_from(["https://contoh.go.id/x", "mailto:pengaduan@contoh.go.id", "tel:0951123",
                        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "jav&#x61;script:alert(1)",
                        "data:text/html,x", "vbscript:x", "#tujuan", "../../dinkes/index.md",
                        "akta-kelahiran.md", "tidak-ada.md", "../../assets/logo-pemda.svg", "//contoh.go.id/x"])
IMAGES = st.sampled_from(["../../assets/logo-pemda.svg", "http://contoh.go.id/a.png", "data:image/png;base64,AA",
                          "gambar-hilang.png"])
TAGS = st.sampled_from(["div", "span", "b", "i", "details", "summary", "a", "img", "table", "pre", "abbr",
                        "script", "iframe", "style", "input", "form", "svg", "xmp", "plaintext", "noembed",
                        "noframes", "title", "object", "embed", "video", "textarea", "math", "template",
                        "marquee", "base", "meta", "link"])
ATTRIBUTES = st.sampled_from(['id="__config"', 'id="tujuan-khusus"', 'class="md-typeset"', 'class="catatan"',
                              'onclick="alert(1)"', "onerror=alert(1)", 'style="color:red"',
                              'style="text-align: left"', 'href="javascript:alert(1)"', 'href="https://contoh.go.id"',
                              'src="http://contoh.go.id/a.png"', 'title="judul"', 'data-md-component="search"',
                              'type="checkbox"', 'type="text"', "open", 'srcdoc="x"'])


@st.composite
def raw_html(draw):
    tag = draw(TAGS)
    attributes = " ".join(draw(st.lists(ATTRIBUTES, max_size=2)))
    inner = draw(st.one_of(WORDS, st.just("")))
    closing = draw(st.sampled_from(["", f"</{tag}>", f"</{tag}>"]))
    return f"<{tag}{' ' if attributes else ''}{attributes}>{inner}{closing}"


BLOCKS = st.one_of(
    WORDS.map(lambda w: f"Paragraf tentang {w}."),
    st.tuples(WORDS, WORDS).map(lambda p: f"*{p[0]}* dan **{p[1]}** serta `kode` dan _{p[0]}_"),
    st.tuples(WORDS, URLS).map(lambda p: f"[{p[0]}]({p[1]})"),
    st.tuples(WORDS, URLS).map(lambda p: f"[a [{p[0]}] c]({p[1]})"),
    st.tuples(WORDS, IMAGES).map(lambda p: f"![{p[0]}]({p[1]})"),
    st.lists(WORDS, min_size=1, max_size=3).map(lambda ws: "\n".join(f"- {w}" for w in ws)),
    st.lists(WORDS, min_size=1, max_size=3).map(lambda ws: "\n".join(f"- [{'x' if i % 2 else ' '}] {w}"
                                                                      for i, w in enumerate(ws))),
    st.tuples(WORDS, WORDS).map(lambda p: f"| Kolom | Isi |\n|:--|--:|\n| {p[0]} | {p[1]} |"),
    raw_html(),
    st.sampled_from(["<!-- catatan -->", "<!-- material/tags { bad: [ -->", "<!-- tidak ditutup",
                     "&amp; &#60; &lt;script&gt; &#x3C;b&#x3E;", "<![CDATA[x]]>", "<!DOCTYPE html>",
                     "Lihat catatan[^1].\n\n[^1]: Catatan kaki.", "Teks\n{: #__config }",
                     "Teks\n{: .md-typeset onclick=\"x\" }", "Teks\n{: #bagian .catatan }",
                     "## Judul bagian", "### Sub *bagian*", "!!! note \"Catatan\"\n    Isi catatan.",
                     "??? tip\n    Isi rinci.", "```\n<script>alert(1)</script>\n```", "<http://contoh.go.id>",
                     "<javascript:alert(1)>", "[x]: javascript:alert(1)\n\n[ref][x]"]),
)


def _bodies():
    return st.lists(st.lists(BLOCKS, min_size=1, max_size=5).map(
        lambda blocks: f"{START}\n\n" + "\n\n".join(blocks) + f"\n\n{END}\n"), min_size=3, max_size=5)


class _Published(html.parser.HTMLParser):
    """Every element and attribute of a published body, to compare with the allowlist."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.outside: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in safety.TAGS:
            self.outside.append(f"<{tag}>")
        for name, value in attrs:
            allowed = safety.GLOBAL_ATTRIBUTES | safety.ATTRIBUTES.get(tag, set())
            if name not in allowed or (name in ("id", "class") and re.search(r"(^|\s)(__|md-)", value or "")):
                self.outside.append(f"<{tag} {name}={value!r}>")
            if (tag, name) in safety.URL_ATTRIBUTES and safety.scheme(value or "") not in (None, *safety.SCHEMES):
                self.outside.append(f"<{tag} {name}={value!r}>")

    handle_startendtag = handle_starttag


def published_body(page_html: str) -> str:
    return page_html[page_html.index(START):page_html.index(END)]


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(bodies=_bodies())
def test_check_and_build_agree_on_generated_bodies(tmp_path_factory, bodies):
    files = {f"{SOP}/isi-{i}.md": sop(body, nomor=100 + i) for i, body in enumerate(bodies)}
    files[f"{SOP}/akta-kelahiran.md"] = sop("Akta.\n", nomor=1)
    project = make_project(tmp_path_factory.mktemp("tata"), files, site=True)
    loaded = corpus.load(project)
    refused = {d.path for d in loaded.diagnostics if d.is_error}
    if refused:  # the build runs the same check: it refuses the same files, and publishes nothing
        result = mkdocs_build(project)
        assert result.returncode == 1, result.stdout + result.stderr
        assert all(path in result.stdout + result.stderr for path in refused)
        assert "Traceback" not in result.stdout + result.stderr
        assert not (project / "site").exists()
        for path in refused:
            (project / path).unlink()
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    for std in corpus.load(project).standards:
        page = (project / "site" / std.url / "index.html").read_text(encoding="utf-8")
        assert page.count('id="__config"') == 1
        if START in page:
            scanner = _Published()
            scanner.feed(published_body(page))
            assert scanner.outside == [], std.path


# -- 1. script through the theme's configuration -------------------------------------------------
def test_an_element_named_like_the_themes_configuration_is_refused_on_its_line(tmp_path):
    body = "Teks.\n\n<div id=\"__config\">{\"search\": \"data:text/javascript,x\"}</div>\n\nTeks\n{: #__config }\n"
    project = make_project(tmp_path, {f"{SOP}/a.md": sop(body)}, site=True)
    found = messages(project)
    first = VALID_SOP.split("---\n\n", 1)[0].count("\n") + 3
    assert any(f":{first + 2}: galat:" in m and "'__config'" in m for m in found), found
    assert any(f":{first + 5}: galat:" in m and "'__config'" in m for m in found), found


def test_a_published_body_never_carries_the_themes_names():
    clean = safety.sanitize('<div id="__config" class="md-search x" data-md-component="search">a</div>')
    assert "__config" not in clean and "md-search" not in clean and "data-md" not in clean and 'class="x"' in clean


# -- 2. what the check accepts, the build publishes ----------------------------------------------
ACCEPTED = {
    "daftar tugas": "- [ ] Formulir diisi\n- [x] KTP dilampirkan\n",
    "komentar direktif tema": "<!-- material/tags { bad: [ -->\n\nTeks.\n",
    "tabel rata": "| Kolom | Isi |\n|:--|--:|\n| a | b |\n",
    "tautan ke SOP lain": "[Akta](akta-kelahiran.md) dan [OPD](../../dukcapil/index.md#sop)\n",
    "gambar dari repositori": "![Logo](../../assets/logo-pemda.svg)\n",
}
REFUSED = {
    "atribut lewat attr_list": ("Teks\n{: onclick=\"alert(1)\" }\n", "atribut 'onclick'"),
    "teks tautan bertingkat": ("[a [b] c](javascript:alert(1))\n", "alamat 'javascript:'"),
    "catatan kaki tanpa ekstensinya": ("Lihat[^1].\n\n[^1]: catatan\n", "tidak ada di portal"),
    "tautan ke halaman yang tidak ada": ("[x](tidak-ada.md)\n", "'tidak-ada.md' menuju halaman"),
    "daftar bertingkat dalam": ("".join("    " * i + "- a\n" for i in range(40)), "bertingkat terlalu dalam"),
    "tanda * berturut-turut": ("*" * 200 + "\n", "berturut-turut"),
}


def test_what_the_check_accepts_builds(tmp_path):
    files = {f"{SOP}/ok-{i}.md": sop(body, nomor=10 + i) for i, body in enumerate(ACCEPTED.values())}
    files[f"{SOP}/akta-kelahiran.md"] = sop("Akta.\n")
    project = make_project(tmp_path, files, site=True)
    assert [m for m in messages(project) if ": galat:" in m] == []
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    page = (project / "site/dukcapil/sop/ok-0/index.html").read_text(encoding="utf-8")
    assert page.count('<input type="checkbox" disabled') == 2 and "Formulir diisi" in page
    page = (project / "site/dukcapil/sop/ok-3/index.html").read_text(encoding="utf-8")
    assert 'href="../akta-kelahiran/"' in page and 'href="../../#sop"' in page


def test_what_the_build_would_refuse_the_check_refuses_first_with_its_line(tmp_path):
    files = {f"{SOP}/bad-{i}.md": sop(body, nomor=20 + i) for i, (body, _) in enumerate(REFUSED.values())}
    project = make_project(tmp_path, files, site=True)  # the site's Markdown configuration: attr_list
    first = VALID_SOP.split("---\n\n", 1)[0].count("\n") + 3
    for i, (name, (body, message)) in enumerate(REFUSED.items()):
        found = messages(project, f"{SOP}/bad-{i}.md")
        assert any(message in m and ": galat:" in m for m in found), (name, found)
        lines = {int(m.split(":")[1]) for m in found if ": galat:" in m}
        assert lines <= set(range(first, first + body.count("\n") + 1)), (name, found)


def test_a_link_to_a_draft_is_refused_from_a_published_page(tmp_path):
    draft = sop("Draf.\n", nomor=2).replace("status: berlaku", "status: draf")
    project = make_project(tmp_path, {f"{SOP}/draf.md": draft, f"{SOP}/a.md": sop("[x](draf.md)\n")})
    assert any("masih draf" in m for m in messages(project, f"{SOP}/a.md"))


def test_values_beyond_what_the_build_can_render_are_refused(tmp_path):
    files = {
        f"{SOP}/tahun.md": sop("x\n", nomor=3, **{"tanggal_revisi: 2025-06-02": "tanggal_revisi: 9999-12-31"}),
        "standards/dinkes/spm/angka.md": replace_line(VALID_SPM, "sasaran: 1450", "sasaran: 1" + "0" * 5000),
    }
    project = make_project(tmp_path, files)
    result = standar(["check"], project)
    assert result.returncode == 1 and "galat internal" not in result.stdout + result.stderr
    assert "di luar rentang 1945 s.d. 2100" in result.stdout
    assert "terlalu besar; paling besar 1000000000000" in result.stdout


# -- 3. an internal error is a message, and the check goes on ------------------------------------
def test_markup_the_parser_cannot_read_is_a_message_and_the_others_are_still_checked(tmp_path):
    files = {f"{SOP}/a.md": sop("Teks <![ aneh\n\n<div>\n<![CDATA[x]]>\n</div>\n"),
             f"{SOP}/b.md": sop("<script>x</script>\n", nomor=2)}
    project = make_project(tmp_path, files)
    result = standar(["check"], project)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "galat internal" not in result.stdout + result.stderr
    assert re.search(rf"{SOP}/a.md:4\d: galat: .*'<!\['", result.stdout), result.stdout
    assert f"{SOP}/b.md:" in result.stdout


# -- 4. time: bounded (the figures are in make bench: scripts/bench_adversarial.py) ---------------
def test_a_costly_body_is_refused_before_it_is_converted(tmp_path):
    project = make_project(tmp_path, {f"{SOP}/a.md": sop("[a " * 50_000 + "\n")})
    assert any("terlalu berat diolah" in m for m in messages(project))


# -- 5. the page around the body -------------------------------------------------------------------
def test_unclosed_markup_in_a_body_stays_in_the_body(tmp_path):
    files = {f"{SOP}/{tag}.md": sop(f"Teks <{tag}>terbuka\n\n<div>\n\nLagi <!-- komentar\n", nomor=30 + i)
             for i, tag in enumerate(["details", "div", "pre", "table", "span"])}
    project = make_project(tmp_path, files, site=True)
    found = messages(project)
    assert not [m for m in found if ": galat:" in m], found
    assert any("dibuka tetapi tidak ditutup" in m for m in found)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    for tag in ["details", "div", "pre", "table", "span"]:
        page = (project / f"site/dukcapil/sop/{tag}/index.html").read_text(encoding="utf-8")
        heading = re.search(r'<h2[^>]* id="riwayat-dan-evaluasi"', page)
        assert heading and "standar-riwayat" in page, tag
        body = page[page.rindex("<p>Teks", 0, heading.start()):heading.start()]
        assert _balanced(body), tag  # the body closes all it opens before the section after it
        assert page.rstrip().endswith("</html>") and "javascripts/portal.js" in page, tag


def _balanced(markup: str) -> bool:
    stack = []

    class Balance(html.parser.HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag not in safety.VOID:
                stack.append(tag)

        def handle_endtag(self, tag):
            assert stack and stack.pop() == tag, tag

    Balance().feed(markup[markup.index("<"):] if "<" in markup else "")
    return not stack


# -- 6. published wrongly, silently ---------------------------------------------------------------
def test_an_opd_code_the_site_uses_is_refused(tmp_path):
    project = make_project(tmp_path, opd_yml=OPD_YML + "- kode: overrides\n  nama: Kantor X\n  singkatan: X\n  jenis: dinas\n",
                           site=True)
    assert any("'overrides' dipakai untuk bagian portal" in m for m in messages(project))


def test_the_registry_and_the_pemda_pass_the_same_value_checks(tmp_path):
    opd = OPD_YML.replace("nama: Dinas Kesehatan", 'nama: "Dinas <script>alert(1)</script>"')
    pemda = PEMDA_YML.replace("provinsi: Papua Barat Daya", 'provinsi: "Papua\\u202eDaya"')
    project = make_project(tmp_path, opd_yml=opd, pemda_yml=pemda)
    found = messages(project)
    assert any("opd.yml" in m and "berisi kode" in m for m in found), found
    assert any("pemda.yml" in m and "pembalik arah" in m for m in found), found


def test_invisible_control_and_bidi_text_is_refused(tmp_path):
    files = {f"{SOP}/kendali.md": sop("x\n", nomor=4, **{"judul: Penerbitan Akta Kelahiran": 'judul: "Akta\\x01"'}),
             f"{SOP}/kosong.md": sop("x\n", nomor=5, **{"judul: Penerbitan Akta Kelahiran": 'judul: "\\u200b"'}),
             f"{SOP}/arah.md": sop("x\n", nomor=6, **{"judul: Penerbitan Akta Kelahiran": 'judul: "Akta \\u202eLIAT"'})}
    project = make_project(tmp_path, files)
    assert any("karakter kendali" in m for m in messages(project, f"{SOP}/kendali.md"))
    assert any("tidak terlihat" in m for m in messages(project, f"{SOP}/kosong.md"))
    assert any("pembalik arah" in m for m in messages(project, f"{SOP}/arah.md"))


def test_a_csv_cell_that_starts_like_a_formula_is_neutralised(tmp_path):
    text = sop("x\n", **{"judul: Penerbitan Akta Kelahiran": 'judul: "=HYPERLINK(\\"http://x\\")"'})
    project = make_project(tmp_path, {f"{SOP}/a.md": text}, site=True)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    rows = list(csv.DictReader(io.StringIO((project / "site/data/standar.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0]["judul"] == "'=HYPERLINK(\"http://x\")"
    xml.dom.minidom.parse(str(project / "site/feed.xml"))  # well-formed


def test_tags_that_would_share_an_anchor_are_refused(tmp_path):
    files = {f"{SOP}/a.md": sop("x\n"), f"{SOP}/b.md": sop("x\n", nomor=2, **{"tags: [kependudukan]": "tags: [Kependudukan]"}),
             f"{SOP}/c.md": sop("x\n", nomor=3, **{"tags: [kependudukan]": 'tags: ["!!!"]'})}
    project = make_project(tmp_path, files)
    assert any("menjadi satu kata kunci" in m for m in messages(project, f"{SOP}/b.md"))
    assert any("tidak sesuai format: kata kunci dengan huruf atau angka" in m for m in messages(project, f"{SOP}/c.md"))


def test_a_logo_that_is_not_there_is_refused(tmp_path):
    project = make_project(tmp_path, pemda_yml=PEMDA_YML.replace("assets/logo-pemda.svg", "assets/tidak-ada.svg"),
                           site=True)
    assert any("pemda.yml:4: galat" in m and "tidak-ada.svg" in m for m in messages(project))


def test_the_build_date_outside_git_never_comes_from_a_draft(tmp_path):
    draft = sop("x\n", nomor=2, **{"status: berlaku": "status: draf",
                                   "tanggal_efektif: 2025-01-15": "tanggal_efektif: 2099-01-01"})
    project = make_project(tmp_path, {f"{SOP}/a.md": sop("x\n"), f"{SOP}/draf.md": draft}, site=True)
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env.update(NO_MKDOCS_2_WARNING="1", GIT_DIR=str(tmp_path / "bukan-git"))
    result = subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(project / "site")],
                            cwd=project, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    made = json.loads((project / "site/data/standar.json").read_text(encoding="utf-8"))["dibuat"]
    assert made == "2025-06-02"  # the published SOP's last change, not the draft's 2099


# A chart the layout cannot draw without lines running together (found by a random search).
TANGLED = [("A0", None), ("A1", None), ("A0", None), ("A0", None), ("A0", 25), ("A0", 5), ("A1", 5), ("A0", 11),
           ("A0", 15), ("A1", 3), ("A1", 1), ("A0", 11), ("A0", 23), ("A0", None), ("A1", None), ("A0", None),
           ("A1", 11), ("A1", 16), ("A1", None), ("A1", None), ("A1", 20), ("A0", None), ("A1", None), ("A1", 21),
           ("A0", 3), ("A1", None), ("A1", None), ("A0", None)]


def test_what_the_layout_cannot_draw_is_reported_as_a_warning_naming_the_steps(tmp_path):
    steps = "".join(f"  - kegiatan: Kegiatan {i}\n    pelaksana: {who}\n"
                    + (f"    keputusan: {{ya: {i + 1}, tidak: {back}}}\n" if back else "")
                    for i, (who, back) in enumerate(TANGLED, 1))
    text = VALID_SOP.split("pelaksana: [Pemohon")[0] + "pelaksana: [A0, A1]\nlangkah:\n" + steps + \
        "tags: [kependudukan]\n---\n\nTeks.\n"
    project = make_project(tmp_path, {f"{SOP}/kusut.md": text}, site=True)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(rf"{SOP}/kusut.md: peringatan: diagram alir: garis langkah \d+ ke \d+ tidak dapat", result.stdout + result.stderr)


# -- the check may skip converting a plain body: sound for every such body ------------------------
PLAIN_TEXT = st.lists(st.sampled_from(list("abcXYZ019 .,;:!?*_-#>`()'\"/~=+|\n\t")
                                     + ["\n\n", "- ", "1. ", "## ", "```\n", "    ", "!!", "??", "md", "**", "m",
                                        "d", "\uff4d", "\u200b", "&#100;", "> ", "===\n", "---\n"]),
                      max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(body=PLAIN_TEXT)
def test_a_body_the_check_does_not_convert_converts_to_nothing_it_would_report(body):
    from standar.read import config, markup
    project = config.load(REPO)
    if not markup.plain(body, project) or markup.budget(body):
        return
    converted = markup.convert(body, project)
    assert converted.problems == [] and converted.links == [], (body, converted.problems)


# -- the budget's quick answer: sound for every short body ----------------------------------------
MARKUP_HEAVY = st.lists(st.sampled_from(list("[](){}<>*_`!&\\~ a\n\t>") + ["<!--", "-->", "    ", "> "]),
                        max_size=700).map("".join)


@settings(max_examples=300, deadline=None)
@given(body=MARKUP_HEAVY)
def test_a_short_body_the_budget_passes_at_once_is_within_the_budget_priced_in_full(body):
    """Up to QUICK_CHARS the budget answers without pricing; pricing in full must agree."""
    from standar.read import markup
    body = body[:markup.QUICK_CHARS]
    if markup.budget(body) == []:
        assert markup.priced(body) == [], body


def test_the_dearest_short_bodies_are_within_the_budget():
    """The bound of markup.QUICK_CHARS, on the bodies that come nearest it."""
    from standar.read import markup
    n = markup.QUICK_CHARS
    for body in ("[" * n, "<" * n, "<!--" * (n // 4), ">" * 16 + "\n" + "[" * (n - 17), "[(" * (n // 2),
                 "\n".join([">" * 16] * (n // 17)), "* " * (n // 2)):
        assert len(body) <= n and markup.budget(body) == markup.priced(body) == [], body[:20]
    assert markup.budget("[" * (n * 3)) != []  # beyond it the pricing decides, and refuses
