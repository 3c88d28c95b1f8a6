import { fr } from '@codegouvfr/react-dsfr';
import { useEffect, useRef, useState } from 'react';
import { Button } from './Button';
import { VisuallyHidden } from './VisuallyHidden';

/**
 * A destructive action that asks first: the button shows the question in its place, with « confirm »
 * (focused, so that Enter goes on) and « Annuler » (back to the button, focused again). `labelSuffix`
 * completes the label for screen readers only, where the visible one is short (« Supprimer », in a
 * table's row: « l’adresse https://… »).
 */
export function ConfirmButton({
  label,
  labelSuffix,
  question,
  confirmLabel,
  busy = false,
  onConfirm,
}: {
  label: string;
  labelSuffix?: string;
  question: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const [asked, setAsked] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) box.current?.querySelector('button')?.focus();
    else if (asked) button.current?.querySelector('button')?.focus();
  }, [asking, asked]);
  if (!asking)
    return (
      <div ref={button}>
        <Button
          variant="danger"
          onClick={() => {
            setAsked(true);
            setAsking(true);
          }}
        >
          {label}
          {labelSuffix ? <VisuallyHidden>{labelSuffix}</VisuallyHidden> : null}
        </Button>
      </div>
    );
  return (
    <div ref={box} role="group" aria-label={`${label}${labelSuffix ?? ''}`} className={fr.cx('fr-mb-2w')}>
      <p className={fr.cx('fr-mb-1w')}>{question}</p>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm')}>
        <li>
          <Button variant="danger" busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </li>
        <li>
          <Button variant="tertiary" onClick={() => setAsking(false)}>
            Annuler
          </Button>
        </li>
      </ul>
    </div>
  );
}
