// This feature's GraphQL operations, read by GraphQL Code Generator (npm run web:schema). Pages import the typed
// documents it generates from src/gql/graphql, so the bundle holds only the operations a page uses.
import { graphql } from '../gql';

/** The session fields every list, card and booking shows: the one selection the operation files share. */
export const SessionCardFields = graphql(`
  fragment SessionCardFields on Session {
    id
    title
    format
    level
    language
    status
    startsAt
    endsAt
    capacity
    seatsLeft
    waitlistLength
    interestCount
    onlineUrl
    hosts {
      id
      name
    }
    room {
      id
      name
      site
    }
    skills {
      id
      name
    }
    myRegistration {
      id
      status
      waitlistPosition
    }
  }
`);

export const UpcomingSessionsDocument = graphql(`
  query UpcomingSessions($first: Int!, $after: String, $filter: UpcomingSessionsFilter) {
    upcomingSessions(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...SessionCardFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ProposalsDocument = graphql(`
  query Proposals {
    proposals(first: 30) {
      ...SessionCardFields
      description
    }
  }
`);

export const SitesDocument = graphql(`
  query Sites {
    rooms {
      id
      site
    }
  }
`);

export const SkillSearchDocument = graphql(`
  query SkillSearch($search: String!) {
    skills(search: $search, limit: 10) {
      id
      name
    }
  }
`);

export const SessionDocument = graphql(`
  query Session($id: ID!) {
    session(id: $id) {
      ...SessionCardFields
      description
      durationMinutes
      seatsTaken
      hosts {
        id
        name
        email
        jobTitle
        department
      }
      room {
        id
        name
        site
        capacity
        equipment
      }
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

export const JoinSessionDocument = graphql(`
  mutation JoinSession($sessionId: ID!) {
    joinSession(sessionId: $sessionId) {
      registration {
        id
        status
        waitlistPosition
      }
      session {
        ...SessionCardFields
      }
    }
  }
`);

export const LeaveSessionDocument = graphql(`
  mutation LeaveSession($sessionId: ID!) {
    leaveSession(sessionId: $sessionId) {
      ...SessionCardFields
    }
  }
`);

export const ShowInterestDocument = graphql(`
  mutation ShowInterest($sessionId: ID!) {
    showInterest(sessionId: $sessionId) {
      id
      interestCount
    }
  }
`);

export const WithdrawInterestDocument = graphql(`
  mutation WithdrawInterest($sessionId: ID!) {
    withdrawInterest(sessionId: $sessionId) {
      id
      interestCount
    }
  }
`);

export const ProposeSessionDocument = graphql(`
  mutation ProposeSession($input: ProposeSessionInput!) {
    proposeSession(input: $input) {
      id
      title
      status
    }
  }
`);

export const MySessionsDocument = graphql(`
  query MySessions {
    mySessions(includePast: true) {
      ...SessionCardFields
    }
  }
`);
