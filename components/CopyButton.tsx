import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './strings';

/** Writes text to the clipboard; rejects when the page may not (no user gesture, no permission). */
export async function copyToClipboard(text: string): Promise<void> {
  if (!navigator.clipboard) throw new Error('Clipboard API unavailable');
  await navigator.clipboard.writeText(text);
}

export interface CopyButtonProps {
  /** What lands on the clipboard. */
  text: string;
  /** Accessible name, e.g. "Copy tracking number 9400…" (the visible text is just "Copy"). */
  label: string;
  /** Visible text; "Copy" by default. */
  children?: string;
  testId?: string;
  /** A borderless button, for secondary copies (the order id). */
  quiet?: boolean;
}

/**
 * A copy button that says "Copied" for two seconds. The outcome is announced through a polite live region, and the
 * button keeps a fixed minimum width so the swap does not move anything around it.
 */
export function CopyButton({ text, label, children, testId, quiet }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = () => {
    copyToClipboard(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2000);
  };

  const visible = state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : (children ?? t('copy'));
  return (
    <span class="copy">
      <button
        type="button"
        class={quiet ? 'btn btn-small btn-quiet copy-button' : 'btn btn-small copy-button'}
        aria-label={label}
        onClick={onClick}
        data-testid={testId}
      >
        {visible}
      </button>
      <span class="sr-only" aria-live="polite">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}
