import type { AnswerInput } from '@patuh/graphql';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { readApiError, type ApiError } from '../../api/errors';
import { answersFromApi, sameAnswer, toAnswerInput, type AnswerMap, type AnswerState } from './answers';
import { clearDraft, readDraft, rebaseEdits, writeDraft, type PendingEdit } from './draftStore';

/** An answer as the API returns it after a save or with a conflict. */
export interface StoredAnswer {
  indicatorCode: string;
  value: number | null;
  notApplicable: boolean;
  note: string | null;
  updatedAt?: string;
  updatedBy?: { id: string; name: string } | null;
}

export interface SaveRequest {
  assessmentId: string;
  expectedVersion: number;
  answers: AnswerInput[];
}

/** Stores answers (`saveAnswers`); rejects with the API's error. */
export type SaveAnswers = (request: SaveRequest) => Promise<{ version: number; answers: readonly StoredAnswer[] }>;

/** Someone else saved first and changed some of the same indicators differently. */
export interface AnswerConflict {
  /** The indicators to decide, in the order they were edited. */
  codes: string[];
  /** Their answers, as stored now. */
  theirs: AnswerMap;
  /** Who last changed each of those indicators, and when. */
  changedBy: Readonly<Record<string, { name: string; at: string | null }>>;
}

export type Resolution = Readonly<Record<string, 'mine' | 'theirs'>>;

/**
 * - `saved`: everything is stored;
 * - `pending`: changes wait for the next save (it starts once typing pauses);
 * - `saving`: a save is under way;
 * - `offline`: the API cannot be reached; changes are kept in this browser and saved on return;
 * - `invalid`: some answers do not fit their scale and are kept here until corrected;
 * - `conflict`: someone else changed the same indicators: the person decides;
 * - `refused`: the API refuses the save for another reason (stage, access): nothing is retried.
 */
export type DraftStatus = 'saved' | 'pending' | 'saving' | 'offline' | 'invalid' | 'conflict' | 'refused';

interface State {
  version: number;
  stored: Record<string, AnswerState>;
  edits: Record<string, PendingEdit>;
  conflict: AnswerConflict | null;
  /** Edits the API refused as bad input, with its message, until they change. */
  refusals: Record<string, ApiError>;
  failure: ApiError | null;
  saving: boolean;
  offline: boolean;
  lastSavedAt: Date | null;
}

export interface UseAnswerDraftsOptions {
  assessmentId: string;
  version: number;
  answers: readonly StoredAnswer[];
  save: SaveAnswers;
  /** Whether the scoring package accepts an answer; others are kept here, marked, and not sent. */
  isValid: (code: string, answer: AnswerState) => boolean;
  storage?: Storage | null;
  debounceMs?: number;
}

const retryDelays = [3_000, 10_000, 30_000];

function changedByOf(answers: readonly StoredAnswer[]): Record<string, { name: string; at: string | null }> {
  const result: Record<string, { name: string; at: string | null }> = {};
  for (const answer of answers) if (answer.updatedBy) result[answer.indicatorCode] = { name: answer.updatedBy.name, at: answer.updatedAt ?? null };
  return result;
}

function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The initial state: the stored answers, with whatever this browser kept unsaved put back on top. */
function initialState(options: UseAnswerDraftsOptions, storage: Storage | null): State & { restored: boolean } {
  const stored = answersFromApi(options.answers);
  const base: State = { version: options.version, stored, edits: {}, conflict: null, refusals: {}, failure: null, saving: false, offline: false, lastSavedAt: null };
  const draft = storage ? readDraft(storage, options.assessmentId) : null;
  if (!draft || Object.keys(draft.edits).length === 0) return { ...base, restored: false };
  if (draft.baseVersion === options.version) {
    const edits = Object.fromEntries(Object.entries(draft.edits).filter(([code, edit]) => !sameAnswer(edit.answer, stored[code])));
    return { ...base, edits, restored: true };
  }
  // Saved elsewhere since: keep what still applies, and ask about the rest.
  const { kept, conflicts } = rebaseEdits(draft.edits, stored);
  const edits: Record<string, PendingEdit> = { ...kept };
  for (const code of conflicts) edits[code] = draft.edits[code] as PendingEdit;
  const conflict = conflicts.length ? { codes: conflicts, theirs: stored, changedBy: changedByOf(options.answers) } : null;
  return { ...base, edits, conflict, restored: true };
}

/**
 * The answers of one assessment while someone edits them: saved automatically once typing pauses,
 * against the version read (`expectedVersion`); kept in this browser until stored, through a lost
 * connection or a reload; and, when someone else saved first, merged where it can be and put to
 * the person where both changed the same indicator. Nothing typed is dropped without a decision.
 */
export function useAnswerDrafts(options: UseAnswerDraftsOptions) {
  const { assessmentId, save, isValid, debounceMs = 800 } = options;
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const [initial] = useState(() => initialState(options, storage));
  const [state, setState] = useState<State>(initial);
  const stateRef = useRef(state);
  stateRef.current = state;
  const mounted = useRef(true);
  const [attempt, setAttempt] = useState(0);
  const isValidRef = useRef(isValid);
  isValidRef.current = isValid;
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const answers = useMemo(() => {
    const merged: Record<string, AnswerState> = { ...state.stored };
    for (const [code, edit] of Object.entries(state.edits)) merged[code] = edit.answer;
    return merged;
  }, [state.stored, state.edits]);

  const savableCodes = useCallback(
    (current: State) =>
      current.conflict || current.failure
        ? []
        : Object.entries(current.edits)
            .filter(([code, edit]) => !current.refusals[code] && isValidRef.current(code, edit.answer))
            .map(([code]) => code),
    [],
  );

  // Every change is written to this browser first, so it survives whatever happens next.
  useEffect(() => {
    if (!storage) return;
    writeDraft(storage, { assessmentId, baseVersion: state.version, edits: state.edits, updatedAt: new Date().toISOString() });
  }, [storage, assessmentId, state.version, state.edits]);

  const runSave = useCallback(async () => {
    const current = stateRef.current;
    const codes = savableCodes(current);
    if (codes.length === 0 || current.saving) return;
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      setState((s) => ({ ...s, offline: true }));
      return;
    }
    const sent: Record<string, AnswerState> = {};
    for (const code of codes) sent[code] = (current.edits[code] as PendingEdit).answer;
    setState((s) => ({ ...s, saving: true }));
    try {
      const result = await saveRef.current({
        assessmentId,
        expectedVersion: current.version,
        answers: codes.map((code) => toAnswerInput(code, sent[code] as AnswerState)),
      });
      if (!mounted.current) return;
      const stored = answersFromApi(result.answers);
      setState((s) => {
        const edits: Record<string, PendingEdit> = {};
        for (const [code, edit] of Object.entries(s.edits)) {
          if (sameAnswer(edit.answer, stored[code])) continue;
          // Changed again while the save was under way: it now builds on what was just stored.
          edits[code] = code in sent ? { answer: edit.answer, base: stored[code] ?? null } : edit;
        }
        return { ...s, version: result.version, stored, edits, saving: false, offline: false, failure: null, lastSavedAt: new Date() };
      });
      setAttempt(0);
    } catch (error) {
      if (!mounted.current) return;
      const apiError = readApiError(error);
      if (apiError.code === 'NETWORK') {
        setState((s) => ({ ...s, saving: false, offline: true }));
        return;
      }
      // The server answered: whatever it said, the connection is back.
      setAttempt(0);
      if (apiError.code === 'CONFLICT') {
        const current = (apiError.current ?? {}) as { version?: number; answers?: StoredAnswer[] };
        if (typeof current.version !== 'number' || !Array.isArray(current.answers)) {
          setState((s) => ({ ...s, saving: false, offline: false, failure: apiError }));
          return;
        }
        const theirs = answersFromApi(current.answers);
        const changedBy = changedByOf(current.answers);
        setState((s) => {
          const { kept, conflicts } = rebaseEdits(s.edits, theirs);
          const edits: Record<string, PendingEdit> = { ...kept };
          for (const code of conflicts) edits[code] = s.edits[code] as PendingEdit;
          return {
            ...s,
            saving: false,
            offline: false,
            version: current.version as number,
            stored: theirs,
            edits,
            conflict: conflicts.length ? { codes: conflicts, theirs, changedBy } : null,
          };
        });
        return;
      }
      if (apiError.code === 'BAD_USER_INPUT') {
        // `answers[i].value`: the i-th answer sent; every issue names its own.
        const fields = [apiError.field, ...apiError.issues.map((issue) => issue.field)];
        const refused = new Set<string>();
        for (const field of fields) {
          const index = /^answers\[(\d+)\]/.exec(field ?? '')?.[1];
          const code = index === undefined ? undefined : codes[Number(index)];
          if (code) refused.add(code);
        }
        if (refused.size > 0) {
          setState((s) => {
            const refusals = { ...s.refusals };
            for (const code of refused) refusals[code] = apiError;
            return { ...s, saving: false, offline: false, refusals };
          });
          return;
        }
      }
      setState((s) => ({ ...s, saving: false, offline: false, failure: apiError }));
    }
  }, [assessmentId, savableCodes]);

  const pendingCount = savableCodes(state).length;

  // Saves once typing pauses; while offline, tries again later and as soon as the browser is back online.
  useEffect(() => {
    if (pendingCount === 0 || state.saving) return undefined;
    const delay = state.offline ? (retryDelays[Math.min(attempt, retryDelays.length - 1)] as number) : debounceMs;
    const timer = window.setTimeout(() => {
      if (state.offline) setAttempt((n) => n + 1);
      void runSave();
    }, delay);
    return () => window.clearTimeout(timer);
  }, [pendingCount, state.saving, state.offline, state.edits, attempt, debounceMs, runSave]);

  useEffect(() => {
    const back = () => {
      setAttempt(0);
      void runSave();
    };
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [runSave]);

  const edit = useCallback((code: string, answer: AnswerState) => {
    setState((s) => {
      const edits = { ...s.edits };
      const refusals = { ...s.refusals };
      delete refusals[code];
      if (sameAnswer(answer, s.stored[code])) delete edits[code];
      else edits[code] = { answer, base: s.edits[code]?.base ?? s.stored[code] ?? null };
      return { ...s, edits, refusals };
    });
  }, []);

  /** Applies the person's choice per conflicting indicator; the edits kept are saved against the new version. */
  const resolve = useCallback((choices: Resolution) => {
    setState((s) => {
      if (!s.conflict) return s;
      const edits = { ...s.edits };
      for (const code of s.conflict.codes) {
        const mine = edits[code];
        if (choices[code] === 'mine' && mine) edits[code] = { answer: mine.answer, base: s.stored[code] ?? null };
        else delete edits[code];
      }
      return { ...s, edits, conflict: null };
    });
  }, []);

  /** Forgets every unsaved change, here and in this browser's storage. */
  const discard = useCallback(() => {
    if (storage) clearDraft(storage, assessmentId);
    setState((s) => ({ ...s, edits: {}, conflict: null, refusals: {}, failure: null }));
  }, [storage, assessmentId]);

  /** Tries again now, after going offline or a refusal that may have passed. */
  const retry = useCallback(() => {
    setAttempt(0);
    setState((s) => ({ ...s, failure: null, offline: false }));
  }, []);

  const invalidCount = Object.keys(state.edits).filter((code) => state.refusals[code] || !isValid(code, (state.edits[code] as PendingEdit).answer)).length;
  const status: DraftStatus = state.conflict
    ? 'conflict'
    : state.failure
      ? 'refused'
      : state.saving
        ? 'saving'
        : state.offline
          ? 'offline'
          : pendingCount > 0
            ? 'pending'
            : invalidCount > 0
              ? 'invalid'
              : 'saved';

  return {
    answers,
    version: state.version,
    stored: state.stored as AnswerMap,
    edits: state.edits as Readonly<Record<string, PendingEdit>>,
    status,
    conflict: state.conflict,
    refusals: state.refusals as Readonly<Record<string, ApiError>>,
    failure: state.failure,
    lastSavedAt: state.lastSavedAt,
    /** Unsaved edits found in this browser when the page opened were put back. */
    restored: initial.restored,
    unsavedCount: Object.keys(state.edits).length,
    edit,
    resolve,
    discard,
    retry,
  };
}
