"""Boundary files and area tables as DLH staff have them, placed only where code, name and location
agree (issue #13). Nothing here imports Streamlit; messages are (key, values) pairs of
sampah/teks/batas.py.

    skema.py    recognise a property/column schema by its headers (Kemendagri, HDX COD-AB, BPS, BIG
                RBI, the project's own CSVs, the national reference) or a user's mapping -> readings
    daerah.py   the areas a file is matched against: the store's, or the reference's for a new city
    tingkat.py  the level of a layer (kecamatan / kelurahan) from codes, schema and names
    cocok.py    per feature: the code reading (either system, via the crosswalk), the name reading
                (within its parent) and the location reading must name the same area
    higiene.py  the one place geometry is validated: polygons only, repaired, inside Indonesia,
                simplified once, area and reference point
    kota.py     a store without areas: which kab/kota a file covers, its areas from the reference
    impor.py    a boundary layer -> rows of batas_wilayah (+ areas filled or created)
    tata.py     the layout check for areas without a reference point (a new city)
    baris.py    the rows a placed layer writes
"""
