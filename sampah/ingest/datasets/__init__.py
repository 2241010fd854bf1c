"""One module per dataset a DLH can import. Each declares `DATASET` (sampah.ingest.deklarasi.Dataset):
its columns with their header aliases, target table, key and load mode, rules, and the typed function
`susun(k: Konteks) -> list[Muatan]` that assembles the parsed rows into rows of its tables.
`sampah/ingest/dataset.py` collects them into DATASETS, the one registry.
"""
