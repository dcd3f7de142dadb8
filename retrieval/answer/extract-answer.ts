import type { RetrievalResult } from '../retriever.js';
import type { SparseIndex } from '../sparse/sparse-index.js';
import { asksOnlyWhen } from './only-time.js';
import { foldDiacritics } from '../text/normalize.js';
import { asksOfCountry, comparedYears, constraintText, horizonYears, issuedYears, messageConstraints, namedChoice, namesOneOf, NO_CONSTRAINTS, ranksByOtherIndex, unmetConstraints, withReferred, type AskedParticular, type Constraint, type Constraints } from './constraints.js';
import { wordCount } from '../text/question-focus.js';
import { holdsNoPair, isFunctionTerm, ownTerms, passageCoverage, type AskedGroup, type AskedTerms, type TermSet } from './coverage.js';
import type { QuestionType } from '../../core/answer-result.js';
import { asksHowOutright, classifyQuestion, namesResidentTask } from './question-type.js';
import { WHICH_PLACE } from './which-place.js';
import { unknownNames, type Vocabulary } from './unknown-names.js';
import { namedInstancesAsked } from './named-instances.js';
import { documentContentsAsked } from './document-contents.js';
import { listAsked } from './list-asked.js';
import { itemAsked } from './item-asked.js';
import { documentKindAsked, successorAsked } from './document-kind.js';
import { speakerAsked } from './speaker-asked.js';
import { residentsAllowedAsked } from './residents-allowed.js';
import { homeVisitAsked } from './home-visit.js';
import { proxyAsked } from './proxy-asked.js';
import { personalAdviceAsked } from './personal-advice.js';
import { figureExplainedAsked } from './figure-explained.js';
import { withSubjectReadings } from './subject-readings.js';
import { freeAsked, saysFree } from './free-asked.js';
import { offDomainWords, type PhraseVocabulary } from './off-domain.js';
import { asksRecommendation } from './recommendation.js';
import { asksReached, givesGoalOnly } from './target-reached.js';
import { asksDecided, speaksOfDecision } from './decided.js';
import { asksNext, asksStillNow } from './still-now.js';
import { ranksOrCompares, superlativeAsked } from './superlative.js';
import { differenceAsked, tellsDifference } from './difference.js';
import { selectSentences, subjectShare, type SelectedSentence } from './select-sentences.js';
import { namesShareBase, shareBase } from './share-base.js';
import { speaksOfProcedure } from './procedure-asked.js';

export interface ExtractOptions {
  /**
   * A question is in scope when some top passage covers at least this idf-weighted share of it. Session 14, over the
   * eleven tuning halves: 0.25 → 0.20 took key fact 0.880 → 0.882 and answered no unanswerable question more; 0.15
   * answered more of them.
   */
  readonly minCoverage: number;
  /** The chosen sentence must cover at least this share of the question. */
  readonly minSentenceCoverage: number;
  /**
   * And this share of it without the places it names: "cho thuê xe máy ở Hải Phòng giá bao nhiêu" is not answered by a
   * sentence that shares little but "ở Hải Phòng"; its article's title counts with it. Session 25: 0.12
   * changed no tuning half and refused unanswerable questions on four other sets; 0.2 lost answers on seven tuning
   * halves (0.15, before the title counted, on two).
   */
  readonly minSubjectCoverage: number;
  readonly maxSentences: number;
  /**
   * How many of the first passages answerability reads. Session 14, 3 → 4 over the twelve tuning halves: five more
   * answers with the fact; wrong replies one fewer (three confident quotes without the fact became right, one
   * unanswerable question and one greeting's question were answered wrongly).
   */
  readonly passagesConsidered: number;
  /**
   * A passage is a candidate when it covers at least this share of the best passage's coverage. Session 14, over the
   * eleven tuning halves, 0.8 → 0.7: key fact 0.882 → 0.889; of the questions whose reply changed, wrong replies (a
   * confident quote without the fact, or an answer where the articles do not say) went from six to three.
   */
  readonly candidateRatio: number;
  /**
   * The retriever's first passage is a candidate too when it covers at least this share of the best coverage, for the
   * kinds of question in LEAD_TYPES (no particular kind of fact, or a figure). Coverage counts the question's words a
   * passage holds; the ranking weighs more (proximity, the lexicon's readings, learned associations), and where they
   * disagree the ranking is more often right: "cđs là việc ntn, dễ hay khó" ranks "CĐS là việc vừa mới, vừa khó" first,
   * but a paragraph saying "khó khăn" twice covered more. Session 38, over every tuning half, for type 'other': at 0.5,
   * key fact +12, R@1 +6, nothing else moved (0.7 is no change); with no floor of its own (minCoverage is the best
   * passage's), key fact +5 more; at 0.25, +4 more, and anything lower the same. For figure questions too: +3 more, one
   * answered question fewer, no unanswerable question answered. For steps, places and people it gained as many key facts
   * as it answered unanswerable questions (a date of another event, a steps question), so they are left out; dates too.
   * When no close candidate meets what the question pins and the first passage does, it alone is quoted (the fallback
   * to passages within constraintRatio is not read).
   */
  readonly leadRatio: number;
  /** When no candidate meets the question's constraints, one covering at least this share of the best that does. */
  readonly constraintRatio: number;
  /**
   * When more than this idf-weighted share of a question's two-syllable words hold a syllable no article uses, the
   * articles do not speak of it ("Dự báo thời tiết ngày mai": "thời tiết" and "ngày mai" are words they never say,
   * though "dự báo" is): no_answer, whatever one shared word covers. Read in the field the question's marks choose:
   * unmarked, "crush ko rep tin nhan" is as foreign to the articles ("crush", "rep") as a marked one would be.
   */
  readonly maxUnknownShare: number;
  /** The checks beyond subject coverage, each on unless false (evaluations switch them off one by one). */
  readonly checks?: { readonly constraints?: boolean; readonly kinds?: boolean; readonly pairs?: boolean; readonly measure?: boolean;
    readonly offDomain?: boolean };
}

/**
 * A question naming, outside the resident's story, a subject outside the articles' domain that they never use ("ca
 * sĩ", "chuyện cười", "tỷ số"; see offDomainWords) is about that subject unless a passage covers most of it: under
 * this coverage, no_answer. Most such questions share only a place or a common word with a paragraph
 * (0.2–0.4); "Ca sĩ có được cấp chữ ký số miễn phí không?" is covered 0.7 and still asks of the articles' subject.
 */
const OFF_DOMAIN_COVERAGE = 0.6;

/** How many passages past those considered a figure as asked is looked for in, when those give none (see extractAnswer). */
const FURTHER_FOR_COUNT = 4;

/** The kinds of question whose first passage joins the candidates (see ExtractOptions.leadRatio). */
const LEAD_TYPES: ReadonlySet<QuestionType> = new Set(['other', 'figure']);

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  minCoverage: 0.2,
  minSentenceCoverage: 0.15,
  minSubjectCoverage: 0.12,
  maxSentences: 3,
  passagesConsidered: 4,
  candidateRatio: 0.7,
  leadRatio: 0.25,
  constraintRatio: 0.6,
  maxUnknownShare: 0.7,
};

/** What a partial answer lacks: the kind of fact asked, or what the question pinned it to (a place, a year…). */
export interface Lacking {
  readonly kind?: Exclude<QuestionType, 'other'>;
  /** Asked whether a goal was reached, where the quoted sentences only set it. */
  readonly reached?: true;
  /** Asked whether something still holds today (an office, a system in use): the articles tell only their own time. */
  readonly present?: true;
  /** Asked whether a plan or a document was approved or issued, where the quoted sentences do not speak of it. */
  readonly decided?: true;
  /** Asked when an event comes next: the articles report the ones held. */
  readonly next?: true;
  /** Constraints the quoted passage does not meet, when no candidate meets them all. */
  readonly unmet?: readonly Constraint[];
}

export type Extraction =
  | { readonly status: 'answered'; readonly type: QuestionType; readonly coverage: number;
      readonly sentences: readonly SelectedSentence[];
      /** A task named without asking how: answered with what the articles say, and a word that they give no steps. */
      readonly noSteps?: true }
  /** The articles speak of the subject but not of what was asked: the reply says so, then what they do say. */
  | { readonly status: 'partial'; readonly type: QuestionType; readonly coverage: number;
      readonly sentences: readonly SelectedSentence[]; readonly lacking: Lacking }
  | { readonly status: 'no_answer'; readonly type: QuestionType; readonly coverage: number };

/**
 * Decides on evidence whether the articles answer the question; pure.
 * 1. Subject: some top passage must cover enough of the question's content, and the question must not be mostly
 *    words or names no article uses (else no_answer).
 * 2. Constraints: of the passages that do, one must also name the asked place, year and numbered document (else
 *    partial: the subject is there, its particulars are not).
 * 3. Fact: a quoted sentence must hold the kind of fact asked (a figure, a date, a fee…) (else partial).
 */
export function extractAnswer(
  result: RetrievalResult,
  sparse: SparseIndex,
  options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS,
): Extraction {
  const type = classifyQuestion(result.query.asked);
  const top = result.hits.slice(0, options.passagesConsidered);
  // A passage that holds none of the question's two-syllable words does not speak of its subject, whatever syllables
  // it shares.
  const checks = { constraints: true, kinds: true, pairs: true, measure: true, offDomain: true, ...options.checks };
  // The asking sentences' terms, weighed once by the retriever for its rerank and every candidate here.
  const asked = result.asked;
  const { accented } = result.query;
  if (checks.constraints && asksOnlyWhen(result.query.tokens)) return { status: 'no_answer', type, coverage: 0 };
  const coverages = top.map((hit) => (checks.pairs && holdsNoPair(asked, sparse, accented, hit.doc) ? 0
    : result.coverage.get(hit.doc) ?? passageCoverage(asked, sparse, accented, hit.doc)));
  const coverage = Math.max(0, ...coverages);
  if (coverage < options.minCoverage) return { status: 'no_answer', type, coverage };
  const own = result.query.referred ? ownTerms(result.query, sparse) : asked;
  const foldedAsked = foldDiacritics(result.query.asked.toLowerCase());
  const asksName = type === 'person' || NAME_OF_THING.test(foldedAsked);
  if (checks.constraints && unknownShare(own, sparse, accented, asksName) > options.maxUnknownShare) return { status: 'no_answer', type, coverage };
  if (checks.constraints && unknownNames(result.query.asked, knows(sparse)).some((name) => !readByLexicon(name, result.query.paraphrased))) {
    return { status: 'no_answer', type, coverage };
  }
  if (checks.constraints && checks.offDomain && coverage < OFF_DOMAIN_COVERAGE
    && (offDomainWords(result.query.asked, phrases(sparse)).length > 0 || asksRecommendation(result.query.asked))) {
    return { status: 'no_answer', type, coverage };
  }
  const asksProcedure = type === 'steps' || type === 'papers' || speaksOfProcedure(foldedAsked);
  const namedInTop = (subject: Constraint): boolean => top.some((hit) => unmetConstraints({ ...NO_CONSTRAINTS, subjects: [subject] },
    constraintText(`${hit.context}\n${hit.passage.text}`)).length === 0);
  // The procedure a story names is what a question asking of a procedure without naming one asks about ("Mẹ tôi cần
  // làm thẻ căn cước mới. Thủ tục như thế nào?", "…Làm online được không?"); not one asking a figure or a question
  // with words of its own ("Tài khoản Zalo của tôi bị khóa… Ở Hải Phòng làm được bao nhiêu loại giấy tờ trên mạng?").
  // So is one pointing back to it ("Tôi muốn đăng ký kết hôn. Giấy tờ này ở Hà Nội có nộp trực tuyến được không?").
  const ofStory = asksProcedure && (ASKS_OF_PROCEDURE.has(type) || asksHowOutright(result.query.asked)
    || /(?<!\b(bao nhieu|may|bn) )\bthu tuc(?! hanh chinh)\b/.test(foldedAsked) || POINTS_TO_PROCEDURE.test(foldedAsked) || result.query.referred !== ''
    || wordCount(result.query.asked) <= STORY_PROCEDURE_WORDS);
  // Which province does something ("còn tỉnh nào làm thử … qua app căn cước?") is asked of the provinces, not of where a
  // procedure is done: a named subject there may be met in the lexicon's wording, as in any other question.
  const pinned = checks.constraints ? withSubjectReadings(withNamedSubjects(withReferred(messageConstraints(result.query.focus,
    result.query.text, ofStory, type === 'steps' || type === 'papers'), result.query.referred, type === 'date'), result.query, ofStory),
  result.query.paraphrased, asksProcedure || asksHowOutright(result.query.asked) || (ASKS_OF_PROCEDURE.has(type) && !WHICH_PLACE.test(foldedAsked)), namedInTop,
  result.query.asked) : NO_CONSTRAINTS;
  // An office pins who is asked for ("ai là Giám đốc"); in any other question it names who said it ("theo Giám đốc Sở
  // …, năm 2024 ghi dấu điều gì"), which an interview's answers do not repeat paragraph after paragraph.
  const constraints = type === 'person' ? pinned : { ...pinned, roles: [] };
  const compared = comparedYears(result.query.asked);
  // A year met anywhere in the passage: one compared against, or one the question names as a plan's horizon.
  const anywhere = new Set([...compared, ...horizonYears(result.query.text)]);
  const unmetOf = (hit: (typeof top)[number]): Constraint[] => unmetConstraints(constraints, constraintText(`${hit.context}\n${hit.passage.text}`), anywhere);
  const close = top.filter((_, i) => coverages[i]! >= Math.max(options.minCoverage, coverage * options.candidateRatio));
  // The first passage joins them (see leadRatio) only where it meets all the question pins, so that what is said when
  // none does is unchanged.
  const leads = LEAD_TYPES.has(type) && top[0] && !close.includes(top[0]) && coverages[0]! >= coverage * options.leadRatio
    && unmetOf(top[0]).length === 0;
  const candidates = leads ? [top[0]!, ...close] : close;
  const unmet = candidates.map(unmetOf);
  // What the question pins (the office, the place, the year…) weighs more than a little more coverage: when no close
  // candidate meets it, one that covers the subject less closely but meets it all is the evidence.
  const closest = candidates.filter((_, i) => unmet[i]!.length === 0);
  const meeting = closest.length > 0 ? closest
    : top.filter((hit, i) => coverages[i]! >= Math.max(options.minCoverage, coverage * options.constraintRatio) && unmetOf(hit).length === 0);
  const quoted = meeting.length > 0 ? meeting : candidates.slice(0, 1);
  const select = (hits: typeof quoted, passageFloor = 0.6): SelectedSentence[] => selectSentences({ query: result.query, type, hits, sparse,
    max: options.maxSentences, passageFloor, asked, measure: checks.measure, national: asksOfCountry(constraints),
    ...(result.sentenceLikelihood ? { likelihood: result.sentenceLikelihood } : {}), years: sentenceYears(constraints.years, result.query.asked, result.query.referred, compared) });
  let sentences = select(quoted);
  // A figure question whose passages read give no figure as asked (only a share of the thing counted, "100% thủ tục" for
  // "bao nhiêu thủ tục", or none that fits): a passage a little further down that meets the question as closely may
  // give it ("1.232 dịch vụ công"). Only a figure as asked from there is taken.
  if (type === 'figure' && meeting.length > 0 && !sentences.some((s) => s.fits && !s.share)) {
    // As far down as a passage may be to meet what the question pins (constraintRatio), the close candidates' own
    // neighbours in the head included.
    const threshold = Math.max(options.minCoverage, coverage * options.constraintRatio);
    const further = [...top.filter((hit) => !quoted.includes(hit)), ...result.hits.slice(top.length, top.length + FURTHER_FOR_COUNT)]
      .filter((hit) => unmetOf(hit).length === 0
      && !(checks.pairs && holdsNoPair(asked, sparse, accented, hit.doc))
      && (result.coverage.get(hit.doc) ?? passageCoverage(asked, sparse, accented, hit.doc)) >= threshold);
    // Its score is often well below the first's (a long passage listing many things): no floor here.
    const wider = further.length > 0 ? select([...quoted, ...further], 0) : [];
    if (wider.some((s) => s.fits && !s.share)) sentences = wider;
  }
  if (!sentences.some((s) => s.coverage >= options.minSentenceCoverage)) return { status: 'no_answer', type, coverage };
  if (checks.constraints && subjectShare(asked, result.query, result.hits, sentences) < options.minSubjectCoverage) return { status: 'no_answer', type, coverage };
  // A procedure or app named and found nowhere is a subject the articles do not speak of; a place or a year they do
  // not cover is a particular of a subject they do.
  if (meeting.length === 0 && unmet[0]!.some((u) => constraints.subjects.includes(u))) return { status: 'no_answer', type, coverage };
  if (meeting.length === 0) return { status: 'partial', type, coverage, sentences, lacking: { unmet: unmet[0]! } };
  // "…Viettel hay VNPT?" is answered only by a sentence naming one of them.
  const choice = checks.constraints ? namedChoice(result.query.asked) : [];
  if (choice.length > 0 && !sentences.some((s) => namesOneOf(choice, s.text))) return { status: 'partial', type, coverage, sentences, lacking: { unmet: choice } };
  // What the question asks that only some sentences hold, in this order: the first a reply's quote lacks is named.
  const question = result.query.asked;
  const particulars: (AskedParticular | undefined)[] = checks.constraints ? [
    // "…ở những quận, huyện cụ thể nào?": a sentence naming one ("quận Hoàn Kiếm").
    namedInstancesAsked(question),
    // "Danh mục dữ liệu mở có dữ liệu giờ chạy xe buýt không?": a sentence naming the item, or a lexicon wording of it.
    itemAsked(result.query.focus),
    // "Đề án … được phê duyệt ngày nào?": not the day a plan was issued.
    documentKindAsked(question),
    // "… có ban hành nghị quyết mới thay cho Nghị quyết 18-NQ/TU không?": not the sentence on resolution 18.
    successorAsked(question),
    // "… ai dẫn chương trình?": a sentence naming a person.
    speakerAsked(question),
    // "…, người dân có được vào xem trực tiếp không?": a sentence that speaks of the residents.
    residentsAllowedAsked(question),
    // "Phường có cử người đến tận nhà cấp chữ ký số … không?": a sentence that speaks of the home.
    homeVisitAsked(question),
    // "LLTP qua VNeID có làm hộ cho người nhà được không?": a sentence on acting for another.
    proxyAsked(question),
    // "Kế hoạch 174/KH-UBND gồm những nội dung gì?": not a sentence that only cites the plan.
    documentContentsAsked(question),
    // "Tôi … thì có nên làm chữ ký số không?": the articles advise no one on their own choice; they say what they do say.
    heldByNone(personalAdviceAsked(result.query.text)),
    // Asked to list ("liệt kê giúp bác đủ 77 nhiệm vụ"): the count alone lists nothing.
    listAsked(question),
    // "…đạt 121% là sao?": giving the resident's own figure back explains nothing.
    figureExplainedAsked(question),
  ] : [];
  const lacked = particulars.find((p) => p !== undefined && !sentences.some((s) => p.heldIn(s.text)));
  if (lacked) return { status: 'partial', type, coverage, sentences, lacking: { unmet: [lacked.asked] } };
  // A rank asked by one index is not given by a sentence ranking by another (see ranksByOtherIndex).
  if (checks.kinds && type !== 'other' && !sentences.some((s) => s.fits && !(type === 'figure' && ranksByOtherIndex(constraints.subjects, s.text)))) {
    if (type === 'steps' && !asksHowOutright(result.query.asked)) return { status: 'answered', type, coverage, sentences, noSteps: true };
    // How a city, an office or a team goes about something ("Hà Nội muốn tận dụng chất xám … thế nào", "Tổ … có vai trò
    // thế nào", "Cách làm đó Chính phủ đánh giá thế nào") is told in prose: a message that names no task of the resident's and
    // asks no steps is answered by the quote (session 50: tuning halves key fact +25; three answerable questions that
    // were partial now quoted wrongly; no unanswerable question answered).
    if (type === 'steps' && !namesResidentTask(result.query.text)) return { status: 'answered', type, coverage, sentences };
    // The fact is there, of another year: say which year the articles do not speak of.
    if (sentences.some((s) => s.otherYear)) return { status: 'partial', type, coverage, sentences, lacking: { unmet: constraints.years } };
    // Asked how it stands now, the figure is there as a target only: say the articles set it and do not say it was reached.
    if (sentences.some((s) => s.target)) return { status: 'partial', type, coverage, sentences, lacking: { reached: true } };
    return { status: 'partial', type, coverage, sentences, lacking: { kind: type } };
  }
  // "…chữ ký số miễn phí…" is not answered by a passage on signatures that never says they are free.
  const free = checks.constraints ? freeAsked(result.query.asked) : undefined;
  if (free && !sentences.some((s) => saysFree(s.passage.text))) return { status: 'partial', type, coverage, sentences, lacking: { unmet: [free] } };
  // "Tỷ lệ hồ sơ nộp trực tuyến … bao nhiêu %?" is not answered by a share of cashless payments: the figure's sentence
  // must name something of what the share is of.
  if (checks.measure && type === 'figure') {
    const base = shareBase(result.query.focus);
    if (base && !sentences.some((s) => s.fits && namesShareBase(base, s.text, accented))) {
      return { status: 'partial', type, coverage, sentences, lacking: { kind: type } };
    }
  }
  // "…đã đạt 50% chưa?" is not answered by "phấn đấu 50% …": the article set the goal and does not say it was reached.
  if (checks.constraints && asksReached(result.query.asked) && givesGoalOnly(sentences.map((s) => s.text))) {
    return { status: 'partial', type, coverage, sentences, lacking: { reached: true } };
  }
  // "…quận huyện nào cấp nhiều nhất?" is answered only by a sentence that ranks, not by the total.
  const most = checks.constraints ? superlativeAsked(result.query.asked) : undefined;
  if (most && !sentences.some((s) => ranksOrCompares(s.text))) return { status: 'partial', type, coverage, sentences, lacking: { unmet: [most] } };
  // "…mức độ 3 với mức độ 4 khác nhau chỗ nào?" is answered only by a sentence that contrasts or compares.
  const differs = checks.constraints ? differenceAsked(result.query.asked) : undefined;
  if (differs && !sentences.some((s) => tellsDifference(s.text))) return { status: 'partial', type, coverage, sentences, lacking: { unmet: [differs] } };
  // "Đề án … đã được phê duyệt chưa?" is not answered by "Sở đang trình thành phố Đề án…".
  if (checks.constraints && asksDecided(result.query.asked) && !sentences.some((s) => speaksOfDecision(s.text))) {
    return { status: 'partial', type, coverage, sentences, lacking: { decided: true } };
  }
  // "Ông … bây giờ còn làm Giám đốc Sở không?", "Sổ sức khỏe điện tử còn dùng được không?": the quote tells how things
  // stood as the article was written, not today.
  if (checks.constraints && asksStillNow(result.query.asked)) return { status: 'partial', type, coverage, sentences, lacking: { present: true } };
  // "Phiên đối thoại lần tiếp theo khi nào diễn ra?": the articles tell of the dialogue held, not of the next.
  if (checks.constraints && asksNext(result.query.asked)) return { status: 'partial', type, coverage, sentences, lacking: { next: true } };
  return { status: 'answered', type, coverage, sentences };
}

/**
 * The constraints with only the procedures, apps and indices the resident named: one that appears only in an official
 * wording the paraphrase lexicon added ("sổ khám bệnh" read as "sổ sức khỏe điện tử; hồ sơ bệnh án điện tử") is one
 * guess among its alternatives, not a particular the answer must name.
 */
function withNamedSubjects(c: Constraints, query: RetrievalResult['query'], asksProcedure: boolean): Constraints {
  // Nothing to filter when no lexicon wording was added where the subjects were read: the asking sentences, the story
  // for a procedure, or the sentence pointed back to, whose subjects count when the asking ones name none ("Khách ở tiệm
  // tôi hay than … Nghe nói làm Chính phủ số thì bớt được vụ này…": "tiệm" was read as hộ kinh doanh).
  const fromStory = asksProcedure || query.referred !== '';
  if (c.subjects.length === 0 || (query.named.focus === query.focus && (!fromStory || query.named.text === query.text))) return c;
  // A subject's key is its folded syllables: named when the resident's own words in the asking sentences spell it, or
  // the story's where messageConstraints reads a procedure from it. Once a wording was added, one named only in the
  // sentence pointed back to does not pin the answer either ("Em nghe … Hà Nội làm vụ dữ liệu dân cư, căn cước là đi
  // trước… Có đúng vậy không, Chính phủ đánh giá sao ạ?"). Session 61, every tuning half: key fact +4, none lost; no
  // unanswerable question answered. Counting the story's names there too lost four.
  const focus = constraintText(query.named.focus).syllables;
  const story = asksProcedure ? constraintText(query.named.text).syllables : '';
  const named = (key: string): boolean => focus.includes(` ${key} `) || story.includes(` ${key} `);
  return { ...c, subjects: c.subjects.filter((s) => named(s.key)) };
}

/**
 * The years a quoted sentence must be of (see namesYearAsked): the asked ones, but for a year given as when a document
 * was issued, which pins the passage only ("kế hoạch ra năm 2023 đặt bao nhiêu chỉ tiêu" is answered by its targets
 * for 2025). When every asked year is such a year, none.
 */
function sentenceYears(years: readonly Constraint[], asked: string, referred: string, compared: ReadonlySet<string>): string[] {
  // A year the question takes from a sentence it points back to ("Tôi nhớ có một kế hoạch ban hành tháng 9/2023. Kế
  // hoạch đó đặt ra bao nhiêu chỉ tiêu?") is read there.
  const issued = issuedYears(`${asked}\n${referred}`);
  // Nor a year the question compares against ("tăng bao nhiêu bậc so với năm 2021"): the figure is of another year.
  // Only where the question names that year nowhere else ("…so với năm 2021, vậy năm 2021 xếp thứ mấy?" asks it): the
  // question's compared years, read once for the passages' constraints too.
  return years.map((y) => y.key).filter((y) => !issued.has(y) && !compared.has(y));
}

/** A particular no sentence holds: whatever is quoted, the reply lacks it. */
const heldByNone = (asked: Constraint | undefined): AskedParticular | undefined => (asked ? { asked, heldIn: () => false } : undefined);

// A name inside a phrase the lexicon read ("Thành phố Cảng" is Hải Phòng) is one the articles know by another wording.
const readByLexicon = (name: string, paraphrased: RetrievalResult['query']['paraphrased']): boolean =>
  paraphrased.some((p) => p.typed.toLowerCase().includes(name.toLowerCase()));

const knows = (sparse: SparseIndex): Vocabulary => {
  const exact = sparse.field('exact');
  const folded = sparse.field('folded');
  const foldedPair = sparse.field('foldedPair');
  return { hasSyllable: (t) => exact.termId(t.exact) !== undefined || folded.termId(t.folded) !== undefined,
    hasFoldedPair: (pair) => foldedPair.termId(pair) !== undefined };
};

const phrases = (sparse: SparseIndex): PhraseVocabulary => ({
  has: (term) => sparse.field(term.includes(' ') ? 'exactPair' : 'exact').termId(term) !== undefined,
});

// How long, where, when open and for what fee a service is had are asked of the procedure itself.
const ASKS_OF_PROCEDURE: ReadonlySet<QuestionType> = new Set(['duration', 'place', 'address', 'hours', 'fee', 'papers', 'steps']);
// A question this short asks of the story's procedure whatever its kind ("Ở Hà Nội làm online được không?").
const STORY_PROCEDURE_WORDS = 8;
// "giấy tờ này", "hồ sơ đó", "thủ tục ấy": the procedure named before. Folded.
const POINTS_TO_PROCEDURE = /\b(ho so|giay to|giay|thu tuc|the|viec|cai) (do|nay|ay|kia)\b/;

// "tên" asks for a name ("Ông tên gì?", "Cái mạng đó tên là gì?"): articles print the name, seldom the word, so in a
// question asking who it is, or what a thing is called, it is no subject the articles lack. Elsewhere it may be one
// ("Tên miền của cổng là gì?").
const NAME_ASKED = new Set(['tên', 'ten']);
const NAME_OF_THING = /\bten (la |goi la )?(gi|j|chi)\b/;

/**
 * The idf-weighted share of the asked two-syllable words that hold a syllable no passage has (marked questions). An
 * everyday phrase the lexicon read is unknown only when none of its wordings is all known ("toa thuốc" is known as
 * "đơn thuốc điện tử", "thoát khỏi" as "thoát").
 */
/**
 * Whether one wording of an everyday phrase has no syllable `lacking` reads as foreign: its pairs, or the syllable of a
 * wording of one word ("thoát khỏi" read as "thoát"), which is as known as one of two.
 */
function wordingKnown(wording: TermSet, lacking: (syllable: string) => boolean): boolean {
  const terms = [...(wording.pair.size > 0 ? wording.pair : wording.uni).keys()];
  return terms.length > 0 && !terms.some((t) => t.split(' ').some(lacking));
}

function unknownShare(asked: AskedTerms, sparse: SparseIndex, accented: boolean, asksName: boolean): number {
  const field = sparse.field(accented ? 'exact' : 'folded');
  // A function word the articles never write ("rồi") is no word they lack (see isFunctionTerm).
  const lacksAsTyped = (x: string): boolean => field.termId(x) === undefined && !isFunctionTerm(x, accented) && !(asksName && NAME_ASKED.has(x));
  const knownGroup = (g: AskedGroup): boolean => g.knownExpansion === true || g.alternatives.some((w) => wordingKnown(w, lacksAsTyped));
  // A syllable typed as an abbreviation whose expansion the articles know ("HN") is known: "2022 hn" is a seam. So is an
  // everyday word the lexicon reads as a wording they use ("cấp free": miễn phí).
  const read = new Set(asked.groups.filter(knownGroup).flatMap((g) => [...g.typed.uni.keys()]));
  const lacks = (x: string): boolean => lacksAsTyped(x) && !read.has(x);
  const unknownPair = (t: string): boolean => t.split(' ').some(lacks);
  let unknown = 0;
  let total = 0;
  // In a marked question, a word the articles lack weighs through the heavier of its two seams, not once for each
  // neighbour: one everyday verb ("Hà Nội coi thông tin số như thứ gì…") is not most of what is asked. Keyed by the
  // lacking syllables of each seam, so two lacking syllables side by side ("rơi xuống nước") still count for each seam
  // and their own pair: more of the question is foreign. Unmarked, folded syllables meet so many of the articles' that
  // one they lack is telling (see askedTerms): it keeps each seam.
  const lacking = new Map<string, number>();
  for (const [t, seam] of asked.pair) {
    const w = asked.gated?.get(t) ?? seam;
    const lack = t.split(' ').filter(lacks);
    if (accented && lack.length > 0) {
      const word = lack.join(' ');
      lacking.set(word, Math.max(lacking.get(word) ?? 0, w));
      continue;
    }
    total += w;
    if (lack.length > 0) unknown += w;
  }
  for (const w of lacking.values()) {
    total += w;
    unknown += w;
  }
  for (const g of asked.groups) {
    // A one-word abbreviation ("CNTT", "GĐ") weighs as its word: it has no pair, and the question is no less about it.
    const typed = g.typed.pair.size > 0 ? [...g.typed.pair] : g.abbreviation ? [...g.typed.uni] : [];
    total += typed.reduce((a, [, w]) => a + w, 0);
    const known = g.knownExpansion || [g.typed, ...g.alternatives].some((w) => wordingKnown(w, lacks));
    if (!known) unknown += typed.filter(([t]) => unknownPair(t)).reduce((a, [, w]) => a + w, 0);
  }
  return total > 0 ? unknown / total : 0;
}
