/**
 * Secrets never reach the log: bearer tokens, JWTs, passwords in URLs and calendar-feed tokens are cut
 * out of every message, whoever logs it (a library error may quote a header or a connection URL).
 */
const SECRET_PATTERNS: [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[redacted jwt]'],
  [/(\w+:\/\/[^:/\s@]*:)[^@\s/]+@/g, '$1[redacted]@'],
  [/(\/calendar\/)[A-Za-z0-9_-]{12,}/g, '$1[redacted]'],
  [/\b((?:access|refresh|id)_token|token|secret|password|client_secret|code)=([^&\s"]+)/gi, '$1=[redacted]'],
];

export function redactSecrets(text: string): string {
  let result = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) result = result.replace(pattern, replacement);
  return result;
}
