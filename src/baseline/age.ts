/** "3d", "5h", "12m", "just now": how old a baseline is, for verdicts and reasons. */
export function formatAge(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 60) return seconds < 0 ? 'in the future' : 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}
