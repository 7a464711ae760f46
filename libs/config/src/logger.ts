import { type LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { type LogLevel } from './kennis.config';

/** Structured JSON logs through pino, for Nest and for our own code. */
export class PinoLoggerService implements LoggerService {
  readonly pino: Logger;

  constructor(name: string, level: LogLevel) {
    this.pino = pino({ name, level, base: { service: name }, timestamp: pino.stdTimeFunctions.isoTime });
  }

  log(message: unknown, context?: string): void {
    this.pino.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.pino.error({ context, trace }, String(message));
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
