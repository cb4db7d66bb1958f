// The rows and cells a save or an import refused, each with its place in Vietnamese ("Dòng 5, cột E (Xếp loại)").
import { Alert } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatNumber } from '../../lib/format.ts';

export type RowError = { row?: number; field?: string; message: string; messageEn: string };

export function PerformanceRatingErrors({ errors, onClose }: { errors: RowError[]; onClose: () => void }) {
  const { t, lang } = useI18n();
  const s = t.performanceRatings;
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      title={s.errorsTitle(formatNumber(errors.length))}
      description={
        <>
          <div>{s.errorsHint}</div>
          <ul style={{ margin: '8px 0 0', paddingLeft: 20, maxHeight: 240, overflow: 'auto' }} data-testid="row-errors">
            {errors.map((error, index) => (
              <li key={index}>
                {lang === 'en'
                  ? `${error.row ? `Row ${error.row}, ${error.field}: ` : ''}${error.messageEn}`
                  : error.message}
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}
