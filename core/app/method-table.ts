// A method table is the one generic shape both app transports serve: name -> validate + run.
// IPC and HTTP look methods up here and nowhere else, so a method outside the table cannot be
// reached, and every payload is validated (unknown fields refused) before it reaches core.
import { validateRequest } from '../api/validate.ts';
import { METHOD_NAMES, type MethodName } from '../api/contract.ts';
import { APP_LONG_METHODS, sessionRequestSchemas, type AppApi, type AppMethodName, type CallOutcome } from '../api/app-contract.ts';
import { ErrorCode, WorkbenchError, toApiError } from '../api/errors.ts';
import type { CallContext } from '../api/progress.ts';

export interface MethodSpec {
  /** Long methods report progress and can be cancelled. */
  long: boolean;
  /** Returns the request, or throws BAD_REQUEST naming every problem. */
  validate: (payload: unknown) => unknown;
  run: (request: unknown, ctx: CallContext) => Promise<unknown>;
}

export type MethodTable = ReadonlyMap<string, MethodSpec>;

function validateSession(method: keyof typeof sessionRequestSchemas, payload: unknown): unknown {
  const parsed = sessionRequestSchemas[method].safeParse(payload ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`);
  throw new WorkbenchError(ErrorCode.BAD_REQUEST, `Invalid request for ${method}: ${issues.join('; ')}`, { method, issues });
}

/** The table of the app contract over one AppApi implementation. */
export function appMethodTable(api: AppApi): MethodTable {
  const table = new Map<string, MethodSpec>();
  const call = api as unknown as Record<AppMethodName, (req: unknown, ctx: CallContext) => Promise<unknown>>;
  for (const name of METHOD_NAMES) {
    table.set(name, {
      long: APP_LONG_METHODS.includes(name),
      validate: (payload) => validateRequest(name as MethodName, payload),
      run: (request, ctx) => call[name](request, ctx),
    });
  }
  for (const name of Object.keys(sessionRequestSchemas) as (keyof typeof sessionRequestSchemas)[]) {
    table.set(name, {
      long: APP_LONG_METHODS.includes(name),
      validate: (payload) => validateSession(name, payload),
      run: (request, ctx) => call[name](request, ctx),
    });
  }
  return table;
}

/** Joins tables; a name defined twice is a programming error. */
export function mergeTables(...tables: MethodTable[]): MethodTable {
  const out = new Map<string, MethodSpec>();
  for (const t of tables) {
    for (const [name, spec] of t) {
      if (out.has(name)) throw new Error(`method ${name} is defined twice`);
      out.set(name, spec);
    }
  }
  return out;
}

/** Finds and validates a call; throws UNKNOWN_METHOD or BAD_REQUEST as data-carrying errors. */
export function resolveCall(table: MethodTable, method: unknown, payload: unknown): { name: string; spec: MethodSpec; request: unknown } {
  // own-property lookup only: "constructor", "__proto__" and friends are just unknown names
  if (typeof method !== 'string' || !table.has(method)) {
    throw new WorkbenchError(ErrorCode.UNKNOWN_METHOD, `Unknown method ${JSON.stringify(method)}. Known methods: ${[...table.keys()].join(', ')}.`);
  }
  const spec = table.get(method) as MethodSpec;
  return { name: method, spec, request: spec.validate(payload) };
}

/** Validates and runs one call; every failure comes back as error data. */
export async function dispatch(table: MethodTable, method: unknown, payload: unknown, ctx: CallContext = {}): Promise<CallOutcome> {
  try {
    const { spec, request } = resolveCall(table, method, payload);
    return { ok: true, result: await spec.run(request, ctx) };
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
}
