"""Analyses of the Target & Neraca page (issue #16): pure functions, DataFrames in, results out.

    neraca    waste balance: estimated generation against its recorded fates, each flow graded
    target    targets as data, the rate each needs, the year it is reached, planner scenarios
    adipura   Adipura 2025 band from the processing share and the landfill type
    umur_tpa  landfill life at the current pace, against the PSEL start
    emisi     indicative emissions avoided: IPCC 2006 first-order decay and EPA WARM credits
    lembar_sipsn  the city's semester figures in SIPSN's input terms as an XLSX sheet

The data come from named queries (queries/neraca_*.sql, target_acuan.sql, emisi_*.sql, ...) over
the metric macros and views of sampah/schema.sql; nothing here imports Streamlit.
"""
