import { useSyncExternalStore } from 'react';

export interface NavItem {
  to: string;
  label: string;
  /** Active only on this exact path (not on the pages below it). */
  end?: boolean;
}

/** What the signed-in part of the app tells the page frame's header: who is there and where they may go. */
export interface SignedInHeader {
  displayName: string;
  items: NavItem[];
}

let current: SignedInHeader | null = null;
const listeners = new Set<() => void>();

/**
 * Set by the signed-in app (which loads the user's roles), read by the frame:
 * the frame stays free of the GraphQL client, so that the sign-in screen
 * downloads none of it.
 */
export function setSignedInHeader(next: SignedInHeader | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export function useSignedInHeader(): SignedInHeader | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** Whether a navigation link is the current page (or, unless `end`, a page below it). */
export function isActiveItem(item: NavItem, pathname: string, items: readonly NavItem[] = []): boolean {
  const matches = (i: NavItem) =>
    i.end || i.to === '/' ? pathname === i.to : pathname === i.to || pathname.startsWith(`${i.to}/`);
  // Under two items (`/orientation`, `/orientation/concertations`), the more specific one alone is current.
  return matches(item) && !items.some((other) => other.to.startsWith(`${item.to}/`) && matches(other));
}
