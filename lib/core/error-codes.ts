// Every error a counsellor can meet through a message, as codes. The sentence
// that says what happened and what to do lives in one place only: the locales
// (public/_locales/<lang>/messages.json, key `error_<code>`), and a test checks
// that each code has its sentence in each language.
export const ERROR_CODES = [
  'invalid_message',
  'untrusted_sender',
  'already_running',
  'not_running',
  'not_paused',
  'stop_before_start',
  'stop_in_future',
  'stop_after_day_end',
  'away_not_found',
  'start_in_future',
  'start_before_today',
  'start_after_day_end',
  'entry_not_found',
  'entry_empty',
  'entry_in_future',
  'entry_after_day_end',
  'entry_too_long',
  'split_outside',
  'trash_not_found',
  'friction_not_found',
  'domain_invalid',
  'domain_ip',
  'domain_listed',
  'domain_too_broad',
  'domain_not_permitted',
  'domain_not_found',
  'demo_not_empty',
  'week_mismatch',
  'demo_mixed',
  'file_duplicate',
  'too_few_contributors',
  'summary_too_close',
  'too_few_teams',
  'rules_mismatch',
  'rules_invalid',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
