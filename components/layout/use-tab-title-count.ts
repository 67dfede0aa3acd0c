"use client";

import { useEffect } from "react";

const PREFIX = /^\(\d+\) /;

/**
 * "(3) Missed calls · Callboard": the tab says how much waits, even behind other tabs. Next sets
 * the title on every navigation, so the count is put back whenever the title changes.
 */
export function useTabTitleCount(count: number) {
  useEffect(() => {
    const apply = () => {
      const bare = document.title.replace(PREFIX, "");
      const wanted = count > 0 ? `(${count}) ${bare}` : bare;
      if (document.title !== wanted) document.title = wanted;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = document.title.replace(PREFIX, "");
    };
  }, [count]);
}
