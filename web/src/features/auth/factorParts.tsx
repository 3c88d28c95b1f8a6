import { fr } from '@codegouvfr/react-dsfr';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';

/** What the server gives to set up an authenticator app: the secret, its otpauth:// address, a QR code of it. */
export interface TotpSetup {
  secret: string;
  uri: string;
  /** A data:image/svg+xml URL of the QR code of `uri`. */
  qrCode: string;
}

/** A code of an authenticator app: 6 digits, spaces typed between them dropped. */
export function normaliseTotpCode(raw: string): string {
  return raw.replace(/\s+/g, '');
}

/** The secret in groups of four, easier to type into an app by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

interface CodeFormProps {
  /** The form's accessible name. */
  title: string;
  label: string;
  hint: string;
  submitLabel: string;
  kind: 'totp' | 'recovery';
  /** Sends the code; a rejection's message shows at the field. */
  onSubmit: (code: string) => Promise<void>;
  /** Puts the focus in the field when the form appears. */
  autoFocus?: boolean;
}

/** A one-field form for a code (an app's 6 digits or a recovery code): checked here, then by the server. */
export function CodeForm({ title, label, hint, submitLabel, kind, onSubmit, autoFocus }: CodeFormProps) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (autoFocus) formRef.current?.querySelector('input')?.focus();
  }, [autoFocus]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = kind === 'totp' ? normaliseTotpCode(code) : code.trim();
    if (!value) {
      setError(kind === 'totp' ? 'Saisissez le code à 6 chiffres.' : 'Saisissez un code de secours.');
      formRef.current?.querySelector('input')?.focus();
      return;
    }
    if (kind === 'totp' && !/^\d{6}$/.test(value)) {
      setError('Le code compte 6 chiffres.');
      formRef.current?.querySelector('input')?.focus();
      return;
    }
    setError(undefined);
    setPending(true);
    try {
      await onSubmit(value);
    } catch (caught) {
      setCode('');
      setError(caught instanceof Error && caught.message ? caught.message : 'Le code a été refusé.');
      formRef.current?.querySelector('input')?.focus();
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={formRef} className="form" noValidate aria-label={title} onSubmit={(event) => void submit(event)}>
      <TextField
        label={label}
        hint={hint}
        name="code"
        required
        autoComplete={kind === 'totp' ? 'one-time-code' : 'off'}
        inputMode={kind === 'totp' ? 'numeric' : 'text'}
        spellCheck={false}
        maxLength={kind === 'totp' ? 9 : 40}
        value={code}
        onValueChange={setCode}
        error={error}
      />
      <div className="actions">
        <Button type="submit" busy={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/**
 * Setting up an authenticator app: the QR code to scan, the secret as text for whoever cannot scan it,
 * then the first code the app shows, which proves it is set up.
 */
export function TotpEnrolment({
  setup,
  onSubmit,
  headingLevel = 3,
}: {
  setup: TotpSetup;
  onSubmit: (code: string) => Promise<void>;
  headingLevel?: 2 | 3 | 4;
}) {
  const secretId = useId();
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="totp-enrolment">
      <Heading className={fr.cx('fr-h6')}>Configurer l’application d’authentification</Heading>
      <ol>
        <li>
          Ouvrez votre application d’authentification (par exemple FreeOTP, Aegis ou celle de votre téléphone) et
          scannez ce QR code :
          <div className="fr-my-2w">
            <img
              src={setup.qrCode}
              width={200}
              height={200}
              alt="QR code à scanner avec votre application d’authentification (la clé est aussi donnée en texte ci-dessous)"
            />
          </div>
        </li>
        <li>
          Si vous ne pouvez pas scanner le QR code, saisissez cette clé dans l’application :{' '}
          <code id={secretId} className="identifier">
            {grouped(setup.secret)}
          </code>
        </li>
        <li>Saisissez le code à 6 chiffres que l’application affiche.</li>
      </ol>
      <CodeForm
        title="Code de l’application d’authentification"
        label="Code à 6 chiffres"
        hint="Le code affiché par l’application, qui change toutes les 30 secondes."
        submitLabel="Valider le code"
        kind="totp"
        onSubmit={onSubmit}
      />
    </div>
  );
}

/**
 * Recovery codes, shown once: the user notes them and says so before going on. Each code replaces a
 * second factor once (a lost phone, a lost key).
 */
export function RecoveryCodesShown({
  codes,
  onDone,
  doneLabel = 'J’ai noté mes codes',
  headingLevel = 2,
}: {
  codes: string[];
  onDone: () => void;
  doneLabel?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('Codes copiés dans le presse-papiers.');
    } catch {
      setCopied('La copie a échoué : notez les codes à la main.');
    }
  }
  return (
    <section aria-labelledby="titre-codes-secours" className={fr.cx('fr-alert', 'fr-alert--warning', 'fr-mb-3w')}>
      <Heading id="titre-codes-secours" ref={headingRef} tabIndex={-1} className={fr.cx('fr-h6')}>
        Vos codes de secours
      </Heading>
      <p>
        Si vous perdez votre téléphone ou votre clé d’accès, chacun de ces codes vous permet de vous connecter une fois.
        Notez-les et gardez-les en lieu sûr, hors de cet ordinateur : ils ne seront plus jamais affichés.
      </p>
      <ol className="recovery-codes" aria-label="Codes de secours">
        {codes.map((code) => (
          <li key={code}>
            <code className="identifier">{code}</code>
          </li>
        ))}
      </ol>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm', 'fr-mt-2w')}>
        <li>
          <Button onClick={onDone}>{doneLabel}</Button>
        </li>
        <li>
          <Button variant="secondary" onClick={() => void copy()}>
            Copier les codes
          </Button>
        </li>
      </ul>
      <p role="status" className={fr.cx('fr-mb-0')}>
        {copied}
      </p>
    </section>
  );
}

/** A general error of a step (the server's reason), announced and linked to nothing. */
export function StepError({ title, message }: { title: string; message: string | null }) {
  return <ErrorSummary title={title} general={message} />;
}
