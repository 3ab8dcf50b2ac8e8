import { Card, Col, Flex, Row, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildConsoleNav } from '../../app/layouts/consoleNav';
import { useCurrentUser } from '../../modules/auth/hooks/currentUser';
import { KindTag } from '../../modules/organisation/components/KindTag';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function DashboardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const nav = useMemo(() => buildConsoleNav(me), [me]);
  const links = nav.sections.flatMap((section) => section.items);

  return (
    <>
      <PageHeader title={t('dashboard.welcome', { name: me.user.displayName })} subtitle={t('dashboard.lead')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('dashboard.myOrganisations')}>
            {me.organisations.length === 0 ? (
              <EmptyState description={t('dashboard.noOrganisation')} />
            ) : (
              <Flex vertical gap={12}>
                {me.organisations.map((organisation) => (
                  <Flex
                    key={organisation.id}
                    justify="space-between"
                    align="center"
                    gap={8}
                    wrap
                    style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
                  >
                    <Flex gap={8} align="center" wrap>
                      <Typography.Text strong>{organisation.name}</Typography.Text>
                      <KindTag kind={organisation.kind} />
                    </Flex>
                    <Space size={16}>
                      <Link to={`/console/organisations/${organisation.id}`}>{t('dashboard.openOrganisation')}</Link>
                      {organisation.kind === 'industry_organisation' && me.permissions.includes('membership.read') ? (
                        <Link to={`/console/associations/${organisation.id}/members`}>
                          {t('dashboard.openMembers')}
                        </Link>
                      ) : null}
                    </Space>
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('dashboard.quickLinks')}>
            <Row gutter={[12, 12]}>
              {links.map((item) => (
                <Col key={item.key} xs={12}>
                  <Link to={item.path}>
                    <Card size="small" hoverable>
                      <Flex gap={8} align="center">
                        {item.icon}
                        <span>{t(item.label)}</span>
                      </Flex>
                    </Card>
                  </Link>
                </Col>
              ))}
              <Col xs={12}>
                <Link to="/console/account">
                  <Card size="small" hoverable>
                    {t('nav.account')}
                  </Card>
                </Link>
              </Col>
            </Row>
          </Card>
        </Col>
      </Row>
    </>
  );
}
