// The search box of the member list: typed text goes to the server after a pause, or at once on Enter.
import { useEffect, useRef, useState } from 'react';
import { Input } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';

const DELAY_MS = 400;

/** A debounced box for `q`; it follows the address when a saved search or a reset changes `q`. */
export function MemberSearchInput({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  // The last value this box sent or received; a different one in the address came from elsewhere.
  const [seen, setSeen] = useState(value);
  const timer = useRef<number | undefined>(undefined);
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const commit = (next: string) => {
    window.clearTimeout(timer.current);
    const q = next.trim();
    setSeen(q);
    if (q !== value) onSearch(q);
  };

  return (
    <Input.Search
      allowClear
      enterButton
      placeholder={t.members.searchPlaceholder}
      aria-label={t.members.searchPlaceholder}
      value={text}
      maxLength={100}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => commit(next), DELAY_MS);
      }}
      onSearch={commit}
    />
  );
}
