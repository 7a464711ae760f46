import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { inboundConfig, mailConfig } from '@kennis/config';
import { type MailboxOwner, RoomsService } from '@kennis/rooms';

export type KennisMailbox = MailboxOwner | { kind: 'ORGANIZER' };

/** The addresses Kennis answers for: room mailboxes, facility team mailboxes and its organizer mailbox. */
@Injectable()
export class KennisMailboxes {
  constructor(
    private readonly rooms: RoomsService,
    @Inject(inboundConfig.KEY) private readonly inbound: ConfigType<typeof inboundConfig>,
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
  ) {}

  async find(address: string): Promise<KennisMailbox | null> {
    const normalized = address.trim().toLowerCase();
    if (normalized === this.inbound.organizerAddress) return { kind: 'ORGANIZER' };
    return this.rooms.findMailboxOwner(normalized);
  }

  /** Kennis's own sending addresses: mail from them is never answered (no loops). */
  isOwnAddress(address: string): boolean {
    const normalized = address.trim().toLowerCase();
    return normalized === this.inbound.organizerAddress || normalized === this.mail.fromAddress.toLowerCase();
  }
}
