PRAGMA foreign_keys = ON;

CREATE TABLE branches (
    branch_code TEXT PRIMARY KEY,
    branch_name TEXT NOT NULL,
    city TEXT NOT NULL,
    is_airport INTEGER NOT NULL,
    opened_on TEXT NOT NULL,
    phone TEXT NOT NULL
);

CREATE TABLE vehicles (
    vehicle_id INTEGER PRIMARY KEY,
    registration TEXT NOT NULL UNIQUE,
    make TEXT NOT NULL,
    model TEXT NOT NULL,
    category TEXT NOT NULL,
    fuel_type TEXT NOT NULL,
    model_year INTEGER NOT NULL,
    daily_rate REAL NOT NULL,
    home_branch_code TEXT NOT NULL REFERENCES branches(branch_code),
    acquired_on TEXT NOT NULL
);

CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    country TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    licence_issued_on TEXT NOT NULL,
    joined_on TEXT NOT NULL
);

CREATE TABLE rentals (
    rental_id INTEGER PRIMARY KEY,
    vehicle_id INTEGER NOT NULL REFERENCES vehicles(vehicle_id),
    customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
    pickup_branch_code TEXT NOT NULL REFERENCES branches(branch_code),
    return_branch_code TEXT NOT NULL REFERENCES branches(branch_code),
    pickup_at TEXT NOT NULL,
    return_at TEXT NOT NULL,
    odometer_out INTEGER NOT NULL,
    odometer_in INTEGER NOT NULL,
    booking_channel TEXT NOT NULL,
    total_charge REAL NOT NULL
);

CREATE TABLE damage_reports (
    report_id INTEGER PRIMARY KEY,
    rental_id INTEGER NOT NULL REFERENCES rentals(rental_id),
    reported_on TEXT NOT NULL,
    damage_type TEXT NOT NULL,
    severity TEXT NOT NULL,
    repair_cost REAL NOT NULL,
    customer_liable INTEGER NOT NULL
);

CREATE TABLE maintenance_records (
    maintenance_id INTEGER PRIMARY KEY,
    vehicle_id INTEGER NOT NULL REFERENCES vehicles(vehicle_id),
    service_date TEXT NOT NULL,
    service_type TEXT NOT NULL,
    garage_name TEXT NOT NULL,
    cost REAL NOT NULL
);

INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('LHR', 'Heathrow Airport', 'London', 1, '2009-04-01', '01667366513');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('LCY', 'London Kings Cross', 'London', 0, '2012-06-15', '02011038126');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('MAN', 'Manchester Airport', 'Manchester', 1, '2010-03-01', '01893079518');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('MPC', 'Manchester Piccadilly', 'Manchester', 0, '2015-09-21', '01467215444');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('BHX', 'Birmingham Airport', 'Birmingham', 1, '2011-05-10', '01132193978');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('BRS', 'Bristol Temple Meads', 'Bristol', 0, '2014-02-03', '01920831466');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('EDI', 'Edinburgh Airport', 'Edinburgh', 1, '2013-07-01', '01660943332');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('GLA', 'Glasgow Central', 'Glasgow', 0, '2016-01-18', '01620667174');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('LPL', 'Liverpool Lime Street', 'Liverpool', 0, '2017-03-27', '01765495697');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('LBA', 'Leeds Bradford Airport', 'Leeds', 1, '2018-08-01', '01019139447');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('NCL', 'Newcastle Central', 'Newcastle', 0, '2015-04-13', '01348749610');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('CWL', 'Cardiff Bay', 'Cardiff', 0, '2019-05-20', '01939754448');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('BFS', 'Belfast International Airport', 'Belfast', 1, '2020-02-10', '01944798083');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('SOU', 'Southampton Docks', 'Southampton', 0, '2021-06-01', '02040248261');
INSERT INTO branches (branch_code, branch_name, city, is_airport, opened_on, phone) VALUES ('NQY', 'Newquay Cornwall Airport', 'Newquay', 1, '2022-04-04', '01394774772');

INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (1, 'RE24 DKK', 'Volkswagen', 'Polo', 'economy', 'petrol', 2024, 47.0, 'LCY', '2024-02-06');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (2, 'WG21 AVC', 'Toyota', 'Yaris', 'economy', 'hybrid', 2021, 45.0, 'LHR', '2021-02-14');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (3, 'NS21 EPL', 'Ford', 'Focus', 'compact', 'petrol', 2021, 52.0, 'MAN', '2021-07-05');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (4, 'MA70 ZAK', 'Vauxhall', 'Astra', 'compact', 'diesel', 2020, 50.0, 'MAN', '2020-06-27');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (5, 'BF23 XEK', 'Skoda', 'Octavia Estate', 'estate', 'diesel', 2023, 69.0, 'LCY', '2023-06-18');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (6, 'NZ70 TTE', 'Nissan', 'Qashqai', 'SUV', 'petrol', 2020, 72.0, 'LCY', '2020-05-23');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (7, 'EB24 JXR', 'Kia', 'Sportage', 'SUV', 'hybrid', 2024, 83.0, 'EDI', '2024-02-09');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (8, 'SZ72 YXA', 'Tesla', 'Model 3', 'premium', 'electric', 2022, 95.0, 'BFS', '2022-08-17');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (9, 'CD23 YSW', 'BMW', '3 Series', 'premium', 'diesel', 2023, 110.0, 'EDI', '2023-01-10');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (10, 'GY70 DTE', 'Mercedes-Benz', 'Vito', 'van', 'diesel', 2020, 88.0, 'LBA', '2020-08-07');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (11, 'SZ72 ZKA', 'Ford', 'Transit Custom', 'van', 'diesel', 2022, 84.0, 'CWL', '2022-05-28');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (12, 'PP24 JCW', 'Ford', 'Focus', 'compact', 'petrol', 2024, 57.0, 'LPL', '2024-07-06');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (13, 'PE21 YBM', 'Kia', 'Sportage', 'SUV', 'hybrid', 2021, 78.0, 'MAN', '2021-02-23');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (14, 'TT72 JVM', 'BMW', '3 Series', 'premium', 'diesel', 2022, 105.0, 'MAN', '2022-07-11');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (15, 'XD72 AGO', 'BMW', '3 Series', 'premium', 'diesel', 2022, 105.0, 'LBA', '2022-07-12');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (16, 'HD70 LPS', 'Volkswagen', 'Polo', 'economy', 'petrol', 2020, 42.0, 'EDI', '2020-08-12');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (17, 'XN24 FXJ', 'BMW', '3 Series', 'premium', 'diesel', 2024, 110.0, 'MAN', '2024-07-24');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (18, 'NP24 BGV', 'BMW', '3 Series', 'premium', 'diesel', 2024, 110.0, 'BHX', '2024-09-26');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (19, 'SE72 XRS', 'Ford', 'Focus', 'compact', 'petrol', 2022, 52.0, 'BHX', '2022-09-21');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (20, 'NO72 MCF', 'Volkswagen', 'Polo', 'economy', 'petrol', 2022, 42.0, 'GLA', '2022-09-05');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (21, 'PY72 FPC', 'Nissan', 'Qashqai', 'SUV', 'petrol', 2022, 72.0, 'LPL', '2022-03-20');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (22, 'NO23 JHV', 'Tesla', 'Model 3', 'premium', 'electric', 2023, 100.0, 'MPC', '2023-04-15');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (23, 'KM70 ENM', 'Skoda', 'Octavia Estate', 'estate', 'diesel', 2020, 64.0, 'BFS', '2020-03-21');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (24, 'CC72 OOY', 'Kia', 'Sportage', 'SUV', 'hybrid', 2022, 78.0, 'LHR', '2022-05-28');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (25, 'PP72 HGR', 'Nissan', 'Qashqai', 'SUV', 'petrol', 2022, 72.0, 'LPL', '2022-08-02');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (26, 'RF23 ZXG', 'Tesla', 'Model 3', 'premium', 'electric', 2023, 100.0, 'MAN', '2023-04-19');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (27, 'JR70 YKS', 'Mercedes-Benz', 'Vito', 'van', 'diesel', 2020, 88.0, 'LBA', '2020-05-21');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (28, 'HP21 JTY', 'Ford', 'Transit Custom', 'van', 'diesel', 2021, 84.0, 'LCY', '2021-06-16');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (29, 'RY24 FNZ', 'Vauxhall', 'Astra', 'compact', 'diesel', 2024, 55.0, 'GLA', '2024-06-17');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (30, 'LN23 FGC', 'Nissan', 'Qashqai', 'SUV', 'petrol', 2023, 77.0, 'LCY', '2023-03-19');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (31, 'GB70 EZV', 'Mercedes-Benz', 'Vito', 'van', 'diesel', 2020, 88.0, 'LHR', '2020-07-09');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (32, 'RD72 EHZ', 'Kia', 'Sportage', 'SUV', 'hybrid', 2022, 78.0, 'LBA', '2022-02-06');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (33, 'HF21 EBH', 'Nissan', 'Qashqai', 'SUV', 'petrol', 2021, 72.0, 'EDI', '2021-01-19');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (34, 'ZJ70 ABL', 'Skoda', 'Octavia Estate', 'estate', 'diesel', 2020, 64.0, 'BFS', '2020-07-28');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (35, 'LM70 OSW', 'Kia', 'Sportage', 'SUV', 'hybrid', 2020, 78.0, 'EDI', '2020-07-09');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (36, 'BZ24 OXL', 'Mercedes-Benz', 'Vito', 'van', 'diesel', 2024, 93.0, 'BHX', '2024-09-14');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (37, 'MJ21 GON', 'Toyota', 'Yaris', 'economy', 'hybrid', 2021, 45.0, 'BHX', '2021-06-13');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (38, 'EP24 LBW', 'Skoda', 'Octavia Estate', 'estate', 'diesel', 2024, 69.0, 'CWL', '2024-02-16');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (39, 'SJ21 KGH', 'Ford', 'Focus', 'compact', 'petrol', 2021, 52.0, 'LBA', '2021-03-07');
INSERT INTO vehicles (vehicle_id, registration, make, model, category, fuel_type, model_year, daily_rate, home_branch_code, acquired_on) VALUES (40, 'YX70 ODM', 'Mercedes-Benz', 'Vito', 'van', 'diesel', 2020, 88.0, 'LHR', '2020-08-22');

INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (1, 'Anna', 'Morgan', 'anna.morgan@example.com', 'Italy', '1991-03-12', '2013-01-20', '2020-09-20');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (2, 'Ben', 'Fischer', 'ben.fischer@example.com', 'Germany', '1989-06-09', '2010-01-07', '2023-09-28');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (3, 'Carla', 'Rossi', 'carla.rossi@example.com', 'Ireland', '2000-09-06', '2019-07-26', '2023-12-11');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (4, 'David', 'Thompson', 'david.thompson@example.com', 'Spain', '1974-09-30', '1998-07-04', '2022-04-16');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (5, 'Elena', 'Garcia', 'elena.garcia@example.com', 'United Kingdom', '1976-07-31', '2001-01-31', '2019-07-30');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (6, 'Farid', 'Haddad', 'farid.haddad@example.com', 'France', '1995-05-11', '2013-05-10', '2022-03-04');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (7, 'Georgia', 'Campbell', 'georgia.campbell@example.com', 'United Kingdom', '1972-06-09', '1992-04-01', '2019-12-08');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (8, 'Hugo', 'Laurent', 'hugo.laurent@example.com', 'United Kingdom', '1973-08-17', '1991-11-02', '2019-12-23');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (9, 'Ines', 'Silva', 'ines.silva@example.com', 'United Kingdom', '1990-11-07', '2009-12-21', '2019-05-02');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (10, 'Jonas', 'Berg', 'jonas.berg@example.com', 'United Kingdom', '1990-03-20', '2010-01-06', '2022-08-22');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (11, 'Katie', 'O''Brien', 'katie.obrien@example.com', 'United Kingdom', '1981-06-03', '2002-12-22', '2021-10-14');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (12, 'Luca', 'Romano', 'luca.romano@example.com', 'United Kingdom', '1993-04-17', '2013-05-14', '2023-12-09');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (13, 'Megan', 'Jenkins', 'megan.jenkins@example.com', 'United Kingdom', '2001-06-21', '2018-09-28', '2020-05-24');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (14, 'Nathan', 'Clarke', 'nathan.clarke@example.com', 'United Kingdom', '1960-06-17', '1982-12-15', '2021-11-26');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (15, 'Olga', 'Ivanova', 'olga.ivanova@example.com', 'Ireland', '1987-07-06', '2010-07-09', '2023-11-12');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (16, 'Pierre', 'Dubois', 'pierre.dubois@example.com', 'Ireland', '1998-06-12', '2020-11-29', '2023-07-15');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (17, 'Rachel', 'Stewart', 'rachel.stewart@example.com', 'Italy', '1962-11-15', '1984-03-16', '2019-12-27');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (18, 'Stefan', 'Keller', 'stefan.keller@example.com', 'Germany', '1971-04-28', '1991-03-03', '2020-10-28');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (19, 'Tara', 'Byrne', 'tara.byrne@example.com', 'Germany', '1979-08-23', '1999-01-10', '2022-10-25');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (20, 'Umar', 'Siddiqui', 'umar.siddiqui@example.com', 'Germany', '1983-01-16', '2007-01-01', '2018-09-25');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (21, 'Vera', 'Nowak', 'vera.nowak@example.com', 'Ireland', '2000-11-24', '2021-04-16', '2021-07-18');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (22, 'William', 'Baker', 'william.baker@example.com', 'Italy', '1969-05-14', '1989-03-11', '2019-01-06');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (23, 'Yasmin', 'Ahmed', 'yasmin.ahmed@example.com', 'Ireland', '1995-08-29', '2020-02-02', '2020-10-21');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (24, 'Zoe', 'Turner', 'zoe.turner@example.com', 'Italy', '1990-03-02', '2013-05-02', '2023-11-13');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (25, 'Aaron', 'Phillips', 'aaron.phillips@example.com', 'France', '1985-07-21', '2007-04-15', '2018-04-26');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (26, 'Bethany', 'Lloyd', 'bethany.lloyd@example.com', 'Spain', '1959-06-10', '1982-09-20', '2021-07-05');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (27, 'Callum', 'MacLeod', 'callum.macleod@example.com', 'Ireland', '1983-06-05', '2004-04-16', '2021-07-04');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (28, 'Daisy', 'Hill', 'daisy.hill@example.com', 'Netherlands', '1970-10-08', '1990-07-11', '2019-09-04');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (29, 'Edward', 'Collins', 'edward.collins@example.com', 'Ireland', '1992-11-02', '2014-04-28', '2021-03-02');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (30, 'Fiona', 'Fraser', 'fiona.fraser@example.com', 'Netherlands', '1984-07-26', '2003-02-02', '2023-08-10');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (31, 'Gareth', 'Davies', 'gareth.davies@example.com', 'Italy', '1974-07-22', '1997-11-12', '2021-04-12');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (32, 'Heidi', 'Jensen', 'heidi.jensen@example.com', 'Ireland', '1966-07-08', '1989-07-13', '2018-09-20');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (33, 'Ian', 'Moore', 'ian.moore@example.com', 'United Kingdom', '1977-07-22', '1996-11-19', '2023-01-12');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (34, 'Julia', 'Schmidt', 'julia.schmidt@example.com', 'Germany', '1967-05-12', '1986-11-10', '2023-02-16');
INSERT INTO customers (customer_id, first_name, last_name, email, country, date_of_birth, licence_issued_on, joined_on) VALUES (35, 'Kieran', 'Doherty', 'kieran.doherty@example.com', 'United Kingdom', '1970-01-23', '1987-09-08', '2022-07-31');

INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (1, 26, 21, 'MAN', 'LHR', '2024-01-04 10:10:00', '2024-01-11 10:18:00', 33767, 35489, 'travel_agent', 745.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (2, 26, 35, 'MAN', 'MAN', '2024-01-12 09:00:00', '2024-01-16 08:42:00', 35719, 35979, 'website', 400.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (3, 34, 19, 'BFS', 'BFS', '2024-01-13 16:40:00', '2024-01-16 15:16:00', 5736, 6114, 'website', 192.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (4, 13, 25, 'MAN', 'MAN', '2024-01-26 10:40:00', '2024-01-29 13:08:00', 20000, 20752, 'website', 312.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (5, 22, 22, 'MPC', 'MPC', '2024-01-29 16:40:00', '2024-02-05 13:58:00', 4407, 5072, 'website', 700.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (6, 15, 28, 'GLA', 'GLA', '2024-02-04 10:20:00', '2024-02-14 11:36:00', 12456, 13512, 'travel_agent', 1155.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (7, 34, 4, 'CWL', 'CWL', '2024-02-14 09:50:00', '2024-02-19 09:26:00', 6218, 6813, 'travel_agent', 320.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (8, 38, 12, 'LCY', 'LCY', '2024-02-21 07:30:00', '2024-02-28 05:42:00', 15223, 15755, 'website', 483.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (9, 13, 14, 'BHX', 'BHX', '2024-03-02 12:00:00', '2024-03-04 09:28:00', 20981, 21271, 'website', 156.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (10, 26, 6, 'MAN', 'MAN', '2024-03-03 16:20:00', '2024-03-10 14:31:00', 36038, 37620, 'website', 700.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (11, 33, 35, 'MPC', 'MPC', '2024-03-06 10:50:00', '2024-03-09 11:24:00', 38967, 39630, 'counter', 216.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (12, 23, 5, 'BFS', 'BFS', '2024-03-15 17:00:00', '2024-03-17 16:38:00', 20501, 20661, 'counter', 128.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (13, 4, 13, 'MAN', 'MAN', '2024-03-19 18:20:00', '2024-03-26 16:46:00', 34602, 36240, 'travel_agent', 350.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (14, 4, 7, 'MAN', 'MAN', '2024-04-05 18:10:00', '2024-04-12 16:01:00', 36310, 37507, 'website', 350.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (15, 33, 17, 'EDI', 'EDI', '2024-04-10 18:20:00', '2024-04-14 19:12:00', 39925, 40693, 'website', 288.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (16, 19, 13, 'BHX', 'BHX', '2024-04-18 12:30:00', '2024-04-19 12:30:00', 4370, 4444, 'travel_agent', 52.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (17, 35, 22, 'EDI', 'EDI', '2024-04-23 17:40:00', '2024-04-28 17:51:00', 30196, 31281, 'counter', 390.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (18, 10, 2, 'LBA', 'LBA', '2024-04-27 07:20:00', '2024-05-11 07:37:00', 8013, 11387, 'mobile_app', 1232.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (19, 31, 8, 'LHR', 'LHR', '2024-04-29 12:10:00', '2024-05-04 11:28:00', 15572, 16782, 'website', 440.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (20, 16, 3, 'MPC', 'MPC', '2024-04-29 19:00:00', '2024-04-30 19:09:00', 12524, 12733, 'counter', 42.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (21, 6, 12, 'LCY', 'LCY', '2024-05-06 14:10:00', '2024-05-09 15:08:00', 22836, 23565, 'counter', 216.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (22, 35, 13, 'EDI', 'EDI', '2024-05-20 10:10:00', '2024-05-24 10:03:00', 31507, 31851, 'website', 312.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (23, 5, 16, 'LHR', 'LHR', '2024-05-21 07:30:00', '2024-06-04 08:32:00', 11132, 12872, 'mobile_app', 1035.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (24, 6, 32, 'LCY', 'LCY', '2024-06-02 14:00:00', '2024-06-09 11:30:00', 23760, 25468, 'website', 504.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (25, 27, 17, 'LBA', 'LBA', '2024-06-08 19:40:00', '2024-06-15 17:56:00', 32821, 33619, 'travel_agent', 616.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (26, 13, 17, 'MAN', 'MAN', '2024-06-09 18:00:00', '2024-06-16 19:30:00', 21595, 22771, 'mobile_app', 624.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (27, 4, 12, 'MAN', 'MAN', '2024-06-16 10:40:00', '2024-06-20 08:06:00', 37680, 38240, 'mobile_app', 200.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (28, 27, 16, 'LBA', 'LBA', '2024-06-20 11:50:00', '2024-06-27 11:16:00', 33752, 35418, 'website', 616.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (29, 9, 33, 'LHR', 'LHR', '2024-07-13 13:30:00', '2024-07-15 12:25:00', 16239, 16707, 'mobile_app', 220.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (30, 10, 28, 'LBA', 'LBA', '2024-07-19 13:10:00', '2024-07-29 11:26:00', 11543, 12643, 'mobile_app', 880.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (31, 19, 17, 'BHX', 'BHX', '2024-07-21 14:50:00', '2024-07-28 15:02:00', 4592, 6097, 'website', 364.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (32, 40, 31, 'LHR', 'LHR', '2024-07-21 15:40:00', '2024-07-28 14:18:00', 26363, 26755, 'website', 616.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (33, 25, 19, 'NCL', 'NCL', '2024-07-28 18:10:00', '2024-08-07 15:16:00', 15327, 16487, 'travel_agent', 720.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (34, 7, 24, 'MPC', 'MPC', '2024-07-29 08:00:00', '2024-08-08 05:43:00', 5143, 7153, 'mobile_app', 830.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (35, 4, 27, 'MAN', 'MAN', '2024-08-05 16:50:00', '2024-08-06 16:41:00', 38583, 38832, 'website', 50.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (36, 24, 7, 'LHR', 'MAN', '2024-08-08 10:00:00', '2024-08-11 08:43:00', 32679, 33324, 'website', 279.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (37, 26, 9, 'LCY', 'LCY', '2024-08-09 12:20:00', '2024-08-23 13:07:00', 37895, 39575, 'website', 1400.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (38, 8, 31, 'BFS', 'BFS', '2024-08-14 11:10:00', '2024-08-16 12:12:00', 18792, 19161, 'travel_agent', 285.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (39, 16, 28, 'EDI', 'EDI', '2024-08-16 13:30:00', '2024-08-26 13:49:00', 13122, 14022, 'mobile_app', 420.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (40, 28, 34, 'LHR', 'LHR', '2024-08-16 15:00:00', '2024-08-19 14:32:00', 16318, 16681, 'website', 252.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (41, 10, 16, 'LBA', 'LBA', '2024-08-17 18:00:00', '2024-08-21 16:24:00', 12696, 13224, 'website', 352.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (42, 37, 10, 'BHX', 'BHX', '2024-08-26 13:20:00', '2024-08-30 12:41:00', 15055, 15903, 'travel_agent', 180.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (43, 9, 25, 'EDI', 'EDI', '2024-08-31 16:40:00', '2024-09-01 15:27:00', 16820, 16861, 'website', 110.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (44, 1, 1, 'LCY', 'LCY', '2024-09-04 13:10:00', '2024-09-07 15:31:00', 11989, 12349, 'travel_agent', 188.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (45, 21, 27, 'EDI', 'EDI', '2024-09-04 13:10:00', '2024-09-14 12:59:00', 37657, 38757, 'counter', 720.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (46, 28, 35, 'LCY', 'LCY', '2024-09-10 12:00:00', '2024-09-12 09:36:00', 16879, 17139, 'website', 168.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (47, 16, 26, 'EDI', 'EDI', '2024-09-18 07:50:00', '2024-09-19 07:14:00', 14247, 14476, 'counter', 42.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (48, 33, 29, 'MAN', 'LHR', '2024-09-18 16:20:00', '2024-09-25 14:35:00', 40923, 42554, 'mobile_app', 549.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (49, 6, 6, 'LHR', 'LHR', '2024-09-25 13:10:00', '2024-09-26 14:46:00', 25706, 26212, 'website', 144.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (50, 18, 29, 'BHX', 'BHX', '2024-10-02 10:50:00', '2024-10-09 11:35:00', 34041, 34713, 'mobile_app', 770.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (51, 19, 11, 'BHX', 'MAN', '2024-10-15 11:20:00', '2024-10-19 11:39:00', 6247, 6927, 'website', 253.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (52, 29, 14, 'GLA', 'GLA', '2024-10-24 14:50:00', '2024-10-28 12:34:00', 28785, 29201, 'website', 220.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (53, 34, 17, 'BHX', 'BHX', '2024-10-28 12:50:00', '2024-10-30 14:56:00', 6970, 7741, 'mobile_app', 192.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (54, 23, 29, 'BFS', 'BFS', '2024-10-28 15:00:00', '2024-11-04 14:01:00', 20900, 21495, 'mobile_app', 448.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (55, 13, 18, 'MAN', 'MAN', '2024-11-06 14:40:00', '2024-11-08 16:33:00', 22879, 23530, 'website', 234.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (56, 14, 28, 'MAN', 'MAN', '2024-11-10 15:10:00', '2024-11-24 15:39:00', 7103, 10155, 'mobile_app', 1470.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (57, 10, 8, 'LBA', 'LBA', '2024-11-12 09:40:00', '2024-11-22 07:19:00', 13530, 14670, 'website', 880.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (58, 14, 30, 'LHR', 'LHR', '2024-11-27 07:30:00', '2024-12-07 06:43:00', 10476, 11636, 'website', 1050.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (59, 2, 4, 'LHR', 'LHR', '2024-12-05 07:30:00', '2024-12-12 08:21:00', 22114, 23549, 'travel_agent', 315.0);
INSERT INTO rentals (rental_id, vehicle_id, customer_id, pickup_branch_code, return_branch_code, pickup_at, return_at, odometer_out, odometer_in, booking_channel, total_charge) VALUES (60, 22, 23, 'MPC', 'MPC', '2024-12-06 18:00:00', '2024-12-20 17:37:00', 5260, 7192, 'travel_agent', 1400.0);

INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (1, 2, '2024-01-16', 'scratch', 'minor', 130.0, 0);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (2, 7, '2024-02-19', 'broken mirror', 'severe', 963.0, 0);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (3, 9, '2024-03-04', 'interior stain', 'severe', 367.5, 1);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (4, 13, '2024-03-26', 'tyre damage', 'minor', 190.0, 0);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (5, 17, '2024-04-29', 'scratch', 'minor', 169.0, 0);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (6, 19, '2024-05-05', 'dent', 'moderate', 664.0, 1);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (7, 20, '2024-05-02', 'dent', 'moderate', 632.0, 1);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (8, 34, '2024-08-08', 'broken mirror', 'moderate', 502.0, 0);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (9, 40, '2024-08-19', 'dent', 'minor', 284.0, 1);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (10, 42, '2024-08-30', 'broken mirror', 'minor', 270.0, 1);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (11, 43, '2024-09-01', 'dent', 'moderate', 642.0, 1);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (12, 44, '2024-09-07', 'tyre damage', 'minor', 207.0, 1);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (13, 46, '2024-09-12', 'scratch', 'minor', 144.0, 1);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (14, 50, '2024-10-09', 'scratch', 'severe', 564.0, 1);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (15, 53, '2024-10-30', 'dent', 'minor', 304.0, 1);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (16, 55, '2024-11-08', 'windscreen chip', 'minor', 119.0, 1);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (17, 59, '2024-12-12', 'windscreen chip', 'minor', 95.0, 1);
INSERT INTO damage_reports (report_id, rental_id, reported_on, damage_type, severity, repair_cost, customer_liable) VALUES (18, 60, '2024-12-21', 'scratch', 'minor', 146.0, 1);

INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (1, 22, '2024-01-02', 'annual service', 'National Tyres', 272.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (2, 22, '2024-02-06', 'tyre replacement', 'National Tyres', 400.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (3, 3, '2024-02-24', 'battery replacement', 'Main Dealer Service Centre', 194.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (4, 27, '2024-02-26', 'annual service', 'Kwik Fit', 259.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (5, 10, '2024-03-06', 'annual service', 'National Tyres', 290.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (6, 4, '2024-03-07', 'MOT test', 'Main Dealer Service Centre', 54.85);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (7, 6, '2024-03-16', 'annual service', 'Halfords Autocentre', 226.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (8, 10, '2024-04-03', 'windscreen repair', 'Kwik Fit', 159.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (9, 16, '2024-04-13', 'annual service', 'Kwik Fit', 274.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (10, 4, '2024-04-17', 'annual service', 'Halfords Autocentre', 281.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (11, 33, '2024-05-11', 'windscreen repair', 'Main Dealer Service Centre', 114.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (12, 22, '2024-05-16', 'battery replacement', 'Main Dealer Service Centre', 172.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (13, 37, '2024-05-19', 'battery replacement', 'Halfords Autocentre', 190.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (14, 25, '2024-05-31', 'battery replacement', 'Kwik Fit', 146.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (15, 34, '2024-06-09', 'tyre replacement', 'Halfords Autocentre', 419.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (16, 25, '2024-07-13', 'brake pads', 'Kwik Fit', 202.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (17, 33, '2024-09-02', 'annual service', 'Kwik Fit', 267.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (18, 32, '2024-09-02', 'windscreen repair', 'National Tyres', 128.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (19, 36, '2024-09-18', 'tyre replacement', 'National Tyres', 389.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (20, 8, '2024-09-21', 'annual service', 'Main Dealer Service Centre', 224.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (21, 16, '2024-09-27', 'battery replacement', 'National Tyres', 156.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (22, 29, '2024-09-29', 'brake pads', 'Halfords Autocentre', 160.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (23, 9, '2024-10-12', 'battery replacement', 'Kwik Fit', 175.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (24, 12, '2024-10-19', 'annual service', 'Kwik Fit', 257.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (25, 36, '2024-10-24', 'brake pads', 'Kwik Fit', 229.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (26, 10, '2024-10-31', 'MOT test', 'Main Dealer Service Centre', 54.85);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (27, 30, '2024-11-17', 'windscreen repair', 'Main Dealer Service Centre', 101.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (28, 20, '2024-11-28', 'brake pads', 'Main Dealer Service Centre', 236.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (29, 14, '2024-12-03', 'windscreen repair', 'National Tyres', 150.0);
INSERT INTO maintenance_records (maintenance_id, vehicle_id, service_date, service_type, garage_name, cost) VALUES (30, 12, '2024-12-04', 'battery replacement', 'Kwik Fit', 174.0);
