/** The synthetic demo data the server loads into an empty database. */
export { hasAnyData, seedDemoData, type SeedOptions, type SeedSummary } from './seed.js';
export { DEMO_USERS, type DemoUser } from './people.js';
export type { CycleSummary } from './cycles.js';
