PRAGMA foreign_keys = ON;
CREATE TABLE buildings (
  building_id INTEGER PRIMARY KEY,
  building_name TEXT NOT NULL,
  street_address TEXT NOT NULL,
  city TEXT NOT NULL,
  year_built INTEGER,
  floors INTEGER,
  has_elevator INTEGER NOT NULL
);
CREATE TABLE units (
  unit_id INTEGER PRIMARY KEY,
  building_id INTEGER NOT NULL REFERENCES buildings(building_id),
  unit_number TEXT NOT NULL,
  floor INTEGER NOT NULL,
  bedrooms INTEGER NOT NULL,
  bathrooms REAL NOT NULL,
  square_feet INTEGER NOT NULL,
  listed_rent REAL NOT NULL
);
CREATE TABLE tenants (
  tenant_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT,
  phone TEXT,
  date_of_birth TEXT
);
CREATE TABLE leases (
  lease_code TEXT PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(unit_id),
  tenant_id INTEGER NOT NULL REFERENCES tenants(tenant_id),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  monthly_rent REAL NOT NULL,
  security_deposit REAL NOT NULL,
  lease_status TEXT NOT NULL
);
CREATE TABLE rent_payments (
  payment_id INTEGER PRIMARY KEY,
  lease_code TEXT NOT NULL REFERENCES leases(lease_code),
  rent_month TEXT NOT NULL,
  payment_date TEXT NOT NULL,
  amount REAL NOT NULL,
  payment_method TEXT NOT NULL,
  late_fee REAL NOT NULL DEFAULT 0
);
CREATE TABLE contractors (
  contractor_code TEXT PRIMARY KEY,
  company_name TEXT NOT NULL,
  trade TEXT NOT NULL,
  contact_phone TEXT,
  hourly_rate REAL NOT NULL
);
CREATE TABLE maintenance_requests (
  request_id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(unit_id),
  tenant_id INTEGER REFERENCES tenants(tenant_id),
  contractor_code TEXT REFERENCES contractors(contractor_code),
  category TEXT NOT NULL,
  priority TEXT NOT NULL,
  description TEXT,
  reported_at TEXT NOT NULL,
  completed_at TEXT,
  labor_hours REAL,
  total_cost REAL
);
INSERT INTO buildings VALUES (1, 'Maple Court', '112 Maple Ave', 'Springfield', 1981, 6, 1);
INSERT INTO buildings VALUES (2, 'Riverside Lofts', '45 River Rd', 'Springfield', 1976, 3, 0);
INSERT INTO buildings VALUES (3, 'Oak Terrace', '780 Oak St', 'Riverton', 1976, 6, 1);
INSERT INTO buildings VALUES (4, 'Harbor View', '9 Harbor Blvd', 'Bayport', 2013, 3, 0);
INSERT INTO buildings VALUES (5, 'Cedar Point', '221 Cedar Ln', 'Riverton', 1967, 4, 1);
INSERT INTO buildings VALUES (6, 'Elm Gardens', '63 Elm St', 'Springfield', 1981, 4, 1);
INSERT INTO buildings VALUES (7, 'Summit Place', '1500 Summit Dr', 'Bayport', 2002, 5, 1);
INSERT INTO buildings VALUES (8, 'Willow Creek', '34 Willow Way', 'Fairview', 1980, 8, 1);
INSERT INTO buildings VALUES (9, 'Pine Ridge', '410 Pine St', 'Fairview', 1970, 8, 1);
INSERT INTO buildings VALUES (10, 'Lakeside Manor', '88 Lake Shore Dr', 'Bayport', 1987, 8, 1);
INSERT INTO buildings VALUES (11, 'Birch Hall', '17 Birch Rd', 'Riverton', 1982, 8, 1);
INSERT INTO buildings VALUES (12, 'Granite Tower', '300 Main St', 'Springfield', 1988, 6, 1);
INSERT INTO buildings VALUES (13, 'Aspen Row', '52 Aspen Ct', 'Fairview', 1995, 3, 0);
INSERT INTO buildings VALUES (14, 'Brookfield House', '129 Brook St', 'Riverton', 1992, 6, 1);
INSERT INTO buildings VALUES (15, 'Sunset Flats', '765 Sunset Blvd', 'Bayport', 1968, 8, 1);
INSERT INTO units VALUES (1, 1, '511', 5, 2, 1.0, 520, 1252.0);
INSERT INTO units VALUES (2, 1, '412', 4, 1, 1.0, 1050, 1835.0);
INSERT INTO units VALUES (3, 1, '203', 2, 1, 1.0, 750, 1545.0);
INSERT INTO units VALUES (4, 2, '131', 1, 1, 1.0, 450, 1115.0);
INSERT INTO units VALUES (5, 2, '132', 1, 2, 1.5, 610, 1291.0);
INSERT INTO units VALUES (6, 2, '123', 1, 1, 1.0, 980, 1798.0);
INSERT INTO units VALUES (7, 3, '521', 5, 3, 1.0, 980, 1798.0);
INSERT INTO units VALUES (8, 3, '102', 1, 3, 1.5, 750, 1625.0);
INSERT INTO units VALUES (9, 3, '323', 3, 1, 1.0, 980, 1798.0);
INSERT INTO units VALUES (10, 4, '221', 2, 3, 1.0, 910, 1801.0);
INSERT INTO units VALUES (11, 4, '332', 3, 2, 2.0, 980, 1778.0);
INSERT INTO units VALUES (12, 4, '103', 1, 0, 1.0, 450, 1115.0);
INSERT INTO units VALUES (13, 5, '221', 2, 0, 1.0, 380, 1218.0);
INSERT INTO units VALUES (14, 5, '132', 1, 1, 1.0, 750, 1525.0);
INSERT INTO units VALUES (15, 5, '423', 4, 2, 1.5, 680, 1528.0);
INSERT INTO units VALUES (16, 6, '401', 4, 0, 1.0, 420, 1202.0);
INSERT INTO units VALUES (17, 6, '312', 3, 3, 1.0, 1500, 2450.0);
INSERT INTO units VALUES (18, 6, '213', 2, 1, 1.0, 610, 1391.0);
INSERT INTO units VALUES (19, 7, '121', 1, 0, 1.0, 450, 1255.0);
INSERT INTO units VALUES (20, 7, '402', 4, 3, 1.0, 1350, 2125.0);
INSERT INTO units VALUES (21, 7, '213', 2, 2, 1.0, 820, 1682.0);
INSERT INTO units VALUES (22, 8, '401', 4, 2, 1.0, 520, 1272.0);
INSERT INTO units VALUES (23, 8, '832', 8, 1, 1.0, 610, 1451.0);
INSERT INTO units VALUES (24, 8, '613', 6, 3, 2.0, 1500, 2350.0);
INSERT INTO units VALUES (25, 9, '401', 4, 3, 2.0, 1500, 2270.0);
INSERT INTO units VALUES (26, 9, '722', 7, 1, 1.0, 980, 1878.0);
INSERT INTO units VALUES (27, 9, '733', 7, 1, 1.0, 1050, 1775.0);
INSERT INTO units VALUES (28, 10, '131', 1, 0, 1.0, 380, 1198.0);
INSERT INTO units VALUES (29, 10, '122', 1, 3, 1.0, 750, 1565.0);
INSERT INTO units VALUES (30, 10, '713', 7, 1, 1.0, 900, 1790.0);
INSERT INTO units VALUES (31, 11, '631', 6, 1, 1.0, 450, 1195.0);
INSERT INTO units VALUES (32, 11, '522', 5, 0, 1.0, 420, 1082.0);
INSERT INTO units VALUES (33, 11, '213', 2, 3, 1.5, 1350, 2145.0);
INSERT INTO units VALUES (34, 12, '611', 6, 2, 1.5, 450, 1275.0);
INSERT INTO units VALUES (35, 12, '132', 1, 0, 1.0, 380, 1218.0);
INSERT INTO units VALUES (36, 12, '433', 4, 2, 2.0, 680, 1388.0);
INSERT INTO units VALUES (37, 13, '121', 1, 2, 1.5, 900, 1770.0);
INSERT INTO units VALUES (38, 13, '102', 1, 3, 2.0, 820, 1602.0);
INSERT INTO units VALUES (39, 13, '123', 1, 1, 1.0, 520, 1352.0);
INSERT INTO units VALUES (40, 14, '331', 3, 2, 1.0, 980, 1838.0);
INSERT INTO units VALUES (41, 14, '222', 2, 1, 1.0, 820, 1702.0);
INSERT INTO units VALUES (42, 14, '113', 1, 3, 1.0, 910, 1681.0);
INSERT INTO units VALUES (43, 15, '621', 6, 2, 1.0, 750, 1605.0);
INSERT INTO units VALUES (44, 15, '132', 1, 2, 1.0, 450, 1295.0);
INSERT INTO units VALUES (45, 15, '723', 7, 0, 1.0, 380, 1118.0);
INSERT INTO tenants VALUES (1, 'James', 'Davis', 'james.davis@mail.example.com', '555-5403', '1968-05-19');
INSERT INTO tenants VALUES (2, 'Maria', 'Martin', 'maria.martin@mail.example.com', '555-2820', '1983-02-12');
INSERT INTO tenants VALUES (3, 'Robert', 'King', 'robert.king@mail.example.com', '555-7636', '1965-08-28');
INSERT INTO tenants VALUES (4, 'Linda', 'Hill', 'linda.hill@mail.example.com', '555-2060', '1974-07-29');
INSERT INTO tenants VALUES (5, 'Michael', 'Turner', 'michael.turner@mail.example.com', '555-3729', '1969-07-27');
INSERT INTO tenants VALUES (6, 'Sarah', 'Murphy', 'sarah.murphy@mail.example.com', '555-8066', '1961-11-07');
INSERT INTO tenants VALUES (7, 'David', 'Nguyen', 'david.nguyen@mail.example.com', '555-9684', '1965-05-12');
INSERT INTO tenants VALUES (8, 'Emily', 'Taylor', 'emily.taylor@mail.example.com', NULL, '1959-09-29');
INSERT INTO tenants VALUES (9, 'Daniel', 'Walker', 'daniel.walker@mail.example.com', '555-9118', '1966-09-03');
INSERT INTO tenants VALUES (10, 'Laura', 'Baker', 'laura.baker@mail.example.com', '555-5722', '1972-09-11');
INSERT INTO tenants VALUES (11, 'Kevin', 'Carter', 'kevin.carter@mail.example.com', '555-3934', '1977-07-22');
INSERT INTO tenants VALUES (12, 'Anna', 'Edwards', 'anna.edwards@mail.example.com', NULL, '1967-01-10');
INSERT INTO tenants VALUES (13, 'Thomas', 'Garcia', 'thomas.garcia@mail.example.com', '555-1711', '1975-05-01');
INSERT INTO tenants VALUES (14, 'Grace', 'Lopez', 'grace.lopez@mail.example.com', '555-5542', '1988-08-03');
INSERT INTO tenants VALUES (15, 'Samuel', 'Lee', 'samuel.lee@mail.example.com', '555-3379', '1977-03-25');
INSERT INTO tenants VALUES (16, 'Olivia', 'Wright', 'olivia.wright@mail.example.com', '555-4538', '1964-01-17');
INSERT INTO tenants VALUES (17, 'Brian', 'Campbell', 'brian.campbell@mail.example.com', '555-8025', '1984-02-16');
INSERT INTO tenants VALUES (18, 'Chloe', 'Torres', 'chloe.torres@mail.example.com', '555-9944', '1961-09-20');
INSERT INTO tenants VALUES (19, 'Jason', 'Cook', 'jason.cook@mail.example.com', '555-8165', '1973-02-03');
INSERT INTO tenants VALUES (20, 'Hannah', 'Patel', 'hannah.patel@mail.example.com', '555-6458', '1960-01-21');
INSERT INTO tenants VALUES (21, 'Eric', 'Thomas', 'eric.thomas@mail.example.com', '555-7538', '1977-06-17');
INSERT INTO tenants VALUES (22, 'Nora', 'Hall', 'nora.hall@mail.example.com', '555-8371', '1969-06-17');
INSERT INTO tenants VALUES (23, 'Patrick', 'Adams', 'patrick.adams@mail.example.com', '555-4974', '1950-07-05');
INSERT INTO tenants VALUES (24, 'Sofia', 'Phillips', 'sofia.phillips@mail.example.com', '555-3716', '1986-01-05');
INSERT INTO tenants VALUES (25, 'Victor', 'Stewart', 'victor.stewart@mail.example.com', NULL, '1950-06-20');
INSERT INTO tenants VALUES (26, 'Irene', 'Johnson', 'irene.johnson@mail.example.com', '555-4078', '1988-12-13');
INSERT INTO tenants VALUES (27, 'Marcus', 'Wilson', 'marcus.wilson@mail.example.com', NULL, '1957-03-27');
INSERT INTO tenants VALUES (28, 'Julia', 'Clark', 'julia.clark@mail.example.com', '555-5606', '1950-11-05');
INSERT INTO tenants VALUES (29, 'Oscar', 'Scott', 'oscar.scott@mail.example.com', NULL, '1972-04-16');
INSERT INTO tenants VALUES (30, 'Leah', 'Mitchell', 'leah.mitchell@mail.example.com', '555-2942', '1976-01-04');
INSERT INTO tenants VALUES (31, 'Adrian', 'Parker', 'adrian.parker@mail.example.com', '555-5043', '1966-07-21');
INSERT INTO tenants VALUES (32, 'Megan', 'Rogers', 'megan.rogers@mail.example.com', '555-4821', '1980-09-23');
INSERT INTO tenants VALUES (33, 'Henry', 'Miller', 'henry.miller@mail.example.com', '555-7896', '1989-12-09');
INSERT INTO tenants VALUES (34, 'Priya', 'Moore', 'priya.moore@mail.example.com', '555-7390', '1987-07-07');
INSERT INTO tenants VALUES (35, 'Lucas', 'Young', 'lucas.young@mail.example.com', '555-2036', '1966-07-25');
INSERT INTO tenants VALUES (36, 'Fatima', 'Nelson', 'fatima.nelson@mail.example.com', '555-6111', '1970-09-07');
INSERT INTO tenants VALUES (37, 'Ethan', 'Evans', 'ethan.evans@mail.example.com', '555-3403', '1962-12-31');
INSERT INTO tenants VALUES (38, 'Yuki', 'Morris', 'yuki.morris@mail.example.com', '555-2489', '1960-05-17');
INSERT INTO tenants VALUES (39, 'Noah', 'Brown', 'noah.brown@mail.example.com', '555-1792', '1958-10-18');
INSERT INTO tenants VALUES (40, 'Elena', 'Anderson', 'elena.anderson@mail.example.com', '555-5322', '1953-05-27');
INSERT INTO leases VALUES ('LS-2021-001', 3, 1, '2021-01-01', '2022-06-30', 1545.0, 1545.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-002', 30, 2, '2021-10-01', '2022-03-31', 1790.0, 1790.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-003', 4, 3, '2021-05-01', '2022-04-30', 1115.0, 1115.0, 'terminated');
INSERT INTO leases VALUES ('LS-2023-004', 12, 4, '2023-01-01', '2023-12-31', 1140.0, 1140.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-005', 40, 5, '2021-04-01', '2022-09-30', 1888.0, 1888.0, 'expired');
INSERT INTO leases VALUES ('LS-2023-006', 31, 6, '2023-09-01', '2025-02-28', 1145.0, 1145.0, 'active');
INSERT INTO leases VALUES ('LS-2021-007', 11, 7, '2021-05-01', '2022-04-30', 1728.0, 1728.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-008', 21, 8, '2021-07-01', '2023-06-30', 1732.0, 1732.0, 'terminated');
INSERT INTO leases VALUES ('LS-2021-009', 42, 9, '2021-12-01', '2023-05-31', 1731.0, 1731.0, 'expired');
INSERT INTO leases VALUES ('LS-2023-010', 37, 10, '2023-02-01', '2024-01-31', 1795.0, 1795.0, 'expired');
INSERT INTO leases VALUES ('LS-2022-011', 35, 11, '2022-09-01', '2023-02-28', 1218.0, 1218.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-012', 6, 12, '2021-04-01', '2023-03-31', 1798.0, 1798.0, 'expired');
INSERT INTO leases VALUES ('LS-2023-013', 17, 13, '2023-06-01', '2024-11-30', 2400.0, 2400.0, 'active');
INSERT INTO leases VALUES ('LS-2022-014', 34, 14, '2022-03-01', '2024-02-29', 1325.0, 1325.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-015', 5, 15, '2021-09-01', '2022-08-31', 1341.0, 1341.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-016', 2, 16, '2021-05-01', '2022-04-30', 1785.0, 1785.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-017', 15, 17, '2021-02-01', '2022-01-31', 1528.0, 1528.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-018', 1, 18, '2021-11-01', '2022-04-30', 1277.0, 1277.0, 'expired');
INSERT INTO leases VALUES ('LS-2022-019', 14, 19, '2022-02-01', '2023-07-31', 1575.0, 1575.0, 'expired');
INSERT INTO leases VALUES ('LS-2023-020', 36, 20, '2023-07-01', '2024-06-30', 1338.0, 1338.0, 'active');
INSERT INTO leases VALUES ('LS-2021-021', 10, 21, '2021-12-01', '2023-11-30', 1826.0, 1826.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-022', 28, 22, '2021-06-01', '2021-11-30', 1148.0, 1148.0, 'terminated');
INSERT INTO leases VALUES ('LS-2022-023', 26, 23, '2022-11-01', '2023-10-31', 1928.0, 1928.0, 'expired');
INSERT INTO leases VALUES ('LS-2023-024', 38, 24, '2023-08-01', '2024-07-31', 1652.0, 1652.0, 'active');
INSERT INTO leases VALUES ('LS-2023-025', 24, 25, '2023-06-01', '2024-05-31', 2375.0, 2375.0, 'terminated');
INSERT INTO leases VALUES ('LS-2021-026', 23, 26, '2021-10-01', '2023-03-31', 1501.0, 1501.0, 'expired');
INSERT INTO leases VALUES ('LS-2022-027', 16, 27, '2022-10-01', '2024-03-31', 1202.0, 1202.0, 'expired');
INSERT INTO leases VALUES ('LS-2023-028', 44, 28, '2023-03-01', '2023-08-31', 1345.0, 1345.0, 'expired');
INSERT INTO leases VALUES ('LS-2022-029', 33, 29, '2022-09-01', '2024-02-29', 2195.0, 2195.0, 'expired');
INSERT INTO leases VALUES ('LS-2022-030', 19, 30, '2022-01-01', '2023-12-31', 1255.0, 1255.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-031', 45, 31, '2021-04-01', '2022-03-31', 1143.0, 1143.0, 'expired');
INSERT INTO leases VALUES ('LS-2023-032', 9, 32, '2023-04-01', '2024-03-31', 1748.0, 1748.0, 'expired');
INSERT INTO leases VALUES ('LS-2023-033', 43, 33, '2023-03-01', '2024-08-31', 1605.0, 1605.0, 'active');
INSERT INTO leases VALUES ('LS-2022-034', 7, 34, '2022-12-01', '2023-05-31', 1848.0, 1848.0, 'expired');
INSERT INTO leases VALUES ('LS-2022-035', 29, 35, '2022-07-01', '2023-06-30', 1565.0, 1565.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-036', 13, 36, '2021-02-01', '2022-01-31', 1218.0, 1218.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-037', 27, 37, '2021-03-01', '2022-02-28', 1775.0, 1775.0, 'expired');
INSERT INTO leases VALUES ('LS-2022-038', 41, 38, '2022-09-01', '2023-08-31', 1752.0, 1752.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-039', 22, 39, '2021-09-01', '2023-02-28', 1322.0, 1322.0, 'expired');
INSERT INTO leases VALUES ('LS-2022-040', 20, 40, '2022-11-01', '2023-10-31', 2075.0, 2075.0, 'expired');
INSERT INTO leases VALUES ('LS-2022-041', 39, 11, '2022-01-01', '2022-06-30', 1402.0, 1402.0, 'terminated');
INSERT INTO leases VALUES ('LS-2023-042', 18, 10, '2023-03-01', '2024-02-29', 1416.0, 1416.0, 'expired');
INSERT INTO leases VALUES ('LS-2022-043', 25, 31, '2022-02-01', '2023-01-31', 2320.0, 2320.0, 'expired');
INSERT INTO leases VALUES ('LS-2022-044', 8, 33, '2022-08-01', '2023-01-31', 1625.0, 1625.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-045', 32, 27, '2021-07-01', '2022-06-30', 1132.0, 1132.0, 'expired');
INSERT INTO leases VALUES ('LS-2022-046', 3, 39, '2022-10-01', '2024-09-30', 1570.0, 1570.0, 'active');
INSERT INTO leases VALUES ('LS-2021-047', 30, 36, '2021-11-01', '2022-04-30', 1740.0, 1740.0, 'expired');
INSERT INTO leases VALUES ('LS-2021-048', 4, 2, '2021-08-01', '2023-07-31', 1115.0, 1115.0, 'expired');
INSERT INTO rent_payments VALUES (1, 'LS-2023-028', '2023-03', '2023-03-03', 1345.0, 'credit card', 0.0);
INSERT INTO rent_payments VALUES (2, 'LS-2023-028', '2023-04', '2023-04-02', 1345.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (3, 'LS-2023-028', '2023-05', '2023-05-04', 1345.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (4, 'LS-2022-038', '2022-09', '2022-09-04', 1552.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (5, 'LS-2022-038', '2022-10', '2022-10-01', 1752.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (6, 'LS-2022-038', '2022-11', '2022-11-04', 1752.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (7, 'LS-2021-003', '2021-05', '2021-05-01', 1115.0, 'check', 0.0);
INSERT INTO rent_payments VALUES (8, 'LS-2021-003', '2021-06', '2021-06-05', 1115.0, 'credit card', 0.0);
INSERT INTO rent_payments VALUES (9, 'LS-2021-003', '2021-07', '2021-07-02', 1115.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (10, 'LS-2021-037', '2021-03', '2021-03-03', 1775.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (11, 'LS-2021-037', '2021-04', '2021-04-02', 1775.0, 'cash', 0.0);
INSERT INTO rent_payments VALUES (12, 'LS-2021-037', '2021-05', '2021-05-03', 1775.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (13, 'LS-2022-023', '2022-11', '2022-11-02', 1928.0, 'credit card', 0.0);
INSERT INTO rent_payments VALUES (14, 'LS-2022-023', '2022-12', '2022-12-02', 1928.0, 'cash', 0.0);
INSERT INTO rent_payments VALUES (15, 'LS-2022-023', '2023-01', '2023-01-02', 1928.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (16, 'LS-2021-039', '2021-09', '2021-09-03', 1122.0, 'credit card', 0.0);
INSERT INTO rent_payments VALUES (17, 'LS-2021-039', '2021-10', '2021-10-01', 1322.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (18, 'LS-2021-039', '2021-11', '2021-11-04', 1322.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (19, 'LS-2021-036', '2021-02', '2021-02-09', 1218.0, 'check', 50.0);
INSERT INTO rent_payments VALUES (20, 'LS-2021-036', '2021-03', '2021-03-05', 1218.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (21, 'LS-2021-036', '2021-04', '2021-04-03', 1218.0, 'credit card', 0.0);
INSERT INTO rent_payments VALUES (22, 'LS-2021-026', '2021-10', '2021-10-13', 1501.0, 'bank transfer', 50.0);
INSERT INTO rent_payments VALUES (23, 'LS-2021-026', '2021-11', '2021-11-05', 1501.0, 'credit card', 0.0);
INSERT INTO rent_payments VALUES (24, 'LS-2021-026', '2021-12', '2021-12-03', 1501.0, 'check', 0.0);
INSERT INTO rent_payments VALUES (25, 'LS-2022-011', '2022-09', '2022-09-01', 1218.0, 'credit card', 0.0);
INSERT INTO rent_payments VALUES (26, 'LS-2022-011', '2022-10', '2022-10-12', 1218.0, 'bank transfer', 50.0);
INSERT INTO rent_payments VALUES (27, 'LS-2022-011', '2022-11', '2022-11-01', 1218.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (28, 'LS-2021-007', '2021-05', '2021-05-04', 1728.0, 'credit card', 0.0);
INSERT INTO rent_payments VALUES (29, 'LS-2021-007', '2021-06', '2021-06-14', 1728.0, 'credit card', 50.0);
INSERT INTO rent_payments VALUES (30, 'LS-2021-007', '2021-07', '2021-07-12', 1728.0, 'cash', 50.0);
INSERT INTO rent_payments VALUES (31, 'LS-2021-022', '2021-06', '2021-06-04', 1148.0, 'check', 0.0);
INSERT INTO rent_payments VALUES (32, 'LS-2021-022', '2021-07', '2021-07-03', 1148.0, 'check', 0.0);
INSERT INTO rent_payments VALUES (33, 'LS-2021-022', '2021-08', '2021-08-16', 1148.0, 'bank transfer', 50.0);
INSERT INTO rent_payments VALUES (34, 'LS-2021-017', '2021-02', '2021-02-05', 1528.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (35, 'LS-2021-017', '2021-03', '2021-03-01', 1528.0, 'credit card', 0.0);
INSERT INTO rent_payments VALUES (36, 'LS-2021-017', '2021-04', '2021-04-03', 1528.0, 'cash', 0.0);
INSERT INTO rent_payments VALUES (37, 'LS-2023-024', '2023-08', '2023-08-05', 1652.0, 'cash', 0.0);
INSERT INTO rent_payments VALUES (38, 'LS-2023-024', '2023-09', '2023-09-02', 1652.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (39, 'LS-2023-024', '2023-10', '2023-10-05', 1652.0, 'credit card', 0.0);
INSERT INTO rent_payments VALUES (40, 'LS-2023-004', '2023-01', '2023-01-05', 1140.0, 'cash', 0.0);
INSERT INTO rent_payments VALUES (41, 'LS-2023-004', '2023-02', '2023-02-04', 1140.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (42, 'LS-2023-004', '2023-03', '2023-03-02', 1140.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (43, 'LS-2021-002', '2021-10', '2021-10-03', 1790.0, 'credit card', 0.0);
INSERT INTO rent_payments VALUES (44, 'LS-2021-002', '2021-11', '2021-11-02', 1790.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (45, 'LS-2021-002', '2021-12', '2021-12-04', 1590.0, 'check', 0.0);
INSERT INTO rent_payments VALUES (46, 'LS-2022-041', '2022-01', '2022-01-05', 1202.0, 'cash', 0.0);
INSERT INTO rent_payments VALUES (47, 'LS-2022-041', '2022-02', '2022-02-05', 1402.0, 'credit card', 0.0);
INSERT INTO rent_payments VALUES (48, 'LS-2022-041', '2022-03', '2022-03-11', 1402.0, 'credit card', 50.0);
INSERT INTO rent_payments VALUES (49, 'LS-2022-029', '2022-09', '2022-09-15', 2195.0, 'bank transfer', 50.0);
INSERT INTO rent_payments VALUES (50, 'LS-2022-029', '2022-10', '2022-10-05', 2195.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (51, 'LS-2022-029', '2022-11', '2022-11-01', 2195.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (52, 'LS-2021-009', '2021-12', '2021-12-11', 1731.0, 'bank transfer', 50.0);
INSERT INTO rent_payments VALUES (53, 'LS-2021-009', '2022-01', '2022-01-18', 1731.0, 'check', 50.0);
INSERT INTO rent_payments VALUES (54, 'LS-2021-009', '2022-02', '2022-02-04', 1731.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (55, 'LS-2023-032', '2023-04', '2023-04-01', 1748.0, 'credit card', 0.0);
INSERT INTO rent_payments VALUES (56, 'LS-2023-032', '2023-05', '2023-05-01', 1748.0, 'bank transfer', 0.0);
INSERT INTO rent_payments VALUES (57, 'LS-2023-032', '2023-06', '2023-06-04', 1748.0, 'check', 0.0);
INSERT INTO rent_payments VALUES (58, 'LS-2021-047', '2021-11', '2021-11-16', 1740.0, 'credit card', 50.0);
INSERT INTO rent_payments VALUES (59, 'LS-2021-047', '2021-12', '2021-12-03', 1740.0, 'cash', 0.0);
INSERT INTO rent_payments VALUES (60, 'LS-2021-047', '2022-01', '2022-01-01', 1740.0, 'bank transfer', 0.0);
INSERT INTO contractors VALUES ('PLB-01', 'FlowRight Plumbing', 'plumbing', '555-9089', 70.0);
INSERT INTO contractors VALUES ('ELC-01', 'Bright Spark Electric', 'electrical', '555-5876', 85.0);
INSERT INTO contractors VALUES ('HVC-01', 'CoolAir Services', 'hvac', '555-3977', 75.0);
INSERT INTO contractors VALUES ('CRP-01', 'Oakwood Carpentry', 'carpentry', '555-7539', 80.0);
INSERT INTO contractors VALUES ('PNT-01', 'FreshCoat Painters', 'painting', '555-8790', 55.0);
INSERT INTO contractors VALUES ('APL-01', 'FixIt Appliances', 'appliance repair', '555-2990', 70.0);
INSERT INTO contractors VALUES ('PST-01', 'BugAway Pest Control', 'pest control', '555-8374', 65.0);
INSERT INTO contractors VALUES ('LCK-01', 'KeyMaster Locksmiths', 'locksmith', '555-8849', 85.0);
INSERT INTO contractors VALUES ('PLB-02', 'Pipeline Pros', 'plumbing', '555-6526', 55.0);
INSERT INTO contractors VALUES ('ELC-02', 'Volt Electric Co', 'electrical', '555-1828', 95.0);
INSERT INTO contractors VALUES ('HVC-02', 'ClimateCare HVAC', 'hvac', '555-6614', 80.0);
INSERT INTO contractors VALUES ('CRP-02', 'TrueLine Carpentry', 'carpentry', '555-6452', 80.0);
INSERT INTO contractors VALUES ('PNT-02', 'ColorWorks Painting', 'painting', '555-7817', 90.0);
INSERT INTO contractors VALUES ('APL-02', 'Metro Appliance Repair', 'appliance repair', '555-7545', 45.0);
INSERT INTO contractors VALUES ('LCK-02', 'Secure Lock & Key', 'locksmith', '555-9182', 65.0);
INSERT INTO contractors VALUES ('PLB-03', 'Ace Plumbing Supply', 'plumbing', '555-4661', 70.0);
INSERT INTO maintenance_requests VALUES (1, 11, 7, 'PNT-01', 'walls/paint', 'medium', 'Water stain on ceiling', '2023-10-01 08:00:00', '2023-10-09 09:00:00', 1.5, 107.5);
INSERT INTO maintenance_requests VALUES (2, 45, NULL, 'LCK-01', 'locks/keys', 'medium', 'Front door lock jammed', '2023-06-11 18:00:00', '2023-06-15 22:00:00', 4.0, 380.0);
INSERT INTO maintenance_requests VALUES (3, 43, 33, 'CRP-01', 'doors/windows', 'medium', 'Window won''t close', '2024-02-21 12:40:00', '2024-02-27 19:40:00', 1.0, 200.0);
INSERT INTO maintenance_requests VALUES (4, 4, 3, 'PST-01', 'pests', 'urgent', 'Mice seen in kitchen', '2024-02-14 17:50:00', '2024-02-22 19:50:00', 1.5, 97.5);
INSERT INTO maintenance_requests VALUES (5, 31, 6, 'CRP-01', 'doors/windows', 'medium', 'Window won''t close', '2023-11-04 16:15:00', '2023-11-14 23:15:00', 4.0, 400.0);
INSERT INTO maintenance_requests VALUES (6, 33, 29, 'LCK-02', 'locks/keys', 'low', 'Front door lock jammed', '2023-03-12 15:45:00', '2023-03-18 16:45:00', 4.0, 285.0);
INSERT INTO maintenance_requests VALUES (7, 16, 27, 'APL-01', 'appliances', 'medium', 'Dishwasher not draining', '2023-01-06 15:20:00', '2023-01-07 23:20:00', 2.0, 180.0);
INSERT INTO maintenance_requests VALUES (8, 1, 18, 'CRP-01', 'doors/windows', 'medium', 'Window won''t close', '2024-01-21 08:50:00', '2024-02-01 16:50:00', 2.5, 240.0);
INSERT INTO maintenance_requests VALUES (9, 32, 27, NULL, 'heating/cooling', 'low', 'Heater not warming', '2023-12-21 08:45:00', NULL, NULL, NULL);
INSERT INTO maintenance_requests VALUES (10, 9, 32, 'CRP-01', 'doors/windows', 'high', 'Window won''t close', '2023-04-22 11:50:00', '2023-04-22 17:50:00', 3.0, 280.0);
INSERT INTO maintenance_requests VALUES (11, 23, 26, 'PST-01', 'pests', 'medium', 'Mice seen in kitchen', '2023-06-15 10:15:00', '2023-06-22 13:15:00', 4.0, 260.0);
INSERT INTO maintenance_requests VALUES (12, 3, 1, NULL, 'electrical', 'medium', 'Outlet not working', '2023-12-14 15:50:00', NULL, NULL, NULL);
INSERT INTO maintenance_requests VALUES (13, 17, 13, 'PLB-03', 'plumbing', 'medium', 'Leaking kitchen faucet', '2023-04-29 09:40:00', '2023-05-06 15:40:00', 2.5, 295.0);
INSERT INTO maintenance_requests VALUES (14, 18, 10, 'APL-02', 'appliances', 'low', 'Dishwasher not draining', '2024-03-09 18:15:00', '2024-03-18 02:15:00', 6.0, 295.0);
INSERT INTO maintenance_requests VALUES (15, 2, 16, 'LCK-02', 'locks/keys', 'urgent', 'Front door lock jammed', '2023-03-27 16:30:00', '2023-04-06 18:30:00', 2.5, 282.5);
INSERT INTO maintenance_requests VALUES (16, 30, 2, 'PST-01', 'pests', 'medium', 'Mice seen in kitchen', '2023-05-15 08:50:00', '2023-05-26 16:50:00', 6.0, 430.0);
INSERT INTO maintenance_requests VALUES (17, 18, 10, 'ELC-01', 'electrical', 'medium', 'Outlet not working', '2023-03-19 12:00:00', '2023-03-26 20:00:00', 1.0, 85.0);
INSERT INTO maintenance_requests VALUES (18, 35, 11, 'PST-01', 'pests', 'medium', 'Mice seen in kitchen', '2024-06-15 11:50:00', '2024-06-17 14:50:00', 3.0, 220.0);
INSERT INTO maintenance_requests VALUES (19, 44, 28, 'PNT-01', 'walls/paint', 'high', 'Water stain on ceiling', '2023-12-21 09:05:00', '2023-12-21 13:05:00', 2.5, 217.5);
INSERT INTO maintenance_requests VALUES (20, 28, 22, 'APL-01', 'appliances', 'high', 'Dishwasher not draining', '2023-01-04 09:45:00', '2023-01-15 17:45:00', 1.5, 130.0);
INSERT INTO maintenance_requests VALUES (21, 20, 40, 'ELC-01', 'electrical', 'medium', 'Outlet not working', '2023-07-19 15:30:00', '2023-07-31 18:30:00', 4.0, 380.0);
INSERT INTO maintenance_requests VALUES (22, 32, 27, 'APL-02', 'appliances', 'urgent', 'Dishwasher not draining', '2023-02-25 20:15:00', '2023-02-26 02:15:00', 6.0, 270.0);
INSERT INTO maintenance_requests VALUES (23, 15, 17, 'ELC-02', 'electrical', 'medium', 'Outlet not working', '2024-05-21 08:30:00', '2024-05-27 11:30:00', 2.5, 237.5);
INSERT INTO maintenance_requests VALUES (24, 31, 6, 'CRP-01', 'doors/windows', 'low', 'Window won''t close', '2023-05-26 18:20:00', '2023-05-30 19:20:00', 1.5, 240.0);
INSERT INTO maintenance_requests VALUES (25, 8, 33, 'ELC-02', 'electrical', 'urgent', 'Outlet not working', '2023-12-15 08:45:00', '2023-12-27 13:45:00', 6.0, 690.0);
INSERT INTO maintenance_requests VALUES (26, 29, 35, 'PLB-02', 'plumbing', 'low', 'Leaking kitchen faucet', '2023-08-05 18:30:00', '2023-08-08 00:30:00', 4.0, 260.0);
INSERT INTO maintenance_requests VALUES (27, 29, 35, 'HVC-01', 'heating/cooling', 'medium', 'Heater not warming', '2024-02-14 19:40:00', '2024-02-24 22:40:00', 6.0, 570.0);
INSERT INTO maintenance_requests VALUES (28, 22, 39, 'ELC-01', 'electrical', 'low', 'Outlet not working', '2023-04-08 14:30:00', '2023-04-12 19:30:00', 6.0, 590.0);
INSERT INTO maintenance_requests VALUES (29, 6, 12, 'APL-01', 'appliances', 'low', 'Dishwasher not draining', '2024-03-28 08:15:00', '2024-03-28 13:15:00', 6.0, 445.0);
INSERT INTO maintenance_requests VALUES (30, 23, 26, 'PLB-01', 'plumbing', 'urgent', 'Leaking kitchen faucet', '2023-11-23 17:20:00', '2023-12-02 20:20:00', 4.0, 400.0);
INSERT INTO maintenance_requests VALUES (31, 29, 35, 'ELC-01', 'electrical', 'high', 'Outlet not working', '2023-03-30 10:45:00', NULL, NULL, NULL);
INSERT INTO maintenance_requests VALUES (32, 24, 25, NULL, 'heating/cooling', 'medium', 'Heater not warming', '2023-06-23 20:20:00', NULL, NULL, NULL);
INSERT INTO maintenance_requests VALUES (33, 1, 18, 'CRP-01', 'doors/windows', 'high', 'Window won''t close', '2024-04-26 16:15:00', '2024-05-07 21:15:00', 1.5, 120.0);
INSERT INTO maintenance_requests VALUES (34, 3, 1, 'HVC-02', 'heating/cooling', 'low', 'Heater not warming', '2024-05-11 19:05:00', '2024-05-19 20:05:00', 2.0, 200.0);
INSERT INTO maintenance_requests VALUES (35, 4, 3, 'ELC-01', 'electrical', 'high', 'Outlet not working', '2024-05-02 12:00:00', '2024-05-09 15:00:00', 2.5, 292.5);
INSERT INTO maintenance_requests VALUES (36, 10, 21, 'HVC-01', 'heating/cooling', 'high', 'Heater not warming', '2023-05-20 15:15:00', '2023-05-25 18:15:00', 2.0, 150.0);
INSERT INTO maintenance_requests VALUES (37, 42, 9, 'CRP-01', 'doors/windows', 'low', 'Window won''t close', '2024-04-30 18:50:00', '2024-05-07 22:50:00', 1.5, 120.0);
INSERT INTO maintenance_requests VALUES (38, 38, 24, 'PLB-01', 'plumbing', 'medium', 'Leaking kitchen faucet', '2023-01-04 20:15:00', '2023-01-06 22:15:00', 1.0, 110.0);
INSERT INTO maintenance_requests VALUES (39, 19, 30, 'PNT-01', 'walls/paint', 'high', 'Water stain on ceiling', '2024-01-31 17:50:00', '2024-02-04 01:50:00', 2.5, 177.5);
INSERT INTO maintenance_requests VALUES (40, 38, 24, 'ELC-01', 'electrical', 'medium', 'Outlet not working', '2023-08-24 12:00:00', NULL, NULL, NULL);
INSERT INTO maintenance_requests VALUES (41, 36, NULL, 'HVC-01', 'heating/cooling', 'low', 'Heater not warming', '2023-10-25 16:05:00', '2023-11-05 21:05:00', 2.5, 227.5);
INSERT INTO maintenance_requests VALUES (42, 29, 35, 'PNT-02', 'walls/paint', 'low', 'Water stain on ceiling', '2024-02-24 18:30:00', NULL, NULL, NULL);
INSERT INTO maintenance_requests VALUES (43, 38, 24, 'APL-01', 'appliances', 'medium', 'Dishwasher not draining', '2024-03-03 15:45:00', NULL, NULL, NULL);
INSERT INTO maintenance_requests VALUES (44, 20, 40, 'ELC-01', 'electrical', 'low', 'Outlet not working', '2024-01-02 18:20:00', '2024-01-07 02:20:00', 1.0, 205.0);
INSERT INTO maintenance_requests VALUES (45, 5, 15, 'PST-01', 'pests', 'medium', 'Mice seen in kitchen', '2024-06-20 16:40:00', '2024-06-24 22:40:00', 2.5, 202.5);
INSERT INTO maintenance_requests VALUES (46, 26, 23, NULL, 'walls/paint', 'urgent', 'Water stain on ceiling', '2024-04-13 08:30:00', NULL, NULL, NULL);
INSERT INTO maintenance_requests VALUES (47, 6, 12, 'ELC-02', 'electrical', 'urgent', 'Outlet not working', '2024-03-06 14:00:00', '2024-03-18 15:00:00', 6.0, 570.0);
INSERT INTO maintenance_requests VALUES (48, 23, 26, NULL, 'pests', 'low', 'Mice seen in kitchen', '2023-03-04 15:20:00', NULL, NULL, NULL);
INSERT INTO maintenance_requests VALUES (49, 24, 25, 'APL-01', 'appliances', 'high', 'Dishwasher not draining', '2023-06-14 18:15:00', '2023-06-15 21:15:00', 3.0, 210.0);
INSERT INTO maintenance_requests VALUES (50, 27, 37, 'PLB-01', 'plumbing', 'low', 'Leaking kitchen faucet', '2023-09-13 20:40:00', '2023-09-14 21:40:00', 2.5, 200.0);
INSERT INTO maintenance_requests VALUES (51, 25, 31, 'HVC-01', 'heating/cooling', 'urgent', 'Heater not warming', '2023-10-27 09:50:00', '2023-11-07 11:50:00', 1.5, 112.5);
INSERT INTO maintenance_requests VALUES (52, 5, 15, 'PNT-02', 'walls/paint', 'low', 'Water stain on ceiling', '2024-04-18 14:50:00', '2024-04-30 17:50:00', 3.0, 390.0);
