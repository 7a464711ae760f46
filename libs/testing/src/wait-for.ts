const POLL_INTERVAL_MS = 100;

/**
 * Polls `probe` until it gives a value (anything truthy) or the deadline passes: tests wait for the
 * work, never for a fixed time. Returns that value.
 */
export async function waitFor<T>(description: string, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}`);
}

/** waitFor for a condition. */
export async function waitUntil(description: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  await waitFor(description, check, timeoutMs);
}

/** Until the worker has handled every due outbox row: every mail of what came before has gone out. */
export async function waitForOutboxDrained(dataSource: { query(sql: string): Promise<unknown> }, timeoutMs = 60_000): Promise<void> {
  await waitUntil(
    'every due outbox row to be handled',
    async () => {
      const [row] = (await dataSource.query(`SELECT count(*)::int AS pending FROM outbox_message WHERE status = 'PENDING' AND due_at <= now()`)) as { pending: number }[];
      return row.pending === 0;
    },
    timeoutMs,
  );
}
