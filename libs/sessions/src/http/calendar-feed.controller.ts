import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
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
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  async feed(@Param('file') file: string): Promise<string> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : file;
    const body = await this.feeds.renderFeed(token, this.clock.now());
    if (body === null) throw new NotFoundException('No calendar feed at this address. Get a new one with rotateMyCalendarFeed.');
    return body;
  }
}
