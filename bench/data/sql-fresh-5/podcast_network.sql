CREATE TABLE shows (
    show_code TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    genre TEXT NOT NULL,
    launch_year INTEGER NOT NULL,
    release_day TEXT NOT NULL,
    language TEXT NOT NULL
);

CREATE TABLE hosts (
    host_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    country TEXT,
    joined_on TEXT NOT NULL
);

CREATE TABLE show_hosts (
    show_code TEXT NOT NULL REFERENCES shows(show_code),
    host_id INTEGER NOT NULL REFERENCES hosts(host_id),
    role TEXT NOT NULL,
    PRIMARY KEY (show_code, host_id)
);

CREATE TABLE episodes (
    episode_id INTEGER PRIMARY KEY,
    show_code TEXT NOT NULL REFERENCES shows(show_code),
    episode_number INTEGER NOT NULL,
    title TEXT NOT NULL,
    published_at INTEGER NOT NULL,
    duration_min TEXT,
    explicit INTEGER NOT NULL DEFAULT 0,
    guest_name TEXT
);

CREATE TABLE sponsors (
    sponsor_id INTEGER PRIMARY KEY,
    company TEXT NOT NULL,
    industry TEXT NOT NULL,
    country TEXT
);

CREATE TABLE ad_spots (
    spot_id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episodes(episode_id),
    sponsor_id INTEGER NOT NULL REFERENCES sponsors(sponsor_id),
    placement TEXT NOT NULL,
    fee REAL NOT NULL,
    booked_on TEXT NOT NULL,
    paid_on TEXT
);

INSERT INTO shows (show_code, title, genre, launch_year, release_day, language) VALUES ('AMB', 'Ambient Minds', 'science', 2019, 'Monday', 'en');
INSERT INTO shows (show_code, title, genre, launch_year, release_day, language) VALUES ('BKT', 'Backtrack', 'music', 2020, 'Friday', 'en');
INSERT INTO shows (show_code, title, genre, launch_year, release_day, language) VALUES ('CPR', 'Cold Press', 'business', 2021, 'Tuesday', 'en');
INSERT INTO shows (show_code, title, genre, launch_year, release_day, language) VALUES ('DLC', 'Dinner Later Club', 'food', 2021, 'Thursday', 'en');
INSERT INTO shows (show_code, title, genre, launch_year, release_day, language) VALUES ('EFT', 'Eco Futures', 'science', 2022, 'Wednesday', 'en');
INSERT INTO shows (show_code, title, genre, launch_year, release_day, language) VALUES ('FNL', 'Fútbol Nocturno', 'sports', 2022, 'Sunday', 'es');
INSERT INTO shows (show_code, title, genre, launch_year, release_day, language) VALUES ('GRD', 'Ground Rules', 'business', 2023, 'Tuesday', 'en');
INSERT INTO shows (show_code, title, genre, launch_year, release_day, language) VALUES ('HSH', 'Hush Hour', 'true crime', 2023, 'Thursday', 'en');
INSERT INTO shows (show_code, title, genre, launch_year, release_day, language) VALUES ('IVY', 'Ivy Tower Talks', 'education', 2024, 'Monday', 'en');

INSERT INTO hosts (host_id, full_name, country, joined_on) VALUES (1, 'Amara Cole', 'UK', '2019-02-11');
INSERT INTO hosts (host_id, full_name, country, joined_on) VALUES (2, 'Bruno Alves', 'BR', '2019-02-11');
INSERT INTO hosts (host_id, full_name, country, joined_on) VALUES (3, 'Clara Jensen', 'DK', '2020-05-04');
INSERT INTO hosts (host_id, full_name, country, joined_on) VALUES (4, 'Diego Morales', 'ES', '2020-08-17');
INSERT INTO hosts (host_id, full_name, country, joined_on) VALUES (5, 'Emily Zhou', 'US', '2021-01-25');
INSERT INTO hosts (host_id, full_name, country, joined_on) VALUES (6, 'Farah Aziz', 'US', '2021-06-07');
INSERT INTO hosts (host_id, full_name, country, joined_on) VALUES (7, 'Gus Thornton', 'UK', '2022-03-14');
INSERT INTO hosts (host_id, full_name, country, joined_on) VALUES (8, 'Hana Mori', 'JP', '2022-09-01');
INSERT INTO hosts (host_id, full_name, country, joined_on) VALUES (9, 'Ivan Petrov', NULL, '2023-01-16');
INSERT INTO hosts (host_id, full_name, country, joined_on) VALUES (10, 'Julia Santos', 'ES', '2023-04-03');
INSERT INTO hosts (host_id, full_name, country, joined_on) VALUES (11, 'Kofi Mensah', 'UK', '2023-10-09');
INSERT INTO hosts (host_id, full_name, country, joined_on) VALUES (12, 'Lea Dubois', 'FR', '2024-02-12');

INSERT INTO show_hosts (show_code, host_id, role) VALUES ('AMB', 1, 'host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('AMB', 3, 'co-host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('BKT', 2, 'host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('BKT', 7, 'co-host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('CPR', 5, 'host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('CPR', 6, 'co-host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('CPR', 1, 'producer');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('DLC', 6, 'host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('DLC', 8, 'co-host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('EFT', 3, 'host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('EFT', 5, 'producer');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('FNL', 4, 'host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('FNL', 10, 'co-host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('GRD', 9, 'host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('GRD', 5, 'co-host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('HSH', 11, 'host');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('HSH', 7, 'producer');
INSERT INTO show_hosts (show_code, host_id, role) VALUES ('IVY', 12, 'host');

INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (1, 'AMB', 1, 'Why We Dream', 1673244000, '41', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (2, 'AMB', 2, 'The Octopus Mind', 1675663200, '38.5', 0, 'Dr. Rhea Lin');
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (3, 'AMB', 3, 'Sleep Debt', 1678082400, '44', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (4, 'AMB', 4, 'Memory Palaces', 1699855200, '52', 0, 'Tom Hale');
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (5, 'AMB', 5, 'Attention Economy', 1709532000, '47.5', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (6, 'BKT', 1, 'Vinyl Revival', 1678467600, '58', 1, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (7, 'BKT', 2, 'One-Hit Wonders', 1686934800, '61', 1, 'Marla Keys');
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (8, 'BKT', 3, 'Sampling Wars', 1695402000, '55', 1, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (9, 'BKT', 4, 'Live at Last', 1710608400, '63.5', 1, 'The Ferns');
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (10, 'CPR', 1, 'Bootstrapped', 1673933400, '29', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (11, 'CPR', 2, 'Pricing Power', 1676352600, '31', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (12, 'CPR', 3, 'Remote Teams', 1678771800, '27.5', 0, 'Nadia Brooks');
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (13, 'CPR', 4, 'Exit Plans', 1689053400, '33', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (14, 'CPR', 5, 'Founder Burnout', 1705383000, '35', 1, 'Leo Grant');
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (15, 'CPR', 6, 'Unit Economics', 1710221400, '30', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (16, 'DLC', 1, 'Sourdough Science', 1680782400, '46', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (17, 'DLC', 2, 'Street Food Tour', 1683201600, '49', 0, 'Chef Ana Ruiz');
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (18, 'DLC', 3, 'Fermentation', 1702036800, '44.5', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (19, 'DLC', 4, 'Spice Routes', 1711022400, '51', 0, 'Kabir Shah');
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (20, 'EFT', 1, 'Heat Pumps 101', 1683705600, '36', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (21, 'EFT', 2, 'Rewilding', 1692172800, '40', 0, 'Dr. Maia Ford');
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (22, 'EFT', 3, 'Ocean Plastics', 1707897600, '38', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (23, 'EFT', 4, 'Carbon Markets', 1713340800, '42.5', 0, 'Ken Ito');
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (24, 'FNL', 1, 'El Clásico', 1698613200, '72', 1, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (25, 'FNL', 2, 'Cantera', 1701032400, '68', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (26, 'FNL', 3, 'Mercado de Fichajes', 1706475600, '75', 1, 'Raúl Gómez');
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (27, 'FNL', 4, 'Copa del Rey', 1712523600, '70', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (28, 'GRD', 1, 'Hiring Well', 1694496600, '25', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (29, 'GRD', 2, 'Contracts 101', 1696915800, '28', 0, 'Amy Stone');
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (30, 'GRD', 3, 'Saying No', 1707802200, '26.5', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (31, 'GRD', 4, 'Board Meetings', 1710221400, '30', 0, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (32, 'HSH', 1, 'The Lighthouse Keeper', 1696536000, '54', 1, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (33, 'HSH', 2, 'Vanished in Vail', 1697745600, '57', 1, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (34, 'HSH', 3, 'The Forger', 1698955200, '49', 1, 'Det. Sara Quinn');
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (35, 'HSH', 4, 'Cold Case Files', 1705003200, '60', 1, NULL);
INSERT INTO episodes (episode_id, show_code, episode_number, title, published_at, duration_min, explicit, guest_name) VALUES (36, 'HSH', 5, 'Last Train', 1710446400, '55.5', 1, NULL);

INSERT INTO sponsors (sponsor_id, company, industry, country) VALUES (1, 'BrightBank', 'finance', 'UK');
INSERT INTO sponsors (sponsor_id, company, industry, country) VALUES (2, 'PeakGear', 'outdoor', 'US');
INSERT INTO sponsors (sponsor_id, company, industry, country) VALUES (3, 'Nimbus Cloud', 'tech', 'US');
INSERT INTO sponsors (sponsor_id, company, industry, country) VALUES (4, 'GreenLeaf Foods', 'food', 'NL');
INSERT INTO sponsors (sponsor_id, company, industry, country) VALUES (5, 'Stellar VPN', 'tech', NULL);
INSERT INTO sponsors (sponsor_id, company, industry, country) VALUES (6, 'Quill Books', 'retail', 'UK');
INSERT INTO sponsors (sponsor_id, company, industry, country) VALUES (7, 'Orbit Mobile', 'telecom', 'ES');
INSERT INTO sponsors (sponsor_id, company, industry, country) VALUES (8, 'Tidal Coffee', 'food', 'US');
INSERT INTO sponsors (sponsor_id, company, industry, country) VALUES (9, 'Harbor Insurance', 'finance', 'US');

INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (1, 1, 3, 'pre-roll', 300.0, '2022-12-20', '2023-01-31');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (2, 2, 3, 'mid-roll', 450.0, '2023-01-18', '2023-02-28');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (3, 3, 5, 'pre-roll', 300.0, '2023-02-15', '2023-03-31');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (4, 4, 3, 'mid-roll', 500.0, '2023-10-25', NULL);
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (5, 5, 5, 'mid-roll', 500.0, '2024-02-12', '2024-03-29');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (6, 6, 6, 'pre-roll', 250.0, '2023-02-20', '2023-03-31');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (7, 7, 7, 'mid-roll', 600.0, '2023-05-29', '2023-07-14');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (8, 8, 7, 'mid-roll', 600.0, '2023-09-01', '2023-10-20');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (9, 9, 2, 'post-roll', 200.0, '2024-02-26', NULL);
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (10, 9, 7, 'mid-roll', 650.0, '2024-02-26', NULL);
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (11, 10, 1, 'pre-roll', 350.0, '2022-12-28', '2023-02-10');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (12, 11, 1, 'mid-roll', 550.0, '2023-01-24', '2023-03-10');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (13, 12, 3, 'mid-roll', 500.0, '2023-02-21', '2023-04-07');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (14, 13, 1, 'pre-roll', 350.0, '2023-06-19', '2023-08-11');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (15, 14, 5, 'mid-roll', 550.0, '2023-12-18', '2024-02-16');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (16, 15, 1, 'mid-roll', 600.0, '2024-02-19', NULL);
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (17, 16, 4, 'pre-roll', 300.0, '2023-03-15', '2023-04-28');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (18, 17, 8, 'mid-roll', 400.0, '2023-04-12', '2023-05-31');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (19, 18, 4, 'mid-roll', 400.0, '2023-11-15', '2024-01-05');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (20, 19, 8, 'pre-roll', 300.0, '2024-03-01', NULL);
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (21, 20, 2, 'pre-roll', 250.0, '2023-04-19', '2023-06-02');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (22, 22, 2, 'mid-roll', 400.0, '2024-01-24', '2024-03-08');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (23, 23, 3, 'post-roll', 200.0, '2024-03-27', NULL);
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (24, 24, 7, 'pre-roll', 450.0, '2023-10-09', '2023-11-24');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (25, 26, 7, 'mid-roll', 700.0, '2024-01-08', '2024-02-23');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (26, 28, 1, 'pre-roll', 300.0, '2023-08-21', '2023-10-06');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (27, 30, 1, 'mid-roll', 450.0, '2024-01-22', '2024-03-08');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (28, 32, 5, 'pre-roll', 350.0, '2023-09-18', '2023-11-03');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (29, 33, 5, 'mid-roll', 500.0, '2023-09-28', '2023-11-17');
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (30, 35, 6, 'post-roll', 200.0, '2023-12-20', NULL);
INSERT INTO ad_spots (spot_id, episode_id, sponsor_id, placement, fee, booked_on, paid_on) VALUES (31, 36, 5, 'mid-roll', 550.0, '2024-02-26', NULL);
