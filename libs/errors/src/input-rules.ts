import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * Rules every input follows, whatever library defines it. The API's ValidationPipe applies the string
 * rules to every argument and the change-set rules to classes marked @ChangeSet; the decorators here
 * are the per-field rules (mail addresses).
 */

/** The longest string any input may hold; fields set tighter bounds with class-validator. */
export const MAX_INPUT_STRING_LENGTH = 10_000;

// C0 controls other than tab, line feed and carriage return, DEL, and lone UTF-16 surrogates.
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a string anywhere in an input, or null: the field is named by the caller. */
export function stringProblem(value: string): string | null {
  if (value.length > MAX_INPUT_STRING_LENGTH) return `must be at most ${MAX_INPUT_STRING_LENGTH} characters`;
  const forbidden = FORBIDDEN_CHARACTER.exec(value);
  if (forbidden) {
    const code = forbidden[0].charCodeAt(0);
    return code >= 0xd800 && code <= 0xdfff
      ? 'contains a broken character (a lone UTF-16 surrogate); send valid Unicode text'
      : `contains the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}; remove it`;
  }
  if (value.length > 0 && value.trim().length === 0) return 'must not be blank; type some text or leave it out';
  return null;
}

/** The first bad string in a value, with its path (title, skills[2], weights.skillFit), or null. */
export function findStringProblem(value: unknown, path: string, depth = 0): { field: string; message: string; tooLong: boolean } | null {
  if (typeof value === 'string') {
    const message = stringProblem(value);
    return message ? { field: path, message: `${path} ${message}.`, tooLong: value.length > MAX_INPUT_STRING_LENGTH } : null;
  }
  if (value === null || typeof value !== 'object' || depth > 10) return null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = findStringProblem(item, `${path}[${index}]`, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (value instanceof Date) return null;
  for (const [key, item] of Object.entries(value)) {
    const problem = findStringProblem(item, path ? `${path}.${key}` : key, depth + 1);
    if (problem) return problem;
  }
  return null;
}

// RFC 5321 dot-atom local part and a DNS host name with an alphabetic top-level label. No quoted local
// parts, comments, IP literals or raw non-ASCII: such an address would have to be quoted into every
// mail header and calendar property, and one that breaks there blocks every invite it is in.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** The one mail address check of Kennis: inputs, the identity provider's claims and SCIM use it alike. */
export function isMailAddress(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at < 1) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  return (
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    /^[A-Za-z]{2,63}$/.test(labels[labels.length - 1])
  );
}

export function IsMailAddress(options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isMailAddress',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: ({ property }) => `${property} must be a mail address such as ada@example.com (letters, digits and . _ + - before the @)`,
        ...options,
      },
      validator: { validate: (value: unknown) => isMailAddress(value) },
    });
  };
}

/**
 * A cross-field check: this date is after the date in `earlier` (to after from, endsAt after startsAt).
 * Passes while either is missing; @IsOptional and @IsDate say whether they must be there.
 */
export function IsAfterField(earlier: string, options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isAfterField',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [earlier],
      options: { message: ({ property }) => `${property} must be after ${earlier}.`, ...options },
      validator: {
        validate: (value: unknown, args) => {
          const other = (args?.object as Record<string, unknown> | undefined)?.[earlier];
          return !(value instanceof Date && other instanceof Date) || value.getTime() > other.getTime();
        },
      },
    });
  };
}

/**
 * A cross-field check: this number is at least the number in `lower` (a range's max and min). Passes
 * while either is missing or not a number; @IsInt and its bounds say whether they must be there.
 */
export function IsAtLeastField(lower: string, options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isAtLeastField',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [lower],
      options: { message: ({ property }) => `${property} must be at least ${lower}.`, ...options },
      validator: {
        validate: (value: unknown, args) => {
          const other = (args?.object as Record<string, unknown> | undefined)?.[lower];
          return typeof value !== 'number' || typeof other !== 'number' || value >= other;
        },
      },
    });
  };
}

const CHANGE_SET = Symbol('kennis:change-set');
const NULL_CLEARS = Symbol('kennis:null-clears');

interface ChangeSetOptions {
  /** The fields that say what to change (sessionId, roomId); the others are the changes. */
  identifiedBy: string[];
}

/**
 * An update input: leaving a field out keeps it, so an explicit null is refused (it would try to clear
 * a value that must stay) unless the field is marked @NullClears, and at least one change must be given.
 */
export function ChangeSet(options: ChangeSetOptions): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(CHANGE_SET, options, target);
  };
}

/** In a @ChangeSet, null for this field means "remove it" (an online link, say). */
export function NullClears(): PropertyDecorator {
  return (target, propertyName) => {
    const names: string[] = Reflect.getMetadata(NULL_CLEARS, target.constructor) ?? [];
    Reflect.defineMetadata(NULL_CLEARS, [...names, String(propertyName)], target.constructor);
  };
}

/** What is wrong with a change-set input, or null when it is fine or the class is no change set. */
export function findChangeSetProblem(metatype: unknown, value: unknown): { field: string; message: string } | null {
  if (typeof metatype !== 'function' || value === null || typeof value !== 'object') return null;
  const options: ChangeSetOptions | undefined = Reflect.getMetadata(CHANGE_SET, metatype);
  if (!options) return null;
  const clearable: string[] = Reflect.getMetadata(NULL_CLEARS, metatype) ?? [];
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  for (const [key, item] of entries) {
    if (item === null && !clearable.includes(key)) {
      return { field: key, message: `${key} cannot be null: leave it out to keep it as it is, or give a new value.` };
    }
  }
  if (!entries.some(([key]) => !options.identifiedBy.includes(key))) {
    const besides = options.identifiedBy.length > 0 ? ` besides ${options.identifiedBy.join(' and ')}` : '';
    return { field: 'input', message: `Nothing to change: give at least one field${besides}.` };
  }
  return null;
}
