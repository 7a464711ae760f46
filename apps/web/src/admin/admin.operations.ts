// This feature's GraphQL operations, read by GraphQL Code Generator (npm run web:schema). Pages import the typed
// documents it generates from src/gql/graphql, so the bundle holds only the operations a page uses.
import { graphql } from '../gql';

export const PeopleDocument = graphql(`
  query People($search: String!) {
    people(search: $search, limit: 50) {
      id
      name
      email
      department
      jobTitle
      site
      roles
      managerId
    }
  }
`);

export const SetPersonRolesDocument = graphql(`
  mutation SetPersonRoles($input: SetRolesInput!) {
    setPersonRoles(input: $input) {
      id
      roles
    }
  }
`);

export const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      name
      email
      department
      jobTitle
      site
      roles
    }
  }
`);

export const PersonNameDocument = graphql(`
  query PersonName($id: ID!) {
    person(id: $id) {
      id
      name
      email
    }
  }
`);

export const SetPersonManagerDocument = graphql(`
  mutation SetPersonManager($input: SetManagerInput!) {
    setPersonManager(input: $input) {
      id
      managerId
    }
  }
`);

export const ErasePersonDocument = graphql(`
  mutation ErasePerson($personId: ID!) {
    erasePerson(personId: $personId)
  }
`);

export const OpenMentoringRoundsDocument = graphql(`
  query OpenMentoringRounds {
    openMentoringRounds {
      id
      name
      deadline
    }
  }
`);

export const OpenMentoringRoundDocument = graphql(`
  mutation OpenMentoringRound($input: OpenRoundInput!) {
    openMentoringRound(input: $input) {
      id
      name
      status
    }
  }
`);

export const MentoringRoundDocument = graphql(`
  query MentoringRound($id: ID!) {
    mentoringRound(id: $id) {
      id
      name
      status
      deadline
      requestsClosedAt
      progress
      lastError
      autoPublish
      responseDays
      seniorityGapMin
      seniorityGapMax
      weights {
        criterion
        weight
      }
      participants {
        departments
        sites
      }
      result {
        runNumber
        menteeCount
        mentorCount
        candidatePairCount
        proposedCount
        keptCount
        unmatchedCount
        totalScore
        targetCost
        targetStatus
        targetReport
      }
    }
  }
`);

export const RoundInsightsDocument = graphql(`
  query RoundInsights($roundId: ID!) {
    roundInsights(roundId: $roundId) {
      roundId
      matchedCount
      meanScore
      groups {
        attribute
        group
        mentees
        matched
        matchRate
      }
      criteria {
        criterion
        metCount
        meanPoints
      }
    }
  }
`);

export const RunMentoringRoundDocument = graphql(`
  mutation RunMentoringRound($roundId: ID!) {
    runMentoringRound(roundId: $roundId) {
      id
      status
      progress
    }
  }
`);

export const PublishMentoringRoundDocument = graphql(`
  mutation PublishMentoringRound($roundId: ID!) {
    publishMentoringRound(roundId: $roundId) {
      id
      status
    }
  }
`);

export const CloseMentoringRoundDocument = graphql(`
  mutation CloseMentoringRound($roundId: ID!) {
    closeMentoringRound(roundId: $roundId) {
      id
      status
    }
  }
`);

export const FailedMessagesDocument = graphql(`
  query FailedMessages {
    failedMessages(first: 100) {
      id
      kind
      recipient
      status
      attempts
      lastError
      sessionId
      createdAt
      processedAt
    }
  }
`);

export const RetryMessageDocument = graphql(`
  mutation RetryMessage($messageId: ID!) {
    retryMessage(messageId: $messageId)
  }
`);

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditLogFilter, $before: ID) {
    auditLog(filter: $filter, before: $before, first: 50) {
      id
      occurredAt
      action
      actorId
      actor {
        id
        name
      }
      targetType
      targetId
      details
      correlationId
    }
  }
`);

export const InboundMessagesDocument = graphql(`
  query InboundMessages($status: InboundStatus) {
    inboundMessages(first: 200, status: $status) {
      id
      recipient
      fromAddress
      envelopeSender
      subject
      channel
      receivedAt
      status
      outcome
      itipMethod
      answered
      processedAt
    }
  }
`);
