import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { OutboxJobRunner } from '@kennis/outbox';
import { dispatchJob, type JobHandlers, type JobProcessor, QueueName, queueLockDurationMs, STALLED_CHECK_INTERVAL_MS } from '@kennis/queues';
import { FacilityRequestMailHandler } from './facility-request-mail.handler';
import { InboundAnswerHandler } from './inbound-answer.handler';
import { InboundMessageHandler } from './inbound-message.handler';
import { InboundJob } from './inbound.jobs';
import { RoomApprovalAnswerHandler } from './room-approval-answer.handler';
import { RoomMeetingMailHandler } from './room-meeting-mail.handler';

/** The inbound-mail queue: received messages to process and the answers they cause. */
@Processor(QueueName.InboundMail, {
  concurrency: 8,
  lockDuration: queueLockDurationMs[QueueName.InboundMail],
  stalledInterval: STALLED_CHECK_INTERVAL_MS,
})
export class InboundMailProcessor extends WorkerHost implements JobProcessor {
  constructor(
    private readonly runner: OutboxJobRunner,
    private readonly messages: InboundMessageHandler,
    private readonly answers: InboundAnswerHandler,
    private readonly approvalAnswers: RoomApprovalAnswerHandler,
    private readonly meetingMails: RoomMeetingMailHandler,
    private readonly facilityMails: FacilityRequestMailHandler,
  ) {
    super();
  }

  readonly handlers: JobHandlers = {
    [InboundJob.MessageProcess]: (job) => this.runner.runJob(job, this.messages),
    [InboundJob.AnswerDeliver]: (job) => this.runner.runJob(job, this.answers),
    [InboundJob.ApprovalAnswerDeliver]: (job) => this.runner.runJob(job, this.approvalAnswers),
    [InboundJob.RoomMeetingMailDeliver]: (job) => this.runner.runJob(job, this.meetingMails),
    [InboundJob.FacilityRequestMailDeliver]: (job) => this.runner.runJob(job, this.facilityMails),
  };

  process(job: Job): Promise<unknown> {
    return dispatchJob(QueueName.InboundMail, this.handlers, job);
  }
}
