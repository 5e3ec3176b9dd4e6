// A session is what one app window talks to: the open workspace, and the right to switch to
// another one or to the demo. It implements AppApi; the per-workspace methods go straight to
// the one WorkbenchApi implementation (createWorkbench).
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createWorkbench } from '../api/service.ts';
import { ErrorCode, WorkbenchError } from '../api/errors.ts';
import { METHOD_NAMES, type WorkbenchApi } from '../api/contract.ts';
import type { AppApi, SessionInfo } from '../api/app-contract.ts';
import type { CallContext } from '../api/progress.ts';
import { Workspace } from '../store/workspace.ts';
import { workspaceFileState } from '../store/workspace-file.ts';

export const WORKSPACE_BUSY = 'WORKSPACE_BUSY';

/** Builds the demo workspace at `path` (which does not exist yet). */
export type DemoBuilder = (path: string, ctx: CallContext) => Promise<void>;

export interface SessionOptions {
  workspacePath: string;
  demoPath: string;
  buildDemo: DemoBuilder;
  /** Told after every switch, e.g. to remember recent workspaces. */
  onOpened?: (info: SessionInfo) => void;
}

export class AppSession {
  private busy = 0;
  private switching = false;

  private constructor(
    private ws: Workspace,
    private core: WorkbenchApi,
    private readonly options: SessionOptions,
  ) {}

  /** Opens the given workspace; when it is the demo path and missing, builds the demo first. */
  static async open(options: SessionOptions, ctx: CallContext = {}): Promise<AppSession> {
    const path = resolve(options.workspacePath);
    if (path === resolve(options.demoPath) && !existsSync(path)) await buildDemoAt(options, ctx);
    const ws = await Workspace.open(path);
    const session = new AppSession(ws, createWorkbench(ws), options);
    options.onOpened?.(session.info());
    return session;
  }

  /** The open workspace (tests and the shell; calls go through `api`). */
  get workspace(): Workspace {
    return this.ws;
  }

  info(): SessionInfo {
    const demoPath = resolve(this.options.demoPath);
    return { workspacePath: this.ws.path, isDemo: this.ws.path === demoPath, demoPath };
  }

  /**
   * The AppApi of this session. Every contract method goes to the one WorkbenchApi of the open
   * workspace (so methods added to the contract need nothing here); each call counts as busy so
   * a switch cannot pull the workspace away under it.
   */
  readonly api: AppApi = this.buildApi();

  private buildApi(): AppApi {
    const api: Record<string, (req: never, ctx?: CallContext) => Promise<unknown>> = {};
    for (const name of METHOD_NAMES) {
      api[name] = (req, ctx) => this.track(() => (this.core[name] as (r: unknown, c?: CallContext) => Promise<unknown>)(req, ctx));
    }
    const extra: Pick<AppApi, 'info' | 'session' | 'openWorkspace' | 'openDemo'> = {
      info: (req, ctx) => this.track(async () => this.core.info(req, ctx)),
      session: async () => this.info(),
      openWorkspace: async (req) => {
        const path = resolve(req.path);
        const created = req.create === true && checkNewWorkspacePath(path);
        if (!req.create) assertExists(path);
        return { ...(await this.switchTo(path, {})), created };
      },
      openDemo: async (_req, ctx) => this.switchTo(resolve(this.options.demoPath), ctx ?? {}),
    };
    return { ...api, ...extra } as unknown as AppApi;
  }

  close(): void {
    this.ws.close();
  }

  /** Stops the workspace's running statements and resolves once it is closed (serve's shutdown). */
  closeWhenIdle(): Promise<void> {
    return this.ws.closeWhenIdle();
  }

  private async track<T>(fn: () => Promise<T>): Promise<T> {
    if (this.switching) throw new WorkbenchError(WORKSPACE_BUSY, 'The workspace is being switched. Try again in a moment.');
    this.busy++;
    try {
      return await fn();
    } finally {
      this.busy--;
    }
  }

  private async switchTo(path: string, ctx: CallContext): Promise<SessionInfo> {
    if (path === this.ws.path) return this.info();
    if (this.busy > 0 || this.switching) {
      throw new WorkbenchError(WORKSPACE_BUSY, 'Work is still running in this workspace (an import?). Wait for it to finish or cancel it, then open the other workspace.');
    }
    this.switching = true;
    try {
      if (path === resolve(this.options.demoPath) && !existsSync(path)) await buildDemoAt(this.options, ctx);
      // open the new one first: if it fails, the current workspace stays open and usable
      const next = await Workspace.open(path);
      this.ws.close();
      this.ws = next;
      this.core = createWorkbench(next);
    } finally {
      this.switching = false;
    }
    const info = this.info();
    this.options.onOpened?.(info);
    return info;
  }
}

/** Builds into a side file and renames it into place, so a cancelled or failed build leaves no half demo. */
async function buildDemoAt(options: SessionOptions, ctx: CallContext): Promise<void> {
  const target = resolve(options.demoPath);
  const building = `${target}.building`;
  for (const f of [building, `${building}.wal`]) rmSync(f, { force: true });
  try {
    await options.buildDemo(building, ctx);
    if (ctx.signal?.aborted) throw new WorkbenchError(ErrorCode.CANCELLED, 'Building the demo workspace was cancelled. Nothing was changed.');
    renameSync(building, target);
    if (existsSync(`${building}.wal`)) renameSync(`${building}.wal`, `${target}.wal`);
  } catch (err) {
    for (const f of [building, `${building}.wal`]) rmSync(f, { force: true });
    throw err;
  }
}

/** A path to open without `create`: a mistyped one is refused instead of leaving a stray empty workspace. */
function assertExists(path: string): void {
  if (!existsSync(path)) {
    throw new WorkbenchError(ErrorCode.WORKSPACE_NOT_FOUND, `There is no file at ${path}. Check the path (it is the workspace file itself, usually ending in .duckdb), or create a new workspace there.`, { path });
  }
}

/**
 * Where a new workspace is asked for: true when it will be created, false when a workspace is
 * already there (it is opened as it is). The folder must exist (a typo in it is refused rather
 * than created), and a file that is not a workspace is never touched.
 */
function checkNewWorkspacePath(path: string): boolean {
  const folder = dirname(path);
  if (!existsSync(folder)) {
    throw new WorkbenchError(
      ErrorCode.WORKSPACE_FOLDER_NOT_FOUND,
      `The folder ${folder} does not exist, so no workspace was created at ${path}. Check the path, or create the folder first.`,
      { path, folder },
    );
  }
  const state = workspaceFileState(path);
  if (state === 'missing') return true;
  if (state === 'workspace') return false;
  throw new WorkbenchError(
    ErrorCode.WORKSPACE_NOT_A_WORKSPACE,
    `${path} already exists and is not a workspace${state === 'directory' ? ' (it is a folder)' : ''}; it was left untouched. Choose another file name for the new workspace.`,
    { path },
  );
}
