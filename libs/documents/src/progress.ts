/** Told after each recommendation is laid out, so a CLI can show a bar; the API passes one that does nothing. */
export type Progress = (done: number, total: number) => void;

export const NO_PROGRESS: Progress = () => undefined;
