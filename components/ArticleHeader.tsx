// The article Parallax read and how many other reports of the same story it found.
export interface ArticleHeaderProps {
  title: string;
  outlet: string | null;
  relatedCount: number;
}

export function ArticleHeader({ title, outlet, relatedCount }: ArticleHeaderProps) {
  const found = relatedCount === 1 ? '1 other report of this story' : `${relatedCount} other reports of this story`;
  return (
    <header class="article-header">
      <p class="eyebrow">{outlet ? `Reading ${outlet}` : 'Reading this page'}</p>
      <h1 class="article-title">{title}</h1>
      <p class="related-count" data-testid="related-count">{found}</p>
    </header>
  );
}
