// Budget alerts in the frame's status bar (issue 14 item 4): a workspace whose March has one
// budget breached and one forecast to breach (the fixture of test/integration/budgets-status.test.ts:
// EC2 100 and S3 10 a day to 2026-03-15) shows both counts; a click opens the Forecast view.
import { expect, test, type Page } from '@playwright/test';
import { createWorkbench } from '../../core/api/service.ts';
import { validateRequest } from '../../core/api/validate.ts';
import { Workspace } from '../../core/store/workspace.ts';
import { daily, insertCharges } from '../support/daily-charges.ts';
import { serve, type Served } from './support/serve.ts';
import { keepScreenshot } from './support/screens.ts';

test.describe.configure({ mode: 'serial' });

let server: Served;
let page: Page;

async function withBudgets(path: string): Promise<void> {
  const ws = await Workspace.open(path);
  try {
    await insertCharges(ws, [...daily('2026-01-01', '2026-03-15', () => 100), ...daily('2026-01-01', '2026-03-15', () => 10, { service: 'Amazon S3' })]);
    const api = createWorkbench(ws);
    const budgets = [
      { name: 'Total March', period: 'month', start: '2026-03', amount: 1500 },
      { name: 'EC2 monthly', scope: { dimension: 'ServiceName', value: 'Amazon EC2' }, period: 'month', start: '2026-01', recurring: true, amount: 2500 },
      { name: 'S3 Q1', scope: { dimension: 'ServiceName', value: 'Amazon S3' }, period: 'quarter', start: '2026-01', amount: 1000 },
    ];
    for (const budget of budgets) await api.budgetsSet(validateRequest('budgetsSet', { budget }));
  } finally {
    ws.close();
  }
}

test.beforeAll(async ({ browser }) => {
  server = await serve({ workspaceName: 'budgets.duckdb', prepare: withBudgets });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.emulateMedia({ colorScheme: 'light' });
});

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
});

test('the status bar counts breached and forecast-breach budgets; a click opens the Forecast view', async ({ browserName: _b }, testInfo) => {
  await page.goto(server.url);
  const alert = page.getByTestId('status-budgets');
  await expect(alert).toHaveText('Budgets 1 breached, 1 forecast to breach');
  await expect(alert).toHaveAttribute('title', 'Open the Forecast view: Total March, EC2 monthly');
  await keepScreenshot(page, testInfo, 'status-bar-budgets', false);
  await alert.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forecast');
  await expect(page).toHaveURL(/#\/forecast$/);
});
