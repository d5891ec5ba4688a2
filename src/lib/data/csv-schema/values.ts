/** The forms and values a cell may take, shared by the tables, the validator and the data dictionary. */

/** The only source an illustrative (made-up) series may claim, in indicators.csv and in every row. */
export const ILLUSTRATIVE_SOURCE = 'Illustrative eksempeldata – ikke en rigtig måling';

export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
/** 2014 (year), 2014K1 (quarter 1–4), 2014-03 (month 01–12). */
export const PERIOD_PATTERN = '^[0-9]{4}(K[1-4]|-(0[1-9]|1[0-2]))?$';
/** 2026-12-01: a calendar day (the day itself is checked to exist by the cell rule). */
export const DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';
/** 2026-12-01, 2026-12 or 2026: as precisely as the publisher's calendar says. */
export const EXPECTED_DATE_PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';

/**
 * Longest text a cell may hold, by what it is. Each is several times the longest value in data/
 * (title 89, source 152, note 297, method 729 characters in December 2026).
 */
export const TEXT_LIMITS = { label: 100, title: 300, source: 500, note: 2000, address: 2000, method: 5000 } as const;
/** Every other cell (ids, numbers, periods, choices, letter references): no real value comes near. */
export const CELL_MAX_LENGTH = 300;

export const DIRECTION_VALUES = { højere: 'higher', lavere: 'lower' } as const;
export const BOOLEAN_VALUES = { ja: true, nej: false } as const;

/** What a letter reference may be, for the dictionary and the messages. */
export const LETTER_REFERENCE = 'et brevs filnavn uden .md eller et sagsnummer fra et brev i content/letters';
