import { describe, expect, it } from 'vitest';
import { compileMethodology } from './methodology/compile.js';
import { scoreCycle, type CycleInstitutionInput } from './score-cycle.js';
import { unknownIndicatorCodes } from './score-unit.js';
import { SMALL } from './test-support/small-method.js';

describe('scoreCycle', () => {
  const institutions: CycleInstitutionInput[] = [
    {
      id: 'tangsel',
      name: 'Pemkot Tangerang Selatan',
      type: 'KOTA',
      provinceCode: '36',
      units: [
        { id: 'a', answers: { I1: true, I2: 3, I3: 90 } }, // 96.00
        { id: 'b', answers: { I1: true, I2: 2, I3: 100 } }, // 90.00
      ],
    },
    {
      id: 'serang',
      name: 'Pemkot Serang',
      type: 'KOTA',
      provinceCode: '36',
      units: [{ id: 'c', answers: { I1: true, I2: 3, I3: 100 } }],
    },
    {
      id: 'lebak',
      name: 'Pemkab Lebak',
      type: 'KABUPATEN',
      provinceCode: '36',
      units: [{ id: 'd', answers: { I1: true, I2: 3 } }], // I3 missing
    },
  ];

  it('scores every unit and institution, ranks the complete ones and lists the others', () => {
    const result = scoreCycle(compileMethodology(SMALL), institutions);
    expect(result.institutions.map((institution) => [institution.id, institution.score.score, institution.score.grade?.code])).toEqual([
      ['tangsel', 93, 'A'],
      ['serang', 100, 'A'],
      ['lebak', null, undefined],
    ]);
    expect(result.institutions[2]!.units[0]).toMatchObject({ status: 'INCOMPLETE', missing: ['I3'] });
    expect(result.unranked).toEqual(['lebak']);
    expect(result.rankings.national.map((entry) => [entry.id, entry.rank])).toEqual([
      ['serang', 1],
      ['tangsel', 2],
    ]);
    expect(result.rankings.byProvince['36']?.map((entry) => entry.id)).toEqual(['serang', 'tangsel']);
    expect(result.institutions[0]!.units[0]!.explanation).toBeNull();
    expect(scoreCycle(SMALL, institutions, { explain: true }).institutions[0]!.units[0]!.explanation?.score).toBe(96);
  });

  it('tells which answer codes the methodology does not know', () => {
    expect(unknownIndicatorCodes(SMALL, { I1: true, I9: 3 })).toEqual(['I9']);
  });
});
