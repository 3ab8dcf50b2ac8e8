import type { OrganisationDto } from '@gongzhi/contracts';
import { Descriptions, type DescriptionsProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { StatusTag } from '../../../ui/StatusTag';
import { KindTag } from './KindTag';

export function OrganisationDescriptions({ organisation }: { organisation: OrganisationDto }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const none = t('common.none');
  const items: DescriptionsProps['items'] = [
    { key: 'kind', label: t('organisation.fields.kind'), children: <KindTag kind={organisation.kind} /> },
    {
      key: 'creditCode',
      label: t('organisation.fields.creditCode'),
      children: (
        <span>
          <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
            {organisation.creditCode}
          </Typography.Text>
          {organisation.creditCodeOverride ? (
            <Tag style={{ marginLeft: 8 }}>{t('organisation.creditCodeOverridden')}</Tag>
          ) : null}
        </span>
      ),
    },
    { key: 'nameEn', label: t('organisation.fields.nameEn'), children: organisation.nameEn ?? none },
    {
      key: 'region',
      label: t('organisation.fields.regionCode'),
      children: organisation.regionName
        ? t('common.withCode', { name: organisation.regionName, code: organisation.regionCode })
        : organisation.regionCode,
    },
    {
      key: 'industry',
      label: t('organisation.fields.industryCode'),
      children: organisation.industryCode
        ? t('common.withCode', { name: organisation.industryName ?? '', code: organisation.industryCode })
        : none,
    },
    { key: 'address', label: t('organisation.fields.address'), children: organisation.address ?? none },
    { key: 'contactPhone', label: t('organisation.fields.contactPhone'), children: organisation.contactPhone ?? none },
    {
      key: 'website',
      label: t('organisation.fields.website'),
      children: organisation.website ? (
        <a href={organisation.website} target="_blank" rel="noopener noreferrer nofollow">
          {organisation.website}
        </a>
      ) : (
        none
      ),
    },
    {
      key: 'published',
      label: t('organisation.fields.published'),
      children: organisation.published ? t('common.yes') : t('common.no'),
    },
    {
      key: 'status',
      label: t('organisation.fields.status'),
      children: <StatusTag kind="organisation" value={organisation.status} />,
    },
    { key: 'createdAt', label: t('organisation.createdAt'), children: formatDateTime(organisation.createdAt, locale) },
    { key: 'updatedAt', label: t('organisation.updatedAt'), children: formatDateTime(organisation.updatedAt, locale) },
    {
      key: 'description',
      label: t('organisation.fields.description'),
      span: 'filled',
      children: organisation.description ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {organisation.description}
        </Typography.Paragraph>
      ) : (
        none
      ),
    },
  ];
  return <Descriptions bordered column={{ xs: 1, md: 2 }} items={items} size="middle" />;
}
