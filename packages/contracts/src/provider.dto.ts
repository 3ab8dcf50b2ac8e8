/**
 * Data providers (issue #6 item 5): testing and certification bodies push test reports and
 * certificates with an API key issued by the regulator of their region (docs/data-providers.md).
 *
 * Routes (all under /api/v1):
 *   POST /providers/:organisationId/keys  ProviderKeyCreate → 201 ProviderKeyCreatedDto (the key, once)  provider.manage
 *   GET  /providers/:organisationId/keys  → ProviderKeyDto[]                                              provider.manage
 *   POST /provider-keys/:id/revoke        → ProviderKeyDto                                                provider.manage
 *   POST /data/quality-documents          QualityDocumentPush → 201 (new) | 200 (already there) QualityDocumentDto   Bearer key
 *   GET  /data/quality-documents          QualityDocumentListQuery → Page<QualityDocumentDto> (own only)              Bearer key
 */
import { type Static, Type } from 'typebox';
import { CreditCodeInput, DateOnly, DateTime, Enum, PageQuery, strict, Uuid } from './dto.js';
import { QUALITY_DOCUMENT_KINDS, SPOT_CHECK_RESULTS } from './enums.js';
import { LIMITS } from './limits.js';

/** `gzk_<prefix>_<secret>`: 12 hex characters anyone may see, then 32 random bytes in base64url. */
export const PROVIDER_KEY_PATTERN = /^gzk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
export const PROVIDER_KEY_STATUSES = ['active', 'revoked'] as const;
export type ProviderKeyStatus = (typeof PROVIDER_KEY_STATUSES)[number];

const NullableDateTime = Type.Union([DateTime, Type.Null()]);

export const ProviderOrganisationParams = Type.Object({ organisationId: Uuid }, strict);
export type ProviderOrganisationParams = Static<typeof ProviderOrganisationParams>;

export const ProviderKeyCreate = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: LIMITS.nameMax, description: 'What the key is for' }) },
  { ...strict, examples: [{ name: '检测报告推送（LIMS）' }] },
);
export type ProviderKeyCreate = Static<typeof ProviderKeyCreate>;

const providerKeyFields = {
  id: Uuid,
  organisationId: Uuid,
  name: Type.String(),
  /** The visible part of the key (`gzk_<prefix>_…`). */
  prefix: Type.String(),
  status: Enum(PROVIDER_KEY_STATUSES),
  createdAt: DateTime,
  revokedAt: NullableDateTime,
  /** Updated at most once a minute. */
  lastUsedAt: NullableDateTime,
};

export const ProviderKeyDto = Type.Object(providerKeyFields);
export type ProviderKeyDto = Static<typeof ProviderKeyDto>;

export const ProviderKeyCreatedDto = Type.Object(
  {
    ...providerKeyFields,
    key: Type.String({ description: 'The whole key. Shown only in this response; only its SHA-256 is kept.' }),
  },
  {
    examples: [
      {
        id: '0b6f3c2e-8a51-4c0f-9d39-2a7c1f3e5b10',
        organisationId: '5d1e4f0a-7c2b-4e8d-a1f6-3b9c0d2e7a41',
        name: '检测报告推送（LIMS）',
        prefix: '3f9a0c1b7d2e',
        status: 'active',
        createdAt: '2026-03-02T08:15:00.000Z',
        revokedAt: null,
        lastUsedAt: null,
        key: 'gzk_3f9a0c1b7d2e_q8yX0m2r5VbN1cT7wZ4kP9sL3hJ6gD0fA2eR8uY5iO1',
      },
    ],
  },
);
export type ProviderKeyCreatedDto = Static<typeof ProviderKeyCreatedDto>;

export const QualityDocumentPush = Type.Object(
  {
    /** A testing body pushes test reports, a certification body certificates. */
    kind: Enum(QUALITY_DOCUMENT_KINDS),
    /** The body's own number of the report or certificate; pushing it again changes nothing. */
    documentNo: Type.String({ minLength: 1, maxLength: LIMITS.nameMax }),
    enterpriseCreditCode: CreditCodeInput,
    productName: Type.String({ minLength: 1, maxLength: LIMITS.shortTextMax }),
    standard: Type.Optional(Type.String({ maxLength: LIMITS.shortTextMax })),
    result: Enum(SPOT_CHECK_RESULTS),
    issuedOn: DateOnly,
    validUntil: Type.Optional(DateOnly),
  },
  {
    ...strict,
    examples: [
      {
        kind: 'test_report',
        documentNo: 'FSJC-2026-000123',
        enterpriseCreditCode: '91440605MA4W8K1X8X',
        productName: '陶瓷砖 800×800mm',
        standard: 'GB/T 4100-2015',
        result: 'qualified',
        issuedOn: '2026-03-01',
      },
    ],
  },
);
export type QualityDocumentPush = Static<typeof QualityDocumentPush>;

export const QualityDocumentDto = Type.Object({
  id: Uuid,
  /** The body that pushed it: always the key's organisation. */
  providerId: Uuid,
  providerName: Type.String(),
  kind: Enum(QUALITY_DOCUMENT_KINDS),
  documentNo: Type.String(),
  enterpriseId: Uuid,
  enterpriseName: Type.String(),
  enterpriseCreditCode: Type.String(),
  productName: Type.String(),
  standard: Type.String(),
  result: Enum(SPOT_CHECK_RESULTS),
  issuedOn: DateOnly,
  validUntil: Type.Union([DateOnly, Type.Null()]),
  createdAt: DateTime,
});
export type QualityDocumentDto = Static<typeof QualityDocumentDto>;

export const QualityDocumentListQuery = Type.Object({ ...PageQuery }, strict);
export type QualityDocumentListQuery = Static<typeof QualityDocumentListQuery>;
