// The scoring hooks: the movements to score, one movement's board, a sheet and its steps, the rankings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MovementRankings,
  ReviewScoresBody,
  ScoreBoard,
  ScoreSheet,
  ScoringMovement,
  SelfScoresBody,
} from '../../../../shared/contracts/movement-scores.ts';
import { api } from '../../lib/api.ts';

/** Cache keys; every write invalidates everything under ['scoring']. */
export const scoringKeys = {
  all: ['scoring'] as const,
  movements: ['scoring', 'movements'] as const,
  board: (movementId: number) => ['scoring', 'board', movementId] as const,
  sheet: (movementId: number, unitId: number) => ['scoring', 'sheet', movementId, unitId] as const,
  rankings: (movementId: number) => ['scoring', 'rankings', movementId] as const,
};

const base = (movementId: number) => `/scoring/movements/${movementId}`;
const sheetPath = (movementId: number, unitId: number) => `${base(movementId)}/units/${unitId}`;

/** Where a criterion's evidence file downloads from. */
export const evidenceUrl = (movementId: number, unitId: number, criterionId: number) =>
  `/api/v1${sheetPath(movementId, unitId)}/criteria/${criterionId}/evidence`;

export function useScoringMovements() {
  return useQuery({
    queryKey: scoringKeys.movements,
    queryFn: ({ signal }) => api.get<{ items: ScoringMovement[] }>('/scoring/movements', { signal }),
  });
}

export function useScoreBoard(movementId: number) {
  return useQuery({
    queryKey: scoringKeys.board(movementId),
    queryFn: ({ signal }) => api.get<ScoreBoard>(base(movementId), { signal }),
  });
}

export function useScoreSheet(movementId: number, unitId: number) {
  return useQuery({
    queryKey: scoringKeys.sheet(movementId, unitId),
    queryFn: ({ signal }) => api.get<ScoreSheet>(sheetPath(movementId, unitId), { signal }),
  });
}

export function useMovementRankings(movementId: number) {
  return useQuery({
    queryKey: scoringKeys.rankings(movementId),
    queryFn: ({ signal }) => api.get<MovementRankings>(`${base(movementId)}/rankings`, { signal }),
  });
}

function useScoringWrite<TVariables, TResult>(request: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: scoringKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

/** Every step of one sheet: the unit's save and submit, the reviewer's save, confirmation and return. */
export function useSheetSteps(movementId: number, unitId: number) {
  const path = sheetPath(movementId, unitId);
  return {
    saveSelf: useScoringWrite((body: SelfScoresBody) => api.put<ScoreSheet>(`${path}/self`, body)),
    submit: useScoringWrite(() => api.post<ScoreSheet>(`${path}/submit`)),
    saveReview: useScoringWrite((body: ReviewScoresBody) => api.put<ScoreSheet>(`${path}/review`, body)),
    markReviewed: useScoringWrite(() => api.post<ScoreSheet>(`${path}/mark-reviewed`)),
    reopen: useScoringWrite((reason: string) => api.post<ScoreSheet>(`${path}/reopen`, { reason })),
  };
}

export function useRankingSteps(movementId: number) {
  return {
    compute: useScoringWrite((clusterId: number) =>
      api.post<MovementRankings>(`${base(movementId)}/rankings/${clusterId}/compute`),
    ),
    publish: useScoringWrite((clusterId: number) =>
      api.post<MovementRankings>(`${base(movementId)}/rankings/${clusterId}/publish`),
    ),
  };
}
