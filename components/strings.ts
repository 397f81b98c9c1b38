/**
 * Every user-visible string of the popup, the lookup view and the shared components, in one place so a translation
 * only has to add a table. `{0}`, `{1}`... are filled from `t()`'s extra arguments.
 */
const EN = {
  appTitle: 'Carrier Finder',

  // Right-click menu and address bar (the background reads these through t())
  menuFindCarrierFor: 'Find carrier for “{0}”',
  menuFindCarrierInLink: 'Find carrier in this link',
  omniboxPrompt: 'Type or paste a tracking number to find its carrier, hotline and tracking link',
  omniboxResult: '{0}: {1}',
  omniboxNothing: 'No tracking number found yet in “{0}”',

  // Lookup box
  lookupLabel: 'Look up a tracking number',
  lookupPlaceholder: 'Paste a tracking number',
  lookupSubmit: 'Find carrier',
  lookupHint: 'Open a TikTok Shop order page, or paste a tracking number here.',

  // States
  notOrderPage: 'This page is not a TikTok Shop order page.',
  storageUnavailable: 'Carrier Finder could not read its saved data, so the order on this tab is not shown.',
  storageUnavailableHint: 'You can still paste a tracking number below.',
  staleNote: 'This is what the order page showed earlier. The tab has moved on; open the order again to refresh.',
  awaitingTitle: 'Not shipped yet',
  awaitingDetail:
    'This order has no tracking number yet: the seller has not handed it to a carrier. The advice below says what to do and when.',
  awaitingDetailSeller:
    'This order has no tracking number yet: hand it to a carrier and add the tracking number in Seller Center. The advice below says what to do and by when.',
  orderLabel: 'Order',
  orderListNote: 'Packages from the order list on this page',
  packagesHeading: 'Packages',
  packageN: 'Package {0}',
  lookupHeading: 'Lookup',
  lookupFor: 'Results for “{0}”',
  lookupNothing: 'No tracking number found in “{0}”.',
  lookupNothingHint: 'Check the number for typos, or copy it from the order page again.',
  lookupOrderIdHint:
    'That looks like a TikTok Shop order ID, not a tracking number. The tracking number is on the order page, next to the carrier.',
  severalFound: '{0} tracking numbers found',

  // Package
  trackingNumberLabel: 'Tracking number',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  copyTrackingNumber: 'Copy tracking number {0}',
  carrierUnknown: 'Carrier unknown',
  carrierUnknownDetail:
    'Its format does not match any carrier we know. Check the order page or the shipping label for the carrier’s name; the general advice below still applies.',
  confidence_high: 'High confidence',
  confidence_medium: 'Medium confidence',
  confidence_low: 'Low confidence',
  sourcePage: 'the page names this carrier',
  sourceNumber: 'identified from the number',
  sourceText: 'named in the text you looked up, not recognised from the number',
  pageSays: 'The page says “{0}”',
  checksumFailed: 'The number’s check digit does not match {0}. It may be mistyped or belong to another carrier.',
  checksumOk: 'check digit verified',
  alternativesLabel: 'Could also be',
  showCarrier: 'Show {0}',

  // Carrier card
  carrierCardHeading: 'Contact {0}',
  hotline: 'Hotline',
  callCarrier: 'Call {0} at {1}',
  copyPhone: 'Copy phone number {0}',
  openNow: 'Open now',
  closedNow: 'Closed now',
  opensAtTime: 'Opens at {0}',
  opensOnDay: 'Opens {0} at {1}',
  yourTime: 'your time',
  hoursIn: '{0} ({1} time)',
  unverified: 'Unverified: listed by a third party',
  unverifiedPage: 'Unverified address',
  fallbackInternational: 'Nothing listed for {0}: these are the carrier’s international contacts.',
  fallbackOtherCountry: 'Nothing listed for {0}: these are the carrier’s contacts in {1}.',
  noContacts: 'We have no contact details for this carrier yet. Use the tracking link or ask TikTok Shop support.',
  noPhone: 'No phone line for this carrier.',
  otherChannels: 'Other ways to reach them',
  trackOn: 'Track on {0}',
  copyThenPaste: 'Copy the number, then paste it there.',
  claimsPage: 'File a claim with {0}',
  sourceLabel: 'Source',
  checkedOn: 'checked {0}',
  opensNewTab: '(opens in a new tab)',

  // TikTok Shop card
  tiktokHeading: 'TikTok Shop support',
  tiktokBuyerPath: 'In the TikTok app',
  tiktokSellerPath: 'In Seller Center',
  tiktokSellerHelp: 'Seller Center help',
  tiktokSellerTicket: 'Open a Seller Center ticket',
  tiktokPolicy: 'Shipping and returns policy',
  tiktokNone: 'TikTok Shop has no phone line: use the in-app help or Seller Center.',
  roleBuyer: 'for buyers',
  roleSeller: 'for sellers',
  breadcrumbLabel: 'Path in the app',

  // Problems and advice
  whatsWrong: 'What’s wrong?',
  problem_delayed: 'Delayed / no updates',
  problem_lost: 'Lost',
  'problem_not-received': 'Delivered, not received',
  'problem_wrong-address': 'Wrong address',
  problem_customs: 'Customs or duties',
  problem_damaged: 'Damaged or wrong item',
  problem_returned: 'Returned / failed delivery',
  'problem_awaiting-shipment': 'Not shipped yet',
  stepsHeading: 'What to do: {0}',
  unknownsHeading: 'Good to know',
  policyLink: 'TikTok Shop policy for your region',
  who_seller: 'Contact the seller',
  who_buyer: 'Contact the buyer',
  who_tiktok: 'Contact TikTok Shop',
  who_carrier: 'Contact the carrier',
  'who_card-issuer': 'Contact your card issuer',
  who_self: 'Do it yourself',
  when: 'When: {0}',
  notBefore: 'Worth doing from {0}',
  deadlineBy: 'Request by {0}',
  deadlinePassed: 'passed',
  deadlineDueSoon: 'due soon',
  deadlineToday: 'today',
  deadlineOneDay: '1 day left',
  deadlineDaysLeft: '{0} days left',
  followUp: 'Follow up on {0} if nothing happens',
  haveReady: 'Have ready: {0}',
  'have_order-id': 'order ID',
  'have_tracking-number': 'tracking number',
  have_photos: 'photos',
  'have_unboxing-video': 'unboxing video',
  have_label: 'shipping label',
  'have_proof-of-address': 'proof of address',
  'have_delivery-photo': 'delivery photo',
  have_receipt: 'receipt',
  'have_customs-documents': 'customs documents',
  callAction: 'Call {0}: {1}',
  contactPageAction: '{0} contact page',
  claimsAction: 'File a claim with {0}',
  trackAction: 'Track on {0}',
  previewMessage: 'Preview',
  adviceSource: 'Source: {0}',
  adviceReason: 'Why: {0}',
  theCarrier: 'the carrier',

  // Case log
  logContact: 'Log a contact',
  logContactFor: 'Log a contact for step: {0}',
  logChannel: 'Channel',
  logReference: 'Reference number',
  logNote: 'Note',
  logSave: 'Save',
  logCancel: 'Cancel',
  logSaved: 'Saved to your case log',
  logSaveFailed: 'Could not save: storage is unavailable',
  'contact_tiktok-chat': 'TikTok Shop chat',
  'contact_tiktok-ticket': 'TikTok Shop ticket',
  'contact_seller-message': 'Message to the seller',
  'contact_buyer-message': 'Message to the buyer',
  'contact_carrier-phone': 'Carrier phone call',
  'contact_carrier-email': 'Carrier email',
  'contact_carrier-claim': 'Carrier claim',
  contact_other: 'Other',
  caseLogHeading: 'Case log',
  caseLogEmpty: 'No contacts logged yet. Logging each call or message (date, reference) helps if you need to escalate.',
  caseLogCopy: 'Copy as text',
  caseLogCsv: 'Download CSV',
  caseLogDelete: 'Delete',
  caseLogDeleteEntry: 'Delete entry from {0}',
  caseLogConfirmDelete: 'Delete this entry? This cannot be undone.',
  caseLogPrivate: 'Kept only in this browser. Never synced or sent anywhere.',
} as const;

export type StringKey = keyof typeof EN;

/** The string for `key` with `{0}`, `{1}`... replaced by `args`. */
export function t(key: StringKey, ...args: (string | number)[]): string {
  return EN[key].replace(/\{(\d)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/** For keys built from data (`problem_${id}`): the string when the key exists, else undefined. */
export function tMaybe(key: string, ...args: (string | number)[]): string | undefined {
  return Object.hasOwn(EN, key) ? t(key as StringKey, ...args) : undefined;
}
