import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from '@kennis/testing';

const DOVECOT = '/usr/sbin/dovecot';

/** Who Dovecot's processes and mail run as: the dovecot user under root, ourselves otherwise. */
function mailUser(): { name: string; login: string; uid: number; gid: number } {
  const me = userInfo();
  if (me.uid !== 0) return { name: me.username, login: me.username, uid: me.uid, gid: me.gid };
  const uid = Number(execFileSync('id', ['-u', 'dovecot']).toString());
  const gid = Number(execFileSync('id', ['-g', 'dovecot']).toString());
  return { name: 'dovecot', login: 'dovenull', uid, gid };
}

async function waitForPort(port: number, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Dovecot did not listen on ${port}`);
}

/** A real Dovecot IMAP server on a free loopback port, with the project's config, for one test file. */
export class DovecotServer {
  readonly password = 'kennis-test-password';
  port = 0;
  private base = '';
  private child: ChildProcess | null = null;

  async start(port?: number): Promise<this> {
    if (!this.base) {
      this.base = mkdtempSync(path.join(tmpdir(), 'kennis-dovecot-'));
      this.port = port ?? (await freePort());
      // mkdtemp makes it 0700; the mail user (dovecot under root) must pass through it to the maildir.
      chmodSync(this.base, 0o711);
    }
    const user = mailUser();
    for (const folder of ['run', 'state', 'mail']) mkdirSync(path.join(this.base, folder), { recursive: true });
    chownSync(path.join(this.base, 'mail'), user.uid, user.gid);
    const template = readFileSync(path.join(import.meta.dirname, 'dovecot.conf'), 'utf8');
    const config = template
      .replaceAll('@BASE@', this.base)
      .replaceAll('@PORT@', String(this.port))
      .replaceAll('@PASSWORD@', this.password)
      .replaceAll('@UID@', String(user.uid))
      .replaceAll('@GID@', String(user.gid))
      .replaceAll('@USER@', user.name)
      .replaceAll('@LOGIN_USER@', user.login);
    writeFileSync(path.join(this.base, 'dovecot.conf'), config);
    this.child = spawn(DOVECOT, ['-F', '-c', path.join(this.base, 'dovecot.conf')], { stdio: 'ignore' });
    await waitForPort(this.port, Date.now() + 15_000);
    return this;
  }

  imapUrl(user: string, mailbox = 'INBOX'): string {
    return `imap://${encodeURIComponent(user)}:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/${encodeURIComponent(mailbox)}`;
  }

  /** Stops the server; the maildir stays, so start() brings the same mailboxes back (a restart). */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  async destroy(): Promise<void> {
    await this.stop();
    if (this.base) rmSync(this.base, { recursive: true, force: true });
  }

  get log(): string {
    try {
      return readFileSync(path.join(this.base, 'dovecot.log'), 'utf8');
    } catch {
      return '';
    }
  }
}
