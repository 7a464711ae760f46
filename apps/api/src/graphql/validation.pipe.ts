import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadUserInputError, findChangeSetProblem, findStringProblem } from '@kennis/errors';

function firstProblem(errors: ValidationError[], parent = ''): { field: string; message: string } | null {
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length) {
      const message = error.constraints?.whitelistValidation ? `${field} is not a known field; remove it.` : messages.join('; ');
      return { field, message };
    }
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** GraphQL arguments (GqlParamtype.ARGS) and HTTP bodies, queries and route params: what a caller sent. */
const CALLER_INPUT = new Set<string | number>([3, 'body', 'query', 'param']);

/**
 * One pipe for every GraphQL argument of every library: first the rules every input follows (no NUL,
 * control characters or lone surrogates, bounded length, not blank; update inputs without nulls and not
 * empty), then the class-validator bounds of the input class. A violation is BAD_USER_INPUT naming the field.
 */
class KennisValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!CALLER_INPUT.has(metadata.type as unknown as string | number)) return super.transform(value, metadata);
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    const stringProblem = findStringProblem(value, isObject ? '' : (metadata.data ?? 'input'));
    // Over every input's limit is over a field's own, tighter bound too (a title's 200): that bound is what to type.
    if (stringProblem?.tooLong) await super.transform(value, metadata);
    const problem = stringProblem ?? findChangeSetProblem(metadata.metatype, value);
    if (problem) throw new BadUserInputError(problem.field, problem.message);
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new KennisValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: 'input', message: 'The input is not valid.' };
      return new BadUserInputError(problem.field, problem.message);
    },
  });
}
