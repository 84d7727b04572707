-- Hotel group: properties, rooms, guests, reservations, folio charges, staff, housekeeping
CREATE TABLE properties (
  property_code TEXT PRIMARY KEY,          -- e.g. 'LIS01'
  name TEXT NOT NULL,
  city TEXT NOT NULL,
  country TEXT NOT NULL,
  opened_on TEXT,                          -- ISO date 'YYYY-MM-DD'
  star_rating INTEGER
);
CREATE TABLE room_types (
  id INTEGER PRIMARY KEY,
  type_name TEXT NOT NULL,
  max_occupancy INTEGER NOT NULL,
  base_rate REAL NOT NULL                  -- EUR per night, rack rate
);
CREATE TABLE rooms (
  room_id INTEGER PRIMARY KEY,
  property_code TEXT NOT NULL REFERENCES properties(property_code),
  room_number TEXT NOT NULL,
  room_type_id INTEGER NOT NULL REFERENCES room_types(id),
  floor INTEGER,
  is_accessible INTEGER NOT NULL DEFAULT 0 -- 1 = wheelchair accessible
);
CREATE TABLE guests (
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT,
  country TEXT,
  loyalty_tier TEXT,                       -- 'Silver', 'Gold', 'Platinum' or NULL (not a member)
  date_of_birth TEXT                       -- ISO date, may be NULL
);
CREATE TABLE reservations (
  reservation_id INTEGER PRIMARY KEY,
  guest_id INTEGER NOT NULL REFERENCES guests(id),
  room_id INTEGER NOT NULL REFERENCES rooms(room_id),
  booked_at INTEGER NOT NULL,              -- Unix epoch seconds (UTC) when the booking was made
  check_in TEXT NOT NULL,                  -- ISO date
  check_out TEXT NOT NULL,                 -- ISO date
  nightly_rate TEXT,                       -- agreed rate per night in EUR, stored as text
  status TEXT NOT NULL,                    -- 'completed', 'cancelled', 'no_show', 'confirmed'
  channel TEXT,                            -- 'direct', 'OTA', 'corporate', 'travel_agent'
  adults INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE folio_charges (
  charge_id INTEGER PRIMARY KEY,
  reservation_id INTEGER NOT NULL REFERENCES reservations(reservation_id),
  category TEXT NOT NULL,                  -- 'restaurant', 'bar', 'spa', 'minibar', 'parking', 'laundry'
  amount REAL NOT NULL,                    -- EUR
  posted_on TEXT NOT NULL                  -- ISO date
);
CREATE TABLE staff (
  staff_no TEXT PRIMARY KEY,               -- e.g. 'HK-0142'
  full_name TEXT NOT NULL,
  property_code TEXT NOT NULL REFERENCES properties(property_code),
  role TEXT NOT NULL,
  hired_on TEXT,                           -- ISO date
  hourly_wage REAL
);
CREATE TABLE housekeeping_log (
  id INTEGER PRIMARY KEY,
  room_id INTEGER NOT NULL REFERENCES rooms(room_id),
  staff_no TEXT NOT NULL REFERENCES staff(staff_no),
  started_at INTEGER NOT NULL,             -- Unix epoch seconds (UTC)
  day_of_week TEXT NOT NULL,               -- 'Monday' .. 'Sunday'
  task_type TEXT NOT NULL,                 -- 'checkout clean', 'stayover', 'deep clean', 'turndown'
  minutes_spent INTEGER,                   -- NULL when the task was not finished
  inspection_passed INTEGER                -- 1/0, NULL if not inspected
);

INSERT INTO properties (property_code, name, city, country, opened_on, star_rating) VALUES ('LIS01', 'Tagus Riverside Hotel', 'Lisbon', 'Portugal', '2012-05-14', 4);
INSERT INTO properties (property_code, name, city, country, opened_on, star_rating) VALUES ('POR02', 'Ribeira Grand', 'Porto', 'Portugal', '2016-09-01', 4);
INSERT INTO properties (property_code, name, city, country, opened_on, star_rating) VALUES ('MAD01', 'Hotel Castellana Norte', 'Madrid', 'Spain', '2009-03-20', 5);
INSERT INTO properties (property_code, name, city, country, opened_on, star_rating) VALUES ('SEV03', 'Alcazar Garden Inn', 'Seville', 'Spain', '2019-04-11', 3);
INSERT INTO properties (property_code, name, city, country, opened_on, star_rating) VALUES ('BCN02', 'Eixample Boutique', 'Barcelona', 'Spain', '2021-06-30', 4);
INSERT INTO properties (property_code, name, city, country, opened_on, star_rating) VALUES ('FAR01', 'Algarve Cliffs Resort', 'Faro', 'Portugal', '2015-07-07', 5);

INSERT INTO room_types (id, type_name, max_occupancy, base_rate) VALUES (1, 'Standard Double', 2, 95.0);
INSERT INTO room_types (id, type_name, max_occupancy, base_rate) VALUES (2, 'Twin', 2, 90.0);
INSERT INTO room_types (id, type_name, max_occupancy, base_rate) VALUES (3, 'Deluxe King', 2, 140.0);
INSERT INTO room_types (id, type_name, max_occupancy, base_rate) VALUES (4, 'Family Suite', 4, 210.0);
INSERT INTO room_types (id, type_name, max_occupancy, base_rate) VALUES (5, 'Junior Suite', 3, 180.0);
INSERT INTO room_types (id, type_name, max_occupancy, base_rate) VALUES (6, 'Single', 1, 70.0);

INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (1, 'LIS01', '101', 1, 1, 1);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (2, 'LIS01', '102', 2, 1, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (3, 'LIS01', '203', 3, 2, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (4, 'LIS01', '204', 5, 2, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (5, 'LIS01', '305', 4, 3, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (6, 'LIS01', '306', 1, 3, 1);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (7, 'POR02', '11', 1, 1, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (8, 'POR02', '12', 6, 1, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (9, 'POR02', '21', 3, 2, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (10, 'POR02', '22', 2, 2, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (11, 'POR02', '31', 5, 3, 1);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (12, 'MAD01', '410', 3, 4, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (13, 'MAD01', '411', 3, 4, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (14, 'MAD01', '512', 5, 5, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (15, 'MAD01', '513', 4, 5, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (16, 'MAD01', '614', 1, 6, 1);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (17, 'MAD01', '615', 6, 6, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (18, 'SEV03', '1', 1, 0, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (19, 'SEV03', '2', 2, 0, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (20, 'SEV03', '3', 6, 0, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (21, 'SEV03', '4', 2, 0, 1);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (22, 'BCN02', '201', 3, 2, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (23, 'BCN02', '202', 1, 2, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (24, 'BCN02', '301', 5, 3, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (25, 'BCN02', '302', 1, 3, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (26, 'FAR01', '110', 4, 1, 1);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (27, 'FAR01', '111', 4, 1, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (28, 'FAR01', '120', 3, 1, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (29, 'FAR01', '121', 5, 1, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (30, 'FAR01', '130', 1, 1, 0);
INSERT INTO rooms (room_id, property_code, room_number, room_type_id, floor, is_accessible) VALUES (31, 'FAR01', '131', 2, 1, 1);

INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (1, 'Ana', 'Ferreira', 'ana.ferreira@mail.pt', 'Portugal', 'Gold', '1984-02-17');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (2, 'Lukas', 'Brenner', 'l.brenner@web.de', 'Germany', NULL, '1979-11-03');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (3, 'Chloe', 'Martin', 'chloe.martin@orange.fr', 'France', 'Silver', '1991-06-25');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (4, 'James', 'Whitaker', 'jwhitaker@outlook.com', 'United Kingdom', 'Platinum', '1968-09-12');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (5, 'Sofia', 'Rossi', 'sofia.rossi@libero.it', 'Italy', NULL, NULL);
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (6, 'Diego', 'Navarro', 'dnavarro@gmail.com', 'Spain', 'Gold', '1988-01-30');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (7, 'Emma', 'Johansson', 'emma.j@telia.se', 'Sweden', 'Silver', '1995-04-08');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (8, 'Michael', 'O''Brien', 'mobrien@eircom.net', 'Ireland', NULL, '1975-12-21');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (9, 'Hannah', 'Schulz', 'hannah.schulz@gmx.de', 'Germany', 'Gold', '1990-07-14');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (10, 'Pedro', 'Almeida', 'pedro.almeida@sapo.pt', 'Portugal', NULL, '2000-03-02');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (11, 'Olivia', 'Carter', 'olivia.carter@yahoo.com', 'United States', 'Platinum', '1982-08-19');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (12, 'Lucia', 'Moreno', 'lucia.moreno@telefonica.es', 'Spain', 'Silver', NULL);
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (13, 'Tom', 'de Vries', 'tdevries@ziggo.nl', 'Netherlands', NULL, '1973-05-27');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (14, 'Isabelle', 'Dubois', 'isabelle.dubois@free.fr', 'France', 'Gold', '1986-10-05');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (15, 'Ethan', 'Miller', 'ethan.miller@gmail.com', 'United States', NULL, '1997-02-11');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (16, 'Marta', 'Kowalska', 'marta.kowalska@wp.pl', 'Poland', 'Silver', '1993-12-01');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (17, 'Rui', 'Costa', 'rui.costa@gmail.com', 'Portugal', 'Platinum', '1970-06-16');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (18, 'Giulia', 'Bianchi', NULL, 'Italy', NULL, '1989-09-09');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (19, 'Carlos', 'Ibáñez', 'carlos.ibanez@gmail.com', 'Spain', NULL, '1981-04-22');
INSERT INTO guests (id, first_name, last_name, email, country, loyalty_tier, date_of_birth) VALUES (20, 'Aoife', 'Murphy', 'aoife.murphy@gmail.com', 'Ireland', 'Gold', '1994-11-30');

INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7001, 14, 2, 1694426995, '2023-12-03', '2023-12-08', '90.00', 'completed', 'direct', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7002, 11, 6, 1695654728, '2023-11-14', '2023-11-19', '118.75', 'completed', 'direct', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7003, 18, 1, 1696149538, '2023-12-15', '2023-12-18', '104.50', 'no_show', 'direct', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7004, 15, 22, 1696153416, '2023-12-02', '2023-12-05', '140.00', 'completed', 'OTA', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7005, 14, 22, 1696190936, '2023-11-25', '2023-12-02', '126.00', 'completed', 'travel_agent', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7006, 6, 28, 1696405151, '2023-12-03', '2023-12-05', '154.00', 'completed', 'OTA', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7007, 9, 24, 1696526804, '2023-12-25', '2023-12-30', '225.00', 'completed', 'direct', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7008, 11, 9, 1697558090, '2023-11-16', '2023-11-18', '175.00', 'completed', 'OTA', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7009, 1, 5, 1697909027, '2023-12-19', '2023-12-22', '210.00', 'completed', 'OTA', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7010, 16, 6, 1699602330, '2023-11-29', '2023-12-01', '95.00', 'cancelled', 'corporate', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7011, 4, 13, 1699610009, '2024-01-05', '2024-01-12', '168.00', 'completed', 'direct', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7012, 14, 25, 1699712679, '2024-01-25', '2024-01-27', '85.50', 'completed', 'direct', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7013, 5, 27, 1700150321, '2024-01-03', '2024-01-05', '210.00', 'completed', 'OTA', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7014, 18, 8, 1700948901, '2023-12-24', '2023-12-26', '70.00', 'completed', 'travel_agent', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7015, 8, 16, 1701858493, '2024-02-21', '2024-02-24', '95.00', 'completed', 'direct', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7016, 3, 20, 1701859321, '2024-01-22', '2024-01-26', '87.50', 'completed', 'corporate', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7017, 8, 5, 1701943968, '2023-12-25', '2023-12-27', '178.50', 'completed', 'OTA', 3);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7018, 8, 12, 1702475997, '2024-01-22', '2024-01-24', '168.00', 'completed', 'OTA', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7019, 3, 8, 1702540653, '2024-02-14', '2024-02-19', '77.00', 'completed', 'OTA', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7020, 4, 5, 1704007983, '2024-02-24', '2024-02-27', '210.00', 'no_show', 'direct', 3);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7021, 13, 28, 1704102647, '2024-01-20', '2024-01-25', '154.00', 'completed', 'direct', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7022, 4, 6, 1704662649, '2024-02-06', '2024-02-09', '95.00', 'completed', 'direct', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7023, 14, 23, 1705781528, '2024-03-21', '2024-03-23', '118.75', 'completed', 'direct', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7024, 19, 16, 1705866652, '2024-03-06', '2024-03-11', '95.00', 'completed', 'corporate', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7025, 11, 19, 1706535951, '2024-03-14', '2024-03-21', '112.50', 'completed', 'OTA', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7026, 8, 11, 1706774647, '2024-03-28', '2024-04-02', '225.00', 'completed', 'direct', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7027, 4, 2, 1707166847, '2024-04-13', '2024-04-18', '90.00', 'completed', 'direct', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7028, 4, 23, 1707575387, '2024-04-17', '2024-04-22', '95.00', 'completed', 'travel_agent', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7029, 17, 19, 1707676595, '2024-02-22', '2024-02-24', '76.50', 'completed', 'direct', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7030, 9, 18, 1708940088, '2024-04-23', '2024-04-25', '104.50', 'cancelled', 'OTA', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7031, 5, 28, 1709508939, '2024-03-11', '2024-03-13', '119.00', 'completed', 'OTA', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7032, 17, 18, 1709569467, '2024-04-15', '2024-04-20', '114.00', 'completed', 'OTA', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7033, 3, 2, 1710753515, '2024-03-24', '2024-03-26', '81.00', 'completed', 'OTA', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7034, 9, 3, 1711299087, '2024-04-22', '2024-04-29', '140.00', 'completed', 'direct', 2);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7035, 3, 12, 1713694517, '2024-05-21', '2024-05-26', '119.00', 'confirmed', 'corporate', 1);
INSERT INTO reservations (reservation_id, guest_id, room_id, booked_at, check_in, check_out, nightly_rate, status, channel, adults) VALUES (7036, 12, 29, 1714381356, '2024-05-30', '2024-06-01', '162.00', 'confirmed', 'OTA', 1);

INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (1, 7002, 'laundry', 18.85, '2023-11-16');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (2, 7002, 'minibar', 15.87, '2023-11-17');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (3, 7002, 'laundry', 12.06, '2023-11-15');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (4, 7004, 'parking', 20.0, '2023-12-02');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (5, 7004, 'bar', 58.74, '2023-12-03');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (6, 7005, 'minibar', 5.29, '2023-11-28');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (7, 7005, 'restaurant', 96.56, '2023-11-25');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (8, 7006, 'minibar', 5.48, '2023-12-04');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (9, 7007, 'bar', 28.68, '2023-12-29');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (10, 7008, 'spa', 94.8, '2023-11-17');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (11, 7011, 'restaurant', 126.32, '2024-01-08');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (12, 7012, 'parking', 20.0, '2024-01-26');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (13, 7012, 'restaurant', 131.04, '2024-01-26');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (14, 7013, 'spa', 112.27, '2024-01-04');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (15, 7013, 'restaurant', 137.91, '2024-01-03');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (16, 7013, 'spa', 144.14, '2024-01-03');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (17, 7014, 'parking', 12.5, '2023-12-25');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (18, 7016, 'parking', 12.5, '2024-01-25');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (19, 7016, 'bar', 36.58, '2024-01-25');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (20, 7016, 'bar', 51.5, '2024-01-25');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (21, 7017, 'restaurant', 77.45, '2023-12-26');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (22, 7017, 'parking', 20.0, '2023-12-26');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (23, 7019, 'bar', 48.75, '2024-02-15');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (24, 7019, 'laundry', 31.16, '2024-02-18');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (25, 7022, 'parking', 20.0, '2024-02-08');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (26, 7022, 'bar', 15.66, '2024-02-06');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (27, 7023, 'restaurant', 46.9, '2024-03-21');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (28, 7024, 'minibar', 13.62, '2024-03-08');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (29, 7024, 'bar', 13.24, '2024-03-09');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (30, 7025, 'spa', 164.13, '2024-03-14');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (31, 7025, 'restaurant', 42.22, '2024-03-15');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (32, 7026, 'laundry', 26.7, '2024-03-31');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (33, 7026, 'bar', 19.87, '2024-03-29');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (34, 7027, 'minibar', 14.59, '2024-04-16');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (35, 7027, 'restaurant', 40.64, '2024-04-16');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (36, 7027, 'parking', 20.0, '2024-04-16');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (37, 7032, 'bar', 28.21, '2024-04-19');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (38, 7033, 'bar', 22.53, '2024-03-24');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (39, 7034, 'laundry', 26.17, '2024-04-26');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (40, 7034, 'minibar', 17.84, '2024-04-25');
INSERT INTO folio_charges (charge_id, reservation_id, category, amount, posted_on) VALUES (41, 7034, 'spa', 97.56, '2024-04-28');

INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('HK-0101', 'Filipa Santos', 'LIS01', 'Housekeeper', '2019-03-11', 9.1);
INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('HK-0102', 'Joana Lopes', 'LIS01', 'Housekeeper', '2022-08-29', 8.6);
INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('FD-0103', 'Miguel Rocha', 'LIS01', 'Front Desk', '2018-01-15', 10.4);
INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('HK-0201', 'Beatriz Pinto', 'POR02', 'Housekeeper', '2020-05-04', 8.9);
INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('SV-0202', 'Carla Mendes', 'POR02', 'Supervisor', '2016-09-01', 13.25);
INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('HK-0301', 'Rosa Jiménez', 'MAD01', 'Housekeeper', '2015-11-23', 11.8);
INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('HK-0302', 'Elena Vidal', 'MAD01', 'Housekeeper', '2023-02-06', 10.9);
INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('MT-0303', 'Javier Ortega', 'MAD01', 'Maintenance', '2012-06-18', 14.5);
INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('HK-0401', 'Carmen Ruiz', 'SEV03', 'Housekeeper', '2019-04-11', 9.75);
INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('HK-0501', 'Núria Puig', 'BCN02', 'Housekeeper', '2021-07-12', 11.2);
INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('FD-0502', 'Pau Serra', 'BCN02', 'Front Desk', '2021-06-30', 12.0);
INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('HK-0601', 'Inês Carvalho', 'FAR01', 'Housekeeper', '2017-03-27', 9.3);
INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('HK-0602', 'Tiago Matos', 'FAR01', 'Housekeeper', '2024-01-08', 8.7);
INSERT INTO staff (staff_no, full_name, property_code, role, hired_on, hourly_wage) VALUES ('SV-0603', 'Sandra Nunes', 'FAR01', 'Supervisor', '2015-07-07', NULL);

INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (1, 18, 'HK-0401', 1709318700, 'Friday', 'turndown', 7, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (2, 4, 'HK-0102', 1709388000, 'Saturday', 'deep clean', 75, NULL);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (3, 29, 'SV-0603', 1709397900, 'Saturday', 'checkout clean', 35, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (4, 12, 'HK-0302', 1709576100, 'Monday', 'turndown', 6, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (5, 9, 'SV-0202', 1709827200, 'Thursday', 'deep clean', 79, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (6, 19, 'HK-0401', 1709889000, 'Friday', 'deep clean', 97, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (7, 18, 'HK-0401', 1709991900, 'Saturday', 'checkout clean', 40, NULL);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (8, 24, 'HK-0501', 1709993400, 'Saturday', 'checkout clean', NULL, 0);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (9, 9, 'HK-0201', 1710155400, 'Monday', 'deep clean', 87, 0);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (10, 17, 'HK-0301', 1710155700, 'Monday', 'checkout clean', 29, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (11, 19, 'HK-0401', 1710167400, 'Monday', 'stayover', 24, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (12, 23, 'HK-0501', 1710188100, 'Monday', 'turndown', 9, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (13, 15, 'HK-0301', 1710258000, 'Tuesday', 'stayover', 24, NULL);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (14, 24, 'HK-0501', 1710271800, 'Tuesday', 'turndown', 9, NULL);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (15, 7, 'SV-0202', 1710419400, 'Thursday', 'deep clean', 104, NULL);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (16, 20, 'HK-0401', 1710534600, 'Friday', 'turndown', 10, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (17, 20, 'HK-0401', 1710749700, 'Monday', 'deep clean', 68, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (18, 1, 'HK-0101', 1711207200, 'Saturday', 'checkout clean', 25, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (19, 24, 'HK-0501', 1711381500, 'Monday', 'deep clean', 71, 0);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (20, 5, 'HK-0102', 1711464300, 'Tuesday', 'stayover', 13, NULL);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (21, 27, 'HK-0601', 1712326800, 'Friday', 'checkout clean', 42, NULL);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (22, 6, 'HK-0102', 1712332200, 'Friday', 'stayover', 19, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (23, 3, 'HK-0101', 1712591100, 'Monday', 'deep clean', 105, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (24, 7, 'HK-0201', 1712601000, 'Monday', 'turndown', NULL, NULL);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (25, 25, 'HK-0501', 1712652000, 'Tuesday', 'stayover', 16, 0);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (26, 18, 'HK-0401', 1712661000, 'Tuesday', 'stayover', 16, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (27, 28, 'SV-0603', 1712670000, 'Tuesday', 'deep clean', 79, NULL);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (28, 19, 'HK-0401', 1712689200, 'Tuesday', 'turndown', 8, NULL);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (29, 11, 'HK-0201', 1712839500, 'Thursday', 'checkout clean', 32, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (30, 28, 'HK-0601', 1713005100, 'Saturday', 'checkout clean', 29, NULL);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (31, 15, 'HK-0302', 1713099000, 'Sunday', 'checkout clean', 39, NULL);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (32, 8, 'HK-0201', 1713100200, 'Sunday', 'deep clean', 83, 0);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (33, 29, 'HK-0602', 1713107700, 'Sunday', 'checkout clean', 34, 1);
INSERT INTO housekeeping_log (id, room_id, staff_no, started_at, day_of_week, task_type, minutes_spent, inspection_passed) VALUES (34, 7, 'SV-0202', 1713168600, 'Monday', 'stayover', 12, 1);
