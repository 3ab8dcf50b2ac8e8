import {
  type ComplaintDetailDto,
  type ComplaintPublicDto,
  type ComplaintSummaryDto,
  type DueState,
  maskAddress,
  maskIdNumber,
  maskName,
  maskPhone,
  type ReferralDto,
  type TimeLimitDto,
  type TimelineEntryDto,
} from '@gongzhi/contracts';
import type { ComplaintRow, EventRow, ReferralRow, SummaryRow, TimeLimitRow } from './complaint.repository.js';

export function presentSummary(row: SummaryRow, dueState: DueState | null): ComplaintSummaryDto {
  return {
    id: row.id,
    trackingNo: row.trackingNo,
    kind: row.kind,
    category: row.category,
    status: row.status,
    outcome: row.outcome,
    associationId: row.associationId,
    associationName: row.associationName,
    enterpriseId: row.enterpriseId,
    respondentName: row.respondentName,
    complainantName: maskName(row.complainantName),
    complainantPhone: maskPhone(row.complainantPhone),
    productName: row.productName,
    receivedOn: row.receivedOn,
    dueOn: row.dueOn,
    dueKind: row.dueKind,
    dueProvisional: row.dueProvisional,
    dueState,
    late: row.late,
    version: row.version,
  };
}

export function presentEvent(row: EventRow, forStaff: boolean): TimelineEntryDto {
  return {
    id: String(row.id),
    occurredAt: row.occurredAt.toISOString(),
    side: row.actorSide,
    action: row.action,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    note: row.note,
    ...(forStaff ? { actorUsername: row.actorUsername } : {}),
    public: row.public,
  };
}

export function presentTimeLimit(row: TimeLimitRow): TimeLimitDto {
  return {
    id: row.id,
    version: row.version,
    ruleName: row.ruleName,
    acceptanceDays: row.acceptanceDays,
    enterpriseResponseDays: row.enterpriseResponseDays,
    mediationDays: row.mediationDays,
    terminationNoticeDays: row.terminationNoticeDays,
    dueSoonDays: row.dueSoonDays,
    limitationYears: row.limitationYears,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentReferral(row: ReferralRow): ReferralDto {
  return {
    id: row.id,
    complaintId: row.complaintId,
    trackingNo: row.trackingNo,
    associationId: row.associationId,
    associationName: row.associationName,
    regulatorId: row.regulatorId,
    regulatorName: row.regulatorName,
    kind: row.kind,
    reason: row.reason,
    evidence: row.evidence,
    status: row.status,
    feedback: row.feedback,
    feedbackAt: row.feedbackAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export function presentDetail(
  row: ComplaintRow,
  extra: Pick<ComplaintDetailDto, 'timeline' | 'attachments' | 'referrals' | 'allowedActions' | 'abilities'> & {
    associationName: string;
    timeLimit: TimeLimitRow;
    dueState: DueState | null;
  },
): ComplaintDetailDto {
  return {
    ...presentSummary({ ...row, associationName: extra.associationName }, extra.dueState),
    // Masked here too: the unmasked values come only from the audited reveal.
    complainantAddress: maskAddress(row.complainantAddress),
    complainantIdNumber: row.complainantIdNumber ? maskIdNumber(row.complainantIdNumber) : null,
    respondentAddress: row.respondentAddress,
    facts: row.facts,
    request: row.request,
    harmKnownOn: row.harmKnownOn,
    consentShareContact: row.consentShareContact,
    refusalGround: row.refusalGround,
    terminationGround: row.terminationGround,
    resolution: row.resolution,
    justified: row.justified,
    enterpriseResponse: row.enterpriseResponse,
    consumerConsent: row.consumerConsent,
    enterpriseConsent: row.enterpriseConsent,
    acceptedOn: row.acceptedOn,
    forwardedOn: row.forwardedOn,
    mediationStartedOn: row.mediationStartedOn,
    pausedSince: row.pausedSince,
    pausedWorkingDays: row.pausedWorkingDays,
    closedOn: row.closedOn,
    acceptanceDue: row.acceptanceDue,
    responseDue: row.responseDue,
    mediationDue: row.mediationDue,
    regulatorId: row.regulatorId,
    rating: row.rating,
    ratingComment: row.ratingComment,
    timeLimit: presentTimeLimit(extra.timeLimit),
    timeline: extra.timeline,
    attachments: extra.attachments,
    referrals: extra.referrals,
    allowedActions: extra.allowedActions,
    abilities: extra.abilities,
  };
}

export function presentPublic(
  row: ComplaintRow,
  extra: { associationName: string; timeline: TimelineEntryDto[]; canRate: boolean },
): ComplaintPublicDto {
  return {
    trackingNo: row.trackingNo,
    kind: row.kind,
    category: row.category,
    status: row.status,
    outcome: row.outcome,
    associationName: extra.associationName,
    respondentName: row.respondentName,
    productName: row.productName,
    receivedOn: row.receivedOn,
    dueOn: row.dueOn,
    dueKind: row.dueKind,
    dueProvisional: row.dueProvisional,
    refusalGround: row.refusalGround,
    terminationGround: row.terminationGround,
    resolution: row.resolution,
    enterpriseResponse: row.enterpriseResponse,
    timeline: extra.timeline,
    canRate: extra.canRate,
    rating: row.rating,
    ratingComment: row.ratingComment,
  };
}
