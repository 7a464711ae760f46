import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DocumentNode, parse } from 'graphql';
import helmet from 'helmet';
import { RequestAuthenticator } from '@kennis/auth';
import { runWithCorrelationId } from '@kennis/config';
import { authenticateAtEdge } from './edge-authentication';
import { findLimitViolation, type OperationLimits } from './operation-limits';

export interface HttpHardeningOptions {
  limits: OperationLimits;
  bodyLimit: string;
  /**
   * A browser that opens /graphql is sent to the GraphiQL explorer the web app bundles at /explorer.
   * Apollo's own landing page is never used: it loads from Apollo's CDN, which a company network blocks.
   */
  explorerRedirect: boolean;
  /**
   * PUBLIC_URL is https: browsers are asked to upgrade every http request of the page to https. Served
   * over plain http (a trial on a LAN, a compose file on a test machine) that upgrade would load the
   * web app's scripts from an https that is not there: a blank page.
   */
  upgradeInsecureRequests: boolean;
}

// express has no type declarations in this install; these are the few members used here.
type Request = IncomingMessage & { method: string; body?: unknown; query: Record<string, unknown> };
type Response = ServerResponse;
type NextFunction = (error?: unknown) => void;

const CORRELATION_ID = /^[A-Za-z0-9._-]{8,64}$/;
/**
 * The edge's verdict on a query text it parsed before, so that the page every client asks for again
 * and again is not parsed and measured on every request (Apollo keeps its own parsed copy). Bounded:
 * past so many texts it starts over, and long texts are not kept.
 */
const REMEMBERED_QUERIES = 256;
const MAX_REMEMBERED_QUERY_LENGTH = 16_384;

/** Every refusal at the HTTP edge has the shape of a GraphQL error, so clients handle one shape. */
export function sendGraphqlError(response: Response, status: number, code: string, message: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

const EXAMPLE_BODY = '{"query": "{ me { name } }", "variables": {}}';

/** body-parser takes only an object or an array: tell JSON that is no object apart from broken JSON. */
function unparsedBodyProblem(body: string | undefined): string {
  try {
    JSON.parse(body ?? '');
    return `The request body must be a JSON object, like ${EXAMPLE_BODY}.`;
  } catch {
    return `The request body is not valid JSON. Send a JSON object, like ${EXAMPLE_BODY}.`;
  }
}

/** Called for a query that is missing, blank or no string. */
function missingQueryProblem(query: unknown): string {
  if (query === undefined || query === null || typeof query === 'string') {
    return `The request has no query. POST a JSON object with Content-Type: application/json, like ${EXAMPLE_BODY}, or GET /graphql?query={me{name}}.`;
  }
  return `query must be a string holding the GraphQL operation, like ${EXAMPLE_BODY}.`;
}

/**
 * The HTTP edge of the API, before GraphQL sees a request: a correlation id for its log lines, security
 * headers, a bounded JSON body, the GraphQL error shape for every refusal, the operation limits,
 * checked on the parsed document in linear time before GraphQL validation (whose overlap check is
 * quadratic in repeated fields) or execution can be asked to do any work, and authentication.
 */
export function applyHttpHardening(app: NestExpressApplication, options: HttpHardeningOptions): void {
  const authenticator = app.get(RequestAuthenticator);
  app.disable('x-powered-by');
  app.use((request: Request, response: Response, next: NextFunction) => {
    const offered = request.headers['x-correlation-id'];
    const correlationId = typeof offered === 'string' && CORRELATION_ID.test(offered) ? offered : randomUUID();
    (request as Request & { correlationId: string }).correlationId = correlationId;
    response.setHeader('x-correlation-id', correlationId);
    runWithCorrelationId(correlationId, next);
  });
  app.use(
    helmet({
      crossOriginEmbedderPolicy: false,
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: options.upgradeInsecureRequests ? [] : null } },
    }),
  );
  if (options.explorerRedirect) {
    app.use('/graphql', (request: Request, response: Response, next: NextFunction) => {
      const isBrowserVisit = request.method === 'GET' && request.query.query === undefined && (request.headers.accept ?? '').includes('text/html');
      if (!isBrowserVisit) return next();
      response.statusCode = 302;
      response.setHeader('location', '/explorer');
      response.end();
    });
  }
  app.use('/graphql', (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'POST') return next();
    const type = request.headers['content-type'] ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      return sendGraphqlError(response, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the operation as JSON with Content-Type: application/json.');
    }
    next();
  });
  app.useBodyParser('json', { limit: options.bodyLimit, type: ['application/json', 'application/*+json'] });
  app.use((error: Error & { type?: string; status?: number }, _request: Request, response: Response, next: NextFunction) => {
    if (error.type === 'entity.too.large') {
      return sendGraphqlError(response, 413, 'PAYLOAD_TOO_LARGE', `The request body is over ${options.bodyLimit}. Send less at once.`);
    }
    if (error.type === 'entity.parse.failed') {
      return sendGraphqlError(response, 400, 'BAD_REQUEST', unparsedBodyProblem((error as { body?: string }).body));
    }
    if (error.type?.startsWith('encoding.') || error.type === 'charset.unsupported' || error.type === 'request.aborted') {
      return sendGraphqlError(response, error.status ?? 400, 'BAD_REQUEST', 'The request body could not be read.');
    }
    next(error);
  });
  const verdicts = new Map<string, { document: DocumentNode; violation: string | null }>();
  app.use('/graphql', (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'POST' && request.method !== 'GET') return next();
    const params = (request.method === 'POST' ? request.body : request.query) as { query?: unknown; extensions?: unknown } | undefined;
    const query = params?.query;
    if (typeof query !== 'string' || query.trim() === '') {
      // A persisted query carries its hash instead of a text; Apollo answers those. Otherwise say what to send.
      if (params?.extensions !== undefined || Array.isArray(params)) return next();
      return sendGraphqlError(response, 400, 'BAD_REQUEST', missingQueryProblem(query));
    }
    let verdict = verdicts.get(query);
    if (!verdict) {
      let document;
      try {
        document = parse(query, { maxTokens: options.limits.maxTokens, noLocation: true });
      } catch {
        // GraphQL itself answers a syntax error (or the token limit) with GRAPHQL_PARSE_FAILED and its location.
        return next();
      }
      verdict = { document, violation: findLimitViolation(document, options.limits) };
      if (query.length <= MAX_REMEMBERED_QUERY_LENGTH) {
        if (verdicts.size >= REMEMBERED_QUERIES) verdicts.clear();
        verdicts.set(query, verdict);
      }
    }
    const { document, violation } = verdict;
    if (violation) return sendGraphqlError(response, 400, 'GRAPHQL_VALIDATION_FAILED', violation);
    // The limits first: they cost linear time and say nothing about the schema. Then who asks, then GraphQL.
    void authenticateAtEdge(authenticator, request, response, document, next, sendGraphqlError);
  });
}
