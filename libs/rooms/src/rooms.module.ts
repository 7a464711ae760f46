import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FacilityTeamEntity } from './entities/facility-team.entity';
import { RoomBookingEntity } from './entities/room-booking.entity';
import { FacilityTeamRepository } from './repositories/facility-team.repository';
import { RoomEntity } from './entities/room.entity';
import { RoomBookingRepository } from './repositories/room-booking.repository';
import { RoomRulesEntity } from './entities/room-rules.entity';
import { RoomRulesRepository } from './repositories/room-rules.repository';
import { RoomRepository } from './repositories/room.repository';
import { RoomBookingService } from './services/room-booking.service';
import { RoomsService } from './services/rooms.service';

/** The tables of this library, for its module and for the schema check of the migrations. */
export const roomsEntities = [RoomEntity, RoomBookingEntity, FacilityTeamEntity, RoomRulesEntity];

@Module({
  imports: [TypeOrmModule.forFeature(roomsEntities)],
  providers: [RoomRepository, RoomBookingRepository, RoomRulesRepository, FacilityTeamRepository, RoomsService, RoomBookingService],
  exports: [RoomsService, RoomBookingService],
})
export class RoomsModule {}
