import { currentCorrelationId, runWithCorrelationId } from './correlation';
import { redactSecrets } from './log-redaction';

describe('secrets never reach the log', () => {
  it('cuts bearer tokens, JWTs, URL passwords, feed tokens and secret parameters out of a line', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl';
    const line = redactSecrets(
      `auth Bearer ${jwt} token ${jwt} smtp://kennis:hunter2@mail.example.com:587 GET /calendar/Zx8kP0q9aL3mN5vB7cD1.ics ?code=abc&client_secret=s3cr3t`,
    );
    for (const secret of [jwt, 'hunter2', 'Zx8kP0q9aL3mN5vB7cD1', 'abc&', 's3cr3t']) expect(line).not.toContain(secret);
    expect(line).toContain('smtp://kennis:[redacted]@mail.example.com:587');
    expect(redactSecrets('a plain line about room Turing')).toBe('a plain line about room Turing');
  });

  it('knows the correlation id of the work it runs in, across awaits', async () => {
    expect(currentCorrelationId()).toBeUndefined();
    await runWithCorrelationId('req-12345678', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentCorrelationId()).toBe('req-12345678');
    });
  });
});
