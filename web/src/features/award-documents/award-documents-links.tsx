// The documents of a proposal: its cover letter, and once decided, the decision and its certificates. The server
// checks scope and refuses (with the reason shown) a revoked decision's certificates.
import { useState, type ReactNode } from 'react';
import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { downloadPdf } from '../self-service/pdf-download.ts';

type DocumentLink = { key: string; label: string; path: string; icon: ReactNode };

export function AwardDocumentsLinks({ proposalId, decisionId }: { proposalId: number; decisionId: number | null }) {
  const { t } = useI18n();
  const d = t.awardDocuments;
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [busy, setBusy] = useState<string | null>(null);
  const links: DocumentLink[] = [
    {
      key: 'cover',
      label: d.coverLetter,
      path: `/proposals/${proposalId}/cover-letter.docx`,
      icon: <FileWordOutlined aria-hidden />,
    },
  ];
  if (decisionId !== null) {
    links.push(
      {
        key: 'decision',
        label: d.decision,
        path: `/award-decisions/${decisionId}/decision.docx`,
        icon: <FileWordOutlined aria-hidden />,
      },
      {
        key: 'certificates',
        label: d.certificates,
        path: `/award-decisions/${decisionId}/certificates.pdf`,
        icon: <PrinterOutlined aria-hidden />,
      },
    );
  }
  const download = (link: DocumentLink) => {
    setBusy(link.key);
    // The same authenticated download as the card PDF: any file type, its name from Content-Disposition.
    downloadPdf(link.path)
      .then(({ fileName }) => message.success(d.downloaded(fileName)))
      .catch((error: unknown) => report(error))
      .finally(() => setBusy(null));
  };
  return (
    <Flex gap={8} wrap aria-label={d.title} role="group">
      {links.map((link) => (
        <Button
          key={link.key}
          icon={link.icon}
          loading={busy === link.key}
          disabled={busy !== null && busy !== link.key}
          onClick={() => download(link)}
        >
          {link.label}
        </Button>
      ))}
    </Flex>
  );
}
