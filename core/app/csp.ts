// The one Content-Security-Policy of the renderer, sent by browser mode and by the Electron
// app protocol alike. Scripts only from the bundle, no eval, nothing remote.
// Styles allow inline because the grid and chart libraries inject <style> elements at run time.
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
