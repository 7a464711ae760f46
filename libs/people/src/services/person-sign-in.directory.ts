import { Injectable } from '@nestjs/common';
import { type SignInCandidate, SignInDirectory } from '@kennis/auth';
import { PersonRepository } from '../repositories/person.repository';

/** The people who may sign in, for libs/auth (which knows no domain tables). */
@Injectable()
export class PersonSignInDirectory implements SignInDirectory {
  constructor(private readonly people: PersonRepository) {}

  async listSignInCandidates(): Promise<SignInCandidate[]> {
    const people = await this.people.listForSignIn(SIGN_IN_LIST_LIMIT);
    return people.map((person) => ({
      id: person.id,
      name: person.name,
      email: person.email,
      roles: person.roles,
      department: person.department || null,
      jobTitle: person.jobTitle || null,
    }));
  }
}

/** The development sign-in page is for the demo organisation, not for a directory of thousands. */
const SIGN_IN_LIST_LIMIT = 200;
