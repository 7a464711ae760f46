import { BadUserInputError, ConflictError, DomainError, ErrorCode, NotFoundError } from '@kennis/errors';

export class PersonNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Person', id);
  }
}

export class EmailTakenError extends ConflictError {
  constructor(email: string) {
    super(`Someone already uses the email address ${email}. Use another address.`, { field: 'email' });
  }
}

export class InvalidManagerError extends BadUserInputError {
  constructor(message: string) {
    super('managerId', message);
  }
}

export class ExternalIdTakenError extends ConflictError {
  constructor(externalId: string) {
    super(`Another person already has the identity provider id ${externalId}.`, { field: 'externalId' });
  }
}

export class SkillNotOnProfileError extends DomainError {
  constructor(skillName: string, kind: string) {
    super(ErrorCode.NotFound, `"${skillName}" is not on your profile as ${kind}, so there is nothing to remove (me { skills } lists yours).`, { field: 'skillName' });
  }
}
