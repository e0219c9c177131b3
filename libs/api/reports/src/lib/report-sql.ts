import { DEADLINE_KINDS_KEPT } from '@gp/domain';

/**
 * The SQL of the portfolio's reports: every figure is an aggregate PostgreSQL counts (GROUP BY on
 * the server). Each query starts with the same CTEs, over `scoped` (the projects the reader may
 * read that match the filters, from scopeToReader); a CTE no query refers to is not run.
 *
 * Parameters: :from, :to (the period), :zone (the organisation's time zone), :reporting (its
 * currency), :asAt (the first day of the month the pipeline is valued in), :today, :keptKinds,
 * :ranOutcomes (libs/domain's RAN_OUTCOMES: a closed project that ran on a grant).
 *
 * The CTEs restate libs/domain's rules, and apps/api/test/reports.integration-spec.ts proves both
 * agree on the same projects:
 * - `attempt.submitted_at` is submissionOf: the last move into decision unless stepped back to
 *   application or idea later; a project entered past Ansökan without such a move, its creation;
 * - `submitted.status` is applicationStatus;
 * - `priced` converts as toReportingMinor: ROUND(amount * rate) on numeric, half away from zero,
 *   at the rate of the month of the decision date, or of the submission when there is none;
 * - `pipeline_rows` is inPipelineOf (entered: created_at; closed: the last move into closed), with
 *   the board's value of a card (granted once decided, else requested) at the rate of :asAt;
 * - `deadline_kept` is deadlineKept over DEADLINE_KINDS_KEPT; `ran` is ranDuring.
 */
export function reportCtes(scoped: string): string {
  return `WITH scoped AS (${scoped}),
moves AS (
  SELECT m.project_id,
         MAX(m.moved_at) FILTER (WHERE m.to_stage = 'decision') AS into_decision,
         MAX(m.moved_at) FILTER (WHERE m.from_stage = 'decision' AND m.to_stage IN ('application', 'idea')) AS taken_back,
         (ARRAY_AGG(m.from_stage ORDER BY m.moved_at, m.id))[1] AS entered,
         MAX(m.moved_at) FILTER (WHERE m.to_stage = 'closed') AS closed_at
    FROM project_stage_move m JOIN scoped ON scoped.id = m.project_id
   GROUP BY m.project_id
),
attempt AS (
  SELECT p.id, p.stage, p.outcome, p.programme_id, p.department_id, p.budget_currency AS currency,
         p.decision_date, p.requested_grant_minor, p.granted_minor, p.created_at, moves.closed_at,
         COALESCE(p.own_cash_minor, 0) + COALESCE(p.own_in_kind_minor, 0) AS own_minor,
         CASE
           WHEN moves.into_decision IS NOT NULL THEN
             CASE WHEN moves.taken_back IS NULL OR moves.taken_back < moves.into_decision THEN moves.into_decision END
           WHEN moves.taken_back IS NULL
                AND (COALESCE(moves.entered, p.stage) IN ('decision', 'running')
                     OR (COALESCE(moves.entered, p.stage) = 'closed' AND (p.outcome = 'rejected' OR p.outcome IN (:...ranOutcomes))))
             THEN p.created_at
         END AS submitted_at
    FROM project p JOIN scoped ON scoped.id = p.id LEFT JOIN moves ON moves.project_id = p.id
),
submitted AS (
  SELECT a.*, (a.submitted_at AT TIME ZONE :zone)::date AS submitted_on,
         CASE WHEN a.outcome = 'withdrawn' THEN 'withdrawn'
              WHEN a.outcome = 'rejected' THEN 'rejected'
              WHEN a.outcome = 'granted' OR a.outcome IN (:...ranOutcomes) OR a.stage = 'running' THEN 'granted'
              ELSE 'pending' END AS status
    FROM attempt a WHERE a.submitted_at IS NOT NULL
),
priced AS (
  SELECT s.*, COALESCE(s.decision_date, s.submitted_on) AS money_day,
         date_trunc('month', COALESCE(s.decision_date, s.submitted_on))::date AS money_month,
         CASE WHEN s.currency = :reporting THEN 1 ELSE rate.rate END AS rate
    FROM submitted s
    LEFT JOIN exchange_rate rate
      ON rate.currency = s.currency AND rate.month = date_trunc('month', COALESCE(s.decision_date, s.submitted_on))::date
   WHERE s.submitted_on BETWEEN :from AND :to
),
pipeline_rows AS (
  SELECT a.id, a.stage, a.currency,
         CASE WHEN a.stage IN ('running', 'closed') OR a.granted_minor IS NOT NULL THEN COALESCE(a.granted_minor, 0)
              ELSE COALESCE(a.requested_grant_minor, 0) END AS value,
         CASE WHEN a.currency = :reporting THEN 1 ELSE rate.rate END AS rate
    FROM attempt a
    LEFT JOIN exchange_rate rate ON rate.currency = a.currency AND rate.month = CAST(:asAt AS date)
   WHERE (a.created_at AT TIME ZONE :zone)::date <= :to
     AND (a.stage <> 'closed' OR a.closed_at IS NULL OR (a.closed_at AT TIME ZONE :zone)::date >= :from)
),
deadline_kept AS (
  SELECT d.kind,
         CASE WHEN d.status = 'done' THEN
                CASE WHEN (COALESCE(item.done_at, request.decided_at, d.updated_at) AT TIME ZONE :zone)::date > d.due_on
                     THEN 'missed' ELSE 'met' END
              WHEN d.status = 'open' AND d.due_on < :today THEN 'missed'
         END AS kept
    FROM deadline d JOIN scoped ON scoped.id = d.project_id
    LEFT JOIN checklist_item item ON d.kind = 'checklist_item' AND item.id::text = d.source_key
    LEFT JOIN co_funding_request request
      ON d.kind IN ('co_funding', 'co_funding_report', 'co_funding_meeting') AND request.id::text = d.source_key
   WHERE d.kind IN (:...keptKinds) AND d.due_on BETWEEN :from AND :to
),
ran AS (
  SELECT p.id, p.sdgs, p.internationalisation_form
    FROM project p JOIN scoped ON scoped.id = p.id
   WHERE (p.stage = 'running' OR (p.stage = 'closed' AND p.outcome IN (:...ranOutcomes)))
     AND (p.planned_start IS NULL OR p.planned_start <= :to)
     AND (p.planned_end IS NULL OR p.planned_end >= :from)
)
`;
}

/** The kinds of deadline the reports count, as the query's parameter. */
export const KEPT_KINDS = [...DEADLINE_KINDS_KEPT];

const grantedSums = `COUNT(*) AS applications,
       COUNT(*) FILTER (WHERE status = 'granted') AS granted,
       COALESCE(SUM(ROUND(granted_minor * rate)) FILTER (WHERE status = 'granted'), 0) AS granted_minor,
       COALESCE(SUM(ROUND(own_minor * rate)) FILTER (WHERE status = 'granted'), 0) AS own_minor`;

/** The final SELECT of each figure, after reportCtes. */
export const REPORT_SELECTS = {
  applications: `SELECT COUNT(*) AS submitted,
       COUNT(*) FILTER (WHERE status = 'granted') AS granted,
       COUNT(*) FILTER (WHERE status = 'rejected') AS rejected,
       COUNT(*) FILTER (WHERE status = 'pending') AS pending,
       COUNT(*) FILTER (WHERE status = 'withdrawn') AS withdrawn,
       COALESCE(SUM(ROUND(granted_minor * rate)) FILTER (WHERE status = 'granted'), 0) AS granted_minor,
       COALESCE(SUM(ROUND(requested_grant_minor * rate)) FILTER (WHERE status IN ('granted', 'rejected')), 0) AS requested_decided_minor
  FROM priced`,
  byProgramme: `SELECT priced.programme_id AS key, COALESCE(programme.name, '') AS label, ${grantedSums}
  FROM priced LEFT JOIN programme ON programme.id = priced.programme_id
 GROUP BY priced.programme_id, programme.name ORDER BY programme.name NULLS LAST`,
  byDepartment: `SELECT priced.department_id AS key, department.name AS label, ${grantedSums}
  FROM priced JOIN department ON department.id = priced.department_id
 GROUP BY priced.department_id, department.name ORDER BY department.name`,
  byYear: `SELECT EXTRACT(YEAR FROM money_day)::int::text AS key, EXTRACT(YEAR FROM money_day)::int::text AS label, ${grantedSums}
  FROM priced GROUP BY EXTRACT(YEAR FROM money_day) ORDER BY EXTRACT(YEAR FROM money_day)`,
  pipeline: `SELECT stage, COUNT(*) AS count, COALESCE(SUM(ROUND(value * rate)), 0) AS value_minor
  FROM pipeline_rows GROUP BY stage`,
  deadlines: `SELECT COUNT(*) FILTER (WHERE kind <> 'call' AND kept = 'met') AS met,
       COUNT(*) FILTER (WHERE kind <> 'call' AND kept = 'missed') AS missed,
       COUNT(*) FILTER (WHERE kind = 'call' AND kept = 'met') AS call_met,
       COUNT(*) FILTER (WHERE kind = 'call' AND kept = 'missed') AS call_missed
  FROM deadline_kept`,
  goals: `SELECT goal, COUNT(*) AS running_projects FROM ran CROSS JOIN LATERAL unnest(ran.sdgs) AS goal
 GROUP BY goal ORDER BY goal`,
  forms: `SELECT internationalisation_form AS form, COUNT(*) AS running_projects FROM ran
 WHERE internationalisation_form IS NOT NULL GROUP BY internationalisation_form ORDER BY internationalisation_form`,
  /**
   * The rates the sums used and the amounts left out for want of one, per currency and month.
   * A line is a decided application's amounts at its money month (granted, requested and own
   * money are summed), or a pipeline value at :asAt; an amount of 0 needs no rate. A project's
   * amount is listed once per month: its granted amount, or what it asked before a decision.
   */
  rates: `SELECT line.currency, to_char(line.month, 'YYYY-MM') AS month, rate.rate, rate.source, rate.demo,
       SUM(line.value) AS amount_minor
  FROM (
    SELECT id, currency, money_month AS month,
           CASE WHEN status = 'granted' THEN COALESCE(granted_minor, 0) ELSE COALESCE(requested_grant_minor, 0) END AS value,
           (COALESCE(granted_minor, 0) <> 0 OR COALESCE(requested_grant_minor, 0) <> 0 OR own_minor <> 0) AS priced
      FROM priced WHERE status IN ('granted', 'rejected')
    UNION
    SELECT id, currency, CAST(:asAt AS date), value, value <> 0 FROM pipeline_rows
  ) line
  LEFT JOIN exchange_rate rate ON rate.currency = line.currency AND rate.month = line.month
 WHERE line.currency <> :reporting AND line.priced
 GROUP BY line.currency, line.month, rate.rate, rate.source, rate.demo
 ORDER BY line.month, line.currency`,
} as const;
