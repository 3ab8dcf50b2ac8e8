CREATE TABLE "provider_key" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"key_prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_by" uuid,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "quality_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"key_id" uuid,
	"kind" text NOT NULL,
	"document_no" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"product_name" text NOT NULL,
	"standard" text DEFAULT '' NOT NULL,
	"result" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_alert" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"series_kind" text NOT NULL,
	"series_key" text NOT NULL,
	"series_label" text NOT NULL,
	"period" text NOT NULL,
	"rule" text NOT NULL,
	"level" text NOT NULL,
	"data" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "risk_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"regulator_id" uuid NOT NULL,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"summary" text NOT NULL,
	"recommendations" text DEFAULT '' NOT NULL,
	"data" jsonb NOT NULL,
	"status" text NOT NULL,
	"feedback" text,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sampling_plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"association_id" uuid,
	"seed" text NOT NULL,
	"sample_size" integer NOT NULL,
	"weights" jsonb NOT NULL,
	"population_count" integer NOT NULL,
	"picks" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_check_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"header_row" integer NOT NULL,
	"headers" jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"row_count" integer NOT NULL,
	"status" text NOT NULL,
	"notice_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "spot_check_layout" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"signature" text NOT NULL,
	"headers" jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "spot_check_notice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"notice_no" text NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"published_on" date NOT NULL,
	"product_category" text NOT NULL,
	"standards" text DEFAULT '' NOT NULL,
	"batches_sampled" integer NOT NULL,
	"batches_inspected" integer NOT NULL,
	"batches_unqualified" integer NOT NULL,
	"refusals" integer DEFAULT 0 NOT NULL,
	"content_sha256" text NOT NULL,
	"import_id" uuid,
	"row_count" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_check_reinspection" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"result_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"inspection_body" text,
	"decision_note" text,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_check_result" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"enterprise_id" uuid,
	"match" text NOT NULL,
	"enterprise_name" text NOT NULL,
	"credit_code" text,
	"district" text,
	"product_name" text NOT NULL,
	"product_category" text NOT NULL,
	"trademark" text DEFAULT '' NOT NULL,
	"model_spec" text DEFAULT '' NOT NULL,
	"batch" text DEFAULT '' NOT NULL,
	"production_date" date,
	"check_category" text DEFAULT '' NOT NULL,
	"inspection_body" text DEFAULT '' NOT NULL,
	"result" text NOT NULL,
	"failing_items" text[] DEFAULT '{}'::text[] NOT NULL,
	"checked_on" date NOT NULL,
	"final_result" text NOT NULL,
	"reinspection" text,
	"matched_at" timestamp with time zone,
	"matched_by" uuid
);
--> statement-breakpoint
ALTER TABLE "provider_key" ADD CONSTRAINT "provider_key_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_document" ADD CONSTRAINT "quality_document_provider_id_organisation_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_document" ADD CONSTRAINT "quality_document_enterprise_id_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_alert" ADD CONSTRAINT "risk_alert_owner_id_organisation_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_report" ADD CONSTRAINT "risk_report_association_id_organisation_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_report" ADD CONSTRAINT "risk_report_regulator_id_organisation_id_fk" FOREIGN KEY ("regulator_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_plan" ADD CONSTRAINT "sampling_plan_owner_id_organisation_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_plan" ADD CONSTRAINT "sampling_plan_association_id_organisation_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_import" ADD CONSTRAINT "spot_check_import_owner_id_organisation_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_import" ADD CONSTRAINT "spot_check_import_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_layout" ADD CONSTRAINT "spot_check_layout_owner_id_organisation_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_layout" ADD CONSTRAINT "spot_check_layout_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_notice" ADD CONSTRAINT "spot_check_notice_owner_id_organisation_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_notice" ADD CONSTRAINT "spot_check_notice_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_reinspection" ADD CONSTRAINT "spot_check_reinspection_result_id_spot_check_result_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."spot_check_result"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_result" ADD CONSTRAINT "spot_check_result_notice_id_spot_check_notice_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."spot_check_notice"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_result" ADD CONSTRAINT "spot_check_result_enterprise_id_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "provider_key_hash_key" ON "provider_key" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "provider_key_organisation_idx" ON "provider_key" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quality_document_provider_no_key" ON "quality_document" USING btree ("provider_id","kind","document_no");--> statement-breakpoint
CREATE INDEX "quality_document_enterprise_idx" ON "quality_document" USING btree ("enterprise_id","issued_on");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_alert_signal_key" ON "risk_alert" USING btree ("owner_id","series_kind","series_key","period","rule");--> statement-breakpoint
CREATE INDEX "risk_alert_owner_idx" ON "risk_alert" USING btree ("owner_id","status","created_at");--> statement-breakpoint
CREATE INDEX "risk_report_association_idx" ON "risk_report" USING btree ("association_id","submitted_at");--> statement-breakpoint
CREATE INDEX "risk_report_regulator_idx" ON "risk_report" USING btree ("regulator_id","status");--> statement-breakpoint
CREATE INDEX "sampling_plan_owner_idx" ON "sampling_plan" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "spot_check_import_owner_idx" ON "spot_check_import" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "spot_check_layout_owner_signature_key" ON "spot_check_layout" USING btree ("owner_id","signature");--> statement-breakpoint
CREATE UNIQUE INDEX "spot_check_notice_owner_no_key" ON "spot_check_notice" USING btree ("owner_id","notice_no");--> statement-breakpoint
CREATE INDEX "spot_check_notice_published_idx" ON "spot_check_notice" USING btree ("published_on");--> statement-breakpoint
CREATE UNIQUE INDEX "spot_check_reinspection_result_key" ON "spot_check_reinspection" USING btree ("result_id");--> statement-breakpoint
CREATE INDEX "spot_check_reinspection_owner_idx" ON "spot_check_reinspection" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "spot_check_reinspection_enterprise_idx" ON "spot_check_reinspection" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "spot_check_result_notice_row_key" ON "spot_check_result" USING btree ("notice_id","row_number");--> statement-breakpoint
CREATE INDEX "spot_check_result_enterprise_idx" ON "spot_check_result" USING btree ("enterprise_id","checked_on");--> statement-breakpoint
CREATE INDEX "spot_check_result_unmatched_idx" ON "spot_check_result" USING btree ("owner_id","notice_id") WHERE enterprise_id IS NULL;--> statement-breakpoint
CREATE INDEX "spot_check_result_category_idx" ON "spot_check_result" USING btree ("product_category","checked_on");
--> statement-breakpoint
-- Grants and row-level security (issue #6). Notices, results, reinspections, alerts, reports and
-- documents are never deleted by the application; import drafts keep the file as sent.
GRANT SELECT, INSERT, UPDATE ON spot_check_layout, spot_check_import, spot_check_notice, spot_check_result, spot_check_reinspection, risk_alert, risk_report, provider_key TO gongzhi_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON sampling_plan, quality_document TO gongzhi_app;
--> statement-breakpoint
ALTER TABLE spot_check_layout ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY spot_check_layout_owner ON spot_check_layout FOR ALL TO gongzhi_app
  USING (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()))
  WITH CHECK (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE spot_check_import ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY spot_check_import_owner ON spot_check_import FOR ALL TO gongzhi_app
  USING (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()))
  WITH CHECK (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
-- Notices and their rows are published by the regulator: anyone reads them; only the owner writes.
-- The unmatched queue (rows without an enterprise) is the owner's working list.
ALTER TABLE spot_check_notice ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY spot_check_notice_read ON spot_check_notice FOR SELECT TO gongzhi_app USING (true);
--> statement-breakpoint
CREATE POLICY spot_check_notice_insert ON spot_check_notice FOR INSERT TO gongzhi_app WITH CHECK (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
CREATE POLICY spot_check_notice_update ON spot_check_notice FOR UPDATE TO gongzhi_app USING (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE spot_check_result ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY spot_check_result_read ON spot_check_result FOR SELECT TO gongzhi_app USING (true);
--> statement-breakpoint
CREATE POLICY spot_check_result_insert ON spot_check_result FOR INSERT TO gongzhi_app WITH CHECK (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
CREATE POLICY spot_check_result_update ON spot_check_result FOR UPDATE TO gongzhi_app USING (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE spot_check_reinspection ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY spot_check_reinspection_access ON spot_check_reinspection FOR ALL TO gongzhi_app USING (
  gongzhi_is_system()
  OR owner_id = ANY (gongzhi_org_ids())
  OR enterprise_id = ANY (gongzhi_org_ids())
  OR gongzhi_is_member_of_actor(enterprise_id)
) WITH CHECK (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()) OR enterprise_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
-- Alerts: the association they are about, and the regulator of its region.
ALTER TABLE risk_alert ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY risk_alert_access ON risk_alert FOR ALL TO gongzhi_app USING (
  gongzhi_is_system()
  OR owner_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(owner_id))
) WITH CHECK (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()) OR gongzhi_in_region(gongzhi_org_region(owner_id)));
--> statement-breakpoint
ALTER TABLE risk_report ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY risk_report_access ON risk_report FOR ALL TO gongzhi_app USING (
  gongzhi_is_system()
  OR association_id = ANY (gongzhi_org_ids())
  OR regulator_id = ANY (gongzhi_org_ids())
) WITH CHECK (gongzhi_is_system() OR association_id = ANY (gongzhi_org_ids()) OR regulator_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE sampling_plan ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY sampling_plan_owner ON sampling_plan FOR ALL TO gongzhi_app
  USING (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()))
  WITH CHECK (gongzhi_is_system() OR owner_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
-- Keys are managed by the regulator of the body's region; the API looks a key up as the system.
ALTER TABLE provider_key ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY provider_key_access ON provider_key FOR ALL TO gongzhi_app
  USING (gongzhi_is_system() OR gongzhi_in_region(gongzhi_org_region(organisation_id)))
  WITH CHECK (gongzhi_is_system() OR gongzhi_in_region(gongzhi_org_region(organisation_id)));
--> statement-breakpoint
ALTER TABLE quality_document ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY quality_document_read ON quality_document FOR SELECT TO gongzhi_app USING (
  gongzhi_is_system()
  OR provider_id = ANY (gongzhi_org_ids())
  OR enterprise_id = ANY (gongzhi_org_ids())
  OR gongzhi_is_member_of_actor(enterprise_id)
  OR gongzhi_in_region(gongzhi_org_region(provider_id))
);
--> statement-breakpoint
CREATE POLICY quality_document_insert ON quality_document FOR INSERT TO gongzhi_app WITH CHECK (gongzhi_is_system());
--> statement-breakpoint
-- The analyses read results by period: a covering index lets the grouped scans read only the index
-- (bench: analysis by category over five years, docs/bench.md).
CREATE INDEX spot_check_result_analysis_idx ON spot_check_result (checked_on) INCLUDE (product_category, final_result, enterprise_id);
