import {
  CSV_BYTE_ORDER_MARK,
  csvCellText,
  csvField,
  csvLine,
  csvRow,
  decimalComma,
  guardedText,
  moneyDecimal,
  moneyMajor,
  moneyNumberFormat,
} from './spreadsheet-cells';

describe('the spreadsheet cells Swedish and Norwegian Excel reads', () => {
  it('starts a CSV with the UTF-8 byte-order mark', () => {
    expect(new TextEncoder().encode(CSV_BYTE_ORDER_MARK)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('separates with ; and ends lines with CRLF', () => {
    expect(csvLine(['a', 'b', ''])).toBe('a;b;\r\n');
  });

  it('quotes ; " and line breaks, doubling quotes', () => {
    expect(csvField('Malmö; Lund')).toBe('"Malmö; Lund"');
    expect(csvField('Projektet "Bron"')).toBe('"Projektet ""Bron"""');
    expect(csvField('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
    expect(csvField('rad 1\r\nrad 2')).toBe('"rad 1\r\nrad 2"');
    expect(csvField('1234,50')).toBe('1234,50');
  });

  it('writes money as a decimal with a comma and no thousands separator', () => {
    expect(moneyDecimal(123450)).toBe('1234,50');
    expect(moneyDecimal(5)).toBe('0,05');
    expect(moneyDecimal(-123456789)).toBe('-1234567,89');
    expect(moneyDecimal(0)).toBe('0,00');
    expect(moneyMajor(123450)).toBe(1234.5);
    expect(moneyNumberFormat('SEK')).toBe('#,##0.00 "SEK"');
  });

  it('writes numbers with a decimal comma, without float noise', () => {
    expect(decimalComma(12.5)).toBe('12,5');
    expect(decimalComma(0.1 + 0.2)).toBe('0,3');
    expect(decimalComma(1234567)).toBe('1234567');
    expect(decimalComma(Number.NaN)).toBe('');
  });

  it('writes days as YYYY-MM-DD and instants as day and time', () => {
    expect(csvCellText({ kind: 'date', value: '2026-12-06' })).toBe('2026-12-06');
    expect(csvCellText({ kind: 'instant', value: '2027-02-19T12:00' })).toBe('2027-02-19 12:00');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(guardedText(`${start}HYPERLINK("x")`)).toBe(`'${start}HYPERLINK("x")`);
    expect(guardedText('Lärare lär av lärare')).toBe('Lärare lär av lärare');
    expect(csvCellText({ kind: 'text', value: '=1+1' })).toBe("'=1+1");
    expect(csvCellText({ kind: 'list', values: ['-Malmö (SE)', 'Oslo (NO)'] })).toBe("'-Malmö (SE); Oslo (NO)");
  });

  it('never alters numbers, money or dates, negative ones included', () => {
    expect(csvCellText({ kind: 'number', value: -3 })).toBe('-3');
    expect(csvCellText({ kind: 'money', minor: -100, currency: 'EUR' })).toBe('-1,00');
    expect(csvCellText({ kind: 'percent', value: -2.5 })).toBe('-2,5');
    expect(csvCellText(null)).toBe('');
  });

  it('writes a whole row with each cell by its kind', () => {
    expect(
      csvRow([
        { kind: 'text', value: 'Bro; "över"' },
        { kind: 'money', minor: 9_240_000, currency: 'EUR' },
        { kind: 'date', value: '2025-09-01' },
        null,
      ]),
    ).toBe('"Bro; ""över""";92400,00;2025-09-01;\r\n');
  });
});
