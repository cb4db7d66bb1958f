// /members/import: the wizard that imports a member list from Excel or CSV in four steps — file, column
// mapping, check, import — on one job kept on the server while the wizard is open.
import { useState } from 'react';
import { Alert, Button, Card, Flex, Steps } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type {
  ImportField,
  ImportUnit,
  ImportUpload,
  OnDuplicate,
} from '../../../../../shared/contracts/member-import.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { ApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/error-text.ts';
import { useErrorReporter } from '../../../lib/use-error-reporter.ts';
import { useSignedInMe } from '../../auth/auth.api.ts';
import { ImportCheckStep } from './import-check-step.tsx';
import { ImportCommitStep } from './import-commit-step.tsx';
import { ImportFileStep } from './import-file-step.tsx';
import { ImportMappingStep } from './import-mapping-step.tsx';
import {
  discardImportJob,
  useImportJob,
  useImportUnits,
  useRefreshMembersWhenDone,
  useStartImportCheck,
  useStartImportCommit,
} from './member-import.api.ts';
import { useImportJobLifetime } from './use-import-job-lifetime.ts';

type Step = 0 | 1 | 2 | 3;

export function MemberImportPage() {
  const { t, lang } = useI18n();
  const { csrfToken } = useSignedInMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const wantedUnit = params.get('unit')?.toUpperCase() ?? '';
  const [step, setStep] = useState<Step>(0);
  // undefined: not picked yet, so the unit of the address (or the user's only unit) stands in.
  const [pickedUnit, setPickedUnit] = useState<ImportUnit | null | undefined>(undefined);
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [mapping, setMapping] = useState<(ImportField | null)[]>([]);
  const [onDuplicate, setOnDuplicate] = useState<OnDuplicate>('skip');
  const units = useImportUnits(wantedUnit);
  const job = useImportJob(upload?.id ?? null);
  const startCheck = useStartImportCheck();
  const startCommit = useStartImportCommit();
  const reportError = useErrorReporter();
  const state = job.data?.state;
  useImportJobLifetime(upload?.id ?? null, csrfToken, state === 'checking' || state === 'importing');
  useRefreshMembersWhenDone(state);

  const offered = units.data?.items ?? [];
  const unit =
    pickedUnit !== undefined
      ? pickedUnit
      : (offered.find((item) => item.code === wantedUnit) ??
        (!wantedUnit && offered.length === 1 ? offered[0]! : null));
  const choices = unit && upload ? { unit: unit.code, mapping, onDuplicate } : null;
  const m = t.memberImport;

  const startOver = () => {
    if (upload) discardImportJob(upload.id, csrfToken);
    setUpload(null);
    setMapping([]);
    setStep(0);
  };
  const takeUpload = (next: ImportUpload) => {
    if (upload) discardImportJob(upload.id, csrfToken);
    setUpload(next);
    setMapping(next.mapping);
  };
  const check = () => {
    if (!choices || !upload) return;
    startCheck.mutate(
      { id: upload.id, body: choices },
      { onSuccess: () => setStep(2), onError: (e) => reportError(e) },
    );
  };
  const commit = async () => {
    if (!choices || !upload) return;
    await startCommit.mutateAsync({ id: upload.id, body: choices }).catch((error: unknown) => {
      reportError(error);
      throw error;
    });
  };

  const gone = job.error instanceof ApiError && job.error.status === 404;
  const body = () => {
    if (gone) {
      return (
        <Alert
          type="warning"
          showIcon
          title={m.expired}
          action={<Button onClick={startOver}>{m.file.another}</Button>}
        />
      );
    }
    if (job.isError) return <Alert type="error" showIcon title={errorText(job.error, lang, t)} />;
    if (step === 0 || !upload) {
      return (
        <ImportFileStep
          unit={unit}
          onUnit={setPickedUnit}
          upload={upload}
          onUploaded={takeUpload}
          maxBytes={units.data?.maxBytes}
          onNext={() => setStep(1)}
        />
      );
    }
    if (step === 1) {
      return (
        <ImportMappingStep
          upload={upload}
          mapping={mapping}
          onMapping={setMapping}
          onDuplicate={onDuplicate}
          onOnDuplicate={setOnDuplicate}
          checking={startCheck.isPending}
          onBack={() => setStep(0)}
          onCheck={check}
        />
      );
    }
    if (!job.data || !unit) return null;
    if (step === 2) {
      return (
        <ImportCheckStep
          job={job.data}
          onBackToMapping={() => setStep(1)}
          onAnotherFile={startOver}
          onNext={() => setStep(3)}
        />
      );
    }
    return (
      <ImportCommitStep
        job={job.data}
        unit={unit}
        starting={startCommit.isPending}
        onCommit={commit}
        onBackToCheck={() => setStep(2)}
        onAnotherFile={startOver}
      />
    );
  };

  return (
    <>
      <PageHeader title={m.title} extra={<Button onClick={() => navigate('/members')}>{m.backToList}</Button>} />
      <Card>
        <Flex vertical gap={24}>
          <Steps
            current={step}
            status={state === 'failed' ? 'error' : state === 'done' ? 'finish' : undefined}
            items={[
              { title: m.steps.file },
              { title: m.steps.mapping },
              { title: m.steps.check },
              { title: m.steps.commit },
            ]}
          />
          {body()}
        </Flex>
      </Card>
    </>
  );
}
