import { randomUUID } from 'node:crypto';
import { makeUscc, type Role } from '@gongzhi/contracts';
import { count } from 'drizzle-orm';
import type { Config } from '../config.js';
import { type Database, SYSTEM_SCOPE } from '../db/client.js';
import { appUser, membership, organisation, roleAssignment } from '../db/schema/index.js';
import { audit } from '../kernel/audit.js';
import { passwordHasher } from '../modules/account/password.js';

export const DEMO_PASSWORD = 'Gongzhi#2026';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A deterministic, valid credit code: prefix (registration authority + category), division, serial. */
export function demoCreditCode(prefix: string, divisionCode: string, serial: number): string {
  let body = '';
  let n = serial;
  for (let i = 0; i < 5; i++) {
    body = (ALPHABET[n % 31] ?? '0') + body;
    n = Math.floor(n / 31);
  }
  return makeUscc(prefix, divisionCode, `MA${body}X`.slice(0, 8));
}

interface DemoAssociation {
  key: string;
  name: string;
  regionCode: string;
  industryCode: string;
  productWords: string[];
  suffix: string;
}

export const DEMO_ASSOCIATIONS: DemoAssociation[] = [
  {
    key: 'jiancai',
    name: '佛山市建材行业协会',
    regionCode: '440600',
    industryCode: 'C30',
    productWords: ['建材', '新型建材', '石材', '玻璃'],
    suffix: '有限公司',
  },
  {
    key: 'ranqiju',
    name: '佛山市顺德区燃气具商会',
    regionCode: '440606',
    industryCode: 'C3861',
    productWords: ['燃气具', '厨卫电器', '热水器', '燃气灶具'],
    suffix: '有限公司',
  },
  {
    key: 'dianxian',
    name: '佛山市电线电缆行业协会',
    regionCode: '440600',
    industryCode: 'C3831',
    productWords: ['电线电缆', '电缆', '电工材料', '线缆'],
    suffix: '有限公司',
  },
  {
    key: 'taoci',
    name: '佛山市禅城区陶瓷行业协会',
    regionCode: '440604',
    industryCode: 'C307',
    productWords: ['陶瓷', '建筑陶瓷', '卫浴', '瓷砖'],
    suffix: '有限公司',
  },
];

const BRANDS = [
  '华瓷',
  '粤丰',
  '金宏',
  '新星',
  '恒嘉',
  '瑞泰',
  '美焰',
  '顺安',
  '利华',
  '广业',
  '南方',
  '嘉信',
  '宝润',
  '东鹏远',
  '汇通',
  '骏达',
];
const DISTRICTS: [code: string, name: string][] = [
  ['440604', '禅城区'],
  ['440605', '南海区'],
  ['440606', '顺德区'],
  ['440607', '三水区'],
  ['440608', '高明区'],
];
const LEVELS = ['president', 'vice_president', 'vice_president', 'director', 'director', 'member'] as const;

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  organisation: string | null;
}

/** One account per role; `organisation` names the seeded organisation it belongs to. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'regulator.admin',
    displayName: '陈监管（管理员）',
    role: 'regulator_admin',
    organisation: '佛山市市场监督管理局',
  },
  { username: 'regulator.staff', displayName: '李科员', role: 'regulator_staff', organisation: '佛山市市场监督管理局' },
  { username: 'jiancai.admin', displayName: '黄秘书长', role: 'association_admin', organisation: '佛山市建材行业协会' },
  { username: 'jiancai.staff', displayName: '梁干事', role: 'association_staff', organisation: '佛山市建材行业协会' },
  {
    username: 'jiancai.liaison',
    displayName: '何联络员',
    role: 'association_liaison',
    organisation: '佛山市建材行业协会',
  },
  {
    username: 'enterprise.admin',
    displayName: '吴经理',
    role: 'enterprise_admin',
    organisation: 'FIRST_JIANCAI_MEMBER',
  },
  {
    username: 'enterprise.cqo',
    displayName: '周首席质量官',
    role: 'chief_quality_officer',
    organisation: 'FIRST_JIANCAI_MEMBER',
  },
  { username: 'expert.zhang', displayName: '张专家', role: 'expert', organisation: null },
  { username: 'consumer.li', displayName: '李消费者', role: 'consumer', organisation: null },
];

export interface SeedSummary {
  seeded: boolean;
  organisations: number;
  memberships: number;
  accounts: DemoAccount[];
}

/** Seeds the demo data when the database has no organisations; does nothing otherwise. */
export async function seedDemo(
  database: Database,
  config: Pick<Config, 'argon2MemoryKiB' | 'argon2TimeCost'>,
  options: { membersPerAssociation?: number } = {},
): Promise<SeedSummary> {
  const perAssociation = options.membersPerAssociation ?? 12;
  const existing = await database.transaction(SYSTEM_SCOPE, (tx) => tx.select({ n: count() }).from(organisation));
  if ((existing[0]?.n ?? 0) > 0) return { seeded: false, organisations: 0, memberships: 0, accounts: DEMO_ACCOUNTS };

  const passwordHash = await passwordHasher(config).hash(DEMO_PASSWORD);
  let serial = 1;
  const orgRows: (typeof organisation.$inferInsert & { id: string })[] = [];
  const memberRows: (typeof membership.$inferInsert)[] = [];
  const byName = new Map<string, string>();
  const add = (row: Omit<typeof organisation.$inferInsert, 'id'>) => {
    const id = randomUUID();
    orgRows.push({ ...row, id });
    byName.set(row.name, id);
    return id;
  };

  add({
    kind: 'regulator',
    name: '佛山市市场监督管理局',
    nameEn: 'Foshan Administration for Market Regulation',
    creditCode: demoCreditCode('11', '440600', serial++),
    regionCode: '440600',
    industryCode: 'S',
    published: true,
    description: '佛山市行业质量共治的统筹和监管部门。',
  });
  add({
    kind: 'testing_body',
    name: '佛山市顺安检测技术有限公司',
    creditCode: demoCreditCode('91', '440605', serial++),
    regionCode: '440605',
    industryCode: 'M745',
    published: true,
  });
  let firstJiancaiMember: string | null = null;
  for (const association of DEMO_ASSOCIATIONS) {
    const associationId = add({
      kind: 'industry_organisation',
      name: association.name,
      creditCode: demoCreditCode('51', association.regionCode, serial++),
      regionCode: association.regionCode,
      industryCode: association.industryCode,
      published: true,
      description: `${association.name}：行业质量共治的组织者，开展质量信用、标准、消费维权等工作。`,
    });
    for (let i = 0; i < perAssociation; i++) {
      const [districtCode, districtName] = DISTRICTS[(i + association.key.length) % DISTRICTS.length] ??
        DISTRICTS[0] ?? ['440604', '禅城区'];
      const brand = BRANDS[(i * 7 + association.key.length) % BRANDS.length] ?? '华瓷';
      const product = association.productWords[i % association.productWords.length] ?? '';
      const name = `佛山市${districtName}${brand}${product}${association.suffix}`;
      if (byName.has(name)) continue;
      const enterpriseId = add({
        kind: 'enterprise',
        name,
        creditCode: demoCreditCode('91', districtCode, serial++),
        regionCode: districtCode,
        industryCode: association.industryCode,
        address: `广东省佛山市${districtName}工业大道${10 + i}号`,
        published: i % 5 !== 4,
      });
      if (association.key === 'jiancai' && firstJiancaiMember === null) firstJiancaiMember = name;
      memberRows.push({
        associationId,
        enterpriseId,
        level: LEVELS[i % LEVELS.length] ?? 'member',
        status: i % 11 === 10 ? 'suspended' : 'active',
        joinedOn: `20${15 + (i % 9)}-0${1 + (i % 9)}-15`,
      });
    }
  }

  await database.transaction(SYSTEM_SCOPE, async (tx) => {
    await tx.insert(organisation).values(orgRows);
    await tx.insert(membership).values(memberRows);
    for (const account of DEMO_ACCOUNTS) {
      const orgName = account.organisation === 'FIRST_JIANCAI_MEMBER' ? firstJiancaiMember : account.organisation;
      const organisationId = orgName ? (byName.get(orgName) ?? null) : null;
      const userId = randomUUID();
      await tx.insert(appUser).values({
        id: userId,
        username: account.username,
        displayName: account.displayName,
        // example.org is reserved for examples: mail to it goes nowhere real (set SMTP_URL to try it locally).
        email: `${account.username}@example.org`,
        passwordHash,
        homeOrganisationId: organisationId,
      });
      await tx.insert(roleAssignment).values({ userId, role: account.role, organisationId });
    }
    await audit(tx, null, {
      action: 'system.demo_seeded',
      targetType: 'system',
      targetId: null,
      organisationId: null,
      after: { organisations: orgRows.length, memberships: memberRows.length, accounts: DEMO_ACCOUNTS.length },
    });
  });
  return { seeded: true, organisations: orgRows.length, memberships: memberRows.length, accounts: DEMO_ACCOUNTS };
}
