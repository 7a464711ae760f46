import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { ExpressAdapter } from '@nestjs/platform-express';

/** Paths that belong to the API; a miss there is the API's own 404, never the app's page. */
const API_PATHS = ['/graphql', '/auth', '/health', '/calendar', '/scim'];
const YEAR_SECONDS = 365 * 24 * 60 * 60;

type Request = IncomingMessage & { path: string; method: string; headers: IncomingMessage['headers'] };
/**
 * A page is a GET or HEAD of an app route: not an API path and not a file name (no dot in its last segment),
 * asked by a browser (text/html) or by a client that takes anything (curl, uptime checks and load balancers
 * send a wildcard Accept or none at all). A client that asks only for JSON gets the plain 404.
 */
export function isPageRequest(method: string, requestPath: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (API_PATHS.some((prefix) => requestPath === prefix || requestPath.startsWith(`${prefix}/`))) return false;
  if (requestPath.slice(requestPath.lastIndexOf('/') + 1).includes('.')) return false;
  const wanted = accept ?? '';
  return wanted === '' || wanted.includes('text/html') || wanted.includes('*/*');
}

type Response = ServerResponse & { sendFile(file: string, options: { headers: Record<string, string> }, done: (error?: Error) => void): void };

/** dist/web, built by `npm run build` (scripts/build.mjs runs Vite); found from the built or the source file. */
export function findWebAppDirectory(): string | null {
  const root = path.resolve(import.meta.dirname, '../../../..');
  return [path.join(root, 'web'), path.join(root, 'dist/web')].find((folder) => existsSync(path.join(folder, 'index.html'))) ?? null;
}

/**
 * Serves the web app at /: the hashed files under /assets with a year of immutable caching (their names
 * change with their content), and index.html, never cached, for every other page request (isPageRequest), so the app's own routes (/sessions/:id, /mentoring, ...) open directly. Registered when modules
 * initialise, after the API's routes, so it only ever sees what no API route answered.
 */
@Module({})
export class WebAppModule implements OnModuleInit {
  private readonly logger = new Logger('WebApp');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const folder = findWebAppDirectory();
    if (!folder) {
      this.logger.warn('The web app is not built (no dist/web/index.html): run `npm run build`. The API works without it.');
      return;
    }
    const adapter = this.adapterHost.httpAdapter as ExpressAdapter;
    adapter.useStaticAssets(path.join(folder, 'assets'), {
      prefix: '/assets',
      index: false,
      fallthrough: false,
      immutable: true,
      maxAge: YEAR_SECONDS * 1000,
    });
    const indexFile = path.join(folder, 'index.html');
    adapter.use((request: Request, response: Response, next: (error?: unknown) => void) => {
      if (!isPageRequest(request.method, request.path, request.headers.accept)) return next();
      response.sendFile(indexFile, { headers: { 'Cache-Control': 'no-cache' } }, (error) => (error ? next(error) : undefined));
    });
    this.logger.log(`Serving the web app from ${folder}`);
  }
}
