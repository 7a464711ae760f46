import { Injectable } from '@nestjs/common';
import { type Actor } from '@kennis/auth';
import { BadUserInputError } from '@kennis/errors';
import { DIVERSITY_ATTRIBUTE_NAMES, DiversityAttributeEntity, type DiversityAttributeName } from '../entities/diversity-attribute.entity';
import { DiversityAttributeRepository } from '../repositories/diversity-attribute.repository';

/**
 * A person's own diversity attributes. Every method acts on the actor alone: there is no way to name
 * another person, so nobody reads anyone else's.
 */
@Injectable()
export class DiversityService {
  constructor(private readonly attributes: DiversityAttributeRepository) {}

  myAttributes(actor: Actor): Promise<DiversityAttributeEntity[]> {
    return this.attributes.findForPerson(actor.personId);
  }

  async setMyAttribute(actor: Actor, attribute: string, value: string, consent: boolean, now: Date): Promise<DiversityAttributeEntity[]> {
    const name = this.attributeName(attribute);
    if (!consent) {
      throw new BadUserInputError('consent', 'Set consent to true to let the matching use this attribute; without it nothing is stored.');
    }
    const trimmed = value.trim();
    if (trimmed.length === 0) throw new BadUserInputError('value', 'value must not be empty; use clearMyDiversityAttribute to remove it.');
    await this.attributes.upsert(actor.personId, name, trimmed, now);
    return this.myAttributes(actor);
  }

  async clearMyAttribute(actor: Actor, attribute: string): Promise<DiversityAttributeEntity[]> {
    await this.attributes.remove(actor.personId, this.attributeName(attribute));
    return this.myAttributes(actor);
  }

  private attributeName(attribute: string): DiversityAttributeName {
    if (!(DIVERSITY_ATTRIBUTE_NAMES as readonly string[]).includes(attribute)) {
      throw new BadUserInputError('attribute', `attribute must be one of ${DIVERSITY_ATTRIBUTE_NAMES.join(', ')}.`);
    }
    return attribute as DiversityAttributeName;
  }
}
