import nodemailer from 'nodemailer';
import type { Config } from '../../core/config.js';
import type { CalendarAttachment } from './tables.js';

/** One e-mail to hand to the SMTP server: its recipient and what email.ts composed. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  calendar?: CalendarAttachment | null;
}

export interface Mailer {
  /** False without SMTP_URL: send() keeps nothing and sends nothing (the outbox row is the e-mail). */
  readonly sends: boolean;
  /**
   * Hands the e-mail to the SMTP server and resolves with its Message-ID once the server accepted it;
   * null without SMTP_URL (the e-mail stays in the outbox). Rejects when the server refuses it or
   * cannot be reached: the caller (the job) retries.
   */
  send(email: OutgoingEmail): Promise<{ messageId: string } | null>;
  /** Closes the pooled connections (app close). */
  close(): Promise<void>;
}

/**
 * An SMTP failure, stripped of the server's words: a refusal often quotes the recipient's address,
 * and the job queue logs its jobs' errors. Only the codes stay (ECONNECTION, 550, RCPT TO…).
 */
export class MailDeliveryError extends Error {
  constructor(
    readonly code: string,
    readonly responseCode: number | null,
    readonly command: string | null,
  ) {
    super(`SMTP delivery failed: ${[code, responseCode, command].filter((x) => x !== null).join(' ')}`);
    this.name = 'MailDeliveryError';
  }

  static from(err: unknown): MailDeliveryError {
    const e = (err ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown };
    return new MailDeliveryError(
      typeof e.code === 'string' && /^[A-Z_]+$/.test(e.code) ? e.code : 'EUNKNOWN',
      typeof e.responseCode === 'number' ? e.responseCode : null,
      typeof e.command === 'string' ? e.command.replace(/[^A-Z ]/g, '').slice(0, 20) : null,
    );
  }
}

/**
 * Bounded waits, so that a stalled server fails the send (and the job retries it) instead of holding
 * it for nodemailer's default two minutes, or ten for the socket.
 */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * The mailer of SMTP_URL: a pooled nodemailer transport (a few connections reused across e-mails),
 * its From set to MAIL_FROM. The URL's own options (`?pool=false`, `?maxConnections=…`) win over
 * these defaults. No logging: nodemailer's logger stays off, so no address nor subject reaches the logs.
 */
export function createMailer(config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM'>): Mailer {
  if (!config.SMTP_URL) {
    return { sends: false, send: async () => null, close: async () => {} };
  }
  const transport = nodemailer.createTransport(
    { url: config.SMTP_URL, pool: true, maxConnections: 3, logger: false, debug: false, ...TIMEOUTS },
    { from: config.MAIL_FROM },
  );
  let closed = false;
  return {
    sends: true,
    async send(email) {
      if (closed) throw new Error('the mailer is closed');
      try {
        const info = await transport.sendMail({
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          headers: email.headers ?? {},
          // A text/calendar alternative with its METHOD, and the same as an invitation.ics attachment:
          // what Outlook and Thunderbird read to offer « Accepter » and put the meeting in the calendar.
          ...(email.calendar
            ? {
                icalEvent: {
                  method: email.calendar.method,
                  content: email.calendar.content,
                  filename: 'invitation-reunion.ics',
                },
              }
            : {}),
          // The message is what email.ts composed: nothing in it is read from a file or fetched.
          disableFileAccess: true,
          disableUrlAccess: true,
        });
        return { messageId: info.messageId };
      } catch (err) {
        throw MailDeliveryError.from(err);
      }
    },
    async close() {
      closed = true;
      transport.close();
    },
  };
}
