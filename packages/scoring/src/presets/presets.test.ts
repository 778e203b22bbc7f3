import { describe, expect, it } from 'vitest';
import { describeMethodology } from '../describe.js';
import { gradeOf } from '../grade.js';
import { compileMethodology } from '../methodology/compile.js';
import { validateMethodology } from '../methodology/validate.js';
import { getPreset, listPresets, METHOD_2022, OPINI_2025, presets, withGradeBands, ZONES_2017 } from './index.js';

describe('presets', () => {
  it('lists the three methods with id, version and title', () => {
    expect(listPresets().map((preset) => preset.id)).toEqual(['ZONES_2017', 'METHOD_2022', 'OPINI_2025']);
    for (const summary of listPresets()) {
      expect(summary.version).not.toBe('');
      expect(summary.title.id).not.toBe('');
      expect(summary.title.en).not.toBe('');
      expect(getPreset(summary.id)).toBe(presets[summary.id as keyof typeof presets]);
    }
    expect(getPreset('toString')).toBeUndefined();
  });

  it('are valid documents', () => {
    for (const preset of Object.values(presets)) expect(validateMethodology(preset).ok).toBe(true);
  });

  it('2022–2024: the published dimension weights and indicator counts', () => {
    expect(METHOD_2022.dimensions.map((d) => [d.code, d.weight])).toEqual([
      ['INPUT', 21.85],
      ['PROSES', 32.37],
      ['OUTPUT', 24.24],
      ['PENGADUAN', 21.54],
    ]);
    const counts = METHOD_2022.dimensions.map((d) => d.variables.map((v) => v.indicators.length));
    expect(counts).toEqual([[6, 9], [10, 1], [5], [6]]);
    expect(METHOD_2022.institutionAggregation).toBe('MEAN_OF_UNITS');
  });

  it('2022–2024: knowing the 14 components weighs 12.22 % of Input', () => {
    const description = describeMethodology(METHOD_2022);
    const row = description.indicators.find((indicator) => indicator.code === 'IN-KOM-01');
    expect(row?.maxPoints).toBe(2.6701); // 21.85 × 12.22 % = 2.67007
    const total = description.indicators.reduce((sum, indicator) => sum + indicator.maxPoints, 0);
    expect(Math.abs(total - 100)).toBeLessThan(0.01);
  });

  it('indicator codes are stable and patterned', () => {
    const codes = compileMethodology(METHOD_2022).indicatorCodes;
    expect(codes).toHaveLength(37);
    for (const code of codes) expect(code).toMatch(/^(IN|PR|OUT|PNG)-[A-Z]{3}-\d{2}$/);
    expect(compileMethodology(ZONES_2017).indicatorCodes).toHaveLength(14);
  });

  it('grade bands of 2022–2024 and zones of 2017–2021', () => {
    expect([88, 87.99, 78, 77.99, 54, 53.99, 32, 31.99, 0].map((score) => gradeOf(METHOD_2022, score).code)).toEqual([
      'A', 'B', 'B', 'C', 'C', 'D', 'D', 'E', 'E',
    ]);
    expect([100, 81, 80.99, 51, 50.99, 0].map((score) => gradeOf(ZONES_2017, score).code)).toEqual([
      'HIJAU', 'HIJAU', 'KUNING', 'KUNING', 'MERAH', 'MERAH',
    ]);
    expect(gradeOf(METHOD_2022, 94.46)).toMatchObject({ code: 'A', zone: 'HIJAU', label: { id: 'Kualitas Tertinggi' } });
  });

  it('2025: 70 % dimensions + 30 % public trust, a qualifier, provisional bands that can be replaced', () => {
    expect(OPINI_2025.composite?.dimensionsWeight).toBe(70);
    expect(OPINI_2025.composite?.parts).toMatchObject([{ code: 'PUBLIC_TRUST', weight: 30 }]);
    expect(OPINI_2025.maladministrationQualifier?.absent.id).toBe('Tanpa Maladministrasi');
    expect(gradeOf(OPINI_2025, 53.38).label.id).toBe('Kualitas Rendah');

    const bands = [
      { code: 'TINGGI', min: 80, max: 100, label: { id: 'Kualitas Tinggi', en: 'High quality' }, zone: 'HIJAU', colour: '#2e7d32' },
      { code: 'SEDANG', min: 60, max: 79.99, label: { id: 'Kualitas Sedang', en: 'Medium quality' }, zone: 'KUNING', colour: '#f9a825' },
      { code: 'RENDAH', min: 0, max: 59.99, label: { id: 'Kualitas Rendah', en: 'Low quality' }, zone: 'MERAH', colour: '#c62828' },
    ] as const;
    const decreed = withGradeBands(OPINI_2025, bands, '2025.2');
    expect(validateMethodology(decreed).ok).toBe(true);
    expect(decreed.version).toBe('2025.2');
    expect(gradeOf(decreed, 79.99).code).toBe('SEDANG');
    expect(OPINI_2025.gradeBands[0]?.code).toBe('A');
  });
});
