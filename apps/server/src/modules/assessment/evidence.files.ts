/**
 * What an evidence file may be: the allowed types, checked by the declared Content-Type and by
 * the file's first bytes where the format has a signature; its size, counted while it streams;
 * its name, kept as metadata only.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { badInput, type PatuhError } from '../../errors.js';

/** 20 MiB. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

interface FileType {
  label: string;
  /** Bytes needed to recognise the signature. */
  headBytes: number;
  matches: (head: Buffer) => boolean;
  /** Plain text: no signature, but never a NUL byte. */
  text?: boolean;
}

const startsWith = (...signature: number[]) => (head: Buffer) => head.subarray(0, signature.length).equals(Buffer.from(signature));
const ascii = (text: string) => [...Buffer.from(text, 'latin1')];
/** DOCX and XLSX are ZIP packages; their inner layout is not inspected. */
const zip = startsWith(0x50, 0x4b, 0x03, 0x04);

const FILE_TYPES: Record<string, FileType> = {
  'application/pdf': { label: 'PDF', headBytes: 5, matches: startsWith(...ascii('%PDF-')) },
  'image/png': { label: 'PNG', headBytes: 8, matches: startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  'image/jpeg': { label: 'JPEG', headBytes: 3, matches: startsWith(0xff, 0xd8, 0xff) },
  'image/webp': {
    label: 'WebP',
    headBytes: 12,
    matches: (head) => startsWith(...ascii('RIFF'))(head) && head.subarray(8, 12).equals(Buffer.from('WEBP', 'latin1')),
  },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'DOCX', headBytes: 4, matches: zip },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'XLSX', headBytes: 4, matches: zip },
  'text/csv': { label: 'CSV', headBytes: 0, matches: () => true, text: true },
  'text/plain': { label: 'TXT', headBytes: 0, matches: () => true, text: true },
};

const ALLOWED = 'PDF, PNG, JPEG, WebP, DOCX, XLSX, CSV, TXT';

/** An upload refused with an HTTP status of its own (413, 415) beside the usual error code. */
export class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    readonly error: PatuhError,
  ) {
    super(error.message);
  }
}

/** The media type of an allowed Content-Type, without parameters; anything else is refused. */
export function evidenceContentType(header: string | undefined): string {
  const mediaType = (header ?? '').split(';')[0]!.trim().toLowerCase();
  if (!(mediaType in FILE_TYPES)) {
    throw new UploadRefusal(
      415,
      badInput('contentType', { id: `Jenis berkas tidak diterima. Yang diterima: ${ALLOWED}.`, en: `This file type is not accepted. Accepted: ${ALLOWED}.` }),
    );
  }
  return mediaType;
}

export const tooLarge = () =>
  new UploadRefusal(
    413,
    badInput('body', { id: 'Berkas melebihi batas 20 MB.', en: 'The file is larger than the 20 MB limit.' }),
  );

const notOfType = (type: FileType) =>
  new UploadRefusal(
    415,
    badInput('body', { id: `Isi berkas bukan ${type.label} seperti yang dinyatakan.`, en: `The file’s content is not ${type.label} as declared.` }),
  );

const empty = () => new UploadRefusal(400, badInput('body', { id: 'Berkas kosong.', en: 'The file is empty.' }));

/**
 * Passes the upload through while counting it and checking its signature: fails as soon as it
 * grows past the limit, or when its first bytes are not of the declared type.
 */
export class EvidenceGuard extends Transform {
  private readonly type: FileType;
  private head: Buffer[] = [];
  private headLength = 0;
  private recognised = false;
  private size = 0;

  constructor(contentType: string) {
    super();
    this.type = FILE_TYPES[contentType]!;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > MAX_EVIDENCE_BYTES) return done(tooLarge());
    if (this.type.text && chunk.includes(0)) return done(notOfType(this.type));
    if (this.recognised) return done(null, chunk);
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < this.type.headBytes) return done();
    done(this.recognise());
  }

  override _flush(done: TransformCallback): void {
    if (this.size === 0) return done(empty());
    done(this.recognised ? null : this.recognise());
  }

  private recognise(): UploadRefusal | null {
    const head = Buffer.concat(this.head);
    if (!this.type.matches(head)) return notOfType(this.type);
    this.recognised = true;
    this.head = [];
    this.push(head);
    return null;
  }
}

const badName = (reason: { id: string; en: string }) =>
  badInput('fileName', { id: `Nama berkas tidak diterima: ${reason.id}`, en: `File name not accepted: ${reason.en}` });

/**
 * The name a file was uploaded with, kept as metadata only. Anything that looks like a path or
 * carries control characters is refused rather than repaired, so what is stored is what was sent.
 */
export function evidenceFileName(raw: string | undefined): string {
  const name = (raw ?? '').normalize('NFC').trim();
  if (name.length === 0) throw badName({ id: 'kosong.', en: 'it is empty.' });
  if (name.length > 255) throw badName({ id: 'lebih dari 255 karakter.', en: 'it is longer than 255 characters.' });
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw badName({ id: 'mengandung karakter kontrol.', en: 'it contains control characters.' });
  if (/[/\\]/.test(name) || name === '.' || name === '..') {
    throw badName({ id: 'nama berkas tidak boleh berupa jalur folder.', en: 'a file name cannot be a folder path.' });
  }
  return name;
}
