/** Who is asking: nobody (the public) or a signed-in user with a role and a scope. */
import type { Role } from '@patuh/db';

export interface Anonymous {
  kind: 'anonymous';
}

export interface SignedIn {
  kind: 'user';
  userId: string;
  sessionId: string;
  role: Role;
  /** Regional staff: the province of their office. */
  provinceCode: string | null;
  /** Institution officers: their body. */
  institutionId: string | null;
  email: string;
  name: string;
}

export type Viewer = Anonymous | SignedIn;

export const ANONYMOUS: Anonymous = { kind: 'anonymous' };

export const isStaff = (v: Viewer): v is SignedIn =>
  v.kind === 'user' && (v.role === 'ADMIN' || v.role === 'REGIONAL_STAFF' || v.role === 'VERIFIER');
