import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type CommitmentKind,
  type CommitmentStatus,
  CREDIT_INCENTIVES,
  CREDIT_MEASURE_KINDS,
  CREDIT_MEASURE_LISTS,
  CREDIT_MEASURE_STATUSES,
  CREDIT_POLARITIES,
  CREDIT_RECORD_STATUSES,
  CREDIT_RECORD_TYPES,
  CREDIT_SEVERITIES,
  CREDIT_WARNING_STATUSES,
  type CreditMeasureKind,
  type CreditMeasureList,
  type CreditMeasureStatus,
  type CreditPolarity,
  type CreditRecordStatus,
  type CreditRecordType,
  type CreditSeverity,
  type CreditWarningStatus,
} from '@gongzhi/contracts';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnumSelect, type EnumSelectProps } from '../../../ui/EnumSelect';

export function CreditRecordTypeSelect(props: EnumSelectProps<CreditRecordType>) {
  const { t } = useTranslation();
  return (
    <EnumSelect
      {...props}
      values={CREDIT_RECORD_TYPES}
      label={(value) => t(`creditConsole.enums.recordType.${value}`)}
    />
  );
}

export function CreditSeveritySelect(props: EnumSelectProps<CreditSeverity>) {
  const { t } = useTranslation();
  return (
    <EnumSelect {...props} values={CREDIT_SEVERITIES} label={(value) => t(`creditConsole.enums.severity.${value}`)} />
  );
}

export function CreditPolaritySelect(props: EnumSelectProps<CreditPolarity>) {
  const { t } = useTranslation();
  return (
    <EnumSelect {...props} values={CREDIT_POLARITIES} label={(value) => t(`creditConsole.enums.polarity.${value}`)} />
  );
}

export function CreditRecordStatusSelect(props: EnumSelectProps<CreditRecordStatus>) {
  const { t } = useTranslation();
  return (
    <EnumSelect
      {...props}
      values={CREDIT_RECORD_STATUSES}
      label={(value) => t(`creditConsole.enums.recordStatus.${value}`)}
    />
  );
}

export function CreditWarningStatusSelect(props: EnumSelectProps<CreditWarningStatus>) {
  const { t } = useTranslation();
  return (
    <EnumSelect
      {...props}
      values={CREDIT_WARNING_STATUSES}
      label={(value) => t(`creditConsole.enums.warningStatus.${value}`)}
    />
  );
}

export function CreditMeasureListSelect(props: EnumSelectProps<CreditMeasureList>) {
  const { t } = useTranslation();
  return (
    <EnumSelect
      {...props}
      values={CREDIT_MEASURE_LISTS}
      label={(value) => t(`creditConsole.enums.measureList.${value}`)}
    />
  );
}

export function CreditMeasureStatusSelect(props: EnumSelectProps<CreditMeasureStatus>) {
  const { t } = useTranslation();
  return (
    <EnumSelect
      {...props}
      values={CREDIT_MEASURE_STATUSES}
      label={(value) => t(`creditConsole.enums.measureStatus.${value}`)}
    />
  );
}

/** Measures grouped by list: incentives (red) first, then constraints (black). */
export function CreditMeasureKindSelect({ value, ...props }: EnumSelectProps<CreditMeasureKind>) {
  const { t } = useTranslation();
  const option = (kind: CreditMeasureKind) => ({ value: kind, label: t(`creditConsole.enums.measureKind.${kind}`) });
  return (
    <Select<CreditMeasureKind>
      {...props}
      value={value ?? undefined}
      options={[
        { label: t('creditConsole.enums.measureList.red'), options: CREDIT_INCENTIVES.map(option) },
        {
          label: t('creditConsole.enums.measureList.black'),
          options: CREDIT_MEASURE_KINDS.filter((kind) => !CREDIT_INCENTIVES.includes(kind)).map(option),
        },
      ]}
    />
  );
}

export function CommitmentKindSelect(props: EnumSelectProps<CommitmentKind>) {
  const { t } = useTranslation();
  return (
    <EnumSelect
      {...props}
      values={COMMITMENT_KINDS}
      label={(value) => t(`creditConsole.enums.commitmentKind.${value}`)}
    />
  );
}

export function CommitmentStatusSelect(props: EnumSelectProps<CommitmentStatus>) {
  const { t } = useTranslation();
  return (
    <EnumSelect
      {...props}
      values={COMMITMENT_STATUSES}
      label={(value) => t(`creditConsole.enums.commitmentStatus.${value}`)}
    />
  );
}
