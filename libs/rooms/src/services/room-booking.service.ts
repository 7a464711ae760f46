import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RoomEntity } from '../entities/room.entity';
import { RoomBookingConflictError, RoomNotFoundError, RoomRetiredError, RoomTooSmallError } from '../errors/rooms.errors';
import { RoomBookingRepository } from '../repositories/room-booking.repository';

export interface BookingRequest {
  roomId: string;
  startsAt: Date;
  endsAt: Date;
  seats: number;
  label: string;
}

export interface Booking {
  bookingId: string;
  room: RoomEntity;
}

/** Books and releases rooms inside the caller's transaction, so a booking and what it is for commit together. */
@Injectable()
export class RoomBookingService {
  constructor(private readonly bookings: RoomBookingRepository) {}

  /** The room a booking is for, for other libraries that keep a booking id. */
  findRoomOfBooking(bookingId: string): Promise<RoomEntity | null> {
    return this.bookings.findRoomOfBooking(bookingId);
  }

  async book(manager: EntityManager, request: BookingRequest): Promise<Booking> {
    const room = await this.bookings.lockRoom(manager, request.roomId);
    if (!room) throw new RoomNotFoundError(request.roomId);
    if (!room.active) throw new RoomRetiredError(room.name);
    if (request.seats > room.capacity) throw new RoomTooSmallError(room.name, room.capacity, request.seats);
    const clash = await this.bookings.findClash(manager, room.id, request.startsAt, request.endsAt);
    if (clash) throw new RoomBookingConflictError(room.name, clash);
    const bookingId = await this.bookings.insertConfirmed(manager, room, request.startsAt, request.endsAt, request.label);
    return { bookingId, room };
  }

  /** The booked room must still seat `seats` (when a session's capacity grows). */
  async assertSeats(manager: EntityManager, roomId: string, seats: number): Promise<void> {
    const room = await this.bookings.lockRoom(manager, roomId);
    if (!room) throw new RoomNotFoundError(roomId);
    if (seats > room.capacity) throw new RoomTooSmallError(room.name, room.capacity, seats);
  }

  release(manager: EntityManager, bookingId: string): Promise<void> {
    return this.bookings.release(manager, bookingId);
  }

  relabel(manager: EntityManager, bookingId: string, label: string): Promise<void> {
    return this.bookings.relabel(manager, bookingId, label);
  }
}
