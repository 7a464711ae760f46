import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoomBookingEntity } from './entities/room-booking.entity';
import { RoomEntity } from './entities/room.entity';
import { RoomBookingRepository } from './repositories/room-booking.repository';
import { RoomRepository } from './repositories/room.repository';
import { RoomBookingService } from './services/room-booking.service';
import { RoomsService } from './services/rooms.service';

@Module({
  imports: [TypeOrmModule.forFeature([RoomEntity, RoomBookingEntity])],
  providers: [RoomRepository, RoomBookingRepository, RoomsService, RoomBookingService],
  exports: [RoomsService, RoomBookingService],
})
export class RoomsModule {}
