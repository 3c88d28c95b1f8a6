/**
 * Client-side validation with the shared zod schemas (the same the server
 * uses), so that the form shows the server's rules before a round trip.
 * Typed structurally: the SPA does not depend on zod itself.
 */
interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

interface SafeParser {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
}

/** "le nom doit avoir…" → "Le nom doit avoir…." */
export function sentence(message: string): string {
  const trimmed = message.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/**
 * Field messages keyed by dotted path ("memberships.0.roles"); empty when valid.
 * With `known`, issues on other paths are dropped: the server will judge them.
 */
export function validate(
  schema: SafeParser,
  value: unknown,
  options: { mapPath?: (path: string) => string; known?: readonly string[] } = {},
): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = (options.mapPath ?? ((p: string) => p))(issue.path.map(String).join('.'));
    if (options.known && !options.known.includes(key)) continue;
    out[key] ??= sentence(issue.message);
  }
  return out;
}
