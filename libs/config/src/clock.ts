import { readFileSync } from 'node:fs';

/**
 * The one source of "now" for domain decisions: whether a session has started, whether a reminder is
 * still ahead. Injected (Nest provider `Clock`), so a test sets the time instead of sleeping for it.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A test's clock for the api and worker processes it starts: the system time plus the offset (in
 * milliseconds, a plain integer) that the test writes to CLOCK_OFFSET_FILE. The file is read on each
 * call, so a test moves both processes' time at once, mid-run; time keeps running from there.
 */
export class OffsetFileClock extends Clock {
  constructor(private readonly file: string) {
    super();
  }

  now(): Date {
    const offset = Number.parseInt(readFileSync(this.file, 'utf8').trim() || '0', 10);
    return new Date(Date.now() + (Number.isFinite(offset) ? offset : 0));
  }
}

/** A test's clock in process (unit and integration tests): stands still until set or advanced. */
export class TestClock extends Clock {
  constructor(private current: Date = new Date()) {
    super();
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(instant: Date): void {
    this.current = new Date(instant.getTime());
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}

/** The clock the configuration asks for: the system's, or a test's offset file outside production. */
export function createClock(offsetFile: string | null): Clock {
  return offsetFile ? new OffsetFileClock(offsetFile) : new SystemClock();
}
