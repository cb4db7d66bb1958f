// Saved searches: keep the current filters under a name, open them again from a dropdown, delete them.
import { useState } from 'react';
import { DeleteOutlined, DownOutlined, SaveOutlined, StarOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, type MenuProps } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { MemberFilters } from './members.api.ts';
import { SavedSearchSaveModal } from './saved-search-save-modal.tsx';
import { useSavedSearches } from './use-saved-searches.ts';
import { writeMemberFilters } from './use-member-filters.ts';

/** "Lưu tìm kiếm" and the "Tìm kiếm đã lưu" dropdown of the member list. */
export function SavedSearchesMenu({ filters, onPick }: { filters: MemberFilters; onPick: (search: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { items, save, remove } = useSavedSearches();
  const [saving, setSaving] = useState(false);
  const current = writeMemberFilters({ ...filters, page: 1 }).toString();

  const menuItems: MenuProps['items'] =
    items.length === 0
      ? [{ key: 'none', label: t.members.saved.none, disabled: true }]
      : [
          ...items.map((item) => ({
            key: `open:${item.name}`,
            icon: <StarOutlined aria-hidden />,
            label: item.name,
          })),
          { type: 'divider' as const },
          {
            key: 'remove',
            icon: <DeleteOutlined aria-hidden />,
            label: t.members.saved.remove,
            children: items.map((item) => ({ key: `remove:${item.name}`, label: item.name, danger: true })),
          },
        ];

  const selected = items.filter((item) => item.search === current).map((item) => `open:${item.name}`);
  const onClick: MenuProps['onClick'] = ({ key }) => {
    const [action, ...rest] = key.split(':');
    const name = rest.join(':');
    const item = items.find((saved) => saved.name === name);
    if (!item) return;
    if (action === 'open') onPick(item.search);
    if (action === 'remove') {
      remove(item.name);
      void message.success(t.members.saved.removed(item.name));
    }
  };

  return (
    <Flex gap={8} wrap justify="flex-end">
      <Button size="small" icon={<SaveOutlined aria-hidden />} onClick={() => setSaving(true)}>
        {t.members.saved.save}
      </Button>
      <Dropdown trigger={['click']} menu={{ items: menuItems, onClick, selectable: true, selectedKeys: selected }}>
        <Button size="small">
          {t.members.saved.button} {items.length > 0 && `(${items.length})`} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      {saving && (
        <SavedSearchSaveModal
          names={items.map((item) => item.name)}
          onSave={(name) => {
            save(name, current);
            void message.success(t.members.saved.saved(name));
          }}
          onClosed={() => setSaving(false)}
        />
      )}
    </Flex>
  );
}
