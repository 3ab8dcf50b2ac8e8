import type { OrganisationCreate, OrganisationDto, OrganisationKind, OrganisationUpdate } from '@gongzhi/contracts';

export interface OrganisationFormValues {
  kind: OrganisationKind;
  creditCode: string;
  name: string;
  nameEn?: string | null;
  regionCode?: string | null;
  industryCode?: string | null;
  address?: string | null;
  contactPhone?: string | null;
  website?: string | null;
  description?: string | null;
  published: boolean;
}

/** Empty text becomes null so that clearing a field clears it on the server. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function toFormValues(organisation: OrganisationDto): OrganisationFormValues {
  return {
    kind: organisation.kind,
    creditCode: organisation.creditCode,
    name: organisation.name,
    nameEn: organisation.nameEn,
    regionCode: organisation.regionCode,
    industryCode: organisation.industryCode,
    address: organisation.address,
    contactPhone: organisation.contactPhone,
    website: organisation.website,
    description: organisation.description,
    published: organisation.published,
  };
}

function editable(values: OrganisationFormValues) {
  return {
    name: values.name.trim(),
    nameEn: blankToNull(values.nameEn),
    regionCode: values.regionCode ?? '',
    industryCode: blankToNull(values.industryCode),
    address: blankToNull(values.address),
    contactPhone: blankToNull(values.contactPhone),
    website: blankToNull(values.website),
    description: blankToNull(values.description),
    published: values.published,
  };
}

export function toCreateBody(values: OrganisationFormValues): OrganisationCreate {
  return { kind: values.kind, creditCode: values.creditCode.trim(), ...editable(values) };
}

export function toUpdateBody(values: OrganisationFormValues, version: number): OrganisationUpdate {
  return { version, ...editable(values) };
}
