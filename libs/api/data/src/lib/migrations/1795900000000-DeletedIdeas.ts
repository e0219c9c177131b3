import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 15: an idea can be deleted by its creator or a coordinator, kept for 30 days so an admin
 * can restore it, then purged. created_by_id is null for the projects made before: only
 * coordinators and admins delete those.
 */
export class DeletedIdeas1795900000000 implements MigrationInterface {
    name = 'DeletedIdeas1795900000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project" ADD "created_by_id" uuid`);
        await queryRunner.query(`ALTER TABLE "project" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "project" ADD "deleted_by_id" uuid`);
        await queryRunner.query(`CREATE INDEX "IDX_project_deleted_at" ON "project" ("deleted_at") `);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_project_created_by" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_project_deleted_by" FOREIGN KEY ("deleted_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_project_deleted_by"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_project_created_by"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_project_deleted_at"`);
        await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "deleted_by_id"`);
        await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "deleted_at"`);
        await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "created_by_id"`);
    }

}
