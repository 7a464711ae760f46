import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { FacilityKind } from '../entities/facility-team.entity';
import { CreateFacilityTeamInput } from './rooms.inputs';

async function zoneErrors(timeZone: unknown): Promise<string[]> {
  const input = plainToInstance(CreateFacilityTeamInput, { name: 'AV New York', kind: FacilityKind.AV, mailbox: 'av@example.test', timeZone });
  const errors = await validate(input);
  return errors.filter((error) => error.property === 'timeZone').flatMap((error) => Object.values(error.constraints ?? {}));
}

describe('a facility team\'s time zone', () => {
  it('takes IANA zones and may be left out', async () => {
    for (const zone of ['America/New_York', 'Europe/Amsterdam', 'Asia/Kolkata', 'UTC', undefined]) {
      expect(await zoneErrors(zone)).toEqual([]);
    }
  });

  it('refuses what is no IANA zone, with a message that shows one', async () => {
    for (const zone of ['Mars/Olympus_Mons', 'W. Europe Standard Time', '', 'Europe/' + 'x'.repeat(70), 42]) {
      expect(await zoneErrors(zone)).toEqual(['timeZone must be an IANA time zone such as Europe/Amsterdam']);
    }
  });
});
