import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, useNavigate } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { createApiClient } from '../api/client';
import { signInPath } from '../auth/auth-api';
import { AppRoutes } from './routes';
import { cssVariablesResolver, theme } from './theme';

function ClientProvider({ children }: { children: React.ReactNode }) {
  // useNavigate gives a new function on every route change; the client (and its cache) must outlive them.
  const latestNavigate = useNavigate();
  const navigate = useRef(latestNavigate);
  useEffect(() => {
    navigate.current = latestNavigate;
  }, [latestNavigate]);
  const client = useMemo(
    () =>
      // The one place that sends a person to sign in: several queries may fail at once, the first wins.
      createApiClient((expired) => {
        const here = `${window.location.pathname}${window.location.search}`;
        if (!window.location.pathname.startsWith('/sign-in')) void navigate.current(signInPath(here, expired), { replace: true });
      }),
    [],
  );
  return <UrqlProvider value={client}>{children}</UrqlProvider>;
}

export function App() {
  const { i18n } = useTranslation();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        <BrowserRouter>
          <ClientProvider>
            <AppRoutes />
          </ClientProvider>
        </BrowserRouter>
      </DatesProvider>
    </MantineProvider>
  );
}
