// The player's and the test tools' sound toggle. Its name stays "Mute" and aria-pressed carries the state (an earlier
// phone review: "Sound on" read as an action, and a name that changed when pressed); a speaker, crossed out when muted,
// shows the state at a glance (a later phone review: mid-set, the fill colour alone did not say whether beeps were off).
export default function MuteButton({ muted, onToggle }: { muted: boolean; onToggle: () => void }) {
  return (
    <button type="button" class="mute" aria-pressed={muted} onClick={onToggle}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
        <path
          d={muted ? 'M16 9l5 6M21 9l-5 6' : 'M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12'}
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
        />
      </svg>
      Mute
    </button>
  );
}
