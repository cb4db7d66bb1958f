// A number typed and shown the Vietnamese way: 1.900 with dot thousands, 12,5 with a decimal comma.
import { InputNumber, type InputNumberProps } from 'antd';
import { MAX_FIGURE } from '../../../../shared/contracts/targets.ts';
import { formatViNumber } from '../../../../shared/format-number.ts';

const parse = (text: string | undefined) => (text ?? '').replace(/\s/g, '').replace(/\./g, '').replace(',', '.');

/** An InputNumber for targets and reported figures: not negative, two decimals at most. */
export function FigureInput(props: Omit<InputNumberProps<number>, 'formatter' | 'parser'>) {
  return (
    <InputNumber<number>
      min={0}
      max={MAX_FIGURE}
      style={{ width: '100%' }}
      {...props}
      formatter={(value, info) =>
        info.userTyping ? info.input : value === undefined || String(value) === '' ? '' : formatViNumber(Number(value))
      }
      // The input component reads the parser's string as a decimal; an empty string stays an empty value, not 0.
      parser={(text) => parse(text) as unknown as number}
    />
  );
}
