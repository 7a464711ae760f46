import type { ComposedMail } from './session-mail.types';

export interface MailTransport {
  deliver(mail: ComposedMail): Promise<{ messageId: string }>;
  close(): Promise<void>;
}

export interface MailTransportOptions {
  /** smtp:// or smtps:// URL; null writes .eml files to mailDirectory instead. */
  smtpUrl: string | null;
  mailDirectory: string;
}
