// Browser mode is reachable only from this machine and only by whoever holds the per-run token.
// The checks are pure so their tests need no sockets:
// - loopback peers only (the socket is also bound to 127.0.0.1, this is the second lock);
// - Host must name 127.0.0.1 or localhost on our port (stops DNS rebinding);
// - Origin, when a browser sends one, must be our own origin (stops other sites' pages);
// - the token, from the Authorization header, our cookie, or ?token= on a page address (never on
//   an API route: a token in an API URL would end up in logs and histories, and the page trades
//   it for the cookie at once).
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const UNAUTHORIZED = 'UNAUTHORIZED';
export const FORBIDDEN = 'FORBIDDEN';

export interface RequestFacts {
  remoteAddress: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  authorization: string | undefined;
  cookie: string | undefined;
  /** The ?token= query value, honoured only on page loads: see pageQueryToken. */
  queryToken: string | null;
}

export const API_PREFIX = '/api/';

/** The ?token= of a page load (GET of a non-API address); null anywhere else. */
export function pageQueryToken(method: string | undefined, url: URL): string | null {
  if (method !== 'GET' || url.pathname.toLowerCase().startsWith(API_PREFIX)) return null;
  return url.searchParams.get('token');
}

export interface Refusal {
  status: 401 | 403;
  code: string;
  message: string;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Cookie names are not scoped by port, so each server's cookie carries its port. */
export function cookieName(port: number): string {
  return `fw_token_${port}`;
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((h) => `http://${h}`);
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The token the request presents, and where it came from. */
export function presentedToken(facts: RequestFacts, port: number): { token: string; via: 'header' | 'cookie' | 'query' } | null {
  const auth = facts.authorization?.match(/^Bearer\s+(\S+)$/i);
  if (auth?.[1]) return { token: auth[1], via: 'header' };
  const cookie = readCookie(facts.cookie, cookieName(port));
  if (cookie) return { token: cookie, via: 'cookie' };
  if (facts.queryToken) return { token: facts.queryToken, via: 'query' };
  return null;
}

/** Null when the request may go on; otherwise why it is refused. */
export function checkRequest(facts: RequestFacts, port: number, token: string): Refusal | null {
  if (!isLoopbackAddress(facts.remoteAddress)) {
    return { status: 403, code: FORBIDDEN, message: 'Browser mode answers only this machine (127.0.0.1).' };
  }
  if (!facts.host || !allowedHosts(port).includes(facts.host.toLowerCase())) {
    return { status: 403, code: FORBIDDEN, message: `Unexpected Host ${JSON.stringify(facts.host ?? '')}: open http://127.0.0.1:${port}/ as printed by "finops-workbench serve".` };
  }
  if (facts.origin !== undefined && !allowedOrigins(port).includes(facts.origin.toLowerCase())) {
    return { status: 403, code: FORBIDDEN, message: `Requests from ${facts.origin} are refused: only the workbench page itself may call it.` };
  }
  if (facts.secFetchSite === 'cross-site') {
    return { status: 403, code: FORBIDDEN, message: 'Cross-site requests are refused.' };
  }
  const given = presentedToken(facts, port);
  if (!given || !sameToken(given.token, token)) {
    return { status: 401, code: UNAUTHORIZED, message: 'Missing or wrong access token: open the full URL printed by "finops-workbench serve" (it ends with ?token=...).' };
  }
  return null;
}
