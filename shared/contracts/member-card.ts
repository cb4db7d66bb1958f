// The membership card contract: printing cards (one, or a grassroots union's batch) and verifying a scanned card.
import { z } from 'zod';
import { genders, membershipStatuses } from '../members-enums.ts';

const unitRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

/** The batch of a grassroots union (its sections included), on A4 with cut marks. */
export const memberCardsQuerySchema = z.object({ unit: z.string().trim().min(1).max(40) }).strict();

/** The card number as printed; the QR code of a card opens /verify/card/<cardNumber>. */
export const cardNumberParamsSchema = z.object({ cardNumber: z.string().trim().min(1).max(30) }).strict();

/** What an officer sees on scanning a card: who it belongs to and whether it is still valid. No citizen ID, no photo. */
export const cardVerificationSchema = z.object({
  cardNumber: z.string(),
  valid: z.boolean(),
  /** The membership period the card was issued for: active, suspended, transferred (replaced by another card) or left. */
  status: z.enum(membershipStatuses),
  /** Since when the card is no longer valid, when that date is recorded. */
  invalidSince: z.string().nullable(),
  /** The reason recorded when the member left or was suspended. */
  reason: z.string().nullable(),
  member: z.object({
    id: z.number().int(),
    displayName: z.string(),
    gender: z.enum(genders).nullable(),
    birthDate: z.string().nullable(),
    birthYear: z.number().int().nullable(),
  }),
  /** The grassroots union the card was issued by. */
  unit: unitRefSchema,
  joinedOn: z.string(),
  /** Where the person is a member now, when that is elsewhere (a transfer with a new card). */
  currentUnit: unitRefSchema.nullable(),
  checkedAt: z.string(),
});
export type CardVerification = z.infer<typeof cardVerificationSchema>;
