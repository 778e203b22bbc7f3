/**
 * The synthetic demo data: the real registry of assessed bodies and units, demo sign-ins, three
 * published cycles and one in progress. Every figure in a cycle is synthetic (`synthetic: true`);
 * the results are computed from generated findings by the publication service.
 *
 * The seed runs only into an empty registry and is skipped otherwise, so running it again, or on a
 * database that holds real data, changes nothing.
 */
import type { PrismaClient } from '@patuh/db';
import { DEMO_CYCLES } from './calendar.js';
import { seedCycle, type CycleSummary } from './cycles.js';
import { seedMinistries } from './ministries.js';
import { DEMO_INSTITUTION_CODE, DEMO_USERS, seedPeople } from './people.js';
import { seedRegistry } from './registry.js';
import { buildUnits, seedUnits, type DemoUnit } from './units.js';

export interface SeedSummary {
  /** False when the registry already had data and nothing was written. */
  seeded: boolean;
  durationMs: number;
  /** Wall time of each step, in the order run. */
  steps: { name: string; ms: number }[];
  provinces: number;
  institutions: number;
  units: number;
  users: number;
  cycles: CycleSummary[];
}

export interface SeedOptions {
  log?: (line: string) => void;
}

/** Whether the registry holds anything; the demo seed only ever fills an empty one. */
export async function hasAnyData(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.province.findFirst({ select: { code: true } })) !== null;
}

export async function seedDemoData(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const startedAt = performance.now();
  const steps: SeedSummary['steps'] = [];
  const time = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const stepStartedAt = performance.now();
    const result = await work();
    const ms = Math.round(performance.now() - stepStartedAt);
    steps.push({ name, ms });
    log(`demo data: ${name} in ${ms} ms`);
    return result;
  };

  if (await hasAnyData(prisma)) {
    log('demo data: the registry already holds data; nothing to seed');
    return { seeded: false, durationMs: 0, steps, provinces: 0, institutions: 0, units: 0, users: 0, cycles: [] };
  }

  const registry = await time('registry', () => seedRegistry(prisma));
  const central = await time('ministries and agencies', () => seedMinistries(prisma));
  const units = await time('units', async () => {
    const built = await buildUnits(registry.institutions, central);
    await seedUnits(prisma, built);
    return built;
  });
  const officerBody = registry.institutions.find((i) => i.code === DEMO_INSTITUTION_CODE);
  if (officerBody === undefined) throw new Error(`The registry has no institution ${DEMO_INSTITUTION_CODE}`);
  const people = await time('people', () => seedPeople(prisma, officerBody.id));

  const bodies = [...registry.institutions, ...central];
  const unitsByBody = groupUnits(units);
  const cycles: CycleSummary[] = [];
  // One cycle at a time: within a cycle both cores are already busy (Node generating and scoring,
  // PostgreSQL inserting), and running cycles side by side measured no faster.
  for (const plan of DEMO_CYCLES) {
    const cycle = await seedCycle(prisma, plan, { bodies, unitsByBody, people, time });
    cycles.push(cycle);
    log(`demo data: ${describeCycle(cycle)}`);
  }

  const durationMs = Math.round(performance.now() - startedAt);
  log(`demo data: seeded in ${(durationMs / 1000).toFixed(1)} s`);
  return {
    seeded: true,
    durationMs,
    steps,
    provinces: registry.provinceCount,
    institutions: bodies.length,
    units: units.length,
    users: DEMO_USERS.length,
    cycles,
  };
}

function groupUnits(units: readonly DemoUnit[]): Map<string, DemoUnit[]> {
  const byBody = new Map<string, DemoUnit[]>();
  for (const unit of units) {
    const own = byBody.get(unit.institutionId);
    if (own === undefined) byBody.set(unit.institutionId, [unit]);
    else own.push(unit);
  }
  return byBody;
}

function describeCycle(cycle: CycleSummary): string {
  const grades = Object.entries(cycle.grades).map(([grade, count]) => `${grade} ${count}`).join(', ');
  return (
    `${cycle.year} ${cycle.stage.toLowerCase()}: ${cycle.institutions} bodies, ${cycle.units} units, ${cycle.answers} answers` +
    (grades ? `; grades ${grades}` : '')
  );
}
