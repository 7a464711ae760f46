export { createMailTransport } from './mail-transport.factory';
export type { MailTransport, MailTransportOptions } from './mail-transport.types';
export { toNodemailerMessage } from './nodemailer-message';
export { composeSessionMail } from './session-mail.composer';
export type {
  ComposedMail,
  MailLanguage,
  MailRecipient,
  SessionMailDetails,
  SessionMailInput,
  SessionMailKind,
} from './session-mail.types';
export { MailSender } from './mail-sender';
export { MailModule } from './mail.module';
