import { cleanText } from '../retrieval/text/normalize.js';
import { tokenize } from '../retrieval/text/tokenize.js';

/**
 * Groups unanswered questions that ask about the same thing ("27 người hỏi về đổi bằng lái"). Pure: each question
 * becomes a set of diacritic-folded syllables without question filler, and greedy clustering puts it in the first
 * group whose seed set is at least `threshold` similar (Jaccard), else starts a new group.
 */

export interface UnansweredItem {
  readonly id: string;
  readonly question: string;
  /** Pseudonymous; counts people rather than messages when given. */
  readonly userId?: string;
}

export interface UnansweredGroup {
  /** The most frequent question wording in the group (the earliest on a tie). */
  readonly label: string;
  readonly count: number;
  readonly people: number;
  readonly ids: readonly string[];
}

// Folded question words and pronouns that say nothing about the topic.
const FILLER = new Set([
  'lam', 'the', 'nao', 'gi', 'khong', 'co', 'duoc', 'cho', 'toi', 'o', 'dau', 'sao', 'nhu', 'la', 'bao', 'nhieu', 'muon',
  'can', 'hoi', 'a', 'vay', 'em', 'anh', 'chi', 'minh', 'cua', 'va', 'voi', 'thi', 'bi', 'nhe', 'oi', 'giup', 'xin', 'vui',
  'long', 'ad', 'ban', 'cac', 'nhung', 'mot', 'di', 'roi', 'chua', 'phai', 'hay', 'ko', 'k', 'j', 'dc', 'e', 'ah', 'ha',
]);

export function topicKeys(question: string): Set<string> {
  const keys = tokenize(cleanText(question)).map((t) => t.folded).filter((k) => !FILLER.has(k));
  return new Set(keys);
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Cluster {
  readonly seed: Set<string>;
  readonly items: UnansweredItem[];
}

export function groupUnanswered(items: readonly UnansweredItem[], threshold = 0.5): UnansweredGroup[] {
  const clusters: Cluster[] = [];
  for (const item of items) {
    const keys = topicKeys(item.question);
    let best: Cluster | undefined;
    let bestScore = 0;
    for (const c of clusters) {
      const score = jaccard(keys, c.seed);
      if (score >= threshold && score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) best.items.push(item);
    else clusters.push({ seed: keys, items: [item] });
  }
  return clusters
    .map((c) => ({ label: mostFrequent(c.items.map((i) => cleanText(i.question))), count: c.items.length, people: people(c.items), ids: c.items.map((i) => i.id) }))
    .sort((a, b) => b.count - a.count || b.people - a.people);
}

function people(items: readonly UnansweredItem[]): number {
  const ids = new Set(items.map((i, n) => i.userId ?? `#${n}`));
  return ids.size;
}

function mostFrequent(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  let label = texts[0] ?? '';
  for (const [t, n] of counts) if (n > (counts.get(label) ?? 0)) label = t;
  return label;
}
