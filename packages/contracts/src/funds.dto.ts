/**
 * Funds of the association (issue #7, R-FUND-1, Appendix A C5): fund sources (self-raised, special funds
 * with declared purposes), budget lines, expenditures (never changed: a correction is a negative one) and
 * the funds report. Amounts are yuan with at most two decimals.
 *
 * Routes (all under /api/v1; `organisationId` = the association; its own people may leave it out,
 * a regulator names an association of its region):
 *   GET  /workspace/funds/sources        FundSourceListQuery → FundSourceDto[]                 workspace.read
 *   POST /workspace/funds/sources        FundSourceCreate → 201 FundSourceDto                  workspace.manage
 *   PUT  /workspace/funds/sources/:id    FundSourceUpdate → FundSourceDto                      workspace.manage
 *   GET  /workspace/funds/lines          BudgetLineListQuery → BudgetLineDto[]                 workspace.read
 *   POST /workspace/funds/lines          BudgetLineCreate → 201 BudgetLineDto                  workspace.manage
 *   PUT  /workspace/funds/lines/:id      BudgetLineUpdate → BudgetLineDto                      workspace.manage
 *   GET  /workspace/funds/expenditures   ExpenditureListQuery → Page<ExpenditureDto>           workspace.read
 *   POST /workspace/funds/expenditures   ExpenditureCreate → 201 ExpenditureDto                workspace.manage
 *   GET  /workspace/funds/report         FundsReportQuery → FundsReportDto                     workspace.read
 *   GET  /workspace/funds/report.xlsx    FundsReportQuery → xlsx                               workspace.read
 */
import { type Static, Type } from 'typebox';
import { DateOnly, DateTime, Enum, OrNull, PageQuery, strict, Uuid } from './dto.js';
import type { Locale } from './enums.js';
import {
  FUND_KINDS,
  FUND_PURPOSES,
  type FundKind,
  type FundPurpose,
  type InfrastructureKind,
  type InfrastructureScope,
  type PolicyKind,
  type TalentPool,
} from './workspace.js';

/** The largest amount numeric(14,2) holds. */
export const AMOUNT_MAX = 999_999_999_999.99;
/** A positive amount in yuan (two decimals at most: checked by the server). */
const PositiveAmount = Type.Number({ exclusiveMinimum: 0, maximum: AMOUNT_MAX });
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const Name = Type.String({ minLength: 1, maxLength: 200 });
const Short = Type.String({ maxLength: 200 });
const Text = Type.String({ maxLength: 2000 });

/** Whole fen of an amount in yuan, or null when it has more than two decimals. */
export function toFen(yuan: number): number | null {
  const fen = Math.round(yuan * 100);
  return Math.abs(yuan * 100 - fen) < 1e-6 ? fen : null;
}
export const fromFen = (fen: number): number => fen / 100;

export const FundKindSchema = Enum(FUND_KINDS);
export const FundPurposeSchema = Enum(FUND_PURPOSES);

export const FundsOrgQuery = { organisationId: Type.Optional(Uuid) };

// ---------------------------------------------------------------- fund sources
export const FundSourceDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  kind: FundKindSchema,
  name: Type.String(),
  grantor: Type.String(),
  purposes: Type.Array(FundPurposeSchema),
  purposeNote: Type.String(),
  amount: Type.Number(),
  receivedOn: DateOnly,
  year: Type.Integer(),
  /** held by its budget lines */
  budgeted: Type.Number(),
  spent: Type.Number(),
  version: Type.Integer(),
  updatedAt: DateTime,
});
export type FundSourceDto = Static<typeof FundSourceDto>;

export const FundSourceListQuery = Type.Object({ ...FundsOrgQuery, year: Type.Optional(Year) }, strict);
export type FundSourceListQuery = Static<typeof FundSourceListQuery>;

const fundSourceFields = {
  name: Name,
  grantor: Type.Optional(Short),
  purposes: Type.Optional(Type.Array(FundPurposeSchema, { maxItems: FUND_PURPOSES.length, uniqueItems: true })),
  purposeNote: Type.Optional(Text),
  amount: PositiveAmount,
  receivedOn: DateOnly,
  year: Year,
};
export const FundSourceCreate = Type.Object({ kind: FundKindSchema, ...fundSourceFields }, strict);
export type FundSourceCreate = Static<typeof FundSourceCreate>;
export const FundSourceUpdate = Type.Object({ ...fundSourceFields, version: Type.Integer({ minimum: 1 }) }, strict);
export type FundSourceUpdate = Static<typeof FundSourceUpdate>;

// ---------------------------------------------------------------- budget lines
export const BudgetLineDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  fundSourceId: Uuid,
  fundSourceName: Type.String(),
  fundKind: FundKindSchema,
  /** the source's declared purposes (empty: any) */
  allowedPurposes: Type.Array(FundPurposeSchema),
  year: Type.Integer(),
  purpose: FundPurposeSchema,
  name: Type.String(),
  amount: Type.Number(),
  spent: Type.Number(),
  remaining: Type.Number(),
  version: Type.Integer(),
});
export type BudgetLineDto = Static<typeof BudgetLineDto>;

export const BudgetLineListQuery = Type.Object(
  { ...FundsOrgQuery, year: Type.Optional(Year), fundSourceId: Type.Optional(Uuid) },
  strict,
);
export type BudgetLineListQuery = Static<typeof BudgetLineListQuery>;

export const BudgetLineCreate = Type.Object(
  { fundSourceId: Uuid, year: Year, purpose: FundPurposeSchema, name: Name, amount: PositiveAmount },
  strict,
);
export type BudgetLineCreate = Static<typeof BudgetLineCreate>;
/** The purpose and source stay (expenditures were booked against them); name and amount change. */
export const BudgetLineUpdate = Type.Object(
  { name: Name, amount: PositiveAmount, version: Type.Integer({ minimum: 1 }) },
  strict,
);
export type BudgetLineUpdate = Static<typeof BudgetLineUpdate>;

// ---------------------------------------------------------------- expenditures
export const ExpenditureDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  budgetLineId: Uuid,
  budgetLineName: Type.String(),
  fundSourceId: Uuid,
  fundSourceName: Type.String(),
  fundKind: FundKindSchema,
  purpose: FundPurposeSchema,
  amount: Type.Number(),
  spentOn: DateOnly,
  payee: Type.String(),
  description: Type.String(),
  voucherNumber: Type.String(),
  taskId: Type.Union([Uuid, Type.Null()]),
  createdAt: DateTime,
});
export type ExpenditureDto = Static<typeof ExpenditureDto>;

export const ExpenditureListQuery = Type.Object(
  {
    ...FundsOrgQuery,
    year: Type.Optional(Year),
    fundSourceId: Type.Optional(Uuid),
    budgetLineId: Type.Optional(Uuid),
    purpose: Type.Optional(FundPurposeSchema),
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    ...PageQuery,
  },
  strict,
);
export type ExpenditureListQuery = Static<typeof ExpenditureListQuery>;

export const ExpenditureCreate = Type.Object(
  {
    budgetLineId: Uuid,
    /** the purpose the spender declares; must be the line's (and so one of a special fund's) */
    purpose: Type.Optional(FundPurposeSchema),
    /** negative: a correction of earlier spending */
    amount: Type.Number({ minimum: -AMOUNT_MAX, maximum: AMOUNT_MAX }),
    spentOn: DateOnly,
    payee: Name,
    description: Type.Optional(Text),
    voucherNumber: Type.Optional(Type.String({ maxLength: 60 })),
    taskId: Type.Optional(OrNull(Uuid)),
  },
  strict,
);
export type ExpenditureCreate = Static<typeof ExpenditureCreate>;

// ---------------------------------------------------------------- report
export const FundsReportQuery = Type.Object(
  {
    ...FundsOrgQuery,
    year: Type.Optional(Year),
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    lang: Type.Optional(Enum(['zh-CN', 'en-US'] as const)),
  },
  strict,
);
export type FundsReportQuery = Static<typeof FundsReportQuery>;

const Rate = Type.Union([Type.Number(), Type.Null()]);
export const FundsReportDto = Type.Object({
  organisationId: Uuid,
  organisationName: Type.String(),
  from: DateOnly,
  to: DateOnly,
  totals: Type.Object({
    received: Type.Number(),
    budgeted: Type.Number(),
    spent: Type.Number(),
    remaining: Type.Number(),
    executionRate: Rate,
  }),
  bySource: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      kind: FundKindSchema,
      grantor: Type.String(),
      received: Type.Number(),
      budgeted: Type.Number(),
      spent: Type.Number(),
      remaining: Type.Number(),
      executionRate: Rate,
    }),
  ),
  byPurpose: Type.Array(
    Type.Object({ purpose: FundPurposeSchema, budgeted: Type.Number(), spent: Type.Number(), executionRate: Rate }),
  ),
  byLine: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      fundSourceName: Type.String(),
      purpose: FundPurposeSchema,
      amount: Type.Number(),
      spent: Type.Number(),
      remaining: Type.Number(),
      executionRate: Rate,
    }),
  ),
  /** each special fund's spending by purpose against what it declared */
  specialUse: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      purposes: Type.Array(FundPurposeSchema),
      spentByPurpose: Type.Array(
        Type.Object({ purpose: FundPurposeSchema, spent: Type.Number(), allowed: Type.Boolean() }),
      ),
      /** spent outside the declared purposes: 0 when the fund was used only for its purposes */
      spentOutside: Type.Number(),
    }),
  ),
});
export type FundsReportDto = Static<typeof FundsReportDto>;

// ---------------------------------------------------------------- labels
export interface WorkspaceResourceLabels {
  fundKind: Record<FundKind, string>;
  fundPurpose: Record<FundPurpose, string>;
  infrastructureScope: Record<InfrastructureScope, string>;
  infrastructureKind: Record<InfrastructureKind, string>;
  talentPool: Record<TalentPool, string>;
  policyKind: Record<PolicyKind, string>;
}

/** The words for the funds and resources value lists: server messages and exports, and the web's i18n. */
export const WORKSPACE_RESOURCE_LABELS: Record<Locale, WorkspaceResourceLabels> = {
  'zh-CN': {
    fundKind: { self_raised: '自筹资金', special: '专项资金' },
    fundPurpose: {
      standards: '标准制修订',
      spot_check_testing: '抽检检测',
      credit_system: '信用体系建设',
      consumer_rights: '消费维权',
      training: '培训',
      brand_building: '品牌建设',
      research: '调查研究',
      publicity: '宣传推广',
      platform_operation: '平台运行',
      administration: '日常管理',
    },
    infrastructureScope: { internal: '内部', external: '外部' },
    infrastructureKind: {
      office: '办公场所',
      testing_lab: '检验检测实验室',
      information_platform: '信息平台',
      one_stop_service: '一站式质量基础设施服务平台',
      training_venue: '培训场所',
      other: '其他',
    },
    talentPool: {
      regulator_staff: '监管部门人员',
      association_staff: '协会工作人员',
      member_delegate: '会员代表',
      external_expert: '外部专家',
      partner_delegate: '合作方代表',
    },
    policyKind: {
      law: '法律法规',
      project_call: '项目申报',
      industrial_policy: '产业政策',
      trade_policy: '贸易政策',
      standard: '标准',
    },
  },
  'en-US': {
    fundKind: { self_raised: 'Self-raised', special: 'Special fund' },
    fundPurpose: {
      standards: 'Standards',
      spot_check_testing: 'Spot-check testing',
      credit_system: 'Credit system',
      consumer_rights: 'Consumer rights',
      training: 'Training',
      brand_building: 'Brand building',
      research: 'Research',
      publicity: 'Publicity',
      platform_operation: 'Platform operation',
      administration: 'Administration',
    },
    infrastructureScope: { internal: 'Internal', external: 'External' },
    infrastructureKind: {
      office: 'Office',
      testing_lab: 'Testing laboratory',
      information_platform: 'Information platform',
      one_stop_service: 'One-stop quality infrastructure service platform',
      training_venue: 'Training venue',
      other: 'Other',
    },
    talentPool: {
      regulator_staff: 'Regulator staff',
      association_staff: 'Association staff',
      member_delegate: 'Member delegates',
      external_expert: 'External experts',
      partner_delegate: 'Partner delegates',
    },
    policyKind: {
      law: 'Law or regulation',
      project_call: 'Project call',
      industrial_policy: 'Industrial policy',
      trade_policy: 'Trade policy',
      standard: 'Standard',
    },
  },
};
