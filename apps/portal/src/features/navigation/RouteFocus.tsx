import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * After following a link to another page of the portal, keyboard and screen-reader users start at
 * the new page's content, as they would after a full page load, rather than on a link that is
 * gone. Changes of the query string alone (filters, sorting) keep the focus where it is, and so do
 * redirects (an address without a year leading to the latest one), which replace the entry.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (navigationType !== 'REPLACE') document.getElementById('main')?.focus();
  }, [pathname, navigationType]);
  return null;
}
