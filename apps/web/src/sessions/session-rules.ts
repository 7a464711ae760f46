// The API's rules for a session's fields (ProposeSessionInput in libs/sessions), checked in the browser first so
// a person reads what to fix in their own language, next to the field, before anything is sent. The API checks
// them again; its message stays the fallback.
type Translate = (key: string, options?: Record<string, unknown>) => string;

function isWholeBetween(value: number | string, min: number, max: number): boolean {
  const number = typeof value === 'number' ? value : Number(value);
  return value !== '' && Number.isInteger(number) && number >= min && number <= max;
}

function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export function sessionRules(t: Translate) {
  const field = (name: string) => t(`fields.${name}`);
  return {
    title: (value: string) => (value.trim().length >= 3 && value.length <= 200 ? null : t('rules.length', { field: field('title'), min: 3, max: 200 })),
    description: (value: string) => (value.length <= 10000 ? null : t('rules.tooLong', { field: field('description'), max: 10000 })),
    capacity: (value: number | string) => (isWholeBetween(value, 1, 10000) ? null : t('rules.between', { field: field('capacity'), min: 1, max: 10000 })),
    durationMinutes: (value: number | string) => (isWholeBetween(value, 5, 1440) ? null : t('rules.between', { field: field('durationMinutes'), min: 5, max: 1440 })),
    onlineUrl: (value: string) => (value === '' || (value.length <= 500 && isWebLink(value)) ? null : t('rules.link', { field: field('onlineUrl') })),
    skills: (value: string[]) =>
      value.length > 20 ? t('rules.tooMany', { field: field('skills'), max: 20 }) : value.some((skill) => skill.trim().length === 0 || skill.length > 100) ? t('rules.skill', { max: 100 }) : null,
  };
}
