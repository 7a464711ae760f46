import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { inboundConfig } from '@kennis/config';
import { MailSender } from '@kennis/mail';
import type { OutboxMessageEntity, OutboxRowHandler, OutboxRowResult } from '@kennis/outbox';
import { RoomsService } from '@kennis/rooms';
import { FacilityRequestRepository } from '../repositories/facility-request.repository';
import { facilityTeamNotice, facilityTeamReply } from '../services/facility-request-answers';
import { InboundAnswerComposer } from '../services/inbound-answer.composer';
import type { FacilityRequestMailPayload } from './inbound.jobs';

/** Mail about a facility request for an invited meeting, rebuilt from the request as it is now; sent once by the runner. */
@Injectable()
export class FacilityRequestMailHandler implements OutboxRowHandler {
  constructor(
    private readonly sender: MailSender,
    private readonly requests: FacilityRequestRepository,
    private readonly rooms: RoomsService,
    private readonly composer: InboundAnswerComposer,
    @Inject(inboundConfig.KEY) private readonly inbound: ConfigType<typeof inboundConfig>,
  ) {}

  async handle(manager: EntityManager, row: OutboxMessageEntity): Promise<OutboxRowResult> {
    const payload = row.payload as FacilityRequestMailPayload;
    const request = await this.requests.findById(manager, payload.facilityRequestId);
    if (!request?.calendarUid) return { skipped: 'the request is gone or not for an invited meeting' };
    // A newer change (an update, another decision) has its own mail: this one would say something outdated.
    if (request.version !== payload.version) return { skipped: `written for version ${payload.version}, the request is at ${request.version}` };
    const team = await this.rooms.getFacilityTeam(request.facilityTeamId);
    const occurrences = await this.requests.findOccurrences(manager, [request.id]);
    const answer =
      payload.recipient === 'ORGANIZER' ? facilityTeamReply(team, request, occurrences) : facilityTeamNotice(team, request, occurrences, this.inbound.organizerAddress);
    const composed = this.composer.composeAnswer(
      { ...answer, inReplyTo: payload.recipient === 'ORGANIZER' ? (request.inReplyTo ?? '') : '' },
      `facility-request-${request.id}-${payload.version}-${payload.recipient.toLowerCase()}`,
      row.createdAt,
    );
    if ('stale' in composed) return { skipped: composed.stale };
    await this.sender.send(composed.mail);
    return 'done';
  }
}
