import { Module } from '@nestjs/common';
import { InboundResolver } from './graphql/inbound.resolver';
import { InboundModule } from './inbound.module';

/** The inbound part of the GraphQL schema: imported by apps/api only. */
@Module({
  imports: [InboundModule],
  providers: [InboundResolver],
})
export class InboundGraphqlModule {}
