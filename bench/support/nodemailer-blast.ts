// The baseline of invites.bench.ts, run as its own process as the worker is: a bare nodemailer loop
// with the pooled SMTP transport configured as libs/mail/src/smtp-mail.transport.ts configures it,
// the worker's concurrency, and one pre-rendered message sent again and again.
// Orders arrive on standard input as lines of JSON: a config, then "go" after the warm-up.
import { createInterface } from 'node:readline';
import nodemailer, { type Transporter } from 'nodemailer';

interface BlastConfig {
  smtpUrl: string;
  /** The raw RFC 5322 message, base64. */
  raw: string;
  warmUp: number;
  count: number;
  /** Messages in flight at once: the session-mail processor's concurrency. */
  concurrency: number;
  /** The pool of the SMTP transport: maxConnections and maxMessages as in SmtpMailTransport. */
  maxConnections: number;
  maxMessages: number;
}

function now(): number {
  return performance.timeOrigin + performance.now();
}

async function blast(transporter: Transporter, raw: Buffer, count: number, concurrency: number, offset: number): Promise<void> {
  let next = 0;
  const sender = async () => {
    while (next < count) {
      const index = offset + next;
      next += 1;
      await transporter.sendMail({ envelope: { from: 'kennis@kennis.local', to: `attendee-${index}@example.test` }, raw });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, () => sender()));
}

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const config = JSON.parse(String((await lines.next()).value)) as BlastConfig;
if (!config.smtpUrl.startsWith('smtp://127.0.0.1:')) throw new Error(`benchmarks talk only to 127.0.0.1, not ${config.smtpUrl}`);
const raw = Buffer.from(config.raw, 'base64');
const transporter = nodemailer.createTransport({
  url: config.smtpUrl,
  pool: true,
  maxConnections: config.maxConnections,
  maxMessages: config.maxMessages,
});
try {
  await blast(transporter, raw, config.warmUp, config.concurrency, 0);
  console.log('warm-up done');
  const order = await lines.next();
  if (order.value !== 'go') throw new Error(`expected "go", got ${String(order.value)}`);
  const cpuAtStart = process.cpuUsage();
  console.log(`measure-start ${now()}`);
  await blast(transporter, raw, config.count, config.concurrency, config.warmUp);
  const cpu = process.cpuUsage(cpuAtStart);
  // The CPU time of this process in the measured part, for the bench's per-message figures.
  console.log(`measure-end ${now()} cpu-ms ${(cpu.user + cpu.system) / 1000}`);
} finally {
  transporter.close();
}
process.exit(0);
