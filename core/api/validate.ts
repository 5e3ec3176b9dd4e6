// Request validation at every transport: unknown methods and unknown fields are refused.
import { ErrorCode, WorkbenchError } from './errors.ts';
import { METHOD_NAMES, requestSchemas, type MethodName, type RequestOf } from './contract.ts';

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as string[]).includes(name);
}

export function validateRequest<M extends MethodName>(method: M, payload: unknown): RequestOf<M> {
  const parsed = requestSchemas[method].safeParse(payload ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`);
    throw new WorkbenchError(ErrorCode.BAD_REQUEST, `Invalid request for ${method}: ${issues.join('; ')}`, { method, issues });
  }
  return parsed.data as RequestOf<M>;
}

export function validateCall(method: unknown, payload: unknown): { method: MethodName; request: RequestOf<MethodName> } {
  if (!isMethodName(method)) {
    throw new WorkbenchError(ErrorCode.UNKNOWN_METHOD, `Unknown method ${JSON.stringify(method)}. Known methods: ${METHOD_NAMES.join(', ')}.`);
  }
  return { method, request: validateRequest(method, payload) };
}
