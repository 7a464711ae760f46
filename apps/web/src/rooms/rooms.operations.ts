// This feature's GraphQL operations, read by GraphQL Code Generator (npm run web:schema). Pages import the typed
// documents it generates from src/gql/graphql, so the bundle holds only the operations a page uses.
import { graphql } from '../gql';

export const RoomFields = graphql(`
  fragment RoomFields on Room {
    id
    site
    name
    capacity
    equipment
    resourceMailbox
    active
  }
`);

export const RoomsDocument = graphql(`
  query Rooms($includeRetired: Boolean!) {
    rooms(includeRetired: $includeRetired) {
      ...RoomFields
    }
  }
`);

export const RoomDocument = graphql(`
  query Room($id: ID!) {
    room(id: $id) {
      ...RoomFields
    }
  }
`);

export const CreateRoomDocument = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      ...RoomFields
    }
  }
`);

export const UpdateRoomDocument = graphql(`
  mutation UpdateRoom($input: UpdateRoomInput!) {
    updateRoom(input: $input) {
      ...RoomFields
    }
  }
`);

export const RetireRoomDocument = graphql(`
  mutation RetireRoom($roomId: ID!) {
    retireRoom(roomId: $roomId) {
      ...RoomFields
    }
  }
`);

/** Every confirmed booking of the site's rooms: the meetings beside the sessions. */
export const SiteRoomBookingsDocument = graphql(`
  query SiteRoomBookings($input: SiteRoomBookingsInput!) {
    siteRoomBookings(input: $input) {
      id
      roomId
      startsAt
      endsAt
      label
      bookedByName
    }
  }
`);

export const SiteBookingsDocument = graphql(`
  query SiteBookings($filter: UpcomingSessionsFilter!) {
    upcomingSessions(first: 100, filter: $filter) {
      edges {
        node {
          # Not SessionCardFields: a hundred cards' worth of fields is over the API's cost limit.
          id
          title
          status
          startsAt
          endsAt
          seatsTaken
          capacity
          room {
            id
          }
          hosts {
            id
            name
          }
          facilityRequests {
            note
            team {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const FacilityTeamsDocument = graphql(`
  query FacilityTeams {
    facilityTeams {
      id
      name
      kind
      site
      mailbox
      timeZone
    }
  }
`);

/** A team's open requests: sessions' and meetings that invited its mailbox by mail. */
export const FacilityTeamRequestsDocument = graphql(`
  query FacilityTeamRequests($facilityTeamId: ID!) {
    facilityTeamRequests(facilityTeamId: $facilityTeamId) {
      id
      summary
      sessionId
      organizer
      startsAt
      endsAt
      location
      note
      status
      decisionReason
      occurrences {
        recurrenceId
        startsAt
        endsAt
        declinedReason
      }
    }
  }
`);

export const ConfirmFacilityRequestDocument = graphql(`
  mutation ConfirmFacilityRequest($input: ConfirmFacilityRequestInput!) {
    confirmFacilityRequest(input: $input) {
      id
      status
      decisionReason
    }
  }
`);

export const DeclineFacilityRequestDocument = graphql(`
  mutation DeclineFacilityRequest($input: DeclineFacilityRequestInput!) {
    declineFacilityRequest(input: $input) {
      id
      status
      decisionReason
    }
  }
`);

export const CreateFacilityTeamDocument = graphql(`
  mutation CreateFacilityTeam($input: CreateFacilityTeamInput!) {
    createFacilityTeam(input: $input) {
      id
      name
      kind
      site
      mailbox
      timeZone
    }
  }
`);
