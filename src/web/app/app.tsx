import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AccessibilityPage } from '../routes/accessibility-page';
import { HomePage } from '../routes/home-page';
import { LoginPage } from '../routes/login-page';
import { NotFoundPage } from '../routes/not-found-page';
import { RequireSession } from './session';
import { Shell } from './shell';

// The screens load when first visited (ECharts and the grid are the bulk of the code), so the login page
// and the first view come up sooner.
const OverviewPage = lazy(() => import('../routes/overview-page').then((m) => ({ default: m.OverviewPage })));
const MeasuresPage = lazy(() => import('../routes/measures-page').then((m) => ({ default: m.MeasuresPage })));
const MeasurePage = lazy(() => import('../routes/measure-page').then((m) => ({ default: m.MeasurePage })));
const ReportPage = lazy(() => import('../routes/report-page').then((m) => ({ default: m.ReportPage })));
const RoundsPage = lazy(() => import('../routes/rounds-page').then((m) => ({ default: m.RoundsPage })));
const RoundPage = lazy(() => import('../routes/round-page').then((m) => ({ default: m.RoundPage })));
const ScenariosPage = lazy(() =>
  import('../routes/scenarios-page').then((m) => ({ default: m.ScenariosPage })),
);
const ScenarioPage = lazy(() => import('../routes/scenario-page').then((m) => ({ default: m.ScenarioPage })));
const ScenarioComparePage = lazy(() =>
  import('../routes/scenario-compare-page').then((m) => ({ default: m.ScenarioComparePage })),
);
const DecisionsPage = lazy(() =>
  import('../routes/decisions-page').then((m) => ({ default: m.DecisionsPage })),
);
const DecisionPage = lazy(() => import('../routes/decision-page').then((m) => ({ default: m.DecisionPage })));
const NewDecisionPage = lazy(() =>
  import('../routes/new-decision-page').then((m) => ({ default: m.NewDecisionPage })),
);
const CommitmentsPage = lazy(() =>
  import('../routes/commitments-page').then((m) => ({ default: m.CommitmentsPage })),
);
const BoardReportPage = lazy(() =>
  import('../routes/board-report-page').then((m) => ({ default: m.BoardReportPage })),
);
const PublishedReportPage = lazy(() =>
  import('../routes/published-report-page').then((m) => ({ default: m.PublishedReportPage })),
);
const ImportPage = lazy(() => import('../routes/import-page').then((m) => ({ default: m.ImportPage })));

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
            <Route path="/planer/:planId/rapportera" element={<ReportPage />} />
            <Route path="/planer/:planId/uppfoljning" element={<RoundsPage />} />
            <Route path="/planer/:planId/uppfoljning/:roundId" element={<RoundPage />} />
            <Route path="/planer/:planId/beslut" element={<DecisionsPage />} />
            <Route path="/planer/:planId/beslut/nytt" element={<NewDecisionPage />} />
            <Route path="/planer/:planId/beslut/:decisionId" element={<DecisionPage />} />
            <Route path="/planer/:planId/beting" element={<CommitmentsPage />} />
            <Route path="/planer/:planId/namndrapport" element={<BoardReportPage />} />
            <Route path="/namndrapporter/:reportId" element={<PublishedReportPage />} />
            <Route path="/prognosverktyg" element={<ScenariosPage />} />
            <Route path="/prognosverktyg/jamfor" element={<ScenarioComparePage />} />
            <Route path="/prognosverktyg/nytt" element={<ScenarioPage />} />
            <Route path="/prognosverktyg/:scenarioId" element={<ScenarioPage />} />
            <Route path="/import" element={<ImportPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
