import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createClient } from './api/client.ts';
import { applyTheme, loadThemeChoice } from './frame/theme.ts';
import './styles.css';

applyTheme(loadThemeChoice());
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App client={createClient()} />
    </StrictMode>,
  );
}
