import { useDocumentTitle } from '@patuh/ui';
import { useEffect } from 'react';

/**
 * Each page's own title and description, in the visible language: what a browser tab, a
 * bookmark and a shared link show.
 */
export function usePageMeta(title: string, description: string): void {
  useDocumentTitle(title);
  useEffect(() => {
    let meta = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = description;
  }, [description]);
}
