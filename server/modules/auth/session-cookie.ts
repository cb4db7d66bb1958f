// The session cookie: a random token in an httpOnly, SameSite=Lax cookie; only its hash is stored.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'congdoan_session';
export const CSRF_HEADER = 'x-csrf-token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
