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
  // Quality credit (issue #3): the archive, cases, evaluations, models, warnings, measures, commitments.
  {
    path: 'credit/records',
    lazy: async () => ({ Component: (await import('../pages/console/credit/CreditRecordsPage')).CreditRecordsPage }),
  },
  {
    path: 'credit/records/:id',
    lazy: async () => ({
      Component: (await import('../pages/console/credit/CreditRecordDetailPage')).CreditRecordDetailPage,
    }),
  },
  {
    path: 'credit/objections',
    lazy: async () => ({
      Component: (await import('../pages/console/credit/CreditObjectionsPage')).CreditObjectionsPage,
    }),
  },
  {
    path: 'credit/repairs',
    lazy: async () => ({ Component: (await import('../pages/console/credit/CreditRepairsPage')).CreditRepairsPage }),
  },
  {
    path: 'credit/evaluations',
    lazy: async () => ({
      Component: (await import('../pages/console/credit/CreditEvaluationsPage')).CreditEvaluationsPage,
    }),
  },
  {
    path: 'credit/evaluations/:id',
    lazy: async () => ({
      Component: (await import('../pages/console/credit/CreditEvaluationDetailPage')).CreditEvaluationDetailPage,
    }),
  },
  {
    path: 'credit/models',
    lazy: async () => ({ Component: (await import('../pages/console/credit/CreditModelsPage')).CreditModelsPage }),
  },
  {
    path: 'credit/models/new',
    lazy: async () => ({
      Component: (await import('../pages/console/credit/CreditModelEditPage')).CreditModelEditPage,
    }),
  },
  {
    path: 'credit/warnings',
    lazy: async () => ({ Component: (await import('../pages/console/credit/CreditWarningsPage')).CreditWarningsPage }),
  },
  {
    path: 'credit/measures',
    lazy: async () => ({ Component: (await import('../pages/console/credit/CreditMeasuresPage')).CreditMeasuresPage }),
  },
  {
    path: 'credit/commitments',
    lazy: async () => ({ Component: (await import('../pages/console/credit/CommitmentsPage')).CommitmentsPage }),
  },
  {
    path: 'credit/mine',
    lazy: async () => ({ Component: (await import('../pages/console/credit/MyCreditPage')).MyCreditPage }),
  },
  {
    path: 'credit/enterprises/:id',
    lazy: async () => ({
      Component: (await import('../pages/console/credit/CreditEnterprisePage')).CreditEnterprisePage,
    }),
  },
  {
    path: 'credit/stats',
    lazy: async () => ({ Component: (await import('../pages/console/credit/CreditStatsPage')).CreditStatsPage }),
  },
  // Spot checks (issue #6): notices, the import wizard, unmatched results, results, re-inspections.
  {
    path: 'spot-checks',
    lazy: async () => ({
      Component: (await import('../pages/console/spotcheck/SpotCheckNoticesPage')).SpotCheckNoticesPage,
    }),
  },
  {
    path: 'spot-checks/import',
    lazy: async () => ({
      Component: (await import('../pages/console/spotcheck/SpotCheckImportPage')).SpotCheckImportPage,
    }),
  },
  {
    path: 'spot-checks/notices/:id',
    lazy: async () => ({
      Component: (await import('../pages/console/spotcheck/SpotCheckNoticeDetailPage')).SpotCheckNoticeDetailPage,
    }),
  },
  {
    path: 'spot-checks/unmatched',
    lazy: async () => ({
      Component: (await import('../pages/console/spotcheck/SpotCheckUnmatchedPage')).SpotCheckUnmatchedPage,
    }),
  },
  {
    path: 'spot-checks/results',
    lazy: async () => ({
      Component: (await import('../pages/console/spotcheck/SpotCheckResultsPage')).SpotCheckResultsPage,
    }),
  },
  {
    path: 'spot-checks/mine',
    lazy: async () => ({
      Component: (await import('../pages/console/spotcheck/MySpotChecksPage')).MySpotChecksPage,
    }),
  },
  {
    path: 'spot-checks/reinspections',
    lazy: async () => ({
      Component: (await import('../pages/console/spotcheck/SpotCheckReinspectionsPage')).SpotCheckReinspectionsPage,
    }),
  },
  // Risk monitoring (issue #6): spot-check analysis, sampling plans, control charts, alerts, reports.
  {
    path: 'spot-checks/analysis',
    lazy: async () => ({
      Component: (await import('../pages/console/risk/SpotCheckAnalysisPage')).SpotCheckAnalysisPage,
    }),
  },
  {
    path: 'spot-checks/sampling',
    lazy: async () => ({ Component: (await import('../pages/console/risk/SamplingPage')).SamplingPage }),
  },
  {
    path: 'spot-checks/sampling/:id',
    lazy: async () => ({ Component: (await import('../pages/console/risk/SamplingPlanPage')).SamplingPlanPage }),
  },
  {
    path: 'risk',
    lazy: async () => ({ Component: (await import('../pages/console/risk/RiskMonitorPage')).RiskMonitorPage }),
  },
  {
    path: 'risk/alerts',
    lazy: async () => ({ Component: (await import('../pages/console/risk/RiskAlertsPage')).RiskAlertsPage }),
  },
  {
    path: 'risk/reports',
    lazy: async () => ({ Component: (await import('../pages/console/risk/RiskReportsPage')).RiskReportsPage }),
  },
  {
    path: 'risk/reports/:id',
    lazy: async () => ({
      Component: (await import('../pages/console/risk/RiskReportDetailPage')).RiskReportDetailPage,
    }),
  },
  // Evaluation (issue #5, Appendix A): assessments, campaigns and ranking, improvement actions, frameworks.
  {
    path: 'evaluation/assessments',
    lazy: async () => ({
      Component: (await import('../pages/console/evaluation/AssessmentsPage')).AssessmentsPage,
    }),
  },
  {
    path: 'evaluation/assessments/:id',
    lazy: async () => ({
      Component: (await import('../pages/console/evaluation/AssessmentDetailPage')).AssessmentDetailPage,
    }),
  },
  {
    path: 'evaluation/campaigns',
    lazy: async () => ({ Component: (await import('../pages/console/evaluation/CampaignsPage')).CampaignsPage }),
  },
  {
    path: 'evaluation/campaigns/:id',
    lazy: async () => ({
      Component: (await import('../pages/console/evaluation/CampaignDetailPage')).CampaignDetailPage,
    }),
  },
  {
    path: 'evaluation/actions',
    lazy: async () => ({
      Component: (await import('../pages/console/evaluation/ImprovementActionsPage')).ImprovementActionsPage,
    }),
  },
  {
    path: 'evaluation/frameworks',
    lazy: async () => ({ Component: (await import('../pages/console/evaluation/FrameworksPage')).FrameworksPage }),
  },
  {
    path: 'evaluation/frameworks/:id',
    lazy: async () => ({
      Component: (await import('../pages/console/evaluation/FrameworkDetailPage')).FrameworkDetailPage,
    }),
  },
  // The association's workspace (issue #7): versioned rules and documents, consultations (征求意见).
  {
    path: 'workspace/documents',
    lazy: async () => ({ Component: (await import('../pages/console/workspace/DocumentsPage')).DocumentsPage }),
  },
  {
    path: 'workspace/documents/:id',
    lazy: async () => ({
      Component: (await import('../pages/console/workspace/DocumentDetailPage')).DocumentDetailPage,
    }),
  },
  {
    path: 'workspace/consultations',
    lazy: async () => ({
      Component: (await import('../pages/console/workspace/ConsultationsPage')).ConsultationsPage,
    }),
  },
  {
    path: 'workspace/consultations/:id',
    lazy: async () => ({
      Component: (await import('../pages/console/workspace/ConsultationDetailPage')).ConsultationDetailPage,
    }),
  },
  // The association's workspace (issue #7): funds, resources (infrastructure, human resources), policy information.
  {
    path: 'workspace/funds',
    lazy: async () => ({ Component: (await import('../pages/console/workspace/FundsPage')).FundsPage }),
  },
  {
    path: 'workspace/resources',
    lazy: async () => ({ Component: (await import('../pages/console/workspace/ResourcesPage')).ResourcesPage }),
  },
  {
    path: 'workspace/policies',
    lazy: async () => ({ Component: (await import('../pages/console/workspace/PoliciesPage')).PoliciesPage }),
  },
  // The association's workspace (issue #7): environment, plans, tasks, competence evaluations.
  {
    path: 'workspace/environment',
    lazy: async () => ({ Component: (await import('../pages/console/workspace/EnvironmentPage')).EnvironmentPage }),
  },
  {
    path: 'workspace/plans',
    lazy: async () => ({ Component: (await import('../pages/console/workspace/PlansPage')).PlansPage }),
  },
  {
    path: 'workspace/plans/:id',
    lazy: async () => ({ Component: (await import('../pages/console/workspace/PlanDetailPage')).PlanDetailPage }),
  },
  {
    path: 'workspace/tasks',
    lazy: async () => ({ Component: (await import('../pages/console/workspace/TasksPage')).TasksPage }),
  },
  {
    path: 'workspace/competence',
    lazy: async () => ({ Component: (await import('../pages/console/workspace/CompetencePage')).CompetencePage }),
  },
  // The association's workspace (issue #7): the liaison channel and notices to members.
  {
    path: 'workspace/liaison',
    lazy: async () => ({ Component: (await import('../pages/console/workspace/LiaisonPage')).LiaisonPage }),
  },
  {
    path: 'workspace/liaison/:id',
    lazy: async () => ({
      Component: (await import('../pages/console/workspace/LiaisonThreadPage')).LiaisonThreadPage,
    }),
  },
  {
    path: 'workspace/notices',
    lazy: async () => ({ Component: (await import('../pages/console/workspace/NoticesPage')).NoticesPage }),
  },
  {
    path: 'workspace/notices/:id',
    lazy: async () => ({
      Component: (await import('../pages/console/workspace/NoticeDetailPage')).NoticeDetailPage,
    }),
  },
  // The association's work team and the regulator's guidance documents (issue #7, §8.1.2).
  {
    path: 'workspace/team',
    lazy: async () => ({ Component: (await import('../pages/console/workspace/TeamPage')).TeamPage }),
  },
  { path: 'calendar', lazy: async () => ({ Component: (await import('../pages/console/CalendarPage')).CalendarPage }) },
  { path: 'users', lazy: async () => ({ Component: (await import('../pages/console/UsersPage')).UsersPage }) },
  { path: 'audit', lazy: async () => ({ Component: (await import('../pages/console/AuditPage')).AuditPage }) },
  { path: 'account', lazy: async () => ({ Component: (await import('../pages/console/AccountPage')).AccountPage }) },
  { path: '*', lazy: async () => ({ Component: (await import('../pages/console/ConsoleNotFound')).ConsoleNotFound }) },
];
