// A unit named in the member screens: a link to its page for those who may see the tree, text otherwise.
import { Link } from 'react-router-dom';
import { useSignedInMe } from '../auth/auth.api.ts';

/** The name of a member's unit, clickable when the user has viewUnits. */
export function MemberUnitLink({ unit }: { unit: { id: number; code: string; name: string } }) {
  const { capabilities } = useSignedInMe();
  if (!capabilities.viewUnits) return <span title={unit.code}>{unit.name}</span>;
  return (
    <Link to={`/units/${unit.id}`} title={unit.code}>
      {unit.name}
    </Link>
  );
}
