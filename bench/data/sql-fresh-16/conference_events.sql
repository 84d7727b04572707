PRAGMA foreign_keys = ON;
CREATE TABLE venues (
  venue_code TEXT PRIMARY KEY,
  venue_name TEXT NOT NULL,
  city TEXT NOT NULL,
  country TEXT NOT NULL,
  capacity INTEGER NOT NULL
);
CREATE TABLE conferences (
  conference_id INTEGER PRIMARY KEY,
  conference_name TEXT NOT NULL,
  venue_code TEXT NOT NULL REFERENCES venues(venue_code),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  standard_fee REAL NOT NULL,
  topic_area TEXT NOT NULL
);
CREATE TABLE speakers (
  speaker_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  organization TEXT,
  job_title TEXT,
  country TEXT,
  email TEXT
);
CREATE TABLE sessions (
  session_id INTEGER PRIMARY KEY,
  conference_id INTEGER NOT NULL REFERENCES conferences(conference_id),
  speaker_id INTEGER REFERENCES speakers(speaker_id),
  title TEXT NOT NULL,
  session_type TEXT NOT NULL,
  room TEXT,
  starts_at TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL
);
CREATE TABLE attendees (
  attendee_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL,
  company TEXT,
  country TEXT
);
CREATE TABLE registrations (
  registration_id INTEGER PRIMARY KEY,
  conference_id INTEGER NOT NULL REFERENCES conferences(conference_id),
  attendee_id INTEGER NOT NULL REFERENCES attendees(attendee_id),
  registered_at TEXT NOT NULL,
  ticket_type TEXT NOT NULL,
  amount_paid REAL NOT NULL,
  checked_in INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sponsors (
  sponsor_code TEXT PRIMARY KEY,
  company_name TEXT NOT NULL,
  industry TEXT NOT NULL,
  contact_email TEXT
);
CREATE TABLE sponsorships (
  sponsorship_id INTEGER PRIMARY KEY,
  conference_id INTEGER NOT NULL REFERENCES conferences(conference_id),
  sponsor_code TEXT NOT NULL REFERENCES sponsors(sponsor_code),
  tier TEXT NOT NULL,
  amount REAL NOT NULL,
  signed_date TEXT NOT NULL
);
INSERT INTO venues VALUES ('BER-EST', 'Estrel Congress Center', 'Berlin', 'Germany', 5000);
INSERT INTO venues VALUES ('LIS-FIL', 'FIL Lisbon', 'Lisbon', 'Portugal', 3500);
INSERT INTO venues VALUES ('AMS-RAI', 'RAI Amsterdam', 'Amsterdam', 'Netherlands', 6000);
INSERT INTO venues VALUES ('BCN-CCIB', 'CCIB Barcelona', 'Barcelona', 'Spain', 4000);
INSERT INTO venues VALUES ('AUS-ACC', 'Austin Convention Center', 'Austin', 'United States', 7000);
INSERT INTO venues VALUES ('SFO-MOS', 'Moscone West', 'San Francisco', 'United States', 5500);
INSERT INTO venues VALUES ('TOR-MTCC', 'Metro Toronto Convention Centre', 'Toronto', 'Canada', 4500);
INSERT INTO venues VALUES ('LON-EXL', 'ExCeL London', 'London', 'United Kingdom', 8000);
INSERT INTO venues VALUES ('DUB-CCD', 'Convention Centre Dublin', 'Dublin', 'Ireland', 2000);
INSERT INTO venues VALUES ('SIN-MBS', 'Marina Bay Sands Expo', 'Singapore', 'Singapore', 9000);
INSERT INTO venues VALUES ('MUC-ICM', 'ICM Munich', 'Munich', 'Germany', 3000);
INSERT INTO venues VALUES ('CPH-BC', 'Bella Center', 'Copenhagen', 'Denmark', 2500);
INSERT INTO venues VALUES ('CHI-MCC', 'McCormick Place', 'Chicago', 'United States', 10000);
INSERT INTO venues VALUES ('SYD-ICC', 'ICC Sydney', 'Sydney', 'Australia', 6500);
INSERT INTO venues VALUES ('VIE-AC', 'Austria Center Vienna', 'Vienna', 'Austria', 3200);
INSERT INTO conferences VALUES (1, 'DataOps Summit', 'VIE-AC', '2024-05-05', '2024-05-07', 1099.0, 'data engineering');
INSERT INTO conferences VALUES (2, 'CloudNative Days', 'VIE-AC', '2023-10-21', '2023-10-24', 899.0, 'cloud');
INSERT INTO conferences VALUES (3, 'Frontend Forward', 'AMS-RAI', '2023-04-25', '2023-04-26', 299.0, 'web development');
INSERT INTO conferences VALUES (4, 'SecureCon', 'LIS-FIL', '2024-06-13', '2024-06-15', 499.0, 'security');
INSERT INTO conferences VALUES (5, 'ML in Production', 'SFO-MOS', '2023-06-18', '2023-06-19', 399.0, 'machine learning');
INSERT INTO conferences VALUES (6, 'DevEx World', 'BCN-CCIB', '2024-01-26', '2024-01-27', 399.0, 'developer tools');
INSERT INTO conferences VALUES (7, 'PyData Europe', 'VIE-AC', '2024-06-22', '2024-06-24', 899.0, 'data engineering');
INSERT INTO conferences VALUES (8, 'Edge & IoT Expo', 'CPH-BC', '2023-12-20', '2023-12-20', 899.0, 'cloud');
INSERT INTO conferences VALUES (9, 'Product Leaders Forum', 'AUS-ACC', '2024-08-29', '2024-08-30', 749.0, 'product management');
INSERT INTO conferences VALUES (10, 'AI Ethics Symposium', 'SIN-MBS', '2023-03-07', '2023-03-08', 399.0, 'machine learning');
INSERT INTO conferences VALUES (11, 'Mobile First Conf', 'BER-EST', '2024-04-12', '2024-04-13', 899.0, 'web development');
INSERT INTO conferences VALUES (12, 'ZeroTrust Summit', 'AUS-ACC', '2024-02-21', '2024-02-21', 1099.0, 'security');
INSERT INTO conferences VALUES (13, 'Analytics Week', 'AMS-RAI', '2024-05-06', '2024-05-06', 749.0, 'data engineering');
INSERT INTO conferences VALUES (14, 'Platform Engineering Day', 'TOR-MTCC', '2024-09-20', '2024-09-20', 749.0, 'developer tools');
INSERT INTO conferences VALUES (15, 'UX Matters', 'CHI-MCC', '2023-08-25', '2023-08-26', 899.0, 'product management');
INSERT INTO conferences VALUES (16, 'Serverless Conf', 'BER-EST', '2023-09-26', '2023-09-27', 599.0, 'cloud');
INSERT INTO speakers VALUES (1, 'Linda Clark', 'Microsoft', 'Developer Advocate', 'Spain', 'lclark@speakers.example.org');
INSERT INTO speakers VALUES (2, 'David Nelson', 'SAP', 'Engineering Manager', 'United Kingdom', 'dnelson@speakers.example.org');
INSERT INTO speakers VALUES (3, 'Laura Collins', 'MIT', 'Staff Engineer', 'Japan', 'lcollins@speakers.example.org');
INSERT INTO speakers VALUES (4, 'Thomas Nguyen', 'Microsoft', 'Product Director', 'Brazil', 'tnguyen@speakers.example.org');
INSERT INTO speakers VALUES (5, 'Olivia Lee', 'Zalando', 'Developer Advocate', 'Netherlands', 'olee@speakers.example.org');
INSERT INTO speakers VALUES (6, 'Jason Adams', NULL, 'Staff Engineer', 'Germany', 'jadams@speakers.example.org');
INSERT INTO speakers VALUES (7, 'Nora Parker', 'Google', 'Research Scientist', 'Canada', 'nparker@speakers.example.org');
INSERT INTO speakers VALUES (8, 'Victor Brown', NULL, 'Research Scientist', 'United States', 'vbrown@speakers.example.org');
INSERT INTO speakers VALUES (9, 'Julia Martin', 'SAP', 'Engineering Manager', 'India', 'jmartin@speakers.example.org');
INSERT INTO speakers VALUES (10, 'Adrian Baker', 'Spotify', 'Staff Engineer', 'India', 'abaker@speakers.example.org');
INSERT INTO speakers VALUES (11, 'Priya Torres', 'Adyen', 'Principal Engineer', 'United Kingdom', 'ptorres@speakers.example.org');
INSERT INTO speakers VALUES (12, 'Ethan Johnson', 'ETH Zurich', 'CTO', 'United Kingdom', 'ejohnson@speakers.example.org');
INSERT INTO speakers VALUES (13, 'Elena Moore', 'Adyen', 'Principal Engineer', 'Netherlands', 'emoore@speakers.example.org');
INSERT INTO speakers VALUES (14, 'Felix Green', 'Spotify', 'Staff Engineer', 'India', 'fgreen@speakers.example.org');
INSERT INTO speakers VALUES (15, 'James Turner', 'MIT', 'Product Director', 'United Kingdom', 'jturner@speakers.example.org');
INSERT INTO speakers VALUES (16, 'Linda Garcia', 'Datadog', 'Staff Engineer', 'Spain', 'lgarcia@speakers.example.org');
INSERT INTO speakers VALUES (17, 'David Thomas', 'Datadog', 'CTO', 'Brazil', 'dthomas@speakers.example.org');
INSERT INTO speakers VALUES (18, 'Laura Scott', 'Datadog', 'Professor', 'Netherlands', 'lscott@speakers.example.org');
INSERT INTO speakers VALUES (19, 'Thomas Evans', 'ETH Zurich', 'Staff Engineer', 'India', 'tevans@speakers.example.org');
INSERT INTO speakers VALUES (20, 'Olivia Smith', 'Booking.com', 'CTO', 'Spain', 'osmith@speakers.example.org');
INSERT INTO speakers VALUES (21, 'Jason Taylor', NULL, 'Engineering Manager', 'United Kingdom', 'jtaylor@speakers.example.org');
INSERT INTO speakers VALUES (22, 'Nora Wright', 'Datadog', 'Product Director', 'France', 'nwright@speakers.example.org');
INSERT INTO speakers VALUES (23, 'Victor Phillips', 'Cloudflare', 'Developer Advocate', 'United States', 'vphillips@speakers.example.org');
INSERT INTO speakers VALUES (24, 'Julia Rogers', 'Datadog', 'Engineering Manager', 'Japan', 'jrogers@speakers.example.org');
INSERT INTO speakers VALUES (25, 'Adrian Anderson', NULL, 'Product Director', 'Germany', 'aanderson@speakers.example.org');
INSERT INTO speakers VALUES (26, 'Priya King', 'Spotify', 'Product Director', 'Spain', 'pking@speakers.example.org');
INSERT INTO speakers VALUES (27, 'Ethan Carter', 'MIT', 'Product Director', 'United States', 'ecarter@speakers.example.org');
INSERT INTO speakers VALUES (28, 'Elena Cook', 'ETH Zurich', 'Engineering Manager', 'Germany', 'ecook@speakers.example.org');
INSERT INTO speakers VALUES (29, 'Felix Wilson', 'Cloudflare', 'Developer Advocate', 'Netherlands', 'fwilson@speakers.example.org');
INSERT INTO speakers VALUES (30, 'James Young', 'SAP', 'Professor', 'Germany', 'jyoung@speakers.example.org');
INSERT INTO speakers VALUES (31, 'Linda Roberts', 'Google', 'Research Scientist', 'France', 'lroberts@speakers.example.org');
INSERT INTO speakers VALUES (32, 'David Murphy', 'Datadog', 'Professor', 'Brazil', 'dmurphy@speakers.example.org');
INSERT INTO sessions VALUES (1, 1, 26, 'Observability for API Gateways', 'talk', 'Hall B', '2024-05-06 09:30:00', 30);
INSERT INTO sessions VALUES (2, 2, 30, 'Scaling API Gateways', 'workshop', 'Hall B', '2023-10-22 10:00:00', 120);
INSERT INTO sessions VALUES (3, 3, 31, 'Scaling Mobile Apps', 'panel', 'Hall A', '2023-04-26 10:00:00', 60);
INSERT INTO sessions VALUES (4, 4, 10, 'Scaling API Gateways', 'workshop', 'Hall B', '2024-06-14 14:30:00', 120);
INSERT INTO sessions VALUES (5, 5, 31, 'The Future of Microservices', 'talk', 'Room 201', '2023-06-19 10:00:00', 45);
INSERT INTO sessions VALUES (6, 6, 3, 'Observability for Data Pipelines', 'talk', 'Hall A', '2024-01-26 11:30:00', 45);
INSERT INTO sessions VALUES (7, 7, 25, 'The Future of Feature Stores', 'talk', 'Auditorium', '2024-06-24 16:30:00', 30);
INSERT INTO sessions VALUES (8, 8, 24, 'The Future of Kubernetes Clusters', 'talk', 'Room 101', '2023-12-20 11:00:00', 45);
INSERT INTO sessions VALUES (9, 9, 28, 'The Future of Mobile Apps', 'talk', 'Auditorium', '2024-08-30 14:00:00', 30);
INSERT INTO sessions VALUES (10, 10, 15, 'Testing Design Systems', 'talk', 'Room 201', '2023-03-08 13:00:00', 45);
INSERT INTO sessions VALUES (11, 11, 28, 'Securing Microservices', 'workshop', 'Room 101', '2024-04-12 11:30:00', 90);
INSERT INTO sessions VALUES (12, 12, 9, 'Debugging Mobile Apps', 'talk', 'Hall A', '2024-02-21 11:30:00', 30);
INSERT INTO sessions VALUES (13, 13, 4, 'Testing Large Language Models', 'lightning talk', 'Auditorium', '2024-05-06 11:30:00', 10);
INSERT INTO sessions VALUES (14, 14, 11, 'Testing Mobile Apps', 'lightning talk', 'Hall B', '2024-09-20 11:00:00', 10);
INSERT INTO sessions VALUES (15, 15, NULL, 'Scaling Stream Processing', 'panel', 'Room 201', '2023-08-25 10:00:00', 60);
INSERT INTO sessions VALUES (16, 16, 4, 'The Future of Microservices', 'workshop', 'Room 201', '2023-09-26 11:30:00', 90);
INSERT INTO sessions VALUES (17, 1, 21, 'Observability for Kubernetes Clusters', 'panel', 'Auditorium', '2024-05-05 13:00:00', 60);
INSERT INTO sessions VALUES (18, 2, NULL, 'Lessons Learned from Data Pipelines', 'panel', 'Hall B', '2023-10-22 10:00:00', 60);
INSERT INTO sessions VALUES (19, 3, 29, 'Securing Stream Processing', 'workshop', 'Hall B', '2023-04-25 16:00:00', 120);
INSERT INTO sessions VALUES (20, 4, 11, 'A Practical Guide to Zero-Trust Networks', 'lightning talk', 'Hall B', '2024-06-13 13:30:00', 10);
INSERT INTO sessions VALUES (21, 5, 3, 'Lessons Learned from Mobile Apps', 'talk', 'Room 101', '2023-06-18 09:30:00', 45);
INSERT INTO sessions VALUES (22, 6, 31, 'Debugging Large Language Models', 'talk', 'Auditorium', '2024-01-27 11:00:00', 30);
INSERT INTO sessions VALUES (23, 7, 23, 'A Practical Guide to Microservices', 'lightning talk', 'Room 101', '2024-06-24 15:30:00', 10);
INSERT INTO sessions VALUES (24, 8, 27, 'Securing Mobile Apps', 'talk', 'Room 201', '2023-12-20 09:30:00', 45);
INSERT INTO sessions VALUES (25, 9, 14, 'Scaling Stream Processing', 'keynote', 'Room 101', '2024-08-29 13:00:00', 60);
INSERT INTO sessions VALUES (26, 10, 29, 'The Future of Feature Stores', 'talk', 'Room 201', '2023-03-07 15:30:00', 30);
INSERT INTO sessions VALUES (27, 11, 7, 'Testing Feature Stores', 'talk', 'Room 201', '2024-04-13 13:00:00', 45);
INSERT INTO sessions VALUES (28, 12, 18, 'Securing API Gateways', 'panel', 'Auditorium', '2024-02-21 09:00:00', 60);
INSERT INTO sessions VALUES (29, 13, 3, 'A Practical Guide to Feature Stores', 'panel', 'Room 201', '2024-05-06 14:30:00', 60);
INSERT INTO sessions VALUES (30, 14, 32, 'Scaling Large Language Models', 'workshop', 'Room 102', '2024-09-20 13:00:00', 90);
INSERT INTO sessions VALUES (31, 15, 9, 'The Future of Data Pipelines', 'talk', 'Hall A', '2023-08-26 16:00:00', 30);
INSERT INTO sessions VALUES (32, 16, 2, 'A Practical Guide to Data Pipelines', 'talk', 'Hall A', '2023-09-26 13:00:00', 45);
INSERT INTO sessions VALUES (33, 14, 7, 'Lessons Learned from Zero-Trust Networks', 'lightning talk', 'Room 201', '2024-09-20 13:00:00', 10);
INSERT INTO sessions VALUES (34, 9, 16, 'Testing Mobile Apps', 'talk', 'Hall A', '2024-08-30 16:30:00', 30);
INSERT INTO sessions VALUES (35, 5, 26, 'A Practical Guide to Large Language Models', 'talk', 'Auditorium', '2023-06-19 13:30:00', 45);
INSERT INTO sessions VALUES (36, 8, 2, 'Observability for Mobile Apps', 'lightning talk', 'Hall A', '2023-12-20 14:30:00', 10);
INSERT INTO sessions VALUES (37, 5, 26, 'Scaling Stream Processing', 'talk', 'Hall B', '2023-06-19 16:00:00', 45);
INSERT INTO sessions VALUES (38, 4, NULL, 'Testing Kubernetes Clusters', 'panel', 'Hall A', '2024-06-15 13:00:00', 60);
INSERT INTO sessions VALUES (39, 15, 20, 'The Future of Microservices', 'keynote', 'Room 201', '2023-08-26 11:00:00', 60);
INSERT INTO sessions VALUES (40, 14, 27, 'Observability for Kubernetes Clusters', 'talk', 'Room 101', '2024-09-20 09:00:00', 45);
INSERT INTO sessions VALUES (41, 8, 18, 'Debugging Large Language Models', 'workshop', 'Hall B', '2023-12-20 11:30:00', 120);
INSERT INTO sessions VALUES (42, 7, 13, 'Observability for Zero-Trust Networks', 'lightning talk', 'Hall A', '2024-06-24 16:00:00', 10);
INSERT INTO sessions VALUES (43, 9, 19, 'Testing Kubernetes Clusters', 'panel', 'Room 201', '2024-08-29 16:00:00', 60);
INSERT INTO sessions VALUES (44, 13, NULL, 'Lessons Learned from Large Language Models', 'panel', 'Room 201', '2024-05-06 11:30:00', 60);
INSERT INTO sessions VALUES (45, 13, NULL, 'A Practical Guide to Kubernetes Clusters', 'panel', 'Hall A', '2024-05-06 16:00:00', 60);
INSERT INTO sessions VALUES (46, 2, 2, 'Debugging Feature Stores', 'lightning talk', 'Hall A', '2023-10-22 09:00:00', 10);
INSERT INTO sessions VALUES (47, 12, 24, 'Observability for Stream Processing', 'panel', 'Hall B', '2024-02-21 09:00:00', 60);
INSERT INTO sessions VALUES (48, 2, 27, 'Lessons Learned from Zero-Trust Networks', 'lightning talk', 'Auditorium', '2023-10-23 10:00:00', 10);
INSERT INTO sessions VALUES (49, 3, 27, 'A Practical Guide to Zero-Trust Networks', 'talk', 'Hall B', '2023-04-25 16:30:00', 30);
INSERT INTO sessions VALUES (50, 15, 13, 'A Practical Guide to Microservices', 'lightning talk', 'Auditorium', '2023-08-26 09:00:00', 10);
INSERT INTO sessions VALUES (51, 13, 20, 'A Practical Guide to Zero-Trust Networks', 'keynote', 'Room 102', '2024-05-06 14:00:00', 60);
INSERT INTO sessions VALUES (52, 14, 24, 'Scaling Design Systems', 'talk', 'Hall A', '2024-09-20 14:00:00', 30);
INSERT INTO sessions VALUES (53, 10, 11, 'Testing API Gateways', 'panel', 'Auditorium', '2023-03-07 13:00:00', 60);
INSERT INTO sessions VALUES (54, 4, 14, 'Lessons Learned from Data Pipelines', 'talk', 'Room 101', '2024-06-15 11:00:00', 30);
INSERT INTO sessions VALUES (55, 15, 7, 'Testing Microservices', 'keynote', 'Auditorium', '2023-08-26 10:00:00', 60);
INSERT INTO sessions VALUES (56, 16, 29, 'The Future of Large Language Models', 'keynote', 'Auditorium', '2023-09-27 10:30:00', 60);
INSERT INTO attendees VALUES (1, 'Emily', 'Moore', 'emily.moore1@attendee.example.net', 'Hooli', 'France');
INSERT INTO attendees VALUES (2, 'Thomas', 'Adams', 'thomas.adams2@attendee.example.net', 'Wayne Systems', 'Germany');
INSERT INTO attendees VALUES (3, 'Chloe', 'Edwards', 'chloe.edwards3@attendee.example.net', 'Hooli', 'Spain');
INSERT INTO attendees VALUES (4, 'Patrick', 'Davis', 'patrick.davis4@attendee.example.net', 'Umbrella Analytics', 'Japan');
INSERT INTO attendees VALUES (5, 'Julia', 'Young', 'julia.young5@attendee.example.net', NULL, 'United States');
INSERT INTO attendees VALUES (6, 'Henry', 'Phillips', 'henry.phillips6@attendee.example.net', 'Hooli', 'India');
INSERT INTO attendees VALUES (7, 'Yuki', 'Garcia', 'yuki.garcia7@attendee.example.net', 'Umbrella Analytics', 'Netherlands');
INSERT INTO attendees VALUES (8, 'Felix', 'Martin', 'felix.martin8@attendee.example.net', 'Soylent Tech', 'Spain');
INSERT INTO attendees VALUES (9, 'Robert', 'Nelson', 'robert.nelson9@attendee.example.net', NULL, 'Brazil');
INSERT INTO attendees VALUES (10, 'Emily', 'Stewart', 'emily.stewart10@attendee.example.net', 'Wayne Systems', 'United Kingdom');
INSERT INTO attendees VALUES (11, 'Thomas', 'Lopez', 'thomas.lopez11@attendee.example.net', NULL, 'Spain');
INSERT INTO attendees VALUES (12, 'Chloe', 'King', 'chloe.king12@attendee.example.net', 'Stark Digital', 'United Kingdom');
INSERT INTO attendees VALUES (13, 'Patrick', 'Evans', 'patrick.evans13@attendee.example.net', 'Soylent Tech', 'Japan');
INSERT INTO attendees VALUES (14, 'Julia', 'Johnson', 'julia.johnson14@attendee.example.net', 'Wayne Systems', 'France');
INSERT INTO attendees VALUES (15, 'Henry', 'Lee', 'henry.lee15@attendee.example.net', NULL, 'Brazil');
INSERT INTO attendees VALUES (16, 'Yuki', 'Hill', 'yuki.hill16@attendee.example.net', 'Initech', 'United Kingdom');
INSERT INTO attendees VALUES (17, 'Felix', 'Morris', 'felix.morris17@attendee.example.net', 'Globex', 'United Kingdom');
INSERT INTO attendees VALUES (18, 'Robert', 'Wilson', 'robert.wilson18@attendee.example.net', 'Stark Digital', 'Netherlands');
INSERT INTO attendees VALUES (19, 'Emily', 'Wright', 'emily.wright19@attendee.example.net', 'Hooli', 'Canada');
INSERT INTO attendees VALUES (20, 'Thomas', 'Turner', 'thomas.turner20@attendee.example.net', 'Vandelay Industries', 'Spain');
INSERT INTO attendees VALUES (21, 'Chloe', 'Brown', 'chloe.brown21@attendee.example.net', 'Umbrella Analytics', 'Brazil');
INSERT INTO attendees VALUES (22, 'Patrick', 'Clark', 'patrick.clark22@attendee.example.net', 'Globex', 'France');
INSERT INTO attendees VALUES (23, 'Julia', 'Campbell', 'julia.campbell23@attendee.example.net', 'Globex', 'United Kingdom');
INSERT INTO attendees VALUES (24, 'Henry', 'Murphy', 'henry.murphy24@attendee.example.net', 'Acme Corp', 'France');
INSERT INTO attendees VALUES (25, 'Yuki', 'Anderson', 'yuki.anderson25@attendee.example.net', 'Vandelay Industries', 'Netherlands');
INSERT INTO attendees VALUES (26, 'Felix', 'Scott', 'felix.scott26@attendee.example.net', NULL, 'Spain');
INSERT INTO attendees VALUES (27, 'Robert', 'Torres', 'robert.torres27@attendee.example.net', 'Initech', 'United Kingdom');
INSERT INTO attendees VALUES (28, 'Emily', 'Nguyen', 'emily.nguyen28@attendee.example.net', 'Stark Digital', 'Brazil');
INSERT INTO attendees VALUES (29, 'Thomas', 'Lewis', 'thomas.lewis29@attendee.example.net', 'Hooli', 'Germany');
INSERT INTO attendees VALUES (30, 'Chloe', 'Mitchell', 'chloe.mitchell30@attendee.example.net', 'Stark Digital', 'Canada');
INSERT INTO attendees VALUES (31, 'Patrick', 'Cook', 'patrick.cook31@attendee.example.net', 'Initech', 'United Kingdom');
INSERT INTO attendees VALUES (32, 'Julia', 'Taylor', 'julia.taylor32@attendee.example.net', 'Stark Digital', 'Brazil');
INSERT INTO attendees VALUES (33, 'Henry', 'Green', 'henry.green33@attendee.example.net', 'Wayne Systems', 'India');
INSERT INTO attendees VALUES (34, 'Yuki', 'Parker', 'yuki.parker34@attendee.example.net', 'Umbrella Analytics', 'Spain');
INSERT INTO attendees VALUES (35, 'Felix', 'Patel', 'felix.patel35@attendee.example.net', 'Umbrella Analytics', 'France');
INSERT INTO attendees VALUES (36, 'Robert', 'Walker', 'robert.walker36@attendee.example.net', 'Wayne Systems', 'Japan');
INSERT INTO attendees VALUES (37, 'Emily', 'Roberts', 'emily.roberts37@attendee.example.net', 'Stark Digital', 'United States');
INSERT INTO attendees VALUES (38, 'Thomas', 'Rogers', 'thomas.rogers38@attendee.example.net', NULL, 'France');
INSERT INTO attendees VALUES (39, 'Chloe', 'Thomas', 'chloe.thomas39@attendee.example.net', 'Stark Digital', 'Brazil');
INSERT INTO attendees VALUES (40, 'Patrick', 'Baker', 'patrick.baker40@attendee.example.net', 'Wayne Systems', 'Japan');
INSERT INTO attendees VALUES (41, 'Julia', 'Collins', 'julia.collins41@attendee.example.net', 'Globex', 'Canada');
INSERT INTO attendees VALUES (42, 'Henry', 'Miller', 'henry.miller42@attendee.example.net', 'Soylent Tech', 'Germany');
INSERT INTO attendees VALUES (43, 'Yuki', 'Hall', 'yuki.hall43@attendee.example.net', 'Initech', 'Brazil');
INSERT INTO attendees VALUES (44, 'Felix', 'Carter', 'felix.carter44@attendee.example.net', 'Umbrella Analytics', 'Netherlands');
INSERT INTO attendees VALUES (45, 'Robert', 'Smith', 'robert.smith45@attendee.example.net', 'Wayne Systems', 'Spain');
INSERT INTO attendees VALUES (46, 'Emily', 'Moore', 'emily.moore46@attendee.example.net', 'Globex', 'France');
INSERT INTO attendees VALUES (47, 'Thomas', 'Adams', 'thomas.adams47@attendee.example.net', 'Wayne Systems', 'Japan');
INSERT INTO attendees VALUES (48, 'Chloe', 'Edwards', 'chloe.edwards48@attendee.example.net', 'Soylent Tech', 'Germany');
INSERT INTO registrations VALUES (1, 10, 27, '2022-08-27 17:01:00', 'early bird', 319.2, 1);
INSERT INTO registrations VALUES (2, 3, 13, '2022-10-07 10:10:00', 'early bird', 239.2, 1);
INSERT INTO registrations VALUES (3, 3, 18, '2022-10-11 07:20:00', 'early bird', 239.2, 1);
INSERT INTO registrations VALUES (4, 10, 18, '2022-10-14 06:38:00', 'vip', 798.0, 1);
INSERT INTO registrations VALUES (5, 10, 16, '2022-11-07 22:50:00', 'standard', 399.0, 1);
INSERT INTO registrations VALUES (6, 10, 28, '2022-11-17 01:25:00', 'standard', 399.0, 1);
INSERT INTO registrations VALUES (7, 3, 8, '2022-12-18 08:38:00', 'student', 149.5, 0);
INSERT INTO registrations VALUES (8, 10, 15, '2022-12-27 07:44:00', 'standard', 399.0, 1);
INSERT INTO registrations VALUES (9, 10, 9, '2023-01-14 02:27:00', 'standard', 399.0, 1);
INSERT INTO registrations VALUES (10, 3, 46, '2023-02-09 22:20:00', 'vip', 598.0, 1);
INSERT INTO registrations VALUES (11, 5, 34, '2023-02-27 04:58:00', 'student', 199.5, 1);
INSERT INTO registrations VALUES (12, 5, 14, '2023-03-14 13:28:00', 'standard', 399.0, 1);
INSERT INTO registrations VALUES (13, 5, 45, '2023-03-14 16:37:00', 'standard', 399.0, 1);
INSERT INTO registrations VALUES (14, 15, 16, '2023-04-01 22:31:00', 'student', 449.5, 1);
INSERT INTO registrations VALUES (15, 5, 43, '2023-04-26 08:43:00', 'standard', 399.0, 0);
INSERT INTO registrations VALUES (16, 16, 6, '2023-05-18 19:43:00', 'early bird', 479.2, 1);
INSERT INTO registrations VALUES (17, 5, 3, '2023-06-03 00:22:00', 'standard', 399.0, 1);
INSERT INTO registrations VALUES (18, 15, 46, '2023-06-10 08:53:00', 'student', 449.5, 0);
INSERT INTO registrations VALUES (19, 2, 46, '2023-06-22 10:03:00', 'standard', 899.0, 1);
INSERT INTO registrations VALUES (20, 6, 37, '2023-07-23 02:02:00', 'early bird', 319.2, 1);
INSERT INTO registrations VALUES (21, 8, 30, '2023-07-29 18:16:00', 'student', 449.5, 1);
INSERT INTO registrations VALUES (22, 15, 12, '2023-07-31 00:26:00', 'standard', 899.0, 1);
INSERT INTO registrations VALUES (23, 16, 44, '2023-08-03 07:05:00', 'vip', 1198.0, 1);
INSERT INTO registrations VALUES (24, 15, 15, '2023-08-09 08:16:00', 'standard', 899.0, 1);
INSERT INTO registrations VALUES (25, 2, 16, '2023-08-13 17:28:00', 'standard', 899.0, 1);
INSERT INTO registrations VALUES (26, 2, 44, '2023-08-17 20:35:00', 'standard', 899.0, 1);
INSERT INTO registrations VALUES (27, 8, 34, '2023-08-22 06:21:00', 'early bird', 719.2, 1);
INSERT INTO registrations VALUES (28, 2, 33, '2023-08-27 00:42:00', 'student', 449.5, 1);
INSERT INTO registrations VALUES (29, 2, 45, '2023-09-03 23:48:00', 'standard', 899.0, 1);
INSERT INTO registrations VALUES (30, 16, 5, '2023-09-09 06:47:00', 'student', 299.5, 1);
INSERT INTO registrations VALUES (31, 6, 23, '2023-09-14 11:54:00', 'early bird', 319.2, 0);
INSERT INTO registrations VALUES (32, 2, 38, '2023-09-18 11:12:00', 'standard', 899.0, 0);
INSERT INTO registrations VALUES (33, 8, 1, '2023-09-19 17:52:00', 'early bird', 719.2, 1);
INSERT INTO registrations VALUES (34, 6, 2, '2023-09-27 17:33:00', 'early bird', 319.2, 1);
INSERT INTO registrations VALUES (35, 6, 16, '2023-10-27 10:47:00', 'vip', 798.0, 1);
INSERT INTO registrations VALUES (36, 8, 40, '2023-11-04 17:34:00', 'vip', 1798.0, 1);
INSERT INTO registrations VALUES (37, 13, 27, '2023-11-04 20:08:00', 'early bird', 599.2, 1);
INSERT INTO registrations VALUES (38, 12, 9, '2023-11-07 09:35:00', 'student', 549.5, 1);
INSERT INTO registrations VALUES (39, 1, 12, '2023-11-25 10:53:00', 'early bird', 879.2, 1);
INSERT INTO registrations VALUES (40, 13, 24, '2023-12-16 20:50:00', 'vip', 1498.0, 1);
INSERT INTO registrations VALUES (41, 12, 45, '2023-12-27 09:02:00', 'standard', 1099.0, 1);
INSERT INTO registrations VALUES (42, 6, 6, '2024-01-01 07:01:00', 'standard', 399.0, 0);
INSERT INTO registrations VALUES (43, 11, 1, '2024-01-03 05:45:00', 'student', 449.5, 1);
INSERT INTO registrations VALUES (44, 4, 45, '2024-01-22 00:02:00', 'standard', 499.0, 1);
INSERT INTO registrations VALUES (45, 1, 3, '2024-01-28 17:14:00', 'vip', 2198.0, 1);
INSERT INTO registrations VALUES (46, 4, 11, '2024-02-05 00:04:00', 'student', 249.5, 1);
INSERT INTO registrations VALUES (47, 11, 30, '2024-02-27 14:19:00', 'standard', 899.0, 1);
INSERT INTO registrations VALUES (48, 1, 27, '2024-03-11 17:46:00', 'standard', 1099.0, 1);
INSERT INTO registrations VALUES (49, 9, 22, '2024-04-02 23:25:00', 'vip', 1498.0, 1);
INSERT INTO registrations VALUES (50, 13, 20, '2024-04-16 20:14:00', 'student', 374.5, 1);
INSERT INTO registrations VALUES (51, 14, 26, '2024-06-03 20:58:00', 'standard', 749.0, 1);
INSERT INTO registrations VALUES (52, 4, 27, '2024-06-04 06:54:00', 'student', 249.5, 0);
INSERT INTO registrations VALUES (53, 14, 41, '2024-06-16 00:53:00', 'early bird', 599.2, 0);
INSERT INTO registrations VALUES (54, 9, 11, '2024-06-23 13:11:00', 'standard', 749.0, 1);
INSERT INTO registrations VALUES (55, 9, 28, '2024-07-03 05:39:00', 'standard', 749.0, 1);
INSERT INTO registrations VALUES (56, 9, 23, '2024-07-08 14:13:00', 'vip', 1498.0, 1);
INSERT INTO registrations VALUES (57, 9, 6, '2024-07-09 23:05:00', 'vip', 1498.0, 0);
INSERT INTO registrations VALUES (58, 9, 32, '2024-07-16 11:22:00', 'standard', 749.0, 0);
INSERT INTO registrations VALUES (59, 14, 27, '2024-09-07 07:21:00', 'standard', 749.0, 1);
INSERT INTO registrations VALUES (60, 14, 11, '2024-09-08 00:22:00', 'standard', 749.0, 0);
INSERT INTO sponsors VALUES ('SP-AWS', 'Amazon Web Services', 'cloud computing', 'partners@amazonwebservices.example.com');
INSERT INTO sponsors VALUES ('SP-DDOG', 'Datadog', 'monitoring', 'partners@datadog.example.com');
INSERT INTO sponsors VALUES ('SP-SNOW', 'Snowflake', 'data platforms', 'partners@snowflake.example.com');
INSERT INTO sponsors VALUES ('SP-GHUB', 'GitHub', 'developer tools', 'partners@github.example.com');
INSERT INTO sponsors VALUES ('SP-OKTA', 'Okta', 'security', 'partners@okta.example.com');
INSERT INTO sponsors VALUES ('SP-NVDA', 'NVIDIA', 'hardware', 'partners@nvidia.example.com');
INSERT INTO sponsors VALUES ('SP-MDB', 'MongoDB', 'databases', 'partners@mongodb.example.com');
INSERT INTO sponsors VALUES ('SP-CFLR', 'Cloudflare', 'security', 'partners@cloudflare.example.com');
INSERT INTO sponsors VALUES ('SP-JTB', 'JetBrains', 'developer tools', 'partners@jetbrains.example.com');
INSERT INTO sponsors VALUES ('SP-ELST', 'Elastic', 'databases', 'partners@elastic.example.com');
INSERT INTO sponsors VALUES ('SP-CONF', 'Confluent', 'data platforms', 'partners@confluent.example.com');
INSERT INTO sponsors VALUES ('SP-TWLO', 'Twilio', 'communications', 'partners@twilio.example.com');
INSERT INTO sponsors VALUES ('SP-HCP', 'HashiCorp', 'cloud computing', 'partners@hashicorp.example.com');
INSERT INTO sponsors VALUES ('SP-SNYK', 'Snyk', 'security', 'partners@snyk.example.com');
INSERT INTO sponsors VALUES ('SP-DBX', 'Databricks', 'data platforms', 'partners@databricks.example.com');
INSERT INTO sponsors VALUES ('SP-VRCL', 'Vercel', 'cloud computing', 'partners@vercel.example.com');
INSERT INTO sponsorships VALUES (1, 15, 'SP-SNOW', 'gold', 25000.0, '2023-03-24');
INSERT INTO sponsorships VALUES (2, 14, 'SP-JTB', 'platinum', 50000.0, '2024-06-25');
INSERT INTO sponsorships VALUES (3, 13, 'SP-SNOW', 'bronze', 5000.0, '2024-03-02');
INSERT INTO sponsorships VALUES (4, 12, 'SP-ELST', 'platinum', 50000.0, '2023-11-21');
INSERT INTO sponsorships VALUES (5, 5, 'SP-CFLR', 'silver', 12000.0, '2023-03-30');
INSERT INTO sponsorships VALUES (6, 11, 'SP-JTB', 'bronze', 5000.0, '2023-11-24');
INSERT INTO sponsorships VALUES (7, 10, 'SP-MDB', 'silver', 12000.0, '2022-10-06');
INSERT INTO sponsorships VALUES (8, 4, 'SP-DBX', 'silver', 12000.0, '2024-02-29');
INSERT INTO sponsorships VALUES (9, 10, 'SP-GHUB', 'gold', 25000.0, '2022-12-12');
INSERT INTO sponsorships VALUES (10, 16, 'SP-AWS', 'platinum', 50000.0, '2023-04-06');
INSERT INTO sponsorships VALUES (11, 9, 'SP-MDB', 'platinum', 50000.0, '2024-07-22');
INSERT INTO sponsorships VALUES (12, 8, 'SP-SNOW', 'gold', 25000.0, '2023-06-14');
INSERT INTO sponsorships VALUES (13, 16, 'SP-CFLR', 'gold', 25000.0, '2023-08-11');
INSERT INTO sponsorships VALUES (14, 13, 'SP-CFLR', 'bronze', 5000.0, '2023-10-30');
INSERT INTO sponsorships VALUES (15, 12, 'SP-CFLR', 'gold', 25000.0, '2023-12-14');
INSERT INTO sponsorships VALUES (16, 16, 'SP-TWLO', 'platinum', 50000.0, '2023-04-03');
INSERT INTO sponsorships VALUES (17, 10, 'SP-CONF', 'gold', 25000.0, '2023-02-14');
INSERT INTO sponsorships VALUES (18, 7, 'SP-VRCL', 'bronze', 5000.0, '2024-04-21');
INSERT INTO sponsorships VALUES (19, 14, 'SP-HCP', 'bronze', 5000.0, '2024-04-30');
INSERT INTO sponsorships VALUES (20, 5, 'SP-AWS', 'gold', 25000.0, '2023-03-19');
INSERT INTO sponsorships VALUES (21, 9, 'SP-AWS', 'gold', 25000.0, '2024-06-27');
INSERT INTO sponsorships VALUES (22, 16, 'SP-JTB', 'gold', 25000.0, '2023-07-21');
INSERT INTO sponsorships VALUES (23, 10, 'SP-SNOW', 'silver', 12000.0, '2022-10-01');
INSERT INTO sponsorships VALUES (24, 2, 'SP-JTB', 'silver', 12000.0, '2023-06-22');
INSERT INTO sponsorships VALUES (25, 11, 'SP-DBX', 'gold', 25000.0, '2024-02-16');
INSERT INTO sponsorships VALUES (26, 9, 'SP-OKTA', 'gold', 25000.0, '2024-08-09');
INSERT INTO sponsorships VALUES (27, 1, 'SP-MDB', 'gold', 25000.0, '2023-11-05');
INSERT INTO sponsorships VALUES (28, 10, 'SP-DBX', 'bronze', 5000.0, '2022-09-29');
INSERT INTO sponsorships VALUES (29, 10, 'SP-TWLO', 'silver', 12000.0, '2022-09-14');
INSERT INTO sponsorships VALUES (30, 7, 'SP-AWS', 'silver', 12000.0, '2024-03-29');
INSERT INTO sponsorships VALUES (31, 12, 'SP-DDOG', 'silver', 12000.0, '2023-09-07');
INSERT INTO sponsorships VALUES (32, 15, 'SP-DDOG', 'bronze', 5000.0, '2023-06-05');
INSERT INTO sponsorships VALUES (33, 4, 'SP-CONF', 'silver', 12000.0, '2024-01-14');
INSERT INTO sponsorships VALUES (34, 12, 'SP-HCP', 'gold', 25000.0, '2023-08-19');
