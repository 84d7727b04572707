-- A regional power grid operator: regions, generating plants, customer meters, meter readings,
-- outages, field crews and the maintenance jobs crews do at plants.
-- Storage quirks: plants.capacity_mw is a number kept as TEXT; plants.commissioned_year is an
-- INTEGER year; readings.read_at, outages.started_at and outages.ended_at are Unix timestamps
-- (seconds, UTC); meters.installed_on, maintenance.start_date and maintenance.end_date are ISO
-- dates in TEXT; regions.peak_month is a month name and crews.on_call_day a weekday name;
-- plants.is_renewable and meters.is_smart are 0/1 booleans; outages.plant_id and crews.lead_name
-- are nullable; maintenance is a link table keyed by (crew_id, plant_id).

CREATE TABLE regions (
  region_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  population INTEGER NOT NULL,
  area_km2 REAL NOT NULL,
  peak_month TEXT NOT NULL
);

CREATE TABLE plants (
  plant_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  region_id INTEGER NOT NULL,
  fuel_type TEXT NOT NULL,
  capacity_mw TEXT NOT NULL,
  commissioned_year INTEGER NOT NULL,
  is_renewable INTEGER NOT NULL,
  FOREIGN KEY (region_id) REFERENCES regions (region_id)
);

CREATE TABLE meters (
  meter_id INTEGER PRIMARY KEY,
  serial TEXT NOT NULL,
  region_id INTEGER NOT NULL,
  customer_type TEXT NOT NULL,
  installed_on TEXT NOT NULL,
  is_smart INTEGER NOT NULL,
  FOREIGN KEY (region_id) REFERENCES regions (region_id)
);

CREATE TABLE readings (
  reading_id INTEGER PRIMARY KEY,
  meter_id INTEGER NOT NULL,
  read_at INTEGER NOT NULL,
  kwh REAL NOT NULL,
  FOREIGN KEY (meter_id) REFERENCES meters (meter_id)
);

CREATE TABLE outages (
  outage_id INTEGER PRIMARY KEY,
  region_id INTEGER NOT NULL,
  plant_id INTEGER,
  started_at INTEGER NOT NULL,
  ended_at INTEGER NOT NULL,
  cause TEXT NOT NULL,
  customers_affected INTEGER NOT NULL,
  FOREIGN KEY (region_id) REFERENCES regions (region_id),
  FOREIGN KEY (plant_id) REFERENCES plants (plant_id)
);

CREATE TABLE crews (
  crew_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  region_id INTEGER NOT NULL,
  members INTEGER NOT NULL,
  on_call_day TEXT NOT NULL,
  lead_name TEXT,
  FOREIGN KEY (region_id) REFERENCES regions (region_id)
);

CREATE TABLE maintenance (
  crew_id INTEGER NOT NULL,
  plant_id INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  labor_hours REAL NOT NULL,
  work_type TEXT NOT NULL,
  PRIMARY KEY (crew_id, plant_id),
  FOREIGN KEY (crew_id) REFERENCES crews (crew_id),
  FOREIGN KEY (plant_id) REFERENCES plants (plant_id)
);

INSERT INTO regions VALUES (1, 'Northern Highlands', 184000, 12450.5, 'January');
INSERT INTO regions VALUES (2, 'Coastal Plain', 562000, 6830.0, 'August');
INSERT INTO regions VALUES (3, 'Capital District', 1240000, 980.2, 'July');
INSERT INTO regions VALUES (4, 'River Valley', 318000, 5410.7, 'July');
INSERT INTO regions VALUES (5, 'Eastern Steppe', 97000, 18920.3, 'January');
INSERT INTO regions VALUES (6, 'Southern Delta', 421000, 7605.9, 'August');

INSERT INTO plants VALUES (1, 'Ridgeback Wind Farm', 1, 'wind', '240', 2016, 1);
INSERT INTO plants VALUES (2, 'Harbor Point Gas', 2, 'gas', '820', 1998, 0);
INSERT INTO plants VALUES (3, 'Cedar Falls Hydro', 4, 'hydro', '410', 1974, 1);
INSERT INTO plants VALUES (4, 'Sunmeadow Solar Park', 6, 'solar', '95', 2020, 1);
INSERT INTO plants VALUES (5, 'Ironvale Coal Station', 5, 'coal', '1150', 1983, 0);
INSERT INTO plants VALUES (6, 'Metro Peaker Unit', 3, 'gas', '180', 2011, 0);
INSERT INTO plants VALUES (7, 'Saltmarsh Solar', 2, 'solar', '60', 2022, 1);
INSERT INTO plants VALUES (8, 'Blackstone Nuclear', 4, 'nuclear', '1600', 1989, 0);
INSERT INTO plants VALUES (9, 'Eastwind Ridge', 5, 'wind', '310', 2019, 1);

INSERT INTO meters VALUES (1, 'MTR-10021', 3, 'residential', '2019-04-12', 1);
INSERT INTO meters VALUES (2, 'MTR-10022', 3, 'commercial', '2020-09-30', 1);
INSERT INTO meters VALUES (3, 'MTR-20107', 2, 'residential', '2015-06-18', 0);
INSERT INTO meters VALUES (4, 'MTR-20144', 2, 'industrial', '2021-02-03', 1);
INSERT INTO meters VALUES (5, 'MTR-30310', 4, 'residential', '2017-11-22', 0);
INSERT INTO meters VALUES (6, 'MTR-30388', 4, 'commercial', '2022-05-09', 1);
INSERT INTO meters VALUES (7, 'MTR-40012', 1, 'residential', '2013-08-01', 0);
INSERT INTO meters VALUES (8, 'MTR-50233', 6, 'industrial', '2018-03-27', 1);
INSERT INTO meters VALUES (9, 'MTR-50290', 6, 'residential', '2023-01-16', 1);
INSERT INTO meters VALUES (10, 'MTR-60075', 5, 'commercial', '2016-07-07', 0);

INSERT INTO readings VALUES (1, 1, 1704439800, 412.6);
INSERT INTO readings VALUES (2, 1, 1707119100, 389.1);
INSERT INTO readings VALUES (3, 2, 1704445800, 2210.4);
INSERT INTO readings VALUES (4, 2, 1707210300, 2045.8);
INSERT INTO readings VALUES (5, 3, 1704723600, 298.3);
INSERT INTO readings VALUES (6, 4, 1704780000, 15870.0);
INSERT INTO readings VALUES (7, 4, 1707458400, 16234.5);
INSERT INTO readings VALUES (8, 5, 1705084800, 356.9);
INSERT INTO readings VALUES (9, 6, 1707909900, 1798.2);
INSERT INTO readings VALUES (10, 7, 1709331300, 520.4);
INSERT INTO readings VALUES (11, 8, 1709533800, 12440.7);
INSERT INTO readings VALUES (12, 9, 1709560200, 274.0);
INSERT INTO readings VALUES (13, 10, 1705305900, 1302.6);
INSERT INTO readings VALUES (14, 3, 1707402900, 310.8);
INSERT INTO readings VALUES (15, 5, 1710270300, 341.2);

INSERT INTO outages VALUES (1, 2, 2, 1692033600, 1692047100, 'equipment failure', 18400);
INSERT INTO outages VALUES (2, 3, NULL, 1688391900, 1688397000, 'heat overload', 52300);
INSERT INTO outages VALUES (3, 1, NULL, 1674360600, 1674405600, 'ice storm', 9600);
INSERT INTO outages VALUES (4, 4, 3, 1682587800, 1682593200, 'flooding', 4100);
INSERT INTO outages VALUES (5, 6, NULL, 1693079700, 1693102800, 'hurricane', 61500);
INSERT INTO outages VALUES (6, 5, 5, 1675809600, 1675826100, 'equipment failure', 7300);
INSERT INTO outages VALUES (7, 3, 6, 1689955500, 1689960900, 'heat overload', 27800);
INSERT INTO outages VALUES (8, 2, NULL, 1697271300, 1697274000, 'vegetation', 3200);
INSERT INTO outages VALUES (9, 4, 8, 1698888600, 1698903900, 'planned shutdown', 1500);
INSERT INTO outages VALUES (10, 6, 4, 1702902000, 1702911000, 'inverter fault', 2700);
INSERT INTO outages VALUES (11, 1, 1, 1678257900, 1678271400, 'equipment failure', 5200);
INSERT INTO outages VALUES (12, 3, NULL, 1691001000, 1691007000, 'vehicle collision', 8900);

INSERT INTO crews VALUES (1, 'Alpha Line Crew', 3, 6, 'Saturday', 'Rosa Delgado');
INSERT INTO crews VALUES (2, 'Highland Linemen', 1, 4, 'Sunday', 'Ewan MacLeod');
INSERT INTO crews VALUES (3, 'Delta Response', 6, 8, 'Saturday', NULL);
INSERT INTO crews VALUES (4, 'Valley Substation Team', 4, 5, 'Wednesday', 'Kwame Asante');
INSERT INTO crews VALUES (5, 'Steppe Patrol', 5, 3, 'Friday', 'Irina Volkova');
INSERT INTO crews VALUES (6, 'Coastal Rapid Unit', 2, 7, 'Sunday', NULL);

INSERT INTO maintenance VALUES (1, 6, '2023-03-06', '2023-03-09', 96.0, 'inspection');
INSERT INTO maintenance VALUES (2, 1, '2023-05-15', '2023-05-26', 210.5, 'turbine overhaul');
INSERT INTO maintenance VALUES (3, 4, '2023-09-11', '2023-09-13', 44.0, 'panel cleaning');
INSERT INTO maintenance VALUES (4, 3, '2023-06-05', '2023-06-30', 480.0, 'turbine overhaul');
INSERT INTO maintenance VALUES (4, 8, '2023-10-02', '2023-10-20', 365.0, 'inspection');
INSERT INTO maintenance VALUES (5, 5, '2023-04-10', '2023-04-21', 260.0, 'boiler repair');
INSERT INTO maintenance VALUES (5, 9, '2023-07-17', '2023-07-19', 38.5, 'inspection');
INSERT INTO maintenance VALUES (6, 2, '2023-02-13', '2023-02-24', 188.0, 'turbine overhaul');
INSERT INTO maintenance VALUES (6, 7, '2023-11-06', '2023-11-07', 16.0, 'panel cleaning');
INSERT INTO maintenance VALUES (1, 2, '2023-09-18', '2023-09-22', 102.0, 'inspection');
INSERT INTO maintenance VALUES (3, 7, '2023-12-04', '2023-12-05', 20.0, 'panel cleaning');
INSERT INTO maintenance VALUES (2, 9, '2023-08-21', '2023-08-25', 77.5, 'blade repair');
