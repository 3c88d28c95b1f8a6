import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Mail {
  to: string[];
  subject: string;
  /** The message as sent (headers and every part, encoded). */
  raw: string;
  /** The plain-text part, decoded. */
  text: string;
  /** The HTML part, decoded. */
  html: string;
  /** Each iCalendar part (text/calendar alternative or .ics attachment), decoded, once per content. */
  calendars: string[];
}

export interface Mailbox {
  url: string;
  received: Mail[];
  close: () => Promise<void>;
}

/** A real SMTP server (smtp-server, by nodemailer's authors) on a free port, keeping what it receives. */
export async function startMailbox(): Promise<Mailbox> {
  const received: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        void simpleParser(raw).then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            raw,
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            calendars: [
              ...new Set(
                mail.attachments
                  .filter((a) => a.contentType === 'text/calendar' || a.filename?.endsWith('.ics'))
                  .map((a) => a.content.toString('utf8')),
              ),
            ],
          });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
