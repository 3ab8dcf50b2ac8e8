import { describe, expect, it } from 'vitest';
import { factLabel, factModuleName, formatDay, formatFactValue, formatScore, metricLabel } from './factFormat';

describe('fact words', () => {
  it('names facts, modules and metrics from the catalogue, the key when it is unknown', () => {
    expect(factLabel('complaints.handling', 'zh-CN')).toBe('消费投诉与纠纷处理');
    expect(factLabel('complaints.handling', 'en-US')).toBe('Complaints and disputes handled');
    expect(factLabel('no.such', 'en-US')).toBe('no.such');
    expect(factModuleName('workspace', 'zh-CN')).toContain('协会工作台');
    expect(factModuleName('later', 'zh-CN')).toBe('later');
    expect(metricLabel('complaints.on_time_rate', 'zh-CN')).toBe('按时办结率');
    expect(metricLabel('toString', 'zh-CN')).toBe('toString');
  });
});

describe('formatFactValue', () => {
  it('formats by the unit: counts, shares as percentages, scores, dates, text', () => {
    expect(formatFactValue('complaints.received', 1234, 'en-US')).toBe('1,234');
    expect(formatFactValue('complaints.on_time_rate', 0.925, 'zh-CN')).toBe('92.5%');
    expect(formatFactValue('complaints.on_time_rate', 1, 'en-US')).toBe('100%');
    expect(formatFactValue('satisfaction.average', 4.256, 'zh-CN')).toBe('4.26');
    expect(formatFactValue('audit.last_event', '2026-03-05', 'en-US')).toBe('2026-03-05');
    expect(formatFactValue('audit.last_event', '2026-03-05T18:00:00Z', 'zh-CN')).toBe('2026-03-06');
    expect(formatFactValue('unknown.metric', 'text', 'zh-CN')).toBe('text');
    expect(formatFactValue('unknown.metric', 2.5, 'zh-CN')).toBe('2.5');
  });

  it('never turns a missing value into a number', () => {
    expect(formatFactValue('complaints.on_time_rate', null, 'zh-CN')).toBeNull();
    expect(formatFactValue('complaints.received', null, 'zh-CN')).toBeNull();
    expect(formatFactValue('audit.last_event', '', 'zh-CN')).toBeNull();
  });

  it('shows days and scores', () => {
    expect(formatDay('not a date')).toBe('not a date');
    expect(formatScore(82.46, 'zh-CN')).toBe('82.5');
    expect(formatScore(null, 'zh-CN')).toBeNull();
  });
});
