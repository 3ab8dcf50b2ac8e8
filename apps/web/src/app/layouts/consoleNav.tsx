import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  DashboardOutlined,
  ShopOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { MeDto } from '@gongzhi/contracts';
import type { ReactNode } from 'react';
import { can, canBrowseOrganisations, organisationsOfKind } from '../../modules/auth/hooks/currentUser';

export type NavLabelKey =
  | 'nav.dashboard'
  | 'nav.organisations'
  | 'nav.members'
  | 'nav.ownOrganisation'
  | 'nav.ownMemberships'
  | 'nav.users'
  | 'nav.audit';

export interface NavItem {
  key: string;
  path: string;
  label: NavLabelKey;
  icon: ReactNode;
  /** Also highlighted for these path prefixes (besides `path`). */
  alsoFor?: string[];
}

export interface NavSection {
  key: 'environment' | 'process' | 'elements' | 'system';
  label: 'nav.environment' | 'nav.process' | 'nav.elements' | 'nav.system';
  items: NavItem[];
}

/**
 * The console's navigation, following the standard's model (environment, process, elements) plus
 * system administration. Only entries the user may use are returned, and sections without
 * entries are left out, so there are no dead links.
 */
export function buildConsoleNav(me: MeDto): { home: NavItem; sections: NavSection[] } {
  const home: NavItem = { key: 'dashboard', path: '/console', label: 'nav.dashboard', icon: <DashboardOutlined /> };
  const elements: NavItem[] = [];
  if (canBrowseOrganisations(me)) {
    elements.push({
      key: 'organisations',
      path: '/console/organisations',
      label: 'nav.organisations',
      icon: <ApartmentOutlined />,
    });
  }
  const [association] = organisationsOfKind(me, 'industry_organisation');
  if (association && can(me, 'membership.read')) {
    elements.push({
      key: 'members',
      path: `/console/associations/${association.id}/members`,
      label: 'nav.members',
      icon: <TeamOutlined />,
    });
  }
  const [enterprise] = organisationsOfKind(me, 'enterprise');
  if (enterprise && can(me, 'organisation.read')) {
    elements.push({
      key: 'ownOrganisation',
      path: `/console/organisations/${enterprise.id}`,
      label: 'nav.ownOrganisation',
      icon: <ShopOutlined />,
    });
  }
  if (enterprise && can(me, 'membership.read')) {
    elements.push({
      key: 'ownMemberships',
      path: '/console/my-memberships',
      label: 'nav.ownMemberships',
      icon: <BankOutlined />,
    });
  }

  const system: NavItem[] = [];
  if (can(me, 'user.read')) {
    system.push({ key: 'users', path: '/console/users', label: 'nav.users', icon: <UserOutlined /> });
  }
  if (can(me, 'audit.read')) {
    system.push({ key: 'audit', path: '/console/audit', label: 'nav.audit', icon: <AuditOutlined /> });
  }

  const sections: NavSection[] = [
    // §6 environment and §7 process: their modules come with later releases.
    { key: 'environment', label: 'nav.environment', items: [] },
    { key: 'process', label: 'nav.process', items: [] },
    { key: 'elements', label: 'nav.elements', items: elements },
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
