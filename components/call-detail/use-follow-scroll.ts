"use client";
import { useCallback, useEffect, useRef } from "react";

/** After the reader scrolls, the transcript stops following playback for this long. */
const READER_PAUSE_MS = 4000;

/**
 * Keeps the current line in view inside a scrolling box: it scrolls only when the line has left
 * the box, centres it smoothly (instantly under reduced motion), and stands back while the reader
 * is scrolling on their own.
 */
export function useFollowScroll(activeIndex: number | null, following: boolean) {
  const boxRef = useRef<HTMLDivElement>(null);
  const lastReaderScroll = useRef(0);
  const ownScrollUntil = useRef(0);

  useEffect(() => {
    if (!following || activeIndex === null) return;
    if (Date.now() - lastReaderScroll.current < READER_PAUSE_MS) return;
    const box = boxRef.current;
    const line = box?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!box || !line) return;
    const b = box.getBoundingClientRect();
    const r = line.getBoundingClientRect();
    if (r.top >= b.top && r.bottom <= b.bottom) return;
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    ownScrollUntil.current = Date.now() + 1000;
    box.scrollTo({ top: box.scrollTop + (r.top - b.top) - (b.height - r.height) / 2, behavior: reduce ? "auto" : "smooth" });
  }, [activeIndex, following]);

  const readerScrolled = useCallback(() => {
    lastReaderScroll.current = Date.now();
  }, []);
  const onScroll = useCallback(() => {
    if (Date.now() > ownScrollUntil.current) lastReaderScroll.current = Date.now();
  }, []);

  return { boxRef, scrollHandlers: { onWheel: readerScrolled, onTouchMove: readerScrolled, onScroll } };
}
