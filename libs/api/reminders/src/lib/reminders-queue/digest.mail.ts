import { reminderActionPath, type Language, type OutgoingMail } from '@gp/domain';
import { composeMail, type MailList } from '@gp/api/mail';
import {
  deadlineLabel,
  dueLine,
  reminderFootnotes,
  reminderGreeting,
  type MailContext,
  type ReminderFacts,
} from './reminder.mail';

/** A digest's groups, soonest first; `upTo` is the last number of days left that belongs to it. */
const GROUPS = [
  { key: 'overdue', upTo: -1 },
  { key: 'week', upTo: 7 },
  { key: 'later', upTo: Infinity },
] as const;
type Group = (typeof GROUPS)[number]['key'];

const TEXTS: Record<
  Language,
  { subject: (n: number) => string; intro: string; groups: Record<Group, string> }
> = {
  sv: {
    subject: (n) => `Dagens påminnelser från Projektdesken (${n})`,
    intro: 'Det här är på gång i projekten du har en roll i. Varje rad leder dit det görs.',
    groups: { overdue: 'Försenat', week: 'Inom en vecka', later: 'Senare' },
  },
  nb: {
    subject: (n) => `Dagens påminnelser fra Projektdesken (${n})`,
    intro: 'Dette er på gang i prosjektene du har en rolle i. Hver linje leder dit det gjøres.',
    groups: { overdue: 'Forsinket', week: 'Innen en uke', later: 'Senere' },
  },
  en: {
    subject: (n) => `Today's reminders from Projektdesken (${n})`,
    intro: 'This is coming up in the projects you have a role in. Each line leads to where it is done.',
    groups: { overdue: 'Overdue', week: 'Within a week', later: 'Later' },
  },
};

/**
 * One person's daily digest: one line per deadline (the caller passes each at its nearest
 * reminder), soonest first, grouped into overdue, within a week and later. Each line names the
 * deadline, the project and the due day (a call's closing time on both clocks) and links to where
 * the work is done. `offsetDays` of each item counts the days left from the digest's day.
 */
export function digestMail(
  to: { email: string; name: string; language: Language },
  items: ReminderFacts[],
  messageId: string,
  context: MailContext,
): OutgoingMail {
  const language = to.language;
  const t = TEXTS[language];
  const sorted = [...items].sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) ||
      (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
      a.projectTitle.localeCompare(b.projectTitle, language),
  );
  const lists: MailList[] = [];
  let from = -Infinity;
  for (const group of GROUPS) {
    const inGroup = sorted.filter((item) => item.offsetDays > from && item.offsetDays <= group.upTo);
    from = group.upTo;
    if (inGroup.length === 0) continue;
    lists.push({
      heading: t.groups[group.key],
      items: inGroup.map((item) => ({
        label: `${item.projectTitle} – ${deadlineLabel(item, language)}`,
        url: `${context.appUrl}${reminderActionPath(item.kind, item.projectId, item.sourceId)}`,
        details: [dueLine(item, item.offsetDays, context, language)],
      })),
    });
  }
  const mail = composeMail({
    kind: 'reminder_digest',
    to: to.email,
    language,
    subject: t.subject(items.length),
    greeting: reminderGreeting(to.name, language),
    paragraphs: [t.intro],
    lists,
    footnotes: reminderFootnotes(null, context, language),
    signature: 'Projektdesken',
  });
  return { ...mail, messageId };
}
