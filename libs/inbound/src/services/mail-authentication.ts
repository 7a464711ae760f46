import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { authenticate } from 'mailauth';
import { inboundConfig } from '@kennis/config';

export interface AuthenticationVerdict {
  pass: boolean;
  reason: string;
}

type Resolver = (name: string, type: string) => Promise<unknown>;

/**
 * DKIM and DMARC (mailauth) when INBOUND_MAIL_AUTHENTICATION=enforce: a message whose DMARC check
 * fails, or that has no passing DKIM signature aligned with its From domain, is kept but not acted on.
 */
@Injectable()
export class MailAuthentication {
  /** Tests give a resolver with their own DNS records; production uses the system's DNS. */
  resolver: Resolver | undefined;

  constructor(@Inject(inboundConfig.KEY) private readonly config: ConfigType<typeof inboundConfig>) {}

  async verify(raw: Buffer, envelopeSender: string | null, fromAddress: string): Promise<AuthenticationVerdict> {
    if (this.config.authentication === 'off') return { pass: true, reason: 'not checked' };
    const result = await authenticate(raw, {
      sender: envelopeSender ?? '',
      mta: this.config.hostname,
      ...(this.resolver ? { resolver: this.resolver } : {}),
    } as Parameters<typeof authenticate>[1]);
    const fromDomain = fromAddress.split('@')[1]?.toLowerCase() ?? '';
    const dkimPass = (result.dkim?.results ?? []).some(
      (signature: { status?: { result?: string }; signingDomain?: string }) =>
        signature.status?.result === 'pass' && (signature.signingDomain ?? '').toLowerCase().endsWith(fromDomain),
    );
    const dmarc = (result.dmarc as { status?: { result?: string } } | false | undefined) || undefined;
    const dmarcResult = dmarc?.status?.result ?? 'none';
    if (dmarcResult === 'fail') return { pass: false, reason: `DMARC fails for ${fromDomain}` };
    if (!dkimPass) return { pass: false, reason: `no passing DKIM signature of ${fromDomain}` };
    return { pass: true, reason: `DKIM pass, DMARC ${dmarcResult}` };
  }
}
