/** The public portal's rules and consultations pages (issue #7), in Simplified Chinese. Included as `rulesPortal`. */
export const rulesPortalZhCN = {
  title: '行业自律规范与规章制度',
  lead: '各行业协会向社会公开的章程、自律规范、职业道德准则和管理制度，均为现行有效版本。',
  association: '协会',
  allAssociations: '全部协会',
  kind: '类别',
  allKinds: '全部类别',
  empty: '暂无公开的文件。',
  versionLine: '第 {{number}} 版 · {{date}} 发布',
  versions: '版本记录',
  back: '返回列表',
  notPublic: '该文件不存在或未向社会公开。',
  consultationReport: '征求意见情况',
  consultations: {
    title: '公开征求意见',
    lead: '行业协会就文件草稿向社会公开征求意见；截止后逐条答复。',
    link: '公开征求意见',
    empty: '暂无公开征求意见。',
    deadline: '截止 {{date}}',
    comments: '意见 {{count}} 条',
    signIn: '登录后提出意见',
    notPublic: '该征求意见不存在或未向社会公开。',
    text: '征求意见稿',
    general: '总体意见',
    noComments: '暂无意见。',
    anonymous: '公众',
    unanswered: '待答复',
    answerLine: '处理：{{answer}}',
    reasonLine: '理由：{{reason}}',
  },
};

export type RulesPortalMessages = typeof rulesPortalZhCN;
