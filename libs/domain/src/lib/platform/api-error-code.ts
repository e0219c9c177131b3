/**
 * Every code the API answers with. The web's dictionaries are `Record<ErrorCode, string>` in
 * each language, so a code added here without Swedish, Norwegian and English text fails the build.
 */
export const API_ERROR_CODES = [
  // Input and protocol
  'bad_request',
  'validation_failed',
  'malformed_json',
  'json_too_deep',
  'control_character',
  'payload_too_large',
  'csrf_invalid',
  'too_many_requests',
  'too_many_sign_in_attempts',
  'too_many_password_attempts',
  'too_many_reset_requests',
  // Access
  'unauthenticated',
  'invalid_credentials',
  'wrong_current_password',
  // A "forgot password" link that no longer works
  'reset_link_invalid',
  'reset_link_used',
  'reset_link_expired',
  'forbidden',
  'route_not_open',
  'role_not_allowed',
  'not_found',
  // Writes that meet the state of the records
  'conflict',
  'stale_version',
  'list_changed',
  'email_taken',
  'name_taken',
  'cannot_lock_out_self',
  'weak_password',
  'unknown_department',
  'unknown_person',
  'unknown_programme',
  'unknown_call',
  'call_of_other_programme',
  'field_not_editable',
  'department_not_yours',
  // The pipeline
  'move_refused',
  'copy_needs_closed',
  'already_copied',
  'not_closed',
  'not_an_idea',
  'restore_expired',
  'field_not_for_stage',
  // Fields that contradict each other (libs/domain's projectDateProblems and budgetProblems)
  'ends_before_start',
  'final_report_before_interim',
  'final_report_before_start',
  'grant_above_total',
  'not_whole_amount',
  // Co-funding
  'not_pending',
  'own_request',
  'not_head_of_department',
  'comment_required',
  'withdrawn',
  'rejected_not_withdrawn',
  'years_missing',
  'year_repeated',
  'amount_missing',
  'project_closed',
  'already_asked',
  // Who decides co-funding, and by when
  'above_delegation',
  'within_delegation',
  'not_recorder',
  'invalid_paragraph',
  'invalid_case_number',
  'meeting_in_future',
  'meeting_in_past',
  'department_required',
  'department_not_allowed',
  'body_exists',
  // Reminder rules
  'not_whole_days',
  'out_of_range',
  'too_many',
  // Documents
  'file_type_not_allowed',
  // The platform
  'queue_unavailable',
  'internal_error',
  // The mail log
  'unknown_mail_status',
  'resend_needs_confirmation',
  'mail_not_resendable',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/**
 * The codes the web app makes itself: a failure the API never answered (offline, a proxy's page),
 * and a taken programme name, which gets its own words instead of the department's.
 */
export const CLIENT_ERROR_CODES = ['network_error', 'unexpected', 'programme_name_taken'] as const;

export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** Every code a person may be shown a text for. */
export type ErrorCode = ApiErrorCode | ClientErrorCode;

export function isApiErrorCode(code: string): code is ApiErrorCode {
  return (API_ERROR_CODES as readonly string[]).includes(code);
}
