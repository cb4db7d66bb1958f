// Saved member searches: named filter sets kept in this browser's localStorage, one list per user.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useSignedInMe } from '../auth/auth.api.ts';

/** A named set of filters, as the query string of the list (without the page). */
export interface SavedSearch {
  name: string;
  search: string;
}

const MAX_SAVED = 30;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function readRaw(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? '[]';
  } catch {
    return '[]';
  }
}

function parse(raw: string): SavedSearch[] {
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (item): item is SavedSearch =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as SavedSearch).name === 'string' &&
        typeof (item as SavedSearch).search === 'string',
    );
  } catch {
    return [];
  }
}

function write(key: string, items: SavedSearch[]): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(items));
  } catch {
    // Private browsing may refuse storage; the search simply is not remembered.
  }
  listeners.forEach((listener) => listener());
}

/** The signed-in user's saved searches, sorted by name, with save (same name overwrites) and remove. */
export function useSavedSearches() {
  const { user } = useSignedInMe();
  const key = `congdoan.members.savedSearches.${user.username}`;
  const raw = useSyncExternalStore(subscribe, () => readRaw(key));
  const items = useMemo(() => parse(raw).sort((a, b) => a.name.localeCompare(b.name, 'vi')), [raw]);

  const save = useCallback(
    (name: string, search: string) => {
      const others = parse(readRaw(key)).filter((item) => item.name !== name);
      write(key, [...others, { name, search }].slice(-MAX_SAVED));
    },
    [key],
  );
  const remove = useCallback(
    (name: string) =>
      write(
        key,
        parse(readRaw(key)).filter((item) => item.name !== name),
      ),
    [key],
  );
  return { items, save, remove };
}
