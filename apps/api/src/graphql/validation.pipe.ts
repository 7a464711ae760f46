import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadUserInputError } from '@kennis/errors';

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

/** Applies the class-validator bounds of every input; a violation is BAD_USER_INPUT naming the field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: 'input', message: 'The input is not valid.' };
      return new BadUserInputError(problem.field, problem.message);
    },
  });
}
