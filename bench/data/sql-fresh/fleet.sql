-- fleet: a regional delivery fleet (depots, vehicles, drivers, trips, fuel stops, maintenance)
CREATE TABLE depots (
    depot_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    city TEXT,
    opened_year INTEGER
);

CREATE TABLE vehicles (
    vehicle_id INTEGER PRIMARY KEY,
    plate TEXT NOT NULL UNIQUE,
    make TEXT,
    model TEXT,
    model_year INTEGER,
    depot_id INTEGER NOT NULL,
    capacity_kg TEXT,
    is_electric BOOLEAN NOT NULL DEFAULT 0,
    FOREIGN KEY (depot_id) REFERENCES depots (depot_id)
);

CREATE TABLE drivers (
    driver_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    depot_id INTEGER NOT NULL,
    hired_on TEXT,
    license_class TEXT,
    day_off TEXT,
    FOREIGN KEY (depot_id) REFERENCES depots (depot_id)
);

CREATE TABLE vehicle_drivers (
    vehicle_id INTEGER NOT NULL,
    driver_id INTEGER NOT NULL,
    certified_on TEXT,
    PRIMARY KEY (vehicle_id, driver_id),
    FOREIGN KEY (vehicle_id) REFERENCES vehicles (vehicle_id),
    FOREIGN KEY (driver_id) REFERENCES drivers (driver_id)
);

CREATE TABLE trips (
    trip_id INTEGER PRIMARY KEY,
    vehicle_id INTEGER NOT NULL,
    driver_id INTEGER NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    distance_km REAL,
    destination_city TEXT,
    FOREIGN KEY (vehicle_id) REFERENCES vehicles (vehicle_id),
    FOREIGN KEY (driver_id) REFERENCES drivers (driver_id)
);

CREATE TABLE fuel_stops (
    stop_id INTEGER PRIMARY KEY,
    trip_id INTEGER NOT NULL,
    station TEXT,
    litres REAL,
    cost TEXT,
    FOREIGN KEY (trip_id) REFERENCES trips (trip_id)
);

CREATE TABLE maintenance (
    service_id INTEGER PRIMARY KEY,
    vehicle_id INTEGER NOT NULL,
    service_date TEXT NOT NULL,
    service_type TEXT,
    cost REAL,
    FOREIGN KEY (vehicle_id) REFERENCES vehicles (vehicle_id)
);

INSERT INTO depots (depot_id, name, city, opened_year) VALUES
(1, 'North Yard', 'Leeds', 2009),
(2, 'Harbour Depot', 'Hull', 2014),
(3, 'Central Hub', 'Sheffield', 2005),
(4, 'West Gate', 'Bradford', 2018),
(5, 'Moor Lane', 'York', 2021);

INSERT INTO vehicles (vehicle_id, plate, make, model, model_year, depot_id, capacity_kg, is_electric) VALUES
(1, 'YK19 ABC', 'Ford', 'Transit', 2019, 1, '1200', 0),
(2, 'YK21 DEF', 'Mercedes', 'Sprinter', 2021, 1, '1500', 0),
(3, 'HU18 GHJ', 'Volvo', 'FL', 2018, 2, '7500', 0),
(4, 'HU22 KLM', 'Renault', 'Master E-Tech', 2022, 2, '975', 1),
(5, 'SH17 NOP', 'Iveco', 'Daily', 2017, 3, '3500', 0),
(6, 'SH20 RST', 'DAF', 'LF', 2020, 3, '8000', 0),
(7, 'SH23 UVW', 'Ford', 'E-Transit', 2023, 3, '1616', 1),
(8, 'BD16 XYZ', 'Volvo', 'FE', 2016, 4, '12000', 0),
(9, 'BD21 BCD', 'Mercedes', 'eSprinter', 2021, 4, '891', 1),
(10, 'YO24 FGH', 'Ford', 'Transit', 2024, 5, '1200', 0);

INSERT INTO drivers (driver_id, full_name, depot_id, hired_on, license_class, day_off) VALUES
(1, 'Samuel Price', 1, '2015-03-02', 'C', 'Sunday'),
(2, 'Nadia Khan', 1, '2019-07-15', 'C1', 'Saturday'),
(3, 'Owen Hughes', 2, '2012-10-01', 'C', 'Sunday'),
(4, 'Leah Patel', 3, '2020-01-06', 'B', 'Monday'),
(5, 'Marcus Reid', 3, '2017-05-22', 'C', 'Sunday'),
(6, 'Zoe Clarke', 4, '2022-08-29', 'C1', 'Wednesday'),
(7, 'Ravi Sharma', 4, '2016-11-14', 'C', 'Saturday'),
(8, 'Ellen Walsh', 5, '2023-04-03', 'B', 'Sunday');

INSERT INTO vehicle_drivers (vehicle_id, driver_id, certified_on) VALUES
(1, 1, '2019-05-10'),
(1, 2, '2021-09-01'),
(2, 2, '2021-06-14'),
(3, 3, '2018-04-20'),
(4, 3, '2022-03-07'),
(5, 4, '2020-02-03'),
(5, 5, '2017-06-12'),
(6, 5, '2020-09-28'),
(7, 4, '2023-05-15'),
(8, 7, '2016-12-05'),
(9, 6, '2022-10-10'),
(9, 7, '2021-11-22'),
(10, 8, '2024-01-15');

INSERT INTO trips (trip_id, vehicle_id, driver_id, started_at, ended_at, distance_km, destination_city) VALUES
(1, 1, 1, 1709533800, 1709550600, 182.5, 'Manchester'),
(2, 3, 3, 1709538300, 1709565600, 310.0, 'Newcastle'),
(3, 5, 5, 1709704200, 1709715900, 96.4, 'Nottingham'),
(4, 2, 2, 1709972100, 1709991600, 205.0, 'Liverpool'),
(5, 6, 5, 1710223500, 1710246900, 268.7, 'Birmingham'),
(6, 9, 6, 1710512400, 1710525600, 74.2, 'Leeds'),
(7, 1, 2, 1710830400, 1710843900, 150.3, 'Manchester'),
(8, 8, 7, 1711577400, 1711600200, 402.8, 'London'),
(9, 3, 3, 1712041500, 1712076300, 290.6, 'Carlisle'),
(10, 7, 4, 1712298600, 1712307000, 61.0, 'Doncaster'),
(11, 4, 3, 1712841300, 1712863800, 118.9, 'York'),
(12, 5, 4, 1713248400, 1713265200, 132.6, 'Leicester'),
(13, 10, 8, 1713603600, 1713616200, 88.4, 'Leeds'),
(14, 8, 7, 1714721400, 1714745400, 245.5, 'Birmingham'),
(15, 6, 5, 1715665500, 1715678100, 112.0, 'Manchester');

INSERT INTO fuel_stops (stop_id, trip_id, station, litres, cost) VALUES
(1, 1, 'Shell Ferrybridge', 45.2, '78.20'),
(2, 2, 'BP Wetherby', 80.0, '139.60'),
(3, 2, 'Esso Scotch Corner', 35.5, '62.10'),
(4, 4, 'Shell Ferrybridge', 50.1, '86.70'),
(5, 5, 'Texaco Tibshelf', 70.4, '122.50'),
(6, 8, 'BP Woodall', 95.0, '165.30'),
(7, 8, 'Esso Toddington', 60.0, '104.40'),
(8, 9, 'BP Wetherby', 88.3, '153.60'),
(9, 12, 'Texaco Tibshelf', 40.0, '69.60'),
(10, 14, 'BP Woodall', 75.6, '131.50'),
(11, 15, 'Shell Ferrybridge', 38.9, '67.30'),
(12, 3, 'Texaco Tibshelf', 5.5, '9.80');

INSERT INTO maintenance (service_id, vehicle_id, service_date, service_type, cost) VALUES
(1, 1, '2024-01-18', 'Oil change', 145.0),
(2, 3, '2024-02-05', 'Brake pads', 620.5),
(3, 5, '2024-02-27', 'Annual inspection', 310.0),
(4, 8, '2024-03-14', 'Tyre replacement', 1280.0),
(5, 1, '2024-04-09', 'Annual inspection', 295.0),
(6, 6, '2024-04-22', 'Oil change', 210.0),
(7, 9, '2024-05-02', 'Battery check', 180.0),
(8, 3, '2024-05-20', 'Oil change', 165.0);
