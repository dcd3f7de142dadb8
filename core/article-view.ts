/** An article as the web chat's citation panel shows it; the composition root builds these from the corpus. */
export interface ArticleView {
  readonly id: string;
  readonly title: string;
  readonly publication: string;
  /** ISO date (YYYY-MM-DD), or null when the source prints none. */
  readonly date: string | null;
  readonly paragraphs: readonly ArticleParagraphView[];
}

export interface ArticleParagraphView {
  /** The same id citations carry, so the page can highlight the cited paragraph. */
  readonly paragraphId: string;
  /** 1-based, as in "đoạn 3" of the source line. */
  readonly ordinal: number;
  readonly heading?: string;
  readonly text: string;
}
