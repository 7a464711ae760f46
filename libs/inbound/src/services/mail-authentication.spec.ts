import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth';
import { readInboundConfig } from '@kennis/config';
import { MailAuthentication } from './mail-authentication';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const records: Record<string, string> = {
  'kennis._domainkey.example.test': `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`,
  '_dmarc.example.test': 'v=DMARC1; p=reject',
};

/** DNS answers from the records above: no network needed, and the keys are the test's own. */
async function resolver(name: string, type: string): Promise<string[][]> {
  const record = type === 'TXT' ? records[name.toLowerCase()] : undefined;
  if (record) return [[record]];
  throw Object.assign(new Error(`no ${type} for ${name}`), { code: 'ENOTFOUND' });
}

const message = Buffer.from(
  ['From: Ann <ann@example.test>', 'To: turing@rooms.example.test', 'Subject: Planning', 'Message-ID: <dkim-1@example.test>', 'Date: Tue, 01 Dec 2026 10:00:00 +0000', '', 'Let us plan.', ''].join('\r\n'),
);

async function signed(raw: Buffer): Promise<Buffer> {
  // mailauth 4 reads signatureData at run time; its bundled types still describe the older flat options.
  const options = { signatureData: [{ signingDomain: 'example.test', selector: 'kennis', privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }] };
  const result = await dkimSign(raw, options as unknown as Parameters<typeof dkimSign>[1]);
  return Buffer.concat([Buffer.from(result.signatures), raw]);
}

describe('DKIM and DMARC with mailauth (INBOUND_MAIL_AUTHENTICATION=enforce)', () => {
  const authentication = new MailAuthentication(readInboundConfig({ INBOUND_MAIL_AUTHENTICATION: 'enforce' }));
  authentication.resolver = resolver as never;

  it('passes a message signed by its From domain', async () => {
    expect(await authentication.verify(await signed(message), 'ann@example.test', 'ann@example.test')).toMatchObject({ pass: true });
  });

  it('does not act on a message changed after signing, nor on an unsigned one under p=reject', async () => {
    const tampered = Buffer.from((await signed(message)).toString('utf8').replace('Let us plan.', 'Book every room.'));
    expect(await authentication.verify(tampered, 'ann@example.test', 'ann@example.test')).toMatchObject({ pass: false });
    expect(await authentication.verify(message, 'ann@example.test', 'ann@example.test')).toMatchObject({ pass: false, reason: expect.stringMatching(/DMARC|DKIM/) });
  });

  it('checks nothing when off', async () => {
    const off = new MailAuthentication(readInboundConfig({}));
    expect(await off.verify(message, null, 'ann@example.test')).toEqual({ pass: true, reason: 'not checked' });
  });
});
