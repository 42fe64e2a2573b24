import { useEffect } from 'react';

/** Every page has its own title (WCAG 2.4.2), so a tab, a bookmark and a screen reader say where one is. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} – Balans`;
  }, [title]);
}
