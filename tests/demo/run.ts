/**
 * `npm run demo`: the extension's main job on the bundled sample order pages. Each sample page is served at its real
 * TikTok Shop URL (no network), the content script reads it, and the demo prints what the extension found and saves
 * a screenshot of the popup's answer; then it makes the store screenshots (./store.ts). Headed when a display is
 * available, headless otherwise.
 */
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { carrierById, contactsFor, trackingUrl } from '../../lib/carriers';
import type { OrderDetection } from '../../lib/order';
import { ROOT, type ExtensionSession, launchExtension, openFixturePage, openPopup } from '../e2e/harness';
import { PAGE_FIXTURES } from '../fixtures/pages';
import { storeScreenshots } from './store';

const OUTPUT_DIR = join(ROOT, '.output', 'demo');
const headed = Boolean(process.env.DISPLAY) && !process.env.CI;

function describeDetection(detection: OrderDetection | undefined): string[] {
  if (!detection) return ['  nothing detected'];
  const lines = [
    `  order ${detection.orderId ?? '(no id shown)'} · ${detection.role ?? 'role?'} · ${detection.region ?? 'region?'}` +
      ` · ${detection.shippingMode ?? 'shipping mode?'} · ${detection.status ?? 'status?'}`,
  ];
  if (detection.packages.length === 0) lines.push('  no tracking number yet');
  for (const pkg of detection.packages) {
    const carrier = pkg.carrier ? carrierById(pkg.carrier) : undefined;
    const how = pkg.carrierSource === 'page' ? 'named by the page' : 'identified from the number';
    lines.push(`  ${pkg.trackingNumber} → ${carrier?.name ?? 'carrier unknown'} (${how})`);
    if (!carrier) continue;
    const contacts = contactsFor(carrier, detection.region);
    const phone = contacts.phones[0];
    lines.push(
      phone
        ? `    hotline ${phone.display} (${phone.e164})${phone.verified ? '' : ' [unverified]'}`
        : `    no hotline: ${contacts.noPhoneNote ?? contacts.channels[0]?.url ?? 'see the carrier website'}`,
    );
    const link = trackingUrl(carrier, pkg.trackingNumber, detection.region);
    if (link) lines.push(`    track: ${link.url}${link.copyNumber ? ' (paste the number there)' : ''}`);
  }
  return lines;
}

async function showSample(session: ExtensionSession, fixture: (typeof PAGE_FIXTURES)[number]): Promise<void> {
  const { page, tabId, state } = await openFixturePage(session, fixture);
  console.log(`\n${fixture.url}`);
  console.log(describeDetection(state?.detection).join('\n'));

  const popup = await openPopup(session, `?tab=${tabId}`);
  await popup.setViewportSize({ width: 400, height: 720 });
  await popup.waitForLoadState('networkidle');
  const shot = join(OUTPUT_DIR, `${basename(fixture.file, '.html')}.png`);
  await popup.screenshot({ path: shot, fullPage: true });
  console.log(`  popup screenshot: ${shot}`);
  await popup.close();
  if (!headed) await page.close();
}

await mkdir(OUTPUT_DIR, { recursive: true });
const session = await launchExtension({ headed });
try {
  for (const fixture of PAGE_FIXTURES) await showSample(session, fixture);
  console.log('\nStore screenshots (1280x800):');
  for (const path of await storeScreenshots(session)) console.log(`  ${path}`);
} finally {
  if (headed) {
    console.log('\nThe browser stays open to try the extension; close it to finish.');
    await new Promise((done) => session.context.on('close', done));
  }
  await session.close();
}
