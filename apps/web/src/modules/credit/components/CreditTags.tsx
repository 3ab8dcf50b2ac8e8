import type {
  CommitmentStatus,
  CreditMeasureList,
  CreditMeasureStatus,
  CreditModelStatus,
  CreditObjectionStatus,
  CreditPolarity,
  CreditRecordStatus,
  CreditRecordType,
  CreditRepairStatus,
  CreditRunKind,
  CreditRunStatus,
  CreditSeverity,
  CreditWarningLevel,
  CreditWarningStatus,
} from '@gongzhi/contracts';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

const RECORD_STATUS_COLORS: Record<CreditRecordStatus, string> = {
  draft: 'default',
  confirmed: 'blue',
  published: 'success',
  objected: 'orange',
  corrected: 'purple',
  revoked: 'default',
  repaired: 'cyan',
};

export function CreditRecordStatusTag({ status }: { status: CreditRecordStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={RECORD_STATUS_COLORS[status]} data-status={status}>
      {t(`creditConsole.enums.recordStatus.${status}`)}
    </Tag>
  );
}

export function CreditRecordTypeTag({ type }: { type: CreditRecordType }) {
  const { t } = useTranslation();
  return <Tag variant="outlined">{t(`creditConsole.enums.recordType.${type}`)}</Tag>;
}

const SEVERITY_COLORS: Record<CreditSeverity, string> = { minor: 'default', general: 'gold', serious: 'volcano' };

export function CreditSeverityTag({ severity }: { severity: CreditSeverity }) {
  const { t } = useTranslation();
  return <Tag color={SEVERITY_COLORS[severity]}>{t(`creditConsole.enums.severity.${severity}`)}</Tag>;
}

const POLARITY_COLORS: Record<CreditPolarity, string> = { positive: 'green', negative: 'red', neutral: 'default' };

export function CreditPolarityTag({ polarity }: { polarity: CreditPolarity }) {
  const { t } = useTranslation();
  return <Tag color={POLARITY_COLORS[polarity]}>{t(`creditConsole.enums.polarity.${polarity}`)}</Tag>;
}

/** Colours for the usual grade codes (A best … D worst); other codes are shown plainly. */
const GRADE_COLORS: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

/** A grade code, with its label (in the user's language) as a tooltip or next to it. */
export function CreditGradeTag({
  grade,
  label,
  showLabel = false,
}: {
  grade: string;
  label?: string;
  showLabel?: boolean;
}) {
  const color = GRADE_COLORS[grade.charAt(0).toUpperCase()] ?? 'default';
  const tag = (
    <Tag color={color} style={{ fontWeight: 600 }} data-grade={grade}>
      {showLabel && label ? label : grade}
    </Tag>
  );
  return label && !showLabel ? <Tooltip title={label}>{tag}</Tooltip> : tag;
}

const LEVEL_COLORS: Record<CreditWarningLevel, string> = { yellow: 'gold', orange: 'orange', red: 'red' };

export function CreditWarningLevelTag({ level }: { level: CreditWarningLevel }) {
  const { t } = useTranslation();
  return <Tag color={LEVEL_COLORS[level]}>{t(`creditConsole.enums.warningLevel.${level}`)}</Tag>;
}

const WARNING_STATUS_COLORS: Record<CreditWarningStatus, string> = {
  issued: 'gold',
  published: 'success',
  lifted: 'default',
};

export function CreditWarningStatusTag({ status }: { status: CreditWarningStatus }) {
  const { t } = useTranslation();
  return <Tag color={WARNING_STATUS_COLORS[status]}>{t(`creditConsole.enums.warningStatus.${status}`)}</Tag>;
}

const CASE_COLORS: Record<string, string> = {
  open: 'gold',
  upheld: 'success',
  approved: 'success',
  rejected: 'default',
};

export function CreditObjectionStatusTag({ status }: { status: CreditObjectionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={CASE_COLORS[status]} data-status={status}>
      {t(`creditConsole.enums.objectionStatus.${status}`)}
    </Tag>
  );
}

export function CreditRepairStatusTag({ status }: { status: CreditRepairStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={CASE_COLORS[status]} data-status={status}>
      {t(`creditConsole.enums.repairStatus.${status}`)}
    </Tag>
  );
}

const RUN_STATUS_COLORS: Record<CreditRunStatus, string> = {
  completed: 'blue',
  failed: 'error',
  published: 'success',
  superseded: 'default',
};

export function CreditRunTags({ kind, status }: { kind: CreditRunKind; status: CreditRunStatus }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag variant="outlined" color={kind === 'preview' ? 'purple' : undefined}>
        {t(`creditConsole.enums.runKind.${kind}`)}
      </Tag>
      <Tag color={RUN_STATUS_COLORS[status]} data-status={status}>
        {t(`creditConsole.enums.runStatus.${status}`)}
      </Tag>
    </>
  );
}

const MODEL_STATUS_COLORS: Record<CreditModelStatus, string> = {
  draft: 'default',
  active: 'success',
  retired: 'default',
};

export function CreditModelStatusTag({ status }: { status: CreditModelStatus }) {
  const { t } = useTranslation();
  return <Tag color={MODEL_STATUS_COLORS[status]}>{t(`creditConsole.enums.modelStatus.${status}`)}</Tag>;
}

export function CreditMeasureListTag({ list }: { list: CreditMeasureList }) {
  const { t } = useTranslation();
  return <Tag color={list === 'red' ? 'red' : 'default'}>{t(`creditConsole.enums.measureList.${list}`)}</Tag>;
}

export function CreditMeasureStatusTag({ status }: { status: CreditMeasureStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'active' ? 'processing' : 'default'}>{t(`creditConsole.enums.measureStatus.${status}`)}</Tag>
  );
}

const COMMITMENT_COLORS: Record<CommitmentStatus, string> = {
  active: 'success',
  withdrawn: 'default',
  broken: 'error',
  expired: 'default',
};

export function CommitmentStatusTag({ status }: { status: CommitmentStatus }) {
  const { t } = useTranslation();
  return <Tag color={COMMITMENT_COLORS[status]}>{t(`creditConsole.enums.commitmentStatus.${status}`)}</Tag>;
}

const MOVEMENT_COLORS = { up: 'green', down: 'red', same: 'default', new: 'blue' } as const;

export function CreditMovementTag({ movement }: { movement: keyof typeof MOVEMENT_COLORS }) {
  const { t } = useTranslation();
  const arrow = movement === 'up' ? '↑ ' : movement === 'down' ? '↓ ' : '';
  return (
    <Tag color={MOVEMENT_COLORS[movement]}>
      {arrow}
      {t(`creditConsole.enums.movement.${movement}`)}
    </Tag>
  );
}
