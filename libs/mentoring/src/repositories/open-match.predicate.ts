/**
 * The one definition of an open match, as SQL over the mentor_match row `alias`: accepted, or
 * proposed and published (waiting for the mentor's answer). An open match holds a place of the
 * mentor's capacity and keeps the mentee from being matched again.
 */
export function openMatch(alias: string): string {
  return `(${alias}.status = 'ACCEPTED' OR (${alias}.status = 'PROPOSED' AND ${alias}.published_at IS NOT NULL))`;
}

/** A published proposal still waiting for the mentor's answer: the open matches that are not accepted yet. */
export function awaitingAnswer(alias: string): string {
  return `(${alias}.status = 'PROPOSED' AND ${alias}.published_at IS NOT NULL)`;
}
