/**
 * The ministries (kementerian) and agencies (lembaga) assessed in 2022–2024, 25 and 14 of them,
 * with the service units assessed inside each and the service products observed there. They have
 * no official area code, so they are found again by (type, name).
 */
import { randomUUID } from 'node:crypto';
import { InstitutionType, UnitKind, type PrismaClient } from '@patuh/db';
import { bulkInsert } from './bulk.js';
import { INSTITUTION_TABLE, type AssessedBody } from './registry.js';

export interface CentralUnitSpec {
  name: string;
  /** Police resorts and land offices are unit kinds of their own; other central units are OTHER. */
  kind: typeof UnitKind.OTHER | typeof UnitKind.POLRES | typeof UnitKind.KANTAH;
  /** Five per unit, except land offices (two), as the sampling rules say. */
  products: readonly string[];
}

export interface CentralInstitutionSpec {
  name: string;
  type: typeof InstitutionType.KEMENTERIAN | typeof InstitutionType.LEMBAGA;
  units: readonly CentralUnitSpec[];
}

const K = InstitutionType.KEMENTERIAN;
const L = InstitutionType.LEMBAGA;

function unit(name: string, products: readonly string[], kind: CentralUnitSpec['kind'] = UnitKind.OTHER): CentralUnitSpec {
  return { name, kind, products };
}

export const CENTRAL_INSTITUTIONS: readonly CentralInstitutionSpec[] = [
  { type: K, name: 'Kementerian Agama', units: [
    unit('Direktorat Jenderal Penyelenggaraan Haji dan Umrah', ['Pendaftaran Haji Reguler', 'Pembatalan Porsi Haji', 'Izin Penyelenggara Perjalanan Ibadah Umrah', 'Pelimpahan Porsi Haji', 'Pengembalian Setoran Awal']),
    unit('Badan Penyelenggara Jaminan Produk Halal', ['Sertifikasi Halal Reguler', 'Sertifikasi Halal Pernyataan Pelaku Usaha', 'Registrasi Auditor Halal', 'Akreditasi Lembaga Pemeriksa Halal', 'Registrasi Sertifikat Halal Luar Negeri']),
  ] },
  { type: K, name: 'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional', units: [
    unit('Kantor Pertanahan Kota Tangerang Selatan', ['Peralihan Hak Tanah', 'Pendaftaran Tanah Pertama Kali'], UnitKind.KANTAH),
    unit('Kantor Pertanahan Kota Administrasi Jakarta Selatan', ['Peralihan Hak Tanah', 'Pengecekan Sertipikat'], UnitKind.KANTAH),
    unit('Kantor Pertanahan Kota Surabaya I', ['Peralihan Hak Tanah', 'Roya Hak Tanggungan'], UnitKind.KANTAH),
  ] },
  { type: K, name: 'Kementerian Dalam Negeri', units: [
    unit('Direktorat Jenderal Kependudukan dan Pencatatan Sipil', ['Hak Akses Data Kependudukan', 'Konsolidasi Data Kependudukan', 'Penerbitan Blangko KTP-el', 'Verifikasi Data Kependudukan', 'Layanan Identitas Kependudukan Digital']),
    unit('Direktorat Jenderal Politik dan Pemerintahan Umum', ['Surat Keterangan Terdaftar Organisasi Kemasyarakatan', 'Perpanjangan Surat Keterangan Terdaftar', 'Rekomendasi Penelitian', 'Surat Keterangan Organisasi Asing', 'Fasilitasi Penanganan Konflik Sosial']),
  ] },
  { type: K, name: 'Kementerian Hukum dan Hak Asasi Manusia', units: [
    unit('Direktorat Jenderal Imigrasi', ['Paspor Biasa', 'Izin Tinggal Terbatas', 'Visa Kunjungan', 'Izin Masuk Kembali', 'Affidavit Anak Berkewarganegaraan Ganda']),
    unit('Direktorat Jenderal Administrasi Hukum Umum', ['Pengesahan Badan Hukum Perseroan Terbatas', 'Pendaftaran Fidusia', 'Apostille', 'Pengesahan Badan Hukum Yayasan', 'Surat Keterangan Wasiat']),
  ] },
  { type: K, name: 'Kementerian Kesehatan', units: [
    unit('Direktorat Jenderal Kefarmasian dan Alat Kesehatan', ['Izin Edar Alat Kesehatan', 'Izin Edar Perbekalan Kesehatan Rumah Tangga', 'Sertifikat Produksi Alat Kesehatan', 'Sertifikat Distribusi Alat Kesehatan', 'Rekomendasi Impor Alat Kesehatan']),
    unit('Rumah Sakit Umum Pusat Nasional Dr. Cipto Mangunkusumo', ['Pelayanan Rawat Jalan', 'Pelayanan Rawat Inap', 'Pelayanan Gawat Darurat', 'Pelayanan Laboratorium', 'Pelayanan Farmasi']),
  ] },
  { type: K, name: 'Kementerian Keuangan', units: [
    unit('Direktorat Jenderal Pajak', ['Pendaftaran Nomor Pokok Wajib Pajak', 'Pelaporan Surat Pemberitahuan Tahunan', 'Surat Keterangan Fiskal', 'Pengukuhan Pengusaha Kena Pajak', 'Restitusi Pajak']),
    unit('Direktorat Jenderal Bea dan Cukai', ['Pengeluaran Barang Impor', 'Pemberitahuan Ekspor Barang', 'Pemesanan Pita Cukai', 'Nomor Pokok Pengusaha Barang Kena Cukai', 'Pembebasan Bea Masuk']),
  ] },
  { type: K, name: 'Kementerian Ketenagakerjaan', units: [
    unit('Direktorat Jenderal Pembinaan Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja', ['Pengesahan Rencana Penggunaan Tenaga Kerja Asing', 'Surat Izin Perusahaan Penempatan Pekerja Migran', 'Izin Lembaga Penempatan Tenaga Kerja Swasta', 'Kartu Tanda Pencari Kerja', 'Layanan Bursa Kerja']),
    unit('Direktorat Jenderal Pembinaan Hubungan Industrial dan Jaminan Sosial Tenaga Kerja', ['Pengesahan Peraturan Perusahaan', 'Pendaftaran Perjanjian Kerja Bersama', 'Pencatatan Serikat Pekerja', 'Mediasi Perselisihan Hubungan Industrial', 'Pelaporan Wajib Ketenagakerjaan']),
  ] },
  { type: K, name: 'Kementerian Komunikasi dan Informatika', units: [
    unit('Direktorat Jenderal Sumber Daya dan Perangkat Pos dan Informatika', ['Izin Stasiun Radio', 'Sertifikasi Perangkat Telekomunikasi', 'Sertifikat Radio Elektronika dan Operator Radio', 'Izin Amatir Radio', 'Izin Penyelenggaraan Pos']),
    unit('Direktorat Jenderal Aplikasi Informatika', ['Pendaftaran Penyelenggara Sistem Elektronik', 'Normalisasi Akses Situs', 'Pengaduan Konten Negatif', 'Tanda Tangan Elektronik', 'Pendaftaran Nama Domain']),
  ] },
  { type: K, name: 'Kementerian Kelautan dan Perikanan', units: [
    unit('Direktorat Jenderal Perikanan Tangkap', ['Surat Izin Usaha Perikanan', 'Surat Izin Penangkapan Ikan', 'Surat Izin Kapal Pengangkut Ikan', 'Buku Kapal Perikanan', 'Persetujuan Pengadaan Kapal']),
    unit('Badan Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan', ['Sertifikat Kesehatan Ikan', 'Sertifikat Kelayakan Pengolahan', 'Instalasi Karantina Ikan', 'Sertifikat Cara Penanganan Ikan yang Baik', 'Pemeriksaan Media Pembawa']),
  ] },
  { type: K, name: 'Kementerian Lingkungan Hidup dan Kehutanan', units: [
    unit('Direktorat Jenderal Planologi Kehutanan dan Tata Lingkungan', ['Persetujuan Lingkungan', 'Persetujuan Penggunaan Kawasan Hutan', 'Uji Kelayakan Analisis Dampak Lingkungan', 'Persetujuan Pelepasan Kawasan Hutan', 'Registrasi Kompetensi Penyusun Amdal']),
    unit('Direktorat Jenderal Pengelolaan Sampah, Limbah dan Bahan Beracun Berbahaya', ['Rincian Teknis Penyimpanan Limbah B3', 'Registrasi Bahan Berbahaya dan Beracun', 'Notifikasi Ekspor Limbah B3', 'Persetujuan Pengangkutan Limbah B3', 'Izin Pengelolaan Limbah B3']),
  ] },
  { type: K, name: 'Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi', units: [
    unit('Direktorat Jenderal Pendidikan Tinggi, Riset, dan Teknologi', ['Penyetaraan Ijazah Luar Negeri', 'Izin Pembukaan Program Studi', 'Legalisasi Ijazah Perguruan Tinggi', 'Kenaikan Jabatan Akademik Dosen', 'Sertifikasi Dosen']),
    unit('Pusat Asesmen Pendidikan', ['Verifikasi Ijazah', 'Surat Keterangan Pengganti Ijazah', 'Layanan Hasil Asesmen Nasional', 'Layanan Ujian Kesetaraan', 'Penerbitan Sertifikat Hasil Ujian']),
  ] },
  { type: K, name: 'Kementerian Perdagangan', units: [
    unit('Direktorat Jenderal Perdagangan Luar Negeri', ['Persetujuan Impor', 'Persetujuan Ekspor', 'Surat Keterangan Asal', 'Eksportir Terdaftar', 'Laporan Surveyor']),
    unit('Direktorat Jenderal Perlindungan Konsumen dan Tertib Niaga', ['Pengaduan Konsumen', 'Tera dan Tera Ulang', 'Pendaftaran Petunjuk Penggunaan dan Kartu Jaminan', 'Pengujian Mutu Barang', 'Pengawasan Barang Beredar']),
  ] },
  { type: K, name: 'Kementerian Perhubungan', units: [
    unit('Direktorat Jenderal Perhubungan Darat', ['Izin Penyelenggaraan Angkutan Orang', 'Uji Tipe Kendaraan Bermotor', 'Sertifikat Registrasi Uji Tipe', 'Izin Trayek Antarkota Antarprovinsi', 'Kartu Pengawasan']),
    unit('Direktorat Jenderal Perhubungan Laut', ['Buku Pelaut', 'Surat Persetujuan Berlayar', 'Sertifikat Keselamatan Kapal', 'Pengukuran Kapal', 'Pendaftaran Kapal']),
  ] },
  { type: K, name: 'Kementerian Perindustrian', units: [
    unit('Direktorat Jenderal Industri Kimia, Farmasi dan Tekstil', ['Sertifikat Produk Penggunaan Tanda SNI', 'Izin Usaha Industri', 'Pertimbangan Teknis Impor', 'Sertifikat Tingkat Komponen Dalam Negeri', 'Sertifikat Industri Hijau']),
    unit('Balai Besar Standardisasi dan Pelayanan Jasa Industri Kimia, Farmasi dan Kemasan', ['Pengujian Produk', 'Kalibrasi Peralatan', 'Sertifikasi Produk', 'Konsultansi Teknis Industri', 'Pelatihan Teknis']),
  ] },
  { type: K, name: 'Kementerian Pertanian', units: [
    unit('Direktorat Jenderal Prasarana dan Sarana Pertanian', ['Pendaftaran Pupuk', 'Pendaftaran Pestisida', 'Izin Alat dan Mesin Pertanian', 'Rekomendasi Impor Pupuk', 'Rekomendasi Impor Pestisida']),
    unit('Badan Karantina Pertanian', ['Sertifikat Kesehatan Tumbuhan', 'Sertifikat Kesehatan Hewan', 'Pemeriksaan Media Pembawa', 'Penetapan Instalasi Karantina', 'Pelepasan Karantina']),
  ] },
  { type: K, name: 'Kementerian Energi dan Sumber Daya Mineral', units: [
    unit('Direktorat Jenderal Ketenagalistrikan', ['Izin Usaha Penyediaan Tenaga Listrik', 'Sertifikat Laik Operasi', 'Izin Operasi', 'Sertifikat Kompetensi Tenaga Teknik', 'Izin Usaha Jasa Penunjang Tenaga Listrik']),
    unit('Direktorat Jenderal Mineral dan Batubara', ['Izin Usaha Pertambangan', 'Rencana Kerja dan Anggaran Biaya', 'Persetujuan Ekspor Mineral', 'Izin Pengangkutan dan Penjualan', 'Wilayah Izin Usaha Pertambangan']),
  ] },
  { type: K, name: 'Kementerian Sosial', units: [
    unit('Direktorat Jenderal Perlindungan dan Jaminan Sosial', ['Usulan Penerima Bantuan Sosial', 'Sanggahan Data Terpadu Kesejahteraan Sosial', 'Bantuan Korban Bencana', 'Pengangkatan Anak Antarnegara', 'Layanan Pengaduan Bantuan Sosial']),
    unit('Sentra Terpadu Pangudi Luhur Bekasi', ['Rehabilitasi Sosial Penyandang Disabilitas', 'Layanan Lanjut Usia', 'Layanan Anak Memerlukan Perlindungan Khusus', 'Asistensi Rehabilitasi Sosial', 'Layanan Tanggap Darurat']),
  ] },
  { type: K, name: 'Kementerian Pekerjaan Umum dan Perumahan Rakyat', units: [
    unit('Direktorat Jenderal Bina Konstruksi', ['Sertifikat Kompetensi Kerja Konstruksi', 'Sertifikat Badan Usaha Jasa Konstruksi', 'Lisensi Lembaga Sertifikasi Profesi', 'Registrasi Pengalaman Badan Usaha', 'Tanda Daftar Usaha Perseorangan']),
    unit('Direktorat Jenderal Sumber Daya Air', ['Rekomendasi Teknis Penggunaan Sumber Daya Air', 'Izin Penggunaan Sumber Daya Air', 'Persetujuan Pemanfaatan Ruang Sungai', 'Rekomendasi Teknis Bendungan', 'Data Hidrologi']),
  ] },
  { type: K, name: 'Kementerian Investasi/Badan Koordinasi Penanaman Modal', units: [
    unit('Direktorat Pelayanan Perizinan Berusaha', ['Nomor Induk Berusaha', 'Fasilitas Pembebasan Bea Masuk Mesin', 'Izin Kantor Perwakilan Perusahaan Asing', 'Perizinan Berusaha Berbasis Risiko', 'Laporan Kegiatan Penanaman Modal']),
  ] },
  { type: K, name: 'Kementerian Koperasi dan Usaha Kecil dan Menengah', units: [
    unit('Deputi Bidang Perkoperasian', ['Pengesahan Akta Pendirian Koperasi', 'Perubahan Anggaran Dasar Koperasi', 'Izin Usaha Simpan Pinjam', 'Nomor Induk Koperasi', 'Pembubaran Koperasi']),
  ] },
  { type: K, name: 'Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi', units: [
    unit('Direktorat Jenderal Pembangunan dan Pengembangan Kawasan Transmigrasi', ['Sertifikat Hak Milik Lahan Transmigrasi', 'Pendaftaran Calon Transmigran', 'Bantuan Sarana Produksi', 'Layanan Pengaduan Transmigran', 'Penyerahan Kawasan Transmigrasi']),
  ] },
  { type: K, name: 'Kementerian Luar Negeri', units: [
    unit('Direktorat Perlindungan Warga Negara Indonesia dan Badan Hukum Indonesia', ['Legalisasi Dokumen', 'Perlindungan Warga Negara di Luar Negeri', 'Repatriasi', 'Pengaduan Warga Negara Indonesia', 'Lapor Diri']),
    unit('Direktorat Fasilitas Diplomatik', ['Visa Diplomatik dan Dinas', 'Kartu Identitas Diplomatik', 'Pembebasan Pajak Fasilitas Diplomatik', 'Izin Terbang Diplomatik', 'Registrasi Kendaraan Diplomatik']),
  ] },
  { type: K, name: 'Kementerian Pariwisata dan Ekonomi Kreatif', units: [
    unit('Deputi Bidang Industri dan Investasi', ['Sertifikasi Usaha Pariwisata', 'Standardisasi Usaha Pariwisata', 'Registrasi Lembaga Sertifikasi Usaha', 'Fasilitasi Kekayaan Intelektual', 'Pendaftaran Usaha Pariwisata']),
  ] },
  { type: K, name: 'Kementerian Pemuda dan Olahraga', units: [
    unit('Deputi Bidang Peningkatan Prestasi Olahraga', ['Rekomendasi Penyelenggaraan Kejuaraan Internasional', 'Rekomendasi Visa Atlet Asing', 'Penghargaan Olahraga', 'Rekomendasi Bebas Bea Masuk Peralatan Olahraga', 'Pendaftaran Induk Organisasi Olahraga']),
  ] },
  { type: K, name: 'Kementerian Badan Usaha Milik Negara', units: [
    unit('Deputi Bidang Hukum dan Peraturan Perundang-undangan', ['Pengaduan Masyarakat', 'Layanan Informasi Publik', 'Konsultasi Hukum', 'Fasilitasi Penyelesaian Sengketa', 'Pendampingan Hukum']),
  ] },

  { type: L, name: 'Kepolisian Negara Republik Indonesia', units: [
    unit('Polres Metro Jakarta Selatan', ['Surat Izin Mengemudi', 'Surat Keterangan Catatan Kepolisian', 'Surat Tanda Nomor Kendaraan', 'Laporan Polisi', 'Surat Tanda Penerimaan Laporan Kehilangan'], UnitKind.POLRES),
    unit('Polres Tangerang Selatan', ['Surat Izin Mengemudi', 'Surat Keterangan Catatan Kepolisian', 'Surat Tanda Nomor Kendaraan', 'Laporan Polisi', 'Surat Tanda Penerimaan Laporan Kehilangan'], UnitKind.POLRES),
    unit('Polrestabes Surabaya', ['Surat Izin Mengemudi', 'Surat Keterangan Catatan Kepolisian', 'Surat Tanda Nomor Kendaraan', 'Laporan Polisi', 'Surat Tanda Penerimaan Laporan Kehilangan'], UnitKind.POLRES),
  ] },
  { type: L, name: 'Badan Pengawas Obat dan Makanan', units: [
    unit('Direktorat Registrasi Pangan Olahan', ['Nomor Izin Edar Pangan Olahan', 'Surat Keterangan Impor', 'Sertifikat Cara Produksi Pangan Olahan yang Baik', 'Perubahan Data Izin Edar', 'Pendaftaran Ulang Izin Edar']),
    unit('Balai Besar POM di Jakarta', ['Pengujian Sampel', 'Sertifikasi Sarana Produksi', 'Pengaduan Konsumen', 'Informasi Obat dan Makanan', 'Pemeriksaan Sarana Distribusi']),
  ] },
  { type: L, name: 'Badan Kepegawaian Negara', units: [
    unit('Direktorat Pengadaan dan Kepangkatan', ['Pertimbangan Teknis Kenaikan Pangkat', 'Penetapan Nomor Induk Pegawai', 'Peninjauan Masa Kerja', 'Pencantuman Gelar', 'Mutasi Antarinstansi']),
    unit('Direktorat Pensiun Pegawai Negeri Sipil dan Pejabat Negara', ['Penetapan Pensiun', 'Pensiun Janda/Duda', 'Pensiun Dini', 'Ralat Surat Keputusan Pensiun', 'Pensiun Yatim Piatu']),
  ] },
  { type: L, name: 'Badan Pusat Statistik', units: [
    unit('Pusat Pelayanan Statistik Terpadu', ['Konsultasi Statistik', 'Penjualan Publikasi Statistik', 'Data Mikro', 'Rekomendasi Kegiatan Statistik', 'Perpustakaan Statistik']),
  ] },
  { type: L, name: 'Badan Nasional Penanggulangan Bencana', units: [
    unit('Kedeputian Bidang Penanganan Darurat', ['Bantuan Dana Siap Pakai', 'Bantuan Logistik', 'Layanan Informasi Kebencanaan', 'Bantuan Peralatan', 'Pendampingan Penanganan Darurat']),
  ] },
  { type: L, name: 'Badan Pelindungan Pekerja Migran Indonesia', units: [
    unit('Direktorat Penempatan', ['Verifikasi Dokumen Calon Pekerja Migran', 'Pengesahan Perjanjian Kerja', 'Kartu Pekerja Migran Indonesia', 'Orientasi Pra Pemberangkatan', 'Pengaduan Pekerja Migran']),
  ] },
  { type: L, name: 'Badan Meteorologi, Klimatologi, dan Geofisika', units: [
    unit('Pusat Layanan Informasi Meteorologi', ['Informasi Cuaca Khusus', 'Data Iklim', 'Informasi Gempa Bumi', 'Kalibrasi Alat Meteorologi', 'Konsultasi Meteorologi']),
  ] },
  { type: L, name: 'Badan Siber dan Sandi Negara', units: [
    unit('Balai Sertifikasi Elektronik', ['Sertifikat Elektronik', 'Pencabutan Sertifikat Elektronik', 'Verifikasi Tanda Tangan Elektronik', 'Registrasi Instansi', 'Layanan Bantuan Teknis']),
  ] },
  { type: L, name: 'Badan Narkotika Nasional', units: [
    unit('Deputi Bidang Rehabilitasi', ['Rehabilitasi Rawat Jalan', 'Rehabilitasi Rawat Inap', 'Asesmen Terpadu', 'Surat Keterangan Hasil Pemeriksaan Narkotika', 'Layanan Pascarehabilitasi']),
  ] },
  { type: L, name: 'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah', units: [
    unit('Direktorat Pengembangan Sistem Katalog', ['Pencantuman Produk Katalog Elektronik', 'Registrasi Penyedia', 'Konsultasi Pengadaan', 'Pengaduan Pengadaan', 'Sertifikasi Kompetensi Pengadaan']),
  ] },
  { type: L, name: 'Badan Informasi Geospasial', units: [
    unit('Pusat Pelayanan dan Pengelolaan Data Geospasial', ['Penjualan Peta Rupa Bumi', 'Data Geospasial Dasar', 'Asistensi Informasi Geospasial Tematik', 'Kalibrasi Alat Survei', 'Konsultasi Geospasial']),
  ] },
  { type: L, name: 'Badan Standardisasi Nasional', units: [
    unit('Komite Akreditasi Nasional', ['Akreditasi Laboratorium', 'Akreditasi Lembaga Sertifikasi', 'Akreditasi Lembaga Inspeksi', 'Perpanjangan Akreditasi', 'Penjualan Dokumen SNI']),
  ] },
  { type: L, name: 'Badan Pengawas Tenaga Nuklir', units: [
    unit('Direktorat Perizinan Fasilitas Radiasi dan Zat Radioaktif', ['Izin Pemanfaatan Sumber Radiasi Pengion', 'Surat Izin Bekerja Petugas Proteksi Radiasi', 'Izin Impor Zat Radioaktif', 'Persetujuan Pengiriman Zat Radioaktif', 'Izin Penghentian Fasilitas']),
  ] },
  { type: L, name: 'Arsip Nasional Republik Indonesia', units: [
    unit('Direktorat Layanan dan Pemanfaatan', ['Layanan Akses Arsip Statis', 'Reproduksi Arsip', 'Autentikasi Arsip', 'Layanan Penelusuran Arsip', 'Kunjungan Diorama Sejarah']),
  ] },
];

export interface CentralInstitution extends AssessedBody {
  spec: CentralInstitutionSpec;
}

/** Writes the ministries and agencies. */
export async function seedMinistries(prisma: PrismaClient): Promise<CentralInstitution[]> {
  const seeded = CENTRAL_INSTITUTIONS.map((spec) => ({
    id: randomUUID(),
    key: spec.name,
    code: null,
    name: spec.name,
    type: spec.type,
    provinceCode: null,
    spec,
  }));
  await bulkInsert(prisma, INSTITUTION_TABLE, seeded);
  return seeded;
}
