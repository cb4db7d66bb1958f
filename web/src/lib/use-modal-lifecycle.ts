// A modal that opens as soon as it is mounted and tells its parent when its closing animation is over,
// so each opening starts with a fresh form.
import { useState } from 'react';

/** Props to spread on an antd Modal, and close() for the success path. */
export function useModalLifecycle(onClosed: () => void) {
  const [open, setOpen] = useState(true);
  const close = () => setOpen(false);
  return {
    close,
    modalProps: { open, onCancel: close, afterClose: onClosed, destroyOnHidden: true, maskClosable: false },
  };
}
