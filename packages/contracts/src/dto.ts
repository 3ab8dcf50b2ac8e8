import { type Static, type TSchema, Type } from 'typebox';
import {
  LOCALES,
  MEMBERSHIP_LEVELS,
  MEMBERSHIP_STATUSES,
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  ROLES,
  USER_STATUSES,
} from './enums.js';
import { LIMITS } from './limits.js';
import { PERMISSIONS } from './permissions.js';

export const strict = { additionalProperties: false } as const;

/**
 * A nullable field as one JSON-Schema type list: the server's validator coerces types, and in a union it
 * would turn null into 0 (integer branch first) or 0 into null (null branch first).
 */
export const OrNull = <T extends TSchema & { type?: unknown }>(t: T) =>
  Type.Unsafe<Static<T> | null>({ ...t, type: [t.type as string, 'null'] });
/** `{ enum: [...] }`: one error per bad value, listing what is allowed. */
export const Enum = <const T extends readonly string[]>(values: T) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });

export const Uuid = Type.String({ format: 'uuid' });
export const DateOnly = Type.String({ format: 'date' });
export const DateTime = Type.String({ format: 'date-time' });
/** Accepts lower case and spaces; the server normalises and checks the check characters. */
export const CreditCodeInput = Type.String({ minLength: 1, maxLength: 30 });
export const DivisionCode = Type.String({ pattern: '^\\d{6}$' });
export const IndustryCode = Type.String({ pattern: '^[A-T](\\d{2}|\\d{3}|\\d{4})?$' });
const Name = Type.String({ minLength: 1, maxLength: LIMITS.nameMax });
const ShortText = Type.String({ maxLength: LIMITS.shortTextMax });
const Text = Type.String({ maxLength: LIMITS.textMax });

export const IdParams = Type.Object({ id: Uuid }, strict);

export interface PageOf<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  totalIsLowerBound: boolean;
}

export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.pageSizeMax, default: 20 })),
};

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    /** Exact up to `totalCapped`; when `totalIsLowerBound` the true total is larger. */
    total: Type.Integer(),
    totalIsLowerBound: Type.Boolean(),
  });

// ---------------------------------------------------------------- organisations
export const OrganisationKindSchema = Enum(ORGANISATION_KINDS);
export const OrganisationDto = Type.Object({
  id: Uuid,
  kind: OrganisationKindSchema,
  name: Type.String(),
  nameEn: Type.Union([Type.String(), Type.Null()]),
  creditCode: Type.String(),
  creditCodeOverride: Type.Boolean(),
  regionCode: Type.String(),
  regionName: Type.Union([Type.String(), Type.Null()]),
  industryCode: Type.Union([Type.String(), Type.Null()]),
  industryName: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  contactPhone: Type.Union([Type.String(), Type.Null()]),
  website: Type.Union([Type.String(), Type.Null()]),
  description: Type.Union([Type.String(), Type.Null()]),
  published: Type.Boolean(),
  status: Enum(ORGANISATION_STATUSES),
  version: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
  /** What the caller may do with this record, so the UI never re-derives permissions. */
  abilities: Type.Object({ update: Type.Boolean(), manageMembers: Type.Boolean() }),
});
export type OrganisationDto = Static<typeof OrganisationDto>;

const organisationFields = {
  name: Name,
  nameEn: Type.Optional(Type.Union([Type.String({ maxLength: LIMITS.shortTextMax }), Type.Null()])),
  regionCode: DivisionCode,
  industryCode: Type.Optional(Type.Union([IndustryCode, Type.Null()])),
  address: Type.Optional(Type.Union([ShortText, Type.Null()])),
  contactPhone: Type.Optional(Type.Union([Type.String({ pattern: '^[0-9+\\- ]{5,20}$' }), Type.Null()])),
  website: Type.Optional(Type.Union([Type.String({ format: 'uri', maxLength: LIMITS.shortTextMax }), Type.Null()])),
  description: Type.Optional(Type.Union([Text, Type.Null()])),
  published: Type.Optional(Type.Boolean()),
};

export const OrganisationCreate = Type.Object(
  {
    kind: OrganisationKindSchema,
    creditCode: CreditCodeInput,
    /** Administrators only: register a legal early pilot code that fails the check (audited). */
    overrideCreditCodeCheck: Type.Optional(Type.Boolean()),
    overrideReason: Type.Optional(Type.String({ minLength: 4, maxLength: LIMITS.shortTextMax })),
    ...organisationFields,
  },
  strict,
);
export type OrganisationCreate = Static<typeof OrganisationCreate>;

export const OrganisationUpdate = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    name: Type.Optional(Name),
    nameEn: organisationFields.nameEn,
    regionCode: Type.Optional(DivisionCode),
    industryCode: organisationFields.industryCode,
    address: organisationFields.address,
    contactPhone: organisationFields.contactPhone,
    website: organisationFields.website,
    description: organisationFields.description,
    published: organisationFields.published,
    status: Type.Optional(Enum(ORGANISATION_STATUSES)),
  },
  strict,
);
export type OrganisationUpdate = Static<typeof OrganisationUpdate>;

export const OrganisationListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: LIMITS.searchMax })),
    kind: Type.Optional(OrganisationKindSchema),
    regionCode: Type.Optional(DivisionCode),
    ...PageQuery,
  },
  strict,
);
export type OrganisationListQuery = Static<typeof OrganisationListQuery>;

export const PublicOrganisationDto = Type.Object({
  id: Uuid,
  kind: OrganisationKindSchema,
  name: Type.String(),
  nameEn: Type.Union([Type.String(), Type.Null()]),
  creditCode: Type.String(),
  regionCode: Type.String(),
  regionName: Type.Union([Type.String(), Type.Null()]),
  industryCode: Type.Union([Type.String(), Type.Null()]),
  industryName: Type.Union([Type.String(), Type.Null()]),
  website: Type.Union([Type.String(), Type.Null()]),
  description: Type.Union([Type.String(), Type.Null()]),
  associations: Type.Array(Type.Object({ id: Uuid, name: Type.String(), level: Enum(MEMBERSHIP_LEVELS) })),
});
export type PublicOrganisationDto = Static<typeof PublicOrganisationDto>;

export const CreditCodeCheckQuery = Type.Object({ code: Type.String({ maxLength: 30 }) }, strict);
export const CreditCodeCheckDto = Type.Object({
  code: Type.String(),
  valid: Type.Boolean(),
  message: Type.Union([Type.String(), Type.Null()]),
  registeredOrganisationId: Type.Union([Uuid, Type.Null()]),
});
export type CreditCodeCheckDto = Static<typeof CreditCodeCheckDto>;

export const PublicStatsDto = Type.Object({
  regulators: Type.Integer(),
  industryOrganisations: Type.Integer(),
  enterprises: Type.Integer(),
  activeMemberships: Type.Integer(),
});
export type PublicStatsDto = Static<typeof PublicStatsDto>;

// ---------------------------------------------------------------- memberships
export const MembershipLevelSchema = Enum(MEMBERSHIP_LEVELS);
export const MembershipStatusSchema = Enum(MEMBERSHIP_STATUSES);
export const MembershipDto = Type.Object({
  id: Uuid,
  associationId: Uuid,
  associationName: Type.String(),
  enterpriseId: Uuid,
  enterpriseName: Type.String(),
  enterpriseCreditCode: Type.String(),
  enterpriseRegionCode: Type.String(),
  level: MembershipLevelSchema,
  status: MembershipStatusSchema,
  joinedOn: DateOnly,
  leftOn: Type.Union([DateOnly, Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
});
export type MembershipDto = Static<typeof MembershipDto>;

/** A new enterprise registered while adding it as a member (one transaction). */
export const NewEnterprise = Type.Object(
  {
    creditCode: CreditCodeInput,
    name: Name,
    regionCode: DivisionCode,
    industryCode: Type.Optional(Type.Union([IndustryCode, Type.Null()])),
    address: Type.Optional(Type.Union([ShortText, Type.Null()])),
    contactPhone: Type.Optional(Type.Union([Type.String({ pattern: '^[0-9+\\- ]{5,20}$' }), Type.Null()])),
    published: Type.Optional(Type.Boolean()),
  },
  strict,
);

/** Exactly one of `enterpriseId` (already registered) or `enterprise` (register now). */
export const MembershipCreate = Type.Object(
  {
    enterpriseId: Type.Optional(Uuid),
    enterprise: Type.Optional(NewEnterprise),
    level: MembershipLevelSchema,
    joinedOn: DateOnly,
    note: Type.Optional(Type.Union([ShortText, Type.Null()])),
  },
  strict,
);
export type MembershipCreate = Static<typeof MembershipCreate>;

export const MembershipUpdate = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    level: Type.Optional(MembershipLevelSchema),
    status: Type.Optional(MembershipStatusSchema),
    leftOn: Type.Optional(Type.Union([DateOnly, Type.Null()])),
    note: Type.Optional(Type.Union([ShortText, Type.Null()])),
  },
  strict,
);
export type MembershipUpdate = Static<typeof MembershipUpdate>;

export const MembershipListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: LIMITS.searchMax })),
    status: Type.Optional(MembershipStatusSchema),
    level: Type.Optional(MembershipLevelSchema),
    ...PageQuery,
  },
  strict,
);
export type MembershipListQuery = Static<typeof MembershipListQuery>;

export const AssociationParams = Type.Object({ associationId: Uuid }, strict);
export const MembershipParams = Type.Object({ associationId: Uuid, id: Uuid }, strict);

// ---------------------------------------------------------------- people and sessions
export const RoleSchema = Enum(ROLES);
export const RoleAssignment = Type.Object({
  role: RoleSchema,
  organisationId: Type.Union([Uuid, Type.Null()]),
  organisationName: Type.Union([Type.String(), Type.Null()]),
});
export const UserDto = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  status: Enum(USER_STATUSES),
  roles: Type.Array(RoleAssignment),
  lockedUntil: Type.Union([DateTime, Type.Null()]),
  lastLoginAt: Type.Union([DateTime, Type.Null()]),
  createdAt: DateTime,
  version: Type.Integer(),
});
export type UserDto = Static<typeof UserDto>;

const Username = Type.String({
  minLength: LIMITS.usernameMin,
  maxLength: LIMITS.usernameMax,
  pattern: '^[A-Za-z0-9_.@-]+$',
});
const Password = Type.String({ minLength: 1, maxLength: LIMITS.passwordMax });

export const UserCreate = Type.Object(
  {
    username: Username,
    displayName: Name,
    email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: LIMITS.shortTextMax }), Type.Null()])),
    password: Password,
    role: RoleSchema,
    organisationId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  strict,
);
export type UserCreate = Static<typeof UserCreate>;

export const UserUpdate = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    displayName: Type.Optional(Name),
    email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: LIMITS.shortTextMax }), Type.Null()])),
    status: Type.Optional(Enum(USER_STATUSES)),
  },
  strict,
);
export type UserUpdate = Static<typeof UserUpdate>;

export const UserListQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: LIMITS.searchMax })), organisationId: Type.Optional(Uuid), ...PageQuery },
  strict,
);
export type UserListQuery = Static<typeof UserListQuery>;

export const LoginBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: LIMITS.usernameMax }), password: Password },
  strict,
);
export type LoginBody = Static<typeof LoginBody>;

export const PasswordChange = Type.Object({ currentPassword: Password, newPassword: Password }, strict);
export type PasswordChange = Static<typeof PasswordChange>;

export const PasswordReset = Type.Object({ newPassword: Password }, strict);

export const PermissionSchema = Enum(PERMISSIONS);
export const MeDto = Type.Object({
  user: UserDto,
  permissions: Type.Array(PermissionSchema),
  organisations: Type.Array(
    Type.Object({ id: Uuid, name: Type.String(), kind: OrganisationKindSchema, regionCode: Type.String() }),
  ),
  locale: Enum(LOCALES),
  idleTimeoutSeconds: Type.Integer(),
});
export type MeDto = Static<typeof MeDto>;

// ---------------------------------------------------------------- audit
export const AuditEventDto = Type.Object({
  id: Type.String(),
  occurredAt: DateTime,
  action: Type.String(),
  actorUserId: Type.Union([Uuid, Type.Null()]),
  actorUsername: Type.Union([Type.String(), Type.Null()]),
  organisationId: Type.Union([Uuid, Type.Null()]),
  targetType: Type.String(),
  targetId: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  ip: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEventDto = Static<typeof AuditEventDto>;

export const AuditListQuery = Type.Object(
  {
    action: Type.Optional(Type.String({ maxLength: 80 })),
    targetType: Type.Optional(Type.String({ maxLength: 40 })),
    targetId: Type.Optional(Type.String({ maxLength: 80 })),
    actorUserId: Type.Optional(Uuid),
    from: Type.Optional(DateTime),
    to: Type.Optional(DateTime),
    ...PageQuery,
  },
  strict,
);
export type AuditListQuery = Static<typeof AuditListQuery>;

// ---------------------------------------------------------------- reference data
export const DivisionDto = Type.Object({
  code: Type.String(),
  name: Type.String(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
});
export type DivisionDto = Static<typeof DivisionDto>;
export const IndustryDto = Type.Object({
  code: Type.String(),
  name: Type.String(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
});
export type IndustryDto = Static<typeof IndustryDto>;

export const HealthDto = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  database: Type.Object({ ok: Type.Boolean(), backend: Type.String(), latencyMs: Type.Number() }),
  version: Type.String(),
});
