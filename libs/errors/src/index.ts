export {
  BadUserInputError,
  ConflictError,
  DomainError,
  ErrorCode,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from './domain.error';
export type { DomainErrorDetails } from './domain.error';
export { ParseIdPipe } from './parse-id.pipe';
