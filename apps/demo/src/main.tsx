import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Placeholder until the marketplace's pages land: proves the build and the server's static serving.
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <h1>Souk demo</h1>
    </main>
  </StrictMode>,
);
