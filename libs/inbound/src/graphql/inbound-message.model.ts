import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** The schema's names equal the stored values (the entity enums have TypeScript-style keys). */
export enum InboundStatusValue {
  RECEIVED = 'RECEIVED',
  PROCESSED = 'PROCESSED',
  IGNORED = 'IGNORED',
  FAILED = 'FAILED',
}

export enum InboundChannelValue {
  SMTP = 'SMTP',
  IMAP = 'IMAP',
}

registerEnumType(InboundStatusValue, { name: 'InboundStatus', description: 'RECEIVED (stored, not processed yet), PROCESSED, IGNORED (and why), FAILED (and why).' });
registerEnumType(InboundChannelValue, { name: 'InboundChannel' });

@ObjectType('InboundMessage', { description: 'A received mail for one Kennis mailbox, with what Kennis made of it. The raw message is not exposed.' })
export class InboundMessageModel {
  @Field(() => ID)
  id: string;

  @Field()
  messageId: string;

  @Field()
  recipient: string;

  @Field(() => String, { nullable: true, description: 'The SMTP envelope sender; null for a bounce (<>).' })
  envelopeSender: string | null;

  @Field(() => InboundChannelValue)
  channel: InboundChannelValue;

  @Field(() => Int)
  sizeBytes: number;

  @Field()
  receivedAt: Date;

  @Field(() => InboundStatusValue)
  status: InboundStatusValue;

  @Field(() => String, { nullable: true })
  outcome: string | null;

  @Field(() => String, { nullable: true })
  fromAddress: string | null;

  @Field(() => String, { nullable: true })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'The iTIP METHOD of its calendar part.' })
  itipMethod: string | null;

  @Field(() => String, { nullable: true })
  calendarUid: string | null;

  @Field({ description: 'Whether Kennis answered it (a room REPLY or a notice to a host).' })
  answered: boolean;

  @Field(() => Date, { nullable: true })
  processedAt: Date | null;
}
