// A link to another unit's page that keeps the "as of" date.
import { Link } from 'react-router-dom';
import { useAsOf } from './use-as-of.ts';

/** The name of a unit, clickable. */
export function UnitLink({ unit }: { unit: { id: number; name: string } }) {
  const { unitPath } = useAsOf();
  return <Link to={unitPath(unit.id)}>{unit.name}</Link>;
}
