/**
 * When a person last opened an assessment for review, kept in this browser per person and
 * assessment: the next visit asks the API what changed since (`assessmentChanges`).
 */
const prefix = 'patuh.admin.assessment-seen.';

const keyOf = (viewerId: string, assessmentId: string) => `${prefix}${viewerId}.${assessmentId}`;

export function lastSeenAt(viewerId: string, assessmentId: string): string | null {
  try {
    const value = window.localStorage.getItem(keyOf(viewerId, assessmentId));
    return value && !Number.isNaN(Date.parse(value)) ? value : null;
  } catch {
    return null;
  }
}

export function markSeen(viewerId: string, assessmentId: string, at: Date = new Date()): void {
  try {
    window.localStorage.setItem(keyOf(viewerId, assessmentId), at.toISOString());
  } catch {
    // Without storage, every visit is a first one.
  }
}
