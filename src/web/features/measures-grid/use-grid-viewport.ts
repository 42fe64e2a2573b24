import { type RefObject, useCallback, useEffect, useState } from 'react';
import type { CellPosition } from './grid-navigation';

/**
 * The scroll state of the grid (which rows are in view, how high the view is) and a way to bring a cell
 * into view clear of the sticky header, total row and code column.
 */
export function useGridViewport(
  scrollRef: RefObject<HTMLDivElement | null>,
  tableRef: RefObject<HTMLTableElement | null>,
  rowHeight: number,
) {
  const [view, setView] = useState({ firstRow: 0, height: 600 });

  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    // Group and total labels shrink as the grid scrolls sideways, so they never cover the sums.
    tableRef.current?.style.setProperty('--grid-scroll-left', `${element.scrollLeft}px`);
    const firstRow = Math.floor(element.scrollTop / rowHeight);
    setView((current) =>
      current.firstRow === firstRow && current.height === element.clientHeight
        ? current
        : { firstRow, height: element.clientHeight },
    );
  }, [scrollRef, tableRef, rowHeight]);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    onScroll();
    const observer = new ResizeObserver(onScroll);
    observer.observe(element);
    return () => observer.disconnect();
  }, [scrollRef, onScroll]);

  /** Scrolls so that the cell is fully visible; body rows are 1…rowCount−2 (0 = header, last = total). */
  const reveal = (cell: HTMLElement, position: CellPosition, rowCount: number, stickyWidth: number) => {
    const container = scrollRef.current;
    if (!container) return;
    const header = tableRef.current?.tHead?.offsetHeight ?? rowHeight;
    const footer = tableRef.current?.tFoot?.offsetHeight ?? rowHeight;
    if (position.row > 0 && position.row < rowCount - 1) {
      const top = header + (position.row - 1) * rowHeight;
      if (top - header < container.scrollTop) container.scrollTop = top - header;
      else if (top + rowHeight > container.scrollTop + container.clientHeight - footer) {
        container.scrollTop = top + rowHeight - container.clientHeight + footer;
      }
    }
    const sticky = position.col > 0 ? stickyWidth : 0;
    if (position.col === 0) container.scrollLeft = 0;
    else if (cell.offsetLeft - sticky < container.scrollLeft) container.scrollLeft = cell.offsetLeft - sticky;
    else if (cell.offsetLeft + cell.offsetWidth > container.scrollLeft + container.clientWidth) {
      container.scrollLeft = cell.offsetLeft + cell.offsetWidth - container.clientWidth;
    }
  };

  return { view, onScroll, reveal };
}
