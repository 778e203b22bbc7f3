import type { Role, StaffViewerFieldsFragment } from '@patuh/graphql';
import { defineMessages } from '@patuh/ui';

/** The roles of Ombudsman staff, who use this app; institution officers use the portal. */
export type StaffRole = Exclude<Role, 'INSTITUTION_OFFICER'>;

export const adminOnly: readonly StaffRole[] = ['ADMIN'];

export type Viewer = StaffViewerFieldsFragment;

export const roleMessages = defineMessages(
  {
    ADMIN: 'Admin',
    REGIONAL_STAFF: 'Staf perwakilan',
    VERIFIER: 'Verifikator',
    INSTITUTION_OFFICER: 'Petugas instansi',
  },
  {
    ADMIN: 'Admin',
    REGIONAL_STAFF: 'Regional staff',
    VERIFIER: 'Verifier',
    INSTITUTION_OFFICER: 'Institution officer',
  },
);

export const scopeMessages = defineMessages({ national: 'Nasional' }, { national: 'National' });

/** Where a person's work reaches: their office's province, their body, or the whole country. */
export function scopeOf(person: Pick<Viewer, 'province' | 'institution'>): { kind: 'province' | 'institution'; name: string } | { kind: 'national' } {
  if (person.province) return { kind: 'province', name: person.province.name };
  if (person.institution) return { kind: 'institution', name: person.institution.name };
  return { kind: 'national' };
}
