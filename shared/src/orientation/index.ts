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
export * as evaluation from './evaluation.js';
export {
  INTERVIEW_THEMES,
  INTERVIEW_THEME_LABELS,
  QVT_QUESTION_KINDS,
  QVT_QUESTION_KIND_LABELS,
  QVT_MIN_RESPONDENTS,
  type InterviewTheme,
  type QvtQuestionKind,
} from './evaluation.js';
