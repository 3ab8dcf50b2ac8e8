import { type MeDto, type OrganisationKind, permissionsOf, type Role } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { buildConsoleNav, selectedNavKey } from './consoleNav';

function me(role: Role, kind: OrganisationKind | null): MeDto {
  const organisation = kind ? { id: `${kind}-id`, name: kind, kind, regionCode: '440600' } : null;
  return {
    user: {
      id: 'user-id',
      username: 'u',
      displayName: 'U',
      email: null,
      status: 'active',
      roles: [{ role, organisationId: organisation?.id ?? null, organisationName: organisation?.name ?? null }],
      lockedUntil: null,
      lastLoginAt: null,
      createdAt: '2026-01-01T00:00:00Z',
      version: 1,
    },
    permissions: [...permissionsOf([role])],
    organisations: organisation ? [organisation] : [],
    locale: 'zh-CN',
    idleTimeoutSeconds: 1800,
  };
}

const keys = (user: MeDto) =>
  buildConsoleNav(user).sections.flatMap((section) => section.items.map((item) => item.key));

describe('buildConsoleNav', () => {
  it('gives a regulator administrator the register, complaints, referrals, statistics, credit, calendar, users and audit', () => {
    expect(keys(me('regulator_admin', 'regulator'))).toEqual([
      'workspace.environment',
      'workspace.resources',
      'workspace.policies',
      'workspace.plans',
      'workspace.tasks',
      'workspace.competence',
      'workspace.team',
      'workspace.documents',
      'workspace.consultations',
      'workspace.liaison',
      'workspace.notices',
      'workspace.funds',
      'organisations',
      'complaints',
      'referrals',
      'complaintStats',
      'credit.stats',
      'credit.warnings',
      'spotCheck.notices',
      'spotCheck.import',
      'spotCheck.unmatched',
      'spotCheck.results',
      'spotCheck.reinspections',
      'risk.analysis',
      'risk.monitor',
      'risk.alerts',
      'risk.reports',
      'risk.sampling',
      'evaluation.assessments',
      'evaluation.campaigns',
      'evaluation.actions',
      'evaluation.frameworks',
      'calendar',
      'users',
      'audit',
    ]);
  });

  it('gives association staff the complaint queue, referrals, statistics and warnings, but not the calendar', () => {
    const staff = keys(me('association_staff', 'industry_organisation'));
    expect(staff).toEqual(expect.arrayContaining(['complaints', 'referrals', 'complaintStats', 'warnings']));
    expect(staff).not.toContain('calendar');
  });

  it('gives a consumer only the public consultations, and an association liaison the channel but not the funds to manage', () => {
    expect(keys(me('consumer', null))).toEqual(['workspace.consultations']);
    const liaison = keys(me('association_liaison', 'industry_organisation'));
    expect(liaison).toEqual(expect.arrayContaining(['workspace.liaison', 'workspace.team', 'workspace.plans']));
    expect(keys(me('enterprise_admin', 'enterprise'))).not.toContain('workspace.liaison');
  });

  it('gives an association secretary its own member list', () => {
    const nav = buildConsoleNav(me('association_admin', 'industry_organisation'));
    const members = nav.sections.flatMap((section) => section.items).find((item) => item.key === 'members');
    expect(members?.path).toBe('/console/associations/industry_organisation-id/members');
  });

  it('gives an enterprise its own page, associations and complaints, never the register of others', () => {
    expect(keys(me('enterprise_admin', 'enterprise'))).toEqual([
      'workspace.documents',
      'workspace.consultations',
      'workspace.notices',
      'ownOrganisation',
      'ownMemberships',
      'complaints',
      'complaintStats',
      'credit.myCredit',
      'spotCheck.mine',
      'spotCheck.reinspections',
      'users',
    ]);
    expect(keys(me('chief_quality_officer', 'enterprise'))).not.toContain('organisations');
  });

  it('leaves out sections without entries (no dead links)', () => {
    const nav = buildConsoleNav(me('expert', null));
    expect(nav.sections.map((section) => section.key)).toEqual(['process', 'evaluation']);
    expect(buildConsoleNav(me('regulator_admin', 'regulator')).sections.map((section) => section.key)).toEqual([
      'environment',
      'process',
      'elements',
      'consumer',
      'credit',
      'quality',
      'risk',
      'evaluation',
      'system',
    ]);
  });

  it('gives an association the credit archive, cases, evaluations, models, warnings, measures and commitments', () => {
    const credit = keys(me('association_staff', 'industry_organisation')).filter((key) => key.startsWith('credit.'));
    expect(credit).toEqual([
      'credit.records',
      'credit.objections',
      'credit.repairs',
      'credit.evaluations',
      'credit.models',
      'credit.warnings',
      'credit.measures',
      'credit.commitments',
    ]);
    const nav = buildConsoleNav(me('association_admin', 'industry_organisation'));
    expect(selectedNavKey(nav, '/console/credit/records/record-id')).toBe('credit.records');
    expect(selectedNavKey(nav, '/console/credit/models/new')).toBe('credit.models');
  });

  it('gives quality data: the regulator imports and matches, an association reads, an enterprise asks for re-inspection', () => {
    const spotChecks = (user: MeDto) => keys(user).filter((key) => key.startsWith('spotCheck.'));
    expect(spotChecks(me('regulator_staff', 'regulator'))).toEqual([
      'spotCheck.notices',
      'spotCheck.import',
      'spotCheck.unmatched',
      'spotCheck.results',
      'spotCheck.reinspections',
    ]);
    expect(spotChecks(me('association_liaison', 'industry_organisation'))).toEqual([
      'spotCheck.notices',
      'spotCheck.results',
      'spotCheck.reinspections',
    ]);
    expect(spotChecks(me('chief_quality_officer', 'enterprise'))).toEqual([
      'spotCheck.mine',
      'spotCheck.reinspections',
    ]);
    const nav = buildConsoleNav(me('regulator_staff', 'regulator'));
    const quality = nav.sections.find((section) => section.key === 'quality');
    expect(quality?.label).toBe('spotCheckConsole.nav.section');
    expect(nav.sections.map((section) => section.key).indexOf('quality')).toBe(
      nav.sections.map((section) => section.key).indexOf('credit') + 1,
    );
    expect(selectedNavKey(nav, '/console/spot-checks/import')).toBe('spotCheck.import');
    expect(selectedNavKey(nav, '/console/spot-checks/notices/notice-id')).toBe('spotCheck.notices');
  });

  it('gives risk monitoring to associations and the regulator, sampling to the regulator only, none to enterprises', () => {
    const risk = (user: MeDto) => keys(user).filter((key) => key.startsWith('risk.'));
    expect(risk(me('regulator_staff', 'regulator'))).toEqual([
      'risk.analysis',
      'risk.monitor',
      'risk.alerts',
      'risk.reports',
      'risk.sampling',
    ]);
    expect(risk(me('association_staff', 'industry_organisation'))).toEqual([
      'risk.analysis',
      'risk.monitor',
      'risk.alerts',
      'risk.reports',
    ]);
    expect(risk(me('enterprise_admin', 'enterprise'))).toEqual([]);
    const nav = buildConsoleNav(me('regulator_staff', 'regulator'));
    const section = nav.sections.find((entry) => entry.key === 'risk');
    expect(section?.label).toBe('riskConsole.nav.section');
    // Right after the quality-data section (after credit while that section is absent).
    const order: string[] = nav.sections.map((entry) => entry.key);
    expect(order.indexOf('risk')).toBe(order.indexOf(order.includes('quality') ? 'quality' : 'credit') + 1);
    expect(selectedNavKey(nav, '/console/spot-checks/analysis')).toBe('risk.analysis');
    expect(selectedNavKey(nav, '/console/spot-checks/sampling/plan-id')).toBe('risk.sampling');
    expect(selectedNavKey(nav, '/console/risk')).toBe('risk.monitor');
    expect(selectedNavKey(nav, '/console/risk/alerts')).toBe('risk.alerts');
    expect(selectedNavKey(nav, '/console/risk/reports/report-id')).toBe('risk.reports');
  });

  it('gives evaluation to readers of it: campaigns to the regulator, actions to it and associations, none to enterprises', () => {
    const evaluation = (user: MeDto) => keys(user).filter((key) => key.startsWith('evaluation.'));
    expect(evaluation(me('regulator_staff', 'regulator'))).toEqual([
      'evaluation.assessments',
      'evaluation.campaigns',
      'evaluation.actions',
      'evaluation.frameworks',
    ]);
    expect(evaluation(me('association_liaison', 'industry_organisation'))).toEqual([
      'evaluation.assessments',
      'evaluation.actions',
      'evaluation.frameworks',
    ]);
    expect(evaluation(me('expert', null))).toEqual(['evaluation.assessments', 'evaluation.frameworks']);
    expect(evaluation(me('enterprise_admin', 'enterprise'))).toEqual([]);
    const nav = buildConsoleNav(me('association_admin', 'industry_organisation'));
    const section = nav.sections.find((entry) => entry.key === 'evaluation');
    expect(section?.label).toBe('evaluationConsole.nav.section');
    const order: string[] = nav.sections.map((entry) => entry.key);
    expect(order.indexOf('evaluation')).toBe(order.indexOf('risk') + 1);
    expect(selectedNavKey(nav, '/console/evaluation/assessments/assessment-id')).toBe('evaluation.assessments');
    expect(selectedNavKey(nav, '/console/evaluation/frameworks/framework-id')).toBe('evaluation.frameworks');
    expect(selectedNavKey(nav, '/console/evaluation/actions')).toBe('evaluation.actions');
  });

  it('highlights the entry with the longest matching path', () => {
    const nav = buildConsoleNav(me('enterprise_admin', 'enterprise'));
    expect(selectedNavKey(nav, '/console/organisations/enterprise-id/edit')).toBe('ownOrganisation');
    expect(selectedNavKey(nav, '/console')).toBe('dashboard');
    expect(selectedNavKey(nav, '/console/account')).toBe('');
    expect(selectedNavKey(nav, '/console/complaints/complaint-id')).toBe('complaints');
  });
});
