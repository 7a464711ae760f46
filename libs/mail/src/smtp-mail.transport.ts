import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { MailTransport } from './mail-transport.types';
import type { ComposedMail } from './mail.types';
import { writeMimeMessage } from './mime-message.writer';

export class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string) {
    // A small pool of reused connections: one TCP and SMTP handshake per connection, not per message.
    this.transporter = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 5, maxMessages: 1000 });
  }

  /**
   * Resolves once the server accepted the message; throws (so the job retries) otherwise. The message
   * is written into one buffer by Kennis's own MIME writer and handed to nodemailer as raw bytes with
   * its envelope: nodemailer stays the SMTP client, without building MIME from stream pipelines.
   */
  async send(mail: ComposedMail): Promise<{ messageId: string }> {
    const { raw, envelope } = writeMimeMessage(mail);
    await this.transporter.sendMail({ envelope, raw });
    return { messageId: mail.messageId };
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
