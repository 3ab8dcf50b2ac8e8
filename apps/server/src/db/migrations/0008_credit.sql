CREATE TABLE "commitment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"association_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"content" text NOT NULL,
	"scope" text,
	"return_days" integer,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"signed_by" uuid,
	"signed_by_name" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text NOT NULL,
	"end_reason" text,
	"broken_record_id" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"objection_id" uuid,
	"repair_id" uuid,
	"association_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_grade" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"result_id" bigint NOT NULL,
	"score" double precision NOT NULL,
	"grade" text NOT NULL,
	"as_of" date NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_measure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"list" text NOT NULL,
	"grade" text NOT NULL,
	"run_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"status" text NOT NULL,
	"end_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_model" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"rationale" text NOT NULL,
	"status" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"activated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "credit_objection" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"association_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"due_on" date NOT NULL,
	"remedy" text,
	"decision_reason" text,
	"corrected_record_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"polarity" text NOT NULL,
	"severity" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"occurred_on" date NOT NULL,
	"source_organisation_id" uuid,
	"source_name" text NOT NULL,
	"source_ref" text,
	"publish_until" date NOT NULL,
	"special_sector" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"status_reason" text,
	"supersedes_id" uuid,
	"superseded_by_id" uuid,
	"confirmed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_repair" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"association_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"statement" text NOT NULL,
	"status" text NOT NULL,
	"due_on" date NOT NULL,
	"decision_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_result" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"association_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"grade" text NOT NULL,
	"grade_before_veto" text,
	"vetoed_by" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"contributions" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"as_of" date NOT NULL,
	"enterprise_id" uuid,
	"enterprise_count" integer DEFAULT 0 NOT NULL,
	"distribution" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error" text,
	"duration_ms" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_warning" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"level" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"record_id" uuid,
	"run_id" uuid,
	"cause_key" text NOT NULL,
	"status" text NOT NULL,
	"lift_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"lifted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_enterprise_id_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_association_id_organisation_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_attachment" ADD CONSTRAINT "credit_attachment_record_id_credit_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."credit_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_attachment" ADD CONSTRAINT "credit_attachment_objection_id_credit_objection_id_fk" FOREIGN KEY ("objection_id") REFERENCES "public"."credit_objection"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_attachment" ADD CONSTRAINT "credit_attachment_repair_id_credit_repair_id_fk" FOREIGN KEY ("repair_id") REFERENCES "public"."credit_repair"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_grade" ADD CONSTRAINT "credit_grade_association_id_organisation_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_grade" ADD CONSTRAINT "credit_grade_enterprise_id_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_measure" ADD CONSTRAINT "credit_measure_association_id_organisation_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_measure" ADD CONSTRAINT "credit_measure_enterprise_id_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_model" ADD CONSTRAINT "credit_model_owner_id_organisation_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_model" ADD CONSTRAINT "credit_model_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_objection" ADD CONSTRAINT "credit_objection_record_id_credit_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."credit_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_record" ADD CONSTRAINT "credit_record_association_id_organisation_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_record" ADD CONSTRAINT "credit_record_enterprise_id_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_record" ADD CONSTRAINT "credit_record_source_organisation_id_organisation_id_fk" FOREIGN KEY ("source_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repair" ADD CONSTRAINT "credit_repair_record_id_credit_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."credit_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_result" ADD CONSTRAINT "credit_result_run_id_credit_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."credit_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_run" ADD CONSTRAINT "credit_run_association_id_organisation_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_run" ADD CONSTRAINT "credit_run_model_id_credit_model_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."credit_model"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_warning" ADD CONSTRAINT "credit_warning_association_id_organisation_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_warning" ADD CONSTRAINT "credit_warning_enterprise_id_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitment_enterprise_idx" ON "commitment" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "commitment_association_idx" ON "commitment" USING btree ("association_id","status");--> statement-breakpoint
CREATE INDEX "credit_attachment_record_idx" ON "credit_attachment" USING btree ("record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_grade_association_enterprise_key" ON "credit_grade" USING btree ("association_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "credit_grade_enterprise_idx" ON "credit_grade" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "credit_measure_list_idx" ON "credit_measure" USING btree ("list","status");--> statement-breakpoint
CREATE INDEX "credit_measure_enterprise_idx" ON "credit_measure" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_model_owner_version_key" ON "credit_model" USING btree ("owner_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_model_one_active_key" ON "credit_model" USING btree ("owner_id") WHERE status = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "credit_objection_one_open_key" ON "credit_objection" USING btree ("record_id") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "credit_objection_association_idx" ON "credit_objection" USING btree ("association_id","status","due_on");--> statement-breakpoint
CREATE INDEX "credit_objection_enterprise_idx" ON "credit_objection" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "credit_record_association_enterprise_idx" ON "credit_record" USING btree ("association_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "credit_record_enterprise_idx" ON "credit_record" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_record_source_ref_key" ON "credit_record" USING btree ("association_id","source_ref") WHERE source_ref IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_repair_one_open_key" ON "credit_repair" USING btree ("record_id") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "credit_repair_association_idx" ON "credit_repair" USING btree ("association_id","status","due_on");--> statement-breakpoint
CREATE INDEX "credit_repair_enterprise_idx" ON "credit_repair" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_result_run_enterprise_key" ON "credit_result" USING btree ("run_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "credit_result_enterprise_idx" ON "credit_result" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "credit_run_association_idx" ON "credit_run" USING btree ("association_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_warning_cause_key" ON "credit_warning" USING btree ("association_id","enterprise_id","cause_key");--> statement-breakpoint
CREATE INDEX "credit_warning_status_idx" ON "credit_warning" USING btree ("status","published_at");