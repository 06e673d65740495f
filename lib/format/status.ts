/** Badge tone for LL2 status names (launch, event, spacecraft and station statuses). */
export type StatusTone = 'success' | 'failure' | 'pending' | 'neutral' | 'info';

const TONES: [RegExp, StatusTone][] = [
  [/partial failure/i, 'failure'],
  [/fail|lost|destroyed|scrubbed|abort/i, 'failure'],
  [/success|\bactive\b|operational|in orbit|docked|landed/i, 'success'],
  [/in flight|in space/i, 'info'],
  [/\bgo\b|hold|tbd|tbc|to be (determined|confirmed)|planned|scheduled/i, 'pending'],
];

/** "Success" → success, "Launch Failure" → failure, "Go for Launch" → pending, else neutral. */
export function statusTone(name: string | null | undefined): StatusTone {
  if (typeof name !== 'string') return 'neutral';
  for (const [re, tone] of TONES) if (re.test(name)) return tone;
  return 'neutral';
}
