/**
 * Demo sign-ins, one per role, each scoped as a real user of that role would be. They are marked
 * `demo` so no one mistakes them for real accounts, and their password is printed by the server
 * at start, so it is deliberately public.
 */
import { randomUUID } from 'node:crypto';
import { Role, type PrismaClient } from '@patuh/db';
import { hashPassword } from '../auth/password.js';

/** The one password of every demo account. */
export const DEMO_PASSWORD = 'patuh-demo-2025';

/** Banten, whose regional office the demo staff member works in. */
export const DEMO_PROVINCE_CODE = '36';
/** Pemkot Tangerang Selatan, the body the demo officer speaks for. */
export const DEMO_INSTITUTION_CODE = '36.74';

export interface DemoUser {
  email: string;
  password: string;
  name: string;
  role: Role;
  /** What the account may see and do, for the list printed at start. */
  scope: string;
}

/** One account per role; `seedPeople` relies on it. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'admin@patuh.demo',
    password: DEMO_PASSWORD,
    name: 'Admin Pusat (demo)',
    role: Role.ADMIN,
    scope: 'Ombudsman headquarters: every cycle, the registry, methodology and users',
  },
  {
    email: 'banten@patuh.demo',
    password: DEMO_PASSWORD,
    name: 'Asisten Perwakilan Banten (demo)',
    role: Role.REGIONAL_STAFF,
    scope: 'Ombudsman regional office of Banten (36): assesses its bodies and units',
  },
  {
    email: 'verifikator@patuh.demo',
    password: DEMO_PASSWORD,
    name: 'Verifikator Pusat (demo)',
    role: Role.VERIFIER,
    scope: 'Headquarters verifier: verifies or returns submitted assessments',
  },
  {
    email: 'tangsel@patuh.demo',
    password: DEMO_PASSWORD,
    name: 'Petugas Pemkot Tangerang Selatan (demo)',
    role: Role.INSTITUTION_OFFICER,
    scope: 'Pemerintah Kota Tangerang Selatan (36.74): its own results, rapor and clarifications',
  },
];

export interface DemoPeople {
  adminId: string;
  regionalStaffId: string;
  verifierId: string;
  officerId: string;
}

/** Writes the demo users; every account shares one password, so it is hashed once. */
export async function seedPeople(prisma: PrismaClient, officerInstitutionId: string): Promise<DemoPeople> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const idOf: Record<Role, string> = {
    [Role.ADMIN]: randomUUID(),
    [Role.REGIONAL_STAFF]: randomUUID(),
    [Role.VERIFIER]: randomUUID(),
    [Role.INSTITUTION_OFFICER]: randomUUID(),
  };
  await prisma.user.createMany({
    data: DEMO_USERS.map((user) => ({
      id: idOf[user.role],
      email: user.email,
      name: user.name,
      role: user.role,
      passwordHash,
      demo: true,
      provinceCode: user.role === Role.REGIONAL_STAFF ? DEMO_PROVINCE_CODE : null,
      institutionId: user.role === Role.INSTITUTION_OFFICER ? officerInstitutionId : null,
    })),
  });
  return {
    adminId: idOf[Role.ADMIN],
    regionalStaffId: idOf[Role.REGIONAL_STAFF],
    verifierId: idOf[Role.VERIFIER],
    officerId: idOf[Role.INSTITUTION_OFFICER],
  };
}
