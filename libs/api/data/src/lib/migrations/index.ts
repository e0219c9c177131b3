import { Platform1795381166190 } from './1795381166190-Platform';
import { ProgrammesAndCalls1795385072591 } from './1795385072591-ProgrammesAndCalls';
import { Projects1795385557416 } from './1795385557416-Projects';
import { ChecklistsAndCoFunding1795391250123 } from './1795391250123-ChecklistsAndCoFunding';
import { Deadlines1795394282193 } from './1795394282193-Deadlines';

/** Every migration, in order; listed, not globbed, so the bundle carries them. */
export const migrations = [Platform1795381166190, ProgrammesAndCalls1795385072591, Projects1795385557416, ChecklistsAndCoFunding1795391250123, Deadlines1795394282193];
