CREATE TABLE "budget_line" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fund_source_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"purpose" text NOT NULL,
	"name" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"spent" numeric(14, 2) DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competence_evaluation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"evaluator" text NOT NULL,
	"expert_user_id" uuid,
	"expert_name" text,
	"rating" integer NOT NULL,
	"findings" text DEFAULT '' NOT NULL,
	"recommendations" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"audience" text NOT NULL,
	"opens_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"report_summary" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"clause_key" text,
	"body" text NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_organisation_id" uuid,
	"answer" text,
	"answer_reason" text DEFAULT '' NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "environment_factor" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"observed_on" date NOT NULL,
	"impact_direction" text NOT NULL,
	"impact_level" text NOT NULL,
	"impact_note" text DEFAULT '' NOT NULL,
	"review_on" date,
	"linked_plan_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"linked_goal_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expenditure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"budget_line_id" uuid NOT NULL,
	"fund_source_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"spent_on" date NOT NULL,
	"payee" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"voucher_number" text DEFAULT '' NOT NULL,
	"task_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_source" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"grantor" text DEFAULT '' NOT NULL,
	"purposes" text[] DEFAULT '{}'::text[] NOT NULL,
	"purpose_note" text DEFAULT '' NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"received_on" date NOT NULL,
	"year" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "infrastructure_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"provider" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"url" text,
	"contact" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liaison_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"thread_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liaison_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_organisation_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liaison_receipt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reader_organisation_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liaison_thread" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"regulator_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	"message_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_notice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"file_name" text,
	"mime_type" text,
	"size" integer,
	"content" "bytea",
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recipient_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_notice_read" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"notice_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_goal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"parent_goal_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_kpi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"metric_key" text,
	"unit" text DEFAULT '' NOT NULL,
	"direction" text DEFAULT 'at_least' NOT NULL,
	"target" numeric(14, 4) NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"actual" numeric(14, 4),
	"actual_note" text DEFAULT '' NOT NULL,
	"actual_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"results" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"goal_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_user_id" uuid,
	"owner_post_id" uuid,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'todo' NOT NULL,
	"recurrence" text DEFAULT 'none' NOT NULL,
	"previous_task_id" uuid,
	"completed_at" timestamp with time zone,
	"completion_note" text DEFAULT '' NOT NULL,
	"due_soon_reminded_on" date,
	"overdue_reminded_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_task_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"url" text,
	"file_name" text,
	"mime_type" text,
	"size" integer,
	"content" "bytea",
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"policy_id" uuid NOT NULL,
	"effect" text DEFAULT '' NOT NULL,
	"suggestions" text DEFAULT '' NOT NULL,
	"demands" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_info" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"issuer" text NOT NULL,
	"document_number" text DEFAULT '' NOT NULL,
	"issued_on" date NOT NULL,
	"effective_on" date,
	"deadline" date,
	"url" text,
	"summary" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"visibility" text NOT NULL,
	"published_version_id" uuid,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_document_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"preamble" text DEFAULT '' NOT NULL,
	"clauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"consultation_id" uuid,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_pool_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"pool" text NOT NULL,
	"name" text NOT NULL,
	"affiliation" text DEFAULT '' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"specialties" text[] DEFAULT '{}'::text[] NOT NULL,
	"phone" text,
	"email" text,
	"user_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"document_number" text DEFAULT '' NOT NULL,
	"issued_on" date NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"addressee_id" uuid,
	"file_name" text,
	"mime_type" text,
	"size" integer,
	"content" "bytea",
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_duty" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"assignee_user_id" uuid,
	"assignee_post_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"post_id" uuid,
	"appointment_document_id" uuid,
	"since" date NOT NULL,
	"until" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_post" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"holder_user_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"parent_plan_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "improvement_action" ADD COLUMN "plan_review_id" uuid;--> statement-breakpoint
ALTER TABLE "improvement_action" ADD COLUMN "plan_kpi_id" uuid;--> statement-breakpoint
ALTER TABLE "improvement_action" ADD COLUMN "title" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_fund_source_id_fund_source_id_fk" FOREIGN KEY ("fund_source_id") REFERENCES "public"."fund_source"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_evaluation" ADD CONSTRAINT "competence_evaluation_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_evaluation" ADD CONSTRAINT "competence_evaluation_expert_user_id_app_user_id_fk" FOREIGN KEY ("expert_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_evaluation" ADD CONSTRAINT "competence_evaluation_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_document_id_rule_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."rule_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_version_id_rule_document_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."rule_document_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment" ADD CONSTRAINT "consultation_comment_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment" ADD CONSTRAINT "consultation_comment_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment" ADD CONSTRAINT "consultation_comment_author_user_id_app_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment" ADD CONSTRAINT "consultation_comment_author_organisation_id_organisation_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment" ADD CONSTRAINT "consultation_comment_answered_by_app_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "environment_factor" ADD CONSTRAINT "environment_factor_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "environment_factor" ADD CONSTRAINT "environment_factor_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "environment_factor" ADD CONSTRAINT "environment_factor_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditure" ADD CONSTRAINT "expenditure_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditure" ADD CONSTRAINT "expenditure_budget_line_id_budget_line_id_fk" FOREIGN KEY ("budget_line_id") REFERENCES "public"."budget_line"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditure" ADD CONSTRAINT "expenditure_fund_source_id_fund_source_id_fk" FOREIGN KEY ("fund_source_id") REFERENCES "public"."fund_source"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditure" ADD CONSTRAINT "expenditure_task_id_plan_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_task"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditure" ADD CONSTRAINT "expenditure_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_source" ADD CONSTRAINT "fund_source_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_source" ADD CONSTRAINT "fund_source_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_source" ADD CONSTRAINT "fund_source_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure_item" ADD CONSTRAINT "infrastructure_item_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure_item" ADD CONSTRAINT "infrastructure_item_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure_item" ADD CONSTRAINT "infrastructure_item_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_attachment" ADD CONSTRAINT "liaison_attachment_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_attachment" ADD CONSTRAINT "liaison_attachment_thread_id_liaison_thread_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."liaison_thread"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_attachment" ADD CONSTRAINT "liaison_attachment_message_id_liaison_message_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."liaison_message"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_message" ADD CONSTRAINT "liaison_message_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_message" ADD CONSTRAINT "liaison_message_thread_id_liaison_thread_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."liaison_thread"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_message" ADD CONSTRAINT "liaison_message_author_user_id_app_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_message" ADD CONSTRAINT "liaison_message_author_organisation_id_organisation_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_receipt" ADD CONSTRAINT "liaison_receipt_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_receipt" ADD CONSTRAINT "liaison_receipt_message_id_liaison_message_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."liaison_message"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_receipt" ADD CONSTRAINT "liaison_receipt_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_receipt" ADD CONSTRAINT "liaison_receipt_reader_organisation_id_organisation_id_fk" FOREIGN KEY ("reader_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_thread" ADD CONSTRAINT "liaison_thread_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_thread" ADD CONSTRAINT "liaison_thread_regulator_id_organisation_id_fk" FOREIGN KEY ("regulator_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_thread" ADD CONSTRAINT "liaison_thread_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_notice" ADD CONSTRAINT "member_notice_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_notice" ADD CONSTRAINT "member_notice_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_notice_read" ADD CONSTRAINT "member_notice_read_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_notice_read" ADD CONSTRAINT "member_notice_read_notice_id_member_notice_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."member_notice"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_notice_read" ADD CONSTRAINT "member_notice_read_enterprise_id_organisation_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_notice_read" ADD CONSTRAINT "member_notice_read_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal" ADD CONSTRAINT "plan_goal_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal" ADD CONSTRAINT "plan_goal_plan_id_work_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal" ADD CONSTRAINT "plan_goal_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal" ADD CONSTRAINT "plan_goal_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_kpi" ADD CONSTRAINT "plan_kpi_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_kpi" ADD CONSTRAINT "plan_kpi_plan_id_work_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_kpi" ADD CONSTRAINT "plan_kpi_goal_id_plan_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."plan_goal"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_kpi" ADD CONSTRAINT "plan_kpi_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_kpi" ADD CONSTRAINT "plan_kpi_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_review" ADD CONSTRAINT "plan_review_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_review" ADD CONSTRAINT "plan_review_plan_id_work_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_review" ADD CONSTRAINT "plan_review_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_review" ADD CONSTRAINT "plan_review_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_plan_id_work_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_goal_id_plan_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."plan_goal"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_owner_user_id_app_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_owner_post_id_team_post_id_fk" FOREIGN KEY ("owner_post_id") REFERENCES "public"."team_post"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_evidence" ADD CONSTRAINT "plan_task_evidence_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_evidence" ADD CONSTRAINT "plan_task_evidence_task_id_plan_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_task"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_evidence" ADD CONSTRAINT "plan_task_evidence_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_feedback" ADD CONSTRAINT "policy_feedback_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_feedback" ADD CONSTRAINT "policy_feedback_policy_id_policy_info_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policy_info"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_feedback" ADD CONSTRAINT "policy_feedback_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_feedback" ADD CONSTRAINT "policy_feedback_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_info" ADD CONSTRAINT "policy_info_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_info" ADD CONSTRAINT "policy_info_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_info" ADD CONSTRAINT "policy_info_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_document" ADD CONSTRAINT "rule_document_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_document" ADD CONSTRAINT "rule_document_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_document" ADD CONSTRAINT "rule_document_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_document_version" ADD CONSTRAINT "rule_document_version_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_document_version" ADD CONSTRAINT "rule_document_version_document_id_rule_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."rule_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_document_version" ADD CONSTRAINT "rule_document_version_published_by_app_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_document_version" ADD CONSTRAINT "rule_document_version_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_document_version" ADD CONSTRAINT "rule_document_version_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_entry" ADD CONSTRAINT "talent_pool_entry_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_entry" ADD CONSTRAINT "talent_pool_entry_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_entry" ADD CONSTRAINT "talent_pool_entry_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_entry" ADD CONSTRAINT "talent_pool_entry_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_document" ADD CONSTRAINT "team_document_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_document" ADD CONSTRAINT "team_document_addressee_id_organisation_id_fk" FOREIGN KEY ("addressee_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_document" ADD CONSTRAINT "team_document_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_duty" ADD CONSTRAINT "team_duty_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_duty" ADD CONSTRAINT "team_duty_assignee_user_id_app_user_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_duty" ADD CONSTRAINT "team_duty_assignee_post_id_team_post_id_fk" FOREIGN KEY ("assignee_post_id") REFERENCES "public"."team_post"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_duty" ADD CONSTRAINT "team_duty_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_duty" ADD CONSTRAINT "team_duty_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_post_id_team_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."team_post"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_appointment_document_id_team_document_id_fk" FOREIGN KEY ("appointment_document_id") REFERENCES "public"."team_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_post" ADD CONSTRAINT "team_post_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_post" ADD CONSTRAINT "team_post_holder_user_id_app_user_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_post" ADD CONSTRAINT "team_post_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_post" ADD CONSTRAINT "team_post_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan" ADD CONSTRAINT "work_plan_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan" ADD CONSTRAINT "work_plan_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan" ADD CONSTRAINT "work_plan_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_line_organisation_idx" ON "budget_line" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE INDEX "competence_evaluation_organisation_idx" ON "competence_evaluation" USING btree ("organisation_id","held_on");--> statement-breakpoint
CREATE INDEX "consultation_organisation_idx" ON "consultation" USING btree ("organisation_id","status","deadline");--> statement-breakpoint
CREATE INDEX "consultation_version_idx" ON "consultation" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "consultation_comment_consultation_idx" ON "consultation_comment" USING btree ("consultation_id","created_at");--> statement-breakpoint
CREATE INDEX "environment_factor_organisation_idx" ON "environment_factor" USING btree ("organisation_id","kind","category");--> statement-breakpoint
CREATE INDEX "expenditure_line_idx" ON "expenditure" USING btree ("budget_line_id","spent_on");--> statement-breakpoint
CREATE INDEX "expenditure_organisation_idx" ON "expenditure" USING btree ("organisation_id","spent_on");--> statement-breakpoint
CREATE INDEX "fund_source_organisation_idx" ON "fund_source" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE INDEX "infrastructure_item_organisation_idx" ON "infrastructure_item" USING btree ("organisation_id","scope");--> statement-breakpoint
CREATE INDEX "liaison_attachment_message_idx" ON "liaison_attachment" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "liaison_message_thread_idx" ON "liaison_message" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "liaison_receipt_key" ON "liaison_receipt" USING btree ("message_id","user_id");--> statement-breakpoint
CREATE INDEX "liaison_thread_organisation_idx" ON "liaison_thread" USING btree ("organisation_id","last_message_at");--> statement-breakpoint
CREATE INDEX "liaison_thread_regulator_idx" ON "liaison_thread" USING btree ("regulator_id","last_message_at");--> statement-breakpoint
CREATE INDEX "member_notice_organisation_idx" ON "member_notice" USING btree ("organisation_id","published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "member_notice_read_key" ON "member_notice_read" USING btree ("notice_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "member_notice_read_enterprise_idx" ON "member_notice_read" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "plan_goal_plan_idx" ON "plan_goal" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_kpi_plan_idx" ON "plan_kpi" USING btree ("plan_id","goal_id");--> statement-breakpoint
CREATE INDEX "plan_review_plan_idx" ON "plan_review" USING btree ("plan_id","held_on");--> statement-breakpoint
CREATE INDEX "plan_task_plan_idx" ON "plan_task" USING btree ("plan_id","due_date");--> statement-breakpoint
CREATE INDEX "plan_task_open_due_idx" ON "plan_task" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "plan_task_owner_idx" ON "plan_task" USING btree ("owner_user_id","status");--> statement-breakpoint
CREATE INDEX "plan_task_evidence_task_idx" ON "plan_task_evidence" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "policy_feedback_policy_idx" ON "policy_feedback" USING btree ("policy_id");--> statement-breakpoint
CREATE INDEX "policy_info_organisation_idx" ON "policy_info" USING btree ("organisation_id","kind","issued_on");--> statement-breakpoint
CREATE INDEX "rule_document_organisation_idx" ON "rule_document" USING btree ("organisation_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "rule_document_version_number_key" ON "rule_document_version" USING btree ("document_id","number");--> statement-breakpoint
CREATE INDEX "talent_pool_entry_organisation_idx" ON "talent_pool_entry" USING btree ("organisation_id","pool");--> statement-breakpoint
CREATE INDEX "team_document_organisation_idx" ON "team_document" USING btree ("organisation_id","kind","issued_on");--> statement-breakpoint
CREATE INDEX "team_document_addressee_idx" ON "team_document" USING btree ("addressee_id");--> statement-breakpoint
CREATE INDEX "team_duty_organisation_idx" ON "team_duty" USING btree ("organisation_id","active");--> statement-breakpoint
CREATE INDEX "team_member_organisation_idx" ON "team_member" USING btree ("organisation_id","active");--> statement-breakpoint
CREATE UNIQUE INDEX "team_member_one_lead_key" ON "team_member" USING btree ("organisation_id") WHERE "team_member"."active" AND "team_member"."role" = 'lead';--> statement-breakpoint
CREATE UNIQUE INDEX "team_member_one_liaison_key" ON "team_member" USING btree ("organisation_id") WHERE "team_member"."active" AND "team_member"."role" = 'liaison';--> statement-breakpoint
CREATE UNIQUE INDEX "team_post_name_key" ON "team_post" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE INDEX "work_plan_organisation_idx" ON "work_plan" USING btree ("organisation_id","kind","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_action_review_kpi_key" ON "improvement_action" USING btree ("plan_review_id","plan_kpi_id");--> statement-breakpoint
-- Security of the workspace tables (issue #7). Every row belongs to one organisation (for liaison and
-- notices: the association). That organisation's people and the regulators of its region read it;
-- only the organisation writes it, except the liaison channel, where the regulator writes too.
-- Members of an association read its member-visible published documents, its notices and the
-- consultations opened to them; anyone reads public published documents and public consultations.
-- Nothing here is deleted: registers are archived or deactivated, expenditures corrected by new rows.
CREATE OR REPLACE FUNCTION gongzhi_org_visible(org uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT gongzhi_is_system() OR org = ANY (gongzhi_org_ids()) OR gongzhi_in_region(gongzhi_org_region(org))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_is_member(association uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM membership m
    WHERE m.association_id = association AND m.enterprise_id = ANY (gongzhi_org_ids()) AND m.status = 'active'
  )
$$;
--> statement-breakpoint
-- A guidance document addressed to every association of the regulator's region reaches the actor's association.
CREATE OR REPLACE FUNCTION gongzhi_region_covers_actor(regulator uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM organisation o, organisation r
    WHERE r.id = regulator AND o.id = ANY (gongzhi_org_ids())
      AND o.region_code LIKE regexp_replace(r.region_code, '(00)+$', '') || '%'
  )
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_consultation_reader(audience text, org uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT audience = 'public' OR (audience = 'members' AND gongzhi_is_member(org))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_consultation_readable(consultation_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM consultation c
    WHERE c.id = $1 AND (gongzhi_org_visible(c.organisation_id) OR gongzhi_consultation_reader(c.audience, c.organisation_id))
  )
$$;
--> statement-breakpoint
-- A published document reaches the public (public) or the association's members (members).
CREATE OR REPLACE FUNCTION gongzhi_document_published_to_actor(document_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM rule_document d
    WHERE d.id = $1 AND d.published_version_id IS NOT NULL
      AND (d.visibility = 'public' OR (d.visibility = 'members' AND gongzhi_is_member(d.organisation_id)))
  )
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_document_consulted_with_actor(document_id uuid, version_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM consultation c
    WHERE c.document_id = $1 AND ($2 IS NULL OR c.version_id = $2)
      AND gongzhi_consultation_reader(c.audience, c.organisation_id)
  )
$$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON environment_factor, work_plan, plan_goal, plan_kpi, plan_task, plan_review,
  team_post, team_member, team_duty, rule_document, rule_document_version, consultation, consultation_comment,
  liaison_thread, fund_source, budget_line, infrastructure_item, talent_pool_entry, policy_info, policy_feedback
  TO gongzhi_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON plan_task_evidence, competence_evaluation, team_document, liaison_message,
  liaison_attachment, liaison_receipt, member_notice, member_notice_read, expenditure TO gongzhi_app;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['environment_factor', 'work_plan', 'plan_goal', 'plan_kpi', 'plan_task',
    'plan_task_evidence', 'plan_review', 'competence_evaluation', 'team_post', 'team_member', 'team_duty',
    'fund_source', 'budget_line', 'expenditure', 'infrastructure_item', 'talent_pool_entry', 'policy_info',
    'policy_feedback']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I FOR ALL TO gongzhi_app USING (gongzhi_org_visible(organisation_id)) '
      'WITH CHECK (gongzhi_is_system() OR organisation_id = ANY (gongzhi_org_ids()))',
      t || '_access', t);
  END LOOP;
END $$;
--> statement-breakpoint
ALTER TABLE team_document ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY team_document_access ON team_document FOR ALL TO gongzhi_app USING (
  gongzhi_org_visible(organisation_id)
  OR addressee_id = ANY (gongzhi_org_ids())
  OR (kind = 'guidance' AND addressee_id IS NULL AND gongzhi_region_covers_actor(organisation_id))
) WITH CHECK (gongzhi_is_system() OR organisation_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE rule_document ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY rule_document_access ON rule_document FOR ALL TO gongzhi_app USING (
  gongzhi_org_visible(organisation_id)
  OR (published_version_id IS NOT NULL
      AND (visibility = 'public' OR (visibility = 'members' AND gongzhi_is_member(organisation_id))))
  OR gongzhi_document_consulted_with_actor(id, NULL)
) WITH CHECK (gongzhi_is_system() OR organisation_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE rule_document_version ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY rule_document_version_access ON rule_document_version FOR ALL TO gongzhi_app USING (
  gongzhi_org_visible(organisation_id)
  OR (status IN ('published', 'superseded') AND gongzhi_document_published_to_actor(document_id))
  OR gongzhi_document_consulted_with_actor(document_id, id)
) WITH CHECK (gongzhi_is_system() OR organisation_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE consultation ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY consultation_access ON consultation FOR ALL TO gongzhi_app USING (
  gongzhi_org_visible(organisation_id) OR gongzhi_consultation_reader(audience, organisation_id)
) WITH CHECK (gongzhi_is_system() OR organisation_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE consultation_comment ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY consultation_comment_access ON consultation_comment FOR ALL TO gongzhi_app USING (
  gongzhi_org_visible(organisation_id)
  OR author_user_id = gongzhi_user_id()
  OR gongzhi_consultation_readable(consultation_id)
) WITH CHECK (
  gongzhi_is_system()
  OR organisation_id = ANY (gongzhi_org_ids())
  OR (author_user_id = gongzhi_user_id() AND gongzhi_consultation_readable(consultation_id))
);
--> statement-breakpoint
-- The liaison channel: the association and the regulators of its region read and write.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['liaison_thread', 'liaison_message', 'liaison_attachment', 'liaison_receipt']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I FOR ALL TO gongzhi_app USING (gongzhi_org_visible(organisation_id)) '
      'WITH CHECK (gongzhi_org_visible(organisation_id))',
      t || '_access', t);
  END LOOP;
END $$;
--> statement-breakpoint
ALTER TABLE member_notice ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY member_notice_access ON member_notice FOR ALL TO gongzhi_app
  USING (gongzhi_org_visible(organisation_id) OR gongzhi_is_member(organisation_id))
  WITH CHECK (gongzhi_is_system() OR organisation_id = ANY (gongzhi_org_ids()));
--> statement-breakpoint
ALTER TABLE member_notice_read ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY member_notice_read_access ON member_notice_read FOR ALL TO gongzhi_app
  USING (gongzhi_org_visible(organisation_id) OR enterprise_id = ANY (gongzhi_org_ids()))
  WITH CHECK (
    gongzhi_is_system() OR (enterprise_id = ANY (gongzhi_org_ids()) AND gongzhi_is_member(organisation_id))
  );
