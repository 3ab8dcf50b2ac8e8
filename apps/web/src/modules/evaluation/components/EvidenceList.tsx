import { LinkOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { EVALUATION_LIMITS, type EvidenceDto } from '@gongzhi/contracts';
import { Alert, App, Button, Flex, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../../lib/errorText';
import { fieldErrorsOf } from '../../../lib/fieldErrors';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { evaluationApi } from '../api/evaluation.api';
import { useUploadEvidence } from '../hooks/useAssessments';
import { evidenceHref, formatSize, linkTargetOf } from './links';

/** What the server keeps as evidence (it checks the content, not the name): PDF, images, Office files, ZIP. */
const EVIDENCE_ACCEPT = EVALUATION_LIMITS.evidenceExtensions.join(',');
const EVIDENCE_MB = EVALUATION_LIMITS.evidenceBytesMax / (1024 * 1024);

interface EvidenceListProps {
  assessmentId: string;
  code: string;
  evidence: readonly EvidenceDto[];
  editable: boolean;
  /** Opens the dialog that links a record or a web address. */
  onLink: (code: string) => void;
}

function EvidenceAnchor({ assessmentId, evidence }: { assessmentId: string; evidence: EvidenceDto }) {
  const href = evidenceHref(evidence, (id) => evaluationApi.evidenceUrl(assessmentId, id));
  const target = linkTargetOf(href);
  if (target === 'console') return <Link to={href}>{evidence.label}</Link>;
  if (target === 'external') {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {evidence.label}
      </a>
    );
  }
  return (
    <a href={href} download={evidence.fileName ?? true}>
      {evidence.label}
    </a>
  );
}

/** The evidence of an indicator: files (uploaded as they are) and links to records or web pages. */
export function EvidenceList({ assessmentId, code, evidence, editable, onLink }: EvidenceListProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { message } = App.useApp();
  const upload = useUploadEvidence(assessmentId);

  return (
    <section data-testid={`evidence-${code}`} aria-label={t('evaluationConsole.indicator.evidence')}>
      <Typography.Title level={5}>{t('evaluationConsole.indicator.evidence')}</Typography.Title>
      {evidence.length === 0 ? (
        <Typography.Text type="secondary">{t('evaluationConsole.indicator.noEvidence')}</Typography.Text>
      ) : (
        <Flex vertical gap={6}>
          {evidence.map((item) => (
            <div key={item.id} data-evidence={item.kind}>
              <Flex gap={6} wrap align="baseline">
                {item.kind === 'file' ? <PaperClipOutlined /> : <LinkOutlined />}
                <EvidenceAnchor assessmentId={assessmentId} evidence={item} />
                {item.recordType && item.recordType !== 'url' ? (
                  <Tag>{t(`evaluationConsole.enums.recordType.${item.recordType}`)}</Tag>
                ) : null}
                {item.kind === 'file' && item.size !== null ? (
                  <Typography.Text type="secondary">{formatSize(item.size)}</Typography.Text>
                ) : null}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('evaluationConsole.indicator.addedBy', {
                  user: item.createdBy,
                  time: formatDateTime(item.createdAt, locale),
                })}
              </Typography.Text>
            </div>
          ))}
        </Flex>
      )}
      {upload.error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={
            fieldErrorsOf(upload.error)
              .map((field) => field.message)
              .join(t('common.listSeparator')) || errorText(upload.error, t)
          }
          closable={{ onClose: () => upload.reset() }}
        />
      ) : null}
      {editable ? (
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <Upload
            accept={EVIDENCE_ACCEPT}
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending}
            beforeUpload={(file) => {
              if (file.size > EVIDENCE_MB * 1024 * 1024) {
                void message.error(t('evaluationConsole.indicator.tooLarge', { size: EVIDENCE_MB }));
                return false;
              }
              upload.mutate(
                { code, file },
                {
                  onSuccess: () => void message.success(t('evaluationConsole.indicator.uploaded', { name: file.name })),
                },
              );
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid={`evidence-upload-${code}`}>
              {t('evaluationConsole.indicator.upload')}
            </Button>
          </Upload>
          <Button icon={<LinkOutlined />} onClick={() => onLink(code)} data-testid={`evidence-link-${code}`}>
            {t('evaluationConsole.indicator.link')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12, flexBasis: '100%' }}>
            {t('evaluationConsole.indicator.uploadHint', { size: EVIDENCE_MB })}
          </Typography.Text>
        </Flex>
      ) : null}
    </section>
  );
}
