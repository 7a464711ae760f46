/** A LIKE/ILIKE pattern matching `text` anywhere, with its own %, _ and backslash taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
