import { GraphQLISODateTime } from '@nestjs/graphql';
import { GraphQLError, Kind, type ValueNode } from 'graphql';

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);
/** Marks the error as bad input, also when GraphQL validation reports it for a literal in the operation. */
class DateTimeInputError extends GraphQLError {
  /** With the literal's node, the error has its place in the operation: locations, and the field it names. */
  constructor(message: string, literal?: ValueNode) {
    super(message, { nodes: literal, extensions: { badUserInput: true } });
  }
}

const EXAMPLE = 'such as 2030-03-02T13:00:00Z or 2030-03-02T14:00:00+01:00';

/**
 * A DateTime is ISO 8601 with a zone offset, a real calendar date (2031-02-30 is refused, not read as
 * 2 March) and between 2000 and 2100. Throws a message that says what to type.
 */
export function parseStrictDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw new DateTimeInputError(`A date-time must be a string ${EXAMPLE}.`);
  const match = ISO_DATE_TIME.exec(value);
  if (!match) throw new DateTimeInputError(`"${value.slice(0, 40)}" is not a date-time with a zone offset, ${EXAMPLE}.`);
  const [, year, month, day, hour, minute, second = '0', , zone, offsetHours, offsetMinutes] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const [y, mo, d, h, mi, s] = fields;
  const calendar = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || calendar.getUTCMonth() !== mo - 1 || calendar.getUTCDate() !== d) {
    throw new DateTimeInputError(`${value.slice(0, 10)} is not a date in the calendar.`);
  }
  if (h > 23 || mi > 59 || s > 59) throw new DateTimeInputError(`${value.slice(11, 19)} is not a time of day.`);
  if (zone !== 'Z' && (Number(offsetHours) > 14 || Number(offsetMinutes) > 59)) {
    throw new DateTimeInputError(`${zone} is not a zone offset; use one from -14:00 to +14:00, or Z.`);
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new DateTimeInputError(`"${value}" is not a date-time, ${EXAMPLE}.`);
  if (instant.getTime() < EARLIEST || instant.getTime() >= LATEST) {
    throw new DateTimeInputError(`${value} is outside the years 2000 to 2099.`);
  }
  return instant;
}

/**
 * Makes Nest's built-in DateTime scalar strict. Nest builds every `DateTime` field of the code-first
 * schema from this one scalar object, so hardening it here covers every date input of every library.
 */
export function hardenDateTimeScalar(): void {
  GraphQLISODateTime.parseValue = parseStrictDateTime;
  GraphQLISODateTime.parseLiteral = (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw new DateTimeInputError(`A date-time must be a string ${EXAMPLE}.`, ast);
    try {
      return parseStrictDateTime(ast.value);
    } catch (error) {
      throw new DateTimeInputError((error as Error).message, ast);
    }
  };
  GraphQLISODateTime.description = `A date-time in ISO 8601 with a zone offset, ${EXAMPLE}.`;
}
