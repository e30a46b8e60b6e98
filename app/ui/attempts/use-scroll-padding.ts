"use client";

import { useEffect, type RefObject } from "react";

/**
 * Keeps a sticky bar from covering what the keyboard focuses or a link scrolls to (WCAG 2.4.11):
 * the page's scroll padding follows the bar's height, and `--attempt-bar-height` lets other
 * sticky parts sit below it.
 */
export function useScrollPadding(bar: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const previous = root.style.scrollPaddingTop;
    const apply = () => {
      const height = element.getBoundingClientRect().height;
      root.style.scrollPaddingTop = `${Math.ceil(height) + 16}px`;
      root.style.setProperty("--attempt-bar-height", `${Math.ceil(height)}px`);
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = previous;
      root.style.removeProperty("--attempt-bar-height");
    };
  }, [bar]);
}
