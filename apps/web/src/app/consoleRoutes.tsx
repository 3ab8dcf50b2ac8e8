import type { RouteObject } from 'react-router';

/** Console screens, each its own chunk. */
export const consoleRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('../pages/console/DashboardPage')).DashboardPage }) },
  {
    path: 'organisations',
    lazy: async () => ({ Component: (await import('../pages/console/OrganisationListPage')).OrganisationListPage }),
  },
  {
    path: 'organisations/new',
    lazy: async () => ({
      Component: (await import('../pages/console/OrganisationCreatePage')).OrganisationCreatePage,
    }),
  },
  {
    path: 'organisations/:id',
    lazy: async () => ({
      Component: (await import('../pages/console/OrganisationDetailPage')).OrganisationDetailPage,
    }),
  },
  {
    path: 'organisations/:id/edit',
    lazy: async () => ({ Component: (await import('../pages/console/OrganisationEditPage')).OrganisationEditPage }),
  },
  {
    path: 'associations/:associationId/members',
    lazy: async () => ({ Component: (await import('../pages/console/MembersPage')).MembersPage }),
  },
  {
    path: 'my-memberships',
    lazy: async () => ({ Component: (await import('../pages/console/OwnMembershipsPage')).OwnMembershipsPage }),
  },
  { path: 'users', lazy: async () => ({ Component: (await import('../pages/console/UsersPage')).UsersPage }) },
  { path: 'audit', lazy: async () => ({ Component: (await import('../pages/console/AuditPage')).AuditPage }) },
  { path: 'account', lazy: async () => ({ Component: (await import('../pages/console/AccountPage')).AccountPage }) },
  { path: '*', lazy: async () => ({ Component: (await import('../pages/console/ConsoleNotFound')).ConsoleNotFound }) },
];
