import { it } from 'vitest';
import { scoreUnit } from './score-unit.js';
import { compileMethodology } from './methodology/compile.js';
import { explanationToText } from './explain.js';
import { answersFrom } from './test-support/arbitraries.js';
const m = JSON.parse(process.env.M!);
it('x', () => {
  const c = compileMethodology(m);
  const a = answersFrom(c, [0,0,0,0,0.5,0], [false]); delete a['I001'];
  console.log(a, explanationToText(scoreUnit(c, a).explanation!));
});
