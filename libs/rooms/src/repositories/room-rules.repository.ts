import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { RoomRulesEntity } from '../entities/room-rules.entity';
import { OPEN_ROOM_RULES, type RoomRuleSet } from '../services/room-rules';

function ruleSetOf(row: RoomRulesEntity | null | undefined): RoomRuleSet {
  if (!row) return OPEN_ROOM_RULES;
  return {
    bookableHours: row.bookableHours,
    blackouts: row.blackouts,
    maxBookingMinutes: row.maxBookingMinutes,
    minNoticeMinutes: row.minNoticeMinutes,
    maxDaysAhead: row.maxDaysAhead,
    recurringAllowed: row.recurringAllowed,
    requiresApproval: row.requiresApproval,
    recurringConflicts: row.recurringConflicts,
  };
}

@Injectable()
export class RoomRulesRepository {
  constructor(@InjectRepository(RoomRulesEntity) private readonly rules: Repository<RoomRulesEntity>) {}

  /** The room's rules inside the caller's transaction; the open rule set when none were set. */
  async findForRoom(manager: EntityManager, roomId: string): Promise<RoomRuleSet> {
    return ruleSetOf(await manager.getRepository(RoomRulesEntity).findOneBy({ roomId }));
  }

  /** Outside any transaction (searches and pages): each room's rules, the open rule set when none were set. */
  async findForRooms(roomIds: readonly string[]): Promise<Map<string, RoomRuleSet>> {
    const rows = roomIds.length === 0 ? [] : await this.rules.findBy({ roomId: In([...roomIds]) });
    const byRoom = new Map(rows.map((row) => [row.roomId, row]));
    return new Map(roomIds.map((id) => [id, ruleSetOf(byRoom.get(id))]));
  }

  /** Replaces the room's rules as a whole. */
  async replace(manager: EntityManager, roomId: string, rules: RoomRuleSet): Promise<void> {
    await manager.query(
      `INSERT INTO room_rules (room_id, bookable_hours, blackouts, max_booking_minutes, min_notice_minutes, max_days_ahead,
         recurring_allowed, requires_approval, recurring_conflicts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT ON CONSTRAINT room_rules_pkey DO UPDATE SET
         bookable_hours = EXCLUDED.bookable_hours, blackouts = EXCLUDED.blackouts,
         max_booking_minutes = EXCLUDED.max_booking_minutes, min_notice_minutes = EXCLUDED.min_notice_minutes,
         max_days_ahead = EXCLUDED.max_days_ahead, recurring_allowed = EXCLUDED.recurring_allowed,
         requires_approval = EXCLUDED.requires_approval, recurring_conflicts = EXCLUDED.recurring_conflicts, updated_at = now()`,
      [
        roomId,
        JSON.stringify(rules.bookableHours),
        JSON.stringify(rules.blackouts),
        rules.maxBookingMinutes,
        rules.minNoticeMinutes,
        rules.maxDaysAhead,
        rules.recurringAllowed,
        rules.requiresApproval,
        rules.recurringConflicts,
      ],
    );
  }
}
