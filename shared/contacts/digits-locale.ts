/**
 * The locale luxon formats Tend's day and time texts in. They are digits only ("2026-12-01 08:15"),
 * so the user's locale changes nothing but could bring other digits; and without a locale luxon
 * asks Intl for the system's, which costs a run about 30 ms the first time.
 */
export const DIGITS_LOCALE = "en-US";
