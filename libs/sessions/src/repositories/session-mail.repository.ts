import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityMetadata } from 'typeorm';
import { queryPreparedIn } from '@kennis/database';
import { PersonEntity } from '@kennis/people';
import { RoomEntity } from '@kennis/rooms';
import type { RegistrationStatus } from '../entities/registration.entity';
import { SessionEntity } from '../entities/session.entity';
import { columnsAsPropertiesSql, fromJsonArray, jsonArraySql, propertiesFrom } from './json-row';
import { WAITLIST_POSITION } from './registration.repository';

/** A session mail's own rows: the session, its hosts, its room and, for a mail to a person, that person and their registration. */
export interface SessionMailRows {
  session: SessionEntity;
  /** Sorted by name, then id: the first one is the organizer. */
  hosts: PersonEntity[];
  /** The session's current room; null without one. */
  room: RoomEntity | null;
  /** Null when the mail is not for a person, or the person is gone. */
  person: PersonEntity | null;
  /** The person's latest registration's status, whatever it is; null without a person. */
  registrationStatus: RegistrationStatus | null;
  /** The person's 1-based place on the waitlist; null when they are not waitlisted. */
  waitlistPosition: number | null;
}

interface SessionMailRow extends Record<string, unknown> {
  hosts_json: unknown[][] | null;
  room_json: unknown[] | null;
  person_json: unknown[] | null;
  registration_status: RegistrationStatus | null;
  waitlist_position: number | null;
}

/** The statement and the names it reads, worked out once from the entities' metadata. */
interface MailStatement {
  text: string;
  sessions: EntityMetadata;
  people: EntityMetadata;
  personProperties: string[];
  rooms: EntityMetadata;
}

/**
 * What a session mail reads in its delivery's transaction, in one named statement instead of up to six
 * TypeORM finds (the session, its hosts with their people, its room, the person, their latest
 * registration and waitlist place): the worker sends one such mail per join, and building and
 * hydrating those finds, and a round trip each, were the larger part of its CPU per mail. The results
 * are what the finds gave: the session's columns as PostgreSQL types them, the people's and the room's
 * (all a find selects, so not a person's feed token hash) through json-row's mapping.
 */
@Injectable()
export class SessionMailRepository {
  private statement: MailStatement | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Null when the session is gone. `personId` null reads no person (a mail to a room or a team). */
  async findForMail(manager: EntityManager, sessionId: string, personId: string | null): Promise<SessionMailRows | null> {
    const { text, sessions, people, personProperties, rooms } = this.mailStatement();
    const [row] = await queryPreparedIn<SessionMailRow>(manager, text, [sessionId, personId]);
    if (!row) return null;
    const person = row.person_json === null ? null : fromJsonArray<PersonEntity>(people, personProperties, row.person_json);
    return {
      session: propertiesFrom<SessionEntity>(sessions, row),
      // By name as JavaScript collates, not as the database does: the order the find-and-sort gave.
      hosts: (row.hosts_json ?? [])
        .map((values) => fromJsonArray<PersonEntity>(people, personProperties, values))
        .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
      room: row.room_json === null ? null : fromJsonArray<RoomEntity>(rooms, undefined, row.room_json),
      person,
      registrationStatus: person ? row.registration_status : null,
      waitlistPosition: person ? row.waitlist_position : null,
    };
  }

  private mailStatement(): MailStatement {
    if (this.statement) return this.statement;
    const sessions = this.dataSource.getMetadata(SessionEntity);
    const people = this.dataSource.getMetadata(PersonEntity);
    // What a find of a person selects: every column but those marked select: false (the feed token hash).
    const personProperties = people.columns.filter((column) => column.isSelect).map((column) => column.propertyName);
    const rooms = this.dataSource.getMetadata(RoomEntity);
    // The person's latest registration, whatever its status, and their waitlist place (WAITLIST_POSITION, as every query counts it).
    const text = `SELECT ${columnsAsPropertiesSql(sessions, 's')},
        (SELECT json_agg(${jsonArraySql(people, 'p', personProperties)})
         FROM session_host h JOIN person p ON p.id = h.person_id WHERE h.session_id = s.id) AS hosts_json,
        (SELECT ${jsonArraySql(rooms, 'r')} FROM room r WHERE r.id = s.room_id) AS room_json,
        (SELECT ${jsonArraySql(people, 'p', personProperties)} FROM person p WHERE p.id = $2::uuid) AS person_json,
        (SELECT r.status FROM registration r WHERE r.session_id = s.id AND r.person_id = $2::uuid
         ORDER BY r.arrival DESC LIMIT 1) AS registration_status,
        (SELECT ${WAITLIST_POSITION} FROM registration r
         WHERE r.session_id = s.id AND r.person_id = $2::uuid AND r.status = 'WAITLISTED' LIMIT 1) AS waitlist_position
      FROM session s WHERE s.id = $1::uuid`;
    this.statement = { text, sessions, people, personProperties, rooms };
    return this.statement;
  }
}
