import { CONVERSATION } from '../../prompts/conversation.js';
import { composeCurated } from '../../prompts/compose-answer.js';
import type { Answerer, AnswerOptions } from '../answer/answer-engine.js';
import type { CuratedMatcher } from '../curation/curated-matcher.js';
import type { QuestionRewriter } from '../generation/generator.js';
import type { AnswerResult } from '../../core/answer-result.js';
import { rewriteFollowUp, type Rewrite } from './follow-up.js';
import { classifyIntent } from './intents.js';
import { redactPersonalData, wasRedacted } from '../../core/redact.js';
import type { ReplyChannelData, TurnStatus } from '../../core/reply-data.js';
import type { TurnRecord } from '../../core/turn-record.js';

export interface TurnInput {
  readonly text?: string;
  readonly hasAttachments: boolean;
  readonly channel: string;
  /** Already pseudonymous. */
  readonly userId: string;
  readonly conversationId: string;
}

/** What the bot remembers of a conversation between turns (kept in botbuilder conversation state). */
export interface ConversationMemory {
  /** The last few standalone questions and answers, for a model that rewrites follow-ups. */
  readonly history?: readonly { readonly question: string; readonly answer: string }[];
  readonly lastQuestion?: string;
  /** The topic the last question was asked of, when it was a follow-up written as that topic and its own words. */
  readonly lastTopic?: string;
  readonly lastTurnId?: string;
  readonly handoff?: boolean;
}

export interface ReplyButton {
  readonly title: string;
  readonly value: string;
}

export interface Reply {
  readonly text: string;
  readonly buttons: readonly ReplyButton[];
  readonly data: ReplyChannelData;
}

export interface TurnOutput {
  readonly reply: Reply;
  readonly record: TurnRecord;
  readonly memory: ConversationMemory;
  readonly feedback?: { readonly turnId: string; readonly value: 'up' | 'down' };
  /** What answered the question, when something did (not for greetings, thanks or buttons): the evaluation scores it. */
  readonly result?: AnswerResult;
}

export interface TurnPipelineOptions {
  /** The engine now serving; a getter, because re-indexing swaps it while the bot runs. */
  readonly engine: () => Answerer;
  /** Answers people wrote or approved, served before retrieval when a question matches one closely. */
  readonly curated?: CuratedMatcher;
  readonly onCuratedHit?: (curatedId: string) => Promise<void>;
  /** Rewrites follow-ups with a model when one is configured; the heuristic takes over when it fails. */
  readonly rewriter?: QuestionRewriter;
  readonly newId: () => string;
  readonly now: () => Date;
  readonly clock?: () => number;
}

const button = (text: string): ReplyButton => ({ title: text, value: text });
const FEEDBACK = [button(CONVERSATION.buttons.helpful), button(CONVERSATION.buttons.notHelpful), button(CONVERSATION.buttons.human)];
const AFTER_MISS = [button(CONVERSATION.buttons.human), ...CONVERSATION.starterQuestions.map(button)];

/** One turn: intent → (follow-up rewrite → answer) → reply, memory and a redacted record. No channel code here. */
export class TurnPipeline {
  private readonly clock: () => number;

  constructor(private readonly o: TurnPipelineOptions) {
    this.clock = o.clock ?? (() => performance.now());
  }

  async handle(input: TurnInput, memory: ConversationMemory, options: AnswerOptions = {}): Promise<TurnOutput> {
    const started = this.clock();
    const turnId = this.o.newId();
    const text = input.text?.trim() ?? '';
    const fixed = (status: TurnStatus, reply: string, buttons: readonly ReplyButton[] = [], next: ConversationMemory = memory) =>
      this.output({ input, turnId, started, status, replyText: reply, buttons, memory: next });

    if (!text && input.hasAttachments) return fixed('unsupported_media', CONVERSATION.unsupportedMedia, CONVERSATION.starterQuestions.map(button));
    switch (classifyIntent(text)) {
      case 'greeting':
        return fixed('greeting', CONVERSATION.greeting, CONVERSATION.starterQuestions.map(button));
      case 'thanks':
        return fixed('thanks', CONVERSATION.thanks);
      case 'capabilities':
        return fixed('capabilities', CONVERSATION.capabilities, CONVERSATION.starterQuestions.map(button));
      case 'handoff':
        return fixed('handoff', CONVERSATION.handoff, [], { ...memory, handoff: true });
      case 'feedback_up':
      case 'feedback_down': {
        const up = classifyIntent(text) === 'feedback_up';
        const out = fixed('feedback', up ? CONVERSATION.feedbackThanksUp : CONVERSATION.feedbackThanksDown, up ? [] : [button(CONVERSATION.buttons.human)]);
        return memory.lastTurnId ? { ...out, feedback: { turnId: memory.lastTurnId, value: up ? 'up' : 'down' } } : out;
      }
      case 'question':
        return this.answer(input, memory, turnId, started, options);
    }
  }

  /** The reply and record for a message refused by the per-user rate limit (the question is still logged, redacted). */
  limited(input: TurnInput): TurnOutput {
    return this.output({ input: { ...input, text: redactPersonalData(input.text?.trim() ?? '') }, turnId: this.o.newId(),
      started: this.clock(), status: 'rate_limited', replyText: CONVERSATION.rateLimited, buttons: [], memory: {} });
  }

  /** The record of a turn that failed before it could answer: the question (redacted) and why, for the reviewers. */
  failure(input: TurnInput, error: unknown): TurnRecord {
    const out = this.output({ input: { ...input, text: redactPersonalData(input.text?.trim() ?? '') }, turnId: this.o.newId(),
      started: this.clock(), status: 'error', replyText: CONVERSATION.error, buttons: [], memory: {} });
    return { ...out.record, model: `error: ${error instanceof Error ? error.name : 'unknown'}` };
  }

  private async answer(input: TurnInput, memory: ConversationMemory, turnId: string, started: number, options: AnswerOptions): Promise<TurnOutput> {
    // Redact first: neither retrieval logs nor conversation memory may keep a personal number.
    const typed = input.text?.trim() ?? '';
    const text = redactPersonalData(typed);
    // The Zalo webhook redacts before it queues an event, so the text may hold placeholders already.
    const notice = wasRedacted(text) ? `${CONVERSATION.personalDataNotice}\n\n` : '';
    const { standalone, rewritten, topic } = await this.standalone(text, memory);
    const curated = await this.curated(input, memory, turnId, started, standalone, rewritten, notice, topic);
    if (curated) return curated;
    const result = await this.o.engine().answer(standalone, options);
    // A partial answer may still help, and its buttons offer a person for the rest, as an answer's do.
    const buttons = result.status === 'answered' || result.status === 'partial' ? FEEDBACK : result.status === 'no_answer' ? AFTER_MISS
      : CONVERSATION.starterQuestions.map(button);
    const next: ConversationMemory = result.status === 'invalid_input' ? memory
      : { ...asked(memory, result.question, turnId, topic), history: remember(memory.history, result.question, result.answer) };
    return this.output({ input: { ...input, text }, turnId, started, status: result.status, replyText: notice + result.answer, buttons, memory: next,
      result, ...(rewritten ? { rewrite: result.question } : {}) });
  }

  /** The question as retrieval should see it: the model's rewrite when it has one, the heuristic's otherwise. */
  private async standalone(text: string, memory: ConversationMemory): Promise<Rewrite> {
    if (this.o.rewriter && memory.history?.length) {
      try {
        const standalone = (await this.o.rewriter.rewrite(text, memory.history)).trim();
        if (standalone) return { standalone, rewritten: standalone !== text };
      } catch {
        // The heuristic below is the fallback; the failure itself is the model layer's to log.
      }
    }
    return rewriteFollowUp(text, memory.lastQuestion, memory.lastTopic);
  }

  /** A curated answer for the question, with the sources it cites as indexed now; undefined when none matches. */
  private async curated(input: TurnInput, memory: ConversationMemory, turnId: string, started: number, question: string,
    rewritten: boolean, notice: string, topic: string | undefined): Promise<TurnOutput | undefined> {
    const match = await this.o.curated?.match(question);
    if (!match) return undefined;
    const engine = this.o.engine();
    const citations = match.curated.citations
      .map((c, i) => engine.citationFor(c.paragraphId, i + 1))
      .filter((c): c is NonNullable<typeof c> => c !== undefined);
    const answer = composeCurated({ lead: CONVERSATION.curatedLead, answer: match.curated.answer,
      sources: citations.map((c) => ({ n: c.n, title: c.title, publication: c.publication, ...(c.date ? { date: c.date } : {}), ordinal: c.ordinal })) });
    await this.o.onCuratedHit?.(match.curated.id);
    const result: AnswerResult = { status: 'answered', question, answer, citations: citations.map(({ ordinal: _o, ...c }) => c),
      retrieved: [], truncated: false, timings: { retrievalMs: 0, totalMs: 0 } };
    const out = this.output({ input: { ...input, text: redactPersonalData(input.text?.trim() ?? '') }, turnId, started, status: 'curated',
      replyText: notice + answer, buttons: FEEDBACK, memory: asked(memory, question, turnId, topic), result,
      ...(rewritten ? { rewrite: question } : {}) });
    return { ...out, record: { ...out.record, model: `curated:${match.curated.id}` } };
  }

  private output(p: { input: TurnInput; turnId: string; started: number; status: TurnStatus; replyText: string;
    buttons: readonly ReplyButton[]; memory: ConversationMemory; result?: AnswerResult; rewrite?: string }): TurnOutput {
    const citations = p.result?.citations ?? [];
    const record: TurnRecord = {
      turnId: p.turnId,
      createdAt: this.o.now().toISOString(),
      channel: p.input.channel,
      userId: p.input.userId,
      conversationId: p.input.conversationId,
      question: redactPersonalData(p.input.text ?? ''),
      ...(p.rewrite ? { rewrite: p.rewrite } : {}),
      status: p.status,
      answer: p.replyText,
      citations: citations.map((c) => {
        const version = this.o.engine().articleVersion(c.articleId);
        return { paragraphId: c.paragraphId, articleId: c.articleId, ...(version ? { articleVersion: version } : {}) };
      }),
      retrieved: (p.result?.retrieved ?? []).map((r) => ({ paragraphId: r.paragraphId, score: r.score })),
      timings: { totalMs: round(this.clock() - p.started), ...(p.result ? { retrievalMs: round(p.result.timings.retrievalMs) } : {}) },
      model: !p.result ? 'none' : p.result.mode === 'generated' ? (p.result.model ?? 'model')
        : p.result.fallbackReason ? `extractive (model failed: ${p.result.fallbackReason.slice(0, 120)})` : 'extractive',
      ...(p.result?.usage ? { usage: { ...p.result.usage, ...(p.result.removed?.length ? { removed: p.result.removed } : {}) } } : {}),
    };
    const data: ReplyChannelData = { status: p.status, turnId: p.turnId, ...(citations.length ? { citations } : {}),
      ...(p.rewrite ? { rewrite: p.rewrite } : {}) };
    return { reply: { text: p.replyText, buttons: p.buttons.slice(0, 5), data }, record, memory: p.memory, ...(p.result ? { result: p.result } : {}) };
  }
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Keeps the last five exchanges, answers cut short: enough context for a rewrite, little to store. */
const HISTORY = 5;
function remember(history: ConversationMemory['history'], question: string, answer: string): NonNullable<ConversationMemory['history']> {
  return [...(history ?? []), { question, answer: answer.slice(0, 400) }].slice(-HISTORY);
}

/** The memory after a question was answered: it is the last one asked, of the topic its rewrite names, if any. */
function asked({ lastTopic: _before, ...memory }: ConversationMemory, question: string, turnId: string, topic: string | undefined): ConversationMemory {
  return { ...memory, lastQuestion: question, ...(topic ? { lastTopic: topic } : {}), lastTurnId: turnId };
}
