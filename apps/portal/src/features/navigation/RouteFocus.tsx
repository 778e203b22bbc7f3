import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page inside the portal, keyboard and screen-reader users start at the
 * new page's content, as they would after a full page load, rather than on a link that is gone.
 * Changes of the query string alone (filters, sorting) keep the focus where it is.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('main')?.focus();
  }, [pathname]);
  return null;
}
