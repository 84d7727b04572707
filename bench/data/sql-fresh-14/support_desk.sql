PRAGMA foreign_keys = ON;

CREATE TABLE teams (
    team_id INTEGER PRIMARY KEY,
    team_name TEXT NOT NULL,
    region TEXT NOT NULL,
    created_on TEXT NOT NULL
);

CREATE TABLE agents (
    agent_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL,
    team_id INTEGER NOT NULL REFERENCES teams(team_id),
    hire_date TEXT NOT NULL,
    seniority_level TEXT NOT NULL,
    is_active INTEGER NOT NULL
);

CREATE TABLE product_areas (
    area_code TEXT PRIMARY KEY,
    area_name TEXT NOT NULL,
    owner_team_id INTEGER NOT NULL REFERENCES teams(team_id)
);

CREATE TABLE customers (
    account_code TEXT PRIMARY KEY,
    company_name TEXT NOT NULL,
    industry TEXT NOT NULL,
    country TEXT NOT NULL,
    plan_tier TEXT NOT NULL,
    signup_date TEXT NOT NULL
);

CREATE TABLE sla_policies (
    sla_id INTEGER PRIMARY KEY,
    policy_name TEXT NOT NULL,
    plan_tier TEXT NOT NULL,
    priority TEXT NOT NULL,
    first_response_hours INTEGER NOT NULL,
    resolution_hours INTEGER NOT NULL
);

CREATE TABLE tickets (
    ticket_id INTEGER PRIMARY KEY,
    account_code TEXT NOT NULL REFERENCES customers(account_code),
    area_code TEXT NOT NULL REFERENCES product_areas(area_code),
    sla_id INTEGER NOT NULL REFERENCES sla_policies(sla_id),
    assigned_agent_id INTEGER REFERENCES agents(agent_id),
    subject TEXT NOT NULL,
    priority TEXT NOT NULL,
    status TEXT NOT NULL,
    channel TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    first_response_at TEXT,
    resolved_at TEXT,
    satisfaction_score INTEGER
);

CREATE TABLE ticket_comments (
    comment_id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(ticket_id),
    author_type TEXT NOT NULL,
    agent_id INTEGER REFERENCES agents(agent_id),
    created_at TEXT NOT NULL,
    is_internal INTEGER NOT NULL,
    body TEXT NOT NULL
);


INSERT INTO teams (team_id, team_name, region, created_on) VALUES (1, 'Billing Support EMEA', 'EMEA', '2021-02-07');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (2, 'Billing Support Americas', 'Americas', '2021-12-23');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (3, 'Platform Tier 1 EMEA', 'EMEA', '2019-06-25');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (4, 'Platform Tier 1 Americas', 'Americas', '2017-03-31');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (5, 'Platform Tier 1 APAC', 'APAC', '2021-01-12');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (6, 'Platform Tier 2', 'EMEA', '2017-11-24');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (7, 'API & Integrations', 'Americas', '2019-10-17');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (8, 'Identity & Access', 'EMEA', '2019-05-19');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (9, 'Mobile Support', 'APAC', '2021-07-02');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (10, 'Enterprise Success', 'Americas', '2020-03-12');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (11, 'Data & Reporting', 'EMEA', '2017-12-16');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (12, 'Onboarding Desk', 'Americas', '2021-06-18');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (13, 'Security Response', 'EMEA', '2018-07-25');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (14, 'Performance Engineering', 'APAC', '2019-09-25');
INSERT INTO teams (team_id, team_name, region, created_on) VALUES (15, 'Customer Care APAC', 'APAC', '2019-07-21');

INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (101, 'Maria Murphy', 'maria.murphy@brightdesk.io', 1, '2024-01-12', 'Junior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (102, 'James Clarke', 'james.clarke@brightdesk.io', 2, '2022-02-10', 'Junior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (103, 'Aisha Farouk', 'aisha.farouk@brightdesk.io', 3, '2019-03-10', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (104, 'Tom Petrova', 'tom.petrova@brightdesk.io', 4, '2019-10-09', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (105, 'Sofia Bianchi', 'sofia.bianchi@brightdesk.io', 5, '2020-10-18', 'Mid', 0);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (106, 'Lukas Hughes', 'lukas.hughes@brightdesk.io', 6, '2019-01-19', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (107, 'Priya Weber', 'priya.weber@brightdesk.io', 7, '2021-11-10', 'Mid', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (108, 'Daniel Roux', 'daniel.roux@brightdesk.io', 8, '2022-03-18', 'Junior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (109, 'Chen Moreau', 'chen.moreau@brightdesk.io', 9, '2018-02-10', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (110, 'Olivia Wang', 'olivia.wang@brightdesk.io', 10, '2019-09-04', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (111, 'Mateo Keller', 'mateo.keller@brightdesk.io', 11, '2017-09-16', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (112, 'Hannah Iyer', 'hannah.iyer@brightdesk.io', 12, '2022-10-31', 'Junior', 0);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (113, 'Kenji Dubois', 'kenji.dubois@brightdesk.io', 13, '2022-06-23', 'Junior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (114, 'Fatima Vargas', 'fatima.vargas@brightdesk.io', 14, '2022-12-14', 'Junior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (115, 'Noah Okafor', 'noah.okafor@brightdesk.io', 15, '2018-08-16', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (116, 'Elena Tanaka', 'elena.tanaka@brightdesk.io', 1, '2018-03-13', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (117, 'Samuel Brennan', 'samuel.brennan@brightdesk.io', 2, '2023-12-28', 'Junior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (118, 'Grace Sato', 'grace.sato@brightdesk.io', 3, '2023-10-06', 'Junior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (119, 'Ravi Schulz', 'ravi.schulz@brightdesk.io', 4, '2018-08-30', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (120, 'Lena Nasser', 'lena.nasser@brightdesk.io', 5, '2021-10-27', 'Mid', 0);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (121, 'Omar Menon', 'omar.menon@brightdesk.io', 6, '2019-06-24', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (122, 'Isabel Horvat', 'isabel.horvat@brightdesk.io', 7, '2023-05-07', 'Junior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (123, 'Victor Haddad', 'victor.haddad@brightdesk.io', 8, '2018-07-05', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (124, 'Nora Dahl', 'nora.dahl@brightdesk.io', 9, '2022-12-13', 'Junior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (125, 'Ethan Rahimi', 'ethan.rahimi@brightdesk.io', 10, '2023-05-05', 'Junior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (126, 'Yuki Mensah', 'yuki.mensah@brightdesk.io', 11, '2023-12-16', 'Junior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (127, 'Carlos Novak', 'carlos.novak@brightdesk.io', 12, '2018-06-27', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (128, 'Emma Nilsson', 'emma.nilsson@brightdesk.io', 13, '2021-07-04', 'Mid', 0);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (129, 'Ahmed Berg', 'ahmed.berg@brightdesk.io', 14, '2019-02-03', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (130, 'Julia Silva', 'julia.silva@brightdesk.io', 15, '2022-09-15', 'Junior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (131, 'Marco Rossi', 'marco.rossi@brightdesk.io', 11, '2019-01-27', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (132, 'Zoe Kowalski', 'zoe.kowalski@brightdesk.io', 5, '2017-06-13', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (133, 'Felix Larsen', 'felix.larsen@brightdesk.io', 4, '2017-12-30', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (134, 'Amara Ortega', 'amara.ortega@brightdesk.io', 13, '2022-01-02', 'Junior', 0);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (135, 'Jonas Fischer', 'jonas.fischer@brightdesk.io', 15, '2018-12-08', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (136, 'Leila Costa', 'leila.costa@brightdesk.io', 12, '2021-04-02', 'Mid', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (137, 'Pablo Sharma', 'pablo.sharma@brightdesk.io', 5, '2018-10-14', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (138, 'Ingrid Adeyemi', 'ingrid.adeyemi@brightdesk.io', 2, '2023-09-03', 'Junior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (139, 'Arjun Lindqvist', 'arjun.lindqvist@brightdesk.io', 15, '2019-11-19', 'Senior', 1);
INSERT INTO agents (agent_id, full_name, email, team_id, hire_date, seniority_level, is_active) VALUES (140, 'Clara Jensen', 'clara.jensen@brightdesk.io', 13, '2017-12-07', 'Senior', 1);

INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('BILL', 'Billing & Invoices', 1);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('SSO', 'Login & Single Sign-On', 8);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('API', 'Public API', 7);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('RPT', 'Reports & Analytics', 11);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('INTG', 'Third-party Integrations', 7);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('MOB', 'Mobile App', 9);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('DASH', 'Dashboards', 11);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('NOTIF', 'Email & Notifications', 3);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('EXPORT', 'Data Export', 11);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('ADMIN', 'Admin Console', 6);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('SEARCH', 'Search', 6);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('PERF', 'Performance & Uptime', 14);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('SEC', 'Security & Compliance', 13);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('ONB', 'Account Setup', 12);
INSERT INTO product_areas (area_code, area_name, owner_team_id) VALUES ('WEBHK', 'Webhooks', 7);

INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1001', 'Northwind Logistics', 'Logistics', 'United States', 'Enterprise', '2019-11-24');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1002', 'Helix Health Partners', 'Healthcare', 'United States', 'Pro', '2021-10-05');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1003', 'Bergmann Maschinenbau', 'Manufacturing', 'Germany', 'Basic', '2022-06-15');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1004', 'Lumen Retail Group', 'Retail', 'United Kingdom', 'Enterprise', '2023-03-08');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1005', 'Kestrel Finance', 'Financial Services', 'United Kingdom', 'Free', '2020-06-22');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1006', 'Aurora Clinics', 'Healthcare', 'Canada', 'Pro', '2020-01-14');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1007', 'Pinecrest Schools', 'Education', 'United States', 'Pro', '2023-01-06');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1008', 'Sakura Foods', 'Retail', 'Japan', 'Pro', '2023-08-26');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1009', 'Vantage Insurance', 'Financial Services', 'Germany', 'Basic', '2022-01-24');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1010', 'Bluefin Shipping', 'Logistics', 'Netherlands', 'Enterprise', '2023-05-29');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1011', 'Meridian Hospital Trust', 'Healthcare', 'United Kingdom', 'Enterprise', '2020-06-30');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1012', 'Orbit Media', 'Media', 'France', 'Pro', '2020-10-05');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1013', 'Cobalt Energy', 'Energy', 'Norway', 'Pro', '2020-01-04');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1014', 'Tandem Bikes', 'Retail', 'Netherlands', 'Enterprise', '2020-09-02');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1015', 'Quill Publishing', 'Media', 'United States', 'Pro', '2021-02-28');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1016', 'Atlas Freight', 'Logistics', 'Germany', 'Enterprise', '2019-08-18');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1017', 'Summit University', 'Education', 'Canada', 'Enterprise', '2023-09-21');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1018', 'Greenleaf Pharmacy', 'Healthcare', 'Australia', 'Pro', '2023-09-28');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1019', 'Ironclad Security', 'Technology', 'United States', 'Basic', '2021-02-13');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1020', 'Nimbus Analytics', 'Technology', 'India', 'Basic', '2019-12-11');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1021', 'Coral Bay Resorts', 'Hospitality', 'Australia', 'Basic', '2019-02-12');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1022', 'Fjord Fisheries', 'Manufacturing', 'Norway', 'Basic', '2020-08-31');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1023', 'Redwood Credit Union', 'Financial Services', 'United States', 'Pro', '2020-05-10');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1024', 'Maple Grocers', 'Retail', 'Canada', 'Pro', '2023-03-10');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1025', 'Sunrise Dental Group', 'Healthcare', 'India', 'Pro', '2021-03-17');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1026', 'Vertex Robotics', 'Manufacturing', 'Japan', 'Enterprise', '2023-04-13');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1027', 'Harbor City Council', 'Public Sector', 'United Kingdom', 'Free', '2022-04-25');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1028', 'Lyra Travel', 'Hospitality', 'France', 'Free', '2019-06-19');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1029', 'Opal Telecom', 'Technology', 'Australia', 'Basic', '2023-06-11');
INSERT INTO customers (account_code, company_name, industry, country, plan_tier, signup_date) VALUES ('ACC-1030', 'Granite Construction Co', 'Construction', 'United States', 'Basic', '2020-12-25');

INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (1, 'Free - Low', 'Free', 'Low', 72, 336);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (2, 'Free - Medium', 'Free', 'Medium', 48, 240);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (3, 'Free - High', 'Free', 'High', 24, 168);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (4, 'Free - Urgent', 'Free', 'Urgent', 12, 96);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (5, 'Basic - Low', 'Basic', 'Low', 48, 240);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (6, 'Basic - Medium', 'Basic', 'Medium', 24, 168);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (7, 'Basic - High', 'Basic', 'High', 12, 96);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (8, 'Basic - Urgent', 'Basic', 'Urgent', 8, 48);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (9, 'Pro - Low', 'Pro', 'Low', 24, 168);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (10, 'Pro - Medium', 'Pro', 'Medium', 12, 120);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (11, 'Pro - High', 'Pro', 'High', 8, 72);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (12, 'Pro - Urgent', 'Pro', 'Urgent', 4, 24);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (13, 'Enterprise - Low', 'Enterprise', 'Low', 12, 120);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (14, 'Enterprise - Medium', 'Enterprise', 'Medium', 8, 72);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (15, 'Enterprise - High', 'Enterprise', 'High', 4, 24);
INSERT INTO sla_policies (sla_id, policy_name, plan_tier, priority, first_response_hours, resolution_hours) VALUES (16, 'Enterprise - Urgent', 'Enterprise', 'Urgent', 1, 8);

INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5001, 'ACC-1028', 'BILL', 4, 104, 'Charged twice this month', 'Urgent', 'Pending', 'Web', '2023-03-16 17:23:14', '2023-03-17 09:06:14', NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5002, 'ACC-1026', 'BILL', 14, 113, 'Charged twice this month', 'Medium', 'Resolved', 'Email', '2023-03-19 13:13:14', '2023-03-20 05:40:14', '2023-03-20 17:43:14', 5);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5003, 'ACC-1023', 'API', 9, 122, 'Pagination skips records', 'Low', 'Closed', 'Phone', '2023-04-03 12:22:25', '2023-04-04 07:22:25', '2023-04-12 02:06:25', 4);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5004, 'ACC-1011', 'RPT', 15, 107, 'Report export times out', 'High', 'Closed', 'Email', '2023-04-04 11:30:22', '2023-04-05 01:15:22', '2023-04-13 18:00:22', NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5005, 'ACC-1021', 'MOB', 5, 139, 'Cannot log in on Android', 'Low', 'Resolved', 'Chat', '2023-04-11 13:14:32', '2023-04-13 05:20:32', '2023-04-14 03:06:32', 3);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5006, 'ACC-1018', 'DASH', 10, 107, 'Chart shows wrong time zone', 'Medium', 'Resolved', 'Web', '2023-05-01 16:57:15', '2023-05-02 04:38:15', '2023-05-04 06:59:15', NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5007, 'ACC-1012', 'ADMIN', 11, 124, 'Role permissions not applied', 'High', 'Resolved', 'Web', '2023-05-16 17:57:08', '2023-05-17 08:51:08', '2023-05-19 08:06:08', 4);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5008, 'ACC-1024', 'PERF', 10, 109, 'Intermittent 502 errors', 'Medium', 'Closed', 'Email', '2023-05-28 19:09:26', '2023-05-28 22:14:26', '2023-06-05 17:31:26', NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5009, 'ACC-1024', 'WEBHK', 11, 121, 'Webhook signature mismatch', 'High', 'Closed', 'Email', '2023-06-03 15:00:13', '2023-06-04 01:11:13', '2023-06-10 10:51:13', 1);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5010, 'ACC-1024', 'BILL', 11, 124, 'Invoice shows wrong VAT rate', 'High', 'Closed', 'Web', '2023-06-10 10:10:15', '2023-06-10 12:30:15', '2023-06-13 21:59:15', NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5011, 'ACC-1017', 'SSO', 13, 125, 'SAML login fails after certificate renewal', 'Low', 'Closed', 'Phone', '2023-06-20 18:20:53', '2023-06-20 20:45:53', '2023-06-29 09:10:53', 5);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5012, 'ACC-1012', 'RPT', 11, 128, 'Report export times out', 'High', 'Closed', 'Phone', '2023-06-28 09:55:46', '2023-06-28 20:17:46', '2023-07-02 12:05:46', 3);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5013, 'ACC-1008', 'INTG', 11, 135, 'Jira integration missing fields', 'High', 'Open', 'Web', '2023-06-29 16:25:26', '2023-06-29 16:47:26', NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5014, 'ACC-1030', 'MOB', 6, 109, 'Push notifications not arriving', 'Medium', 'Resolved', 'Web', '2023-07-20 19:04:06', '2023-07-21 08:00:06', '2023-07-27 15:50:06', 3);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5015, 'ACC-1004', 'NOTIF', 15, 103, 'Emails going to spam', 'High', 'Resolved', 'Email', '2023-07-25 16:39:23', '2023-07-26 01:00:23', '2023-08-03 05:09:23', NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5016, 'ACC-1024', 'PERF', 9, NULL, 'Pages loading slowly', 'Low', 'Open', 'Chat', '2023-07-27 17:12:43', NULL, NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5017, 'ACC-1030', 'ONB', 7, 115, 'Bulk user import failing', 'High', 'Resolved', 'Chat', '2023-08-04 11:51:34', '2023-08-04 21:12:34', '2023-08-13 02:46:34', 4);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5018, 'ACC-1013', 'WEBHK', 12, 136, 'Webhook signature mismatch', 'Urgent', 'Resolved', 'Phone', '2023-08-12 10:39:29', '2023-08-13 00:09:29', '2023-08-19 10:17:29', 4);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5019, 'ACC-1001', 'BILL', 14, 126, 'Charged twice this month', 'Medium', 'Resolved', 'Phone', '2023-08-22 18:07:47', '2023-08-23 02:36:47', '2023-08-30 08:40:47', 2);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5020, 'ACC-1030', 'API', 5, 119, 'Token expires too early', 'Low', 'Resolved', 'Phone', '2023-09-30 14:43:18', '2023-10-01 08:49:18', '2023-10-10 02:05:18', 5);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5021, 'ACC-1025', 'RPT', 11, 124, 'Monthly report totals do not match', 'High', 'Resolved', 'Phone', '2023-10-03 16:15:59', '2023-10-03 23:14:59', '2023-10-11 01:11:59', 4);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5022, 'ACC-1002', 'MOB', 10, 121, 'Cannot log in on Android', 'Medium', 'Closed', 'Web', '2023-10-16 07:46:13', '2023-10-16 13:51:13', '2023-10-19 02:48:13', 3);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5023, 'ACC-1018', 'DASH', 10, 114, 'Dashboard widgets blank', 'Medium', 'Pending', 'Email', '2023-11-09 15:30:34', '2023-11-10 04:06:34', NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5024, 'ACC-1017', 'ADMIN', 14, 129, 'Role permissions not applied', 'Medium', 'Closed', 'Phone', '2023-11-10 18:07:49', '2023-11-10 22:14:49', '2023-11-15 17:10:49', 5);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5025, 'ACC-1023', 'PERF', 9, 129, 'Intermittent 502 errors', 'Low', 'Resolved', 'Email', '2023-11-27 17:24:49', '2023-11-29 03:11:49', '2023-12-05 15:08:49', 2);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5026, 'ACC-1023', 'ONB', 11, 107, 'Help setting up workspace', 'High', 'Resolved', 'Chat', '2023-12-17 15:29:38', '2023-12-18 06:11:38', '2023-12-20 19:39:38', 5);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5027, 'ACC-1005', 'BILL', 3, 102, 'Cannot update credit card', 'High', 'Resolved', 'Email', '2023-12-18 14:05:51', '2023-12-19 01:56:51', '2023-12-21 23:56:51', NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5028, 'ACC-1014', 'SSO', 16, 137, 'SAML login fails after certificate renewal', 'Urgent', 'Resolved', 'Email', '2024-01-03 07:26:38', '2024-01-03 12:29:38', '2024-01-04 20:09:38', 4);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5029, 'ACC-1013', 'API', 11, 122, 'Token expires too early', 'High', 'Resolved', 'Chat', '2024-01-14 15:33:51', '2024-01-15 03:34:51', '2024-01-19 11:40:51', 3);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5030, 'ACC-1025', 'INTG', 9, 104, 'Slack notifications duplicated', 'Low', 'Pending', 'Chat', '2024-01-26 08:37:42', '2024-01-26 15:40:42', NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5031, 'ACC-1027', 'MOB', 3, 137, 'Cannot log in on Android', 'High', 'Closed', 'Phone', '2024-02-05 10:35:54', '2024-02-06 11:30:54', '2024-02-07 02:00:54', NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5032, 'ACC-1029', 'NOTIF', 7, 107, 'Emails going to spam', 'High', 'Closed', 'Web', '2024-02-11 14:12:53', '2024-02-12 05:59:53', '2024-02-14 04:35:53', 5);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5033, 'ACC-1016', 'ADMIN', 14, 113, 'Role permissions not applied', 'Medium', 'Closed', 'Phone', '2024-02-27 08:34:10', '2024-02-27 18:19:10', '2024-03-05 18:49:10', NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5034, 'ACC-1017', 'SEC', 15, 127, 'Request for SOC 2 report', 'High', 'Resolved', 'Chat', '2024-03-01 09:34:27', '2024-03-01 18:37:27', '2024-03-08 18:59:27', 4);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5035, 'ACC-1016', 'BILL', 15, 111, 'Need copy of last invoice', 'High', 'Resolved', 'Phone', '2024-03-10 11:47:13', '2024-03-10 18:50:13', '2024-03-18 20:25:13', 5);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5036, 'ACC-1010', 'BILL', 14, 103, 'Charged twice this month', 'Medium', 'Resolved', 'Chat', '2024-03-21 14:05:07', '2024-03-22 06:45:07', '2024-03-23 09:08:07', 4);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5037, 'ACC-1030', 'API', 6, 110, 'Pagination skips records', 'Medium', 'Pending', 'Phone', '2024-05-01 16:51:12', '2024-05-02 22:15:12', NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5038, 'ACC-1024', 'RPT', 12, 111, 'Report export times out', 'Urgent', 'Resolved', 'Web', '2024-05-17 08:48:30', '2024-05-17 17:37:30', '2024-05-20 19:36:30', 5);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5039, 'ACC-1003', 'INTG', 8, 110, 'Salesforce sync stopped', 'Urgent', 'Resolved', 'Chat', '2024-05-29 17:52:08', '2024-05-30 02:34:08', '2024-05-30 20:23:08', NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5040, 'ACC-1027', 'MOB', 2, 125, 'Cannot log in on Android', 'Medium', 'Closed', 'Phone', '2024-05-30 11:30:09', '2024-06-01 17:26:09', '2024-06-03 11:17:09', 1);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5041, 'ACC-1016', 'ADMIN', 15, 132, 'Role permissions not applied', 'High', 'Resolved', 'Web', '2024-06-04 07:21:19', '2024-06-04 14:33:19', '2024-06-05 20:58:19', NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5042, 'ACC-1001', 'SEARCH', 14, 139, 'Search results missing recent items', 'Medium', 'Closed', 'Phone', '2024-06-29 14:21:42', '2024-06-29 21:55:42', '2024-06-30 12:21:42', 3);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5043, 'ACC-1020', 'ONB', 8, 122, 'Help setting up workspace', 'Urgent', 'Closed', 'Email', '2024-07-03 08:44:17', '2024-07-03 22:30:17', '2024-07-10 19:33:17', NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5044, 'ACC-1017', 'BILL', 14, 110, 'Cannot update credit card', 'Medium', 'Pending', 'Email', '2024-07-07 18:45:23', '2024-07-08 04:38:23', NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5045, 'ACC-1021', 'SSO', 5, 137, 'Users locked out after password reset', 'Low', 'Closed', 'Email', '2024-07-16 14:39:32', '2024-07-18 08:53:32', '2024-07-20 14:19:32', NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5046, 'ACC-1002', 'API', 9, 110, 'API returns 429 too often', 'Low', 'Resolved', 'Email', '2024-08-13 15:05:27', '2024-08-13 19:16:27', '2024-08-18 09:52:27', 5);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5047, 'ACC-1012', 'RPT', 11, 108, 'Scheduled report not delivered', 'High', 'Pending', 'Chat', '2024-08-27 18:59:05', '2024-08-28 08:11:05', NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5048, 'ACC-1004', 'MOB', 15, 102, 'Cannot log in on Android', 'High', 'Pending', 'Chat', '2024-09-02 15:33:37', '2024-09-02 18:39:37', NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5049, 'ACC-1003', 'NOTIF', 8, 116, 'Emails going to spam', 'Urgent', 'Closed', 'Email', '2024-09-09 14:36:49', '2024-09-09 19:53:49', '2024-09-10 04:24:49', 4);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5050, 'ACC-1019', 'SEARCH', 7, 104, 'Search results missing recent items', 'High', 'Resolved', 'Web', '2024-10-30 11:32:56', '2024-10-31 02:45:56', '2024-11-02 09:17:56', 5);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5051, 'ACC-1028', 'SEC', 4, 114, 'Request for SOC 2 report', 'Urgent', 'Closed', 'Web', '2024-11-05 19:58:45', '2024-11-06 02:22:45', '2024-11-14 04:09:45', 3);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5052, 'ACC-1011', 'ONB', 13, 101, 'Bulk user import failing', 'Low', 'Resolved', 'Chat', '2024-11-06 16:14:24', '2024-11-07 04:58:24', '2024-11-13 09:13:24', 5);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5053, 'ACC-1009', 'BILL', 7, 138, 'Need copy of last invoice', 'High', 'Closed', 'Web', '2024-11-08 14:50:42', '2024-11-08 22:57:42', '2024-11-12 03:41:42', 5);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5054, 'ACC-1029', 'SSO', 6, 132, 'SAML login fails after certificate renewal', 'Medium', 'Pending', 'Web', '2024-12-07 18:38:29', '2024-12-08 12:24:29', NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5055, 'ACC-1007', 'RPT', 12, 127, 'Scheduled report not delivered', 'Urgent', 'Closed', 'Web', '2024-12-18 11:40:44', '2024-12-18 12:24:44', '2024-12-22 19:16:44', 4);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5056, 'ACC-1022', 'INTG', 6, NULL, 'Slack notifications duplicated', 'Medium', 'Open', 'Chat', '2024-12-21 12:21:04', NULL, NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5057, 'ACC-1020', 'MOB', 7, NULL, 'App crashes on startup', 'High', 'Open', 'Web', '2025-01-01 09:13:49', NULL, NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5058, 'ACC-1002', 'EXPORT', 10, NULL, 'Export stuck in queue', 'Medium', 'Open', 'Chat', '2025-01-02 19:34:45', NULL, NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5059, 'ACC-1024', 'SEARCH', 10, 111, 'Search results missing recent items', 'Medium', 'Open', 'Email', '2025-01-12 18:06:01', '2025-01-13 12:33:01', NULL, NULL);
INSERT INTO tickets (ticket_id, account_code, area_code, sla_id, assigned_agent_id, subject, priority, status, channel, opened_at, first_response_at, resolved_at, satisfaction_score) VALUES (5060, 'ACC-1008', 'ONB', 11, 117, 'Bulk user import failing', 'High', 'Pending', 'Web', '2025-01-24 11:28:03', '2025-01-24 19:27:03', NULL, NULL);

INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90001, 5001, 'agent', 116, '2023-03-18 11:15:14', 1, 'Customer is on a renewal call next week, handle with care.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90002, 5002, 'customer', NULL, '2023-03-21 01:14:14', 0, 'Thanks, that worked.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90003, 5003, 'agent', 122, '2023-04-04 14:08:25', 1, 'Likely duplicate of an older ticket.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90004, 5004, 'customer', NULL, '2023-04-05 22:46:22', 0, 'Thanks, that worked.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90005, 5005, 'agent', 139, '2023-04-14 09:45:32', 0, 'A fix has been deployed, please confirm.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90006, 5006, 'customer', NULL, '2023-05-02 22:44:15', 0, 'Screenshot attached.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90007, 5007, 'agent', 124, '2023-05-17 14:06:08', 0, 'Could you send a screenshot of the error?');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90008, 5008, 'customer', NULL, '2023-05-29 06:21:26', 0, 'Any update on this?');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90009, 5009, 'agent', 121, '2023-06-05 08:42:13', 0, 'Could you send a screenshot of the error?');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90010, 5010, 'agent', 124, '2023-06-11 16:39:15', 0, 'A fix has been deployed, please confirm.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90011, 5011, 'customer', NULL, '2023-06-22 11:10:53', 0, 'Still seeing the problem.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90012, 5012, 'customer', NULL, '2023-06-30 10:39:46', 0, 'Thanks, that worked.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90013, 5013, 'agent', 135, '2023-07-01 02:32:26', 0, 'A fix has been deployed, please confirm.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90014, 5014, 'agent', 109, '2023-07-22 02:14:06', 0, 'Waiting on the vendor''s reply.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90015, 5015, 'agent', 103, '2023-07-26 01:44:23', 1, 'Linked to known issue ENG-4411.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90016, 5017, 'agent', 115, '2023-08-05 08:04:34', 0, 'Reproduced on staging.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90017, 5018, 'agent', 136, '2023-08-13 18:53:29', 0, 'Reproduced on staging.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90018, 5019, 'customer', NULL, '2023-08-24 12:22:47', 0, 'Screenshot attached.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90019, 5020, 'agent', 119, '2023-10-01 12:08:18', 0, 'A fix has been deployed, please confirm.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90020, 5021, 'customer', NULL, '2023-10-04 03:26:59', 0, 'Any update on this?');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90021, 5022, 'agent', 121, '2023-10-17 05:31:13', 0, 'Looking into this now.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90022, 5024, 'agent', 129, '2023-11-11 07:34:49', 0, 'A fix has been deployed, please confirm.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90023, 5023, 'customer', NULL, '2023-11-11 22:57:34', 0, 'Screenshot attached.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90024, 5025, 'agent', 129, '2023-11-30 19:55:49', 0, 'Waiting on the vendor''s reply.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90025, 5026, 'customer', NULL, '2023-12-18 16:11:38', 0, 'Still seeing the problem.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90026, 5027, 'agent', 102, '2023-12-21 00:46:51', 0, 'A fix has been deployed, please confirm.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90027, 5028, 'customer', NULL, '2024-01-04 20:16:38', 0, 'Thanks, that worked.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90028, 5029, 'agent', 122, '2024-01-16 04:38:51', 0, 'Could you send a screenshot of the error?');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90029, 5030, 'agent', 104, '2024-01-28 01:09:42', 0, 'Looking into this now.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90030, 5031, 'agent', 137, '2024-02-08 03:28:54', 1, 'Check with billing before refunding.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90031, 5032, 'agent', 107, '2024-02-12 15:46:53', 0, 'Reproduced on staging.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90032, 5033, 'agent', 113, '2024-02-29 16:17:10', 0, 'Reproduced on staging.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90033, 5034, 'customer', NULL, '2024-03-02 14:23:27', 0, 'Any update on this?');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90034, 5034, 'customer', NULL, '2024-03-03 11:17:27', 0, 'Screenshot attached.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90035, 5035, 'agent', 111, '2024-03-12 17:10:13', 0, 'Escalated to engineering.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90036, 5036, 'agent', 103, '2024-03-22 14:05:07', 1, 'Likely duplicate of an older ticket.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90037, 5037, 'customer', NULL, '2024-05-04 17:25:12', 0, 'Thanks, that worked.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90038, 5038, 'agent', 106, '2024-05-18 17:02:30', 1, 'Check with billing before refunding.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90039, 5039, 'agent', 110, '2024-05-30 13:07:08', 0, 'Could you send a screenshot of the error?');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90040, 5040, 'agent', 125, '2024-06-03 01:18:09', 0, 'Reproduced on staging.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90041, 5041, 'agent', 132, '2024-06-05 06:13:19', 0, 'Reproduced on staging.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90042, 5042, 'agent', 139, '2024-07-01 03:00:42', 0, 'Waiting on the vendor''s reply.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90043, 5043, 'agent', 122, '2024-07-05 08:15:17', 0, 'Waiting on the vendor''s reply.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90044, 5044, 'agent', 140, '2024-07-09 04:02:23', 1, 'Check with billing before refunding.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90045, 5045, 'agent', 137, '2024-07-18 18:18:32', 1, 'Check with billing before refunding.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90046, 5046, 'agent', 110, '2024-08-14 14:29:27', 1, 'Customer is on a renewal call next week, handle with care.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90047, 5047, 'agent', 108, '2024-08-29 15:18:05', 0, 'Looking into this now.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90048, 5048, 'agent', 102, '2024-09-02 18:47:37', 0, 'Looking into this now.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90049, 5048, 'agent', 102, '2024-09-03 23:25:37', 1, 'Check with billing before refunding.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90050, 5049, 'customer', NULL, '2024-09-10 23:37:49', 0, 'Thanks, that worked.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90051, 5050, 'customer', NULL, '2024-10-31 03:48:56', 0, 'Any update on this?');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90052, 5050, 'customer', NULL, '2024-10-31 19:27:56', 0, 'Any update on this?');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90053, 5051, 'agent', 114, '2024-11-07 14:28:45', 0, 'Could you send a screenshot of the error?');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90054, 5051, 'agent', 114, '2024-11-08 00:29:45', 0, 'Could you send a screenshot of the error?');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90055, 5052, 'agent', 101, '2024-11-09 02:00:24', 0, 'Waiting on the vendor''s reply.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90056, 5053, 'customer', NULL, '2024-11-09 09:50:42', 0, 'Still seeing the problem.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90057, 5054, 'customer', NULL, '2024-12-08 17:57:29', 0, 'Any update on this?');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90058, 5055, 'customer', NULL, '2024-12-19 06:33:44', 0, 'Still seeing the problem.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90059, 5059, 'agent', 111, '2025-01-14 05:36:01', 0, 'Reproduced on staging.');
INSERT INTO ticket_comments (comment_id, ticket_id, author_type, agent_id, created_at, is_internal, body) VALUES (90060, 5060, 'customer', NULL, '2025-01-25 16:30:03', 0, 'Thanks, that worked.');
