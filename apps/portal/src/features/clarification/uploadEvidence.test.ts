import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '../../test/fakeXhr';
import { UploadError, evidenceTypeOf, uploadEvidence } from './uploadEvidence';

beforeEach(() => {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => vi.unstubAllGlobals());

describe('uploading evidence', () => {
  it('PUTs the raw file with its type and the upload header, reporting progress', async () => {
    const file = new File(['%PDF-1.4 bukti'], 'SK Maklumat 2024.pdf', { type: 'application/pdf' });
    const progress: number[] = [];
    const done = uploadEvidence('c-1', file, (fraction) => progress.push(fraction));
    const xhr = FakeXhr.sent[0]!;
    expect(xhr.method).toBe('PUT');
    expect(xhr.url).toBe('/api/evidence?clarificationId=c-1&fileName=SK+Maklumat+2024.pdf');
    expect(xhr.headers).toEqual({ 'X-Patuh-Upload': '1', 'Content-Type': 'application/pdf' });
    expect(xhr.body).toBe(file);
    xhr.progress(5, 10);
    xhr.respond(201, { evidence: { id: 'e-1', fileName: file.name, contentType: 'application/pdf', sizeBytes: 14, checksum: 'abc' } });
    await expect(done).resolves.toMatchObject({ id: 'e-1' });
    expect(progress).toEqual([0.5, 1]);
  });

  it('reads the server’s refusal in both languages', async () => {
    const done = uploadEvidence('c-1', new File(['x'], 'foto.png', { type: 'image/png' }), () => undefined);
    FakeXhr.sent[0]!.respond(415, {
      error: { code: 'BAD_USER_INPUT', field: 'body', i18n: { id: 'Isi berkas bukan PNG seperti yang dinyatakan.', en: 'The file’s content is not PNG as declared.' } },
    });
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect((error as UploadError).apiError).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body', message: { id: 'Isi berkas bukan PNG seperti yang dinyatakan.' } });
  });

  it('says so when the connection drops', async () => {
    const done = uploadEvidence('c-1', new File(['x'], 'a.txt', { type: 'text/plain' }), () => undefined);
    FakeXhr.sent[0]!.onerror?.();
    await expect(done).rejects.toMatchObject({ apiError: { code: 'NETWORK' } });
  });

  it('declares a type from the extension when the browser gives none, and refuses others', () => {
    expect(evidenceTypeOf({ name: 'rekap.XLSX', type: '' })).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(evidenceTypeOf({ name: 'foto.jpeg', type: 'image/jpeg' })).toBe('image/jpeg');
    expect(evidenceTypeOf({ name: 'program.exe', type: 'application/x-msdownload' })).toBeNull();
  });
});
