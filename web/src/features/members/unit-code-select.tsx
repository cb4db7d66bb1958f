// The unit filter of the member list: the address carries the unit's code, the picker works with ids.
import { useState } from 'react';
import { UnitSelect, type UnitOption } from '../units/unit-select.tsx';
import { useUnits } from '../units/units.api.ts';

/** A UnitSelect whose value is a unit code (the `unit` filter), resolved to the unit by searching its code. */
export function UnitCodeSelect({
  id,
  code,
  onChange,
  placeholder,
}: {
  id?: string;
  code: string | undefined;
  onChange: (code: string | undefined) => void;
  placeholder?: string;
}) {
  const [picked, setPicked] = useState<UnitOption | null>(null);
  const known = picked && picked.code === code ? picked : null;
  const lookup = useUnits({ q: code, limit: 10 }, Boolean(code) && !known);
  const resolved = known ?? lookup.data?.find((unit) => unit.code === code) ?? null;

  return (
    <UnitSelect
      key={resolved?.id ?? 'none'}
      id={id}
      allowClear
      value={resolved?.id ?? null}
      initialOption={resolved}
      placeholder={code && !resolved ? code : placeholder}
      onPicked={(unit) => {
        setPicked(unit);
        onChange(unit?.code);
      }}
    />
  );
}
