import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  /** The raw message, with quoted-printable soft line breaks undone so that long lines (links) read whole. */
  data: string;
}

export interface MailInbox {
  /** What has arrived so far, oldest first (empty it with `messages.length = 0`). */
  messages: ReceivedMail[];
  /** The `smtpUrl` to configure the app with. */
  url: string;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps what it receives, for the tests of e-mail notifications. */
export async function startMailInbox(): Promise<MailInbox> {
  const messages: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        data += chunk;
      });
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), data: data.replace(/=\r?\n/g, '') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    messages,
    url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
