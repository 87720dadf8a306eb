/** Leading characters a spreadsheet reads as the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that would run as a formula gets a leading quote, so Excel and Calc show it as text. */
export function spreadsheetSafe<Cell extends string | number | null>(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? (`'${cell}` as Cell) : cell;
}
