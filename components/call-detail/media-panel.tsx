"use client";
import { useRef, useState } from "react";
import { Spinner } from "@/components/ui/button";
import { Panel } from "./panel";
import { RecordingPlayer } from "./recording-player";
import { TranscriptList } from "./transcript-list";
import type { MediaView } from "./types";

function Quiet({ children, busy }: { children: string; busy?: boolean }) {
  return (
    <p role="status" className="flex items-center gap-2 px-4 py-6 text-sm text-slate-500 dark:text-slate-400">
      {busy && <Spinner className="size-3.5" />}
      {children}
    </p>
  );
}

/** The recording and the transcript side by side in time: a line plays from its start when chosen. */
export function MediaPanel({ media }: { media: MediaView }) {
  const audioRef = useRef<HTMLAudioElement>(null);
  // Null until the listener plays or seeks, so nothing is highlighted on a fresh page.
  const [position, setPosition] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const { transcript } = media;

  function seek(start: number) {
    const audio = audioRef.current;
    if (!audio) return;
    audio.currentTime = start;
    setPosition(start);
    audio.play().catch(() => {
      // Playback refused (e.g. the file failed to load); the player shows why and the seek stands.
    });
  }

  const utterances = transcript.state === "ready" ? transcript.utterances : [];
  const activeIndex = position === null ? -1 : utterances.findIndex((u) => u.start <= position && position < u.end);

  return (
    <div className="flex flex-col gap-4">
      <RecordingPlayer media={media} audioRef={audioRef} onPosition={setPosition} onPlayingChange={setPlaying} />
      <Panel
        title="Transcript"
        flush
        aside={
          transcript.state === "ready" && media.hasRecording && utterances.length > 0 ? (
            <span className="text-xs text-slate-500 dark:text-slate-400">Choose a line to play from there</span>
          ) : undefined
        }
      >
        {transcript.state === "ready" ? (
          utterances.length > 0 ? (
            <TranscriptList
              utterances={utterances}
              activeIndex={activeIndex >= 0 ? activeIndex : null}
              following={playing}
              onSeek={media.hasRecording ? seek : undefined}
            />
          ) : (
            <Quiet>The transcript is empty: nothing was said.</Quiet>
          )
        ) : transcript.state === "fetching" ? (
          <Quiet busy>Fetching transcript…</Quiet>
        ) : transcript.state === "after_call" ? (
          <Quiet>The transcript appears when the call ends.</Quiet>
        ) : (
          <Quiet>{transcript.reason}</Quiet>
        )}
      </Panel>
    </div>
  );
}
