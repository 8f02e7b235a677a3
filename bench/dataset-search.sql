-- Test data for bench/dataset-search.sh: an Indonesian migration data catalog of :datasets datasets from 64
-- producers, written straight into data-catalog-service's tables (schema of V1-V4; later columns keep their
-- defaults). Run it on an empty catalog database, before the service starts (its facet index loads every row at
-- startup and afterwards only rows whose updated_at is recent):
--   psql -v ON_ERROR_STOP=1 -v datasets=100000 -d sdmi_catalog_bench -f bench/dataset-search.sql
--
-- Not uniform, so that searching it behaves like searching a real catalog:
-- - producers get a Zipf share (BPS about a fifth, the smallest provincial office a few dozen in 100,000);
-- - each producer mostly writes about its own subjects (BI remittances, UNHCR refugees, IMIGRASI border crossings);
-- - titles and descriptions in Indonesian and English are composed from kinds (Statistik, Survei, Laporan ...),
--   36 subjects, qualifiers (menurut jenis kelamin, by destination country ...), the 38 provinces (BPS codes, as in
--   data-catalog-service/src/main/resources/reference/provinces.csv), years 1990-2025, destination and origin
--   countries, purpose and method sentences: a subject word matches a few percent of the rows, words such as
--   pekerja, migran or provinsi tens of percent, dan or data nearly all;
-- - 1-3 topics (21 slugs), 1-4 GCM objectives, 1-2 MGI domains, 0-4 disaggregations (SEX in about 60%),
--   status mostly PUBLISHED (85%, then DRAFT, SUBMITTED, RETIRED), created and updated over the past five years
--   and never within the last day.
-- Deterministic: the same :datasets gives the same rows on the same day (dates count back from yesterday).
-- bench/SearchBench.java draws its query words from these vocabularies: keep the two in step.

\set ON_ERROR_STOP on
\if :{?datasets}
\else
\set datasets 100000
\endif
SET client_min_messages = warning;
SET work_mem = '64MB';

BEGIN;

DO $$
BEGIN
    IF EXISTS (SELECT FROM dataset) OR EXISTS (SELECT FROM organization) THEN
        RAISE EXCEPTION 'the catalog is not empty: generate into a fresh database';
    END IF;
END $$;

-- a weighted choice: the element at r (0 <= r < 1) of a bucket array where each value repeats by its weight
CREATE FUNCTION pg_temp.pick(anyarray, float8) RETURNS anyelement
    LANGUAGE sql IMMUTABLE AS 'SELECT $1[1 + floor($2 * cardinality($1))::int]';

-- ------------------------------------------------------------------------------------------ vocabularies

-- BPS codes; weight: how often a national producer writes about the province (the main sending and border
-- provinces more)
CREATE TEMP TABLE province (code text PRIMARY KEY, name_id text, name_en text, weight int) ON COMMIT DROP;
INSERT INTO province VALUES
    ('11', 'Aceh', 'Aceh', 2),
    ('12', 'Sumatera Utara', 'North Sumatra', 5),
    ('13', 'Sumatera Barat', 'West Sumatra', 2),
    ('14', 'Riau', 'Riau', 3),
    ('15', 'Jambi', 'Jambi', 1),
    ('16', 'Sumatera Selatan', 'South Sumatra', 2),
    ('17', 'Bengkulu', 'Bengkulu', 1),
    ('18', 'Lampung', 'Lampung', 5),
    ('19', 'Kepulauan Bangka Belitung', 'Bangka Belitung Islands', 1),
    ('21', 'Kepulauan Riau', 'Riau Islands', 5),
    ('31', 'DKI Jakarta', 'Jakarta', 6),
    ('32', 'Jawa Barat', 'West Java', 10),
    ('33', 'Jawa Tengah', 'Central Java', 12),
    ('34', 'Daerah Istimewa Yogyakarta', 'Special Region of Yogyakarta', 2),
    ('35', 'Jawa Timur', 'East Java', 12),
    ('36', 'Banten', 'Banten', 3),
    ('51', 'Bali', 'Bali', 4),
    ('52', 'Nusa Tenggara Barat', 'West Nusa Tenggara', 8),
    ('53', 'Nusa Tenggara Timur', 'East Nusa Tenggara', 6),
    ('61', 'Kalimantan Barat', 'West Kalimantan', 4),
    ('62', 'Kalimantan Tengah', 'Central Kalimantan', 1),
    ('63', 'Kalimantan Selatan', 'South Kalimantan', 1),
    ('64', 'Kalimantan Timur', 'East Kalimantan', 2),
    ('65', 'Kalimantan Utara', 'North Kalimantan', 4),
    ('71', 'Sulawesi Utara', 'North Sulawesi', 2),
    ('72', 'Sulawesi Tengah', 'Central Sulawesi', 1),
    ('73', 'Sulawesi Selatan', 'South Sulawesi', 3),
    ('74', 'Sulawesi Tenggara', 'Southeast Sulawesi', 1),
    ('75', 'Gorontalo', 'Gorontalo', 1),
    ('76', 'Sulawesi Barat', 'West Sulawesi', 1),
    ('81', 'Maluku', 'Maluku', 1),
    ('82', 'Maluku Utara', 'North Maluku', 1),
    ('94', 'Papua', 'Papua', 2),
    ('91', 'Papua Barat', 'West Papua', 1),
    ('95', 'Papua Selatan', 'South Papua', 1),
    ('96', 'Papua Tengah', 'Central Papua', 1),
    ('97', 'Papua Pegunungan', 'Highland Papua', 1),
    ('92', 'Papua Barat Daya', 'Southwest Papua', 1);

-- n: order in titles; qualifier numbers refer to the qualifier table; sensitive subjects are less often open
CREATE TEMP TABLE subject (slug text PRIMARY KEY, weight int, name_id text, name_en text, topics text[],
    gcm int[], mgi text, qualifiers int[], sensitive boolean) ON COMMIT DROP;
INSERT INTO subject VALUES
    ('pekerja-migran', 40, 'Pekerja Migran Indonesia', 'Indonesian Migrant Workers', '{labour-migration}', '{6,5}', 'D6', '{1,2,3,5,6,7,8,9}', false),
    ('penempatan', 30, 'Penempatan Pekerja Migran Indonesia', 'Placements of Indonesian Migrant Workers', '{labour-migration}', '{5,6}', 'D6', '{1,3,5,6,8,9,10,17}', false),
    ('wisatawan-mancanegara', 22, 'Kunjungan Wisatawan Mancanegara', 'International Visitor Arrivals', '{tourism,border-mobility}', '{11}', 'D6', '{1,2,10,11,12}', false),
    ('perlintasan-batas', 20, 'Perlintasan Batas Negara', 'Border Crossings', '{border-mobility}', '{11}', 'D6', '{1,10,11,12}', false),
    ('tenaga-kerja-asing', 16, 'Tenaga Kerja Asing', 'Foreign Workers', '{foreign-workers}', '{5,6}', 'D2', '{1,4,5,8,9,12}', false),
    ('remitansi', 15, 'Remitansi Pekerja Migran', 'Remittances of Migrant Workers', '{remittances}', '{20}', 'D4', '{3,5,10}', false),
    ('kepulangan', 14, 'Kepulangan Pekerja Migran', 'Returns of Migrant Workers', '{return-reintegration,labour-migration}', '{21}', 'D6', '{1,3,5,6,10}', false),
    ('migrasi-internal', 13, 'Migrasi Internal', 'Internal Migration', '{internal-migration,population}', '{1}', 'D4', '{1,2,5,6,7,14}', false),
    ('penduduk', 12, 'Penduduk', 'Population', '{population}', '{1}', 'D4', '{1,2,5,6,14}', false),
    ('pengungsi', 11, 'Pengungsi Luar Negeri', 'Refugees', '{refugees,international-migration}', '{2,7}', 'D5', '{1,2,4,6,15}', true),
    ('perdagangan-orang', 10, 'Tindak Pidana Perdagangan Orang', 'Human Trafficking Cases', '{trafficking}', '{10}', 'D1', '{1,2,5,16}', true),
    ('pengaduan', 9, 'Pengaduan Pekerja Migran', 'Complaints of Migrant Workers', '{labour-migration,consular-protection}', '{7,6}', 'D1', '{1,3,16}', true),
    ('perlindungan-wni', 9, 'Perlindungan Warga Negara Indonesia di Luar Negeri', 'Protection of Indonesian Citizens Abroad', '{consular-protection}', '{14}', 'D1', '{3,16}', false),
    ('izin-tinggal', 8, 'Izin Tinggal Warga Negara Asing', 'Residence Permits of Foreign Nationals', '{residence-permits,international-migration}', '{5}', 'D2', '{1,5,12}', false),
    ('migrasi-risen', 8, 'Migrasi Risen Penduduk', 'Recent Migration of the Population', '{internal-migration,population}', '{1}', 'D4', '{1,2,5,7,14}', false),
    ('diaspora', 7, 'Diaspora Indonesia', 'Indonesian Diaspora', '{diaspora}', '{19}', 'D3', '{3,7,8}', false),
    ('wni-luar-negeri', 7, 'Warga Negara Indonesia di Luar Negeri', 'Indonesian Citizens Abroad', '{diaspora,international-migration}', '{14,19}', 'D3', '{1,3,13}', false),
    ('deportasi', 6, 'Deportasi Warga Negara Indonesia', 'Deportations of Indonesian Citizens', '{return-reintegration}', '{21}', 'D6', '{1,3,10}', true),
    ('perjalanan-luar-negeri', 6, 'Perjalanan Penduduk ke Luar Negeri', 'Outbound Trips of Residents', '{tourism,border-mobility}', '{11}', 'D6', '{3,10,11}', false),
    ('pelatihan-calon-pmi', 6, 'Pelatihan Calon Pekerja Migran', 'Pre-departure Training of Prospective Migrant Workers', '{labour-migration,skills}', '{18,3}', 'D4', '{1,5,8}', false),
    ('transmigrasi', 5, 'Transmigrasi', 'Transmigration', '{internal-migration}', '{2}', 'D4', '{5,6}', false),
    ('pengungsian-bencana', 5, 'Pengungsian Akibat Bencana', 'Disaster Displacement', '{displacement}', '{2}', 'D5', '{1,2,6,15}', false),
    ('reintegrasi', 5, 'Reintegrasi Pekerja Migran Purna', 'Reintegration of Returned Migrant Workers', '{return-reintegration}', '{21}', 'D4', '{1,5,6}', false),
    ('pencari-suaka', 4, 'Pencari Suaka', 'Asylum Seekers', '{refugees}', '{7}', 'D1', '{1,2,4}', true),
    ('penyelundupan-manusia', 4, 'Penyelundupan Manusia', 'Migrant Smuggling', '{trafficking,border-mobility}', '{9}', 'D6', '{4,11,16}', true),
    ('upah-pmi', 4, 'Upah Pekerja Migran', 'Wages of Migrant Workers', '{labour-migration,employment}', '{6}', 'D4', '{1,3,8,9}', false),
    ('perempuan-migran', 4, 'Perempuan Pekerja Migran', 'Women Migrant Workers', '{gender,labour-migration}', '{6,7}', 'D1', '{2,3,8}', false),
    ('visa', 4, 'Penerbitan Visa', 'Visa Issuance', '{border-mobility}', '{5}', 'D2', '{10,12}', false),
    ('dokumen-perjalanan', 3, 'Paspor dan Dokumen Perjalanan', 'Passports and Travel Documents', '{border-mobility}', '{4}', 'D2', '{1,5,10}', false),
    ('kematian-pmi', 3, 'Kematian Pekerja Migran', 'Deaths of Migrant Workers Abroad', '{labour-migration,consular-protection}', '{8}', 'D1', '{1,3,5}', true),
    ('mahasiswa-internasional', 3, 'Mahasiswa Internasional', 'International Students', '{education-mobility}', '{5}', 'D4', '{1,3,4}', false),
    ('kesehatan-migran', 3, 'Kesehatan Pekerja Migran', 'Health of Migrant Workers', '{migrant-health,labour-migration}', '{15}', 'D4', '{1,2,3}', false),
    ('anak-migran', 2, 'Anak Pekerja Migran', 'Children of Migrant Workers', '{child-protection,labour-migration}', '{7}', 'D1', '{2,5,6,7}', true),
    ('awak-kapal', 2, 'Awak Kapal Perikanan Migran', 'Migrant Fishing Crew', '{labour-migration,trafficking}', '{6,10}', 'D1', '{3,9}', false),
    ('pewarganegaraan', 2, 'Pewarganegaraan', 'Naturalisation', '{residence-permits}', '{4}', 'D2', '{12}', false),
    ('mobilitas-seluler', 2, 'Mobilitas Penduduk dari Data Seluler', 'Population Mobility from Mobile Phone Data', '{internal-migration}', '{1}', 'D4', '{5,6,10}', false);

CREATE TEMP TABLE qualifier (n int PRIMARY KEY, name_id text, name_en text, disaggregation text) ON COMMIT DROP;
INSERT INTO qualifier VALUES
    (1, 'menurut Jenis Kelamin', 'by Sex', 'SEX'),
    (2, 'menurut Kelompok Umur', 'by Age Group', 'AGE'),
    (3, 'menurut Negara Tujuan', 'by Destination Country', 'COUNTRY'),
    (4, 'menurut Negara Asal', 'by Country of Origin', 'COUNTRY'),
    (5, 'menurut Provinsi', 'by Province', 'PROVINCE'),
    (6, 'menurut Kabupaten dan Kota', 'by Regency and City', 'REGENCY'),
    (7, 'menurut Pendidikan', 'by Education', 'EDUCATION'),
    (8, 'menurut Jabatan', 'by Occupation', 'OCCUPATION'),
    (9, 'menurut Lapangan Usaha', 'by Industry', 'SECTOR'),
    (10, 'menurut Bulan', 'by Month', NULL),
    (11, 'menurut Pintu Masuk', 'by Port of Entry', NULL),
    (12, 'menurut Kewarganegaraan', 'by Nationality', 'COUNTRY'),
    (13, 'menurut Status Migrasi', 'by Migration Status', 'MIGRATION_STATUS'),
    (14, 'menurut Daerah Perkotaan dan Perdesaan', 'by Urban and Rural Area', 'URBAN_RURAL'),
    (15, 'menurut Status Disabilitas', 'by Disability Status', 'DISABILITY'),
    (16, 'menurut Jenis Kasus', 'by Type of Case', NULL),
    (17, 'menurut Skema Penempatan', 'by Placement Scheme', NULL);

-- source: the source type a kind implies (none: decided by the producer and chance)
CREATE TEMP TABLE kind (n int PRIMARY KEY, weight int, name_id text, name_en text, source text) ON COMMIT DROP;
INSERT INTO kind VALUES
    (1, 20, 'Statistik', 'Statistics on', NULL),
    (2, 18, 'Data', 'Data on', NULL),
    (3, 12, 'Laporan', 'Report on', NULL),
    (4, 8, 'Survei', 'Survey of', 'SURVEY'),
    (5, 2, 'Sensus', 'Census of', 'CENSUS'),
    (6, 5, 'Registrasi', 'Register of', 'REGISTER'),
    (7, 6, 'Rekapitulasi', 'Summary of', NULL),
    (8, 5, 'Profil', 'Profile of', NULL),
    (9, 4, 'Indikator', 'Indicators on', NULL),
    (10, 3, 'Buletin', 'Bulletin on', NULL),
    (11, 3, 'Publikasi', 'Publication on', NULL),
    (12, 4, 'Tabel', 'Tables on', NULL),
    (13, 2, 'Kompilasi Data', 'Data Compilation on', NULL),
    (14, 1, 'Direktori', 'Directory of', 'REGISTER'),
    (15, 2, 'Basis Data', 'Database of', 'REGISTER'),
    (16, 3, 'Analisis', 'Analysis of', NULL),
    (17, 2, 'Estimasi', 'Estimates of', 'SURVEY');

-- destination of Indonesian migrant workers, and origin of refugees, visitors, foreign workers and students
CREATE TEMP TABLE country (name_id text PRIMARY KEY, name_en text, destination int, origin int) ON COMMIT DROP;
INSERT INTO country VALUES
    ('Malaysia', 'Malaysia', 30, 12), ('Taiwan', 'Taiwan', 20, 2), ('Hong Kong', 'Hong Kong', 15, 1),
    ('Arab Saudi', 'Saudi Arabia', 10, 1), ('Singapura', 'Singapore', 8, 8), ('Korea Selatan', 'South Korea', 6, 5),
    ('Jepang', 'Japan', 5, 6), ('Brunei Darussalam', 'Brunei Darussalam', 3, 1), ('Uni Emirat Arab', 'United Arab Emirates', 2, 1),
    ('Qatar', 'Qatar', 2, 0), ('Kuwait', 'Kuwait', 1, 0), ('Turki', 'Turkey', 1, 1), ('Polandia', 'Poland', 1, 0),
    ('Italia', 'Italy', 1, 1), ('Amerika Serikat', 'United States', 1, 4), ('Australia', 'Australia', 1, 10),
    ('Tiongkok', 'China', 0, 12), ('India', 'India', 0, 6), ('Timor Leste', 'Timor-Leste', 0, 4),
    ('Filipina', 'Philippines', 0, 3), ('Afghanistan', 'Afghanistan', 0, 8), ('Somalia', 'Somalia', 0, 3),
    ('Myanmar', 'Myanmar', 0, 5), ('Irak', 'Iraq', 0, 2), ('Sudan', 'Sudan', 0, 2), ('Yaman', 'Yemen', 0, 2),
    ('Sri Lanka', 'Sri Lanka', 0, 2), ('Pakistan', 'Pakistan', 0, 2), ('Belanda', 'Netherlands', 0, 3),
    ('Jerman', 'Germany', 0, 3), ('Inggris', 'United Kingdom', 0, 3), ('Prancis', 'France', 0, 2);

CREATE TEMP TABLE purpose (n int PRIMARY KEY, text_id text, text_en text) ON COMMIT DROP;
INSERT INTO purpose VALUES
    (1, 'Data ini digunakan untuk perencanaan kebijakan perlindungan pekerja migran dan keluarganya.', 'The data are used to plan policies protecting migrant workers and their families.'),
    (2, 'Data mendukung pemantauan capaian Global Compact for Migration di tingkat nasional dan daerah.', 'The data support monitoring of Global Compact for Migration progress at national and local level.'),
    (3, 'Data menjadi rujukan penyusunan Rencana Pembangunan Jangka Menengah.', 'The data inform the National Medium-Term Development Plan.'),
    (4, 'Informasi ini membantu pemerintah daerah merancang layanan terpadu satu atap.', 'This information helps local governments design one-stop integrated services.'),
    (5, 'Data dipakai untuk analisis dampak sosial ekonomi migrasi terhadap rumah tangga.', 'The data are used to analyse the socioeconomic impact of migration on households.'),
    (6, 'Data dimanfaatkan untuk koordinasi lintas kementerian dan lembaga.', 'The data are used for coordination across ministries and agencies.'),
    (7, 'Data menjadi dasar evaluasi program pemberdayaan ekonomi keluarga migran.', 'The data underpin evaluations of economic empowerment programmes for migrant families.'),
    (8, 'Statistik ini melengkapi neraca pembayaran dan analisis arus keuangan lintas negara.', 'These statistics complement the balance of payments and the analysis of cross-border financial flows.'),
    (9, 'Data mendukung pencegahan migrasi tidak prosedural dan penanganan korban.', 'The data support the prevention of irregular migration and assistance to victims.'),
    (10, 'Data digunakan dalam penyusunan profil migrasi Indonesia.', 'The data feed the Migration Profile of Indonesia.'),
    (11, 'Data membantu pemantauan kondisi kerja dan upah layak.', 'The data help monitor working conditions and decent wages.'),
    (12, 'Data tersedia bagi peneliti melalui permintaan resmi.', 'The data are available to researchers on formal request.'),
    (13, 'Data dipakai untuk kesiapsiagaan dan respons krisis kemanusiaan.', 'The data are used for preparedness and response to humanitarian crises.'),
    (14, 'Data mendukung perumusan kebijakan kependudukan dan pembangunan daerah.', 'The data support population and regional development policy.');

CREATE TEMP TABLE method (source text, n int, text_id text, text_en text, PRIMARY KEY (source, n)) ON COMMIT DROP;
INSERT INTO method VALUES
    ('CENSUS', 1, 'Pencacahan lengkap seluruh penduduk dilakukan petugas sensus melalui wawancara langsung dan pengisian mandiri secara daring.', 'A full enumeration of the population was carried out by census officers through face-to-face interviews and online self-enumeration.'),
    ('SURVEY', 1, 'Data dikumpulkan melalui survei rumah tangga dengan sampel berpeluang yang mewakili tingkat provinsi.', 'Data were collected through a household survey with a probability sample representative at province level.'),
    ('SURVEY', 2, 'Wawancara dilakukan terhadap responden terpilih menggunakan kuesioner terstruktur berbasis tablet.', 'Selected respondents were interviewed with a structured tablet-based questionnaire.'),
    ('ADMINISTRATIVE', 1, 'Data dihimpun dari sistem informasi administrasi dan dicatat setiap kali layanan diberikan.', 'Data are compiled from administrative information systems and recorded each time a service is provided.'),
    ('ADMINISTRATIVE', 2, 'Data berasal dari laporan rutin unit pelaksana teknis di daerah yang diverifikasi oleh kantor pusat.', 'Data come from routine reports of regional technical units verified by the head office.'),
    ('ADMINISTRATIVE', 3, 'Data direkam pada aplikasi layanan daring dan diolah menjadi tabel agregat.', 'Data are recorded in the online service application and processed into aggregate tables.'),
    ('REGISTER', 1, 'Data bersumber dari registrasi individu yang diperbarui berkala dan dihubungkan dengan Nomor Induk Kependudukan.', 'Data come from an individual register updated regularly and linked to the national identity number.'),
    ('BIG_DATA', 1, 'Data diolah dari catatan posisi telepon seluler yang dianonimkan dan diagregasi per wilayah.', 'Data are derived from anonymised mobile phone positioning records aggregated by area.'),
    ('OTHER', 1, 'Data disusun dari kompilasi berbagai sumber sekunder, termasuk laporan mitra pembangunan.', 'Data are compiled from various secondary sources, including reports of development partners.');

CREATE TEMP TABLE periodicity (name text PRIMARY KEY, word_id text, word_en text) ON COMMIT DROP;
INSERT INTO periodicity VALUES
    ('MONTHLY', 'bulanan', 'monthly'), ('QUARTERLY', 'triwulanan', 'quarterly'), ('SEMIANNUAL', 'semesteran', 'half-yearly'),
    ('ANNUAL', 'tahunan', 'annual'), ('FIVE_YEARLY', 'lima tahunan', 'five-yearly'), ('DECENNIAL', 'sepuluh tahunan', 'ten-yearly'),
    ('IRREGULAR', 'tidak berkala', 'irregular'), ('ONE_TIME', 'sekali terbit', 'one-off');

CREATE TEMP TABLE disaggregation (name text PRIMARY KEY, n int, weight int, word_id text, word_en text) ON COMMIT DROP;
INSERT INTO disaggregation VALUES
    ('SEX', 1, 0, 'jenis kelamin', 'sex'), ('AGE', 2, 20, 'kelompok umur', 'age group'), ('COUNTRY', 3, 16, 'negara', 'country'),
    ('PROVINCE', 4, 14, 'provinsi', 'province'), ('REGENCY', 5, 10, 'kabupaten dan kota', 'regency and city'),
    ('EDUCATION', 6, 9, 'pendidikan', 'education'), ('OCCUPATION', 7, 8, 'jabatan', 'occupation'),
    ('SECTOR', 8, 8, 'lapangan usaha', 'industry'), ('MIGRATION_STATUS', 9, 5, 'status migrasi', 'migration status'),
    ('DISABILITY', 10, 3, 'disabilitas', 'disability'), ('URBAN_RURAL', 11, 7, 'perkotaan dan perdesaan', 'urban and rural');

CREATE TEMP TABLE topic (slug text PRIMARY KEY, weight int) ON COMMIT DROP;
INSERT INTO topic VALUES
    ('international-migration', 14), ('labour-migration', 12), ('employment', 8), ('population', 8), ('gender', 7),
    ('border-mobility', 6), ('return-reintegration', 5), ('remittances', 5), ('consular-protection', 4),
    ('internal-migration', 4), ('trafficking', 4), ('child-protection', 3), ('skills', 3), ('migrant-health', 3),
    ('diaspora', 3), ('displacement', 2), ('refugees', 2), ('foreign-workers', 2), ('tourism', 2),
    ('residence-permits', 1), ('education-mobility', 1);

-- ------------------------------------------------------------------------------------------ producers

-- rank: Zipf rank of the producer's share of datasets; subjects: what it mostly writes about, the first most
CREATE TEMP TABLE producer (code text PRIMARY KEY, rank int, name_id text, name_en text, type text, sdi_role text,
    region_code text, host text, subjects text[]) ON COMMIT DROP;
INSERT INTO producer VALUES
    ('BPS', 1, 'Badan Pusat Statistik', 'Statistics Indonesia', 'AGENCY', 'WALIDATA', NULL, 'bps.go.id',
        '{penduduk,migrasi-internal,migrasi-risen,wisatawan-mancanegara,perjalanan-luar-negeri,pekerja-migran,remitansi,mobilitas-seluler}'),
    ('BP2MI', 2, 'Badan Pelindungan Pekerja Migran Indonesia', 'Indonesian Migrant Workers Protection Agency', 'AGENCY', 'PRODUSEN_DATA', NULL, 'bp2mi.go.id',
        '{penempatan,pekerja-migran,kepulangan,pengaduan,pelatihan-calon-pmi,kematian-pmi,perempuan-migran,reintegrasi,awak-kapal}'),
    ('IMIGRASI', 3, 'Direktorat Jenderal Imigrasi', 'Directorate General of Immigration', 'AGENCY', 'PRODUSEN_DATA', NULL, 'imigrasi.go.id',
        '{perlintasan-batas,izin-tinggal,visa,deportasi,dokumen-perjalanan,penyelundupan-manusia,tenaga-kerja-asing}'),
    ('KEMNAKER', 4, 'Kementerian Ketenagakerjaan', 'Ministry of Manpower', 'MINISTRY', 'PRODUSEN_DATA', NULL, 'kemnaker.go.id',
        '{tenaga-kerja-asing,penempatan,pelatihan-calon-pmi,upah-pmi,pekerja-migran}'),
    ('KEMLU', 5, 'Kementerian Luar Negeri', 'Ministry of Foreign Affairs', 'MINISTRY', 'PRODUSEN_DATA', NULL, 'kemlu.go.id',
        '{perlindungan-wni,wni-luar-negeri,diaspora,kematian-pmi,deportasi}'),
    ('BI', 9, 'Bank Indonesia', 'Bank Indonesia', 'AGENCY', 'PRODUSEN_DATA', NULL, 'bi.go.id', '{remitansi}'),
    ('IOM', 11, 'Organisasi Internasional untuk Migrasi', 'International Organization for Migration (IOM)', 'INTERNATIONAL_ORGANIZATION', 'PRODUSEN_DATA', NULL, 'indonesia.iom.int',
        '{pengungsi,perdagangan-orang,kepulangan,reintegrasi,pengungsian-bencana,mobilitas-seluler}'),
    ('UNHCR', 12, 'Komisariat Tinggi PBB untuk Pengungsi', 'UN Refugee Agency (UNHCR)', 'INTERNATIONAL_ORGANIZATION', 'PRODUSEN_DATA', NULL, 'unhcr.org',
        '{pengungsi,pencari-suaka}'),
    ('KEMENPPPA', 14, 'Kementerian Pemberdayaan Perempuan dan Perlindungan Anak', 'Ministry of Women''s Empowerment and Child Protection', 'MINISTRY', 'PRODUSEN_DATA', NULL, 'kemenpppa.go.id',
        '{perdagangan-orang,anak-migran,perempuan-migran}'),
    ('BAPPENAS', 15, 'Kementerian PPN/Badan Perencanaan Pembangunan Nasional', 'Ministry of National Development Planning', 'MINISTRY', 'PEMBINA_DATA', NULL, 'bappenas.go.id',
        '{penduduk,migrasi-internal,pekerja-migran,remitansi}'),
    ('KEMENDAGRI', 16, 'Direktorat Jenderal Kependudukan dan Pencatatan Sipil', 'Directorate General of Population and Civil Registration', 'MINISTRY', 'PRODUSEN_DATA', NULL, 'dukcapil.kemendagri.go.id',
        '{penduduk,migrasi-internal,dokumen-perjalanan}'),
    ('KEMENPAREKRAF', 18, 'Kementerian Pariwisata', 'Ministry of Tourism', 'MINISTRY', 'PRODUSEN_DATA', NULL, 'kemenpar.go.id',
        '{wisatawan-mancanegara,perjalanan-luar-negeri}'),
    ('POLRI', 19, 'Kepolisian Negara Republik Indonesia', 'Indonesian National Police', 'AGENCY', 'PRODUSEN_DATA', NULL, 'polri.go.id',
        '{perdagangan-orang,penyelundupan-manusia}'),
    ('KEMENKUMHAM', 21, 'Kementerian Hukum', 'Ministry of Law', 'MINISTRY', 'PRODUSEN_DATA', NULL, 'kemenkum.go.id',
        '{pewarganegaraan,izin-tinggal}'),
    ('KEMENSOS', 23, 'Kementerian Sosial', 'Ministry of Social Affairs', 'MINISTRY', 'PRODUSEN_DATA', NULL, 'kemensos.go.id',
        '{anak-migran,pengungsian-bencana,reintegrasi}'),
    ('BNPB', 25, 'Badan Nasional Penanggulangan Bencana', 'National Disaster Management Agency', 'AGENCY', 'PRODUSEN_DATA', NULL, 'bnpb.go.id',
        '{pengungsian-bencana}'),
    ('ILO', 27, 'Organisasi Perburuhan Internasional', 'International Labour Organization (ILO)', 'INTERNATIONAL_ORGANIZATION', 'PRODUSEN_DATA', NULL, 'ilo.org',
        '{upah-pmi,perempuan-migran,awak-kapal,pekerja-migran}'),
    ('KEMENDESPDTT', 29, 'Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi', 'Ministry of Villages, Development of Disadvantaged Regions and Transmigration', 'MINISTRY', 'PRODUSEN_DATA', NULL, 'kemendesa.go.id',
        '{transmigrasi,migrasi-internal}'),
    ('KEMENKES', 31, 'Kementerian Kesehatan', 'Ministry of Health', 'MINISTRY', 'PRODUSEN_DATA', NULL, 'kemkes.go.id', '{kesehatan-migran}'),
    ('KEMENDIKBUDRISTEK', 33, 'Kementerian Pendidikan Tinggi, Sains, dan Teknologi', 'Ministry of Higher Education, Science and Technology', 'MINISTRY', 'PRODUSEN_DATA', NULL, 'kemdiktisaintek.go.id',
        '{mahasiswa-internasional}'),
    ('UNODC', 35, 'Kantor PBB untuk Narkoba dan Kejahatan', 'UN Office on Drugs and Crime (UNODC)', 'INTERNATIONAL_ORGANIZATION', 'PRODUSEN_DATA', NULL, 'unodc.org',
        '{perdagangan-orang,penyelundupan-manusia}'),
    ('MIGRANT-CARE', 37, 'Perkumpulan Migrant CARE', 'Migrant CARE', 'CIVIL_SOCIETY', 'PRODUSEN_DATA', NULL, 'migrantcare.net',
        '{pengaduan,perempuan-migran,kematian-pmi}'),
    ('SBMI', 39, 'Serikat Buruh Migran Indonesia', 'Indonesian Migrant Workers Union', 'CIVIL_SOCIETY', 'PRODUSEN_DATA', NULL, 'sbmi.or.id',
        '{pengaduan,awak-kapal,perdagangan-orang}'),
    ('DISNAKER-3301', 41, 'Dinas Tenaga Kerja Kabupaten Cilacap', 'Cilacap Regency Manpower Office', 'REGENCY_OFFICE', 'PRODUSEN_DATA', '3301', 'disnaker.cilacapkab.go.id',
        '{pekerja-migran,penempatan,kepulangan,reintegrasi}'),
    ('DISNAKER-3329', 43, 'Dinas Tenaga Kerja Kabupaten Brebes', 'Brebes Regency Manpower Office', 'REGENCY_OFFICE', 'PRODUSEN_DATA', '3329', 'disnaker.brebeskab.go.id',
        '{pekerja-migran,penempatan,kepulangan,reintegrasi}'),
    ('DISNAKER-3324', 45, 'Dinas Tenaga Kerja Kabupaten Kendal', 'Kendal Regency Manpower Office', 'REGENCY_OFFICE', 'PRODUSEN_DATA', '3324', 'disnaker.kendalkab.go.id',
        '{pekerja-migran,penempatan,kepulangan,reintegrasi}');
-- a provincial manpower and transmigration office for each of the 38 provinces; the big sending provinces rank
-- among the national producers, the others after them by weight
INSERT INTO producer
SELECT 'DISNAKERTRANS-' || p.code,
       coalesce(CASE p.code WHEN '33' THEN 6 WHEN '35' THEN 7 WHEN '32' THEN 8 WHEN '52' THEN 10 WHEN '53' THEN 13
           WHEN '18' THEN 17 WHEN '12' THEN 20 WHEN '21' THEN 22 WHEN '31' THEN 24 WHEN '61' THEN 26 WHEN '65' THEN 28
           WHEN '51' THEN 30 WHEN '36' THEN 32 WHEN '73' THEN 34 WHEN '14' THEN 36 END,
           100 + row_number() OVER (ORDER BY p.weight DESC, p.code)),
       'Dinas Tenaga Kerja dan Transmigrasi Provinsi ' || p.name_id,
       p.name_en || ' Manpower and Transmigration Office', 'PROVINCIAL_OFFICE', 'PRODUSEN_DATA', p.code,
       'disnakertrans.' || lower(replace(replace(p.name_id, ' ', ''), 'DKI', '')) || 'prov.go.id',
       '{pekerja-migran,penempatan,kepulangan,transmigrasi,tenaga-kerja-asing,pelatihan-calon-pmi,reintegrasi,pengaduan}'
FROM province p;
-- dense ranks 1..64
UPDATE producer SET rank = r.rank FROM (SELECT code, row_number() OVER (ORDER BY rank, code) AS rank FROM producer) r
WHERE producer.code = r.code;

INSERT INTO organization (code, name_id, name_en, type, sdi_role, region_code, created_at, updated_at)
SELECT code, name_id, name_en, type, sdi_role, region_code,
       date_trunc('day', now()) - interval '6 years' + rank * interval '1 day',
       date_trunc('day', now()) - interval '6 years' + rank * interval '1 day'
FROM producer;

-- ------------------------------------------------------------------------------------------ buckets

-- each value repeated by its weight, for pg_temp.pick; kept in psql variables, so that each query holds them as
-- constants (read from a table, they would be decompressed again for every row); producers by rank
SELECT
    (SELECT array_agg(rank ORDER BY rank, k) FROM producer,
        generate_series(1, greatest(1, round(4000 / rank ^ 1.0 / (SELECT sum(1 / rank ^ 1.0) FROM producer)))::int) k) AS producer_bucket,
    (SELECT array_agg(slug ORDER BY weight DESC, slug) FROM subject, generate_series(1, weight)) AS subject_bucket,
    (SELECT array_agg(n ORDER BY n) FROM kind, generate_series(1, weight)) AS kind_bucket,
    (SELECT array_agg(code ORDER BY code) FROM province, generate_series(1, weight)) AS province_bucket,
    (SELECT array_agg(c.name_id ORDER BY c.name_id) FROM country c, generate_series(1, c.destination)) AS destination_bucket,
    (SELECT array_agg(c.name_id ORDER BY c.name_id) FROM country c, generate_series(1, c.origin)) AS origin_bucket,
    (SELECT array_agg(slug ORDER BY slug) FROM topic, generate_series(1, weight)) AS topic_bucket,
    (SELECT array_agg(name ORDER BY n) FROM disaggregation, generate_series(1, weight)) AS disaggregation_bucket,
    -- GCM objectives 1 (data), 6 (decent work), 7 (vulnerabilities), 10 (trafficking), 21 (return) and 23
    -- (cooperation) more often than the others
    (SELECT array_agg(g ORDER BY g) FROM generate_series(1, 23) g,
        generate_series(1, CASE WHEN g IN (1, 23) THEN 8 WHEN g IN (6, 7, 10, 21) THEN 5 WHEN g IN (2, 3, 5, 17) THEN 3 ELSE 1 END)) AS gcm_bucket
\gset

-- ------------------------------------------------------------------------------------------ datasets

SELECT setseed(0.2025) \gset

-- the chances of each row, drawn once in a fixed order
CREATE TEMP TABLE chance ON COMMIT DROP AS
SELECT i, random() AS producer, random() AS own, random() AS subject, random() AS qualified, random() AS qualifier,
       random() AS kind, random() AS source, random() AS periodicity, random() AS place, random() AS province,
       random() AS level, random() AS year1, random() AS open_ended, random() AS span, random() AS year_form,
       random() AS topic_extra, random() AS topic, random() AS gcm_n, random() AS gcm1, random() AS gcm2,
       random() AS mgi_extra, random() AS mgi, random() AS sex, random() AS d1_on, random() AS d1, random() AS d2_on,
       random() AS d2, random() AS access, random() AS status, random() AS created, random() AS updated,
       random() AS published, random() AS english, random() AS named, random() AS purpose, random() AS purpose2,
       random() AS method, random() AS countries, random() AS country1, random() AS country2, random() AS format,
       random() AS licence, random() AS version
FROM generate_series(1, :datasets) i;

-- what each row is about
CREATE TEMP TABLE draft ON COMMIT DROP AS
SELECT c.*, p.code AS producer_code, p.type AS producer_type, p.region_code AS producer_region, p.host,
       p.name_id AS producer_name_id, p.name_en AS producer_name_en,
       CASE WHEN c.own < 0.75 THEN p.subjects[1 + floor(c.subject ^ 1.5 * cardinality(p.subjects))::int]
            ELSE pg_temp.pick(:'subject_bucket'::text[], c.subject) END AS subject_slug,
       pg_temp.pick(:'kind_bucket'::int[], c.kind) AS kind_n,
       CASE WHEN p.type IN ('PROVINCIAL_OFFICE', 'REGENCY_OFFICE') THEN p.region_code
            WHEN c.place < 0.22 THEN pg_temp.pick(:'province_bucket'::text[], c.province) END AS region,
       1990 + floor(36 * sqrt(c.year1))::int AS y1
FROM chance c JOIN producer p ON p.rank = pg_temp.pick(:'producer_bucket'::int[], c.producer);

CREATE TEMP TABLE shaped ON COMMIT DROP AS
SELECT d.*, s.name_id AS subject_id, s.name_en AS subject_en, s.sensitive,
       q.n AS qualifier_n, q.name_id AS qualifier_id, q.name_en AS qualifier_en, q.disaggregation AS qualifier_disaggregation,
       k.name_id AS kind_id, k.name_en AS kind_en,
       CASE WHEN d.subject_slug = 'mobilitas-seluler' THEN 'BIG_DATA'
            WHEN k.source = 'CENSUS' AND d.producer_code <> 'BPS' THEN 'SURVEY'
            WHEN k.source IS NOT NULL THEN k.source
            WHEN d.producer_code = 'BPS' THEN CASE WHEN d.source < 0.55 THEN 'SURVEY' WHEN d.source < 0.62 THEN 'CENSUS'
                WHEN d.source < 0.90 THEN 'ADMINISTRATIVE' WHEN d.source < 0.95 THEN 'BIG_DATA' ELSE 'OTHER' END
            WHEN d.source < 0.72 THEN 'ADMINISTRATIVE' WHEN d.source < 0.84 THEN 'SURVEY' WHEN d.source < 0.91 THEN 'REGISTER'
            WHEN d.source < 0.93 THEN 'BIG_DATA' ELSE 'OTHER' END AS source_type,
       CASE WHEN d.open_ended < 0.2 THEN NULL ELSE least(2025, d.y1 + floor(d.span ^ 2 * 12)::int) END AS y2,
       CASE WHEN d.producer_type = 'PROVINCIAL_OFFICE' THEN
                CASE WHEN d.level < 0.35 THEN 'PROVINCE' WHEN d.level < 0.80 THEN 'REGENCY' WHEN d.level < 0.93 THEN 'DISTRICT' ELSE 'VILLAGE' END
            WHEN d.producer_type = 'REGENCY_OFFICE' THEN
                CASE WHEN d.level < 0.5 THEN 'REGENCY' WHEN d.level < 0.85 THEN 'DISTRICT' ELSE 'VILLAGE' END
            WHEN d.region IS NOT NULL THEN
                CASE WHEN d.level < 0.4 THEN 'PROVINCE' WHEN d.level < 0.9 THEN 'REGENCY' ELSE 'DISTRICT' END
            ELSE CASE WHEN d.level < 0.35 THEN 'NATIONAL' WHEN d.level < 0.77 THEN 'PROVINCE' WHEN d.level < 0.94 THEN 'REGENCY'
                WHEN d.level < 0.98 THEN 'DISTRICT' ELSE 'VILLAGE' END END AS geographic_level,
       CASE WHEN d.access < CASE WHEN s.sensitive THEN 0.25 ELSE 0.72 END THEN 'OPEN'
            WHEN d.access < CASE WHEN s.sensitive THEN 0.75 ELSE 0.93 END THEN 'RESTRICTED' ELSE 'CLOSED' END AS access_level,
       CASE WHEN d.status < 0.85 THEN 'PUBLISHED' WHEN d.status < 0.91 THEN 'DRAFT' WHEN d.status < 0.96 THEN 'SUBMITTED'
            ELSE 'RETIRED' END AS status_name,
       s.topics || CASE WHEN d.topic_extra < 0.35 AND NOT pg_temp.pick(:'topic_bucket'::text[], d.topic) = ANY (s.topics)
                        THEN ARRAY[pg_temp.pick(:'topic_bucket'::text[], d.topic)] ELSE '{}' END AS topic_list,
       s.gcm AS subject_gcm, pg_temp.pick(:'gcm_bucket'::int[], d.gcm1) AS g1, pg_temp.pick(:'gcm_bucket'::int[], d.gcm2) AS g2,
       ARRAY[s.mgi] || CASE WHEN d.mgi_extra < 0.3 AND 'D' || (1 + floor(d.mgi * 6)::int) <> s.mgi
                            THEN ARRAY['D' || (1 + floor(d.mgi * 6)::int)] ELSE '{}' END AS mgi_list,
       ARRAY[CASE WHEN d.sex < 0.55 THEN 'SEX' END, q.disaggregation,
             CASE WHEN d.d1_on < 0.5 THEN pg_temp.pick(:'disaggregation_bucket'::text[], d.d1) END,
             CASE WHEN d.d2_on < 0.25 THEN pg_temp.pick(:'disaggregation_bucket'::text[], d.d2) END] AS disaggregation_draw,
       pg_temp.pick(:'destination_bucket'::text[], d.country1) AS destination1, pg_temp.pick(:'destination_bucket'::text[], d.country2) AS destination2,
       pg_temp.pick(:'origin_bucket'::text[], d.country1) AS origin1, pg_temp.pick(:'origin_bucket'::text[], d.country2) AS origin2
FROM draft d
JOIN subject s ON s.slug = d.subject_slug
JOIN kind k ON k.n = CASE WHEN d.kind_n = 5 AND d.producer_code <> 'BPS' THEN 1 ELSE d.kind_n END
LEFT JOIN qualifier q ON d.qualified < 0.75 AND q.n = s.qualifiers[1 + floor(d.qualifier * cardinality(s.qualifiers))::int];

CREATE TEMP TABLE described ON COMMIT DROP AS
SELECT s.*,
       CASE s.source_type
           WHEN 'CENSUS' THEN CASE WHEN s.periodicity < 0.7 THEN 'DECENNIAL' ELSE 'FIVE_YEARLY' END
           WHEN 'SURVEY' THEN CASE WHEN s.periodicity < 0.5 THEN 'ANNUAL' WHEN s.periodicity < 0.7 THEN 'SEMIANNUAL'
               WHEN s.periodicity < 0.8 THEN 'QUARTERLY' WHEN s.periodicity < 0.9 THEN 'FIVE_YEARLY' ELSE 'ONE_TIME' END
           WHEN 'ADMINISTRATIVE' THEN CASE WHEN s.periodicity < 0.35 THEN 'MONTHLY' WHEN s.periodicity < 0.55 THEN 'QUARTERLY'
               WHEN s.periodicity < 0.6 THEN 'SEMIANNUAL' WHEN s.periodicity < 0.95 THEN 'ANNUAL' ELSE 'IRREGULAR' END
           WHEN 'REGISTER' THEN CASE WHEN s.periodicity < 0.5 THEN 'MONTHLY' WHEN s.periodicity < 0.8 THEN 'ANNUAL' ELSE 'IRREGULAR' END
           WHEN 'BIG_DATA' THEN CASE WHEN s.periodicity < 0.8 THEN 'MONTHLY' ELSE 'QUARTERLY' END
           ELSE CASE WHEN s.periodicity < 0.5 THEN 'ONE_TIME' ELSE 'IRREGULAR' END END AS periodicity_name,
       -- the drawn disaggregations without repeats, at most four, in the order of the enum
       ARRAY(SELECT g.name FROM disaggregation g WHERE g.name = ANY (s.disaggregation_draw) ORDER BY g.n LIMIT 4) AS disaggregation_list,
       ARRAY(SELECT DISTINCT x FROM unnest(s.subject_gcm || CASE WHEN s.gcm_n < 0.4 THEN '{}'::int[]
           WHEN s.gcm_n < 0.8 THEN ARRAY[s.g1] ELSE ARRAY[s.g1, s.g2] END) x ORDER BY x) AS gcm_list,
       CASE WHEN coalesce(s.y2, 2025) > s.y1 THEN s.y1 || '–' || coalesce(s.y2, 2025)::text ELSE s.y1::text END AS years,
       pr.name_id AS region_id, pr.name_en AS region_en, rg.name_id AS regency_id
FROM shaped s
LEFT JOIN province pr ON pr.code = left(s.region, 2)
LEFT JOIN (VALUES ('3301', 'Cilacap'), ('3329', 'Brebes'), ('3324', 'Kendal')) rg (code, name_id) ON rg.code = s.region;

-- the dates count back from the start of yesterday: nothing is recent for the service's facet index
CREATE TEMP TABLE dated ON COMMIT DROP AS
SELECT d.*, t.created_at, t.created_at + (t.base - t.created_at) * d.updated ^ 3 AS updated_at
FROM described d,
     LATERAL (SELECT date_trunc('day', now()) - interval '1 day' AS base) b,
     LATERAL (SELECT b.base, b.base - interval '5 years' * (1 - sqrt(d.created)) AS created_at) t;

INSERT INTO dataset (id, identifier, producer, title_id, title_en, description_id, description_en, source_type,
    periodicity, topics, gcm_objectives, mgi_domains, temporal_start, temporal_end, geographic_level, region_code,
    disaggregations, access, licence, contact_name, contact_email, distributions, status, return_reasons, created_at,
    created_by, updated_at, published_at, row_version)
SELECT md5('sdmi-bench-dataset-' || d.i)::uuid,
       CASE WHEN d.named < 0.8 THEN lower(d.producer_code) || '-' || d.subject_slug || '-' || d.i END,
       d.producer_code,
       -- Statistik Penempatan Pekerja Migran Indonesia menurut Negara Tujuan Provinsi Jawa Tengah 2019–2024
       concat_ws(' ', d.kind_id, d.subject_id, d.qualifier_id,
           CASE WHEN d.regency_id IS NOT NULL THEN 'Kabupaten ' || d.regency_id WHEN d.region_id IS NOT NULL THEN 'Provinsi ' || d.region_id END,
           CASE WHEN d.year_form < 0.9 THEN d.years END),
       CASE WHEN d.english < CASE WHEN d.producer_type IN ('PROVINCIAL_OFFICE', 'REGENCY_OFFICE') THEN 0.7 ELSE 0.96 END THEN
           concat_ws(', ', concat_ws(' ', d.kind_en, d.subject_en, d.qualifier_en),
               CASE WHEN d.regency_id IS NOT NULL THEN d.regency_id || ' Regency' ELSE d.region_en END,
               CASE WHEN d.year_form < 0.9 THEN d.years END) END,
       concat_ws(' ',
           d.producer_name_id || ' menyajikan data ' || pe.word_id || ' tentang ' || lower(d.subject_id)
               || coalesce(' ' || lower(d.qualifier_id), '')
               || CASE WHEN d.regency_id IS NOT NULL THEN ' di Kabupaten ' || d.regency_id
                       WHEN d.region_id IS NOT NULL THEN ' di Provinsi ' || d.region_id ELSE ' di Indonesia' END
               || ', periode ' || d.y1 || CASE WHEN d.y2 = d.y1 THEN '' ELSE ' sampai ' || coalesce(d.y2::text, 'sekarang') END || '.',
           CASE WHEN d.countries < 0.6 AND d.subject_slug IN ('pekerja-migran', 'penempatan', 'kepulangan', 'remitansi',
                   'pengaduan', 'perlindungan-wni', 'wni-luar-negeri', 'diaspora', 'deportasi', 'perjalanan-luar-negeri',
                   'upah-pmi', 'perempuan-migran', 'kematian-pmi', 'awak-kapal', 'pelatihan-calon-pmi', 'kesehatan-migran')
                THEN 'Negara tujuan utama meliputi ' || d.destination1
                    || CASE WHEN d.destination2 <> d.destination1 THEN ' dan ' || d.destination2 ELSE '' END || '.'
                WHEN d.countries < 0.6 AND d.subject_slug IN ('wisatawan-mancanegara', 'tenaga-kerja-asing', 'pengungsi',
                   'pencari-suaka', 'izin-tinggal', 'mahasiswa-internasional', 'penyelundupan-manusia', 'visa', 'pewarganegaraan')
                THEN 'Sebagian besar berasal dari ' || d.origin1
                    || CASE WHEN d.origin2 <> d.origin1 THEN ' dan ' || d.origin2 ELSE '' END || '.' END,
           m.text_id,
           CASE WHEN cardinality(d.disaggregation_list) > 0 THEN 'Rincian tersedia menurut '
               || (SELECT string_agg(g.word_id, ', ' ORDER BY g.n) FROM disaggregation g WHERE g.name = ANY (d.disaggregation_list)) || '.' END,
           p1.text_id, CASE WHEN d.purpose2 < 0.4 AND p2.n <> p1.n THEN p2.text_id END),
       CASE WHEN d.english < CASE WHEN d.producer_type IN ('PROVINCIAL_OFFICE', 'REGENCY_OFFICE') THEN 0.7 ELSE 0.96 END THEN
           concat_ws(' ',
               'The ' || d.producer_name_en || ' publishes ' || pe.word_en || ' data on ' || lower(d.subject_en)
                   || coalesce(' ' || lower(d.qualifier_en), '')
                   || CASE WHEN d.regency_id IS NOT NULL THEN ' in ' || d.regency_id || ' Regency'
                           WHEN d.region_en IS NOT NULL THEN ' in ' || d.region_en ELSE ' in Indonesia' END
                   || CASE WHEN d.y2 = d.y1 THEN ', in ' || d.y1 ELSE ', from ' || d.y1 || ' to ' || coalesce(d.y2::text, 'the present') END || '.',
               CASE WHEN d.countries < 0.6 AND d.subject_slug IN ('pekerja-migran', 'penempatan', 'kepulangan', 'remitansi',
                       'pengaduan', 'perlindungan-wni', 'wni-luar-negeri', 'diaspora', 'deportasi', 'perjalanan-luar-negeri',
                       'upah-pmi', 'perempuan-migran', 'kematian-pmi', 'awak-kapal', 'pelatihan-calon-pmi', 'kesehatan-migran')
                    THEN 'The main destination countries include ' || c1.name_en
                        || CASE WHEN d.destination2 <> d.destination1 THEN ' and ' || c2.name_en ELSE '' END || '.'
                    WHEN d.countries < 0.6 AND d.subject_slug IN ('wisatawan-mancanegara', 'tenaga-kerja-asing', 'pengungsi',
                       'pencari-suaka', 'izin-tinggal', 'mahasiswa-internasional', 'penyelundupan-manusia', 'visa', 'pewarganegaraan')
                    THEN 'Most come from ' || o1.name_en
                        || CASE WHEN d.origin2 <> d.origin1 THEN ' and ' || o2.name_en ELSE '' END || '.' END,
               m.text_en,
               CASE WHEN cardinality(d.disaggregation_list) > 0 THEN 'Breakdowns are available by '
                   || (SELECT string_agg(g.word_en, ', ' ORDER BY g.n) FROM disaggregation g WHERE g.name = ANY (d.disaggregation_list)) || '.' END,
               p1.text_en, CASE WHEN d.purpose2 < 0.4 AND p2.n <> p1.n THEN p2.text_en END) END,
       d.source_type, d.periodicity_name, d.topic_list, d.gcm_list, d.mgi_list, d.y1, d.y2, d.geographic_level, d.region,
       d.disaggregation_list, d.access_level,
       CASE WHEN d.access_level = 'OPEN' THEN CASE WHEN d.licence < 0.5 THEN 'CC BY 4.0' WHEN d.licence < 0.8 THEN 'Lisensi Terbuka Satu Data Indonesia'
               ELSE 'Ketentuan penggunaan data ' || d.producer_code END
            WHEN d.access_level = 'RESTRICTED' THEN 'Penggunaan terbatas: permintaan tertulis kepada ' || d.producer_code END,
       'Pusat Data dan Informasi ' || d.producer_code, 'data@' || d.host,
       jsonb_build_array(jsonb_build_object(
           'title', CASE WHEN d.access_level = 'OPEN' THEN 'Unduh ' || d.kind_id || ' ' || d.subject_id ELSE 'Permintaan data ' || d.subject_id END,
           'accessUrl', 'https://' || d.host || '/data/' || d.subject_slug || '/' || d.i,
           'downloadUrl', NULL,
           'format', f.format, 'mediaType', f.media_type)),
       d.status_name, NULL::text[], d.created_at, lower(d.producer_code) || '-steward', d.updated_at,
       CASE WHEN d.status_name IN ('PUBLISHED', 'RETIRED') THEN d.created_at + (d.updated_at - d.created_at) * d.published END,
       CASE d.status_name WHEN 'DRAFT' THEN floor(d.version * 3)::int WHEN 'SUBMITTED' THEN 1 + floor(d.version * 3)::int
           WHEN 'PUBLISHED' THEN 3 + floor(d.version ^ 2 * 6)::int ELSE 4 + floor(d.version * 6)::int END
FROM dated d
JOIN periodicity pe ON pe.name = d.periodicity_name
JOIN purpose p1 ON p1.n = 1 + floor(d.purpose * 14)::int
JOIN purpose p2 ON p2.n = 1 + floor(d.purpose2 * 37)::int % 14
JOIN method m ON m.source = d.source_type
    AND m.n = 1 + floor(d.method * (SELECT count(*) FROM method m2 WHERE m2.source = d.source_type))::int
JOIN country c1 ON c1.name_id = d.destination1
JOIN country c2 ON c2.name_id = d.destination2
JOIN country o1 ON o1.name_id = d.origin1
JOIN country o2 ON o2.name_id = d.origin2
JOIN (VALUES (0, 'CSV', 'text/csv'), (1, 'XLSX', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
             (2, 'PDF', 'application/pdf'), (3, 'HTML', 'text/html'), (4, 'JSON', 'application/json')) f (n, format, media_type)
    ON f.n = floor(d.format * 5)::int;

COMMIT;

ANALYZE organization;
ANALYZE dataset;
