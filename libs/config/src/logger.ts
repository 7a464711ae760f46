import { type LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { currentCorrelationId } from './correlation';
import { type LogLevel } from './kennis.config';
import { redactSecrets } from './log-redaction';

/**
 * Structured JSON logs through pino, for Nest and for our own code. Every line written while a request
 * runs carries its correlationId, and secrets are cut out of messages and traces.
 */
export class PinoLoggerService implements LoggerService {
  readonly pino: Logger;

  constructor(name: string, level: LogLevel) {
    this.pino = pino({
      name,
      level,
      // The pid tells apart the processes of an app in several processes (API_PROCESSES, WORKER_PROCESSES).
      base: { service: name, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const correlationId = currentCorrelationId();
        return correlationId ? { correlationId } : {};
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactSecrets(arg) : arg)) as Parameters<typeof method>);
        },
      },
    });
  }

  log(message: unknown, context?: string): void {
    this.pino.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.pino.error({ context, trace: trace === undefined ? undefined : redactSecrets(String(trace)) }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.pino.trace({ context }, String(message));
  }
}
