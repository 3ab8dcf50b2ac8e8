import { COMPLAINT_LIMITS } from '@gongzhi/contracts';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AttachmentError,
  type PreparedAttachment,
  prepareAttachment,
} from '../../../modules/complaint/components/attachmentFiles';
import { fieldAria } from './FormField';

interface AttachmentPickerProps {
  id: string;
  value: PreparedAttachment[];
  onChange: (next: PreparedAttachment[]) => void;
  /** True while photos are being resized (the form waits for them). */
  onBusyChange: (busy: boolean) => void;
  error: string | undefined;
}

/** Photos (scaled down and re-encoded on the phone) and PDFs, at most five, each within 5 MB. */
export function AttachmentPicker({ id, value, onChange, onBusyChange, error }: AttachmentPickerProps) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const max = COMPLAINT_LIMITS.attachmentsMax;

  const add = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length === 0) return;
    const room = max - value.length;
    const next: string[] = [];
    if (files.length > room) next.push(t('portal.intake.attachmentProblems.count', { max }));
    setBusy(true);
    onBusyChange(true);
    const added: PreparedAttachment[] = [];
    for (const file of files.slice(0, Math.max(0, room))) {
      try {
        added.push(await prepareAttachment(file));
      } catch (cause) {
        const problem = cause instanceof AttachmentError ? cause.problem : 'decode';
        next.push(t(`portal.intake.attachmentProblems.${problem}`, { name: file.name, max }));
      }
    }
    setBusy(false);
    onBusyChange(false);
    setProblems(next);
    if (added.length > 0) onChange([...value, ...added]);
  };

  return (
    <>
      {value.length > 0 ? (
        <ul className="pt-files">
          {value.map((file, index) => (
            <li key={`${file.originalName}:${file.bytes}:${file.contentBase64.slice(-24)}`} className="pt-file">
              {file.mediaType.startsWith('image/') ? (
                <img className="pt-file__thumb" src={`data:${file.mediaType};base64,${file.contentBase64}`} alt="" />
              ) : (
                <span className="pt-file__thumb" aria-hidden="true">
                  PDF
                </span>
              )}
              <span className="pt-file__name">
                {file.originalName}
                <br />
                <span className="pt-file__size">
                  {t('portal.intake.fileSize', { size: Math.max(1, Math.round(file.bytes / 1024)) })}
                </span>
              </span>
              <button
                type="button"
                className="pt-button pt-button--small"
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                {t('portal.intake.removeFile')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {value.length < max ? (
        <label className="pt-button" htmlFor={id} aria-disabled={busy}>
          {busy ? t('portal.intake.preparing') : t('portal.intake.addFiles')}
          <input
            {...fieldAria(id, error, true)}
            className="pt-file-input"
            type="file"
            accept="image/*,application/pdf"
            multiple
            disabled={busy}
            onChange={(event) => void add(event)}
          />
        </label>
      ) : null}
      {problems.length > 0 ? (
        <ul className="pt-field__error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
