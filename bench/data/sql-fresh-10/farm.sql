-- Farm: a mixed arable and horticulture farm in Wiltshire
CREATE TABLE fields (
    field_code TEXT PRIMARY KEY,
    field_name TEXT NOT NULL,
    area_ha REAL NOT NULL,      -- hectares
    soil_type TEXT,
    irrigated INTEGER NOT NULL  -- 1 = has irrigation, 0 = rain-fed
);

CREATE TABLE crops (
    id INTEGER PRIMARY KEY,
    crop_name TEXT NOT NULL,
    variety TEXT,
    crop_family TEXT,
    days_to_maturity INTEGER
);

CREATE TABLE plantings (
    planting_id INTEGER PRIMARY KEY,
    field_code TEXT NOT NULL REFERENCES fields(field_code),
    crop_id INTEGER NOT NULL REFERENCES crops(id),
    sown_on TEXT NOT NULL,          -- ISO date
    expected_yield_t_ha TEXT,       -- expected yield, tonnes per hectare (as typed in by the agronomist)
    seed_rate_kg_ha REAL            -- NULL for crops planted from runners or plugs
);

CREATE TABLE workers (
    worker_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL,
    hourly_rate REAL NOT NULL,      -- GBP
    started_on TEXT NOT NULL,       -- ISO date
    supervisor_id INTEGER REFERENCES workers(worker_id)
);

CREATE TABLE equipment (
    id INTEGER PRIMARY KEY,
    asset_tag TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    make TEXT,
    model TEXT,
    purchase_year INTEGER,
    purchase_price REAL,            -- GBP
    last_serviced INTEGER           -- Unix epoch seconds (UTC); NULL = no service on record
);

CREATE TABLE harvests (
    harvest_id INTEGER PRIMARY KEY,
    planting_id INTEGER NOT NULL REFERENCES plantings(planting_id),
    harvested_on TEXT NOT NULL,     -- ISO date
    quantity_kg REAL NOT NULL,
    grade TEXT,                     -- A / B; NULL = not graded
    worker_id INTEGER NOT NULL REFERENCES workers(worker_id),   -- who led the harvest
    equipment_id INTEGER REFERENCES equipment(id)               -- NULL = picked by hand
);

CREATE TABLE buyers (
    buyer_code TEXT PRIMARY KEY,
    buyer_name TEXT NOT NULL,
    buyer_type TEXT NOT NULL,
    town TEXT
);

CREATE TABLE deliveries (
    delivery_id INTEGER PRIMARY KEY,
    buyer_code TEXT NOT NULL REFERENCES buyers(buyer_code),
    harvest_id INTEGER NOT NULL REFERENCES harvests(harvest_id),
    delivered_at INTEGER NOT NULL,  -- Unix epoch seconds (UTC)
    weight_kg REAL NOT NULL,
    price_per_kg REAL NOT NULL,     -- GBP
    invoice_paid INTEGER NOT NULL   -- 1 = paid, 0 = outstanding
);

INSERT INTO fields (field_code, field_name, area_ha, soil_type, irrigated) VALUES ('N1', 'Long Acre', 12.4, 'clay loam', 0);
INSERT INTO fields (field_code, field_name, area_ha, soil_type, irrigated) VALUES ('N2', 'Mill Meadow', 8.7, 'clay loam', 1);
INSERT INTO fields (field_code, field_name, area_ha, soil_type, irrigated) VALUES ('S1', 'Brook Field', 15.2, 'sandy loam', 1);
INSERT INTO fields (field_code, field_name, area_ha, soil_type, irrigated) VALUES ('S2', 'Top Piece', 6.3, 'sandy loam', 0);
INSERT INTO fields (field_code, field_name, area_ha, soil_type, irrigated) VALUES ('E1', 'Orchard Close', 0.45, 'silt', 1);
INSERT INTO fields (field_code, field_name, area_ha, soil_type, irrigated) VALUES ('E2', 'Church Ground', 9.8, 'silt', 0);
INSERT INTO fields (field_code, field_name, area_ha, soil_type, irrigated) VALUES ('W1', 'Heath Strip', 5.5, 'sand', 0);
INSERT INTO fields (field_code, field_name, area_ha, soil_type, irrigated) VALUES ('W2', 'Polytunnel Block', 0.25, 'peat', 1);

INSERT INTO crops (id, crop_name, variety, crop_family, days_to_maturity) VALUES (1, 'Winter wheat', 'Skyfall', 'cereal', 300);
INSERT INTO crops (id, crop_name, variety, crop_family, days_to_maturity) VALUES (2, 'Spring barley', 'Laureate', 'cereal', 140);
INSERT INTO crops (id, crop_name, variety, crop_family, days_to_maturity) VALUES (3, 'Potatoes', 'Maris Piper', 'nightshade', 120);
INSERT INTO crops (id, crop_name, variety, crop_family, days_to_maturity) VALUES (4, 'Carrots', 'Nantes 2', 'umbellifer', 90);
INSERT INTO crops (id, crop_name, variety, crop_family, days_to_maturity) VALUES (5, 'Oilseed rape', 'Campus', 'brassica', 320);
INSERT INTO crops (id, crop_name, variety, crop_family, days_to_maturity) VALUES (6, 'Field beans', 'Tundra', 'legume', 290);
INSERT INTO crops (id, crop_name, variety, crop_family, days_to_maturity) VALUES (7, 'Strawberries', 'Elsanta', 'rose', 70);
INSERT INTO crops (id, crop_name, variety, crop_family, days_to_maturity) VALUES (8, 'Onions', 'Sturon', 'allium', 150);
INSERT INTO crops (id, crop_name, variety, crop_family, days_to_maturity) VALUES (9, 'Tomatoes', 'Moneymaker', 'nightshade', 80);

INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (201, 'N1', 1, '2022-10-05', '8.5', 180.0);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (202, 'N2', 2, '2023-03-22', '6.2', 160.0);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (203, 'S1', 3, '2023-04-12', '40', 2500.0);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (204, 'S2', 4, '2023-04-26', '45', 4.0);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (205, 'E1', 7, '2023-04-03', '14', NULL);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (206, 'E2', 5, '2022-08-28', '3.8', 4.5);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (207, 'W1', 6, '2022-10-20', '4.5', 220.0);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (208, 'W2', 9, '2023-03-15', '60', NULL);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (209, 'N1', 2, '2024-03-18', '6.0', 165.0);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (210, 'N2', 1, '2023-10-11', '8.8', 175.0);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (211, 'S1', 8, '2024-03-28', '35', 6.0);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (212, 'S2', 3, '2024-04-09', '42', 2600.0);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (213, 'E1', 7, '2024-04-01', '13', NULL);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (214, 'E2', 1, '2023-10-18', '8.2', 185.0);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (215, 'W1', 4, '2024-05-02', '40', 4.0);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (216, 'W2', 9, '2024-03-12', '55', NULL);
INSERT INTO plantings (planting_id, field_code, crop_id, sown_on, expected_yield_t_ha, seed_rate_kg_ha) VALUES (217, 'N1', 5, '2024-08-30', '3.6', 4.0);

INSERT INTO workers (worker_id, full_name, role, hourly_rate, started_on, supervisor_id) VALUES (1, 'Graham Tuck', 'Farm manager', 24.5, '2008-03-01', NULL);
INSERT INTO workers (worker_id, full_name, role, hourly_rate, started_on, supervisor_id) VALUES (2, 'Elena Popescu', 'Tractor driver', 15.8, '2016-04-11', 1);
INSERT INTO workers (worker_id, full_name, role, hourly_rate, started_on, supervisor_id) VALUES (3, 'Jack Merriman', 'Tractor driver', 15.2, '2019-08-19', 1);
INSERT INTO workers (worker_id, full_name, role, hourly_rate, started_on, supervisor_id) VALUES (5, 'Tom Hensley', 'Mechanic', 18.75, '2014-01-06', 1);
INSERT INTO workers (worker_id, full_name, role, hourly_rate, started_on, supervisor_id) VALUES (6, 'Amira Haddad', 'Crew leader', 16.4, '2018-02-12', 1);
INSERT INTO workers (worker_id, full_name, role, hourly_rate, started_on, supervisor_id) VALUES (4, 'Sofia Nowak', 'Picker', 12.1, '2021-05-03', 6);
INSERT INTO workers (worker_id, full_name, role, hourly_rate, started_on, supervisor_id) VALUES (7, 'Piotr Zielinski', 'Picker', 12.1, '2022-06-20', 6);
INSERT INTO workers (worker_id, full_name, role, hourly_rate, started_on, supervisor_id) VALUES (8, 'Lucy Barnes', 'Picker', 11.9, '2023-07-03', 6);

INSERT INTO equipment (id, asset_tag, description, make, model, purchase_year, purchase_price, last_serviced) VALUES (1, 'TR-01', 'Tractor', 'John Deere', '6155R', 2018, 98000.0, 1707728400);
INSERT INTO equipment (id, asset_tag, description, make, model, purchase_year, purchase_price, last_serviced) VALUES (2, 'TR-02', 'Tractor', 'Massey Ferguson', '5S.145', 2021, 76500.0, 1709649000);
INSERT INTO equipment (id, asset_tag, description, make, model, purchase_year, purchase_price, last_serviced) VALUES (3, 'CB-01', 'Combine harvester', 'Claas', 'Lexion 660', 2015, 265000.0, 1719820800);
INSERT INTO equipment (id, asset_tag, description, make, model, purchase_year, purchase_price, last_serviced) VALUES (4, 'PH-01', 'Potato harvester', 'Grimme', 'SE 150-60', 2019, 142000.0, 1702894500);
INSERT INTO equipment (id, asset_tag, description, make, model, purchase_year, purchase_price, last_serviced) VALUES (5, 'DR-01', 'Seed drill', 'Vaderstad', 'Rapid A 600J', 2017, 38000.0, NULL);
INSERT INTO equipment (id, asset_tag, description, make, model, purchase_year, purchase_price, last_serviced) VALUES (6, 'SP-01', 'Sprayer', 'Amazone', 'UX 4201', 2020, 61000.0, 1705923900);
INSERT INTO equipment (id, asset_tag, description, make, model, purchase_year, purchase_price, last_serviced) VALUES (7, 'TL-01', 'Telehandler', 'Manitou', 'MLT 635', 2022, 58500.0, 1714490400);

INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (1, 201, '2023-08-09', 102900.0, 'A', 2, 3);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (2, 202, '2023-08-17', 51800.0, 'B', 2, 3);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (3, 203, '2023-09-05', 340000.0, 'A', 3, 4);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (4, 203, '2023-09-19', 298500.0, 'B', 3, 4);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (5, 204, '2023-07-28', 296100.0, 'A', 2, 2);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (6, 205, '2023-06-12', 1850.0, 'A', 4, NULL);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (7, 205, '2023-06-26', 2420.0, 'A', 7, NULL);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (8, 205, '2023-07-10', 1310.0, 'B', 4, NULL);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (9, 206, '2023-07-21', 37600.0, NULL, 2, 3);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (10, 207, '2023-08-24', 24100.0, 'B', 3, 3);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (11, 208, '2023-06-05', 3900.0, 'A', 6, NULL);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (12, 208, '2023-07-03', 5200.0, 'A', 4, NULL);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (13, 208, '2023-08-01', 4400.0, 'B', 7, NULL);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (14, 210, '2024-08-06', 80100.0, 'A', 2, 3);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (15, 214, '2024-08-13', 76500.0, 'B', 3, 3);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (16, 209, '2024-08-20', 49300.0, 'A', 2, 3);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (17, 211, '2024-08-28', 552000.0, 'A', 3, 2);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (18, 212, '2024-09-10', 251000.0, 'A', 3, 4);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (19, 213, '2024-06-10', 2100.0, 'A', 4, NULL);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (20, 213, '2024-06-24', 2650.0, 'A', 8, NULL);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (21, 213, '2024-07-08', 1480.0, 'B', 8, NULL);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (22, 216, '2024-06-03', 4300.0, 'A', 6, NULL);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (23, 216, '2024-07-01', 5900.0, 'A', 8, NULL);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (24, 216, '2024-07-29', 4700.0, 'B', 4, NULL);
INSERT INTO harvests (harvest_id, planting_id, harvested_on, quantity_kg, grade, worker_id, equipment_id) VALUES (25, 215, '2024-08-15', 231000.0, 'A', 2, 2);

INSERT INTO buyers (buyer_code, buyer_name, buyer_type, town) VALUES ('WGM', 'Wessex Grain Merchants', 'merchant', 'Salisbury');
INSERT INTO buyers (buyer_code, buyer_name, buyer_type, town) VALUES ('HFD', 'Hartley Foods', 'processor', 'Reading');
INSERT INTO buyers (buyer_code, buyer_name, buyer_type, town) VALUES ('CHP', 'Chipstead Crisps Ltd', 'processor', 'Swindon');
INSERT INTO buyers (buyer_code, buyer_name, buyer_type, town) VALUES ('FMK', 'Frome Farmers Market', 'market', 'Frome');
INSERT INTO buyers (buyer_code, buyer_name, buyer_type, town) VALUES ('GRC', 'Green Crate Box Scheme', 'box scheme', 'Bath');
INSERT INTO buyers (buyer_code, buyer_name, buyer_type, town) VALUES ('OAK', 'The Oak Tree Inn', 'restaurant', 'Devizes');

INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (1, 'WGM', 1, 1691998200, 51000.0, 0.218, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (2, 'WGM', 1, 1692173400, 51500.0, 0.218, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (3, 'WGM', 2, 1692694800, 51200.0, 0.195, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (4, 'CHP', 3, 1694155500, 170000.0, 0.165, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (5, 'CHP', 3, 1694501400, 168000.0, 0.165, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (6, 'HFD', 4, 1695640800, 295000.0, 0.15, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (7, 'HFD', 5, 1690970400, 290000.0, 0.24, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (8, 'FMK', 6, 1686985200, 420.0, 4.2, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (9, 'GRC', 6, 1686666600, 900.0, 3.6, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (10, 'OAK', 7, 1687882500, 150.0, 4.8, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (11, 'GRC', 7, 1687959600, 1500.0, 3.6, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (12, 'WGM', 9, 1690273800, 37400.0, 0.41, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (13, 'WGM', 10, 1693300500, 23800.0, 0.265, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (14, 'GRC', 11, 1686063600, 1800.0, 2.1, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (15, 'OAK', 12, 1688575500, 600.0, 2.8, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (16, 'FMK', 13, 1691218500, 750.0, 2.5, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (17, 'WGM', 14, 1723448400, 79500.0, 0.205, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (18, 'WGM', 15, 1724054700, 76000.0, 0.19, 0);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (19, 'WGM', 16, 1724405400, 49000.0, 0.18, 0);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (20, 'CHP', 18, 1726209600, 248000.0, 0.172, 0);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (21, 'GRC', 19, 1718115000, 1200.0, 3.75, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (22, 'OAK', 20, 1719333000, 200.0, 5.0, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (23, 'FMK', 21, 1720854300, 650.0, 3.9, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (24, 'GRC', 22, 1717509300, 2000.0, 2.2, 1);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (25, 'HFD', 25, 1724149800, 228000.0, 0.235, 0);
INSERT INTO deliveries (delivery_id, buyer_code, harvest_id, delivered_at, weight_kg, price_per_kg, invoice_paid) VALUES (26, 'HFD', 17, 1725274800, 300000.0, 0.205, 1);

