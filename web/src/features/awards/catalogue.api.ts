// The catalogue hooks: the current titles and forms, one entry's versions, and saving a new version.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CatalogueEntry, CatalogueList, UpdateCatalogueEntryBody } from '../../../../shared/contracts/awards.ts';
import { api } from '../../lib/api.ts';

export const useCatalogue = () =>
  useQuery({ queryKey: ['catalogue'], queryFn: ({ signal }) => api.get<CatalogueList>('/catalogue', { signal }) });

export const useCatalogueHistory = (code: string) =>
  useQuery({
    queryKey: ['catalogue', code],
    queryFn: ({ signal }) => api.get<{ items: CatalogueEntry[] }>(`/catalogue/${encodeURIComponent(code)}`, { signal }),
  });

export function useUpdateCatalogueEntry(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCatalogueEntryBody) =>
      api.put<CatalogueEntry>(`/catalogue/${encodeURIComponent(code)}`, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['catalogue'] }),
        queryClient.invalidateQueries({ queryKey: ['awards'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
