import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { HttpResponse as Response } from './http-types';
import { DomainError, ErrorCode } from '@kennis/errors';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TooManyRequests]: 429,
};

/** /auth/* answers errors in the shape of GraphQL errors, so the web app reads one shape everywhere. */
@Catch()
export class AuthHttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('AuthHttp');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof DomainError) {
      if (typeof error.details.retryAfterSeconds === 'number') response.setHeader('retry-after', String(error.details.retryAfterSeconds));
      response.status(STATUS[error.code]).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
      return;
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      const code = error.getStatus() === 404 ? ErrorCode.NotFound : ErrorCode.BadUserInput;
      response.status(error.getStatus()).json({ errors: [{ message: error.message, extensions: { code } }] });
      return;
    }
    const correlationId = randomUUID();
    this.logger.error(`Unexpected error ${correlationId}: ${(error as Error)?.message}`, (error as Error)?.stack);
    response.status(500).json({
      errors: [{ message: `Something went wrong on our side. Quote ${correlationId} if you report it.`, extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId } }],
    });
  }
}
