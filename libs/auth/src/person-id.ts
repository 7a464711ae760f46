const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Person ids are uuids; anything else must never reach a uuid column (it would be an internal error there). */
export function isPersonId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
