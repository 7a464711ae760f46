import { parseConnectionUrl } from 'nodemailer/lib/shared';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { MailTransport } from './mail-transport.types';
import type { ComposedMail } from './mail.types';
import { writeMimeMessage } from './mime-message.writer';

/** A small pool of reused connections: one TCP and SMTP handshake per connection, not per message. */
const MAX_CONNECTIONS = 5;
/** A connection is closed (QUIT) after this many messages and a new one opened, as nodemailer's pool does. */
const MAX_MESSAGES_PER_CONNECTION = 1000;
/** An idle connection is closed before a server's own idle timeout would drop it under us. */
const IDLE_CLOSE_MS = 30_000;

interface PooledConnection {
  connection: SMTPConnection;
  messages: number;
  /** Set once the server ended or broke the connection: it is never handed out again. */
  dead: boolean;
  idleTimer: NodeJS.Timeout | null;
}

/**
 * SMTP_URL read the way nodemailer reads it: smtps:// for implicit TLS, user and password, and its query
 * options (?requireTLS=true, ?tls.rejectUnauthorized=false, ?name=...) that company relays often need.
 */
export function smtpConnectionOptions(smtpUrl: string): { options: SMTPConnection.Options; auth: SMTPConnection.AuthenticationType | null } {
  const { auth, ...options } = parseConnectionUrl(smtpUrl) as SMTPConnection.Options & { auth?: { user?: string; pass?: string } };
  return { options, auth: auth?.user || auth?.pass ? { credentials: { user: auth.user ?? '', pass: auth.pass ?? '' } } : null };
}

/**
 * SMTP through nodemailer's SMTP client (SMTPConnection, which pipelines the envelope and DATA), on a
 * pool of its own. nodemailer's transporter builds a MIME tree, a random Message-ID and boundary and a
 * stream pipeline around every message even when it is handed raw bytes: about a quarter of the
 * worker's CPU per mail of an all-hands update (profiled). The message is written into one buffer by
 * Kennis's own MIME writer and given to the connection as it is.
 */
export class SmtpMailTransport implements MailTransport {
  private readonly options: SMTPConnection.Options;
  private readonly auth: SMTPConnection.AuthenticationType | null;
  private readonly idle: PooledConnection[] = [];
  /** Sends waiting for one of the MAX_CONNECTIONS slots; each slot holds at most one connection. */
  private readonly waiting: (() => void)[] = [];
  private busy = 0;
  private closed = false;

  constructor(smtpUrl: string) {
    ({ options: this.options, auth: this.auth } = smtpConnectionOptions(smtpUrl));
  }

  /** Resolves once the server accepted the message; throws (so the job retries) otherwise. */
  async send(mail: ComposedMail): Promise<{ messageId: string }> {
    const { raw, envelope } = writeMimeMessage(mail);
    await this.takeSlot();
    try {
      let pooled = this.takeIdle();
      const reused = pooled !== null;
      pooled ??= await this.connect();
      try {
        await transmit(pooled, envelope, raw);
      } catch (error) {
        this.quit(pooled);
        // A server may close a connection it kept idle just as a message starts on it: a connection
        // error on a reused connection is tried once more on a new one, as nodemailer's pool does.
        if (!reused || (error as { code?: string }).code !== 'ECONNECTION') throw error;
        pooled = await this.connect();
        try {
          await transmit(pooled, envelope, raw);
        } catch (retryError) {
          this.quit(pooled);
          throw retryError;
        }
      }
      this.putBack(pooled);
      return { messageId: mail.messageId };
    } finally {
      this.releaseSlot();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pooled of this.idle.splice(0)) this.quit(pooled);
  }

  private async takeSlot(): Promise<void> {
    if (this.busy < MAX_CONNECTIONS) {
      this.busy += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** The slot goes straight to the longest-waiting send, or is freed. */
  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy -= 1;
  }

  private takeIdle(): PooledConnection | null {
    let pooled = this.idle.pop();
    while (pooled) {
      if (pooled.idleTimer) clearTimeout(pooled.idleTimer);
      pooled.idleTimer = null;
      if (!pooled.dead) return pooled;
      pooled = this.idle.pop();
    }
    return null;
  }

  private connect(): Promise<PooledConnection> {
    const connection = new SMTPConnection(this.options);
    const pooled: PooledConnection = { connection, messages: 0, dead: false, idleTimer: null };
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        pooled.dead = true;
        connection.close();
        reject(error);
      };
      // A refused or broken connection is told by 'error' (a send in flight hears it in its own callback too).
      connection.on('error', (error: Error) => {
        pooled.dead = true;
        fail(error);
      });
      connection.once('end', () => {
        pooled.dead = true;
        this.forget(pooled);
        fail(new Error('The SMTP connection closed while it was being opened'));
      });
      connection.connect((error) => {
        if (error) return fail(error);
        if (!this.auth) {
          settled = true;
          return resolve(pooled);
        }
        connection.login(this.auth, (loginError) => {
          if (loginError) return fail(loginError);
          settled = true;
          resolve(pooled);
        });
      });
    });
  }

  /** A connection back to the idle list, or closed: broken, closed transport, or used up. */
  private putBack(pooled: PooledConnection): void {
    pooled.messages += 1;
    if (pooled.dead || this.closed || pooled.messages >= MAX_MESSAGES_PER_CONNECTION) {
      this.quit(pooled);
      return;
    }
    pooled.idleTimer = setTimeout(() => this.forget(pooled), IDLE_CLOSE_MS);
    pooled.idleTimer.unref();
    this.idle.push(pooled);
  }

  /** An idle connection that the server ended, or that idled too long, leaves the list. */
  private forget(pooled: PooledConnection): void {
    const index = this.idle.indexOf(pooled);
    if (index < 0) return;
    this.idle.splice(index, 1);
    this.quit(pooled);
  }

  private quit(pooled: PooledConnection): void {
    if (pooled.idleTimer) clearTimeout(pooled.idleTimer);
    pooled.idleTimer = null;
    if (pooled.dead) {
      pooled.connection.close();
      return;
    }
    pooled.dead = true;
    pooled.connection.quit();
  }
}

function transmit(pooled: PooledConnection, envelope: { from: string; to: string[] }, raw: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    pooled.connection.send(envelope, raw, (error) => (error ? reject(error) : resolve()));
  });
}
