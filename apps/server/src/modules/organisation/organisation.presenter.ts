import type { OrganisationDto, PublicOrganisationDto } from '@gongzhi/contracts';
import type { OrganisationRow } from './organisation.repository.js';

export function presentOrganisation(row: OrganisationRow, abilities: OrganisationDto['abilities']): OrganisationDto {
  return {
    id: row.id,
    kind: row.kind as OrganisationDto['kind'],
    name: row.name,
    nameEn: row.nameEn,
    creditCode: row.creditCode,
    creditCodeOverride: row.creditCodeOverride,
    regionCode: row.regionCode,
    regionName: row.regionName,
    industryCode: row.industryCode,
    industryName: row.industryName,
    address: row.address,
    contactPhone: row.contactPhone,
    website: row.website,
    description: row.description,
    published: row.published,
    status: row.status as OrganisationDto['status'],
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities,
  };
}

/** The public face: registry facts only; no contact details, nothing unpublished. */
export function presentPublicOrganisation(
  row: OrganisationRow,
  associations: PublicOrganisationDto['associations'],
): PublicOrganisationDto {
  return {
    id: row.id,
    kind: row.kind as PublicOrganisationDto['kind'],
    name: row.name,
    nameEn: row.nameEn,
    creditCode: row.creditCode,
    regionCode: row.regionCode,
    regionName: row.regionName,
    industryCode: row.industryCode,
    industryName: row.industryName,
    website: row.website,
    description: row.description,
    associations,
  };
}

/** What the audit trail keeps of an organisation. */
export function auditableOrganisation(row: OrganisationRow): Record<string, unknown> {
  const { regionName: _r, industryName: _i, createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}
