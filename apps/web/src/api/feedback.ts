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

export function notifyProblem(problem: ApiProblem): void {
  notifications.show({ color: 'red', title: problem.code ?? undefined, message: problem.message, withBorder: true, closeButtonProps: closeButtonProps() });
}
