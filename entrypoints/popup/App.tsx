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
import { NextStep } from '../../components/NextStep';
import { PackageCard } from '../../components/PackageCard';
import { GROUP_FROM, PackageList } from '../../components/PackageList';
import { currentText, t } from '../../components/strings';
import { TikTokCard } from '../../components/TikTokCard';
import { Welcome } from '../../components/Welcome';
import { commonProblems } from '../../lib/advice/likely';
import { emptyCarrierPicks, pickFor, pickKey } from '../../lib/carrier-picks';
import { caseKeyFor } from '../../lib/cases/cases';
import { exportCasesCsv } from '../../lib/cases/export';
import { looksLikeOrderId, lookup } from '../../lib/lookup';
import { MAX_LOOKUP_TEXT } from '../../lib/messages';
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
import { type AskNotifications, type CaseStore, useCase } from './use-case';

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
  caseStore: CaseStore;
  /** Opens the options page (absent where there is none to open, as in tests). */
  onOpenOptions?: () => void;
  /** Opens the cases page, at one case when a key is given. */
  onOpenCases?: (key?: string) => void;
  /** Asks for the notification permission (the first "Remind me"). */
  askNotifications?: AskNotifications;
  actions?: Partial<PopupActions>;
}

interface AnswerProps extends Pick<AppProps, 'caseStore' | 'onOpenCases' | 'askNotifications' | 'actions'> {
  data: PopupData;
  view: PopupView;
  packages: readonly DetectedPackage[];
  detection?: OrderDetection;
}

/**
 * The answer for one order or lookup, most urgent first: the order's case when there is one; the parcel and its
 * carrier with the hotline and Track; an order list's other parcels; what to do (the page's problem already chosen);
 * TikTok Shop's help; the case's contacts.
 */
function Answer({ data, view, packages, detection, caseStore, onOpenCases, askNotifications, actions }: AnswerProps) {
  const [selected, setSelected] = useState(packages[0]?.trackingNumber);
  // Carriers picked in this popup, by tracking number: shown at once, before storage reports the write back.
  const [choices, setChoices] = useState<Record<string, string>>({});
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
  const grouped = packages.length >= GROUP_FROM;
  const caseKey = caseKeyFor(orderId, pkg?.trackingNumber);
  const orderCase = useCase({
    store: caseStore,
    book: data.cases,
    facts: caseKey
      ? {
          key: caseKey,
          ...(orderId ? { orderId } : {}),
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

  // The pages' language is part of the advice: a new language works it out again.
  const text = currentText();
  const input = useMemo(
    () => ({
      text,
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
    [text, role, region, detection, carrier, today, orderId, pkg],
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

  const rows: CaseLogRow[] = (current?.log ?? []).map((entry) => ({
    id: entry.id,
    when: formatContactTime(entry.at, data.timeZone),
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
      {current && (
        <CaseSummary
          case={current}
          today={today}
          onSetState={orderCase.onSetState}
          onOpenCases={onOpenCases ? () => onOpenCases(current.key) : undefined}
        />
      )}
      <section class="card order" aria-label={t('packagesHeading')} ref={top}>
        {orderId && (
          <div class="order-row">
            <span class="field-label">{t('orderLabel')}</span>
            <span class="order-id" data-testid="order-id">
              {bounded(orderId, 64)}
            </span>
            <CopyButton text={orderId} label={t('copyOrderId', { orderId })} quiet />
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
            <h2 class="sr-only">{t('severalFound', { count: packages.length })}</h2>
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
          <h2 id="packages-heading">{t('severalFound', { count: packages.length })}</h2>
          {list}
        </section>
      )}

      <AdvicePanel
        key={`${view.kind}-${pkg?.trackingNumber}-${signal?.problem}`}
        problems={problems}
        input={input}
        signal={signal}
        common={commonProblems(role)}
        chosen={current?.problem}
        onLog={orderCase.onLog}
        onPick={orderCase.onPick}
        reminder={orderCase.reminder}
      />

      <TikTokCard region={region} role={role} today={today} />

      {caseKey && (
        <CaseLogSection
          rows={rows}
          text={current ? caseText(current, today) : ''}
          csv={current ? exportCasesCsv([current], today, currentText()) : ''}
          fileName={`case-${caseKey}.csv`}
          onDelete={orderCase.onDeleteEntry}
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
export function App({ data, caseStore, onOpenOptions, onOpenCases, askNotifications, actions }: AppProps) {
  const answerProps = { caseStore, onOpenCases, askNotifications, actions };
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
            <Answer data={data} view={view} packages={detected} detection={view.detection} {...answerProps} />
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
              <p>{t('lookupNothing', { query: bounded(view.query, 60) })}</p>
              <p class="meta">{t(looksLikeOrderId(view.query) ? 'lookupOrderIdHint' : 'lookupNothingHint')}</p>
            </div>
          ) : (
            <div class="answer">
              <Answer key={view.query} data={data} view={view} packages={lookedUp} {...answerProps} />
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
