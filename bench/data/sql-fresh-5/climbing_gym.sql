CREATE TABLE plans (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    monthly_fee TEXT NOT NULL,
    min_months INTEGER NOT NULL,
    includes_classes INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE members (
    member_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    plan_code TEXT REFERENCES plans(code),
    joined_on TEXT NOT NULL,
    birth_year INTEGER,
    email TEXT,
    status TEXT NOT NULL
);

CREATE TABLE setters (
    setter_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    hired_year INTEGER NOT NULL,
    employment TEXT NOT NULL,
    hourly_rate REAL
);

CREATE TABLE routes (
    route_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    grade TEXT NOT NULL,
    wall TEXT NOT NULL,
    hold_color TEXT,
    setter_id INTEGER REFERENCES setters(setter_id),
    set_on TEXT NOT NULL,
    retired_at INTEGER
);

CREATE TABLE ascents (
    ascent_id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(member_id),
    route_id INTEGER NOT NULL REFERENCES routes(route_id),
    climbed_at INTEGER NOT NULL,
    style TEXT NOT NULL,
    attempts INTEGER NOT NULL
);

CREATE TABLE classes (
    class_id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    instructor_id INTEGER NOT NULL REFERENCES setters(setter_id),
    weekday TEXT NOT NULL,
    start_time TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    level TEXT NOT NULL
);

CREATE TABLE class_signups (
    class_id INTEGER NOT NULL REFERENCES classes(class_id),
    member_id INTEGER NOT NULL REFERENCES members(member_id),
    signed_up_at TEXT NOT NULL,
    attended INTEGER,
    PRIMARY KEY (class_id, member_id)
);

INSERT INTO plans (code, name, monthly_fee, min_months, includes_classes) VALUES ('ADULT-M', 'Adult Monthly', '62.00', 1, 0);
INSERT INTO plans (code, name, monthly_fee, min_months, includes_classes) VALUES ('ADULT-Y', 'Adult Annual', '52.50', 12, 0);
INSERT INTO plans (code, name, monthly_fee, min_months, includes_classes) VALUES ('STUD-M', 'Student Monthly', '45.00', 1, 0);
INSERT INTO plans (code, name, monthly_fee, min_months, includes_classes) VALUES ('YOUTH', 'Youth', '38.00', 1, 1);
INSERT INTO plans (code, name, monthly_fee, min_months, includes_classes) VALUES ('FAMILY', 'Family', '120.00', 3, 1);
INSERT INTO plans (code, name, monthly_fee, min_months, includes_classes) VALUES ('OFFPEAK', 'Off-Peak', '40.00', 1, 0);
INSERT INTO plans (code, name, monthly_fee, min_months, includes_classes) VALUES ('PLUS-M', 'Plus Monthly', '79.00', 1, 1);
INSERT INTO plans (code, name, monthly_fee, min_months, includes_classes) VALUES ('CORP', 'Corporate', '55.00', 12, 0);
INSERT INTO plans (code, name, monthly_fee, min_months, includes_classes) VALUES ('SENIOR', 'Senior', '38.00', 1, 0);
INSERT INTO plans (code, name, monthly_fee, min_months, includes_classes) VALUES ('NIGHT', 'Night Owl', '35.00', 1, 0);

INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (1, 'Ana', 'Silva', 'ADULT-M', '2022-11-14', 1991, 'ana.silva@mail.com', 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (2, 'Ben', 'Okafor', 'ADULT-Y', '2023-01-09', 1987, NULL, 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (3, 'Chloe', 'Martin', 'STUD-M', '2023-02-20', 2003, 'chloe.m@uni.edu', 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (4, 'Dev', 'Patel', 'PLUS-M', '2023-02-27', 1995, 'dev.p@mail.com', 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (5, 'Elena', 'Rossi', 'ADULT-M', '2023-03-03', 1989, NULL, 'frozen');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (6, 'Finn', 'Larsen', 'YOUTH', '2023-03-18', 2009, NULL, 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (7, 'Grace', 'Kim', 'OFFPEAK', '2023-04-02', 1978, 'grace.kim@mail.com', 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (8, 'Hugo', 'Blanc', 'ADULT-M', '2023-05-21', 1993, 'hugo@blanc.fr', 'cancelled');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (9, 'Isla', 'Novak', 'STUD-M', '2023-06-10', 2004, 'isla.n@uni.edu', 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (10, 'Jonas', 'Weber', 'ADULT-Y', '2023-07-01', 1985, NULL, 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (11, 'Kira', 'Sato', 'PLUS-M', '2023-08-15', 1998, 'kira.sato@mail.com', 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (12, 'Liam', 'Byrne', 'FAMILY', '2023-09-05', 1982, 'liam.byrne@mail.com', 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (13, 'Maya', 'Byrne', 'FAMILY', '2023-09-05', 2011, NULL, 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (14, 'Nora', 'Haddad', 'CORP', '2023-10-12', 1990, 'nora.h@corp.com', 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (15, 'Omar', 'Farouk', 'CORP', '2023-10-12', 1988, 'omar.f@corp.com', 'frozen');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (16, 'Priya', 'Nair', 'ADULT-M', '2023-11-30', 1996, NULL, 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (17, 'Quinn', 'Adams', 'SENIOR', '2024-01-08', 1958, NULL, 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (18, 'Rosa', 'Ortiz', 'STUD-M', '2024-01-15', 2002, 'rosa.o@uni.edu', 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (19, 'Sam', 'Chen', 'ADULT-M', '2024-02-02', 1994, 'sam.chen@mail.com', 'cancelled');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (20, 'Tara', 'Singh', 'PLUS-M', '2024-02-19', 1992, 'tara.s@mail.com', 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (21, 'Ugo', 'Bianchi', 'OFFPEAK', '2024-03-07', 1975, NULL, 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (22, 'Vera', 'Ivanova', 'ADULT-Y', '2024-03-22', 1999, 'vera.i@mail.com', 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (23, 'Will', 'Turner', 'YOUTH', '2024-04-11', 2010, NULL, 'active');
INSERT INTO members (member_id, first_name, last_name, plan_code, joined_on, birth_year, email, status) VALUES (24, 'Yara', 'Haddad', 'ADULT-M', '2024-05-06', 1997, 'yara.h@mail.com', 'active');

INSERT INTO setters (setter_id, name, hired_year, employment, hourly_rate) VALUES (1, 'Marco Diaz', 2019, 'staff', NULL);
INSERT INTO setters (setter_id, name, hired_year, employment, hourly_rate) VALUES (2, 'Lena Fischer', 2020, 'staff', NULL);
INSERT INTO setters (setter_id, name, hired_year, employment, hourly_rate) VALUES (3, 'Tom Reilly', 2021, 'freelance', 32.5);
INSERT INTO setters (setter_id, name, hired_year, employment, hourly_rate) VALUES (4, 'Aiko Tanaka', 2021, 'freelance', 35.0);
INSERT INTO setters (setter_id, name, hired_year, employment, hourly_rate) VALUES (5, 'Sipho Dlamini', 2022, 'staff', NULL);
INSERT INTO setters (setter_id, name, hired_year, employment, hourly_rate) VALUES (6, 'Jess Park', 2023, 'freelance', 30.0);
INSERT INTO setters (setter_id, name, hired_year, employment, hourly_rate) VALUES (7, 'Ruth Cohen', 2023, 'freelance', 32.5);
INSERT INTO setters (setter_id, name, hired_year, employment, hourly_rate) VALUES (8, 'Pablo Vega', 2024, 'staff', NULL);

INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (1, 'Morning Glory', 'V2', 'Slab', 'yellow', 1, '2023-09-04', 1700474400);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (2, 'Sidepull City', 'V4', 'Cave', 'red', 2, '2023-09-04', 1701682200);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (3, 'Pinch Me', 'V5', 'Prow', 'blue', 3, '2023-09-18', 1704703500);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (4, 'Baby Steps', 'V0', 'Slab', 'green', 1, '2023-10-02', 1704703500);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (5, 'Crimp Scampi', 'V6', 'Roof', 'black', 4, '2023-10-16', 1707123600);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (6, 'Dyno Might', 'V7', 'Prow', 'black', 3, '2023-10-30', 1707123600);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (7, 'Heel Hook Heaven', 'V3', 'Cave', 'orange', 2, '2023-11-13', 1709543700);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (8, 'Slab Happy', 'V1', 'Slab', 'green', 5, '2023-11-27', 1709543700);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (9, 'Sloper Supper', 'V4', 'Roof', 'red', 5, '2023-12-11', 1711965600);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (10, 'Toe Jam', 'V2', 'Cave', 'yellow', 1, '2024-01-08', 1713175200);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (11, 'Compression Session', 'V5', 'Prow', 'blue', 4, '2024-01-08', 1714986000);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (12, 'Jug Life', 'V0', 'Cave', 'green', 6, '2024-01-22', 1714986000);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (13, 'Gaston Gastro', 'V3', 'Slab', 'orange', 7, '2024-02-05', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (14, 'Kneebar Disco', 'V6', 'Roof', 'black', 4, '2024-02-05', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (15, 'Volume Control', 'V1', 'Comp Wall', 'yellow', 6, '2024-02-19', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (16, 'Undercling Blues', 'V4', 'Prow', 'red', 2, '2024-03-04', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (17, 'Matched Feet', 'V2', 'Slab', 'yellow', 7, '2024-03-04', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (18, 'Mantle Piece', 'V3', 'Comp Wall', 'orange', 5, '2024-03-18', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (19, 'Tiny Crimps', 'V8', 'Roof', 'black', 3, '2024-04-01', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (20, 'Coordination Station', 'V5', 'Comp Wall', 'blue', 6, '2024-04-01', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (21, 'Flagging Frenzy', 'V4', 'Cave', 'red', 1, '2024-04-15', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (22, 'Easy Tiger', 'V0', 'Slab', 'green', 8, '2024-04-15', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (23, 'Pocket Rocket', 'V6', 'Prow', 'purple', 4, '2024-05-06', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (24, 'Big Reach', 'V3', 'Roof', 'orange', 8, '2024-05-06', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (25, 'Smear Campaign', 'V2', 'Slab', 'yellow', 7, '2024-05-20', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (26, 'Campus Crush', 'V7', 'Cave', 'black', 3, '2024-05-20', NULL);
INSERT INTO routes (route_id, name, grade, wall, hold_color, setter_id, set_on, retired_at) VALUES (27, 'Guest Problem', 'V5', 'Comp Wall', NULL, NULL, '2024-05-20', NULL);

INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (1, 1, 1, 1694024400, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (2, 2, 2, 1694545500, 'redpoint', 4);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (3, 1, 3, 1695667200, 'redpoint', 6);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (4, 4, 2, 1696335300, 'redpoint', 3);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (5, 3, 4, 1696523400, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (6, 5, 1, 1696967100, 'redpoint', 2);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (7, 11, 5, 1697832600, 'redpoint', 8);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (8, 2, 6, 1698953400, 'redpoint', 11);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (9, 7, 4, 1699353000, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (10, 9, 7, 1700316000, 'redpoint', 3);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (11, 12, 8, 1701514800, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (12, 13, 8, 1701516000, 'redpoint', 2);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (13, 1, 9, 1702579800, 'redpoint', 5);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (14, 10, 5, 1703016000, 'redpoint', 7);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (15, 4, 7, 1704553800, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (16, 16, 9, 1704913200, 'redpoint', 4);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (17, 3, 10, 1705081500, 'redpoint', 2);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (18, 11, 11, 1705757400, 'redpoint', 6);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (19, 18, 12, 1706198400, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (20, 14, 10, 1706790600, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (21, 20, 13, 1708539300, 'redpoint', 3);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (22, 2, 14, 1707939600, 'redpoint', 9);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (23, 17, 12, 1708078500, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (24, 6, 15, 1708775100, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (25, 1, 14, 1709058600, 'redpoint', 5);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (26, 4, 16, 1709666400, 'redpoint', 4);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (27, 21, 15, 1709980800, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (28, 9, 17, 1710262200, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (29, 22, 13, 1711203900, 'redpoint', 2);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (30, 11, 19, 1712415600, 'redpoint', 12);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (31, 20, 18, 1712858700, 'redpoint', 3);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (32, 1, 20, 1713294600, 'redpoint', 4);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (33, 23, 22, 1713612600, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (34, 12, 21, 1713984300, 'redpoint', 3);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (35, 16, 17, 1714590000, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (36, 24, 23, 1715433300, 'redpoint', 7);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (37, 10, 24, 1715804400, 'flash', 1);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (38, 2, 26, 1716407400, 'redpoint', 10);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (39, 4, 20, 1716734400, 'redpoint', 2);
INSERT INTO ascents (ascent_id, member_id, route_id, climbed_at, style, attempts) VALUES (40, 1, 25, 1716919200, 'flash', 1);

INSERT INTO classes (class_id, title, instructor_id, weekday, start_time, capacity, level) VALUES (1, 'Intro to Bouldering', 2, 'Monday', '18:00', 10, 'beginner');
INSERT INTO classes (class_id, title, instructor_id, weekday, start_time, capacity, level) VALUES (2, 'Technique Lab', 1, 'Wednesday', '19:00', 8, 'intermediate');
INSERT INTO classes (class_id, title, instructor_id, weekday, start_time, capacity, level) VALUES (3, 'Youth Club', 5, 'Saturday', '10:00', 12, 'beginner');
INSERT INTO classes (class_id, title, instructor_id, weekday, start_time, capacity, level) VALUES (4, 'Power Endurance', 4, 'Tuesday', '19:30', 8, 'advanced');
INSERT INTO classes (class_id, title, instructor_id, weekday, start_time, capacity, level) VALUES (5, 'Lead Climbing Basics', 3, 'Thursday', '18:30', 6, 'intermediate');
INSERT INTO classes (class_id, title, instructor_id, weekday, start_time, capacity, level) VALUES (6, 'Mobility & Stretch', 7, 'Sunday', '11:00', 15, 'beginner');
INSERT INTO classes (class_id, title, instructor_id, weekday, start_time, capacity, level) VALUES (7, 'Comp Prep', 4, 'Friday', '17:30', 6, 'advanced');
INSERT INTO classes (class_id, title, instructor_id, weekday, start_time, capacity, level) VALUES (8, 'Ladies Night', 2, 'Wednesday', '20:00', 12, 'beginner');
INSERT INTO classes (class_id, title, instructor_id, weekday, start_time, capacity, level) VALUES (9, 'Morning Flow', 6, 'Saturday', '08:30', 10, 'beginner');

INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (1, 3, '2023-02-21 09:12:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (1, 9, '2023-06-11 20:30:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (1, 17, '2024-01-09 08:05:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (1, 18, '2024-01-16 12:40:00', 0);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (1, 21, '2024-03-08 17:55:00', NULL);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (1, 24, '2024-05-07 10:00:00', NULL);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (2, 1, '2023-01-10 19:22:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (2, 4, '2023-03-01 07:45:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (2, 11, '2023-08-16 21:10:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (2, 16, '2023-12-01 18:00:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (2, 20, '2024-02-20 13:30:00', 0);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (3, 6, '2023-03-18 11:00:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (3, 13, '2023-09-06 09:30:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (3, 23, '2024-04-12 16:45:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (4, 2, '2023-01-12 20:00:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (4, 10, '2023-07-05 19:40:00', 0);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (4, 11, '2023-09-02 10:15:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (4, 20, '2024-03-01 08:20:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (5, 1, '2023-03-15 12:00:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (5, 14, '2023-10-20 09:00:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (5, 22, '2024-03-25 18:30:00', NULL);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (6, 7, '2023-04-05 08:00:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (6, 12, '2023-09-10 11:30:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (6, 17, '2024-01-20 10:10:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (6, 21, '2024-03-10 09:45:00', 0);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (7, 2, '2024-02-01 19:15:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (7, 11, '2024-01-05 17:00:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (8, 3, '2023-03-01 14:20:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (8, 9, '2023-06-15 15:00:00', 0);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (8, 18, '2024-01-20 12:00:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (8, 24, '2024-05-08 19:30:00', NULL);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (9, 7, '2023-04-10 07:30:00', 1);
INSERT INTO class_signups (class_id, member_id, signed_up_at, attended) VALUES (9, 14, '2023-10-15 08:00:00', 1);
