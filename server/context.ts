// What every service function receives first: the database, who is asking, and the request's identity.
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { Actor } from './policies/actor.ts';

export type Ctx = {
  db: Database;
  config: Config;
  actor: Actor | null;
  requestId: string;
  ip: string | null;
};

/** The context of a request that has a logged-in user; services that need one take this. */
export type ActorCtx = Ctx & { actor: Actor };
