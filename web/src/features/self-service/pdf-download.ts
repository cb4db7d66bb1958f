// Fetching a generated PDF (a membership card) with the session cookie and handing it to the browser as a
// file; a refusal (409: no card number) comes back as the same ApiError the JSON calls throw.
import { en } from '../../i18n/en.ts';
import { vi } from '../../i18n/vi.ts';
import { ApiError } from '../../lib/api.ts';

export type PdfDownload = { fileName: string; headers: Headers };

async function errorOf(response: Response): Promise<ApiError> {
  const payload = (await response.json().catch(() => null)) as { error?: Record<string, unknown> } | null;
  const envelope = payload?.error;
  return new ApiError({
    status: response.status,
    code: String(envelope?.code ?? `http.${response.status}`),
    message: typeof envelope?.message === 'string' ? envelope.message : vi.common.serverError(response.status),
    messageEn: typeof envelope?.messageEn === 'string' ? envelope.messageEn : en.common.serverError(response.status),
    details: envelope?.details,
    requestId: typeof envelope?.requestId === 'string' ? envelope.requestId : null,
  });
}

/** GETs `/api/v1${path}` and saves the PDF under the name the server gives it. */
export async function downloadPdf(path: string): Promise<PdfDownload> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { credentials: 'same-origin', headers: { Accept: 'application/pdf' } });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'network.unreachable',
      message: vi.common.networkError,
      messageEn: en.common.networkError,
    });
  }
  if (!response.ok) throw await errorOf(response);
  const blob = await response.blob();
  const fileName =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'the-doan-vien.pdf';
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the object URL can go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { fileName, headers: response.headers };
}
