// The browser tab names the view, so several open tabs can be told apart.
import { useEffect } from 'react';

export function useTitle(title: string | null | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · dutymap`;
  }, [title]);
}
