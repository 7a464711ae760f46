import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Sets the time of the api and worker processes a test starts (their Clock reads CLOCK_OFFSET_FILE, see
 * OffsetFileClock in @kennis/config): a test moves time forward instead of sleeping until it passes.
 */
export class TestClockFile {
  readonly path: string;
  private offsetMs = 0;
  private readonly directory: string;

  constructor() {
    this.directory = mkdtempSync(join(tmpdir(), 'kennis-clock-'));
    this.path = join(this.directory, 'offset-ms');
    writeFileSync(this.path, '0');
  }

  /** What the processes' clock reads now. */
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(milliseconds: number): void {
    this.offsetMs += milliseconds;
    writeFileSync(this.path, String(this.offsetMs));
  }

  /** The processes' clock reads `instant` now, and runs on from there. */
  setTo(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
    writeFileSync(this.path, String(this.offsetMs));
  }

  remove(): void {
    rmSync(this.directory, { recursive: true, force: true });
  }
}
