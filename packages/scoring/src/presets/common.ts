/**
 * Scales and grade bands shared by the preset methods.
 */
import type { GradeBand, NumericScale, OrdinalScale, PercentageScale, YesNoScale } from '../methodology/types.js';

export const YES_NO: YesNoScale = { kind: 'YES_NO' };

/** Staff interviews and documents: 0–3, as used by the regional offices in 2023. */
export const ORDINAL_KNOWLEDGE_0_3: OrdinalScale = {
  kind: 'ORDINAL',
  levels: [
    { value: 0, label: { id: 'Tidak mengetahui / tidak ada', en: 'Does not know / none' } },
    { value: 1, label: { id: 'Mengetahui sebagian kecil', en: 'Knows a small part' } },
    { value: 2, label: { id: 'Mengetahui sebagian besar', en: 'Knows most of it' } },
    { value: 3, label: { id: 'Mengetahui sepenuhnya, dengan bukti', en: 'Knows it fully, with evidence' } },
  ],
};

/** Documents and observation of facilities and management: 0–3. */
export const ORDINAL_PROVISION_0_3: OrdinalScale = {
  kind: 'ORDINAL',
  levels: [
    { value: 0, label: { id: 'Tidak ada', en: 'None' } },
    { value: 1, label: { id: 'Ada, belum memadai', en: 'Present, not adequate' } },
    { value: 2, label: { id: 'Ada, sebagian memadai', en: 'Present, partly adequate' } },
    { value: 3, label: { id: 'Ada dan memadai, dengan bukti', en: 'Present and adequate, with evidence' } },
  ],
};

/** Observation of a published service standard component: 0–3. */
export const ORDINAL_PUBLICATION_0_3: OrdinalScale = {
  kind: 'ORDINAL',
  levels: [
    { value: 0, label: { id: 'Tidak tersedia', en: 'Not available' } },
    { value: 1, label: { id: 'Tersedia, tidak dipublikasikan', en: 'Available, not published' } },
    {
      value: 2,
      label: { id: 'Dipublikasikan, tidak lengkap atau sulit diakses', en: 'Published, incomplete or hard to reach' },
    },
    { value: 3, label: { id: 'Dipublikasikan lengkap dan mudah diakses', en: 'Published in full and easy to reach' } },
  ],
};

/** Mean of service users' answers, 1 = always experienced, 4 = never experienced. */
export const USER_PERCEPTION_1_4: NumericScale = {
  kind: 'NUMERIC',
  aggregate: 'MEAN',
  unit: {
    id: 'Rata-rata jawaban pengguna layanan (1 = selalu mengalami, 4 = tidak pernah mengalami)',
    en: "Mean of service users' answers (1 = always experienced, 4 = never experienced)",
  },
  normalisation: { kind: 'LINEAR', min: 1, max: 4, direction: 'HIGHER_IS_BETTER' },
  decimals: 2,
  step: 0.25,
};

export const PERCENT: PercentageScale = { kind: 'PERCENTAGE', decimals: 2, step: 10 };

/** Grade bands 2022–2024 (lower bound of B inferred from published cases). */
export const GRADE_BANDS_2022: readonly GradeBand[] = [
  { code: 'A', min: 88, max: 100, label: { id: 'Kualitas Tertinggi', en: 'Highest quality' }, zone: 'HIJAU', colour: '#1b5e20' },
  { code: 'B', min: 78, max: 87.99, label: { id: 'Kualitas Tinggi', en: 'High quality' }, zone: 'HIJAU', colour: '#43a047' },
  { code: 'C', min: 54, max: 77.99, label: { id: 'Kualitas Sedang', en: 'Medium quality' }, zone: 'KUNING', colour: '#f9a825' },
  { code: 'D', min: 32, max: 53.99, label: { id: 'Kualitas Rendah', en: 'Low quality' }, zone: 'MERAH', colour: '#e53935' },
  { code: 'E', min: 0, max: 31.99, label: { id: 'Kualitas Terendah', en: 'Lowest quality' }, zone: 'MERAH', colour: '#b71c1c' },
];

/** Compliance zones 2017–2021: the zone is the grade. */
export const ZONE_BANDS_2017: readonly GradeBand[] = [
  {
    code: 'HIJAU',
    min: 81,
    max: 100,
    label: { id: 'Kepatuhan Tinggi (Zona Hijau)', en: 'High compliance (green zone)' },
    zone: 'HIJAU',
    colour: '#2e7d32',
  },
  {
    code: 'KUNING',
    min: 51,
    max: 80.99,
    label: { id: 'Kepatuhan Sedang (Zona Kuning)', en: 'Medium compliance (yellow zone)' },
    zone: 'KUNING',
    colour: '#f9a825',
  },
  {
    code: 'MERAH',
    min: 0,
    max: 50.99,
    label: { id: 'Kepatuhan Rendah (Zona Merah)', en: 'Low compliance (red zone)' },
    zone: 'MERAH',
    colour: '#c62828',
  },
];
