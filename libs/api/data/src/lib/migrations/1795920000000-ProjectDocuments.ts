import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Documents on projects and checklist items (issue 15): metadata in `project_document`, the bytes
 * in 256 KiB `document_chunk` rows, so uploads and downloads stream and the embedded database,
 * backups and transactions cover the files. A checklist template line may say a document ticks it.
 */
export class ProjectDocuments1795920000000 implements MigrationInterface {
    name = 'ProjectDocuments1795920000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "project_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "checklist_item_id" uuid, "file_name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL DEFAULT '0', "status" character varying(10) NOT NULL, "uploaded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_project_document" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_project_document_project" ON "project_document" ("project_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_project_document_status" ON "project_document" ("status", "created_at") `);
        await queryRunner.query(`CREATE TABLE "document_chunk" ("document_id" uuid NOT NULL, "position" integer NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "PK_document_chunk" PRIMARY KEY ("document_id", "position"))`);
        await queryRunner.query(`ALTER TABLE "project_document" ADD CONSTRAINT "FK_project_document_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project_document" ADD CONSTRAINT "FK_project_document_checklist_item" FOREIGN KEY ("checklist_item_id") REFERENCES "checklist_item"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project_document" ADD CONSTRAINT "FK_project_document_uploaded_by" FOREIGN KEY ("uploaded_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "document_chunk" ADD CONSTRAINT "FK_document_chunk_document" FOREIGN KEY ("document_id") REFERENCES "project_document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "checklist_template_item" ADD "ticks_on_document" boolean NOT NULL DEFAULT false`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "checklist_template_item" DROP COLUMN "ticks_on_document"`);
        await queryRunner.query(`ALTER TABLE "document_chunk" DROP CONSTRAINT "FK_document_chunk_document"`);
        await queryRunner.query(`ALTER TABLE "project_document" DROP CONSTRAINT "FK_project_document_uploaded_by"`);
        await queryRunner.query(`ALTER TABLE "project_document" DROP CONSTRAINT "FK_project_document_checklist_item"`);
        await queryRunner.query(`ALTER TABLE "project_document" DROP CONSTRAINT "FK_project_document_project"`);
        await queryRunner.query(`DROP TABLE "document_chunk"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_project_document_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_project_document_project"`);
        await queryRunner.query(`DROP TABLE "project_document"`);
    }
}
