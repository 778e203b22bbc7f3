import { sameAnswer, type AnswerMap, type AnswerState } from './answers';

/** An answer changed here and not yet stored by the API, with the stored answer it was changed from. */
export interface PendingEdit {
  answer: AnswerState;
  /** The stored answer when the edit began; null when the indicator was unanswered. */
  base: AnswerState | null;
}

export type PendingEdits = Readonly<Record<string, PendingEdit>>;

/** Unsaved edits of one assessment, made against one version of it. */
export interface StoredDraft {
  assessmentId: string;
  baseVersion: number;
  edits: PendingEdits;
  updatedAt: string;
}

const prefix = 'patuh.admin.assessment-draft.';

/**
 * Unsaved answers live in localStorage under the assessment's id and the version they were made
 * against, so a lost connection, a closed tab or a reload never loses them, and on return the
 * version tells whether someone else saved in between.
 */
export function draftKey(assessmentId: string, version: number): string {
  return `${prefix}${assessmentId}.v${version}`;
}

function keysOf(storage: Storage, assessmentId: string): string[] {
  const start = `${prefix}${assessmentId}.v`;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(start)) keys.push(key);
  }
  return keys;
}

function isDraft(value: unknown, assessmentId: string): value is StoredDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<StoredDraft>;
  return draft.assessmentId === assessmentId && typeof draft.baseVersion === 'number' && typeof draft.edits === 'object' && draft.edits !== null;
}

/** The newest draft kept for an assessment, or null; unreadable entries are ignored. */
export function readDraft(storage: Storage, assessmentId: string): StoredDraft | null {
  let newest: StoredDraft | null = null;
  for (const key of keysOf(storage, assessmentId)) {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? 'null');
      if (isDraft(parsed, assessmentId) && (!newest || parsed.baseVersion > newest.baseVersion)) newest = parsed;
    } catch {
      // A damaged entry is no draft.
    }
  }
  return newest;
}

/** Keeps the draft (replacing those of older versions); an empty one is removed. False when the browser refuses to store it. */
export function writeDraft(storage: Storage, draft: StoredDraft): boolean {
  try {
    for (const key of keysOf(storage, draft.assessmentId)) if (key !== draftKey(draft.assessmentId, draft.baseVersion)) storage.removeItem(key);
    if (Object.keys(draft.edits).length === 0) storage.removeItem(draftKey(draft.assessmentId, draft.baseVersion));
    else storage.setItem(draftKey(draft.assessmentId, draft.baseVersion), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: Storage, assessmentId: string): void {
  try {
    for (const key of keysOf(storage, assessmentId)) storage.removeItem(key);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** What becomes of local edits when the stored answers have moved on (someone else saved). */
export interface Rebased {
  /** Edits that still apply: the other person left those indicators as they were. */
  kept: Record<string, PendingEdit>;
  /** Indicators both changed, differently: the person must choose. */
  conflicts: string[];
}

/**
 * Puts local edits on top of the current stored answers. An edit whose indicator the other person
 * did not touch is kept; one where both arrived at the same answer is done; one where both changed
 * it differently is a conflict, resolved by a person and never silently.
 */
export function rebaseEdits(edits: PendingEdits, current: AnswerMap): Rebased {
  const kept: Record<string, PendingEdit> = {};
  const conflicts: string[] = [];
  for (const [code, edit] of Object.entries(edits)) {
    const theirs = current[code] ?? null;
    if (sameAnswer(theirs, edit.answer)) continue;
    if (sameAnswer(theirs, edit.base)) kept[code] = { answer: edit.answer, base: theirs };
    else conflicts.push(code);
  }
  return { kept, conflicts };
}
