PRAGMA foreign_keys = ON;
CREATE TABLE depots (
  depot_code TEXT PRIMARY KEY,     -- e.g. 'MAN1'
  site_name TEXT NOT NULL,
  city TEXT NOT NULL,
  postcode TEXT NOT NULL,
  opened_year INTEGER NOT NULL
);
CREATE TABLE vans (
  van_id INTEGER PRIMARY KEY,
  registration TEXT NOT NULL UNIQUE,
  depot_code TEXT NOT NULL REFERENCES depots(depot_code),
  model TEXT NOT NULL,
  payload_kg INTEGER NOT NULL,
  purchased_on TEXT NOT NULL       -- ISO date
);
CREATE TABLE couriers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  depot_code TEXT NOT NULL REFERENCES depots(depot_code),
  hired_on TEXT NOT NULL,          -- ISO date
  van_id INTEGER REFERENCES vans(van_id),  -- NULL = no van assigned
  contract TEXT NOT NULL           -- 'employed' or 'self_employed'
);
CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  company_name TEXT,               -- NULL for personal accounts
  contact_name TEXT NOT NULL,
  city TEXT NOT NULL,
  account_type TEXT NOT NULL,      -- 'business' or 'personal'
  created_on TEXT NOT NULL         -- ISO date
);
CREATE TABLE parcels (
  tracking_no TEXT PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
  origin_depot TEXT NOT NULL REFERENCES depots(depot_code),
  destination_city TEXT NOT NULL,
  weight_kg TEXT NOT NULL,         -- kilograms, stored as text
  service TEXT NOT NULL,           -- 'standard', 'express' or 'next_day'
  created_at INTEGER NOT NULL,     -- Unix epoch seconds, UTC
  price REAL NOT NULL,             -- GBP charged to the customer
  delivered_on TEXT,               -- ISO date, NULL if not delivered
  status TEXT NOT NULL             -- 'delivered', 'in_transit', 'returned' or 'lost'
);
CREATE TABLE delivery_attempts (
  id INTEGER PRIMARY KEY,
  tracking_no TEXT NOT NULL REFERENCES parcels(tracking_no),
  courier_id INTEGER NOT NULL REFERENCES couriers(id),
  attempted_at INTEGER NOT NULL,   -- Unix epoch seconds, UTC
  outcome TEXT NOT NULL            -- 'delivered', 'not_home', 'access_issue', 'refused', 'returned_to_sender'
);
CREATE TABLE complaints (
  complaint_ref TEXT PRIMARY KEY,
  tracking_no TEXT NOT NULL REFERENCES parcels(tracking_no),
  customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
  filed_on TEXT NOT NULL,          -- ISO date
  reason TEXT NOT NULL,
  resolved_on TEXT,                -- ISO date, NULL while open
  compensation_gbp REAL            -- NULL when none was paid
);
INSERT INTO depots VALUES ('MAN1', 'Trafford Park', 'Manchester', 'M17 1AB', 2012);
INSERT INTO depots VALUES ('BHM1', 'Castle Vale', 'Birmingham', 'B35 7AG', 2014);
INSERT INTO depots VALUES ('LDS1', 'Stourton', 'Leeds', 'LS10 1RS', 2016);
INSERT INTO depots VALUES ('GLA1', 'Hillington', 'Glasgow', 'G52 4XB', 2018);
INSERT INTO depots VALUES ('BRS1', 'Avonmouth', 'Bristol', 'BS11 8DE', 2020);
INSERT INTO depots VALUES ('NCL1', 'Team Valley', 'Gateshead', 'NE11 0QA', 2023);
INSERT INTO vans VALUES (1, 'MA19 KTX', 'MAN1', 'Ford E-Transit', 1100, '2019-01-08');
INSERT INTO vans VALUES (2, 'MA21 RZE', 'MAN1', 'Vauxhall Vivaro', 1000, '2021-11-10');
INSERT INTO vans VALUES (3, 'BJ20 HWN', 'BHM1', 'Vauxhall Vivaro', 1000, '2020-04-22');
INSERT INTO vans VALUES (4, 'BK22 LUO', 'BHM1', 'Renault Master', 1300, '2022-10-06');
INSERT INTO vans VALUES (5, 'YA18 DFP', 'LDS1', 'Ford E-Transit', 1100, '2018-02-13');
INSERT INTO vans VALUES (6, 'YB23 ONC', 'LDS1', 'Ford E-Transit', 1100, '2023-08-21');
INSERT INTO vans VALUES (7, 'SK21 GWM', 'GLA1', 'Mercedes Sprinter', 1400, '2021-12-04');
INSERT INTO vans VALUES (8, 'SL20 AXJ', 'GLA1', 'Renault Master', 1300, '2020-10-01');
INSERT INTO vans VALUES (9, 'WA22 FVR', 'BRS1', 'Ford Transit', 1200, '2022-10-04');
INSERT INTO vans VALUES (10, 'WR19 PTB', 'BRS1', 'Mercedes Sprinter', 1400, '2019-05-15');
INSERT INTO vans VALUES (11, 'NL23 EHU', 'NCL1', 'Renault Master', 1300, '2023-09-02');
INSERT INTO vans VALUES (12, 'MA23 SCY', 'MAN1', 'Mercedes Sprinter', 1400, '2023-11-13');
INSERT INTO couriers VALUES (1, 'Gary Whitfield', 'MAN1', '2015-02-09', 1, 'employed');
INSERT INTO couriers VALUES (2, 'Aisha Begum', 'MAN1', '2019-06-18', 2, 'self_employed');
INSERT INTO couriers VALUES (3, 'Luke Harrison', 'MAN1', '2023-07-17', 12, 'self_employed');
INSERT INTO couriers VALUES (4, 'Joanna Mazur', 'BHM1', '2016-11-15', 3, 'self_employed');
INSERT INTO couriers VALUES (5, 'Ryan McAllister', 'BHM1', '2016-09-20', NULL, 'self_employed');
INSERT INTO couriers VALUES (6, 'Sunita Rao', 'LDS1', '2015-07-06', 5, 'employed');
INSERT INTO couriers VALUES (7, 'Dean Cooper', 'LDS1', '2022-03-28', 6, 'employed');
INSERT INTO couriers VALUES (8, 'Kirsty Fraser', 'GLA1', '2023-10-20', 7, 'employed');
INSERT INTO couriers VALUES (9, 'Tomasz Nowak', 'GLA1', '2021-08-14', 8, 'employed');
INSERT INTO couriers VALUES (10, 'Bethany Cole', 'BRS1', '2023-07-20', 9, 'employed');
INSERT INTO couriers VALUES (11, 'Imran Hussain', 'BRS1', '2020-09-10', 10, 'employed');
INSERT INTO couriers VALUES (12, 'Megan Lloyd', 'NCL1', '2019-09-10', 11, 'self_employed');
INSERT INTO couriers VALUES (13, 'Stuart Kerr', 'BHM1', '2019-01-01', 4, 'employed');
INSERT INTO couriers VALUES (14, 'Olu Adeyemi', 'LDS1', '2015-11-06', NULL, 'employed');
INSERT INTO customers VALUES (201, 'Northern Kitchenware Ltd', 'Hollie Grant', 'Manchester', 'business', '2021-03-04');
INSERT INTO customers VALUES (202, 'Peak Cycles', 'Adam Firth', 'Sheffield', 'business', '2020-11-19');
INSERT INTO customers VALUES (203, NULL, 'Margaret Doyle', 'Leeds', 'personal', '2023-05-02');
INSERT INTO customers VALUES (204, 'Thistle Books', 'Euan Munro', 'Glasgow', 'business', '2019-08-30');
INSERT INTO customers VALUES (205, NULL, 'Ravi Chandran', 'Birmingham', 'personal', '2022-12-12');
INSERT INTO customers VALUES (206, 'Brightside Pet Supplies', 'Laura Penrose', 'Bristol', 'business', '2021-07-07');
INSERT INTO customers VALUES (207, NULL, 'Daniel Okoro', 'Manchester', 'personal', '2023-09-21');
INSERT INTO customers VALUES (208, 'Copper & Clay Ceramics', 'Nia Hughes', 'Cardiff', 'business', '2022-02-14');
INSERT INTO customers VALUES (209, NULL, 'Siobhan Kelly', 'Newcastle', 'personal', '2024-01-08');
INSERT INTO customers VALUES (210, 'Ledger Office Supplies', 'Peter Banks', 'Birmingham', 'business', '2018-05-25');
INSERT INTO customers VALUES (211, NULL, 'Chen Wei', 'Leeds', 'personal', '2023-03-17');
INSERT INTO customers VALUES (212, 'Highland Smokehouse', 'Fiona Mackay', 'Inverness', 'business', '2020-04-01');
INSERT INTO parcels VALUES ('PX240101', 205, 'LDS1', 'Sheffield', '2.1', 'express', 1704729600, 8.76, '2024-01-09', 'delivered');
INSERT INTO parcels VALUES ('PX240108', 208, 'BRS1', 'Nottingham', '7.6', 'next_day', 1705773600, 15.56, '2024-01-21', 'delivered');
INSERT INTO parcels VALUES ('PX240115', 206, 'MAN1', 'Cardiff', '9.6', 'express', 1706104800, 13.26, '2024-01-25', 'delivered');
INSERT INTO parcels VALUES ('PX240122', 206, 'MAN1', 'Nottingham', '0.8', 'standard', 1706443200, 4.98, '2024-02-01', 'delivered');
INSERT INTO parcels VALUES ('PX240129', 209, 'BHM1', 'Bristol', '2.3', 'standard', 1706957100, 5.88, '2024-02-05', 'delivered');
INSERT INTO parcels VALUES ('PX240136', 205, 'MAN1', 'London', '11.5', 'standard', 1707750900, 11.4, '2024-02-16', 'delivered');
INSERT INTO parcels VALUES ('PX240143', 204, 'BHM1', 'Manchester', '11.4', 'express', 1708534800, 14.34, '2024-02-22', 'delivered');
INSERT INTO parcels VALUES ('PX240150', 208, 'GLA1', 'Leeds', '9.1', 'standard', 1708777800, 9.96, '2024-02-26', 'delivered');
INSERT INTO parcels VALUES ('PX240157', 202, 'MAN1', 'Liverpool', '13.5', 'express', 1708872300, 15.6, '2024-02-27', 'delivered');
INSERT INTO parcels VALUES ('PX240164', 207, 'NCL1', 'Manchester', '15.0', 'express', 1709627400, 16.5, '2024-03-06', 'delivered');
INSERT INTO parcels VALUES ('PX240171', 209, 'BRS1', 'Glasgow', '11.5', 'standard', 1710242100, 11.4, NULL, 'returned');
INSERT INTO parcels VALUES ('PX240178', 210, 'BRS1', 'Glasgow', '8.4', 'next_day', 1710340200, 16.04, '2024-03-14', 'delivered');
INSERT INTO parcels VALUES ('PX240185', 208, 'NCL1', 'Nottingham', '5.8', 'express', 1710745200, 10.98, '2024-03-20', 'delivered');
INSERT INTO parcels VALUES ('PX240192', 210, 'MAN1', 'Leeds', '5.3', 'next_day', 1710858600, 14.18, '2024-03-21', 'delivered');
INSERT INTO parcels VALUES ('PX240199', 211, 'GLA1', 'Cardiff', '1.2', 'standard', 1711133100, 5.22, '2024-03-26', 'delivered');
INSERT INTO parcels VALUES ('PX240206', 210, 'MAN1', 'Newcastle', '7.9', 'express', 1711267200, 12.24, '2024-03-28', 'delivered');
INSERT INTO parcels VALUES ('PX240213', 203, 'LDS1', 'London', '7.9', 'standard', 1711365300, 9.24, '2024-03-29', 'delivered');
INSERT INTO parcels VALUES ('PX240220', 204, 'LDS1', 'Edinburgh', '6.0', 'next_day', 1711368000, 14.6, '2024-03-26', 'delivered');
INSERT INTO parcels VALUES ('PX240227', 206, 'GLA1', 'Edinburgh', '12.2', 'express', 1711888200, 14.82, '2024-04-02', 'delivered');
INSERT INTO parcels VALUES ('PX240234', 209, 'BHM1', 'Edinburgh', '12.1', 'standard', 1712240100, 11.76, '2024-04-07', 'delivered');
INSERT INTO parcels VALUES ('PX240241', 201, 'MAN1', 'Nottingham', '13.4', 'express', 1713431700, 15.54, NULL, 'returned');
INSERT INTO parcels VALUES ('PX240248', 203, 'MAN1', 'Sheffield', '9.0', 'next_day', 1713521700, 16.4, '2024-04-20', 'delivered');
INSERT INTO parcels VALUES ('PX240255', 206, 'MAN1', 'Glasgow', '4.7', 'standard', 1713638700, 7.32, '2024-04-23', 'delivered');
INSERT INTO parcels VALUES ('PX240262', 201, 'BRS1', 'London', '15.5', 'express', 1714205700, 16.8, '2024-04-30', 'delivered');
INSERT INTO parcels VALUES ('PX240269', 201, 'BRS1', 'Birmingham', '11.0', 'standard', 1714468500, 11.1, NULL, 'lost');
INSERT INTO parcels VALUES ('PX240276', 205, 'MAN1', 'Manchester', '10.3', 'standard', 1715584500, 10.68, '2024-05-17', 'delivered');
INSERT INTO parcels VALUES ('PX240283', 207, 'BRS1', 'Edinburgh', '1.9', 'standard', 1716628500, 5.64, '2024-05-28', 'delivered');
INSERT INTO parcels VALUES ('PX240290', 211, 'GLA1', 'Birmingham', '14.2', 'standard', 1716996600, 13.02, NULL, 'in_transit');
INSERT INTO parcels VALUES ('PX240297', 206, 'NCL1', 'London', '13.4', 'express', 1717074900, 15.54, '2024-05-31', 'delivered');
INSERT INTO parcels VALUES ('PX240304', 210, 'LDS1', 'Cardiff', '6.7', 'next_day', 1717091100, 15.02, NULL, 'in_transit');
INSERT INTO delivery_attempts VALUES (1, 'PX240101', 7, 1704810780, 'delivered');
INSERT INTO delivery_attempts VALUES (2, 'PX240108', 10, 1705850340, 'delivered');
INSERT INTO delivery_attempts VALUES (3, 'PX240115', 1, 1706180280, 'delivered');
INSERT INTO delivery_attempts VALUES (4, 'PX240122', 2, 1706619960, 'not_home');
INSERT INTO delivery_attempts VALUES (5, 'PX240122', 2, 1706696520, 'not_home');
INSERT INTO delivery_attempts VALUES (6, 'PX240122', 2, 1706787420, 'delivered');
INSERT INTO delivery_attempts VALUES (7, 'PX240129', 4, 1707145860, 'delivered');
INSERT INTO delivery_attempts VALUES (8, 'PX240136', 2, 1708000260, 'refused');
INSERT INTO delivery_attempts VALUES (9, 'PX240136', 2, 1708095480, 'delivered');
INSERT INTO delivery_attempts VALUES (10, 'PX240143', 4, 1708610580, 'delivered');
INSERT INTO delivery_attempts VALUES (11, 'PX240150', 9, 1708966200, 'delivered');
INSERT INTO delivery_attempts VALUES (12, 'PX240157', 1, 1709060340, 'delivered');
INSERT INTO delivery_attempts VALUES (13, 'PX240164', 12, 1709740200, 'delivered');
INSERT INTO delivery_attempts VALUES (14, 'PX240171', 10, 1710425400, 'returned_to_sender');
INSERT INTO delivery_attempts VALUES (15, 'PX240178', 10, 1710442020, 'delivered');
INSERT INTO delivery_attempts VALUES (16, 'PX240192', 1, 1710926520, 'not_home');
INSERT INTO delivery_attempts VALUES (17, 'PX240185', 12, 1710930960, 'delivered');
INSERT INTO delivery_attempts VALUES (18, 'PX240192', 1, 1711024740, 'delivered');
INSERT INTO delivery_attempts VALUES (19, 'PX240199', 9, 1711446420, 'delivered');
INSERT INTO delivery_attempts VALUES (20, 'PX240206', 1, 1711454280, 'refused');
INSERT INTO delivery_attempts VALUES (21, 'PX240220', 6, 1711458240, 'delivered');
INSERT INTO delivery_attempts VALUES (22, 'PX240206', 1, 1711552380, 'not_home');
INSERT INTO delivery_attempts VALUES (23, 'PX240206', 1, 1711614840, 'delivered');
INSERT INTO delivery_attempts VALUES (24, 'PX240213', 7, 1711628700, 'access_issue');
INSERT INTO delivery_attempts VALUES (25, 'PX240213', 7, 1711704900, 'delivered');
INSERT INTO delivery_attempts VALUES (26, 'PX240227', 9, 1712001000, 'refused');
INSERT INTO delivery_attempts VALUES (27, 'PX240227', 9, 1712050860, 'delivered');
INSERT INTO delivery_attempts VALUES (28, 'PX240234', 13, 1712518200, 'delivered');
INSERT INTO delivery_attempts VALUES (29, 'PX240241', 2, 1713603240, 'returned_to_sender');
INSERT INTO delivery_attempts VALUES (30, 'PX240248', 1, 1713616800, 'delivered');
INSERT INTO delivery_attempts VALUES (31, 'PX240255', 2, 1713890520, 'delivered');
INSERT INTO delivery_attempts VALUES (32, 'PX240262', 11, 1714396740, 'not_home');
INSERT INTO delivery_attempts VALUES (33, 'PX240262', 11, 1714480560, 'delivered');
INSERT INTO delivery_attempts VALUES (34, 'PX240276', 1, 1715856180, 'not_home');
INSERT INTO delivery_attempts VALUES (35, 'PX240276', 1, 1715971500, 'delivered');
INSERT INTO delivery_attempts VALUES (36, 'PX240283', 10, 1716831900, 'refused');
INSERT INTO delivery_attempts VALUES (37, 'PX240283', 10, 1716887160, 'delivered');
INSERT INTO delivery_attempts VALUES (38, 'PX240297', 12, 1717163880, 'delivered');
INSERT INTO complaints VALUES ('C-001', 'PX240108', 208, '2024-01-29', 'late delivery', '2024-01-31', NULL);
INSERT INTO complaints VALUES ('C-002', 'PX240115', 206, '2024-02-01', 'courier conduct', '2024-02-05', NULL);
INSERT INTO complaints VALUES ('C-003', 'PX240157', 202, '2024-03-03', 'late delivery', '2024-03-04', NULL);
INSERT INTO complaints VALUES ('C-004', 'PX240164', 207, '2024-03-10', 'damaged item', '2024-03-19', 10);
INSERT INTO complaints VALUES ('C-005', 'PX240178', 210, '2024-03-17', 'late delivery', '2024-03-27', NULL);
INSERT INTO complaints VALUES ('C-006', 'PX240220', 204, '2024-04-01', 'damaged item', NULL, 10);
INSERT INTO complaints VALUES ('C-007', 'PX240227', 206, '2024-04-05', 'late delivery', NULL, NULL);
INSERT INTO complaints VALUES ('C-008', 'PX240262', 201, '2024-05-04', 'left in unsafe place', '2024-05-13', 40);
INSERT INTO complaints VALUES ('C-009', 'PX240269', 201, '2024-05-05', 'lost parcel', '2024-05-18', 40);
INSERT INTO complaints VALUES ('C-010', 'PX240297', 206, '2024-06-07', 'damaged item', '2024-06-18', 10);
