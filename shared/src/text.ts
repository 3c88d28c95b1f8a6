/** Lower case, no accents, single spaces: how names are compared and searched. */
export function searchKey(value: string): string {
  return (
    value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Ligatures do not decompose: "Cœur" must match "Coeur".
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}
