CREATE TABLE station (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  district TEXT NOT NULL,
  docks INTEGER NOT NULL,
  installed_year INTEGER NOT NULL,
  cleaning_day TEXT
);
CREATE TABLE bike (
  id INTEGER PRIMARY KEY,
  frame_no TEXT NOT NULL UNIQUE,
  model TEXT NOT NULL,
  is_electric INTEGER NOT NULL,
  in_service_since TEXT NOT NULL,
  home_station TEXT REFERENCES station(code)
);
CREATE TABLE rider (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  plan TEXT NOT NULL,
  signup_date TEXT NOT NULL,
  birth_year INTEGER,
  postcode TEXT
);
CREATE TABLE trip (
  id INTEGER PRIMARY KEY,
  bike_id INTEGER NOT NULL REFERENCES bike(id),
  rider_id INTEGER NOT NULL REFERENCES rider(id),
  start_station TEXT NOT NULL REFERENCES station(code),
  end_station TEXT REFERENCES station(code),
  started_at INTEGER NOT NULL,
  ended_at INTEGER,
  distance_km TEXT,
  fare REAL NOT NULL
);
CREATE TABLE repair (
  id INTEGER PRIMARY KEY,
  bike_id INTEGER NOT NULL REFERENCES bike(id),
  opened_on TEXT NOT NULL,
  closed_on TEXT,
  fault TEXT NOT NULL,
  mechanic TEXT
);
CREATE TABLE part (
  sku TEXT PRIMARY KEY,
  description TEXT NOT NULL,
  unit_cost TEXT NOT NULL
);
CREATE TABLE repair_part (
  repair_id INTEGER NOT NULL REFERENCES repair(id),
  part_sku TEXT NOT NULL REFERENCES part(sku),
  quantity INTEGER NOT NULL,
  PRIMARY KEY (repair_id, part_sku)
);

INSERT INTO station (code, name, district, docks, installed_year, cleaning_day) VALUES ('HBR', 'Harbourside', 'Centre', 24, 2019, 'Monday');
INSERT INTO station (code, name, district, docks, installed_year, cleaning_day) VALUES ('TMP', 'Temple Meads', 'Centre', 30, 2019, 'Tuesday');
INSERT INTO station (code, name, district, docks, installed_year, cleaning_day) VALUES ('CLF', 'Clifton Village', 'Clifton', 16, 2020, 'Monday');
INSERT INTO station (code, name, district, docks, installed_year, cleaning_day) VALUES ('RDL', 'Redland Green', 'Redland', 12, 2021, NULL);
INSERT INTO station (code, name, district, docks, installed_year, cleaning_day) VALUES ('STW', 'Stokes Croft', 'Centre', 18, 2020, 'Thursday');
INSERT INTO station (code, name, district, docks, installed_year, cleaning_day) VALUES ('BED', 'Bedminster Parade', 'Bedminster', 20, 2022, 'Friday');
INSERT INTO station (code, name, district, docks, installed_year, cleaning_day) VALUES ('EAS', 'Easton Leisure Centre', 'Easton', 14, 2023, 'Tuesday');
INSERT INTO station (code, name, district, docks, installed_year, cleaning_day) VALUES ('SOU', 'Southville Deli', 'Bedminster', 10, 2023, NULL);
INSERT INTO station (code, name, district, docks, installed_year, cleaning_day) VALUES ('UNI', 'University Precinct', 'Clifton', 28, 2021, 'Wednesday');
INSERT INTO station (code, name, district, docks, installed_year, cleaning_day) VALUES ('FIS', 'Fishponds Road', 'Easton', 12, 2024, 'Friday');

INSERT INTO bike (id, frame_no, model, is_electric, in_service_since, home_station) VALUES (1, 'FR-10021', 'Urbano 3', 0, '2019-05-01', 'HBR');
INSERT INTO bike (id, frame_no, model, is_electric, in_service_since, home_station) VALUES (2, 'FR-10022', 'Urbano 3', 0, '2019-05-01', 'TMP');
INSERT INTO bike (id, frame_no, model, is_electric, in_service_since, home_station) VALUES (3, 'FR-10045', 'Urbano 3', 0, '2020-04-15', 'CLF');
INSERT INTO bike (id, frame_no, model, is_electric, in_service_since, home_station) VALUES (4, 'EV-20001', 'Volt S', 1, '2021-08-20', 'UNI');
INSERT INTO bike (id, frame_no, model, is_electric, in_service_since, home_station) VALUES (5, 'EV-20002', 'Volt S', 1, '2021-08-20', 'HBR');
INSERT INTO bike (id, frame_no, model, is_electric, in_service_since, home_station) VALUES (6, 'FR-10078', 'Urbano 4', 0, '2022-03-10', 'BED');
INSERT INTO bike (id, frame_no, model, is_electric, in_service_since, home_station) VALUES (7, 'EV-20019', 'Volt S', 1, '2022-03-10', NULL);
INSERT INTO bike (id, frame_no, model, is_electric, in_service_since, home_station) VALUES (8, 'EV-30003', 'Volt X', 1, '2023-06-01', 'STW');
INSERT INTO bike (id, frame_no, model, is_electric, in_service_since, home_station) VALUES (9, 'FR-10102', 'Urbano 4', 0, '2023-06-01', 'EAS');
INSERT INTO bike (id, frame_no, model, is_electric, in_service_since, home_station) VALUES (10, 'EV-30011', 'Volt X', 1, '2023-11-30', 'TMP');
INSERT INTO bike (id, frame_no, model, is_electric, in_service_since, home_station) VALUES (11, 'FR-10130', 'Urbano 4', 0, '2024-01-22', 'RDL');
INSERT INTO bike (id, frame_no, model, is_electric, in_service_since, home_station) VALUES (12, 'EV-30020', 'Volt X', 1, '2024-02-05', NULL);

INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (1, 'Chloe Barnard', 'annual', '2021-03-14', 1988, 'BS1 4DJ');
INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (2, 'Yusuf Demir', 'monthly', '2022-07-02', 1995, 'BS2 0QA');
INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (3, 'Ellen Fairweather', 'pay-as-you-go', '2023-01-19', 1972, NULL);
INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (4, 'Kofi Mensah', 'annual', '2020-11-05', 1990, 'BS8 1TH');
INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (5, 'Rosa Lindqvist', 'monthly', '2023-05-27', NULL, 'BS3 1AB');
INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (6, 'Harry Quint', 'pay-as-you-go', '2023-09-30', 2001, 'BS5 6XX');
INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (7, 'Amara Obi', 'annual', '2022-02-11', 1984, 'BS6 7PL');
INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (8, 'Nathan Cole', 'monthly', '2024-01-06', 1999, 'BS2 9JH');
INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (9, 'Lena Vogt', 'pay-as-you-go', '2024-02-14', 1995, NULL);
INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (10, 'Ibrahim Sesay', 'annual', '2021-08-08', 1979, 'BS7 8AA');
INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (11, 'Tess Morley', 'monthly', '2023-12-01', 2003, 'BS1 6QQ');
INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (12, 'Joel Anand', 'pay-as-you-go', '2024-03-18', 1988, 'BS4 3DE');
INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (13, 'Wren Castell', 'annual', '2022-10-10', 1966, 'BS9 2LN');
INSERT INTO rider (id, name, plan, signup_date, birth_year, postcode) VALUES (14, 'Priti Shah', 'monthly', '2024-04-01', 1997, NULL);

INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (1, 8, 5, 'TMP', 'UNI', 1701534165, 1701535085, '3.5', 4.25);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (2, 7, 10, 'HBR', 'TMP', 1701629340, 1701631100, '11.4', 4.35);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (3, 9, 6, 'UNI', 'STW', 1702312950, 1702313830, '2.9', 2.9);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (4, 3, 10, 'STW', 'BED', 1702821450, 1702824210, '6.9', 0.0);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (5, 5, 11, 'RDL', 'HBR', 1703087385, 1703088805, '4.9', 6.25);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (6, 8, 11, 'BED', 'CLF', 1703943645, 1703945145, '10.2', 6.75);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (7, 6, 5, 'HBR', 'RDL', 1704488340, 1704490740, '8.8', 4.5);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (8, 10, 13, 'HBR', 'CLF', 1705820940, 1705823500, '9.9', 6.3);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (9, 5, 8, 'BED', 'EAS', 1705858560, 1705859360, '4.0', 3.75);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (10, 8, 1, 'TMP', 'TMP', 1706305605, 1706306925, '7.8', 3.3);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (11, 2, 6, 'TMP', 'CLF', 1706522760, 1706524360, '3.8', 4.1);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (12, 5, 11, 'SOU', 'HBR', 1707125112, 1707128292, '13.3', 13.75);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (13, 1, 5, 'EAS', 'RDL', 1707132780, 1707134080, '6.0', 2.6);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (14, 1, 3, 'HBR', 'SOU', 1707134100, 1707136160, '7.3', 4.9);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (15, 9, 4, 'SOU', 'CLF', 1707581265, 1707583405, '9.3', 0.0);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (16, 8, 5, 'RDL', 'EAS', 1707899580, 1707900500, '5.0', 4.25);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (17, 10, 11, 'UNI', 'EAS', 1708249290, 1708250530, '5.1', 5.5);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (18, 2, 7, 'UNI', NULL, 1708613352, NULL, NULL, 0.0);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (19, 8, 11, 'EAS', 'BED', 1708711920, 1708715100, '13.8', 13.75);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (20, 9, 3, 'FIS', 'TMP', 1709304945, 1709305785, '3.5', 2.9);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (21, 2, 4, 'HBR', 'BED', 1709412810, 1709413750, '3.2', 0.0);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (22, 4, 13, 'HBR', 'SOU', 1709502345, 1709505005, '13.8', 6.6);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (23, 4, 1, 'EAS', 'BED', 1709619960, 1709622920, '15.9', 7.35);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (24, 1, 4, 'BED', 'BED', 1710001620, 1710004860, '14.9', 0.0);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (25, 11, 1, 'SOU', 'CLF', 1710348630, 1710350190, '3.3', 0.0);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (26, 6, 4, 'SOU', 'UNI', 1710439620, 1710440200, NULL, 0.0);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (27, 5, 5, 'STW', 'CLF', 1710855885, 1710856845, '5.1', 4.5);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (28, 9, 6, 'STW', 'BED', 1711262370, 1711263870, '5.1', 4.0);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (29, 7, 4, 'CLF', 'FIS', 1711538712, 1711539992, '5.5', 3.15);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (30, 10, 5, 'BED', 'BED', 1711722300, 1711723180, '3.3', 4.0);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (31, 2, 7, 'RDL', 'CLF', 1711722330, 1711724770, '6.0', 0.0);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (32, 7, 6, 'UNI', 'TMP', 1711866225, 1711866745, '3.3', 3.5);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (33, 5, 12, 'TMP', 'TMP', 1711981065, 1711981565, '2.2', 3.5);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (34, 12, 4, 'FIS', NULL, 1712235600, NULL, NULL, 4.5);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (35, 12, 10, 'BED', 'SOU', 1712690940, 1712694060, '13.4', 7.8);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (36, 2, 1, 'FIS', 'UNI', 1712765085, 1712767345, '8.6', 0.0);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (37, 3, 5, 'SOU', 'BED', 1712950392, 1712951212, '2.5', 1.8);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (38, 9, 9, 'UNI', 'BED', 1713717480, 1713720400, '12.2', 6.3);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (39, 5, 10, 'UNI', 'CLF', 1713947280, 1713949040, '9.1', 4.35);
INSERT INTO trip (id, bike_id, rider_id, start_station, end_station, started_at, ended_at, distance_km, fare) VALUES (40, 10, 10, 'RDL', 'TMP', 1714219200, 1714219940, '4.0', 1.8);

INSERT INTO repair (id, bike_id, opened_on, closed_on, fault, mechanic) VALUES (1, 2, '2023-12-04', '2023-12-06', 'puncture', 'Sol');
INSERT INTO repair (id, bike_id, opened_on, closed_on, fault, mechanic) VALUES (2, 5, '2023-12-18', '2024-01-03', 'battery fault', 'Marta');
INSERT INTO repair (id, bike_id, opened_on, closed_on, fault, mechanic) VALUES (3, 1, '2024-01-09', '2024-01-10', 'brake pads', 'Sol');
INSERT INTO repair (id, bike_id, opened_on, closed_on, fault, mechanic) VALUES (4, 7, '2024-01-15', '2024-02-01', 'motor noise', 'Marta');
INSERT INTO repair (id, bike_id, opened_on, closed_on, fault, mechanic) VALUES (5, 3, '2024-02-02', '2024-02-02', 'puncture', 'Dean');
INSERT INTO repair (id, bike_id, opened_on, closed_on, fault, mechanic) VALUES (6, 4, '2024-02-12', '2024-02-20', 'battery fault', 'Marta');
INSERT INTO repair (id, bike_id, opened_on, closed_on, fault, mechanic) VALUES (7, 9, '2024-02-26', '2024-02-28', 'chain', 'Sol');
INSERT INTO repair (id, bike_id, opened_on, closed_on, fault, mechanic) VALUES (8, 2, '2024-03-05', '2024-03-07', 'brake pads', 'Dean');
INSERT INTO repair (id, bike_id, opened_on, closed_on, fault, mechanic) VALUES (9, 10, '2024-03-11', '2024-03-25', 'display fault', 'Marta');
INSERT INTO repair (id, bike_id, opened_on, closed_on, fault, mechanic) VALUES (10, 6, '2024-03-30', '2024-04-02', 'puncture', NULL);
INSERT INTO repair (id, bike_id, opened_on, closed_on, fault, mechanic) VALUES (11, 8, '2024-04-08', '2024-04-15', 'battery fault', 'Marta');
INSERT INTO repair (id, bike_id, opened_on, closed_on, fault, mechanic) VALUES (12, 1, '2024-04-22', NULL, 'chain', 'Sol');
INSERT INTO repair (id, bike_id, opened_on, closed_on, fault, mechanic) VALUES (13, 12, '2024-04-27', NULL, 'motor noise', 'Dean');

INSERT INTO part (sku, description, unit_cost) VALUES ('TUB-700', 'Inner tube 700c', '6.50');
INSERT INTO part (sku, description, unit_cost) VALUES ('TYR-700', 'Tyre 700c puncture resistant', '24.00');
INSERT INTO part (sku, description, unit_cost) VALUES ('BRK-PAD', 'Brake pad pair', '9.75');
INSERT INTO part (sku, description, unit_cost) VALUES ('CHN-8S', 'Chain 8-speed', '18.40');
INSERT INTO part (sku, description, unit_cost) VALUES ('BAT-36V', 'Battery pack 36V', '310.00');
INSERT INTO part (sku, description, unit_cost) VALUES ('MOT-BRG', 'Hub motor bearing kit', '42.50');
INSERT INTO part (sku, description, unit_cost) VALUES ('DSP-LCD', 'Handlebar display', '88.00');
INSERT INTO part (sku, description, unit_cost) VALUES ('CBL-SET', 'Brake cable set', '7.25');
INSERT INTO part (sku, description, unit_cost) VALUES ('SPK-KIT', 'Spoke kit', '12.00');

INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (1, 'TUB-700', 1);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (2, 'BAT-36V', 1);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (3, 'BRK-PAD', 2);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (3, 'CBL-SET', 1);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (4, 'MOT-BRG', 1);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (5, 'TUB-700', 1);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (5, 'TYR-700', 1);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (6, 'BAT-36V', 1);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (7, 'CHN-8S', 1);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (8, 'BRK-PAD', 2);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (9, 'DSP-LCD', 1);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (9, 'CBL-SET', 1);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (10, 'TUB-700', 2);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (10, 'SPK-KIT', 1);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (11, 'BAT-36V', 1);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (11, 'CBL-SET', 1);
INSERT INTO repair_part (repair_id, part_sku, quantity) VALUES (12, 'CHN-8S', 1);
