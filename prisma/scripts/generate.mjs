// `prisma generate` needs no schema engine, but the CLI tries to download one first unless
// PRISMA_SCHEMA_ENGINE_BINARY names an executable; any will do, since generate never calls it.
import { spawnSync } from 'node:child_process';
const result = spawnSync('prisma', ['generate', '--schema', 'schema.prisma'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
process.exit(result.status ?? 1);
