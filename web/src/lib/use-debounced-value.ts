// Waits for typing to pause before a search goes to the server.
import { useEffect, useState } from 'react';

/** The value, updated only after it has stayed the same for delayMs. */
export function useDebouncedValue<T>(value: T, delayMs = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
