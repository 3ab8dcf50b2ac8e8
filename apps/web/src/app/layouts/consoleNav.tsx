import {
  AimOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  CommentOutlined,
  CompassOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  DeploymentUnitOutlined,
  ExceptionOutlined,
  ExperimentOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FlagOutlined,
  FundOutlined,
  FundProjectionScreenOutlined,
  InsuranceOutlined,
  LineChartOutlined,
  LinkOutlined,
  MedicineBoxOutlined,
  MessageOutlined,
  NotificationOutlined,
  PieChartOutlined,
  ProfileOutlined,
  ReadOutlined,
  ReconciliationOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SendOutlined,
  ShopOutlined,
  SlidersOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  ToolOutlined,
  TrophyOutlined,
  UserOutlined,
  WalletOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { MeDto } from '@gongzhi/contracts';
import type { ReactNode } from 'react';
import {
  can,
  canBrowseOrganisations,
  hasOrganisationKind,
  organisationsOfKind,
} from '../../modules/auth/hooks/currentUser';

type NavKey =
  | 'dashboard'
  | 'organisations'
  | 'members'
  | 'ownOrganisation'
  | 'ownMemberships'
  | 'complaints'
  | 'referrals'
  | 'complaintStats'
  | 'warnings'
  | 'calendar'
  | 'users'
  | 'audit';
/** The credit entries are labelled from the credit console's own texts. */
type CreditNavKey =
  | 'records'
  | 'objections'
  | 'repairs'
  | 'evaluations'
  | 'models'
  | 'warnings'
  | 'measures'
  | 'commitments'
  | 'myCredit'
  | 'stats';
/** The spot-check entries are labelled from the spot-check console's own texts. */
type SpotCheckNavKey = 'notices' | 'import' | 'unmatched' | 'results' | 'mine' | 'reinspections';
/** The risk-monitoring entries are labelled from the risk console's own texts. */
type RiskNavKey = 'analysis' | 'monitor' | 'alerts' | 'reports' | 'sampling';
/** The evaluation entries are labelled from the evaluation console's own texts. */
type EvaluationNavKey = 'assessments' | 'campaigns' | 'actions' | 'frameworks';
/** The workspace entries (issue #7) are labelled from each area's own texts. */
type PlanNavKey = 'environment' | 'plans' | 'tasks' | 'competence';
type RulesNavKey = 'documents' | 'consultations';
type LiaisonNavKey = 'team' | 'liaison' | 'notices';
type FundsNavKey = 'funds' | 'resources' | 'policies';
export type NavLabelKey =
  | `nav.${NavKey}`
  | `creditConsole.nav.${CreditNavKey}`
  | `spotCheckConsole.nav.${SpotCheckNavKey}`
  | `riskConsole.nav.${RiskNavKey}`
  | `evaluationConsole.nav.${EvaluationNavKey}`
  | `planConsole.nav.${PlanNavKey}`
  | `rulesConsole.nav.${RulesNavKey}`
  | `liaisonConsole.nav.${LiaisonNavKey}`
  | `fundsConsole.nav.${FundsNavKey}`;

export interface NavItem {
  key: string;
  path: string;
  label: NavLabelKey;
  icon: ReactNode;
  /** Also highlighted for these path prefixes (besides `path`). */
  alsoFor?: string[];
}

export interface NavSection {
  key: 'environment' | 'process' | 'elements' | 'consumer' | 'credit' | 'quality' | 'risk' | 'evaluation' | 'system';
  label:
    | 'nav.environment'
    | 'nav.process'
    | 'nav.elements'
    | 'nav.consumer'
    | 'creditConsole.nav.section'
    | 'spotCheckConsole.nav.section'
    | 'riskConsole.nav.section'
    | 'evaluationConsole.nav.section'
    | 'nav.system';
  items: NavItem[];
}

/** An entry labelled `nav.<key>`. */
function navItem(key: NavKey, path: string, icon: ReactNode): NavItem {
  return { key, path, label: `nav.${key}`, icon };
}

/** A credit entry: keyed `credit.<key>`, labelled `creditConsole.nav.<key>`. */
function creditItem(key: CreditNavKey, path: string, icon: ReactNode): NavItem {
  return { key: `credit.${key}`, path, label: `creditConsole.nav.${key}`, icon };
}

/**
 * Quality credit (§8.1.3.2 c, §8.1.3.3): the association keeps its members' archives, evaluates and
 * warns; the enterprise sees its own credit; the regulator sees the distribution and the warnings.
 */
function creditNav(me: MeDto): NavItem[] {
  if (!can(me, 'credit.read')) return [];
  const items: NavItem[] = [];
  const [association] = organisationsOfKind(me, 'industry_organisation');
  if (association) {
    items.push(
      creditItem('records', '/console/credit/records', <FileSearchOutlined />),
      creditItem('objections', '/console/credit/objections', <ExceptionOutlined />),
      creditItem('repairs', '/console/credit/repairs', <MedicineBoxOutlined />),
      creditItem('evaluations', '/console/credit/evaluations', <CalculatorOutlined />),
      creditItem('models', '/console/credit/models', <SlidersOutlined />),
      creditItem('warnings', '/console/credit/warnings', <NotificationOutlined />),
      creditItem('measures', '/console/credit/measures', <TrophyOutlined />),
      creditItem('commitments', '/console/credit/commitments', <FileProtectOutlined />),
    );
  }
  if (organisationsOfKind(me, 'enterprise').length > 0) {
    items.push(creditItem('myCredit', '/console/credit/mine', <SafetyCertificateOutlined />));
  }
  if (hasOrganisationKind(me, 'regulator')) {
    items.push(
      creditItem('stats', '/console/credit/stats', <FundOutlined />),
      creditItem('warnings', '/console/credit/warnings', <NotificationOutlined />),
    );
  }
  return items;
}

/** A spot-check entry: keyed `spotCheck.<key>`, labelled `spotCheckConsole.nav.<key>`. */
function spotCheckItem(key: SpotCheckNavKey, path: string, icon: ReactNode): NavItem {
  return { key: `spotCheck.${key}`, path, label: `spotCheckConsole.nav.${key}`, icon };
}

/**
 * Quality data (issue #6): the regulator imports spot-check notices, matches results and decides
 * re-inspections; an association sees its members' results; an enterprise its own, and asks for
 * re-inspection.
 */
function qualityNav(me: MeDto): NavItem[] {
  if (!can(me, 'spotcheck.read')) return [];
  const items: NavItem[] = [];
  const overseer = hasOrganisationKind(me, 'regulator', 'industry_organisation');
  if (overseer) items.push(spotCheckItem('notices', '/console/spot-checks', <ExperimentOutlined />));
  if (can(me, 'spotcheck.import')) {
    items.push(
      spotCheckItem('import', '/console/spot-checks/import', <CloudUploadOutlined />),
      spotCheckItem('unmatched', '/console/spot-checks/unmatched', <LinkOutlined />),
    );
  }
  if (overseer) items.push(spotCheckItem('results', '/console/spot-checks/results', <ProfileOutlined />));
  if (organisationsOfKind(me, 'enterprise').length > 0) {
    items.push(spotCheckItem('mine', '/console/spot-checks/mine', <InsuranceOutlined />));
  }
  items.push(spotCheckItem('reinspections', '/console/spot-checks/reinspections', <ReconciliationOutlined />));
  return items;
}

/** A risk entry: keyed `risk.<key>`, labelled `riskConsole.nav.<key>`. */
function riskItem(key: RiskNavKey, path: string, icon: ReactNode): NavItem {
  return { key: `risk.${key}`, path, label: `riskConsole.nav.${key}`, icon };
}

/**
 * Risk monitoring (issue #6): associations and the regulator analyse spot-check results, watch the
 * control charts and their alerts, and exchange risk reports; the regulator draws sampling plans.
 */
function riskNav(me: MeDto): NavItem[] {
  if (!hasOrganisationKind(me, 'regulator', 'industry_organisation')) return [];
  const items: NavItem[] = [];
  if (can(me, 'spotcheck.read')) {
    items.push(riskItem('analysis', '/console/spot-checks/analysis', <PieChartOutlined />));
  }
  if (can(me, 'risk.read')) {
    items.push(
      riskItem('monitor', '/console/risk', <LineChartOutlined />),
      riskItem('alerts', '/console/risk/alerts', <WarningOutlined />),
      riskItem('reports', '/console/risk/reports', <FileTextOutlined />),
    );
  }
  if (hasOrganisationKind(me, 'regulator') && can(me, 'spotcheck.import')) {
    items.push(riskItem('sampling', '/console/spot-checks/sampling', <AimOutlined />));
  }
  return items;
}

/** An evaluation entry: keyed `evaluation.<key>`, labelled `evaluationConsole.nav.<key>`. */
function evaluationItem(key: EvaluationNavKey, path: string, icon: ReactNode): NavItem {
  return { key: `evaluation.${key}`, path, label: `evaluationConsole.nav.${key}`, icon };
}

/**
 * Evaluation (issue #5, Appendix A): associations assess themselves and follow up their improvement
 * actions; the regulator assesses, reviews, opens campaigns and ranks; experts score the assessments
 * that name them. Everyone who reads evaluations sees the frameworks.
 */
function evaluationNav(me: MeDto): NavItem[] {
  if (!can(me, 'evaluation.read')) return [];
  const items: NavItem[] = [
    evaluationItem('assessments', '/console/evaluation/assessments', <FundProjectionScreenOutlined />),
  ];
  const regulator = hasOrganisationKind(me, 'regulator');
  if (regulator) items.push(evaluationItem('campaigns', '/console/evaluation/campaigns', <FlagOutlined />));
  if (regulator || hasOrganisationKind(me, 'industry_organisation')) {
    items.push(evaluationItem('actions', '/console/evaluation/actions', <RiseOutlined />));
  }
  items.push(evaluationItem('frameworks', '/console/evaluation/frameworks', <DeploymentUnitOutlined />));
  return items;
}

/** A workspace entry (issue #7): keyed `workspace.<key>`, labelled from its area's texts. */
function workspaceItem(
  label: `${'planConsole' | 'rulesConsole' | 'liaisonConsole' | 'fundsConsole'}.nav.${string}` & NavLabelKey,
  path: string,
  icon: ReactNode,
): NavItem {
  return { key: `workspace.${label.split('.').pop()}`, path, label, icon };
}

/** §6 environment and §8.3 resources: the association's registers; the regulator reads those of its region. */
function environmentNav(me: MeDto): NavItem[] {
  if (!can(me, 'workspace.read')) return [];
  return [
    workspaceItem('planConsole.nav.environment', '/console/workspace/environment', <CompassOutlined />),
    workspaceItem('fundsConsole.nav.resources', '/console/workspace/resources', <ToolOutlined />),
    workspaceItem('fundsConsole.nav.policies', '/console/workspace/policies', <ReadOutlined />),
  ];
}

/**
 * §7 and §8.1: plans and tasks, the work team, rules and consultations, the liaison channel, notices
 * and funds. Members read their associations' documents and notices and comment on consultations.
 */
function processNav(me: MeDto): NavItem[] {
  const items: NavItem[] = [];
  const workspace = can(me, 'workspace.read');
  if (workspace) {
    items.push(
      workspaceItem('planConsole.nav.plans', '/console/workspace/plans', <ScheduleOutlined />),
      workspaceItem('planConsole.nav.tasks', '/console/workspace/tasks', <CheckSquareOutlined />),
      workspaceItem('planConsole.nav.competence', '/console/workspace/competence', <StarOutlined />),
      workspaceItem('liaisonConsole.nav.team', '/console/workspace/team', <SolutionOutlined />),
    );
  }
  if (workspace || can(me, 'member.read')) {
    items.push(workspaceItem('rulesConsole.nav.documents', '/console/workspace/documents', <FileTextOutlined />));
  }
  if (workspace || can(me, 'member.read') || can(me, 'consultation.comment')) {
    items.push(
      workspaceItem('rulesConsole.nav.consultations', '/console/workspace/consultations', <CommentOutlined />),
    );
  }
  if (can(me, 'liaison.message')) {
    items.push(workspaceItem('liaisonConsole.nav.liaison', '/console/workspace/liaison', <MessageOutlined />));
  }
  if (workspace || can(me, 'member.read')) {
    items.push(workspaceItem('liaisonConsole.nav.notices', '/console/workspace/notices', <NotificationOutlined />));
  }
  if (workspace) items.push(workspaceItem('fundsConsole.nav.funds', '/console/workspace/funds', <WalletOutlined />));
  return items;
}

/**
 * The console's navigation, following the standard's model (environment, process, elements) plus
 * system administration. Only entries the user may use are returned, and sections without
 * entries are left out, so there are no dead links.
 */
export function buildConsoleNav(me: MeDto): { home: NavItem; sections: NavSection[] } {
  const home = navItem('dashboard', '/console', <DashboardOutlined />);
  const elements: NavItem[] = [];
  if (canBrowseOrganisations(me)) {
    elements.push(navItem('organisations', '/console/organisations', <ApartmentOutlined />));
  }
  const [association] = organisationsOfKind(me, 'industry_organisation');
  if (association && can(me, 'membership.read')) {
    elements.push(navItem('members', `/console/associations/${association.id}/members`, <TeamOutlined />));
  }
  const [enterprise] = organisationsOfKind(me, 'enterprise');
  if (enterprise && can(me, 'organisation.read')) {
    elements.push(navItem('ownOrganisation', `/console/organisations/${enterprise.id}`, <ShopOutlined />));
  }
  if (enterprise && can(me, 'membership.read')) {
    elements.push(navItem('ownMemberships', '/console/my-memberships', <BankOutlined />));
  }

  // The consumer-rights service (§8.2.2.1 c, §8.2.2.2 c): complaints, referrals, statistics, warnings.
  const consumer: NavItem[] = [];
  if (can(me, 'complaint.read')) {
    consumer.push(navItem('complaints', '/console/complaints', <CustomerServiceOutlined />));
  }
  if (can(me, 'complaint.referral') || can(me, 'complaint.handle')) {
    consumer.push(navItem('referrals', '/console/referrals', <SendOutlined />));
  }
  if (can(me, 'complaint.stats')) {
    consumer.push(navItem('complaintStats', '/console/complaint-stats', <BarChartOutlined />));
  }
  if (can(me, 'warning.manage')) consumer.push(navItem('warnings', '/console/warnings', <AlertOutlined />));

  const system: NavItem[] = [];
  if (can(me, 'calendar.manage')) system.push(navItem('calendar', '/console/calendar', <CalendarOutlined />));
  if (can(me, 'user.read')) system.push(navItem('users', '/console/users', <UserOutlined />));
  if (can(me, 'audit.read')) system.push(navItem('audit', '/console/audit', <AuditOutlined />));

  const sections: NavSection[] = [
    { key: 'environment', label: 'nav.environment', items: environmentNav(me) },
    { key: 'process', label: 'nav.process', items: processNav(me) },
    { key: 'elements', label: 'nav.elements', items: elements },
    { key: 'consumer', label: 'nav.consumer', items: consumer },
    { key: 'credit', label: 'creditConsole.nav.section', items: creditNav(me) },
    { key: 'quality', label: 'spotCheckConsole.nav.section', items: qualityNav(me) },
    { key: 'risk', label: 'riskConsole.nav.section', items: riskNav(me) },
    { key: 'evaluation', label: 'evaluationConsole.nav.section', items: evaluationNav(me) },
    { key: 'system', label: 'nav.system', items: system },
  ];
  return { home, sections: sections.filter((section) => section.items.length > 0) };
}

/** The nav entry to highlight for a path: the longest matching path prefix wins. */
export function selectedNavKey(nav: { home: NavItem; sections: NavSection[] }, pathname: string): string {
  let best = nav.home.path === pathname ? nav.home.key : '';
  let bestLength = best ? pathname.length : 0;
  for (const item of nav.sections.flatMap((section) => section.items)) {
    for (const prefix of [item.path, ...(item.alsoFor ?? [])]) {
      const matches = pathname === prefix || pathname.startsWith(`${prefix}/`);
      if (matches && prefix.length > bestLength) {
        best = item.key;
        bestLength = prefix.length;
      }
    }
  }
  return best;
}
