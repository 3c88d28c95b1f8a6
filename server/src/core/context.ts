import type DataLoader from 'dataloader';
import type { Actor } from './auth/actor.js';
import type { AppError } from './errors.js';
import type { AuditEntry } from './audit.js';
import type { Tx } from './db/driver.js';
import type { Services } from './services.js';
import type { NotificationEvent } from '../modules/notifications/events.js';

/** A refusal: the action refused, why (a policy's name), and the object asked for when the request named one. */
export interface Denial {
  action: string;
  reason: string;
  subjectType?: string | null;
  subjectId?: string | null;
  /** Non-personal facts beside the policy (a budget and what was asked of it). */
  details?: Record<string, unknown>;
  /**
   * A refusal administrators must hear of (a read budget exceeded): raised with the DENIED event, at
   * most once an hour per user and action, so that a caller retrying does not flood them.
   */
  alert?: NotificationEvent;
  /** What the refusal must leave behind although the request rolls back (a wrong guess counted). */
  record?: (tx: Tx) => Promise<void>;
}

/** What every resolver and REST handler gets for one request. */
export interface RequestContext {
  requestId: string;
  /** The client's address, for the throttles of guesses (none outside an HTTP request). */
  address?: string;
  actor: Actor | null;
  /** Why the credentials sent were refused, if any were sent. */
  authError: AppError | null;
  /** The request's transaction, as the actor (row-level security applies). */
  readonly db: Tx;
  /** Appends an audit event in the request's transaction, in the actor's name. */
  audit(entry: Omit<AuditEntry, 'actorId' | 'requestId'>): Promise<void>;
  auditCount: number;
  /** Refusals to record once the request's transaction is over (they must survive its rollback). */
  denials: Denial[];
  /** Per-request loaders, created on first use. */
  loader<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V>;
  services: Services;
}
