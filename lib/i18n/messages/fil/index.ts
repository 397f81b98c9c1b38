import type { Catalog } from '../../catalog';

// fil: its advice.ts and ui.ts land here (the integrator spreads their ADVICE and UI into CATALOG); English until then.
export const CATALOG: Partial<Catalog> = {};
