-- Island ferry operator: ports, vessels, sailings, passengers, bookings and crew rosters.
PRAGMA foreign_keys = ON;

CREATE TABLE port (
    port_code TEXT PRIMARY KEY,
    port_name TEXT NOT NULL,
    island TEXT NOT NULL,
    opened_year INTEGER,
    has_car_ramp INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE vessel (
    vessel_id INTEGER PRIMARY KEY,
    vessel_name TEXT NOT NULL,
    built_year INTEGER NOT NULL,
    passenger_capacity INTEGER NOT NULL,
    car_slots INTEGER,
    length_m TEXT,
    home_port TEXT REFERENCES port(port_code)
);

CREATE TABLE sailing (
    sailing_id INTEGER PRIMARY KEY,
    vessel_id INTEGER NOT NULL REFERENCES vessel(vessel_id),
    from_port TEXT NOT NULL REFERENCES port(port_code),
    to_port TEXT NOT NULL REFERENCES port(port_code),
    departs_at INTEGER NOT NULL,
    arrives_at INTEGER,
    status TEXT NOT NULL,
    sea_state TEXT
);

CREATE TABLE passenger (
    passenger_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    email TEXT,
    home_island TEXT,
    joined_on TEXT NOT NULL,
    loyalty_tier TEXT
);

CREATE TABLE booking (
    booking_ref TEXT PRIMARY KEY,
    sailing_id INTEGER NOT NULL REFERENCES sailing(sailing_id),
    passenger_id INTEGER NOT NULL REFERENCES passenger(passenger_id),
    booked_at TEXT NOT NULL,
    fare_paid TEXT NOT NULL,
    vehicle_reg TEXT,
    checked_in INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE crew (
    crew_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    rank TEXT NOT NULL,
    hired_on TEXT NOT NULL,
    rest_day TEXT,
    base_port TEXT REFERENCES port(port_code)
);

CREATE TABLE crew_shift (
    sailing_id INTEGER NOT NULL REFERENCES sailing(sailing_id),
    crew_id INTEGER NOT NULL REFERENCES crew(crew_id),
    hours_paid REAL NOT NULL,
    PRIMARY KEY (sailing_id, crew_id)
);

INSERT INTO port (port_code, port_name, island, opened_year, has_car_ramp) VALUES ('ALD', 'Aldhaven', 'Mainland', 1824, 1);
INSERT INTO port (port_code, port_name, island, opened_year, has_car_ramp) VALUES ('BRK', 'Brackwater', 'Mainland', 1861, 1);
INSERT INTO port (port_code, port_name, island, opened_year, has_car_ramp) VALUES ('CRN', 'Corran Quay', 'Corran', 1903, 1);
INSERT INTO port (port_code, port_name, island, opened_year, has_car_ramp) VALUES ('DUN', 'Dunmore Slip', 'Dunmore', 1968, 0);
INSERT INTO port (port_code, port_name, island, opened_year, has_car_ramp) VALUES ('ELS', 'Elsay Pier', 'Elsay', 1968, 1);
INSERT INTO port (port_code, port_name, island, opened_year, has_car_ramp) VALUES ('FIN', 'Finsay Harbour', 'Finsay', 1979, 1);
INSERT INTO port (port_code, port_name, island, opened_year, has_car_ramp) VALUES ('GRM', 'Gormsay Jetty', 'Gormsay', NULL, 0);
INSERT INTO port (port_code, port_name, island, opened_year, has_car_ramp) VALUES ('HLV', 'Hollivo Point', 'Corran', 1995, 0);

INSERT INTO vessel (vessel_id, vessel_name, built_year, passenger_capacity, car_slots, length_m, home_port) VALUES (1, 'MV Skerry Lass', 1998, 250, 32, '45.2', 'ALD');
INSERT INTO vessel (vessel_id, vessel_name, built_year, passenger_capacity, car_slots, length_m, home_port) VALUES (2, 'MV Corran Star', 2006, 320, 40, '52.0', 'ALD');
INSERT INTO vessel (vessel_id, vessel_name, built_year, passenger_capacity, car_slots, length_m, home_port) VALUES (3, 'MV Puffin', 1987, 90, NULL, '18.5', 'CRN');
INSERT INTO vessel (vessel_id, vessel_name, built_year, passenger_capacity, car_slots, length_m, home_port) VALUES (4, 'MV Elsay Isle', 2006, 180, 24, '38.7', 'ELS');
INSERT INTO vessel (vessel_id, vessel_name, built_year, passenger_capacity, car_slots, length_m, home_port) VALUES (5, 'MV Northern Gale', 2015, 400, 55, '64.3', 'BRK');
INSERT INTO vessel (vessel_id, vessel_name, built_year, passenger_capacity, car_slots, length_m, home_port) VALUES (6, 'MV Tern', 1987, 60, NULL, '9.6', 'BRK');
INSERT INTO vessel (vessel_id, vessel_name, built_year, passenger_capacity, car_slots, length_m, home_port) VALUES (7, 'MV Gormsay Spirit', 2011, 150, 12, '31.0', 'ALD');
INSERT INTO vessel (vessel_id, vessel_name, built_year, passenger_capacity, car_slots, length_m, home_port) VALUES (8, 'MV Harbour Seal', 2020, 120, NULL, '22.4', NULL);

INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (1, 1, 'ALD', 'CRN', 1702884600, 1702887600, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (2, 1, 'CRN', 'ALD', 1702890000, 1702893300, 'completed', 'moderate');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (3, 5, 'BRK', 'FIN', 1703232900, 1703238600, 'completed', 'rough');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (4, 5, 'FIN', 'BRK', 1703242800, NULL, 'cancelled', 'rough');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (5, 2, 'ALD', 'ELS', 1704535200, 1704540000, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (6, 2, 'ELS', 'ALD', 1704547800, 1704552300, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (7, 3, 'CRN', 'DUN', 1704787200, 1704788400, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (8, 4, 'ELS', 'ALD', 1705301100, 1705306500, 'delayed', 'moderate');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (9, 7, 'ALD', 'GRM', 1705741800, 1705744200, 'completed', 'moderate');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (10, 7, 'GRM', 'ALD', 1705746600, NULL, 'cancelled', 'rough');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (11, 1, 'ALD', 'CRN', 1706859000, 1706862120, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (12, 6, 'BRK', 'HLV', 1706961600, 1706963400, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (13, 5, 'BRK', 'FIN', 1707552900, 1707559500, 'delayed', 'rough');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (14, 5, 'FIN', 'BRK', 1707573600, 1707579120, 'completed', 'moderate');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (15, 2, 'ALD', 'ELS', 1707904800, 1707909480, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (16, 3, 'DUN', 'CRN', 1708185600, 1708186920, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (17, 4, 'ALD', 'ELS', 1708885200, 1708890300, 'completed', 'moderate');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (18, 1, 'CRN', 'ALD', 1709315100, 1709318100, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (19, 7, 'ALD', 'GRM', 1709457000, 1709459520, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (20, 2, 'ELS', 'ALD', 1709645400, NULL, 'cancelled', 'rough');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (21, 5, 'BRK', 'FIN', 1709972100, 1709977680, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (22, 8, 'BRK', 'HLV', 1710241200, 1710243300, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (23, 1, 'ALD', 'CRN', 1710574200, 1710577680, 'delayed', 'moderate');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (24, 4, 'ELS', 'ALD', 1711089900, 1711094460, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (25, 6, 'HLV', 'BRK', 1711640400, 1711642260, 'completed', NULL);
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (26, 2, 'ALD', 'ELS', 1712224800, 1712229540, 'completed', 'moderate');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (27, 5, 'FIN', 'BRK', 1712412000, 1712417460, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (28, 7, 'GRM', 'ALD', 1713004200, 1713006840, 'completed', 'calm');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (29, 3, 'CRN', 'DUN', 1713600000, NULL, 'cancelled', 'rough');
INSERT INTO sailing (sailing_id, vessel_id, from_port, to_port, departs_at, arrives_at, status, sea_state) VALUES (30, 1, 'ALD', 'CRN', 1714203000, 1714206060, 'completed', 'calm');

INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (1, 'Morag Leith', 'morag.leith@example.com', 'Corran', '2021-04-12', 'Gold');
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (2, 'Callum Reid', 'c.reid@example.net', 'Mainland', '2022-11-03', 'Silver');
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (3, 'Isla Munro', 'isla.munro@example.com', 'Elsay', '2023-01-20', NULL);
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (4, 'Ewan Sinclair', 'ewan.s@example.org', 'Mainland', '2019-07-30', 'Gold');
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (5, 'Freya Tulloch', 'freya.tulloch@example.com', 'Finsay', '2023-06-02', 'Silver');
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (6, 'Hamish Flett', NULL, NULL, '2023-12-01', NULL);
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (7, 'Kirsty Rendall', 'kirsty.rendall@example.com', 'Gormsay', '2020-02-14', 'Silver');
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (8, 'Lachlan Drever', 'lachlan.d@example.net', 'Mainland', '2024-01-05', NULL);
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (9, 'Aila Spence', 'aila.spence@example.com', 'Elsay', '2022-03-18', 'Gold');
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (10, 'Rory Harcus', 'rory.harcus@example.org', 'Dunmore', '2023-09-09', NULL);
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (11, 'Sorcha Linklater', 'sorcha.l@example.com', 'Corran', '2021-10-21', 'Silver');
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (12, 'Magnus Eunson', NULL, NULL, '2024-02-11', NULL);
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (13, 'Eilidh Scott', 'eilidh.scott@example.net', 'Mainland', '2022-08-08', 'Silver');
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (14, 'Tam Wishart', 'tam.wishart@example.com', 'Finsay', '2023-03-27', NULL);
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (15, 'Ingrid Bews', 'ingrid.bews@example.org', 'Mainland', '2020-05-05', 'Gold');
INSERT INTO passenger (passenger_id, full_name, email, home_island, joined_on, loyalty_tier) VALUES (16, 'Duncan Moar', 'duncan.moar@example.com', 'Corran', '2024-03-30', NULL);

INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1001', 1, 1, '2023-12-10 19:22:05', '14.50', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1002', 1, 2, '2023-12-15 08:01:44', '38.00', 'SN71 KLT', 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1003', 2, 1, '2023-12-10 19:25:40', '14.50', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1004', 3, 5, '2023-12-01 12:00:00', '61.00', 'SF19 OPR', 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1005', 4, 5, '2023-12-01 12:03:10', '61.00', 'SF19 OPR', 0);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1006', 4, 14, '2023-12-20 21:45:00', '22.00', NULL, 0);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1007', 5, 3, '2024-01-02 10:10:10', '19.00', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1008', 5, 9, '2023-12-28 16:30:00', '52.50', 'SV68 WEA', 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1009', 6, 9, '2023-12-28 16:32:12', '52.50', 'SV68 WEA', 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1010', 7, 10, '2024-01-08 18:00:00', '6.00', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1011', 8, 3, '2024-01-14 07:15:00', '19.00', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1012', 9, 7, '2024-01-11 09:00:00', '33.00', 'SG15 RNM', 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1013', 10, 7, '2024-01-11 09:02:30', '33.00', 'SG15 RNM', 0);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1014', 11, 4, '2024-01-29 20:40:00', '14.50', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1015', 11, 11, '2024-01-31 13:05:00', '14.50', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1016', 12, 8, '2024-02-01 11:11:11', '8.50', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1017', 13, 5, '2024-02-04 09:30:00', '22.00', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1018', 13, 14, '2024-02-08 17:00:00', '61.00', 'SF22 TWS', 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1019', 14, 14, '2024-02-08 17:02:00', '61.00', 'SF22 TWS', 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1020', 15, 2, '2024-02-07 12:00:00', '19.00', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1021', 15, 9, '2024-02-09 15:45:00', '19.00', NULL, 0);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1022', 16, 10, '2024-02-16 19:00:00', '6.00', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1023', 17, 15, '2024-02-20 08:00:00', '52.50', 'SM20 BWS', 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1024', 18, 1, '2024-02-26 10:00:00', '14.50', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1025', 18, 11, '2024-02-29 22:15:00', '38.00', 'SC17 LNK', 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1026', 19, 7, '2024-02-28 09:00:00', '12.00', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1027', 20, 3, '2024-03-01 14:00:00', '19.00', NULL, 0);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1028', 20, 15, '2024-03-02 09:30:00', '52.50', 'SM20 BWS', 0);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1029', 21, 5, '2024-03-03 10:00:00', '22.00', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1030', 22, 12, '2024-03-11 16:20:00', '8.50', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1031', 23, 4, '2024-03-10 07:00:00', '38.00', 'SA09 EWS', 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1032', 23, 13, '2024-03-14 12:30:00', '14.50', NULL, 0);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1033', 24, 9, '2024-03-18 18:18:00', '19.00', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1034', 26, 2, '2024-03-30 11:00:00', '52.50', 'SN71 KLT', 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1035', 27, 14, '2024-04-01 08:45:00', '22.00', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1036', 28, 7, '2024-04-10 17:00:00', '12.00', NULL, 0);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1037', 29, 10, '2024-04-18 20:00:00', '6.00', NULL, 0);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1038', 30, 4, '2024-04-22 09:15:00', '14.50', NULL, 1);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1039', 30, 13, '2024-04-25 19:40:00', '38.00', 'SE22 SCT', 0);
INSERT INTO booking (booking_ref, sailing_id, passenger_id, booked_at, fare_paid, vehicle_reg, checked_in) VALUES ('BK1040', 30, 1, '2024-04-26 06:50:00', '14.50', NULL, 1);

INSERT INTO crew (crew_id, full_name, rank, hired_on, rest_day, base_port) VALUES (1, 'Alasdair Gunn', 'Master', '2008-05-19', 'Sunday', 'ALD');
INSERT INTO crew (crew_id, full_name, rank, hired_on, rest_day, base_port) VALUES (2, 'Brenda Omand', 'Master', '2013-09-02', 'Monday', 'BRK');
INSERT INTO crew (crew_id, full_name, rank, hired_on, rest_day, base_port) VALUES (3, 'Colin Stout', 'Mate', '2016-03-14', 'Saturday', 'ALD');
INSERT INTO crew (crew_id, full_name, rank, hired_on, rest_day, base_port) VALUES (4, 'Dorothy Pirie', 'Engineer', '2011-11-28', 'Wednesday', 'BRK');
INSERT INTO crew (crew_id, full_name, rank, hired_on, rest_day, base_port) VALUES (5, 'Erlend Hourston', 'Deckhand', '2021-06-07', 'Saturday', 'ALD');
INSERT INTO crew (crew_id, full_name, rank, hired_on, rest_day, base_port) VALUES (6, 'Fiona Garson', 'Deckhand', '2022-04-25', 'Tuesday', 'BRK');
INSERT INTO crew (crew_id, full_name, rank, hired_on, rest_day, base_port) VALUES (7, 'Gregor Work', 'Engineer', '2018-01-08', 'Sunday', 'ALD');
INSERT INTO crew (crew_id, full_name, rank, hired_on, rest_day, base_port) VALUES (8, 'Helen Kemp', 'Mate', '2019-08-19', 'Friday', 'ELS');
INSERT INTO crew (crew_id, full_name, rank, hired_on, rest_day, base_port) VALUES (9, 'Iain Shearer', 'Deckhand', '2023-10-02', 'Thursday', 'FIN');
INSERT INTO crew (crew_id, full_name, rank, hired_on, rest_day, base_port) VALUES (10, 'Jessie Muir', 'Purser', '2020-12-01', NULL, 'ALD');

INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (1, 1, 2.0);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (2, 1, 2.0);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (3, 2, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (3, 4, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (5, 1, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (6, 1, 2.0);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (7, 3, 1.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (8, 8, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (8, 5, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (9, 1, 1.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (11, 1, 2.0);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (11, 3, 2.0);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (12, 6, 1.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (13, 2, 3.0);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (13, 9, 3.0);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (14, 2, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (14, 4, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (15, 1, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (15, 7, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (15, 10, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (16, 3, 1.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (17, 8, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (17, 5, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (18, 1, 2.0);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (19, 1, 1.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (19, 5, 1.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (21, 2, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (21, 9, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (22, 6, 1.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (23, 1, 2.0);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (23, 3, 2.0);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (24, 8, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (25, 6, 1.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (26, 1, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (26, 7, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (27, 2, 2.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (28, 1, 1.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (28, 5, 1.5);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (30, 1, 2.0);
INSERT INTO crew_shift (sailing_id, crew_id, hours_paid) VALUES (30, 3, 2.0);
