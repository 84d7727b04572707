PRAGMA foreign_keys = ON;

CREATE TABLE districts (
    district_code TEXT PRIMARY KEY,
    district_name TEXT NOT NULL,
    county TEXT NOT NULL,
    substation_name TEXT NOT NULL
);

CREATE TABLE tariffs (
    tariff_code TEXT PRIMARY KEY,
    tariff_name TEXT NOT NULL,
    customer_class TEXT NOT NULL,
    unit_rate_cents_per_kwh REAL NOT NULL,
    standing_charge_cents_per_day REAL NOT NULL,
    effective_from TEXT NOT NULL
);

CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    customer_type TEXT NOT NULL,
    street_address TEXT NOT NULL,
    district_code TEXT NOT NULL REFERENCES districts(district_code),
    tariff_code TEXT NOT NULL REFERENCES tariffs(tariff_code),
    account_opened TEXT NOT NULL,
    email TEXT
);

CREATE TABLE meters (
    meter_serial TEXT PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
    meter_type TEXT NOT NULL,
    manufacturer TEXT NOT NULL,
    installed_on TEXT NOT NULL,
    last_inspected_on TEXT
);

CREATE TABLE meter_readings (
    reading_id INTEGER PRIMARY KEY,
    meter_serial TEXT NOT NULL REFERENCES meters(meter_serial),
    reading_date TEXT NOT NULL,
    consumption_kwh REAL NOT NULL,
    read_method TEXT NOT NULL
);

CREATE TABLE bills (
    bill_id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    kwh_billed REAL NOT NULL,
    amount_due REAL NOT NULL,
    status TEXT NOT NULL,
    paid_date TEXT
);

CREATE TABLE field_crews (
    crew_id INTEGER PRIMARY KEY,
    crew_name TEXT NOT NULL,
    depot TEXT NOT NULL,
    crew_size INTEGER NOT NULL,
    supervisor_name TEXT NOT NULL
);

CREATE TABLE outages (
    outage_id INTEGER PRIMARY KEY,
    district_code TEXT NOT NULL REFERENCES districts(district_code),
    crew_id INTEGER NOT NULL REFERENCES field_crews(crew_id),
    cause TEXT NOT NULL,
    started_at TEXT NOT NULL,
    restored_at TEXT NOT NULL,
    customers_affected INTEGER NOT NULL
);


INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('ASH', 'Ashford', 'Kent Valley', 'Ashford North');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('BRM', 'Bramley', 'Kent Valley', 'Bramley Road');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('CLV', 'Clearview', 'Kent Valley', 'Clearview');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('DNW', 'Dunmore West', 'Harlow County', 'Dunmore');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('ELM', 'Elmstead', 'Harlow County', 'Elmstead Park');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('FRN', 'Fernhill', 'Harlow County', 'Fernhill');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('GRV', 'Greenvale', 'Harlow County', 'Greenvale Junction');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('HLT', 'Holt Bay', 'Coastal', 'Holt Bay');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('KNG', 'Kingsbridge', 'Coastal', 'Kingsbridge Quay');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('LMR', 'Lakemoor', 'Coastal', 'Lakemoor');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('MDW', 'Meadowbrook', 'Northern Uplands', 'Meadowbrook');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('NRV', 'North Rivers', 'Northern Uplands', 'Rivers Crossing');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('OKH', 'Oakhurst', 'Northern Uplands', 'Oakhurst Hill');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('PNR', 'Pine Ridge', 'Northern Uplands', 'Pine Ridge');
INSERT INTO districts (district_code, district_name, county, substation_name) VALUES ('RVS', 'Riverside', 'Kent Valley', 'Riverside Works');

INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('RES-STD', 'Residential Standard', 'Residential', 28.4, 52.0, '2023-01-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('RES-GRN', 'Residential Green 100', 'Residential', 30.1, 52.0, '2023-01-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('RES-TOU', 'Residential Time of Use', 'Residential', 24.9, 55.0, '2023-04-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('RES-EV', 'Residential EV Night Saver', 'Residential', 22.5, 58.0, '2023-06-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('RES-LOW', 'Residential Low Income Support', 'Residential', 19.8, 30.0, '2023-01-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('RES-FIX', 'Residential Fixed 24 Month', 'Residential', 27.0, 50.0, '2023-09-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('COM-SMB', 'Small Business', 'Commercial', 26.2, 95.0, '2023-01-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('COM-GEN', 'Commercial General', 'Commercial', 24.6, 140.0, '2023-01-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('COM-TOU', 'Commercial Time of Use', 'Commercial', 22.8, 150.0, '2023-04-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('COM-FARM', 'Agricultural', 'Commercial', 21.9, 110.0, '2023-01-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('COM-GRN', 'Commercial Green', 'Commercial', 27.5, 140.0, '2023-07-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('IND-MV', 'Industrial Medium Voltage', 'Industrial', 17.4, 620.0, '2023-01-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('IND-HV', 'Industrial High Voltage', 'Industrial', 15.2, 1450.0, '2023-01-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('IND-INT', 'Industrial Interruptible', 'Industrial', 13.9, 900.0, '2023-03-01');
INSERT INTO tariffs (tariff_code, tariff_name, customer_class, unit_rate_cents_per_kwh, standing_charge_cents_per_day, effective_from) VALUES ('IND-GRN', 'Industrial Green Supply', 'Industrial', 18.6, 700.0, '2024-01-01');

INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20001, 'Jennifer Stroud', 'Residential', '102 Church Road', 'GRV', 'RES-GRN', '2019-03-21', 'jennifer.stroud@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20002, 'Patrick Doyle', 'Residential', '73 Station Road', 'PNR', 'RES-STD', '2021-01-08', 'patrick.doyle@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20003, 'Joseph Abara', 'Residential', '34 Quarry Lane', 'HLT', 'RES-STD', '2017-07-26', NULL);
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20004, 'Anna Kowalczyk', 'Residential', '99 Quarry Lane', 'MDW', 'RES-STD', '2015-09-22', 'anna.kowalczyk@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20005, 'Ashford Bakery Ltd', 'Commercial', '73 Mill Lane', 'NRV', 'COM-SMB', '2018-08-31', 'accounts@ashfordbakery.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20006, 'Kwame Boateng', 'Residential', '229 Industrial Estate Road', 'KNG', 'RES-TOU', '2021-10-21', 'kwame.boateng@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20007, 'Sara Lindholm', 'Residential', '202 Church Road', 'ASH', 'RES-EV', '2015-11-18', 'sara.lindholm@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20008, 'Greenvale Dairy Farm', 'Commercial', '197 Quarry Lane', 'FRN', 'COM-GRN', '2016-09-10', 'accounts@greenvaledairyfarm.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20009, 'Holt Bay Marina', 'Commercial', '164 Park Avenue', 'CLV', 'COM-TOU', '2020-06-25', 'accounts@holtbaymarina.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20010, 'Robert Finch', 'Residential', '183 High Street', 'NRV', 'RES-LOW', '2019-06-24', 'robert.finch@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20011, 'Emily Carver', 'Residential', '215 Kings Road', 'NRV', 'RES-GRN', '2022-08-30', 'emily.carver@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20012, 'Ian Gallagher', 'Residential', '198 Victoria Road', 'BRM', 'RES-STD', '2020-01-11', 'ian.gallagher@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20013, 'Fernhill Cold Storage', 'Industrial', '157 High Street', 'PNR', 'IND-MV', '2019-04-05', 'accounts@fernhillcoldstorage.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20014, 'Martin Hale', 'Residential', '225 Church Road', 'RVS', 'RES-STD', '2020-03-20', 'martin.hale@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20015, 'Meadowbrook Garden Centre', 'Commercial', '122 Industrial Estate Road', 'DNW', 'COM-TOU', '2018-11-02', 'accounts@meadowbrookgardencentre.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20016, 'Laura Pennington', 'Residential', '120 Victoria Road', 'HLT', 'RES-EV', '2020-06-22', NULL);
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20017, 'Clearview Data Centre', 'Industrial', '24 Church Road', 'PNR', 'IND-HV', '2022-09-19', 'accounts@clearviewdatacentre.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20018, 'Helen McAllister', 'Residential', '165 Orchard Close', 'ASH', 'RES-STD', '2022-06-02', 'helen.mcallister@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20019, 'Hassan Qureshi', 'Residential', '159 Kings Road', 'CLV', 'RES-STD', '2016-07-19', 'hassan.qureshi@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20020, 'William Ashby', 'Residential', '83 Orchard Close', 'LMR', 'RES-LOW', '2018-11-01', 'william.ashby@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20021, 'Lakemoor Paper Mill', 'Industrial', '180 Station Road', 'KNG', 'IND-HV', '2022-12-30', 'accounts@lakemoorpapermill.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20022, 'Kingsbridge Dental Practice', 'Commercial', '208 Church Road', 'NRV', 'COM-TOU', '2021-09-16', 'accounts@kingsbridgedentalpractice.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20023, 'Linda Tran', 'Residential', '74 Quarry Lane', 'PNR', 'RES-GRN', '2015-01-11', NULL);
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20024, 'Margaret Holloway', 'Residential', '117 Meadow View', 'BRM', 'RES-GRN', '2019-01-20', 'margaret.holloway@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20025, 'Gareth Pryce', 'Residential', '164 Station Road', 'FRN', 'RES-STD', '2015-03-12', 'gareth.pryce@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20026, 'Rosa Delgado', 'Residential', '69 Mill Lane', 'OKH', 'RES-GRN', '2021-06-26', 'rosa.delgado@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20027, 'Dunmore Steelworks', 'Industrial', '138 Church Road', 'HLT', 'IND-INT', '2015-11-12', 'accounts@dunmoresteelworks.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20028, 'North Rivers Water Treatment', 'Industrial', '74 Mill Lane', 'GRV', 'IND-GRN', '2023-03-17', 'accounts@northriverswatertreatment.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20029, 'Neil Sutton', 'Residential', '22 Park Avenue', 'CLV', 'RES-TOU', '2017-08-08', NULL);
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20030, 'Chloe Dunn', 'Residential', '3 Meadow View', 'LMR', 'RES-TOU', '2022-07-27', 'chloe.dunn@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20031, 'Michael Byrne', 'Residential', '70 Harbour Way', 'BRM', 'RES-FIX', '2022-06-06', 'michael.byrne@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20032, 'Oakhurst Veterinary Clinic', 'Commercial', '17 Orchard Close', 'PNR', 'COM-TOU', '2023-10-19', 'accounts@oakhurstveterinaryclinic.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20033, 'Pine Ridge Motel', 'Commercial', '213 Victoria Road', 'ELM', 'COM-GEN', '2020-07-29', 'accounts@pineridgemotel.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20034, 'Olga Ivanova', 'Residential', '223 Quarry Lane', 'HLT', 'RES-LOW', '2015-09-05', NULL);
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20035, 'Thomas Whitfield', 'Residential', '186 Station Road', 'NRV', 'RES-LOW', '2023-06-28', 'thomas.whitfield@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20036, 'Fiona Marsh', 'Residential', '154 Park Avenue', 'DNW', 'RES-TOU', '2023-01-14', 'fiona.marsh@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20037, 'Priya Raman', 'Residential', '206 Orchard Close', 'GRV', 'RES-STD', '2019-07-30', NULL);
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20038, 'Riverside Primary School', 'Commercial', '157 Church Road', 'ELM', 'COM-SMB', '2022-01-05', 'accounts@riversideprimaryschool.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20039, 'David Osei', 'Residential', '230 Harbour Way', 'DNW', 'RES-EV', '2022-10-10', 'david.osei@mailbox.example');
INSERT INTO customers (customer_id, full_name, customer_type, street_address, district_code, tariff_code, account_opened, email) VALUES (20040, 'Bramley Plastics', 'Industrial', '236 Mill Lane', 'GRV', 'IND-HV', '2019-12-12', 'accounts@bramleyplastics.example');

INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-21745', 20001, 'Smart', 'Itron', '2020-11-17', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-90885', 20002, 'Analog', 'Siemens', '2022-07-14', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-92699', 20003, 'Smart', 'Itron', '2019-04-17', '2023-03-24');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-83701', 20004, 'Smart', 'Elster', '2016-08-19', '2019-09-25');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-74760', 20005, 'Smart', 'Kamstrup', '2019-08-05', '2021-03-06');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-40797', 20006, 'Smart', 'Kamstrup', '2023-10-11', '2024-08-02');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-81213', 20007, 'Smart', 'Kamstrup', '2016-12-11', '2018-03-10');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-22396', 20008, 'Analog', 'Landis+Gyr', '2018-05-18', '2020-06-07');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-81707', 20009, 'Analog', 'Elster', '2022-07-25', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-55654', 20010, 'Analog', 'Landis+Gyr', '2019-10-09', '2022-06-29');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-40653', 20011, 'Smart', 'Landis+Gyr', '2024-11-27', '2024-06-30');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-77937', 20012, 'Smart', 'Elster', '2021-09-02', '2024-12-09');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-18235', 20013, 'Analog', 'Siemens', '2020-09-09', '2022-10-16');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-99492', 20014, 'Analog', 'Landis+Gyr', '2021-02-26', '2022-05-28');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-34663', 20015, 'Smart', 'Elster', '2021-03-16', '2024-03-06');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-48742', 20016, 'Analog', 'Landis+Gyr', '2021-09-18', '2024-06-21');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-24171', 20017, 'Smart', 'Elster', '2022-11-15', '2024-07-26');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-75880', 20018, 'Analog', 'Elster', '2024-03-13', '2024-11-09');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-16664', 20019, 'Smart', 'Kamstrup', '2017-12-26', '2021-06-17');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-62427', 20020, 'Smart', 'Elster', '2020-10-14', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-65990', 20021, 'Smart', 'Itron', '2023-08-13', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-66131', 20022, 'Smart', 'Itron', '2022-09-20', '2024-08-05');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-64256', 20023, 'Analog', 'Landis+Gyr', '2016-07-22', '2017-08-18');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-54150', 20024, 'Analog', 'Siemens', '2019-09-25', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-60041', 20025, 'Analog', 'Elster', '2016-10-23', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-36188', 20026, 'Smart', 'Landis+Gyr', '2022-04-15', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-86588', 20027, 'Analog', 'Siemens', '2016-02-26', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-73366', 20028, 'Analog', 'Landis+Gyr', '2024-05-03', '2024-06-24');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-63846', 20029, 'Smart', 'Landis+Gyr', '2018-10-23', '2021-10-20');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-66574', 20030, 'Smart', 'Itron', '2022-12-01', '2024-07-27');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-81940', 20031, 'Smart', 'Landis+Gyr', '2024-08-25', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-97366', 20032, 'Smart', 'Landis+Gyr', '2024-02-04', '2024-07-28');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-94188', 20033, 'Analog', 'Landis+Gyr', '2022-07-10', '2023-06-10');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-86335', 20034, 'Analog', 'Siemens', '2016-07-31', '2020-03-20');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-84716', 20035, 'Smart', 'Kamstrup', '2024-06-11', '2024-11-30');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-62493', 20036, 'Smart', 'Elster', '2023-10-17', '2024-05-09');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-78836', 20037, 'Analog', 'Siemens', '2019-12-21', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-95759', 20038, 'Smart', 'Itron', '2024-03-02', '2024-07-19');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-16704', 20039, 'Smart', 'Kamstrup', '2023-12-02', '2024-08-10');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-69815', 20040, 'Smart', 'Itron', '2021-09-29', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-39835', 20005, 'Analog', 'Landis+Gyr', '2019-05-16', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-69310', 20040, 'Smart', 'Elster', '2020-06-11', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-59818', 20028, 'Analog', 'Siemens', '2023-11-28', '2024-07-28');
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-26245', 20017, 'Analog', 'Elster', '2023-02-06', NULL);
INSERT INTO meters (meter_serial, customer_id, meter_type, manufacturer, installed_on, last_inspected_on) VALUES ('MTR-88535', 20008, 'Analog', 'Landis+Gyr', '2017-12-07', NULL);

INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700001, 'MTR-65990', '2023-02-22', 30078.8, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700002, 'MTR-95759', '2023-03-06', 1046.1, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700003, 'MTR-60041', '2023-03-28', 268.6, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700004, 'MTR-74760', '2023-03-29', 2456.6, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700005, 'MTR-94188', '2023-04-08', 1775.9, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700006, 'MTR-16704', '2023-04-29', 346.4, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700007, 'MTR-81707', '2023-05-10', 2207.2, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700008, 'MTR-54150', '2023-05-19', 415.3, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700009, 'MTR-24171', '2023-05-22', 20686.0, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700010, 'MTR-99492', '2023-06-04', 286.1, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700011, 'MTR-73366', '2023-06-18', 54807.5, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700012, 'MTR-62427', '2023-07-19', 313.3, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700013, 'MTR-16664', '2023-08-04', 312.7, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700014, 'MTR-66574', '2023-08-06', 468.4, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700015, 'MTR-34663', '2023-08-13', 2335.7, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700016, 'MTR-81940', '2023-08-19', 480.0, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700017, 'MTR-92699', '2023-08-30', 285.2, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700018, 'MTR-92699', '2023-09-04', 508.9, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700019, 'MTR-88535', '2023-09-05', 3117.6, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700020, 'MTR-75880', '2023-09-17', 273.1, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700021, 'MTR-81940', '2023-09-25', 425.6, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700022, 'MTR-63846', '2023-09-26', 462.8, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700023, 'MTR-62427', '2023-10-09', 463.7, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700024, 'MTR-36188', '2023-10-15', 227.1, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700025, 'MTR-40797', '2023-10-23', 420.3, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700026, 'MTR-94188', '2023-11-10', 2571.0, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700027, 'MTR-86335', '2023-11-22', 208.9, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700028, 'MTR-48742', '2023-11-23', 268.3, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700029, 'MTR-74760', '2023-12-15', 1195.9, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700030, 'MTR-90885', '2023-12-20', 229.6, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700031, 'MTR-81707', '2024-01-15', 1039.2, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700032, 'MTR-99492', '2024-02-13', 368.9, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700033, 'MTR-36188', '2024-02-24', 502.7, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700034, 'MTR-16664', '2024-03-22', 360.6, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700035, 'MTR-66574', '2024-03-24', 308.6, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700036, 'MTR-54150', '2024-04-03', 272.3, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700037, 'MTR-81213', '2024-04-12', 409.8, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700038, 'MTR-86588', '2024-05-10', 42447.5, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700039, 'MTR-86335', '2024-06-09', 306.6, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700040, 'MTR-40797', '2024-06-12', 398.2, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700041, 'MTR-90885', '2024-06-25', 281.3, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700042, 'MTR-88535', '2024-07-16', 2880.2, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700043, 'MTR-75880', '2024-07-25', 487.6, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700044, 'MTR-78836', '2024-08-06', 195.3, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700045, 'MTR-59818', '2024-08-12', 31753.1, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700046, 'MTR-24171', '2024-08-13', 53843.5, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700047, 'MTR-83701', '2024-08-23', 182.7, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700048, 'MTR-16704', '2024-09-08', 253.9, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700049, 'MTR-86588', '2024-09-25', 31569.9, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700050, 'MTR-95759', '2024-10-01', 2532.2, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700051, 'MTR-34663', '2024-11-03', 1339.4, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700052, 'MTR-78836', '2024-11-08', 480.0, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700053, 'MTR-59818', '2024-11-10', 35742.4, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700054, 'MTR-65990', '2024-11-13', 42358.0, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700055, 'MTR-63846', '2024-11-16', 374.4, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700056, 'MTR-81213', '2024-12-04', 351.4, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700057, 'MTR-48742', '2024-12-15', 346.0, 'Estimated');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700058, 'MTR-60041', '2024-12-19', 418.9, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700059, 'MTR-83701', '2024-12-20', 188.3, 'Actual');
INSERT INTO meter_readings (reading_id, meter_serial, reading_date, consumption_kwh, read_method) VALUES (700060, 'MTR-73366', '2024-12-21', 61315.9, 'Estimated');

INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300001, 20010, '2023-02-01', '2023-02-28', '2023-03-05', '2023-03-26', 341.7, 76.06, 'Paid', '2023-03-07');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300002, 20033, '2023-02-01', '2023-02-28', '2023-03-08', '2023-03-29', 3523.3, 905.93, 'Paid', '2023-03-24');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300003, 20018, '2023-03-01', '2023-03-31', '2023-04-03', '2023-04-24', 321.2, 107.34, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300004, 20032, '2023-04-01', '2023-04-30', '2023-05-05', '2023-05-26', 2808.0, 685.22, 'Paid', '2023-05-16');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300005, 20029, '2023-04-01', '2023-04-30', '2023-05-06', '2023-05-27', 295.6, 90.1, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300006, 20015, '2023-04-01', '2023-04-30', '2023-05-08', '2023-05-29', 3611.8, 868.49, 'Paid', '2023-06-10');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300007, 20033, '2023-05-01', '2023-05-31', '2023-06-05', '2023-06-26', 2938.2, 766.2, 'Paid', '2023-06-26');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300008, 20017, '2023-05-01', '2023-05-31', '2023-06-08', '2023-06-29', 58814.9, 9389.36, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300009, 20020, '2023-05-01', '2023-05-31', '2023-06-08', '2023-06-29', 365.0, 81.57, 'Paid', '2023-07-09');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300010, 20002, '2023-06-01', '2023-06-30', '2023-07-04', '2023-07-25', 220.1, 78.11, 'Paid', '2023-08-01');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300011, 20016, '2023-06-01', '2023-06-30', '2023-07-04', '2023-07-25', 515.3, 133.34, 'Paid', '2023-08-08');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300012, 20034, '2023-06-01', '2023-06-30', '2023-07-06', '2023-07-27', 346.4, 77.59, 'Paid', '2023-08-02');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300013, 20024, '2023-06-01', '2023-06-30', '2023-07-08', '2023-07-29', 506.7, 168.12, 'Paid', '2023-07-22');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300014, 20009, '2023-07-01', '2023-07-31', '2023-08-04', '2023-08-25', 3055.6, 743.18, 'Paid', '2023-08-08');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300015, 20014, '2023-07-01', '2023-07-31', '2023-08-06', '2023-08-27', 256.0, 88.82, 'Paid', '2023-08-29');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300016, 20019, '2023-07-01', '2023-07-31', '2023-08-07', '2023-08-28', 205.3, 74.43, 'Paid', '2023-08-13');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300017, 20025, '2023-07-01', '2023-07-31', '2023-08-07', '2023-08-28', 295.7, 100.1, 'Paid', '2023-08-25');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300018, 20032, '2023-07-01', '2023-07-31', '2023-08-08', '2023-08-29', 2236.7, 556.47, 'Paid', '2023-08-19');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300019, 20002, '2023-08-01', '2023-08-31', '2023-09-03', '2023-09-24', 507.1, 160.14, 'Paid', '2023-09-17');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300020, 20026, '2023-10-01', '2023-10-31', '2023-11-03', '2023-11-24', 191.1, 73.64, 'Paid', '2023-12-03');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300021, 20016, '2023-11-01', '2023-11-30', '2023-12-03', '2023-12-24', 269.4, 78.01, 'Paid', '2024-01-06');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300022, 20035, '2023-11-01', '2023-11-30', '2023-12-03', '2023-12-24', 342.3, 76.78, 'Paid', '2023-12-10');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300023, 20036, '2023-11-01', '2023-11-30', '2023-12-05', '2023-12-26', 194.9, 65.03, 'Paid', '2024-01-07');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300024, 20030, '2023-12-01', '2023-12-31', '2024-01-03', '2024-01-24', 274.2, 85.33, 'Paid', '2024-01-20');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300025, 20029, '2023-12-01', '2023-12-31', '2024-01-05', '2024-01-26', 198.5, 66.48, 'Paid', '2024-01-20');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300026, 20019, '2023-12-01', '2023-12-31', '2024-01-06', '2024-01-27', 377.9, 123.44, 'Paid', '2024-01-25');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300027, 20022, '2024-01-01', '2024-01-31', '2024-02-07', '2024-02-28', 2209.8, 550.33, 'Paid', '2024-02-22');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300028, 20003, '2024-01-01', '2024-01-31', '2024-02-08', '2024-02-29', 247.1, 86.3, 'Paid', '2024-02-23');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300029, 20034, '2024-01-01', '2024-01-31', '2024-02-08', '2024-02-29', 327.3, 74.11, 'Paid', '2024-02-20');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300030, 20014, '2024-02-01', '2024-02-29', '2024-03-05', '2024-03-26', 385.1, 124.45, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300031, 20004, '2024-02-01', '2024-02-29', '2024-03-08', '2024-03-29', 261.0, 89.2, 'Paid', '2024-03-28');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300032, 20018, '2024-03-01', '2024-03-31', '2024-04-04', '2024-04-25', 209.5, 75.62, 'Paid', '2024-04-15');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300033, 20038, '2024-03-01', '2024-03-31', '2024-04-05', '2024-04-26', 2805.8, 764.57, 'Paid', '2024-05-10');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300034, 20010, '2024-04-01', '2024-04-30', '2024-05-06', '2024-05-27', 358.7, 80.02, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300035, 20023, '2024-04-01', '2024-04-30', '2024-05-07', '2024-05-28', 509.7, 169.02, 'Paid', '2024-06-01');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300036, 20006, '2024-05-01', '2024-05-31', '2024-06-06', '2024-06-27', 516.4, 145.63, 'Paid', '2024-06-16');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300037, 20025, '2024-05-01', '2024-05-31', '2024-06-06', '2024-06-27', 370.9, 121.46, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300038, 20038, '2024-05-01', '2024-05-31', '2024-06-07', '2024-06-28', 3234.6, 876.92, 'Paid', '2024-06-17');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300039, 20030, '2024-06-01', '2024-06-30', '2024-07-04', '2024-07-25', 454.9, 129.77, 'Paid', '2024-07-25');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300040, 20004, '2024-07-01', '2024-07-31', '2024-08-05', '2024-08-26', 250.6, 87.29, 'Paid', '2024-08-23');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300041, 20031, '2024-07-01', '2024-07-31', '2024-08-07', '2024-08-28', 473.0, 143.21, 'Paid', '2024-08-19');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300042, 20027, '2024-07-01', '2024-07-31', '2024-08-08', '2024-08-29', 23905.6, 3601.88, 'Paid', '2024-08-30');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300043, 20028, '2024-07-01', '2024-07-31', '2024-08-08', '2024-08-29', 18026.6, 3569.95, 'Paid', '2024-08-22');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300044, 20022, '2024-08-01', '2024-08-31', '2024-09-05', '2024-09-26', 2365.3, 585.79, 'Paid', '2024-09-11');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300045, 20036, '2024-08-01', '2024-08-31', '2024-09-05', '2024-09-26', 233.1, 75.09, 'Paid', '2024-10-04');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300046, 20023, '2024-08-01', '2024-08-31', '2024-09-07', '2024-09-28', 495.6, 165.3, 'Paid', '2024-09-16');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300047, 20006, '2024-08-01', '2024-08-31', '2024-09-08', '2024-09-29', 267.6, 83.68, 'Paid', '2024-10-06');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300048, 20017, '2024-09-01', '2024-09-30', '2024-10-05', '2024-10-26', 36410.7, 5969.43, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300049, 20024, '2024-10-01', '2024-10-31', '2024-11-03', '2024-11-24', 515.4, 171.26, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300050, 20027, '2024-10-01', '2024-10-31', '2024-11-03', '2024-11-24', 18696.2, 2877.77, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300051, 20035, '2024-10-01', '2024-10-31', '2024-11-04', '2024-11-25', 438.9, 96.2, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300052, 20040, '2024-10-01', '2024-10-31', '2024-11-04', '2024-11-25', 24130.4, 4117.32, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300053, 20003, '2024-10-01', '2024-10-31', '2024-11-05', '2024-11-26', 353.4, 116.49, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300054, 20026, '2024-10-01', '2024-10-31', '2024-11-06', '2024-11-27', 472.8, 158.43, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300055, 20031, '2024-10-01', '2024-10-31', '2024-11-07', '2024-11-28', 455.0, 138.35, 'Paid', '2024-11-29');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300056, 20015, '2024-11-01', '2024-11-30', '2024-12-05', '2024-12-26', 2503.8, 615.87, 'Paid', '2024-12-27');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300057, 20009, '2024-11-01', '2024-11-30', '2024-12-07', '2024-12-28', 4000.4, 957.09, 'Paid', '2024-12-21');
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300058, 20028, '2024-11-01', '2024-11-30', '2024-12-07', '2024-12-28', 56191.6, 10661.64, 'Overdue', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300059, 20020, '2024-12-01', '2024-12-31', '2025-01-05', '2025-01-26', 213.9, 51.65, 'Unpaid', NULL);
INSERT INTO bills (bill_id, customer_id, period_start, period_end, issue_date, due_date, kwh_billed, amount_due, status, paid_date) VALUES (300060, 20040, '2024-12-01', '2024-12-31', '2025-01-06', '2025-01-27', 44751.0, 7251.65, 'Unpaid', NULL);

INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (1, 'Alpha Line Crew', 'Ashford Depot', 3, 'Colin Marsh');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (2, 'Bravo Line Crew', 'Dunmore Depot', 8, 'Denise Porter');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (3, 'Charlie Line Crew', 'Kingsbridge Depot', 6, 'Femi Adebayo');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (4, 'Delta Cable Team', 'Oakhurst Depot', 5, 'Gwen Talbot');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (5, 'Echo Substation Team', 'Ashford Depot', 5, 'Hamish Reid');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (6, 'Foxtrot Vegetation Unit', 'Dunmore Depot', 6, 'Irene Walsh');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (7, 'Gulf Storm Response', 'Kingsbridge Depot', 4, 'Jack Donnelly');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (8, 'Hotel Line Crew', 'Oakhurst Depot', 3, 'Karen Moss');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (9, 'India Cable Team', 'Ashford Depot', 8, 'Luis Ferreira');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (10, 'Juliet Metering Unit', 'Dunmore Depot', 8, 'Megan Shaw');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (11, 'Kilo Line Crew', 'Kingsbridge Depot', 7, 'Nathan Cole');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (12, 'Lima Storm Response', 'Oakhurst Depot', 7, 'Orla Kennedy');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (13, 'Mike Substation Team', 'Ashford Depot', 7, 'Peter Lund');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (14, 'November Line Crew', 'Dunmore Depot', 8, 'Rachel Ames');
INSERT INTO field_crews (crew_id, crew_name, depot, crew_size, supervisor_name) VALUES (15, 'Oscar Vegetation Unit', 'Kingsbridge Depot', 6, 'Stuart Beck');

INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4001, 'DNW', 7, 'Planned maintenance', '2023-01-14 10:00:00', '2023-01-14 16:00:00', 212);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4002, 'FRN', 10, 'Equipment failure', '2023-02-09 03:28:00', '2023-02-09 11:12:00', 2114);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4003, 'PNR', 8, 'Planned maintenance', '2023-02-11 09:00:00', '2023-02-11 15:00:00', 1964);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4004, 'ASH', 9, 'Equipment failure', '2023-02-24 22:26:00', '2023-02-25 05:43:00', 3960);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4005, 'ELM', 9, 'Planned maintenance', '2023-02-26 08:00:00', '2023-02-26 12:00:00', 3936);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4006, 'CLV', 2, 'Equipment failure', '2023-02-28 02:54:00', '2023-02-28 05:09:00', 2117);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4007, 'FRN', 14, 'Equipment failure', '2023-03-05 06:37:00', '2023-03-05 07:16:00', 718);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4008, 'HLT', 11, 'Planned maintenance', '2023-03-12 08:00:00', '2023-03-12 12:00:00', 1469);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4009, 'KNG', 6, 'Vegetation contact', '2023-03-23 15:59:00', '2023-03-23 21:55:00', 1235);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4010, 'PNR', 4, 'Equipment failure', '2023-03-27 03:51:00', '2023-03-27 04:36:00', 1424);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4011, 'NRV', 1, 'Planned maintenance', '2023-03-29 08:00:00', '2023-03-29 10:00:00', 2143);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4012, 'HLT', 3, 'Vehicle collision', '2023-06-05 01:13:00', '2023-06-05 06:20:00', 1119);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4013, 'BRM', 15, 'Planned maintenance', '2023-09-05 09:00:00', '2023-09-05 11:00:00', 1579);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4014, 'DNW', 6, 'Vegetation contact', '2023-09-08 22:22:00', '2023-09-09 00:28:00', 3498);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4015, 'GRV', 9, 'Planned maintenance', '2023-09-23 10:00:00', '2023-09-23 16:00:00', 4251);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4016, 'RVS', 14, 'Storm damage', '2023-10-24 02:38:00', '2023-10-24 19:11:00', 4392);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4017, 'NRV', 2, 'Vehicle collision', '2023-10-27 10:10:00', '2023-10-27 12:00:00', 4131);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4018, 'BRM', 15, 'Vegetation contact', '2023-12-05 04:17:00', '2023-12-05 12:13:00', 1650);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4019, 'KNG', 13, 'Equipment failure', '2023-12-27 07:45:00', '2023-12-27 15:28:00', 2521);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4020, 'GRV', 3, 'Animal contact', '2024-01-02 11:32:00', '2024-01-02 18:53:00', 2645);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4021, 'MDW', 15, 'Equipment failure', '2024-01-23 01:28:00', '2024-01-23 02:41:00', 720);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4022, 'ASH', 13, 'Equipment failure', '2024-02-07 15:55:00', '2024-02-07 17:35:00', 3654);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4023, 'OKH', 11, 'Vegetation contact', '2024-02-08 10:01:00', '2024-02-08 12:04:00', 4076);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4024, 'NRV', 9, 'Animal contact', '2024-02-27 19:09:00', '2024-02-27 22:00:00', 2220);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4025, 'NRV', 14, 'Equipment failure', '2024-03-13 22:01:00', '2024-03-14 04:41:00', 3715);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4026, 'LMR', 2, 'Storm damage', '2024-03-17 15:48:00', '2024-03-17 21:35:00', 3155);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4027, 'ASH', 3, 'Planned maintenance', '2024-03-20 08:00:00', '2024-03-20 11:00:00', 2126);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4028, 'LMR', 14, 'Storm damage', '2024-04-01 16:51:00', '2024-04-02 10:07:00', 3427);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4029, 'NRV', 14, 'Storm damage', '2024-05-04 23:10:00', '2024-05-05 00:53:00', 1871);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4030, 'CLV', 14, 'Storm damage', '2024-05-08 17:07:00', '2024-05-08 19:34:00', 2179);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4031, 'RVS', 5, 'Animal contact', '2024-08-13 19:03:00', '2024-08-13 19:52:00', 1918);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4032, 'DNW', 8, 'Storm damage', '2024-09-08 14:18:00', '2024-09-09 03:15:00', 3129);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4033, 'RVS', 7, 'Storm damage', '2024-09-25 06:12:00', '2024-09-25 21:38:00', 3677);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4034, 'KNG', 8, 'Storm damage', '2024-09-27 04:16:00', '2024-09-27 16:51:00', 3660);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4035, 'HLT', 3, 'Planned maintenance', '2024-10-15 08:00:00', '2024-10-15 14:00:00', 3394);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4036, 'PNR', 8, 'Storm damage', '2024-10-18 03:01:00', '2024-10-18 13:30:00', 1707);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4037, 'KNG', 8, 'Storm damage', '2024-10-21 15:53:00', '2024-10-22 05:12:00', 4170);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4038, 'KNG', 2, 'Storm damage', '2024-11-08 22:38:00', '2024-11-09 14:31:00', 942);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4039, 'DNW', 2, 'Planned maintenance', '2024-11-20 10:00:00', '2024-11-20 12:00:00', 823);
INSERT INTO outages (outage_id, district_code, crew_id, cause, started_at, restored_at, customers_affected) VALUES (4040, 'DNW', 8, 'Storm damage', '2024-11-28 00:46:00', '2024-11-28 09:07:00', 3784);
