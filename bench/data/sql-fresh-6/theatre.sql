CREATE TABLE venue (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  city TEXT NOT NULL,
  seats INTEGER NOT NULL,
  opened_year INTEGER
);
CREATE TABLE production (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  genre TEXT NOT NULL,
  company TEXT NOT NULL,
  premiere_year INTEGER NOT NULL,
  runtime_min TEXT,
  age_rating TEXT
);
CREATE TABLE cast_member (
  id INTEGER PRIMARY KEY,
  stage_name TEXT NOT NULL,
  home_town TEXT,
  agent TEXT
);
CREATE TABLE casting (
  production_id INTEGER NOT NULL REFERENCES production(id),
  cast_member_id INTEGER NOT NULL REFERENCES cast_member(id),
  role_name TEXT NOT NULL,
  PRIMARY KEY (production_id, cast_member_id)
);
CREATE TABLE performance (
  id INTEGER PRIMARY KEY,
  production_id INTEGER NOT NULL REFERENCES production(id),
  venue_code TEXT NOT NULL REFERENCES venue(code),
  starts_at TEXT NOT NULL,
  day_name TEXT NOT NULL,
  status TEXT NOT NULL,
  ticket_price REAL NOT NULL
);
CREATE TABLE patron (
  id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  email TEXT,
  city TEXT,
  joined_on TEXT NOT NULL,
  member_tier TEXT
);
CREATE TABLE booking (
  id INTEGER PRIMARY KEY,
  patron_id INTEGER NOT NULL REFERENCES patron(id),
  performance_id INTEGER NOT NULL REFERENCES performance(id),
  booked_at INTEGER NOT NULL,
  tickets INTEGER NOT NULL,
  amount_paid REAL NOT NULL,
  channel TEXT NOT NULL,
  discount_code TEXT
);

INSERT INTO venue (code, name, city, seats, opened_year) VALUES ('RYL', 'Royal Court Hall', 'Bristol', 620, 1898);
INSERT INTO venue (code, name, city, seats, opened_year) VALUES ('MILL', 'The Old Mill Studio', 'Bristol', 140, 2009);
INSERT INTO venue (code, name, city, seats, opened_year) VALUES ('QUAY', 'Quayside Playhouse', 'Cardiff', 410, 1974);
INSERT INTO venue (code, name, city, seats, opened_year) VALUES ('ARC', 'Arcade Theatre', 'Bath', 280, 1931);
INSERT INTO venue (code, name, city, seats, opened_year) VALUES ('LYR', 'Lyric Rooms', 'Cardiff', 95, 2016);
INSERT INTO venue (code, name, city, seats, opened_year) VALUES ('GRN', 'Greenway Open Stage', 'Bath', 350, NULL);
INSERT INTO venue (code, name, city, seats, opened_year) VALUES ('PAV', 'Pavilion Theatre', 'Exeter', 500, 1912);
INSERT INTO venue (code, name, city, seats, opened_year) VALUES ('BOX', 'Boxworks', 'Exeter', 120, 2018);

INSERT INTO production (id, title, genre, company, premiere_year, runtime_min, age_rating) VALUES (1, 'The Glass Orchard', 'drama', 'Northlight Players', 2023, '135', '12+');
INSERT INTO production (id, title, genre, company, premiere_year, runtime_min, age_rating) VALUES (2, 'Tin Crowns', 'comedy', 'Fennick & Co', 2024, '95', NULL);
INSERT INTO production (id, title, genre, company, premiere_year, runtime_min, age_rating) VALUES (3, 'Salt Wind', 'drama', 'Harbour Stage Company', 2022, '110', '15+');
INSERT INTO production (id, title, genre, company, premiere_year, runtime_min, age_rating) VALUES (4, 'Jack and the Beanstalk', 'pantomime', 'Fennick & Co', 2023, '120', NULL);
INSERT INTO production (id, title, genre, company, premiere_year, runtime_min, age_rating) VALUES (5, 'Nine Lanterns', 'musical', 'Northlight Players', 2024, '150', NULL);
INSERT INTO production (id, title, genre, company, premiere_year, runtime_min, age_rating) VALUES (6, 'The Lodger Upstairs', 'thriller', 'Blackbird Theatre', 2024, '105', '15+');
INSERT INTO production (id, title, genre, company, premiere_year, runtime_min, age_rating) VALUES (7, 'Paper Moons', 'musical', 'Harbour Stage Company', 2021, '140', NULL);
INSERT INTO production (id, title, genre, company, premiere_year, runtime_min, age_rating) VALUES (8, 'Small Hours', 'comedy', 'Blackbird Theatre', 2024, '80', '12+');
INSERT INTO production (id, title, genre, company, premiere_year, runtime_min, age_rating) VALUES (9, 'A Quiet Inheritance', 'drama', 'Northlight Players', 2024, NULL, '12+');
INSERT INTO production (id, title, genre, company, premiere_year, runtime_min, age_rating) VALUES (10, 'Sparrowhawk', 'thriller', 'Harbour Stage Company', 2023, '100', '15+');

INSERT INTO cast_member (id, stage_name, home_town, agent) VALUES (1, 'Imogen Hale', 'Bristol', 'Foxglove Agency');
INSERT INTO cast_member (id, stage_name, home_town, agent) VALUES (2, 'Rhys Pendry', 'Cardiff', NULL);
INSERT INTO cast_member (id, stage_name, home_town, agent) VALUES (3, 'Tomasz Wilk', 'Swindon', 'Foxglove Agency');
INSERT INTO cast_member (id, stage_name, home_town, agent) VALUES (4, 'Delia Okafor', 'Bath', 'Marlow Talent');
INSERT INTO cast_member (id, stage_name, home_town, agent) VALUES (5, 'Owen Bright', 'Exeter', NULL);
INSERT INTO cast_member (id, stage_name, home_town, agent) VALUES (6, 'Priya Sandhu', 'Bristol', 'Marlow Talent');
INSERT INTO cast_member (id, stage_name, home_town, agent) VALUES (7, 'Gwen Morgan', 'Cardiff', 'Foxglove Agency');
INSERT INTO cast_member (id, stage_name, home_town, agent) VALUES (8, 'Felix Harrow', 'Bath', NULL);
INSERT INTO cast_member (id, stage_name, home_town, agent) VALUES (9, 'Nadia Ruiz', 'Plymouth', 'Marlow Talent');
INSERT INTO cast_member (id, stage_name, home_town, agent) VALUES (10, 'Callum Reeve', 'Exeter', 'Foxglove Agency');
INSERT INTO cast_member (id, stage_name, home_town, agent) VALUES (11, 'Beatrix Lowe', 'Bristol', NULL);
INSERT INTO cast_member (id, stage_name, home_town, agent) VALUES (12, 'Samuel Achebe', 'Cardiff', 'Marlow Talent');

INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (1, 1, 'Margaret');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (1, 4, 'Elsie');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (1, 8, 'Tobias');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (1, 12, 'The Surveyor');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (2, 2, 'King Bart');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (2, 5, 'Queen Mab');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (2, 11, 'Jester');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (3, 6, 'Ada');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (3, 3, 'Fisherman');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (3, 7, 'Widow Price');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (4, 5, 'Dame Trott');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (4, 10, 'Jack');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (4, 2, 'The Giant');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (4, 11, 'Princess');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (5, 1, 'Lantern Keeper');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (5, 9, 'Mei');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (5, 6, 'Older Mei');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (5, 12, 'Father');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (6, 3, 'The Lodger');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (6, 4, 'Mrs Bunting');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (7, 9, 'Luna');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (7, 7, 'Stage Manager');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (8, 8, 'Night Porter');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (8, 10, 'Guest');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (9, 1, 'Eleanor');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (9, 6, 'Clara');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (9, 12, 'Solicitor');
INSERT INTO casting (production_id, cast_member_id, role_name) VALUES (10, 3, 'Inspector Vale');

INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (1, 4, 'RYL', '2023-12-16 14:00:00', 'Saturday', 'sold out', 28.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (2, 4, 'RYL', '2023-12-16 19:00:00', 'Saturday', 'sold out', 32.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (3, 4, 'RYL', '2023-12-23 14:00:00', 'Saturday', 'on sale', 28.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (4, 1, 'ARC', '2024-01-12 19:30:00', 'Friday', 'on sale', 24.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (5, 1, 'ARC', '2024-01-13 19:30:00', 'Saturday', 'on sale', 24.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (6, 3, 'MILL', '2024-01-20 20:00:00', 'Saturday', 'cancelled', 18.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (7, 3, 'QUAY', '2024-02-02 19:30:00', 'Friday', 'on sale', 22.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (8, 2, 'LYR', '2024-02-09 20:00:00', 'Friday', 'on sale', 15.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (9, 2, 'LYR', '2024-02-10 20:00:00', 'Saturday', 'sold out', 15.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (10, 2, 'BOX', '2024-02-17 19:00:00', 'Saturday', 'on sale', 16.5);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (11, 7, 'PAV', '2024-02-24 14:30:00', 'Saturday', 'on sale', 30.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (12, 7, 'PAV', '2024-02-24 19:30:00', 'Saturday', 'on sale', 35.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (13, 6, 'MILL', '2024-03-01 20:00:00', 'Friday', 'on sale', 20.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (14, 6, 'MILL', '2024-03-02 20:00:00', 'Saturday', 'sold out', 20.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (15, 6, 'QUAY', '2024-03-08 19:30:00', 'Friday', 'on sale', 22.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (16, 5, 'RYL', '2024-03-14 19:30:00', 'Thursday', 'on sale', 42.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (17, 5, 'RYL', '2024-03-16 14:00:00', 'Saturday', 'on sale', 38.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (18, 5, 'RYL', '2024-03-16 19:30:00', 'Saturday', 'sold out', 45.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (19, 8, 'BOX', '2024-03-22 20:00:00', 'Friday', 'on sale', 14.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (20, 8, 'LYR', '2024-03-28 20:00:00', 'Thursday', 'cancelled', 14.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (21, 10, 'ARC', '2024-04-05 19:30:00', 'Friday', 'on sale', 21.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (22, 10, 'ARC', '2024-04-06 19:30:00', 'Saturday', 'on sale', 21.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (23, 9, 'QUAY', '2024-04-12 19:00:00', 'Friday', 'on sale', 26.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (24, 9, 'QUAY', '2024-04-13 14:30:00', 'Saturday', 'on sale', 24.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (25, 5, 'PAV', '2024-04-19 19:30:00', 'Friday', 'on sale', 40.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (26, 5, 'PAV', '2024-04-20 19:30:00', 'Saturday', 'sold out', 40.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (27, 1, 'GRN', '2024-05-04 18:00:00', 'Saturday', 'on sale', 19.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (28, 8, 'GRN', '2024-05-11 18:00:00', 'Saturday', 'on sale', 17.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (29, 3, 'MILL', '2024-05-17 20:00:00', 'Friday', 'on sale', 18.0);
INSERT INTO performance (id, production_id, venue_code, starts_at, day_name, status, ticket_price) VALUES (30, 2, 'RYL', '2024-05-25 19:30:00', 'Saturday', 'on sale', 25.0);

INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (1, 'Alice Brennan', 'alice.brennan@example.com', 'Bristol', '2021-09-14', 'Gold');
INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (2, 'Marcus Fell', 'mfell@example.org', 'Bath', '2023-02-01', 'Friend');
INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (3, 'Hannah Lyle', NULL, 'Cardiff', '2023-11-20', NULL);
INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (4, 'Tariq Osman', 'tariq.o@example.com', 'Bristol', '2022-06-05', 'Patron');
INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (5, 'June Whitcombe', 'junew@example.net', 'Exeter', '2024-01-08', NULL);
INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (6, 'Oliver Strand', 'o.strand@example.com', 'Bath', '2020-03-30', 'Gold');
INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (7, 'Sian Pryce', 'sian.pryce@example.org', 'Cardiff', '2023-02-01', 'Friend');
INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (8, 'Leo Marchetti', NULL, 'Bristol', '2024-02-19', NULL);
INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (9, 'Ruth Ambrose', 'ruth.a@example.com', 'Exeter', '2022-11-11', 'Patron');
INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (10, 'Dev Kapoor', 'dev.kapoor@example.net', 'Bristol', '2023-07-22', 'Friend');
INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (11, 'Freya Nolan', 'freya@example.com', 'Bath', '2024-03-03', NULL);
INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (12, 'Gareth Ince', 'g.ince@example.org', 'Cardiff', '2021-01-17', 'Gold');
INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (13, 'Mina Takahashi', 'mina.t@example.com', 'Swindon', '2023-09-09', 'Friend');
INSERT INTO patron (id, full_name, email, city, joined_on, member_tier) VALUES (14, 'Paul Devereux', NULL, 'Exeter', '2024-04-02', NULL);

INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (1, 2, 1, 1702227180, 2, 56.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (2, 1, 2, 1701378600, 2, 64.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (3, 1, 2, 1699303980, 2, 57.6, 'counter', 'FRIEND10');
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (4, 7, 3, 1699756620, 4, 112.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (5, 1, 3, 1703042940, 2, 56.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (6, 3, 4, 1701628800, 2, 48.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (7, 6, 4, 1704702600, 2, 48.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (8, 12, 5, 1702072740, 1, 24.0, 'counter', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (9, 10, 6, 1703371020, 2, 32.4, 'web', 'STUDENT');
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (10, 4, 7, 1704617280, 3, 66.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (11, 2, 8, 1705072200, 2, 30.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (12, 5, 8, 1707108780, 1, 15.0, 'phone', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (13, 13, 9, 1705313400, 3, 40.5, 'counter', 'FRIEND10');
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (14, 5, 9, 1706922600, 2, 30.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (15, 13, 10, 1704834000, 3, 44.55, 'phone', 'STUDENT');
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (16, 2, 11, 1708271940, 3, 90.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (17, 7, 11, 1707806880, 2, 60.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (18, 5, 14, 1708324620, 1, 18.0, 'counter', 'FRIEND10');
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (19, 5, 14, 1707070200, 2, 40.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (20, 7, 14, 1707279480, 2, 40.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (21, 8, 15, 1709787540, 2, 44.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (22, 7, 16, 1707064800, 4, 168.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (23, 1, 17, 1709001420, 2, 68.4, 'phone', 'FRIEND10');
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (24, 10, 17, 1707053340, 3, 114.0, 'phone', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (25, 3, 18, 1708846800, 2, 90.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (26, 2, 18, 1706830200, 2, 90.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (27, 7, 19, 1708651740, 3, 42.0, 'phone', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (28, 5, 19, 1707689400, 3, 37.8, 'phone', 'STUDENT');
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (29, 7, 20, 1710440940, 2, 28.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (30, 12, 21, 1709915400, 2, 42.0, 'phone', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (31, 11, 22, 1709701140, 2, 37.8, 'web', 'FRIEND10');
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (32, 10, 23, 1709433420, 2, 52.0, 'counter', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (33, 10, 23, 1711619100, 3, 78.0, 'web', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (34, 8, 24, 1710613380, 4, 96.0, 'counter', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (35, 7, 25, 1713221940, 4, 160.0, 'counter', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (36, 14, 25, 1712244600, 2, 80.0, 'counter', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (37, 2, 26, 1713153540, 2, 72.0, 'web', 'FRIEND10');
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (38, 5, 26, 1711900740, 2, 72.0, 'web', 'STUDENT');
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (39, 6, 26, 1711099800, 2, 80.0, 'counter', NULL);
INSERT INTO booking (id, patron_id, performance_id, booked_at, tickets, amount_paid, channel, discount_code) VALUES (40, 5, 27, 1714007880, 1, 19.0, 'web', NULL);
