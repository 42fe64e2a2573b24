import type { ReactNode } from 'react';

/** One part of the measure page: a `<section>` named by its `<h2>`, linkable from the page's contents. */
export function MeasureSection({
  id,
  title,
  children,
  actions,
}: {
  id: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="measure-section">
      <div className="measure-section-head">
        <h2 id={`${id}-heading`}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** A term and its value in a section's fact list. */
export function Fact({ term, children, wide }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'fact fact-wide' : 'fact'}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A text as it was written, or a dash when there is none. */
export function Text({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="empty-value">–</span>;
  return <span className="pre-line">{value}</span>;
}
