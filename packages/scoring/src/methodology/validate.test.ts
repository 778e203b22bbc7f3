import { describe, expect, it } from 'vitest';
import { METHOD_2022, OPINI_2025, ZONES_2017 } from '../presets/index.js';
import { compileMethodology } from './compile.js';
import type { Methodology } from './types.js';
import { assertMethodology, MethodologyError, validateMethodology } from './validate.js';

/** A deep, mutable copy to break on purpose. */
function copy(methodology: Methodology): any {
  return JSON.parse(JSON.stringify(methodology));
}

function codesOf(doc: unknown): string[] {
  const result = validateMethodology(doc);
  return result.ok ? [] : result.issues.map((issue) => `${issue.code}@${issue.path}`);
}

describe('validateMethodology', () => {
  it('accepts the presets and returns a clean copy that survives JSON', () => {
    for (const preset of [ZONES_2017, METHOD_2022, OPINI_2025]) {
      const result = validateMethodology(JSON.parse(JSON.stringify(preset)));
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.methodology).toEqual(JSON.parse(JSON.stringify(preset)));
        expect(result.methodology).not.toBe(preset);
      }
    }
  });

  it('drops unknown fields', () => {
    const doc = copy(METHOD_2022);
    doc.somethingElse = 1;
    doc.dimensions[0].colour = 'red';
    const result = validateMethodology(doc);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect('somethingElse' in result.methodology).toBe(false);
      expect('colour' in (result.methodology.dimensions[0] as object)).toBe(false);
    }
  });

  it('reports weights that do not sum at the parent node', () => {
    const doc = copy(METHOD_2022);
    doc.dimensions[1].variables[0].indicators[0].weight = 11; // Proses › Standar Pelayanan: 101
    expect(codesOf(doc)).toEqual(['WEIGHTS_DO_NOT_SUM@dimensions[1].variables[0]']);

    const dims = copy(METHOD_2022);
    dims.dimensions[0].weight = 21.84;
    expect(codesOf(dims)).toEqual(['WEIGHTS_DO_NOT_SUM@dimensions']);

    const vars = copy(METHOD_2022);
    vars.dimensions[0].variables[1].weight = 49;
    expect(codesOf(vars)).toEqual(['WEIGHTS_DO_NOT_SUM@dimensions[0]']);
  });

  it('accepts sums within the stated tolerance, and normalises by the actual sum', () => {
    const doc = copy(METHOD_2022);
    doc.dimensions[0].weight = 21.84; // total 99.99
    expect(codesOf(doc)).toEqual(['WEIGHTS_DO_NOT_SUM@dimensions']);
    doc.weightTolerance = 0.01;
    expect(codesOf(doc)).toEqual([]);
    const compiled = compileMethodology(doc);
    expect(compiled.effectiveWeight.reduce((sum, weight) => sum + weight, 0)).toBe(1e12);
  });

  it('rejects weights that are not positive or have more than two decimals', () => {
    const doc = copy(METHOD_2022);
    doc.dimensions[2].variables[0].indicators[0].weight = 0;
    doc.dimensions[2].variables[0].indicators[1].weight = 20.005;
    expect(codesOf(doc)).toEqual([
      'WEIGHT_NOT_POSITIVE@dimensions[2].variables[0].indicators[0].weight',
      'WEIGHT_PRECISION@dimensions[2].variables[0].indicators[1].weight',
    ]);
  });

  it('rejects duplicate codes anywhere in the tree', () => {
    const doc = copy(METHOD_2022);
    doc.dimensions[1].variables[0].indicators[1].code = 'IN-KOM-01';
    const result = validateMethodology(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ code: 'DUPLICATE_CODE', path: 'dimensions[1].variables[0].indicators[1].code' });
      expect(result.issues[0]?.message).toContain('dimensions[0].variables[0].indicators[0]');
    }
  });

  it('refuses codes that every object already has', () => {
    const doc = copy(METHOD_2022);
    doc.dimensions[0].variables[0].indicators[0].code = 'constructor';
    expect(codesOf(doc)).toEqual(['INVALID_VALUE@dimensions[0].variables[0].indicators[0].code']);
  });

  it('checks scales', () => {
    const doc = copy(ZONES_2017);
    const indicators = doc.dimensions[0].variables[0].indicators;
    indicators[0].scale = { kind: 'ORDINAL', levels: [{ value: 1, label: { id: 'a', en: 'a' } }] };
    indicators[1].scale = {
      kind: 'ORDINAL',
      levels: [
        { value: 2, label: { id: 'a', en: 'a' } },
        { value: 1, label: { id: 'b', en: 'b' } },
      ],
    };
    indicators[2].scale = { kind: 'STARS' };
    indicators[3].scale = { kind: 'NUMERIC', aggregate: 'MEAN', normalisation: { kind: 'LINEAR', min: 4, max: 1, direction: 'HIGHER_IS_BETTER' } };
    indicators[4].scale = { kind: 'NUMERIC', aggregate: 'MEAN', decimals: 4, normalisation: { kind: 'LINEAR', min: 0, max: 100_000, direction: 'HIGHER_IS_BETTER' } };
    indicators[5].scale = { kind: 'PERCENTAGE', decimals: 7 };
    expect(codesOf(doc)).toEqual([
      'INVALID_SCALE@dimensions[0].variables[0].indicators[0].scale.levels',
      'LEVELS_NOT_ASCENDING@dimensions[0].variables[0].indicators[1].scale.levels[1].value',
      'INVALID_SCALE@dimensions[0].variables[0].indicators[2].scale.kind',
      'INVALID_SCALE@dimensions[0].variables[0].indicators[3].scale.normalisation',
      'SCALE_TOO_FINE@dimensions[0].variables[0].indicators[4].scale.normalisation',
      'INVALID_VALUE@dimensions[0].variables[0].indicators[5].scale.decimals',
    ]);
  });

  it('checks grade bands: ordered, contiguous, covering 0–100', () => {
    const gap = copy(METHOD_2022);
    gap.gradeBands[1].max = 87.98;
    expect(codesOf(gap)).toEqual(['BANDS_NOT_CONTIGUOUS@gradeBands[1]']);

    const top = copy(METHOD_2022);
    top.gradeBands[0].max = 99;
    expect(codesOf(top)).toEqual(['BANDS_NOT_COVERING@gradeBands[0]']);

    const bottom = copy(METHOD_2022);
    bottom.gradeBands[4].min = 1;
    expect(codesOf(bottom)).toEqual(['BANDS_NOT_COVERING@gradeBands[4]']);

    const order = copy(METHOD_2022);
    order.gradeBands.reverse();
    expect(codesOf(order)).toContain('BANDS_NOT_ORDERED@gradeBands[1]');

    const precision = copy(METHOD_2022);
    precision.gradeBands[1].min = 77.995;
    expect(codesOf(precision)).toEqual(['BAND_PRECISION@gradeBands[1]']);

    const colour = copy(METHOD_2022);
    colour.gradeBands[0].colour = 'green';
    colour.gradeBands[0].zone = 'BIRU';
    expect(codesOf(colour)).toEqual(['INVALID_VALUE@gradeBands[0].zone', 'INVALID_COLOUR@gradeBands[0].colour']);
  });

  it('checks the composite and the document fields', () => {
    const doc = copy(OPINI_2025);
    doc.composite.parts[0].weight = 25;
    doc.schemaVersion = 2;
    doc.title = { id: 'Judul' };
    delete doc.institutionAggregation;
    expect(codesOf(doc)).toEqual([
      'UNSUPPORTED_SCHEMA_VERSION@schemaVersion',
      'MISSING_FIELD@title.en',
      'MISSING_FIELD@institutionAggregation',
      'WEIGHTS_DO_NOT_SUM@composite',
    ]);
    expect(codesOf(null)).toEqual(['NOT_AN_OBJECT@']);
    expect(codesOf({ ...copy(METHOD_2022), dimensions: [] })).toEqual(['EMPTY_LIST@dimensions']);
  });

  it('throws a MethodologyError carrying the issues', () => {
    const doc = copy(METHOD_2022);
    doc.dimensions[0].weight = 30;
    expect(() => assertMethodology(doc)).toThrow(MethodologyError);
    expect(() => compileMethodology(doc)).toThrow(/WEIGHTS_DO_NOT_SUM at dimensions/);
  });
});
