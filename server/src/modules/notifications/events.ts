import type { NotificationKind } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { asOwner } from '../../core/db/actor-tx.js';
import type { Tx } from '../../core/db/driver.js';
import type { Services } from '../../core/services.js';
import type { Audience } from './audiences.js';
import type { CalendarInvite } from './tables.js';

/** The job that turns an event into each recipient's notification (fanout.ts). */
export const FANOUT_JOB = 'notification-fanout';

/**
 * Something happened that users should be told of. Never a person's name nor a detail of their
 * situation: the kind, the organisation concerned, how many objects, and the app's path to them.
 */
export interface NotificationEvent {
  kind: NotificationKind;
  audience: Audience;
  /** The organisation the notice names (« pour Mission locale de Bourges »). */
  organisationId?: string | null;
  target?: { type: string; id: string } | null;
  /** The app's path to the object (/psad/dossiers/…), relative to APP_URL. */
  link: string;
  count?: number;
  /** An iCalendar invitation the e-mails carry (a meeting's); those recipients get it now, not in the digest. */
  calendar?: CalendarInvite | null;
  /** Who caused it: never told of their own act. */
  actorId?: string | null;
}

/** NOTIFICATIONS=off (benchmarks, maintenance windows): no event raises anything. */
const silenced = (services: Pick<Services, 'config'>) => services.config.NOTIFICATIONS === 'off';

/**
 * Raises `event` in the request's transaction: its fan-out job exists only if the change commits, and
 * the request does not wait for it (nor for any e-mail).
 */
export async function notify(ctx: RequestContext, event: NotificationEvent): Promise<void> {
  if (silenced(ctx.services)) return;
  const actor = ctx.actor;
  if (!actor) throw new Error('notify needs an actor (use notifyNow outside a request)');
  // The queue's tables are the owner's: the job is written as the owner, in the same transaction.
  await asOwner(ctx.db, actor, (tx) => ctx.services.jobs.sendInTx(tx, FANOUT_JOB, { actorId: actor.userId, ...event }));
}

/** Raises `event` outside a request's transaction (a sign-in refused, a scheduled reminder). */
export async function notifyNow(services: Pick<Services, 'jobs' | 'config'>, event: NotificationEvent): Promise<void> {
  if (silenced(services)) return;
  await services.jobs.send(FANOUT_JOB, event);
}

/** Raises `event` in a transaction of the owner's (sign-in, which runs before any actor exists). */
export async function notifyInTx(
  services: Pick<Services, 'jobs' | 'config'>,
  tx: Tx,
  event: NotificationEvent,
): Promise<void> {
  if (silenced(services)) return;
  await services.jobs.sendInTx(tx, FANOUT_JOB, event);
}
