// SCAFFOLD: demo score sheets and a ranking, filled by the feature that owns them.
import type { Tx } from '../write.ts';

export async function seedDemoScores(_tx: Tx): Promise<void> {}
