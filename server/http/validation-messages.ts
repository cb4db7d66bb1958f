// Vietnamese wording for schema validation failures, so a wrong field is named in the user's language.
import type { FastifySchemaValidationError } from 'fastify';
import type { ErrorDetail } from '../errors.ts';

function vietnamese(error: FastifySchemaValidationError): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'invalid_type':
      return /received undefined/.test(error.message ?? '')
        ? 'Trường bắt buộc.'
        : `Sai kiểu dữ liệu, cần ${String(params.expected)}.`;
    case 'too_small':
      return params.origin === 'string'
        ? `Cần ít nhất ${String(params.minimum)} ký tự.`
        : `Giá trị nhỏ nhất là ${String(params.minimum)}.`;
    case 'too_big':
      return params.origin === 'string'
        ? `Tối đa ${String(params.maximum)} ký tự.`
        : `Giá trị lớn nhất là ${String(params.maximum)}.`;
    case 'unrecognized_keys':
      return `Trường không được phép: ${(params.keys as string[] | undefined)?.join(', ') ?? ''}.`;
    case 'invalid_format':
      return params.format === 'date' ? 'Ngày phải có dạng YYYY-MM-DD.' : 'Sai định dạng.';
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép.';
    default:
      return 'Giá trị không hợp lệ.';
  }
}

/** One detail per failed field: `body.username`, `query.page`, ... */
export function validationDetails(errors: FastifySchemaValidationError[], context: string | undefined): ErrorDetail[] {
  return errors.map((error) => {
    const params = error.params as Record<string, unknown>;
    const keys = error.keyword === 'unrecognized_keys' ? (params.keys as string[] | undefined) : undefined;
    const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const field = [context, path, keys?.length === 1 ? keys[0] : ''].filter(Boolean).join('.');
    return { field, message: vietnamese(error), messageEn: error.message ?? 'invalid value' };
  });
}
