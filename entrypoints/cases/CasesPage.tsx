import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { caseLabel, casesFile } from '../../components/case-text';
import { isoDay, regionName } from '../../components/format';
import { currentText, t } from '../../components/strings';
import {
  deleteCase,
  emptyCaseBook,
  getCase,
  restoreCases,
  setCaseState,
  setDateDone,
  setReminder,
} from '../../lib/cases/cases';
import { type CaseWithNext, sortCases } from '../../lib/cases/next-date';
import type { Case, CaseBook, CaseDate, CaseState, Reminder } from '../../lib/cases/types';
import type { Market } from '../../lib/regions';
import { NewerVersionError } from '../../lib/storage';
import { CaseItem } from './CaseItem';

export const STATE_FILTERS = ['active', 'open', 'waiting', 'resolved', 'all'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];

export interface CasesPageProps {
  /** The stored cases; a new object whenever they change anywhere (main.tsx watches storage). */
  book: CaseBook;
  /** Written by a newer version: shown best-effort, never changed. */
  newer?: boolean;
  storageError?: string;
  now: Date;
  /** The user's IANA time zone; the system's when undefined. */
  timeZone?: string;
  /** Whether notifications are allowed (undefined: not known). */
  notifications?: boolean;
  /** The case to show first and focus (`cases.html?case=<key>`, as a reminder's notification opens it). */
  focusKey?: string;
  /** Applies `change` to the freshly read cases and stores the result; resolves to what is stored. */
  onUpdate: (change: (book: CaseBook) => CaseBook) => Promise<CaseBook>;
  onDownload: (content: string, fileName: string, type: string) => void;
  /** Asks for the notification permission; called inside a click. */
  askNotifications?: () => Promise<boolean>;
  onOpenOptions?: () => void;
}

function matchesState(current: Case, filter: StateFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'active') return current.state !== 'resolved';
  return current.state === filter;
}

/** Order ids and tracking numbers are typed with spaces or dashes, in any case: compare letters and digits only. */
function searchable(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function matchesQuery(current: Case, needle: string): boolean {
  if (!needle) return true;
  return [current.key, current.orderId ?? '', ...current.trackingNumbers].some((id) => searchable(id).includes(needle));
}

const stamp = () => new Date().toISOString();

/** What the last delete removed, until it is undone or the page closes. */
interface LastDelete {
  removed: CaseBook;
  label: string;
}

/**
 * Every case in one place: open cases sorted by the date that matters next (overdue first, marked), filters by
 * state and market, search by order id or tracking number, resolve / reopen / delete with undo, reminders on each
 * dated step, and export of everything. Everything comes from one read of storage; rows never read storage.
 */
export function CasesPage(props: CasesPageProps) {
  const { now, timeZone, focusKey } = props;
  // A change shows at once; storing hundreds of cases takes a moment, and the stored cases (props) replace this
  // as soon as they come back from storage.
  const [pending, setPending] = useState<CaseBook | undefined>();
  useEffect(() => setPending(undefined), [props.book]);
  const book = pending ?? props.book;
  const readOnly = !!props.newer || !!props.storageError;
  const today = isoDay(now, timeZone);
  const focusCase = getCase(book, focusKey);
  const [stateFilter, setStateFilter] = useState<StateFilter>(focusCase?.state === 'resolved' ? 'all' : 'active');
  const [market, setMarket] = useState<Market | ''>('');
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(focusCase ? [focusCase.key] : []));
  const [status, setStatus] = useState<{ error: boolean; message: string } | undefined>();
  const [lastDelete, setLastDelete] = useState<LastDelete | undefined>();
  const [notifications, setNotifications] = useState(props.notifications);
  useEffect(() => setNotifications(props.notifications), [props.notifications]);
  const focusDone = useRef(false);
  const undoButton = useRef<HTMLButtonElement>(null);

  const sorted = useMemo(() => sortCases(Object.values(book.cases), today), [book, today]);
  // Sorted by name in the pages' language, so the order changes with the language.
  const text = currentText();
  const markets = useMemo(
    () =>
      [...new Set(sorted.map((c) => c.case.market).filter((m): m is Market => m !== undefined))].toSorted((a, b) =>
        regionName(a).localeCompare(regionName(b), text.formatTag),
      ),
    [sorted, text],
  );
  const needle = searchable(query.slice(0, 80));
  const shown: CaseWithNext[] = useMemo(
    () =>
      sorted.filter(
        ({ case: c }) =>
          matchesState(c, stateFilter) && (market === '' || c.market === market) && matchesQuery(c, needle),
      ),
    [sorted, stateFilter, market, needle],
  );

  // The case a notification opened: scroll it into view once it is rendered (its title takes focus itself).
  useEffect(() => {
    if (focusDone.current || !focusCase) return;
    focusDone.current = true;
    document.querySelector(`[data-case-key="${CSS.escape(focusCase.key)}"]`)?.scrollIntoView({ block: 'center' });
  }, []);

  const update = async (change: (current: CaseBook) => CaseBook): Promise<boolean> => {
    setPending((previous) => change(previous ?? props.book));
    try {
      await props.onUpdate(change);
      return true;
    } catch (error) {
      setPending(undefined);
      const reason = error instanceof NewerVersionError ? t('casesNewer') : String(error);
      setStatus({ error: true, message: t('caseSaveFailed', { error: reason }) });
      return false;
    }
  };

  const askOnce = (again = false) => {
    if (!props.askNotifications || notifications === true) return;
    if (book.notificationsAsked && !again) return;
    props.askNotifications().then(setNotifications, () => setNotifications(false));
  };

  const onToggle = (key: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const onState = (key: string, state: CaseState) => void update((b) => setCaseState(b, key, state, stamp()));
  const onDone = (key: string, date: CaseDate, done: boolean) =>
    void update((b) => setDateDone(b, key, date, done, stamp()));
  const onReminder = (key: string, date: CaseDate, reminder: Reminder | undefined) => {
    // Before any await: the permission prompt needs the click's user gesture.
    if (reminder) askOnce();
    void update((b) => {
      const next = setReminder(b, key, date, reminder, stamp());
      return reminder && !next.notificationsAsked ? { ...next, notificationsAsked: true } : next;
    });
  };
  const onDelete = async (key: string) => {
    const gone = getCase(book, key);
    if (!gone) return;
    let removed = emptyCaseBook();
    const ok = await update((b) => {
      const result = deleteCase(b, key);
      removed = result.removed;
      return result.kept;
    });
    if (!ok || Object.keys(removed.cases).length === 0) return;
    const label = caseLabel(gone);
    setLastDelete({ removed, label });
    setStatus({ error: false, message: t('caseDeleted', { case: label }) });
    queueMicrotask(() => undoButton.current?.focus());
  };
  const onUndo = async () => {
    if (!lastDelete) return;
    if (await update((b) => restoreCases(b, lastDelete.removed))) {
      setStatus({ error: false, message: t('caseRestored', { case: lastDelete.label }) });
      setLastDelete(undefined);
    }
  };
  const exportAll = (format: 'csv' | 'text') => {
    const file = casesFile(
      sorted.map((c) => c.case),
      today,
      format,
    );
    props.onDownload(file.content, file.fileName, file.type);
  };

  const total = sorted.length;
  return (
    <main class="cases-page">
      <header class="cases-top">
        <h1>{t('casesTitle')}</h1>
        {props.onOpenOptions && (
          <button type="button" class="btn btn-small btn-quiet" onClick={props.onOpenOptions}>
            {t('casesOpenSettings')}
          </button>
        )}
      </header>
      <p class="meta">{t('casePrivacy')}</p>
      {props.storageError && (
        <p class="notice notice-warning" role="alert">
          {t('casesReadError', { error: props.storageError })}
        </p>
      )}
      {props.newer && (
        <p class="notice notice-warning" role="alert" data-testid="cases-newer">
          {t('casesNewer')}
        </p>
      )}

      {total === 0 ? (
        <p class="notice" data-testid="cases-empty">
          {t('casesEmpty')}
        </p>
      ) : (
        <>
          <div class="cases-tools" role="search">
            <label class="tool">
              <span>{t('casesSearch')}</span>
              <input
                type="search"
                data-testid="cases-search"
                autocomplete="off"
                maxLength={80}
                value={query}
                onInput={(event) => setQuery(event.currentTarget.value)}
              />
            </label>
            <label class="tool">
              <span>{t('casesStateFilter')}</span>
              <select
                data-testid="cases-state"
                value={stateFilter}
                onChange={(event) => setStateFilter(event.currentTarget.value as StateFilter)}
              >
                {STATE_FILTERS.map((filter) => (
                  <option key={filter} value={filter}>
                    {t(`casesFilter_${filter}`)}
                  </option>
                ))}
              </select>
            </label>
            {markets.length > 0 && (
              <label class="tool">
                <span>{t('casesMarketFilter')}</span>
                <select
                  data-testid="cases-market"
                  value={market}
                  onChange={(event) => setMarket(event.currentTarget.value as Market | '')}
                >
                  <option value="">{t('casesAllMarkets')}</option>
                  {markets.map((code) => (
                    <option key={code} value={code}>
                      {regionName(code)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <div class="form-buttons">
              <button type="button" class="btn btn-small" data-testid="export-csv" onClick={() => exportAll('csv')}>
                {t('casesExportCsv')}
              </button>
              <button type="button" class="btn btn-small" data-testid="export-text" onClick={() => exportAll('text')}>
                {t('casesExportText')}
              </button>
            </div>
          </div>
          <p class="meta" role="status" aria-live="polite" data-testid="cases-count">
            {t('casesShown', { shown: shown.length, total })}
          </p>
        </>
      )}

      {(status || lastDelete) && (
        <div class={status?.error ? 'notice notice-warning' : 'notice'} role="status">
          {status && <span>{status.message}</span>}
          {lastDelete && (
            <button
              type="button"
              class="btn btn-small"
              ref={undoButton}
              data-testid="undo-delete-case"
              onClick={() => void onUndo()}
            >
              {t('caseUndo')}
            </button>
          )}
        </div>
      )}

      {total > 0 && shown.length === 0 && <p class="notice">{t('casesNoMatch')}</p>}
      {shown.length > 0 && (
        <ul class="case-list">
          {shown.map(({ case: c, next }) => (
            <CaseItem
              key={c.key}
              case={c}
              next={next}
              today={today}
              timeZone={timeZone}
              expanded={expanded.has(c.key)}
              readOnly={readOnly}
              notifications={notifications}
              focus={c.key === focusCase?.key && !focusDone.current}
              onToggle={onToggle}
              onState={onState}
              onDelete={(key) => void onDelete(key)}
              onDone={onDone}
              onReminder={onReminder}
              onAllowNotifications={props.askNotifications ? () => askOnce(true) : undefined}
            />
          ))}
        </ul>
      )}
    </main>
  );
}
