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
export { MailDelivery } from './mail-delivery';
export { MailModule } from './mail.module';
export { OutboxMailDelivery } from './outbox-mail.delivery';
export type { MailComposition, MailDeliveryOutcome } from './outbox-mail.delivery';
