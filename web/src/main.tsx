// Entry point of the web app: providers (language, session, antd's App for messages) and the routes.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { I18nProvider } from './app/i18n';
import { AntApp } from './app/ant-app';
import { AuthProvider, useAuth } from './app/auth';
import { AppRoutes } from './app/router';
import './app/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

/** Messages, notifications and dialogs load with a signed-in user's pages, a visitor's at first use. */
function AntAppForUser({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  return <AntApp load={!!user}>{children}</AntApp>;
}

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <AuthProvider>
        <AntAppForUser>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AntAppForUser>
      </AuthProvider>
    </I18nProvider>
  </StrictMode>,
);
