import { describe, expect, it } from 'vitest';
import { checkRequest, cookieName, isLoopbackAddress, pageQueryToken, presentedToken, readCookie, type RequestFacts } from './security.ts';

const PORT = 41234;
const TOKEN = 'tok-123456789';
const good: RequestFacts = {
  remoteAddress: '127.0.0.1',
  host: `127.0.0.1:${PORT}`,
  origin: undefined,
  secFetchSite: undefined,
  authorization: `Bearer ${TOKEN}`,
  cookie: undefined,
  queryToken: null,
};

describe('isLoopbackAddress', () => {
  it('accepts IPv4 and IPv6 loopback, mapped or not', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(a)).toBe(true);
  });
  it('refuses every other address', () => {
    for (const a of ['10.0.0.5', '192.168.1.2', '::ffff:192.168.1.2', 'fe80::1', '0.0.0.0', '', undefined, '127.0.0.1.evil.com']) expect(isLoopbackAddress(a)).toBe(false);
  });
});

describe('checkRequest', () => {
  it('lets a loopback request with the token through', () => {
    expect(checkRequest(good, PORT, TOKEN)).toBeNull();
    expect(checkRequest({ ...good, host: `localhost:${PORT}`, origin: `http://localhost:${PORT}` }, PORT, TOKEN)).toBeNull();
  });
  it('refuses a request without the token, or with a wrong one', () => {
    expect(checkRequest({ ...good, authorization: undefined }, PORT, TOKEN)).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect(checkRequest({ ...good, authorization: 'Bearer tok-12345678X' }, PORT, TOKEN)).toMatchObject({ status: 401 });
    expect(checkRequest({ ...good, authorization: `Bearer ${TOKEN}x` }, PORT, TOKEN)).toMatchObject({ status: 401 });
  });
  it('refuses a non-loopback peer even with the token', () => {
    expect(checkRequest({ ...good, remoteAddress: '192.168.1.20' }, PORT, TOKEN)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });
  it('refuses a foreign Host (DNS rebinding) and another port', () => {
    expect(checkRequest({ ...good, host: `evil.example:${PORT}` }, PORT, TOKEN)).toMatchObject({ status: 403 });
    expect(checkRequest({ ...good, host: '127.0.0.1:9999' }, PORT, TOKEN)).toMatchObject({ status: 403 });
    expect(checkRequest({ ...good, host: undefined }, PORT, TOKEN)).toMatchObject({ status: 403 });
  });
  it('refuses a foreign Origin and cross-site fetches', () => {
    expect(checkRequest({ ...good, origin: 'https://evil.example' }, PORT, TOKEN)).toMatchObject({ status: 403 });
    expect(checkRequest({ ...good, origin: `http://127.0.0.1:${PORT + 1}` }, PORT, TOKEN)).toMatchObject({ status: 403 });
    expect(checkRequest({ ...good, origin: 'null' }, PORT, TOKEN)).toMatchObject({ status: 403 });
    expect(checkRequest({ ...good, secFetchSite: 'cross-site' }, PORT, TOKEN)).toMatchObject({ status: 403 });
  });
  it('reads the token from the header, this port’s cookie, or the entry URL', () => {
    const bare = { ...good, authorization: undefined };
    expect(presentedToken({ ...bare, cookie: `a=b; ${cookieName(PORT)}=${TOKEN}` }, PORT)).toEqual({ token: TOKEN, via: 'cookie' });
    expect(presentedToken({ ...bare, cookie: `${cookieName(PORT + 1)}=${TOKEN}` }, PORT)).toBeNull();
    expect(presentedToken({ ...bare, queryToken: TOKEN }, PORT)).toEqual({ token: TOKEN, via: 'query' });
    expect(readCookie('x=1;y = 2', 'y')).toBe('2');
  });
});

describe('pageQueryToken', () => {
  const url = (path: string) => new URL(path, `http://127.0.0.1:${PORT}`);
  it('reads ?token= on a page load', () => {
    expect(pageQueryToken('GET', url(`/?token=${TOKEN}`))).toBe(TOKEN);
    expect(pageQueryToken('GET', url(`/explore?token=${TOKEN}`))).toBe(TOKEN);
  });
  it('ignores it on API routes and on anything but GET', () => {
    expect(pageQueryToken('GET', url(`/api/jobs/j1/events?token=${TOKEN}`))).toBeNull();
    expect(pageQueryToken('POST', url(`/api/call?token=${TOKEN}`))).toBeNull();
    expect(pageQueryToken('GET', url(`/API/call?token=${TOKEN}`))).toBeNull();
    expect(pageQueryToken('POST', url(`/?token=${TOKEN}`))).toBeNull();
    expect(pageQueryToken(undefined, url(`/?token=${TOKEN}`))).toBeNull();
  });
});
