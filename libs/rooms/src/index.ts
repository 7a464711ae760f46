export { FacilityKind, FacilityTeamEntity } from './entities/facility-team.entity';
export { RoomBookingEntity, RoomBookingStatus } from './entities/room-booking.entity';
export { RoomEntity } from './entities/room.entity';
export {
  RoomBookingConflictError,
  RoomNotFoundError,
  RoomRetiredError,
  RoomTooSmallError,
} from './errors/rooms.errors';
export { FacilityTeamModel, RoomEquipment, RoomModel } from './graphql/room.model';
export { RoomsGraphqlModule } from './rooms-graphql.module';
export { RoomsModule, roomsEntities } from './rooms.module';
export { RoomBookingService } from './services/room-booking.service';
export type { Booking, BookingRequest } from './services/room-booking.service';
export { RoomsService } from './services/rooms.service';
