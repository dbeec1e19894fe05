import { describe,expect,it } from 'vitest';
import { opsi } from './opsi';

describe('opsi', () => {
  it('keeps the record order and pairs each value with its label', () => {
    expect(opsi({ Fgd: 'FGD', Audiensi: 'Audiensi' })).toEqual([
      { value: 'Fgd', label: 'FGD' },
      { value: 'Audiensi', label: 'Audiensi' },
    ]);
  });
});
