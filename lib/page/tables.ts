/**
 * Values in tables: a label in a header cell names every cell below it in the same column. Handles HTML tables
 * (also the split header/body tables of Arco-style grids, where the header row sits in a table of its own) and
 * ARIA grids (role=columnheader / row / cell).
 */

const MAX_ROWS = 2_000;
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
const GRID_ROLES = '[role="table"],[role="grid"],[role="treegrid"]';

function isHtmlCell(el: Element): boolean {
  return el.localName === 'td' || el.localName === 'th';
}

function isAriaCell(el: Element): boolean {
  const role = el.getAttribute('role');
  return role !== null && CELL_ROLES.has(role);
}

/** The header cell an element sits in, looking at most a few levels up (labels are shallow inside their cell). */
export function headerCellOf(el: Element): Element | undefined {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    if (node.getAttribute('role') === 'columnheader') return node;
    if (node.localName === 'th') return isColumnHeader(node) ? node : undefined;
    if (node.localName === 'td' || node.localName === 'tr') return undefined;
  }
  return undefined;
}

/** A `th` heads a column unless it heads its row (scope=row, or data cells beside it: a key/value table). */
function isColumnHeader(th: Element): boolean {
  const scope = th.getAttribute('scope');
  if (scope === 'col' || scope === 'colgroup') return true;
  if (scope === 'row' || scope === 'rowgroup') return false;
  return !th.parentElement?.querySelector(':scope > td');
}

/** Column index of each cell of a row, counting colspans (HTML) or aria-colindex (ARIA). */
export function cellsByColumn(row: Element): Map<number, Element> {
  const cells = new Map<number, Element>();
  if (isHtmlRow(row)) {
    const list = (row as HTMLTableRowElement).cells;
    let column = 0;
    for (let i = 0; i < list.length; i++) {
      const cell = list[i]!;
      cells.set(column, cell);
      column += cell.hasAttribute('colspan') ? Math.max(1, cell.colSpan) : 1;
    }
    return cells;
  }
  let column = 0;
  for (const cell of Array.from(row.querySelectorAll('[role]'))) {
    if (!isAriaCell(cell)) continue;
    const explicit = Number(cell.getAttribute('aria-colindex'));
    const index = explicit > 0 ? explicit - 1 : column;
    cells.set(index, cell);
    column = index + 1;
  }
  return cells;
}

function isHtmlRow(row: Element): boolean {
  return row.localName === 'tr';
}

function rowOf(cell: Element): Element | null {
  return isHtmlCell(cell) ? cell.parentElement : cell.closest('[role="row"]');
}

function columnOf(cell: Element): number | undefined {
  const row = rowOf(cell);
  if (!row) return undefined;
  for (const [index, el] of cellsByColumn(row)) if (el === cell) return index;
  return undefined;
}

function htmlDataRows(table: HTMLTableElement, headerRow: Element): Element[] {
  const rows: Element[] = [];
  for (const row of Array.from(table.rows)) {
    if (row === headerRow || row.parentElement?.localName === 'thead') continue;
    if (row.cells[0]?.localName === 'td') rows.push(row);
    if (rows.length >= MAX_ROWS) break;
  }
  return rows;
}

/** Arco-style grids put the header in one table and the body in the next one inside the same wrapper. */
function bodyTableAfter(table: Element): HTMLTableElement | undefined {
  const wrapper = table.parentElement?.parentElement ?? table.parentElement;
  if (!wrapper) return undefined;
  let passed = false;
  for (const other of Array.from(wrapper.querySelectorAll('table'))) {
    if (other === table) {
      passed = true;
      continue;
    }
    if (passed && other.querySelector('td')) return other as HTMLTableElement;
  }
  return undefined;
}

export interface Column {
  /** Identifies the table (the header row) the column belongs to. */
  headerRow: Element;
  index: number;
}

export function columnOfHeader(header: Element): Column | undefined {
  const headerRow = rowOf(header);
  const index = columnOf(header);
  return headerRow && index !== undefined ? { headerRow, index } : undefined;
}

/** The data rows under a header row, in document order. */
export function dataRows(headerRow: Element): Element[] {
  if (isHtmlRow(headerRow)) {
    const table = headerRow.closest('table');
    if (!table) return [];
    const rows = htmlDataRows(table, headerRow);
    if (rows.length) return rows;
    const body = bodyTableAfter(table);
    return body ? htmlDataRows(body, headerRow) : [];
  }
  const grid = headerRow.closest(GRID_ROLES);
  if (!grid) return [];
  const rows: Element[] = [];
  for (const row of Array.from(grid.querySelectorAll('[role="row"]'))) {
    if (row === headerRow || row.querySelector('[role="columnheader"]')) continue;
    rows.push(row);
    if (rows.length >= MAX_ROWS) break;
  }
  return rows;
}
