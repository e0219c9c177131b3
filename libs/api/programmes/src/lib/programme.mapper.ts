import type { Call, Programme } from '@gp/domain';
import { CallEntity, ProgrammeEntity } from '@gp/api/data';

export function toCall(call: CallEntity): Call {
  return {
    id: call.id,
    programmeId: call.programmeId,
    title: call.title,
    opensOn: call.opensOn,
    deadline: call.deadline.toISOString(),
    deadlineTimeZone: call.deadlineTimeZone,
    maxGrantMinor: call.maxGrantMinor,
    maxGrantCurrency: call.maxGrantCurrency,
    coFinancingRatePercent: call.coFinancingRatePercent,
    link: call.link,
    version: call.version,
  };
}

/** Calls in deadline order, the soonest first. */
export function toProgramme(programme: ProgrammeEntity): Programme {
  return {
    id: programme.id,
    name: programme.name,
    funder: programme.funder,
    kind: programme.kind,
    coFinancingRatePercent: programme.coFinancingRatePercent,
    link: programme.link,
    descriptionSv: programme.descriptionSv,
    descriptionEn: programme.descriptionEn,
    extractWorkingDays: programme.extractWorkingDays,
    version: programme.version,
    calls: [...(programme.calls ?? [])]
      .sort((a, b) => a.deadline.getTime() - b.deadline.getTime())
      .map(toCall),
  };
}
