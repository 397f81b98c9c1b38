import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AdvicePanel } from '../../components/AdvicePanel';
import type { LogDraft } from '../../components/LogContactForm';
import { CarrierCard } from '../../components/CarrierCard';
import { carrierName } from '../../components/carrier-names';
import { type CaseLogRow, CaseLogSection } from '../../components/CaseLogSection';
import { CopyButton } from '../../components/CopyButton';
import { bounded, isoDay } from '../../components/format';
import { LookupBox } from '../../components/LookupBox';
import { NextStep } from '../../components/NextStep';
import { PackageCard } from '../../components/PackageCard';
import { GROUP_FROM, PackageList } from '../../components/PackageList';
import { t } from '../../components/strings';
import { TikTokCard } from '../../components/TikTokCard';
import { Welcome } from '../../components/Welcome';
import {
  type CaseLog,
  addEntry,
  deleteEntry,
  emptyCaseLog,
  exportCsv,
  exportText,
  isOrderId,
} from '../../lib/advice/case-log';
import { commonProblems } from '../../lib/advice/likely';
import { emptyCarrierPicks, pickFor, pickKey } from '../../lib/carrier-picks';
import { looksLikeOrderId, lookup } from '../../lib/lookup';
import { MAX_LOOKUP_TEXT } from '../../lib/messages';
import type { AdviceStep } from '../../lib/advice/types';
import type { DetectedPackage, OrderDetection } from '../../lib/order';
import type { Market } from '../../lib/regions';
import {
  type PopupData,
  type PopupView,
  initialView,
  isShipped,
  problemSignal,
  problemsFor,
  regionFor,
  roleFor,
  withPreferredCarrier,
} from './model';

/** Where the case log lives; the popup passes browser storage, tests pass memory. */
export interface CaseLogStore {
  read(): Promise<CaseLog>;
  write(log: CaseLog): Promise<void>;
}

/** What the popup writes besides the case log; each settles without throwing (storage failures are ignored). */
export interface PopupActions {
  /** Remembers the carrier chosen for a parcel (`pickKey`), or forgets the choice when `carrier` is undefined. */
  rememberCarrier(key: string, carrier: string | undefined): Promise<void>;
  dismissWelcome(): Promise<void>;
  /** The country chosen in the welcome (undefined: follow the browser). */
  chooseCountry(region: Market | undefined): Promise<void>;
}

export interface AppProps {
  /** What the popup read; a new object whenever stored data changes (main.tsx watches storage). */
  data: PopupData;
  caseLogStore: CaseLogStore;
  /** Opens the options page (absent where there is none to open, as in tests). */
  onOpenOptions?: () => void;
  actions?: Partial<PopupActions>;
}

interface AnswerProps {
  data: PopupData;
  view: PopupView;
  packages: readonly DetectedPackage[];
  detection?: OrderDetection;
  caseLogStore: CaseLogStore;
  actions?: Partial<PopupActions>;
}

function formatWhen(at: string, timeZone?: string): string {
  const date = new Date(at);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date);
}

/**
 * The answer for one order or lookup, most urgent first: the parcel and its carrier with the hotline and Track; an
 * order list's other parcels; what to do (the page's problem already chosen); TikTok Shop's help; the case log.
 */
function Answer({ data, view, packages, detection, caseLogStore, actions }: AnswerProps) {
  const [selected, setSelected] = useState(packages[0]?.trackingNumber);
  // Carriers picked in this popup, by tracking number: shown at once, before storage reports the write back.
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [caseLog, setCaseLog] = useState<CaseLog>(() => data.caseLog ?? emptyCaseLog());
  // Another window logged or deleted something: show it.
  useEffect(() => setCaseLog(data.caseLog ?? emptyCaseLog()), [data.caseLog]);
  const top = useRef<HTMLElement>(null);

  const pkg = packages.find((candidate) => candidate.trackingNumber === selected) ?? packages[0];
  const orderId = pkg?.orderId ?? detection?.orderId;
  const key = pkg ? pickKey(pkg.trackingNumber, detection ? orderId : undefined) : undefined;
  // A remembered choice counts only while the number still fits that carrier.
  const remembered = pickFor(data.carrierPicks ?? emptyCarrierPicks(), key);
  const fits = remembered !== undefined && (remembered === pkg?.carrier || !!pkg?.alternatives?.includes(remembered));
  const chosen = (pkg && choices[pkg.trackingNumber]) ?? (fits ? remembered : undefined) ?? pkg?.carrier;
  const carrier = carrierName(chosen) ? chosen : undefined;
  const region = regionFor(data, detection);
  const role = roleFor(data.settings, detection);
  const today = isoDay(data.now, data.timeZone);
  const problems = problemsFor(view);
  const signal = problemSignal(view, pkg, role, today);
  const caseKey = [orderId, pkg?.trackingNumber].find(isOrderId);
  const grouped = packages.length >= GROUP_FROM;

  const input = useMemo(
    () => ({
      role,
      region,
      shippingMode: detection?.shippingMode,
      carrier,
      carrierName: carrierName(carrier),
      dates: detection?.dates ?? {},
      today,
      orderId,
      trackingNumber: pkg?.trackingNumber,
    }),
    [role, region, detection, carrier, today, orderId, pkg],
  );

  const selectCarrier = (id: string) => {
    if (!pkg) return;
    setChoices({ ...choices, [pkg.trackingNumber]: id });
    // Choosing the carrier offered first again forgets the choice.
    if (key) void actions?.rememberCarrier?.(key, id === pkg.carrier ? undefined : id);
  };

  const selectPackage = (trackingNumber: string, byPointer: boolean) => {
    setSelected(trackingNumber);
    // The answer sits above a long list: bring it into view for a pointer user. A keyboard user keeps their place.
    if (byPointer && grouped) top.current?.scrollIntoView({ block: 'start' });
  };

  const saveWith = async (change: (log: CaseLog) => CaseLog): Promise<boolean> => {
    try {
      // Read fresh: another popup or tab may have logged something since this one opened.
      const current = await caseLogStore.read();
      const next = change(current);
      if (next === current) return false;
      await caseLogStore.write(next);
      setCaseLog(next);
      return true;
    } catch {
      return false;
    }
  };

  const onLog = caseKey
    ? (step: AdviceStep, draft: LogDraft) =>
        saveWith((log) =>
          addEntry(
            log,
            caseKey,
            {
              at: new Date().toISOString(),
              channel: draft.channel,
              party: step.who,
              ...(draft.reference.trim() ? { reference: draft.reference.trim() } : {}),
              note: draft.note.trim() ? `${step.title}: ${draft.note.trim()}` : step.title,
            },
            data.settings.caseLogLimits,
          ),
        )
    : undefined;

  const entries = caseKey ? (caseLog.orders[caseKey] ?? []) : [];
  const rows: CaseLogRow[] = entries.map((entry) => ({
    id: entry.id,
    when: formatWhen(entry.at, data.timeZone),
    channel: t(`contact_${entry.channel}`),
    ...(entry.reference ? { reference: entry.reference } : {}),
    ...(entry.note ? { note: entry.note } : {}),
  }));

  const list = (
    <PackageList
      packages={packages}
      selected={pkg?.trackingNumber}
      onSelect={(number, byPointer) => selectPackage(number, byPointer)}
    />
  );

  return (
    <>
      {/* The top of the answer: a summary of the user's case for this order belongs right here, above the parcel. */}
      <section class="card order" aria-label={t('packagesHeading')} ref={top}>
        {orderId && (
          <div class="order-row">
            <span class="field-label">{t('orderLabel')}</span>
            <span class="order-id" data-testid="order-id">
              {bounded(orderId, 64)}
            </span>
            <CopyButton text={orderId} label={`${t('copy')} ${t('orderLabel')} ${orderId}`} quiet />
          </div>
        )}
        {detection?.page === 'order-list' && <p class="meta">{t('orderListNote')}</p>}
        {view.kind === 'awaiting' && (
          <div class="awaiting" data-testid="awaiting">
            <h2>{t('awaitingTitle')}</h2>
            <p>{t(role === 'seller' ? 'awaitingDetailSeller' : 'awaitingDetail')}</p>
          </div>
        )}
        {view.kind === 'no-number' && (
          <div class="awaiting" data-testid="no-number">
            <h2>{t('noNumberTitle')}</h2>
            <p>{t(isShipped(detection?.status) ? 'noNumberDetailShipped' : 'noNumberDetail')}</p>
          </div>
        )}
        {packages.length > 1 && !grouped && (
          <>
            <h2 class="sr-only">{t('severalFound', packages.length)}</h2>
            {list}
          </>
        )}
        {pkg && (
          <PackageCard
            key={pkg.trackingNumber}
            pkg={pkg}
            carrierId={carrier ?? chosen}
            picked={chosen !== undefined && chosen !== pkg.carrier}
            onSelectCarrier={selectCarrier}
          />
        )}
      </section>

      {carrier && (
        <CarrierCard
          key={`${carrier}-${pkg?.trackingNumber}`}
          carrierId={carrier}
          trackingNumber={pkg?.trackingNumber}
          region={region}
          role={role}
          now={data.now}
          today={today}
          timeZone={data.timeZone}
        />
      )}

      {grouped && (
        <section class="card packages" aria-labelledby="packages-heading" data-testid="package-list">
          <h2 id="packages-heading">{t('severalFound', packages.length)}</h2>
          {list}
        </section>
      )}

      <AdvicePanel
        key={`${view.kind}-${pkg?.trackingNumber}-${signal?.problem}`}
        problems={problems}
        input={input}
        signal={signal}
        common={commonProblems(role)}
        onLog={onLog}
      />

      <TikTokCard region={region} role={role} today={today} />

      {caseKey && (
        <CaseLogSection
          rows={rows}
          text={exportText(caseLog, caseKey)}
          csv={exportCsv(caseLog, caseKey)}
          fileName={`case-log-${caseKey}.csv`}
          onDelete={(id) => saveWith((log) => deleteEntry(log, caseKey, id))}
        />
      )}
    </>
  );
}

/** The tab has moved on since its page was read: what follows belongs to the past. */
function StaleNote() {
  return (
    <p class="notice notice-stale" role="note" data-testid="stale-note">
      {t('staleNote')}
    </p>
  );
}

/** The popup: the answer for the tab's order, or the lookup, with the lookup box in every state. */
export function App({ data, caseLogStore, onOpenOptions, actions }: AppProps) {
  const [view, setView] = useState<PopupView>(() => initialView(data));
  const [welcomeClosed, setWelcomeClosed] = useState(false);
  // The tab's page reported again (it re-rendered, or moved to another order): show that, unless the user is
  // looking something up.
  const shownTabState = useRef(data.tabState);
  useEffect(() => {
    if (shownTabState.current === data.tabState) return;
    shownTabState.current = data.tabState;
    setView((current) => (current.kind === 'lookup' ? current : initialView(data)));
  }, [data]);
  const region = regionFor(data);
  const preferred = data.settings.preferredCarriers;
  const today = isoDay(data.now, data.timeZone);
  const lookedUp = useMemo(
    () => (view.kind === 'lookup' ? lookup(view.query, { region, preferred }) : []),
    [view, region, preferred],
  );
  const detected = useMemo(
    () =>
      view.kind === 'order' || view.kind === 'awaiting' || view.kind === 'no-number'
        ? view.detection.packages.map((pkg) => withPreferredCarrier(pkg, view.detection.region ?? region, preferred))
        : [],
    [view, region, preferred],
  );
  const onLookup = (text: string) => setView({ kind: 'lookup', query: text });
  const showWelcome = data.storageOk && data.welcomeDismissed === false && !welcomeClosed;

  let body;
  switch (view.kind) {
    case 'order':
    case 'awaiting':
    case 'no-number':
      body = (
        <>
          {view.stale && <StaleNote />}
          <div class={view.stale ? 'answer answer-stale' : 'answer'}>
            <Answer
              data={data}
              view={view}
              packages={detected}
              detection={view.detection}
              caseLogStore={caseLogStore}
              actions={actions}
            />
          </div>
          <LookupBox onLookup={onLookup} />
        </>
      );
      break;
    case 'list-no-numbers':
      body = (
        <>
          {view.stale && <StaleNote />}
          <NextStep
            where="list"
            role={roleFor(data.settings, view.detection)}
            region={regionFor(data, view.detection)}
            today={today}
          />
          <LookupBox onLookup={onLookup} />
        </>
      );
      break;
    case 'lookup':
      body = (
        <>
          <LookupBox key={view.query} onLookup={onLookup} initial={bounded(view.query, MAX_LOOKUP_TEXT)} />
          {lookedUp.length === 0 ? (
            <div class="notice" data-testid="lookup-nothing">
              <p>{t('lookupNothing', bounded(view.query, 60))}</p>
              <p class="meta">{t(looksLikeOrderId(view.query) ? 'lookupOrderIdHint' : 'lookupNothingHint')}</p>
            </div>
          ) : (
            <div class="answer">
              <Answer
                key={view.query}
                data={data}
                view={view}
                packages={lookedUp}
                caseLogStore={caseLogStore}
                actions={actions}
              />
            </div>
          )}
        </>
      );
      break;
    case 'storage-unavailable':
      body = (
        <>
          <div class="notice notice-warning" role="alert" data-testid="storage-unavailable">
            <p>{t('storageUnavailable')}</p>
            <p class="meta">{t('storageUnavailableHint')}</p>
          </div>
          <LookupBox onLookup={onLookup} />
        </>
      );
      break;
    default:
      body = (
        <>
          {/* The welcome already says to open an order: on first run it is the one screen. */}
          {!showWelcome && (
            <NextStep
              where="elsewhere"
              role={data.settings.role === 'auto' ? undefined : data.settings.role}
              region={region}
              today={today}
            />
          )}
          {!data.settings.detection && (
            <p class="meta" data-testid="detection-off">
              {t('detectionOffNote')}
            </p>
          )}
          <LookupBox onLookup={onLookup} hint={t('lookupHint')} />
        </>
      );
  }

  return (
    <main class="popup">
      <header class="top">
        <h1>{t('appTitle')}</h1>
        {onOpenOptions && (
          <button
            type="button"
            class="btn btn-small btn-quiet"
            aria-label={t('openSettingsLabel')}
            data-testid="open-options"
            onClick={onOpenOptions}
          >
            {t('openSettings')}
          </button>
        )}
      </header>
      {showWelcome && (
        <Welcome
          region={data.settings.region ?? data.localeRegion}
          onChooseCountry={(chosen) => void actions?.chooseCountry?.(chosen)}
          onDismiss={() => {
            setWelcomeClosed(true);
            void actions?.dismissWelcome?.();
          }}
        />
      )}
      {body}
    </main>
  );
}
