// The Vietnamese and English words the engine's reasons are made of.
import type {
  AchievementKind,
  DisciplineLevel,
  ProfileKey,
  Rating,
  RecipientKind,
  RecognitionLevel,
  ServiceTrack,
  StudyResult,
} from '../../../../shared/contracts/emulation.ts';

type Label = { vi: string; en: string };

export const ratingLabels: Record<Rating, Label> = {
  not_completed: { vi: 'Không hoàn thành nhiệm vụ', en: 'did not complete duties' },
  completed: { vi: 'Hoàn thành nhiệm vụ', en: 'completed duties' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'completed duties well' },
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'completed duties excellently' },
};

export const recognitionLevelLabels: Record<RecognitionLevel, Label> = {
  grassroots: { vi: 'cấp cơ sở', en: 'grassroots level' },
  ministry_province: { vi: 'cấp Bộ, ngành, tỉnh', en: 'ministry or province level' },
  national: { vi: 'toàn quốc', en: 'national scope' },
};

export const disciplineLabels: Record<DisciplineLevel, Label> = {
  reprimand: { vi: 'Khiển trách', en: 'reprimand' },
  warning: { vi: 'Cảnh cáo', en: 'warning' },
  salary_reduction: { vi: 'Hạ bậc lương', en: 'salary reduction' },
  demotion: { vi: 'Giáng chức', en: 'demotion' },
  removal_from_post: { vi: 'Cách chức', en: 'removal from post' },
  dismissal: { vi: 'Buộc thôi việc', en: 'dismissal' },
};

export const studyResultLabels: Record<StudyResult, Label> = {
  weak: { vi: 'Yếu', en: 'weak' },
  average: { vi: 'Trung bình', en: 'average' },
  above_average: { vi: 'Trung bình khá', en: 'above average' },
  good: { vi: 'Khá', en: 'good' },
  very_good: { vi: 'Giỏi', en: 'very good' },
  excellent: { vi: 'Xuất sắc', en: 'excellent' },
};

/** Noun and the verb of its recognition: "sáng kiến được công nhận", "đề tài khoa học được nghiệm thu". */
export const achievementLabels: Record<AchievementKind, { vi: string; viVerb: string; en: string; enVerb: string }> = {
  initiative: { vi: 'sáng kiến', viVerb: 'được công nhận', en: 'initiative', enVerb: 'recognised' },
  research: { vi: 'đề tài khoa học', viVerb: 'được nghiệm thu', en: 'research project', enVerb: 'accepted' },
  work_product: { vi: 'công trình, sản phẩm', viVerb: 'được công nhận', en: 'work or product', enVerb: 'recognised' },
  combat_solution: {
    vi: 'giải pháp mưu trí, sáng tạo trong chiến đấu',
    viVerb: 'được công nhận',
    en: 'combat solution',
    enVerb: 'recognised',
  },
};

export const recipientKindLabels: Record<RecipientKind, Label> = {
  individual: { vi: 'cá nhân', en: 'individuals' },
  collective: { vi: 'tập thể', en: 'collectives' },
  household: { vi: 'hộ gia đình', en: 'households' },
};

export const serviceTrackLabels: Record<ServiceTrack, Label> = {
  union_full_time: { vi: 'công tác công đoàn chuyên trách', en: 'full-time union work' },
  union_part_time: { vi: 'công tác công đoàn không chuyên trách (hệ số 1,5)', en: 'part-time union work' },
  union_part_time_non_state: {
    vi: 'công đoàn không chuyên trách tại doanh nghiệp ngoài nhà nước (hệ số 2)',
    en: 'part-time union work in a non-state enterprise',
  },
  union_service_unit: { vi: 'công tác tại đơn vị sự nghiệp của Công đoàn', en: 'work in a union service unit' },
  union_enterprise_manager: { vi: 'quản lý doanh nghiệp của Công đoàn', en: 'managing a union enterprise' },
  health_sector: { vi: 'công tác trong ngành y tế', en: 'health-sector service' },
  position_head: { vi: 'giữ chức vụ cấp trưởng', en: 'service as head' },
  position_deputy_head: { vi: 'giữ chức vụ cấp phó', en: 'service as deputy head' },
};

/** Each profile fact and how its values read. */
export const profileLabels: Record<ProfileKey, { vi: string; en: string; values: Record<string, Label> }> = {
  gender: {
    vi: 'Giới tính',
    en: 'Gender',
    values: { male: { vi: 'Nam', en: 'male' }, female: { vi: 'Nữ', en: 'female' } },
  },
  isUnionMember: yesNo('Là đoàn viên công đoàn', 'Union member'),
  isUnionCadre: yesNo('Là cán bộ công đoàn', 'Union cadre'),
  unionCadreLevel: {
    vi: 'Cấp cán bộ công đoàn',
    en: 'Union cadre level',
    values: {
      grassroots: { vi: 'cơ sở', en: 'grassroots' },
      direct_upper: { vi: 'cấp trên trực tiếp cơ sở', en: 'directly above grassroots' },
      provincial_or_higher: { vi: 'tỉnh, ngành, Tổng Liên đoàn', en: 'provincial, sector or VGCL' },
    },
  },
  educationLevel: {
    vi: 'Trình độ',
    en: 'Education',
    values: {
      college_or_below: { vi: 'cao đẳng trở xuống', en: 'college or below' },
      university_or_higher: { vi: 'đại học trở lên', en: 'university or higher' },
    },
  },
  holdsLeadershipPost: yesNo('Giữ chức vụ lãnh đạo', 'Holds a leadership post'),
  isDirectProductionWorker: yesNo('Là lao động trực tiếp', 'Direct production worker'),
  isInUnionStaff: yesNo('Là cán bộ, người lao động trong hệ thống công đoàn', 'Works inside the union system'),
};

function yesNo(vi: string, en: string) {
  return { vi, en, values: { true: { vi: 'có', en: 'yes' }, false: { vi: 'không', en: 'no' } } };
}
