/**
 * Demo funds and resources (issue #7), made through the real services for 佛山市建材行业协会: this year's
 * membership dues and a municipal special fund for standards and spot-check testing, with budget lines
 * and a few expenditures; the infrastructure it uses (incl. the one-stop quality infrastructure service
 * platform); people in each human-resource pool; three policies with one submitted feedback.
 * Does nothing when the association already has fund sources.
 */
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { todayInShanghai } from '../kernel/clock.js';
import { fundsService } from '../modules/funds/funds.service.js';
import { resourcesService } from '../modules/resources/resources.service.js';
import { actorOf } from './demo-complaints.js';

export interface FundsSeedSummary {
  seeded: boolean;
  sources: number;
  expenditures: number;
  people: number;
  policies: number;
}

export async function seedDemoFunds(database: Database, config: Config): Promise<FundsSeedSummary> {
  const funds = fundsService({ database, config });
  const resources = resourcesService({ database, config });
  const staff = await actorOf(database, 'jiancai.staff');
  const none = { seeded: false, sources: 0, expenditures: 0, people: 0, policies: 0 };
  if ((await funds.listSources(staff, {})).length > 0) return none;

  const today = todayInShanghai();
  const year = Number(today.slice(0, 4));
  const on = (month: number, day: number) => {
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return date <= today ? date : today;
  };

  // ---- funds
  const dues = await funds.createSource(staff, {
    kind: 'self_raised',
    name: `${year}年度会费`,
    grantor: '会员单位',
    amount: 380000,
    receivedOn: on(1, 20),
    year,
  });
  const special = await funds.createSource(staff, {
    kind: 'special',
    name: '市级质量提升专项资金',
    grantor: '佛山市市场监督管理局',
    purposes: ['standards', 'spot_check_testing'],
    purposeNote: '用于建材行业团体标准制修订和产品质量比对抽检',
    amount: 200000,
    receivedOn: on(3, 15),
    year,
  });
  const standards = await funds.createLine(staff, {
    fundSourceId: special.id,
    year,
    purpose: 'standards',
    name: '陶瓷砖防滑团体标准制定',
    amount: 120000,
  });
  const testing = await funds.createLine(staff, {
    fundSourceId: special.id,
    year,
    purpose: 'spot_check_testing',
    name: '瓷砖产品质量比对抽检',
    amount: 80000,
  });
  const training = await funds.createLine(staff, {
    fundSourceId: dues.id,
    year,
    purpose: 'training',
    name: '首席质量官培训班',
    amount: 60000,
  });
  const admin = await funds.createLine(staff, {
    fundSourceId: dues.id,
    year,
    purpose: 'administration',
    name: '秘书处日常运行',
    amount: 150000,
  });
  const spends = [
    {
      line: standards.id,
      amount: 45000,
      spentOn: on(4, 10),
      payee: '广东省标准化研究院',
      voucher: '记-04-012',
      text: '团体标准起草技术服务费（首期）',
    },
    {
      line: testing.id,
      amount: 36800,
      spentOn: on(5, 8),
      payee: '国家陶瓷及水暖卫浴产品质量检验检测中心',
      voucher: '记-05-007',
      text: '比对抽检检测费 46 批次',
    },
    {
      line: training.id,
      amount: 18500,
      spentOn: on(4, 22),
      payee: '佛山市质量技术培训中心',
      voucher: '记-04-031',
      text: '首席质量官培训班场地及讲师费',
    },
    {
      line: admin.id,
      amount: 52000,
      spentOn: on(3, 31),
      payee: '秘书处',
      voucher: '记-03-040',
      text: '一季度办公及人员费用',
    },
  ];
  for (const s of spends) {
    await funds.createExpenditure(staff, {
      budgetLineId: s.line,
      amount: s.amount,
      spentOn: s.spentOn,
      payee: s.payee,
      description: s.text,
      voucherNumber: s.voucher,
    });
  }

  // ---- infrastructure
  const items = [
    {
      scope: 'external',
      kind: 'one_stop_service',
      name: '佛山市一站式质量基础设施服务平台',
      provider: '佛山市市场监督管理局',
      description: '计量、标准、认证认可、检验检测、质量管理一站式服务',
      contact: '0757-83000000',
    },
    {
      scope: 'external',
      kind: 'testing_lab',
      name: '国家陶瓷及水暖卫浴产品质量检验检测中心',
      provider: '佛山市质量计量监督检测中心',
      description: '陶瓷砖、卫生陶瓷检验检测',
      contact: '',
    },
    {
      scope: 'internal',
      kind: 'office',
      name: '协会秘书处办公室',
      provider: '',
      description: '禅城区季华路，约 260 平方米',
      contact: '',
    },
    {
      scope: 'internal',
      kind: 'information_platform',
      name: '共治平台',
      provider: '',
      description: '会员、信用、投诉、抽检数据的工作平台',
      contact: '',
    },
  ] as const;
  for (const item of items) await resources.createInfrastructure(staff, { ...item });

  // ---- people (§8.3.2: five pools)
  const people = [
    {
      pool: 'regulator_staff',
      name: '李科员',
      affiliation: '佛山市市场监督管理局',
      title: '质量发展科科员',
      phone: '13800000001',
    },
    {
      pool: 'association_staff',
      name: '黄秘书长',
      affiliation: '佛山市建材行业协会',
      title: '秘书长',
      phone: '13800000002',
    },
    { pool: 'association_staff', name: '周干事', affiliation: '佛山市建材行业协会', title: '质量工作部干事' },
    {
      pool: 'member_delegate',
      name: '陈质量总监',
      affiliation: '佛山市顺德区顺安建材有限公司',
      title: '首席质量官',
      phone: '13800000003',
    },
    { pool: 'member_delegate', name: '梁厂长', affiliation: '会员企业', title: '生产厂长' },
    {
      pool: 'external_expert',
      name: '张教授',
      affiliation: '华南理工大学材料学院',
      title: '教授',
      specialties: ['陶瓷材料', '标准化'],
      email: 'zhang@example.edu.cn',
    },
    {
      pool: 'external_expert',
      name: '吴高工',
      affiliation: '佛山市质量计量监督检测中心',
      title: '高级工程师',
      specialties: ['检验检测'],
    },
    { pool: 'partner_delegate', name: '何主任', affiliation: '佛山市消费者委员会', title: '投诉部主任' },
  ] as const;
  for (const person of people)
    await resources.createTalent(staff, {
      ...person,
      specialties: [...('specialties' in person ? person.specialties : [])],
    });

  // ---- policies and one submitted feedback
  const law = await resources.createPolicy(staff, {
    kind: 'law',
    title: '中华人民共和国产品质量法',
    issuer: '全国人民代表大会常务委员会',
    documentNumber: '主席令第二十二号',
    issuedOn: '2018-12-29',
    effectiveOn: '2018-12-29',
    url: 'https://www.samr.gov.cn/',
    summary: '生产者、销售者的产品质量责任和义务，监督检查与法律责任。',
  });
  await resources.createPolicy(staff, {
    kind: 'project_call',
    title: `关于申报${year}年度质量提升项目的通知`,
    issuer: '佛山市市场监督管理局',
    issuedOn: on(3, 1),
    deadline: `${year}-12-15`,
    summary: '支持行业组织开展团体标准、质量比对和品牌建设项目。',
  });
  await resources.createPolicy(staff, {
    kind: 'industrial_policy',
    title: '佛山市建材产业高质量发展若干措施',
    issuer: '佛山市人民政府',
    issuedOn: `${year - 1}-09-01`,
    effectiveOn: `${year - 1}-10-01`,
    summary: '推动陶瓷建材产业绿色化、智能化改造和品牌建设。',
  });
  await resources.createFeedback(staff, law.id, {
    effect: '会员企业对产品质量主体责任认识明显增强，抽检合格率上升。',
    suggestions: '建议对小微企业的检验能力建设给予指导。',
    demands: '会员普遍希望减少同类产品短期内的重复抽检。',
    submit: true,
  });

  return { seeded: true, sources: 2, expenditures: spends.length, people: people.length, policies: 3 };
}
