import type { EntityManager } from 'typeorm';
import {
  DEFAULT_EXTRACT_WORKING_DAYS,
  planCoFundingSchedule,
  routeCoFunding,
  zonedDay,
  type CoFundingPlan,
  type CoFundingRoute,
  type CoFundingYear,
  type Country,
  type Currency,
  type DecisionBodyKind,
} from '@gp/domain';
import { daysOffIn } from '@gp/domain/holidays';

/** What planning needs to know of the organisation: its time zone and its country's days off. */
export interface PlanningContext {
  timeZone: string;
  country: Country;
  /** Now, unless a test or a benchmark says otherwise. */
  now?: Date;
}

/** The part of a request its route and plan depend on. */
export interface PlannableRequest {
  id: string;
  projectId: string;
  departmentId: string;
  currency: Currency;
  years: readonly CoFundingYear[];
}

const daysOffByCountry = new Map<Country, ReturnType<typeof daysOffIn>>();
function daysOff(country: Country) {
  let found = daysOffByCountry.get(country);
  if (!found) daysOffByCountry.set(country, (found = daysOffIn(country)));
  return found;
}

/**
 * Each request's route (libs/domain `routeCoFunding`) and its dates planned back from the call
 * deadline (`planCoFundingSchedule`), in three queries however many requests: the projects' calls
 * and programmes with the departments they ask, the departments' delegation, and the bodies.
 */
export async function planCoFundingRequests(
  manager: EntityManager,
  requests: readonly PlannableRequest[],
  context: PlanningContext,
): Promise<Map<string, { route: CoFundingRoute; plan: CoFundingPlan }>> {
  const plans = new Map<string, { route: CoFundingRoute; plan: CoFundingPlan }>();
  if (requests.length === 0) return plans;
  const projectIds = [...new Set(requests.map((r) => r.projectId))];
  const departmentIds = [...new Set(requests.map((r) => r.departmentId))];
  const projects: Array<{
    id: string;
    deadline: Date | null;
    extract_working_days: number | null;
    departments_asked: string[];
  }> = await manager.query(
    `SELECT p.id, c.deadline_at AS deadline, pr.extract_working_days,
            ARRAY(SELECT DISTINCT r.department_id::text FROM co_funding_request r
                   WHERE r.project_id = p.id AND r.status IN ('pending', 'approved')) AS departments_asked
       FROM project p
       LEFT JOIN programme_call c ON c.id = p.call_id
       LEFT JOIN programme pr ON pr.id = COALESCE(c.programme_id, p.programme_id)
      WHERE p.id = ANY($1::uuid[])`,
    [projectIds],
  );
  const departments: Array<{
    id: string;
    head_limit_minor: string | null;
    head_limit_currency: Currency | null;
    board_after_years: number;
  }> = await manager.query(
    `SELECT id, head_limit_minor, head_limit_currency, board_after_years FROM department WHERE id = ANY($1::uuid[])`,
    [departmentIds],
  );
  const bodies: Array<{
    id: string;
    kind: DecisionBodyKind;
    name: string;
    department_id: string | null;
    report_days_before: number;
    minutes_working_days: number;
    meetings: string[];
  }> = await manager.query(
    `SELECT id, kind, name, department_id, report_days_before, minutes_working_days, meetings::text[] AS meetings
       FROM decision_body WHERE kind = 'municipal_board' OR department_id = ANY($1::uuid[])`,
    [departmentIds],
  );
  const projectById = new Map(projects.map((p) => [p.id, p]));
  const departmentById = new Map(departments.map((d) => [d.id, d]));
  const today = zonedDay(context.now ?? new Date(), context.timeZone);
  for (const request of requests) {
    const project = projectById.get(request.projectId);
    const department = departmentById.get(request.departmentId);
    const asked = new Set([...(project?.departments_asked ?? []), request.departmentId]);
    const limit = department && {
      headLimitMinor: department.head_limit_minor === null ? null : Number(department.head_limit_minor),
      currency: department.head_limit_currency,
      boardAfterYears: department.board_after_years,
    };
    const route = routeCoFunding(request, limit ?? null, asked.size);
    const body =
      route.route === 'head'
        ? null
        : (bodies.find((b) =>
            route.route === 'committee'
              ? b.kind === 'committee' && b.department_id === request.departmentId
              : b.kind === 'municipal_board',
          ) ?? null);
    const schedule = planCoFundingSchedule({
      route: route.route,
      callDeadlineOn: project?.deadline ? zonedDay(new Date(project.deadline), context.timeZone) : null,
      extractWorkingDays: project?.extract_working_days ?? DEFAULT_EXTRACT_WORKING_DAYS,
      body: body
        ? {
            reportDaysBefore: body.report_days_before,
            minutesWorkingDays: body.minutes_working_days,
            meetings: body.meetings,
          }
        : null,
      today,
      isDayOff: daysOff(context.country),
    });
    plans.set(request.id, {
      route,
      plan: { ...schedule, bodyId: body?.id ?? null, bodyName: body?.name ?? null },
    });
  }
  return plans;
}
