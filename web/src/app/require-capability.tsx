// Hides a whole screen from users whose capabilities (decided by the server) do not include it.
import { Outlet } from 'react-router-dom';
import type { Capabilities } from '../../../shared/contracts/auth.ts';
import { useSignedInMe } from '../features/auth/auth.api.ts';
import { NotFoundPage } from './not-found-page.tsx';

/** Renders the nested routes when the capability is granted, "not found or no access" otherwise. */
export function RequireCapability({ capability }: { capability: keyof Capabilities }) {
  const me = useSignedInMe();
  return me.capabilities[capability] ? <Outlet /> : <NotFoundPage />;
}
