import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer bundle, used by the desktop app (app:// protocol) and by browser mode alike.
// Relative asset URLs so the same files work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
