import type { ChecklistItem } from '../checklists/checklist.contract';
import type { Role } from '../people/role';
import type { Project, ProjectFields } from '../projects/project.contract';
import { mayEditProject } from '../projects/project-permissions';
import type { ProjectFacts } from './project-facts';
import type { Stage } from './stage';

/**
 * Why a person may not copy a project to the next call, or null when they may.
 *
 * Whoever may edit the project may copy it. Only a closed project is copied: its attempt is over
 * (rejected, withdrawn before the decision, or completed and applied for again); copying a live one
 * would make two parallel applications for the same thing.
 */
export function copyToNextCallBar(
  person: { id: string | null; roles: readonly Role[] },
  project: { stage: Stage; projectLeadId: string | null },
): 'forbidden' | 'copy_needs_closed' | null {
  if (!mayEditProject(person, project)) return 'forbidden';
  if (project.stage !== 'closed') return 'copy_needs_closed';
  return null;
}

/**
 * The facts a copy does not keep: the call and its deadline, the dates, the
 * funder's decision. Everything else (title, purpose, programme, budget,
 * partners, and whatever else the caller's project carries) is kept.
 */
export const NOT_COPIED_TO_NEXT_CALL = [
  'id',
  'callId',
  'callDeadline',
  'plannedStart',
  'plannedEnd',
  'outcome',
  'grantedAmount',
] as const;

type NotCopied = (typeof NOT_COPIED_TO_NEXT_CALL)[number];

/** What a copy is: the kept facts, a fresh start, and the link to the attempt it repeats. */
export type ProjectCopy<T extends ProjectFacts> = Omit<T, NotCopied | 'stage' | 'checklist' | 'coFunding'> & {
  stage: Extract<Stage, 'idea' | 'application'>;
  copiedFromId: string | null;
  callId: null;
  callDeadline: null;
  plannedStart: null;
  plannedEnd: null;
  outcome: null;
  grantedAmount: null;
  checklist?: { required: number; requiredDone: 0 };
  coFunding?: { asked: false; approved: false };
};

/** The stage a new attempt starts in: application needs a programme, so without one it is an idea. */
function firstStageOfCopy(programmeId: string | null | undefined): 'application' | 'idea' {
  return programmeId ? 'application' : 'idea';
}

/**
 * "Copy to next call" as the stage rules see it: a new project that tries again, linked to the
 * old one so each attempt keeps its own history and success rates count applications.
 *
 * It starts in application, as DESIGN.md says, when a programme is known. The checklist keeps its
 * items with nothing done (new call, new attempt; see checklistForNextCall). Co-funding requests
 * are not copied: the department decides anew for the new dates and amounts, so the copy has
 * asked for nothing yet. Whether a person may copy is copyToNextCallBar.
 */
export function copyForNextCall<T extends ProjectFacts>(project: T): ProjectCopy<T> {
  const kept: Record<string, unknown> = { ...(project as object) };
  for (const key of NOT_COPIED_TO_NEXT_CALL) delete kept[key];
  delete kept['checklist'];
  delete kept['coFunding'];
  return {
    ...kept,
    stage: firstStageOfCopy(project.programmeId),
    copiedFromId: project.id ?? null,
    callId: null,
    callDeadline: null,
    plannedStart: null,
    plannedEnd: null,
    outcome: null,
    grantedAmount: null,
    ...(project.checklist ? { checklist: { required: project.checklist.required, requiredDone: 0 } } : {}),
    ...(project.coFunding ? { coFunding: { asked: false, approved: false } } : {}),
  } as ProjectCopy<T>;
}

/** A new attempt's record: every field of the project, with what belonged to the old attempt reset. */
export type NextAttempt = ProjectFields & {
  stage: 'idea' | 'application';
  outcome: null;
  decisionDate: null;
  previousAttemptId: string;
};

/**
 * The fields of the project a copy to the next call makes. Kept: what the project is (title,
 * purpose, department, people, programme, the municipality's role, partners, themes, goals, form,
 * contact, links, the public summary text) and its budget figures, so the amounts are at hand for
 * the new application and its co-funding request. Reset: the call, the planned and report dates,
 * the funder's decision and granted amount, the results, and publication (a new attempt is not
 * public until someone says so).
 */
export function nextAttemptOf(project: Project): NextAttempt {
  return {
    title: project.title,
    purpose: project.purpose,
    departmentId: project.departmentId,
    projectLeadId: project.projectLeadId,
    coordinatorId: project.coordinatorId,
    programmeId: project.programmeId,
    callId: null,
    municipalityRole: project.municipalityRole,
    plannedStart: null,
    plannedEnd: null,
    interimReportOn: null,
    finalReportOn: null,
    budget: { ...project.budget, grantedMinor: null },
    partners: project.partners.map((partner) => ({ ...partner })),
    themes: [...project.themes],
    sdgs: [...project.sdgs],
    internationalisationForm: project.internationalisationForm,
    isPublic: false,
    publicSummary: project.publicSummary,
    contactName: project.contactName,
    contactEmail: project.contactEmail,
    links: project.links.map((link) => ({ ...link })),
    results: '',
    stage: firstStageOfCopy(project.programmeId),
    outcome: null,
    decisionDate: null,
    previousAttemptId: project.id,
  };
}

/** A checklist line of a new attempt: what to do and who does it, with nothing done yet. */
export type NextAttemptChecklistItem = Pick<
  ChecklistItem,
  'templateItemId' | 'title' | 'guidance' | 'required' | 'due' | 'assigneeId' | 'comment' | 'position'
>;

/**
 * The old attempt's checklist for the new one, custom items included and in their order: what the
 * application needs is the same, what was ticked belongs to the old call. The due days follow the
 * rule, so they move to the new call's deadline. An old attempt without items leaves the new one
 * to get its programme's template, as any application does when it starts.
 */
export function checklistForNextCall(
  items: ReadonlyArray<NextAttemptChecklistItem>,
): NextAttemptChecklistItem[] {
  return [...items]
    .sort((a, b) => a.position - b.position)
    .map((item, position) => ({
      templateItemId: item.templateItemId,
      title: item.title,
      guidance: item.guidance,
      required: item.required,
      due: item.due ? { ...item.due } : null,
      assigneeId: item.assigneeId,
      comment: item.comment,
      position,
    }));
}
