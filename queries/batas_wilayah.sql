-- Official boundaries loaded on Kelola Data (EPSG:4326 GeoJSON geometries), if any.
-- columns: kode, tingkat, geojson
SELECT kode, tingkat, geojson FROM batas_wilayah ORDER BY tingkat, kode;
