import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Sends each mail; a failure is logged and does not stop the others (in-app notices already exist). */
  send(mails: Mail[]): Promise<{ sent: number; failed: number }>;
  close(): void;
}

/** SMTP through nodemailer when SMTP_URL is set; otherwise mails are only logged. */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>, log?: FastifyBaseLogger): Mailer {
  const transport: Transporter | null = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  return {
    async send(mails) {
      let sent = 0;
      let failed = 0;
      for (const mail of mails) {
        if (!transport) {
          log?.debug({ to: mail.to, subject: mail.subject }, 'no SMTP_URL: e-mail not sent');
          continue;
        }
        try {
          await transport.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
          sent += 1;
        } catch (error) {
          failed += 1;
          log?.warn({ err: error, to: mail.to, subject: mail.subject }, 'e-mail not sent');
        }
      }
      return { sent, failed };
    },
    close() {
      transport?.close();
    },
  };
}
