-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "InstitutionType" AS ENUM ('KEMENTERIAN', 'LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('DPMPTSP', 'DUKCAPIL', 'DINSOS', 'DINDIK', 'DINKES', 'PUSKESMAS', 'RSUD', 'POLRES', 'KANTAH', 'OTHER');

-- CreateEnum
CREATE TYPE "CycleStage" AS ENUM ('DRAFT', 'PREPARATION', 'COLLECTION', 'VERIFICATION', 'CLARIFICATION', 'DECISION', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('ASSESSOR', 'VERIFIER');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'VERIFIED');

-- CreateEnum
CREATE TYPE "CommentKind" AS ENUM ('NOTE', 'RETURN', 'VERIFY');

-- CreateEnum
CREATE TYPE "ClarificationStatus" AS ENUM ('OPEN', 'ANSWERED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Zone" AS ENUM ('HIJAU', 'KUNING', 'MERAH');

-- CreateEnum
CREATE TYPE "ResultSource" AS ENUM ('COMPUTED', 'IMPORTED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'REGIONAL_STAFF', 'VERIFIER', 'INSTITUTION_OFFICER');

-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('INVITATION', 'PASSWORD_RESET');

-- CreateTable
CREATE TABLE "province" (
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "iso_code" TEXT,

    CONSTRAINT "province_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "institution" (
    "id" UUID NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "type" "InstitutionType" NOT NULL,
    "province_code" VARCHAR(2),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit" (
    "id" UUID NOT NULL,
    "institution_id" UUID NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_product" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "cycle_id" UUID NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "service_product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cycle" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "stage" "CycleStage" NOT NULL DEFAULT 'DRAFT',
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cycle_stage_window" (
    "cycle_id" UUID NOT NULL,
    "stage" "CycleStage" NOT NULL,
    "opens_at" TIMESTAMP(3),
    "closes_at" TIMESTAMP(3),
    "opened_at" TIMESTAMP(3),

    CONSTRAINT "cycle_stage_window_pkey" PRIMARY KEY ("cycle_id","stage")
);

-- CreateTable
CREATE TABLE "methodology" (
    "id" UUID NOT NULL,
    "cycle_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "preset_id" TEXT,
    "document" JSONB NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "methodology_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sampled_institution" (
    "cycle_id" UUID NOT NULL,
    "institution_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sampled_institution_pkey" PRIMARY KEY ("cycle_id","institution_id")
);

-- CreateTable
CREATE TABLE "sampling" (
    "cycle_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "institution_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sampling_pkey" PRIMARY KEY ("cycle_id","unit_id")
);

-- CreateTable
CREATE TABLE "assignment" (
    "id" UUID NOT NULL,
    "cycle_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "AssignmentRole" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment" (
    "id" UUID NOT NULL,
    "cycle_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "submitted_at" TIMESTAMP(3),
    "verified_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_answer" (
    "assessment_id" UUID NOT NULL,
    "indicator_code" TEXT NOT NULL,
    "value" DECIMAL(9,2),
    "not_applicable" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assessment_answer_pkey" PRIMARY KEY ("assessment_id","indicator_code")
);

-- CreateTable
CREATE TABLE "assessment_comment" (
    "id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "kind" "CommentKind" NOT NULL,
    "indicator_code" TEXT,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" UUID NOT NULL,
    "assessment_id" UUID,
    "clarification_id" UUID,
    "indicator_code" TEXT,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "checksum" CHAR(64) NOT NULL,
    "storage_key" TEXT NOT NULL,
    "uploaded_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clarification" (
    "id" UUID NOT NULL,
    "cycle_id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "institution_id" UUID NOT NULL,
    "indicator_code" TEXT NOT NULL,
    "status" "ClarificationStatus" NOT NULL DEFAULT 'OPEN',
    "raised_by_id" UUID NOT NULL,
    "decided_by_id" UUID,
    "decision_reason" TEXT,
    "decided_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "clarification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clarification_message" (
    "id" UUID NOT NULL,
    "clarification_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "clarification_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "result_revision" (
    "id" UUID NOT NULL,
    "cycle_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "source" "ResultSource" NOT NULL,
    "methodology_id" UUID,
    "reason" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "published_by_id" UUID,
    "published_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "result_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "institution_result" (
    "id" UUID NOT NULL,
    "revision_id" UUID NOT NULL,
    "institution_id" UUID NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "grade" TEXT NOT NULL,
    "zone" "Zone" NOT NULL,
    "label" TEXT,
    "rank_national" INTEGER NOT NULL,
    "rank_type" INTEGER NOT NULL,
    "rank_province" INTEGER,
    "unit_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "institution_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_result" (
    "id" UUID NOT NULL,
    "revision_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "institution_id" UUID NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "grade" TEXT NOT NULL,
    "zone" "Zone" NOT NULL,
    "breakdown" JSONB,

    CONSTRAINT "unit_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback" (
    "id" UUID NOT NULL,
    "cycle_id" UUID NOT NULL,
    "institution_id" UUID NOT NULL,
    "unit_id" UUID,
    "indicator_code" TEXT,
    "body" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 2,
    "author_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "published_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT,
    "role" "Role" NOT NULL,
    "province_code" VARCHAR(2),
    "institution_id" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "failed_attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMP(3),
    "last_sign_in_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" CHAR(64) NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "user_agent" TEXT,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_token" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" "TokenKind" NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_mail" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "outbox_mail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "cycle_id" UUID,
    "institution_id" UUID,
    "before" JSONB,
    "after" JSONB,
    "request_id" TEXT,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "province_iso_code_key" ON "province"("iso_code");

-- CreateIndex
CREATE UNIQUE INDEX "institution_code_key" ON "institution"("code");

-- CreateIndex
CREATE INDEX "institution_province_code_type_idx" ON "institution"("province_code", "type");

-- CreateIndex
CREATE INDEX "institution_type_idx" ON "institution"("type");

-- CreateIndex
CREATE UNIQUE INDEX "institution_type_name_key" ON "institution"("type", "name");

-- CreateIndex
CREATE INDEX "unit_kind_idx" ON "unit"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "unit_institution_id_name_key" ON "unit"("institution_id", "name");

-- CreateIndex
CREATE INDEX "service_product_cycle_id_idx" ON "service_product"("cycle_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_product_unit_id_cycle_id_name_key" ON "service_product"("unit_id", "cycle_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "cycle_year_key" ON "cycle"("year");

-- CreateIndex
CREATE UNIQUE INDEX "methodology_cycle_id_version_key" ON "methodology"("cycle_id", "version");

-- CreateIndex
CREATE INDEX "sampled_institution_institution_id_idx" ON "sampled_institution"("institution_id");

-- CreateIndex
CREATE INDEX "sampling_cycle_id_institution_id_idx" ON "sampling"("cycle_id", "institution_id");

-- CreateIndex
CREATE INDEX "assignment_user_id_cycle_id_idx" ON "assignment"("user_id", "cycle_id");

-- CreateIndex
CREATE UNIQUE INDEX "assignment_cycle_id_unit_id_user_id_role_key" ON "assignment"("cycle_id", "unit_id", "user_id", "role");

-- CreateIndex
CREATE INDEX "assessment_cycle_id_status_idx" ON "assessment"("cycle_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_cycle_id_unit_id_key" ON "assessment"("cycle_id", "unit_id");

-- CreateIndex
CREATE INDEX "assessment_comment_assessment_id_created_at_idx" ON "assessment_comment"("assessment_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "evidence_storage_key_key" ON "evidence"("storage_key");

-- CreateIndex
CREATE INDEX "evidence_assessment_id_idx" ON "evidence"("assessment_id");

-- CreateIndex
CREATE INDEX "evidence_clarification_id_idx" ON "evidence"("clarification_id");

-- CreateIndex
CREATE INDEX "clarification_cycle_id_status_idx" ON "clarification"("cycle_id", "status");

-- CreateIndex
CREATE INDEX "clarification_institution_id_idx" ON "clarification"("institution_id");

-- CreateIndex
CREATE INDEX "clarification_message_clarification_id_created_at_idx" ON "clarification_message"("clarification_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "result_revision_cycle_id_revision_key" ON "result_revision"("cycle_id", "revision");

-- CreateIndex
CREATE INDEX "institution_result_institution_id_idx" ON "institution_result"("institution_id");

-- CreateIndex
CREATE INDEX "institution_result_revision_id_rank_national_idx" ON "institution_result"("revision_id", "rank_national");

-- CreateIndex
CREATE UNIQUE INDEX "institution_result_revision_id_institution_id_key" ON "institution_result"("revision_id", "institution_id");

-- CreateIndex
CREATE INDEX "unit_result_revision_id_institution_id_idx" ON "unit_result"("revision_id", "institution_id");

-- CreateIndex
CREATE UNIQUE INDEX "unit_result_revision_id_unit_id_key" ON "unit_result"("revision_id", "unit_id");

-- CreateIndex
CREATE INDEX "feedback_cycle_id_institution_id_idx" ON "feedback"("cycle_id", "institution_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE INDEX "user_role_idx" ON "user"("role");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "session_expires_at_idx" ON "session"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "user_token_token_hash_key" ON "user_token"("token_hash");

-- CreateIndex
CREATE INDEX "user_token_user_id_kind_idx" ON "user_token"("user_id", "kind");

-- CreateIndex
CREATE INDEX "outbox_mail_created_at_idx" ON "outbox_mail"("created_at");

-- CreateIndex
CREATE INDEX "audit_event_cycle_id_at_idx" ON "audit_event"("cycle_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_institution_id_at_idx" ON "audit_event"("institution_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_at_idx" ON "audit_event"("actor_id", "at");

-- AddForeignKey
ALTER TABLE "institution" ADD CONSTRAINT "institution_province_code_fkey" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_product" ADD CONSTRAINT "service_product_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_product" ADD CONSTRAINT "service_product_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cycle_stage_window" ADD CONSTRAINT "cycle_stage_window_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "methodology" ADD CONSTRAINT "methodology_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "methodology" ADD CONSTRAINT "methodology_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sampled_institution" ADD CONSTRAINT "sampled_institution_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sampled_institution" ADD CONSTRAINT "sampled_institution_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sampling" ADD CONSTRAINT "sampling_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sampling" ADD CONSTRAINT "sampling_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sampling" ADD CONSTRAINT "sampling_cycle_id_institution_id_fkey" FOREIGN KEY ("cycle_id", "institution_id") REFERENCES "sampled_institution"("cycle_id", "institution_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_cycle_id_unit_id_fkey" FOREIGN KEY ("cycle_id", "unit_id") REFERENCES "sampling"("cycle_id", "unit_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_cycle_id_unit_id_fkey" FOREIGN KEY ("cycle_id", "unit_id") REFERENCES "sampling"("cycle_id", "unit_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_answer" ADD CONSTRAINT "assessment_answer_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_answer" ADD CONSTRAINT "assessment_answer_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_comment" ADD CONSTRAINT "assessment_comment_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_comment" ADD CONSTRAINT "assessment_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_clarification_id_fkey" FOREIGN KEY ("clarification_id") REFERENCES "clarification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clarification" ADD CONSTRAINT "clarification_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clarification" ADD CONSTRAINT "clarification_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clarification" ADD CONSTRAINT "clarification_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clarification" ADD CONSTRAINT "clarification_raised_by_id_fkey" FOREIGN KEY ("raised_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clarification" ADD CONSTRAINT "clarification_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clarification_message" ADD CONSTRAINT "clarification_message_clarification_id_fkey" FOREIGN KEY ("clarification_id") REFERENCES "clarification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clarification_message" ADD CONSTRAINT "clarification_message_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "result_revision" ADD CONSTRAINT "result_revision_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "result_revision" ADD CONSTRAINT "result_revision_methodology_id_fkey" FOREIGN KEY ("methodology_id") REFERENCES "methodology"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "result_revision" ADD CONSTRAINT "result_revision_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "institution_result" ADD CONSTRAINT "institution_result_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "result_revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "institution_result" ADD CONSTRAINT "institution_result_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_result" ADD CONSTRAINT "unit_result_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "result_revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_result" ADD CONSTRAINT "unit_result_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_province_code_fkey" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_token" ADD CONSTRAINT "user_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------- hand-written rules 

-- Ministries and agencies have no province; every regional government has one.
ALTER TABLE "institution" ADD CONSTRAINT "institution_province_matches_type"
  CHECK (("type" IN ('KEMENTERIAN', 'LEMBAGA')) = ("province_code" IS NULL));
ALTER TABLE "cycle" ADD CONSTRAINT "cycle_year_range" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "cycle" ADD CONSTRAINT "cycle_version_positive" CHECK ("version" >= 1);
ALTER TABLE "cycle_stage_window" ADD CONSTRAINT "cycle_stage_window_order"
  CHECK ("opens_at" IS NULL OR "closes_at" IS NULL OR "opens_at" <= "closes_at");
ALTER TABLE "methodology" ADD CONSTRAINT "methodology_version_positive" CHECK ("version" >= 1);
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_version_positive" CHECK ("version" >= 1);
-- A finding is a value or "not applicable", never both.
ALTER TABLE "assessment_answer" ADD CONSTRAINT "assessment_answer_value_or_na"
  CHECK (NOT ("not_applicable" AND "value" IS NOT NULL));
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_size_nonnegative" CHECK ("size_bytes" >= 0);
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_belongs_to_one"
  CHECK (("assessment_id" IS NULL) <> ("clarification_id" IS NULL));
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_checksum_hex" CHECK ("checksum" ~ '^[0-9a-f]{64}$');
-- A decided clarification names who decided and why.
ALTER TABLE "clarification" ADD CONSTRAINT "clarification_decision_reasoned"
  CHECK ("status" NOT IN ('ACCEPTED', 'REJECTED') OR ("decided_by_id" IS NOT NULL AND "decision_reason" IS NOT NULL AND "decided_at" IS NOT NULL));
-- Revision 1 is the publication, every later revision is a correction and says why.
ALTER TABLE "result_revision" ADD CONSTRAINT "result_revision_positive" CHECK ("revision" >= 1);
ALTER TABLE "result_revision" ADD CONSTRAINT "result_revision_correction_reasoned"
  CHECK ("revision" = 1 OR ("reason" IS NOT NULL AND length(btrim("reason")) > 0));
ALTER TABLE "institution_result" ADD CONSTRAINT "institution_result_score_range" CHECK ("score" BETWEEN 0 AND 100);
ALTER TABLE "institution_result" ADD CONSTRAINT "institution_result_ranks_positive"
  CHECK ("rank_national" >= 1 AND "rank_type" >= 1 AND ("rank_province" IS NULL OR "rank_province" >= 1));
ALTER TABLE "unit_result" ADD CONSTRAINT "unit_result_score_range" CHECK ("score" BETWEEN 0 AND 100);
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_priority_range" CHECK ("priority" BETWEEN 1 AND 3);
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_body_not_blank" CHECK (length(btrim("body")) > 0);
-- Regional staff belong to a province, officers to an institution.
ALTER TABLE "user" ADD CONSTRAINT "user_scope_matches_role"
  CHECK (("role" <> 'REGIONAL_STAFF' OR "province_code" IS NOT NULL) AND ("role" <> 'INSTITUTION_OFFICER' OR "institution_id" IS NOT NULL));
ALTER TABLE "user" ADD CONSTRAINT "user_failed_attempts_nonnegative" CHECK ("failed_attempts" >= 0);

-- Published results are frozen: a correction is a new revision, never an update.
CREATE FUNCTION "patuh_forbid_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rows of % are frozen once written; publish a new revision instead', TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER "result_revision_frozen" BEFORE UPDATE ON "result_revision" FOR EACH ROW EXECUTE FUNCTION "patuh_forbid_update"();
CREATE TRIGGER "institution_result_frozen" BEFORE UPDATE ON "institution_result" FOR EACH ROW EXECUTE FUNCTION "patuh_forbid_update"();
CREATE TRIGGER "unit_result_frozen" BEFORE UPDATE ON "unit_result" FOR EACH ROW EXECUTE FUNCTION "patuh_forbid_update"();
-- The audit trail is append-only.
CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION "patuh_forbid_update"();
