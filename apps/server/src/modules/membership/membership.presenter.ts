import type { MembershipDto } from '@gongzhi/contracts';
import type { MembershipRow } from './membership.repository.js';

export function presentMembership(row: MembershipRow): MembershipDto {
  return {
    id: row.id,
    associationId: row.associationId,
    associationName: row.associationName,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    enterpriseCreditCode: row.enterpriseCreditCode,
    enterpriseRegionCode: row.enterpriseRegionCode,
    level: row.level as MembershipDto['level'],
    status: row.status as MembershipDto['status'],
    joinedOn: row.joinedOn,
    leftOn: row.leftOn,
    note: row.note,
    version: row.version,
  };
}
