// /users: the administrator's list of accounts, with creating accounts and managing their roles.
import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input } from 'antd';
import type { User } from '../../../../shared/contracts/users.ts';
import { foldForSearch } from '../../../../shared/text/fold.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { GrantAddModal } from './grant-add-modal.tsx';
import { UserCreateModal } from './user-create-modal.tsx';
import { UserPersonModal } from './user-person-modal.tsx';
import { UsersTable } from './users-table.tsx';
import { useUsers } from './users.api.ts';

/** The users screen, for users whose capabilities include manageUsers. */
export function UsersPage() {
  const { t, lang } = useI18n();
  const users = useUsers();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<User | null>(null);
  const [linking, setLinking] = useState<User | null>(null);

  const needle = foldForSearch(search);
  const shown = (users.data ?? []).filter(
    (user) =>
      !needle || foldForSearch(`${user.username} ${user.displayName} ${user.person?.fullName ?? ''}`).includes(needle),
  );
  // Which login holds each record, so the pickers warn before the server refuses a second link.
  const linkedLogins = new Map(
    (users.data ?? []).flatMap((user) => (user.person ? [[user.person.id, user.username] as const] : [])),
  );

  return (
    <>
      <PageHeader
        title={t.users.title}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t.users.create}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        {users.isError && <Alert type="error" showIcon title={errorText(users.error, lang, t)} />}
        <Card styles={{ body: { padding: 0 } }}>
          <div style={{ padding: 16 }}>
            <Input.Search
              allowClear
              placeholder={t.users.searchPlaceholder}
              aria-label={t.users.searchPlaceholder}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              style={{ maxWidth: 420 }}
            />
          </div>
          <UsersTable users={shown} loading={users.isPending} onAddGrant={setGranting} onLinkPerson={setLinking} />
        </Card>
      </Flex>
      {creating && <UserCreateModal linkedLogins={linkedLogins} onClosed={() => setCreating(false)} />}
      {granting && <GrantAddModal user={granting} onClosed={() => setGranting(null)} />}
      {linking && <UserPersonModal user={linking} linkedLogins={linkedLogins} onClosed={() => setLinking(null)} />}
    </>
  );
}
