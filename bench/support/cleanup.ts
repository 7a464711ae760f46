/**
 * What a benchmark must undo (child processes, databases, Redis keys), so that Ctrl-C or a failure
 * half-way still leaves nothing behind. Each step is registered when the resource is made.
 */
const steps = new Map<number, { label: string; undo: () => Promise<unknown> }>();
let nextId = 1;

export function onCleanup(label: string, undo: () => Promise<unknown>): () => Promise<void> {
  const id = nextId++;
  steps.set(id, { label, undo });
  return async () => {
    const step = steps.get(id);
    if (!step) return;
    steps.delete(id);
    await step.undo();
  };
}

/** Runs every step still registered, newest first; a failing step does not stop the others. */
export async function cleanUpEverything(log: (line: string) => void): Promise<void> {
  for (const [id, step] of [...steps.entries()].reverse()) {
    steps.delete(id);
    try {
      await step.undo();
    } catch (error) {
      log(`cleanup of ${step.label} failed: ${(error as Error).message}`);
    }
  }
}
