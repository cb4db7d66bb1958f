// SCAFFOLD: demo award proposals in several states, filled by the feature that owns them.
import type { Tx } from '../write.ts';

export async function seedDemoProposals(_tx: Tx): Promise<void> {}
