import { Platform1795381166190 } from './1795381166190-Platform';
import { ProgrammesAndCalls1795385072591 } from './1795385072591-ProgrammesAndCalls';
import { Projects1795385557416 } from './1795385557416-Projects';
import { ChecklistsAndCoFunding1795391250123 } from './1795391250123-ChecklistsAndCoFunding';
import { Deadlines1795394282193 } from './1795394282193-Deadlines';
import { Notifications1795394789955 } from './1795394789955-Notifications';
import { CalendarFeed1795395424113 } from './1795395424113-CalendarFeed';
import { ReminderPreferences1795397495208 } from './1795397495208-ReminderPreferences';
import { ReminderRules1795402448705 } from './1795402448705-ReminderRules';
import { MailOutbox1795404763839 } from './1795404763839-MailOutbox';
import { MailRetries1795500000000 } from './1795500000000-MailRetries';
import { HashedFeedTokens1795600000000 } from './1795600000000-HashedFeedTokens';
import { CoFundingDecisions1795700000000 } from './1795700000000-CoFundingDecisions';
import { ProjectTableColumns1795800000000 } from './1795800000000-ProjectTableColumns';
import { ExchangeRates1795810000000 } from './1795810000000-ExchangeRates';
import { DeletedIdeas1795900000000 } from './1795900000000-DeletedIdeas';
import { ProjectNotes1795910000000 } from './1795910000000-ProjectNotes';
import { ProjectDocuments1795920000000 } from './1795920000000-ProjectDocuments';
import { PasswordResets1795930000000 } from './1795930000000-PasswordResets';
import { OrganisationSettings1795940000000 } from './1795940000000-OrganisationSettings';
import { NoteVersions1795950000000 } from './1795950000000-NoteVersions';

/** Every migration, in order; listed, not globbed, so the bundle carries them. */
export const migrations = [Platform1795381166190, ProgrammesAndCalls1795385072591, Projects1795385557416, ChecklistsAndCoFunding1795391250123, Deadlines1795394282193, Notifications1795394789955, CalendarFeed1795395424113, ReminderPreferences1795397495208, ReminderRules1795402448705, MailOutbox1795404763839, MailRetries1795500000000, HashedFeedTokens1795600000000, CoFundingDecisions1795700000000, ProjectTableColumns1795800000000, ExchangeRates1795810000000, DeletedIdeas1795900000000, ProjectNotes1795910000000, ProjectDocuments1795920000000, PasswordResets1795930000000, OrganisationSettings1795940000000, NoteVersions1795950000000];
