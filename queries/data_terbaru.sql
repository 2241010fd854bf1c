-- The newest date and row count of each dataset.
-- columns: dataset, terbaru, baris
SELECT dataset, terbaru, baris FROM v_data_terbaru ORDER BY dataset;
