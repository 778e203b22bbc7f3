/** One leaf of a before/after pair: where it is, its two values as text, and how it changed. */
export interface DiffRow {
  path: string;
  before: string | undefined;
  after: string | undefined;
  change: 'ADDED' | 'REMOVED' | 'CHANGED' | 'SAME';
}

/** Every leaf of a JSON value by its path (`document.dimensions[0].weight`), as text. */
export function flatten(value: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    if (value.length === 0) into.set(prefix, '[]');
    value.forEach((item, index) => flatten(item, `${prefix}[${index}]`, into));
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) into.set(prefix, '{}');
    for (const [key, item] of entries) flatten(item, prefix ? `${prefix}.${key}` : key, into);
  } else if (value !== undefined) {
    into.set(prefix, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return into;
}

/**
 * The leaves of `before` and `after` side by side, in the order they appear (before's first), each
 * marked with how it changed: what an audit reader needs is what moved, not two blobs of JSON.
 */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const old = before === null || before === undefined ? new Map<string, string>() : flatten(before);
  const now = after === null || after === undefined ? new Map<string, string>() : flatten(after);
  const paths = [...old.keys(), ...[...now.keys()].filter((path) => !old.has(path))];
  return paths.map((path) => {
    const was = old.get(path);
    const is = now.get(path);
    const change = was === undefined ? 'ADDED' : is === undefined ? 'REMOVED' : was === is ? 'SAME' : 'CHANGED';
    return { path, before: was, after: is, change };
  });
}
