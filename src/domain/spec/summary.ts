/**
 * A NOS unit's summary as a whole sentence. The Topss map prints each unit's title in one column
 * and the rest of the sentence in the next ("Develop and implement operational plans for your
 * area of responsibility" | "which will contribute to achieving the objectives…"), so 30 of the
 * 56 summaries start mid-sentence. They are joined to the title the way the pair reads: directly
 * before "to …" or "based on …" (A1 "Manage your own resources to make sure…"), after a comma
 * before "which", as a new sentence before "this …" (B11), and after a colon before a verb that
 * starts a clause of its own (C3 "Encourage innovation in your organisation: provide
 * encouragement…", C4 "Lead change: providing a lead…"). A summary that starts a sentence of its own (E6 "Ensure health
 * and safety requirements are met… by developing…") already says the title and is kept alone.
 * Where the map gives no summary, the sentence says so plainly.
 */
export interface SummarySentence {
  text: string;
  /** False when the source gives no summary and the sentence only says so. */
  fromSource: boolean;
}

export const NO_SUMMARY = 'The Topss map gives no summary for this unit.';

export function summarySentence(unit: { title: string; summary?: string }): SummarySentence {
  const summary = unit.summary?.replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
  if (!summary) return { text: NO_SUMMARY, fromSource: false };
  const continues = /^[a-z'‘"]/.test(summary);
  const title = unit.title.trim().replace(/[.:;,]$/, '');
  const joined = continues ? joinToTitle(title, summary) : summary;
  const text = joined.charAt(0).toUpperCase() + joined.slice(1);
  return { text: /[.!?]$/.test(text) ? text : `${text}.`, fromSource: true };
}

function joinToTitle(title: string, continuation: string): string {
  if (/^(to|based)\b/.test(continuation)) return `${title} ${continuation}`;
  if (/^which\b/.test(continuation)) return `${title}, ${continuation}`;
  if (/^this\b/.test(continuation))
    return `${title}. ${continuation.charAt(0).toUpperCase()}${continuation.slice(1)}`;
  return `${title}: ${continuation}`;
}
