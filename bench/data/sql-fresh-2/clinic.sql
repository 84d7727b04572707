-- clinic: a small outpatient clinic (invented data).
-- Storage quirks: appointments.scheduled_at is a Unix timestamp in seconds (UTC);
-- appointments.weekday is the weekday name as TEXT; doctors.hire_year and drugs.approval_year are
-- INTEGER years; patients.birth_date and prescriptions.issued_date / end_date are ISO TEXT dates;
-- patients.weight_kg and drugs.strength_mg are numbers kept as TEXT; is_accepting_new,
-- is_telehealth and is_generic are 0/1 booleans; doctor_specialties has a two-column key;
-- patients.insurance_plan and prescriptions.end_date are nullable (NULL end_date = ongoing).

CREATE TABLE specialties (
  specialty_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE doctors (
  doctor_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  hire_year INTEGER NOT NULL,
  is_accepting_new INTEGER NOT NULL
);

CREATE TABLE doctor_specialties (
  doctor_id INTEGER NOT NULL,
  specialty_id INTEGER NOT NULL,
  PRIMARY KEY (doctor_id, specialty_id),
  FOREIGN KEY (doctor_id) REFERENCES doctors (doctor_id),
  FOREIGN KEY (specialty_id) REFERENCES specialties (specialty_id)
);

CREATE TABLE patients (
  patient_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  sex TEXT NOT NULL,
  city TEXT NOT NULL,
  weight_kg TEXT,
  insurance_plan TEXT
);

CREATE TABLE appointments (
  appointment_id INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL,
  doctor_id INTEGER NOT NULL,
  scheduled_at INTEGER NOT NULL,
  weekday TEXT NOT NULL,
  status TEXT NOT NULL,
  is_telehealth INTEGER NOT NULL,
  fee REAL NOT NULL,
  FOREIGN KEY (patient_id) REFERENCES patients (patient_id),
  FOREIGN KEY (doctor_id) REFERENCES doctors (doctor_id)
);

CREATE TABLE drugs (
  drug_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  strength_mg TEXT NOT NULL,
  form TEXT NOT NULL,
  is_generic INTEGER NOT NULL,
  approval_year INTEGER NOT NULL
);

CREATE TABLE prescriptions (
  prescription_id INTEGER PRIMARY KEY,
  appointment_id INTEGER NOT NULL,
  drug_id INTEGER NOT NULL,
  issued_date TEXT NOT NULL,
  end_date TEXT,
  refills INTEGER NOT NULL,
  doses_per_day INTEGER NOT NULL,
  FOREIGN KEY (appointment_id) REFERENCES appointments (appointment_id),
  FOREIGN KEY (drug_id) REFERENCES drugs (drug_id)
);

INSERT INTO specialties (specialty_id, name) VALUES
  (1, 'Cardiology'),
  (2, 'Dermatology'),
  (3, 'Pediatrics'),
  (4, 'Family Medicine'),
  (5, 'Neurology'),
  (6, 'Endocrinology');

INSERT INTO doctors (doctor_id, first_name, last_name, hire_year, is_accepting_new) VALUES
  (1, 'Amara', 'Okafor', 2012, 1),
  (2, 'Lukas', 'Brandt', 2018, 0),
  (3, 'Priya', 'Raman', 2009, 1),
  (4, 'Tomas', 'Silva', 2021, 1),
  (5, 'Helen', 'Park', 2015, 0),
  (6, 'Jonah', 'Whitfield', 2019, 1),
  (7, 'Sofia', 'Marquez', 2023, 1),
  (8, 'Daniel', 'Osei', 2011, 0);

INSERT INTO doctor_specialties (doctor_id, specialty_id) VALUES
  (1, 1), (1, 4), (2, 2), (3, 3), (3, 4), (4, 4),
  (5, 5), (5, 1), (6, 6), (6, 4), (7, 3), (8, 5);

INSERT INTO patients
  (patient_id, first_name, last_name, birth_date, sex, city, weight_kg, insurance_plan) VALUES
  (1, 'Maya', 'Chen', '1988-04-12', 'F', 'Portland', '61.2', 'BlueCross'),
  (2, 'Omar', 'Haddad', '1975-11-30', 'M', 'Portland', '84.0', 'Aetna'),
  (3, 'Grace', 'Lindqvist', '2015-06-08', 'F', 'Salem', '22.4', 'Medicaid'),
  (4, 'Ethan', 'Brooks', '1962-01-19', 'M', 'Eugene', '92.7', NULL),
  (5, 'Lucia', 'Romero', '1999-09-03', 'F', 'Portland', '57.9', 'Kaiser'),
  (6, 'Samuel', 'Adeyemi', '2018-02-25', 'M', 'Salem', '18.1', 'Medicaid'),
  (7, 'Hannah', 'Kowalski', '1953-07-14', 'F', 'Eugene', '70.3', 'Medicare'),
  (8, 'Noah', 'Fischer', '1991-12-01', 'M', 'Bend', '101.5', NULL),
  (9, 'Aisha', 'Rahman', '1983-03-22', 'F', 'Portland', '64.8', 'Aetna'),
  (10, 'Victor', 'Dubois', '1947-10-09', 'M', 'Bend', '77.6', 'Medicare'),
  (11, 'Isla', 'Murphy', '2008-05-17', 'F', 'Salem', '49.2', 'Kaiser'),
  (12, 'Ravi', 'Menon', '1970-08-28', 'M', 'Eugene', '88.9', 'BlueCross');

-- scheduled_at: Unix seconds, UTC (1704704400 = 2024-01-08 09:00 UTC, a Monday)
INSERT INTO appointments
  (appointment_id, patient_id, doctor_id, scheduled_at, weekday, status, is_telehealth, fee) VALUES
  (1, 1, 1, 1704704400, 'Monday', 'completed', 0, 150.0),
  (2, 2, 5, 1704897000, 'Wednesday', 'completed', 0, 220.0),
  (3, 3, 3, 1705312800, 'Monday', 'completed', 0, 120.0),
  (4, 4, 1, 1706889600, 'Friday', 'cancelled', 1, 150.0),
  (5, 5, 2, 1707218100, 'Tuesday', 'completed', 1, 180.0),
  (6, 6, 7, 1707903000, 'Wednesday', 'completed', 0, 120.0),
  (7, 7, 8, 1708434000, 'Tuesday', 'no_show', 0, 200.0),
  (8, 1, 4, 1709541900, 'Monday', 'completed', 1, 100.0),
  (9, 9, 6, 1710169200, 'Monday', 'completed', 0, 170.0),
  (10, 10, 5, 1710844200, 'Tuesday', 'completed', 0, 220.0),
  (11, 2, 1, 1712134800, 'Wednesday', 'completed', 0, 150.0),
  (12, 11, 3, 1712930400, 'Friday', 'cancelled', 1, 120.0),
  (13, 12, 6, 1715252400, 'Thursday', 'completed', 0, 170.0),
  (14, 8, 4, 1716399000, 'Wednesday', 'completed', 1, 100.0),
  (15, 9, 2, 1717578900, 'Wednesday', 'completed', 0, 180.0);

INSERT INTO drugs (drug_id, name, strength_mg, form, is_generic, approval_year) VALUES
  (1, 'Amoxicillin', '500', 'capsule', 1, 1974),
  (2, 'Atorvastatin', '20', 'tablet', 1, 1996),
  (3, 'Lisinopril', '10', 'tablet', 1, 1987),
  (4, 'Sumatriptan', '50', 'tablet', 0, 1992),
  (5, 'Metformin', '850', 'tablet', 1, 1994),
  (6, 'Levothyroxine', '0.1', 'tablet', 1, 2002),
  (7, 'Cetirizine', '10', 'tablet', 1, 1995),
  (8, 'Semaglutide', '0.5', 'injection', 0, 2017);

INSERT INTO prescriptions
  (prescription_id, appointment_id, drug_id, issued_date, end_date, refills, doses_per_day) VALUES
  (1, 1, 2, '2024-01-08', '2024-04-07', 2, 1),
  (2, 2, 4, '2024-01-10', '2024-02-09', 0, 1),
  (3, 2, 3, '2024-01-10', NULL, 5, 1),
  (4, 3, 1, '2024-01-15', '2024-01-25', 0, 3),
  (5, 5, 7, '2024-02-06', '2024-03-07', 1, 1),
  (6, 6, 1, '2024-02-14', '2024-02-21', 0, 2),
  (7, 8, 7, '2024-03-04', '2024-05-03', 2, 1),
  (8, 9, 8, '2024-03-11', NULL, 3, 1),
  (9, 9, 5, '2024-03-11', NULL, 5, 2),
  (10, 10, 4, '2024-03-19', '2024-04-18', 1, 2),
  (11, 11, 2, '2024-04-03', NULL, 4, 1),
  (12, 13, 6, '2024-05-09', NULL, 5, 1),
  (13, 14, 3, '2024-05-22', '2024-08-20', 2, 1),
  (14, 15, 7, '2024-06-05', '2024-06-19', 0, 1);
