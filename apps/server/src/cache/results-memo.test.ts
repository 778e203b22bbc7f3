/** The results memo: one load per key shared by concurrent callers, forgotten on every change and never trusted while deaf. */
import { describe, expect, it } from 'vitest';
import type { ResultsChannel } from './results-channel.js';
import { createResultsMemo } from './results-memo.js';

/** A results channel the test drives: `change()` is a notification, `listening` can be switched off. */
function testChannel() {
  const listeners: (() => void)[] = [];
  const channel = {
    listening: true as boolean,
    onChange: (listener: () => void) => void listeners.push(listener),
    changedHere: () => listeners.forEach((l) => l()),
    close: async () => {},
  } satisfies ResultsChannel;
  return Object.assign(channel, { change: () => channel.changedHere() });
}

/** A loader that counts its calls and answers with the count. */
function counting() {
  let calls = 0;
  return { load: async () => ++calls, calls: () => calls };
}

describe('results memo', () => {
  it('loads a key once, for concurrent and later callers alike', async () => {
    const memo = createResultsMemo(testChannel());
    const revision = counting();
    const answers = await Promise.all([memo.remember('k', revision.load), memo.remember('k', revision.load)]);
    expect(await memo.remember('k', revision.load)).toBe(1);
    expect(answers).toEqual([1, 1]);
    expect(revision.calls()).toBe(1);
  });

  it('forgets everything when results change, including a load still under way', async () => {
    const channel = testChannel();
    const memo = createResultsMemo(channel);
    const rows = counting();
    await memo.remember('rows', rows.load);
    let release!: () => void;
    const slow = memo.remember('slow', () => new Promise<string>((resolve) => (release = () => resolve('before the change'))));
    channel.change();
    release();
    expect(await slow).toBe('before the change'); // its own caller still gets it
    expect(await memo.remember('slow', async () => 'after the change')).toBe('after the change');
    expect(await memo.remember('rows', rows.load)).toBe(2);
  });

  it('neither remembers nor reuses anything while changes cannot be heard', async () => {
    const channel = testChannel();
    const memo = createResultsMemo(channel);
    const rows = counting();
    await memo.remember('rows', rows.load);
    channel.listening = false;
    expect(await memo.remember('rows', rows.load)).toBe(2);
    expect(await memo.remember('rows', rows.load)).toBe(3);
  });

  it('does not remember a failed load', async () => {
    const memo = createResultsMemo(testChannel());
    await expect(memo.remember('k', () => Promise.reject(new Error('database unavailable')))).rejects.toThrow('database unavailable');
    expect(await memo.remember('k', async () => 'loaded')).toBe('loaded');
  });

  it('drops the oldest entries beyond its capacity', async () => {
    const memo = createResultsMemo(testChannel(), 2);
    const first = counting();
    await memo.remember('first', first.load);
    await memo.remember('second', async () => 0);
    await memo.remember('third', async () => 0);
    expect(await memo.remember('first', first.load)).toBe(2);
  });
});
