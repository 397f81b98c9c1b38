/**
 * English messages of the extension's pages and background: the popup, the lookup window, the options page, the cases
 * page, the right-click menu, the address-bar suggestions, the toolbar tooltip and the reminders. ICU MessageFormat
 * with named arguments (https://formatjs.github.io/docs/core-concepts/icu-syntax). The source every other language
 * translates; keys are stable ids, never shown.
 *
 * For translators:
 * - Register: short, plain and friendly, as the market's own TikTok Shop app and Seller Center speak to their users
 *   (the informal "you" where the app uses it). Many of these are button labels and headings: keep them short.
 * - TikTok's own labels: where a message quotes a button, menu or status of the TikTok app or Seller Center ("Profile ›
 *   Your orders", "Orders › Manage orders", "Delivered"), use the label the app shows in your market, not a fresh
 *   translation (`lib/page/labels.ts` lists many of them as the pages show them).
 * - Names stay names: "Carrier Finder" (this extension), "TikTok", "TikTok Shop", "Seller Center", "WhatsApp", "CSV",
 *   carrier names ({carrier}), CPF and CNPJ (Brazilian tax numbers). Keep TikTok's own name for "Seller Center" in
 *   your market if it has one.
 * - Arguments in braces (`{carrier}`, `{date}`) are filled in by the extension: keep them as they are, move them where
 *   your grammar needs them. Dates, times, days of the week and lists arrive already written in your language.
 * - Counts use ICU plurals: `{count, plural, one {# case} other {# cases}}`. Give every plural form your language has
 *   (`other` is always required; Japanese, Chinese, Indonesian, Malay, Thai and Vietnamese need only `other`).
 * - Quotation marks “ ” and the apostrophe ’ are the English ones: use your language's own.
 * - “Aria” labels (keys ending in `Label`) are read aloud by screen readers, not shown: say the whole thing.
 */
export const UI_EN = {
  // The extension's name: the popup's heading and the window title. Keep it as is (a name), unless your market's
  // store listing uses a translated name.
  appTitle: 'Carrier Finder',

  // --- Right-click menu and address bar (the background reads these) ----------------------------------------------

  // The right-click menu item on selected text. {text} is the selected text, or the browser's own `%s` placeholder,
  // which the browser replaces with the selection: keep {text} in the message.
  menuFindCarrierFor: 'Find carrier for “{text}”',
  // The right-click menu item on a link.
  menuFindCarrierInLink: 'Find carrier in this link',
  // Shown under the address bar after the user types the extension's keyword.
  omniboxPrompt: 'Type or paste a tracking number to find its carrier, hotline and tracking link',
  // An address-bar suggestion: "USPS: 9400111899223344556677".
  omniboxResult: '{carrier}: {number}',
  // {text}: what the user typed.
  omniboxNothing: 'No tracking number found yet in “{text}”',

  // --- Lookup box ---------------------------------------------------------------------------------------------------

  lookupLabel: 'Look up a tracking number',
  lookupPlaceholder: 'Paste a tracking number',
  // Button.
  lookupSubmit: 'Find carrier',
  lookupHint: 'Open a TikTok Shop order page, or paste a tracking number here.',

  // --- First run ----------------------------------------------------------------------------------------------------

  welcomeTitle: 'Welcome to Carrier Finder',
  welcomeWhat:
    'It tells you which carrier has a TikTok Shop parcel, how to reach it, and what to do when a parcel is late, lost or not received. Everything stays on this device.',
  welcomeOpenOrder: 'Open an order on TikTok Shop or in Seller Center, then click the Carrier Finder icon.',
  welcomeLookup: 'Or paste any tracking number in the box below.',
  welcomeCountry: 'Your country',
  welcomeCountryHint: 'Decides which phone numbers and TikTok Shop rules you see.',
  // Button that closes the welcome note.
  welcomeDismiss: 'Got it',

  // --- States of the popup ------------------------------------------------------------------------------------------

  notOrderPage: 'This page is not a TikTok Shop order page.',
  // "Profile › Your orders" is the path in the TikTok app: use the app's labels in your market.
  notOrderNext_buyer:
    'Open the order on TikTok Shop (Profile › Your orders › the order), then click Carrier Finder again.',
  // "Orders › Manage orders" is the path in Seller Center: use its labels in your market.
  notOrderNext_seller:
    'Open the order in Seller Center (Orders › Manage orders › the order), then click Carrier Finder again.',
  listNoNumbersTitle: 'This order list shows no tracking numbers',
  listNoNumbers: 'Open the order you need, then click Carrier Finder again: the order page shows its tracking number.',
  // Label before the buyer/seller choice: "Help for [Buyer] [Seller]".
  helpForLabel: 'Help for',
  storageUnavailable: 'Carrier Finder could not read its saved data, so the order on this tab is not shown.',
  storageUnavailableHint: 'You can still paste a tracking number below.',
  staleNote: 'This is what the order page showed earlier. The tab has moved on; open the order again to refresh.',
  awaitingTitle: 'Not shipped yet',
  awaitingDetail:
    'This order has no tracking number yet: the seller has not handed it to a carrier. The advice below says what to do and when.',
  awaitingDetailSeller:
    'This order has no tracking number yet: hand it to a carrier and add the tracking number in Seller Center. The advice below says what to do and by when.',
  noNumberTitle: 'The page shows no tracking number',
  noNumberDetailShipped:
    'The order page says this order has shipped, but it shows no tracking number. Open the order’s tracking details on TikTok Shop, copy the number and paste it below.',
  noNumberDetail:
    'Carrier Finder found this order but no tracking number on the page. If it has shipped, copy the number from the order’s tracking details and paste it below.',
  orderLabel: 'Order',
  // Read aloud on the button that copies the order ID. {orderId}: a TikTok Shop order ID.
  copyOrderId: 'Copy order ID {orderId}',
  orderListNote: 'Packages from the order list on this page',
  // Order statuses, as TikTok Shop shows them: use the app's own status names in your market.
  'status_awaiting-payment': 'Awaiting payment',
  'status_awaiting-shipment': 'Awaiting shipment',
  'status_awaiting-collection': 'Awaiting collection',
  'status_in-transit': 'In transit',
  status_delivered: 'Delivered',
  status_completed: 'Completed',
  status_cancelled: 'Cancelled',
  status_returned: 'Returned',
  'status_delivery-failed': 'Delivery failed',
  packagesHeading: 'Packages',
  // {number}: the package's position in the order, 1, 2, 3...
  packageN: 'Package {number}',
  lookupHeading: 'Lookup',
  // {query}: what the user looked up.
  lookupFor: 'Results for “{query}”',
  lookupNothing: 'No tracking number found in “{query}”.',
  lookupNothingHint: 'Check the number for typos, or copy it from the order page again.',
  lookupOrderIdHint:
    'That looks like a TikTok Shop order ID, not a tracking number. The tracking number is on the order page, next to the carrier.',
  severalFound: '{count, plural, one {# tracking number found} other {# tracking numbers found}}',
  packageFilterLabel: 'Find a parcel',
  packageFilterPlaceholder: 'Number, order or status',
  // {shown} of the {total} parcels match the filter.
  packageFilterCount: '{shown, number} of {total, plural, one {# parcel} other {# parcels}}',
  packageFilterNone: 'No parcel matches “{query}”.',
  copyAll: 'Copy all',
  // Read aloud: "Copy all 3 USPS tracking numbers".
  copyAllOfCarrier:
    '{count, plural, one {Copy the # {carrier} tracking number} other {Copy all # {carrier} tracking numbers}}',
  copyAllNumbers: '{count, plural, one {Copy the # tracking number} other {Copy all # tracking numbers}}',
  // {orderId}: a TikTok Shop order ID.
  orderShort: 'Order {orderId}',
  // {number}: a tracking number.
  showingParcel: 'Showing {number}',

  // --- A package ----------------------------------------------------------------------------------------------------

  trackingNumberLabel: 'Tracking number',
  // Buttons that copy text, and what they say after the click.
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  copyTrackingNumber: 'Copy tracking number {number}',
  carrierUnknown: 'Carrier unknown',
  carrierUnknownDetail:
    'Its format does not match any carrier we know. Check the order page or the shipping label for the carrier’s name; the general advice below still applies.',
  // How sure the extension is of the carrier.
  confidence_high: 'High confidence',
  confidence_medium: 'Medium confidence',
  confidence_low: 'Low confidence',
  // Why this carrier: small print after the carrier's name, lower case, joined with " · ".
  sourcePage: 'the page names this carrier',
  sourceNumber: 'identified from the number',
  sourceText: 'named in the text you looked up, not recognised from the number',
  // {text}: the carrier's name as the order page wrote it.
  pageSays: 'The page says “{text}”',
  // A check digit: the last digit of many tracking numbers, computed from the others.
  checksumFailed: 'The number’s check digit does not match {carrier}. It may be mistyped or belong to another carrier.',
  checksumOk: 'check digit verified',
  pickedByYou: 'your choice for this parcel',
  explainLabel: 'What confidence and check digits mean',
  explainConfidence:
    'Confidence says how sure Carrier Finder is of the carrier: high when the page names it or the number’s check digit fits, lower when only the number’s shape fits.',
  explainCheckDigit:
    'A check digit is the last digit of many tracking numbers, worked out from the others: when it fits, the number is typed right and has this carrier’s format.',
  // Other carriers whose numbers look the same.
  alternativesLabel: 'Could also be',
  alternativesMore: 'Show {count} more',
  'reason_check-digit': 'check digit fits',
  reason_prefix: 'prefix fits',
  reason_length: 'same length',
  'basis_check-digit': 'check digit verified for {carrier}',
  basis_prefix: 'its prefix matches {carrier}’s numbers',
  basis_length: 'only its length matches {carrier}’s numbers: check the label',
  // How well the number's format is known.
  grade_a: 'format documented by the carrier',
  grade_b: 'format shown in TikTok Shop’s documentation',
  grade_c: 'format not confirmed by the carrier',
  grade_d: 'format not confirmed by the carrier',

  // --- Carrier card -------------------------------------------------------------------------------------------------

  carrierCardHeading: 'Contact {carrier}',
  hotline: 'Hotline',
  // Read aloud on the phone link. {phone}: the number as the carrier prints it.
  callCarrier: 'Call {carrier} at {phone}',
  copyPhone: 'Copy phone number {phone}',
  openNow: 'Open now',
  closedNow: 'Closed now',
  // {time}: "08:00", already written your language's way.
  opensAtTime: 'Opens at {time}',
  // {day}: a short weekday ("Mon"), already in your language.
  opensOnDay: 'Opens {day} at {time}',
  // After a time converted to the user's time zone.
  yourTime: 'your time',
  // The carrier's opening hours as it prints them, and the city of its time zone: "Mon–Fri 8:00–18:00 (Rome time)".
  hoursIn: '{hours} ({city} time)',
  unverified: 'Not confirmed by the carrier',
  // A web address that could not be confirmed.
  unverifiedPage: 'Address not confirmed',
  // Read aloud on the button that shows where a fact comes from and when it was checked. {what}: the fact.
  provenanceFor: 'Source and date: {what}',
  // {carrier}'s phone line named {phone} (a label such as "Customer service", or the number).
  phoneWhat: '{carrier} {phone}',
  // {country}: the user's country; {otherCountry}: the country whose contacts are shown.
  fallbackInternational: 'Nothing listed for {country}: these are the carrier’s international contacts.',
  fallbackOtherCountry: 'Nothing listed for {country}: these are the carrier’s contacts in {otherCountry}.',
  noContacts: 'We have no contact details for this carrier yet. Use the tracking link or ask TikTok Shop support.',
  noPhone: 'No phone line for this carrier.',
  noPhoneNext_buyer: 'The seller booked this carrier: if tracking stops, message the seller, then TikTok Shop support.',
  noPhoneNext_seller:
    'As the sender, reach the carrier through your shipping account or agent; if TikTok arranged the shipping, open a Seller Center ticket.',
  otherChannels: 'Other ways to reach them',
  // Button that opens the carrier's tracking page.
  trackOn: 'Track on {carrier}',
  trackCopiesHint: 'Also copies the number, ready to paste.',
  trackCopied: 'Number copied: paste it if the page asks.',
  trackCopyFailed: 'The number could not be copied: copy it above, then paste it on the page.',
  'ask_phone-digits': 'The tracking page may ask for the last digits of the recipient’s phone number.',
  // CPF and CNPJ are Brazil's tax numbers for people and companies: keep the names.
  'ask_tax-id': 'The tracking page may ask for the recipient’s tax number (CPF or CNPJ).',
  ask_postcode: 'The tracking page may ask for the recipient’s postcode.',
  ask_captcha: 'The tracking page may ask you to solve a captcha.',
  // Notes on a phone line.
  'caveat_premium-rate': 'Premium-rate line: calls cost more than a normal call.',
  'caveat_senders-only': 'For senders (sellers), not for recipients.',
  'caveat_businesses-only': 'For business customers.',
  'caveat_claims-only': 'Claims desk only.',
  'caveat_complaints-only': 'For complaints and suggestions.',
  'caveat_account-only': 'For account and contract questions, not a general help line.',
  'caveat_orders-in-progress': 'Only for customers with an order on its way.',
  // {printed}: the number as the carrier prints it with letters ("1-800-ASK-USPS").
  'caveat_letters-only': 'The carrier prints this number as {printed}; the digits are worked out from the letters.',
  'caveat_whatsapp-only': 'WhatsApp messages only: not a line for calls.',
  // {lookalike}: another company with a similar name; {carrier}: the parcel's carrier.
  lookalike: '{lookalike} is a different company from {carrier}: do not use its numbers for this parcel.',
  // What the carrier's own website tells people to do instead of calling. {carrier}: the carrier's name.
  'answer_contact-sender': '{carrier} says: contact the sender (the seller) first.',
  'answer_contact-retailer': '{carrier} says: contact the shop you bought from first.',
  // The same, for a seller (who is the sender and the shop).
  'answer_contact-sender_seller':
    '{carrier} deals with the sender, and for this parcel that is you: contact it through your shipping account, or through Seller Center if TikTok arranged the shipping.',
  'answer_contact-retailer_seller':
    '{carrier} sends recipients to the shop first, and the shop is you: answer the buyer, and contact {carrier} as the sender.',
  'answer_web-chat': '{carrier} says: use its web chat.',
  'answer_online-form': '{carrier} says: use its online form.',
  answer_email: '{carrier} says: write to it by e-mail.',
  answer_branch: '{carrier} says: its customer service is run by its local branches.',
  'answer_virtual-assistant': '{carrier} says: use the virtual assistant on its website.',
  // {quote}: the carrier's own words, in the carrier's language (not translated).
  answerQuote: 'In its words: “{quote}”',
  // Links to the carrier's page behind that answer.
  'answerGo_contact-sender': 'Read {carrier}’s page',
  'answerGo_contact-retailer': 'Read {carrier}’s page',
  'answerGo_web-chat': 'Open {carrier}’s web chat',
  'answerGo_online-form': 'Open {carrier}’s form',
  answerGo_email: 'Write to {carrier}',
  answerGo_branch: 'Read {carrier}’s page',
  'answerGo_virtual-assistant': 'Open {carrier}’s virtual assistant',
  claimsPage: 'File a claim with {carrier}',
  sourceLabel: 'Source',
  // {date}: the day a fact was last checked, already in your language.
  checkedOn: 'checked {date}',
  // Read aloud after a link that opens a new tab.
  opensNewTab: '(opens in a new tab)',

  // --- TikTok Shop card ---------------------------------------------------------------------------------------------

  tiktokHeading: 'TikTok Shop support',
  tiktokBuyerPath: 'In the TikTok app',
  tiktokSellerPath: 'In Seller Center',
  tiktokSellerHelp: 'Seller Center help',
  tiktokSellerTicket: 'Open a Seller Center ticket',
  tiktokPolicy: 'Shipping and returns policy',
  tiktokNone: 'TikTok Shop has no phone line: use the in-app help or Seller Center.',
  roleBuyer: 'for buyers',
  roleSeller: 'for sellers',
  // Read aloud before "Profile › Your orders".
  breadcrumbLabel: 'Path in the app',

  // --- Problems and advice ------------------------------------------------------------------------------------------

  whatsWrong: 'What’s wrong?',
  // Followed by one of the signal_ messages: "From the page: it says “Delivered”."
  problemSignalLead: 'From the page:',
  signal_unshipped: 'it has not shipped yet.',
  signal_returned: 'the parcel is going back, or its delivery failed.',
  // “Delivered” is the order status as the app shows it.
  signal_delivered: 'it says “Delivered”.',
  // {date}: the day of the last tracking update; {days}: how many days ago that was.
  'signal_no-scan': 'no tracking update since {date} ({days, plural, one {# day} other {# days}}).',
  // {date}: the estimated delivery date the order page shows.
  signal_overdue: 'its estimated delivery, {date}, has passed.',
  problemSignalChange: 'Not it? Pick another above.',
  commonProblemsHeading: 'The most common problems',
  commonProblemsHint: 'Pick one to see every step and its deadline.',
  showSteps: 'Show the steps',
  // {problem}: one of the problem_ labels below.
  showStepsFor: 'Show the steps for: {problem}',
  // A section of things worth knowing, with how many there are.
  unknownsCount: 'Good to know ({count})',
  // {number}: the step's number.
  stepSource: 'step {number}',
  // The problems a user can pick: short button labels.
  problem_delayed: 'Late / no updates',
  problem_lost: 'Lost',
  'problem_not-received': 'Delivered, not received',
  'problem_wrong-address': 'Wrong address',
  problem_customs: 'Customs / duties',
  problem_damaged: 'Damaged / wrong item',
  problem_returned: 'Returned / not delivered',
  'problem_awaiting-shipment': 'Not shipped yet',
  stepsHeading: 'What to do: {problem}',
  unknownsHeading: 'Good to know',
  policyLink: 'TikTok Shop policy for your region',
  // Who a step is about: a small heading above the step.
  who_seller: 'Contact the seller',
  who_buyer: 'Contact the buyer',
  who_tiktok: 'Contact TikTok Shop',
  who_carrier: 'Contact the carrier',
  'who_card-issuer': 'Contact your card issuer',
  who_self: 'Do it yourself',
  // {when}: a sentence of the advice saying when to do the step.
  when: 'When: {when}',
  notBefore: 'Worth doing from {date}',
  deadlineBy: 'Request by {date}',
  // Small tags beside a deadline.
  deadlinePassed: 'passed',
  deadlineDueSoon: 'due soon',
  deadlineToday: 'today',
  deadlineOneDay: '1 day left',
  // Used from 2 days up (1 day has its own message above).
  deadlineDaysLeft: '{days, plural, one {# day left} other {# days left}}',
  followUp: 'Follow up on {date} if nothing happens',
  // {items}: a list of the have_ items below, already joined your language's way.
  haveReady: 'Have ready: {items}',
  'have_order-id': 'order ID',
  'have_tracking-number': 'tracking number',
  have_photos: 'photos',
  'have_unboxing-video': 'unboxing video',
  have_label: 'shipping label',
  'have_proof-of-address': 'proof of address',
  'have_delivery-photo': 'delivery photo',
  have_receipt: 'receipt',
  'have_customs-documents': 'customs documents',
  callAction: 'Call {carrier}: {phone}',
  contactPageAction: '{carrier} contact page',
  claimsAction: 'File a claim with {carrier}',
  trackAction: 'Track on {carrier}',
  // Opens the text of a message to copy.
  previewMessage: 'Preview',
  adviceSource: 'Source: {source}',
  adviceReason: 'Why: {reason}',
  theCarrier: 'the carrier',

  // --- "Write in": the language of a message to copy ---------------------------------------------------------------

  // Label of the small language picker beside each message to copy (to a seller, a buyer, TikTok or a carrier): the
  // message is rewritten in the chosen language. The choices are language names, each in its own language.
  writeInLabel: 'Write in',
  // Read aloud on that picker. {message}: the message's button label ("Copy a message to the seller").
  writeInLabelFor: 'Language of the message: {message}',
  // Announced to screen readers after a change. {language}: the language's own name ("Deutsch").
  writeInChanged: 'Message rewritten in {language}.',

  // --- Case log -----------------------------------------------------------------------------------------------------

  logContact: 'Log a contact',
  logContactFor: 'Log a contact for step: {step}',
  // How the user contacted someone (phone, chat...).
  logChannel: 'Channel',
  // A ticket, case or claim number a support service gave the user.
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
  caseLogShow: 'Case log: nothing logged yet',
  caseLogEmpty: 'No contacts logged yet. Logging each call or message (date, reference) helps if you need to escalate.',
  caseLogCopy: 'Copy as text',
  caseLogCsv: 'Download CSV',
  caseLogDelete: 'Delete',
  // {when}: the date and time the contact was logged.
  caseLogDeleteEntry: 'Delete entry from {when}',
  caseLogConfirmDelete: 'Delete this entry? This cannot be undone.',
  caseLogPrivate: 'Kept only in this browser. Never synced or sent anywhere.',

  // --- Cases (popup summary, cases page, reminders, toolbar) --------------------------------------------------------

  // A "case" is one order's problem that the user follows until it is resolved.
  casesTitle: 'Your cases',
  // The cases page's window title.
  casesPageTitle: 'Carrier Finder: your cases',
  openCases: 'Your cases',
  openCasesLabel: 'Open your cases in a new tab',
  caseOpenInList: 'See it in your cases',
  caseOpenInListLabel: 'See it in your cases, in a new tab',
  casePrivacy: 'Kept only in this browser. Never synced or sent anywhere.',
  caseHeading: 'Your case',
  // How a case is named: by its order ID, or by its tracking number when there is no order ID.
  caseOrder: 'Order {orderId}',
  caseTracking: 'Tracking number {number}',
  state_open: 'Open',
  state_waiting: 'Waiting for a reply',
  state_resolved: 'Resolved',
  // {step}: a step's title ("Request a refund"); {date}: its day.
  caseNextDeadline: '{step}: by {date}',
  caseNextFollowUp: '{step}: follow up on {date}',
  caseNextLabel: 'Next',
  caseNoDate: 'No date ahead.',
  caseOverdue: 'overdue',
  caseProblem: 'Problem: {problem}',
  caseNoProblem: 'No problem picked yet',
  // Buttons, and what screen readers hear for them. {case}: the case's name ("Order 5772…").
  caseResolve: 'Resolve',
  caseResolveLabel: 'Resolve case {case}',
  caseReopen: 'Reopen',
  caseReopenLabel: 'Reopen case {case}',
  caseWaiting: 'Waiting for a reply',
  caseWaitingLabel: 'Mark case {case} as waiting for a reply',
  caseNotWaiting: 'Not waiting',
  caseNotWaitingLabel: 'Not waiting: mark case {case} as open again',
  caseDelete: 'Delete',
  caseDeleteLabel: 'Delete case {case}',
  caseDeleted: 'Case {case} deleted.',
  caseUndo: 'Undo',
  caseRestored: 'Case {case} restored.',
  // {error}: the browser's error message, in English.
  caseSaveFailed: 'Could not save: {error}',
  caseDetails: 'Details',
  caseDetailsLabel: 'Details of case {case}',
  caseDatesHeading: 'Dates',
  caseDatesEmpty: 'No dated steps: pick a problem in the popup on the order page.',
  caseDone: 'Done',
  // {step}: a dated step ("Request a refund: by 6 Dec").
  caseDoneLabel: 'Done: {step}',
  caseContactsHeading: 'Contacts',
  caseContactsEmpty: 'No contacts logged.',
  caseTrackingNumbers: 'Tracking numbers',
  caseCarrier: 'Carrier',
  caseMarket: 'Market',
  // Followed by "Buyer" or "Seller".
  caseRole: 'You are the',
  // One line of a case copied as text: "Carrier: USPS". Adjust the spacing around the colon to your language.
  caseField: '{label}: {value}',
  casesEmpty:
    'No cases yet. Open a TikTok Shop order page, click the Carrier Finder icon and pick what’s wrong: the order is kept here with its dates.',
  casesNoMatch: 'No case matches these filters.',
  casesSearch: 'Search by order ID or tracking number',
  // Label of the filter by state.
  casesStateFilter: 'Show',
  casesFilter_active: 'Open and waiting',
  casesFilter_open: 'Open',
  casesFilter_waiting: 'Waiting for a reply',
  casesFilter_resolved: 'Resolved',
  casesFilter_all: 'All cases',
  casesMarketFilter: 'Market',
  casesAllMarkets: 'All markets',
  // {shown}: cases matching the filters; {total}: all cases.
  casesShown: '{shown, plural, one {# case shown} other {# cases shown}}, {total, number} in all.',
  casesExportCsv: 'Download all as CSV',
  casesExportText: 'Download all as text',
  casesNewer:
    'Your cases were saved by a newer version of Carrier Finder. They are shown as well as this version can read them, and cannot be changed here.',
  // {error}: the browser's error message, in English.
  casesReadError: 'Your cases could not be read ({error}).',
  casesOpenSettings: 'Settings',
  casesExportNone: 'No cases recorded.',
  remindMe: 'Remind me',
  // {step}: a dated step ("Request a refund: by 6 Dec").
  remindMeLabel: 'Remind me: {step}',
  // {date}: a day; {time}: a time of day ("09:00").
  reminderOn: 'Reminder on {date} at {time}',
  reminderFired: 'Reminded on {date}',
  reminderDay: 'Remind me on',
  reminderDayLabel: 'Day of the reminder for {step}',
  reminderRemove: 'No reminder',
  reminderRemoveLabel: 'No reminder for {step}',
  reminderFallback:
    'Notifications are off, so the Carrier Finder icon in the toolbar shows the number of cases due instead.',
  reminderAllow: 'Allow notifications',
  // The toolbar icon's tooltip when cases are due.
  badgeCasesDue: 'Carrier Finder: {count, plural, one {# case due today} other {# cases due today}}',
  // {date}: the deadline's day; {step}: the step.
  notificationDeadline: 'Deadline {date}: {step}',
  notificationFollowUp: 'Follow up {date}: {step}',

  // --- Toolbar icon's tooltip on an order page ----------------------------------------------------------------------

  badgeOrderNoNumber: 'Carrier Finder: order found, no tracking number yet',
  // {carriers}: the carriers' names, already joined your language's way ("USPS and UPS").
  badgePackages: 'Carrier Finder: {count, plural, one {# package} other {# packages}}, {carriers}',
  // In that list, for a package whose carrier is not known.
  badgeCarrierUnknown: 'carrier unknown',

  // --- Popup: the way to the options page ---------------------------------------------------------------------------

  openSettings: 'Settings',
  openSettingsLabel: 'Open Carrier Finder settings',
  detectionOffNote: 'Reading TikTok Shop order pages is turned off in the settings.',

  // --- Options page -------------------------------------------------------------------------------------------------

  // Also the window title.
  optionsTitle: 'Carrier Finder settings',
  optionsPrivacy: 'Kept on this device only. Carrier Finder has no server and sends nothing anywhere.',
  // {error}: the browser's error message, in English.
  optionsReadError: 'Settings could not be read ({error}). Changes may not be kept.',
  optionsNewerSettings:
    'These settings were saved by a newer version of Carrier Finder. They are shown as well as this version can read them, and changes here are not saved.',
  optionsNewerCaseLog:
    'Your cases were saved by a newer version of Carrier Finder. They are kept as they are: this version cannot change them.',
  saved: 'Saved.',
  saveFailed: 'Could not save: {error}',
  saveRefusedNewer: 'Not saved: a newer version of Carrier Finder saved these settings.',
  resetSettings: 'Reset settings to defaults',
  // The language of the extension.
  languageLabel: 'Language',
  // The first choice: follow the browser's language. {language}: the language that gives, in its own name
  // ("Deutsch", "日本語"; "English" when the browser's language is not one of ours).
  languageAutomatic: 'Automatic — {language}',
  languageHint:
    'Automatic follows your browser’s language. Each message to copy has its own “Write in” choice, so you can write to someone in their language.',
  countryLabel: 'Your country',
  countryNotSet: 'Not set',
  // {country}: a country name.
  countryFromBrowser: 'From your browser: {country}',
  countryUseBrowser: 'Use my browser’s country ({country})',
  countryHint:
    'Decides the hotline and TikTok Shop rules for numbers you look up, and for order pages that do not show their market. An order page’s own market always wins.',
  // Followed by the choices below: "You are a: Buyer / Seller".
  roleLegend: 'You are a',
  role_auto: 'Decide from the page',
  roleHint_auto: 'Buyer on tiktok.com, seller in Seller Center',
  role_buyer: 'Buyer',
  roleHint_buyer: 'I buy on TikTok Shop',
  role_seller: 'Seller',
  roleHint_seller: 'I sell on TikTok Shop',
  preferredLegend: 'Preferred carriers',
  preferredHint: 'When a tracking number fits several carriers, the one highest in your list wins.',
  preferredInCountry: 'Carriers in {country}',
  preferredNoCountry: 'Choose your country above to see its carriers first.',
  preferredSearchLabel: 'Find another carrier',
  preferredSearchHint: 'Any carrier in any country, by name.',
  preferredSearchNone: 'No carrier called “{query}”.',
  preferredRankHeading: 'Your order of preference',
  preferredRankEmpty: 'No preferred carriers yet: a number that fits several carriers shows the likeliest first.',
  preferredFull: 'You can prefer up to {max, plural, one {# carrier} other {# carriers}}. Remove one to add another.',
  // Buttons that reorder the list, and what screen readers hear for them.
  moveUp: 'Up',
  moveUpLabel: 'Move {carrier} up',
  moveDown: 'Down',
  moveDownLabel: 'Move {carrier} down',
  remove: 'Remove',
  removeLabel: 'Remove {carrier}',
  // Announced after a change: {position} is the carrier's place in the list, {total} the list's length.
  rankMoved: '{carrier} is now number {position} of {total}.',
  rankAdded: '{carrier} added as number {position}.',
  rankRemoved: '{carrier} removed from your preferred carriers.',
  pagesLegend: 'Order pages',
  detectionLabel: 'Find tracking numbers on TikTok Shop order pages',
  detectionHint: 'When off, Carrier Finder does not read order pages; you can still look numbers up.',
  badgeLabel: 'Show the number of packages found on the toolbar icon',
  caseLogLegend: 'Cases',
  // {cases}: how many cases are kept; {contacts}: how many logged contacts.
  caseLogSize: 'Cases: {cases}. Contacts: {contacts}.',
  caseLogNothing: 'No cases yet.',
  caseLogKeepOrders: 'Cases kept',
  caseLogKeepEntries: 'Contacts kept per case',
  caseLogKeepHint:
    'The most recent are kept: when there are too many cases, resolved ones go first, then those untouched longest.',
  caseLogExportCsv: 'Download all as CSV',
  caseLogExportText: 'Download all as text',
  caseLogDeleteAll: 'Delete all…',
  caseLogConfirmDeleteAll: 'Delete every case and its contacts and reminders? Cases: {cases}. Contacts: {contacts}.',
  caseLogDeleteAllConfirm: 'Delete all',
  caseLogDeleted: 'All cases deleted. Cases: {cases}. Contacts: {contacts}.',
  caseLogTrimmed: 'Removed to fit the new limit. Cases: {cases}. Contacts: {contacts}.',
  caseLogUndo: 'Undo',
  caseLogRestored: 'Restored.',
} as const satisfies Readonly<Record<string, string>>;

/** A page message's key. */
export type UiKey = keyof typeof UI_EN;
