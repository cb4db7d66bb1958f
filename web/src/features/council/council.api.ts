// The council's hooks: the list, one meeting, the options for planning one, and every step of the meeting.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AttendanceBody,
  BallotBody,
  CouncilUnitOption,
  Meeting,
  MeetingBody,
  MeetingList,
  MeetingUpdate,
  MemberOption,
  RecusalBody,
  WrittenBallotBody,
} from '../../../../shared/contracts/council.ts';
import { api, toQueryString } from '../../lib/api.ts';

/** Cache keys; every write invalidates everything under ['council'] and the proposals it moves. */
export const councilKeys = {
  all: ['council'] as const,
  list: (page: number, pageSize: number) => ['council', 'list', page, pageSize] as const,
  meeting: (id: number) => ['council', 'meeting', id] as const,
  units: ['council', 'unit-options'] as const,
  members: (unitId: number | undefined) => ['council', 'member-options', unitId ?? null] as const,
};

export function useMeetings(page: number, pageSize: number) {
  return useQuery({
    queryKey: councilKeys.list(page, pageSize),
    queryFn: ({ signal }) => api.get<MeetingList>(`/council-meetings${toQueryString({ page, pageSize })}`, { signal }),
    placeholderData: (previous) => previous,
  });
}

export function useMeeting(id: number) {
  return useQuery({
    queryKey: councilKeys.meeting(id),
    queryFn: ({ signal }) => api.get<Meeting>(`/council-meetings/${id}`, { signal }),
    // Members vote from their own screens: the "đã bỏ phiếu" count follows without a reload.
    refetchInterval: (query) => (query.state.data?.status === 'open' ? 5000 : false),
  });
}

export function useCouncilUnits(enabled: boolean) {
  return useQuery({
    queryKey: councilKeys.units,
    queryFn: ({ signal }) => api.get<{ items: CouncilUnitOption[] }>('/council-meetings/unit-options', { signal }),
    enabled,
  });
}

export function useMemberOptions(unitId: number | undefined) {
  return useQuery({
    queryKey: councilKeys.members(unitId),
    queryFn: ({ signal }) =>
      api.get<{ items: MemberOption[] }>(`/council-meetings/member-options${toQueryString({ unitId })}`, { signal }),
    enabled: unitId !== undefined,
  });
}

function useCouncilWrite<TVariables>(request: (variables: TVariables) => Promise<Meeting>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (meeting) => {
      queryClient.setQueryData(councilKeys.meeting(meeting.id), meeting);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: councilKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['proposals'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

export function useSaveMeeting(id: number | null) {
  return useCouncilWrite((body: MeetingBody) =>
    id === null
      ? api.post<Meeting>('/council-meetings', body)
      : api.patch<Meeting>(`/council-meetings/${id}`, {
          title: body.title,
          heldOn: body.heldOn,
          location: body.location,
          members: body.members,
        } satisfies MeetingUpdate),
  );
}

export function useRecordAttendance(id: number) {
  return useCouncilWrite((body: AttendanceBody) => api.post<Meeting>(`/council-meetings/${id}/attendance`, body));
}

export function useOpenMeeting(id: number) {
  return useCouncilWrite(() => api.post<Meeting>(`/council-meetings/${id}/open`, {}));
}

export function useAddRecusal(id: number) {
  return useCouncilWrite((body: RecusalBody) => api.post<Meeting>(`/council-meetings/${id}/recusals`, body));
}

export function useCastBallot(id: number) {
  return useCouncilWrite((body: BallotBody) => api.post<Meeting>(`/council-meetings/${id}/ballots`, body));
}

export function useRecordWrittenBallot(id: number) {
  return useCouncilWrite((body: WrittenBallotBody) =>
    api.post<Meeting>(`/council-meetings/${id}/written-ballots`, body),
  );
}

export function useCloseMeeting(id: number) {
  return useCouncilWrite(() => api.post<Meeting>(`/council-meetings/${id}/close`, {}));
}
