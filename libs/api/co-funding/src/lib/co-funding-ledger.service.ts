import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  maySetCoFundingFrame,
  readsWholePortfolio,
  type CoFundingRequest,
  type CurrentUser,
  type LedgerYear,
} from '@gp/domain';
import { DomainError } from '@gp/api/core';
import { CoFundingFrameEntity, DepartmentEntity } from '@gp/api/data';
import { readLedger } from './co-funding-ledger.reader';
import { CoFundingService } from './co-funding.service';

/** The decisions a head made under delegation since the committee last met, to report at its next meeting. */
export interface DelegatedDecisions {
  departmentId: string;
  departmentName: string;
  bodyName: string | null;
  previousMeetingOn: string | null;
  nextMeetingOn: string | null;
  decisions: CoFundingRequest[];
}

/**
 * The budget-year ledger of co-funding per department, its frames, and the list of delegated
 * decisions a committee is told of (anmälan av delegationsbeslut). Portfolio readers see every
 * department; a head their own departments.
 */
@Injectable()
export class CoFundingLedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly coFunding: CoFundingService,
  ) {}

  ledger(user: CurrentUser): Promise<LedgerYear[]> {
    return readLedger(this.dataSource.manager, readsWholePortfolio(user.roles) ? null : user.departmentIds);
  }

  async setFrame(
    user: CurrentUser,
    departmentId: string,
    year: number,
    frame: { amountMinor: number; currency: CoFundingFrameEntity['currency'] },
  ): Promise<LedgerYear[]> {
    if (!(await this.dataSource.manager.existsBy(DepartmentEntity, { id: departmentId })))
      throw DomainError.notFound('The department');
    if (!maySetCoFundingFrame(user, departmentId))
      throw new DomainError(
        'forbidden',
        'not_head_of_department',
        'Only an admin or a head of the department sets its frame.',
      );
    await this.dataSource.manager
      .createQueryBuilder()
      .insert()
      .into(CoFundingFrameEntity)
      .values({ departmentId, year, amountMinor: frame.amountMinor, currency: frame.currency, version: 1 })
      .orUpdate(['amount_minor', 'currency'], ['department_id', 'year'])
      .execute();
    return readLedger(this.dataSource.manager, [departmentId]);
  }

  async delegatedDecisions(
    user: CurrentUser,
    departmentId: string,
    today: string,
  ): Promise<DelegatedDecisions> {
    const department = await this.dataSource.manager.findOneBy(DepartmentEntity, { id: departmentId });
    if (!department || !(readsWholePortfolio(user.roles) || user.departmentIds.includes(departmentId)))
      throw DomainError.notFound('The department');
    const [body]: Array<{ name: string; previous: string | null; next: string | null }> =
      await this.dataSource.query(
        `SELECT name,
              (SELECT max(m) FROM unnest(meetings) m WHERE m < $2::date)::text AS previous,
              (SELECT min(m) FROM unnest(meetings) m WHERE m >= $2::date)::text AS next
         FROM decision_body WHERE kind = 'committee' AND department_id = $1`,
        [departmentId, today],
      );
    const ids: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM co_funding_request
        WHERE department_id = $1 AND decided_as = 'head' AND status IN ('approved', 'rejected')
          AND ($2::date IS NULL OR decided_at >= $2::date)
        ORDER BY decided_at`,
      [departmentId, body?.previous ?? null],
    );
    const decisions = await this.coFunding.many(
      this.dataSource.manager,
      ids.map(({ id }) => id),
    );
    return {
      departmentId,
      departmentName: department.name,
      bodyName: body?.name ?? null,
      previousMeetingOn: body?.previous ?? null,
      nextMeetingOn: body?.next ?? null,
      decisions,
    };
  }
}
