/**
 * Who sees and who edits which part of the registry. The registry is public information, but
 * deactivated bodies and units are kept for history and shown to staff only. Headquarters edits
 * everything; a regional office edits the regional governments of its own province and their
 * units, never a ministry, an agency, or another province's body.
 */
import { isStaff, type Viewer } from '../../auth/viewer.js';
import { forbidden } from '../../errors.js';

export const seesInactive = (viewer: Viewer): boolean => isStaff(viewer);

/** The `active` condition of a list: what the viewer asked for, within what they may see. */
export function activeCondition(viewer: Viewer, asked: boolean | null | undefined): boolean | undefined {
  if (seesInactive(viewer)) return asked ?? undefined;
  if (asked === false) {
    throw forbidden({ id: 'Hanya staf Ombudsman yang dapat melihat data nonaktif.', en: 'Only Ombudsman staff may see inactive records.' });
  }
  return true;
}

export function canManage(viewer: Viewer, body: { provinceCode: string | null }): boolean {
  if (viewer.kind !== 'user') return false;
  if (viewer.role === 'ADMIN') return true;
  return viewer.role === 'REGIONAL_STAFF' && body.provinceCode !== null && body.provinceCode === viewer.provinceCode;
}

export function assertManages(viewer: Viewer, body: { provinceCode: string | null }): void {
  if (!canManage(viewer, body)) {
    throw forbidden({
      id: 'Anda hanya dapat mengubah instansi di wilayah kerja Anda.',
      en: 'You may only change bodies within your own area.',
    });
  }
}
