import type { CreditGradeDto } from '@gongzhi/contracts';
import { Alert, Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime, formatDecimal } from '../../../lib/format';
import { CreditExplanationTable } from './CreditExplanationTable';
import { CreditGradeTag } from './CreditTags';

/** One association's published grade of the enterprise, with the explanation of its score. */
export function CreditGradeCard({ grade, linkRecords = true }: { grade: CreditGradeDto; linkRecords?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (
    <Card title={grade.associationName} data-grade-card={grade.associationId}>
      <Flex gap={32} wrap align="center" style={{ marginBottom: 12 }}>
        <Statistic
          title={t('creditConsole.common.grade')}
          valueRender={() => <CreditGradeTag grade={grade.grade} label={grade.gradeLabel[locale]} showLabel />}
        />
        <Statistic
          title={t('creditConsole.common.score')}
          value={formatDecimal(grade.score, locale, 2) ?? String(grade.score)}
        />
      </Flex>
      <Typography.Paragraph type="secondary">
        {t('creditConsole.archive.asOf', {
          date: grade.asOf,
          version: grade.modelVersion,
          publishedAt: formatDateTime(grade.publishedAt, locale),
        })}
      </Typography.Paragraph>
      {grade.gradeBeforeVeto ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('creditConsole.archive.vetoed', { grade: grade.gradeBeforeVeto })}
        />
      ) : null}
      <Typography.Title level={5}>{t('creditConsole.explanation.title')}</Typography.Title>
      <CreditExplanationTable contributions={grade.contributions} score={grade.score} linkRecords={linkRecords} />
    </Card>
  );
}
