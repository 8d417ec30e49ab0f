/** Small helpers shared by every layer of the fake. */
import type { JsonObject } from './types.js';

/** Thrown by route handlers; the HTTP layer answers with its status and Discord-style JSON body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonObject,
  ) {
    super(String(body['message'] ?? status));
  }
}

export function apiError(status: number, code: number, message: string, errors?: JsonObject): HttpError {
  return new HttpError(status, errors ? { message, code, errors } : { message, code });
}

export function compileTemplate(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const src = template
    .split('/')
    .map((seg) => {
      if (seg.startsWith(':')) {
        names.push(seg.slice(1));
        return '([^/]+)';
      }
      if (seg === '*') return '.*';
      return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { regex: new RegExp(`^${src}/?$`), names };
}

export function toBigInt(v: bigint | string | number | undefined, fallback: bigint): bigint {
  if (v === undefined) return fallback;
  return typeof v === 'bigint' ? v : BigInt(v);
}

export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
