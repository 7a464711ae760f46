import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { RoomInviteBookingEntity, type RoomInvitePartstat } from '../entities/room-invite-booking.entity';

export interface InviteOccurrenceRecord {
  roomId: string;
  calendarUid: string;
  recurrenceId: string;
  sequence: number;
  organizerAddress: string;
  summary: string;
  roomBookingId: string | null;
  partstat: RoomInvitePartstat;
  reason: string | null;
  startsAt: Date;
  endsAt: Date;
}

@Injectable()
export class RoomInviteBookingRepository {
  constructor(@InjectRepository(RoomInviteBookingEntity) private readonly records: Repository<RoomInviteBookingEntity>) {}

  findById(manager: EntityManager, id: string): Promise<RoomInviteBookingEntity | null> {
    return manager.getRepository(RoomInviteBookingEntity).findOneBy({ id });
  }

  /** A person's bookings still ahead that hold (or wait for) the room, in time order. */
  findUpcomingOfOrganizer(address: string, now: Date): Promise<RoomInviteBookingEntity[]> {
    return this.records
      .createQueryBuilder('record')
      .where('record.organizer_address = :address', { address })
      .andWhere(`record.partstat IN ('ACCEPTED', 'TENTATIVE')`)
      .andWhere('record.ends_at > :now', { now })
      .orderBy('record.starts_at')
      .limit(500)
      .getMany();
  }
  /** Every occurrence recorded for this meeting in this room, locked: an update and a cancel of it queue here. */
  findForUid(manager: EntityManager, roomId: string, calendarUid: string): Promise<RoomInviteBookingEntity[]> {
    return manager.getRepository(RoomInviteBookingEntity).find({
      where: { roomId, calendarUid },
      order: { startsAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async upsert(manager: EntityManager, record: InviteOccurrenceRecord): Promise<void> {
    await manager.query(
      `INSERT INTO room_invite_booking (room_id, calendar_uid, recurrence_id, sequence, organizer_address, summary,
         room_booking_id, partstat, reason, starts_at, ends_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT ON CONSTRAINT room_invite_booking_occurrence_unique DO UPDATE SET
         sequence = EXCLUDED.sequence, organizer_address = EXCLUDED.organizer_address, summary = EXCLUDED.summary,
         room_booking_id = EXCLUDED.room_booking_id, partstat = EXCLUDED.partstat, reason = EXCLUDED.reason,
         starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, updated_at = now()`,
      [
        record.roomId,
        record.calendarUid,
        record.recurrenceId,
        record.sequence,
        record.organizerAddress,
        record.summary.slice(0, 200),
        record.roomBookingId,
        record.partstat,
        record.reason,
        record.startsAt,
        record.endsAt,
      ],
    );
  }

  async markCancelled(manager: EntityManager, id: string, sequence: number): Promise<void> {
    await manager.query(
      `UPDATE room_invite_booking SET partstat = 'CANCELLED', room_booking_id = NULL, sequence = $2, updated_at = now() WHERE id = $1`,
      [id, sequence],
    );
  }

  async setPartstat(manager: EntityManager, ids: readonly string[], partstat: RoomInvitePartstat, reason: string | null, releaseBooking: boolean): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE room_invite_booking SET partstat = $2, reason = $3, updated_at = now(),
         room_booking_id = CASE WHEN $4 THEN NULL ELSE room_booking_id END
       WHERE id = ANY($1)`,
      [ids, partstat, reason, releaseBooking],
    );
  }
}
