import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MailTransport } from './mail-transport.types';
import type { ComposedMail } from './mail.types';
import { writeMimeMessage } from './mime-message.writer';

/** For development and self-hosting without a mail server: one .eml file per message. */
export class FileMailTransport implements MailTransport {
  constructor(private readonly mailDirectory: string) {}

  async send(mail: ComposedMail): Promise<{ messageId: string }> {
    // The writer allows only file-name-safe message ids (assertMessageId), so the name is unique
    // per message, and a retried delivery finds its file and writes no second copy.
    const { raw } = writeMimeMessage(mail);
    const suffix = `-${mail.messageId.slice(1, -1)}.eml`;
    await mkdir(this.mailDirectory, { recursive: true });
    const existing = (await readdir(this.mailDirectory)).find((name) => name.endsWith(suffix));
    if (existing) {
      return { messageId: mail.messageId };
    }
    const timestamp = new Date().toISOString().replace(/[-:.]/g, '');
    const target = path.join(this.mailDirectory, `${timestamp}${suffix}`);
    // Written under another name and renamed, so nobody reads half a message.
    const partial = `${target}.partial`;
    await writeFile(partial, raw);
    await rename(partial, target);
    return { messageId: mail.messageId };
  }

  /** Nothing stays open between messages. */
  async close(): Promise<void> {}
}
