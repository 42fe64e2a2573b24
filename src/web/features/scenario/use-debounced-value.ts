import { useEffect, useState } from 'react';

/** `value`, once it has stayed the same for `delay` ms (so typing a year does not ask the server per digit). */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
