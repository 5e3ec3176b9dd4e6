// Business metrics sent as text from the browser (the Data view's "Import business metrics…"):
// a file of a few megabytes fits the API's call body, a body over its limit is refused with 413.
// The file: 365 days of 2026 × 200 owners = 73,000 rows of one metric.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CALL_BODY_BYTES } from '../../core/server/http-io.ts';
import { callApi, startHarness, type Harness } from './server-support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

function yearOfOrders(): string {
  const lines = ['date,metric,value,owner'];
  for (let d = new Date(Date.UTC(2026, 0, 1)); d.getUTCFullYear() === 2026; d.setUTCDate(d.getUTCDate() + 1)) {
    const day = d.toISOString().slice(0, 10);
    for (let o = 1; o <= 200; o++) lines.push(`${day},orders,${o},team-${String(o).padStart(3, '0')}`);
  }
  return lines.join('\n') + '\n';
}

describe('business metrics over HTTP', () => {
  it('previews a 2 MB file sent as text', async () => {
    const text = yearOfOrders();
    expect(text.length).toBeGreaterThan(2_000_000);
    const preview = await callApi(h, 'businessMetricsPreview', { text, fileName: 'orders-2026.csv' });
    expect(preview.status).toBe(200);
    expect(preview.json().result).toMatchObject({ rows: 73_000, metrics: [{ metric: 'orders', from: '2026-01-01', to: '2026-12-31', rows: 73_000, owners: 200, services: 0 }] });
  });

  it('refuses a call body over the limit with 413 and says so', async () => {
    const a = await callApi(h, 'businessMetricsPreview', { text: 'x'.repeat(MAX_CALL_BODY_BYTES), fileName: 'huge.csv' });
    expect(a.status).toBe(413);
    expect(a.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});
