import { ConfigurationError } from './environment';
import {
  readAppConfig,
  readAuthConfig,
  readDatabaseConfig,
  readMailConfig,
  readOutboxConfig,
  readRedisConfig,
  readRemindersConfig,
} from './kennis.config';

function failure(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('the value was accepted');
}

describe('configuration validation', () => {
  it('gives every namespace its defaults', () => {
    expect(readOutboxConfig({})).toEqual({ sweepIntervalMs: 15_000 });
    expect(readRemindersConfig({})).toEqual({ leadMinutes: 1440 });
    expect(readRedisConfig({})).toEqual({ url: 'redis://127.0.0.1:6379', queuePrefix: 'kennis' });
    expect(readMailConfig({})).toMatchObject({ smtpUrl: null, fromAddress: 'kennis@kennis.local' });
    expect(readAppConfig({})).toMatchObject({ apiPort: 3000, apiProcesses: 1, workerProcesses: 1, publicUrl: 'http://localhost:3000', workerNice: 10 });
  });

  it('listens on loopback unless told otherwise, and takes only an IP address', () => {
    expect(readAppConfig({})).toMatchObject({ apiHost: '127.0.0.1', workerHealthHost: '127.0.0.1' });
    expect(readAppConfig({ API_HOST: '0.0.0.0', WORKER_HEALTH_HOST: '::' })).toMatchObject({ apiHost: '0.0.0.0', workerHealthHost: '::' });
    expect(failure(() => readAppConfig({ API_HOST: 'everywhere' }))).toMatch(/API_HOST.*not an IP address.*0\.0\.0\.0/);
  });

  it.each<[string, () => unknown, RegExp]>([
    ['a sweep interval below half a second', () => readOutboxConfig({ OUTBOX_SWEEP_INTERVAL_MS: '10' }), /OUTBOX_SWEEP_INTERVAL_MS.*between 500 and 3600000/],
    ['a reminder lead that is no number', () => readRemindersConfig({ REMINDER_LEAD_MINUTES: 'soon' }), /REMINDER_LEAD_MINUTES.*whole number/],
    ['a database URL of another kind', () => readDatabaseConfig({ DATABASE_URL: 'mysql://db/kennis' }), /DATABASE_URL.*postgres:/],
    ['a missing database URL', () => readDatabaseConfig({}), /DATABASE_URL.*required/],
    ['a short JWT secret', () => readAuthConfig({ JWT_SECRET: 'short' }), /JWT_SECRET.*32 characters/],
    ['an SMTP URL over http', () => readMailConfig({ SMTP_URL: 'http://mail.example.org' }), /SMTP_URL.*smtp:/],
    ['an unknown log level', () => readAppConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL.*one of/],
    ['a port out of range', () => readAppConfig({ API_PORT: '70000' }), /API_PORT.*between 0 and 65535/],
    ['no API process at all', () => readAppConfig({ API_PROCESSES: '0' }), /API_PROCESSES.*between 1 and 64/],
    ['no worker process at all', () => readAppConfig({ WORKER_PROCESSES: '0' }), /WORKER_PROCESSES.*between 1 and 64/],
    ['a niceness the system has not', () => readAppConfig({ WORKER_NICE: '20' }), /WORKER_NICE.*between 0 and 19/],
  ])('stops at %s, naming the variable', (_, read, message) => {
    expect(failure(read)).toMatch(message);
  });
});
