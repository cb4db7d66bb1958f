// Step 4: the import behind a confirmation, its bar while it writes, then what it did and where to see it.
import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Result, Row, Statistic } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { ImportJob, ImportUnit } from '../../../../../shared/contracts/member-import.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useConfirm } from '../../../lib/use-confirm.ts';
import { ImportProgress } from './import-progress.tsx';

interface ImportCommitStepProps {
  job: ImportJob;
  unit: ImportUnit;
  starting: boolean;
  /** Resolves once the server has taken the import. */
  onCommit: () => Promise<unknown>;
  onBackToCheck: () => void;
  onAnotherFile: () => void;
}

export function ImportCommitStep(props: ImportCommitStepProps) {
  const { t, lang } = useI18n();
  const confirm = useConfirm();
  const navigate = useNavigate();
  const c = t.memberImport.commit;
  const { job, unit } = props;
  const report = job.report;
  const rows = report?.rows ?? 0;

  if (job.state === 'importing') return <ImportProgress job={job} total={rows} />;
  if (job.state === 'done' && report) {
    const figures = [
      { key: 'created', title: c.created, value: report.created },
      { key: 'updated', title: c.updated, value: report.updated },
      { key: 'skipped', title: c.skipped, value: report.skipped },
    ];
    return (
      <Result
        status="success"
        icon={<CheckCircleOutlined aria-hidden />}
        title={c.done}
        subTitle={c.doneText(unit.name)}
        extra={
          <Flex vertical gap={16} align="center">
            <Row gutter={16} style={{ width: '100%', maxWidth: 640 }}>
              {figures.map((figure) => (
                <Col key={figure.key} span={8}>
                  <Card size="small">
                    <Statistic
                      title={figure.title}
                      value={figure.value}
                      formatter={(value) => formatNumber(Number(value))}
                    />
                  </Card>
                </Col>
              ))}
            </Row>
            <Flex gap={8} wrap justify="center">
              <Button type="primary" onClick={() => navigate(`/members?unit=${encodeURIComponent(unit.code)}`)}>
                {c.viewList}
              </Button>
              <Button onClick={props.onAnotherFile}>{c.again}</Button>
            </Flex>
          </Flex>
        }
      />
    );
  }
  if (job.state === 'failed' && job.error) {
    return (
      <Flex vertical gap={16}>
        <Alert
          type="error"
          showIcon
          title={c.failed}
          description={lang === 'en' ? job.error.messageEn : job.error.message}
        />
        <Flex gap={8}>
          <Button onClick={props.onAnotherFile}>{t.memberImport.file.another}</Button>
        </Flex>
      </Flex>
    );
  }
  if (!report || report.errorCount > 0) {
    return (
      <Flex vertical gap={16}>
        <Alert type="error" showIcon title={c.recheckFound} />
        <Flex gap={8}>
          <Button type="primary" onClick={props.onBackToCheck}>
            {t.memberImport.steps.check}
          </Button>
        </Flex>
      </Flex>
    );
  }

  const update = job.options?.onDuplicate === 'update';
  const fresh = formatNumber(Math.max(0, rows - report.matched));
  const start = () =>
    confirm({
      title: c.confirmTitle,
      content: c.confirm(formatNumber(rows), unit.name, fresh, formatNumber(report.matched), update),
      okText: c.confirmOk,
      onOk: props.onCommit,
    });
  return (
    <Flex vertical gap={16}>
      <Alert type="info" showIcon title={c.summary(formatNumber(rows), unit.name)} description={c.allOrNothing} />
      <Flex gap={8} justify="space-between" wrap>
        <Button onClick={props.onBackToCheck}>{t.memberImport.steps.check}</Button>
        <Button type="primary" loading={props.starting} onClick={start}>
          {c.start(formatNumber(rows))}
        </Button>
      </Flex>
    </Flex>
  );
}
