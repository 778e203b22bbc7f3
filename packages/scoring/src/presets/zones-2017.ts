/**
 * The 2017–2021 method: compliance with the service standard, scored per service product, and
 * three zones (Hijau ≥ 81, Kuning ≥ 51, Merah). Its checklist is modelled as the 14 components of
 * a service standard (Law 25/2009 art. 21), each present or not, with equal weights; a unit's
 * products weigh in the body's score by their number.
 */
import type { Indicator, Methodology } from '../methodology/types.js';
import { YES_NO, ZONE_BANDS_2017 } from './common.js';

const COMPONENTS: readonly [code: string, id: string, en: string][] = [
  ['STD-01', 'Dasar hukum', 'Legal basis'],
  ['STD-02', 'Persyaratan', 'Requirements'],
  ['STD-03', 'Sistem, mekanisme dan prosedur', 'System, mechanism and procedure'],
  ['STD-04', 'Jangka waktu penyelesaian', 'Completion time'],
  ['STD-05', 'Biaya/tarif', 'Cost/tariff'],
  ['STD-06', 'Produk pelayanan', 'Service product'],
  ['STD-07', 'Sarana, prasarana dan/atau fasilitas', 'Facilities'],
  ['STD-08', 'Kompetensi pelaksana', 'Staff competence'],
  ['STD-09', 'Pengawasan internal', 'Internal supervision'],
  ['STD-10', 'Penanganan pengaduan, saran dan masukan', 'Handling of complaints, suggestions and input'],
  ['STD-11', 'Jumlah pelaksana', 'Number of staff'],
  ['STD-12', 'Jaminan pelayanan', 'Service guarantee'],
  ['STD-13', 'Jaminan keamanan dan keselamatan pelayanan', 'Security and safety guarantee'],
  ['STD-14', 'Evaluasi kinerja pelaksana', 'Staff performance evaluation'],
];

/** 100 / 14 at two decimals, shares adding up to exactly 100: four of 7.15 and ten of 7.14. */
const WEIGHTS = [7.15, 7.15, 7.15, 7.15, 7.14, 7.14, 7.14, 7.14, 7.14, 7.14, 7.14, 7.14, 7.14, 7.14] as const;

const indicators: Indicator[] = COMPONENTS.map(([code, id, en], index) => ({
  code,
  title: { id, en },
  weight: WEIGHTS[index] as number,
  scale: YES_NO,
  source: 'OBSERVATION',
}));

export const ZONES_2017: Methodology = {
  schemaVersion: 1,
  id: 'ZONES_2017',
  version: '2017.1',
  title: {
    id: 'Penilaian Kepatuhan terhadap Standar Pelayanan Publik 2017–2021',
    en: 'Compliance with public service standards 2017–2021',
  },
  description: {
    id: 'Kepatuhan atas 14 komponen standar pelayanan per produk layanan; zona Hijau, Kuning, Merah.',
    en: 'Compliance with the 14 service standard components per service product; green, yellow and red zones.',
  },
  years: [2017, 2018, 2019, 2020, 2021],
  weightTolerance: 0,
  notApplicableRule: 'REDISTRIBUTE_TO_SIBLINGS',
  dimensions: [
    {
      code: 'STANDAR',
      title: { id: 'Kepatuhan Standar Pelayanan', en: 'Compliance with the service standard' },
      weight: 100,
      variables: [
        {
          code: 'STD',
          title: { id: 'Komponen Standar Pelayanan (UU 25/2009 pasal 21)', en: 'Service standard components (Law 25/2009 art. 21)' },
          weight: 100,
          indicators,
        },
      ],
    },
  ],
  institutionAggregation: 'WEIGHTED_BY_SERVICE_PRODUCTS',
  gradeBands: ZONE_BANDS_2017,
  notes: [
    {
      id: 'Zona sesuai publikasi (Hijau 81–100, Kuning 51–80,99, Merah 0–50,99); daftar periksa dimodelkan sebagai 14 komponen standar pelayanan dengan bobot sama (disimpulkan).',
      en: 'Zones as published (green 81–100, yellow 51–80.99, red 0–50.99); the checklist is modelled as the 14 service standard components with equal weights (inferred).',
    },
  ],
};
