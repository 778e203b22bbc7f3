/**
 * Where evidence bytes live. The database keeps only metadata and a storage key; the key is made
 * here, never from anything a user sent, so a file name cannot reach the file system.
 *
 * The local-disk implementation below is the default. An S3-compatible object store (MinIO, a
 * cloud bucket) plugs in here as a second implementation of `FileStorage`, chosen from config
 * when one is configured; nothing outside this file would change.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredFile {
  key: string;
  size: number;
  /** SHA-256 of the content, hex. */
  checksum: string;
}

export interface FileStorage {
  /** Stores the stream whole or not at all: on any error nothing is left behind. */
  put(content: Readable): Promise<StoredFile>;
  /** The content of a stored file; rejects when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes a file; a missing one is not an error. */
  delete(key: string): Promise<void>;
}

/** `<yyyy>/<uuid>`: the only shape of key this storage makes or accepts. */
const KEY = /^(\d{4})\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * Files under `<root>/<yyyy>/<uuid>`. Uploads are written to `<root>/.incoming/` first, on the same
 * file system, and renamed into place only once complete, so a half-written file is never visible
 * under its key and an interrupted upload leaves nothing but a temp file that is removed.
 */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(content: Readable): Promise<StoredFile> {
    const id = randomUUID();
    const year = String(new Date().getUTCFullYear());
    const incoming = path.join(this.root, '.incoming');
    await mkdir(incoming, { recursive: true, mode: 0o700 });
    const temp = path.join(incoming, `${id}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    // Opened before anything is written, so that on failure the file to remove surely exists.
    const file = await open(temp, 'wx', 0o600);
    try {
      await pipeline(content, measure, file.createWriteStream());
      await mkdir(path.join(this.root, year), { recursive: true, mode: 0o700 });
      await rename(temp, this.pathOf(`${year}/${id}`));
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { key: `${year}/${id}`, size, checksum: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    const handle = await open(this.pathOf(key), 'r');
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    const match = KEY.exec(key);
    if (!match) throw new Error(`Not a storage key of this storage: ${JSON.stringify(key)}`);
    return path.join(this.root, match[1]!, match[2]!);
  }
}
