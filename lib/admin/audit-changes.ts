export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

/**
 * Words that mark a value no screen should show, even to an admin. Matched against the words of
 * a key (camelCase and snake_case split), so "tokenHash" and "password_hash" go but "attemptSum"
 * stays. Deliberately broad: a dropped harmless field costs less than a shown secret.
 */
const secretWords = new Set(["password", "passwd", "hash", "token", "secret", "salt", "otp", "credential", "credentials", "cookie"]);
// A bare "key" is a question's answer key (correct_key entries), which admins may read.
const secretKeyNames = /(api|private|secret|access|signing|session)key/;

/** "tokenHash", "token_hash" and "TOKEN-HASH" all give ["token", "hash"]. */
function wordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function isSecretKey(key: string): boolean {
  const words = wordsOf(key);
  return words.some((word) => secretWords.has(word)) || secretKeyNames.test(words.join(""));
}

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).flatMap(([key, inner]) => (isSecretKey(key) ? [] : [[key, withoutSecrets(inner)]])));
  }
  return value;
}

const longest = 120;

function shown(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "string" ? value : JSON.stringify(withoutSecrets(value));
  return text.length > longest ? `${text.slice(0, longest - 1)}…` : text;
}

/** "attemptSum" and "attempt_sum" both read "attempt sum". */
function fieldName(key: string): string {
  return wordsOf(key).join(" ") || key;
}

function asRecord(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  return { value };
}

/**
 * The fields an entry changed, as short text: every key of either side that differs, secrets
 * left out. A field only on one side is shown against nothing (created, or removed).
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const from = asRecord(before);
  const to = asRecord(after);
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((key) => !isSecretKey(key));
  return keys.flatMap((key) => {
    const change = { field: fieldName(key), before: shown(from[key]), after: shown(to[key]) };
    return change.before === change.after ? [] : [change];
  });
}
