import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AdvicePanel } from '../../components/AdvicePanel';
import { CarrierCard } from '../../components/CarrierCard';
import { caseText } from '../../components/case-text';
import { carrierName } from '../../components/carrier-names';
import { type CaseLogRow, CaseLogSection } from '../../components/CaseLogSection';
import { CaseSummary } from '../../components/CaseSummary';
import { CopyButton } from '../../components/CopyButton';
import { bounded, formatContactTime, isoDay } from '../../components/format';
import { LookupBox } from '../../components/LookupBox';
import { PackageCard } from '../../components/PackageCard';
import { PackageList } from '../../components/PackageList';
import { t } from '../../components/strings';
import { TikTokCard } from '../../components/TikTokCard';
import { caseKeyFor } from '../../lib/cases/cases';
import { exportCasesCsv } from '../../lib/cases/export';
import { looksLikeOrderId, lookup } from '../../lib/lookup';
import { MAX_LOOKUP_TEXT } from '../../lib/messages';
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
import { type AskNotifications, type CaseStore, useCase } from './use-case';

export interface AppProps {
  /** What the popup read; a new object whenever stored data changes (main.tsx watches storage). */
  data: PopupData;
  caseStore: CaseStore;
  /** Opens the options page (absent where there is none to open, as in tests). */
  onOpenOptions?: () => void;
  /** Opens the cases page, at one case when a key is given. */
  onOpenCases?: (key?: string) => void;
  /** Asks for the notification permission (the first "Remind me"). */
  askNotifications?: AskNotifications;
}

interface AnswerProps extends Pick<AppProps, 'caseStore' | 'onOpenCases' | 'askNotifications'> {
  data: PopupData;
  view: PopupView;
  packages: readonly DetectedPackage[];
  detection?: OrderDetection;
}

/**
 * The answer for one order or lookup: the order's case when there is one, packages, the carrier card of the selected
 * one, "What's wrong?", the TikTok Shop card and the case's contacts.
 */
function Answer({ data, view, packages, detection, caseStore, onOpenCases, askNotifications }: AnswerProps) {
  const [selected, setSelected] = useState(0);
  const [carrierChoice, setCarrierChoice] = useState<Record<number, string>>({});

  const pkg = packages[selected];
  const chosen = carrierChoice[selected] ?? pkg?.carrier;
  const carrier = carrierName(chosen) ? chosen : undefined;
  const region = regionFor(data, detection);
  const role = roleFor(data.settings, detection);
  const today = isoDay(data.now, data.timeZone);
  const problems = problemsFor(view);
  const caseKey = caseKeyFor(detection?.orderId, pkg?.trackingNumber);
  const orderCase = useCase({
    store: caseStore,
    book: data.cases,
    facts: caseKey
      ? {
          key: caseKey,
          ...(detection?.orderId ? { orderId: detection.orderId } : {}),
          ...(region ? { market: region } : {}),
          role,
          ...(detection?.shippingMode ? { shippingMode: detection.shippingMode } : {}),
          ...(carrier ? { carrier } : {}),
          ...(pkg ? { trackingNumber: pkg.trackingNumber } : {}),
        }
      : undefined,
    orderDates: detection?.dates ?? {},
    today,
    limits: data.settings.caseLogLimits,
    notifications: data.notifications,
    askNotifications,
    readOnly: data.casesNewer,
  });
  const current = orderCase.current;

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

  const rows: CaseLogRow[] = (current?.log ?? []).map((entry) => ({
    id: entry.id,
    when: formatContactTime(entry.at, data.timeZone),
    channel: t(`contact_${entry.channel}`),
    ...(entry.reference ? { reference: entry.reference } : {}),
    ...(entry.note ? { note: entry.note } : {}),
  }));

  return (
    <>
      {current && (
        <CaseSummary
          case={current}
          today={today}
          onSetState={orderCase.onSetState}
          onOpenCases={onOpenCases ? () => onOpenCases(current.key) : undefined}
        />
      )}
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
        initialProblem={
          current?.problem && problems.includes(current.problem)
            ? current.problem
            : view.kind === 'awaiting'
              ? 'awaiting-shipment'
              : undefined
        }
        onLog={orderCase.onLog}
        onPick={orderCase.onPick}
        reminder={orderCase.reminder}
      />

      <TikTokCard region={region} role={role} today={today} />

      {caseKey && (
        <CaseLogSection
          rows={rows}
          text={current ? caseText(current, today) : ''}
          csv={current ? exportCasesCsv([current], today) : ''}
          fileName={`case-${caseKey}.csv`}
          onDelete={orderCase.onDeleteEntry}
        />
      )}
    </>
  );
}

/** The popup: the answer for the tab's order, or the lookup, with the lookup box in every state. */
export function App({ data, caseStore, onOpenOptions, onOpenCases, askNotifications }: AppProps) {
  const caseProps = { caseStore, onOpenCases, askNotifications };
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
            <Answer data={data} view={view} packages={detected} detection={view.detection} {...caseProps} />
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
              <Answer key={view.query} data={data} view={view} packages={lookedUp} {...caseProps} />
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
        <div class="top-links">
          {onOpenCases && (
            <button
              type="button"
              class="btn btn-small btn-quiet"
              aria-label={t('openCasesLabel')}
              data-testid="open-cases"
              onClick={() => onOpenCases()}
            >
              {t('openCases')}
            </button>
          )}
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
        </div>
      </header>
      {body}
    </main>
  );
}
