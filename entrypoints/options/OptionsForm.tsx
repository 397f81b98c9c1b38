import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../components/strings';
import { casesFile } from '../../components/case-text';
import { isoDay } from '../../components/format';
import type { CaseLogLimits } from '../../lib/advice/case-log';
import { caseBookSize, emptyCaseBook, restoreCases, trimCaseBook } from '../../lib/cases/cases';
import { sortCases } from '../../lib/cases/next-date';
import type { CaseBook } from '../../lib/cases/types';
import { DEFAULT_LOCALE, type Locale } from '../../lib/i18n/locales';
import type { Market } from '../../lib/regions';
import { DEFAULT_SETTINGS, type Settings, userCountry } from '../../lib/settings';
import { NewerVersionError } from '../../lib/storage';
import { CaseLogSettings } from './CaseLogSettings';
import { CountryField } from './CountryField';
import { LanguageField } from './LanguageField';
import { PreferredCarriers } from './PreferredCarriers';

const ROLES = ['auto', 'buyer', 'seller'] as const;

export interface OptionsFormProps {
  /** The stored settings; a new object whenever they change anywhere (main.tsx watches storage). */
  settings: Settings;
  /** The stored cases, followed the same way. */
  cases: CaseBook;
  /** The country of the browser's language, when it is a TikTok Shop market: the default country. */
  browserCountry?: Market;
  /** The language of the browser, as far as Carrier Finder speaks it: what "Automatic" gives (English if absent). */
  browserLocale?: Locale;
  /** The settings / the cases were saved by a newer version: shown, never changed here. */
  settingsNewer?: boolean;
  casesNewer?: boolean;
  /** Set when storage could not be read: the form still works, but says its changes may not be kept. */
  storageError?: string;
  onSave: (settings: Settings) => Promise<void>;
  /** Applies `change` to the freshly read cases and stores the result; resolves to what is stored. */
  onUpdateCases: (change: (book: CaseBook) => CaseBook) => Promise<CaseBook>;
  /** Offers `content` as a file download. */
  onDownload: (content: string, fileName: string, type: string) => void;
}

// "Saved." is put in words when shown, so a change of language says it in the new one.
type Status =
  { kind: 'idle' } | { kind: 'saved' } | { kind: 'ok'; message: string } | { kind: 'error'; message: string };

/** What the last delete removed, until it is undone or the page closes. */
interface LastDelete {
  removed: CaseBook;
  message: string;
  /** Set when the delete came from lowering a limit: undo puts the limit back too. */
  previousLimits?: CaseLogLimits;
}

function errorMessage(error: unknown): string {
  return error instanceof NewerVersionError ? t('saveRefusedNewer') : t('saveFailed', { error: String(error) });
}

/** The options page: language, country, role, preferred carriers, order pages, case log; each change is saved at once. */
export function OptionsForm(props: OptionsFormProps) {
  const { browserCountry, cases } = props;
  const [settings, setSettings] = useState(props.settings);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [lastDelete, setLastDelete] = useState<LastDelete | undefined>();

  // Follow changes made elsewhere (another options page, a popup), but not while this page's own saves are in
  // flight: their echoes would briefly put an older value back under the user's pointer.
  const pendingSaves = useRef(0);
  const stored = useRef(props.settings);
  stored.current = props.settings;
  useEffect(() => {
    if (pendingSaves.current === 0) setSettings(props.settings);
  }, [props.settings]);

  const save = async (next: Settings, announcement?: string): Promise<boolean> => {
    setSettings(next);
    pendingSaves.current += 1;
    try {
      await props.onSave(next);
      setStatus(announcement === undefined ? { kind: 'saved' } : { kind: 'ok', message: announcement });
      return true;
    } catch (error) {
      setSettings(stored.current);
      setStatus({ kind: 'error', message: errorMessage(error) });
      return false;
    } finally {
      pendingSaves.current -= 1;
    }
  };

  /** Runs a change of the cases; what it removes becomes the last delete, which Undo restores. */
  const removeCases = async (
    change: (book: CaseBook) => { kept: CaseBook; removed: CaseBook },
    message: (size: { cases: number; entries: number }) => string,
    previousLimits?: CaseLogLimits,
  ): Promise<boolean> => {
    let removed = emptyCaseBook();
    try {
      await props.onUpdateCases((book) => {
        const result = change(book);
        removed = result.removed;
        return result.kept;
      });
    } catch (error) {
      setStatus({ kind: 'error', message: errorMessage(error) });
      return false;
    }
    const size = caseBookSize(removed);
    if (size.cases === 0) return false;
    const text = message(size);
    setLastDelete({ removed, message: text, ...(previousLimits ? { previousLimits } : {}) });
    setStatus({ kind: 'ok', message: text });
    return true;
  };

  const changeLimits = async (limits: CaseLogLimits) => {
    const previous = settings.caseLogLimits;
    if (!(await save({ ...settings, caseLogLimits: limits }))) return;
    await removeCases(
      (book) => trimCaseBook(book, limits),
      (size) => t('caseLogTrimmed', { cases: size.cases, contacts: size.entries }),
      previous,
    );
  };

  const deleteAll = () =>
    removeCases(
      (book) => ({ kept: caseBookSize(book).cases === 0 ? book : { ...book, cases: {} }, removed: book }),
      (size) => t('caseLogDeleted', { cases: size.cases, contacts: size.entries }),
    );

  const undo = async () => {
    if (!lastDelete) return;
    const limits = lastDelete.previousLimits ?? settings.caseLogLimits;
    if (lastDelete.previousLimits && !(await save({ ...settings, caseLogLimits: limits }))) return;
    try {
      await props.onUpdateCases((book) => restoreCases(book, lastDelete.removed, limits));
    } catch (error) {
      setStatus({ kind: 'error', message: errorMessage(error) });
      return;
    }
    setLastDelete(undefined);
    setStatus({ kind: 'ok', message: t('caseLogRestored') });
  };

  const exportAll = (format: 'csv' | 'text') => {
    const day = isoDay(new Date());
    const file = casesFile(
      sortCases(Object.values(cases.cases), day).map((shown) => shown.case),
      day,
      format,
    );
    props.onDownload(file.content, file.fileName, file.type);
  };

  return (
    <form class="options" onSubmit={(event) => event.preventDefault()} aria-describedby="privacy">
      <h1>{t('optionsTitle')}</h1>
      <p id="privacy" class="hint">
        {t('optionsPrivacy')}
      </p>
      {props.storageError && (
        <p role="alert" class="error">
          {t('optionsReadError', { error: props.storageError })}
        </p>
      )}
      {props.settingsNewer && (
        <p role="alert" class="warning" data-testid="settings-newer">
          {t('optionsNewerSettings')}
        </p>
      )}

      <fieldset class="plain" disabled={props.settingsNewer}>
        <LanguageField
          language={settings.language}
          browserLocale={props.browserLocale ?? DEFAULT_LOCALE}
          onChange={(language) => {
            const { language: _previous, ...rest } = settings;
            void save(language ? { ...rest, language } : rest);
          }}
        />

        <CountryField
          region={settings.region}
          browserCountry={browserCountry}
          onChange={(region) => {
            const { region: _previous, ...rest } = settings;
            void save(region ? { ...rest, region } : rest);
          }}
        />

        <fieldset class="field">
          <legend>{t('roleLegend')}</legend>
          {ROLES.map((role) => (
            <label key={role} class="choice">
              <input
                type="radio"
                name="role"
                value={role}
                data-testid={`role-${role}`}
                checked={settings.role === role}
                onChange={() => void save({ ...settings, role })}
              />
              <span>
                {t(`role_${role}`)} <small class="hint">{t(`roleHint_${role}`)}</small>
              </span>
            </label>
          ))}
        </fieldset>

        <PreferredCarriers
          country={userCountry(settings, browserCountry)}
          preferred={settings.preferredCarriers}
          onChange={(preferredCarriers, announcement) => void save({ ...settings, preferredCarriers }, announcement)}
        />

        <fieldset class="field">
          <legend>{t('pagesLegend')}</legend>
          <label class="choice">
            <input
              type="checkbox"
              data-testid="detection"
              aria-describedby="detection-hint"
              checked={settings.detection}
              onChange={(event) => void save({ ...settings, detection: event.currentTarget.checked })}
            />
            <span>{t('detectionLabel')}</span>
          </label>
          <p id="detection-hint" class="hint">
            {t('detectionHint')}
          </p>
          <label class="choice">
            <input
              type="checkbox"
              data-testid="badge"
              checked={settings.badge}
              disabled={!settings.detection}
              onChange={(event) => void save({ ...settings, badge: event.currentTarget.checked })}
            />
            <span>{t('badgeLabel')}</span>
          </label>
        </fieldset>
      </fieldset>

      {props.casesNewer && (
        <p role="alert" class="warning" data-testid="case-log-newer">
          {t('optionsNewerCaseLog')}
        </p>
      )}
      <CaseLogSettings
        cases={cases}
        limits={settings.caseLogLimits}
        readOnly={!!props.casesNewer || !!props.settingsNewer}
        undoMessage={lastDelete?.message ?? ''}
        onLimits={(limits) => void changeLimits(limits)}
        onDeleteAll={deleteAll}
        onUndo={undo}
        onExport={exportAll}
      />

      <div class="actions">
        <button
          type="button"
          data-testid="reset"
          disabled={props.settingsNewer}
          onClick={() =>
            void save({
              ...DEFAULT_SETTINGS,
              preferredCarriers: [],
              caseLogLimits: { ...DEFAULT_SETTINGS.caseLogLimits },
            })
          }
        >
          {t('resetSettings')}
        </button>
        <p
          class={status.kind === 'error' ? 'status error' : 'status'}
          role="status"
          aria-live="polite"
          data-testid="save-status"
        >
          {status.kind === 'idle' ? '' : status.kind === 'saved' ? t('saved') : status.message}
        </p>
      </div>
    </form>
  );
}
