import { Module } from '@nestjs/common';
import { OutboxModule } from '@kennis/outbox';
import { MailDelivery } from './mail-delivery';
import { OutboxMailDelivery } from './outbox-mail.delivery';

@Module({
  imports: [OutboxModule],
  providers: [MailDelivery, OutboxMailDelivery],
  exports: [MailDelivery, OutboxMailDelivery],
})
export class MailModule {}
