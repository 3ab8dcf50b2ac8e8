import type {
  CreditAttachmentDto,
  CreditObjectionDto,
  CreditProcedure,
  CreditRecordDto,
  CreditRepairDto,
} from '@gongzhi/contracts';
import type { Actor } from '../../kernel/actor.js';
import { objectingEnterprises } from './credit.policy.js';
import type { AttachmentRow, ObjectionRow, RecordRow, RepairRow } from './credit.repository.js';
import { objectableUntil, publiclyVisible, recordStepAllowed, repairableFrom } from './credit.workflow.js';

const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export function presentAttachment(row: AttachmentRow): CreditAttachmentDto {
  return {
    id: row.id,
    filename: row.filename,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    purpose: row.purpose as CreditAttachmentDto['purpose'],
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentRecord(
  row: RecordRow,
  actor: Actor,
  context: { keeper: boolean; procedure: CreditProcedure; today: string },
): CreditRecordDto {
  const until = objectableUntil(
    row.confirmedAt ? shanghaiDay(row.confirmedAt) : null,
    context.procedure.objectionWindowDays,
  );
  const repairFrom = repairableFrom(row);
  const enterpriseSide = objectingEnterprises(actor).includes(row.enterpriseId);
  const keeper = context.keeper;
  return {
    id: row.id,
    associationId: row.associationId,
    associationName: row.associationName,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    enterpriseCreditCode: row.enterpriseCreditCode,
    recordType: row.recordType,
    polarity: row.polarity,
    severity: row.severity,
    title: row.title,
    description: row.description,
    occurredOn: row.occurredOn,
    sourceOrganisationId: row.sourceOrganisationId,
    sourceName: row.sourceName,
    sourceRef: row.sourceRef,
    publishUntil: row.publishUntil,
    specialSector: row.specialSector,
    repairableFrom: repairFrom,
    objectableUntil: until,
    status: row.status,
    supersedesId: row.supersedesId,
    supersededById: row.supersededById,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publiclyVisible: publiclyVisible(row, context.today),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    abilities: {
      confirm: keeper && recordStepAllowed(row.status, 'confirm'),
      publish: keeper && recordStepAllowed(row.status, 'publish'),
      unpublish: keeper && recordStepAllowed(row.status, 'unpublish'),
      revoke: keeper && recordStepAllowed(row.status, 'revoke'),
      object:
        enterpriseSide &&
        (row.status === 'confirmed' || row.status === 'published') &&
        until !== null &&
        context.today <= until,
      repair: enterpriseSide && repairFrom !== null && context.today >= repairFrom,
    },
  };
}

export function presentObjection(row: ObjectionRow, attachments: AttachmentRow[], today: string): CreditObjectionDto {
  return {
    id: row.id,
    recordId: row.recordId,
    recordTitle: row.recordTitle,
    associationId: row.associationId,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    reason: row.reason,
    status: row.status,
    dueOn: row.dueOn,
    overdue: row.status === 'open' && row.dueOn < today,
    remedy: row.remedy ?? null,
    decisionReason: row.decisionReason,
    correctedRecordId: row.correctedRecordId,
    attachments: attachments.filter((a) => a.objectionId === row.id).map(presentAttachment),
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    version: row.version,
  };
}

export function presentRepair(row: RepairRow, attachments: AttachmentRow[], today: string): CreditRepairDto {
  return {
    id: row.id,
    recordId: row.recordId,
    recordTitle: row.recordTitle,
    associationId: row.associationId,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    statement: row.statement,
    status: row.status,
    dueOn: row.dueOn,
    overdue: row.status === 'open' && row.dueOn < today,
    decisionReason: row.decisionReason,
    attachments: attachments.filter((a) => a.repairId === row.id).map(presentAttachment),
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    version: row.version,
  };
}
