import { applicationStatus, submissionOf, type RecordedMove } from './report-attempts';

const at = (day: string) => new Date(`${day}T09:00:00Z`);
const move = (from: RecordedMove['from'], to: RecordedMove['to'], day: string): RecordedMove => ({
  from,
  to,
  movedAt: at(day),
});
const created = at('2027-01-02');

describe('submissionOf', () => {
  it('is the move into decision', () => {
    const moves = [move('idea', 'application', '2027-01-10'), move('application', 'decision', '2027-02-01')];
    expect(submissionOf({ stage: 'decision', outcome: null, createdAt: created }, moves)).toEqual(at('2027-02-01'));
  });

  it('is kept by running and by closing after the decision', () => {
    const moves = [
      move('idea', 'application', '2027-01-10'),
      move('application', 'decision', '2027-02-01'),
      move('decision', 'running', '2027-05-01'),
      move('running', 'closed', '2028-05-01'),
    ];
    expect(submissionOf({ stage: 'closed', outcome: 'completed', createdAt: created }, moves)).toEqual(at('2027-02-01'));
    expect(submissionOf({ stage: 'closed', outcome: 'ended_early', createdAt: created }, moves)).toEqual(at('2027-02-01'));
  });

  it('is never an idea or an application in preparation, nor one withdrawn before submitting', () => {
    expect(submissionOf({ stage: 'idea', outcome: null, createdAt: created }, [])).toBeNull();
    expect(
      submissionOf({ stage: 'closed', outcome: 'withdrawn', createdAt: created }, [
        move('idea', 'application', '2027-01-10'),
        move('application', 'closed', '2027-01-20'),
      ]),
    ).toBeNull();
  });

  it('is undone by a step back for completion, and the next move into decision is the submission', () => {
    const back = [move('application', 'decision', '2027-02-01'), move('decision', 'application', '2027-02-10')];
    expect(submissionOf({ stage: 'application', outcome: null, createdAt: created }, back)).toBeNull();
    const again = [...back, move('application', 'decision', '2027-03-01')];
    expect(submissionOf({ stage: 'decision', outcome: null, createdAt: created }, again)).toEqual(at('2027-03-01'));
  });

  it('is the day a project was entered when it came into the desk already submitted', () => {
    expect(submissionOf({ stage: 'decision', outcome: null, createdAt: created }, [])).toEqual(created);
    expect(submissionOf({ stage: 'running', outcome: 'granted', createdAt: created }, [])).toEqual(created);
    expect(submissionOf({ stage: 'closed', outcome: 'rejected', createdAt: created }, [])).toEqual(created);
    expect(submissionOf({ stage: 'closed', outcome: 'withdrawn', createdAt: created }, [])).toBeNull();
    expect(
      submissionOf({ stage: 'closed', outcome: 'withdrawn', createdAt: created }, [move('decision', 'closed', '2027-03-01')]),
    ).toEqual(created);
  });
});

describe('applicationStatus', () => {
  it('tells granted, rejected, withdrawn and pending apart', () => {
    expect(applicationStatus({ stage: 'decision', outcome: null })).toBe('pending');
    expect(applicationStatus({ stage: 'decision', outcome: 'granted' })).toBe('granted');
    expect(applicationStatus({ stage: 'running', outcome: 'granted' })).toBe('granted');
    expect(applicationStatus({ stage: 'closed', outcome: 'completed' })).toBe('granted');
    // A grant that ended early was still a grant: the success rate counts it.
    expect(applicationStatus({ stage: 'closed', outcome: 'ended_early' })).toBe('granted');
    expect(applicationStatus({ stage: 'decision', outcome: 'rejected' })).toBe('rejected');
    expect(applicationStatus({ stage: 'closed', outcome: 'rejected' })).toBe('rejected');
    expect(applicationStatus({ stage: 'closed', outcome: 'withdrawn' })).toBe('withdrawn');
  });
});
