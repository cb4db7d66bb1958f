// The start page is the screen the user opens first: the member list for officers (the issue calls it what every
// union officer opens first), their own record for a member, the tree for other roles, else the account.
import { Navigate } from 'react-router-dom';
import { useSignedInMe } from '../features/auth/auth.api.ts';

function startPage({ capabilities }: ReturnType<typeof useSignedInMe>): string {
  if (capabilities.viewMembers) return '/members';
  if (capabilities.ownRecord) return '/me';
  if (capabilities.viewUnits) return '/units';
  return '/account';
}

/** Sends "/" to the right first screen. */
export function HomeRedirect() {
  const me = useSignedInMe();
  if (me.user.mustChangePassword) return <Navigate to="/account" replace />;
  return <Navigate to={startPage(me)} replace />;
}
