import { bounded } from './format';
import { t } from './strings';

/**
 * An in-app path ("Profile › Orders › Help") as a labelled list that screen readers read as a list. Not a `<nav>`:
 * it describes taps in another app, not links of this page, and several on one screen would be landmarks with the
 * same name (axe `landmark-unique`).
 */
export function Breadcrumb({ path, label }: { path: readonly string[]; label?: string }) {
  return (
    <ol class="breadcrumb" aria-label={label ?? t('breadcrumbLabel')}>
      {path.map((part, index) => (
        <li key={index}>{bounded(part, 40)}</li>
      ))}
    </ol>
  );
}
