// The only IPC channels between the window and the main process. Nothing else is listened to.
export const CHANNELS = {
  /** renderer -> main: {method, payload, jobId?} -> CallOutcome */
  invoke: 'workbench:invoke',
  /** renderer -> main: {jobId} -> boolean */
  cancel: 'workbench:cancel',
  /** main -> renderer: JobEvent (progress of a call that gave a jobId) */
  job: 'workbench:job',
  /** main -> renderer: AppEvent (menu commands, workspace switches) */
  app: 'workbench:app',
} as const;
