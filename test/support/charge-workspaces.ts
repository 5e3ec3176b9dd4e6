// A fresh workspace for each test, holding the test's hand-built daily charges
// (daily-charges.ts), closed again after that test: for engine tests whose every case is a series.
import { afterEach } from 'vitest';
import { insertCharges, type Charge } from './daily-charges.ts';
import { openTestWorkspace, type TestWorkspace } from './workspace.ts';

/** Call once at the top of a test file; the answer opens a workspace with the charges given. */
export function workspacePerTest(): (charges: Charge[]) => Promise<TestWorkspace> {
  let t: TestWorkspace | null = null;
  afterEach(() => {
    t?.close();
    t = null;
  });
  return async (charges) => {
    t = await openTestWorkspace();
    await insertCharges(t.ws, charges);
    return t;
  };
}
