/**
 * Properties that must hold for every methodology and every set of answers, checked on generated
 * ones with fast-check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateUnit } from './evaluate-unit.js';
import { gradeOf } from './grade.js';
import { compileMethodology, toCompiled } from './methodology/compile.js';
import type { InstitutionType, Methodology } from './methodology/types.js';
import { validateMethodology } from './methodology/validate.js';
import { rankInScopes, rankInstitutions, type RankableInstitution } from './rank.js';
import { scoreInstitution } from './score-institution.js';
import { scoreUnit } from './score-unit.js';
import { answerRange, answersFrom, fractionsArb, methodologyArb, notApplicableArb } from './test-support/arbitraries.js';

const RUNS = { numRuns: 200 };

const cents = (value: number): number => Math.round(value * 100);

describe('properties of unit scores', () => {
  it('a score stays within 0–100, and both paths agree', () => {
    fc.assert(
      fc.property(methodologyArb, fractionsArb, notApplicableArb, (methodology, fractions, notApplicable) => {
        const compiled = compileMethodology(methodology);
        const answers = answersFrom(compiled, fractions, notApplicable);
        const full = scoreUnit(compiled, answers);
        const fast = scoreUnit(compiled, answers, { explain: false });
        expect(fast.scoreHundredths).toBe(full.scoreHundredths);
        expect(fast.status).toBe(full.status);
        if (full.status === 'SCORED') {
          expect(full.scoreHundredths).toBeGreaterThanOrEqual(0);
          expect(full.scoreHundredths).toBeLessThanOrEqual(10_000);
        } else {
          expect(full.status).toBe('NOTHING_APPLICABLE');
        }
      }),
      RUNS,
    );
  });

  it('raising an answer never lowers a score', () => {
    fc.assert(
      fc.property(
        methodologyArb,
        fractionsArb,
        notApplicableArb,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (methodology, fractions, notApplicable, pick, raise) => {
          const compiled = compileMethodology(methodology);
          const answers = answersFrom(compiled, fractions, notApplicable);
          const i = pick % compiled.indicatorCount;
          const code = compiled.indicatorCodes[i] as string;
          if (typeof answers[code] === 'object') return; // not applicable stays so
          const fraction = fractions[i % fractions.length] ?? 0;
          const raised = { ...answers, [code]: answerRange(compiled, i).values(fraction + (1 - fraction) * raise) };
          const before = scoreUnit(compiled, answers, { explain: false }).scoreHundredths;
          const after = scoreUnit(compiled, raised, { explain: false }).scoreHundredths;
          if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before);
          expect(evaluateUnit(compiled, raised).total).toBeGreaterThanOrEqual(evaluateUnit(compiled, answers).total);
        },
      ),
      RUNS,
    );
  });

  it('is exact: the internal sum stays within half a unit (10^-10 point) per indicator of the rational value', () => {
    fc.assert(
      fc.property(methodologyArb, fractionsArb, (methodology, fractions) => {
        const compiled = compileMethodology(methodology);
        const answers = answersFrom(compiled, fractions, [false]);
        const evaluation = evaluateUnit(compiled, answers);
        // Exact rational: Σ Wd·Wv·Wi · a/den, with weights in hundredths of a percent, in 10^-10 point.
        let common = 1n;
        const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
        for (const den of compiled.scaleDenominator) common = (common * BigInt(den)) / gcd(common, BigInt(den));
        let numerator = 0n;
        for (let i = 0; i < compiled.indicatorCount; i += 1) {
          const v = compiled.indicatorVariable[i] as number;
          const d = compiled.variableDimension[v] as number;
          const weight = BigInt(compiled.dimensionWeight[d]!) * BigInt(compiled.variableWeight[v]!) * BigInt(compiled.indicatorWeight[i]!);
          numerator += (weight * BigInt(evaluation.numerator[i]!) * common) / BigInt(compiled.scaleDenominator[i]!);
        }
        const difference = BigInt(evaluation.total) * common - numerator;
        const bound = (BigInt(compiled.indicatorCount) * common) / 2n;
        expect(difference <= bound && difference >= -bound).toBe(true);
        // Hence the published score is the exact value rounded half-up, but within 10^-8 of a half.
        const exactHundredths = Number(numerator / common) / 1e8;
        const score = scoreUnit(compiled, answers, { explain: false }).scoreHundredths!;
        if (Math.abs((exactHundredths % 1) - 0.5) > 1e-6) expect(score).toBe(Math.floor(exactHundredths + 0.5));
      }),
      RUNS,
    );
  });

  it('rounding is stable under re-scoring', () => {
    fc.assert(
      fc.property(methodologyArb, fractionsArb, notApplicableArb, (methodology, fractions, notApplicable) => {
        const compiled = compileMethodology(methodology);
        const answers = answersFrom(compiled, fractions, notApplicable);
        const first = scoreUnit(compiled, answers);
        // Again, from a stored copy of the method and the answers.
        const stored = JSON.parse(JSON.stringify({ methodology, answers })) as { methodology: Methodology; answers: typeof answers };
        const again = scoreUnit(stored.methodology, stored.answers);
        expect(again.scoreHundredths).toBe(first.scoreHundredths);
        if (first.score === null) return;
        // The two-decimal score reads back to the same hundredths, grade and institution score.
        expect(cents(first.score)).toBe(first.scoreHundredths);
        expect(gradeOf(compiled, first.score).code).toBe(first.grade?.code);
        expect(scoreInstitution(compiled, [{ score: first.score }]).scoreHundredths).toBe(first.scoreHundredths);
        expect(scoreInstitution(compiled, [{ score: first.score }, { score: first.score }]).scoreHundredths).toBe(first.scoreHundredths);
        // The explanation adds up to the score.
        expect(cents(first.explanation!.points)).toBe(first.scoreHundredths);
      }),
      RUNS,
    );
  });

  it('the explanation adds up at every level and never shows negative points', () => {
    fc.assert(
      fc.property(methodologyArb, fractionsArb, notApplicableArb, fc.nat(), (methodology, fractions, notApplicable, drop) => {
        const compiled = toCompiled(methodology);
        const answers = answersFrom(compiled, fractions, notApplicable);
        delete answers[compiled.indicatorCodes[drop % compiled.indicatorCount] as string]; // sometimes incomplete
        const explanation = scoreUnit(compiled, answers).explanation!;
        const nodes = [explanation, ...explanation.dimensions];
        for (const node of nodes) {
          expect(cents(node.maxPoints)).toBe(cents(node.points) + cents(node.lostPoints) + cents(node.pendingPoints));
        }
        const sumOf = (list: readonly { points: number; maxPoints: number; pendingPoints: number }[]) => [
          list.reduce((sum, node) => sum + cents(node.points), 0),
          list.reduce((sum, node) => sum + cents(node.maxPoints), 0),
          list.reduce((sum, node) => sum + cents(node.pendingPoints), 0),
        ];
        const figures = (node: { points: number; maxPoints: number; pendingPoints: number }) => [cents(node.points), cents(node.maxPoints), cents(node.pendingPoints)];
        expect(sumOf(explanation.dimensions)).toEqual(figures(explanation));
        for (const dimension of explanation.dimensions) {
          expect(sumOf(dimension.variables)).toEqual(figures(dimension));
          for (const variable of dimension.variables) {
            expect(sumOf(variable.indicators)).toEqual(figures(variable));
            for (const indicator of variable.indicators) {
              expect(indicator.points).toBeGreaterThanOrEqual(0);
              if (indicator.status === 'ANSWERED' && indicator.score === 0) expect(indicator.points).toBe(0);
              if (indicator.status === 'ANSWERED' && indicator.score === 100) expect(indicator.lostPoints).toBe(0);
              expect(indicator.lostPoints).toBeGreaterThanOrEqual(0);
              expect(cents(indicator.maxPoints)).toBe(cents(indicator.points) + cents(indicator.lostPoints) + cents(indicator.pendingPoints));
            }
          }
        }
      }),
      RUNS,
    );
  });
});

describe('properties of methodology validation', () => {
  it('weights that do not sum are rejected at the parent node', () => {
    fc.assert(
      fc.property(methodologyArb, fc.nat(), fc.integer({ min: 1, max: 500 }), fc.boolean(), (methodology, pick, delta, up) => {
        const doc = JSON.parse(JSON.stringify(methodology));
        const indicators: { weight: number }[][] = [];
        const paths: string[] = [];
        doc.dimensions.forEach((dimension: any, d: number) =>
          dimension.variables.forEach((variable: any, v: number) => {
            indicators.push(variable.indicators);
            paths.push(`dimensions[${d}].variables[${v}]`);
          }),
        );
        const k = pick % indicators.length;
        const target = (indicators[k] as { weight: number }[])[0] as { weight: number };
        const hundredths = Math.round(target.weight * 100);
        const changed = up || hundredths - delta <= 0 ? hundredths + delta : hundredths - delta;
        if (changed > 10_000) return;
        target.weight = changed / 100;
        const result = validateMethodology(doc);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.map((issue) => `${issue.code}@${issue.path}`)).toContain(`WEIGHTS_DO_NOT_SUM@${paths[k]}`);
      }),
      RUNS,
    );
  });
});

const TYPES: InstitutionType[] = ['KEMENTERIAN', 'LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA'];

const cycleArb: fc.Arbitrary<RankableInstitution[]> = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      name: fc.constantFrom('Pemkot A', 'Pemkot B', 'pemkot a', 'Pemkab C', 'Kementerian D'),
      type: fc.constantFrom(...TYPES),
      provinceCode: fc.constantFrom('11', '36', '32', null),
      // Few distinct scores, so ties are common.
      score: fc.oneof(fc.constantFrom(90, 88.5, 70), fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100), fc.constant(null)),
    }),
    { selector: (entry) => entry.id, maxLength: 40 },
  );

describe('properties of rankings', () => {
  it('permuting the input never changes a ranking', () => {
    fc.assert(
      fc.property(
        cycleArb.chain((entries) => fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }))),
        ([entries, shuffled]) => {
          expect(rankInstitutions(shuffled)).toEqual(rankInstitutions(entries));
          expect(rankInstitutions(shuffled, { types: ['KOTA'] })).toEqual(rankInstitutions(entries, { types: ['KOTA'] }));
          expect(rankInScopes(shuffled)).toEqual(rankInScopes(entries));
        },
      ),
      RUNS,
    );
  });

  it('a rank is one more than the number of better scores', () => {
    fc.assert(
      fc.property(cycleArb, (entries) => {
        const ranking = rankInstitutions(entries);
        for (const entry of ranking) {
          expect(entry.rank).toBe(1 + ranking.filter((other) => other.scoreHundredths > entry.scoreHundredths).length);
        }
        expect(ranking.map((entry) => entry.position)).toEqual(ranking.map((_, k) => k + 1));
      }),
      RUNS,
    );
  });

  it('an institution score lies between its lowest and highest unit and ignores unit order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }), (hundredths) => {
        const units = hundredths.map((h) => ({ score: h / 100 }));
        const result = scoreInstitution(compileMethodology(methodologyOfTests), units);
        expect(result.scoreHundredths).toBeGreaterThanOrEqual(Math.min(...hundredths));
        expect(result.scoreHundredths).toBeLessThanOrEqual(Math.max(...hundredths));
        expect(scoreInstitution(methodologyOfTests, [...units].reverse()).scoreHundredths).toBe(result.scoreHundredths);
      }),
      { numRuns: 100 },
    );
  });
});

const methodologyOfTests: Methodology = fc.sample(methodologyArb, { numRuns: 1, seed: 7 })[0] as Methodology;
