/** What the credit API tests share: who they act as, and the refusals every endpoint checks first. */
import { expect } from 'vitest';
import { addUser, type TestApp } from './harness.js';

export interface CreditActors {
  /** 佛山市建材行业协会, the seeded association, and its staff (credit.record) and liaison (read only). */
  jiancaiId: string;
  staff: string;
  liaison: string;
  /** The admin of the seeded member enterprise (credit.object). */
  enterpriseAdmin: string;
  regulator: string;
  /** An expert: no credit permission at all. */
  expert: string;
  /** 佛山市顺德区燃气具商会, another association, and its staff. */
  ranqiId: string;
  otherStaff: string;
}

/**
 * Signs in the seeded users the credit tests act as, and adds a staff user of the other association
 * under `otherStaffName` (a name of the test file's own, so that no two files add the same user).
 */
export async function creditActors(t: TestApp, otherStaffName: string): Promise<CreditActors> {
  const ranqiId = await t.orgId('佛山市顺德区燃气具商会');
  await addUser(t, otherStaffName, 'association_staff', ranqiId);
  return {
    jiancaiId: await t.orgId('佛山市建材行业协会'),
    staff: await t.login('jiancai.staff'),
    liaison: await t.login('jiancai.liaison'),
    enterpriseAdmin: await t.login('enterprise.admin'),
    regulator: await t.login('regulator.admin'),
    expert: await t.login('expert.zhang'),
    ranqiId,
    otherStaff: await t.login(otherStaffName),
  };
}

type Request = Omit<Parameters<TestApp['request']>[0], 'cookie'>;

/**
 * The request is refused: 401 signed out, 403 for each `forbidden` session (no permission, or not
 * its organisation's business), 404 for each `notFound` one (a target it may not see).
 */
export async function expectRefused(
  t: TestApp,
  request: Request,
  sessions: { forbidden?: readonly string[]; notFound?: readonly string[] },
): Promise<void> {
  expect((await t.request(request)).statusCode, 'signed out').toBe(401);
  for (const cookie of sessions.forbidden ?? []) {
    const res = await t.request({ ...request, cookie });
    expect(res.statusCode, res.body).toBe(403);
  }
  for (const cookie of sessions.notFound ?? []) {
    const res = await t.request({ ...request, cookie });
    expect(res.statusCode, res.body).toBe(404);
  }
}
