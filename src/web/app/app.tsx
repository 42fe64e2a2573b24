import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AccessibilityPage } from '../routes/accessibility-page';
import { HomePage } from '../routes/home-page';
import { ImportPage } from '../routes/import-page';
import { LoginPage } from '../routes/login-page';
import { MeasurePage } from '../routes/measure-page';
import { MeasuresPage } from '../routes/measures-page';
import { NotFoundPage } from '../routes/not-found-page';
import { OverviewPage } from '../routes/overview-page';
import { RequireSession } from './session';
import { Shell } from './shell';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: true, staleTime: 10_000 },
    mutations: { retry: false },
  },
});

/**
 * Every view has its own address (Swedish paths users can share): the plan and the view in the path,
 * the year (`ar`), the unit (`enhet`) and filters in the query string.
 */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route path="/logga-in" element={<LoginPage />} />
          <Route path="/tillganglighet" element={<AccessibilityPage />} />
          <Route
            element={
              <RequireSession>
                <Shell />
              </RequireSession>
            }
          >
            <Route index element={<HomePage />} />
            <Route path="/planer/:planId/oversikt" element={<OverviewPage />} />
            <Route path="/planer/:planId/atgarder" element={<MeasuresPage />} />
            <Route path="/planer/:planId/atgarder/ny" element={<MeasurePage />} />
            <Route path="/planer/:planId/atgarder/:measureId" element={<MeasurePage />} />
            <Route path="/import" element={<ImportPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
