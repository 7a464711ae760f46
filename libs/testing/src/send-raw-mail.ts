import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/**
 * Hands one raw message to an SMTP server on 127.0.0.1 (Kennis's inbound listener in the tests), with
 * its own envelope, as a company's mail server relays it; resolves with the server's answer (250 ...).
 */
export async function sendRawMail(port: number, raw: Buffer, to: string, from: string): Promise<SMTPTransport.SentMessageInfo> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    return await transport.sendMail({ envelope: { from, to: [to] }, raw });
  } finally {
    transport.close();
  }
}
