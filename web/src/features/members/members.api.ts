// The members hooks: one page of the list, one person, and the writes that change a person or a membership.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateMemberBody,
  MemberDetail,
  MemberStats,
  MemberSummary,
  UpdateMemberBody,
  joinMemberBodySchema,
  leaveMemberBodySchema,
  transferMemberBodySchema,
} from '../../../../shared/contracts/members.ts';
import type { Sector } from '../../../../shared/enums.ts';
import type { Gender, MembershipStatus, Qualification } from '../../../../shared/members-enums.ts';
import { api, toQueryString } from '../../lib/api.ts';

/** The filters GET /members takes, page included; `unit` is a unit code and covers its whole subtree. */
export interface MemberFilters {
  page: number;
  pageSize: number;
  q?: string;
  unit?: string;
  /** Undefined means the server's default, the active members. */
  status?: MembershipStatus | 'all' | 'non_member';
  gender?: Gender;
  qualification?: Qualification;
  sector?: Sector;
  birthYear?: number;
  asOf?: string;
}

/** One page of the list as the server answers it. */
export interface MemberPage {
  items: MemberSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** The filters GET /members/stats takes: a unit code (its whole subtree) and the period, as 'YYYY-MM-DD'. */
export interface MemberStatsFilters {
  unit?: string;
  from: string;
  to: string;
}

/** Cache keys; every write invalidates everything under ['members']. */
export const memberKeys = {
  all: ['members'] as const,
  list: (filters: MemberFilters) => ['members', 'list', filters] as const,
  detail: (id: number) => ['members', 'detail', id] as const,
  stats: (filters: MemberStatsFilters) => ['members', 'stats', filters] as const,
};

/** One page of the list, keeping the previous page on screen while the next loads. */
export function useMemberPage(filters: MemberFilters) {
  return useQuery({
    queryKey: memberKeys.list(filters),
    queryFn: ({ signal }) => api.get<MemberPage>(`/members${toQueryString({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The statistics of a unit's subtree (or the whole scope), keeping the previous figures on screen while new ones load. */
export function useMemberStats(filters: MemberStatsFilters) {
  return useQuery({
    queryKey: memberKeys.stats(filters),
    queryFn: ({ signal }) => api.get<MemberStats>(`/members/stats${toQueryString({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** One person with the history of memberships and employments, and what the viewer may do. */
export function useMember(id: number | undefined) {
  return useQuery({
    queryKey: memberKeys.detail(id ?? 0),
    queryFn: ({ signal }) => api.get<MemberDetail>(`/members/${id}`, { signal }),
    enabled: id !== undefined && id > 0,
  });
}

function useMemberWrite<TBody>(request: (body: TBody) => Promise<MemberDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (member) => {
      queryClient.setQueryData(memberKeys.detail(member.id), member);
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: memberKeys.all,
          predicate: (q) => q.queryKey[1] === 'list' || q.queryKey[1] === 'stats',
        }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

/** Adds a person, with a first workplace and (for a member) a first membership. */
export function useCreateMember() {
  return useMemberWrite((body: CreateMemberBody) => api.post<MemberDetail>('/members', body));
}

/** Edits a person's details and the current card number. */
export function useUpdateMember(id: number) {
  return useMemberWrite((body: UpdateMemberBody) => api.patch<MemberDetail>(`/members/${id}`, body));
}

/** Moves a member to another grassroots union (chuyển sinh hoạt công đoàn). */
export function useTransferMember(id: number) {
  return useMemberWrite((body: z.input<typeof transferMemberBodySchema>) =>
    api.post<MemberDetail>(`/members/${id}/transfer`, body),
  );
}

/** Ends a membership (ra khỏi tổ chức) or suspends it (tạm dừng sinh hoạt). */
export function useLeaveMember(id: number) {
  return useMemberWrite((body: z.input<typeof leaveMemberBodySchema>) =>
    api.post<MemberDetail>(`/members/${id}/leave`, body),
  );
}

/** Admits a person whose membership ended again; the old membership stays in the history. */
export function useJoinMember(id: number) {
  return useMemberWrite((body: z.input<typeof joinMemberBodySchema>) =>
    api.post<MemberDetail>(`/members/${id}/join`, body),
  );
}
