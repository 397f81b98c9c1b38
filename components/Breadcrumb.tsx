import { bounded } from './format';
import { t } from './strings';

/** An in-app path ("Profile › Orders › Help") as a breadcrumb list that screen readers read as a list. */
export function Breadcrumb({ path, label }: { path: readonly string[]; label?: string }) {
  return (
    <nav class="breadcrumb" aria-label={label ?? t('breadcrumbLabel')}>
      <ol>
        {path.map((part, index) => (
          <li key={index}>{bounded(part, 40)}</li>
        ))}
      </ol>
    </nav>
  );
}
