export { FacilityKind, FacilityTeamEntity } from './entities/facility-team.entity';
export { RoomBookingEntity, RoomBookingStatus } from './entities/room-booking.entity';
export { RoomEntity } from './entities/room.entity';
export {
  RoomBookingConflictError,
  RoomNotFoundError,
  RoomRetiredError,
  RoomRuleBrokenError,
  RoomTooSmallError,
} from './errors/rooms.errors';
export { FacilityTeamModel, RoomEquipment, RoomModel, RoomRulesModel } from './graphql/room.model';
export { RoomRulesEntity } from './entities/room-rules.entity';
export { evaluateRoomRules, OPEN_ROOM_RULES, RecurringConflictPolicy, RoomRule, Weekday } from './services/room-rules';
export type { Blackout, BookableHours, RoomRuleSet, RuleBreak } from './services/room-rules';
export { RoomsGraphqlModule } from './rooms-graphql.module';
export { RoomsModule, roomsEntities } from './rooms.module';
export { RoomBookingService } from './services/room-booking.service';
export type { RoomClashRow } from './repositories/room-booking.repository';
export type { Booking, BookingRequest } from './services/room-booking.service';
export { RoomsService } from './services/rooms.service';
export type { MailboxOwner } from './services/rooms.service';
