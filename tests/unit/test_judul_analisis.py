"""Headline sentences of the balance, path-to-target and landfill-life slides, from hand-built
results (sampah/judul.py): the numbers a Kepala Dinas quotes, in both languages."""

from __future__ import annotations

from datetime import date

from sampah import judul
from sampah.analisis import umur_tpa
from sampah.analisis.neraca import DILAPORKAN, DITIMBANG, ESTIMASI, Aliran, Neraca
from sampah.analisis.target import Jalur, Sasaran

RPJMN = Sasaran("RPJMN", 2029, "terkelola", 1.0, True, "Perpres 12/2025")


def _neraca(timbulan: float | None, tpa: float, kurang: float) -> Neraca:
    aliran = [
        Aliran("bank_sampah", "pengurangan", kurang, DILAPORKAN),
        Aliran("tpa", "penanganan", tpa, DITIMBANG),
    ]
    if timbulan is not None and timbulan > tpa + kurang:
        aliran.append(Aliran("tak_terkelola", "tak_terkelola", timbulan - tpa - kurang, ESTIMASI))
    return Neraca(timbulan, aliran, 90, tanpa_penduduk=[] if timbulan else ["Alpha"])


def test_balance_sentence_gives_each_fate_its_share():
    # 1,000 t generated: 5 t reduced (0.50%), 700 t landfilled (70.0%), 295 t not managed (29.5%)
    n = _neraca(1000.0, 700.0, 5.0)
    assert judul.neraca(n, "TPA Uji") == (
        "Dari timbulan estimasi 1.000 ton, 0,50% terkurangi, 70,0% ditimbang masuk TPA Uji dan 29,5% tidak "
        "terkelola."
    )
    assert judul.neraca(n, "TPA Uji", "en") == (
        "Of an estimated 1,000 ton generated, 0.50% was reduced, 70.0% weighed into TPA Uji and 29.5% not "
        "managed."
    )


def test_balance_over_100_percent_and_without_population_say_so():
    lebih = _neraca(500.0, 600.0, 10.0)  # 610 t recorded of 500 t estimated: 122%
    assert lebih.status == "lebih"
    assert judul.neraca(lebih, "TPA Uji") == (
        "Yang tercatat (610 ton) adalah 122% dari timbulan estimasi (500 ton): data penduduk atau norma "
        "kg/orang/hari perlu diperiksa."
    )
    tanpa = _neraca(None, 22.0, 2.2)
    assert tanpa.status == "tanpa_timbulan"
    assert judul.neraca(tanpa, "TPA Uji") == (
        "Tercatat 2,2 ton terkurangi dan 22,0 ton ke TPA Uji; tanpa data penduduk, porsinya dari timbulan "
        "belum dapat dihitung."
    )
    assert judul.neraca(Neraca(None, [], 0), "TPA Uji") is None


def test_path_sentence_by_status():
    def j(**kw) -> Jalur:  # noqa: ANN003
        base = dict(
            kini=0.60, perlu_per_tahun=0.10, laju_per_tahun=0.05, tercapai=2034, tercapai_skenario=2034
        )
        return Jalur(RPJMN, **{**base, "status": "berjalan", **kw})

    assert judul.jalur_target(j(), 2060) == (
        "Sampah terkelola 60,00%; target RPJMN 100% pada 2029 menuntut +10,00 poin per tahun, laju sekarang "
        "+5,00 poin: tercapai pada 2034."
    )
    assert judul.jalur_target(j(tercapai=None), 2060, "en") == (
        "Managed waste is 60.00%; the RPJMN target of 100% by 2029 needs +10.00 pts a year, the current pace "
        "is +5.00 pts: not reached before 2060."
    )
    assert judul.jalur_target(j(laju_per_tahun=0.15, tercapai=2028), 2060) == (
        "Sampah terkelola 60,00%; pada laju sekarang (+15,00 poin per tahun) target RPJMN 100% tercapai pada "
        "2028, tidak melewati tenggat 2029."
    )
    assert judul.jalur_target(j(laju_per_tahun=None, tercapai=None), 2060) == (
        "Sampah terkelola 60,00%; target RPJMN 100% pada 2029 menuntut +10,00 poin per tahun."
    )
    assert judul.jalur_target(j(kini=1.0, status="sudah"), 2060).endswith("2029 sudah tercapai.")
    assert "sudah lewat" in judul.jalur_target(j(status="lewat"), 2060)
    assert judul.jalur_target(Jalur(RPJMN, None, None, None, None, None, "tanpa_data"), 2060) is None


def test_landfill_sentence_against_psel():
    # 365,250 t left at 1,000 t/day: 365.25 days from 31 Dec 2026 is 31 Dec 2027; PSEL on 1 Jan 2029
    # is 367 days later: 12 months (30.44-day months)
    u = umur_tpa.hitung(400_000, date(2026, 1, 1), 34_750, date(2026, 12, 31), 1000.0, 0.0, 2029)
    assert u.tanggal_penuh == date(2027, 12, 31)
    assert judul.umur_tpa(u, "TPA Uji") == (
        "TPA Uji penuh sekitar Desember 2027 pada laju sekarang (1.000 ton/hari), 12 bulan sebelum PSEL "
        "beroperasi (2029)."
    )
    u = umur_tpa.hitung(400_000, date(2026, 1, 1), 34_750, date(2026, 12, 31), 1000.0, 0.0, 2027)
    assert judul.umur_tpa(u, "TPA Uji", "en") == (
        "TPA Uji lasts until around December 2027 at the current pace (1,000 ton/day), 12 months after "
        "waste-to-energy starts (2027)."
    )
    u = umur_tpa.hitung(400_000, date(2026, 1, 1), 34_750, date(2026, 12, 31), 1000.0, 0.0, None)
    assert judul.umur_tpa(u, "TPA Uji") == (
        "TPA Uji penuh sekitar Desember 2027 pada laju sekarang (1.000 ton/hari): sisa umur 1,0 tahun."
    )
