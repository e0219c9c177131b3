import { Inject, Injectable } from '@nestjs/common';
import {
  coFundingBodyDecisionBar,
  coFundingCommentMissing,
  coFundingRecommendationBar,
  isCalendarDate,
  isCaseNumber,
  isMinutesParagraph,
  MINUTES_REFERENCE_EXAMPLES,
  type CoFundingBodyDecisionInput,
  type CoFundingRecommendationInput,
  type CoFundingRequest,
  type CurrentUser,
  type OutgoingMail,
  zonedDay,
} from '@gp/domain';
import { APP_CONFIG, AppConfig, DomainError } from '@gp/api/core';
import { CoFundingRequestEntity, updateIfVersion } from '@gp/api/data';
import { DeadlineTransactions } from '@gp/api/deadline-sync';
import { MailOutbox } from '@gp/api/mail';
import { projectLeadAndCoordinator, recordActivity } from '@gp/api/project-access';
import { coFundingDecidedMail } from './co-funding.mail';
import { CoFundingService } from './co-funding.service';
import type { EntityManager } from 'typeorm';

const RECOMMENDATION_BARS = {
  not_head_of_department: 'Only a head of the department asked, or an admin, recommends on this request.',
  own_request: 'Nobody recommends on a request they made themselves.',
  not_pending: 'This request has already been decided or withdrawn.',
  within_delegation: 'This request is within the head’s delegation: approve or reject it instead.',
} as const;

const BODY_DECISION_BARS = {
  not_recorder: 'Only a coordinator or an admin records a body’s decision.',
  not_pending: 'This request has already been decided or withdrawn.',
  within_delegation: 'This request is within the head’s delegation: the head decides it.',
} as const;

/**
 * Decisions above the head's delegation, as a municipality makes them: the head recommends for or
 * against, and a coordinator or admin records what the body (or its chair, urgently) decided,
 * with the meeting, the paragraph and the case number from the minutes.
 */
@Injectable()
export class CoFundingBodyDecisions {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly coFunding: CoFundingService,
    private readonly deadlines: DeadlineTransactions,
    private readonly outbox: MailOutbox,
  ) {}

  async recommend(
    user: CurrentUser,
    id: string,
    input: CoFundingRecommendationInput,
  ): Promise<CoFundingRequest> {
    return this.deadlines.run(async (manager) => {
      const current = await this.coFunding.visible(manager, user, id);
      const bar = coFundingRecommendationBar(user, current);
      if (bar === 'not_pending')
        throw new DomainError('conflict', bar, RECOMMENDATION_BARS[bar], { current });
      if (bar) throw new DomainError('forbidden', bar, RECOMMENDATION_BARS[bar]);
      const comment = input.comment.trim();
      if (coFundingCommentMissing(input.recommendation, comment))
        throw DomainError.invalid(
          'comment',
          'comment must say why you recommend against',
          'comment_required',
        );
      const changes = {
        recommendation: input.recommendation,
        recommendationComment: comment || null,
        recommendedById: user.id,
        recommendedAt: new Date(),
      };
      if (!(await updateIfVersion(manager, CoFundingRequestEntity, id, input.version, changes)))
        throw DomainError.staleVersion(await this.coFunding.one(manager, id));
      await recordActivity(manager, {
        projectId: current.projectId,
        kind: input.recommendation === 'for' ? 'co_funding_recommended' : 'co_funding_advised_against',
        subject: current.departmentName,
        comment: comment || null,
        actorId: user.id,
      });
      return this.coFunding.one(manager, id);
    });
  }

  async record(user: CurrentUser, id: string, input: CoFundingBodyDecisionInput): Promise<CoFundingRequest> {
    const mails: OutgoingMail[] = [];
    const request = await this.deadlines.run(async (manager, sync) => {
      const current = await this.coFunding.visible(manager, user, id);
      const bar = coFundingBodyDecisionBar(user, current);
      if (bar === 'not_pending') throw new DomainError('conflict', bar, BODY_DECISION_BARS[bar], { current });
      if (bar) throw new DomainError('forbidden', bar, BODY_DECISION_BARS[bar]);
      const minutes = this.checkMinutes(input);
      const comment = input.comment.trim();
      if (coFundingCommentMissing(input.decision, comment))
        throw DomainError.invalid(
          'comment',
          'comment must say why the co-funding is rejected',
          'comment_required',
        );
      const changes = {
        status: input.decision,
        decidedById: user.id,
        decidedAt: new Date(),
        decisionComment: comment || null,
        decidedAs: input.urgent ? ('chair_urgent' as const) : ('body' as const),
        minutesBodyName: current.plan.bodyName ?? current.route.route,
        minutesMeetingOn: minutes.meetsOn,
        minutesParagraph: minutes.paragraph,
        minutesCaseNumber: minutes.caseNumber,
      };
      if (!(await updateIfVersion(manager, CoFundingRequestEntity, id, input.version, changes)))
        throw DomainError.staleVersion(await this.coFunding.one(manager, id));
      if (input.decision === 'approved' && current.extractItemId)
        await this.tickExtract(manager, current.extractItemId, user.id, minutes);
      await recordActivity(manager, {
        projectId: current.projectId,
        kind: input.decision === 'approved' ? 'co_funding_approved' : 'co_funding_rejected',
        subject: current.departmentName,
        comment: [minutes.paragraph, minutes.caseNumber, comment].filter(Boolean).join(' · '),
        actorId: user.id,
      });
      await sync(current.projectId);
      const decided = await this.coFunding.one(manager, id);
      await this.coFunding.queueMails(
        manager,
        mails,
        await projectLeadAndCoordinator(manager, decided.projectId, decided.requestedById),
        (to) => coFundingDecidedMail(to, decided, this.config.appUrl),
      );
      return decided;
    });
    await this.outbox.release(mails);
    return request;
  }

  /** The meeting day, § and case number, each in the shape the organisation's country writes them; 422 naming the field. */
  private checkMinutes(input: CoFundingBodyDecisionInput): {
    meetsOn: string;
    paragraph: string;
    caseNumber: string;
  } {
    const country = this.config.country;
    const example = MINUTES_REFERENCE_EXAMPLES[country];
    if (!isCalendarDate(input.meetsOn))
      throw DomainError.invalid('meetsOn', 'meetsOn must be the day of the meeting, YYYY-MM-DD');
    if (input.meetsOn > zonedDay(new Date(), this.config.timeZone))
      throw DomainError.invalid(
        'meetsOn',
        'meetsOn must not be after today: record a decision once it is made',
        'meeting_in_future',
      );
    const paragraph = input.paragraph.trim();
    if (!isMinutesParagraph(paragraph, country))
      throw DomainError.invalid(
        'paragraph',
        `paragraph must be written as in the minutes, e.g. ${example.paragraph}`,
        'invalid_paragraph',
      );
    const caseNumber = input.caseNumber.trim();
    if (!isCaseNumber(caseNumber, country))
      throw DomainError.invalid(
        'caseNumber',
        `caseNumber must be a case number such as ${example.caseNumber}`,
        'invalid_case_number',
      );
    return { meetsOn: input.meetsOn, paragraph, caseNumber };
  }

  /** Ticks the extract-of-minutes item, noting where the decision stands, unless someone ticked it already. */
  private async tickExtract(
    manager: EntityManager,
    itemId: string,
    userId: string,
    minutes: { paragraph: string; caseNumber: string },
  ): Promise<void> {
    const note = `${minutes.paragraph}, ${minutes.caseNumber}`;
    await manager.query(
      `UPDATE checklist_item
          SET done_at = now(), done_by_id = $2, version = version + 1, updated_at = now(),
              comment = CASE WHEN comment = '' THEN $3 ELSE comment || E'\n' || $3 END
        WHERE id = $1 AND done_at IS NULL`,
      [itemId, userId, note],
    );
  }
}
