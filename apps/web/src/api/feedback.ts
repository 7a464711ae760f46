import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import type { CombinedError } from 'urql';

export interface ApiProblem {
  /** The input field the API names (extensions.field), last segment: "input.title" is "title". */
  field: string | null;
  message: string;
  code: string | null;
}

/** What went wrong, as the API said it: its message, its code and the field it names. */
export function problemOf(error: CombinedError): ApiProblem {
  const first = error.graphQLErrors[0];
  if (!first) return { field: null, message: error.networkError?.message ?? error.message, code: null };
  const field = typeof first.extensions?.field === 'string' ? (first.extensions.field.split('.').pop() ?? null) : null;
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
  return { field, message: first.message, code };
}

/** Mantine's close button has no text of its own: name it, so screen readers can say what it does. */
function closeButtonProps(): { 'aria-label': string } {
  return { 'aria-label': i18next.t('closeNotification', { ns: 'common' }) };
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, withBorder: true, closeButtonProps: closeButtonProps() });
}

const TITLED_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS']);

/** A code such as CONFLICT is for programs: people read a title in their language above the API's message. */
function problemTitle(code: string | null): string {
  return i18next.t(`problem.${code && TITLED_CODES.has(code) ? code : 'other'}`, { ns: 'common' });
}

export function notifyProblem(problem: ApiProblem): void {
  notifications.show({ color: 'red', title: problemTitle(problem.code), message: problem.message, withBorder: true, closeButtonProps: closeButtonProps() });
}
