import { fr } from '@codegouvfr/react-dsfr';
import type { ButtonHTMLAttributes } from 'react';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** DSFR primary, secondary, tertiary; `danger` is a secondary button in the error colour; `link` a borderless one. */
  variant?: 'primary' | 'secondary' | 'tertiary' | 'danger' | 'link';
  size?: 'small' | 'medium' | 'large';
  /** Disables the button while an action runs and tells assistive technology. */
  busy?: boolean;
};

const VARIANT_CLASSES = {
  primary: [],
  secondary: ['fr-btn--secondary'],
  tertiary: ['fr-btn--tertiary'],
  danger: ['fr-btn--secondary'],
  link: ['fr-btn--tertiary-no-outline'],
} as const;

/** A DSFR button (type "button" unless told otherwise). */
export function Button({
  variant = 'primary',
  size = 'medium',
  busy = false,
  className,
  type = 'button',
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={[
        fr.cx(
          'fr-btn',
          ...VARIANT_CLASSES[variant],
          size === 'small' ? 'fr-btn--sm' : size === 'large' ? 'fr-btn--lg' : undefined,
        ),
        variant === 'danger' ? 'button--danger' : '',
        className ?? '',
      ]
        .filter(Boolean)
        .join(' ')}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {children}
    </button>
  );
}
