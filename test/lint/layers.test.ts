// The layer rule of DESIGN.md is enforced by ESLint (eslint.config.js), which `npm test` runs over
// the whole tree. These tests prove the rule bites: each forbidden import is reported, and the
// allowed ones are not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => /layer rule/.test(m.message)).map((m) => m.message);
}

describe('layer rule', () => {
  it('core may not import electron or the electron/ and renderer/ layers', async () => {
    expect(await layerErrors('core/ingest/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await layerErrors('core/ingest/x.ts', "import { x } from '../../electron/main.ts';\nexport const a = x;\n")).toHaveLength(1);
    expect(await layerErrors('core/ingest/x.ts', "import { x } from '../../renderer/src/app.tsx';\nexport const a = x;\n")).toHaveLength(1);
    expect(await layerErrors('core/ingest/x.ts', "import { sql } from '../sql/index.ts';\nexport const a = sql;\n")).toEqual([]);
  });

  it('renderer may import only types from core/api, and nothing from electron or Node', async () => {
    expect(await layerErrors('renderer/src/x.ts', "import type { WorkbenchApi } from '../../core/api/contract.ts';\nexport type A = WorkbenchApi;\n")).toEqual([]);
    expect(await layerErrors('renderer/src/x.ts', "import { METHOD_NAMES } from '../../core/api/contract.ts';\nexport const a = METHOD_NAMES;\n")).toHaveLength(1);
    expect(await layerErrors('renderer/src/x.ts', "import { sql } from '../../core/sql/index.ts';\nexport const a = sql;\n")).toHaveLength(1);
    expect(await layerErrors('renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toHaveLength(1);
    expect(await layerErrors('renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toHaveLength(1);
  });

  it('electron/ may use core but not renderer source', async () => {
    expect(await layerErrors('electron/x.ts', "import { createWorkbench } from '../core/api/service.ts';\nexport const a = createWorkbench;\n")).toEqual([]);
    expect(await layerErrors('electron/x.ts', "import { App } from '../renderer/src/app.tsx';\nexport const a = App;\n")).toHaveLength(1);
  });
});
