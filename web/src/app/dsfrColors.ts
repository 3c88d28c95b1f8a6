/**
 * Stands in for `@codegouvfr/react-dsfr/fr/colors` in the bundle (see vite.config.ts). react-dsfr's
 * `fr` object, which its header and footer import, carries the DSFR's whole colour tables (~11 kB of
 * gzipped JavaScript) into every page, while the app colours through the DSFR's CSS variables. The
 * library itself reads one colour: the page background, for the `theme-color` meta tag.
 * dsfrColors.test.ts checks these values against the library's.
 */
export const PAGE_BACKGROUND = { light: '#ffffff', dark: '#161616' } as const;

function notBundled(): never {
  throw new Error(
    'fr.colors.options / fr.colors.decisions are left out of the bundle (web/vite.config.ts): use the DSFR CSS variables.',
  );
}

export const colors = {
  get options(): never {
    return notBundled();
  },
  get decisions(): never {
    return notBundled();
  },
  getHex: ({ isDark }: { isDark: boolean }) => ({
    decisions: {
      background: { default: { grey: { default: isDark ? PAGE_BACKGROUND.dark : PAGE_BACKGROUND.light } } },
    },
  }),
};
