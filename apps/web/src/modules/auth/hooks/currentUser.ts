import type { MeDto, OrganisationKind, Permission } from '@gongzhi/contracts';
import { createContext, useContext } from 'react';

export const CurrentUserContext = createContext<MeDto | null>(null);

/** The signed-in user inside the console (the console layout provides it). */
export function useCurrentUser(): MeDto {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser must be used inside the console layout');
  return me;
}

export function can(me: MeDto, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

export function organisationsOfKind(me: MeDto, kind: OrganisationKind): MeDto['organisations'] {
  return me.organisations.filter((organisation) => organisation.kind === kind);
}

export function hasOrganisationKind(me: MeDto, ...kinds: OrganisationKind[]): boolean {
  return me.organisations.some((organisation) => kinds.includes(organisation.kind));
}

/** Browsing the organisation register is for regulators and industry organisations (enterprises see their own). */
export function canBrowseOrganisations(me: MeDto): boolean {
  return can(me, 'organisation.read') && hasOrganisationKind(me, 'regulator', 'industry_organisation');
}
