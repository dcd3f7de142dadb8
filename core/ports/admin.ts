import type { InstanceRecord } from '../article-store.js';
import type { Health } from '../health.js';
import type { Logger } from '../logger.js';
import type { Handoff, LogStore } from './log-store.js';

/** What the admin pages need besides the store; the composition root implements these on the running bot. */

export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly publication: string;
  readonly date: string | null;
  readonly sourceFile: string;
  readonly paragraphs: number;
  /** Bundled with the program (corpus/) or added through ingest/upload (the database, or DATA_DIR/articles without one). */
  readonly origin: 'bundled' | 'added';
  /** The source file's kind, from its extension: "PDF", "DOCX", "HTML", "MD", "TXT". */
  readonly format: string;
  /** Size of the source file (for bundled articles, of their text). */
  readonly sizeBytes: number;
  /** The content hash citations and curated answers record (see articleVersion). */
  readonly version: string;
  /** The corpus revision that stored this version (added articles with a shared store), else 0: see ServingInstance. */
  readonly revision: number;
}

/** An instance answering residents, and the corpus it serves (every added article stored at its revision or before). */
export interface ServingInstance extends InstanceRecord {
  /** The instance whose page this is. */
  readonly self: boolean;
}

export interface ArticleDetail extends ArticleSummary {
  readonly paragraphs: number;
  readonly blocks: readonly { readonly paragraphId?: string; readonly ordinal?: number; readonly heading?: string; readonly text: string }[];
}

export type ReindexStatus =
  | { readonly state: 'idle'; readonly lastBuiltAt?: string; readonly lastError?: string }
  | { readonly state: 'running'; readonly done: number; readonly total: number; readonly startedAt: string };

export interface UploadedFile {
  readonly fileName: string;
  readonly content: Buffer;
}

export interface ArticleMetaInput {
  readonly title?: string;
  readonly publication?: string;
  readonly date?: string;
}

export interface CorpusAdmin {
  articles(): ArticleSummary[];
  article(id: string): ArticleDetail | undefined;
  /** Content hash of an article as indexed now; curated answers remember it to notice edits. */
  articleHash(id: string): string | undefined;
  /**
   * Validates uploaded articles (.txt, .md, .html, .pdf, .docx), all of them before any is stored, then re-indexes
   * in the background while the bot keeps answering from the old index. Throws an Error whose message names the
   * file and the problem when one is bad; then none is stored.
   */
  upload(files: readonly UploadedFile[], meta: ArticleMetaInput): Promise<{ ids: string[] }>;
  /**
   * Replaces an added article with a new file (its id stays) or deletes it; the old version is kept for the log's
   * citations (see archived), and curated answers citing it are flagged after the re-index. Throws NotFoundError for an unknown article, ConflictError (code "bundled") for a bundled one, an Error naming the problem for a bad file.
   */
  replace(id: string, file: UploadedFile, meta: ArticleMetaInput): Promise<{ id: string }>;
  remove(id: string): Promise<void>;
  /** Versions of an article that were replaced or deleted, newest first: how a removed paragraph stays readable. */
  archived(id: string): Promise<ArticleDetail[]>;
  /** The instances heard from lately (this one included), each with the corpus revision it serves. */
  instances(): Promise<ServingInstance[]>;
  /** Starts a re-index in the background (no-op while one runs). */
  reindex(): void;
  status(): ReindexStatus;
}

/** A channel's window for a volunteer's reply, counted from the resident's last message (bot/channels/<name>/). */
export type ReplyWindow =
  | { readonly kind: 'free'; readonly until: string }        // Zalo within 48 h, Messenger within 24 h
  | { readonly kind: 'paid'; readonly until: string }        // Zalo 48 h – 7 days: allowed, billed per message
  | { readonly kind: 'human_agent'; readonly until: string } // Messenger 24 h – 7 days: with the HUMAN_AGENT tag only
  | { readonly kind: 'closed' }                             // after 7 days (or a channel this server lacks): refused
  | { readonly kind: 'unlimited' };                         // channels without a window (web chat, Bot Framework)

export interface HandoffSender {
  window(handoff: Handoff): ReplyWindow;
  /** Sends a volunteer's reply on the resident's channel; refuses (delivered false, error set) outside the window. */
  reply(handoffId: string, text: string, by: string): Promise<{ delivered: boolean; error?: string }>;
}

export interface AdminSettings {
  /** Set the Secure flag on cookies (behind HTTPS). */
  readonly secureCookies: boolean;
  readonly sessionTtlMs: number;
  /** A curated answer is served when a new question's similarity to it is at least this (0..1). */
  readonly curatedThreshold: number;
  /** A language model is configured: the dashboard shows token and cost figures. */
  readonly modelConfigured: boolean;
  /** Channels by the names staff know, every id the log may hold (the channel registry's, from the composition root). */
  readonly channelLabels?: Readonly<Record<string, string>>;
}

export interface AdminDeps {
  readonly store: LogStore;
  readonly corpus: CorpusAdmin;
  readonly handoffs: HandoffSender;
  readonly settings: AdminSettings;
  readonly logger: Logger;
  /** The instance's health with its reasons and channel problems, which the public /healthz does not show. */
  readonly health?: () => Promise<Health>;
  readonly now?: () => Date;
}
