import { Module } from '@nestjs/common';
import { FacilityTeamRequestResolver } from './graphql/facility-team-request.resolver';
import { AttendeeCalendarAnswerResolver } from './graphql/attendee-calendar-answer.resolver';
import { InboundResolver } from './graphql/inbound.resolver';
import { RoomApprovalResolver } from './graphql/room-approval.resolver';
import { RoomMeetingResolver } from './graphql/room-meeting.resolver';
import { SessionRoomAnswerResolver } from './graphql/session-room-answer.resolver';
import { InboundModule } from './inbound.module';

/** The inbound part of the GraphQL schema: imported by apps/api only. */
@Module({
  imports: [InboundModule],
  providers: [FacilityTeamRequestResolver, InboundResolver, AttendeeCalendarAnswerResolver, RoomApprovalResolver, RoomMeetingResolver, SessionRoomAnswerResolver],
})
export class InboundGraphqlModule {}
