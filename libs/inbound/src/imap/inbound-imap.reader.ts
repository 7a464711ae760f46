import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ImapFlow } from 'imapflow';
import { inboundConfig } from '@kennis/config';
import { InboundChannel } from '../entities/inbound-message.entity';
import { InboundIntakeService } from '../services/inbound-intake.service';
import { KennisMailboxes } from '../services/kennis-mailboxes.service';
import { rawHeader } from '../services/raw-headers';

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

interface ImapTarget {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string;
  mailbox: string;
}

export function parseImapUrl(url: string): ImapTarget {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'imaps:';
  const mailbox = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'INBOX';
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 993 : 143,
    secure,
    user: decodeURIComponent(parsed.username),
    pass: decodeURIComponent(parsed.password),
    mailbox,
  };
}

/**
 * Reads a hosted mailbox (Exchange Online, Google Workspace) over IMAP: IDLE tells it about new mail,
 * and a poll every INBOUND_IMAP_POLL_MS covers servers or networks where IDLE stays silent. A message
 * is marked \Seen (or moved to INBOUND_IMAP_DONE_MAILBOX) only after its row is committed, so a crash
 * in between reads it again, and the unique (Message-ID, recipient) stores it once.
 */
@Injectable()
export class InboundImapReader implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(InboundImapReader.name);
  private client: ImapFlow | null = null;
  private stopping = false;
  private draining: Promise<void> | null = null;
  private drainAgain = false;
  private pollTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private reconnectDelay = RECONNECT_MIN_MS;
  /** Messages stored from the mailbox since start, for tests and logs. */
  stored = 0;

  constructor(
    private readonly intake: InboundIntakeService,
    private readonly mailboxes: KennisMailboxes,
    @Inject(inboundConfig.KEY) private readonly config: ConfigType<typeof inboundConfig>,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.imapUrl) return;
    void this.connect();
    this.pollTimer = setInterval(() => void this.drain(), this.config.imapPollMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.pollTimer);
    clearTimeout(this.reconnectTimer);
    await this.draining?.catch(() => undefined);
    await this.client?.logout().catch(() => undefined);
    this.client = null;
  }

  private async connect(): Promise<void> {
    if (this.stopping) return;
    const target = parseImapUrl(this.config.imapUrl!);
    const client = new ImapFlow({
      host: target.host,
      port: target.port,
      secure: target.secure,
      auth: { user: target.user, pass: target.pass },
      logger: false,
    });
    client.on('error', (error: Error) => this.logger.warn(`IMAP error: ${error.message}`));
    client.on('close', () => {
      if (this.client === client) this.client = null;
      this.scheduleReconnect();
    });
    // IDLE: the server says a message arrived.
    client.on('exists', () => void this.drain());
    try {
      await client.connect();
      await client.mailboxOpen(target.mailbox);
      this.client = client;
      this.reconnectDelay = RECONNECT_MIN_MS;
      this.logger.log(`Reading ${target.mailbox} on ${target.host}:${target.port} by IMAP`);
      await this.drain();
    } catch (error) {
      this.logger.warn(`IMAP connection to ${target.host}:${target.port} failed: ${(error as Error).message}`);
      client.close();
    }
  }

  private scheduleReconnect(): void {
    if (this.stopping || this.reconnectTimer) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MAX_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.connect();
    }, delay);
  }

  /** One drain at a time; a signal during a drain runs one more afterwards. */
  drain(): Promise<void> {
    if (this.draining) {
      this.drainAgain = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.drainAgain = false;
          await this.drainOnce();
        } while (this.drainAgain && !this.stopping);
      } catch (error) {
        this.logger.warn(`Reading the IMAP mailbox failed, will try again: ${(error as Error).message}`);
      } finally {
        this.draining = null;
      }
    })();
    return this.draining;
  }

  private async drainOnce(): Promise<void> {
    const client = this.client;
    if (!client || this.stopping) return;
    const unseen: { uid: number; source: Buffer; recipients: string[] }[] = [];
    for await (const message of client.fetch({ seen: false }, { uid: true, source: true, envelope: true }, { uid: true })) {
      if (!message.source) continue;
      const addresses = [...(message.envelope?.to ?? []), ...(message.envelope?.cc ?? [])]
        .map((address) => address.address)
        .filter((address): address is string => Boolean(address));
      unseen.push({ uid: message.uid, source: message.source, recipients: addresses });
    }
    for (const message of unseen) {
      if (this.stopping) return;
      const recipients = await this.kennisRecipients(message.recipients);
      await this.intake.receive({ raw: message.source, envelopeSender: this.returnPath(message.source), recipients, channel: InboundChannel.Imap });
      this.stored += 1;
      if (this.config.imapDoneMailbox) await client.messageMove(String(message.uid), this.config.imapDoneMailbox, { uid: true });
      else await client.messageFlagsAdd(String(message.uid), ['\\Seen'], { uid: true });
    }
  }

  /** The Kennis mailboxes the message was addressed to; mail that reached this mailbox otherwise is the organizer's. */
  private async kennisRecipients(addresses: string[]): Promise<string[]> {
    const found: string[] = [];
    for (const address of addresses) if (await this.mailboxes.find(address)) found.push(address.toLowerCase());
    return found.length > 0 ? found : [this.config.organizerAddress];
  }

  /** Return-Path as the delivering server recorded it; <> is the null sender of bounces. */
  private returnPath(raw: Buffer): string | null {
    const text = raw.subarray(0, 8192).toString('latin1');
    const match = /^Return-Path:\s*<([^>]*)>/im.exec(text);
    if (match) return match[1] === '' ? null : match[1];
    const from = rawHeader(raw, 'from');
    return (from && (/<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? /[^\s<>"]+@[^\s<>"]+/.exec(from)?.[0])) || null;
  }
}
