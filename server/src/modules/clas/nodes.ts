import type { ClasYearConfig } from '@maillage/shared';
import type { GroupRow, SessionLogRow } from './figures.js';
import type { clasComment, clasDecision } from './tables.js';

// What the CLAS GraphQL types are resolved from (server/codegen.ts maps each type to one of these).

/** A group as the API shows it: with what its fields need of its project (year, and whether the caller is its holder). */
export type GroupNode = GroupRow & { schoolYear: string; holder: boolean };
/** A session log; `presentRosterIds` set when the caller is known to be the holder and the marks are at hand. */
export type SessionLogNode = SessionLogRow & { holder: boolean; presentRosterIds?: string[] };
/** A decision, with the year's configuration as it stood (stored before `configured` and `version` were kept). */
export type DecisionNode = Omit<typeof clasDecision.$inferSelect, 'config'> & {
  config: ClasYearConfig & { configured?: boolean; version?: number };
};
export type CommentRow = typeof clasComment.$inferSelect;
