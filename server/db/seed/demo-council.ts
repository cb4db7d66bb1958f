// SCAFFOLD: demo council meetings and their votes, filled by the feature that owns them.
import type { Tx } from '../write.ts';

export async function seedDemoCouncil(_tx: Tx): Promise<void> {}
