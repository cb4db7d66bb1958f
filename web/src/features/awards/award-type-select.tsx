// Picking a title or form of the current catalogue by typing part of its name (accents optional).
import { Select } from 'antd';
import type { AwardTypeOption } from '../../../../shared/contracts/awards.ts';
import { foldForSearch } from '../../../../shared/text/index.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useAwardTypes } from './awards.api.ts';

/** Usable as a Form.Item child; `kind` keeps only the forms conferred on that kind of recipient. */
export function AwardTypeSelect({
  id,
  value,
  onChange,
  kind,
  onPicked,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  kind: 'individual' | 'collective';
  onPicked?: (option: AwardTypeOption | undefined) => void;
}) {
  const { t, lang } = useI18n();
  const types = useAwardTypes();
  const items = (types.data?.items ?? []).filter((type) => type.recipientKinds.includes(kind));
  return (
    <Select
      id={id}
      value={value}
      loading={types.isLoading}
      placeholder={t.awards.form.codePlaceholder}
      showSearch={{
        filterOption: (input, option) => foldForSearch(String(option?.label ?? '')).includes(foldForSearch(input)),
      }}
      options={items.map((type) => ({ value: type.code, label: lang === 'vi' ? type.nameVi : type.nameEn }))}
      onChange={(code: string) => {
        onChange?.(code);
        onPicked?.(items.find((type) => type.code === code));
      }}
    />
  );
}
