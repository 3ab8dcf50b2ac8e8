-- Row-level security and grants. The application runs every request as gongzhi_app
-- (SET LOCAL ROLE) with its scope in gongzhi.* settings; a bug in the service layer's
-- checks is caught here, and the audit trail is append-only for everyone.

-- Helpers that read other tables bypass RLS (SECURITY DEFINER) so policies do not recurse.
CREATE OR REPLACE FUNCTION gongzhi_org_region(org uuid) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT region_code FROM organisation WHERE id = org
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_org_published(org uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce((SELECT published FROM organisation WHERE id = org), false)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_is_member_of_actor(enterprise uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM membership m
    WHERE m.enterprise_id = enterprise AND m.association_id = ANY (gongzhi_org_ids())
  )
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_in_region(region_code text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT gongzhi_region() <> '' AND region_code LIKE gongzhi_region() || '%'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_user_id() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT nullif(current_setting('gongzhi.user_id', true), '')::uuid
$$;
--> statement-breakpoint
GRANT SELECT ON division, industry TO gongzhi_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON organisation, membership, app_user TO gongzhi_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON role_assignment, session TO gongzhi_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_event TO gongzhi_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON job_run TO gongzhi_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_event_id_seq, job_run_id_seq TO gongzhi_app;
--> statement-breakpoint
ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_read ON organisation FOR SELECT TO gongzhi_app USING (
  gongzhi_is_system()
  OR published
  OR id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(region_code)
  OR gongzhi_is_member_of_actor(id)
);
--> statement-breakpoint
CREATE POLICY organisation_insert ON organisation FOR INSERT TO gongzhi_app WITH CHECK (
  gongzhi_is_system() OR gongzhi_in_region(region_code) OR cardinality(gongzhi_org_ids()) > 0
);
--> statement-breakpoint
CREATE POLICY organisation_update ON organisation FOR UPDATE TO gongzhi_app USING (
  gongzhi_is_system()
  OR id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(region_code)
  OR gongzhi_is_member_of_actor(id)
);
--> statement-breakpoint
ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY membership_read ON membership FOR SELECT TO gongzhi_app USING (
  gongzhi_is_system()
  OR association_id = ANY (gongzhi_org_ids())
  OR enterprise_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(association_id))
  OR (gongzhi_org_published(association_id) AND gongzhi_org_published(enterprise_id))
);
--> statement-breakpoint
CREATE POLICY membership_write ON membership FOR INSERT TO gongzhi_app WITH CHECK (
  gongzhi_is_system()
  OR association_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(association_id))
);
--> statement-breakpoint
CREATE POLICY membership_update ON membership FOR UPDATE TO gongzhi_app USING (
  gongzhi_is_system()
  OR association_id = ANY (gongzhi_org_ids())
  OR gongzhi_in_region(gongzhi_org_region(association_id))
);
--> statement-breakpoint
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY app_user_access ON app_user FOR ALL TO gongzhi_app USING (
  gongzhi_is_system()
  OR id = gongzhi_user_id()
  OR home_organisation_id = ANY (gongzhi_org_ids())
  OR (gongzhi_region() <> '' AND (home_organisation_id IS NULL OR gongzhi_in_region(gongzhi_org_region(home_organisation_id))))
);
--> statement-breakpoint
ALTER TABLE role_assignment ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY role_assignment_access ON role_assignment FOR ALL TO gongzhi_app USING (
  gongzhi_is_system()
  OR user_id = gongzhi_user_id()
  OR organisation_id = ANY (gongzhi_org_ids())
  OR (gongzhi_region() <> '' AND (organisation_id IS NULL OR gongzhi_in_region(gongzhi_org_region(organisation_id))))
);
--> statement-breakpoint
ALTER TABLE session ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY session_system ON session FOR ALL TO gongzhi_app USING (gongzhi_is_system());
--> statement-breakpoint
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_event_read ON audit_event FOR SELECT TO gongzhi_app USING (
  gongzhi_is_system()
  OR organisation_id = ANY (gongzhi_org_ids())
  OR (gongzhi_region() <> '' AND (organisation_id IS NULL OR gongzhi_in_region(gongzhi_org_region(organisation_id))))
);
--> statement-breakpoint
CREATE POLICY audit_event_append ON audit_event FOR INSERT TO gongzhi_app WITH CHECK (true);
--> statement-breakpoint
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION gongzhi_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION gongzhi_refuse_change();
