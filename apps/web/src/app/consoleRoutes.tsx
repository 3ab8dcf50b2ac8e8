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
  {
    path: 'complaints',
    lazy: async () => ({ Component: (await import('../pages/console/ComplaintQueuePage')).ComplaintQueuePage }),
  },
  {
    path: 'complaints/:id',
    lazy: async () => ({ Component: (await import('../pages/console/ComplaintDetailPage')).ComplaintDetailPage }),
  },
  {
    path: 'complaint-stats',
    lazy: async () => ({ Component: (await import('../pages/console/ComplaintStatsPage')).ComplaintStatsPage }),
  },
  {
    path: 'referrals',
    lazy: async () => ({ Component: (await import('../pages/console/ReferralsPage')).ReferralsPage }),
  },
  {
    path: 'warnings',
    lazy: async () => ({ Component: (await import('../pages/console/ConsumerWarningsPage')).ConsumerWarningsPage }),
  },
  { path: 'calendar', lazy: async () => ({ Component: (await import('../pages/console/CalendarPage')).CalendarPage }) },
  { path: 'users', lazy: async () => ({ Component: (await import('../pages/console/UsersPage')).UsersPage }) },
  { path: 'audit', lazy: async () => ({ Component: (await import('../pages/console/AuditPage')).AuditPage }) },
  { path: 'account', lazy: async () => ({ Component: (await import('../pages/console/AccountPage')).AccountPage }) },
  { path: '*', lazy: async () => ({ Component: (await import('../pages/console/ConsoleNotFound')).ConsoleNotFound }) },
];
