import type { AssessmentDto, IndicatorDto, IndicatorScoreDto, MeDto } from '@gongzhi/contracts';
import { Card, Col, Collapse, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { CommentList } from './CommentList';
import { ScoreText } from './EvaluationTags';
import { EvidenceList } from './EvidenceList';
import { FactsPanel } from './FactsPanel';
import { type IndicatorNode, localised } from './indicators';
import { ScoreForm } from './ScoreForm';

/** What every card of the tree needs from the page. */
export interface TreeContext {
  assessment: AssessmentDto;
  me: MeDto;
  canListUsers: boolean;
  /** Opens the dialog that links evidence to an indicator. */
  onLink: (code: string) => void;
}

const NO_SCORE: Omit<IndicatorScoreDto, 'indicatorCode'> = {
  level: null,
  score: null,
  rationale: '',
  assigneeUserId: null,
  assigneeName: null,
  updatedBy: null,
  updatedAt: null,
  version: 1,
};

/** A leaf indicator: its expected results and the platform's facts beside the score, evidence and comments. */
function IndicatorCard({ indicator, context }: { indicator: IndicatorDto; context: TreeContext }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { assessment } = context;
  const code = indicator.code;
  const row = assessment.scores.find((score) => score.indicatorCode === code) ?? { ...NO_SCORE, indicatorCode: code };
  const editable = assessment.can.score;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid={`indicator-${code}`}
      id={`indicator-${code}`}
      data-scored={row.level !== null}
    >
      <Flex justify="space-between" align="baseline" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {code} {localised(indicator.name, locale)}
        </Typography.Title>
        <Flex gap={8} align="baseline">
          <Typography.Text type="secondary">
            {t('evaluationConsole.labelValue', {
              label: t('evaluationConsole.common.weight'),
              value: indicator.weight,
            })}
          </Typography.Text>
          <ScoreText score={row.score} strong />
        </Flex>
      </Flex>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('evaluationConsole.indicator.outcomes')}
          </Typography.Title>
          <ul style={{ marginTop: 0, paddingInlineStart: 20 }} data-testid={`outcomes-${code}`}>
            {indicator.outcomes.map((outcome) => (
              <li key={outcome.zh}>{localised(outcome, locale)}</li>
            ))}
          </ul>
          <FactsPanel code={code} facts={assessment.facts[code] ?? []} />
        </Col>
        <Col xs={24} lg={12}>
          <ScoreForm
            assessmentId={assessment.id}
            code={code}
            row={row}
            scale={assessment.framework.scale}
            editable={editable}
            assessorOrganisationId={assessment.assessorOrganisationId}
            assessors={assessment.assignableUsers}
            me={context.me}
            canListUsers={context.canListUsers}
          />
          <div style={{ marginTop: 16 }}>
            <EvidenceList
              assessmentId={assessment.id}
              code={code}
              evidence={assessment.evidence.filter((item) => item.indicatorCode === code)}
              editable={editable}
              onLink={context.onLink}
            />
          </div>
          <div style={{ marginTop: 16 }}>
            <Typography.Title level={5}>{t('evaluationConsole.indicator.comments')}</Typography.Title>
            <CommentList
              assessmentId={assessment.id}
              code={code}
              comments={assessment.comments.filter((comment) => comment.indicatorCode === code)}
              empty={t('evaluationConsole.indicator.noComments')}
              placeholder={t('evaluationConsole.indicator.commentPlaceholder')}
              collapsed
            />
          </div>
        </Col>
      </Row>
    </Card>
  );
}

interface IndicatorTreeProps {
  nodes: readonly IndicatorNode[];
  context: TreeContext;
  /** The groups shown open. */
  open: ReadonlySet<string>;
  onToggle: (code: string, open: boolean) => void;
}

/**
 * The indicators as the framework nests them (A → B → C): each group folds, with its rolled-up score
 * and how many of its leaves are scored; the leaves are the cards that are scored.
 */
export function IndicatorTree({ nodes, context, open, onToggle }: IndicatorTreeProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (
    <>
      {nodes.map((node) => {
        const { indicator } = node;
        if (node.children.length === 0) {
          return <IndicatorCard key={indicator.code} indicator={indicator} context={context} />;
        }
        const rollup = context.assessment.rollup.find((entry) => entry.code === indicator.code);
        return (
          <Collapse
            key={indicator.code}
            style={{ marginBottom: 12 }}
            size={indicator.depth > 1 ? 'small' : 'middle'}
            activeKey={open.has(indicator.code) ? [indicator.code] : []}
            onChange={(keys) => onToggle(indicator.code, keys.length > 0)}
            data-testid={`group-${indicator.code}`}
            items={[
              {
                key: indicator.code,
                label: (
                  <Typography.Text strong>
                    {indicator.code} {localised(indicator.name, locale)}
                  </Typography.Text>
                ),
                extra: (
                  <Flex gap={8} wrap justify="flex-end" data-testid={`rollup-${indicator.code}`}>
                    <span>
                      <Typography.Text type="secondary">{t('evaluationConsole.common.score')} </Typography.Text>
                      <ScoreText score={rollup?.score ?? null} strong />
                    </span>
                    <Typography.Text type="secondary">
                      {t('evaluationConsole.detail.groupProgress', {
                        scored: rollup?.scoredLeaves ?? 0,
                        total: rollup?.totalLeaves ?? 0,
                      })}
                    </Typography.Text>
                  </Flex>
                ),
                children: <IndicatorTree nodes={node.children} context={context} open={open} onToggle={onToggle} />,
              },
            ]}
          />
        );
      })}
    </>
  );
}
