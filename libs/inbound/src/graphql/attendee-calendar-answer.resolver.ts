import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AttendeeModel } from '@kennis/sessions';
import { SessionCalendarReplyRepository } from '../repositories/session-calendar-reply.repository';

type Answers = Promise<Map<string, string>>;

/**
 * The answer each attendee gave in their own calendar (ACCEPTED, TENTATIVE, DECLINED), beside their
 * seat: reachable only through sessionAttendees, which lets hosts and admins alone in. One query per
 * session and request, however many attendees are listed.
 */
@Resolver(() => AttendeeModel)
export class AttendeeCalendarAnswerResolver {
  private readonly perRequest = new WeakMap<object, Map<string, Answers>>();

  constructor(private readonly replies: SessionCalendarReplyRepository) {}

  @ResolveField(() => String, { nullable: true, description: 'The calendar answer to the invite (RFC 5546 REPLY): ACCEPTED, TENTATIVE or DECLINED; null before any.' })
  calendarAnswer(@Parent() attendee: AttendeeModel, @Context() context: object): Promise<string | null> {
    const sessionId = attendee.registration.sessionId;
    let bySession = this.perRequest.get(context);
    if (!bySession) {
      bySession = new Map();
      this.perRequest.set(context, bySession);
    }
    let answers = bySession.get(sessionId);
    if (!answers) {
      answers = this.replies.findAllForSession(sessionId).then((rows) => new Map(rows.map((row) => [row.personId, row.partstat])));
      bySession.set(sessionId, answers);
    }
    return answers.then((map) => map.get(attendee.person.id) ?? null);
  }
}
