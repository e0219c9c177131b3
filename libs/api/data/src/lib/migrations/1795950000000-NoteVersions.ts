import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A note's version, as every record people edit has: an edit saved from a page that showed an
 * older text (the author's other tab) is refused rather than written over the newer one.
 */
export class NoteVersions1795950000000 implements MigrationInterface {
    name = 'NoteVersions1795950000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project_note" ADD "version" integer NOT NULL DEFAULT 1`);
        await queryRunner.query(`ALTER TABLE "project_note" ALTER COLUMN "version" DROP DEFAULT`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project_note" DROP COLUMN "version"`);
    }
}
