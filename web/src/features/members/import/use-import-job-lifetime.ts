// The job lives as long as the wizard: leaving it (another page, closing the tab) discards the job on the
// server, and while a check or an import runs the browser asks before the tab is closed or reloaded.
import { useEffect, useRef } from 'react';
import { discardImportJob } from './member-import.api.ts';

export function useImportJobLifetime(jobId: string | null, csrfToken: string, running: boolean): void {
  const current = useRef({ jobId, csrfToken });
  useEffect(() => {
    current.current = { jobId, csrfToken };
  }, [jobId, csrfToken]);

  useEffect(() => {
    const discard = () => {
      const { jobId: id, csrfToken: token } = current.current;
      if (id) discardImportJob(id, token);
      current.current = { ...current.current, jobId: null };
    };
    window.addEventListener('pagehide', discard);
    return () => {
      window.removeEventListener('pagehide', discard);
      discard();
    };
  }, []);

  useEffect(() => {
    if (!running) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [running]);
}
