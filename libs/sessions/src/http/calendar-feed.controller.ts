import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { Clock } from '@kennis/config';
import { CalendarFeedService } from '../services/calendar-feed.service';

/** GET /calendar/<secret>.ics: the secret in the URL is the credential, as calendar clients expect. */
@Controller('calendar')
export class CalendarFeedController {
  constructor(
    private readonly feeds: CalendarFeedService,
    private readonly clock: Clock,
  ) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res({ passthrough: true }) response: ServerResponse): Promise<string> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : file;
    const body = await this.feeds.renderFeed(token, this.clock.now());
    // A feed's headers only on a feed: an unknown address gets Nest's JSON 404 with a JSON content type.
    if (body === null) throw new NotFoundException('No calendar feed at this address. Get a new one with rotateMyCalendarFeed.');
    response.setHeader('content-type', 'text/calendar; charset=utf-8');
    response.setHeader('cache-control', 'private, max-age=300');
    return body;
  }
}
