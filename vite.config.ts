import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer bundle, used by the desktop app (app:// protocol) and by browser mode alike.
// Relative asset URLs so the same files work under both. Paths are taken from this file, not
// from the current directory, so the bundle builds wherever the command is started.
export default defineConfig({
  root: fileURLToPath(new URL('renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
