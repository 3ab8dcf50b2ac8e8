import { randomUUID } from 'node:crypto';
import type {
  OrganisationKind,
  ProviderKeyCreate,
  ProviderKeyCreatedDto,
  ProviderKeyDto,
  QualityDocumentDto,
  QualityDocumentListQuery,
  QualityDocumentPush,
} from '@gongzhi/contracts';
import { type DbScope, SYSTEM_SCOPE, type Tx } from '../../db/client.js';
import type { providerKey } from '../../db/schema/index.js';
import { type Actor, anonymousActor, scopeOf } from '../../kernel/actor.js';
import { AppError, type FieldProblem, notFound } from '../../kernel/app-error.js';
import { audit, diff } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { lookAheadResult, pageOf } from '../../kernel/pagination.js';
import { recordCreditInformation } from '../credit/credit.intake.js';
import * as orgRepo from '../organisation/organisation.repository.js';
import { creditCodeProblem } from '../organisation/organisation.workflow.js';
import { generateKey, hashKey } from './provider.keys.js';
import { isProviderKind, managesKeysOf, mayPush, PROVIDER_KINDS } from './provider.policy.js';
import * as repo from './provider.repository.js';

/** Who is calling the data API: a key that is not revoked, of an active testing or certification body. */
export interface ProviderCaller {
  keyId: string;
  prefix: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
}

/** Where a data-API call came from, for the audit trail (there is no signed-in person). */
export interface CallMeta {
  ip: string | null;
  requestId: string | null;
}

export function presentKey(row: typeof providerKey.$inferSelect): ProviderKeyDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    prefix: row.keyPrefix,
    status: row.revokedAt ? 'revoked' : 'active',
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

export function presentDocument(row: repo.QualityDocumentRow): QualityDocumentDto {
  return {
    id: row.id,
    providerId: row.providerId,
    providerName: row.providerName,
    kind: row.kind,
    documentNo: row.documentNo,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    enterpriseCreditCode: row.enterpriseCreditCode,
    productName: row.productName,
    standard: row.standard,
    result: row.result,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The audit trail's actor for a data-API call: no person, but the address and request it came from. */
function callActor(meta: CallMeta): Actor {
  return anonymousActor('zh-CN', meta.ip, meta.requestId);
}

/** The body's own scope: row-level security lets it read its documents and nothing else. */
const providerScope = (caller: ProviderCaller): DbScope => ({
  system: false,
  userId: null,
  orgIds: [caller.organisationId],
  region: '',
});

const CREDIT_TITLE: Record<QualityDocumentPush['kind'], string> = { test_report: '检验报告', certificate: '认证证书' };

/** API keys of testing and certification bodies (managed by the regulator) and the data API they call. */
export function providerService(ctx: AppContext) {
  const { database } = ctx;

  /** The body in the regulator's region (else 404) that may hold keys (else 400 naming the field). */
  async function mustManage(tx: Tx, actor: Actor, organisationId: string) {
    const org = await orgRepo.findOrganisation(tx, organisationId);
    if (!org || !managesKeysOf(actor, org)) throw notFound();
    if (!isProviderKind(org.kind)) {
      throw AppError.validation('organisationId', 'one_of', { allowed: PROVIDER_KINDS.join(', ') });
    }
    return org;
  }

  async function createKey(
    actor: Actor,
    organisationId: string,
    input: ProviderKeyCreate,
  ): Promise<ProviderKeyCreatedDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      await mustManage(tx, actor, organisationId);
      const name = input.name.trim();
      if (!name) throw AppError.validation('name', 'required');
      const id = randomUUID();
      const made = generateKey();
      await repo.insertKey(tx, {
        id,
        organisationId,
        name,
        keyPrefix: made.prefix,
        keyHash: made.hash,
        createdBy: actor.userId,
      });
      const row = await repo.findKey(tx, id);
      if (!row) throw notFound();
      const dto = presentKey(row);
      await audit(tx, actor, {
        action: 'provider_key.created',
        targetType: 'provider_key',
        targetId: id,
        organisationId,
        after: dto,
      });
      return { ...dto, key: made.key };
    });
  }

  async function listKeys(actor: Actor, organisationId: string): Promise<ProviderKeyDto[]> {
    return database.transaction(scopeOf(actor), async (tx) => {
      await mustManage(tx, actor, organisationId);
      return (await repo.listKeys(tx, organisationId)).map(presentKey);
    });
  }

  async function revokeKey(actor: Actor, id: string): Promise<ProviderKeyDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = await repo.findKey(tx, id);
      if (!row || !managesKeysOf(actor, row)) throw notFound();
      if (row.revokedAt) throw new AppError('transition_not_allowed', [], { status: 'revoked', allowed: '—' });
      if (!(await repo.revokeKey(tx, id, actor.userId))) {
        throw new AppError('transition_not_allowed', [], { status: 'revoked', allowed: '—' });
      }
      const after = await repo.findKey(tx, id);
      if (!after) throw notFound();
      await audit(tx, actor, {
        action: 'provider_key.revoked',
        targetType: 'provider_key',
        targetId: id,
        organisationId: row.organisationId,
        ...diff(presentKey(row), presentKey(after)),
      });
      return presentKey(after);
    });
  }

  /**
   * The caller of a data-API request, looked up on every call (no cache: a revoked key is refused
   * at once), as the system. Null for an unknown or revoked key, or one of a disabled body or of an
   * organisation that is no longer a testing or certification body.
   */
  async function authenticate(key: string): Promise<ProviderCaller | null> {
    const keyHash = hashKey(key);
    return database.transaction(SYSTEM_SCOPE, async (tx) => {
      const holder = await repo.findKeyByHash(tx, keyHash);
      if (
        !holder ||
        holder.revokedAt ||
        holder.organisationStatus !== 'active' ||
        !isProviderKind(holder.organisationKind)
      ) {
        return null;
      }
      if (!holder.lastUsedAt || Date.now() - holder.lastUsedAt.getTime() > 60_000)
        await repo.touchKey(tx, holder.keyId);
      return {
        keyId: holder.keyId,
        prefix: holder.prefix,
        organisationId: holder.organisationId,
        organisationName: holder.organisationName,
        organisationKind: holder.organisationKind,
      };
    });
  }

  /**
   * A body pushes a test report or certificate. Always the key's body's document; a second push of
   * the same kind and number returns the first one unchanged (`created: false`). A new document
   * becomes draft credit information in every association archive the enterprise is a member of.
   */
  async function pushDocument(
    caller: ProviderCaller,
    input: QualityDocumentPush,
    meta: CallMeta,
  ): Promise<{ created: boolean; document: QualityDocumentDto }> {
    if (!mayPush(caller.organisationKind, input.kind)) throw new AppError('forbidden');
    const problems: FieldProblem[] = [];
    const documentNo = input.documentNo.trim();
    if (!documentNo) problems.push({ field: 'documentNo', issue: 'required' });
    const productName = input.productName.trim();
    if (!productName) problems.push({ field: 'productName', issue: 'required' });
    const code = creditCodeProblem('enterpriseCreditCode', input.enterpriseCreditCode);
    if (code.problem) problems.push(code.problem);
    if (input.issuedOn > todayInShanghai()) problems.push({ field: 'issuedOn', issue: 'future_date' });
    if (input.validUntil !== undefined && input.validUntil < input.issuedOn) {
      problems.push({ field: 'validUntil', issue: 'date_order' });
    }
    if (problems.length) throw new AppError('validation_failed', problems);

    const actor = callActor(meta);
    return database.transaction(SYSTEM_SCOPE, async (tx) => {
      const enterprise = await repo.findEnterpriseByCreditCode(tx, code.code);
      if (!enterprise) throw AppError.validation('enterpriseCreditCode', 'enterprise_not_found');
      const id = await repo.insertDocument(tx, {
        id: randomUUID(),
        providerId: caller.organisationId,
        keyId: caller.keyId,
        kind: input.kind,
        documentNo,
        enterpriseId: enterprise.id,
        productName,
        standard: input.standard?.trim() ?? '',
        result: input.result,
        issuedOn: input.issuedOn,
        validUntil: input.validUntil ?? null,
      });
      if (!id) {
        const existing = await repo.findDocument(tx, caller.organisationId, input.kind, documentNo);
        if (!existing) throw new AppError('internal');
        return { created: false, document: presentDocument(existing) };
      }
      const row = await repo.findDocument(tx, caller.organisationId, input.kind, documentNo);
      if (!row) throw new AppError('internal');
      const document = presentDocument(row);
      const qualified = input.result === 'qualified';
      const creditRecordIds = await recordCreditInformation(tx, actor, {
        enterpriseId: enterprise.id,
        recordType: input.kind === 'certificate' ? 'certification' : 'test_report',
        severity: qualified ? 'minor' : 'general',
        // A passed report or a granted certificate speaks for the enterprise, a failed one against it.
        polarity: qualified ? 'positive' : 'negative',
        title: `${CREDIT_TITLE[input.kind]} ${documentNo}：${productName}${qualified ? '合格' : '不合格'}`,
        description: document.standard ? `依据 ${document.standard}` : '',
        occurredOn: input.issuedOn,
        sourceOrganisationId: caller.organisationId,
        sourceName: caller.organisationName,
        sourceRef: `document:${caller.organisationId}:${input.kind}:${documentNo}`,
        status: 'draft',
      });
      await audit(tx, actor, {
        action: 'quality_document.created',
        targetType: 'quality_document',
        targetId: id,
        organisationId: caller.organisationId,
        after: { ...document, keyId: caller.keyId, keyPrefix: caller.prefix, creditRecordIds },
      });
      return { created: true, document };
    });
  }

  async function listDocuments(caller: ProviderCaller, query: QualityDocumentListQuery) {
    const page = pageOf(query);
    return database.transaction(providerScope(caller), async (tx) => {
      const { rows, hasMore } = await repo.listDocuments(tx, caller.organisationId, page);
      return lookAheadResult(rows.map(presentDocument), page, hasMore);
    });
  }

  /** One audit entry per data-API call made with a valid key: which key did what, and how it ended. */
  async function recordCall(
    caller: ProviderCaller,
    call: { method: string; route: string; status: number },
    meta: CallMeta,
  ): Promise<void> {
    await database.transaction(SYSTEM_SCOPE, (tx) =>
      audit(tx, callActor(meta), {
        action: 'provider_api.called',
        targetType: 'provider_key',
        targetId: caller.keyId,
        organisationId: caller.organisationId,
        after: { ...call, keyPrefix: caller.prefix },
      }),
    );
  }

  return { createKey, listKeys, revokeKey, authenticate, pushDocument, listDocuments, recordCall };
}

export type ProviderService = ReturnType<typeof providerService>;
