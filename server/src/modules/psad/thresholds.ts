import type { InjoignableRule } from '@maillage/shared';
import type { Config } from '../../core/config.js';

export interface PsadThresholds {
  noContactDays: number;
  injoignable: InjoignableRule;
}

/** The follow-up's thresholds as configured (docs/domain.md's values are the defaults in core/config.ts). */
export const psadThresholds = (config: Config): PsadThresholds => ({
  noContactDays: config.PSAD_NO_CONTACT_DAYS,
  injoignable: {
    minAttempts: config.PSAD_INJOIGNABLE_MIN_ATTEMPTS,
    minChannels: config.PSAD_INJOIGNABLE_MIN_CHANNELS,
    minDays: config.PSAD_INJOIGNABLE_MIN_DAYS,
  },
});
