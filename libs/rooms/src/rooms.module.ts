import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FacilityTeamEntity } from './entities/facility-team.entity';
import { RoomBookingEntity } from './entities/room-booking.entity';
import { FacilityTeamRepository } from './repositories/facility-team.repository';
import { RoomEntity } from './entities/room.entity';
import { RoomBookingRepository } from './repositories/room-booking.repository';
import { RoomRepository } from './repositories/room.repository';
import { RoomBookingService } from './services/room-booking.service';
import { RoomsService } from './services/rooms.service';

@Module({
  imports: [TypeOrmModule.forFeature([RoomEntity, RoomBookingEntity, FacilityTeamEntity])],
  providers: [RoomRepository, RoomBookingRepository, FacilityTeamRepository, RoomsService, RoomBookingService],
  exports: [RoomsService, RoomBookingService],
})
export class RoomsModule {}
