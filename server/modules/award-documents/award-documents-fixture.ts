// Vietnamese sample data for the renderers' tests: a decision of Công đoàn Y tế Việt Nam with collectives and
// people (one name typed in NFD, as some keyboards send it), its cover letter and its council's minutes.
import type { CoverLetterData, DecisionData, MinutesData, RecipientLine } from './award-document-data.ts';

export const BK_CDYTVN = 'Bằng khen của Ban Chấp hành Công đoàn Y tế Việt Nam';

export const SAMPLE_RECIPIENTS: RecipientLine[] = [
  {
    kind: 'individual',
    name: 'ThS.BSCKII. Nguyễn Thị Thu Hà',
    unit: 'Trưởng khoa Hồi sức tích cực, Công đoàn Bệnh viện Bạch Mai',
    awardName: BK_CDYTVN,
  },
  {
    kind: 'collective',
    name: 'Công đoàn bộ phận Khoa Nội',
    unit: 'Công đoàn Bệnh viện Bạch Mai',
    awardName: BK_CDYTVN,
  },
  {
    kind: 'individual',
    name: 'Đặng Thị Hòa'.normalize('NFD'),
    unit: 'Điều dưỡng, Công đoàn Bệnh viện Bạch Mai',
    awardName: BK_CDYTVN,
  },
  {
    kind: 'individual',
    name: 'GS.TS. Phạm Thanh Bình',
    unit: 'Công đoàn Bệnh viện Hữu nghị Việt Đức',
    awardName: BK_CDYTVN,
  },
  {
    kind: 'collective',
    name: 'Công đoàn Trung tâm Y tế huyện Thủy Nguyên',
    unit: 'Công đoàn ngành Y tế Hải Phòng',
    awardName: BK_CDYTVN,
  },
];

export const SAMPLE_DECISION: DecisionData = {
  issuer: { parentBody: 'Tổng Liên đoàn Lao động Việt Nam', name: 'Công đoàn Y tế Việt Nam', place: 'Hà Nội' },
  number: '45/QĐ-CĐYT',
  date: '2025-12-17',
  year: 2025,
  signerTitle: 'Chủ tịch',
  signerName: 'Phạm Thanh Bình',
  councilDates: ['2025-12-10'],
  proposals: [
    { proposer: 'Công đoàn Bệnh viện Bạch Mai', coverLetterNo: '12/TTr-CĐBM', coverLetterDate: '2025-11-28' },
  ],
  achievement: 'đã có thành tích xuất sắc trong phong trào thi đua năm 2025',
  recipients: SAMPLE_RECIPIENTS,
  revoked: null,
};

export const SAMPLE_COVER_LETTER: CoverLetterData = {
  proposer: { parentBody: 'Công đoàn Y tế Việt Nam', name: 'Công đoàn Bệnh viện Bạch Mai', place: 'Hà Nội' },
  decider: 'Công đoàn Y tế Việt Nam',
  number: '12/TTr-CĐBM',
  date: '2025-11-28',
  title: 'thành tích năm 2025',
  year: 2025,
  items: SAMPLE_RECIPIENTS.slice(0, 3).map((line, i) => ({
    ...line,
    achievementSummary:
      i === 0
        ? 'Chủ trì 02 sáng kiến cải tiến kỹ thuật được công nhận cấp Bộ; hoàn thành xuất sắc nhiệm vụ 3 năm liền.'
        : 'Hoàn thành xuất sắc nhiệm vụ năm 2025.',
  })),
};

export const SAMPLE_MINUTES: MinutesData = {
  council: { parentBody: 'Tổng Liên đoàn Lao động Việt Nam', name: 'Công đoàn Y tế Việt Nam', place: 'Hà Nội' },
  title: 'Xét khen thưởng năm 2025',
  heldOn: '2025-12-10',
  openedAt: '8 giờ 30 phút',
  closedAt: '11 giờ 15 phút',
  location: 'Phòng họp tầng 3, số 138A Giảng Võ, Hà Nội',
  members: [
    { name: 'Phạm Thanh Bình', role: 'chair', present: true },
    { name: 'Hoàng Minh Khôi', role: 'member', present: true },
    { name: 'Lê Đức Đạt', role: 'member', present: false },
    { name: 'Phạm Thị Thủy', role: 'secretary', present: true },
  ],
  recusals: [{ member: 'Phạm Thanh Bình', recipient: 'GS.TS. Phạm Thanh Bình', reason: 'là người được đề nghị' }],
  ballots: { cast: 4, written: 1, writtenBy: ['Lê Đức Đạt'] },
  items: [
    {
      recipient: 'ThS.BSCKII. Nguyễn Thị Thu Hà',
      awardName: BK_CDYTVN,
      proposal: 'Khen thưởng năm 2025',
      yes: 3,
      no: 0,
      abstain: 0,
      eligibleVoters: 3,
      thresholdShare: 0.9,
      denominator: 'of_present',
      passed: true,
    },
    {
      recipient: 'GS.TS. Phạm Thanh Bình',
      awardName: BK_CDYTVN,
      proposal: 'Khen thưởng năm 2025',
      yes: 1,
      no: 1,
      abstain: 0,
      eligibleVoters: 2,
      thresholdShare: 0.9,
      denominator: 'of_present',
      passed: false,
    },
  ],
};
