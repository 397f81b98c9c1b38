/**
 * One pass over the page: every visible-in-principle text, in document order, with the element that holds it.
 *
 * A single TreeWalker pass over text nodes, bounded on every axis (nodes visited, texts kept, characters per text and
 * in total), so a hostile or enormous page costs a fixed maximum. It reads `Text.data` and a few attributes only: no
 * innerText, no layout. Script, style, template and other non-rendered content is skipped.
 */

export interface TextItem {
  /** The text, trimmed and cut to MAX_TEXT characters. */
  text: string;
  /** The element holding the text (the text node's parent, or the element whose attribute it is). */
  el: Element;
  /** Where it came from: a text node, an `aria-label`/`title` attribute, or an input's value. */
  from: 'text' | 'attr' | 'input';
}

export interface CollectLimits {
  /** Nodes (elements and texts) the walker may visit. */
  maxNodes: number;
  /** Texts kept. */
  maxItems: number;
  /** Characters kept per text. */
  maxText: number;
  /** Characters kept in all. */
  maxChars: number;
}

export const DEFAULT_LIMITS: CollectLimits = { maxNodes: 60_000, maxItems: 20_000, maxText: 240, maxChars: 600_000 };

/**
 * Text whose parent is one of these is never rendered as page text. Walking text nodes only (the cheapest walk
 * there is) and checking the parent covers script, style, noscript and SVG titles; template content is not part of
 * the document tree at all.
 */
export const SKIP_PARENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'title',
  'desc',
  'text',
  'tspan',
]);
const SHOW_TEXT = 0x4;
/** Elements whose attributes or value carry text: icons with an aria-label, truncated values with a title, inputs. */
const ATTRIBUTE_CARRIERS = '[aria-label],[title],input';
/** Subtrees whose text is never shown: parsed noscript content, SVG internals, `hidden` blocks, template children. */
export const SKIPPED_SUBTREES = 'noscript,template,svg,math,[hidden]';

export function collectText(
  doc: Document,
  limits: CollectLimits = DEFAULT_LIMITS,
  root: Element | null = doc.body ?? doc.documentElement,
): TextItem[] {
  const items: TextItem[] = [];
  if (!root) return items;
  let chars = 0;
  const keep = (raw: string, el: Element, from: TextItem['from']): boolean => {
    const cut = raw.length > limits.maxText ? raw.slice(0, limits.maxText) : raw;
    const text = cut.trim();
    if (!text) return true;
    items.push({ text, el, from });
    chars += text.length;
    return items.length < limits.maxItems && chars < limits.maxChars;
  };

  // Attribute carriers join the text sequence just before the first text node that follows them (found with one
  // walker step each), so the main walk only does a map lookup per text node.
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const before = new Map<Node, Element[]>();
  const trailing: Element[] = [];
  const skipped = new Set<Node>();
  for (const hidden of query(root, SKIPPED_SUBTREES, limits.maxItems)) {
    // Text deeper inside these (a parsed <noscript>, SVG labels, `hidden` blocks) is not page text either.
    const inner = doc.createTreeWalker(hidden, SHOW_TEXT);
    for (let n = inner.nextNode(); n && skipped.size < limits.maxNodes; n = inner.nextNode()) skipped.add(n);
  }
  for (const el of query(root, ATTRIBUTE_CARRIERS, limits.maxItems)) {
    walker.currentNode = el;
    const anchor = walker.nextNode();
    if (!anchor) trailing.push(el);
    else {
      const list = before.get(anchor);
      if (list) list.push(el);
      else before.set(anchor, [el]);
    }
  }
  const keepAttributes = (el: Element): boolean => {
    if (insideSkipped(el)) return true;
    const aria = el.getAttribute('aria-label');
    if (aria && !keep(aria, el, 'attr')) return false;
    const title = el.getAttribute('title');
    if (title && title !== aria && !keep(title, el, 'attr')) return false;
    if (el.localName === 'input') {
      const value = (el as HTMLInputElement).value;
      if (value && !keep(value, el, 'input')) return false;
    }
    return true;
  };

  walker.currentNode = root;
  let visited = 0;
  for (let node = walker.nextNode(); node && visited++ < limits.maxNodes; node = walker.nextNode()) {
    const carriers = before.size ? before.get(node) : undefined;
    if (carriers) for (const el of carriers) if (!keepAttributes(el)) return items;
    const parent = node.parentElement;
    if (!parent || SKIP_PARENTS.has(parent.localName) || (skipped.size && skipped.has(node))) continue;
    if (!keep((node as Text).data, parent, 'text')) return items;
  }
  for (const el of trailing) if (!keepAttributes(el)) break;
  return items;
}

/** SVG internals and the like: an aria-label there is not something the page shows as a value. */
function insideSkipped(el: Element): boolean {
  return el.closest(SKIPPED_SUBTREES) !== null;
}

/**
 * querySelectorAll, bounded; empty when the DOM implementation gives up (some recurse and overflow their stack on
 * absurdly deep trees, which must not take detection down with them).
 */
function query(root: Element, selector: string, max: number): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector)).slice(0, max);
  } catch {
    return [];
  }
}
