import type { z } from 'zod';
import { ZImportResult } from '../../shared/schemas/import';
import { ApiError, getCsrfToken, withQuery } from './client';

export interface UploadCallbacks {
  /** Share of the file sent so far, 0–1 (called often while the browser sends the body). */
  onUploadProgress?: (fraction: number) => void;
  /** The whole file has been sent; from now on the server is working on it. */
  onUploaded?: () => void;
  signal?: AbortSignal;
}

function errorFrom(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: string; message?: string; details?: ApiError['details'] } })
    ?.error;
  return new ApiError(
    status,
    error?.code ?? `HTTP_${status}`,
    error?.message ?? `Servern svarade ${status}`,
    error?.details ?? [],
  );
}

/**
 * Sends a file as the raw request body and reports how far the upload has come — `fetch` cannot, so this is
 * an XMLHttpRequest. Like `request()` it sends the session's CSRF token and checks the answer against the
 * server's zod schema; a 422 carries a result (with its cell errors), not a failure.
 */
export function uploadWithProgress<S extends z.ZodType>(
  path: string,
  query: Record<string, string | number | boolean | undefined>,
  file: Blob,
  schema: S,
  callbacks: UploadCallbacks = {},
): Promise<z.infer<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery(path, query));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) callbacks.onUploadProgress?.(event.loaded / event.total);
    };
    xhr.upload.onload = () => {
      callbacks.onUploadProgress?.(1);
      callbacks.onUploaded?.();
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'NETWORK', 'Servern kunde inte nås; kontrollera anslutningen och försök igen'));
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', 'Uppladdningen avbröts'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status !== 200 && xhr.status !== 422) return reject(errorFrom(xhr.status, body));
      const parsed = schema.safeParse(body);
      if (parsed.success) return resolve(parsed.data);
      reject(
        xhr.status === 200
          ? new ApiError(500, 'CLIENT_SCHEMA', `Oväntat svar från servern på ${path}`)
          : errorFrom(xhr.status, body),
      );
    };
    if (callbacks.signal) {
      if (callbacks.signal.aborted) return xhr.abort();
      callbacks.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}

/** `POST /api/imports/plan` with progress: the preview (dryRun) or the real import of a plan workbook. */
export function uploadPlanWorkbook(
  file: Blob,
  options: { fileName: string; plan?: string; dryRun: boolean },
  callbacks: UploadCallbacks = {},
) {
  return uploadWithProgress(
    '/api/imports/plan',
    { fileName: options.fileName, plan: options.plan, dryRun: options.dryRun },
    file,
    ZImportResult,
    callbacks,
  );
}
