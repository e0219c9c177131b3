import { CallEntity } from './call.entity';
import { ChecklistItemEntity } from './checklist-item.entity';
import { ChecklistTemplateItemEntity } from './checklist-template-item.entity';
import { CoFundingFrameEntity } from './co-funding-frame.entity';
import { CoFundingRequestEntity } from './co-funding-request.entity';
import { DecisionBodyEntity } from './decision-body.entity';
import { DeadlineEntity } from './deadline.entity';
import { DocumentChunkEntity } from './document-chunk.entity';
import { ExchangeRateEntity } from './exchange-rate.entity';
import { NotificationEntity } from './notification.entity';
import { OrganisationSettingsEntity } from './organisation-settings.entity';
import { PasswordResetEntity } from './password-reset.entity';
import { ProjectMuteEntity } from './project-mute.entity';
import { ProjectNoteEntity } from './project-note.entity';
import { ReminderRuleEntity } from './reminder-rule.entity';
import { DepartmentEntity } from './department.entity';
import { MailLogEntity } from './mail-log.entity';
import { ProgrammeEntity } from './programme.entity';
import { ProjectActivityEntity } from './project-activity.entity';
import { ProjectDocumentEntity, type DocumentStatus } from './project-document.entity';
import { ProjectStageMoveEntity } from './project-stage-move.entity';
import { ProjectEntity } from './project.entity';
import { SessionRecordEntity } from './session-record.entity';
import { SystemFlagEntity } from './system-flag.entity';
import { UserAccountEntity } from './user-account.entity';

export {
  CallEntity,
  ChecklistItemEntity,
  ChecklistTemplateItemEntity,
  CoFundingFrameEntity,
  CoFundingRequestEntity,
  DecisionBodyEntity,
  DeadlineEntity,
  DocumentChunkEntity,
  ExchangeRateEntity,
  NotificationEntity,
  OrganisationSettingsEntity,
  PasswordResetEntity,
  ProjectActivityEntity,
  ProjectDocumentEntity,
  type DocumentStatus,
  ProjectMuteEntity,
  ProjectNoteEntity,
  ReminderRuleEntity,
  DepartmentEntity,
  MailLogEntity,
  ProgrammeEntity,
  ProjectEntity,
  ProjectStageMoveEntity,
  SessionRecordEntity,
  SystemFlagEntity,
  UserAccountEntity,
};

/** Every entity; listed, not globbed, so the bundled api and the CLI see the same set. */
export const entities = [DepartmentEntity, UserAccountEntity, MailLogEntity, SessionRecordEntity, SystemFlagEntity, ProgrammeEntity, CallEntity, ProjectEntity, ProjectStageMoveEntity, ChecklistTemplateItemEntity, ChecklistItemEntity, CoFundingRequestEntity, DecisionBodyEntity, CoFundingFrameEntity, ProjectActivityEntity, DeadlineEntity, NotificationEntity, ProjectMuteEntity, ReminderRuleEntity, ExchangeRateEntity, OrganisationSettingsEntity, PasswordResetEntity, ProjectNoteEntity, ProjectDocumentEntity, DocumentChunkEntity];
