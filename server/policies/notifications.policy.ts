// A notification is its user's alone: anyone else is told it does not exist.
import { notFound } from '../errors.ts';
import type { Actor } from './actor.ts';

/** Out of reach (another user's notification): 404, as for anything not in scope. */
export function authorizeNotification(actor: Actor, notification: { userId: number }): void {
  if (notification.userId !== actor.userId) throw notFound('notifications');
}
