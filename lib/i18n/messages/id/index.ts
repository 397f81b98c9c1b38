import type { Catalog } from '../../catalog';
import { ADVICE } from './advice';
import { UI } from './ui';

/** Every message in this language: the advice and the pages (the type checker holds it to the English keys). */
export const CATALOG: Catalog = { ...ADVICE, ...UI };
