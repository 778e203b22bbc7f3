/**
 * The 2025 method ("Opini Ombudsman", maladministration assessment): the four dimensions weigh 70 %
 * together and a public-trust index 30 %; Output draws on secondary data; Pengaduan adds compliance
 * with the Ombudsman's findings; the label pairs a quality level with a maladministration qualifier
 * ("Kualitas Sedang Tanpa Maladministrasi").
 *
 * Its score bands were not found published: the preset carries the 2022–2024 bands as provisional
 * (consistent with 53.38 labelled "Rendah"); set the decree's bands with `withGradeBands`.
 */
import type { Dimension, GradeBand, Indicator, Methodology } from '../methodology/types.js';
import { GRADE_BANDS_2022, PERCENT } from './common.js';
import { COMPLAINT_HANDLING_2023, INPUT_2023, PROSES_2023 } from './method-2022.js';

function secondary(code: string, id: string, en: string): Indicator {
  return { code, title: { id, en }, weight: 20, scale: PERCENT, source: 'SECONDARY_DATA' };
}

const OUTPUT_2025: Dimension = {
  code: 'OUTPUT',
  title: { id: 'Output', en: 'Output' },
  description: {
    id: 'Maladministrasi menurut data sekunder (statistik dan data kementerian/lembaga)',
    en: "Maladministration according to secondary data (statistics and ministries' data)",
  },
  weight: 24.24,
  variables: [
    {
      code: 'OUT-SEK',
      title: { id: 'Bebas Maladministrasi (Data Sekunder)', en: 'Free of maladministration (secondary data)' },
      weight: 100,
      indicators: [
        secondary('OUT-SEK-01', 'Layanan selesai tepat waktu (%)', 'Services completed on time (%)'),
        secondary('OUT-SEK-02', 'Layanan tanpa imbalan di luar ketentuan (%)', 'Services without undue payment (%)'),
        secondary('OUT-SEK-03', 'Layanan sesuai prosedur (%)', 'Services following the procedure (%)'),
        secondary('OUT-SEK-04', 'Layanan oleh pelaksana kompeten (%)', 'Services by competent staff (%)'),
        secondary('OUT-SEK-05', 'Layanan tanpa perilaku tidak patut (%)', 'Services without inappropriate conduct (%)'),
      ],
    },
  ],
};

const PENGADUAN_2025: Dimension = {
  code: 'PENGADUAN',
  title: { id: 'Pengaduan', en: 'Complaint handling' },
  description: {
    id: 'Pengelolaan pengaduan dan kepatuhan terhadap temuan Ombudsman',
    en: "Complaint handling and compliance with the Ombudsman's findings",
  },
  weight: 21.54,
  variables: [
    {
      code: 'PNG-PEN',
      title: { id: 'Pengelolaan Pengaduan', en: 'Complaint management' },
      weight: 70,
      indicators: COMPLAINT_HANDLING_2023,
    },
    {
      code: 'PNG-TL',
      title: { id: 'Kepatuhan terhadap Temuan Ombudsman', en: "Compliance with the Ombudsman's findings" },
      weight: 30,
      indicators: [
        {
          code: 'PNG-TL-01',
          title: {
            id: 'Tindakan korektif LAHP yang dilaksanakan (%)',
            en: 'Corrective actions from investigation reports (LAHP) carried out (%)',
          },
          weight: 50,
          scale: PERCENT,
          source: 'DOCUMENT',
          allowNotApplicable: true,
        },
        {
          code: 'PNG-TL-02',
          title: { id: 'Rekomendasi Ombudsman yang dilaksanakan (%)', en: 'Ombudsman recommendations carried out (%)' },
          weight: 50,
          scale: PERCENT,
          source: 'DOCUMENT',
          allowNotApplicable: true,
        },
      ],
    },
  ],
};

export const OPINI_2025: Methodology = {
  schemaVersion: 1,
  id: 'OPINI_2025',
  version: '2025.1',
  title: { id: 'Opini Ombudsman 2025', en: 'Ombudsman Opinion 2025' },
  description: {
    id: 'Empat dimensi (70%) dan indeks kepercayaan masyarakat (30%); predikat kualitas dengan keterangan maladministrasi.',
    en: 'Four dimensions (70%) and a public-trust index (30%); a quality grade with a maladministration qualifier.',
  },
  years: [2025],
  weightTolerance: 0,
  notApplicableRule: 'REDISTRIBUTE_TO_SIBLINGS',
  dimensions: [INPUT_2023, PROSES_2023, OUTPUT_2025, PENGADUAN_2025],
  institutionAggregation: 'MEAN_OF_UNITS',
  composite: {
    dimensionsWeight: 70,
    parts: [
      {
        code: 'PUBLIC_TRUST',
        title: { id: 'Indeks Kepercayaan Masyarakat', en: 'Public trust index' },
        description: {
          id: 'Tingkat kepercayaan masyarakat terhadap penyelenggara, 0–100',
          en: 'Public trust in the service provider, 0–100',
        },
        weight: 30,
      },
    ],
  },
  maladministrationQualifier: {
    absent: { id: 'Tanpa Maladministrasi', en: 'without maladministration' },
    present: { id: 'Dengan Maladministrasi', en: 'with maladministration' },
  },
  gradeBands: GRADE_BANDS_2022,
  notes: [
    {
      id: 'Komposisi 70% dimensi dan 30% kepercayaan masyarakat sesuai publikasi. Rentang predikat 2025 belum dipublikasikan: rentang 2022–2024 dipakai sementara dan dapat diganti.',
      en: 'The 70% dimensions and 30% public trust split is as published. The 2025 bands are not published: the 2022–2024 bands are provisional and can be replaced.',
    },
    {
      id: 'Bobot relatif keempat dimensi, indikator Output dari data sekunder dan indikator kepatuhan terhadap temuan Ombudsman disimpulkan.',
      en: "The relative weights of the four dimensions, the secondary-data Output indicators and the indicators of compliance with the Ombudsman's findings are inferred.",
    },
  ],
};

/** A copy of a methodology with other grade bands (and a new version), e.g. the 2025 decree's. */
export function withGradeBands(methodology: Methodology, gradeBands: readonly GradeBand[], version?: string): Methodology {
  return { ...methodology, version: version ?? `${methodology.version}+bands`, gradeBands };
}
