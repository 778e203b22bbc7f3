import { describe, expect, it } from 'vitest';
import type { AnswerState } from './answers';
import { clearDraft, draftKey, readDraft, rebaseEdits, writeDraft, type StoredDraft } from './draftStore';

const answer = (value: number | null, note: string | null = null): AnswerState => ({ value, notApplicable: false, note });
const id = '0190a000-0000-7000-8000-000000000001';

function draft(baseVersion: number, edits: StoredDraft['edits']): StoredDraft {
  return { assessmentId: id, baseVersion, edits, updatedAt: '2026-07-01T02:00:00.000Z' };
}

describe('the offline draft store', () => {
  it('keeps unsaved edits under the assessment and the version they were made against', () => {
    expect(writeDraft(window.localStorage, draft(4, { 'IN-KOM-01': { answer: answer(2), base: answer(3) } }))).toBe(true);
    expect(window.localStorage.getItem(draftKey(id, 4))).not.toBeNull();
    expect(readDraft(window.localStorage, id)).toEqual(draft(4, { 'IN-KOM-01': { answer: answer(2), base: answer(3) } }));
    // Another assessment's draft is another entry.
    expect(readDraft(window.localStorage, '0190a000-0000-7000-8000-000000000002')).toBeNull();
  });

  it('keeps one draft per assessment: a newer version replaces the older, an empty one is removed', () => {
    writeDraft(window.localStorage, draft(4, { 'IN-KOM-01': { answer: answer(2), base: null } }));
    writeDraft(window.localStorage, draft(5, { 'IN-KOM-02': { answer: answer(1), base: null } }));
    expect(window.localStorage.getItem(draftKey(id, 4))).toBeNull();
    expect(readDraft(window.localStorage, id)?.baseVersion).toBe(5);

    writeDraft(window.localStorage, draft(6, {}));
    expect(readDraft(window.localStorage, id)).toBeNull();
    expect(window.localStorage.length).toBe(0);
  });

  it('ignores damaged entries, and clears every version of an assessment', () => {
    window.localStorage.setItem(draftKey(id, 3), '{not json');
    window.localStorage.setItem(draftKey(id, 7), JSON.stringify({ assessmentId: 'someone else', baseVersion: 7, edits: {} }));
    expect(readDraft(window.localStorage, id)).toBeNull();
    writeDraft(window.localStorage, draft(8, { 'IN-KOM-01': { answer: answer(2), base: null } }));
    expect(readDraft(window.localStorage, id)?.baseVersion).toBe(8);
    clearDraft(window.localStorage, id);
    expect(window.localStorage.length).toBe(0);
  });

  it('says so when the browser refuses to store', () => {
    const full = {
      length: 0,
      key: () => null,
      getItem: () => null,
      removeItem: () => undefined,
      clear: () => undefined,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } satisfies Storage;
    expect(writeDraft(full, draft(1, { 'IN-KOM-01': { answer: answer(2), base: null } }))).toBe(false);
  });
});

describe('rebasing unsaved edits on answers someone else saved', () => {
  it('keeps edits of untouched indicators, drops those both made alike, and asks about the rest', () => {
    const edits = {
      // I changed 3 → 2; they left it at 3: mine stands.
      'IN-KOM-01': { answer: answer(2), base: answer(3) },
      // We both changed it to 1: nothing to decide.
      'IN-KOM-02': { answer: answer(1), base: answer(3) },
      // I changed 3 → 2; they changed it to 0: a person decides.
      'IN-KOM-03': { answer: answer(2), base: answer(3) },
      // I answered it first; they answered it too, differently.
      'IN-KOM-04': { answer: answer(2), base: null },
    };
    const current = { 'IN-KOM-01': answer(3), 'IN-KOM-02': answer(1), 'IN-KOM-03': answer(0), 'IN-KOM-04': answer(3) };
    const { kept, conflicts } = rebaseEdits(edits, current);
    expect(kept).toEqual({ 'IN-KOM-01': { answer: answer(2), base: answer(3) } });
    expect(conflicts).toEqual(['IN-KOM-03', 'IN-KOM-04']);
  });

  it('reads a note changed elsewhere as a change, and blank or trimmed notes as the same', () => {
    const edits = { 'IN-KOM-01': { answer: answer(2, 'mine'), base: answer(2, null) } };
    expect(rebaseEdits(edits, { 'IN-KOM-01': answer(2, '  ') }).kept).toHaveProperty('IN-KOM-01');
    expect(rebaseEdits(edits, { 'IN-KOM-01': answer(2, 'theirs') }).conflicts).toEqual(['IN-KOM-01']);
    expect(rebaseEdits(edits, { 'IN-KOM-01': answer(2, ' mine ') }).conflicts).toEqual([]);
  });
});
