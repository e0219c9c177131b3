import type { ChecklistItem } from '../checklists/checklist.contract';
import type { Role } from '../people/role';
import type { Project, ProjectFields } from '../projects/project.contract';
import { mayEditProject } from '../projects/project-permissions';
import type { Stage } from './stage';

/**
 * Why a person may not copy a project to the next call, or null when they may.
 *
 * Whoever may edit the project may copy it. Only a closed project is copied: its attempt is over
 * (rejected, withdrawn before the decision, or completed and applied for again); copying a live one
 * would make two parallel applications for the same thing. A project already copied is not copied
 * again: its next attempt is the one to copy, so the attempts stay one line and a second click
 * makes no twin.
 */
export function copyToNextCallBar(
  person: { id: string | null; roles: readonly Role[] },
  project: { stage: Stage; projectLeadId: string | null; nextAttemptId?: string | null },
): 'forbidden' | 'copy_needs_closed' | 'already_copied' | null {
  if (!mayEditProject(person, project)) return 'forbidden';
  if (project.stage !== 'closed') return 'copy_needs_closed';
  if (project.nextAttemptId) return 'already_copied';
  return null;
}

/** The stage a new attempt starts in: application needs a programme, so without one it is an idea. */
function firstStageOfCopy(programmeId: string | null | undefined): 'application' | 'idea' {
  return programmeId ? 'application' : 'idea';
}

/** A new attempt's record: every field of the project, with what belonged to the old attempt reset. */
export type NextAttempt = ProjectFields & {
  stage: 'idea' | 'application';
  outcome: null;
  decisionDate: null;
  previousAttemptId: string;
};

/**
 * "Copy to next call": the fields of a new project that tries again, linked to the old one
 * (previousAttemptId) so each attempt keeps its own history and success rates count applications.
 * It starts in application, as DESIGN.md says, when a programme is known; without one it is an
 * idea, since application needs a programme. Co-funding requests are not copied: the department
 * decides anew for the new dates and amounts. The checklist is checklistForNextCall.
 *
 * Kept: what the project is (title, purpose, department, people, programme, the municipality's
 * role, partners, themes, goals, form, contact, links, the public summary text) and its budget
 * figures, so the amounts are at hand for the new application and its co-funding request. Reset:
 * the call, the planned and report dates, the funder's decision and granted amount, the results,
 * and publication (a new attempt is not public until someone says so).
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
