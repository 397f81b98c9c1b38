import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Node, SyntaxKind } from 'typescript/unstable/ast';
import { API } from 'typescript/unstable/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentText, setText, t, tMaybe } from '../../components/strings';
import { EN } from '../../lib/i18n/catalog';
import { createTranslator } from '../../lib/i18n/translator';
import { pseudoCatalog } from '../fixtures/pseudo-catalog';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where user-facing text could hide: the pages, the background, and the advice. */
const SCANNED = ['components', 'entrypoints', 'lib/advice'];

/** JSX attributes a user reads or hears. `value` counts only on `<option>` (see `isUserFacingAttribute`). */
const USER_FACING_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'unverifiedLabel',
]);
/** Extension APIs that show text: the menus, the address bar, the toolbar tooltip, notifications. */
const TEXT_APIS = /(?:contextMenus|menus)\.(?:create|update)$|omnibox\.\w+$|\.setTitle$|notifications\.create$/;
/** The properties of those calls' arguments that are shown (not ids, contexts or types). */
const SHOWN_PROPERTIES = new Set(['title', 'message', 'description', 'contextMessage']);
/** Calls whose string argument is a message key, not text. */
const KEY_CALLS = new Set(['t', 'tMaybe']);

const hasLetters = (text: string) => /\p{L}/u.test(text);

interface Finding {
  file: string;
  line: number;
  what: string;
}

function lineOf(node: Node): number {
  const source = node.getSourceFile();
  return source.text.slice(0, node.getStart()).split('\n').length;
}

/** String literals with letters inside `node`, leaving out the keys given to `t()`. */
function literalsWithLetters(node: Node, found: Node[] = []): Node[] {
  if (node.kind === SyntaxKind.CallExpression) {
    const callee = (node as unknown as { expression: Node }).expression;
    if (KEY_CALLS.has(callee.getText())) return found;
  }
  if (node.kind === SyntaxKind.StringLiteral || node.kind === SyntaxKind.NoSubstitutionTemplateLiteral) {
    if (hasLetters((node as unknown as { text: string }).text)) found.push(node);
    return found;
  }
  if (node.kind === SyntaxKind.TemplateExpression) {
    // `Carrier Finder: ${n}`: its literal parts are words, whatever is filled in between.
    const template = node as unknown as {
      head: { text: string };
      templateSpans: readonly { literal: { text: string } }[];
    };
    if ([template.head, ...template.templateSpans.map((span) => span.literal)].some((part) => hasLetters(part.text)))
      found.push(node);
  }
  node.forEachChild((child) => {
    literalsWithLetters(child, found);
  });
  return found;
}

function isUserFacingAttribute(name: string, element: Node): boolean {
  if (USER_FACING_ATTRIBUTES.has(name)) return true;
  const tag = (element as unknown as { tagName?: Node }).tagName?.getText();
  return name === 'value' && tag === 'option';
}

/**
 * Text a user would read that is written in the code instead of coming from the catalogs: JSX text with letters,
 * string literals in user-facing attributes, and in the text of menus, address-bar suggestions, tooltips and
 * notifications.
 */
function userFacingLiterals(source: Node, file: string): Finding[] {
  const findings: Finding[] = [];
  const report = (node: Node, what: string) => findings.push({ file, line: lineOf(node), what });
  const visit = (node: Node): void => {
    switch (node.kind) {
      case SyntaxKind.JsxText: {
        const text = (node as unknown as { text: string }).text;
        if (hasLetters(text)) report(node, `JSX text ${JSON.stringify(text.trim())}`);
        return;
      }
      case SyntaxKind.JsxAttribute: {
        const attribute = node as unknown as { name: Node; initializer?: Node; parent: Node };
        const name = attribute.name.getText();
        // JsxAttribute -> JsxAttributes -> the element (opening or self-closing).
        if (attribute.initializer && isUserFacingAttribute(name, attribute.parent.parent)) {
          for (const literal of literalsWithLetters(attribute.initializer))
            report(literal, `${name}=${literal.getText()}`);
        }
        break;
      }
      case SyntaxKind.CallExpression: {
        const call = node as unknown as { expression: Node; arguments: readonly Node[] };
        if (TEXT_APIS.test(call.expression.getText())) {
          // Their text is in properties (`{ title }`); plain string arguments are ids.
          for (const argument of call.arguments) {
            argument.forEachChild(function shown(child): void {
              if (child.kind === SyntaxKind.PropertyAssignment) {
                const property = child as unknown as { name: Node; initializer: Node };
                if (SHOWN_PROPERTIES.has(property.name.getText()))
                  for (const literal of literalsWithLetters(property.initializer))
                    report(literal, `${call.expression.getText()}: ${property.name.getText()}: ${literal.getText()}`);
              }
            });
          }
        }
        break;
      }
      default:
        break;
    }
    node.forEachChild(visit);
  };
  visit(source);
  return findings;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Code that breaks every rule above: the scan must find each, or it proves nothing. */
const BAD_SAMPLE = `
import { browser } from 'wxt/browser';
import { t } from './strings';
export function Bad({ n }: { n: number }) {
  browser.contextMenus.create({ id: 'x', title: 'Find carrier', contexts: ['selection'] });
  void browser.action.setTitle({ title: \`Carrier Finder: \${n} cases\` });
  void browser.omnibox.setDefaultSuggestion({ description: 'Type a number' });
  void browser.notifications.create('id', { type: 'basic', iconUrl: '', title: 'Reminder', message: t('appTitle') });
  return (
    <div class="ok" data-testid="ok" aria-label="Close">
      Hello
      <input placeholder={n > 1 ? 'Many' : t('copy')} title={t('copy')} />
      <select><option value="auto">{t('copy')}</option></select>
      {' · '}
    </div>
  );
}
`;

let api: API;
let sampleDir: string;
const scanned = new Map<string, Finding[]>();

beforeAll(() => {
  sampleDir = mkdtempSync(join(tmpdir(), 'user-text-'));
  writeFileSync(join(sampleDir, 'bad.tsx'), BAD_SAMPLE);
  writeFileSync(
    join(sampleDir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { jsx: 'preserve', noEmit: true }, files: ['bad.tsx'] }),
  );
  // The TypeScript 7 compiler API: a tsgo process the tests talk to. https://github.com/microsoft/typescript-go
  api = new API({ cwd: ROOT });
  const snapshot = api.updateSnapshot({
    openProjects: [join(ROOT, 'tsconfig.json'), join(sampleDir, 'tsconfig.json')],
  });
  const [project, sample] = [
    snapshot.getProject(join(ROOT, 'tsconfig.json')),
    snapshot.getProject(join(sampleDir, 'tsconfig.json')),
  ];
  const parse = (path: string, program = project?.program) => {
    const source = program?.getSourceFile(path);
    if (!source) throw new Error(`${path} is not in the TypeScript project`);
    return userFacingLiterals(source, relative(ROOT, path));
  };
  for (const dir of SCANNED) for (const path of sourceFiles(join(ROOT, dir))) scanned.set(path, parse(path));
  scanned.set('sample', parse(join(sampleDir, 'bad.tsx'), sample?.program));
}, 60_000);

afterAll(() => {
  api?.close();
  rmSync(sampleDir, { recursive: true, force: true });
});

describe('no user-facing text outside the catalogs', () => {
  it('finds every kind of literal a user would read, in a sample written to break each rule', () => {
    const found = (scanned.get('sample') ?? []).map((finding) => finding.what);
    expect(found).toEqual([
      "browser.contextMenus.create: title: 'Find carrier'",
      'browser.action.setTitle: title: `Carrier Finder: ${n} cases`',
      "browser.omnibox.setDefaultSuggestion: description: 'Type a number'",
      "browser.notifications.create: title: 'Reminder'",
      'aria-label="Close"',
      'JSX text "Hello"',
      "placeholder='Many'",
      'value="auto"',
    ]);
  });

  it('finds none in the pages, the background or the advice', () => {
    const files = [...scanned.keys()].filter((path) => path !== 'sample');
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((path) => scanned.get(path) ?? [])).toEqual([]);
  });
});

describe('t()', () => {
  it('fills a message by argument name in the current language', () => {
    expect(t('callCarrier', { carrier: 'USPS', phone: '1-800-275-8777' })).toBe('Call USPS at 1-800-275-8777');
    setText(createTranslator('de', pseudoCatalog(), EN));
    expect(t('callCarrier', { carrier: 'USPS', phone: '1-800' })).toBe('⟦callCarrier⟧‹carrier:USPS›‹phone:1-800›');
    expect(currentText().tag).toBe('de');
  });

  it('says counts with ICU plurals', () => {
    expect(t('casesShown', { shown: 1, total: 3 })).toBe('1 case shown, 3 in all.');
    expect(t('casesShown', { shown: 2, total: 3 })).toBe('2 cases shown, 3 in all.');
  });

  it('finds keys built from data only when they exist', () => {
    expect(tMaybe('contact_tiktok-chat')).toBe('TikTok Shop chat');
    expect(tMaybe('contact_pigeon')).toBeUndefined();
    expect(tMaybe('advice.join', { first: 'a', second: 'b' })).toBeUndefined();
  });

  it('refuses, at compile time, a message without its arguments or with misnamed ones', () => {
    // @ts-expect-error: callCarrier needs { carrier, phone }
    expect(() => t('callCarrier')).not.toThrow();
    // @ts-expect-error: {who} is not an argument of trackOn
    expect(t('trackOn', { who: 'USPS' })).toBe('trackOn');
    // @ts-expect-error: a message with no argument takes none
    expect(t('copy', { x: 1 })).toBe('Copy');
  });
});
