/**
 * The one door other modules use to put credit information into archives: complaints found
 * justified, broken commitments, spot-check results (issue #6). Runs in the caller's transaction,
 * writes as the system (the caller may be an enterprise or the regulator), is idempotent per source
 * and archive (`sourceRef`), and audits each record it creates.
 */

import { randomUUID } from 'node:crypto';
import type { CreditPolarity, CreditRecordType, CreditSeverity } from '@gongzhi/contracts';
import { asSystem, type Tx } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { audit } from '../../kernel/audit.js';
import * as repo from './credit.repository.js';
import { defaultPolarity, defaultPublishUntil } from './credit.workflow.js';

export interface CreditInformation {
  /** The archive to write to; absent: every association the enterprise is an active member of. */
  associationId?: string;
  enterpriseId: string;
  recordType: CreditRecordType;
  severity: CreditSeverity;
  polarity?: CreditPolarity;
  title: string;
  description?: string;
  occurredOn: string;
  sourceOrganisationId?: string | null;
  sourceName: string;
  /** Stable reference of the source, e.g. `complaint:TS20261127ABCDEFGH`; a second call with it is a no-op. */
  sourceRef: string;
  publishUntil?: string;
  specialSector?: boolean;
  /**
   * 'draft' (default): the association reviews it before it counts; 'confirmed': the fact is already
   * established by the one calling (e.g. the association itself found a commitment broken).
   */
  status?: 'draft' | 'confirmed';
}

/** Returns the ids of the records created (none when every archive already had this source). */
export async function recordCreditInformation(tx: Tx, actor: Actor | null, info: CreditInformation): Promise<string[]> {
  return asSystem(tx, async () => {
    const archives = info.associationId
      ? (await repo.isActiveMember(tx, info.associationId, info.enterpriseId))
        ? [info.associationId]
        : []
      : await repo.activeAssociationsOf(tx, info.enterpriseId);
    const created: string[] = [];
    const status = info.status ?? 'draft';
    for (const associationId of archives) {
      const id = await repo.insertRecord(tx, {
        id: randomUUID(),
        associationId,
        enterpriseId: info.enterpriseId,
        recordType: info.recordType,
        polarity: info.polarity ?? defaultPolarity(info.recordType, info.severity),
        severity: info.severity,
        title: info.title,
        description: info.description ?? '',
        occurredOn: info.occurredOn,
        sourceOrganisationId: info.sourceOrganisationId ?? null,
        sourceName: info.sourceName,
        sourceRef: info.sourceRef,
        publishUntil: info.publishUntil ?? defaultPublishUntil(info.recordType, info.severity, info.occurredOn),
        specialSector: info.specialSector ?? false,
        status,
        confirmedAt: status === 'confirmed' ? new Date() : null,
        createdBy: actor?.userId ?? null,
      });
      if (!id) continue;
      created.push(id);
      await audit(tx, actor, {
        action: 'credit_record.created',
        targetType: 'credit_record',
        targetId: id,
        organisationId: associationId,
        after: { recordType: info.recordType, severity: info.severity, sourceRef: info.sourceRef, status },
      });
    }
    return created;
  });
}
