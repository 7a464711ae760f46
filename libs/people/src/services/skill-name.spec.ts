import { cleanSkillName, normalizeSkillName } from './skill-name';

describe('normalizeSkillName', () => {
  it('folds case, spaces, hyphens, dots and accents into one key', () => {
    const variants = ['TypeScript', 'typescript', 'Type Script', 'type-script', ' TYPESCRIPT '];
    expect(new Set(variants.map(normalizeSkillName))).toEqual(new Set(['typescript']));
    expect(normalizeSkillName('Node.js')).toBe(normalizeSkillName('NodeJS'));
    expect(normalizeSkillName('Café Management')).toBe('cafemanagement');
  });

  it('keeps C, C# and C++ apart', () => {
    expect(new Set(['C', 'C#', 'C++'].map(normalizeSkillName)).size).toBe(3);
  });

  it('keeps non-Latin skills', () => {
    expect(normalizeSkillName('日本語')).toBe('日本語');
  });

  it('cleans the display name', () => {
    expect(cleanSkillName('  Domain   Driven\tDesign ')).toBe('Domain Driven Design');
  });
});
