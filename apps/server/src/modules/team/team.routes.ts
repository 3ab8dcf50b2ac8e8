import {
  GuidanceCreate,
  IdParams,
  TEAM_LIMITS,
  TeamAssociationDto,
  TeamDocumentCreate,
  TeamDocumentDto,
  TeamDutyCreate,
  TeamDutyDto,
  TeamMemberCreate,
  TeamMemberDto,
  TeamMemberEnd,
  TeamOverviewDto,
  TeamPostCreate,
  TeamPostDto,
  TeamPostUpdate,
  TeamQuery,
  TeamVersionBody,
} from '@gongzhi/contracts';
import { Type } from 'typebox';
import type { Api } from '../../kernel/http.js';
import type { TeamService } from './team.service.js';

const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
/** JSON with a file inline in base64 (≤ 20 MB of file). */
const INLINE_BODY_MAX = Math.ceil((TEAM_LIMITS.fileBytesMax * 4) / 3) + 64 * 1024;

/** The association's work team and the regulator's guidance documents (issue #7, §8.1.2). */
export function teamRoutes(app: Api, team: TeamService): void {
  const tags = ['team'];
  const read = { permission: 'workspace.read' } as const;
  const manage = { permission: 'workspace.manage' } as const;

  app.get(
    '/api/v1/team',
    {
      schema: {
        tags,
        description:
          "An association's work team: lead, liaison, members, posts, duties, documents and the guidance it received. A regulator names the association.",
        querystring: TeamQuery,
        response: { 200: TeamOverviewDto },
      },
      config: read,
    },
    (req) => team.overview(req.actor, req.query),
  );
  app.get(
    '/api/v1/team/associations',
    {
      schema: {
        tags,
        description: "The associations whose team the caller may open (its own, or the regulator's region).",
        response: { 200: Type.Array(TeamAssociationDto) },
      },
      config: read,
    },
    (req) => team.associations(req.actor),
  );
  app.get(
    '/api/v1/team/guidance',
    {
      schema: {
        tags,
        description: 'Guidance documents: those an association received, or those a regulator issued.',
        response: { 200: Type.Array(TeamDocumentDto) },
      },
      config: read,
    },
    (req) => team.guidance(req.actor),
  );
  app.post(
    '/api/v1/team/posts',
    { schema: { tags, body: TeamPostCreate, response: { 201: TeamPostDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await team.createPost(req.actor, req.body)),
  );
  app.put(
    '/api/v1/team/posts/:id',
    {
      schema: { tags, params: IdParams, body: TeamPostUpdate, response: { 200: TeamPostDto } },
      config: manage,
    },
    (req) => team.updatePost(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/v1/team/members',
    {
      schema: {
        tags,
        description: 'Appoints a person; a new lead or liaison ends the previous one (today) in the same transaction.',
        body: TeamMemberCreate,
        response: { 201: TeamMemberDto },
      },
      config: manage,
    },
    async (req, reply) => reply.status(201).send(await team.appoint(req.actor, req.body)),
  );
  app.post(
    '/api/v1/team/members/:id/end',
    {
      schema: { tags, params: IdParams, body: TeamMemberEnd, response: { 200: TeamMemberDto } },
      config: manage,
    },
    (req) => team.endAppointment(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/v1/team/duties',
    { schema: { tags, body: TeamDutyCreate, response: { 201: TeamDutyDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await team.createDuty(req.actor, req.body)),
  );
  app.post(
    '/api/v1/team/duties/:id/deactivate',
    {
      schema: { tags, params: IdParams, body: TeamVersionBody, response: { 200: TeamDutyDto } },
      config: manage,
    },
    (req) => team.deactivateDuty(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/v1/team/documents',
    {
      schema: {
        tags,
        description:
          'An appointment document or the talent-incentive scheme, with an optional file inline (base64; ≤ 20 MB; PDF, images, Office).',
        body: TeamDocumentCreate,
        response: { 201: TeamDocumentDto },
      },
      config: manage,
      bodyLimit: INLINE_BODY_MAX,
    },
    async (req, reply) => reply.status(201).send(await team.createDocument(req.actor, req.body)),
  );
  app.post(
    '/api/v1/team/guidance',
    {
      schema: {
        tags,
        description:
          "The regulator's guidance document to one association of its region, or (addresseeId null) to all of them.",
        body: GuidanceCreate,
        response: { 201: TeamDocumentDto },
      },
      config: { permission: 'workspace.guide' },
      bodyLimit: INLINE_BODY_MAX,
    },
    async (req, reply) => reply.status(201).send(await team.issueGuidance(req.actor, req.body)),
  );
  app.get(
    '/api/v1/team/documents/:id/file',
    { schema: { tags, params: IdParams }, config: read },
    async (req, reply) => {
      const file = await team.file(req.actor, req.params.id);
      return reply
        .type(file.mimeType)
        .header('content-disposition', attachment(file.fileName))
        .header('content-security-policy', 'sandbox')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
}
