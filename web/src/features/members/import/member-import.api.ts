// The import wizard's calls: the units to import into, the upload (with its own progress), the job
// polled while it runs, the check and the commit, and discarding the job when the wizard is left.
import { useEffect } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ImportCheckBody,
  ImportJob,
  ImportJobState,
  ImportUnitList,
  ImportUpload,
} from '../../../../../shared/contracts/member-import.ts';
import { en } from '../../../i18n/en.ts';
import { vi } from '../../../i18n/vi.ts';
import { api, ApiError, toQueryString } from '../../../lib/api.ts';

const BASE = '/members/imports';
/** How often a running check or import is asked for its progress. */
const POLL_MS = 500;

export const importKeys = {
  units: (q: string) => ['members', 'imports', 'units', q] as const,
  job: (id: string) => ['members', 'imports', 'job', id] as const,
};

/** The units the user may import into, searched by name or code; the first ones without a search. */
export function useImportUnits(q: string) {
  return useQuery({
    queryKey: importKeys.units(q),
    queryFn: ({ signal }) => api.get<ImportUnitList>(`${BASE}/units${toQueryString({ q })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The job, asked again every half second while its check or import runs. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: importKeys.job(id ?? ''),
    queryFn: ({ signal }) => api.get<ImportJob>(`${BASE}/${id}`, { signal }),
    enabled: Boolean(id),
    retry: false,
    refetchInterval: (query) => {
      const state = query.state.data?.state;
      return state === 'checking' || state === 'importing' ? POLL_MS : false;
    },
  });
}

function useJobStart(path: 'check' | 'commit') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ImportCheckBody }) =>
      api.post<ImportJob>(`${BASE}/${id}/${path}`, body),
    onSuccess: (job) => queryClient.setQueryData(importKeys.job(job.id), job),
  });
}

/** Starts the check of every row with the chosen unit, mapping and choice for duplicates. */
export function useStartImportCheck() {
  return useJobStart('check');
}

/** Starts the import, repeating the choices of the clean check before it. */
export function useStartImportCommit() {
  return useJobStart('commit');
}

/** Once an import is done, the member lists and statistics on screen are out of date. */
export function useRefreshMembersWhenDone(state: ImportJobState | undefined) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (state !== 'done') return;
    void queryClient.invalidateQueries({
      queryKey: ['members'],
      predicate: (query) => query.queryKey[1] === 'list' || query.queryKey[1] === 'stats',
    });
    void queryClient.invalidateQueries({ queryKey: ['audit'] });
  }, [state, queryClient]);
}

/** An error envelope from an XHR answer, as ApiError, like every other call's. */
function uploadError(status: number, body: unknown): ApiError {
  const envelope = (body as { error?: Record<string, unknown> } | null)?.error;
  if (envelope && typeof envelope.message === 'string') {
    return new ApiError({
      status,
      code: String(envelope.code ?? 'unknown'),
      message: envelope.message,
      messageEn: typeof envelope.messageEn === 'string' ? envelope.messageEn : envelope.message,
      details: envelope.details,
    });
  }
  if (status === 0) {
    return new ApiError({
      status,
      code: 'network.unreachable',
      message: vi.common.networkError,
      messageEn: en.common.networkError,
    });
  }
  return new ApiError({
    status,
    code: `http.${status}`,
    message: vi.common.serverError(status),
    messageEn: en.common.serverError(status),
  });
}

/**
 * Sends the file as multipart/form-data. XMLHttpRequest rather than fetch, for the upload's own progress
 * (a 200 MB file takes a while); `abort` stops it.
 */
export function uploadImportFile(
  file: File,
  csrfToken: string,
  onProgress: (fraction: number) => void,
): { done: Promise<ImportUpload>; abort: () => void } {
  const request = new XMLHttpRequest();
  const done = new Promise<ImportUpload>((resolve, reject) => {
    request.open('POST', `/api/v1${BASE}`);
    request.setRequestHeader('X-CSRF-Token', csrfToken);
    request.setRequestHeader('Accept', 'application/json');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201) resolve(request.response as ImportUpload);
      else reject(uploadError(request.status, request.response));
    };
    request.onerror = () => reject(uploadError(0, null));
    request.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
  return { done, abort: () => request.abort() };
}

/**
 * Drops the job on the server (stops what runs, removes the file). `keepalive` lets it finish while the
 * page closes; failures are ignored, since an unused job expires by itself within the hour.
 */
export function discardImportJob(id: string, csrfToken: string): void {
  void fetch(`/api/v1${BASE}/${id}`, {
    method: 'DELETE',
    headers: { 'X-CSRF-Token': csrfToken },
    credentials: 'same-origin',
    keepalive: true,
  }).catch(() => undefined);
}

/** The address of the error report of the job's last check. */
export function errorReportUrl(id: string): string {
  return `/api/v1${BASE}/${id}/errors.xlsx`;
}

/** The address of the import template. */
export const TEMPLATE_URL = '/api/v1/members/import/template';
