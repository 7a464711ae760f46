import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { BadUserInputError } from './domain.error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An ID argument must be a UUID; anything else is BAD_USER_INPUT naming the argument. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    const field = metadata.data ?? 'id';
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw new BadUserInputError(field, `${field} must be an id such as 3f2b8c1e-6d1a-4f5e-9b7a-2c4d6e8f0a1b.`);
    }
    return value;
  }
}
