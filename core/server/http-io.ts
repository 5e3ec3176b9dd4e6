// Small helpers for reading and writing HTTP bodies with limits.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, WorkbenchError, type ApiError } from '../api/errors.ts';

export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';

/**
 * An API call's JSON body is at most this many bytes. Files the app sends as text (business
 * metrics up to 10 MB, budgets, account owners) must fit once JSON-escaped; bills go by upload.
 */
export const MAX_CALL_BODY_BYTES = 32_000_000;

/** Headers on every response: nothing is framed, sniffed or cached across runs. */
export const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, error: ApiError): void {
  sendJson(res, status, { ok: false, error });
}

/** Reads a JSON body of at most `limit` bytes; refuses other content types. */
export async function readJson(req: IncomingMessage, limit = MAX_CALL_BODY_BYTES): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'Send the request body as application/json.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new WorkbenchError(PAYLOAD_TOO_LARGE, `The request body is over ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
  }
}

/** A JSON body that must be an object with exactly these keys (and no others). */
export function envelopeOf(body: unknown, allowed: string[]): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'The request body must be a JSON object.');
  }
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  if (extra.length) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `Unknown field(s) in request: ${extra.join(', ')}.`, { fields: extra });
  return body as Record<string, unknown>;
}
