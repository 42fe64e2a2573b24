import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';

export type Move = 'down' | 'up' | 'right' | 'left' | 'none';

export interface EditorOption {
  value: string;
  label: string;
}

interface Props {
  /** Accessible name: the column and the measure (`Åtgärd för HS-01`). */
  label: string;
  initialText: string;
  /** The value before editing, shown beside the editor until it is saved ("var 15 600"). */
  previousText: string;
  /** A select's choices; absent: a text input. */
  options?: readonly EditorOption[];
  isNumeric?: boolean;
  error: string | undefined;
  errorId: string;
  /** Saves the text; false when it was refused (the error is then shown and editing goes on). */
  onCommit: (text: string, move: Move, reason: 'key' | 'blur') => boolean;
  onCancel: () => void;
  onInput: () => void;
}

/**
 * The editor inside a grid cell: a text input or a select, with the old value beside it. Enter saves and
 * moves down, Tab right, Shift reverses, Escape restores the old value; leaving the cell saves.
 */
export function CellEditor({
  label,
  initialText,
  previousText,
  options,
  isNumeric,
  error,
  errorId,
  onCommit,
  onCancel,
  onInput,
}: Props) {
  const [text, setText] = useState(initialText);
  const done = useRef(false);
  const input = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const wasId = useId();

  useEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    if (element instanceof HTMLInputElement)
      element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  const commit = (move: Move, reason: 'key' | 'blur') => {
    if (done.current) return;
    done.current = true;
    if (!onCommit(text, move, reason)) done.current = false;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(event.shiftKey ? 'up' : 'down', 'key');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      commit(event.shiftKey ? 'left' : 'right', 'key');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      done.current = true;
      onCancel();
    }
  };

  const common = {
    ref: input,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${wasId} ${errorId}` : wasId,
    className: isNumeric ? 'grid-editor grid-editor-numeric' : 'grid-editor',
    onKeyDown,
    onBlur: () => commit('none', 'blur'),
  };

  return (
    <>
      {options ? (
        <select
          {...common}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            onInput();
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          inputMode={isNumeric ? 'decimal' : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            onInput();
          }}
        />
      )}
      <span id={wasId} className="grid-editor-was" data-testid="grid-editor-was">
        {previousText}
      </span>
      {error ? (
        <span id={errorId} role="alert" className="grid-cell-error">
          {error}
        </span>
      ) : null}
    </>
  );
}
