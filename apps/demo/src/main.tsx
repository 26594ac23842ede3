import '@kit/ui/styles.css';
import './styles/base.css';
import './styles/header.css';
import './styles/header-menu.css';
import './styles/controls.css';
import './styles/pages.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
