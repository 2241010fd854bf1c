"""Calendar facts that shape waste flows: Idul Fitri (Lebaran) and the rainy season."""

from __future__ import annotations

from datetime import date

# 1 Syawal per SKB 3 Menteri (government holiday decrees)
LEBARAN: dict[int, date] = {
    y: date.fromisoformat(d)
    for y, d in {
        2014: "2014-07-28",
        2015: "2015-07-17",
        2016: "2016-07-06",
        2017: "2017-06-25",
        2018: "2018-06-15",
        2019: "2019-06-05",
        2020: "2020-05-24",
        2021: "2021-05-13",
        2022: "2022-05-02",
        2023: "2023-04-22",
        2024: "2024-04-10",
        2025: "2025-03-31",
        2026: "2026-03-20",
        2027: "2027-03-10",
    }.items()
}

BULAN_HUJAN = (11, 12, 1, 2, 3)  # western Java's wet season, November to March (BMKG climatology)
