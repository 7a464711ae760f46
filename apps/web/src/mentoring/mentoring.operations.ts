// This feature's GraphQL operations, read by GraphQL Code Generator (npm run web:schema). Pages import the typed
// documents it generates from src/gql/graphql, so the bundle holds only the operations a page uses.
import { graphql } from '../gql';

export const MentorMatchFields = graphql(`
  fragment MentorMatchFields on MentorMatch {
    id
    roundId
    status
    score
    respondBy
    decidedAt
    declineReason
    meetingStartsAt
    meetingEndsAt
    meetingRoom
    meetingCalledOff
    runsUntil
    completedAt
    mentor {
      id
      name
      email
      jobTitle
      department
      site
    }
    mentee {
      id
      name
      email
      jobTitle
      department
      site
    }
    breakdown {
      criterion
      points
      explanation
    }
  }
`);

export const MentoringOverviewDocument = graphql(`
  query MentoringOverview {
    myMentorProfile {
      active
      capacity
      languages
      seniorityYears
      skillsOffered {
        name
        level
      }
    }
    openMentoringRounds {
      id
      name
      deadline
    }
    myProposedMatches {
      ...MentorMatchFields
    }
    myMentorMatch {
      ...MentorMatchFields
    }
  }
`);

/** What the mentee form shows of a request: read when the page opens and again after each save. */
export const MenteeRequestFields = graphql(`
  fragment MenteeRequestFields on MenteeRequest {
    id
    roundId
    goals
    languages
    seniorityYears
    prefersOtherDepartment
    prefersOtherSite
    prefersSameGender
    skillsWanted {
      name
      level
    }
  }
`);

export const MyMenteeRequestDocument = graphql(`
  query MyMenteeRequest($roundId: ID!) {
    myMenteeRequest(roundId: $roundId) {
      ...MenteeRequestFields
    }
  }
`);

export const UpsertMyMentorProfileDocument = graphql(`
  mutation UpsertMyMentorProfile($input: MentorProfileInput!) {
    upsertMyMentorProfile(input: $input) {
      active
      capacity
      languages
      seniorityYears
      skillsOffered {
        name
        level
      }
    }
  }
`);

export const CreateMyMenteeRequestDocument = graphql(`
  mutation CreateMyMenteeRequest($roundId: ID!, $input: MenteeRequestInput!) {
    createMyMenteeRequest(roundId: $roundId, input: $input) {
      id
      roundId
      goals
    }
  }
`);

export const AcceptMentorMatchDocument = graphql(`
  mutation AcceptMentorMatch($matchId: ID!) {
    acceptMentorMatch(matchId: $matchId) {
      ...MentorMatchFields
    }
  }
`);

export const DeclineMentorMatchDocument = graphql(`
  mutation DeclineMentorMatch($matchId: ID!, $reason: String) {
    declineMentorMatch(matchId: $matchId, reason: $reason) {
      ...MentorMatchFields
    }
  }
`);

export const EndMentorMatchDocument = graphql(`
  mutation EndMentorMatch($matchId: ID!) {
    endMentorMatch(matchId: $matchId) {
      ...MentorMatchFields
    }
  }
`);

export const UpdateMyMenteeRequestDocument = graphql(`
  mutation UpdateMyMenteeRequest($roundId: ID!, $input: MenteeRequestInput!) {
    updateMyMenteeRequest(roundId: $roundId, input: $input) {
      ...MenteeRequestFields
    }
  }
`);

export const WithdrawMyMenteeRequestDocument = graphql(`
  mutation WithdrawMyMenteeRequest($roundId: ID!) {
    withdrawMyMenteeRequest(roundId: $roundId)
  }
`);

export const MyMentoringHistoryDocument = graphql(`
  query MyMentoringHistory {
    myMentoringHistory {
      ...MentorMatchFields
    }
  }
`);

export const MyMeetingSettingsDocument = graphql(`
  query MyMeetingSettings {
    me {
      id
      timeZone
      meetingUrl
      workingHours {
        weekday
        start
        end
      }
    }
  }
`);

export const SetMyWorkingHoursDocument = graphql(`
  mutation SetMyWorkingHours($hours: [WorkingDayInput!]!) {
    setMyWorkingHours(hours: $hours) {
      id
      workingHours {
        weekday
        start
        end
      }
    }
  }
`);

export const SetMyMeetingUrlDocument = graphql(`
  mutation SetMyMeetingUrl($url: String) {
    setMyMeetingUrl(url: $url) {
      id
      meetingUrl
    }
  }
`);

export const MoveMentorMeetingDocument = graphql(`
  mutation MoveMentorMeeting($input: MoveMentorMeetingInput!) {
    moveMentorMeeting(input: $input) {
      ...MentorMatchFields
    }
  }
`);

export const MentoringMeetingLogDocument = graphql(`
  query MentoringMeetingLog($matchId: ID!) {
    mentoringMeetingLog(matchId: $matchId) {
      id
      matchId
      heldAt
      durationMinutes
      note
      loggedById
    }
  }
`);

export const LogMentoringMeetingDocument = graphql(`
  mutation LogMentoringMeeting($input: LogMentoringMeetingInput!) {
    logMentoringMeeting(input: $input) {
      id
      matchId
      heldAt
      durationMinutes
      note
      loggedById
    }
  }
`);

export const MyMentoringFeedbackDocument = graphql(`
  query MyMentoringFeedback($matchId: ID!) {
    myMentoringFeedback(matchId: $matchId) {
      matchId
      rating
      comment
      createdAt
    }
  }
`);

export const GiveMentoringFeedbackDocument = graphql(`
  mutation GiveMentoringFeedback($input: GiveMentoringFeedbackInput!) {
    giveMentoringFeedback(input: $input) {
      matchId
      rating
      comment
      createdAt
    }
  }
`);
