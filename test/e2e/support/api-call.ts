// The API beside the page, for e2e specs that compare what a view shows with what the engine
// answers: a call made as the page makes it (token cookie, Origin), and the spec a page sent.
import { expect, type Page, type Request } from '@playwright/test';
import type { Served } from './serve.ts';

export const callOf = (method: string) => (r: Request) => r.url().endsWith('/api/call') && r.method() === 'POST' && (r.postDataJSON() as { method?: string }).method === method;

export async function apiCall<T>(page: Page, server: Served, method: string, payload: unknown): Promise<T> {
  const res = await page.request.post(`${server.origin}/api/call`, { data: { method, payload }, headers: { Origin: server.origin } });
  const outcome = (await res.json()) as { ok: boolean; result: T; error?: unknown };
  expect(outcome.ok, JSON.stringify(outcome.error)).toBe(true);
  return outcome.result;
}

/** Does `action` and returns the spec of the `method` call the page sent because of it. */
export async function specAfter<S>(page: Page, method: string, action: () => Promise<unknown>): Promise<S> {
  const sent = page.waitForRequest(callOf(method));
  await action();
  return ((await sent).postDataJSON() as { payload: { spec: S } }).payload.spec;
}
