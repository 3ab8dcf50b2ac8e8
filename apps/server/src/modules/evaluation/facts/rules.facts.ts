/**
 * Facts of the rules module (issue #7): the association's rules in force and their consultations
 * (C3 制度建设, R-RULES-1, R-PRIN-2) and its self-discipline codes (C7, R-DISC-1).
 * A document is "in force" at the end of the period when one of its versions was published by then.
 */
import { type FactLinkDto, SELF_DISCIPLINE_KINDS } from '@gongzhi/contracts';
import { sql } from 'drizzle-orm';
import { pgArray, queryRows } from '../../../kernel/raw-sql.js';
import { type FactContext, ratio, registerFact } from '../evaluation.facts.js';

const num = (v: unknown): number => Number(v ?? 0);
const day = (column: string) => sql.raw(`(${column} AT TIME ZONE 'Asia/Shanghai')::date`);
const LINKED_DOCUMENTS_MAX = 20;

interface InForce {
  id: string;
  title: string;
  kind: string;
  visibility: string;
}

/** The organisation's documents with a version published on or before the period's end. */
function inForce(c: FactContext, kinds?: readonly string[]) {
  return sql`SELECT d.id, d.title, d.kind, d.visibility FROM rule_document d
    WHERE d.organisation_id = ${c.organisationId}::uuid
      ${kinds ? sql`AND d.kind = ANY (${pgArray(kinds)})` : sql``}
      AND EXISTS (SELECT 1 FROM rule_document_version v
                  WHERE v.document_id = d.id AND v.published_at IS NOT NULL
                    AND ${day('v.published_at')} <= ${c.periodEnd}::date)
    ORDER BY d.kind, d.title`;
}

const documentLinks = (rows: InForce[]): FactLinkDto[] =>
  rows.slice(0, LINKED_DOCUMENTS_MAX).map((d) => ({
    recordType: 'rule_document',
    recordId: d.id,
    label: d.title,
    href: `/console/workspace/documents/${d.id}`,
  }));

export function registerRulesFacts(): void {
  registerFact('rules.published', async (tx, c) => {
    const documents = await queryRows<InForce>(tx, inForce(c));
    const [r] = await queryRows<Record<string, unknown>>(
      tx,
      sql`SELECT
            (SELECT count(*) FROM rule_document_version v
              WHERE v.organisation_id = ${c.organisationId}::uuid AND v.published_at IS NOT NULL
                AND ${day('v.published_at')} BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date) AS versions,
            (SELECT count(*) FROM consultation k
              WHERE k.organisation_id = ${c.organisationId}::uuid
                AND ${day('k.opens_at')} BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date) AS consultations,
            (SELECT count(*) FROM consultation_comment m JOIN consultation k ON k.id = m.consultation_id
              WHERE k.organisation_id = ${c.organisationId}::uuid
                AND ${day('k.opens_at')} BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date) AS comments,
            (SELECT count(*) FROM consultation_comment m JOIN consultation k ON k.id = m.consultation_id
              WHERE k.organisation_id = ${c.organisationId}::uuid AND m.answer IS NOT NULL
                AND ${day('k.opens_at')} BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date) AS answered`,
    );
    const comments = num(r?.comments);
    return {
      values: [
        { metric: 'rules.documents', value: documents.length },
        { metric: 'rules.versions_published', value: num(r?.versions) },
        { metric: 'rules.consultations', value: num(r?.consultations) },
        { metric: 'rules.comments', value: comments },
        { metric: 'rules.comments_answered_rate', value: ratio(num(r?.answered), comments) },
      ],
      links: [
        ...documentLinks(documents),
        {
          recordType: 'consultation',
          recordId: null,
          label: 'rules.consultations',
          href: '/console/workspace/consultations',
        },
      ],
    };
  });

  registerFact('rules.self_discipline', async (tx, c) => {
    const documents = await queryRows<InForce>(tx, inForce(c, SELF_DISCIPLINE_KINDS));
    return {
      values: [
        { metric: 'rules.self_discipline_documents', value: documents.length },
        {
          metric: 'rules.self_discipline_public',
          value: documents.filter((d) => d.visibility === 'public').length,
        },
      ],
      links: documentLinks(documents),
    };
  });
}
