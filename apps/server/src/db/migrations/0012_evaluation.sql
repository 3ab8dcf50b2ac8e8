CREATE TABLE "assessment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"assessor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"framework_id" uuid NOT NULL,
	"campaign_id" uuid,
	"title" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_date" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"facts_computed_at" timestamp with time zone,
	"total" numeric(7, 3),
	"scored_leaves" integer DEFAULT 0 NOT NULL,
	"total_leaves" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"finalised_by" uuid,
	"finalised_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_assessor" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"indicator_code" text,
	"body" text NOT NULL,
	"decision" text,
	"author_id" uuid NOT NULL,
	"author_organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"kind" text NOT NULL,
	"file_name" text,
	"mime_type" text,
	"size" integer,
	"content" "bytea",
	"record_type" text,
	"record_id" text,
	"label" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_score" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"level" integer,
	"score" numeric(6, 3),
	"rationale" text DEFAULT '' NOT NULL,
	"assignee_user_id" uuid,
	"updated_by" uuid,
	"updated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_campaign" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regulator_id" uuid NOT NULL,
	"framework_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_date" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_framework" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"name" jsonb NOT NULL,
	"source" text,
	"definition" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"assessment_id" uuid,
	"indicator_code" text,
	"score" numeric(6, 3),
	"status" text DEFAULT 'open' NOT NULL,
	"analysis" text DEFAULT '' NOT NULL,
	"measure" text DEFAULT '' NOT NULL,
	"owner_user_id" uuid,
	"due_date" date,
	"implementation" text DEFAULT '' NOT NULL,
	"verification" text DEFAULT '' NOT NULL,
	"reminded_on" date,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_assessor_id_organisation_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_framework_id_evaluation_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."evaluation_framework"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_campaign_id_evaluation_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."evaluation_campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_submitted_by_app_user_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_reviewed_by_app_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_finalised_by_app_user_id_fk" FOREIGN KEY ("finalised_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_assessor" ADD CONSTRAINT "assessment_assessor_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_assessor" ADD CONSTRAINT "assessment_assessor_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_comment" ADD CONSTRAINT "assessment_comment_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_comment" ADD CONSTRAINT "assessment_comment_author_id_app_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_comment" ADD CONSTRAINT "assessment_comment_author_organisation_id_organisation_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_score" ADD CONSTRAINT "assessment_score_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_score" ADD CONSTRAINT "assessment_score_assignee_user_id_app_user_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_score" ADD CONSTRAINT "assessment_score_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_campaign" ADD CONSTRAINT "evaluation_campaign_regulator_id_organisation_id_fk" FOREIGN KEY ("regulator_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_campaign" ADD CONSTRAINT "evaluation_campaign_framework_id_evaluation_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."evaluation_framework"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_campaign" ADD CONSTRAINT "evaluation_campaign_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_framework" ADD CONSTRAINT "evaluation_framework_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_owner_user_id_app_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_action" ADD CONSTRAINT "improvement_action_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_organisation_idx" ON "assessment" USING btree ("organisation_id","period_end");--> statement-breakpoint
CREATE INDEX "assessment_assessor_idx" ON "assessment" USING btree ("assessor_id","created_at");--> statement-breakpoint
CREATE INDEX "assessment_campaign_idx" ON "assessment" USING btree ("campaign_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_assessor_key" ON "assessment_assessor" USING btree ("assessment_id","user_id");--> statement-breakpoint
CREATE INDEX "assessment_assessor_user_idx" ON "assessment_assessor" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "assessment_comment_assessment_idx" ON "assessment_comment" USING btree ("assessment_id","created_at");--> statement-breakpoint
CREATE INDEX "assessment_evidence_assessment_idx" ON "assessment_evidence" USING btree ("assessment_id","indicator_code");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_score_key" ON "assessment_score" USING btree ("assessment_id","indicator_code");--> statement-breakpoint
CREATE INDEX "evaluation_campaign_regulator_idx" ON "evaluation_campaign" USING btree ("regulator_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_framework_code_version_key" ON "evaluation_framework" USING btree ("code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_framework_code_hash_key" ON "evaluation_framework" USING btree ("code","content_hash");--> statement-breakpoint
CREATE INDEX "improvement_action_organisation_idx" ON "improvement_action" USING btree ("organisation_id","status","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_action_assessment_indicator_key" ON "improvement_action" USING btree ("assessment_id","indicator_code");--> statement-breakpoint
-- Security of the evaluation tables (issue #5). Frameworks are shared reference data: every signed-in
-- user reads them; versions are only added. Assessments are seen by the assessed organisation, the
-- assessing one, the regulators of the assessed organisation's region and the experts named on it.
GRANT SELECT, INSERT ON evaluation_framework, evaluation_campaign, assessment_assessor, assessment_evidence, assessment_comment TO gongzhi_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON assessment, assessment_score, improvement_action TO gongzhi_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_is_assessor(assessment_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM assessment_assessor x WHERE x.assessment_id = $1 AND x.user_id = gongzhi_user_id()
  )
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_assessment_visible(assessment_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT gongzhi_is_system() OR EXISTS (
    SELECT 1 FROM assessment a
    WHERE a.id = $1 AND (
      a.organisation_id = ANY (gongzhi_org_ids())
      OR a.assessor_id = ANY (gongzhi_org_ids())
      OR gongzhi_in_region(gongzhi_org_region(a.organisation_id))
    )
  ) OR gongzhi_is_assessor($1)
$$;
--> statement-breakpoint
ALTER TABLE evaluation_campaign ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY evaluation_campaign_access ON evaluation_campaign FOR ALL TO gongzhi_app USING (
  gongzhi_is_system()
  OR regulator_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(regulator_id))
) WITH CHECK (gongzhi_is_system() OR regulator_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE assessment ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY assessment_access ON assessment FOR ALL TO gongzhi_app USING (
  gongzhi_is_system()
  OR organisation_id = ANY (gongzhi_org_ids())
  OR assessor_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(organisation_id))
  OR gongzhi_is_assessor(id)
) WITH CHECK (
  gongzhi_is_system()
  OR organisation_id = ANY (gongzhi_org_ids())
  OR assessor_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(organisation_id))
  OR gongzhi_is_assessor(id)
);
--> statement-breakpoint
ALTER TABLE assessment_assessor ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY assessment_assessor_access ON assessment_assessor FOR ALL TO gongzhi_app
  USING (user_id = gongzhi_user_id() OR gongzhi_assessment_visible(assessment_id))
  WITH CHECK (gongzhi_assessment_visible(assessment_id));
--> statement-breakpoint
ALTER TABLE assessment_score ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY assessment_score_access ON assessment_score FOR ALL TO gongzhi_app
  USING (gongzhi_assessment_visible(assessment_id)) WITH CHECK (gongzhi_assessment_visible(assessment_id));
--> statement-breakpoint
ALTER TABLE assessment_evidence ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY assessment_evidence_access ON assessment_evidence FOR ALL TO gongzhi_app
  USING (gongzhi_assessment_visible(assessment_id)) WITH CHECK (gongzhi_assessment_visible(assessment_id));
--> statement-breakpoint
ALTER TABLE assessment_comment ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY assessment_comment_access ON assessment_comment FOR ALL TO gongzhi_app
  USING (gongzhi_assessment_visible(assessment_id)) WITH CHECK (gongzhi_assessment_visible(assessment_id));
--> statement-breakpoint
ALTER TABLE improvement_action ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY improvement_action_access ON improvement_action FOR ALL TO gongzhi_app USING (
  gongzhi_is_system()
  OR organisation_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(organisation_id))
  OR owner_user_id = gongzhi_user_id()
) WITH CHECK (
  gongzhi_is_system()
  OR organisation_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(organisation_id))
  OR owner_user_id = gongzhi_user_id()
);
