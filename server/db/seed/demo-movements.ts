// SCAFFOLD: demo movements, clusters, pledges and agreements, filled by the feature that owns them.
import type { Tx } from '../write.ts';

export async function seedDemoMovements(_tx: Tx): Promise<void> {}
