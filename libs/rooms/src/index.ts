export { RoomBookingEntity, RoomBookingStatus } from './entities/room-booking.entity';
export { RoomEntity } from './entities/room.entity';
