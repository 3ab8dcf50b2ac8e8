import type { MembershipCreate, MembershipDto, MembershipListQuery, MembershipUpdate } from '@gongzhi/contracts';
import { http } from '../../../lib/http';
import type { MembershipPage } from '../../../lib/types';

const base = (associationId: string) => `/associations/${associationId}/members`;

export const membershipApi = {
  list: (associationId: string, query: MembershipListQuery, signal?: AbortSignal) =>
    http.get<MembershipPage>(base(associationId), { ...query }, signal),
  create: (associationId: string, body: MembershipCreate) => http.post<MembershipDto>(base(associationId), body),
  update: (associationId: string, id: string, body: MembershipUpdate) =>
    http.patch<MembershipDto>(`${base(associationId)}/${id}`, body),
};

export const membershipKeys = {
  all: ['memberships'] as const,
  list: (associationId: string, query: MembershipListQuery) => ['memberships', associationId, query] as const,
};
