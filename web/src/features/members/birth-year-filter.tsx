// The birth year filter: applies once four digits make a year; follows the address on a reset or a saved search.
import { useState } from 'react';
import { InputNumber } from 'antd';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** A number box for `birthYear`; it is rebuilt when the year changes from elsewhere, so no typed text lingers. */
export function BirthYearFilter({
  id,
  value,
  placeholder,
  onChange,
}: {
  id?: string;
  value: number | undefined;
  placeholder?: string;
  onChange: (year: number | undefined) => void;
}) {
  // The last year this box sent or received, and a generation that changes when the address moved on its own.
  const [seen, setSeen] = useState(value);
  const [generation, setGeneration] = useState(0);
  if (value !== seen) {
    setSeen(value);
    setGeneration(generation + 1);
  }

  return (
    <InputNumber<number>
      key={generation}
      id={id}
      min={MIN_YEAR}
      max={MAX_YEAR}
      controls={false}
      placeholder={placeholder}
      defaultValue={value}
      onChange={(year) => {
        if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) return;
        const next = year ?? undefined;
        setSeen(next);
        onChange(next);
      }}
      style={{ width: '100%' }}
    />
  );
}
