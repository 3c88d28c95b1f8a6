import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on a free port of the loopback, in the bench's process (N1): it accepts every
 * message, keeps nothing of it but its recipients and the moment its data ended (performance.now(),
 * the bench's clock), and lets the bench wait for the n-th message.
 */
export interface SmtpSink {
  url: string;
  /** Messages accepted so far. */
  readonly count: number;
  /** Recipients of every message accepted so far, in order. */
  readonly recipients: string[][];
  /** The time (performance.now()) the n-th message (1-based) was accepted, once it has been; rejects after `timeoutMs`. */
  waitFor(n: number, timeoutMs: number): Promise<number>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const times: number[] = [];
  const recipients: string[][] = [];
  let waiters: { n: number; resolve: (t: number) => void }[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 1000,
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        times.push(performance.now());
        recipients.push(session.envelope.rcptTo.map((r) => r.address));
        waiters = waiters.filter((w) => {
          if (times.length < w.n) return true;
          w.resolve(times[w.n - 1]!);
          return false;
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    get count() {
      return times.length;
    },
    recipients,
    waitFor(n, timeoutMs) {
      if (times.length >= n) return Promise.resolve(times[n - 1]!);
      return new Promise((resolve, reject) => {
        const waiter = {
          n,
          resolve: (t: number) => {
            clearTimeout(timer);
            resolve(t);
          },
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          reject(new Error(`SMTP: ${times.length} messages after ${timeoutMs / 1000}s, waiting for the ${n}th`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
