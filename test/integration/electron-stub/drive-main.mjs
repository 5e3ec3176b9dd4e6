// Loads the bundled main process (dist/electron/main.js) under the stub and drives it the way
// the window would: IPC calls through its handler, a page through its app:// protocol.
const [mainJs, fixture, workspace] = process.argv.slice(2);
// as if started with `--db W`
if (workspace) process.argv.push('--db', workspace);
const stub = await import('electron');
const rec = stub.recorded;
rec.errors = [];
await import(mainJs);
for (let i = 0; i < 100 && rec.ipc.size < 2; i++) await new Promise((r) => setTimeout(r, 50));

const invoke = rec.ipc.get('workbench:invoke');
const app = { senderFrame: { url: 'app://workbench/index.html' }, sender: { send: () => undefined } };
const stranger = { senderFrame: { url: 'https://evil.example/' }, sender: { send: () => undefined } };
const progress = [];
const withProgress = { ...app, sender: { send: (channel, e) => progress.push([channel, e.type]) } };
const out = {
  window: rec.windows[0]?.options.webPreferences,
  url: rec.windows[0]?.url,
  sandbox: rec.sandbox,
  schemes: rec.schemes,
  channels: [...rec.ipc.keys()],
  info: await invoke(app, { method: 'info', payload: {} }),
  ingest: await invoke(withProgress, { method: 'ingest', payload: { paths: [fixture] }, jobId: 'job-000000001' }),
  after: await invoke(app, { method: 'info', payload: {} }),
  extra: await invoke(app, { method: 'info', payload: { x: 1 } }),
  stranger: await invoke(stranger, { method: 'info', payload: {} }),
  progress,
  errors: rec.errors,
};
const res = await rec.protocols.get('app')({ url: 'app://workbench/index.html' });
out.page = { status: res.status, csp: res.headers.get('content-security-policy'), html: (await res.text()).slice(0, 600) };
const denied = rec.windows[0].webContents.windowOpenHandler({ url: 'https://example.com' });
out.windowOpen = denied;
let navBlocked = false;
rec.windows[0].webContents.emit('will-navigate', { preventDefault: () => (navBlocked = true) }, 'https://example.com/');
out.navBlocked = navBlocked;
let permission = null;
rec.windows[0].webContents.permissionHandler(null, 'media', (v) => (permission = v));
out.permission = permission;
const asked = (name) => {
  let answer = null;
  rec.windows[0].webContents.permissionHandler(null, name, (v) => (answer = v));
  return { request: answer, check: rec.windows[0].webContents.permissionCheck(null, name) };
};
out.clipboard = { write: asked('clipboard-sanitized-write'), read: asked('clipboard-read') };
process.stdout.write(JSON.stringify(out));
process.exit(0);
