// The desktop-only methods (native dialogs, recent workspaces) as a method table, validated
// against shellRequestSchemas exactly like the core contract. Dialogs are injected.
import type * as z from 'zod';
import { shellRequestSchemas, type ShellMethodName, type ShellResponseMap } from '../core/api/app-contract.ts';
import { ErrorCode, WorkbenchError } from '../core/api/errors.ts';
import type { MethodSpec, MethodTable } from '../core/app/method-table.ts';

export type ShellImpl = {
  [M in ShellMethodName]: (request: z.infer<(typeof shellRequestSchemas)[M]>) => Promise<ShellResponseMap[M]>;
};

export function shellMethodTable(impl: ShellImpl): MethodTable {
  const table = new Map<string, MethodSpec>();
  for (const name of Object.keys(shellRequestSchemas) as ShellMethodName[]) {
    table.set(name, {
      long: false,
      validate: (payload) => {
        const parsed = shellRequestSchemas[name].safeParse(payload ?? {});
        if (!parsed.success) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `Invalid request for ${name}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ')}`);
        return parsed.data;
      },
      run: (request) => (impl[name] as (r: unknown) => Promise<unknown>)(request),
    });
  }
  return table;
}
