/**
 * Where evidence bytes live. The database keeps only metadata and a storage key; the key is made
 * here, never from anything a user sent, so a file name cannot reach the file system.
 *
 * On local disk by default; in an S3-compatible object store (a cloud bucket, MinIO) when
 * `EVIDENCE_S3_URL` names one, which several server instances can share.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { PassThrough, Transform, type Readable } from 'node:stream';
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

function newKey(): { key: string; year: string; id: string } {
  const id = randomUUID();
  const year = String(new Date().getUTCFullYear());
  return { key: `${year}/${id}`, year, id };
}

function checkedKey(key: string): RegExpExecArray {
  const match = KEY.exec(key);
  if (!match) throw new Error(`Not a storage key of this storage: ${JSON.stringify(key)}`);
  return match;
}

/** A pass-through that counts and hashes what flows through it. */
function measured(): { stream: Transform; result: () => { size: number; checksum: string } } {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ size, checksum: hash.digest('hex') }) };
}

/**
 * Files under `<root>/<yyyy>/<uuid>`. Uploads are written to `<root>/.incoming/` first, on the same
 * file system, and renamed into place only once complete, so a half-written file is never visible
 * under its key and an interrupted upload leaves nothing but a temp file that is removed.
 */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(content: Readable): Promise<StoredFile> {
    const { key, year, id } = newKey();
    const incoming = path.join(this.root, '.incoming');
    await mkdir(incoming, { recursive: true, mode: 0o700 });
    const temp = path.join(incoming, `${id}.part`);
    const measure = measured();
    // Opened before anything is written, so that on failure the file to remove surely exists.
    const file = await open(temp, 'wx', 0o600);
    try {
      await pipeline(content, measure.stream, file.createWriteStream());
      await mkdir(path.join(this.root, year), { recursive: true, mode: 0o700 });
      await rename(temp, this.pathOf(key));
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { key, ...measure.result() };
  }

  async get(key: string): Promise<Readable> {
    const handle = await open(this.pathOf(key), 'r');
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    const match = checkedKey(key);
    return path.join(this.root, match[1]!, match[2]!);
  }
}

/** Where an S3-compatible store is, from `EVIDENCE_S3_URL` (config.ts). */
export interface S3Location {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Objects `<yyyy>/<uuid>` in one bucket, addressed by path (as MinIO and most S3-compatible stores
 * expect). An upload is a multipart upload that the store only makes visible under its key once
 * complete; on any error it is aborted, so nothing is left behind.
 */
export class S3FileStorage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly location: S3Location) {
    this.client = new S3Client({
      endpoint: location.endpoint,
      region: location.region,
      forcePathStyle: true,
      credentials: { accessKeyId: location.accessKeyId, secretAccessKey: location.secretAccessKey },
    });
  }

  async put(content: Readable): Promise<StoredFile> {
    const { key } = newKey();
    const measure = measured();
    const body = new PassThrough();
    const upload = new Upload({ client: this.client, params: { Bucket: this.location.bucket, Key: key, Body: body } });
    try {
      await Promise.all([pipeline(content, measure.stream, body), upload.done()]);
    } catch (error) {
      // Whichever side failed, the other stops too: the request is no longer read, the upload is dropped.
      body.destroy();
      await upload.abort().catch(() => undefined);
      await this.delete(key).catch(() => undefined);
      throw error;
    }
    return { key, ...measure.result() };
  }

  async get(key: string): Promise<Readable> {
    checkedKey(key);
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.location.bucket, Key: key }));
    return object.Body as Readable;
  }

  async delete(key: string): Promise<void> {
    checkedKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: key }));
  }
}

/** The storage the settings name: S3-compatible when configured, else files under `localDir`. */
export function createFileStorage(s3: S3Location | undefined, localDir: string): FileStorage {
  return s3 ? new S3FileStorage(s3) : new LocalFileStorage(localDir);
}
