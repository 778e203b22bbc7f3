import type { ApiError, Bilingual } from '../api/errors';

/** What the platform accepts (apps/server/src/modules/assessment/evidence.files.ts). */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const ACCEPTED_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  txt: 'text/plain',
};
export const ACCEPT_ATTRIBUTE = Object.keys(ACCEPTED_TYPES)
  .map((extension) => `.${extension}`)
  .join(',');

/** The type to declare: the browser's, else the one its extension names; null when not accepted. */
export function evidenceTypeOf(file: Pick<File, 'name' | 'type'>): string | null {
  const declared = file.type.toLowerCase();
  if (Object.values(ACCEPTED_TYPES).includes(declared)) return declared;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return ACCEPTED_TYPES[extension] ?? null;
}

export interface UploadedEvidence {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  checksum: string;
}

export class UploadError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message?.en ?? apiError.code);
  }
}

const isBilingual = (value: unknown): value is Bilingual =>
  typeof value === 'object' && value !== null && typeof (value as Bilingual).id === 'string' && typeof (value as Bilingual).en === 'string';

/**
 * Sends one evidence file for a clarification: `PUT /api/evidence?clarificationId=…&fileName=…`
 * with the raw file as the body, its type as Content-Type and the `X-Patuh-Upload: 1` header
 * (see the server's evidence.routes.ts). XMLHttpRequest rather than fetch, because only it
 * reports the upload's progress.
 */
export function uploadEvidence(
  clarificationId: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedEvidence> {
  return new Promise((resolve, reject) => {
    const type = evidenceTypeOf(file);
    const query = new URLSearchParams({ clarificationId, fileName: file.name });
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `/api/evidence?${query}`);
    xhr.setRequestHeader('X-Patuh-Upload', '1');
    xhr.setRequestHeader('Content-Type', type ?? 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 201 && body && typeof body === 'object' && 'evidence' in body) {
        onProgress(1);
        resolve((body as { evidence: UploadedEvidence }).evidence);
        return;
      }
      const error = (body as { error?: { code?: unknown; i18n?: unknown; field?: unknown } } | null)?.error;
      reject(
        new UploadError({
          code: typeof error?.code === 'string' ? error.code : 'INTERNAL_SERVER_ERROR',
          message: isBilingual(error?.i18n) ? error.i18n : null,
          field: typeof error?.field === 'string' ? error.field : null,
          reasons: [],
          retryAfterSeconds: null,
        }),
      );
    };
    xhr.onerror = () => reject(new UploadError({ code: 'NETWORK', message: null, field: null, reasons: [], retryAfterSeconds: null }));
    xhr.onabort = () => reject(new UploadError({ code: 'ABORTED', message: null, field: null, reasons: [], retryAfterSeconds: null }));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
