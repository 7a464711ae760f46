import { ID } from '@nestjs/graphql';
import { BadUserInputError, ParseIdPipe } from '@kennis/errors';

export const SessionIdArgs = ['sessionId', { type: () => ID }, ParseIdPipe] as const;

export function pageSize(first: number): number {
  if (first < 1 || first > 100) throw new BadUserInputError('first', 'first must be from 1 to 100');
  return first;
}
