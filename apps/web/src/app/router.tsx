import { createBrowserRouter, type RouteObject } from 'react-router';
import { Spinner } from '../pages/portal/components/Spinner';
import { DirectoryPage } from '../pages/portal/DirectoryPage';
import { HomePage } from '../pages/portal/HomePage';
import { NotFoundPage } from '../pages/portal/NotFoundPage';
import { OrganisationPublicPage } from '../pages/portal/OrganisationPublicPage';
import { consoleRoutes } from './consoleRoutes';
import { PortalLayout } from './layouts/PortalLayout';
import { RootLayout } from './RootLayout';
import { RouteError } from './RouteError';

/** Portal pages are in the first bundle; the login page and the whole console (antd) load on demand. */
const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    HydrateFallback: Spinner,
    errorElement: <RouteError />,
    children: [
      {
        element: <PortalLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'directory', element: <DirectoryPage /> },
          { path: 'directory/:id', element: <OrganisationPublicPage /> },
          // The complaint service's pages load on demand (still plain HTML, no antd).
          {
            path: 'complaints',
            lazy: async () => ({
              Component: (await import('../pages/portal/ComplaintServicePage')).ComplaintServicePage,
            }),
          },
          {
            path: 'complaints/new',
            lazy: async () => ({
              Component: (await import('../pages/portal/ComplaintIntakePage')).ComplaintIntakePage,
            }),
          },
          {
            path: 'complaints/track',
            lazy: async () => ({ Component: (await import('../pages/portal/ComplaintTrackPage')).ComplaintTrackPage }),
          },
          {
            path: 'warnings',
            lazy: async () => ({ Component: (await import('../pages/portal/WarningsPage')).WarningsPage }),
          },
          // Quality credit: published grades, records, warnings, lists and commitments (plain HTML, on demand).
          {
            path: 'credit',
            lazy: async () => ({ Component: (await import('../pages/portal/credit/CreditListPage')).CreditListPage }),
          },
          {
            path: 'credit/warnings',
            lazy: async () => ({
              Component: (await import('../pages/portal/credit/CreditWarningsPage')).CreditWarningsPage,
            }),
          },
          {
            path: 'credit/lists',
            lazy: async () => ({ Component: (await import('../pages/portal/credit/CreditListsPage')).CreditListsPage }),
          },
          {
            path: 'credit/commitments',
            lazy: async () => ({
              Component: (await import('../pages/portal/credit/CreditCommitmentsPage')).CreditCommitmentsPage,
            }),
          },
          {
            path: 'credit/:creditCode',
            lazy: async () => ({
              Component: (await import('../pages/portal/credit/CreditEnterprisePage')).CreditEnterprisePage,
            }),
          },
          // Spot checks: published notices and failing products of members (plain HTML, on demand).
          {
            path: 'spot-checks',
            lazy: async () => ({
              Component: (await import('../pages/portal/spotcheck/SpotCheckNoticesPage')).SpotCheckNoticesPage,
            }),
          },
          {
            path: 'spot-checks/failing',
            lazy: async () => ({
              Component: (await import('../pages/portal/spotcheck/SpotCheckFailingPage')).SpotCheckFailingPage,
            }),
          },
          // Rules and consultations of the associations: public documents and public consultations (plain HTML).
          {
            path: 'rules',
            lazy: async () => ({ Component: (await import('../pages/portal/rules/RulesPage')).RulesPage }),
          },
          {
            path: 'rules/consultations',
            lazy: async () => ({
              Component: (await import('../pages/portal/rules/PublicConsultationsPage')).PublicConsultationsPage,
            }),
          },
          {
            path: 'rules/consultations/:id',
            lazy: async () => ({
              Component: (await import('../pages/portal/rules/PublicConsultationPage')).PublicConsultationPage,
            }),
          },
          {
            path: 'rules/:id',
            lazy: async () => ({
              Component: (await import('../pages/portal/rules/RuleDocumentPage')).RuleDocumentPage,
            }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: 'login',
        lazy: async () => ({ Component: (await import('../pages/LoginPage')).LoginPage }),
      },
      {
        path: 'console',
        lazy: async () => ({ Component: (await import('./layouts/ConsoleLayout')).ConsoleLayout }),
        children: consoleRoutes,
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
