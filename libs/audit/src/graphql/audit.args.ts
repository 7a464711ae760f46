import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { AuditLogFilter } from './audit.model';

/** What to read of the log (its from..to range checked in the filter class), and one page of it. */
@ArgsType()
export class AuditLogArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter | null;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1, { message: 'first must be from 1 to 200' })
  @Max(200, { message: 'first must be from 1 to 200' })
  first: number;

  @Field(() => ID, { nullable: true, description: 'The id of the last entry of the previous page.' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'before must be the id of an audit entry.' })
  before?: string | null;
}
