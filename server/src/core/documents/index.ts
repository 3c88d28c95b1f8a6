/** What the instances module (meetings, minutes, annual bilan) issues: documents and invitations. */
export { meetingCalendar, weeklyTimetableCalendar, type MeetingInvitation, type WeeklyEvent } from './calendar.js';
export { renderDocx } from './docx.js';
export type * from './model.js';
export { MASKED } from './model.js';
export { renderPdf } from './pdf.js';
export { frenchDate, frenchDay } from './dates.js';
