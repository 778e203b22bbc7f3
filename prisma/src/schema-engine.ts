/**
 * Prisma's schema engine, run from its WebAssembly build.
 *
 * The `prisma migrate` CLI needs a native engine it downloads at first use; this platform must
 * migrate on machines that cannot reach that host, so it drives the same engine compiled to
 * WebAssembly through the pg driver adapter. Migrations stay in Prisma's folder layout, so the
 * ordinary `prisma migrate deploy` reads the same history wherever it is available.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine, MigrationList, DiffTarget } from '@prisma/schema-engine-wasm';

/** The WebAssembly global, typed as far as it is used here (Node's types for it come with lib.dom). */
interface WasmRuntime {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const wasmRuntime = (globalThis as unknown as { WebAssembly: WasmRuntime }).WebAssembly;

type EngineModule = typeof import('@prisma/schema-engine-wasm');
let engineModule: Promise<EngineModule> | undefined;

/** The package's entry imports the .wasm as an ES module, which Node refuses; load it by hand. */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const bgUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bg = (await import(bgUrl)) as EngineModule & { __wbg_set_wasm(exports: unknown): void };
    const wasmPath = path.join(path.dirname(fileURLToPath(bgUrl)), 'schema_engine_bg.wasm');
    const { instance } = await wasmRuntime.instantiate(await readFile(wasmPath), { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return engineModule;
}

/**
 * The pg adapter runs a migration script by splitting it at every ";" (which breaks function
 * bodies and comments) and sends the parts one by one (so a failure leaves half a migration).
 * PostgreSQL runs a multi-statement query as one implicit transaction: send the script whole.
 */
class WholeScriptPg extends PrismaPg {
  /** Connections the engine opened; closing them releases its session-level migration lock. */
  readonly opened: { dispose(): Promise<void> }[] = [];

  override async connect() {
    const adapter = await super.connect();
    this.opened.push(adapter);
    const internals = adapter as unknown as { client: { query(sql: string): Promise<unknown> }; onError(e: unknown): never };
    adapter.executeScript = async (script: string) => {
      try {
        await internals.client.query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    return adapter;
  }
}

export interface EngineHandle {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/** Opens the schema engine against a database. Even schema-to-schema diffs need one. */
export async function openSchemaEngine(databaseUrl: string, datamodel?: string): Promise<EngineHandle> {
  const mod = await loadEngineModule();
  const logs: string[] = [];
  const adapter = new WholeScriptPg({ connectionString: databaseUrl });
  const engine = await mod.SchemaEngine.new(
    { datamodels: datamodel ? [['schema.prisma', datamodel]] : undefined },
    (line: string) => {
      logs.push(line);
    },
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(adapter.opened.map((a) => a.dispose().catch(() => {})));
    },
  };
}

export const migrationsDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'migrations');
export const schemaPath = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'schema.prisma');

/** Reads the migrations folder into the engine's format. */
export async function readMigrations(dir = migrationsDir): Promise<MigrationList> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    entries.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(dir, name, 'migration.sql'), 'utf8').then(
          (sql) => ({ tag: 'ok' as const, value: sql }),
          (err: Error) => ({ tag: 'error' as const, value: err.message }),
        ),
      },
    })),
  );
  const lockPath = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: await readFile(lockPath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories,
  } as MigrationList;
}

export const noFilters = { externalTables: [], externalEnums: [] };

export function datamodelTarget(content: string): DiffTarget {
  return { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content }] };
}

/** SQL that takes a database from one schema to another (`empty` when `from` is undefined). */
export async function diffSchemas(databaseUrl: string, from: string | undefined, to: string | undefined): Promise<string> {
  const handle = await openSchemaEngine(databaseUrl);
  try {
    const result = await handle.engine.diff({
      from: from === undefined ? { tag: 'empty' } : datamodelTarget(from),
      to: to === undefined ? { tag: 'empty' } : datamodelTarget(to),
      script: true,
      exitCode: true,
      filters: noFilters,
    } as Parameters<SchemaEngine['diff']>[0]);
    // exitCode 2 means "not empty"; 0 means "This is an empty migration."
    return result.exitCode === 0 ? '' : (result.stdout ?? '');
  } finally {
    await handle.close();
  }
}
