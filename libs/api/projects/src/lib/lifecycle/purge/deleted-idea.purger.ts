import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';
import { purgeDeletedBefore } from '@gp/domain';
import { ProjectEntity } from '@gp/api/data';

/** Removes for good the ideas deleted more than IDEA_RESTORE_DAYS ago. */
@Injectable()
export class DeletedIdeaPurger {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Everything that hangs on a purged idea goes with it (activity, deadlines and their
   * notifications, stage moves: their foreign keys cascade). Deadlines were cancelled at the delete.
   * @returns how many were purged
   */
  async purge(now = new Date()): Promise<number> {
    const result = await this.dataSource
      .getRepository(ProjectEntity)
      .delete({ deletedAt: LessThan(purgeDeletedBefore(now)) });
    return result.affected ?? 0;
  }
}
