/**
 * The key under which case and spelling variants of one skill meet: "TypeScript", "type script" and
 * "Type-Script" are one skill; "C", "C#" and "C++" stay three.
 */
export function normalizeSkillName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]/gu, '');
}

/** The display name: trimmed, inner white space folded. */
export function cleanSkillName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}
