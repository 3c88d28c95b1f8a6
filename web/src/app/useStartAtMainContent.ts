import { useEffect, useRef } from 'react';

/**
 * A worklist is where the day's work is done: however it is reached (the menu, a bookmark, a reload),
 * it opens with its main content at the top of the window, so that at 1366×768 the DSFR header does
 * not take five of its rows. Navigating by the menu already moves the focus to the main content
 * (Frame), which scrolls the header off once the page is tall enough; a direct load does the same
 * here, once the rows are drawn. Nothing moves when the user has already scrolled past the header,
 * and the focus is left alone when the user has put it somewhere.
 */
export function useStartAtMainContent(drawn: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!drawn || done.current) return;
    done.current = true;
    const main = document.getElementById('contenu');
    if (!main) return;
    if (document.activeElement === document.body) main.focus({ preventScroll: true });
    const top = main.getBoundingClientRect().top + window.scrollY;
    if (window.scrollY < top) window.scrollTo({ top });
  }, [drawn]);
}
