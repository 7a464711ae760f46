import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import Provider from 'oidc-provider';

export interface TestAccount {
  sub: string;
  email: string;
  email_verified?: boolean;
  name?: string;
  department?: string;
  site?: string;
  job_title?: string;
  manager_email?: string;
  groups?: string[];
}

export interface SigningKey {
  kid: string;
  privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  privateJwk: JWK;
}

export async function generateSigningKey(kid: string): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey, privateJwk };
}

/**
 * A real OpenID provider (oidc-provider) in the test process on 127.0.0.1, with keys made in the test.
 * Its development login form takes any account id; the accounts and their claims come from the test.
 */
export class OidcTestProvider {
  readonly accounts = new Map<string, TestAccount>();
  issuer!: string;
  private server: Server | null = null;

  constructor(
    private readonly client: { clientId: string; clientSecret: string; redirectUri: string; postLogoutRedirectUri: string },
  ) {}

  async start(keys: SigningKey[], port = 0): Promise<void> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new Provider(this.issuer, {
      clients: [
        {
          client_id: this.client.clientId,
          client_secret: this.client.clientSecret,
          redirect_uris: [this.client.redirectUri],
          post_logout_redirect_uris: [this.client.postLogoutRedirectUri],
          response_types: ['code'],
          grant_types: ['authorization_code'],
        },
      ],
      jwks: { keys: keys.map((key) => key.privateJwk) as never },
      cookies: { keys: ['kennis-test-provider-cookie-key'] },
      pkce: { required: () => true },
      claims: {
        openid: ['sub'],
        email: ['email', 'email_verified'],
        profile: ['name', 'department', 'site', 'job_title', 'manager_email', 'groups'],
      },
      features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
      findAccount: (_context, id) => {
        const account = this.accounts.get(id);
        return account ? { accountId: id, claims: () => ({ ...account }) } : undefined;
      },
    });
    server.on('request', provider.callback());
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get port(): number {
    return Number(new URL(this.issuer).port);
  }

  /** An access token as the provider's key would sign it; the test varies one claim at a time. */
  accessToken(key: SigningKey, claims: Record<string, unknown>, issuer = this.issuer): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ iat: now, exp: now + 300, aud: 'kennis-api', iss: issuer, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'at+jwt' })
      .sign(key.privateKey);
  }
}

/** Just enough of a browser: one cookie jar for 127.0.0.1 (cookies ignore ports), redirects followed by hand. */
export class TestBrowser {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  cookie(name: string): string | null {
    return this.cookies.get(name)?.value ?? null;
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const path = new URL(url).pathname;
    const cookie = [...this.cookies]
      .filter(([, entry]) => path.startsWith(entry.path))
      .map(([name, entry]) => `${name}=${entry.value}`)
      .join('; ');
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
    for (const header of response.headers.getSetCookie()) this.store(header);
    return response;
  }

  /** Follows redirects and submits the provider's forms (login, consent, sign-out) until `stopAt`; that URL is not requested. */
  async walk(url: string, stopAt: (url: URL) => boolean, form: (html: string) => Record<string, string>): Promise<URL> {
    let current = new URL(url);
    let init: RequestInit = {};
    for (let step = 0; step < 20; step += 1) {
      if (stopAt(current)) return current;
      const response = await this.request(current.href, init);
      const location = response.headers.get('location');
      if (location) {
        current = new URL(location, current);
        init = {};
        continue;
      }
      const html = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`Stuck at ${current.href} (${response.status}): ${html.slice(0, 300)}`);
      const fields: Record<string, string> = {};
      for (const match of html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) fields[match[1]] = match[2];
      current = new URL(action.replace(/&amp;/g, '&'), current);
      init = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...fields, ...form(html) }).toString(),
      };
    }
    throw new Error(`Too many redirects from ${url}`);
  }

  private store(header: string): void {
    const [pair, ...attributes] = header.split(';');
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const path = attributes.map((part) => part.trim()).find((part) => /^path=/i.test(part))?.slice(5) ?? '/';
    const expired = attributes.some((part) => /^expires=/i.test(part.trim()) && new Date(part.trim().slice(8)).getTime() < Date.now());
    if (!value || expired) this.cookies.delete(name);
    else this.cookies.set(name, { value, path });
  }
}
