// The demo's emulation work, seeded after the demo logins exist (council members are logins): movements with
// their pledges and agreements, then scores and rankings, then proposals and the council meetings that vote on them.
import type { Tx } from '../write.ts';
import { seedDemoCouncil } from './demo-council.ts';
import { seedDemoMovements } from './demo-movements.ts';
import { seedDemoProposals } from './demo-proposals.ts';
import { seedDemoScores } from './demo-scores.ts';

export async function seedDemoEmulation(tx: Tx): Promise<void> {
  await seedDemoMovements(tx);
  await seedDemoScores(tx);
  await seedDemoProposals(tx);
  await seedDemoCouncil(tx);
}
