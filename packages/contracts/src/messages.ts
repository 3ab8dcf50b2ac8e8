import type { Locale } from './enums.js';
import type { ErrorCode, FieldIssue } from './errors.js';

type Params = Record<string, string | number>;
type Template = string;

/** Error and field messages, zh-CN first. `{name}` placeholders are filled from params. */
export const ERROR_MESSAGES: Record<Locale, Record<ErrorCode, Template>> = {
  'zh-CN': {
    validation_failed: '提交的内容有误，请检查标出的字段',
    invalid_credentials: '用户名或密码不正确',
    unauthenticated: '请先登录',
    forbidden: '您没有权限进行此操作',
    not_found: '未找到该记录',
    version_conflict: '该记录已被他人修改，请刷新后重试',
    transition_not_allowed: '当前状态（{status}）下不能进行此操作；可进行：{allowed}',
    duplicate: '记录已存在',
    payload_too_large: '提交的内容过大（上限 {limit}）',
    unsupported_media_type: '不支持的内容类型',
    account_locked: '登录失败次数过多，账户已锁定，请于 {until} 后重试',
    rate_limited: '请求过于频繁，请稍后再试',
    too_late: '已超过期限（{date}），不能再进行此操作',
    too_early: '尚不能进行此操作，最早可于 {date} 起办理',
    internal: '服务器内部错误，请稍后重试（编号 {requestId}）',
    service_unavailable: '服务暂不可用',
  },
  'en-US': {
    validation_failed: 'Some fields are not valid; please check the marked fields',
    invalid_credentials: 'Wrong username or password',
    unauthenticated: 'Please sign in first',
    forbidden: 'You are not allowed to do this',
    not_found: 'Record not found',
    version_conflict: 'Someone else changed this record; reload and try again',
    transition_not_allowed: 'This step is not allowed in the current state ({status}); allowed: {allowed}',
    duplicate: 'The record already exists',
    payload_too_large: 'The request is too large (limit {limit})',
    unsupported_media_type: 'Unsupported content type',
    account_locked: 'Too many failed sign-ins; the account is locked until {until}',
    rate_limited: 'Too many requests; try again later',
    too_late: 'The time limit ended on {date}; this can no longer be done',
    too_early: 'Not possible yet; possible from {date}',
    internal: 'Internal server error; please try again later (reference {requestId})',
    service_unavailable: 'Service unavailable',
  },
};

export const FIELD_MESSAGES: Record<Locale, Record<FieldIssue, Template>> = {
  'zh-CN': {
    required: '必填',
    too_long: '不能超过 {limit} 个字符',
    too_short: '不能少于 {limit} 个字符',
    pattern: '格式不正确',
    format: '应为有效的{format}',
    one_of: '应为以下之一：{allowed}',
    type: '类型不正确，应为{type}',
    unknown_field: '不允许的字段',
    too_small: '不能小于 {limit}',
    too_large: '不能大于 {limit}',
    uscc_length: '统一社会信用代码应为 18 位，当前 {length} 位',
    uscc_character: '第 {position} 位“{character}”不是统一社会信用代码允许的字符（不含 I、O、Z、S、V）',
    uscc_division: '第 3–8 位应为 6 位行政区划代码',
    uscc_org_code_check: '组织机构代码（第 9–17 位）校验位不正确，应为 {expected}',
    uscc_check_character: '校验位（第 18 位）不正确，应为 {expected}',
    duplicate_credit_code: '该统一社会信用代码已登记',
    unknown_division: '未知的行政区划代码 {code}',
    unknown_industry: '未知的国民经济行业代码 {code}',
    industry_required: '行业组织须填写所属行业',
    region_required: '须填写所在行政区划',
    password_weak: '密码至少 {min} 位，并包含大写字母、小写字母、数字、符号中的至少三类',
    password_reused: '新密码不能与当前密码相同',
    password_wrong: '当前密码不正确',
    duplicate_username: '该用户名已被使用',
    role_organisation_kind: '角色 {role} 须属于{kind}类组织',
    duplicate_membership: '该企业已是本组织成员',
    not_an_association: '该组织不是行业组织',
    not_an_enterprise: '该组织不是企业',
    date_order: '结束日期不能早于开始日期',
    malformed_json: '请求内容不是有效的 JSON',
    phone: '应为 11 位手机号码或带区号的固定电话',
    id_number: '身份证号码不正确（18 位，含出生日期与校验位）',
    request_required: '投诉须写明具体诉求',
    respondent_required: '请选择被投诉企业或填写其名称',
    association_required: '请选择受理的行业组织',
    not_a_member: '该企业不是所选行业组织的会员',
    consultation_only: '仅适用于咨询',
    complaint_only: '仅适用于投诉',
    enterprise_required: '被投诉方不是会员企业，不能转交企业处理',
    consent_required: '调解须经双方同意',
    attachment_type: '附件类型不支持（支持 JPEG、PNG、WebP、PDF），按内容识别为 {detected}',
    attachment_size: '附件不能超过 {limit}',
    attachment_encoding: '附件内容应为 Base64 编码',
    future_date: '不能晚于今天',
    not_a_regulator: '该组织不是市场监管部门',
    not_in_year: '日期 {day} 不在 {year} 年内',
    duplicate_day: '日期 {day} 重复',
    weekday_workday: '{day} 本身是工作日，不能作为调休上班日',
    year_not_loaded: '{year} 年节假日尚未载入',
    not_a_member_of_association: '该企业不是本会的在册会员',
    model_score_range: '分值范围有误：最低分须小于最高分，基础分须在两者之间',
    model_grades_order: '等级须按从高到低排列，每级起点分须低于上一级',
    model_grades_gap: '最低一级的起点分须不高于最低分，否则有分数落不进任何等级',
    model_grade_duplicate: '等级代码重复',
    model_unknown_grade: '引用了模型中不存在的等级',
    model_unknown_record_type: '未知的信用信息类型',
    model_window: '计分期限须大于 0 个月',
    model_rule_duplicate: '同一类型和严重程度的规则重复',
    remedy_required: '支持异议时须选择处理方式（撤销或更正）',
    correction_required: '更正时须至少修改一项内容',
    document_missing: '缺少材料：{document}',
    grade_not_eligible: '该企业当前公布的信用等级为 {grade}，不适用此措施（适用等级：{allowed}）',
    no_published_grade: '该企业尚无公布的信用等级',
    return_days_required: '线下无理由退货承诺须写明适用范围和退货期限（不少于 7 天）',
    not_repairable: '该记录不属于可修复的失信信息',
  },
  'en-US': {
    required: 'Required',
    too_long: 'At most {limit} characters',
    too_short: 'At least {limit} characters',
    pattern: 'Wrong format',
    format: 'Must be a valid {format}',
    one_of: 'Must be one of: {allowed}',
    type: 'Wrong type; expected {type}',
    unknown_field: 'Field not allowed',
    too_small: 'Must be at least {limit}',
    too_large: 'Must be at most {limit}',
    uscc_length: 'A Unified Social Credit Code has 18 characters; this has {length}',
    uscc_character: 'Character {position} "{character}" is not allowed in a credit code (no I, O, Z, S, V)',
    uscc_division: 'Characters 3–8 must be a 6-digit division code',
    uscc_org_code_check: 'The organisation code (characters 9–17) has a wrong check digit; expected {expected}',
    uscc_check_character: 'Wrong check character (18th); expected {expected}',
    duplicate_credit_code: 'This credit code is already registered',
    unknown_division: 'Unknown administrative division code {code}',
    unknown_industry: 'Unknown industry code {code}',
    industry_required: 'An industry organisation needs an industry',
    region_required: 'A region is required',
    password_weak: 'At least {min} characters, with at least three of: upper case, lower case, digits, symbols',
    password_reused: 'The new password must differ from the current one',
    password_wrong: 'The current password is wrong',
    duplicate_username: 'This username is taken',
    role_organisation_kind: 'Role {role} must belong to an organisation of kind {kind}',
    duplicate_membership: 'This enterprise is already a member',
    not_an_association: 'This organisation is not an industry organisation',
    not_an_enterprise: 'This organisation is not an enterprise',
    date_order: 'The end date cannot be before the start date',
    malformed_json: 'The body is not valid JSON',
    phone: 'Must be an 11-digit mobile number or a landline with area code',
    id_number: 'Not a valid ID number (18 characters with birth date and check character)',
    request_required: 'A complaint must state what is asked for',
    respondent_required: 'Choose the enterprise complained about or enter its name',
    association_required: 'Choose the association to handle it',
    not_a_member: 'This enterprise is not a member of the chosen association',
    consultation_only: 'Only for consultations',
    complaint_only: 'Only for complaints',
    enterprise_required: 'The respondent is not a member enterprise; it cannot be forwarded',
    consent_required: 'Mediation needs the consent of both parties',
    attachment_type: 'Attachment type not supported (JPEG, PNG, WebP, PDF); its content is {detected}',
    attachment_size: 'An attachment may be at most {limit}',
    attachment_encoding: 'Attachment content must be Base64',
    future_date: 'Cannot be later than today',
    not_a_regulator: 'This organisation is not a market regulator',
    not_in_year: 'Date {day} is not in {year}',
    duplicate_day: 'Date {day} appears twice',
    weekday_workday: '{day} is a weekday already; it cannot be a make-up working day',
    year_not_loaded: 'The holidays of {year} are not loaded',
    not_a_member_of_association: 'This enterprise is not an active member of the association',
    model_score_range: 'Score range: the minimum must be below the maximum and the base score between them',
    model_grades_order: 'Grades must be listed best first, each threshold below the one before',
    model_grades_gap: 'The lowest grade must start at or below the minimum score, or some scores fall into no grade',
    model_grade_duplicate: 'Duplicate grade code',
    model_unknown_grade: 'Refers to a grade the model does not define',
    model_unknown_record_type: 'Unknown credit record type',
    model_window: 'The window must be more than 0 months',
    model_rule_duplicate: 'Two rules for the same type and severity',
    remedy_required: 'An upheld objection needs a remedy (revoke or correct)',
    correction_required: 'A correction must change at least one field',
    document_missing: 'Missing document: {document}',
    grade_not_eligible: "The enterprise's published grade is {grade}; this measure needs {allowed}",
    no_published_grade: 'The enterprise has no published credit grade',
    return_days_required:
      'An offline no-reason return commitment needs its scope and a return period of at least 7 days',
    not_repairable: 'This record is not negative information that can be repaired',
  },
};

export function fill(template: Template, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

export function errorMessage(locale: Locale, code: ErrorCode, params?: Params): string {
  return fill(ERROR_MESSAGES[locale][code], params);
}

export function fieldMessage(locale: Locale, issue: FieldIssue, params?: Params): string {
  return fill(FIELD_MESSAGES[locale][issue], params);
}

/** Picks the response language from an Accept-Language header (zh-CN by default). */
export function pickLocale(header: string | undefined | null): Locale {
  if (!header) return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en-US';
  }
  return 'zh-CN';
}
