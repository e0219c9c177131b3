import { MigrationInterface, QueryRunner } from "typeorm";

/** Notes on a project (issue 15): a thread per project, with the people each note mentions. */
export class ProjectNotes1795910000000 implements MigrationInterface {
    name = 'ProjectNotes1795910000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "project_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "author_id" uuid, "text" text NOT NULL, "mention_ids" uuid array NOT NULL DEFAULT '{}', "told_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_project_note" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_project_note_project_created" ON "project_note" ("project_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "project_note" ADD CONSTRAINT "FK_project_note_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project_note" ADD CONSTRAINT "FK_project_note_author" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project_note" DROP CONSTRAINT "FK_project_note_author"`);
        await queryRunner.query(`ALTER TABLE "project_note" DROP CONSTRAINT "FK_project_note_project"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_project_note_project_created"`);
        await queryRunner.query(`DROP TABLE "project_note"`);
    }
}
