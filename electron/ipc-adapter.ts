// The one generic IPC adapter: every call from the window arrives here as {method, payload,
// jobId?}, is checked (trusted sender, envelope shape, method in the table, payload against its
// schema with unknown fields refused) and only then reaches core. No per-method plumbing.
import * as z from 'zod';
import { JOB_ID_PATTERN, type CallOutcome, type JobEvent } from '../core/api/app-contract.ts';
import { ErrorCode, toApiError } from '../core/api/errors.ts';
import { JobRegistry } from '../core/app/jobs.ts';
import { resolveCall, type MethodTable } from '../core/app/method-table.ts';

const invokeArgs = z.strictObject({
  method: z.string().min(1).max(100),
  payload: z.unknown(),
  jobId: z.string().regex(JOB_ID_PATTERN).optional(),
});
const cancelArgs = z.strictObject({ jobId: z.string().regex(JOB_ID_PATTERN) });

export interface Caller {
  /** URL of the frame that sent the message. */
  url: string | undefined;
  /** Sends a job event back to that window. */
  reply: (e: JobEvent) => void;
}

export interface IpcAdapterOptions {
  table: MethodTable;
  isTrustedSender: (url: string | undefined) => boolean;
}

function refused(code: string, message: string): CallOutcome {
  return { ok: false, error: { code, message } };
}

export function createIpcAdapter({ table, isTrustedSender }: IpcAdapterOptions) {
  const jobs = new JobRegistry();

  async function invoke(caller: Caller, args: unknown): Promise<CallOutcome> {
    if (!isTrustedSender(caller.url)) return refused('FORBIDDEN', 'Calls are accepted only from the workbench window.');
    const parsed = invokeArgs.safeParse(args);
    if (!parsed.success) return refused(ErrorCode.BAD_REQUEST, `Malformed call: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'call'}: ${i.message}`).join('; ')}`);
    const { method, payload, jobId } = parsed.data;
    try {
      const { spec, request } = resolveCall(table, method, payload);
      if (jobId === undefined) return { ok: true, result: await spec.run(request, {}) };
      if (jobs.has(jobId)) return refused(ErrorCode.BAD_REQUEST, `Job id ${jobId} is already in use.`);
      jobs.start((ctx) => spec.run(request, ctx), jobId);
      const end = await new Promise<JobEvent>((resolve) => {
        jobs.subscribe(jobId, (e) => (e.type === 'progress' ? caller.reply(e) : resolve(e)));
      });
      return end.type === 'done' ? { ok: true, result: end.result } : end.type === 'failed' ? { ok: false, error: end.error } : refused(ErrorCode.INTERNAL, 'job ended without an outcome');
    } catch (err) {
      return { ok: false, error: toApiError(err) };
    }
  }

  function cancel(caller: Caller, args: unknown): boolean {
    if (!isTrustedSender(caller.url)) return false;
    const parsed = cancelArgs.safeParse(args);
    return parsed.success ? jobs.cancel(parsed.data.jobId) : false;
  }

  return { invoke, cancel, cancelAll: () => jobs.cancelAll() };
}

export type IpcAdapter = ReturnType<typeof createIpcAdapter>;
