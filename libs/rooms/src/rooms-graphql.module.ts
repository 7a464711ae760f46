import { Module } from '@nestjs/common';
import { RoomsResolver } from './graphql/rooms.resolver';
import { RoomsModule } from './rooms.module';

/** The rooms part of the GraphQL schema: imported by apps/api only. */
@Module({
  imports: [RoomsModule],
  providers: [RoomsResolver],
})
export class RoomsGraphqlModule {}
