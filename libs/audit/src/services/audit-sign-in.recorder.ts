import { Injectable } from '@nestjs/common';
import { type SignInFailureReason, type SignInMethod, SignInRecorder } from '@kennis/auth';
import { AuditLog } from './audit-log.service';

/** Sign-ins in the audit log, for libs/auth (wired by the app in AuthModule.forRoot). */
@Injectable()
export class AuditSignInRecorder implements SignInRecorder {
  constructor(private readonly auditLog: AuditLog) {}

  signedIn(method: SignInMethod, personId: string): Promise<void> {
    return this.auditLog.recordAlone({ actorId: personId, action: 'signed-in', targetType: 'person', targetId: personId, details: { method } });
  }

  /** Nobody is signed in yet, so there is no actor; the address is what the rate limit counts too. */
  signInFailed(method: SignInMethod, reason: SignInFailureReason, details: Record<string, string>): Promise<void> {
    return this.auditLog.recordAlone({ actorId: null, action: 'sign-in-failed', targetType: 'sign-in', targetId: null, details: { method, reason, ...details } });
  }
}
