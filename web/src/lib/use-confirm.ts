// The confirmation every structural change asks for: a sentence naming the units, then the write.
import { useCallback, type ReactNode } from 'react';
import { App } from 'antd';
import { useI18n } from '../i18n/i18n-context.ts';

interface ConfirmOptions {
  title: ReactNode;
  content: ReactNode;
  okText: string;
  danger?: boolean;
  /** Runs on OK; the dialog shows a spinner until it settles. */
  onOk: () => Promise<unknown>;
}

/** Returns confirm(options): an antd confirm dialog in the user's language. */
export function useConfirm() {
  const { modal } = App.useApp();
  const { t } = useI18n();
  return useCallback(
    ({ title, content, okText, danger = false, onOk }: ConfirmOptions) =>
      modal.confirm({
        title,
        content,
        okText,
        cancelText: t.common.cancel,
        okButtonProps: { danger },
        width: 520,
        onOk: () => onOk().catch(() => undefined),
      }),
    [modal, t],
  );
}
