// The mentoring rounds' GraphQL operations for admins beyond opening, running and publishing (admin.operations.ts):
// the list with counts, the review with pins and exclusions, and the outcomes. Read by GraphQL Code Generator.
import { graphql } from '../gql';

export const MentoringRoundsDocument = graphql(`
  query MentoringRounds {
    mentoringRounds {
      id
      name
      status
      deadline
      requestsClosedAt
      requests
      unpublished
      awaitingAnswer
      accepted
      declined
      expired
      ended
      completed
    }
  }
`);

export const ReviewFields = graphql(`
  fragment ReviewFields on RoundReview {
    round {
      id
      status
    }
    pairs {
      published
      pinned
      match {
        id
        status
        score
        breakdown {
          criterion
          points
          explanation
        }
        mentor {
          id
          name
          department
          site
        }
        mentee {
          id
          name
          department
          site
        }
      }
    }
    unmatched {
      reason
      mentee {
        id
        name
        department
        site
      }
    }
    excluded {
      mentor {
        id
        name
      }
      mentee {
        id
        name
      }
    }
  }
`);

export const MentoringRoundReviewDocument = graphql(`
  query MentoringRoundReview($roundId: ID!) {
    mentoringRoundReview(roundId: $roundId) {
      ...ReviewFields
    }
  }
`);

export const PinMentorPairDocument = graphql(`
  mutation PinMentorPair($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {
    pinMentorPair(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {
      ...ReviewFields
    }
  }
`);

export const ExcludeMentorPairDocument = graphql(`
  mutation ExcludeMentorPair($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {
    excludeMentorPair(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {
      ...ReviewFields
    }
  }
`);

export const ClearMentorPairRuleDocument = graphql(`
  mutation ClearMentorPairRule($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {
    clearMentorPairRule(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {
      ...ReviewFields
    }
  }
`);

export const CloseMentoringRoundRequestsDocument = graphql(`
  mutation CloseMentoringRoundRequests($roundId: ID!) {
    closeMentoringRoundRequests(roundId: $roundId) {
      id
      status
      requestsClosedAt
    }
  }
`);

export const MentoringRoundOutcomesDocument = graphql(`
  query MentoringRoundOutcomes($roundId: ID!) {
    mentoringRoundOutcomes(roundId: $roundId) {
      roundId
      acceptedCount
      runningCount
      completedCount
      endedEarlyCount
      completionRate
      meetingsLogged
      feedback {
        responses
        averageRating
      }
      mentorFeedback {
        responses
        averageRating
      }
      menteeFeedback {
        responses
        averageRating
      }
    }
    mentoringRoundScoreDistribution(roundId: $roundId, bucketWidth: 100) {
      roundId
      bucketWidth
      matchCount
      buckets {
        from
        to
        count
      }
    }
  }
`);
