// Entry: providers and the shell.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { I18nProvider } from './i18n.js';
import { RouterProvider } from './router.js';
import { PlacesProvider } from './scope.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <RouterProvider>
        <PlacesProvider>
          <App />
        </PlacesProvider>
      </RouterProvider>
    </I18nProvider>
  </StrictMode>,
);
