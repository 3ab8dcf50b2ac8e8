import type { SamplingPickDto } from '@gongzhi/contracts';
import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { roundTo } from './samplingWeights';

type Factor = SamplingPickDto['factors'][number];

/** What a factor says about the enterprise, e.g. "信用等级 C", "抽查不合格 2 次", "从未被抽查". */
export function useFactorText(): (factor: Factor) => string {
  const { t } = useTranslation();
  return (factor) => {
    const detail = factor.detail === null ? '' : String(factor.detail);
    if (factor.factor === 'not_checked_recently' && factor.detail === null) {
      return t('riskConsole.sampling.factor.never_checked');
    }
    return t(`riskConsole.sampling.factor.${factor.factor}`, { detail });
  };
}

/** The factors a pick's weight is made of, each with what it added. */
export function SamplingFactors({ pick }: { pick: SamplingPickDto }) {
  const { t } = useTranslation();
  const text = useFactorText();
  return (
    <Flex gap={4} wrap>
      {pick.factors.map((factor) => (
        <Tooltip key={factor.factor} title={t(`riskConsole.enums.samplingFactor.${factor.factor}`)}>
          <Tag color={factor.factor === 'base' ? 'default' : factor.contribution > 0 ? 'orange' : 'default'}>
            {text(factor)} +{roundTo(factor.contribution, 4)}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}
