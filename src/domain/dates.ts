/** English month names: a fixed table (Intl's toLocaleString is slow on hot paths and varies by runtime). */
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
