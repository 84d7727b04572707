PRAGMA foreign_keys = ON;

CREATE TABLE suppliers (
    supplier_code TEXT PRIMARY KEY,
    supplier_name TEXT NOT NULL,
    country TEXT NOT NULL,
    city TEXT NOT NULL,
    contact_email TEXT,
    is_preferred INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE prescribers (
    prescriber_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    specialty TEXT NOT NULL,
    clinic TEXT NOT NULL,
    license_number TEXT NOT NULL UNIQUE
);

CREATE TABLE patients (
    patient_id INTEGER PRIMARY KEY,
    medical_record_number TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    sex TEXT NOT NULL,
    postcode TEXT,
    insurance_type TEXT NOT NULL
);

CREATE TABLE drugs (
    drug_code TEXT PRIMARY KEY,
    generic_name TEXT NOT NULL,
    brand_name TEXT,
    strength TEXT NOT NULL,
    dosage_form TEXT NOT NULL,
    therapeutic_class TEXT NOT NULL,
    is_controlled INTEGER NOT NULL DEFAULT 0,
    reorder_level INTEGER NOT NULL
);

CREATE TABLE stock_batches (
    batch_number TEXT PRIMARY KEY,
    drug_code TEXT NOT NULL REFERENCES drugs(drug_code),
    supplier_code TEXT NOT NULL REFERENCES suppliers(supplier_code),
    received_date TEXT NOT NULL,
    expiry_date TEXT NOT NULL,
    quantity_received INTEGER NOT NULL,
    quantity_on_hand INTEGER NOT NULL,
    unit_cost REAL NOT NULL
);

CREATE TABLE prescriptions (
    prescription_id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(patient_id),
    prescriber_id INTEGER NOT NULL REFERENCES prescribers(prescriber_id),
    drug_code TEXT NOT NULL REFERENCES drugs(drug_code),
    issued_date TEXT NOT NULL,
    quantity_prescribed INTEGER NOT NULL,
    days_supply INTEGER NOT NULL,
    refills_allowed INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL
);

CREATE TABLE dispensings (
    dispensing_id INTEGER PRIMARY KEY,
    prescription_id INTEGER NOT NULL REFERENCES prescriptions(prescription_id),
    batch_number TEXT NOT NULL REFERENCES stock_batches(batch_number),
    dispensed_at TEXT NOT NULL,
    quantity_dispensed INTEGER NOT NULL,
    pharmacist_initials TEXT NOT NULL,
    copay_amount REAL NOT NULL DEFAULT 0
);


INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-001', 'MediSource Wholesale', 'United Kingdom', 'Manchester', 'orders@medisource.co.uk', 1);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-002', 'Apex Pharma Distribution', 'United Kingdom', 'Birmingham', 'sales@apexpharma.co.uk', 1);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-003', 'NordicMed AB', 'Sweden', 'Stockholm', 'export@nordicmed.se', 0);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-004', 'Rhine Generics GmbH', 'Germany', 'Cologne', 'vertrieb@rhinegenerics.de', 1);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-005', 'Celtic Health Supplies', 'Ireland', 'Dublin', 'info@celtichealth.ie', 0);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-006', 'Pharmalink Europe', 'Netherlands', 'Rotterdam', 'orders@pharmalink.nl', 0);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-007', 'BritMed Logistics', 'United Kingdom', 'Leeds', 'supply@britmed.co.uk', 0);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-008', 'Alpine Biopharm', 'Switzerland', 'Basel', 'sales@alpinebio.ch', 0);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-009', 'Lusitania Farma', 'Portugal', 'Porto', 'comercial@lusfarma.pt', 0);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-010', 'Crown Generics', 'United Kingdom', 'London', 'trade@crowngenerics.co.uk', 1);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-011', 'Baltic Medical', 'Poland', 'Gdansk', 'biuro@balticmed.pl', 0);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-012', 'Iberia Pharma', 'Spain', 'Valencia', 'ventas@iberiapharma.es', 0);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-013', 'Northgate Wholesale', 'United Kingdom', 'Glasgow', 'orders@northgate.co.uk', 0);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-014', 'Danube Pharmaceuticals', 'Austria', 'Vienna', 'office@danubepharma.at', 0);
INSERT INTO suppliers (supplier_code, supplier_name, country, city, contact_email, is_preferred) VALUES ('SUP-015', 'Seine Sante Distribution', 'France', 'Rouen', 'contact@seinesante.fr', 0);

INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (1, 'Helen', 'Marsh', 'General Internal Medicine', 'Medical Outpatients', 'GMC-4412087');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (2, 'Rajesh', 'Iyer', 'Cardiology', 'Heart Clinic', 'GMC-5120934');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (3, 'Fiona', 'Campbell', 'Endocrinology', 'Diabetes Centre', 'GMC-3987612');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (4, 'Tomasz', 'Nowak', 'Respiratory Medicine', 'Chest Clinic', 'GMC-6021455');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (5, 'Aisha', 'Rahman', 'Psychiatry', 'Mental Health Outpatients', 'GMC-4733108');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (6, 'George', 'Whitfield', 'Rheumatology', 'Musculoskeletal Clinic', 'GMC-3561290');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (7, 'Nadia', 'Haddad', 'Infectious Diseases', 'Medical Outpatients', 'GMC-7102836');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (8, 'Peter', 'Lindqvist', 'Cardiology', 'Heart Clinic', 'GMC-4890021');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (9, 'Claire', 'Donovan', 'Pain Medicine', 'Pain Clinic', 'GMC-5567343');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (10, 'Samuel', 'Okoro', 'Endocrinology', 'Diabetes Centre', 'GMC-6345870');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (11, 'Laura', 'Bennett', 'Neurology', 'Neurology Clinic', 'GMC-3128764');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (12, 'Mehmet', 'Yilmaz', 'Gastroenterology', 'Digestive Health Clinic', 'GMC-7456102');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (13, 'Rachel', 'Greene', 'Psychiatry', 'Mental Health Outpatients', 'GMC-5981237');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (14, 'Daniel', 'Shaw', 'Respiratory Medicine', 'Chest Clinic', 'GMC-4276519');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (15, 'Ingrid', 'Holm', 'General Internal Medicine', 'Medical Outpatients', 'GMC-6650984');
INSERT INTO prescribers (prescriber_id, first_name, last_name, specialty, clinic, license_number) VALUES (16, 'Victor', 'Chen', 'Neurology', 'Neurology Clinic', 'GMC-3899450');

INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (1, 'MRN-100237', 'Joanne', 'Wright', '1994-06-01', 'F', 'LS1 3DT', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (2, 'MRN-100274', 'Patrick', 'Taylor', '1990-12-12', 'M', 'LS6 4WN', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (3, 'MRN-100311', 'Maria', 'Ali', '1958-09-01', 'F', 'LS11 4RD', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (4, 'MRN-100348', 'Callum', 'White', '1970-08-08', 'M', 'LS17 7HH', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (5, 'MRN-100385', 'Hannah', 'Hughes', '1970-09-25', 'F', 'LS1 3DS', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (6, 'MRN-100422', 'Ibrahim', 'Green', '1980-04-13', 'M', 'LS11 9DH', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (7, 'MRN-100459', 'Grace', 'Evans', '1964-06-15', 'F', 'LS2 9NL', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (8, 'MRN-100496', 'Brian', 'Khan', '1970-05-18', 'M', 'LS1 3BP', 'Exempt');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (9, 'MRN-100533', 'Aaliyah', 'Jones', '1940-01-01', 'F', 'LS17 2FT', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (10, 'MRN-100570', 'Luca', 'Scott', '2003-01-07', 'M', 'LS8 7NR', 'Private');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (11, 'MRN-100607', 'Sophie', 'Roberts', '1985-11-08', 'F', 'LS7 8RE', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (12, 'MRN-100644', 'Harry', 'Williams', '1967-04-24', 'M', 'LS11 6JA', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (13, 'MRN-100681', 'Olivia', 'Wood', '1998-03-04', 'F', 'LS2 2NX', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (14, 'MRN-100718', 'Owen', 'Thomas', '1941-05-29', 'M', 'LS11 9JT', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (15, 'MRN-100755', 'Emma', 'Hill', '1954-01-20', 'F', 'LS1 4RL', 'Exempt');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (16, 'MRN-100792', 'Stefan', 'Brown', '1944-11-14', 'M', 'LS7 4TN', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (17, 'MRN-100829', 'Beatrice', 'Walker', '1970-01-20', 'F', 'LS7 6LE', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (18, 'MRN-100866', 'Robert', 'Edwards', '1971-04-13', 'M', 'LS8 2QP', 'Exempt');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (19, 'MRN-100903', 'Amelia', 'Jackson', '1982-12-10', 'F', 'LS2 7AG', 'Exempt');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (20, 'MRN-100940', 'Kwame', 'Harris', '1995-09-04', 'M', 'LS7 6FW', 'Exempt');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (21, 'MRN-100977', 'Ruth', 'Clarke', '1976-02-26', 'F', 'LS8 6EP', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (22, 'MRN-101014', 'William', 'Thompson', '1968-02-09', 'M', 'LS1 1ST', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (23, 'MRN-101051', 'Fatima', 'Hall', '1983-05-24', 'F', 'LS17 7GP', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (24, 'MRN-101088', 'Arjun', 'Clark', '1963-07-06', 'M', 'LS7 4JP', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (25, 'MRN-101125', 'Chen', 'Martin', '1954-01-19', 'F', 'LS8 3EH', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (26, 'MRN-101162', 'Thomas', 'Turner', '1963-01-03', 'M', 'LS16 7TB', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (27, 'MRN-101199', 'Siobhan', 'Smith', '1951-10-11', 'F', 'LS17 3YD', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (28, 'MRN-101236', 'Mohammed', 'Wilson', '1943-07-25', 'M', 'LS7 4QE', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (29, 'MRN-101273', 'Patricia', 'Robinson', '1952-02-07', 'F', 'LS11 4HX', 'NHS');
INSERT INTO patients (patient_id, medical_record_number, first_name, last_name, date_of_birth, sex, postcode, insurance_type) VALUES (30, 'MRN-101310', 'James', 'Lewis', '1998-11-17', 'M', 'LS16 7WQ', 'NHS');

INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('ATOR20T', 'Atorvastatin', 'Lipitor', '20 mg', 'tablet', 'Lipid-lowering agent', 0, 200);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('AMLO5T', 'Amlodipine', 'Norvasc', '5 mg', 'tablet', 'Calcium channel blocker', 0, 200);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('BISO5T', 'Bisoprolol', 'Cardicor', '5 mg', 'tablet', 'Beta blocker', 0, 150);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('APIX5T', 'Apixaban', 'Eliquis', '5 mg', 'tablet', 'Anticoagulant', 0, 120);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('METF500T', 'Metformin', 'Glucophage', '500 mg', 'tablet', 'Antidiabetic', 0, 300);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('GLAR100I', 'Insulin glargine', 'Lantus', '100 units/mL', 'injection', 'Insulin', 0, 40);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('EMPA10T', 'Empagliflozin', 'Jardiance', '10 mg', 'tablet', 'Antidiabetic', 0, 100);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('SALB100I', 'Salbutamol', 'Ventolin', '100 mcg/dose', 'inhaler', 'Bronchodilator', 0, 60);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('FOST100I', 'Beclometasone/formoterol', 'Fostair', '100/6 mcg/dose', 'inhaler', 'Inhaled corticosteroid combination', 0, 40);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('SERT50T', 'Sertraline', 'Lustral', '50 mg', 'tablet', 'Antidepressant', 0, 150);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('QUET25T', 'Quetiapine', 'Seroquel', '25 mg', 'tablet', 'Antipsychotic', 0, 100);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('DIAZ5T', 'Diazepam', 'Valium', '5 mg', 'tablet', 'Benzodiazepine', 1, 80);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('MTX25T', 'Methotrexate', NULL, '2.5 mg', 'tablet', 'Antimetabolite', 0, 60);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('PRED5T', 'Prednisolone', NULL, '5 mg', 'tablet', 'Corticosteroid', 0, 150);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('AMOX500C', 'Amoxicillin', 'Amoxil', '500 mg', 'capsule', 'Antibiotic', 0, 200);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('DOXY100C', 'Doxycycline', 'Vibramycin', '100 mg', 'capsule', 'Antibiotic', 0, 100);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('MORPH10S', 'Morphine sulfate', 'Oramorph', '10 mg/5 mL', 'oral solution', 'Opioid analgesic', 1, 20);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('OXYC5C', 'Oxycodone', 'OxyNorm', '5 mg', 'capsule', 'Opioid analgesic', 1, 60);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('GABA300C', 'Gabapentin', 'Neurontin', '300 mg', 'capsule', 'Anticonvulsant', 1, 120);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('LEVE500T', 'Levetiracetam', 'Keppra', '500 mg', 'tablet', 'Anticonvulsant', 0, 100);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('OMEP20C', 'Omeprazole', 'Losec', '20 mg', 'capsule', 'Proton pump inhibitor', 0, 250);
INSERT INTO drugs (drug_code, generic_name, brand_name, strength, dosage_form, therapeutic_class, is_controlled, reorder_level) VALUES ('MESA400T', 'Mesalazine', 'Asacol', '400 mg', 'gastro-resistant tablet', 'Aminosalicylate', 0, 90);

INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('ATO-2306-998', 'ATOR20T', 'SUP-013', '2023-06-14', '2025-11-18', 1000, 860, 0.06);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('ATO-2401-404', 'ATOR20T', 'SUP-009', '2024-01-30', '2024-09-30', 1000, 860, 0.05);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('AML-2308-994', 'AMLO5T', 'SUP-002', '2023-08-13', '2025-01-19', 1000, 1000, 0.04);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('AML-2402-703', 'AMLO5T', 'SUP-007', '2024-02-07', '2025-02-21', 2000, 1916, 0.04);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('BIS-2307-941', 'BISO5T', 'SUP-006', '2023-07-11', '2024-06-15', 1000, 1000, 0.06);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('BIS-2402-643', 'BISO5T', 'SUP-010', '2024-02-14', '2027-03-18', 500, 500, 0.05);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('API-2306-298', 'APIX5T', 'SUP-009', '2023-06-06', '2026-07-10', 1000, 580, 0.99);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('API-2404-981', 'APIX5T', 'SUP-001', '2024-04-01', '2025-04-13', 1000, 916, 0.86);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('MET-2308-971', 'METF500T', 'SUP-001', '2023-08-11', '2025-02-03', 1000, 832, 0.03);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('MET-2402-941', 'METF500T', 'SUP-005', '2024-02-29', '2024-11-15', 1000, 748, 0.03);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('GLA-2306-935', 'GLAR100I', 'SUP-010', '2023-06-28', '2025-07-31', 100, 65, 11.04);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('GLA-2403-684', 'GLAR100I', 'SUP-001', '2024-03-20', '2027-02-22', 50, 50, 8.93);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('EMP-2306-943', 'EMPA10T', 'SUP-013', '2023-06-17', '2024-12-05', 1000, 916, 1.21);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('SAL-2307-849', 'SALB100I', 'SUP-002', '2023-07-09', '2025-12-22', 20, 18, 1.44);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('SAL-2403-821', 'SALB100I', 'SUP-010', '2024-03-11', '2025-08-07', 20, 14, 1.38);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('FOS-2306-766', 'FOST100I', 'SUP-010', '2023-06-03', '2024-05-29', 20, 16, 28.74);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('SER-2307-191', 'SERT50T', 'SUP-010', '2023-07-27', '2026-02-18', 2000, 1776, 0.07);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('SER-2401-135', 'SERT50T', 'SUP-013', '2024-01-14', '2026-01-07', 500, 360, 0.07);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('QUE-2306-429', 'QUET25T', 'SUP-004', '2023-06-02', '2026-04-24', 500, 360, 0.09);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('DIA-2307-467', 'DIAZ5T', 'SUP-001', '2023-07-15', '2026-06-07', 1000, 972, 0.04);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('MTX-2308-677', 'MTX25T', 'SUP-010', '2023-08-19', '2025-01-05', 1000, 944, 0.13);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('PRE-2307-341', 'PRED5T', 'SUP-003', '2023-07-08', '2025-12-10', 2000, 2000, 0.09);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('PRE-2402-416', 'PRED5T', 'SUP-010', '2024-02-20', '2027-02-16', 2000, 2000, 0.08);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('AMO-2308-222', 'AMOX500C', 'SUP-004', '2023-08-23', '2025-07-20', 1000, 964, 0.08);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('AMO-2401-216', 'AMOX500C', 'SUP-010', '2024-01-10', '2026-01-18', 1000, 1000, 0.09);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('DOX-2306-443', 'DOXY100C', 'SUP-006', '2023-06-05', '2024-06-21', 500, 500, 0.25);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('MOR-2306-248', 'MORPH10S', 'SUP-013', '2023-06-19', '2025-12-19', 2000, 2000, 0.03);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('OXY-2308-882', 'OXYC5C', 'SUP-002', '2023-08-08', '2026-09-10', 1000, 1000, 0.49);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('OXY-2401-191', 'OXYC5C', 'SUP-010', '2024-01-06', '2026-07-25', 1000, 958, 0.41);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('GAB-2308-311', 'GABA300C', 'SUP-009', '2023-08-15', '2025-02-22', 2000, 1867, 0.11);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('GAB-2401-893', 'GABA300C', 'SUP-010', '2024-01-05', '2025-12-12', 1000, 1000, 0.10);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('LEV-2308-483', 'LEVE500T', 'SUP-002', '2023-08-18', '2026-02-03', 500, 360, 0.21);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('OME-2308-373', 'OMEP20C', 'SUP-001', '2023-08-16', '2026-08-14', 2000, 1944, 0.03);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('OME-2403-100', 'OMEP20C', 'SUP-010', '2024-03-10', '2026-08-11', 2000, 1944, 0.03);
INSERT INTO stock_batches (batch_number, drug_code, supplier_code, received_date, expiry_date, quantity_received, quantity_on_hand, unit_cost) VALUES ('MES-2307-337', 'MESA400T', 'SUP-009', '2023-07-07', '2025-11-14', 1000, 1000, 0.36);

INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70001, 21, 3, 'METF500T', '2023-09-02', 56, 56, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70002, 25, 15, 'APIX5T', '2023-09-10', 84, 84, 2, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70003, 17, 2, 'ATOR20T', '2023-09-14', 28, 28, 3, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70004, 23, 5, 'QUET25T', '2023-09-21', 28, 28, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70005, 2, 9, 'GABA300C', '2023-09-22', 28, 28, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70006, 11, 3, 'METF500T', '2023-10-01', 28, 28, 5, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70007, 29, 9, 'GABA300C', '2023-10-07', 56, 56, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70008, 11, 10, 'GLAR100I', '2023-10-10', 10, 30, 5, 'cancelled');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70009, 12, 6, 'MTX25T', '2023-10-14', 56, 56, 5, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70010, 17, 5, 'SERT50T', '2023-10-22', 28, 28, 2, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70011, 8, 10, 'EMPA10T', '2023-10-29', 28, 28, 1, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70012, 17, 7, 'AMOX500C', '2023-10-30', 15, 5, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70013, 21, 11, 'GABA300C', '2023-11-07', 28, 28, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70014, 30, 2, 'APIX5T', '2023-11-12', 84, 84, 1, 'cancelled');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70015, 16, 11, 'GABA300C', '2023-11-16', 21, 21, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70016, 27, 3, 'GLAR100I', '2023-11-25', 10, 30, 3, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70017, 18, 13, 'QUET25T', '2023-11-28', 56, 56, 5, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70018, 5, 13, 'SERT50T', '2023-12-03', 84, 84, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70019, 16, 5, 'QUET25T', '2023-12-07', 84, 84, 2, 'cancelled');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70020, 29, 5, 'SERT50T', '2023-12-14', 56, 56, 5, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70021, 7, 7, 'AMOX500C', '2023-12-22', 21, 7, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70022, 3, 3, 'GLAR100I', '2023-12-27', 5, 30, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70023, 2, 3, 'EMPA10T', '2023-12-31', 28, 28, 1, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70024, 10, 15, 'ATOR20T', '2024-01-05', 56, 56, 2, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70025, 28, 11, 'LEVE500T', '2024-01-11', 84, 84, 3, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70026, 13, 2, 'APIX5T', '2024-01-14', 56, 56, 1, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70027, 4, 3, 'EMPA10T', '2024-01-21', 56, 56, 3, 'cancelled');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70028, 11, 4, 'FOST100I', '2024-01-28', 2, 30, 1, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70029, 23, 14, 'FOST100I', '2024-02-02', 2, 30, 5, 'cancelled');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70030, 30, 15, 'APIX5T', '2024-02-07', 84, 84, 5, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70031, 1, 1, 'SALB100I', '2024-02-14', 2, 30, 1, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70032, 19, 2, 'APIX5T', '2024-02-19', 28, 28, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70033, 18, 1, 'METF500T', '2024-02-20', 84, 84, 5, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70034, 7, 12, 'OMEP20C', '2024-02-28', 56, 56, 1, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70035, 13, 5, 'SERT50T', '2024-03-04', 84, 84, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70036, 17, 5, 'SERT50T', '2024-03-10', 84, 84, 3, 'cancelled');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70037, 4, 1, 'AMLO5T', '2024-03-15', 84, 84, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70038, 21, 9, 'OXYC5C', '2024-03-18', 28, 28, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70039, 9, 8, 'ATOR20T', '2024-03-26', 28, 28, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70040, 18, 8, 'ATOR20T', '2024-03-29', 28, 28, 0, 'completed');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70041, 29, 10, 'METF500T', '2024-04-07', 84, 84, 3, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70042, 13, 1, 'ATOR20T', '2024-04-10', 84, 84, 5, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70043, 8, 13, 'QUET25T', '2024-04-14', 56, 56, 1, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70044, 11, 11, 'LEVE500T', '2024-04-20', 56, 56, 3, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70045, 4, 13, 'SERT50T', '2024-04-26', 28, 28, 0, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70046, 16, 11, 'DIAZ5T', '2024-05-01', 28, 28, 0, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70047, 3, 9, 'OXYC5C', '2024-05-08', 14, 14, 0, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70048, 20, 14, 'SALB100I', '2024-05-11', 2, 30, 1, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70049, 24, 3, 'METF500T', '2024-05-19', 84, 84, 2, 'active');
INSERT INTO prescriptions (prescription_id, patient_id, prescriber_id, drug_code, issued_date, quantity_prescribed, days_supply, refills_allowed, status) VALUES (70050, 23, 13, 'SERT50T', '2024-05-23', 28, 28, 2, 'active');

INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (1, 70001, 'MET-2308-971', '2023-09-02 12:54:29', 56, 'MB', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (2, 70002, 'API-2306-298', '2023-09-13 11:17:11', 84, 'SO', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (3, 70003, 'ATO-2306-998', '2023-09-16 17:40:48', 28, 'MB', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (4, 70004, 'QUE-2306-429', '2023-09-21 11:57:54', 28, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (5, 70005, 'GAB-2308-311', '2023-09-23 13:26:35', 28, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (6, 70006, 'MET-2308-971', '2023-10-01 09:09:16', 28, 'SO', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (7, 70007, 'GAB-2308-311', '2023-10-10 13:20:34', 56, 'MB', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (8, 70009, 'MTX-2308-677', '2023-10-14 11:49:32', 56, 'SO', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (9, 70003, 'ATO-2306-998', '2023-10-18 13:14:53', 28, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (10, 70010, 'SER-2307-191', '2023-10-24 17:33:10', 28, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (11, 70011, 'EMP-2306-943', '2023-10-29 17:47:13', 28, 'SO', 0.00);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (12, 70012, 'AMO-2308-222', '2023-11-02 16:38:29', 15, 'SO', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (13, 70013, 'GAB-2308-311', '2023-11-07 15:47:45', 28, 'SO', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (14, 70003, 'ATO-2306-998', '2023-11-19 12:00:08', 28, 'RT', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (15, 70015, 'GAB-2308-311', '2023-11-19 14:13:34', 21, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (16, 70010, 'SER-2307-191', '2023-11-24 15:27:46', 28, 'RT', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (17, 70016, 'GLA-2306-935', '2023-11-27 14:20:15', 10, 'SO', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (18, 70017, 'QUE-2306-429', '2023-11-28 15:35:39', 56, 'MB', 0.00);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (19, 70018, 'SER-2307-191', '2023-12-03 17:15:09', 84, 'SO', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (20, 70002, 'API-2306-298', '2023-12-07 17:22:26', 84, 'SO', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (21, 70020, 'SER-2307-191', '2023-12-17 16:46:51', 56, 'RT', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (22, 70010, 'SER-2307-191', '2023-12-22 17:07:13', 28, 'SO', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (23, 70021, 'AMO-2308-222', '2023-12-23 15:13:01', 21, 'JK', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (24, 70016, 'GLA-2306-935', '2023-12-24 12:32:31', 10, 'MB', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (25, 70022, 'GLA-2306-935', '2023-12-29 16:10:32', 5, 'JK', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (26, 70023, 'EMP-2306-943', '2024-01-03 13:58:23', 28, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (27, 70024, 'ATO-2306-998', '2024-01-08 17:12:17', 56, 'MB', 15.00);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (28, 70025, 'LEV-2308-483', '2024-01-13 16:51:24', 84, 'MB', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (29, 70026, 'API-2306-298', '2024-01-17 10:17:20', 56, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (30, 70016, 'GLA-2306-935', '2024-01-21 14:30:16', 10, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (31, 70028, 'FOS-2306-766', '2024-01-28 09:08:02', 2, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (32, 70023, 'EMP-2306-943', '2024-02-02 11:33:44', 28, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (33, 70030, 'API-2306-298', '2024-02-09 16:50:12', 84, 'JK', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (34, 70031, 'SAL-2307-849', '2024-02-14 17:13:08', 2, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (35, 70032, 'API-2306-298', '2024-02-20 12:37:00', 28, 'JK', 0.00);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (36, 70033, 'MET-2308-971', '2024-02-22 09:36:12', 84, 'AL', 0.00);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (37, 70002, 'API-2306-298', '2024-02-29 10:56:21', 84, 'SO', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (38, 70034, 'OME-2308-373', '2024-03-01 11:52:58', 56, 'RT', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (39, 70028, 'FOS-2306-766', '2024-03-01 13:33:23', 2, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (40, 70035, 'SER-2401-135', '2024-03-06 12:18:50', 84, 'JK', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (41, 70037, 'AML-2402-703', '2024-03-16 10:59:12', 84, 'RT', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (42, 70031, 'SAL-2403-821', '2024-03-17 11:02:20', 2, 'SO', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (43, 70038, 'OXY-2401-191', '2024-03-18 11:38:48', 28, 'SO', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (44, 70039, 'ATO-2401-404', '2024-03-27 16:33:36', 28, 'RT', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (45, 70040, 'ATO-2401-404', '2024-03-29 10:25:09', 28, 'JK', 0.00);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (46, 70041, 'MET-2402-941', '2024-04-10 09:33:06', 84, 'RT', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (47, 70042, 'ATO-2401-404', '2024-04-10 13:51:49', 84, 'JK', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (48, 70043, 'QUE-2306-429', '2024-04-16 13:41:20', 56, 'MB', 0.00);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (49, 70044, 'LEV-2308-483', '2024-04-23 17:45:27', 56, 'MB', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (50, 70034, 'OME-2403-100', '2024-04-24 10:18:16', 56, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (51, 70045, 'SER-2401-135', '2024-04-26 10:42:36', 28, 'SO', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (52, 70030, 'API-2404-981', '2024-04-30 10:19:42', 84, 'JK', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (53, 70046, 'DIA-2307-467', '2024-05-03 10:29:26', 28, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (54, 70047, 'OXY-2401-191', '2024-05-08 15:09:52', 14, 'MB', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (55, 70048, 'SAL-2403-821', '2024-05-12 09:38:29', 2, 'MB', 0.00);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (56, 70033, 'MET-2402-941', '2024-05-15 12:11:57', 84, 'JK', 0.00);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (57, 70049, 'MET-2402-941', '2024-05-22 17:07:53', 84, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (58, 70050, 'SER-2401-135', '2024-05-26 15:02:00', 28, 'AL', 9.90);
INSERT INTO dispensings (dispensing_id, prescription_id, batch_number, dispensed_at, quantity_dispensed, pharmacist_initials, copay_amount) VALUES (59, 70048, 'SAL-2403-821', '2024-06-11 11:15:07', 2, 'MB', 0.00);
