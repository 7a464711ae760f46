import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { MailTransport } from './mail-transport.types';
import { toNodemailerMessage } from './nodemailer-message';
import type { ComposedMail } from './mail.types';

/** For development and self-hosting without a mail server: one .eml file per message. */
export class FileMailTransport implements MailTransport {
  private readonly composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  constructor(private readonly mailDirectory: string) {}

  async send(mail: ComposedMail): Promise<{ messageId: string }> {
    const message = toNodemailerMessage(mail);
    // toNodemailerMessage allows only file-name-safe message ids, so the name is unique per
    // message, and a retried delivery finds its file and writes no second copy.
    const suffix = `-${mail.messageId.slice(1, -1)}.eml`;
    await mkdir(this.mailDirectory, { recursive: true });
    const existing = (await readdir(this.mailDirectory)).find((name) => name.endsWith(suffix));
    if (existing) {
      return { messageId: mail.messageId };
    }
    const { message: raw } = await this.composer.sendMail(message);
    const timestamp = new Date().toISOString().replace(/[-:.]/g, '');
    const target = path.join(this.mailDirectory, `${timestamp}${suffix}`);
    // Written under another name and renamed, so nobody reads half a message.
    const partial = `${target}.partial`;
    await writeFile(partial, raw as Buffer);
    await rename(partial, target);
    return { messageId: mail.messageId };
  }

  async close(): Promise<void> {
    this.composer.close();
  }
}
