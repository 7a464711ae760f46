/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query People($search: String!) {\n    people(search: $search, limit: 50) {\n      id\n      name\n      email\n      department\n      jobTitle\n      site\n      roles\n      managerId\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation SetPersonRoles($input: SetRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": typeof types.SetPersonRolesDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n      department\n      jobTitle\n      site\n      roles\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  query PersonName($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.PersonNameDocument,
    "\n  mutation SetPersonManager($input: SetManagerInput!) {\n    setPersonManager(input: $input) {\n      id\n      managerId\n    }\n  }\n": typeof types.SetPersonManagerDocument,
    "\n  mutation ErasePerson($personId: ID!) {\n    erasePerson(personId: $personId)\n  }\n": typeof types.ErasePersonDocument,
    "\n  query OpenMentoringRounds {\n    openMentoringRounds {\n      id\n      name\n      deadline\n    }\n  }\n": typeof types.OpenMentoringRoundsDocument,
    "\n  mutation OpenMentoringRound($input: OpenRoundInput!) {\n    openMentoringRound(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.OpenMentoringRoundDocument,
    "\n  query MentoringRound($id: ID!) {\n    mentoringRound(id: $id) {\n      id\n      name\n      status\n      deadline\n      requestsClosedAt\n      progress\n      lastError\n      autoPublish\n      responseDays\n      seniorityGapMin\n      seniorityGapMax\n      weights {\n        criterion\n        weight\n      }\n      participants {\n        departments\n        sites\n      }\n      result {\n        runNumber\n        menteeCount\n        mentorCount\n        candidatePairCount\n        proposedCount\n        keptCount\n        unmatchedCount\n        totalScore\n        targetCost\n        targetStatus\n        targetReport\n      }\n    }\n  }\n": typeof types.MentoringRoundDocument,
    "\n  query RoundInsights($roundId: ID!) {\n    roundInsights(roundId: $roundId) {\n      roundId\n      matchedCount\n      meanScore\n      groups {\n        attribute\n        group\n        mentees\n        matched\n        matchRate\n      }\n      criteria {\n        criterion\n        metCount\n        meanPoints\n      }\n    }\n  }\n": typeof types.RoundInsightsDocument,
    "\n  mutation RunMentoringRound($roundId: ID!) {\n    runMentoringRound(roundId: $roundId) {\n      id\n      status\n      progress\n    }\n  }\n": typeof types.RunMentoringRoundDocument,
    "\n  mutation PublishMentoringRound($roundId: ID!) {\n    publishMentoringRound(roundId: $roundId) {\n      id\n      status\n    }\n  }\n": typeof types.PublishMentoringRoundDocument,
    "\n  mutation CloseMentoringRound($roundId: ID!) {\n    closeMentoringRound(roundId: $roundId) {\n      id\n      status\n    }\n  }\n": typeof types.CloseMentoringRoundDocument,
    "\n  query FailedMessages {\n    failedMessages(first: 100) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      lastError\n      sessionId\n      createdAt\n      processedAt\n    }\n  }\n": typeof types.FailedMessagesDocument,
    "\n  mutation RetryMessage($messageId: ID!) {\n    retryMessage(messageId: $messageId)\n  }\n": typeof types.RetryMessageDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $before: ID) {\n    auditLog(filter: $filter, before: $before, first: 50) {\n      id\n      occurredAt\n      action\n      actorId\n      actor {\n        id\n        name\n      }\n      targetType\n      targetId\n      details\n      correlationId\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query InboundMessages($status: InboundStatus) {\n    inboundMessages(first: 200, status: $status) {\n      id\n      recipient\n      fromAddress\n      envelopeSender\n      subject\n      channel\n      receivedAt\n      status\n      outcome\n      itipMethod\n      answered\n      processedAt\n    }\n  }\n": typeof types.InboundMessagesDocument,
    "\n  query MentoringRounds {\n    mentoringRounds {\n      id\n      name\n      status\n      deadline\n      requestsClosedAt\n      requests\n      unpublished\n      awaitingAnswer\n      accepted\n      declined\n      expired\n      ended\n      completed\n    }\n  }\n": typeof types.MentoringRoundsDocument,
    "\n  fragment ReviewFields on RoundReview {\n    round {\n      id\n      status\n    }\n    pairs {\n      published\n      pinned\n      match {\n        id\n        status\n        score\n        breakdown {\n          criterion\n          points\n          explanation\n        }\n        mentor {\n          id\n          name\n          department\n          site\n        }\n        mentee {\n          id\n          name\n          department\n          site\n        }\n      }\n    }\n    unmatched {\n      reason\n      mentee {\n        id\n        name\n        department\n        site\n      }\n    }\n    excluded {\n      mentor {\n        id\n        name\n      }\n      mentee {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  query MentoringRoundReview($roundId: ID!) {\n    mentoringRoundReview(roundId: $roundId) {\n      ...ReviewFields\n    }\n  }\n": typeof types.MentoringRoundReviewDocument,
    "\n  mutation PinMentorPair($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    pinMentorPair(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {\n      ...ReviewFields\n    }\n  }\n": typeof types.PinMentorPairDocument,
    "\n  mutation ExcludeMentorPair($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    excludeMentorPair(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {\n      ...ReviewFields\n    }\n  }\n": typeof types.ExcludeMentorPairDocument,
    "\n  mutation ClearMentorPairRule($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    clearMentorPairRule(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {\n      ...ReviewFields\n    }\n  }\n": typeof types.ClearMentorPairRuleDocument,
    "\n  mutation CloseMentoringRoundRequests($roundId: ID!) {\n    closeMentoringRoundRequests(roundId: $roundId) {\n      id\n      status\n      requestsClosedAt\n    }\n  }\n": typeof types.CloseMentoringRoundRequestsDocument,
    "\n  query MentoringRoundOutcomes($roundId: ID!) {\n    mentoringRoundOutcomes(roundId: $roundId) {\n      roundId\n      acceptedCount\n      runningCount\n      completedCount\n      endedEarlyCount\n      completionRate\n      meetingsLogged\n      feedback {\n        responses\n        averageRating\n      }\n      mentorFeedback {\n        responses\n        averageRating\n      }\n      menteeFeedback {\n        responses\n        averageRating\n      }\n    }\n    mentoringRoundScoreDistribution(roundId: $roundId, bucketWidth: 100) {\n      roundId\n      bucketWidth\n      matchCount\n      buckets {\n        from\n        to\n        count\n      }\n    }\n  }\n": typeof types.MentoringRoundOutcomesDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      department\n      jobTitle\n      site\n      timeZone\n      language\n      managerId\n      roles\n      skills {\n        kind\n        level\n        skill {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SetLanguage($language: String!) {\n    updateMyProfile(input: { language: $language }) {\n      id\n      language\n    }\n  }\n": typeof types.SetLanguageDocument,
    "\n  fragment MentorMatchFields on MentorMatch {\n    id\n    roundId\n    status\n    score\n    respondBy\n    decidedAt\n    declineReason\n    meetingStartsAt\n    meetingEndsAt\n    meetingRoom\n    meetingCalledOff\n    runsUntil\n    completedAt\n    mentor {\n      id\n      name\n      email\n      jobTitle\n      department\n      site\n    }\n    mentee {\n      id\n      name\n      email\n      jobTitle\n      department\n      site\n    }\n    breakdown {\n      criterion\n      points\n      explanation\n    }\n  }\n": typeof types.MentorMatchFieldsFragmentDoc,
    "\n  query MentoringOverview {\n    myMentorProfile {\n      active\n      capacity\n      languages\n      seniorityYears\n      skillsOffered {\n        name\n        level\n      }\n    }\n    openMentoringRounds {\n      id\n      name\n      deadline\n    }\n    myProposedMatches {\n      ...MentorMatchFields\n    }\n    myMentorMatch {\n      ...MentorMatchFields\n    }\n  }\n": typeof types.MentoringOverviewDocument,
    "\n  fragment MenteeRequestFields on MenteeRequest {\n    id\n    roundId\n    goals\n    languages\n    seniorityYears\n    prefersOtherDepartment\n    prefersOtherSite\n    prefersSameGender\n    skillsWanted {\n      name\n      level\n    }\n  }\n": typeof types.MenteeRequestFieldsFragmentDoc,
    "\n  query MyMenteeRequest($roundId: ID!) {\n    myMenteeRequest(roundId: $roundId) {\n      ...MenteeRequestFields\n    }\n  }\n": typeof types.MyMenteeRequestDocument,
    "\n  mutation UpsertMyMentorProfile($input: MentorProfileInput!) {\n    upsertMyMentorProfile(input: $input) {\n      active\n      capacity\n      languages\n      seniorityYears\n      skillsOffered {\n        name\n        level\n      }\n    }\n  }\n": typeof types.UpsertMyMentorProfileDocument,
    "\n  mutation CreateMyMenteeRequest($roundId: ID!, $input: MenteeRequestInput!) {\n    createMyMenteeRequest(roundId: $roundId, input: $input) {\n      id\n      roundId\n      goals\n    }\n  }\n": typeof types.CreateMyMenteeRequestDocument,
    "\n  mutation AcceptMentorMatch($matchId: ID!) {\n    acceptMentorMatch(matchId: $matchId) {\n      ...MentorMatchFields\n    }\n  }\n": typeof types.AcceptMentorMatchDocument,
    "\n  mutation DeclineMentorMatch($matchId: ID!, $reason: String) {\n    declineMentorMatch(matchId: $matchId, reason: $reason) {\n      ...MentorMatchFields\n    }\n  }\n": typeof types.DeclineMentorMatchDocument,
    "\n  mutation EndMentorMatch($matchId: ID!) {\n    endMentorMatch(matchId: $matchId) {\n      ...MentorMatchFields\n    }\n  }\n": typeof types.EndMentorMatchDocument,
    "\n  mutation UpdateMyMenteeRequest($roundId: ID!, $input: MenteeRequestInput!) {\n    updateMyMenteeRequest(roundId: $roundId, input: $input) {\n      ...MenteeRequestFields\n    }\n  }\n": typeof types.UpdateMyMenteeRequestDocument,
    "\n  mutation WithdrawMyMenteeRequest($roundId: ID!) {\n    withdrawMyMenteeRequest(roundId: $roundId)\n  }\n": typeof types.WithdrawMyMenteeRequestDocument,
    "\n  query MyMentoringHistory {\n    myMentoringHistory {\n      ...MentorMatchFields\n    }\n  }\n": typeof types.MyMentoringHistoryDocument,
    "\n  query MyMeetingSettings {\n    me {\n      id\n      timeZone\n      meetingUrl\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n": typeof types.MyMeetingSettingsDocument,
    "\n  mutation SetMyWorkingHours($hours: [WorkingDayInput!]!) {\n    setMyWorkingHours(hours: $hours) {\n      id\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n": typeof types.SetMyWorkingHoursDocument,
    "\n  mutation SetMyMeetingUrl($url: String) {\n    setMyMeetingUrl(url: $url) {\n      id\n      meetingUrl\n    }\n  }\n": typeof types.SetMyMeetingUrlDocument,
    "\n  mutation MoveMentorMeeting($input: MoveMentorMeetingInput!) {\n    moveMentorMeeting(input: $input) {\n      ...MentorMatchFields\n    }\n  }\n": typeof types.MoveMentorMeetingDocument,
    "\n  query MentoringMeetingLog($matchId: ID!) {\n    mentoringMeetingLog(matchId: $matchId) {\n      id\n      matchId\n      heldAt\n      durationMinutes\n      note\n      loggedById\n    }\n  }\n": typeof types.MentoringMeetingLogDocument,
    "\n  mutation LogMentoringMeeting($input: LogMentoringMeetingInput!) {\n    logMentoringMeeting(input: $input) {\n      id\n      matchId\n      heldAt\n      durationMinutes\n      note\n      loggedById\n    }\n  }\n": typeof types.LogMentoringMeetingDocument,
    "\n  query MyMentoringFeedback($matchId: ID!) {\n    myMentoringFeedback(matchId: $matchId) {\n      matchId\n      rating\n      comment\n      createdAt\n    }\n  }\n": typeof types.MyMentoringFeedbackDocument,
    "\n  mutation GiveMentoringFeedback($input: GiveMentoringFeedbackInput!) {\n    giveMentoringFeedback(input: $input) {\n      matchId\n      rating\n      comment\n      createdAt\n    }\n  }\n": typeof types.GiveMentoringFeedbackDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      jobTitle\n      department\n      site\n      timeZone\n      language\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation SetMySkill($input: SetSkillInput!) {\n    setMySkill(input: $input) {\n      kind\n      level\n      skill {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SetMySkillDocument,
    "\n  mutation RemoveMySkill($input: RemoveSkillInput!) {\n    removeMySkill(input: $input) {\n      kind\n      level\n      skill {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RemoveMySkillDocument,
    "\n  query MyDiversityAttributes {\n    myDiversityAttributes {\n      attribute\n      value\n      consentGivenAt\n    }\n  }\n": typeof types.MyDiversityAttributesDocument,
    "\n  mutation SetMyDiversityAttribute($input: DiversityAttributeInput!) {\n    setMyDiversityAttribute(input: $input) {\n      attribute\n      value\n      consentGivenAt\n    }\n  }\n": typeof types.SetMyDiversityAttributeDocument,
    "\n  mutation ClearMyDiversityAttribute($attribute: String!) {\n    clearMyDiversityAttribute(attribute: $attribute) {\n      attribute\n      value\n      consentGivenAt\n    }\n  }\n": typeof types.ClearMyDiversityAttributeDocument,
    "\n  mutation RotateMyCalendarFeed {\n    rotateMyCalendarFeed\n  }\n": typeof types.RotateMyCalendarFeedDocument,
    "\n  query MyPersonalData {\n    myPersonalData\n  }\n": typeof types.MyPersonalDataDocument,
    "\n  fragment RoomRulesFields on RoomRules {\n    roomId\n    timeZone\n    bookableHours {\n      weekday\n      opens\n      closes\n    }\n    blackouts {\n      startsAt\n      endsAt\n      reason\n    }\n    maxBookingMinutes\n    minNoticeMinutes\n    maxDaysAhead\n    recurringAllowed\n    requiresApproval\n    recurringConflicts\n  }\n": typeof types.RoomRulesFieldsFragmentDoc,
    "\n  query RoomRules($roomId: ID!) {\n    roomRules(roomId: $roomId) {\n      ...RoomRulesFields\n    }\n  }\n": typeof types.RoomRulesDocument,
    "\n  mutation SetRoomRules($input: SetRoomRulesInput!) {\n    setRoomRules(input: $input) {\n      ...RoomRulesFields\n    }\n  }\n": typeof types.SetRoomRulesDocument,
    "\n  query PendingRoomApprovals {\n    pendingRoomApprovals {\n      id\n      organizer\n      summary\n      status\n      requestedAt\n      occurrences {\n        startsAt\n        endsAt\n      }\n      room {\n        id\n        name\n        site\n      }\n    }\n  }\n": typeof types.PendingRoomApprovalsDocument,
    "\n  mutation ApproveRoomBooking($approvalId: ID!) {\n    approveRoomBooking(approvalId: $approvalId) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveRoomBookingDocument,
    "\n  mutation RefuseRoomBooking($input: RefuseRoomBookingInput!) {\n    refuseRoomBooking(input: $input) {\n      id\n      status\n      reason\n    }\n  }\n": typeof types.RefuseRoomBookingDocument,
    "\n  fragment RoomMeetingFields on RoomMeeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    bookedInKennis\n    room {\n      id\n      name\n      site\n    }\n  }\n": typeof types.RoomMeetingFieldsFragmentDoc,
    "\n  query MyRoomBookings {\n    myRoomBookings {\n      ...RoomMeetingFields\n    }\n  }\n": typeof types.MyRoomBookingsDocument,
    "\n  mutation BookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      ...RoomMeetingFields\n    }\n  }\n": typeof types.BookRoomDocument,
    "\n  mutation CancelRoomBooking($bookingId: ID!) {\n    cancelRoomBooking(bookingId: $bookingId) {\n      ...RoomMeetingFields\n    }\n  }\n": typeof types.CancelRoomBookingDocument,
    "\n  query BookableRooms($site: String) {\n    rooms(site: $site) {\n      id\n      name\n      site\n      capacity\n      equipment\n      timeZone\n    }\n  }\n": typeof types.BookableRoomsDocument,
    "\n  fragment RoomFields on Room {\n    id\n    site\n    name\n    capacity\n    equipment\n    resourceMailbox\n    active\n  }\n": typeof types.RoomFieldsFragmentDoc,
    "\n  query Rooms($includeRetired: Boolean!) {\n    rooms(includeRetired: $includeRetired) {\n      ...RoomFields\n    }\n  }\n": typeof types.RoomsDocument,
    "\n  query Room($id: ID!) {\n    room(id: $id) {\n      ...RoomFields\n    }\n  }\n": typeof types.RoomDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n": typeof types.UpdateRoomDocument,
    "\n  mutation RetireRoom($roomId: ID!) {\n    retireRoom(roomId: $roomId) {\n      ...RoomFields\n    }\n  }\n": typeof types.RetireRoomDocument,
    "\n  query SiteRoomBookings($input: SiteRoomBookingsInput!) {\n    siteRoomBookings(input: $input) {\n      id\n      roomId\n      startsAt\n      endsAt\n      label\n      bookedByName\n    }\n  }\n": typeof types.SiteRoomBookingsDocument,
    "\n  query SiteBookings($filter: UpcomingSessionsFilter!) {\n    upcomingSessions(first: 100, filter: $filter) {\n      edges {\n        node {\n          # Not SessionCardFields: a hundred cards' worth of fields is over the API's cost limit.\n          id\n          title\n          status\n          startsAt\n          endsAt\n          seatsTaken\n          capacity\n          room {\n            id\n          }\n          hosts {\n            id\n            name\n          }\n          facilityRequests {\n            note\n            team {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SiteBookingsDocument,
    "\n  query FacilityTeams {\n    facilityTeams {\n      id\n      name\n      kind\n      site\n      mailbox\n      timeZone\n    }\n  }\n": typeof types.FacilityTeamsDocument,
    "\n  query FacilityTeamRequests($facilityTeamId: ID!) {\n    facilityTeamRequests(facilityTeamId: $facilityTeamId) {\n      id\n      summary\n      sessionId\n      organizer\n      startsAt\n      endsAt\n      location\n      note\n      status\n      decisionReason\n      occurrences {\n        recurrenceId\n        startsAt\n        endsAt\n        declinedReason\n      }\n    }\n  }\n": typeof types.FacilityTeamRequestsDocument,
    "\n  mutation ConfirmFacilityRequest($input: ConfirmFacilityRequestInput!) {\n    confirmFacilityRequest(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n": typeof types.ConfirmFacilityRequestDocument,
    "\n  mutation DeclineFacilityRequest($input: DeclineFacilityRequestInput!) {\n    declineFacilityRequest(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n": typeof types.DeclineFacilityRequestDocument,
    "\n  mutation CreateFacilityTeam($input: CreateFacilityTeamInput!) {\n    createFacilityTeam(input: $input) {\n      id\n      name\n      kind\n      site\n      mailbox\n      timeZone\n    }\n  }\n": typeof types.CreateFacilityTeamDocument,
    "\n  mutation UpdateSessionDetails($input: UpdateSessionDetailsInput!) {\n    updateSessionDetails(input: $input) {\n      ...SessionCardFields\n      description\n    }\n  }\n": typeof types.UpdateSessionDetailsDocument,
    "\n  query FreeRooms($input: FreeRoomsInput!) {\n    freeRooms(input: $input) {\n      id\n      name\n      site\n      capacity\n      equipment\n    }\n  }\n": typeof types.FreeRoomsDocument,
    "\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...SessionCardFields\n    }\n  }\n": typeof types.ScheduleSessionDocument,
    "\n  mutation RescheduleSession($input: ScheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...SessionCardFields\n    }\n  }\n": typeof types.RescheduleSessionDocument,
    "\n  mutation MoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) {\n      ...SessionCardFields\n    }\n  }\n": typeof types.MoveSessionDocument,
    "\n  mutation CancelSession($sessionId: ID!) {\n    cancelSession(sessionId: $sessionId) {\n      ...SessionCardFields\n    }\n  }\n": typeof types.CancelSessionDocument,
    "\n  mutation CompleteSession($sessionId: ID!) {\n    completeSession(sessionId: $sessionId) {\n      ...SessionCardFields\n    }\n  }\n": typeof types.CompleteSessionDocument,
    "\n  query SessionAttendees($sessionId: ID!) {\n    sessionAttendees(sessionId: $sessionId) {\n      person {\n        id\n        name\n        email\n        department\n      }\n      registration {\n        id\n        status\n        waitlistPosition\n        createdAt\n      }\n    }\n  }\n": typeof types.SessionAttendeesDocument,
    "\n  query SessionMessages($sessionId: ID!) {\n    sessionMessages(sessionId: $sessionId) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      lastError\n      createdAt\n      processedAt\n    }\n  }\n": typeof types.SessionMessagesDocument,
    "\n  query FacilityTeamsForSession($site: String) {\n    facilityTeams(site: $site) {\n      id\n      name\n      kind\n      site\n    }\n  }\n": typeof types.FacilityTeamsForSessionDocument,
    "\n  mutation RequestFacility($input: RequestFacilityInput!) {\n    requestFacility(input: $input) {\n      id\n      facilityRequests {\n        note\n        team {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.RequestFacilityDocument,
    "\n  mutation WithdrawFacilityRequest($sessionId: ID!, $facilityTeamId: ID!) {\n    withdrawFacilityRequest(sessionId: $sessionId, facilityTeamId: $facilityTeamId) {\n      id\n      facilityRequests {\n        note\n        team {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.WithdrawFacilityRequestDocument,
    "\n  query PeopleSearch($search: String!) {\n    people(search: $search, limit: 10) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.PeopleSearchDocument,
    "\n  mutation AddSessionHost($sessionId: ID!, $personId: ID!) {\n    addSessionHost(sessionId: $sessionId, personId: $personId) {\n      id\n      hosts {\n        id\n        name\n        email\n        jobTitle\n        department\n      }\n    }\n  }\n": typeof types.AddSessionHostDocument,
    "\n  fragment SessionCardFields on Session {\n    id\n    title\n    format\n    level\n    language\n    status\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistLength\n    interestCount\n    onlineUrl\n    hosts {\n      id\n      name\n    }\n    room {\n      id\n      name\n      site\n    }\n    skills {\n      id\n      name\n    }\n    myRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.SessionCardFieldsFragmentDoc,
    "\n  query UpcomingSessions($first: Int!, $after: String, $filter: UpcomingSessionsFilter) {\n    upcomingSessions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...SessionCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.UpcomingSessionsDocument,
    "\n  query Proposals {\n    proposals(first: 30) {\n      ...SessionCardFields\n      description\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  query Sites {\n    rooms {\n      id\n      site\n    }\n  }\n": typeof types.SitesDocument,
    "\n  query SkillSearch($search: String!) {\n    skills(search: $search, limit: 10) {\n      id\n      name\n    }\n  }\n": typeof types.SkillSearchDocument,
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionCardFields\n      description\n      durationMinutes\n      seatsTaken\n      hosts {\n        id\n        name\n        email\n        jobTitle\n        department\n      }\n      room {\n        id\n        name\n        site\n        capacity\n        equipment\n      }\n      facilityRequests {\n        note\n        team {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation JoinSession($sessionId: ID!) {\n    joinSession(sessionId: $sessionId) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      session {\n        ...SessionCardFields\n      }\n    }\n  }\n": typeof types.JoinSessionDocument,
    "\n  mutation LeaveSession($sessionId: ID!) {\n    leaveSession(sessionId: $sessionId) {\n      ...SessionCardFields\n    }\n  }\n": typeof types.LeaveSessionDocument,
    "\n  mutation ShowInterest($sessionId: ID!) {\n    showInterest(sessionId: $sessionId) {\n      id\n      interestCount\n    }\n  }\n": typeof types.ShowInterestDocument,
    "\n  mutation WithdrawInterest($sessionId: ID!) {\n    withdrawInterest(sessionId: $sessionId) {\n      id\n      interestCount\n    }\n  }\n": typeof types.WithdrawInterestDocument,
    "\n  mutation ProposeSession($input: ProposeSessionInput!) {\n    proposeSession(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.ProposeSessionDocument,
    "\n  query MySessions {\n    mySessions(includePast: true) {\n      ...SessionCardFields\n    }\n  }\n": typeof types.MySessionsDocument,
};
const documents: Documents = {
    "\n  query People($search: String!) {\n    people(search: $search, limit: 50) {\n      id\n      name\n      email\n      department\n      jobTitle\n      site\n      roles\n      managerId\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation SetPersonRoles($input: SetRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": types.SetPersonRolesDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n      department\n      jobTitle\n      site\n      roles\n    }\n  }\n": types.CreatePersonDocument,
    "\n  query PersonName($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n    }\n  }\n": types.PersonNameDocument,
    "\n  mutation SetPersonManager($input: SetManagerInput!) {\n    setPersonManager(input: $input) {\n      id\n      managerId\n    }\n  }\n": types.SetPersonManagerDocument,
    "\n  mutation ErasePerson($personId: ID!) {\n    erasePerson(personId: $personId)\n  }\n": types.ErasePersonDocument,
    "\n  query OpenMentoringRounds {\n    openMentoringRounds {\n      id\n      name\n      deadline\n    }\n  }\n": types.OpenMentoringRoundsDocument,
    "\n  mutation OpenMentoringRound($input: OpenRoundInput!) {\n    openMentoringRound(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": types.OpenMentoringRoundDocument,
    "\n  query MentoringRound($id: ID!) {\n    mentoringRound(id: $id) {\n      id\n      name\n      status\n      deadline\n      requestsClosedAt\n      progress\n      lastError\n      autoPublish\n      responseDays\n      seniorityGapMin\n      seniorityGapMax\n      weights {\n        criterion\n        weight\n      }\n      participants {\n        departments\n        sites\n      }\n      result {\n        runNumber\n        menteeCount\n        mentorCount\n        candidatePairCount\n        proposedCount\n        keptCount\n        unmatchedCount\n        totalScore\n        targetCost\n        targetStatus\n        targetReport\n      }\n    }\n  }\n": types.MentoringRoundDocument,
    "\n  query RoundInsights($roundId: ID!) {\n    roundInsights(roundId: $roundId) {\n      roundId\n      matchedCount\n      meanScore\n      groups {\n        attribute\n        group\n        mentees\n        matched\n        matchRate\n      }\n      criteria {\n        criterion\n        metCount\n        meanPoints\n      }\n    }\n  }\n": types.RoundInsightsDocument,
    "\n  mutation RunMentoringRound($roundId: ID!) {\n    runMentoringRound(roundId: $roundId) {\n      id\n      status\n      progress\n    }\n  }\n": types.RunMentoringRoundDocument,
    "\n  mutation PublishMentoringRound($roundId: ID!) {\n    publishMentoringRound(roundId: $roundId) {\n      id\n      status\n    }\n  }\n": types.PublishMentoringRoundDocument,
    "\n  mutation CloseMentoringRound($roundId: ID!) {\n    closeMentoringRound(roundId: $roundId) {\n      id\n      status\n    }\n  }\n": types.CloseMentoringRoundDocument,
    "\n  query FailedMessages {\n    failedMessages(first: 100) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      lastError\n      sessionId\n      createdAt\n      processedAt\n    }\n  }\n": types.FailedMessagesDocument,
    "\n  mutation RetryMessage($messageId: ID!) {\n    retryMessage(messageId: $messageId)\n  }\n": types.RetryMessageDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $before: ID) {\n    auditLog(filter: $filter, before: $before, first: 50) {\n      id\n      occurredAt\n      action\n      actorId\n      actor {\n        id\n        name\n      }\n      targetType\n      targetId\n      details\n      correlationId\n    }\n  }\n": types.AuditLogDocument,
    "\n  query InboundMessages($status: InboundStatus) {\n    inboundMessages(first: 200, status: $status) {\n      id\n      recipient\n      fromAddress\n      envelopeSender\n      subject\n      channel\n      receivedAt\n      status\n      outcome\n      itipMethod\n      answered\n      processedAt\n    }\n  }\n": types.InboundMessagesDocument,
    "\n  query MentoringRounds {\n    mentoringRounds {\n      id\n      name\n      status\n      deadline\n      requestsClosedAt\n      requests\n      unpublished\n      awaitingAnswer\n      accepted\n      declined\n      expired\n      ended\n      completed\n    }\n  }\n": types.MentoringRoundsDocument,
    "\n  fragment ReviewFields on RoundReview {\n    round {\n      id\n      status\n    }\n    pairs {\n      published\n      pinned\n      match {\n        id\n        status\n        score\n        breakdown {\n          criterion\n          points\n          explanation\n        }\n        mentor {\n          id\n          name\n          department\n          site\n        }\n        mentee {\n          id\n          name\n          department\n          site\n        }\n      }\n    }\n    unmatched {\n      reason\n      mentee {\n        id\n        name\n        department\n        site\n      }\n    }\n    excluded {\n      mentor {\n        id\n        name\n      }\n      mentee {\n        id\n        name\n      }\n    }\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  query MentoringRoundReview($roundId: ID!) {\n    mentoringRoundReview(roundId: $roundId) {\n      ...ReviewFields\n    }\n  }\n": types.MentoringRoundReviewDocument,
    "\n  mutation PinMentorPair($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    pinMentorPair(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {\n      ...ReviewFields\n    }\n  }\n": types.PinMentorPairDocument,
    "\n  mutation ExcludeMentorPair($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    excludeMentorPair(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {\n      ...ReviewFields\n    }\n  }\n": types.ExcludeMentorPairDocument,
    "\n  mutation ClearMentorPairRule($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    clearMentorPairRule(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {\n      ...ReviewFields\n    }\n  }\n": types.ClearMentorPairRuleDocument,
    "\n  mutation CloseMentoringRoundRequests($roundId: ID!) {\n    closeMentoringRoundRequests(roundId: $roundId) {\n      id\n      status\n      requestsClosedAt\n    }\n  }\n": types.CloseMentoringRoundRequestsDocument,
    "\n  query MentoringRoundOutcomes($roundId: ID!) {\n    mentoringRoundOutcomes(roundId: $roundId) {\n      roundId\n      acceptedCount\n      runningCount\n      completedCount\n      endedEarlyCount\n      completionRate\n      meetingsLogged\n      feedback {\n        responses\n        averageRating\n      }\n      mentorFeedback {\n        responses\n        averageRating\n      }\n      menteeFeedback {\n        responses\n        averageRating\n      }\n    }\n    mentoringRoundScoreDistribution(roundId: $roundId, bucketWidth: 100) {\n      roundId\n      bucketWidth\n      matchCount\n      buckets {\n        from\n        to\n        count\n      }\n    }\n  }\n": types.MentoringRoundOutcomesDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      department\n      jobTitle\n      site\n      timeZone\n      language\n      managerId\n      roles\n      skills {\n        kind\n        level\n        skill {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SetLanguage($language: String!) {\n    updateMyProfile(input: { language: $language }) {\n      id\n      language\n    }\n  }\n": types.SetLanguageDocument,
    "\n  fragment MentorMatchFields on MentorMatch {\n    id\n    roundId\n    status\n    score\n    respondBy\n    decidedAt\n    declineReason\n    meetingStartsAt\n    meetingEndsAt\n    meetingRoom\n    meetingCalledOff\n    runsUntil\n    completedAt\n    mentor {\n      id\n      name\n      email\n      jobTitle\n      department\n      site\n    }\n    mentee {\n      id\n      name\n      email\n      jobTitle\n      department\n      site\n    }\n    breakdown {\n      criterion\n      points\n      explanation\n    }\n  }\n": types.MentorMatchFieldsFragmentDoc,
    "\n  query MentoringOverview {\n    myMentorProfile {\n      active\n      capacity\n      languages\n      seniorityYears\n      skillsOffered {\n        name\n        level\n      }\n    }\n    openMentoringRounds {\n      id\n      name\n      deadline\n    }\n    myProposedMatches {\n      ...MentorMatchFields\n    }\n    myMentorMatch {\n      ...MentorMatchFields\n    }\n  }\n": types.MentoringOverviewDocument,
    "\n  fragment MenteeRequestFields on MenteeRequest {\n    id\n    roundId\n    goals\n    languages\n    seniorityYears\n    prefersOtherDepartment\n    prefersOtherSite\n    prefersSameGender\n    skillsWanted {\n      name\n      level\n    }\n  }\n": types.MenteeRequestFieldsFragmentDoc,
    "\n  query MyMenteeRequest($roundId: ID!) {\n    myMenteeRequest(roundId: $roundId) {\n      ...MenteeRequestFields\n    }\n  }\n": types.MyMenteeRequestDocument,
    "\n  mutation UpsertMyMentorProfile($input: MentorProfileInput!) {\n    upsertMyMentorProfile(input: $input) {\n      active\n      capacity\n      languages\n      seniorityYears\n      skillsOffered {\n        name\n        level\n      }\n    }\n  }\n": types.UpsertMyMentorProfileDocument,
    "\n  mutation CreateMyMenteeRequest($roundId: ID!, $input: MenteeRequestInput!) {\n    createMyMenteeRequest(roundId: $roundId, input: $input) {\n      id\n      roundId\n      goals\n    }\n  }\n": types.CreateMyMenteeRequestDocument,
    "\n  mutation AcceptMentorMatch($matchId: ID!) {\n    acceptMentorMatch(matchId: $matchId) {\n      ...MentorMatchFields\n    }\n  }\n": types.AcceptMentorMatchDocument,
    "\n  mutation DeclineMentorMatch($matchId: ID!, $reason: String) {\n    declineMentorMatch(matchId: $matchId, reason: $reason) {\n      ...MentorMatchFields\n    }\n  }\n": types.DeclineMentorMatchDocument,
    "\n  mutation EndMentorMatch($matchId: ID!) {\n    endMentorMatch(matchId: $matchId) {\n      ...MentorMatchFields\n    }\n  }\n": types.EndMentorMatchDocument,
    "\n  mutation UpdateMyMenteeRequest($roundId: ID!, $input: MenteeRequestInput!) {\n    updateMyMenteeRequest(roundId: $roundId, input: $input) {\n      ...MenteeRequestFields\n    }\n  }\n": types.UpdateMyMenteeRequestDocument,
    "\n  mutation WithdrawMyMenteeRequest($roundId: ID!) {\n    withdrawMyMenteeRequest(roundId: $roundId)\n  }\n": types.WithdrawMyMenteeRequestDocument,
    "\n  query MyMentoringHistory {\n    myMentoringHistory {\n      ...MentorMatchFields\n    }\n  }\n": types.MyMentoringHistoryDocument,
    "\n  query MyMeetingSettings {\n    me {\n      id\n      timeZone\n      meetingUrl\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n": types.MyMeetingSettingsDocument,
    "\n  mutation SetMyWorkingHours($hours: [WorkingDayInput!]!) {\n    setMyWorkingHours(hours: $hours) {\n      id\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n": types.SetMyWorkingHoursDocument,
    "\n  mutation SetMyMeetingUrl($url: String) {\n    setMyMeetingUrl(url: $url) {\n      id\n      meetingUrl\n    }\n  }\n": types.SetMyMeetingUrlDocument,
    "\n  mutation MoveMentorMeeting($input: MoveMentorMeetingInput!) {\n    moveMentorMeeting(input: $input) {\n      ...MentorMatchFields\n    }\n  }\n": types.MoveMentorMeetingDocument,
    "\n  query MentoringMeetingLog($matchId: ID!) {\n    mentoringMeetingLog(matchId: $matchId) {\n      id\n      matchId\n      heldAt\n      durationMinutes\n      note\n      loggedById\n    }\n  }\n": types.MentoringMeetingLogDocument,
    "\n  mutation LogMentoringMeeting($input: LogMentoringMeetingInput!) {\n    logMentoringMeeting(input: $input) {\n      id\n      matchId\n      heldAt\n      durationMinutes\n      note\n      loggedById\n    }\n  }\n": types.LogMentoringMeetingDocument,
    "\n  query MyMentoringFeedback($matchId: ID!) {\n    myMentoringFeedback(matchId: $matchId) {\n      matchId\n      rating\n      comment\n      createdAt\n    }\n  }\n": types.MyMentoringFeedbackDocument,
    "\n  mutation GiveMentoringFeedback($input: GiveMentoringFeedbackInput!) {\n    giveMentoringFeedback(input: $input) {\n      matchId\n      rating\n      comment\n      createdAt\n    }\n  }\n": types.GiveMentoringFeedbackDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      jobTitle\n      department\n      site\n      timeZone\n      language\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation SetMySkill($input: SetSkillInput!) {\n    setMySkill(input: $input) {\n      kind\n      level\n      skill {\n        id\n        name\n      }\n    }\n  }\n": types.SetMySkillDocument,
    "\n  mutation RemoveMySkill($input: RemoveSkillInput!) {\n    removeMySkill(input: $input) {\n      kind\n      level\n      skill {\n        id\n        name\n      }\n    }\n  }\n": types.RemoveMySkillDocument,
    "\n  query MyDiversityAttributes {\n    myDiversityAttributes {\n      attribute\n      value\n      consentGivenAt\n    }\n  }\n": types.MyDiversityAttributesDocument,
    "\n  mutation SetMyDiversityAttribute($input: DiversityAttributeInput!) {\n    setMyDiversityAttribute(input: $input) {\n      attribute\n      value\n      consentGivenAt\n    }\n  }\n": types.SetMyDiversityAttributeDocument,
    "\n  mutation ClearMyDiversityAttribute($attribute: String!) {\n    clearMyDiversityAttribute(attribute: $attribute) {\n      attribute\n      value\n      consentGivenAt\n    }\n  }\n": types.ClearMyDiversityAttributeDocument,
    "\n  mutation RotateMyCalendarFeed {\n    rotateMyCalendarFeed\n  }\n": types.RotateMyCalendarFeedDocument,
    "\n  query MyPersonalData {\n    myPersonalData\n  }\n": types.MyPersonalDataDocument,
    "\n  fragment RoomRulesFields on RoomRules {\n    roomId\n    timeZone\n    bookableHours {\n      weekday\n      opens\n      closes\n    }\n    blackouts {\n      startsAt\n      endsAt\n      reason\n    }\n    maxBookingMinutes\n    minNoticeMinutes\n    maxDaysAhead\n    recurringAllowed\n    requiresApproval\n    recurringConflicts\n  }\n": types.RoomRulesFieldsFragmentDoc,
    "\n  query RoomRules($roomId: ID!) {\n    roomRules(roomId: $roomId) {\n      ...RoomRulesFields\n    }\n  }\n": types.RoomRulesDocument,
    "\n  mutation SetRoomRules($input: SetRoomRulesInput!) {\n    setRoomRules(input: $input) {\n      ...RoomRulesFields\n    }\n  }\n": types.SetRoomRulesDocument,
    "\n  query PendingRoomApprovals {\n    pendingRoomApprovals {\n      id\n      organizer\n      summary\n      status\n      requestedAt\n      occurrences {\n        startsAt\n        endsAt\n      }\n      room {\n        id\n        name\n        site\n      }\n    }\n  }\n": types.PendingRoomApprovalsDocument,
    "\n  mutation ApproveRoomBooking($approvalId: ID!) {\n    approveRoomBooking(approvalId: $approvalId) {\n      id\n      status\n    }\n  }\n": types.ApproveRoomBookingDocument,
    "\n  mutation RefuseRoomBooking($input: RefuseRoomBookingInput!) {\n    refuseRoomBooking(input: $input) {\n      id\n      status\n      reason\n    }\n  }\n": types.RefuseRoomBookingDocument,
    "\n  fragment RoomMeetingFields on RoomMeeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    bookedInKennis\n    room {\n      id\n      name\n      site\n    }\n  }\n": types.RoomMeetingFieldsFragmentDoc,
    "\n  query MyRoomBookings {\n    myRoomBookings {\n      ...RoomMeetingFields\n    }\n  }\n": types.MyRoomBookingsDocument,
    "\n  mutation BookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      ...RoomMeetingFields\n    }\n  }\n": types.BookRoomDocument,
    "\n  mutation CancelRoomBooking($bookingId: ID!) {\n    cancelRoomBooking(bookingId: $bookingId) {\n      ...RoomMeetingFields\n    }\n  }\n": types.CancelRoomBookingDocument,
    "\n  query BookableRooms($site: String) {\n    rooms(site: $site) {\n      id\n      name\n      site\n      capacity\n      equipment\n      timeZone\n    }\n  }\n": types.BookableRoomsDocument,
    "\n  fragment RoomFields on Room {\n    id\n    site\n    name\n    capacity\n    equipment\n    resourceMailbox\n    active\n  }\n": types.RoomFieldsFragmentDoc,
    "\n  query Rooms($includeRetired: Boolean!) {\n    rooms(includeRetired: $includeRetired) {\n      ...RoomFields\n    }\n  }\n": types.RoomsDocument,
    "\n  query Room($id: ID!) {\n    room(id: $id) {\n      ...RoomFields\n    }\n  }\n": types.RoomDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n": types.CreateRoomDocument,
    "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n": types.UpdateRoomDocument,
    "\n  mutation RetireRoom($roomId: ID!) {\n    retireRoom(roomId: $roomId) {\n      ...RoomFields\n    }\n  }\n": types.RetireRoomDocument,
    "\n  query SiteRoomBookings($input: SiteRoomBookingsInput!) {\n    siteRoomBookings(input: $input) {\n      id\n      roomId\n      startsAt\n      endsAt\n      label\n      bookedByName\n    }\n  }\n": types.SiteRoomBookingsDocument,
    "\n  query SiteBookings($filter: UpcomingSessionsFilter!) {\n    upcomingSessions(first: 100, filter: $filter) {\n      edges {\n        node {\n          # Not SessionCardFields: a hundred cards' worth of fields is over the API's cost limit.\n          id\n          title\n          status\n          startsAt\n          endsAt\n          seatsTaken\n          capacity\n          room {\n            id\n          }\n          hosts {\n            id\n            name\n          }\n          facilityRequests {\n            note\n            team {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SiteBookingsDocument,
    "\n  query FacilityTeams {\n    facilityTeams {\n      id\n      name\n      kind\n      site\n      mailbox\n      timeZone\n    }\n  }\n": types.FacilityTeamsDocument,
    "\n  query FacilityTeamRequests($facilityTeamId: ID!) {\n    facilityTeamRequests(facilityTeamId: $facilityTeamId) {\n      id\n      summary\n      sessionId\n      organizer\n      startsAt\n      endsAt\n      location\n      note\n      status\n      decisionReason\n      occurrences {\n        recurrenceId\n        startsAt\n        endsAt\n        declinedReason\n      }\n    }\n  }\n": types.FacilityTeamRequestsDocument,
    "\n  mutation ConfirmFacilityRequest($input: ConfirmFacilityRequestInput!) {\n    confirmFacilityRequest(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n": types.ConfirmFacilityRequestDocument,
    "\n  mutation DeclineFacilityRequest($input: DeclineFacilityRequestInput!) {\n    declineFacilityRequest(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n": types.DeclineFacilityRequestDocument,
    "\n  mutation CreateFacilityTeam($input: CreateFacilityTeamInput!) {\n    createFacilityTeam(input: $input) {\n      id\n      name\n      kind\n      site\n      mailbox\n      timeZone\n    }\n  }\n": types.CreateFacilityTeamDocument,
    "\n  mutation UpdateSessionDetails($input: UpdateSessionDetailsInput!) {\n    updateSessionDetails(input: $input) {\n      ...SessionCardFields\n      description\n    }\n  }\n": types.UpdateSessionDetailsDocument,
    "\n  query FreeRooms($input: FreeRoomsInput!) {\n    freeRooms(input: $input) {\n      id\n      name\n      site\n      capacity\n      equipment\n    }\n  }\n": types.FreeRoomsDocument,
    "\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...SessionCardFields\n    }\n  }\n": types.ScheduleSessionDocument,
    "\n  mutation RescheduleSession($input: ScheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...SessionCardFields\n    }\n  }\n": types.RescheduleSessionDocument,
    "\n  mutation MoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) {\n      ...SessionCardFields\n    }\n  }\n": types.MoveSessionDocument,
    "\n  mutation CancelSession($sessionId: ID!) {\n    cancelSession(sessionId: $sessionId) {\n      ...SessionCardFields\n    }\n  }\n": types.CancelSessionDocument,
    "\n  mutation CompleteSession($sessionId: ID!) {\n    completeSession(sessionId: $sessionId) {\n      ...SessionCardFields\n    }\n  }\n": types.CompleteSessionDocument,
    "\n  query SessionAttendees($sessionId: ID!) {\n    sessionAttendees(sessionId: $sessionId) {\n      person {\n        id\n        name\n        email\n        department\n      }\n      registration {\n        id\n        status\n        waitlistPosition\n        createdAt\n      }\n    }\n  }\n": types.SessionAttendeesDocument,
    "\n  query SessionMessages($sessionId: ID!) {\n    sessionMessages(sessionId: $sessionId) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      lastError\n      createdAt\n      processedAt\n    }\n  }\n": types.SessionMessagesDocument,
    "\n  query FacilityTeamsForSession($site: String) {\n    facilityTeams(site: $site) {\n      id\n      name\n      kind\n      site\n    }\n  }\n": types.FacilityTeamsForSessionDocument,
    "\n  mutation RequestFacility($input: RequestFacilityInput!) {\n    requestFacility(input: $input) {\n      id\n      facilityRequests {\n        note\n        team {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.RequestFacilityDocument,
    "\n  mutation WithdrawFacilityRequest($sessionId: ID!, $facilityTeamId: ID!) {\n    withdrawFacilityRequest(sessionId: $sessionId, facilityTeamId: $facilityTeamId) {\n      id\n      facilityRequests {\n        note\n        team {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.WithdrawFacilityRequestDocument,
    "\n  query PeopleSearch($search: String!) {\n    people(search: $search, limit: 10) {\n      id\n      name\n      email\n    }\n  }\n": types.PeopleSearchDocument,
    "\n  mutation AddSessionHost($sessionId: ID!, $personId: ID!) {\n    addSessionHost(sessionId: $sessionId, personId: $personId) {\n      id\n      hosts {\n        id\n        name\n        email\n        jobTitle\n        department\n      }\n    }\n  }\n": types.AddSessionHostDocument,
    "\n  fragment SessionCardFields on Session {\n    id\n    title\n    format\n    level\n    language\n    status\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistLength\n    interestCount\n    onlineUrl\n    hosts {\n      id\n      name\n    }\n    room {\n      id\n      name\n      site\n    }\n    skills {\n      id\n      name\n    }\n    myRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": types.SessionCardFieldsFragmentDoc,
    "\n  query UpcomingSessions($first: Int!, $after: String, $filter: UpcomingSessionsFilter) {\n    upcomingSessions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...SessionCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.UpcomingSessionsDocument,
    "\n  query Proposals {\n    proposals(first: 30) {\n      ...SessionCardFields\n      description\n    }\n  }\n": types.ProposalsDocument,
    "\n  query Sites {\n    rooms {\n      id\n      site\n    }\n  }\n": types.SitesDocument,
    "\n  query SkillSearch($search: String!) {\n    skills(search: $search, limit: 10) {\n      id\n      name\n    }\n  }\n": types.SkillSearchDocument,
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionCardFields\n      description\n      durationMinutes\n      seatsTaken\n      hosts {\n        id\n        name\n        email\n        jobTitle\n        department\n      }\n      room {\n        id\n        name\n        site\n        capacity\n        equipment\n      }\n      facilityRequests {\n        note\n        team {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.SessionDocument,
    "\n  mutation JoinSession($sessionId: ID!) {\n    joinSession(sessionId: $sessionId) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      session {\n        ...SessionCardFields\n      }\n    }\n  }\n": types.JoinSessionDocument,
    "\n  mutation LeaveSession($sessionId: ID!) {\n    leaveSession(sessionId: $sessionId) {\n      ...SessionCardFields\n    }\n  }\n": types.LeaveSessionDocument,
    "\n  mutation ShowInterest($sessionId: ID!) {\n    showInterest(sessionId: $sessionId) {\n      id\n      interestCount\n    }\n  }\n": types.ShowInterestDocument,
    "\n  mutation WithdrawInterest($sessionId: ID!) {\n    withdrawInterest(sessionId: $sessionId) {\n      id\n      interestCount\n    }\n  }\n": types.WithdrawInterestDocument,
    "\n  mutation ProposeSession($input: ProposeSessionInput!) {\n    proposeSession(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.ProposeSessionDocument,
    "\n  query MySessions {\n    mySessions(includePast: true) {\n      ...SessionCardFields\n    }\n  }\n": types.MySessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($search: String!) {\n    people(search: $search, limit: 50) {\n      id\n      name\n      email\n      department\n      jobTitle\n      site\n      roles\n      managerId\n    }\n  }\n"): (typeof documents)["\n  query People($search: String!) {\n    people(search: $search, limit: 50) {\n      id\n      name\n      email\n      department\n      jobTitle\n      site\n      roles\n      managerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPersonRoles($input: SetRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetPersonRoles($input: SetRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n      department\n      jobTitle\n      site\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n      department\n      jobTitle\n      site\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonName($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query PersonName($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPersonManager($input: SetManagerInput!) {\n    setPersonManager(input: $input) {\n      id\n      managerId\n    }\n  }\n"): (typeof documents)["\n  mutation SetPersonManager($input: SetManagerInput!) {\n    setPersonManager(input: $input) {\n      id\n      managerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePerson($personId: ID!) {\n    erasePerson(personId: $personId)\n  }\n"): (typeof documents)["\n  mutation ErasePerson($personId: ID!) {\n    erasePerson(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenMentoringRounds {\n    openMentoringRounds {\n      id\n      name\n      deadline\n    }\n  }\n"): (typeof documents)["\n  query OpenMentoringRounds {\n    openMentoringRounds {\n      id\n      name\n      deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenMentoringRound($input: OpenRoundInput!) {\n    openMentoringRound(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OpenMentoringRound($input: OpenRoundInput!) {\n    openMentoringRound(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentoringRound($id: ID!) {\n    mentoringRound(id: $id) {\n      id\n      name\n      status\n      deadline\n      requestsClosedAt\n      progress\n      lastError\n      autoPublish\n      responseDays\n      seniorityGapMin\n      seniorityGapMax\n      weights {\n        criterion\n        weight\n      }\n      participants {\n        departments\n        sites\n      }\n      result {\n        runNumber\n        menteeCount\n        mentorCount\n        candidatePairCount\n        proposedCount\n        keptCount\n        unmatchedCount\n        totalScore\n        targetCost\n        targetStatus\n        targetReport\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentoringRound($id: ID!) {\n    mentoringRound(id: $id) {\n      id\n      name\n      status\n      deadline\n      requestsClosedAt\n      progress\n      lastError\n      autoPublish\n      responseDays\n      seniorityGapMin\n      seniorityGapMax\n      weights {\n        criterion\n        weight\n      }\n      participants {\n        departments\n        sites\n      }\n      result {\n        runNumber\n        menteeCount\n        mentorCount\n        candidatePairCount\n        proposedCount\n        keptCount\n        unmatchedCount\n        totalScore\n        targetCost\n        targetStatus\n        targetReport\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundInsights($roundId: ID!) {\n    roundInsights(roundId: $roundId) {\n      roundId\n      matchedCount\n      meanScore\n      groups {\n        attribute\n        group\n        mentees\n        matched\n        matchRate\n      }\n      criteria {\n        criterion\n        metCount\n        meanPoints\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundInsights($roundId: ID!) {\n    roundInsights(roundId: $roundId) {\n      roundId\n      matchedCount\n      meanScore\n      groups {\n        attribute\n        group\n        mentees\n        matched\n        matchRate\n      }\n      criteria {\n        criterion\n        metCount\n        meanPoints\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunMentoringRound($roundId: ID!) {\n    runMentoringRound(roundId: $roundId) {\n      id\n      status\n      progress\n    }\n  }\n"): (typeof documents)["\n  mutation RunMentoringRound($roundId: ID!) {\n    runMentoringRound(roundId: $roundId) {\n      id\n      status\n      progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMentoringRound($roundId: ID!) {\n    publishMentoringRound(roundId: $roundId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishMentoringRound($roundId: ID!) {\n    publishMentoringRound(roundId: $roundId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMentoringRound($roundId: ID!) {\n    closeMentoringRound(roundId: $roundId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMentoringRound($roundId: ID!) {\n    closeMentoringRound(roundId: $roundId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedMessages {\n    failedMessages(first: 100) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      lastError\n      sessionId\n      createdAt\n      processedAt\n    }\n  }\n"): (typeof documents)["\n  query FailedMessages {\n    failedMessages(first: 100) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      lastError\n      sessionId\n      createdAt\n      processedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryMessage($messageId: ID!) {\n    retryMessage(messageId: $messageId)\n  }\n"): (typeof documents)["\n  mutation RetryMessage($messageId: ID!) {\n    retryMessage(messageId: $messageId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $before: ID) {\n    auditLog(filter: $filter, before: $before, first: 50) {\n      id\n      occurredAt\n      action\n      actorId\n      actor {\n        id\n        name\n      }\n      targetType\n      targetId\n      details\n      correlationId\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $before: ID) {\n    auditLog(filter: $filter, before: $before, first: 50) {\n      id\n      occurredAt\n      action\n      actorId\n      actor {\n        id\n        name\n      }\n      targetType\n      targetId\n      details\n      correlationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboundMessages($status: InboundStatus) {\n    inboundMessages(first: 200, status: $status) {\n      id\n      recipient\n      fromAddress\n      envelopeSender\n      subject\n      channel\n      receivedAt\n      status\n      outcome\n      itipMethod\n      answered\n      processedAt\n    }\n  }\n"): (typeof documents)["\n  query InboundMessages($status: InboundStatus) {\n    inboundMessages(first: 200, status: $status) {\n      id\n      recipient\n      fromAddress\n      envelopeSender\n      subject\n      channel\n      receivedAt\n      status\n      outcome\n      itipMethod\n      answered\n      processedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentoringRounds {\n    mentoringRounds {\n      id\n      name\n      status\n      deadline\n      requestsClosedAt\n      requests\n      unpublished\n      awaitingAnswer\n      accepted\n      declined\n      expired\n      ended\n      completed\n    }\n  }\n"): (typeof documents)["\n  query MentoringRounds {\n    mentoringRounds {\n      id\n      name\n      status\n      deadline\n      requestsClosedAt\n      requests\n      unpublished\n      awaitingAnswer\n      accepted\n      declined\n      expired\n      ended\n      completed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on RoundReview {\n    round {\n      id\n      status\n    }\n    pairs {\n      published\n      pinned\n      match {\n        id\n        status\n        score\n        breakdown {\n          criterion\n          points\n          explanation\n        }\n        mentor {\n          id\n          name\n          department\n          site\n        }\n        mentee {\n          id\n          name\n          department\n          site\n        }\n      }\n    }\n    unmatched {\n      reason\n      mentee {\n        id\n        name\n        department\n        site\n      }\n    }\n    excluded {\n      mentor {\n        id\n        name\n      }\n      mentee {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewFields on RoundReview {\n    round {\n      id\n      status\n    }\n    pairs {\n      published\n      pinned\n      match {\n        id\n        status\n        score\n        breakdown {\n          criterion\n          points\n          explanation\n        }\n        mentor {\n          id\n          name\n          department\n          site\n        }\n        mentee {\n          id\n          name\n          department\n          site\n        }\n      }\n    }\n    unmatched {\n      reason\n      mentee {\n        id\n        name\n        department\n        site\n      }\n    }\n    excluded {\n      mentor {\n        id\n        name\n      }\n      mentee {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentoringRoundReview($roundId: ID!) {\n    mentoringRoundReview(roundId: $roundId) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  query MentoringRoundReview($roundId: ID!) {\n    mentoringRoundReview(roundId: $roundId) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinMentorPair($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    pinMentorPair(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation PinMentorPair($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    pinMentorPair(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExcludeMentorPair($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    excludeMentorPair(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExcludeMentorPair($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    excludeMentorPair(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearMentorPairRule($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    clearMentorPairRule(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClearMentorPairRule($roundId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    clearMentorPairRule(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMentoringRoundRequests($roundId: ID!) {\n    closeMentoringRoundRequests(roundId: $roundId) {\n      id\n      status\n      requestsClosedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMentoringRoundRequests($roundId: ID!) {\n    closeMentoringRoundRequests(roundId: $roundId) {\n      id\n      status\n      requestsClosedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentoringRoundOutcomes($roundId: ID!) {\n    mentoringRoundOutcomes(roundId: $roundId) {\n      roundId\n      acceptedCount\n      runningCount\n      completedCount\n      endedEarlyCount\n      completionRate\n      meetingsLogged\n      feedback {\n        responses\n        averageRating\n      }\n      mentorFeedback {\n        responses\n        averageRating\n      }\n      menteeFeedback {\n        responses\n        averageRating\n      }\n    }\n    mentoringRoundScoreDistribution(roundId: $roundId, bucketWidth: 100) {\n      roundId\n      bucketWidth\n      matchCount\n      buckets {\n        from\n        to\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentoringRoundOutcomes($roundId: ID!) {\n    mentoringRoundOutcomes(roundId: $roundId) {\n      roundId\n      acceptedCount\n      runningCount\n      completedCount\n      endedEarlyCount\n      completionRate\n      meetingsLogged\n      feedback {\n        responses\n        averageRating\n      }\n      mentorFeedback {\n        responses\n        averageRating\n      }\n      menteeFeedback {\n        responses\n        averageRating\n      }\n    }\n    mentoringRoundScoreDistribution(roundId: $roundId, bucketWidth: 100) {\n      roundId\n      bucketWidth\n      matchCount\n      buckets {\n        from\n        to\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      department\n      jobTitle\n      site\n      timeZone\n      language\n      managerId\n      roles\n      skills {\n        kind\n        level\n        skill {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      department\n      jobTitle\n      site\n      timeZone\n      language\n      managerId\n      roles\n      skills {\n        kind\n        level\n        skill {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLanguage($language: String!) {\n    updateMyProfile(input: { language: $language }) {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation SetLanguage($language: String!) {\n    updateMyProfile(input: { language: $language }) {\n      id\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorMatchFields on MentorMatch {\n    id\n    roundId\n    status\n    score\n    respondBy\n    decidedAt\n    declineReason\n    meetingStartsAt\n    meetingEndsAt\n    meetingRoom\n    meetingCalledOff\n    runsUntil\n    completedAt\n    mentor {\n      id\n      name\n      email\n      jobTitle\n      department\n      site\n    }\n    mentee {\n      id\n      name\n      email\n      jobTitle\n      department\n      site\n    }\n    breakdown {\n      criterion\n      points\n      explanation\n    }\n  }\n"): (typeof documents)["\n  fragment MentorMatchFields on MentorMatch {\n    id\n    roundId\n    status\n    score\n    respondBy\n    decidedAt\n    declineReason\n    meetingStartsAt\n    meetingEndsAt\n    meetingRoom\n    meetingCalledOff\n    runsUntil\n    completedAt\n    mentor {\n      id\n      name\n      email\n      jobTitle\n      department\n      site\n    }\n    mentee {\n      id\n      name\n      email\n      jobTitle\n      department\n      site\n    }\n    breakdown {\n      criterion\n      points\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentoringOverview {\n    myMentorProfile {\n      active\n      capacity\n      languages\n      seniorityYears\n      skillsOffered {\n        name\n        level\n      }\n    }\n    openMentoringRounds {\n      id\n      name\n      deadline\n    }\n    myProposedMatches {\n      ...MentorMatchFields\n    }\n    myMentorMatch {\n      ...MentorMatchFields\n    }\n  }\n"): (typeof documents)["\n  query MentoringOverview {\n    myMentorProfile {\n      active\n      capacity\n      languages\n      seniorityYears\n      skillsOffered {\n        name\n        level\n      }\n    }\n    openMentoringRounds {\n      id\n      name\n      deadline\n    }\n    myProposedMatches {\n      ...MentorMatchFields\n    }\n    myMentorMatch {\n      ...MentorMatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MenteeRequestFields on MenteeRequest {\n    id\n    roundId\n    goals\n    languages\n    seniorityYears\n    prefersOtherDepartment\n    prefersOtherSite\n    prefersSameGender\n    skillsWanted {\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  fragment MenteeRequestFields on MenteeRequest {\n    id\n    roundId\n    goals\n    languages\n    seniorityYears\n    prefersOtherDepartment\n    prefersOtherSite\n    prefersSameGender\n    skillsWanted {\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMenteeRequest($roundId: ID!) {\n    myMenteeRequest(roundId: $roundId) {\n      ...MenteeRequestFields\n    }\n  }\n"): (typeof documents)["\n  query MyMenteeRequest($roundId: ID!) {\n    myMenteeRequest(roundId: $roundId) {\n      ...MenteeRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertMyMentorProfile($input: MentorProfileInput!) {\n    upsertMyMentorProfile(input: $input) {\n      active\n      capacity\n      languages\n      seniorityYears\n      skillsOffered {\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertMyMentorProfile($input: MentorProfileInput!) {\n    upsertMyMentorProfile(input: $input) {\n      active\n      capacity\n      languages\n      seniorityYears\n      skillsOffered {\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMyMenteeRequest($roundId: ID!, $input: MenteeRequestInput!) {\n    createMyMenteeRequest(roundId: $roundId, input: $input) {\n      id\n      roundId\n      goals\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMyMenteeRequest($roundId: ID!, $input: MenteeRequestInput!) {\n    createMyMenteeRequest(roundId: $roundId, input: $input) {\n      id\n      roundId\n      goals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMentorMatch($matchId: ID!) {\n    acceptMentorMatch(matchId: $matchId) {\n      ...MentorMatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptMentorMatch($matchId: ID!) {\n    acceptMentorMatch(matchId: $matchId) {\n      ...MentorMatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineMentorMatch($matchId: ID!, $reason: String) {\n    declineMentorMatch(matchId: $matchId, reason: $reason) {\n      ...MentorMatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineMentorMatch($matchId: ID!, $reason: String) {\n    declineMentorMatch(matchId: $matchId, reason: $reason) {\n      ...MentorMatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMentorMatch($matchId: ID!) {\n    endMentorMatch(matchId: $matchId) {\n      ...MentorMatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndMentorMatch($matchId: ID!) {\n    endMentorMatch(matchId: $matchId) {\n      ...MentorMatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyMenteeRequest($roundId: ID!, $input: MenteeRequestInput!) {\n    updateMyMenteeRequest(roundId: $roundId, input: $input) {\n      ...MenteeRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyMenteeRequest($roundId: ID!, $input: MenteeRequestInput!) {\n    updateMyMenteeRequest(roundId: $roundId, input: $input) {\n      ...MenteeRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMyMenteeRequest($roundId: ID!) {\n    withdrawMyMenteeRequest(roundId: $roundId)\n  }\n"): (typeof documents)["\n  mutation WithdrawMyMenteeRequest($roundId: ID!) {\n    withdrawMyMenteeRequest(roundId: $roundId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMentoringHistory {\n    myMentoringHistory {\n      ...MentorMatchFields\n    }\n  }\n"): (typeof documents)["\n  query MyMentoringHistory {\n    myMentoringHistory {\n      ...MentorMatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMeetingSettings {\n    me {\n      id\n      timeZone\n      meetingUrl\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMeetingSettings {\n    me {\n      id\n      timeZone\n      meetingUrl\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyWorkingHours($hours: [WorkingDayInput!]!) {\n    setMyWorkingHours(hours: $hours) {\n      id\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyWorkingHours($hours: [WorkingDayInput!]!) {\n    setMyWorkingHours(hours: $hours) {\n      id\n      workingHours {\n        weekday\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyMeetingUrl($url: String) {\n    setMyMeetingUrl(url: $url) {\n      id\n      meetingUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyMeetingUrl($url: String) {\n    setMyMeetingUrl(url: $url) {\n      id\n      meetingUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveMentorMeeting($input: MoveMentorMeetingInput!) {\n    moveMentorMeeting(input: $input) {\n      ...MentorMatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveMentorMeeting($input: MoveMentorMeetingInput!) {\n    moveMentorMeeting(input: $input) {\n      ...MentorMatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentoringMeetingLog($matchId: ID!) {\n    mentoringMeetingLog(matchId: $matchId) {\n      id\n      matchId\n      heldAt\n      durationMinutes\n      note\n      loggedById\n    }\n  }\n"): (typeof documents)["\n  query MentoringMeetingLog($matchId: ID!) {\n    mentoringMeetingLog(matchId: $matchId) {\n      id\n      matchId\n      heldAt\n      durationMinutes\n      note\n      loggedById\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogMentoringMeeting($input: LogMentoringMeetingInput!) {\n    logMentoringMeeting(input: $input) {\n      id\n      matchId\n      heldAt\n      durationMinutes\n      note\n      loggedById\n    }\n  }\n"): (typeof documents)["\n  mutation LogMentoringMeeting($input: LogMentoringMeetingInput!) {\n    logMentoringMeeting(input: $input) {\n      id\n      matchId\n      heldAt\n      durationMinutes\n      note\n      loggedById\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMentoringFeedback($matchId: ID!) {\n    myMentoringFeedback(matchId: $matchId) {\n      matchId\n      rating\n      comment\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyMentoringFeedback($matchId: ID!) {\n    myMentoringFeedback(matchId: $matchId) {\n      matchId\n      rating\n      comment\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveMentoringFeedback($input: GiveMentoringFeedbackInput!) {\n    giveMentoringFeedback(input: $input) {\n      matchId\n      rating\n      comment\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation GiveMentoringFeedback($input: GiveMentoringFeedbackInput!) {\n    giveMentoringFeedback(input: $input) {\n      matchId\n      rating\n      comment\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      jobTitle\n      department\n      site\n      timeZone\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      jobTitle\n      department\n      site\n      timeZone\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMySkill($input: SetSkillInput!) {\n    setMySkill(input: $input) {\n      kind\n      level\n      skill {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMySkill($input: SetSkillInput!) {\n    setMySkill(input: $input) {\n      kind\n      level\n      skill {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMySkill($input: RemoveSkillInput!) {\n    removeMySkill(input: $input) {\n      kind\n      level\n      skill {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMySkill($input: RemoveSkillInput!) {\n    removeMySkill(input: $input) {\n      kind\n      level\n      skill {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDiversityAttributes {\n    myDiversityAttributes {\n      attribute\n      value\n      consentGivenAt\n    }\n  }\n"): (typeof documents)["\n  query MyDiversityAttributes {\n    myDiversityAttributes {\n      attribute\n      value\n      consentGivenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyDiversityAttribute($input: DiversityAttributeInput!) {\n    setMyDiversityAttribute(input: $input) {\n      attribute\n      value\n      consentGivenAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyDiversityAttribute($input: DiversityAttributeInput!) {\n    setMyDiversityAttribute(input: $input) {\n      attribute\n      value\n      consentGivenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearMyDiversityAttribute($attribute: String!) {\n    clearMyDiversityAttribute(attribute: $attribute) {\n      attribute\n      value\n      consentGivenAt\n    }\n  }\n"): (typeof documents)["\n  mutation ClearMyDiversityAttribute($attribute: String!) {\n    clearMyDiversityAttribute(attribute: $attribute) {\n      attribute\n      value\n      consentGivenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateMyCalendarFeed {\n    rotateMyCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RotateMyCalendarFeed {\n    rotateMyCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonalData {\n    myPersonalData\n  }\n"): (typeof documents)["\n  query MyPersonalData {\n    myPersonalData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomRulesFields on RoomRules {\n    roomId\n    timeZone\n    bookableHours {\n      weekday\n      opens\n      closes\n    }\n    blackouts {\n      startsAt\n      endsAt\n      reason\n    }\n    maxBookingMinutes\n    minNoticeMinutes\n    maxDaysAhead\n    recurringAllowed\n    requiresApproval\n    recurringConflicts\n  }\n"): (typeof documents)["\n  fragment RoomRulesFields on RoomRules {\n    roomId\n    timeZone\n    bookableHours {\n      weekday\n      opens\n      closes\n    }\n    blackouts {\n      startsAt\n      endsAt\n      reason\n    }\n    maxBookingMinutes\n    minNoticeMinutes\n    maxDaysAhead\n    recurringAllowed\n    requiresApproval\n    recurringConflicts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomRules($roomId: ID!) {\n    roomRules(roomId: $roomId) {\n      ...RoomRulesFields\n    }\n  }\n"): (typeof documents)["\n  query RoomRules($roomId: ID!) {\n    roomRules(roomId: $roomId) {\n      ...RoomRulesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoomRules($input: SetRoomRulesInput!) {\n    setRoomRules(input: $input) {\n      ...RoomRulesFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoomRules($input: SetRoomRulesInput!) {\n    setRoomRules(input: $input) {\n      ...RoomRulesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingRoomApprovals {\n    pendingRoomApprovals {\n      id\n      organizer\n      summary\n      status\n      requestedAt\n      occurrences {\n        startsAt\n        endsAt\n      }\n      room {\n        id\n        name\n        site\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingRoomApprovals {\n    pendingRoomApprovals {\n      id\n      organizer\n      summary\n      status\n      requestedAt\n      occurrences {\n        startsAt\n        endsAt\n      }\n      room {\n        id\n        name\n        site\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRoomBooking($approvalId: ID!) {\n    approveRoomBooking(approvalId: $approvalId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveRoomBooking($approvalId: ID!) {\n    approveRoomBooking(approvalId: $approvalId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseRoomBooking($input: RefuseRoomBookingInput!) {\n    refuseRoomBooking(input: $input) {\n      id\n      status\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseRoomBooking($input: RefuseRoomBookingInput!) {\n    refuseRoomBooking(input: $input) {\n      id\n      status\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomMeetingFields on RoomMeeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    bookedInKennis\n    room {\n      id\n      name\n      site\n    }\n  }\n"): (typeof documents)["\n  fragment RoomMeetingFields on RoomMeeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    bookedInKennis\n    room {\n      id\n      name\n      site\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRoomBookings {\n    myRoomBookings {\n      ...RoomMeetingFields\n    }\n  }\n"): (typeof documents)["\n  query MyRoomBookings {\n    myRoomBookings {\n      ...RoomMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      ...RoomMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation BookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      ...RoomMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRoomBooking($bookingId: ID!) {\n    cancelRoomBooking(bookingId: $bookingId) {\n      ...RoomMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRoomBooking($bookingId: ID!) {\n    cancelRoomBooking(bookingId: $bookingId) {\n      ...RoomMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookableRooms($site: String) {\n    rooms(site: $site) {\n      id\n      name\n      site\n      capacity\n      equipment\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query BookableRooms($site: String) {\n    rooms(site: $site) {\n      id\n      name\n      site\n      capacity\n      equipment\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomFields on Room {\n    id\n    site\n    name\n    capacity\n    equipment\n    resourceMailbox\n    active\n  }\n"): (typeof documents)["\n  fragment RoomFields on Room {\n    id\n    site\n    name\n    capacity\n    equipment\n    resourceMailbox\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rooms($includeRetired: Boolean!) {\n    rooms(includeRetired: $includeRetired) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  query Rooms($includeRetired: Boolean!) {\n    rooms(includeRetired: $includeRetired) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Room($id: ID!) {\n    room(id: $id) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  query Room($id: ID!) {\n    room(id: $id) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireRoom($roomId: ID!) {\n    retireRoom(roomId: $roomId) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetireRoom($roomId: ID!) {\n    retireRoom(roomId: $roomId) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteRoomBookings($input: SiteRoomBookingsInput!) {\n    siteRoomBookings(input: $input) {\n      id\n      roomId\n      startsAt\n      endsAt\n      label\n      bookedByName\n    }\n  }\n"): (typeof documents)["\n  query SiteRoomBookings($input: SiteRoomBookingsInput!) {\n    siteRoomBookings(input: $input) {\n      id\n      roomId\n      startsAt\n      endsAt\n      label\n      bookedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteBookings($filter: UpcomingSessionsFilter!) {\n    upcomingSessions(first: 100, filter: $filter) {\n      edges {\n        node {\n          # Not SessionCardFields: a hundred cards' worth of fields is over the API's cost limit.\n          id\n          title\n          status\n          startsAt\n          endsAt\n          seatsTaken\n          capacity\n          room {\n            id\n          }\n          hosts {\n            id\n            name\n          }\n          facilityRequests {\n            note\n            team {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteBookings($filter: UpcomingSessionsFilter!) {\n    upcomingSessions(first: 100, filter: $filter) {\n      edges {\n        node {\n          # Not SessionCardFields: a hundred cards' worth of fields is over the API's cost limit.\n          id\n          title\n          status\n          startsAt\n          endsAt\n          seatsTaken\n          capacity\n          room {\n            id\n          }\n          hosts {\n            id\n            name\n          }\n          facilityRequests {\n            note\n            team {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityTeams {\n    facilityTeams {\n      id\n      name\n      kind\n      site\n      mailbox\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query FacilityTeams {\n    facilityTeams {\n      id\n      name\n      kind\n      site\n      mailbox\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityTeamRequests($facilityTeamId: ID!) {\n    facilityTeamRequests(facilityTeamId: $facilityTeamId) {\n      id\n      summary\n      sessionId\n      organizer\n      startsAt\n      endsAt\n      location\n      note\n      status\n      decisionReason\n      occurrences {\n        recurrenceId\n        startsAt\n        endsAt\n        declinedReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilityTeamRequests($facilityTeamId: ID!) {\n    facilityTeamRequests(facilityTeamId: $facilityTeamId) {\n      id\n      summary\n      sessionId\n      organizer\n      startsAt\n      endsAt\n      location\n      note\n      status\n      decisionReason\n      occurrences {\n        recurrenceId\n        startsAt\n        endsAt\n        declinedReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmFacilityRequest($input: ConfirmFacilityRequestInput!) {\n    confirmFacilityRequest(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmFacilityRequest($input: ConfirmFacilityRequestInput!) {\n    confirmFacilityRequest(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineFacilityRequest($input: DeclineFacilityRequestInput!) {\n    declineFacilityRequest(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineFacilityRequest($input: DeclineFacilityRequestInput!) {\n    declineFacilityRequest(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFacilityTeam($input: CreateFacilityTeamInput!) {\n    createFacilityTeam(input: $input) {\n      id\n      name\n      kind\n      site\n      mailbox\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFacilityTeam($input: CreateFacilityTeamInput!) {\n    createFacilityTeam(input: $input) {\n      id\n      name\n      kind\n      site\n      mailbox\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSessionDetails($input: UpdateSessionDetailsInput!) {\n    updateSessionDetails(input: $input) {\n      ...SessionCardFields\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSessionDetails($input: UpdateSessionDetailsInput!) {\n    updateSessionDetails(input: $input) {\n      ...SessionCardFields\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreeRooms($input: FreeRoomsInput!) {\n    freeRooms(input: $input) {\n      id\n      name\n      site\n      capacity\n      equipment\n    }\n  }\n"): (typeof documents)["\n  query FreeRooms($input: FreeRoomsInput!) {\n    freeRooms(input: $input) {\n      id\n      name\n      site\n      capacity\n      equipment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...SessionCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      ...SessionCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleSession($input: ScheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...SessionCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleSession($input: ScheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      ...SessionCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) {\n      ...SessionCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) {\n      ...SessionCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSession($sessionId: ID!) {\n    cancelSession(sessionId: $sessionId) {\n      ...SessionCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSession($sessionId: ID!) {\n    cancelSession(sessionId: $sessionId) {\n      ...SessionCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSession($sessionId: ID!) {\n    completeSession(sessionId: $sessionId) {\n      ...SessionCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSession($sessionId: ID!) {\n    completeSession(sessionId: $sessionId) {\n      ...SessionCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionAttendees($sessionId: ID!) {\n    sessionAttendees(sessionId: $sessionId) {\n      person {\n        id\n        name\n        email\n        department\n      }\n      registration {\n        id\n        status\n        waitlistPosition\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionAttendees($sessionId: ID!) {\n    sessionAttendees(sessionId: $sessionId) {\n      person {\n        id\n        name\n        email\n        department\n      }\n      registration {\n        id\n        status\n        waitlistPosition\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionMessages($sessionId: ID!) {\n    sessionMessages(sessionId: $sessionId) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      lastError\n      createdAt\n      processedAt\n    }\n  }\n"): (typeof documents)["\n  query SessionMessages($sessionId: ID!) {\n    sessionMessages(sessionId: $sessionId) {\n      id\n      kind\n      recipient\n      status\n      attempts\n      lastError\n      createdAt\n      processedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityTeamsForSession($site: String) {\n    facilityTeams(site: $site) {\n      id\n      name\n      kind\n      site\n    }\n  }\n"): (typeof documents)["\n  query FacilityTeamsForSession($site: String) {\n    facilityTeams(site: $site) {\n      id\n      name\n      kind\n      site\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestFacility($input: RequestFacilityInput!) {\n    requestFacility(input: $input) {\n      id\n      facilityRequests {\n        note\n        team {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestFacility($input: RequestFacilityInput!) {\n    requestFacility(input: $input) {\n      id\n      facilityRequests {\n        note\n        team {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFacilityRequest($sessionId: ID!, $facilityTeamId: ID!) {\n    withdrawFacilityRequest(sessionId: $sessionId, facilityTeamId: $facilityTeamId) {\n      id\n      facilityRequests {\n        note\n        team {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawFacilityRequest($sessionId: ID!, $facilityTeamId: ID!) {\n    withdrawFacilityRequest(sessionId: $sessionId, facilityTeamId: $facilityTeamId) {\n      id\n      facilityRequests {\n        note\n        team {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearch($search: String!) {\n    people(search: $search, limit: 10) {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query PeopleSearch($search: String!) {\n    people(search: $search, limit: 10) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSessionHost($sessionId: ID!, $personId: ID!) {\n    addSessionHost(sessionId: $sessionId, personId: $personId) {\n      id\n      hosts {\n        id\n        name\n        email\n        jobTitle\n        department\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddSessionHost($sessionId: ID!, $personId: ID!) {\n    addSessionHost(sessionId: $sessionId, personId: $personId) {\n      id\n      hosts {\n        id\n        name\n        email\n        jobTitle\n        department\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionCardFields on Session {\n    id\n    title\n    format\n    level\n    language\n    status\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistLength\n    interestCount\n    onlineUrl\n    hosts {\n      id\n      name\n    }\n    room {\n      id\n      name\n      site\n    }\n    skills {\n      id\n      name\n    }\n    myRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  fragment SessionCardFields on Session {\n    id\n    title\n    format\n    level\n    language\n    status\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistLength\n    interestCount\n    onlineUrl\n    hosts {\n      id\n      name\n    }\n    room {\n      id\n      name\n      site\n    }\n    skills {\n      id\n      name\n    }\n    myRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingSessions($first: Int!, $after: String, $filter: UpcomingSessionsFilter) {\n    upcomingSessions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...SessionCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpcomingSessions($first: Int!, $after: String, $filter: UpcomingSessionsFilter) {\n    upcomingSessions(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...SessionCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals {\n    proposals(first: 30) {\n      ...SessionCardFields\n      description\n    }\n  }\n"): (typeof documents)["\n  query Proposals {\n    proposals(first: 30) {\n      ...SessionCardFields\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sites {\n    rooms {\n      id\n      site\n    }\n  }\n"): (typeof documents)["\n  query Sites {\n    rooms {\n      id\n      site\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillSearch($search: String!) {\n    skills(search: $search, limit: 10) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SkillSearch($search: String!) {\n    skills(search: $search, limit: 10) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionCardFields\n      description\n      durationMinutes\n      seatsTaken\n      hosts {\n        id\n        name\n        email\n        jobTitle\n        department\n      }\n      room {\n        id\n        name\n        site\n        capacity\n        equipment\n      }\n      facilityRequests {\n        note\n        team {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionCardFields\n      description\n      durationMinutes\n      seatsTaken\n      hosts {\n        id\n        name\n        email\n        jobTitle\n        department\n      }\n      room {\n        id\n        name\n        site\n        capacity\n        equipment\n      }\n      facilityRequests {\n        note\n        team {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinSession($sessionId: ID!) {\n    joinSession(sessionId: $sessionId) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      session {\n        ...SessionCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinSession($sessionId: ID!) {\n    joinSession(sessionId: $sessionId) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      session {\n        ...SessionCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveSession($sessionId: ID!) {\n    leaveSession(sessionId: $sessionId) {\n      ...SessionCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveSession($sessionId: ID!) {\n    leaveSession(sessionId: $sessionId) {\n      ...SessionCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShowInterest($sessionId: ID!) {\n    showInterest(sessionId: $sessionId) {\n      id\n      interestCount\n    }\n  }\n"): (typeof documents)["\n  mutation ShowInterest($sessionId: ID!) {\n    showInterest(sessionId: $sessionId) {\n      id\n      interestCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInterest($sessionId: ID!) {\n    withdrawInterest(sessionId: $sessionId) {\n      id\n      interestCount\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawInterest($sessionId: ID!) {\n    withdrawInterest(sessionId: $sessionId) {\n      id\n      interestCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeSession($input: ProposeSessionInput!) {\n    proposeSession(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeSession($input: ProposeSessionInput!) {\n    proposeSession(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions(includePast: true) {\n      ...SessionCardFields\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions(includePast: true) {\n      ...SessionCardFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;