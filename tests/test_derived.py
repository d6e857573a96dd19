"""Values computed, never typed: step numbers, symbols, flow edges, total time, dates, URLs."""

from __future__ import annotations

import datetime as dt

import pytest

from standar.read import corpus
from standar.model import flow, formatting
from standar.model.urls import page_url, relative
from support import VALID_SOP, make_project

PATH = "standards/dukcapil/sop/penerbitan-akta-kelahiran.md"


@pytest.fixture
def sop(tmp_path):
    (standard,) = corpus.load(make_project(tmp_path, {PATH: VALID_SOP})).standards
    return standard


def test_identity_from_the_folder(sop):
    assert (sop.opd, sop.kind, sop.slug) == ("dukcapil", "sop", "penerbitan-akta-kelahiran")
    assert sop.url == "dukcapil/sop/penerbitan-akta-kelahiran/"


def test_steps_numbered_and_symbols(sop):
    assert [s.number for s in sop.steps] == [1, 2, 3, 4]
    assert [s.symbol for s in sop.steps] == ["terminator", "keputusan", "proses", "terminator"]
    assert sop.steps[0].kelengkapan == ("Formulir F-2.01", "Surat keterangan lahir")


def test_edges_with_decision_labels(sop):
    assert [(e.source, e.target, e.label) for e in sop.edges] == [
        (1, 2, ""), (2, 3, "Ya: lengkap"), (2, 1, "Tidak lengkap"), (3, 4, "")]


def test_total_time_keeps_working_days_apart(sop):
    assert formatting.durasi(sop.timing.main) == "1 hari kerja 1 jam 15 menit"


def test_jump_edge():
    raw = [{"kegiatan": "a", "pelaksana": "A"}, {"kegiatan": "b", "pelaksana": "A", "ke": 4},
           {"kegiatan": "c", "pelaksana": "A"}, {"kegiatan": "d", "pelaksana": "A"}]
    steps = flow.build_steps(raw)
    assert [(e.source, e.target, e.kind) for e in flow.edges(steps)] == [(1, 2, "lanjut"), (2, 4, "lompat"), (3, 4, "lanjut")]
    assert [p for p, _ in flow.problems(raw)] == [("langkah", 2)]  # step 3 is never reached


def test_durations():
    total = flow.parse_duration("90 menit") + flow.parse_duration("1,5 jam") + flow.parse_duration("2 hari")
    assert formatting.durasi(total) == "2 hari 3 jam"
    assert formatting.durasi(flow.Duration()) == "-"
    with pytest.raises(ValueError):
        flow.parse_duration("lima menit")


def test_indonesian_formats():
    assert formatting.tanggal(dt.date(2025, 1, 15)) == "15 Januari 2025"
    assert formatting.angka(1450) == "1.450"
    assert formatting.persen(77.46) == "77,5%"   # EYD V: the sign against the number
    assert formatting.persen(100.0) == "100%"
    assert formatting.persen(None) == "-"


def test_dates_for_review(sop):
    assert sop.last_changed == dt.date(2025, 6, 2)
    assert sop.review_due(12) == dt.date(2026, 6, 2)


def test_urls():
    assert page_url("dinkes/sop/a.md") == "dinkes/sop/a/"
    assert page_url("dinkes/sop/a.md", False) == "dinkes/sop/a.html"
    assert page_url("dinkes/index.md") == "dinkes/"
    assert relative("dinkes/sop/a/", "dukcapil/sop/b/") == "../../../dukcapil/sop/b/"
    assert relative("dinkes/sop/a.html", "index.html") == "../../index.html"
    assert relative("", "assets/logo.svg") == "assets/logo.svg"
