/**
 * Command forms that carry files (evidence): sent as multipart/form-data to the API's own route, the browser
 * choosing the boundary; a refusal of a whole file is shown in the page's words, given by the form per code.
 */
interface FileProblem {
  status: number;
  code?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
  /** The part a whole-file refusal names (`evidence`), and the file. */
  field?: string;
  fileName?: string;
}

/** A file form (evidence) goes as multipart/form-data, the browser choosing the boundary; blanks are left out. */
export function multipartOf(form: HTMLFormElement): FormData {
  const data = new FormData(form);
  for (const [name, value] of Array.from(data.entries())) {
    const blank = typeof value === 'string' ? value.trim() === '' : value.size === 0 && value.name === '';
    if (blank) data.delete(name);
  }
  return data;
}

/** A refusal of a whole file (`field`, `fileName`) in the page's words, where the form gives them by code. */
export function localised<P extends FileProblem>(form: HTMLFormElement, problem: P): P {
  const texts = JSON.parse(form.dataset.problems ?? '{}') as Record<string, string>;
  const text = problem.code === undefined ? undefined : texts[problem.code];
  if (text === undefined) return problem;
  const message = text.replace('{fileName}', problem.fileName ?? '');
  return { ...problem, detail: message, errors: [{ field: problem.field ?? '', message }] };
}
