/**
 * Share, feed and calendar controls look like the list pages' secondary buttons: the short class
 * from app/globals.css, since a server-rendered page carries its markup twice (HTML and RSC).
 */
export const shareControlClass = 'btn-secondary';

/** A secondary link beside those controls ("Subscribe to calendar"). */
export const quietLinkClass =
  'text-link text-sm font-medium underline decoration-current/30 underline-offset-2 hover:decoration-current';
