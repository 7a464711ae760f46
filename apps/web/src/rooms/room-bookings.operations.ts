// The operations of room rules, approvals and booking a room for a meeting, read by GraphQL Code Generator
// (npm run web:schema). Pages import the typed documents it generates from src/gql/graphql.
import { graphql } from '../gql';

export const RoomRulesFields = graphql(`
  fragment RoomRulesFields on RoomRules {
    roomId
    timeZone
    bookableHours {
      weekday
      opens
      closes
    }
    blackouts {
      startsAt
      endsAt
      reason
    }
    maxBookingMinutes
    minNoticeMinutes
    maxDaysAhead
    recurringAllowed
    requiresApproval
    recurringConflicts
  }
`);

export const RoomRulesDocument = graphql(`
  query RoomRules($roomId: ID!) {
    roomRules(roomId: $roomId) {
      ...RoomRulesFields
    }
  }
`);

export const SetRoomRulesDocument = graphql(`
  mutation SetRoomRules($input: SetRoomRulesInput!) {
    setRoomRules(input: $input) {
      ...RoomRulesFields
    }
  }
`);

export const PendingRoomApprovalsDocument = graphql(`
  query PendingRoomApprovals {
    pendingRoomApprovals {
      id
      organizer
      summary
      status
      requestedAt
      occurrences {
        startsAt
        endsAt
      }
      room {
        id
        name
        site
      }
    }
  }
`);

export const ApproveRoomBookingDocument = graphql(`
  mutation ApproveRoomBooking($approvalId: ID!) {
    approveRoomBooking(approvalId: $approvalId) {
      id
      status
    }
  }
`);

export const RefuseRoomBookingDocument = graphql(`
  mutation RefuseRoomBooking($input: RefuseRoomBookingInput!) {
    refuseRoomBooking(input: $input) {
      id
      status
      reason
    }
  }
`);

export const RoomMeetingFields = graphql(`
  fragment RoomMeetingFields on RoomMeeting {
    id
    title
    startsAt
    endsAt
    status
    bookedInKennis
    room {
      id
      name
      site
    }
  }
`);

export const MyRoomBookingsDocument = graphql(`
  query MyRoomBookings {
    myRoomBookings {
      ...RoomMeetingFields
    }
  }
`);

export const BookRoomDocument = graphql(`
  mutation BookRoom($input: BookRoomInput!) {
    bookRoom(input: $input) {
      ...RoomMeetingFields
    }
  }
`);

export const CancelRoomBookingDocument = graphql(`
  mutation CancelRoomBooking($bookingId: ID!) {
    cancelRoomBooking(bookingId: $bookingId) {
      ...RoomMeetingFields
    }
  }
`);

export const BookableRoomsDocument = graphql(`
  query BookableRooms($site: String) {
    rooms(site: $site) {
      id
      name
      site
      capacity
      equipment
      timeZone
    }
  }
`);
