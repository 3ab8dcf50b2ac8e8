import {
  AttachmentParams,
  COMPLAINT_LIMITS,
  ComplaintActionBody,
  ComplaintContactDto,
  ComplaintDetailDto,
  ComplaintIntake,
  ComplaintListQuery,
  ComplaintPublicDto,
  ComplaintRateBody,
  ComplaintServiceInfoDto,
  ComplaintStatsDto,
  ComplaintStatsQuery,
  ComplaintSummaryDto,
  ComplaintTrackBody,
  IdParams,
  IntakeReceiptDto,
  Page,
  PublicComplaintStatsDto,
  ReferralCreate,
  ReferralDto,
  ReferralFeedback,
  ReferralListQuery,
  ReferralParams,
  TimeLimitCreate,
  TimeLimitDto,
} from '@gongzhi/contracts';
import { Type } from 'typebox';
import type { Api } from '../../kernel/http.js';
import type { ComplaintService } from './complaint.service.js';

/** Room for the largest intake: every attachment at its limit, base64-encoded, plus the text. */
const INTAKE_BODY_LIMIT = COMPLAINT_LIMITS.attachmentsMax * COMPLAINT_LIMITS.attachmentBase64Max + 256 * 1024;

export function complaintRoutes(app: Api, service: ComplaintService): void {
  const publicTags = ['public', 'complaints'];
  const tags = ['complaints'];
  const publicConfig = { auth: 'public' as const };

  app.get(
    '/api/v1/public/complaint-service',
    { schema: { tags: publicTags, response: { 200: ComplaintServiceInfoDto } }, config: publicConfig },
    () => service.serviceInfo(),
  );
  app.post(
    '/api/v1/public/complaints',
    {
      schema: { tags: publicTags, body: ComplaintIntake, response: { 200: IntakeReceiptDto, 201: IntakeReceiptDto } },
      config: publicConfig,
      bodyLimit: INTAKE_BODY_LIMIT,
    },
    async (req, reply) => {
      const { receipt, created } = await service.intake(req.actor, req.body);
      return reply.status(created ? 201 : 200).send(receipt);
    },
  );
  app.post(
    '/api/v1/public/complaints/track',
    {
      schema: { tags: publicTags, body: ComplaintTrackBody, response: { 200: ComplaintPublicDto } },
      config: publicConfig,
    },
    (req) => service.track(req.actor, req.body),
  );
  app.post(
    '/api/v1/public/complaints/rate',
    {
      schema: { tags: publicTags, body: ComplaintRateBody, response: { 200: ComplaintPublicDto } },
      config: publicConfig,
    },
    (req) => service.rate(req.actor, req.body),
  );

  app.get(
    '/api/v1/public/organisations/:id/complaint-stats',
    {
      schema: { tags: publicTags, params: IdParams, response: { 200: PublicComplaintStatsDto } },
      config: publicConfig,
    },
    (req) => service.memberStats(req.params.id),
  );
  app.get(
    '/api/v1/complaint-stats',
    {
      schema: { tags, querystring: ComplaintStatsQuery, response: { 200: ComplaintStatsDto } },
      config: { permission: 'complaint.stats' },
    },
    (req) => service.stats(req.actor, req.query),
  );
  app.get(
    '/api/v1/complaint-stats/export',
    { schema: { tags, querystring: ComplaintStatsQuery }, config: { permission: 'complaint.stats' } },
    async (req, reply) => {
      const file = await service.exportStats(req.actor, req.query);
      const name = `complaint-stats-${req.query.groupBy}-${req.query.from}-${req.query.to}.xlsx`;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(file);
    },
  );
  app.get(
    '/api/v1/complaints',
    {
      schema: { tags, querystring: ComplaintListQuery, response: { 200: Page(ComplaintSummaryDto) } },
      config: { permission: 'complaint.read' },
    },
    (req) => service.list(req.actor, req.query),
  );
  app.get(
    '/api/v1/complaints/:id',
    {
      schema: { tags, params: IdParams, response: { 200: ComplaintDetailDto } },
      config: { permission: 'complaint.read' },
    },
    (req) => service.detail(req.actor, req.params.id),
  );
  app.post(
    '/api/v1/complaints/:id/actions',
    {
      schema: { tags, params: IdParams, body: ComplaintActionBody, response: { 200: ComplaintDetailDto } },
      config: { permission: 'complaint.read' },
    },
    (req) => service.act(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/v1/complaints/:id/contact',
    {
      schema: { tags, params: IdParams, response: { 200: ComplaintContactDto } },
      config: { permission: 'complaint.reveal_contact' },
    },
    (req) => service.revealContact(req.actor, req.params.id),
  );
  app.get(
    '/api/v1/complaints/:id/attachments/:attachmentId',
    { schema: { tags, params: AttachmentParams }, config: { permission: 'complaint.read' } },
    async (req, reply) => {
      const file = await service.attachment(req.actor, req.params.id, req.params.attachmentId);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('content-security-policy', 'sandbox')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
  app.post(
    '/api/v1/complaints/:id/referrals',
    {
      schema: { tags, params: IdParams, body: ReferralCreate, response: { 201: ReferralDto } },
      config: { permission: 'complaint.handle' },
    },
    async (req, reply) => reply.status(201).send(await service.refer(req.actor, req.params.id, req.body)),
  );
  app.get(
    '/api/v1/referrals',
    {
      schema: { tags, querystring: ReferralListQuery, response: { 200: Page(ReferralDto) } },
      config: { permission: 'complaint.read' },
    },
    (req) => service.referrals(req.actor, req.query),
  );
  app.post(
    '/api/v1/referrals/:id/feedback',
    {
      schema: { tags, params: ReferralParams, body: ReferralFeedback, response: { 200: ReferralDto } },
      config: { permission: 'complaint.referral' },
    },
    (req) => service.answerReferral(req.actor, req.params.id, req.body),
  );
  app.get(
    '/api/v1/complaint-time-limits',
    { schema: { tags, response: { 200: Type.Array(TimeLimitDto) } }, config: { auth: 'user' } },
    (req) => service.timeLimits(req.actor),
  );
  app.post(
    '/api/v1/complaint-time-limits',
    {
      schema: { tags, body: TimeLimitCreate, response: { 201: TimeLimitDto } },
      config: { permission: 'calendar.manage' },
    },
    async (req, reply) => reply.status(201).send(await service.createTimeLimit(req.actor, req.body)),
  );
}
