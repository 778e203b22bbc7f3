import type { StaffRole } from '../session/roles';

/** Who verifies or returns submitted assessments and decides clarifications (the API's `@Access`). */
export const verifierRoles: readonly StaffRole[] = ['ADMIN', 'VERIFIER'];
