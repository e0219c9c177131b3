import type { EntityManager } from 'typeorm';
import { coFundingLedger, type LedgerYear, type Outcome, type Stage } from '@gp/domain';
import type { CoFundingFrameEntity } from '@gp/api/data';

/**
 * The ledger (libs/domain `coFundingLedger`) of the given departments, or of all with null: their
 * frames and their pending and approved requests with what became of each project, in two queries.
 */
export async function readLedger(
  manager: EntityManager,
  departmentIds: readonly string[] | null,
): Promise<LedgerYear[]> {
  const all = departmentIds === null;
  const frames: Array<CoFundingFrameEntity & { departmentName: string }> = await manager.query(
    `SELECT f.department_id AS "departmentId", d.name AS "departmentName", f.year, f.amount_minor::float8 AS "amountMinor", f.currency
       FROM co_funding_frame f JOIN department d ON d.id = f.department_id
      WHERE $1::boolean OR f.department_id = ANY($2::uuid[])`,
    [all, departmentIds ?? []],
  );
  const requests: Array<{
    departmentId: string;
    departmentName: string;
    currency: LedgerYear['currency'];
    status: 'pending' | 'approved';
    years: Array<{ year: number; cashMinor: number; inKindMinor: number }>;
    stage: Stage;
    outcome: Outcome | null;
  }> = await manager.query(
    `SELECT r.department_id AS "departmentId", d.name AS "departmentName", r.currency, r.status, r.years, p.stage, p.outcome
       FROM co_funding_request r
       JOIN department d ON d.id = r.department_id
       JOIN project p ON p.id = r.project_id
      WHERE r.status IN ('pending', 'approved') AND p.deleted_at IS NULL AND ($1::boolean OR r.department_id = ANY($2::uuid[]))`,
    [all, departmentIds ?? []],
  );
  return coFundingLedger(
    frames,
    requests.map((r) => ({ ...r, project: { stage: r.stage, outcome: r.outcome } })),
  );
}
