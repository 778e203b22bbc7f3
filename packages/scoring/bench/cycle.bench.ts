/**
 * Benchmark: a synthetic national cycle of 600 institutions × 7 units × 60 indicators (252,000
 * answers) scored, graded and ranked in every scope, and a what-if with a full re-rank for one
 * institution. Prints median times over repeated runs; the last line is one JSON object.
 *
 * Targets on one core: the whole cycle ≤ 50 ms, one what-if ≤ 2 ms.
 */
import {
  compileMethodology,
  scoreCycle,
  scoreUnit,
  simulate,
  type Answer,
  type Indicator,
  type InstitutionType,
  type Methodology,
  type RankableInstitution,
  type Scale,
} from '../src/index.js';
import { GRADE_BANDS_2022 } from '../src/presets/common.js';

const INSTITUTIONS = 600;
const UNITS_PER_INSTITUTION = 7;
const TARGET_CYCLE_MS = 50;
const TARGET_WHAT_IF_MS = 2;
const CYCLE_RUNS = 31;
const WHAT_IF_RUNS = 301;

/** Deterministic pseudo-random numbers (mulberry32), so every run scores the same cycle. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCALES: readonly Scale[] = [
  { kind: 'YES_NO' },
  { kind: 'ORDINAL', levels: [0, 1, 2, 3].map((value) => ({ value, label: { id: `Tingkat ${value}`, en: `Level ${value}` } })) },
  { kind: 'ORDINAL', levels: [0, 1, 2, 3, 4, 5].map((value) => ({ value, label: { id: `Tingkat ${value}`, en: `Level ${value}` } })) },
  { kind: 'PERCENTAGE' },
  { kind: 'NUMERIC', aggregate: 'MEAN', normalisation: { kind: 'LINEAR', min: 1, max: 4, direction: 'HIGHER_IS_BETTER' }, decimals: 2 },
];

/** Four dimensions with the 2022–2024 weights, three variables each, five indicators each. */
function syntheticMethodology(): Methodology {
  const dimensionWeights = [21.85, 32.37, 24.24, 21.54];
  const variableWeights = [33.34, 33.33, 33.33];
  let counter = 0;
  return {
    schemaVersion: 1,
    id: 'BENCH',
    version: '1',
    title: { id: 'Metode uji kinerja', en: 'Benchmark method' },
    years: [2024],
    weightTolerance: 0,
    notApplicableRule: 'REDISTRIBUTE_TO_SIBLINGS',
    dimensions: dimensionWeights.map((weight, d) => ({
      code: `D${d + 1}`,
      title: { id: `Dimensi ${d + 1}`, en: `Dimension ${d + 1}` },
      weight,
      variables: variableWeights.map((variableWeight, v) => ({
        code: `D${d + 1}-V${v + 1}`,
        title: { id: `Variabel ${v + 1}`, en: `Variable ${v + 1}` },
        weight: variableWeight,
        indicators: [20, 20, 20, 20, 20].map((indicatorWeight): Indicator => {
          counter += 1;
          return {
            code: `IND-${String(counter).padStart(2, '0')}`,
            title: { id: `Indikator ${counter}`, en: `Indicator ${counter}` },
            weight: indicatorWeight,
            scale: SCALES[counter % SCALES.length] as Scale,
            ...(counter % 12 === 0 ? { allowNotApplicable: true } : {}),
          };
        }),
      })),
    })),
    institutionAggregation: 'MEAN_OF_UNITS',
    gradeBands: GRADE_BANDS_2022,
  };
}

function answerFor(scale: Scale, next: () => number, quality: number): Answer {
  const r = Math.min(1, Math.max(0, quality + (next() - 0.5) * 0.6));
  switch (scale.kind) {
    case 'YES_NO':
      return r > 0.3;
    case 'ORDINAL':
      return Math.round(r * (scale.levels.length - 1));
    case 'PERCENTAGE':
      return Math.round(r * 10_000) / 100;
    case 'NUMERIC':
      return Math.round((1 + r * 3) * 100) / 100;
  }
}

const TYPE_COUNTS: readonly [InstitutionType, number][] = [
  ['KEMENTERIAN', 25],
  ['LEMBAGA', 14],
  ['PROVINSI', 34],
  ['KOTA', 98],
  ['KABUPATEN', INSTITUTIONS - 25 - 14 - 34 - 98],
];

function syntheticCycle(methodology: Methodology) {
  const next = random(2024);
  const indicators = methodology.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators));
  const provinces = Array.from({ length: 34 }, (_, k) => String(11 + k));
  const institutions = [];
  let serial = 0;
  for (const [type, count] of TYPE_COUNTS) {
    for (let k = 0; k < count; k += 1) {
      serial += 1;
      const quality = 0.35 + next() * 0.6;
      const provinceCode = type === 'KEMENTERIAN' || type === 'LEMBAGA' ? null : type === 'PROVINSI' ? provinces[k] : provinces[Math.floor(next() * provinces.length)];
      const units = Array.from({ length: UNITS_PER_INSTITUTION }, (_, u) => {
        const answers: Record<string, Answer> = {};
        for (const indicator of indicators) answers[indicator.code] = answerFor(indicator.scale, next, quality);
        // About one unit in a hundred has an indicator that does not apply.
        if (next() < 0.01) answers['IND-12'] = { notApplicable: true };
        return { id: `${serial}-${u + 1}`, answers };
      });
      institutions.push({ id: `INST-${String(serial).padStart(3, '0')}`, name: `${type} ${serial}`, type, provinceCode: provinceCode ?? null, units });
    }
  }
  return institutions;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function round(value: number, digits = 3): number {
  const power = 10 ** digits;
  return Math.round(value * power) / power;
}

function main(): void {
  const methodology = syntheticMethodology();
  const compileStart = performance.now();
  const compiled = compileMethodology(methodology);
  const compileMs = performance.now() - compileStart;
  const institutions = syntheticCycle(methodology);
  const answers = institutions.length * UNITS_PER_INSTITUTION * compiled.indicatorCount;

  // Whole cycle: every unit scored, every institution scored and graded, rankings in every scope.
  let result = scoreCycle(compiled, institutions);
  for (let warm = 0; warm < 5; warm += 1) result = scoreCycle(compiled, institutions);
  const cycleTimes: number[] = [];
  for (let run = 0; run < CYCLE_RUNS; run += 1) {
    const start = performance.now();
    result = scoreCycle(compiled, institutions);
    cycleTimes.push(performance.now() - start);
  }
  const ranked = result.rankings.national.length;
  if (ranked !== INSTITUTIONS) throw new Error(`Expected ${INSTITUTIONS} ranked institutions, got ${ranked}`);

  // What-if: one city changes five answers in two units; new unit and institution scores, grade,
  // and a full re-rank nationally, among cities and in its province.
  const cycle: RankableInstitution[] = result.institutions.map((entry) => ({
    id: entry.id,
    name: entry.name,
    type: entry.type,
    provinceCode: entry.provinceCode,
    score: entry.score.score,
    scoreHundredths: entry.score.scoreHundredths,
  }));
  const city = institutions.find((institution) => institution.type === 'KOTA');
  if (city === undefined) throw new Error('No city in the synthetic cycle');
  const changes = {
    // Best answers on each kind of scale (IND-01 ordinal 0–3, IND-02 ordinal 0–5, IND-03
    // percentage, IND-04 numeric 1–4, IND-05 yes/no).
    [city.units[0]!.id]: { 'IND-01': 3, 'IND-02': 5, 'IND-03': 100 },
    [city.units[3]!.id]: { 'IND-04': 4, 'IND-05': true },
  };
  const input = { methodology: compiled, institution: city, changes, cycle };
  let whatIf = simulate(input);
  for (let warm = 0; warm < 50; warm += 1) whatIf = simulate(input);
  const whatIfTimes: number[] = [];
  for (let run = 0; run < WHAT_IF_RUNS; run += 1) {
    const start = performance.now();
    whatIf = simulate(input);
    whatIfTimes.push(performance.now() - start);
  }

  if (whatIf.after.score === null || whatIf.ranks.length !== 3) throw new Error('The what-if did not produce a ranked score');

  // For reference: one unit with its full explanation (what the admin preview and portal run).
  const unitAnswers = city.units[0]!.answers;
  for (let warm = 0; warm < 200; warm += 1) scoreUnit(compiled, unitAnswers);
  const explainTimes: number[] = [];
  for (let run = 0; run < 1001; run += 1) {
    const start = performance.now();
    scoreUnit(compiled, unitAnswers);
    explainTimes.push(performance.now() - start);
  }

  const cycleMs = median(cycleTimes);
  const whatIfMs = median(whatIfTimes);
  const met = cycleMs <= TARGET_CYCLE_MS && whatIfMs <= TARGET_WHAT_IF_MS;
  const national = whatIf.ranks[0];
  console.log(`@patuh/scoring benchmark (node ${process.version})`);
  console.log(`cycle: ${institutions.length} institutions × ${UNITS_PER_INSTITUTION} units × ${compiled.indicatorCount} indicators = ${answers} answers`);
  console.log(`compile methodology: ${round(compileMs)} ms`);
  console.log(`score + grade + rank whole cycle: median ${round(cycleMs)} ms over ${CYCLE_RUNS} runs (target ≤ ${TARGET_CYCLE_MS} ms)`);
  console.log(
    `what-if for ${city.name}: ${whatIf.before.score} → ${whatIf.after.score}, national rank ${national?.before?.rank} → ${national?.after?.rank}; ` +
      `median ${round(whatIfMs, 4)} ms over ${WHAT_IF_RUNS} runs (target ≤ ${TARGET_WHAT_IF_MS} ms)`,
  );
  console.log(`one unit with explanation: median ${round(median(explainTimes), 4)} ms`);
  console.log(
    JSON.stringify({
      institutions: institutions.length,
      unitsPerInstitution: UNITS_PER_INSTITUTION,
      indicators: compiled.indicatorCount,
      answers,
      cycleRuns: CYCLE_RUNS,
      whatIfRuns: WHAT_IF_RUNS,
      compileMs: round(compileMs),
      cycleMs: round(cycleMs),
      whatIfMs: round(whatIfMs, 4),
      explainUnitMs: round(median(explainTimes), 4),
      targets: { cycleMs: TARGET_CYCLE_MS, whatIfMs: TARGET_WHAT_IF_MS },
      met,
      node: process.version,
    }),
  );
  if (!met) process.exitCode = 1;
}

main();
