import { ProblemError } from '../../app/http';
import { applySignInBody, isSignInBody, signInStep, type SignInOutcome } from './signIn';

/** The server's message for a failed step, in French, whatever was thrown. */
export function problemMessage(caught: unknown, fallback = 'La connexion a échoué. Réessayez.'): string {
  if (caught instanceof ProblemError) return caught.problem.detail ?? caught.message;
  if (caught instanceof Error && caught.message) return caught.message;
  return fallback;
}

/** A public GET of /api/auth (same origin, its cookies): the JSON answered, or null on a refusal. */
const getJson = (url: string): Promise<unknown> =>
  fetch(url, { credentials: 'same-origin' }).then((response) => (response.ok ? response.json() : null));

/**
 * The sign-in under way, if any (the attempt's httpOnly cookie, or the session a ProConnect callback
 * just opened): its step, or null when there is none.
 */
export async function currentSignInStep(): Promise<SignInOutcome | null> {
  const body = await getJson('/api/auth/sign-in');
  return isSignInBody(body) ? applySignInBody(body) : null;
}

/** What the sign-in page offers besides the password. */
export async function authOptions(): Promise<{ proconnect: boolean }> {
  const body = (await getJson('/api/auth/options').catch(() => null)) as { proconnect?: unknown } | null;
  return { proconnect: body?.proconnect === true };
}

export { signInStep };
