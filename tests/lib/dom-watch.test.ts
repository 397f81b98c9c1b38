// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type DomWatch, watchDom } from '../../lib/dom-watch';

/** A manual frame clock: the test decides when "the next animation frame" happens. */
function frameClock() {
  const queue: (() => void)[] = [];
  return {
    requestFrame: (callback: () => void) => queue.push(callback),
    tick: () => queue.splice(0).forEach((callback) => callback()),
    pending: () => queue.length,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0)); // lets MutationObserver callbacks run

describe('watchDom', () => {
  let watch: DomWatch | undefined;
  afterEach(() => watch?.stop());

  it('batches a burst of mutations into one pass on the next frame', async () => {
    const clock = frameClock();
    const onSettle = vi.fn<() => void>();
    watch = watchDom({ root: document.body, MutationObserver, requestFrame: clock.requestFrame, onSettle });
    for (let i = 0; i < 500; i++) document.body.append(document.createElement('div'));
    await settle();
    expect(onSettle).not.toHaveBeenCalled();
    expect(clock.pending()).toBe(1);
    clock.tick();
    expect(onSettle).toHaveBeenCalledTimes(1);
  });

  it('reacts to text and tooltip changes, where late values appear', async () => {
    const clock = frameClock();
    const onSettle = vi.fn<() => void>();
    const span = document.createElement('span');
    span.textContent = 'pending';
    document.body.append(span);
    watch = watchDom({ root: document.body, MutationObserver, requestFrame: clock.requestFrame, onSettle });
    span.setAttribute('title', 'Tracking number: JX7053814071');
    await settle();
    clock.tick();
    span.firstChild!.textContent = 'shipped';
    await settle();
    clock.tick();
    expect(onSettle).toHaveBeenCalledTimes(2);
  });

  it('does nothing once the extension context is gone, and stops observing', async () => {
    const clock = frameClock();
    const onSettle = vi.fn<() => void>();
    let active = true;
    watch = watchDom({
      root: document.body,
      MutationObserver,
      requestFrame: clock.requestFrame,
      onSettle,
      isActive: () => active,
    });
    active = false;
    document.body.append(document.createElement('p'));
    await settle();
    clock.tick();
    document.body.append(document.createElement('p'));
    await settle();
    expect(onSettle).not.toHaveBeenCalled();
    expect(clock.pending()).toBe(0);
  });

  it('asks no frame for batches the filter turns away, and gives it the old text', async () => {
    const clock = frameClock();
    const onSettle = vi.fn<() => void>();
    const seen: (string | null)[] = [];
    const span = document.createElement('span');
    span.textContent = '23:59:59';
    document.body.append(span);
    watch = watchDom({
      root: document.body,
      MutationObserver,
      requestFrame: clock.requestFrame,
      onSettle,
      filter: (records) => {
        seen.push(...records.map((r) => r.oldValue));
        return records.some((r) => r.type === 'characterData' && /Tracking/.test((r.target as Text).data));
      },
    });
    span.firstChild!.nodeValue = '23:59:58';
    await settle();
    expect(clock.pending()).toBe(0);
    span.firstChild!.nodeValue = 'Tracking ID';
    await settle();
    expect(clock.pending()).toBe(1);
    clock.tick();
    expect(onSettle).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['23:59:59', '23:59:58']);
  });
});
