import { colors as dsfrColors } from '@codegouvfr/react-dsfr/fr/colors';
import { describe, expect, it } from 'vitest';
import { colors } from './dsfrColors';

describe('the stand-in for react-dsfr’s colour tables', () => {
  it('gives the theme-color meta tag the same page background as the library, in both themes', () => {
    for (const isDark of [false, true]) {
      expect(colors.getHex({ isDark }).decisions.background.default.grey.default).toBe(
        dsfrColors.getHex({ isDark }).decisions.background.default.grey.default,
      );
    }
  });

  it('says where the tables went rather than returning undefined', () => {
    expect(() => colors.decisions).toThrow(/vite\.config\.ts/);
  });
});
