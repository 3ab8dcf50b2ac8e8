import type { NotificationKind } from '@gongzhi/contracts';
import { type Database, SYSTEM_SCOPE, type Tx } from '../../db/client.js';
import { jobRun } from '../../db/schema/index.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { WorkingCalendar } from '../calendar/working-days.js';
import type { Mail } from '../notification/mailer.js';
import { notify, type Recipient } from '../notification/notification.service.js';
import * as repo from './complaint.repository.js';
import { dueStateOf, reminderHorizon } from './complaint.workflow.js';

export const COMPLAINT_DEADLINES = 'complaint-deadlines';
/** Cases looked at per run; the rest wait for the next run (every 15 minutes by default). */
const BATCH = 2000;

export interface DeadlineRun {
  reminded: number;
  escalated: number;
  rateLimitsRemoved: number;
  mails: Mail[];
}

/**
 * Due-soon reminders to the people working the case, and escalation of overdue cases to the
 * association's administrators (the supervisors). Each deadline is reminded and escalated once.
 */
export async function checkComplaintDeadlines(
  database: Database,
  calendar: WorkingCalendar,
  options: { publicUrl: string; instance?: string; today?: string },
): Promise<DeadlineRun> {
  const today = options.today ?? todayInShanghai();
  return database.transaction(SYSTEM_SCOPE, async (tx) => {
    const limits = await repo.listTimeLimits(tx);
    const byId = new Map(limits.map((l) => [l.id, l]));
    const maxDueSoon = Math.max(...limits.map((l) => l.dueSoonDays), 0);
    const cases = await repo.casesDueBy(tx, reminderHorizon(today, maxDueSoon), BATCH);
    const run: DeadlineRun = { reminded: 0, escalated: 0, rateLimitsRemoved: 0, mails: [] };
    // Many cases share an association: its people are looked up once per run, not once per case.
    const people = new Map<string, Promise<Recipient[]>>();
    const peopleOf = (organisationId: string, roles: string[]) => {
      const key = `${organisationId}:${roles.join(',')}`;
      let found = people.get(key);
      if (!found) {
        found = repo.usersWithRoles(tx, organisationId, roles);
        people.set(key, found);
      }
      return found;
    };
    for (const c of cases) {
      if (!c.dueOn || !c.dueKind) continue;
      const key = `${c.dueKind}:${c.dueOn}`;
      const dueSoonDays = byId.get(c.timeLimitId)?.dueSoonDays ?? 2;
      const state = dueStateOf(c.dueOn, today, dueSoonDays, calendar);
      if (state === 'overdue' && c.escalatedFor !== key) {
        run.mails.push(
          ...(await tellAbout(tx, peopleOf, c, 'complaint.overdue', ['association_admin'], options.publicUrl)),
        );
        await repo.markNotified(tx, c.id, { escalatedFor: key, remindedFor: key, late: true });
        await repo.insertEvent(tx, {
          complaintId: c.id,
          actorSide: 'system',
          action: 'escalated',
          note: null,
          data: { dueKind: c.dueKind, dueOn: c.dueOn },
          public: false,
        });
        run.escalated += 1;
      } else if (state === 'due_soon' && c.remindedFor !== key) {
        run.mails.push(
          ...(await tellAbout(
            tx,
            peopleOf,
            c,
            'complaint.due_soon',
            ['association_admin', 'association_staff'],
            options.publicUrl,
          )),
        );
        await repo.markNotified(tx, c.id, { remindedFor: key });
        run.reminded += 1;
      }
    }
    run.rateLimitsRemoved = await repo.deleteExpiredRateLimits(tx);
    await tx.insert(jobRun).values({
      name: COMPLAINT_DEADLINES,
      finishedAt: new Date(),
      detail: { reminded: run.reminded, escalated: run.escalated, mails: run.mails.length, today },
      instance: options.instance ?? null,
    });
    return run;
  });
}

/** The association's people, and the enterprise's when the running deadline is its response. */
async function tellAbout(
  tx: Tx,
  peopleOf: (organisationId: string, roles: string[]) => Promise<Recipient[]>,
  c: repo.ComplaintRow,
  kind: NotificationKind,
  associationRoles: string[],
  publicUrl: string,
): Promise<Mail[]> {
  const people = [...(await peopleOf(c.associationId, associationRoles))];
  if (c.dueKind === 'response' && c.enterpriseId) {
    people.push(...(await peopleOf(c.enterpriseId, ['enterprise_admin', 'chief_quality_officer'])));
  }
  return notify(
    tx,
    people,
    {
      kind,
      params: { trackingNo: c.trackingNo, dueOn: c.dueOn ?? '', dueKind: c.dueKind ?? '' },
      link: `/console/complaints/${c.id}`,
    },
    { publicUrl },
  );
}
