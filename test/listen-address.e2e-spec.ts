import { networkInterfaces } from 'node:os';
import { ApiHarness } from './support/api-harness';

/** An IPv4 address of this machine other than loopback: where a colleague on the network would connect. */
function networkAddress(): string {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal);
  if (!address) throw new Error('This test needs a network interface with an IPv4 address besides loopback.');
  return address.address;
}

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok;
  } catch {
    return false;
  }
}

// The development sign-in lets whoever reaches the API sign in as anyone: by default only this machine does.
describe('where the API listens', () => {
  describe('with API_HOST unset (as under npm start)', () => {
    const api = new ApiHarness();
    beforeAll(() => api.start());
    afterAll(() => api.stop());

    it('answers on loopback only', async () => {
      const port = new URL(api.baseUrl).port;
      expect(await reachable(`http://127.0.0.1:${port}/health`)).toBe(true);
      expect(await reachable(`http://${networkAddress()}:${port}/health`)).toBe(false);
      expect(await reachable(`http://${networkAddress()}:${port}/auth/dev/people`)).toBe(false);
    });

    it('does not ask browsers to upgrade to https when PUBLIC_URL is http', async () => {
      const response = await fetch(`${api.baseUrl}/`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toContain('upgrade-insecure-requests');
    });
  });

  describe('with API_HOST=0.0.0.0 and PUBLIC_URL https', () => {
    const api = new ApiHarness();
    beforeAll(() => api.start({ API_HOST: '0.0.0.0', PUBLIC_URL: 'https://kennis.example.com' }));
    afterAll(() => api.stop());

    it('answers on the network, warns that the development sign-in is open to it, and asks for https', async () => {
      const port = new URL(api.baseUrl).port;
      expect(await reachable(`http://${networkAddress()}:${port}/health`)).toBe(true);
      expect(api.api.lines.join('\n')).toMatch(/API_HOST 0\.0\.0\.0 offers the development sign-in to other machines/);
      const response = await fetch(`${api.baseUrl}/`);
      expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    });
  });
});
