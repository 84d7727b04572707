PRAGMA foreign_keys = ON;
CREATE TABLE clubs (
  club_code TEXT PRIMARY KEY,      -- short site code, e.g. 'LDN-SHO'
  name TEXT NOT NULL,
  city TEXT NOT NULL,
  opened_on TEXT NOT NULL,         -- ISO date
  has_pool INTEGER NOT NULL        -- 1 = yes, 0 = no
);
CREATE TABLE membership_plans (
  plan_id INTEGER PRIMARY KEY,
  plan_name TEXT NOT NULL,
  monthly_fee REAL NOT NULL,       -- GBP per month
  min_term_months INTEGER NOT NULL,
  classes_included INTEGER NOT NULL -- 1 = group classes included in the fee
);
CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT,
  home_club TEXT NOT NULL REFERENCES clubs(club_code),
  plan_id INTEGER NOT NULL REFERENCES membership_plans(plan_id),
  joined_on TEXT NOT NULL,         -- ISO date
  date_of_birth TEXT,              -- ISO date
  cancelled_on TEXT                -- ISO date, NULL while the membership is active
);
CREATE TABLE trainers (
  trainer_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  club_code TEXT NOT NULL REFERENCES clubs(club_code),
  specialty TEXT NOT NULL,
  hourly_rate TEXT,                -- GBP, stored as text
  hired_on TEXT NOT NULL           -- ISO date
);
CREATE TABLE classes (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  club_code TEXT NOT NULL REFERENCES clubs(club_code),
  trainer_id INTEGER NOT NULL REFERENCES trainers(trainer_id),
  starts_at INTEGER NOT NULL,      -- Unix epoch seconds, UTC
  duration_min INTEGER NOT NULL,
  capacity INTEGER NOT NULL
);
CREATE TABLE class_bookings (
  booking_id INTEGER PRIMARY KEY,
  class_id INTEGER NOT NULL REFERENCES classes(id),
  member_id INTEGER NOT NULL REFERENCES members(id),
  booked_at INTEGER NOT NULL,      -- Unix epoch seconds, UTC
  status TEXT NOT NULL             -- 'attended', 'no_show' or 'cancelled'
);
CREATE TABLE payments (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  paid_on TEXT NOT NULL,           -- ISO date
  amount REAL NOT NULL,            -- GBP
  method TEXT NOT NULL,            -- 'direct_debit', 'card' or 'cash'
  note TEXT
);
INSERT INTO clubs VALUES ('LDN-SHO', 'Shoreditch', 'London', '2015-04-01', 1);
INSERT INTO clubs VALUES ('LDN-CLA', 'Clapham', 'London', '2018-09-15', 0);
INSERT INTO clubs VALUES ('MAN-ANC', 'Ancoats', 'Manchester', '2016-02-20', 1);
INSERT INTO clubs VALUES ('LDS-CTR', 'Leeds Central', 'Leeds', '2019-06-03', 0);
INSERT INTO clubs VALUES ('BRS-HAR', 'Harbourside', 'Bristol', '2021-01-11', 1);
INSERT INTO clubs VALUES ('EDI-LEI', 'Leith', 'Edinburgh', '2022-10-01', 0);
INSERT INTO membership_plans VALUES (1, 'Off-Peak', 24.99, 1, 0);
INSERT INTO membership_plans VALUES (2, 'Standard', 34.99, 1, 0);
INSERT INTO membership_plans VALUES (3, 'Standard Annual', 29.99, 12, 0);
INSERT INTO membership_plans VALUES (4, 'Premium', 49.99, 1, 1);
INSERT INTO membership_plans VALUES (5, 'Premium Annual', 44.99, 12, 1);
INSERT INTO membership_plans VALUES (6, 'Student', 19.99, 3, 0);
INSERT INTO members VALUES (1, 'Olivia', 'Patel', 'olivia.patel@outlook.com', 'LDN-SHO', 6, '2023-07-28', '1994-08-17', NULL);
INSERT INTO members VALUES (2, 'Jack', 'Hughes', 'jack.hughes@outlook.com', 'LDN-CLA', 2, '2023-06-09', '1995-11-20', NULL);
INSERT INTO members VALUES (3, 'Amelia', 'Wright', 'amelia.wright@gmail.com', 'MAN-ANC', 2, '2023-04-03', '1984-03-03', NULL);
INSERT INTO members VALUES (4, 'Harry', 'Khan', 'harry.khan@gmail.com', 'LDS-CTR', 5, '2023-04-09', '2004-11-06', '2024-04-22');
INSERT INTO members VALUES (5, 'Isla', 'Murphy', 'isla.murphy@gmail.com', 'BRS-HAR', 2, '2022-03-02', '1967-04-08', NULL);
INSERT INTO members VALUES (6, 'Oscar', 'Evans', NULL, 'EDI-LEI', 6, '2022-12-01', '1993-10-27', NULL);
INSERT INTO members VALUES (7, 'Ava', 'Clarke', 'ava.clarke@gmail.com', 'LDN-SHO', 3, '2023-10-18', '1983-08-01', NULL);
INSERT INTO members VALUES (8, 'George', 'Walsh', 'george.walsh@gmail.com', 'LDN-CLA', 6, '2023-11-02', '1982-07-18', NULL);
INSERT INTO members VALUES (9, 'Mia', 'Nguyen', 'mia.nguyen@gmail.com', 'MAN-ANC', 4, '2022-11-19', '1979-09-10', '2023-02-02');
INSERT INTO members VALUES (10, 'Noah', 'Robinson', 'noah.robinson@gmail.com', 'LDS-CTR', 2, '2023-02-15', '1971-05-13', NULL);
INSERT INTO members VALUES (11, 'Sophie', 'Campbell', 'sophie.campbell@gmail.com', 'BRS-HAR', 1, '2023-12-03', '1965-04-07', NULL);
INSERT INTO members VALUES (12, 'Leo', 'Ahmed', 'leo.ahmed@outlook.com', 'EDI-LEI', 6, '2023-01-20', '1990-07-03', NULL);
INSERT INTO members VALUES (13, 'Grace', 'Foster', 'grace.foster@gmail.com', 'LDN-SHO', 4, '2022-12-11', '1970-05-11', NULL);
INSERT INTO members VALUES (14, 'Arthur', 'Byrne', 'arthur.byrne@gmail.com', 'LDN-CLA', 5, '2024-02-16', '1972-03-08', '2024-06-06');
INSERT INTO members VALUES (15, 'Freya', 'Lewis', 'freya.lewis@outlook.com', 'MAN-ANC', 1, '2023-04-22', '1996-03-22', NULL);
INSERT INTO members VALUES (16, 'Theo', 'Okafor', 'theo.okafor@outlook.com', 'LDS-CTR', 6, '2023-06-06', '1977-12-25', NULL);
INSERT INTO members VALUES (17, 'Ella', 'Turner', 'ella.turner@icloud.com', 'BRS-HAR', 5, '2023-10-22', '1989-02-13', NULL);
INSERT INTO members VALUES (18, 'Charlie', 'Reid', 'charlie.reid@outlook.com', 'EDI-LEI', 3, '2023-02-16', '2002-05-01', '2023-08-02');
INSERT INTO members VALUES (19, 'Lily', 'Shaw', 'lily.shaw@yahoo.co.uk', 'LDS-CTR', 2, '2022-02-13', '1974-04-15', NULL);
INSERT INTO members VALUES (20, 'Freddie', 'Davies', NULL, 'LDN-SHO', 4, '2022-10-31', '1989-02-03', NULL);
INSERT INTO members VALUES (21, 'Chloe', 'Kowalski', 'chloe.kowalski@icloud.com', 'LDN-CLA', 3, '2022-01-16', '2003-06-12', NULL);
INSERT INTO members VALUES (22, 'Alfie', 'Brennan', 'alfie.brennan@outlook.com', 'LDN-CLA', 6, '2023-08-12', '1973-07-06', '2024-08-27');
INSERT INTO members VALUES (23, 'Ruby', 'Hall', 'ruby.hall@outlook.com', 'MAN-ANC', 3, '2023-09-18', '1980-12-07', NULL);
INSERT INTO members VALUES (24, 'Henry', 'Morgan', 'henry.morgan@gmail.com', 'LDN-CLA', 5, '2023-05-10', '2003-02-14', NULL);
INSERT INTO trainers VALUES (101, 'Marcus Bell', 'LDN-SHO', 'Strength', '38.00', '2015-05-01');
INSERT INTO trainers VALUES (102, 'Priya Shah', 'LDN-SHO', 'Yoga', '42.50', '2017-03-12');
INSERT INTO trainers VALUES (103, 'Tom Ellery', 'LDN-CLA', 'HIIT', '35.00', '2018-10-01');
INSERT INTO trainers VALUES (104, 'Niamh Doyle', 'MAN-ANC', 'Pilates', '40.00', '2016-03-01');
INSERT INTO trainers VALUES (105, 'Kwame Mensah', 'MAN-ANC', 'Strength', '36.50', '2019-07-22');
INSERT INTO trainers VALUES (106, 'Hannah Price', 'LDS-CTR', 'Spin', '33.00', '2019-06-10');
INSERT INTO trainers VALUES (107, 'Diego Alvarez', 'BRS-HAR', 'Swimming', '39.00', '2021-02-01');
INSERT INTO trainers VALUES (108, 'Sara Lindqvist', 'BRS-HAR', 'Yoga', '41.00', '2022-04-18');
INSERT INTO trainers VALUES (109, 'Callum Ross', 'EDI-LEI', 'HIIT', '34.00', '2022-10-03');
INSERT INTO trainers VALUES (110, 'Fatima Rahman', 'LDN-CLA', 'Pilates', NULL, '2023-08-14');
INSERT INTO classes VALUES (1, 'Barbell Basics', 'LDN-SHO', 101, 1709794800, 45, 20);
INSERT INTO classes VALUES (2, 'Yin Yoga', 'LDN-SHO', 102, 1710676800, 45, 20);
INSERT INTO classes VALUES (3, 'HIIT Blast', 'LDN-CLA', 103, 1714413600, 45, 10);
INSERT INTO classes VALUES (4, 'Reformer Pilates', 'MAN-ANC', 104, 1712341800, 45, 20);
INSERT INTO classes VALUES (5, 'Power Hour', 'MAN-ANC', 105, 1710399600, 45, 25);
INSERT INTO classes VALUES (6, 'Hill Climb Spin', 'LDS-CTR', 106, 1711540800, 45, 12);
INSERT INTO classes VALUES (7, 'Aqua Fit', 'BRS-HAR', 107, 1710840600, 45, 20);
INSERT INTO classes VALUES (8, 'Vinyasa Flow', 'BRS-HAR', 108, 1711263600, 60, 20);
INSERT INTO classes VALUES (9, 'HIIT Blast', 'EDI-LEI', 109, 1712473200, 45, 10);
INSERT INTO classes VALUES (10, 'Reformer Pilates', 'LDN-CLA', 110, 1709451000, 45, 20);
INSERT INTO classes VALUES (11, 'Power Hour', 'LDN-SHO', 101, 1709661600, 45, 15);
INSERT INTO classes VALUES (12, 'Vinyasa Flow', 'LDN-SHO', 102, 1709640000, 60, 20);
INSERT INTO classes VALUES (13, 'HIIT Blast', 'LDN-CLA', 103, 1714242600, 45, 25);
INSERT INTO classes VALUES (14, 'Reformer Pilates', 'MAN-ANC', 104, 1711177200, 45, 25);
INSERT INTO classes VALUES (15, 'Power Hour', 'MAN-ANC', 105, 1714503600, 60, 10);
INSERT INTO classes VALUES (16, 'Spin Express', 'LDS-CTR', 106, 1712685600, 30, 20);
INSERT INTO classes VALUES (17, 'Aqua Fit', 'BRS-HAR', 107, 1712559600, 60, 10);
INSERT INTO classes VALUES (18, 'Vinyasa Flow', 'BRS-HAR', 108, 1710676800, 45, 25);
INSERT INTO classes VALUES (19, 'Tabata 30', 'EDI-LEI', 109, 1711713600, 30, 20);
INSERT INTO classes VALUES (20, 'Mat Pilates', 'LDN-CLA', 110, 1710957600, 45, 10);
INSERT INTO classes VALUES (21, 'Vinyasa Flow', 'LDN-SHO', 102, 1713079800, 60, 20);
INSERT INTO classes VALUES (22, 'Hill Climb Spin', 'LDS-CTR', 106, 1710658800, 45, 15);
INSERT INTO class_bookings VALUES (5001, 11, 22, 1709244911, 'attended');
INSERT INTO class_bookings VALUES (5002, 11, 23, 1709330438, 'attended');
INSERT INTO class_bookings VALUES (5003, 11, 15, 1709486838, 'cancelled');
INSERT INTO class_bookings VALUES (5004, 1, 13, 1709502835, 'no_show');
INSERT INTO class_bookings VALUES (5005, 11, 7, 1709586605, 'attended');
INSERT INTO class_bookings VALUES (5006, 11, 3, 1709641493, 'attended');
INSERT INTO class_bookings VALUES (5007, 5, 13, 1710157537, 'attended');
INSERT INTO class_bookings VALUES (5008, 7, 4, 1710458498, 'cancelled');
INSERT INTO class_bookings VALUES (5009, 22, 20, 1710548993, 'no_show');
INSERT INTO class_bookings VALUES (5010, 20, 2, 1710598400, 'cancelled');
INSERT INTO class_bookings VALUES (5011, 7, 21, 1710611087, 'attended');
INSERT INTO class_bookings VALUES (5012, 18, 23, 1710654234, 'attended');
INSERT INTO class_bookings VALUES (5013, 7, 13, 1710721879, 'no_show');
INSERT INTO class_bookings VALUES (5014, 8, 5, 1710842223, 'attended');
INSERT INTO class_bookings VALUES (5015, 14, 24, 1710970191, 'attended');
INSERT INTO class_bookings VALUES (5016, 8, 15, 1710983877, 'no_show');
INSERT INTO class_bookings VALUES (5017, 14, 2, 1711082953, 'no_show');
INSERT INTO class_bookings VALUES (5018, 6, 11, 1711191176, 'attended');
INSERT INTO class_bookings VALUES (5019, 6, 4, 1711300930, 'attended');
INSERT INTO class_bookings VALUES (5020, 6, 23, 1711531556, 'attended');
INSERT INTO class_bookings VALUES (5021, 17, 22, 1712194571, 'attended');
INSERT INTO class_bookings VALUES (5022, 4, 7, 1712211170, 'attended');
INSERT INTO class_bookings VALUES (5023, 17, 17, 1712233853, 'attended');
INSERT INTO class_bookings VALUES (5024, 9, 7, 1712252553, 'attended');
INSERT INTO class_bookings VALUES (5025, 9, 19, 1712283890, 'attended');
INSERT INTO class_bookings VALUES (5026, 16, 19, 1712320733, 'attended');
INSERT INTO class_bookings VALUES (5027, 16, 5, 1712411193, 'cancelled');
INSERT INTO class_bookings VALUES (5028, 9, 23, 1712461396, 'attended');
INSERT INTO class_bookings VALUES (5029, 16, 8, 1712510579, 'attended');
INSERT INTO class_bookings VALUES (5030, 17, 3, 1712536531, 'attended');
INSERT INTO class_bookings VALUES (5031, 16, 1, 1712567551, 'attended');
INSERT INTO class_bookings VALUES (5032, 21, 21, 1712652898, 'attended');
INSERT INTO class_bookings VALUES (5033, 16, 12, 1712660729, 'cancelled');
INSERT INTO class_bookings VALUES (5034, 21, 17, 1712817268, 'cancelled');
INSERT INTO class_bookings VALUES (5035, 21, 4, 1712842116, 'attended');
INSERT INTO class_bookings VALUES (5036, 21, 19, 1713066179, 'cancelled');
INSERT INTO class_bookings VALUES (5037, 13, 23, 1714121600, 'attended');
INSERT INTO class_bookings VALUES (5038, 3, 10, 1714128481, 'attended');
INSERT INTO class_bookings VALUES (5039, 3, 22, 1714306165, 'attended');
INSERT INTO class_bookings VALUES (5040, 15, 15, 1714396780, 'cancelled');
INSERT INTO payments VALUES (1, 13, '2024-01-05', 64.99, 'cash', 'includes late fee');
INSERT INTO payments VALUES (2, 15, '2024-01-07', 24.99, 'card', NULL);
INSERT INTO payments VALUES (3, 17, '2024-01-07', 59.99, 'direct_debit', 'includes late fee');
INSERT INTO payments VALUES (4, 8, '2024-01-16', 19.99, 'cash', NULL);
INSERT INTO payments VALUES (5, 1, '2024-01-17', 19.99, 'card', NULL);
INSERT INTO payments VALUES (6, 10, '2024-01-17', 34.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (7, 22, '2024-01-17', 19.99, 'card', NULL);
INSERT INTO payments VALUES (8, 11, '2024-01-24', 24.99, 'cash', NULL);
INSERT INTO payments VALUES (9, 16, '2024-01-26', 19.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (10, 4, '2024-02-03', 44.99, 'cash', NULL);
INSERT INTO payments VALUES (11, 6, '2024-02-04', 19.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (12, 23, '2024-02-05', 29.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (13, 3, '2024-02-07', 34.99, 'card', NULL);
INSERT INTO payments VALUES (14, 20, '2024-02-07', 49.99, 'card', NULL);
INSERT INTO payments VALUES (15, 7, '2024-02-11', 29.99, 'cash', NULL);
INSERT INTO payments VALUES (16, 19, '2024-02-13', 34.99, 'card', NULL);
INSERT INTO payments VALUES (17, 14, '2024-02-16', 44.99, 'card', NULL);
INSERT INTO payments VALUES (18, 12, '2024-02-20', 19.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (19, 21, '2024-02-24', 29.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (20, 24, '2024-02-25', 44.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (21, 5, '2024-02-26', 34.99, 'card', NULL);
INSERT INTO payments VALUES (22, 2, '2024-02-28', 34.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (23, 16, '2024-03-02', 19.99, 'card', NULL);
INSERT INTO payments VALUES (24, 24, '2024-03-03', 44.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (25, 12, '2024-03-07', 19.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (26, 14, '2024-03-07', 44.99, 'card', NULL);
INSERT INTO payments VALUES (27, 6, '2024-03-09', 19.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (28, 3, '2024-03-20', 49.99, 'card', 'includes late fee');
INSERT INTO payments VALUES (29, 21, '2024-03-20', 44.99, 'direct_debit', 'includes late fee');
INSERT INTO payments VALUES (30, 17, '2024-03-27', 44.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (31, 20, '2024-03-28', 49.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (32, 15, '2024-04-04', 24.99, 'cash', NULL);
INSERT INTO payments VALUES (33, 22, '2024-04-09', 19.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (34, 1, '2024-04-10', 19.99, 'cash', NULL);
INSERT INTO payments VALUES (35, 5, '2024-04-16', 34.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (36, 8, '2024-04-23', 19.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (37, 24, '2024-05-01', 44.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (38, 6, '2024-05-02', 19.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (39, 21, '2024-05-11', 29.99, 'direct_debit', NULL);
INSERT INTO payments VALUES (40, 3, '2024-05-17', 34.99, 'card', NULL);
