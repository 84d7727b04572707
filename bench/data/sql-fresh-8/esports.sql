-- Northern Circuit: a 3v3 arena-shooter league.
-- matches.started_at is Unix epoch seconds (UTC); other dates are ISO text.
PRAGMA foreign_keys = ON;

CREATE TABLE teams (
  team_id INTEGER PRIMARY KEY,
  team_name TEXT NOT NULL,
  tag TEXT NOT NULL UNIQUE,
  region TEXT NOT NULL,
  founded_year INTEGER,
  home_city TEXT
);

CREATE TABLE players (
  id INTEGER PRIMARY KEY,
  handle TEXT NOT NULL UNIQUE,
  real_name TEXT NOT NULL,
  country TEXT NOT NULL,
  role TEXT NOT NULL,          -- 'Striker', 'Anchor', 'Support'
  birth_date TEXT
);

CREATE TABLE roster_stints (
  stint_id INTEGER PRIMARY KEY,
  player_id INTEGER NOT NULL REFERENCES players(id),
  team_id INTEGER NOT NULL REFERENCES teams(team_id),
  joined_on TEXT NOT NULL,
  left_on TEXT                 -- NULL while the player is still on the team
);

CREATE TABLE maps (
  map_code TEXT PRIMARY KEY,
  map_name TEXT NOT NULL,
  mode TEXT NOT NULL
);

CREATE TABLE matches (
  match_id INTEGER PRIMARY KEY,
  season TEXT NOT NULL,
  stage TEXT NOT NULL,         -- 'Group', 'Playoffs', 'Final'
  home_team_id INTEGER NOT NULL REFERENCES teams(team_id),
  away_team_id INTEGER NOT NULL REFERENCES teams(team_id),
  started_at INTEGER NOT NULL,
  best_of INTEGER NOT NULL,
  status TEXT NOT NULL,        -- 'Completed' or 'Postponed'
  winner_team_id INTEGER REFERENCES teams(team_id)
);

CREATE TABLE games (
  game_id INTEGER PRIMARY KEY,
  match_id INTEGER NOT NULL REFERENCES matches(match_id),
  game_no INTEGER NOT NULL,
  map_code TEXT NOT NULL REFERENCES maps(map_code),
  winner_team_id INTEGER NOT NULL REFERENCES teams(team_id),
  duration_sec INTEGER NOT NULL
);

CREATE TABLE sponsors (
  id INTEGER PRIMARY KEY,
  brand TEXT NOT NULL,
  industry TEXT,
  team_id INTEGER NOT NULL REFERENCES teams(team_id),
  annual_value TEXT,           -- US dollars as text; NULL when undisclosed
  start_month TEXT NOT NULL,   -- month name
  start_year INTEGER NOT NULL
);

CREATE TABLE prize_payouts (
  payout_id INTEGER PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES teams(team_id),
  event_name TEXT NOT NULL,
  placement INTEGER NOT NULL,
  amount_usd REAL NOT NULL,
  paid_on TEXT NOT NULL
);

INSERT INTO teams (team_id, team_name, tag, region, founded_year, home_city) VALUES
  (1, 'Aurora Wolves', 'AUW', 'North', 2017, 'Oslo'),
  (2, 'Crimson Lynx', 'CLX', 'West', 2015, 'Lisbon'),
  (3, 'Ironclad Esports', 'IRN', 'Central', 2018, 'Prague'),
  (4, 'Nova Serpents', 'NVS', 'West', 2019, 'Madrid'),
  (5, 'Polar Static', 'PST', 'North', 2016, 'Helsinki'),
  (6, 'Ember Vanguard', 'EMV', 'Central', 2020, 'Vienna'),
  (7, 'Tidebreakers', 'TDB', 'South', 2021, 'Athens'),
  (8, 'Sundial Syndicate', 'SDS', 'South', 2014, 'Valletta');

INSERT INTO players (id, handle, real_name, country, role, birth_date) VALUES
  (1, 'Frostbyte', 'Eirik Haugen', 'Norway', 'Striker', '2001-02-14'),
  (2, 'Lumen', 'Sindre Aas', 'Norway', 'Support', '2003-07-30'),
  (3, 'Kestrel', 'Jonas Lindgren', 'Sweden', 'Anchor', '1999-11-05'),
  (4, 'Vanta', 'Tiago Mendes', 'Portugal', 'Striker', '2002-04-18'),
  (5, 'Quill', 'Rui Carvalho', 'Portugal', 'Support', '2000-12-01'),
  (6, 'Bastion', 'Luis Ortega', 'Spain', 'Anchor', '1998-09-22'),
  (7, 'Rivet', 'Tomas Dvorak', 'Czechia', 'Striker', '2004-01-09'),
  (8, 'Cobalt', 'Marek Novak', 'Czechia', 'Anchor', '2001-06-27'),
  (9, 'Hush', 'Ana Kovac', 'Croatia', 'Support', NULL),
  (10, 'Sable', 'Javier Ruiz', 'Spain', 'Striker', '2003-03-03'),
  (11, 'Mirage', 'Pablo Santos', 'Spain', 'Support', '2002-10-11'),
  (12, 'Torque', 'Lukas Weber', 'Germany', 'Anchor', '2000-05-16'),
  (13, 'Glacier', 'Aleksi Virtanen', 'Finland', 'Anchor', '1997-08-08'),
  (14, 'Pixel', 'Onni Laine', 'Finland', 'Striker', '2005-02-02'),
  (15, 'Nimbus', 'Emilia Koskinen', 'Finland', 'Support', '2003-12-19'),
  (16, 'Ember', 'Felix Gruber', 'Austria', 'Striker', '2002-08-25'),
  (17, 'Drift', 'Jakob Hofer', 'Austria', 'Support', '2001-01-31'),
  (18, 'Anvil', 'Milan Petrovic', 'Serbia', 'Anchor', '1999-04-14'),
  (19, 'Zephyr', 'Nikos Papadakis', 'Greece', 'Striker', '2004-06-06'),
  (20, 'Orbit', 'Giorgos Alexiou', 'Greece', 'Support', NULL),
  (21, 'Keel', 'Dimitris Lazarou', 'Cyprus', 'Anchor', '2000-10-29'),
  (22, 'Solstice', 'Matteo Camilleri', 'Malta', 'Striker', '1998-12-24'),
  (23, 'Halyard', 'Luca Borg', 'Malta', 'Anchor', '1996-03-17'),
  (24, 'Verdant', 'Marco Rossi', 'Italy', 'Support', '2001-09-09'),
  (25, 'Spindle', 'Oskar Berg', 'Sweden', 'Striker', '2002-11-23'),
  (26, 'Latch', 'Nuno Ferreira', 'Portugal', 'Support', '2004-05-05'),
  (27, 'Crest', 'Hugo Lambert', 'France', 'Anchor', '2000-07-07'),
  (28, 'Wisp', 'Sara Novak', 'Slovenia', 'Support', '2005-08-13');

INSERT INTO roster_stints (stint_id, player_id, team_id, joined_on, left_on) VALUES
  (1, 1, 1, '2019-01-10', NULL),
  (2, 2, 1, '2022-01-05', NULL),
  (3, 3, 1, '2018-06-01', NULL),
  (4, 4, 2, '2021-02-15', NULL),
  (5, 5, 2, '2019-08-20', NULL),
  (6, 6, 2, '2017-03-01', NULL),
  (7, 7, 3, '2022-12-01', NULL),
  (8, 8, 3, '2020-04-11', NULL),
  (9, 9, 4, '2019-06-01', '2022-02-28'),
  (10, 9, 3, '2022-03-15', NULL),
  (11, 10, 4, '2021-09-09', NULL),
  (12, 11, 4, '2022-03-20', NULL),
  (13, 12, 4, '2020-11-02', NULL),
  (14, 13, 5, '2016-05-01', NULL),
  (15, 25, 1, '2021-01-15', '2022-12-20'),
  (16, 25, 5, '2023-01-05', '2024-05-01'),
  (17, 14, 5, '2024-05-10', NULL),
  (18, 15, 5, '2022-07-01', NULL),
  (19, 16, 6, '2020-02-01', NULL),
  (20, 17, 6, '2020-02-01', '2024-06-01'),
  (21, 28, 6, '2024-06-15', NULL),
  (22, 18, 6, '2021-05-05', NULL),
  (23, 27, 3, '2020-03-01', '2023-11-30'),
  (24, 27, 7, '2024-01-10', '2024-06-30'),
  (25, 19, 7, '2021-03-01', NULL),
  (26, 20, 7, '2021-03-01', NULL),
  (27, 21, 7, '2024-07-05', NULL),
  (28, 22, 8, '2015-02-01', NULL),
  (29, 23, 8, '2014-09-01', NULL),
  (30, 24, 8, '2020-01-20', NULL),
  (31, 26, 2, '2023-08-01', NULL);

INSERT INTO maps (map_code, map_name, mode) VALUES
  ('FRG', 'Foundry Gate', 'Control'),
  ('SLT', 'Saltworks', 'Payload'),
  ('OBS', 'Observatory', 'Control'),
  ('HRB', 'Harbor Nine', 'Capture'),
  ('GLC', 'Glacier Relay', 'Payload'),
  ('CNY', 'Canyon Spire', 'Capture');

INSERT INTO matches (match_id, season, stage, home_team_id, away_team_id, started_at, best_of, status, winner_team_id) VALUES
  (1, '2024 Spring', 'Group', 1, 2, 1709402400, 3, 'Completed', 1),
  (2, '2024 Spring', 'Group', 3, 4, 1709488800, 3, 'Completed', 4),
  (3, '2024 Spring', 'Group', 5, 6, 1710007200, 3, 'Completed', 5),
  (4, '2024 Spring', 'Group', 7, 8, 1710093600, 3, 'Completed', 8),
  (5, '2024 Spring', 'Group', 1, 3, 1710612000, 3, 'Completed', 1),
  (6, '2024 Spring', 'Group', 2, 4, 1710698400, 3, 'Completed', 2),
  (7, '2024 Spring', 'Group', 5, 8, 1711216800, 3, 'Completed', 8),
  (8, '2024 Spring', 'Group', 6, 7, 1711134000, 3, 'Completed', 6),
  (9, '2024 Spring', 'Playoffs', 1, 8, 1712430000, 3, 'Completed', 1),
  (10, '2024 Spring', 'Playoffs', 2, 6, 1712516400, 3, 'Completed', 6),
  (11, '2024 Spring', 'Final', 1, 6, 1713632400, 5, 'Completed', 1),
  (12, '2024 Summer', 'Group', 4, 7, 1720810800, 3, 'Completed', 4),
  (13, '2024 Summer', 'Group', 8, 1, 1720893600, 3, 'Completed', 1),
  (14, '2024 Summer', 'Group', 3, 5, 1721584800, 3, 'Completed', 3),
  (15, '2024 Summer', 'Group', 6, 2, 1722103200, 3, 'Postponed', NULL);

INSERT INTO games (game_id, match_id, game_no, map_code, winner_team_id, duration_sec) VALUES
  (1, 1, 1, 'FRG', 1, 1520),
  (2, 1, 2, 'SLT', 2, 1710),
  (3, 1, 3, 'OBS', 1, 1405),
  (4, 2, 1, 'HRB', 4, 1288),
  (5, 2, 2, 'GLC', 4, 1642),
  (6, 3, 1, 'FRG', 5, 1377),
  (7, 3, 2, 'CNY', 5, 1189),
  (8, 4, 1, 'SLT', 7, 1833),
  (9, 4, 2, 'OBS', 8, 1456),
  (10, 4, 3, 'GLC', 8, 1598),
  (11, 5, 1, 'CNY', 1, 1244),
  (12, 5, 2, 'HRB', 1, 1317),
  (13, 6, 1, 'FRG', 4, 1561),
  (14, 6, 2, 'SLT', 2, 1905),
  (15, 6, 3, 'OBS', 2, 1472),
  (16, 7, 1, 'GLC', 8, 1666),
  (17, 7, 2, 'FRG', 5, 1350),
  (18, 7, 3, 'HRB', 8, 1402),
  (19, 8, 1, 'OBS', 6, 1399),
  (20, 8, 2, 'CNY', 7, 1276),
  (21, 8, 3, 'SLT', 6, 1758),
  (22, 9, 1, 'FRG', 1, 1489),
  (23, 9, 2, 'GLC', 8, 1721),
  (24, 9, 3, 'HRB', 1, 1335),
  (25, 10, 1, 'SLT', 6, 1804),
  (26, 10, 2, 'OBS', 2, 1433),
  (27, 10, 3, 'CNY', 6, 1262),
  (28, 11, 1, 'FRG', 1, 1547),
  (29, 11, 2, 'SLT', 6, 1869),
  (30, 11, 3, 'OBS', 1, 1510),
  (31, 11, 4, 'HRB', 6, 1296),
  (32, 11, 5, 'GLC', 1, 1937),
  (33, 12, 1, 'CNY', 4, 1221),
  (34, 12, 2, 'FRG', 4, 1408),
  (35, 13, 1, 'OBS', 1, 1390),
  (36, 13, 2, 'HRB', 8, 1355),
  (37, 13, 3, 'SLT', 1, 1777),
  (38, 14, 1, 'GLC', 3, 1613),
  (39, 14, 2, 'FRG', 5, 1426),
  (40, 14, 3, 'CNY', 3, 1230);

INSERT INTO sponsors (id, brand, industry, team_id, annual_value, start_month, start_year) VALUES
  (1, 'Voltcore Energy', 'Energy drinks', 1, '120000', 'January', 2023),
  (2, 'Nordpeak Telecom', 'Telecom', 1, '85000', 'March', 2024),
  (3, 'Hexaflux Peripherals', 'Hardware', 2, '60000', 'September', 2022),
  (4, 'Marisco Foods', 'Food', 2, '25000', 'June', 2024),
  (5, 'Kronos Bank', 'Finance', 3, '90000', 'February', 2024),
  (6, 'Hexaflux Peripherals', 'Hardware', 4, '55000', 'January', 2024),
  (7, 'Voltcore Energy', 'Energy drinks', 5, '70000', 'April', 2023),
  (8, 'Aurum Seats', 'Furniture', 6, '40000', 'May', 2024),
  (9, 'Nordpeak Telecom', 'Telecom', 6, '65000', 'August', 2023),
  (10, 'Helios Airlines', 'Travel', 8, '150000', 'January', 2022),
  (11, 'Hexaflux Peripherals', 'Hardware', 8, '75000', 'March', 2023),
  (12, 'Marisco Foods', 'Food', 7, NULL, 'October', 2024),
  (13, 'Kronos Bank', 'Finance', 8, '50000', 'July', 2024);

INSERT INTO prize_payouts (payout_id, team_id, event_name, placement, amount_usd, paid_on) VALUES
  (1, 5, 'Baltic Invitational 2023', 1, 30000.0, '2023-11-20'),
  (2, 1, 'Baltic Invitational 2023', 2, 15000.0, '2023-11-20'),
  (3, 3, 'Baltic Invitational 2023', 3, 7500.0, '2023-11-20'),
  (4, 4, 'Baltic Invitational 2023', 4, 4000.0, '2023-11-20'),
  (5, 8, 'Winter Clash 2024', 1, 40000.0, '2024-02-10'),
  (6, 2, 'Winter Clash 2024', 2, 20000.0, '2024-02-10'),
  (7, 1, 'Winter Clash 2024', 3, 10000.0, '2024-02-10'),
  (8, 7, 'Winter Clash 2024', 4, 5000.0, '2024-02-10'),
  (9, 1, 'Northern Circuit Spring 2024', 1, 50000.0, '2024-05-15'),
  (10, 6, 'Northern Circuit Spring 2024', 2, 25000.0, '2024-05-15'),
  (11, 8, 'Northern Circuit Spring 2024', 3, 10000.0, '2024-05-15'),
  (12, 2, 'Northern Circuit Spring 2024', 3, 10000.0, '2024-05-15'),
  (13, 6, 'Midsummer Cup 2024', 1, 20000.0, '2024-07-05'),
  (14, 4, 'Midsummer Cup 2024', 2, 12000.0, '2024-07-05'),
  (15, 5, 'Midsummer Cup 2024', 3, 6000.0, '2024-07-05'),
  (16, 3, 'Midsummer Cup 2024', 4, 3000.0, '2024-07-05');
