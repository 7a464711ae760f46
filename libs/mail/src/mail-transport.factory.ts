import { FileMailTransport } from './file-mail.transport';
import type { MailTransport, MailTransportOptions } from './mail-transport.types';
import { SmtpMailTransport } from './smtp-mail.transport';

export function createMailTransport(options: MailTransportOptions): MailTransport {
  return options.smtpUrl === null
    ? new FileMailTransport(options.mailDirectory)
    : new SmtpMailTransport(options.smtpUrl);
}
