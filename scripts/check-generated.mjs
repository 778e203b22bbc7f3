#!/usr/bin/env node
/**
 * Fails when the committed SDL (packages/graphql/schema.graphql) or the typed documents
 * generated from it differ from what the code produces now: regenerates both and compares.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watched = ['packages/graphql/schema.graphql', 'packages/graphql/src/generated'];

function snapshot() {
  const files = new Map();
  const walk = (p) => {
    const abs = path.join(root, p);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) for (const f of readdirSync(abs)) walk(path.join(p, f));
    else files.set(p, createHash('sha256').update(readFileSync(abs)).digest('hex'));
  };
  watched.forEach(walk);
  return files;
}

const before = snapshot();
execSync('npx turbo run codegen --force --output-logs=errors-only', { cwd: root, stdio: 'inherit' });
const after = snapshot();
const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
if (changed.length) {
  console.error(`\nThe generated GraphQL files were stale (now regenerated; commit them):\n  ${changed.join('\n  ')}\n`);
  process.exit(1);
}
console.log('The committed SDL and generated GraphQL types match the code.');
