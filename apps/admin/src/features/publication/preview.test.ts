import { compileMethodology, METHOD_2022, scoreInstitution, scoreUnit } from '@patuh/scoring';
import { describe, expect, it } from 'vitest';
import { extremeAnswers } from '../methodology/preview';
import { previewCycle, type SampledRow } from './preview';

const compiled = compileMethodology(METHOD_2022);
const best = Object.entries(extremeAnswers(METHOD_2022, 'best')).map(([indicatorCode, answer]) => ({
  indicatorCode,
  value: typeof answer === 'boolean' ? Number(answer) : (answer as number),
  notApplicable: false,
  note: null,
}));

function row(unitId: string, institution: { id: string; name: string }, status: SampledRow['assessmentStatus']): SampledRow {
  return {
    id: `c:${unitId}`,
    unit: { id: unitId, name: unitId },
    institution: { ...institution, type: 'KOTA', provinceCode: '36' },
    assessmentId: `a-${unitId}`,
    assessmentStatus: status,
  };
}

describe('the publication preview', () => {
  it('scores and ranks the bodies from their verified units, as publication would, and names the units still unverified', () => {
    const serang = { id: 'i-serang', name: 'Kota Serang' };
    const cilegon = { id: 'i-cilegon', name: 'Kota Cilegon' };
    const weaker = best.map((answer) => (answer.indicatorCode === 'IN-KOM-01' ? { ...answer, value: 0 } : answer));
    const units = [row('u1', serang, 'VERIFIED'), row('u2', cilegon, 'VERIFIED'), row('u3', cilegon, 'VERIFIED'), row('u4', cilegon, 'SUBMITTED')];
    const findings = new Map([
      ['a-u1', best],
      ['a-u2', best],
      ['a-u3', weaker],
    ]);

    const preview = previewCycle(compiled, units, findings);

    expect(preview.unitCount).toBe(3);
    expect(preview.unverified.map((unit) => unit.unit.id)).toEqual(['u4']);
    const weakerScore = scoreUnit(compiled, { ...extremeAnswers(METHOD_2022, 'best'), 'IN-KOM-01': 0 }).score as number;
    expect(preview.result.rankings.national.map((entry) => [entry.name, entry.rank, entry.score])).toEqual([
      ['Kota Serang', 1, 100],
      ['Kota Cilegon', 2, scoreInstitution(compiled, [{ score: 100 }, { score: weakerScore }]).score],
    ]);
    expect(preview.result.institutions.every((institution) => institution.score.grade?.code === 'A')).toBe(true);
  });

  it('leaves a body whose verified unit lacks answers out of the ranking', () => {
    const preview = previewCycle(compiled, [row('u1', { id: 'i1', name: 'Kota Serang' }, 'VERIFIED')], new Map([['a-u1', best.slice(1)]]));
    expect(preview.result.rankings.national).toEqual([]);
    expect(preview.result.unranked).toEqual(['i1']);
  });
});
