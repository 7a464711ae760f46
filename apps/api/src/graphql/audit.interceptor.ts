import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { mergeMap, Observable } from 'rxjs';
import { AuditLog, type AuditRecord } from '@kennis/audit';
import { type Actor, isAdmin } from '@kennis/auth';
import { CommitCompanion } from '@kennis/database';

interface AuditedMutation {
  action: string;
  targetType: string;
  /** Where the target's id is: an argument path, or the id of the result. */
  target: (args: Record<string, any>, result: any) => string | null;
}

const inputId = (key: string) => (args: Record<string, any>) => args.input?.[key] ?? null;
const argument = (key: string) => (args: Record<string, any>) => args[key] ?? null;
const resultId = (_args: Record<string, any>, result: any) => result?.id ?? null;

/** The mutations the audit log records for whoever makes them; any other mutation is recorded when an admin makes it. */
const AUDITED: Record<string, AuditedMutation> = {
  createPerson: { action: 'person-created', targetType: 'person', target: resultId },
  setPersonRoles: { action: 'person-roles-set', targetType: 'person', target: inputId('personId') },
  createRoom: { action: 'room-created', targetType: 'room', target: resultId },
  updateRoom: { action: 'room-updated', targetType: 'room', target: inputId('roomId') },
  retireRoom: { action: 'room-retired', targetType: 'room', target: argument('roomId') },
  setRoomRules: { action: 'room-rules-set', targetType: 'room', target: inputId('roomId') },
  approveRoomBooking: { action: 'room-booking-approved', targetType: 'room-approval', target: argument('approvalId') },
  refuseRoomBooking: { action: 'room-booking-refused', targetType: 'room-approval', target: inputId('approvalId') },
  createFacilityTeam: { action: 'facility-team-created', targetType: 'facility-team', target: resultId },
  retryMessage: { action: 'message-retried', targetType: 'outbox-message', target: argument('messageId') },
  openMentoringRound: { action: 'mentoring-round-opened', targetType: 'mentoring-round', target: resultId },
  runMentoringRound: { action: 'mentoring-round-run', targetType: 'mentoring-round', target: argument('roundId') },
  publishMentoringRound: { action: 'mentoring-round-published', targetType: 'mentoring-round', target: argument('roundId') },
  closeMentoringRound: { action: 'mentoring-round-closed', targetType: 'mentoring-round', target: argument('roundId') },
  acceptMentorMatch: { action: 'mentor-match-accepted', targetType: 'mentor-match', target: argument('matchId') },
  declineMentorMatch: { action: 'mentor-match-declined', targetType: 'mentor-match', target: argument('matchId') },
  // erasePerson records itself, in its transaction.
  endMentorMatch: { action: 'mentor-match-ended', targetType: 'mentor-match', target: argument('matchId') },
};

/** Ids, numbers, flags and enums of the arguments; free text is cut short, since it may be personal. */
function summarise(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > 100 ? `${value.slice(0, 100)}…` : value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.slice(0, 20).map((item) => summarise(item, depth + 1));
  if (value && typeof value === 'object' && depth < 3) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, summarise(item, depth + 1)]));
  }
  return value ?? null;
}

/**
 * Records mutations in the audit log in the transaction of the change they make: the entry rides along
 * with the first unit of work (libs/database) the mutation runs, so a change without its entry, or an
 * entry without its change, never commits. A mutation that changed nothing through a unit of work gets
 * its entry after it succeeded.
 * Sign-in, SCIM and erasure record themselves.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly auditLog: AuditLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const graphql = GqlExecutionContext.create(context);
    const info = graphql.getInfo<{ parentType: { name: string }; fieldName: string }>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const actor = graphql.getContext<{ actor?: Actor }>().actor;
    const audited = AUDITED[info.fieldName];
    if (info.fieldName === 'erasePerson' || (!audited && !(actor && isAdmin(actor)))) return next.handle();
    const args = graphql.getArgs<Record<string, unknown>>();
    const entry = (result: unknown): AuditRecord => ({
      actorId: actor?.personId ?? null,
      action: audited?.action ?? `admin-${info.fieldName}`,
      targetType: audited?.targetType ?? 'operation',
      targetId: audited ? audited.target(args, result) : info.fieldName,
      details: { operation: info.fieldName, arguments: summarise(args) },
    });
    const companion = new CommitCompanion((manager, result) => this.auditLog.record(manager, entry(result)));
    // Nest binds the resolver to the async context in which handle() is called: call it inside the companion's.
    return new Observable((subscriber) =>
      companion.run(() =>
        next
          .handle()
          .pipe(
            mergeMap(async (result) => {
              if (!companion.written) await this.auditLog.recordAlone(entry(result));
              return result;
            }),
          )
          .subscribe(subscriber),
      ),
    );
  }
}
