export * from './enums.js';
export * as orientation from './schemas.js';
export * as workPlanSchemas from './workplan.js';
export {
  WORK_PLAN_STATUSES,
  WORK_PLAN_STATUS_LABELS,
  WORK_PLAN_CLOSED_STATUSES,
  WORK_PLAN_REMINDER_KINDS,
  WORK_PLAN_MAX,
  type WorkPlanStatus,
  type WorkPlanReminderKind,
  isLate as isWorkPlanActionLate,
  reminderDue as workPlanReminderDue,
  monthsBetween,
  monthLabel,
  monthSpanLabel,
  lastDayOf as lastDayOfMonth,
} from './workplan.js';
