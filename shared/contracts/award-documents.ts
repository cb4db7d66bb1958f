// The documents of the award workflow: which certificates of a decision to print.
import { z } from 'zod';

/** `?award=<id>` prints one recipient's certificate; without it, every award of the decision not revoked. */
export const certificatesQuerySchema = z.object({ award: z.coerce.number().int().positive().optional() }).strict();
