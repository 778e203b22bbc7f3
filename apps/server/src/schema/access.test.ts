/**
 * Every operation of the API with who may call it. A change of permissions shows up here as a
 * changed snapshot, in review. The compiled schema is used: it is what the server runs.
 */
import { describe, expect, it } from 'vitest';
import { accessDeclarations } from '../auth/access.js';

describe('access declarations', () => {
  it('cover every operation', async () => {
    const { buildPatuhSchema } = (await import('../../dist/schema/build-schema.js' as string)) as typeof import('./build-schema.js');
    const rows = accessDeclarations(await buildPatuhSchema());
    expect(rows.filter((r) => !r.access?.length)).toEqual([]);
    expect(rows.map((r) => `${r.field}: ${r.access!.join(', ')}`).sort()).toMatchSnapshot();
  });
});
