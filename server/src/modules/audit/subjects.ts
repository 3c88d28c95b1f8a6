import DataLoader from 'dataloader';
import { AUDIT_SUBJECT_KINDS, auditSubjectRestricted } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { clasAuditNames, clasYearConfigAuditNames } from '../clas/audit-names.js';
import { identityAuditNames } from '../identity/audit-names.js';
import { instancesAuditNames } from '../instances/audit-names.js';
import { notificationsAuditNames } from '../notifications/audit-names.js';
import { orientationAuditNames } from '../orientation/audit-names.js';
import { oncallAuditNames } from '../cpms/oncall/audit-names.js';
import { cpmsContractAuditNames } from '../cpms/contracts/audit-names.js';
import { jobsAuditNames } from '../jobs/audit-names.js';
import { parcoursAuditNames } from '../parcours/audit-names.js';
import { psadAuditNames } from '../psad/audit-names.js';
import { webhooksAuditNames } from '../webhooks/audit-names.js';

type Names = (ctx: RequestContext, ids: string[]) => Promise<Map<string, string>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MODULES = [
  identityAuditNames,
  psadAuditNames,
  clasAuditNames,
  parcoursAuditNames,
  notificationsAuditNames,
  jobsAuditNames,
  instancesAuditNames,
  orientationAuditNames,
  oncallAuditNames,
  cpmsContractAuditNames,
  webhooksAuditNames,
];

/** Who names each kind of object: its owning module, as the reader (see each module's audit-names.ts). */
const RESOLVERS: Record<string, Names> = {
  ...Object.fromEntries(
    MODULES.flatMap((names) =>
      Object.keys(names).map((type): [string, Names] => [
        type,
        (ctx, ids) => {
          const valid = ids.filter((id) => UUID.test(id));
          // Looked up at each call (not captured), so that a test can count the calls.
          return valid.length ? names[type]!(ctx, valid) : Promise.resolve(new Map());
        },
      ]),
    ),
  ),
  clas_year_config: clasYearConfigAuditNames,
};

/** The kinds of object the log can name: each has a French kind label (a test checks both lists agree). */
export const NAMED_SUBJECT_TYPES = Object.keys(RESOLVERS);

export interface AuditSubject {
  type: string;
  id: string;
  kindLabel: string;
  label: string;
  named: boolean;
}

const SEP = '\u0000';

/**
 * The objects of a page of events, named for the reader: one query per kind of object on the page
 * (a DataLoader gathers the page's subjects), never one per event. The name is never stored in the
 * event; an object the reader may not see, or that is gone, gets the neutral « … (accès restreint) ».
 */
export function auditSubjectLoader(ctx: RequestContext): DataLoader<string, AuditSubject> {
  return ctx.loader(
    'auditSubject',
    () =>
      new DataLoader<string, AuditSubject>(async (keys) => {
        const byType = new Map<string, Set<string>>();
        for (const key of keys) {
          const [type, id] = key.split(SEP) as [string, string];
          if (!byType.has(type)) byType.set(type, new Set());
          byType.get(type)!.add(id);
        }
        const names = new Map<string, string>();
        await Promise.all(
          [...byType].map(async ([type, ids]) => {
            const resolve = RESOLVERS[type];
            if (!resolve) return;
            for (const [id, name] of await resolve(ctx, [...ids])) names.set(type + SEP + id, name);
          }),
        );
        return keys.map((key) => {
          const [type, id] = key.split(SEP) as [string, string];
          const name = names.get(key);
          return {
            type,
            id,
            kindLabel: AUDIT_SUBJECT_KINDS[type]?.label ?? type,
            label: name ?? auditSubjectRestricted(type),
            named: name !== undefined,
          };
        });
      }),
  );
}

export function loadAuditSubject(ctx: RequestContext, type: string, id: string): Promise<AuditSubject> {
  return auditSubjectLoader(ctx).load(type + SEP + id);
}
