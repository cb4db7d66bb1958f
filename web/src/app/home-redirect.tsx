// The start page is the first screen the user may see: the tree for officers, the account otherwise.
import { Navigate } from 'react-router-dom';
import { useSignedInMe } from '../features/auth/auth.api.ts';

/** Sends "/" to the right first screen. */
export function HomeRedirect() {
  const me = useSignedInMe();
  if (me.user.mustChangePassword) return <Navigate to="/account" replace />;
  return <Navigate to={me.capabilities.viewUnits ? '/units' : '/account'} replace />;
}
