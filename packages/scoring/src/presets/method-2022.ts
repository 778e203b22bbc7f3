/**
 * The 2022–2024 method ("Opini Pengawasan Penyelenggaraan Pelayanan Publik"): four dimensions,
 * grades A–E, a body's score the plain mean of its units' scores. The same indicators were used in
 * 2023 and 2024.
 *
 * Published: the dimension weights (Input 21.85, Proses 32.37, Output 24.24, Pengaduan 21.54), the
 * number of indicators per dimension, the weight of "knowing the 14 components" (12.22 % of Input),
 * the grade bands. Inferred: variable weights and the other indicator weights (equal shares), and the
 * wording of indicators known only by their description; see `notes`.
 */
import type { Dimension, Indicator, Methodology } from '../methodology/types.js';
import {
  GRADE_BANDS_2022,
  ORDINAL_KNOWLEDGE_0_3,
  ORDINAL_PROVISION_0_3,
  ORDINAL_PUBLICATION_0_3,
  USER_PERCEPTION_1_4,
  YES_NO,
} from './common.js';

function knowledge(code: string, weight: number, id: string, en: string): Indicator {
  return { code, title: { id, en }, weight, scale: ORDINAL_KNOWLEDGE_0_3, source: 'STAFF_INTERVIEW' };
}

function provision(code: string, weight: number, id: string, en: string, allowNotApplicable = false): Indicator {
  return {
    code,
    title: { id, en },
    weight,
    scale: ORDINAL_PROVISION_0_3,
    source: 'DOCUMENT',
    ...(allowNotApplicable ? { allowNotApplicable } : {}),
  };
}

function published(code: string, weight: number, id: string, en: string): Indicator {
  return { code, title: { id, en }, weight, scale: ORDINAL_PUBLICATION_0_3, source: 'OBSERVATION' };
}

function perception(code: string, id: string, en: string): Indicator {
  return { code, title: { id, en }, weight: 20, scale: USER_PERCEPTION_1_4, source: 'USER_INTERVIEW' };
}

/** Input: staff competence (6 indicators) and facilities (9), as in 2023. */
export const INPUT_2023: Dimension = {
  code: 'INPUT',
  title: { id: 'Input', en: 'Input' },
  description: {
    id: 'Kompetensi pelaksana dan sarana prasarana, dari wawancara pelaksana dan dokumen',
    en: 'Staff competence and facilities, from staff interviews and documents',
  },
  weight: 21.85,
  variables: [
    {
      code: 'IN-KOM',
      title: { id: 'Kompetensi Pelaksana', en: 'Staff competence' },
      weight: 50,
      indicators: [
        knowledge(
          'IN-KOM-01',
          24.44,
          'Pengetahuan pelaksana atas 14 komponen standar pelayanan (ditanyakan secara lisan)',
          'Staff know the 14 components of the service standard (asked orally)',
        ),
        knowledge('IN-KOM-02', 15.11, 'Pengetahuan pelaksana atas tugas dan fungsinya', 'Staff know their duties'),
        knowledge('IN-KOM-03', 15.11, 'Pengetahuan pelaksana tentang Ombudsman RI', 'Staff know the Ombudsman'),
        knowledge(
          'IN-KOM-04',
          15.11,
          'Pengetahuan pelaksana atas jenis-jenis maladministrasi',
          'Staff know the kinds of maladministration',
        ),
        knowledge(
          'IN-KOM-05',
          15.11,
          'Pengetahuan pelaksana atas rekomendasi Ombudsman',
          "Staff know the Ombudsman's recommendations",
        ),
        knowledge(
          'IN-KOM-06',
          15.12,
          'Pengetahuan pelaksana atas maklumat pelayanan',
          'Staff know the service pledge (maklumat)',
        ),
      ],
    },
    {
      code: 'IN-SAR',
      title: { id: 'Sarana Prasarana dan Pengelolaan Pelaksana', en: 'Facilities and staff management' },
      weight: 50,
      indicators: [
        provision(
          'IN-SAR-01',
          11.11,
          'Sarana prasarana pelayanan khusus bagi kelompok rentan',
          'Facilities for vulnerable groups',
          true,
        ),
        provision('IN-SAR-02', 11.11, 'Frekuensi pengawasan internal', 'Frequency of internal supervision'),
        provision(
          'IN-SAR-03',
          11.11,
          'Jumlah pelaksana sesuai analisis beban kerja',
          'Staffing based on a workload analysis',
        ),
        provision('IN-SAR-04', 11.11, 'Kompensasi pelayanan', 'Compensation for failed service', true),
        provision(
          'IN-SAR-05',
          11.11,
          'Jaminan keamanan dan keselamatan pelayanan',
          'Security and safety guarantee',
        ),
        provision('IN-SAR-06', 11.11, 'Evaluasi kinerja pelaksana', 'Staff performance evaluation'),
        provision('IN-SAR-07', 11.11, 'Sarana, prasarana dan/atau fasilitas pelayanan', 'Service facilities'),
        provision('IN-SAR-08', 11.11, 'Jaminan pelayanan', 'Service guarantee'),
        provision('IN-SAR-09', 11.12, 'Peningkatan kompetensi pelaksana', 'Staff competence development'),
      ],
    },
  ],
};

/** Proses: the service standard per Law 25/2009 art. 21 and the service pledge (11 indicators). */
export const PROSES_2023: Dimension = {
  code: 'PROSES',
  title: { id: 'Proses', en: 'Process' },
  description: {
    id: 'Standar pelayanan (UU 25/2009 pasal 21) dan maklumat pelayanan, dari observasi produk layanan',
    en: 'Service standard (Law 25/2009 art. 21) and service pledge, from observation of service products',
  },
  weight: 32.37,
  variables: [
    {
      code: 'PR-STD',
      title: { id: 'Standar Pelayanan', en: 'Service standard' },
      weight: 90.91,
      indicators: [
        published('PR-STD-01', 10, 'Dasar hukum', 'Legal basis'),
        published('PR-STD-02', 10, 'Persyaratan', 'Requirements'),
        published('PR-STD-03', 10, 'Sistem, mekanisme dan prosedur', 'System, mechanism and procedure'),
        published('PR-STD-04', 10, 'Jangka waktu penyelesaian', 'Completion time'),
        published('PR-STD-05', 10, 'Biaya/tarif', 'Cost/tariff'),
        published('PR-STD-06', 10, 'Produk pelayanan', 'Service product'),
        published('PR-STD-07', 10, 'Sarana, prasarana dan/atau fasilitas', 'Facilities'),
        published(
          'PR-STD-08',
          10,
          'Penanganan pengaduan, saran dan masukan',
          'Handling of complaints, suggestions and input',
        ),
        published('PR-STD-09', 10, 'Jaminan pelayanan', 'Service guarantee'),
        published('PR-STD-10', 10, 'Jaminan keamanan dan keselamatan pelayanan', 'Security and safety guarantee'),
      ],
    },
    {
      code: 'PR-MAK',
      title: { id: 'Maklumat Pelayanan', en: 'Service pledge' },
      weight: 9.09,
      indicators: [published('PR-MAK-01', 100, 'Maklumat pelayanan', 'Service pledge (maklumat pelayanan)')],
    },
  ],
};

/** Output: users' perception of maladministration (5 indicators). */
export const OUTPUT_2023: Dimension = {
  code: 'OUTPUT',
  title: { id: 'Output', en: 'Output' },
  description: {
    id: 'Persepsi pengguna layanan atas maladministrasi, dari wawancara pengguna layanan',
    en: "Users' perception of maladministration, from user interviews",
  },
  weight: 24.24,
  variables: [
    {
      code: 'OUT-PER',
      title: { id: 'Persepsi Maladministrasi', en: 'Perceived maladministration' },
      weight: 100,
      indicators: [
        perception('OUT-PER-01', 'Penundaan berlarut', 'Undue delay'),
        perception('OUT-PER-02', 'Permintaan imbalan uang, barang dan jasa', 'Request for money, goods or services'),
        perception('OUT-PER-03', 'Penyimpangan prosedur', 'Deviation from procedure'),
        perception('OUT-PER-04', 'Pelaksana tidak kompeten', 'Incompetent staff'),
        perception('OUT-PER-05', 'Perilaku tidak patut', 'Inappropriate conduct'),
      ],
    },
  ],
};

/** The complaint-handling indicators (6), also the core of the 2025 Pengaduan dimension. */
export const COMPLAINT_HANDLING_2023: readonly Indicator[] = [
  {
    code: 'PNG-PEN-01',
    title: { id: 'Sarana pengaduan tersedia', en: 'A complaint channel is available' },
    weight: 16.67,
    scale: YES_NO,
    source: 'COMPLAINT_OFFICIAL_INTERVIEW',
  },
  {
    code: 'PNG-PEN-02',
    title: { id: 'Prosedur pengelolaan pengaduan', en: 'Complaint handling procedure' },
    weight: 16.67,
    scale: ORDINAL_PROVISION_0_3,
    source: 'COMPLAINT_OFFICIAL_INTERVIEW',
  },
  {
    code: 'PNG-PEN-03',
    title: { id: 'Petugas pengelola pengaduan ditetapkan', en: 'Appointed complaint officers' },
    weight: 16.67,
    scale: ORDINAL_PROVISION_0_3,
    source: 'COMPLAINT_OFFICIAL_INTERVIEW',
  },
  {
    code: 'PNG-PEN-04',
    title: { id: 'Pencatatan pengaduan', en: 'Recording of complaints' },
    weight: 16.67,
    scale: ORDINAL_PROVISION_0_3,
    source: 'COMPLAINT_OFFICIAL_INTERVIEW',
  },
  {
    code: 'PNG-PEN-05',
    title: { id: 'Tindak lanjut dan jawaban kepada pengadu', en: 'Follow-up and reply to complainants' },
    weight: 16.66,
    scale: ORDINAL_PROVISION_0_3,
    source: 'COMPLAINT_OFFICIAL_INTERVIEW',
  },
  {
    code: 'PNG-PEN-06',
    title: { id: 'Evaluasi dan pelaporan pengaduan berkala', en: 'Periodic evaluation and reporting of complaints' },
    weight: 16.66,
    scale: ORDINAL_PROVISION_0_3,
    source: 'COMPLAINT_OFFICIAL_INTERVIEW',
  },
];

/** Pengaduan: complaint handling (6 indicators). */
export const PENGADUAN_2023: Dimension = {
  code: 'PENGADUAN',
  title: { id: 'Pengaduan', en: 'Complaint handling' },
  description: {
    id: 'Pengelolaan pengaduan, dari wawancara pejabat pengelola pengaduan',
    en: 'Complaint handling, from interviews with complaint officials',
  },
  weight: 21.54,
  variables: [
    {
      code: 'PNG-PEN',
      title: { id: 'Pengelolaan Pengaduan', en: 'Complaint management' },
      weight: 100,
      indicators: COMPLAINT_HANDLING_2023,
    },
  ],
};

export const METHOD_2022: Methodology = {
  schemaVersion: 1,
  id: 'METHOD_2022',
  version: '2023.1',
  title: {
    id: 'Opini Pengawasan Penyelenggaraan Pelayanan Publik 2022–2024',
    en: 'Public Service Supervision Opinion 2022–2024',
  },
  description: {
    id: 'Empat dimensi (Input, Proses, Output, Pengaduan); nilai instansi adalah rata-rata nilai unit layanan; predikat A–E.',
    en: "Four dimensions (Input, Process, Output, Complaint handling); a body's score is the mean of its units' scores; grades A–E.",
  },
  years: [2022, 2023, 2024],
  weightTolerance: 0,
  notApplicableRule: 'REDISTRIBUTE_TO_SIBLINGS',
  dimensions: [INPUT_2023, PROSES_2023, OUTPUT_2023, PENGADUAN_2023],
  institutionAggregation: 'MEAN_OF_UNITS',
  gradeBands: GRADE_BANDS_2022,
  notes: [
    {
      id: 'Bobot dimensi, jumlah indikator, bobot pengetahuan 14 komponen (12,22% dari Input) dan rentang predikat sesuai publikasi Ombudsman; batas bawah predikat B disimpulkan dari kasus yang dipublikasikan.',
      en: 'Dimension weights, indicator counts, the weight of knowing the 14 components (12.22% of Input) and the grade bands are as published; the lower bound of grade B is inferred from published cases.',
    },
    {
      id: 'Bobot variabel dan bobot indikator lainnya dibagi rata (disimpulkan); skala 0–3 mengikuti salah satu kantor perwakilan.',
      en: 'Variable weights and the other indicator weights are equal shares (inferred); the 0–3 scales follow one regional office.',
    },
  ],
};
