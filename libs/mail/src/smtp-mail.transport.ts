import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { MailTransport } from './mail-transport.types';
import { toNodemailerMessage } from './nodemailer-message';
import type { ComposedMail } from './mail.types';

export class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string) {
    // A small pool of reused connections: one TCP and SMTP handshake per connection, not per message.
    this.transporter = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 5, maxMessages: 1000 });
  }

  /**
   * Resolves once the server accepted the message; throws (so the job retries) otherwise. The message
   * is built into one buffer first (the same MailComposer sendMail uses, so the same bytes): streamed,
   * nodemailer writes each small MIME chunk to the socket on its own, about a millisecond of socket
   * writes per invite on this kind of machine against one write for the buffer.
   */
  async send(mail: ComposedMail): Promise<{ messageId: string }> {
    const message = new MailComposer(toNodemailerMessage(mail)).compile();
    const raw = await message.build();
    await this.transporter.sendMail({ envelope: message.getEnvelope(), raw });
    return { messageId: mail.messageId };
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
