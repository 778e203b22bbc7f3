import type { ApiError, Bilingual } from '../../api/errors';

/** What the platform tells the uploader about a stored evidence file. */
export interface UploadedEvidence {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  checksum: string;
}

export interface EvidenceUploadRequest {
  /** Exactly one owner: the assessment or the clarification the file supports. */
  owner: { assessmentId: string } | { clarificationId: string };
  indicatorCode: string | null;
  file: File;
  /** Called as bytes leave the browser, 0–1. */
  onProgress?: (fraction: number) => void;
}

/** The endpoint of apps/server's evidence routes (plain HTTP: the body is the raw file). */
export const evidenceEndpoint = '/api/evidence';
const uploadHeader = 'X-Patuh-Upload';

function failure(code: string, message: Bilingual | null): ApiError {
  return { code, message, field: null, issues: [], reasons: [], retryAfterSeconds: null, current: undefined };
}

/**
 * Uploads an evidence file with XMLHttpRequest, which (unlike fetch) reports upload progress.
 * Rejects with an ApiError: the platform's own error, or NETWORK when no answer came.
 */
export function uploadEvidence({ owner, indicatorCode, file, onProgress }: EvidenceUploadRequest): Promise<UploadedEvidence> {
  const query = new URLSearchParams();
  if ('assessmentId' in owner) query.set('assessmentId', owner.assessmentId);
  else query.set('clarificationId', owner.clarificationId);
  if (indicatorCode) query.set('indicatorCode', indicatorCode);
  query.set('fileName', file.name);

  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', `${evidenceEndpoint}?${query.toString()}`);
    request.setRequestHeader(uploadHeader, '1');
    // The platform checks the declared type against the file's first bytes; an unknown type is refused with its reason.
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { evidence?: UploadedEvidence; error?: { code?: string; i18n?: Bilingual } } | null;
      if (request.status >= 200 && request.status < 300 && body?.evidence) {
        onProgress?.(1);
        resolve(body.evidence);
        return;
      }
      reject(failure(body?.error?.code ?? 'INTERNAL_SERVER_ERROR', body?.error?.i18n ?? null));
    };
    request.onerror = () => reject(failure('NETWORK', null));
    request.onabort = () => reject(failure('NETWORK', null));
    request.send(file);
  });
}

/** A file size for people: 12 KB, 3.4 MB. */
export function formatBytes(bytes: number, locale: 'id' | 'en'): string {
  const tag = locale === 'id' ? 'id-ID' : 'en-GB';
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(tag, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
