// The app contract: WorkbenchApi (operations on one workspace) plus the session methods a
// window needs (which workspace is open, open another, open the demo). The CLI does not use
// these: each command names its workspace with --db. Both app transports (Electron IPC and
// HTTP browser mode) speak exactly this, and the wire types below are shared with the renderer.
import * as z from 'zod';
import { LONG_METHODS, METHOD_NAMES, requestSchemas, type ResponseMap, type WorkspaceInfo } from './contract.ts';
import type { ApiError } from './errors.ts';
import type { CallContext, Progress } from './progress.ts';

export const sessionRequestSchemas = {
  session: z.strictObject({}),
  // create: a missing file becomes a new workspace (the desktop's New Workspace). Without it a
  // mistyped path is refused instead of leaving a stray empty workspace behind.
  openWorkspace: z.strictObject({ path: z.string().min(1).max(4096), create: z.boolean().optional() }),
  openDemo: z.strictObject({}),
} as const;

export const appRequestSchemas = { ...requestSchemas, ...sessionRequestSchemas } as const;

export type AppMethodName = keyof typeof appRequestSchemas;
export type AppRequestOf<M extends AppMethodName> = z.infer<(typeof appRequestSchemas)[M]>;

export interface SessionInfo {
  /** Absolute path of the open workspace file. */
  workspacePath: string;
  /** True when the open workspace is the demo workspace. */
  isDemo: boolean;
  demoPath: string;
}

export type { CurrencyTotal } from './contract.ts';

/** `info` as the app sees it (the totals reconcile to the source). */
export type AppWorkspaceInfo = WorkspaceInfo;

export interface AppResponseMap extends Omit<ResponseMap, 'info'> {
  info: AppWorkspaceInfo;
  session: SessionInfo;
  /** created: a new, empty workspace was made (create asked, nothing was there). */
  openWorkspace: SessionInfo & { created: boolean };
  openDemo: SessionInfo;
}

export type AppResponseOf<M extends AppMethodName> = AppResponseMap[M];

export type AppApi = {
  [M in AppMethodName]: (request: AppRequestOf<M>, ctx?: CallContext) => Promise<AppResponseOf<M>>;
};

export const APP_METHOD_NAMES = [...METHOD_NAMES, ...(Object.keys(sessionRequestSchemas) as (keyof typeof sessionRequestSchemas)[])] as AppMethodName[];

/** Long methods report progress and can be cancelled: building the demo is one of them. */
export const APP_LONG_METHODS: readonly AppMethodName[] = [...LONG_METHODS, 'openDemo'];

// ---- wire types, identical on IPC and HTTP ----

/** The result of one call: errors travel as data, never as transport failures. */
export type CallOutcome<T = unknown> = { ok: true; result: T } | { ok: false; error: ApiError };

/** Events of a long call, keyed by the job id the caller chose (IPC) or was given (HTTP). */
export type JobEvent =
  | { jobId: string; type: 'progress'; progress: Progress }
  | { jobId: string; type: 'done'; result: unknown }
  | { jobId: string; type: 'failed'; error: ApiError };

/** A job id is short and plain so it can sit in a URL path and an IPC payload unescaped. */
export const JOB_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

// ---- the desktop shell (Electron only): native dialogs and recent workspaces ----

export const shellRequestSchemas = {
  pickImportPaths: z.strictObject({ kind: z.enum(['files', 'folder']) }),
  pickWorkspace: z.strictObject({ mode: z.enum(['open', 'create']) }),
  recentWorkspaces: z.strictObject({}),
} as const;

export type ShellMethodName = keyof typeof shellRequestSchemas;

export interface ShellResponseMap {
  pickImportPaths: { paths: string[] };
  pickWorkspace: { path: string | null };
  recentWorkspaces: { paths: string[] };
}

/** Things the desktop shell tells the window: menu commands and workspace switches. */
export type AppEvent =
  | { type: 'navigate'; view: string }
  | { type: 'import'; kind: 'files' | 'folder' }
  | { type: 'workspace-changed'; session: SessionInfo };

/** What the Electron preload puts on window.workbench: nothing else reaches the main process. */
export interface WorkbenchBridge {
  invoke(method: string, payload: unknown, jobId?: string): Promise<CallOutcome>;
  cancel(jobId: string): Promise<boolean>;
  on(event: 'job', listener: (e: JobEvent) => void): () => void;
  on(event: 'app', listener: (e: AppEvent) => void): () => void;
  /** The path of a file dropped onto the window (Electron only; '' when it has none). */
  pathForFile(file: File): string;
}
