/**
 * The React example: the mock engine and MSW's worker first, then the app inside TanStack
 * Query's provider. The styles are the browser demo's, so both pages look alike.
 */
import '../browser/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { speed, startMockWorker } from './demo-engine.js';

const queryClient = new QueryClient();

async function start(): Promise<void> {
  const clockInfo = document.getElementById('clock-info');
  if (clockInfo) clockInfo.textContent = speed === 1 ? 'Engine time: real time.' : `Engine time: ×${speed}.`;
  await startMockWorker();
  const root = document.getElementById('root');
  if (!root) throw new Error('react-query demo: #root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  document.body.textContent = `The demo could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
