/**
 * The structure tree of a tagged PDF (decision 0013) in three moves: `tag` adds an element whose content is
 * what `draw` paints, `artifact` paints decoration screen readers skip (rules, fills), and a `Parent` of
 * undefined means the document is not tagged, so the same drawing code serves the untagged scenario report.
 *
 * PDFKit runs a closure child the moment it joins an attached parent, inside a marked-content sequence that
 * it carries over automatic page breaks (`continueOnNewPage`). An explicit `doc.addPage()` inside `draw` would
 * not, so callers break pages between tagged elements, never inside one.
 */

export type Parent = PDFKit.PDFStructureElement | undefined;

export interface TagOptions {
  alt?: string;
  lang?: string;
  /** For TH: the cells it heads. */
  scope?: 'Row' | 'Column' | 'Both';
  /** For Figure: its box, [left, top, right, bottom] in page points from the top left. */
  bbox?: [number, number, number, number];
}

/** The document's root element `Document`, added to the structure tree; undefined when not tagged. */
export function documentRoot(doc: PDFKit.PDFDocument, tagged: boolean): Parent {
  if (!tagged) return undefined;
  const root = doc.struct('Document');
  doc.addStructure(root);
  return root;
}

/** Paints `draw` as element `type` under `parent` (or plainly when untagged). */
export function tag(
  doc: PDFKit.PDFDocument,
  parent: Parent,
  type: string,
  draw: () => void,
  options: TagOptions = {},
): void {
  if (!parent) {
    draw();
    return;
  }
  // PDFKit reads `scope` and `bbox` though its types do not list them.
  const element = doc.struct(type, options as PDFKit.Mixins.StructureElementOptions, [draw]);
  parent.add(element);
}

/** A grouping element (Sect, Table, TR, L …) under `parent`, or undefined when untagged; call `end` after. */
export function group(doc: PDFKit.PDFDocument, parent: Parent, type: string): Parent {
  if (!parent) return undefined;
  const element = doc.struct(type);
  parent.add(element);
  return element;
}

export function end(element: Parent): void {
  element?.end();
}

/** Paints decoration outside the structure tree. Never call it inside a `tag` closure. */
export function artifact(doc: PDFKit.PDFDocument, parent: Parent, draw: () => void): void {
  if (!parent) {
    draw();
    return;
  }
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
}
