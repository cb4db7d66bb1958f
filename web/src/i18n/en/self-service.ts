// English strings of the member's own record, membership cards and correction requests.
import type { Dictionary } from '../vi.ts';

/** Part of the English dictionary. */
export const enSelfService: Pick<Dictionary, 'selfService'> = {
  selfService: {
    menu: 'My record',
    title: 'My record',
    notLinked: 'Your login is not linked to a member record. Please ask your grassroots union officer.',
    tabRequests: 'Correction requests',
    askCorrection: 'Ask for a correction',
    downloadCard: 'Download membership card',
    cardUnavailable: 'No card yet: you need a current union membership with a card number.',
    profileHelp:
      'If anything here is wrong, ask for a correction; your union officer will review it and update the record.',
    request: {
      title: 'Ask to correct my personal details',
      help: 'Change what is wrong and say why. Only the details you change are sent to your union officer for approval.',
      reason: 'Reason',
      reasonPlaceholder: 'For example: I changed my phone number in March 2026.',
      submit: 'Send request',
      noChanges: 'You have not changed anything.',
      sent: 'Request sent. Your union officer will review it.',
    },
    requests: {
      empty: 'You have not asked for any correction.',
      sentOn: (date: string) => `Sent on ${date}`,
      decidedOn: (who: string, date: string) => `${who}, ${date}`,
      reason: 'Reason',
      note: 'Officer’s note',
      withdraw: 'Withdraw',
      withdrawConfirm: 'Withdraw this request? The union officer will no longer review it.',
      withdrawn: 'Request withdrawn.',
      emptyValue: '(empty)',
      changes: 'Changes',
      field: 'Detail',
      from: 'Now',
      to: 'Asked for',
      fromWhenAsked: 'When asked',
    },
    status: {
      pending: 'Pending',
      approved: 'Approved',
      rejected: 'Rejected',
      withdrawn: 'Withdrawn',
    },
    review: {
      menu: 'Correction requests',
      title: 'Record correction requests',
      help: 'Requests from members of the units you keep. Approving updates the member’s record at once.',
      status: 'Status',
      all: 'All',
      member: 'Member',
      sentAt: 'Sent',
      decision: 'Decision',
      empty: 'No requests.',
      total: (count: string) => `${count} requests`,
      approve: 'Approve',
      approveTitle: (name: string) => `Approve the correction request of ${name}?`,
      approveContent: 'The member’s record will be updated as asked.',
      approveNote: 'Note (optional)',
      approved: (name: string) => `Approved; the record of ${name} is updated.`,
      reject: 'Reject',
      rejectTitle: (name: string) => `Reject the correction request of ${name}`,
      rejectNote: 'Reason for rejecting',
      rejectNotePlaceholder:
        'For example: the citizen ID does not match the original; please bring it to the union office.',
      rejectHelp: 'The member sees this reason in "My record".',
      rejected: 'Request rejected.',
      pendingOnMember: (count: number) =>
        count === 1
          ? 'This member has 1 pending correction request.'
          : `This member has ${count} pending correction requests.`,
      showRequests: 'Show requests',
    },
    card: {
      print: 'Print card',
      printBatch: 'Print membership cards',
      printBatchHelp:
        'Prints the card of every active member with a card number in the chosen grassroots union (8 to an A4 page).',
      chooseUnit: 'Pick a grassroots union in the “Unit” filter to print its cards.',
      downloaded: 'The membership card PDF is ready.',
      batchDone: (count: string, skipped: string) =>
        skipped === '0'
          ? `${count} membership cards created.`
          : `${count} membership cards created; ${skipped} members have no card number yet and were left out.`,
    },
    verify: {
      title: 'Membership card check',
      valid: 'The membership card is valid',
      invalid: 'The membership card is no longer valid',
      invalidSince: (date: string) => `Not valid since ${date}.`,
      suspended: 'The member’s union membership is suspended.',
      replaced: 'The member moved to another union and holds a new card.',
      left: 'The member has left the union.',
      notInScope: 'Not within your scope',
      cardNumber: 'Card number',
      issuedBy: 'Issuing grassroots union',
      currentUnit: 'Now a member at',
      checkedAt: 'Checked at',
      openRecord: 'Open the member’s record',
    },
  },
};
