import { LANGUAGES } from '../people/language';
import { describeRefusal } from './describe-refusal';
import { MOVE_REFUSAL_CODES, type MoveRefusal } from './move-refusal';
import { OUTCOMES } from './outcome';
import { STAGES } from './stage';
import { outcomeName, stageName } from './stage-names';

/** Params every code may need, so no text prints "undefined" or an empty slot. */
const PARAMS = {
  stage: 'application',
  from: 'decision',
  to: 'running',
  done: 3,
  required: 5,
  outcome: 'granted',
  recorded: 'rejected',
};

describe('describeRefusal', () => {
  const unknown = Object.fromEntries(
    LANGUAGES.map((language) => [language, describeRefusal({ code: 'no_such_code' }, language)]),
  );

  for (const code of MOVE_REFUSAL_CODES) {
    for (const language of LANGUAGES) {
      it(`has a ${language} text for ${code}`, () => {
        const text = describeRefusal({ code, params: PARAMS }, language);
        expect(text).not.toBe(unknown[language]);
        expect(text).toMatch(/^\S.*[.]$/);
        expect(text).not.toMatch(/undefined|null|\$\{|""|””|«»|“”/);
      });
    }
  }

  it('gives each code its own text in each language', () => {
    for (const language of LANGUAGES) {
      const texts = MOVE_REFUSAL_CODES.map((code) => describeRefusal({ code, params: PARAMS }, language));
      expect(new Set(texts).size).toBe(MOVE_REFUSAL_CODES.length);
    }
  });

  it('says what the checklist lacks, in Swedish, Norwegian and English', () => {
    const refusal: MoveRefusal = { code: 'checklist_incomplete', params: { done: 3, required: 5 } };
    expect(describeRefusal(refusal, 'sv')).toBe('3 av 5 obligatoriska punkter i checklistan är klara.');
    expect(describeRefusal(refusal, 'nb')).toBe('3 av 5 obligatoriske punkter i sjekklisten er utført.');
    expect(describeRefusal(refusal, 'en')).toBe('3 of 5 required checklist items are done.');
  });

  it('says the call deadline and co-funding texts coordinators expect', () => {
    expect(describeRefusal({ code: 'call_deadline_missing' }, 'sv')).toBe(
      'Ansökan saknar deadline för utlysningen.',
    );
    expect(describeRefusal({ code: 'call_deadline_missing' }, 'nb')).toBe(
      'Søknaden mangler frist for utlysningen.',
    );
    // No decider named: a committee or the municipal board decides above the head's delegation.
    expect(describeRefusal({ code: 'co_funding_not_approved' }, 'sv')).toBe(
      'Medfinansieringen är inte godkänd.',
    );
    expect(describeRefusal({ code: 'co_funding_not_approved' }, 'nb')).toBe(
      'Medfinansieringen er ikke godkjent.',
    );
    expect(describeRefusal({ code: 'co_funding_not_approved' }, 'en')).toBe(
      'The co-funding has not been approved.',
    );
  });

  it('names stages and outcomes in the language', () => {
    const move: MoveRefusal = { code: 'move_not_allowed', params: { from: 'running', to: 'decision' } };
    expect(describeRefusal(move, 'sv')).toBe('Ett projekt kan inte flyttas från Pågår till Beslut.');
    expect(describeRefusal(move, 'nb')).toBe('Et prosjekt kan ikke flyttes fra Pågår til Vedtak.');
    expect(describeRefusal(move, 'en')).toBe('A project cannot move from Running to Decision.');
    const contradiction: MoveRefusal = {
      code: 'outcome_contradicts_decision',
      params: { outcome: 'rejected', recorded: 'granted' },
    };
    expect(describeRefusal(contradiction, 'sv')).toBe(
      'Beslutet är registrerat som ”Beviljad”, så projektet kan inte avslutas som ”Avslagen”.',
    );
    expect(describeRefusal(contradiction, 'nb')).toBe(
      'Vedtaket er registrert som «Innvilget», så prosjektet kan ikke avsluttes som «Avslått».',
    );
    expect(describeRefusal(contradiction, 'en')).toBe(
      'The decision is recorded as “Granted”, so the project cannot close as “Rejected”.',
    );
  });

  it('falls back to a general sentence for a code it does not know', () => {
    expect(unknown).toEqual({
      sv: 'Projektet kan inte flyttas dit.',
      nb: 'Prosjektet kan ikke flyttes dit.',
      en: 'The project cannot be moved there.',
    });
    expect(describeRefusal({ code: 'toString' }, 'en')).toBe(unknown['en']);
  });
});

describe('stage and outcome names', () => {
  it('names the columns as coordinators do', () => {
    expect(STAGES.map((stage) => stageName(stage, 'sv'))).toEqual([
      'Idé',
      'Ansökan',
      'Beslut',
      'Pågår',
      'Avslutad',
    ]);
    expect(STAGES.map((stage) => stageName(stage, 'nb'))).toEqual([
      'Idé',
      'Søknad',
      'Vedtak',
      'Pågår',
      'Avsluttet',
    ]);
    expect(STAGES.map((stage) => stageName(stage, 'en'))).toEqual([
      'Idea',
      'Application',
      'Decision',
      'Running',
      'Closed',
    ]);
  });

  it('names every outcome in every language', () => {
    expect(OUTCOMES.map((outcome) => outcomeName(outcome, 'sv'))).toEqual([
      'Beviljad',
      'Avslagen',
      'Genomförd',
      'Avslutad i förtid',
      'Återkallad',
    ]);
    expect(OUTCOMES.map((outcome) => outcomeName(outcome, 'nb'))).toEqual([
      'Innvilget',
      'Avslått',
      'Gjennomført',
      'Avsluttet før tiden',
      'Trukket',
    ]);
    expect(OUTCOMES.map((outcome) => outcomeName(outcome, 'en'))).toEqual([
      'Granted',
      'Rejected',
      'Completed',
      'Ended early',
      'Withdrawn',
    ]);
  });
});
