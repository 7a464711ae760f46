import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { mailConfig } from '@kennis/config';
import { createMailTransport } from './mail-transport.factory';
import type { MailTransport } from './mail-transport.types';
import type { ComposedMail } from './mail.types';

/** The configured transport: SMTP with SMTP_URL, otherwise .eml files under MAIL_DIR. */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly transport: MailTransport;

  constructor(@Inject(mailConfig.KEY) config: ConfigType<typeof mailConfig>) {
    this.transport = createMailTransport({ smtpUrl: config.smtpUrl, mailDirectory: config.mailDirectory });
  }

  send(mail: ComposedMail): Promise<{ messageId: string }> {
    return this.transport.send(mail);
  }

  /** After the queue workers have finished their running jobs (they close in beforeApplicationShutdown). */
  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }
}
