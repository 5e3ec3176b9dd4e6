// What Explore's grid shows, read from the DOM for assertions that wait on state.
import type { Page } from '@playwright/test';

/** Per row in display order (rows and cells sit in the DOM in the order they were created): its label and its last cell, the Total. */
export function rowsShown(page: Page): Promise<[string, string][]> {
  return page
    .getByTestId('pivot-grid')
    .locator('.dg-body')
    .evaluate((box) => {
      const byIndex = (attr: string) => (a: Element, b: Element) => Number(a.getAttribute(attr)) - Number(b.getAttribute(attr));
      const rows = [...box.querySelectorAll<HTMLElement>('[role="row"]')].sort(byIndex('data-row-index'));
      return rows.map((r): [string, string] => {
        const cells = [...r.querySelectorAll<HTMLElement>('[role="gridcell"]')].sort(byIndex('aria-colindex'));
        return [r.querySelector<HTMLElement>('.tree-label')?.innerText ?? '', cells.at(-1)?.innerText ?? ''];
      });
    });
}
