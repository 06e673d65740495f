/**
 * Shared classes for list controls, defined in app/globals.css (components layer): one short class
 * per control keeps the markup of a many-control page small, and utilities still override them.
 */
export const fieldClass = 'field';

export const labelClass = 'field-label';

export const primaryButtonClass = 'btn-primary';

export const secondaryButtonClass = 'btn-secondary';
