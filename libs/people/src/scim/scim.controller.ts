import { timingSafeEqual, createHash } from 'node:crypto';
import {
  type ArgumentsHost, Body, Catch, type ExceptionFilter, Controller, Delete, Get, HttpCode, Inject, Logger, Param, Patch, Post, Put, Query, Req, Res, UseFilters,
} from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import { appConfig, authConfig } from '@kennis/config';
import { ScimError } from './scim.errors';
import { ScimUsersService } from './scim-users.service';

interface ScimRequest {
  headers: Record<string, string | string[] | undefined>;
}
interface ScimResponse {
  status(code: number): ScimResponse;
  type(contentType: string): ScimResponse;
  send(body: string): unknown;
}

const SCIM_CONTENT_TYPE = 'application/scim+json';

function sameSecret(given: string, expected: string): boolean {
  // Hashing first makes the comparison constant-time whatever the lengths.
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}

@Catch()
class ScimExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Scim');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<ScimResponse>();
    let scim: ScimError;
    if (error instanceof ScimError) scim = error;
    else {
      this.logger.error(`Unexpected SCIM error: ${(error as Error)?.message}`, (error as Error)?.stack);
      scim = new ScimError(500, 'Something went wrong on our side.');
    }
    response.status(scim.status).type(SCIM_CONTENT_TYPE).send(JSON.stringify(scim.toBody()));
  }
}

/** SCIM 2.0 Users for the identity provider's provisioning, behind the SCIM_BEARER_SECRET. */
@Controller('scim/v2/Users')
@UseFilters(ScimExceptionFilter)
export class ScimController {
  constructor(
    private readonly users: ScimUsersService,
    @Inject(authConfig.KEY) private readonly auth: ConfigType<typeof authConfig>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  @Get()
  async list(@Req() request: ScimRequest, @Query() query: Record<string, unknown>, @Res() response: ScimResponse): Promise<void> {
    this.authorize(request);
    this.send(response, 200, await this.users.list(query, this.baseUrl));
  }

  @Get(':id')
  async get(@Req() request: ScimRequest, @Param('id') id: string, @Res() response: ScimResponse): Promise<void> {
    this.authorize(request);
    this.send(response, 200, await this.users.get(id, this.baseUrl));
  }

  @Post()
  async create(@Req() request: ScimRequest, @Body() body: unknown, @Res() response: ScimResponse): Promise<void> {
    this.authorize(request);
    this.send(response, 201, await this.users.create(body, this.baseUrl));
  }

  @Put(':id')
  async replace(@Req() request: ScimRequest, @Param('id') id: string, @Body() body: unknown, @Res() response: ScimResponse): Promise<void> {
    this.authorize(request);
    this.send(response, 200, await this.users.replace(id, body, this.baseUrl));
  }

  @Patch(':id')
  async patch(@Req() request: ScimRequest, @Param('id') id: string, @Body() body: unknown, @Res() response: ScimResponse): Promise<void> {
    this.authorize(request);
    this.send(response, 200, await this.users.patch(id, body, this.baseUrl));
  }

  @Delete(':id')
  @HttpCode(204)
  async deactivate(@Req() request: ScimRequest, @Param('id') id: string): Promise<void> {
    this.authorize(request);
    await this.users.deactivate(id);
  }

  private get baseUrl(): string {
    return this.app.publicUrl.replace(/\/+$/, '');
  }

  private authorize(request: ScimRequest): void {
    const secret = this.auth.scimBearerSecret;
    if (!secret) throw new ScimError(404, 'SCIM provisioning is off: set SCIM_BEARER_SECRET to turn it on.');
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match || !sameSecret(match[1], secret)) throw new ScimError(401, 'Send Authorization: Bearer <the SCIM secret configured in Kennis>.');
  }

  private send(response: ScimResponse, status: number, body: unknown): void {
    response.status(status).type(SCIM_CONTENT_TYPE).send(JSON.stringify(body));
  }
}
