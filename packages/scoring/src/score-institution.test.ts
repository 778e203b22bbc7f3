import { describe, expect, it } from 'vitest';
import { METHOD_2022, OPINI_2025, ZONES_2017 } from './presets/index.js';
import { scoreInstitution } from './score-institution.js';

const TANGERANG_SELATAN_2023 = [
  { unit: 'Disdukcapil', score: 96.25 },
  { unit: 'Dinas Sosial', score: 92.4 },
  { unit: 'DPMPTSP', score: 92.79 },
  { unit: 'Disdikbud', score: 94.5 },
  { unit: 'Puskesmas Pondok Ranji', score: 95.97 },
  { unit: 'Puskesmas Jombang', score: 94.84 },
];

describe('scoreInstitution', () => {
  it('reproduces Pemkot Tangerang Selatan 2023: 94.46, grade A, zone Hijau', () => {
    const result = scoreInstitution(METHOD_2022, TANGERANG_SELATAN_2023);
    expect(result).toMatchObject({
      status: 'SCORED',
      score: 94.46, // mean 94.458…
      scoreHundredths: 9446,
      zone: 'HIJAU',
      label: { id: 'Kualitas Tertinggi', en: 'Highest quality' },
    });
    expect(result.grade?.code).toBe('A');
    // Each unit's share of the mean, adding up to the published figure.
    expect(result.unitPoints).toEqual([16.04, 15.4, 15.47, 15.75, 15.99, 15.81]);
    expect(result.unitPoints.reduce((sum, points) => sum + Math.round(points * 100), 0)).toBe(9446);
  });

  it('weights units by service products under the earlier rule', () => {
    // (90 × 2 + 60 × 1) / 3 = 80
    const result = scoreInstitution(ZONES_2017, [
      { score: 90, serviceProducts: 2 },
      { score: 60, serviceProducts: 1 },
    ]);
    expect(result).toMatchObject({ score: 80, zone: 'KUNING', aggregation: 'WEIGHTED_BY_SERVICE_PRODUCTS' });
    const missing = scoreInstitution(ZONES_2017, [{ score: 90, serviceProducts: 2 }, { score: 60 }]);
    expect(missing).toMatchObject({ status: 'INCOMPLETE', score: null, missing: { serviceProducts: [1] } });
  });

  it('is incomplete while a unit has no score, and has nothing without units', () => {
    const result = scoreInstitution(METHOD_2022, [{ score: 90 }, { score: null }]);
    expect(result).toMatchObject({ status: 'INCOMPLETE', complete: false, score: null, grade: null, missing: { units: [1] } });
    expect(scoreInstitution(METHOD_2022, []).status).toBe('NO_UNITS');
  });

  it('combines 70 % dimensions and 30 % public trust, with the maladministration qualifier (2025)', () => {
    // 0.7 × 60.00 + 0.3 × 50.00 = 57.00 → C
    const result = scoreInstitution(OPINI_2025, [{ score: 58 }, { score: 62 }], { publicTrust: 50, maladministration: false });
    expect(result).toMatchObject({
      unitsScore: 60,
      score: 57,
      label: { id: 'Kualitas Sedang Tanpa Maladministrasi', en: 'Medium quality without maladministration' },
      maladministration: false,
    });
    expect(result.parts.map((part) => [part.code, part.weight, part.score, part.points])).toEqual([
      ['DIMENSIONS', 70, 60, 42],
      ['PUBLIC_TRUST', 30, 50, 15],
    ]);
    const found = scoreInstitution(OPINI_2025, [{ score: 53.38 }], { publicTrust: 53.38, maladministration: true });
    expect(found.label?.id).toBe('Kualitas Rendah Dengan Maladministrasi');
    const unknown = scoreInstitution(OPINI_2025, [{ score: 53.38 }], { parts: { PUBLIC_TRUST: 53.38 } });
    expect(unknown.label?.id).toBe('Kualitas Rendah');
  });

  it('rounds the composite once and shows parts that add up', () => {
    // 0.7 × 77.77 + 0.3 × 33.33 = 54.439 + 9.999 = 64.438 → 64.44
    const result = scoreInstitution(OPINI_2025, [{ score: 77.77 }], { publicTrust: 33.33 });
    expect(result.score).toBe(64.44);
    const total = result.parts.reduce((sum, part) => sum + Math.round((part.points ?? 0) * 100), 0);
    expect(total).toBe(6444);
  });

  it('needs the public-trust index under the 2025 method', () => {
    const result = scoreInstitution(OPINI_2025, [{ score: 80 }]);
    expect(result).toMatchObject({ status: 'INCOMPLETE', unitsScore: 80, score: null, missing: { parts: ['PUBLIC_TRUST'] } });
  });
});
