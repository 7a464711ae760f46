// This feature's GraphQL operations, read by GraphQL Code Generator (npm run web:schema). Pages import the typed
// documents it generates from src/gql/graphql, so the bundle holds only the operations a page uses.
import { graphql } from '../gql';

export const UpdateSessionDetailsDocument = graphql(`
  mutation UpdateSessionDetails($input: UpdateSessionDetailsInput!) {
    updateSessionDetails(input: $input) {
      ...SessionCardFields
      description
    }
  }
`);

export const FreeRoomsDocument = graphql(`
  query FreeRooms($input: FreeRoomsInput!) {
    freeRooms(input: $input) {
      id
      name
      site
      capacity
      equipment
    }
  }
`);

export const ScheduleSessionDocument = graphql(`
  mutation ScheduleSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
      ...SessionCardFields
    }
  }
`);

export const RescheduleSessionDocument = graphql(`
  mutation RescheduleSession($input: ScheduleSessionInput!) {
    rescheduleSession(input: $input) {
      ...SessionCardFields
    }
  }
`);

export const MoveSessionDocument = graphql(`
  mutation MoveSession($input: MoveSessionInput!) {
    moveSession(input: $input) {
      ...SessionCardFields
    }
  }
`);

export const CancelSessionDocument = graphql(`
  mutation CancelSession($sessionId: ID!) {
    cancelSession(sessionId: $sessionId) {
      ...SessionCardFields
    }
  }
`);

export const CompleteSessionDocument = graphql(`
  mutation CompleteSession($sessionId: ID!) {
    completeSession(sessionId: $sessionId) {
      ...SessionCardFields
    }
  }
`);

export const SessionAttendeesDocument = graphql(`
  query SessionAttendees($sessionId: ID!) {
    sessionAttendees(sessionId: $sessionId) {
      person {
        id
        name
        email
        department
      }
      registration {
        id
        status
        waitlistPosition
        createdAt
      }
    }
  }
`);

export const SessionMessagesDocument = graphql(`
  query SessionMessages($sessionId: ID!) {
    sessionMessages(sessionId: $sessionId) {
      id
      kind
      recipient
      status
      attempts
      lastError
      createdAt
      processedAt
    }
  }
`);

export const FacilityTeamsForSessionDocument = graphql(`
  query FacilityTeamsForSession($site: String) {
    facilityTeams(site: $site) {
      id
      name
      kind
      site
    }
  }
`);

export const RequestFacilityDocument = graphql(`
  mutation RequestFacility($input: RequestFacilityInput!) {
    requestFacility(input: $input) {
      id
      facilityRequests {
        note
        team {
          id
          name
          kind
        }
      }
    }
  }
`);

export const WithdrawFacilityRequestDocument = graphql(`
  mutation WithdrawFacilityRequest($sessionId: ID!, $facilityTeamId: ID!) {
    withdrawFacilityRequest(sessionId: $sessionId, facilityTeamId: $facilityTeamId) {
      id
      facilityRequests {
        note
        team {
          id
          name
          kind
        }
      }
    }
  }
`);

export const PeopleSearchDocument = graphql(`
  query PeopleSearch($search: String!) {
    people(search: $search, limit: 10) {
      id
      name
      email
    }
  }
`);

export const AddSessionHostDocument = graphql(`
  mutation AddSessionHost($sessionId: ID!, $personId: ID!) {
    addSessionHost(sessionId: $sessionId, personId: $personId) {
      id
      hosts {
        id
        name
        email
        jobTitle
        department
      }
    }
  }
`);
