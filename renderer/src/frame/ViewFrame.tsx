// The frame every view's page sits in: a labelled section with the view's heading, so screen
// readers announce the view and the e2e tests find it by its title.
import type { ReactNode } from 'react';

export function ViewFrame({ view, title, children }: { view: string; title: string; children: ReactNode }) {
  return (
    <section className={`view ${view}`} aria-labelledby="view-title">
      <h1 id="view-title">{title}</h1>
      {children}
    </section>
  );
}
