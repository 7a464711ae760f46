import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClock, OffsetFileClock, SystemClock, TestClock } from './clock';
import { ConfigurationError } from './environment';
import { readAppConfig } from './kennis.config';

describe('the Clock', () => {
  it('is the system time unless a test names an offset file', () => {
    expect(createClock(null)).toBeInstanceOf(SystemClock);
    expect(Math.abs(createClock(null).now().getTime() - Date.now())).toBeLessThan(1000);
    expect(readAppConfig({}).clockOffsetFile).toBeNull();
    expect(readAppConfig({ CLOCK_OFFSET_FILE: '/tmp/offset' }).clockOffsetFile).toBe('/tmp/offset');
  });

  it('refuses a test clock in production, naming the variable', () => {
    expect(() => readAppConfig({ NODE_ENV: 'production', CLOCK_OFFSET_FILE: '/tmp/offset' })).toThrow(ConfigurationError);
    expect(() => readAppConfig({ NODE_ENV: 'production', CLOCK_OFFSET_FILE: '/tmp/offset' })).toThrow(/CLOCK_OFFSET_FILE/);
  });

  it('reads the offset file on every call, so a test moves a running process in time', () => {
    const directory = mkdtempSync(join(tmpdir(), 'clock-spec-'));
    const file = join(directory, 'offset-ms');
    try {
      writeFileSync(file, '0');
      const clock = createClock(file);
      expect(clock).toBeInstanceOf(OffsetFileClock);
      expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
      writeFileSync(file, String(3 * 3_600_000));
      expect(clock.now().getTime() - Date.now()).toBeGreaterThan(3 * 3_600_000 - 1000);
      writeFileSync(file, '');
      expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('stands still in process until set or advanced', () => {
    const clock = new TestClock(new Date('2031-02-01T10:00:00Z'));
    expect(clock.now().toISOString()).toBe('2031-02-01T10:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2031-02-01T10:01:30.000Z');
    clock.set(new Date('2031-03-01T00:00:00Z'));
    expect(clock.now().toISOString()).toBe('2031-03-01T00:00:00.000Z');
  });
});
