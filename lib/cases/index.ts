/**
 * Cases: every order the user works on, with its problem, dates, contacts and state, and the reminders on its dates.
 * Framework-free: storage comes in as `StoredItem`s, time as `now`/`today` and a time-zone name.
 */
export * from './types';
export * from './cases';
export * from './clock';
export * from './next-date';
export * from './reminders';
export * from './item';
export * from './migrate';
export * from './export';
export * from './titles';
