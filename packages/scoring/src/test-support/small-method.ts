/** A small methodology whose scores are easy to work out by hand. */
import type { Methodology } from '../methodology/types.js';
import { GRADE_BANDS_2022 } from '../presets/common.js';

export const SMALL: Methodology = {
  schemaVersion: 1,
  id: 'SMALL',
  version: '1',
  title: { id: 'Metode kecil', en: 'Small method' },
  years: [2024],
  weightTolerance: 0,
  notApplicableRule: 'REDISTRIBUTE_TO_SIBLINGS',
  dimensions: [
    {
      code: 'D1',
      title: { id: 'Satu', en: 'One' },
      weight: 60,
      variables: [
        {
          code: 'V1',
          title: { id: 'Variabel satu', en: 'Variable one' },
          weight: 100,
          indicators: [
            { code: 'I1', title: { id: 'Ya/tidak', en: 'Yes/no' }, weight: 50, scale: { kind: 'YES_NO' }, allowNotApplicable: true },
            {
              code: 'I2',
              title: { id: 'Tingkat', en: 'Level' },
              weight: 50,
              scale: {
                kind: 'ORDINAL',
                levels: [0, 1, 2, 3].map((value) => ({ value, label: { id: `Tingkat ${value}`, en: `Level ${value}` } })),
              },
            },
          ],
        },
      ],
    },
    {
      code: 'D2',
      title: { id: 'Dua', en: 'Two' },
      weight: 40,
      variables: [
        {
          code: 'V2',
          title: { id: 'Variabel dua', en: 'Variable two' },
          weight: 100,
          indicators: [{ code: 'I3', title: { id: 'Persen', en: 'Percent' }, weight: 100, scale: { kind: 'PERCENTAGE' }, allowNotApplicable: true }],
        },
      ],
    },
  ],
  institutionAggregation: 'MEAN_OF_UNITS',
  gradeBands: GRADE_BANDS_2022,
};

/** Two dimensions of 50 % with one percentage each: score = (p1 + p2) / 2, to test rounding. */
export const HALVES: Methodology = {
  ...SMALL,
  id: 'HALVES',
  dimensions: ['A', 'B'].map((code) => ({
    code,
    title: { id: code, en: code },
    weight: 50,
    variables: [
      {
        code: `${code}-V`,
        title: { id: code, en: code },
        weight: 100,
        indicators: [{ code: `${code}-I`, title: { id: code, en: code }, weight: 100, scale: { kind: 'PERCENTAGE' } }],
      },
    ],
  })),
};
