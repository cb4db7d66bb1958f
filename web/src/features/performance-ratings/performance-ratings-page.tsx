// /performance-ratings: a unit's people for one year with their rating, days absent and discipline, entered in
// the grid and saved together, or downloaded as a template and imported back (all rows or none).
import { useState } from 'react';
import { DownloadOutlined, SaveOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Space, Tag, Typography, Upload } from 'antd';
import { useSearchParams } from 'react-router-dom';
import {
  ratingLabels,
  ratingsBestFirst,
  type PerformanceRatingValues,
} from '../../../../shared/contracts/performance-ratings.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { ApiError, toQueryString } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatNumber } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { UnitCodeSelect } from '../members/unit-code-select.tsx';
import { PerformanceRatingErrors, type RowError } from './performance-rating-errors.tsx';
import { PerformanceRatingGridTable } from './performance-rating-grid-table.tsx';
import {
  useImportPerformanceRatings,
  usePerformanceRatingGrid,
  useSavePerformanceRatings,
} from './performance-ratings.api.ts';

export function PerformanceRatingsPage() {
  const { t, lang, pick } = useI18n();
  const s = t.performanceRatings;
  const { csrfToken } = useSignedInMe();
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit')?.trim().toUpperCase() || undefined;
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  const grid = usePerformanceRatingGrid(unit, year);
  const data = grid.data;
  const [edits, setEdits] = useState<Map<number, PerformanceRatingValues>>(new Map());
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const save = useSavePerformanceRatings();
  const importFile = useImportPerformanceRatings(csrfToken);
  const report = useErrorReporter();
  const { message } = App.useApp();

  const go = (changes: { unit?: string; year?: number }) => {
    setEdits(new Map());
    setRowErrors([]);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if ('unit' in changes) {
          if (changes.unit) next.set('unit', changes.unit);
          else next.delete('unit');
        }
        if (changes.year) next.set('year', String(changes.year));
        return next;
      },
      { replace: true },
    );
  };
  const refused = (error: unknown) => {
    if (error instanceof ApiError && Array.isArray(error.details) && error.details.length > 0) {
      setRowErrors(error.details as RowError[]);
    } else {
      report(error);
    }
  };
  const submit = () => {
    if (!data) return;
    setRowErrors([]);
    save
      .mutateAsync({
        unit: data.unit.code,
        year,
        rows: [...edits.entries()].map(([personId, values]) => ({ personId, ...values })),
      })
      .then((result) => {
        setEdits(new Map());
        void message.success(
          s.saved(formatNumber(result.created), formatNumber(result.updated), formatNumber(result.cleared)),
        );
      })
      .catch(refused);
  };

  return (
    <>
      <PageHeader
        title={s.title}
        meta={
          data && (
            <Typography.Text type="secondary">
              {s.meta(data.unit.name, data.year, formatNumber(data.rows.length))}
            </Typography.Text>
          )
        }
        extra={
          data?.canWrite && (
            <>
              <Button
                icon={<DownloadOutlined aria-hidden />}
                href={`/api/v1/performance-ratings/template${toQueryString({ unit: data.unit.code, year })}`}
              >
                {s.template}
              </Button>
              <Upload
                accept=".xlsx"
                showUploadList={false}
                customRequest={({ file }) => {
                  setRowErrors([]);
                  importFile
                    .mutateAsync({ file: file as File, unit: data.unit.code, year })
                    .then((result) => {
                      setEdits(new Map());
                      void message.success(
                        s.imported(
                          formatNumber(result.created),
                          formatNumber(result.updated),
                          formatNumber(result.cleared),
                          formatNumber(result.unchanged),
                        ),
                      );
                    })
                    .catch(refused);
                }}
              >
                <Button icon={<UploadOutlined aria-hidden />} loading={importFile.isPending}>
                  {s.import}
                </Button>
              </Upload>
            </>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" styles={{ body: { paddingBottom: 0 } }}>
          <Form layout="vertical">
            <Flex gap={12} wrap align="end">
              <Form.Item label={s.unit} htmlFor="performance-rating-unit" style={{ minWidth: 300 }}>
                <UnitCodeSelect
                  id="performance-rating-unit"
                  code={unit ?? data?.unit.code}
                  placeholder={s.unitPlaceholder}
                  onChange={(code) => go({ unit: code })}
                />
              </Form.Item>
              <Form.Item label={s.year} htmlFor="performance-rating-year">
                <InputNumber
                  id="performance-rating-year"
                  min={1945}
                  max={2100}
                  value={year}
                  onChange={(value) => value && value >= 1945 && go({ year: value })}
                />
              </Form.Item>
              {data && (
                <Form.Item label={s.counts}>
                  <Space size={4} wrap data-testid="rating-counts">
                    {ratingsBestFirst.map((rating) => (
                      <Tag key={rating} title={pick(ratingLabels[rating])}>
                        {ratingLabels[rating].short}: {formatNumber(data.ratingCounts[rating] ?? 0)}
                      </Tag>
                    ))}
                  </Space>
                </Form.Item>
              )}
            </Flex>
          </Form>
          {data?.canWrite && <Typography.Paragraph type="secondary">{s.importHelp}</Typography.Paragraph>}
        </Card>
        {grid.isError && <Alert type="error" showIcon title={errorText(grid.error, lang, t)} />}
        {rowErrors.length > 0 && <PerformanceRatingErrors errors={rowErrors} onClose={() => setRowErrors([])} />}
        {edits.size > 0 && (
          <Alert
            type="warning"
            showIcon
            title={s.changed(formatNumber(edits.size))}
            action={
              <Space>
                <Button onClick={() => setEdits(new Map())}>{s.discard}</Button>
                <Button type="primary" icon={<SaveOutlined aria-hidden />} loading={save.isPending} onClick={submit}>
                  {s.save}
                </Button>
              </Space>
            }
          />
        )}
        <Card styles={{ body: { padding: 0 } }}>
          <PerformanceRatingGridTable
            rows={data?.rows ?? []}
            edits={edits}
            loading={grid.isFetching}
            onEdit={(personId, values) => setEdits((current) => new Map(current).set(personId, values))}
          />
        </Card>
      </Flex>
    </>
  );
}
