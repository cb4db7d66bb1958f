// The guard every change of a record passes: a step starts only from the status the policy names.
import { initiativeStatusLabels, type InitiativeStatus } from '../../../shared/contracts/initiatives.ts';
import { conflict } from '../../errors.ts';
import { allowedFrom, type InitiativeAction } from '../../policies/initiatives.policy.ts';

const STEP: Record<InitiativeAction, { vi: string; en: string }> = {
  update: { vi: 'sửa', en: 'edit' },
  delete: { vi: 'xóa', en: 'delete' },
  recognise: { vi: 'công nhận', en: 'recognise' },
  reject: { vi: 'không công nhận', en: 'reject' },
  reopen: { vi: 'mở lại', en: 'reopen' },
};

/** 409 when the step does not start from the record's status, naming both. */
export function requireStatus(status: InitiativeStatus, action: InitiativeAction): void {
  if (allowedFrom(action, status)) return;
  const label = initiativeStatusLabels[status];
  throw conflict(
    'initiatives.invalid_transition',
    `Không thể ${STEP[action].vi} khi hồ sơ đang ở trạng thái “${label.vi}”.`,
    `Cannot ${STEP[action].en} a record that is ${label.en.toLowerCase()}.`,
    { status, action },
  );
}
