// The member record a login belongs to, in the users table: a link to the record, the person's union, and the
// administrator's link, change and unlink (after a confirmation) beside it.
import { DisconnectOutlined, IdcardOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { User } from '../../../../shared/contracts/users.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useLinkUserPerson } from './users.api.ts';

/** The "Hồ sơ đoàn viên" cell; the name opens /members/:id for those who may read member records. */
export function UserPersonCell({ user, onLink }: { user: User; onLink: (user: User) => void }) {
  const { t } = useI18n();
  const { capabilities } = useSignedInMe();
  const unlink = useLinkUserPerson();
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { person } = user;

  const linkButton = (
    <Button size="small" icon={<IdcardOutlined aria-hidden />} onClick={() => onLink(user)}>
      {person ? t.users.changePerson : t.users.linkPerson}
    </Button>
  );
  if (!person) {
    return (
      <Flex vertical gap={6} align="flex-start">
        <Typography.Text type="secondary">{t.users.personNotLinked}</Typography.Text>
        {linkButton}
      </Flex>
    );
  }

  const askUnlink = () =>
    confirm({
      title: t.users.unlinkPerson,
      content: t.users.unlinkPersonConfirm(user.username, person.fullName),
      okText: t.users.unlinkPerson,
      danger: true,
      onOk: () =>
        unlink
          .mutateAsync({ userId: user.id, personId: null })
          .then(() => void message.success(t.users.personUnlinked(user.username)))
          .catch((error: unknown) => report(error)),
    });

  return (
    <Flex vertical gap={6} align="flex-start">
      <Flex vertical>
        {capabilities.viewMembers ? <Link to={`/members/${person.id}`}>{person.fullName}</Link> : person.fullName}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {person.unitName ?? t.users.personNoUnion}
        </Typography.Text>
      </Flex>
      <Flex gap={6} wrap>
        {linkButton}
        <Button size="small" icon={<DisconnectOutlined aria-hidden />} onClick={askUnlink}>
          {t.users.unlinkPerson}
        </Button>
      </Flex>
    </Flex>
  );
}
