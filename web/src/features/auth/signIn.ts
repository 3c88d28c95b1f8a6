import { postJson, ProblemError } from '../../app/http';
import { openSession, type AuthPayload, type SessionUser } from '../../app/session';

/*
 * The steps of a sign-in (issue 21): every step of the server answers where the sign-in stands. Kept out
 * of app/session.ts, which every page downloads: only the sign-in pages need these.
 */

/** A second factor: a code of an authenticator app (TOTP), a passkey (WebAuthn), a single-use recovery code. */
export type Factor = 'TOTP' | 'PASSKEY' | 'RECOVERY_CODE';

/** What every sign-in step of the server answers (POST /api/auth/login, the second factor, ProConnect…). */
export type SignInBody =
  | ({ status: 'SIGNED_IN'; recoveryCodes?: string[] } & AuthPayload)
  | { status: 'SECOND_FACTOR'; methods: Factor[] }
  | { status: 'ENROL'; methods: Factor[] }
  | { status: 'LINK'; email: string; methods: ('PASSWORD' | Factor)[] };

/**
 * Where a sign-in stands after a step. SIGNED_IN: the session is open, unless recovery codes came with it
 * (a first factor just enrolled): they are shown once, and `enter()` opens the session once the user
 * says they noted them. The other statuses name the next step and the ways to take it.
 */
export type SignInOutcome =
  | { status: 'SIGNED_IN'; user: SessionUser; recoveryCodes?: string[]; enter: () => void }
  | { status: 'SECOND_FACTOR'; methods: Factor[] }
  | { status: 'ENROL'; methods: Factor[] }
  | { status: 'LINK'; email: string; methods: ('PASSWORD' | Factor)[] };

const SIGN_IN_STATUSES = new Set(['SIGNED_IN', 'SECOND_FACTOR', 'ENROL', 'LINK']);

/** Whether a server's answer is a sign-in step's (rather than an empty or unknown body). */
export function isSignInBody(body: unknown): body is SignInBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    SIGN_IN_STATUSES.has((body as { status?: unknown }).status as string) &&
    ((body as { status: string }).status !== 'SIGNED_IN' || typeof (body as AuthPayload).accessToken === 'string')
  );
}

/**
 * Takes a sign-in step's answer: opens the session when it is SIGNED_IN without recovery codes to show,
 * otherwise says what comes next. Throws a ProblemError on an answer that is none of the statuses.
 */
export function applySignInBody(body: unknown): SignInOutcome {
  if (!isSignInBody(body)) throw new ProblemError({ status: 500, detail: 'Réponse de connexion inattendue.' });
  if (body.status !== 'SIGNED_IN') return body;
  const { status: _status, recoveryCodes, ...payload } = body;
  let entered = false;
  const enter = () => {
    if (entered) return;
    entered = true;
    openSession(payload);
  };
  if (!recoveryCodes?.length) {
    enter();
    return { status: 'SIGNED_IN', user: payload.user, enter };
  }
  return { status: 'SIGNED_IN', user: payload.user, recoveryCodes, enter };
}

/**
 * Signs in with the password: the session opens, or a second factor (or its enrolment) is asked.
 * Throws a ProblemError (401 UNAUTHENTICATED, 429 RATE_LIMITED…) on failure.
 */
export async function login(email: string, password: string): Promise<SignInOutcome> {
  return applySignInBody(await postJson<SignInBody>('/api/auth/login', { email, password }));
}

/** One step of a sign-in under way (second factor, enrolment, ProConnect link), POSTed to /api/auth/…. */
export async function signInStep(url: string, body?: unknown): Promise<SignInOutcome> {
  return applySignInBody(await postJson<SignInBody>(url, body));
}
