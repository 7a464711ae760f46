import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ApiProblem } from '../api/feedback';

/**
 * Puts the API's message next to the field it names; returns the problem when no field of this form
 * matches, for the form to show above its buttons. The typed values stay as they were.
 */
interface FieldErrors {
  getValues(): object;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  setFieldError(path: any, error: React.ReactNode): void;
}

export function showProblemOnForm(form: FieldErrors, problem: ApiProblem): ApiProblem | null {
  if (problem.field && problem.field in form.getValues()) {
    form.setFieldError(problem.field, problem.message);
    return null;
  }
  return problem;
}

export function FormProblem({ problem }: { problem: ApiProblem | null }) {
  if (!problem) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
      {problem.message}
    </Alert>
  );
}
