import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AdvicePanel } from '../../components/AdvicePanel';
import type { LogDraft } from '../../components/LogContactForm';
import { CarrierCard } from '../../components/CarrierCard';
import { carrierName } from '../../components/carrier-names';
import { type CaseLogRow, CaseLogSection } from '../../components/CaseLogSection';
import { CopyButton } from '../../components/CopyButton';
import { bounded, isoDay } from '../../components/format';
import { LookupBox } from '../../components/LookupBox';
import { PackageCard } from '../../components/PackageCard';
import { PackageList } from '../../components/PackageList';
import { t } from '../../components/strings';
import { TikTokCard } from '../../components/TikTokCard';
import {
  type CaseLog,
  addEntry,
  deleteEntry,
  emptyCaseLog,
  exportCsv,
  exportText,
  isOrderId,
} from '../../lib/advice/case-log';
import { looksLikeOrderId, lookup } from '../../lib/lookup';
import { MAX_LOOKUP_TEXT } from '../../lib/messages';
import type { AdviceStep } from '../../lib/advice/types';
import type { DetectedPackage, OrderDetection } from '../../lib/order';
import {
  type PopupData,
  type PopupView,
  initialView,
  isShipped,
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

export interface AppProps {
  /** What the popup read; a new object whenever stored data changes (main.tsx watches storage). */
  data: PopupData;
  caseLogStore: CaseLogStore;
  /** Opens the options page (absent where there is none to open, as in tests). */
  onOpenOptions?: () => void;
}

interface AnswerProps {
  data: PopupData;
  view: PopupView;
  packages: readonly DetectedPackage[];
  detection?: OrderDetection;
  caseLogStore: CaseLogStore;
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
 * The answer for one order or lookup: packages, the carrier card of the selected one, "What's wrong?", the TikTok
 * Shop card and the case log.
 */
function Answer({ data, view, packages, detection, caseLogStore }: AnswerProps) {
  const [selected, setSelected] = useState(0);
  const [carrierChoice, setCarrierChoice] = useState<Record<number, string>>({});
  const [caseLog, setCaseLog] = useState<CaseLog>(() => data.caseLog ?? emptyCaseLog());
  // Another window logged or deleted something: show it.
  useEffect(() => setCaseLog(data.caseLog ?? emptyCaseLog()), [data.caseLog]);

  const pkg = packages[selected];
  const chosen = carrierChoice[selected] ?? pkg?.carrier;
  const carrier = carrierName(chosen) ? chosen : undefined;
  const region = regionFor(data, detection);
  const role = roleFor(data.settings, detection);
  const today = isoDay(data.now, data.timeZone);
  const problems = problemsFor(view);
  const caseKey = [detection?.orderId, pkg?.trackingNumber].find(isOrderId);

  const input = useMemo(
    () => ({
      role,
      region,
      shippingMode: detection?.shippingMode,
      carrier,
      carrierName: carrierName(carrier),
      dates: detection?.dates ?? {},
      today,
      orderId: detection?.orderId,
      trackingNumber: pkg?.trackingNumber,
    }),
    [role, region, detection, carrier, today, pkg],
  );

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

  return (
    <>
      <section class="card order" aria-label={t('packagesHeading')}>
        {detection?.orderId && (
          <div class="order-row">
            <span class="field-label">{t('orderLabel')}</span>
            <span class="order-id" data-testid="order-id">
              {bounded(detection.orderId, 64)}
            </span>
            <CopyButton text={detection.orderId} label={`${t('copy')} ${t('orderLabel')} ${detection.orderId}`} />
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
        {packages.length > 1 && (
          <>
            <h2 class="sr-only">{t('severalFound', packages.length)}</h2>
            <PackageList packages={packages} selected={selected} onSelect={(index) => setSelected(index)} />
          </>
        )}
        {pkg && (
          <PackageCard
            key={selected}
            pkg={pkg}
            carrierId={carrier ?? chosen}
            onSelectCarrier={(id) => setCarrierChoice({ ...carrierChoice, [selected]: id })}
          />
        )}
      </section>

      {carrier && (
        <CarrierCard
          key={`${carrier}-${selected}`}
          carrierId={carrier}
          trackingNumber={pkg?.trackingNumber}
          region={region}
          now={data.now}
          today={today}
          timeZone={data.timeZone}
        />
      )}

      <AdvicePanel
        key={selected}
        problems={problems}
        input={input}
        initialProblem={view.kind === 'awaiting' ? 'awaiting-shipment' : undefined}
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

/** The popup: the answer for the tab's order, or the lookup, with the lookup box in every state. */
export function App({ data, caseLogStore, onOpenOptions }: AppProps) {
  const [view, setView] = useState<PopupView>(() => initialView(data));
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

  let body;
  switch (view.kind) {
    case 'order':
    case 'awaiting':
    case 'no-number':
      body = (
        <>
          {view.stale && (
            <p class="notice notice-stale" role="note" data-testid="stale-note">
              {t('staleNote')}
            </p>
          )}
          <div class={view.stale ? 'answer answer-stale' : 'answer'}>
            <Answer
              data={data}
              view={view}
              packages={detected}
              detection={view.detection}
              caseLogStore={caseLogStore}
            />
          </div>
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
              <Answer key={view.query} data={data} view={view} packages={lookedUp} caseLogStore={caseLogStore} />
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
          <p class="intro" data-testid="not-order">
            {t('notOrderPage')}
          </p>
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
      {body}
    </main>
  );
}
