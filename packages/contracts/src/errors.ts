/** Stable error codes and the one table from code to HTTP status. */
export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_credentials: 401,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  transition_not_allowed: 409,
  duplicate: 409,
  too_late: 409,
  too_early: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  account_locked: 423,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** What can be wrong with one field. */
export const FIELD_ISSUES = [
  'required',
  'too_long',
  'too_short',
  'pattern',
  'format',
  'one_of',
  'type',
  'unknown_field',
  'too_small',
  'too_large',
  'uscc_length',
  'uscc_character',
  'uscc_division',
  'uscc_org_code_check',
  'uscc_check_character',
  'duplicate_credit_code',
  'unknown_division',
  'unknown_industry',
  'industry_required',
  'region_required',
  'password_weak',
  'password_reused',
  'password_wrong',
  'duplicate_username',
  'role_organisation_kind',
  'duplicate_membership',
  'not_an_association',
  'not_an_enterprise',
  'date_order',
  'malformed_json',
  'phone',
  'id_number',
  'request_required',
  'respondent_required',
  'association_required',
  'not_a_member',
  'consultation_only',
  'complaint_only',
  'enterprise_required',
  'consent_required',
  'attachment_type',
  'attachment_size',
  'attachment_encoding',
  'future_date',
  'not_a_regulator',
  'not_in_year',
  'duplicate_day',
  'weekday_workday',
  'year_not_loaded',
  'not_a_member_of_association',
  'model_score_range',
  'model_grades_order',
  'model_grades_gap',
  'model_grade_duplicate',
  'model_unknown_grade',
  'model_unknown_record_type',
  'model_window',
  'model_rule_duplicate',
  'remedy_required',
  'correction_required',
  'document_missing',
  'grade_not_eligible',
  'no_published_grade',
  'return_days_required',
  'not_repairable',
  'file_type',
  'file_empty',
  'header_not_found',
  'mapping_missing',
  'mapping_column',
  'mapping_duplicate',
  'date_invalid',
  'result_unknown',
  'duplicate_row',
  'rate_above_100',
  'batches_order',
  'notice_conflict',
  'not_unqualified',
  'enterprise_not_found',
  'framework_syntax',
  'framework_duplicate_code',
  'framework_tree',
  'framework_weights',
  'framework_scale',
  'framework_unknown_fact',
  'level_out_of_scale',
  'indicators_unscored',
  'not_in_scope',
  'not_an_indicator',
  'record_not_found',
  'user_not_in_organisation',
] as const;
export type FieldIssue = (typeof FIELD_ISSUES)[number];

export interface FieldError {
  field: string;
  issue: FieldIssue;
  message: string;
  params?: Record<string, string | number>;
}

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    requestId?: string;
    fields?: FieldError[];
    /** The values the message was made from (e.g. `status` and `allowed` of a refused step). */
    params?: Record<string, string | number>;
  };
}
