import type {
  CommentAnswer,
  ConsultationStatus,
  DocumentVersionStatus,
  DocumentVisibility,
  RuleDocumentKind,
} from '@gongzhi/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const VERSION_COLORS: Record<DocumentVersionStatus, string> = {
  draft: 'default',
  in_consultation: 'processing',
  published: 'success',
  superseded: 'default',
};
const VISIBILITY_COLORS: Record<DocumentVisibility, string> = { public: 'green', members: 'blue', internal: 'default' };
const ANSWER_COLORS: Record<CommentAnswer, string> = {
  adopted: 'success',
  partly_adopted: 'warning',
  not_adopted: 'default',
};

/** Status words are always written out: colour only repeats them. */
export function VersionStatusTag({ status, testId }: { status: DocumentVersionStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={VERSION_COLORS[status]} data-testid={testId}>
      {t(`rulesConsole.enums.versionStatus.${status}`)}
    </Tag>
  );
}

export function VisibilityTag({ visibility }: { visibility: DocumentVisibility }) {
  const { t } = useTranslation();
  return <Tag color={VISIBILITY_COLORS[visibility]}>{t(`rulesConsole.enums.visibility.${visibility}`)}</Tag>;
}

export function KindTag({ kind }: { kind: RuleDocumentKind }) {
  const { t } = useTranslation();
  return <Tag>{t(`rulesConsole.enums.kind.${kind}`)}</Tag>;
}

export function ConsultationStatusTag({ status, testId }: { status: ConsultationStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'open' ? 'processing' : 'default'} data-testid={testId}>
      {t(`rulesConsole.enums.consultationStatus.${status}`)}
    </Tag>
  );
}

export function AnswerTag({ answer }: { answer: CommentAnswer | null }) {
  const { t } = useTranslation();
  if (!answer) return <Tag color="warning">{t('rulesConsole.consultation.unanswered')}</Tag>;
  return <Tag color={ANSWER_COLORS[answer]}>{t(`rulesConsole.enums.answer.${answer}`)}</Tag>;
}
