import type { CreditPolarity, CreditRecordCreate, CreditRecordType, CreditSeverity } from '@gongzhi/contracts';
import type { Dayjs } from 'dayjs';
import type { PreparedAttachment } from '../../complaint/components/attachmentFiles';
import { blankToNull } from '../../organisation/components/organisationFormValues';
import { toUploads } from './evidence';

/** The server's defaults (domain-facts.md), from contracts: the form shows what the server will fill in. */
export { addDays, addMonths, defaultPolarity, defaultPublicationMonths, defaultPublishUntil } from '@gongzhi/contracts';

/** What the "new record" form holds. */
export interface RecordFormValues {
  enterpriseId: string;
  recordType: CreditRecordType;
  severity: CreditSeverity;
  /** Empty: the default of the type. */
  polarity?: CreditPolarity | null;
  title: string;
  description?: string | null;
  occurredOn: Dayjs;
  sourceName: string;
  /** Empty: the default publication period. */
  publishUntil?: Dayjs | null;
  specialSector?: boolean;
  evidence?: PreparedAttachment[];
}

const DATE = 'YYYY-MM-DD';

/** The create body: optional fields left out when empty, so that the server applies its defaults. */
export function toRecordCreate(associationId: string, values: RecordFormValues): CreditRecordCreate {
  const description = blankToNull(values.description);
  const evidence = toUploads(values.evidence);
  return {
    associationId,
    enterpriseId: values.enterpriseId,
    recordType: values.recordType,
    severity: values.severity,
    ...(values.polarity ? { polarity: values.polarity } : {}),
    title: values.title.trim(),
    ...(description ? { description } : {}),
    occurredOn: values.occurredOn.format(DATE),
    sourceName: values.sourceName.trim(),
    ...(values.publishUntil ? { publishUntil: values.publishUntil.format(DATE) } : {}),
    ...(values.specialSector ? { specialSector: true } : {}),
    ...(evidence.length > 0 ? { evidence } : {}),
  };
}
