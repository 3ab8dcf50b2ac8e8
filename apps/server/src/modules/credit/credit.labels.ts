/**
 * Words for credit values in exports and stored titles, zh-CN and en-US: the enum labels are the
 * shared ones in @gongzhi/contracts (the web app shows the same words); the rest only exports need.
 */
import { type CommitmentKind, CREDIT_ENUM_LABELS, type CreditEnumLabels, type Locale } from '@gongzhi/contracts';

type ContributionKind = 'base' | 'record' | 'clamp';

export interface CreditLabels extends CreditEnumLabels {
  contribution: Record<ContributionKind, string>;
  yes: string;
  no: string;
  /** `{kind}` is the commitment kind's label. */
  brokenCommitmentTitle: string;
}

export const CREDIT_LABELS: Record<Locale, CreditLabels> = {
  'zh-CN': {
    ...CREDIT_ENUM_LABELS['zh-CN'],
    contribution: { base: '基础分', record: '信用信息', clamp: '分值上下限调整' },
    yes: '是',
    no: '否',
    brokenCommitmentTitle: '未履行{kind}',
  },
  'en-US': {
    ...CREDIT_ENUM_LABELS['en-US'],
    contribution: { base: 'Base score', record: 'Credit record', clamp: 'Score range limit' },
    yes: 'Yes',
    no: 'No',
    brokenCommitmentTitle: 'Broke its {kind}',
  },
};

/**
 * The title of the credit record a broken commitment becomes. Stored once, in the archive's
 * language (zh-CN by default), like any title an association types.
 */
export function brokenCommitmentTitle(kind: CommitmentKind, locale: Locale = 'zh-CN'): string {
  const labels = CREDIT_LABELS[locale];
  const label = locale === 'en-US' ? labels.commitmentKind[kind].toLowerCase() : labels.commitmentKind[kind];
  return labels.brokenCommitmentTitle.replace('{kind}', label);
}
