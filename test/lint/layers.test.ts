// The layer rule of DESIGN.md (and ARCHITECTURE.md's layers inside core) is enforced by ESLint (eslint.config.js), which `npm test` runs over
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

  it('the layers below core/api do not import it, not even a type', async () => {
    for (const layer of ['store', 'ingest', 'engines/pivot', 'synth', 'sources/aws', 'conformance', 'export', 'sql']) {
      const up = layer.includes('/') ? '../../' : '../';
      expect(await layerErrors(`core/${layer}/x.ts`, `import { WorkbenchError } from '${up}api/errors.ts';\nexport const a = WorkbenchError;\n`), layer).toHaveLength(1);
      expect(await layerErrors(`core/${layer}/x.ts`, `import type { WorkspaceInfo } from '${up}api/contract.ts';\nexport type A = WorkspaceInfo;\n`), layer).toHaveLength(1);
      expect(await layerErrors(`core/${layer}/x.ts`, `import { WorkbenchError } from '${up}errors.ts';\nexport const a = WorkbenchError;\n`), layer).toEqual([]);
    }
    expect(await layerErrors('core/errors.ts', "import type { WorkbenchApi } from './api/contract.ts';\nexport type A = WorkbenchApi;\n")).toHaveLength(1);
    // the transports above it serve the contract
    expect(await layerErrors('core/cli/x.ts', "import { createWorkbench } from '../api/service.ts';\nexport const a = createWorkbench;\n")).toEqual([]);
    expect(await layerErrors('core/server/x.ts', "import { ErrorCode } from '../api/errors.ts';\nexport const a = ErrorCode;\n")).toEqual([]);
  });

  it('store and ingest do not import engines (engines register their derived tables with the store)', async () => {
    expect(await layerErrors('core/store/x.ts', "import { refreshPivotAggregates } from '../engines/pivot/aggregates.ts';\nexport const a = refreshPivotAggregates;\n")).toHaveLength(1);
    expect(await layerErrors('core/ingest/aws/x.ts', "import { MEASURE_NAMES } from '../../engines/pivot/measures.ts';\nexport const a = MEASURE_NAMES;\n")).toHaveLength(1);
    expect(await layerErrors('core/ingest/x.ts', "import { registerDerivedTable } from '../store/derived-registry.ts';\nexport const a = registerDerivedTable;\n")).toEqual([]);
    expect(await layerErrors('core/api/x.ts', "import '../engines/register.ts';\nexport const a = 1;\n")).toEqual([]);
    expect(await layerErrors('core/synth/x.ts', "import '../engines/register.ts';\nexport const a = 1;\n")).toEqual([]);
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
