/**
 * Both evidence stores keep the same promises: whole files or nothing, with their size and
 * checksum, under keys they make themselves. The S3-compatible one runs against s3rver, an S3
 * server in a process of the test (the real store is outside the project).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalFileStorage, S3FileStorage, type FileStorage } from './file-storage.js';

const BUCKET = 'evidence';
let s3: S3rver;
let s3Dir: string;
let localDir: string;
let s3Endpoint: string;

beforeAll(async () => {
  s3Dir = mkdtempSync(path.join(tmpdir(), 'patuh-s3-'));
  localDir = mkdtempSync(path.join(tmpdir(), 'patuh-files-'));
  s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const address = (await s3.run()) as { port: number };
  s3Endpoint = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await s3?.close();
  rmSync(s3Dir, { recursive: true, force: true });
  rmSync(localDir, { recursive: true, force: true });
});

/** A stream that sends some bytes, then fails, as a dropped upload does. */
function failingStream(): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(Buffer.alloc(64 * 1024, 7));
      } else this.destroy(new Error('connection lost'));
    },
  });
}

/** Every file a store keeps, whatever the key (the S3 store keeps objects as files under its folder). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !entry.name.endsWith('._S3rver_metadata.json'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const stores: [string, () => FileStorage, () => string][] = [
  ['on local disk', () => new LocalFileStorage(localDir), () => localDir],
  [
    'in an S3-compatible store',
    () => new S3FileStorage({ endpoint: s3Endpoint, bucket: BUCKET, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }),
    () => path.join(s3Dir, BUCKET),
  ],
];

describe.each(stores)('evidence files %s', (_name, storage, folder) => {
  it('are kept whole under a key of their own, with size and checksum, and removed again', async () => {
    const content = 'bukti: daftar pengunjung layanan, Januari–Maret\n'.repeat(20_000); // ~1 MB
    const stored = await storage().put(Readable.from([Buffer.from(content)]));
    expect(stored.key).toMatch(/^\d{4}\/[0-9a-f-]{36}$/);
    expect(stored.size).toBe(Buffer.byteLength(content));
    expect(stored.checksum).toBe(createHash('sha256').update(content).digest('hex'));
    expect(await text(await storage().get(stored.key))).toBe(content);

    await storage().delete(stored.key);
    await expect(storage().get(stored.key)).rejects.toThrow();
    await storage().delete(stored.key); // a missing file is not an error
  });

  it('leave nothing behind when an upload breaks off', async () => {
    const before = filesUnder(folder()).length;
    await expect(storage().put(failingStream())).rejects.toThrow('connection lost');
    expect(filesUnder(folder()).length).toBe(before);
  });

  it('refuse keys they did not make', async () => {
    await expect(storage().get('../../etc/passwd')).rejects.toThrow(/Not a storage key/);
    await expect(storage().delete('2025/../../x')).rejects.toThrow(/Not a storage key/);
  });
});

describe('an S3-compatible store that cannot be reached', () => {
  it('fails the upload instead of waiting on it', async () => {
    const unreachable = new S3FileStorage({ endpoint: 'http://127.0.0.1:1', bucket: BUCKET, region: 'us-east-1', accessKeyId: 'x', secretAccessKey: 'x' });
    await expect(unreachable.put(Readable.from([Buffer.from('bukti')]))).rejects.toThrow();
  });
});
