import {
  mayDeleteNote,
  mayEditNote,
  mayWriteNotes,
  mentionedIn,
  mentions,
  newlyMentioned,
  noteSegments,
  noteWritingRoles,
} from './index';

const anna = { id: 'a', name: 'Anna Berg' };
const annaB = { id: 'b', name: 'Anna Bergström' };
const ola = { id: 'o', name: 'Ola' };

describe('who writes notes', () => {
  it('lets people who work on projects write, and viewers only read', () => {
    expect(mayWriteNotes(['project_lead'])).toBe(true);
    expect(mayWriteNotes(['department_head'])).toBe(true);
    expect(mayWriteNotes(['coordinator'])).toBe(true);
    expect(mayWriteNotes(['viewer'])).toBe(false);
    expect(mayWriteNotes([])).toBe(false);
  });

  it('writes through the working roles alone, so viewer beside project lead opens no other thread', () => {
    expect(noteWritingRoles(['viewer', 'project_lead'])).toEqual(['project_lead']);
  });

  it('lets only the author edit, and the author or an admin or coordinator delete', () => {
    const note = { authorId: 'a' };
    expect(mayEditNote({ id: 'a' }, note)).toBe(true);
    expect(mayEditNote({ id: 'c' }, note)).toBe(false);
    expect(mayEditNote({ id: 'a' }, { authorId: null })).toBe(false);
    expect(mayDeleteNote({ id: 'a', roles: ['project_lead'] }, note)).toBe(true);
    expect(mayDeleteNote({ id: 'c', roles: ['coordinator'] }, note)).toBe(true);
    expect(mayDeleteNote({ id: 'c', roles: ['admin'] }, note)).toBe(true);
    expect(mayDeleteNote({ id: 'c', roles: ['project_lead', 'department_head'] }, note)).toBe(false);
    expect(mayEditNote({ id: 'c' }, note)).toBe(false);
  });
});

describe('mentions', () => {
  it('finds a whole name after @, not a longer name that starts with it', () => {
    expect(mentions('Hej @Anna Berg, kan du titta?', anna)).toBe(true);
    expect(mentions('Hej @Anna Bergström!', anna)).toBe(false);
    expect(mentions('Hej Anna Berg', anna)).toBe(false);
    expect(mentions('@Anna Berg', anna)).toBe(true);
  });

  it('keeps the picked people still named in the text, each once', () => {
    expect(mentionedIn('@Ola och @Anna Berg', [anna, ola, anna, annaB])).toEqual([anna, ola]);
  });

  it('tells only the newly mentioned on an edit', () => {
    expect(newlyMentioned(['a'], ['a', 'o', 'o'])).toEqual(['o']);
    expect(newlyMentioned(['a', 'o'], ['o'])).toEqual([]);
  });

  it('cuts the text into plain pieces and mentions, the longer name winning', () => {
    const annaShort = { id: 's', name: 'Anna' };
    expect(noteSegments('Till @Anna Berg och @Ola.', [annaShort, anna, ola])).toEqual([
      { text: 'Till ' },
      { text: '@Anna Berg', person: anna },
      { text: ' och ' },
      { text: '@Ola', person: ola },
      { text: '.' },
    ]);
    expect(noteSegments('inget', [anna])).toEqual([{ text: 'inget' }]);
  });
});
