const MAX_NAME = 200;

const isControl = (character: string): boolean => character < ' ' || character === '\u007f';

/** The uploader's name reduced to a display name: no directories, no control characters, never empty. */
export function displayFileName(given: string | undefined): string {
  const base = (given ?? '').split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((character) => !isControl(character))
    .join('')
    .trim()
    .slice(0, MAX_NAME);
  return clean === '' || clean === '.' || clean === '..' ? 'evidence' : clean;
}

/** A Content-Disposition for a download: an ASCII fallback name and the exact name in RFC 5987 form. */
export function attachmentDisposition(fileName: string): string {
  const name = displayFileName(fileName);
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;%]/g, '_');
  // RFC 5987 attr-chars: encodeURIComponent leaves ' ( ) * as they are, which the header form does not allow.
  const exact = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}
