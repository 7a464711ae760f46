export {
  BadUserInputError,
  ConflictError,
  DomainError,
  ErrorCode,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
} from './domain.error';
export type { DomainErrorDetails } from './domain.error';
export { ParseIdPipe } from './parse-id.pipe';
export {
  ChangeSet,
  findChangeSetProblem,
  findStringProblem,
  IsAfterField,
  IsAtLeastField,
  IsMailAddress,
  isMailAddress,
  MAX_INPUT_STRING_LENGTH,
  NullClears,
  stringProblem,
} from './input-rules';
