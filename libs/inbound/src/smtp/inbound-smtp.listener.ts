import { once } from 'node:events';
import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { inboundConfig } from '@kennis/config';
import { InboundChannel } from '../entities/inbound-message.entity';
import { InboundIntakeService } from '../services/inbound-intake.service';
import { KennisMailboxes } from '../services/kennis-mailboxes.service';

type SmtpError = Error & { responseCode?: number };

function smtpError(code: number, message: string): SmtpError {
  const error: SmtpError = new Error(message);
  error.responseCode = code;
  return error;
}

/**
 * The SMTP listener for the addresses a company routes to Kennis. It refuses recipients that are not
 * a Kennis mailbox (550), messages over the size limit (552), and answers 250 only once the message
 * is committed to PostgreSQL; when that fails it answers 451, so the sending server tries again.
 */
@Injectable()
export class InboundSmtpListener implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(InboundSmtpListener.name);
  private server: SMTPServer | null = null;
  private boundPort: number | null = null;

  constructor(
    private readonly intake: InboundIntakeService,
    private readonly mailboxes: KennisMailboxes,
    @Inject(inboundConfig.KEY) private readonly config: ConfigType<typeof inboundConfig>,
  ) {}

  /** The port it listens on (INBOUND_SMTP_PORT=0 picks a free one), or null when off. */
  get port(): number | null {
    return this.boundPort;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.smtpPort === null) return;
    const server = new SMTPServer({
      name: this.config.hostname,
      banner: 'Kennis',
      authOptional: true,
      // Plain SMTP on the address the company's mail server relays to (loopback by default); no AUTH
      // is offered because nobody logs in to send here, and STARTTLS would need a certificate.
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: this.config.maxMessageBytes,
      logger: false,
      onRcptTo: (address, _session, callback) => void this.checkRecipient(address).then(() => callback(), callback),
      onData: (stream, session, callback) => this.receive(stream, session, callback),
    });
    server.on('error', (error) => this.logger.warn(`SMTP connection error: ${error.message}`));
    server.listen(this.config.smtpPort, this.config.smtpHost);
    await once(server.server, 'listening');
    this.server = server;
    this.boundPort = (server.server.address() as { port: number }).port;
    this.logger.log(`Receiving mail by SMTP on ${this.config.smtpHost}:${this.boundPort}`);
  }

  /** Before the database closes: no new message is accepted that could not be stored. */
  async beforeApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async checkRecipient(address: SMTPServerAddress): Promise<void> {
    let mailbox;
    try {
      mailbox = await this.mailboxes.find(address.address);
    } catch (error) {
      throw smtpError(451, `4.3.0 Cannot check the recipient now, try again later`);
    }
    if (!mailbox) throw smtpError(550, `5.1.1 <${address.address}> is not a Kennis mailbox`);
  }

  private receive(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null, message?: string) => void): void {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      if (stream.sizeExceeded) {
        callback(smtpError(552, `5.3.4 Message larger than ${this.config.maxMessageBytes} bytes`));
        return;
      }
      const sender = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
      this.intake
        .receive({
          raw: Buffer.concat(chunks),
          envelopeSender: sender === '' ? null : sender,
          recipients: session.envelope.rcptTo.map((recipient) => recipient.address),
          channel: InboundChannel.Smtp,
        })
        .then(
          (result) => callback(null, `2.0.0 Stored ${result.messageId}`),
          (error: Error) => {
            this.logger.warn(`Could not store a received message: ${error.message}`);
            callback(smtpError(451, '4.3.0 Could not store the message now, try again later'));
          },
        );
    });
  }
}
