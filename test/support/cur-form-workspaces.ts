// The same hand-built legacy CUR file in each of its real forms (legacy CSV, Athena Parquet,
// CUR 2.0 Parquet and CSV, written by cur-forms.ts), one describe per form on a workspace that
// loaded it: tests that state their numbers once and expect every form to give them.
import { afterAll, beforeAll, describe } from 'vitest';
import { writeCurForms } from './cur-forms.ts';
import { openTestWorkspace, tempDir, type TestWorkspace } from './workspace.ts';

export const CUR_FORMS = ['legacy', 'athenaParquet', 'cur2Parquet', 'cur2Csv'] as const;

/** Declares a describe per form of `legacy`; `body` declares its tests, reading the loaded workspace through `t()`. */
export function describeEachCurForm(legacy: string, body: (t: () => TestWorkspace) => void): void {
  let forms: Awaited<ReturnType<typeof writeCurForms>>;
  beforeAll(async () => {
    forms = await writeCurForms(legacy, tempDir());
  });

  for (const form of CUR_FORMS) {
    describe(form, () => {
      let loaded: TestWorkspace;
      beforeAll(async () => {
        loaded = await openTestWorkspace();
        await loaded.api.ingest({ paths: [form === 'legacy' ? legacy : forms[form]] });
      });
      afterAll(() => loaded.close());
      body(() => loaded);
    });
  }
}
