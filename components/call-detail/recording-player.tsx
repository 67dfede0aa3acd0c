"use client";
import { useId, useRef, useState, type RefObject } from "react";
import { Callout } from "./callout";
import { Panel } from "./panel";
import type { MediaView } from "./types";

const SPEEDS = [1, 1.25, 1.5, 2] as const;

export type RecordingPlayerProps = {
  media: MediaView;
  audioRef: RefObject<HTMLAudioElement | null>;
  onPosition: (seconds: number) => void;
  onPlayingChange: (playing: boolean) => void;
};

function emptyNote(media: MediaView): { title: string; text: string } {
  if (!media.recordCall) return { title: "Not recorded", text: "Recording was off for this call." };
  if (!media.settled) return { title: "Not recorded yet", text: "The recording appears when the call ends." };
  return { title: "Not recorded", text: "The provider sent no recording for this call." };
}

/** Audio only ever comes from our own signed-in route; the provider's URL never reaches the page. */
export function RecordingPlayer({ media, audioRef, onPosition, onPlayingChange }: RecordingPlayerProps) {
  const speedId = useId();
  const [speed, setSpeed] = useState<number>(1);
  const [failed, setFailed] = useState(false);
  // Positions count once the listener has played or moved the playhead, not at load.
  const engaged = useRef(false);
  const src = `/api/calls/${media.callId}/recording`;

  if (!media.hasRecording) {
    const note = emptyNote(media);
    return (
      <Panel title="Recording">
        <p className="text-sm text-slate-500 dark:text-slate-400">
          <span className="font-medium text-slate-700 dark:text-slate-300">{note.title}.</span> {note.text}
        </p>
      </Panel>
    );
  }

  const tell = () => {
    if (engaged.current && audioRef.current) onPosition(audioRef.current.currentTime);
  };
  const engage = () => {
    engaged.current = true;
    tell();
  };

  return (
    <Panel
      title="Recording"
      aside={
        <div className="flex items-center gap-3 text-xs">
          <span className="flex items-center gap-1">
            <label htmlFor={speedId} className="text-slate-500 dark:text-slate-400">
              Speed
            </label>
            <select
              id={speedId}
              value={speed}
              onChange={(e) => {
                const next = Number(e.target.value);
                setSpeed(next);
                if (audioRef.current) audioRef.current.playbackRate = next;
              }}
              className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs dark:border-slate-600 dark:bg-slate-800"
            >
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </span>
          {!failed && (
            <a href={src} download className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-sky-300">
              Download<span className="sr-only"> recording</span>
            </a>
          )}
        </div>
      }
    >
      <audio
        ref={audioRef}
        controls
        preload="metadata"
        src={src}
        aria-label="Call recording"
        className="h-10 w-full"
        onTimeUpdate={tell}
        onSeeked={engage}
        onPlay={() => {
          engage();
          onPlayingChange(true);
        }}
        onPause={() => onPlayingChange(false)}
        onEnded={() => onPlayingChange(false)}
        onLoadedMetadata={(e) => {
          setFailed(false);
          e.currentTarget.playbackRate = speed;
        }}
        onError={() => setFailed(true)}
      />
      {failed && (
        <Callout tone="warning" title="The recording could not be loaded" className="mt-2">
          The provider may no longer have it, or did not answer. Reload the page to try again.
        </Callout>
      )}
    </Panel>
  );
}
