-- Every kab/kota of the SIPSN year shown for the period, for choosing peers: size class, whether it
-- is a default peer (sipsn_peer in schema.sql: named in the setting sipsn_pembanding, or same
-- province and size class) and the order the defaults are taken in.
-- params: selesai DATE
-- columns: tahun, kode, kabkota, provinsi, timbulan_ton, kelas, kota_ini, disebut, bawaan, urut
SELECT sipsn_tahun($selesai::DATE) AS tahun, kode, kabkota, provinsi, timbulan_ton, kelas, kota_ini, disebut,
       bawaan, urut
FROM sipsn_peer(sipsn_tahun($selesai::DATE))
ORDER BY urut;
