/**
 * The association's work team (issue #7; R-ORG-1, §8.1.2): posts, members (one lead and one liaison to the
 * regulator at a time), duties given to a person or a post, appointment and talent-incentive documents,
 * and the regulator's guidance documents to one association or to every association of its region.
 */
import type {
  GuidanceCreate,
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
import { asSystem, type Tx } from '../../db/client.js';
import { type Actor, regionPrefix, scopeOf } from '../../kernel/actor.js';
import { AppError, forbidden, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { checkInlineFile } from '../../kernel/files.js';
import { userNames } from '../account/account.repository.js';
import type { Mail, Mailer } from '../notification/mailer.js';
import { usersWithRoles, usersWithRolesIn } from '../notification/notification.repository.js';
import { notify } from '../notification/notification.service.js';
import { organisationNames } from '../organisation/organisation.repository.js';
import {
  ensureManaged,
  managedWorkspace,
  mayManageWorkspace,
  mayReadWorkspace,
  ownAssociation,
  readableWorkspace,
  type WorkspaceOrg,
} from '../workspace/workspace.policy.js';
import { guidanceReaches, ownRegulator } from './team.policy.js';
import * as repo from './team.repository.js';
import { assigneeProblem, endOfAppointment, isSingleHolderRole, leadAndLiaison } from './team.workflow.js';

/** The people of an association who may be appointed, hold a post or carry a duty. */
const PEOPLE_ROLES = ['association_admin', 'association_staff', 'association_liaison'] as const;
/** Who is told of a guidance document. */
const GUIDANCE_READERS = ['association_admin', 'association_staff'] as const;

type Org = WorkspaceOrg;

export function teamService(ctx: AppContext, mailer: Mailer) {
  const { database, config } = ctx;

  // ------------------------------------------------------------ access

  async function peopleOf(tx: Tx, organisationId: string) {
    const users = await asSystem(tx, () => usersWithRoles(tx, organisationId, PEOPLE_ROLES));
    return users.map((u) => ({ id: u.id, name: u.displayName })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }

  async function ensurePerson(tx: Tx, org: Org, userId: string, field: string): Promise<void> {
    if (!(await peopleOf(tx, org.id)).some((p) => p.id === userId)) {
      throw AppError.validation(field, 'user_not_in_organisation', { organisationName: org.name });
    }
  }

  async function ensurePost(tx: Tx, org: Org, postId: string, field: string): Promise<repo.PostRow> {
    const post = await repo.findPost(tx, postId);
    if (!post || post.organisationId !== org.id || !post.active) {
      throw AppError.validation(field, 'post_not_in_organisation');
    }
    return post;
  }

  // ------------------------------------------------------------ presenters

  async function presentPosts(tx: Tx, rows: repo.PostRow[]): Promise<TeamPostDto[]> {
    const holderIds = rows.flatMap((r) => (r.holderUserId ? [r.holderUserId] : []));
    const names = await asSystem(tx, () => userNames(tx, holderIds));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      holderUserId: r.holderUserId,
      holderName: r.holderUserId ? (names.get(r.holderUserId) ?? null) : null,
      active: r.active,
      version: r.version,
    }));
  }

  async function presentMembers(tx: Tx, rows: repo.MemberRow[]): Promise<TeamMemberDto[]> {
    const names = await asSystem(tx, () =>
      userNames(
        tx,
        rows.map((r) => r.userId),
      ),
    );
    const posts = await repo.postNames(
      tx,
      rows.flatMap((r) => (r.postId ? [r.postId] : [])),
    );
    const docs = await repo.documentTitles(
      tx,
      rows.flatMap((r) => (r.appointmentDocumentId ? [r.appointmentDocumentId] : [])),
    );
    return rows.map((r) => ({
      id: r.id,
      userId: r.userId,
      name: names.get(r.userId) ?? '',
      role: r.role,
      postId: r.postId,
      postName: r.postId ? (posts.get(r.postId) ?? null) : null,
      appointmentDocumentId: r.appointmentDocumentId,
      appointmentDocumentTitle: r.appointmentDocumentId ? (docs.get(r.appointmentDocumentId) ?? null) : null,
      since: r.since,
      until: r.until,
      active: r.active,
      version: r.version,
    }));
  }

  async function presentDuties(tx: Tx, rows: repo.DutyRow[]): Promise<TeamDutyDto[]> {
    const names = await asSystem(tx, () =>
      userNames(
        tx,
        rows.flatMap((r) => (r.assigneeUserId ? [r.assigneeUserId] : [])),
      ),
    );
    const posts = await repo.postNames(
      tx,
      rows.flatMap((r) => (r.assigneePostId ? [r.assigneePostId] : [])),
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      description: r.description,
      assigneeUserId: r.assigneeUserId,
      assigneeName: r.assigneeUserId ? (names.get(r.assigneeUserId) ?? null) : null,
      assigneePostId: r.assigneePostId,
      assigneePostName: r.assigneePostId ? (posts.get(r.assigneePostId) ?? null) : null,
      active: r.active,
      version: r.version,
    }));
  }

  async function presentDocuments(tx: Tx, rows: repo.DocumentRow[]): Promise<TeamDocumentDto[]> {
    const orgs = await asSystem(tx, () =>
      organisationNames(tx, [
        ...rows.map((r) => r.organisationId),
        ...rows.flatMap((r) => (r.addresseeId ? [r.addresseeId] : [])),
      ]),
    );
    return rows.map((r) => ({
      id: r.id,
      organisationId: r.organisationId,
      organisationName: orgs.get(r.organisationId) ?? '',
      kind: r.kind,
      title: r.title,
      documentNumber: r.documentNumber,
      issuedOn: r.issuedOn,
      body: r.body,
      addresseeId: r.addresseeId,
      addresseeName: r.addresseeId ? (orgs.get(r.addresseeId) ?? null) : null,
      fileName: r.fileName,
      size: r.size,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  async function guidanceOf(tx: Tx, associationId: string): Promise<repo.DocumentRow[]> {
    const covering = await asSystem(tx, () => repo.regulatorsCovering(tx, associationId));
    return repo.guidanceFor(tx, associationId, covering);
  }

  // ------------------------------------------------------------ reads

  async function overview(actor: Actor, query: TeamQuery): Promise<TeamOverviewDto> {
    return database.read(scopeOf(actor), async (tx) => {
      const org = await readableWorkspace(tx, actor, query.organisationId);
      const canManage = mayManageWorkspace(actor, org.id);
      const members = await presentMembers(tx, await repo.membersOf(tx, org.id));
      const { lead, liaison } = leadAndLiaison(members);
      return {
        organisationId: org.id,
        organisationName: org.name,
        canManage,
        lead,
        liaison,
        members,
        posts: await presentPosts(tx, await repo.postsOf(tx, org.id)),
        duties: await presentDuties(tx, await repo.dutiesOf(tx, org.id)),
        documents: await presentDocuments(tx, await repo.documentsOf(tx, org.id)),
        guidance: await presentDocuments(tx, await guidanceOf(tx, org.id)),
        people: canManage ? await peopleOf(tx, org.id) : [],
      };
    });
  }

  /** The associations whose team the caller may open: its own, or those of the regulator's region. */
  async function associations(actor: Actor): Promise<TeamAssociationDto[]> {
    return database.read(scopeOf(actor), async (tx) => {
      const own = ownAssociation(actor);
      if (own) {
        const org = await asSystem(tx, () => repo.organisationOf(tx, own));
        return org ? [{ id: org.id, name: org.name }] : [];
      }
      if (!actor.regionPrefix) return [];
      return asSystem(tx, () => repo.associationsIn(tx, actor.regionPrefix));
    });
  }

  /** Guidance documents: an association's received ones, or those a regulator issued. */
  async function guidance(actor: Actor): Promise<TeamDocumentDto[]> {
    return database.read(scopeOf(actor), async (tx) => {
      const own = ownAssociation(actor);
      if (own) return presentDocuments(tx, await guidanceOf(tx, own));
      const regulator = ownRegulator(actor);
      if (!regulator) return [];
      return presentDocuments(tx, await repo.guidanceIssuedBy(tx, regulator));
    });
  }

  // ------------------------------------------------------------ posts

  async function createPost(actor: Actor, input: TeamPostCreate): Promise<TeamPostDto> {
    const name = input.name.trim();
    if (!name) throw AppError.validation('name', 'required');
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      if (input.holderUserId) await ensurePerson(tx, org, input.holderUserId, 'holderUserId');
      if (await repo.postNameTaken(tx, org.id, name)) throw new AppError('duplicate');
      const row = await repo.insertPost(tx, {
        organisationId: org.id,
        name,
        description: input.description?.trim() ?? '',
        holderUserId: input.holderUserId ?? null,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      });
      await audit(tx, actor, {
        action: 'team_post.created',
        targetType: 'team_post',
        targetId: row.id,
        organisationId: org.id,
        after: { name, holderUserId: row.holderUserId },
      });
      return (await presentPosts(tx, [row]))[0] as TeamPostDto;
    });
  }

  async function updatePost(actor: Actor, id: string, input: TeamPostUpdate): Promise<TeamPostDto> {
    const name = input.name.trim();
    if (!name) throw AppError.validation('name', 'required');
    return database.transaction(scopeOf(actor), async (tx) => {
      const before = ensureManaged(actor, await repo.findPost(tx, id));
      const org = await managedWorkspace(tx, actor);
      if (before.version !== input.version) throw versionConflict();
      if (input.holderUserId && input.holderUserId !== before.holderUserId) {
        await ensurePerson(tx, org, input.holderUserId, 'holderUserId');
      }
      if (await repo.postNameTaken(tx, org.id, name, id)) throw new AppError('duplicate');
      const after = await repo.updatePost(tx, id, input.version, {
        name,
        description: input.description.trim(),
        holderUserId: input.holderUserId,
        active: input.active,
        updatedBy: actor.userId,
      });
      if (!after) throw versionConflict();
      const pick = (r: repo.PostRow) => ({
        name: r.name,
        description: r.description,
        holderUserId: r.holderUserId,
        active: r.active,
      });
      await audit(tx, actor, {
        action: before.active && !after.active ? 'team_post.deactivated' : 'team_post.updated',
        targetType: 'team_post',
        targetId: id,
        organisationId: org.id,
        before: pick(before),
        after: pick(after),
      });
      return (await presentPosts(tx, [after]))[0] as TeamPostDto;
    });
  }

  // ------------------------------------------------------------ members

  async function appoint(actor: Actor, input: TeamMemberCreate): Promise<TeamMemberDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      await ensurePerson(tx, org, input.userId, 'userId');
      if (input.postId) await ensurePost(tx, org, input.postId, 'postId');
      if (input.appointmentDocumentId) {
        const doc = await repo.findDocument(tx, input.appointmentDocumentId);
        if (!doc || doc.organisationId !== org.id || doc.kind !== 'appointment') {
          throw AppError.validation('appointmentDocumentId', 'record_not_found');
        }
      }
      const ended: string[] = [];
      if (isSingleHolderRole(input.role)) {
        const today = todayInShanghai();
        for (const previous of await repo.activeWithRole(tx, org.id, input.role)) {
          const until = endOfAppointment(previous.since, undefined, today) as string;
          const row = await repo.endMember(tx, previous.id, previous.version, until, actor.userId);
          if (!row) throw versionConflict();
          ended.push(previous.id);
          await audit(tx, actor, {
            action: 'team_member.ended',
            targetType: 'team_member',
            targetId: previous.id,
            organisationId: org.id,
            before: { active: true, until: previous.until },
            after: { active: false, until, replacedBy: input.userId },
          });
        }
      }
      const row = await repo.insertMember(tx, {
        organisationId: org.id,
        userId: input.userId,
        role: input.role,
        postId: input.postId ?? null,
        appointmentDocumentId: input.appointmentDocumentId ?? null,
        since: input.since,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      });
      await audit(tx, actor, {
        action: 'team_member.appointed',
        targetType: 'team_member',
        targetId: row.id,
        organisationId: org.id,
        after: {
          userId: row.userId,
          role: row.role,
          postId: row.postId,
          appointmentDocumentId: row.appointmentDocumentId,
          since: row.since,
          ended,
        },
      });
      return (await presentMembers(tx, [row]))[0] as TeamMemberDto;
    });
  }

  async function endAppointment(actor: Actor, id: string, input: TeamMemberEnd): Promise<TeamMemberDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const before = ensureManaged(actor, await repo.findMember(tx, id));
      if (before.version !== input.version) throw versionConflict();
      if (!before.active) throw new AppError('transition_not_allowed', [], { status: 'ended', allowed: '-' });
      const until = endOfAppointment(before.since, input.until, todayInShanghai());
      if (until === 'date_order') throw AppError.validation('until', 'date_order');
      const after = await repo.endMember(tx, id, input.version, until, actor.userId);
      if (!after) throw versionConflict();
      await audit(tx, actor, {
        action: 'team_member.ended',
        targetType: 'team_member',
        targetId: id,
        organisationId: before.organisationId,
        before: { active: true, until: before.until },
        after: { active: false, until },
      });
      return (await presentMembers(tx, [after]))[0] as TeamMemberDto;
    });
  }

  // ------------------------------------------------------------ duties

  async function createDuty(actor: Actor, input: TeamDutyCreate): Promise<TeamDutyDto> {
    const title = input.title.trim();
    if (!title) throw AppError.validation('title', 'required');
    const problem = assigneeProblem(input);
    if (problem) throw AppError.validation(problem.field, problem.issue);
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      if (input.assigneeUserId) await ensurePerson(tx, org, input.assigneeUserId, 'assigneeUserId');
      if (input.assigneePostId) await ensurePost(tx, org, input.assigneePostId, 'assigneePostId');
      const row = await repo.insertDuty(tx, {
        organisationId: org.id,
        title,
        description: input.description?.trim() ?? '',
        assigneeUserId: input.assigneeUserId ?? null,
        assigneePostId: input.assigneePostId ?? null,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      });
      await audit(tx, actor, {
        action: 'team_duty.created',
        targetType: 'team_duty',
        targetId: row.id,
        organisationId: org.id,
        after: { title, assigneeUserId: row.assigneeUserId, assigneePostId: row.assigneePostId },
      });
      return (await presentDuties(tx, [row]))[0] as TeamDutyDto;
    });
  }

  async function deactivateDuty(actor: Actor, id: string, input: TeamVersionBody): Promise<TeamDutyDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const before = ensureManaged(actor, await repo.findDuty(tx, id));
      if (before.version !== input.version) throw versionConflict();
      const after = await repo.deactivateDuty(tx, id, input.version, actor.userId);
      if (!after) throw versionConflict();
      await audit(tx, actor, {
        action: 'team_duty.deactivated',
        targetType: 'team_duty',
        targetId: id,
        organisationId: before.organisationId,
        before: { active: before.active },
        after: { active: false },
      });
      return (await presentDuties(tx, [after]))[0] as TeamDutyDto;
    });
  }

  // ------------------------------------------------------------ documents

  async function createDocument(actor: Actor, input: TeamDocumentCreate): Promise<TeamDocumentDto> {
    const title = input.title.trim();
    if (!title) throw AppError.validation('title', 'required');
    const file = await checkInlineFile(input.file);
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      const row = await repo.insertDocument(tx, {
        organisationId: org.id,
        kind: input.kind,
        title,
        documentNumber: input.documentNumber?.trim() ?? '',
        issuedOn: input.issuedOn,
        body: input.body?.trim() ?? '',
        ...(file ?? {}),
        createdBy: actor.userId,
      });
      await audit(tx, actor, {
        action: 'team_document.created',
        targetType: 'team_document',
        targetId: row.id,
        organisationId: org.id,
        after: {
          kind: row.kind,
          title,
          documentNumber: row.documentNumber,
          issuedOn: row.issuedOn,
          fileName: file?.fileName ?? null,
          size: file?.size ?? null,
        },
      });
      return (await presentDocuments(tx, [row]))[0] as TeamDocumentDto;
    });
  }

  async function issueGuidance(actor: Actor, input: GuidanceCreate): Promise<TeamDocumentDto> {
    const regulatorId = ownRegulator(actor);
    if (!regulatorId) throw forbidden();
    const title = input.title.trim();
    if (!title) throw AppError.validation('title', 'required');
    const file = await checkInlineFile(input.file);
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const regulator = await asSystem(tx, () => repo.organisationOf(tx, regulatorId));
      if (!regulator?.regionCode) throw forbidden();
      const prefix = regionPrefix(regulator.regionCode);
      let addressed: string[];
      if (input.addresseeId) {
        const addressee = await asSystem(tx, () => repo.organisationOf(tx, input.addresseeId as string));
        if (addressee?.kind !== 'industry_organisation' || !addressee.regionCode?.startsWith(prefix)) {
          throw AppError.validation('addresseeId', 'not_a_regulator_of_region');
        }
        addressed = [addressee.id];
      } else {
        addressed = (await asSystem(tx, () => repo.associationsIn(tx, prefix))).map((a) => a.id);
      }
      const row = await repo.insertDocument(tx, {
        organisationId: regulatorId,
        kind: 'guidance',
        title,
        documentNumber: input.documentNumber?.trim() ?? '',
        issuedOn: input.issuedOn,
        body: input.body?.trim() ?? '',
        addresseeId: input.addresseeId ?? null,
        ...(file ?? {}),
        createdBy: actor.userId,
      });
      mails = await asSystem(tx, async () =>
        notify(
          tx,
          (await usersWithRolesIn(tx, addressed, GUIDANCE_READERS)).map((u) => ({ id: u.id, email: u.email })),
          {
            kind: 'workspace.guidance_issued',
            params: { title, documentNumber: row.documentNumber || '-', regulatorName: regulator.name },
            link: '/console/workspace/team?tab=guidance',
          },
          { publicUrl: config.publicUrl, locale: actor.locale },
        ),
      );
      await audit(tx, actor, {
        action: 'team_document.issued',
        targetType: 'team_document',
        targetId: row.id,
        organisationId: regulatorId,
        after: {
          kind: 'guidance',
          title,
          documentNumber: row.documentNumber,
          issuedOn: row.issuedOn,
          addresseeId: row.addresseeId,
          associations: addressed.length,
          fileName: file?.fileName ?? null,
          size: file?.size ?? null,
        },
      });
      return (await presentDocuments(tx, [row]))[0] as TeamDocumentDto;
    });
    await mailer.send(mails);
    return dto;
  }

  /** A document's file (audited): the issuer's people, the regulators of its region, the addressed association. */
  async function file(actor: Actor, id: string) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = await repo.findDocument(tx, id);
      if (!row) throw notFound();
      let allowed: boolean;
      if (row.kind === 'guidance') {
        const own = ownAssociation(actor);
        const covering = own ? await asSystem(tx, () => repo.regulatorsCovering(tx, own)) : [];
        const issuer = await asSystem(tx, () => repo.organisationOf(tx, row.organisationId));
        allowed = guidanceReaches(actor, row, covering) || (issuer !== undefined && mayReadWorkspace(actor, issuer));
      } else {
        const org = await asSystem(tx, () => repo.organisationOf(tx, row.organisationId));
        allowed = org !== undefined && mayReadWorkspace(actor, org);
      }
      if (!allowed) throw notFound();
      const stored = await repo.documentFile(tx, id);
      if (!stored?.content) throw notFound();
      await audit(tx, actor, {
        action: 'team_document.downloaded',
        targetType: 'team_document',
        targetId: id,
        organisationId: row.organisationId,
        after: { fileName: stored.fileName },
      });
      return {
        fileName: stored.fileName ?? 'file',
        mimeType: stored.mimeType ?? 'application/octet-stream',
        content: stored.content,
      };
    });
  }

  return {
    overview,
    associations,
    guidance,
    createPost,
    updatePost,
    appoint,
    endAppointment,
    createDuty,
    deactivateDuty,
    createDocument,
    issueGuidance,
    file,
  };
}

export type TeamService = ReturnType<typeof teamService>;
