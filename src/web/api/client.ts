import type { z } from 'zod';

/** An error the server answered with: a stable code, a Swedish message and, where known, the exact places. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly { field?: string; cell?: string; line?: number; message: string }[] = [],
    readonly current?: unknown,
    /** The request id the server logged the error under (issue 11). */
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | undefined;

/** The session's CSRF token, sent with every request that changes something (the cookie alone is not enough). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export function getCsrfToken(): string | undefined {
  return csrfToken;
}

type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Raw bytes (a workbook upload) instead of JSON. */
  bytes?: Blob;
  signal?: AbortSignal;
}

async function readError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as
    | {
        error?: {
          code?: string;
          message?: string;
          details?: ApiError['details'];
          current?: unknown;
          requestId?: string;
        };
      }
    | undefined;
  const error = body?.error;
  return new ApiError(
    response.status,
    error?.code ?? `HTTP_${response.status}`,
    error?.message ?? `Servern svarade ${response.status}`,
    error?.details ?? [],
    error?.current,
    error?.requestId ?? response.headers.get('X-Request-Id') ?? undefined,
  );
}

/**
 * Calls the Balans API and checks the answer against the same zod schema the server declares for it, so a
 * client that drifted from the server fails loudly instead of showing wrong numbers.
 */
export async function request<S extends z.ZodType>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let body: BodyInit | undefined;
  if (options.bytes) {
    headers['Content-Type'] = 'application/octet-stream';
    body = options.bytes;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    // No answer at all (network down, server gone): the browser's own text ("Failed to fetch") is English.
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', 'Ingen kontakt med servern');
  }
  if (!response.ok && response.status !== 422) throw await readError(response);
  if (response.status === 204) return schema.parse(null);
  const json: unknown = await response.json();
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    if (!response.ok) throw await readError(new Response(JSON.stringify(json), { status: response.status }));
    throw new ApiError(500, 'CLIENT_SCHEMA', `Oväntat svar från servern på ${path}`);
  }
  return parsed.data;
}
