/** The public portal's spot-check pages (issue #6), in Simplified Chinese. Included as `spotCheckPortal`. */
export const spotCheckPortalZhCN = {
  nav: {
    spotChecks: '监督抽查',
    section: '监督抽查栏目',
    notices: '抽查公告',
    failing: '不合格产品',
  },
  home: {
    title: '监督抽查结果',
    text: '查询已公布的产品质量监督抽查公告，以及会员企业的不合格产品和复检情况。',
  },
  labelValue: '{{label}}：{{value}}',
  notices: {
    title: '监督抽查公告',
    lead: '市场监管部门公布的产品质量监督抽查结果，以及其中会员企业的不合格产品数。',
    searchLabel: '公告标题、编号或产品类别',
    results: '找到 {{total}} 条公告',
    resultsLowerBound: '找到超过 {{total}} 条公告',
    empty: '暂无已公布的抽查公告',
    emptyHint: '监管部门导入抽查结果后将在此公布。',
    noMatch: '没有找到符合条件的公告',
    noMatchHint: '请尝试更短的关键词。',
    viewFailing: '查看会员企业不合格产品',
    fields: {
      noticeNo: '公告编号',
      owner: '发布单位',
      level: '抽查层级',
      publishedOn: '公布日期',
      category: '产品类别',
      inspected: '检验批次',
      unqualified: '不合格批次',
      refusals: '拒检',
      rate: '不合格率',
      memberFailures: '会员企业不合格',
    },
  },
  failing: {
    title: '会员企业不合格产品',
    lead: '监督抽查中判定不合格的会员企业产品。企业申请复检的，结果在复检完成前可能变更。',
    searchLabel: '企业名称或产品名称',
    results: '找到 {{total}} 条不合格产品',
    resultsLowerBound: '找到超过 {{total}} 条不合格产品',
    empty: '暂无会员企业不合格产品',
    emptyHint: '抽查公告中没有会员企业的不合格产品。',
    noMatch: '没有找到符合条件的产品',
    noMatchHint: '请尝试更短的企业名称或产品名称。',
    reinspecting: '复检中',
    reinspectingNote: '企业已申请复检，复检结论作出前结果可能变更。',
    fields: {
      product: '产品名称',
      trademark: '商标',
      modelSpec: '规格型号',
      batch: '生产日期/批号',
      failingItems: '不合格项目',
      inspectionBody: '检验机构',
      notice: '抽查公告',
      publishedOn: '公布日期',
      creditCode: '统一社会信用代码',
      associations: '所属行业组织',
    },
  },
  enums: {
    level: { national: '国家级', provincial: '省级', municipal: '市级', district: '区级' },
  },
} as const;

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape the English texts must fill in full. */
export type SpotCheckPortalMessages = Widen<typeof spotCheckPortalZhCN>;
