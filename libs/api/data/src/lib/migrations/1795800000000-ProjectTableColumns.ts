import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The columns each person chose for the table of projects (issue 14); null until they choose,
 * and then the table shows libs/domain's DEFAULT_PROJECT_TABLE_COLUMNS.
 */
export class ProjectTableColumns1795800000000 implements MigrationInterface {
    name = 'ProjectTableColumns1795800000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "user_account" ADD "project_table_columns" text array`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "project_table_columns"`);
    }

}
