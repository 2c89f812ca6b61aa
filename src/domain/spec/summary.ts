/**
 * A NOS unit's summary as a whole sentence. The Topss map prints each unit's title in one column
 * and the rest of the sentence in the next ("Develop and implement operational plans for your
 * area of responsibility" | "which will contribute to achieving the objectives…"), so 30 of the
 * 56 summaries start mid-sentence. They are joined as printed: title, then the continuation
 * (after a comma before "which"). A summary that starts a sentence of its own (E6 "Ensure health
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
  const joined = !continues
    ? summary
    : /^which\b/.test(summary)
      ? `${title}, ${summary}`
      : `${title} ${summary}`;
  const text = joined.charAt(0).toUpperCase() + joined.slice(1);
  return { text: /[.!?]$/.test(text) ? text : `${text}.`, fromSource: true };
}
