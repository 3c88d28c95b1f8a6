/** At most this many rows in a page of the shared tools' lists (the catalogue, the actions, the veille). */
export const TOOLS_PAGE_MAX = 100;
