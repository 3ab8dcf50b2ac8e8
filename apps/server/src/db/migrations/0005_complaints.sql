CREATE TABLE "calendar_day" (
	"day" date PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_year" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"loaded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "complaint" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_no" text NOT NULL,
	"kind" text NOT NULL,
	"association_id" uuid NOT NULL,
	"enterprise_id" uuid,
	"respondent_name" text NOT NULL,
	"respondent_address" text,
	"complainant_name" text NOT NULL,
	"complainant_phone" text NOT NULL,
	"complainant_address" text NOT NULL,
	"complainant_id_number" text,
	"category" text NOT NULL,
	"product_name" text,
	"facts" text NOT NULL,
	"request" text,
	"harm_known_on" date,
	"consent_share_contact" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"refusal_ground" text,
	"termination_ground" text,
	"resolution" text,
	"justified" boolean,
	"enterprise_response" text,
	"consumer_consent" boolean,
	"enterprise_consent" boolean,
	"time_limit_id" uuid NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"received_on" date NOT NULL,
	"accepted_on" date,
	"forwarded_on" date,
	"mediation_started_on" date,
	"paused_since" date,
	"paused_working_days" integer DEFAULT 0 NOT NULL,
	"closed_on" date,
	"acceptance_due" date,
	"response_due" date,
	"mediation_due" date,
	"late" boolean DEFAULT false NOT NULL,
	"due_on" date,
	"due_kind" text,
	"due_provisional" boolean DEFAULT false NOT NULL,
	"reminded_for" text,
	"escalated_for" text,
	"regulator_id" uuid,
	"rating" smallint,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"fingerprint" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_side" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"data" jsonb,
	"public" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_referral" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"association_id" uuid NOT NULL,
	"regulator_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"evidence" text,
	"status" text DEFAULT 'sent' NOT NULL,
	"feedback" text,
	"feedback_at" timestamp with time zone,
	"feedback_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_time_limit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"rule_name" text NOT NULL,
	"acceptance_days" integer NOT NULL,
	"enterprise_response_days" integer NOT NULL,
	"mediation_days" integer NOT NULL,
	"termination_notice_days" integer NOT NULL,
	"due_soon_days" integer NOT NULL,
	"limitation_years" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "complaint_time_limit_version_unique" UNIQUE("version")
);
--> statement-breakpoint
CREATE TABLE "consumer_warning" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"product_category" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_rate_limit" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "calendar_day" ADD CONSTRAINT "calendar_day_year_calendar_year_year_fk" FOREIGN KEY ("year") REFERENCES "public"."calendar_year"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_association_id_organisation_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_enterprise_id_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_time_limit_id_complaint_time_limit_id_fk" FOREIGN KEY ("time_limit_id") REFERENCES "public"."complaint_time_limit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_regulator_id_organisation_id_fk" FOREIGN KEY ("regulator_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_attachment" ADD CONSTRAINT "complaint_attachment_complaint_id_complaint_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaint"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_event" ADD CONSTRAINT "complaint_event_complaint_id_complaint_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaint"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_referral" ADD CONSTRAINT "complaint_referral_complaint_id_complaint_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaint"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_referral" ADD CONSTRAINT "complaint_referral_association_id_organisation_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_referral" ADD CONSTRAINT "complaint_referral_regulator_id_organisation_id_fk" FOREIGN KEY ("regulator_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumer_warning" ADD CONSTRAINT "consumer_warning_association_id_organisation_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_day_year_idx" ON "calendar_day" USING btree ("year");--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_tracking_no_key" ON "complaint" USING btree ("tracking_no");--> statement-breakpoint
CREATE INDEX "complaint_open_queue_idx" ON "complaint" USING btree ("association_id","due_on","id") WHERE "complaint"."closed_on" is null;--> statement-breakpoint
CREATE INDEX "complaint_open_due_idx" ON "complaint" USING btree ("due_on","id") WHERE "complaint"."closed_on" is null;--> statement-breakpoint
CREATE INDEX "complaint_status_queue_idx" ON "complaint" USING btree ("association_id","status","due_on","id");--> statement-breakpoint
CREATE INDEX "complaint_association_received_idx" ON "complaint" USING btree ("association_id","received_on","id");--> statement-breakpoint
CREATE INDEX "complaint_enterprise_idx" ON "complaint" USING btree ("enterprise_id","due_on","id");--> statement-breakpoint
CREATE INDEX "complaint_regulator_idx" ON "complaint" USING btree ("regulator_id") WHERE "complaint"."regulator_id" is not null;--> statement-breakpoint
CREATE INDEX "complaint_fingerprint_idx" ON "complaint" USING btree ("fingerprint","received_at");--> statement-breakpoint
CREATE INDEX "complaint_attachment_complaint_idx" ON "complaint_attachment" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaint_event_complaint_idx" ON "complaint_event" USING btree ("complaint_id","id");--> statement-breakpoint
CREATE INDEX "complaint_referral_regulator_idx" ON "complaint_referral" USING btree ("regulator_id","created_at");--> statement-breakpoint
CREATE INDEX "complaint_referral_complaint_idx" ON "complaint_referral" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "consumer_warning_association_idx" ON "consumer_warning" USING btree ("association_id","created_at");--> statement-breakpoint
CREATE INDEX "consumer_warning_published_idx" ON "consumer_warning" USING btree ("published_at") WHERE "consumer_warning"."status" = 'published';--> statement-breakpoint
CREATE INDEX "intake_rate_limit_expires_idx" ON "intake_rate_limit" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "notification_user_idx" ON "notification" USING btree ("user_id","created_at");