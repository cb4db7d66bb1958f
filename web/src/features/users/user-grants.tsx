// A user's roles as tags; the administrator can revoke one after a confirmation naming role and unit.
import { App, Flex, Tag, Tooltip } from 'antd';
import type { Grant } from '../../../../shared/contracts/auth.ts';
import type { User } from '../../../../shared/contracts/users.ts';
import { roleLabels } from '../../../../shared/enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useRemoveGrant } from './users.api.ts';

/** The grants cell of the users table. */
export function UserGrants({ user }: { user: User }) {
  const { t, pick } = useI18n();
  const remove = useRemoveGrant();
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();

  const ask = (grant: Grant) => {
    const role = pick(roleLabels[grant.role]);
    confirm({
      title: t.users.grants,
      content: t.users.removeGrantConfirm(role, grant.unitName),
      okText: t.common.confirm,
      danger: true,
      onOk: () =>
        remove
          .mutateAsync({ userId: user.id, grantId: grant.id })
          .then(() => void message.success(t.users.grantRemoved))
          .catch((error: unknown) => report(error)),
    });
  };

  if (user.grants.length === 0) return <>{t.common.none}</>;
  return (
    <Flex vertical gap={4} align="flex-start">
      {user.grants.map((grant) => (
        <Tooltip key={grant.id} title={grant.unitCode}>
          <Tag
            color="blue"
            closable
            onClose={(event) => {
              event.preventDefault();
              ask(grant);
            }}
            style={{ whiteSpace: 'normal' }}
          >
            {pick(roleLabels[grant.role])} · {grant.unitName}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}
