// A file input a button opens (the button keeps the app's look and says what the file is). The
// input forgets the chosen file at once, so choosing the same file again reads it again.
import type { RefObject } from 'react';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  accept: string;
  label: string;
  testId: string;
  onFile: (file: File) => void;
}

export function HiddenFileInput({ inputRef, accept, label, testId, onFile }: Props) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={accept}
      hidden
      aria-label={label}
      data-testid={testId}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
