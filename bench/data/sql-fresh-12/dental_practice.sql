PRAGMA foreign_keys = ON;

CREATE TABLE dentists (
    dentist_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    specialty TEXT NOT NULL,
    license_number TEXT NOT NULL UNIQUE,
    hire_date TEXT NOT NULL,
    hourly_rate REAL NOT NULL
);

CREATE TABLE patients (
    patient_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    gender TEXT NOT NULL,
    city TEXT NOT NULL,
    phone TEXT NOT NULL,
    insurance_provider TEXT,
    registered_on TEXT NOT NULL
);

CREATE TABLE treatments (
    treatment_code TEXT PRIMARY KEY,
    treatment_name TEXT NOT NULL,
    category TEXT NOT NULL,
    standard_fee REAL NOT NULL,
    duration_minutes INTEGER NOT NULL
);

CREATE TABLE appointments (
    appointment_id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(patient_id),
    dentist_id INTEGER NOT NULL REFERENCES dentists(dentist_id),
    scheduled_at TEXT NOT NULL,
    status TEXT NOT NULL,
    surgery_room TEXT NOT NULL
);

CREATE TABLE appointment_treatments (
    line_id INTEGER PRIMARY KEY,
    appointment_id INTEGER NOT NULL REFERENCES appointments(appointment_id),
    treatment_code TEXT NOT NULL REFERENCES treatments(treatment_code),
    tooth_number INTEGER,
    fee_charged REAL NOT NULL
);

CREATE TABLE invoices (
    invoice_no TEXT PRIMARY KEY,
    appointment_id INTEGER NOT NULL UNIQUE REFERENCES appointments(appointment_id),
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    total_amount REAL NOT NULL,
    insurance_covered REAL NOT NULL,
    status TEXT NOT NULL
);

CREATE TABLE payments (
    payment_id INTEGER PRIMARY KEY,
    invoice_no TEXT NOT NULL REFERENCES invoices(invoice_no),
    paid_on TEXT NOT NULL,
    amount REAL NOT NULL,
    method TEXT NOT NULL
);

INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (1, 'Sarah', 'Whitfield', 'General Dentistry', 'GDC-84094', '2012-05-06', 90.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (2, 'Rajesh', 'Kapoor', 'General Dentistry', 'GDC-89421', '2010-12-31', 100.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (3, 'Emily', 'Chen', 'General Dentistry', 'GDC-62316', '2008-12-10', 100.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (4, 'Marcus', 'Osei', 'General Dentistry', 'GDC-88493', '2010-07-26', 95.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (5, 'Laura', 'Bianchi', 'General Dentistry', 'GDC-76744', '2012-05-18', 95.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (6, 'Thomas', 'Brennan', 'General Dentistry', 'GDC-70896', '2011-03-26', 95.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (7, 'Aisha', 'Rahman', 'Orthodontics', 'GDC-85094', '2015-05-25', 120.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (8, 'Daniel', 'Novak', 'Orthodontics', 'GDC-77084', '2018-04-15', 110.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (9, 'Grace', 'Holloway', 'Endodontics', 'GDC-75018', '2015-06-08', 110.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (10, 'Oliver', 'Stanton', 'Endodontics', 'GDC-75809', '2012-09-04', 120.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (11, 'Priya', 'Menon', 'Periodontics', 'GDC-97256', '2012-09-28', 120.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (12, 'Victor', 'Alvarez', 'Oral Surgery', 'GDC-87670', '2016-08-30', 115.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (13, 'Hannah', 'Lindqvist', 'Pediatric Dentistry', 'GDC-87907', '2016-02-14', 125.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (14, 'Samuel', 'Adeyemi', 'Prosthodontics', 'GDC-63493', '2010-03-29', 110.0);
INSERT INTO dentists (dentist_id, first_name, last_name, specialty, license_number, hire_date, hourly_rate) VALUES (15, 'Chloe', 'Marchetti', 'Pediatric Dentistry', 'GDC-73988', '2018-04-28', 125.0);

INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (1, 'James', 'Harper', '1997-03-05', 'M', 'Clevedon', '07585282999', NULL, '2019-11-04');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (2, 'Olivia', 'Patel', '1996-06-27', 'F', 'Bristol', '07429464660', 'Bupa Dental', '2020-03-14');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (3, 'Noah', 'Khan', '1984-10-21', 'M', 'Bath', '07297200110', 'Bupa Dental', '2022-11-24');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (4, 'Amelia', 'Murphy', '1951-03-15', 'F', 'Clevedon', '07544926028', NULL, '2016-07-28');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (5, 'Liam', 'Evans', '1956-08-01', 'M', 'Weston-super-Mare', '07401672855', 'Denplan', '2018-06-26');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (6, 'Isla', 'Walsh', '1951-01-17', 'F', 'Bristol', '07314300903', 'Vitality', '2023-07-11');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (7, 'Ethan', 'Taylor', '1987-06-03', 'M', 'Bristol', '07272157690', 'Denplan', '2016-08-13');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (8, 'Ava', 'Roberts', '2005-06-03', 'F', 'Bristol', '07145301511', 'Vitality', '2020-02-01');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (9, 'Lucas', 'Clarke', '1992-11-28', 'M', 'Bath', '07658419096', 'Bupa Dental', '2017-11-27');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (10, 'Mia', 'Hughes', '1986-10-11', 'F', 'Clevedon', '07108297083', 'Vitality', '2022-04-10');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (11, 'Harry', 'Wright', '1979-06-21', 'M', 'Bristol', '07900883770', NULL, '2023-10-13');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (12, 'Sophie', 'Lewis', '2005-07-13', 'F', 'Weston-super-Mare', '07776764611', 'Denplan', '2017-12-12');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (13, 'Jack', 'Green', '1947-11-27', 'M', 'Bristol', '07241988497', NULL, '2022-02-15');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (14, 'Ella', 'Ward', '1979-11-14', 'F', 'Bath', '07416794341', 'Simplyhealth', '2020-01-07');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (15, 'George', 'Price', '1966-09-14', 'M', 'Bristol', '07813253603', 'Bupa Dental', '2023-04-08');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (16, 'Freya', 'Bennett', '1969-10-20', 'F', 'Bath', '07353007897', NULL, '2023-05-10');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (17, 'Leo', 'Foster', '1964-02-13', 'M', 'Weston-super-Mare', '07519542766', 'Bupa Dental', '2018-09-30');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (18, 'Ruby', 'Hayes', '1963-01-23', 'F', 'Portishead', '07918924740', NULL, '2018-12-07');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (19, 'Oscar', 'Doyle', '1946-06-27', 'M', 'Keynsham', '07396918837', 'Simplyhealth', '2018-01-13');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (20, 'Poppy', 'Reid', '2011-11-14', 'F', 'Clevedon', '07909921006', 'Denplan', '2018-12-15');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (21, 'Arthur', 'Mason', '2007-06-29', 'M', 'Keynsham', '07446909134', NULL, '2021-06-12');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (22, 'Evie', 'Barker', '1961-12-23', 'F', 'Weston-super-Mare', '07701799706', NULL, '2023-08-08');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (23, 'Henry', 'Fletcher', '2000-03-07', 'M', 'Bath', '07944209931', 'Denplan', '2019-08-11');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (24, 'Lily', 'Cooper', '1959-07-19', 'F', 'Bath', '07714705072', NULL, '2016-04-27');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (25, 'Charlie', 'Kelly', '1994-05-23', 'M', 'Portishead', '07983026645', NULL, '2017-02-09');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (26, 'Grace', 'Shaw', '1971-10-03', 'F', 'Bristol', '07600269037', 'Denplan', '2021-08-09');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (27, 'Jacob', 'Owen', '2001-09-24', 'M', 'Weston-super-Mare', '07550224070', NULL, '2023-10-16');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (28, 'Alice', 'Marsh', '2012-06-04', 'F', 'Portishead', '07928335944', NULL, '2021-06-02');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (29, 'Muhammad', 'Hunt', '1997-09-22', 'M', 'Bristol', '07618277464', NULL, '2020-09-25');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (30, 'Zara', 'Palmer', '1947-05-14', 'F', 'Bristol', '07427576864', 'Simplyhealth', '2022-11-28');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (31, 'Samuel', 'Ellis', '1960-11-21', 'M', 'Bristol', '07161919752', 'Bupa Dental', '2017-03-12');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (32, 'Maya', 'Lowe', '2002-02-13', 'F', 'Bristol', '07274250393', 'Vitality', '2023-11-11');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (33, 'Joseph', 'Booth', '1998-08-18', 'M', 'Bath', '07600003791', 'Denplan', '2023-07-27');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (34, 'Erin', 'Quinn', '1967-03-30', 'F', 'Weston-super-Mare', '07911764226', NULL, '2017-02-07');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (35, 'Finn', 'Sutton', '2005-04-02', 'M', 'Bristol', '07777095950', NULL, '2020-08-16');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (36, 'Nina', 'Dixon', '1993-02-25', 'F', 'Bath', '07898273303', 'Vitality', '2019-12-26');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (37, 'Isaac', 'Parry', '1970-09-25', 'M', 'Bath', '07230869796', 'Bupa Dental', '2018-01-07');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (38, 'Rosie', 'Webb', '1977-02-22', 'F', 'Bath', '07889105243', 'Bupa Dental', '2018-02-03');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (39, 'Adam', 'Rowe', '2007-11-28', 'M', 'Bristol', '07508973375', 'Vitality', '2020-09-09');
INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, gender, city, phone, insurance_provider, registered_on) VALUES (40, 'Holly', 'Nash', '1958-11-05', 'F', 'Clevedon', '07601869008', 'Denplan', '2016-10-29');

INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('EXM01', 'Routine examination', 'Diagnostic', 45.0, 20);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('XRY01', 'Bitewing X-ray', 'Diagnostic', 30.0, 10);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('XRY02', 'Panoramic X-ray', 'Diagnostic', 65.0, 15);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('HYG01', 'Scale and polish', 'Preventive', 70.0, 30);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('HYG02', 'Fluoride varnish', 'Preventive', 25.0, 10);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('FIL01', 'Composite filling', 'Restorative', 120.0, 40);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('FIL02', 'Amalgam filling', 'Restorative', 90.0, 30);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('CRN01', 'Porcelain crown', 'Restorative', 650.0, 90);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('RCT01', 'Root canal - front tooth', 'Endodontic', 420.0, 75);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('RCT02', 'Root canal - molar', 'Endodontic', 720.0, 120);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('EXT01', 'Simple extraction', 'Surgical', 110.0, 30);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('EXT02', 'Wisdom tooth extraction', 'Surgical', 320.0, 60);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('IMP01', 'Dental implant', 'Surgical', 2100.0, 120);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('WHT01', 'Teeth whitening', 'Cosmetic', 350.0, 60);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('VEN01', 'Porcelain veneer', 'Cosmetic', 780.0, 90);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('ORT01', 'Orthodontic consultation', 'Orthodontic', 80.0, 30);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('ORT02', 'Brace adjustment', 'Orthodontic', 95.0, 30);
INSERT INTO treatments (treatment_code, treatment_name, category, standard_fee, duration_minutes) VALUES ('PER01', 'Deep periodontal cleaning', 'Preventive', 180.0, 60);

INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (1, 38, 1, '2024-01-08 16:15:00', 'completed', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (2, 20, 13, '2024-01-18 15:00:00', 'completed', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (3, 39, 8, '2024-01-19 10:45:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (4, 12, 12, '2024-01-19 13:45:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (5, 1, 3, '2024-01-19 16:00:00', 'completed', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (6, 34, 6, '2024-01-22 15:00:00', 'cancelled', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (7, 39, 13, '2024-02-08 13:00:00', 'completed', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (8, 6, 9, '2024-02-19 14:45:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (9, 23, 12, '2024-03-01 11:45:00', 'completed', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (10, 20, 15, '2024-03-18 09:00:00', 'cancelled', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (11, 9, 2, '2024-03-22 14:45:00', 'cancelled', 'Surgery 1');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (12, 36, 10, '2024-03-23 12:15:00', 'completed', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (13, 40, 9, '2024-03-25 10:15:00', 'completed', 'Surgery 1');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (14, 1, 3, '2024-03-27 16:15:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (15, 26, 1, '2024-03-28 15:00:00', 'completed', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (16, 35, 14, '2024-04-12 11:00:00', 'no_show', 'Surgery 1');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (17, 3, 1, '2024-04-17 13:15:00', 'completed', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (18, 3, 4, '2024-04-20 11:00:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (19, 40, 4, '2024-04-22 08:15:00', 'completed', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (20, 26, 1, '2024-04-25 12:15:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (21, 28, 8, '2024-05-08 15:15:00', 'completed', 'Surgery 1');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (22, 27, 1, '2024-05-10 12:00:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (23, 38, 3, '2024-05-13 12:45:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (24, 39, 13, '2024-05-14 12:30:00', 'completed', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (25, 20, 13, '2024-05-18 16:30:00', 'completed', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (26, 20, 15, '2024-05-23 09:15:00', 'completed', 'Surgery 1');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (27, 30, 2, '2024-05-25 14:30:00', 'no_show', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (28, 2, 11, '2024-05-27 13:30:00', 'no_show', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (29, 13, 5, '2024-06-15 10:00:00', 'completed', 'Surgery 1');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (30, 28, 15, '2024-06-22 14:00:00', 'completed', 'Surgery 1');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (31, 39, 13, '2024-06-25 08:30:00', 'no_show', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (32, 12, 11, '2024-06-25 10:30:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (33, 30, 5, '2024-06-27 16:15:00', 'cancelled', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (34, 9, 11, '2024-07-02 08:00:00', 'cancelled', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (35, 30, 1, '2024-07-06 09:45:00', 'completed', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (36, 16, 12, '2024-07-09 14:00:00', 'completed', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (37, 20, 15, '2024-07-12 10:00:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (38, 26, 9, '2024-07-19 15:15:00', 'completed', 'Surgery 1');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (39, 2, 5, '2024-07-19 15:30:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (40, 7, 6, '2024-07-27 12:45:00', 'cancelled', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (41, 36, 6, '2024-08-10 11:30:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (42, 2, 8, '2024-08-24 14:30:00', 'completed', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (43, 6, 1, '2024-08-30 11:00:00', 'completed', 'Surgery 1');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (44, 3, 9, '2024-09-04 13:15:00', 'cancelled', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (45, 36, 1, '2024-09-05 13:15:00', 'completed', 'Surgery 1');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (46, 20, 15, '2024-09-05 14:15:00', 'cancelled', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (47, 30, 5, '2024-09-11 15:45:00', 'no_show', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (48, 24, 3, '2024-09-28 16:00:00', 'cancelled', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (49, 8, 3, '2024-10-01 16:30:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (50, 21, 15, '2024-10-03 12:15:00', 'completed', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (51, 28, 15, '2024-10-08 12:45:00', 'completed', 'Surgery 3');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (52, 29, 8, '2024-10-10 13:15:00', 'completed', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (53, 32, 10, '2024-10-14 09:30:00', 'completed', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (54, 3, 12, '2024-10-21 11:45:00', 'completed', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (55, 20, 15, '2024-10-25 15:15:00', 'completed', 'Surgery 1');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (56, 19, 10, '2024-10-28 11:00:00', 'completed', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (57, 5, 6, '2024-10-29 13:30:00', 'completed', 'Surgery 1');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (58, 27, 1, '2024-11-08 08:45:00', 'completed', 'Surgery 2');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (59, 28, 13, '2024-11-12 13:00:00', 'cancelled', 'Surgery 4');
INSERT INTO appointments (appointment_id, patient_id, dentist_id, scheduled_at, status, surgery_room) VALUES (60, 21, 13, '2024-11-23 12:15:00', 'completed', 'Surgery 3');

INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (1, 1, 'XRY02', NULL, 65.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (2, 2, 'HYG02', NULL, 22.5);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (3, 3, 'ORT01', NULL, 80.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (4, 4, 'IMP01', 16, 2100.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (5, 5, 'WHT01', NULL, 315.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (6, 7, 'EXM01', NULL, 45.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (7, 8, 'RCT01', 47, 420.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (8, 9, 'XRY02', NULL, 65.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (9, 12, 'RCT01', 26, 420.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (10, 13, 'RCT01', 46, 378.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (11, 14, 'FIL02', 27, 90.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (12, 14, 'FIL01', 38, 120.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (13, 15, 'EXM01', NULL, 45.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (14, 15, 'EXT01', 12, 99.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (15, 17, 'XRY02', NULL, 65.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (16, 18, 'HYG02', NULL, 25.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (17, 19, 'FIL01', 14, 120.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (18, 20, 'XRY01', NULL, 30.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (19, 20, 'WHT01', NULL, 350.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (20, 21, 'ORT01', NULL, 72.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (21, 21, 'XRY02', NULL, 58.5);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (22, 22, 'EXT01', 26, 99.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (23, 22, 'WHT01', NULL, 350.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (24, 23, 'CRN01', 36, 650.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (25, 23, 'FIL01', 14, 120.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (26, 24, 'HYG02', NULL, 25.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (27, 25, 'FIL01', 14, 120.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (28, 26, 'HYG02', NULL, 25.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (29, 26, 'EXM01', NULL, 40.5);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (30, 29, 'HYG01', NULL, 70.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (31, 30, 'FIL01', 14, 120.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (32, 32, 'HYG01', NULL, 63.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (33, 35, 'EXT01', 11, 110.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (34, 35, 'XRY01', NULL, 30.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (35, 36, 'EXT01', 46, 110.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (36, 37, 'FIL01', 24, 120.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (37, 38, 'RCT01', 46, 420.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (38, 38, 'RCT02', 16, 648.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (39, 39, 'WHT01', NULL, 350.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (40, 41, 'XRY02', NULL, 65.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (41, 41, 'FIL02', 24, 90.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (42, 42, 'XRY02', NULL, 65.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (43, 42, 'ORT02', NULL, 95.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (44, 43, 'EXM01', NULL, 45.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (45, 45, 'FIL02', 38, 90.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (46, 49, 'EXT01', 14, 110.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (47, 50, 'FIL01', 37, 120.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (48, 51, 'EXM01', NULL, 40.5);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (49, 51, 'HYG02', NULL, 25.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (50, 52, 'ORT01', NULL, 80.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (51, 52, 'ORT02', NULL, 95.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (52, 53, 'RCT01', 46, 420.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (53, 53, 'XRY01', NULL, 30.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (54, 54, 'IMP01', 12, 2100.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (55, 55, 'HYG02', NULL, 22.5);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (56, 56, 'RCT01', 11, 420.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (57, 57, 'WHT01', NULL, 315.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (58, 57, 'XRY02', NULL, 65.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (59, 58, 'WHT01', NULL, 315.0);
INSERT INTO appointment_treatments (line_id, appointment_id, treatment_code, tooth_number, fee_charged) VALUES (60, 60, 'HYG02', NULL, 25.0);

INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0001', 1, '2024-01-08', '2024-02-07', 65.0, 52.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0002', 2, '2024-01-18', '2024-02-17', 22.5, 11.25, 'partially_paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0003', 3, '2024-01-19', '2024-02-18', 80.0, 40.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0004', 4, '2024-01-19', '2024-02-18', 2100.0, 1680.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0005', 5, '2024-01-19', '2024-02-18', 315.0, 0.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0006', 7, '2024-02-08', '2024-03-09', 45.0, 22.5, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0007', 8, '2024-02-19', '2024-03-20', 420.0, 210.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0008', 9, '2024-03-01', '2024-03-31', 65.0, 39.0, 'partially_paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0009', 12, '2024-03-23', '2024-04-22', 420.0, 210.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0010', 13, '2024-03-25', '2024-04-24', 378.0, 189.0, 'partially_paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0011', 14, '2024-03-27', '2024-04-26', 210.0, 0.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0012', 15, '2024-03-28', '2024-04-27', 144.0, 86.4, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0013', 17, '2024-04-17', '2024-05-17', 65.0, 39.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0014', 18, '2024-04-20', '2024-05-20', 25.0, 15.0, 'unpaid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0015', 19, '2024-04-22', '2024-05-22', 120.0, 96.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0016', 20, '2024-04-25', '2024-05-25', 380.0, 190.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0017', 21, '2024-05-08', '2024-06-07', 130.5, 0.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0018', 22, '2024-05-10', '2024-06-09', 449.0, 0.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0019', 23, '2024-05-13', '2024-06-12', 770.0, 385.0, 'unpaid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0020', 24, '2024-05-14', '2024-06-13', 25.0, 12.5, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0021', 25, '2024-05-18', '2024-06-17', 120.0, 96.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0022', 26, '2024-05-23', '2024-06-22', 65.5, 52.4, 'unpaid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0023', 29, '2024-06-15', '2024-07-15', 70.0, 0.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0024', 30, '2024-06-22', '2024-07-22', 120.0, 0.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0025', 32, '2024-06-25', '2024-07-25', 63.0, 50.4, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0026', 35, '2024-07-06', '2024-08-05', 140.0, 84.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0027', 36, '2024-07-09', '2024-08-08', 110.0, 0.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0028', 37, '2024-07-12', '2024-08-11', 120.0, 96.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0029', 38, '2024-07-19', '2024-08-18', 1068.0, 534.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0030', 39, '2024-07-19', '2024-08-18', 350.0, 280.0, 'unpaid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0031', 41, '2024-08-10', '2024-09-09', 155.0, 77.5, 'partially_paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0032', 42, '2024-08-24', '2024-09-23', 160.0, 96.0, 'partially_paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0033', 43, '2024-08-30', '2024-09-29', 45.0, 22.5, 'partially_paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0034', 45, '2024-09-05', '2024-10-05', 90.0, 45.0, 'unpaid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0035', 49, '2024-10-01', '2024-10-31', 110.0, 66.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0036', 50, '2024-10-03', '2024-11-02', 120.0, 0.0, 'unpaid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0037', 51, '2024-10-08', '2024-11-07', 65.5, 0.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0038', 52, '2024-10-10', '2024-11-09', 175.0, 0.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0039', 53, '2024-10-14', '2024-11-13', 450.0, 225.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0040', 54, '2024-10-21', '2024-11-20', 2100.0, 1680.0, 'partially_paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0041', 55, '2024-10-25', '2024-11-24', 22.5, 18.0, 'partially_paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0042', 56, '2024-10-28', '2024-11-27', 420.0, 210.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0043', 57, '2024-10-29', '2024-11-28', 380.0, 304.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0044', 58, '2024-11-08', '2024-12-08', 315.0, 0.0, 'paid');
INSERT INTO invoices (invoice_no, appointment_id, issue_date, due_date, total_amount, insurance_covered, status) VALUES ('INV-2024-0045', 60, '2024-11-23', '2024-12-23', 25.0, 0.0, 'unpaid');

INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (1, 'INV-2024-0001', '2024-01-08', 13.0, 'cash');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (2, 'INV-2024-0002', '2024-01-18', 5.62, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (3, 'INV-2024-0003', '2024-01-26', 40.0, 'cash');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (4, 'INV-2024-0004', '2024-01-19', 210.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (5, 'INV-2024-0004', '2024-02-01', 210.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (6, 'INV-2024-0005', '2024-01-19', 157.5, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (7, 'INV-2024-0005', '2024-02-15', 157.5, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (8, 'INV-2024-0006', '2024-02-08', 22.5, 'bank_transfer');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (9, 'INV-2024-0007', '2024-02-26', 210.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (10, 'INV-2024-0008', '2024-03-10', 7.8, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (11, 'INV-2024-0009', '2024-04-13', 210.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (12, 'INV-2024-0010', '2024-03-25', 56.7, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (13, 'INV-2024-0011', '2024-04-17', 210.0, 'cash');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (14, 'INV-2024-0012', '2024-03-28', 57.6, 'cash');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (15, 'INV-2024-0013', '2024-04-17', 26.0, 'bank_transfer');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (16, 'INV-2024-0015', '2024-05-04', 24.0, 'bank_transfer');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (17, 'INV-2024-0016', '2024-05-07', 190.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (18, 'INV-2024-0017', '2024-05-15', 130.5, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (19, 'INV-2024-0018', '2024-05-10', 224.5, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (20, 'INV-2024-0018', '2024-06-02', 224.5, 'bank_transfer');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (21, 'INV-2024-0020', '2024-05-17', 12.5, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (22, 'INV-2024-0021', '2024-05-25', 24.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (23, 'INV-2024-0023', '2024-06-22', 70.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (24, 'INV-2024-0024', '2024-06-22', 120.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (25, 'INV-2024-0025', '2024-07-02', 12.6, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (26, 'INV-2024-0026', '2024-07-27', 56.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (27, 'INV-2024-0027', '2024-07-30', 110.0, 'bank_transfer');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (28, 'INV-2024-0028', '2024-07-15', 24.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (29, 'INV-2024-0029', '2024-07-19', 267.0, 'bank_transfer');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (30, 'INV-2024-0029', '2024-08-01', 267.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (31, 'INV-2024-0031', '2024-08-12', 38.75, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (32, 'INV-2024-0032', '2024-08-29', 32.0, 'cash');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (33, 'INV-2024-0033', '2024-09-01', 6.75, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (34, 'INV-2024-0035', '2024-10-08', 44.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (35, 'INV-2024-0037', '2024-10-29', 65.5, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (36, 'INV-2024-0038', '2024-10-17', 175.0, 'bank_transfer');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (37, 'INV-2024-0039', '2024-10-14', 225.0, 'bank_transfer');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (38, 'INV-2024-0040', '2024-10-30', 126.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (39, 'INV-2024-0041', '2024-11-01', 2.25, 'cash');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (40, 'INV-2024-0042', '2024-10-28', 210.0, 'bank_transfer');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (41, 'INV-2024-0043', '2024-11-01', 76.0, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (42, 'INV-2024-0044', '2024-11-08', 157.5, 'card');
INSERT INTO payments (payment_id, invoice_no, paid_on, amount, method) VALUES (43, 'INV-2024-0044', '2024-12-01', 157.5, 'card');
