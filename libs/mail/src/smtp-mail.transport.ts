import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { MailTransport } from './mail-transport.types';
import { toNodemailerMessage } from './nodemailer-message';
import type { ComposedMail } from './mail.types';

export class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string) {
    // A small pool of reused connections: one TCP and SMTP handshake per connection, not per message.
    this.transporter = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 5, maxMessages: 1000 });
  }

  /** Resolves once the server accepted the message; throws (so the job retries) otherwise. */
  async send(mail: ComposedMail): Promise<{ messageId: string }> {
    await this.transporter.sendMail(toNodemailerMessage(mail));
    return { messageId: mail.messageId };
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
