/**
 * Who may see a body's report card and write its improvement points, decided on the body itself
 * after `@Access` has let the role in. Headquarters roles (admin, verifier) cover every body, a
 * regional office the bodies of its province (never a ministry or agency), an officer its own body.
 */
import { CycleStage } from '@patuh/db';
import type { SignedIn, Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors.js';

/** Stages whose results, report cards and improvement points are out of the Ombudsman's hands. */
export const PUBLISHED_STAGES: readonly CycleStage[] = [CycleStage.PUBLISHED, CycleStage.ARCHIVED];

export const isPublishedStage = (stage: CycleStage): boolean => PUBLISHED_STAGES.includes(stage);

export interface BodyScope {
  id: string;
  /** Null for ministries and agencies: headquarters' business. */
  provinceCode: string | null;
}

const NOT_YOUR_BODY = { id: 'Data ini milik instansi lain.', en: 'This belongs to another institution.' };
const OUTSIDE_YOUR_OFFICE = {
  id: 'Instansi ini di luar wilayah kerja kantor Anda.',
  en: "This institution is outside your office's area.",
};

function signedIn(viewer: Viewer): SignedIn {
  if (viewer.kind !== 'user') throw unauthenticated();
  return viewer;
}

export function staffCovers(viewer: SignedIn, body: BodyScope): boolean {
  if (viewer.role === 'ADMIN' || viewer.role === 'VERIFIER') return true;
  return viewer.role === 'REGIONAL_STAFF' && body.provinceCode !== null && body.provinceCode === viewer.provinceCode;
}

/** Staff whose office covers the body; anyone else is refused. */
export function assertStaffCovers(viewer: Viewer, body: BodyScope): SignedIn {
  const user = signedIn(viewer);
  if (user.role === 'INSTITUTION_OFFICER') throw forbidden();
  if (!staffCovers(user, body)) throw forbidden(OUTSIDE_YOUR_OFFICE);
  return user;
}

/** The body's own officers, and staff whose office covers it. */
export function assertMayReadBody(viewer: Viewer, body: BodyScope): SignedIn {
  const user = signedIn(viewer);
  if (user.role === 'INSTITUTION_OFFICER') {
    if (user.institutionId !== body.id) throw forbidden(NOT_YOUR_BODY);
    return user;
  }
  if (!staffCovers(user, body)) throw forbidden(OUTSIDE_YOUR_OFFICE);
  return user;
}
