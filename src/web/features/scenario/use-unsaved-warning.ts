import { useEffect, useRef } from 'react';

/**
 * While `isDirty`, closing or reloading the page makes the browser ask first (as on the report page): typed
 * assumptions that are not saved would be lost.
 */
export function useUnsavedWarning(isDirty: boolean): void {
  const dirty = useRef(isDirty);
  dirty.current = isDirty;
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);
}
