// How an item's recipient is named on the screens.
import type { ProposalItem } from '../../../../shared/contracts/proposals.ts';

export const recipientName = (item: ProposalItem) =>
  item.recipient.kind === 'individual' ? item.recipient.fullName : item.recipient.name;
