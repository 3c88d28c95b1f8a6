export * from './coverage.js';
export * as oncallSchemas from './schemas.js';
export {
  CALLER_KINDS,
  CALLER_KIND_LABELS,
  CALL_CATEGORIES,
  CALL_CATEGORY_LABELS,
  CALL_URGENCIES,
  CALL_URGENCY_LABELS,
  SWAP_ROLES,
  SWAP_STATUSES,
  SWAP_STATUS_LABELS,
  SHIFT_STATUSES,
  ONCALL_REMINDER_LEAD_HOURS,
  ONCALL_MAX_WEEKS,
  type CallerKind,
  type CallCategory,
  type CallUrgency,
  type SwapRole,
  type SwapStatus,
  type ShiftStatus,
} from './schemas.js';
