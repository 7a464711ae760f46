import type { ComposedMail } from './mail.types';

export interface MailTransport {
  send(mail: ComposedMail): Promise<{ messageId: string }>;
  close(): Promise<void>;
}

export interface MailTransportOptions {
  /** smtp:// or smtps:// URL; null writes .eml files to mailDirectory instead. */
  smtpUrl: string | null;
  mailDirectory: string;
}
