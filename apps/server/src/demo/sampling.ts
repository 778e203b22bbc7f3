/**
 * Which bodies a cycle assesses. Every assessed body's sampled units are all its units (the units
 * catalogue already follows the sampling rules). Where a year assessed fewer bodies of a type than
 * the registry holds, the choice is a seeded draw, with the demo province always in, so the demo
 * accounts always have work to see.
 */
import { InstitutionType } from '@patuh/db';
import type { DemoCyclePlan } from './calendar.js';
import { DEMO_PROVINCE_CODE } from './people.js';
import { randomFor } from './random.js';
import { PROVINCES_CREATED_2022, type AssessedBody } from './registry.js';

/** The year the four new Papua provinces were first assessed. */
const NEW_PROVINCES_ASSESSED_FROM = 2025;

function eligible(body: AssessedBody, year: number): boolean {
  return !(
    body.type === InstitutionType.PROVINSI &&
    body.code !== null &&
    PROVINCES_CREATED_2022.has(body.code) &&
    year < NEW_PROVINCES_ASSESSED_FROM
  );
}

export function sampleBodies<T extends AssessedBody>(plan: DemoCyclePlan, bodies: readonly T[]): T[] {
  const sampled: T[] = [];
  for (const type of Object.values(InstitutionType)) {
    const candidates = bodies
      .filter((body) => body.type === type && eligible(body, plan.year))
      .map((body) => ({
        body,
        demo: body.provinceCode === DEMO_PROVINCE_CODE,
        draw: randomFor(`sample:${plan.year}:${body.key}`).next(),
      }))
      .sort((a, b) => Number(b.demo) - Number(a.demo) || a.draw - b.draw);
    const wanted = plan.sampleSize[type];
    if (candidates.length < wanted) {
      throw new Error(`${plan.year} assessed ${wanted} ${type} but the registry holds ${candidates.length}`);
    }
    sampled.push(...candidates.slice(0, wanted).map((c) => c.body));
  }
  return sampled;
}
