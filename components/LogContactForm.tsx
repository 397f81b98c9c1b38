import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { CONTACT_CHANNELS, type ContactChannel } from '../lib/advice/case-log';
import { t, type StringKey } from './strings';

export interface LogDraft {
  channel: ContactChannel;
  reference: string;
  note: string;
}

export interface LogContactFormProps {
  initialChannel: ContactChannel;
  /** Resolves true when the entry was stored. */
  onSave: (draft: LogDraft) => Promise<boolean>;
  onClose: () => void;
}

/** The small inline "log a contact" form. Escape or Cancel closes it; focus starts on its first field. */
export function LogContactForm({ initialChannel, onSave, onClose }: LogContactFormProps) {
  const id = useId();
  const first = useRef<HTMLSelectElement>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    // Set once on mount (an uncontrolled select: later renders must not undo the user's choice).
    if (first.current) {
      first.current.value = initialChannel;
      first.current.focus();
    }
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const channel = String(data.get('channel') ?? 'other');
    const draft: LogDraft = {
      channel: (CONTACT_CHANNELS as readonly string[]).includes(channel) ? (channel as ContactChannel) : 'other',
      reference: String(data.get('reference') ?? '').slice(0, 100),
      note: String(data.get('note') ?? '').slice(0, 1000),
    };
    if (await onSave(draft)) onClose();
    else setError(true);
  };

  return (
    <form
      class="log-form"
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          event.preventDefault();
          onClose();
        }
      }}
      data-testid="log-form"
    >
      <label for={`${id}-channel`}>{t('logChannel')}</label>
      <select id={`${id}-channel`} name="channel" ref={first}>
        {CONTACT_CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {t(`contact_${channel}` satisfies StringKey)}
          </option>
        ))}
      </select>
      <label for={`${id}-reference`}>{t('logReference')}</label>
      <input id={`${id}-reference`} name="reference" type="text" maxLength={100} autocomplete="off" />
      <label for={`${id}-note`}>{t('logNote')}</label>
      <textarea id={`${id}-note`} name="note" rows={2} maxLength={1000} />
      <div class="form-buttons">
        <button type="submit" class="btn btn-primary btn-small">
          {t('logSave')}
        </button>
        <button type="button" class="btn btn-small" onClick={onClose}>
          {t('logCancel')}
        </button>
      </div>
      {error && (
        <p class="warning" role="alert">
          {t('logSaveFailed')}
        </p>
      )}
    </form>
  );
}
